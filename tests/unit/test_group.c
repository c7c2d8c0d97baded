/* Unit tests for statements and actors across articles: which quotes are
 * the same statement (near and far pairs), that statements never chain,
 * which words of a report are marked as different, and lone surnames
 * joining the person who dominates them. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "buf.h"
#include "store.h"
#include "store_fixture.h"
#include "wordiff.h"

/* ---- near and far pairs --------------------------------------------------- */

static const char *const FULL =
    "We will rebuild the bridge by spring, and the council will pay for every stone of it.";

static void test_near_pairs(void **state)
{
    (void)state;
    /* the same words, cut at other places */
    assert_true(store_same_statement(FULL, "the council will pay for every stone of it. We will rebuild"
                                           " the bridge by spring"));
    assert_true(store_same_statement(FULL, "We will rebuild the bridge by spring, and the council will pay"));
    /* a partial quote of the longer one, either way round */
    assert_true(store_same_statement("rebuild the bridge by spring", FULL));
    assert_true(store_same_statement(FULL, "rebuild the bridge by spring"));
    /* another outlet's punctuation, case and quote marks */
    assert_true(store_same_statement(FULL, "\xe2\x80\x9cWE WILL REBUILD the bridge \xe2\x80\x94 by spring"
                                           " \xe2\x80\x94 and the council will pay for every stone of it\xe2\x80\x9d"));
    /* and its spelling: British and American, a plural */
    assert_true(store_same_statement("The Labour centre will organise the harbour defences this year",
                                     "the Labor center will organize the harbor defence this year"));
}

static void test_far_pairs(void **state)
{
    (void)state;
    /* same speaker and topic, another sentence */
    assert_false(store_same_statement(FULL, "The bridge has been closed since the flood in March."));
    assert_false(store_same_statement(FULL, "The council has not yet found a builder for the new bridge."));
    assert_false(store_same_statement("I thank the president for his support tonight",
                                      "The president has not done enough for the people of this state"));
    /* a short quote never joins a long one on two common words */
    assert_false(store_same_statement("the bridge by spring", FULL));
    assert_false(store_same_statement("an artful smear", "Bernie Sanders of subjecting her to an artful"
                                      " smear regarding her Wall Street links while Sanders said"));
    /* stopwords alone share nothing */
    assert_false(store_same_statement("we will not do it and they will not do it either",
                                      "we will not let it be and they will do what they can"));
}

/* ---- differences marked ---------------------------------------------------- */

/* The marked words of other, joined by spaces. */
static char *marked(const char *base, const char *other)
{
    wordiff_word *w;
    size_t n = wordiff(base, other, &w);
    buf b = BUF_INIT;
    for (size_t i = 0; i < n; i++)
        if (w[i].differs) {
            if (b.len)
                buf_addc(&b, ' ');
            buf_add(&b, other + w[i].start, w[i].end - w[i].start);
        }
    free(w);
    if (!b.data)
        buf_add(&b, "", 0);
    return buf_steal(&b);
}

static void test_differences(void **state)
{
    (void)state;
    char *m = marked(FULL, "We will rebuild the old bridge by spring, and the city will pay for every stone of it");
    assert_string_equal(m, "old city");
    free(m);
    /* a shorter cut: the words it leaves out are not in it, nothing marked */
    m = marked(FULL, "rebuild the bridge by spring");
    assert_string_equal(m, "");
    free(m);
    /* a longer cut: the words past the shared run are not differences */
    m = marked("rebuild the bridge by spring", FULL);
    assert_string_equal(m, "");
    free(m);
    /* punctuation and case are not differences */
    m = marked(FULL, "\"we will REBUILD the bridge by spring - and the council will pay for every stone of it!\"");
    assert_string_equal(m, "");
    free(m);
    /* no real match: nothing marked at all */
    m = marked(FULL, "The bridge has been closed since the flood in March and the council will pay");
    assert_string_equal(m, "");
    free(m);
}

/* ---- the store ------------------------------------------------------------ */

static int setup(void **state)
{
    return store_fixture_setup(state, "/tmp/nrgroupXXXXXX", "test.db");
}

/* An article of its own: each name given is a person mentioned where it
 * occurs in text; quote (may be NULL) is said by the first. */
static void add_article(store *st, int n, const char *body, const char *const *names, size_t n_names,
                        const char *quote)
{
    char text[600];
    snprintf(text, sizeof text, "Story %d. %s", n, body); /* each article new */
    doc d;
    memset(&d, 0, sizeof d);
    char title[32];
    snprintf(title, sizeof title, "Story %d", n);
    d.path = xstrdup("mem");
    d.text = xstrdup(text);
    d.text_len = strlen(text);
    d.title = xstrdup(title);
    d.source = xstrdup(n % 2 ? "Outlet A" : "Outlet B");
    d.date = xstrdup("2025-03-01");
    d.hash = doc_hash(d.text, d.text_len);
    extraction ex = {0};
    ex.entities = xcalloc(n_names + 1, sizeof *ex.entities);
    for (size_t i = 0; i < n_names; i++) {
        ex_entity *e = &ex.entities[ex.n_entities++];
        e->name = xstrdup(names[i]);
        e->kind = ACTOR_PERSON;
        const char *surface = strrchr(names[i], ' ') && !strstr(text, names[i]) ? strrchr(names[i], ' ') + 1
                                                                              : names[i];
        for (const char *p = strstr(text, surface); p; p = strstr(p + 1, surface)) {
            e->mentions = xrealloc(e->mentions, (e->n_mentions + 1) * sizeof *e->mentions);
            e->mentions[e->n_mentions].start = (size_t)(p - text);
            e->mentions[e->n_mentions].end = (size_t)(p - text) + strlen(surface);
            e->n_mentions++;
        }
    }
    if (quote) {
        const char *p = strstr(text, quote);
        assert_non_null(p);
        ex.quotes = xcalloc(1, sizeof *ex.quotes);
        ex_quote *q = &ex.quotes[ex.n_quotes++];
        q->start = (size_t)(p - text);
        q->end = q->start + strlen(quote);
        q->kind = QUOTE_DIRECT;
        q->cue = xstrdup("said");
        q->speaker = 0;
    }
    assert_int_equal(store_begin(st), 0);
    assert_int_equal(store_article_add(st, &d, &ex, NULL, NULL), STORE_ADDED);
    assert_int_equal(store_commit(st), 0);
    extraction_free(&ex);
    doc_free(&d);
}

/* A like B and B like C does not put C with A. */
static void test_no_chaining(void **state)
{
    fixture *f = *state;
    static const char *const ann[] = {"Ann Example"};
    static const char *const a = "the new bridge will open to traffic in the spring of next year";
    static const char *const b = "the new bridge will open to traffic in the spring, and the old ferry"
                                 " will stop running";
    static const char *const c = "the old ferry will stop running in the spring and the mayor will sell it";
    /* each pair is near, but not the ends */
    assert_true(store_same_statement(a, b));
    assert_true(store_same_statement(b, c));
    assert_false(store_same_statement(a, c));
    /* a new store has nothing grouped by an earlier version */
    assert_int_equal(store_needs_regroup(f->st), 0);
    static const char *const said[] = {a, b, c};
    for (int i = 0; i < 3; i++) {
        char text[300];
        snprintf(text, sizeof text, "Ann Example said \"%s\" on Monday.", said[i]);
        add_article(f->st, i, text, ann, 1, said[i]);
    }
    assert_int_equal(statement_of(f->path, a), statement_of(f->path, b));
    assert_true(statement_of(f->path, c) != statement_of(f->path, a));
    /* regrouping keeps it so */
    assert_int_equal(store_regroup(f->st, NULL), 0);
    assert_int_equal(statement_of(f->path, a), statement_of(f->path, b));
    assert_true(statement_of(f->path, c) != statement_of(f->path, a));
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM statements WHERE n_articles = 2"), 1);
}

/* A surname alone joins the full-name person who dominates it; with two
 * that compete it stays apart. */
static void test_surnames(void **state)
{
    fixture *f = *state;
    static const char *const barack[] = {"Barack Obama"};
    static const char *const michelle[] = {"Michelle Obama"};
    static const char *const obama[] = {"Obama"};
    static const char *const jeb[] = {"Jeb Bush"};
    static const char *const george[] = {"George Bush"};
    static const char *const bush[] = {"Bush"};
    int n = 0;
    for (int i = 0; i < 6; i++)
        add_article(f->st, n++, "Barack Obama spoke. Barack Obama left.", barack, 1, NULL);
    add_article(f->st, n++, "Michelle Obama spoke.", michelle, 1, NULL);
    for (int i = 0; i < 3; i++)
        add_article(f->st, n++, "Jeb Bush spoke. Jeb Bush left.", jeb, 1, NULL);
    for (int i = 0; i < 2; i++)
        add_article(f->st, n++, "George Bush spoke. George Bush left.", george, 1, NULL);
    add_article(f->st, n++, "Obama said \"the bridge will open to traffic in spring\" in Ohio.", obama, 1,
                "the bridge will open to traffic in spring");
    add_article(f->st, n++, "Bush spoke in Texas.", bush, 1, NULL);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM actors WHERE name = 'Obama'"), 1);

    int merged = -1;
    assert_int_equal(store_actor_surnames(f->st, &merged), 0);
    assert_int_equal(merged, 1);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM actors WHERE name = 'Obama'"), 0);
    /* its mentions, quote, aliases and counts are Barack Obama's now */
    assert_int_equal(sql_int(f->path, "SELECT n_mentions FROM actors WHERE name = 'Barack Obama'"), 13);
    assert_int_equal(sql_int(f->path, "SELECT n_articles FROM actors WHERE name = 'Barack Obama'"), 7);
    assert_int_equal(sql_int(f->path, "SELECT n_quotes FROM actors WHERE name = 'Barack Obama'"), 1);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM quotes q JOIN actors a ON a.id = q.speaker_id"
                                      " WHERE a.name = 'Barack Obama'"), 1);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM statements s JOIN actors a"
                                      " ON a.id = s.speaker_id WHERE a.name = 'Barack Obama'"), 1);
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM aliases l JOIN actors a ON a.id = l.actor_id"
                                      " WHERE a.name = 'Barack Obama' AND l.alias = 'Obama'"), 1);
    assert_int_equal(sql_int(f->path, "SELECT sum(x.n_articles) FROM actor_sources x JOIN actors a"
                                      " ON a.id = x.actor_id WHERE a.name = 'Barack Obama'"), 7);
    /* Jeb Bush (6) and George Bush (4) compete */
    assert_int_equal(sql_int(f->path, "SELECT count(*) FROM actors WHERE name = 'Bush'"), 1);
    /* the store's totals follow */
    assert_int_equal(sql_int(f->path, "SELECT n FROM counts WHERE what = 'actors0'"),
                     sql_int(f->path, "SELECT count(*) FROM actors WHERE kind = 0"));
    /* and nothing is left to join */
    assert_int_equal(store_actor_surnames(f->st, &merged), 0);
    assert_int_equal(merged, 0);
}

/* Completion gives each actor once. */
static int count_rows(void *ctx, const store_actor_row *r)
{
    int *n = ctx;
    assert_int_equal(r->kind, ACTOR_PERSON);
    assert_true(r->n_mentions > 0);
    (*n)++;
    return 0;
}

static void test_completion_once(void **state)
{
    fixture *f = *state;
    static const char *const trump[] = {"Donald Trump"};
    add_article(f->st, 1, "Donald Trump spoke. Donald J. Trump left. Donald Trump's plane.", trump, 1, NULL);
    int n = 0;
    assert_int_equal(store_actor_complete_rows(f->st, "don", 10, count_rows, &n), 0);
    assert_int_equal(n, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_near_pairs),
        cmocka_unit_test(test_far_pairs),
        cmocka_unit_test(test_differences),
        cmocka_unit_test_setup_teardown(test_no_chaining, setup, teardown),
        cmocka_unit_test_setup_teardown(test_surnames, setup, teardown),
        cmocka_unit_test_setup_teardown(test_completion_once, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
