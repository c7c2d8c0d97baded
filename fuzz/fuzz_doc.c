/* fuzz_doc: doc_parse over arbitrary bytes -- plain text, BBC style,
 * Markdown with YAML front matter, BOMs, CRLF, Windows-1252, NUL bytes --
 * and the promises doc.h makes about a loaded doc. */
#include "fuzz.h"
#include "doc.h"
#include "utf8.h"
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The first byte picks the file name (the format may depend on it) and
     * a size limit, so the refusal path for oversized files is reached. */
    static const char *const names[] = {"fuzz.md", "fuzz.txt", "fuzz", "-"};
    const char *name = names[size ? data[0] & 3 : 0];
    size_t max = size && (data[0] & 4) ? 64 : DOC_MAX_BYTES_DEFAULT;
    doc d;
    char err[512];
    err[0] = '\0';
    memset(&d, 0, sizeof d);
    int rc = doc_parse(name, (const char *)data, size, max, &d, err, sizeof err);
    if (rc == 0) {
        FUZZ_CHECK(d.title != NULL);
        FUZZ_CHECK(d.raw_len == size);
        FUZZ_CHECK(d.text != NULL || d.text_len == 0);
        FUZZ_CHECK(utf8_invalid_at(d.title, strlen(d.title)) == strlen(d.title));
        if (d.text) {
            FUZZ_CHECK(strlen(d.text) <= d.text_len);
            FUZZ_CHECK(utf8_invalid_at(d.text, d.text_len) == d.text_len);
            FUZZ_CHECK(memchr(d.text, '\r', d.text_len) == NULL);
            FUZZ_CHECK(d.hash == doc_hash(d.text, d.text_len));
        }
        if (!d.recoded)
            FUZZ_CHECK(d.body_offset + d.body_len <= d.raw_len);
        if (d.date)
            FUZZ_CHECK(strlen(d.date) == 10);
        for (size_t i = 0; i < d.n_tags; i++)
            FUZZ_CHECK(d.tags[i] != NULL);
        doc_free(&d);
    } else {
        FUZZ_CHECK(rc == -1);
        FUZZ_CHECK(err[0] != '\0');                 /* one clear line */
        FUZZ_CHECK(strchr(err, '\n') == NULL);
    }
    return 0;
}
