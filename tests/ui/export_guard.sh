#!/bin/sh
# x and :export never write over the open store or its -wal, ask before
# replacing an existing file (n keeps it, y replaces it), and make the
# export 0600.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
run "$NR" --db "$DB" bookmark add 1 --note "kept note"
assert_rc 0 "a bookmark"
ui_start 200 30
wait_for "NBC News"
# x over the store (and its -wal): refused, the store whole
for target in "$DB" "$DB-wal"; do
    keys x
    wait_for "Export bookmarks to"
    keys -l "$target"
    keys Enter
    wait_for "that is the database"
done
run "$NR" --db "$DB" bookmarks --json
assert_json "len(d) == 1 and d[0]['note'] == 'kept note'" "the store is whole"
# :export over an existing file asks; n keeps it, y replaces it
printf 'my notes\n' >"$T/notes.md"
keys :
keys -l "export $T/notes.md"
keys Enter
wait_for "exists; replace it? (y/N)"
keys n Enter
wait_for "not exported"
assert_eq "$(cat "$T/notes.md")" "my notes" "n keeps the file"
keys :
keys -l "export $T/notes.md"
keys Enter
wait_for "exists; replace it? (y/N)"
keys y Enter
wait_for "bookmarks exported to"
grep -q 'kept note' "$T/notes.md" || fail "y replaced the file"
assert_eq "$(stat -c %a "$T/notes.md")" 600 "an export is 0600"

quit_ui
done_ok
