/* ui: the browser's main loop — locale, terminal set-up and tear-down,
 * the one resize handler, the layout, the header and status lines, and
 * the key dispatch to the screen on top of the stack.  The screens
 * themselves live in ui_*.c (see ui_int.h). */
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

void ui_refresh_stats(ui *u)
{
    if (store_stats_get(u->st, &u->stats) != 0)
        memset(&u->stats, 0, sizeof u->stats);
}

int ui_narrow(const ui *u)
{
    return u->cols < WIDE_COLS;
}

/* Pane screens below WIDE_COLS show one pane at a time under a tab bar. */
int ui_body_top(const ui *u)
{
    return 1 + (ui_narrow(u) && ui_top(u)->art);
}

int ui_body_height(const ui *u)
{
    int h = u->rows - 2 - ui_body_top(u);
    return h < 1 ? 1 : h;
}

/* ---- layout ---------------------------------------------------------------- */

/* The panes of the main (list, text, side) and article (text, side)
 * screens; a pane not shown gets w = 0.  Below WIDE_COLS only the focused
 * pane is shown, full width. */
void ui_layout(const ui *u, const screen *s, int focus, rect r[PANE_N])
{
    int scr = s->kind->id;
    int y = ui_body_top(u), h = ui_body_height(u), W = u->cols;
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

int ui_text_width(const ui *u, const screen *s, int focus)
{
    rect r[PANE_N];
    ui_layout(u, s, focus, r);
    return r[PANE_TEXT].w ? r[PANE_TEXT].w : u->cols;
}

/* ---- drawing ---------------------------------------------------------------- */

static const char *const pane_names[PANE_N] = { "Articles", "Text", "People/Places/Quotes" };

static void draw_header(ui *u)
{
    screen *s = ui_top(u);
    char title[400], left[512];
    title[0] = 0;
    s->kind->title(u, s, title, sizeof title);
    snprintf(left, sizeof left, " newsroom \xe2\x94\x82 %s", title);
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

void ui_draw_tabbar(ui *u, const screen *s)
{
    int scr = s->kind->id, focus = s->focus;
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

static void draw_status(ui *u)
{
    int y = u->rows - 2;
    char s[512];
    screen *top = ui_top(u);
    char kq[16], kh[16], ka[16], ks[16], kf[16], kb[16];
    keys_first(ACT_QUIT, kq, sizeof kq);
    keys_first(ACT_HELP, kh, sizeof kh);
    keys_first(ACT_ACTOR, ka, sizeof ka);
    keys_first(ACT_SEARCH, ks, sizeof ks);
    keys_first(ACT_FULLTEXT, kf, sizeof kf);
    keys_first(ACT_BOOKMARKS, kb, sizeof kb);
    const char *where = top->art ? pane_names[top->focus] : keys_screen_name(top->kind->id);
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

void ui_draw_vline(int x, int y, int h)
{
    for (int r = 0; r < h; r++) {
        wmove(stdscr, y + r, x);
        draw_str(stdscr, "\xe2\x94\x82", 3, 1, hl_attr(HL_BORDER), hl_pair(HL_BORDER));
    }
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
    screen *s = ui_top(u);
    /* the body first: it may load what the header names */
    s->kind->draw(u, s);
    draw_header(u);
    draw_status(u);
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
    for (int i = 0; i < u->nstack; i++) {
        screen *s = u->stack[i];
        if (s->lv)
            s->lv->width = 0;
        if (s->art)
            s->art->side_w = 0;
    }
    list_move(u, 0, ui_body_height(u));
    clearok(curscr, TRUE);
}

/* ---- input ------------------------------------------------------------ */

static void handle_mouse(ui *u)
{
    MEVENT ev;
    if (getmouse(&ev) != OK)
        return;
    screen *s = ui_top(u);
    int h = ui_body_height(u);
    int wheel = ev.bstate & BUTTON4_PRESSED ? -3 : 0;
#ifdef BUTTON5_PRESSED
    if (ev.bstate & BUTTON5_PRESSED)
        wheel = 3;
#endif
    artview *a = s->art;
    if (a) {
        rect r[PANE_N];
        ui_layout(u, s, s->focus, r);
        for (int p = 0; p < PANE_N; p++) {
            if (!r[p].w || ev.x < r[p].x || ev.x >= r[p].x + r[p].w || ev.y < r[p].y || ev.y >= r[p].y + r[p].h)
                continue;
            s->focus = p;
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
    listview *lv = s->lv;
    if (!lv)
        return;
    if (wheel) {
        tview_move(&lv->v, wheel, h);
        return;
    }
    long li = lv->v.top + ev.y - ui_body_top(u);
    if (li >= 0 && (size_t)li < lv->v.n_lines && lv->v.lines[li].entry >= 0) {
        int was = lv->v.cur;
        lv->v.cur = lv->v.lines[li].entry;
        if (was == lv->v.cur && (ev.bstate & BUTTON1_DOUBLE_CLICKED))
            s->kind->key(u, s, ACT_OPEN);
    }
}

/* A key goes to the top screen first; what it leaves is common to all. */
static void dispatch(ui *u, int key)
{
    screen *s = ui_top(u);
    ui_action act = keys_action(key, s->kind->id);
    if (act != ACT_NONE && act != ACT_SEARCH_NEXT && act != ACT_SEARCH_PREV)
        u->msg[0] = 0;
    if (act == ACT_NONE) {
        char name[32];
        keys_name(key, name, sizeof name);
        char kh[16];
        keys_first(ACT_HELP, kh, sizeof kh);
        ui_msg(u, 0, "%s: no action here (%s lists the keys)", name, kh);
        return;
    }
    if (s->kind->key(u, s, act))
        return;
    switch (act) {
    case ACT_QUIT: ui_pop(u); return;
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
        art_free(u->stack[0]->art);
        ui_msg(u, 0, "reloaded: %lld article%s", (long long)u->list.count, u->list.count == 1 ? "" : "s");
        return;
    case ACT_CANCEL:
        free(u->search);
        u->search = NULL;
        return;
    default:
        return;
    }
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
    ui_stack_free(u);
    list_free(&u->list);
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

int ui_run(store *st, const char *db_path, const config *cfg)
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
    u->stack[0] = main_screen_new();
    u->nstack = 1;
    getmaxyx(stdscr, u->rows, u->cols);
    ui_refresh_stats(u);
    list_init(u);
    if (d.n)
        ui_msg(u, 1, "%s%s", d.first, d.n > 1 ? " (and more on stderr)" : "");
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
