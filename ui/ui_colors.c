/* ui_colors: the highlight table and its colour pairs. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "ui_colors.h"

/* The table: the man page (newsroom.yaml(5)) and the colors: section of
 * config/newsroom.yaml follow it; tests/ui/tables.sh checks they agree. */
const ui_color_def ui_color_table[] = {
    { HL_NORMAL,    "normal",        "default default",       "normal",          "ordinary text" },
    { HL_PERSON,    "people",        "yellow default bold",   "bold",            "people named in the text" },
    { HL_PLACE,     "places",        "green default",         "underline",       "places named in the text" },
    { HL_ORG,       "organisations", "magenta default",       "bold underline",  "organisations named in the text" },
    { HL_QUOTE,     "quotes",        "cyan default",          "italic",          "quoted words (direct and partial quotes)" },
    { HL_INDIRECT,  "indirect",      "default default italic", "dim",            "reported (indirect) speech" },
    { HL_SPEAKER,   "speakers",      "red default bold",      "bold",            "the speaker shown beside a quote" },
    { HL_SELECTION, "selection",     "black cyan",            "reverse",         "the selected row or quote" },
    { HL_STATUS,    "status",        "white blue",            "reverse",         "the status line" },
    { HL_TITLE,     "title",         "white default bold",    "bold",            "titles and headings" },
    { HL_UNREAD,    "unread",        "default default bold",  "bold",            "unread articles in the list" },
    { HL_MATCH,     "match",         "black yellow",          "reverse",         "search matches" },
    { HL_DIFF,      "diff",          "red default underline", "underline",       "words an outlet reported differently" },
    { HL_TABS,      "tabs",          "default default reverse", "reverse",       "the tab bars (focused tab bold)" },
    { HL_META,      "meta",          "blue default",          "dim",             "outlet, date and counts" },
    { HL_ERROR,     "error",         "red default bold",      "bold",            "error messages" },
    { HL_BORDER,    "border",        "blue default",          "normal",          "pane borders" },
};
const size_t ui_color_table_n = sizeof ui_color_table / sizeof ui_color_table[0];

typedef struct spec {
    short fg, bg;
    attr_t attr;
    attr_t mono;
} spec;
static spec specs[HL_N];
static int use_color;

static const char *const color_names[] = { "black", "red", "green", "yellow",
                                           "blue", "magenta", "cyan", "white" };

static int parse_color(const char *w, short *out)
{
    if (strcasecmp(w, "default") == 0) {
        *out = -1;
        return 0;
    }
    for (short i = 0; i < 8; i++) {
        if (strcasecmp(w, color_names[i]) == 0) {
            *out = i;
            return 0;
        }
        if (strncasecmp(w, "bright", 6) == 0 && strcasecmp(w + 6 + (w[6] == '-'), color_names[i]) == 0) {
            *out = (short)(i + 8);
            return 0;
        }
    }
    const char *d = w;
    if (strncasecmp(w, "color", 5) == 0)
        d = w + 5;
    char *end;
    long n = strtol(d, &end, 10);
    if (*d && !*end && n >= 0 && n <= 255) {
        *out = (short)n;
        return 0;
    }
    return -1;
}

static int parse_attr(const char *w, attr_t *a)
{
    static const struct { const char *n; attr_t a; } names[] = {
        { "normal", A_NORMAL }, { "bold", A_BOLD }, { "underline", A_UNDERLINE },
        { "reverse", A_REVERSE }, { "dim", A_DIM }, { "italic", A_ITALIC },
        { "blink", A_BLINK }, { "standout", A_STANDOUT },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(w, names[i].n) == 0) {
            *a |= names[i].a;
            return 0;
        }
    return -1;
}

/* "fg bg attr..." (fg and bg optional when only attributes are given).
 * Returns -1 and the offending word's offset on error. */
static int parse_spec(const char *s, spec *out, size_t *bad_at, char *why, size_t whylen)
{
    spec r = { -1, -1, 0, out->mono };
    int ncol = 0;
    const char *p = s;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        if (!*p)
            break;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\t' && *e != ',')
            e++;
        char w[32];
        size_t l = (size_t)(e - p) < sizeof w - 1 ? (size_t)(e - p) : sizeof w - 1;
        memcpy(w, p, l);
        w[l] = 0;
        short c;
        attr_t a = 0;
        if (parse_attr(w, &a) == 0) {
            r.attr |= a;
        } else if (ncol < 2 && parse_color(w, &c) == 0) {
            if (ncol++ == 0)
                r.fg = c;
            else
                r.bg = c;
        } else {
            *bad_at = (size_t)(p - s);
            snprintf(why, whylen, "bad colour or attribute '%s'", w);
            return -1;
        }
        p = e;
    }
    *out = r;
    return 0;
}

void colors_configure(const config *cfg, colors_diag_fn diag, void *ctx)
{
    for (size_t i = 0; i < ui_color_table_n; i++) {
        const ui_color_def *d = &ui_color_table[i];
        spec s = { -1, -1, 0, 0 };
        size_t at;
        char why[64];
        parse_spec(d->mono, &s, &at, why, sizeof why);
        attr_t mono = s.attr;
        s.mono = mono;
        parse_spec(d->def, &s, &at, why, sizeof why);
        specs[d->hl] = s;
    }
    if (!cfg)
        return;
    for (size_t i = 0; i < cfg->n_colors; i++) {
        const config_entry *e = &cfg->colors[i];
        const ui_color_def *d = NULL;
        for (size_t j = 0; j < ui_color_table_n; j++)
            if (strcmp(ui_color_table[j].name, e->name) == 0)
                d = &ui_color_table[j];
        char msg[256];
        if (!d) {
            snprintf(msg, sizeof msg, "unknown highlight '%s' in colors (see newsroom.yaml(5))", e->name);
            diag(ctx, cfg->file, e->line, e->col, msg);
            continue;
        }
        spec s = specs[d->hl];
        size_t at = 0;
        char why[64];
        if (parse_spec(e->value ? e->value : "", &s, &at, why, sizeof why) < 0) {
            snprintf(msg, sizeof msg, "%s for %s; keeping its default", why, e->name);
            diag(ctx, cfg->file, e->line, e->col ? e->col + at : 0, msg);
            continue;
        }
        specs[d->hl] = s;
    }
}

void colors_start(const config *cfg)
{
    const char *nc = getenv("NO_COLOR");
    use_color = has_colors() && !(nc && *nc) && (!cfg || cfg->color);
    if (!use_color)
        return;
    start_color();
    use_default_colors();
    for (int i = 1; i < HL_N; i++) {
        short fg = specs[i].fg, bg = specs[i].bg;
        if (fg >= COLORS)
            fg = (short)(fg % 8);
        if (bg >= COLORS)
            bg = (short)(bg % 8);
        init_pair((short)i, fg, bg);
    }
}

int colors_enabled(void)
{
    return use_color;
}

attr_t hl_attr(int hl)
{
    if (hl < 0 || hl >= HL_N)
        hl = HL_NORMAL;
    return use_color ? specs[hl].attr : specs[hl].mono;
}

short hl_pair(int hl)
{
    if (hl <= 0 || hl >= HL_N || !use_color)
        return 0;
    return (short)hl;
}

void ui_colors_dump(FILE *f)
{
    for (size_t i = 0; i < ui_color_table_n; i++)
        fprintf(f, "%s\t%s\t%s\t%s\n", ui_color_table[i].name, ui_color_table[i].def,
                ui_color_table[i].mono, ui_color_table[i].help);
}
