/* Unit tests for config: defaults, values, every kind of mistake reported
 * with file:line:column while the default is kept, keys/colors sections. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "config.h"

typedef struct diags {
    int n;
    char msg[16][300];
} diags;

static void diag(void *ctx, const char *file, size_t line, size_t col, const char *msg)
{
    diags *d = ctx;
    if (d->n < 16)
        snprintf(d->msg[d->n], 300, "%s:%zu:%zu: %s", strrchr(file, '/') + 1, line, col, msg);
    d->n++;
}

static char path[64];

static void write_config(const char *text)
{
    strcpy(path, "/tmp/nrcfgXXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
}

static const char *base(void)
{
    return strrchr(path, '/') + 1;
}

static void test_defaults(void **state)
{
    (void)state;
    setenv("XDG_CONFIG_HOME", "/nonexistent-config-home", 1);
    config c;
    diags d = {0};
    assert_int_equal(config_load(NULL, &c, diag, &d), 0);
    assert_int_equal(d.n, 0);
    assert_null(c.file);
    assert_null(c.database);
    assert_int_equal(c.max_file_size, 8u * 1024 * 1024);
    assert_int_equal(c.mouse, 0);
    assert_int_equal(c.color, 1);
    assert_string_equal(c.date_format, "%Y-%m-%d");
    assert_string_equal(c.dir, "/nonexistent-config-home/newsroom");
    assert_true(c.list_width >= 10 && c.list_width <= 80);
    config_free(&c);
    /* every option in the table has help */
    for (size_t i = 0; i < config_n_options; i++)
        assert_true(strlen(config_options[i].help) > 10);
}

static void test_values(void **state)
{
    (void)state;
    write_config("# comment\n"
                 "database: ~/news.db\n"
                 "max_file_size: 2MiB\n"
                 "aliases: my-aliases.yaml\n"
                 "mouse: yes\n"
                 "date_format: \"%d %b\"\n"
                 "list_width: 40\n"
                 "color: false\n"
                 "keys:\n"
                 "  down: [j, Down]\n"
                 "  quit: q\n"
                 "colors:\n"
                 "  people: cyan default bold\n");
    setenv("HOME", "/home/someone", 1);
    config c;
    diags d = {0};
    assert_int_equal(config_load(path, &c, diag, &d), 0);
    assert_int_equal(d.n, 0);
    assert_string_equal(c.database, "/home/someone/news.db");
    assert_int_equal(c.max_file_size, 2u * 1024 * 1024);
    assert_non_null(strstr(c.aliases, "/tmp/my-aliases.yaml"));
    assert_int_equal(c.mouse, 1);
    assert_int_equal(c.color, 0);
    assert_int_equal(c.list_width, 40);
    assert_string_equal(c.date_format, "%d %b");
    assert_int_equal(c.n_keys, 2);
    assert_string_equal(c.keys[0].name, "down");
    assert_string_equal(c.keys[0].value, "j Down");
    assert_int_equal(c.keys[0].line, 10);
    assert_int_equal(c.keys[1].col, 9);
    assert_int_equal(c.n_colors, 1);
    assert_string_equal(c.colors[0].value, "cyan default bold");
    assert_int_equal(c.colors[0].line, 13);
    config_free(&c);
    unlink(path);
}

static void test_mistakes_keep_defaults(void **state)
{
    (void)state;
    write_config("mouse: maybe\n"
                 "colour: true\n"
                 "list_width: 500\n"
                 "max_file_size: lots\n"
                 "side_width: [1, 2]\n"
                 "date_format: \"%H\"\n");
    config c;
    diags d = {0};
    assert_int_equal(config_load(path, &c, diag, &d), 0);
    assert_int_equal(d.n, 5);
    char want[200];
    snprintf(want, sizeof want, "%s:1:8: mouse: expected true or false", base());
    assert_non_null(strstr(d.msg[0], want));
    snprintf(want, sizeof want, "%s:2:1: unknown option \"colour\"", base());
    assert_string_equal(d.msg[1], want);
    snprintf(want, sizeof want, "%s:3:13:", base());
    assert_non_null(strstr(d.msg[2], want));
    assert_non_null(strstr(d.msg[3], "max_file_size"));
    assert_non_null(strstr(d.msg[4], ":5:13:"));
    /* defaults kept; the good line after the bad ones still counts */
    assert_int_equal(c.mouse, 0);
    assert_int_equal(c.max_file_size, 8u * 1024 * 1024);
    assert_string_equal(c.date_format, "%H");
    config_free(&c);
    unlink(path);
}

static void test_yaml_error(void **state)
{
    (void)state;
    write_config("mouse: true\nlist_width: [40\n");
    config c;
    diags d = {0};
    assert_int_equal(config_load(path, &c, diag, &d), 0);
    assert_int_equal(d.n, 2);
    char want[64];
    snprintf(want, sizeof want, "%s:3:1: ", base());
    assert_non_null(strstr(d.msg[1], want));
    assert_non_null(strstr(d.msg[1], "flow sequence"));
    assert_int_equal(c.mouse, 1);
    config_free(&c);
    unlink(path);

    write_config("- just\n- a list\n");
    diags d2 = {0};
    assert_int_equal(config_load(path, &c, diag, &d2), 0);
    assert_int_equal(d2.n, 1);
    assert_non_null(strstr(d2.msg[0], ":1:1: the configuration must be a mapping"));
    config_free(&c);
    unlink(path);
}

static void test_alias_bomb(void **state)
{
    (void)state;
    write_config("keys:\n"
                 "  a: &a [x, x, x, x, x, x, x, x]\n"
                 "  b: &b [*a, *a, *a, *a, *a, *a, *a]\n"
                 "  c: [*b, *b, *b, *b, *b, *b, *b]\n"
                 "mouse: *a\n");
    config c;
    diags d = {0};
    assert_int_equal(config_load(path, &c, diag, &d), 0);
    assert_true(d.n >= 2);
    assert_int_equal(c.mouse, 0);
    config_free(&c);
    unlink(path);
}

static void test_missing_file(void **state)
{
    (void)state;
    config c;
    diags d = {0};
    assert_int_equal(config_load("/nonexistent/newsroom.yaml", &c, diag, &d), -1);
    assert_int_equal(d.n, 1);
    assert_non_null(strstr(d.msg[0], "No such file"));
    assert_int_equal(c.max_file_size, 8u * 1024 * 1024);
    config_free(&c);
}

/* The shipped config/newsroom.yaml reads cleanly and lists every option. */
static void test_shipped_config(void **state)
{
    (void)state;
    const char *dir = getenv("NEWSROOM_DATADIR");
    if (!dir)
        skip();
    char p[512];
    snprintf(p, sizeof p, "%s/newsroom.yaml", dir);
    config c;
    diags d = {0};
    assert_int_equal(config_load(p, &c, diag, &d), 0);
    assert_int_equal(d.n, 0);
    config_free(&c);
    FILE *f = fopen(p, "r");
    assert_non_null(f);
    char text[16384];
    size_t n = fread(text, 1, sizeof text - 1, f);
    text[n] = '\0';
    fclose(f);
    for (size_t i = 0; i < config_n_options; i++) {
        char want[64];
        snprintf(want, sizeof want, "# %s: ", config_options[i].name);
        assert_non_null(strstr(text, want));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_mistakes_keep_defaults),
        cmocka_unit_test(test_yaml_error),
        cmocka_unit_test(test_alias_bomb),
        cmocka_unit_test(test_missing_file),
        cmocka_unit_test(test_shipped_config),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
