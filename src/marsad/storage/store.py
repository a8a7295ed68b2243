"""The store: articles, entities, mentions, event reports and canonical (cross-source) events.

* Each article commits atomically with everything derived from it; a killed ingest loses nothing
  already committed and a rerun skips what is there (same URL or same normalised-text hash).
* Near-duplicates (wire copies) are linked to one story via MinHash LSH.
* Every extracted event is kept as a *report*; reports that describe the same real-world event
  (``merge.compatible``) form one canonical event, grouped by ``merge.cluster``: a function of the
  set of reports (so the result does not depend on ingest order) in which no event spans more than
  its type's date window (single-link grouping chained a daily stream into one endless event).
  Canonical fields come from merge aggregates; the id is derived from the smallest member id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
import zlib
from collections.abc import Generator, Iterable, Sequence
from contextlib import AbstractContextManager, closing
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import NotFoundError
from ..model import Doc
from ..normalize import norm, normalize
from ..resources import plover
from .db import DB, resolve_url
from .keys import ROWID_BITS, article_floor, date_code, fts_rowid, report_floor
from .merge import (
    DEFAULT_WINDOW,
    WINDOW_DAYS,
    Cluster,
    aggregate,
    attrs_compatible,
    canonical_from,
    combine,
    day_step,
    explain_from,
)

_WS = re.compile(r"\s+")
NUM_PERM = 64
BANDS, ROWS = 16, 4  # LSH: 16 bands of 4 rows: pairs with Jaccard ≳ 0.5 meet in some band


def content_hash(text: str, normalized: str | None = None, words: list[str] | None = None) -> str:
    """Hash of the normalised text with runs of whitespace folded (``normalize``, not the cached
    ``norm`` meant for short strings: caching whole articles would grow memory without bound).
    ``normalized``: ``normalize(text).text`` when the caller has it already; ``words``: its
    ``split()``. (Joining the split words is the regex fold ``\\s+`` -> " " then strip: both use
    Python's Unicode whitespace, at a fraction of the cost.)"""
    if words is None:
        words = (normalize(text).text if normalized is None else normalized).split()
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def _shingles(normalized: str, k: int = 5, words: list[str] | None = None) -> set[bytes]:
    """The k-word shingles of a text, UTF-8 encoded. Each word is encoded once and k-tuples joined
    as bytes (the same bytes as joining then encoding each shingle, at a third of the cost).
    ``words``: ``normalized.split()`` when the caller has it."""
    if words is None:
        words = normalized.split()
    if len(words) < k:
        return {" ".join(words).encode("utf-8")}
    enc = [w.encode("utf-8") for w in words]
    return set(map(b" ".join, zip(*(enc[j:] for j in range(k)))))


@lru_cache(maxsize=1)
def _minhash() -> Any:
    """One MinHash reused for every article (``clear``ed before each): the permutations are drawn
    once, and building the object cost as much as hashing an article's shingles."""
    from datasketch import MinHash

    perms = MinHash(num_perm=NUM_PERM, seed=7)
    # CRC-32 (a C builtin) for the shingle hash: SHA-1 through a Python wrapper cost ~1 ms per
    # article. Band keys carry a "c" so they never collide with the SHA-1 keys of older stores.
    return MinHash(num_perm=NUM_PERM, seed=7, permutations=perms.permutations, scheme=perms.scheme,
                   hashfunc=zlib.crc32)


def minhash_bands(normalized: str, words: list[str] | None = None) -> list[str]:
    """LSH band keys of the MinHash of an article's normalised text (5-word shingles); ``words``:
    ``normalized.split()`` when the caller has it."""
    m = _minhash()
    m.clear()
    m.update_batch(list(_shingles(normalized, words=words)))
    hv = m.hashvalues
    return [f"c{b}:" + hashlib.blake2b(hv[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()
            for b in range(BANDS)]


@dataclass
class IngestResult:
    status: str  # new, duplicate
    article_id: str
    events_new: int = 0
    events_merged: int = 0
    story_id: str | None = None


def plover_intensity(type_: str, mode: str | None) -> float | None:
    """The PLOVER score of a type/mode (the mode's own score where the manual gives one)."""
    t = plover().get("types", {}).get(type_) or {}
    m = (t.get("modes") or {}).get(mode or "") or {}
    v = m.get("intensity")
    if v is None:
        v = t.get("intensity")
    return float(v) if isinstance(v, int | float) else None


@lru_cache(maxsize=8192)
def _loads(s: str) -> Any:
    """Decoded JSON of a candidate's persons/place: few distinct values recur across thousands of
    rows. Callers only read the result."""
    return json.loads(s)


_scan = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # the C scanner, public since 2.6


def _load(s: str) -> Any:
    """``json.loads`` of a value this store wrote (compact, no surrounding space), without the
    wrapper's whitespace checks: a listing decodes four values per event."""
    try:
        v, end = _scan(s, 0)
    except StopIteration:
        return json.loads(s)  # raises the usual error
    return v if end == len(s) else json.loads(s)


# every events column but the merge aggregate (internal, and large for big clusters)
_EVENT_COLS = ", ".join(f"e.{c}" for c in ("id", "type", "mode", "context", "cameo", "date", "status", "source",
                                           "target", "location", "confidence", "countries", "persons", "n_sources",
                                           "intensity", "merge_reason"))


def _encoder(sort_keys: bool, item_sep: str, key_sep: str) -> Any:
    """``json.JSONEncoder(ensure_ascii=False, sort_keys=..., separators=...).encode``, with the C
    encoder built once: ``JSONEncoder.encode`` builds one per call (and a dict to detect cycles,
    which these values — decoded JSON and fresh dicts of strings — cannot have), about half of
    the time of encoding the ~80 small values stored per article. Same output."""
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=sort_keys, separators=(item_sep, key_sep)).encode
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # pragma: no cover - CPython without its _json accelerator
        return encode

    def default(o: Any) -> Any:
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

    c = make(None, default, json.encoder.encode_basestring, None, key_sep, item_sep, sort_keys, False, True)
    return lambda o: encode(o) if isinstance(o, str) else "".join(c(o, 0))


# encoders built once (json.dumps with options builds one per call)
_j = _encoder(True, ", ", ": ")
_dump = _encoder(False, ",", ":")


def _add_sources(out: dict[str, dict[str, dict[str, Any]]], rows: Sequence[Sequence[Any]]) -> None:
    """Group report rows (event id, article id, published, listing fields as JSON), in listing order,
    into ``out``: per event, per article, one source with the evidence of all its reports. Every row's
    fields are decoded in one call: a page lists thousands of source rows, and per-row json.loads was
    most of a listing's time."""
    fields = json.loads("[" + ",".join(r[3] for r in rows) + "]")
    for (eid, aid, published, _), (ext_id, url, outlet, title, evs, *method) in zip(rows, fields):
        by_article = out.setdefault(eid, {})
        src = by_article.get(aid)
        # (how the article's report was found: "rules" or "learned"; None in a store written before it was kept)
        how = method[0] if method else None
        if src is None:
            by_article[aid] = {"article_id": aid, "ext_id": ext_id, "url": url, "outlet": outlet,
                               "published": published, "title": title, "evidence": evs, "method": how}
        else:
            src["evidence"] += [e for e in evs if e not in src["evidence"]]
            if how is not None and src["method"] != how:
                src["method"] = "rules" if "rules" in (how, src["method"]) else how  # (rules found it there)


def _event_id(agg: dict[str, Any]) -> str:
    """Derived from the smallest member id: order-independent."""
    return "e_" + str(agg["first"]["id"])[2:]


def _signature(rep: dict[str, Any]) -> tuple[str, int, int, str]:
    """(block, day, window, signature) of a report: two reports can merge only within one block
    (same type, participant countries and date precision) and within ``window`` days of each other
    (``merge.dates_compatible``); the signature holds the rest ``merge.compatible`` reads (persons,
    status, place id and country), so reports with equal keys merge alike. A report that can match
    nothing (no participant country, an unparseable day, undated with no publication date) gets a
    block of its own."""
    type_, countries = rep["type"], rep["countries"]
    loc = rep.get("location")
    sig = _j([sorted(rep["persons"]), rep["status"], {"id": loc.get("id"), "country": loc.get("country")}
              if loc else None])
    base = f"{type_}|{_j(sorted(countries))}|"
    date, pub = rep.get("date"), (rep.get("published") or "")[:10]
    day = None
    if countries and date and len(date) == 10:
        day = _ordinal(date)
        if day is not None:
            return base + "d", day, WINDOW_DAYS.get(type_, DEFAULT_WINDOW), sig
    elif countries and date:
        return base + "m" + date, 0, 0, sig
    elif countries and not date and len(pub) == 10:
        day = _ordinal(pub)
        if day is not None:  # undated: articles published within a week
            return base + "u", day, 7, sig
    return "solo|" + rep["id"], 0, 0, sig


_COMPAT: dict[tuple[str, str], bool] = {}


def _sig_compat(a: str, b: str) -> bool:
    """``merge.attrs_compatible`` of two signatures, memoised: a replay compares each new day's
    signatures with every member of the open events, and the same few signatures recur."""
    key = (a, b) if a <= b else (b, a)
    hit = _COMPAT.get(key)
    if hit is None:
        if len(_COMPAT) > 200_000:
            _COMPAT.clear()
        hit = _COMPAT[key] = attrs_compatible(*_loads(a), *_loads(b))
    return hit


# sources per event in a listing (``Store.events``): the first ones in listing order, with
# ``sources_total`` counting them all. A page of a dense dyad lists events of hundreds of sources
# each (~7,000 on a page of 50 at 100,000 generated articles): reading and encoding them all was
# most of a listing's time. ``Store.event`` and exports keep every source.
LISTING_SOURCES = 20

_report_floor = lru_cache(maxsize=65536)(report_floor)  # few (date, type) pairs recur

_EID = "@EID"  # an event-id column in listing filters: e.id, or ea.event_id when no events row is read


def _sort_key(date: str | None) -> str:
    """An event's place in listings (``ORDER BY COALESCE(date, '9999'), id``), kept on its actor rows."""
    return date if date is not None else "9999"


def _ordinal(day: str) -> int | None:
    try:
        return dt.date.fromisoformat(day).toordinal()
    except ValueError:
        return None


class Store:
    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.db = DB(self.url)
        self._decoded: dict[str, dict[str, Any]] = {}
        # the article whose reports are being added, and the blocks they were in so far
        self._article: str | None = None
        self._article_blocks: set[str] = set()
        # entities this connection wrote (id -> has an Arabic name): their rows can only stay or
        # gain a name, so rows adding nothing are not re-sent. Cleared when a transaction rolls back.
        self._entities: dict[str, bool] = {}
        self._entities_rollbacks = self.db.rollbacks
        self._regroup_old_reports()

    def close(self) -> None:
        self.db.close()

    def group_commit(self, size: int = 200) -> AbstractContextManager[None]:
        """Share one commit among up to ``size`` ingested articles (each still all-or-nothing)."""
        return self.db.group(size)

    # -- ingest ----------------------------------------------------------------------------
    def start_run(self) -> int:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.db.transaction():
            if self.db.kind == "postgresql":
                rid = self.db.execute("INSERT INTO ingest_runs(started) VALUES (?) RETURNING id", (now,)).fetchone()[0]
            else:
                rid = self.db.execute("INSERT INTO ingest_runs(started) VALUES (?)", (now,)).lastrowid
        return int(rid)

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.db.transaction():
            self.db.execute(
                "UPDATE ingest_runs SET finished=?, articles_new=?, articles_duplicate=?, articles_failed=?, "
                "events_new=?, events_merged=? WHERE id=?",
                (now, counts.get("new", 0), counts.get("duplicate", 0), counts.get("failed", 0),
                 counts.get("events_new", 0), counts.get("events_merged", 0), run_id))

    def has_article(self, url: str | None, chash: str) -> str | None:
        if url:
            r = self.db.query("SELECT id FROM articles WHERE url=?", (url,))
            if r:
                return str(r[0]["id"])
        r = self.db.query("SELECT id FROM articles WHERE content_hash=?", (chash,))
        return str(r[0]["id"]) if r else None

    def ingest_doc(self, doc: Doc, run_id: int | None = None) -> IngestResult:
        nz = doc.normalized
        norm_text = doc.norm_text
        words = norm_text.split()  # once, for the content hash and the shingles
        if nz is not None and nz.original == doc.text:
            chash = content_hash(doc.text, words=words)
        else:
            chash = content_hash(doc.text)
        existing = self.has_article(doc.url, chash)
        if existing:
            return IngestResult("duplicate", existing)
        aid = "a_" + chash[:16]
        bands = minhash_bands(norm_text, words)
        published = doc.published.isoformat() if doc.published else None
        with self.db.transaction():
            # near-duplicate: an article sharing an LSH band is a copy of the same story
            story = aid
            if bands:
                marks = ",".join("?" * len(bands))
                rows = self.db.query(f"SELECT MIN(story_id) AS s FROM lsh_story WHERE band IN ({marks})", bands)
                if rows and rows[0]["s"]:
                    story = rows[0]["s"]
            cur = self.db.execute(
                "INSERT INTO articles(id, ext_id, url, outlet, title, published, content_hash, story_id, text, "
                "norm_text, run_id, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (aid, doc.id, doc.url, doc.outlet, doc.title, published, chash, story, doc.text,
                 doc.norm_text, run_id, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
            if self.db.kind == "sqlite":
                # the full-text rowid orders matches for early-stopping text queries (keys.py)
                floor = article_floor((ev.date, ev.type) for ev in doc.events)
                fkey = fts_rowid(floor, cur.lastrowid)
                self.db.execute("INSERT INTO article_meta(id, ext_id, url, outlet, published, title, arow, fkey) "
                                "VALUES (?,?,?,?,?,?,?,?)", (aid, doc.id, doc.url, doc.outlet, published, doc.title,
                                                             cur.lastrowid, fkey))
                self.db.execute("INSERT INTO k_bound(kcode, max_pub) VALUES (?, ?) ON CONFLICT(kcode) DO UPDATE "
                                "SET max_pub = excluded.max_pub WHERE excluded.max_pub > k_bound.max_pub",
                                (floor, published or ""))
            else:
                self.db.execute("INSERT INTO article_meta(id, ext_id, url, outlet, published, title) "
                                "VALUES (?,?,?,?,?,?)", (aid, doc.id, doc.url, doc.outlet, published, doc.title))
            self.db.executemany("INSERT INTO lsh_story(band, story_id) VALUES (?, ?) ON CONFLICT(band) DO UPDATE "
                                "SET story_id = excluded.story_id WHERE excluded.story_id < lsh_story.story_id",
                                [(b, story) for b in bands])
            if self.db.kind == "sqlite":
                self.db.defer("INSERT INTO articles_fts(rowid, norm_text) VALUES (?, ?)", (fkey, doc.norm_text), fkey)
            ents = doc.entities()
            self._upsert_entities([(e.id, e.type, e.name_en, e.name_ar, e.country, e.wikidata, int(e.provisional))
                                   for e, _ in ents])
            self.db.executemany(
                "INSERT INTO mentions(article_id, entity_id, start_off, end_off, surface, via) VALUES (?,?,?,?,?,?)",
                [(aid, e.id, m.span.start, m.span.end, m.span.text, m.via) for e, ms in ents for m in ms])
            actors = {a.id: a for ev in doc.events for a in (*ev.source, *ev.target)}
            self._upsert_entities([(a.id, {"person": "PER", "country": "GPE"}.get(a.kind, "ORG"), a.name_en, None,
                                    a.country, a.id if a.id.startswith("Q") else None, 0) for a in actors.values()])
            new = merged = 0
            meta = [doc.id, doc.url, doc.outlet, doc.title]
            for i, ev in enumerate(doc.events):
                rep = {
                    "id": f"r_{chash[:16]}_{i:03d}", "article_id": aid, "type": ev.type, "mode": ev.mode,
                    "context": list(ev.context), "cameo": ev.cameo, "date": ev.date, "status": ev.status,
                    "source": [a.to_dict() for a in ev.source], "target": [a.to_dict() for a in ev.target],
                    "location": ev.location, "evidence": [s.to_dict() for s in ev.evidence],
                    "confidence": ev.confidence, "intensity": ev.intensity,
                    "countries": sorted({a.country for a in (*ev.source, *ev.target) if a.country}),
                    "persons": sorted({a.id for a in (*ev.source, *ev.target) if a.kind == "person"}),
                    "published": published, "src_meta": meta,
                    "method": ev.method,
                }
                if self._add_report(rep):
                    merged += 1
                else:
                    new += 1
        return IngestResult("new", aid, new, merged, story)

    def _upsert_entities(self, rows: list[tuple[Any, ...]]) -> None:
        """Insert entities (id, type, name_en, name_ar, country, wikidata, provisional); an existing
        one only gains an Arabic name it lacked. One statement for the whole article, for the rows
        that may change something (most articles name entities stored long ago)."""
        known = self._entities
        if self._entities_rollbacks != self.db.rollbacks or len(known) > 200_000:
            known.clear()  # a rolled-back write may be in it (or bounded memory)
            self._entities_rollbacks = self.db.rollbacks
        rows = [r for r in rows if r[0] not in known or (r[3] is not None and not known[r[0]])]
        if not rows:
            return
        for r in rows:
            known[r[0]] = known.get(r[0], False) or r[3] is not None
        self.db.executemany(
            "INSERT INTO entities(id, type, name_en, name_ar, country, wikidata, provisional) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET name_ar = COALESCE(entities.name_ar, excluded.name_ar)", rows)

    def _reports_of(self, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        """Decoded report rows. Reports never change after insertion (only their event_id), so
        decoded rows are cached by id: re-deriving a large cluster does not re-parse its JSON."""
        ids = self.db.query(f"SELECT r.id, r.event_id FROM reports r WHERE {where}", params)
        missing = [r["id"] for r in ids if r["id"] not in self._decoded]
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.query(f"SELECT r.*, a.published FROM reports r JOIN articles a ON a.id = r.article_id "
                                 f"WHERE r.id IN ({marks})", chunk)
            for r in rows:
                for k in ("context", "source", "target", "location", "evidence", "countries", "persons"):
                    r[k] = json.loads(r[k]) if r[k] is not None else None
                self._decoded[r["id"]] = r
        while len(self._decoded) > 50_000:  # bounded memory on long ingests
            self._decoded.pop(next(iter(self._decoded)))
        return [{**self._decoded[r["id"]], "event_id": r["event_id"]} for r in ids]

    def _add_report(self, rep: dict[str, Any]) -> bool:
        """Insert a report and place it in its canonical event. True if it joined other reports.

        Blocking: a report is compared only with the merge signatures of its block (same type,
        participant countries and date precision) near its day. A report whose signature (block, day,
        persons, status, place) is already stored joins that signature's event: the grouping, a
        function of the set of signatures (``merge.cluster``), does not change, so this costs
        O(distinct values) whatever the size of the event. A new signature regroups the stretch of
        its block that it can affect (``_recluster``)."""
        block, t, window, sig = _signature(rep)
        agg = aggregate(rep)
        row = self.db.query("SELECT id, event_id, first_id, n, agg FROM merge_sigs WHERE block = ? AND t = ? AND sig = ?",
                            (block, t, sig))
        if self._article != rep["article_id"]:
            self._article, self._article_blocks = rep["article_id"], set()
        if row:
            r = row[0]
            sid = int(r["id"])
            self.db.execute("UPDATE merge_sigs SET n = ?, first_id = ?, agg = ? WHERE id = ?",
                            (int(r["n"]) + 1, min(r["first_id"], rep["id"]), _dump(combine(json.loads(r["agg"]), agg)),
                             sid))
            eid = self._grow_event(str(r["event_id"]), rep["article_id"], block, agg)
            self._insert_report(rep, eid, sid)
            self._article_blocks.add(block)
            return True
        placeholder = "e_" + rep["id"][2:]
        if self.db.kind == "postgresql":
            sid = int(self.db.execute(
                "INSERT INTO merge_sigs(block, t, sig, event_id, first_id, n, agg) VALUES (?,?,?,?,?,?,?) RETURNING id",
                (block, t, sig, placeholder, rep["id"], 1, _dump(agg))).fetchone()[0])
        else:
            sid = int(self.db.execute(
                "INSERT INTO merge_sigs(block, t, sig, event_id, first_id, n, agg) VALUES (?,?,?,?,?,?,?)",
                (block, t, sig, placeholder, rep["id"], 1, _dump(agg))).lastrowid)
        self._insert_report(rep, placeholder, sid)
        merged = self._recluster(block, t, window, sid, rep, agg)
        self._article_blocks.add(block)
        return merged

    def _grow_event(self, eid: str, article_id: str, block: str, agg: dict[str, Any]) -> str:
        """Add one report (aggregate ``agg``) to stored event ``eid``; returns the event's id after
        (the smallest member's: it follows a new smallest report). O(distinct values)."""
        ev = self.db.query("SELECT agg, n_sources, date FROM events WHERE id = ?", (eid,))[0]
        # an earlier report of this article can only be in this event if it was of the same block
        seen = block in self._article_blocks and self.db.query(
            "SELECT 1 FROM reports WHERE article_id = ? AND event_id = ? LIMIT 1", (article_id, eid))
        n_articles = int(ev["n_sources"]) + (0 if seen else 1)
        old = json.loads(ev["agg"]) if ev["agg"] else self._event_agg(eid)
        eagg = combine(old, agg)
        new_eid = _event_id(eagg)
        if new_eid != eid:  # a new smallest report: the id follows it
            self.db.execute("UPDATE merge_sigs SET event_id = ? WHERE event_id = ?", (new_eid, eid))
            self.db.execute("UPDATE reports SET event_id = ? WHERE event_id = ?", (new_eid, eid))
            self._delete_events([eid])
            self._write_event(new_eid, eagg, n_articles)
        else:
            self._write_event(eid, eagg, n_articles, old, ev["date"])
        return new_eid

    def _regroup_old_reports(self) -> None:
        """A store from before merge signatures (migration 0004): regroup all its reports once."""
        if not self.db.query("SELECT 1 FROM reports WHERE sig_id IS NULL LIMIT 1"):
            return
        with self.db.transaction():
            reps = self.db.query("SELECT * FROM reports ORDER BY id")
            for t in ("reports", "events", "event_actors", "merge_sigs"):
                self.db.execute(f"DELETE FROM {t}")
            for r in reps:
                for k in ("context", "source", "target", "location", "evidence", "countries", "persons"):
                    r[k] = json.loads(r[k]) if r[k] is not None else None
                self._add_report(r)

    def _insert_report(self, rep: dict[str, Any], eid: str, sig_id: int) -> None:
        evidence = _j(rep["evidence"])
        src = rep.get("src")  # a stored report being regrouped has it already
        if src is None:
            src = "[" + _dump(rep.get("src_meta") or [None, None, None, None])[1:-1] + "," + evidence + "," + \
                _dump(rep.get("method")) + "]"
        self.db.execute(
            "INSERT INTO reports(id, article_id, event_id, type, mode, context, cameo, date, status, source, target, "
            "location, evidence, confidence, countries, persons, published, sig_id, src) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (rep["id"], rep["article_id"], eid, rep["type"], rep["mode"], _j(rep["context"]), rep["cameo"],
             rep["date"], rep["status"], _j(rep["source"]), _j(rep["target"]), _j(rep["location"]),
             evidence, rep["confidence"], _j(rep["countries"]), _j(rep["persons"]),
             (rep.get("published") or "")[:10] or None, sig_id, src))

    def _delete_events(self, ids: Sequence[str]) -> None:
        if ids:
            marks = ",".join("?" * len(ids))
            self.db.execute(f"DELETE FROM events WHERE id IN ({marks})", list(ids))
            self.db.execute(f"DELETE FROM event_actors WHERE event_id IN ({marks})", list(ids))

    def _recluster(self, block: str, x: int, window: int, new_sid: int, rep: dict[str, Any],
                   rep_agg: dict[str, Any]) -> bool:
        """Regroup ``block`` after a new signature ``new_sid`` on day ``x``: replay ``merge.day_step``
        from day ``x`` (the events open then are the stored ones begun at most ``window`` days
        earlier) until the open events are again those stored, so the store always holds exactly
        ``merge.cluster`` of the block's signatures. Costs O(signatures in the replayed stretch).
        True if the new signature's event holds other reports."""
        sigs: dict[int, str] = {}
        old: dict[int, str] = {}  # signature -> stored event id (the new one: none)
        first: dict[int, str] = {}
        when: dict[int, int] = {}

        def load(rows: list[dict[str, Any]]) -> None:
            for r in rows:
                sid = int(r["id"])
                sigs[sid] = r["sig"]
                old[sid] = r["event_id"] if sid != new_sid else ""  # not yet in any stored event
                first[sid] = r["first_id"]
                when[sid] = int(r["t"])

        cols = "SELECT id, t, sig, event_id, first_id FROM merge_sigs WHERE block = ?"
        # one read for the events open on day x — stored groups begun at most `window` days before
        # it (an event spans at most `window` days, so each lies in [x - 2 window, x)) — and for the
        # days up to x + window + 1, where a replay is usually back in sync
        days: dict[int, list[int]] = {}
        fetched_to = x + window + 1
        for r in self.db.query(f"{cols} AND t >= ? AND t <= ?", (block, x - 2 * window, fetched_to)):
            load([r])
            if int(r["t"]) >= x:
                days.setdefault(int(r["t"]), []).append(int(r["id"]))
        by_event: dict[str, list[int]] = {}
        for sid, e in old.items():
            if e:
                by_event.setdefault(e, []).append(sid)
        ev_start = {e: min(when[m] for m in ms) for e, ms in by_event.items()}
        open_ = [Cluster(ev_start[e], [m for m in ms if when[m] < x]) for e, ms in by_event.items()
                 if x - window <= ev_start[e] < x]
        done: list[Cluster] = []
        day = x
        while True:
            if day > fetched_to:  # the next stretch of days
                nxt = self.db.query("SELECT DISTINCT t FROM merge_sigs WHERE block = ? AND t >= ? ORDER BY t LIMIT ?",
                                    (block, day, window + 2))
                if not nxt:
                    break
                lo, hi = int(nxt[0]["t"]), int(nxt[-1]["t"])
                rows = self.db.query(f"{cols} AND t >= ? AND t <= ?", (block, lo, hi))
                load(rows)
                for r in rows:
                    e = r["event_id"]
                    days.setdefault(int(r["t"]), []).append(int(r["id"]))
                    if int(r["id"]) != new_sid:
                        by_event.setdefault(e, []).append(int(r["id"]))
                        ev_start[e] = min(ev_start.get(e, int(r["t"])), int(r["t"]))
                day, fetched_to = lo, hi
            if day not in days:
                later = [d for d in days if d > day]
                if not later:
                    day = fetched_to + 1
                    continue
                day = min(later)
            closed, open_ = day_step(open_, day, sorted(days.pop(day)), lambda a, b: _sig_compat(sigs[a], sigs[b]),
                                     window)
            done += closed
            # in sync again: the events still joinable are exactly the stored ones (same members)
            horizon = day + 1 - window
            now = [c for c in open_ if c.start >= horizon]
            then = [e for e, st in ev_start.items() if st >= horizon and st <= day]
            if len(now) == len(then) and ({frozenset(c.members) for c in now} ==
                                          {frozenset(m for m in by_event[e] if when[m] <= day) for e in then}):
                done += [c for c in open_ if c.start < horizon]
                open_ = []
                break
            day += 1
        done += open_
        # the usual case: the new signature founded an event or joined one stored event whole, and
        # nothing else moved: update that event as a known signature would (no recount)
        placed: dict[int, str] = {}
        for c in done:
            eid = "e_" + min(first[k] for k in c.members)[2:]
            for m in c.members:
                placed[m] = eid
        home = next(c for c in done if new_sid in c.members)
        others = {old[m] for m in home.members if m != new_sid}
        moved = [m for m, e in placed.items() if old[m] != e and m != new_sid]
        if not others:
            if not moved:
                self._write_event(placed[new_sid], rep_agg, 1)
                return False
        elif len(others) == 1 and all(m in home.members for m in moved):
            (e0,) = others
            n0 = self.db.query("SELECT COUNT(*) AS n FROM merge_sigs WHERE event_id = ?", (e0,))[0]["n"]
            if int(n0) == len(home.members) - 1:
                eid = self._grow_event(e0, rep["article_id"], block, rep_agg)
                if eid != placed[new_sid]:  # pragma: no cover - the grouping and the aggregate disagree
                    raise AssertionError("event id mismatch")
                if eid != old[new_sid] and eid != "e_" + rep["id"][2:]:
                    self.db.execute("UPDATE merge_sigs SET event_id = ? WHERE id = ?", (eid, new_sid))
                    self.db.execute("UPDATE reports SET event_id = ? WHERE id = ?", (eid, rep["id"]))
                return True
        # write what changed: every signature whose event id changed, and the events it left/joined
        dirty: set[str] = set()
        merged = False
        for c in done:
            eid = "e_" + min(first[m] for m in c.members)[2:]
            if new_sid in c.members:
                merged = len(c.members) > 1
                dirty.add(eid)
            for m in c.members:
                if old[m] != eid:
                    dirty.add(eid)
                    if old[m]:
                        dirty.add(old[m])
                    self.db.execute("UPDATE merge_sigs SET event_id = ? WHERE id = ?", (eid, m))
                    self.db.execute("UPDATE reports SET event_id = ? WHERE sig_id = ?", (eid, m))
        ids = sorted(dirty)
        self._delete_events(ids)
        for eid in ids:
            agg = self._event_agg(eid)
            if agg is not None:
                self._write_event(eid, agg, 0)
        return merged

    def _event_agg(self, eid: str) -> Any:
        """An event's aggregate from its signatures' (None: no such event)."""
        rows = self.db.query("SELECT agg FROM merge_sigs WHERE event_id = ? ORDER BY id", (eid,))
        if not rows:
            return None
        agg = json.loads(rows[0]["agg"])
        for r in rows[1:]:
            agg = combine(agg, json.loads(r["agg"]))
        return agg

    def _write_event(self, eid: str, agg: dict[str, Any], n_articles: int = 0,
                     before: dict[str, Any] | None = None, old_date: str | None = None) -> None:
        """Write event ``eid`` from its aggregate (``n_articles`` <= 0: count them). ``before``: the
        aggregate of the stored row to update in place (its actors rewritten only if they changed),
        ``old_date`` that row's date."""
        ev = canonical_from(agg)
        if n_articles <= 0:
            n_articles = int(self.db.query(
                "SELECT COUNT(DISTINCT article_id) AS n FROM reports WHERE event_id = ?", (eid,))[0]["n"])
        if before is not None:
            rest = (_j(ev["source"]), _j(ev["target"]), _j(ev["location"]), ev["confidence"], _j(ev["persons"]),
                    n_articles, plover_intensity(ev["type"], ev["mode"]), explain_from(agg, n_articles), _dump(agg),
                    eid)
            old_status = "occurred" if before["occurred"] else before["first"]["status"]
            if old_date == ev["date"] and old_status == ev["status"]:
                # date and status unchanged (the usual case): leave them out, so their indexes are
                # not rewritten
                self.db.execute(
                    "UPDATE events SET mode = ?, context = ?, cameo = ?, source = ?, target = ?, location = ?, "
                    "confidence = ?, persons = ?, n_sources = ?, intensity = ?, merge_reason = ?, agg = ? WHERE id = ?",
                    (ev["mode"], _j(ev["context"]), ev["cameo"], *rest))
            else:
                self.db.execute(
                    "UPDATE events SET mode = ?, context = ?, cameo = ?, date = ?, status = ?, source = ?, target = ?, "
                    "location = ?, confidence = ?, persons = ?, n_sources = ?, intensity = ?, merge_reason = ?, "
                    "agg = ? WHERE id = ?",
                    (ev["mode"], _j(ev["context"]), ev["cameo"], ev["date"], ev["status"], *rest))
            if before["src"] == agg["src"] and before["tgt"] == agg["tgt"]:
                if old_date != ev["date"]:
                    self.db.execute("UPDATE event_actors SET sort_key = ? WHERE event_id = ?",
                                    (_sort_key(ev["date"]), eid))
                return
            self.db.execute("DELETE FROM event_actors WHERE event_id = ?", (eid,))
        else:
            self.db.execute(
                "INSERT INTO events(id, type, mode, context, cameo, date, status, source, target, location, "
                "confidence, countries, persons, n_sources, intensity, merge_reason, agg) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (eid, ev["type"], ev["mode"], _j(ev["context"]), ev["cameo"], ev["date"], ev["status"],
                 _j(ev["source"]), _j(ev["target"]), _j(ev["location"]), ev["confidence"], _j(ev["countries"]),
                 _j(ev["persons"]), n_articles, plover_intensity(ev["type"], ev["mode"]),
                 explain_from(agg, n_articles), _dump(agg)))
        key = _sort_key(ev["date"])
        rows = [(eid, a["id"], a.get("country"), side, key) for side in ("source", "target") for a in ev[side]]
        self.db.executemany("INSERT INTO event_actors(event_id, actor_id, country, side, sort_key) VALUES (?,?,?,?,?)",
                            rows)

    # -- queries ---------------------------------------------------------------------------
    def events(self, actor: str | None = None, country: str | None = None, dyad: tuple[str, str] | None = None,
               type_: str | None = None, status: str | None = None, since: str | None = None,
               until: str | None = None, text: str | None = None, limit: int = 1000, offset: int = 0,
               max_sources: int | None = LISTING_SOURCES) -> list[dict[str, Any]]:
        """A page of canonical events in listing order (date, undated last, then id). Each event
        lists its first ``max_sources`` sources (published, then article; None: all of them, 0:
        none) and counts them all in ``sources_total``."""
        where: list[str] = ["1=1"]
        params: list[Any] = []
        if type_:
            where.append("e.type = ?")
            params.append(type_.upper())
        if status:
            where.append("e.status = ?")
            params.append(status)
        if since:
            where.append("e.date >= ?")
            params.append(since)
        if until:
            where.append("substr(e.date, 1, ?) <= ?")
            params += [len(until), until]
        # filters on the event id alone (text, actors), apart: a listing driven by an actor index
        # reads no events row unless ``where`` needs one
        by_id: list[str] = []
        id_params: list[Any] = []
        # actor filters: (column, values) on event_actors
        ea: list[tuple[str, list[str]]] = []
        if country:
            ea.append(("country", [country.upper()]))
        if dyad:
            ea += [("country", [c.upper()]) for c in dyad]
        if actor:
            ids = self.find_entity_ids(actor)
            if not ids:
                return []
            ea.append(("actor_id", ids))
        needle = _WS.sub(" ", norm(text)).strip() if text else ""
        if needle and self._fts(needle):
            ids = self._events_by_text(needle, where, params, ea, limit, offset)
            return self._page(ids, max_sources)
        if needle:
            sub, sub_params = self._text_filter(needle)
            by_id.append(f"{_EID} IN (SELECT r.event_id FROM reports r WHERE r.article_id IN ({sub}))")
            id_params += sub_params
        # the page's ids first, from narrow indexes, then the page's rows. With an actor filter the
        # listing walks that country's or actor's (sort_key, event_id) index range in order and stops
        # at the page; the other actor filters are probes (the old IN lists read and sorted every
        # matching event: O(store) per query)
        single = [f for f in ea if len(f[1]) == 1]
        if single:
            drive = single[0]
            ea.remove(drive)
            for col, vals in ea:
                marks = ",".join("?" * len(vals))
                by_id.append(f"EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = {_EID} AND x.{col} IN ({marks}))")
                id_params += vals
            join = "JOIN events e ON e.id = ea.event_id " if len(where) > 1 else ""
            cond = " AND ".join([f"ea.{drive[0]} = ?", *where, *by_id]).replace(_EID, "ea.event_id")
            sql = (f"SELECT ea.event_id FROM event_actors ea {join}WHERE {cond} "
                   "GROUP BY ea.sort_key, ea.event_id ORDER BY ea.sort_key, ea.event_id LIMIT ? OFFSET ?")
            params = [drive[1][0], *params, *id_params]
        else:
            for col, vals in ea:
                marks = ",".join("?" * len(vals))
                by_id.append(f"{_EID} IN (SELECT event_id FROM event_actors WHERE {col} IN ({marks}))")
                id_params += vals
            params += id_params
            sql = (f"SELECT e.id FROM events e WHERE {' AND '.join(where + by_id).replace(_EID, 'e.id')} "
                   f"ORDER BY COALESCE(e.date, '9999') , e.id LIMIT ? OFFSET ?")
        ids = [r[0] for r in self.db.execute(sql, (*params, limit, offset)).fetchall()]
        return self._page(ids, max_sources)

    def _page(self, ids: list[str], max_sources: int | None = LISTING_SOURCES) -> list[dict[str, Any]]:
        """Events ``ids`` as listings print them, in that order, with at most ``max_sources``
        sources each (None: all)."""
        rows = self._event_rows(ids)
        # all sources: the whole page's in one query; the first ones: a LIMIT per event
        if max_sources is None:
            srcs = self._sources_of([r["id"] for r in rows])
        else:
            srcs = self._first_sources({r["id"]: int(r["n_sources"]) for r in rows}, max_sources)
        return [self._event_out(r, srcs.get(r["id"], [])) for r in rows]

    def _fts(self, needle: str) -> bool:
        """Whether ``needle`` is served by the FTS5 trigram index (SQLite, three characters or more)."""
        return self.db.kind == "sqlite" and len(needle) >= 3

    def _fts_batches(self, needle: str, order: str, size: int, grow: float = 2.0
                     ) -> Generator[list[int], None, None]:
        """The full-text rowids of the articles containing ``needle``, in ``order`` (ASC/DESC), in
        batches of ``size`` growing ``grow`` times up to 4,096. FTS5 yields them in rowid order as they
        are read, so a caller that stops reading stops the search (close the generator:
        ``contextlib.closing``)."""
        cur = self.db.execute(f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid {order}",
                              ('"' + needle.replace('"', '""') + '"',))
        try:
            while batch := [r[0] for r in cur.fetchmany(size)]:
                yield batch
                size = min(int(size * grow), 4096)
        finally:
            cur.close()

    def _events_by_text(self, needle: str, where: list[str], params: list[Any], ea: list[tuple[str, list[str]]],
                        limit: int, offset: int) -> list[str]:
        """Ids of a listing page filtered by text, reading only a prefix of the matching articles:
        matches come in ascending floor (keys.py: no event an article reports lists before its
        floor), so once the page is full and its last event lists before the floor of the last
        article read, no later article can change it. (Selecting the events of every matching
        article first cost O(matches): ~300 ms for a phrase in a sixth of 100,000 articles.)"""
        conds, cparams = list(where), list(params)
        for col, vals in ea:
            marks = ",".join("?" * len(vals))
            conds.append(f"EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.{col} IN ({marks}))")
            cparams += vals
        cond = " AND ".join(conds)
        want = offset + limit
        best: dict[str, str] = {}  # event id -> listing key; at most `want` once full
        read: set[str] = set()  # events whose key was read (a key never changes here)
        last: int | None = None  # date_code of the page's last key, once the page is full
        # batches growing by a quarter (doubling read up to twice what the page needed)
        with closing(self._fts_batches(needle, "ASC", 64, 1.25)) as batches:
            for batch in batches:
                marks = ",".join("?" * len(batch))
                if cond != "1=1":
                    # other filters: one join (SQLite starts from the events when they are selective)
                    for eid, key in self.db.execute(
                            "SELECT DISTINCT e.id, COALESCE(e.date, '9999') FROM article_meta a "
                            "JOIN reports r ON r.article_id = a.id JOIN events e INDEXED BY events_id_listing "
                            f"ON e.id = r.event_id WHERE a.fkey IN ({marks}) AND {cond}",
                            (*batch, *cparams)).fetchall():
                        best[eid] = key
                else:
                    # text alone: the articles' reports with their date and type from one index; once
                    # the page is full, the event of a report whose floor lies past the page's last key
                    # cannot reach it (keys.py) and is not read; the others' keys come from an index
                    # (events rows are wide), each event's once
                    todo: set[str] = set()
                    for eid, date, type_ in self.db.execute(
                            "SELECT r.event_id, r.date, r.type FROM article_meta a INDEXED BY article_meta_fkey "
                            "JOIN reports r INDEXED BY reports_article_listing ON r.article_id = a.id "
                            f"WHERE a.fkey IN ({marks})", batch).fetchall():
                        if eid not in read and (last is None or _report_floor(date, type_) <= last):
                            todo.add(eid)
                    read |= todo
                    ids = sorted(todo)
                    for i in range(0, len(ids), 500):
                        chunk = ids[i:i + 500]
                        best.update(self.db.execute(
                            "SELECT e.id, COALESCE(e.date, '9999') FROM events e INDEXED BY events_id_listing "
                            f"WHERE e.id IN ({','.join('?' * len(chunk))})", chunk).fetchall())
                if len(best) >= want:
                    # later articles can only displace events ranked after the page: keep the page
                    best = dict(sorted(best.items(), key=lambda kv: (kv[1], kv[0]))[:want])
                    last = date_code(best[next(reversed(best))])
                    if last is not None and last < batch[-1] >> ROWID_BITS:
                        break
        ranked = sorted(best.items(), key=lambda kv: (kv[1], kv[0]))
        return [eid for eid, _ in ranked[offset:want]]

    def _event_rows(self, ids: list[str]) -> list[dict[str, Any]]:
        """The listing columns of events ``ids``, in that order."""
        by_id: dict[str, dict[str, Any]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.query(f"SELECT {_EVENT_COLS} FROM events e WHERE e.id IN ({marks})", chunk):
                by_id[r["id"]] = r
        return [by_id[i] for i in ids if i in by_id]

    def _event_out(self, r: dict[str, Any], sources: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        out = {
            "id": r["id"], "type": r["type"], "mode": r["mode"], "context": _load(r["context"] or "[]"),
            "cameo": r["cameo"], "date": r["date"], "status": r["status"], "source": _load(r["source"]),
            "target": _load(r["target"]), "location": _load(r["location"]) if r["location"] else None,
            "confidence": r["confidence"], "intensity": r.get("intensity"),
            # distinct articles (kept on merges; a test compares it with a recount)
            "sources_total": int(r["n_sources"]),
        }
        out["sources"] = sources if sources is not None else self.sources(r["id"])
        out["evidence"] = [ev for s in out["sources"] for ev in s["evidence"]][:3]
        return out

    def sources(self, event_id: str) -> list[dict[str, Any]]:
        return self._sources_of([event_id]).get(event_id, [])

    def _sources_of(self, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """Per event: the articles that reported it, each with its evidence spans."""
        out: dict[str, dict[str, dict[str, Any]]] = {}
        for i in range(0, len(event_ids), 500):
            chunk = event_ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            # each event's sources are one stretch of the reports_event_listing index, in listing
            # order (published, report id: the article's publication date is on the report row);
            # the listing fields are on the row too (reports.src), so no join and no sort
            rows = self.db.execute(
                "SELECT r.event_id, r.article_id, r.published, r.src FROM reports r "
                f"WHERE r.event_id IN ({marks}) ORDER BY r.event_id, r.published, r.id", chunk).fetchall()
            _add_sources(out, rows)
        return {eid: list(v.values()) for eid, v in out.items()}

    def _first_sources(self, n_sources: dict[str, int], cap: int) -> dict[str, list[dict[str, Any]]]:
        """Per event (id -> its number of sources): its first ``cap`` sources in listing order, as
        ``_sources_of`` lists them, reading only the start of each event's stretch of the
        reports_event_listing index (a LIMIT per event), not all its rows.

        An article's reports in one event are adjacent in that order: they share the publication
        date and their ids share the article's prefix (``r_<hash>_NNN`` for ``a_<hash>``). So once
        the rows read hold a report of a (cap+1)-th article, or are all of the event's, the first
        ``cap`` articles are complete with all their evidence; otherwise (articles with several
        reports) the next rows are read."""
        if cap <= 0:
            return {}
        sql = ("SELECT r.published, r.article_id, r.src FROM reports r WHERE r.event_id = ? "
               "ORDER BY r.published, r.id LIMIT ? OFFSET ?")
        picked: list[tuple[str, str, Any, str]] = []  # (event, article, published, src) in listing order
        for eid, n in n_sources.items():
            if n <= 0:
                continue
            rows: list[Any] = []
            articles: set[str] = set()
            limit = cap + 1  # one more than the cap shows whether a (cap+1)-th article follows
            while True:
                batch = self.db.execute(sql, (eid, limit, len(rows))).fetchall()
                rows += batch
                articles.update(r[1] for r in batch)
                if len(batch) < limit or len(articles) > cap:
                    break
                limit *= 2
            seen: set[str] = set()
            for published, aid, src in rows:
                if aid not in seen:
                    if len(seen) == cap:  # the (cap+1)-th article: the first `cap` are complete
                        break
                    seen.add(aid)
                picked.append((eid, aid, published, src))
        out: dict[str, dict[str, dict[str, Any]]] = {}
        _add_sources(out, picked)
        return {eid: list(v.values()) for eid, v in out.items()}

    def event(self, event_id: str) -> dict[str, Any]:
        rows = self.db.query("SELECT * FROM events WHERE id = ?", (event_id,))
        if not rows:
            raise NotFoundError(f"no event {event_id}")
        out = self._event_out(rows[0])
        out["merge_reason"] = rows[0]["merge_reason"]
        out["reports"] = [{k: r[k] for k in ("id", "article_id", "date", "status", "countries", "persons")}
                          for r in self._reports_of("r.event_id = ?", (event_id,))]
        return out

    def find_entity_ids(self, name: str) -> list[str]:
        """Entity ids for an id, an English name or any Arabic spelling."""
        rows = self.db.query("SELECT id FROM entities WHERE id = ? OR lower(name_en) = lower(?) OR name_ar = ?",
                             (name, name, name))
        ids = [r["id"] for r in rows]
        if not ids:
            from ..resources import gazetteer, skel

            gaz = gazetteer()
            ids = [eid for eid, _ in gaz.index.get(skel(norm(name)), [])]
            if not ids:
                rows = self.db.query("SELECT DISTINCT entity_id FROM mentions WHERE surface = ?", (name,))
                ids = [r["entity_id"] for r in rows]
        return ids

    def entities(self, type_: str | None = None, limit: int = 1000, offset: int = 0) -> list[dict[str, Any]]:
        where = "WHERE e.type = ?" if type_ else ""
        params: list[Any] = [type_.upper()] if type_ else []
        return self.db.query(
            f"SELECT e.id, e.type, e.name_en, e.name_ar, e.country, e.wikidata, "
            f"(SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions, "
            f"(SELECT COUNT(DISTINCT ea.event_id) FROM event_actors ea WHERE ea.actor_id = e.id) AS events "
            f"FROM entities e {where} ORDER BY mentions DESC, e.id LIMIT ? OFFSET ?", (*params, limit, offset))

    def entity(self, name: str) -> dict[str, Any]:
        ids = self.find_entity_ids(name)
        if not ids:
            raise NotFoundError(f"no entity {name!r}")
        eid = ids[0]
        rows = self.db.query("SELECT * FROM entities WHERE id = ?", (eid,))
        from ..resources import gazetteer

        gaz = gazetteer()
        base = rows[0] if rows else None
        if base is None and eid in gaz.entities:
            e = gaz.entities[eid]
            base = {"id": e.id, "type": e.type, "name_en": e.name_en, "name_ar": e.name_ar, "country": e.country,
                    "wikidata": e.wikidata, "provisional": 0}
        if base is None:
            raise NotFoundError(f"no entity {name!r}")
        spellings = self.db.query("SELECT surface, COUNT(*) AS n FROM mentions WHERE entity_id = ? GROUP BY surface "
                                  "ORDER BY n DESC", (eid,))
        positions = [{"office": p.office, "country": p.country, "org": p.org, "start": p.start, "end": p.end,
                      "title_en": p.title_en} for p in gaz.positions.get(eid, [])]
        variants = gaz.info.get(eid, {}).get("names", [])
        return {**base, "spellings_seen": spellings, "gazetteer_variants": variants, "positions": positions,
                "events": self.events(actor=eid, limit=200)}

    def timeline(self, dyad: tuple[str, str], since: str | None = None, until: str | None = None,
                 max_sources: int | None = LISTING_SOURCES) -> list[dict[str, Any]]:
        """A dyad's events in listing order, but negated ones; sources as ``events`` lists them."""
        return [e for e in self.events(dyad=dyad, since=since, until=until, limit=10000, max_sources=max_sources)
                if e["status"] != "negated"]

    def monthly(self, dyad: tuple[str, str] | None = None, since: str | None = None) -> list[dict[str, Any]]:
        evs = self.events(dyad=dyad, since=since, limit=100000, max_sources=0)  # counts only: no sources read
        agg: dict[tuple[str, str], list[float]] = {}
        for e in evs:
            if not e["date"] or e["status"] != "occurred":
                continue
            key = (e["date"][:7], e["type"])
            agg.setdefault(key, []).append(e["intensity"] if e["intensity"] is not None else float("nan"))
        out = []
        for (month, typ), vals in sorted(agg.items()):
            nums = [v for v in vals if v == v]
            out.append({"month": month, "type": typ, "events": len(vals),
                        "mean_intensity": round(sum(nums) / len(nums), 2) if nums else None})
        return out

    def _text_filter(self, needle: str) -> tuple[str, list[Any]]:
        """SQL selecting the ids of articles whose normalised text contains ``needle`` (a substring, so
        a word with clitics attached still matches): the FTS5 trigram index in SQLite for needles of
        three or more characters, LIKE otherwise (served by the pg_trgm index in PostgreSQL)."""
        if self.db.kind == "sqlite" and len(needle) >= 3:
            return ("SELECT a.id FROM articles_fts f JOIN article_meta a ON a.fkey = f.rowid WHERE articles_fts MATCH ?",
                    ['"' + needle.replace('"', '""') + '"'])
        esc = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return "SELECT a.id FROM articles a WHERE a.norm_text LIKE ? ESCAPE '\\'", [f"%{esc}%"]

    def search(self, q: str, limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over articles, on the normalised text (folds hamza/diacritics forms)."""
        needle = _WS.sub(" ", norm(q)).strip()
        if not needle:
            return []
        if self._fts(needle):
            ids = self._search_ids(needle, limit)
        else:
            sub, params = self._text_filter(needle)
            # the page's ids from the narrow article_meta rows, then the texts of that page only
            ids = [r[0] for r in self.db.execute(f"SELECT id FROM article_meta WHERE id IN ({sub}) "
                                                 "ORDER BY published DESC, id LIMIT ?", (*params, limit)).fetchall()]
        by_id: dict[str, dict[str, Any]] = {}
        if ids:
            marks = ",".join("?" * len(ids))
            by_id = {r["id"]: r for r in self.db.query(
                f"SELECT id, ext_id, url, outlet, title, published, norm_text FROM articles WHERE id IN ({marks})", ids)}
        out = []
        for r in (by_id[i] for i in ids):
            i = max(0, r["norm_text"].find(needle))
            snippet = r["norm_text"][max(0, i - 60): i + len(needle) + 60]
            out.append({k: r[k] for k in ("id", "ext_id", "url", "outlet", "title", "published")} | {"snippet": snippet})
        return out

    def _search_ids(self, needle: str, limit: int) -> list[str]:
        """The ``limit`` newest articles containing ``needle`` (ties by id). Two ways, run in turns
        until one is done: full-text matches in descending floor (``_search_by_floor``: cheap when
        the needle is rare) and the newest articles tested one by one (``_search_by_date``: cheap
        when it is common — at 100,000 articles a name in half of them made the first read ~7,000
        matches). Both give the same answer; the one that has taken less time so far takes the next
        step, so a search costs at most about twice the cheaper way."""
        ways = [self._search_by_floor(needle, limit)]
        if needle == needle.lower() == needle.upper():  # no cased letter: see _search_by_date
            ways.insert(0, self._search_by_date(needle, limit))
        spent = [0.0] * len(ways)
        try:
            while True:
                k = spent.index(min(spent))
                t0 = time.perf_counter()
                try:
                    next(ways[k])
                except StopIteration as done:
                    return list(done.value)
                spent[k] += time.perf_counter() - t0
        finally:
            for way in ways:
                way.close()

    def _search_by_floor(self, needle: str, limit: int) -> Generator[None, None, list[str]]:
        """``_search_ids`` reading full-text matches in descending floor (keys.py) until the page is
        newer than any article with a floor at most that of the last match read (``k_bound``).
        Yields after each batch; returns the page."""
        got: list[tuple[str, str]] = []  # (published or '', id)
        with closing(self._fts_batches(needle, "DESC", max(2 * limit, 64))) as batches:
            for batch in batches:
                marks = ",".join("?" * len(batch))
                got += [(p or "", i) for i, p in self.db.execute(
                    f"SELECT id, published FROM article_meta WHERE fkey IN ({marks})", batch).fetchall()]
                if len(got) >= limit:
                    got.sort(key=lambda x: x[1])
                    got.sort(key=lambda x: x[0], reverse=True)  # stable: newest first, ties by id
                    del got[limit:]
                    bound = self.db.execute("SELECT MAX(max_pub) FROM k_bound WHERE kcode <= ?",
                                            (batch[-1] >> ROWID_BITS,)).fetchone()[0]
                    if got[-1][0] > (bound or ""):
                        break
                yield
        got.sort(key=lambda x: x[1])
        got.sort(key=lambda x: x[0], reverse=True)
        return [i for _, i in got[:limit]]

    def _search_by_date(self, needle: str, limit: int) -> Generator[None, None, list[str]]:
        """``_search_ids`` walking the articles newest first (the article_meta_published index, in
        the search's order) and keeping those whose text contains ``needle`` (``instr``), in
        doubling batches; yields after each batch, returns the page. Only for a needle without
        cased letters: the trigram index folds case, ``instr`` does not, and only letters with case
        fold (the normalised text has ASCII in lower case already)."""
        got: list[str] = []
        done, size = 0, 64
        while True:
            cands = self.db.execute("SELECT id, arow FROM article_meta INDEXED BY article_meta_published "
                                    "ORDER BY published DESC, id LIMIT ? OFFSET ?", (size, done)).fetchall()
            if cands:
                marks = ",".join("?" * len(cands))
                hits = {r[0] for r in self.db.execute(
                    f"SELECT rowid FROM articles WHERE rowid IN ({marks}) AND instr(norm_text, ?) > 0",
                    (*(a for _, a in cands), needle)).fetchall()}
                got += [i for i, a in cands if a in hits]
            if len(got) >= limit or len(cands) < size:
                return got[:limit]
            done += size
            size = min(2 * size, 512)  # ~10 ms a step at most
            yield

    def article(self, article_id: str) -> dict[str, Any]:
        rows = self.db.query("SELECT id, ext_id, url, outlet, title, published, text FROM articles WHERE id = ?",
                             (article_id,))
        if not rows:
            raise NotFoundError(f"no article {article_id}")
        return rows[0]

    def counts(self) -> dict[str, int]:
        out = {}
        for t in ("articles", "entities", "mentions", "reports", "events"):
            out[t] = int(self.db.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"])
        return out

    def all_events(self) -> Iterable[dict[str, Any]]:
        offset = 0
        while True:
            batch = self.events(limit=1000, offset=offset, max_sources=None)  # exports: every source
            if not batch:
                return
            yield from batch
            offset += len(batch)
