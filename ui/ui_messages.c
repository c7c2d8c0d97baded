/* ui_messages: what the configuration, the lexicon and imports reported,
 * and every error the message line showed, oldest first, each with its
 * time — the :messages screen.  The log keeps the last UI_LOG_MAX lines. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "ui_int.h"

#define UI_LOG_MAX 1000

void ui_log(ui *u, int is_err, const char *fmt, ...)
{
    char text[1024], line[1100];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    snprintf(line, sizeof line, "%02d:%02d:%02d %c %s", tm.tm_hour, tm.tm_min, tm.tm_sec, is_err ? '!' : ' ',
             text);
    if (u->n_log == UI_LOG_MAX) {
        free(u->log[0]);
        memmove(u->log, u->log + 1, (UI_LOG_MAX - 1) * sizeof *u->log);
        u->n_log--;
    }
    u->log = xrealloc(u->log, (u->n_log + 1) * sizeof *u->log);
    u->log[u->n_log++] = xstrdup(line);
}

void ui_log_free(ui *u)
{
    for (size_t i = 0; i < u->n_log; i++)
        free(u->log[i]);
    free(u->log);
    u->log = NULL;
    u->n_log = 0;
}

typedef struct messages_screen {
    screen base;
    listview lv;
    size_t shown;             /* log lines in the view */
} messages_screen;

static void messages_build(ui *u, messages_screen *ms, int width)
{
    listview *lv = &ms->lv;
    if (lv->width == width && ms->shown == u->n_log)
        return;
    long top = lv->v.top;
    int at_end = ms->shown == 0 || lv->v.top + ui_body_height(u) >= (long)lv->v.n_lines;
    lv_reset(lv);
    tview *v = &lv->v;
    for (size_t i = 0; i < u->n_log; i++) {
        size_t f = v->st.text.len;
        const char *l = u->log[i];
        int err = strlen(l) > 9 && l[9] == '!';
        size_t head = strlen(l) > 11 ? 11 : strlen(l); /* "HH:MM:SS ! " */
        styled_add(&v->st, l, head, err ? HL_ERROR : HL_META);
        styled_adds(&v->st, l + head, err ? HL_ERROR : HL_NORMAL);
        tview_wrap(v, f, v->st.text.len, width, 11, -1, 0);
    }
    if (!u->n_log)
        tview_note(v, "No messages yet: imports and the configuration report here.", width);
    v->n_entries = 0;
    v->cur = -1;
    v->top = top;
    if (at_end) /* the newest in sight, as a log is read */
        v->top = (long)v->n_lines;
    tview_clamp(v, ui_body_height(u));
    lv->width = width;
    ms->shown = u->n_log;
}

static void messages_title(ui *u, screen *s, char *out, size_t n)
{
    (void)s;
    snprintf(out, n, "Messages (%zu)", u->n_log);
}

static void messages_draw(ui *u, screen *s)
{
    messages_build(u, (messages_screen *)s, u->cols);
    lscreen_draw(u, s);
}

static int messages_key(ui *u, screen *s, int act)
{
    messages_build(u, (messages_screen *)s, u->cols);
    if (act == ACT_OPEN || act == ACT_BOOKMARK || act == ACT_EXPORT)
        return 1;
    return lscreen_key(u, s, act);
}

static void messages_free(screen *s)
{
    messages_screen *ms = (messages_screen *)s;
    lv_free(&ms->lv);
    free(ms);
}

static const screen_kind messages_kind = {
    SCR_MESSAGES, "what the configuration, the lexicon and imports reported, and the errors shown, oldest first",
    messages_title, messages_draw, messages_key, messages_free,
};

void messages_open(ui *u)
{
    if (ui_top(u)->kind == &messages_kind)
        return;
    messages_screen *ms = xcalloc(1, sizeof *ms);
    ms->base.kind = &messages_kind;
    ms->base.lv = &ms->lv;
    ui_push(u, &ms->base);
}
