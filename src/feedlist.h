/* feedlist: the list of feeds `newsroom update` fetches, in newsboat's
 * `urls` format — one URL a line, then optional tags ("quoted" when they
 * hold blanks); "~Name" renames the outlet, "!" hides nothing here; lines
 * starting with # are comments.  Default: $XDG_CONFIG_HOME/newsroom/urls. */
#ifndef NEWSROOM_FEEDLIST_H
#define NEWSROOM_FEEDLIST_H
#include <stddef.h>
#include <stdio.h>
#include "import.h"

typedef struct feedlist_entry {
    char *url;
    char *name;          /* "~Name": the outlet for its items, or NULL */
    char **tags;
    size_t n_tags;
    size_t line;
} feedlist_entry;

typedef struct feedlist {
    feedlist_entry *e;
    size_t n;
} feedlist;

/* $XDG_CONFIG_HOME/newsroom/urls (~/.config/...); malloc'd. */
char *feedlist_default_path(void);
/* Reads path; -1 with the cause in err when it cannot be read. */
int feedlist_read(const char *path, feedlist *out, char *err, size_t errlen);
void feedlist_free(feedlist *fl);

/* Fetches every feed of the list (conditional requests with the stored
 * ETag and Last-Modified), stores only items not taken before and prints
 * one line a feed on progress ("URL: 3 new").  rep gets the counts.
 * Returns 0, 1 when something was refused, 2 when stopped, -1 when the
 * store failed. */
int feedlist_update(store *st, const lexicon *lx, const import_opts *o, const feedlist *fl,
                    FILE *progress, import_report *rep);

#endif
