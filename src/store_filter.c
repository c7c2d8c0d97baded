/* store_filter: one WHERE clause for every filter (each part off when its
 * parameter is NULL, 0 or -1), so each order is one cached statement. */
#include "store_internal.h"
#include "store_filter.h"

#define COLS \
    "a.id, src.name, a.date, a.title, a.url, a.author, a.path, a.read, a.n_people, a.n_places, a.n_quotes"
#define FROM " FROM articles a LEFT JOIN sources src ON src.id = a.source_id"
#define WHERE                                                                                      \
    " WHERE (?1 = 0 OR a.read = 0)"                                                                \
    " AND (?2 IS NULL OR src.name LIKE ?2 || '%')"                                                 \
    " AND (?3 IS NULL OR a.date >= ?3)"                                                            \
    " AND (?4 IS NULL OR a.date < date(?4, '+1 day'))"                                             \
    " AND (?5 IS NULL OR (', ' || a.tags || ', ') LIKE '%, ' || ?5 || ', %')"                      \
    " AND (?6 = 0 OR EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = ?6 AND m.article_id = a.id))" \
    " AND (?7 < 0 OR EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND q.kind = ?7))"
#define PAGE " LIMIT ?8 OFFSET ?9"

/* [sort][descending]: descending is the other way round from the list's
 * usual order (store_query.c's), an absent date or outlet last. */
static const char *const list_sql[3][2] = {
    { "SELECT " COLS FROM WHERE " ORDER BY a.date DESC, a.id DESC" PAGE,
      "SELECT " COLS FROM WHERE " ORDER BY a.date, a.id" PAGE },
    { "SELECT " COLS FROM WHERE
      " ORDER BY src.name IS NULL, src.name COLLATE NOCASE, src.id, a.date DESC, a.id DESC" PAGE,
      "SELECT " COLS FROM WHERE
      " ORDER BY src.name IS NULL DESC, src.name COLLATE NOCASE DESC, src.id DESC, a.date, a.id" PAGE },
    { "SELECT " COLS FROM WHERE " ORDER BY a.title COLLATE NOCASE, a.id" PAGE,
      "SELECT " COLS FROM WHERE " ORDER BY a.title COLLATE NOCASE DESC, a.id DESC" PAGE },
};
static const char count_sql[] = "SELECT count(*)" FROM WHERE;

int store_filter_active(const store_filter *f)
{
    return f && (f->unread_only || (f->outlet && *f->outlet) || f->from || f->to || (f->tag && *f->tag) ||
                 f->actor_id > 0 || f->quote_kind >= 0 || f->reverse);
}

static void bind_filter(sqlite3_stmt *s, const store_filter *f)
{
    sqlite3_bind_int(s, 1, f->unread_only ? 1 : 0);
    store_bind_text(s, 2, f->outlet && *f->outlet ? f->outlet : NULL);
    store_bind_text(s, 3, f->from);
    store_bind_text(s, 4, f->to);
    store_bind_text(s, 5, f->tag && *f->tag ? f->tag : NULL);
    sqlite3_bind_int64(s, 6, f->actor_id > 0 ? f->actor_id : 0);
    sqlite3_bind_int(s, 7, f->quote_kind);
}

static int finish(store *st, sqlite3_stmt *s, int rc, const char *what)
{
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        store_fail(st, what);
        sqlite3_reset(s);
        return -1;
    }
    sqlite3_reset(s);
    return 0;
}

int store_filter_articles(store *st, const store_filter *f, store_sort sort, int64_t offset, int64_t limit,
                          int backwards, store_article_fn fn, void *ctx)
{
    int so = sort == STORE_SORT_SOURCE ? 1 : sort == STORE_SORT_TITLE ? 2 : 0;
    int desc = (f->reverse ? 1 : 0) ^ (backwards ? 1 : 0);
    sqlite3_stmt *s = store_stmt(st, list_sql[so][desc]);
    if (!s)
        return -1;
    bind_filter(s, f);
    sqlite3_bind_int64(s, 8, limit < 0 ? -1 : limit);
    sqlite3_bind_int64(s, 9, offset > 0 ? offset : 0);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        store_article_row r;
        r.id = sqlite3_column_int64(s, 0);
        r.source = store_col_text(s, 1);
        r.date = store_col_text(s, 2);
        r.title = store_col_text(s, 3);
        r.url = store_col_text(s, 4);
        r.author = store_col_text(s, 5);
        r.path = store_col_text(s, 6);
        r.read = sqlite3_column_int(s, 7);
        r.n_people = sqlite3_column_int64(s, 8);
        r.n_places = sqlite3_column_int64(s, 9);
        r.n_quotes = sqlite3_column_int64(s, 10);
        if (fn(ctx, &r))
            break;
    }
    return finish(st, s, rc, "listing articles");
}

int64_t store_filter_count(store *st, const store_filter *f)
{
    sqlite3_stmt *s = store_stmt(st, count_sql);
    if (!s)
        return -1;
    bind_filter(s, f);
    int rc = sqlite3_step(s);
    int64_t n = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    return finish(st, s, rc, "counting articles") < 0 ? -1 : n;
}

typedef struct seek {
    int64_t id, at, found;
} seek;

static int seek_row(void *ctx, const store_article_row *r)
{
    seek *k = ctx;
    if (r->id == k->id) {
        k->found = k->at;
        return 1;
    }
    k->at++;
    return 0;
}

/* A walk over the filtered rows: a filtered list is the part of the store
 * the reader narrowed it to. */
int64_t store_filter_position(store *st, const store_filter *f, store_sort sort, int64_t id)
{
    seek k = { id, 0, -1 };
    if (store_filter_articles(st, f, sort, 0, -1, 0, seek_row, &k) != 0)
        return -1;
    return k.found;
}

int64_t store_unread_count(store *st)
{
    /* from the kept totals (schema 13): no walk over the articles */
    sqlite3_stmt *s = store_stmt(st, "SELECT (SELECT n FROM counts WHERE what = 'articles')"
                                     " - (SELECT n FROM counts WHERE what = 'read')");
    if (!s)
        return -1;
    int rc = sqlite3_step(s);
    int64_t n = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    return finish(st, s, rc, "counting unread articles") < 0 ? -1 : n;
}

int64_t store_filter_mark_read(store *st, const store_filter *f)
{
    static const char sql[] =
        "UPDATE articles SET read = 1 WHERE read = 0 AND id IN (SELECT a.id" FROM WHERE ")";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    bind_filter(s, f);
    if (store_exec_stmt(st, s, "marking articles read") != 0)
        return -1;
    return sqlite3_changes(st->db);
}
