/* ui_side: the article's People, Places, Orgs and Quotes tabs — each
 * person with mentions here and other sources naming them, each quote with
 * its speaker and how often that speaker is quoted elsewhere. */
#include <stdlib.h>
#include <string.h>
#include "quotefmt.h"
#include "ui_int.h"

static const char *const tab_names[SIDE_N] = { "People", "Places", "Orgs", "Quotes" };

static size_t tab_count(const artview *a, int tab)
{
    return tab == SIDE_QUOTES ? a->nq : a->na[tab];
}

static void side_build(artview *a, int width)
{
    tview *v = &a->side;
    int keep_top = (int)v->top;
    tview_clear(v);
    if (a->tab == SIDE_QUOTES) {
        for (size_t i = 0; i < a->nq; i++) {
            const aquote *q = &a->q[i];
            size_t from = v->st.text.len;
            styled_adds(&v->st, q->speaker ? q->speaker : "unattributed", q->speaker ? HL_SPEAKER : HL_META);
            if (q->n_elsewhere > 0)
                styled_printf(&v->st, HL_META, " +%lld by this speaker elsewhere", (long long)q->n_elsewhere);
            if (q->bookmark_id)
                styled_adds(&v->st, " *", HL_META);
            styled_adds(&v->st, "\n  ", HL_NORMAL);
            /* a paraphrase never in quote marks */
            int words = quotefmt_in_marks(q->kind, q->text);
            if (!words)
                styled_adds(&v->st, "(paraphrase) ", HL_META);
            if (words)
                styled_adds(&v->st, "\xe2\x80\x9c", HL_QUOTE);
            styled_adds(&v->st, q->text, words ? HL_QUOTE : HL_INDIRECT);
            if (words)
                styled_adds(&v->st, "\xe2\x80\x9d", HL_QUOTE);
            /* the speaker line (wrapped), then the words (clipped) */
            const char *t = buf_str(&v->st.text);
            const char *nl = memchr(t + from, '\n', v->st.text.len - from);
            size_t mid = (size_t)(nl - t);
            tview_wrap(v, from, mid, width, 2, (int)i, 0);
            tview_wrap(v, mid + 1, v->st.text.len, width, 0, (int)i, 1);
        }
    } else {
        aactor *arr = a->a[a->tab];
        int hl = a->tab == SIDE_PEOPLE ? HL_PERSON : a->tab == SIDE_PLACES ? HL_PLACE : HL_ORG;
        for (size_t i = 0; i < a->na[a->tab]; i++) {
            size_t from = v->st.text.len;
            styled_adds(&v->st, arr[i].name, hl);
            styled_printf(&v->st, HL_META, " \xc3\x97%lld", (long long)arr[i].n_mentions);
            if (arr[i].n_other_sources > 0)
                styled_printf(&v->st, HL_META, " +%lld other src", (long long)arr[i].n_other_sources);
            tview_wrap(v, from, v->st.text.len, width, 0, (int)i, 1);
        }
    }
    v->n_entries = (int)tab_count(a, a->tab);
    v->cur = a->side_cur[a->tab];
    v->top = keep_top;
    a->side_w = width;
}

void side_draw(ui *u, artview *a, WINDOW *w, int y, int x, int h, int wd, int focused)
{
    if (h < 1 || wd < 1)
        return;
    draw_fill(w, y, x, wd, HL_TABS);
    /* full names when they fit; else the current tab in full and the
     * others shortened; else all shortened */
    char lab[SIDE_N][48];
    int total = 0;
    for (int pass = 0; pass < 3; pass++) {
        total = 0;
        for (int t = 0; t < SIDE_N; t++) {
            size_t n = a->loaded ? tab_count(a, t) : 0;
            int full = pass == 0 || (pass == 1 && t == a->tab);
            snprintf(lab[t], sizeof lab[t], " %.*s %zu ", full ? 16 : 2, tab_names[t], n);
            total += (int)strlen(lab[t]);
        }
        if (total <= wd)
            break;
    }
    int used = 0;
    for (int t = 0; t < SIDE_N && used < wd; t++) {
        attr_t at = hl_attr(HL_TABS);
        if (t == a->tab)
            at = (at ^ A_REVERSE) | A_BOLD;
        wmove(w, y, x + used);
        used += draw_str(w, lab[t], strlen(lab[t]), wd - used, at, hl_pair(t == a->tab ? HL_NORMAL : HL_TABS));
    }
    if (!a->loaded) {
        for (int r = 1; r < h; r++)
            draw_fill(w, y + r, x, wd, HL_NORMAL);
        return;
    }
    if (a->side_w != wd) /* zeroed when the tab changes */
        side_build(a, wd);
    a->side.cur = a->side_cur[a->tab];
    tview_show_entry(&a->side, a->side.cur, h - 1);
    tview_draw(&a->side, w, y + 1, x, h - 1, wd, focused, u->search);
    if (!tab_count(a, a->tab) && h > 1) {
        wmove(w, y + 1, x + 1);
        draw_hl(w, "none", wd - 1, HL_META);
    }
}

/* Selects (and shows) the next mention of actor in the text. */
static void jump_mention(ui *u, artview *a, int64_t actor, int text_h)
{
    int n = 0, first = -1, pick = -1;
    for (size_t i = 0; i < a->nm; i++)
        if (a->m[i].actor_id == actor) {
            if (first < 0)
                first = (int)i;
            if (n == a->mention_next)
                pick = (int)i;
            n++;
        }
    if (first < 0) {
        ui_msg(u, 0, "no mention in the text");
        return;
    }
    if (pick < 0) {
        pick = first;
        a->mention_next = 0;
    }
    ui_msg(u, 0, "mention %d of %d", a->mention_next + 1, n);
    a->mention_next++;
    a->sel_quote = -1;
    a->text.sel_start = a->m[pick].sstart;
    a->text.sel_end = a->m[pick].sstart + (a->m[pick].end - a->m[pick].start);
    tview_show_offset(&a->text, a->m[pick].sstart, text_h);
}

int side_key(ui *u, artview *a, int act, int h, int text_h)
{
    if (!a->loaded)
        return 0;
    tview *v = &a->side;
    int n = (int)tab_count(a, a->tab);
    int *cur = &a->side_cur[a->tab];
    int before = *cur;
    switch (act) {
    case ACT_UP: (*cur)--; break;
    case ACT_DOWN: (*cur)++; break;
    case ACT_PAGE_UP: *cur -= a->tab == SIDE_QUOTES ? h / 2 : h; break;
    case ACT_PAGE_DOWN: *cur += a->tab == SIDE_QUOTES ? h / 2 : h; break;
    case ACT_TOP: *cur = 0; break;
    case ACT_BOTTOM: *cur = n - 1; break;
    case ACT_OPEN:
        if (n == 0)
            return 1;
        if (a->tab == SIDE_QUOTES) {
            if (a->q[*cur].speaker_id > 0)
                actor_open_at(u, a->q[*cur].speaker_id, a->q[*cur].id);
            else
                ui_msg(u, 0, "this quote has no named speaker");
        } else if (a->tab == SIDE_PEOPLE) {
            actor_open(u, a->a[SIDE_PEOPLE][*cur].id);
        } else {
            jump_mention(u, a, a->a[a->tab][*cur].id, text_h);
        }
        return 1;
    default:
        return 0;
    }
    if (*cur >= n)
        *cur = n - 1;
    if (*cur < 0)
        *cur = 0;
    if (*cur != before)
        a->mention_next = 0;
    v->cur = *cur;
    if (a->tab == SIDE_QUOTES && n > 0)
        art_select_quote(a, *cur, text_h);
    return 1;
}

int side_find(ui *u, artview *a, const char *pat, int dir, int next, int h, find_result *fr)
{
    (void)u;
    int r = tview_find(&a->side, pat, dir, next, h, fr);
    if (r)
        a->side_cur[a->tab] = a->side.cur;
    return r;
}
