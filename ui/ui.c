/* ui: the browser's main loop — locale, terminal set-up and tear-down,
 * the one resize handler, screen layout, key dispatch and the command
 * prompt.  The screens themselves live in ui_*.c. */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "import.h"
#include "ui.h"
#include "ui_int.h"

volatile sig_atomic_t ui_interrupted;

#define MIN_COLS 40
#define MIN_ROWS 12
#define WIDE_COLS 100

static void on_signal(int sig)
{
    ui_interrupted = sig;
}

/* ---- small services for the screens -------------------------------------- */

void ui_msg(ui *u, int is_err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(u->msg, sizeof u->msg, fmt, ap);
    va_end(ap);
    for (char *p = u->msg; *p; p++)
        if (*p == '\n' || *p == '\t')
            *p = ' ';
    u->msg_err = is_err;
}

int ui_screen(const ui *u)
{
    return u->stack[u->nstack - 1];
}

void ui_push(ui *u, int screen)
{
    if (u->nstack < UI_STACK)
        u->nstack++;
    u->stack[u->nstack - 1] = screen;
    u->stack_id[u->nstack - 1] = 0;
    u->stack_quote[u->nstack - 1] = 0;
}

/* Back to the screen below, showing what it showed then (the article
 * and actor screens are shared by every level of the stack). */
void ui_pop(ui *u)
{
    if (u->nstack <= 1) {
        u->quit = 1;
        return;
    }
    u->nstack--;
    int64_t id = u->stack_id[u->nstack - 1], q = u->stack_quote[u->nstack - 1];
    if (ui_screen(u) == SCR_ARTICLE && id && u->open_art.id != id)
        open_article_at(u, id, q, 0, 0);
    else if (ui_screen(u) == SCR_ACTOR && id && u->actor.key != id)
        actor_open(u, id);
}

void ui_refresh_stats(ui *u)
{
    if (store_stats_get(u->st, &u->stats) != 0)
        memset(&u->stats, 0, sizeof u->stats);
}

int ui_narrow(const ui *u)
{
    return u->cols < WIDE_COLS;
}

static int has_panes(int scr)
{
    return scr == SCR_MAIN || scr == SCR_ARTICLE;
}

static int body_top(const ui *u)
{
    return 1 + (ui_narrow(u) && has_panes(ui_screen(u)));
}

int ui_body_height(const ui *u)
{
    int h = u->rows - 2 - body_top(u);
    return h < 1 ? 1 : h;
}

/* date ("YYYY-MM-DD...") through the strftime format fmt; 0 when it is no
 * such date or the format gives nothing. */
static int date_format(const char *date, const char *fmt, char *out, size_t n)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    if (!fmt || sscanf(date, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
        return 0;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    tm.tm_hour = 12;
    tm.tm_isdst = -1;
    mktime(&tm);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    /* the user's date_format option */
    size_t w = strftime(out, n, fmt, &tm);
#pragma GCC diagnostic pop
    return w > 0;
}

void ui_date(const ui *u, const char *date, char *out, size_t n)
{
    out[0] = 0;
    if (!date || !*date) {
        snprintf(out, n, "%s", "----------");
        return;
    }
    const char *fmt = u->cfg && u->cfg->date_format ? u->cfg->date_format : NULL;
    if (!date_format(date, fmt, out, n))
        snprintf(out, n, "%s", date);
}

static int is_year_conv(char c)
{
    return c == 'Y' || c == 'y' || c == 'G' || c == 'g' || c == 'C';
}

/* fmt without its year: a year conversion goes with the separator that
 * joins it to the rest ("%Y-%m-%d" -> "%m-%d", "%d %b %Y" -> "%d %b",
 * "%b %d, %Y" -> "%b %d"). */
static void date_short_format(const char *fmt, char *out, size_t n)
{
    typedef struct tok {
        const char *p;
        size_t len;
        int conv, year;
    } tok;
    tok t[64];
    size_t nt = 0;
    for (const char *p = fmt; *p && nt < 64;) {
        if (*p == '%' && p[1]) {
            size_t l = 2;
            if ((p[1] == 'E' || p[1] == 'O') && p[2])
                l = 3; /* %Ey, %Oy */
            if (p[1] == 'F' || p[1] == 'D') /* %Y-%m-%d, %m/%d/%y */
                t[nt++] = (tok){ p[1] == 'F' ? "%m-%d" : "%m/%d", 5, 1, 0 };
            else
                t[nt++] = (tok){ p, l, 1, is_year_conv(p[l - 1]) };
            p += l;
        } else {
            const char *e = p;
            while (*e && *e != '%')
                e++;
            if (e == p)
                e++; /* a lone % at the end */
            t[nt++] = (tok){ p, (size_t)(e - p), 0, 0 };
            p = e;
        }
    }
    for (size_t i = 0; i < nt; i++) {
        if (!t[i].year)
            continue;
        t[i].len = 0;
        /* the separator after a leading year, else the one before it */
        if (i > 0 && !t[i - 1].conv && i - 1 > 0)
            t[i - 1].len = 0;
        else if (i + 1 < nt && !t[i + 1].conv)
            t[i + 1].len = 0;
        else if (i > 0 && !t[i - 1].conv)
            t[i - 1].len = 0;
    }
    size_t o = 0;
    for (size_t i = 0; i < nt; i++)
        for (size_t k = 0; k < t[i].len && o + 1 < n; k++)
            out[o++] = t[i].p[k];
    out[o] = 0;
    /* separators left at either end */
    size_t st = 0;
    while (out[st] == ' ' || out[st] == ',' || out[st] == '-' || out[st] == '/' || out[st] == '.')
        st++;
    memmove(out, out + st, o - st + 1);
    o -= st;
    while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == ',' || out[o - 1] == '-' || out[o - 1] == '/'))
        out[--o] = 0;
}

void ui_date_short(const ui *u, const char *date, char *out, size_t n)
{
    out[0] = 0;
    if (!date || !*date) {
        snprintf(out, n, "%s", "-----");
        return;
    }
    const char *fmt = u->cfg && u->cfg->date_format ? u->cfg->date_format : "%Y-%m-%d";
    char sfmt[256];
    date_short_format(fmt, sfmt, sizeof sfmt);
    if (!sfmt[0] || !date_format(date, sfmt, out, n))
        ui_date(u, date, out, n);
}

/* ---- layout ---------------------------------------------------------------- */

typedef struct rect {
    int y, x, h, w;
} rect;

/* The panes of the main (list, text, side) and article (text, side)
 * screens; a pane not shown gets w = 0.  Below WIDE_COLS only the focused
 * pane is shown, full width. */
static void layout(const ui *u, int scr, int focus, rect r[PANE_N])
{
    int y = body_top(u), h = ui_body_height(u), W = u->cols;
    memset(r, 0, sizeof(rect) * PANE_N);
    if (ui_narrow(u)) {
        r[focus] = (rect){ y, 0, h, W };
        /* the text keeps its wrap width even when hidden, to find quotes */
        if (focus != PANE_TEXT)
            r[PANE_TEXT] = (rect){ y, 0, h, 0 };
        return;
    }
    int lw = scr == SCR_MAIN ? W * (u->cfg && u->cfg->list_width > 0 ? u->cfg->list_width : 30) / 100 : 0;
    int sw = W * (u->cfg && u->cfg->side_width > 0 ? u->cfg->side_width : 25) / 100;
    if (lw > 0 && lw < 24)
        lw = 24;
    if (sw < 20)
        sw = 20;
    int tw = W - lw - sw - (lw ? 2 : 1);
    if (scr == SCR_MAIN)
        r[PANE_LIST] = (rect){ y, 0, h, lw };
    r[PANE_TEXT] = (rect){ y, lw ? lw + 1 : 0, h, tw };
    r[PANE_SIDE] = (rect){ y, W - sw, h, sw };
}

static int text_width(const ui *u, int scr, int focus)
{
    rect r[PANE_N];
    layout(u, scr, focus, r);
    return r[PANE_TEXT].w ? r[PANE_TEXT].w : u->cols;
}

static artview *cur_art(ui *u, int **focus)
{
    static int none;
    *focus = &none;
    if (ui_screen(u) == SCR_MAIN) {
        *focus = &u->focus;
        return &u->main_art;
    }
    if (ui_screen(u) == SCR_ARTICLE) {
        *focus = &u->open_focus;
        return &u->open_art;
    }
    return NULL;
}

static listview *cur_list(ui *u)
{
    switch (ui_screen(u)) {
    case SCR_ACTOR: return &u->actor;
    case SCR_BOOKMARKS: return &u->marks;
    case SCR_RESULTS: return &u->results;
    case SCR_HELP: return &u->help;
    default: return NULL;
    }
}

static void build_list(ui *u, int width)
{
    switch (ui_screen(u)) {
    case SCR_ACTOR: actor_build(u, width); break;
    case SCR_BOOKMARKS: marks_build(u, width); break;
    case SCR_RESULTS: results_build(u, width); break;
    case SCR_HELP: help_build(u, width); break;
    default: break;
    }
}

/* ---- drawing ---------------------------------------------------------------- */

static const char *const pane_names[PANE_N] = { "Articles", "Text", "People/Places/Quotes" };
static const char *const sort_names[] = { "date", "outlet", "title" };

static void draw_header(ui *u)
{
    int scr = ui_screen(u);
    char left[512];
    listview *lv = cur_list(u);
    if (scr == SCR_MAIN)
        snprintf(left, sizeof left, " newsroom \xe2\x94\x82 Articles (%lld, by %s)", (long long)u->list.count,
                 sort_names[u->list.sort]);
    else if (scr == SCR_ARTICLE)
        snprintf(left, sizeof left, " newsroom \xe2\x94\x82 %s",
                 u->open_art.loaded && u->open_art.art.meta.title ? u->open_art.art.meta.title : "Article");
    else if (scr == SCR_ACTOR)
        snprintf(left, sizeof left, " newsroom \xe2\x94\x82 Statements of %s", lv && lv->title ? lv->title : "");
    else
        snprintf(left, sizeof left, " newsroom \xe2\x94\x82 %s", lv && lv->title ? lv->title : keys_screen_name(scr));
    draw_fill(stdscr, 0, 0, u->cols, HL_STATUS);
    wmove(stdscr, 0, 0);
    int used = draw_hl(stdscr, left, u->cols, HL_STATUS);
    const char *db = u->db_path ? u->db_path : "";
    int dw = draw_width(db, strlen(db));
    if (used + dw + 3 < u->cols) {
        wmove(stdscr, 0, u->cols - dw - 1);
        draw_hl(stdscr, db, dw, HL_STATUS);
    }
}

static void draw_tabbar(ui *u, int focus)
{
    int scr = ui_screen(u);
    draw_fill(stdscr, 1, 0, u->cols, HL_TABS);
    int x = 0;
    for (int p = scr == SCR_MAIN ? 0 : 1; p < PANE_N && x < u->cols; p++) {
        const char *name = p == PANE_SIDE ? "People/Places/Quotes" : pane_names[p];
        if (p == PANE_SIDE && u->cols < 60)
            name = "Side";
        char lab[64];
        snprintf(lab, sizeof lab, " %s ", name);
        attr_t a = hl_attr(HL_TABS);
        if (p == focus)
            a = (a ^ A_REVERSE) | A_BOLD;
        wmove(stdscr, 1, x);
        x += draw_str(stdscr, lab, strlen(lab), u->cols - x, a, hl_pair(p == focus ? HL_NORMAL : HL_TABS));
        if (x < u->cols) {
            wmove(stdscr, 1, x);
            x += draw_str(stdscr, "\xe2\x94\x82", 3, u->cols - x, hl_attr(HL_TABS), hl_pair(HL_TABS));
        }
    }
}

static void draw_status(ui *u, int focus)
{
    int y = u->rows - 2;
    char s[512];
    int scr = ui_screen(u);
    char kq[16], kh[16], ka[16], ks[16], kf[16], kb[16];
    keys_first(ACT_QUIT, kq, sizeof kq);
    keys_first(ACT_HELP, kh, sizeof kh);
    keys_first(ACT_ACTOR, ka, sizeof ka);
    keys_first(ACT_SEARCH, ks, sizeof ks);
    keys_first(ACT_FULLTEXT, kf, sizeof kf);
    keys_first(ACT_BOOKMARKS, kb, sizeof kb);
    const char *where = has_panes(scr) ? pane_names[focus] : keys_screen_name(scr);
    long long na = (long long)u->stats.articles, nq = (long long)u->stats.quotes,
              nb = (long long)u->stats.bookmarks,
              nact = (long long)(u->stats.people + u->stats.places + u->stats.orgs);
    snprintf(s, sizeof s,
             " %lld article%s \xc2\xb7 %lld actor%s \xc2\xb7 %lld quote%s \xc2\xb7 %lld bookmark%s"
             " \xe2\x94\x82 %s \xe2\x94\x82 %s:help %s:actor %s:search %s:find %s:marks %s:%s",
             na, na == 1 ? "" : "s", nact, nact == 1 ? "" : "s", nq, nq == 1 ? "" : "s",
             nb, nb == 1 ? "" : "s", where, kh, ka, ks, kf, kb, kq, u->nstack > 1 ? "back" : "quit");
    draw_fill(stdscr, y, 0, u->cols, HL_STATUS);
    wmove(stdscr, y, 0);
    draw_hl(stdscr, s, u->cols, HL_STATUS);
    draw_fill(stdscr, y + 1, 0, u->cols, HL_NORMAL);
    wmove(stdscr, y + 1, 0);
    draw_hl(stdscr, u->msg, u->cols, u->msg_err ? HL_ERROR : HL_NORMAL);
}

static void draw_vline(int x, int y, int h)
{
    for (int r = 0; r < h; r++) {
        wmove(stdscr, y + r, x);
        draw_str(stdscr, "\xe2\x94\x82", 3, 1, hl_attr(HL_BORDER), hl_pair(HL_BORDER));
    }
}

/* Keeps the main screen's text on the article under the list cursor. */
static void follow_list(ui *u)
{
    const arow *r = list_row(u, u->list.cur);
    int64_t id = r ? r->id : 0;
    if (u->main_art.id != id || (id && !u->main_art.loaded))
        art_open(u, &u->main_art, id);
}

void ui_draw_all(ui *u)
{
    erase();
    if (u->cols < MIN_COLS || u->rows < MIN_ROWS) {
        wmove(stdscr, 0, 0);
        char s[64];
        snprintf(s, sizeof s, "Terminal too small (%dx%d); newsroom needs %dx%d.", u->cols, u->rows,
                 MIN_COLS, MIN_ROWS);
        for (int y = 0; y < u->rows; y++) {
            size_t off = (size_t)y * (size_t)u->cols;
            if (off >= strlen(s))
                break;
            wmove(stdscr, y, 0);
            draw_str(stdscr, s + off, strlen(s + off), u->cols, A_BOLD, 0);
        }
        wnoutrefresh(stdscr);
        return;
    }
    int scr = ui_screen(u);
    int *focus = NULL;
    artview *a = cur_art(u, &focus);
    draw_header(u);
    if (a) {
        if (scr == SCR_MAIN)
            follow_list(u);
        rect r[PANE_N];
        layout(u, scr, *focus, r);
        if (ui_narrow(u))
            draw_tabbar(u, *focus);
        if (r[PANE_TEXT].w == 0 && a->loaded)
            art_layout(u, a, u->cols);
        if (r[PANE_LIST].w) {
            list_draw(u, stdscr, r[PANE_LIST].y, r[PANE_LIST].x, r[PANE_LIST].h, r[PANE_LIST].w,
                      *focus == PANE_LIST);
            if (!ui_narrow(u))
                draw_vline(r[PANE_LIST].w, r[PANE_LIST].y, r[PANE_LIST].h);
        }
        if (r[PANE_TEXT].w)
            art_draw_text(u, a, stdscr, r[PANE_TEXT].y, r[PANE_TEXT].x, r[PANE_TEXT].h, r[PANE_TEXT].w,
                          *focus == PANE_TEXT);
        if (r[PANE_SIDE].w) {
            if (!ui_narrow(u))
                draw_vline(r[PANE_SIDE].x - 1, r[PANE_SIDE].y, r[PANE_SIDE].h);
            side_draw(u, a, stdscr, r[PANE_SIDE].y, r[PANE_SIDE].x, r[PANE_SIDE].h, r[PANE_SIDE].w,
                      *focus == PANE_SIDE);
        }
        draw_status(u, *focus);
    } else {
        listview *lv = cur_list(u);
        int h = ui_body_height(u);
        build_list(u, u->cols);
        if (lv->v.n_entries > 0)
            tview_show_entry(&lv->v, lv->v.cur < 0 ? 0 : lv->v.cur, h);
        lv_draw(u, lv, stdscr, body_top(u), 0, h, u->cols);
        draw_status(u, 0);
    }
    wnoutrefresh(stdscr);
}

/* The one place that handles a terminal resize: every view keeps its
 * selection, and re-wraps (keeping its reading position) when drawn. */
void ui_resize(ui *u)
{
    int r, c;
    getmaxyx(stdscr, r, c);
    u->rows = r;
    u->cols = c;
    u->actor.width = u->marks.width = u->results.width = u->help.width = 0;
    u->main_art.side_w = u->open_art.side_w = 0;
    list_move(u, 0, ui_body_height(u));
    clearok(curscr, TRUE);
}

/* ---- actions ------------------------------------------------------------ */

void open_article_at(ui *u, int64_t article_id, int64_t quote_id, size_t start, int has_start)
{
    artview *a = &u->open_art;
    art_free(a);
    art_open(u, a, article_id);
    if (!a->loaded)
        return;
    if (ui_screen(u) != SCR_ARTICLE)
        ui_push(u, SCR_ARTICLE);
    u->stack_id[u->nstack - 1] = article_id;
    u->stack_quote[u->nstack - 1] = quote_id;
    u->open_focus = PANE_TEXT;
    store_article_mark_read(u->st, article_id, 1);
    list_reload(u);
    int h = ui_body_height(u);
    art_layout(u, a, text_width(u, SCR_ARTICLE, PANE_TEXT));
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

static void open_entry(ui *u, listview *lv)
{
    if (lv->v.cur < 0 || (size_t)lv->v.cur >= lv->ne)
        return;
    eref *e = &lv->e[lv->v.cur];
    open_article_at(u, e->article_id, e->quote_id, e->start, e->has_start);
}

static int64_t selected_quote(ui *u)
{
    int *focus;
    artview *a = cur_art(u, &focus);
    if (a) {
        if (!a->loaded)
            return 0;
        if (*focus == PANE_SIDE && a->tab == SIDE_QUOTES && a->nq)
            return a->q[a->side_cur[SIDE_QUOTES]].id;
        if (a->sel_quote >= 0)
            return a->q[a->sel_quote].id;
        return 0;
    }
    listview *lv = cur_list(u);
    if (lv && lv->v.cur >= 0 && (size_t)lv->v.cur < lv->ne)
        return lv->e[lv->v.cur].quote_id;
    return 0;
}

static void ui_lexicon(ui *u);

static int first_actor(void *ctx, const store_actor_row *r)
{
    int64_t *id = ctx;
    if (!*id)
        *id = r->id;
    return 1;
}

static int first_completion(void *ctx, const char *name, int64_t actor_id)
{
    int64_t *id = ctx;
    (void)name;
    if (!*id)
        *id = actor_id;
    return 1;
}

void ui_actor_prompt(ui *u, const char *name)
{
    ui_lexicon(u);
    char *owned = NULL;
    if (!name) {
        owned = prompt_read(u, "Actor: ", NULL, &u->h_actor, prompt_complete_actor, NULL);
        if (!owned)
            return;
        name = owned;
    }
    while (*name == ' ')
        name++;
    if (!*name) {
        free(owned);
        return;
    }
    int64_t found = 0;
    if (store_actor_find(u->st, name, -1, 1, first_actor, &found) != 0)
        ui_msg(u, 1, "actor: %s", store_error(u->st));
    /* a prefix ("leav") takes the best completion */
    if (!found)
        store_actor_complete(u->st, name, 1, first_completion, &found);
    if (found)
        actor_open(u, found);
    else
        ui_msg(u, 1, "no actor matches '%s'", name);
    free(owned);
}

static void import_message(void *ctx, int is_error, const char *line)
{
    ui *u = ctx;
    if (is_error || !u->msg[0])
        ui_msg(u, is_error, "%s", line);
}

static void lexicon_diag(void *ctx, const char *file, size_t line, size_t col, const char *msg)
{
    ui *u = ctx;
    ui_msg(u, 1, "%s:%zu:%zu: %s", file ? file : "?", line, col, msg);
}

/* The lexicon, loaded the first time it is needed (actor search, :import)
 * so that start-up does not wait for it; the store uses it for alias keys
 * (spelling variants, the user's aliases). */
static void ui_lexicon(ui *u)
{
    if (u->lx)
        return;
    const char *dirs[2] = { lexicon_default_dir(), u->cfg ? u->cfg->dir : NULL };
    u->lx = lexicon_load(dirs, dirs[1] ? 2 : 1, u->cfg ? u->cfg->aliases : NULL, lexicon_diag, u);
    store_set_lexicon(u->st, u->lx);
}

static void do_import(ui *u, const char *args)
{
    char *copy = xstrdup(args);
    const char *paths[64];
    size_t n = 0;
    for (char *tok = strtok(copy, " \t"); tok && n < 64; tok = strtok(NULL, " \t"))
        paths[n++] = tok;
    if (!n) {
        ui_msg(u, 1, "usage: :import PATH...");
        free(copy);
        return;
    }
    ui_lexicon(u);
    ui_msg(u, 0, "importing...");
    ui_draw_all(u);
    doupdate();
    u->msg[0] = 0;
    import_opts o = { .max_file_size = u->cfg && u->cfg->max_file_size ? u->cfg->max_file_size : 8u << 20,
                      .batch = 256, .progress = 0, .message = import_message, .ctx = u,
                      .stop = &ui_interrupted };
    import_report rep = { 0 };
    int rc = import_paths(u->st, u->lx, paths, n, &o, &rep);
    char first[sizeof u->msg];
    snprintf(first, sizeof first, "%s", u->msg);
    if (rc < 0)
        ui_msg(u, 1, "import failed: %s", store_error(u->st));
    else
        ui_msg(u, rc != 0, "imported %zu, already present %zu, refused %zu%s%s", rep.imported, rep.present,
               rep.refused, first[0] ? " \xe2\x80\x94 " : "", first);
    list_reload(u);
    art_free(&u->main_art);
    ui_refresh_stats(u);
    free(copy);
}

static void export_prompt(ui *u, const char *arg)
{
    char *path = NULL;
    if (!arg || !*arg) {
        path = prompt_read(u, "Export bookmarks to (.md .csv .json): ", NULL, &u->h_path,
                           prompt_complete_path, NULL);
        if (!path || !*path) {
            free(path);
            return;
        }
        arg = path;
    }
    marks_export(u, arg);
    free(path);
}

static void set_sort(ui *u, store_sort s)
{
    u->list.sort = s;
    u->list.cur = u->list.top = 0;
    list_reload(u);
    ui_msg(u, 0, "sorted by %s", sort_names[s]);
}

void ui_command(ui *u, const char *line)
{
    while (*line == ' ' || *line == ':')
        line++;
    const char *arg = strchr(line, ' ');
    size_t cl = arg ? (size_t)(arg - line) : strlen(line);
    if (arg)
        while (*arg == ' ')
            arg++;
#define IS(name) (cl > 0 && cl <= strlen(name) && strncmp(line, name, cl) == 0)
    if (!*line)
        return;
    if (IS("quit") || (cl == 1 && *line == 'q')) {
        u->quit = 1;
    } else if (IS("import")) {
        do_import(u, arg ? arg : "");
    } else if (IS("actor")) {
        if (!arg || !*arg)
            ui_msg(u, 1, "usage: :actor NAME");
        else
            ui_actor_prompt(u, arg);
    } else if (IS("search")) {
        if (!arg || !*arg)
            ui_msg(u, 1, "usage: :search TEXT");
        else
            results_open(u, arg);
    } else if (IS("sort")) {
        if (arg && strcmp(arg, "date") == 0)
            set_sort(u, STORE_SORT_DATE);
        else if (arg && (strcmp(arg, "outlet") == 0 || strcmp(arg, "source") == 0))
            set_sort(u, STORE_SORT_SOURCE);
        else if (arg && strcmp(arg, "title") == 0)
            set_sort(u, STORE_SORT_TITLE);
        else
            ui_msg(u, 1, "usage: :sort date|outlet|title");
    } else if (IS("export")) {
        export_prompt(u, arg);
    } else {
        ui_msg(u, 1, "unknown command :%.*s (commands: import actor search sort export quit)", (int)cl, line);
    }
#undef IS
}

/* Keys of the main and article screens. */
static void key_panes(ui *u, int act)
{
    int scr = ui_screen(u);
    int *focus;
    artview *a = cur_art(u, &focus);
    int h = ui_body_height(u);
    int first = scr == SCR_MAIN ? PANE_LIST : PANE_TEXT;
    /* keys may come faster than the screen is drawn: lay out first */
    if (scr == SCR_MAIN)
        follow_list(u);
    if (a->loaded)
        art_layout(u, a, text_width(u, scr, *focus));
    switch (act) {
    case ACT_NEXT_PANE:
        *focus = *focus + 1 >= PANE_N ? first : *focus + 1;
        return;
    case ACT_PREV_PANE:
        *focus = *focus - 1 < first ? PANE_N - 1 : *focus - 1;
        return;
    case ACT_NEXT_TAB:
    case ACT_PREV_TAB:
        a->tab = (a->tab + (act == ACT_NEXT_TAB ? 1 : SIDE_N - 1)) % SIDE_N;
        a->side_w = 0;
        a->side.top = 0;
        if (ui_narrow(u))
            *focus = PANE_SIDE;
        return;
    case ACT_BOOKMARK: {
        int64_t q = selected_quote(u);
        if (q)
            bookmark_quote(u, q);
        else
            ui_msg(u, 1, "no quote selected: ] selects the next quote, or use the Quotes tab");
        return;
    }
    case ACT_EXPORT:
        export_prompt(u, NULL);
        return;
    case ACT_SORT:
        set_sort(u, (store_sort)((u->list.sort + 1) % 3));
        return;
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
                store_article_mark_read(u->st, id, 1);
                list_reload(u);
            }
            *focus = PANE_TEXT;
            break;
        }
        case ACT_TOGGLE_READ: {
            const arow *r = list_row(u, u->list.cur);
            if (r) {
                store_article_mark_read(u->st, r->id, !r->read);
                list_reload(u);
            }
            break;
        }
        case ACT_NEXT_QUOTE:
        case ACT_PREV_QUOTE:
            *focus = PANE_TEXT;
            art_key_text(u, a, act, h);
            break;
        default: break;
        }
    } else if (*focus == PANE_TEXT) {
        if (act == ACT_TOGGLE_READ && scr == SCR_MAIN)
            ;
        else
            art_key_text(u, a, act, h);
    } else {
        if (act == ACT_NEXT_QUOTE || act == ACT_PREV_QUOTE)
            art_key_text(u, a, act, h);
        else
            side_key(u, a, act, h - 1, h);
    }
}

static void key_list(ui *u, int act)
{
    listview *lv = cur_list(u);
    int h = ui_body_height(u);
    build_list(u, u->cols); /* keys may come faster than the screen is drawn */
    tview *v = &lv->v;
    int entries = v->n_entries > 0;
    switch (act) {
    case ACT_UP: tview_move(v, -1, h); break;
    case ACT_DOWN: tview_move(v, 1, h); break;
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
        break;
    }
    case ACT_TOP: v->top = 0; if (entries) v->cur = 0; break;
    case ACT_BOTTOM:
        v->top = (long)v->n_lines;
        if (entries)
            v->cur = v->n_entries - 1;
        tview_clamp(v, h);
        break;
    case ACT_OPEN:
        if (ui_screen(u) != SCR_HELP)
            open_entry(u, lv);
        break;
    case ACT_BOOKMARK: {
        int64_t q = selected_quote(u);
        if (q)
            bookmark_quote(u, q);
        else
            ui_msg(u, 1, "not a quote");
        if (ui_screen(u) == SCR_ACTOR)
            lv->width = 0;
        break;
    }
    case ACT_EXPORT:
        export_prompt(u, NULL);
        break;
    default:
        if (ui_screen(u) == SCR_BOOKMARKS)
            marks_key(u, act);
        break;
    }
}

static void handle_mouse(ui *u)
{
    MEVENT ev;
    if (getmouse(&ev) != OK)
        return;
    int scr = ui_screen(u);
    int h = ui_body_height(u);
    int wheel = ev.bstate & BUTTON4_PRESSED ? -3 : 0;
#ifdef BUTTON5_PRESSED
    if (ev.bstate & BUTTON5_PRESSED)
        wheel = 3;
#endif
    int *focus;
    artview *a = cur_art(u, &focus);
    if (a) {
        rect r[PANE_N];
        layout(u, scr, *focus, r);
        for (int p = 0; p < PANE_N; p++) {
            if (!r[p].w || ev.x < r[p].x || ev.x >= r[p].x + r[p].w || ev.y < r[p].y || ev.y >= r[p].y + r[p].h)
                continue;
            *focus = p;
            int row = ev.y - r[p].y;
            if (p == PANE_LIST) {
                if (wheel)
                    list_move(u, wheel, h);
                else if (u->list.top + row < u->list.count)
                    list_move(u, u->list.top + row - u->list.cur, h);
            } else if (p == PANE_TEXT) {
                if (wheel)
                    tview_move(&a->text, wheel, h);
            } else if (wheel) {
                side_key(u, a, wheel < 0 ? ACT_UP : ACT_DOWN, h - 1, h);
            } else if (row >= 1 && a->loaded) {
                long li = a->side.top + row - 1;
                if (li >= 0 && (size_t)li < a->side.n_lines && a->side.lines[li].entry >= 0) {
                    int d = a->side.lines[li].entry - a->side_cur[a->tab];
                    a->side_cur[a->tab] += d - (d > 0 ? 1 : d < 0 ? -1 : 0);
                    if (d)
                        side_key(u, a, d > 0 ? ACT_DOWN : ACT_UP, h - 1, h);
                }
            }
        }
        return;
    }
    listview *lv = cur_list(u);
    if (wheel) {
        tview_move(&lv->v, wheel, h);
        return;
    }
    long li = lv->v.top + ev.y - body_top(u);
    if (li >= 0 && (size_t)li < lv->v.n_lines && lv->v.lines[li].entry >= 0) {
        if (lv->v.cur == lv->v.lines[li].entry && (ev.bstate & BUTTON1_DOUBLE_CLICKED))
            open_entry(u, lv);
        lv->v.cur = lv->v.lines[li].entry;
    }
}

static void dispatch(ui *u, int key)
{
    int scr = ui_screen(u);
    ui_action act = keys_action(key, scr);
    if (act != ACT_NONE && act != ACT_SEARCH_NEXT && act != ACT_SEARCH_PREV)
        u->msg[0] = 0;
    switch (act) {
    case ACT_NONE: {
        char name[32];
        keys_name(key, name, sizeof name);
        char kh[16];
        keys_first(ACT_HELP, kh, sizeof kh);
        ui_msg(u, 0, "%s: no action here (%s lists the keys)", name, kh);
        return;
    }
    case ACT_QUIT:
        if (scr == SCR_MAIN && u->focus != PANE_LIST && ui_narrow(u))
            u->focus = PANE_LIST; /* one pane at a time: q goes back to the list first */
        else
            ui_pop(u);
        return;
    case ACT_HELP: help_open(u); return;
    case ACT_ACTOR: ui_actor_prompt(u, NULL); return;
    case ACT_SEARCH: search_start(u); return;
    case ACT_SEARCH_NEXT: search_again(u, 1); return;
    case ACT_SEARCH_PREV: search_again(u, -1); return;
    case ACT_FULLTEXT: {
        char *q = prompt_read(u, "Find in store: ", NULL, &u->h_fts, NULL, NULL);
        if (q && *q)
            results_open(u, q);
        free(q);
        return;
    }
    case ACT_BOOKMARKS: marks_open(u); return;
    case ACT_COMMAND: {
        char *line = prompt_read(u, ":", NULL, &u->h_cmd, prompt_complete_command, NULL);
        if (line)
            ui_command(u, line);
        free(line);
        return;
    }
    case ACT_REDRAW: clearok(curscr, TRUE); return;
    case ACT_RELOAD:
        list_reload(u);
        ui_refresh_stats(u);
        art_free(&u->main_art);
        if (scr == SCR_BOOKMARKS)
            marks_open(u);
        ui_msg(u, 0, "reloaded: %lld article%s", (long long)u->list.count, u->list.count == 1 ? "" : "s");
        return;
    case ACT_CANCEL:
        free(u->search);
        u->search = NULL;
        return;
    default:
        break;
    }
    if (has_panes(scr))
        key_panes(u, act);
    else
        key_list(u, act);
}

/* ---- start and end ------------------------------------------------------ */

typedef struct diags {
    char first[1024];
    int n;
} diags;

static void config_diag(void *ctx, const char *file, size_t line, size_t col, const char *msg)
{
    diags *d = ctx;
    char s[768];
    snprintf(s, sizeof s, "%s:%zu:%zu: %s", file ? file : "config", line, col, msg);
    fprintf(stderr, "newsroom: %s\n", s);
    if (!d->n++)
        snprintf(d->first, sizeof d->first, "%s", s);
}

static void ui_free(ui *u)
{
    list_free(&u->list);
    art_free(&u->main_art);
    art_free(&u->open_art);
    lv_free(&u->actor);
    lv_free(&u->marks);
    lv_free(&u->results);
    lv_free(&u->help);
    actor_free();
    marks_free();
    results_free();
    free(u->search);
    hist_free(&u->h_cmd);
    hist_free(&u->h_actor);
    hist_free(&u->h_search);
    hist_free(&u->h_fts);
    hist_free(&u->h_path);
    if (u->lx) {
        store_set_lexicon(u->st, NULL);
        lexicon_free(u->lx);
    }
}

int ui_run(store *st, const char *db_path, const config *cfg, const char *note)
{
    setlocale(LC_ALL, "");
    const char *cs = nl_langinfo(CODESET);
    ui_utf8 = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);

    diags d = { "", 0 };
    keys_init();
    keys_configure(cfg, config_diag, &d);
    colors_configure(cfg, config_diag, &d);

    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        fprintf(stderr, "newsroom: the browser needs a terminal (use a command such as 'newsroom articles' in scripts)\n");
        return 1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);

    SCREEN *scr = newterm(NULL, stdout, stdin);
    if (!scr) {
        const char *t = getenv("TERM");
        fprintf(stderr, "newsroom: cannot use terminal type '%s'\n", t ? t : "(unset)");
        return 1;
    }
    set_term(scr);
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    curs_set(0);
    colors_start(cfg);
    if (cfg && cfg->mouse)
        mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
                  | BUTTON5_PRESSED
#endif
                  , NULL);

    ui *u = xcalloc(1, sizeof *u);
    u->st = st;
    u->cfg = cfg;
    u->db_path = db_path;
    u->stack[0] = SCR_MAIN;
    u->nstack = 1;
    u->main_art.sel_quote = u->open_art.sel_quote = -1;
    getmaxyx(stdscr, u->rows, u->cols);
    ui_refresh_stats(u);
    list_init(u);
    if (d.n)
        ui_msg(u, 1, "%s%s", d.first, d.n > 1 ? " (and more on stderr)" : "");
    else if (note)
        ui_msg(u, 0, "%s", note);
    else if (!u->list.count)
        ui_msg(u, 0, "empty store: :import PATH adds articles");

    while (!u->quit && !ui_interrupted) {
        /* draw only when no key is waiting: held-down keys do not queue
         * a redraw (and an article load) each */
        wint_t ch;
        nodelay(stdscr, TRUE);
        int r = wget_wch(stdscr, &ch);
        nodelay(stdscr, FALSE);
        if (r == ERR && !ui_interrupted) {
            ui_draw_all(u);
            doupdate();
            r = wget_wch(stdscr, &ch);
        }
        if (ui_interrupted)
            break;
        if (r == ERR)
            continue;
        int key = r == KEY_CODE_YES ? (int)(UI_FKEY | (int)ch) : (int)ch;
        if (key == (UI_FKEY | KEY_RESIZE))
            ui_resize(u);
        else if (key == (UI_FKEY | KEY_MOUSE))
            handle_mouse(u);
        else
            dispatch(u, key);
    }
    int sig = ui_interrupted;
    endwin();
    delscreen(scr);
    ui_free(u);
    free(u);
    return sig == SIGINT ? 130 : sig ? 128 + sig : 0;
}
