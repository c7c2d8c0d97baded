/* Unit tests for utf8: decoding, validation, Windows-1252, positions. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>
#include "utf8.h"

static void test_decode(void **state)
{
    (void)state;
    uint32_t cp;
    assert_int_equal(utf8_decode("A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(utf8_decode("\xc3\xa9", 2, &cp), 2);
    assert_int_equal(cp, 0xE9);
    assert_int_equal(utf8_decode("\xe4\xb8\xad", 3, &cp), 3);     /* 中 */
    assert_int_equal(cp, 0x4E2D);
    assert_int_equal(utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4); /* emoji */
    assert_int_equal(cp, 0x1F600);
    /* truncated, overlong, surrogate: one byte, U+FFFD */
    assert_int_equal(utf8_decode("\xe4\xb8", 2, &cp), 1);
    assert_int_equal(cp, 0xFFFD);
    assert_int_equal(utf8_decode("\xc0\xaf", 2, &cp), 1);
    assert_int_equal(cp, 0xFFFD);
    assert_int_equal(utf8_decode("\xed\xa0\x80", 3, &cp), 1);
    assert_int_equal(cp, 0xFFFD);
}

static void test_invalid_at(void **state)
{
    (void)state;
    const char *ok = "Zelensk\xc3\xbd \xe2\x80\x9cquote\xe2\x80\x9d";
    assert_int_equal(utf8_invalid_at(ok, strlen(ok)), strlen(ok));
    assert_int_equal(utf8_invalid_at("caf\xe9 au lait", 12), 3);
    assert_int_equal(utf8_invalid_at("\xef\xbf\xbd", 3), 3); /* a real U+FFFD is valid */
}

static void test_cp1252(void **state)
{
    (void)state;
    buf b = BUF_INIT;
    utf8_from_cp1252(&b, "\x93Hi\x94 caf\xe9 \x80\x81", 12);
    assert_string_equal(buf_str(&b), "\xe2\x80\x9cHi\xe2\x80\x9d caf\xc3\xa9 \xe2\x82\xac\xef\xbf\xbd");
    buf_free(&b);
}

static void test_encode_and_prev(void **state)
{
    (void)state;
    buf b = BUF_INIT;
    utf8_encode(&b, 0x1F600);
    utf8_encode(&b, 0xD800); /* surrogate -> U+FFFD */
    assert_string_equal(buf_str(&b), "\xf0\x9f\x98\x80\xef\xbf\xbd");
    assert_int_equal(utf8_prev(b.data, 4), 4);
    assert_int_equal(utf8_prev(b.data, 7), 3);
    buf_free(&b);
}

static void test_line_col(void **state)
{
    (void)state;
    const char *s = "ab\n\xc3\xa9x\ny";
    size_t line, col;
    utf8_line_col(s, strlen(s), 5, &line, &col); /* the x after é */
    assert_int_equal(line, 2);
    assert_int_equal(col, 2);
    utf8_line_col(s, strlen(s), 7, &line, &col);
    assert_int_equal(line, 3);
    assert_int_equal(col, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode),
        cmocka_unit_test(test_invalid_at),
        cmocka_unit_test(test_cp1252),
        cmocka_unit_test(test_encode_and_prev),
        cmocka_unit_test(test_line_col),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
