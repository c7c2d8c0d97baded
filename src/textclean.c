/* textclean: entities come from libxml2's HTML entity table, so every
 * name a browser knows is decoded; numeric references in the C1 range are
 * read as Windows-1252, as browsers do (&#150; is an en dash). */
#include "textclean.h"
#include "doc.h"
#include "utf8.h"
#include <ctype.h>
#include <libxml/HTMLparser.h>
#include <string.h>
#include <strings.h>

#define TAG_MAX 1000  /* a stray tag longer than this is text, not markup */

size_t textclean_entity(const char *s, size_t n, unsigned *cp)
{
    if (n < 3 || s[0] != '&')
        return 0;
    size_t i = 1;
    unsigned long v = 0;
    if (s[1] == '#') {
        i = 2;
        int hex = i < n && (s[i] == 'x' || s[i] == 'X');
        if (hex)
            i++;
        size_t d0 = i;
        while (i < n && i - d0 < 8 && (hex ? isxdigit((unsigned char)s[i]) : isdigit((unsigned char)s[i]))) {
            char c = s[i];
            v = v * (hex ? 16 : 10) + (unsigned long)(isdigit((unsigned char)c) ? c - '0' : (tolower((unsigned char)c) - 'a' + 10));
            i++;
        }
        if (i == d0 || i >= n || s[i] != ';')
            return 0;
        if (v >= 0x80 && v < 0xA0) {
            buf b = BUF_INIT;
            char byte = (char)v;
            utf8_from_cp1252(&b, &byte, 1);
            uint32_t c;
            utf8_decode(b.data, b.len, &c);
            buf_free(&b);
            v = c;
        }
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
            v = 0xFFFD;
        *cp = (unsigned)v;
        return i + 1;
    }
    char name[40];
    while (i < n && i < sizeof name && isalnum((unsigned char)s[i]))
        i++;
    if (i == 1 || i >= n || s[i] != ';')
        return 0;
    memcpy(name, s + 1, i - 1);
    name[i - 1] = '\0';
    const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
    if (!e)
        return 0;
    *cp = e->value;
    return i + 1;
}

/* Length of a tag at s[0..n) ("<name ...>", "</name>", "<name/>"), or 0. */
static size_t tag_len(const char *s, size_t n)
{
    size_t i = 1;
    if (i < n && s[i] == '/')
        i++;
    if (i >= n || !isalpha((unsigned char)s[i]))
        return 0;
    while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == ':'))
        i++;
    if (i < n && s[i] == '/' && i + 1 < n && s[i + 1] == '>')
        return i + 2;
    if (i < n && s[i] == '>')
        return i + 1;
    if (i >= n || !(s[i] == ' ' || s[i] == '\t'))
        return 0;
    char quote = 0;
    for (; i < n && i < TAG_MAX; i++) {
        char c = s[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        } else if (c == '<' || c == '\n') {
            return 0;
        }
    }
    return 0;
}

size_t textclean_body(buf *out, const char *s, size_t n)
{
    size_t changes = 0, i = 0;
    buf_add(out, "", 0);
    while (i < n) {
        size_t run = i;
        while (run < n && s[run] != '&' && s[run] != '<')
            run++;
        buf_add(out, s + i, run - i);
        i = run;
        if (i >= n)
            break;
        if (s[i] == '&') {
            unsigned cp;
            size_t k = textclean_entity(s + i, n - i, &cp);
            if (k) {
                utf8_encode(out, cp == 0xA0 ? ' ' : cp);
                i += k;
                changes++;
                continue;
            }
        } else {
            size_t k = tag_len(s + i, n - i);
            if (k) {
                /* a line break tag is a line break; other tags go */
                if ((k == 4 || k == 5 || k == 6) && !strncasecmp(s + i, "<br", 3))
                    buf_addc(out, '\n');
                i += k;
                changes++;
                continue;
            }
        }
        buf_addc(out, s[i++]);
    }
    return changes;
}

void textclean_inline(buf *out, const char *s, size_t n)
{
    buf t = BUF_INIT;
    textclean_body(&t, s, n);
    int space = 0;
    size_t start = out->len;
    buf_add(out, "", 0);
    for (size_t i = 0; i < t.len; i++) {
        unsigned char c = (unsigned char)t.data[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = 1;
            continue;
        }
        if (space && out->len > start)
            buf_addc(out, ' ');
        space = 0;
        buf_addc(out, (char)c);
    }
    buf_free(&t);
}

/* Blanks collapsed to one space, trimmed, ASCII lower-cased. */
static void fold_words(buf *out, const char *s, size_t n)
{
    int space = 0;
    buf_add(out, "", 0);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isspace(c)) {
            space = 1;
            continue;
        }
        if (space && out->len)
            buf_addc(out, ' ');
        space = 0;
        buf_addc(out, (char)tolower(c));
    }
}

/* s[0..n) equals title, blanks collapsed and case ignored. */
static int same_words(const char *s, size_t n, const char *title)
{
    buf a = BUF_INIT, b = BUF_INIT;
    fold_words(&a, s, n);
    fold_words(&b, title, strlen(title));
    int same = a.len && a.len == b.len && !memcmp(a.data, b.data, a.len);
    buf_free(&a);
    buf_free(&b);
    return same;
}

size_t textclean_headline_len(const char *text, size_t n, const char *title)
{
    if (!title || !*title)
        return 0;
    size_t i = 0;
    while (i < n && isspace((unsigned char)text[i]))
        i++;
    const char *line = text + i;
    const char *nl = memchr(line, '\n', n - i);
    size_t ll = nl ? (size_t)(nl - line) : n - i;
    size_t skip = 0;
    while (skip < ll && line[skip] == '#')
        skip++;
    if (skip && skip < ll && line[skip] == ' ')
        line += skip, ll -= skip;
    if (!same_words(line, ll, title))
        return 0;
    size_t rest = nl ? (size_t)(nl - text) + 1 : n;
    size_t k = rest;
    while (k < n && isspace((unsigned char)text[k]))
        k++;
    if (k >= n)
        return 0; /* the headline is all there is */
    /* the next line starts after the last line end before it */
    while (k > rest && text[k - 1] != '\n')
        k--;
    return k;
}

int textclean_drop_headline(char *text, size_t *len, const char *title)
{
    size_t k = textclean_headline_len(text, *len, title);
    if (!k)
        return 0;
    memmove(text, text + k, *len - k);
    *len -= k;
    text[*len] = '\0';
    return 1;
}

int textclean_date(const char *s, char out[11])
{
    if (!s)
        return -1;
    while (isspace((unsigned char)*s))
        s++;
    const char *p = s;
    while (isalpha((unsigned char)*p))
        p++;
    if (p - s >= 3 && *p == ',') /* "Tue, 06 Aug 2025" */
        s = p + 1;
    return doc_date_normalize(s, out);
}
