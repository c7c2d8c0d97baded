/* store_bookmark: bookmarks on quotes.  A bookmark keeps the article, the
 * span and the words of its quote, so that when re-extraction replaces the
 * quote it is found again (same span, same words, or most overlap). */
#include "store_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Runs body in its own transaction unless one is open already. */
static int own_begin(store *st, int *own)
{
    *own = sqlite3_get_autocommit(st->db);
    return *own ? store_begin(st) : 0;
}

static int own_end(store *st, int own, int rc)
{
    if (!own)
        return rc;
    if (rc < 0) {
        store_rollback(st);
        return rc;
    }
    return store_commit(st) < 0 ? -1 : rc;
}

int store_bookmark_add(store *st, int64_t quote_id, const char *note, const char *tag, int64_t *id)
{
    static const char existing[] = "SELECT id FROM bookmarks WHERE quote_id = ?";
    static const char quote[] =
        "SELECT q.article_id, q.start, q.end, q.text, sp.name, q.kind FROM quotes q"
        " LEFT JOIN actors sp ON sp.id = q.speaker_id WHERE q.id = ?";
    static const char ins[] =
        "INSERT INTO bookmarks(quote_id, article_id, q_start, q_end, q_text, q_hash, q_speaker, note, tag,"
        " q_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /* a note or tag already there is never replaced (store_bookmark_set_note does) */
    static const char upd[] =
        "UPDATE bookmarks SET note = coalesce(note, ?2), tag = coalesce(tag, ?3) WHERE id = ?1";
    int own;
    if (id)
        *id = 0;
    if (own_begin(st, &own) < 0)
        return -1;
    int rc = -1;
    sqlite3_stmt *s = store_stmt(st, existing);
    if (!s)
        return own_end(st, own, -1);
    sqlite3_bind_int64(s, 1, quote_id);
    int64_t bid = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_reset(s);
    if (bid) {
        if ((note || tag) && (s = store_stmt(st, upd))) {
            sqlite3_bind_int64(s, 1, bid);
            store_bind_text(s, 2, note);
            store_bind_text(s, 3, tag);
            rc = store_exec_stmt(st, s, "updating a bookmark");
        } else {
            rc = (note || tag) ? -1 : 0;
        }
        if (id)
            *id = bid;
        return own_end(st, own, rc);
    }
    if (!(s = store_stmt(st, quote)))
        return own_end(st, own, -1);
    sqlite3_bind_int64(s, 1, quote_id);
    if (sqlite3_step(s) != SQLITE_ROW) {
        sqlite3_reset(s);
        snprintf(st->err, sizeof st->err, "no quote %lld", (long long)quote_id);
        return own_end(st, own, 1);
    }
    int64_t art = sqlite3_column_int64(s, 0);
    int64_t qs = sqlite3_column_int64(s, 1), qe = sqlite3_column_int64(s, 2);
    char *text = xstrdup(store_col_text(s, 3) ? store_col_text(s, 3) : "");
    char *speaker = store_col_text(s, 4) ? xstrdup(store_col_text(s, 4)) : NULL;
    int kind = sqlite3_column_int(s, 5);
    sqlite3_reset(s);
    char hex[17];
    snprintf(hex, sizeof hex, "%016llx", (unsigned long long)doc_hash(text, strlen(text)));
    if ((s = store_stmt(st, ins))) {
        sqlite3_bind_int64(s, 1, quote_id);
        sqlite3_bind_int64(s, 2, art);
        sqlite3_bind_int64(s, 3, qs);
        sqlite3_bind_int64(s, 4, qe);
        store_bind_text(s, 5, text);
        store_bind_text(s, 6, hex);
        store_bind_text(s, 7, speaker);
        store_bind_text(s, 8, note);
        store_bind_text(s, 9, tag);
        sqlite3_bind_int(s, 10, kind);
        rc = store_exec_stmt(st, s, "adding a bookmark");
        if (rc == 0 && id)
            *id = sqlite3_last_insert_rowid(st->db);
    }
    free(text);
    free(speaker);
    return own_end(st, own, rc);
}

int store_bookmark_of_quote(store *st, int64_t quote_id, int64_t *id, char **note)
{
    static const char sql[] = "SELECT id, note FROM bookmarks WHERE quote_id = ?";
    *id = 0;
    if (note)
        *note = NULL;
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, quote_id);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *id = sqlite3_column_int64(s, 0);
        if (note && store_col_text(s, 1))
            *note = xstrdup(store_col_text(s, 1));
    }
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return store_fail(st, "finding a bookmark");
    return rc == SQLITE_ROW ? 0 : 1;
}

int store_bookmark_rm(store *st, int64_t id)
{
    static const char sql[] = "DELETE FROM bookmarks WHERE id = ?";
    int own;
    if (own_begin(st, &own) < 0)
        return -1;
    sqlite3_stmt *s = store_stmt(st, sql);
    int rc = -1;
    if (s) {
        sqlite3_bind_int64(s, 1, id);
        rc = store_exec_stmt(st, s, "removing a bookmark");
        if (rc == 0 && sqlite3_changes(st->db) == 0)
            rc = 1;
    }
    return own_end(st, own, rc);
}

int store_bookmark_set_note(store *st, int64_t id, const char *note)
{
    static const char sql[] = "UPDATE bookmarks SET note = ? WHERE id = ?";
    int own;
    if (own_begin(st, &own) < 0)
        return -1;
    sqlite3_stmt *s = store_stmt(st, sql);
    int rc = -1;
    if (s) {
        store_bind_text(s, 1, note && *note ? note : NULL);
        sqlite3_bind_int64(s, 2, id);
        rc = store_exec_stmt(st, s, "editing a bookmark");
        if (rc == 0 && sqlite3_changes(st->db) == 0)
            rc = 1;
    }
    return own_end(st, own, rc);
}

int store_bookmarks(store *st, int64_t offset, int64_t limit, store_bookmark_fn fn, void *ctx)
{
    static const char sql[] =
        "SELECT b.id, b.note, b.tag, b.created, b.article_id, b.q_start, b.q_end, b.q_text, b.q_speaker,"
        " b.quote_id, src.name, a.date, a.title, " STORE_QUOTE_COLS ", b.q_kind"
        " FROM bookmarks b JOIN articles a ON a.id = b.article_id"
        " LEFT JOIN quotes q ON q.id = b.quote_id"
        " LEFT JOIN sources src ON src.id = a.source_id LEFT JOIN actors sp ON sp.id = q.speaker_id"
        " ORDER BY b.id DESC LIMIT ? OFFSET ?";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, limit < 0 ? -1 : limit);
    sqlite3_bind_int64(s, 2, offset > 0 ? offset : 0);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        store_bookmark_row r;
        r.id = sqlite3_column_int64(s, 0);
        r.note = store_col_text(s, 1);
        r.tag = store_col_text(s, 2);
        r.created = store_col_text(s, 3);
        store_quote_read(s, 13, &r.quote);
        if (sqlite3_column_type(s, 9) == SQLITE_NULL) {
            /* the quote is gone: show it as it was bookmarked */
            r.quote.id = 0;
            r.quote.article_id = sqlite3_column_int64(s, 4);
            r.quote.start = (size_t)sqlite3_column_int64(s, 5);
            r.quote.end = (size_t)sqlite3_column_int64(s, 6);
            r.quote.text = store_col_text(s, 7);
            r.quote.speaker = store_col_text(s, 8);
            r.quote.source = store_col_text(s, 10);
            r.quote.date = store_col_text(s, 11);
            r.quote.title = store_col_text(s, 12);
            r.quote.bookmark_id = r.id;
            /* its kind as bookmarked; unknown, it is not shown as a quote */
            int k = 13 + STORE_QUOTE_NCOLS;
            r.quote.kind = sqlite3_column_type(s, k) == SQLITE_NULL ? QUOTE_INDIRECT
                                                                    : (quote_kind)sqlite3_column_int(s, k);
        }
        if (fn(ctx, &r))
            break;
    }
    sqlite3_reset(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return store_fail(st, "listing bookmarks");
    return 0;
}

typedef struct cand_quote {
    int64_t id;
    size_t start, end;
    char *text;
    int taken;
} cand_quote;

/* Reads every (id, start, end, text) row of s, bound and ready, into *out. */
static void cands_read(sqlite3_stmt *s, cand_quote **out, size_t *n)
{
    size_t cap = 0;
    while (sqlite3_step(s) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 8;
            *out = xrealloc(*out, cap * sizeof **out);
        }
        const char *text = store_col_text(s, 3);
        (*out)[(*n)++] = (cand_quote){ sqlite3_column_int64(s, 0), (size_t)sqlite3_column_int64(s, 1),
                                       (size_t)sqlite3_column_int64(s, 2), xstrdup(text ? text : ""), 0 };
    }
    sqlite3_reset(s);
}

int store_bookmarks_relink(store *st, int64_t article_id)
{
    static const char orphans[] =
        "SELECT id, q_start, q_end, q_text FROM bookmarks WHERE article_id = ? AND quote_id IS NULL";
    static const char free_quotes[] =
        "SELECT q.id, q.start, q.end, q.text FROM quotes q WHERE q.article_id = ?"
        " AND NOT EXISTS (SELECT 1 FROM bookmarks b WHERE b.quote_id = q.id)";
    static const char link[] = "UPDATE bookmarks SET quote_id = ? WHERE id = ?";
    sqlite3_stmt *s = store_stmt(st, orphans);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, article_id);
    cand_quote *bm = NULL, *qs = NULL;
    size_t n_bm = 0, n_qs = 0;
    cands_read(s, &bm, &n_bm);
    int rc = 0;
    if (n_bm) {
        if (!(s = store_stmt(st, free_quotes))) {
            rc = -1;
        } else {
            sqlite3_bind_int64(s, 1, article_id);
            cands_read(s, &qs, &n_qs);
        }
    }
    for (size_t i = 0; i < n_bm && rc == 0; i++) {
        /* best: same span (3), same words elsewhere (2), then most overlap */
        long best = -1, best_score = 0;
        for (size_t j = 0; j < n_qs; j++) {
            if (qs[j].taken)
                continue;
            long score;
            size_t lo = bm[i].start > qs[j].start ? bm[i].start : qs[j].start;
            size_t hi = bm[i].end < qs[j].end ? bm[i].end : qs[j].end;
            size_t len = bm[i].end - bm[i].start;
            if (qs[j].start == bm[i].start && qs[j].end == bm[i].end)
                score = 3000000;
            else if (!strcmp(qs[j].text, bm[i].text))
                score = 2000000;
            else if (hi > lo && len && (hi - lo) * 2 >= len)
                score = (long)((hi - lo) * 1000 / len);
            else
                score = 0;
            if (score > best_score) {
                best_score = score;
                best = (long)j;
            }
        }
        if (best < 0)
            continue;
        qs[best].taken = 1;
        if (!(s = store_stmt(st, link))) {
            rc = -1;
            break;
        }
        sqlite3_bind_int64(s, 1, qs[best].id);
        sqlite3_bind_int64(s, 2, bm[i].id);
        rc = store_exec_stmt(st, s, "relinking a bookmark");
    }
    for (size_t i = 0; i < n_bm; i++)
        free(bm[i].text);
    for (size_t j = 0; j < n_qs; j++)
        free(qs[j].text);
    free(bm);
    free(qs);
    return rc;
}
