#!/bin/sh
# Text from articles, notes and file names never drives the terminal: on a
# terminal (a pty here) articles, show, quotes, search and bookmarks (text,
# Markdown, CSV) print ESC, other C0 and C1 characters as visible escapes;
# JSON escapes them; a table row and an import message stay one line.
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
# an article whose title, outlet and text hold escape sequences: set the
# terminal title (OSC), clear the screen (CSI), C1 CSI (U+009B)
python3 - "$T/evil.md" <<'PY'
import sys
open(sys.argv[1], 'wb').write(
    b'---\ntitle: "Pwned \\e]0;owned\\a title"\nsource: "Evil \\e[2J Times"\ndate: 2025-01-02\n---\n\n'
    b'The mayor said "the bridge \x1b[2J will \xc2\x9b31m open in May" on Monday. '
    b'Officials said "we are \x1b]0;hacked\x07 ready" on Tuesday.\n')
PY
run "$NR" --db "$DB" import "$T/evil.md"
assert_rc 0 "import"
run "$NR" --db "$DB" bookmark add 1 --note "$(printf 'note \033[31m red')"
assert_rc 0 "bookmark"

# on a terminal: runs cmd under a pty, the output in $T/out
on_tty() {
    python3 - "$@" >"$T/out" <<'PY'
import os, pty, sys
pid, fd = pty.fork()
if pid == 0:
    os.environ['PAGER'] = 'cat'
    os.environ['COLUMNS'] = '200'
    os.execvp(sys.argv[1], sys.argv[1:])
out = b''
while True:
    try:
        d = os.read(fd, 65536)
    except OSError:
        break
    if not d:
        break
    out += d
os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
PY
}
no_raw() { # what: $T/out holds no ESC, BEL or C1
    python3 - "$T/out" "$1" <<'PY' || fail "raw control characters reach the terminal: $1"
import sys
b = open(sys.argv[1], 'rb').read()
bad = [c for c in (b'\x1b', b'\x07', b'\xc2\x9b') if c in b]
if bad:
    print(sys.argv[2], bad, b[:400], file=sys.stderr)
    sys.exit(1)
PY
    ok
}
for cmd in "articles" "show 1" "quotes" "search bridge" "bookmarks" "bookmarks --format markdown" \
           "bookmarks --format csv" "actors"; do
    # shellcheck disable=SC2086
    on_tty "$NR" --db "$DB" $cmd
    no_raw "$cmd on a terminal"
done
on_tty "$NR" --db "$DB" show 1
grep -qF '\x1B[2J' "$T/out" || { cat -v "$T/out"; fail "ESC shown as \\x1B"; }
grep -qF '\u009B' "$T/out" || { cat -v "$T/out"; fail "C1 shown as \\u009B"; }
ok
# tables escape wherever they go
run "$NR" --db "$DB" articles
no_raw "articles to a pipe"
# JSON escapes them
for cmd in "articles --json" "show 1 --json" "quotes --json" "search bridge --json" "bookmarks --json"; do
    # shellcheck disable=SC2086
    run "$NR" --db "$DB" $cmd
    assert_rc 0 "$cmd"
    no_raw "$cmd"
    python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/out" || fail "$cmd: not JSON"
done
run "$NR" --db "$DB" show 1 --json
assert_json '"\x1b" in d["title"] and "\x9b" in d["text"]' "JSON keeps the characters, escaped"
grep -qF '\u009b' "$T/out" || fail "JSON escapes C1"
ok

# a file name with a newline and an escape: one line, visible
name=$(printf 'bad\nname\033[2J.md')
: >"$T/$name"
: >"$T/empty.md"
run "$NR" --db "$DB" import "$T/$name" "$T/empty.md"
no_raw "import messages"
grep -q 'bad\\nname\\x1B\[2J.md: ' "$T/err" || { cat -v "$T/err"; fail "the name is shown escaped on one line"; }
[ "$(grep -c . "$T/err")" -eq 2 ] || { cat -v "$T/err"; fail "two refusals, two lines"; }
ok
done_ok
