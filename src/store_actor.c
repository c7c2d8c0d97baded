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

/* Each actor once, best first: one of its names or aliases starts with
 * the prefix, or one of their words does. */
int store_actor_complete_rows(store *st, const char *prefix, int64_t limit, store_actor_fn fn,
                              void *ctx)
{
    static const char sql[] =
        "SELECT " ACTOR_COLS " FROM actors ac WHERE ac.id IN (SELECT l.actor_id FROM aliases l"
        " WHERE (l.key >= ?1 AND l.key < ?2) OR (l.vlast >= ?1 AND l.vlast < ?2))"
        " ORDER BY ac.n_mentions DESC, ac.name, ac.id LIMIT ?3";
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
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            store_actor_row r;
            actor_read(s, &r);
            if (fn(ctx, &r))
                break;
        }
        sqlite3_reset(s);
        rc = rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : store_fail(st, "completing a name");
    }
    buf_free(&hi);
    free(p);
    return rc;
}

typedef struct name_ctx {
    store_name_fn fn;
    void *ctx;
} name_ctx;

static int name_row(void *ctx, const store_actor_row *r)
{
    name_ctx *x = ctx;
    return x->fn(x->ctx, r->name ? r->name : "", r->id);
}

int store_actor_complete(store *st, const char *prefix, int64_t limit, store_name_fn fn, void *ctx)
{
    name_ctx x = {fn, ctx};
    return store_actor_complete_rows(st, prefix, limit, name_row, &x);
}

/* ---- a surname alone --------------------------------------------------- */

/* A person named by surname alone in an article that never gives the full
 * name ("Obama") becomes an actor of its own.  When one full-name person
 * of that surname dominates the store (SURNAME_DOMINANCE times the
 * mentions of any other, and half the surname's own at least), the surname is
 * that person: its mentions, quotes and aliases move there.  Two that
 * compete (Jeb Bush, George W Bush) leave it apart. */
#define SURNAME_DOMINANCE 3

typedef struct surname {
    int64_t id, n;
    char *vkey;
} surname;

/* Moves everything of actor from to actor to, and removes from. */
static int actor_merge(store *st, int64_t from, int64_t to)
{
    static const char *const steps[] = {
        "UPDATE statements SET speaker_id = ?2 WHERE id IN (SELECT statement_id FROM quotes"
        " INDEXED BY quotes_by_speaker WHERE speaker_id = ?1)",
        "UPDATE quotes SET speaker_id = ?2 WHERE speaker_id = ?1",
        "UPDATE mentions SET actor_id = ?2 WHERE actor_id = ?1",
        "INSERT INTO speaker_articles(speaker_id, article_id, n) SELECT ?2, article_id, n"
        " FROM speaker_articles WHERE speaker_id = ?1 ON CONFLICT DO UPDATE SET n = n + excluded.n",
        "DELETE FROM speaker_articles WHERE speaker_id = ?1",
        "INSERT INTO aliases(actor_id, alias, key, vkey, vlast) SELECT ?2, alias, key, vkey, vlast"
        " FROM aliases WHERE actor_id = ?1 ON CONFLICT DO NOTHING",
        "UPDATE actors SET n_mentions = n_mentions + (SELECT n_mentions FROM actors WHERE id = ?1),"
        " n_quotes = n_quotes + (SELECT n_quotes FROM actors WHERE id = ?1),"
        " n_articles = (SELECT count(DISTINCT article_id) FROM mentions WHERE actor_id = ?2)"
        " WHERE id = ?2",
        "DELETE FROM actor_sources WHERE actor_id IN (?1, ?2)",
        "INSERT INTO actor_sources(actor_id, source_id, n_articles) SELECT ?2, a.source_id,"
        " count(DISTINCT m.article_id) FROM mentions m JOIN articles a ON a.id = m.article_id"
        " WHERE m.actor_id = ?2 AND a.source_id IS NOT NULL GROUP BY a.source_id",
        "DELETE FROM actors WHERE id = ?1",
    };
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
        sqlite3_stmt *s = store_stmt(st, steps[i]);
        if (!s)
            return -1;
        sqlite3_bind_int64(s, 1, from);
        sqlite3_bind_int64(s, 2, to);
        if (store_exec_stmt(st, s, "joining a surname to its person") < 0)
            return -1;
    }
    return 0;
}

int store_actor_surnames(store *st, int *merged)
{
    /* named by one word ("Obama", "Kilroy-Silk"), and the persons with
     * more words whose key ends in that name's */
    static const char alone[] =
        "SELECT a.id, a.n_mentions, l.vkey FROM actors a JOIN aliases l"
        " ON l.actor_id = a.id AND l.alias = a.name"
        " WHERE a.kind = 0 AND instr(a.name, ' ') = 0 AND a.n_mentions > 0";
    /* by the surname's index first: before the store's statistics exist
     * (a first import), the planner would walk every person instead */
    static const char full[] =
        "SELECT a.id, a.n_mentions FROM aliases l INDEXED BY aliases_by_vlast CROSS JOIN actors a"
        " ON a.id = l.actor_id AND l.alias = a.name"
        " WHERE l.vlast = ?1 AND a.kind = 0 AND a.id <> ?2 AND instr(a.name, ' ') > 0"
        " AND substr(l.vkey, -length(?3) - 1) = ' ' || ?3"
        " ORDER BY a.n_mentions DESC, a.id LIMIT 2";
    if (merged)
        *merged = 0;
    store_group_forget(st); /* speakers go away */
    if (store_begin(st) < 0)
        return -1;
    surname *sn = NULL;
    size_t n = 0, cap = 0;
    sqlite3_stmt *s = store_stmt(st, alone);
    if (!s)
        goto fail;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const char *v = store_col_text(s, 2);
        if (!v || !*v)
            continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 256;
            sn = xrealloc(sn, cap * sizeof *sn);
        }
        sn[n++] = (surname){sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1), xstrdup(v)};
    }
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
        store_fail(st, "finding surnames");
        goto fail;
    }
    for (size_t i = 0; i < n; i++) {
        if (!(s = store_stmt(st, full)))
            goto fail;
        store_bind_text(s, 1, store_last_word(sn[i].vkey));
        sqlite3_bind_int64(s, 2, sn[i].id);
        store_bind_text(s, 3, sn[i].vkey);
        int64_t top = 0, top_n = 0, second_n = 0;
        int k = 0;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            if (k++ == 0) {
                top = sqlite3_column_int64(s, 0);
                top_n = sqlite3_column_int64(s, 1);
            } else {
                second_n = sqlite3_column_int64(s, 1);
            }
        }
        sqlite3_reset(s);
        if (rc != SQLITE_DONE) {
            store_fail(st, "finding a surname's person");
            goto fail;
        }
        if (!top || 2 * top_n < sn[i].n || top_n < SURNAME_DOMINANCE * second_n)
            continue;
        if (actor_merge(st, sn[i].id, top) < 0)
            goto fail;
        if (merged)
            (*merged)++;
    }
    for (size_t i = 0; i < n; i++)
        free(sn[i].vkey);
    free(sn);
    return store_commit(st);
fail:
    for (size_t i = 0; i < n; i++)
        free(sn[i].vkey);
    free(sn);
    store_rollback(st);
    return -1;
}
