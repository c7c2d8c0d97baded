/* ui_article: one article's text, wrapped to its pane, with people,
 * places, organisations and quotes highlighted and each quote's speaker
 * shown beside it; its mentions, quotes and actors for the side tabs. */
#include <stdlib.h>
#include <string.h>
#include "ui_int.h"

void art_free(artview *a)
{
    if (a->loaded)
        store_article_free(&a->art);
    for (size_t i = 0; i < a->nq; i++) {
        free(a->q[i].speaker);
        free(a->q[i].text);
        free(a->q[i].pieces);
    }
    free(a->q);
    free(a->m);
    for (int k = 0; k < 3; k++) {
        for (size_t i = 0; i < a->na[k]; i++)
            free(a->a[k][i].name);
        free(a->a[k]);
    }
    tview_free(&a->text);
    tview_free(&a->side);
    int tab = a->tab;
    memset(a, 0, sizeof *a);
    a->tab = tab;
    a->sel_quote = -1;
}

typedef struct qcollect {
    aquote *q;
    size_t n, cap;
} qcollect;

static int take_quote(void *ctx, const store_quote_row *r)
{
    qcollect *c = ctx;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        c->q = xrealloc(c->q, c->cap * sizeof *c->q);
    }
    aquote *q = &c->q[c->n++];
    memset(q, 0, sizeof *q);
    q->id = r->id;
    q->speaker_id = r->speaker_id;
    q->n_elsewhere = r->n_elsewhere;
    q->bookmark_id = r->bookmark_id;
    q->statement_id = r->statement_id;
    q->n_reports = r->n_reports;
    q->start = r->start;
    q->end = r->end;
    size_t max = 1;
    for (const char *p = r->pieces; p && *p; p++)
        max += *p == ',';
    q->pieces = xmalloc(max * sizeof *q->pieces);
    q->n_pieces = extract_pieces_parse(r->pieces, r->start, r->end, q->pieces, max);
    q->kind = r->kind;
    q->speaker = r->speaker ? xstrdup(r->speaker) : (r->speaker_text ? NULL : NULL);
    q->text = xstrdup(r->text ? r->text : "");
    return 0;
}

typedef struct mcollect {
    amention *m;
    size_t n, cap;
} mcollect;

static int take_mention(void *ctx, const store_mention_row *r)
{
    mcollect *c = ctx;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 32;
        c->m = xrealloc(c->m, c->cap * sizeof *c->m);
    }
    c->m[c->n++] = (amention){ r->actor_id, r->kind, r->start, r->end, 0 };
    return 0;
}

typedef struct acollect {
    aactor *a;
    size_t n, cap;
} acollect;

static int take_actor(void *ctx, const store_actor_row *r)
{
    acollect *c = ctx;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        c->a = xrealloc(c->a, c->cap * sizeof *c->a);
    }
    c->a[c->n++] = (aactor){ r->id, r->n_mentions, r->n_other_sources, r->n_sources,
                             xstrdup(r->name ? r->name : ""), r->kind };
    return 0;
}

void art_open(ui *u, artview *a, int64_t id)
{
    if (a->id == id && a->loaded)
        return;
    art_free(a);
    a->id = id;
    if (id <= 0)
        return;
    int rc = store_article_get(u->st, id, &a->art);
    if (rc != 0) {
        if (rc < 0)
            ui_msg(u, 1, "article %lld: %s", (long long)id, store_error(u->st));
        a->id = 0;
        return;
    }
    a->loaded = 1;
    qcollect qc = { 0 };
    store_quote_query qq = { 0, NULL, id, 0, 0, -1 };
    if (store_quotes(u->st, &qq, take_quote, &qc) != 0)
        ui_msg(u, 1, "quotes: %s", store_error(u->st));
    a->q = qc.q;
    a->nq = qc.n;
    mcollect mc = { 0 };
    if (store_mentions(u->st, id, take_mention, &mc) != 0)
        ui_msg(u, 1, "mentions: %s", store_error(u->st));
    a->m = mc.m;
    a->nm = mc.n;
    for (int k = 0; k < 3; k++) {
        acollect ac = { 0 };
        store_actor_query aq = { k, id, 0, -1 };
        if (store_actors(u->st, &aq, take_actor, &ac) != 0)
            ui_msg(u, 1, "actors: %s", store_error(u->st));
        a->a[k] = ac.a;
        a->na[k] = ac.n;
    }
    a->sel_quote = -1;
    a->text_w = 0;
    a->side_w = 0;
    memset(a->side_cur, 0, sizeof a->side_cur);
}

static int kind_hl(actor_kind k)
{
    return k == ACTOR_PERSON ? HL_PERSON : k == ACTOR_PLACE ? HL_PLACE : HL_ORG;
}

/* Length of a closing quote mark at s, 0 when none. */
static size_t closing_mark(const char *s, size_t n)
{
    if (n >= 1 && (s[0] == '"' || s[0] == '\''))
        return 1;
    if (n >= 3 && (memcmp(s, "\xe2\x80\x9d", 3) == 0 || memcmp(s, "\xe2\x80\x99", 3) == 0))
        return 3;
    if (n >= 2 && memcmp(s, "\xc2\xbb", 2) == 0)
        return 2;
    return 0;
}

typedef struct annot {
    size_t at;
    int qi;
} annot;

static int annot_cmp(const void *x, const void *y)
{
    const annot *a = x, *b = y;
    return a->at < b->at ? -1 : a->at > b->at ? 1 : a->qi - b->qi;
}

void art_layout(ui *u, artview *a, int width)
{
    if (!a->loaded || width < 1)
        return;
    if (a->text_w == width && a->text.n_lines)
        return;
    /* keep the reading position across a re-wrap */
    size_t keep = a->text.n_lines && a->text.top > 0 && (size_t)a->text.top < a->text.n_lines
                      ? a->text.lines[a->text.top].start : 0;
    int had_top = a->text.n_lines > 0;
    tview *v = &a->text;
    tview_clear(v);
    const store_article_row *m = &a->art.meta;
    styled_adds(&v->st, m->title ? m->title : "", HL_TITLE);
    styled_adds(&v->st, "\n", HL_NORMAL);
    char date[64];
    ui_date(u, m->date, date, sizeof date);
    char meta[512];
    ui_meta(meta, sizeof meta, m->source, date);
    char line[1024];
    ui_meta(line, sizeof line, meta, m->author);
    styled_adds(&v->st, line, HL_META);
    if (m->url && *m->url) {
        styled_adds(&v->st, "\n", HL_NORMAL);
        styled_adds(&v->st, m->url, HL_META);
    }
    styled_adds(&v->st, "\n\n", HL_NORMAL);
    size_t base = v->st.text.len;
    size_t header_end = base;

    const char *t = a->art.text;
    size_t n = a->art.text_len;
    unsigned char *hl = xcalloc(n + 1, 1);
    for (size_t i = 0; i < a->nq; i++) {
        aquote *q = &a->q[i];
        if (q->end > n || q->start > q->end)
            continue;
        /* a quote split by its tag: the tag between the pieces stays plain */
        for (size_t k = 0; k < q->n_pieces; k++)
            memset(hl + q->pieces[k].start, q->kind == QUOTE_INDIRECT ? HL_INDIRECT : HL_QUOTE,
                   q->pieces[k].end - q->pieces[k].start);
    }
    for (size_t i = 0; i < a->nm; i++) {
        amention *mm = &a->m[i];
        if (mm->end > n || mm->start > mm->end)
            continue;
        memset(hl + mm->start, kind_hl(mm->kind), mm->end - mm->start);
    }
    annot *an = xcalloc(a->nq + 1, sizeof *an);
    size_t nan = 0;
    for (size_t i = 0; i < a->nq; i++) {
        aquote *q = &a->q[i];
        if ((!q->speaker && !q->bookmark_id) || q->end > n)
            continue;
        an[nan++] = (annot){ q->end + closing_mark(t + q->end, n - q->end), (int)i };
    }
    qsort(an, nan, sizeof *an, annot_cmp);
    /* copy the text, inserting each speaker after its quote */
    size_t pos = 0, shift = 0, ai = 0;
    for (size_t i = 0; i < a->nq; i++)
        a->q[i].sstart = a->q[i].send = 0;
    while (pos <= n) {
        size_t next = ai < nan ? an[ai].at : n;
        if (next > n)
            next = n;
        /* map quote and mention offsets inside [pos, next] */
        size_t lim = ai < nan ? next : next + 1; /* a start at an insert point follows it */
        for (size_t i = 0; i < a->nq; i++) {
            if (a->q[i].start >= pos && a->q[i].start < lim && !a->q[i].sstart)
                a->q[i].sstart = base + a->q[i].start + shift;
            if (a->q[i].end >= pos && a->q[i].end <= next && !a->q[i].send)
                a->q[i].send = base + a->q[i].end + shift;
        }
        for (size_t i = 0; i < a->nm; i++)
            if (a->m[i].start >= pos && a->m[i].start < lim && !a->m[i].sstart)
                a->m[i].sstart = base + a->m[i].start + shift;
        size_t from = v->st.text.len;
        buf_add(&v->st.text, t + pos, next - pos);
        if (v->st.hl_cap < v->st.text.len + 1) {
            v->st.hl_cap = (v->st.text.len + 1) * 2;
            v->st.hl = xrealloc(v->st.hl, v->st.hl_cap);
        }
        memcpy(v->st.hl + from, hl + pos, next - pos);
        if (ai >= nan)
            break;
        aquote *q = &a->q[an[ai].qi];
        size_t before = v->st.text.len;
        if (q->speaker)
            styled_printf(&v->st, HL_SPEAKER, " \xe2\x80\xb9%s\xe2\x80\xba", q->speaker);
        if (q->bookmark_id) /* bookmarked: said beside its speaker */
            styled_adds(&v->st, ui_utf8 ? " \xe2\x98\x85" : " *", HL_META);
        shift += v->st.text.len - before;
        pos = next;
        ai++;
    }
    free(an);
    free(hl);
    tview_wrap(v, 0, header_end, width, 0, -1, 0);
    /* the blank line after the header: wrap keeps it as an empty line */
    tview_wrap(v, base, v->st.text.len, width, 0, -1, 0);
    v->n_entries = 0;
    v->cur = -1;
    a->text_w = width;
    if (a->sel_quote >= 0 && (size_t)a->sel_quote < a->nq) {
        v->sel_start = a->q[a->sel_quote].sstart;
        v->sel_end = a->q[a->sel_quote].send;
    }
    if (had_top)
        v->top = tview_line_of(v, keep);
}

int art_quote_by_id(const artview *a, int64_t qid)
{
    for (size_t i = 0; i < a->nq; i++)
        if (a->q[i].id == qid)
            return (int)i;
    return -1;
}

void art_select_quote(artview *a, int qi, int h)
{
    if (qi < 0 || (size_t)qi >= a->nq)
        return;
    a->sel_quote = qi;
    a->text.sel_start = a->q[qi].sstart;
    a->text.sel_end = a->q[qi].send;
    a->side_cur[SIDE_QUOTES] = qi;
    if (a->text.n_lines)
        tview_show_offset(&a->text, a->q[qi].sstart, h);
}

void art_select_mention(ui *u, artview *a, int64_t actor_id, int h)
{
    int n = 0, first = -1;
    for (size_t i = 0; i < a->nm; i++)
        if (a->m[i].actor_id == actor_id) {
            if (first < 0)
                first = (int)i;
            n++;
        }
    if (first < 0)
        return;
    art_layout(u, a, a->text_w > 0 ? a->text_w : u->cols);
    a->sel_quote = -1;
    a->text.sel_start = a->m[first].sstart;
    a->text.sel_end = a->m[first].sstart + (a->m[first].end - a->m[first].start);
    a->mention_next = 1;
    if (a->text.n_lines)
        tview_show_offset(&a->text, a->m[first].sstart, h);
    ui_msg(u, 0, "mention 1 of %d selected", n);
}

void art_select_quote_at(artview *a, size_t start, int h)
{
    int best = -1;
    for (size_t i = 0; i < a->nq; i++)
        if (a->q[i].start <= start && a->q[i].end > start)
            best = (int)i;
    for (size_t i = 0; best < 0 && i < a->nq; i++)
        if (a->q[i].start >= start)
            best = (int)i;
    art_select_quote(a, best, h);
}

/* The quote after (dir > 0) or before the one selected, or the first one
 * on screen when none is. */
static int quote_step(artview *a, int dir, int h)
{
    if (!a->nq)
        return -1;
    if (a->sel_quote < 0) {
        size_t top = a->text.n_lines ? a->text.lines[a->text.top].start : 0;
        for (size_t i = 0; i < a->nq; i++)
            if (a->q[i].sstart >= top)
                return (int)i;
        return (int)a->nq - 1;
    }
    int n = a->sel_quote + dir;
    (void)h;
    if (n < 0 || (size_t)n >= a->nq)
        return a->sel_quote;
    return n;
}

int art_key_text(ui *u, artview *a, int act, int h)
{
    tview *v = &a->text;
    switch (act) {
    case ACT_UP: tview_move(v, -1, h); return 1;
    case ACT_DOWN: tview_move(v, 1, h); return 1;
    case ACT_PAGE_UP: tview_move(v, -(h > 2 ? h - 2 : 1), h); return 1;
    case ACT_PAGE_DOWN: tview_move(v, h > 2 ? h - 2 : 1, h); return 1;
    case ACT_TOP: v->top = 0; return 1;
    case ACT_BOTTOM: v->top = (long)v->n_lines; tview_clamp(v, h); return 1;
    case ACT_NEXT_QUOTE:
    case ACT_PREV_QUOTE: {
        int qi = quote_step(a, act == ACT_NEXT_QUOTE ? 1 : -1, h);
        if (qi < 0)
            ui_msg(u, 0, "no quotes in this article");
        else
            art_select_quote(a, qi, h);
        return 1;
    }
    case ACT_OPEN:
        if (a->sel_quote < 0) {
            int qi = quote_step(a, 1, h);
            if (qi < 0) {
                ui_msg(u, 0, "no quotes in this article");
                return 1;
            }
            art_select_quote(a, qi, h);
            ui_msg(u, 0, "quote selected; Enter again for its speaker's statements");
            return 1;
        }
        if (a->q[a->sel_quote].speaker_id > 0)
            actor_open_at(u, a->q[a->sel_quote].speaker_id, a->q[a->sel_quote].id);
        else
            ui_msg(u, 0, "this quote has no named speaker");
        return 1;
    default:
        return 0;
    }
}

int art_find(ui *u, artview *a, const char *pat, int dir, int next, int h, find_result *fr)
{
    (void)u;
    return tview_find(&a->text, pat, dir, next, h, fr);
}

void art_draw_text(ui *u, artview *a, WINDOW *w, int y, int x, int h, int wd, int focused)
{
    if (!a->loaded) {
        for (int r = 0; r < h; r++)
            draw_fill(w, y + r, x, wd, HL_NORMAL);
        if (h > 0) {
            wmove(w, y, x + 1);
            draw_hl(w, u->list.count ? "No article selected." : "Nothing to read yet: :import PATH",
                    wd - 1, HL_META);
        }
        return;
    }
    art_layout(u, a, wd);
    tview_clamp(&a->text, h);
    tview_draw(&a->text, w, y, x, h, wd, focused, u->search);
}
