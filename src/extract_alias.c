/* extract_alias: alias keys that merge one actor across outlets —
 * folded, without honorifics, titles or middle initials, transliteration
 * variants unified — and the user's alias file. */
#include "extract_int.h"
#include "fold.h"
#include <stdlib.h>
#include <string.h>

/* -skyy, -skiy, -skyi, -skii, -skij -> -sky (Zelenskyy, Zelenskiy). */
static size_t unify_word(char *w, size_t n)
{
    static const char tails[][5] = {"skyy", "skiy", "skyi", "skii", "skij", "skyj"};
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        size_t tl = sizeof tails[i] - 1;
        if (n > tl + 1 && memcmp(w + n - tl, tails[i], tl) == 0) {
            memcpy(w + n - tl, "sky", 3);
            return n - tl + 3;
        }
    }
    return n;
}

static int is_dropped(const lexicon *lx, const char *w, size_t n)
{
    static const char *const always[] = {"the", "former", "late", "then", "mr", "mrs", "ms", "dr",
                                         "sir", "dame", "president", "sen", "rep", "gov", NULL};
    for (int i = 0; always[i]; i++)
        if (strlen(always[i]) == n && memcmp(always[i], w, n) == 0)
            return 1;
    const lx_entry *e = lex_get(lx, w, n);
    return e && (e->flags & (LX_TITLE | LX_HONOR)) && !(e->flags & (LX_FIRST | LX_SURFIRST));
}

/* fold_text of plain ASCII, done here: names are mostly ASCII, and
 * utf8proc per character was the cost of every alias key.  The rules
 * are the same (see fold.h): letters and digits lower-cased, apostrophes
 * dropped, other runs one space, none leading or trailing.  o has room
 * for n + 1 bytes; returns the length written. */
static size_t fold_ascii(char *o, const char *s, size_t n)
{
    char *o0 = o;
    int gap = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            if (c != '\'')
                gap = 1;
            continue;
        }
        if (gap && o > o0)
            *o++ = ' ';
        gap = 0;
        *o++ = c;
    }
    *o = '\0';
    return (size_t)(o - o0);
}

static int is_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return 0;
    return 1;
}

static void alias_key(buf *out, const char *name, size_t n, const lexicon *lx, int initials);

void ex_alias_key(buf *out, const char *name, size_t n, const lexicon *lx)
{
    alias_key(out, name, n, lx, 0);
}

/* initials: keep middle initials (a canonical name from the alias file
 * says which person it is: "George H. W. Bush" is not "George W. Bush"). */
static void alias_key(buf *out, const char *name, size_t n, const lexicon *lx, int initials)
{
    /* possessive: "Trump's" -> "Trump" */
    if (n >= 2 && name[n - 2] == '\'' && (name[n - 1] == 's' || name[n - 1] == 'S'))
        n -= 2;
    else if (n >= 4 && memcmp(name + n - 4, "\xE2\x80\x99", 3) == 0 && (name[n - 1] == 's' || name[n - 1] == 'S'))
        n -= 4;
    /* the folded name: on the stack when short and ASCII (most) */
    buf f = BUF_INIT;
    char fstack[256];
    char *s;
    if (n < sizeof fstack && is_ascii(name, n)) {
        fold_ascii(fstack, name, n);
        s = fstack;
    } else {
        if (is_ascii(name, n)) {
            buf_grow(&f, n);
            f.len = fold_ascii(f.data, name, n);
        } else {
            fold_text(&f, name, n);
        }
        s = f.data ? f.data : (char *)"";
    }
    /* split into words */
    /* names rarely have more than 16 words: no allocation for those */
    char *w_stack[16];
    size_t wl_stack[16];
    size_t nw = 0, cap = 16;
    char **w = w_stack;
    size_t *wl = wl_stack;
    for (char *p = s; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        char *q = p;
        while (*q && *q != ' ')
            q++;
        if (nw == cap) {
            cap *= 2;
            if (w == w_stack) {
                w = xmalloc(cap * sizeof *w);
                wl = xmalloc(cap * sizeof *wl);
                memcpy(w, w_stack, sizeof w_stack);
                memcpy(wl, wl_stack, sizeof wl_stack);
            } else {
                w = xrealloc(w, cap * sizeof *w);
                wl = xrealloc(wl, cap * sizeof *wl);
            }
        }
        w[nw] = p;
        wl[nw] = (size_t)(q - p);
        nw++;
        p = q;
    }
    size_t first = 0;
    for (;;) {
        /* the longest title of several words at the front: "Secretary of State" */
        size_t drop = 0;
        char key[256];
        size_t kl = 0;
        for (size_t j = first; j < nw && j < first + 4 && j + 1 < nw; j++) {
            if (kl + wl[j] + 2 >= sizeof key)
                break;
            if (kl)
                key[kl++] = ' ';
            memcpy(key + kl, w[j], wl[j]);
            kl += wl[j];
            if (j == first ? is_dropped(lx, w[j], wl[j]) : is_dropped(lx, key, kl))
                drop = j - first + 1;
        }
        if (!drop)
            break;
        first += drop;
    }
    size_t start = out->len;
    for (size_t i = first; i < nw; i++) {
        /* middle initials */
        if (wl[i] == 1 && i > first && i + 1 < nw && !initials)
            continue;
        if (out->len > start)
            buf_addc(out, ' ');
        char tmp[256];
        size_t l = wl[i] < sizeof tmp ? wl[i] : sizeof tmp - 1;
        memcpy(tmp, w[i], l);
        l = unify_word(tmp, l);
        buf_add(out, tmp, l);
    }
    if (!out->data)
        buf_add(out, "", 0);
    if (w != w_stack) {
        free(w);
        free(wl);
    }
    buf_free(&f);
}

const char *lexicon_alias_canonical(const lexicon *lx, const char *name)
{
    if (!lx || !name)
        return NULL;
    buf f = BUF_INIT;
    fold_text(&f, name, strlen(name));
    const lx_entry *e = lex_get(lx, f.data ? f.data : "", f.len);
    if (!e || !e->alias) {
        buf_clear(&f);
        ex_alias_key(&f, name, strlen(name), lx);
        e = lex_get(lx, f.data ? f.data : "", f.len);
    }
    buf_free(&f);
    return e && e->alias ? e->alias : NULL;
}

char *extract_alias_key(const lexicon *lx, const char *name)
{
    if (!name)
        name = "";
    const char *canon = lexicon_alias_canonical(lx, name);
    buf b = BUF_INIT;
    if (canon)
        alias_key(&b, canon, strlen(canon), lx, 1);
    else
        alias_key(&b, name, strlen(name), lx, 0);
    return buf_steal(&b);
}
