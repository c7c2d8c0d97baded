/* store_group: which quotes report the same statement.
 *
 * A quote is compared on its content words (stopwords left out, a few
 * British and American spellings and plurals made one) with the statements
 * its speaker's latest quotes in other articles belong to.  It joins one
 * only when it shares most of the content words of the shorter of the two
 * with that statement's first quote, its representative: every member is
 * then largely the same as that one quote, so A like B and B like C never
 * put an unrelated A with C.  Else it starts a statement of its own, and
 * is that statement's representative (statements.sig holds its words). */
#include "store_internal.h"
#include "fold.h"
#include <stdlib.h>
#include <string.h>

#define GROUP_CANDIDATES 50    /* a speaker's most recent quotes compared */
#define GROUP_MIN_WORDS 3      /* content words a quote needs to be grouped */
#define GROUP_SHORT_WORDS 4    /* up to this many, every content word must match */
#define GROUP_CONTAINMENT 0.6  /* else this share of the shorter one's */

/* ---- content words ------------------------------------------------------ */

/* Folded (lower case, no apostrophes), sorted for bsearch: the words every
 * statement shares, and the reporting verbs around a quote. */
static const char *const stopwords[] = {
    "a", "about", "above", "according", "after", "again", "against", "all", "also", "am", "an", "and",
    "any", "are", "arent", "as", "ask", "asked", "at", "be", "because", "been", "before", "being",
    "below", "between", "both", "but", "by", "can", "cannot", "cant", "could", "couldnt", "did",
    "didnt", "do", "does", "doesnt", "doing", "dont", "down", "dr", "during", "each", "even", "few",
    "for", "from", "further", "get", "gets", "getting", "go", "goes", "going", "gone", "got", "had",
    "hadnt", "has", "hasnt", "have", "havent", "having", "he", "her", "here", "heres", "hers",
    "herself", "hes", "him", "himself", "his", "how", "hows", "i", "id", "if", "ill", "im", "in",
    "into", "is", "isnt", "it", "its", "itself", "ive", "just", "know", "lets", "like", "lot", "made",
    "make", "makes", "many", "me", "more", "most", "mr", "mrs", "ms", "much", "mustnt", "my", "myself",
    "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
    "ourselves", "out", "over", "own", "really", "said", "same", "say", "saying", "says", "shant",
    "she", "shes", "should", "shouldnt", "so", "some", "still", "such", "tell", "tells", "than",
    "that", "thats", "the", "their", "theirs", "them", "themselves", "then", "there", "theres",
    "these", "they", "theyd", "theyll", "theyre", "theyve", "think", "this", "those", "thought",
    "through", "to", "told", "too", "two", "under", "until", "up", "us", "very", "want", "wants",
    "was", "wasnt", "we", "wed", "well", "went", "were", "werent", "weve", "what", "whats", "when",
    "whens", "where", "wheres", "which", "while", "who", "whom", "whos", "why", "whys", "will", "with",
    "wont", "would", "wouldnt", "yes", "yet", "you", "youd", "youll", "your", "youre", "yours",
    "yourself", "yourselves", "youve",
};

typedef struct wspan {
    const char *s;
    size_t n;
} wspan;

static int cmp_stop(const void *key, const void *elem)
{
    const wspan *k = key;
    const char *w = *(const char *const *)elem;
    int c = strncmp(k->s, w, k->n);
    if (c)
        return c;
    return w[k->n] ? -1 : 0;
}

static int is_stopword(const char *w, size_t n)
{
    wspan k = {w, n};
    return bsearch(&k, stopwords, sizeof stopwords / sizeof *stopwords, sizeof *stopwords,
                   cmp_stop) != NULL;
}

static int ends_with(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k + 1 && !memcmp(w + n - k, suf, k);
}

/* One form for a word that outlets spell apart: British and American
 * endings (organise/organize, labour/labor, centre/center, analyse) and a
 * plural s.  Crude, but applied to both sides alike, an error only makes
 * two words one.  Writes at most n bytes to out; returns the length. */
static size_t word_norm(const char *w, size_t n, char *out)
{
    memcpy(out, w, n);
    static const struct { const char *from, *to; } ends[] = {
        {"isation", "ization"}, {"isations", "izations"}, {"ised", "ized"}, {"ises", "izes"},
        {"ising", "izing"}, {"ise", "ize"}, {"yse", "yze"}, {"ysed", "yzed"},
        {"our", "or"}, {"ours", "ors"}, {"oured", "ored"}, {"tre", "ter"}, {"tres", "ters"},
    };
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        size_t f = strlen(ends[i].from), t = strlen(ends[i].to);
        if (n > f + 2 && t <= f && !memcmp(w + n - f, ends[i].from, f)) {
            memcpy(out + n - f, ends[i].to, t);
            n = n - f + t;
            break;
        }
    }
    if (n > 3 && out[n - 1] == 's' && out[n - 2] != 's' && !ends_with(out, n, "us") &&
        !ends_with(out, n, "is"))
        n--;
    return n;
}

/* A quote's word set as grouping compares it: the sorted, unique 32-bit
 * FNV-1a hashes of its content words, stored little-endian (quotes.sig,
 * statements.sig) so that comparing reads a short blob and splits nothing. */
typedef struct wordsig {
    uint32_t *h;
    size_t n;
    uint64_t bits; /* one of 64 bits per word (wordsig_bits) */
} wordsig;

static unsigned word_bit(uint32_t h)
{
    return (unsigned)((h * 0x9E3779B9u) >> 26);
}

static void wordsig_bits(wordsig *g)
{
    g->bits = 0;
    for (size_t i = 0; i < g->n; i++)
        g->bits |= (uint64_t)1 << word_bit(g->h[i]);
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static void wordsig_sort(wordsig *g)
{
    qsort(g->h, g->n, sizeof *g->h, cmp_u32);
    size_t k = 0;
    for (size_t i = 0; i < g->n; i++)
        if (!k || g->h[k - 1] != g->h[i])
            g->h[k++] = g->h[i];
    g->n = k;
    wordsig_bits(g);
}

/* From folded words separated by spaces (quotes.words, or folded text). */
static void wordsig_from_words(wordsig *g, const char *words)
{
    size_t cap = 1;
    for (const char *p = words; *p; p++)
        cap += *p == ' ';
    g->h = xmalloc(cap * sizeof *g->h);
    g->n = 0;
    const char *p = words;
    char norm[64];
    while (*p) {
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        size_t len = (size_t)(p - w);
        if (*p == ' ')
            p++;
        if (!len || is_stopword(w, len))
            continue;
        const char *x = w;
        if (len < sizeof norm) {
            len = word_norm(w, len, norm);
            x = norm;
        }
        uint32_t h = 2166136261u;
        for (size_t i = 0; i < len; i++)
            h = (h ^ (unsigned char)x[i]) * 16777619u;
        g->h[g->n++] = h;
    }
    wordsig_sort(g);
}

/* From a stored blob, into g->h when it has room for *cap hashes (grown
 * otherwise).  Returns -1 when it is not one (length not a multiple of 4). */
static int wordsig_from_blob(wordsig *g, size_t *cap, const void *blob, int bytes)
{
    if (bytes < 0 || bytes % 4)
        return -1;
    const unsigned char *b = blob;
    g->n = (size_t)bytes / 4;
    if (g->n > *cap) {
        *cap = g->n;
        g->h = xrealloc(g->h, *cap * sizeof *g->h);
    }
    for (size_t i = 0; i < g->n; i++)
        g->h[i] = (uint32_t)b[4 * i] | (uint32_t)b[4 * i + 1] << 8 | (uint32_t)b[4 * i + 2] << 16 |
                  (uint32_t)b[4 * i + 3] << 24;
    for (size_t i = 1; i < g->n; i++)
        if (g->h[i - 1] >= g->h[i]) {
            wordsig_sort(g);
            return 0;
        }
    wordsig_bits(g);
    return 0;
}

static unsigned char *wordsig_blob(const wordsig *g, int *bytes)
{
    unsigned char *b = xmalloc(g->n * 4 + 1);
    for (size_t i = 0; i < g->n; i++) {
        b[4 * i] = (unsigned char)g->h[i];
        b[4 * i + 1] = (unsigned char)(g->h[i] >> 8);
        b[4 * i + 2] = (unsigned char)(g->h[i] >> 16);
        b[4 * i + 3] = (unsigned char)(g->h[i] >> 24);
    }
    *bytes = (int)(g->n * 4);
    return b;
}

static wordsig wordsig_copy(const wordsig *g)
{
    wordsig c = *g;
    c.h = xmalloc((g->n + 1) * sizeof *c.h);
    memcpy(c.h, g->h, g->n * sizeof *c.h);
    return c;
}

/* How many content words both hold, and whether that is enough: of the
 * shorter one's words, every one when it has GROUP_SHORT_WORDS or fewer,
 * else GROUP_CONTAINMENT of them.  Symmetric, and a short quote never
 * joins a long one on a few common words. */
static size_t match_need(size_t m)
{
    if (m < GROUP_MIN_WORDS)
        return (size_t)-1;
    if (m <= GROUP_SHORT_WORDS)
        return m;
    size_t need = (size_t)(GROUP_CONTAINMENT * (double)m + 0.999);
    return need > GROUP_SHORT_WORDS ? need : GROUP_SHORT_WORDS;
}

/* At least how many words a and b share, cheaply: a's words whose bit b
 * has set include every word they share.  Most candidates share a few
 * common words with a quote, and this rules them out without the merge. */
static size_t common_bound(const wordsig *a, const wordsig *b)
{
    size_t u = 0;
    for (size_t i = 0; i < a->n; i++)
        u += (size_t)(b->bits >> word_bit(a->h[i])) & 1;
    return u;
}

/* Without branches in the merge: which side advances is a coin toss the
 * predictor always loses. */
static size_t common_words(const wordsig *a, const wordsig *b)
{
    size_t i = 0, j = 0, common = 0;
    while (i < a->n && j < b->n) {
        uint32_t x = a->h[i], y = b->h[j];
        common += x == y;
        i += x <= y;
        j += y <= x;
    }
    return common;
}

/* 0: not the same statement; else a score, higher for closer wording. */
static double sig_match(const wordsig *a, const wordsig *b)
{
    size_t m = a->n < b->n ? a->n : b->n, big = a->n < b->n ? b->n : a->n;
    size_t need = match_need(m);
    if (need == (size_t)-1 || common_bound(a, b) < need)
        return 0;
    size_t c = common_words(a, b);
    if (c < need)
        return 0;
    return (double)c / (double)m + (double)c / (double)big;
}

int store_same_statement(const char *a, const char *b)
{
    buf fa = BUF_INIT, fb = BUF_INIT;
    fold_text(&fa, a, strlen(a));
    fold_text(&fb, b, strlen(b));
    wordsig ga, gb;
    wordsig_from_words(&ga, buf_str(&fa));
    wordsig_from_words(&gb, buf_str(&fb));
    int same = sig_match(&ga, &gb) > 0;
    free(ga.h);
    free(gb.h);
    buf_free(&fa);
    buf_free(&fb);
    return same;
}

/* A speaker's candidates, newest first: the statements of its latest
 * quotes in other articles, each with its representative's word set,
 * which a new quote is compared with.  A statement appears once per quote
 * of it in the window. */
typedef struct cand_list {
    int64_t speaker;
    size_t n;
    int64_t statement[GROUP_CANDIDATES];
    wordsig sig[GROUP_CANDIDATES];
} cand_list;

static void cand_list_free(cand_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->sig[i].h);
    l->n = 0;
}

/* The candidates of speaker_id for a quote of article_id, off
 * quotes_by_speaker (which holds each quote's statement) and the
 * statements they belong to.  A statement grouped before
 * representatives were kept has none and is never joined (regrouping
 * gives it one). */
static int cand_load(store *st, int64_t article_id, int64_t speaker_id, cand_list *l)
{
    static const char cand[] =
        "SELECT q.statement_id, s.sig FROM quotes q INDEXED BY quotes_by_speaker"
        " JOIN statements s ON s.id = q.statement_id"
        " WHERE q.speaker_id = ? AND q.article_id <> ? AND q.statement_id IS NOT NULL"
        " ORDER BY q.article_id DESC, q.id DESC LIMIT " "50";
    _Static_assert(GROUP_CANDIDATES == 50, "keep the LIMIT above in step");
    l->speaker = speaker_id;
    l->n = 0;
    sqlite3_stmt *s = store_stmt(st, cand);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, speaker_id);
    sqlite3_bind_int64(s, 2, article_id);
    while (l->n < GROUP_CANDIDATES && sqlite3_step(s) == SQLITE_ROW) {
        wordsig g = {NULL, 0, 0};
        size_t cap = 0;
        if (sqlite3_column_type(s, 1) != SQLITE_BLOB ||
            wordsig_from_blob(&g, &cap, sqlite3_column_blob(s, 1), sqlite3_column_bytes(s, 1)) < 0)
            g.n = 0; /* no representative: never matches */
        l->statement[l->n] = sqlite3_column_int64(s, 0);
        l->sig[l->n++] = g;
    }
    sqlite3_reset(s);
    return 0;
}

/* ---- the candidates an import keeps ----------------------------------

 * Articles added one after another quote the same people: a speaker's
 * candidates read once are kept, and each article's own quotes join them
 * when it is done (they are then the newest elsewhere for the next one).
 * Only additions in article order keep the lists true (an import, or
 * regrouping every quote in article order): anything else (reindexing, a
 * rollback, another connection's commit) empties them. */
#define GROUP_CACHE_MAX 16384 /* speakers kept; past it, start over */

typedef struct pending {
    int64_t speaker, statement;
    wordsig sig;       /* its statement's representative's */
} pending;

struct group_cache {
    cand_list **l;     /* lists, in the order they were read */
    size_t n, cap;
    int64_t *slot_id;  /* open addressing: speaker -> index + 1 in l */
    size_t *slot;
    size_t n_slots;    /* a power of two, at least twice n */
    pending *p;        /* the quotes of the article in hand */
    size_t n_p, cap_p;
    int64_t version;   /* PRAGMA data_version the lists agree with */
};

static size_t slot_of(const struct group_cache *c, int64_t speaker)
{
    uint64_t h = (uint64_t)speaker * 0x9E3779B97F4A7C15u;
    size_t i = (size_t)(h >> 32) & (c->n_slots - 1);
    while (c->slot[i] && c->slot_id[i] != speaker)
        i = (i + 1) & (c->n_slots - 1);
    return i;
}

static void pending_clear(struct group_cache *c)
{
    for (size_t i = 0; i < c->n_p; i++)
        free(c->p[i].sig.h);
    c->n_p = 0;
}

static void lists_clear(struct group_cache *c)
{
    for (size_t i = 0; i < c->n; i++) {
        cand_list_free(c->l[i]);
        free(c->l[i]);
    }
    free(c->l);
    free(c->slot_id);
    free(c->slot);
    c->l = NULL;
    c->slot_id = NULL;
    c->slot = NULL;
    c->n = c->cap = c->n_slots = 0;
}

void store_group_forget(store *st)
{
    struct group_cache *c = st->group;
    if (!c)
        return;
    lists_clear(c);
    pending_clear(c);
    free(c->p);
    free(c);
    st->group = NULL;
}

static cand_list *cache_find(struct group_cache *c, int64_t speaker)
{
    if (!c || !c->n_slots)
        return NULL;
    size_t i = slot_of(c, speaker);
    return c->slot[i] ? c->l[c->slot[i] - 1] : NULL;
}

static void cache_add(struct group_cache *c, cand_list *l)
{
    if (2 * (c->n + 1) > c->n_slots) {
        size_t old_n = c->n_slots;
        int64_t *old_id = c->slot_id;
        size_t *old = c->slot;
        c->n_slots = old_n ? 2 * old_n : 1024;
        c->slot_id = xcalloc(c->n_slots, sizeof *c->slot_id);
        c->slot = xcalloc(c->n_slots, sizeof *c->slot);
        for (size_t i = 0; i < old_n; i++) {
            if (!old[i])
                continue;
            size_t k = slot_of(c, old_id[i]);
            c->slot_id[k] = old_id[i];
            c->slot[k] = old[i];
        }
        free(old_id);
        free(old);
    }
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 1024;
        c->l = xrealloc(c->l, c->cap * sizeof *c->l);
    }
    c->l[c->n++] = l;
    size_t k = slot_of(c, l->speaker);
    c->slot_id[k] = l->speaker;
    c->slot[k] = c->n;
}

void store_group_begin(store *st)
{
    static const char sql[] = "PRAGMA data_version";
    sqlite3_stmt *s = store_stmt(st, sql);
    int64_t v = -1;
    if (s && sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int64(s, 0);
    if (s)
        sqlite3_reset(s);
    if (st->group && (v < 0 || v != st->group->version))
        store_group_forget(st);
    if (st->group)
        pending_clear(st->group);
    else if (v >= 0) {
        st->group = xcalloc(1, sizeof *st->group);
        st->group->version = v;
    }
}

void store_group_article_done(store *st)
{
    struct group_cache *c = st->group;
    if (!c)
        return;
    /* in the order they were written: the last is the newest */
    for (size_t i = 0; i < c->n_p; i++) {
        pending *q = &c->p[i];
        cand_list *l = cache_find(c, q->speaker);
        if (!l) { /* never read: the store has it when it is */
            free(q->sig.h);
            continue;
        }
        if (l->n == GROUP_CANDIDATES)
            free(l->sig[--l->n].h);
        memmove(l->statement + 1, l->statement, l->n * sizeof *l->statement);
        memmove(l->sig + 1, l->sig, l->n * sizeof *l->sig);
        l->statement[0] = q->statement;
        l->sig[0] = q->sig;
        l->n++;
    }
    c->n_p = 0;
}

/* The statement a quote of speaker_id with these words reports: the one,
 * among its candidates', whose representative it matches best, else a
 * new one with it as representative.  Also makes the quote's signature
 * (*sig, *sig_bytes; the caller frees it).  Runs before the quote's own
 * row gets its statement, which the widening below must not see.  With
 * cached set, the candidates come from the import's lists (see above). */
static int group_find(store *st, int cached, int64_t article_id, int64_t speaker_id,
                      const char *words, int64_t *statement_out, unsigned char **sig,
                      int *sig_bytes)
{
    static const char new_stmt[] = "INSERT INTO statements(speaker_id, sig) VALUES (?, ?)";
    /* one more outlet's article reports the statement, unless it already did */
    static const char widen[] =
        "UPDATE statements SET n_articles = n_articles + 1 WHERE id = ?1 AND NOT EXISTS"
        " (SELECT 1 FROM quotes WHERE statement_id = ?1 AND article_id = ?2)";
    static const char widen_new[] = "UPDATE statements SET n_articles = n_articles + 1 WHERE id = ?1";
    if (cached && !st->group) { /* kept for this transaction only */
        st->group = xcalloc(1, sizeof *st->group);
        st->group->version = -1;
    }
    struct group_cache *c = cached ? st->group : NULL;
    int64_t statement = 0;
    wordsig me, rep = {NULL, 0, 0};
    wordsig_from_words(&me, words ? words : "");
    int groupable = speaker_id > 0 && me.n >= GROUP_MIN_WORDS;
    if (groupable) {
        cand_list own, *l = cache_find(c, speaker_id);
        if (!l) {
            if (c && c->n >= GROUP_CACHE_MAX)
                lists_clear(c); /* the article's own quotes stay pending */
            l = c ? xmalloc(sizeof *l) : &own;
            if (cand_load(st, article_id, speaker_id, l) < 0) {
                cand_list_free(l);
                if (l != &own)
                    free(l);
                goto fail;
            }
            if (c)
                cache_add(c, l);
        }
        double best = 0;
        size_t at = 0;
        for (size_t i = 0; i < l->n; i++) {
            double k = sig_match(&me, &l->sig[i]);
            if (k > best) {
                best = k;
                at = i;
                statement = l->statement[i];
            }
        }
        if (statement)
            rep = wordsig_copy(&l->sig[at]);
        if (l == &own)
            cand_list_free(&own);
    }
    sqlite3_stmt *s;
    if (statement) {
        /* The article's quotes so far are the pending ones: no need to
         * look for them in the statement index (which an import may have
         * left out, see store_index.c). */
        int counted = 0;
        for (size_t i = 0; c && i < c->n_p && !counted; i++)
            counted = c->p[i].statement == statement;
        if (!counted) {
            if (!(s = store_stmt(st, c ? widen_new : widen)))
                goto fail;
            sqlite3_bind_int64(s, 1, statement);
            if (!c)
                sqlite3_bind_int64(s, 2, article_id);
            if (store_exec_stmt(st, s, "grouping a quote") < 0)
                goto fail;
        }
    } else {
        s = store_stmt(st, new_stmt);
        if (!s)
            goto fail;
        if (speaker_id > 0)
            sqlite3_bind_int64(s, 1, speaker_id);
        else
            sqlite3_bind_null(s, 1);
        if (groupable) {
            int bytes;
            unsigned char *b = wordsig_blob(&me, &bytes);
            sqlite3_bind_blob(s, 2, b, bytes, free);
        }
        if (store_exec_stmt(st, s, "adding a statement") < 0)
            goto fail;
        statement = sqlite3_last_insert_rowid(st->db);
        rep = wordsig_copy(&me);
    }
    *statement_out = statement;
    *sig = wordsig_blob(&me, sig_bytes);
    free(me.h);
    if (c && speaker_id > 0) {
        if (c->n_p == c->cap_p) {
            c->cap_p = c->cap_p ? 2 * c->cap_p : 64;
            c->p = xrealloc(c->p, c->cap_p * sizeof *c->p);
        }
        c->p[c->n_p++] = (pending){speaker_id, statement, rep};
    } else {
        free(rep.h);
    }
    return 0;
fail:
    free(me.h);
    free(rep.h);
    return -1;
}

int store_group_new(store *st, int64_t article_id, int64_t speaker_id, const char *words,
                    int64_t *statement, unsigned char **sig, int *sig_bytes)
{
    return group_find(st, 1, article_id, speaker_id, words, statement, sig, sig_bytes);
}

/* Regrouping in article order keeps its speakers' candidates as an import
 * does (cached); otherwise each quote reads them afresh. */
static int group_set(store *st, int cached, int64_t quote_id, int64_t article_id, int64_t speaker_id,
                     const char *words)
{
    static const char set[] = "UPDATE quotes SET statement_id = ?, sig = ? WHERE id = ?";
    int64_t statement;
    unsigned char *blob;
    int bytes;
    if (group_find(st, cached, article_id, speaker_id, words, &statement, &blob, &bytes) < 0)
        return -1;
    sqlite3_stmt *s = store_stmt(st, set);
    if (!s) {
        free(blob);
        return -1;
    }
    sqlite3_bind_int64(s, 1, statement);
    sqlite3_bind_blob(s, 2, blob, bytes, free);
    sqlite3_bind_int64(s, 3, quote_id);
    return store_exec_stmt(st, s, "grouping a quote");
}

int store_group_quote(store *st, int64_t quote_id, int64_t article_id, int64_t speaker_id,
                      const char *words)
{
    store_group_forget(st);
    return group_set(st, 0, quote_id, article_id, speaker_id, words);
}

int store_group_all(store *st)
{
    /* in article order, the order of the quotes_by_article index */
    static const char next[] =
        "SELECT id, article_id, speaker_id, words, start FROM quotes INDEXED BY quotes_by_article"
        " WHERE (article_id, start, id) > (?, ?, ?) ORDER BY article_id, start, id LIMIT 256";
    if (store_exec(st, "UPDATE quotes SET statement_id = NULL; DELETE FROM statements;") < 0)
        return -1;
    store_group_forget(st);
    int64_t art = 0, start = -1, id = 0, cur = 0;
    for (;;) {
        /* copied out before writing: the cursor must not see its own updates */
        struct { int64_t id, art, sp, start; char *w; } rows[256];
        size_t n = 0;
        sqlite3_stmt *s = store_stmt(st, next);
        if (!s)
            return -1;
        sqlite3_bind_int64(s, 1, art);
        sqlite3_bind_int64(s, 2, start);
        sqlite3_bind_int64(s, 3, id);
        while (n < 256 && sqlite3_step(s) == SQLITE_ROW) {
            rows[n].id = sqlite3_column_int64(s, 0);
            rows[n].art = sqlite3_column_int64(s, 1);
            rows[n].sp = sqlite3_column_int64(s, 2);
            rows[n].w = xstrdup(store_col_text(s, 3) ? store_col_text(s, 3) : "");
            rows[n].start = sqlite3_column_int64(s, 4);
            n++;
        }
        sqlite3_reset(s);
        int bad = 0;
        for (size_t i = 0; i < n; i++) {
            if (!bad && rows[i].art != cur) {
                store_group_article_done(st);
                cur = rows[i].art;
            }
            if (!bad && group_set(st, 1, rows[i].id, rows[i].art, rows[i].sp, rows[i].w) < 0)
                bad = 1;
            free(rows[i].w);
        }
        if (bad) {
            store_group_forget(st);
            return -1;
        }
        if (n < 256)
            break;
        art = rows[n - 1].art;
        start = rows[n - 1].start;
        id = rows[n - 1].id;
    }
    store_group_article_done(st);
    store_group_forget(st);
    return store_exec(st, "DELETE FROM counts WHERE what = 'regroup'");
}

int store_needs_regroup(store *st)
{
    static const char sql[] = "SELECT n FROM counts WHERE what = 'regroup'";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    int rc = sqlite3_step(s);
    int due = rc == SQLITE_ROW && sqlite3_column_int64(s, 0) > 0;
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return store_fail(st, "reading the counts");
    return due;
}

int store_statement_counts(store *st, int64_t *quotes, int64_t *statements, int64_t *shared)
{
    static const char sql[] =
        "SELECT (SELECT n FROM counts WHERE what = 'quotes'), (SELECT count(*) FROM statements),"
        " (SELECT count(*) FROM statements WHERE n_articles > 1)";
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    if (sqlite3_step(s) != SQLITE_ROW) {
        sqlite3_reset(s);
        return store_fail(st, "counting statements");
    }
    *quotes = sqlite3_column_int64(s, 0);
    *statements = sqlite3_column_int64(s, 1);
    *shared = sqlite3_column_int64(s, 2);
    sqlite3_reset(s);
    return 0;
}
