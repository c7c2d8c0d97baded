/* ui_actor: every statement of one actor across all sources, grouped by
 * article, newest first.  A statement reported by several outlets is shown
 * once, with each outlet under it and the words it reported differently
 * marked. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "ui_int.h"

typedef struct stq {
    int64_t id, article_id, statement_id;
    char *source, *date, *title, *text, *cue;
    quote_kind kind;
    size_t start;
} stq;

typedef struct stqs {
    stq *q;
    size_t n, cap;
} stqs;

static stqs loaded;      /* the statements of the actor shown, newest first */
static char *actor_name;
static int more;         /* the query has statements past those loaded */

/* Statements are read a page at a time, the next page when the cursor
 * comes within a margin of the last one loaded, so an actor quoted
 * thousands of times opens as fast as one quoted once. */
#define PAGE_STATEMENTS 200
#define PAGE_MARGIN 40

static int take(void *ctx, const store_quote_row *r)
{
    stqs *c = ctx;
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 32;
        c->q = xrealloc(c->q, c->cap * sizeof *c->q);
    }
    c->q[c->n++] = (stq){ r->id, r->article_id, r->statement_id,
                          xstrdup(r->source ? r->source : "?"), xstrdup(r->date ? r->date : ""),
                          xstrdup(r->title ? r->title : ""), xstrdup(r->text ? r->text : ""),
                          r->cue ? xstrdup(r->cue) : NULL, r->kind, r->start };
    return 0;
}

static void clear_loaded(void)
{
    for (size_t i = 0; i < loaded.n; i++) {
        stq *q = &loaded.q[i];
        free(q->source);
        free(q->date);
        free(q->title);
        free(q->text);
        free(q->cue);
    }
    free(loaded.q);
    memset(&loaded, 0, sizeof loaded);
    free(actor_name);
    actor_name = NULL;
    more = 0;
}

static void load_page(ui *u, int64_t actor_id)
{
    size_t before = loaded.n;
    store_quote_query q = { actor_id, NULL, 0, 0, (int64_t)loaded.n, PAGE_STATEMENTS };
    if (store_quotes(u->st, &q, take, &loaded) != 0)
        ui_msg(u, 1, "statements: %s", store_error(u->st));
    more = loaded.n - before == PAGE_STATEMENTS;
}

void actor_open(ui *u, int64_t actor_id)
{
    store_actor_row row;
    char *name = NULL;
    if (store_actor_get(u->st, actor_id, &row, &name) != 0) {
        ui_msg(u, 1, "no such actor (%lld)", (long long)actor_id);
        free(name);
        return;
    }
    clear_loaded();
    actor_name = name ? name : xstrdup("?");
    load_page(u, actor_id);
    listview *lv = &u->actor;
    free(lv->title);
    lv->title = xstrdup(actor_name);
    lv->key = actor_id;
    lv->width = 0;
    lv->v.top = 0;
    lv->v.cur = 0;
    if (ui_screen(u) != SCR_ACTOR)
        ui_push(u, SCR_ACTOR);
    u->stack_id[u->nstack - 1] = actor_id;
    if (!loaded.n)
        ui_msg(u, 0, "%s: no statements in the store", actor_name);
    else
        ui_msg(u, 0, "%s: %zu%s statement%s", actor_name, loaded.n, more ? "+" : "",
               loaded.n == 1 && !more ? "" : "s");
}

/* ---- word differences -------------------------------------------------- */

typedef struct word {
    const char *s;
    size_t n;
} word;

static size_t split_words(const char *s, word *w, size_t max)
{
    size_t n = 0;
    const char *p = s;
    while (*p && n < max) {
        while (*p == ' ' || *p == '\n' || *p == '\t')
            p++;
        if (!*p)
            break;
        const char *e = p;
        while (*e && *e != ' ' && *e != '\n' && *e != '\t')
            e++;
        w[n++] = (word){ p, (size_t)(e - p) };
        p = e;
    }
    return n;
}

/* Words equal apart from case and surrounding punctuation. */
static int word_eq(word a, word b)
{
    while (a.n && ispunct((unsigned char)a.s[a.n - 1]))
        a.n--;
    while (b.n && ispunct((unsigned char)b.s[b.n - 1]))
        b.n--;
    while (a.n && ispunct((unsigned char)*a.s))
        a.s++, a.n--;
    while (b.n && ispunct((unsigned char)*b.s))
        b.s++, b.n--;
    if (a.n != b.n)
        return 0;
    for (size_t i = 0; i < a.n; i++)
        if (tolower((unsigned char)a.s[i]) != tolower((unsigned char)b.s[i]))
            return 0;
    return 1;
}

#define MAX_WORDS 256

/* Adds other's words, marking those not in the longest common subsequence
 * with base. */
static void add_diff(styled *st, const char *base, const char *other)
{
    static word a[MAX_WORDS], b[MAX_WORDS];
    size_t na = split_words(base, a, MAX_WORDS), nb = split_words(other, b, MAX_WORDS);
    unsigned short *L = xcalloc((na + 1) * (nb + 1), sizeof *L);
#define AT(i, j) L[(i) * (nb + 1) + (j)]
    for (size_t i = na; i-- > 0;)
        for (size_t j = nb; j-- > 0;)
            AT(i, j) = word_eq(a[i], b[j]) ? (unsigned short)(AT(i + 1, j + 1) + 1)
                       : AT(i + 1, j) > AT(i, j + 1) ? AT(i + 1, j) : AT(i, j + 1);
    size_t i = 0, j = 0;
    while (j < nb) {
        int common = 0;
        if (i < na && word_eq(a[i], b[j])) {
            common = 1;
            i++;
        } else if (i < na && AT(i + 1, j) >= AT(i, j + 1)) {
            i++;
            continue;
        }
        if (j)
            styled_adds(st, " ", HL_QUOTE);
        styled_add(st, b[j].s, b[j].n, common ? HL_QUOTE : HL_DIFF);
        j++;
    }
#undef AT
    free(L);
}

void actor_build(ui *u, int width)
{
    listview *lv = &u->actor;
    int64_t keep = -1;   /* the quote under the cursor, kept across a new page */
    if (more && lv->width && lv->v.cur >= 0 && (size_t)lv->v.cur + PAGE_MARGIN >= lv->ne) {
        keep = lv->e[lv->v.cur].quote_id;
        load_page(u, lv->key);
        lv->width = 0;
    }
    if (lv->width == width)
        return;
    int cur = lv->v.cur;
    long top = lv->v.top;
    lv_reset(lv);
    tview *v = &lv->v;
    char *shown = xcalloc(loaded.n + 1, 1);
    int64_t last_article = -1;
    for (size_t i = 0; i < loaded.n; i++) {
        stq *q = &loaded.q[i];
        if (shown[i])
            continue;
        shown[i] = 1;
        if (q->article_id != last_article) {
            char date[64];
            ui_date(u, q->date, date, sizeof date);
            if (last_article >= 0) {
                size_t f = v->st.text.len;
                styled_adds(&v->st, "", HL_NORMAL);
                tview_wrap(v, f, f, width, 0, -1, 0);
            }
            size_t from = v->st.text.len;
            styled_printf(&v->st, HL_META, "%s \xc2\xb7 %s \xc2\xb7 ", q->source, date);
            styled_adds(&v->st, q->title, HL_TITLE);
            tview_wrap(v, from, v->st.text.len, width, 4, -1, 0);
            last_article = q->article_id;
        }
        size_t from = v->st.text.len;
        int e = lv_add_entry(lv, q->article_id, q->id, 0, q->start, 1);
        /* quote marks around direct quotes only: a partial quote carries
         * its own around the quoted words */
        styled_adds(&v->st, "  ", HL_NORMAL);
        if (q->kind == QUOTE_DIRECT)
            styled_adds(&v->st, "\xe2\x80\x9c", HL_QUOTE);
        styled_adds(&v->st, q->text, q->kind == QUOTE_INDIRECT ? HL_INDIRECT : HL_QUOTE);
        if (q->kind == QUOTE_DIRECT)
            styled_adds(&v->st, "\xe2\x80\x9d", HL_QUOTE);
        if (q->cue)
            styled_printf(&v->st, HL_META, " \xe2\x80\x94 %s", q->cue);
        tview_wrap(v, from, v->st.text.len, width, 3, e, 0);
        if (!q->statement_id)
            continue;
        /* the same statement in other outlets */
        for (size_t k = i + 1; k < loaded.n; k++) {
            stq *o = &loaded.q[k];
            if (o->statement_id != q->statement_id || shown[k])
                continue;
            shown[k] = 1;
            char date[64];
            ui_date(u, o->date, date, sizeof date);
            size_t f = v->st.text.len;
            int oe = lv_add_entry(lv, o->article_id, o->id, 0, o->start, 1);
            styled_printf(&v->st, HL_META, "    \xe2\x86\xb3 also %s \xc2\xb7 %s: ", o->source, date);
            if (strcmp(o->text, q->text) == 0)
                styled_adds(&v->st, "same words", HL_META);
            else
                add_diff(&v->st, q->text, o->text);
            tview_wrap(v, f, v->st.text.len, width, 6, oe, 0);
        }
    }
    free(shown);
    if (more) {
        size_t f = v->st.text.len;
        styled_adds(&v->st, "\n(more below: moving down reads the next statements)", HL_META);
        tview_wrap(v, f, v->st.text.len, width, 0, -1, 0);
    }
    if (!loaded.n) {
        size_t f = v->st.text.len;
        styled_adds(&v->st, "No statements by this actor in the store.", HL_META);
        tview_wrap(v, f, v->st.text.len, width, 0, -1, 0);
    }
    v->n_entries = (int)lv->ne;
    v->cur = cur;
    v->top = top;
    for (size_t i = 0; keep >= 0 && i < lv->ne; i++)
        if (lv->e[i].quote_id == keep)
            v->cur = (int)i;
    lv->width = width;
}

void actor_free(void)
{
    clear_loaded();
}
