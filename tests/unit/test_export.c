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
#include "store_internal.h"

static const char *const TEXT =
    "Mayor Ann Example said \"the bridge, \"\"old\"\" as it is, stays open\" on Monday.";

/* An empty store in a new directory, written to dir (64 bytes). */
static store *new_store(char *dir)
{
    strcpy(dir, "/tmp/nrexpXXXXXX");
    assert_non_null(mkdtemp(dir));
    char p[128];
    snprintf(p, sizeof p, "%s/db", dir);
    char err[256];
    store *st = store_open(p, STORE_RW, err, sizeof err);
    assert_non_null(st);
    return st;
}

/* Closes st and removes its directory. */
static void drop_store(store *st, const char *dir)
{
    store_close(st);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

/* An article of text, as import would read it. */
static void article(doc *d, const char *path, const char *text, const char *title, const char *source,
                    const char *date)
{
    memset(d, 0, sizeof *d);
    d->path = xstrdup(path);
    d->text = xstrdup(text);
    d->text_len = strlen(text);
    d->title = xstrdup(title);
    d->source = xstrdup(source);
    d->date = xstrdup(date);
    d->hash = doc_hash(d->text, d->text_len);
}

/* An extraction of one person, name, mentioned once at [start, end). */
static void one_person(extraction *ex, const char *name, size_t start, size_t end)
{
    memset(ex, 0, sizeof *ex);
    ex->entities = xcalloc(1, sizeof *ex->entities);
    ex->n_entities = 1;
    ex->entities[0].name = xstrdup(name);
    ex->entities[0].kind = ACTOR_PERSON;
    ex->entities[0].mentions = xcalloc(1, sizeof(ex_span));
    ex->entities[0].mentions[0] = (ex_span){start, end};
    ex->entities[0].n_mentions = 1;
}

static store *make_store(char *dir)
{
    store *st = new_store(dir);
    doc d;
    article(&d, "mem", TEXT, "Bridge stays open", "The Example Gazette", "2025-03-04");
    extraction ex;
    one_person(&ex, "Ann Example", 6, 17);
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
    assert_non_null(strstr(csv, "id,quote,speaker,source,date,title,article,note,tag,created,kind,url\r\n"));
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
    drop_store(st, dir);
}

/* ---- paraphrases and citations ---------------------------------------- */

static const char *const DOE =
    "The mayor, Jane Doe, said the council would rebuild the bridge by spring. \"We will not wait for "
    "Ottawa,\" Doe told reporters on Monday. She said she was \xE2\x80\x9Cvery disappointed\xE2\x80\x9D"
    " with the province. A senior official said the money was \"pretty modest\".";

static void doe_quote(extraction *ex, const char *words, quote_kind kind, int speaker)
{
    const char *p = strstr(DOE, words);
    assert_non_null(p);
    ex_quote *q = &ex->quotes[ex->n_quotes++];
    q->start = (size_t)(p - DOE);
    q->end = q->start + strlen(words);
    q->kind = kind;
    q->speaker = speaker;
    q->cue = xstrdup("said");
    if (speaker < 0) {
        const char *w = strstr(DOE, "A senior official");
        q->has_speaker_span = 1;
        q->speaker_start = (size_t)(w - DOE);
        q->speaker_end = q->speaker_start + strlen("A senior official");
    }
}

/* The Markdown article of the example, as extraction should read it:
 * a paraphrase and a direct quote of Jane Doe, a partial quote, and a
 * partial quote of only the quoted words by someone not named. */
static store *doe_store(char *dir)
{
    store *st = new_store(dir);
    doc d;
    article(&d, "bridge.md", DOE, "Council to rebuild the bridge", "The Valley Courier", "2025-04-14");
    d.url = xstrdup("https://courier.example/2025/04/14/bridge");
    extraction ex;
    one_person(&ex, "Jane Doe", 11, 19);
    ex.quotes = xcalloc(4, sizeof *ex.quotes);
    doe_quote(&ex, "the council would rebuild the bridge by spring", QUOTE_INDIRECT, 0);
    doe_quote(&ex, "We will not wait for Ottawa,", QUOTE_DIRECT, 0);
    doe_quote(&ex, "she was \xE2\x80\x9Cvery disappointed\xE2\x80\x9D with the province", QUOTE_PARTIAL, 0);
    doe_quote(&ex, "pretty modest", QUOTE_PARTIAL, -1);
    assert_int_equal(store_begin(st), 0);
    assert_int_equal(store_article_add(st, &d, &ex, NULL, NULL), STORE_ADDED);
    assert_int_equal(store_commit(st), 0);
    extraction_free(&ex);
    doc_free(&d);
    int64_t bid;
    for (int64_t q = 4; q >= 1; q--)
        assert_int_equal(store_bookmark_add(st, q, NULL, NULL, &bid), 0);
    return st;
}

#define URL "https://courier.example/2025/04/14/bridge"
#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

static void test_paraphrase_citations(void **state)
{
    (void)state;
    char dir[64];
    store *st = doe_store(dir);

    char *md = run(st, EXPORT_MARKDOWN);
    /* the paraphrase without marks, attributed to Jane Doe, with the URL */
    assert_non_null(strstr(md, "> the council would rebuild the bridge by spring\n>\n> \xE2\x80\x94 Jane Doe"
                               " (paraphrase), reported by *The Valley Courier*, 2025-04-14, "
                               LQ "Council to rebuild the bridge" RQ ", <" URL ">\n"));
    assert_null(strstr(md, LQ "the council"));
    /* the direct quote in marks, with the URL */
    assert_non_null(strstr(md, "> " LQ "We will not wait for Ottawa," RQ "\n>\n> \xE2\x80\x94 Jane Doe,"
                               " quoted by *The Valley Courier*, 2025-04-14, "
                               LQ "Council to rebuild the bridge" RQ ", <" URL ">\n"));
    /* a partial quote: its quoted words in the article's marks, no others */
    assert_non_null(strstr(md, "> she was " LQ "very disappointed" RQ " with the province\n"));
    /* only the quoted words: they are the speaker's, in marks; no one named,
     * the attribution as written */
    assert_non_null(strstr(md, "> " LQ "pretty modest" RQ "\n>\n> \xE2\x80\x94 A senior official, quoted by"));
    free(md);

    char *txt = run(st, EXPORT_TEXT);
    assert_non_null(strstr(txt, "(paraphrase) the council would rebuild the bridge by spring\n"
                                "     \xE2\x80\x94 Jane Doe (paraphrase), reported by The Valley Courier,"
                                " 2025-04-14, " LQ "Council to rebuild the bridge" RQ ", " URL "\n"));
    assert_non_null(strstr(txt, "] " LQ "We will not wait for Ottawa," RQ "\n     \xE2\x80\x94 Jane Doe, quoted by"));
    assert_null(strstr(txt, LQ "the council"));
    assert_non_null(strstr(txt, "(paraphrase) she was " LQ "very disappointed" RQ " with the province\n"));
    free(txt);

    char *csv = run(st, EXPORT_CSV);
    assert_non_null(strstr(csv, ",the council would rebuild the bridge by spring,Jane Doe,The Valley Courier,"
                                "2025-04-14,Council to rebuild the bridge,1,,,"));
    assert_non_null(strstr(csv, ",paraphrase," URL "\r\n"));
    assert_non_null(strstr(csv, ",\"We will not wait for Ottawa,\",Jane Doe,"));
    assert_non_null(strstr(csv, ",quote," URL "\r\n"));
    free(csv);

    char *js = run(st, EXPORT_JSON);
    assert_non_null(strstr(js, "\"url\": \"" URL "\", \"speaker\": \"Jane Doe\", \"text\": \"the council"
                               " would rebuild the bridge by spring\", \"kind\": \"indirect\","
                               " \"paraphrase\": true"));
    assert_non_null(strstr(js, "\"text\": \"We will not wait for Ottawa,\", \"kind\": \"direct\","
                               " \"paraphrase\": false"));
    assert_non_null(strstr(js, "\"speaker\": \"A senior official\""));
    free(js);

    /* a paraphrase whose quote went away (re-extraction found none there)
     * is still not shown as a quote */
    assert_int_equal(store_begin(st), 0);
    extraction none;
    memset(&none, 0, sizeof none);
    assert_int_equal(store_extraction_put(st, 1, DOE, &none, NULL, NULL, 0, 0), 0);
    assert_int_equal(store_commit(st), 0);
    md = run(st, EXPORT_MARKDOWN);
    assert_non_null(strstr(md, "> the council would rebuild the bridge by spring\n"));
    assert_null(strstr(md, LQ "the council"));
    free(md);

    drop_store(st, dir);
}

/* Nothing bookmarked: nothing written, JSON's empty array aside. */
static void test_nothing(void **state)
{
    (void)state;
    char dir[64];
    store *st = new_store(dir);
    for (int f = EXPORT_TEXT; f <= EXPORT_MARKDOWN; f++) {
        char *mem = NULL;
        size_t len = 0, n = 99;
        FILE *out = open_memstream(&mem, &len);
        assert_int_equal(export_bookmarks_counted(st, (export_format)f, out, -1, &n), 0);
        fclose(out);
        assert_int_equal(n, 0);
        assert_string_equal(mem, f == EXPORT_JSON ? "[]\n" : "");
        free(mem);
    }
    drop_store(st, dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_formats),
        cmocka_unit_test(test_paraphrase_citations),
        cmocka_unit_test(test_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
