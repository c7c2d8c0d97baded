#!/usr/bin/env python3
"""A small HTTP server for newsroom's network tests, on 127.0.0.1 only.

Usage: httpd.py DIR PORTFILE [LIFETIME]
Serves DIR's files under /static/ and generated routes (feeds, article
pages, redirects, errors, slow, endless, gzip, huge and mislabelled
responses).  Writes its port to PORTFILE once listening, logs each request
("METHOD PATH USER-AGENT") to DIR/requests.log, and exits by itself after
LIFETIME seconds (default 120) so a test that dies cannot leave it behind.

DIR/feed-items (a number, default 50) sets how many items /feed.xml has,
so a test can make the feed change between two updates.
"""
import gzip
import hashlib
import http.server
import os
import socketserver
import sys
import threading
import time

DIR, PORTFILE = sys.argv[1], sys.argv[2]
LIFETIME = float(sys.argv[3]) if len(sys.argv) > 3 else 120.0
BOILER = ["Skip to main content", "Sign up for our morning briefing",
          "Share on Facebook", "Copy link", "Most read"]


def item_page(i, base):
    """An outlet-like article page for item i: JSON-LD, OpenGraph,
    navigation, a share bar, a captioned photo, related links."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry route {i} reopens after repairs | Harbour Gazette</title>
<meta property="og:title" content="Ferry route {i} reopens after repairs">
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2024-05-{(i % 28) + 1:02d}T07:00:00Z">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Ferry route {i} reopens after repairs","datePublished":"2024-05-{(i % 28) + 1:02d}T07:00:00Z",
"author":[{{"@type":"Person","name":"Tomas Berg"}}],"publisher":{{"@type":"Organization","name":"Harbour Gazette"}}}}</script>
</head><body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Copy link</a></div>
<main id="main"><article>
<h1>Ferry route {i} reopens after repairs</h1>
<div class="byline">By Tomas Berg</div>
<figure><img src="/img/{i}.jpg" alt=""><figcaption>The ferry leaving the north pier. Photo: Harbour Gazette</figcaption></figure>
<p>The ferry on route {i} carried its first passengers in three weeks on Monday, after engineers replaced a worn propeller shaft.</p>
<p>"We are glad to have the boat back," said Ines Moreau, who runs the ferry company. "Commuters have waited long enough."</p>
<div class="newsletter-signup"><p>Sign up for our morning briefing</p></div>
<p>The repairs cost the company about &pound;{i * 1000:,}, paid from its reserve fund.</p>
<p>Read more: Harbour tolls to rise in June</p>
</article>
<aside class="related"><h2>Most read</h2><ul><li><a href="#">Bridge closes for painting</a></li></ul></aside>
</main>
<footer><p>&copy; 2024 Harbour Gazette</p></footer>
</body></html>"""


def rss(n, base, title="Harbour Gazette", empty=(), gone=()):
    items = []
    for i in range(n, 0, -1):
        day = (i % 28) + 1
        desc = (f"<![CDATA[<p>Engineers finished the work on route {i} and the ferry runs again, "
                f"the company said on Monday.</p>]]>") if i not in empty else ""
        items.append(f"""<item><title>Ferry route {i} reopens after repairs</title>
<link>{base}/article/{404 if i in gone else i}.html</link><guid isPermaLink="false">gazette-{i}</guid>
<pubDate>Mon, {day:02d} May 2024 07:00:00 +0000</pubDate><dc:creator>Tomas Berg</dc:creator>
<description>{desc}</description></item>""")
    return (f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{title}</title>
<link>{base}/</link><description>Local news</description>
{''.join(items)}</channel></rss>""").encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def send(self, code, body, ctype="text/html; charset=utf-8", headers=()):
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def redirect(self, to, code=302):
        self.send(code, b"", None, [("Location", to)])

    def stream(self, chunk, seconds, delay=0.0, length=None):
        """Sends chunk again and again for at most `seconds`."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()
        end = time.time() + seconds
        try:
            while time.time() < end:
                self.wfile.write(chunk)
                if delay:
                    time.sleep(delay)
        except OSError:
            pass
        self.close_connection = True

    def do_GET(self):
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path.split("?")[0]
        with open(os.path.join(DIR, "requests.log"), "a") as log:
            log.write(f"GET {self.path} {self.headers.get('User-Agent', '-')}\n")
        if path == "/feed.xml":
            try:
                n = int(open(os.path.join(DIR, "feed-items")).read())
            except (OSError, ValueError):
                n = 50
            body = rss(n, base)
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                return self.send(304, b"", None, [("ETag", etag)])
            return self.send(200, body, "application/rss+xml", [("ETag", etag)])
        if path == "/feed10k.xml":
            return self.send(200, rss(10000, base, "Big Feed"), "application/rss+xml")
        if path == "/notext.xml":  # item 2 has no text
            return self.send(200, rss(3, base, "Thin Feed", empty=(2,)), "application/rss+xml")
        if path == "/gone.xml":  # item 2's page is gone
            return self.send(200, rss(3, base, "Gone Feed", gone=(2,)), "application/rss+xml")
        if path.startswith("/article/") and path.endswith(".html"):
            i = int(path[len("/article/"):-5])
            if i == 404:
                return self.send(404, b"not here")
            return self.send(200, item_page(i, base).encode())
        if path.startswith("/static/"):
            name = os.path.basename(path)
            try:
                body = open(os.path.join(DIR, name), "rb").read()
            except OSError:
                return self.send(404, b"no such file")
            ctype = "application/rss+xml" if name.endswith((".xml", ".rss")) else "text/html; charset=utf-8"
            return self.send(200, body, ctype)
        if path == "/gzip/story.html":
            body = gzip.compress(open(os.path.join(DIR, "story.html"), "rb").read())
            if "gzip" not in self.headers.get("Accept-Encoding", ""):
                return self.send(406, b"gzip only")
            return self.send(200, body, "text/html; charset=utf-8", [("Content-Encoding", "gzip")])
        if path == "/latin1.html":  # no charset anywhere, Latin-1 bytes
            body = open(os.path.join(DIR, "latin1.html"), "rb").read()
            return self.send(200, body, "text/html")
        if path == "/wrong-charset.html":  # says UTF-8, is Latin-1
            body = open(os.path.join(DIR, "latin1.html"), "rb").read()
            return self.send(200, body, "text/html; charset=utf-8")
        if path == "/moved":
            return self.redirect("/static/story.html", 301)
        if path == "/loop-a":
            return self.redirect("/loop-b")
        if path == "/loop-b":
            return self.redirect("/loop-a")
        if path == "/to-ftp":
            return self.redirect("ftp://127.0.0.1/story.html")
        if path == "/slow":  # headers now, the body never (within the test's timeout)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100")
            self.end_headers()
            time.sleep(min(20, LIFETIME))
            self.close_connection = True
            return
        if path == "/endless":  # a page that never ends
            return self.stream(b"<p>more and more text</p>\n" * 400, 30)
        if path == "/huge":  # announces 2 GB
            return self.stream(b"x" * 65536, 30, length=2 * 1024 ** 3)
        return self.send(404, b"not found")

    do_HEAD = do_GET


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    srv = Server(("127.0.0.1", 0), Handler)
    tmp = PORTFILE + ".tmp"
    with open(tmp, "w") as f:
        f.write(str(srv.server_address[1]))
    os.rename(tmp, PORTFILE)
    threading.Timer(LIFETIME, lambda: os._exit(0)).start()
    srv.serve_forever()


if __name__ == "__main__":
    main()
