#!/bin/sh
# Bookmarks never lose a note, and a paraphrase is never shown as a quote:
# b on a quote already bookmarked opens that bookmark's note for editing
# and says so; the text and the actor view mark bookmarked quotes; d in
# Bookmarks asks first; exporting no bookmarks makes no file; the Quotes
# tab, the actor view and Bookmarks show a paraphrase without quote marks.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
cat >"$T/bridge.md" <<'MD'
---
title: Council to rebuild the bridge
source: The Valley Courier
date: 2025-04-14
url: https://courier.example/2025/04/14/bridge
---
The mayor, Jane Doe, said the council would rebuild the bridge by spring. "We will not wait for Ottawa," Doe told reporters on Monday.
MD
run "$NR" --db "$DB" import "$T/bridge.md"
assert_rc 0 "import"
ui_start 120 30
wait_for "Valley Courier"
keys Tab Tab } } }
wait_for " Quotes "
# the paraphrase (the first quote) is marked as one, never in marks
wait_for "(paraphrase) "
screen | grep -qF "(paraphrase) “" && { screen; fail "a paraphrase in quote marks"; }
ok
wait_for "“We will not wait for Ottawa,”"

# bookmark it with a note: the text marks it
keys b
wait_for "Note (optional"
keys -l "first note"
keys Enter
wait_for "bookmarked (B lists"
wait_for "★"
# b again: its note to edit, said so, never replaced unseen
keys b
wait_for "Already bookmarked (bookmark 1); its note: first note"
keys Escape
wait_for "note unchanged"
run "$NR" --db "$DB" bookmarks --json
assert_json 'len(d) == 1 and d[0]["note"] == "first note"' "nothing replaced on Esc"
keys b
wait_for "Already bookmarked (bookmark 1)"
keys C-u
keys -l "second note"
keys Enter
wait_for "already bookmarked (bookmark 1); note saved"
run "$NR" --db "$DB" bookmarks --json
assert_json 'len(d) == 1 and d[0]["note"] == "second note"' "the note edited on request"

# the actor view of the direct quote's speaker: bookmark it there, marked
keys j
wait_for "Jane Doe"
keys Enter
wait_for "Statements of Jane Doe"
wait_for "“We will not wait for Ottawa,”"
keys b
wait_for "Note (optional"
keys Enter
wait_for "bookmarked (B lists"
wait_for "★ bookmarked"
run "$NR" --db "$DB" bookmarks --json
assert_json 'len(d) == 2' "two bookmarks"

# Bookmarks: the paraphrase without marks; d asks
keys B
wait_for "Bookmarks"
wait_for "(paraphrase) "
screen | grep -qF "(paraphrase) “" && { screen; fail "a paraphrase in quote marks in Bookmarks"; }
ok
keys G
keys d
wait_for "Delete bookmark 1 and its note? (y/n)"
keys n Enter
wait_for "bookmark 1 kept"
run "$NR" --db "$DB" bookmarks --json
assert_json 'len(d) == 2' "not deleted without a yes"
keys d
wait_for "Delete bookmark 1 and its note? (y/n)"
keys y Enter
wait_for "bookmark deleted"
keys g d
wait_for "Delete bookmark 2? (y/n)"
keys y Enter
wait_for "No bookmarks yet"
run "$NR" --db "$DB" bookmarks --json
assert_json 'len(d) == 0' "deleted once confirmed"

# exporting nothing says so and makes no file
keys x
wait_for "Export bookmarks to"
keys -l "$T/none.md"
keys Enter
wait_for "no bookmarks to export"
[ ! -e "$T/none.md" ] || fail "a file made for no bookmarks"
ok
quit_ui
done_ok
