/* ui_draw: text on the screen by display width (wcwidth) — clipping and
 * wrapping never split a character, wide characters (CJK, emoji) take two
 * columns — and the scrollable views of wrapped, highlighted text. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "utf8.h"
#include "ui_int.h"

int ui_utf8 = 1;

/* Stand-ins when the terminal's charset is not UTF-8. */
const char *draw_ascii(uint32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x2032: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: case 0x2033: return "\"";
    case 0x2039: return "<";
    case 0x203A: return ">";
    case 0x2026: return "...";
    case 0x2013: case 0x2014: case 0x2212: case 0x2500: return "-";
    case 0x2022: case 0x25CF: return "*";
    case 0x00B7: return "-";
    case 0x2191: case 0x2193: case 0x21B3: return ">";
    case 0x2502: return "|";
    case 0x00A0: return " ";
    case 0x00D7: return "x";
    default: return NULL;
    }
}

static int cp_width(uint32_t cp)
{
    if (cp == '\t')
        return 1;
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
        return 0;
    if (!ui_utf8 && cp >= 0x80) {
        const char *a = draw_ascii(cp);
        return a ? (int)strlen(a) : 1;
    }
    int w = wcwidth((wchar_t)cp);
    return w < 0 ? 1 : w;
}

int draw_width(const char *s, size_t n)
{
    int w = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        w += cp_width(cp);
    }
    return w;
}

size_t draw_fit(const char *s, size_t n, int width)
{
    int w = 0;
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t l = utf8_decode(s + i, n - i, &cp);
        int cw = cp_width(cp);
        if (w + cw > width)
            break;
        w += cw;
        i += l;
    }
    return i;
}

int draw_str(WINDOW *w, const char *s, size_t n, int width, attr_t attr, short pair)
{
    wchar_t wb[256];
    int nw = 0, used = 0;
    wattr_set(w, attr, pair, NULL);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += utf8_decode(s + i, n - i, &cp);
        int cw = cp_width(cp);
        if (used + cw > width)
            break;
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            if (cp != '\t')
                continue;
            cp = ' ';
        }
        if (nw >= 250) {
            waddnwstr(w, wb, nw);
            nw = 0;
        }
        if (!ui_utf8 && cp >= 0x80) {
            const char *a = draw_ascii(cp);
            if (!a)
                a = "?";
            for (; *a; a++)
                wb[nw++] = (wchar_t)*a;
        } else if (cp_width(cp) == 0 && used == 0) {
            continue; /* a combining mark with nothing to combine with */
        } else {
            wb[nw++] = (wchar_t)cp;
        }
        used += cw;
    }
    if (nw)
        waddnwstr(w, wb, nw);
    wattr_set(w, A_NORMAL, 0, NULL);
    return used;
}

int draw_clip(WINDOW *w, const char *s, size_t n, int width, attr_t attr, short pair)
{
    if (width <= 0)
        return 0;
    if (draw_width(s, n) <= width)
        return draw_str(w, s, n, width, attr, pair);
    int used = draw_str(w, s, draw_fit(s, n, width - 1), width - 1, attr, pair);
    return used + draw_str(w, DRAW_ELLIPSIS, strlen(DRAW_ELLIPSIS), 1, attr, pair);
}

int draw_hl(WINDOW *w, const char *s, int width, int hl)
{
    return draw_str(w, s, strlen(s), width, hl_attr(hl), hl_pair(hl));
}

void draw_fill(WINDOW *w, int y, int x, int width, int hl)
{
    if (width <= 0)
        return;
    wattr_set(w, hl_attr(hl), hl_pair(hl), NULL);
    mvwhline(w, y, x, ' ', width);
    wattr_set(w, A_NORMAL, 0, NULL);
}

const char *draw_find(const char *hay, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    if (m == 0 || m > n)
        return NULL;
    for (size_t i = 0; i + m <= n; i++) {
        size_t j = 0;
        while (j < m) {
            unsigned char a = (unsigned char)hay[i + j], b = (unsigned char)needle[j];
            if (a >= 'A' && a <= 'Z')
                a = (unsigned char)(a + 32);
            if (b >= 'A' && b <= 'Z')
                b = (unsigned char)(b + 32);
            if (a != b)
                break;
            j++;
        }
        if (j == m)
            return hay + i;
    }
    return NULL;
}

/* ---- styled text ------------------------------------------------------- */

void styled_add(styled *s, const char *p, size_t n, int hl)
{
    size_t at = s->text.len;
    buf_add(&s->text, p, n);
    if (s->hl_cap < s->text.len + 1) {
        s->hl_cap = (s->text.len + 1) * 2;
        s->hl = xrealloc(s->hl, s->hl_cap);
    }
    memset(s->hl + at, hl, n);
}

void styled_adds(styled *s, const char *p, int hl)
{
    styled_add(s, p, strlen(p), hl);
}

void styled_printf(styled *s, int hl, const char *fmt, ...)
{
    buf b = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    styled_add(s, buf_str(&b), b.len, hl);
    buf_free(&b);
}

void styled_clear(styled *s)
{
    buf_clear(&s->text);
}

void styled_free(styled *s)
{
    buf_free(&s->text);
    free(s->hl);
    s->hl = NULL;
    s->hl_cap = 0;
}

/* ---- views ------------------------------------------------------------- */

void tview_clear(tview *v)
{
    styled_clear(&v->st);
    v->n_lines = 0;
    v->n_entries = 0;
    v->sel_start = v->sel_end = 0;
}

void tview_free(tview *v)
{
    styled_free(&v->st);
    free(v->lines);
    memset(v, 0, sizeof *v);
}

static void add_line(tview *v, size_t s, size_t e, int indent, int entry)
{
    if (v->n_lines == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 64;
        v->lines = xrealloc(v->lines, v->cap * sizeof *v->lines);
    }
    v->lines[v->n_lines++] = (sline){ s, e, indent, entry };
    if (entry >= v->n_entries)
        v->n_entries = entry + 1;
}

void tview_wrap(tview *v, size_t from, size_t to, int width, int indent, int entry, int nowrap)
{
    const char *t = buf_str(&v->st.text);
    if (width < 1)
        width = 1;
    if (indent > width / 2)
        indent = width / 2;
    size_t p = from;
    int para = 0;   /* a paragraph after a '\n' keeps the indent: a quote's
                     * second paragraph stays inside its block */
    for (;;) {
        const char *nl = memchr(t + p, '\n', to - p);
        size_t q = nl ? (size_t)(nl - t) : to;
        if (p == q)
            add_line(v, p, p, 0, entry);
        int first = !para;
        size_t s = p;
        while (s < q) {
            int avail = width - (first ? 0 : indent);
            if (nowrap) {
                /* the whole line: drawing clips it, with an ellipsis */
                add_line(v, s, q, first ? 0 : indent, entry);
                break;
            }
            size_t i = s, brk = 0;
            int w = 0;
            while (i < q) {
                uint32_t cp;
                size_t l = utf8_decode(t + i, q - i, &cp);
                int cw = cp_width(cp);
                if (w + cw > avail)
                    break;
                if (cp == ' ')
                    brk = i;
                w += cw;
                i += l;
            }
            if (i >= q) {
                add_line(v, s, q, first ? 0 : indent, entry);
                break;
            }
            size_t e, next;
            if (brk > s) {
                e = brk;
                next = brk + 1;
            } else {
                if (i == s) {
                    uint32_t cp;
                    i += utf8_decode(t + i, q - i, &cp);
                }
                e = next = i;
            }
            add_line(v, s, e, first ? 0 : indent, entry);
            while (next < q && t[next] == ' ')
                next++;
            s = next;
            first = 0;
        }
        if (!nl)
            break;
        p = q + 1;
        para = 1;
        if (p >= to)
            break;
    }
}

void tview_note(tview *v, const char *text, int width)
{
    size_t f = v->st.text.len;
    styled_adds(&v->st, text, HL_META);
    tview_wrap(v, f, v->st.text.len, width, 0, -1, 0);
}

long tview_line_of(const tview *v, size_t off)
{
    for (size_t i = 0; i < v->n_lines; i++)
        if (v->lines[i].end >= off && v->lines[i].start <= off)
            return (long)i;
    return 0;
}

void tview_clamp(tview *v, int height)
{
    long max = (long)v->n_lines - height;
    if (max < 0)
        max = 0;
    if (v->top > max)
        v->top = max;
    if (v->top < 0)
        v->top = 0;
    if (v->cur >= v->n_entries)
        v->cur = v->n_entries - 1;
    if (v->cur < 0 && v->n_entries > 0)
        v->cur = 0;
}

void tview_show_entry(tview *v, int entry, int height)
{
    long first = -1, last = -1;
    for (size_t i = 0; i < v->n_lines; i++)
        if (v->lines[i].entry == entry) {
            if (first < 0)
                first = (long)i;
            last = (long)i;
        }
    if (first < 0)
        return;
    if (last >= v->top + height)
        v->top = last - height + 1;
    if (first < v->top)
        v->top = first;
    tview_clamp(v, height);
}

void tview_show_offset(tview *v, size_t off, int height)
{
    long l = tview_line_of(v, off);
    if (l < v->top || l >= v->top + height)
        v->top = l - height / 3;
    tview_clamp(v, height);
}

void tview_move(tview *v, long delta, int height)
{
    if (v->n_entries > 0) {
        long c = v->cur + delta;
        if (c < 0)
            c = 0;
        if (c >= v->n_entries)
            c = v->n_entries - 1;
        v->cur = (int)c;
        tview_show_entry(v, v->cur, height);
    } else {
        v->top += delta;
        tview_clamp(v, height);
    }
}

void tview_draw(const tview *v, WINDOW *w, int y, int x, int height, int width, int focused,
                const char *match)
{
    const char *t = buf_str(&v->st.text);
    for (int r = 0; r < height; r++) {
        long li = v->top + r;
        wmove(w, y + r, x);
        if (li < 0 || (size_t)li >= v->n_lines) {
            draw_fill(w, y + r, x, width, HL_NORMAL);
            continue;
        }
        const sline *L = &v->lines[li];
        int selrow = v->n_entries > 0 && L->entry >= 0 && L->entry == v->cur;
        int base = selrow ? HL_SELECTION : HL_NORMAL;
        draw_fill(w, y + r, x, width, base);
        wmove(w, y + r, x + (L->indent < width ? L->indent : width));
        int used = L->indent < width ? L->indent : width;
        const char *mstart = NULL, *mend = NULL;
        size_t i = L->start;
        /* a clipped (unwrapped) line ends in an ellipsis */
        int full = width;
        int cut = width > 1 && used + draw_width(t + L->start, L->end - L->start) > width;
        if (cut)
            width--;
        int last_hl = base;
        while (i < L->end && used < width) {
            /* the run of bytes sharing one highlight */
            if (match && *match && (!mend || t + i >= mend)) {
                mstart = draw_find(t + i, L->end - i, match);
                mend = mstart ? mstart + strlen(match) : NULL;
            }
            int hl = selrow ? HL_SELECTION : v->st.hl[i];
            int in_sel = v->sel_end > v->sel_start && i >= v->sel_start && i < v->sel_end;
            int in_match = mstart && t + i >= mstart && t + i < mend;
            /* the current match stands out from the others */
            int cur_match = in_match && v->has_match && mstart == t + v->match_at;
            if (in_sel)
                hl = HL_SELECTION;
            if (in_match)
                hl = HL_MATCH;
            size_t j = i + 1;
            while (j < L->end) {
                int h2 = selrow ? HL_SELECTION : v->st.hl[j];
                int s2 = v->sel_end > v->sel_start && j >= v->sel_start && j < v->sel_end;
                int m2 = mstart && t + j >= mstart && t + j < mend;
                if (h2 != (selrow ? HL_SELECTION : v->st.hl[i]) || s2 != in_sel || m2 != in_match)
                    break;
                j++;
            }
            /* never cut a character: extend to the next boundary */
            while (j < L->end && ((unsigned char)t[j] & 0xC0) == 0x80)
                j++;
            attr_t a = hl_attr(hl);
            if (!focused && hl == HL_SELECTION && selrow)
                a |= A_DIM;
            if (cur_match)
                a = (a ^ A_REVERSE) | A_BOLD | A_UNDERLINE;
            /* a name stays marked inside the selected row */
            if (selrow && !in_match && (v->st.hl[i] == HL_PERSON || v->st.hl[i] == HL_PLACE || v->st.hl[i] == HL_ORG))
                a |= A_BOLD | A_UNDERLINE;
            used += draw_str(w, t + i, j - i, width - used, a, hl_pair(hl));
            last_hl = hl;
            i = j;
        }
        if (cut) {
            wmove(w, y + r, x + used);
            draw_str(w, DRAW_ELLIPSIS, strlen(DRAW_ELLIPSIS), 1, hl_attr(last_hl), hl_pair(last_hl));
        }
        width = full;
    }
}

/* ---- list views (actor, bookmarks, results, help) ---------------------- */

void lv_reset(listview *lv)
{
    tview_clear(&lv->v);
    lv->ne = 0;
}

void lv_free(listview *lv)
{
    tview_free(&lv->v);
    free(lv->e);
    free(lv->title);
    memset(lv, 0, sizeof *lv);
}

int lv_add_entry(listview *lv, int64_t article_id, int64_t quote_id, int64_t bookmark_id,
                 size_t start, int has_start)
{
    if (lv->ne == lv->cap) {
        lv->cap = lv->cap ? lv->cap * 2 : 32;
        lv->e = xrealloc(lv->e, lv->cap * sizeof *lv->e);
    }
    lv->e[lv->ne] = (eref){ article_id, quote_id, bookmark_id, start, has_start };
    return (int)lv->ne++;
}

void lv_draw(ui *u, listview *lv, WINDOW *w, int y, int x, int h, int wd)
{
    tview_clamp(&lv->v, h);
    tview_draw(&lv->v, w, y, x, h, wd, 1, u->search);
}

int lv_find(listview *lv, const char *pat, int dir, int next, int h, find_result *fr)
{
    return tview_find(&lv->v, pat, dir, next, h, fr);
}

/* The last line starting at or before off. */
static long line_at(const tview *v, size_t off)
{
    long lo = 0, hi = (long)v->n_lines - 1;
    while (lo < hi) {
        long mid = (lo + hi + 1) / 2;
        if (v->lines[mid].start <= off)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

int tview_find(tview *v, const char *pat, int dir, int next, int h, find_result *fr)
{
    memset(fr, 0, sizeof *fr);
    if (!v->n_lines || !pat || !*pat)
        return 0;
    const char *t = buf_str(&v->st.text);
    size_t n = v->st.text.len, m = strlen(pat);
    int entries = v->n_entries > 0;
    /* every match, in order */
    size_t *at = NULL, cap = 0, k = 0;
    for (const char *p = t; (p = draw_find(p, n - (size_t)(p - t), pat)) != NULL; p += m) {
        size_t off = (size_t)(p - t);
        if (entries && v->lines[line_at(v, off)].entry < 0)
            continue;
        if (k == cap) {
            cap = cap ? cap * 2 : 64;
            at = xrealloc(at, cap * sizeof *at);
        }
        at[k++] = off;
    }
    if (!k) {
        free(at);
        v->has_match = 0;
        return 0;
    }
    int cont = next && v->has_match;
    size_t ref = v->match_at;
    if (!cont) {
        long li = v->top;
        if (entries)
            for (size_t i = 0; i < v->n_lines; i++)
                if (v->lines[i].entry == v->cur) {
                    li = (long)i;
                    break;
                }
        ref = li >= 0 && (size_t)li < v->n_lines ? v->lines[li].start : 0;
    }
    long pick = -1;
    if (dir > 0) {
        for (size_t i = 0; i < k && pick < 0; i++)
            if (cont ? at[i] > ref : at[i] >= ref)
                pick = (long)i;
        if (pick < 0) {
            pick = 0;
            fr->wrapped = 1;
        }
    } else {
        for (size_t i = k; i-- > 0 && pick < 0;)
            if (cont ? at[i] < ref : at[i] <= ref)
                pick = (long)i;
        if (pick < 0) {
            pick = (long)k - 1;
            fr->wrapped = 1;
        }
    }
    v->match_at = at[pick];
    v->has_match = 1;
    fr->nth = (int)pick + 1;
    fr->total = (int)k;
    free(at);
    long li = line_at(v, v->match_at);
    if (entries) {
        v->cur = v->lines[li].entry;
        tview_show_entry(v, v->cur, h);
    }
    if (li < v->top || li >= v->top + h) {
        v->top = li - h / 3;
        tview_clamp(v, h);
    }
    return 1;
}
