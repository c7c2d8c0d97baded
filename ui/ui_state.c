/* ui_state: where the reader was — the article under the list's cursor,
 * how far its text was scrolled, the pane with focus and the list's sort —
 * kept per store in $XDG_STATE_HOME/newsroom/browser (~/.local/state),
 * one line per store:
 *
 *     STORE-PATH <tab> ARTICLE-ID <tab> TEXT-OFFSET <tab> SORT <tab> FOCUS
 *
 * A file of the user's, not a table of the store: a shared archive opened
 * read-only still remembers each reader's place, two readers of one store
 * keep their own, and reading never writes the store. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "store_browse.h"
#include "ui_int.h"

#define MAX_STORES 64

static char *state_path(void)
{
    const char *x = getenv("XDG_STATE_HOME");
    const char *home = getenv("HOME");
    char dir[PATH_MAX];
    if (x && *x == '/')
        snprintf(dir, sizeof dir, "%s/newsroom", x);
    else if (home && *home)
        snprintf(dir, sizeof dir, "%s/.local/state/newsroom", home);
    else
        return NULL;
    size_t n = strlen(dir) + 16;
    char *p = xmalloc(n);
    snprintf(p, n, "%s/browser", dir);
    return p;
}

/* The store's path as the key: absolute, so that ./news.db and its full
 * name are one store. */
static void store_key(const ui *u, char *out, size_t n)
{
    char real[PATH_MAX];
    const char *p = u->db_path ? u->db_path : "";
    if (realpath(p, real))
        p = real;
    snprintf(out, n, "%s", p);
}

typedef struct place {
    long long article;
    unsigned long long offset;
    int sort, focus;
} place;

static int parse_line(char *line, char **key, place *pl)
{
    char *tab = strchr(line, '\t');
    if (!tab)
        return 0;
    *tab = 0;
    *key = line;
    return sscanf(tab + 1, "%lld\t%llu\t%d\t%d", &pl->article, &pl->offset, &pl->sort, &pl->focus) == 4;
}

void ui_state_load(ui *u)
{
    char *path = state_path();
    FILE *f = path ? fopen(path, "r") : NULL;
    free(path);
    if (!f)
        return;
    char key[PATH_MAX], line[PATH_MAX + 128];
    store_key(u, key, sizeof key);
    place pl;
    int found = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        char *k;
        place p;
        if (parse_line(line, &k, &p) && !strcmp(k, key)) {
            pl = p;
            found = 1;
        }
    }
    fclose(f);
    if (!found)
        return;
    if (pl.sort >= STORE_SORT_DATE && pl.sort <= STORE_SORT_TITLE)
        u->list.sort = (store_sort)pl.sort;
    list_reload(u);
    int64_t pos = pl.article > 0 ? store_article_position(u->st, u->list.sort, pl.article) : -1;
    if (pos < 0)
        return; /* the article is gone: the top of the list */
    u->list.cur = (long)pos;
    u->list.top = u->list.cur - ui_body_height(u) / 3;
    if (u->list.top < 0)
        u->list.top = 0;
    list_move(u, 0, ui_body_height(u));
    screen *m = u->stack[0];
    if (pl.focus >= PANE_LIST && pl.focus < PANE_N)
        m->focus = pl.focus;
    main_screen_restore_text(m, (size_t)pl.offset);
}

void ui_state_save(ui *u)
{
    char *path = state_path();
    if (!path)
        return;
    const arow *r = list_row(u, u->list.cur);
    if (!r) {
        free(path);
        return;
    }
    screen *m = u->stack[0];
    artview *a = m->art;
    unsigned long long offset = 0;
    if (a && a->loaded && a->id == r->id && a->text.n_lines && a->text.top > 0 &&
        (size_t)a->text.top < a->text.n_lines)
        offset = a->text.lines[a->text.top].start;
    char key[PATH_MAX];
    store_key(u, key, sizeof key);
    /* the other stores' lines, then this one's last */
    char *lines[MAX_STORES];
    size_t nl = 0;
    FILE *f = fopen(path, "r");
    if (f) {
        char line[PATH_MAX + 128];
        while (fgets(line, sizeof line, f) && nl < MAX_STORES - 1) {
            line[strcspn(line, "\n")] = 0;
            char copy[sizeof line], *k;
            place p;
            snprintf(copy, sizeof copy, "%s", line);
            if (parse_line(copy, &k, &p) && strcmp(k, key))
                lines[nl++] = xstrdup(line);
        }
        fclose(f);
    }
    /* the directories (as mkdir -p), then a new file renamed over the old */
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", path);
    for (char *p = dir + 1; *p; p++)
        if (*p == '/') {
            *p = 0;
            mkdir(dir, 0700);
            *p = '/';
        }
    size_t tn = strlen(path) + 8;
    char *tmp = xmalloc(tn);
    snprintf(tmp, tn, "%s.new", path);
    FILE *o = fopen(tmp, "w");
    if (o) {
        for (size_t i = 0; i < nl; i++)
            fprintf(o, "%s\n", lines[i]);
        fprintf(o, "%s\t%lld\t%llu\t%d\t%d\n", key, (long long)r->id, offset, (int)u->list.sort, m->focus);
        if (fclose(o) == 0)
            rename(tmp, path);
        else
            unlink(tmp);
    }
    for (size_t i = 0; i < nl; i++)
        free(lines[i]);
    free(tmp);
    free(path);
}
