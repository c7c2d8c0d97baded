#!/bin/sh
# Statements by one actor across sources, found however the name is
# written: "zelensky" finds Volodymyr Zelenskyy, "Leavitt" Karoline Leavitt,
# each with quotes from both sample articles.
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
run "$NR" --db "$DB" import "$SAMPLES"
assert_rc 0 "import"

for name in zelensky Zelenskyy "ZELENSKIY" "President Zelensky"; do
    run "$NR" --db "$DB" quotes --speaker "$name" --json
    assert_rc 0 "quotes --speaker $name"
    assert_json 'len(d) >= 3 and all(r["speaker"] == "Volodymyr Zelenskyy" for r in d)' "$name"
    assert_json '{r["source"] for r in d} == {"FOX News", "NBC News"}' "$name: both sources"
    assert_json 'all(set(r) >= {"id", "article", "source", "date", "speaker", "text", "kind", "cue"} for r in d)'
    assert_json 'd[0]["date"] == "2025-08-08"' "newest first"
done

run "$NR" --db "$DB" quotes --speaker Leavitt --json
assert_rc 0 "quotes --speaker Leavitt"
assert_json 'len(d) >= 2 and all(r["speaker"] == "Karoline Leavitt" for r in d)'
assert_json '{r["source"] for r in d} == {"FOX News", "NBC News"}'
assert_json 'any("President Trump has been clear" in r["text"] for r in d)'

run "$NR" --db "$DB" quotes --speaker leavitt
assert_rc 0 "human output"
assert_out '^ID +DATE +SOURCE +ARTICLE +SPEAKER +QUOTE$'
assert_out 'NBC News +[0-9]+ +Karoline Leavitt'

run "$NR" --db "$DB" quotes --speaker "Nobody Inparticular" --json
assert_rc 0 "unknown speaker"
assert_json 'd == []'

run "$NR" --db "$DB" actors --kind person --json
assert_json 'any(r["name"] == "Volodymyr Zelenskyy" and r["sources"] == 2 for r in d)'
run "$NR" --db "$DB" actors zelenskiy --json
assert_json 'd[0]["name"] == "Volodymyr Zelenskyy"'
done_ok
