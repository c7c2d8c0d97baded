#!/bin/sh
# A store the user may not write opens read-only in the browser: the
# status line says [read-only], and the writing keys (bookmark, toggle
# read, :import) say why at once instead of asking for a note or a path.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
mkdir -p "$T/ro"
cp "$DB" "$T/ro/news.db"
DB=$T/ro/news.db
chmod 444 "$DB"
if [ "$(id -u)" = 0 ]; then
    # root writes any file: the browser runs as nobody
    command -v setpriv >/dev/null 2>&1 || skip "running as root without setpriv"
    chmod 755 "$T" "$T/data" "$T/config" "$T/home" 2>/dev/null
    chmod 777 "$T/ro"
    NR="setpriv --reuid=65534 --regid=65534 --clear-groups $NR"
fi
# the core must open such a store for reading first
run sh -c "$NR --db '$DB' articles"
[ "$rc" = 0 ] || skip "this build cannot open a read-only store for reading yet: $(head -1 "$T/err")"
for size in "120 40" "80 24"; do
    set -- $size
    ui_start "$1" "$2"
    wait_for "NBC News"
    wait_for "[read-only]"
    keys r
    wait_for "read state: the store is read-only"
    keys a
    keys -l "karoline leavitt"
    keys Enter
    wait_for "Statements of Karoline Leavitt"
    keys b
    wait_for "bookmark: the store is read-only"
    screen | grep -q "Note" && fail "asked for a note in a read-only store"; ok
    keys :
    keys -l "import /tmp"
    keys Enter
    wait_for "import: the store is read-only"
    keys Q
    wait_for "EXIT=0"
done
run sh -c "$NR --db '$DB' bookmarks --json"
assert_rc 0 "bookmarks of the read-only store"
assert_json "len(d) == 0" "no bookmark was written"
done_ok
