/* fuzz_extract: extract_run over arbitrary text with the shipped lexicons,
 * checking what extract.h promises: every span inside the text, in order,
 * on character boundaries of valid UTF-8, speakers pointing at entities. */
#include "fuzz.h"
#include "extract.h"
#include "lexicon.h"
#include "utf8.h"
#include <string.h>

static lexicon *fx_lex;

static void fx_diag(void *ctx, const char *file, size_t line, size_t col, const char *msg)
{
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *dir = lexicon_default_dir();
    fx_lex = lexicon_load(&dir, 1, NULL, fx_diag, NULL);
    return 0;
}

/* A byte that continues a UTF-8 sequence cannot start or end a span. */
static int fx_boundary(const char *s, size_t len, size_t at)
{
    return at == len || ((unsigned char)s[at] & 0xC0) != 0x80;
}

static void fx_span(const char *s, size_t len, int valid, size_t a, size_t b)
{
    FUZZ_CHECK(a <= b);
    FUZZ_CHECK(b <= len);
    if (valid) {
        FUZZ_CHECK(fx_boundary(s, len, a));
        FUZZ_CHECK(fx_boundary(s, len, b));
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fx_lex)
        LLVMFuzzerInitialize(NULL, NULL);
    /* An exact-size heap copy, so a read past the end is caught. */
    char *text = malloc(size ? size : 1);
    memcpy(text, data, size);
    int valid = utf8_invalid_at(text, size) == size;
    extraction ex;
    extract_run(fx_lex, text, size, &ex);
    for (size_t i = 0; i < ex.n_entities; i++) {
        const ex_entity *e = &ex.entities[i];
        FUZZ_CHECK(e->name != NULL && e->name[0] != '\0');
        FUZZ_CHECK(utf8_invalid_at(e->name, strlen(e->name)) == strlen(e->name));
        FUZZ_CHECK(e->kind == ACTOR_PERSON || e->kind == ACTOR_PLACE || e->kind == ACTOR_ORG);
        for (size_t m = 0; m < e->n_mentions; m++) {
            fx_span(text, size, valid, e->mentions[m].start, e->mentions[m].end);
            if (m)
                FUZZ_CHECK(e->mentions[m - 1].start <= e->mentions[m].start);
        }
    }
    for (size_t i = 0; i < ex.n_quotes; i++) {
        const ex_quote *q = &ex.quotes[i];
        fx_span(text, size, valid, q->start, q->end);
        if (i)
            FUZZ_CHECK(ex.quotes[i - 1].start <= q->start);
        FUZZ_CHECK(q->kind == QUOTE_DIRECT || q->kind == QUOTE_PARTIAL || q->kind == QUOTE_INDIRECT);
        FUZZ_CHECK(q->speaker >= -1 && (q->speaker < 0 || (size_t)q->speaker < ex.n_entities));
        if (q->speaker >= 0)
            FUZZ_CHECK(ex.entities[q->speaker].kind != ACTOR_PLACE);
        if (q->has_speaker_span)
            fx_span(text, size, valid, q->speaker_start, q->speaker_end);
        /* pieces: at least one, in order, without overlap, from start to end;
         * they survive the store's form, and their words join */
        FUZZ_CHECK(q->n_pieces >= 1 && q->pieces != NULL);
        FUZZ_CHECK(q->pieces[0].start == q->start && q->pieces[q->n_pieces - 1].end == q->end);
        for (size_t k = 0; k < q->n_pieces; k++) {
            fx_span(text, size, valid, q->pieces[k].start, q->pieces[k].end);
            FUZZ_CHECK(q->pieces[k].start < q->pieces[k].end || q->n_pieces == 1);
            if (k)
                FUZZ_CHECK(q->pieces[k - 1].end <= q->pieces[k].start);
        }
        buf form = BUF_INIT, words = BUF_INIT;
        extract_pieces_format(&form, q);
        ex_span back[8];
        size_t nb = extract_pieces_parse(form.data, q->start, q->end, back, 8);
        if (q->n_pieces <= 8) {
            FUZZ_CHECK(nb == q->n_pieces);
            for (size_t k = 0; k < nb; k++)
                FUZZ_CHECK(back[k].start == q->pieces[k].start && back[k].end == q->pieces[k].end);
        }
        extract_quote_text(text, size, q, &words);
        FUZZ_CHECK(!valid || utf8_invalid_at(words.data ? words.data : "", words.len) == words.len);
        buf_free(&form);
        buf_free(&words);
    }
    extraction_free(&ex);
    /* The alias key of any name-like string, as the store computes it. */
    if (size <= 256) {
        char *name = malloc(size + 1);
        memcpy(name, data, size);
        name[size] = '\0';
        free(extract_alias_key(fx_lex, name));
        free(name);
    }
    free(text);
    return 0;
}
