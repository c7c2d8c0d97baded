/* jsonread: a recursive-descent JSON reader with a depth bound, so a
 * hostile "[[[[..." line costs an error, not the stack. */
#include "jsonread.h"
#include "buf.h"
#include "utf8.h"
#include <stdlib.h>
#include <string.h>

#define JV_MAX_DEPTH 64

typedef struct rd {
    const char *s;
    size_t n, i;
    const char *err;
} rd;

static void skip_ws(rd *r)
{
    while (r->i < r->n && (r->s[r->i] == ' ' || r->s[r->i] == '\t' || r->s[r->i] == '\n' ||
                           r->s[r->i] == '\r'))
        r->i++;
}

static int fail(rd *r, const char *msg)
{
    if (!r->err)
        r->err = msg;
    return -1;
}

static int hex4(rd *r, unsigned *out)
{
    if (r->n - r->i < 4)
        return fail(r, "bad \\u escape");
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        char c = r->s[r->i++];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return fail(r, "bad \\u escape");
    }
    *out = v;
    return 0;
}

static int read_string(rd *r, buf *b)
{
    r->i++; /* the opening quote */
    buf_add(b, "", 0);
    while (r->i < r->n) {
        unsigned char c = (unsigned char)r->s[r->i];
        if (c == '"') {
            r->i++;
            return 0;
        }
        if (c < 0x20)
            return fail(r, "control character in a string");
        if (c != '\\') {
            size_t st = r->i;
            while (r->i < r->n && r->s[r->i] != '"' && r->s[r->i] != '\\' &&
                   (unsigned char)r->s[r->i] >= 0x20)
                r->i++;
            buf_add(b, r->s + st, r->i - st);
            continue;
        }
        if (++r->i >= r->n)
            break;
        char e = r->s[r->i++];
        switch (e) {
        case '"': buf_addc(b, '"'); break;
        case '\\': buf_addc(b, '\\'); break;
        case '/': buf_addc(b, '/'); break;
        case 'b': buf_addc(b, '\b'); break;
        case 'f': buf_addc(b, '\f'); break;
        case 'n': buf_addc(b, '\n'); break;
        case 'r': buf_addc(b, '\r'); break;
        case 't': buf_addc(b, '\t'); break;
        case 'u': {
            unsigned cp;
            if (hex4(r, &cp) < 0)
                return -1;
            if (cp >= 0xD800 && cp < 0xDC00 && r->n - r->i >= 6 && r->s[r->i] == '\\' &&
                r->s[r->i + 1] == 'u') {
                unsigned lo;
                r->i += 2;
                if (hex4(r, &lo) < 0)
                    return -1;
                if (lo >= 0xDC00 && lo < 0xE000)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                else
                    cp = 0xFFFD;
            } else if (cp >= 0xD800 && cp < 0xE000) {
                cp = 0xFFFD;
            }
            utf8_encode(b, cp);
            break;
        }
        default:
            return fail(r, "bad escape in a string");
        }
    }
    return fail(r, "string not closed");
}

static int read_value(rd *r, jv *v, int depth);

static int read_compound(rd *r, jv *v, int depth, int obj)
{
    char close = obj ? '}' : ']';
    size_t cap = 0;
    r->i++;
    skip_ws(r);
    if (r->i < r->n && r->s[r->i] == close) {
        r->i++;
        return 0;
    }
    for (;;) {
        skip_ws(r);
        if (v->n == cap) {
            cap = cap ? cap * 2 : 4;
            v->items = xrealloc(v->items, cap * sizeof *v->items);
            if (obj)
                v->keys = xrealloc(v->keys, cap * sizeof *v->keys);
        }
        jv *it = &v->items[v->n];
        memset(it, 0, sizeof *it);
        if (obj) {
            v->keys[v->n] = NULL;
            if (r->i >= r->n || r->s[r->i] != '"')
                return fail(r, "expected a member name");
            buf k = BUF_INIT;
            if (read_string(r, &k) < 0) {
                buf_free(&k);
                return -1;
            }
            v->keys[v->n] = buf_steal(&k);
            v->n++;
            skip_ws(r);
            if (r->i >= r->n || r->s[r->i] != ':')
                return fail(r, "expected ':'");
            r->i++;
        } else {
            v->n++;
        }
        if (read_value(r, it, depth + 1) < 0)
            return -1;
        skip_ws(r);
        if (r->i < r->n && r->s[r->i] == ',') {
            r->i++;
            continue;
        }
        if (r->i < r->n && r->s[r->i] == close) {
            r->i++;
            return 0;
        }
        return fail(r, obj ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static int read_value(rd *r, jv *v, int depth)
{
    memset(v, 0, sizeof *v);
    if (depth > JV_MAX_DEPTH)
        return fail(r, "nested too deep");
    skip_ws(r);
    if (r->i >= r->n)
        return fail(r, "unexpected end");
    char c = r->s[r->i];
    if (c == '{') {
        v->type = JV_OBJ;
        return read_compound(r, v, depth, 1);
    }
    if (c == '[') {
        v->type = JV_ARR;
        return read_compound(r, v, depth, 0);
    }
    if (c == '"') {
        buf b = BUF_INIT;
        v->type = JV_STR;
        int rc = read_string(r, &b);
        v->len = b.len;
        v->str = buf_steal(&b);
        return rc;
    }
    static const struct { const char *w; jv_type t; int b; } words[] = {
        {"true", JV_BOOL, 1}, {"false", JV_BOOL, 0}, {"null", JV_NULL, 0}};
    for (size_t k = 0; k < 3; k++) {
        size_t wl = strlen(words[k].w);
        if (r->n - r->i >= wl && !memcmp(r->s + r->i, words[k].w, wl)) {
            r->i += wl;
            v->type = words[k].t;
            v->boolean = words[k].b;
            return 0;
        }
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        size_t st = r->i;
        while (r->i < r->n && strchr("+-0123456789.eE", r->s[r->i]) && r->s[r->i])
            r->i++;
        v->type = JV_NUM;
        v->len = r->i - st;
        v->str = xstrndup(r->s + st, v->len);
        return 0;
    }
    return fail(r, "unexpected character");
}

static void free_inner(jv *v)
{
    for (size_t i = 0; i < v->n; i++) {
        free_inner(&v->items[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->str);
}

void jv_free(jv *v)
{
    if (!v)
        return;
    free_inner(v);
    free(v);
}

jv *jv_parse(const char *s, size_t n, size_t *err_at, const char **err_msg)
{
    rd r = {s, n, 0, NULL};
    jv *v = xcalloc(1, sizeof *v);
    int rc = read_value(&r, v, 0);
    if (rc == 0) {
        skip_ws(&r);
        if (r.i < r.n)
            rc = fail(&r, "text after the value");
    }
    if (rc < 0) {
        if (err_at)
            *err_at = r.i;
        if (err_msg)
            *err_msg = r.err;
        jv_free(v);
        return NULL;
    }
    return v;
}

const jv *jv_get(const jv *obj, const char *key)
{
    if (!obj || obj->type != JV_OBJ)
        return NULL;
    for (size_t i = 0; i < obj->n; i++)
        if (!strcmp(obj->keys[i], key))
            return &obj->items[i];
    return NULL;
}

const char *jv_get_str(const jv *obj, const char *key)
{
    const jv *v = jv_get(obj, key);
    return v && v->type == JV_STR ? v->str : NULL;
}
