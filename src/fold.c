/* fold: utf8proc does the Unicode work (case folding, decomposition); we
 * only decide what counts as a word character. */
#include "fold.h"
#include "utf8.h"
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

void fold_text(buf *out, const char *s, size_t n)
{
    size_t start = out->len;
    int space = 1; /* suppress leading space */
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t l = utf8_decode(s + i, n - i, &cp);
        i += l;
        if (cp == 0xFFFD && l == 1)
            continue;
        if (cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC)
            continue; /* O'Brien, Zelenskyy's -> obrien, zelenskyys */
        utf8proc_int32_t dec[8];
        int opts = UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK;
        utf8proc_ssize_t k = utf8proc_decompose_char((utf8proc_int32_t)cp, dec, 8, opts, NULL);
        if (k < 0 || k > 8) {
            dec[0] = (utf8proc_int32_t)cp;
            k = 1;
        }
        for (utf8proc_ssize_t j = 0; j < k; j++) {
            utf8proc_category_t cat = utf8proc_category(dec[j]);
            int word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                       (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
            if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME)
                continue;
            if (word) {
                utf8_encode(out, (uint32_t)dec[j]);
                space = 0;
            } else if (!space) {
                buf_addc(out, ' ');
                space = 1;
            }
        }
    }
    if (out->len > start && out->data[out->len - 1] == ' ')
        out->data[--out->len] = '\0';
    if (!out->data)
        buf_add(out, "", 0);
}

char *fold_dup(const char *s)
{
    buf b = BUF_INIT;
    fold_text(&b, s, strlen(s));
    return buf_steal(&b);
}
