/* store_search: full-text search (FTS5) over article text, titles and
 * quotes.  What the user typed is turned into quoted FTS5 terms, so no
 * input reaches FTS5 as syntax. */
#include "store_internal.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define SEARCH_MAX_TERMS 64 /* terms weighed apart; more weigh alike */

/* Where each term of a query sits in its text. */
typedef struct terms {
    size_t start[SEARCH_MAX_TERMS], len[SEARCH_MAX_TERMS];
    size_t n;
} terms;

/* words -> "words"; "a phrase" -> "a phrase"; pre* -> "pre"*; every term
 * must match (FTS5's implicit AND). */
static void fts_query(buf *out, terms *t, const char *q)
{
    const char *p = q;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (!*p)
            break;
        const char *st, *en;
        if (*p == '"') {
            st = ++p;
            while (*p && *p != '"')
                p++;
            en = p;
            if (*p)
                p++;
        } else {
            st = p;
            while (*p && *p != ' ' && *p != '\t' && *p != '\n')
                p++;
            en = p;
        }
        int prefix = en > st && en[-1] == '*';
        if (prefix)
            en--;
        while (en > st && en[-1] == '*')
            en--;
        if (en == st)
            continue;
        if (out->len)
            buf_addc(out, ' ');
        size_t at = out->len;
        buf_addc(out, '"');
        for (const char *c = st; c < en; c++) {
            if (*c == '"')
                buf_addc(out, '"');
            buf_addc(out, *c);
        }
        buf_addc(out, '"');
        if (prefix)
            buf_addc(out, '*');
        if (t->n < SEARCH_MAX_TERMS) {
            t->start[t->n] = at;
            t->len[t->n++] = out->len - at;
        }
    }
}

/* Each term's weight, its inverse document frequency over the articles
 * (BM25's, in the form that stays positive): a rare word counts for more
 * than a common one, the same in article and quote hits.  A single term
 * needs none: weighing it changes no order.  Returns the blob to bind, or
 * NULL for "all alike". */
static double *term_weights(store *st, const buf *q, const terms *t, int *bytes)
{
    static const char total[] = "SELECT n FROM counts WHERE what = 'articles'";
    static const char hits[] = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?";
    if (t->n < 2)
        return NULL;
    sqlite3_stmt *s = store_stmt(st, total);
    if (!s)
        return NULL;
    double n = sqlite3_step(s) == SQLITE_ROW ? (double)sqlite3_column_int64(s, 0) : 0;
    sqlite3_reset(s);
    double *w = xmalloc(t->n * sizeof *w);
    for (size_t i = 0; i < t->n; i++) {
        if (!(s = store_stmt(st, hits))) {
            free(w);
            return NULL;
        }
        sqlite3_bind_text(s, 1, q->data + t->start[i], (int)t->len[i], SQLITE_STATIC);
        double df = sqlite3_step(s) == SQLITE_ROW ? (double)sqlite3_column_int64(s, 0) : 0;
        sqlite3_reset(s);
        if (df > n)
            n = df;
        w[i] = log(1 + (n - df + 0.5) / (df + 0.5));
    }
    *bytes = (int)(t->n * sizeof *w);
    return w;
}

/* ---- bounds ---------------------------------------------------------- */

/* Many prefix terms (300 "a*") make FTS5 merge huge doclists: minutes of
 * work.  A search stops after its time budget, or when the caller's
 * cancel says so (Esc in the browser), with a message saying why. */
typedef struct bound {
    store *st;
    double deadline;
    int timed_out, cancelled;
} bound;

static double mono_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int bound_check(void *arg)
{
    bound *b = arg;
    if (b->cancelled || b->timed_out)
        return 1; /* every statement after the one stopped stops too */
    if (b->st->cancel && b->st->cancel(b->st->cancel_ctx)) {
        b->cancelled = 1;
        return 1;
    }
    if (mono_now() > b->deadline) {
        b->timed_out = 1;
        return 1;
    }
    return 0;
}

void store_set_search_timeout(store *st, int ms)
{
    st->search_ms = ms;
}

void store_set_cancel(store *st, int (*cancel)(void *ctx), void *ctx)
{
    st->cancel = cancel;
    st->cancel_ctx = ctx;
}

static int search_run(store *st, const char *query, int64_t offset, int64_t limit,
                      store_search_fn fn, void *ctx);

int store_search(store *st, const char *query, int64_t offset, int64_t limit,
                 store_search_fn fn, void *ctx)
{
    int ms = st->search_ms > 0 ? st->search_ms : STORE_SEARCH_BUDGET_MS;
    bound b = {st, mono_now() + ms / 1000.0, 0, 0};
    /* every 100 virtual machine steps (the count is per statement, and the
     * weighing runs a short one per term) */
    sqlite3_progress_handler(st->db, 100, bound_check, &b);
    int rc = search_run(st, query, offset, limit, fn, ctx);
    sqlite3_progress_handler(st->db, 0, NULL, NULL);
    if (b.cancelled) {
        snprintf(st->err, sizeof st->err, "search cancelled");
        return -1;
    }
    if (b.timed_out) {
        snprintf(st->err, sizeof st->err, "search stopped after %.3g s (search_timeout): the query asks "
                 "too much; fewer or longer prefix* terms narrow it", ms / 1000.0);
        return -1;
    }
    return rc;
}

static int search_run(store *st, const char *query, int64_t offset, int64_t limit,
                      store_search_fn fn, void *ctx)
{
    /* Rank each index alone and keep only the best offset+limit of each;
     * snippets and joins are then made for the rows shown, not for every
     * match (a common word matches a large part of the store).  The rank
     * (store_rank.c) reads nothing per hit beyond the index itself; equal
     * ranks list the latest stored first. */
    static const char sql[] =
        "WITH a AS (SELECT rowid AS id, newsroom_rank(articles_fts, ?5, 4.0, 1.0) AS r FROM articles_fts"
        "           WHERE articles_fts MATCH ?1 ORDER BY r, id DESC LIMIT ?4),"
        " qq AS (SELECT rowid AS id, newsroom_rank(quotes_fts, ?5) AS r FROM quotes_fts"
        "        WHERE quotes_fts MATCH ?1 ORDER BY r, id DESC LIMIT ?4),"
        " top AS (SELECT 0 AS is_quote, id, r FROM a UNION ALL SELECT 1, id, r FROM qq"
        "         ORDER BY r, is_quote, id DESC LIMIT ?2 OFFSET ?3)"
        "SELECT top.is_quote, top.id, a.id, src.name, a.date, a.title,"
        " CASE top.is_quote"
        "  WHEN 0 THEN (SELECT snippet(articles_fts, -1, '[', ']', '\xE2\x80\xA6', 12) FROM articles_fts"
        "               WHERE articles_fts MATCH ?1 AND rowid = top.id)"
        "  ELSE (SELECT snippet(quotes_fts, 0, '[', ']', '\xE2\x80\xA6', 12) FROM quotes_fts"
        "        WHERE quotes_fts MATCH ?1 AND rowid = top.id) END,"
        " top.r, sp.name"
        " FROM top LEFT JOIN quotes q ON top.is_quote = 1 AND q.id = top.id"
        " JOIN articles a ON a.id = CASE top.is_quote WHEN 0 THEN top.id ELSE q.article_id END"
        " LEFT JOIN sources src ON src.id = a.source_id LEFT JOIN actors sp ON sp.id = q.speaker_id"
        " ORDER BY top.r, top.is_quote, top.id DESC";
    buf q = BUF_INIT;
    terms t = {.n = 0};
    fts_query(&q, &t, query ? query : "");
    if (!q.len) {
        buf_free(&q);
        return 0;
    }
    int wbytes = 0;
    double *w = term_weights(st, &q, &t, &wbytes);
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s) {
        free(w);
        buf_free(&q);
        return -1;
    }
    if (w)
        sqlite3_bind_blob(s, 5, w, wbytes, free);
    store_bind_text(s, 1, buf_str(&q));
    sqlite3_bind_int64(s, 2, limit < 0 ? -1 : limit);
    sqlite3_bind_int64(s, 3, offset > 0 ? offset : 0);
    sqlite3_bind_int64(s, 4, limit < 0 ? -1 : limit + (offset > 0 ? offset : 0));
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        store_search_row r;
        r.is_quote = sqlite3_column_int(s, 0);
        r.id = sqlite3_column_int64(s, 1);
        r.article_id = sqlite3_column_int64(s, 2);
        r.source = store_col_text(s, 3);
        r.date = store_col_text(s, 4);
        r.title = store_col_text(s, 5);
        r.snippet = store_col_text(s, 6);
        r.rank = sqlite3_column_double(s, 7);
        r.speaker = store_col_text(s, 8);
        if (fn(ctx, &r))
            break;
    }
    sqlite3_reset(s);
    buf_free(&q);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return store_fail(st, "searching");
    return 0;
}
