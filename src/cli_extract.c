/* cli_extract: `newsroom extract` — extraction of files without a
 * database.  Offsets printed are bytes into the file as it lies on disk. */
#include "cli_int.h"
#include "buf.h"
#include "doc.h"
#include "extract.h"
#include "json.h"
#include "textclean.h"
#include "utf8.h"
#include <stdlib.h>
#include <string.h>

/* Where each byte of a text lies in the file: off + i, or map[i] for a
 * file recoded from Windows-1252 (one file byte became up to three). */
typedef struct offmap {
    size_t off;
    const size_t *map;
} offmap;

static size_t at(const offmap *m, size_t i)
{
    return m->map ? m->map[i] : m->off + i;
}

/* Offsets are most of the output: printf was a tenth of the run time. */
static void add_num(buf *b, size_t v)
{
    char tmp[24];
    size_t i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    buf_add(b, tmp + i, sizeof tmp - i);
}

#define add_lit(b, s) buf_add((b), (s), sizeof(s) - 1)

static void json_entities(buf *b, const extraction *ex, actor_kind kind, const offmap *off)
{
    int first = 1;
    buf_addc(b, '[');
    for (size_t i = 0; i < ex->n_entities; i++) {
        const ex_entity *e = &ex->entities[i];
        if (e->kind != kind)
            continue;
        buf_adds(b, first ? "{\"name\": " : ", {\"name\": ");
        first = 0;
        json_strz(b, e->name);
        buf_adds(b, ", \"mentions\": [");
        for (size_t m = 0; m < e->n_mentions; m++) {
            if (m)
                add_lit(b, ", [");
            else
                add_lit(b, "[");
            add_num(b, at(off, e->mentions[m].start));
            add_lit(b, ", ");
            add_num(b, at(off, e->mentions[m].end));
            add_lit(b, "]");
        }
        buf_adds(b, "]}");
    }
    buf_addc(b, ']');
}

static const char *speaker_name(const extraction *ex, const ex_quote *q)
{
    if (q->speaker < 0 || (size_t)q->speaker >= ex->n_entities)
        return NULL;
    const ex_entity *e = &ex->entities[q->speaker];
    return e->kind == ACTOR_PLACE ? NULL : e->name;
}

static void json_doc(buf *b, buf *words, const doc *d, const char *text, size_t len, const extraction *ex,
                     const offmap *off)
{
    buf_adds(b, "{\"path\": ");
    json_strz(b, d->path);
    buf_adds(b, ", \"title\": ");
    json_strz(b, d->title);
    buf_adds(b, ", \"source\": ");
    json_strz(b, d->source);
    buf_adds(b, ", \"date\": ");
    json_strz(b, d->date);
    buf_adds(b, ", \"people\": ");
    json_entities(b, ex, ACTOR_PERSON, off);
    buf_adds(b, ", \"places\": ");
    json_entities(b, ex, ACTOR_PLACE, off);
    buf_adds(b, ", \"organizations\": ");
    json_entities(b, ex, ACTOR_ORG, off);
    buf_adds(b, ", \"quotes\": [");
    for (size_t i = 0; i < ex->n_quotes; i++) {
        const ex_quote *q = &ex->quotes[i];
        size_t s = q->start <= len ? q->start : len, e = q->end <= len && q->end >= s ? q->end : s;
        buf_adds(b, i ? ", {\"text\": " : "{\"text\": ");
        buf_clear(words);
        extract_quote_text(text, len, q, words);
        json_str(b, words->data ? words->data : "", words->len);
        add_lit(b, ", \"start\": ");
        add_num(b, at(off, s));
        add_lit(b, ", \"end\": ");
        add_num(b, at(off, e));
        add_lit(b, ", \"spans\": [");
        for (size_t k = 0; k < q->n_pieces || (!q->n_pieces && !k); k++) {
            size_t ps = q->n_pieces ? q->pieces[k].start : s, pe = q->n_pieces ? q->pieces[k].end : e;
            ps = ps <= len ? ps : len;
            pe = pe <= len && pe >= ps ? pe : ps;
            buf_adds(b, k ? ", [" : "[");
            add_num(b, at(off, ps));
            add_lit(b, ", ");
            add_num(b, at(off, pe));
            buf_addc(b, ']');
        }
        buf_addc(b, ']');
        add_lit(b, ", \"kind\": \"");
        buf_adds(b, quote_kind_name(q->kind));
        add_lit(b, "\", \"speaker\": ");
        json_strz(b, speaker_name(ex, q));
        if (q->has_speaker_span && q->speaker_start <= q->speaker_end && q->speaker_end <= len) {
            add_lit(b, ", \"speaker_start\": ");
            add_num(b, at(off, q->speaker_start));
            add_lit(b, ", \"speaker_end\": ");
            add_num(b, at(off, q->speaker_end));
        } else {
            add_lit(b, ", \"speaker_start\": null, \"speaker_end\": null");
        }
        buf_adds(b, ", \"cue\": ");
        json_strz(b, q->cue);
        buf_addc(b, '}');
    }
    buf_adds(b, "]}\n");
}

static void human_doc(FILE *out, const doc *d, const char *text, size_t len, const extraction *ex)
{
    fprintf(out, "%s\n  %s%s%s\n", d->path, d->title ? d->title : "",
            d->source ? " \xE2\x80\x94 " : "", d->source ? d->source : "");
    if (d->date)
        fprintf(out, "  %s\n", d->date);
    static const char *const heads[3] = {"People", "Places", "Organizations"};
    for (int k = 0; k < 3; k++) {
        int any = 0;
        for (size_t i = 0; i < ex->n_entities; i++) {
            const ex_entity *e = &ex->entities[i];
            if ((int)e->kind != k)
                continue;
            if (!any)
                fprintf(out, "  %s:\n", heads[k]);
            any = 1;
            fprintf(out, "    %s (%zu)\n", e->name, e->n_mentions);
        }
    }
    if (ex->n_quotes)
        fprintf(out, "  Quotes:\n");
    for (size_t i = 0; i < ex->n_quotes; i++) {
        const ex_quote *q = &ex->quotes[i];
        const char *sp = speaker_name(ex, q);
        buf words = BUF_INIT;
        extract_quote_text(text, len, q, &words);
        fprintf(out, "    \xE2\x80\x9C%.*s\xE2\x80\x9D\n      \xE2\x80\x94 %s (%s%s%s)\n", (int)words.len,
                words.data ? words.data : "",
                sp ? sp : "unattributed", quote_kind_name(q->kind), q->cue ? ", " : "", q->cue ? q->cue : "");
        buf_free(&words);
    }
}

/* The file recoded from Windows-1252 (line ends kept), with the file
 * offset of each byte; returns the body within it. */
static const char *recode(const doc *d, buf *rec, size_t **map, size_t *len, offmap *om)
{
    size_t bom = d->raw_len >= 3 && !memcmp(d->raw, "\xEF\xBB\xBF", 3) ? 3 : 0;
    size_t *m = NULL, cap = 0;
    for (size_t i = bom; i < d->raw_len; i++) {
        size_t before = rec->len;
        utf8_from_cp1252(rec, d->raw + i, 1);
        if (rec->len + 1 > cap) {
            cap = (rec->len + 1) * 2;
            m = xrealloc(m, cap * sizeof *m);
        }
        for (size_t j = before; j < rec->len; j++)
            m[j] = i;
    }
    if (!m)
        m = xmalloc(sizeof *m);
    m[rec->len] = d->raw_len;
    /* doc_parse found the body at body_offset - bom in this same text */
    size_t body = d->body_offset - bom;
    if (body > rec->len)
        body = rec->len;
    *map = m;
    om->off = 0;
    om->map = m + body;
    *len = rec->len - body;
    return buf_str(rec) + body;
}

int cli_cmd_extract(cli *c, int argc, char **argv)
{
    int json = 0;
    const cli_opt opts[] = {{"--json", NULL, &json}, {NULL, NULL, NULL}};
    char **pos = xcalloc((size_t)argc + 1, sizeof *pos);
    int npos, rc = 0;
    int r = cli_parse("extract", argc, argv, opts, pos, &npos);
    if (r) {
        free(pos);
        return r == 1 ? 0 : r;
    }
    if (!npos) {
        free(pos);
        return cli_usage("extract", "give at least one FILE");
    }
    cli_load_lexicon(c);
    FILE *out = json ? stdout : cli_out_open(1);
    buf b = BUF_INIT, words = BUF_INIT;
    for (int i = 0; i < npos; i++) {
        doc d;
        char err[512];
        if (doc_load(pos[i], c->cfg.max_file_size, &d, err, sizeof err) < 0) {
            rc = 1;
            if (json) {
                buf_clear(&b);
                buf_adds(&b, "{\"path\": ");
                json_strz(&b, pos[i]);
                buf_adds(&b, ", \"error\": ");
                json_strz(&b, err);
                buf_adds(&b, "}\n");
                fwrite(b.data, 1, b.len, out);
            }
            fprintf(stderr, "%s: %s\n", pos[i], err);
            continue;
        }
        if (d.warning)
            fprintf(stderr, "%s: %s\n", pos[i], d.warning);
        /* On a valid UTF-8 file extraction runs on the body as it lies on
         * disk, so offsets are file offsets; a recoded file runs on its
         * recoded bytes, mapped back to the file's. */
        const char *text = d.raw + d.body_offset;
        size_t len = d.body_len;
        offmap om = {d.body_offset, NULL};
        buf rec = BUF_INIT;
        size_t *map = NULL;
        if (d.recoded)
            text = recode(&d, &rec, &map, &len, &om);
        if (d.headline_dropped) {
            /* as import stores it: without the line repeating the title */
            size_t k = textclean_headline_len(text, len, d.title);
            text += k;
            len -= k;
            if (om.map)
                om.map += k;
            else
                om.off += k;
        }
        extraction ex;
        extract_run(c->lx, text, len, &ex);
        if (json) {
            buf_clear(&b);
            json_doc(&b, &words, &d, text, len, &ex, &om);
            fwrite(b.data, 1, b.len, out);
        } else {
            if (i)
                fputc('\n', out);
            human_doc(out, &d, text, len, &ex);
        }
        extraction_free(&ex);
        buf_free(&rec);
        free(map);
        doc_free(&d);
    }
    buf_free(&b);
    buf_free(&words);
    free(pos);
    if (cli_out_close(out) < 0)
        rc = 1;
    return rc;
}
