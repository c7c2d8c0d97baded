/* cli_import: `newsroom import` and `newsroom reindex` — progress on a
 * terminal, a summary always, and a clean stop on Ctrl-C or kill. */
#include "cli_int.h"
#include "import.h"
#include <signal.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
    stop_signal = sig;
}

static void catch_signals(struct sigaction *old_int, struct sigaction *old_term)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    stop_signal = 0;
    sigaction(SIGINT, &sa, old_int);
    sigaction(SIGTERM, &sa, old_term);
}

static void restore_signals(const struct sigaction *old_int, const struct sigaction *old_term)
{
    sigaction(SIGINT, old_int, NULL);
    sigaction(SIGTERM, old_term, NULL);
}

int cli_import_paths(cli *c, char **paths, int n)
{
    if (cli_load_lexicon(c) < 0 || cli_open_store_rw(c) < 0)
        return 1;
    import_opts o;
    memset(&o, 0, sizeof o);
    o.max_file_size = c->cfg.max_file_size;
    o.progress = isatty(STDERR_FILENO);
    o.stop = &stop_signal;
    struct sigaction oi, ot;
    catch_signals(&oi, &ot);
    import_report rep;
    int rc = import_paths(c->st, c->lx, (const char *const *)paths, (size_t)n, &o, &rep);
    restore_signals(&oi, &ot);
    printf("imported %zu, already present %zu, refused %zu", rep.imported, rep.present, rep.refused);
    if (rep.warned)
        printf(", with warnings %zu", rep.warned);
    printf("\n");
    fflush(stdout);
    if (rc >= 0 && store_needs_regroup(c->st) == 1)
        fprintf(stderr, "newsroom: the statements in this store were grouped by an earlier version;"
                        " run 'newsroom regroup' to group them again\n");
    if (rc == 2) {
        fprintf(stderr, "newsroom: import interrupted by %s; what is counted above is stored\n",
                stop_signal == SIGTERM ? "SIGTERM" : "SIGINT");
        return 128 + (int)stop_signal;
    }
    if (rc < 0) {
        fprintf(stderr, "newsroom: import stopped: %s\n", store_error(c->st));
        return 1;
    }
    return rc;
}

int cli_cmd_import(cli *c, int argc, char **argv)
{
    char **pos = argv;
    int npos;
    int r = cli_parse("import", argc, argv, NULL, pos, &npos);
    if (r == 1)
        return 0;
    if (r)
        return r;
    if (npos == 0)
        return cli_usage("import", "give at least one PATH (a file, a directory or -)");
    return cli_import_paths(c, pos, npos);
}

static void reindex_progress(void *ctx, size_t done, size_t total)
{
    (void)ctx;
    fprintf(stderr, "\r\033[Kreindexing: %zu/%zu articles", done, total);
    fflush(stderr);
}

int cli_cmd_reindex(cli *c, int argc, char **argv)
{
    char **pos = argv;
    int npos;
    int r = cli_parse("reindex", argc, argv, NULL, pos, &npos);
    if (r == 1)
        return 0;
    if (r)
        return r;
    if (npos)
        return cli_usage("reindex", "takes no arguments");
    if (cli_load_lexicon(c) < 0 || cli_open_store_rw(c) < 0)
        return 1;
    int tty = isatty(STDERR_FILENO);
    if (store_reindex(c->st, c->lx, tty ? reindex_progress : NULL, NULL) < 0) {
        if (tty)
            fputs("\r\033[K", stderr);
        return cli_error("reindex failed: %s", store_error(c->st));
    }
    if (tty)
        fputs("\r\033[K", stderr);
    store_stats s;
    if (store_stats_get(c->st, &s) == 0)
        printf("reindexed %lld article%s: %lld %s, %lld place%s, %lld organisation%s, %lld quote%s, "
               "%lld bookmark%s\n", (long long)s.articles, s.articles == 1 ? "" : "s",
               (long long)s.people, s.people == 1 ? "person" : "people", (long long)s.places,
               s.places == 1 ? "" : "s", (long long)s.orgs, s.orgs == 1 ? "" : "s",
               (long long)s.quotes, s.quotes == 1 ? "" : "s", (long long)s.bookmarks,
               s.bookmarks == 1 ? "" : "s");
    return 0;
}

int cli_cmd_regroup(cli *c, int argc, char **argv)
{
    char **pos = argv;
    int npos;
    int r = cli_parse("regroup", argc, argv, NULL, pos, &npos);
    if (r == 1)
        return 0;
    if (r)
        return r;
    if (npos)
        return cli_usage("regroup", "takes no arguments");
    if (cli_load_lexicon(c) < 0 || cli_open_store_rw(c) < 0)
        return 1;
    int merged = 0;
    if (store_regroup(c->st, &merged) < 0)
        return cli_error("regroup failed: %s", store_error(c->st));
    int64_t quotes = 0, statements = 0, shared = 0;
    if (store_statement_counts(c->st, &quotes, &statements, &shared) < 0)
        return cli_error("regroup: %s", store_error(c->st));
    printf("regrouped %lld quote%s into %lld statement%s, %lld reported by two or more articles;"
           " %d surname%s joined to a person\n", (long long)quotes, quotes == 1 ? "" : "s",
           (long long)statements, statements == 1 ? "" : "s", (long long)shared, merged,
           merged == 1 ? "" : "s");
    return 0;
}
