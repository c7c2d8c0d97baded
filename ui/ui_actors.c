/* ui_actors: every person, place and organisation in the store with its
 * counts (filtered by kind and name), and for one of them the articles
 * that mention it, each with the text around its first mention, the name
 * highlighted.  Both read a page at a time, as the actor view does. */
#include <stdlib.h>
#include <string.h>
#include "store_browse.h"
#include "ui_int.h"

#define PAGE_ROWS 200
#define PAGE_MARGIN 40

static const char *kind_name(actor_kind k)
{
    return k == ACTOR_PERSON ? "person" : k == ACTOR_PLACE ? "place" : "organisation";
}

static int kind_hl(actor_kind k)
{
    return k == ACTOR_PERSON ? HL_PERSON : k == ACTOR_PLACE ? HL_PLACE : HL_ORG;
}

static const char *plural(int64_t n)
{
    return n == 1 ? "" : "s";
}

/* ---- the actors ------------------------------------------------------------ */

typedef struct arow2 {
    int64_t id, n_mentions, n_articles, n_quotes, n_sources;
    actor_kind kind;
    char *name;
} arow2;

typedef struct actors_screen {
    screen base;
    listview lv;
    arow2 *rows;
    size_t n, cap;
    int kind;                 /* actor_kind, -1 any */
    char *name;               /* the name filter, NULL none */
    int more;
} actors_screen;

static int take_actor(void *ctx, const store_actor_row *r)
{
    actors_screen *as = ctx;
    if (as->n == as->cap) {
        as->cap = as->cap ? as->cap * 2 : 64;
        as->rows = xrealloc(as->rows, as->cap * sizeof *as->rows);
    }
    as->rows[as->n++] = (arow2){ r->id, r->n_mentions, r->n_articles, r->n_quotes, r->n_sources, r->kind,
                                 xstrdup(r->name ? r->name : "") };
    return 0;
}

static void actors_clear(actors_screen *as)
{
    for (size_t i = 0; i < as->n; i++)
        free(as->rows[i].name);
    as->n = 0;
    as->more = 0;
}

static int actors_page(ui *u, actors_screen *as)
{
    size_t before = as->n;
    int rc = store_browse_actors(u->st, as->kind, as->name, (int64_t)as->n, PAGE_ROWS, take_actor, as);
    as->lv.width = 0;
    return ui_page_end(u, rc, "actors", as->n - before, PAGE_ROWS, &as->more);
}

static void actors_free(screen *s)
{
    actors_screen *as = (actors_screen *)s;
    actors_clear(as);
    free(as->rows);
    free(as->name);
    lv_free(&as->lv);
    free(as);
}

static void actors_title(ui *u, screen *s, char *out, size_t n)
{
    (void)u;
    actors_screen *as = (actors_screen *)s;
    const char *k = as->kind == ACTOR_PERSON ? "people" : as->kind == ACTOR_PLACE ? "places"
                    : as->kind == ACTOR_ORG ? "organisations" : "people, places and organisations";
    if (as->name)
        snprintf(out, n, "Actors: %s matching \"%s\"", k, as->name);
    else
        snprintf(out, n, "Actors: %s", k);
}

static void actors_build(ui *u, actors_screen *as, int width)
{
    listview *lv = &as->lv;
    if (as->more && lv->width && lv->v.cur >= 0 && (size_t)lv->v.cur + PAGE_MARGIN >= lv->ne)
        actors_page(u, as); /* new rows come after the old: the cursor stays */
    if (lv->width == width)
        return;
    int cur = lv->v.cur;
    long top = lv->v.top;
    lv_reset(lv);
    tview *v = &lv->v;
    for (size_t i = 0; i < as->n; i++) {
        arow2 *r = &as->rows[i];
        int e = lv_add_entry(lv, 0, 0, 0, 0, 0);
        size_t f = v->st.text.len;
        styled_adds(&v->st, r->name, kind_hl(r->kind));
        styled_printf(&v->st, HL_META, "  %s \xc2\xb7 %lld mention%s \xc2\xb7 %lld article%s \xc2\xb7 %lld quote%s"
                                       " \xc2\xb7 %lld outlet%s",
                      kind_name(r->kind), (long long)r->n_mentions, plural(r->n_mentions),
                      (long long)r->n_articles, plural(r->n_articles), (long long)r->n_quotes,
                      plural(r->n_quotes), (long long)r->n_sources, plural(r->n_sources));
        tview_wrap(v, f, v->st.text.len, width, 4, e, 1);
    }
    if (as->more)
        tview_note(v, "(more below: moving down reads the next actors)", width);
    if (!as->n)
        tview_note(v, as->name ? "No actor matches the filter (f changes it)." : "No actors in the store.", width);
    v->n_entries = (int)lv->ne;
    v->cur = cur < (int)lv->ne ? cur : (int)lv->ne - 1;
    if (v->cur < 0)
        v->cur = 0;
    v->top = top;
    lv->width = width;
}

static void actors_draw(ui *u, screen *s)
{
    actors_build(u, (actors_screen *)s, u->cols);
    lscreen_draw(u, s);
}

/* "trump", "person", "places tru": kind words choose the kind, the rest
 * is the name. */
static void actors_set_filter(actors_screen *as, const char *text)
{
    free(as->name);
    as->name = NULL;
    as->kind = -1;
    char name[256] = "";
    char *copy = xstrdup(text ? text : "");
    for (char *w = strtok(copy, " \t"); w; w = strtok(NULL, " \t")) {
        if (!strcmp(w, "person") || !strcmp(w, "people") || !strcmp(w, "persons"))
            as->kind = ACTOR_PERSON;
        else if (!strcmp(w, "place") || !strcmp(w, "places"))
            as->kind = ACTOR_PLACE;
        else if (!strncmp(w, "org", 3))
            as->kind = ACTOR_ORG;
        else if (strcmp(w, "all") && strcmp(w, "any"))
            snprintf(name + strlen(name), sizeof name - strlen(name), "%s%s", *name ? " " : "", w);
    }
    free(copy);
    if (*name)
        as->name = xstrdup(name);
}

static void actors_reload(ui *u, actors_screen *as)
{
    actors_clear(as);
    as->lv.v.cur = 0;
    as->lv.v.top = 0;
    actors_page(u, as);
    ui_msg(u, 0, "%zu%s actor%s", as->n, as->more ? "+" : "", as->n == 1 && !as->more ? "" : "s");
}

static int actors_key(ui *u, screen *s, int act)
{
    actors_screen *as = (actors_screen *)s;
    if (act == ACT_BOTTOM && as->more) {
        while (as->more && actors_page(u, as) == 0)
            ;
    }
    actors_build(u, as, u->cols);
    switch (act) {
    case ACT_OPEN: {
        int c = as->lv.v.cur;
        if (c >= 0 && (size_t)c < as->n)
            mentions_open(u, as->rows[c].id);
        return 1;
    }
    case ACT_FILTER: {
        char *f = prompt_read(u, "Filter actors (a name; person, place or org): ", as->name, &u->h_actor,
                              NULL, NULL);
        if (f) {
            actors_set_filter(as, f);
            actors_reload(u, as);
        }
        free(f);
        return 1;
    }
    case ACT_RELOAD:
        actors_reload(u, as);
        return 0;
    default:
        return lscreen_key(u, s, act);
    }
}

static const screen_kind actors_kind = {
    SCR_ACTORS, "every person, place and organisation in the store, most mentioned first",
    actors_title, actors_draw, actors_key, actors_free,
};

void actors_open(ui *u, const char *filter)
{
    actors_screen *as = xcalloc(1, sizeof *as);
    as->base.kind = &actors_kind;
    as->base.lv = &as->lv;
    actors_set_filter(as, filter);
    ui_push(u, &as->base);
    actors_reload(u, as);
}

/* ---- the articles that mention one actor ----------------------------------- */

typedef struct mrow {
    int64_t id, n_mentions;
    size_t start;
    char *source, *date, *title, *snippet;
    size_t mention_at, mention_len;
} mrow;

typedef struct mentions_screen {
    screen base;
    listview lv;
    mrow *rows;
    size_t n, cap;
    int64_t actor_id;
    actor_kind kind;
    char *name;
    int more;
} mentions_screen;

static int take_article(void *ctx, const store_mention_article_row *r)
{
    mentions_screen *ms = ctx;
    if (ms->n == ms->cap) {
        ms->cap = ms->cap ? ms->cap * 2 : 32;
        ms->rows = xrealloc(ms->rows, ms->cap * sizeof *ms->rows);
    }
    char *snip = xmalloc(r->snippet_len + 1);
    memcpy(snip, r->snippet, r->snippet_len);
    snip[r->snippet_len] = 0;
    for (char *p = snip; *p; p++)
        if (*p == '\n' || *p == '\t' || *p == '\r')
            *p = ' '; /* one paragraph per article */
    ms->rows[ms->n++] = (mrow){ r->id, r->n_mentions, r->start, xstrdup(r->source ? r->source : ""),
                                xstrdup(r->date ? r->date : ""), xstrdup(r->title ? r->title : ""), snip,
                                r->mention_at, r->mention_len };
    return 0;
}

static int mentions_page(ui *u, mentions_screen *ms)
{
    size_t before = ms->n;
    int rc = store_actor_articles(u->st, ms->actor_id, (int64_t)ms->n, PAGE_ROWS, take_article, ms);
    ms->lv.width = 0;
    return ui_page_end(u, rc, "articles", ms->n - before, PAGE_ROWS, &ms->more);
}

static void mentions_free(screen *s)
{
    mentions_screen *ms = (mentions_screen *)s;
    for (size_t i = 0; i < ms->n; i++) {
        free(ms->rows[i].source);
        free(ms->rows[i].date);
        free(ms->rows[i].title);
        free(ms->rows[i].snippet);
    }
    free(ms->rows);
    free(ms->name);
    lv_free(&ms->lv);
    free(ms);
}

static void mentions_title(ui *u, screen *s, char *out, size_t n)
{
    (void)u;
    snprintf(out, n, "Articles naming %s", ((mentions_screen *)s)->name);
}

static void mentions_build(ui *u, mentions_screen *ms, int width)
{
    listview *lv = &ms->lv;
    if (ms->more && lv->width && lv->v.cur >= 0 && (size_t)lv->v.cur + PAGE_MARGIN >= lv->ne)
        mentions_page(u, ms);
    if (lv->width == width)
        return;
    int cur = lv->v.cur;
    long top = lv->v.top;
    lv_reset(lv);
    tview *v = &lv->v;
    for (size_t i = 0; i < ms->n; i++) {
        mrow *r = &ms->rows[i];
        char date[64], meta[256];
        ui_date(u, r->date, date, sizeof date);
        ui_meta(meta, sizeof meta, r->source, date);
        int e = lv_add_entry(lv, r->id, 0, 0, r->start, 0);
        size_t f = v->st.text.len;
        styled_printf(&v->st, HL_META, "%s%s", meta, *meta ? " \xc2\xb7 " : "");
        styled_adds(&v->st, r->title, HL_TITLE);
        if (r->n_mentions > 1)
            styled_printf(&v->st, HL_META, " (%lld mentions)", (long long)r->n_mentions);
        tview_wrap(v, f, v->st.text.len, width, 4, e, 0);
        /* the words around the first mention, the name highlighted */
        f = v->st.text.len;
        styled_adds(&v->st, "    \xe2\x80\xa6", HL_META);
        styled_add(&v->st, r->snippet, r->mention_at, HL_NORMAL);
        styled_add(&v->st, r->snippet + r->mention_at, r->mention_len, kind_hl(ms->kind));
        styled_adds(&v->st, r->snippet + r->mention_at + r->mention_len, HL_NORMAL);
        styled_adds(&v->st, "\xe2\x80\xa6", HL_META);
        tview_wrap(v, f, v->st.text.len, width, 4, e, 0);
    }
    if (ms->more)
        tview_note(v, "(more below: moving down reads the next articles)", width);
    if (!ms->n)
        tview_note(v, "No article mentions this actor.", width);
    v->n_entries = (int)lv->ne;
    v->cur = cur;
    v->top = top;
    lv->width = width;
}

static void mentions_draw(ui *u, screen *s)
{
    mentions_build(u, (mentions_screen *)s, u->cols);
    lscreen_draw(u, s);
}

static int mentions_key(ui *u, screen *s, int act)
{
    mentions_screen *ms = (mentions_screen *)s;
    if (act == ACT_BOTTOM && ms->more) {
        while (ms->more && mentions_page(u, ms) == 0)
            ;
    }
    mentions_build(u, ms, u->cols);
    if (act == ACT_OPEN) {
        int c = ms->lv.v.cur;
        if (c < 0 || (size_t)c >= ms->n)
            return 1;
        open_article_at(u, ms->rows[c].id, 0, 0, 0);
        screen *top = ui_top(u);
        if (top != s && top->art)
            art_select_mention(u, top->art, ms->actor_id, ui_body_height(u));
        return 1;
    }
    return lscreen_key(u, s, act);
}

static const screen_kind mentions_kind = {
    SCR_MENTIONS, "the articles that mention one actor, newest first, each with the words around the name",
    mentions_title, mentions_draw, mentions_key, mentions_free,
};

void mentions_open(ui *u, int64_t actor_id)
{
    store_actor_row row;
    char *name = NULL;
    if (store_actor_get(u->st, actor_id, &row, &name) != 0) {
        ui_msg(u, 1, "no such actor (%lld)", (long long)actor_id);
        free(name);
        return;
    }
    mentions_screen *ms = xcalloc(1, sizeof *ms);
    ms->base.kind = &mentions_kind;
    ms->base.lv = &ms->lv;
    ms->actor_id = actor_id;
    ms->kind = row.kind;
    ms->name = name ? name : xstrdup("");
    mentions_page(u, ms);
    ui_push(u, &ms->base);
    ui_msg(u, 0, "%s: named in %zu%s article%s", ms->name, ms->n, ms->more ? "+" : "",
           ms->n == 1 && !ms->more ? "" : "s");
}
