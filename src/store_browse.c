/* store_browse: the article list's positions and the read-only flag for
 * the browser.  A position is a count of the rows that sort before the
 * article, the same comparisons as the ORDER BY of store_query.c. */
#include "store_internal.h"
#include <stdlib.h>
#include "store_browse.h"

/* b before x by date, newest first, an absent date last (NULL is the
 * smallest and the order descends), then id descending. */
#define DATE_BEFORE                                                                         \
    "((?2 IS NULL AND (b.date IS NOT NULL OR b.id > ?1))"                                   \
    " OR (?2 IS NOT NULL AND (b.date > ?2 OR (b.date = ?2 AND b.id > ?1))))"

static const char sql_self[] =
    "SELECT a.date, a.title, a.source_id, s.name FROM articles a"
    " LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?1";
static const char sql_date[] = "SELECT count(*) FROM articles b WHERE " DATE_BEFORE;
static const char sql_title[] =
    "SELECT count(*) FROM articles b WHERE (?3 IS NULL AND b.title IS NULL AND b.id < ?1)"
    " OR (?3 IS NOT NULL AND (b.title IS NULL OR b.title < ?3 COLLATE NOCASE"
    " OR (b.title = ?3 COLLATE NOCASE AND b.id < ?1)))";
/* named outlets by name, then id, each one's articles by date */
static const char sql_named[] =
    "SELECT count(*) FROM articles b JOIN sources s ON s.id = b.source_id"
    " WHERE s.name < ?5 COLLATE NOCASE OR (s.name = ?5 COLLATE NOCASE AND s.id < ?4)"
    " OR (s.id = ?4 AND " DATE_BEFORE ")";
/* the articles with no outlet come after every named one */
static const char sql_none[] =
    "SELECT (SELECT count(*) FROM articles WHERE source_id IS NOT NULL)"
    " + (SELECT count(*) FROM articles b WHERE b.source_id IS NULL AND " DATE_BEFORE ")";

int64_t store_article_position(store *st, store_sort sort, int64_t id)
{
    sqlite3_stmt *s = store_stmt(st, sql_self);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, id);
    if (sqlite3_step(s) != SQLITE_ROW) {
        sqlite3_reset(s);
        return -1;
    }
    /* copied: the next statement may be the same cached one */
    char *date = store_col_text(s, 0) ? xstrdup(store_col_text(s, 0)) : NULL;
    char *title = store_col_text(s, 1) ? xstrdup(store_col_text(s, 1)) : NULL;
    int64_t sid = sqlite3_column_type(s, 2) == SQLITE_NULL ? 0 : sqlite3_column_int64(s, 2);
    char *sname = store_col_text(s, 3) ? xstrdup(store_col_text(s, 3)) : NULL;
    sqlite3_reset(s);
    const char *sql = sort == STORE_SORT_TITLE ? sql_title
                      : sort == STORE_SORT_SOURCE ? (sid ? sql_named : sql_none)
                                                  : sql_date;
    int64_t pos = -1;
    s = store_stmt(st, sql);
    if (s) {
        sqlite3_bind_int64(s, 1, id);
        if (sql != sql_title)
            store_bind_text(s, 2, date);
        if (sql == sql_title)
            store_bind_text(s, 3, title);
        if (sql == sql_named) {
            sqlite3_bind_int64(s, 4, sid);
            store_bind_text(s, 5, sname);
        }
        int rc = sqlite3_step(s);
        if (rc == SQLITE_ROW)
            pos = sqlite3_column_int64(s, 0);
        else
            store_fail(st, "finding an article's row");
        sqlite3_reset(s);
    }
    free(date);
    free(title);
    free(sname);
    return pos;
}

int store_read_only(const store *st)
{
    return st->ro;
}
