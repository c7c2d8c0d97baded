/* cli: the `newsroom` command line — global options, the command table and
 * each command.  The browser is handed in by main(), so the core never
 * depends on the front end. */
#ifndef NEWSROOM_CLI_H
#define NEWSROOM_CLI_H
#include "store.h"
#include "config.h"

/* note: what to show as the browser opens, or NULL: the summary of the
 * import that `newsroom PATH...` ran just before, on its first line; then
 * what that import reported, a line each, each starting with 'E' (an
 * error: a file refused) or 'W' (a warning), so that the browser's
 * :messages keeps what the terminal under its screen would hide. */
typedef int (*cli_browse_fn)(store *st, const char *db_path, const config *cfg, const char *note);

/* Runs the command line; returns the exit status. */
int cli_main(int argc, char **argv, cli_browse_fn browse);

#endif
