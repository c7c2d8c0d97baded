/* html: a web page -> an article, with libxml2's HTML parser and XPath.
 * The main text without navigation, related links, share buttons,
 * "Read more"/"Watch" lines, captions and credits (those are kept apart);
 * metadata from JSON-LD (NewsArticle and kin), OpenGraph and <meta> tags,
 * <title> and the canonical link.  Paragraphs are separated by a blank
 * line.  No network: the parser never loads anything. */
#ifndef NEWSROOM_HTML_H
#define NEWSROOM_HTML_H
#include <stddef.h>

typedef struct html_article {
    char *title, *source, *author, *url; /* NULL when unknown */
    char *date;                          /* "YYYY-MM-DD" or NULL */
    char *text;                          /* paragraphs, "\\n\\n" between */
    size_t text_len;
    char *captions;                      /* captions and credits, one a line; NULL if none */
} html_article;

/* 1 when bytes start like an HTML document (a doctype or <html>, after a
 * BOM, blanks or comments). */
int html_looks_like(const char *bytes, size_t len);

/* charset: from the HTTP header, or NULL; otherwise <meta charset>, or
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252.  page_url: where
 * the page came from (resolves a relative canonical link; the outlet when
 * nothing names it), or NULL.  Returns 0, or -1 with the cause in err
 * ("no article text found"). */
int html_extract(const char *bytes, size_t len, const char *charset, const char *page_url,
                 html_article *out, char *err, size_t errlen);
void html_article_free(html_article *a);

/* The text of an HTML fragment (a feed item's content), paragraphs
 * separated by blank lines, boilerplate lines left out; malloc'd, "" when
 * it holds no text. */
char *html_fragment_text(const char *html, size_t len, size_t *out_len);

/* The outlet a URL's host suggests ("https://www.example-news.com/x" ->
 * "example-news.com"); malloc'd or NULL. */
char *html_host_of(const char *url);

#endif
