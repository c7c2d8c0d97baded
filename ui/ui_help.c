/* ui_help: the keys of the screen the help was asked from, written from
 * the key table with the bindings in force, then the commands and the
 * highlights (from the colour table). */
#include <stdlib.h>
#include <string.h>
#include "ui_int.h"

static const char *const commands[][2] = {
    { ":import PATH...", "import files or directories, then refresh" },
    { ":actor NAME", "statements of the actor NAME (Tab completes)" },
    { ":search TEXT", "full-text search over the store" },
    { ":sort date|outlet|title", "order of the article list" },
    { ":export FILE", "export the bookmarks (.md, .csv, .json)" },
    { ":quit", "leave newsroom" },
};

/* The open help screen, for the screen below it. */
typedef struct help_screen {
    screen base;
    listview lv;
    const screen_kind *for_kind;
} help_screen;

static void pad_to(styled *st, size_t from, int col)
{
    int w = draw_width(st->text.data + from, st->text.len - from);
    while (w++ < col)
        styled_adds(st, " ", HL_NORMAL);
}

static void help_build(ui *u, help_screen *hs, int width)
{
    listview *lv = &hs->lv;
    int help_for = hs->for_kind->id;
    if (lv->width == width)
        return;
    long top = lv->v.top;
    lv_reset(lv);
    tview *v = &lv->v;
    int kw = width >= 60 ? 22 : 14;
    size_t f = v->st.text.len;
    styled_printf(&v->st, HL_TITLE, "Keys of the %s screen", keys_screen_name(help_for));
    tview_wrap(v, f, v->st.text.len, width, 0, -1, 0);
    f = v->st.text.len;
    styled_printf(&v->st, HL_META, "It shows %s.", hs->for_kind->help);
    tview_wrap(v, f, v->st.text.len, width, 0, -1, 0);
    for (size_t i = 0; i < ui_key_table_n; i++) {
        const ui_key_def *d = &ui_key_table[i];
        if (!(d->screens & S_(help_for)))
            continue;
        char keys[128];
        keys_of(d->act, keys, sizeof keys);
        f = v->st.text.len;
        styled_printf(&v->st, HL_PERSON, "  %s", *keys ? keys : "(unbound)");
        pad_to(&v->st, f, kw);
        styled_adds(&v->st, " ", HL_NORMAL);
        styled_adds(&v->st, d->help, HL_NORMAL);
        styled_printf(&v->st, HL_META, " [%s]", d->name);
        tview_wrap(v, f, v->st.text.len, width, kw + 1, -1, 0);
    }
    f = v->st.text.len;
    styled_adds(&v->st, "\nCommands (:)", HL_TITLE);
    tview_wrap(v, f, v->st.text.len, width, 0, -1, 0);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        f = v->st.text.len;
        styled_printf(&v->st, HL_PERSON, "  %s", commands[i][0]);
        pad_to(&v->st, f, kw + 4);
        styled_adds(&v->st, " ", HL_NORMAL);
        styled_adds(&v->st, commands[i][1], HL_NORMAL);
        tview_wrap(v, f, v->st.text.len, width, kw + 5, -1, 0);
    }
    static const char *const editing[][2] = {
        { "Tab S-Tab", "complete: cycle through the names shown above the prompt" },
        { "Up Down", "history of this prompt" },
        { "Left Right Home End", "move (also C-b C-f C-a C-e)" },
        { "C-u C-k C-w", "delete to the start, to the end, the word before" },
        { "Enter", "accept" },
        { "Esc C-g", "cancel (Backspace on an empty line too)" },
    };
    f = v->st.text.len;
    styled_adds(&v->st, "\nIn prompts", HL_TITLE);
    tview_wrap(v, f, v->st.text.len, width, 0, -1, 0);
    for (size_t i = 0; i < sizeof editing / sizeof editing[0]; i++) {
        f = v->st.text.len;
        styled_printf(&v->st, HL_PERSON, "  %s", editing[i][0]);
        pad_to(&v->st, f, kw);
        styled_adds(&v->st, " ", HL_NORMAL);
        styled_adds(&v->st, editing[i][1], HL_NORMAL);
        tview_wrap(v, f, v->st.text.len, width, kw + 1, -1, 0);
    }
    f = v->st.text.len;
    styled_adds(&v->st, "\nHighlights", HL_TITLE);
    tview_wrap(v, f, v->st.text.len, width, 0, -1, 0);
    for (size_t i = 1; i < ui_color_table_n; i++) {
        f = v->st.text.len;
        styled_adds(&v->st, "  ", HL_NORMAL);
        styled_adds(&v->st, ui_color_table[i].name, (int)ui_color_table[i].hl);
        pad_to(&v->st, f, kw);
        styled_adds(&v->st, " ", HL_NORMAL);
        styled_adds(&v->st, ui_color_table[i].help, HL_NORMAL);
        tview_wrap(v, f, v->st.text.len, width, kw + 1, -1, 0);
    }
    f = v->st.text.len;
    styled_adds(&v->st, "\nKeys and colours are set in the config file: see newsroom.yaml(5). q leaves this help.",
                HL_META);
    tview_wrap(v, f, v->st.text.len, width, 0, -1, 0);
    v->n_entries = 0;
    v->cur = -1;
    v->top = top;
    lv->width = width;
}

static void help_title(ui *u, screen *s, char *out, size_t n)
{
    (void)u;
    (void)s;
    snprintf(out, n, "Help");
}

static void help_draw(ui *u, screen *s)
{
    help_build(u, (help_screen *)s, u->cols);
    lscreen_draw(u, s);
}

static int help_key(ui *u, screen *s, int act)
{
    help_build(u, (help_screen *)s, u->cols);
    if (act == ACT_OPEN || act == ACT_BOOKMARK || act == ACT_EXPORT)
        return 1; /* nothing to open here */
    return lscreen_key(u, s, act);
}

static void help_free(screen *s)
{
    help_screen *hs = (help_screen *)s;
    lv_free(&hs->lv);
    free(hs);
}

static const screen_kind help_kind = {
    SCR_HELP, "the keys of the screen it was opened from, the commands and the highlights",
    help_title, help_draw, help_key, help_free,
};

void help_open(ui *u)
{
    screen *top = ui_top(u);
    if (top->kind == &help_kind)
        return;
    help_screen *hs = xcalloc(1, sizeof *hs);
    hs->base.kind = &help_kind;
    hs->base.lv = &hs->lv;
    hs->for_kind = top->kind;
    hs->lv.title = xstrdup("Help");
    ui_push(u, &hs->base);
}
