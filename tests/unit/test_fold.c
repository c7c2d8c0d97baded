/* Unit tests for fold: the keys names and searches are matched on. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "fold.h"

static void check(const char *in, const char *want)
{
    char *got = fold_dup(in);
    assert_string_equal(got, want);
    free(got);
}

static void test_case_and_accents(void **state)
{
    (void)state;
    check("Zel\xc3\xa9nskyy", "zelenskyy");
    check("ZELENSKYY", "zelenskyy");
    check("Fran\xc3\xa7ois Hollande", "francois hollande");
    check("Stra\xc3\x9f" "e", "strasse");
}

static void test_punctuation(void **state)
{
    (void)state;
    check("  Kim Jong-un,  ", "kim jong un");
    check("O'Brien", "obrien");
    check("Trump\xe2\x80\x99s", "trumps");
    check("U.S.", "u s");
    check("", "");
    check("\xe2\x80\x9c\xe2\x80\x9d", "");
}

static void test_scripts(void **state)
{
    (void)state;
    check("\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3", "\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3"); /* CJK kept */
    check("bad\xff" "byte", "badbyte");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_and_accents),
        cmocka_unit_test(test_punctuation),
        cmocka_unit_test(test_scripts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
