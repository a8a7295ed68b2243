"""Ingest of real articles: idempotence, kill-and-resume, cross-source merging on the dev set."""

import contextlib
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

import marsad
from marsad.storage import Store

from ..conftest import DEVSET


def dev_articles():
    return [json.loads(x) for x in (DEVSET / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def generated(n, seed=3):
    """Articles recombined from dev-set sentences, each with a unique closing line."""
    rnd = random.Random(seed)
    sents = [s for a in dev_articles() for s in re.split(r"(?<=[.؟!])\s+|\n+", a["text"]) if len(s) > 40]
    for i in range(n):
        yield {"id": f"g{i}", "text": "\n".join(rnd.sample(sents, 8)) + f"\nالمادة رقم {i}",
               "published": f"2023-0{1 + i % 9}-1{i % 10}"}


def test_devset_cross_source_events(tmp_path):
    """Wang Yi's Sept 2023 talks with Lavrov (two outlets) and the recalled March 2023 Xi visit
    (three articles) each become one canonical event listing all their sources."""
    s = Store(str(tmp_path / "dev.db"))
    for a in dev_articles():
        s.ingest_doc(marsad.extract(a["text"], a["published"], a["id"]))
    evs = s.events(dyad=("RUS", "CHN"), type_="CONSULT")

    def sources(e):
        return {x["ext_id"] for x in e["sources"]}

    def persons(e):
        return {a["name_en"] for a in e["source"] + e["target"] if a["kind"] == "person"}

    wang_lavrov = [e for e in evs if {"Wang Yi", "Sergey Lavrov"} <= persons(e) and (e["date"] or "").startswith("2023-09")]
    assert len(wang_lavrov) == 1 and {"s000", "s001"} <= sources(wang_lavrov[0])
    march = [e for e in evs if e["date"] == "2023-03" and {"Xi Jinping", "Vladimir Putin"} <= persons(e)]
    assert len(march) == 1 and sources(march[0]) == {"s000", "s001", "s002"}
    # and re-ingesting the same articles adds nothing
    before = s.counts()
    for a in dev_articles():
        assert s.ingest_doc(marsad.extract(a["text"], a["published"], a["id"])).status == "duplicate"
    assert s.counts() == before


def _snapshot(db):
    s = Store(db)
    out = (s.counts(), [(e["id"], e["date"], e["status"], len(e["sources"])) for e in s.events(limit=100000)])
    s.close()
    return out


def test_kill_and_resume_gives_same_store(tmp_path):
    src = tmp_path / "gen.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in generated(160)), encoding="utf-8")
    ref_db, db = str(tmp_path / "ref.db"), str(tmp_path / "killed.db")
    cmd = [sys.executable, "-m", "marsad.cli", "ingest", "--quiet", str(src)]
    subprocess.run([*cmd, "--db", ref_db], check=True, capture_output=True)
    # commits in groups of 5: the kill lands between or inside groups, never inside an article
    proc = subprocess.Popen([*cmd, "--commit-every", "5", "--db", db], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline:
        time.sleep(0.2)
        try:
            # a read-only look: opening a Store would migrate (write) and wait on the ingest's lock
            with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as con:
                n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            n = 0
        if n >= 5 or proc.poll() is not None:
            break
    if proc.poll() is not None:
        pytest.skip("ingest finished before it could be killed")
    os.kill(proc.pid, signal.SIGKILL)
    if proc.wait() != -signal.SIGKILL:
        # it finished between the poll and the kill (faster extraction makes this likelier)
        pytest.skip("ingest finished before it could be killed")
    partial = Store(db).counts()["articles"]
    assert 0 < partial < 160
    subprocess.run([*cmd, "--db", db], check=True, capture_output=True)
    assert _snapshot(db) == _snapshot(ref_db)


def test_ingest_cli_summary(tmp_path):
    from click.testing import CliRunner

    from marsad.cli import cli

    db = str(tmp_path / "c.db")
    r = CliRunner().invoke(cli, ["ingest", "--db", db, str(DEVSET / "articles.jsonl")])
    assert r.exit_code == 0 and "articles: 5 new, 0 duplicate, 0 failed" in r.stderr
    r = CliRunner().invoke(cli, ["ingest", "--db", db, str(DEVSET / "articles.jsonl")])
    assert "articles: 0 new, 5 duplicate" in r.stderr and "events: 0 new" in r.stderr
    for args in (["events", "--dyad", "RUS:CHN", "--format", "jsonl"], ["timeline", "--dyad", "RUS:CHN"],
                 ["entity", "Xi Jinping"], ["entities", "--type", "PER"], ["search", "شانغهاي"],
                 ["export", "--format", "plover"], ["export", "--format", "csv"]):
        r = CliRunner().invoke(cli, [*args, "--db", db])
        assert r.exit_code == 0, (args, r.output)
        assert r.stdout.strip(), args
    line = json.loads(CliRunner().invoke(cli, ["events", "--db", db, "--format", "jsonl"]).stdout.splitlines()[0])
    assert {"id", "type", "mode", "context", "date", "status", "source", "target", "sources"} <= set(line)
    assert {"article_id", "url", "outlet", "published", "evidence"} <= set(line["sources"][0])
    r = CliRunner().invoke(cli, ["event", line["id"], "--db", db])
    assert "merged because" in r.stdout
    pq = tmp_path / "e.parquet"
    r = CliRunner().invoke(cli, ["export", "--format", "parquet", "-o", str(pq), "--db", db])
    assert r.exit_code == 0
    import pyarrow.parquet as papq

    assert papq.read_table(pq).num_rows == len(CliRunner().invoke(
        cli, ["events", "--db", db, "--format", "jsonl"]).stdout.splitlines())


def test_parallel_extraction_gives_the_same_store(tmp_path):
    """--jobs 2 extracts in worker processes; results are stored in input order, so the store is the
    same as a single-process ingest (and a bad line is still reported, not fatal)."""
    src = tmp_path / "gen.jsonl"
    lines = [json.dumps(a, ensure_ascii=False) for a in generated(24)]
    lines.insert(7, "{broken")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "marsad.cli", "ingest", "--quiet", str(src)]
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    r1 = subprocess.run([*cmd, "--db", one], capture_output=True, text=True)
    r2 = subprocess.run([*cmd, "--jobs", "2", "--db", two], capture_output=True, text=True)
    assert r1.returncode == r2.returncode == 1  # the broken line
    assert "gen.jsonl:8" in r2.stderr and "24 new" in r2.stderr
    assert _snapshot(one) == _snapshot(two)


def test_incremental_source_counts_match_a_recount(tmp_path):
    """n_sources is kept incrementally on merges; it must equal a fresh count of distinct articles."""
    s = Store(str(tmp_path / "n.db"))
    with s.group_commit(10):
        for a in list(generated(30)) + dev_articles():
            s.ingest_doc(marsad.extract(a["text"], a["published"], a["id"]))
    rows = s.db.query("SELECT e.id, e.n_sources, (SELECT COUNT(DISTINCT r.article_id) FROM reports r "
                      "WHERE r.event_id = e.id) AS recount FROM events e")
    assert rows and all(r["n_sources"] == r["recount"] for r in rows)
    assert any(r["n_sources"] > 1 for r in rows)
