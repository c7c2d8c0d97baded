/* ui_list: the article list.  Holds only a window of rows around the
 * cursor, fetched through store_articles with offset and limit (from the
 * end, backwards, near the bottom), so a store of any size opens at once
 * and its last page comes as fast as its first. */
#include <stdlib.h>
#include <string.h>
#include "store_browse.h"
#include "ui_int.h"

#define WIN_BEFORE 64
#define WIN_ROWS 256

static void rows_free(alist *l)
{
    for (size_t i = 0; i < l->n_rows; i++) {
        free(l->rows[i].source);
        free(l->rows[i].date);
        free(l->rows[i].title);
        free(l->rows[i].tags);
    }
    l->n_rows = 0;
}

static void filter_clear(alist *l)
{
    free((char *)l->filter.outlet);
    free((char *)l->filter.from);
    free((char *)l->filter.to);
    free((char *)l->filter.tag);
    free(l->filter_actor);
    l->filter_actor = NULL;
    store_filter none = STORE_FILTER_NONE;
    l->filter = none;
}

void list_free(alist *l)
{
    rows_free(l);
    free(l->rows);
    l->rows = NULL;
    filter_clear(l);
}

typedef struct take_ctx {
    alist *l;
    store *st;
} take_ctx;

static int take_row(void *ctx, const store_article_row *r)
{
    take_ctx *tc = ctx;
    alist *l = tc->l;
    if (l->n_rows >= WIN_ROWS)
        return 1;
    arow *a = &l->rows[l->n_rows++];
    a->id = r->id;
    a->source = xstrdup(r->source ? r->source : "");
    a->date = xstrdup(r->date ? r->date : "");
    a->title = xstrdup(r->title ? r->title : "");
    a->read = r->read;
    a->n_quotes = r->n_quotes;
    a->tags = NULL;
    store_article_tags(tc->st, r->id, &a->tags);
    return 0;
}

/* Fetches the window of rows around row at.  A window nearer the end of
 * the list than its start is read backwards from the end (reverse paging),
 * so G costs one index seek like g, never an offset over every row. */
static void fetch(ui *u, long at)
{
    alist *l = &u->list;
    rows_free(l);
    if (!l->rows)
        l->rows = xcalloc(WIN_ROWS, sizeof *l->rows);
    int64_t off = at - WIN_BEFORE;
    if (off > l->count - WIN_ROWS)
        off = l->count - WIN_ROWS;
    if (off < 0)
        off = 0;
    int64_t from_end = l->count - (off + WIN_ROWS);
    if (from_end < 0)
        from_end = 0;
    int rev = from_end < off;
    store_article_query q = { NULL, NULL, l->sort, rev ? from_end : off, WIN_ROWS, rev };
    take_ctx tc = { l, u->st };
    int rc = store_filter_active(&l->filter)
                 ? store_filter_articles(u->st, &l->filter, l->sort, q.offset, WIN_ROWS, rev, take_row, &tc)
                 : store_articles(u->st, &q, take_row, &tc);
    if (rc != 0)
        ui_msg(u, 1, "articles: %s", store_error(u->st));
    if (rev) {
        /* rows came last first */
        for (size_t i = 0, j = l->n_rows; i + 1 < j; i++, j--) {
            arow t = l->rows[i];
            l->rows[i] = l->rows[j - 1];
            l->rows[j - 1] = t;
        }
        off = l->count - from_end - (int64_t)l->n_rows;
    }
    l->win_off = off;
}

void list_reload(ui *u)
{
    alist *l = &u->list;
    store_article_query q = { .sort = l->sort, .limit = -1 };
    int64_t n = store_filter_active(&l->filter) ? store_filter_count(u->st, &l->filter)
                                                : store_article_count(u->st, &q);
    int64_t unread = store_unread_count(u->st);
    l->unread = unread < 0 ? 0 : unread;
    l->count = n < 0 ? 0 : n;
    rows_free(l);
    l->win_off = 0;
    if (l->cur >= l->count)
        l->cur = l->count - 1;
    if (l->cur < 0)
        l->cur = 0;
}

void list_init(ui *u)
{
    memset(&u->list, 0, sizeof u->list);
    store_filter none = STORE_FILTER_NONE;
    u->list.filter = none;
    u->list.sort = STORE_SORT_DATE;
    list_reload(u);
}

const arow *list_row(ui *u, long i)
{
    alist *l = &u->list;
    if (i < 0 || i >= l->count)
        return NULL;
    if (i < l->win_off || i >= l->win_off + (long)l->n_rows)
        fetch(u, i);
    if (i < l->win_off || i >= l->win_off + (long)l->n_rows)
        return NULL;
    return &l->rows[i - l->win_off];
}

void list_move(ui *u, long delta, int h)
{
    alist *l = &u->list;
    l->cur += delta;
    if (l->cur >= l->count)
        l->cur = l->count - 1;
    if (l->cur < 0)
        l->cur = 0;
    if (h < 1)
        h = 1;
    if (l->cur < l->top)
        l->top = l->cur;
    if (l->cur >= l->top + h)
        l->top = l->cur - h + 1;
    if (l->top > l->count - h)
        l->top = l->count - h;
    if (l->top < 0)
        l->top = 0;
}

void list_draw(ui *u, WINDOW *w, int y, int x, int h, int wd, int focused)
{
    alist *l = &u->list;
    list_move(u, 0, h);
    if (l->count == 0) {
        static const char *const empty[] = {
            "The store is empty.", "", "Import articles with", "  :import PATH", "or from a shell:",
            "  newsroom import PATH", "", "Press ? for help.",
        };
        for (int r = 0; r < h; r++) {
            draw_fill(w, y + r, x, wd, HL_NORMAL);
            if ((size_t)r < sizeof empty / sizeof empty[0]) {
                wmove(w, y + r, x + 1);
                draw_hl(w, empty[r], wd - 1, r == 0 ? HL_TITLE : HL_NORMAL);
            }
        }
        return;
    }
    /* Columns: mark, date, outlet, title.  The date column is as wide as
     * the widest date shown (display width: date_format may give month
     * names), the outlet as the widest outlet up to a cap.  The title is
     * what the reader scans: it gets TITLE_WANT columns where the date's
     * short form (no year) and a narrower outlet make room; below that the
     * date goes, then the outlet, as long as TITLE_MIN remain. */
    enum { MARK_W = 2, TITLE_MIN = 12, TITLE_WANT = 60 };
    int src_cap = wd >= 80 ? 14 : wd >= 50 ? 10 : wd >= 24 ? 8 : 0;
    int full_w = 0, short_w = 0, src_max = 0, title_max = 0;
    for (int r = 0; r < h; r++) {
        const arow *a = list_row(u, l->top + r);
        if (!a)
            continue;
        char date[64];
        ui_date(u, a->date, date, sizeof date);
        int dw = draw_width(date, strlen(date));
        ui_date_short(u, a->date, date, sizeof date);
        int sw = draw_width(date, strlen(date));
        int ow = draw_width(a->source, strlen(a->source));
        int tw = draw_width(a->title, strlen(a->title));
        title_max = tw > title_max ? tw : title_max;
        full_w = dw > full_w ? dw : full_w;
        short_w = sw > short_w ? sw : short_w;
        src_max = ow > src_max ? ow : src_max;
    }
    int src_w = src_max < src_cap ? src_max : src_cap;
    int title_want = title_max < TITLE_WANT ? title_max : TITLE_WANT;
    int src_narrow = src_w < 10 ? src_w : 10;
    typedef struct cols {
        int date, src;
    } cols;
    const cols wanted[] = { { full_w, src_w }, { short_w, src_w }, { short_w, src_narrow } };
    const cols fallback[] = { { full_w, src_w }, { short_w, src_w }, { 0, src_w }, { 0, 0 } };
    cols c = { 0, 0 };
    int found = 0;
#define TITLE_ROOM(k) (wd - MARK_W - ((k).date ? (k).date + 1 : 0) - ((k).src ? (k).src + 1 : 0))
    for (size_t k = 0; !found && k < sizeof wanted / sizeof wanted[0]; k++)
        if (TITLE_ROOM(wanted[k]) >= title_want)
            c = wanted[k], found = 1;
    for (size_t k = 0; !found && k < sizeof fallback / sizeof fallback[0]; k++)
        if (TITLE_ROOM(fallback[k]) >= TITLE_MIN || k + 1 == sizeof fallback / sizeof fallback[0])
            c = fallback[k], found = 1;
#undef TITLE_ROOM
    int date_w = c.date;
    int short_date = date_w && date_w != full_w;
    src_w = c.src;
    for (int r = 0; r < h; r++) {
        long i = l->top + r;
        const arow *a = list_row(u, i);
        if (!a) {
            draw_fill(w, y + r, x, wd, HL_NORMAL);
            continue;
        }
        int sel = i == l->cur;
        int base = sel ? HL_SELECTION : HL_NORMAL;
        int meta = sel ? base : HL_META;
        draw_fill(w, y + r, x, wd, base);
        wmove(w, y + r, x);
        attr_t dim = sel && !focused ? A_DIM : 0;
        const char *mark = a->read ? "  " : "\xe2\x97\x8f ";
        int used = draw_str(w, mark, strlen(mark), wd,
                            hl_attr(sel ? base : HL_UNREAD) | dim, hl_pair(sel ? base : HL_UNREAD));
        if (date_w) {
            char date[64];
            if (short_date)
                ui_date_short(u, a->date, date, sizeof date);
            else
                ui_date(u, a->date, date, sizeof date);
            wmove(w, y + r, x + used);
            draw_str(w, date, strlen(date), date_w, hl_attr(meta) | dim, hl_pair(meta));
            used += date_w + 1;
        }
        if (src_w) {
            wmove(w, y + r, x + used);
            draw_clip(w, a->source, strlen(a->source), src_w, hl_attr(meta) | dim, hl_pair(meta));
            used += src_w + 1;
        }
        wmove(w, y + r, x + used);
        int hl = sel ? base : (a->read ? HL_NORMAL : HL_UNREAD);
        used += draw_clip(w, a->title, strlen(a->title), wd - used, hl_attr(hl) | dim, hl_pair(hl));
        if (a->tags && used + 3 < wd) {
            /* the tags where the title leaves room: "  #a #b" */
            char t[512];
            size_t o = 0;
            for (const char *p = a->tags; *p && o + 4 < sizeof t;) {
                const char *e = strstr(p, ", ");
                size_t n = e ? (size_t)(e - p) : strlen(p);
                o += (size_t)snprintf(t + o, sizeof t - o, "%s#%.*s", o ? " " : "  ", (int)n, p);
                if (o >= sizeof t)
                    o = sizeof t - 1;
                p = e ? e + 2 : p + n;
            }
            wmove(w, y + r, x + used);
            draw_clip(w, t, strlen(t), wd - used, hl_attr(meta) | dim, hl_pair(meta));
        }
    }
}

int list_find(ui *u, const char *pat, int dir)
{
    alist *l = &u->list;
    for (long k = 1; k <= l->count; k++) {
        long i = ((l->cur + dir * k) % l->count + l->count) % l->count;
        const arow *a = list_row(u, i);
        if (a && (draw_find(a->title, strlen(a->title), pat) ||
                  draw_find(a->source, strlen(a->source), pat))) {
            l->cur = i;
            return 1;
        }
    }
    return 0;
}

/* ---- filters and read state ------------------------------------------------ */

static int valid_date(const char *s)
{
    int y, m, d;
    char extra;
    return s && sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &extra) == 3 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

int list_set_filter(ui *u, const char *spec)
{
    static const char *const keys[] = { "outlet", "from", "to", "tag", "actor", "kind" };
    enum { K_N = 6 };
    char *val[K_N] = { 0 };
    int unread = 0, reverse = 0, bad = 0;
    char *copy = xstrdup(spec ? spec : "");
    int last = -1;  /* the key a word without '=' continues ("actor=Donald Trump") */
    for (char *w = strtok(copy, " \t"); w && !bad; w = strtok(NULL, " \t")) {
        char *eq = strchr(w, '=');
        int k = -1;
        for (int i = 0; eq && i < K_N; i++)
            if ((size_t)(eq - w) == strlen(keys[i]) && !strncmp(w, keys[i], strlen(keys[i])))
                k = i;
        if (k >= 0) {
            free(val[k]);
            val[k] = xstrdup(eq + 1);
            last = k;
        } else if (!strcmp(w, "unread")) {
            unread = 1;
            last = -1;
        } else if (!strcmp(w, "reverse")) {
            reverse = 1;
            last = -1;
        } else if (!strcmp(w, "clear") || !strcmp(w, "none")) {
            last = -1;
        } else if (last >= 0 && !eq) {
            size_t n = strlen(val[last]) + strlen(w) + 2;
            val[last] = xrealloc(val[last], n);
            strcat(val[last], " ");
            strcat(val[last], w);
        } else {
            ui_msg(u, 1, "filter: unknown '%s' (outlet= from= to= tag= actor= kind= unread reverse clear)", w);
            bad = 1;
        }
    }
    free(copy);
    int64_t actor = 0;
    char *actor_name = NULL;
    int kind = -1;
    if (!bad && val[1] && !valid_date(val[1]))
        ui_msg(u, 1, "filter: from=%s is not a date (YYYY-MM-DD)", val[1]), bad = 1;
    if (!bad && val[2] && !valid_date(val[2]))
        ui_msg(u, 1, "filter: to=%s is not a date (YYYY-MM-DD)", val[2]), bad = 1;
    if (!bad && val[5]) {
        kind = !strcmp(val[5], "direct") ? QUOTE_DIRECT : !strcmp(val[5], "partial") ? QUOTE_PARTIAL
               : !strcmp(val[5], "indirect") ? QUOTE_INDIRECT : -2;
        if (kind == -2)
            ui_msg(u, 1, "filter: kind=%s: direct, partial or indirect", val[5]), bad = 1;
    }
    if (!bad && val[4]) {
        ui_lexicon(u);
        store_actor_row row;
        /* the best match, as the actor prompt takes it */
        actor = ui_find_actor(u, val[4]);
        if (!bad && !actor)
            ui_msg(u, 1, "filter: no actor matches '%s'", val[4]), bad = 1;
        if (!bad && store_actor_get(u->st, actor, &row, &actor_name) != 0)
            bad = 1;
    }
    if (bad) {
        for (int i = 0; i < K_N; i++)
            free(val[i]);
        free(actor_name);
        return -1;
    }
    alist *l = &u->list;
    const arow *r = list_row(u, l->cur);
    int64_t keep = r ? r->id : 0;
    filter_clear(l);
    l->filter.unread_only = unread;
    l->filter.reverse = reverse;
    l->filter.outlet = val[0];
    l->filter.from = val[1];
    l->filter.to = val[2];
    l->filter.tag = val[3];
    l->filter.actor_id = actor;
    l->filter.quote_kind = kind;
    l->filter_actor = actor_name;
    free(val[4]);
    free(val[5]);
    list_reload(u);
    /* the cursor stays on its article when the filter keeps it */
    int64_t pos = keep ? (store_filter_active(&l->filter) ? store_filter_position(u->st, &l->filter, l->sort, keep)
                                                           : store_article_position(u->st, l->sort, keep))
                       : -1;
    l->cur = pos >= 0 ? (long)pos : 0;
    l->top = 0;
    list_move(u, 0, ui_body_height(u));
    return 0;
}

void list_filter_desc(const alist *l, char *out, size_t n)
{
    const store_filter *f = &l->filter;
    static const char *const kinds[] = { "direct", "partial", "indirect" };
    size_t o = 0;
    out[0] = 0;
#define ADD(...)                                                                  \
    do {                                                                          \
        if (o < n) {                                                              \
            int w_ = snprintf(out + o, n - o, "%s", o ? " " : "");                \
            o += w_ > 0 ? (size_t)w_ : 0;                                         \
            if (o < n) {                                                          \
                w_ = snprintf(out + o, n - o, __VA_ARGS__);                       \
                o += w_ > 0 ? (size_t)w_ : 0;                                     \
            }                                                                     \
        }                                                                         \
    } while (0)
    if (f->unread_only)
        ADD("unread");
    if (f->outlet)
        ADD("outlet=%s", f->outlet);
    if (f->from)
        ADD("from=%s", f->from);
    if (f->to)
        ADD("to=%s", f->to);
    if (f->tag)
        ADD("tag=%s", f->tag);
    if (f->actor_id > 0)
        ADD("actor=%s", l->filter_actor ? l->filter_actor : "?");
    if (f->quote_kind >= 0 && f->quote_kind <= 2)
        ADD("kind=%s", kinds[f->quote_kind]);
    if (f->reverse)
        ADD("reverse");
#undef ADD
}

int list_next_unread(ui *u, int dir, int h)
{
    alist *l = &u->list;
    for (long i = l->cur + dir; i >= 0 && i < l->count; i += dir) {
        const arow *a = list_row(u, i);
        if (a && !a->read) {
            list_move(u, i - l->cur, h);
            return 1;
        }
    }
    return 0;
}
