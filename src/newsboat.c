/* newsboat: newsboat's cache (an SQLite file with rss_feed and rss_item
 * tables), read-only.  Each stored item becomes an article with its
 * feed's title as outlet, its date, link, author and read state; items
 * taken once are remembered (feed "newsboat:FEEDURL", item its guid), so a
 * second run adds only what newsboat fetched since. */
#include "ingest.h"
#include "buf.h"
#include "html.h"
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char *default_cache(void)
{
    buf b = BUF_INIT;
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (xdg && *xdg)
        buf_printf(&b, "%s/newsboat/cache.db", xdg);
    else if (home)
        buf_printf(&b, "%s/.local/share/newsboat/cache.db", home);
    FILE *f = b.data ? fopen(b.data, "rb") : NULL;
    if (f) {
        fclose(f);
        return buf_steal(&b);
    }
    if (home) { /* newsboat's older place */
        buf_clear(&b);
        buf_printf(&b, "%s/.newsboat/cache.db", home);
        f = fopen(b.data, "rb");
        if (f) {
            fclose(f);
            return buf_steal(&b);
        }
    }
    buf_free(&b);
    return NULL;
}

static const char *col(sqlite3_stmt *s, int i)
{
    const char *v = (const char *)sqlite3_column_text(s, i);
    return v && *v ? v : NULL;
}

void ingest_newsboat(ingest *in, const char *path)
{
    char *def = path ? NULL : default_cache();
    const char *p = path ? path : def;
    if (!p) {
        ingest_note(in, 1, "newsboat", "no cache found ($XDG_DATA_HOME/newsboat/cache.db or "
                    "~/.newsboat/cache.db); give its path");
        return;
    }
    sqlite3 *db = NULL;
    buf uri = BUF_INIT;
    int rc = sqlite3_open_v2(p, &db, SQLITE_OPEN_READONLY, NULL);
    sqlite3_stmt *s = NULL;
    static const char sql[] =
        "SELECT i.id, i.guid, i.title, i.author, i.url, i.feedurl, i.pubDate, i.content, i.unread,"
        " f.title FROM rss_item i LEFT JOIN rss_feed f ON f.rssurl = i.feedurl"
        " WHERE i.deleted = 0 ORDER BY i.id";
    if (rc == SQLITE_OK)
        sqlite3_busy_timeout(db, 5000);
    if (rc != SQLITE_OK || sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) {
        char err[400];
        snprintf(err, sizeof err, "not a newsboat cache (%s)", db ? sqlite3_errmsg(db) : "cannot open");
        ingest_note(in, 1, p, err);
        sqlite3_close(db);
        free(def);
        buf_free(&uri);
        return;
    }
    int r = SQLITE_DONE;
    while (!ingest_stopped(in) && !ingest_failed(in) && (r = sqlite3_step(s)) == SQLITE_ROW) {
        const char *guid = col(s, 1), *title = col(s, 2), *author = col(s, 3), *url = col(s, 4);
        const char *feedurl = col(s, 5), *content = col(s, 7), *ftitle = col(s, 9);
        long long id = sqlite3_column_int64(s, 0);
        char idbuf[32];
        snprintf(idbuf, sizeof idbuf, "#%lld", id);
        const char *item = guid ? guid : url ? url : idbuf;
        buf feed = BUF_INIT;
        buf_printf(&feed, "newsboat:%s", feedurl ? feedurl : "");
        if (ingest_seen(in, buf_str(&feed), item) == 0) {
            char where[600], err[300], date[11] = "";
            snprintf(where, sizeof where, "%s: item %lld \"%.80s\"", p, id, title ? title : "");
            time_t t = (time_t)sqlite3_column_int64(s, 6);
            struct tm tm;
            if (t > 0 && gmtime_r(&t, &tm))
                strftime(date, sizeof date, "%Y-%m-%d", &tm);
            size_t tl = 0;
            char *text = content ? html_fragment_text(content, strlen(content), &tl) : NULL;
            char *host = ftitle ? NULL : html_host_of(feedurl);
            doc d;
            if (!text || !tl) {
                ingest_note(in, 1, where, "no text; not imported");
            } else if (ingest_make_doc(&d, url ? url : where, text, tl, title, ftitle ? ftitle : host,
                                       *date ? date : NULL, url, author, DOC_FEED, err, sizeof err) < 0) {
                ingest_note(in, 1, where, err);
            } else {
                ingest_add(in, &d, buf_str(&feed), item, sqlite3_column_int(s, 8) == 0);
            }
            free(text);
            free(host);
        }
        buf_free(&feed);
    }
    if (r != SQLITE_DONE && r != SQLITE_ROW) {
        char err[400];
        snprintf(err, sizeof err, "reading the cache: %s", sqlite3_errmsg(db));
        ingest_note(in, 1, p, err);
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    free(def);
    buf_free(&uri);
}
