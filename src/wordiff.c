/* wordiff: a longest common subsequence over folded words.  Quotes are
 * short; past WORDIFF_MAX words a side, the rest is not compared. */
#include "wordiff.h"
#include "buf.h"
#include "fold.h"
#include "store.h"
#include <stdlib.h>
#include <string.h>

#define WORDIFF_MAX 400

typedef struct fword {
    size_t start, end;
    char *f;             /* folded; "" for punctuation alone */
} fword;

static size_t split(const char *s, fword **out)
{
    size_t n = 0, cap = 16;
    fword *w = xmalloc(cap * sizeof *w);
    const char *p = s;
    while (*p) {
        while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
            p++;
        if (!*p)
            break;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\n' && *e != '\t' && *e != '\r')
            e++;
        if (n == cap) {
            cap *= 2;
            w = xrealloc(w, cap * sizeof *w);
        }
        buf b = BUF_INIT;
        fold_text(&b, p, (size_t)(e - p));
        w[n++] = (fword){(size_t)(p - s), (size_t)(e - s), buf_steal(&b)};
        p = e;
    }
    *out = w;
    return n;
}

static int eq(const fword *a, const fword *b)
{
    return *a->f && !strcmp(a->f, b->f);
}

size_t wordiff(const char *base, const char *other, wordiff_word **out)
{
    fword *a, *b;
    size_t na = split(base, &a), nb = split(other, &b);
    wordiff_word *r = xcalloc(nb + 1, sizeof *r);
    for (size_t j = 0; j < nb; j++)
        r[j] = (wordiff_word){b[j].start, b[j].end, 0};
    if (store_same_statement(base, other)) {
        size_t ma = na < WORDIFF_MAX ? na : WORDIFF_MAX, mb = nb < WORDIFF_MAX ? nb : WORDIFF_MAX;
        unsigned short *L = xcalloc((ma + 1) * (mb + 1), sizeof *L);
#define AT(i, j) L[(i) * (mb + 1) + (j)]
        for (size_t i = ma; i-- > 0;)
            for (size_t j = mb; j-- > 0;)
                AT(i, j) = eq(&a[i], &b[j]) ? (unsigned short)(AT(i + 1, j + 1) + 1)
                           : AT(i + 1, j) > AT(i, j + 1) ? AT(i + 1, j) : AT(i, j + 1);
        /* which of other's words are in the common run */
        char *common = xcalloc(mb + 1, 1);
        size_t i = 0, j = 0;
        while (i < ma && j < mb) {
            if (eq(&a[i], &b[j])) {
                common[j] = 1;
                i++;
                j++;
            } else if (AT(i + 1, j) >= AT(i, j + 1)) {
                i++;
            } else {
                j++;
            }
        }
#undef AT
        size_t first = mb, last = 0;
        for (size_t k = 0; k < mb; k++)
            if (common[k]) {
                if (first == mb)
                    first = k;
                last = k;
            }
        for (size_t k = first; k < mb && k <= last; k++)
            r[k].differs = !common[k] && *b[k].f;
        free(common);
        free(L);
    }
    for (size_t k = 0; k < na; k++)
        free(a[k].f);
    for (size_t k = 0; k < nb; k++)
        free(b[k].f);
    free(a);
    free(b);
    *out = r;
    return nb;
}
