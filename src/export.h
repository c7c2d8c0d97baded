/* export: bookmarks as text, JSON, CSV or Markdown (ready to paste into a
 * story: quote, speaker, outlet, date, title, URL).  Shared by the command line
 * and the browser. */
#ifndef NEWSROOM_EXPORT_H
#define NEWSROOM_EXPORT_H
#include <stdio.h>
#include "store.h"

typedef enum { EXPORT_TEXT, EXPORT_JSON, EXPORT_CSV, EXPORT_MARKDOWN } export_format;

/* Parses "text", "json", "csv", "markdown" (or "md"); -1 when unknown. */
int export_format_parse(const char *name);
/* Format from a file name's extension (.md .csv .json, else markdown). */
export_format export_format_for_path(const char *path);
int export_bookmarks(store *st, export_format f, FILE *out);
/* The same, at most limit bookmarks (newest first; limit < 0: all). */
int export_bookmarks_limit(store *st, export_format f, FILE *out, int64_t limit);
/* The same, with how many were written in *n (may be NULL): none writes
 * nothing, except "[]" as JSON.  A paraphrase (an indirect or partial
 * quote) is never put in quote marks, and is marked as one; each citation
 * gives the speaker (or the attribution as written), the outlet, the
 * date, the title and the article's URL when known. */
int export_bookmarks_counted(store *st, export_format f, FILE *out, int64_t limit, size_t *n);
/* Writes the bookmarks to the file path whole or not at all (safefile.h):
 * never over the database protect or its -wal/-shm, over an existing file
 * only with force, created with mode.  0, or -1 with one line in err. */
int export_bookmarks_file(store *st, export_format f, const char *path, const char *protect, int force,
                          int mode, char *err, size_t errlen);

#endif
