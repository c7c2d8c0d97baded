/* cli: the `newsroom` command line — global options, the command table and
 * each command.  The browser is handed in by main(), so the core never
 * depends on the front end. */
#ifndef NEWSROOM_CLI_H
#define NEWSROOM_CLI_H
#include "store.h"
#include "config.h"

typedef int (*cli_browse_fn)(store *st, const char *db_path, const config *cfg);

/* Runs the command line; returns the exit status. */
int cli_main(int argc, char **argv, cli_browse_fn browse);

#endif
