#!/usr/bin/env python3
"""Writes N synthetic news articles for benchmarks and hardness tests.

Each article (about 2.5 KB) is Markdown with YAML front matter (title,
source, date, url) -- a few are BBC style ("headline, blank line, body") or
plain text -- composed from sentence templates and name lists written for
newsroom: varied outlets and dates, people with titles and roles, places,
organisations, direct quotes with speech tags before, after and inside the
quote, partial quotes, indirect speech and pronoun continuations.

Output is deterministic for a given --seed and --count, and every article is
distinct (so importing N files adds N articles).  Files go into
DIR/NNN/ID.md, 1,000 per folder.  With --bbc DIR some articles reuse the
body of a BBC article read at run time, under a generated headline.

Usage: gen.py --count N --out DIR [--seed S] [--bbc DIR] [--bbc-share F]
              [--first K] [--summary FILE]
"""
import argparse
import json
import os
import random
import sys

FIRST_M = """James John Robert Michael William David Richard Joseph Thomas Charles
Daniel Matthew Anthony Mark Paul Steven Andrew Kenneth Joshua Kevin Brian George
Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Stephen Jonathan
Larry Justin Scott Brandon Frank Benjamin Gregory Samuel Raymond Patrick Alexander
Jack Dennis Jerry Tyler Aaron Henry Peter Adam Nathan Olaf Emmanuel Pedro Luis Ahmed
Sergei Viktor Mateusz Kenji Rahul Tomas Lars""".split()
FIRST_F = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen
Nancy Lisa Margaret Betty Sandra Ashley Dorothy Kimberly Emily Donna Michelle Carol
Amanda Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Shirley
Angela Helen Anna Brenda Pamela Nicole Ruth Katherine Samantha Christine Emma Catherine
Maria Ursula Giorgia Annalena Priya Yuki Sofia Ingrid Amelie""".split()
SURNAMES = """Abbott Acosta Adler Alvarez Andersen Baker Barros Becker Bellamy Bennett
Berger Blackwood Bondarenko Brennan Brooks Calloway Carrington Castillo Chandler
Chen Clarke Coleman Costa Crawford Dalton Delgado Donovan Duarte Dubois Eriksen
Everett Fairbanks Farrell Fischer Fitzgerald Fletcher Fontaine Foster Gallagher
Garrison Gomez Grant Greer Gutierrez Hale Halvorsen Hamilton Harding Hartmann
Hastings Hawkins Holloway Horvath Hughes Ibarra Jensen Kaminski Keller Kendrick
Kovacs Kowalski Lachance Lambert Larsen Lindqvist Lombardi Lowell Maddox Marchetti
Mercer Moreau Morrison Nakamura Navarro Novak Okafor Oliveira Ortega Petrov Pham
Quinlan Ramirez Reinholt Rossi Salazar Schaefer Sorensen Sullivan Tanaka Thornton
Underwood Valdez Vasquez Voss Wallace Whitfield Yamamoto Zelenko Zimmermann""".split()
# Names with accents, particles and hyphens, for realism in folding and search.
SPECIAL = ["José Luis Ábalos", "François Lemaître", "Søren Kierkegård-Holm",
           "Jean-Yves Le Drian", "Kim Jong-un", "Kim Yong-chol", "Olena Kovalenko-Dvořák",
           "Björn Ågren", "Zoë Ní Bhriain", "Mohammed bin Rashid"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister",
          "Finance Minister", "Senator", "Governor", "Mayor", "Chancellor",
          "Secretary of State", "Interior Minister", "Representative"]
ROLES = ["spokeswoman", "spokesman", "economist", "analyst", "minister",
         "ambassador", "chief executive", "professor", "union leader", "general"]
COUNTRIES = ["Ukraine", "Russia", "France", "Germany", "Poland", "Italy", "Spain",
             "Japan", "China", "India", "Brazil", "Mexico", "Canada", "Turkey",
             "Egypt", "Kenya", "Nigeria", "Australia", "Sweden", "Norway",
             "Hungary", "Switzerland", "South Korea", "Argentina", "Israel"]
DEMONYMS = {"Ukraine": "Ukrainian", "Russia": "Russian", "France": "French",
            "Germany": "German", "Poland": "Polish", "Italy": "Italian",
            "Spain": "Spanish", "Japan": "Japanese", "China": "Chinese",
            "India": "Indian", "Brazil": "Brazilian", "Mexico": "Mexican",
            "Canada": "Canadian", "Turkey": "Turkish", "Egypt": "Egyptian",
            "Kenya": "Kenyan", "Nigeria": "Nigerian", "Australia": "Australian",
            "Sweden": "Swedish", "Norway": "Norwegian", "Hungary": "Hungarian",
            "Switzerland": "Swiss", "South Korea": "South Korean",
            "Argentina": "Argentine", "Israel": "Israeli"}
CITIES = ["Kyiv", "Moscow", "Paris", "Berlin", "Warsaw", "Rome", "Madrid", "Tokyo",
          "Beijing", "New Delhi", "Brasilia", "Mexico City", "Ottawa", "Ankara",
          "Cairo", "Nairobi", "Lagos", "Sydney", "Stockholm", "Oslo", "Budapest",
          "Geneva", "Seoul", "Buenos Aires", "Jerusalem", "London", "Washington",
          "New York", "Brussels", "Vienna", "Lisbon", "Athens", "Dublin", "Prague"]
ORGS = ["the White House", "the Kremlin", "NATO", "the European Commission",
        "the United Nations", "the World Bank", "the International Monetary Fund",
        "the Pentagon", "the State Department", "the Bank of England",
        "the European Central Bank", "the World Health Organization"]
OUTLETS = [("Reuters", "reuters.com"), ("Associated Press", "apnews.com"),
           ("BBC News", "bbc.co.uk"), ("NBC News", "nbcnews.com"),
           ("FOX News", "foxnews.com"), ("The Guardian", "theguardian.com"),
           ("Le Monde", "lemonde.fr"), ("Al Jazeera", "aljazeera.com"),
           ("Deutsche Welle", "dw.com"), ("CNN", "cnn.com"),
           ("The New York Times", "nytimes.com"), ("Politico", "politico.com"),
           ("The Washington Post", "washingtonpost.com"), ("NPR", "npr.org"),
           ("Financial Times", "ft.com"), ("Kyiv Independent", "kyivindependent.com"),
           ("Der Spiegel", "spiegel.de"), ("El País", "elpais.com"),
           ("Yomiuri Shimbun", "yomiuri.co.jp"), ("The Hindu", "thehindu.com")]
TOPICS = ["ceasefire", "trade", "budget", "election", "energy", "climate", "migration",
          "sanctions", "inflation", "healthcare", "security", "tariffs", "housing",
          "pensions", "railway", "drought", "vaccine", "summit", "pipeline", "strike"]
NOUNS = ["talks", "deal", "proposal", "plan", "reform", "agreement", "package",
         "negotiations", "framework", "bill", "inquiry", "programme", "investment",
         "dispute", "strategy", "review", "accord", "initiative", "measures", "report"]
ADJS = ["difficult", "productive", "historic", "fragile", "urgent", "ambitious",
        "modest", "controversial", "long-awaited", "limited", "broad", "cautious",
        "unexpected", "decisive", "narrow", "costly", "promising", "stalled"]
VERBS = ["said", "added", "told reporters", "warned", "insisted", "argued",
         "noted", "explained", "stressed", "claimed", "acknowledged", "wrote"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
        "on Saturday", "on Sunday", "late on Thursday", "earlier this week", "overnight"]
FILLER = """officials expected the {adj} {topic} {noun} to be discussed again before the end
of the month|markets in {city} reacted calmly to the news, with shares edging higher in
early trading|the {topic} {noun} has divided lawmakers for more than a year|critics said the
{noun} did too little and came too late for the families affected|diplomats in {city}
described the mood as {adj} but said no final decision had been taken|the figures, published
by {org}, showed a sharp rise in {topic} costs over the past twelve months|a vote on the
{topic} {noun} is expected next week, although the timetable could still slip|analysts
pointed to the {adj} state of {topic} negotiations between {country} and {country2}|the
delegation arrived in {city} after a two-day visit to {city2}|several ministers from
{country} are due to attend a meeting in {city} at the weekend|the {noun} would cost an
estimated {num} million euros over five years, according to {org}|protesters gathered
outside the parliament in {city} to demand changes to the {topic} {noun}|the government
in {country} has so far declined to comment on the {topic} {noun}|a report by {org}
said {topic} spending had fallen for the third year in a row""".replace("\n", " ").split("|")
QUOTES = """We are ready to continue the {topic} {noun}, but only on fair terms|This is a
{adj} moment for {country} and for the whole region|Nobody should be surprised by what
happened in {city} this week|The {noun} is not perfect, but it is a serious step forward|We
will not accept any {topic} {noun} that ignores the people it affects|I have said many times
that the door remains open|Our priority is the safety of every family in {country}|The
numbers speak for themselves, and they are not good|There is still a great deal of work to
do before anything is signed|It is going to be up to them, and we are going to see what they
have to say|We expect a decision within days, not weeks|Frankly, the {noun} came far too late|
This was a {adj} meeting, and I think both sides know it|The people of {city} deserve a clear
answer""".replace("\n", " ").split("|")
PARTIALS = ["highly productive", "deeply worrying", "a step in the right direction",
            "completely unacceptable", "very disappointed", "a historic opportunity",
            "not a priority", "a matter of weeks"]


def make_cast(rng):
    cast = []
    for i in range(600):
        female = rng.random() < 0.45
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = SURNAMES[i % len(SURNAMES)] if i < len(SURNAMES) else rng.choice(SURNAMES)
        cast.append({"name": f"{first} {last}", "last": last, "female": female,
                     "title": rng.choice(TITLES) if rng.random() < 0.5 else None,
                     "role": rng.choice(ROLES),
                     "country": rng.choice(COUNTRIES)})
    for s in SPECIAL:
        parts = s.split()
        cast.append({"name": s, "last": parts[-1], "female": s.startswith(("Olena", "Zo")),
                     "title": rng.choice(TITLES), "role": rng.choice(ROLES),
                     "country": rng.choice(COUNTRIES)})
    # Unique full names only: two different people never share a full name.
    seen, out = set(), []
    for c in cast:
        if c["name"] not in seen:
            seen.add(c["name"])
            out.append(c)
    return out


def pick_person(rng, cast):
    # Zipf-like popularity: a few people appear in many articles.
    i = int(len(cast) * (rng.random() ** 3))
    return cast[min(i, len(cast) - 1)]


def fill(rng, tmpl):
    c1, c2 = rng.sample(COUNTRIES, 2)
    k1, k2 = rng.sample(CITIES, 2)
    return tmpl.format(adj=rng.choice(ADJS), topic=rng.choice(TOPICS),
                       noun=rng.choice(NOUNS), city=k1, city2=k2, country=c1,
                       country2=c2, org=rng.choice(ORGS), num=rng.randint(3, 900))


def lower1(s):
    return s if s.startswith("I ") else s[:1].lower() + s[1:]


def cap(s):
    return s[:1].upper() + s[1:]


def intro(p):
    if p["title"]:
        return f"{DEMONYMS[p['country']]} {p['title']} {p['name']}"
    art = "an" if p["role"][0] in "aeiou" else "a"
    return f"{p['name']}, {art} {p['role']} in {rng_city_for(p)},"


def rng_city_for(p):
    return {"Ukraine": "Kyiv", "Russia": "Moscow", "France": "Paris",
            "Germany": "Berlin"}.get(p["country"], p["country"])


def quote_para(rng, p, first, curly):
    return tidy(quote_para_raw(rng, p, first, curly))


def tidy(s):
    return s.replace(",.", ".").replace(",:", ":").replace(", \u201c", ", \u201c")


def quote_para_raw(rng, p, first, curly):
    lq, rq = ("\u201c", "\u201d") if curly else ('"', '"')
    q = fill(rng, rng.choice(QUOTES))
    q2 = fill(rng, rng.choice(QUOTES))
    who = intro(p) if first else p["last"]
    pron = "She" if p["female"] else "He"
    verb = rng.choice(VERBS)
    form = rng.randrange(7)
    if form == 0:
        return f"{lq}{q},{rq} {who} {verb} {rng.choice(DAYS)}."
    if form == 1:
        return f"{who} {verb} {rng.choice(DAYS)}: {lq}{q}.{rq}"
    if form == 2:
        return f"{lq}{q},{rq} said {who}. {lq}{q2}.{rq}"
    if form == 3:
        return f"{lq}{q},{rq} {who} said, {lq}and {lower1(q2)}.{rq}"
    if form == 4:
        return (f"{who} described the {rng.choice(NOUNS)} as {lq}{rng.choice(PARTIALS)}{rq} "
                f"and said the {rng.choice(TOPICS)} {rng.choice(NOUNS)} was {rng.choice(ADJS)}.")
    if form == 5:
        return f"{who} {verb} {rng.choice(DAYS)} that {fill(rng, rng.choice(FILLER))}."
    return f"{who} {verb}: {lq}{q}.{rq} {pron} added, {lq}{q2}.{rq}"


def article(rng, cast, idx, bbc_bodies, bbc_share):
    outlet, domain = rng.choice(OUTLETS)
    year = rng.choice([2023, 2024, 2025, 2026])
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    people = []
    while len(people) < 3:
        p = pick_person(rng, cast)
        if p not in people:
            people.append(p)
    topic, noun = rng.choice(TOPICS), rng.choice(NOUNS)
    city = rng.choice(CITIES)
    title = f"{people[0]['last']} says {topic} {noun} is {rng.choice(ADJS)} after {city} meeting"
    paras = []
    if bbc_bodies and rng.random() < bbc_share:
        head, body = rng.choice(bbc_bodies)
        title = head
        paras.append(body.strip())
    else:
        curly = rng.random() < 0.5
        paras.append(f"{intro(people[0])} said {rng.choice(DAYS)} that the {topic} {noun} "
                     f"discussed in {city} was {rng.choice(ADJS)}, {a_or(rng)} "
                     f"{fill(rng, rng.choice(FILLER))}.")
        size = len(paras[0])
        k = 0
        while size < 2300:
            if k % 2 == 0:
                p = people[(k // 2) % 3]
                para = quote_para(rng, p, k < 6, curly)
            else:
                para = cap(fill(rng, rng.choice(FILLER))) + ". " + \
                    cap(fill(rng, rng.choice(FILLER))) + "."
            paras.append(para)
            size += len(para) + 2
            k += 1
    # A closing line that makes every article distinct.
    paras.append(f"Reporting by {rng.choice(FIRST_F + FIRST_M)} {rng.choice(SURNAMES)} "
                 f"in {city}; item {idx}.")
    body = "\n\n".join(paras) + "\n"
    style = rng.random()
    if style < 0.85:
        slug = title.lower().replace(" ", "-")[:60]
        fm = (f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nsource: {outlet}\n"
              f"date: {date}\nurl: https://www.{domain}/news/{idx}-{slug}\n---\n")
        return fm + body
    if style < 0.95:
        return f"{title}\n\n{body}"
    return body


def a_or(rng):
    return rng.choice(["as", "while", "after", "because"])


def load_bbc(path):
    out = []
    for root, _dirs, files in os.walk(path):
        for f in sorted(files):
            if not f.endswith(".txt"):
                continue
            try:
                with open(os.path.join(root, f), encoding="utf-8") as fh:
                    t = fh.read()
            except (UnicodeDecodeError, OSError):
                continue
            head, _, body = t.partition("\n")
            if head.strip() and body.strip():
                out.append((head.strip(), body))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--first", type=int, default=0, help="index of the first article")
    ap.add_argument("--bbc", help="folder of BBC articles to reuse bodies from")
    ap.add_argument("--bbc-share", type=float, default=0.1)
    ap.add_argument("--flat", action="store_true", help="no NNN/ subfolders")
    ap.add_argument("--summary", help="write the most quoted people as JSON here")
    a = ap.parse_args()
    cast = make_cast(random.Random(12345))   # the same cast for every store size
    rng = random.Random(a.seed * 1000003 + a.first)
    bbc = load_bbc(a.bbc) if a.bbc and os.path.isdir(a.bbc) else []
    os.makedirs(a.out, exist_ok=True)
    nbytes = 0
    for i in range(a.first, a.first + a.count):
        d = a.out if a.flat else os.path.join(a.out, f"{i // 1000:03d}")
        if a.flat or i % 1000 == 0 or i == a.first:
            os.makedirs(d, exist_ok=True)
        text = article(rng, cast, i, bbc, a.bbc_share)
        data = text.encode("utf-8")
        nbytes += len(data)
        with open(os.path.join(d, f"a{i:06d}.md"), "wb") as fh:
            fh.write(data)
    if a.summary:
        with open(a.summary, "w", encoding="utf-8") as fh:
            json.dump({"count": a.count, "bytes": nbytes,
                       "popular": [c["name"] for c in cast[:5]],
                       "middle": [c["name"] for c in cast[40:45]],
                       "rare": [c["name"] for c in cast[-20:-15]]}, fh, ensure_ascii=False)
    print(f"{a.count} articles, {nbytes} bytes in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
