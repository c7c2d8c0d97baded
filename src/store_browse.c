/* store_browse: the article list's positions and the read-only flag for
 * the browser.  A position is a count of the rows that sort before the
 * article, the same comparisons as the ORDER BY of store_query.c. */
#include "store_internal.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>
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

/* ---- actors, filtered ------------------------------------------------------ */

int store_browse_actors(store *st, int kind, const char *name, int64_t offset, int64_t limit,
                        store_actor_fn fn, void *ctx)
{
    static const char sql[] =
        "SELECT ac.id, ac.kind, ac.name, ac.n_mentions, ac.n_articles,"
        " (SELECT count(*) FROM actor_sources x WHERE x.actor_id = ac.id), ac.n_quotes"
        " FROM actors ac WHERE (?1 < 0 OR ac.kind = ?1)"
        " AND (?2 IS NULL OR ac.name LIKE '%' || ?2 || '%' ESCAPE '\\')"
        " ORDER BY ac.n_mentions DESC, ac.name LIMIT ?3 OFFSET ?4";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    /* the name's LIKE wildcards taken literally */
    char *pat = NULL;
    if (name && *name) {
        size_t n = strlen(name), o = 0;
        pat = xmalloc(2 * n + 1);
        for (size_t i = 0; i < n; i++) {
            if (name[i] == '%' || name[i] == '_' || name[i] == '\\')
                pat[o++] = '\\';
            pat[o++] = name[i];
        }
        pat[o] = 0;
    }
    sqlite3_bind_int(s, 1, kind);
    store_bind_text(s, 2, pat);
    sqlite3_bind_int64(s, 3, limit < 0 ? -1 : limit);
    sqlite3_bind_int64(s, 4, offset > 0 ? offset : 0);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        store_actor_row r;
        memset(&r, 0, sizeof r);
        r.id = sqlite3_column_int64(s, 0);
        r.kind = (actor_kind)sqlite3_column_int(s, 1);
        r.name = store_col_text(s, 2);
        r.n_mentions = sqlite3_column_int64(s, 3);
        r.n_articles = sqlite3_column_int64(s, 4);
        r.n_sources = sqlite3_column_int64(s, 5);
        r.n_quotes = sqlite3_column_int64(s, 6);
        if (fn(ctx, &r))
            break;
    }
    free(pat);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        store_fail(st, "listing actors");
        sqlite3_reset(s);
        return -1;
    }
    sqlite3_reset(s);
    return 0;
}

/* ---- the articles of an actor ---------------------------------------------- */

#define SNIP_BEFORE 80
#define SNIP_LEN 240

int store_actor_articles(store *st, int64_t actor_id, int64_t offset, int64_t limit,
                         store_mention_article_fn fn, void *ctx)
{
    /* the snippet is cut from the text's bytes (offsets are byte offsets),
     * then trimmed to whole characters here */
    static const char sql[] =
        "SELECT a.id, src.name, a.date, a.title, f.n, f.s, f.e,"
        " substr(CAST(a.text AS BLOB), max(1, f.s + 1 - ?4), ?5), max(0, f.s - ?4)"
        " FROM (SELECT m.article_id aid, count(*) n, min(m.start) s,"
        "        (SELECT m2.end FROM mentions m2 WHERE m2.article_id = m.article_id"
        "         AND m2.actor_id = ?1 ORDER BY m2.start LIMIT 1) e"
        "       FROM mentions m WHERE m.actor_id = ?1 GROUP BY m.article_id) f"
        " JOIN articles a ON a.id = f.aid LEFT JOIN sources src ON src.id = a.source_id"
        " ORDER BY a.date IS NULL, a.date DESC, a.id DESC LIMIT ?2 OFFSET ?3";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, actor_id);
    sqlite3_bind_int64(s, 2, limit < 0 ? -1 : limit);
    sqlite3_bind_int64(s, 3, offset > 0 ? offset : 0);
    sqlite3_bind_int(s, 4, SNIP_BEFORE);
    sqlite3_bind_int(s, 5, SNIP_LEN);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        store_mention_article_row r;
        memset(&r, 0, sizeof r);
        r.id = sqlite3_column_int64(s, 0);
        r.source = store_col_text(s, 1);
        r.date = store_col_text(s, 2);
        r.title = store_col_text(s, 3);
        r.n_mentions = sqlite3_column_int64(s, 4);
        r.start = (size_t)sqlite3_column_int64(s, 5);
        r.end = (size_t)sqlite3_column_int64(s, 6);
        const char *snip = (const char *)sqlite3_column_blob(s, 7);
        size_t len = (size_t)sqlite3_column_bytes(s, 7);
        size_t from = (size_t)sqlite3_column_int64(s, 8);
        size_t at = r.start - from;
        /* whole characters: skip a cut one at the start, drop one at the end */
        size_t b = 0;
        while (b < len && b < at && ((unsigned char)snip[b] & 0xC0) == 0x80)
            b++;
        size_t e = len;
        if (e > 0) {
            size_t k = e;
            while (k > b && ((unsigned char)snip[k - 1] & 0xC0) == 0x80)
                k--;
            if (k > b && (unsigned char)snip[k - 1] >= 0xC0) {
                unsigned char c = (unsigned char)snip[k - 1];
                size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                if (e - (k - 1) < need)
                    e = k - 1;
            }
        }
        r.snippet = snip ? snip + b : "";
        r.snippet_len = e > b ? e - b : 0;
        r.mention_at = at >= b ? at - b : 0;
        r.mention_len = r.end > r.start ? r.end - r.start : 0;
        if (r.mention_at > r.snippet_len)
            r.mention_at = r.snippet_len;
        if (r.mention_at + r.mention_len > r.snippet_len)
            r.mention_len = r.snippet_len - r.mention_at;
        if (fn(ctx, &r))
            break;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        store_fail(st, "listing an actor's articles");
        sqlite3_reset(s);
        return -1;
    }
    sqlite3_reset(s);
    return 0;
}

/* ---- tags ------------------------------------------------------------------- */

int store_article_tags(store *st, int64_t id, char **out)
{
    *out = NULL;
    sqlite3_stmt *s = store_stmt(st, "SELECT tags FROM articles WHERE id = ?1");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, id);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        const char *t = store_col_text(s, 0);
        *out = t && *t ? xstrdup(t) : NULL;
    }
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return store_fail(st, "reading tags");
    return rc == SQLITE_ROW ? 0 : 1;
}

int store_article_set_tags(store *st, int64_t id, const char *tags)
{
    /* normalised: "a, b" */
    size_t n = strlen(tags ? tags : "");
    char *norm = xmalloc(2 * n + 3), *copy = xstrdup(tags ? tags : ""); /* each "," may become ", " */
    size_t o = 0;
    norm[0] = 0;
    for (char *t = strtok(copy, ","); t; t = strtok(NULL, ",")) {
        while (*t == ' ' || *t == '\t')
            t++;
        size_t l = strlen(t);
        while (l && (t[l - 1] == ' ' || t[l - 1] == '\t'))
            t[--l] = 0;
        if (!l)
            continue;
        int dup = 0; /* the same tag twice, in any case */
        for (const char *p = norm; *p && !dup;) {
            const char *e = strstr(p, ", ");
            size_t pl = e ? (size_t)(e - p) : strlen(p);
            dup = pl == l && strncasecmp(p, t, l) == 0;
            p = e ? e + 2 : p + pl;
        }
        if (dup)
            continue;
        if (o) {
            memcpy(norm + o, ", ", 2);
            o += 2;
        }
        memcpy(norm + o, t, l);
        o += l;
        norm[o] = 0;
    }
    free(copy);
    sqlite3_stmt *s = store_stmt(st, "UPDATE articles SET tags = ?2 WHERE id = ?1");
    if (!s) {
        free(norm);
        return -1;
    }
    sqlite3_bind_int64(s, 1, id);
    store_bind_text(s, 2, o ? norm : NULL);
    int rc = store_exec_stmt(st, s, "setting tags");
    free(norm);
    return rc;
}
