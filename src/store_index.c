/* The order indexes a bulk import leaves out and builds when it ends.
 *
 * Lists by date, outlet and title, a speaker's quotes by date and an
 * actor's mentions are each kept in an index whose key has nothing to do
 * with the order articles arrive in.  On a large store every new entry
 * lands on an index page of its own, and an import spends its time moving
 * through those B-trees.  Built once at the end, each is one sort
 * (200,000 articles: 18 s to build all six, against some 50 s more of
 * import to keep them all along).
 * Nothing an import reads needs them; readers meanwhile get the same
 * answers, sorted the slow way. */
#include "store_internal.h"
#include <stdio.h>
#include <string.h>

/* The final definition of each index, as the migrations in store.c leave
 * it, to the space (SQLite keeps the text; a unit test compares the two). */
static const struct order_index {
    const char *name, *table, *create;
} order_indexes[] = {
    {"articles_by_date", "articles",
     "CREATE INDEX IF NOT EXISTS articles_by_date ON articles(date DESC, id DESC)"},
    {"articles_by_source", "articles",
     "CREATE INDEX IF NOT EXISTS articles_by_source ON articles(source_id, date DESC, id DESC)"},
    {"articles_by_title", "articles",
     "CREATE INDEX IF NOT EXISTS articles_by_title ON articles(title COLLATE NOCASE, id)"},
    {"quotes_by_speaker_date", "quotes",
     "CREATE INDEX IF NOT EXISTS quotes_by_speaker_date ON quotes(speaker_id, date DESC,"
     " article_id DESC, start)  WHERE speaker_id IS NOT NULL"},
    {"quotes_by_statement", "quotes",
     "CREATE INDEX IF NOT EXISTS quotes_by_statement ON quotes(statement_id, article_id)"},
    {"mentions_by_actor", "mentions",
     "CREATE INDEX IF NOT EXISTS mentions_by_actor ON mentions(actor_id, article_id)"},
};
#define N_ORDER_INDEXES (sizeof order_indexes / sizeof order_indexes[0])

static int index_exists(store *st, const char *name)
{
    static const char sql[] = "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return store_fail(st, "reading the schema");
    return rc == SQLITE_ROW;
}

/* Runs the statements of one kind (drop: 1) for the indexes that need it,
 * all in one transaction; *n counts them. */
static int indexes_change(store *st, int drop, int *n)
{
    int built[N_ORDER_INDEXES] = {0};
    *n = 0;
    if (store_begin(st) < 0)
        return -1;
    for (size_t i = 0; i < N_ORDER_INDEXES; i++) {
        int e = index_exists(st, order_indexes[i].name);
        if (e < 0)
            goto fail;
        if (e == !drop)
            continue;
        char sql[128];
        const char *run = order_indexes[i].create;
        if (drop) {
            snprintf(sql, sizeof sql, "DROP INDEX IF EXISTS %s", order_indexes[i].name);
            run = sql;
        }
        if (store_exec(st, run) < 0)
            goto fail;
        built[i] = 1;
        (*n)++;
    }
    /* A new index has no statistics, and the planner guesses without
     * them; sampled as store_close does, a table's take milliseconds. */
    for (size_t i = 0; i < N_ORDER_INDEXES && !drop; i++) {
        int again = 0;
        for (size_t k = 0; k < i; k++)
            again |= built[k] && !strcmp(order_indexes[k].table, order_indexes[i].table);
        if (!built[i] || again)
            continue;
        char sql[128];
        snprintf(sql, sizeof sql, "PRAGMA analysis_limit = 1000; ANALYZE %s", order_indexes[i].table);
        if (store_exec(st, sql) < 0)
            goto fail;
    }
    if (store_commit(st) < 0)
        goto fail;
    return 0;
fail:;
    char keep[sizeof st->err];
    memcpy(keep, st->err, sizeof keep);
    store_rollback(st);
    snprintf(st->err, sizeof st->err, "%s the order indexes: %.400s", drop ? "dropping" : "building",
             keep);
    return -1;
}

int store_indexes_defer(store *st)
{
    int n;
    return indexes_change(st, 1, &n) < 0 ? -1 : n;
}

int store_indexes_build(store *st)
{
    int n;
    /* the sort that builds each index may use the other core */
    store_exec(st, "PRAGMA threads = 2");
    int rc = indexes_change(st, 0, &n);
    store_exec(st, "PRAGMA threads = 0");
    return rc < 0 ? -1 : n;
}

int store_indexes_missing(store *st)
{
    int n = 0;
    for (size_t i = 0; i < N_ORDER_INDEXES; i++) {
        int e = index_exists(st, order_indexes[i].name);
        if (e < 0)
            return -1;
        n += !e;
    }
    return n;
}
