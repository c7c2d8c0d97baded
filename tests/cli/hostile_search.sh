#!/bin/sh
# A full-text search that asks too much (300 prefix terms, each matching
# thousands of words) stops at search_timeout with one line saying so,
# instead of running for minutes.
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
mkdir "$T/in"
python3 - "$T/in" <<'PY'
import random, sys
random.seed(1)
syl = ['ba', 'ca', 'da', 'fa', 'ga', 'ma', 'na', 'ra', 'sa', 'ta', 'be', 'le', 'ro', 'mi', 'nu']
for i in range(300):
    words = ['a' + ''.join(random.choice(syl) for _ in range(random.randint(1, 3))) for _ in range(400)]
    open(f'{sys.argv[1]}/a{i:04d}.txt', 'w').write(f'Title {i}\n\n' + ' '.join(words) + '.\n')
PY
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
