/* store_feed: what feed updates and newsboat imports remember between
 * runs — a feed's ETag and Last-Modified, and which items were taken. */
#include "store_internal.h"
#include <stdlib.h>

static char *dup_col(sqlite3_stmt *s, int i)
{
    const char *v = store_col_text(s, i);
    return v && *v ? xstrdup(v) : NULL;
}

int store_feed_get(store *st, const char *url, char **etag, char **last_modified)
{
    static const char sql[] = "SELECT etag, last_modified FROM feeds WHERE url = ?";
    *etag = *last_modified = NULL;
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    store_bind_text(s, 1, url);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *etag = dup_col(s, 0);
        *last_modified = dup_col(s, 1);
    }
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return store_fail(st, "reading a feed's state");
    return rc == SQLITE_ROW ? 0 : 1;
}

int store_feed_put(store *st, const char *url, const char *title, const char *etag,
                   const char *last_modified)
{
    static const char sql[] =
        "INSERT INTO feeds(url, title, etag, last_modified, checked)"
        " VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
        " ON CONFLICT(url) DO UPDATE SET title = coalesce(?2, title), etag = ?3,"
        " last_modified = ?4, checked = excluded.checked";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    store_bind_text(s, 1, url);
    store_bind_text(s, 2, title);
    store_bind_text(s, 3, etag);
    store_bind_text(s, 4, last_modified);
    return store_exec_stmt(st, s, "writing a feed's state");
}

int store_feed_item_seen(store *st, const char *feed, const char *item)
{
    static const char sql[] = "SELECT 1 FROM feed_items WHERE feed = ? AND item = ?";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    store_bind_text(s, 1, feed);
    store_bind_text(s, 2, item);
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return store_fail(st, "looking up a feed item");
    return rc == SQLITE_ROW;
}

int store_feed_item_add(store *st, const char *feed, const char *item, int64_t article_id)
{
    static const char sql[] =
        "INSERT INTO feed_items(feed, item, article_id) VALUES (?, ?, ?)"
        " ON CONFLICT(feed, item) DO NOTHING";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    store_bind_text(s, 1, feed);
    store_bind_text(s, 2, item);
    if (article_id > 0)
        sqlite3_bind_int64(s, 3, article_id);
    else
        sqlite3_bind_null(s, 3);
    return store_exec_stmt(st, s, "noting a feed item");
}
