/* fuzz_web: the readers of web input over arbitrary bytes -- an HTML page
 * (html_extract), an HTML fragment (html_fragment_text), an RSS or Atom
 * feed (feed_parse), a JSON value (jv_parse), text cleaning -- and what
 * their headers promise about the result. */
#include "fuzz.h"
#include "buf.h"
#include "feed.h"
#include "html.h"
#include "jsonread.h"
#include "textclean.h"
#include "utf8.h"
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    return 0;
}

static void check_text(const char *s, size_t n)
{
    FUZZ_CHECK(s != NULL);
    FUZZ_CHECK(strlen(s) == n);
    FUZZ_CHECK(utf8_invalid_at(s, n) == n);
}

static void check_line(const char *s)
{
    if (!s)
        return;
    FUZZ_CHECK(utf8_invalid_at(s, strlen(s)) == strlen(s));
    FUZZ_CHECK(strchr(s, '\n') == NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    /* the first byte picks the reader */
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    char err[512];
    err[0] = '\0';
    switch (data[0] & 7) {
    case 0:
    case 1: {
        html_article a;
        const char *cs[] = {NULL, "iso-8859-1", "utf-8", "x-unknown"};
        if (html_extract(s, n, cs[(data[0] >> 3) & 3], (data[0] & 1) ? "https://fuzz.example/a/b" : NULL,
                         &a, err, sizeof err) == 0) {
            check_text(a.text, a.text_len);
            FUZZ_CHECK(a.text_len > 0);
            check_line(a.title);
            check_line(a.source);
            check_line(a.author);
            if (a.date)
                FUZZ_CHECK(strlen(a.date) == 10);
            html_article_free(&a);
        } else {
            FUZZ_CHECK(err[0] && !strchr(err, '\n'));
        }
        break;
    }
    case 2: {
        size_t len;
        char *t = html_fragment_text(s, n, &len);
        check_text(t, len);
        free(t);
        break;
    }
    case 3:
    case 4: {
        feed f;
        if (feed_parse(s, n, &f, err, sizeof err) == 0) {
            for (size_t i = 0; i < f.n; i++) {
                FUZZ_CHECK(f.items[i].id != NULL);
                if (f.items[i].text)
                    check_text(f.items[i].text, f.items[i].text_len);
                check_line(f.items[i].title);
                if (f.items[i].date)
                    FUZZ_CHECK(strlen(f.items[i].date) == 10);
            }
            feed_free(&f);
        } else {
            FUZZ_CHECK(err[0] && !strchr(err, '\n'));
        }
        break;
    }
    case 5: {
        size_t at = 0;
        const char *why = NULL;
        jv *v = jv_parse(s, n, &at, &why);
        if (!v)
            FUZZ_CHECK(why != NULL && at <= n);
        jv_free(v);
        break;
    }
    default: {
        buf b = BUF_INIT;
        textclean_body(&b, s, n);
        FUZZ_CHECK(b.len <= n + 1 || b.len <= 4 * n);
        buf_clear(&b);
        if (utf8_invalid_at(s, n) == n && !memchr(s, '\0', n)) {
            textclean_inline(&b, s, n);
            FUZZ_CHECK(!b.len || (b.data[0] != ' ' && b.data[b.len - 1] != ' '));
            char *t = xstrndup(s, n);
            size_t len = n;
            textclean_drop_headline(t, &len, "Headline");
            FUZZ_CHECK(len <= n && strlen(t) == len);
            free(t);
        }
        buf_free(&b);
        break;
    }
    }
    return 0;
}
