/* wordiff: which words one report of a statement gives differently from
 * another, for showing the reports of a statement side by side. */
#ifndef NEWSROOM_WORDIFF_H
#define NEWSROOM_WORDIFF_H
#include <stddef.h>

typedef struct wordiff_word {
    size_t start, end;   /* byte span of the word in other */
    int differs;         /* 1: other gives this word differently from base */
} wordiff_word;

/* Splits other into words (runs between white space) and marks those that
 * differ from base: words outside their longest common run of words (case,
 * accents and punctuation ignored), between the first and the last word
 * the two share; words before or after are where one report cut the
 * quote longer, and are not marked.  Nothing is marked when the two are
 * not the same statement by grouping's rule (store_same_statement).
 * Returns the number of words; *out is malloc'd (free it). */
size_t wordiff(const char *base, const char *other, wordiff_word **out);

#endif
