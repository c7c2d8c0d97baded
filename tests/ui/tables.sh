#!/bin/sh
# The key and colour tables of the browser, the man page newsroom.yaml(5)
# and the default config agree: the man page's lists are what
# ui/gen-doc.sh writes from the tables, and the config names every action
# and highlight (and the man page every option of the core's table).
. "$NEWSROOM_TOP/tests/lib.sh"
top=$NEWSROOM_TOP
man=$top/man/newsroom.yaml.5
yaml=$top/config/newsroom.yaml
[ -f "$man" ] || fail "missing $man"
[ -f "$yaml" ] || fail "missing $yaml"

section() { sed -n "/^\\.\\\\\" BEGIN $1/,/^\\.\\\\\" END $1/p" "$man" | sed '1d;$d'; }
sh "$top/ui/gen-doc.sh" man-keys >"$T/keys"
section KEYS >"$T/man-keys"
[ -s "$T/keys" ] || fail "no actions read from ui/ui_keys.c"
cmp -s "$T/keys" "$T/man-keys" || { diff "$T/keys" "$T/man-keys"; fail "man page keys differ from ui/ui_keys.c (run ui/gen-doc.sh man-keys)"; }
ok
# newsroom(1) lists the same keys
sed -n '/^\.\\" BEGIN KEYS/,/^\.\\" END KEYS/p' "$top/man/newsroom.1" | sed '1d;$d' >"$T/man1-keys"
sh "$top/ui/gen-doc.sh" man1-keys >"$T/keys1"
[ -s "$T/man1-keys" ] || fail "newsroom(1) has no key list"
cmp -s "$T/keys1" "$T/man1-keys" || { diff "$T/keys1" "$T/man1-keys"; fail "newsroom(1) keys differ from ui/ui_keys.c (run ui/gen-doc.sh update)"; }
ok
sh "$top/ui/gen-doc.sh" man-colors >"$T/colors"
section COLORS >"$T/man-colors"
[ -s "$T/colors" ] || fail "no highlights read from ui/ui_colors.c"
cmp -s "$T/colors" "$T/man-colors" || { diff "$T/colors" "$T/man-colors"; fail "man page colours differ from ui/ui_colors.c"; }
ok

# every action and highlight appears in the default config's sections
n=0
for name in $(sed -n 's/^\.B \(.*\)$/\1/p' "$T/keys") $(sed -n 's/^\.B \(.*\)$/\1/p' "$T/colors"); do
    grep -qE "^#? *$name:" "$yaml" || fail "config/newsroom.yaml does not list '$name'"
    n=$((n + 1))
done
[ "$n" -ge 20 ] || fail "only $n names checked"
ok
# and the config lists no action the table does not know
sed -n '/^#* *keys:/,/^#* *colors:/p' "$yaml" | sed -n 's/^# *\([a-z-]*\): *".*/\1/p' >"$T/yaml-keys"
while read -r name; do
    grep -qx ".B $name" "$T/keys" || fail "config/newsroom.yaml binds unknown action '$name'"
done <"$T/yaml-keys"
[ -s "$T/yaml-keys" ] || fail "no keys section in config/newsroom.yaml"
ok

# options of the core's table are documented
if [ -f "$top/src/config.c" ]; then
    for opt in $(sed -n 's/^ *{ *"\([a-z_]*\)", *CONFIG_.*/\1/p' "$top/src/config.c"); do
        grep -q "^\.BR $opt " "$man" || fail "option '$opt' is not in newsroom.yaml(5)"
        ok
    done
fi
# the shipped config loads without a complaint
run "$NR" --db "$T/db" --config "$yaml" articles
assert_rc 0 "articles with the shipped config"
[ ! -s "$T/err" ] || { cat "$T/err"; fail "the shipped config draws complaints"; }; ok
done_ok
