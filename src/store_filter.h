/* store_filter: the article list narrowed the way the browser's :filter
 * asks — unread only, an outlet, a date range, a tag, an actor named in
 * the text, a kind of quote — in any of store_articles' orders, forwards
 * or reversed; its counts, positions and marking read. */
#ifndef NEWSROOM_STORE_FILTER_H
#define NEWSROOM_STORE_FILTER_H
#include <stdint.h>
#include "store.h"

typedef struct store_filter {
    int unread_only;
    const char *outlet;       /* outlet name prefix, case folded (ASCII); NULL any */
    const char *from, *to;    /* "YYYY-MM-DD", inclusive; NULL open */
    const char *tag;          /* one of the article's tags (case folded); NULL any */
    int64_t actor_id;         /* named in the article; 0 any */
    int quote_kind;           /* quote_kind: has a quote of that kind; -1 any */
    int reverse;              /* the sort's order reversed */
} store_filter;

#define STORE_FILTER_NONE { 0, NULL, NULL, NULL, NULL, 0, -1, 0 }

/* 1 when f narrows or reverses the list (store_articles does the rest). */
int store_filter_active(const store_filter *f);
/* The filtered articles in sort's order (reversed by f->reverse), paged;
 * backwards walks the same order from its end, as store_articles' reverse. */
int store_filter_articles(store *st, const store_filter *f, store_sort sort, int64_t offset, int64_t limit,
                          int backwards, store_article_fn fn, void *ctx);
int64_t store_filter_count(store *st, const store_filter *f);
/* The row of article id in the filtered list, -1 when it is not in it. */
int64_t store_filter_position(store *st, const store_filter *f, store_sort sort, int64_t id);
/* Articles not read yet, in the whole store. */
int64_t store_unread_count(store *st);
/* Marks every article of the filtered list read; how many, or -1. */
int64_t store_filter_mark_read(store *st, const store_filter *f);

#endif
