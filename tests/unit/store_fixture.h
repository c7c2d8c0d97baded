/* The fixture the store unit tests share: a store opened read-write in a
 * fresh directory under /tmp and removed with it after each test, and
 * queries that read what was stored back.  Include after cmocka.h. */
#ifndef STORE_FIXTURE_H
#define STORE_FIXTURE_H

#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "store.h"

typedef struct fixture {
    char dir[64];
    char path[128];
    store *st;
} fixture;

/* Makes a directory from tmpl (ending in XXXXXX) and opens the store
 * db_name inside it into a new fixture, *state. */
static inline int store_fixture_setup(void **state, const char *tmpl, const char *db_name)
{
    fixture *f = calloc(1, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "%s", tmpl);
    if (!mkdtemp(f->dir))
        return -1;
    snprintf(f->path, sizeof f->path, "%s/%s", f->dir, db_name);
    char err[256];
    f->st = store_open(f->path, STORE_RW, err, sizeof err);
    if (!f->st) {
        fprintf(stderr, "%s\n", err);
        return -1;
    }
    *state = f;
    return 0;
}

static inline int teardown(void **state)
{
    fixture *f = *state;
    store_close(f->st);
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s", f->dir);
    if (system(cmd) != 0)
        return -1;
    free(f);
    return 0;
}

/* The first column of the first row sql gives, read through a connection
 * of its own (-1 when there is none). */
static inline int64_t sql_int(const char *path, const char *sql)
{
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_stmt *s;
    int64_t v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK) {
        if (sqlite3_step(s) == SQLITE_ROW)
            v = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return v;
}

/* The statement of the quote whose words are words. */
static inline int64_t statement_of(const char *path, const char *words)
{
    char sql[400];
    snprintf(sql, sizeof sql, "SELECT statement_id FROM quotes WHERE text = '%s'", words);
    return sql_int(path, sql);
}

#endif
