#!/bin/sh
# The store renamed over (mv other.db news.db) and then removed under the
# open browser: R and b refuse with one line instead of "reloaded" and
# "bookmarked", and the replacement gets nothing from the open handle.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
sum() { cksum <"$1"; }
# the store renamed over, then removed, under the open browser
run "$NR" --db "$T/other.db" import "$SAMPLES/fox-trump-putin-meeting.md"
assert_rc 0 "another store"
ui_start 200 30
wait_for "NBC News"
mv "$T/other.db" "$DB"
before=$(sum "$DB")
keys R
wait_for "the database file was replaced after it was opened"
screen | grep -q "reloaded" && fail "R said reloaded"
keys Tab Tab t t t
wait_for " Quotes "
keys b
wait_for "bookmark: $DB: the database file was replaced"
assert_eq "$(sum "$DB")" "$before" "the replacement is untouched"
run "$NR" --db "$DB" bookmarks --json
assert_json "len(d) == 0" "no bookmark landed in the replacement"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"; assert not c.execute("PRAGMA foreign_key_check").fetchall()' "$DB" || fail "the replacement is damaged"
ok
rm -f "$DB" "$DB-wal" "$DB-shm"
keys R
wait_for "the database file was removed after it was opened"
keys b
wait_for "bookmark: $DB: the database file was removed"
quit_ui

done_ok
