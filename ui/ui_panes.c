/* ui_panes: the two screens made of panes — the main screen (article
 * list, text, People/Places/Orgs/Quotes) and an opened article (text,
 * side) — their drawing and their keys. */
#include <stdlib.h>
#include <string.h>
#include "store_browse.h"
#include "ui_int.h"

typedef struct pane_screen {
    screen base;
    artview art;
    size_t restore_at;        /* a scroll position to take once the text is laid out */
    int restore;
} pane_screen;

void main_screen_restore_text(screen *s, size_t offset)
{
    pane_screen *p = (pane_screen *)s;
    p->restore_at = offset;
    p->restore = offset > 0;
}

static void pane_free(screen *s)
{
    pane_screen *p = (pane_screen *)s;
    art_free(&p->art);
    free(p);
}

static void main_title(ui *u, screen *s, char *out, size_t n)
{
    (void)s;
    char f[512];
    list_filter_desc(&u->list, f, sizeof f);
    snprintf(out, n, "Articles (%lld, %lld unread, by %s%s)%s%s", (long long)u->list.count,
             (long long)u->list.unread, ui_sort_names[u->list.sort], u->list.filter.reverse ? ", reversed" : "",
             *f ? " filter: " : "", f);
}

/* t: the article's tags, several at once, edited in one prompt. */
static void tag_prompt(ui *u, int64_t id)
{
    if (!id || !ui_can_write(u, "tag"))
        return;
    char *old = NULL;
    if (store_article_tags(u->st, id, &old) < 0) {
        ui_msg(u, 1, "tags: %s", store_error(u->st));
        return;
    }
    char *t = prompt_read(u, "Tags (separated by commas): ", old, NULL, NULL, NULL);
    free(old);
    if (!t)
        return;
    if (store_article_set_tags(u->st, id, t) != 0) {
        ui_msg(u, 1, "tags: %s", store_error(u->st));
    } else {
        char *now = NULL;
        store_article_tags(u->st, id, &now);
        ui_msg(u, 0, now ? "tagged: %s" : "tags removed%s", now ? now : "");
        free(now);
        list_reload(u); /* the rows show them */
    }
    free(t);
}

/* The article list's own actions, from any pane of the main screen. */
static int main_list_key(ui *u, screen *s, int act, int h)
{
    alist *l = &u->list;
    switch (act) {
    case ACT_SEARCH_NEXT:
    case ACT_PREV_UNREAD:
        if (act == ACT_SEARCH_NEXT && u->search)
            return 0; /* n repeats a search while there is one */
        if (!list_next_unread(u, act == ACT_SEARCH_NEXT ? 1 : -1, h))
            ui_msg(u, 0, "no unread article %s", act == ACT_SEARCH_NEXT ? "below" : "above");
        (void)s;
        return 1;
    case ACT_HIDE_READ: {
        char f[512];
        list_filter_desc(l, f, sizeof f);
        /* the same filter with "unread" toggled */
        char spec[600];
        if (l->filter.unread_only) {
            char *p = strstr(f, "unread");
            if (p)
                memmove(p, p + 6, strlen(p + 6) + 1);
            snprintf(spec, sizeof spec, "%s", f);
        } else {
            snprintf(spec, sizeof spec, "unread %s", f);
        }
        if (list_set_filter(u, spec) == 0)
            ui_msg(u, 0, l->filter.unread_only ? "unread articles only (H shows all)" : "all articles");
        return 1;
    }
    case ACT_REVERSE: {
        char f[512], spec[600];
        list_filter_desc(l, f, sizeof f);
        char *p = strstr(f, "reverse");
        if (p) {
            memmove(p, p + 7, strlen(p + 7) + 1);
            snprintf(spec, sizeof spec, "%s", f);
        } else {
            snprintf(spec, sizeof spec, "%s reverse", f);
        }
        if (list_set_filter(u, spec) == 0)
            ui_msg(u, 0, "sorted by %s%s", ui_sort_names[l->sort], l->filter.reverse ? ", reversed" : "");
        return 1;
    }
    case ACT_FILTER: {
        char f[512];
        list_filter_desc(l, f, sizeof f);
        char *spec = prompt_read(u, "Filter (outlet= from= to= tag= actor= kind= unread reverse): ", f, &u->h_cmd,
                                 NULL, NULL);
        if (spec && list_set_filter(u, spec) == 0)
            ui_msg(u, 0, "%lld article%s", (long long)l->count, l->count == 1 ? "" : "s");
        free(spec);
        return 1;
    }
    case ACT_MARK_ALL_READ: {
        if (!ui_can_write(u, "mark all read"))
            return 1;
        char q[160];
        snprintf(q, sizeof q, "Mark %lld article%s read? (y/n) ", (long long)l->count,
                 l->count == 1 ? "" : "s");
        char *yes = prompt_read(u, q, NULL, NULL, NULL, NULL);
        if (yes && (*yes == 'y' || *yes == 'Y')) {
            int64_t n = store_filter_mark_read(u->st, &l->filter);
            if (n < 0)
                ui_msg(u, 1, "mark all read: %s", store_error(u->st));
            else
                ui_msg(u, 0, "%lld article%s marked read", (long long)n, n == 1 ? "" : "s");
            list_reload(u);
        }
        free(yes);
        return 1;
    }
    default:
        return 0;
    }
}

static void article_title(ui *u, screen *s, char *out, size_t n)
{
    (void)u;
    artview *a = s->art;
    snprintf(out, n, "%s", a->loaded && a->art.meta.title ? a->art.meta.title : "Article");
}

/* Keeps the main screen's text on the article under the list cursor. */
static void follow_list(ui *u, screen *s)
{
    const arow *r = list_row(u, u->list.cur);
    int64_t id = r ? r->id : 0;
    if (s->art->id != id || (id && !s->art->loaded))
        art_open(u, s->art, id);
}

/* The focused pane's borders are highlighted: on the main screen the
 * list's right one, the side's left one, both for the text between them;
 * on the article screen the one border while the text has focus. */
static void pane_draw(ui *u, screen *s)
{
    artview *a = s->art;
    if (s->kind->id == SCR_MAIN)
        follow_list(u, s);
    rect r[PANE_N];
    ui_layout(u, s, s->focus, r);
    pane_screen *ps = (pane_screen *)s;
    if (ps->restore && a->loaded) {
        art_layout(u, a, r[PANE_TEXT].w ? r[PANE_TEXT].w : u->cols);
        a->text.top = tview_line_of(&a->text, ps->restore_at);
        tview_clamp(&a->text, r[PANE_TEXT].h ? r[PANE_TEXT].h : ui_body_height(u));
        ps->restore = 0;
    }
    if (ui_narrow(u))
        ui_draw_tabbar(u, s);
    if (r[PANE_TEXT].w == 0 && a->loaded)
        art_layout(u, a, u->cols);
    if (r[PANE_LIST].w) {
        list_draw(u, stdscr, r[PANE_LIST].y, r[PANE_LIST].x, r[PANE_LIST].h, r[PANE_LIST].w,
                  s->focus == PANE_LIST);
        if (!ui_narrow(u))
            ui_draw_vline(r[PANE_LIST].w, r[PANE_LIST].y, r[PANE_LIST].h, s->focus != PANE_SIDE);
    }
    if (r[PANE_TEXT].w)
        art_draw_text(u, a, stdscr, r[PANE_TEXT].y, r[PANE_TEXT].x, r[PANE_TEXT].h, r[PANE_TEXT].w,
                      s->focus == PANE_TEXT);
    if (r[PANE_SIDE].w) {
        if (!ui_narrow(u))
            ui_draw_vline(r[PANE_SIDE].x - 1, r[PANE_SIDE].y, r[PANE_SIDE].h,
                          r[PANE_LIST].w ? s->focus != PANE_LIST : s->focus == PANE_TEXT);
        side_draw(u, a, stdscr, r[PANE_SIDE].y, r[PANE_SIDE].x, r[PANE_SIDE].h, r[PANE_SIDE].w,
                  s->focus == PANE_SIDE);
    }
}

static int pane_key(ui *u, screen *s, int act)
{
    int scr = s->kind->id;
    artview *a = s->art;
    int *focus = &s->focus;
    int h = ui_body_height(u);
    int first = scr == SCR_MAIN ? PANE_LIST : PANE_TEXT;
    /* keys may come faster than the screen is drawn: lay out first */
    if (scr == SCR_MAIN)
        follow_list(u, s);
    if (a->loaded)
        art_layout(u, a, ui_text_width(u, s, *focus));
    if (scr == SCR_MAIN && main_list_key(u, s, act, h))
        return 1;
    switch (act) {
    case ACT_QUIT:
        /* one pane at a time: q goes back to the list first */
        if (scr == SCR_MAIN && *focus != PANE_LIST && ui_narrow(u)) {
            *focus = PANE_LIST;
            return 1;
        }
        return 0;
    case ACT_BACK:
        /* the pane before, then the screen before (never out of the list) */
        if (*focus != first) {
            *focus = *focus - 1;
            return 1;
        }
        return 0;
    case ACT_NEXT_PANE:
        *focus = *focus + 1 >= PANE_N ? first : *focus + 1;
        return 1;
    case ACT_PREV_PANE:
        *focus = *focus - 1 < first ? PANE_N - 1 : *focus - 1;
        return 1;
    case ACT_NEXT_TAB:
    case ACT_PREV_TAB:
        a->tab = (a->tab + (act == ACT_NEXT_TAB ? 1 : SIDE_N - 1)) % SIDE_N;
        a->side_w = 0;
        a->side.top = 0;
        if (ui_narrow(u))
            *focus = PANE_SIDE;
        return 1;
    case ACT_BOOKMARK:
        bookmark_selected(u, "no quote selected: ] selects the next quote, or use the Quotes tab");
        return 1;
    case ACT_EXPORT:
        ui_export_prompt(u, NULL);
        return 1;
    case ACT_TAG:
        tag_prompt(u, scr == SCR_MAIN ? (list_row(u, u->list.cur) ? list_row(u, u->list.cur)->id : 0) : a->id);
        return 1;
    case ACT_SORT:
        ui_set_sort(u, (store_sort)((u->list.sort + 1) % 3));
        return 1;
    case ACT_OPEN_URL:
        if (a->loaded)
            ui_open_url(u, a->art.meta.url);
        else
            ui_msg(u, 1, "no article selected");
        return 1;
    default:
        break;
    }
    if (*focus == PANE_LIST) {
        switch (act) {
        case ACT_UP: list_move(u, -1, h); break;
        case ACT_DOWN: list_move(u, 1, h); break;
        case ACT_PAGE_UP: list_move(u, -h, h); break;
        case ACT_PAGE_DOWN: list_move(u, h, h); break;
        case ACT_TOP: list_move(u, -u->list.cur, h); break;
        case ACT_BOTTOM: list_move(u, u->list.count, h); break;
        case ACT_OPEN: {
            const arow *r = list_row(u, u->list.cur);
            if (!r)
                break;
            int64_t id = r->id;
            if (!r->read) {
                ui_mark_read(u, id, 1);
                list_reload(u);
            }
            *focus = PANE_TEXT;
            break;
        }
        case ACT_TOGGLE_READ: {
            const arow *r = list_row(u, u->list.cur);
            if (r && ui_can_write(u, "read state")) {
                ui_mark_read(u, r->id, !r->read);
                list_reload(u);
            }
            break;
        }
        case ACT_NEXT_QUOTE:
        case ACT_PREV_QUOTE:
            *focus = PANE_TEXT;
            art_key_text(u, a, act, h);
            break;
        default: return 0;
        }
        return 1;
    }
    if (*focus == PANE_TEXT) {
        if (act == ACT_TOGGLE_READ && scr == SCR_MAIN)
            return 1;
        return art_key_text(u, a, act, h);
    }
    if (act == ACT_NEXT_QUOTE || act == ACT_PREV_QUOTE)
        return art_key_text(u, a, act, h);
    return side_key(u, a, act, h - 1, h);
}

static const screen_kind main_kind = {
    SCR_MAIN, "the article list, the selected article's text and its people, places and quotes",
    main_title, pane_draw, pane_key, pane_free,
};

static const screen_kind article_kind = {
    SCR_ARTICLE, "one article's text beside its people, places and quotes",
    article_title, pane_draw, pane_key, pane_free,
};

static pane_screen *pane_new(const screen_kind *k, int focus)
{
    pane_screen *p = xcalloc(1, sizeof *p);
    p->base.kind = k;
    p->base.art = &p->art;
    p->base.focus = focus;
    p->art.sel_quote = -1;
    return p;
}

screen *main_screen_new(void)
{
    return &pane_new(&main_kind, PANE_LIST)->base;
}

void open_article_at(ui *u, int64_t article_id, int64_t quote_id, size_t start, int has_start)
{
    pane_screen *p = pane_new(&article_kind, PANE_TEXT);
    artview *a = &p->art;
    art_open(u, a, article_id);
    if (!a->loaded) {
        pane_free(&p->base);
        return;
    }
    ui_push(u, &p->base);
    ui_mark_read(u, article_id, 1);
    list_reload(u);
    int h = ui_body_height(u);
    art_layout(u, a, ui_text_width(u, &p->base, PANE_TEXT));
    int qi = quote_id ? art_quote_by_id(a, quote_id) : -1;
    if (qi >= 0)
        art_select_quote(a, qi, h);
    else if (has_start)
        art_select_quote_at(a, start, h);
    if (a->sel_quote >= 0) {
        a->tab = SIDE_QUOTES;
        a->side_w = 0;
        ui_msg(u, 0, "quote %d of %zu selected: b bookmarks it, Enter shows its speaker", a->sel_quote + 1, a->nq);
    }
}
