/* import: walks the paths, reads each article, extracts and stores it in
 * batches of one transaction.  Counts only what is committed, so what the
 * summary says is what the database holds. */
#include "import.h"
#include "buf.h"
#include "doc.h"
#include "escape.h"
#include "extract.h"
#include "ingest.h"
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* On a large store each article's index entries land on pages of their
 * own; a batch of 4,096 shares more of those pages between its articles
 * than one of 1,024 (200,000 articles: 302 s -> 236 s) */
#define IMPORT_BATCH_DEFAULT 4096
#define IMPORT_BATCH_BYTES (16u * 1024 * 1024) /* held in memory before a write */
#define WALK_MAX_DEPTH 64

typedef struct paths {
    char **p;
    size_t n, cap;
} paths;

/* Directories walked, by device and inode (as find -L and du keep them):
 * a link back to one is followed once, however many links lead there. */
typedef struct dir_id {
    dev_t dev;
    ino_t ino;
} dir_id;

typedef struct dir_set {
    dir_id *slot;        /* open addressing; ino 0 marks a free slot */
    size_t n, cap;
} dir_set;

typedef struct run {
    const import_opts *o;
    import_report *rep;
    int bar_drawn;
    double t0, last_draw;
    size_t total;
    dir_set seen;
    int stopped;         /* opts->stop was seen while walking */
} run;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void bar_clear(run *r)
{
    if (r->bar_drawn) {
        fputs("\r\033[K", stderr);
        r->bar_drawn = 0;
    }
}

static void message(run *r, int is_error, const char *path, const char *what)
{
    /* one line whatever the name holds (a newline, an escape sequence) */
    buf b = BUF_INIT;
    escape_visible(&b, path, strlen(path), 0);
    buf_adds(&b, ": ");
    escape_visible(&b, what, strlen(what), 0);
    if (r->o->message) {
        r->o->message(r->o->ctx, is_error, buf_str(&b));
    } else {
        bar_clear(r);
        fprintf(stderr, "%s\n", buf_str(&b));
    }
    buf_free(&b);
}

static void bar_draw(run *r, size_t done, int force)
{
    if (!r->o->progress)
        return;
    double t = now();
    if (!force && t - r->last_draw < 0.1)
        return;
    r->last_draw = t;
    double el = t - r->t0;
    double rate = el > 0 ? (double)done / el : 0;
    int width = 30;
    int fill = r->total ? (int)((double)width * (double)done / (double)r->total) : width;
    char bar[64];
    for (int i = 0; i < width; i++)
        bar[i] = i < fill ? '#' : '.';
    bar[width] = '\0';
    fprintf(stderr, "\r\033[K[%s] %zu/%zu files  %.0f files/s", bar, done, r->total, rate);
    fflush(stderr);
    r->bar_drawn = 1;
}

static void paths_add(paths *ps, char *p)
{
    if (ps->n == ps->cap) {
        ps->cap = ps->cap ? ps->cap * 2 : 64;
        ps->p = xrealloc(ps->p, ps->cap * sizeof *ps->p);
    }
    ps->p[ps->n++] = p;
}

static int cmp_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t dir_hash(dir_id id, size_t cap)
{
    uint64_t h = (uint64_t)id.ino * 0x9E3779B97F4A7C15ull ^ (uint64_t)id.dev;
    return (size_t)(h ^ (h >> 29)) & (cap - 1);
}

/* Adds id; 0 when it was there already. */
static int dir_set_add(dir_set *s, dir_id id)
{
    if ((s->n + 1) * 2 > s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        dir_id *slot = xcalloc(cap, sizeof *slot);
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->slot[i].ino)
                continue;
            size_t j = dir_hash(s->slot[i], cap);
            while (slot[j].ino)
                j = (j + 1) & (cap - 1);
            slot[j] = s->slot[i];
        }
        free(s->slot);
        s->slot = slot;
        s->cap = cap;
    }
    if (!id.ino)
        id.ino = (ino_t)-1; /* 0 marks free; no real directory has it */
    size_t j = dir_hash(id, s->cap);
    while (s->slot[j].ino) {
        if (s->slot[j].ino == id.ino && s->slot[j].dev == id.dev)
            return 0;
        j = (j + 1) & (s->cap - 1);
    }
    s->slot[j] = id;
    s->n++;
    return 1;
}

static int stop_seen(run *r)
{
    if (r->o->stop && *r->o->stop)
        r->stopped = 1;
    return r->stopped;
}

/* Files under dir (whose stat is sb), sorted, hidden names skipped.
 * Problems are refusals; a directory reached again (a link back up, or a
 * second link to one) is walked once and the link said once. */
static void walk(run *r, const char *dir, const struct stat *dsb, paths *out, int depth)
{
    if (stop_seen(r))
        return;
    if (!dir_set_add(&r->seen, (dir_id){dsb->st_dev, dsb->st_ino})) {
        message(r, 0, dir, "a directory already read (a symbolic link loop or a second link); skipped");
        r->rep->warned++;
        return;
    }
    DIR *d = opendir(dir);
    if (!d) {
        message(r, 1, dir, strerror(errno));
        r->rep->refused++;
        return;
    }
    paths here = {0};
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        buf b = BUF_INIT;
        buf_adds(&b, dir);
        if (b.len && b.data[b.len - 1] != '/')
            buf_addc(&b, '/');
        buf_adds(&b, e->d_name);
        paths_add(&here, buf_steal(&b));
    }
    closedir(d);
    if (here.n)
        qsort(here.p, here.n, sizeof *here.p, cmp_path);
    for (size_t i = 0; i < here.n; i++) {
        struct stat sb;
        if (stop_seen(r)) {
            free(here.p[i]);
            continue;
        }
        if (stat(here.p[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
            if (depth < WALK_MAX_DEPTH)
                walk(r, here.p[i], &sb, out, depth + 1);
            else {
                message(r, 1, here.p[i], "directories nested too deep; skipped");
                r->rep->refused++;
            }
            free(here.p[i]);
        } else {
            paths_add(out, here.p[i]);
        }
    }
    free(here.p);
}

/* One article read and extracted, waiting for its batch's transaction. */
typedef struct pending {
    doc d;
    extraction ex;
    store_prep *prep; /* what adding it needs besides the store, made here */
    const char *path;
} pending;

/* A refusal or warning met while reading, said when its batch is taken. */
typedef struct note {
    int is_error;
    const char *path;
    char *what;
} note;

/* A batch: the articles read and extracted for one transaction, and what
 * reading them found.  Filled on a thread of its own while the batch
 * before it is written (see fill_start), so nothing in it is shared. */
typedef struct batch {
    pending *p;
    size_t n, cap, bytes;
    note *notes;
    size_t n_notes;
    size_t refused, warned;
    size_t from, next;     /* files[from, next) were read into it */
    int interrupted;       /* opts->stop was seen */
    /* what fills it */
    const import_opts *o;
    const lexicon *lx;
    const store *st;       /* only read (its lexicon), by store_prep_make */
    const paths *files;
    _Atomic size_t *done;  /* files read so far, for the progress bar */
} batch;

static void batch_note(batch *b, int is_error, const char *path, const char *what)
{
    b->notes = xrealloc(b->notes, (b->n_notes + 1) * sizeof *b->notes);
    b->notes[b->n_notes].is_error = is_error;
    b->notes[b->n_notes].path = path;
    b->notes[b->n_notes].what = xstrdup(what);
    b->n_notes++;
}

/* Reads and extracts files from b->from until the batch is full. */
static void *batch_fill(void *arg)
{
    batch *b = arg;
    const import_opts *o = b->o;
    size_t i = b->from;
    for (; i < b->files->n && b->n < b->cap && b->bytes < IMPORT_BATCH_BYTES; i++) {
        if (o->stop && *o->stop) {
            b->interrupted = 1;
            break;
        }
        pending *p = &b->p[b->n];
        const char *path = b->files->p[i];
        char err[512];
        if (ingest_load(path, o, &p->d, err, sizeof err) < 0) {
            if (o->stop && *o->stop) {
                b->interrupted = 1; /* the read was interrupted: not the file's fault */
                break;
            }
            batch_note(b, 1, path, err);
            b->refused++;
            (*b->done)++;
            continue;
        }
        if (p->d.warning) {
            batch_note(b, 0, path, p->d.warning);
            b->warned++;
        }
        extract_run(b->lx, p->d.text, p->d.text_len, &p->ex);
        p->prep = store_prep_make(b->st, b->lx, p->d.text, &p->ex);
        p->path = path;
        b->bytes += p->d.raw_len;
        b->n++;
        (*b->done)++;
    }
    b->next = i;
    return NULL;
}

static void batch_clear(batch *b)
{
    for (size_t i = 0; i < b->n; i++) {
        store_prep_free(b->p[i].prep);
        b->p[i].prep = NULL;
        extraction_free(&b->p[i].ex);
        doc_free(&b->p[i].d);
    }
    for (size_t i = 0; i < b->n_notes; i++)
        free(b->notes[i].what);
    free(b->notes);
    b->notes = NULL;
    b->n = b->bytes = b->n_notes = b->refused = b->warned = 0;
    b->interrupted = 0;
}

/* The thread filling the next batch.  The stop signals go to it alone
 * while it runs: a read blocked on a FIFO or a slow disk must see them
 * (the writer, meanwhile, holds them until the batch is written). */
typedef struct filler {
    pthread_t thr;
    int threaded;
    sigset_t old;
} filler;

static void stop_signals(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGTERM);
}

static void *filler_main(void *arg)
{
    sigset_t all; /* every other signal stays with the main thread */
    sigfillset(&all);
    sigdelset(&all, SIGINT);
    sigdelset(&all, SIGTERM);
    pthread_sigmask(SIG_SETMASK, &all, NULL);
    return batch_fill(arg);
}

/* Starts filling b from file `from` on a thread of its own (or fills it
 * here when no thread can start). */
static void fill_start(filler *f, batch *b, size_t from)
{
    sigset_t stops;
    stop_signals(&stops);
    b->from = b->next = from;
    pthread_sigmask(SIG_BLOCK, &stops, &f->old);
    f->threaded = pthread_create(&f->thr, NULL, filler_main, b) == 0;
    if (!f->threaded) {
        pthread_sigmask(SIG_SETMASK, &f->old, NULL);
        batch_fill(b);
    }
}

static void fill_wait(filler *f)
{
    if (!f->threaded)
        return;
    pthread_join(f->thr, NULL);
    f->threaded = 0;
    pthread_sigmask(SIG_SETMASK, &f->old, NULL); /* a stop sent meanwhile lands now */
}

/* Writes the batch in one short transaction: reading and extraction
 * happen before it (for the next batch, during it, on another thread),
 * so another writer (a second import, a bookmark from the browser) waits
 * for the lock only as long as the inserts take. */
static int flush(store *st, const lexicon *lx, run *r, batch *b)
{
    size_t added = 0;
    int rc = 0;
    if (b->n == 0)
        return 0;
    if (store_begin(st) < 0) {
        message(r, 1, b->p[0].path, store_error(st));
        rc = -1;
    }
    for (size_t i = 0; i < b->n && rc == 0; i++) {
        int64_t id;
        store_add_status s = store_article_add_prepared(st, &b->p[i].d, &b->p[i].ex, lx, b->p[i].prep, &id);
        if (s == STORE_FAILED) {
            message(r, 1, b->p[i].path, store_error(st));
            rc = -1;
        } else if (s == STORE_ADDED) {
            added++;
        } else {
            r->rep->present++;
        }
        bar_draw(r, *b->done, 0);
    }
    if (rc == 0 && store_commit(st) < 0) {
        message(r, 1, b->p[b->n - 1].path, store_error(st));
        rc = -1;
    }
    if (rc < 0) {
        store_rollback(st);
        /* what this batch counted as present is not stored either way */
    } else {
        r->rep->imported += added;
    }
    return rc;
}

int import_paths(store *st, const lexicon *lx, const char *const *in, size_t n,
                 const import_opts *opts, import_report *rep)
{
    import_opts defaults = {0};
    const import_opts *o = opts ? opts : &defaults;
    memset(rep, 0, sizeof *rep);
    run r = {o, rep, 0, now(), 0, 0, {NULL, 0, 0}, 0};
    size_t cap = o->batch ? o->batch : IMPORT_BATCH_DEFAULT;

    paths files = {0};
    for (size_t i = 0; i < n && !stop_seen(&r); i++) {
        struct stat sb;
        if (strcmp(in[i], "-") && stat(in[i], &sb) == 0 && S_ISDIR(sb.st_mode))
            walk(&r, in[i], &sb, &files, 0);
        else
            paths_add(&files, xstrdup(in[i]));
    }
    free(r.seen.slot);
    r.seen.slot = NULL;
    if (r.stopped) {
        /* stopped while walking: nothing read, nothing written */
        for (size_t i = 0; i < files.n; i++)
            free(files.p[i]);
        free(files.p);
        rep->files = 0;
        return 2;
    }
    /* URLs, feeds and JSON Lines hold many articles or none on disk:
     * ingest.c reads them after the files */
    paths multi = {0};
    size_t kept = 0;
    for (size_t i = 0; i < files.n; i++) {
        if (ingest_is_multi(files.p[i]))
            paths_add(&multi, files.p[i]);
        else
            files.p[kept++] = files.p[i];
    }
    files.n = kept;
    r.total = files.n;
    rep->files = files.n + multi.n;

    /* An import that at least doubles the store sorts the order indexes
     * once at the end instead of inserting into them all along (200,000
     * articles into an empty store: 224 s -> 179 s).  Into a larger
     * store, rebuilding them would cost more than it saves. */
    store_stats have;
    if (files.n > 0 && store_stats_get(st, &have) == 0 && (int64_t)files.n >= have.articles)
        store_indexes_defer(st); /* when it fails, the import is slower, not wrong */

    /* Two batches: one is written while the next is read and extracted
     * on the other core (20,000 articles: 16.7 s -> 15.3 s); an import of
     * one batch has nothing to overlap. */
    _Atomic size_t done = 0;
    batch bs[2];
    for (int k = 0; k < 2; k++) {
        memset(&bs[k], 0, sizeof bs[k]);
        bs[k].p = xcalloc(cap, sizeof *bs[k].p);
        bs[k].cap = cap;
        bs[k].o = o;
        bs[k].lx = lx;
        bs[k].st = st;
        bs[k].files = &files;
        bs[k].done = &done;
    }
    int status = 0, cur = 0;
    bs[0].from = 0;
    batch_fill(&bs[0]);
    for (;;) {
        batch *b = &bs[cur], *nb = &bs[!cur];
        for (size_t i = 0; i < b->n_notes; i++)
            message(&r, b->notes[i].is_error, b->notes[i].path, b->notes[i].what);
        rep->refused += b->refused;
        rep->warned += b->warned;
        rep->bytes += b->bytes;
        int more = !b->interrupted && b->next < files.n && !(o->stop && *o->stop);
        filler fl = {.threaded = 0};
        if (more)
            fill_start(&fl, nb, b->next);
        int f = flush(st, lx, &r, b);
        fill_wait(&fl);
        if (b->interrupted)
            status = 2;
        batch_clear(b);
        bar_draw(&r, done, 0);
        if (f < 0) {
            status = -1;
            break;
        }
        if (!more)
            break;
        cur = !cur;
    }
    for (int k = 0; k < 2; k++) {
        batch_clear(&bs[k]);
        free(bs[k].p);
    }
    if (status == 0 && o->stop && *o->stop && done < files.n)
        status = 2;
    if (multi.n && (status == 0 || status == 1)) {
        bar_clear(&r);
        int m = ingest_run(st, lx, o, multi.p, multi.n, rep);
        if (m != 0)
            status = m;
    }
    for (size_t i = 0; i < multi.n; i++)
        free(multi.p[i]);
    free(multi.p);
    if (r.bar_drawn)
        bar_draw(&r, done, 1);
    /* also after a stop, and for indexes an import killed earlier left
     * out: the store is whole again when this returns.  Not after the
     * store failed (its error is the one to report): the next import
     * builds them. */
    if (files.n > 0 && status != -1 && store_indexes_build(st) < 0)
        status = -1; /* the caller reports store_error */
    /* a surname alone goes to the person who dominates it, counted now
     * that the import's counts are written */
    if (files.n > 0 && status != -1 && store_actor_surnames(st, NULL) < 0)
        status = -1;
    bar_clear(&r);
    for (size_t i = 0; i < files.n; i++)
        free(files.p[i]);
    free(files.p);
    if (status != 0)
        return status;
    return rep->refused ? 1 : 0;
}
