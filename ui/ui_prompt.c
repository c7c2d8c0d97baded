/* ui_prompt: the line editor on the last row — editing keys (C-a C-e C-u
 * C-w C-k, arrows, Home/End), history (Up/Down), completion (Tab cycles
 * through the candidates shown above the prompt), Esc cancels.  A line
 * holds at most LINE_MAX_BYTES; a paste is taken in one go (no drawing,
 * completion or live search until the keys stop coming), so its cost is
 * linear in its length. */
#include <glob.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <wchar.h>
#include "utf8.h"
#include "ui_int.h"

#define LINE_MAX_BYTES 4096
#define HIST_MAX 100

void hist_add(hist *h, const char *line)
{
    if (!h || !*line)
        return;
    if (h->n && strcmp(h->items[h->n - 1], line) == 0)
        return;
    if (h->n == HIST_MAX) {
        free(h->items[0]);
        memmove(h->items, h->items + 1, (HIST_MAX - 1) * sizeof *h->items);
        h->n--;
    }
    h->items = xrealloc(h->items, (h->n + 1) * sizeof *h->items);
    h->items[h->n++] = xstrdup(line);
}

void hist_free(hist *h)
{
    for (size_t i = 0; i < h->n; i++)
        free(h->items[i]);
    free(h->items);
    h->items = NULL;
    h->n = 0;
}

static void cands_free(char **c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(c[i]);
    free(c);
}

static void cand_add(char ***c, size_t *n, const char *s)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*c)[i], s) == 0)
            return;
    *c = xrealloc(*c, (*n + 1) * sizeof **c);
    (*c)[(*n)++] = xstrdup(s);
}

/* ---- completers ---------------------------------------------------------- */

typedef struct cctx {
    char ***c;
    size_t *n;
    const char *prefix;
} cctx;

/* Each actor once: its name, and after a tab (shown, never inserted) its
 * kind and mentions. */
static int take_name(void *ctx, const store_actor_row *r)
{
    cctx *x = ctx;
    buf b = BUF_INIT;
    buf_printf(&b, "%s%s\t%s \xc2\xb7 %lld mention%s", x->prefix, r->name ? r->name : "",
               actor_kind_name(r->kind), (long long)r->n_mentions, r->n_mentions == 1 ? "" : "s");
    cand_add(x->c, x->n, buf_str(&b));
    buf_free(&b);
    return *x->n >= 20;
}

static void complete_actor_with(ui *u, const char *prefix, const char *text, char ***c, size_t *n)
{
    if (!*text)
        return;
    cctx x = { c, n, prefix };
    store_actor_complete_rows(u->st, text, 20, take_name, &x);
}

void prompt_complete_actor(ui *u, const char *text, char ***c, size_t *n)
{
    complete_actor_with(u, "", text, c, n);
}

static void complete_path_with(const char *prefix, const char *text, char ***c, size_t *n)
{
    buf pat = BUF_INIT;
    buf_printf(&pat, "%s*", text);
    glob_t g;
    if (glob(buf_str(&pat), GLOB_MARK | GLOB_NOSORT, NULL, &g) == 0) {
        for (size_t i = 0; i < g.gl_pathc && *n < 50; i++) {
            buf b = BUF_INIT;
            buf_printf(&b, "%s%s", prefix, g.gl_pathv[i]);
            cand_add(c, n, buf_str(&b));
            buf_free(&b);
        }
        globfree(&g);
    }
    buf_free(&pat);
}

void prompt_complete_path(ui *u, const char *text, char ***c, size_t *n)
{
    (void)u;
    complete_path_with("", text, c, n);
}

void prompt_complete_command(ui *u, const char *text, char ***c, size_t *n)
{
    static const char *const cmds[] = { "import ", "update", "actor ", "actors ", "search ", "sort ", "filter ", "messages", "export ", "quit" };
    const char *sp = strchr(text, ' ');
    if (!sp) {
        for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
            if (strncmp(cmds[i], text, strlen(text)) == 0)
                cand_add(c, n, cmds[i]);
        return;
    }
    size_t cl = (size_t)(sp - text);
    const char *arg = sp + 1;
    char prefix[32];
    snprintf(prefix, sizeof prefix, "%.*s ", (int)(cl < 20 ? cl : 20), text);
    if (strncmp(text, "actor", cl) == 0 && cl == 5) {
        complete_actor_with(u, prefix, arg, c, n);
    } else if (cl == 4 && strncmp(text, "sort", 4) == 0) {
        static const char *const keys[] = { "date", "outlet", "title" };
        for (size_t i = 0; i < 3; i++)
            if (strncmp(keys[i], arg, strlen(arg)) == 0) {
                buf b = BUF_INIT;
                buf_printf(&b, "%s%s", prefix, keys[i]);
                cand_add(c, n, buf_str(&b));
                buf_free(&b);
            }
    } else if ((cl == 6 && strncmp(text, "import", 6) == 0) ||
               (cl == 6 && strncmp(text, "export", 6) == 0)) {
        /* complete the last word only */
        const char *last = strrchr(arg, ' ');
        size_t keep = last ? (size_t)(last + 1 - text) : (size_t)(arg - text);
        char *pre = xstrndup(text, keep);
        complete_path_with(pre, text + keep, c, n);
        free(pre);
    }
}

/* ---- the editor ---------------------------------------------------------- */

static void draw_prompt(ui *u, const char *label, const char *line, size_t pos, char **c, size_t nc,
                        long sel)
{
    ui_draw_all(u);
    int y = u->rows - 1, W = u->cols;
    /* candidates above the prompt */
    int max = u->rows - 3 < 8 ? u->rows - 3 : 8;
    int shown = nc < (size_t)max ? (int)nc : max;
    long first = sel >= shown ? sel - shown + 1 : 0;
    for (int i = 0; i < shown; i++) {
        long k = first + i;
        int row = y - shown + i;
        int hl = k == sel ? HL_SELECTION : HL_TABS;
        draw_fill(stdscr, row, 0, W, hl);
        wmove(stdscr, row, 1);
        /* what is inserted, then (after a tab) what describes it */
        const char *tab = strchr(c[k], '\t');
        char *ins = xstrndup(c[k], tab ? (size_t)(tab - c[k]) : strlen(c[k]));
        int used = draw_hl(stdscr, ins, W - 2, hl);
        free(ins);
        if (tab && used + 3 < W - 2) {
            draw_hl(stdscr, "  ", W - 2 - used, hl);
            draw_hl(stdscr, tab + 1, W - 4 - used, k == sel ? hl : HL_META);
        }
    }
    /* a complaint from the last edit (an incremental search that found
     * nothing) shows above the prompt */
    if (!shown && u->msg[0] && u->msg_err && y > 0) {
        draw_fill(stdscr, y - 1, 0, W, HL_NORMAL);
        wmove(stdscr, y - 1, 0);
        draw_hl(stdscr, u->msg, W, HL_ERROR);
    }
    draw_fill(stdscr, y, 0, W, HL_NORMAL);
    wmove(stdscr, y, 0);
    int lw = draw_hl(stdscr, label, W / 2, HL_TITLE);
    int avail = W - lw - 1;
    if (avail < 1)
        avail = 1;
    /* the text shown ends at the cursor when it does not all fit: walk
     * back from the cursor, each character measured once */
    size_t start = pos;
    int used = 0;
    while (start > 0) {
        size_t l = utf8_prev(line, start);
        int cw = draw_width(line + start - l, l);
        if (used + cw >= avail)
            break;
        used += cw;
        start -= l;
    }
    int cx = lw + used;
    wmove(stdscr, y, lw);
    draw_hl(stdscr, line + start, avail, HL_NORMAL);
    wmove(stdscr, y, cx < W ? cx : W - 1);
    curs_set(1);
    wrefresh(stdscr);
}

static void set_line(char *line, size_t *len, size_t *pos, const char *s)
{
    const char *tab = strchr(s, '\t'); /* a candidate's description is not inserted */
    size_t l = tab ? (size_t)(tab - s) : strlen(s);
    if (l >= LINE_MAX_BYTES)
        l = LINE_MAX_BYTES - 1;
    while (l && ((unsigned char)s[l] & 0xC0) == 0x80)
        l--;
    memcpy(line, s, l);
    line[l] = 0;
    *len = *pos = l;
}

/* More keys are already waiting (a paste): drawing and the work each edit
 * sets off wait until they are read. */
static int keys_waiting(void)
{
    struct pollfd p = { STDIN_FILENO, POLLIN, 0 };
    return poll(&p, 1, 0) > 0;
}

char *prompt_read(ui *u, const char *label, const char *init, hist *h,
                  prompt_complete_fn complete, prompt_live_fn live)
{
    char line[LINE_MAX_BYTES];
    size_t len = 0, pos = 0;
    line[0] = 0;
    if (init)
        set_line(line, &len, &pos, init);
    size_t hpos = h ? h->n : 0;
    char *saved = NULL;
    char **c = NULL;
    size_t nc = 0;
    long sel = -1;
    int recompute = 1, full = 0, changed = 0;
    char *result = NULL;
    for (;;) {
        if (keys_waiting())
            goto read_key;
        if (changed && live)
            live(u, line);
        changed = 0;
        if (full) {
            ui_msg(u, 1, "the line is full (%d bytes); the rest was left out", LINE_MAX_BYTES - 1);
            full = 0;
        }
        if (complete && recompute) {
            cands_free(c, nc);
            c = NULL;
            nc = 0;
            sel = -1;
            complete(u, line, &c, &nc);
        }
        recompute = 0;
        draw_prompt(u, label, line, pos, c, nc, sel);
    read_key:;
        wint_t ch;
        int r = wget_wch(stdscr, &ch);
        if (ui_interrupted)
            break;
        if (ui_suspend_if_asked(u)) {
            ui_draw_all(u); /* the screen under the prompt */
            continue;
        }
        if (r == ERR)
            continue;
        int key = r == KEY_CODE_YES ? (int)(UI_FKEY | (int)ch) : (int)ch;
        if (key == (UI_FKEY | KEY_RESIZE)) {
            ui_resize(u);
            continue;
        }
        int edited = 0;
        if (key == '\n' || key == '\r' || key == (UI_FKEY | KEY_ENTER)) {
            /* typed ahead (a paste, keys sent at once): the live search has
             * not seen the last edits yet */
            if (changed && live)
                live(u, line);
            result = xstrdup(line);
            hist_add(h, line);
            break;
        } else if (key == 27 || key == 7) {
            break;
        } else if (key == '\t' || key == (UI_FKEY | KEY_BTAB)) {
            if (nc) {
                if (sel < 0 && nc == 1) {
                    set_line(line, &len, &pos, c[0]);
                    recompute = 1;
                    if (live)
                        live(u, line);
                    continue;
                }
                sel = key == '\t' ? (sel + 1) % (long)nc : (sel <= 0 ? (long)nc - 1 : sel - 1);
                set_line(line, &len, &pos, c[sel]);
            }
            continue;
        } else if (key == (UI_FKEY | KEY_UP) || key == (UI_FKEY | KEY_DOWN)) {
            if (!h || !h->n)
                continue;
            if (hpos == h->n && !saved)
                saved = xstrdup(line);
            if (key == (UI_FKEY | KEY_UP) && hpos > 0)
                hpos--;
            else if (key == (UI_FKEY | KEY_DOWN) && hpos < h->n)
                hpos++;
            set_line(line, &len, &pos, hpos < h->n ? h->items[hpos] : (saved ? saved : ""));
            edited = 1;
        } else if (key == (UI_FKEY | KEY_LEFT) || key == 2) {
            if (pos)
                pos -= utf8_prev(line, pos - 1);
        } else if (key == (UI_FKEY | KEY_RIGHT) || key == 6) {
            if (pos < len) {
                uint32_t cp;
                pos += utf8_decode(line + pos, len - pos, &cp);
            }
        } else if (key == (UI_FKEY | KEY_HOME) || key == 1) {
            pos = 0;
        } else if (key == (UI_FKEY | KEY_END) || key == 5) {
            pos = len;
        } else if (key == (UI_FKEY | KEY_BACKSPACE) || key == 127 || key == 8) {
            if (!pos) {
                if (!len)
                    break; /* backspace on an empty line leaves, as in vi and less */
                continue;
            }
            size_t l = utf8_prev(line, pos - 1);
            memmove(line + pos - l, line + pos, len - pos + 1);
            pos -= l;
            len -= l;
            edited = 1;
        } else if (key == (UI_FKEY | KEY_DC) || key == 4) {
            if (pos < len) {
                uint32_t cp;
                size_t l = utf8_decode(line + pos, len - pos, &cp);
                memmove(line + pos, line + pos + l, len - pos - l + 1);
                len -= l;
                edited = 1;
            }
        } else if (key == 21) { /* C-u */
            memmove(line, line + pos, len - pos + 1);
            len -= pos;
            pos = 0;
            edited = 1;
        } else if (key == 11) { /* C-k */
            line[pos] = 0;
            len = pos;
            edited = 1;
        } else if (key == 23) { /* C-w */
            size_t p = pos;
            while (p && line[p - 1] == ' ')
                p--;
            while (p && line[p - 1] != ' ')
                p--;
            memmove(line + p, line + pos, len - pos + 1);
            len -= pos - p;
            pos = p;
            edited = 1;
        } else if (!(key & UI_FKEY) && key >= ' ' && key != 127) {
            buf b = BUF_INIT;
            utf8_encode(&b, (uint32_t)key);
            if (len + b.len < LINE_MAX_BYTES) {
                memmove(line + pos + b.len, line + pos, len - pos + 1);
                memcpy(line + pos, b.data, b.len);
                pos += b.len;
                len += b.len;
                edited = 1;
            } else {
                full = 1;
            }
            buf_free(&b);
        }
        if (edited) {
            recompute = 1;
            changed = 1;
        }
    }
    cands_free(c, nc);
    free(saved);
    curs_set(0);
    return result;
}
