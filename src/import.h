/* import: files, directories (recursive), "-" and http(s) URLs into the
 * store, in batches of one transaction each.  Web pages, feeds, JSON Lines
 * and URLs are read by ingest.c.  Used by `newsroom import`, by
 * `newsroom PATH...` and by the browser's :import. */
#ifndef NEWSROOM_IMPORT_H
#define NEWSROOM_IMPORT_H
#include <signal.h>
#include <stddef.h>
#include "store.h"
#include "lexicon.h"

typedef struct import_report {
    size_t imported, present, refused, warned;
    size_t files, bytes;
} import_report;

typedef struct import_opts {
    size_t max_file_size;
    size_t batch;             /* articles per transaction (default 4096) */
    int progress;             /* draw a progress bar on stderr (a terminal) */
    /* one line per refusal or warning ("PATH: cause"); NULL prints to stderr */
    void (*message)(void *ctx, int is_error, const char *line);
    void *ctx;
    /* When set (by a signal handler), the import finishes the article in
     * hand, commits the batch and stops; NULL: never. */
    const volatile sig_atomic_t *stop;
    /* For articles that carry no outlet or date (--source, --date); NULL:
     * none (a date in the file's or a folder's name is still taken). */
    const char *source, *date;
    int full;                 /* feed items: fetch and extract each item's page */
    long timeout;             /* seconds a download may take; 0: the default */
} import_opts;

/* Returns 0 when nothing was refused, 1 when something was, 2 when stopped
 * by opts->stop (what was committed is counted), -1 when the store failed
 * (the batch in progress is rolled back; earlier batches, already counted,
 * stay).  rep counts only what is committed. */
int import_paths(store *st, const lexicon *lx, const char *const *paths, size_t n,
                 const import_opts *opts, import_report *rep);

#endif
