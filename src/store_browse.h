/* store_browse: what the browser asks of the store beyond store.h — where
 * an article stands in a sorted list, whether the store was opened
 * read-only, the actors filtered by kind and name, and the articles that
 * mention an actor. */
#ifndef NEWSROOM_STORE_BROWSE_H
#define NEWSROOM_STORE_BROWSE_H
#include <stdint.h>
#include "store.h"

/* The row (0 first) article id has in the whole list in sort's order (as
 * store_articles gives it); -1 when there is no such article or on error. */
int64_t store_article_position(store *st, store_sort sort, int64_t id);

/* 1 when st was opened read-only (STORE_RO, or a file it may not write). */
int store_read_only(const store *st);

/* An article's tags as stored ("a, b"), malloc'd in *out (NULL when it
 * has none); 0, 1 when there is no such article, -1 on error. */
int store_article_tags(store *st, int64_t id, char **out);
/* Replaces them: tags separated by commas, each trimmed, empty ones and
 * repeats (any case) dropped; "" removes all.  0 or -1. */
int store_article_set_tags(store *st, int64_t id, const char *tags);

/* Actors of kind (actor_kind, or -1 for any) whose name contains name
 * (ASCII case folded; NULL or "" for all), most mentioned first, paged.
 * Rows as store_actors gives them (n_other_sources 0). */
int store_browse_actors(store *st, int kind, const char *name, int64_t offset, int64_t limit,
                        store_actor_fn fn, void *ctx);

/* One article that mentions an actor, with the text around its first
 * mention (whole characters; the mention at [mention_at, mention_at +
 * mention_len) of the snippet). */
typedef struct store_mention_article_row {
    int64_t id;
    const char *source, *date, *title;   /* may be NULL */
    int64_t n_mentions;                  /* of the actor in this article */
    size_t start, end;                   /* the first mention, in the article's text */
    const char *snippet;
    size_t snippet_len, mention_at, mention_len;
} store_mention_article_row;
typedef int (*store_mention_article_fn)(void *ctx, const store_mention_article_row *r);
/* The articles that mention actor_id, newest first, paged. */
int store_actor_articles(store *st, int64_t actor_id, int64_t offset, int64_t limit,
                         store_mention_article_fn fn, void *ctx);

#endif
