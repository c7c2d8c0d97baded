/* cli_out: human output — the pager, display widths (wcwidth, so accents,
 * CJK and emoji line up) and aligned tables.  What goes to a terminal
 * passes through escape.h: text from articles never drives it. */
#define _GNU_SOURCE /* fopencookie */
#include "cli_int.h"
#include "buf.h"
#include "escape.h"
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

static FILE *pager;

/* A stream that writes to a terminal (or a pager on one) with control
 * characters made visible; a character split between two writes is held
 * until its end comes. */
typedef struct tty_out {
    FILE *to;
    char held[4];
    size_t n_held;
    int failed;
} tty_out;

static FILE *escaped;   /* the tty_out stream cli_out_open handed out */

/* Length of a complete-looking UTF-8 tail that may still be cut: the
 * last up-to-3 bytes when they start a sequence longer than what is left. */
static size_t cut_tail(const char *s, size_t n)
{
    for (size_t back = 1; back <= 3 && back <= n; back++) {
        unsigned char c = (unsigned char)s[n - back];
        if ((c & 0xC0) == 0x80)
            continue; /* a continuation byte: look further back */
        size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return need > back ? back : 0;
    }
    return 0;
}

static ssize_t tty_write(void *cookie, const char *data, size_t n)
{
    tty_out *t = cookie;
    buf in = BUF_INIT, out = BUF_INIT;
    buf_add(&in, t->held, t->n_held);
    buf_add(&in, data, n);
    size_t keep = cut_tail(in.data, in.len);
    memcpy(t->held, in.data + in.len - keep, keep);
    t->n_held = keep;
    escape_visible(&out, in.data, in.len - keep, 1);
    if (out.len && fwrite(out.data, 1, out.len, t->to) != out.len)
        t->failed = 1;
    buf_free(&in);
    buf_free(&out);
    return t->failed ? -1 : (ssize_t)n;
}

static int tty_close(void *cookie)
{
    tty_out *t = cookie;
    if (t->n_held) {
        buf out = BUF_INIT;
        escape_visible(&out, t->held, t->n_held, 1);
        fwrite(out.data, 1, out.len, t->to);
        buf_free(&out);
    }
    int rc = t->failed || fflush(t->to) != 0 ? -1 : 0;
    free(t);
    return rc;
}

static FILE *escape_to(FILE *to)
{
    tty_out *t = xcalloc(1, sizeof *t);
    t->to = to;
    cookie_io_functions_t io = {NULL, tty_write, NULL, tty_close};
    FILE *f = fopencookie(t, "w", io);
    if (!f) {
        free(t);
        return to;
    }
    escaped = f;
    return f;
}

FILE *cli_out_open(int page)
{
    if (!isatty(STDOUT_FILENO))
        return stdout;
    if (!page)
        return escape_to(stdout);
    const char *p = getenv("PAGER");
    if (!p || !*p)
        p = "less -FRX";
    fflush(stdout);
    /* a pager that quits early must not kill us with SIGPIPE */
    signal(SIGPIPE, SIG_IGN);
    pager = popen(p, "w");
    return escape_to(pager ? pager : stdout);
}

int cli_out_close(FILE *f)
{
    int rc = 0;
    if (f && f == escaped) {
        rc = fclose(f) == 0 ? 0 : -1;
        escaped = NULL;
        f = pager ? pager : stdout;
    }
    if (f == pager && pager) {
        pclose(pager);
        pager = NULL;
        return rc;
    }
    return fflush(f) == 0 && !ferror(f) && rc == 0 ? 0 : -1;
}

/* Width of one character at s; its byte length in *len. */
static int char_width(const char *s, size_t n, size_t *len)
{
    mbstate_t ms;
    memset(&ms, 0, sizeof ms);
    wchar_t wc;
    size_t k = mbrtowc(&wc, s, n, &ms);
    if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
        *len = 1;
        return 1;
    }
    *len = k;
    int w = wcwidth(wc);
    return w < 0 ? 0 : w;
}

size_t cli_width(const char *s)
{
    size_t w = 0, n = s ? strlen(s) : 0, i = 0;
    while (i < n) {
        size_t k;
        w += (size_t)char_width(s + i, n - i, &k);
        i += k;
    }
    return w;
}

int cli_term_width(void)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 0; /* not a terminal: no cutting */
}

/* Appends s padded (or cut, with an ellipsis) to exactly w columns;
 * pad = 0 leaves a short string unpadded. */
static void add_cell(buf *b, const char *s, size_t w, int pad)
{
    size_t n = strlen(s), i = 0, used = 0;
    size_t full = cli_width(s);
    if (full <= w) {
        buf_adds(b, s);
        used = full;
    } else {
        while (i < n) {
            size_t k;
            int cw = char_width(s + i, n - i, &k);
            if (used + (size_t)cw + 1 > w)
                break;
            buf_add(b, s + i, k);
            used += (size_t)cw;
            i += k;
        }
        if (w > 0) {
            buf_adds(b, "\xE2\x80\xA6");
            used++;
        }
    }
    if (pad)
        for (; used < w; used++)
            buf_addc(b, ' ');
}

struct cli_table {
    size_t ncols;
    char **cells;     /* rows * ncols, header first */
    size_t nrows;
    size_t cap;       /* rows cells has room for: doubled when full */
};

cli_table *cli_table_new(size_t ncols, const char *const *header)
{
    cli_table *t = xcalloc(1, sizeof *t);
    t->ncols = ncols;
    cli_table_row(t, header);
    return t;
}

void cli_table_row(cli_table *t, const char *const *cells)
{
    if (t->nrows == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 64;
        t->cells = xrealloc(t->cells, t->cap * t->ncols * sizeof *t->cells);
    }
    for (size_t c = 0; c < t->ncols; c++) {
        /* one line per row: newlines and tabs become spaces, other
         * control characters visible escapes (widths are then right) */
        char *v = xstrdup(cells[c] ? cells[c] : "-");
        for (char *p = v; *p; p++)
            if (*p == '\n' || *p == '\t' || *p == '\r')
                *p = ' ';
        if (escape_needed(v, strlen(v), 0)) {
            char *e = escape_dup(v, 0);
            free(v);
            v = e;
        }
        t->cells[t->nrows * t->ncols + c] = v;
    }
    t->nrows++;
}

void cli_table_print(cli_table *t, FILE *out)
{
    size_t *w = xcalloc(t->ncols, sizeof *w);
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t c = 0; c < t->ncols; c++) {
            size_t cw = cli_width(t->cells[r * t->ncols + c]);
            if (cw > w[c])
                w[c] = cw;
        }
    /* keep the fixed columns from crowding out the last (the text) */
    for (size_t c = 0; c + 1 < t->ncols; c++)
        if (w[c] > 28)
            w[c] = 28;
    int term = cli_term_width();
    size_t used = 0;
    for (size_t c = 0; c + 1 < t->ncols; c++)
        used += w[c] + 2;
    size_t last = term > 0 && (size_t)term > used + 10 ? (size_t)term - used : term > 0 ? 10 : (size_t)-1;
    buf b = BUF_INIT;
    for (size_t r = 0; r < t->nrows; r++) {
        buf_clear(&b);
        for (size_t c = 0; c < t->ncols; c++) {
            const char *v = t->cells[r * t->ncols + c];
            if (c + 1 < t->ncols) {
                add_cell(&b, v, w[c], 1);
                buf_adds(&b, "  ");
            } else {
                add_cell(&b, v, last == (size_t)-1 ? cli_width(v) : last, 0);
            }
        }
        while (b.len && b.data[b.len - 1] == ' ')
            b.data[--b.len] = '\0';
        fprintf(out, "%s\n", buf_str(&b));
    }
    buf_free(&b);
    free(w);
}

void cli_table_free(cli_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    free(t);
}
