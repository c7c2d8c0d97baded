/* doc: one article file -> title, metadata and normalised text.  Front
 * matter is read with libyaml's event parser, which never expands aliases,
 * so a "billion laughs" header costs nothing; aliases are refused. */
#include "doc.h"
#include "buf.h"
#include "safefile.h"
#include "textclean.h"
#include "utf8.h"
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#define TITLE_MAX_CHARS 120    /* a "short" first line; longer titles are cut */
#define FM_MAX_EVENTS 10000    /* front matter is a handful of fields */

uint64_t doc_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

void doc_free(doc *d)
{
    if (!d)
        return;
    free(d->path);
    free(d->title);
    free(d->source);
    free(d->date);
    free(d->url);
    free(d->author);
    for (size_t i = 0; i < d->n_tags; i++)
        free(d->tags[i]);
    free(d->tags);
    free(d->raw);
    free(d->text);
    free(d->warning);
    memset(d, 0, sizeof *d);
}

static void add_warning(doc *d, const char *msg)
{
    buf b = BUF_INIT;
    if (d->warning) {
        buf_adds(&b, d->warning);
        buf_adds(&b, "; ");
        free(d->warning);
    }
    for (const char *p = msg; *p; p++)
        buf_addc(&b, (unsigned char)*p < 0x20 || *p == 0x7f ? ' ' : *p);
    d->warning = buf_steal(&b);
}

/* ---- dates ------------------------------------------------------------ */

static const char *const month_names[12] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

static int month_of(const char *w, size_t n)
{
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++)
        if (strncasecmp(w, month_names[m], 3) == 0)
            return m + 1;
    return 0;
}

static int valid_ymd(long y, long m, long d)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return 0;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 0;
    return 1;
}

int doc_date_normalize(const char *s, char out[11])
{
    long y = 0, m = 0, d = 0;
    while (isspace((unsigned char)*s))
        s++;
    /* Split into up to three numeric or alphabetic words. */
    const char *w[4];
    size_t wl[4];
    int nw = 0;
    const char *p = s;
    while (*p && nw < 4) {
        while (*p && !isalnum((unsigned char)*p))
            p++;
        if (!*p)
            break;
        const char *st = p;
        if (isdigit((unsigned char)*p))
            while (isdigit((unsigned char)*p))
                p++;
        else
            while (isalpha((unsigned char)*p))
                p++;
        w[nw] = st;
        wl[nw] = (size_t)(p - st);
        nw++;
        /* ISO time part: stop at 'T' after a full date */
        if (nw == 3 && (*p == 'T' || *p == ' ' || *p == '\0'))
            break;
    }
    if (nw < 3)
        return -1;
    int num[3];
    for (int i = 0; i < 3; i++)
        num[i] = isdigit((unsigned char)w[i][0]);
    if (num[0] && num[1] && num[2] && wl[0] == 4) {            /* 2025-08-06 */
        y = strtol(w[0], NULL, 10);
        m = strtol(w[1], NULL, 10);
        d = strtol(w[2], NULL, 10);
    } else if (num[0] && !num[1] && num[2]) {                  /* 6 August 2025 */
        d = strtol(w[0], NULL, 10);
        m = month_of(w[1], wl[1]);
        y = strtol(w[2], NULL, 10);
    } else if (!num[0] && num[1] && num[2]) {                  /* August 6, 2025 */
        m = month_of(w[0], wl[0]);
        d = strtol(w[1], NULL, 10);
        y = strtol(w[2], NULL, 10);
    } else {
        return -1;
    }
    if (!valid_ymd(y, m, d))
        return -1;
    char t[48];
    snprintf(t, sizeof t, "%04ld-%02ld-%02ld", y, m, d);
    memcpy(out, t, 11);
    return 0;
}

/* ---- front matter ----------------------------------------------------- */

typedef struct fm_ctx {
    doc *d;
    size_t line0;           /* file line of the YAML's first line */
    char *err;
    size_t errlen;
} fm_ctx;

static int fm_fail(fm_ctx *c, yaml_mark_t mk, const char *msg)
{
    err_set(c->err, c->errlen, "front matter line %zu, column %zu: %s",
           mk.line + c->line0, mk.column + 1, msg);
    return -1;
}

static int fm_next(fm_ctx *c, yaml_parser_t *p, yaml_event_t *ev, size_t *n_events)
{
    if (!yaml_parser_parse(p, ev)) {
        yaml_mark_t mk = p->problem_mark;
        char msg[256];
        snprintf(msg, sizeof msg, "%s%s%s", p->problem ? p->problem : "YAML error",
                 p->context ? " " : "", p->context ? p->context : "");
        return fm_fail(c, mk, msg);
    }
    if (++*n_events > FM_MAX_EVENTS) {
        yaml_mark_t mk = ev->start_mark;
        yaml_event_delete(ev);
        return fm_fail(c, mk, "too many YAML nodes");
    }
    if (ev->type == YAML_ALIAS_EVENT) {
        yaml_mark_t mk = ev->start_mark;
        yaml_event_delete(ev);
        return fm_fail(c, mk, "YAML aliases are not allowed in front matter");
    }
    return 0;
}

/* Skips a value that started with ev (a sequence or mapping start). */
static int fm_skip(fm_ctx *c, yaml_parser_t *p, yaml_event_t *first, size_t *n_events)
{
    int depth = 1;
    (void)first;
    while (depth > 0) {
        yaml_event_t ev;
        if (fm_next(c, p, &ev, n_events) < 0)
            return -1;
        if (ev.type == YAML_SEQUENCE_START_EVENT || ev.type == YAML_MAPPING_START_EVENT)
            depth++;
        else if (ev.type == YAML_SEQUENCE_END_EVENT || ev.type == YAML_MAPPING_END_EVENT)
            depth--;
        yaml_event_delete(&ev);
    }
    return 0;
}

static void add_tag(doc *d, const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (!n)
        return;
    d->tags = xrealloc(d->tags, (d->n_tags + 1) * sizeof *d->tags);
    d->tags[d->n_tags++] = xstrndup(s, n);
}

static void set_field(char **f, const char *v, size_t n)
{
    while (n && isspace((unsigned char)*v)) {
        v++;
        n--;
    }
    while (n && isspace((unsigned char)v[n - 1]))
        n--;
    free(*f);
    *f = n ? xstrndup(v, n) : NULL;
}

static int fm_field(fm_ctx *c, yaml_parser_t *p, const char *key, size_t *n_events)
{
    doc *d = c->d;
    yaml_event_t ev;
    if (fm_next(c, p, &ev, n_events) < 0)
        return -1;
    int rc = 0;
    if (ev.type == YAML_SCALAR_EVENT) {
        const char *v = (const char *)ev.data.scalar.value;
        size_t n = ev.data.scalar.length;
        if (!strcmp(key, "title"))
            set_field(&d->title, v, n);
        else if (!strcmp(key, "source") || !strcmp(key, "outlet"))
            set_field(&d->source, v, n);
        else if (!strcmp(key, "url") || !strcmp(key, "link"))
            set_field(&d->url, v, n);
        else if (!strcmp(key, "author") || !strcmp(key, "byline"))
            set_field(&d->author, v, n);
        else if (!strcmp(key, "date") || !strcmp(key, "published")) {
            char iso[11];
            free(d->date);
            d->date = NULL;
            if (n && doc_date_normalize(v, iso) == 0) {
                d->date = xstrdup(iso);
            } else if (n) {
                char w[160];
                snprintf(w, sizeof w, "front matter line %zu: date \"%.60s\" not understood; ignored",
                         ev.start_mark.line + c->line0, v);
                add_warning(d, w);
            }
        } else if (!strcmp(key, "tags")) {
            /* "a, b" as a scalar is a list too */
            const char *s = v;
            while (n) {
                const char *comma = memchr(s, ',', n);
                size_t k = comma ? (size_t)(comma - s) : n;
                add_tag(d, s, k);
                s += k;
                n -= k;
                if (n) {
                    s++;
                    n--;
                }
            }
        }
    } else if (ev.type == YAML_SEQUENCE_START_EVENT && !strcmp(key, "tags")) {
        for (;;) {
            yaml_event_t it;
            if (fm_next(c, p, &it, n_events) < 0) {
                rc = -1;
                break;
            }
            if (it.type == YAML_SEQUENCE_END_EVENT) {
                yaml_event_delete(&it);
                break;
            }
            if (it.type == YAML_SCALAR_EVENT) {
                add_tag(d, (const char *)it.data.scalar.value, it.data.scalar.length);
            } else if (it.type == YAML_SEQUENCE_START_EVENT || it.type == YAML_MAPPING_START_EVENT) {
                if (fm_skip(c, p, &it, n_events) < 0)
                    rc = -1;
            }
            yaml_event_delete(&it);
            if (rc < 0)
                break;
        }
    } else if (ev.type == YAML_SEQUENCE_START_EVENT || ev.type == YAML_MAPPING_START_EVENT) {
        if (!strcmp(key, "title") || !strcmp(key, "source") || !strcmp(key, "date") ||
            !strcmp(key, "url") || !strcmp(key, "author")) {
            char msg[96];
            snprintf(msg, sizeof msg, "\"%s\" must be a single value", key);
            rc = fm_fail(c, ev.start_mark, msg);
        } else {
            rc = fm_skip(c, p, &ev, n_events);
        }
    }
    yaml_event_delete(&ev);
    return rc;
}

static int fm_parse(doc *d, const char *y, size_t n, size_t line0, char *err, size_t errlen)
{
    fm_ctx c = {d, line0, err, errlen};
    yaml_parser_t p;
    if (!yaml_parser_initialize(&p)) {
        err_set(err, errlen, "out of memory reading front matter");
        return -1;
    }
    yaml_parser_set_input_string(&p, (const unsigned char *)y, n);
    size_t n_events = 0;
    int rc = 0, in_map = 0, done = 0;
    while (!done && rc == 0) {
        yaml_event_t ev;
        if (fm_next(&c, &p, &ev, &n_events) < 0) {
            rc = -1;
            break;
        }
        switch (ev.type) {
        case YAML_STREAM_END_EVENT:
            done = 1;
            break;
        case YAML_STREAM_START_EVENT:
        case YAML_DOCUMENT_START_EVENT:
        case YAML_DOCUMENT_END_EVENT:
            break;
        case YAML_MAPPING_START_EVENT:
            if (in_map)
                rc = fm_fail(&c, ev.start_mark, "field names must be plain words");
            in_map = 1;
            break;
        case YAML_MAPPING_END_EVENT:
            in_map = 0;
            break;
        case YAML_SCALAR_EVENT:
            if (!in_map) {
                if (ev.data.scalar.length)
                    rc = fm_fail(&c, ev.start_mark, "front matter must be \"field: value\" lines");
            } else {
                char key[64];
                snprintf(key, sizeof key, "%.*s", (int)ev.data.scalar.length, (const char *)ev.data.scalar.value);
                for (char *k = key; *k; k++)
                    *k = (char)tolower((unsigned char)*k);
                rc = fm_field(&c, &p, key, &n_events);
            }
            break;
        default:
            rc = fm_fail(&c, ev.start_mark, in_map ? "field names must be plain words"
                                                   : "front matter must be \"field: value\" lines");
            break;
        }
        yaml_event_delete(&ev);
    }
    yaml_parser_delete(&p);
    return rc;
}

/* ---- text ------------------------------------------------------------- */

/* Appends s[0..n) with CRLF (and a lone CR) turned into LF. */
static void add_lf(buf *b, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const char *cr = memchr(s + i, '\r', n - i);
        size_t k = cr ? (size_t)(cr - (s + i)) : n - i;
        buf_add(b, s + i, k);
        i += k;
        if (i < n) {
            buf_addc(b, '\n');
            i++;
            if (i < n && s[i] == '\n')
                i++;
        }
    }
    if (!b->data)
        buf_add(b, "", 0);
}

static int all_space(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]))
            return 0;
    return 1;
}

/* Number of code points in s[0..n). */
static size_t n_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

/* Byte length of the first max code points of s[0..n), cut at a space when
 * one is near the end. */
static size_t cut_chars(const char *s, size_t n, size_t max)
{
    size_t c = 0, i = 0;
    while (i < n && c < max) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        c++;
    }
    if (i < n) {
        size_t j = i;
        while (j > i / 2 && s[j] != ' ')
            j--;
        if (s[j] == ' ')
            i = j;
    }
    return i;
}

/* The last character of a line, ignoring closing quotes and brackets. */
static int ends_with_punct(const char *s, size_t n, const char *set)
{
    while (n) {
        size_t k = utf8_prev(s, n);
        uint32_t cp;
        utf8_decode(s + n - k, k, &cp);
        if (cp == '"' || cp == '\'' || cp == ')' || cp == 0x201D || cp == 0x2019 || cp == 0xBB) {
            n -= k;
            continue;
        }
        if (cp == 0x2026) /* ellipsis */
            return 1;
        return cp < 0x80 && strchr(set, (int)cp) != NULL;
    }
    return 0;
}

static char *trim_dup(const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    return xstrndup(s, n);
}

/* Title of a file without front matter; sets the format. */
static void derive_title(doc *d, const char *t, size_t n, int may_be_bbc)
{
    size_t i = 0;
    while (i < n && isspace((unsigned char)t[i]))
        i++;
    const char *line = t + i;
    const char *nl = memchr(line, '\n', n - i);
    size_t ll = nl ? (size_t)(nl - line) : n - i;
    while (ll && isspace((unsigned char)line[ll - 1]))
        ll--;
    /* "# Heading" in a Markdown file without front matter */
    size_t skip = 0;
    while (skip < ll && line[skip] == '#')
        skip++;
    if (skip && skip < ll && line[skip] == ' ') {
        d->format = DOC_MARKDOWN;
        d->title = trim_dup(line + skip, ll - skip);
        if (*d->title)
            return;
        free(d->title);
        d->title = NULL;
    }
    size_t rest = nl ? (size_t)(nl + 1 - t) : n;
    const char *nl2 = nl ? memchr(t + rest, '\n', n - rest) : NULL;
    int blank_next = nl && (nl2 ? all_space(t + rest, (size_t)(nl2 - (t + rest))) : 0);
    int short_line = ll > 0 && n_chars(line, ll) <= TITLE_MAX_CHARS;
    d->format = DOC_PLAIN;
    if (short_line && blank_next && may_be_bbc && !ends_with_punct(line, ll, ".,;:")) {
        d->format = DOC_BBC;
        d->title = trim_dup(line, ll);
        return;
    }
    if (short_line && !ends_with_punct(line, ll, ".!?:;,")) {
        d->title = trim_dup(line, ll);
        return;
    }
    /* The first sentence, cut to a title's length. */
    size_t j = i, end = n;
    for (; j < n; j++) {
        if ((t[j] == '.' || t[j] == '!' || t[j] == '?') && (j + 1 == n || isspace((unsigned char)t[j + 1]))) {
            end = j + 1;
            break;
        }
        if (t[j] == '\n' && j + 1 < n && t[j + 1] == '\n') {
            end = j;
            break;
        }
    }
    size_t len = end - i;
    buf b = BUF_INIT;
    for (size_t k = 0; k < len; k++) /* a title is one line */
        buf_addc(&b, t[i + k] == '\n' ? ' ' : t[i + k]);
    if (n_chars(b.data, b.len) > TITLE_MAX_CHARS) {
        b.len = cut_chars(b.data, b.len, TITLE_MAX_CHARS);
        b.data[b.len] = '\0';
        buf_adds(&b, "\xE2\x80\xA6");
    }
    char *s = buf_steal(&b);
    d->title = trim_dup(s, strlen(s));
    free(s);
}

/* If s starts with a "---" line, finds the closing "---" or "..." line.
 * Returns 1 with the YAML span and the body start, 0 when there is no
 * front matter, -1 when it is not closed. */
static int find_front_matter(const char *s, size_t n, size_t *y0, size_t *y1, size_t *body)
{
    size_t i;
    if (n >= 4 && !memcmp(s, "---\n", 4))
        i = 4;
    else if (n >= 5 && !memcmp(s, "---\r\n", 5))
        i = 5;
    else
        return 0;
    *y0 = i;
    while (i < n) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - s) : n;
        size_t le = e;
        if (le > i && s[le - 1] == '\r')
            le--;
        while (le > i && (s[le - 1] == ' ' || s[le - 1] == '\t'))
            le--;
        if (le - i == 3 && (!memcmp(s + i, "---", 3) || !memcmp(s + i, "...", 3))) {
            *y1 = i;
            *body = nl ? e + 1 : n;
            return 1;
        }
        i = nl ? e + 1 : n;
    }
    return -1;
}

static int parse(const char *path, const char *bytes, size_t len, size_t max_bytes, const char *title,
                 doc *out, char *err, size_t errlen);

int doc_parse(const char *path, const char *bytes, size_t len, size_t max_bytes,
              doc *out, char *err, size_t errlen)
{
    return parse(path, bytes, len, max_bytes, NULL, out, err, errlen);
}

int doc_parse_titled(const char *path, const char *bytes, size_t len, const char *title,
                     doc *out, char *err, size_t errlen)
{
    return parse(path, bytes, len, 0, title, out, err, errlen);
}

static int parse(const char *path, const char *bytes, size_t len, size_t max_bytes, const char *title,
                 doc *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (!max_bytes)
        max_bytes = DOC_MAX_BYTES_DEFAULT;
    if (len > max_bytes) {
        err_set(err, errlen, "too large (%zu bytes; the limit is %zu)", len, max_bytes);
        return -1;
    }
    const char *nul = memchr(bytes, '\0', len);
    if (nul) {
        err_set(err, errlen, "binary file (NUL byte at offset %zu); not imported", (size_t)(nul - bytes));
        return -1;
    }
    size_t bom = (len >= 3 && !memcmp(bytes, "\xEF\xBB\xBF", 3)) ? 3 : 0;
    if (all_space(bytes + bom, len - bom)) {
        err_set(err, errlen, "empty file");
        return -1;
    }
    out->path = xstrdup(path ? path : "-");
    out->raw = xmalloc(len + 1);
    memcpy(out->raw, bytes, len);
    out->raw[len] = '\0';
    out->raw_len = len;
    if (title && *title)
        out->title = xstrdup(title);

    /* src: the file as UTF-8 without BOM (recoded when it was not UTF-8). */
    const char *src = bytes + bom;
    size_t src_len = len - bom;
    buf rec = BUF_INIT;
    size_t bad = utf8_invalid_at(src, src_len);
    if (bad < src_len) {
        utf8_from_cp1252(&rec, src, src_len);
        src = rec.data;
        src_len = rec.len;
        out->recoded = 1;
        char w[128];
        snprintf(w, sizeof w, "not valid UTF-8 at byte %zu; decoded as Windows-1252", bad + bom);
        add_warning(out, w);
    }

    size_t y0 = 0, y1 = 0, body = 0;
    int fm = find_front_matter(src, src_len, &y0, &y1, &body);
    int rc = 0;
    if (fm < 0) {
        err_set(err, errlen, "front matter line 1, column 1: not closed (no \"---\" line after the header)");
        rc = -1;
    } else if (fm > 0) {
        out->format = DOC_MARKDOWN;
        rc = fm_parse(out, src + y0, y1 - y0, 2, err, errlen);
        if (rc == 0 && all_space(src + body, src_len - body)) {
            err_set(err, errlen, "no article text after the front matter");
            rc = -1;
        }
    }
    if (rc < 0) {
        buf_free(&rec);
        doc_free(out);
        return -1;
    }

    out->body_offset = bom + body;
    out->body_len = len - out->body_offset;
    buf t = BUF_INIT;
    add_lf(&t, src + body, src_len - body);
    out->text_len = t.len;
    out->text = buf_steal(&t);
    buf_free(&rec);

    if (!out->title || !*out->title) {
        free(out->title);
        out->title = NULL;
        doc_format f = out->format;
        derive_title(out, out->text, out->text_len, fm == 0);
        if (fm > 0)
            out->format = f;
    }
    if (doc_clean(out, fm > 0 || (title && *title)) < 0) {
        err_set(err, errlen, "no article text (only markup)");
        doc_free(out);
        return -1;
    }
    out->hash = doc_hash(out->text, out->text_len);
    return 0;
}

int doc_clean(doc *d, int title_given)
{
    buf b = BUF_INIT;
    if (textclean_body(&b, d->text, d->text_len)) {
        free(d->text);
        d->text_len = b.len;
        d->text = buf_steal(&b);
    }
    buf_free(&b);
    if (d->title) {
        textclean_inline(&b, d->title, strlen(d->title));
        if (b.len) {
            free(d->title);
            d->title = buf_steal(&b);
        }
        buf_free(&b);
    }
    /* a title made of the text's first sentence is the text, not a headline */
    size_t tl = d->title ? strlen(d->title) : 0;
    int sentence = tl && (strchr(".!?", d->title[tl - 1]) ||
                          (tl >= 3 && !memcmp(d->title + tl - 3, "\xE2\x80\xA6", 3)));
    if (title_given || !sentence)
        d->headline_dropped = textclean_drop_headline(d->text, &d->text_len, d->title);
    return all_space(d->text, d->text_len) ? -1 : 0;
}

/* The one reader behind doc_load and doc_load_regular.  regular_only opens
 * a path without blocking and refuses all but a regular file, and leaves
 * standard input unchecked: it is read as it comes, a pipe as often as not.
 * A read interrupted by a signal goes on unless *stop is set. */
static int load(const char *path, size_t max_bytes, int regular_only, const volatile sig_atomic_t *stop,
                doc *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (!max_bytes)
        max_bytes = DOC_MAX_BYTES_DEFAULT;
    int is_stdin = !strcmp(path, "-");
    int fd;
    if (is_stdin)
        fd = 0;
    else if (regular_only)
        fd = safefile_open_read(path, err, errlen);
    else if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
        err_set(err, errlen, "%s", strerror(errno));
    if (fd < 0)
        return -1;
    struct stat sb;
    if (!(is_stdin && regular_only) && fstat(fd, &sb) == 0) {
        if (S_ISDIR(sb.st_mode)) {
            err_set(err, errlen, "is a directory");
            if (!is_stdin)
                close(fd);
            return -1;
        }
        if (S_ISREG(sb.st_mode) && (size_t)sb.st_size > max_bytes) {
            err_set(err, errlen, "too large (%zu bytes; the limit is %zu)", (size_t)sb.st_size, max_bytes);
            if (!is_stdin)
                close(fd);
            return -1;
        }
    }
    /* Read at most max_bytes + 1: enough to know it is too large. */
    buf b = BUF_INIT;
    int rc = 0;
    for (;;) {
        buf_grow(&b, 65536);
        size_t want = b.cap - b.len - 1;
        if (b.len + want > max_bytes + 1)
            want = max_bytes + 1 - b.len;
        if (want == 0)
            break;
        ssize_t r = read(fd, b.data + b.len, want);
        if (r < 0) {
            if (errno == EINTR && !(stop && *stop))
                continue;
            err_set(err, errlen, "%s", strerror(errno));
            rc = -1;
            break;
        }
        if (r == 0)
            break;
        b.len += (size_t)r;
    }
    if (!is_stdin)
        close(fd);
    if (rc == 0) {
        if (b.len > max_bytes) {
            err_set(err, errlen, "too large (over %zu bytes, the limit)", max_bytes);
            rc = -1;
        } else {
            rc = doc_parse(path, b.data ? b.data : "", b.len, max_bytes, out, err, errlen);
        }
    }
    buf_free(&b);
    return rc;
}

int doc_load(const char *path, size_t max_bytes, doc *out, char *err, size_t errlen)
{
    return load(path, max_bytes, 0, NULL, out, err, errlen);
}

int doc_load_regular(const char *path, size_t max_bytes, const volatile sig_atomic_t *stop, doc *out, char *err,
                     size_t errlen)
{
    return load(path, max_bytes, 1, stop, out, err, errlen);
}
