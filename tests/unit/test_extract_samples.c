/* Regression test on sample-articles/: every quote of the two seed
 * articles with its speaker, and exactly the people and places they name.
 * The expectations are written here, from reading the articles. */
#include <stdio.h>
#include <stdlib.h>
#include "doc.h"
#include "extract_fixture.h"

typedef struct expect_quote {
    const char *speaker;
    const char *start;     /* the quote's first words */
    quote_kind kind;
} expect_quote;

static void load(const char *name, doc *d)
{
    const char *top = getenv("NEWSROOM_TOP");
    char path[4096], err[256];
    snprintf(path, sizeof path, "%s/sample-articles/%s", top ? top : ".", name);
    if (doc_load(path, DOC_MAX_BYTES_DEFAULT, d, err, sizeof err) != 0)
        fail_msg("%s: %s", path, err);
}

static int in_list(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(s, *list) == 0)
            return 1;
    return 0;
}

/* Every name of kind k is expected or optional; every expected one is found. */
static void check_set(const extraction *ex, actor_kind k, const char *const *want,
                      const char *const *optional)
{
    for (size_t i = 0; i < ex->n_entities; i++) {
        if (ex->entities[i].kind != k)
            continue;
        const char *n = ex->entities[i].name;
        if (!in_list(n, want) && !in_list(n, optional))
            fail_msg("unexpected %s: %s", actor_kind_name(k), n);
    }
    for (; *want; want++) {
        int found = 0;
        for (size_t i = 0; i < ex->n_entities; i++)
            found |= ex->entities[i].kind == k && strcmp(ex->entities[i].name, *want) == 0;
        if (!found)
            fail_msg("missing %s: %s", actor_kind_name(k), *want);
    }
}

/* The direct and partial quotes, in order, are exactly the expected ones. */
static void check_quotes(const doc *d, const extraction *ex, const expect_quote *want, size_t n)
{
    size_t j = 0;
    for (size_t i = 0; i < ex->n_quotes; i++) {
        const ex_quote *q = &ex->quotes[i];
        if (q->kind == QUOTE_INDIRECT)
            continue;
        if (j >= n)
            fail_msg("unexpected quote: %.60s", d->text + q->start);
        const char *text = d->text + q->start;
        size_t len = strlen(want[j].start);
        if (q->end - q->start < len || memcmp(text, want[j].start, len) != 0)
            fail_msg("quote %zu: expected \"%s\", got \"%.60s\"", j, want[j].start, text);
        const char *spk = q->speaker >= 0 ? ex->entities[q->speaker].name : "(none)";
        if (strcmp(spk, want[j].speaker) != 0)
            fail_msg("quote \"%s\": speaker %s, expected %s", want[j].start, spk, want[j].speaker);
        if (q->kind != want[j].kind)
            fail_msg("quote \"%s\": kind %s", want[j].start, quote_kind_name(q->kind));
        assert_true(q->has_speaker_span);
        assert_non_null(q->cue);
        j++;
    }
    if (j != n)
        fail_msg("%zu quotes found, %zu expected", j, n);
}

/* The words a reader sees in quote marks are inside some quote. */
static void covered(const doc *d, const extraction *ex, const char *words)
{
    const char *p = strstr(d->text, words);
    assert_non_null(p);
    size_t at = (size_t)(p - d->text);
    for (size_t i = 0; i < ex->n_quotes; i++)
        if (ex->quotes[i].start <= at && at + strlen(words) <= ex->quotes[i].end &&
            ex->quotes[i].kind != QUOTE_INDIRECT)
            return;
    fail_msg("no quote covers \"%s\"", words);
}

static void test_fox(void **state)
{
    (void)state;
    doc d;
    load("fox-trump-putin-meeting.md", &d);
    extraction ex;
    extract_run(lx, d.text, d.text_len, &ex);
    static const expect_quote want[] = {
        {"Donald Trump", "the meeting on Truth Social as \"highly productive", QUOTE_PARTIAL},
        {"Donald Trump", "great progress was made.", QUOTE_PARTIAL},
        {"Marco Rubio", "talks with allies are ongoing", QUOTE_PARTIAL},
        {"Karoline Leavitt", "The Russians expressed their desire", QUOTE_DIRECT},
        {"Marco Rubio", "A lot has to happen before that can occur,", QUOTE_DIRECT},
        {"Marco Rubio", "There\xE2\x80\x99s still many impediments", QUOTE_DIRECT},
        {"Volodymyr Zelenskyy", "It seems that Russia is now", QUOTE_DIRECT},
        {"Volodymyr Zelenskyy", "Russia could attempt to", QUOTE_PARTIAL},
    };
    check_quotes(&d, &ex, want, sizeof want / sizeof *want);
    covered(&d, &ex, "if it can be productive.");
    covered(&d, &ex, "deceive us or the United States");
    static const char *const people[] = {"Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy",
                                         "Steve Witkoff", "Marco Rubio", "Karoline Leavitt", NULL};
    static const char *const people_opt[] = {"Jim Watson", "Emmanuel Dunand", NULL};
    check_set(&ex, ACTOR_PERSON, people, people_opt);
    static const char *const places[] = {"Russia", "Ukraine", "Moscow", "United States", NULL};
    static const char *const places_opt[] = {"Europe", NULL};
    check_set(&ex, ACTOR_PLACE, places, places_opt);
    static const char *const orgs[] = {"White House", "Kremlin", "Fox Business", NULL};
    static const char *const orgs_opt[] = {"New York Times", "Associated Press", "Truth Social",
                                           "Agence France-Presse", "Getty Images", NULL};
    check_set(&ex, ACTOR_ORG, orgs, orgs_opt);
    extraction_free(&ex);
    doc_free(&d);
}

static void test_nbc(void **state)
{
    (void)state;
    doc d;
    load("nbc-trump-putin-summit.md", &d);
    extraction ex;
    extract_run(lx, d.text, d.text_len, &ex);
    static const expect_quote want[] = {
        {"Karoline Leavitt", "President Trump has been clear", QUOTE_DIRECT},
        {"Vladimir Putin", "Interest was shown on both sides.", QUOTE_DIRECT},
        {"Vladimir Putin", "his \xE2\x80\x9C" "conditions", QUOTE_PARTIAL},
        {"Vladimir Putin", "I have already said many times", QUOTE_DIRECT},
        {"Volodymyr Zelenskyy", "Cyril also shared details", QUOTE_DIRECT},
        {"Volodymyr Zelenskyy", "We are ready for this", QUOTE_DIRECT},
        {"Donald Trump", "he was \xE2\x80\x9Cvery disappointed", QUOTE_PARTIAL},
        {"Donald Trump", "It\xE2\x80\x99s going to be up to him.", QUOTE_DIRECT},
    };
    check_quotes(&d, &ex, want, sizeof want / sizeof *want);
    /* the first paragraph's anonymous source: a span, no actor */
    int anon = 0;
    for (size_t i = 0; i < ex.n_quotes; i++) {
        const ex_quote *q = &ex.quotes[i];
        if (q->has_speaker_span && q->speaker < 0 &&
            strncmp(d.text + q->speaker_start, "a senior White House official", 29) == 0)
            anon = 1;
    }
    assert_true(anon);
    static const char *const people[] = {"Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy",
                                         "Karoline Leavitt", "Joe Biden", "Witkoff", "Cyril Ramaphosa",
                                         "JD Vance", "Pope Francis", NULL};
    static const char *const none[] = {NULL};
    check_set(&ex, ACTOR_PERSON, people, none);
    static const char *const places[] = {"United Arab Emirates", "Hungary", "Switzerland", "Rome",
                                         "Ukraine", "Russia", NULL};
    static const char *const places_opt[] = {"United States", "Europe", "South Africa", NULL};
    check_set(&ex, ACTOR_PLACE, places, places_opt);
    extraction_free(&ex);
    doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fox),
        cmocka_unit_test(test_nbc),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
