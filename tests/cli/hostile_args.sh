#!/bin/sh
# Numbers out of range are refused, not clamped; --article 0 and
# --statement 0 are refused, not "every quote".  Config mistakes: an option
# or a keys/colors name given twice is reported, a list with a bad item is
# reported and not applied, a control character is placed at its line and
# column; an alias file with a name twice says so.  A search that asks too
# much stops at search_timeout with a message.
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
run "$NR" --db "$DB" import "$SAMPLES"
assert_rc 0 "import"
for cmd in "show 99999999999999999999" "articles --limit 99999999999999999999" \
           "quotes --limit 99999999999999999999" "search trump --limit 99999999999999999999" \
           "bookmarks --limit 99999999999999999999" "quotes --article 99999999999999999999" \
           "quotes --article 0" "quotes --statement 0" "actors --limit 18446744073709551616"; do
    # shellcheck disable=SC2086
    run "$NR" --db "$DB" $cmd
    assert_rc 2 "$cmd is refused"
    [ ! -s "$T/out" ] || { cat "$T/out"; fail "$cmd printed rows"; }
    [ "$(wc -l <"$T/err")" -eq 1 ] || { cat "$T/err"; fail "$cmd: one line"; }
done
run "$NR" --db "$DB" quotes --article 0
assert_err 'article wants an id \(1 or more\)' "says why"
run "$NR" --db "$DB" show 99999999999999999999
assert_err 'from 0 to 9223372036854775807' "says the range"

# config: twice, bad lists, control characters
cat >"$T/c.yaml" <<'Y'
mouse: true
color: false
mouse: false
keys:
  up: [k, {x: 1}]
  quit: q
  quit: Q
colors:
  title: "red default"
  title: "blue default"
Y
run "$NR" --config "$T/c.yaml" --db "$DB" articles --limit 1
assert_rc 0 "config mistakes do not stop a command"
assert_err 'c.yaml:3:1: "mouse" is given twice \(also on line 1\)' "an option twice"
assert_err 'c.yaml:5:[0-9]+: keys.up: a list of plain values was expected; not applied' "a bad list"
assert_err 'c.yaml:7:[0-9]+: keys.quit is given twice \(also on line 6\)' "a key twice"
assert_err 'c.yaml:10:[0-9]+: colors.title is given twice \(also on line 9\)' "a colour twice"
printf 'mouse: true\n\n\n\n\n\n\n\nside_width: 2\0018\n' >"$T/ctl.yaml"
run "$NR" --config "$T/ctl.yaml" --db "$DB" articles --limit 1
assert_err 'ctl.yaml:9:14: control characters are not allowed' "a control character on line 9"
# alias file: a name twice
printf 'Volodymyr Zelenskyy: [Zelensky]\nDonald Trump: [The Donald]\nVolodymyr Zelenskyy: Zelenskiy\n' >"$T/aliases.yaml"
printf 'aliases: aliases.yaml\n' >"$T/a.yaml"
run "$NR" --config "$T/a.yaml" --db "$DB" actors trump
assert_err "aliases.yaml:3:1: 'Volodymyr Zelenskyy' is given twice \(also on line 1\)" "an alias name twice"
done_ok
