/* utf8: decoding, validation and Windows-1252 recoding of byte strings.
 * Offsets everywhere in newsroom are byte offsets into UTF-8 text. */
#ifndef NEWSROOM_UTF8_H
#define NEWSROOM_UTF8_H
#include <stddef.h>
#include <stdint.h>
#include "buf.h"

/* Decodes one code point at s[0..n).  Returns its length in bytes (1..4)
 * and stores the code point in *cp; an invalid or truncated sequence
 * gives length 1 and *cp = 0xFFFD. */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Appends the UTF-8 encoding of cp. */
void utf8_encode(buf *b, uint32_t cp);

/* Returns the byte offset of the first invalid sequence, or n when the
 * whole string is valid UTF-8 (overlongs and surrogates are invalid). */
size_t utf8_invalid_at(const char *s, size_t n);

/* Appends s decoded as Windows-1252, recoded to UTF-8. */
void utf8_from_cp1252(buf *out, const char *s, size_t n);

/* Byte length of the code point that starts at or before s+i, used to step
 * back over a character. */
size_t utf8_prev(const char *s, size_t i);

/* 1-based line and column (in code points) of byte offset off in s. */
void utf8_line_col(const char *s, size_t n, size_t off, size_t *line, size_t *col);

#endif
