/* extract_int: the extractor's working state, shared by its passes —
 * tokens (extract_tok.c), quote marks (extract_quotes.c), names
 * (extract_names.c), attribution (extract_attrib.c). */
#ifndef NEWSROOM_EXTRACT_INT_H
#define NEWSROOM_EXTRACT_INT_H
#include <stddef.h>
#include <stdint.h>
#include "extract.h"
#include "extract_lex.h"
#include "buf.h"

typedef enum { T_WORD, T_PUNCT, T_QUOTE } tok_type;

enum {
    TF_CAP = 1 << 0,      /* first letter upper case */
    TF_ALLCAPS = 1 << 1,  /* two or more letters, all upper case */
    TF_SSTART = 1 << 2,   /* first word of a sentence (inside quotes too) */
    TF_PSTART = 1 << 3,   /* first token of a paragraph */
    TF_HYJOIN = 1 << 4,   /* joined to the previous word by a hyphen */
    TF_POSS = 1 << 5,     /* possessive 's (or bare ') */
    TF_ABBR = 1 << 6,     /* dotted abbreviation: "U.S." */
    TF_CAMEL = 1 << 7,    /* run-together words: "WorldRussia" */
    TF_NUM = 1 << 8,      /* starts with a digit */
    TF_NOSPACE = 1 << 9,  /* no space before this token */
    TF_LOWER = 1 << 10,   /* first letter lower case */
    TF_INITIAL = 1 << 11, /* single capital letter followed by '.' */
    TF_REOPEN = 1 << 12,  /* quote mark that reopens a quotation after a
                           * sentence end inside it ("A. "B.") */
    TF_QCUE = 1 << 13,    /* speech verb that tags a quotation */
    TF_APOS = 1 << 14,    /* two apostrophes standing for a quote mark
                           * (''…''): the words are kept as reported
                           * speech, never shown in quote marks */
    TF_PHRASAL = 1 << 15  /* a verb whose particle makes it a speech verb:
                           * "shot back", "went on" */
};

/* Quote-mark shapes (tok.ch for T_QUOTE). */
enum { QM_OPEN = 'o', QM_CLOSE = 'c', QM_STRAIGHT = 's' };

typedef struct tok {
    size_t s, e;
    uint8_t type;
    char ch;              /* punctuation: '.', ',', ':', ';', '!', '?', '(', ')', '-' (dash), 'x' */
    uint16_t flags;
    uint32_t para;
    uint32_t sent;        /* outer sentence (quotes are opaque) */
    int32_t quote;        /* quote whose marks or words this is, -1 */
    int32_t ment;         /* mention starting here, -1 */
    int32_t ment_end;     /* mention ending here (last token), -1 */
    const lx_entry *lx;   /* lexicon entry of this word alone */
} tok;

typedef struct ment {
    int t0, t1;           /* tokens [t0, t1) */
    size_t s, e;          /* bytes */
    int ent;
    actor_kind kind;
} ment;

typedef struct ent {
    char *name;           /* canonical */
    char *key;            /* folded full key ("donald trump") */
    actor_kind kind;
    uint8_t gender;
    int n_ment;           /* count, for ordering */
    int first;            /* first mention index */
    int dead;             /* merged into another */
    int merged_into;
} ent;

/* Small string -> int map (open addressing), sized as it grows. */
typedef struct smap {
    char **keys;
    int *vals;
    size_t cap, n;
} smap;

void smap_init(smap *m);
void smap_free(smap *m);
int smap_get(const smap *m, const char *k, int dflt);
void smap_set(smap *m, const char *k, int v);

typedef struct qrec {
    int o, c;             /* mark tokens; c = -1 when unclosed */
    size_t s, e;          /* content bytes, marks excluded, trimmed */
    uint32_t para;
    int cont_prev;        /* multi-paragraph: quote this one continues, -1 */
    int drop;
    quote_kind kind;
    int cue;              /* cue token, -1 */
    int speaker;          /* ent index, -1 */
    int has_span;
    size_t sp_s, sp_e;
    int sp_tok;           /* first token of the speaker mention, -1 */
    int stmt;             /* first quote of the statement this one belongs to */
    int join;             /* first piece of the quotation split by its speech
                           * tag that this one ends ("A," he said, "B"); itself
                           * otherwise */
    size_t gap_s, gap_e;  /* a tag inside the marks ("…, this official said,
                           * …"): bytes left out of the quote's pieces */
} qrec;

typedef struct exctx {
    const lexicon *lx;
    const char *text;
    size_t len;
    tok *t;
    size_t nt, capt;
    uint32_t n_para, n_sent;
    uint32_t *sent_start;  /* first token of each outer sentence */
    qrec *q;
    size_t nq, capq;
    ment *m;
    size_t nm, capm;
    ent *e;
    size_t ne, cape;
    smap ent_by_key;       /* full key -> ent */
    smap roles;            /* role word -> ent most recently bound */
    int last_spk;          /* ent of the latest person speaker */
    size_t last_spk_tok;
    qrec *ind;             /* indirect attributions */
    size_t nind, capind;
    struct sref *refs;     /* resolved pronouns and speakers, text order */
    size_t nref, capref;
    uint8_t *credit_para;  /* per paragraph: a caption, credit, byline or label line */
    uint8_t *nospeak;      /* per entity: named only in such lines, never a speaker */
    int dialogue;          /* the text is a transcript: "NAME: …" paragraphs by two speakers */
    int interview;         /* "Q: …" / "A: …" paragraphs: -1 none, else the one who
                            * answers (an entity, or -2 when unknown) */
    uint8_t *ent_plain;    /* per entity: has a mention not written in capitals */
} exctx;

/* A reference the attribution pass resolved: token and person. */
typedef struct sref {
    int tok;
    int ent;
} sref;

/* extract_tok.c */
void ex_tokenize(exctx *x);
void ex_sentences(exctx *x);
size_t ex_fold_tok(const exctx *x, size_t i, char *out, size_t cap);

/* Token i is the word lower (ASCII case-insensitive).  Inline: the
 * passes test every token against word lists, so the call itself was the
 * cost; comparing as we go ends most tests at the first byte. */
static inline int ex_is_word(const exctx *x, size_t i, const char *lower)
{
    if (i >= x->nt || x->t[i].type != T_WORD)
        return 0;
    const char *s = x->text + x->t[i].s;
    size_t n = x->t[i].e - x->t[i].s;
    for (size_t k = 0; k < n; k++) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != lower[k] || !lower[k])
            return 0;
    }
    return lower[n] == '\0';
}

/* extract_quotes.c */
void ex_pair_quotes(exctx *x);
/* Token k is a quote mark followed by a transcript turn's label in
 * capitals ("WALLACE:"): the colon's token, else -1. */
int ex_turn_label(const exctx *x, size_t k);

/* extract_names.c */
void ex_names(exctx *x);
int ex_ent_add(exctx *x, const char *name, const char *key, actor_kind k);
int ex_ent_root(const exctx *x, int e);

/* extract_attrib.c */
void ex_attribute(exctx *x);

/* extract_alias.c */
void ex_alias_key(buf *out, const char *name, size_t n, const lexicon *lx);

#endif
