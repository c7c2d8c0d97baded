#!/bin/sh
# `newsroom extract --json`: exactly the documented schema, one object per
# file in the order given, offsets are bytes into the file on disk (also for
# a file with a BOM and CRLF line ends); an unreadable file gives "error".
. "$NEWSROOM_TOP/tests/lib.sh"

printf '\357\273\277---\r\ntitle: Harbour\r\nsource: Test Wire\r\n---\r\nThe mayor, Ann Example, said: \342\200\234We will reopen the harbour.\342\200\235\r\n\r\n\342\200\234It will take a year,\342\200\235 Example said, \342\200\234and it will cost less than the bridge.\342\200\235\r\n' >"$T/crlf.md"

run "$NR" extract --json "$SAMPLES/fox-trump-putin-meeting.md" "$SAMPLES/nbc-trump-putin-summit.md" "$T/crlf.md" "$T/missing.md"
assert_rc 1 "extract with a missing file"
assert_err 'missing.md: No such file or directory'
python3 - "$T/out" "$SAMPLES/fox-trump-putin-meeting.md" "$SAMPLES/nbc-trump-putin-summit.md" "$T/crlf.md" "$T/missing.md" <<'PY' || fail "schema"
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
paths = sys.argv[2:]
assert len(lines) == len(paths), (len(lines), len(paths))
keys = ["path", "title", "source", "date", "people", "places", "organizations", "quotes"]
qkeys = ["text", "start", "end", "spans", "kind", "speaker", "speaker_start", "speaker_end", "cue"]
def opt(v, t): return v is None or isinstance(v, t)
for line, path in zip(lines, paths):
    d = json.loads(line)
    assert d["path"] == path, (d["path"], path)
    if path.endswith("missing.md"):
        assert list(d) == ["path", "error"] and d["error"], d
        continue
    assert list(d) == keys, list(d)
    raw = open(path, "rb").read()
    assert isinstance(d["title"], str) and d["title"]
    assert opt(d["source"], str) and opt(d["date"], str)
    if d["date"] is not None:
        assert len(d["date"]) == 10 and d["date"][4] == "-" and d["date"][7] == "-"
    for k in ("people", "places", "organizations"):
        assert isinstance(d[k], list)
        for e in d[k]:
            assert list(e) == ["name", "mentions"] and isinstance(e["name"], str) and e["name"]
            for s, t in e["mentions"]:
                assert isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(raw)
                raw[s:t].decode("utf-8")
    for q in d["quotes"]:
        assert list(q) == qkeys, list(q)
        assert q["kind"] in ("direct", "partial", "indirect")
        assert 0 <= q["start"] < q["end"] <= len(raw)
        spans = q["spans"]
        assert spans and spans[0][0] == q["start"] and spans[-1][1] == q["end"], q
        assert all(s < t for s, t in spans) and all(a[1] < b[0] for a, b in zip(spans, spans[1:])), spans
        words = [raw[s:t].decode("utf-8") for s, t in spans]
        text = words[0]
        for (_, pe), (ns, _), w in zip(spans, spans[1:], words[1:]):
            text += ("\n\n" if b"\n" in raw[pe:ns] else " ") + w
        assert text == q["text"], (q, text)
        assert opt(q["speaker"], str) and opt(q["cue"], str)
        assert (q["speaker_start"] is None) == (q["speaker_end"] is None)
        if q["speaker_start"] is not None:
            assert 0 <= q["speaker_start"] < q["speaker_end"] <= len(raw)
fox, nbc, crlf = (json.loads(l) for l in lines[:3])
assert fox["source"] == "FOX News" and fox["date"] == "2025-08-06"
assert nbc["source"] == "NBC News" and nbc["date"] == "2025-08-08"
assert nbc["title"].startswith("Trump-Putin meeting tentatively set")
assert crlf["title"] == "Harbour" and crlf["source"] == "Test Wire" and crlf["date"] is None
# a quotation split by its tag is one quote of two spans, the tag outside
split = [q for q in crlf["quotes"] if q["text"].startswith("It will take")]
assert len(split) == 1 and len(split[0]["spans"]) == 2, crlf["quotes"]
assert split[0]["text"] == "It will take a year, and it will cost less than the bridge.", split[0]
assert split[0]["speaker"] == "Ann Example" and split[0]["cue"] == "said", split[0]
PY
ok

# The seeds: people, places and quotes are found, with speakers, at the
# places the file has them.
python3 - "$T/out" <<'PY' || fail "seed content"
import json, sys
fox, nbc = (json.loads(l) for l in open(sys.argv[1], encoding="utf-8").read().splitlines()[:2])
for d in (fox, nbc):
    people = {e["name"] for e in d["people"]}
    assert {"Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy"} <= people, people
    assert any(e["name"] == "Moscow" or e["name"] == "Russia" for e in d["places"]), d["places"]
    assert len(d["quotes"]) >= 8, len(d["quotes"])
    assert "Karoline Leavitt" in {q["speaker"] for q in d["quotes"]}
    assert "Volodymyr Zelenskyy" in {q["speaker"] for q in d["quotes"]}
PY
ok

# Human output
run "$NR" extract "$SAMPLES/nbc-trump-putin-summit.md"
assert_rc 0 "extract"
assert_out '^  Trump-Putin meeting tentatively set for next week, White House official says'
done_ok
