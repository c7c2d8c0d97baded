/* Unit tests for json: string escaping. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <cmocka.h>
#include "json.h"

static void check(const char *in, size_t n, const char *want)
{
    buf b = BUF_INIT;
    json_str(&b, in, n);
    assert_string_equal(buf_str(&b), want);
    buf_free(&b);
}

static void test_plain_runs(void **state)
{
    (void)state;
    check("", 0, "\"\"");
    check("Zelenskyy said", 14, "\"Zelenskyy said\"");
}

static void test_escapes(void **state)
{
    (void)state;
    check("a\"b\\c", 5, "\"a\\\"b\\\\c\"");
    check("l1\nl2\r\t", 7, "\"l1\\nl2\\r\\t\"");
    check("\x01\x1f\x7f", 3, "\"\\u0001\\u001f\\u007f\"");
    check("nul\0in", 6, "\"nul\\u0000in\"");
}

static void test_utf8(void **state)
{
    (void)state;
    check("\xe2\x80\x9cHi\xe2\x80\x9d", 8, "\"\xe2\x80\x9cHi\xe2\x80\x9d\"");    /* curly quotes kept */
    check("caf\xe9!", 5, "\"caf\\ufffd!\"");                                     /* Latin-1 byte */
    check("\xf0\x9f\x98", 3, "\"\\ufffd\\ufffd\\ufffd\"");                       /* truncated emoji */
}

static void test_null(void **state)
{
    (void)state;
    buf b = BUF_INIT;
    json_strz(&b, NULL);
    json_strz(&b, "x");
    assert_string_equal(buf_str(&b), "null\"x\"");
    buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_runs),
        cmocka_unit_test(test_escapes),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_null),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
