/* Unit tests for import: directory walk (sorted, recursive, hidden skipped),
 * refusals with one line each, dedup, batches, the stop flag, and the
 * order indexes a large import builds at its end. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "import.h"
#include "store_internal.h"

typedef struct fx {
    char dir[64];
    store *st;
    lexicon *lx;
} fx;

typedef struct msgs {
    int n, errors;
    char line[16][400];
} msgs;

static void on_message(void *ctx, int is_error, const char *line)
{
    msgs *m = ctx;
    if (m->n < 16)
        snprintf(m->line[m->n], 400, "%s", line);
    m->n++;
    m->errors += is_error;
}

static void put(const char *dir, const char *name, const char *text, size_t len)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    fwrite(text, 1, len, f);
    fclose(f);
}

static int setup(void **state)
{
    fx *f = calloc(1, sizeof *f);
    strcpy(f->dir, "/tmp/nrimpXXXXXX");
    if (!mkdtemp(f->dir))
        return -1;
    char p[128];
    snprintf(p, sizeof p, "%s/in", f->dir);
    mkdir(p, 0700);
    snprintf(p, sizeof p, "%s/in/sub", f->dir);
    mkdir(p, 0700);
    snprintf(p, sizeof p, "%s/in/.hidden", f->dir);
    mkdir(p, 0700);
    snprintf(p, sizeof p, "%s/db", f->dir);
    char err[256];
    f->st = store_open(p, STORE_RW, err, sizeof err);
    f->lx = lexicon_load(NULL, 0, NULL, NULL, NULL);
    *state = f;
    return f->st ? 0 : -1;
}

static int teardown(void **state)
{
    fx *f = *state;
    store_close(f->st);
    lexicon_free(f->lx);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", f->dir);
    int rc = system(cmd);
    free(f);
    return rc == 0 ? 0 : -1;
}

static void fill(const fx *f)
{
    char in[128], sub[128], hid[128];
    snprintf(in, sizeof in, "%s/in", f->dir);
    snprintf(sub, sizeof sub, "%s/in/sub", f->dir);
    snprintf(hid, sizeof hid, "%s/in/.hidden", f->dir);
    const char *a = "Harbour reopens\n\nThe harbour reopened on Monday.\n";
    const char *b = "Bridge closes\n\nThe bridge closed on Tuesday.\n";
    put(in, "b.txt", b, strlen(b));
    put(in, "a.txt", a, strlen(a));
    put(sub, "a-copy.txt", a, strlen(a));        /* same text: already present */
    put(in, "empty.txt", "", 0);
    put(in, "bin.dat", "x\0y", 3);
    put(in, ".secret.txt", b, strlen(b));        /* hidden: skipped */
    put(hid, "c.txt", "Other\n\nText.\n", 13);   /* hidden dir: skipped */
    put(in, "bad.md", "---\ntitle: [x\n---\nBody.\n", 24);
}

static void test_directory(void **state)
{
    fx *f = *state;
    fill(f);
    char in[128];
    snprintf(in, sizeof in, "%s/in", f->dir);
    const char *paths[] = {in};
    msgs m = {0};
    import_opts o = {.max_file_size = 0, .batch = 1, .progress = 0, .message = on_message, .ctx = &m};
    import_report rep;
    assert_int_equal(import_paths(f->st, f->lx, paths, 1, &o, &rep), 1);
    assert_int_equal(rep.files, 6);
    assert_int_equal(rep.imported, 2);
    assert_int_equal(rep.present, 1);
    assert_int_equal(rep.refused, 3);
    assert_int_equal(m.errors, 3);
    /* sorted: bad.md, bin.dat, empty.txt */
    assert_non_null(strstr(m.line[0], "/in/bad.md: front matter line 2, column"));
    assert_non_null(strstr(m.line[1], "/in/bin.dat: binary file"));
    assert_non_null(strstr(m.line[2], "/in/empty.txt: empty file"));
    store_stats s;
    store_stats_get(f->st, &s);
    assert_int_equal(s.articles, 2);

    /* into an empty store, the order indexes were built at the end */
    assert_int_equal(store_indexes_missing(f->st), 0);

    /* again: nothing new; and an import killed before it built them left
     * them out: this one builds them */
    assert_int_equal(store_indexes_defer(f->st), 6);
    msgs m2 = {0};
    o.ctx = &m2;
    assert_int_equal(import_paths(f->st, f->lx, paths, 1, &o, &rep), 1);
    assert_int_equal(rep.imported, 0);
    assert_int_equal(rep.present, 3);
    assert_int_equal(store_indexes_missing(f->st), 0);
}

static int drops;

static int count_drops(unsigned type, void *ctx, void *p, void *x)
{
    (void)type, (void)ctx, (void)x;
    const char *sql = sqlite3_sql(p);
    drops += sql && strncmp(sql, "DROP INDEX", 10) == 0;
    return 0;
}

/* Only an import at least the size of the store leaves the order indexes
 * out while it runs. */
static void test_order_indexes_left_out(void **state)
{
    fx *f = *state;
    fill(f);
    char a[128], b[128];
    snprintf(a, sizeof a, "%s/in/a.txt", f->dir);
    snprintf(b, sizeof b, "%s/in/b.txt", f->dir);
    sqlite3_trace_v2(f->st->db, SQLITE_TRACE_STMT, count_drops, NULL);
    msgs m = {0};
    import_opts o = {.max_file_size = 0, .batch = 0, .progress = 0, .message = on_message, .ctx = &m};
    import_report rep;
    const char *first[] = {a};
    assert_int_equal(import_paths(f->st, f->lx, first, 1, &o, &rep), 0);
    assert_int_equal(drops, 6);
    const char *both[] = {a, b};
    drops = 0;
    assert_int_equal(import_paths(f->st, f->lx, both, 2, &o, &rep), 0);
    assert_int_equal(rep.imported, 1);
    assert_int_equal(drops, 6);
    drops = 0;
    assert_int_equal(import_paths(f->st, f->lx, first, 1, &o, &rep), 0);
    assert_int_equal(drops, 0);
    assert_int_equal(store_indexes_missing(f->st), 0);
}

static void test_missing_and_stop(void **state)
{
    fx *f = *state;
    fill(f);
    char a[128], missing[128];
    snprintf(a, sizeof a, "%s/in/a.txt", f->dir);
    snprintf(missing, sizeof missing, "%s/in/nope.txt", f->dir);
    const char *paths[] = {missing, a};
    msgs m = {0};
    import_opts o = {.max_file_size = 0, .batch = 0, .progress = 0, .message = on_message, .ctx = &m};
    import_report rep;
    assert_int_equal(import_paths(f->st, f->lx, paths, 2, &o, &rep), 1);
    assert_int_equal(rep.refused, 1);
    assert_int_equal(rep.imported, 1);
    assert_non_null(strstr(m.line[0], "nope.txt: No such file or directory"));

    /* a stop asked before the start imports nothing and says so */
    volatile sig_atomic_t stop = 1;
    o.stop = &stop;
    char b[128];
    snprintf(b, sizeof b, "%s/in/b.txt", f->dir);
    const char *p2[] = {b};
    assert_int_equal(import_paths(f->st, f->lx, p2, 1, &o, &rep), 2);
    assert_int_equal(rep.imported, 0);
    store_stats s;
    store_stats_get(f->st, &s);
    assert_int_equal(s.articles, 1);
}

static void test_size_limit(void **state)
{
    fx *f = *state;
    fill(f);
    char a[128];
    snprintf(a, sizeof a, "%s/in/a.txt", f->dir);
    const char *paths[] = {a};
    msgs m = {0};
    import_opts o = {.max_file_size = 10, .batch = 0, .progress = 0, .message = on_message, .ctx = &m};
    import_report rep;
    assert_int_equal(import_paths(f->st, f->lx, paths, 1, &o, &rep), 1);
    assert_int_equal(rep.refused, 1);
    assert_non_null(strstr(m.line[0], "too large"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_directory, setup, teardown),
        cmocka_unit_test_setup_teardown(test_order_indexes_left_out, setup, teardown),
        cmocka_unit_test_setup_teardown(test_missing_and_stop, setup, teardown),
        cmocka_unit_test_setup_teardown(test_size_limit, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
