/* store_import: adding an article with its extraction (resolving entities
 * to actors across the store, writing mentions and quotes, keeping the
 * counters), and reindexing.  Grouping is in store_group.c, the work that
 * needs no database in store_prep.c. */
#include "store_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REINDEX_BATCH 64

static void hash_hex(uint64_t h, char out[17])
{
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static int64_t source_get(store *st, const char *name)
{
    static const char ins[] = "INSERT INTO sources(name) VALUES (?) ON CONFLICT(name) DO NOTHING";
    static const char sel[] = "SELECT id FROM sources WHERE name = ?";
    if (!name || !*name)
        return 0;
    sqlite3_stmt *s = store_stmt(st, ins);
    if (!s)
        return -1;
    store_bind_text(s, 1, name);
    if (store_exec_stmt(st, s, "adding a source") < 0)
        return -1;
    s = store_stmt(st, sel);
    if (!s)
        return -1;
    store_bind_text(s, 1, name);
    int64_t id = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    sqlite3_reset(s);
    if (id < 0)
        store_fail(st, "finding a source");
    return id;
}

/* Records an alias (as written, with its keys) for an actor. */
static int alias_add(store *st, int64_t actor_id, const store_prep_alias *a)
{
    static const char sql[] =
        "INSERT INTO aliases(actor_id, alias, key, vkey, vlast) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING";
    if (!a->alias)
        return 0;
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, actor_id);
    store_bind_text(s, 2, a->alias);
    store_bind_text(s, 3, a->key);
    store_bind_text(s, 4, a->vkey);
    store_bind_text(s, 5, store_last_word(a->vkey));
    return store_exec_stmt(st, s, "adding an alias");
}

/* The actor an entity name (canonical, with its key) stands for,
 * created when new. */
static int64_t actor_resolve(store *st, actor_kind kind, const char *name, const char *key)
{
    static const char by_key[] = "SELECT id FROM actors WHERE kind = ? AND key = ?";
    static const char by_alias[] =
        "SELECT DISTINCT l.actor_id FROM aliases l JOIN actors a ON a.id = l.actor_id"
        " WHERE l.vkey = ? AND a.kind = ? LIMIT 2";
    static const char by_last[] =
        "SELECT DISTINCT l.actor_id FROM aliases l JOIN actors a ON a.id = l.actor_id"
        " WHERE l.vlast = ? AND a.kind = ? LIMIT 2";
    static const char ins[] = "INSERT INTO actors(kind, name, key) VALUES (?, ?, ?)";
    int64_t id = 0;
    sqlite3_stmt *s = store_stmt(st, by_key);
    if (!s)
        goto out;
    sqlite3_bind_int(s, 1, (int)kind);
    store_bind_text(s, 2, key);
    if (sqlite3_step(s) == SQLITE_ROW)
        id = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    if (!id) {
        /* Same name under a spelling variant, or a surname alone that
         * belongs to exactly one known person. */
        char *vkey = store_vkey(key);
        int single = strchr(vkey, ' ') == NULL;
        for (int pass = 0; pass < 2 && !id; pass++) {
            if (pass == 1 && !(single && kind == ACTOR_PERSON))
                break;
            s = store_stmt(st, pass == 0 ? by_alias : by_last);
            if (!s)
                break;
            store_bind_text(s, 1, vkey);
            sqlite3_bind_int(s, 2, (int)kind);
            int64_t first = 0, n = 0;
            while (sqlite3_step(s) == SQLITE_ROW) {
                if (!n)
                    first = sqlite3_column_int64(s, 0);
                n++;
            }
            sqlite3_reset(s);
            if (n == 1)
                id = first;
        }
        free(vkey);
    }
    if (!id) {
        s = store_stmt(st, ins);
        if (!s)
            goto out;
        sqlite3_bind_int(s, 1, (int)kind);
        store_bind_text(s, 2, name);
        store_bind_text(s, 3, key);
        if (store_exec_stmt(st, s, "adding an actor") < 0)
            goto out;
        id = sqlite3_last_insert_rowid(st->db);
        store_prep_alias self;
        store_prep_alias_make(st, kind, name, strlen(name), &self);
        if (alias_add(st, id, &self) < 0)
            id = 0;
        store_prep_alias_free(&self);
    }
out:
    return id ? id : -1;
}

/* ---- mentions and quotes ---------------------------------------------- */

typedef struct actor_count {
    int64_t id;
    int64_t n;
    actor_kind kind;
} actor_count;

static int cmp_count(const void *a, const void *b)
{
    int64_t x = ((const actor_count *)a)->id, y = ((const actor_count *)b)->id;
    return x < y ? -1 : x > y;
}

typedef struct old_quote {
    int64_t id;
    size_t start, end;
    char *text;
    int used;
} old_quote;

/* ---- actor counters, written at commit ------------------------------ */

void store_actor_count(store *st, int64_t id, int64_t mentions, int64_t articles, int64_t quotes)
{
    if (st->n_actor_d == st->cap_actor_d) {
        st->cap_actor_d = st->cap_actor_d ? 2 * st->cap_actor_d : 1024;
        st->actor_d = xrealloc(st->actor_d, st->cap_actor_d * sizeof *st->actor_d);
    }
    st->actor_d[st->n_actor_d++] = (struct actor_delta){id, mentions, articles, quotes};
}

void store_actor_source_count(store *st, int64_t actor, int64_t source)
{
    if (st->n_source_d == st->cap_source_d) {
        st->cap_source_d = st->cap_source_d ? 2 * st->cap_source_d : 1024;
        st->source_d = xrealloc(st->source_d, st->cap_source_d * sizeof *st->source_d);
    }
    st->source_d[st->n_source_d++] = (struct source_delta){actor, source};
}

void store_counts_clear(store *st)
{
    free(st->actor_d);
    free(st->source_d);
    st->actor_d = NULL;
    st->source_d = NULL;
    st->n_actor_d = st->cap_actor_d = st->n_source_d = st->cap_source_d = 0;
}

static int cmp_actor_delta(const void *a, const void *b)
{
    int64_t x = ((const struct actor_delta *)a)->id, y = ((const struct actor_delta *)b)->id;
    return x < y ? -1 : x > y;
}

static int cmp_source_delta(const void *a, const void *b)
{
    const struct source_delta *x = a, *y = b;
    if (x->actor != y->actor)
        return x->actor < y->actor ? -1 : 1;
    return x->source < y->source ? -1 : x->source > y->source;
}

/* In actor order, so the updates walk the actors table once. */
int store_counts_flush(store *st)
{
    static const char bump_actor[] =
        "UPDATE actors SET n_mentions = n_mentions + ?1, n_articles = n_articles + ?2,"
        " n_quotes = n_quotes + ?3 WHERE id = ?4";
    static const char bump_source[] =
        "INSERT INTO actor_sources(actor_id, source_id, n_articles) VALUES (?1, ?2, ?3)"
        " ON CONFLICT DO UPDATE SET n_articles = n_articles + ?3";
    if (st->n_actor_d)
        qsort(st->actor_d, st->n_actor_d, sizeof *st->actor_d, cmp_actor_delta);
    for (size_t i = 0; i < st->n_actor_d;) {
        struct actor_delta sum = st->actor_d[i++];
        for (; i < st->n_actor_d && st->actor_d[i].id == sum.id; i++) {
            sum.mentions += st->actor_d[i].mentions;
            sum.articles += st->actor_d[i].articles;
            sum.quotes += st->actor_d[i].quotes;
        }
        sqlite3_stmt *s = store_stmt(st, bump_actor);
        if (!s)
            return -1;
        sqlite3_bind_int64(s, 1, sum.mentions);
        sqlite3_bind_int64(s, 2, sum.articles);
        sqlite3_bind_int64(s, 3, sum.quotes);
        sqlite3_bind_int64(s, 4, sum.id);
        if (store_exec_stmt(st, s, "counting mentions") < 0)
            return -1;
    }
    if (st->n_source_d)
        qsort(st->source_d, st->n_source_d, sizeof *st->source_d, cmp_source_delta);
    for (size_t i = 0; i < st->n_source_d;) {
        size_t j = i + 1;
        while (j < st->n_source_d && !cmp_source_delta(&st->source_d[i], &st->source_d[j]))
            j++;
        sqlite3_stmt *s = store_stmt(st, bump_source);
        if (!s)
            return -1;
        sqlite3_bind_int64(s, 1, st->source_d[i].actor);
        sqlite3_bind_int64(s, 2, st->source_d[i].source);
        sqlite3_bind_int64(s, 3, (int64_t)(j - i));
        if (store_exec_stmt(st, s, "counting sources") < 0)
            return -1;
        i = j;
    }
    store_counts_clear(st);
    return 0;
}

int store_extraction_put(store *st, int64_t article_id, const char *text, const extraction *ex,
                         const lexicon *lx, const store_prep *prep, int fresh, int64_t source_id)
{
    static const char del_mentions[] = "DELETE FROM mentions WHERE article_id = ?";
    static const char ins_mention[] =
        "INSERT INTO mentions(article_id, actor_id, start, end) VALUES (?, ?, ?, ?)";
    static const char old_quotes[] = "SELECT id, start, end, text FROM quotes WHERE article_id = ?";
    static const char ins_quote[] =
        "INSERT INTO quotes(article_id, start, end, text, words, kind, cue, speaker_id,"
        " speaker_text, speaker_start, speaker_end, pieces, statement_id, sig, date) VALUES (?1, ?2, ?3,"
        " ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, (SELECT date FROM articles WHERE id = ?1))";
    static const char upd_quote[] =
        "UPDATE quotes SET start = ?2, end = ?3, text = ?4, words = ?5, kind = ?6, cue = ?7,"
        " speaker_id = ?8, speaker_text = ?9, speaker_start = ?10, speaker_end = ?11, pieces = ?12,"
        " statement_id = NULL WHERE id = ?1";
    static const char del_quote[] = "DELETE FROM quotes WHERE id = ?";
    static const char bump_speaker_article[] =
        "INSERT INTO speaker_articles(speaker_id, article_id, n) VALUES (?1, ?2, ?3)"
        " ON CONFLICT DO UPDATE SET n = n + ?3";
    static const char counts[] =
        "UPDATE articles SET n_people = ?, n_places = ?, n_quotes = ? WHERE id = ?";
    /* the store's quote total: this is the only place quotes come and go */
    static const char total[] = "UPDATE counts SET n = n + ? WHERE what = 'quotes'";
    int64_t added = 0;
    size_t len = strlen(text);
    int rc = -1;
    sqlite3_stmt *s;
    int64_t *ids = xcalloc(ex->n_entities + 1, sizeof *ids);
    actor_count *ac = xcalloc(ex->n_entities + 1, sizeof *ac);
    size_t n_ac = 0;
    old_quote *old = NULL;
    size_t n_old = 0;
    actor_count *spk = NULL; /* quotes per speaker in this article */
    size_t n_spk = 0;
    store_prep *own = prep ? NULL : store_prep_make(st, lx, text, ex);
    const store_prep *pp = prep ? prep : own;

    if (!fresh) {
        store_group_forget(st); /* quotes change in place: the candidates are not the newest */
        if (!(s = store_stmt(st, del_mentions)))
            goto out;
        sqlite3_bind_int64(s, 1, article_id);
        if (store_exec_stmt(st, s, "replacing mentions") < 0)
            goto out;
    }
    for (size_t i = 0; i < ex->n_entities; i++) {
        const ex_entity *e = &ex->entities[i];
        const store_prep_entity *pe = &pp->e[i];
        if (!pe->name)
            continue;
        ids[i] = actor_resolve(st, e->kind, pe->name, pe->key);
        if (ids[i] < 0)
            goto out;
        int64_t n = 0;
        for (size_t m = 0; m < e->n_mentions; m++) {
            const ex_span *sp = &e->mentions[m];
            if (!store_span_ok(sp->start, sp->end, len))
                continue;
            if (!(s = store_stmt(st, ins_mention)))
                goto out;
            sqlite3_bind_int64(s, 1, article_id);
            sqlite3_bind_int64(s, 2, ids[i]);
            sqlite3_bind_int64(s, 3, (int64_t)sp->start);
            sqlite3_bind_int64(s, 4, (int64_t)sp->end);
            if (store_exec_stmt(st, s, "adding a mention") < 0)
                goto out;
            if (alias_add(st, ids[i], &pe->alias[m]) < 0)
                goto out;
            n++;
        }
        ac[n_ac].id = ids[i];
        ac[n_ac].n = n;
        ac[n_ac].kind = e->kind;
        n_ac++;
    }
    /* One actor may stand behind several entities ("Zelensky", "Zelenskyy"). */
    qsort(ac, n_ac, sizeof *ac, cmp_count);
    size_t k = 0;
    for (size_t i = 0; i < n_ac; i++) {
        if (k && ac[k - 1].id == ac[i].id)
            ac[k - 1].n += ac[i].n;
        else
            ac[k++] = ac[i];
    }
    n_ac = k;
    int64_t n_people = 0, n_places = 0, n_quotes = 0;
    for (size_t i = 0; i < n_ac; i++) {
        n_people += ac[i].kind == ACTOR_PERSON;
        n_places += ac[i].kind == ACTOR_PLACE;
        if (!fresh)
            continue;
        store_actor_count(st, ac[i].id, ac[i].n, 1, 0);
        if (source_id > 0)
            store_actor_source_count(st, ac[i].id, source_id);
    }

    if (!fresh) {
        if (!(s = store_stmt(st, old_quotes)))
            goto out;
        sqlite3_bind_int64(s, 1, article_id);
        while (sqlite3_step(s) == SQLITE_ROW) {
            old = xrealloc(old, (n_old + 1) * sizeof *old);
            old[n_old].id = sqlite3_column_int64(s, 0);
            old[n_old].start = (size_t)sqlite3_column_int64(s, 1);
            old[n_old].end = (size_t)sqlite3_column_int64(s, 2);
            old[n_old].text = xstrdup(store_col_text(s, 3) ? store_col_text(s, 3) : "");
            old[n_old].used = 0;
            n_old++;
        }
        sqlite3_reset(s);
    }
    for (size_t i = 0; i < ex->n_quotes; i++) {
        const ex_quote *q = &ex->quotes[i];
        const store_prep_quote *pq = &pp->q[i];
        if (!pq->text)
            continue;
        int64_t speaker = 0;
        if (q->speaker >= 0 && (size_t)q->speaker < ex->n_entities &&
            ex->entities[q->speaker].kind != ACTOR_PLACE && ids[q->speaker] > 0)
            speaker = ids[q->speaker];
        int has_span = q->has_speaker_span && store_span_ok(q->speaker_start, q->speaker_end, len) &&
                       q->speaker_end > q->speaker_start;
        /* A quote at the same place keeps its id, so links to it hold. */
        int64_t reuse = 0;
        for (size_t j = 0; j < n_old && !reuse; j++) {
            if (!old[j].used && old[j].start == q->start && old[j].end == q->end) {
                old[j].used = 1;
                reuse = old[j].id;
            }
        }
        if (!(s = store_stmt(st, reuse ? upd_quote : ins_quote)))
            goto out;
        int c = 1;
        if (reuse)
            sqlite3_bind_int64(s, c, reuse);
        else
            sqlite3_bind_int64(s, c, article_id);
        sqlite3_bind_int64(s, ++c, (int64_t)q->start);
        sqlite3_bind_int64(s, ++c, (int64_t)q->end);
        sqlite3_bind_text(s, ++c, pq->text, (int)pq->text_len, SQLITE_STATIC);
        store_bind_text(s, ++c, pq->words);
        sqlite3_bind_int(s, ++c, (int)q->kind);
        store_bind_text(s, ++c, q->cue);
        if (speaker)
            sqlite3_bind_int64(s, ++c, speaker);
        else
            sqlite3_bind_null(s, ++c);
        if (has_span) {
            sqlite3_bind_text(s, ++c, text + q->speaker_start, (int)(q->speaker_end - q->speaker_start),
                              SQLITE_TRANSIENT);
            sqlite3_bind_int64(s, ++c, (int64_t)q->speaker_start);
            sqlite3_bind_int64(s, ++c, (int64_t)q->speaker_end);
        } else {
            sqlite3_bind_null(s, ++c);
            sqlite3_bind_null(s, ++c);
            sqlite3_bind_null(s, ++c);
        }
        store_bind_text(s, ++c, pq->pieces);
        if (fresh && !reuse) {
            /* grouped before its row is written, so the row and its index
             * entries are written once, with their statement */
            int64_t statement;
            unsigned char *sig;
            int sig_bytes;
            if (store_group_new(st, article_id, speaker, pq->words, &statement, &sig, &sig_bytes) < 0)
                goto out;
            sqlite3_bind_int64(s, 13, statement);
            sqlite3_bind_blob(s, 14, sig, sig_bytes, free);
        }
        if (store_exec_stmt(st, s, "adding a quote") < 0)
            goto out;
        int64_t qid = reuse ? reuse : sqlite3_last_insert_rowid(st->db);
        if (!reuse) {
            store_fts_added(st, 1, qid);
            added++;
        }
        n_quotes++;
        if (fresh && speaker) {
            store_actor_count(st, speaker, 0, 0, 1);
            size_t j = 0;
            while (j < n_spk && spk[j].id != speaker)
                j++;
            if (j == n_spk) {
                spk = xrealloc(spk, (n_spk + 1) * sizeof *spk);
                spk[n_spk++] = (actor_count){speaker, 0, ACTOR_PERSON};
            }
            spk[j].n++;
        }
    }
    /* the article's quotes per speaker, one row each */
    for (size_t j = 0; j < n_spk; j++) {
        if (!(s = store_stmt(st, bump_speaker_article)))
            goto out;
        sqlite3_bind_int64(s, 1, spk[j].id);
        sqlite3_bind_int64(s, 2, article_id);
        sqlite3_bind_int64(s, 3, spk[j].n);
        if (store_exec_stmt(st, s, "counting quotes") < 0)
            goto out;
    }
    for (size_t j = 0; j < n_old; j++) {
        if (old[j].used)
            continue;
        if (!(s = store_stmt(st, del_quote)))
            goto out;
        sqlite3_bind_int64(s, 1, old[j].id);
        if (store_exec_stmt(st, s, "removing a quote") < 0)
            goto out;
        store_fts_removed(st, old[j].id, old[j].text);
        added--;
    }
    if (added) {
        if (!(s = store_stmt(st, total)))
            goto out;
        sqlite3_bind_int64(s, 1, added);
        if (store_exec_stmt(st, s, "counting quotes") < 0)
            goto out;
    }
    if (!(s = store_stmt(st, counts)))
        goto out;
    sqlite3_bind_int64(s, 1, n_people);
    sqlite3_bind_int64(s, 2, n_places);
    sqlite3_bind_int64(s, 3, n_quotes);
    sqlite3_bind_int64(s, 4, article_id);
    if (store_exec_stmt(st, s, "counting") < 0)
        goto out;
    if (!fresh && store_bookmarks_relink(st, article_id) < 0)
        goto out;
    if (fresh)
        store_group_article_done(st);
    rc = 0;
out:
    free(ids);
    free(ac);
    for (size_t j = 0; j < n_old; j++)
        free(old[j].text);
    free(old);
    store_prep_free(own);
    free(spk);
    return rc;
}

store_add_status store_article_add(store *st, const doc *d, const extraction *ex,
                                   const lexicon *lx, int64_t *id)
{
    return store_article_add_prepared(st, d, ex, lx, NULL, id);
}

store_add_status store_article_add_prepared(store *st, const doc *d, const extraction *ex,
                                            const lexicon *lx, const store_prep *prep, int64_t *id)
{
    static const char find[] = "SELECT id FROM articles WHERE hash = ?";
    static const char ins[] =
        "INSERT INTO articles(source_id, title, date, url, author, tags, path, format, text, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (!st->bulk) {
        /* An import touches index pages all over a large store: more cache
         * and rarer checkpoints (a 4,096-article batch dirties ~90k pages at
         * 200,000 articles) keep its cost per article flatter as the store
         * grows.  Only connections that add articles pay the memory. */
        store_exec(st, "PRAGMA cache_size = -262144");
        if (store_ckpt_start(st) < 0)
            store_exec(st, "PRAGMA wal_autocheckpoint = 131072");
        st->bulk = 1;
    }
    char hex[17];
    hash_hex(d->hash, hex);
    if (id)
        *id = 0;
    sqlite3_stmt *s = store_stmt(st, find);
    if (!s)
        return STORE_FAILED;
    store_bind_text(s, 1, hex);
    int r = sqlite3_step(s);
    if (r == SQLITE_ROW) {
        if (id)
            *id = sqlite3_column_int64(s, 0);
        sqlite3_reset(s);
        return STORE_PRESENT;
    }
    sqlite3_reset(s);
    if (r != SQLITE_DONE) {
        store_fail(st, "looking up an article");
        return STORE_FAILED;
    }
    int64_t src = source_get(st, d->source);
    if (src < 0)
        return STORE_FAILED;
    buf tags = BUF_INIT;
    for (size_t i = 0; i < d->n_tags; i++) {
        if (i)
            buf_adds(&tags, ", ");
        buf_adds(&tags, d->tags[i]);
    }
    if (!(s = store_stmt(st, ins))) {
        buf_free(&tags);
        return STORE_FAILED;
    }
    if (src > 0)
        sqlite3_bind_int64(s, 1, src);
    else
        sqlite3_bind_null(s, 1);
    store_bind_text(s, 2, d->title ? d->title : "");
    store_bind_text(s, 3, d->date);
    store_bind_text(s, 4, d->url);
    store_bind_text(s, 5, d->author);
    store_bind_text(s, 6, d->n_tags ? buf_str(&tags) : NULL);
    store_bind_text(s, 7, d->path);
    sqlite3_bind_int(s, 8, (int)d->format);
    sqlite3_bind_text(s, 9, d->text, (int)d->text_len, SQLITE_TRANSIENT);
    store_bind_text(s, 10, hex);
    int rc = store_exec_stmt(st, s, "adding an article");
    buf_free(&tags);
    if (rc < 0)
        return STORE_FAILED;
    int64_t aid = sqlite3_last_insert_rowid(st->db);
    store_fts_added(st, 0, aid);
    if (store_extraction_put(st, aid, d->text, ex, lx, prep, 1, src) < 0)
        return STORE_FAILED;
    if (id)
        *id = aid;
    return STORE_ADDED;
}

/* ---- reindex ----------------------------------------------------------- */

int store_actor_recount(store *st)
{
    return store_exec(st,
        "UPDATE actors SET"
        " n_mentions = (SELECT count(*) FROM mentions m WHERE m.actor_id = actors.id),"
        " n_articles = (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.actor_id = actors.id),"
        " n_quotes = (SELECT count(*) FROM quotes q WHERE q.speaker_id = actors.id);"
        "DELETE FROM actor_sources;"
        "INSERT INTO actor_sources(actor_id, source_id, n_articles)"
        " SELECT m.actor_id, a.source_id, count(DISTINCT m.article_id) FROM mentions m"
        " JOIN articles a ON a.id = m.article_id WHERE a.source_id IS NOT NULL"
        " GROUP BY m.actor_id, a.source_id;"
        "DELETE FROM speaker_articles;"
        "INSERT INTO speaker_articles(speaker_id, article_id, n) SELECT speaker_id, article_id, count(*)"
        " FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id, article_id;"
        /* an actor no article names any more goes, with its aliases */
        "DELETE FROM actors WHERE n_mentions = 0 AND n_quotes = 0;");
}

static int regroup(store *st)
{
    if (store_begin(st) < 0)
        return -1;
    if (store_group_all(st) < 0) {
        store_rollback(st);
        return -1;
    }
    return store_commit(st);
}

int store_regroup(store *st, int *merged)
{
    if (store_actor_surnames(st, merged) < 0)
        return -1;
    return regroup(st);
}

int store_reindex(store *st, const lexicon *lx,
                  void (*progress)(void *ctx, size_t done, size_t total), void *ctx)
{
    static const char next[] = "SELECT id, text FROM articles WHERE id > ? ORDER BY id LIMIT " "64";
    static const char total_sql[] = "SELECT count(*) FROM articles";
    _Static_assert(REINDEX_BATCH == 64, "keep the LIMIT above in step");
    /* recounting reads mentions by actor: an import killed before it built
     * the order indexes left them out */
    if (store_indexes_build(st) < 0)
        return -1;
    sqlite3_stmt *s = store_stmt(st, total_sql);
    if (!s)
        return -1;
    size_t total = sqlite3_step(s) == SQLITE_ROW ? (size_t)sqlite3_column_int64(s, 0) : 0;
    sqlite3_reset(s);
    size_t done = 0;
    int64_t last = 0;
    int64_t ids[REINDEX_BATCH];
    char *texts[REINDEX_BATCH];
    for (;;) {
        size_t n = 0;
        if (store_begin(st) < 0)
            return -1;
        if (!(s = store_stmt(st, next)))
            goto fail;
        sqlite3_bind_int64(s, 1, last);
        while (n < REINDEX_BATCH && sqlite3_step(s) == SQLITE_ROW) {
            ids[n] = sqlite3_column_int64(s, 0);
            texts[n] = xstrdup(store_col_text(s, 1) ? store_col_text(s, 1) : "");
            n++;
        }
        sqlite3_reset(s);
        int bad = 0;
        for (size_t i = 0; i < n; i++) {
            if (!bad) {
                extraction ex;
                extract_run(lx, texts[i], strlen(texts[i]), &ex);
                if (store_extraction_put(st, ids[i], texts[i], &ex, lx, NULL, 0, 0) < 0)
                    bad = 1;
                extraction_free(&ex);
            }
            free(texts[i]);
        }
        if (bad)
            goto fail;
        if (store_commit(st) < 0)
            goto fail;
        done += n;
        if (progress)
            progress(ctx, done, total);
        if (n < REINDEX_BATCH)
            break;
        last = ids[n - 1];
    }
    if (store_begin(st) < 0)
        return -1;
    if (store_actor_recount(st) < 0)
        goto fail;
    if (store_commit(st) < 0)
        goto fail;
    return store_regroup(st, NULL);
fail:
    store_rollback(st);
    return -1;
}
