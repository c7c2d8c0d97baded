#!/bin/sh
# Bad input from files and the network: malformed XML, an entity bomb, an
# external entity, a page with no text, a page that never ends, a redirect
# loop, a 2 GB download, a URL that is not http(s), a timeout, a 404 and
# a feed item with no text each give one line naming the file or URL and
# the cause; the good input around them is stored whole; the exit status
# is 1.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/httpd.inc"
DB="$T/news.db"
D="$NEWSROOM_TOP/tests/data/web"

run "$NR" --db "$DB" import --timeout 2 "$D/malformed.xml" "$D/bomb.xml" "$D/xxe.xml" "$D/empty.html" \
    "$D/messy.html" "$D/atom.xml" \
    "$BASE/endless" "$BASE/loop-a" "$BASE/huge" "ftp://127.0.0.1/story.html" "file:///etc/passwd" \
    "$BASE/to-ftp" "$BASE/slow" "$BASE/404" "$BASE/notext.xml" "$BASE/static/xxe.xml" "$BASE/static/story.html"
assert_rc 1 "bad input refused, the rest imported"
assert_out '^imported 5, already present 0, refused 14$'
assert_err "malformed.xml: not well-formed XML: line [0-9]+, column [0-9]+: .+"
assert_err "bomb.xml: the feed declares XML entities .*refused"
assert_err "/xxe.xml: the feed declares XML entities"
assert_err "empty.html: no article text found in the page$"
assert_err "^$BASE/endless: larger than the limit of [0-9]+ bytes; not imported$"
assert_err "^$BASE/huge: larger than the limit of [0-9]+ bytes; not imported$"
assert_err "^$BASE/loop-a: more than [0-9]+ redirects \\(a redirect loop\\?\\)$"
assert_err "^ftp://127.0.0.1/story.html: not an http\\(s\\) URL; not imported$"
assert_err "^file:///etc/passwd: not an http\\(s\\) URL; not imported$"
assert_err "^$BASE/to-ftp: not an http\\(s\\) URL"
assert_err "^$BASE/slow: timed out after 2 s$"
assert_err "^$BASE/404: HTTP 404$"
assert_err "^$BASE/notext.xml: item \"Ferry route 2 reopens after repairs\": no text; not imported$"
[ "$(wc -l <"$T/err")" -eq 14 ] || { cat "$T/err"; fail "one line per refusal"; }
ok
grep -q root: "$T/err" "$T/out" && fail "the external entity was read"
ok

run "$NR" --db "$DB" articles --json
assert_json 'len(d) == 5' "nothing half-stored"
assert_json 'sorted(r["title"] for r in d) == ["Bins collected & recycled", "Ferry route 1 reopens after repairs", "Ferry route 3 reopens after repairs", "Harbour council approves £40m flood barrier", "Pool reopens after refit"]'
id=$(python3 -c 'import json,sys; print([r["id"] for r in json.load(open(sys.argv[1])) if r["title"].startswith("Pool")][0])' "$T/out")
run "$NR" --db "$DB" show "$id" --json
assert_json 'd["text"].startswith("The town pool reopened on Saturday after a six-month refit.\n\nSwimmers queued from seven in the morning, the manager said.")' "malformed HTML is read, paragraphs apart"
run "$NR" --db "$DB" articles --json --source "Town Crier"
assert_json 'len(d) == 2' "the Atom feed and the page whose <title> names the outlet"
assert_json '[(r["author"], r["date"], r["url"]) for r in d if r["title"].startswith("Bins")] == [("Sam Ortiz", "2024-06-01", "https://crier.example/bins")]' "Atom entry"
done_ok
