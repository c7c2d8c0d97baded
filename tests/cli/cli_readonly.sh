#!/bin/sh
# A store that may not be written (the file, or the directory that holds
# it): every reading command still answers, opening it read-only; every
# writing command says so in one line and exits non-zero; nothing changes.
# Run as root, it runs again as nobody: a reader of a read-only file must
# not leave a -shm that keeps writers out once the file is writable again,
# and a read-only directory must be readable as it stands or refused when
# its -wal holds changes, never shown stale.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/data/unpriv_lib.sh"
as_unprivileged

# root writes through permission bits: only the immutable flag stops it
if [ "$(id -u)" = 0 ]; then
    touch "$T/probe"
    chattr +i "$T/probe" 2>/dev/null || skip "root, and chattr +i does not work here"
    chattr -i "$T/probe"
    lock() { chattr +i "$1"; }
    unlock() { chattr -i "$1" 2>/dev/null || true; }
else
    lock() { chmod a-w "$1"; }
    unlock() { chmod u+w "$1" 2>/dev/null || true; }
fi
trap 'unlock "$T/st/news.db"; unlock "$T/st"; rm -rf "$T"' EXIT

mkdir "$T/st"
DB="$T/st/news.db"
run "$NR" --db "$DB" import "$SAMPLES/fox-trump-putin-meeting.md"
assert_rc 0 "import"
run "$NR" --db "$DB" quotes --json
assert_rc 0 "quotes"
qid=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["id"])' "$T/out")
qid2=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[1]["id"])' "$T/out")
run "$NR" --db "$DB" bookmark add "$qid" --note "kept note"
assert_rc 0 "bookmark add"
[ ! -e "$DB-wal" ] || fail "the store was left with a WAL file"
printf 'Late story\n\nThe mayor said "the bridge will open in May" on Monday.\n' >"$T/late.txt"

check_reads() { # what: every reading command works
    run "$NR" --db "$DB" articles --json
    assert_rc 0 "articles ($1)"
    assert_json "len(d) == $2" "articles ($1)"
    run "$NR" --db "$DB" show 1
    assert_rc 0 "show ($1)"
    assert_out 'Putin' "show ($1)"
    run "$NR" --db "$DB" actors
    assert_rc 0 "actors ($1)"
    assert_out 'Putin' "actors ($1)"
    run "$NR" --db "$DB" quotes --json
    assert_rc 0 "quotes ($1)"
    assert_json 'len(d) > 0' "quotes ($1)"
    run "$NR" --db "$DB" search Putin
    assert_rc 0 "search ($1)"
    assert_out 'Putin' "search ($1)"
    run "$NR" --db "$DB" bookmarks --format json
    assert_rc 0 "bookmarks ($1)"
    assert_out 'kept note' "bookmarks ($1)"
}

check_writes() { # what: every writing command refuses in one line
    for cmd in "import $T/late.txt" "bookmark add $qid" "bookmark rm 1" "reindex"; do
        # shellcheck disable=SC2086
        run "$NR" --db "$DB" $cmd
        assert_rc_nonzero "$cmd ($1)"
        assert_err 'read-only' "$cmd ($1)"
        [ "$(wc -l <"$T/err")" -eq 1 ] || { cat "$T/err"; fail "$cmd ($1): more than one line"; }
        ok
    done
}

lock "$DB"
check_reads "read-only file" 1
check_writes "read-only file"
unlock "$DB"
# the reader of the read-only file may have left a -shm with its mode:
# writers get in all the same
run "$NR" --db "$DB" bookmark add "$qid2"
assert_rc 0 "bookmark once the file is writable again"
run "$NR" --db "$DB" bookmark rm 2
assert_rc 0 "bookmark rm once the file is writable again"
# a writer's open and close folds away the -wal a reader may have left
run "$NR" --db "$DB" import "$T/late.txt" "$T/no-such-file"
assert_rc 1 "import once the file is writable again"
assert_out '^imported 1, already present 0, refused 1$' "import once the file is writable again"
[ ! -e "$DB-wal" ] || fail "a WAL file was left"

# the directory: no -wal or -shm can be made beside the store
lock "$T/st"
check_reads "read-only directory" 2
check_writes "read-only directory"
unlock "$T/st"

# a read-only directory whose -wal holds commits (and no -shm to read it
# with): said, not shown as the file was before them
cp "$DB" "$T/before.db"
python3 - "$DB" "$T/saved-wal" <<'PY'
import shutil, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA wal_autocheckpoint = 0")
c.execute("UPDATE articles SET title = 'A title only the WAL holds' WHERE id = 1")
c.commit()
shutil.copy(sys.argv[1] + "-wal", sys.argv[2])
c.close()
PY
mkdir "$T/walst"
cp "$T/before.db" "$T/walst/news.db"
cp "$T/saved-wal" "$T/walst/news.db-wal"
trap 'unlock "$T/st/news.db"; unlock "$T/st"; unlock "$T/walst"; rm -rf "$T"' EXIT
lock "$T/walst"
run "$NR" --db "$T/walst/news.db" articles
if [ "$rc" -eq 0 ]; then
    assert_out 'A title only the WAL holds' "committed WAL content is seen"
else
    assert_err 'news.db: .*-wal' "a WAL that cannot be read is said"
    [ "$(wc -l <"$T/err")" -eq 1 ] || { cat "$T/err"; fail "more than one line"; }
fi
unlock "$T/walst"

# writable again: nothing was lost or added meanwhile, and writes go on
run "$NR" --db "$DB" articles --json
assert_json 'len(d) == 2' "after"
run "$NR" --db "$DB" bookmark add "$qid2" --note "second note"
assert_rc 0 "bookmark once writable"
run "$NR" --db "$DB" bookmarks --format json
assert_out 'kept note' "the first bookmark"
assert_out 'second note' "the second bookmark"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"' "$DB" || fail "integrity"
done_ok
