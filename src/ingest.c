/* ingest: a queue of finished articles (read, cleaned, extracted) written
 * a batch per transaction, with the feed bookkeeping that belongs to them
 * (items taken, a feed's validators) in the same transaction, so a run
 * stopped or failed half-way leaves nothing half-stored and the next run
 * takes up what is missing. */
#include "ingest.h"
#include "buf.h"
#include "feed.h"
#include "fetch.h"
#include "html.h"
#include "textclean.h"
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define INGEST_BATCH 256      /* articles a transaction */
#define FETCH_CHUNK 16        /* downloads handed to fetch_run at once */

typedef struct pend {
    int is_state;             /* a feed's validators, not an article */
    doc d;
    extraction ex;
    char *feed, *item;
    int read;
    char *url, *title, *etag, *lm;
} pend;

struct ingest {
    store *st;
    const lexicon *lx;
    const import_opts *o;
    import_report *rep;
    fetch_opts fo;
    pend *q;
    size_t n, cap;
    int failed, stopped;
    const char *outlet;          /* the feed list's name for the feed in hand */
    const char *const *tags;     /* ... and its tags */
    size_t n_tags;
};

void ingest_set_feed(ingest *in, const char *outlet, const char *const *tags, size_t n_tags)
{
    in->outlet = outlet;
    in->tags = tags;
    in->n_tags = n_tags;
}

static int stop_now(ingest *in)
{
    if (in->o->stop && *in->o->stop)
        in->stopped = 1;
    return in->stopped;
}

int ingest_stopped(const ingest *in)
{
    return in->stopped;
}

int ingest_failed(const ingest *in)
{
    return in->failed;
}

int ingest_seen(ingest *in, const char *feed_key, const char *item)
{
    /* the queue is not in the store yet: an item listed twice is taken once */
    for (size_t i = 0; i < in->n; i++)
        if (in->q[i].feed && in->q[i].item && !strcmp(in->q[i].feed, feed_key) &&
            !strcmp(in->q[i].item, item))
            return 1;
    int r = store_feed_item_seen(in->st, feed_key, item);
    if (r == 1)
        in->rep->present++;
    return r;
}

ingest *ingest_new(store *st, const lexicon *lx, const import_opts *o, import_report *rep)
{
    ingest *in = xcalloc(1, sizeof *in);
    in->st = st;
    in->lx = lx;
    in->o = o;
    in->rep = rep;
    in->fo.timeout = o->timeout;
    in->fo.max_bytes = o->max_file_size;
    in->fo.stop = o->stop;
    return in;
}

void ingest_note(ingest *in, int is_error, const char *where, const char *what)
{
    buf b = BUF_INIT;
    buf_printf(&b, "%s: %s", where, what);
    for (char *p = b.data; p && *p; p++) /* one line, whatever the source holds */
        if ((unsigned char)*p < 0x20)
            *p = ' ';
    if (in->o->message)
        in->o->message(in->o->ctx, is_error, buf_str(&b));
    else
        fprintf(stderr, "%s\n", buf_str(&b));
    buf_free(&b);
    if (is_error)
        in->rep->refused++;
    else
        in->rep->warned++;
}

static pend *push(ingest *in)
{
    if (in->n == in->cap) {
        in->cap = in->cap ? in->cap * 2 : 64;
        in->q = xrealloc(in->q, in->cap * sizeof *in->q);
    }
    pend *p = &in->q[in->n++];
    memset(p, 0, sizeof *p);
    return p;
}

static void clear_queue(ingest *in)
{
    for (size_t i = 0; i < in->n; i++) {
        pend *p = &in->q[i];
        if (!p->is_state) {
            extraction_free(&p->ex);
            doc_free(&p->d);
        }
        free(p->feed);
        free(p->item);
        free(p->url);
        free(p->title);
        free(p->etag);
        free(p->lm);
    }
    in->n = 0;
}

int ingest_flush(ingest *in)
{
    if (in->n == 0)
        return in->failed ? -1 : 0;
    if (in->failed) {
        clear_queue(in);
        return -1;
    }
    store *st = in->st;
    size_t added = 0, present = 0;
    int rc = store_begin(st);
    for (size_t i = 0; i < in->n && rc == 0; i++) {
        pend *p = &in->q[i];
        if (p->is_state) {
            rc = store_feed_put(st, p->url, p->title, p->etag, p->lm);
            continue;
        }
        int64_t id = 0;
        store_add_status s = store_article_add(st, &p->d, &p->ex, in->lx, &id);
        if (s == STORE_FAILED) {
            rc = -1;
            break;
        }
        if (s == STORE_ADDED) {
            added++;
            if (p->read && store_article_mark_read(st, id, 1) < 0)
                rc = -1;
        } else {
            present++;
        }
        if (rc == 0 && p->feed && p->item)
            rc = store_feed_item_add(st, p->feed, p->item, id);
    }
    if (rc == 0)
        rc = store_commit(st);
    if (rc < 0) {
        char msg[600];
        snprintf(msg, sizeof msg, "%s; %zu articles not stored", store_error(st), in->n);
        store_rollback(st);
        in->failed = 1;
        ingest_note(in, 1, in->q[0].is_state ? in->q[0].url : in->q[0].d.path, msg);
    } else {
        in->rep->imported += added;
        in->rep->present += present;
    }
    clear_queue(in);
    return rc;
}

int ingest_add(ingest *in, doc *d, const char *feed_key, const char *item, int read)
{
    if (in->failed) {
        doc_free(d);
        return -1;
    }
    pend *p = push(in);
    p->d = *d;
    memset(d, 0, sizeof *d);
    extract_run(in->lx, p->d.text, p->d.text_len, &p->ex);
    p->feed = feed_key ? xstrdup(feed_key) : NULL;
    p->item = item ? xstrdup(item) : NULL;
    p->read = read;
    in->rep->bytes += p->d.text_len;
    if (in->n >= INGEST_BATCH)
        return ingest_flush(in);
    return 0;
}

void ingest_feed_state(ingest *in, const char *url, const char *title, const char *etag,
                       const char *last_modified)
{
    pend *p = push(in);
    p->is_state = 1;
    p->url = xstrdup(url);
    p->title = title ? xstrdup(title) : NULL;
    p->etag = etag ? xstrdup(etag) : NULL;
    p->lm = last_modified ? xstrdup(last_modified) : NULL;
}

int ingest_end(ingest *in)
{
    if (!stop_now(in) || in->n)
        ingest_flush(in);
    int rc = in->failed ? -1 : in->stopped ? 2 : 0;
    clear_queue(in);
    free(in->q);
    free(in);
    return rc;
}

/* ---- docs ------------------------------------------------------------- */

static void replace(char **f, const char *v)
{
    if (!v || !*v)
        return;
    free(*f);
    *f = xstrdup(v);
}

int ingest_make_doc(doc *d, const char *path, const char *text, size_t len, const char *title,
                    const char *source, const char *date, const char *url, const char *author,
                    doc_format fmt, char *err, size_t errlen)
{
    char e[256];
    buf t = BUF_INIT;
    if (title)
        textclean_inline(&t, title, strlen(title));
    int rc = doc_parse_titled(path, text, len, t.data, d, e, sizeof e);
    buf_free(&t);
    if (rc < 0) {
        snprintf(err, errlen, "%s", !strcmp(e, "empty file") ? "no text" : e);
        return -1;
    }
    replace(&d->source, source);
    char iso[11];
    if (date && textclean_date(date, iso) == 0)
        replace(&d->date, iso);
    replace(&d->url, url);
    replace(&d->author, author);
    d->format = fmt;
    d->hash = doc_hash(d->text, d->text_len);
    return 0;
}

static int from_html(doc *d, const char *path, const char *bytes, size_t len, const char *charset,
                     const char *page_url, char *err, size_t errlen)
{
    html_article a;
    if (html_extract(bytes, len, charset, page_url, &a, err, errlen) < 0)
        return -1;
    int rc = ingest_make_doc(d, path, a.text, a.text_len, a.title, a.source, a.date,
                             a.url ? a.url : page_url, a.author, DOC_HTML, err, errlen);
    html_article_free(&a);
    return rc;
}

int ingest_path_date(const char *path, char out[11])
{
    size_t n = strlen(path);
    for (size_t i = 0; i + 10 <= n; i++) {
        const char *p = path + i;
        if (i > 0 && isdigit((unsigned char)p[-1]))
            continue;
        if (!(isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[2]) &&
              isdigit((unsigned char)p[3])))
            continue;
        char sep = p[4];
        if (!(sep == '-' || sep == '/' || sep == '_' || sep == '.'))
            continue;
        if (!(isdigit((unsigned char)p[5]) && isdigit((unsigned char)p[6]) && p[7] == sep &&
              isdigit((unsigned char)p[8]) && isdigit((unsigned char)p[9])))
            continue;
        if (i + 10 < n && isdigit((unsigned char)p[10]))
            continue;
        char s[11];
        snprintf(s, sizeof s, "%.4s-%.2s-%.2s", p, p + 5, p + 8);
        if ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0'))
            if (doc_date_normalize(s, out) == 0)
                return 0;
    }
    return -1;
}

static void fill_defaults(doc *d, const import_opts *o, const char *path)
{
    if (!d->source && o->source && *o->source)
        d->source = xstrdup(o->source);
    if (!d->date) {
        char iso[11];
        if (path && strcmp(path, "-") && ingest_path_date(path, iso) == 0)
            d->date = xstrdup(iso);
        else if (o->date && *o->date)
            d->date = xstrdup(o->date);
    }
}

static int has_ext(const char *path, const char *const *exts)
{
    const char *dot = strrchr(path, '.');
    if (!dot || strchr(dot, '/'))
        return 0;
    for (size_t i = 0; exts[i]; i++)
        if (!strcasecmp(dot + 1, exts[i]))
            return 1;
    return 0;
}

static const char *const html_exts[] = {"html", "htm", "xhtml", "shtml", NULL};
static const char *const multi_exts[] = {"rss", "atom", "xml", "jsonl", "ndjson", NULL};
static const char *const jsonl_exts[] = {"jsonl", "ndjson", NULL};

int ingest_load(const char *path, const import_opts *o, doc *d, char *err, size_t errlen)
{
    if (doc_load_regular(path, o->max_file_size, o->stop, d, err, errlen) < 0) {
        /* a page may be all markup to the text reader; the HTML one decides */
        if (!has_ext(path, html_exts) || strcmp(err, "no article text (only markup)"))
            return -1;
        buf b = BUF_INIT;
        int fd = open(path, O_RDONLY | O_CLOEXEC);
        ssize_t r;
        char chunk[65536];
        while (fd >= 0 && (r = read(fd, chunk, sizeof chunk)) > 0 && b.len <= DOC_MAX_BYTES_DEFAULT)
            buf_add(&b, chunk, (size_t)r);
        if (fd >= 0)
            close(fd);
        int rc = from_html(d, path, b.data ? b.data : "", b.len, NULL, NULL, err, errlen);
        buf_free(&b);
        if (rc < 0)
            return -1;
        fill_defaults(d, o, path);
        return 0;
    }
    if (has_ext(path, html_exts) || html_looks_like(d->raw, d->raw_len)) {
        doc page;
        if (from_html(&page, path, d->raw, d->raw_len, NULL, NULL, err, errlen) < 0) {
            doc_free(d);
            return -1;
        }
        doc_free(d);
        *d = page;
    }
    fill_defaults(d, o, path);
    return 0;
}

/* ---- feeds ------------------------------------------------------------ */

typedef struct item_ref {
    feed_item *it;
    char *text;               /* the page's text (--full) */
    size_t text_len;
    char *page_title, *page_author, *page_date;
} item_ref;

static void queue_item(ingest *in, const char *feed_key, const char *where, const char *outlet,
                       item_ref *r)
{
    feed_item *it = r->it;
    const char *text = r->text ? r->text : it->text;
    size_t len = r->text ? r->text_len : it->text_len;
    char err[300];
    buf w = BUF_INIT;
    buf_printf(&w, "%s: item \"%.80s\"", where, it->title ? it->title : it->id);
    if (!text || !len) {
        ingest_note(in, 1, buf_str(&w), "no text; not imported");
        buf_free(&w);
        return;
    }
    doc d;
    if (ingest_make_doc(&d, it->link ? it->link : where, text, len, it->title ? it->title : r->page_title,
                        outlet, it->date ? it->date : r->page_date, it->link,
                        it->author ? it->author : r->page_author, DOC_FEED, err, sizeof err) < 0) {
        ingest_note(in, 1, buf_str(&w), err);
        buf_free(&w);
        return;
    }
    buf_free(&w);
    for (size_t i = 0; i < in->n_tags; i++) {
        d.tags = xrealloc(d.tags, (d.n_tags + 1) * sizeof *d.tags);
        d.tags[d.n_tags++] = xstrdup(in->tags[i]);
    }
    fill_defaults(&d, in->o, NULL);
    ingest_add(in, &d, feed_key, it->id, 0);
}

/* --full: each item's page, fetched a chunk at a time. */
static void fetch_pages(ingest *in, const char *where, item_ref *refs, size_t n)
{
    for (size_t k = 0; k < n && !stop_now(in); k += FETCH_CHUNK) {
        size_t m = n - k < FETCH_CHUNK ? n - k : FETCH_CHUNK;
        fetch_req reqs[FETCH_CHUNK];
        memset(reqs, 0, sizeof reqs);
        for (size_t i = 0; i < m; i++)
            reqs[i].url = refs[k + i].it->link ? refs[k + i].it->link : "";
        fetch_run(reqs, m, &in->fo);
        for (size_t i = 0; i < m; i++) {
            item_ref *r = &refs[k + i];
            char err[300];
            html_article a;
            if (reqs[i].err[0]) {
                snprintf(err, sizeof err, "%s (an item of %s)", reqs[i].err, where);
                ingest_note(in, 1, *reqs[i].url ? reqs[i].url : where, err);
                r->it = NULL;
            } else if (html_extract(reqs[i].body, reqs[i].len, reqs[i].charset, reqs[i].final_url, &a,
                                    err, sizeof err) < 0) {
                char msg[400];
                snprintf(msg, sizeof msg, "%s (an item of %s)", err, where);
                ingest_note(in, 1, reqs[i].url, msg);
                r->it = NULL;
            } else {
                r->text = a.text;
                r->text_len = a.text_len;
                r->page_title = a.title;
                r->page_author = a.author;
                r->page_date = a.date;
                a.text = a.title = a.author = a.date = NULL;
                html_article_free(&a);
            }
            fetch_req_clear(&reqs[i]);
        }
    }
}

long ingest_feed(ingest *in, const char *feed_key, const char *where, const char *bytes, size_t len)
{
    feed f;
    char err[400];
    if (feed_parse(bytes, len, &f, err, sizeof err) < 0) {
        ingest_note(in, 1, where, err);
        return -1;
    }
    char *host = html_host_of(f.link ? f.link : feed_key);
    const char *outlet = in->outlet ? in->outlet : f.title ? f.title : host;
    item_ref *refs = xcalloc(f.n ? f.n : 1, sizeof *refs);
    size_t n = 0;
    for (size_t i = 0; i < f.n; i++) {
        if (feed_key && ingest_seen(in, feed_key, f.items[i].id) != 0)
            continue;
        refs[n++].it = &f.items[i];
    }
    if (in->o->full && n)
        fetch_pages(in, where, refs, n);
    long queued = 0;
    for (size_t i = 0; i < n && !stop_now(in) && !in->failed; i++) {
        if (!refs[i].it)
            continue;
        queue_item(in, feed_key, where, outlet, &refs[i]);
        queued++;
    }
    for (size_t i = 0; i < n; i++) {
        free(refs[i].text);
        free(refs[i].page_title);
        free(refs[i].page_author);
        free(refs[i].page_date);
    }
    free(refs);
    free(host);
    feed_free(&f);
    return queued;
}

/* ---- URLs and files --------------------------------------------------- */

static void url_body(ingest *in, fetch_req *r)
{
    const char *ct = r->content_type ? r->content_type : "";
    if (feed_looks_like(r->body, r->len)) {
        ingest_feed(in, r->url, r->url, r->body, r->len);
        return;
    }
    char err[400];
    doc d;
    if (html_looks_like(r->body, r->len) || strstr(ct, "html") || !*ct) {
        if (from_html(&d, r->url, r->body, r->len, r->charset, r->final_url ? r->final_url : r->url,
                      err, sizeof err) < 0) {
            ingest_note(in, 1, r->url, err);
            return;
        }
    } else if (!strncmp(ct, "text/plain", 10)) {
        if (ingest_make_doc(&d, r->url, r->body, r->len, NULL, NULL, NULL, r->url, NULL, DOC_PLAIN,
                            err, sizeof err) < 0) {
            ingest_note(in, 1, r->url, err);
            return;
        }
        free(d.source);
        d.source = html_host_of(r->url);
    } else {
        snprintf(err, sizeof err, "neither a web page nor a feed (%s); not imported", ct);
        ingest_note(in, 1, r->url, err);
        return;
    }
    fill_defaults(&d, in->o, r->url);
    ingest_add(in, &d, NULL, NULL, 0);
}

void ingest_urls(ingest *in, const char *const *urls, size_t n)
{
    for (size_t k = 0; k < n && !stop_now(in) && !in->failed; k += FETCH_CHUNK) {
        size_t m = n - k < FETCH_CHUNK ? n - k : FETCH_CHUNK;
        fetch_req reqs[FETCH_CHUNK];
        memset(reqs, 0, sizeof reqs);
        for (size_t i = 0; i < m; i++)
            reqs[i].url = urls[k + i];
        fetch_run(reqs, m, &in->fo);
        for (size_t i = 0; i < m; i++) {
            if (reqs[i].err[0] && !(in->stopped || stop_now(in)))
                ingest_note(in, 1, reqs[i].url, reqs[i].err);
            else if (reqs[i].body && !in->failed)
                url_body(in, &reqs[i]);
            fetch_req_clear(&reqs[i]);
        }
    }
}

/* The whole file, at most max bytes; -1 with the cause in err. */
static int read_all(const char *path, size_t max, buf *b, char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        snprintf(err, errlen, "%s", strerror(errno));
        return -1;
    }
    struct stat sb;
    if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode)) {
        snprintf(err, errlen, "not a regular file");
        close(fd);
        return -1;
    }
    if ((size_t)sb.st_size > max) {
        snprintf(err, errlen, "too large (%zu bytes; the limit is %zu)", (size_t)sb.st_size, max);
        close(fd);
        return -1;
    }
    char chunk[65536];
    for (;;) {
        ssize_t r = read(fd, chunk, sizeof chunk);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            snprintf(err, errlen, "%s", strerror(errno));
            close(fd);
            return -1;
        }
        if (r == 0)
            break;
        if (b->len + (size_t)r > max) {
            snprintf(err, errlen, "too large (over %zu bytes, the limit)", max);
            close(fd);
            return -1;
        }
        buf_add(b, chunk, (size_t)r);
    }
    close(fd);
    buf_add(b, "", 0);
    return 0;
}

void ingest_file(ingest *in, const char *path)
{
    buf b = BUF_INIT;
    char err[300];
    size_t max = in->o->max_file_size ? in->o->max_file_size : DOC_MAX_BYTES_DEFAULT;
    /* a feed or a JSON Lines file holds many articles: four times a page's limit */
    if (read_all(path, max * 4, &b, err, sizeof err) < 0) {
        ingest_note(in, 1, path, err);
    } else if (has_ext(path, jsonl_exts)) {
        ingest_jsonl(in, path, b.data, b.len);
    } else if (!feed_looks_like(b.data, b.len) && html_looks_like(b.data, b.len)) {
        doc d;
        if (from_html(&d, path, b.data, b.len, NULL, NULL, err, sizeof err) < 0) {
            ingest_note(in, 1, path, err);
        } else {
            fill_defaults(&d, in->o, path);
            ingest_add(in, &d, NULL, NULL, 0);
        }
    } else {
        ingest_feed(in, NULL, path, b.data, b.len);
    }
    buf_free(&b);
}

int ingest_is_multi(const char *path)
{
    return fetch_has_scheme(path) || has_ext(path, multi_exts);
}

int ingest_run(store *st, const lexicon *lx, const import_opts *o, char *const *paths, size_t n,
               import_report *rep)
{
    ingest *in = ingest_new(st, lx, o, rep);
    const char **urls = xcalloc(n ? n : 1, sizeof *urls);
    size_t nu = 0;
    for (size_t i = 0; i < n; i++) {
        if (fetch_is_url(paths[i]))
            urls[nu++] = paths[i];
        else if (fetch_has_scheme(paths[i]))
            ingest_note(in, 1, paths[i], "not an http(s) URL; not imported");
    }
    ingest_urls(in, urls, nu);
    for (size_t i = 0; i < n && !stop_now(in) && !in->failed; i++)
        if (!fetch_has_scheme(paths[i]))
            ingest_file(in, paths[i]);
    free(urls);
    return ingest_end(in);
}
