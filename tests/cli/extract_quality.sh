#!/bin/sh
# `newsroom extract --json` on the sample articles: who said what, named
# people and places; the user's own lexicon in the config directory
# extends the shipped one, and a broken lexicon file is reported with its
# line and column while extraction goes on.
. "$NEWSROOM_TOP/tests/lib.sh"

run "$NR" extract --json "$SAMPLES/fox-trump-putin-meeting.md" "$SAMPLES/nbc-trump-putin-summit.md"
assert_rc 0 "extract the samples"
python3 - "$T/out" <<'PY' || fail "samples: speakers, people, places"
import json, sys
fox, nbc = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
def pairs(d):
    return [(q["speaker"], q["text"][:24]) for q in d["quotes"] if q["kind"] != "indirect"]
assert pairs(fox) == [
    ("Donald Trump", "the meeting on Truth Soc"),
    ("Donald Trump", "great progress was made."),
    ("Marco Rubio", "talks with allies are on"),
    ("Karoline Leavitt", "The Russians expressed t"),
    ("Marco Rubio", "A lot has to happen befo"),
    ("Marco Rubio", "There\u2019s still many imped"),
    ("Volodymyr Zelenskyy", "It seems that Russia is "),
    ("Volodymyr Zelenskyy", "Russia could attempt to "),
], pairs(fox)
assert [s for s, _ in pairs(nbc)] == ["Karoline Leavitt", "Vladimir Putin", "Vladimir Putin", "Vladimir Putin",
    "Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "Donald Trump", "Donald Trump"], pairs(nbc)
people = {p["name"] for p in fox["people"]} - {"Jim Watson", "Emmanuel Dunand"}
assert people == {"Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy", "Steve Witkoff", "Marco Rubio",
                  "Karoline Leavitt"}, people
assert {p["name"] for p in fox["places"]} == {"Russia", "Ukraine", "Moscow", "United States"}
assert {p["name"] for p in nbc["places"]} - {"United States"} == {"United Arab Emirates", "Hungary",
    "Switzerland", "Rome", "Ukraine", "Russia"}
raw = open(fox["path"], "rb").read()
for q in fox["quotes"]:
    # every speaker mention lies in the file where the JSON says
    if q["speaker_start"] is not None:
        assert q["speaker_end"] > q["speaker_start"]
    assert raw[q["start"]:q["end"]].decode() == q["text"]
# the anonymous source keeps its mention and no name
anon = [q for q in nbc["quotes"] if q["speaker"] is None and q["speaker_start"] is not None]
assert any(open(nbc["path"], "rb").read()[q["speaker_start"]:q["speaker_end"]] == b"a senior White House official"
           for q in anon), anon
PY
ok

# The user's lexicon: a new speech verb and a given name.
mkdir -p "$XDG_CONFIG_HOME/newsroom/lexicons"
printf 'speech_verbs:\n  opine: [opined]\nfemale: [Zorka]\n' >"$XDG_CONFIG_HOME/newsroom/lexicons/mine.yaml"
printf '"We shall see," Zorka Vuk opined.\n' >"$T/opine.txt"
run "$NR" extract --json "$T/opine.txt"
assert_rc 0 "extract with the user's lexicon"
assert_json 'd["quotes"][0]["cue"] == "opined" and d["quotes"][0]["speaker"] == "Zorka Vuk"' "user lexicon extends the shipped one"

# A broken lexicon file: reported with line and column; the rest still loads.
printf 'male: [Tom, Dick\nfemale: [Ann]\n' >"$XDG_CONFIG_HOME/newsroom/lexicons/broken.yaml"
run "$NR" extract --json "$T/opine.txt"
assert_err 'broken\.yaml:[0-9]+:[0-9]+: ' "the broken file is named with line and column"
assert_json 'd["quotes"][0]["cue"] == "opined"' "the good files still load"
done_ok
