/* cli_int: what the cli*.c files share — the run context, the command
 * table, option parsing and output (pager, aligned columns). */
#ifndef NEWSROOM_CLI_INT_H
#define NEWSROOM_CLI_INT_H
#include <stdint.h>
#include <stdio.h>
#include "cli.h"
#include "buf.h"
#include "lexicon.h"

typedef struct cli {
    const char *db_opt, *config_opt;
    config cfg;
    char *db_path;
    store *st;
    int ro;                 /* st was opened read-only */
    lexicon *lx;
    cli_browse_fn browse;
    char import_summary[160]; /* the last import's summary line, or "" */
    int keep_log;           /* keep the import's messages in import_log */
    buf import_log;         /* what `newsroom PATH...`'s import reported ('E'/'W' + line, '\n' each) */
} cli;

typedef struct cli_command {
    const char *name;
    const char *args;       /* what follows the name in the usage line */
    const char *summary;    /* one line */
    const char *options;    /* "  --opt ARG  what it does\n" lines, or NULL */
    int (*run)(cli *c, int argc, char **argv);
} cli_command;

extern const cli_command cli_commands[];
extern const size_t cli_n_commands;
const cli_command *cli_command_find(const char *name);
void cli_command_help(const cli_command *cmd, FILE *out);

/* Opening what a command needs; each prints its own error line.  A store
 * that may not be written is opened read-only for reading, and refused for
 * writing. */
int cli_open_store(cli *c);
int cli_open_store_rw(cli *c);
int cli_load_lexicon(cli *c);

/* Options of one command.  A flag option sets *flag = 1; one with an
 * argument stores it in *val.  --help prints the command's help. */
typedef struct cli_opt {
    const char *name;       /* "--json" */
    const char **val;       /* NULL for a flag */
    int *flag;
} cli_opt;
/* Returns 0 and the positional arguments in pos (pointers into argv), 1
 * when --help was printed, 2 on a usage error (printed). */
int cli_parse(const char *cmd, int argc, char **argv, const cli_opt *opts, char **pos, int *npos);
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* --limit N (N >= 0); -1 when s is NULL. */
int cli_int_arg(const char *cmd, const char *opt, const char *s, int64_t *out);
/* The same for an id: 0 is refused too (ids start at 1). */
int cli_id_arg(const char *cmd, const char *opt, const char *s, int64_t *out);

/* Output: stdout, through $PAGER when it is a terminal and page is set. */
FILE *cli_out_open(int page);
int cli_out_close(FILE *f);
/* Display width of a UTF-8 string (wcwidth). */
size_t cli_width(const char *s);
int cli_term_width(void);

typedef struct cli_table cli_table;
cli_table *cli_table_new(size_t ncols, const char *const *header);
void cli_table_row(cli_table *t, const char *const *cells);
/* Prints aligned; the last column is cut to the terminal's width. */
void cli_table_print(cli_table *t, FILE *out);
void cli_table_free(cli_table *t);

/* Commands */
int cli_cmd_import(cli *c, int argc, char **argv);
int cli_cmd_update(cli *c, int argc, char **argv);
int cli_cmd_reindex(cli *c, int argc, char **argv);
int cli_cmd_regroup(cli *c, int argc, char **argv);
int cli_cmd_extract(cli *c, int argc, char **argv);
int cli_cmd_articles(cli *c, int argc, char **argv);
int cli_cmd_show(cli *c, int argc, char **argv);
int cli_cmd_actors(cli *c, int argc, char **argv);
int cli_cmd_quotes(cli *c, int argc, char **argv);
int cli_cmd_search(cli *c, int argc, char **argv);
int cli_cmd_bookmark(cli *c, int argc, char **argv);
int cli_cmd_bookmarks(cli *c, int argc, char **argv);
/* Imports paths with a progress bar and a summary; the exit status. */
int cli_import_paths(cli *c, char **paths, int n);

#endif
