/* ui_colors: the highlights (people, places, organisations, quotes,
 * speakers, selection, status...) — one table with default colours,
 * attributes and the monochrome fallback, overridden by the config's
 * `colors:` section.  NO_COLOR, `color: false` and terminals without
 * colour use the monochrome attributes (bold, underline, reverse). */
#ifndef NEWSROOM_UI_COLORS_H
#define NEWSROOM_UI_COLORS_H
#include <stddef.h>
#include <stdio.h>
#include <curses.h>
#include "config.h"

typedef enum {
    HL_NORMAL = 0, HL_PERSON, HL_PLACE, HL_ORG, HL_QUOTE, HL_INDIRECT, HL_SPEAKER, HL_SELECTION,
    HL_STATUS, HL_TITLE, HL_UNREAD, HL_MATCH, HL_DIFF, HL_TABS, HL_META, HL_ERROR, HL_BORDER,
    HL_N
} ui_hl;

typedef struct ui_color_def {
    ui_hl hl;
    const char *name;      /* as written in the config */
    const char *def;       /* default "fg bg [attr...]" */
    const char *mono;      /* attributes without colour */
    const char *help;
} ui_color_def;

extern const ui_color_def ui_color_table[];
extern const size_t ui_color_table_n;

typedef void (*colors_diag_fn)(void *ctx, const char *file, size_t line, size_t col, const char *msg);
/* Reads the defaults, then cfg->colors (bad entries go to diag). */
void colors_configure(const config *cfg, colors_diag_fn diag, void *ctx);
/* After initscr: colour when the terminal has it, NO_COLOR is unset and
 * the config allows it; else the monochrome attributes. */
void colors_start(const config *cfg);
int colors_enabled(void);
attr_t hl_attr(int hl);
short hl_pair(int hl);
void ui_colors_dump(FILE *f);

#endif
