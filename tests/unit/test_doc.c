/* Unit tests for doc: formats, titles, front matter, encodings, refusals. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "doc.h"

static int parse(const char *bytes, size_t len, doc *d, char *err)
{
    return doc_parse("t.txt", bytes, len, 0, d, err, 256);
}

static void test_plain_short_title(void **state)
{
    (void)state;
    const char *s = "Markets rally on rate hopes\nShares rose on Monday. Traders said so.\n";
    doc d;
    char err[256];
    assert_int_equal(parse(s, strlen(s), &d, err), 0);
    assert_string_equal(d.title, "Markets rally on rate hopes");
    assert_int_equal(d.format, DOC_PLAIN);
    /* the whole file is the body; the stored text leaves out the line
     * that repeats the title (extract skips it in the file too) */
    assert_int_equal(d.body_offset, 0);
    assert_int_equal(d.headline_dropped, 1);
    assert_string_equal(d.text, "Shares rose on Monday. Traders said so.\n");
    assert_null(d.source);
    doc_free(&d);
}

static void test_plain_title_from_sentence(void **state)
{
    (void)state;
    const char *s = "Shares rose sharply on Monday. Traders cheered the news from the bank.\n";
    doc d;
    char err[256];
    assert_int_equal(parse(s, strlen(s), &d, err), 0);
    assert_string_equal(d.title, "Shares rose sharply on Monday.");
    doc_free(&d);

    /* a very long first sentence is cut at a word, with an ellipsis */
    char longs[600];
    strcpy(longs, "The");
    for (int i = 0; i < 60; i++)
        strcat(longs, " word");
    strcat(longs, ".\n");
    assert_int_equal(parse(longs, strlen(longs), &d, err), 0);
    assert_true(strlen(d.title) < 130);
    assert_non_null(strstr(d.title, "\xE2\x80\xA6"));
    doc_free(&d);
}

static void test_bbc(void **state)
{
    (void)state;
    const char *s = "Is this the end for Rovers?\n\nRovers lost again on Saturday.\n\nThe manager said \"we go on\".\n";
    doc d;
    char err[256];
    assert_int_equal(parse(s, strlen(s), &d, err), 0);
    assert_int_equal(d.format, DOC_BBC);
    assert_string_equal(d.title, "Is this the end for Rovers?");
    assert_int_equal(d.body_offset, 0);
    doc_free(&d);
}

static void test_front_matter(void **state)
{
    (void)state;
    const char *s = "---\n"
                    "title: \"Talks to go on, minister says\"\n"
                    "source: Daily Example\n"
                    "date: August 6, 2025\n"
                    "url: https://example.org/a\n"
                    "author: A. Writer\n"
                    "tags: [politics, talks]\n"
                    "extra: {ignored: [1, 2]}\n"
                    "---\n"
                    "The minister said talks would go on.\n";
    doc d;
    char err[256];
    assert_int_equal(parse(s, strlen(s), &d, err), 0);
    assert_int_equal(d.format, DOC_MARKDOWN);
    assert_string_equal(d.title, "Talks to go on, minister says");
    assert_string_equal(d.source, "Daily Example");
    assert_string_equal(d.date, "2025-08-06");
    assert_string_equal(d.url, "https://example.org/a");
    assert_string_equal(d.author, "A. Writer");
    assert_int_equal(d.n_tags, 2);
    assert_string_equal(d.tags[1], "talks");
    assert_string_equal(d.text, "The minister said talks would go on.\n");
    assert_memory_equal(d.raw + d.body_offset, "The minister", 12);
    assert_int_equal(d.body_offset + d.body_len, strlen(s));
    doc_free(&d);
}

static void test_front_matter_errors(void **state)
{
    (void)state;
    doc d;
    char err[256];
    const char *bad = "---\ntitle: ok\nsource: [unclosed\n---\nBody text here.\n";
    assert_int_equal(parse(bad, strlen(bad), &d, err), -1);
    assert_non_null(strstr(err, "front matter line "));
    assert_non_null(strstr(err, "column"));

    const char *bad2 = "---\ntitle: one\n  nested: wrong\n---\nBody.\n";
    assert_int_equal(parse(bad2, strlen(bad2), &d, err), -1);
    assert_non_null(strstr(err, "line 3"));

    const char *open = "---\ntitle: never closed\nBody without end.\n";
    assert_int_equal(parse(open, strlen(open), &d, err), -1);
    assert_non_null(strstr(err, "not closed"));

    const char *nobody = "---\ntitle: empty\n---\n\n  \n";
    assert_int_equal(parse(nobody, strlen(nobody), &d, err), -1);
    assert_non_null(strstr(err, "no article text"));

    const char *title_list = "---\ntitle: [a, b]\n---\nBody.\n";
    assert_int_equal(parse(title_list, strlen(title_list), &d, err), -1);
    assert_non_null(strstr(err, "line 2, column 8"));
}

static void test_alias_bomb(void **state)
{
    (void)state;
    /* "billion laughs": refused at the first alias, nothing expanded */
    const char *bomb = "---\n"
                       "a: &a [x, x, x, x, x, x, x, x, x]\n"
                       "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                       "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                       "title: *c\n"
                       "---\nBody.\n";
    doc d;
    char err[256];
    assert_int_equal(parse(bomb, strlen(bomb), &d, err), -1);
    assert_non_null(strstr(err, "aliases"));
    assert_non_null(strstr(err, "line 3"));
}

static void test_crlf_bom(void **state)
{
    (void)state;
    const char *s = "\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\nLine one.\r\nLine two.\r\n";
    doc d;
    char err[256];
    assert_int_equal(parse(s, strlen(s), &d, err), 0);
    assert_string_equal(d.title, "T");
    assert_string_equal(d.text, "Line one.\nLine two.\n");
    assert_memory_equal(d.raw + d.body_offset, "Line one.\r\n", 11);
    assert_int_equal(d.raw_len, strlen(s));
    assert_int_equal(d.recoded, 0);
    doc_free(&d);
}

static void test_cp1252(void **state)
{
    (void)state;
    const char s[] = "Caf\xE9 owners \x93win\x94 appeal\n\nThe caf\xE9 won.\n";
    doc d;
    char err[256];
    assert_int_equal(parse(s, sizeof s - 1, &d, err), 0);
    assert_int_equal(d.recoded, 1);
    assert_non_null(d.warning);
    assert_non_null(strstr(d.warning, "Windows-1252"));
    assert_non_null(strstr(d.warning, "byte 3"));
    assert_non_null(strstr(d.text, "caf\xC3\xA9 won"));
    assert_string_equal(d.title, "Caf\xC3\xA9 owners \xE2\x80\x9Cwin\xE2\x80\x9D appeal");
    doc_free(&d);
}

static void test_refusals(void **state)
{
    (void)state;
    doc d;
    char err[256];
    const char bin[] = "Title\n\nSome\0binary";
    assert_int_equal(parse(bin, sizeof bin - 1, &d, err), -1);
    assert_non_null(strstr(err, "binary"));
    assert_int_equal(parse("", 0, &d, err), -1);
    assert_string_equal(err, "empty file");
    assert_int_equal(parse(" \n\t\n", 4, &d, err), -1);
    assert_string_equal(err, "empty file");
    assert_int_equal(parse("\xEF\xBB\xBF\n", 4, &d, err), -1);
    assert_string_equal(err, "empty file");
    assert_int_equal(doc_parse("x", "0123456789", 10, 5, &d, err, sizeof err), -1);
    assert_non_null(strstr(err, "too large"));
    assert_int_equal(doc_load("/nonexistent/dir/file.txt", 0, &d, err, sizeof err), -1);
    assert_string_equal(err, "No such file or directory");
    assert_int_equal(doc_load("/", 0, &d, err, sizeof err), -1);
    assert_string_equal(err, "is a directory");
}

static void test_load_file(void **state)
{
    (void)state;
    char path[] = "/tmp/nrdocXXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *s = "Headline here\n\nBody text.\n";
    assert_int_equal(write(fd, s, strlen(s)), (ssize_t)strlen(s));
    close(fd);
    doc d;
    char err[256];
    assert_int_equal(doc_load(path, 0, &d, err, sizeof err), 0);
    assert_string_equal(d.title, "Headline here");
    assert_string_equal(d.path, path);
    assert_int_equal(d.hash, doc_hash(d.text, d.text_len));
    doc_free(&d);
    assert_int_equal(doc_load(path, 10, &d, err, sizeof err), -1);
    assert_non_null(strstr(err, "too large"));
    unlink(path);
}

static void test_dates(void **state)
{
    (void)state;
    char out[11];
    assert_int_equal(doc_date_normalize("2025-08-06", out), 0);
    assert_string_equal(out, "2025-08-06");
    assert_int_equal(doc_date_normalize("2025/8/6", out), 0);
    assert_string_equal(out, "2025-08-06");
    assert_int_equal(doc_date_normalize("2025-08-06T10:30:00Z", out), 0);
    assert_string_equal(out, "2025-08-06");
    assert_int_equal(doc_date_normalize("6 August 2025", out), 0);
    assert_string_equal(out, "2025-08-06");
    assert_int_equal(doc_date_normalize("Aug 6, 2025", out), 0);
    assert_string_equal(out, "2025-08-06");
    assert_int_equal(doc_date_normalize("2024-02-29", out), 0);
    assert_int_equal(doc_date_normalize("2025-02-29", out), -1);
    assert_int_equal(doc_date_normalize("2025-13-01", out), -1);
    assert_int_equal(doc_date_normalize("yesterday", out), -1);
    assert_int_equal(doc_date_normalize("", out), -1);
}

static void test_bad_date_warns(void **state)
{
    (void)state;
    const char *s = "---\ntitle: T\ndate: someday\n---\nBody.\n";
    doc d;
    char err[256];
    assert_int_equal(parse(s, strlen(s), &d, err), 0);
    assert_null(d.date);
    assert_non_null(d.warning);
    assert_non_null(strstr(d.warning, "line 3"));
    doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_short_title),
        cmocka_unit_test(test_plain_title_from_sentence),
        cmocka_unit_test(test_bbc),
        cmocka_unit_test(test_front_matter),
        cmocka_unit_test(test_front_matter_errors),
        cmocka_unit_test(test_alias_bomb),
        cmocka_unit_test(test_crlf_bom),
        cmocka_unit_test(test_cp1252),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_load_file),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_bad_date_warns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
