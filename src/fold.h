/* fold: Unicode folding for matching names and search keys (utf8proc).
 * "Zelénskyy", "ZELENSKYY" and "zelenskyy" all fold to "zelenskyy". */
#ifndef NEWSROOM_FOLD_H
#define NEWSROOM_FOLD_H
#include <stddef.h>
#include "buf.h"

/* Appends s[0..n) case-folded, accents stripped (NFKD minus marks), with
 * every run of non-alphanumeric characters turned into one space and no
 * leading or trailing space.  Apostrophes are dropped ("O'Brien" ->
 * "obrien"); invalid UTF-8 bytes are skipped. */
void fold_text(buf *out, const char *s, size_t n);

/* Convenience: returns a malloc'd folded copy of a NUL-terminated string. */
char *fold_dup(const char *s);

#endif
