/* store_ckpt: copies an import's write-ahead log into the database on a
 * thread of its own.  On a large store a batch dirties pages all over the
 * file; copying them back (a checkpoint) cost the importing thread about a
 * seventh of its time at 200,000 articles and nothing at 2,000.  Here the
 * copy of one batch runs while the next batch is read and extracted, and
 * the log starts over once it is copied, so it stays about a batch long. */
#include "store_internal.h"
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>

/* Copy once a commit leaves this much log (4 MB): small transactions (a
 * bookmark) are left to the next one. */
#define CKPT_FRAMES 1024
/* Past this (1 GB) the checkpointer is not keeping up: the writer copies
 * in its own time rather than let the log grow without bound. */
#define CKPT_FRAMES_MAX 262144

struct store_ckpt {
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;  /* work to do, or done: both wait on it */
    sqlite3 *db;        /* the checkpointer's own connection */
    int pending, busy, stop;
};

static void *ckpt_main(void *arg)
{
    struct store_ckpt *c = arg;
    pthread_mutex_lock(&c->mu);
    for (;;) {
        while (!c->pending && !c->stop)
            pthread_cond_wait(&c->cv, &c->mu);
        if (c->stop)
            break;
        c->pending = 0;
        c->busy = 1;
        pthread_mutex_unlock(&c->mu);
        /* PASSIVE never waits for the writer or readers; what it cannot
         * copy yet (frames newer than a reader's snapshot) is copied by
         * the next round.  A failure leaves the log longer, nothing lost. */
        sqlite3_wal_checkpoint_v2(c->db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
        pthread_mutex_lock(&c->mu);
        c->busy = 0;
        pthread_cond_broadcast(&c->cv);
    }
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

/* Runs after each commit of the writer, with the log's length in frames. */
static int ckpt_hook(void *arg, sqlite3 *db, const char *name, int frames)
{
    struct store_ckpt *c = arg;
    if (frames >= CKPT_FRAMES_MAX) {
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    } else if (frames >= CKPT_FRAMES) {
        pthread_mutex_lock(&c->mu);
        c->pending = 1;
        pthread_cond_broadcast(&c->cv);
        pthread_mutex_unlock(&c->mu);
    }
    return SQLITE_OK;
}

int store_ckpt_start(store *st)
{
    if (st->ckpt || st->ro || !sqlite3_threadsafe())
        return -1;
    struct store_ckpt *c = xcalloc(1, sizeof *c);
    int made = 0; /* 1: mutex, 2: and condition */
    if (sqlite3_open_v2(st->path, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
        SQLITE_OK)
        goto fail;
    /* the log it copies is the writer's: it never writes rows itself; a
     * first read opens that log (a connection that has read nothing does
     * not know the database has one, and its checkpoints do nothing) */
    sqlite3_wal_autocheckpoint(c->db, 0);
    sqlite3_busy_timeout(c->db, 1000);
    if (sqlite3_exec(c->db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL) != SQLITE_OK)
        goto fail;
    if (pthread_mutex_init(&c->mu, NULL))
        goto fail;
    made = 1;
    if (pthread_cond_init(&c->cv, NULL))
        goto fail;
    made = 2;
    /* signals are for the threads that read and write: this one blocks
     * them all (a thread starts with its creator's mask) */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int failed = pthread_create(&c->thread, NULL, ckpt_main, c) != 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (failed)
        goto fail;
    st->ckpt = c;
    sqlite3_wal_hook(st->db, ckpt_hook, c);
    return 0;
fail:
    if (made == 2)
        pthread_cond_destroy(&c->cv);
    if (made >= 1)
        pthread_mutex_destroy(&c->mu);
    sqlite3_close(c->db);
    free(c);
    return -1;
}

void store_ckpt_wait(store *st)
{
    struct store_ckpt *c = st->ckpt;
    if (!c)
        return;
    pthread_mutex_lock(&c->mu);
    while (c->pending || c->busy)
        pthread_cond_wait(&c->cv, &c->mu);
    pthread_mutex_unlock(&c->mu);
}

void store_ckpt_stop(store *st)
{
    struct store_ckpt *c = st->ckpt;
    if (!c)
        return;
    /* back to SQLite's own checkpoints for whatever the writer does next */
    sqlite3_wal_autocheckpoint(st->db, 1000);
    pthread_mutex_lock(&c->mu);
    c->stop = 1;
    pthread_cond_broadcast(&c->cv);
    pthread_mutex_unlock(&c->mu);
    pthread_join(c->thread, NULL);
    pthread_cond_destroy(&c->cv);
    pthread_mutex_destroy(&c->mu);
    sqlite3_close(c->db);
    free(c);
    st->ckpt = NULL;
}
