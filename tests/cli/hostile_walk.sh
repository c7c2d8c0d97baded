#!/bin/sh
# Import walks like find -L: symbolic link loops are followed once and
# said once (two links to the directory itself used to make the walk
# exponential), each file read once.  FIFOs, devices and sockets among the
# articles are refused with one line and the files after them imported;
# a FIFO as the config or alias file is refused without blocking.
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
mkdir -p "$T/d/sub"
cp "$SAMPLES/fox-trump-putin-meeting.md" "$T/d/"
cp "$SAMPLES/nbc-trump-putin-summit.md" "$T/d/sub/"
ln -s . "$T/d/a"
ln -s . "$T/d/b"
ln -s .. "$T/d/sub/up"
run timeout -k 5 30 "$NR" --db "$DB" import "$T/d"
[ "$rc" -ne 124 ] || fail "the walk did not end in 30 s"
assert_rc 0 "symbolic link loops"
assert_out '^imported 2, already present 0, refused 0, with warnings 3$' "each file once"
assert_err "$T/d/a: .*already read" "the loop through a is said"
assert_err "$T/d/b: .*already read" "the loop through b is said"
assert_err "$T/d/sub/up: .*already read" "the loop up is said"
[ "$(grep -c 'already read' "$T/err")" -eq 3 ] || { cat "$T/err"; fail "a loop said more than once"; }
ok

# special files: refused with one line each, what follows is imported
mkdir "$T/s"
cp "$SAMPLES/fox-trump-putin-meeting.md" "$T/s/z-last.md"
mkfifo "$T/s/a-fifo"
ln -s /dev/zero "$T/s/b-device"
python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])' "$T/s/c-socket"
rm -f "$DB"
run timeout -k 5 30 "$NR" --db "$DB" import "$T/s"
[ "$rc" -ne 124 ] || fail "import blocked on a special file"
assert_rc 1 "special files are refusals"
assert_out '^imported 1, already present 0, refused 3$' "the file after them is imported"
assert_err "a-fifo: a FIFO, not a regular file" "the FIFO"
assert_err "b-device: a character device, not a regular file" "the device"
assert_err "c-socket: (a socket, not a regular file|No such device or address)" "the socket"
# named on the command line too
run timeout -k 5 30 "$NR" --db "$DB" import "$T/s/a-fifo" "$T/s/z-last.md"
[ "$rc" -ne 124 ] || fail "import blocked on a FIFO named on the command line"
assert_rc 1 "a FIFO named"
assert_out '^imported 0, already present 1, refused 1$' "a FIFO named"

# a FIFO as the config and as the alias file
run timeout -k 5 30 "$NR" --config "$T/s/a-fifo" --db "$DB" articles
[ "$rc" -ne 124 ] || fail "a FIFO as config blocked"
assert_rc 1 "a FIFO as config"
assert_err "a-fifo: a FIFO, not a regular file" "a FIFO as config"
printf 'aliases: %s\n' "$T/s/a-fifo" >"$T/c.yaml"
run timeout -k 5 30 "$NR" --config "$T/c.yaml" --db "$DB" actors trump
[ "$rc" -ne 124 ] || fail "a FIFO as alias file blocked"
assert_err "a-fifo: .*a FIFO, not a regular file" "a FIFO as alias file"
done_ok
