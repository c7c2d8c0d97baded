/* extract: people, places, organisations and attributed quotes in one
 * article's text.  Pure function of (lexicon, text): no database, no I/O. */
#ifndef NEWSROOM_EXTRACT_H
#define NEWSROOM_EXTRACT_H
#include <stddef.h>
#include "buf.h"
#include "lexicon.h"

typedef enum { ACTOR_PERSON = 0, ACTOR_PLACE = 1, ACTOR_ORG = 2 } actor_kind;
typedef enum { QUOTE_DIRECT = 0, QUOTE_PARTIAL = 1, QUOTE_INDIRECT = 2 } quote_kind;

typedef struct ex_span {
    size_t start, end; /* byte offsets into the text, end exclusive */
} ex_span;

typedef struct ex_entity {
    char *name;        /* canonical name ("Volodymyr Zelenskyy", "United States") */
    actor_kind kind;
    ex_span *mentions; /* in text order */
    size_t n_mentions;
} ex_entity;

typedef struct ex_quote {
    size_t start, end;      /* the quoted words, marks excluded: from the first
                             * piece's start to the last piece's end */
    ex_span *pieces;        /* each contiguous quoted stretch, in text order
                             * (n_pieces >= 1): a quotation split by its speech
                             * tag ("A," he said, "B.") or carried over several
                             * paragraphs is one quote of several pieces */
    size_t n_pieces;
    quote_kind kind;
    char *cue;              /* speech verb lemma ("say", "add") as written: "said"; NULL */
    int speaker;            /* index into entities (person or org), -1 when none */
    int has_speaker_span;   /* 1 when the attribution rests on a mention */
    size_t speaker_start, speaker_end;
    int statement;          /* index of the first quote of the statement this one
                             * belongs to (carried on by an untagged quote that
                             * follows); its own index otherwise */
} ex_quote;

typedef struct extraction {
    ex_entity *entities;
    size_t n_entities;
    ex_quote *quotes;       /* in text order */
    size_t n_quotes;
} extraction;

/* Runs extraction over text[0..len) (UTF-8; '\r' is whitespace).  Never
 * fails on any input; time and memory are linear in len. */
void extract_run(const lexicon *lx, const char *text, size_t len, extraction *out);

void extraction_free(extraction *ex);

/* The words of a quote: its pieces joined by one space, or by a blank line
 * where the text between them breaks the paragraph.  Appends to out. */
void extract_quote_text(const char *text, size_t len, const ex_quote *q, buf *out);

/* Pieces as the store keeps them: "S-E,S-E" (byte offsets), or NULL for a
 * quote of one piece.  extract_pieces_parse reads that form back into at most
 * max spans within [start, end) and returns how many it read; a missing or
 * malformed form gives the single span [start, end). */
void extract_pieces_format(buf *out, const ex_quote *q);
size_t extract_pieces_parse(const char *form, size_t start, size_t end, ex_span *out, size_t max);

const char *actor_kind_name(actor_kind k);    /* "person", "place", "org" */
const char *quote_kind_name(quote_kind k);    /* "direct", "partial", "indirect" */

/* Alias key of a person's or actor's name: folded (case, accents),
 * honorifics, titles and middle initials dropped, transliteration variants
 * unified (-sky/-skyy/-skiy -> -sky).  "President Volodymyr Zelenskyy" and
 * "Volodymyr Zelensky" share a key.  Returns a malloc'd string. */
char *extract_alias_key(const lexicon *lx, const char *name);

/* Canonical name that the user's alias file maps name to, or NULL. */
const char *lexicon_alias_canonical(const lexicon *lx, const char *name);

#endif
