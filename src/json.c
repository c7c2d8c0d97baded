/* json: string escaping; numbers and structure are written by callers. */
#include "json.h"
#include "utf8.h"
#include <string.h>

/* 1: a byte copied as it is (printable ASCII but '"' and '\\') */
static const unsigned char plain[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

void json_str(buf *b, const char *s, size_t n)
{
    if (!s) {
        buf_adds(b, "null");
        return;
    }
    buf_grow(b, n + 2);
    buf_addc(b, '"');
    size_t i = 0;
    while (i < n) {
        /* copy the run that needs no escaping in one go */
        size_t run = i;
        while (run < n && plain[(unsigned char)s[run]])
            run++;
        if (run > i) {
            buf_add(b, s + i, run - i);
            i = run;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            uint32_t cp;
            size_t l = utf8_decode(s + i, n - i, &cp);
            if (cp == 0xFFFD && l == 1)
                buf_adds(b, "\\ufffd");
            else if (cp >= 0x80 && cp <= 0x9F)
                buf_printf(b, "\\u%04x", (unsigned)cp); /* C1: CSI and the like to a terminal */
            else
                buf_add(b, s + i, l);
            i += l;
            continue;
        }
        switch (c) {
        case '"': buf_adds(b, "\\\""); break;
        case '\\': buf_adds(b, "\\\\"); break;
        case '\n': buf_adds(b, "\\n"); break;
        case '\r': buf_adds(b, "\\r"); break;
        case '\t': buf_adds(b, "\\t"); break;
        default:
            if (c < 0x20 || c == 0x7F)
                buf_printf(b, "\\u%04x", c);
            else
                buf_addc(b, (char)c);
        }
        i++;
    }
    buf_addc(b, '"');
}

void json_strz(buf *b, const char *s)
{
    json_str(b, s, s ? strlen(s) : 0);
}
