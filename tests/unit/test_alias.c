/* Unit tests for alias keys and the user's alias file. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "extract_fixture.h"

static void same(const lexicon *l, const char *a, const char *b)
{
    char *ka = extract_alias_key(l, a), *kb = extract_alias_key(l, b);
    if (strcmp(ka, kb) != 0)
        fail_msg("'%s' (%s) and '%s' (%s) differ", a, ka, b, kb);
    free(ka);
    free(kb);
}

static void differ(const lexicon *l, const char *a, const char *b)
{
    char *ka = extract_alias_key(l, a), *kb = extract_alias_key(l, b);
    if (strcmp(ka, kb) == 0)
        fail_msg("'%s' and '%s' share key %s", a, b, ka);
    free(ka);
    free(kb);
}

static void test_keys(void **state)
{
    (void)state;
    same(lx, "President Volodymyr Zelenskyy", "Volodymyr Zelensky");
    same(lx, "Volodymyr Zelenskiy", "VOLODYMYR ZELENSKYY");
    same(lx, "Donald J. Trump", "Donald Trump");
    same(lx, "Mr. Trump", "Trump");
    same(lx, "Trump's", "Trump");
    same(lx, "Secretary of State Marco Rubio", "Marco Rubio");
    same(lx, "José Pérez", "Jose Perez");
    same(lx, "Gov. Mike Pence", "Mike Pence");
    differ(lx, "Kim Jong-un", "Kim Yong-chol");
    differ(lx, "Hillary Clinton", "Bill Clinton");
    char *k = extract_alias_key(lx, "President Volodymyr Zelenskyy");
    assert_string_equal(k, "volodymyr zelensky");
    free(k);
    k = extract_alias_key(lx, "");
    assert_string_equal(k, "");
    free(k);
    assert_null(lexicon_alias_canonical(lx, "Donald Trump"));
}

static void test_alias_file_merges_and_splits(void **state)
{
    (void)state;
    char path[] = "/tmp/nralias.XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    const char *body = "# the user's aliases\n"
                       "Volodymyr Zelenskyy: [Ze, Vova Zelensky]\n"
                       "George W. Bush: [Dubya]\n"
                       "George H. W. Bush: [Bush Senior]\n";
    assert_int_equal(write(fd, body, strlen(body)), (ssize_t)strlen(body));
    close(fd);
    const char *dirs[] = {lexicon_default_dir()};
    lexicon *l = lexicon_load(dirs, 1, path, NULL, NULL);
    unlink(path);
    assert_string_equal(lexicon_alias_canonical(l, "Ze"), "Volodymyr Zelenskyy");
    assert_string_equal(lexicon_alias_canonical(l, "vova zelensky"), "Volodymyr Zelenskyy");
    /* merge: an alias joins the actor */
    same(l, "Ze", "Volodymyr Zelenskyy");
    same(l, "Ze", "President Volodymyr Zelenskiy");
    /* split: without the file both Bushes fold to one key; with it they part */
    same(lx, "George W. Bush", "George H. W. Bush");
    differ(l, "George W. Bush", "George H. W. Bush");
    same(l, "Dubya", "George W. Bush");
    same(l, "Bush Senior", "George H. W. Bush");
    lexicon_free(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_alias_file_merges_and_splits),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
