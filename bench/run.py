"""marsad benchmarks: figures, not pass/fail tests.

    .venv/bin/python bench/run.py                 # all quick figures (≈1 min)
    .venv/bin/python bench/run.py --ingest 100000 # plus the store benchmark at full size
    .venv/bin/python bench/run.py --only queries --query-store DB   # the query figures on a kept store

Prints one line per figure and writes them to bench/out/figures.json. Every measurement runs on
one core (no multiprocessing) on text generated from the bundled example corpus, except the
``*_jobs2`` ingest figures, where extraction runs in --jobs worker processes as
``marsad ingest --jobs`` does. Generated articles recombine dev-set sentences with their dates
(publication, years and month names in the text) and names shifted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles.jsonl"


def rss_mb() -> float:
    """Current resident set size (Linux /proc), in MB."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def articles() -> list[dict]:
    return [json.loads(x) for x in EXAMPLES.read_text(encoding="utf-8").splitlines() if x.strip()]


def corpus_text(min_bytes: int) -> str:
    base = "\n\n".join(a["text"] for a in articles())
    reps = max(1, min_bytes // len(base.encode("utf-8")) + 1)
    return "\n\n".join([base] * reps)


NAMES = [("بوتين", "ماكرون"), ("شي جين بينغ", "أردوغان"), ("لافروف", "بلينكن"), ("وانغ يي", "فيصل بن فرحان"),
         ("روسيا", "تركيا"), ("الصين", "فرنسا"), ("بكين", "أنقرة"), ("موسكو", "باريس")]


MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر"]
_MONTHS_RE = re.compile("|".join(MONTHS))


def synthetic_articles(n: int, seed: int = 7):
    """Recombine dev-set sentences with shifted dates and swapped names: n articles of ~3-5 KB."""
    rnd = random.Random(seed)
    sents = [s for a in articles() for s in re.split(r"(?<=[.؟!])\s+|\n+", a["text"]) if len(s) > 40]
    for i in range(n):
        body = rnd.sample(sents, k=min(len(sents), rnd.randint(12, 20)))
        text = "\n".join(body)
        if rnd.random() < 0.5:
            a, b = rnd.choice(NAMES)
            text = text.replace(a, b)
        day = 1 + (i % 28)
        year = 2015 + (i // 28) % 10
        month = 1 + (i // 280) % 12
        # shift the dates written in the text too (years and month names to the publication's), so
        # that events spread over time as in a real feed instead of piling onto the dev set's days
        text = re.sub(r"\b20[12]\d\b", str(year), text)
        text = _MONTHS_RE.sub(MONTHS[month - 1], text)
        yield {"id": f"g{i}", "text": f"{text}\nرقم {i}", "published": f"{year}-{month:02d}-{day:02d}",
               "url": f"https://example.org/{i}", "outlet": f"outlet{i % 17}"}


def bench_gazetteer(fig: dict) -> None:
    t0 = time.perf_counter()
    from marsad.resources import gazetteer

    gaz = gazetteer()
    fig["gazetteer_load_s"] = round(time.perf_counter() - t0, 3)
    fig["gazetteer_entities"] = len(gaz.entities)
    fig["rss_after_gazetteer_mb"] = round(rss_mb(), 1)


def bench_linking(fig: dict, reps: int = 5) -> None:
    """Entity linking alone on whole generated articles (with their publication dates, so roles
    resolve by date as in production); best of ``reps`` passes (the VM's speed varies run to run)."""
    import datetime as dt

    from marsad.model import Doc
    from marsad.normalize import normalize
    from marsad.stages.entities import entities_stage

    arts = list(synthetic_articles(400, seed=5))
    docs = [Doc(text=a["text"], normalized=normalize(a["text"]), published=dt.date.fromisoformat(a["published"]))
            for a in arts]
    size = sum(len(a["text"].encode("utf-8")) for a in arts)
    best = min(_timed(lambda: [entities_stage(d) for d in docs]) for _ in range(reps))
    fig["linking_mb_per_s"] = round(size / best / 1e6, 2)


def _timed(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def bench_temporal(fig: dict) -> None:
    import datetime as dt

    from marsad.normalize import normalize
    from marsad.temporal import tag_temporal

    text = normalize(corpus_text(5_000_000)).text
    t0 = time.perf_counter()
    tag_temporal(text, dt.date(2024, 5, 16))
    fig["temporal_mb_per_s"] = round(len(text.encode("utf-8")) / (time.perf_counter() - t0) / 1e6, 2)


def bench_extract(fig: dict, n: int = 1000, reps: int = 3) -> None:
    """Full ``marsad.extract`` on generated ~4.5 KB articles; best of ``reps`` passes."""
    import marsad

    arts = list(synthetic_articles(n))
    size = statistics.mean(len(a["text"].encode("utf-8")) for a in arts)
    best = min(_timed(lambda: [marsad.extract(a["text"], a["published"], a["id"]) for a in arts])
               for _ in range(reps))
    fig["extract_articles_per_s"] = round(n / best, 1)
    fig["extract_mean_article_kb"] = round(size / 1024, 2)
    fig["rss_after_extract_mb"] = round(rss_mb(), 1)


def bench_ingest(fig: dict, n: int, jobs: int = 1) -> None:
    """Ingest n generated articles into a fresh SQLite store in a child process, as ``marsad ingest
    --jobs`` does (extraction in ``jobs`` worker processes, storage in the main one), sampling the
    main process's RSS every 10 000 articles."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "gen.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for a in synthetic_articles(n):
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        db = Path(tmp) / "bench.db"
        code = f"""
import json, sys, time
sys.path.insert(0, {str(ROOT / 'bench')!r})
from run import rss_mb
from marsad.cli import Batch, iter_docs
from marsad.storage import Store
s = Store({str(db)!r})
t0 = time.perf_counter(); rss = []; store_s = 0.0
with s.group_commit():
    for i, doc in enumerate(iter_docs(({str(src)!r},), None, Batch(), {jobs}, for_store=True), 1):
        t1 = time.perf_counter()
        s.ingest_doc(doc)
        store_s += time.perf_counter() - t1
        if i % 10000 == 0 or i == {n}:
            rss.append(round(rss_mb(), 1))
            # progress on stderr: a long run that is cut short still leaves its curve
            print(json.dumps({{'articles': i, 'seconds': round(time.perf_counter() - t0, 1), 'rss_mb': rss[-1]}}),
                  file=sys.stderr, flush=True)
print(json.dumps({{'seconds': time.perf_counter() - t0, 'store_seconds': store_s, 'rss': rss}}))
"""
        out = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, check=True)
        res = json.loads(out.stdout.strip().splitlines()[-1])
        sfx = f"_jobs{jobs}"
        fig["ingest_articles"] = n
        fig["ingest_articles_per_s" + sfx] = round(n / res["seconds"], 1)
        # the store's own share: time inside ingest_doc only (dedup, LSH, merging, FTS, commits)
        fig["ingest_store_only_articles_per_s" + sfx] = round(n / res["store_seconds"], 1)
        fig["ingest_rss_mb_per_10k" + sfx] = res["rss"]
        from marsad.storage import Store

        s = Store(str(db))
        fig["store_events"] = s.counts()["events"]
        fig["store_reports"] = s.counts()["reports"]
        bench_queries(fig, s)


QUERIES = [("dyad RUS:CHN", dict(dyad=("RUS", "CHN"))), ("CONSULT since 2020", dict(type_="CONSULT", since="2020")),
           ("country TUR", dict(country="TUR")), ("actor Q7747 limit 100", dict(actor="Q7747", limit=100)),
           ("dyad FRA:TUR AGREE", dict(dyad=("FRA", "TUR"), type_="AGREE")),
           ("text", dict(text="منظمة شانغهاي للتعاون"))]


def bench_queries(fig: dict, s, rounds: int = 20) -> None:
    """The filtered event queries (listings as the CLI and API give them: limit 50, the first
    sources of each event) and a search, ``rounds`` times: p95 over all, and each one's median."""
    per: dict[str, list[float]] = {name: [] for name, _ in QUERIES}
    per["search"] = []
    for _ in range(rounds):
        for name, q in QUERIES:
            t0 = time.perf_counter()
            s.events(**{"limit": 50, **q})
            per[name].append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        s.search("شي جين بينغ", limit=20)
        per["search"].append((time.perf_counter() - t0) * 1000)
    times = sorted(t for ts in per.values() for t in ts)
    fig["query_p95_ms"] = round(times[int(0.95 * len(times)) - 1], 2)
    fig["query_median_ms"] = {name: round(statistics.median(ts), 1) for name, ts in per.items()}


def bench_query_store(fig: dict, path: str) -> None:
    """The query figures on an existing store (e.g. one of 100,000 articles). Opening a store
    written by older code migrates it first: copy it if it must stay as it is."""
    from marsad.storage import Store

    s = Store(path)
    fig["query_store"] = path
    fig["query_store_counts"] = s.counts()
    bench_queries(fig, s)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--ingest", type=int, default=2000, help="articles for the store benchmark (issue target: 100000)")
    p.add_argument("--extract", type=int, default=1000, help="articles for the extract benchmark")
    p.add_argument("--jobs", type=int, default=2, help="extraction processes for the second ingest run")
    p.add_argument("--only", default="", help="comma-separated subset: gazetteer,linking,temporal,extract,ingest,"
                                              "ingest_jobs,queries (default: all but queries)")
    p.add_argument("--query-store", metavar="DB", help="store for --only queries (migrated if older: copy it first)")
    args = p.parse_args()
    os.environ.setdefault("MARSAD_GAZETTEER_EXTRA", "")
    fig: dict = {"python": sys.version.split()[0], "cpu_count": os.cpu_count()}
    for name, fn in [("gazetteer", bench_gazetteer), ("linking", bench_linking), ("temporal", bench_temporal),
                     ("extract", lambda f: bench_extract(f, args.extract)),
                     ("ingest", lambda f: bench_ingest(f, args.ingest)),
                     ("ingest_jobs", lambda f: bench_ingest(f, args.ingest, args.jobs)),
                     ("queries", lambda f: bench_query_store(f, args.query_store))]:
        if (args.only and name not in args.only.split(",")) or (not args.only and name == "queries"):
            continue
        if name == "queries" and not args.query_store:
            p.error("--only queries needs --query-store DB")
        t0 = time.perf_counter()
        fn(fig)
        print(f"{name:10s} done in {time.perf_counter() - t0:6.1f}s", file=sys.stderr)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    name = f"figures-{args.only.replace(',', '+')}.json" if args.only else "figures.json"
    (out / name).write_text(json.dumps(fig, indent=1) + "\n", encoding="utf-8")
    for k, v in fig.items():
        print(f"{k}: {v}")


if __name__ == "__main__":
    main()
