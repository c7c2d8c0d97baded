/* buf: a growable byte buffer, always NUL-terminated.  Used for building
 * strings (JSON, messages, normalised text) without fixed-size arrays. */
#ifndef NEWSROOM_BUF_H
#define NEWSROOM_BUF_H
#include <stddef.h>
#include <stdarg.h>

typedef struct buf {
    char *data;   /* NUL-terminated; NULL until the first append */
    size_t len;
    size_t cap;
} buf;

#define BUF_INIT {NULL, 0, 0}

void buf_grow(buf *b, size_t extra);          /* aborts on out-of-memory */
void buf_add(buf *b, const void *p, size_t n);
void buf_adds(buf *b, const char *s);
void buf_addc(buf *b, char c);
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(buf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
void buf_clear(buf *b);                       /* len = 0, keeps memory */
char *buf_steal(buf *b);                      /* hands the string over, resets b */
void buf_free(buf *b);
const char *buf_str(const buf *b);            /* "" when empty */

/* xmalloc family: abort with a message on out-of-memory. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Writes a message into the caller's err[errlen] (nothing when err is
 * NULL or errlen 0) as one line: control characters become spaces and
 * trailing spaces go, whatever a file or a library put in it. */
void err_set(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
