#!/usr/bin/env python3
"""Statement groups and surname actors of a store, measured.

    python3 bench/statements.py STORE.db [--show N] [--check]

--check: exit 1 when a target is missed (more than 1% of cross-article
statements holding an unrelated quote, or any surname apart).

Statements: a statement is cross-article when its quotes come from two or
more articles.  A member quote is *unrelated* when, with every other member
of its statement, it shares less than half of the content words of the
shorter of the two (overlap coefficient |A & B| / min(|A|, |B|) < 0.5).
Content words are the quote's words (lower case, accents and apostrophes
dropped, split on anything not a letter or digit) minus the English
stopwords below; no stemming.  This list and rule are the measure's own,
not the grouping's (src/store_group.c), so the grouping does not grade
itself.  Reported: cross-article statements, those holding an unrelated
quote, and the share.

Surnames: a surname-only person actor is a person whose name is one word
("Obama", "Kilroy-Silk").  A full-name person of that surname is a person
whose name has several words and whose key ends in the surname's key.  One
dominates the surname when it has at least three times the mentions of any
other full-name person of that surname and at least half as many as the
surname-only actor.  Reported: surname-only actors with 5+ mentions that
stand apart from a dominating full-name person (target 0), and those that
stand apart because two compete.
"""
import re
import sqlite3
import sys
import unicodedata

STOP = set("""
a about above after again against ain all am an and any are aren arent as at be because been before
being below between both but by can cannot cant could couldn couldnt d did didn didnt do does doesn
doesnt doing don dont down during each few for from further had hadn hadnt has hasn hasnt have haven
havent having he hed hell her here heres hers herself hes him himself his how hows i id if ill im in
into is isn isnt it its itself ive just ll m ma me might mightn more most must mustn my myself no nor
not now o of off on once only or other ought our ours ourselves out over own re s said same says shan
she shed shell shes should shouldn shouldnt so some such t than that thats the their theirs them
themselves then there theres these they theyd theyll theyre theyve this those through to too under
until up us ve very was wasn wasnt we wed well were weren werent weve what whats when whens where
wheres which while who whom whos why whys will with won wont would wouldn wouldnt y you youd youll
your youre yours yourself yourselves youve
""".split())


def fold(text):
    t = unicodedata.normalize("NFKD", text.casefold())
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"['\u2019\u2018\u02bc]", "", t)
    return re.sub(r"[^\w]+|_", " ", t).split()


def content(text):
    return {w for w in fold(text) if w not in STOP}


def overlap(a, b):
    m = min(len(a), len(b))
    return len(a & b) / m if m else 0.0


def statements(db, show):
    rows = db.execute(
        "SELECT q.statement_id, q.id, q.article_id, q.text FROM quotes q"
        " WHERE q.statement_id IN (SELECT statement_id FROM quotes WHERE statement_id IS NOT NULL"
        "  GROUP BY statement_id HAVING count(DISTINCT article_id) > 1)"
        " ORDER BY q.statement_id, q.id")
    groups = {}
    for sid, qid, aid, text in rows:
        groups.setdefault(sid, []).append((qid, aid, text, content(text)))
    bad = []
    for sid, members in groups.items():
        for i, (qid, aid, text, words) in enumerate(members):
            if all(overlap(words, o[3]) < 0.5 for j, o in enumerate(members) if j != i):
                bad.append((sid, len(members), text))
                break
    n = len(groups)
    share = 100.0 * len(bad) / n if n else 0.0
    print(f"cross-article statements: {n}")
    print(f"  holding a quote unrelated to every other member: {len(bad)} ({share:.1f}%)")
    biggest = max((len(m) for m in groups.values()), default=0)
    print(f"  largest statement: {biggest} quotes")
    for sid, size, text in bad[:show]:
        print(f"    statement {sid} ({size} quotes): {text[:100]}")
    return share <= 1.0


def surnames(db, show):
    people = db.execute(
        "SELECT id, name, key, n_mentions FROM actors WHERE kind = 0").fetchall()
    full = {}
    for aid, name, key, n in people:
        if " " in name.strip():
            full.setdefault(key.split(" ")[-1], []).append((n, name, key))
    apart, compete = [], []
    for aid, name, key, n in people:
        if " " in name.strip() or n < 5:
            continue
        cands = sorted((c for c in full.get(key.split(" ")[-1], [])
                        if c[2] != key and c[2].endswith(" " + key)), reverse=True)
        if not cands:
            continue
        top = cands[0][0]
        second = cands[1][0] if len(cands) > 1 else 0
        if top >= 3 * second and 2 * top >= n:
            apart.append((n, name, cands[0][1], top))
        else:
            compete.append((n, name, cands[0][1], top))
    apart.sort(reverse=True)
    print(f"surname-only people with 5+ mentions apart from a dominating full name: {len(apart)}")
    for n, name, fn, top in apart[:show]:
        print(f"    {name} ({n}) beside {fn} ({top})")
    print(f"  apart because two or more full names compete: {len(compete)}")
    return not apart


def main():
    args = sys.argv[1:]
    show = 10
    check = "--check" in args
    if check:
        args.remove("--check")
    if "--show" in args:
        i = args.index("--show")
        show = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    db = sqlite3.connect(f"file:{args[0]}?mode=ro", uri=True)
    met = statements(db, show)
    met = surnames(db, show) and met
    if check and not met:
        sys.exit(1)


if __name__ == "__main__":
    main()
