#!/bin/sh
# Web pages: a saved page and its URL give the same article, with title,
# outlet, date, author and URL from its metadata; gzip; pages without a
# charset or with a wrong one; --source, --date and dates in paths; text
# cleaning of plain files (entities, stray markup, a repeated headline).
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/httpd.inc"

run "$NR" --db "$T/file.db" import "$NEWSROOM_TOP/tests/data/web/story.html"
assert_rc 0 "a saved page"
assert_out '^imported 1, already present 0, refused 0$'
run "$NR" --db "$T/url.db" import "$BASE/static/story.html"
assert_rc 0 "its URL"
assert_out '^imported 1, already present 0, refused 0$'
"$NR" --db "$T/file.db" show 1 --json >"$T/file.json"
run "$NR" --db "$T/url.db" show 1 --json
assert_json 'd["title"] == "Harbour council approves £40m flood barrier"' "title"
assert_json 'd["source"] == "The Riverside Courier" and d["date"] == "2024-03-12"' "outlet, date"
assert_json 'd["author"] == "Maria Okafor"' "author"
assert_json 'd["url"] == "https://courier.example/news/2024/03/12/harbour-flood-barrier"' "canonical URL"
python3 - "$T/file.json" "$T/out" <<'PY' || fail "the saved page and its URL differ"
import json, sys
a, b = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:])
for k in ("title", "source", "date", "author", "url", "text"):
    assert a[k] == b[k], (k, a[k], b[k])
PY
ok
assert_json 'd["text"].startswith("Harbour council has approved a £40m flood barrier")' "text starts with the first paragraph"
assert_json '"said council leader Priya Raman" in d["text"] and d["text"].rstrip().endswith("about 4,000 homes.")'
for line in "Skip to main content" "Share on Facebook" "Read more" "Sign up" "WATCH" "Related stories" \
            "Most read" "Photo: Dan Reyes" "All rights reserved" "Local Affairs Correspondent" "Floods"; do
    assert_json '"'"$line"'" not in d["text"]' "\"$line\" absent"
done
assert_json 'any(p["name"] == "Priya Raman" for p in d["people"])' "extraction ran on the page text"

# the same page again, by a redirect and gzip-compressed: already present
run "$NR" --db "$T/url.db" import "$BASE/moved" "$BASE/gzip/story.html"
assert_rc 0 "redirect and gzip"
assert_out '^imported 0, already present 2, refused 0$'

# Latin-1 without a charset, and labelled UTF-8 by the server
for p in latin1.html wrong-charset.html; do
    run "$NR" --db "$T/cs-$p.db" import "$BASE/$p"
    assert_rc 0 "$p"
    run "$NR" --db "$T/cs-$p.db" show 1 --json
    assert_json 'd["title"] == "Café owners fight rent rise" and d["source"] == "Valley Post"' "$p: decoded as Windows-1252"
    assert_json '"Café Renée on Market Street" in d["text"] and "\u201cWe cannot go on like this,\u201d" in d["text"]' "$p: text"
done

# files without metadata: --source, --date, and a date in the path
mkdir -p "$T/saved/2016/09/06" "$T/plain"
printf 'Flood warning for the valley\n\nThe river rose by two metres overnight, the agency said.\n' >"$T/saved/2016/09/06/story.txt"
printf 'Bridge repairs finished early\n\nThe bridge reopened on Friday, a week ahead of plan.\n' >"$T/plain/courier_2017-01-15_bridge.txt"
printf 'Market hall gets new roof\n\nThe roof was replaced over the summer, the council said.\n' >"$T/plain/market.txt"
run "$NR" --db "$T/meta.db" import --source "Valley Post" --date 2018-04-01 "$T/saved" "$T/plain"
assert_rc 0 "--source and --date"
run "$NR" --db "$T/meta.db" articles --json
assert_json 'all(r["source"] == "Valley Post" for r in d) and len(d) == 3'
assert_json '{r["title"]: r["date"] for r in d} == {"Flood warning for the valley": "2016-09-06", "Bridge repairs finished early": "2017-01-15", "Market hall gets new roof": "2018-04-01"}' "dates from folders, names and --date"
run "$NR" --db "$T/meta.db" import --date "not a date" "$T/plain"
assert_rc 2 "a bad --date"

# cleaning a plain file: entities, stray markup, the headline not repeated
printf 'Club sold for &#163;1.8m\n\nThe club was sold for &#163;1.8m &amp; debts, the owner said.\n<tweet tweet-id="123"></tweet>\nFans welcomed the sale.\n' >"$T/club.txt"
run "$NR" --db "$T/clean.db" import "$T/club.txt"
assert_rc 0 "a file with entities and markup"
run "$NR" --db "$T/clean.db" show 1 --json
assert_json 'd["title"] == "Club sold for £1.8m"' "title decoded"
assert_json 'd["text"] == "The club was sold for £1.8m & debts, the owner said.\n\nFans welcomed the sale.\n"' "entities decoded, markup gone, headline not repeated"
assert_json 'all(d["text"][q["start"]:q["end"]] in d["text"] for q in d["quotes"])' "offsets point into the stored text"
done_ok
