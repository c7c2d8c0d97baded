/* fetch: HTTP(S) downloads with libcurl — redirects followed (http and
 * https only), gzip accepted, a time limit, a size limit, a User-Agent
 * naming newsroom, conditional requests (ETag, Last-Modified) and at most
 * a few requests per host at once. */
#ifndef NEWSROOM_FETCH_H
#define NEWSROOM_FETCH_H
#include <signal.h>
#include <stddef.h>

#define FETCH_TIMEOUT_DEFAULT 30      /* seconds for one whole download */
#define FETCH_PER_HOST_DEFAULT 4

typedef struct fetch_opts {
    long timeout;                 /* seconds; 0: FETCH_TIMEOUT_DEFAULT */
    size_t max_bytes;             /* body limit; 0: DOC_MAX_BYTES_DEFAULT */
    int per_host;                 /* 0: FETCH_PER_HOST_DEFAULT */
    const volatile sig_atomic_t *stop; /* set: downloads under way stop */
} fetch_opts;

typedef struct fetch_req {
    const char *url;
    const char *etag, *last_modified; /* ask only for a change; may be NULL */
    void *user;                   /* the caller's, untouched */
    /* what came back */
    long status;                  /* HTTP status; 0 when there was no answer */
    char *body;                   /* NUL-terminated; NULL on failure */
    size_t len;
    char *charset;                /* from Content-Type, or NULL */
    char *content_type;           /* without parameters, or NULL */
    char *new_etag, *new_last_modified;
    char *final_url;              /* after redirects */
    int not_modified;             /* 304: nothing new */
    char err[256];                /* "" when body (or not_modified) is good */
} fetch_req;

/* 1 when url is an http:// or https:// URL, 0 otherwise. */
int fetch_is_url(const char *url);
/* 1 when s looks like a URL of any scheme ("name://..."). */
int fetch_has_scheme(const char *s);

/* Downloads every request, several at once; each gets its body or one
 * line in err (the cause: "HTTP 404", "timed out after 30 s", "too many
 * redirects", "larger than the limit of N bytes", "not an http(s) URL"). */
void fetch_run(fetch_req *reqs, size_t n, const fetch_opts *o);
void fetch_req_clear(fetch_req *r);  /* frees the results, keeps url and user */

#endif
