/* quotefmt: how a quote is shown and cited, the same in the command line,
 * the exports and the browser.  A direct quote is the speaker's words and
 * goes in quote marks; an indirect or partial quote is a paraphrase and
 * never does: a partial quote keeps its quoted words in the marks the
 * article gave them. */
#ifndef NEWSROOM_QUOTEFMT_H
#define NEWSROOM_QUOTEFMT_H
#include "buf.h"
#include "store.h"

/* 1 when the text is shown inside quote marks: a direct quote, or a
 * partial quote whose text is only the quoted words (the article's marks
 * lie just outside it).  0: a paraphrase. */
int quotefmt_in_marks(quote_kind kind, const char *text);

/* Appends the quote as shown: "“text”", or the paraphrase as written.
 * one_line: line breaks become spaces. */
void quotefmt_text(buf *b, quote_kind kind, const char *text, int one_line);

/* Who the citation names: the speaker, else the attribution as the article
 * wrote it ("a senior White House official") unless that is only a
 * pronoun; NULL when neither. */
const char *quotefmt_attribution(const store_quote_row *q);

#endif
