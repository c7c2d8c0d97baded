/* ui: the ncurses browser.  Reaches the core only through src/ headers. */
#ifndef NEWSROOM_UI_H
#define NEWSROOM_UI_H
#include "store.h"
#include "config.h"

/* Runs the browser on an open store until the user quits.  db_path is shown
 * in the status line, note (or NULL) as the first message.  Returns the
 * process exit status. */
int ui_run(store *st, const char *db_path, const config *cfg, const char *note);

#endif
