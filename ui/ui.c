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
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>
#include "store_browse.h"
#include "ui.h"
#include "ui_int.h"

volatile sig_atomic_t ui_interrupted;
static volatile sig_atomic_t ui_stop_asked;

#define MIN_COLS 40
#define MIN_ROWS 12
#define WIDE_COLS 100
/* the list-first layout: room for 60 columns of title beside a date and
 * an outlet at 120 columns */
#define LIST_FIRST_W 80
#define SIDE_MIN_W 18
#define TEXT_MIN_W 20

static void on_signal(int sig)
{
    ui_interrupted = sig;
}

static void on_tstp(int sig)
{
    (void)sig;
    ui_stop_asked = 1;
}

static void catch_tstp(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_tstp;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTSTP, &sa, NULL); /* no SA_RESTART: the key wait returns */
}

/* Ctrl-Z: the terminal back to the shell, stopped; on fg, the size the
 * terminal has now (it may have changed while stopped, when no SIGWINCH
 * reaches a stopped process) and a full redraw at once. */
int ui_suspend_if_asked(ui *u)
{
    if (!ui_stop_asked)
        return 0;
    ui_stop_asked = 0;
    endwin();
    signal(SIGTSTP, SIG_DFL);
    raise(SIGTSTP);
    /* continued */
    catch_tstp();
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 && ws.ws_col > 0)
        resizeterm(ws.ws_row, ws.ws_col);
    refresh();
    ui_resize(u);
    return 1;
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
    if (is_err) /* kept for :messages */
        ui_log(u, 1, "%s", u->msg);
}

int ui_page_end(ui *u, int rc, const char *what, size_t got, size_t page, int *more)
{
    if (rc != 0) {
        ui_msg(u, 1, "%s: %s", what, store_error(u->st));
        *more = 0;
        return -1;
    }
    *more = got == page;
    return 0;
}

int ui_can_write(ui *u, const char *what)
{
    if (store_read_only(u->st)) {
        ui_msg(u, 1, "%s: the store is read-only (this user may not write its file or directory)", what);
        return 0;
    }
    /* the store renamed over or removed: said before anything is asked for */
    if (store_check_file(u->st) < 0) {
        ui_msg(u, 1, "%s: %s", what, store_error(u->st));
        return 0;
    }
    return 1;
}

/* Marks an article read, quietly doing nothing in a read-only store. */
void ui_mark_read(ui *u, int64_t id, int read)
{
    if (!store_read_only(u->st))
        store_article_mark_read(u->st, id, read);
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
    if (scr == SCR_MAIN && focus == PANE_LIST) {
        /* list first: while the reader scans titles the list takes the
         * room (LIST_FIRST_W, more than half a wide terminal, at least
         * list_width) and the text and side panes keep a glimpse */
        int first = W * 55 / 100 > LIST_FIRST_W ? W * 55 / 100 : LIST_FIRST_W;
        sw = SIDE_MIN_W;
        lw = first > lw ? first : lw;
        if (lw > W - sw - TEXT_MIN_W - 2)
            lw = W - sw - TEXT_MIN_W - 2;
    }
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
    const char *db = u->db_path ? u->db_path : "";
    int dw = draw_width(db, strlen(db));
    int lw = draw_width(left, strlen(left));
    /* the title first; the store's path when there is room for both */
    int room = lw + dw + 3 <= u->cols ? u->cols : u->cols - 1;
    wmove(stdscr, 0, 0);
    draw_clip(stdscr, left, strlen(left), room, hl_attr(HL_STATUS), hl_pair(HL_STATUS));
    if (lw + dw + 3 <= u->cols) {
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

/* n with thousands separators ("2,966"). */
static void fmt_count(int64_t n, char *out, size_t size)
{
    char d[32];
    snprintf(d, sizeof d, "%lld", (long long)(n < 0 ? -n : n));
    size_t len = strlen(d), o = 0;
    if (n < 0 && o + 1 < size)
        out[o++] = '-';
    for (size_t k = 0; k < len && o + 1 < size; k++) {
        if (k && (len - k) % 3 == 0 && o + 2 < size)
            out[o++] = ',';
        out[o++] = d[k];
    }
    out[o] = 0;
}

/* Where the cursor is in what the top screen shows: "123/2,966" in a
 * list, a percentage in a text; empty when there is nothing to count. */
static void position(ui *u, char *out, size_t n)
{
    screen *s = ui_top(u);
    char a[32], b[32];
    out[0] = 0;
    if (s->art && s->focus == PANE_LIST) {
        if (!u->list.count)
            return;
        fmt_count(u->list.cur + 1, a, sizeof a);
        fmt_count(u->list.count, b, sizeof b);
        snprintf(out, n, "%s/%s", a, b);
    } else if (s->art && s->focus == PANE_SIDE && s->art->loaded && s->art->side.n_entries > 0) {
        fmt_count(s->art->side_cur[s->art->tab] + 1, a, sizeof a);
        fmt_count(s->art->side.n_entries, b, sizeof b);
        snprintf(out, n, "%s/%s", a, b);
    } else if (s->art && s->art->loaded && s->art->text.n_lines) {
        const tview *v = &s->art->text;
        long pct = v->n_lines <= 1 ? 100 : (v->top * 100) / (long)(v->n_lines - 1);
        snprintf(out, n, "%ld%%", pct > 100 ? 100 : pct);
    } else if (s->lv && s->lv->v.n_entries > 0 && s->lv->v.cur >= 0) {
        fmt_count(s->lv->v.cur + 1, a, sizeof a);
        fmt_count(s->lv->v.n_entries, b, sizeof b);
        snprintf(out, n, "%s/%s", a, b);
    }
}

/* The status line: the pane or screen and the position in it, the keys
 * to remember, then the store's counts when they fit; at the narrowest,
 * the shortest hints. */
static void draw_status(ui *u)
{
    int y = u->rows - 2;
    screen *top = ui_top(u);
    char kq[16], kh[16], ka[16], ks[16], kf[16], kb[16];
    keys_first(ACT_QUIT, kq, sizeof kq);
    keys_first(ACT_HELP, kh, sizeof kh);
    keys_first(ACT_ACTOR, ka, sizeof ka);
    keys_first(ACT_SEARCH, ks, sizeof ks);
    keys_first(ACT_FULLTEXT, kf, sizeof kf);
    keys_first(ACT_BOOKMARKS, kb, sizeof kb);
    const char *where = top->art ? pane_names[top->focus] : keys_screen_name(top->kind->id);
    char pos[64], left[160], hints[160], shorth[64], stats[256];
    position(u, pos, sizeof pos);
    snprintf(left, sizeof left, " %s%s%s%s \xe2\x94\x82 ", where, pos[0] ? " " : "", pos,
             store_read_only(u->st) ? " [read-only]" : "");
    const char *qw = u->nstack > 1 ? "back" : "quit";
    snprintf(hints, sizeof hints, "%s:help %s:actor %s:search %s:find %s:marks %s:%s", kh, ka, ks, kf, kb,
             kq, qw);
    snprintf(shorth, sizeof shorth, "%s:help %s:%s", kh, kq, qw);
    long long na = (long long)u->stats.articles, nq = (long long)u->stats.quotes,
              nb = (long long)u->stats.bookmarks,
              nact = (long long)(u->stats.people + u->stats.places + u->stats.orgs);
    snprintf(stats, sizeof stats,
             " \xe2\x94\x82 %lld article%s \xc2\xb7 %lld actor%s \xc2\xb7 %lld quote%s \xc2\xb7 %lld bookmark%s",
             na, na == 1 ? "" : "s", nact, nact == 1 ? "" : "s", nq, nq == 1 ? "" : "s",
             nb, nb == 1 ? "" : "s");
    int lw = draw_width(left, strlen(left)), hw = draw_width(hints, strlen(hints)),
        sw = draw_width(stats, strlen(stats));
    const char *h = lw + hw <= u->cols ? hints : shorth;
    draw_fill(stdscr, y, 0, u->cols, HL_STATUS);
    wmove(stdscr, y, 0);
    int used = draw_hl(stdscr, left, u->cols, HL_STATUS);
    used += draw_hl(stdscr, h, u->cols - used, HL_STATUS);
    if (h == hints && lw + hw + sw <= u->cols)
        draw_hl(stdscr, stats, u->cols - used, HL_STATUS);
    draw_fill(stdscr, y + 1, 0, u->cols, HL_NORMAL);
    wmove(stdscr, y + 1, 0);
    draw_hl(stdscr, u->msg, u->cols, u->msg_err ? HL_ERROR : HL_NORMAL);
}

void ui_draw_vline(int x, int y, int h, int focused)
{
    attr_t a = hl_attr(HL_BORDER) | (focused ? A_BOLD | A_REVERSE : 0);
    for (int r = 0; r < h; r++) {
        wmove(stdscr, y + r, x);
        draw_str(stdscr, "\xe2\x94\x82", 3, 1, a, hl_pair(HL_BORDER));
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
    case ACT_QUIT_NOW: u->quit = 1; return;
    case ACT_BACK:
        if (u->nstack > 1) {
            ui_pop(u);
            return;
        }
        free(u->search); /* at the list: as cancel */
        u->search = NULL;
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
    case ACT_ACTORS: actors_open(u, NULL); return;
    case ACT_COMMAND: {
        char *line = prompt_read(u, ":", NULL, &u->h_cmd, prompt_complete_command, NULL);
        if (line)
            ui_command(u, line);
        free(line);
        return;
    }
    case ACT_REDRAW: clearok(curscr, TRUE); return;
    case ACT_RELOAD:
        /* a store renamed over or removed is not "reloaded" */
        if (store_check_file(u->st) < 0) {
            ui_msg(u, 1, "%s", store_error(u->st));
            return;
        }
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
    char **lines;             /* every one, for :messages */
} diags;

static void config_diag(void *ctx, const char *file, size_t line, size_t col, const char *msg)
{
    diags *d = ctx;
    char s[768];
    snprintf(s, sizeof s, "%s:%zu:%zu: %s", file ? file : "config", line, col, msg);
    fprintf(stderr, "newsroom: %s\n", s);
    if (!d->n++)
        snprintf(d->first, sizeof d->first, "%s", s);
    d->lines = xrealloc(d->lines, (size_t)d->n * sizeof *d->lines);
    d->lines[d->n - 1] = xstrdup(s);
}

static void ui_free(ui *u)
{
    ui_stack_free(u);
    list_free(&u->list);
    ui_log_free(u);
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

/* Asked while a full-text search runs (store_set_cancel): Esc stops it.
 * Looks at the keyboard at most every 20 ms; another key waits its turn. */
static int search_cancel(void *ctx)
{
    ui *u = ctx;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    double t = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
    if (ui_interrupted)
        return 1;
    if (t - u->keys_polled < 0.02)
        return 0;
    u->keys_polled = t;
    /* curses, not poll(): an Esc it has read already waits in its buffer */
    nodelay(stdscr, TRUE);
    wint_t ch;
    int r = wget_wch(stdscr, &ch);
    nodelay(stdscr, FALSE);
    if (r == OK && ch == 27)
        return 1;
    if (r == KEY_CODE_YES)
        ungetch((int)ch);
    else if (r == OK)
        unget_wch((wchar_t)ch);
    return 0;
}

int ui_run(store *st, const char *db_path, const config *cfg, const char *note)
{
    setlocale(LC_ALL, "");
    const char *cs = nl_langinfo(CODESET);
    ui_utf8 = cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);

    diags d = { "", 0, NULL };
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
    catch_tstp();

    SCREEN *scr = newterm(NULL, stdout, stdin);
    if (!scr) {
        const char *t = getenv("TERM");
        fprintf(stderr, "newsroom: cannot use terminal type '%s'\n", t ? t : "(unset)");
        return 1;
    }
    set_term(scr);
    /* TERM=dumb and the like: curses starts, but cannot place the cursor,
     * and would draw one line and nothing more */
    const char *cup = tigetstr("cup");
    if (!cup || cup == (char *)-1) {
        endwin();
        delscreen(scr);
        const char *t = getenv("TERM");
        fprintf(stderr, "newsroom: the terminal '%s' cannot move the cursor, so the browser cannot use it "
                "(set TERM to the terminal's type; the commands work anywhere)\n", t ? t : "(unset)");
        return 1;
    }
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
    store_set_cancel(st, search_cancel, u);
    u->stack[0] = main_screen_new();
    u->nstack = 1;
    getmaxyx(stdscr, u->rows, u->cols);
    ui_refresh_stats(u);
    list_init(u);
    ui_state_load(u);
    for (int i = 0; i < d.n; i++) {
        ui_log(u, 1, "%s", d.lines[i]);
        free(d.lines[i]);
    }
    free(d.lines);
    /* the import `newsroom PATH...` ran: its summary, then what it
     * reported (cli_browse_fn), kept in :messages */
    size_t note_errs = 0, note_lines = 0;
    const char *summary_end = note ? strchr(note, '\n') : NULL;
    if (note) {
        ui_log(u, 0, "%.*s", summary_end ? (int)(summary_end - note) : (int)strlen(note), note);
        for (const char *p = summary_end ? summary_end + 1 : ""; *p;) {
            const char *e = strchr(p, '\n');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            if (len > 1) {
                ui_log(u, p[0] == 'E', "%.*s", (int)(len - 1), p + 1);
                note_lines++;
                note_errs += p[0] == 'E';
            }
            p += len + (e != NULL);
        }
    }
    if (d.n) {
        u->msg_err = 1;
        snprintf(u->msg, sizeof u->msg, "%.900s%s", d.first, d.n > 1 ? " (and more: :messages)" : "");
    } else if (note)
        ui_msg(u, note_errs > 0, "%.*s%s", summary_end ? (int)(summary_end - note) : (int)strlen(note), note,
               note_lines ? " (what it reported: :messages)" : "");
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
            ui_jobs_poll(u);
            ui_draw_all(u);
            doupdate();
            /* while an update runs, wake up to show its progress */
            if (ui_jobs_running(u))
                timeout(200);
            r = wget_wch(stdscr, &ch);
            timeout(-1);
        }
        if (ui_interrupted)
            break;
        if (ui_suspend_if_asked(u) || r == ERR)
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
    ui_state_save(u);
    ui_jobs_stop(u);
    endwin();
    delscreen(scr);
    ui_free(u);
    free(u);
    return sig == SIGINT ? 130 : sig ? 128 + sig : 0;
}
