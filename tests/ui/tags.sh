#!/bin/sh
# t tags the article under the cursor, several tags at once (commas); the
# list shows them after the title, :filter tag= finds the article by any
# of them, and t again edits them (an empty line removes them).
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
mkdir -p "$T/in"
for k in 1 2 3; do
    printf -- '---\ntitle: "Short item %s"\nsource: Port Gazette\ndate: 2024-01-0%s\n---\nText %s.\n' "$k" "$k" "$k" >"$T/in/a$k.md"
done
run "$NR" --db "$DB" import "$T/in"
assert_rc 0 "import"
for size in "120 40" "80 24"; do
    set -- $size
    rm -f "$DB"*
    run "$NR" --db "$DB" import "$T/in"
    ui_start "$1" "$2"
    wait_for "Short item 3"
    keys j   # item 2
    keys t
    wait_for "Tags (separated by commas):"
    keys -l "ferry, Harbour ,ferry"
    keys Enter
    wait_for "tagged: ferry, Harbour"
    wait_for "Short item 2  #ferry #Harbour"
    keys :
    keys -l "filter tag=harbour"
    keys Enter
    wait_for "Articles (1,"
    wait_for "Short item 2"
    screen | grep -q "Short item 3" && fail "the tag filter kept an untagged article"; ok
    keys :
    keys -l "filter tag=ferry"
    keys Enter
    wait_for "filter: tag=ferry"
    wait_for "Short item 2"
    # t again: the tags are there to edit; an empty line removes them
    keys t
    wait_for "Tags (separated by commas): ferry, Harbour"
    keys C-u Enter
    wait_for "tags removed"
    keys :
    keys -l "filter"
    keys Enter
    wait_for "Articles (3,"
    screen | grep -q "#ferry" && fail "the removed tags are still shown"; ok
    keys Q
    wait_for "EXIT=0"
done
done_ok
