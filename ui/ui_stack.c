/* ui_stack: the stack of open screens, and the generic list screen that
 * the actor view, bookmarks, search results and help are made of. */
#include <stdlib.h>
#include <string.h>
#include "ui_int.h"

screen *ui_top(const ui *u)
{
    return u->stack[u->nstack - 1];
}

int ui_screen(const ui *u)
{
    return ui_top(u)->kind->id;
}

void ui_push(ui *u, screen *s)
{
    if (u->nstack == UI_STACK) {
        /* the oldest screen above the list makes room */
        screen *old = u->stack[1];
        old->kind->free(old);
        memmove(&u->stack[1], &u->stack[2], (size_t)(UI_STACK - 2) * sizeof *u->stack);
        u->nstack--;
    }
    u->stack[u->nstack++] = s;
}

void ui_pop(ui *u)
{
    if (u->nstack <= 1) {
        u->quit = 1;
        return;
    }
    screen *s = u->stack[--u->nstack];
    u->stack[u->nstack] = NULL;
    s->kind->free(s);
}

void ui_stack_free(ui *u)
{
    while (u->nstack > 0) {
        screen *s = u->stack[--u->nstack];
        s->kind->free(s);
    }
}

int64_t ui_selected_quote(ui *u)
{
    screen *s = ui_top(u);
    artview *a = s->art;
    if (a) {
        if (!a->loaded)
            return 0;
        if (s->focus == PANE_SIDE && a->tab == SIDE_QUOTES && a->nq)
            return a->q[a->side_cur[SIDE_QUOTES]].id;
        if (a->sel_quote >= 0)
            return a->q[a->sel_quote].id;
        return 0;
    }
    listview *lv = s->lv;
    if (lv && lv->v.cur >= 0 && (size_t)lv->v.cur < lv->ne)
        return lv->e[lv->v.cur].quote_id;
    return 0;
}

/* ---- the generic list screen --------------------------------------------- */

void lscreen_draw(ui *u, screen *s)
{
    listview *lv = s->lv;
    int h = ui_body_height(u);
    if (lv->v.n_entries > 0)
        tview_show_entry(&lv->v, lv->v.cur < 0 ? 0 : lv->v.cur, h);
    lv_draw(u, lv, stdscr, ui_body_top(u), 0, h, u->cols);
}

static void open_entry(ui *u, listview *lv)
{
    if (lv->v.cur < 0 || (size_t)lv->v.cur >= lv->ne)
        return;
    eref *e = &lv->e[lv->v.cur];
    open_article_at(u, e->article_id, e->quote_id, e->start, e->has_start);
}

int lscreen_key(ui *u, screen *s, int act)
{
    listview *lv = s->lv;
    int h = ui_body_height(u);
    tview *v = &lv->v;
    int entries = v->n_entries > 0;
    switch (act) {
    case ACT_UP: tview_move(v, -1, h); return 1;
    case ACT_DOWN: tview_move(v, 1, h); return 1;
    case ACT_PAGE_UP:
    case ACT_PAGE_DOWN: {
        long d = act == ACT_PAGE_UP ? -(h - 1) : h - 1;
        if (entries) {
            /* move by about a screen of lines */
            long line = v->top + d;
            if (line < 0)
                line = 0;
            if (line >= (long)v->n_lines)
                line = (long)v->n_lines - 1;
            int e = -1;
            for (long i = line; i >= 0 && i < (long)v->n_lines && e < 0; i += d < 0 ? -1 : 1)
                e = v->lines[i].entry;
            if (e >= 0)
                v->cur = e;
            else
                v->cur = d < 0 ? 0 : v->n_entries - 1;
            v->top += d;
            tview_clamp(v, h);
            tview_show_entry(v, v->cur, h);
        } else {
            tview_move(v, d, h);
        }
        return 1;
    }
    case ACT_TOP:
        v->top = 0;
        if (entries)
            v->cur = 0;
        return 1;
    case ACT_BOTTOM:
        v->top = (long)v->n_lines;
        if (entries)
            v->cur = v->n_entries - 1;
        tview_clamp(v, h);
        return 1;
    case ACT_OPEN:
        open_entry(u, lv);
        return 1;
    case ACT_BOOKMARK:
        bookmark_selected(u, "not a quote");
        return 1;
    case ACT_EXPORT:
        ui_export_prompt(u, NULL);
        return 1;
    default:
        return 0;
    }
}
