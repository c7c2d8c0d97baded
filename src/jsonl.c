/* jsonl: JSON Lines, the common output of scrapers — one object a line
 * with "title", "text" or "html", "url", "date", "source" (or "outlet")
 * and "author".  A bad line is one refusal ("FILE:LINE: cause"); the
 * other lines go on. */
#include "ingest.h"
#include "buf.h"
#include "html.h"
#include "jsonread.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ingest_jsonl(ingest *in, const char *path, const char *bytes, size_t len)
{
    size_t i = 0, line = 0;
    while (i < len && !ingest_stopped(in) && !ingest_failed(in)) {
        const char *s = bytes + i;
        const char *nl = memchr(s, '\n', len - i);
        size_t n = nl ? (size_t)(nl - s) : len - i;
        i += n + (nl ? 1 : 0);
        line++;
        size_t k = 0;
        while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
            k++;
        if (k == n)
            continue;
        char where[600], err[300];
        snprintf(where, sizeof where, "%s:%zu", path, line);
        size_t at = 0;
        const char *why = NULL;
        jv *v = jv_parse(s, n, &at, &why);
        if (!v || v->type != JV_OBJ) {
            if (v)
                snprintf(err, sizeof err, "not a JSON object; line skipped");
            else
                snprintf(err, sizeof err, "bad JSON at column %zu: %s; line skipped", at + 1, why ? why : "?");
            ingest_note(in, 1, where, err);
            jv_free(v);
            continue;
        }
        const char *text = jv_get_str(v, "text");
        const char *html = jv_get_str(v, "html");
        char *from_html = NULL;
        size_t tl = 0;
        if ((!text || !*text) && html) {
            from_html = html_fragment_text(html, strlen(html), &tl);
            text = from_html;
        } else if (text) {
            tl = strlen(text);
        }
        const char *url = jv_get_str(v, "url");
        if (!url)
            url = jv_get_str(v, "link");
        const char *src = jv_get_str(v, "source");
        if (!src)
            src = jv_get_str(v, "outlet");
        const char *date = jv_get_str(v, "date");
        if (!date)
            date = jv_get_str(v, "published");
        doc d;
        if (!text || !tl) {
            ingest_note(in, 1, where, "no \"text\" or \"html\"; line skipped");
        } else if (ingest_make_doc(&d, where, text, tl, jv_get_str(v, "title"), src, date, url,
                                   jv_get_str(v, "author"), DOC_JSONL, err, sizeof err) < 0) {
            ingest_note(in, 1, where, err);
        } else {
            if (date && !d.date) {
                char w[200];
                snprintf(w, sizeof w, "date \"%.60s\" not understood; stored without a date", date);
                ingest_note(in, 0, where, w);
            }
            free(d.path);
            d.path = xstrdup(path);
            ingest_add(in, &d, NULL, NULL, 0);
        }
        free(from_html);
        jv_free(v);
    }
}
