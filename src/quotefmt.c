/* quotefmt: the marks around a quote, and whom a citation names. */
#include "quotefmt.h"
#include <string.h>
#include <strings.h>

/* Double quote marks only: a single one is an apostrophe as often. */
static int has_mark(const char *s)
{
    static const char *const marks[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB",
                                        "\xC2\xBB"};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (strstr(s, marks[i]))
            return 1;
    return 0;
}

int quotefmt_in_marks(quote_kind kind, const char *text)
{
    if (kind == QUOTE_DIRECT)
        return 1;
    return kind == QUOTE_PARTIAL && text && *text && !has_mark(text);
}

void quotefmt_text(buf *b, quote_kind kind, const char *text, int one_line)
{
    int marks = quotefmt_in_marks(kind, text);
    if (marks)
        buf_adds(b, "\xE2\x80\x9C");
    for (const char *p = text ? text : ""; *p; p++)
        buf_addc(b, one_line && (*p == '\n' || *p == '\r') ? ' ' : *p);
    if (marks)
        buf_adds(b, "\xE2\x80\x9D");
    if (!b->data)
        buf_add(b, "", 0);
}

const char *quotefmt_attribution(const store_quote_row *q)
{
    static const char *const pronouns[] = {"he", "she", "they", "it", "we", "i", "you", "him", "her",
                                           "them", "us"};
    if (q->speaker && *q->speaker)
        return q->speaker;
    const char *t = q->speaker_text;
    if (!t || !*t)
        return NULL;
    for (size_t i = 0; i < sizeof pronouns / sizeof *pronouns; i++)
        if (!strcasecmp(t, pronouns[i]))
            return NULL;
    return t;
}
