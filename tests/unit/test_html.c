/* Unit tests for html (page -> article), textclean and jsonread. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "buf.h"
#include "html.h"
#include "jsonread.h"
#include "textclean.h"

static char *slurp(const char *name, size_t *len)
{
    const char *top = getenv("NEWSROOM_TOP");
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/data/web/%s", top ? top : ".", name);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    buf b = BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    fclose(f);
    *len = b.len;
    return buf_steal(&b);
}

static void test_story_metadata_and_text(void **state)
{
    (void)state;
    size_t len;
    char *page = slurp("story.html", &len);
    html_article a;
    char err[256];
    assert_int_equal(html_extract(page, len, NULL, "https://courier.example/x", &a, err, sizeof err), 0);
    assert_string_equal(a.title, "Harbour council approves \xC2\xA3" "40m flood barrier");
    assert_string_equal(a.source, "The Riverside Courier");
    assert_string_equal(a.date, "2024-03-12");
    assert_string_equal(a.author, "Maria Okafor");
    assert_string_equal(a.url, "https://courier.example/news/2024/03/12/harbour-flood-barrier");
    /* paragraphs kept apart, first to last */
    if (strncmp(a.text, "Harbour council has approved", 28))
        fail_msg("text starts: %.200s", a.text);
    assert_non_null(strstr(a.text, "three years.\n\n\xE2\x80\x9C" "This is"));
    assert_non_null(strstr(a.text, "about 4,000 homes."));
    const char *gone[] = {"Skip to main content", "Share on", "Read more", "Sign up", "WATCH", "Related",
                          "Most read", "Dan Reyes", "reserved", "Correspondent", "News", "Floods"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        if (strstr(a.text, gone[i]))
            fail_msg("boilerplate \"%s\" in the text", gone[i]);
    /* the caption is kept apart */
    assert_non_null(a.captions);
    assert_non_null(strstr(a.captions, "Photo: Dan Reyes/Courier"));
    assert_int_equal(a.text_len, strlen(a.text));
    html_article_free(&a);
    free(page);
}

/* A page of divs without <article>: the blocks with the most paragraph
 * text are the article; a byline gives the author; link lists, captions
 * and side columns are left out. */
static void test_div_page(void **state)
{
    (void)state;
    size_t len;
    char *page = slurp("divsoup.html", &len);
    html_article a;
    char err[256];
    assert_int_equal(html_extract(page, len, NULL, NULL, &a, err, sizeof err), 0);
    assert_string_equal(a.title, "Rail strike called off after late talks");
    assert_string_equal(a.source, "Northern Echo Online");
    assert_string_equal(a.author, "Kim Adeyemi");
    assert_string_equal(a.date, "2023-11-02");
    assert_null(a.url);
    assert_string_equal(a.text,
                        "A rail strike planned for Friday has been called off after talks ran late into the night.\n\n"
                        "The union said members would vote on a new pay offer next week.\n\n"
                        "\"It is a step forward, but only a step,\" said union organiser Dev Patel.\n\n"
                        "The operator said services would run as normal.");
    html_article_free(&a);
    free(page);
}

static void test_title_suffix_is_outlet(void **state)
{
    (void)state;
    size_t len;
    char *page = slurp("messy.html", &len);
    html_article a;
    char err[256];
    assert_int_equal(html_extract(page, len, NULL, "https://crier.example/pool", &a, err, sizeof err), 0);
    assert_string_equal(a.title, "Pool reopens after refit");
    assert_string_equal(a.source, "Town Crier");
    html_article_free(&a);
    free(page);
}

static void test_charsets(void **state)
{
    (void)state;
    /* Latin-1 bytes, labelled UTF-8 or not labelled: decoded as Windows-1252 */
    const char *p = "<html><head><title>Caf\xE9 news</title></head><body><p>Caf\xE9 owners met on Monday to talk.</p></body></html>";
    html_article a;
    char err[256];
    const char *labels[] = {NULL, "utf-8", "ISO-8859-1"};
    for (int i = 0; i < 3; i++) {
        assert_int_equal(html_extract(p, strlen(p), labels[i], NULL, &a, err, sizeof err), 0);
        assert_string_equal(a.title, "Caf\xC3\xA9 news");
        assert_string_equal(a.text, "Caf\xC3\xA9 owners met on Monday to talk.");
        html_article_free(&a);
    }
    /* UTF-8 bytes labelled Latin-1 stay UTF-8 */
    const char *u = "<html><body><p>Ren\xC3\xA9" "e said so on Monday.</p></body></html>";
    assert_int_equal(html_extract(u, strlen(u), "iso-8859-1", "https://www.valley.example/a", &a, err, sizeof err), 0);
    assert_string_equal(a.text, "Ren\xC3\xA9" "e said so on Monday.");
    assert_string_equal(a.source, "valley.example"); /* nothing names it: the host */
    html_article_free(&a);
    /* <meta charset> when the bytes are not UTF-8 */
    const char *k = "<html><head><meta charset=\"koi8-r\"></head><body><p>\xF0\xD2\xC9\xD7\xC5\xD4 from the city.</p></body></html>";
    assert_int_equal(html_extract(k, strlen(k), NULL, NULL, &a, err, sizeof err), 0);
    assert_string_equal(a.text, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 from the city.");
    html_article_free(&a);
}

static void test_no_text(void **state)
{
    (void)state;
    const char *p = "<!DOCTYPE html><html><body><nav>Home News</nav><script>var x = 1;</script></body></html>";
    html_article a;
    char err[256];
    assert_int_equal(html_extract(p, strlen(p), NULL, NULL, &a, err, sizeof err), -1);
    assert_string_equal(err, "no article text found in the page");
    assert_int_equal(html_extract("", 0, NULL, NULL, &a, err, sizeof err), -1);
}

static void test_fragment_and_sniff(void **state)
{
    (void)state;
    size_t n;
    const char *frag = "<p>One &amp; two.</p><p>Three<br>four.</p><p>Read more: elsewhere</p>";
    char *t = html_fragment_text(frag, strlen(frag), &n);
    assert_string_equal(t, "One & two.\n\nThree\n\nfour.");
    assert_int_equal(n, strlen(t));
    free(t);
    t = html_fragment_text("plain words", 11, &n);
    assert_string_equal(t, "plain words");
    free(t);
    assert_true(html_looks_like("\xEF\xBB\xBF  <!-- saved -->\n<!DOCTYPE html><html>", 40));
    assert_true(html_looks_like("<HTML>", 6));
    assert_false(html_looks_like("<htmlx>", 7));
    assert_false(html_looks_like("Plain text <html>", 17));
    char *h = html_host_of("https://WWW.Example.org:8080/path");
    assert_string_equal(h, "example.org");
    free(h);
}

static void test_textclean(void **state)
{
    (void)state;
    buf b = BUF_INIT;
    const char *s = "Sold for &#163;1.8m &amp; more&#150;so <tweet tweet-id=\"9\"><tweet/>said x < y and <https://a.b>.\n";
    assert_true(textclean_body(&b, s, strlen(s)) > 0);
    assert_string_equal(b.data, "Sold for \xC2\xA3" "1.8m & more\xE2\x80\x93so said x < y and <https://a.b>.\n");
    buf_clear(&b);
    assert_int_equal(textclean_body(&b, "clean & plain", 13), 0);
    assert_string_equal(b.data, "clean & plain");
    buf_clear(&b);
    textclean_inline(&b, "  A\n  <b>bold</b>&nbsp;title ", 29);
    assert_string_equal(b.data, "A bold title");
    buf_free(&b);

    char t[] = "Rovers lose again\n\nRovers lost on Saturday.\n";
    size_t n = strlen(t);
    assert_int_equal(textclean_drop_headline(t, &n, "rovers  lose again"), 1);
    assert_string_equal(t, "Rovers lost on Saturday.\n");
    assert_int_equal(n, strlen(t));
    char md[] = "# Rovers lose again\nRovers lost.\n";
    n = strlen(md);
    assert_int_equal(textclean_drop_headline(md, &n, "Rovers lose again"), 1);
    assert_string_equal(md, "Rovers lost.\n");
    char only[] = "Rovers lose again\n";
    n = strlen(only);
    assert_int_equal(textclean_drop_headline(only, &n, "Rovers lose again"), 0); /* nothing would be left */
    char other[] = "Rovers won\n\nText.\n";
    n = strlen(other);
    assert_int_equal(textclean_drop_headline(other, &n, "Rovers lose again"), 0);

    char d[11];
    assert_int_equal(textclean_date("Tue, 06 Aug 2025 10:00:00 +0000", d), 0);
    assert_string_equal(d, "2025-08-06");
    assert_int_equal(textclean_date("2024-03-12T08:30:00+00:00", d), 0);
    assert_string_equal(d, "2024-03-12");
    assert_int_equal(textclean_date("Tuesday, August 6, 2025", d), 0);
    assert_string_equal(d, "2025-08-06");
    assert_int_equal(textclean_date("yesterday", d), -1);
}

static void test_jsonread(void **state)
{
    (void)state;
    const char *s = " {\"a\": [1, -2.5e3, true, null], \"b\": {\"c\": \"\\u00e9\\ud83d\\ude00\\n\"}} ";
    jv *v = jv_parse(s, strlen(s), NULL, NULL);
    assert_non_null(v);
    const jv *a = jv_get(v, "a");
    assert_int_equal(a->type, JV_ARR);
    assert_int_equal(a->n, 4);
    assert_string_equal(a->items[1].str, "-2.5e3");
    assert_int_equal(a->items[2].type, JV_BOOL);
    assert_string_equal(jv_get_str(jv_get(v, "b"), "c"), "\xC3\xA9\xF0\x9F\x98\x80\n");
    assert_null(jv_get_str(v, "a"));
    jv_free(v);
    size_t at = 0;
    const char *why = NULL;
    assert_null(jv_parse("{\"a\": 1,}", 9, &at, &why));
    assert_non_null(why);
    assert_null(jv_parse("[1] x", 5, &at, &why));
    assert_int_equal(at, 4);
    char deep[400];
    memset(deep, '[', sizeof deep);
    assert_null(jv_parse(deep, sizeof deep, &at, &why));
    assert_string_equal(why, "nested too deep");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_story_metadata_and_text),
        cmocka_unit_test(test_div_page),
        cmocka_unit_test(test_title_suffix_is_outlet),
        cmocka_unit_test(test_charsets),
        cmocka_unit_test(test_no_text),
        cmocka_unit_test(test_fragment_and_sniff),
        cmocka_unit_test(test_textclean),
        cmocka_unit_test(test_jsonread),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
