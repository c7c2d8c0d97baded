/* config: the options table and the YAML reader.  Each problem is reported
 * with its position and the option keeps its default, so a typo never
 * stops the program. */
#include "config.h"
#include "buf.h"
#include "doc.h"
#include "utf8.h"
#include "safefile.h"
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <yaml.h>

#define CONFIG_MAX_EVENTS 20000
#define CONFIG_MAX_BYTES (4u * 1024 * 1024)

const config_option config_options[] = {
    {"database", CONFIG_STRING, "",
     "database file (default: $XDG_DATA_HOME/newsroom/newsroom.db); ~ is the home directory"},
    {"max_file_size", CONFIG_SIZE, "8MiB",
     "largest article file import accepts (bytes, or with K, M, G, KiB, MiB, GiB)"},
    {"aliases", CONFIG_STRING, "",
     "alias file: canonical name -> other names (YAML); relative to the config directory"},
    {"mouse", CONFIG_BOOL, "false", "mouse in the browser: click selects, wheel scrolls"},
    {"date_format", CONFIG_STRING, "%Y-%m-%d", "how the browser shows dates (strftime format)"},
    {"list_width", CONFIG_INT, "30", "width of the article list pane, percent of the screen (10-80)"},
    {"side_width", CONFIG_INT, "28", "width of the people/places/quotes pane, percent (10-60)"},
    {"color", CONFIG_BOOL, "true", "colour highlights; false uses bold, underline and reverse"},
    {"search_timeout", CONFIG_INT, "10",
     "seconds a full-text search may run before it stops with a message (1-3600)"},
    {"file_mode", CONFIG_STRING, "0600",
     "permissions (octal) of the stores and exports newsroom creates, and of their -wal and -shm"},
};
const size_t config_n_options = sizeof config_options / sizeof config_options[0];

/* each with the refusal that states its range */
#define INT_RANGE(name, lo, hi) {name, lo, hi, "out of range (" #lo " to " #hi ")"}
static const struct { const char *name; int lo, hi; const char *why; } int_ranges[] = {
    INT_RANGE("list_width", 10, 80),
    INT_RANGE("side_width", 10, 60),
    INT_RANGE("search_timeout", 1, 3600),
};

char *config_default_dir(void)
{
    buf b = BUF_INIT;
    const char *x = getenv("XDG_CONFIG_HOME");
    if (x && *x == '/') {
        buf_adds(&b, x);
    } else {
        char *h = safefile_home();
        if (!h) {
            buf_free(&b);
            return NULL; /* no home: no default config */
        }
        buf_adds(&b, h);
        buf_adds(&b, "/.config");
        free(h);
    }
    buf_adds(&b, "/newsroom");
    return buf_steal(&b);
}

/* ~/x -> $HOME/x; relative paths (for files named in the config) are
 * taken from base's directory. */
static char *expand_path(const char *v, const char *base)
{
    buf b = BUF_INIT;
    if (v[0] == '~' && (v[1] == '/' || !v[1])) {
        char *h = safefile_home();
        buf_adds(&b, h ? h : "");
        buf_adds(&b, v + 1);
        free(h);
    } else if (v[0] != '/' && base) {
        const char *slash = strrchr(base, '/');
        if (slash) {
            buf_add(&b, base, (size_t)(slash - base) + 1);
        }
        buf_adds(&b, v);
    } else {
        buf_adds(&b, v);
    }
    return buf_steal(&b);
}

static int parse_bool(const char *v, int *out)
{
    static const char *const yes[] = {"true", "yes", "on", "1"};
    static const char *const no[] = {"false", "no", "off", "0"};
    for (size_t i = 0; i < 4; i++) {
        if (!strcasecmp(v, yes[i])) {
            *out = 1;
            return 0;
        }
        if (!strcasecmp(v, no[i])) {
            *out = 0;
            return 0;
        }
    }
    return -1;
}

static int parse_int(const char *v, long *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end)
        return -1;
    *out = n;
    return 0;
}

static int parse_size(const char *v, size_t *out)
{
    char *end;
    errno = 0;
    if (!isdigit((unsigned char)*v))
        return -1;
    unsigned long long n = strtoull(v, &end, 10);
    if (errno)
        return -1;
    while (*end == ' ')
        end++;
    unsigned long long mul = 1;
    if (!*end || !strcasecmp(end, "b"))
        mul = 1;
    else if (!strcasecmp(end, "k") || !strcasecmp(end, "kb") || !strcasecmp(end, "kib"))
        mul = 1024ULL;
    else if (!strcasecmp(end, "m") || !strcasecmp(end, "mb") || !strcasecmp(end, "mib"))
        mul = 1024ULL * 1024;
    else if (!strcasecmp(end, "g") || !strcasecmp(end, "gb") || !strcasecmp(end, "gib"))
        mul = 1024ULL * 1024 * 1024;
    else
        return -1;
    if (n == 0 || n > SIZE_MAX / mul)
        return -1;
    *out = (size_t)(n * mul);
    return 0;
}

/* Sets one option from its text; returns NULL or what is wrong. */
static const char *set_option(config *cfg, const config_option *o, const char *v, const char *file)
{
    long n;
    int bv;
    size_t sz;
    switch (o->type) {
    case CONFIG_STRING:
        if (!strcmp(o->name, "database")) {
            free(cfg->database);
            cfg->database = *v ? expand_path(v, NULL) : NULL;
        } else if (!strcmp(o->name, "aliases")) {
            free(cfg->aliases);
            cfg->aliases = *v ? expand_path(v, file) : NULL;
        } else if (!strcmp(o->name, "file_mode")) {
            char *end;
            errno = 0;
            long m = strtol(v, &end, 8);
            /* the owner must keep reading and writing their own store */
            if (errno || end == v || *end || m < 0 || m > 0777 || (m & 0600) != 0600)
                return "expected octal permissions with owner read and write, such as 0600 or 0640";
            cfg->file_mode = (int)m;
        } else if (!strcmp(o->name, "date_format")) {
            if (!*v)
                return "expected a strftime format such as \"%Y-%m-%d\"";
            free(cfg->date_format);
            cfg->date_format = xstrdup(v);
        }
        return NULL;
    case CONFIG_INT:
        if (parse_int(v, &n) < 0)
            return "expected a whole number";
        for (size_t i = 0; i < sizeof int_ranges / sizeof int_ranges[0]; i++)
            if (!strcmp(int_ranges[i].name, o->name) && (n < int_ranges[i].lo || n > int_ranges[i].hi))
                return int_ranges[i].why;
        if (!strcmp(o->name, "list_width"))
            cfg->list_width = (int)n;
        else if (!strcmp(o->name, "side_width"))
            cfg->side_width = (int)n;
        else if (!strcmp(o->name, "search_timeout"))
            cfg->search_timeout = (int)n;
        return NULL;
    case CONFIG_BOOL:
        if (parse_bool(v, &bv) < 0)
            return "expected true or false";
        if (!strcmp(o->name, "mouse"))
            cfg->mouse = bv;
        else if (!strcmp(o->name, "color"))
            cfg->color = bv;
        return NULL;
    case CONFIG_SIZE:
        if (parse_size(v, &sz) < 0)
            return "expected a size such as 8MiB or 500K";
        if (!strcmp(o->name, "max_file_size"))
            cfg->max_file_size = sz;
        return NULL;
    }
    return NULL;
}

static void defaults(config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->file_mode = SAFEFILE_MODE_DEFAULT;
    for (size_t i = 0; i < config_n_options; i++)
        set_option(cfg, &config_options[i], config_options[i].def, NULL);
    cfg->dir = config_default_dir();
}

/* ---- reading ------------------------------------------------------------ */

typedef struct reader {
    config *cfg;
    const char *file;
    config_diag_fn diag;
    void *ctx;
    yaml_parser_t p;
    size_t n_events;
    int failed;              /* a YAML syntax error ends the reading */
    const char *text;        /* the file's bytes */
    size_t len;
} reader;

static void report(reader *r, yaml_mark_t mk, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void report(reader *r, yaml_mark_t mk, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* one line: a name or value quoted from the file may hold control characters */
    for (char *p = msg; *p; p++)
        if ((unsigned char)*p < 0x20 || *p == 0x7f)
            *p = ' ';
    if (r->diag)
        r->diag(r->ctx, r->file, mk.line + 1, mk.column + 1, msg);
}

static int next(reader *r, yaml_event_t *ev)
{
    if (r->failed)
        return -1;
    if (!yaml_parser_parse(&r->p, ev)) {
        yaml_mark_t mk = r->p.problem_mark;
        if (r->p.error == YAML_READER_ERROR && r->text) {
            /* libyaml's reader gives a byte offset, not a mark */
            size_t line, col;
            size_t off = r->p.problem_offset < r->len ? r->p.problem_offset : r->len;
            utf8_line_col(r->text, r->len, off, &line, &col);
            mk.line = line - 1;
            mk.column = col - 1;
        }
        report(r, mk, "%s%s%s", r->p.problem ? r->p.problem : "YAML error",
               r->p.context ? " " : "", r->p.context ? r->p.context : "");
        r->failed = 1;
        return -1;
    }
    if (++r->n_events > CONFIG_MAX_EVENTS) {
        report(r, ev->start_mark, "too many YAML nodes; the rest is ignored");
        yaml_event_delete(ev);
        r->failed = 1;
        return -1;
    }
    return 0;
}

/* Skips the rest of a value that began with ev. */
static int skip_value(reader *r, const yaml_event_t *ev)
{
    if (ev->type != YAML_SEQUENCE_START_EVENT && ev->type != YAML_MAPPING_START_EVENT)
        return 0;
    int depth = 1;
    while (depth) {
        yaml_event_t e;
        if (next(r, &e) < 0)
            return -1;
        if (e.type == YAML_SEQUENCE_START_EVENT || e.type == YAML_MAPPING_START_EVENT)
            depth++;
        else if (e.type == YAML_SEQUENCE_END_EVENT || e.type == YAML_MAPPING_END_EVENT)
            depth--;
        yaml_event_delete(&e);
    }
    return 0;
}

static void entry_add(reader *r, const char *section, config_entry **list, size_t *n, const char *name,
                      const char *value, yaml_mark_t mk)
{
    /* a name given twice: the later one wins, and the user hears of it */
    for (size_t i = 0; i < *n; i++) {
        if (!strcmp((*list)[i].name, name)) {
            report(r, mk, "%s.%s is given twice (also on line %zu); this one is used", section, name,
                   (*list)[i].line);
            free((*list)[i].value);
            (*list)[i].value = xstrdup(value);
            (*list)[i].line = mk.line + 1;
            (*list)[i].col = mk.column + 1;
            return;
        }
    }
    *list = xrealloc(*list, (*n + 1) * sizeof **list);
    (*list)[*n] = (config_entry){xstrdup(name), xstrdup(value), mk.line + 1, mk.column + 1};
    (*n)++;
}

/* keys: / colors: — name -> scalar, or a list of scalars joined by spaces. */
static int read_section(reader *r, const char *section, config_entry **list, size_t *n)
{
    yaml_event_t ev;
    if (next(r, &ev) < 0)
        return -1;
    if (ev.type == YAML_SCALAR_EVENT && ev.data.scalar.length == 0) {
        yaml_event_delete(&ev);
        return 0; /* "keys:" with nothing under it */
    }
    if (ev.type != YAML_MAPPING_START_EVENT) {
        report(r, ev.start_mark, "\"%s\" must be a mapping of names to values", section);
        int rc = skip_value(r, &ev);
        yaml_event_delete(&ev);
        return rc;
    }
    yaml_event_delete(&ev);
    for (;;) {
        yaml_event_t k, v;
        if (next(r, &k) < 0)
            return -1;
        if (k.type == YAML_MAPPING_END_EVENT) {
            yaml_event_delete(&k);
            return 0;
        }
        if (k.type != YAML_SCALAR_EVENT) {
            report(r, k.start_mark, "%s: names must be plain words", section);
            int rc = skip_value(r, &k);
            yaml_event_delete(&k);
            if (rc < 0 || next(r, &v) < 0)
                return -1;
            rc = skip_value(r, &v);
            yaml_event_delete(&v);
            if (rc < 0)
                return -1;
            continue;
        }
        char *name = xstrndup((const char *)k.data.scalar.value, k.data.scalar.length);
        yaml_event_delete(&k);
        if (next(r, &v) < 0) {
            free(name);
            return -1;
        }
        if (v.type == YAML_SCALAR_EVENT) {
            entry_add(r, section, list, n, name, (const char *)v.data.scalar.value, v.start_mark);
        } else if (v.type == YAML_SEQUENCE_START_EVENT) {
            buf joined = BUF_INIT;
            yaml_mark_t mk = v.start_mark;
            int bad = 0;
            for (;;) {
                yaml_event_t it;
                if (next(r, &it) < 0) {
                    buf_free(&joined);
                    free(name);
                    yaml_event_delete(&v);
                    return -1;
                }
                if (it.type == YAML_SEQUENCE_END_EVENT) {
                    yaml_event_delete(&it);
                    break;
                }
                if (it.type == YAML_SCALAR_EVENT) {
                    if (joined.len)
                        buf_addc(&joined, ' ');
                    buf_add(&joined, it.data.scalar.value, it.data.scalar.length);
                } else {
                    report(r, it.start_mark, "%s.%s: a list of plain values was expected; not applied",
                           section, name);
                    skip_value(r, &it);
                    bad = 1;
                }
                yaml_event_delete(&it);
            }
            /* a list with a bad item is reported and left out whole, not
             * applied in part */
            if (!bad)
                entry_add(r, section, list, n, name, buf_str(&joined), mk);
            buf_free(&joined);
        } else if (v.type == YAML_ALIAS_EVENT) {
            report(r, v.start_mark, "%s.%s: YAML aliases are not supported", section, name);
        } else {
            report(r, v.start_mark, "%s.%s: a value or a list of values was expected", section, name);
            skip_value(r, &v);
        }
        yaml_event_delete(&v);
        free(name);
    }
}

static void read_top(reader *r)
{
    config *cfg = r->cfg;
    yaml_event_t ev;
    int in_map = 0;
    size_t seen[sizeof config_options / sizeof config_options[0] + 2] = {0}; /* line given on */
    while (next(r, &ev) == 0) {
        yaml_event_type_t t = ev.type;
        if (t == YAML_STREAM_END_EVENT) {
            yaml_event_delete(&ev);
            return;
        }
        if (t == YAML_STREAM_START_EVENT || t == YAML_DOCUMENT_START_EVENT || t == YAML_DOCUMENT_END_EVENT) {
            yaml_event_delete(&ev);
            continue;
        }
        if (!in_map) {
            if (t == YAML_MAPPING_START_EVENT) {
                in_map = 1;
            } else if (!(t == YAML_SCALAR_EVENT && ev.data.scalar.length == 0)) {
                report(r, ev.start_mark, "the configuration must be a mapping of \"option: value\" lines");
                skip_value(r, &ev);
            }
            yaml_event_delete(&ev);
            continue;
        }
        if (t == YAML_MAPPING_END_EVENT) {
            in_map = 0;
            yaml_event_delete(&ev);
            continue;
        }
        if (t != YAML_SCALAR_EVENT) {
            report(r, ev.start_mark, "option names must be plain words");
            skip_value(r, &ev);
            yaml_event_delete(&ev);
            yaml_event_t v;
            if (next(r, &v) < 0)
                return;
            skip_value(r, &v);
            yaml_event_delete(&v);
            continue;
        }
        char *key = xstrndup((const char *)ev.data.scalar.value, ev.data.scalar.length);
        yaml_mark_t kmk = ev.start_mark;
        yaml_event_delete(&ev);
        size_t slot = config_n_options + (size_t)-1;
        for (size_t i = 0; i < config_n_options; i++)
            if (!strcmp(config_options[i].name, key))
                slot = i;
        if (!strcmp(key, "keys"))
            slot = config_n_options;
        else if (!strcmp(key, "colors"))
            slot = config_n_options + 1;
        if (slot < config_n_options + 2) {
            if (seen[slot])
                report(r, kmk, "\"%s\" is given twice (also on line %zu); this one is used", key, seen[slot]);
            seen[slot] = kmk.line + 1;
        }
        if (!strcmp(key, "keys") || !strcmp(key, "colors")) {
            int rc = !strcmp(key, "keys") ? read_section(r, key, &cfg->keys, &cfg->n_keys)
                                          : read_section(r, key, &cfg->colors, &cfg->n_colors);
            free(key);
            if (rc < 0)
                return;
            continue;
        }
        const config_option *o = NULL;
        for (size_t i = 0; i < config_n_options; i++)
            if (!strcmp(config_options[i].name, key))
                o = &config_options[i];
        yaml_event_t v;
        if (next(r, &v) < 0) {
            free(key);
            return;
        }
        if (!o) {
            report(r, kmk, "unknown option \"%s\"", key);
            skip_value(r, &v);
        } else if (v.type == YAML_ALIAS_EVENT) {
            report(r, v.start_mark, "%s: YAML aliases are not supported; default kept", key);
        } else if (v.type != YAML_SCALAR_EVENT) {
            report(r, v.start_mark, "%s: expected a single value; default kept", key);
            skip_value(r, &v);
        } else {
            const char *why = set_option(cfg, o, (const char *)v.data.scalar.value, r->file);
            if (why)
                report(r, v.start_mark, "%s: %s, not \"%.80s\"; default kept", key, why,
                       (const char *)v.data.scalar.value);
        }
        yaml_event_delete(&v);
        free(key);
    }
}

/* With no alias file named, aliases.yaml in the config directory is used
 * when it exists. */
static void default_aliases(config *cfg)
{
    if (cfg->aliases || !cfg->dir)
        return;
    buf b = BUF_INIT;
    buf_printf(&b, "%s/aliases.yaml", cfg->dir);
    struct stat sb;
    if (stat(buf_str(&b), &sb) == 0 && S_ISREG(sb.st_mode))
        cfg->aliases = buf_steal(&b);
    else
        buf_free(&b);
}

static int load(const char *path, config *cfg, config_diag_fn diag, void *ctx);

int config_load(const char *path, config *cfg, config_diag_fn diag, void *ctx)
{
    int rc = load(path, cfg, diag, ctx);
    default_aliases(cfg);
    return rc;
}

static int load(const char *path, config *cfg, config_diag_fn diag, void *ctx)
{
    defaults(cfg);
    char *file = NULL;
    if (path) {
        file = xstrdup(path);
    } else if (!cfg->dir) {
        return 0; /* no home: no default configuration */
    } else {
        buf b = BUF_INIT;
        buf_adds(&b, cfg->dir);
        buf_adds(&b, "/config.yaml");
        file = buf_steal(&b);
    }
    /* a FIFO or a device named as the config must not block the start */
    char why[256];
    FILE *f = safefile_fopen_read(file, why, sizeof why);
    if (!f) {
        int e = errno;
        if (path || e != ENOENT) {
            if (diag)
                diag(ctx, file, 0, 0, why);
            free(file);
            return path ? -1 : 0;
        }
        free(file);
        return 0;
    }
    /* read whole (a config is small), so that an error libyaml places by
     * byte offset gets its line and column */
    buf text = BUF_INIT;
    char chunk[8192];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0 && text.len < CONFIG_MAX_BYTES)
        buf_add(&text, chunk, got);
    int rerr = ferror(f);
    fclose(f);
    if (rerr || text.len >= CONFIG_MAX_BYTES) {
        if (diag)
            diag(ctx, file, 0, 0, rerr ? strerror(errno) : "too large for a configuration file");
        buf_free(&text);
        free(file);
        return -1;
    }
    cfg->file = file;
    reader r = {cfg, file, diag, ctx, {0}, 0, 0, buf_str(&text), text.len};
    if (!yaml_parser_initialize(&r.p)) {
        buf_free(&text);
        return -1;
    }
    yaml_parser_set_input_string(&r.p, (const unsigned char *)buf_str(&text), text.len);
    read_top(&r);
    yaml_parser_delete(&r.p);
    buf_free(&text);
    return 0;
}

void config_free(config *cfg)
{
    if (!cfg)
        return;
    free(cfg->file);
    free(cfg->dir);
    free(cfg->database);
    free(cfg->aliases);
    free(cfg->date_format);
    for (size_t i = 0; i < cfg->n_keys; i++) {
        free(cfg->keys[i].name);
        free(cfg->keys[i].value);
    }
    free(cfg->keys);
    for (size_t i = 0; i < cfg->n_colors; i++) {
        free(cfg->colors[i].name);
        free(cfg->colors[i].value);
    }
    free(cfg->colors);
    memset(cfg, 0, sizeof *cfg);
}
