/* Unit tests for export: format names, every format on a real store with a
 * bookmark (Markdown citation, CSV quoting, JSON). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "buf.h"
#include "export.h"

static const char *const TEXT =
    "Mayor Ann Example said \"the bridge, \"\"old\"\" as it is, stays open\" on Monday.";

static store *make_store(char *dir)
{
    strcpy(dir, "/tmp/nrexpXXXXXX");
    assert_non_null(mkdtemp(dir));
    char p[128];
    snprintf(p, sizeof p, "%s/db", dir);
    char err[256];
    store *st = store_open(p, STORE_RW, err, sizeof err);
    assert_non_null(st);
    doc d;
    memset(&d, 0, sizeof d);
    d.path = xstrdup("mem");
    d.text = xstrdup(TEXT);
    d.text_len = strlen(TEXT);
    d.title = xstrdup("Bridge stays open");
    d.source = xstrdup("The Example Gazette");
    d.date = xstrdup("2025-03-04");
    d.hash = doc_hash(d.text, d.text_len);
    extraction ex;
    memset(&ex, 0, sizeof ex);
    ex.entities = xcalloc(1, sizeof *ex.entities);
    ex.n_entities = 1;
    ex.entities[0].name = xstrdup("Ann Example");
    ex.entities[0].kind = ACTOR_PERSON;
    ex.entities[0].mentions = xcalloc(1, sizeof(ex_span));
    ex.entities[0].mentions[0] = (ex_span){6, 17};
    ex.entities[0].n_mentions = 1;
    ex.quotes = xcalloc(1, sizeof *ex.quotes);
    ex.n_quotes = 1;
    const char *q = strstr(TEXT, "the bridge");
    ex.quotes[0].start = (size_t)(q - TEXT);
    ex.quotes[0].end = (size_t)(strstr(TEXT, " on Monday") - 1 - TEXT);
    ex.quotes[0].speaker = 0;
    ex.quotes[0].cue = xstrdup("said");
    int64_t id;
    assert_int_equal(store_begin(st), 0);
    assert_int_equal(store_article_add(st, &d, &ex, NULL, &id), STORE_ADDED);
    assert_int_equal(store_commit(st), 0);
    extraction_free(&ex);
    doc_free(&d);
    int64_t bid;
    assert_int_equal(store_bookmark_add(st, 1, "lead, maybe", "bridge", &bid), 0);
    return st;
}

static char *run(store *st, export_format f)
{
    char *mem = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&mem, &len);
    assert_int_equal(export_bookmarks(st, f, out), 0);
    fclose(out);
    return mem;
}

static void test_names(void **state)
{
    (void)state;
    assert_int_equal(export_format_parse("markdown"), EXPORT_MARKDOWN);
    assert_int_equal(export_format_parse("md"), EXPORT_MARKDOWN);
    assert_int_equal(export_format_parse("CSV"), EXPORT_CSV);
    assert_int_equal(export_format_parse("json"), EXPORT_JSON);
    assert_int_equal(export_format_parse("text"), EXPORT_TEXT);
    assert_int_equal(export_format_parse("pdf"), -1);
    assert_int_equal(export_format_for_path("out/notes.csv"), EXPORT_CSV);
    assert_int_equal(export_format_for_path("notes.json"), EXPORT_JSON);
    assert_int_equal(export_format_for_path("notes"), EXPORT_MARKDOWN);
    assert_int_equal(export_format_for_path("dir.d/notes"), EXPORT_MARKDOWN);
}

static void test_formats(void **state)
{
    (void)state;
    char dir[64];
    store *st = make_store(dir);
    char *md = run(st, EXPORT_MARKDOWN);
    assert_non_null(strstr(md, "> \xE2\x80\x9C" "the bridge, \"\"old\"\" as it is, stays open\xE2\x80\x9D\n"));
    assert_non_null(strstr(md, "Ann Example, quoted by *The Example Gazette*, 2025-03-04, "
                               "\xE2\x80\x9C" "Bridge stays open\xE2\x80\x9D"));
    assert_non_null(strstr(md, "Note: lead, maybe"));
    free(md);
    char *csv = run(st, EXPORT_CSV);
    assert_non_null(strstr(csv, "id,quote,speaker,source,date,title,article,note,tag,created\r\n"));
    assert_non_null(strstr(csv, "1,\"the bridge, \"\"\"\"old\"\"\"\" as it is, stays open\",Ann Example,"
                                "The Example Gazette,2025-03-04,Bridge stays open,1,\"lead, maybe\",bridge,"));
    free(csv);
    char *js = run(st, EXPORT_JSON);
    assert_non_null(strstr(js, "\"speaker\": \"Ann Example\""));
    assert_non_null(strstr(js, "\"text\": \"the bridge, \\\"\\\"old\\\"\\\" as it is, stays open\""));
    assert_non_null(strstr(js, "\"id\": 1, \"quote\": 1"));
    free(js);
    char *txt = run(st, EXPORT_TEXT);
    assert_non_null(strstr(txt, "[1] \xE2\x80\x9C" "the bridge"));
    assert_non_null(strstr(txt, "note: lead, maybe"));
    free(txt);
    store_close(st);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_formats),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
