/* store_rank: the function full-text hits are ranked by, registered with
 * FTS5 on every connection.
 *
 * newsroom_rank(fts_table, term_weights, column_weight...) is BM25 without
 * its length normalisation (b = 0): the sum over the query's terms of
 *     weight * f * (k1 + 1) / (f + k1)
 * where f counts the term's occurrences in the hit, each counted at its
 * column's weight (1.0 for a column given none), and the term's weight is
 * read from term_weights, a blob of doubles, one per term (1.0 for each
 * when NULL or short).  Like bm25() it is negative, better hits lower.
 *
 * Why not bm25(): it reads each hit's length from the index's size table,
 * one B-tree lookup per hit; a common word matches a large part of a big
 * store, and those lookups were most of the time of a search.  Everything
 * this function reads is in hand when FTS5 steps to a hit.  More
 * occurrences, and occurrences in heavier columns (a title), still rank
 * higher; hits that score the same are ordered by the query.  The term
 * weights are given by the caller so that hits from different indexes
 * (articles, quotes) are scored alike.
 *
 * An article's text often begins with its headline (plain text and the BBC
 * layout take the title from the first line), which would count the
 * headline's words twice, at the title's weight and again in the text: 10
 * of the top 20 hits for a common word ranked high for that alone.  So a
 * hit in a later column at the same token offset as the same phrase's hit
 * in the first column is the headline repeated, and is not counted again;
 * the text is ranked on its body. */
#include "store_internal.h"
#include <string.h>

#define RANK_K1 1.2
#define RANK_HEAD_MAX 32 /* first-column hits remembered per row */

typedef struct rank_query {
    int n_phrase, n_col;
    double *term;   /* per phrase */
    double *col;    /* per column */
    double *freq;   /* per phrase, the current hit's weighted count */
} rank_query;

/* What does not change from hit to hit of one query, read at its first
 * hit and kept by FTS5 until the query ends. */
static rank_query *rank_query_get(const Fts5ExtensionApi *api, Fts5Context *fts, int n_val,
                                  sqlite3_value **val)
{
    rank_query *q = api->xGetAuxdata(fts, 0);
    if (q)
        return q;
    int np = api->xPhraseCount(fts), nc = api->xColumnCount(fts);
    if (np < 0)
        np = 0;
    if (nc < 0)
        nc = 0;
    q = sqlite3_malloc64(sizeof *q + (2 * (size_t)np + (size_t)nc + 1) * sizeof(double));
    if (!q)
        return NULL;
    q->n_phrase = np;
    q->n_col = nc;
    q->term = (double *)(q + 1);
    q->freq = q->term + np;
    q->col = q->freq + np;
    const unsigned char *blob = n_val > 0 ? sqlite3_value_blob(val[0]) : NULL;
    int bytes = blob ? sqlite3_value_bytes(val[0]) : 0;
    for (int i = 0; i < np; i++) {
        q->term[i] = 1.0;
        if ((size_t)bytes >= (size_t)(i + 1) * sizeof(double))
            memcpy(&q->term[i], blob + (size_t)i * sizeof(double), sizeof(double));
    }
    for (int c = 0; c < nc; c++)
        q->col[c] = c + 1 < n_val ? sqlite3_value_double(val[c + 1]) : 1.0;
    if (api->xSetAuxdata(fts, q, sqlite3_free) != SQLITE_OK)
        return NULL; /* xSetAuxdata freed it */
    return q;
}

static void rank_fn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                    int n_val, sqlite3_value **val)
{
    rank_query *q = rank_query_get(api, fts, n_val, val);
    int n_inst = 0;
    if (!q) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    int rc = api->xInstCount(fts, &n_inst);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    memset(q->freq, 0, (size_t)q->n_phrase * sizeof *q->freq);
    /* the first column's hits (a headline: a few), to know them again at
     * the start of the next column */
    int head_phrase[RANK_HEAD_MAX], head_off[RANK_HEAD_MAX], n_head = 0;
    for (int i = 0; q->n_col > 1 && i < n_inst && n_head < RANK_HEAD_MAX; i++) {
        int phrase, col, off;
        if (api->xInst(fts, i, &phrase, &col, &off) == SQLITE_OK && col == 0) {
            head_phrase[n_head] = phrase;
            head_off[n_head++] = off;
        }
    }
    for (int i = 0; i < n_inst; i++) {
        int phrase, col, off;
        if (api->xInst(fts, i, &phrase, &col, &off) != SQLITE_OK || phrase < 0 ||
            phrase >= q->n_phrase || col < 0 || col >= q->n_col)
            continue;
        int repeated = 0;
        for (int h = 0; col > 0 && h < n_head && !repeated; h++)
            repeated = head_phrase[h] == phrase && head_off[h] == off;
        if (!repeated)
            q->freq[phrase] += q->col[col];
    }
    double score = 0;
    for (int i = 0; i < q->n_phrase; i++)
        score += q->term[i] * q->freq[i] * (RANK_K1 + 1) / (q->freq[i] + RANK_K1);
    sqlite3_result_double(ctx, -score);
}

int store_rank_register(sqlite3 *db)
{
    fts5_api *fts = NULL;
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &s, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_pointer(s, 1, (void *)&fts, "fts5_api_ptr", NULL);
    sqlite3_step(s);
    sqlite3_finalize(s);
    if (!fts || fts->iVersion < 2)
        return -1;
    return fts->xCreateFunction(fts, "newsroom_rank", NULL, rank_fn, NULL) == SQLITE_OK ? 0 : -1;
}
