#!/usr/bin/env python3
"""newsroom benchmarks: medians of several runs, printed as a table with
each target.  Called by bench/run.sh (`make bench`); see there for the
environment variables.

Stores are generated once (bench/gen.py) and kept under build/bench/N/ with
the time their import took; they are rebuilt when gen.py or the store's
schema version changes, or with BENCH_REBUILD=1."""
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(TOP, "bench")


def env_int(name, default):
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


BIN = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(TOP, "newsroom")
OUT = os.path.abspath(os.environ.get("BENCH_DIR", os.path.join(TOP, "build", "bench")))
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "2000 20000 200000").split()]
RUNS = env_int("BENCH_RUNS", 7)
BBC = os.environ.get("BENCH_BBC", os.path.join(TOP, "..", "shared", "corpora", "bbc"))
HYPERFINE = shutil.which("hyperfine") if not os.environ.get("BENCH_NO_HYPERFINE") else None

os.makedirs(OUT, exist_ok=True)
ENV = dict(os.environ)
ENV.setdefault("NEWSROOM_DATADIR", os.path.join(TOP, "config"))
# Keep the user's own config and store out of it.
ENV["XDG_CONFIG_HOME"] = os.path.join(OUT, "xdg-config")
ENV["XDG_DATA_HOME"] = os.path.join(OUT, "xdg-data")
ENV.pop("NO_COLOR", None)
ENV.setdefault("TERM", "xterm-256color")
ENV["LC_ALL"] = ENV.get("LC_ALL") or "C.UTF-8"


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, env=ENV, capture_output=True, **kw)


def median_seconds(cmd, runs=RUNS, warmup=1, prepare=None):
    """Median wall time of cmd (a list), stdout discarded."""
    if HYPERFINE:
        js = os.path.join(OUT, "hyperfine.json")
        args = [HYPERFINE, "-N", "--runs", str(runs), "--warmup", str(warmup),
                "--export-json", js, "--style", "none", "-i"]
        if prepare:
            args += ["--prepare", prepare]
        r = subprocess.run(args + ["--", " ".join(shquote(c) for c in cmd)],
                           env=ENV, capture_output=True, text=True)
        if r.returncode == 0:
            return statistics.median(json.load(open(js))["results"][0]["times"])
        log(f"hyperfine failed ({r.stderr.strip()[:200]}); timing in Python")
    times = []
    for i in range(warmup + runs):
        if prepare:
            subprocess.run(prepare, shell=True, env=ENV)
        t0 = time.perf_counter()
        subprocess.run(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if i >= warmup:
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def shquote(s):
    return "'" + s.replace("'", "'\\''") + "'" if re.search(r"[^\w@%+=:,./-]", s) else s


def file_sha(path):
    with open(path, "rb") as f:
        return hashlib.sha1(f.read()).hexdigest()[:12]


def schema_version():
    try:
        m = re.search(r"STORE_SCHEMA_VERSION\s+(\d+)", open(os.path.join(TOP, "src", "store.h")).read())
        return m.group(1) if m else "?"
    except OSError:
        return "?"


# ---- stores ---------------------------------------------------------------
def articles_dir(n):
    d = os.path.join(OUT, str(n), "articles")
    stamp = os.path.join(OUT, str(n), "articles.key")
    key = file_sha(os.path.join(HERE, "gen.py"))
    if os.path.isdir(d) and os.path.exists(stamp) and open(stamp).read() == key:
        return d
    shutil.rmtree(d, ignore_errors=True)
    log(f"generating {n} articles ...")
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--count", str(n), "--out", d,
                    "--summary", os.path.join(OUT, str(n), "summary.json")], check=True)
    open(stamp, "w").write(key)
    return d


def du_bytes(d):
    total = 0
    for root, _dirs, files in os.walk(d):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    return total


def build_store(n):
    """Returns (db path, info dict with import seconds)."""
    base = os.path.join(OUT, str(n))
    db = os.path.join(base, "store.db")
    info_path = os.path.join(base, "store.json")
    key = f"{file_sha(os.path.join(HERE, 'gen.py'))}-schema{schema_version()}"
    arts = articles_dir(n)
    if not os.environ.get("BENCH_REBUILD") and os.path.exists(db) and os.path.exists(info_path):
        info = json.load(open(info_path))
        if info.get("key") == key:
            info["cached"] = True
            return db, info
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.unlink(db + suffix)
    log(f"importing {n} articles ...")
    t0 = time.perf_counter()
    r = run([BIN, "--db", db, "import", arts])
    secs = time.perf_counter() - t0
    if r.returncode not in (0, 1):
        log(f"import failed ({r.returncode}): {r.stderr.decode(errors='replace')[-500:]}")
        return None, None
    info = {"key": key, "seconds": secs, "articles": n, "bytes": du_bytes(arts),
            "db_bytes": os.path.getsize(db), "cached": False}
    # A fresh import for the small store is cheap: take the median of a few.
    if n <= 2000:
        tmpdb = os.path.join(base, "rerun.db")
        secs = median_seconds([BIN, "--db", tmpdb, "import", arts], runs=3, warmup=0,
                              prepare=f"rm -f {shquote(tmpdb)} {shquote(tmpdb)}-wal {shquote(tmpdb)}-shm")
        info["seconds"] = secs
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(tmpdb + suffix):
                os.unlink(tmpdb + suffix)
    json.dump(info, open(info_path, "w"))
    return db, info


def speaker_name(n):
    try:
        s = json.load(open(os.path.join(OUT, str(n), "summary.json")))
        return s["middle"][0]
    except (OSError, KeyError, ValueError):
        return "Jennifer Gomez"


def headline_figures(db, q):
    """Of the top 20 article hits of `search ceasefire`, how many have a
    text that repeats the headline as its first line; and the share of such
    texts among every article the word matches (what the top would hold if
    a repeated headline neither raised nor lowered a hit)."""
    import sqlite3
    r = run(q + ["search", "ceasefire", "--limit", "20", "--json"])
    try:
        ids = [h["id"] for h in json.loads(r.stdout) if h.get("type") == "article"]
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    except (ValueError, sqlite3.Error):
        return None, None

    def repeats(title, text):
        return (text or "").split("\n", 1)[0].strip() == (title or "").strip()
    top = sum(repeats(*con.execute("SELECT title, text FROM articles WHERE id = ?", (i,)).fetchone())
              for i in ids)
    n = every = 0
    for title, text in con.execute(
            "SELECT a.title, substr(a.text, 1, 400) FROM articles_fts f JOIN articles a ON a.id = f.rowid"
            " WHERE articles_fts MATCH 'ceasefire'"):
        n += 1
        every += repeats(title, text)
    con.close()
    return f"{top} of {len(ids)}", (f"{100 * every / n:.0f}%" if n else None)


def count_json(cmd):
    r = run(cmd)
    try:
        return len(json.loads(r.stdout))
    except ValueError:
        return None


# ---- figures --------------------------------------------------------------
def bbc_files():
    if not os.path.isdir(BBC):
        return []
    out = []
    for root, _dirs, files in os.walk(BBC):
        out += [os.path.join(root, f) for f in files if f.endswith(".txt")]
    return sorted(out)


def extract_rate(files):
    """MB/s of extract --json over files, on one core."""
    size = sum(os.path.getsize(f) for f in files)
    cmd = [BIN, "extract", "--json"] + files
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0"] + cmd
    secs = median_seconds(cmd, runs=max(5, RUNS))  # a short run: more of them for a steady median
    return size / secs / 1e6


def html_dir(arts, n):
    """The generated articles as saved web pages (JSON-LD, OpenGraph,
    navigation, a share bar, a caption, related links), made once."""
    d = os.path.join(OUT, str(n), "html")
    stamp = os.path.join(OUT, str(n), "html.key")
    key = file_sha(os.path.join(HERE, "gen.py")) + "-html1"
    if os.path.isdir(d) and os.path.exists(stamp) and open(stamp).read() == key:
        return d
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    esc = lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    for root, _dirs, files in os.walk(arts):
        for f in files:
            text = open(os.path.join(root, f), encoding="utf-8").read()
            meta, body = {}, text
            if text.startswith("---\n"):
                head, body = text[4:].split("\n---\n", 1)
                for line in head.splitlines():
                    k, _, v = line.partition(":")
                    meta[k.strip()] = v.strip().strip('"')
            title, src = meta.get("title", f), meta.get("source", "Outlet")
            paras = "".join(f"<p>{esc(p)}</p>\n" for p in body.split("\n\n") if p.strip())
            ld = json.dumps({"@type": "NewsArticle", "headline": title, "datePublished": meta.get("date", ""),
                             "author": {"name": "Staff"}, "publisher": {"name": src}})
            page = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{esc(title)} | {esc(src)}</title>"
                    f"<meta property=\"og:title\" content=\"{esc(title)}\"><link rel=\"canonical\" "
                    f"href=\"{esc(meta.get('url', ''))}\"><script type=\"application/ld+json\">{ld}</script></head>"
                    f"<body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>"
                    f"<div class=\"share\">Share on Facebook</div><article><h1>{esc(title)}</h1>"
                    f"<figure><img src=\"x.jpg\"><figcaption>A photo. Photo: Agency</figcaption></figure>"
                    f"{paras}<p>Read more: another story</p></article><aside class=\"related\">"
                    f"<a href=\"/a\">Related story</a></aside><footer>&copy; {esc(src)}</footer></body></html>\n")
            open(os.path.join(d, f[:-3] + ".html"), "w", encoding="utf-8").write(page)
    open(stamp, "w").write(key)
    return d


def import_rate(d, n):
    """Articles/s of an import of directory d (n articles) into a fresh store."""
    tmpdb = os.path.join(OUT, "rate.db")
    rm = f"rm -f {shquote(tmpdb)} {shquote(tmpdb)}-wal {shquote(tmpdb)}-shm"
    secs = median_seconds([BIN, "--db", tmpdb, "import", d], runs=max(3, RUNS // 2), warmup=0, prepare=rm)
    subprocess.run(rm, shell=True)
    return n / secs


def fmt(v, unit):
    if v is None:
        return "-"
    if unit == "MB/s":
        return f"{v:.1f} MB/s"
    if unit == "s":
        return f"{v:.2f} s"
    if unit == "ms":
        return f"{v:.1f} ms"
    if unit == "art/s":
        return f"{v:,.0f}/s"
    if unit == "MB":
        return f"{v:.1f} MB"
    return str(v)


def main():
    if not os.access(BIN, os.X_OK):
        sys.exit(f"bench: {BIN}: no such program (run make first)")
    nproc = os.cpu_count()
    log(f"newsroom bench: {BIN}, {nproc} cores, sizes {SIZES}, {RUNS} runs each"
        f"{', hyperfine' if HYPERFINE else ''}")
    rows = []          # (figure, target, {col: text}, verdict)
    cols = ["BBC"] + [f"{n:,}" for n in SIZES]
    vals = {}          # (figure, n) -> number

    bbc = bbc_files()
    if bbc:
        log("extract --json over the BBC corpus ...")
        rate = extract_rate(bbc)
        log("import of the BBC corpus into a fresh store ...")
        tmpdb = os.path.join(OUT, "bbc.db")
        rm = f"rm -f {shquote(tmpdb)} {shquote(tmpdb)}-wal {shquote(tmpdb)}-shm"
        imp = median_seconds([BIN, "--db", tmpdb, "import", BBC], runs=max(3, RUNS // 2),
                             warmup=1, prepare=rm)
        subprocess.run(rm, shell=True)
        vals[("extract", "BBC")] = rate
        vals[("bbcimport", "BBC")] = imp
    else:
        log(f"no BBC corpus at {BBC}: its rows are skipped")

    stores = {}
    for n in SIZES:
        db, info = build_store(n)
        if not db:
            continue
        stores[n] = (db, info)
        vals[("import", n)] = info["seconds"]
        vals[("rate", n)] = n / info["seconds"]
        vals[("dbsize", n)] = info["db_bytes"] / 1e6
        if n == SIZES[0] and n <= 20000:  # more files than one command line holds
            arts = articles_dir(n)
            files = [os.path.join(r, f) for r, _d, fs in os.walk(arts) for f in fs]
            vals[("extract", n)] = extract_rate(sorted(files))

    if SIZES[0] in stores:  # local web pages beside the same articles as text
        log(f"import of {SIZES[0]} articles as text and as saved web pages ...")
        vals[("text_rate", SIZES[0])] = import_rate(articles_dir(SIZES[0]), SIZES[0])
        vals[("html_rate", SIZES[0])] = import_rate(html_dir(articles_dir(SIZES[0]), SIZES[0]), SIZES[0])

    for n, (db, info) in stores.items():
        name = speaker_name(n)
        log(f"queries on the {n}-article store (speaker {name}) ...")
        q = [BIN, "--db", db]
        vals[("speaker", n)] = median_seconds(q + ["quotes", "--speaker", name, "--limit", "50"]) * 1000
        vals[("speaker_all", n)] = median_seconds(q + ["quotes", "--speaker", name]) * 1000
        vals[("speaker_rows", n)] = count_json(q + ["--json", "quotes", "--speaker", name]) \
            or count_json(q + ["quotes", "--json", "--speaker", name])
        vals[("search", n)] = median_seconds(q + ["search", "drought Lisbon", "--limit", "20"]) * 1000
        vals[("search_common", n)] = median_seconds(q + ["search", "ceasefire", "--limit", "20"]) * 1000
        vals[("articles", n)] = median_seconds(q + ["articles", "--limit", "50"]) * 1000
        vals[("quotes_all", n)] = median_seconds(q + ["quotes", "--limit", "50"]) * 1000
        vals[("headline", n)], vals[("headline_all", n)] = headline_figures(db, q)
        r = subprocess.run([sys.executable, os.path.join(HERE, "screen.py"), "first-output",
                            "--runs", str(max(RUNS, 11)), "--settle", "300", "--"] + q,
                           env=ENV, capture_output=True, text=True)
        vals[("screen_pty", n)] = float(r.stdout) if r.returncode == 0 and r.stdout.strip() else None
        if shutil.which("tmux"):
            r = subprocess.run([sys.executable, os.path.join(HERE, "screen.py"), "first-screen",
                                "--runs", str(RUNS), "--"] + q, env=ENV, capture_output=True, text=True)
            vals[("screen", n)] = float(r.stdout) if r.returncode == 0 and r.stdout.strip() else None
            last = name.split()[-1]
            r = subprocess.run([sys.executable, os.path.join(HERE, "screen.py"), "keys-time",
                                "--runs", str(max(3, RUNS // 2)), "--prep", f"a lit:{last}",
                                "--go", "Enter", "--"] + q, env=ENV, capture_output=True, text=True)
            vals[("actorview", n)] = float(r.stdout) if r.returncode == 0 and r.stdout.strip() else None
            r = subprocess.run([sys.executable, os.path.join(HERE, "screen.py"), "peak-rss",
                                "--keys", f"j j j Enter Tab Tab G g a lit:{last} Enter Enter q B q F "
                                          f"lit:ceasefire Enter G q"] + ["--"] + q,
                               env=ENV, capture_output=True, text=True)
            vals[("rss", n)] = int(r.stdout) / 1024 if r.returncode == 0 and r.stdout.strip() else None

    def row(key, figure, target, unit, ok=None, cols_from=None):
        cells = []
        for c in ["BBC"] + SIZES:
            cells.append(fmt(vals.get((key, c)), unit))
        verdict = ""
        if ok is not None:
            verdict = ok()
        rows.append((figure, target, cells, verdict))

    big = SIZES[-1]
    small = SIZES[0]

    def at(key, n):
        return vals.get((key, n))

    def check(cond):
        try:
            return "met" if cond() else "MISSED"
        except TypeError:
            return "n/a"

    row("extract", "extract --json throughput (1 core)", ">= 25 MB/s", "MB/s",
        lambda: check(lambda: at("extract", "BBC") >= 25 if bbc else at("extract", small) >= 25))
    row("bbcimport", "import, fresh store (BBC, with FTS)", "< 1.5 s", "s",
        lambda: check(lambda: at("bbcimport", "BBC") < 1.5))
    row("import", "import, fresh store (generated)", "", "s")
    row("rate", "import rate", f"{big:,} >= 75% of {small:,}", "art/s",
        lambda: check(lambda: at("rate", big) >= 0.75 * at("rate", small)))
    row("text_rate", "import rate, text files", "", "art/s")
    row("html_rate", "import rate, HTML files (same articles)", "", "art/s")
    row("speaker", "quotes --speaker NAME --limit 50", "< 20 ms", "ms",
        lambda: check(lambda: at("speaker", big) < 20))
    row("speaker_all", "quotes --speaker NAME (every row)", "", "ms")
    row("speaker_rows", "  rows printed", "", "")
    row("actorview", "actor view (browser: a NAME Enter)", "< 20 ms", "ms",
        lambda: check(lambda: at("actorview", big) < 20))
    row("search", "search \"drought Lisbon\" --limit 20", "< 50 ms", "ms",
        lambda: check(lambda: at("search", big) < 50))
    row("search_common", "search ceasefire --limit 20", "< 50 ms", "ms",
        lambda: check(lambda: at("search_common", big) < 50))
    row("headline", "  top 20 whose text repeats the headline", "~ share of all hits", "")
    row("headline_all", "  all hits whose text repeats it", "", "")
    row("articles", "articles --limit 50", "", "ms")
    row("quotes_all", "quotes --limit 50 (every speaker)", "< 20 ms", "ms",
        lambda: check(lambda: at("quotes_all", big) < 20))
    row("screen", "browser first full screen", "< 100 ms", "ms",
        lambda: check(lambda: at("screen", big) < 100))
    row("screen_pty", "  the same on its own pty (to the byte)", "< 15 ms, flat", "ms",
        lambda: check(lambda: at("screen_pty", big) < 15))
    row("rss", "browser peak memory", "< 64 MB, flat", "MB",
        lambda: check(lambda: at("rss", big) < 64 and at("rss", big) < 1.5 * at("rss", small) + 4))
    row("dbsize", "store size", "", "MB")

    header = ["figure", "target"] + cols + ["verdict"]
    table = [header] + [[f, t] + c + [v] for f, t, c, v in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    print(f"newsroom bench — {os.path.basename(BIN)}, {nproc} cores (nproc), medians of {RUNS} runs"
          f"{' (hyperfine)' if HYPERFINE else ''}")
    for i, r in enumerate(table):
        print("  ".join(cell.ljust(widths[j]) if j < 2 else cell.rjust(widths[j])
                        for j, cell in enumerate(r)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    cached = [n for n, (_db, info) in stores.items() if info.get("cached")]
    if cached:
        print(f"(import figures for {', '.join(f'{n:,}' for n in cached)} were measured when the "
              f"cached store was built; BENCH_REBUILD=1 measures them again)")
    missed = [r for r in rows if r[3] == "MISSED"]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
