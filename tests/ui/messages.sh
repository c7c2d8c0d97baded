#!/bin/sh
# :messages lists what the configuration and imports reported: a bad key
# binding in the config, each file an :import refused with its reason,
# next to the summary the message line shows.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
cat >"$T/cfg.yaml" <<'YAML'
keys:
  no-such-action: "z"
YAML
mkdir -p "$T/in"
printf -- '---\ntitle: [unclosed\n---\ntext\n' >"$T/in/bad.md"
printf -- '---\ntitle: "Good one"\n---\nSome text here.\n' >"$T/in/good.md"
printf -- '---\ntitle: "Also good"\n---\nMore text here.\n' >"$T/in/good2.md"
for size in "120 40" "80 24"; do
    set -- $size
    rm -f "$DB"*
    ui_start "$1" "$2" --config "'$T/cfg.yaml'"
    wait_for "no-such-action"
    keys :
    keys -l "import $T/in"
    keys Enter
    wait_for "imported 2, already present 0, refused 1"
    keys :
    keys -l "messages"
    keys Enter
    wait_for "Messages ("
    wait_for "unknown action 'no-such-action'"
    wait_for "bad.md"
    wait_for "must be a single value"
    screen | grep "bad.md" | grep -q "!" || fail "the refused file is not marked as an error"; ok
    keys q
    wait_for "Articles (2"
    keys Q
    wait_for "EXIT=0"
done
done_ok
