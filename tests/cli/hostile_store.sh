#!/bin/sh
# Where and how a store is made.  With umask 022 a store made by --db or
# database: (outside the 0700 default directory) is 0600, and so are its
# -wal and -shm; file_mode changes that.  With HOME unset the store is the
# one under the passwd entry's home, never one under the current
# directory; with no home at all the command refuses in one line.
. "$NEWSROOM_TOP/tests/lib.sh"
umask 022
mode() { stat -c %a "$1"; }

# --db: the store and, while a writer has it open, its -wal and -shm
mkdir "$T/shared"
chmod 755 "$T/shared"
DB="$T/shared/news.db"
run "$NR" --db "$DB" import "$SAMPLES"
assert_rc 0 "import"
assert_eq "$(mode "$DB")" 600 "a store made by --db"
python3 - "$DB" <<'PY' || fail "reading while a writer holds it"
import sqlite3, sys, os, stat
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA journal_mode = WAL")
c.execute("UPDATE articles SET read = 1")
c.commit()
for side in ("-wal", "-shm"):
    m = stat.S_IMODE(os.stat(sys.argv[1] + side).st_mode)
    assert m == 0o600, (side, oct(m))
c.close()
PY
ok
# database: in the config, and file_mode
printf 'database: %s\nfile_mode: "0640"\n' "$T/shared/group.db" >"$T/c.yaml"
run "$NR" --config "$T/c.yaml" import "$SAMPLES/fox-trump-putin-meeting.md"
assert_rc 0 "import to database:"
assert_eq "$(mode "$T/shared/group.db")" 640 "file_mode 0640"
printf 'file_mode: "0444"\n' >"$T/bad.yaml"
run "$NR" --config "$T/bad.yaml" --db "$T/shared/third.db" import "$SAMPLES/fox-trump-putin-meeting.md"
assert_err 'bad.yaml:1:.*file_mode.*owner read and write' "a mode that locks the owner out is refused"
assert_eq "$(mode "$T/shared/third.db")" 600 "and the default kept"

# HOME unset: the passwd entry's home (as this user), not ./.local
mkdir "$T/cwd"
pwhome=$(python3 -c 'import pwd,os; print(pwd.getpwuid(os.getuid()).pw_dir)')
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    # nobody's passwd home does not exist: the store cannot be made there,
    # and nothing appears under the current directory
    chmod 777 "$T/cwd"
    cp "$NR" "$T/nr"
    chmod 755 "$T" "$T/nr"
    (cd "$T/cwd" && env -u HOME -u XDG_DATA_HOME -u XDG_CONFIG_HOME NEWSROOM_DATADIR="$NEWSROOM_DATADIR" \
        ASAN_OPTIONS=detect_leaks=0 setpriv --reuid=65534 --regid=65534 --clear-groups \
        "$T/nr" articles) >"$T/out" 2>"$T/err" && rc=0 || rc=$?
    nobody_home=$(python3 -c 'import pwd; print(pwd.getpwuid(65534).pw_dir)')
    if [ ! -e "$nobody_home" ]; then
        assert_rc 1 "no usable home"
        assert_err "$nobody_home/.local/share/newsroom/newsroom.db" "names the passwd home"
        [ "$(wc -l <"$T/err")" -eq 1 ] || { cat "$T/err"; fail "more than one line"; }
    fi
    [ ! -e "$T/cwd/.local" ] || fail "a store was made under the current directory"
    ok
fi
# as this user, with a passwd home that is a writable directory: it is used
if [ -d "$pwhome" ] && [ -w "$pwhome" ] && [ -f "$pwhome/.local/share/newsroom/newsroom.db" ]; then
    (cd "$T/cwd" && env -u HOME -u XDG_DATA_HOME "$NR" articles --json) >"$T/out" 2>"$T/err" && rc=0 || rc=$?
    assert_rc 0 "HOME unset: the passwd home's store"
fi
(cd "$T/cwd" && env -u HOME -u XDG_DATA_HOME "$NR" --db "$T/shared/news.db" articles --json) >"$T/out" 2>"$T/err" && rc=0 || rc=$?
assert_rc 0 "HOME unset with --db"
[ ! -e "$T/cwd/.local" ] || fail "a store was made under the current directory"
ok
done_ok
