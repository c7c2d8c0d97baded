/* cli_import: `newsroom import`, `newsroom update` and `newsroom
 * reindex` — progress on a terminal, a summary always, and a clean stop on
 * Ctrl-C or kill. */
#include "cli_int.h"
#include "feedlist.h"
#include "import.h"
#include "ingest.h"
#include <stdlib.h>
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

/* What import and update take besides paths. */
typedef struct import_args {
    const char *source, *date, *timeout, *urls;
    int full, newsboat;
    char date_iso[11];
} import_args;

static int summary(cli *c, int rc, const import_report *rep, const char *what)
{
    /* kept for the browser's first screen too (`newsroom PATH...`) */
    snprintf(c->import_summary, sizeof c->import_summary, "imported %zu, already present %zu, refused %zu",
             rep->imported, rep->present, rep->refused);
    if (rep->warned) {
        size_t l = strlen(c->import_summary);
        snprintf(c->import_summary + l, sizeof c->import_summary - l, ", with warnings %zu", rep->warned);
    }
    printf("%s\n", c->import_summary);
    fflush(stdout);
    if (rc >= 0 && store_needs_regroup(c->st) == 1)
        fprintf(stderr, "newsroom: the statements in this store were grouped by an earlier version;"
                        " run 'newsroom regroup' to group them again\n");
    if (rc == 2) {
        fprintf(stderr, "newsroom: %s interrupted by %s; what is counted above is stored\n", what,
                stop_signal == SIGTERM ? "SIGTERM" : "SIGINT");
        return 128 + (int)(stop_signal ? stop_signal : SIGINT);
    }
    return rc;
}

static int args_check(const char *cmd, import_args *a, import_opts *o)
{
    if (a->date) {
        if (doc_date_normalize(a->date, a->date_iso) < 0)
            return cli_usage(cmd, "--date wants a date such as 2016-09-06, not \"%s\"", a->date);
        o->date = a->date_iso;
    }
    if (a->timeout) {
        int64_t t;
        if (cli_int_arg(cmd, "--timeout", a->timeout, &t))
            return 2;
        if (t < 1 || t > 86400)
            return cli_usage(cmd, "--timeout wants seconds from 1 to 86400");
        o->timeout = (long)t;
    }
    o->source = a->source;
    o->full = a->full;
    return 0;
}

/* The terminal's line as always, and kept for the browser that opens next
 * (cli_browse_fn's note). */
static void note_message(void *ctx, int is_error, const char *line)
{
    cli *c = ctx;
    fprintf(stderr, "%s%s\n", isatty(STDERR_FILENO) ? "\r\033[K" : "", line);
    buf_addc(&c->import_log, is_error ? 'E' : 'W');
    buf_adds(&c->import_log, line);
    buf_addc(&c->import_log, '\n');
}

static int import_with(cli *c, char **paths, int n, import_args *a)
{
    if (cli_load_lexicon(c) < 0 || cli_open_store_rw(c) < 0)
        return 1;
    import_opts o;
    memset(&o, 0, sizeof o);
    o.max_file_size = c->cfg.max_file_size;
    o.progress = isatty(STDERR_FILENO);
    o.stop = &stop_signal;
    if (c->keep_log) {
        o.message = note_message;
        o.ctx = c;
    }
    if (a) {
        int r = args_check("import", a, &o);
        if (r)
            return r;
    }
    struct sigaction oi, ot;
    catch_signals(&oi, &ot);
    import_report rep;
    int rc;
    if (a && a->newsboat) {
        memset(&rep, 0, sizeof rep);
        ingest *in = ingest_new(c->st, c->lx, &o, &rep);
        if (n == 0)
            ingest_newsboat(in, NULL);
        for (int i = 0; i < n && !ingest_stopped(in); i++)
            ingest_newsboat(in, paths[i]);
        rc = ingest_end(in);
        if (rc == 0 && rep.refused)
            rc = 1;
    } else {
        rc = import_paths(c->st, c->lx, (const char *const *)paths, (size_t)n, &o, &rep);
    }
    restore_signals(&oi, &ot);
    if (rc < 0) {
        summary(c, 0, &rep, "import");
        fprintf(stderr, "newsroom: import stopped: %s\n", store_error(c->st));
        return 1;
    }
    return summary(c, rc, &rep, "import");
}

int cli_import_paths(cli *c, char **paths, int n)
{
    c->keep_log = 1;
    return import_with(c, paths, n, NULL);
}

int cli_cmd_import(cli *c, int argc, char **argv)
{
    char **pos = argv;
    int npos;
    import_args a;
    memset(&a, 0, sizeof a);
    const cli_opt opts[] = {
        {"--source", &a.source, NULL}, {"--date", &a.date, NULL}, {"--timeout", &a.timeout, NULL},
        {"--full", NULL, &a.full}, {"--newsboat", NULL, &a.newsboat}, {NULL, NULL, NULL}};
    int r = cli_parse("import", argc, argv, opts, pos, &npos);
    if (r == 1)
        return 0;
    if (r)
        return r;
    if (npos == 0 && !a.newsboat)
        return cli_usage("import", "give at least one PATH (a file, a directory, a URL or -)");
    if (a.newsboat && npos > 1)
        return cli_usage("import", "--newsboat takes at most one cache file");
    return import_with(c, pos, npos, &a);
}

int cli_cmd_update(cli *c, int argc, char **argv)
{
    char **pos = argv;
    int npos;
    import_args a;
    memset(&a, 0, sizeof a);
    const cli_opt opts[] = {
        {"--urls", &a.urls, NULL}, {"--timeout", &a.timeout, NULL}, {"--full", NULL, &a.full},
        {NULL, NULL, NULL}};
    int r = cli_parse("update", argc, argv, opts, pos, &npos);
    if (r == 1)
        return 0;
    if (r)
        return r;
    if (npos)
        return cli_usage("update", "takes no arguments (the feeds are listed in the urls file)");
    import_opts o;
    memset(&o, 0, sizeof o);
    o.max_file_size = c->cfg.max_file_size;
    o.stop = &stop_signal;
    if ((r = args_check("update", &a, &o)))
        return r;
    char *path = a.urls ? xstrdup(a.urls) : feedlist_default_path();
    feedlist fl;
    char err[256];
    if (feedlist_read(path, &fl, err, sizeof err) < 0) {
        cli_error("%s: %s (list one feed URL a line there, or give --urls FILE)", path, err);
        free(path);
        return 1;
    }
    free(path);
    if (cli_load_lexicon(c) < 0 || cli_open_store_rw(c) < 0) {
        feedlist_free(&fl);
        return 1;
    }
    struct sigaction oi, ot;
    catch_signals(&oi, &ot);
    import_report rep;
    memset(&rep, 0, sizeof rep);
    int rc = feedlist_update(c->st, c->lx, &o, &fl, stderr, &rep);
    restore_signals(&oi, &ot);
    feedlist_free(&fl);
    if (rc < 0) {
        summary(c, 0, &rep, "update");
        fprintf(stderr, "newsroom: update stopped: %s\n", store_error(c->st));
        return 1;
    }
    return summary(c, rc, &rep, "update");
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
