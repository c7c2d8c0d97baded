#!/bin/sh
# Every refusal: one clear line naming the file and the cause, the rest of
# the import goes on, a non-zero exit, and the database unchanged.
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
dump() {
    python3 -c 'import sqlite3,sys,hashlib; c=sqlite3.connect(sys.argv[1]); print(hashlib.sha1("\n".join(c.iterdump()).encode()).hexdigest())' "$DB"
}
run "$NR" --db "$DB" import "$SAMPLES"
assert_rc 0 "import"
before=$(dump)

refuse() { # file, expected message
    run "$NR" --db "$DB" import "$1"
    assert_rc 1 "refusing $1"
    assert_err "^$1: $2" "$1"
    [ "$(wc -l <"$T/err")" -eq 1 ] || fail "more than one line for $1: $(cat "$T/err")"
    assert_out '^imported 0, already present 0, refused 1$'
    assert_eq "$(dump)" "$before" "database unchanged after $1"
}

: >"$T/empty.txt"
refuse "$T/empty.txt" 'empty file$'
printf '  \n\n\t\n' >"$T/blank.txt"
refuse "$T/blank.txt" 'empty file$'
printf 'Title\n\nsome\000binary' >"$T/binary.txt"
refuse "$T/binary.txt" 'binary file \(NUL byte at offset 11\)'
refuse "$T/missing.txt" 'No such file or directory$'
head -c 9437184 /dev/zero | tr '\0' 'a' >"$T/huge.txt"
refuse "$T/huge.txt" 'too large \(9437184 bytes; the limit is 8388608\)$'
printf -- '---\ntitle: Fine\nsource: [Unclosed\n---\nBody text.\n' >"$T/bad.md"
refuse "$T/bad.md" 'front matter line [34], column [0-9]+: '
printf -- '---\ntitle: Fine\n  date: 2025-01-01\n---\nBody text.\n' >"$T/bad2.md"
refuse "$T/bad2.md" 'front matter line 3, column 7: '

# several at once: the good one still goes in, each bad one has its line
printf 'Harbour reopens\n\nThe harbour reopened on Monday.\n' >"$T/good.txt"
run "$NR" --db "$DB" import "$T/empty.txt" "$T/good.txt" "$T/binary.txt"
assert_rc 1 "mixed import"
assert_out '^imported 1, already present 0, refused 2$'
assert_err "^$T/empty.txt: empty file$"
assert_err "^$T/binary.txt: binary file"
before=$(dump)

# a smaller limit from the config
printf 'max_file_size: 20\n' >"$T/small.yaml"
printf 'Another story\n\nLonger than twenty bytes, surely.\n' >"$T/other.txt"
run "$NR" --db "$DB" --config "$T/small.yaml" import "$T/other.txt"
assert_rc 1 "size limit from config"
assert_err "other.txt: too large \(49 bytes; the limit is 20\)"
assert_eq "$(dump)" "$before" "database unchanged by the size limit"

# a bad config: FILE:LINE:COL for each mistake, defaults kept, work goes on
printf 'mouse: sometimes\nmax_size: 10\nlist_width: [1\n' >"$T/bad.yaml"
run "$NR" --db "$DB" --config "$T/bad.yaml" articles --json
assert_rc 0 "bad config still runs"
assert_err "^$T/bad.yaml:1:8: mouse: expected true or false"
assert_err "^$T/bad.yaml:2:1: unknown option \"max_size\"$"
assert_err "^$T/bad.yaml:4:1: "
assert_json 'len(d) == 3'
assert_eq "$(dump)" "$before" "database unchanged by a bad config"

run "$NR" --db "$DB" --config "$T/no-such.yaml" articles
assert_rc 1 "missing config named on the command line"
assert_err "no-such.yaml: No such file or directory"

# a database that is not one
printf 'not a database at all, just text\n' >"$T/text.db"
run "$NR" --db "$T/text.db" articles
assert_rc 1 "not a database"
assert_err "text.db: not a newsroom database"
done_ok
