/* cli_list: the list commands — articles, actors, quotes, search — and
 * show.  Human output is an aligned table through the pager; --json is one
 * array streamed row by row. */
#include "cli_int.h"
#include "buf.h"
#include "doc.h"
#include "json.h"
#include "quotefmt.h"
#include <stdlib.h>
#include <string.h>

typedef struct list {
    int json;
    FILE *out;
    cli_table *t;
    buf b;
    size_t n;
} list;

static void list_start(list *l, int json, size_t ncols, const char *const *header)
{
    l->json = json;
    l->n = 0;
    l->b = (buf)BUF_INIT;
    l->t = json ? NULL : cli_table_new(ncols, header);
    l->out = json ? stdout : NULL;
}

/* Starts one JSON row in l->b. */
static buf *json_row(list *l)
{
    buf_clear(&l->b);
    buf_adds(&l->b, l->n++ ? ",\n  " : "[\n  ");
    return &l->b;
}

static void json_row_end(list *l)
{
    fwrite(l->b.data, 1, l->b.len, l->out);
}

static int list_end(list *l, int rc)
{
    if (l->json) {
        fputs(l->n ? "\n]\n" : "[]\n", l->out);
        if (fflush(l->out) != 0)
            rc = 1;
    } else {
        if (rc == 0) {
            FILE *out = cli_out_open(1);
            cli_table_print(l->t, out);
            cli_out_close(out);
        }
        cli_table_free(l->t);
    }
    buf_free(&l->b);
    return rc;
}

static void key_str(buf *b, const char *key, const char *v)
{
    buf_printf(b, ", \"%s\": ", key);
    json_strz(b, v);
}

static void key_int(buf *b, const char *key, int64_t v)
{
    buf_printf(b, ", \"%s\": %lld", key, (long long)v);
}

static char *num(char tmp[32], int64_t v)
{
    snprintf(tmp, 32, "%lld", (long long)v);
    return tmp;
}

static int store_failed(cli *c)
{
    return cli_error("%s", store_error(c->st));
}

/* ---- articles ------------------------------------------------------------ */

static int article_row(void *ctx, const store_article_row *r)
{
    list *l = ctx;
    if (l->json) {
        buf *b = json_row(l);
        buf_printf(b, "{\"id\": %lld", (long long)r->id);
        key_str(b, "source", r->source);
        key_str(b, "date", r->date);
        key_str(b, "title", r->title);
        key_str(b, "url", r->url);
        key_str(b, "author", r->author);
        key_str(b, "path", r->path);
        buf_printf(b, ", \"read\": %s", r->read ? "true" : "false");
        key_int(b, "people", r->n_people);
        key_int(b, "places", r->n_places);
        key_int(b, "quotes", r->n_quotes);
        buf_addc(b, '}');
        json_row_end(l);
        return 0;
    }
    char a[32], q[32];
    const char *cells[5] = {num(a, r->id), r->date, r->source, num(q, r->n_quotes), r->title};
    cli_table_row(l->t, cells);
    return 0;
}

int cli_cmd_articles(cli *c, int argc, char **argv)
{
    const char *source = NULL, *since = NULL, *sort = NULL, *limit = NULL;
    int json = 0;
    const cli_opt opts[] = {{"--source", &source, NULL}, {"--since", &since, NULL}, {"--sort", &sort, NULL},
                            {"--limit", &limit, NULL},   {"--json", NULL, &json},   {NULL, NULL, NULL}};
    int npos;
    char **args = xcalloc((size_t)argc + 1, sizeof *args);
    int r = cli_parse("articles", argc, argv, opts, args, &npos);
    if (!r && npos)
        r = cli_usage("articles", "unexpected argument \"%s\"", args[0]);
    free(args);
    if (r)
        return r == 1 ? 0 : r;
    store_article_query q = {.source = source, .sort = STORE_SORT_DATE, .limit = -1};
    char iso[11];
    if (since) {
        if (doc_date_normalize(since, iso) < 0)
            return cli_usage("articles", "--since wants a date (YYYY-MM-DD), not \"%s\"", since);
        q.since = iso;
    }
    if (sort) {
        if (!strcmp(sort, "date"))
            q.sort = STORE_SORT_DATE;
        else if (!strcmp(sort, "source") || !strcmp(sort, "outlet"))
            q.sort = STORE_SORT_SOURCE;
        else if (!strcmp(sort, "title"))
            q.sort = STORE_SORT_TITLE;
        else
            return cli_usage("articles", "--sort is date, source or title, not \"%s\"", sort);
    }
    if (cli_int_arg("articles", "--limit", limit, &q.limit))
        return 2;
    if (cli_open_store(c) < 0)
        return 1;
    list l;
    static const char *const head[5] = {"ID", "DATE", "SOURCE", "QUOTES", "TITLE"};
    list_start(&l, json, 5, head);
    int rc = store_articles(c->st, &q, article_row, &l) < 0 ? store_failed(c) : 0;
    return list_end(&l, rc);
}

/* ---- actors -------------------------------------------------------------- */

static int actor_row(void *ctx, const store_actor_row *r)
{
    list *l = ctx;
    if (l->json) {
        buf *b = json_row(l);
        buf_printf(b, "{\"id\": %lld", (long long)r->id);
        key_str(b, "name", r->name);
        key_str(b, "kind", actor_kind_name(r->kind));
        key_int(b, "mentions", r->n_mentions);
        key_int(b, "articles", r->n_articles);
        key_int(b, "sources", r->n_sources);
        key_int(b, "quotes", r->n_quotes);
        buf_addc(b, '}');
        json_row_end(l);
        return 0;
    }
    char a[32], m[32], n[32], s[32], q[32];
    const char *cells[7] = {num(a, r->id), actor_kind_name(r->kind), num(m, r->n_mentions),
                            num(n, r->n_articles), num(s, r->n_sources), num(q, r->n_quotes), r->name};
    cli_table_row(l->t, cells);
    return 0;
}

static int parse_kind(const char *k)
{
    if (!strcmp(k, "person") || !strcmp(k, "people"))
        return ACTOR_PERSON;
    if (!strcmp(k, "place") || !strcmp(k, "places"))
        return ACTOR_PLACE;
    if (!strcmp(k, "org") || !strcmp(k, "organization") || !strcmp(k, "organisation"))
        return ACTOR_ORG;
    return -1;
}

int cli_cmd_actors(cli *c, int argc, char **argv)
{
    const char *kind = NULL, *limit = NULL;
    int json = 0;
    const cli_opt opts[] = {{"--kind", &kind, NULL}, {"--limit", &limit, NULL}, {"--json", NULL, &json},
                            {NULL, NULL, NULL}};
    char **pos = xcalloc((size_t)argc + 1, sizeof *pos);
    int npos;
    int r = cli_parse("actors", argc, argv, opts, pos, &npos);
    store_actor_query q = {-1, 0, 0, -1};
    if (!r && kind && (q.kind = parse_kind(kind)) < 0)
        r = cli_usage("actors", "--kind is person, place or org, not \"%s\"", kind);
    if (!r && cli_int_arg("actors", "--limit", limit, &q.limit))
        r = 2;
    buf name = BUF_INIT;
    for (int i = 0; i < npos; i++) {
        if (i)
            buf_addc(&name, ' ');
        buf_adds(&name, pos[i]);
    }
    free(pos);
    if (r) {
        buf_free(&name);
        return r == 1 ? 0 : r;
    }
    if (name.len)
        cli_load_lexicon(c);
    if (cli_open_store(c) < 0) {
        buf_free(&name);
        return 1;
    }
    list l;
    static const char *const head[7] = {"ID", "KIND", "MENTIONS", "ARTICLES", "SOURCES", "QUOTES", "NAME"};
    list_start(&l, json, 7, head);
    int rc;
    if (name.len)
        rc = store_actor_find(c->st, buf_str(&name), q.kind, q.limit, actor_row, &l);
    else
        rc = store_actors(c->st, &q, actor_row, &l);
    buf_free(&name);
    return list_end(&l, rc < 0 ? store_failed(c) : 0);
}

/* ---- quotes -------------------------------------------------------------- */

static int quote_row(void *ctx, const store_quote_row *r)
{
    list *l = ctx;
    if (l->json) {
        buf *b = json_row(l);
        buf_printf(b, "{\"id\": %lld", (long long)r->id);
        key_int(b, "article", r->article_id);
        key_str(b, "source", r->source);
        key_str(b, "date", r->date);
        key_str(b, "title", r->title);
        key_str(b, "speaker", r->speaker);
        key_str(b, "speaker_text", r->speaker_text);
        key_str(b, "text", r->text);
        key_str(b, "kind", quote_kind_name(r->kind));
        key_str(b, "cue", r->cue);
        key_int(b, "start", (int64_t)r->start);
        key_int(b, "end", (int64_t)r->end);
        key_int(b, "statement", r->statement_id);
        key_int(b, "reports", r->n_reports);
        key_int(b, "elsewhere", r->n_elsewhere);
        if (r->bookmark_id)
            key_int(b, "bookmark", r->bookmark_id);
        else
            buf_adds(b, ", \"bookmark\": null");
        buf_addc(b, '}');
        json_row_end(l);
        return 0;
    }
    char a[32], art[32];
    buf t = BUF_INIT;
    /* a paraphrase never in quote marks */
    if (!quotefmt_in_marks(r->kind, r->text))
        buf_adds(&t, "(paraphrase) ");
    quotefmt_text(&t, r->kind, r->text, 1);
    const char *cells[6] = {num(a, r->id), r->date, r->source, num(art, r->article_id),
                            r->speaker ? r->speaker : r->speaker_text ? r->speaker_text : "-", buf_str(&t)};
    cli_table_row(l->t, cells);
    buf_free(&t);
    return 0;
}

int cli_cmd_quotes(cli *c, int argc, char **argv)
{
    const char *speaker = NULL, *article = NULL, *limit = NULL, *statement = NULL;
    int json = 0;
    const cli_opt opts[] = {{"--speaker", &speaker, NULL}, {"--article", &article, NULL},
                            {"--statement", &statement, NULL}, {"--limit", &limit, NULL},
                            {"--json", NULL, &json}, {NULL, NULL, NULL}};
    char **pos = xcalloc((size_t)argc + 1, sizeof *pos);
    int npos;
    int r = cli_parse("quotes", argc, argv, opts, pos, &npos);
    if (!r && npos)
        r = cli_usage("quotes", "unexpected argument \"%s\"", pos[0]);
    free(pos);
    if (r)
        return r == 1 ? 0 : r;
    store_quote_query q = {0, speaker, 0, 0, 0, -1};
    /* --article 0 would mean "any article": refused, not a list of every quote */
    if (cli_int_arg("quotes", "--limit", limit, &q.limit) || cli_id_arg("quotes", "--article", article, &q.article_id) ||
        cli_id_arg("quotes", "--statement", statement, &q.statement_id))
        return 2;
    if (article && statement)
        return cli_usage("quotes", "give --article or --statement, not both");
    if (q.article_id < 0)
        q.article_id = 0;
    if (q.statement_id < 0)
        q.statement_id = 0;
    if (speaker)
        cli_load_lexicon(c);
    if (cli_open_store(c) < 0)
        return 1;
    list l;
    static const char *const head[6] = {"ID", "DATE", "SOURCE", "ARTICLE", "SPEAKER", "QUOTE"};
    list_start(&l, json, 6, head);
    int rc = store_quotes(c->st, &q, quote_row, &l) < 0 ? store_failed(c) : 0;
    return list_end(&l, rc);
}

/* ---- search -------------------------------------------------------------- */

static int search_row(void *ctx, const store_search_row *r)
{
    list *l = ctx;
    if (l->json) {
        buf *b = json_row(l);
        buf_printf(b, "{\"id\": %lld", (long long)r->id);
        key_str(b, "type", r->is_quote ? "quote" : "article");
        key_int(b, "article", r->article_id);
        key_str(b, "source", r->source);
        key_str(b, "date", r->date);
        key_str(b, "title", r->title);
        key_str(b, "speaker", r->speaker);
        key_str(b, "snippet", r->snippet);
        buf_printf(b, ", \"rank\": %.4f}", r->rank);
        json_row_end(l);
        return 0;
    }
    char a[32], art[32];
    const char *cells[7] = {r->is_quote ? "quote" : "article", num(a, r->id), r->date, r->source,
                            num(art, r->article_id), r->speaker ? r->speaker : "", r->snippet};
    cli_table_row(l->t, cells);
    return 0;
}

int cli_cmd_search(cli *c, int argc, char **argv)
{
    const char *limit = NULL;
    int json = 0;
    const cli_opt opts[] = {{"--limit", &limit, NULL}, {"--json", NULL, &json}, {NULL, NULL, NULL}};
    char **pos = xcalloc((size_t)argc + 1, sizeof *pos);
    int npos;
    int r = cli_parse("search", argc, argv, opts, pos, &npos);
    int64_t lim = -1;
    if (!r && !npos)
        r = cli_usage("search", "give a QUERY");
    if (!r && cli_int_arg("search", "--limit", limit, &lim))
        r = 2;
    buf query = BUF_INIT;
    for (int i = 0; i < npos; i++) {
        if (i)
            buf_addc(&query, ' ');
        buf_adds(&query, pos[i]);
    }
    free(pos);
    if (r) {
        buf_free(&query);
        return r == 1 ? 0 : r;
    }
    if (cli_open_store(c) < 0) {
        buf_free(&query);
        return 1;
    }
    list l;
    static const char *const head[7] = {"TYPE", "ID", "DATE", "SOURCE", "ARTICLE", "SPEAKER", "MATCH"};
    list_start(&l, json, 7, head);
    int rc = store_search(c->st, buf_str(&query), 0, lim, search_row, &l) < 0 ? store_failed(c) : 0;
    buf_free(&query);
    return list_end(&l, rc);
}

/* ---- show ---------------------------------------------------------------- */

typedef struct show_ctx {
    buf *b;
    int json;
    int kind;
    size_t n;
    const char *text;
    size_t len;
} show_ctx;

static int show_actor(void *ctx, const store_actor_row *r)
{
    show_ctx *s = ctx;
    if (s->json) {
        buf_adds(s->b, s->n++ ? ", {\"id\": " : "{\"id\": ");
        buf_printf(s->b, "%lld, \"name\": ", (long long)r->id);
        json_strz(s->b, r->name);
        buf_printf(s->b, ", \"mentions\": %lld, \"other_sources\": %lld}", (long long)r->n_mentions,
                   (long long)r->n_other_sources);
    } else {
        buf_printf(s->b, "  %s (%lld)\n", r->name, (long long)r->n_mentions);
        s->n++;
    }
    return 0;
}

static int show_quote(void *ctx, const store_quote_row *r)
{
    show_ctx *s = ctx;
    if (s->json) {
        buf_adds(s->b, s->n++ ? ", {\"id\": " : "{\"id\": ");
        buf_printf(s->b, "%lld, \"text\": ", (long long)r->id);
        json_strz(s->b, r->text);
        buf_printf(s->b, ", \"start\": %zu, \"end\": %zu, \"kind\": \"%s\", \"speaker\": ", r->start, r->end,
                   quote_kind_name(r->kind));
        json_strz(s->b, r->speaker);
        buf_adds(s->b, ", \"speaker_text\": ");
        json_strz(s->b, r->speaker_text);
        buf_adds(s->b, ", \"cue\": ");
        json_strz(s->b, r->cue);
        buf_printf(s->b, ", \"elsewhere\": %lld, \"reports\": %lld}", (long long)r->n_elsewhere,
                   (long long)r->n_reports);
        return 0;
    }
    buf_printf(s->b, "  [%lld] %s", (long long)r->id, quotefmt_in_marks(r->kind, r->text) ? "" : "(paraphrase) ");
    quotefmt_text(s->b, r->kind, r->text, 0);
    buf_printf(s->b, "\n       \xE2\x80\x94 %s",
               r->speaker ? r->speaker : r->speaker_text ? r->speaker_text : "unattributed");
    if (r->speaker && r->speaker_text && strcmp(r->speaker, r->speaker_text))
        buf_printf(s->b, " (\"%s\")", r->speaker_text);
    if (r->cue)
        buf_printf(s->b, ", %s", r->cue);
    if (r->n_elsewhere)
        buf_printf(s->b, "; +%lld by this speaker elsewhere", (long long)r->n_elsewhere);
    if (r->n_reports > 1)
        buf_printf(s->b, "; reported by %lld articles", (long long)r->n_reports);
    buf_addc(s->b, '\n');
    s->n++;
    return 0;
}

int cli_cmd_show(cli *c, int argc, char **argv)
{
    int json = 0;
    const cli_opt opts[] = {{"--json", NULL, &json}, {NULL, NULL, NULL}};
    char **pos = xcalloc((size_t)argc + 1, sizeof *pos);
    int npos;
    int r = cli_parse("show", argc, argv, opts, pos, &npos);
    int64_t id = 0;
    if (!r && npos != 1)
        r = cli_usage("show", "give one ARTICLE id");
    if (!r && cli_int_arg("show", "ARTICLE", pos[0], &id))
        r = 2;
    free(pos);
    if (r)
        return r == 1 ? 0 : r;
    if (cli_open_store(c) < 0)
        return 1;
    store_article a;
    int g = store_article_get(c->st, id, &a);
    if (g < 0)
        return store_failed(c);
    if (g > 0)
        return cli_error("no article %lld (see 'newsroom articles')", (long long)id);
    buf b = BUF_INIT;
    show_ctx s = {&b, json, 0, 0, a.text, a.text_len};
    static const char *const heads[3] = {"People", "Places", "Organizations"};
    static const char *const keys[3] = {"people", "places", "organizations"};
    int rc = 0;
    if (json) {
        buf_printf(&b, "{\"id\": %lld", (long long)a.meta.id);
        key_str(&b, "source", a.meta.source);
        key_str(&b, "date", a.meta.date);
        key_str(&b, "title", a.meta.title);
        key_str(&b, "url", a.meta.url);
        key_str(&b, "author", a.meta.author);
        key_str(&b, "path", a.meta.path);
        buf_adds(&b, ", \"text\": ");
        json_str(&b, a.text, a.text_len);
    } else {
        buf_printf(&b, "%s\n", a.meta.title ? a.meta.title : "");
        buf_printf(&b, "%s%s%s\n", a.meta.source ? a.meta.source : "unknown outlet", a.meta.date ? ", " : "",
                   a.meta.date ? a.meta.date : "");
        if (a.meta.author)
            buf_printf(&b, "by %s\n", a.meta.author);
        if (a.meta.url)
            buf_printf(&b, "%s\n", a.meta.url);
        buf_printf(&b, "\n%s\n", a.text);
    }
    for (int k = 0; k < 3 && rc == 0; k++) {
        store_actor_query q = {k, id, 0, -1};
        s.n = 0;
        if (json)
            buf_printf(&b, ", \"%s\": [", keys[k]);
        size_t mark = b.len;
        if (!json)
            buf_printf(&b, "\n%s:\n", heads[k]);
        if (store_actors(c->st, &q, show_actor, &s) < 0)
            rc = store_failed(c);
        if (json)
            buf_addc(&b, ']');
        else if (!s.n) {
            b.len = mark;
            b.data[mark] = '\0';
        }
    }
    if (rc == 0) {
        store_quote_query q = {0, NULL, id, 0, 0, -1};
        s.n = 0;
        buf_adds(&b, json ? ", \"quotes\": [" : "\nQuotes:\n");
        size_t mark = b.len;
        if (store_quotes(c->st, &q, show_quote, &s) < 0)
            rc = store_failed(c);
        if (json)
            buf_adds(&b, "]}\n");
        else if (!s.n) {
            b.len = mark - strlen("\nQuotes:\n");
            b.data[b.len] = '\0';
        }
    }
    if (rc == 0) {
        FILE *out = json ? stdout : cli_out_open(1);
        fwrite(b.data, 1, b.len, out);
        cli_out_close(out);
    }
    buf_free(&b);
    store_article_free(&a);
    return rc;
}
