/* Unit tests for safefile (reading only regular files without blocking,
 * writing by temporary file and rename, the home fallback), escape
 * (visible control characters) and the store's check that its path still
 * names the file it opened. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "buf.h"
#include "doc.h"
#include "escape.h"
#include "extract.h"
#include "safefile.h"
#include "store.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    strcpy(dir, "/tmp/nrsafeXXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static char *in_dir(const char *name)
{
    buf b = BUF_INIT;
    buf_printf(&b, "%s/%s", dir, name);
    return buf_steal(&b);
}

static void test_home_fallback(void **state)
{
    (void)state;
    char *saved = getenv("HOME") ? xstrdup(getenv("HOME")) : NULL;
    unsetenv("HOME");
    struct passwd *pw = getpwuid(getuid());
    char *h = safefile_home();
    if (pw && pw->pw_dir && *pw->pw_dir) {
        assert_non_null(h);
        assert_string_equal(h, pw->pw_dir);
    }
    char *x = safefile_expand("~/notes.md");
    if (h) {
        assert_non_null(x);
        assert_true(!strncmp(x, h, strlen(h)) && !strcmp(x + strlen(h), "/notes.md"));
    }
    char *d = store_default_path();
    if (h) {
        assert_non_null(d);
        assert_true(!strncmp(d, h, strlen(h))); /* never "./.local" */
    }
    free(d);
    free(x);
    free(h);
    setenv("HOME", "", 1);
    h = safefile_home(); /* empty HOME is unset */
    if (pw && pw->pw_dir && *pw->pw_dir)
        assert_string_equal(h, pw->pw_dir);
    free(h);
    if (saved) {
        setenv("HOME", saved, 1);
        free(saved);
    }
}

static void test_open_read_refuses_special(void **state)
{
    (void)state;
    char err[128];
    char *fifo = in_dir("fifo");
    assert_int_equal(mkfifo(fifo, 0600), 0);
    /* with no writer an open would block: this returns at once */
    assert_int_equal(safefile_open_read(fifo, err, sizeof err), -1);
    assert_string_equal(err, "a FIFO, not a regular file");
    assert_null(safefile_fopen_read(dir, err, sizeof err));
    assert_int_equal(errno, EISDIR);
    assert_int_equal(safefile_open_read("/dev/null", err, sizeof err), -1);
    assert_string_equal(err, "a character device, not a regular file");
    char *reg = in_dir("reg");
    FILE *f = fopen(reg, "w");
    fputs("x", f);
    fclose(f);
    int fd = safefile_open_read(reg, err, sizeof err);
    assert_true(fd >= 0);
    char c;
    assert_int_equal(read(fd, &c, 1), 1);
    close(fd);
    free(fifo);
    free(reg);
}

static void test_write_whole_or_not(void **state)
{
    (void)state;
    char err[256];
    char *db = in_dir("news.db"), *out = in_dir("out.md"), *wal = in_dir("news.db-wal");
    char *other = in_dir("x/../news.db");
    char *x = in_dir("x");
    mkdir(x, 0700);
    free(x);
    FILE *f = fopen(db, "w");
    fputs("the store", f);
    fclose(f);
    /* the store, by name, by another name, and its side files */
    assert_int_equal(safefile_check(db, db, err, sizeof err), -1);
    assert_int_equal(safefile_check(other, db, err, sizeof err), -1);
    assert_int_equal(safefile_check(wal, db, err, sizeof err), -1);
    assert_null(safefile_create(db, db, 1, 0600, err, sizeof err));
    /* a new file, then an existing one */
    assert_int_equal(safefile_check(out, db, err, sizeof err), 0);
    safefile *sf = safefile_create(out, db, 0, 0600, err, sizeof err);
    assert_non_null(sf);
    fputs("first", safefile_stream(sf));
    assert_int_equal(safefile_commit(sf, err, sizeof err), 0);
    struct stat sb;
    assert_int_equal(stat(out, &sb), 0);
    assert_int_equal(sb.st_mode & 0777, 0600);
    assert_int_equal(safefile_check(out, db, err, sizeof err), 1);
    assert_null(safefile_create(out, db, 0, 0600, err, sizeof err));
    /* abandoned: the old file stands */
    sf = safefile_create(out, db, 1, 0600, err, sizeof err);
    assert_non_null(sf);
    fputs("second", safefile_stream(sf));
    safefile_abort(sf);
    char text[32] = {0};
    f = fopen(out, "r");
    assert_non_null(fgets(text, sizeof text, f));
    fclose(f);
    assert_string_equal(text, "first");
    f = fopen(db, "r");
    assert_non_null(fgets(text, sizeof text, f));
    fclose(f);
    assert_string_equal(text, "the store");
    free(db);
    free(out);
    free(wal);
    free(other);
}

static void test_escape(void **state)
{
    (void)state;
    const char in[] = "a\x1b]0;t\x07 b\tc\nd\xc2\x9b" "e\xff\xc3\xa9";
    buf b = BUF_INIT;
    escape_visible(&b, in, sizeof in - 1, 1);
    assert_string_equal(buf_str(&b), "a\\x1B]0;t\\x07 b\tc\nd\\u009Be\\xFF\xc3\xa9");
    buf_clear(&b);
    escape_visible(&b, in, sizeof in - 1, 0);
    assert_string_equal(buf_str(&b), "a\\x1B]0;t\\x07 b\\tc\\nd\\u009Be\\xFF\xc3\xa9");
    assert_int_equal(escape_needed("plain \xc3\xa9", 8, 0), 0);
    buf_free(&b);
}

/* A store whose file is replaced (mv other.db store.db) or removed under
 * an open handle refuses every write with one line; the new file is
 * untouched. */
static void test_store_replaced_or_removed(void **state)
{
    (void)state;
    char err[256];
    char *p = in_dir("s/store.db"), *other = in_dir("s/other.db");
    store *st = store_open(p, STORE_RW, err, sizeof err);
    assert_non_null(st);
    assert_int_equal(store_check_file(st), 0);
    store *o = store_open(other, STORE_RW, err, sizeof err);
    assert_non_null(o);
    store_close(o);
    struct stat before;
    assert_int_equal(stat(other, &before), 0);
    assert_int_equal(rename(other, p), 0);
    assert_int_equal(store_check_file(st), -1);
    assert_non_null(strstr(store_error(st), "replaced"));
    assert_int_equal(store_begin(st), -1);
    assert_non_null(strstr(store_error(st), "replaced"));
    /* a write outside store_begin (autocommit) is rolled back too */
    assert_int_equal(store_article_mark_read(st, 1, 1), -1);
    assert_non_null(strstr(store_error(st), "replaced"));
    store_close(st);
    /* the replacement opens clean, with nothing of the old handle's */
    st = store_open(p, STORE_RW, err, sizeof err);
    assert_non_null(st);
    store_stats s;
    assert_int_equal(store_stats_get(st, &s), 0);
    assert_int_equal(s.bookmarks, 0);
    assert_int_equal(unlink(p), 0);
    assert_int_equal(store_begin(st), -1);
    assert_non_null(strstr(store_error(st), "removed"));
    store_close(st);
    free(p);
    free(other);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_home_fallback),
        cmocka_unit_test(test_open_read_refuses_special),
        cmocka_unit_test(test_write_whole_or_not),
        cmocka_unit_test(test_escape),
        cmocka_unit_test(test_store_replaced_or_removed),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
