#!/bin/sh
# Writes the key and colour lists of newsroom.yaml(5) and of the default
# config from the tables in ui/ui_keys.c and ui/ui_colors.c, so that the
# documentation follows the code (tests/ui/tables.sh checks they agree).
# Usage: ui/gen-doc.sh man-keys|man-colors|yaml-keys|yaml-colors
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
yaml-keys)
    keys | while IFS='	' read -r name def help; do
        printf '#  %-14s "%s"\n' "$name:" "$def" | awk -v h="$help" '{ printf "%-40s # %s\n", $0, h }'
    done ;;
yaml-colors)
    colors | while IFS='	' read -r name def mono help; do
        printf '#  %-14s "%s"\n' "$name:" "$def" | awk -v h="$help" '{ printf "%-46s # %s\n", $0, h }'
    done ;;
*) echo "usage: $0 man-keys|man-colors|yaml-keys|yaml-colors" >&2; exit 2 ;;
esac
