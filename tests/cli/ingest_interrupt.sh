#!/bin/sh
# `update` stopped by SIGINT while a slow feed downloads: the feeds read
# before it stay stored, the summary counts exactly what is stored, the
# exit status is 130; the next update takes up the rest.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/httpd.inc"
DB="$T/news.db"
: >"$T/urls"
for i in 1 2 3 4 5 6 7 8; do echo "$BASE/feed.xml?copy=$i" >>"$T/urls"; done
echo "$BASE/slow" >>"$T/urls"

"$NR" --db "$DB" update --urls "$T/urls" >"$T/out" 2>"$T/err" &
pid=$!
i=0
until [ "$(grep -c 'new$' "$T/err")" -ge 8 ]; do
    i=$((i + 1))
    [ $i -lt 300 ] || { cat "$T/err"; fail "the first feeds were not read"; }
    sleep 0.1
done
sleep 0.5
kill -INT "$pid"
if wait "$pid"; then rc=0; else rc=$?; fi
assert_rc 130 "interrupted update"
assert_out '^imported 50, already present 350, refused 0$'
assert_err 'update interrupted by SIGINT; what is counted above is stored'
run "$NR" --db "$DB" articles --json --limit 100
assert_json 'len(d) == 50' "what the summary counted is stored"

grep -v slow "$T/urls" >"$T/urls2"
run "$NR" --db "$DB" update --urls "$T/urls2"
assert_rc 0 "the next update"
assert_out '^imported 0, already present 0, refused 0$'
done_ok
