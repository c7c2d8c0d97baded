#!/bin/sh
# The command line itself: version, help for every command, usage errors,
# and the man page documenting every command and option that --help shows.
. "$NEWSROOM_TOP/tests/lib.sh"

run "$NR" --version
assert_rc 0 "--version"
assert_out '^newsroom [0-9]+\.[0-9]+\.[0-9]+$'

run "$NR" --help
assert_rc 0 "--help"
assert_out '^usage: newsroom'
cmds=$(sed -n '/^Commands:/,/^$/p' "$T/out" | awk 'NF && !/^Commands:/ {print $1}')
[ "$(echo "$cmds" | wc -l)" -ge 10 ] || fail "--help lists too few commands: $cmds"
man="$NEWSROOM_TOP/man/newsroom.1"
for c in $cmds; do
    run "$NR" "$c" --help
    assert_rc 0 "$c --help"
    assert_out "^usage: newsroom .*$c" "$c --help usage line"
    # every option the command's help names is in the man page
    for o in $(grep -oE -- '--[a-z]+' "$T/out" | sort -u); do
        grep -q -- "$(echo "$o" | sed 's/-/\\\\-/g')" "$man" || grep -q -- "$o" "$man" ||
            fail "man page lacks $o of $c"
        ok
    done
    grep -qE "^\.SS $c( |$)" "$man" || fail "man page has no section for $c"
    ok
done

run "$NR" frobnicate
assert_rc 2 "unknown command"
assert_err 'unknown command "frobnicate"'

run "$NR" --db "$T/db" articles --bogus
assert_rc 2 "unknown option"
assert_err "newsroom articles: unknown option --bogus \(see 'newsroom articles --help'\)"

run "$NR" --db "$T/db" articles --limit many
assert_rc 2 "bad --limit"
assert_err 'wants a number'

run "$NR" --db "$T/db" import
assert_rc 2 "import without paths"

run "$NR" --db "$T/db" show 42
assert_rc 1 "no such article"
assert_err 'no article 42'
done_ok
