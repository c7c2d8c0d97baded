/* Search ranking (store_rank.c through store_search): an article whose text
 * repeats its headline as the first line ranks as one whose text does not,
 * so a headline counts once; words in the body and a heavier title still
 * raise a hit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "doc.h"
#include "extract.h"
#include "store.h"

static char rk_dir[64];
static store *rk_st;

static int64_t add(const char *title, const char *text, doc_format format)
{
    doc d;
    memset(&d, 0, sizeof d);
    d.path = (char *)"mem";
    d.format = format;
    d.title = (char *)title;
    d.source = (char *)"Test Wire";
    d.date = (char *)"2025-05-01";
    d.text = (char *)text;
    d.text_len = strlen(text);
    d.hash = doc_hash(text, d.text_len);
    extraction ex;
    memset(&ex, 0, sizeof ex);
    int64_t id = 0;
    assert_int_equal(store_begin(rk_st), 0);
    assert_int_equal(store_article_add(rk_st, &d, &ex, NULL, &id), STORE_ADDED);
    assert_int_equal(store_commit(rk_st), 0);
    return id;
}

static int64_t id_repeated, id_plain, id_body2, id_other;

static int setup(void **state)
{
    snprintf(rk_dir, sizeof rk_dir, "/tmp/nrrankXXXXXX");
    if (!mkdtemp(rk_dir))
        return -1;
    char path[128], err[256];
    snprintf(path, sizeof path, "%s/rank.db", rk_dir);
    rk_st = store_open(path, STORE_RW, err, sizeof err);
    if (!rk_st) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    /* the same headline and the same body words; one text repeats the
     * headline as its first line (plain text, the BBC layout) */
    id_repeated = add("Ceasefire holds in the north",
                      "Ceasefire holds in the north\n\nThe ceasefire held overnight, officials said.\n",
                      DOC_BBC);
    id_plain = add("Ceasefire holds in the north",
                   "The ceasefire held overnight, officials said on Tuesday.\n", DOC_MARKDOWN);
    /* its body names the word twice */
    id_body2 = add("Ceasefire holds in the north",
                   "Ceasefire holds in the north\n\nThe ceasefire held; the ceasefire may last.\n",
                   DOC_BBC);
    /* the word in the body only, the headline elsewhere */
    id_other = add("Talks in the north",
                   "Talks in the north\n\nThe ceasefire held overnight.\n", DOC_BBC);
    return 0;
}

static int teardown(void **state)
{
    store_close(rk_st);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", rk_dir);
    return system(cmd) == 0 ? 0 : -1;
}

typedef struct hits {
    int64_t id[16];
    double rank[16];
    int n;
} hits;

static int take(void *ctx, const store_search_row *r)
{
    hits *h = ctx;
    if (!r->is_quote && h->n < 16) {
        h->id[h->n] = r->id;
        h->rank[h->n++] = r->rank;
    }
    return 0;
}

static double rank_of(const hits *h, int64_t id)
{
    for (int i = 0; i < h->n; i++)
        if (h->id[i] == id)
            return h->rank[i];
    fail_msg("article %lld is not among the hits", (long long)id);
    return 0;
}

static void check_query(const char *query, int in_body_twice)
{
    hits h = {.n = 0};
    assert_int_equal(store_search(rk_st, query, 0, 10, take, &h), 0);
    double rep = rank_of(&h, id_repeated), plain = rank_of(&h, id_plain);
    double body2 = rank_of(&h, id_body2);
    fprintf(stderr, "%s: repeated headline %.4f, not repeated %.4f, body twice %.4f\n", query, rep,
            plain, body2);
    /* ranks are negative, better lower */
    assert_true(fabs(rep - plain) < 1e-9);
    if (in_body_twice)
        assert_true(body2 < rep - 1e-6);
}

static void test_headline_counts_once(void **state)
{
    check_query("ceasefire", 1);
    check_query("ceasefire held", 1);
    check_query("\"ceasefire holds\"", 0);
    check_query("cease*", 1);
}

static void test_title_still_weighs(void **state)
{
    /* the word in the headline and the body beats the body alone */
    hits h = {.n = 0};
    assert_int_equal(store_search(rk_st, "ceasefire", 0, 10, take, &h), 0);
    assert_int_equal(h.n, 4);
    assert_true(rank_of(&h, id_plain) < rank_of(&h, id_other) - 1e-6);
    assert_int_equal(h.id[0], id_body2);
    assert_int_equal(h.id[3], id_other);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_headline_counts_once),
        cmocka_unit_test(test_title_still_weighs),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
