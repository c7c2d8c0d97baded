#!/bin/sh
# Damaged environment: a store that is not a database, is truncated, is
# read-only or comes from a newer schema; a full disk; a missing or
# unreadable config; a terminal too small; no TERM.  Each gives one clear
# message, a non-zero exit where the command cannot go on, never a crash,
# and never a changed store.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/data/hard_lib.sh"
need_command import
command -v python3 >/dev/null || skip "needs python3"

sum() { cksum <"$1"; }
good=$T/good.db
run "$NR" --db "$good" import "$SAMPLES"
assert_rc 0 "a good store"

# A command that must refuse the store: non-zero, one line naming it, store untouched.
refuse() { # db label
    before=$(sum "$1")
    for cmd in articles "quotes --speaker trump" "import $SAMPLES"; do
        # shellcheck disable=SC2086
        run timeout 60 "$NR" --db "$1" $cmd
        assert_sane "$2: $cmd"
        soft assert_rc_nonzero "$2: $cmd"
        soft assert_clear "$2: $cmd"
        [ "$(wc -l <"$T/err")" -le 2 ] || { cat "$T/err"; fail "$2: $cmd: more than one line"; }
        grep -q "$(basename "$1")" "$T/err" || { cat "$T/err"; fail "$2: $cmd: the message does not name the store"; }
    done
    soft assert_eq "$(sum "$1")" "$before" "$2: the file is unchanged"
}

# ---- not a database -------------------------------------------------------
yes "this is a reporter's notebook, not a database" | head -n 200 >"$T/notes.db"
refuse "$T/notes.db" "a text file as store"
run "$NR" --db "$T/notes.db" articles
soft assert_err "not a (newsroom )?database|file is not a database|not a newsroom store" "says what is wrong"

# ---- truncated --------------------------------------------------------------
cp "$good" "$T/trunc.db"
size=$(wc -c <"$T/trunc.db")
python3 -c 'import sys; f=open(sys.argv[1],"r+b"); f.truncate(int(sys.argv[2])); f.close()' "$T/trunc.db" $((size / 3))
for cmd in articles "show 1" "quotes --speaker trump" "search ceasefire" bookmarks "import $SAMPLES"; do
    # shellcheck disable=SC2086
    run timeout 60 "$NR" --db "$T/trunc.db" $cmd
    assert_sane "truncated store: $cmd"
    soft assert_clear "truncated store: $cmd"
done
python3 -c 'import sys; f=open(sys.argv[1],"r+b"); f.truncate(100); f.close()' "$T/trunc.db"
refuse "$T/trunc.db" "a store cut to 100 bytes"

# ---- newer schema -----------------------------------------------------------
cp "$good" "$T/newer.db"
python3 -c 'import sqlite3,sys; d=sqlite3.connect(sys.argv[1]); d.execute("PRAGMA user_version = 9999"); d.commit(); d.close()' "$T/newer.db"
refuse "$T/newer.db" "a store from a newer newsroom"
run "$NR" --db "$T/newer.db" articles
soft assert_err "newer|version" "names the schema version"

# ---- read-only ----------------------------------------------------------------
# root writes through file modes; the immutable attribute stops even root.
cp "$good" "$T/ro.db"
chmod 444 "$T/ro.db"
immutable=0
if [ "$(id -u)" = 0 ]; then
    if chattr +i "$T/ro.db" 2>/dev/null; then immutable=1; fi
fi
if [ "$(id -u)" != 0 ] || [ $immutable = 1 ]; then
    before=$(sum "$T/ro.db")
    run timeout 60 "$NR" --db "$T/ro.db" import "$SAMPLES"
    assert_sane "import into a read-only store"
    soft assert_rc_nonzero "import into a read-only store"
    soft assert_clear "import into a read-only store"
    soft assert_err "read-only|readonly|permission|cannot write|not writable" "says it is read-only"
    run timeout 60 "$NR" --db "$T/ro.db" articles --json
    assert_sane "reading a read-only store"
    soft assert_clear "reading a read-only store"
    if [ "$rc" -eq 0 ]; then assert_eq "$(json_count)" 2 "reads a read-only store"; fi
    soft assert_eq "$(sum "$T/ro.db")" "$before" "the read-only store is unchanged"
    [ $immutable = 1 ] && chattr -i "$T/ro.db"
else
    echo "read-only store: not tested (root without the immutable attribute)"
fi
chmod 644 "$T/ro.db"

# ---- full disk --------------------------------------------------------------
# A file size limit makes writes fail as on a full disk (EFBIG), with the
# signal ignored.  Earlier batches stay, the store stays sound.
gen_articles 300 "$T/many" 0
cp "$good" "$T/full.db"
limit_kb=$(( $(wc -c <"$good") / 1024 + 300 ))
run sh -c 'trap "" XFSZ; ulimit -f $(( $1 * 2 )); exec timeout 120 "$2" --db "$3" import "$4"' sh \
    "$limit_kb" "$NR" "$T/full.db" "$T/many"
assert_sane "import onto a full disk"
soft assert_rc_nonzero "import onto a full disk"
soft assert_clear "import onto a full disk"
soft assert_err "full|space|too large|I/O|write" "says the disk is full"
soft assert_integrity "$T/full.db" "after a full disk"
run "$NR" --db "$T/full.db" articles --json
assert_rc 0 "the store still reads after a full disk"
n=$(json_count)
[ "$n" -ge 2 ] || fail "the articles that were there before the disk filled are gone ($n)"
ok
run "$NR" --db "$T/full.db" import "$T/many"
assert_rc 0 "with room again, the import finishes"
run "$NR" --db "$T/full.db" articles --json
soft assert_eq "$(json_count)" 302 "every article once after the disk had room again"

# ---- configuration ------------------------------------------------------------
export XDG_CONFIG_HOME="$T/no/such/dir"
run "$NR" --db "$good" articles
assert_rc 0 "a missing config directory is no error"
run "$NR" --db "$good" --config "$T/missing.yaml" articles
assert_sane "a missing --config file"
soft assert_rc_nonzero "a named config file that does not exist"
soft assert_err "missing.yaml" "names the missing config file"
run "$NR" --db "$good" --config "$T" articles
assert_sane "a directory as config file"
soft assert_rc_nonzero "a directory as config file"
soft assert_clear "a directory as config file"
printf 'database: [unclosed\n\001\002\003 garbage: : :\n' >"$T/bad.yaml"
run "$NR" --db "$good" --config "$T/bad.yaml" articles
assert_sane "a broken config"
soft assert_clear "a broken config"
soft assert_err "bad.yaml:[0-9]+:[0-9]+" "file:line:column of the broken config"
mkdir -p "$T/cfg/newsroom"
printf 'mouse: true\n' >"$T/cfg/newsroom/config.yaml"
chmod 000 "$T/cfg/newsroom/config.yaml" "$T/cfg/newsroom"
if [ "$(id -u)" != 0 ]; then
    export XDG_CONFIG_HOME="$T/cfg"
    run "$NR" --db "$good" articles
    assert_sane "an unreadable config directory"
    soft assert_clear "an unreadable config directory"
    grep -q "config" "$T/err" || [ "$rc" -eq 0 ] || fail "an unreadable config directory: unclear"
    ok
fi
chmod 755 "$T/cfg/newsroom"; chmod 644 "$T/cfg/newsroom/config.yaml"
export XDG_CONFIG_HOME="$T/config"

# ---- no TERM, no terminal ---------------------------------------------------
run timeout 20 env -u TERM "$NR" --db "$good" </dev/null
assert_sane "the browser without TERM"
soft assert_rc_nonzero "the browser without TERM nor a terminal"
soft assert_clear "the browser without TERM"
[ "$(wc -l <"$T/err")" -le 2 ] || { cat "$T/err"; fail "the browser without TERM: more than one line"; }
run timeout 20 env TERM=no-such-terminal "$NR" --db "$good" </dev/null
assert_sane "the browser with an unknown TERM"
soft assert_rc_nonzero "the browser with an unknown TERM"
soft assert_clear "the browser with an unknown TERM"

# ---- a terminal too small, and no TERM inside a real terminal ----------------
if command -v tmux >/dev/null 2>&1; then
    sock="nrhard$$"
    lsan="LSAN_OPTIONS=suppressions=$NEWSROOM_TOP/tests/data/lsan.supp"
    tm() { tmux -L "$sock" -f /dev/null "$@"; }
    trap 'tm kill-server 2>/dev/null; rm -rf "$T"' EXIT
    tm new-session -d -s small -x 16 -y 5 \
        "$lsan '$NR' --db '$good' 2>'$T/small.err'; echo \$? >'$T/small.rc'; sleep 30"
    sleep 2
    tm resize-window -t small -x 12 -y 3 2>/dev/null
    sleep 1
    tm resize-window -t small -x 120 -y 40 2>/dev/null
    sleep 1
    tm resize-window -t small -x 10 -y 2 2>/dev/null
    sleep 1
    tm send-keys -t small q
    sleep 1
    tm send-keys -t small q
    i=0; while [ ! -s "$T/small.rc" ] && [ $i -lt 20 ]; do sleep 0.5; i=$((i + 1)); done
    [ -s "$T/small.rc" ] || { tm capture-pane -p -t small; fail "the browser in a tiny terminal did not quit on q"; }
    rc=$(cat "$T/small.rc"); cp "$T/small.err" "$T/err"
    soft assert_sane "the browser in a tiny terminal"
    [ "$rc" -le 1 ] || fail "the browser in a tiny terminal exited with $rc"
    ok
    tm new-session -d -s noterm -x 80 -y 24 \
        "env -u TERM $lsan '$NR' --db '$good' 2>'$T/nt.err'; echo \$? >'$T/nt.rc'; sleep 30"
    i=0; while [ ! -s "$T/nt.rc" ] && [ $i -lt 20 ]; do sleep 0.5; i=$((i + 1)); done
    if [ ! -s "$T/nt.rc" ]; then tm send-keys -t noterm q; sleep 1; fi
    [ -s "$T/nt.rc" ] || fail "the browser without TERM on a terminal neither ran nor quit"
    rc=$(cat "$T/nt.rc"); cp "$T/nt.err" "$T/err"
    soft assert_sane "the browser without TERM on a terminal"
    soft assert_clear "the browser without TERM on a terminal"
    tm kill-server 2>/dev/null
fi
finish
