/* config: the user's configuration ($XDG_CONFIG_HOME/newsroom/config.yaml or
 * --config FILE), read with libyaml.  The options are a table (name, type,
 * default, help) in config.c, so --help, the man page and config/newsroom.yaml
 * stay in step.  Key bindings and colours are kept as raw entries with their
 * file position; the browser validates them against its own tables. */
#ifndef NEWSROOM_CONFIG_H
#define NEWSROOM_CONFIG_H
#include <stddef.h>

typedef enum { CONFIG_STRING, CONFIG_INT, CONFIG_BOOL, CONFIG_SIZE } config_type;

typedef struct config_option {
    const char *name;         /* "database", "max_file_size", ... */
    config_type type;
    const char *def;          /* default, as it would be written in YAML */
    const char *help;
} config_option;

extern const config_option config_options[];
extern const size_t config_n_options;

typedef struct config_entry {
    char *name, *value;
    size_t line, col;         /* of the value in the file; 0 when defaulted */
} config_entry;

typedef struct config {
    char *file;               /* the file read, or NULL */
    char *dir;                /* the user's config directory (lexicon extensions) */
    /* options */
    char *database;           /* NULL: store_default_path() */
    size_t max_file_size;
    char *aliases;            /* alias file path, NULL for none */
    int mouse;
    char *date_format;        /* strftime format for dates in the browser */
    int list_width;           /* article list pane width, percent */
    int side_width;           /* people/places/quotes pane width, percent */
    int color;                /* 0: monochrome highlights */
    int file_mode;            /* of stores and exports made (0600) */
    int search_timeout;       /* seconds a full-text search may run */
    /* sections for the browser */
    config_entry *keys;       /* action -> key names ("j", "Down", "C-d") */
    size_t n_keys;
    config_entry *colors;     /* highlight -> "fg bg [attr...]" */
    size_t n_colors;
} config;

typedef void (*config_diag_fn)(void *ctx, const char *file, size_t line, size_t col,
                               const char *msg);

/* Fills cfg with defaults, then reads path (NULL: the default location,
 * silently absent when missing).  Every problem (YAML error, unknown key,
 * wrong type) goes to diag as file:line:column and the option keeps its
 * default.  Returns 0, or -1 when an explicitly named file cannot be read
 * (still filled with defaults). */
int config_load(const char *path, config *cfg, config_diag_fn diag, void *ctx);
void config_free(config *cfg);

/* $XDG_CONFIG_HOME/newsroom (~/.config/newsroom); malloc'd; NULL when
 * there is no home ($HOME unset and no passwd entry). */
char *config_default_dir(void);

#endif
