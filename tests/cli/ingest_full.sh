#!/bin/sh
# `update --full`: each item's page is fetched and its article text stored
# without navigation, share buttons, captions, sign-up boxes and "Read
# more" lines; the article's paragraphs are all there.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/httpd.inc"
DB="$T/news.db"
printf '%s/feed.xml\n' "$BASE" >"$T/urls"

run "$NR" --db "$DB" update --full --urls "$T/urls"
assert_rc 0 "update --full"
assert_out '^imported 50, already present 0, refused 0$'
[ "$(grep -c '^GET /article/' "$WEB/requests.log")" -eq 50 ] || fail "not every item's page was fetched"
ok
run "$NR" --db "$DB" articles --json
assert_json 'len(d) == 50 and all(r["source"] == "Harbour Gazette" and r["author"] == "Tomas Berg" for r in d)'
for id in 1 25 50; do
    run "$NR" --db "$DB" show "$id" --json
    assert_rc 0 "show $id"
    # the paragraphs, in order, apart
    assert_json '"carried its first passengers in three weeks" in d["text"] and "said Ines Moreau" in d["text"] and "paid from its reserve fund" in d["text"]' "paragraphs present"
    assert_json 'd["text"].index("first passengers") < d["text"].index("Ines Moreau") < d["text"].index("reserve fund") and d["text"].count("\n\n") == 2' "paragraph breaks kept"
    assert_json '"£" in d["text"] and "&pound;" not in d["text"]' "entities decoded"
    for line in "Skip to main content" "Sign up for our morning briefing" "Share on Facebook" "Copy link" \
                "Most read" "Read more" "Photo: Harbour Gazette" "Home" "By Tomas Berg" "2024 Harbour Gazette" \
                "Bridge closes for painting"; do
        assert_json '"'"$line"'" not in d["text"]' "boilerplate \"$line\" absent"
    done
    assert_json 'not d["text"].startswith("Ferry route")' "the headline is not repeated as the first line"
done

# an item whose page is gone: one line, the rest stored, and the feed is
# read in full again next time (its validators are not kept)
printf '%s/gone.xml\n' "$BASE" >"$T/urls-gone"
run "$NR" --db "$T/gone.db" update --full --urls "$T/urls-gone"
assert_rc 1 "an item's page is gone"
assert_out '^imported 2, already present 0, refused 1$'
assert_err "^$BASE/article/404.html: HTTP 404 \\(an item of $BASE/gone.xml\\)$"
[ "$(wc -l <"$T/err")" -eq 2 ] || { cat "$T/err"; fail "one line for the refusal, one for the feed"; }
ok
run "$NR" --db "$T/gone.db" update --full --urls "$T/urls-gone"
assert_rc 1 "again"
assert_out '^imported 0, already present 2, refused 1$'

echo 51 >"$WEB/feed-items"
run "$NR" --db "$DB" update --full --urls "$T/urls"
assert_rc 0 "the new item"
assert_out '^imported 1, already present 50, refused 0$'
done_ok
