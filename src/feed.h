/* feed: RSS 2.0, RSS 1.0 and Atom -> items, with libxml2's XML reader.
 * The network is never used (XML_PARSE_NONET), no DTD is loaded and no
 * entity is expanded: a feed that declares entities (an entity bomb, an
 * external entity) is refused before it is parsed. */
#ifndef NEWSROOM_FEED_H
#define NEWSROOM_FEED_H
#include <stddef.h>

typedef struct feed_item {
    char *id;                   /* guid, atom:id, link or title: what names it in its feed */
    char *title, *link, *author; /* NULL when absent */
    char *date;                 /* "YYYY-MM-DD" or NULL */
    char *text;                 /* content:encoded, content, description or summary, as text */
    size_t text_len;
} feed_item;

typedef struct feed {
    char *title, *link;         /* the feed's own; NULL when absent */
    feed_item *items;
    size_t n;
} feed;

/* 1 when bytes look like a feed (an <rss>, <feed> or <rdf:RDF> root). */
int feed_looks_like(const char *bytes, size_t len);

/* Returns 0, or -1 with the cause in err ("line 3, column 7: ..."). */
int feed_parse(const char *bytes, size_t len, feed *out, char *err, size_t errlen);
void feed_free(feed *f);

#endif
