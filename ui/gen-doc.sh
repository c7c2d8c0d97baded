#!/bin/sh
# Writes the key and colour lists of newsroom.yaml(5) and of the default
# config from the tables in ui/ui_keys.c and ui/ui_colors.c, so that the
# documentation follows the code (tests/ui/tables.sh checks they agree).
# newsroom(1) lists the keys as the browser's help does (man1-keys);
# `update` rewrites all of these in place after a change to a table.
# Usage: ui/gen-doc.sh man-keys|man-colors|man1-keys|yaml-keys|yaml-colors|update
cd "$(dirname "$0")" || exit 1
keys() { sed -n 's/^ *{ ACT_[A-Z_]*, *"\([^"]*\)", *"\([^"]*\)", *[^"]*"\([^"]*\)" },$/\1\t\2\t\3/p' ui_keys.c; }
colors() { sed -n 's/^ *{ HL_[A-Z_]*, *"\([^"]*\)", *"\([^"]*\)", *"\([^"]*\)", *"\([^"]*\)" },$/\1\t\2\t\3\t\4/p' ui_colors.c; }
case $1 in
man-keys)
    keys | while IFS='	' read -r name def help; do
        printf '.TP\n.B %s\n%s.\nDefault: \\fB%s\\fR.\n' "$name" "$(echo "$help" | sed 's/^\(.\)/\U\1/; s/\\/\\e/g')" "$def"
    done ;;
man-colors)
    colors | while IFS='	' read -r name def mono help; do
        printf '.TP\n.B %s\n%s.\nDefault: \\fB%s\\fR; without colour: \\fB%s\\fR.\n' "$name" "$(echo "$help" | sed 's/^\(.\)/\U\1/')" "$def" "$mono"
    done ;;
man1-keys)
    keys | while IFS='	' read -r name def help; do
        printf '.TP\n.B %s\n%s.\n(%s)\n' "$(echo "$def" | sed 's/\\/\\e/g')" "$(echo "$help" | sed 's/^\(.\)/\U\1/; s/\\/\\e/g')" "$name"
    done ;;
update)
    # replaces what lies between the BEGIN and END lines of a section
    put() { # FILE SECTION MODE
        sh ./gen-doc.sh "$3" >"$1.gen" || exit 1
        awk -v sec="$2" -v gen="$1.gen" '
            index($0, "BEGIN " sec) { print; while ((getline l < gen) > 0) print l; skip = 1; next }
            index($0, "END " sec) { skip = 0 }
            !skip' "$1" >"$1.new" && mv "$1.new" "$1"
        rm -f "$1.gen"
    }
    put ../man/newsroom.yaml.5 KEYS man-keys
    put ../man/newsroom.yaml.5 COLORS man-colors
    put ../man/newsroom.1 KEYS man1-keys
    put ../config/newsroom.yaml KEYS yaml-keys
    put ../config/newsroom.yaml COLORS yaml-colors ;;
yaml-keys)
    keys | while IFS='	' read -r name def help; do
        printf '#  %-14s "%s"\n' "$name:" "$def" | awk -v h="$help" '{ printf "%-40s # %s\n", $0, h }'
    done ;;
yaml-colors)
    colors | while IFS='	' read -r name def mono help; do
        printf '#  %-14s "%s"\n' "$name:" "$def" | awk -v h="$help" '{ printf "%-46s # %s\n", $0, h }'
    done ;;
*) echo "usage: $0 man-keys|man-colors|man1-keys|yaml-keys|yaml-colors|update" >&2; exit 2 ;;
esac
