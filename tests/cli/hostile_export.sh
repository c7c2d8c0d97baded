#!/bin/sh
# Exporting bookmarks to a file (bookmarks --output) never loses data: the
# store and its -wal/-shm are refused (by name and through a link), an
# existing file is kept unless --force, a failed export leaves the old file
# whole, a new file is 0600 whatever the umask (file_mode changes it), and
# ~ is the home directory.  CSV cells that a spreadsheet would run as
# formulas are prefixed with ' (OWASP).
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
umask 022
run "$NR" --db "$DB" import "$SAMPLES/fox-trump-putin-meeting.md"
assert_rc 0 "import"
run "$NR" --db "$DB" bookmark add 1 --note "=cmd|' /C calc'!A0" --tag "@SUM(A1)"
assert_rc 0 "bookmark"
run "$NR" --db "$DB" bookmark add 2 --note "+1 call back" --tag "-x"
assert_rc 0 "bookmark 2"
sum() { cksum <"$1"; }
before=$(sum "$DB")
n_before=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from articles").fetchone()[0])' "$DB")

# the store and its side files, by name, by another name and through a link
ln -s "$DB" "$T/link.db"
mkdir "$T/sub"
for target in "$DB" "$DB-wal" "$DB-shm" "$DB-journal" "$T/sub/../news.db" "$T/link.db"; do
    for force in "" --force; do
        # shellcheck disable=SC2086
        run "$NR" --db "$DB" bookmarks --output "$target" $force
        assert_rc 1 "export over $target $force"
        assert_err 'database' "export over $target $force: says why"
        [ "$(wc -l <"$T/err")" -eq 1 ] || { cat "$T/err"; fail "more than one line"; }
    done
done
assert_eq "$(sum "$DB")" "$before" "the store is untouched"
[ ! -e "$DB-journal" ] || fail "a -journal file was written"
run "$NR" --db "$DB" articles --json
assert_json "len(d) == $n_before" "every article is still there"

# an existing file: kept without --force, replaced with it
printf 'my notes\n' >"$T/notes.md"
run "$NR" --db "$DB" bookmarks --output "$T/notes.md"
assert_rc 1 "an existing file"
assert_err 'exists.*--force' "says --force replaces it"
assert_eq "$(cat "$T/notes.md")" "my notes" "the existing file is kept"
run "$NR" --db "$DB" bookmarks --output "$T/notes.md" --force
assert_rc 0 "--force"
grep -q 'Donald Trump' "$T/notes.md" || fail "--force wrote the export"
ok

# a failed export (the file size limit: writes fail) leaves the old file whole
printf 'my notes\n' >"$T/keep.md"
(trap '' XFSZ; ulimit -f 0; "$NR" --db "$DB" bookmarks --output "$T/keep.md" --force) >"$T/out" 2>"$T/err" && rc=0 || rc=$?
assert_rc_nonzero "an export that cannot be written"
assert_eq "$(cat "$T/keep.md")" "my notes" "a failed export leaves the old file"
ls -a "$T" | grep -q '^\.keep\.md\.' && fail "a temporary file was left"
ok

# new files are the owner's only; file_mode says otherwise
run "$NR" --db "$DB" bookmarks --output "$T/new.json"
assert_rc 0 "a new export"
assert_eq "$(stat -c %a "$T/new.json")" 600 "an export is 0600 under umask 022"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d) == 2' "$T/new.json" || fail "format from .json"
printf 'file_mode: "0640"\n' >"$T/mode.yaml"
run "$NR" --config "$T/mode.yaml" --db "$DB" bookmarks --output "$T/shared.md"
assert_rc 0 "export with file_mode"
assert_eq "$(stat -c %a "$T/shared.md")" 640 "file_mode 0640"
# ~ is the home directory
run "$NR" --db "$DB" bookmarks --output "~/home.csv"
assert_rc 0 "export to ~"
[ -f "$HOME/home.csv" ] || fail "~ was not expanded"
ok

# CSV formula injection: a ' before =, +, -, @, and such cells quoted
run "$NR" --db "$DB" bookmarks --format csv
assert_rc 0 "csv"
assert_out "\"'=cmd\|' /C calc'!A0\"" "a note starting with = is prefixed"
assert_out "\"'@SUM\(A1\)\"" "a tag starting with @ is prefixed"
assert_out "\"'\+1 call back\"" "a note starting with + is prefixed"
assert_out "\"'-x\"" "a tag starting with - is prefixed"
python3 - "$T/out" <<'PY' || fail "a CSV cell starts with a formula character"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='')))
for r in rows[1:]:
    for cell in r:
        assert not cell[:1] in ('=', '+', '-', '@', '\t', '\r'), cell
PY
ok
done_ok
