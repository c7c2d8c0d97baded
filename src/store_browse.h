/* store_browse: what the browser asks of the store beyond store.h — where
 * an article stands in a sorted list, and whether the store was opened
 * read-only. */
#ifndef NEWSROOM_STORE_BROWSE_H
#define NEWSROOM_STORE_BROWSE_H
#include <stdint.h>
#include "store.h"

/* The row (0 first) article id has in the whole list in sort's order (as
 * store_articles gives it); -1 when there is no such article or on error. */
int64_t store_article_position(store *st, store_sort sort, int64_t id);

/* 1 when st was opened read-only (STORE_RO, or a file it may not write). */
int store_read_only(const store *st);

#endif
