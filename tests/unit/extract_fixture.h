/* The fixture the extraction unit tests share: the default lexicon loaded
 * once for the group (setup, teardown), a text run through extract_run (go,
 * done), and finders for its quotes, speakers and entities. Each test file
 * is its own binary, so everything here is static; unused helpers cost
 * nothing. */
#ifndef EXTRACT_FIXTURE_H
#define EXTRACT_FIXTURE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>
#include "extract.h"
#include "lexicon.h"

static lexicon *lx;

static inline int setup(void **state)
{
    (void)state;
    const char *dirs[] = {lexicon_default_dir()};
    lx = lexicon_load(dirs, 1, NULL, NULL, NULL);
    return 0;
}

static inline int teardown(void **state)
{
    (void)state;
    lexicon_free(lx);
    return 0;
}

typedef struct run {
    const char *text;
    extraction ex;
} run;

static inline void go(run *r, const char *text)
{
    r->text = text;
    extract_run(lx, text, strlen(text), &r->ex);
}

static inline void done(run *r)
{
    extraction_free(&r->ex);
}

/* The quote whose words start with prefix, or NULL. */
static inline const ex_quote *quote(const run *r, const char *prefix)
{
    size_t n = strlen(prefix);
    for (size_t i = 0; i < r->ex.n_quotes; i++) {
        const ex_quote *q = &r->ex.quotes[i];
        if (q->end - q->start >= n && memcmp(r->text + q->start, prefix, n) == 0)
            return q;
    }
    return NULL;
}

/* The quote of kind k whose words are exactly words, or NULL. */
static inline const ex_quote *quote_is(const run *r, quote_kind k, const char *words)
{
    size_t n = strlen(words);
    for (size_t i = 0; i < r->ex.n_quotes; i++) {
        const ex_quote *q = &r->ex.quotes[i];
        if (q->kind == k && q->end - q->start == n && memcmp(r->text + q->start, words, n) == 0)
            return q;
    }
    return NULL;
}

/* The quote whose words cover the text at substring sub, or NULL. */
static inline const ex_quote *quote_over(const run *r, const char *sub)
{
    const char *p = strstr(r->text, sub);
    if (!p)
        return NULL;
    size_t at = (size_t)(p - r->text);
    for (size_t i = 0; i < r->ex.n_quotes; i++) {
        const ex_quote *q = &r->ex.quotes[i];
        if (q->start <= at && at + strlen(sub) <= q->end)
            return q;
    }
    return NULL;
}

static inline const char *speaker(const run *r, const ex_quote *q)
{
    assert_non_null(q);
    if (q->speaker < 0)
        return "(none)";
    assert_true((size_t)q->speaker < r->ex.n_entities);
    return r->ex.entities[q->speaker].name;
}

/* The text from s to e, in a buffer the next call reuses. */
static inline const char *span(const run *r, size_t s, size_t e)
{
    static char b[512];
    size_t n = e - s < sizeof b - 1 ? e - s : sizeof b - 1;
    memcpy(b, r->text + s, n);
    b[n] = '\0';
    return b;
}

static inline const char *speaker_span(const run *r, const ex_quote *q)
{
    assert_non_null(q);
    if (!q->has_speaker_span)
        return "(none)";
    return span(r, q->speaker_start, q->speaker_end);
}

/* The entity of kind k named name, or NULL. */
static inline const ex_entity *entity(const run *r, const char *name, actor_kind k)
{
    for (size_t i = 0; i < r->ex.n_entities; i++)
        if (r->ex.entities[i].kind == k && strcmp(r->ex.entities[i].name, name) == 0)
            return &r->ex.entities[i];
    return NULL;
}

static inline size_t count_kind(const run *r, actor_kind k)
{
    size_t n = 0;
    for (size_t i = 0; i < r->ex.n_entities; i++)
        n += r->ex.entities[i].kind == k;
    return n;
}

#endif
