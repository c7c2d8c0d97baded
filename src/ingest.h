/* ingest: articles that do not come one to a text file — web pages (files
 * and URLs), RSS and Atom feeds, JSON Lines, newsboat's cache and feed
 * updates — cleaned, extracted and stored in batches of one transaction
 * each.  Every refusal is one line ("WHERE: cause"); the rest goes on;
 * an article is stored whole or not at all. */
#ifndef NEWSROOM_INGEST_H
#define NEWSROOM_INGEST_H
#include <stddef.h>
#include "doc.h"
#include "import.h"
#include "store.h"

typedef struct ingest ingest;

/* Starts a run that adds to rep (which the caller zeroes). */
ingest *ingest_new(store *st, const lexicon *lx, const import_opts *o, import_report *rep);
/* Commits what is pending and frees the run: 0, 2 when stopped by o->stop,
 * -1 when the store failed (what was pending is rolled back). */
int ingest_end(ingest *in);
int ingest_stopped(const ingest *in);
int ingest_failed(const ingest *in);
/* 1 when item of feed_key was taken before (counted as present) or is
 * queued, 0 when it is new, -1 on error. */
int ingest_seen(ingest *in, const char *feed_key, const char *item);

/* One line for the user; is_error counts a refusal, else a warning. */
void ingest_note(ingest *in, int is_error, const char *where, const char *what);

/* Queues d (taken over; freed here) for the store.  feed and item, when
 * set, are noted as taken in the same transaction; read marks it read.
 * Returns 0, or -1 once the store has failed. */
int ingest_add(ingest *in, doc *d, const char *feed_key, const char *item, int read);
/* The outlet (NULL: the feed's title) and tags for the feed read next. */
void ingest_set_feed(ingest *in, const char *outlet, const char *const *tags, size_t n_tags);
/* Records a feed's validators with the batch that holds its last item. */
void ingest_feed_state(ingest *in, const char *url, const char *title, const char *etag,
                       const char *last_modified);
/* Writes what is queued in one transaction. */
int ingest_flush(ingest *in);

/* A feed's bytes -> its new items (feed_key NULL: no memory of items
 * taken, only the content hash).  where names it in messages.  Returns the
 * number of items added to the queue, -1 when the feed was refused. */
long ingest_feed(ingest *in, const char *feed_key, const char *where, const char *bytes, size_t len);

/* Fetches URLs (pages or feeds) several at once and queues what they hold. */
void ingest_urls(ingest *in, const char *const *urls, size_t n);
/* A feed, JSON Lines or HTML file. */
void ingest_file(ingest *in, const char *path);

/* 1 for what import_paths hands to ingest_run: URLs (any scheme: others
 * are refused there) and files named .rss, .atom, .xml, .jsonl or .ndjson. */
int ingest_is_multi(const char *path);
/* Runs ingest_urls and ingest_file over paths for import_paths; adds to
 * rep.  0, 2 when stopped, -1 when the store failed. */
int ingest_run(store *st, const lexicon *lx, const import_opts *o, char *const *paths, size_t n,
               import_report *rep);

/* A file -> doc, for import's batches: doc_load, then a web page (by its
 * name or its first bytes) read as HTML; the outlet and date from
 * o->source, o->date or the path ("..._2016-09-06_...", "2016/09/06/...")
 * when the file names none. */
int ingest_load(const char *path, const import_opts *o, doc *d, char *err, size_t errlen);

/* A date in a path: "YYYY-MM-DD" or "YYYY/MM/DD" between separators. */
int ingest_path_date(const char *path, char out[11]);

/* The docs reading a JSON Lines file or a newsboat cache makes (jsonl.c,
 * newsboat.c). */
void ingest_jsonl(ingest *in, const char *path, const char *bytes, size_t len);
/* path NULL: $XDG_DATA_HOME/newsboat/cache.db, else ~/.newsboat/cache.db. */
void ingest_newsboat(ingest *in, const char *path);

/* Builds a doc from text (its title derived when title is NULL) with the
 * given metadata; 0 or -1 with the cause in err. */
int ingest_make_doc(doc *d, const char *path, const char *text, size_t len, const char *title,
                    const char *source, const char *date, const char *url, const char *author,
                    doc_format fmt, char *err, size_t errlen);

#endif
