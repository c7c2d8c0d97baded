#!/bin/sh
# A quotation split by its speech tag is one quote: both pieces carry the
# quote highlight while the tag between them stays plain text, and the
# Quotes pane lists it once, its pieces joined.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
mkdir -p "$T/split"
cat >"$T/split/harbour.md" <<'MD'
---
title: "Harbour to reopen"
source: Coast Wire
date: 2025-08-12
---
The harbour has been closed since the storm in June.

"We are ready to reopen," Mayor Ann Example said on Monday, "but the pier needs another month."
MD
run "$NR" --db "$DB" import "$T/split"
assert_rc 0 "import of the split-quote article"
run "$NR" --db "$DB" quotes --json
assert_rc 0 "quotes"
assert_json 'len(d) == 1 and d[0]["text"] == "We are ready to reopen, but the pier needs another month."'
ui_start 120 30
wait_for "Coast Wire"
keys Enter
wait_for "Mayor Ann Example said"
quote=$(attr_of "We are ready") || fail "first piece not shown"
[ "$(attr_of "but the pier")" = "$quote" ] || fail "second piece not highlighted as the first ($quote)"; ok
[ "$(attr_of "said on Monday")" != "$quote" ] || fail "the tag is highlighted as quoted"; ok
[ "$(attr_of "The harbour")" != "$quote" ] || fail "the plain text is highlighted as quoted"; ok
# the Quotes tab: one quote, its pieces joined
wait_for "Qu 1"
keys } } }
wait_for "ready to reopen, but t"
n=$(screen | grep -c "We are ready to reopen")
[ "$n" -eq 2 ] || fail "quote listed $((n - 1)) times in the Quotes tab, expected once"; ok
quit_ui
done_ok
