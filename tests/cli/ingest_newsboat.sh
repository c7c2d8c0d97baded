#!/bin/sh
# newsboat's cache (made here with newsboat's rss_feed/rss_item schema):
# every stored item becomes an article with its feed's title as outlet,
# its date, link, author and read state; deleted items are left out; a
# second run adds only the items newsboat fetched since.
. "$NEWSROOM_TOP/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || skip "python3 is needed to make the cache"
DB="$T/news.db"
CACHE="$XDG_DATA_HOME/newsboat/cache.db"
mkdir -p "$XDG_DATA_HOME/newsboat"

python3 - "$CACHE" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.executescript('''
CREATE TABLE rss_feed (rssurl VARCHAR(1024) PRIMARY KEY NOT NULL, url VARCHAR(1024) NOT NULL,
  title VARCHAR(1024) NOT NULL, lastmodified INTEGER(11) NOT NULL DEFAULT 0,
  is_rtl INTEGER(1) NOT NULL DEFAULT 0, etag VARCHAR(128) NOT NULL DEFAULT "");
CREATE TABLE rss_item (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid VARCHAR(64) NOT NULL,
  title VARCHAR(1024) NOT NULL, author VARCHAR(1024) NOT NULL, url VARCHAR(1024) NOT NULL,
  feedurl VARCHAR(1024) NOT NULL, pubDate INTEGER NOT NULL, content VARCHAR(65535) NOT NULL,
  unread INTEGER(1) NOT NULL, enclosure_url VARCHAR(1024), enclosure_type VARCHAR(1024),
  enqueued INTEGER(1) NOT NULL DEFAULT 0, flags VARCHAR(52), deleted INTEGER(1) NOT NULL DEFAULT 0,
  base VARCHAR(128) NOT NULL DEFAULT "", content_mime_type VARCHAR(255) NOT NULL DEFAULT "");
CREATE TABLE metadata (db_schema_version_major INTEGER NOT NULL, db_schema_version_minor INTEGER NOT NULL);
INSERT INTO metadata VALUES (2, 22);
''')
db.execute("INSERT INTO rss_feed(rssurl, url, title) VALUES (?, ?, ?)",
           ("https://gazette.example/rss", "https://gazette.example/", "Harbour Gazette"))
db.execute("INSERT INTO rss_feed(rssurl, url, title) VALUES (?, ?, ?)",
           ("https://valley.example/feed.atom", "https://valley.example/", "Valley Post"))
items = [
    ("g-1", "Ferry fares frozen for a year", "Tomas Berg", "https://gazette.example/ferry-fares", "https://gazette.example/rss",
     1714986000, "<p>Fares on the harbour ferry will not rise this year, the operator said.</p>", 0, 0),
    ("g-2", "New pier lights switched on", "Tomas Berg", "https://gazette.example/pier-lights", "https://gazette.example/rss",
     1715072400, "<p>The new lights on the north pier were switched on at dusk &amp; drew a crowd.</p>", 1, 0),
    ("v-1", "Valley school wins award", "Ana Lima", "https://valley.example/school", "https://valley.example/feed.atom",
     1715158800, "<p>Hill Road school won a national award for its science club.</p><p>Pupils built a weather station.</p>", 1, 0),
    ("v-2", "Old mill to become flats", "Ana Lima", "https://valley.example/mill", "https://valley.example/feed.atom",
     1715245200, "<p>The old mill will be turned into forty flats.</p>", 0, 0),
    ("v-3", "Removed story", "Ana Lima", "https://valley.example/removed", "https://valley.example/feed.atom",
     1715331600, "<p>This story was deleted in newsboat.</p>", 1, 1),
]
for it in items:
    db.execute("INSERT INTO rss_item(guid, title, author, url, feedurl, pubDate, content, unread, deleted)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", it)
db.commit()
PY

run "$NR" --db "$DB" import --newsboat
assert_rc 0 "the default cache"
assert_out '^imported 4, already present 0, refused 0$'
run "$NR" --db "$DB" articles --json
assert_json 'len(d) == 4' "deleted items left out"
assert_json '{r["title"]: (r["source"], r["date"], r["url"], r["author"], r["read"]) for r in d} == {
 "Ferry fares frozen for a year": ("Harbour Gazette", "2024-05-06", "https://gazette.example/ferry-fares", "Tomas Berg", True),
 "New pier lights switched on": ("Harbour Gazette", "2024-05-07", "https://gazette.example/pier-lights", "Tomas Berg", False),
 "Valley school wins award": ("Valley Post", "2024-05-08", "https://valley.example/school", "Ana Lima", False),
 "Old mill to become flats": ("Valley Post", "2024-05-09", "https://valley.example/mill", "Ana Lima", True)}' "outlets, dates, links, authors, read state"
id=$(python3 -c 'import json,sys; print([r["id"] for r in json.load(open(sys.argv[1])) if r["title"].startswith("Valley school")][0])' "$T/out")
run "$NR" --db "$DB" show "$id" --json
assert_json 'd["text"] == "Hill Road school won a national award for its science club.\n\nPupils built a weather station."' "HTML content as paragraphs"

run "$NR" --db "$DB" import --newsboat "$CACHE"
assert_rc 0 "again"
assert_out '^imported 0, already present 4, refused 0$'

python3 - "$CACHE" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("INSERT INTO rss_item(guid, title, author, url, feedurl, pubDate, content, unread)"
           " VALUES ('g-3', 'Harbour tolls to rise', 'Tomas Berg', 'https://gazette.example/tolls',"
           " 'https://gazette.example/rss', 1715418000, '<p>Harbour tolls will rise by a tenth in June.</p>', 1)")
db.execute("INSERT INTO rss_item(guid, title, author, url, feedurl, pubDate, content, unread)"
           " VALUES ('g-4', 'Empty item', '', 'https://gazette.example/empty',"
           " 'https://gazette.example/rss', 1715418000, '', 1)")
db.commit()
PY
run "$NR" --db "$DB" import --newsboat "$CACHE"
assert_rc 1 "only the new items; one has no text"
assert_out '^imported 1, already present 4, refused 1$'
assert_err 'cache.db: item 7 "Empty item": no text; not imported$'
run "$NR" --db "$DB" articles --json
assert_json 'len(d) == 5 and any(r["title"] == "Harbour tolls to rise" and r["date"] == "2024-05-11" and not r["read"] for r in d)'

# not a newsboat cache
run "$NR" --db "$DB" import --newsboat "$DB"
assert_rc 1 "not a cache"
assert_err 'news.db: not a newsboat cache \(no such table: rss_item\)$'
run "$NR" --db "$DB" import --newsboat "$T/none.db"
assert_rc 1 "no file"
assert_err 'none.db: not a newsboat cache'
done_ok
