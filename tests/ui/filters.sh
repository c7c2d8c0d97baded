#!/bin/sh
# :filter and f narrow the article list by outlet (prefix, any case), date
# range, tag, an actor named, a kind of quote; S reverses the order; the
# header says what is filtered; a bad filter says why and keeps the list.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
mkdir -p "$T/in"
art() { # FILE TITLE OUTLET DATE TAGS TEXT
    { printf -- '---\ntitle: "%s"\nsource: %s\ndate: %s\n' "$2" "$3" "$4"
      [ -n "$5" ] && printf 'tags: [%s]\n' "$5"
      printf -- '---\n%s\n' "$6"; } >"$T/in/$1.md"
}
art a1 "First harbour item" "Alpha Post" 2024-01-10 "harbour" "Mayor Ann Example said that the harbour opens in spring."
art a2 "Second ferry item" "Beta Daily" 2024-02-10 "ferry, harbour" '"We open the ferry in May," Mayor Ann Example said on Monday.'
art a3 "Third plain item" "Alpha Post" 2024-03-10 "" "Nothing happened at the quay this week."
art a4 "Fourth ferry item" "Gamma Wire" 2024-04-10 "ferry" "The ferry timetable is out."
run "$NR" --db "$DB" import "$T/in"
assert_rc 0 "import"
filter() { keys :; keys -l "filter $1"; keys Enter; }
for size in "120 40" "80 24"; do
    set -- $size
    ui_start "$1" "$2"
    wait_for "Articles (4"
    filter "outlet=alpha"
    wait_for "Articles (2, 4 unread, by date) filter: outlet=alpha"
    wait_for "Third plain item"
    screen | grep -q "Second ferry item" && fail "outlet filter kept Beta Daily"; ok
    filter "from=2024-02-01 to=2024-03-10"
    wait_for "Articles (2,"
    wait_for "Second ferry item"
    wait_for "Third plain item"
    screen | grep -q "First harbour\|Fourth ferry" && fail "date range kept an article outside it"; ok
    filter "tag=FERRY"
    wait_for "filter: tag=FERRY"
    wait_for "Fourth ferry item"
    screen | grep -q "First harbour\|Third plain" && fail "tag filter kept an untagged article"; ok
    filter "actor=ann example"
    wait_for "filter: actor=Ann Example"
    wait_for "First harbour item"
    screen | grep -q "Third plain\|Fourth ferry" && fail "actor filter kept an article not naming her"; ok
    filter "kind=direct"
    wait_for "Articles (1,"
    wait_for "Second ferry item"
    # a bad filter says why and changes nothing
    filter "from=yesterday"
    wait_for "filter: from=yesterday is not a date"
    wait_for "Articles (1,"
    # f: the filter prompt, cleared with C-u: all again; S reverses
    keys f
    wait_for "kind=direct"
    keys C-u Enter
    wait_for "Articles (4, 4 unread, by date)"
    first_row() { screen | grep -m1 "item"; }
    first_row | grep -q "Fourth ferry item" || fail "newest not first"; ok
    keys S
    wait_for "by date, reversed"
    until_ok "S puts the oldest first" sh -c "tmux -L '$SOCK' capture-pane -t nr -p | grep -m1 item | grep -q 'First harbour item'"
    keys Q
    wait_for "EXIT=0"
done
done_ok
