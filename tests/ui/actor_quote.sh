#!/bin/sh
# In the actor view a statement that runs over a paragraph break keeps its
# indent on the second paragraph, and the selected statement is
# highlighted on every line it wraps to, at 120 and 80 columns.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
mkdir -p "$T/in"
cat >"$T/in/a.md" <<'MD'
---
title: "Harbour plans"
source: Coast Wire
date: 2025-08-12
---
Mayor Ann Example spoke on Monday.

"We are ready to reopen the harbour after a long summer of repairs, and every berth on the north quay has been inspected twice by the engineers," Example said. "The fishing fleet comes back first.

"The ferries follow in October, once the new pontoon is in place and tested."
MD
run "$NR" --db "$DB" import "$T/in"
assert_rc 0 "import"
run "$NR" --db "$DB" quotes --json
assert_json 'len(d) == 1 and "\n" in d[0]["text"]' "one quote over two paragraphs"
for size in "120 40" "80 24"; do
    set -- $size
    ui_start "$1" "$2"
    wait_for "Harbour plans"
    keys a
    keys -l "ann example"
    keys Enter
    wait_for "Statements of Ann Example"
    wait_for "The ferries follow"
    # the second paragraph starts indented like the lines wrapped above it
    line=$(screen | grep "The ferries follow")
    case "$line" in
    "   The ferries"*) ok ;;
    *) fail "the second paragraph lost its indent: '$line'" ;;
    esac
    # every line of the statement carries the selection
    first=$(attr_of "We are ready") || fail "statement not shown"
    [ "$(attr_of "The ferries follow")" = "$first" ] || fail "the second paragraph is not highlighted with the first"; ok
    [ "$(attr_of "inspected")" = "$first" ] || fail "a wrapped line is not highlighted"; ok
    [ "$first" != "$(attr_of "Coast Wire")" ] || fail "no selection shown"; ok
    keys Q
    wait_for "EXIT=0"
done
done_ok
