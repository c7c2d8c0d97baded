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
