"""Database connections behind one small interface: SQLite (embedded default) or PostgreSQL.

``connect(url)`` accepts a file path, ``sqlite:///PATH`` or ``postgresql://...``. SQL is written
once with ``?`` placeholders and translated for psycopg. Schema changes are small named
migration steps recorded in ``schema_migrations``.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeAlias

from ..errors import StoreError, StoreURLError


def default_db_path() -> Path:
    """``$MARSAD_DB`` if set, else ``$MARSAD_HOME/marsad.db`` (default ``~/.local/share/marsad``)."""
    env = os.environ.get("MARSAD_DB")
    if env:
        return Path(env)
    home = os.environ.get("MARSAD_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share", "marsad")
    return Path(home) / "marsad.db"


def resolve_url(url: str | None) -> str:
    if url is None:
        url = os.environ.get("MARSAD_DB") or str(default_db_path())
    return url


# a migration step: SQL (``;``-separated statements), or a function of the open DB for what SQL
# alone cannot compute; per backend when they differ
Step: TypeAlias = "str | Callable[[DB], None]"


def _m0008_sqlite(db: DB) -> None:
    """Migration 0008 in SQLite: the listing fields of a source on its report row, and the
    full-text index rebuilt with the rowids of ``keys`` (which need Python's calendar)."""
    from .keys import UNDATED, fts_rowid, report_floor

    for stmt in _M0008_SQLITE_SQL.split(";"):
        if stmt.strip():
            db.execute(stmt)
    floors: dict[str, int] = {}
    for aid, date, type_ in db.execute("SELECT article_id, date, type FROM reports").fetchall():
        f = report_floor(date, type_)
        if f < floors.get(aid, UNDATED + 1):
            floors[aid] = f
    bound: dict[int, str] = {}
    keyed = []
    for aid, arow, published in db.execute("SELECT id, arow, published FROM article_meta").fetchall():
        floor = floors.get(aid, UNDATED)
        keyed.append((fts_rowid(floor, arow), aid))
        bound[floor] = max(bound.get(floor, ""), published or "")
    db.executemany("UPDATE article_meta SET fkey = ? WHERE id = ?", keyed)
    db.executemany("INSERT INTO k_bound(kcode, max_pub) VALUES (?, ?)", sorted(bound.items()))
    # the text itself is unchanged: reindexed under the new rowids (the slow part: ~1-3 ms per article)
    db.execute("DROP TABLE articles_fts")
    db.execute(_FTS_SQLITE)
    db.execute("INSERT INTO articles_fts(rowid, norm_text) SELECT m.fkey, a.norm_text FROM articles a "
               "JOIN article_meta m ON m.id = a.id")
    db.execute("CREATE INDEX IF NOT EXISTS article_meta_fkey ON article_meta(fkey, published)")


_FTS_SQLITE = ("CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(norm_text, content='', "
               "tokenize='trigram')")

# reports.src: the source as a listing prints it, but for article_id and published (on the row
# already): JSON [ext_id, url, outlet, title, evidence]. With the index below, an event's sources are
# one stretch of one index, in listing order (published, report id): no join with article_meta
# (a random lookup per source row) and no sort; at 100,000 articles a page lists ~9,000 sources.
_M0008_SQLITE_SQL = """
ALTER TABLE reports ADD COLUMN src TEXT;
UPDATE reports SET src = (SELECT json_array(m.ext_id, m.url, m.outlet, m.title, json(reports.evidence))
                          FROM article_meta m WHERE m.id = reports.article_id);
CREATE INDEX IF NOT EXISTS reports_event_listing ON reports(event_id, published, id, article_id, src);
DROP INDEX IF EXISTS reports_event_sources;
ALTER TABLE article_meta ADD COLUMN fkey INTEGER;
DROP INDEX IF EXISTS article_meta_arow;
CREATE TABLE IF NOT EXISTS k_bound (kcode INTEGER PRIMARY KEY, max_pub TEXT NOT NULL)
"""


MIGRATIONS: list[tuple[str, Step | dict[str, Step]]] = [
    ("0001_core", """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    ext_id TEXT, url TEXT, outlet TEXT, title TEXT, published TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    story_id TEXT NOT NULL,
    text TEXT NOT NULL, norm_text TEXT NOT NULL,
    run_id INTEGER, ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_url ON articles(url);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, name_en TEXT NOT NULL, name_ar TEXT, country TEXT,
    wikidata TEXT, provisional INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL, entity_id TEXT NOT NULL, start_off INTEGER NOT NULL, end_off INTEGER NOT NULL,
    surface TEXT NOT NULL, via TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY, article_id TEXT NOT NULL, event_id TEXT NOT NULL,
    type TEXT NOT NULL, mode TEXT, context TEXT, cameo TEXT, date TEXT, status TEXT NOT NULL,
    source TEXT NOT NULL, target TEXT NOT NULL, location TEXT, evidence TEXT NOT NULL,
    confidence REAL, countries TEXT NOT NULL, persons TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_event ON reports(event_id);
CREATE INDEX IF NOT EXISTS reports_article ON reports(article_id);
CREATE INDEX IF NOT EXISTS reports_block ON reports(type, countries, date);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, mode TEXT, context TEXT, cameo TEXT, date TEXT,
    status TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, location TEXT,
    confidence REAL, countries TEXT NOT NULL, persons TEXT NOT NULL, n_sources INTEGER NOT NULL,
    intensity REAL, merge_reason TEXT
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id TEXT NOT NULL, actor_id TEXT NOT NULL, country TEXT, side TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_actors_actor ON event_actors(actor_id);
CREATE INDEX IF NOT EXISTS event_actors_country ON event_actors(country);
CREATE INDEX IF NOT EXISTS event_actors_event ON event_actors(event_id);
CREATE TABLE IF NOT EXISTS lsh (band TEXT NOT NULL, article_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS lsh_band ON lsh(band);
CREATE TABLE IF NOT EXISTS ingest_runs (
    id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT,
    articles_new INTEGER DEFAULT 0, articles_duplicate INTEGER DEFAULT 0, articles_failed INTEGER DEFAULT 0,
    events_new INTEGER DEFAULT 0, events_merged INTEGER DEFAULT 0
);
"""),
    # merge aggregates (see merge.aggregate): events update in O(distinct values), not O(reports)
    # and each report's publication day, indexed for the blocking lookups of undated reports
    ("0002_event_agg", """
ALTER TABLE events ADD COLUMN agg TEXT;
ALTER TABLE reports ADD COLUMN published TEXT;
UPDATE reports SET published = (SELECT substr(a.published, 1, 10) FROM articles a WHERE a.id = reports.article_id);
CREATE INDEX IF NOT EXISTS reports_block_pub ON reports(type, countries, published)
"""),
    # full-text search on the normalised text: an FTS5 trigram index in SQLite (substring queries,
    # so clitics as in "وروسيا" still match "روسيا"); pg_trgm's GIN index in PostgreSQL (for LIKE)
    ("0003_fulltext", {
        # contentless: the text is in articles already, and indexing is 3x faster than external-content
        "sqlite": _FTS_SQLITE + "; INSERT INTO articles_fts(rowid, norm_text) SELECT rowid, norm_text FROM articles",
        "postgresql": "CREATE EXTENSION IF NOT EXISTS pg_trgm; "
                      "CREATE INDEX IF NOT EXISTS articles_norm_trgm ON articles USING gin (norm_text gin_trgm_ops)",
    }),
    # merge signatures (see Store._add_report): reports of one block (type, countries, date precision)
    # and day that merge alike share a row, so blocking reads O(distinct signatures), not O(reports),
    # and events are grouped from these rows. Reports of an older store have no sig_id: the store
    # regroups them once on opening. The old blocking indexes on reports are no longer read; the
    # event index covers article_id, so counting an event's distinct articles reads no table rows.
    ("0004_merge_sigs", """
CREATE TABLE IF NOT EXISTS merge_sigs (
    id INTEGER PRIMARY KEY, block TEXT NOT NULL, t INTEGER NOT NULL, sig TEXT NOT NULL,
    event_id TEXT NOT NULL, first_id TEXT NOT NULL, n INTEGER NOT NULL, agg TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS merge_sigs_key ON merge_sigs(block, t, sig);
CREATE INDEX IF NOT EXISTS merge_sigs_event ON merge_sigs(event_id);
ALTER TABLE reports ADD COLUMN sig_id INTEGER;
CREATE INDEX IF NOT EXISTS reports_sig ON reports(sig_id);
DROP INDEX IF EXISTS reports_block;
DROP INDEX IF EXISTS reports_block_pub;
CREATE INDEX IF NOT EXISTS reports_event_article ON reports(event_id, article_id);
DROP INDEX IF EXISTS reports_event
"""),
    # near-duplicate lookup in O(bands): per LSH band, the smallest story of the articles holding
    # it (what the join of lsh and articles computed, in rows that grew with every collision)
    ("0005_lsh_story", """
CREATE TABLE IF NOT EXISTS lsh_story (band TEXT PRIMARY KEY, story_id TEXT NOT NULL);
INSERT INTO lsh_story(band, story_id)
    SELECT l.band, MIN(a.story_id) FROM lsh l JOIN articles a ON a.id = l.article_id GROUP BY l.band;
DROP TABLE lsh
"""),
    # queries: a country or dyad filter reads (country, event_id) from the index alone (SQLite's plan
    # shows "USING COVERING INDEX"), not the event_actors rows
    ("0006_query_covering", """
CREATE INDEX IF NOT EXISTS event_actors_country_event ON event_actors(country, event_id)
"""),
    # listings read only narrow, contiguous rows (at 50,000 articles a page of 50 events read ~3,700
    # random wide rows: articles with their text, reports with their JSON, events with their
    # aggregate). article_meta: an article's listing fields without its text (clustered by id in
    # SQLite), and its articles rowid (= its full-text rowid: text matches map to ids without
    # reading the wide rows). The reports index by event also holds id and evidence, so an event's
    # sources are read from one stretch of the index; the events index by type holds what filtering
    # and ordering read. event_actors carries its event's listing key (COALESCE(date, '9999')), so a
    # country, dyad or actor listing walks one index range in order and stops at its page instead of
    # sorting every matching event.
    ("0007_listing_reads", {
        "sqlite": """
CREATE TABLE IF NOT EXISTS article_meta (
    id TEXT PRIMARY KEY, ext_id TEXT, url TEXT, outlet TEXT, published TEXT, title TEXT, arow INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO article_meta(id, ext_id, url, outlet, published, title, arow)
    SELECT id, ext_id, url, outlet, published, title, rowid FROM articles;
CREATE INDEX IF NOT EXISTS article_meta_arow ON article_meta(arow);
CREATE INDEX IF NOT EXISTS reports_event_sources ON reports(event_id, article_id, id, evidence);
DROP INDEX IF EXISTS reports_event_article;
CREATE INDEX IF NOT EXISTS events_type_listing ON events(type, date, status, id);
DROP INDEX IF EXISTS events_type;
CREATE INDEX IF NOT EXISTS reports_article_event ON reports(article_id, event_id);
DROP INDEX IF EXISTS reports_article;
ALTER TABLE event_actors ADD COLUMN sort_key TEXT;
UPDATE event_actors SET sort_key = (SELECT COALESCE(e.date, '9999') FROM events e WHERE e.id = event_actors.event_id);
CREATE INDEX IF NOT EXISTS event_actors_country_sort ON event_actors(country, sort_key, event_id);
CREATE INDEX IF NOT EXISTS event_actors_actor_sort ON event_actors(actor_id, sort_key, event_id);
DROP INDEX IF EXISTS event_actors_actor;
DROP INDEX IF EXISTS event_actors_country
""",
        # PostgreSQL: the same table (its index-only scans depend on the visibility map, so the
        # wider indexes would buy little)
        "postgresql": """
CREATE TABLE IF NOT EXISTS article_meta (
    id TEXT PRIMARY KEY, ext_id TEXT, url TEXT, outlet TEXT, published TEXT, title TEXT
);
INSERT INTO article_meta(id, ext_id, url, outlet, published, title)
    SELECT id, ext_id, url, outlet, published, title FROM articles;
ALTER TABLE event_actors ADD COLUMN sort_key TEXT;
UPDATE event_actors SET sort_key = (SELECT COALESCE(e.date, '9999') FROM events e WHERE e.id = event_actors.event_id);
CREATE INDEX IF NOT EXISTS event_actors_country_sort ON event_actors(country, sort_key, event_id);
CREATE INDEX IF NOT EXISTS event_actors_actor_sort ON event_actors(actor_id, sort_key, event_id)
""",
    }),
    # text queries stop early and listings read sources without a join (see keys.py and
    # _M0008_SQLITE_SQL). PostgreSQL: the same reports.src (its text search is pg_trgm's LIKE)
    ("0008_source_rows_text_keys", {
        "sqlite": _m0008_sqlite,
        "postgresql": """
ALTER TABLE reports ADD COLUMN src TEXT;
UPDATE reports SET src = json_build_array(m.ext_id, m.url, m.outlet, m.title, reports.evidence::json)::text
    FROM article_meta m WHERE m.id = reports.article_id;
CREATE INDEX IF NOT EXISTS reports_event_listing ON reports(event_id, published, id)
""",
    }),
    # ingest: no query reads mentions by article, and this index took a random-position insert for
    # each of an article's ~50 mentions (article ids are hashes)
    ("0009_no_mentions_article_index", "DROP INDEX IF EXISTS mentions_article"),
    # SQLite text queries (PostgreSQL has no full-text rowid paths): search walks the articles
    # newest first while a needle is common (Store._search_by_date); a text-filtered listing reads
    # each matching article's reports with their date and type from an index (a report's date bounds
    # its event's listing key: events that cannot reach the page are not read) and the key and
    # filter columns of its events from another, not the wide rows. The new reports index replaces
    # reports_article_event, which it extends.
    ("0010_text_query_reads", {
        "sqlite": """
CREATE INDEX IF NOT EXISTS article_meta_published ON article_meta(published DESC, id, arow);
CREATE INDEX IF NOT EXISTS events_id_listing ON events(id, date, type, status);
CREATE INDEX IF NOT EXISTS reports_article_listing ON reports(article_id, event_id, date, type);
DROP INDEX IF EXISTS reports_article_event
""",
        "postgresql": "",
    }),
]

_PG_SERIAL = re.compile(r"id INTEGER PRIMARY KEY")


class DB:
    """A thin wrapper: ``execute``/``query`` with ``?`` placeholders on either backend."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._group: int | None = None  # transactions in the open commit group (None: no group)
        self._group_size = 0
        self._sp = 0
        self._deferred: list[tuple[int, str, Sequence[Any]]] = []  # (order, sql, params)
        self.rollbacks = 0  # savepoints or groups rolled back so far: caches of written rows check it
        if url.startswith(("postgresql://", "postgres://")):
            try:
                import psycopg
            except ImportError as e:  # pragma: no cover - dependency is pinned
                raise StoreError(f"psycopg missing: {e}") from None
            try:
                self.conn: Any = psycopg.connect(url, autocommit=False)
            except Exception as e:
                raise StoreError(f"cannot connect to PostgreSQL: {e}".splitlines()[0]) from None
            self.kind = "postgresql"
        else:
            path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else url
            if "://" in path:
                raise StoreURLError(path=url)
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            # a 64 MB page cache (default 2 MB): the indexes an ingest inserts into at random (ids
            # are hashes) outgrow 2 MB within a few thousand articles, and every miss is a read.
            # Checkpoints every ~400 MB of WAL (default 4 MB): each commit group dirties ~9,000
            # pages spread over the store's indexes, and a checkpoint copies every page in the WAL
            # once, whatever the number of groups that rewrote it, then syncs — at ~40 MB a 10,000-
            # article ingest wrote 3.45 GB, at ~400 MB 2.72 GB. A reader finds pages in a longer WAL
            # through its hash index; the WAL is removed when the last connection closes.
            self.conn.execute("PRAGMA cache_size=-65536")
            self.conn.execute("PRAGMA wal_autocheckpoint=100000")
            self.kind = "sqlite"
        self.migrate()

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.kind == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            cur = self.conn.cursor()
            cur.executemany(self._sql(sql), [tuple(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: an article and everything derived from it commit together.

        Inside ``group()`` this is a savepoint: a failing article rolls back alone and the group goes on."""
        if self._group is not None:
            self._sp += 1
            name = f"sp{self._sp}"
            self.conn.execute(f"SAVEPOINT {name}")
            n_deferred = len(self._deferred)
            try:
                yield
            except BaseException:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
                del self._deferred[n_deferred:]
                self.rollbacks += 1
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            self._group += 1
            if self._group >= self._group_size:
                self._commit_group()
                self._begin_group()
            return
        if self.kind == "sqlite":
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                self.rollbacks += 1
                raise
            self.conn.execute("COMMIT")
        else:
            try:
                yield
            except BaseException:
                self.conn.rollback()
                self.rollbacks += 1
                raise
            self.conn.commit()

    def _begin_group(self) -> None:
        if self.kind == "sqlite":
            self.conn.execute("BEGIN IMMEDIATE")
        self._group = 0

    def defer(self, sql: str, params: Sequence[Any], order: int = 0) -> None:
        """Run ``sql`` now, or inside a commit group just before the group commits (still in its
        transaction), deferred statements sorted by ``order``. For FTS5 inserts: FTS5 flushes its
        pending index at every savepoint, and at every insert whose rowid is not above the previous
        one, so per-article savepoints or unsorted rowids would write one tiny segment per article."""
        if self._group is None:
            self.execute(sql, params)
        else:
            self._deferred.append((order, sql, params))

    def _commit_group(self) -> None:
        self._deferred.sort(key=lambda d: d[0])
        for _, sql, params in self._deferred:
            self.execute(sql, params)
        self._deferred.clear()
        if self.kind == "sqlite":
            self.conn.execute("COMMIT")
        else:
            self.conn.commit()

    @contextmanager
    def group(self, size: int = 200) -> Iterator[None]:
        """Group commit: up to ``size`` transactions share one commit (a commit costs milliseconds;
        an article's rows, far less). Each inner transaction stays all-or-nothing (a savepoint);
        an interrupted group rolls back whole, so a killed ingest still leaves only complete
        articles, and its rerun stores the rest."""
        if self._group is not None or size <= 1:
            yield
            return
        self._group_size = size
        self._begin_group()
        try:
            yield
        except BaseException:
            self._group = None
            self._deferred.clear()
            self.rollbacks += 1
            if self.kind == "sqlite":
                self.conn.execute("ROLLBACK")
            else:
                self.conn.rollback()
            raise
        self._group = None
        self._commit_group()

    def migrate(self) -> None:
        self.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        if self.kind == "postgresql":
            self.conn.commit()
        done = {r["name"] for r in self.query("SELECT name FROM schema_migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            step = sql[self.kind] if isinstance(sql, dict) else sql
            with self.transaction():
                if callable(step):
                    step(self)
                else:
                    body = _PG_SERIAL.sub("id SERIAL PRIMARY KEY", step) if self.kind == "postgresql" else step
                    for stmt in filter(None, (s.strip() for s in body.split(";"))):
                        self.execute(stmt)
                self.execute("INSERT INTO schema_migrations(name, applied_at) VALUES (?, CURRENT_TIMESTAMP)", (name,))

    def close(self) -> None:
        self.conn.close()
