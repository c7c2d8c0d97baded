/* export: bookmarks written out for a story (Markdown), a spreadsheet
 * (CSV), a program (JSON) or a terminal (text). */
#include "export.h"
#include "buf.h"
#include "json.h"
#include "safefile.h"
#include "quotefmt.h"
#include <string.h>
#include <strings.h>

int export_format_parse(const char *name)
{
    if (!name)
        return -1;
    if (!strcasecmp(name, "text") || !strcasecmp(name, "txt"))
        return EXPORT_TEXT;
    if (!strcasecmp(name, "json"))
        return EXPORT_JSON;
    if (!strcasecmp(name, "csv"))
        return EXPORT_CSV;
    if (!strcasecmp(name, "markdown") || !strcasecmp(name, "md"))
        return EXPORT_MARKDOWN;
    return -1;
}

export_format export_format_for_path(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (dot && strchr(dot, '/') == NULL) {
        int f = export_format_parse(dot + 1);
        if (f >= 0)
            return (export_format)f;
    }
    return EXPORT_MARKDOWN;
}

typedef struct ex_ctx {
    export_format f;
    FILE *out;
    buf b;
    size_t n;
} ex_ctx;

/* A field a spreadsheet would take for a formula (=, +, -, @, or a tab or
 * CR before one) gets a ' in front, as OWASP's "CSV injection" advice
 * has it: =cmd|' /C calc'!A0 is shown, not run.  Such fields, and fields
 * with control characters, are quoted. */
static int csv_formula(const char *s)
{
    return *s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' || *s == '\r';
}

static int csv_control(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7F)
            return 1;
    return 0;
}

static void csv_field(buf *b, const char *s)
{
    if (!s)
        s = "";
    int formula = csv_formula(s);
    if (formula || strpbrk(s, ",\"\n\r") || csv_control(s)) {
        buf_addc(b, '"');
        if (formula)
            buf_addc(b, '\'');
        for (; *s; s++) {
            if (*s == '"')
                buf_addc(b, '"');
            buf_addc(b, *s);
        }
        buf_addc(b, '"');
    } else {
        buf_adds(b, s);
    }
}

/* One line for Markdown: newlines in a quote become spaces. */
static void md_line(buf *b, const char *s)
{
    for (; s && *s; s++)
        buf_addc(b, *s == '\n' ? ' ' : *s);
}

/* The citation after a quote in Markdown and text: who, the outlet, the
 * date, the title and the address, as far as they are known. */
static void citation(buf *b, const store_quote_row *q, int md)
{
    const char *who = quotefmt_attribution(q);
    int words = quotefmt_in_marks(q->kind, q->text);
    md_line(b, who ? who : "unattributed");
    if (!words)
        buf_adds(b, " (paraphrase)");
    buf_adds(b, words ? ", quoted by " : ", reported by ");
    if (q->source) {
        if (md)
            buf_addc(b, '*');
        md_line(b, q->source);
        if (md)
            buf_addc(b, '*');
    } else {
        buf_adds(b, "an unnamed outlet");
    }
    if (q->date)
        buf_printf(b, ", %s", q->date);
    if (q->title && *q->title) {
        buf_adds(b, ", \xE2\x80\x9C");
        md_line(b, q->title);
        buf_adds(b, "\xE2\x80\x9D");
    }
    if (q->url && *q->url) {
        buf_adds(b, md ? ", <" : ", ");
        md_line(b, q->url);
        if (md)
            buf_addc(b, '>');
    }
}

static int row(void *vctx, const store_bookmark_row *r)
{
    ex_ctx *c = vctx;
    const store_quote_row *q = &r->quote;
    const char *who = quotefmt_attribution(q);
    int words = quotefmt_in_marks(q->kind, q->text);
    buf *b = &c->b;
    buf_clear(b);
    switch (c->f) {
    case EXPORT_JSON:
        buf_adds(b, c->n ? ",\n  " : "[\n  ");
        buf_printf(b, "{\"id\": %lld, \"quote\": ", (long long)r->id);
        if (q->id)
            buf_printf(b, "%lld", (long long)q->id);
        else
            buf_adds(b, "null");
        buf_printf(b, ", \"article\": %lld, \"source\": ", (long long)q->article_id);
        json_strz(b, q->source);
        buf_adds(b, ", \"date\": ");
        json_strz(b, q->date);
        buf_adds(b, ", \"title\": ");
        json_strz(b, q->title);
        buf_adds(b, ", \"url\": ");
        json_strz(b, q->url && *q->url ? q->url : NULL);
        buf_adds(b, ", \"speaker\": ");
        json_strz(b, who);
        buf_adds(b, ", \"text\": ");
        json_strz(b, q->text);
        buf_adds(b, ", \"kind\": ");
        json_strz(b, quote_kind_name(q->kind));
        buf_printf(b, ", \"paraphrase\": %s", words ? "false" : "true");
        buf_adds(b, ", \"cue\": ");
        json_strz(b, q->cue);
        buf_adds(b, ", \"note\": ");
        json_strz(b, r->note);
        buf_adds(b, ", \"tag\": ");
        json_strz(b, r->tag);
        buf_adds(b, ", \"created\": ");
        json_strz(b, r->created);
        buf_addc(b, '}');
        break;
    case EXPORT_CSV:
        if (!c->n)
            buf_adds(b, "id,quote,speaker,source,date,title,article,note,tag,created,kind,url\r\n");
        buf_printf(b, "%lld,", (long long)r->id);
        csv_field(b, q->text);
        buf_addc(b, ',');
        csv_field(b, who);
        buf_addc(b, ',');
        csv_field(b, q->source);
        buf_addc(b, ',');
        csv_field(b, q->date);
        buf_addc(b, ',');
        csv_field(b, q->title);
        buf_printf(b, ",%lld,", (long long)q->article_id);
        csv_field(b, r->note);
        buf_addc(b, ',');
        csv_field(b, r->tag);
        buf_addc(b, ',');
        csv_field(b, r->created);
        buf_addc(b, ',');
        csv_field(b, words ? "quote" : "paraphrase");
        buf_addc(b, ',');
        csv_field(b, q->url);
        buf_adds(b, "\r\n");
        break;
    case EXPORT_MARKDOWN:
        if (c->n)
            buf_addc(b, '\n');
        /* a paraphrase is never put in quote marks */
        buf_adds(b, "> ");
        quotefmt_text(b, q->kind, q->text, 1);
        buf_adds(b, "\n>\n> \xE2\x80\x94 ");
        citation(b, q, 1);
        buf_addc(b, '\n');
        if (r->note && *r->note) {
            buf_adds(b, "\nNote: ");
            md_line(b, r->note);
            buf_addc(b, '\n');
        }
        if (r->tag && *r->tag)
            buf_printf(b, "%sTag: %s\n", r->note && *r->note ? "" : "\n", r->tag);
        break;
    case EXPORT_TEXT:
    default:
        buf_printf(b, "[%lld] %s", (long long)r->id, words ? "" : "(paraphrase) ");
        quotefmt_text(b, q->kind, q->text, 1);
        buf_adds(b, "\n     \xE2\x80\x94 ");
        citation(b, q, 0);
        buf_addc(b, '\n');
        if (r->note && *r->note)
            buf_printf(b, "     note: %s\n", r->note);
        if (r->tag && *r->tag)
            buf_printf(b, "     tag: %s\n", r->tag);
        break;
    }
    fwrite(b->data, 1, b->len, c->out);
    c->n++;
    return ferror(c->out) ? 1 : 0;
}

int export_bookmarks(store *st, export_format f, FILE *out)
{
    return export_bookmarks_limit(st, f, out, -1);
}

int export_bookmarks_limit(store *st, export_format f, FILE *out, int64_t limit)
{
    return export_bookmarks_counted(st, f, out, limit, NULL);
}

int export_bookmarks_counted(store *st, export_format f, FILE *out, int64_t limit, size_t *n)
{
    ex_ctx c = {f, out, BUF_INIT, 0};
    int rc = store_bookmarks(st, 0, limit, row, &c);
    if (n)
        *n = c.n;
    if (f == EXPORT_JSON)
        fputs(c.n ? "\n]\n" : "[]\n", out);
    buf_free(&c.b);
    if (fflush(out) != 0 || ferror(out))
        return -1;
    return rc;
}

int export_bookmarks_file(store *st, export_format f, const char *path, const char *protect, int force,
                          int mode, char *err, size_t errlen)
{
    safefile *sf = safefile_create(path, protect, force, mode, err, errlen);
    if (!sf)
        return -1;
    int rc = export_bookmarks(st, f, safefile_stream(sf));
    if (rc != 0) {
        snprintf(err, errlen, "%s", rc < 0 ? store_error(st) : "write error");
        safefile_abort(sf);
        return -1;
    }
    return safefile_commit(sf, err, errlen);
}
