/* Unit tests for the store: schema and migrations, adding and dedup, actor
 * resolution and finding, statements, bookmarks across re-extraction,
 * full-text search and paging.  Extractions are built by hand here, so the
 * tests do not depend on what the extractor finds. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "buf.h"
#include "store.h"
#include "store_internal.h"
#include "store_fixture.h"

static int setup(void **state)
{
    return store_fixture_setup(state, "/tmp/nrstoreXXXXXX", "sub/test.db");
}

/* ---- building documents and extractions by hand -------------------------- */

static void make_doc(doc *d, const char *text, const char *source, const char *date, const char *title)
{
    memset(d, 0, sizeof *d);
    d->path = xstrdup("mem");
    d->text = xstrdup(text);
    d->text_len = strlen(text);
    d->title = xstrdup(title);
    d->source = source ? xstrdup(source) : NULL;
    d->date = date ? xstrdup(date) : NULL;
    d->hash = doc_hash(d->text, d->text_len);
}

/* Adds an entity with a mention at every place its surface form occurs. */
static int add_entity(extraction *ex, const char *text, const char *name, actor_kind kind, const char *surface)
{
    ex->entities = xrealloc(ex->entities, (ex->n_entities + 1) * sizeof *ex->entities);
    ex_entity *e = &ex->entities[ex->n_entities];
    memset(e, 0, sizeof *e);
    e->name = xstrdup(name);
    e->kind = kind;
    for (const char *p = strstr(text, surface); p; p = strstr(p + 1, surface)) {
        e->mentions = xrealloc(e->mentions, (e->n_mentions + 1) * sizeof *e->mentions);
        e->mentions[e->n_mentions].start = (size_t)(p - text);
        e->mentions[e->n_mentions].end = (size_t)(p - text) + strlen(surface);
        e->n_mentions++;
    }
    return (int)ex->n_entities++;
}

static void add_quote(extraction *ex, const char *text, const char *words, int speaker, quote_kind kind)
{
    const char *p = strstr(text, words);
    assert_non_null(p);
    ex->quotes = xrealloc(ex->quotes, (ex->n_quotes + 1) * sizeof *ex->quotes);
    ex_quote *q = &ex->quotes[ex->n_quotes++];
    memset(q, 0, sizeof *q);
    q->start = (size_t)(p - text);
    q->end = q->start + strlen(words);
    q->kind = kind;
    q->cue = xstrdup("said");
    q->speaker = speaker;
    if (speaker >= 0 && ex->entities[speaker].n_mentions) {
        q->has_speaker_span = 1;
        q->speaker_start = ex->entities[speaker].mentions[0].start;
        q->speaker_end = ex->entities[speaker].mentions[0].end;
    }
}

static const char *const TEXT_A =
    "Ukrainian President Volodymyr Zelenskyy said: \"We are ready for peace talks at the highest level.\" "
    "Press secretary Karoline Leavitt said \"the president wants this war to end\" on Friday in Kyiv.";
static const char *const TEXT_B =
    "Zelensky told reporters \"we are ready for peace talks at the highest level\" in Kyiv. "
    "Leavitt added that \"nothing is decided yet about the meeting\".";

static int64_t add_a(store *st)
{
    doc d;
    extraction ex = {0};
    make_doc(&d, TEXT_A, "Outlet A", "2025-08-06", "Zelenskyy ready for talks");
    int z = add_entity(&ex, TEXT_A, "Volodymyr Zelenskyy", ACTOR_PERSON, "Zelenskyy");
    int l = add_entity(&ex, TEXT_A, "Karoline Leavitt", ACTOR_PERSON, "Karoline Leavitt");
    add_entity(&ex, TEXT_A, "Kyiv", ACTOR_PLACE, "Kyiv");
    add_quote(&ex, TEXT_A, "We are ready for peace talks at the highest level.", z, QUOTE_DIRECT);
    add_quote(&ex, TEXT_A, "the president wants this war to end", l, QUOTE_PARTIAL);
    int64_t id = 0;
    assert_int_equal(store_begin(st), 0);
    assert_int_equal(store_article_add(st, &d, &ex, NULL, &id), STORE_ADDED);
    assert_int_equal(store_commit(st), 0);
    extraction_free(&ex);
    doc_free(&d);
    return id;
}

static int64_t add_b(store *st)
{
    doc d;
    extraction ex = {0};
    make_doc(&d, TEXT_B, "Outlet B", "2025-08-08", "Zelensky in Kyiv");
    int z = add_entity(&ex, TEXT_B, "Volodymyr Zelensky", ACTOR_PERSON, "Zelensky");
    int l = add_entity(&ex, TEXT_B, "Leavitt", ACTOR_PERSON, "Leavitt");
    add_entity(&ex, TEXT_B, "Kyiv", ACTOR_PLACE, "Kyiv");
    add_quote(&ex, TEXT_B, "we are ready for peace talks at the highest level", z, QUOTE_DIRECT);
    add_quote(&ex, TEXT_B, "nothing is decided yet about the meeting", l, QUOTE_PARTIAL);
    int64_t id = 0;
    assert_int_equal(store_begin(st), 0);
    assert_int_equal(store_article_add(st, &d, &ex, NULL, &id), STORE_ADDED);
    assert_int_equal(store_commit(st), 0);
    extraction_free(&ex);
    doc_free(&d);
    return id;
}

/* ---- callbacks that collect rows ------------------------------------------ */

typedef struct names {
    char name[16][128];
    int64_t id[16];
    int64_t n_other[16];
    int n;
} names;

static int collect_actor(void *ctx, const store_actor_row *r)
{
    names *n = ctx;
    if (n->n < 16) {
        snprintf(n->name[n->n], 128, "%s", r->name);
        n->id[n->n] = r->id;
        n->n_other[n->n] = r->n_other_sources;
        n->n++;
    }
    return 0;
}

typedef struct quotes {
    store_quote_row row[16];
    char text[16][200];
    char speaker[16][64];
    char source[16][64];
    int n;
} quotes;

static int collect_quote(void *ctx, const store_quote_row *r)
{
    quotes *q = ctx;
    if (q->n < 16) {
        q->row[q->n] = *r;
        snprintf(q->text[q->n], 200, "%s", r->text ? r->text : "");
        snprintf(q->speaker[q->n], 64, "%s", r->speaker ? r->speaker : "");
        snprintf(q->source[q->n], 64, "%s", r->source ? r->source : "");
        q->n++;
    }
    return 0;
}

/* ---- tests ------------------------------------------------------------- */

static int64_t user_version(const char *path)
{
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_stmt *s;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL);
    int64_t v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    sqlite3_finalize(s);
    sqlite3_close(db);
    return v;
}

static int hits_count;
static int count_hit(void *ctx, const store_search_row *r)
{
    (void)ctx;
    (void)r;
    hits_count++;
    return 0;
}

static void test_schema_and_migrations(void **state)
{
    fixture *f = *state;
    assert_int_equal(user_version(f->path), STORE_SCHEMA_VERSION);
    store_close(f->st);
    char err[256];
    /* reopening is a no-op */
    f->st = store_open(f->path, STORE_RW, err, sizeof err);
    assert_non_null(f->st);
    store_close(f->st);
    f->st = NULL;

    /* a newer schema is refused, and left alone */
    sqlite3 *db;
    sqlite3_open(f->path, &db);
    sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
    sqlite3_close(db);
    assert_null(store_open(f->path, STORE_RW, err, sizeof err));
    assert_non_null(strstr(err, "newer"));
    assert_int_equal(user_version(f->path), 99);
    sqlite3_open(f->path, &db);
    char back[64];
    snprintf(back, sizeof back, "PRAGMA user_version = %d", STORE_SCHEMA_VERSION);
    sqlite3_exec(db, back, NULL, NULL, NULL);
    sqlite3_close(db);

    /* a store written by schema 1 is migrated forward on open, its data kept */
    char old[160];
    snprintf(old, sizeof old, "%s/v1.db", f->dir);
    sqlite3_open(old, &db);
    assert_int_equal(sqlite3_exec(db, store_migrations[0], NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db,
        "INSERT INTO sources(id, name) VALUES (1, 'Old Wire');"
        "INSERT INTO articles(id, source_id, title, text, hash) VALUES (1, 1, 'Old', 'Ann said \"yes we can do it now\".', 'h1');"
        "INSERT INTO articles(id, source_id, title, text, hash) VALUES (2, 1, 'Old 2', 'Ann said \"yes we can do it now\" again.', 'h2');"
        "INSERT INTO actors(id, kind, name, key, n_quotes) VALUES (1, 0, 'Ann Example', 'ann example', 2);"
        "INSERT INTO statements(id, speaker_id) VALUES (1, 1);"
        "INSERT INTO quotes(article_id, start, end, text, words, kind, speaker_id, statement_id)"
        "  VALUES (1, 10, 30, 'yes we can do it now', 'yes we can do it now', 0, 1, 1),"
        "         (2, 10, 30, 'yes we can do it now', 'yes we can do it now', 0, 1, 1);"
        "PRAGMA user_version = 1", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    store *ost = store_open(old, STORE_RW, err, sizeof err);
    assert_non_null(ost);
    quotes oq = {0};
    store_quote_query all = {0, NULL, 0, 0, 0, -1};
    assert_int_equal(store_quotes(ost, &all, collect_quote, &oq), 0);
    assert_int_equal(oq.n, 2);
    assert_int_equal(oq.row[0].n_reports, 2);
    assert_int_equal(oq.row[0].n_elsewhere, 1);
    hits_count = 0;
    assert_int_equal(store_search(ost, "yes", 0, -1, count_hit, NULL), 0);
    assert_int_equal(hits_count, 4);
    store_close(ost);
    assert_int_equal(user_version(old), STORE_SCHEMA_VERSION);

    /* a file that is not a database */
    char junk[160];
    snprintf(junk, sizeof junk, "%s/junk.db", f->dir);
    FILE *fp = fopen(junk, "w");
    fputs("this is not a database, just some text that is long enough to matter................", fp);
    fclose(fp);
    assert_null(store_open(junk, STORE_RW, err, sizeof err));
    assert_non_null(strstr(err, "not a newsroom database"));

    /* somebody else's SQLite database */
    snprintf(junk, sizeof junk, "%s/other.db", f->dir);
    sqlite3_open(junk, &db);
    sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL);
    sqlite3_close(db);
    assert_null(store_open(junk, STORE_RW, err, sizeof err));
    assert_non_null(strstr(err, "not newsroom's"));

    f->st = store_open(f->path, STORE_RW, err, sizeof err);
    assert_non_null(f->st);
}

static void test_add_and_dedup(void **state)
{
    fixture *f = *state;
    int64_t a = add_a(f->st);
    assert_true(a > 0);
    doc d;
    make_doc(&d, TEXT_A, "Another outlet", NULL, "Same text");
    extraction ex = {0};
    int64_t id = 0;
    assert_int_equal(store_article_add(f->st, &d, &ex, NULL, &id), STORE_PRESENT);
    assert_int_equal(id, a);
    doc_free(&d);
    store_stats s;
    assert_int_equal(store_stats_get(f->st, &s), 0);
    assert_int_equal(s.articles, 1);
    assert_int_equal(s.people, 2);
    assert_int_equal(s.places, 1);
    assert_int_equal(s.quotes, 2);

    store_article art;
    assert_int_equal(store_article_get(f->st, a, &art), 0);
    assert_string_equal(art.text, TEXT_A);
    assert_string_equal(art.meta.source, "Outlet A");
    assert_int_equal(art.meta.n_people, 2);
    assert_int_equal(art.meta.n_quotes, 2);
    store_article_free(&art);
    assert_int_equal(store_article_get(f->st, 999, &art), 1);
}

static int cb(void *ctx, const char *name, int64_t id)
{
    (void)name;
    (void)id;
    (*(int *)ctx)++;
    return 0;
}

static void test_actor_resolution_and_find(void **state)
{
    fixture *f = *state;
    int64_t a = add_a(f->st);
    add_b(f->st);
    /* "Volodymyr Zelensky" and "Volodymyr Zelenskyy" are one actor; "Leavitt"
     * alone joined Karoline Leavitt */
    store_stats s;
    store_stats_get(f->st, &s);
    assert_int_equal(s.people, 2);

    static const char *const zel[] = {"Zelensky", "zelenskyy", "ZELENSKIY", "Zelénskyy",
                                      "President Zelensky", "Zelinsky", "volodymyr zelenskyy"};
    for (size_t i = 0; i < sizeof zel / sizeof zel[0]; i++) {
        names n = {0};
        assert_int_equal(store_actor_find(f->st, zel[i], -1, 5, collect_actor, &n), 0);
        assert_true(n.n >= 1);
        assert_string_equal(n.name[0], "Volodymyr Zelenskyy");
    }
    static const char *const lea[] = {"leavitt", "Karoline Leavitt", "Leavit"};
    for (size_t i = 0; i < sizeof lea / sizeof lea[0]; i++) {
        names n = {0};
        assert_int_equal(store_actor_find(f->st, lea[i], ACTOR_PERSON, 5, collect_actor, &n), 0);
        assert_int_equal(n.n, 1);
        assert_string_equal(n.name[0], "Karoline Leavitt");
    }
    names none = {0};
    assert_int_equal(store_actor_find(f->st, "Kyiv", ACTOR_PERSON, 5, collect_actor, &none), 0);
    assert_int_equal(none.n, 0);
    assert_int_equal(store_actor_find(f->st, "Nobody Atall", -1, 5, collect_actor, &none), 0);
    assert_int_equal(none.n, 0);

    /* actors of an article: others sources counted */
    names in_a = {0};
    store_actor_query q = {ACTOR_PERSON, a, 0, -1};
    assert_int_equal(store_actors(f->st, &q, collect_actor, &in_a), 0);
    assert_int_equal(in_a.n, 2);
    assert_int_equal(in_a.n_other[0], 1);

    /* completion on a word's prefix */
    int hits = 0;
    assert_int_equal(store_actor_complete(f->st, "zel", 10, cb, &hits), 0);
    assert_true(hits >= 1);
}

static void test_quotes_and_statements(void **state)
{
    fixture *f = *state;
    int64_t a = add_a(f->st);
    int64_t b = add_b(f->st);
    quotes q = {0};
    store_quote_query qq = {0, "zelensky", 0, 0, 0, -1};
    assert_int_equal(store_quotes(f->st, &qq, collect_quote, &q), 0);
    assert_int_equal(q.n, 2);
    /* newest article first, both sources */
    assert_string_equal(q.source[0], "Outlet B");
    assert_string_equal(q.source[1], "Outlet A");
    assert_string_equal(q.speaker[0], "Volodymyr Zelenskyy");
    /* the same statement, reported by two outlets */
    assert_int_equal(q.row[0].statement_id, q.row[1].statement_id);
    assert_int_equal(q.row[0].n_reports, 2);
    assert_int_equal(q.row[0].n_elsewhere, 1);
    assert_true(q.row[0].has_speaker_span);

    quotes l = {0};
    store_quote_query ql = {0, "Leavitt", 0, 0, 0, -1};
    assert_int_equal(store_quotes(f->st, &ql, collect_quote, &l), 0);
    assert_int_equal(l.n, 2);
    /* different words: different statements */
    assert_true(l.row[0].statement_id != l.row[1].statement_id);
    assert_int_equal(l.row[0].n_reports, 1);

    quotes in_a = {0};
    store_quote_query qa = {0, NULL, a, 0, 0, -1};
    assert_int_equal(store_quotes(f->st, &qa, collect_quote, &in_a), 0);
    assert_int_equal(in_a.n, 2);
    assert_true(in_a.row[0].start < in_a.row[1].start);

    quotes st = {0};
    store_quote_query qs = {0, NULL, 0, q.row[0].statement_id, 0, -1};
    assert_int_equal(store_quotes(f->st, &qs, collect_quote, &st), 0);
    assert_int_equal(st.n, 2);

    quotes none = {0};
    store_quote_query qn = {0, "Nobody Known", 0, 0, 0, -1};
    assert_int_equal(store_quotes(f->st, &qn, collect_quote, &none), 0);
    assert_int_equal(none.n, 0);
    (void)b;
}

typedef struct marks {
    int n;
    int64_t quote_id[8];
    char text[8][200];
    char note[8][64];
} marks;

static int collect_mark(void *ctx, const store_bookmark_row *r)
{
    marks *m = ctx;
    if (m->n < 8) {
        m->quote_id[m->n] = r->quote.id;
        snprintf(m->text[m->n], 200, "%s", r->quote.text ? r->quote.text : "");
        snprintf(m->note[m->n], 64, "%s", r->note ? r->note : "");
        m->n++;
    }
    return 0;
}

static void test_bookmarks_survive_reextraction(void **state)
{
    fixture *f = *state;
    int64_t a = add_a(f->st);
    quotes q = {0};
    store_quote_query qa = {0, NULL, a, 0, 0, -1};
    store_quotes(f->st, &qa, collect_quote, &q);
    assert_int_equal(q.n, 2);
    int64_t bid, bid2;
    assert_int_equal(store_bookmark_add(f->st, q.row[0].id, "for the story", "peace", &bid), 0);
    assert_int_equal(store_bookmark_add(f->st, q.row[1].id, NULL, NULL, &bid2), 0);
    int64_t again;
    assert_int_equal(store_bookmark_add(f->st, q.row[0].id, NULL, NULL, &again), 0);
    assert_int_equal(again, bid);
    assert_int_equal(store_bookmark_add(f->st, 424242, NULL, NULL, &again), 1);
    /* a note already there is never replaced by add; the second quote's,
     * empty, is filled */
    assert_int_equal(store_bookmark_add(f->st, q.row[0].id, "other words", NULL, &again), 0);
    assert_int_equal(store_bookmark_add(f->st, q.row[1].id, "second", NULL, &again), 0);
    char *note = NULL;
    int64_t found = 0;
    assert_int_equal(store_bookmark_of_quote(f->st, q.row[0].id, &found, &note), 0);
    assert_int_equal(found, bid);
    assert_string_equal(note, "for the story");
    free(note);
    assert_int_equal(store_bookmark_of_quote(f->st, q.row[1].id, &found, &note), 0);
    assert_string_equal(note, "second");
    free(note);
    assert_int_equal(store_bookmark_of_quote(f->st, 424242, &found, &note), 1);
    assert_null(note);
    assert_int_equal(store_bookmark_set_note(f->st, bid2, NULL), 0);

    /* Re-extraction: the first quote comes back at the same place (same id
     * kept), the second now takes in its closing words (a new quote the
     * bookmark must follow). */
    extraction ex = {0};
    int z = add_entity(&ex, TEXT_A, "Volodymyr Zelenskyy", ACTOR_PERSON, "Zelenskyy");
    int l = add_entity(&ex, TEXT_A, "Karoline Leavitt", ACTOR_PERSON, "Karoline Leavitt");
    add_quote(&ex, TEXT_A, "We are ready for peace talks at the highest level.", z, QUOTE_DIRECT);
    add_quote(&ex, TEXT_A, "the president wants this war to end\" on Friday", l, QUOTE_PARTIAL);
    assert_int_equal(store_begin(f->st), 0);
    assert_int_equal(store_extraction_put(f->st, a, TEXT_A, &ex, NULL, NULL, 0, 0), 0);
    assert_int_equal(store_commit(f->st), 0);
    extraction_free(&ex);

    /* the full-text indexes follow: the replaced quote is gone from them */
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check');"
                                      "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')",
                                  NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);

    marks m = {0};
    assert_int_equal(store_bookmarks(f->st, 0, -1, collect_mark, &m), 0);
    assert_int_equal(m.n, 2);
    /* newest first */
    assert_int_equal(m.quote_id[1], q.row[0].id);
    assert_string_equal(m.note[1], "for the story");
    assert_true(m.quote_id[0] > 0);
    assert_true(m.quote_id[0] != q.row[1].id);
    assert_non_null(strstr(m.text[0], "on Friday"));

    /* a full reindex, whatever the extractor finds: every bookmark is still
     * listed with its words */
    lexicon *lx = lexicon_load(NULL, 0, NULL, NULL, NULL);
    assert_int_equal(store_reindex(f->st, lx, NULL, NULL), 0);
    lexicon_free(lx);
    marks m2 = {0};
    assert_int_equal(store_bookmarks(f->st, 0, -1, collect_mark, &m2), 0);
    assert_int_equal(m2.n, 2);
    assert_non_null(strstr(m2.text[1], "ready for peace talks"));

    assert_int_equal(store_bookmark_set_note(f->st, bid, "changed"), 0);
    assert_int_equal(store_bookmark_rm(f->st, bid2), 0);
    assert_int_equal(store_bookmark_rm(f->st, bid2), 1);
    marks m3 = {0};
    store_bookmarks(f->st, 0, -1, collect_mark, &m3);
    assert_int_equal(m3.n, 1);
    assert_string_equal(m3.note[0], "changed");
}

typedef struct hits {
    int n, quotes;
    char snippet[8][300];
} hits;

static int collect_hit(void *ctx, const store_search_row *r)
{
    hits *h = ctx;
    if (h->n < 8)
        snprintf(h->snippet[h->n], 300, "%s", r->snippet ? r->snippet : "");
    h->n++;
    h->quotes += r->is_quote;
    return 0;
}

static void test_search(void **state)
{
    fixture *f = *state;
    add_a(f->st);
    add_b(f->st);
    hits h = {0};
    assert_int_equal(store_search(f->st, "peace talks", 0, -1, collect_hit, &h), 0);
    assert_int_equal(h.n, 4); /* two articles and two quotes */
    assert_int_equal(h.quotes, 2);
    assert_non_null(strstr(h.snippet[0], "["));

    hits p = {0};
    assert_int_equal(store_search(f->st, "\"decided yet\"", 0, -1, collect_hit, &p), 0);
    assert_int_equal(p.n, 2);
    hits pre = {0};
    assert_int_equal(store_search(f->st, "Zelensk*", 0, -1, collect_hit, &pre), 0);
    assert_int_equal(pre.n, 2);
    hits none = {0};
    assert_int_equal(store_search(f->st, "zzzzqqq", 0, -1, collect_hit, &none), 0);
    assert_int_equal(none.n, 0);
    /* FTS5 syntax in what a user types is just text */
    static const char *const hostile[] = {"\"unbalanced", "AND OR NOT", "NEAR(a b)", "col:umn", "*", "-x ^y", "'"};
    for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
        hits x = {0};
        assert_int_equal(store_search(f->st, hostile[i], 0, -1, collect_hit, &x), 0);
    }
    /* accents folded */
    hits acc = {0};
    assert_int_equal(store_search(f->st, "kýiv", 0, -1, collect_hit, &acc), 0);
    assert_int_equal(acc.n, 2);
    /* a batch rolled back leaves nothing in the index */
    doc d;
    make_doc(&d, "A harbour story that never was.", "Outlet C", NULL, "Never");
    extraction ex = {0};
    assert_int_equal(store_begin(f->st), 0);
    assert_int_equal(store_article_add(f->st, &d, &ex, NULL, NULL), STORE_ADDED);
    assert_int_equal(store_rollback(f->st), 0);
    doc_free(&d);
    hits gone = {0};
    assert_int_equal(store_search(f->st, "harbour", 0, -1, collect_hit, &gone), 0);
    assert_int_equal(gone.n, 0);
}

/* Adds an article with no people, places or quotes; returns its id. */
static int64_t add_plain(store *st, const char *title, const char *text)
{
    doc d;
    extraction ex = {0};
    make_doc(&d, text, "Outlet R", "2025-01-01", title);
    int64_t id = 0;
    assert_int_equal(store_begin(st), 0);
    assert_int_equal(store_article_add(st, &d, &ex, NULL, &id), STORE_ADDED);
    assert_int_equal(store_commit(st), 0);
    doc_free(&d);
    return id;
}

typedef struct hit_ids {
    int64_t id[16];
    double rank[16];
    int n;
} hit_ids;

static int collect_hit_id(void *ctx, const store_search_row *r)
{
    hit_ids *h = ctx;
    if (h->n < 16) {
        h->id[h->n] = r->id;
        h->rank[h->n] = r->rank;
        h->n++;
    }
    return 0;
}

/* Ranking: a word in the title counts for more than in the text, more
 * occurrences for more than fewer, equal hits come latest stored first,
 * and a rare word of the query weighs more than a common one. */
static void test_search_rank(void **state)
{
    fixture *f = *state;
    int64_t title = add_plain(f->st, "Harbour plans", "The council met on Monday.");
    int64_t thrice = add_plain(f->st, "Council news", "The harbour, the harbour and the harbour again.");
    int64_t once_old = add_plain(f->st, "Town", "Work on the harbour began.");
    int64_t once_new = add_plain(f->st, "Village", "A harbour was built.");
    hit_ids h = {0};
    assert_int_equal(store_search(f->st, "harbour", 0, -1, collect_hit_id, &h), 0);
    assert_int_equal(h.n, 4);
    assert_int_equal(h.id[0], title);
    assert_int_equal(h.id[1], thrice);
    assert_int_equal(h.id[2], once_new);
    assert_int_equal(h.id[3], once_old);
    assert_true(h.rank[0] < h.rank[1] && h.rank[1] < h.rank[2]);
    assert_true(h.rank[2] == h.rank[3]);
    /* the same order a page at a time */
    hit_ids p = {0};
    assert_int_equal(store_search(f->st, "harbour", 2, 1, collect_hit_id, &p), 0);
    assert_int_equal(p.n, 1);
    assert_int_equal(p.id[0], once_new);

    /* "quay" is in two articles, "stone" in six: the hit with the rare
     * word twice beats the later one with the common word twice */
    static const char *const filler[] = {"A stone wall.", "A stone bridge.", "A stone tower.",
                                         "A stone gate."};
    for (int i = 0; i < 4; i++)
        add_plain(f->st, "Filler", filler[i]);
    int64_t rare2 = add_plain(f->st, "Works", "The quay, a new quay of stone.");
    int64_t common2 = add_plain(f->st, "Works", "The quay of stone upon stone.");
    hit_ids w = {0};
    assert_int_equal(store_search(f->st, "quay stone", 0, -1, collect_hit_id, &w), 0);
    assert_int_equal(w.n, 2);
    assert_int_equal(w.id[0], rare2);
    assert_int_equal(w.id[1], common2);
}

typedef struct ids {
    int64_t id[64];
    int n;
} ids;

static int collect_article(void *ctx, const store_article_row *r)
{
    ids *x = ctx;
    if (x->n < 64)
        x->id[x->n++] = r->id;
    return 0;
}

static void test_paging_and_filters(void **state)
{
    fixture *f = *state;
    assert_int_equal(store_begin(f->st), 0);
    for (int i = 0; i < 30; i++) {
        char text[128], date[16], title[32];
        snprintf(text, sizeof text, "Article number %d about the harbour.", i);
        snprintf(date, sizeof date, "2025-01-%02d", i + 1);
        snprintf(title, sizeof title, "Title %02d", i);
        doc d;
        make_doc(&d, text, i % 2 ? "Odd Times" : "Even Post", date, title);
        extraction ex = {0};
        assert_int_equal(store_article_add(f->st, &d, &ex, NULL, NULL), STORE_ADDED);
        doc_free(&d);
    }
    assert_int_equal(store_commit(f->st), 0);
    store_article_query all = {NULL, NULL, STORE_SORT_DATE, 0, -1, 0};
    assert_int_equal(store_article_count(f->st, &all), 30);
    ids page1 = {0}, page2 = {0};
    store_article_query p1 = {NULL, NULL, STORE_SORT_DATE, 0, 10, 0};
    store_article_query p2 = {NULL, NULL, STORE_SORT_DATE, 10, 10, 0};
    assert_int_equal(store_articles(f->st, &p1, collect_article, &page1), 0);
    assert_int_equal(store_articles(f->st, &p2, collect_article, &page2), 0);
    assert_int_equal(page1.n, 10);
    assert_int_equal(page2.n, 10);
    assert_int_equal(page1.id[0], 30); /* newest first */
    assert_int_equal(page2.id[0], 20);
    store_article_query src = {"odd times", NULL, STORE_SORT_DATE, 0, -1, 0};
    assert_int_equal(store_article_count(f->st, &src), 15);
    store_article_query since = {NULL, "2025-01-25", STORE_SORT_DATE, 0, -1, 0};
    assert_int_equal(store_article_count(f->st, &since), 6);
    ids t = {0};
    store_article_query by_title = {NULL, NULL, STORE_SORT_TITLE, 0, 3, 0};
    assert_int_equal(store_articles(f->st, &by_title, collect_article, &t), 0);
    assert_int_equal(t.id[0], 1);
    assert_int_equal(store_article_mark_read(f->st, 1, 1), 0);
}

/* The kept totals equal count(*) over the tables they stand for. */
static void assert_counts_exact(store *st, const char *path)
{
    store_stats s;
    assert_int_equal(store_stats_get(st, &s), 0);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *q;
    assert_int_equal(sqlite3_prepare_v2(db,
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sources),"
        " (SELECT count(*) FROM actors WHERE kind = 0), (SELECT count(*) FROM actors WHERE kind = 1),"
        " (SELECT count(*) FROM actors WHERE kind = 2), (SELECT count(*) FROM quotes),"
        " (SELECT count(*) FROM bookmarks)", -1, &q, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    assert_int_equal(s.articles, sqlite3_column_int64(q, 0));
    assert_int_equal(s.sources, sqlite3_column_int64(q, 1));
    assert_int_equal(s.people, sqlite3_column_int64(q, 2));
    assert_int_equal(s.places, sqlite3_column_int64(q, 3));
    assert_int_equal(s.orgs, sqlite3_column_int64(q, 4));
    assert_int_equal(s.quotes, sqlite3_column_int64(q, 5));
    assert_int_equal(s.bookmarks, sqlite3_column_int64(q, 6));
    sqlite3_finalize(q);
    sqlite3_close(db);
}

static void test_counts_kept(void **state)
{
    fixture *f = *state;
    assert_counts_exact(f->st, f->path);
    add_a(f->st);
    add_b(f->st);
    assert_counts_exact(f->st, f->path);
    store_stats s;
    assert_int_equal(store_stats_get(f->st, &s), 0);
    assert_int_equal(s.articles, 2);
    assert_int_equal(s.quotes, 4);
    assert_int_equal(s.places, 1);

    quotes q = {0};
    store_quote_query all = {0, NULL, 0, 0, 0, -1};
    assert_int_equal(store_quotes(f->st, &all, collect_quote, &q), 0);
    int64_t b1, b2;
    assert_int_equal(store_bookmark_add(f->st, q.row[0].id, "one", NULL, &b1), 0);
    assert_int_equal(store_bookmark_add(f->st, q.row[1].id, NULL, NULL, &b2), 0);
    assert_counts_exact(f->st, f->path);
    assert_int_equal(store_bookmark_rm(f->st, b1), 0);
    assert_counts_exact(f->st, f->path);
    assert_int_equal(store_stats_get(f->st, &s), 0);
    assert_int_equal(s.bookmarks, 1);

    /* a reindex replaces mentions and quotes and drops actors nobody names */
    lexicon *lx = lexicon_load(NULL, 0, NULL, NULL, NULL);
    assert_int_equal(store_reindex(f->st, lx, NULL, NULL), 0);
    lexicon_free(lx);
    assert_counts_exact(f->st, f->path);

    /* a rolled-back batch leaves the totals as they were */
    store_stats before;
    assert_int_equal(store_stats_get(f->st, &before), 0);
    doc d;
    extraction ex = {0};
    make_doc(&d, "A story nobody keeps.", "Outlet C", NULL, "Gone");
    assert_int_equal(store_begin(f->st), 0);
    assert_int_equal(store_article_add(f->st, &d, &ex, NULL, NULL), STORE_ADDED);
    assert_int_equal(store_rollback(f->st), 0);
    doc_free(&d);
    assert_int_equal(store_stats_get(f->st, &s), 0);
    assert_int_equal(s.articles, before.articles);
    assert_int_equal(s.sources, before.sources);
    assert_counts_exact(f->st, f->path);
}

/* What every actor's counters and its per-outlet article counts must be,
 * counted from the rows themselves. */
static const char COUNTS_DRIFT[] =
    "SELECT (SELECT count(*) FROM actors a WHERE"
    "   n_mentions <> (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id)"
    "   OR n_articles <> (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.actor_id = a.id)"
    "   OR n_quotes <> (SELECT count(*) FROM quotes q WHERE q.speaker_id = a.id))"
    " + (SELECT count(*) FROM actor_sources x WHERE n_articles <> (SELECT count(DISTINCT m.article_id)"
    "   FROM mentions m JOIN articles r ON r.id = m.article_id"
    "   WHERE m.actor_id = x.actor_id AND r.source_id = x.source_id))"
    " + (SELECT count(*) FROM speaker_articles x WHERE n <> (SELECT count(*) FROM quotes q"
    "   WHERE q.speaker_id = x.speaker_id AND q.article_id = x.article_id))";

/* Actor counters are added up over a transaction and written at its
 * commit: several articles of one batch naming the same people come out
 * as counted one by one, and a rolled-back batch adds nothing. */
static void test_counters_at_commit(void **state)
{
    fixture *f = *state;
    const char *texts[] = {TEXT_A, TEXT_B};
    const char *outlets[] = {"Outlet A", "Outlet A", "Outlet B"};
    assert_int_equal(store_begin(f->st), 0);
    for (int i = 0; i < 3; i++) {
        const char *t = texts[i % 2];
        char *text = xmalloc(strlen(t) + 16);
        sprintf(text, "%s Take %d.", t, i); /* a new article each time */
        doc d;
        extraction ex = {0};
        make_doc(&d, text, outlets[i], "2025-08-06", "Talks");
        int z = add_entity(&ex, text, "Volodymyr Zelenskyy", ACTOR_PERSON, i % 2 ? "Zelensky" : "Zelenskyy");
        add_entity(&ex, text, "Kyiv", ACTOR_PLACE, "Kyiv");
        add_quote(&ex, text, i % 2 ? "we are ready for peace talks" : "We are ready for peace talks", z,
                  QUOTE_DIRECT);
        add_quote(&ex, text, "at the highest level", z, QUOTE_PARTIAL);
        assert_int_equal(store_article_add(f->st, &d, &ex, NULL, NULL), STORE_ADDED);
        extraction_free(&ex);
        doc_free(&d);
        free(text);
    }
    /* not written before the commit */
    assert_int_equal(store_commit(f->st), 0);
    assert_int_equal(sql_int(f->path, COUNTS_DRIFT), 0);
    assert_int_equal(sql_int(f->path, "SELECT n_quotes FROM actors WHERE name = 'Volodymyr Zelenskyy'"), 6);
    assert_int_equal(sql_int(f->path, "SELECT n_articles FROM actors WHERE name = 'Kyiv'"), 3);
    assert_int_equal(sql_int(f->path, "SELECT x.n_articles FROM actor_sources x JOIN sources s"
                                      " ON s.id = x.source_id JOIN actors a ON a.id = x.actor_id"
                                      " WHERE s.name = 'Outlet A' AND a.name = 'Kyiv'"), 2);
    assert_int_equal(sql_int(f->path, "SELECT max(n) FROM speaker_articles"), 2);

    /* a batch rolled back leaves no counts behind, for now or later */
    doc d;
    extraction ex = {0};
    make_doc(&d, "Kyiv again, in a story nobody keeps.", "Outlet B", NULL, "Gone");
    add_entity(&ex, "Kyiv again, in a story nobody keeps.", "Kyiv", ACTOR_PLACE, "Kyiv");
    assert_int_equal(store_begin(f->st), 0);
    assert_int_equal(store_article_add(f->st, &d, &ex, NULL, NULL), STORE_ADDED);
    assert_int_equal(store_rollback(f->st), 0);
    extraction_free(&ex);
    doc_free(&d);
    add_b(f->st);
    assert_int_equal(sql_int(f->path, COUNTS_DRIFT), 0);
    assert_int_equal(sql_int(f->path, "SELECT n_articles FROM actors WHERE name = 'Kyiv'"), 4);
}

/* An import's log is copied into the database by a thread of its own
 * while the import goes on: after a large commit, the database file holds
 * the batch (SQLite's own checkpoints would wait for 512 MB of log). */
static void test_log_copied_while_importing(void **state)
{
    fixture *f = *state;
    struct stat sb;
    assert_int_equal(store_begin(f->st), 0);
    for (int i = 0; i < 400; i++) {
        buf t = BUF_INIT;
        for (int k = 0; k < 200; k++)
            buf_printf(&t, "Story %d, line %d: the council met and voted again. ", i, k);
        doc d;
        extraction ex = {0};
        make_doc(&d, buf_str(&t), "Outlet A", "2025-08-06", "Council");
        assert_int_equal(store_article_add(f->st, &d, &ex, NULL, NULL), STORE_ADDED);
        doc_free(&d);
        buf_free(&t);
    }
    assert_int_equal(store_commit(f->st), 0);
    assert_non_null(f->st->ckpt);
    store_ckpt_wait(f->st);
    assert_int_equal(stat(f->path, &sb), 0);
    assert_true(sb.st_size > 4 * 1024 * 1024);
    /* the next batch starts the log over instead of making it longer */
    char wal[160];
    snprintf(wal, sizeof wal, "%s-wal", f->path);
    assert_int_equal(stat(wal, &sb), 0);
    off_t wal_size = sb.st_size;
    add_a(f->st);
    assert_int_equal(stat(wal, &sb), 0);
    assert_true(sb.st_size <= wal_size);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM articles"), 401);
}

/* A store from schema 5 (no totals, no word signatures): the totals are
 * counted once on migration, and its quotes, which have no signature, still
 * gather the same statement from a new article. */
static void test_migration_counts_and_signatures(void **state)
{
    fixture *f = *state;
    char old[160];
    snprintf(old, sizeof old, "%s/v5.db", f->dir);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(old, &db), SQLITE_OK);
    for (int i = 0; i < 5; i++)
        assert_int_equal(sqlite3_exec(db, store_migrations[i], NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db,
        "INSERT INTO sources(id, name) VALUES (1, 'Old Wire'), (2, 'Other Wire');"
        "INSERT INTO articles(id, source_id, title, date, text, hash) VALUES"
        "  (1, 1, 'Old', '2025-01-01', 'Ann said \"the harbour wall needs new stone\".', 'h1');"
        "INSERT INTO actors(id, kind, name, key, n_quotes) VALUES (1, 0, 'Ann Example', 'ann example', 1),"
        "  (2, 1, 'Lyon', 'lyon', 0), (3, 2, 'Acme', 'acme', 0);"
        "INSERT INTO statements(id, speaker_id) VALUES (1, 1);"
        "INSERT INTO quotes(article_id, start, end, text, words, kind, speaker_id, statement_id, date)"
        "  VALUES (1, 10, 38, 'the harbour wall needs new stone', 'harbour needs new stone the wall',"
        "  0, 1, 1, '2025-01-01');"
        "INSERT INTO bookmarks(quote_id, article_id, q_start, q_end, q_text, q_hash)"
        "  VALUES (1, 1, 10, 38, 'the harbour wall needs new stone', 'x');"
        "PRAGMA user_version = 5", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    char err[256];
    store *st = store_open(old, STORE_RW, err, sizeof err);
    assert_non_null(st);
    assert_int_equal(user_version(old), STORE_SCHEMA_VERSION);
    assert_counts_exact(st, old);
    store_stats s;
    assert_int_equal(store_stats_get(st, &s), 0);
    assert_int_equal(s.sources, 2);
    assert_int_equal(s.people + s.places + s.orgs, 3);
    assert_int_equal(s.bookmarks, 1);

    static const char *const texts[] = {
        "Ann Example said \"the harbour wall needs new stone, now\" in Lyon.",
        "Ann Example repeated: \"The harbour wall needs new stone now, today.\"",
    };
    for (int i = 0; i < 2; i++) {
        doc d;
        extraction ex = {0};
        make_doc(&d, texts[i], "New Wire", "2025-02-01", "New");
        int ann = add_entity(&ex, texts[i], "Ann Example", ACTOR_PERSON, "Ann Example");
        add_quote(&ex, texts[i], i ? "The harbour wall needs new stone now, today." :
                  "the harbour wall needs new stone, now", ann, QUOTE_DIRECT);
        int64_t id = 0;
        assert_int_equal(store_begin(st), 0);
        assert_int_equal(store_article_add(st, &d, &ex, NULL, &id), STORE_ADDED);
        assert_int_equal(store_commit(st), 0);
        extraction_free(&ex);
        doc_free(&d);
    }
    /* the old statement has no representative's words and takes no new
     * quote; the second new quote joins the first's */
    assert_int_equal(sql_int(old, "SELECT count(DISTINCT statement_id) FROM quotes"), 2);
    assert_int_equal(sql_int(old, "SELECT n_articles FROM statements WHERE id = 1"), 1);
    /* sorted unique hashes of the content words, four bytes each: harbour,
     * wall, needs, new, stone, today */
    assert_int_equal(sql_int(old, "SELECT length(sig) FROM quotes WHERE article_id = 3"), 6 * 4);
    assert_int_equal(sql_int(old, "SELECT count(*) FROM quotes WHERE sig IS NULL"), 1);
    assert_counts_exact(st, old);
    /* regrouped, the three reports are one statement, which keeps its first
     * quote's words; a regroup was due, and is no more */
    assert_int_equal(store_needs_regroup(st), 1);
    assert_int_equal(store_regroup(st, NULL), 0);
    assert_int_equal(store_needs_regroup(st), 0);
    assert_int_equal(sql_int(old, "SELECT count(DISTINCT statement_id) FROM quotes"), 1);
    assert_int_equal(sql_int(old, "SELECT n_articles FROM statements"), 3);
    assert_int_equal(sql_int(old, "SELECT length(sig) FROM statements"), 5 * 4);
    assert_int_equal(sql_int(old, "SELECT count(*) FROM quotes WHERE sig IS NULL"), 0);
    assert_counts_exact(st, old);
    store_close(st);
}


/* ---- the order indexes a bulk import builds at its end ------------------ */

/* Every row a query gives, its columns joined by tabs, a line each. */
static char *sql_rows(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_stmt *s;
    buf b = BUF_INIT;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW) {
        for (int i = 0; i < sqlite3_column_count(s); i++)
            buf_printf(&b, "%s%s", i ? "\t" : "", (const char *)sqlite3_column_text(s, i));
        buf_addc(&b, '\n');
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return buf_steal(&b);
}

/* Every index of the store with its definition, in order. */
static char *index_sql(const char *path)
{
    return sql_rows(path, "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                          " AND sql IS NOT NULL ORDER BY name");
}

/* Dropped and built again, the order indexes are what a new store has, to
 * the letter; lists read meanwhile come out in the same order. */
static void test_order_indexes(void **state)
{
    fixture *f = *state;
    add_a(f->st);
    add_b(f->st);
    char *fresh = index_sql(f->path);
    store_article_query by_title = {NULL, NULL, STORE_SORT_TITLE, 0, 3, 0};
    ids before = {0}, during = {0};
    assert_int_equal(store_articles(f->st, &by_title, collect_article, &before), 0);

    assert_int_equal(store_indexes_missing(f->st), 0);
    assert_int_equal(store_indexes_defer(f->st), 6);
    assert_int_equal(store_indexes_missing(f->st), 6);
    assert_int_equal(store_indexes_defer(f->st), 0);
    char *deferred = index_sql(f->path);
    assert_true(strlen(deferred) < strlen(fresh));
    assert_int_equal(store_articles(f->st, &by_title, collect_article, &during), 0);
    assert_int_equal(during.n, before.n);
    for (int i = 0; i < before.n; i++)
        assert_int_equal(during.id[i], before.id[i]);
    quotes q = {0};
    store_quote_query qq = {0, "zelensky", 0, 0, 0, -1};
    assert_int_equal(store_quotes(f->st, &qq, collect_quote, &q), 0);
    assert_int_equal(q.n, 2);

    assert_int_equal(store_indexes_build(f->st), 6);
    assert_int_equal(store_indexes_build(f->st), 0);
    assert_int_equal(store_indexes_missing(f->st), 0);
    char *built = index_sql(f->path);
    assert_string_equal(built, fresh);
    /* with statistics, as an index the planner has always known */
    assert_int_equal(sql_int(f->path, "SELECT count(DISTINCT idx) FROM sqlite_stat1 WHERE idx IN"
                                      " ('articles_by_date', 'articles_by_title', 'mentions_by_actor',"
                                      " 'quotes_by_speaker_date')"), 4);
    free(fresh);
    free(deferred);
    free(built);
}

/* One quote of speaker "Ann Example" in a new article of its own. */
static void add_ann(store *st, int n, const char *words)
{
    char text[400];
    snprintf(text, sizeof text, "Story %d. Ann Example said \"%s\" to reporters.", n, words);
    doc d;
    extraction ex = {0};
    make_doc(&d, text, "Outlet A", "2025-03-01", "Ann");
    int ann = add_entity(&ex, text, "Ann Example", ACTOR_PERSON, "Ann Example");
    add_quote(&ex, text, words, ann, QUOTE_DIRECT);
    assert_int_equal(store_article_add(st, &d, &ex, NULL, NULL), STORE_ADDED);
    extraction_free(&ex);
    doc_free(&d);
}

/* An import keeps a speaker's candidates from one batch to the next, and
 * lets them go when another connection has written in between: a quote
 * that connection stored is found all the same. */
static void test_candidates_follow_other_writers(void **state)
{
    fixture *f = *state;
    char err[256];
    store *other = store_open(f->path, STORE_RW, err, sizeof err);
    assert_non_null(other);
    assert_int_equal(store_begin(f->st), 0);
    add_ann(f->st, 1, "the bridge will open in the spring");
    assert_int_equal(store_commit(f->st), 0);
    assert_int_equal(store_begin(f->st), 0);
    add_ann(f->st, 2, "taxes will not rise this year at all");
    assert_int_equal(store_commit(f->st), 0);
    assert_int_equal(store_begin(other), 0);
    add_ann(other, 3, "the harbour needs a new sea wall soon");
    assert_int_equal(store_commit(other), 0);
    assert_int_equal(store_begin(f->st), 0);
    add_ann(f->st, 4, "the harbour needs a new sea wall");
    add_ann(f->st, 5, "the bridge will open in spring");
    assert_int_equal(store_commit(f->st), 0);
    store_close(other);
    assert_int_equal(statement_of(f->path, "the harbour needs a new sea wall"),
                     statement_of(f->path, "the harbour needs a new sea wall soon"));
    assert_int_equal(statement_of(f->path, "the bridge will open in spring"),
                     statement_of(f->path, "the bridge will open in the spring"));
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM statements"), 3);
    assert_int_equal(sql_int(f->path, "SELECT sum(n_articles) FROM statements"), 5);
}

/* Each quote's statement, as the smallest quote id sharing it, and the
 * statement's article count, a line per quote in id order. */
static char *partition(const char *path)
{
    return sql_rows(path, "SELECT q.id, (SELECT min(x.id) FROM quotes x WHERE x.statement_id ="
                          " q.statement_id), s.n_articles FROM quotes q JOIN statements s"
                          " ON s.id = q.statement_id ORDER BY q.id");
}

/* Grouping with the candidates an import keeps gives the statements that
 * grouping every quote afresh from the store gives: three speakers quoted
 * over a hundred times each, on topics that come back within their last
 * fifty quotes and beyond them, with two-word quotes holding places in
 * between, several quotes an article, several articles a transaction. */
static void test_candidates_match_regroup(void **state)
{
    fixture *f = *state;
    static const char *const who[] = {"Ann Example", "Bo Sample", "Cy Instance"};
    static const char *const topic[] = {
        "the bridge will open to traffic in spring", "taxes will not rise before the election",
        "the harbour needs urgent repair work", "schools reopen next week across the county",
        "the budget is balanced for the first year", "trains run late again on the coast line",
        "a rare topic comes back from the archive"};
    unsigned seed = 7;
    assert_int_equal(store_begin(f->st), 0);
    for (int art = 0; art < 180; art++) {
        buf t = BUF_INIT;
        char said[4][160];
        int sp[4];
        buf_printf(&t, "Story %d.", art);
        for (int k = 0; k < 4; k++) {
            seed = seed * 1103515245u + 12345u;
            sp[k] = (int)((seed >> 16) % 3);
            int tp = (int)((seed >> 8) % 6);
            if (art == 3 || art == 170) /* twice only, far apart */
                tp = 6;
            if ((seed >> 20) % 5 == 0)
                snprintf(said[k], sizeof said[k], "yes %d", art * 4 + k);
            else
                snprintf(said[k], sizeof said[k], "%s, item %d", topic[tp], art * 4 + k);
            buf_printf(&t, " %s said \"%s\".", who[sp[k]], said[k]);
        }
        doc d;
        extraction ex = {0};
        make_doc(&d, buf_str(&t), art % 2 ? "Outlet A" : "Outlet B", "2025-03-01", "Round");
        int ent[3];
        for (int w = 0; w < 3; w++)
            ent[w] = add_entity(&ex, buf_str(&t), who[w], ACTOR_PERSON, who[w]);
        for (int k = 0; k < 4; k++)
            add_quote(&ex, buf_str(&t), said[k], ex.entities[ent[sp[k]]].n_mentions ? ent[sp[k]] : -1,
                      QUOTE_DIRECT);
        assert_int_equal(store_article_add(f->st, &d, &ex, NULL, NULL), STORE_ADDED);
        extraction_free(&ex);
        doc_free(&d);
        buf_free(&t);
        if (art % 7 == 6) {
            assert_int_equal(store_commit(f->st), 0);
            assert_int_equal(store_begin(f->st), 0);
        }
    }
    assert_int_equal(store_commit(f->st), 0);
    char *kept = partition(f->path);

    /* afresh: each quote compared with what the store holds before it */
    assert_int_equal(store_begin(f->st), 0);
    assert_int_equal(store_exec(f->st, "UPDATE quotes SET statement_id = NULL; DELETE FROM statements"), 0);
    sqlite3_stmt *s;
    assert_int_equal(sqlite3_prepare_v2(f->st->db, "SELECT id, article_id, speaker_id, words FROM quotes"
                                        " ORDER BY id", -1, &s, NULL), SQLITE_OK);
    while (sqlite3_step(s) == SQLITE_ROW)
        assert_int_equal(store_group_quote(f->st, sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1),
                                           sqlite3_column_int64(s, 2),
                                           (const char *)sqlite3_column_text(s, 3)), 0);
    sqlite3_finalize(s);
    assert_int_equal(store_commit(f->st), 0);
    char *afresh = partition(f->path);
    assert_string_equal(kept, afresh);
    /* and regrouping the store, in article order with kept candidates */
    assert_int_equal(store_regroup(f->st, NULL), 0);
    char *regrouped = partition(f->path);
    assert_string_equal(kept, regrouped);
    free(regrouped);
    /* and it means something: topics were grouped, and the rare one,
     * fifty quotes and more apart, was not */
    int64_t n_quotes = sql_int(f->path, "SELECT count(*) FROM quotes");
    assert_true(sql_int(f->path, "SELECT count(*) FROM statements") < n_quotes / 2);
    assert_true(sql_int(f->path, "SELECT max(n_articles) FROM statements") > 10);
    int64_t rare = sql_int(f->path, "SELECT count(*) FROM quotes WHERE text LIKE 'a rare topic%'");
    assert_true(rare >= 2);
    assert_int_equal(sql_int(f->path, "SELECT count(DISTINCT statement_id) FROM quotes"
                                      " WHERE text LIKE 'a rare topic%'"), rare);
    free(kept);
    free(afresh);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_schema_and_migrations, setup, teardown),
        cmocka_unit_test_setup_teardown(test_add_and_dedup, setup, teardown),
        cmocka_unit_test_setup_teardown(test_actor_resolution_and_find, setup, teardown),
        cmocka_unit_test_setup_teardown(test_quotes_and_statements, setup, teardown),
        cmocka_unit_test_setup_teardown(test_bookmarks_survive_reextraction, setup, teardown),
        cmocka_unit_test_setup_teardown(test_search, setup, teardown),
        cmocka_unit_test_setup_teardown(test_search_rank, setup, teardown),
        cmocka_unit_test_setup_teardown(test_paging_and_filters, setup, teardown),
        cmocka_unit_test_setup_teardown(test_counts_kept, setup, teardown),
        cmocka_unit_test_setup_teardown(test_migration_counts_and_signatures, setup, teardown),
        cmocka_unit_test_setup_teardown(test_counters_at_commit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_log_copied_while_importing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_order_indexes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_candidates_follow_other_writers, setup, teardown),
        cmocka_unit_test_setup_teardown(test_candidates_match_regroup, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
