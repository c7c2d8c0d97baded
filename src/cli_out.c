/* cli_out: human output — the pager, display widths (wcwidth, so accents,
 * CJK and emoji line up) and aligned tables. */
#include "cli_int.h"
#include "buf.h"
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

static FILE *pager;

FILE *cli_out_open(int page)
{
    if (!page || !isatty(STDOUT_FILENO))
        return stdout;
    const char *p = getenv("PAGER");
    if (!p || !*p)
        p = "less -FRX";
    fflush(stdout);
    /* a pager that quits early must not kill us with SIGPIPE */
    signal(SIGPIPE, SIG_IGN);
    pager = popen(p, "w");
    return pager ? pager : stdout;
}

int cli_out_close(FILE *f)
{
    if (f == pager && pager) {
        pclose(pager);
        pager = NULL;
        return 0;
    }
    return fflush(f) == 0 && !ferror(f) ? 0 : -1;
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
        /* one line per row: newlines and tabs become spaces */
        char *v = xstrdup(cells[c] ? cells[c] : "-");
        for (char *p = v; *p; p++)
            if (*p == '\n' || *p == '\t' || *p == '\r')
                *p = ' ';
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
