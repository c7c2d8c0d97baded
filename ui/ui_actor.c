/* ui_actor: every statement of one actor across all sources, grouped by
 * article, newest first.  A statement reported by several outlets is shown
 * once, with each outlet under it and the words it reported differently
 * marked. */
#include <stdlib.h>
#include <string.h>
#include "quotefmt.h"
#include "ui_int.h"
#include "wordiff.h"

typedef struct stq {
    int64_t id, article_id, statement_id, bookmark_id;
    char *source, *date, *title, *text, *cue;
    quote_kind kind;
    size_t start;
} stq;

typedef struct stqs {
    stq *q;
    size_t n, cap;
} stqs;

/* One open actor view. */
typedef struct actor_screen {
    screen base;
    listview lv;
    stqs loaded;         /* the statements of the actor shown, newest first */
    char *name;
    int64_t actor_id;
    int64_t want_quote;  /* the statement to put the cursor on once built, 0 none */
    int more;            /* the query has statements past those loaded */
} actor_screen;

/* Statements are read a page at a time, the next page when the cursor
 * comes within a margin of the last one loaded, so an actor quoted
 * thousands of times opens as fast as one quoted once. */
#define PAGE_STATEMENTS 200
#define PAGE_MARGIN 40

static int take(void *ctx, const store_quote_row *r)
{
    stqs *c = ctx;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 32;
        c->q = xrealloc(c->q, c->cap * sizeof *c->q);
    }
    c->q[c->n++] = (stq){ r->id, r->article_id, r->statement_id, r->bookmark_id,
                          xstrdup(r->source ? r->source : ""), xstrdup(r->date ? r->date : ""),
                          xstrdup(r->title ? r->title : ""), xstrdup(r->text ? r->text : ""),
                          r->cue ? xstrdup(r->cue) : NULL, r->kind, r->start };
    return 0;
}

static void actor_free(screen *s)
{
    actor_screen *as = (actor_screen *)s;
    for (size_t i = 0; i < as->loaded.n; i++) {
        stq *q = &as->loaded.q[i];
        free(q->source);
        free(q->date);
        free(q->title);
        free(q->text);
        free(q->cue);
    }
    free(as->loaded.q);
    free(as->name);
    lv_free(&as->lv);
    free(as);
}

static int load_page(ui *u, actor_screen *as)
{
    size_t before = as->loaded.n;
    store_quote_query q = { as->actor_id, NULL, 0, 0, (int64_t)as->loaded.n, PAGE_STATEMENTS };
    int rc = store_quotes(u->st, &q, take, &as->loaded);
    return ui_page_end(u, rc, "statements", as->loaded.n - before, PAGE_STATEMENTS, &as->more);
}

static int has_quote(const actor_screen *as, int64_t quote_id)
{
    for (size_t i = 0; i < as->loaded.n; i++)
        if (as->loaded.q[i].id == quote_id)
            return 1;
    return 0;
}

static void actor_title(ui *u, screen *s, char *out, size_t n)
{
    (void)u;
    snprintf(out, n, "Statements of %s", ((actor_screen *)s)->name);
}

static void actor_build(ui *u, actor_screen *as, int width);

static void actor_draw(ui *u, screen *s)
{
    actor_build(u, (actor_screen *)s, u->cols);
    lscreen_draw(u, s);
}

static int actor_key(ui *u, screen *s, int act)
{
    actor_screen *as = (actor_screen *)s;
    if (act == ACT_BOTTOM && as->more) {
        /* the true end: read the pages left */
        while (as->more && load_page(u, as) == 0)
            ;
        as->lv.width = 0;
    }
    actor_build(u, as, u->cols); /* keys may come faster than the screen is drawn */
    int r = lscreen_key(u, s, act);
    if (act == ACT_BOOKMARK)
        as->lv.width = 0;
    return r;
}

static const screen_kind actor_view_kind = {
    SCR_ACTOR, "every statement of one actor across all sources, newest first",
    actor_title, actor_draw, actor_key, actor_free,
};

void actor_open(ui *u, int64_t actor_id)
{
    actor_open_at(u, actor_id, 0);
}

void actor_open_at(ui *u, int64_t actor_id, int64_t quote_id)
{
    store_actor_row row;
    char *name = NULL;
    if (store_actor_get(u->st, actor_id, &row, &name) != 0) {
        ui_msg(u, 1, "no such actor (%lld)", (long long)actor_id);
        free(name);
        return;
    }
    actor_screen *as = xcalloc(1, sizeof *as);
    as->base.kind = &actor_view_kind;
    as->base.lv = &as->lv;
    as->name = name ? name : xstrdup("?");
    as->actor_id = actor_id;
    load_page(u, as);
    if (!as->loaded.n) {
        /* nothing said: where they are named instead */
        actor_free(&as->base);
        mentions_open(u, actor_id);
        if (ui_screen(u) == SCR_MENTIONS) {
            char m[sizeof u->msg];
            snprintf(m, sizeof m, "%s", u->msg);
            ui_msg(u, 0, "no statements; %s", m);
        }
        return;
    }
    /* the pages down to the statement asked for */
    while (quote_id && as->more && !has_quote(as, quote_id) && load_page(u, as) == 0)
        ;
    as->want_quote = quote_id;
    as->lv.title = xstrdup(as->name);
    ui_push(u, &as->base);
    if (!as->loaded.n)
        ui_msg(u, 0, "%s: no statements in the store", as->name);
    else
        ui_msg(u, 0, "%s: %zu%s statement%s", as->name, as->loaded.n, as->more ? "+" : "",
               as->loaded.n == 1 && !as->more ? "" : "s");
}

void actor_mark_quote(ui *u, int64_t quote_id, int64_t bookmark_id)
{
    for (int k = 0; k < u->nstack; k++) {
        if (u->stack[k]->kind != &actor_view_kind)
            continue;
        actor_screen *as = (actor_screen *)u->stack[k];
        for (size_t i = 0; i < as->loaded.n; i++)
            if (as->loaded.q[i].id == quote_id) {
                as->loaded.q[i].bookmark_id = bookmark_id;
                as->lv.width = 0;
            }
    }
}

/* ---- word differences -------------------------------------------------- */

/* Adds other's words, marking those it gives differently from base; only
 * inside a real match (wordiff.h), so a report cut longer or shorter is
 * not a list of differences. */
static void add_diff(styled *st, const char *base, const char *other)
{
    wordiff_word *w;
    size_t n = wordiff(base, other, &w);
    for (size_t j = 0; j < n; j++) {
        if (j)
            styled_adds(st, " ", HL_QUOTE);
        styled_add(st, other + w[j].start, w[j].end - w[j].start, w[j].differs ? HL_DIFF : HL_QUOTE);
    }
    free(w);
}

static void actor_build(ui *u, actor_screen *as, int width)
{
    listview *lv = &as->lv;
    stqs *ld = &as->loaded;
    int64_t keep = -1;   /* the quote under the cursor, kept across a new page */
    if (as->more && lv->width && lv->v.cur >= 0 && (size_t)lv->v.cur + PAGE_MARGIN >= lv->ne) {
        keep = lv->e[lv->v.cur].quote_id;
        load_page(u, as);
        lv->width = 0;
    }
    if (lv->width == width)
        return;
    int cur = lv->v.cur;
    long top = lv->v.top;
    lv_reset(lv);
    tview *v = &lv->v;
    char *shown = xcalloc(ld->n + 1, 1);
    int64_t last_article = -1;
    for (size_t i = 0; i < ld->n; i++) {
        stq *q = &ld->q[i];
        if (shown[i])
            continue;
        shown[i] = 1;
        if (q->article_id != last_article) {
            char date[64];
            ui_date(u, q->date, date, sizeof date);
            if (last_article >= 0) {
                size_t f = v->st.text.len;
                styled_adds(&v->st, "", HL_NORMAL);
                tview_wrap(v, f, f, width, 0, -1, 0);
            }
            size_t from = v->st.text.len;
            char meta[256];
            ui_meta(meta, sizeof meta, q->source, date);
            styled_printf(&v->st, HL_META, "%s%s", meta, *meta ? " \xc2\xb7 " : "");
            styled_adds(&v->st, q->title, HL_TITLE);
            tview_wrap(v, from, v->st.text.len, width, 4, -1, 0);
            last_article = q->article_id;
        }
        size_t from = v->st.text.len;
        int e = lv_add_entry(lv, q->article_id, q->id, 0, q->start, 1);
        /* quote marks around the speaker's words only: a paraphrase is
         * marked as one, a partial quote carrying its own marks */
        styled_adds(&v->st, "  ", HL_NORMAL);
        int words = quotefmt_in_marks(q->kind, q->text);
        if (!words)
            styled_adds(&v->st, "(paraphrase) ", HL_META);
        if (words)
            styled_adds(&v->st, "\xe2\x80\x9c", HL_QUOTE);
        styled_adds(&v->st, q->text, words ? HL_QUOTE : HL_INDIRECT);
        if (words)
            styled_adds(&v->st, "\xe2\x80\x9d", HL_QUOTE);
        if (q->cue)
            styled_printf(&v->st, HL_META, " \xe2\x80\x94 %s", q->cue);
        if (q->bookmark_id)
            styled_adds(&v->st, ui_utf8 ? " \xe2\x98\x85 bookmarked" : " * bookmarked", HL_META);
        tview_wrap(v, from, v->st.text.len, width, 3, e, 0);
        if (!q->statement_id)
            continue;
        /* the same statement in other outlets */
        for (size_t k = i + 1; k < ld->n; k++) {
            stq *o = &ld->q[k];
            if (o->statement_id != q->statement_id || shown[k])
                continue;
            shown[k] = 1;
            char date[64];
            ui_date(u, o->date, date, sizeof date);
            size_t f = v->st.text.len;
            int oe = lv_add_entry(lv, o->article_id, o->id, 0, o->start, 1);
            char meta[256];
            ui_meta(meta, sizeof meta, o->source, date);
            styled_printf(&v->st, HL_META, "    \xe2\x86\xb3 also %s: ", meta);
            if (strcmp(o->text, q->text) == 0)
                styled_adds(&v->st, "same words", HL_META);
            else
                add_diff(&v->st, q->text, o->text);
            if (o->bookmark_id)
                styled_adds(&v->st, ui_utf8 ? " \xe2\x98\x85 bookmarked" : " * bookmarked", HL_META);
            tview_wrap(v, f, v->st.text.len, width, 6, oe, 0);
        }
    }
    free(shown);
    if (as->more)
        tview_note(v, "\n(more below: moving down reads the next statements)", width);
    if (!ld->n)
        tview_note(v, "No statements by this actor in the store.", width);
    v->n_entries = (int)lv->ne;
    v->cur = cur;
    v->top = top;
    for (size_t i = 0; keep >= 0 && i < lv->ne; i++)
        if (lv->e[i].quote_id == keep)
            v->cur = (int)i;
    for (size_t i = 0; as->want_quote && i < lv->ne; i++)
        if (lv->e[i].quote_id == as->want_quote)
            v->cur = (int)i;
    as->want_quote = 0;
    lv->width = width;
}
