#!/bin/sh
# The user's alias file (canonical name -> other names) applies on import
# and `newsroom reindex` re-applies it after a change: actors are renamed or
# merged, and actors nothing refers to any more are gone.
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
run "$NR" --db "$DB" import "$SAMPLES"
assert_rc 0 "import"
run "$NR" --db "$DB" actors --kind org --json
assert_json 'any(r["name"] == "Kremlin" for r in d)'
kremlin=$(python3 -c 'import json,sys; print([r["mentions"] for r in json.load(open(sys.argv[1])) if r["name"] == "Kremlin"][0])' "$T/out")

mkdir -p "$XDG_CONFIG_HOME/newsroom"
printf 'Russian Presidency: [Kremlin, the Kremlin]\n' >"$XDG_CONFIG_HOME/newsroom/aliases.yaml"
run "$NR" --db "$DB" reindex
assert_rc 0 "reindex with an alias file"
run "$NR" --db "$DB" actors --kind org --json
assert_json 'not any(r["name"] == "Kremlin" for r in d)' "the old name is gone"
assert_json 'any(r["name"] == "Russian Presidency" and r["mentions"] == '"$kremlin"' and r["sources"] == 2 for r in d)' "renamed, same mentions"
run "$NR" --db "$DB" actors kremlin --json
assert_json 'd[0]["name"] == "Russian Presidency"' "found by its old name"

rm "$XDG_CONFIG_HOME/newsroom/aliases.yaml"
run "$NR" --db "$DB" reindex
assert_rc 0 "reindex without"
run "$NR" --db "$DB" actors --kind org --json
assert_json 'any(r["name"] == "Kremlin" and r["mentions"] == '"$kremlin"' for r in d) and not any(r["name"] == "Russian Presidency" for r in d)'

# a broken alias file is reported with its position; the rest goes on
printf 'Russian Presidency: [Kremlin\n' >"$XDG_CONFIG_HOME/newsroom/aliases.yaml"
run "$NR" --db "$DB" reindex
assert_rc 0 "reindex with a broken alias file"
assert_err "aliases.yaml:[0-9]+:[0-9]+: "
done_ok
