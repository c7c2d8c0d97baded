/* ui_date: article dates through the user's date_format, and its short
 * form (the year left out) for narrow columns. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "ui_int.h"

/* date ("YYYY-MM-DD...") through the strftime format fmt; 0 when it is no
 * such date or the format gives nothing. */
static int date_format(const char *date, const char *fmt, char *out, size_t n)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    if (!fmt || sscanf(date, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
        return 0;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    tm.tm_hour = 12;
    tm.tm_isdst = -1;
    mktime(&tm);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    /* the user's date_format option */
    size_t w = strftime(out, n, fmt, &tm);
#pragma GCC diagnostic pop
    return w > 0;
}

void ui_date(const ui *u, const char *date, char *out, size_t n)
{
    out[0] = 0;
    if (!date || !*date) {
        snprintf(out, n, "%s", "----------");
        return;
    }
    const char *fmt = u->cfg && u->cfg->date_format ? u->cfg->date_format : NULL;
    if (!date_format(date, fmt, out, n))
        snprintf(out, n, "%s", date);
}

static int is_year_conv(char c)
{
    return c == 'Y' || c == 'y' || c == 'G' || c == 'g' || c == 'C';
}

/* fmt without its year: a year conversion goes with the separator that
 * joins it to the rest ("%Y-%m-%d" -> "%m-%d", "%d %b %Y" -> "%d %b",
 * "%b %d, %Y" -> "%b %d"). */
static void date_short_format(const char *fmt, char *out, size_t n)
{
    typedef struct tok {
        const char *p;
        size_t len;
        int conv, year;
    } tok;
    tok t[64];
    size_t nt = 0;
    for (const char *p = fmt; *p && nt < 64;) {
        if (*p == '%' && p[1]) {
            size_t l = 2;
            if ((p[1] == 'E' || p[1] == 'O') && p[2])
                l = 3; /* %Ey, %Oy */
            if (p[1] == 'F' || p[1] == 'D') /* %Y-%m-%d, %m/%d/%y */
                t[nt++] = (tok){ p[1] == 'F' ? "%m-%d" : "%m/%d", 5, 1, 0 };
            else
                t[nt++] = (tok){ p, l, 1, is_year_conv(p[l - 1]) };
            p += l;
        } else {
            const char *e = p;
            while (*e && *e != '%')
                e++;
            if (e == p)
                e++; /* a lone % at the end */
            t[nt++] = (tok){ p, (size_t)(e - p), 0, 0 };
            p = e;
        }
    }
    for (size_t i = 0; i < nt; i++) {
        if (!t[i].year)
            continue;
        t[i].len = 0;
        /* the separator after a leading year, else the one before it */
        if (i > 0 && !t[i - 1].conv && i - 1 > 0)
            t[i - 1].len = 0;
        else if (i + 1 < nt && !t[i + 1].conv)
            t[i + 1].len = 0;
        else if (i > 0 && !t[i - 1].conv)
            t[i - 1].len = 0;
    }
    size_t o = 0;
    for (size_t i = 0; i < nt; i++)
        for (size_t k = 0; k < t[i].len && o + 1 < n; k++)
            out[o++] = t[i].p[k];
    out[o] = 0;
    /* separators left at either end */
    size_t st = 0;
    while (out[st] == ' ' || out[st] == ',' || out[st] == '-' || out[st] == '/' || out[st] == '.')
        st++;
    memmove(out, out + st, o - st + 1);
    o -= st;
    while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == ',' || out[o - 1] == '-' || out[o - 1] == '/'))
        out[--o] = 0;
}

void ui_date_short(const ui *u, const char *date, char *out, size_t n)
{
    out[0] = 0;
    if (!date || !*date) {
        snprintf(out, n, "%s", "-----");
        return;
    }
    const char *fmt = u->cfg && u->cfg->date_format ? u->cfg->date_format : "%Y-%m-%d";
    char sfmt[256];
    date_short_format(fmt, sfmt, sizeof sfmt);
    if (!sfmt[0] || !date_format(date, sfmt, out, n))
        ui_date(u, date, out, n);
}
