/* feed: items are found by element name (namespace prefixes ignored), so
 * RSS 2.0 with its content: and dc: extensions, RSS 1.0 and Atom read
 * alike.  Text is gathered from text nodes only: an entity reference is
 * never followed. */
#include "feed.h"
#include "buf.h"
#include "html.h"
#include "textclean.h"
#include <ctype.h>
#include <limits.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define FEED_OPTS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA)

static int named(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static int in_ns(xmlNodePtr n, const char *uri_part)
{
    return n->ns && n->ns->href && strstr((const char *)n->ns->href, uri_part);
}

/* The end of the prolog: the first "<" that opens an element. */
static size_t prolog_end(const char *b, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (b[i] == '<' && (isalpha((unsigned char)b[i + 1]) || b[i + 1] == '_'))
            return i;
    return n;
}

int feed_looks_like(const char *b, size_t n)
{
    size_t i = prolog_end(b, n);
    return (n - i >= 4 && !strncmp(b + i, "<rss", 4)) || (n - i >= 5 && !strncmp(b + i, "<feed", 5)) ||
           (n - i >= 8 && !strncmp(b + i, "<rdf:RDF", 8));
}

/* Text of a node's text children, recursively; entity references are
 * left out, never expanded. */
static void node_text(buf *b, xmlNodePtr n, int depth)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
            buf_adds(b, (const char *)c->content);
        else if (c->type == XML_ELEMENT_NODE && depth < 100)
            node_text(b, c, depth + 1);
    }
}

static char *text_of(xmlNodePtr n)
{
    buf raw = BUF_INIT, b = BUF_INIT;
    node_text(&raw, n, 0);
    textclean_inline(&b, raw.data ? raw.data : "", raw.len);
    buf_free(&raw);
    if (!b.len) {
        buf_free(&b);
        return NULL;
    }
    return buf_steal(&b);
}

/* An item's body as text: HTML is read as HTML (escaped in RSS, type
 * "html" or "xhtml" in Atom), plain text as it is. */
static char *body_of(xmlNodePtr n, size_t *len)
{
    buf b = BUF_INIT;
    xmlChar *type = xmlGetProp(n, (const xmlChar *)"type");
    int has_elems = 0;
    for (xmlNodePtr c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            has_elems = 1;
    if (has_elems) {
        /* inline XHTML: its markup as it stands */
        xmlBufferPtr xb = xmlBufferCreate();
        for (xmlNodePtr c = n->children; c; c = c->next)
            xmlNodeDump(xb, n->doc, c, 0, 0);
        buf_add(&b, xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
        xmlBufferFree(xb);
    } else {
        node_text(&b, n, 0);
    }
    char *out;
    if (type && !strcmp((const char *)type, "text")) {
        /* the XML reader has decoded it already: "<" here is text */
        buf_add(&b, "", 0);
        *len = b.len;
        out = buf_steal(&b);
    } else {
        out = html_fragment_text(b.data ? b.data : "", b.len, len);
    }
    xmlFree(type);
    buf_free(&b);
    return out;
}

static void set(char **f, char *v)
{
    if (*f || !v) {
        free(v);
        return;
    }
    *f = v;
}

static void read_item(feed *f, xmlNodePtr it)
{
    feed_item item;
    memset(&item, 0, sizeof item);
    char *guid = NULL, *date = NULL, *updated = NULL;
    char *content = NULL, *summary = NULL;
    size_t content_len = 0, summary_len = 0;
    for (xmlNodePtr c = it->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *nm = (const char *)c->name;
        if (!strcmp(nm, "title")) {
            set(&item.title, text_of(c));
        } else if (!strcmp(nm, "link")) {
            xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
            xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
            if (href) {
                if (!rel || !strcmp((const char *)rel, "alternate"))
                    set(&item.link, xstrdup((const char *)href));
            } else {
                set(&item.link, text_of(c));
            }
            xmlFree(href);
            xmlFree(rel);
        } else if (!strcmp(nm, "guid") || !strcmp(nm, "id")) {
            set(&guid, text_of(c));
        } else if (!strcmp(nm, "pubDate") || !strcmp(nm, "published") || !strcmp(nm, "issued") ||
                   (!strcmp(nm, "date") && in_ns(c, "purl.org/dc"))) {
            set(&date, text_of(c));
        } else if (!strcmp(nm, "updated") || !strcmp(nm, "modified")) {
            set(&updated, text_of(c));
        } else if (!strcmp(nm, "author") || !strcmp(nm, "creator")) {
            xmlNodePtr name = NULL;
            for (xmlNodePtr k = c->children; k; k = k->next)
                if (named(k, "name"))
                    name = k;
            char *a = text_of(name ? name : c);
            /* RSS's author is an e-mail address, often "x@y (Name)" */
            if (a && strchr(a, '@') && strchr(a, '(')) {
                char *o = strchr(a, '('), *e = strrchr(a, ')');
                char *nmv = e && e > o ? xstrndup(o + 1, (size_t)(e - o - 1)) : NULL;
                free(a);
                a = nmv;
            }
            set(&item.author, a);
        } else if (!strcmp(nm, "encoded") || !strcmp(nm, "content")) {
            if (!content)
                content = body_of(c, &content_len);
        } else if (!strcmp(nm, "description") || !strcmp(nm, "summary")) {
            if (!summary)
                summary = body_of(c, &summary_len);
        }
    }
    char iso[11];
    if ((date && textclean_date(date, iso) == 0) || (updated && textclean_date(updated, iso) == 0))
        item.date = xstrdup(iso);
    if (content && content_len) {
        item.text = content;
        item.text_len = content_len;
        free(summary);
    } else {
        free(content);
        item.text = summary;
        item.text_len = summary ? summary_len : 0;
    }
    item.id = guid ? guid : item.link ? xstrdup(item.link) : item.title ? xstrdup(item.title) : NULL;
    free(date);
    free(updated);
    if (!item.id) {
        char num[32];
        snprintf(num, sizeof num, "#%zu", f->n + 1);
        item.id = xstrdup(num);
    }
    f->items = xrealloc(f->items, (f->n + 1) * sizeof *f->items);
    f->items[f->n++] = item;
}

static void read_container(feed *f, xmlNodePtr n, int depth)
{
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (named(c, "item") || named(c, "entry")) {
            read_item(f, c);
        } else if (named(c, "channel") && depth == 0) {
            read_container(f, c, depth + 1);
        } else if (named(c, "title") && !f->title) {
            f->title = text_of(c);
        } else if (named(c, "link") && !f->link) {
            xmlChar *href = xmlGetProp(c, (const xmlChar *)"href");
            xmlChar *rel = xmlGetProp(c, (const xmlChar *)"rel");
            if (href && (!rel || !strcmp((const char *)rel, "alternate")))
                f->link = xstrdup((const char *)href);
            else if (!href)
                f->link = text_of(c);
            xmlFree(href);
            xmlFree(rel);
        }
    }
}

void feed_free(feed *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n; i++) {
        feed_item *it = &f->items[i];
        free(it->id);
        free(it->title);
        free(it->link);
        free(it->author);
        free(it->date);
        free(it->text);
    }
    free(f->items);
    free(f->title);
    free(f->link);
    memset(f, 0, sizeof *f);
}

int feed_parse(const char *bytes, size_t len, feed *out, char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    if (len > INT_MAX) {
        err_set(err, errlen, "too large to read as a feed");
        return -1;
    }
    size_t pe = prolog_end(bytes, len);
    for (size_t i = 0; i + 8 <= pe; i++)
        if (!memcmp(bytes + i, "<!ENTITY", 8)) {
            err_set(err, errlen, "the feed declares XML entities (an entity bomb or an external "
                   "entity?); refused, entities are never expanded");
            return -1;
        }
    xmlParserCtxtPtr ctx = xmlNewParserCtxt();
    if (!ctx) {
        err_set(err, errlen, "out of memory");
        return -1;
    }
    xmlDocPtr doc = xmlCtxtReadMemory(ctx, bytes, (int)len, NULL, NULL, FEED_OPTS);
    if (!doc || !ctx->wellFormed) {
        const xmlError *e = xmlCtxtGetLastError(ctx);
        if (e && e->message)
            err_set(err, errlen, "not well-formed XML: line %d, column %d: %s", e->line, e->int2, e->message);
        else
            err_set(err, errlen, "not well-formed XML");
        if (doc)
            xmlFreeDoc(doc);
        xmlFreeParserCtxt(ctx);
        return -1;
    }
    xmlFreeParserCtxt(ctx);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root || !(named(root, "rss") || named(root, "feed") || named(root, "RDF"))) {
        err_set(err, errlen, "XML, but not an RSS or Atom feed (its root is <%s>)",
               root ? (const char *)root->name : "nothing");
        xmlFreeDoc(doc);
        return -1;
    }
    read_container(out, root, 0);
    xmlFreeDoc(doc);
    return 0;
}
