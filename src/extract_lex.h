/* extract_lex: the lexicon's inside, shared by lexicon.c and the extractor.
 * One open-addressing hash table keyed by folded text ("u s", "white house",
 * "said") whose entries carry every role the key plays. */
#ifndef NEWSROOM_EXTRACT_LEX_H
#define NEWSROOM_EXTRACT_LEX_H
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include "lexicon.h"

enum {
    LX_VERB = 1 << 0,       /* speech verb form: "said", "told" */
    LX_TITLE = 1 << 1,      /* title before a name: "President", "Sen." */
    LX_HONOR = 1 << 2,      /* honorific: "Mr", "Ms" (gender in entry) */
    LX_FIRST = 1 << 3,      /* given name (gender in entry) */
    LX_DEMONYM = 1 << 4,    /* "Russian" -> Russia */
    LX_PLACE = 1 << 5,      /* gazetteer name or alias */
    LX_ORG = 1 << 6,        /* organisation name or alias */
    LX_ROLE = 1 << 7,       /* role noun: "spokeswoman", "president" */
    LX_NONAME = 1 << 8,     /* capitalised word that never starts a name */
    LX_ANON = 1 << 9,       /* anonymous-source noun: "official", "source" */
    LX_PARTICLE = 1 << 10,  /* name particle: "de", "van", "bin" */
    LX_SURFIRST = 1 << 11,  /* family name written first: "Kim", "Xi" */
    LX_PRONOUN = 1 << 12,   /* subject pronoun (gender in entry) */
    LX_ORGNOUN = 1 << 13,   /* generic organisation noun: "campaign", "ministry" */
    LX_VERB_NOUN = 1 << 14, /* speech noun: "statement", "interview" */
    LX_TITLE_KEEP = 1 << 15, /* title kept in a lone name: "Pope Francis" */
    LX_REPORT = 1 << 16,    /* reporting verb, not a quote tag: "believes", "found" */
    LX_NOTEND = 1 << 17,    /* word that ends an organisation's or a facility's name,
                             * never a person's: "Group", "Park", "Street" */
    LX_STANCE = 1 << 18     /* a stated position's last word: "made it clear",
                             * "is confident" */
};

enum { G_NONE = 0, G_MALE = 1, G_FEMALE = 2, G_PLURAL = 4 };

typedef struct lx_entry {
    const char *key;        /* folded */
    uint32_t hash;
    uint32_t flags;
    uint8_t gender;         /* for LX_FIRST, LX_HONOR, LX_PRONOUN */
    uint8_t caps;           /* 1: written in capitals only ("US"): text must be too */
    uint8_t nwords;
    uint32_t klen;          /* strlen(key): compared before the bytes */
    const char *place;      /* canonical place */
    const char *org;        /* canonical organisation */
    const char *country;    /* demonym's country */
    const char *alias;      /* user alias file: canonical name */
} lx_entry;

struct lx_block;

/* A sorted table file read in place (mmap): given_names.tsv and
 * gazetteer.tsv.  Lines "key<TAB>fields", sorted by key (bytes); lines
 * starting with '!' come first and are read at load. */
typedef struct lx_table {
    const char *data;       /* first data line */
    size_t len;             /* bytes from data to the end */
    void *map;
    size_t maplen;
    const char *bucket_line; /* "!B<TAB>n<TAB>offsets": lines grouped by hash bucket */
    size_t bucket_len;
    uint32_t *boff;         /* bucket -> offset of its first line (n + 1), read
                             * from bucket_line at the first lookup */
    size_t nb;
    uint32_t *slots;        /* a table without buckets (a user's): hash of each
                             * key -> its line offset + 1, built at the first lookup */
    size_t mask;
    _Atomic int ready;      /* slots built (threads may look up at once) */
    pthread_mutex_t lock;
} lx_table;

/* A country of the gazetteer: its code, the name places.yaml gives it and
 * the names of its parts ("England", "Texas") that show an article is
 * about it, folded and separated by '\t'. */
typedef struct lx_country {
    char code[3];
    const char *name;
    const char *parts;      /* "\tengland\tscotland\t" */
} lx_country;

enum { LX_MAX_TABLES = 4 };

struct lexicon {
    lx_entry *tab;
    uint32_t *tags;         /* per slot: hash, never 0; 0 = empty.  Probing
                             * reads only these (small, stays in cache) */
    size_t cap, n;
    int max_words;          /* longest multi-word key, in words */
    struct lx_block *blocks;
    lx_table *given[LX_MAX_TABLES];  /* user's first: consulted in order */
    size_t n_given;
    lx_table *gaz[LX_MAX_TABLES];
    size_t n_gaz;
    lx_country *countries;
    size_t n_countries;
};

/* A name of given_names.tsv: gender (G_MALE, G_FEMALE or G_NONE when the
 * records are mixed) and whether it may start a person's name (0 for a
 * common English word or a place: "Will", "Paris"). */
typedef struct lx_given {
    uint8_t gender;
    uint8_t starts;
} lx_given;

/* A name of gazetteer.tsv: the most populous place so called. */
enum { GZ_WORD = 1, GZ_GIVEN = 2, GZ_SECTION = 4, GZ_SUBDIV = 8 };
typedef struct lx_place {
    uint32_t pop;           /* 0: unknown */
    char cc[3];             /* ISO 3166 country code */
    uint8_t flags;          /* GZ_* */
} lx_place;

/* Looks a folded key up in the given-name tables; 0 when absent. */
int lex_given(const lexicon *lx, const char *key, size_t n, lx_given *out);

/* Looks a folded key up in the gazetteer tables; 0 when absent. */
int lex_gazetteer(const lexicon *lx, const char *key, size_t n, lx_place *out);

/* The country of a gazetteer code, NULL when unknown. */
const lx_country *lex_country(const lexicon *lx, const char *cc);

/* Looks up a folded key; NULL when absent. */
const lx_entry *lex_get(const lexicon *lx, const char *key, size_t n);

/* Looks up text[0..n) as written: folds it (lex_fold) and looks the key
 * up in one pass.  key (at least 256 bytes) receives the folded key and
 * *kl its length. */
const lx_entry *lex_find(const lexicon *lx, const char *s, size_t n, char *key, size_t *kl);

/* Builds the folded key of text[0..n) into out (same rules as fold_text,
 * fast path for ASCII).  Returns the key length. */
size_t lex_fold(char *out, size_t outcap, const char *s, size_t n);

/* Adds (or extends) an entry: used by the loader and by tests. */
lx_entry *lex_put(lexicon *lx, const char *key, size_t n);
const char *lex_strdup(lexicon *lx, const char *s);

#endif
