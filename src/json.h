/* json: writing JSON text (strings escaped, invalid UTF-8 replaced). */
#ifndef NEWSROOM_JSON_H
#define NEWSROOM_JSON_H
#include <stddef.h>
#include <stdio.h>
#include "buf.h"

/* Appends s[0..n) as a JSON string literal, quotes included.  NULL gives null. */
void json_str(buf *b, const char *s, size_t n);
void json_strz(buf *b, const char *s);     /* NUL-terminated; NULL -> null */

#endif
