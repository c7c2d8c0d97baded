/* store_prep: the part of adding an article that reads nothing from the
 * database: each quote's text, pieces and sorted words, each name's key,
 * each alias's keys.  An import works it out on the thread that reads the
 * next batch (200,000 articles: 142 s -> 128 s), and the writer only looks
 * things up and writes. */
#include "store_internal.h"
#include "fold.h"
#include <stdlib.h>
#include <string.h>

#define ALIAS_MAX_BYTES 200

/* ---- a quote's words ---------------------------------------------------- */

typedef struct wordset {
    char *mem;
    const char **w;
    size_t n;
} wordset;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void wordset_make(wordset *ws, const char *words)
{
    ws->mem = xstrdup(words);
    size_t cap = 1;
    for (const char *p = words; *p; p++)
        cap += *p == ' ';
    ws->w = xmalloc(cap * sizeof *ws->w);
    ws->n = 0;
    for (char *p = ws->mem; *p;) {
        ws->w[ws->n++] = p;
        char *sp = strchr(p, ' ');
        if (!sp)
            break;
        *sp = '\0';
        p = sp + 1;
    }
    /* stored word lists are already sorted and unique; older rows may not be */
    int sorted = 1;
    for (size_t i = 1; i < ws->n && sorted; i++)
        sorted = strcmp(ws->w[i - 1], ws->w[i]) < 0;
    if (!sorted)
        qsort(ws->w, ws->n, sizeof *ws->w, cmp_str);
    size_t k = 0;
    for (size_t i = 0; i < ws->n; i++)
        if (!k || strcmp(ws->w[k - 1], ws->w[i]))
            ws->w[k++] = ws->w[i];
    ws->n = k;
}

static void wordset_free(wordset *ws)
{
    free(ws->mem);
    free(ws->w);
}

/* Rewrites folded text as its sorted, unique words: what grouping compares. */
static void sorted_words(buf *b)
{
    wordset ws;
    wordset_make(&ws, buf_str(b));
    buf_clear(b);
    for (size_t i = 0; i < ws.n; i++) {
        if (i)
            buf_addc(b, ' ');
        buf_adds(b, ws.w[i]);
    }
    if (!b->data)
        buf_add(b, "", 0);
    wordset_free(&ws);
}

/* ---- names and aliases ------------------------------------------------ */

void store_prep_alias_make(const store *st, actor_kind kind, const char *alias, size_t n,
                           store_prep_alias *out)
{
    memset(out, 0, sizeof *out);
    /* "Trump's" is Trump */
    if (n > 2 && alias[n - 2] == '\'' && alias[n - 1] == 's')
        n -= 2;
    else if (n > 4 && !memcmp(alias + n - 4, "\xE2\x80\x99s", 4))
        n -= 4;
    if (n == 0 || n > ALIAS_MAX_BYTES)
        return;
    char *a = xstrndup(alias, n), *key = store_key(st, kind, a);
    if (!*key) {
        free(key);
        free(a);
        return;
    }
    out->alias = a;
    out->key = key;
    out->vkey = store_vkey(key);
}

void store_prep_alias_free(store_prep_alias *a)
{
    free(a->alias);
    free(a->key);
    free(a->vkey);
    memset(a, 0, sizeof *a);
}

store_prep *store_prep_make(const store *st, const lexicon *lx, const char *text, const extraction *ex)
{
    size_t len = strlen(text);
    store_prep *p = xcalloc(1, sizeof *p);
    p->n_entities = ex->n_entities;
    p->e = xcalloc(ex->n_entities + 1, sizeof *p->e);
    for (size_t i = 0; i < ex->n_entities; i++) {
        const ex_entity *e = &ex->entities[i];
        store_prep_entity *pe = &p->e[i];
        if (!e->name || !*e->name)
            continue;
        pe->name = e->name;
        if (lx) {
            const char *canon = lexicon_alias_canonical(lx, e->name);
            if (canon)
                pe->name = canon;
        }
        pe->key = store_key(st, e->kind, pe->name);
        if (!*pe->key) {
            free(pe->key);
            pe->key = fold_dup(pe->name);
        }
        /* each distinct way the text writes the name is an alias */
        pe->alias = xcalloc(e->n_mentions + 1, sizeof *pe->alias);
        pe->n_alias = e->n_mentions;
        for (size_t m = 0; m < e->n_mentions; m++) {
            const ex_span *sp = &e->mentions[m];
            if (!store_span_ok(sp->start, sp->end, len))
                continue;
            int seen = 0;
            for (size_t k = 0; k < m && !seen; k++) {
                const ex_span *o = &e->mentions[k];
                seen = o->end - o->start == sp->end - sp->start && store_span_ok(o->start, o->end, len) &&
                       !memcmp(text + o->start, text + sp->start, sp->end - sp->start);
            }
            if (!seen)
                store_prep_alias_make(st, e->kind, text + sp->start, sp->end - sp->start, &pe->alias[m]);
        }
    }
    p->n_quotes = ex->n_quotes;
    p->q = xcalloc(ex->n_quotes + 1, sizeof *p->q);
    for (size_t i = 0; i < ex->n_quotes; i++) {
        const ex_quote *q = &ex->quotes[i];
        store_prep_quote *pq = &p->q[i];
        if (!store_span_ok(q->start, q->end, len) || q->end == q->start)
            continue;
        buf t = BUF_INIT, pieces = BUF_INIT, words = BUF_INIT;
        extract_quote_text(text, len, q, &t);
        extract_pieces_format(&pieces, q);
        fold_text(&words, t.data ? t.data : "", t.len);
        sorted_words(&words);
        pq->text_len = t.len;
        pq->text = t.data ? buf_steal(&t) : xstrdup("");
        pq->pieces = pieces.len ? buf_steal(&pieces) : NULL;
        pq->words = buf_steal(&words);
        buf_free(&pieces);
    }
    return p;
}

void store_prep_free(store_prep *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->n_entities; i++) {
        free(p->e[i].key);
        for (size_t m = 0; m < p->e[i].n_alias; m++)
            store_prep_alias_free(&p->e[i].alias[m]);
        free(p->e[i].alias);
    }
    for (size_t i = 0; i < p->n_quotes; i++) {
        free(p->q[i].text);
        free(p->q[i].pieces);
        free(p->q[i].words);
    }
    free(p->e);
    free(p->q);
    free(p);
}
