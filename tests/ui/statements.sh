#!/bin/sh
# R re-reads the store after an import made beside the browser.  The
# actor view shows a statement reported by two outlets once, with the
# other outlet under it and its differing words marked; Enter on that
# outlet's line opens its article at its own report of the quote.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
mkdir -p "$T/more"
cat >"$T/more/wire.md" <<'MD'
---
title: "Leavitt on a possible summit"
source: Wire Service
date: 2025-08-09
---
White House press secretary Karoline Leavitt said, "The Russians expressed their wish to meet with President Trump, and the President is open to meeting with both President Putin and President Zelensky."
MD
import_samples
ui_start 110 30
wait_for "Articles (2"
# an import beside the open browser; R re-reads the store
run "$NR" --db "$DB" import "$T/more"
assert_rc 0 "import of the third article"
keys R
wait_for "Articles (3"
wait_for "Wire Service"
keys a
keys -l "karoline leavitt"
keys Enter
wait_for "Statements of Karoline Leavitt"
wait_for "Wire Service ·"
wait_for "also FOX News"
# shown once, with the other outlet's wording under it
n=$(screen | grep -c "The Russians expressed")
[ "$n" -eq 2 ] || { screen; fail "statement shown $n times, expected once plus the outlet line"; }; ok
same=$(attr_of "expressed" 2) || fail "the FOX report's words are not shown"
diff=$(attr_of "desire") || fail "the differing word is not shown"
[ "$diff" != "$same" ] || fail "the differing word 'desire' is not marked ($diff)"; ok
# Enter on the FOX line opens the FOX article at its report, selected
before=$(attr_of "also FOX News")
keys j
until_ok "j selects the FOX line" attr_not "also FOX News" "$before"
sel=$(attr_of "also FOX News")
keys Enter
wait_for "Trump could meet Putin in person"
[ "$(attr_of "desire")" = "$sel" ] || fail "the FOX report of the quote is not selected"; ok
# deeper: back to her statements, the Wire one opened, then Rubio's
# statements and one of them opened; q walks back through each screen as
# it was (article, actor, article, actor)
keys q
wait_for "Statements of Karoline Leavitt"
keys g Enter
wait_for "newsroom │ Leavitt on a possible summit"
keys a
keys -l rubio
keys Enter
wait_for "Statements of Marco Rubio"
keys Enter
wait_for "newsroom │ Trump could meet Putin in person"
keys q
wait_for "Statements of Marco Rubio"
keys q
wait_for "newsroom │ Leavitt on a possible summit"
keys q
wait_for "Statements of Karoline Leavitt"
keys q
wait_for "Articles (3"
quit_ui
done_ok
