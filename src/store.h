/* store: the SQLite database — sources, articles, actors (with aliases),
 * mentions, quotes, statements (one statement reported by several outlets)
 * and bookmarks.  WAL, foreign keys, PRAGMA user_version migrations,
 * prepared statements only, FTS5 over article and quote text.
 *
 * Every list query pages (offset, limit; limit < 0 means no limit) and hands
 * rows to a callback one at a time: nothing loads the corpus into memory.
 * Row strings are valid only during the callback.  A callback returning
 * non-zero stops the walk (the query still returns 0). */
#ifndef NEWSROOM_STORE_H
#define NEWSROOM_STORE_H
#include <stddef.h>
#include <stdint.h>
#include "doc.h"
#include "extract.h"
#include "lexicon.h"

typedef struct store store;

#define STORE_SCHEMA_VERSION 13

typedef enum { STORE_RW = 0, STORE_RO = 1 } store_mode;

/* Opens (creating and migrating when RW) the database at path.  Returns
 * NULL and one line in err on failure: not a database, newer schema than
 * this program knows, unreadable, read-only when RW was asked, etc. */
store *store_open(const char *path, store_mode mode, char *err, size_t errlen);
/* The same; a store it creates gets mode perm (store_open: 0600), and
 * SQLite gives its -wal and -shm the same. */
store *store_open_perm(const char *path, store_mode mode, int perm, char *err, size_t errlen);
void store_close(store *st);
const char *store_error(const store *st);   /* message of the last failure */

/* The lexicon that store_actor_find and store_quotes use for alias keys
 * and the user's aliases (NULL: folding only).  Not owned. */
void store_set_lexicon(store *st, const lexicon *lx);

/* $XDG_DATA_HOME/newsroom/newsroom.db (~/.local/share/...); malloc'd.
 * The home is $HOME, else the passwd entry's; NULL when there is none. */
char *store_default_path(void);

/* 0 when the path still names the file opened (same device and inode);
 * else -1 with the reason in store_error (removed, or replaced by another
 * file).  Every write checks it first and refuses when it fails. */
int store_check_file(store *st);

int store_begin(store *st);      /* BEGIN IMMEDIATE */
int store_commit(store *st);
int store_rollback(store *st);

/* ---- import ---------------------------------------------------------- */
typedef enum { STORE_ADDED = 0, STORE_PRESENT = 1, STORE_FAILED = -1 } store_add_status;

/* Adds one article with its extraction (offsets into d->text).  Content
 * hash of d->text decides STORE_PRESENT.  Resolves entities to actors
 * across the store by alias key.  Call inside store_begin/commit. */
store_add_status store_article_add(store *st, const doc *d, const extraction *ex,
                                   const lexicon *lx, int64_t *id);

/* The part of adding an article that reads nothing from the store (its
 * quotes' words, its names' keys), worked out beforehand: an import makes
 * it on the thread that reads the next batch.  Uses st's lexicon and lx as
 * store_article_add does, and only reads st.  The extraction must outlive
 * it.  store_article_add_prepared adds d with it (prep may be NULL). */
typedef struct store_prep store_prep;
store_prep *store_prep_make(const store *st, const lexicon *lx, const char *text, const extraction *ex);
void store_prep_free(store_prep *p);
store_add_status store_article_add_prepared(store *st, const doc *d, const extraction *ex,
                                            const lexicon *lx, const store_prep *prep, int64_t *id);

/* The order indexes (lists by date, outlet and title, a speaker's quotes
 * by date, an actor's mentions), which nothing an import reads needs.  An
 * import that at least doubles the store drops them first (defer) and
 * builds them when it ends (build): one sort instead of an insert at a
 * random place per entry.  Each runs in a transaction of its own and
 * returns how many indexes it dropped or built, -1 on failure;
 * store_indexes_missing counts those absent (an import was killed before
 * it built them: the next import or reindex does). */
int store_indexes_defer(store *st);
int store_indexes_build(store *st);
int store_indexes_missing(store *st);

/* Re-runs extraction over every stored article; bookmarks keep pointing at
 * their quotes.  progress may be NULL. */
int store_reindex(store *st, const lexicon *lx,
                  void (*progress)(void *ctx, size_t done, size_t total), void *ctx);

/* Groups every quote into statements afresh, after joining surnames to
 * their persons (store_actor_surnames): what a store made by an earlier
 * version needs.  *merged as there (may be NULL). */
int store_regroup(store *st, int *merged);
/* Whether two quote texts are the same statement by grouping's rule:
 * most content words of the shorter are in the longer (store_group.c). */
int store_same_statement(const char *a, const char *b);
/* 1 when the store's statements were grouped by an earlier version (until
 * store_regroup or store_reindex), 0 when not, -1 on error. */
int store_needs_regroup(store *st);
/* Quotes, statements, and statements reported by two or more articles. */
int store_statement_counts(store *st, int64_t *quotes, int64_t *statements, int64_t *shared);

/* ---- counts ---------------------------------------------------------- */
typedef struct store_stats {
    int64_t articles, sources, people, places, orgs, quotes, bookmarks;
} store_stats;
int store_stats_get(store *st, store_stats *out);

/* ---- articles -------------------------------------------------------- */
typedef enum { STORE_SORT_DATE = 0, STORE_SORT_SOURCE = 1, STORE_SORT_TITLE = 2 } store_sort;

typedef struct store_article_query {
    const char *source;   /* outlet name, NULL for all */
    const char *since;    /* "YYYY-MM-DD", NULL for all */
    store_sort sort;      /* date: newest first; others ascending */
    int64_t offset, limit;
    /* Walk the same order from its end: offset counts from the last row
     * and rows come last first.  The end of a long list costs one index
     * seek, as its start does, where a large offset walks every row. */
    int reverse;
} store_article_query;

typedef struct store_article_row {
    int64_t id;
    const char *source, *date, *title, *url, *author, *path; /* may be NULL */
    int read;
    int64_t n_people, n_places, n_quotes;
} store_article_row;

typedef int (*store_article_fn)(void *ctx, const store_article_row *r);
int store_articles(store *st, const store_article_query *q, store_article_fn fn, void *ctx);
int64_t store_article_count(store *st, const store_article_query *q);

typedef struct store_article {
    store_article_row meta;   /* strings owned by the struct */
    char *text;
    size_t text_len;
} store_article;
/* 0 found, 1 no such article, -1 error. */
int store_article_get(store *st, int64_t id, store_article *out);
void store_article_free(store_article *a);
int store_article_mark_read(store *st, int64_t id, int read);

/* ---- mentions -------------------------------------------------------- */
typedef struct store_mention_row {
    int64_t actor_id;
    actor_kind kind;
    const char *name;     /* the actor's canonical name */
    size_t start, end;    /* byte span in the article text */
} store_mention_row;
typedef int (*store_mention_fn)(void *ctx, const store_mention_row *r);
/* In text order. */
int store_mentions(store *st, int64_t article_id, store_mention_fn fn, void *ctx);

/* ---- actors ---------------------------------------------------------- */
typedef struct store_actor_query {
    int kind;             /* actor_kind, or -1 for any */
    int64_t article_id;   /* only actors of this article; 0 for all */
    int64_t offset, limit;
} store_actor_query;

typedef struct store_actor_row {
    int64_t id;
    actor_kind kind;
    const char *name;
    int64_t n_mentions;   /* in the article when article_id is set, else overall */
    int64_t n_articles, n_sources, n_quotes;
    int64_t n_other_sources; /* with article_id: sources other than this article's */
} store_actor_row;
typedef int (*store_actor_fn)(void *ctx, const store_actor_row *r);
/* Ordered by mentions, most first. */
int store_actors(store *st, const store_actor_query *q, store_actor_fn fn, void *ctx);
int store_actor_get(store *st, int64_t id, store_actor_row *out, char **name_out);

/* Actors whose name or alias matches name: accents and case folded, titles
 * dropped, spelling variants matched ("Zelensky" -> Volodymyr Zelenskyy,
 * "leavitt" -> Karoline Leavitt).  Best match first. */
int store_actor_find(store *st, const char *name, int kind, int64_t limit,
                     store_actor_fn fn, void *ctx);

/* Names and aliases whose folded form starts with the folded prefix (or
 * whose any word does), for completion.  fn gets (alias as written, actor id). */
typedef int (*store_name_fn)(void *ctx, const char *name, int64_t actor_id);
int store_actor_complete(store *st, const char *prefix, int64_t limit, store_name_fn fn, void *ctx);
/* The same, each actor once with its kind and counts (name: canonical). */
int store_actor_complete_rows(store *st, const char *prefix, int64_t limit, store_actor_fn fn,
                              void *ctx);

/* A person named by surname alone ("Obama") joins the full-name person of
 * that surname who dominates the store (three times the mentions of any
 * other, and half the surname's own at least); two that compete leave it
 * apart.  Its own transaction; *merged (may be NULL) counts the joins.
 * Import, reindex and regroup run it. */
int store_actor_surnames(store *st, int *merged);

/* ---- quotes ---------------------------------------------------------- */
typedef struct store_quote_query {
    int64_t speaker_id;     /* 0: any */
    const char *speaker;    /* NULL: any; else matched as store_actor_find */
    int64_t article_id;     /* 0: any (then newest article first), else text order */
    int64_t statement_id;   /* 0: any; else every report of that statement */
    int64_t offset, limit;
} store_quote_query;

typedef struct store_quote_row {
    int64_t id, article_id;
    const char *source, *date, *title;
    int64_t speaker_id;       /* 0 when none */
    const char *speaker;      /* canonical name or NULL */
    const char *speaker_text; /* the mention as written ("He", "the Kremlin") or NULL */
    const char *text;
    quote_kind kind;
    const char *cue;          /* NULL when none */
    size_t start, end;
    const char *pieces;       /* "S-E,S-E" when split by its tag, else NULL
                               * (extract_pieces_parse reads it) */
    int has_speaker_span;
    size_t speaker_start, speaker_end;
    int64_t statement_id;     /* quotes reporting the same statement share it */
    int64_t n_elsewhere;      /* quotes by this speaker in other articles */
    int64_t n_reports;        /* articles reporting this statement (>= 1) */
    int64_t bookmark_id;      /* 0 when not bookmarked */
    const char *url;          /* the article's address, NULL when unknown */
} store_quote_row;
typedef int (*store_quote_fn)(void *ctx, const store_quote_row *r);
int store_quotes(store *st, const store_quote_query *q, store_quote_fn fn, void *ctx);
int store_quote_get(store *st, int64_t id, store_quote_fn fn, void *ctx); /* 1 if none */

/* ---- full-text search (FTS5) ------------------------------------------ */
typedef struct store_search_row {
    int is_quote;             /* 0: article hit, 1: quote hit */
    int64_t id;               /* article id or quote id */
    int64_t article_id;
    const char *source, *date, *title;
    const char *snippet;      /* matched words marked with [ ] */
    double rank;
    const char *speaker;      /* a quote's speaker (canonical name); NULL for
                               * article hits and quotes with no speaker */
} store_search_row;
typedef int (*store_search_fn)(void *ctx, const store_search_row *r);
/* query is what a user types: words (all must match), "a phrase", a
 * prefix*; it never reaches FTS5 as raw syntax.  Ranked best first. */
int store_search(store *st, const char *query, int64_t offset, int64_t limit,
                 store_search_fn fn, void *ctx);
/* A search runs at most this long (or what store_set_search_timeout
 * gives); then it stops, returns -1 and store_error says it was cut
 * short (rows already handed out stay). */
#define STORE_SEARCH_BUDGET_MS 10000
void store_set_search_timeout(store *st, int ms);
/* cancel (NULL: none) is asked every millisecond or so while a search
 * runs; non-zero stops it ("search cancelled"). */
void store_set_cancel(store *st, int (*cancel)(void *ctx), void *ctx);

/* ---- feeds (store_feed.c) -------------------------------------------- */
/* A feed's validators from its last fetch; strings malloc'd (NULL when
 * none).  Returns 0, 1 when the feed is unknown, -1 on error. */
int store_feed_get(store *st, const char *url, char **etag, char **last_modified);
/* Records them (and the feed's title) after a fetch whose items are stored. */
int store_feed_put(store *st, const char *url, const char *title, const char *etag,
                   const char *last_modified);
/* 1 when item (a guid, link or newsboat id) of feed was taken before, 0
 * when not, -1 on error. */
int store_feed_item_seen(store *st, const char *feed, const char *item);
/* Notes it as taken (article_id 0: refused for good or present). Call
 * in the transaction that stores its article. */
int store_feed_item_add(store *st, const char *feed, const char *item, int64_t article_id);

/* ---- bookmarks ------------------------------------------------------- */
typedef struct store_bookmark_row {
    int64_t id;
    const char *note, *tag, *created;
    store_quote_row quote;    /* the quote as it stands now */
} store_bookmark_row;
typedef int (*store_bookmark_fn)(void *ctx, const store_bookmark_row *r);

/* Each writes at once in its own transaction.  add returns the bookmark id
 * in *id (an existing one when the quote is already bookmarked: then note
 * and tag are set only where it had none; set_note replaces a note). */
int store_bookmark_add(store *st, int64_t quote_id, const char *note, const char *tag, int64_t *id);
/* The bookmark on a quote: 0 with *id and *note (malloc'd, NULL when it has
 * none; note may be NULL), 1 when the quote has none, -1 on error. */
int store_bookmark_of_quote(store *st, int64_t quote_id, int64_t *id, char **note);
int store_bookmark_rm(store *st, int64_t id);              /* 1 if no such bookmark */
int store_bookmark_set_note(store *st, int64_t id, const char *note);
int store_bookmarks(store *st, int64_t offset, int64_t limit, store_bookmark_fn fn, void *ctx);

#endif
