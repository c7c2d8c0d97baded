/* ui_int: the browser's shared state and the functions its files offer each
 * other.  Only the browser's own files include it; the rest of the program sees ui.h.
 *
 * How the browser is built
 * ------------------------
 * Every screen is an object on a stack (u->stack, bottom = the article
 * list).  A screen kind is one `screen_kind` table entry: its SCR_* id (which
 * keys of the key table apply), a name and a line of help, and the
 * functions title, draw, key and free.  An open screen is a struct of that
 * kind's own that starts with a `screen` member and holds all of its state
 * (nothing in file-level statics), so two screens of one kind (an actor
 * view over another) live side by side; going back frees the top one and
 * shows the one below as it was.
 *
 * To add a screen:
 *  1. add SCR_FOO to the enum in ui_keys.h (before SCR_N) and its name to
 *     keys_screen_name() in ui_keys.c;
 *  2. in a new ui/ui_foo.c, define `typedef struct foo_screen { screen base;
 *     ...state... } foo_screen;`, a `static const screen_kind foo_kind =
 *     { SCR_FOO, "what it shows", foo_title, foo_draw, foo_key, foo_free }`
 *     and an opener that xcalloc()s the struct, sets base.kind (and base.lv
 *     for a list of entries, base.art for article panes) and calls
 *     ui_push(u, &f->base);
 *  3. a list of entries can reuse the generic list screen: embed a listview,
 *     point base.lv at it, draw with lscreen_draw() after building the
 *     listview, and pass unhandled actions to lscreen_key() (moving, paging,
 *     Enter opens the entry's article, b bookmarks its quote);
 *  4. key returns 1 when it handled the action; 0 lets the common actions
 *     of ui.c (help, search, quit/back, command, ...) apply.
 * To add a key: add ACT_FOO to ui_action in ui_keys.h and one row to
 * ui_key_table in ui_keys.c (name, default keys, screens, help); then run
 * `ui/gen-doc.sh man-keys` into man/newsroom.yaml.5 and
 * `ui/gen-doc.sh yaml-keys` into config/newsroom.yaml (tests/ui/tables.sh
 * checks they agree), and handle ACT_FOO in the screen's key function (or
 * in dispatch() in ui.c when it applies on every screen). */
#ifndef NEWSROOM_UI_INT_H
#define NEWSROOM_UI_INT_H
#include <stddef.h>
#include <signal.h>
#include <stdint.h>
#include <curses.h>
#include "buf.h"
#include "config.h"
#include "lexicon.h"
#include "store.h"
#include "store_filter.h"
#include "ui_colors.h"
#include "ui_keys.h"

/* ---- styled text and wrapped lines (ui_draw.c) ------------------------ */

/* A UTF-8 string with one highlight id per byte. */
typedef struct styled {
    buf text;
    unsigned char *hl;
    size_t hl_cap;
} styled;

typedef struct sline {
    size_t start, end;   /* byte range in the styled text */
    int indent;          /* columns of blank before the text */
    int entry;           /* selectable entry this line belongs to, -1 none */
} sline;

/* A scrollable view of wrapped styled text, optionally made of entries
 * (rows the cursor selects). */
typedef struct tview {
    styled st;
    sline *lines;
    size_t n_lines, cap;
    long top;            /* first line shown */
    int cur;             /* selected entry, -1 none */
    int n_entries;
    size_t sel_start, sel_end; /* extra selected byte range (a quote), empty when equal */
    size_t match_at;     /* the current search match (byte offset), when has_match */
    int has_match;
} tview;

void styled_add(styled *s, const char *p, size_t n, int hl);
void styled_adds(styled *s, const char *p, int hl);
void styled_printf(styled *s, int hl, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void styled_clear(styled *s);
void styled_free(styled *s);

void tview_clear(tview *v);
void tview_free(tview *v);
/* Wraps styled bytes [from, to) to width columns; '\n' starts a new line.
 * Continuation lines get indent columns of blank.  nowrap clips instead. */
void tview_wrap(tview *v, size_t from, size_t to, int width, int indent, int entry, int nowrap);
/* A line of its own in HL_META (no entry: "more below", "nothing here"). */
void tview_note(tview *v, const char *text, int width);
/* Scrolls so the entry's lines (or the line holding byte off) are shown. */
void tview_show_entry(tview *v, int entry, int height);
void tview_show_offset(tview *v, size_t off, int height);
long tview_line_of(const tview *v, size_t off);
void tview_clamp(tview *v, int height);
void tview_draw(const tview *v, WINDOW *w, int y, int x, int height, int width, int focused,
                const char *match);
/* Entry-wise movement (delta entries); line-wise scrolling when no entries. */
void tview_move(tview *v, long delta, int height);
/* A search's place among its matches. */
typedef struct find_result {
    int nth, total;      /* the current match, 1-based, of total */
    int wrapped;         /* went past the end (or the start) to get there */
} find_result;
/* Finds pat (ASCII case-insensitive) in the view: the match after (dir >
 * 0) or before the current one when next is set and there is one, else
 * the first at or after the view's position (its selected entry, or its
 * top line); wraps.  In a view of entries only matches inside entries
 * count, and the match's entry is selected.  0 when there is none. */
int tview_find(tview *v, const char *pat, int dir, int next, int h, find_result *fr);

/* Display width of UTF-8 text; characters are never split. */
int draw_width(const char *s, size_t n);
/* Draws s clipped to width columns at the cursor; returns columns used. */
int draw_str(WINDOW *w, const char *s, size_t n, int width, attr_t attr, short pair);
/* The same, ending in an ellipsis when s is cut. */
int draw_clip(WINDOW *w, const char *s, size_t n, int width, attr_t attr, short pair);
int draw_hl(WINDOW *w, const char *s, int width, int hl);
void draw_fill(WINDOW *w, int y, int x, int width, int hl);
/* Byte length of the longest prefix of s that fits in width columns. */
size_t draw_fit(const char *s, size_t n, int width);
/* ASCII stand-in for a character the terminal cannot show, or NULL. */
const char *draw_ascii(uint32_t cp);
extern int ui_utf8;   /* the locale's charset is UTF-8 */
/* What ends a cut: one column either way. */
#define DRAW_ELLIPSIS (ui_utf8 ? "\xe2\x80\xa6" : "~")
/* Case-insensitive (ASCII) substring search; NULL when absent. */
const char *draw_find(const char *hay, size_t n, const char *needle);

/* ---- the browser ------------------------------------------------------ */

enum { SIDE_PEOPLE, SIDE_PLACES, SIDE_ORGS, SIDE_QUOTES, SIDE_N };
enum { PANE_LIST, PANE_TEXT, PANE_SIDE, PANE_N };

typedef struct aquote {
    int64_t id, speaker_id, n_elsewhere, bookmark_id, statement_id, n_reports;
    size_t start, end;        /* in the article text */
    ex_span *pieces;          /* the quoted stretches within [start, end) */
    size_t n_pieces;
    size_t sstart, send;      /* in the styled text */
    char *speaker, *text;
    quote_kind kind;
} aquote;

typedef struct aactor {
    int64_t id, n_mentions, n_other_sources, n_sources;
    char *name;
    actor_kind kind;
} aactor;

typedef struct amention {
    int64_t actor_id;
    actor_kind kind;
    size_t start, end, sstart;
} amention;

/* An article shown as text plus its People/Places/Orgs/Quotes tabs. */
typedef struct artview {
    int64_t id;               /* 0: none */
    store_article art;
    int loaded;
    aquote *q;
    size_t nq;
    amention *m;
    size_t nm;
    aactor *a[3];             /* people, places, orgs */
    size_t na[3];
    tview text;
    int text_w;               /* width the text was wrapped at */
    int sel_quote;            /* index into q, -1 none */
    int mention_next;         /* cycling through an actor's mentions */
    int tab;
    tview side;
    int side_w;
    int side_cur[SIDE_N];
} artview;

/* Article list: a window of rows around the cursor, refetched as it moves. */
typedef struct arow {
    int64_t id;
    char *source, *date, *title;
    char *tags;               /* "a, b", NULL none */
    int read;
    int64_t n_quotes;
} arow;

typedef struct alist {
    store_sort sort;
    int64_t count;
    int64_t unread;           /* in the whole store */
    long cur, top;
    int64_t win_off;          /* first row held */
    arow *rows;
    size_t n_rows;
    store_filter filter;      /* its strings owned: see list_set_filter */
    char *filter_actor;       /* the actor's name, as the filter shows it */
} alist;

/* Actor view, bookmarks, search results, help: entries in a tview. */
typedef struct eref {
    int64_t article_id, quote_id, bookmark_id;
    size_t start;             /* quote start in the article, for opening */
    int has_start;
} eref;

typedef struct listview {
    tview v;
    eref *e;
    size_t ne, cap;
    int width;
    char *title;
} listview;

typedef struct hist {
    char **items;
    size_t n;
} hist;

/* ---- screens on a stack (ui_stack.c) -------------------------------------- */

typedef struct ui ui;
typedef struct screen screen;

typedef struct screen_kind {
    int id;                   /* SCR_*: which rows of the key table apply */
    const char *help;         /* one line on what the screen shows (help screen) */
    /* the header's text after "newsroom │" */
    void (*title)(ui *u, screen *s, char *out, size_t n);
    /* the body, between the header and the status line */
    void (*draw)(ui *u, screen *s);
    /* 1 when the action was handled; 0 leaves it to the common actions */
    int (*key)(ui *u, screen *s, int act);
    /* frees the state and s itself */
    void (*free)(screen *s);
} screen_kind;

struct screen {
    const screen_kind *kind;
    listview *lv;             /* a list of entries (actor, bookmarks, results, help), else NULL */
    artview *art;             /* the article of a pane screen (main, article), else NULL */
    int focus;                /* pane screens: the PANE_* with focus */
};

typedef struct rect {
    int y, x, h, w;
} rect;

/* Where a view was, to go back to when an incremental search is cancelled. */
typedef struct spot {
    long a, b;
    int c;
} spot;

#define UI_STACK 16

struct ui {
    store *st;
    const config *cfg;
    const char *db_path;
    int rows, cols;
    store_stats stats;
    screen *stack[UI_STACK];  /* [0] is the main screen */
    int nstack;
    alist list;               /* the article list (main screen) */
    char msg[1024];
    int msg_err;
    char *search;             /* last pattern of '/' */
    spot search_origin;       /* the view when '/' was pressed */
    hist h_cmd, h_actor, h_search, h_fts, h_path;
    lexicon *lx;
    char **log;               /* :messages, oldest first (ui_messages.c) */
    size_t n_log;
    int quit;
    int dirty_stats;
    struct ui_job *job;       /* a running :update (ui_web.c), or NULL */
    double keys_polled;       /* when a running search last looked for Esc */
};

/* ui_stack.c */
screen *ui_top(const ui *u);
int ui_screen(const ui *u);   /* the top screen's SCR_* */
/* Pushes an open screen (the stack owns it); when full, the oldest above
 * the main screen is dropped. */
void ui_push(ui *u, screen *s);
/* Back one screen; quits from the main screen. */
void ui_pop(ui *u);
void ui_stack_free(ui *u);
/* The generic list screen: draws base.lv (built by the caller) over the
 * body, and its moving, paging, opening and bookmarking keys. */
void lscreen_draw(ui *u, screen *s);
int lscreen_key(ui *u, screen *s, int act);
/* The quote under the cursor of the top screen, 0 when none. */
int64_t ui_selected_quote(ui *u);

/* ui_panes.c: the main screen (list, text, side) and the article screen (text, side) */
screen *main_screen_new(void);
/* The main screen's text scrolled to byte offset once laid out. */
void main_screen_restore_text(screen *s, size_t offset);

/* ui_state.c: the reader's place per store, in $XDG_STATE_HOME */
void ui_state_load(ui *u);
void ui_state_save(ui *u);
void open_article_at(ui *u, int64_t article_id, int64_t quote_id, size_t start, int has_start);

/* ui.c */
void ui_msg(ui *u, int is_err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The end of a page load that returned rc after got rows of a page of
 * page: a failure says "what: <store error>" and ends the paging; else
 * *more says whether a full page came (another may follow).  0 or -1. */
int ui_page_end(ui *u, int rc, const char *what, size_t got, size_t page, int *more);
void ui_refresh_stats(ui *u);
/* 1 when the store may be written; else says why ("what: the store is
 * read-only") — writing keys ask it before any prompt. */
int ui_can_write(ui *u, const char *what);
void ui_mark_read(ui *u, int64_t id, int read);
int ui_body_height(const ui *u);
int ui_body_top(const ui *u);
int ui_narrow(const ui *u);
/* The panes of a pane screen; a pane not shown gets w = 0. */
void ui_layout(const ui *u, const screen *s, int focus, rect r[PANE_N]);
int ui_text_width(const ui *u, const screen *s, int focus);
/* A pane border; focused: beside the pane with focus, highlighted. */
void ui_draw_vline(int x, int y, int h, int focused);
void ui_draw_tabbar(ui *u, const screen *s);

/* ui_date.c */
/* "a · b", or the one of them that is not empty (an article may lack
 * an outlet or a date: blanks, never stand-ins). */
void ui_meta(char *out, size_t n, const char *a, const char *b);
void ui_date(const ui *u, const char *date, char *out, size_t n);
/* The same date in the short form of date_format (its year left out), for
 * narrow columns. */
void ui_date_short(const ui *u, const char *date, char *out, size_t n);

/* ui_list.c */
void list_init(ui *u);
void list_free(alist *l);
void list_reload(ui *u);
const arow *list_row(ui *u, long i);
void list_draw(ui *u, WINDOW *w, int y, int x, int h, int wd, int focused);
void list_move(ui *u, long delta, int h);
int list_find(ui *u, const char *pat, int dir);
/* Sets the filter from ":filter" words (outlet=NBC from=2025-08-01
 * to=2025-08-31 tag=T actor=NAME kind=direct|partial|indirect unread
 * reverse; none or "clear": no filter).  0, or -1 with the reason in the
 * message line. */
int list_set_filter(ui *u, const char *spec);
/* The filter as :filter words ("" when none). */
void list_filter_desc(const alist *l, char *out, size_t n);
/* The next (dir > 0) or previous unread article from the cursor; 0 none. */
int list_next_unread(ui *u, int dir, int h);

/* ui_article.c */
void art_open(ui *u, artview *a, int64_t id);
void art_free(artview *a);
void art_layout(ui *u, artview *a, int width);
void art_draw_text(ui *u, artview *a, WINDOW *w, int y, int x, int h, int wd, int focused);
void art_select_quote(artview *a, int qi, int h);
void art_select_quote_at(artview *a, size_t start, int h);
int art_quote_by_id(const artview *a, int64_t qid);
/* Selects (and shows) the actor's first mention in the text. */
void art_select_mention(ui *u, artview *a, int64_t actor_id, int h);
int art_key_text(ui *u, artview *a, int act, int h);
int art_find(ui *u, artview *a, const char *pat, int dir, int next, int h, find_result *fr);

/* ui_side.c */
void side_draw(ui *u, artview *a, WINDOW *w, int y, int x, int h, int wd, int focused);
int side_key(ui *u, artview *a, int act, int h, int text_h);
int side_find(ui *u, artview *a, const char *pat, int dir, int next, int h, find_result *fr);

/* ui_actor.c: pushes a new actor view, its cursor on the statement
 * quote_id when given (reading the pages down to it) */
void actor_open(ui *u, int64_t actor_id);
void actor_open_at(ui *u, int64_t actor_id, int64_t quote_id);

/* ui_actors.c: the actors screen (filter: a name and/or person, place,
 * org) and the articles that mention one actor */
void actors_open(ui *u, const char *filter);
void mentions_open(ui *u, int64_t actor_id);

/* ui_messages.c: the log behind :messages */
void ui_log(ui *u, int is_err, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void ui_log_free(ui *u);
void messages_open(ui *u);
/* Notes a quote's bookmark (0: none) in every actor view on the stack. */
void actor_mark_quote(ui *u, int64_t quote_id, int64_t bookmark_id);

/* ui_bookmarks.c */
void marks_open(ui *u);
void bookmark_quote(ui *u, int64_t quote_id);
/* b: bookmarks the selected quote when the store may be written; says
 * none when no quote is selected. */
void bookmark_selected(ui *u, const char *none);
void marks_export(ui *u, const char *path);

/* ui_search.c */
void results_open(ui *u, const char *query);
void search_start(ui *u);
void search_again(ui *u, int dir);
int search_apply(ui *u, const char *pat, int dir, int from_next, find_result *fr);

/* ui_web.c: o opens the article's URL; :update runs in the background */
void ui_open_url(ui *u, const char *url);
void ui_update_start(ui *u);
int ui_jobs_running(const ui *u);
void ui_jobs_poll(ui *u);   /* reads the update's progress; reloads when it ends */
void ui_jobs_stop(ui *u);   /* stops it (what it stored stays) */

/* ui_help.c */
void help_open(ui *u);

/* list views (ui_draw.c) */
void lv_reset(listview *lv);
void lv_free(listview *lv);
int lv_add_entry(listview *lv, int64_t article_id, int64_t quote_id, int64_t bookmark_id,
                 size_t start, int has_start);
void lv_draw(ui *u, listview *lv, WINDOW *w, int y, int x, int h, int wd);
int lv_find(listview *lv, const char *pat, int dir, int next, int h, find_result *fr);

/* ui_prompt.c: a line editor on the last row.  Returns a malloc'd line or
 * NULL when cancelled.  complete, when set, lists candidates for the text
 * so far; live, when set, is called after each edit (incremental search). */
typedef void (*prompt_complete_fn)(ui *u, const char *text, char ***cands, size_t *n);
typedef void (*prompt_live_fn)(ui *u, const char *text);
char *prompt_read(ui *u, const char *label, const char *init, hist *h,
                  prompt_complete_fn complete, prompt_live_fn live);
void hist_add(hist *h, const char *line);
void hist_free(hist *h);
void prompt_complete_actor(ui *u, const char *text, char ***cands, size_t *n);
void prompt_complete_command(ui *u, const char *text, char ***cands, size_t *n);
void prompt_complete_path(ui *u, const char *text, char ***cands, size_t *n);

/* ui.c */
extern volatile sig_atomic_t ui_interrupted;
void ui_resize(ui *u);
void ui_draw_all(ui *u);
/* After Ctrl-Z: stops, and on fg takes the terminal's size; 1 if it did. */
int ui_suspend_if_asked(ui *u);

/* ui_command.c: the command prompt and what it shares with keys */
void ui_command(ui *u, const char *line);
void ui_actor_prompt(ui *u, const char *name);
void ui_export_prompt(ui *u, const char *arg);
void ui_set_sort(ui *u, store_sort s);
void ui_lexicon(ui *u);
/* The actor a name means (the best match, or the best completion of a
 * prefix), as the actor prompt takes it; 0 when none. */
int64_t ui_find_actor(ui *u, const char *name);
extern const char *const ui_sort_names[];

#endif
