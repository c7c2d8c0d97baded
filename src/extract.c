/* extract: runs the passes over one text — tokens, quote marks,
 * sentences, names, attribution — and hands back entities and quotes. */
#include "extract_int.h"
#include <stdlib.h>
#include <string.h>

typedef struct outq {
    ex_quote q;
    int src;               /* quotation record, -1 for reported speech */
} outq;

static int cmp_quote(const void *a, const void *b)
{
    const ex_quote *p = &((const outq *)a)->q, *q = &((const outq *)b)->q;
    if (p->start != q->start)
        return p->start < q->start ? -1 : 1;
    return p->end < q->end ? -1 : p->end > q->end;
}

static void ctx_free(exctx *x)
{
    free(x->t);
    free(x->sent_start);
    free(x->q);
    free(x->m);
    for (size_t i = 0; i < x->ne; i++) {
        free(x->e[i].name);
        free(x->e[i].key);
    }
    free(x->e);
    free(x->ind);
    free(x->refs);
    free(x->credit_para);
    free(x->nospeak);
    free(x->ent_plain);
    smap_free(&x->ent_by_key);
    smap_free(&x->roles);
}

static void emit_quote(const exctx *x, const qrec *q, const int *newidx, ex_quote *o)
{
    memset(o, 0, sizeof *o);
    o->start = q->s;
    o->end = q->e;
    o->kind = q->kind;
    /* ''…'' may be a quotation or a typist's marks: reported speech */
    if (q->o >= 0 && (x->t[q->o].flags & TF_APOS))
        o->kind = QUOTE_INDIRECT;
    o->speaker = -1;
    if (q->cue >= 0) {
        const tok *t = &x->t[q->cue];
        o->cue = xstrndup(x->text + t->s, t->e - t->s);
    }
    if (q->speaker >= 0) {
        int r = ex_ent_root(x, q->speaker);
        if (r >= 0 && x->e[r].kind != ACTOR_PLACE)
            o->speaker = newidx[r];
    }
    o->has_speaker_span = q->has_span;
    if (q->has_span) {
        o->speaker_start = q->sp_s;
        o->speaker_end = q->sp_e;
    }
}

static void add_piece(ex_quote *o, size_t *cap, size_t s, size_t e)
{
    if (e <= s)
        return;
    if (o->n_pieces == *cap) {
        *cap = *cap ? *cap * 2 : 2;
        o->pieces = xrealloc(o->pieces, *cap * sizeof *o->pieces);
    }
    o->pieces[o->n_pieces++] = (ex_span){ s, e };
}

/* Adds [s, e) as pieces, leaving out the record's inner tag. */
static void add_piece_gap(const qrec *q, ex_quote *o, size_t *cap, size_t s, size_t e)
{
    if (q->gap_e > q->gap_s && q->gap_s > s && q->gap_e < e) {
        add_piece(o, cap, s, q->gap_s);
        add_piece(o, cap, q->gap_e, e);
        return;
    }
    add_piece(o, cap, s, e);
}

/* The stretches of one quotation record: a quote carried over paragraphs
 * breaks at each paragraph's opening mark, and at a mark that reopens it
 * after a sentence end. */
static void add_pieces(const exctx *x, const qrec *q, ex_quote *o, size_t *cap)
{
    size_t s = q->s;
    if (q->kind != QUOTE_INDIRECT && q->o >= 0) {
        size_t lim = q->c >= 0 ? (size_t)q->c : x->nt;
        for (size_t k = (size_t)q->o + 1; k < lim && x->t[k].s < q->e; k++) {
            if (x->t[k].type != T_QUOTE || !(x->t[k].flags & (TF_PSTART | TF_REOPEN)) || x->t[k].s <= s)
                continue;
            add_piece_gap(q, o, cap, s, x->t[k - 1].e < q->e ? x->t[k - 1].e : q->e);
            s = k + 1 < lim && x->t[k + 1].s < q->e ? x->t[k + 1].s : x->t[k].e;
        }
    }
    add_piece_gap(q, o, cap, s, q->e);
}

static void build(exctx *x, extraction *out)
{
    /* entities with mentions, in order of first mention */
    int *newidx = xmalloc((x->ne + 1) * sizeof *newidx);
    size_t *count = xcalloc(x->ne + 1, sizeof *count);
    for (size_t i = 0; i < x->ne; i++)
        newidx[i] = -1;
    size_t n = 0;
    for (size_t k = 0; k < x->nm; k++) {
        int r = ex_ent_root(x, x->m[k].ent);
        if (r < 0)
            continue;
        if (newidx[r] < 0)
            newidx[r] = (int)n++;
        count[r]++;
    }
    out->entities = xcalloc(n + 1, sizeof *out->entities);
    out->n_entities = n;
    for (size_t i = 0; i < x->ne; i++) {
        if (newidx[i] < 0)
            continue;
        ex_entity *e = &out->entities[newidx[i]];
        e->name = xstrdup(x->e[i].name);
        e->kind = x->e[i].kind;
        e->mentions = xmalloc((count[i] + 1) * sizeof *e->mentions);
    }
    for (size_t k = 0; k < x->nm; k++) {
        int r = ex_ent_root(x, x->m[k].ent);
        if (r < 0)
            continue;
        ex_entity *e = &out->entities[newidx[r]];
        e->mentions[e->n_mentions].start = x->m[k].s;
        e->mentions[e->n_mentions].end = x->m[k].e;
        e->n_mentions++;
    }
    /* a quotation split by its tag is one quote: each record joins the
     * first piece's (records are in text order, so that one came first) */
    int *root = xmalloc((x->nq + 1) * sizeof *root);
    size_t nq = 0;
    for (size_t i = 0; i < x->nq; i++) {
        const qrec *q = &x->q[i];
        int r = q->join;
        root[i] = q->drop ? -1 : r >= 0 && (size_t)r < i && root[r] >= 0 ? root[r] : (int)i;
        nq += root[i] == (int)i;
    }
    nq += x->nind;
    outq *tmp = xcalloc(nq + 1, sizeof *tmp);
    size_t *cap = xcalloc(x->nq + 1, sizeof *cap);
    int *at = xmalloc((x->nq + 1) * sizeof *at); /* record -> tmp slot */
    size_t j = 0;
    for (size_t i = 0; i < x->nq; i++) {
        at[i] = -1;
        if (root[i] < 0)
            continue;
        if (root[i] == (int)i) {
            emit_quote(x, &x->q[i], newidx, &tmp[j].q);
            tmp[j].src = (int)i;
            at[i] = (int)j++;
        } else {
            at[i] = at[root[i]];
        }
        add_pieces(x, &x->q[i], &tmp[at[i]].q, &cap[root[i]]);
    }
    for (size_t i = 0; i < x->nind; i++) {
        emit_quote(x, &x->ind[i], newidx, &tmp[j].q);
        add_pieces(x, &x->ind[i], &tmp[j].q, &cap[x->nq]);
        cap[x->nq] = 0;
        tmp[j++].src = -1;
    }
    free(cap);
    /* a quote runs from its first piece to its last; one with no words
     * (an empty pair of marks) is one empty piece where it stands */
    for (size_t k = 0; k < j; k++) {
        ex_quote *o = &tmp[k].q;
        if (o->n_pieces) {
            o->start = o->pieces[0].start;
            o->end = o->pieces[o->n_pieces - 1].end;
        } else {
            o->pieces = xmalloc(sizeof *o->pieces);
            o->pieces[0] = (ex_span){ o->start, o->end > o->start ? o->end : o->start };
            o->end = o->pieces[0].end;
            o->n_pieces = 1;
        }
    }
    qsort(tmp, j, sizeof *tmp, cmp_quote);
    /* statements: from quotation records to output positions */
    int *pos = xmalloc((x->nq + 1) * sizeof *pos);
    for (size_t i = 0; i < x->nq; i++)
        pos[i] = -1;
    for (size_t k = 0; k < j; k++)
        if (tmp[k].src >= 0)
            pos[tmp[k].src] = (int)k;
    for (size_t i = 0; i < x->nq; i++)
        if (root[i] >= 0)
            pos[i] = pos[root[i]];
    out->quotes = xcalloc(nq + 1, sizeof *out->quotes);
    for (size_t k = 0; k < j; k++) {
        out->quotes[k] = tmp[k].q;
        int st = tmp[k].src >= 0 ? pos[x->q[tmp[k].src].stmt] : -1;
        out->quotes[k].statement = st >= 0 && (size_t)st <= k ? st : (int)k;
    }
    out->n_quotes = j;
    free(pos);
    free(at);
    free(root);
    free(tmp);
    free(newidx);
    free(count);
}

void extract_run(const lexicon *lx, const char *text, size_t len, extraction *out)
{
    memset(out, 0, sizeof *out);
    exctx x;
    memset(&x, 0, sizeof x);
    x.lx = lx;
    x.text = text ? text : "";
    x.len = text ? len : 0;
    x.last_spk = -1;
    smap_init(&x.ent_by_key);
    smap_init(&x.roles);
    ex_tokenize(&x);
    ex_pair_quotes(&x);
    ex_sentences(&x);
    ex_names(&x);
    ex_attribute(&x);
    build(&x, out);
    ctx_free(&x);
}

void extraction_free(extraction *ex)
{
    for (size_t i = 0; i < ex->n_entities; i++) {
        free(ex->entities[i].name);
        free(ex->entities[i].mentions);
    }
    free(ex->entities);
    for (size_t i = 0; i < ex->n_quotes; i++) {
        free(ex->quotes[i].cue);
        free(ex->quotes[i].pieces);
    }
    free(ex->quotes);
    memset(ex, 0, sizeof *ex);
}

const char *actor_kind_name(actor_kind k)
{
    return k == ACTOR_PERSON ? "person" : k == ACTOR_PLACE ? "place" : "org";
}

const char *quote_kind_name(quote_kind k)
{
    return k == QUOTE_DIRECT ? "direct" : k == QUOTE_PARTIAL ? "partial" : "indirect";
}

void extract_quote_text(const char *text, size_t len, const ex_quote *q, buf *out)
{
    size_t prev = 0;
    for (size_t i = 0; i < q->n_pieces; i++) {
        size_t s = q->pieces[i].start, e = q->pieces[i].end;
        if (e > len)
            e = len;
        if (s > e)
            s = e;
        if (i) {
            int para = memchr(text + prev, '\n', s > prev ? s - prev : 0) != NULL;
            buf_adds(out, para ? "\n\n" : " ");
        }
        buf_add(out, text + s, e - s);
        prev = e;
    }
    if (!q->n_pieces) {
        size_t e = q->end < len ? q->end : len, s = q->start < e ? q->start : e;
        buf_add(out, text + s, e - s);
    }
}

void extract_pieces_format(buf *out, const ex_quote *q)
{
    for (size_t i = 0; q->n_pieces > 1 && i < q->n_pieces; i++)
        buf_printf(out, "%s%zu-%zu", i ? "," : "", q->pieces[i].start, q->pieces[i].end);
}

size_t extract_pieces_parse(const char *form, size_t start, size_t end, ex_span *out, size_t max)
{
    size_t n = 0, last = start;
    const char *p = form;
    while (p && *p && n < max) {
        char *e1, *e2;
        unsigned long long a = strtoull(p, &e1, 10);
        if (e1 == p || *e1 != '-')
            break;
        unsigned long long b = strtoull(e1 + 1, &e2, 10);
        if (e2 == e1 + 1 || (*e2 && (*e2 != ',' || !e2[1])) || a < last || b <= a || b > end)
            break;
        out[n++] = (ex_span){ (size_t)a, (size_t)b };
        last = (size_t)b;
        p = *e2 ? e2 + 1 : e2;
    }
    if (!n || (p && *p) || max < 1) {
        if (max < 1)
            return 0;
        out[0] = (ex_span){ start, end };
        return 1;
    }
    return n;
}
