/* Unit tests for lexicon: loading YAML sections, extension from later
 * directories, error reports with file:line:col, the given-name and
 * gazetteer tables, the default directory. */
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
#include "extract.h"
#include "extract_lex.h"
#include "lexicon.h"

typedef struct diags {
    int n;
    char last[512];
} diags;

static void diag(void *ctx, const char *file, size_t line, size_t col, const char *msg)
{
    diags *d = ctx;
    d->n++;
    const char *base = strrchr(file, '/');
    snprintf(d->last, sizeof d->last, "%s:%zu:%zu: %s", base ? base + 1 : file, line, col, msg);
}

static char tmp[256];

static void write_file(const char *dir, const char *name, const char *body)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs(body, f);
    fclose(f);
}

static char *mkdir_in(const char *name)
{
    static char p[4][512];
    static int k;
    char *d = p[k++ % 4];
    snprintf(d, 512, "%s/%s", tmp, name);
    mkdir(d, 0700);
    return d;
}

static int setup(void **state)
{
    (void)state;
    snprintf(tmp, sizeof tmp, "%s/nrlex.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    return mkdtemp(tmp) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    return system(cmd) == 0 ? 0 : -1;
}

static const lx_entry *get(const lexicon *lx, const char *key)
{
    return lex_get(lx, key, strlen(key));
}

static void test_sections_and_extension(void **state)
{
    (void)state;
    char *a = mkdir_in("a"), *b = mkdir_in("b");
    write_file(a, "words.yaml", "# test\nspeech_verbs:\n  say: [says, said]\nmale: [Donald]\n"
                                "places:\n  United States: [U.S., US]\n");
    write_file(b, "mine.yaml", "speech_verbs: {opine: [opined]}\nfemale: [Karoline]\n"
                               "organizations: [Acme Widgets]\n");
    const char *dirs[] = {a, b};
    diags d = {0, ""};
    lexicon *lx = lexicon_load(dirs, 2, NULL, diag, &d);
    assert_int_equal(d.n, 0);
    assert_true(get(lx, "said")->flags & LX_VERB);
    assert_true(get(lx, "opined")->flags & LX_VERB); /* the later directory extends */
    assert_int_equal(get(lx, "donald")->gender, G_MALE);
    assert_int_equal(get(lx, "karoline")->gender, G_FEMALE);
    assert_string_equal(get(lx, "u s")->place, "United States");
    assert_true(get(lx, "us")->caps); /* "US", not "us" */
    assert_string_equal(get(lx, "acme widgets")->org, "Acme Widgets");
    assert_null(get(lx, "nothing here"));
    /* the user's words reach extraction */
    extraction ex;
    const char *t = "\"Fine,\" Karoline Smith opined.";
    extract_run(lx, t, strlen(t), &ex);
    assert_int_equal(ex.n_quotes, 1);
    assert_string_equal(ex.quotes[0].cue, "opined");
    assert_string_equal(ex.entities[ex.quotes[0].speaker].name, "Karoline Smith");
    extraction_free(&ex);
    lexicon_free(lx);
}

static void test_errors_have_positions(void **state)
{
    (void)state;
    char *c = mkdir_in("c");
    write_file(c, "bad.yaml", "male: [Tom, Dick\nfemale: [Ann]\n");
    write_file(c, "unknown.yaml", "male: [Tom]\nfrobs: [x]\n");
    write_file(c, "shape.yaml", "honorifics:\n  Mr: \n");
    write_file(c, "ok.yaml", "female: [Jane]\n");
    const char *dirs[] = {c};
    diags d = {0, ""};
    lexicon *lx = lexicon_load(dirs, 1, NULL, diag, &d);
    /* three bad files reported, the good one still loaded */
    assert_int_equal(d.n, 3);
    assert_non_null(get(lx, "jane"));
    assert_non_null(get(lx, "tom"));
    lexicon_free(lx);

    char *e = mkdir_in("e");
    write_file(e, "unknown.yaml", "male: [Tom]\nfrobs: [x]\n");
    const char *dirs2[] = {e};
    d.n = 0;
    lx = lexicon_load(dirs2, 1, NULL, diag, &d);
    assert_int_equal(d.n, 1);
    assert_string_equal(d.last, "unknown.yaml:2:1: unknown section 'frobs'");
    lexicon_free(lx);

    char *f = mkdir_in("f");
    write_file(f, "bad.yaml", "male: [Tom, Dick\nfemale: [Ann]\n");
    const char *dirs3[] = {f};
    d.n = 0;
    lx = lexicon_load(dirs3, 1, NULL, diag, &d);
    assert_int_equal(d.n, 1);
    assert_non_null(strstr(d.last, "bad.yaml:"));
    assert_true(strstr(d.last, ":2:") || strstr(d.last, ":1:"));
    lexicon_free(lx);
}

static void test_missing_dir_and_config_dir(void **state)
{
    (void)state;
    char *g = mkdir_in("g");
    /* a config directory: its lexicons live in lexicons/, newsroom.yaml is not one */
    write_file(g, "newsroom.yaml", "db: x.db\n");
    write_file(g, "aliases.yaml", "Someone: [Else]\n");
    char sub[600];
    snprintf(sub, sizeof sub, "%s/lexicons", g);
    mkdir(sub, 0700);
    write_file(sub, "extra.yaml", "male: [Zebulon]\n");
    const char *dirs[] = {"/nonexistent/newsroom", g};
    diags d = {0, ""};
    lexicon *lx = lexicon_load(dirs, 2, "/nonexistent/aliases.yaml", diag, &d);
    assert_int_equal(d.n, 0);
    assert_non_null(get(lx, "zebulon"));
    lexicon_free(lx);
}

/* given_names.tsv and gazetteer.tsv: read in place, the user's table
 * consulted before the shipped one, country lines read at load. */
static void test_sorted_tables(void **state)
{
    (void)state;
    char *a = mkdir_in("ta"), *b = mkdir_in("tb");
    write_file(a, "given_names.tsv", "aurelien\tmn\nrobin\txn\nsiobhan\tfn\nwill\tmw\n");
    write_file(a, "gazetteer.tsv", "!GB\tUnited Kingdom\tEngland\tScotland\n"
                                   "!US\tUnited States\tTexas\n"
                                   "kirkcaldy\t49460\tGB\t\npolice\t34350\tPL\tw\n"
                                   "sheffield\t685368\tGB\tf\n");
    write_file(b, "given_names.tsv", "robin\tfn\n");
    const char *dirs[] = {a, b};
    diags d = {0, ""};
    lexicon *lx = lexicon_load(dirs, 2, NULL, diag, &d);
    assert_int_equal(d.n, 0);
    lx_given g;
    assert_true(lex_given(lx, "aurelien", 8, &g));
    assert_int_equal(g.gender, G_MALE);
    assert_true(g.starts);
    assert_true(lex_given(lx, "siobhan", 7, &g));
    assert_int_equal(g.gender, G_FEMALE);
    /* a common word: its gender counts, it starts no name */
    assert_true(lex_given(lx, "will", 4, &g));
    assert_int_equal(g.gender, G_MALE);
    assert_false(g.starts);
    /* the user's table first: "robin" is theirs, not the mixed one */
    assert_true(lex_given(lx, "robin", 5, &g));
    assert_int_equal(g.gender, G_FEMALE);
    assert_false(lex_given(lx, "rob", 3, &g));
    assert_false(lex_given(lx, "zelda", 5, &g));
    lx_place p;
    assert_true(lex_gazetteer(lx, "kirkcaldy", 9, &p));
    assert_int_equal(p.pop, 49460);
    assert_string_equal(p.cc, "GB");
    assert_int_equal(p.flags, 0);
    assert_true(lex_gazetteer(lx, "police", 6, &p));
    assert_int_equal(p.flags, GZ_WORD);
    assert_true(lex_gazetteer(lx, "sheffield", 9, &p));
    assert_int_equal(p.flags, GZ_GIVEN);
    assert_false(lex_gazetteer(lx, "leeds", 5, &p));
    const lx_country *c = lex_country(lx, "GB");
    assert_non_null(c);
    assert_string_equal(c->name, "United Kingdom");
    assert_non_null(strstr(c->parts, "\tscotland\t"));
    assert_null(lex_country(lx, "FR"));
    lexicon_free(lx);
}

static void test_default_dir(void **state)
{
    (void)state;
    char *saved = getenv("NEWSROOM_DATADIR") ? strdup(getenv("NEWSROOM_DATADIR")) : NULL;
    setenv("NEWSROOM_DATADIR", "/opt/nr", 1);
    assert_string_equal(lexicon_default_dir(), "/opt/nr/lexicons");
    unsetenv("NEWSROOM_DATADIR");
    const char *d = lexicon_default_dir();
    size_t n = strlen(d);
    assert_true(n >= 9 && strcmp(d + n - 9, "/lexicons") == 0);
    if (saved) {
        setenv("NEWSROOM_DATADIR", saved, 1);
        free(saved);
    }
}

static void test_shipped_lexicons_load_clean_and_fast(void **state)
{
    (void)state;
    const char *dirs[] = {lexicon_default_dir()};
    diags d = {0, ""};
    lexicon *lx = lexicon_load(dirs, 1, NULL, diag, &d);
    if (d.n)
        fail_msg("%s", d.last);
    assert_string_equal(get(lx, "u s")->place, "United States");
    assert_string_equal(get(lx, "b c")->place, "British Columbia");
    assert_string_equal(get(lx, "moscow")->place, "Moscow");
    assert_string_equal(get(lx, "ukrainian")->country, "Ukraine");
    assert_string_equal(get(lx, "white house")->org, "White House");
    assert_true(get(lx, "said")->flags & LX_VERB);
    assert_true(get(lx, "kim")->flags & LX_SURFIRST);
    assert_true(get(lx, "group")->flags & LX_NOTEND);
    /* the generated tables: given names with gender, the gazetteer */
    lx_given g;
    assert_true(lex_given(lx, "tariq", 5, &g) && g.gender == G_MALE && g.starts);
    assert_true(lex_given(lx, "siobhan", 7, &g) && g.gender == G_FEMALE);
    assert_true(lex_given(lx, "oluwaseun", 9, &g) && g.gender == G_NONE); /* mixed: unknown */
    assert_true(lex_given(lx, "will", 4, &g) && !g.starts);
    lx_place p;
    assert_true(lex_gazetteer(lx, "kirkcaldy", 9, &p) && strcmp(p.cc, "GB") == 0 && p.pop > 1000);
    assert_true(lex_gazetteer(lx, "police", 6, &p) && (p.flags & GZ_WORD));
    assert_non_null(lex_country(lx, "GB"));
    lexicon_free(lx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sections_and_extension),
        cmocka_unit_test(test_errors_have_positions),
        cmocka_unit_test(test_missing_dir_and_config_dir),
        cmocka_unit_test(test_sorted_tables),
        cmocka_unit_test(test_default_dir),
        cmocka_unit_test(test_shipped_lexicons_load_clean_and_fast),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
