/* textclean: what every imported text goes through before it is stored —
 * HTML entities decoded (&#163; -> £, &amp; -> &), stray markup removed
 * (<tweet tweet-id="..."></tweet>, <br/>), and a headline that the body
 * repeats as its first line dropped.  Cleaning happens before extraction,
 * so every stored offset points into the cleaned text, which is the text
 * the reader sees. */
#ifndef NEWSROOM_TEXTCLEAN_H
#define NEWSROOM_TEXTCLEAN_H
#include <stddef.h>
#include "buf.h"

/* Appends s[0..n) decoded and with markup removed; line ends kept.
 * Returns the number of changes made (0: the text was clean). */
size_t textclean_body(buf *out, const char *s, size_t n);

/* One line of metadata (a title, an author): decoded, markup removed,
 * every run of blanks one space, trimmed. */
void textclean_inline(buf *out, const char *s, size_t n);

/* When the first non-blank line of text[0..*len) is title (blanks, case
 * and a Markdown "# " ignored), removes it and the blank lines after it,
 * unless nothing would be left.  Returns 1 when it removed it. */
int textclean_drop_headline(char *text, size_t *len, const char *title);
/* How many bytes textclean_drop_headline would remove from text (0: none). */
size_t textclean_headline_len(const char *text, size_t len, const char *title);

/* Decodes one entity at s[0..n) (s[0] == '&'): the code point in *cp and
 * its length, or 0 when it is not one. */
size_t textclean_entity(const char *s, size_t n, unsigned *cp);

/* A date as pages and feeds write it ("2025-08-06T10:00:00Z", "Tue, 06
 * Aug 2025 10:00:00 GMT", "6 August 2025") as "YYYY-MM-DD" in out[11]:
 * doc_date_normalize with a leading weekday allowed.  0, or -1. */
int textclean_date(const char *s, char out[11]);

#endif
