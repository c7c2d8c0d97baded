/* fetch: a libcurl multi handle runs a window of downloads at once; its
 * per-host connection cap keeps newsroom polite to each server. */
#include "fetch.h"
#include "buf.h"
#include "doc.h"
#include <ctype.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define FETCH_WINDOW 32           /* transfers in flight at once */
#define FETCH_MAX_REDIRS 8
#define FETCH_CONNECT_TIMEOUT 15

typedef struct xfer {
    fetch_req *r;
    CURL *h;
    buf body;
    size_t max;
    int over;                     /* the body passed max */
    struct curl_slist *hdrs;
    const fetch_opts *o;
} xfer;

int fetch_is_url(const char *url)
{
    return url && (!strncasecmp(url, "http://", 7) || !strncasecmp(url, "https://", 8)) &&
           url[strcspn(url, " \t\r\n")] == '\0';
}

int fetch_has_scheme(const char *s)
{
    const char *p = s;
    if (!isalpha((unsigned char)*p))
        return 0;
    while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
        p++;
    return p - s >= 2 && !strncmp(p, "://", 3);
}

void fetch_req_clear(fetch_req *r)
{
    free(r->body);
    free(r->charset);
    free(r->content_type);
    free(r->new_etag);
    free(r->new_last_modified);
    free(r->final_url);
    r->body = r->charset = r->content_type = r->new_etag = r->new_last_modified = r->final_url = NULL;
    r->len = 0;
    r->status = 0;
    r->not_modified = 0;
    r->err[0] = '\0';
}

static size_t on_data(char *p, size_t size, size_t nmemb, void *ctx)
{
    xfer *x = ctx;
    size_t n = size * nmemb;
    if (x->body.len + n > x->max) {
        x->over = 1;
        return 0; /* aborts the transfer */
    }
    buf_add(&x->body, p, n);
    return n;
}

static int on_progress(void *ctx, curl_off_t dt, curl_off_t dn, curl_off_t ut, curl_off_t un)
{
    xfer *x = ctx;
    (void)dt, (void)dn, (void)ut, (void)un;
    return x->o->stop && *x->o->stop ? 1 : 0;
}

static char *header_value(CURL *h, const char *name)
{
    struct curl_header *hd = NULL;
    if (curl_easy_header(h, name, 0, CURLH_HEADER, -1, &hd) != CURLHE_OK || !hd || !hd->value)
        return NULL;
    return *hd->value ? xstrdup(hd->value) : NULL;
}

/* "text/html; charset=ISO-8859-1" -> type "text/html", charset "ISO-8859-1" */
static void split_content_type(fetch_req *r, const char *ct)
{
    if (!ct)
        return;
    size_t tl = strcspn(ct, "; \t");
    r->content_type = xstrndup(ct, tl);
    const char *cs = NULL;
    for (const char *p = ct; *p && !cs; p++)
        if (!strncasecmp(p, "charset=", 8))
            cs = p;
    if (cs) {
        cs += 8;
        if (*cs == '"' || *cs == '\'')
            cs++;
        size_t cl = strcspn(cs, "\"'; \t");
        if (cl && cl < 40)
            r->charset = xstrndup(cs, cl);
    }
}

static void xfer_start(CURLM *m, xfer *x, const fetch_opts *o)
{
    fetch_req *r = x->r;
    x->o = o;
    x->max = o->max_bytes ? o->max_bytes : DOC_MAX_BYTES_DEFAULT;
    x->h = curl_easy_init();
    if (!x->h) {
        snprintf(r->err, sizeof r->err, "cannot start a download");
        return;
    }
    CURL *h = x->h;
    curl_easy_setopt(h, CURLOPT_URL, r->url);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(h, CURLOPT_MAXREDIRS, (long)FETCH_MAX_REDIRS);
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, ""); /* every encoding curl decodes */
    curl_easy_setopt(h, CURLOPT_USERAGENT,
                     "newsroom/" NEWSROOM_VERSION " (terminal newsroom browser; feed and page reader)");
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, (long)FETCH_CONNECT_TIMEOUT);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, o->timeout > 0 ? o->timeout : (long)FETCH_TIMEOUT_DEFAULT);
    curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)x->max);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, x);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, x);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_PRIVATE, x);
    if (r->etag && *r->etag) {
        buf b = BUF_INIT;
        buf_printf(&b, "If-None-Match: %s", r->etag);
        x->hdrs = curl_slist_append(x->hdrs, buf_str(&b));
        buf_free(&b);
    }
    if (r->last_modified && *r->last_modified) {
        buf b = BUF_INIT;
        buf_printf(&b, "If-Modified-Since: %s", r->last_modified);
        x->hdrs = curl_slist_append(x->hdrs, buf_str(&b));
        buf_free(&b);
    }
    x->hdrs = curl_slist_append(x->hdrs, "Accept: text/html, application/xhtml+xml, application/rss+xml, "
                                         "application/atom+xml, application/xml;q=0.9, */*;q=0.8");
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, x->hdrs);
    curl_multi_add_handle(m, h);
}

static void xfer_done(CURLM *m, xfer *x, CURLcode rc, const fetch_opts *o)
{
    fetch_req *r = x->r;
    CURL *h = x->h;
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    r->status = status;
    char *eff = NULL;
    if (curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &eff) == CURLE_OK && eff)
        r->final_url = xstrdup(eff);
    long tmo = o->timeout > 0 ? o->timeout : (long)FETCH_TIMEOUT_DEFAULT;
    if (x->over || rc == CURLE_FILESIZE_EXCEEDED) {
        snprintf(r->err, sizeof r->err, "larger than the limit of %zu bytes; not imported", x->max);
    } else if (rc == CURLE_TOO_MANY_REDIRECTS) {
        snprintf(r->err, sizeof r->err, "more than %d redirects (a redirect loop?)", FETCH_MAX_REDIRS);
    } else if (rc == CURLE_OPERATION_TIMEDOUT) {
        snprintf(r->err, sizeof r->err, "timed out after %ld s", tmo);
    } else if (rc == CURLE_UNSUPPORTED_PROTOCOL) {
        snprintf(r->err, sizeof r->err, "not an http(s) URL (a redirect to another scheme?)");
    } else if (rc == CURLE_ABORTED_BY_CALLBACK) {
        snprintf(r->err, sizeof r->err, "interrupted");
    } else if (rc != CURLE_OK) {
        snprintf(r->err, sizeof r->err, "%s", curl_easy_strerror(rc));
    } else if (status == 304) {
        r->not_modified = 1;
    } else if (status < 200 || status >= 300) {
        snprintf(r->err, sizeof r->err, "HTTP %ld", status);
    } else {
        char *ct = NULL;
        curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &ct);
        split_content_type(r, ct);
        r->new_etag = header_value(h, "ETag");
        r->new_last_modified = header_value(h, "Last-Modified");
        buf_add(&x->body, "", 0);
        r->len = x->body.len;
        r->body = buf_steal(&x->body);
    }
    buf_free(&x->body);
    curl_multi_remove_handle(m, h);
    curl_easy_cleanup(h);
    curl_slist_free_all(x->hdrs);
    x->hdrs = NULL;
    x->h = NULL;
}

void fetch_run(fetch_req *reqs, size_t n, const fetch_opts *opts)
{
    fetch_opts defaults = {0};
    const fetch_opts *o = opts ? opts : &defaults;
    if (n == 0)
        return;
    for (size_t i = 0; i < n; i++)
        fetch_req_clear(&reqs[i]);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    CURLM *m = curl_multi_init();
    if (!m) {
        for (size_t i = 0; i < n; i++)
            snprintf(reqs[i].err, sizeof reqs[i].err, "cannot start a download");
        curl_global_cleanup();
        return;
    }
    curl_multi_setopt(m, CURLMOPT_MAX_HOST_CONNECTIONS, (long)(o->per_host > 0 ? o->per_host : FETCH_PER_HOST_DEFAULT));
    curl_multi_setopt(m, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long)FETCH_WINDOW);
    xfer *xs = xcalloc(n, sizeof *xs);
    size_t next = 0, running = 0;
    for (;;) {
        while (next < n && running < FETCH_WINDOW) {
            xfer *x = &xs[next];
            x->r = &reqs[next++];
            if (!fetch_is_url(x->r->url)) {
                snprintf(x->r->err, sizeof x->r->err, "not an http(s) URL");
                continue;
            }
            if (o->stop && *o->stop) {
                snprintf(x->r->err, sizeof x->r->err, "interrupted");
                continue;
            }
            xfer_start(m, x, o);
            if (x->h)
                running++;
        }
        if (running == 0)
            break;
        int still = 0;
        curl_multi_perform(m, &still);
        CURLMsg *msg;
        int left;
        while ((msg = curl_multi_info_read(m, &left))) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            xfer *x = NULL;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&x);
            CURLcode rc = msg->data.result;
            xfer_done(m, x, rc, o);
            running--;
        }
        if (running)
            curl_multi_poll(m, NULL, 0, 100, NULL);
    }
    free(xs);
    curl_multi_cleanup(m);
    curl_global_cleanup();
}
