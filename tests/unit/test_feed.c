/* Unit tests for feed: RSS 2.0, RSS 1.0 and Atom items; refusals of
 * malformed XML and of entity declarations. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "feed.h"

static void test_rss2(void **state)
{
    (void)state;
    const char *x =
        "<?xml version=\"1.0\"?>\n"
        "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Metro &amp; Daily</title>"
        "<link>https://metro.example/</link>"
        "<item><title>Tram line extended</title><link>https://metro.example/tram</link>"
        "<guid>tram-1</guid><pubDate>Sat, 03 Feb 2024 09:00:00 GMT</pubDate>"
        "<author>desk@metro.example (Li Wei)</author>"
        "<description>Short summary.</description>"
        "<content:encoded><![CDATA[<p>The tram will run to the airport.</p><p>Work starts in May.</p>]]></content:encoded></item>"
        "<item><title>No guid</title><link>https://metro.example/b</link><dc:date>2024-02-04</dc:date>"
        "<dc:creator>Ana Lima</dc:creator><description>&lt;p&gt;Escaped &amp;amp; HTML.&lt;/p&gt;</description></item>"
        "<item><description></description></item>"
        "</channel></rss>";
    feed f;
    char err[256];
    assert_true(feed_looks_like(x, strlen(x)));
    assert_int_equal(feed_parse(x, strlen(x), &f, err, sizeof err), 0);
    assert_string_equal(f.title, "Metro & Daily");
    assert_int_equal(f.n, 3);
    assert_string_equal(f.items[0].id, "tram-1");
    assert_string_equal(f.items[0].title, "Tram line extended");
    assert_string_equal(f.items[0].link, "https://metro.example/tram");
    assert_string_equal(f.items[0].date, "2024-02-03");
    assert_string_equal(f.items[0].author, "Li Wei");
    assert_string_equal(f.items[0].text, "The tram will run to the airport.\n\nWork starts in May.");
    assert_string_equal(f.items[1].id, "https://metro.example/b");
    assert_string_equal(f.items[1].date, "2024-02-04");
    assert_string_equal(f.items[1].author, "Ana Lima");
    assert_string_equal(f.items[1].text, "Escaped & HTML.");
    assert_int_equal(f.items[2].text_len, 0);
    assert_string_equal(f.items[2].id, "#3");
    feed_free(&f);
}

static void test_atom_and_rdf(void **state)
{
    (void)state;
    const char *x =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"text\">Town Crier</title>"
        "<link rel=\"self\" href=\"https://crier.example/atom\"/><link href=\"https://crier.example/\"/>"
        "<entry><title>Bins</title><link rel=\"alternate\" href=\"https://crier.example/bins\"/>"
        "<link rel=\"enclosure\" href=\"https://crier.example/bins.mp3\"/>"
        "<id>urn:bins</id><updated>2024-06-02T10:00:00Z</updated><author><name>Sam Ortiz</name></author>"
        "<summary type=\"text\">Weekly &lt;from&gt; July.</summary></entry></feed>";
    feed f;
    char err[256];
    assert_int_equal(feed_parse(x, strlen(x), &f, err, sizeof err), 0);
    assert_string_equal(f.title, "Town Crier");
    assert_string_equal(f.link, "https://crier.example/");
    assert_int_equal(f.n, 1);
    assert_string_equal(f.items[0].link, "https://crier.example/bins");
    assert_string_equal(f.items[0].id, "urn:bins");
    assert_string_equal(f.items[0].date, "2024-06-02");
    assert_string_equal(f.items[0].author, "Sam Ortiz");
    assert_string_equal(f.items[0].text, "Weekly <from> July.");
    feed_free(&f);

    const char *r =
        "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        " xmlns=\"http://purl.org/rss/1.0/\"><channel><title>Old Style</title></channel>"
        "<item><title>One</title><link>https://old.example/1</link><description>First.</description></item>"
        "<item><title>Two</title><link>https://old.example/2</link><description>Second.</description></item>"
        "</rdf:RDF>";
    assert_int_equal(feed_parse(r, strlen(r), &f, err, sizeof err), 0);
    assert_string_equal(f.title, "Old Style");
    assert_int_equal(f.n, 2);
    assert_string_equal(f.items[1].text, "Second.");
    feed_free(&f);
}

static void test_refusals(void **state)
{
    (void)state;
    feed f;
    char err[256];
    const char *bad = "<rss><channel><title>x</title><item><title>y</item></channel></rss>";
    assert_int_equal(feed_parse(bad, strlen(bad), &f, err, sizeof err), -1);
    assert_non_null(strstr(err, "not well-formed XML: line 1, column"));
    const char *bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                       "<rss><channel><item><description>&b;</description></item></channel></rss>";
    assert_int_equal(feed_parse(bomb, strlen(bomb), &f, err, sizeof err), -1);
    assert_non_null(strstr(err, "declares XML entities"));
    const char *ext = "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item>"
                      "<description>&x;</description></item></channel></rss>";
    assert_int_equal(feed_parse(ext, strlen(ext), &f, err, sizeof err), -1);
    const char *html = "<html><body>not a feed</body></html>";
    assert_false(feed_looks_like(html, strlen(html)));
    assert_int_equal(feed_parse(html, strlen(html), &f, err, sizeof err), -1);
    assert_string_equal(err, "XML, but not an RSS or Atom feed (its root is <html>)");
    /* a public DTD is named, never loaded; the feed reads */
    const char *dtd = "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\""
                      " \"http://127.0.0.1:9/rss-0.91.dtd\"><rss version=\"0.91\"><channel><title>T</title>"
                      "<item><title>A</title><description>Text.</description></item></channel></rss>";
    assert_int_equal(feed_parse(dtd, strlen(dtd), &f, err, sizeof err), 0);
    assert_int_equal(f.n, 1);
    feed_free(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rss2),
        cmocka_unit_test(test_atom_and_rdf),
        cmocka_unit_test(test_refusals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
