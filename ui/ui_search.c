/* ui_search: '/' incremental search in the current view (n/N repeat) and
 * 'F' full-text search over the whole store (FTS5) shown as a list. */
#include <stdlib.h>
#include <string.h>
#include "ui_int.h"

/* ---- full-text results --------------------------------------------------- */

typedef struct hit {
    int is_quote;
    int64_t id, article_id;
    char *source, *date, *title, *snippet;
    char *speaker;            /* a quote's speaker, NULL when none */
} hit;

/* One open list of results. */
typedef struct results_screen {
    screen base;
    listview lv;
    hit *hits;
    size_t n_hits, cap_hits;
    char *query;
    int more_hits;        /* the search has hits past those loaded */
} results_screen;

/* Hits are read a page at a time, the next page when the cursor comes
 * within a margin of the last one loaded: ranking is done by the store,
 * only what is looked at is held here. */
#define PAGE_HITS 100
#define PAGE_MARGIN 20

static void results_free(screen *s)
{
    results_screen *rs = (results_screen *)s;
    for (size_t i = 0; i < rs->n_hits; i++) {
        hit *h = &rs->hits[i];
        free(h->source);
        free(h->date);
        free(h->title);
        free(h->snippet);
        free(h->speaker);
    }
    free(rs->hits);
    free(rs->query);
    lv_free(&rs->lv);
    free(rs);
}

static int take(void *ctx, const store_search_row *r)
{
    results_screen *rs = ctx;
    if (rs->n_hits == rs->cap_hits) {
        rs->cap_hits = rs->cap_hits ? rs->cap_hits * 2 : 32;
        rs->hits = xrealloc(rs->hits, rs->cap_hits * sizeof *rs->hits);
    }
    rs->hits[rs->n_hits++] = (hit){ r->is_quote, r->id, r->article_id, xstrdup(r->source ? r->source : ""),
                            xstrdup(r->date ? r->date : ""), xstrdup(r->title ? r->title : ""),
                            xstrdup(r->snippet ? r->snippet : ""),
                            r->is_quote && r->speaker ? xstrdup(r->speaker) : NULL };
    for (char *p = rs->hits[rs->n_hits - 1].snippet; *p; p++)
        if (*p == '\n' || *p == '\t')
            *p = ' '; /* one line per hit */
    return 0;
}

static int load_page(ui *u, results_screen *rs)
{
    size_t before = rs->n_hits;
    int rc = store_search(u->st, rs->query, (int64_t)rs->n_hits, PAGE_HITS, take, rs);
    return ui_page_end(u, rc, "search", rs->n_hits - before, PAGE_HITS, &rs->more_hits);
}

static void results_build(ui *u, results_screen *rs, int width);

static void results_title(ui *u, screen *s, char *out, size_t n)
{
    (void)u;
    snprintf(out, n, "%s", ((results_screen *)s)->lv.title);
}

static void results_draw(ui *u, screen *s)
{
    results_build(u, (results_screen *)s, u->cols);
    lscreen_draw(u, s);
}

static void found_msg(ui *u, const char *pat, int dir, const find_result *fr);

/* The words of a full-text query, without its syntax (quotes, *, ( ),
 * AND OR NOT NEAR), as '/' would search them. */
static char *query_words(const char *q)
{
    char *out = xmalloc(strlen(q) + 1), *o = out;
    const char *p = q;
    while (*p) {
        while (*p && (*p == ' ' || *p == '"' || *p == '(' || *p == ')' || *p == '*' || *p == '^'))
            p++;
        const char *e = p;
        while (*e && *e != ' ' && *e != '"' && *e != '(' && *e != ')' && *e != '*' && *e != '^')
            e++;
        size_t l = (size_t)(e - p);
        int op = (l == 3 && (!strncmp(p, "AND", 3) || !strncmp(p, "NOT", 3))) ||
                 (l == 2 && !strncmp(p, "OR", 2)) || (l == 4 && !strncmp(p, "NEAR", 4));
        if (l && !op) {
            if (o > out)
                *o++ = ' ';
            memcpy(o, p, l);
            o += l;
        }
        p = e;
    }
    *o = 0;
    return out;
}

/* An article opened from the results shows the searched words as '/'
 * would: highlighted, the first one current, n and N going on. */
static void open_with_term(ui *u, const char *query)
{
    screen *top = ui_top(u);
    if (!top->art || !top->art->loaded)
        return;
    char *words = query_words(query);
    char *first = xstrdup(words);
    char *sp = strchr(first, ' ');
    if (sp)
        *sp = 0;
    find_result fr;
    top->focus = PANE_TEXT;
    art_layout(u, top->art, ui_text_width(u, top, PANE_TEXT));
    const char *pats[2] = { words, first };
    for (int k = 0; k < 2; k++) {
        if (!*pats[k] || !search_apply(u, pats[k], 1, 0, &fr))
            continue;
        free(u->search);
        u->search = xstrdup(pats[k]);
        found_msg(u, pats[k], 1, &fr);
        break;
    }
    free(words);
    free(first);
}

static int results_key(ui *u, screen *s, int act)
{
    results_screen *rs = (results_screen *)s;
    if (act == ACT_BOTTOM && rs->more_hits) {
        /* the true end: read the pages left */
        while (rs->more_hits && load_page(u, rs) == 0)
            ;
        rs->lv.width = 0;
    }
    results_build(u, rs, u->cols); /* keys may come faster than the screen is drawn */
    int r = lscreen_key(u, s, act);
    if (act == ACT_OPEN && ui_top(u) != s)
        open_with_term(u, rs->query);
    return r;
}

static const screen_kind results_kind = {
    SCR_RESULTS, "the articles and quotes a full-text search found, best first",
    results_title, results_draw, results_key, results_free,
};

void results_open(ui *u, const char *query)
{
    results_screen *rs = xcalloc(1, sizeof *rs);
    rs->base.kind = &results_kind;
    rs->base.lv = &rs->lv;
    rs->query = xstrdup(query);
    /* the first page can take a while on a large store: say how to stop it */
    ui_msg(u, 0, "searching\xe2\x80\xa6 (Esc stops it)");
    ui_draw_all(u);
    doupdate();
    if (load_page(u, rs) != 0) {
        results_free(&rs->base);
        return;
    }
    size_t tl = strlen(query) + 32;
    rs->lv.title = xmalloc(tl);
    snprintf(rs->lv.title, tl, "Search: %s", query);
    ui_push(u, &rs->base);
    ui_msg(u, 0, "%zu%s match%s for %s", rs->n_hits, rs->more_hits ? "+" : "",
           rs->n_hits == 1 && !rs->more_hits ? "" : "es", query);
}

/* The snippet with its [matched] words highlighted. */
static void add_snippet(styled *st, const char *s, int base)
{
    int in = 0;
    const char *p = s;
    while (*p) {
        const char *e = p;
        while (*e && *e != '[' && *e != ']')
            e++;
        if (e > p)
            styled_add(st, p, (size_t)(e - p), in ? HL_MATCH : base);
        if (!*e)
            break;
        in = *e == '[';
        p = e + 1;
    }
}

static void results_build(ui *u, results_screen *rs, int width)
{
    listview *lv = &rs->lv;
    if (rs->more_hits && lv->width && lv->v.cur >= 0 && (size_t)lv->v.cur + PAGE_MARGIN >= lv->ne &&
        load_page(u, rs) == 0)
        lv->width = 0; /* new hits come after the old: the cursor stays put */
    if (lv->width == width)
        return;
    int cur = lv->v.cur;
    long top = lv->v.top;
    lv_reset(lv);
    tview *v = &lv->v;
    for (size_t i = 0; i < rs->n_hits; i++) {
        hit *h = &rs->hits[i];
        char date[64];
        ui_date(u, h->date, date, sizeof date);
        int e = lv_add_entry(lv, h->article_id, h->is_quote ? h->id : 0, 0, 0, 0);
        size_t f = v->st.text.len;
        char meta[256];
        ui_meta(meta, sizeof meta, h->source, date);
        styled_printf(&v->st, HL_META, "%s %s%s", h->is_quote ? "quote  " : "article", meta,
                      *meta ? " \xc2\xb7 " : "");
        styled_adds(&v->st, h->title, HL_TITLE);
        tview_wrap(v, f, v->st.text.len, width, 4, e, 1);
        f = v->st.text.len;
        styled_adds(&v->st, "    ", HL_NORMAL);
        if (h->speaker) {
            /* who said it, before the words, as the quote panes show it */
            styled_adds(&v->st, h->speaker, HL_SPEAKER);
            styled_adds(&v->st, ": ", HL_META);
        }
        add_snippet(&v->st, h->snippet, h->is_quote ? HL_QUOTE : HL_NORMAL);
        tview_wrap(v, f, v->st.text.len, width, 4, e, 0);
    }
    if (rs->more_hits)
        tview_note(v, "(more below: moving down reads the next matches)", width);
    if (!rs->n_hits) {
        size_t f = v->st.text.len;
        styled_printf(&v->st, HL_META, "No match for %s.", rs->query);
        tview_wrap(v, f, v->st.text.len, width, 0, -1, 0);
    }
    v->n_entries = (int)lv->ne;
    v->cur = cur;
    v->top = top;
    lv->width = width;
}

/* ---- '/' in the current view --------------------------------------------- */

static spot save(ui *u)
{
    screen *sc = ui_top(u);
    int focus = sc->focus;
    listview *lv = sc->lv;
    artview *a = sc->art;
    if (lv)
        return (spot){ lv->v.top, 0, lv->v.cur };
    if (a && focus == PANE_LIST)
        return (spot){ u->list.cur, u->list.top, 0 };
    if (a && focus == PANE_TEXT)
        return (spot){ a->text.top, 0, 0 };
    if (a)
        return (spot){ a->side.top, 0, a->side_cur[a->tab] };
    return (spot){ 0, 0, 0 };
}

static void restore(ui *u, spot s)
{
    screen *sc = ui_top(u);
    int focus = sc->focus;
    listview *lv = sc->lv;
    artview *a = sc->art;
    if (lv) {
        lv->v.top = s.a;
        lv->v.cur = s.c;
    } else if (a && focus == PANE_LIST) {
        u->list.cur = s.a;
        u->list.top = s.b;
    } else if (a && focus == PANE_TEXT) {
        a->text.top = s.a;
    } else if (a) {
        a->side.top = s.a;
        a->side_cur[a->tab] = s.c;
        a->side.cur = s.c;
    }
}

int search_apply(ui *u, const char *pat, int dir, int from_next, find_result *fr)
{
    int h = ui_body_height(u);
    screen *sc = ui_top(u);
    int focus = sc->focus;
    listview *lv = sc->lv;
    artview *a = sc->art;
    memset(fr, 0, sizeof *fr);
    if (!pat || !*pat)
        return 0;
    if (lv)
        return lv_find(lv, pat, dir, from_next, h, fr);
    if (!a)
        return 0;
    if (focus == PANE_LIST)
        return list_find(u, pat, dir);
    if (focus == PANE_TEXT)
        return art_find(u, a, pat, dir, from_next, h, fr);
    return side_find(u, a, pat, dir, from_next, h - 1, fr);
}

/* "/pattern 2/4", and whether the search went round the end. */
static void found_msg(ui *u, const char *pat, int dir, const find_result *fr)
{
    if (!fr->total) {
        ui_msg(u, 0, "/%s", pat);
        return;
    }
    ui_msg(u, 0, "/%s %d/%d%s", pat, fr->nth, fr->total,
           !fr->wrapped ? "" : dir > 0 ? " (search hit BOTTOM, continuing at TOP)"
                                      : " (search hit TOP, continuing at BOTTOM)");
}

static void live(ui *u, const char *text)
{
    restore(u, u->search_origin);
    free(u->search);
    u->search = *text ? xstrdup(text) : NULL;
    find_result fr;
    if (*text && !search_apply(u, text, 1, 0, &fr))
        ui_msg(u, 1, "not found: %s", text);
    else if (*text)
        found_msg(u, text, 1, &fr);
    else
        u->msg[0] = 0;
}

void search_start(ui *u)
{
    u->search_origin = save(u);
    char *old = u->search ? xstrdup(u->search) : NULL;
    char *pat = prompt_read(u, "/", NULL, &u->h_search, NULL, live);
    if (!pat) {
        restore(u, u->search_origin);
        free(u->search);
        u->search = old;
        u->msg[0] = 0;
        return;
    }
    free(old);
    free(u->search);
    u->search = *pat ? pat : NULL;
    if (!*pat)
        free(pat);
}

void search_again(ui *u, int dir)
{
    if (!u->search) {
        ui_msg(u, 0, "no search yet: press /");
        return;
    }
    find_result fr;
    if (!search_apply(u, u->search, dir, 1, &fr))
        ui_msg(u, 1, "not found: %s", u->search);
    else
        found_msg(u, u->search, dir, &fr);
}
