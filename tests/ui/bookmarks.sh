#!/bin/sh
# The bookmarks screen: a bookmark made from the Quotes tab shows with its
# speaker, outlet and note; e edits the note, x exports to a file named at
# the prompt (Markdown by its extension), d deletes once confirmed.  Each change is in the
# database at once.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
ui_start 120 30
wait_for "NBC News"
# NBC article, Quotes tab, first quote bookmarked without a note
keys Tab Tab
keys } } }
wait_for " Quotes "
keys b
wait_for "Note"
keys Enter
wait_for "bookmarked"
run "$NR" --db "$DB" bookmarks --json
assert_json "len(d) == 1" "bookmark written at once"
keys B
wait_for "Bookmarks"
wait_for "NBC News"
# edit the note
keys e
wait_for "Note:"
keys -l "ask the press office"
keys Enter
wait_for "note: ask the press office"
run "$NR" --db "$DB" bookmarks --json
assert_json "'ask the press office' in json.dumps(d)" "note written at once"
# export to a Markdown file
keys x
wait_for "Export bookmarks to"
keys -l "$T/marks.md"
keys Enter
wait_for "exported"
[ -s "$T/marks.md" ] || fail "no export file"; ok
grep -q "NBC News" "$T/marks.md" || { cat "$T/marks.md"; fail "export lacks the outlet"; }; ok
# export to a path that cannot be written: one line, nothing else breaks
keys x
wait_for "Export bookmarks to"
keys -l "$T/no/such/dir/marks.md"
keys Enter
wait_for "No such file or directory"
# delete: asked first
keys d
wait_for "Delete bookmark"
keys n Enter
wait_for "kept"
run "$NR" --db "$DB" bookmarks --json
assert_json "len(d) == 1" "kept when not confirmed"
keys d
wait_for "Delete bookmark"
keys y Enter
wait_for "bookmark deleted"
wait_for "No bookmarks yet"
run "$NR" --db "$DB" bookmarks --json
assert_json "len(d) == 0" "deletion written at once"
quit_ui
done_ok
