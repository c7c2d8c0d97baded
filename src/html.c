/* html: the page is parsed once (recovering from bad markup, never
 * touching the network); metadata is read first, then boilerplate
 * subtrees are cut out, the element holding most paragraph text is taken
 * as the article, and its blocks become paragraphs. */
#include "html.h"
#include "buf.h"
#include "jsonread.h"
#include "textclean.h"
#include "utf8.h"
#include <ctype.h>
#include <limits.h>
#include <libxml/HTMLparser.h>
#include <libxml/uri.h>
#include <libxml/xpath.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define HTML_OPTS (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
                   HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED)
#define SHORT_TEXT 200   /* below this, a JSON-LD articleBody is the better text */

/* Whole elements that are never article text. */
static const char *const drop_tags[] = {
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
    "iframe", "svg", "template", "select", "input", "textarea", "figure", "picture", "video",
    "audio", "canvas", "menu", "dialog", "object", "embed", "head", NULL};
/* Words in a class or id that mark boilerplate. */
static const char *const drop_words[] = {
    "share", "social", "related", "newsletter", "promo", "advert", "sponsor", "comment",
    "breadcrumb", "caption", "credit", "subscribe", "cookie", "sidebar", "navigation", "menu",
    "byline", "read-more", "readmore", "recommend", "more-stories", "outbrain", "taboola",
    "popup", "modal", "banner", "masthead", "toolbar", "signup", "paywall", "most-read",
    "trending", "topics", "tags", "timestamp", NULL};
static const char *const drop_roles[] = {
    "navigation", "banner", "complementary", "contentinfo", "search", "dialog", "alert", NULL};
/* Paragraphs that are calls to action, not text (lower case prefixes). */
static const char *const drop_lines[] = {
    "read more", "read next", "watch:", "related:", "also read", "see also:", "more:",
    "share this", "sign up", "subscribe", "follow us", "click here", "advertisement",
    "continue reading", "skip to", "listen:", NULL};
/* ... and those that are captions or credits. */
static const char *const caption_lines[] = {
    "image caption", "image source", "media caption", "photo:", "picture:", "image:",
    "getty images", "credit:", NULL};

static int in_list(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (!strcasecmp(s, list[i]))
            return 1;
    return 0;
}

static int starts_list(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (!strncasecmp(s, list[i], strlen(list[i])))
            return 1;
    return 0;
}

static int is_tag(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && !strcasecmp((const char *)n->name, name);
}

static char *attr(xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = xstrdup((const char *)v);
    xmlFree(v);
    return s;
}

/* ---- text ------------------------------------------------------------- */

typedef struct walker {
    buf out;        /* paragraphs so far */
    buf para;       /* the paragraph being read */
    buf *captions;  /* caption lines, or NULL */
} walker;

static void add_text(walker *w, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            if (w->para.len && w->para.data[w->para.len - 1] != ' ')
                buf_addc(&w->para, ' ');
        } else {
            buf_addc(&w->para, (char)c);
        }
    }
}

static void flush(walker *w)
{
    buf line = BUF_INIT;
    textclean_inline(&line, w->para.data ? w->para.data : "", w->para.len);
    buf_clear(&w->para);
    if (utf8_invalid_at(line.data ? line.data : "", line.len) < line.len) {
        /* never expected from the parser's UTF-8 output; never stored either */
        buf rec = BUF_INIT;
        utf8_from_cp1252(&rec, line.data, line.len);
        buf_free(&line);
        line = rec;
    }
    const char *s = buf_str(&line);
    if (!*s || in_list(s, (const char *const[]){"share", "watch", "advertisement", "more", NULL})) {
        buf_free(&line);
        return;
    }
    char iso[11];
    if (line.len < 40 && textclean_date(s, iso) == 0) {
        /* a date alone is the page's timestamp, not text */
    } else if (line.len < 80 && !strncmp(s, "By ", 3) && isupper((unsigned char)s[3]) &&
               !strpbrk(s, ".!?\"")) {
        /* a byline ("By Kim Adeyemi, Transport reporter"): the author is metadata */
    } else if (starts_list(s, caption_lines)) {
        if (w->captions) {
            buf_adds(w->captions, s);
            buf_addc(w->captions, '\n');
        }
    } else if (!starts_list(s, drop_lines) && !(strstr(s, "appeared first on") && line.len < 300)) {
        if (w->out.len)
            buf_adds(&w->out, "\n\n");
        buf_add(&w->out, line.data, line.len);
    }
    buf_free(&line);
}

static int is_block(const char *name)
{
    static const char *const blocks[] = {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
        "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr",
        "address", "center", "body", NULL};
    return in_list(name, blocks);
}

static void walk(walker *w, xmlNodePtr n, int depth)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                add_text(w, (const char *)c->content);
        } else if (c->type == XML_ELEMENT_NODE && depth < 200) {
            int block = is_block((const char *)c->name);
            if (block)
                flush(w);
            walk(w, c, depth + 1);
            if (block)
                flush(w);
        }
    }
}

/* ---- boilerplate ------------------------------------------------------ */

static size_t para_text(xmlNodePtr n, int depth)
{
    size_t t = 0;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content && is_tag(n, "p"))
            t += strlen((const char *)c->content);
        else if (c->type == XML_ELEMENT_NODE && depth < 200)
            t += para_text(c, depth + 1);
    }
    return t;
}

static int word_marks(const char *v)
{
    if (!v)
        return 0;
    char low[256];
    size_t i = 0;
    for (; v[i] && i + 1 < sizeof low; i++)
        low[i] = (char)tolower((unsigned char)v[i]);
    low[i] = '\0';
    for (size_t k = 0; drop_words[k]; k++)
        if (strstr(low, drop_words[k]))
            return 1;
    return 0;
}

static void text_len(xmlNodePtr n, int in_link, size_t *all, size_t *linked, int depth)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            size_t k = 0;
            for (const xmlChar *p = c->content; *p; p++)
                k += !isspace(*p);
            *all += k;
            if (in_link)
                *linked += k;
        } else if (c->type == XML_ELEMENT_NODE && depth < 200) {
            text_len(c, in_link || is_tag(c, "a"), all, linked, depth + 1);
        }
    }
}

/* A list or block whose text is nearly all links (related stories, topic
 * lists, "more from" boxes) is navigation.  Long text is never dropped:
 * an article made of links is still an article. */
static int mostly_links(xmlNodePtr n)
{
    size_t all = 0, linked = 0;
    text_len(n, 0, &all, &linked, 0);
    return all > 0 && all < 600 && linked * 10 >= all * 8;
}

/* Does this element hold boilerplate?  Never the page's main text: an
 * element holding half the paragraph text stays whatever its class says
 * ("commentary-body"). */
static int is_boilerplate(xmlNodePtr n, size_t total, buf *captions)
{
    const char *name = (const char *)n->name;
    if (!strcasecmp(name, "figcaption") || !strcasecmp(name, "figure")) {
        if (captions) {
            xmlChar *t = xmlNodeGetContent(n);
            buf line = BUF_INIT;
            if (t)
                textclean_inline(&line, (const char *)t, strlen((const char *)t));
            if (line.len) {
                buf_add(captions, line.data, line.len);
                buf_addc(captions, '\n');
            }
            buf_free(&line);
            xmlFree(t);
        }
        return 1;
    }
    if (in_list(name, drop_tags))
        return 1;
    if (in_list(name, (const char *const[]){"body", "html", "main", "article", NULL}))
        return 0;
    char *ip = attr(n, "itemprop");
    int body = ip && strstr(ip, "articleBody");
    free(ip);
    if (body)
        return 0;
    char *role = attr(n, "role"), *hidden = attr(n, "hidden"), *aria = attr(n, "aria-hidden");
    int drop = (role && in_list(role, drop_roles)) || hidden || (aria && !strcmp(aria, "true"));
    free(role);
    free(hidden);
    free(aria);
    if (!drop) {
        char *cls = attr(n, "class"), *id = attr(n, "id"), *dc = attr(n, "data-component");
        drop = word_marks(cls) || word_marks(id) || word_marks(dc);
        free(cls);
        free(id);
        free(dc);
        if (drop && total && para_text(n, 0) * 2 > total)
            drop = 0;
    }
    if (!drop && in_list(name, (const char *const[]){"ul", "ol", "li", "p", "div", "section", "table", NULL}))
        drop = mostly_links(n);
    return drop;
}

static void strip(xmlNodePtr n, size_t total, buf *captions, int depth)
{
    xmlNodePtr c = n->children;
    while (c) {
        xmlNodePtr next = c->next;
        if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE) {
            xmlUnlinkNode(c);
            xmlFreeNode(c);
        } else if (c->type == XML_ELEMENT_NODE) {
            if (depth > 200 || is_boilerplate(c, total, captions)) {
                xmlUnlinkNode(c);
                xmlFreeNode(c);
            } else {
                strip(c, total, captions, depth + 1);
            }
        }
        c = next;
    }
}

/* The element whose <p> children hold the most text (a paragraph's
 * parent gets its length, the grandparent half). */
typedef struct cand {
    xmlNodePtr node;
    size_t score;
} cand;

static void score(xmlNodePtr n, cand **cs, size_t *nc, int depth)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || depth > 200)
            continue;
        if (is_tag(c, "p")) {
            xmlChar *t = xmlNodeGetContent(c);
            size_t len = t ? strlen((const char *)t) : 0;
            xmlFree(t);
            xmlNodePtr up[2] = {n, n->parent};
            for (int k = 0; k < 2; k++) {
                if (!up[k] || up[k]->type != XML_ELEMENT_NODE)
                    continue;
                size_t i = 0;
                while (i < *nc && (*cs)[i].node != up[k])
                    i++;
                if (i == *nc) {
                    *cs = xrealloc(*cs, (*nc + 1) * sizeof **cs);
                    (*cs)[i].node = up[k];
                    (*cs)[i].score = 0;
                    (*nc)++;
                }
                (*cs)[i].score += k ? len / 2 : len;
            }
        }
        score(c, cs, nc, depth + 1);
    }
}

static xmlNodePtr xpath_first(xmlXPathContextPtr x, const char *expr)
{
    xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)expr, x);
    xmlNodePtr n = NULL;
    if (r && r->nodesetval && r->nodesetval->nodeNr > 0)
        n = r->nodesetval->nodeTab[0];
    xmlXPathFreeObject(r);
    return n;
}

static xmlNodePtr main_node(xmlDocPtr doc, xmlXPathContextPtr x)
{
    xmlNodePtr n = xpath_first(x, "//*[contains(@itemprop, 'articleBody')]");
    if (n)
        return n;
    xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)"//article", x);
    xmlNodePtr best = NULL;
    size_t best_len = 0;
    for (int i = 0; r && r->nodesetval && i < r->nodesetval->nodeNr; i++) {
        size_t t = para_text(r->nodesetval->nodeTab[i], 0);
        if (t > best_len) {
            best_len = t;
            best = r->nodesetval->nodeTab[i];
        }
    }
    xmlXPathFreeObject(r);
    if (best)
        return best;
    cand *cs = NULL;
    size_t nc = 0;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (root)
        score(root, &cs, &nc, 0);
    for (size_t i = 0; i < nc; i++)
        if (cs[i].score > best_len) {
            best_len = cs[i].score;
            best = cs[i].node;
        }
    free(cs);
    if (best)
        return best;
    n = xpath_first(x, "//body");
    return n ? n : root;
}

/* ---- metadata --------------------------------------------------------- */

typedef struct meta {
    char *ld_title, *ld_date, *ld_author, *ld_source, *ld_url, *ld_body;
    char *og_title, *og_site, *og_url, *m_date, *m_author, *m_app, *tw_title;
    char *title, *canonical, *time, *h1, *rel_author, *byline;
} meta;

static void meta_free(meta *m)
{
    char **f[] = {&m->ld_title, &m->ld_date, &m->ld_author, &m->ld_source, &m->ld_url, &m->ld_body,
                  &m->og_title, &m->og_site, &m->og_url, &m->m_date, &m->m_author, &m->m_app,
                  &m->tw_title, &m->title, &m->canonical, &m->time, &m->h1, &m->rel_author, &m->byline};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        free(*f[i]);
        *f[i] = NULL;
    }
}

static void set_once(char **f, const char *v)
{
    if (*f || !v)
        return;
    buf b = BUF_INIT;
    textclean_inline(&b, v, strlen(v));
    if (b.len)
        *f = buf_steal(&b);
    buf_free(&b);
}

static int type_is_article(const jv *t)
{
    if (!t)
        return 0;
    if (t->type == JV_ARR) {
        for (size_t i = 0; i < t->n; i++)
            if (type_is_article(&t->items[i]))
                return 1;
        return 0;
    }
    if (t->type != JV_STR)
        return 0;
    size_t n = t->len;
    return (n >= 7 && !strcmp(t->str + n - 7, "Article")) || !strcmp(t->str, "BlogPosting") ||
           !strcmp(t->str, "LiveBlogPosting") || !strcmp(t->str, "Report");
}

static const jv *find_article(const jv *v, int depth)
{
    if (!v || depth > 8)
        return NULL;
    if (v->type == JV_ARR) {
        for (size_t i = 0; i < v->n; i++) {
            const jv *a = find_article(&v->items[i], depth + 1);
            if (a)
                return a;
        }
        return NULL;
    }
    if (v->type != JV_OBJ)
        return NULL;
    if (type_is_article(jv_get(v, "@type")))
        return v;
    return find_article(jv_get(v, "@graph"), depth + 1);
}

/* A name: "X", {"name": "X"} or a list of those, joined with ", ". */
static void ld_names(buf *b, const jv *v, int depth)
{
    if (!v || depth > 4)
        return;
    const char *s = v->type == JV_STR ? v->str : jv_get_str(v, "name");
    if (v->type == JV_ARR) {
        for (size_t i = 0; i < v->n; i++)
            ld_names(b, &v->items[i], depth + 1);
        return;
    }
    if (s && *s) {
        if (b->len)
            buf_adds(b, ", ");
        buf_adds(b, s);
    }
}

static void read_ld(meta *m, const char *json)
{
    jv *v = jv_parse(json, strlen(json), NULL, NULL);
    const jv *a = find_article(v, 0);
    if (a) {
        set_once(&m->ld_title, jv_get_str(a, "headline"));
        set_once(&m->ld_title, jv_get_str(a, "name"));
        set_once(&m->ld_date, jv_get_str(a, "datePublished"));
        set_once(&m->ld_date, jv_get_str(a, "dateCreated"));
        buf b = BUF_INIT;
        ld_names(&b, jv_get(a, "author"), 0);
        set_once(&m->ld_author, b.data);
        buf_clear(&b);
        ld_names(&b, jv_get(a, "publisher"), 0);
        set_once(&m->ld_source, b.data);
        buf_free(&b);
        set_once(&m->ld_url, jv_get_str(a, "url"));
        const jv *mep = jv_get(a, "mainEntityOfPage");
        set_once(&m->ld_url, mep && mep->type == JV_STR ? mep->str : jv_get_str(mep, "@id"));
        const char *body = jv_get_str(a, "articleBody");
        if (body && !m->ld_body)
            m->ld_body = xstrdup(body);
    }
    jv_free(v);
}

static void read_meta(meta *m, xmlXPathContextPtr x)
{
    xmlXPathObjectPtr r = xmlXPathEvalExpression((const xmlChar *)"//script[@type='application/ld+json']", x);
    for (int i = 0; r && r->nodesetval && i < r->nodesetval->nodeNr; i++) {
        xmlChar *t = xmlNodeGetContent(r->nodesetval->nodeTab[i]);
        if (t)
            read_ld(m, (const char *)t);
        xmlFree(t);
    }
    xmlXPathFreeObject(r);
    r = xmlXPathEvalExpression((const xmlChar *)"//meta[@content]", x);
    for (int i = 0; r && r->nodesetval && i < r->nodesetval->nodeNr; i++) {
        xmlNodePtr n = r->nodesetval->nodeTab[i];
        char *key = attr(n, "property");
        if (!key)
            key = attr(n, "name");
        if (!key)
            key = attr(n, "itemprop");
        char *val = attr(n, "content");
        if (key && val) {
            for (char *k = key; *k; k++)
                *k = (char)tolower((unsigned char)*k);
            if (!strcmp(key, "og:title"))
                set_once(&m->og_title, val);
            else if (!strcmp(key, "twitter:title") || !strcmp(key, "headline"))
                set_once(&m->tw_title, val);
            else if (!strcmp(key, "og:site_name"))
                set_once(&m->og_site, val);
            else if (!strcmp(key, "application-name"))
                set_once(&m->m_app, val);
            else if (!strcmp(key, "og:url"))
                set_once(&m->og_url, val);
            else if (in_list(key, (const char *const[]){"article:published_time", "datepublished", "date",
                                 "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued",
                                 "dcterms.created", "sailthru.date", "parsely-pub-date",
                                 "og:published_time", NULL}))
                set_once(&m->m_date, val);
            else if (in_list(key, (const char *const[]){"author", "article:author", "dc.creator",
                                 "parsely-author", "sailthru.author", "byl", NULL}) &&
                     strncmp(val, "http", 4))
                set_once(&m->m_author, !strncasecmp(val, "by ", 3) ? val + 3 : val);
        }
        free(key);
        free(val);
    }
    xmlXPathFreeObject(r);
    xmlNodePtr n = xpath_first(x, "//link[@rel='canonical'][@href]");
    if (n) {
        char *h = attr(n, "href");
        set_once(&m->canonical, h);
        free(h);
    }
    n = xpath_first(x, "//*[contains(@class, 'byline') or contains(@data-component, 'byline')"
                       " or contains(@class, 'author-name') or @itemprop='author']");
    if (n) {
        /* the first words that are not "By": the name, without a role after it */
        xmlXPathObjectPtr t = xmlXPathNodeEval(n, (const xmlChar *)".//text()[normalize-space()]", x);
        for (int i = 0; t && t->nodesetval && i < t->nodesetval->nodeNr && !m->byline; i++) {
            const char *v = (const char *)t->nodesetval->nodeTab[i]->content;
            while (v && isspace((unsigned char)*v))
                v++;
            if (!v || !*v || !strcasecmp(v, "by") || !strcasecmp(v, "by:"))
                continue;
            if (!strncasecmp(v, "by ", 3))
                v += 3;
            char name[128];
            snprintf(name, sizeof name, "%s", v);
            name[strcspn(name, ",|\n")] = '\0';
            set_once(&m->byline, name);
        }
        xmlXPathFreeObject(t);
    }
    const char *texts[][2] = {{"//title", NULL}, {"//h1", NULL}, {"//*[@rel='author']", NULL}};
    char **dst[] = {&m->title, &m->h1, &m->rel_author};
    for (size_t k = 0; k < 3; k++) {
        n = xpath_first(x, texts[k][0]);
        if (n) {
            xmlChar *t = xmlNodeGetContent(n);
            set_once(dst[k], (const char *)t);
            xmlFree(t);
        }
    }
    n = xpath_first(x, "//time[@datetime]");
    if (n) {
        char *d = attr(n, "datetime");
        set_once(&m->time, d);
        free(d);
    }
}

static const char *first_of(const char *const *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] && *v[i])
            return v[i];
    return NULL;
}

char *html_host_of(const char *url)
{
    if (!url)
        return NULL;
    const char *p = strstr(url, "://");
    if (!p)
        return NULL;
    p += 3;
    size_t n = strcspn(p, "/:?#");
    if (!n)
        return NULL;
    if (n > 4 && !strncasecmp(p, "www.", 4)) {
        p += 4;
        n -= 4;
    }
    char *h = xstrndup(p, n);
    for (char *c = h; *c; c++)
        *c = (char)tolower((unsigned char)*c);
    return h;
}

/* "Headline | Outlet" or "Headline - Outlet" from <title>: the headline. */
static char *title_without_site(const char *t, const char *site)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " :: ", NULL};
    for (size_t i = 0; seps[i]; i++) {
        const char *last = NULL, *p = t;
        while ((p = strstr(p, seps[i]))) {
            last = p;
            p++;
        }
        if (last && last > t && (!site || !strcasecmp(last + strlen(seps[i]), site) || !site[0]))
            return xstrndup(t, (size_t)(last - t));
    }
    return xstrdup(t);
}

static char *resolve(const char *href, const char *base)
{
    if (!href)
        return NULL;
    if (!base || strstr(href, "://"))
        return xstrdup(href);
    xmlChar *u = xmlBuildURI((const xmlChar *)href, (const xmlChar *)base);
    char *s = xstrdup(u ? (const char *)u : href);
    xmlFree(u);
    return s;
}

/* ---- charset ---------------------------------------------------------- */

/* <meta charset="x"> or <meta http-equiv content="...; charset=x"> in the
 * first 8 KB. */
static int meta_charset(const char *b, size_t n, char out[48])
{
    if (n > 8192)
        n = 8192;
    for (size_t i = 0; i + 8 < n; i++) {
        if (strncasecmp(b + i, "charset=", 8))
            continue;
        size_t j = i + 8;
        while (j < n && (b[j] == '"' || b[j] == '\'' || b[j] == ' '))
            j++;
        size_t k = 0;
        while (j < n && k + 1 < 48 && (isalnum((unsigned char)b[j]) || b[j] == '-' || b[j] == '_' ||
                                       b[j] == '.' || b[j] == ':'))
            out[k++] = b[j++];
        out[k] = '\0';
        if (k)
            return 1;
    }
    return 0;
}

static int is_utf8_name(const char *s)
{
    return !strcasecmp(s, "utf-8") || !strcasecmp(s, "utf8");
}

/* libxml2 can decode it (the handler it makes for iconv is closed again) */
static int enc_known(const char *name)
{
    xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(name);
    if (!h)
        return 0;
    xmlCharEncCloseFunc(h);
    return 1;
}

static const char *pick_encoding(const char *b, size_t n, const char *header, char tmp[48])
{
    /* bytes that are valid UTF-8 are UTF-8, whatever a label says: pages
     * labelled Latin-1 but written in UTF-8 are common, the reverse
     * (Latin-1 text that happens to be valid UTF-8) is rare */
    if (utf8_invalid_at(b, n) == n)
        return "UTF-8";
    if (header && !is_utf8_name(header) && enc_known(header))
        return header;
    if (meta_charset(b, n, tmp) && !is_utf8_name(tmp) && enc_known(tmp))
        return tmp;
    return "windows-1252";
}

int html_looks_like(const char *b, size_t n)
{
    size_t i = 0;
    if (n >= 3 && !memcmp(b, "\xEF\xBB\xBF", 3))
        i = 3;
    for (int rounds = 0; rounds < 8; rounds++) {
        while (i < n && isspace((unsigned char)b[i]))
            i++;
        if (n - i >= 4 && !memcmp(b + i, "<!--", 4)) {
            const char *e = NULL;
            for (size_t k = i + 4; k + 3 <= n; k++)
                if (!memcmp(b + k, "-->", 3)) {
                    e = b + k + 3;
                    break;
                }
            if (!e)
                return 0;
            i = (size_t)(e - b);
            continue;
        }
        break;
    }
    return (n - i >= 14 && !strncasecmp(b + i, "<!doctype html", 14)) ||
           (n - i >= 5 && !strncasecmp(b + i, "<html", 5) && (n - i == 5 || !isalnum((unsigned char)b[i + 5])));
}

void html_article_free(html_article *a)
{
    if (!a)
        return;
    free(a->title);
    free(a->source);
    free(a->author);
    free(a->url);
    free(a->date);
    free(a->text);
    free(a->captions);
    memset(a, 0, sizeof *a);
}

static void seterr(char *err, size_t errlen, const char *msg)
{
    if (err && errlen)
        snprintf(err, errlen, "%s", msg);
}

/* A field read from an attribute or a node libxml2 could not convert (a
 * page that says UTF-8 and is not) is read as Windows-1252, as the text
 * is: what is stored is UTF-8. */
static void field_utf8(char **p)
{
    if (!*p)
        return;
    size_t n = strlen(*p);
    if (utf8_invalid_at(*p, n) == n)
        return;
    buf b = BUF_INIT;
    utf8_from_cp1252(&b, *p, n);
    free(*p);
    *p = buf_steal(&b);
}

int html_extract(const char *bytes, size_t len, const char *charset, const char *page_url,
                 html_article *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (len > INT_MAX) {
        seterr(err, errlen, "too large to read as a page");
        return -1;
    }
    char tmp[48];
    const char *enc = pick_encoding(bytes, len, charset, tmp);
    htmlDocPtr doc = htmlReadMemory(bytes, (int)len, page_url, enc, HTML_OPTS);
    if (!doc || !xmlDocGetRootElement(doc)) {
        if (doc)
            xmlFreeDoc(doc);
        seterr(err, errlen, "not an HTML page (nothing could be read)");
        return -1;
    }
    xmlXPathContextPtr x = xmlXPathNewContext(doc);
    meta m;
    memset(&m, 0, sizeof m);
    read_meta(&m, x);

    buf captions = BUF_INIT;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    strip(root, para_text(root, 0), &captions, 0);
    walker w = {BUF_INIT, BUF_INIT, &captions};
    xmlNodePtr main = main_node(doc, x);
    if (main) {
        walk(&w, main, 0);
        flush(&w);
    }
    xmlXPathFreeContext(x);
    xmlFreeDoc(doc);
    buf_free(&w.para);

    const char *site[] = {m.ld_source, m.og_site, m.m_app};
    const char *src = first_of(site, 3);
    const char *titles[] = {m.ld_title, m.og_title, m.tw_title};
    const char *t = first_of(titles, 3);
    if (t)
        out->title = xstrdup(t);
    else if (m.title) {
        out->title = title_without_site(m.title, src);
        /* "Headline - Outlet" with nothing else naming the outlet */
        const char *rest = m.title + strlen(out->title);
        while (*rest && (*rest == ' ' || strchr("|-:", *rest) || !strncmp(rest, "\xE2\x80", 2)))
            rest += !strncmp(rest, "\xE2\x80", 2) ? 3 : 1;
        if (!src && *rest && strlen(rest) < 60)
            out->source = xstrdup(rest);
    }
    else if (m.h1)
        out->title = xstrdup(m.h1);
    const char *authors[] = {m.ld_author, m.m_author, m.rel_author, m.byline};
    const char *a = first_of(authors, 4);
    if (a)
        out->author = xstrdup(a);
    const char *urls[] = {m.canonical, m.og_url, m.ld_url, page_url};
    const char *u = first_of(urls, 4);
    if (u)
        out->url = resolve(u, page_url);
    if (!out->source && src)
        out->source = xstrdup(src);
    if (!out->source)
        out->source = html_host_of(out->url);
    const char *dates[] = {m.ld_date, m.m_date, m.time};
    for (size_t i = 0; i < 3 && !out->date; i++) {
        char iso[11];
        if (dates[i] && textclean_date(dates[i], iso) == 0)
            out->date = xstrdup(iso);
    }
    if (w.out.len < SHORT_TEXT && m.ld_body && strlen(m.ld_body) > w.out.len) {
        buf_clear(&w.out);
        textclean_body(&w.out, m.ld_body, strlen(m.ld_body));
    }
    meta_free(&m);
    if (out->title)
        textclean_drop_headline(w.out.data ? w.out.data : (char *)"", &w.out.len, out->title);
    int blank = 1;
    for (size_t i = 0; i < w.out.len && blank; i++)
        blank = isspace((unsigned char)w.out.data[i]);
    if (blank) {
        buf_free(&w.out);
        buf_free(&captions);
        html_article_free(out);
        seterr(err, errlen, "no article text found in the page");
        return -1;
    }
    field_utf8(&out->title);
    field_utf8(&out->source);
    field_utf8(&out->author);
    field_utf8(&out->url);
    out->text_len = w.out.len;
    out->text = buf_steal(&w.out);
    out->captions = captions.len ? buf_steal(&captions) : NULL;
    buf_free(&captions);
    return 0;
}

char *html_fragment_text(const char *html, size_t len, size_t *out_len)
{
    walker w = {BUF_INIT, BUF_INIT, NULL};
    if (len && len < INT_MAX) {
        /* wrapped, so a fragment of bare text is a paragraph too */
        buf b = BUF_INIT;
        buf_adds(&b, "<html><body><div>");
        buf_add(&b, html, len);
        buf_adds(&b, "</div></body></html>");
        /* feed content is UTF-8 by now; a newsboat cache or a scraper may
         * hold anything: bytes that are not UTF-8 are read as Windows-1252 */
        char tmp[48];
        htmlDocPtr doc = htmlReadMemory(b.data, (int)b.len, NULL, pick_encoding(b.data, b.len, NULL, tmp),
                                        HTML_OPTS);
        buf_free(&b);
        xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
        if (root) {
            strip(root, para_text(root, 0), NULL, 0);
            walk(&w, root, 0);
            flush(&w);
        }
        if (doc)
            xmlFreeDoc(doc);
    }
    buf_free(&w.para);
    buf_add(&w.out, "", 0);
    *out_len = w.out.len;
    return buf_steal(&w.out);
}
