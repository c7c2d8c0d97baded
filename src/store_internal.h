/* store_internal: what the store_*.c files share — the store struct, the
 * prepared-statement cache and small shared functions.  Not for use outside
 * src/store*.c. */
#ifndef NEWSROOM_STORE_INTERNAL_H
#define NEWSROOM_STORE_INTERNAL_H
#include <sqlite3.h>
#include <sys/types.h>
#include "store.h"
#include "buf.h"

#define STORE_MAX_STMTS 96

struct store {
    sqlite3 *db;
    char *path;
    int ro;
    /* the file opened (device, inode): every write checks the path still
     * names it (store_check_file) */
    dev_t dev;
    ino_t ino;
    int have_id;
    int gone;        /* it does not: every write is refused */
    int (*cancel)(void *ctx); /* asked while a search runs (store_set_cancel) */
    void *cancel_ctx;
    int search_ms;   /* a search's time budget; 0: STORE_SEARCH_BUDGET_MS */
    int bulk;        /* has added articles: holds more pages (see store_article_add) */
    struct store_ckpt *ckpt; /* its log copier, when one runs (store_ckpt.c) */
    const lexicon *lx;
    char err[512];
    /* Prepared statements, keyed by the address of their SQL text: each
     * file keeps its SQL beside the code that runs it. */
    const char *stmt_sql[STORE_MAX_STMTS];
    sqlite3_stmt *stmt[STORE_MAX_STMTS];
    size_t n_stmt;
    /* Full-text index work of the open transaction, done at commit: an
     * FTS5 table written early in a transaction would flush its pending
     * terms at every later statement's savepoint. */
    int64_t fts_article_from, fts_quote_from;  /* first id added, 0: none */
    struct fts_gone { int64_t id; char *text; } *fts_gone; /* quotes removed */
    size_t n_fts_gone;
    /* Actor counters the transaction's new articles add, written once an
     * actor at commit: counted per article, they were a fifth of an
     * import's statements, each moving the actor in two indexes. */
    struct actor_delta { int64_t id, mentions, articles, quotes; } *actor_d;
    size_t n_actor_d, cap_actor_d;
    struct source_delta { int64_t actor, source; } *source_d; /* one article each */
    size_t n_source_d, cap_source_d;
    struct group_cache *group; /* an import's grouping candidates (store_group.c) */
};

/* Notes an added article or quote, or a removed quote, for the full-text
 * index (see above). */
void store_fts_added(store *st, int is_quote, int64_t id);
void store_fts_removed(store *st, int64_t quote_id, const char *text);

/* A thread that copies the writer's log into the database after each
 * large commit (store_ckpt.c); 0, or -1 when none could start (SQLite's
 * own checkpoints go on).  Stopped by store_ckpt_stop and store_close. */
int store_ckpt_start(store *st);
/* Waits for the copy under way: a write transaction begun after it starts
 * the log over instead of making it longer. */
void store_ckpt_wait(store *st);
void store_ckpt_stop(store *st);

/* Adds to an actor's counters, or notes one more of its articles from
 * source; both are written at store_commit (store_counts_flush). */
void store_actor_count(store *st, int64_t id, int64_t mentions, int64_t articles, int64_t quotes);
void store_actor_source_count(store *st, int64_t actor, int64_t source);
int store_counts_flush(store *st);
void store_counts_clear(store *st);

/* Registers newsroom_rank(), the full-text rank function (store_rank.c),
 * with a connection; 0 or -1. */
int store_rank_register(sqlite3 *db);

/* Schema steps: store_migrations[i] takes PRAGMA user_version i to i + 1. */
extern const char *const store_migrations[];

/* The cached statement for sql (a static string), reset and unbound; NULL
 * on error (store_error says why). */
sqlite3_stmt *store_stmt(store *st, const char *sql);
/* Records the database's last error with a prefix; returns -1. */
int store_fail(store *st, const char *what);
/* Steps a statement that returns no rows; 0 or -1. */
int store_exec_stmt(store *st, sqlite3_stmt *s, const char *what);
/* Runs SQL text without parameters (schema, pragmas). */
int store_exec(store *st, const char *sql);

/* Binds a string, or NULL when s is NULL. */
void store_bind_text(sqlite3_stmt *s, int i, const char *str);
/* Column text or NULL. */
const char *store_col_text(sqlite3_stmt *s, int i);

/* Alias keys.  key: extract_alias_key (person/org) or folding (place).
 * vkey: key with transliteration variants unified (-skyy/-skiy -> -sky).
 * vlast: vkey's last word. */
char *store_key(const store *st, actor_kind kind, const char *name);
char *store_vkey(const char *key);
const char *store_last_word(const char *key);

/* Quote row: the column list shared by every quote query, and the reader. */
#define STORE_QUOTE_COLS \
    "q.id, q.article_id, src.name, a.date, a.title, q.speaker_id, sp.name, q.speaker_text, " \
    "q.text, q.kind, q.cue, q.start, q.end, q.speaker_start, q.speaker_end, q.statement_id, " \
    "CASE WHEN q.speaker_id IS NULL THEN 0 ELSE max(0, sp.n_quotes - coalesce((SELECT x.n " \
    "  FROM speaker_articles x WHERE x.speaker_id = q.speaker_id AND x.article_id = q.article_id), 0)) END, " \
    "(SELECT s3.n_articles FROM statements s3 WHERE s3.id = q.statement_id), " \
    "(SELECT b.id FROM bookmarks b WHERE b.quote_id = q.id), q.pieces, a.url "
#define STORE_QUOTE_FROM \
    " FROM quotes q JOIN articles a ON a.id = q.article_id " \
    "LEFT JOIN sources src ON src.id = a.source_id LEFT JOIN actors sp ON sp.id = q.speaker_id "
#define STORE_QUOTE_NCOLS 21
void store_quote_read(sqlite3_stmt *s, int col0, store_quote_row *r);

/* Kind filter for speakers: person or organisation. */
#define STORE_KIND_SPEAKER (-2)
/* Actors the name stands for, best first (store_actor_find's matching);
 * best_only keeps only the best-scoring tier.  Returns how many, or -1. */
int store_actor_find_ids(store *st, const char *name, int kind, int best_only,
                         int64_t *ids, int max);
/* A JSON array of the speaker ids a name stands for, for json_each(). */
int store_speaker_ids(store *st, const char *name, buf *json, size_t *n);

/* Statement grouping of one quote against its speaker's quotes elsewhere. */
/* store_prep.c: what adding an article works out without the database
 * (see store_prep_make in store.h).  An alias with alias == NULL adds
 * nothing (a repeat, too long, or no key). */
typedef struct store_prep_alias {
    char *alias, *key, *vkey;
} store_prep_alias;
typedef struct store_prep_entity {
    const char *name;          /* canonical: in the lexicon or the extraction; NULL: none */
    char *key;
    store_prep_alias *alias;   /* one per mention */
    size_t n_alias;
} store_prep_entity;
typedef struct store_prep_quote {
    char *text, *pieces, *words; /* text NULL: a quote not to store */
    size_t text_len;
} store_prep_quote;
struct store_prep {
    size_t n_entities, n_quotes;
    store_prep_entity *e;
    store_prep_quote *q;
};
void store_prep_alias_make(const store *st, actor_kind kind, const char *alias, size_t n,
                           store_prep_alias *out);

/* An extraction's span [start, end) lies within a text of len bytes. */
static inline int store_span_ok(size_t start, size_t end, size_t len)
{
    return start <= end && end <= len;
}
void store_prep_alias_free(store_prep_alias *a);

/* store_group.c.  store_group_quote (re)groups a stored quote;
 * store_group_new groups one about to be written by an import (its
 * statement and signature; the caller frees *sig), and
 * store_group_article_done, once the article's quotes are all written,
 * makes them candidates for the next article.  store_group_begin (at
 * every BEGIN) keeps the import's candidates while no other connection
 * has written; store_group_forget drops them. */
int store_group_quote(store *st, int64_t quote_id, int64_t article_id, int64_t speaker_id,
                      const char *words);
/* Every quote afresh, in article order, with the import's candidate lists;
 * inside the caller's transaction. */
int store_group_all(store *st);
int store_group_new(store *st, int64_t article_id, int64_t speaker_id, const char *words,
                    int64_t *statement, unsigned char **sig, int *sig_bytes);
void store_group_article_done(store *st);
void store_group_begin(store *st);
void store_group_forget(store *st);
/* Re-attaches bookmarks of an article whose quote went away. */
int store_bookmarks_relink(store *st, int64_t article_id);
/* Replaces an article's mentions and quotes with a new extraction. */
int store_extraction_put(store *st, int64_t article_id, const char *text, const extraction *ex,
                         const lexicon *lx, const store_prep *prep, int fresh, int64_t source_id);
/* Recomputes the cached actor counters from mentions and quotes. */
int store_actor_recount(store *st);

#endif
