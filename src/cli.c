/* cli: global options, the command table (one place for names, usage and
 * help), option parsing and dispatch. */
#include "cli_int.h"
#include "buf.h"
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define LIST_OPTS \
    "  --json          print one JSON array (each row with its id)\n" \
    "  --limit N       at most N rows\n"

const cli_command cli_commands[] = {
    {"import", "[--source S] [--date DATE] [--full] PATH|URL... | --newsboat [CACHE]",
     "import article files, web pages, feeds, JSON Lines, directories (recursively), URLs, "
     "- (standard input) or newsboat's cache",
     "  PATH            a text, Markdown, HTML, RSS/Atom (.rss .atom .xml) or JSON Lines\n"
     "                  (.jsonl) file, a directory, - (standard input), or an http(s) URL\n"
     "  --source S      the outlet of articles that name none\n"
     "  --date DATE     the date of articles that carry none (nor one in their path)\n"
     "  --full          feed items: fetch each item's page and store its text\n"
     "  --timeout S     seconds a download may take (default 30)\n"
     "  --newsboat      read newsboat's cache (default ~/.local/share/newsboat/cache.db):\n"
     "                  every item with its feed, date, link and read state; again: only new\n",
     cli_cmd_import},
    {"reindex", "", "re-run extraction over every stored article (bookmarks are kept)",
     NULL, cli_cmd_reindex},
    {"extract", "[--json] FILE...", "print what extraction finds in files, without a database",
     "  --json          one JSON object per file, one per line; offsets are bytes into the file\n",
     cli_cmd_extract},
    {"articles", "[--source S] [--since DATE] [--sort date|source|title]", "list stored articles, newest first",
     "  --source S      only articles from this outlet: its name, case ignored, or the\n"
     "                  start of one outlet's name (\"nbc\" for NBC News)\n"
     "  --since DATE    only articles dated DATE (YYYY-MM-DD) or later\n"
     "  --sort KEY      date (newest first), source or title\n" LIST_OPTS,
     cli_cmd_articles},
    {"show", "ARTICLE", "print an article with its people, places, organisations and quotes",
     "  --json          print it as one JSON object\n", cli_cmd_show},
    {"actors", "[--kind person|place|org] [NAME]", "list people, places and organisations by mentions",
     "  --kind KIND     person, place or org\n"
     "  NAME            only actors that NAME stands for (aliases, accents, spelling variants)\n" LIST_OPTS,
     cli_cmd_actors},
    {"quotes", "[--speaker NAME] [--article ID | --statement ID]", "list quotes, newest article first",
     "  --speaker NAME  statements by NAME: aliases, accents and case folded, spelling\n"
     "                  variants matched (\"zelensky\" finds Volodymyr Zelenskyy)\n"
     "  --article ID    the quotes of one article, in text order\n"
     "  --statement ID  every report of one statement (an id from --json's \"statement\")\n" LIST_OPTS,
     cli_cmd_quotes},
    {"search", "QUERY...", "full-text search over articles and quotes, best first",
     "  QUERY           words (all must match), \"a phrase\", or a prefix*\n" LIST_OPTS,
     cli_cmd_search},
    {"bookmark", "add QUOTE [--note TEXT] [--tag T] | rm ID | note ID TEXT", "bookmark a quote, remove or annotate a bookmark",
     "  add QUOTE       bookmark quote QUOTE (an id from `quotes`)\n"
     "  --note TEXT     a note kept with the bookmark (never replacing one: use note ID TEXT)\n"
     "  --tag T         a tag\n"
     "  rm ID           remove bookmark ID\n"
     "  note ID TEXT    replace the note of bookmark ID\n",
     cli_cmd_bookmark},
    {"bookmarks", "[--format text|json|csv|markdown] [--output FILE [--force]]",
     "list or export bookmarked quotes with their citation",
     "  --format F      text (default), json, csv or markdown (quote, speaker, outlet, date, title,\n"
     "                  URL; a paraphrase never in quote marks); CSV fields starting with\n"
     "                  = + - @ (formulas) get a ' in front\n"
     "  --json          the same as --format json\n"
     "  --limit N       at most N bookmarks, newest first\n"
     "  --output FILE   write to FILE (format from its .md .csv .json, else --format), whole\n"
     "                  or not at all, mode 0600 (file_mode); never the database or its -wal/-shm\n"
     "  --force         replace FILE when it exists\n",
     cli_cmd_bookmarks},
    {"update", "[--urls FILE] [--full] [--timeout S]", "fetch every feed of the feed list and import its new items",
     "  --urls FILE     the feed list (default $XDG_CONFIG_HOME/newsroom/urls): one URL a\n"
     "                  line, then tags; \"~Name\" names the outlet; # starts a comment\n"
     "  --full          fetch each new item's page and store its text\n"
     "  --timeout S     seconds a download may take (default 30)\n",
     cli_cmd_update},
    {"regroup", "", "group quotes into statements afresh and join lone surnames to their person",
     NULL, cli_cmd_regroup},
};
const size_t cli_n_commands = sizeof cli_commands / sizeof cli_commands[0];

static const char global_opts[] =
    "  --db PATH       the database (default: $XDG_DATA_HOME/newsroom/newsroom.db)\n"
    "  --config FILE   the configuration (default: $XDG_CONFIG_HOME/newsroom/config.yaml)\n"
    "  --version       print the version\n"
    "  --help          print this help; COMMAND --help for a command's\n";

const cli_command *cli_command_find(const char *name)
{
    for (size_t i = 0; i < cli_n_commands; i++)
        if (!strcmp(cli_commands[i].name, name))
            return &cli_commands[i];
    return NULL;
}

void cli_command_help(const cli_command *cmd, FILE *out)
{
    fprintf(out, "usage: newsroom [--db PATH] [--config FILE] %s%s%s\n\n%s.\n",
            cmd->name, *cmd->args ? " " : "", cmd->args, cmd->summary);
    fprintf(out, "\n%s  --help          print this help\n", cmd->options ? cmd->options : "");
}

static void main_help(FILE *out)
{
    fputs("usage: newsroom [--db PATH] [--config FILE] [COMMAND [ARG...]]\n"
          "       newsroom [--db PATH] [--config FILE] PATH...\n\n"
          "A terminal newsroom browser: people, places and quotes across the articles you import.\n"
          "With no command it opens the browser; with PATHs it imports them first.\n\n"
          "Options:\n", out);
    fputs(global_opts, out);
    fputs("\nCommands:\n", out);
    for (size_t i = 0; i < cli_n_commands; i++)
        fprintf(out, "  %-10s %s\n", cli_commands[i].name, cli_commands[i].summary);
    fputs("\nSee newsroom(1) and newsroom.yaml(5).\n", out);
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "newsroom%s%s: ", cmd ? " " : "", cmd ? cmd : "");
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, " (see 'newsroom %s%s--help')\n", cmd ? cmd : "", cmd ? " " : "");
    return 2;
}

int cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("newsroom: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return 1;
}

int cli_parse(const char *cmd, int argc, char **argv, const cli_opt *opts, char **pos, int *npos)
{
    *npos = 0;
    int only_pos = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (only_pos || a[0] != '-' || !strcmp(a, "-")) {
            pos[(*npos)++] = argv[i];
            continue;
        }
        if (!strcmp(a, "--")) {
            only_pos = 1;
            continue;
        }
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            cli_command_help(cli_command_find(cmd), stdout);
            return 1;
        }
        const char *eq = strchr(a, '=');
        size_t nl = eq ? (size_t)(eq - a) : strlen(a);
        const cli_opt *o = NULL;
        for (const cli_opt *p = opts; p && p->name; p++)
            if (strlen(p->name) == nl && !strncmp(p->name, a, nl))
                o = p;
        if (!o)
            return cli_usage(cmd, "unknown option %.*s", (int)nl, a);
        if (!o->val) {
            if (eq)
                return cli_usage(cmd, "%s takes no value", o->name);
            *o->flag = 1;
            continue;
        }
        if (eq) {
            *o->val = eq + 1;
        } else if (i + 1 < argc) {
            *o->val = argv[++i];
        } else {
            return cli_usage(cmd, "%s needs a value", o->name);
        }
    }
    return 0;
}

int cli_int_arg(const char *cmd, const char *opt, const char *s, int64_t *out)
{
    *out = -1;
    if (!s)
        return 0;
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    if (end == s || *end || v < 0 || (errno == ERANGE && v == LLONG_MAX))
        return cli_usage(cmd, "%s wants a number from 0 to %lld, not \"%.40s\"", opt, LLONG_MAX, s);
    *out = v;
    return 0;
}

int cli_id_arg(const char *cmd, const char *opt, const char *s, int64_t *out)
{
    if (cli_int_arg(cmd, opt, s, out))
        return 2;
    if (s && *out == 0)
        return cli_usage(cmd, "%s wants an id (1 or more), not 0", opt);
    return 0;
}

/* ---- opening ------------------------------------------------------------ */

static void diag_print(void *ctx, const char *file, size_t line, size_t col, const char *msg)
{
    (void)ctx;
    if (line)
        fprintf(stderr, "%s:%zu:%zu: %s\n", file, line, col, msg);
    else
        fprintf(stderr, "%s: %s\n", file, msg);
}

/* Reading commands fall back to a read-only store when it may not be
 * written (a read-only file or directory); writing ones refuse with the
 * reason. */
static int open_store(cli *c, int write)
{
    if (c->st) {
        if (write && c->ro) {
            cli_error("%s: the database is read-only", c->db_path);
            return -1;
        }
        return 0;
    }
    char err[1024], err_ro[1024];
    c->st = store_open_perm(c->db_path, STORE_RW, c->cfg.file_mode, err, sizeof err);
    int tried_ro = 0;
    if (!c->st && !write && access(c->db_path, F_OK) == 0) {
        c->st = store_open(c->db_path, STORE_RO, err_ro, sizeof err_ro);
        c->ro = c->st != NULL;
        tried_ro = 1;
    }
    if (!c->st) {
        /* the read-only try says why reading failed too (say, a schema
         * that needs an upgrade it cannot write) */
        cli_error("%s", tried_ro ? err_ro : err);
        return -1;
    }
    if (c->lx)
        store_set_lexicon(c->st, c->lx);
    store_set_search_timeout(c->st, c->cfg.search_timeout * 1000);
    return 0;
}

int cli_open_store(cli *c)
{
    return open_store(c, 0);
}

int cli_open_store_rw(cli *c)
{
    return open_store(c, 1);
}

int cli_load_lexicon(cli *c)
{
    if (c->lx)
        return 0;
    const char *dirs[2] = {lexicon_default_dir(), c->cfg.dir};
    c->lx = lexicon_load(dirs, c->cfg.dir ? 2 : 1, c->cfg.aliases, diag_print, NULL);
    if (c->st)
        store_set_lexicon(c->st, c->lx);
    return 0;
}

static int is_command_like(const char *s)
{
    /* a word that is not a path: a mistyped command, not something to import */
    struct stat sb;
    if (stat(s, &sb) == 0)
        return 0;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || *p == '-'))
            return 0;
    return 1;
}

int cli_main(int argc, char **argv, cli_browse_fn browse)
{
    cli c;
    memset(&c, 0, sizeof c);
    c.browse = browse;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--version") || !strcmp(a, "-V")) {
            printf("newsroom %s\n", NEWSROOM_VERSION);
            return 0;
        }
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            main_help(stdout);
            return 0;
        }
        if (!strcmp(a, "--db") || !strcmp(a, "--config")) {
            if (i + 1 >= argc)
                return cli_usage(NULL, "%s needs a value", a);
            if (a[2] == 'd')
                c.db_opt = argv[++i];
            else
                c.config_opt = argv[++i];
            continue;
        }
        if (!strncmp(a, "--db=", 5)) {
            c.db_opt = a + 5;
            continue;
        }
        if (!strncmp(a, "--config=", 9)) {
            c.config_opt = a + 9;
            continue;
        }
        if (!strcmp(a, "--"))
            i++;
        else if (a[0] == '-' && a[1])
            return cli_usage(NULL, "unknown option %s", a);
        break;
    }
    if (config_load(c.config_opt, &c.cfg, diag_print, NULL) < 0) {
        config_free(&c.cfg);
        return cli_error("cannot read the configuration %s", c.config_opt);
    }
    c.db_path = c.db_opt ? xstrdup(c.db_opt) : c.cfg.database ? xstrdup(c.cfg.database) : store_default_path();
    if (!c.db_path) {
        config_free(&c.cfg);
        return cli_error("no home directory (HOME is not set and the user has no passwd entry); "
                         "give --db PATH or set XDG_DATA_HOME");
    }

    int rc;
    const cli_command *cmd = i < argc ? cli_command_find(argv[i]) : NULL;
    if (cmd) {
        rc = cmd->run(&c, argc - i - 1, argv + i + 1);
    } else if (i < argc && is_command_like(argv[i]) && argc - i == 1) {
        rc = cli_usage(NULL, "unknown command \"%s\"", argv[i]);
    } else {
        /* newsroom [PATH...]: import, then browse */
        rc = 0;
        if (i < argc)
            rc = cli_import_paths(&c, argv + i, argc - i);
        if (rc == 0 || rc == 1) {
            if (cli_open_store(&c) < 0) {
                rc = 1;
            } else if (c.browse) {
                /* the summary would scroll away under the browser's screen:
                 * the browser shows it as it opens */
                buf note = BUF_INIT;
                if (c.import_summary[0]) {
                    buf_adds(&note, c.import_summary);
                    buf_addc(&note, '\n');
                    buf_add(&note, c.import_log.data ? c.import_log.data : "", c.import_log.len);
                }
                int brc = c.browse(c.st, c.db_path, &c.cfg, note.len ? buf_str(&note) : NULL);
                buf_free(&note);
                rc = brc ? brc : rc;
            }
        }
    }
    store_close(c.st);
    if (c.lx)
        lexicon_free(c.lx);
    free(c.db_path);
    buf_free(&c.import_log);
    config_free(&c.cfg);
    return rc;
}
