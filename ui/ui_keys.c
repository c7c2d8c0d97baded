/* ui_keys: the key table and the bindings made from it and the config. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "buf.h"
#include "utf8.h"
#include "ui_keys.h"

#define M_ (S_(SCR_MAIN) | S_(SCR_ARTICLE))

/* The table: help screen, man page (newsroom.yaml(5)) and the keys: section
 * of config/newsroom.yaml follow it; tests/ui/tables.sh checks they agree. */
const ui_key_def ui_key_table[] = {
    { ACT_UP,          "up",          "k Up",                S_ALL, "move up (scroll up in text)" },
    { ACT_DOWN,        "down",        "j Down",              S_ALL, "move down (scroll down in text)" },
    { ACT_PAGE_UP,     "page-up",     "PageUp C-b",          S_ALL, "one page up" },
    { ACT_PAGE_DOWN,   "page-down",   "PageDown C-f Space",  S_ALL, "one page down" },
    { ACT_TOP,         "top",         "g Home",              S_ALL, "go to the top" },
    { ACT_BOTTOM,      "bottom",      "G End",               S_ALL, "go to the bottom" },
    { ACT_NEXT_PANE,   "next-pane",   "Tab Right",           M_, "focus the next pane" },
    { ACT_PREV_PANE,   "prev-pane",   "S-Tab",               M_, "focus the previous pane" },
    { ACT_NEXT_TAB,    "next-tab",    "} >",                 M_, "next side tab (People, Places, Orgs, Quotes)" },
    { ACT_PREV_TAB,    "prev-tab",    "{ <",                 M_, "previous side tab" },
    { ACT_TAG,         "tag",         "t",                   M_, "tag the article: several tags at once, separated by commas" },
    { ACT_OPEN,        "open",        "Enter",               S_ALL, "open: article; mention: jump to it; person or quote: actor view" },
    { ACT_NEXT_QUOTE,  "next-quote",  "]",                   M_, "select the next quote in the text" },
    { ACT_PREV_QUOTE,  "prev-quote",  "[",                   M_, "select the previous quote in the text" },
    { ACT_ACTOR,       "actor",       "a",                   S_ALL, "search by actor (with completion) and show their statements" },
    { ACT_SEARCH,      "search",      "/",                   S_ALL, "search in the current view (incremental)" },
    { ACT_SEARCH_NEXT, "search-next", "n",                   S_ALL, "next match; on the main screen with no search, the next unread article" },
    { ACT_PREV_UNREAD, "prev-unread", "p",                   S_(SCR_MAIN), "the previous unread article" },
    { ACT_SEARCH_PREV, "search-prev", "N",                   S_ALL, "previous match" },
    { ACT_FULLTEXT,    "fulltext",    "F",                   S_ALL, "full-text search over the whole store" },
    { ACT_BOOKMARK,    "bookmark",    "b",                   M_ | S_(SCR_ACTOR) | S_(SCR_RESULTS), "bookmark the selected quote (optional note); bookmarked, edit its note" },
    { ACT_BOOKMARKS,   "bookmarks",   "B",                   S_ALL, "show the bookmarks" },
    { ACT_ACTORS,      "actors",      "A",                   S_ALL, "every person, place and organisation, with counts; Enter lists the articles naming one" },
    { ACT_FILTER,      "filter",      "f",                   S_(SCR_MAIN) | S_(SCR_ACTORS), "filter the list (articles: as :filter; actors: a name, or person, place, org)" },
    { ACT_DELETE,      "delete",      "d",                   S_(SCR_BOOKMARKS), "delete the selected bookmark (asks first)" },
    { ACT_EDIT_NOTE,   "edit-note",   "e",                   S_(SCR_BOOKMARKS), "edit the bookmark's note" },
    { ACT_EXPORT,      "export",      "x",                   S_(SCR_BOOKMARKS) | S_(SCR_MAIN), "export the bookmarks to a file (.md, .csv, .json)" },
    { ACT_SORT,        "sort",        "s",                   S_(SCR_MAIN), "sort the articles by date, outlet, title" },
    { ACT_TOGGLE_READ, "toggle-read", "r",                   S_(SCR_MAIN), "mark the article read or unread" },
    { ACT_MARK_ALL_READ, "mark-all-read", "M",               S_(SCR_MAIN), "mark every article of the list read (asks first)" },
    { ACT_HIDE_READ,   "hide-read",   "H",                   S_(SCR_MAIN), "show only unread articles, or all again" },
    { ACT_REVERSE,     "reverse-sort", "S",                  S_(SCR_MAIN), "reverse the list's order" },
    { ACT_COMMAND,     "command",     ":",                   S_ALL, "command prompt (:import :update :actor :search :sort :export :quit)" },
    { ACT_RELOAD,      "reload",      "R",                   S_ALL, "re-read the store (articles imported meanwhile)" },
    { ACT_REDRAW,      "redraw",      "C-l",                 S_ALL, "redraw the screen" },
    { ACT_HELP,        "help",        "? F1",                S_ALL, "this help" },
    { ACT_QUIT,        "quit",        "q",                   S_ALL, "back to the previous screen; quit from the main screen" },
    { ACT_BACK,        "back",        "Esc Backspace h Left", S_ALL, "back one pane or screen; on the main screen's list, clear the search and the message line" },
    { ACT_QUIT_NOW,    "quit-now",    "Q",                   S_ALL, "quit at once, from any screen" },
    { ACT_CANCEL,      "cancel",      "C-g",                 S_ALL, "cancel: clear the search and the message line" },
    { ACT_OPEN_URL,    "open-url",    "o",                   M_, "open the article's URL in the web browser ($BROWSER, else xdg-open)" },
};
const size_t ui_key_table_n = sizeof ui_key_table / sizeof ui_key_table[0];

#define MAX_BIND 8
static int bind[ACT_N][MAX_BIND];
static int nbind[ACT_N];

static const struct { const char *name; int key; } named[] = {
    { "Up", UI_FKEY | KEY_UP }, { "Down", UI_FKEY | KEY_DOWN },
    { "Left", UI_FKEY | KEY_LEFT }, { "Right", UI_FKEY | KEY_RIGHT },
    { "PageUp", UI_FKEY | KEY_PPAGE }, { "PgUp", UI_FKEY | KEY_PPAGE },
    { "PageDown", UI_FKEY | KEY_NPAGE }, { "PgDn", UI_FKEY | KEY_NPAGE },
    { "Home", UI_FKEY | KEY_HOME }, { "End", UI_FKEY | KEY_END },
    { "Enter", '\n' }, { "Return", '\n' }, { "Tab", '\t' },
    { "S-Tab", UI_FKEY | KEY_BTAB }, { "BTab", UI_FKEY | KEY_BTAB },
    { "Esc", 27 }, { "Escape", 27 }, { "Space", ' ' },
    { "Backspace", UI_FKEY | KEY_BACKSPACE }, { "Delete", UI_FKEY | KEY_DC },
    { "Insert", UI_FKEY | KEY_IC },
};

int keys_parse(const char *name)
{
    if (!name || !*name)
        return -1;
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (strcasecmp(name, named[i].name) == 0)
            return named[i].key;
    if ((name[0] == 'C' || name[0] == 'c') && name[1] == '-' && name[2] && !name[3]) {
        int c = name[2];
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 1;
        if (c >= 'A' && c <= 'Z')
            return c - 'A' + 1;
        return -1;
    }
    if ((name[0] == 'F' || name[0] == 'f') && name[1] >= '1' && name[1] <= '9') {
        char *end;
        long n = strtol(name + 1, &end, 10);
        if (!*end && n >= 1 && n <= 12)
            return UI_FKEY | KEY_F((int)n);
    }
    uint32_t cp;
    size_t len = strlen(name);
    size_t l = utf8_decode(name, len, &cp);
    if (l == len && cp != 0xFFFD && cp > ' ' && cp != 127)
        return (int)cp;
    return -1;
}

void keys_name(int key, char *out, size_t n)
{
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (named[i].key == key) {
            snprintf(out, n, "%s", named[i].name);
            return;
        }
    if (key >= 1 && key <= 26) {
        snprintf(out, n, "C-%c", 'a' + key - 1);
        return;
    }
    if ((key & UI_FKEY) && (key & ~UI_FKEY) >= KEY_F(1) && (key & ~UI_FKEY) <= KEY_F(12)) {
        snprintf(out, n, "F%d", (key & ~UI_FKEY) - KEY_F0);
        return;
    }
    if (!(key & UI_FKEY)) {
        buf b = BUF_INIT;
        utf8_encode(&b, (uint32_t)key);
        snprintf(out, n, "%s", buf_str(&b));
        buf_free(&b);
        return;
    }
    snprintf(out, n, "key%d", key & ~UI_FKEY);
}

static const ui_key_def *def_of(ui_action act)
{
    for (size_t i = 0; i < ui_key_table_n; i++)
        if (ui_key_table[i].act == act)
            return &ui_key_table[i];
    return NULL;
}

/* Parses a space separated list of key names; returns -1 at the first bad
 * one (its offset in *bad_at). */
static int parse_list(const char *s, int *keys, int *n, size_t *bad_at, char *bad, size_t badlen)
{
    *n = 0;
    const char *p = s;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        if (!*p)
            break;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\t' && *e != ',')
            e++;
        char name[32];
        size_t l = (size_t)(e - p);
        if (l >= sizeof name)
            l = sizeof name - 1;
        memcpy(name, p, l);
        name[l] = 0;
        int k = keys_parse(name);
        if (k < 0) {
            *bad_at = (size_t)(p - s);
            snprintf(bad, badlen, "%s", name);
            return -1;
        }
        if (*n < MAX_BIND)
            keys[(*n)++] = k;
        p = e;
    }
    return 0;
}

void keys_init(void)
{
    memset(nbind, 0, sizeof nbind);
    for (size_t i = 0; i < ui_key_table_n; i++) {
        size_t at;
        char bad[32];
        parse_list(ui_key_table[i].keys, bind[ui_key_table[i].act], &nbind[ui_key_table[i].act],
                   &at, bad, sizeof bad);
    }
}

void keys_configure(const config *cfg, keys_diag_fn diag, void *ctx)
{
    if (!cfg)
        return;
    for (size_t i = 0; i < cfg->n_keys; i++) {
        const config_entry *e = &cfg->keys[i];
        const ui_key_def *d = NULL;
        for (size_t j = 0; j < ui_key_table_n; j++)
            if (strcmp(ui_key_table[j].name, e->name) == 0)
                d = &ui_key_table[j];
        char msg[256];
        if (!d) {
            snprintf(msg, sizeof msg, "unknown action '%s' in keys (see newsroom.yaml(5))", e->name);
            diag(ctx, cfg->file, e->line, e->col, msg);
            continue;
        }
        int k[MAX_BIND], n;
        size_t at = 0;
        char bad[32];
        if (parse_list(e->value ? e->value : "", k, &n, &at, bad, sizeof bad) < 0) {
            snprintf(msg, sizeof msg, "unknown key name '%s' for %s; keeping its default keys",
                     bad, e->name);
            diag(ctx, cfg->file, e->line, e->col ? e->col + at : 0, msg);
            continue;
        }
        /* quit is the one way out: it keeps a key */
        if (n == 0 && d->act == ACT_QUIT) {
            snprintf(msg, sizeof msg, "quit needs at least one key (nothing else leaves); keeping its keys");
            diag(ctx, cfg->file, e->line, e->col, msg);
            continue;
        }
        /* The new keys leave any other action of the same screens; one
         * they would leave with no key at all is said, and quit's last
         * key is not taken. */
        int taken_from[ACT_N] = {0};
        for (int a = 1; a < ACT_N; a++) {
            const ui_key_def *o = def_of((ui_action)a);
            if (!o || (ui_action)a == d->act || !(o->screens & d->screens))
                continue;
            int left = 0;
            for (int x = 0; x < nbind[a]; x++) {
                int hit = 0;
                for (int y = 0; y < n; y++)
                    hit |= bind[a][x] == k[y];
                left += !hit;
                taken_from[a] |= hit;
            }
            if (taken_from[a] && !left && (ui_action)a == ACT_QUIT)
                taken_from[0] = a; /* refused below */
            else if (taken_from[a] && !left)
                taken_from[a] = 2;
        }
        if (taken_from[0]) {
            char name[32];
            keys_first(ACT_QUIT, name, sizeof name);
            snprintf(msg, sizeof msg, "%s: '%s' is quit's only key (nothing else leaves); not applied",
                     e->name, name);
            diag(ctx, cfg->file, e->line, e->col, msg);
            continue;
        }
        for (int a = 1; a < ACT_N; a++) {
            if (!taken_from[a])
                continue;
            if (taken_from[a] == 2) {
                snprintf(msg, sizeof msg, "%s takes every key of %s, which now has none (give it one under keys:)",
                         e->name, def_of((ui_action)a)->name);
                diag(ctx, cfg->file, e->line, e->col, msg);
            }
            for (int x = 0; x < nbind[a];) {
                int hit = 0;
                for (int y = 0; y < n; y++)
                    hit |= bind[a][x] == k[y];
                if (hit) {
                    memmove(&bind[a][x], &bind[a][x + 1], (size_t)(nbind[a] - x - 1) * sizeof(int));
                    nbind[a]--;
                } else {
                    x++;
                }
            }
        }
        memcpy(bind[d->act], k, (size_t)n * sizeof(int));
        nbind[d->act] = n;
    }
}

ui_action keys_action(int key, int screen)
{
    if (key == '\r' || key == (UI_FKEY | KEY_ENTER))
        key = '\n';
    if (key == 127 || key == 8)
        key = UI_FKEY | KEY_BACKSPACE;
    for (size_t i = 0; i < ui_key_table_n; i++) {
        const ui_key_def *d = &ui_key_table[i];
        if (!(d->screens & S_(screen)))
            continue;
        for (int j = 0; j < nbind[d->act]; j++)
            if (bind[d->act][j] == key)
                return d->act;
    }
    return ACT_NONE;
}

void keys_of(ui_action act, char *out, size_t n)
{
    size_t used = 0;
    out[0] = 0;
    for (int j = 0; j < nbind[act] && used + 1 < n; j++) {
        char name[32];
        keys_name(bind[act][j], name, sizeof name);
        int w = snprintf(out + used, n - used, "%s%s", j ? " " : "", name);
        if (w < 0 || (size_t)w >= n - used)
            break;
        used += (size_t)w;
    }
}

void keys_first(ui_action act, char *out, size_t n)
{
    if (nbind[act] == 0)
        snprintf(out, n, "-");
    else
        keys_name(bind[act][0], out, n);
}

const char *keys_screen_name(int screen)
{
    static const char *const names[SCR_N] = { "Articles", "Article", "Actor", "Bookmarks",
                                              "Search results", "Help", "Actors", "Mentions",
                                              "Messages" };
    return screen >= 0 && screen < SCR_N ? names[screen] : "";
}

void ui_keys_dump(FILE *f)
{
    for (size_t i = 0; i < ui_key_table_n; i++)
        fprintf(f, "%s\t%s\t%s\n", ui_key_table[i].name, ui_key_table[i].keys, ui_key_table[i].help);
}
