/* escape: control characters as visible escapes (see escape.h). */
#include "escape.h"
#include "utf8.h"
#include <string.h>

/* Byte length of the character at s[0..n) when it prints as it is, 0
 * when it needs escaping. */
static size_t plain(const char *s, size_t n, int keep_lines)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        if (c >= 0x20 && c != 0x7F)
            return 1;
        return keep_lines && (c == '\n' || c == '\t') ? 1 : 0;
    }
    uint32_t cp;
    size_t l = utf8_decode(s, n, &cp);
    if (cp == 0xFFFD && l == 1)
        return 0; /* not UTF-8: a lone 0x9B is CSI to some terminals */
    if (cp >= 0x80 && cp <= 0x9F)
        return 0;
    return l;
}

int escape_needed(const char *s, size_t n, int keep_lines)
{
    for (size_t i = 0; i < n;) {
        size_t l = plain(s + i, n - i, keep_lines);
        if (!l)
            return 1;
        i += l;
    }
    return 0;
}

void escape_visible(buf *out, const char *s, size_t n, int keep_lines)
{
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        size_t l;
        while (run < n && (l = plain(s + run, n - run, keep_lines)) > 0)
            run += l;
        if (run > i) {
            buf_add(out, s + i, run - i);
            i = run;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c == '\n') {
            buf_adds(out, "\\n");
        } else if (c == '\t') {
            buf_adds(out, "\\t");
        } else if (c == '\r') {
            buf_adds(out, "\\r");
        } else if (c < 0x80) {
            buf_printf(out, "\\x%02X", c);
        } else {
            uint32_t cp;
            l = utf8_decode(s + i, n - i, &cp);
            if (cp == 0xFFFD && l == 1) {
                buf_printf(out, "\\x%02X", c);
            } else {
                buf_printf(out, "\\u%04X", (unsigned)cp);
                i += l;
                continue;
            }
        }
        i++;
    }
}

char *escape_dup(const char *s, int keep_lines)
{
    if (!s)
        return NULL;
    buf b = BUF_INIT;
    escape_visible(&b, s, strlen(s), keep_lines);
    if (!b.data)
        return xstrdup("");
    return buf_steal(&b);
}
