/* Replays every fuzzing seed (fuzz/seeds/NAME/) and every input that once
 * crashed a harness (tests/data/fuzz-regress/NAME/) through the same
 * harness code, under the sanitizers of `make check`, without libFuzzer. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define LLVMFuzzerTestOneInput fuzz_doc_one
#define LLVMFuzzerInitialize fuzz_doc_init
#include "../../fuzz/fuzz_doc.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize
#define LLVMFuzzerTestOneInput fuzz_extract_one
#define LLVMFuzzerInitialize fuzz_extract_init
#include "../../fuzz/fuzz_extract.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize
#define LLVMFuzzerTestOneInput fuzz_config_one
#define LLVMFuzzerInitialize fuzz_config_init
#include "../../fuzz/fuzz_config.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize
#define LLVMFuzzerTestOneInput fuzz_alias_one
#define LLVMFuzzerInitialize fuzz_alias_init
#include "../../fuzz/fuzz_alias.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize
#define LLVMFuzzerTestOneInput fuzz_web_one
#define LLVMFuzzerInitialize fuzz_web_init
#include "../../fuzz/fuzz_web.c"
#undef LLVMFuzzerTestOneInput
#undef LLVMFuzzerInitialize

typedef int (*one_fn)(const uint8_t *, size_t);

static const char *top(void)
{
    const char *t = getenv("NEWSROOM_TOP");
    return t ? t : ".";
}

/* Feeds every file of dir to fn; returns how many. */
static size_t replay_dir(const char *dir, one_fn fn)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat sb;
        if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode))
            continue;
        FILE *f = fopen(path, "rb");
        assert_non_null(f);
        uint8_t *data = malloc(sb.st_size ? (size_t)sb.st_size : 1);
        size_t got = fread(data, 1, (size_t)sb.st_size, f);
        fclose(f);
        assert_int_equal(got, (size_t)sb.st_size);
        fprintf(stderr, "replay %s\n", path);
        fn(data, got);
        free(data);
        n++;
    }
    closedir(d);
    return n;
}

static void replay(const char *name, one_fn fn)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/fuzz/seeds/%s", top(), name);
    size_t seeds = replay_dir(dir, fn);
    snprintf(dir, sizeof dir, "%s/tests/data/fuzz-regress/%s", top(), name);
    size_t regress = replay_dir(dir, fn);
    fprintf(stderr, "%s: %zu seeds, %zu regression inputs\n", name, seeds, regress);
    assert_true(seeds > 0);   /* the seed corpus is part of the tree */
}

static void test_doc(void **state)
{
    fuzz_doc_init(NULL, NULL);
    replay("doc", fuzz_doc_one);
}

static void test_extract(void **state)
{
    fuzz_extract_init(NULL, NULL);
    replay("extract", fuzz_extract_one);
    /* The same inputs once more as documents: the front matter and
     * encodings of one harness are text for the other. */
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/fuzz/seeds/doc", top());
    replay_dir(dir, fuzz_extract_one);
    lexicon_free(fx_lex);
    fx_lex = NULL;
}

static void test_config(void **state)
{
    fuzz_config_init(NULL, NULL);
    replay("config", fuzz_config_one);
}

static void test_alias(void **state)
{
    fuzz_alias_init(NULL, NULL);
    replay("alias", fuzz_alias_one);
}

static void test_web(void **state)
{
    fuzz_web_init(NULL, NULL);
    replay("web", fuzz_web_one);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_doc),
        cmocka_unit_test(test_extract),
        cmocka_unit_test(test_config),
        cmocka_unit_test(test_alias),
        cmocka_unit_test(test_web),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
