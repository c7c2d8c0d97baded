/* jsonread: reading JSON text into a small tree (JSON-LD in web pages,
 * JSON Lines from scrapers).  Nesting is bounded, strings are UTF-8 with
 * escapes decoded; no number is needed beyond its text. */
#ifndef NEWSROOM_JSONREAD_H
#define NEWSROOM_JSONREAD_H
#include <stddef.h>

typedef enum { JV_NULL, JV_BOOL, JV_NUM, JV_STR, JV_ARR, JV_OBJ } jv_type;

typedef struct jv {
    jv_type type;
    char *str;            /* a string's value, a number's text; NUL-terminated */
    size_t len;
    int boolean;
    struct jv *items;     /* array items or object values */
    char **keys;          /* object keys (parallel to items) */
    size_t n;
} jv;

/* Parses one JSON value filling s[0..n) (blanks around it allowed).
 * Returns NULL on error with the byte offset and a cause. */
jv *jv_parse(const char *s, size_t n, size_t *err_at, const char **err_msg);
void jv_free(jv *v);
/* An object's member, or NULL. */
const jv *jv_get(const jv *obj, const char *key);
/* A string member's value, or NULL when absent or not a string. */
const char *jv_get_str(const jv *obj, const char *key);

#endif
