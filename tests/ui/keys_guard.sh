#!/bin/sh
# Key bindings that would lock the user in or silently unbind an action:
# quit: "" is refused (q still quits), a binding that takes quit's only key
# is refused, and one that takes another action's every key is said.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
cfg=$T/conf.yaml
cat >"$cfg" <<'YAML'
keys:
  quit: ""
  help: q
  sort: r
YAML
ui_start 100 30 --config "'$cfg'"
wait_for "NBC News"
keys q
wait_for "EXIT=0"
grep -qE "conf\.yaml:2:[0-9]+: quit needs at least one key" "$T/ui.err" || { cat "$T/ui.err"; fail "quit: \"\" not refused"; }; ok
grep -qE "conf\.yaml:3:[0-9]+: help: 'q' is quit's only key" "$T/ui.err" || { cat "$T/ui.err"; fail "taking quit's key not refused"; }; ok
grep -qE "conf\.yaml:4:[0-9]+: sort takes every key of toggle-read" "$T/ui.err" || { cat "$T/ui.err"; fail "an action left keyless silently"; }; ok
done_ok
