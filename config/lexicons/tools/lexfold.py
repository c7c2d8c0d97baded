"""Folding shared by the lexicon generators: the keys the extractor looks up
(src/fold.c): accents stripped, case folded, apostrophes dropped, every other
run of non-word characters one space."""
import unicodedata

DICT = '/usr/share/dict/american-english'  # Debian wamerican


def fold(s):
    out, space = [], True
    for ch in unicodedata.normalize('NFKD', s):
        if unicodedata.category(ch).startswith('M') or ch in "'\u2019\u2018\u02bc":
            continue
        for c in ch.casefold():
            if c.isalnum():
                out.append(c)
                space = False
            elif not space:
                out.append(' ')
                space = True
    return ''.join(out).strip()


def common_words(path=DICT):
    """Lower-case words of the dictionary: the common English words (a word
    the dictionary has only capitalised, like "Paris", is a name)."""
    words = set()
    for line in open(path, encoding='utf-8', errors='replace'):
        w = line.strip()
        if w and w[0].islower() and not w.endswith("'s"):
            words.add(fold(w))
    return words


def yaml_words(path, sections):
    """Every word of the given sections of a lexicon file, folded."""
    import yaml
    data = yaml.safe_load(open(path, encoding='utf-8')) or {}
    out = set()
    for sec in sections:
        v = data.get(sec) or []
        items = v.items() if isinstance(v, dict) else [(w, None) for w in v]
        for k, al in items:
            out.add(fold(str(k)))
            if isinstance(al, list):
                out.update(fold(str(a)) for a in al)
    return out


def fnv1a(data):
    """FNV-1a, 32 bits: the hash the extractor's lexicon uses (src/lexicon.c)."""
    h = 2166136261
    for b in data:
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


def write_table(out, headers, rows, per_bucket=4):
    """Writes a table the extractor reads in place: header lines, then a
    "!B" line giving the number of hash buckets and the byte offset of each
    bucket's first line (from the first data line; one more for the end),
    then rows "key<TAB>fields" grouped by bucket (FNV-1a of the key's bytes,
    modulo a power of two), sorted by key within a bucket.  A lookup hashes
    the key and reads the few lines of one bucket: no index to build."""
    nb = 1
    while nb * per_bucket < len(rows):
        nb *= 2
    keyed = sorted(((fnv1a(k.encode()) & (nb - 1), k.encode(), line)
                    for k, line in rows), key=lambda r: (r[0], r[1]))
    offs, pos, body, b = [], 0, [], 0
    for bucket, _, line in keyed:
        while b <= bucket:
            offs.append(pos)
            b += 1
        data = (line + '\n').encode()
        body.append(data)
        pos += len(data)
    while b <= nb:
        offs.append(pos)
        b += 1
    for h in headers:
        out.write(h + '\n')
    out.write(f'!B\t{nb}\t' + ' '.join(map(str, offs)) + '\n')
    out.flush()
    for data in body:
        out.buffer.write(data)
    out.buffer.flush()
