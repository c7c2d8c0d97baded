#!/bin/sh
# Ctrl-C (SIGINT) or SIGTERM during an import: the batch in hand is
# committed, the summary says exactly what is stored, the exit status says
# it was interrupted, and a rerun finishes the job.  Standard input ("-"),
# a FIFO with its writer open, holds the import at a known place: every
# file before it has been read.  (A FIFO inside a directory is refused.)
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
mkdir "$T/in"
# more stories than one batch (4,096 articles a transaction)
python3 - "$T/in" <<'PY'
import sys
for i in range(4200):
    open(f"{sys.argv[1]}/a{i:04d}.txt", "w").write(f"Story {i:04d}\n\nThe council met on day {i} and voted.\n")
PY
printf 'Late story\n\nIt came after the pause.\n' >"$T/zz-late.txt"

for sig in INT TERM; do
    rm -f "$DB" "$DB-wal" "$DB-shm" "$T/fifo"
    mkfifo "$T/fifo"
    exec 3<>"$T/fifo" # a writer that never writes: reading "-" waits
    "$NR" --db "$DB" import "$T/in" - "$T/zz-late.txt" <"$T/fifo" >"$T/out" 2>"$T/err" &
    pid=$!
    # wait for the first batch to be committed, then for the reader to block
    n=0 tries=0
    while [ "$n" -lt 4096 ] && [ $tries -lt 600 ]; do
        sleep 0.1
        n=$("$NR" --db "$DB" articles --json 2>/dev/null | python3 -c 'import json,sys
try: print(len(json.load(sys.stdin)))
except ValueError: print(0)')
        tries=$((tries + 1))
    done
    [ "$n" -ge 4096 ] || { kill $pid; fail "the import did not get going ($n)"; }
    sleep 1
    kill -s $sig $pid
    if wait $pid; then rc=0; else rc=$?; fi
    exec 3>&-
    [ $sig = INT ] && want=130 || want=143
    assert_eq "$rc" "$want" "exit status after SIG$sig"
    assert_out '^imported 4200, already present 0, refused 0$'
    assert_err "import interrupted by SIG$sig"
    run "$NR" --db "$DB" articles --json
    assert_json 'len(d) == 4200' "what the summary counted is stored ($sig)"
    run "$NR" --db "$DB" import "$T/in" "$T/zz-late.txt"
    assert_rc 0 "rerun"
    assert_out '^imported 1, already present 4200, refused 0$'
done
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"' "$DB" || fail "integrity"
ok
done_ok
