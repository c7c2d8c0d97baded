/* import: walks the paths, reads each article, extracts and stores it in
 * batches of one transaction.  Counts only what is committed, so what the
 * summary says is what the database holds. */
#include "import.h"
#include "buf.h"
#include "doc.h"
#include "extract.h"
#include <dirent.h>
#include <errno.h>
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

typedef struct run {
    const import_opts *o;
    import_report *rep;
    int bar_drawn;
    double t0, last_draw;
    size_t total;
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
    buf b = BUF_INIT;
    buf_printf(&b, "%s: %s", path, what);
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

/* Files under dir, sorted, hidden names skipped.  Problems are refusals. */
static void walk(run *r, const char *dir, paths *out, int depth)
{
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
        if (stat(here.p[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
            if (depth < WALK_MAX_DEPTH)
                walk(r, here.p[i], out, depth + 1);
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
    const char *path;
} pending;

/* Writes the batch in one short transaction: reading and extraction
 * happen before it, so another writer (a second import, a bookmark from
 * the browser) waits for the lock only as long as the inserts take. */
static int flush(store *st, const lexicon *lx, run *r, pending *b, size_t n)
{
    size_t added = 0;
    int rc = 0;
    if (n == 0)
        return 0;
    if (store_begin(st) < 0) {
        message(r, 1, b[0].path, store_error(st));
        rc = -1;
    }
    for (size_t i = 0; i < n && rc == 0; i++) {
        int64_t id;
        store_add_status s = store_article_add(st, &b[i].d, &b[i].ex, lx, &id);
        if (s == STORE_FAILED) {
            message(r, 1, b[i].path, store_error(st));
            rc = -1;
        } else if (s == STORE_ADDED) {
            added++;
        } else {
            r->rep->present++;
        }
    }
    if (rc == 0 && store_commit(st) < 0) {
        message(r, 1, b[n - 1].path, store_error(st));
        rc = -1;
    }
    if (rc < 0) {
        store_rollback(st);
        /* what this batch counted as present is not stored either way */
    } else {
        r->rep->imported += added;
    }
    for (size_t i = 0; i < n; i++) {
        extraction_free(&b[i].ex);
        doc_free(&b[i].d);
    }
    return rc;
}

int import_paths(store *st, const lexicon *lx, const char *const *in, size_t n,
                 const import_opts *opts, import_report *rep)
{
    import_opts defaults = {0};
    const import_opts *o = opts ? opts : &defaults;
    memset(rep, 0, sizeof *rep);
    run r = {o, rep, 0, now(), 0, 0};
    size_t batch = o->batch ? o->batch : IMPORT_BATCH_DEFAULT;

    paths files = {0};
    for (size_t i = 0; i < n; i++) {
        struct stat sb;
        if (strcmp(in[i], "-") && stat(in[i], &sb) == 0 && S_ISDIR(sb.st_mode))
            walk(&r, in[i], &files, 0);
        else
            paths_add(&files, xstrdup(in[i]));
    }
    r.total = files.n;
    rep->files = files.n;

    int status = 0;
    pending *pend = xcalloc(batch, sizeof *pend);
    size_t n_pend = 0, pend_bytes = 0, done = 0;
    for (size_t i = 0; i < files.n; i++) {
        if (o->stop && *o->stop) {
            status = 2;
            break;
        }
        pending *p = &pend[n_pend];
        char err[512];
        if (doc_load(files.p[i], o->max_file_size, &p->d, err, sizeof err) < 0) {
            if (o->stop && *o->stop) {
                status = 2; /* the read was interrupted: not the file's fault */
                break;
            }
            message(&r, 1, files.p[i], err);
            rep->refused++;
            done++;
            bar_draw(&r, done, 0);
            continue;
        }
        if (p->d.warning) {
            message(&r, 0, files.p[i], p->d.warning);
            rep->warned++;
        }
        extract_run(lx, p->d.text, p->d.text_len, &p->ex);
        p->path = files.p[i];
        rep->bytes += p->d.raw_len;
        pend_bytes += p->d.raw_len;
        n_pend++;
        done++;
        if (n_pend == batch || pend_bytes >= IMPORT_BATCH_BYTES) {
            int f = flush(st, lx, &r, pend, n_pend);
            n_pend = pend_bytes = 0;
            if (f < 0) {
                status = -1;
                break;
            }
        }
        bar_draw(&r, done, 0);
    }
    if (n_pend && flush(st, lx, &r, pend, n_pend) < 0)
        status = -1;
    free(pend);
    if (status == 0 && o->stop && *o->stop && done < files.n)
        status = 2;
    if (r.bar_drawn) {
        bar_draw(&r, done, 1);
        bar_clear(&r);
    }
    for (size_t i = 0; i < files.n; i++)
        free(files.p[i]);
    free(files.p);
    if (status != 0)
        return status;
    return rep->refused ? 1 : 0;
}
