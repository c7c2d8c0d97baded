#!/bin/sh
# Everyday command-line details: --source takes an outlet's name or the
# start of one outlet's name (case and accents ignored) and names the
# outlets when the start fits several; quotes --statement is in the usage
# line and lists every report of a statement; a configuration number out
# of range is refused with its range.
. "$NEWSROOM_TOP/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || skip "needs python3"
db=$T/news.db
mkdir -p "$T/in"
n=0
for o in "NBC News" "BBC News" "BBC Sport" "Süddeutsche Zeitung"; do
    n=$((n + 1))
    cat >"$T/in/a$n.md" <<EOF2
---
title: Bridge story $n from $o
source: $o
date: 2025-03-0$n
---
"We will rebuild the bridge over the river before the spring floods," Mayor Anna Keller said on Monday.
Reporters from $o asked about the cost.
EOF2
done
run "$NR" --db "$db" import "$T/in"
assert_rc 0 "import"

# the start of one outlet's name, any case
for s in nbc NBC "nbc n" "NBC News" "nbc news"; do
    run "$NR" --db "$db" articles --json --source "$s"
    assert_rc 0 "--source $s"
    assert_json 'len(d) == 1 and d[0]["source"] == "NBC News"' "--source $s finds NBC News"
done
# accents and case ignored in the start
run "$NR" --db "$db" articles --json --source sudd
assert_rc 0 "--source sudd"
assert_json 'len(d) == 1 and d[0]["source"] == "Süddeutsche Zeitung"'
# a start that fits several outlets is refused, naming them
run "$NR" --db "$db" articles --source bbc
assert_rc 1 "--source bbc fits two outlets"
assert_err 'outlet "bbc" is the start of 2 outlets.*BBC News, BBC Sport'
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "more than one line: $(cat "$T/err")"
ok
run "$NR" --db "$db" articles --json --source "bbc s"
assert_json 'len(d) == 1 and d[0]["source"] == "BBC Sport"' "--source 'bbc s'"
# no outlet starts so: no articles
run "$NR" --db "$db" articles --json --source news
assert_rc 0 "--source news"
assert_json 'd == []' "a word inside a name is not its start"
run "$NR" articles --help
assert_out 'start of one outlet'

# quotes --statement: in the usage line, every report of one statement
run "$NR" quotes --help
assert_out '^usage: newsroom .*quotes \[--speaker NAME\] \[--article ID \| --statement ID\]'
run "$NR" --db "$db" quotes --json --speaker keller
assert_rc 0 "quotes --speaker keller"
sid=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d[0]["statement"] if d else "")' "$T/out")
[ -n "$sid" ] || { cat "$T/out"; fail "no statement by Keller"; }
ok
run "$NR" --db "$db" quotes --json --statement "$sid"
assert_rc 0 "quotes --statement"
assert_json 'len(d) == 4 and len({r["source"] for r in d}) == 4 and all(r["statement"] == '"$sid"' for r in d)' \
    "the four reports of the statement"
assert_json '[r["date"] for r in d] == sorted((r["date"] for r in d), reverse=True)' "newest first"
run "$NR" --db "$db" quotes --article 1 --statement "$sid"
assert_rc 2 "--article with --statement"
assert_err 'give --article or --statement, not both'

# a number out of range says the range
printf 'list_width: 5\nside_width: 61\n' >"$T/config.yaml"
run "$NR" --config "$T/config.yaml" --db "$db" articles --limit 1
assert_rc 0 "a bad value keeps the default"
assert_err 'config.yaml:1:13: list_width: out of range \(10 to 80\), not "5"; default kept'
assert_err 'side_width: out of range \(10 to 60\), not "61"'
done_ok
