/* ui_bookmarks: the bookmarked quotes with speaker, outlet, date and note;
 * editing notes, deleting, exporting (Markdown, CSV, JSON) through export.h.
 * Every change is written at once by the store. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "export.h"
#include "safefile.h"
#include "quotefmt.h"
#include "ui_int.h"

typedef struct bmk {
    int64_t id, quote_id, article_id;
    size_t start;
    char *note, *speaker, *source, *date, *title, *text;
    quote_kind kind;
} bmk;

/* The open bookmarks screen. */
typedef struct marks_screen {
    screen base;
    listview lv;
    bmk *marks;
    size_t n_marks, cap_marks;
} marks_screen;

static void marks_clear(marks_screen *ms)
{
    for (size_t i = 0; i < ms->n_marks; i++) {
        bmk *b = &ms->marks[i];
        free(b->note);
        free(b->speaker);
        free(b->source);
        free(b->date);
        free(b->title);
        free(b->text);
    }
    ms->n_marks = 0;
}

static void marks_free(screen *s)
{
    marks_screen *ms = (marks_screen *)s;
    marks_clear(ms);
    free(ms->marks);
    lv_free(&ms->lv);
    free(ms);
}

static char *dup0(const char *s)
{
    return xstrdup(s ? s : "");
}

static int take(void *ctx, const store_bookmark_row *r)
{
    marks_screen *ms = ctx;
    if (ms->n_marks == ms->cap_marks) {
        ms->cap_marks = ms->cap_marks ? ms->cap_marks * 2 : 16;
        ms->marks = xrealloc(ms->marks, ms->cap_marks * sizeof *ms->marks);
    }
    ms->marks[ms->n_marks++] = (bmk){ r->id, r->quote.id, r->quote.article_id, r->quote.start,
                              dup0(r->note), dup0(quotefmt_attribution(&r->quote)),
                              dup0(r->quote.source), dup0(r->quote.date), dup0(r->quote.title),
                              dup0(r->quote.text), r->quote.kind };
    return 0;
}

static void marks_load(ui *u, marks_screen *ms)
{
    marks_clear(ms);
    if (store_bookmarks(u->st, 0, -1, take, ms) != 0)
        ui_msg(u, 1, "bookmarks: %s", store_error(u->st));
    ms->lv.width = 0;
}

static void marks_build(ui *u, marks_screen *ms, int width)
{
    listview *lv = &ms->lv;
    if (lv->width == width)
        return;
    int cur = lv->v.cur;
    long top = lv->v.top;
    lv_reset(lv);
    tview *v = &lv->v;
    for (size_t i = 0; i < ms->n_marks; i++) {
        bmk *b = &ms->marks[i];
        char date[64];
        ui_date(u, b->date, date, sizeof date);
        int e = lv_add_entry(lv, b->article_id, b->quote_id, b->id, b->start, 1);
        size_t f = v->st.text.len;
        styled_adds(&v->st, *b->speaker ? b->speaker : "(no speaker)", HL_SPEAKER);
        char meta[256];
        ui_meta(meta, sizeof meta, b->source, date);
        styled_printf(&v->st, HL_META, " \xc2\xb7 %s%s", meta, *meta ? " \xc2\xb7 " : "");
        styled_adds(&v->st, b->title, HL_TITLE);
        tview_wrap(v, f, v->st.text.len, width, 4, e, 0);
        f = v->st.text.len;
        styled_adds(&v->st, "  ", HL_NORMAL);
        /* a paraphrase never in quote marks */
        int words = quotefmt_in_marks(b->kind, b->text);
        if (!words)
            styled_adds(&v->st, "(paraphrase) ", HL_META);
        if (words)
            styled_adds(&v->st, "\xe2\x80\x9c", HL_QUOTE);
        styled_adds(&v->st, b->text, words ? HL_QUOTE : HL_INDIRECT);
        if (words)
            styled_adds(&v->st, "\xe2\x80\x9d", HL_QUOTE);
        tview_wrap(v, f, v->st.text.len, width, 3, e, 0);
        if (*b->note) {
            f = v->st.text.len;
            styled_adds(&v->st, "  note: ", HL_META);
            styled_adds(&v->st, b->note, HL_NORMAL);
            tview_wrap(v, f, v->st.text.len, width, 8, e, 0);
        }
    }
    if (!ms->n_marks)
        tview_note(v, "No bookmarks yet: select a quote and press b.", width);
    v->n_entries = (int)lv->ne;
    v->cur = cur;
    v->top = top;
    lv->width = width;
}

/* Never over the store or its -wal/-shm; an existing file only when the
 * user says yes; written whole or not at all (export_bookmarks_file). */
void marks_export(ui *u, const char *arg)
{
    ui_refresh_stats(u);
    if (u->stats.bookmarks == 0) {
        /* no file made for nothing */
        ui_msg(u, 1, "no bookmarks to export: select a quote and press b");
        return;
    }
    char *path = safefile_expand(arg);
    if (!path) {
        ui_msg(u, 1, "%s: no home directory for ~", arg);
        return;
    }
    char err[512];
    int c = safefile_check(path, u->db_path, err, sizeof err);
    if (c < 0) {
        ui_msg(u, 1, "%s: %s", path, err);
        free(path);
        return;
    }
    if (c > 0) {
        buf q = BUF_INIT;
        buf_printf(&q, "%s exists; replace it? (y/N) ", path);
        char *ans = prompt_read(u, buf_str(&q), NULL, NULL, NULL, NULL);
        buf_free(&q);
        int yes = ans && (ans[0] == 'y' || ans[0] == 'Y');
        free(ans);
        if (!yes) {
            ui_msg(u, 0, "not exported: %s is kept as it was", path);
            free(path);
            return;
        }
    }
    int mode = u->cfg && u->cfg->file_mode ? u->cfg->file_mode : SAFEFILE_MODE_DEFAULT;
    if (export_bookmarks_file(u->st, export_format_for_path(path), path, u->db_path, c > 0, mode, err,
                              sizeof err) < 0)
        ui_msg(u, 1, "%s: export failed: %s", path, err);
    else
        ui_msg(u, 0, "bookmarks exported to %s", path);
    free(path);
}

/* Keeps the bookmark marks of every article on the stack in step. */
static void mark_quote(ui *u, int64_t quote_id, int64_t bm)
{
    for (int k = 0; k < u->nstack; k++) {
        artview *a = u->stack[k]->art;
        int qi = a ? art_quote_by_id(a, quote_id) : -1;
        if (qi >= 0) {
            a->q[qi].bookmark_id = bm;
            a->side_w = 0;
            a->text_w = 0; /* the text marks it too */
        }
    }
    actor_mark_quote(u, quote_id, bm);
}

/* b: a new bookmark with an optional note; on a quote already bookmarked,
 * that bookmark's note to edit, said so (never replaced unseen). */
void bookmark_selected(ui *u, const char *none)
{
    int64_t q = ui_selected_quote(u);
    if (!ui_can_write(u, "bookmark"))
        return;
    if (q)
        bookmark_quote(u, q);
    else
        ui_msg(u, 1, "%s", none);
}

void bookmark_quote(ui *u, int64_t quote_id)
{
    if (!ui_can_write(u, "bookmark"))
        return;
    int64_t id = 0;
    char *old = NULL;
    int had = store_bookmark_of_quote(u->st, quote_id, &id, &old);
    if (had < 0) {
        ui_msg(u, 1, "bookmark: %s", store_error(u->st));
        return;
    }
    if (had == 0) {
        char label[96];
        snprintf(label, sizeof label, "Already bookmarked (bookmark %lld); its note: ", (long long)id);
        char *note = prompt_read(u, label, old, NULL, NULL, NULL);
        if (!note)
            ui_msg(u, 0, "already bookmarked (bookmark %lld); note unchanged", (long long)id);
        else if (!strcmp(note, old ? old : ""))
            ui_msg(u, 0, "already bookmarked (bookmark %lld); note unchanged", (long long)id);
        else if (store_bookmark_set_note(u->st, id, note) != 0)
            ui_msg(u, 1, "note: %s", store_error(u->st));
        else
            ui_msg(u, 0, "already bookmarked (bookmark %lld); note %s", (long long)id,
                   *note ? "saved" : "removed");
        free(note);
        free(old);
        return;
    }
    char *note = prompt_read(u, "Note (optional, Enter to skip): ", NULL, NULL, NULL, NULL);
    if (!note) {
        ui_msg(u, 0, "bookmark cancelled");
        return;
    }
    if (store_bookmark_add(u->st, quote_id, *note ? note : NULL, NULL, &id) != 0) {
        ui_msg(u, 1, "bookmark: %s", store_error(u->st));
    } else {
        ui_msg(u, 0, "bookmarked (B lists bookmarks)");
        mark_quote(u, quote_id, id);
        ui_refresh_stats(u);
    }
    free(note);
}

static int marks_key(ui *u, screen *s, int act)
{
    marks_screen *ms = (marks_screen *)s;
    listview *lv = &ms->lv;
    marks_build(u, ms, u->cols); /* keys may come faster than the screen is drawn */
    int cur = lv->v.cur;
    bmk *b = cur >= 0 && (size_t)cur < ms->n_marks ? &ms->marks[cur] : NULL;
    switch (act) {
    case ACT_RELOAD:
        marks_load(u, ms);
        return 0; /* and the common reload */
    case ACT_DELETE: {
        if (!b || !ui_can_write(u, "delete"))
            return 1;
        /* a bookmark holds a reporter's note: asked first */
        char label[96];
        snprintf(label, sizeof label, "Delete bookmark %lld%s? (y/n) ", (long long)b->id,
                 *b->note ? " and its note" : "");
        char *yes = prompt_read(u, label, NULL, NULL, NULL, NULL);
        int go = yes && (!strcmp(yes, "y") || !strcmp(yes, "Y") || !strcasecmp(yes, "yes"));
        free(yes);
        if (!go) {
            ui_msg(u, 0, "bookmark %lld kept", (long long)b->id);
            return 1;
        }
        if (store_bookmark_rm(u->st, b->id) < 0) {
            ui_msg(u, 1, "delete: %s", store_error(u->st));
            return 1;
        }
        mark_quote(u, b->quote_id, 0);
        ui_msg(u, 0, "bookmark deleted");
        marks_load(u, ms);
        ui_refresh_stats(u);
        return 1;
    }
    case ACT_EDIT_NOTE: {
        if (!b || !ui_can_write(u, "note"))
            return 1;
        char *note = prompt_read(u, "Note: ", b->note, NULL, NULL, NULL);
        if (!note)
            return 1;
        if (store_bookmark_set_note(u->st, b->id, note) != 0)
            ui_msg(u, 1, "note: %s", store_error(u->st));
        else
            ui_msg(u, 0, "note saved");
        free(note);
        marks_load(u, ms);
        return 1;
    }
    default:
        return lscreen_key(u, s, act);
    }
}

static void marks_title(ui *u, screen *s, char *out, size_t n)
{
    (void)u;
    (void)s;
    snprintf(out, n, "Bookmarks");
}

static void marks_draw(ui *u, screen *s)
{
    marks_build(u, (marks_screen *)s, u->cols);
    lscreen_draw(u, s);
}

static const screen_kind marks_kind = {
    SCR_BOOKMARKS, "the bookmarked quotes with their notes",
    marks_title, marks_draw, marks_key, marks_free,
};

/* B on the bookmarks screen reads them again in place. */
void marks_open(ui *u)
{
    screen *top = ui_top(u);
    if (top->kind == &marks_kind) {
        marks_load(u, (marks_screen *)top);
        return;
    }
    marks_screen *ms = xcalloc(1, sizeof *ms);
    ms->base.kind = &marks_kind;
    ms->base.lv = &ms->lv;
    ms->lv.title = xstrdup("Bookmarks");
    marks_load(u, ms);
    ui_push(u, &ms->base);
}
