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
    snprintf(c->import_summary, sizeof c->import_summary, "imported %zu, already present %zu, refused %zu%s",
             rep.imported, rep.present, rep.refused, rep.warned ? ", with warnings " : "");
    if (rep.warned) {
        size_t l = strlen(c->import_summary);
        snprintf(c->import_summary + l, sizeof c->import_summary - l, "%zu", rep.warned);
    }
    printf("%s\n", c->import_summary);
    fflush(stdout);
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
        printf("reindexed %lld articles: %lld people, %lld places, %lld organisations, %lld quotes, "
               "%lld bookmarks\n", (long long)s.articles, (long long)s.people, (long long)s.places,
               (long long)s.orgs, (long long)s.quotes, (long long)s.bookmarks);
    return 0;
}
