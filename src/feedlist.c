/* feedlist: reading the urls file and running an update over it.  A
 * feed's validators are written with its last item and only when all its
 * items were taken, so a feed with a refused item is fetched in full
 * again next time. */
#include "feedlist.h"
#include "buf.h"
#include "fetch.h"
#include "ingest.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define UPDATE_CHUNK 8   /* feeds fetched at once */

char *feedlist_default_path(void)
{
    buf b = BUF_INIT;
    const char *xdg = getenv("XDG_CONFIG_HOME");
    if (xdg && *xdg)
        buf_printf(&b, "%s/newsroom/urls", xdg);
    else
        buf_printf(&b, "%s/.config/newsroom/urls", getenv("HOME") ? getenv("HOME") : ".");
    return buf_steal(&b);
}

void feedlist_free(feedlist *fl)
{
    for (size_t i = 0; i < fl->n; i++) {
        free(fl->e[i].url);
        free(fl->e[i].name);
        for (size_t k = 0; k < fl->e[i].n_tags; k++)
            free(fl->e[i].tags[k]);
        free(fl->e[i].tags);
    }
    free(fl->e);
    memset(fl, 0, sizeof *fl);
}

/* The next blank-separated word of s, "quoted" words whole; NULL at the end. */
static char *word(const char **s)
{
    const char *p = *s;
    while (*p == ' ' || *p == '\t')
        p++;
    if (!*p || *p == '#')
        return NULL;
    const char *st = p;
    char *w;
    if (*p == '"') {
        st = ++p;
        while (*p && *p != '"')
            p++;
        w = xstrndup(st, (size_t)(p - st));
        if (*p)
            p++;
    } else {
        while (*p && *p != ' ' && *p != '\t')
            p++;
        w = xstrndup(st, (size_t)(p - st));
    }
    *s = p;
    return w;
}

int feedlist_read(const char *path, feedlist *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "%s", strerror(errno));
        return -1;
    }
    char *line = NULL;
    size_t cap = 0, ln = 0;
    ssize_t r;
    while ((r = getline(&line, &cap, f)) >= 0) {
        ln++;
        while (r > 0 && (line[r - 1] == '\n' || line[r - 1] == '\r'))
            line[--r] = '\0';
        const char *p = line;
        char *url = word(&p);
        if (!url)
            continue;
        out->e = xrealloc(out->e, (out->n + 1) * sizeof *out->e);
        feedlist_entry *e = &out->e[out->n++];
        memset(e, 0, sizeof *e);
        e->url = url;
        e->line = ln;
        char *w;
        while ((w = word(&p))) {
            if (w[0] == '~' && w[1]) {
                free(e->name);
                e->name = xstrdup(w + 1);
                free(w);
            } else if (!strcmp(w, "!") || !w[0]) {
                free(w);
            } else {
                e->tags = xrealloc(e->tags, (e->n_tags + 1) * sizeof *e->tags);
                e->tags[e->n_tags++] = w;
            }
        }
    }
    free(line);
    fclose(f);
    return 0;
}

int feedlist_update(store *st, const lexicon *lx, const import_opts *o, const feedlist *fl,
                    FILE *progress, import_report *rep)
{
    ingest *in = ingest_new(st, lx, o, rep);
    fetch_opts fo = {o->timeout, o->max_file_size * 4, 0, o->stop};
    for (size_t k = 0; k < fl->n && !ingest_stopped(in) && !ingest_failed(in); k += UPDATE_CHUNK) {
        size_t m = fl->n - k < UPDATE_CHUNK ? fl->n - k : UPDATE_CHUNK;
        fetch_req reqs[UPDATE_CHUNK];
        char *etags[UPDATE_CHUNK], *lms[UPDATE_CHUNK];
        memset(reqs, 0, sizeof reqs);
        for (size_t i = 0; i < m; i++) {
            const feedlist_entry *e = &fl->e[k + i];
            reqs[i].url = e->url;
            etags[i] = lms[i] = NULL;
            if (fetch_is_url(e->url))
                store_feed_get(st, e->url, &etags[i], &lms[i]);
            reqs[i].etag = etags[i];
            reqs[i].last_modified = lms[i];
        }
        fetch_run(reqs, m, &fo);
        for (size_t i = 0; i < m; i++) {
            const feedlist_entry *e = &fl->e[k + i];
            fetch_req *r = &reqs[i];
            if (o->stop && *o->stop) {
                /* what this chunk fetched before the stop is not taken */
            } else if (r->err[0]) {
                ingest_note(in, 1, e->url, r->err);
            } else if (r->not_modified) {
                if (progress)
                    fprintf(progress, "%s: not modified\n", e->url);
            } else {
                size_t refused = rep->refused;
                ingest_set_feed(in, e->name, (const char *const *)e->tags, e->n_tags);
                long got = ingest_feed(in, e->url, e->url, r->body, r->len);
                ingest_set_feed(in, NULL, NULL, 0);
                if (got >= 0 && rep->refused == refused && !ingest_stopped(in))
                    ingest_feed_state(in, e->url, e->name, r->new_etag, r->new_last_modified);
                if (got >= 0 && progress)
                    fprintf(progress, "%s: %ld new\n", e->url, got);
            }
            if (progress)
                fflush(progress);
            fetch_req_clear(r);
            free(etags[i]);
            free(lms[i]);
        }
        ingest_flush(in);
    }
    int rc = ingest_end(in);
    if (rc != 0)
        return rc;
    return rep->refused ? 1 : 0;
}
