/* ui_keys: the browser's actions and their keys — one table (action name,
 * default keys, screens, help text) from which the help screen, the man
 * page and the default config are written, rebindable from the config's
 * `keys:` section. */
#ifndef NEWSROOM_UI_KEYS_H
#define NEWSROOM_UI_KEYS_H
#include <stddef.h>
#include <stdio.h>
#include "config.h"

/* Screens, as bits so that an action can belong to several. */
enum { SCR_MAIN, SCR_ARTICLE, SCR_ACTOR, SCR_BOOKMARKS, SCR_RESULTS, SCR_HELP, SCR_ACTORS, SCR_MENTIONS, SCR_MESSAGES, SCR_N };
#define S_(x) (1u << (x))
#define S_ALL ((1u << SCR_N) - 1)
#define S_LISTS (S_(SCR_ACTOR) | S_(SCR_BOOKMARKS) | S_(SCR_RESULTS) | S_(SCR_HELP) | S_(SCR_ACTORS) | S_(SCR_MENTIONS) | S_(SCR_MESSAGES))

typedef enum {
    ACT_NONE = 0,
    ACT_UP, ACT_DOWN, ACT_PAGE_UP, ACT_PAGE_DOWN, ACT_TOP, ACT_BOTTOM,
    ACT_NEXT_PANE, ACT_PREV_PANE, ACT_NEXT_TAB, ACT_PREV_TAB,
    ACT_OPEN, ACT_NEXT_QUOTE, ACT_PREV_QUOTE,
    ACT_ACTOR, ACT_SEARCH, ACT_SEARCH_NEXT, ACT_SEARCH_PREV, ACT_FULLTEXT,
    ACT_BOOKMARK, ACT_BOOKMARKS, ACT_DELETE, ACT_EDIT_NOTE, ACT_EXPORT,
    ACT_SORT, ACT_TOGGLE_READ, ACT_COMMAND, ACT_RELOAD, ACT_REDRAW, ACT_HELP, ACT_QUIT, ACT_BACK, ACT_QUIT_NOW, ACT_CANCEL,
    ACT_ACTORS, ACT_FILTER, ACT_PREV_UNREAD, ACT_MARK_ALL_READ, ACT_HIDE_READ, ACT_REVERSE, ACT_TAG, ACT_OPEN_URL,
    ACT_N
} ui_action;

/* A key is a character (its code point) or a curses function key with
 * UI_FKEY set, so that the two ranges never collide. */
#define UI_FKEY 0x1000000

typedef struct ui_key_def {
    ui_action act;
    const char *name;       /* as written in the config */
    const char *keys;       /* default key names, space separated */
    unsigned screens;       /* S_(SCR_...) bits */
    const char *help;
} ui_key_def;

extern const ui_key_def ui_key_table[];
extern const size_t ui_key_table_n;

/* Parses a key name ("j", "C-d", "Down", "PageUp", "Enter", "F1", "é"); -1 if unknown. */
int keys_parse(const char *name);
/* Writes a key's name into out. */
void keys_name(int key, char *out, size_t n);
void keys_init(void);
/* Applies cfg->keys; each bad entry goes to diag as file:line:col. */
typedef void (*keys_diag_fn)(void *ctx, const char *file, size_t line, size_t col, const char *msg);
void keys_configure(const config *cfg, keys_diag_fn diag, void *ctx);
/* The action bound to key on screen; ACT_NONE when none. */
ui_action keys_action(int key, int screen);
/* The current keys of an action, as names separated by spaces. */
void keys_of(ui_action act, char *out, size_t n);
/* The first key of an action, for hints. */
void keys_first(ui_action act, char *out, size_t n);
const char *keys_screen_name(int screen);
/* Writes the key table (name, keys, help) one per line. */
void ui_keys_dump(FILE *f);

#endif
