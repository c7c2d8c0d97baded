/* The hot queries of the browser and the command line use indexes: on a
 * store of a thousand articles, none of them walks a whole table (counted
 * by SQLite itself: SQLITE_STMTSTATUS_FULLSCAN_STEP) or builds a temporary
 * automatic index (SQLITE_STMTSTATUS_AUTOINDEX).  The store is reached only
 * through store.h; SQLite's public API lends the connection (an automatic
 * extension) and reports each statement as it finishes (a trace callback),
 * and each plan is printed with EXPLAIN QUERY PLAN for the log. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "buf.h"
#include "doc.h"
#include "extract.h"
#include "lexicon.h"
#include "store.h"
#include "store_filter.h"

#define N_ARTICLES 1000
#define N_PEOPLE 40
/* A query may step through a small table (outlets) or a page of rows; a
 * whole table of the store is several thousand rows. */
#define MAX_FULLSCAN_STEPS 200

static sqlite3 *qp_db;
static char qp_dir[256], qp_path[300];
static store *qp_st;
static lexicon *qp_lx;

typedef struct qp_stat {
    char *sql[64];
    long fullscan[64], autoindex[64], vmstep[64];
    size_t n;
} qp_stat;
static qp_stat qp_cur;

/* Adds what stmt did since its counters were last read.  Statements kept
 * prepared are also swept after each query (swept = 1): only those that
 * did some scanning are noted then. */
static void qp_note(sqlite3_stmt *stmt, int swept)
{
    int fs = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_FULLSCAN_STEP, 1);
    int ai = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_AUTOINDEX, 1);
    int vm = sqlite3_stmt_status(stmt, SQLITE_STMTSTATUS_VM_STEP, 1);
    const char *sql = sqlite3_sql(stmt);
    if (!sql || (swept && fs == 0 && ai == 0 && vm == 0))
        return;
    for (size_t i = 0; i < qp_cur.n; i++) {
        if (strcmp(qp_cur.sql[i], sql) == 0) {
            qp_cur.fullscan[i] += fs;
            qp_cur.autoindex[i] += ai;
            qp_cur.vmstep[i] += vm;
            return;
        }
    }
    if (qp_cur.n < 64) {
        qp_cur.sql[qp_cur.n] = xstrdup(sql);
        qp_cur.fullscan[qp_cur.n] = fs;
        qp_cur.autoindex[qp_cur.n] = ai;
        qp_cur.vmstep[qp_cur.n] = vm;
        qp_cur.n++;
    }
}

static int qp_trace(unsigned type, void *ctx, void *p, void *x)
{
    if (type == SQLITE_TRACE_PROFILE)
        qp_note(p, 0);
    return 0;
}

static int qp_capture(sqlite3 *db, const char **err, const struct sqlite3_api_routines *api)
{
    /* the store's own connection, the first opened (an import opens
     * another to copy its log) */
    if (qp_db)
        return SQLITE_OK;
    qp_db = db;
    sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, qp_trace, NULL);
    return SQLITE_OK;
}

static void qp_reset(void)
{
    for (size_t i = 0; i < qp_cur.n; i++)
        free(qp_cur.sql[i]);
    memset(&qp_cur, 0, sizeof qp_cur);
    /* Statements kept prepared between calls start from zero. */
    for (sqlite3_stmt *s = sqlite3_next_stmt(qp_db, NULL); s; s = sqlite3_next_stmt(qp_db, s)) {
        sqlite3_stmt_status(s, SQLITE_STMTSTATUS_FULLSCAN_STEP, 1);
        sqlite3_stmt_status(s, SQLITE_STMTSTATUS_AUTOINDEX, 1);
        sqlite3_stmt_status(s, SQLITE_STMTSTATUS_VM_STEP, 1);
    }
}

static void qp_plan(const char *sql)
{
    buf b = BUF_INIT;
    buf_printf(&b, "EXPLAIN QUERY PLAN %s", sql);
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(qp_db, b.data, -1, &s, NULL) == SQLITE_OK) {
        while (sqlite3_step(s) == SQLITE_ROW)
            fprintf(stderr, "      %s\n", (const char *)sqlite3_column_text(s, 3));
        sqlite3_finalize(s);
    }
    buf_free(&b);
}

/* Checks every statement the query ran since qp_reset. */
static void qp_check(const char *what)
{
    for (sqlite3_stmt *s = sqlite3_next_stmt(qp_db, NULL); s; s = sqlite3_next_stmt(qp_db, s))
        qp_note(s, 1);
    int bad = 0;
    fprintf(stderr, "%s:\n", what);
    for (size_t i = 0; i < qp_cur.n; i++) {
        const char *sql = qp_cur.sql[i];
        /* FTS5's own shadow-table statements are SQLite's business. */
        if (strncmp(sql, "EXPLAIN", 7) == 0 || strstr(sql, "'main'.'"))
            continue;
        int over = qp_cur.fullscan[i] > MAX_FULLSCAN_STEPS || qp_cur.autoindex[i] > 0;
        fprintf(stderr, "  %s fullscan=%ld autoindex=%ld: %.900s\n", over ? "BAD" : "ok ",
                qp_cur.fullscan[i], qp_cur.autoindex[i], sql);
        qp_plan(sql);
        bad += over;
    }
    assert_int_equal(bad, 0);
    qp_reset();
}

/* ---- a store written for the test ------------------------------------ */
static const char *const firsts[] = {"Anna", "Peter", "Maria", "Olaf", "Sofia", "James",
                                     "Laura", "Kenji", "Ingrid", "Tomas"};
static const char *const lasts[] = {"Keller", "Hale", "Rossi", "Berger"};
static const char *const places[] = {"Geneva", "Kyiv", "Paris", "Warsaw", "Oslo", "Madrid"};
static const char *const outlets[] = {"Example Wire", "Daily Sample", "Test Times",
                                      "Morning Fixture", "Evening Mock"};

static void person(int i, char *out, size_t n)
{
    snprintf(out, n, "%s %s", firsts[i % 10], lasts[(i / 10) % 4]);
}

typedef struct span_list {
    ex_span s[8];
    size_t n;
} span_list;

static size_t add(buf *b, const char *s)
{
    size_t at = b->len;
    buf_adds(b, s);
    return at;
}

/* Article k: three people of the cast and one who speaks in every article
 * (so one speaker has more quotes than any per-speaker window), a place,
 * one quote by each person. */
#define STAR "Marta Lindqvist"
static void add_article(int k)
{
    char who[4][64];
    int pid[3] = {k % N_PEOPLE, (k * 7 + 3) % N_PEOPLE, (k * 13 + 5) % N_PEOPLE};
    if (pid[1] == pid[0]) pid[1] = (pid[1] + 1) % N_PEOPLE;
    if (pid[2] == pid[0] || pid[2] == pid[1]) pid[2] = (pid[2] + 2) % N_PEOPLE;
    const char *last[4];
    for (int i = 0; i < 3; i++) {
        person(pid[i], who[i], sizeof who[i]);
        last[i] = lasts[(pid[i] / 10) % 4];
    }
    snprintf(who[3], sizeof who[3], "%s", STAR);
    last[3] = "Lindqvist";
    const char *place = places[k % 6];

    buf t = BUF_INIT;
    extraction ex;
    memset(&ex, 0, sizeof ex);
    ex.entities = xcalloc(5, sizeof *ex.entities);
    ex.quotes = xcalloc(4, sizeof *ex.quotes);
    span_list ment[5];
    memset(ment, 0, sizeof ment);
    for (int i = 0; i < 4; i++) {
        char line[256];
        size_t p = add(&t, who[i]);
        ment[i].s[ment[i].n++] = (ex_span){p, p + strlen(who[i])};
        add(&t, " spoke in ");
        p = add(&t, place);
        ment[4].s[ment[4].n++] = (ex_span){p, p + strlen(place)};
        snprintf(line, sizeof line, " on day %d. \"Statement %d of article %d about the %s talks",
                 k % 28 + 1, i, k, i % 2 ? "budget" : "ceasefire");
        add(&t, line);
        /* the quoted words start after the opening mark */
        const char *mark = strrchr(t.data, '"');
        size_t qstart = (size_t)(mark - t.data) + 1;
        add(&t, " is ready,\" ");
        size_t qend = t.len - strlen(",\" ");
        p = add(&t, last[i]);
        ment[i].s[ment[i].n++] = (ex_span){p, p + strlen(last[i])};
        add(&t, " said.\n\n");
        ex.quotes[i] = (ex_quote){.start = qstart, .end = qend, .kind = QUOTE_DIRECT,
                                  .cue = xstrdup("said"), .speaker = i, .has_speaker_span = 1,
                                  .speaker_start = p, .speaker_end = p + strlen(last[i]),
                                  .statement = i};
    }
    for (int i = 0; i < 5; i++) {
        ex.entities[i].name = xstrdup(i < 4 ? who[i] : place);
        ex.entities[i].kind = i < 4 ? ACTOR_PERSON : ACTOR_PLACE;
        ex.entities[i].mentions = xmalloc(ment[i].n * sizeof(ex_span));
        memcpy(ex.entities[i].mentions, ment[i].s, ment[i].n * sizeof(ex_span));
        ex.entities[i].n_mentions = ment[i].n;
    }
    ex.n_entities = 5;
    ex.n_quotes = 4;

    char title[128], date[16], path[64];
    snprintf(title, sizeof title, "%s on the talks in %s (%d)", who[0], place, k);
    snprintf(date, sizeof date, "20%02d-%02d-%02d", 20 + k % 6, k % 12 + 1, k % 28 + 1);
    snprintf(path, sizeof path, "a%04d.txt", k);
    doc d;
    memset(&d, 0, sizeof d);
    d.path = path;
    d.format = DOC_PLAIN;
    d.title = title;
    d.source = (char *)outlets[k % 5];
    d.date = date;
    d.raw = t.data;
    d.raw_len = t.len;
    d.body_len = t.len;
    d.text = t.data;
    d.text_len = t.len;
    d.hash = doc_hash(t.data, t.len);
    int64_t id = 0;
    assert_int_equal(store_article_add(qp_st, &d, &ex, qp_lx, &id), STORE_ADDED);
    extraction_free(&ex);
    buf_free(&t);
}

/* Work (SQLite VM steps, FTS5's own statements left out) to add article k
 * in its own transaction; article k + N_PEOPLE * 33 has the same people. */
#define PROBE_AT 300
static long qp_probe_small;

static long probe_add(int k)
{
    qp_reset();
    if (store_begin(qp_st) != 0)
        return -1;
    add_article(100000 + k);
    if (store_commit(qp_st) != 0)
        return -1;
    for (sqlite3_stmt *s = sqlite3_next_stmt(qp_db, NULL); s; s = sqlite3_next_stmt(qp_db, s))
        qp_note(s, 1);
    long steps = 0;
    for (size_t i = 0; i < qp_cur.n; i++) {
        if (strstr(qp_cur.sql[i], "'main'.'"))
            continue;
        steps += qp_cur.vmstep[i];
        if (qp_cur.vmstep[i] > 1000)
            fprintf(stderr, "  %ld VM steps: %.200s\n", qp_cur.vmstep[i], qp_cur.sql[i]);
    }
    qp_reset();
    return steps;
}

static void qp_diag(void *ctx, const char *file, size_t line, size_t col, const char *msg)
{
}

static int setup(void **state)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(qp_dir, sizeof qp_dir, "%s/nrqp.XXXXXX", tmp ? tmp : "/tmp");
    if (!mkdtemp(qp_dir))
        return -1;
    snprintf(qp_path, sizeof qp_path, "%s/store.db", qp_dir);
    sqlite3_auto_extension((void (*)(void))qp_capture);
    char err[512];
    qp_st = store_open(qp_path, STORE_RW, err, sizeof err);
    if (!qp_st) {
        fprintf(stderr, "store_open: %s\n", err);
        return -1;
    }
    const char *dir = lexicon_default_dir();
    qp_lx = lexicon_load(&dir, 1, NULL, qp_diag, NULL);
    for (int k = 0; k < N_ARTICLES; k += 100) {
        if (store_begin(qp_st) != 0)
            return -1;
        for (int j = k; j < k + 100; j++)
            add_article(j);
        if (store_commit(qp_st) != 0)
            return -1;
        if (k + 100 == PROBE_AT)
            qp_probe_small = probe_add(PROBE_AT);
    }
    sqlite3_exec(qp_db, "ANALYZE", NULL, NULL, NULL);
    /* ANALYZE is the store's business: drop its statistics again so the
     * plans are the ones a fresh store gets. */
    sqlite3_exec(qp_db, "DELETE FROM sqlite_stat1", NULL, NULL, NULL);
    sqlite3_exec(qp_db, "ANALYZE sqlite_schema", NULL, NULL, NULL);
    qp_reset();
    return 0;
}

static int teardown(void **state)
{
    qp_reset();
    store_close(qp_st);
    qp_db = NULL;
    lexicon_free(qp_lx);
    sqlite3_reset_auto_extension();
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", qp_dir);
    if (system(cmd) != 0)
        fprintf(stderr, "cannot remove %s\n", qp_dir);
    return 0;
}

#define COUNTER(fn, row) \
    static int fn(void *ctx, const row *r) { ++*(int64_t *)ctx; return 0; }
COUNTER(count_article, store_article_row)
COUNTER(count_quote, store_quote_row)
COUNTER(count_actor, store_actor_row)
COUNTER(count_search, store_search_row)
COUNTER(count_mention, store_mention_row)

static int count_name(void *ctx, const char *name, int64_t id)
{
    ++*(int64_t *)ctx;
    return 0;
}

static int first_actor(void *ctx, const store_actor_row *r)
{
    *(int64_t *)ctx = r->id;
    return 1;
}

static int first_article(void *ctx, const store_article_row *r)
{
    *(int64_t *)ctx = r->id;
    return 1;
}

static void test_quotes_by_speaker(void **state)
{
    int64_t n = 0;
    store_quote_query q = {.speaker = "Maria Hale", .limit = 50};
    assert_int_equal(store_quotes(qp_st, &q, count_quote, &n), 0);
    assert_true(n > 0);
    qp_check("quotes --speaker NAME");
}

static void test_actor_view(void **state)
{
    int64_t actor = 0, n = 0;
    assert_int_equal(store_actor_find(qp_st, "keller", ACTOR_PERSON, 10, first_actor, &actor), 0);
    assert_true(actor > 0);
    qp_check("actor search");
    store_quote_query q = {.speaker_id = actor, .limit = 50};
    assert_int_equal(store_quotes(qp_st, &q, count_quote, &n), 0);
    assert_true(n > 0);
    store_actor_row row;
    char *name = NULL;
    assert_int_equal(store_actor_get(qp_st, actor, &row, &name), 0);
    free(name);
    qp_check("actor view");
    n = 0;
    assert_int_equal(store_actor_complete(qp_st, "kel", 20, count_name, &n), 0);
    qp_check("name completion");
}

/* Steps FTS5's statements on a table took since qp_reset. */
static long qp_steps_on(const char *table)
{
    for (sqlite3_stmt *s = sqlite3_next_stmt(qp_db, NULL); s; s = sqlite3_next_stmt(qp_db, s))
        qp_note(s, 1);
    long steps = 0;
    for (size_t i = 0; i < qp_cur.n; i++)
        if (strstr(qp_cur.sql[i], table))
            steps += qp_cur.vmstep[i];
    return steps;
}

static void test_search(void **state)
{
    int64_t n = 0;
    assert_int_equal(store_search(qp_st, "ceasefire article", 0, 20,
                                  count_search, &n), 0);
    assert_true(n > 0);
    qp_check("search");
    /* Ranking a word found in every article reads no row's length (the
     * per-match lookup in the size table was most of a search's time):
     * only the snippets of the rows shown read theirs. */
    n = 0;
    assert_int_equal(store_search(qp_st, "ceasefire", 0, 20, count_search, &n), 0);
    assert_int_equal(n, 20);
    long sized = qp_steps_on("_docsize'");
    fprintf(stderr, "search of a word in every article: %ld steps on the size tables\n", sized);
    assert_true(sized < 20 * 20);
    qp_check("search, a word in every article");
}

/* Every statement that adds an article uses an index; grouping a quote
 * reads the speaker's earlier quotes off the speaker index alone, and
 * their statements by key. */
static void test_import_plans(void **state)
{
    qp_reset();
    assert_int_equal(store_begin(qp_st), 0);
    add_article(200000);
    assert_int_equal(store_commit(qp_st), 0);
    int grouped = 0;
    for (sqlite3_stmt *s = sqlite3_next_stmt(qp_db, NULL); s; s = sqlite3_next_stmt(qp_db, s)) {
        const char *sql = sqlite3_sql(s);
        if (!sql || !strstr(sql, "SELECT q.statement_id, s.sig FROM quotes q"))
            continue;
        buf b = BUF_INIT;
        buf_printf(&b, "EXPLAIN QUERY PLAN %s", sql);
        sqlite3_stmt *e;
        assert_int_equal(sqlite3_prepare_v2(qp_db, b.data, -1, &e, NULL), SQLITE_OK);
        while (sqlite3_step(e) == SQLITE_ROW) {
            /* and each candidate's statement by its key */
            const char *detail = (const char *)sqlite3_column_text(e, 3);
            if (strstr(detail, "SEARCH s "))
                assert_non_null(strstr(detail, "INTEGER PRIMARY KEY"));
            else
                assert_non_null(strstr(detail, "COVERING INDEX quotes_by_speaker "));
            grouped++;
        }
        sqlite3_finalize(e);
        buf_free(&b);
    }
    assert_true(grouped > 0);
    qp_check("adding an article");
    /* the end of an import: lone surnames to their persons, by index */
    assert_int_equal(store_actor_surnames(qp_st, NULL), 0);
    qp_check("joining surnames");
}

static void test_first_screen(void **state)
{
    store_stats stats;
    assert_int_equal(store_stats_get(qp_st, &stats), 0);
    assert_int_equal(stats.articles, N_ARTICLES + 1);   /* and the first probe */
    qp_check("status line counts");
    /* The first page of the list, newest first (a later page costs its
     * offset: OFFSET paging). */
    int64_t n0 = 0;
    store_article_query q0 = {.sort = STORE_SORT_DATE, .offset = 0, .limit = 50};
    assert_int_equal(store_articles(qp_st, &q0, count_article, &n0), 0);
    assert_int_equal(n0, 50);
    qp_check("article list, newest first");
    int64_t id = 0;
    store_article_query q = {.sort = STORE_SORT_DATE, .limit = 1};
    store_articles(qp_st, &q, first_article, &id);
    assert_true(id > 0);
    qp_reset();
    store_article a;
    assert_int_equal(store_article_get(qp_st, id, &a), 0);
    store_article_free(&a);
    int64_t n = 0;
    assert_int_equal(store_mentions(qp_st, id, count_mention, &n), 0);
    store_actor_query aq = {.kind = -1, .article_id = id, .limit = -1};
    assert_int_equal(store_actors(qp_st, &aq, count_actor, &n), 0);
    store_quote_query qq = {.article_id = id, .limit = -1};
    assert_int_equal(store_quotes(qp_st, &qq, count_quote, &n), 0);
    assert_true(n > 0);
    qp_check("article view (text, mentions, panes)");
}

/* The plan of every statement run since qp_reset, one detail a line. */
static void qp_plans_run(buf *out, long *steps)
{
    for (sqlite3_stmt *s = sqlite3_next_stmt(qp_db, NULL); s; s = sqlite3_next_stmt(qp_db, s))
        qp_note(s, 1);
    *steps = 0;
    for (size_t i = 0; i < qp_cur.n; i++) {
        const char *sql = qp_cur.sql[i];
        if (strncmp(sql, "EXPLAIN", 7) == 0 || strstr(sql, "'main'.'"))
            continue;
        *steps += qp_cur.vmstep[i];
        buf b = BUF_INIT;
        buf_printf(&b, "EXPLAIN QUERY PLAN %s", sql);
        sqlite3_stmt *e;
        assert_int_equal(sqlite3_prepare_v2(qp_db, b.data, -1, &e, NULL), SQLITE_OK);
        while (sqlite3_step(e) == SQLITE_ROW)
            buf_printf(out, "%s\n", (const char *)sqlite3_column_text(e, 3));
        sqlite3_finalize(e);
        buf_free(&b);
    }
    qp_reset();
}

/* The length of the whole list (the browser's first screen) is the kept
 * total, not a count over an index of every article. */
static void test_first_screen_total(void **state)
{
    qp_reset();
    store_article_query all = {.limit = -1};
    assert_int_equal(store_article_count(qp_st, &all), N_ARTICLES + 1);
    buf plan = BUF_INIT;
    long steps;
    qp_plans_run(&plan, &steps);
    fprintf(stderr, "the list's length (%ld VM steps):\n%s", steps, buf_str(&plan));
    assert_non_null(strstr(buf_str(&plan), "SEARCH counts"));
    assert_null(strstr(buf_str(&plan), "SCAN"));
    assert_true(steps < 100);
    buf_free(&plan);
}

/* The header's unread count comes from the kept totals, not a walk over
 * every article row, and follows each article marked read or unread. */
static void test_unread_total(void **state)
{
    qp_reset();
    int64_t all = store_unread_count(qp_st);
    assert_int_equal(all, N_ARTICLES + 1);
    buf plan = BUF_INIT;
    long steps;
    qp_plans_run(&plan, &steps);
    fprintf(stderr, "the unread count (%ld VM steps):\n%s", steps, buf_str(&plan));
    assert_non_null(strstr(buf_str(&plan), "SEARCH counts"));
    assert_null(strstr(buf_str(&plan), "SCAN articles"));
    assert_true(steps < 100);
    buf_free(&plan);
    assert_int_equal(store_article_mark_read(qp_st, 1, 1), 0);
    assert_int_equal(store_article_mark_read(qp_st, 1, 1), 0); /* twice: counted once */
    assert_int_equal(store_article_mark_read(qp_st, 2, 1), 0);
    assert_int_equal(store_unread_count(qp_st), all - 2);
    assert_int_equal(store_article_mark_read(qp_st, 1, 0), 0);
    assert_int_equal(store_article_mark_read(qp_st, 2, 0), 0);
    assert_int_equal(store_unread_count(qp_st), all);
}

/* quotes --limit 50 without a speaker: a page of rows read in the order an
 * index gives, with no sort of every quote. */
static void test_all_quotes_page(void **state)
{
    qp_reset();
    int64_t n = 0;
    store_quote_query q = {.limit = 50};
    assert_int_equal(store_quotes(qp_st, &q, count_quote, &n), 0);
    assert_int_equal(n, 50);
    buf plan = BUF_INIT;
    long steps;
    qp_plans_run(&plan, &steps);
    fprintf(stderr, "quotes --limit 50 (%ld VM steps):\n%s", steps, buf_str(&plan));
    assert_null(strstr(buf_str(&plan), "TEMP B-TREE"));
    assert_non_null(strstr(buf_str(&plan), "INDEX articles_by_date"));
    /* 4,000 quotes in the store; a sort reads them all */
    assert_true(steps < 50 * 400);
    buf_free(&plan);
}

static void test_sorted_list(void **state)
{
    int64_t n = 0;
    store_article_query q = {.sort = STORE_SORT_TITLE, .offset = 0, .limit = 50};
    assert_int_equal(store_articles(qp_st, &q, count_article, &n), 0);
    assert_int_equal(n, 50);
    qp_check("article list by title");
}

/* Adding an article costs the same in a store three times as large: no
 * step of the import reads everything an actor ever said. */
static void test_import_cost(void **state)
{
    long big = probe_add(PROBE_AT + N_PEOPLE * 30);
    fprintf(stderr, "adding one article: %ld VM steps at %d articles, %ld at %d\n",
            qp_probe_small, PROBE_AT, big, N_ARTICLES);
    assert_true(qp_probe_small > 0);
    assert_true(big < qp_probe_small * 3 / 2);
}

typedef struct id_list {
    int64_t id[64];
    int n;
} id_list;

static int collect_article(void *ctx, const store_article_row *r)
{
    id_list *l = ctx;
    if (l->n < 64)
        l->id[l->n++] = r->id;
    return 0;
}

/* The last page of the list (the browser's G) read backwards from the end:
 * the same rows as the forward page at the end, last first, at the cost of
 * one index seek, in every sort order. */
static void test_list_end(void **state)
{
    static const store_sort sorts[] = {STORE_SORT_DATE, STORE_SORT_TITLE, STORE_SORT_SOURCE};
    static const char *const what[] = {"article list end, by date", "article list end, by title",
                                       "article list end, by outlet"};
    store_article_query all = {.limit = -1};
    int64_t count = store_article_count(qp_st, &all);
    assert_true(count > 100);
    for (int k = 0; k < 3; k++) {
        id_list fwd = {{0}, 0}, back = {{0}, 0};
        store_article_query q = {.sort = sorts[k], .offset = count - 50, .limit = 50};
        assert_int_equal(store_articles(qp_st, &q, collect_article, &fwd), 0);
        assert_int_equal(fwd.n, 50);
        qp_reset();
        store_article_query r = {.sort = sorts[k], .offset = 0, .limit = 50, .reverse = 1};
        assert_int_equal(store_articles(qp_st, &r, collect_article, &back), 0);
        qp_check(what[k]);
        assert_int_equal(back.n, 50);
        for (int i = 0; i < 50; i++)
            assert_int_equal(back.id[i], fwd.id[49 - i]);
        /* and a page backwards from a little before the end */
        id_list fwd2 = {{0}, 0}, back2 = {{0}, 0};
        store_article_query q2 = {.sort = sorts[k], .offset = count - 60, .limit = 20};
        assert_int_equal(store_articles(qp_st, &q2, collect_article, &fwd2), 0);
        store_article_query r2 = {.sort = sorts[k], .offset = 40, .limit = 20, .reverse = 1};
        assert_int_equal(store_articles(qp_st, &r2, collect_article, &back2), 0);
        qp_reset();
        assert_int_equal(back2.n, 20);
        for (int i = 0; i < 20; i++)
            assert_int_equal(back2.id[i], fwd2.id[19 - i]);
    }
}

static void test_filtered_list(void **state)
{
    int64_t n = 0;
    store_article_query q = {.source = "Test Times", .since = "2024-01-01", .limit = 50};
    assert_int_equal(store_articles(qp_st, &q, count_article, &n), 0);
    assert_true(n > 0);
    qp_check("articles --source --since");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quotes_by_speaker),
        cmocka_unit_test(test_actor_view),
        cmocka_unit_test(test_search),
        cmocka_unit_test(test_first_screen),
        cmocka_unit_test(test_first_screen_total),
        cmocka_unit_test(test_unread_total),
        cmocka_unit_test(test_all_quotes_page),
        cmocka_unit_test(test_sorted_list),
        cmocka_unit_test(test_list_end),
        cmocka_unit_test(test_filtered_list),
        cmocka_unit_test(test_import_cost),
        cmocka_unit_test(test_import_plans),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
