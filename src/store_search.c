/* store_search: full-text search (FTS5) over article text, titles and
 * quotes.  What the user typed is turned into quoted FTS5 terms, so no
 * input reaches FTS5 as syntax. */
#include "store_internal.h"
#include <stdlib.h>
#include <string.h>

/* words -> "words"; "a phrase" -> "a phrase"; pre* -> "pre"*; every term
 * must match (FTS5's implicit AND). */
static void fts_query(buf *out, const char *q)
{
    const char *p = q;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (!*p)
            break;
        const char *st, *en;
        if (*p == '"') {
            st = ++p;
            while (*p && *p != '"')
                p++;
            en = p;
            if (*p)
                p++;
        } else {
            st = p;
            while (*p && *p != ' ' && *p != '\t' && *p != '\n')
                p++;
            en = p;
        }
        int prefix = en > st && en[-1] == '*';
        if (prefix)
            en--;
        while (en > st && en[-1] == '*')
            en--;
        if (en == st)
            continue;
        if (out->len)
            buf_addc(out, ' ');
        buf_addc(out, '"');
        for (const char *c = st; c < en; c++) {
            if (*c == '"')
                buf_addc(out, '"');
            buf_addc(out, *c);
        }
        buf_addc(out, '"');
        if (prefix)
            buf_addc(out, '*');
    }
}

int store_search(store *st, const char *query, int64_t offset, int64_t limit,
                 store_search_fn fn, void *ctx)
{
    /* Rank each index alone and keep only the best offset+limit of each;
     * snippets and joins are then made for the rows shown, not for every
     * match (a common word matches a large part of the store). */
    static const char sql[] =
        "WITH a AS (SELECT rowid AS id, bm25(articles_fts, 4.0, 1.0) AS r FROM articles_fts"
        "           WHERE articles_fts MATCH ?1 ORDER BY r, id LIMIT ?4),"
        " qq AS (SELECT rowid AS id, bm25(quotes_fts) AS r FROM quotes_fts"
        "        WHERE quotes_fts MATCH ?1 ORDER BY r, id LIMIT ?4),"
        " top AS (SELECT 0 AS is_quote, id, r FROM a UNION ALL SELECT 1, id, r FROM qq"
        "         ORDER BY r, is_quote, id LIMIT ?2 OFFSET ?3)"
        "SELECT top.is_quote, top.id, a.id, src.name, a.date, a.title,"
        " CASE top.is_quote"
        "  WHEN 0 THEN (SELECT snippet(articles_fts, -1, '[', ']', '\xE2\x80\xA6', 12) FROM articles_fts"
        "               WHERE articles_fts MATCH ?1 AND rowid = top.id)"
        "  ELSE (SELECT snippet(quotes_fts, 0, '[', ']', '\xE2\x80\xA6', 12) FROM quotes_fts"
        "        WHERE quotes_fts MATCH ?1 AND rowid = top.id) END,"
        " top.r, sp.name"
        " FROM top LEFT JOIN quotes q ON top.is_quote = 1 AND q.id = top.id"
        " JOIN articles a ON a.id = CASE top.is_quote WHEN 0 THEN top.id ELSE q.article_id END"
        " LEFT JOIN sources src ON src.id = a.source_id LEFT JOIN actors sp ON sp.id = q.speaker_id"
        " ORDER BY top.r, top.is_quote, top.id";
    buf q = BUF_INIT;
    fts_query(&q, query ? query : "");
    if (!q.len) {
        buf_free(&q);
        return 0;
    }
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s) {
        buf_free(&q);
        return -1;
    }
    store_bind_text(s, 1, buf_str(&q));
    sqlite3_bind_int64(s, 2, limit < 0 ? -1 : limit);
    sqlite3_bind_int64(s, 3, offset > 0 ? offset : 0);
    sqlite3_bind_int64(s, 4, limit < 0 ? -1 : limit + (offset > 0 ? offset : 0));
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        store_search_row r;
        r.is_quote = sqlite3_column_int(s, 0);
        r.id = sqlite3_column_int64(s, 1);
        r.article_id = sqlite3_column_int64(s, 2);
        r.source = store_col_text(s, 3);
        r.date = store_col_text(s, 4);
        r.title = store_col_text(s, 5);
        r.snippet = store_col_text(s, 6);
        r.rank = sqlite3_column_double(s, 7);
        r.speaker = store_col_text(s, 8);
        if (fn(ctx, &r))
            break;
    }
    sqlite3_reset(s);
    buf_free(&q);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return store_fail(st, "searching");
    return 0;
}
