/* export: bookmarks written out for a story (Markdown), a spreadsheet
 * (CSV), a program (JSON) or a terminal (text). */
#include "export.h"
#include "buf.h"
#include "json.h"
#include "safefile.h"
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

static int row(void *vctx, const store_bookmark_row *r)
{
    ex_ctx *c = vctx;
    const store_quote_row *q = &r->quote;
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
        buf_adds(b, ", \"speaker\": ");
        json_strz(b, q->speaker);
        buf_adds(b, ", \"text\": ");
        json_strz(b, q->text);
        buf_adds(b, ", \"kind\": ");
        json_strz(b, q->id ? quote_kind_name(q->kind) : NULL);
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
        buf_printf(b, "%lld,", (long long)r->id);
        csv_field(b, q->text);
        buf_addc(b, ',');
        csv_field(b, q->speaker);
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
        buf_adds(b, "\r\n");
        break;
    case EXPORT_MARKDOWN:
        if (c->n)
            buf_addc(b, '\n');
        buf_adds(b, "> \xE2\x80\x9C");
        md_line(b, q->text);
        buf_adds(b, "\xE2\x80\x9D\n>\n> \xE2\x80\x94 ");
        if (q->speaker) {
            md_line(b, q->speaker);
            buf_adds(b, ", ");
        }
        buf_adds(b, "quoted by ");
        if (q->source) {
            buf_addc(b, '*');
            md_line(b, q->source);
            buf_addc(b, '*');
        } else {
            buf_adds(b, "an unnamed outlet");
        }
        if (q->date)
            buf_printf(b, ", %s", q->date);
        if (q->title) {
            buf_adds(b, ", \xE2\x80\x9C");
            md_line(b, q->title);
            buf_adds(b, "\xE2\x80\x9D");
        }
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
        buf_printf(b, "[%lld] \xE2\x80\x9C", (long long)r->id);
        md_line(b, q->text);
        buf_adds(b, "\xE2\x80\x9D\n     \xE2\x80\x94 ");
        buf_adds(b, q->speaker ? q->speaker : "unattributed");
        buf_printf(b, ", %s, %s, %s\n", q->source ? q->source : "-", q->date ? q->date : "-",
                   q->title ? q->title : "-");
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
    ex_ctx c = {f, out, BUF_INIT, 0};
    if (f == EXPORT_CSV)
        fputs("id,quote,speaker,source,date,title,article,note,tag,created\r\n", out);
    int rc = store_bookmarks(st, 0, limit, row, &c);
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
