/* ui_command: the ':' command prompt (:import :actor :search :sort
 * :export :quit) and the actions it shares with keys. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "import.h"
#include "ui_int.h"

const char *const ui_sort_names[] = { "date", "outlet", "title" };

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
void ui_lexicon(ui *u)
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
    art_free(u->stack[0]->art);
    ui_refresh_stats(u);
    free(copy);
}

void ui_export_prompt(ui *u, const char *arg)
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

void ui_set_sort(ui *u, store_sort s)
{
    u->list.sort = s;
    u->list.cur = u->list.top = 0;
    list_reload(u);
    ui_msg(u, 0, "sorted by %s", ui_sort_names[s]);
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
            ui_set_sort(u, STORE_SORT_DATE);
        else if (arg && (strcmp(arg, "outlet") == 0 || strcmp(arg, "source") == 0))
            ui_set_sort(u, STORE_SORT_SOURCE);
        else if (arg && strcmp(arg, "title") == 0)
            ui_set_sort(u, STORE_SORT_TITLE);
        else
            ui_msg(u, 1, "usage: :sort date|outlet|title");
    } else if (IS("export")) {
        ui_export_prompt(u, arg);
    } else {
        ui_msg(u, 1, "unknown command :%.*s (commands: import actor search sort export quit)", (int)cl, line);
    }
#undef IS
}
