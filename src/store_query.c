/* store_query: articles, mentions and quotes, paged through callbacks. */
#include "store_internal.h"
#include "fold.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARTICLE_COLS \
    "a.id, src.name, a.date, a.title, a.url, a.author, a.path, a.read, a.n_people, a.n_places, a.n_quotes"
#define ARTICLE_FROM " FROM articles a LEFT JOIN sources src ON src.id = a.source_id "
#define BY_DATE " ORDER BY a.date DESC, a.id DESC"
#define BY_TITLE " ORDER BY a.title COLLATE NOCASE, a.id"
/* The same orders backwards, walking the same indexes from their end. */
#define BY_DATE_REV " ORDER BY a.date, a.id"
#define BY_TITLE_REV " ORDER BY a.title COLLATE NOCASE DESC, a.id DESC"
#define PAGE " LIMIT ?3 OFFSET ?4"

#define SORT_FILTERS(ORDER)                                                                          \
    {"SELECT " ARTICLE_COLS ARTICLE_FROM " WHERE ?1 IS NULL AND ?2 IS NULL" ORDER PAGE,              \
     "SELECT " ARTICLE_COLS ARTICLE_FROM " WHERE a.source_id = ?1 AND ?2 IS NULL" ORDER PAGE,        \
     "SELECT " ARTICLE_COLS ARTICLE_FROM " WHERE ?1 IS NULL AND a.date >= ?2" ORDER PAGE,            \
     "SELECT " ARTICLE_COLS ARTICLE_FROM " WHERE a.source_id = ?1 AND a.date >= ?2" ORDER PAGE}

/* One statement per direction, sort and filter, so that each can walk its
 * index: [reverse][sort][filter], filter = (source ? 1 : 0) | (since ? 2 : 0).
 * An absent date sorts last (NULL is smallest, and the order descends). */
static const char *const article_sql[2][2][4] = {
    {SORT_FILTERS(BY_DATE), SORT_FILTERS(BY_TITLE)},
    {SORT_FILTERS(BY_DATE_REV), SORT_FILTERS(BY_TITLE_REV)},
};
/* By outlet: outlets in name order, each one's articles newest first (two
 * index walks, no sort), then the articles with no outlet; [reverse]. */
static const char *const by_source_named[2] = {
    "SELECT " ARTICLE_COLS " FROM sources src CROSS JOIN articles a ON a.source_id = src.id"
    " WHERE ?1 IS NULL AND (?2 IS NULL OR a.date >= ?2)"
    " ORDER BY src.name COLLATE NOCASE, src.id, a.date DESC, a.id DESC" PAGE,
    "SELECT " ARTICLE_COLS " FROM sources src CROSS JOIN articles a ON a.source_id = src.id"
    " WHERE ?1 IS NULL AND (?2 IS NULL OR a.date >= ?2)"
    " ORDER BY src.name COLLATE NOCASE DESC, src.id DESC, a.date, a.id" PAGE,
};
static const char *const by_source_none[2] = {
    "SELECT " ARTICLE_COLS ARTICLE_FROM " WHERE a.source_id IS NULL AND ?1 IS NULL"
    " AND (?2 IS NULL OR a.date >= ?2)" BY_DATE PAGE,
    "SELECT " ARTICLE_COLS ARTICLE_FROM " WHERE a.source_id IS NULL AND ?1 IS NULL"
    " AND (?2 IS NULL OR a.date >= ?2)" BY_DATE_REV PAGE,
};
static const char count_none[] =
    "SELECT count(*) FROM articles a WHERE a.source_id IS NULL AND (?1 IS NULL OR a.date >= ?1)";
static const char count_named[] =
    "SELECT count(*) FROM articles a WHERE a.source_id IS NOT NULL AND (?1 IS NULL OR a.date >= ?1)";
/* The whole list's length (the browser's first screen) is the total the
 * counts table keeps (see store_stats_get): count(*) walked a whole index,
 * 10 ms more at 200,000 articles and growing with the store. */
static const char *const count_sql[4] = {
    "SELECT n FROM counts WHERE what = 'articles' AND ?1 IS NULL AND ?2 IS NULL",
    "SELECT count(*) FROM articles a WHERE a.source_id = ?1 AND ?2 IS NULL",
    "SELECT count(*) FROM articles a WHERE ?1 IS NULL AND a.date >= ?2",
    "SELECT count(*) FROM articles a WHERE a.source_id = ?1 AND a.date >= ?2",
};

static void article_read(sqlite3_stmt *s, store_article_row *r)
{
    r->id = sqlite3_column_int64(s, 0);
    r->source = store_col_text(s, 1);
    r->date = store_col_text(s, 2);
    r->title = store_col_text(s, 3);
    r->url = store_col_text(s, 4);
    r->author = store_col_text(s, 5);
    r->path = store_col_text(s, 6);
    r->read = sqlite3_column_int(s, 7);
    r->n_people = sqlite3_column_int64(s, 8);
    r->n_places = sqlite3_column_int64(s, 9);
    r->n_quotes = sqlite3_column_int64(s, 10);
}

static int walk_done(store *st, sqlite3_stmt *s, int rc, const char *what)
{
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        store_fail(st, what);
        sqlite3_reset(s);
        return -1;
    }
    sqlite3_reset(s);
    return 0;
}

/* The outlet whose folded name (case and accents ignored) is name's or
 * begins with it, when one does: 0 when none; -1 when several do, saying
 * which. */
static int64_t source_prefix(store *st, const char *name)
{
    /* outlets are few (a table of names): read them all, in name order */
    static const char sql[] = "SELECT id, name FROM sources ORDER BY name COLLATE NOCASE, id";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    char *want = fold_dup(name);
    size_t wl = strlen(want);
    buf names = BUF_INIT, f = BUF_INIT;
    int64_t id = 0, same = 0;
    int n = 0, rc = SQLITE_DONE;
    while (wl && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        const char *nm = store_col_text(s, 1);
        buf_clear(&f);
        fold_text(&f, nm ? nm : "", nm ? strlen(nm) : 0);
        if (f.len < wl || memcmp(buf_str(&f), want, wl))
            continue;
        if (f.len == wl && !same)
            same = sqlite3_column_int64(s, 0);
        if (++n == 1)
            id = sqlite3_column_int64(s, 0);
        if (n <= 3)
            buf_printf(&names, "%s%s", n > 1 ? ", " : "", nm);
    }
    if (walk_done(st, s, rc, "finding an outlet") < 0) {
        id = -1;
    } else if (same) {
        id = same;
    } else if (n > 1) {
        snprintf(st->err, sizeof st->err, "outlet \"%s\" is the start of %d outlets' names (%s%s): "
                 "give more of the name", name, n, buf_str(&names), n > 3 ? ", ..." : "");
        id = -1;
    }
    free(want);
    buf_free(&names);
    buf_free(&f);
    return id;
}

/* The id of the outlet named name, case ignored, or else of the one outlet
 * whose name begins with it ("nbc" for NBC News): 0 when none, -1 on error
 * or when the start fits several (store_error names them). */
static int64_t source_find(store *st, const char *name)
{
    static const char sql[] = "SELECT id FROM sources WHERE name = ?1 COLLATE NOCASE ORDER BY name = ?1 DESC LIMIT 1";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    store_bind_text(s, 1, name);
    int rc = sqlite3_step(s);
    int64_t id = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    if (walk_done(st, s, rc, "finding an outlet") < 0)
        return -1;
    return id ? id : source_prefix(st, name);
}

/* Runs one page of an article statement; *n counts the rows handed out.
 * Returns 1 when the callback stopped the walk. */
static int article_page(store *st, const char *sql, int64_t source, const char *since, int64_t offset,
                        int64_t limit, store_article_fn fn, void *ctx, int64_t *n)
{
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    if (source > 0)
        sqlite3_bind_int64(s, 1, source);
    store_bind_text(s, 2, since);
    sqlite3_bind_int64(s, 3, limit < 0 ? -1 : limit);
    sqlite3_bind_int64(s, 4, offset > 0 ? offset : 0);
    int rc, stopped = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        store_article_row r;
        article_read(s, &r);
        ++*n;
        if (fn(ctx, &r)) {
            stopped = 1;
            break;
        }
    }
    if (walk_done(st, s, rc, "listing articles") < 0)
        return -1;
    return stopped;
}

int store_articles(store *st, const store_article_query *q, store_article_fn fn, void *ctx)
{
    int64_t source = 0;
    if (q->source) {
        if ((source = source_find(st, q->source)) < 0)
            return -1;
        if (source == 0)
            return 0; /* no such outlet: no articles */
    }
    int filter = (source ? 1 : 0) | (q->since ? 2 : 0);
    int rev = q->reverse ? 1 : 0;
    int64_t n = 0, offset = q->offset > 0 ? q->offset : 0;
    if (q->sort != STORE_SORT_SOURCE || source) {
        int r = article_page(st, article_sql[rev][q->sort == STORE_SORT_TITLE][filter], source, q->since,
                             offset, q->limit, fn, ctx, &n);
        return r < 0 ? -1 : 0;
    }
    /* Named outlets, then the articles with no outlet; backwards, the
     * other way round. */
    const char *first = rev ? by_source_none[1] : by_source_named[0];
    const char *second = rev ? by_source_named[1] : by_source_none[0];
    int r = article_page(st, first, 0, q->since, offset, q->limit, fn, ctx, &n);
    if (r != 0 || (q->limit >= 0 && n >= q->limit))
        return r < 0 ? -1 : 0;
    int64_t done = n;
    if (n == 0 && offset > 0) {
        /* the offset may lie past the first part: skip what it holds */
        sqlite3_stmt *s = store_stmt(st, rev ? count_none : count_named);
        if (!s)
            return -1;
        store_bind_text(s, 1, q->since);
        int rc = sqlite3_step(s);
        int64_t in_first = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
        if (walk_done(st, s, rc, "counting articles") < 0)
            return -1;
        offset -= in_first;
        done = 0;
    } else {
        offset = 0;
    }
    int64_t limit = q->limit < 0 ? -1 : q->limit - done;
    r = article_page(st, second, 0, q->since, offset > 0 ? offset : 0, limit, fn, ctx, &n);
    return r < 0 ? -1 : 0;
}

int64_t store_article_count(store *st, const store_article_query *q)
{
    int64_t source = 0;
    if (q && q->source) {
        if ((source = source_find(st, q->source)) < 0)
            return -1;
        if (source == 0)
            return 0;
    }
    const char *since = q ? q->since : NULL;
    sqlite3_stmt *s = store_stmt(st, count_sql[(source ? 1 : 0) | (since ? 2 : 0)]);
    if (!s)
        return -1;
    if (source)
        sqlite3_bind_int64(s, 1, source);
    store_bind_text(s, 2, since);
    int64_t n = -1;
    if (sqlite3_step(s) == SQLITE_ROW)
        n = sqlite3_column_int64(s, 0);
    else
        store_fail(st, "counting articles");
    sqlite3_reset(s);
    return n;
}

static char *dup_or_null(const char *s)
{
    return s ? xstrdup(s) : NULL;
}

int store_article_get(store *st, int64_t id, store_article *out)
{
    static const char sql[] = "SELECT " ARTICLE_COLS ", a.text" ARTICLE_FROM " WHERE a.id = ?";
    memset(out, 0, sizeof *out);
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, id);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        int r = walk_done(st, s, rc, "reading an article");
        return r < 0 ? -1 : 1;
    }
    store_article_row r;
    article_read(s, &r);
    out->meta = r;
    out->meta.source = dup_or_null(r.source);
    out->meta.date = dup_or_null(r.date);
    out->meta.title = dup_or_null(r.title);
    out->meta.url = dup_or_null(r.url);
    out->meta.author = dup_or_null(r.author);
    out->meta.path = dup_or_null(r.path);
    const char *t = store_col_text(s, 11);
    out->text_len = (size_t)sqlite3_column_bytes(s, 11);
    out->text = xstrndup(t ? t : "", t ? out->text_len : 0);
    sqlite3_reset(s);
    return 0;
}

void store_article_free(store_article *a)
{
    if (!a)
        return;
    free((char *)a->meta.source);
    free((char *)a->meta.date);
    free((char *)a->meta.title);
    free((char *)a->meta.url);
    free((char *)a->meta.author);
    free((char *)a->meta.path);
    free(a->text);
    memset(a, 0, sizeof *a);
}

int store_article_mark_read(store *st, int64_t id, int read)
{
    static const char sql[] = "UPDATE articles SET read = ? WHERE id = ?";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    sqlite3_bind_int(s, 1, read ? 1 : 0);
    sqlite3_bind_int64(s, 2, id);
    return store_exec_stmt(st, s, "marking an article read");
}

int store_mentions(store *st, int64_t article_id, store_mention_fn fn, void *ctx)
{
    static const char sql[] =
        "SELECT m.actor_id, ac.kind, ac.name, m.start, m.end FROM mentions m"
        " JOIN actors ac ON ac.id = m.actor_id WHERE m.article_id = ? ORDER BY m.start, m.end";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, article_id);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        store_mention_row r;
        r.actor_id = sqlite3_column_int64(s, 0);
        r.kind = (actor_kind)sqlite3_column_int(s, 1);
        r.name = store_col_text(s, 2);
        r.start = (size_t)sqlite3_column_int64(s, 3);
        r.end = (size_t)sqlite3_column_int64(s, 4);
        if (fn(ctx, &r))
            break;
    }
    return walk_done(st, s, rc, "listing mentions");
}

/* ---- quotes ------------------------------------------------------------ */

void store_quote_read(sqlite3_stmt *s, int c, store_quote_row *r)
{
    memset(r, 0, sizeof *r);
    r->id = sqlite3_column_int64(s, c + 0);
    r->article_id = sqlite3_column_int64(s, c + 1);
    r->source = store_col_text(s, c + 2);
    r->date = store_col_text(s, c + 3);
    r->title = store_col_text(s, c + 4);
    r->speaker_id = sqlite3_column_int64(s, c + 5);
    r->speaker = store_col_text(s, c + 6);
    r->speaker_text = store_col_text(s, c + 7);
    r->text = store_col_text(s, c + 8);
    r->kind = (quote_kind)sqlite3_column_int(s, c + 9);
    r->cue = store_col_text(s, c + 10);
    r->start = (size_t)sqlite3_column_int64(s, c + 11);
    r->end = (size_t)sqlite3_column_int64(s, c + 12);
    r->has_speaker_span = sqlite3_column_type(s, c + 13) != SQLITE_NULL;
    r->speaker_start = (size_t)sqlite3_column_int64(s, c + 13);
    r->speaker_end = (size_t)sqlite3_column_int64(s, c + 14);
    r->statement_id = sqlite3_column_int64(s, c + 15);
    r->n_elsewhere = sqlite3_column_int64(s, c + 16);
    r->n_reports = sqlite3_column_int64(s, c + 17);
    if (r->n_reports < 1)
        r->n_reports = 1;
    r->bookmark_id = sqlite3_column_int64(s, c + 18);
    r->pieces = store_col_text(s, c + 19);
    r->url = store_col_text(s, c + 20);
}

int store_speaker_ids(store *st, const char *name, buf *json, size_t *n)
{
    int64_t ids[64];
    int k = store_actor_find_ids(st, name, STORE_KIND_SPEAKER, 1, ids, 64);
    if (k < 0)
        return -1;
    buf_addc(json, '[');
    for (int i = 0; i < k; i++)
        buf_printf(json, "%s%lld", i ? "," : "", (long long)ids[i]);
    buf_addc(json, ']');
    *n = (size_t)k;
    return 0;
}

int store_quotes(store *st, const store_quote_query *q, store_quote_fn fn, void *ctx)
{
    static const char by_article[] = "SELECT " STORE_QUOTE_COLS STORE_QUOTE_FROM
        " WHERE q.article_id = ?1 AND (?2 IS NULL OR q.speaker_id IN (SELECT value FROM json_each(?2)))"
        " ORDER BY q.start LIMIT ?3 OFFSET ?4";
    static const char by_statement[] = "SELECT " STORE_QUOTE_COLS STORE_QUOTE_FROM
        " WHERE q.statement_id = ?1 AND (?2 IS NULL OR q.speaker_id IN (SELECT value FROM json_each(?2)))"
        " ORDER BY a.date IS NULL, a.date DESC, a.id DESC, q.start LIMIT ?3 OFFSET ?4";
    static const char by_speaker[] = "SELECT " STORE_QUOTE_COLS STORE_QUOTE_FROM
        " WHERE q.speaker_id IN (SELECT value FROM json_each(?2)) AND ?1 = 0"
        " ORDER BY q.date DESC, q.article_id DESC, q.start LIMIT ?3 OFFSET ?4";
    /* one speaker (the usual case): the index gives the order, no sort */
    static const char by_one_speaker[] = "SELECT " STORE_QUOTE_COLS STORE_QUOTE_FROM
        " WHERE q.speaker_id = ?2 AND ?1 = 0"
        " ORDER BY q.date DESC, q.article_id DESC, q.start LIMIT ?3 OFFSET ?4";
    /* every quote: articles newest first off their date index, each one's
     * quotes in text order off the article index, so a page reads its rows
     * and no more (ordered by the quotes' own date, it sorted every quote:
     * 2.1 s at 200,000 articles); a quote's date is its article's */
    static const char all[] = "SELECT " STORE_QUOTE_COLS
        " FROM articles a CROSS JOIN quotes q ON q.article_id = a.id"
        " LEFT JOIN sources src ON src.id = a.source_id LEFT JOIN actors sp ON sp.id = q.speaker_id"
        " WHERE ?1 = 0 AND ?2 IS NULL"
        " ORDER BY a.date DESC, a.id DESC, q.start LIMIT ?3 OFFSET ?4";
    buf ids = BUF_INIT;
    size_t n_ids = 0;
    int filter = 0;
    if (q->speaker_id > 0) {
        buf_printf(&ids, "[%lld]", (long long)q->speaker_id);
        filter = 1;
        n_ids = 1;
    } else if (q->speaker && *q->speaker) {
        if (store_speaker_ids(st, q->speaker, &ids, &n_ids) < 0) {
            buf_free(&ids);
            return -1;
        }
        if (!n_ids) {
            buf_free(&ids);
            return 0; /* nobody by that name: no quotes */
        }
        filter = 1;
    }
    const char *sql;
    int64_t key = 0;
    if (q->statement_id > 0) {
        sql = by_statement;
        key = q->statement_id;
    } else if (q->article_id > 0) {
        sql = by_article;
        key = q->article_id;
    } else {
        sql = !filter ? all : n_ids == 1 ? by_one_speaker : by_speaker;
    }
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s) {
        buf_free(&ids);
        return -1;
    }
    sqlite3_bind_int64(s, 1, key);
    if (sql == by_one_speaker)
        sqlite3_bind_int64(s, 2, strtoll(buf_str(&ids) + 1, NULL, 10));
    else
        store_bind_text(s, 2, filter ? buf_str(&ids) : NULL);
    sqlite3_bind_int64(s, 3, q->limit < 0 ? -1 : q->limit);
    sqlite3_bind_int64(s, 4, q->offset > 0 ? q->offset : 0);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        store_quote_row r;
        store_quote_read(s, 0, &r);
        if (fn(ctx, &r))
            break;
    }
    buf_free(&ids);
    return walk_done(st, s, rc, "listing quotes");
}

int store_quote_get(store *st, int64_t id, store_quote_fn fn, void *ctx)
{
    static const char sql[] = "SELECT " STORE_QUOTE_COLS STORE_QUOTE_FROM " WHERE q.id = ?";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, id);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        store_quote_row r;
        store_quote_read(s, 0, &r);
        fn(ctx, &r);
        sqlite3_reset(s);
        return 0;
    }
    return walk_done(st, s, rc, "reading a quote") < 0 ? -1 : 1;
}
