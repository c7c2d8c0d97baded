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

static hit *hits;
static size_t n_hits, cap_hits;
static char *last_query;
static int more_hits;     /* the search has hits past those loaded */

/* Hits are read a page at a time, the next page when the cursor comes
 * within a margin of the last one loaded: ranking is done by the store,
 * only what is looked at is held here. */
#define PAGE_HITS 100
#define PAGE_MARGIN 20

void results_free(void)
{
    for (size_t i = 0; i < n_hits; i++) {
        free(hits[i].source);
        free(hits[i].date);
        free(hits[i].title);
        free(hits[i].snippet);
        free(hits[i].speaker);
    }
    free(hits);
    hits = NULL;
    n_hits = cap_hits = 0;
    free(last_query);
    last_query = NULL;
    more_hits = 0;
}

static int take(void *ctx, const store_search_row *r)
{
    (void)ctx;
    if (n_hits == cap_hits) {
        cap_hits = cap_hits ? cap_hits * 2 : 32;
        hits = xrealloc(hits, cap_hits * sizeof *hits);
    }
    hits[n_hits++] = (hit){ r->is_quote, r->id, r->article_id, xstrdup(r->source ? r->source : "?"),
                            xstrdup(r->date ? r->date : ""), xstrdup(r->title ? r->title : ""),
                            xstrdup(r->snippet ? r->snippet : ""),
                            r->is_quote && r->speaker ? xstrdup(r->speaker) : NULL };
    for (char *p = hits[n_hits - 1].snippet; *p; p++)
        if (*p == '\n' || *p == '\t')
            *p = ' '; /* one line per hit */
    return 0;
}

static int load_page(ui *u)
{
    size_t before = n_hits;
    if (store_search(u->st, last_query, (int64_t)n_hits, PAGE_HITS, take, NULL) != 0) {
        ui_msg(u, 1, "search: %s", store_error(u->st));
        more_hits = 0;
        return -1;
    }
    more_hits = n_hits - before == PAGE_HITS;
    return 0;
}

void results_open(ui *u, const char *query)
{
    results_free();
    last_query = xstrdup(query);
    if (load_page(u) != 0)
        return;
    listview *lv = &u->results;
    free(lv->title);
    size_t tl = strlen(query) + 32;
    lv->title = xmalloc(tl);
    snprintf(lv->title, tl, "Search: %s", query);
    lv->width = 0;
    lv->v.top = 0;
    lv->v.cur = 0;
    if (ui_screen(u) != SCR_RESULTS)
        ui_push(u, SCR_RESULTS);
    ui_msg(u, 0, "%zu%s match%s for %s", n_hits, more_hits ? "+" : "",
           n_hits == 1 && !more_hits ? "" : "es", query);
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

void results_build(ui *u, int width)
{
    listview *lv = &u->results;
    if (more_hits && lv->width && lv->v.cur >= 0 && (size_t)lv->v.cur + PAGE_MARGIN >= lv->ne &&
        load_page(u) == 0)
        lv->width = 0; /* new hits come after the old: the cursor stays put */
    if (lv->width == width)
        return;
    int cur = lv->v.cur;
    long top = lv->v.top;
    lv_reset(lv);
    tview *v = &lv->v;
    for (size_t i = 0; i < n_hits; i++) {
        hit *h = &hits[i];
        char date[64];
        ui_date(u, h->date, date, sizeof date);
        int e = lv_add_entry(lv, h->article_id, h->is_quote ? h->id : 0, 0, 0, 0);
        size_t f = v->st.text.len;
        styled_printf(&v->st, HL_META, "%s %s \xc2\xb7 %s \xc2\xb7 ", h->is_quote ? "quote  " : "article",
                      h->source, date);
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
    if (more_hits) {
        size_t f = v->st.text.len;
        styled_adds(&v->st, "(more below: moving down reads the next matches)", HL_META);
        tview_wrap(v, f, v->st.text.len, width, 0, -1, 0);
    }
    if (!n_hits) {
        size_t f = v->st.text.len;
        styled_printf(&v->st, HL_META, "No match for %s.", last_query ? last_query : "");
        tview_wrap(v, f, v->st.text.len, width, 0, -1, 0);
    }
    v->n_entries = (int)lv->ne;
    v->cur = cur;
    v->top = top;
    lv->width = width;
}

/* ---- '/' in the current view --------------------------------------------- */

static listview *screen_list(ui *u)
{
    switch (ui_screen(u)) {
    case SCR_ACTOR: return &u->actor;
    case SCR_BOOKMARKS: return &u->marks;
    case SCR_RESULTS: return &u->results;
    case SCR_HELP: return &u->help;
    default: return NULL;
    }
}

static artview *screen_art(ui *u, int *focus)
{
    if (ui_screen(u) == SCR_MAIN) {
        *focus = u->focus;
        return &u->main_art;
    }
    if (ui_screen(u) == SCR_ARTICLE) {
        *focus = u->open_focus;
        return &u->open_art;
    }
    return NULL;
}

typedef struct spot {
    long a, b;
    int c;
} spot;

static spot save(ui *u)
{
    int focus;
    listview *lv = screen_list(u);
    artview *a = screen_art(u, &focus);
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
    int focus;
    listview *lv = screen_list(u);
    artview *a = screen_art(u, &focus);
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

int search_apply(ui *u, const char *pat, int dir, int from_next)
{
    int focus, h = ui_body_height(u);
    (void)from_next;
    listview *lv = screen_list(u);
    artview *a = screen_art(u, &focus);
    if (!pat || !*pat)
        return 0;
    if (lv)
        return lv_find(lv, pat, dir, h);
    if (!a)
        return 0;
    if (focus == PANE_LIST)
        return list_find(u, pat, dir);
    if (focus == PANE_TEXT)
        return art_find(u, a, pat, dir, h);
    return side_find(u, a, pat, dir, h - 1);
}

static spot origin;

static void live(ui *u, const char *text)
{
    restore(u, origin);
    free(u->search);
    u->search = *text ? xstrdup(text) : NULL;
    if (*text && !search_apply(u, text, 1, 0))
        ui_msg(u, 1, "not found: %s", text);
    else
        u->msg[0] = 0;
}

void search_start(ui *u)
{
    origin = save(u);
    char *old = u->search ? xstrdup(u->search) : NULL;
    char *pat = prompt_read(u, "/", NULL, &u->h_search, NULL, live);
    if (!pat) {
        restore(u, origin);
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
    if (!search_apply(u, u->search, dir, 1))
        ui_msg(u, 1, "not found: %s", u->search);
    else
        ui_msg(u, 0, "/%s", u->search);
}
