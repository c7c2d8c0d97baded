#!/bin/sh
# A config with mistakes: each is reported as FILE:LINE:COLUMN, the browser
# still opens, the good entries apply and the bad ones keep their defaults.
. "$NEWSROOM_TOP/tests/lib.sh"
. "$NEWSROOM_TOP/tests/ui/tmux.inc"
import_samples
cfg=$T/conf.yaml
cat >"$cfg" <<'YAML'
mouse: true
keys:
  help: "h"
  frobnicate: "x"
  up: "k Upp"
colors:
  people: "purple default"
  quotes: "magenta default underline"
YAML
ui_start 100 30 --config "'$cfg'"
wait_for "NBC News"
wait_for "FOX News"
wait_for "conf.yaml:4:"          # the first problem, on the message line
# the rebinding applies: h is help, and the help screen says so
keys h
wait_for "Keys of the Articles screen"
keys /
keys -l "this help"
keys Enter
help_line() { screen | grep -qE '^  h +this help'; }
until_ok "help shows the new key" help_line
keys q
wait_gone "Keys of the Articles screen"
# the bad 'up' entry kept its default keys: k still moves up
before=$(attr_of "FOX News")
keys j
until_ok "j moves down" attr_not "FOX News" "$before"
fox=$(attr_of "FOX News")
keys k
until_ok "k (kept from the defaults) moves up" attr_not "FOX News" "$fox"
# mouse: true — a click (xterm report: press, release) selects the row under it
keys -l "$(printf '\033[M ##')"
keys -l "$(printf '\033[M###')"
until_ok "a click on the second row selects it" attr_is "FOX News" "$fox"
quit_ui
grep -qE "conf\.yaml:4:[0-9]+: unknown action 'frobnicate'" "$T/ui.err" || { cat "$T/ui.err"; fail "no FILE:LINE:COL for the unknown action"; }; ok
grep -qE "conf\.yaml:5:[0-9]+: unknown key name 'Upp'" "$T/ui.err" || { cat "$T/ui.err"; fail "no FILE:LINE:COL for the unknown key name"; }; ok
grep -qE "conf\.yaml:7:[0-9]+: bad colour or attribute 'purple'" "$T/ui.err" || { cat "$T/ui.err"; fail "no FILE:LINE:COL for the bad colour"; }; ok
[ "$(grep -c . "$T/ui.err")" -eq 3 ] || { cat "$T/ui.err"; fail "expected exactly three problems"; }; ok

# a YAML syntax error: reported with its position, and the browser opens on the defaults
printf 'keys:\n  help: "h\n  up: [k\n' >"$cfg"
ui_start 100 30 --config "'$cfg'"
wait_for "NBC News"
keys '?'
wait_for "Keys of the Articles screen"
quit_ui
grep -qE "conf\.yaml:[0-9]+:[0-9]+: " "$T/ui.err" || { cat "$T/ui.err"; fail "no FILE:LINE:COL for the YAML error"; }; ok
done_ok
