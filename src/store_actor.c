/* store_actor: listing actors and finding them by any way of writing
 * their name ("Zelensky", "zelenskyy", "President Zelenskiy"). */
#include "store_internal.h"
#include "fold.h"
#include <stdlib.h>
#include <string.h>

#define FIND_MAX 256          /* candidates considered */
#define FUZZY_MIN_LEN 5       /* edit distance 1 only on words this long */

enum { SCORE_FUZZY = 5, SCORE_LAST_MULTI = 10, SCORE_LAST = 20, SCORE_EXACT = 30 };

#define ACTOR_COLS \
    "ac.id, ac.kind, ac.name, ac.n_mentions, ac.n_articles," \
    " (SELECT count(*) FROM actor_sources x WHERE x.actor_id = ac.id), ac.n_quotes, 0"

static void actor_read(sqlite3_stmt *s, store_actor_row *r)
{
    r->id = sqlite3_column_int64(s, 0);
    r->kind = (actor_kind)sqlite3_column_int(s, 1);
    r->name = store_col_text(s, 2);
    r->n_mentions = sqlite3_column_int64(s, 3);
    r->n_articles = sqlite3_column_int64(s, 4);
    r->n_sources = sqlite3_column_int64(s, 5);
    r->n_quotes = sqlite3_column_int64(s, 6);
    r->n_other_sources = sqlite3_column_int64(s, 7);
}

int store_actors(store *st, const store_actor_query *q, store_actor_fn fn, void *ctx)
{
    static const char any[] = "SELECT " ACTOR_COLS " FROM actors ac"
        " ORDER BY ac.n_mentions DESC, ac.name LIMIT ?2 OFFSET ?3";
    static const char by_kind[] = "SELECT " ACTOR_COLS " FROM actors ac WHERE ac.kind = ?1"
        " ORDER BY ac.n_mentions DESC, ac.name LIMIT ?2 OFFSET ?3";
    static const char in_article[] =
        "SELECT ac.id, ac.kind, ac.name, count(*) AS n, ac.n_articles,"
        " (SELECT count(*) FROM actor_sources x WHERE x.actor_id = ac.id), ac.n_quotes,"
        " (SELECT count(*) FROM actor_sources x WHERE x.actor_id = ac.id"
        "   AND x.source_id IS NOT (SELECT source_id FROM articles WHERE id = ?4))"
        " FROM mentions m JOIN actors ac ON ac.id = m.actor_id"
        " WHERE m.article_id = ?4 AND (?1 < 0 OR ac.kind = ?1)"
        " GROUP BY ac.id ORDER BY n DESC, ac.name LIMIT ?2 OFFSET ?3";
    const char *sql = q->article_id > 0 ? in_article : q->kind >= 0 ? by_kind : any;
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    sqlite3_bind_int(s, 1, q->kind);
    sqlite3_bind_int64(s, 2, q->limit < 0 ? -1 : q->limit);
    sqlite3_bind_int64(s, 3, q->offset > 0 ? q->offset : 0);
    if (q->article_id > 0)
        sqlite3_bind_int64(s, 4, q->article_id);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        store_actor_row r;
        actor_read(s, &r);
        if (fn(ctx, &r))
            break;
    }
    sqlite3_reset(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return store_fail(st, "listing actors");
    return 0;
}

int store_actor_get(store *st, int64_t id, store_actor_row *out, char **name_out)
{
    static const char sql[] = "SELECT " ACTOR_COLS " FROM actors ac WHERE ac.id = ?";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, id);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(s);
        if (rc != SQLITE_DONE)
            return store_fail(st, "reading an actor");
        return 1;
    }
    actor_read(s, out);
    char *name = xstrdup(out->name ? out->name : "");
    sqlite3_reset(s);
    if (name_out) {
        *name_out = name;
        out->name = name;
    } else {
        free(name);
        out->name = NULL;
    }
    return 0;
}

/* ---- finding ---------------------------------------------------------- */

typedef struct cand {
    int64_t id, n_mentions;
    int score;
} cand;

typedef struct cands {
    cand c[FIND_MAX];
    int n;
} cands;

static void cand_add(cands *cs, int64_t id, int64_t n_mentions, int score)
{
    for (int i = 0; i < cs->n; i++) {
        if (cs->c[i].id == id) {
            if (score > cs->c[i].score)
                cs->c[i].score = score;
            return;
        }
    }
    if (cs->n < FIND_MAX)
        cs->c[cs->n++] = (cand){id, n_mentions, score};
}

static int kind_ok(int want, int kind)
{
    return want == -1 || (want == STORE_KIND_SPEAKER ? kind != ACTOR_PLACE : want == kind);
}

static int match_col(store *st, const char *sql, const char *v, int kind, int score, cands *cs)
{
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    store_bind_text(s, 1, v);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        if (kind_ok(kind, sqlite3_column_int(s, 1)))
            cand_add(cs, sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 2), score);
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : store_fail(st, "finding an actor");
}

/* 1 when a and b differ by at most one insertion, deletion or substitution. */
static int within_one_edit(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la < lb) {
        const char *t = a;
        a = b;
        b = t;
        size_t tl = la;
        la = lb;
        lb = tl;
    }
    if (la - lb > 1)
        return 0;
    size_t i = 0;
    while (i < lb && a[i] == b[i])
        i++;
    if (la == lb)
        return !strcmp(a + i + (i < la), b + i + (i < lb));
    return !strcmp(a + i + 1, b + i);
}

static int cmp_cand(const void *x, const void *y)
{
    const cand *a = x, *b = y;
    if (a->score != b->score)
        return b->score - a->score;
    if (a->n_mentions != b->n_mentions)
        return a->n_mentions < b->n_mentions ? 1 : -1;
    return a->id < b->id ? -1 : a->id > b->id;
}

static int find_keys(store *st, const char *name, int kind, cands *cs)
{
    static const char by_vkey[] =
        "SELECT DISTINCT l.actor_id, ac.kind, ac.n_mentions FROM aliases l"
        " JOIN actors ac ON ac.id = l.actor_id WHERE l.vkey = ?";
    static const char by_vlast[] =
        "SELECT DISTINCT l.actor_id, ac.kind, ac.n_mentions FROM aliases l"
        " JOIN actors ac ON ac.id = l.actor_id WHERE l.vlast = ?";
    /* person keys drop titles; place keys only fold */
    char *keys[2] = {store_key(st, ACTOR_PERSON, name), fold_dup(name)};
    int rc = 0;
    for (int k = 0; k < 2 && rc == 0; k++) {
        if (!*keys[k] || (k == 1 && !strcmp(keys[0], keys[1])))
            continue;
        char *vkey = store_vkey(keys[k]);
        rc = match_col(st, by_vkey, vkey, kind, SCORE_EXACT, cs);
        int single = strchr(vkey, ' ') == NULL;
        if (rc == 0)
            rc = match_col(st, by_vlast, store_last_word(vkey), kind,
                           single ? SCORE_LAST : SCORE_LAST_MULTI, cs);
        free(vkey);
    }
    if (rc == 0 && cs->n == 0 && *keys[0]) {
        /* Spelling variants: one edit away on the last word. */
        static const char words[] = "SELECT DISTINCT vlast FROM aliases";
        char *vkey = store_vkey(keys[0]);
        const char *last = store_last_word(vkey);
        if (strlen(last) >= FUZZY_MIN_LEN) {
            sqlite3_stmt *s = store_stmt(st, words);
            char **hits = NULL;
            size_t n_hits = 0;
            if (!s) {
                rc = -1;
            } else {
                while (sqlite3_step(s) == SQLITE_ROW && n_hits < 32) {
                    const char *w = store_col_text(s, 0);
                    if (w && strlen(w) >= FUZZY_MIN_LEN && within_one_edit(w, last)) {
                        hits = xrealloc(hits, (n_hits + 1) * sizeof *hits);
                        hits[n_hits++] = xstrdup(w);
                    }
                }
                sqlite3_reset(s);
            }
            for (size_t i = 0; i < n_hits; i++) {
                if (rc == 0)
                    rc = match_col(st, by_vlast, hits[i], kind, SCORE_FUZZY, cs);
                free(hits[i]);
            }
            free(hits);
        }
        free(vkey);
    }
    free(keys[0]);
    free(keys[1]);
    return rc;
}

int store_actor_find_ids(store *st, const char *name, int kind, int best_only,
                         int64_t *ids, int max)
{
    cands *cs = xcalloc(1, sizeof *cs);
    int rc = find_keys(st, name, kind, cs);
    if (rc == 0 && st->lx) {
        const char *canon = lexicon_alias_canonical(st->lx, name);
        if (canon && strcmp(canon, name))
            rc = find_keys(st, canon, kind, cs);
    }
    int n = 0;
    if (rc == 0) {
        qsort(cs->c, (size_t)cs->n, sizeof *cs->c, cmp_cand);
        for (int i = 0; i < cs->n && n < max; i++) {
            if (best_only && cs->c[i].score < cs->c[0].score)
                break;
            ids[n++] = cs->c[i].id;
        }
    }
    free(cs);
    return rc < 0 ? -1 : n;
}

int store_actor_find(store *st, const char *name, int kind, int64_t limit,
                     store_actor_fn fn, void *ctx)
{
    int max = limit < 0 || limit > FIND_MAX ? FIND_MAX : (int)limit;
    int64_t ids[FIND_MAX];
    int n = store_actor_find_ids(st, name, kind, 0, ids, max);
    if (n < 0)
        return -1;
    for (int i = 0; i < n; i++) {
        store_actor_row r;
        char *nm = NULL;
        int g = store_actor_get(st, ids[i], &r, &nm);
        if (g < 0)
            return -1;
        if (g == 0) {
            int stop = fn(ctx, &r);
            free(nm);
            if (stop)
                break;
        }
    }
    return 0;
}

int store_actor_complete(store *st, const char *prefix, int64_t limit, store_name_fn fn, void *ctx)
{
    static const char sql[] =
        "SELECT l.alias, l.actor_id FROM aliases l JOIN actors ac ON ac.id = l.actor_id"
        " WHERE (l.key >= ?1 AND l.key < ?2) OR (l.vlast >= ?1 AND l.vlast < ?2)"
        " ORDER BY ac.n_mentions DESC, length(l.alias) DESC, l.alias LIMIT ?3";
    char *p = fold_dup(prefix);
    if (!*p) {
        free(p);
        return 0;
    }
    buf hi = BUF_INIT;
    buf_adds(&hi, p);
    buf_adds(&hi, "\xF4\x8F\xBF\xBF"); /* above every folded string with this prefix */
    sqlite3_stmt *s = store_stmt(st, sql);
    int rc = -1;
    if (s) {
        store_bind_text(s, 1, p);
        store_bind_text(s, 2, buf_str(&hi));
        sqlite3_bind_int64(s, 3, limit < 0 ? -1 : limit);
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            if (fn(ctx, store_col_text(s, 0), sqlite3_column_int64(s, 1)))
                break;
        sqlite3_reset(s);
        rc = rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : store_fail(st, "completing a name");
    }
    buf_free(&hi);
    free(p);
    return rc;
}
