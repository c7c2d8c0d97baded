#!/bin/sh
# The article header shows the outlet, date, author and URL; `o` opens the
# article's URL with $BROWSER (here a script that records its argument),
# from the list and from the text; an article without a URL says so.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
run "$NR" --db "$DB" import "$NEWSROOM_TOP/tests/data/web/story.html"
assert_rc 0 "import of a saved page"
cat >"$T/browser" <<SH
#!/bin/sh
printf '%s\n' "\$@" >>"$T/opened"
SH
chmod +x "$T/browser"
UI_ENV="BROWSER=$T/browser"
ui_start 140 40
wait_for "Harbour council approves"
wait_for "Maria Okafor"
wait_for "https://courier.example/news/2024/03/12/"   # the text pane may wrap it
screen | grep -q "The Riverside Courier" || fail "the header lacks the outlet"
ok
keys o
until_ok "the browser script ran" test -s "$T/opened"
[ "$(cat "$T/opened")" = "https://courier.example/news/2024/03/12/harbour-flood-barrier" ] ||
    fail "the browser got: $(cat "$T/opened")"
ok
wait_for "opening https://courier.example"
# from the text pane too
keys Enter
wait_for "Harbour council has approved"
keys o
opened_twice() { [ "$(wc -l <"$T/opened")" -eq 2 ]; }
until_ok "opened twice" opened_twice
quit_ui

# an article without a URL
printf 'Plain note\n\nNo link here, the clerk said.\n' >"$T/plain.txt"
run "$NR" --db "$T/plain.db" import "$T/plain.txt"
DB="$T/plain.db"
ui_start 120 30
wait_for "Plain note"
keys o
wait_for "this article has no URL"
quit_ui
[ "$(wc -l <"$T/opened")" -eq 2 ] || fail "the browser ran for an article without a URL"
ok
done_ok
