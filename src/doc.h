/* doc: reading one article file (plain text, BBC "headline, blank line,
 * body", or Markdown with YAML front matter) into a doc.  No database. */
#ifndef NEWSROOM_DOC_H
#define NEWSROOM_DOC_H
#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#define DOC_MAX_BYTES_DEFAULT (8u * 1024u * 1024u)

typedef enum { DOC_PLAIN, DOC_BBC, DOC_MARKDOWN, DOC_HTML, DOC_FEED, DOC_JSONL } doc_format;

typedef struct doc {
    char *path;            /* as given ("-" for standard input) */
    doc_format format;
    char *title;           /* never NULL after a successful load */
    char *source;          /* outlet; NULL when unknown */
    char *date;            /* "YYYY-MM-DD" or NULL */
    char *url, *author;    /* NULL when absent */
    char **tags;
    size_t n_tags;

    /* The raw file (BOM included), exactly as read. */
    char *raw;
    size_t raw_len;
    /* The body as it lies in raw: raw + body_offset, body_len bytes.  Only
     * meaningful when !recoded.  Offsets that `extract` prints are
     * body_offset + offsets into this. */
    size_t body_offset;
    size_t body_len;

    /* The body normalised for storage: UTF-8 (recoded from Windows-1252 when
     * the file was not valid UTF-8), LF line ends, no BOM.  Offsets stored in
     * the database are offsets into this text. */
    char *text;
    size_t text_len;

    int recoded;           /* 1 when the file was not valid UTF-8 (text is recoded) */
    int headline_dropped;  /* text lacks the body's first line, which repeated the title */
    uint64_t hash;         /* content hash of text (dedup on import) */
    char *warning;         /* e.g. "not valid UTF-8 at byte 123; decoded as Windows-1252"; NULL */
} doc;

/* Loads a file ("-" reads standard input).  Returns 0 on success.  On
 * refusal returns -1 and writes one line to err: the cause, with line and
 * column for bad front matter (e.g. "front matter line 3, column 7: ...").
 * The path itself is not in err; callers print "PATH: err". */
int doc_load(const char *path, size_t max_bytes, doc *out, char *err, size_t errlen);

/* doc_load for files found among the articles: a path is opened without
 * blocking and only when it is a regular file, so a FIFO or a device is
 * refused with one line instead of holding up every file after it; "-"
 * (standard input) is read until its end or until *stop is set (stop may
 * be NULL). */
int doc_load_regular(const char *path, size_t max_bytes, const volatile sig_atomic_t *stop, doc *out, char *err,
                     size_t errlen);

/* Same from memory; takes a copy of bytes. */
int doc_parse(const char *path, const char *bytes, size_t len, size_t max_bytes,
              doc *out, char *err, size_t errlen);

/* Same for a text whose title is known (a web page's, a feed item's):
 * no title is derived from it, and a first line repeating it is dropped. */
int doc_parse_titled(const char *path, const char *bytes, size_t len, const char *title,
                     doc *out, char *err, size_t errlen);

void doc_free(doc *d);

/* Cleans d->text and d->title as every import does (textclean.h):
 * entities decoded, stray markup removed, the headline dropped when the
 * body repeats it as its first line (title_given: the title came from
 * metadata, so even one ending in a full stop is a headline).  Does not
 * rehash.  Returns -1 when no text is left. */
int doc_clean(doc *d, int title_given);

/* Normalises a date as written ("2025-08-06", "2025/8/6", "6 August 2025",
 * "Aug 6, 2025", "2025-08-06T10:00:00Z") to "YYYY-MM-DD" in out[11].
 * Returns 0, or -1 when it is not a date. */
int doc_date_normalize(const char *s, char out[11]);

/* 64-bit FNV-1a, used for content hashes. */
uint64_t doc_hash(const char *s, size_t n);

#endif
