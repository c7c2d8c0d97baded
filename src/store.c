/* store: opening the database, schema migrations, the statement cache,
 * transactions and counts. */
#include "store_internal.h"
#include "fold.h"
#include "safefile.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Schema steps: migrations[i] takes user_version i to i + 1.  Never edit a
 * released step; append a new one and raise STORE_SCHEMA_VERSION. */
const char *const store_migrations[] = {
    /* 0 -> 1 */
    "CREATE TABLE sources(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
    "CREATE TABLE articles("
    "  id INTEGER PRIMARY KEY,"
    "  source_id INTEGER REFERENCES sources(id),"
    "  title TEXT NOT NULL, date TEXT, url TEXT, author TEXT, tags TEXT, path TEXT,"
    "  format INTEGER NOT NULL DEFAULT 0,"
    "  text TEXT NOT NULL,"
    "  hash TEXT NOT NULL UNIQUE,"
    "  added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
    "  read INTEGER NOT NULL DEFAULT 0,"
    "  n_people INTEGER NOT NULL DEFAULT 0, n_places INTEGER NOT NULL DEFAULT 0,"
    "  n_quotes INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX articles_by_date ON articles(date DESC, id DESC);"
    "CREATE INDEX articles_by_source ON articles(source_id, date DESC, id DESC);"
    "CREATE INDEX articles_by_title ON articles(title COLLATE NOCASE, id);"
    "CREATE TABLE actors("
    "  id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL,"
    "  n_mentions INTEGER NOT NULL DEFAULT 0, n_articles INTEGER NOT NULL DEFAULT 0,"
    "  n_quotes INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE(kind, key));"
    "CREATE INDEX actors_by_mentions ON actors(n_mentions DESC);"
    "CREATE INDEX actors_by_kind ON actors(kind, n_mentions DESC);"
    "CREATE TABLE aliases("
    "  actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,"
    "  alias TEXT NOT NULL, key TEXT NOT NULL, vkey TEXT NOT NULL, vlast TEXT NOT NULL,"
    "  PRIMARY KEY(actor_id, alias)) WITHOUT ROWID;"
    "CREATE INDEX aliases_by_vkey ON aliases(vkey);"
    "CREATE INDEX aliases_by_vlast ON aliases(vlast);"
    "CREATE INDEX aliases_by_key ON aliases(key);"
    "CREATE TABLE actor_sources("
    "  actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,"
    "  source_id INTEGER NOT NULL, n_articles INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY(actor_id, source_id)) WITHOUT ROWID;"
    "CREATE TABLE mentions("
    "  id INTEGER PRIMARY KEY,"
    "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    "  actor_id INTEGER NOT NULL REFERENCES actors(id),"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL);"
    "CREATE INDEX mentions_by_article ON mentions(article_id, start);"
    "CREATE INDEX mentions_by_actor ON mentions(actor_id, article_id);"
    "CREATE TABLE statements(id INTEGER PRIMARY KEY, speaker_id INTEGER);"
    "CREATE TABLE quotes("
    "  id INTEGER PRIMARY KEY,"
    "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    "  start INTEGER NOT NULL, end INTEGER NOT NULL,"
    "  text TEXT NOT NULL, words TEXT NOT NULL,"
    "  kind INTEGER NOT NULL, cue TEXT,"
    "  speaker_id INTEGER REFERENCES actors(id),"
    "  speaker_text TEXT, speaker_start INTEGER, speaker_end INTEGER,"
    "  statement_id INTEGER REFERENCES statements(id));"
    "CREATE INDEX quotes_by_article ON quotes(article_id, start);"
    "CREATE INDEX quotes_by_speaker ON quotes(speaker_id, article_id);"
    "CREATE INDEX quotes_by_statement ON quotes(statement_id);"
    "CREATE TABLE bookmarks("
    "  id INTEGER PRIMARY KEY,"
    "  quote_id INTEGER REFERENCES quotes(id) ON DELETE SET NULL,"
    "  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    "  q_start INTEGER NOT NULL, q_end INTEGER NOT NULL,"
    "  q_text TEXT NOT NULL, q_hash TEXT NOT NULL, q_speaker TEXT,"
    "  note TEXT, tag TEXT,"
    "  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));"
    "CREATE UNIQUE INDEX bookmarks_by_quote ON bookmarks(quote_id);"
    "CREATE INDEX bookmarks_by_article ON bookmarks(article_id);"
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles',"
    "  content_rowid='id', tokenize='unicode61 remove_diacritics 2');"
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN"
    "  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;"
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN"
    "  INSERT INTO articles_fts(articles_fts, rowid, title, text)"
    "  VALUES ('delete', old.id, old.title, old.text); END;"
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN"
    "  INSERT INTO articles_fts(articles_fts, rowid, title, text)"
    "  VALUES ('delete', old.id, old.title, old.text);"
    "  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;"
    "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id',"
    "  tokenize='unicode61 remove_diacritics 2');"
    "CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN"
    "  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END;"
    "CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN"
    "  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END;"
    "CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text ON quotes BEGIN"
    "  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);"
    "  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END;",
    /* 1 -> 2: outlets are looked up and sorted with case ignored */
    "CREATE INDEX sources_by_name_nocase ON sources(name COLLATE NOCASE, id);",
    /* 2 -> 3: the full-text indexes are written once per transaction by the
     * store (triggers made FTS5 flush at every statement of a batch) */
    "DROP TRIGGER IF EXISTS articles_fts_ai; DROP TRIGGER IF EXISTS articles_fts_ad;"
    "DROP TRIGGER IF EXISTS articles_fts_au; DROP TRIGGER IF EXISTS quotes_fts_ai;"
    "DROP TRIGGER IF EXISTS quotes_fts_ad; DROP TRIGGER IF EXISTS quotes_fts_au;",
    /* 3 -> 4: counts a quote row shows, kept instead of counted per row
     * (a speaker quoted 20,000 times in one article made that quadratic) */
    "ALTER TABLE statements ADD COLUMN n_articles INTEGER NOT NULL DEFAULT 1;"
    "UPDATE statements SET n_articles = max(1, (SELECT count(DISTINCT q.article_id) FROM quotes q"
    "  WHERE q.statement_id = statements.id));"
    "DROP INDEX quotes_by_statement;"
    "CREATE INDEX quotes_by_statement ON quotes(statement_id, article_id);"
    "CREATE TABLE speaker_articles("
    "  speaker_id INTEGER NOT NULL, article_id INTEGER NOT NULL, n INTEGER NOT NULL,"
    "  PRIMARY KEY(speaker_id, article_id)) WITHOUT ROWID;"
    "INSERT INTO speaker_articles(speaker_id, article_id, n) SELECT speaker_id, article_id, count(*)"
    "  FROM quotes WHERE speaker_id IS NOT NULL GROUP BY speaker_id, article_id;",
    /* 4 -> 5: a speaker's statements page newest first straight off an index */
    "ALTER TABLE quotes ADD COLUMN date TEXT;"
    "UPDATE quotes SET date = (SELECT a.date FROM articles a WHERE a.id = quotes.article_id);"
    "CREATE INDEX quotes_by_speaker_date ON quotes(speaker_id, date DESC, article_id DESC, start);",
    /* 5 -> 6: each quote's word-set signature (sorted 32-bit word hashes),
     * written when it is grouped, so grouping a new quote compares blobs
     * instead of re-splitting earlier quotes' words; older rows have none
     * until regrouped and are compared by their words meanwhile */
    "ALTER TABLE quotes ADD COLUMN sig BLOB;",
    /* 6 -> 7: the totals the browser's status line shows, kept by triggers
     * in the transaction of every write (import, reindex, bookmarks), so
     * reading them costs one small table instead of count(*) over millions
     * of rows */
    "CREATE TABLE counts(what TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;"
    "INSERT INTO counts(what, n) VALUES"
    "  ('articles', (SELECT count(*) FROM articles)), ('sources', (SELECT count(*) FROM sources)),"
    "  ('actors0', (SELECT count(*) FROM actors WHERE kind = 0)),"
    "  ('actors1', (SELECT count(*) FROM actors WHERE kind = 1)),"
    "  ('actors2', (SELECT count(*) FROM actors WHERE kind = 2)),"
    "  ('quotes', (SELECT count(*) FROM quotes)), ('bookmarks', (SELECT count(*) FROM bookmarks));"
    "CREATE TRIGGER counts_articles_ai AFTER INSERT ON articles BEGIN"
    "  UPDATE counts SET n = n + 1 WHERE what = 'articles'; END;"
    "CREATE TRIGGER counts_articles_ad AFTER DELETE ON articles BEGIN"
    "  UPDATE counts SET n = n - 1 WHERE what = 'articles'; END;"
    "CREATE TRIGGER counts_sources_ai AFTER INSERT ON sources BEGIN"
    "  UPDATE counts SET n = n + 1 WHERE what = 'sources'; END;"
    "CREATE TRIGGER counts_sources_ad AFTER DELETE ON sources BEGIN"
    "  UPDATE counts SET n = n - 1 WHERE what = 'sources'; END;"
    "CREATE TRIGGER counts_actors_ai AFTER INSERT ON actors BEGIN"
    "  UPDATE counts SET n = n + 1 WHERE what = 'actors' || new.kind; END;"
    "CREATE TRIGGER counts_actors_ad AFTER DELETE ON actors BEGIN"
    "  UPDATE counts SET n = n - 1 WHERE what = 'actors' || old.kind; END;"
    "CREATE TRIGGER counts_actors_au AFTER UPDATE OF kind ON actors WHEN old.kind <> new.kind BEGIN"
    "  UPDATE counts SET n = n - 1 WHERE what = 'actors' || old.kind;"
    "  UPDATE counts SET n = n + 1 WHERE what = 'actors' || new.kind; END;"
    "CREATE TRIGGER counts_quotes_ai AFTER INSERT ON quotes BEGIN"
    "  UPDATE counts SET n = n + 1 WHERE what = 'quotes'; END;"
    "CREATE TRIGGER counts_quotes_ad AFTER DELETE ON quotes BEGIN"
    "  UPDATE counts SET n = n - 1 WHERE what = 'quotes'; END;"
    "CREATE TRIGGER counts_bookmarks_ai AFTER INSERT ON bookmarks BEGIN"
    "  UPDATE counts SET n = n + 1 WHERE what = 'bookmarks'; END;"
    "CREATE TRIGGER counts_bookmarks_ad AFTER DELETE ON bookmarks BEGIN"
    "  UPDATE counts SET n = n - 1 WHERE what = 'bookmarks'; END;",
    /* 7 -> 8: a trigger per quote row cost an import 30% at 200,000
     * articles (19 quotes an article); store_extraction_put, the one place
     * quotes are added and removed, keeps their total with one update an
     * article instead */
    ("DROP TRIGGER counts_quotes_ai; DROP TRIGGER counts_quotes_ad;"
     "UPDATE counts SET n = (SELECT count(*) FROM quotes) WHERE what = 'quotes';"),
    /* 8 -> 9: a quotation split by its speech tag is one quote of several
     * pieces ("S-E,S-E"; NULL for one piece); rows written before stay as
     * they were until `reindex` extracts them again */
    "ALTER TABLE quotes ADD COLUMN pieces TEXT;",
    /* 9 -> 10: grouping a new quote compares it with its speaker's latest
     * quotes elsewhere; the speaker index holds their statements and
     * signatures, so those are read off the index, not a table row each.
     * Quotes with no speaker (a third) are never looked up by speaker:
     * left out of the speaker indexes, they cost an import no entries
     * there, where its writes land all over a large store */
    "DROP INDEX quotes_by_speaker;"
    "CREATE INDEX quotes_by_speaker ON quotes(speaker_id, article_id, id, statement_id, sig)"
    "  WHERE speaker_id IS NOT NULL;"
    "DROP INDEX quotes_by_speaker_date;"
    "CREATE INDEX quotes_by_speaker_date ON quotes(speaker_id, date DESC, article_id DESC, start)"
    "  WHERE speaker_id IS NOT NULL;"
    /* and the full-text indexes merge their segments eight at a time, not
     * four: a batch's merging at 200,000 articles takes about half the
     * time, for a few more segments for a search to read */
    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 8);"
    "INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('automerge', 8);",
    /* 10 -> 11: what `update` and `import --newsboat` remember between
     * runs: each feed's validators (ETag, Last-Modified) and the items
     * already taken from a feed or a newsboat cache, so a run adds only
     * new items and asks a server only for what changed */
    "CREATE TABLE feeds(url TEXT PRIMARY KEY, title TEXT, etag TEXT, last_modified TEXT,"
    "  checked TEXT) WITHOUT ROWID;"
    "CREATE TABLE feed_items(feed TEXT NOT NULL, item TEXT NOT NULL,"
    "  article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
    "  PRIMARY KEY(feed, item)) WITHOUT ROWID;",
    /* 11 -> 12: a statement keeps its first quote's content words, which a
     * quote must largely share to join it (no chains of near matches);
     * `newsroom regroup` (a 'regroup' row in counts says one is due).  A
     * bookmark keeps its quote's kind, so that a paraphrase whose quote
     * went away is still never shown as a quote */
    "ALTER TABLE statements ADD COLUMN sig BLOB;"
    "INSERT INTO counts(what, n) SELECT 'regroup', 1 WHERE EXISTS (SELECT 1 FROM statements);"
    "ALTER TABLE bookmarks ADD COLUMN q_kind INTEGER;"
    "UPDATE bookmarks SET q_kind = (SELECT q.kind FROM quotes q WHERE q.id = bookmarks.quote_id);",
    /* 12 -> 13: how many articles are read, kept in counts: the browser's
     * header shows the unread count on every list reload, and counting
     * `read = 0` walked every article row, texts included (seconds at
     * 200,000 articles); one trigger per article, and only a read one */
    "INSERT INTO counts(what, n) VALUES ('read', (SELECT count(*) FROM articles WHERE read <> 0));"
    "CREATE TRIGGER counts_read_ai AFTER INSERT ON articles WHEN new.read <> 0 BEGIN"
    "  UPDATE counts SET n = n + 1 WHERE what = 'read'; END;"
    "CREATE TRIGGER counts_read_ad AFTER DELETE ON articles WHEN old.read <> 0 BEGIN"
    "  UPDATE counts SET n = n - 1 WHERE what = 'read'; END;"
    "CREATE TRIGGER counts_read_au AFTER UPDATE OF read ON articles"
    "  WHEN (old.read <> 0) <> (new.read <> 0) BEGIN"
    "  UPDATE counts SET n = n + (CASE WHEN new.read <> 0 THEN 1 ELSE -1 END) WHERE what = 'read'; END;",
};

_Static_assert(sizeof store_migrations / sizeof store_migrations[0] == STORE_SCHEMA_VERSION,
               "one migration step per schema version");

int store_fail(store *st, const char *what)
{
    /* a write stopped because the file is no longer the one opened: that
     * is the reason to give, not SQLite's "constraint failed" */
    if (st->gone) {
        store_check_file(st);
        return -1;
    }
    snprintf(st->err, sizeof st->err, "%s: %s", what, sqlite3_errmsg(st->db));
    return -1;
}

int store_check_file(store *st)
{
    if (!st->have_id)
        return 0;
    struct stat sb;
    if (stat(st->path, &sb) != 0) {
        st->gone = 1;
        snprintf(st->err, sizeof st->err, "%s: the database file was removed after it was opened; "
                 "nothing written (start newsroom again)", st->path);
        return -1;
    }
    if (sb.st_dev != st->dev || sb.st_ino != st->ino) {
        st->gone = 1;
        snprintf(st->err, sizeof st->err, "%s: the database file was replaced after it was opened; "
                 "nothing written (start newsroom again)", st->path);
        return -1;
    }
    return 0;
}

/* Every commit, a statement's own included: writing into a file that was
 * renamed over or removed would land in the -wal the new file shares (or
 * in an unlinked file) and be lost or corrupt it.  Non-zero rolls back. */
static int commit_check(void *arg)
{
    store *st = arg;
    return store_check_file(st) < 0;
}

const char *store_error(const store *st)
{
    return st->err[0] ? st->err : "unknown error";
}

sqlite3_stmt *store_stmt(store *st, const char *sql)
{
    for (size_t i = 0; i < st->n_stmt; i++) {
        if (st->stmt_sql[i] == sql) {
            sqlite3_reset(st->stmt[i]);
            sqlite3_clear_bindings(st->stmt[i]);
            return st->stmt[i];
        }
    }
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
        store_fail(st, "preparing a query");
        return NULL;
    }
    if (st->n_stmt == STORE_MAX_STMTS) {
        /* Never expected: the cache holds every query the program has. */
        sqlite3_finalize(st->stmt[0]);
        memmove(st->stmt, st->stmt + 1, (STORE_MAX_STMTS - 1) * sizeof *st->stmt);
        memmove(st->stmt_sql, st->stmt_sql + 1, (STORE_MAX_STMTS - 1) * sizeof *st->stmt_sql);
        st->n_stmt--;
    }
    st->stmt_sql[st->n_stmt] = sql;
    st->stmt[st->n_stmt++] = s;
    return s;
}

int store_exec_stmt(store *st, sqlite3_stmt *s, const char *what)
{
    int rc = sqlite3_step(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        store_fail(st, what);
        sqlite3_reset(s);
        return -1;
    }
    sqlite3_reset(s);
    return 0;
}

int store_exec(store *st, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(st->err, sizeof st->err, "%s", msg ? msg : sqlite3_errmsg(st->db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

void store_bind_text(sqlite3_stmt *s, int i, const char *str)
{
    if (str)
        sqlite3_bind_text(s, i, str, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

const char *store_col_text(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

void store_set_lexicon(store *st, const lexicon *lx)
{
    st->lx = lx;
}

static int get_int(store *st, const char *sql, int64_t *out)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK)
        return -1;
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return rc == SQLITE_ROW ? 0 : -1;
}

static int migrate(store *st, char *err, size_t errlen)
{
    int64_t v = 0;
    if (get_int(st, "PRAGMA user_version", &v) < 0) {
        int code = sqlite3_errcode(st->db);
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            err_set(err, errlen, "%s: not a newsroom database (%s)", st->path, sqlite3_errmsg(st->db));
        else
            err_set(err, errlen, "%s: %s", st->path, sqlite3_errmsg(st->db));
        return -1;
    }
    if (v > STORE_SCHEMA_VERSION) {
        err_set(err, errlen, "%s: database schema version %lld is newer than this newsroom "
                "understands (%d); upgrade newsroom", st->path, (long long)v, STORE_SCHEMA_VERSION);
        return -1;
    }
    if (v == 0) {
        int64_t n = 0;
        if (get_int(st, "SELECT count(*) FROM sqlite_master", &n) < 0) {
            err_set(err, errlen, "%s: %s", st->path, sqlite3_errmsg(st->db));
            return -1;
        }
        if (n > 0) {
            err_set(err, errlen, "%s: an SQLite database, but not newsroom's", st->path);
            return -1;
        }
    }
    if (v == STORE_SCHEMA_VERSION)
        return 0;
    if (st->ro) {
        err_set(err, errlen, "%s: schema version %lld needs an upgrade; open it once without read-only",
                st->path, (long long)v);
        return -1;
    }
    if (store_exec(st, "BEGIN IMMEDIATE") < 0) {
        err_set(err, errlen, "%s: %s", st->path, st->err);
        return -1;
    }
    for (int64_t i = v; i < STORE_SCHEMA_VERSION; i++) {
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version = %lld", (long long)(i + 1));
        if (store_exec(st, store_migrations[i]) < 0 || store_exec(st, pragma) < 0) {
            err_set(err, errlen, "%s: migrating to schema %lld: %s", st->path, (long long)(i + 1), st->err);
            store_exec(st, "ROLLBACK");
            return -1;
        }
    }
    if (store_exec(st, "COMMIT") < 0) {
        err_set(err, errlen, "%s: %s", st->path, st->err);
        store_exec(st, "ROLLBACK");
        return -1;
    }
    return 0;
}

/* mkdir -p of the directory that will hold path. */
static void make_parent(const char *path)
{
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        mkdir(p, 0700);
        *s = '/';
    }
    free(p);
}

/* "file:PATH?immutable=1", PATH with the characters a URI gives meaning
 * to escaped. */
static char *immutable_uri(const char *path)
{
    buf b = BUF_INIT;
    buf_adds(&b, "file:");
    for (const char *p = path; *p; p++) {
        if (*p == '%' || *p == '?' || *p == '#') {
            char hex[4];
            snprintf(hex, sizeof hex, "%%%02X", (unsigned char)*p);
            buf_adds(&b, hex);
        } else {
            buf_addc(&b, *p);
        }
    }
    buf_adds(&b, "?immutable=1");
    return buf_steal(&b);
}

/* When a store could not be opened for writing because the file, or the
 * directory that must hold its -wal and -shm, may not be written, says so
 * instead of SQLite's "unable to open database file". */
static void why_readonly(const char *path, char *err, size_t errlen)
{
    char *dir = xstrdup(path);
    char *slash = strrchr(dir, '/');
    if (slash)
        *(slash == dir ? slash + 1 : slash) = '\0';
    else
        strcpy(dir, ".");
    if (access(path, F_OK) == 0 && access(path, W_OK) != 0)
        err_set(err, errlen, "%s: the database is read-only", path);
    else if (access(dir, W_OK) != 0)
        err_set(err, errlen, "%s: the database is read-only (its directory %s may not be written)",
                path, dir);
    free(dir);
}

/* A reader of a store whose file may not be written leaves its -shm (and
 * -wal) with the file's read-only mode; once the file is writable again
 * they would keep every writer out ("attempt to write a readonly
 * database").  The owner gives them the file's mode back. */
static void fix_side_modes(const char *path)
{
    struct stat db;
    if (stat(path, &db) != 0 || access(path, W_OK) != 0)
        return;
    static const char *const side[] = {"-wal", "-shm"};
    for (size_t i = 0; i < 2; i++) {
        buf b = BUF_INIT;
        buf_printf(&b, "%s%s", path, side[i]);
        struct stat sb;
        if (stat(buf_str(&b), &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_uid == geteuid() &&
            access(buf_str(&b), W_OK) != 0)
            chmod(buf_str(&b), db.st_mode & 0777);
        buf_free(&b);
    }
}

/* A new store is made with perm (0600 unless configured): SQLite gives
 * its -wal and -shm the mode of the file. */
static void create_file(const char *path, int perm)
{
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, (mode_t)perm);
    if (fd < 0)
        return; /* there already, or not makeable: sqlite3_open says which */
    fchmod(fd, (mode_t)perm);
    close(fd);
}

/* Size of PATH-wal; 0 when there is none. */
static off_t wal_size(const char *path)
{
    buf b = BUF_INIT;
    buf_printf(&b, "%s-wal", path);
    struct stat sb;
    off_t n = stat(buf_str(&b), &sb) == 0 ? sb.st_size : 0;
    buf_free(&b);
    return n;
}

store *store_open(const char *path, store_mode mode, char *err, size_t errlen)
{
    return store_open_perm(path, mode, SAFEFILE_MODE_DEFAULT, err, errlen);
}

store *store_open_perm(const char *path, store_mode mode, int perm, char *err, size_t errlen)
{
    if (!path || !*path) {
        err_set(err, errlen, "no database path");
        return NULL;
    }
    store *st = xcalloc(1, sizeof *st);
    st->path = xstrdup(path);
    st->ro = mode == STORE_RO;
    if (!st->ro)
        make_parent(path);
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        err_set(err, errlen, "%s: is a directory, not a database", path);
        goto fail;
    }
    if (!st->ro) {
        fix_side_modes(path);
        create_file(path, perm);
    }
    int flags = st->ro ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path, &st->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        err_set(err, errlen, "%s: cannot open database: %s", path,
                st->db ? sqlite3_errmsg(st->db) : strerror(errno));
        goto fail;
    }
    int64_t probe;
    if (st->ro && get_int(st, "PRAGMA user_version", &probe) < 0 &&
        (sqlite3_errcode(st->db) == SQLITE_CANTOPEN || sqlite3_errcode(st->db) == SQLITE_READONLY)) {
        /* A WAL store in a directory nobody may write: its -shm cannot be
         * made.  With no -wal (or an empty one) the file holds every
         * commit, so read it as it stands (no writer can be at work: none
         * can make a -wal there).  Commits still in a -wal cannot be read
         * without a -shm: say so rather than show what was there before. */
        if (wal_size(path) > 0) {
            err_set(err, errlen, "%s: its -wal holds changes that cannot be read here (the directory "
                    "may not be written, so no -shm can be made); open it once with write access "
                    "to the directory", path);
            goto fail;
        }
        sqlite3_close(st->db);
        st->db = NULL;
        char *uri = immutable_uri(path);
        int rc = sqlite3_open_v2(uri, &st->db, flags | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
        free(uri);
        if (rc != SQLITE_OK) {
            err_set(err, errlen, "%s: cannot open database: %s", path,
                    st->db ? sqlite3_errmsg(st->db) : strerror(errno));
            goto fail;
        }
    }
    sqlite3_extended_result_codes(st->db, 0);
    sqlite3_busy_timeout(st->db, 15000); /* another writer's batch is short */
    if (store_rank_register(st->db) < 0) {
        err_set(err, errlen, "%s: this SQLite has no full-text search (FTS5)", path);
        goto fail;
    }
    if (migrate(st, err, errlen) < 0)
        goto fail;
    if (!st->ro) {
        if (store_exec(st, "PRAGMA journal_mode = WAL") < 0) {
            err_set(err, errlen, "%s: %s", path, st->err);
            goto fail;
        }
        store_exec(st, "PRAGMA synchronous = NORMAL");
    }
    /* A reader's working set is a page of rows and the index pages above
     * it: a fixed cache keeps memory the same on a store of any size (a
     * writer of many articles takes more, see store_article_add). */
    store_exec(st, "PRAGMA cache_size = -8192");
    if (store_exec(st, "PRAGMA foreign_keys = ON") < 0) {
        err_set(err, errlen, "%s: %s", path, st->err);
        goto fail;
    }
    if (!st->ro && sqlite3_db_readonly(st->db, "main") == 1) {
        err_set(err, errlen, "%s: the database is read-only", path);
        goto fail;
    }
    struct stat id;
    if (stat(path, &id) == 0) {
        st->dev = id.st_dev;
        st->ino = id.st_ino;
        st->have_id = 1;
    }
    if (!st->ro)
        sqlite3_commit_hook(st->db, commit_check, st);
    return st;
fail:
    if (!st->ro)
        why_readonly(path, err, errlen);
    store_close(st);
    return NULL;
}

static void fts_clear(store *st);

void store_close(store *st)
{
    if (!st)
        return;
    for (size_t i = 0; i < st->n_stmt; i++)
        sqlite3_finalize(st->stmt[i]);
    fts_clear(st);
    store_counts_clear(st);
    store_group_forget(st);
    store_ckpt_stop(st);
    if (st->db) {
        /* bounded: unbounded, the first close after a large import or a
         * new index read whole tables (seconds on a large store) */
        if (!st->ro && !st->gone)
            sqlite3_exec(st->db, "PRAGMA analysis_limit = 1000; PRAGMA optimize", NULL, NULL, NULL);
        sqlite3_close(st->db);
    }
    free(st->path);
    free(st);
}

char *store_default_path(void)
{
    buf b = BUF_INIT;
    const char *x = getenv("XDG_DATA_HOME");
    if (x && *x == '/') {
        buf_adds(&b, x);
    } else {
        /* never "." : a store under whatever directory the command ran in
         * would seem to lose its bookmarks the next time */
        char *h = safefile_home();
        if (!h)
            return NULL;
        buf_adds(&b, h);
        buf_adds(&b, "/.local/share");
        free(h);
    }
    buf_adds(&b, "/newsroom/newsroom.db");
    return buf_steal(&b);
}

static const char sql_begin[] = "BEGIN IMMEDIATE", sql_commit[] = "COMMIT",
                  sql_rollback[] = "ROLLBACK";

static int tx(store *st, const char *sql, const char *what)
{
    sqlite3_stmt *s = store_stmt(st, sql);
    return s ? store_exec_stmt(st, s, what) : -1;
}

static void fts_clear(store *st)
{
    for (size_t i = 0; i < st->n_fts_gone; i++)
        free(st->fts_gone[i].text);
    free(st->fts_gone);
    st->fts_gone = NULL;
    st->n_fts_gone = 0;
    st->fts_article_from = st->fts_quote_from = 0;
}

void store_fts_added(store *st, int is_quote, int64_t id)
{
    int64_t *from = is_quote ? &st->fts_quote_from : &st->fts_article_from;
    if (!*from || id < *from)
        *from = id;
}

void store_fts_removed(store *st, int64_t quote_id, const char *text)
{
    st->fts_gone = xrealloc(st->fts_gone, (st->n_fts_gone + 1) * sizeof *st->fts_gone);
    st->fts_gone[st->n_fts_gone].id = quote_id;
    st->fts_gone[st->n_fts_gone].text = xstrdup(text ? text : "");
    st->n_fts_gone++;
}

/* Brings the full-text indexes up to the transaction's writes.  Rows added
 * in it have ids from the first one noted up (new rowids are above every
 * existing one). */
static int fts_flush(store *st)
{
    static const char gone[] =
        "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', ?, ?)";
    static const char arts[] =
        "INSERT INTO articles_fts(rowid, title, text) SELECT id, title, text FROM articles WHERE id >= ?";
    static const char quotes[] =
        "INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes WHERE id >= ?";
    sqlite3_stmt *s;
    for (size_t i = 0; i < st->n_fts_gone; i++) {
        if (!(s = store_stmt(st, gone)))
            return -1;
        sqlite3_bind_int64(s, 1, st->fts_gone[i].id);
        store_bind_text(s, 2, st->fts_gone[i].text);
        if (store_exec_stmt(st, s, "updating the quote index") < 0)
            return -1;
    }
    if (st->fts_article_from) {
        if (!(s = store_stmt(st, arts)))
            return -1;
        sqlite3_bind_int64(s, 1, st->fts_article_from);
        if (store_exec_stmt(st, s, "indexing articles") < 0)
            return -1;
    }
    if (st->fts_quote_from) {
        if (!(s = store_stmt(st, quotes)))
            return -1;
        sqlite3_bind_int64(s, 1, st->fts_quote_from);
        if (store_exec_stmt(st, s, "indexing quotes") < 0)
            return -1;
    }
    fts_clear(st);
    return 0;
}

int store_begin(store *st)
{
    if (!st->ro && store_check_file(st) < 0)
        return -1;
    fts_clear(st);
    store_counts_clear(st);
    store_ckpt_wait(st);
    if (tx(st, sql_begin, "starting a transaction") < 0)
        return -1;
    store_group_begin(st);
    return 0;
}

int store_commit(store *st)
{
    if (store_counts_flush(st) < 0 || fts_flush(st) < 0)
        return -1;
    return tx(st, sql_commit, "committing");
}

int store_rollback(store *st)
{
    fts_clear(st);
    store_counts_clear(st);
    store_group_forget(st);
    if (sqlite3_get_autocommit(st->db))
        return 0;
    return tx(st, sql_rollback, "rolling back");
}

int store_stats_get(store *st, store_stats *out)
{
    /* kept current by the counts triggers and store_extraction_put (see
     * migrations 6 -> 7 and 7 -> 8) */
    static const char sql[] = "SELECT what, n FROM counts";
    static const char *const what[] = {"articles", "sources", "actors0", "actors1", "actors2",
                                       "quotes", "bookmarks"};
    int64_t *const to[] = {&out->articles, &out->sources, &out->people, &out->places, &out->orgs,
                           &out->quotes, &out->bookmarks};
    _Static_assert(sizeof what / sizeof what[0] == sizeof to / sizeof to[0], "a name per counter");
    sqlite3_stmt *s = store_stmt(st, sql);
    if (!s)
        return -1;
    memset(out, 0, sizeof *out);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const char *name = store_col_text(s, 0);
        for (size_t i = 0; name && i < sizeof what / sizeof what[0]; i++)
            if (!strcmp(name, what[i]))
                *to[i] = sqlite3_column_int64(s, 1);
    }
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return store_fail(st, "counting");
    return 0;
}

/* ---- keys ------------------------------------------------------------- */

char *store_key(const store *st, actor_kind kind, const char *name)
{
    if (kind != ACTOR_PLACE && st->lx)
        return extract_alias_key(st->lx, name);
    return fold_dup(name);
}

/* Transliteration endings that name the same person. */
static const struct { const char *from, *to; } variants[] = {
    {"skyy", "sky"}, {"skiy", "sky"}, {"skyi", "sky"}, {"skij", "sky"}, {"skii", "sky"},
};

char *store_vkey(const char *key)
{
    buf b = BUF_INIT;
    const char *p = key;
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t n = sp ? (size_t)(sp - p) : strlen(p);
        size_t keep = n;
        for (size_t i = 0; i < sizeof variants / sizeof variants[0]; i++) {
            size_t fl = strlen(variants[i].from);
            if (n > fl + 1 && !memcmp(p + n - fl, variants[i].from, fl)) {
                buf_add(&b, p, n - fl);
                buf_adds(&b, variants[i].to);
                keep = 0;
                break;
            }
        }
        if (keep)
            buf_add(&b, p, n);
        p += n;
        if (*p == ' ') {
            buf_addc(&b, ' ');
            p++;
        }
    }
    return buf_steal(&b);
}

const char *store_last_word(const char *key)
{
    const char *sp = strrchr(key, ' ');
    return sp ? sp + 1 : key;
}
