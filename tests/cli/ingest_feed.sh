#!/bin/sh
# Feeds from the local test server: a 50-item RSS feed becomes 50 articles
# with titles, outlet, dates and links; `update` again adds nothing (the
# server answers 304 to the stored ETag); a new item appears after the
# feed changes; a 10,000-item feed; the User-Agent names newsroom.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/httpd.inc"
DB="$T/news.db"
mkdir -p "$XDG_CONFIG_HOME/newsroom"
printf '# my feeds\n%s/feed.xml local "harbour news"\n' "$BASE" >"$XDG_CONFIG_HOME/newsroom/urls"

run "$NR" --db "$DB" update
assert_rc 0 "first update"
assert_out '^imported 50, already present 0, refused 0$'
assert_err "^$BASE/feed.xml: 50 new$" "progress names the feed"
run "$NR" --db "$DB" articles --json
assert_json 'len(d) == 50' "50 articles"
assert_json 'all(r["source"] == "Harbour Gazette" for r in d)' "the feed title is the outlet"
assert_json 'sorted(r["title"] for r in d) == sorted("Ferry route %d reopens after repairs" % i for i in range(1, 51))' "titles"
assert_json 'all(r["url"] == "'"$BASE"'/article/%s.html" % r["title"].split()[2] for r in d)' "links"
assert_json 'all(r["date"] == "2024-05-%02d" % (int(r["title"].split()[2]) % 28 + 1) for r in d)' "dates"
assert_json 'all(r["author"] == "Tomas Berg" for r in d)' "authors"
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["id"])' "$T/out")
run "$NR" --db "$DB" show "$id" --json
assert_json 'd["text"].startswith("Engineers finished the work on route") and "<p>" not in d["text"]' "the description is the text"
grep -q 'newsroom/' "$WEB/requests.log" || fail "the User-Agent does not name newsroom"
ok

run "$NR" --db "$DB" update
assert_rc 0 "second update"
assert_out '^imported 0, already present 0, refused 0$'
assert_err "^$BASE/feed.xml: not modified$"
run "$NR" --db "$DB" articles --json
assert_json 'len(d) == 50' "update again adds nothing"

echo 51 >"$WEB/feed-items"
run "$NR" --db "$DB" update
assert_rc 0 "update after the feed changed"
assert_out '^imported 1, already present 50, refused 0$'
run "$NR" --db "$DB" articles --json
assert_json 'len(d) == 51 and any(r["title"] == "Ferry route 51 reopens after repairs" for r in d)' "the new item"

# the feed as a URL and as a saved file: items already stored are present
curl_free_copy() { python3 -c 'import sys,urllib.request; sys.stdout.buffer.write(urllib.request.urlopen(sys.argv[1]).read())' "$1"; }
curl_free_copy "$BASE/feed.xml" >"$T/saved-feed.xml"
run "$NR" --db "$DB" import "$T/saved-feed.xml"
assert_rc 0 "a saved feed file"
assert_out '^imported 0, already present 51, refused 0$'

# 10,000 items in one feed
run "$NR" --db "$T/big.db" import "$BASE/feed10k.xml"
assert_rc 0 "10,000-item feed"
assert_out '^imported 10000, already present 0, refused 0$'
run "$NR" --db "$T/big.db" articles --json --source "Big Feed" --limit 20000
assert_json 'len(d) == 10000'
done_ok
