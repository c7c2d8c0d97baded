/* escape: text from articles, file names and notes made safe to print.
 * Control characters would drive the terminal (ESC sequences set its
 * title, clear the screen) or split a one-line message; they are shown
 * as visible escapes instead: C0 and DEL as \xNN (\t \n \r by name), C1
 * (U+0080..U+009F) as \u00NN, and bytes that are not UTF-8 as \xNN. */
#ifndef NEWSROOM_ESCAPE_H
#define NEWSROOM_ESCAPE_H
#include <stddef.h>
#include "buf.h"

/* keep_lines: tab and newline stay as they are (running text); 0: one
 * line (messages, table cells). */
void escape_visible(buf *out, const char *s, size_t n, int keep_lines);
/* 1 when escape_visible would change s. */
int escape_needed(const char *s, size_t n, int keep_lines);
/* malloc'd escaped copy of a NUL-terminated string (NULL stays NULL). */
char *escape_dup(const char *s, int keep_lines);

#endif
