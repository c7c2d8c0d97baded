#!/bin/sh
# Statements across outlets and one actor per person, on articles written
# for it: a quote joins a statement only when it is largely the same as
# the statement's first quote (a partial cut joins, a chain of near
# matches does not, the same topic in another sentence does not), and a
# surname alone joins the full-name person who dominates it, but not when
# two compete.  `regroup` gives an existing store the same.
. "$NEWSROOM_TOP/tests/lib.sh"
DB="$T/news.db"
A="$T/articles"
mkdir -p "$A"

article() { # file, outlet, date, body
    printf -- '---\ntitle: Story %s\nsource: %s\ndate: %s\n---\n%s\n' "$1" "$2" "$3" "$4" >"$A/$1.md"
}
article a1 "Valley Courier" 2025-04-14 'Mayor Jane Doe spoke at the town hall on Monday.

"We will rebuild the old bridge over the river by spring," Jane Doe said.'
article a2 "River Times" 2025-04-15 'Jane Doe, the mayor, addressed the council on Tuesday.

"We will rebuild the old bridge over the river by spring, and the ferry will stop running when the new road opens," Jane Doe said.'
article a3 "Hill Gazette" 2025-04-16 'Jane Doe met ferry workers on Wednesday.

"The ferry will stop running when the new road opens in the summer," Jane Doe said.'
article a4 "Plain Post" 2025-04-17 'Jane Doe visited the river bank on Thursday.

"The old bridge has been closed since the flood in March," Jane Doe said.'

# Nora Quimby dominates her surname; Tom Varga (4 mentions) and Lena Varga
# (2) compete for theirs.  The surname articles never give a full name.
for i in 1 2 3; do
    article "q$i" "Valley Courier" "2025-05-0$i" "Governor Nora Quimby spoke in Ohio on day $i. Nora Quimby said the economy was growing, and Nora Quimby thanked the workers of plant $i."
done
article e1 "River Times" 2025-05-04 'Ed Quimby visited a school in Chicago on Friday.'
article q9 "Hill Gazette" 2025-05-05 'Mrs Quimby told reporters in Toledo that the new trade pact would protect American jobs in every state. Mrs Quimby spoke for an hour.'
for i in 1 2; do
    article "t$i" "Plain Post" "2025-05-0$i" "Tom Varga spoke in Iowa on day $i. Tom Varga promised lower taxes."
done
article l1 "Plain Post" 2025-05-03 'Lena Varga opened a library in Texas. Lena Varga thanked the donors.'
article v9 "River Times" 2025-05-06 'Mr Varga told the audience in Dallas that oil prices would fall next year. Mr Varga left early.'

check_store() {
    run "$NR" --db "$DB" quotes --speaker "Jane Doe" --json
    assert_rc 0 "quotes of Jane Doe"
    python3 - "$T/out" <<'PY' || fail "statements of Jane Doe"
import json, sys
rows = json.load(open(sys.argv[1]))
def st(start):
    return [r["statement"] for r in rows if r["text"].startswith(start)][0]
short = st("We will rebuild the old bridge over the river by spring,")
assert len(rows) == 4, rows
# the longer report of the same words joins the first (a partial cut)
assert sum(1 for r in rows if r["statement"] == short) == 2, rows
# the ferry quote is near the longer report, not the first: no chain
assert st("The ferry will stop running") != short, rows
# the same topic in another sentence stays apart
assert st("The old bridge has been closed") != short, rows
assert all(r["reports"] == (2 if r["statement"] == short else 1) for r in rows), rows
PY
    ok
    run "$NR" --db "$DB" actors --kind person --json
    assert_json '[a["name"] for a in d if "Quimby" in a["name"]] == ["Nora Quimby", "Ed Quimby"]' "Quimby joins Nora Quimby"
    assert_json '[a["quotes"] for a in d if a["name"] == "Nora Quimby"] == [4]' "with its quote"
    assert_json 'sorted(a["name"] for a in d if "Varga" in a["name"]) == ["Lena Varga", "Tom Varga", "Varga"]' "Varga stays apart"
    run "$NR" --db "$DB" quotes --speaker "Nora Quimby" --json
    assert_json 'any(r["text"].startswith("the new trade pact") and r["speaker"] == "Nora Quimby" for r in d)'
}

run "$NR" --db "$DB" import "$A"
assert_rc 0 "import"
check_store

# a store grouped otherwise (every quote of the speaker in one statement,
# the surname its own actor again) is put right by regroup
python3 - "$DB" <<'PY' || fail "spoiling the store"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
sp = db.execute("SELECT id FROM actors WHERE name = 'Jane Doe'").fetchone()[0]
first = db.execute("SELECT min(statement_id) FROM quotes WHERE speaker_id = ?", (sp,)).fetchone()[0]
db.execute("UPDATE quotes SET statement_id = ? WHERE speaker_id = ?", (first, sp))
db.execute("UPDATE statements SET n_articles = 4 WHERE id = ?", (first,))
# "Mrs Quimby" of the article that never names her in full, an actor apart
nora = db.execute("SELECT id FROM actors WHERE name = 'Nora Quimby'").fetchone()[0]
art = db.execute("SELECT id FROM articles WHERE title = 'Story q9'").fetchone()[0]
cur = db.execute("INSERT INTO actors(kind, name, key, n_mentions, n_articles, n_quotes)"
                 " VALUES (0, 'Quimby', 'quimby', 2, 1, 1)")
alone = cur.lastrowid
db.execute("INSERT INTO aliases(actor_id, alias, key, vkey, vlast) VALUES (?, 'Quimby', 'quimby', 'quimby', 'quimby')",
           (alone,))
db.execute("UPDATE mentions SET actor_id = ? WHERE article_id = ? AND actor_id = ?", (alone, art, nora))
db.execute("UPDATE quotes SET speaker_id = ? WHERE article_id = ? AND speaker_id = ?", (alone, art, nora))
db.execute("UPDATE actors SET n_mentions = n_mentions - 2, n_articles = n_articles - 1, n_quotes = n_quotes - 1"
           " WHERE id = ?", (nora,))
db.commit()
PY
ok
run "$NR" --db "$DB" quotes --speaker "Jane Doe" --json
assert_json 'len(set(r["statement"] for r in d)) == 1' "spoiled"
run "$NR" --db "$DB" actors Quimby --json
assert_json '"Quimby" in [a["name"] for a in d]' "spoiled"
run "$NR" --db "$DB" regroup
assert_rc 0 "regroup"
assert_out '^regrouped [0-9]+ quotes into [0-9]+ statements, 2 reported by two or more articles; 1 surname joined to a person$'
check_store

run "$NR" --db "$DB" regroup extra
assert_rc 2 "regroup takes no arguments"
done_ok
