#!/bin/sh
# A full-text search that asks too much (300 prefix terms, each matching
# thousands of words) stops at search_timeout with one line saying so,
# instead of running for minutes.
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
babble_articles "$T/in"
run "$NR" --db "$DB" import "$T/in"
assert_rc 0 "import"
printf 'search_timeout: 1\n' >"$T/c.yaml"
q=$(python3 -c 'print(" ".join(["a*"] * 300))')
start=$(date +%s)
# shellcheck disable=SC2086
run timeout -k 5 120 "$NR" --config "$T/c.yaml" --db "$DB" search $q
took=$(( $(date +%s) - start ))
[ "$rc" -ne 124 ] || fail "the search ran past 120 s"
assert_rc 1 "a search cut short fails"
assert_err 'search stopped after 1 s \(search_timeout\)' "says it was cut short"
[ "$(wc -l <"$T/err")" -eq 1 ] || { cat "$T/err"; fail "one line"; }
[ "$took" -le 10 ] || fail "took $took s with a 1 s budget"
# an ordinary search is not cut
run "$NR" --config "$T/c.yaml" --db "$DB" search Title --limit 3
assert_rc 0 "an ordinary search"
assert_out 'Title' "an ordinary search finds"
done_ok
