#!/bin/sh
# :update in the browser fetches the feed list from the local test server
# in the background: the screen stays usable meanwhile, and the list shows
# the new articles when it ends.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/httpd.inc"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
trap 'tm kill-server >/dev/null 2>&1; kill "$HTTPD_PID" 2>/dev/null; rm -rf "$T"' EXIT
run "$NR" --db "$DB" import "$NEWSROOM_TOP/tests/data/web/story.html"
assert_rc 0 "a first article"
mkdir -p "$XDG_CONFIG_HOME/newsroom"
printf '%s/feed.xml\n%s/slow\n' "$BASE" "$BASE" >"$XDG_CONFIG_HOME/newsroom/urls"
ui_start 140 40
wait_for "Harbour council approves"
keys : u p d a t e Enter
wait_for "updating the feeds"
# the slow feed keeps the update running; the browser still answers keys
keys '?'
wait_for "Keys of the Articles screen"
keys q
wait_for "Harbour council approves"
wait_for "update: imported 50" 40
wait_for "Ferry route"
quit_ui
run "$NR" --db "$DB" articles --json --limit 100
assert_json 'len(d) == 51'
done_ok
