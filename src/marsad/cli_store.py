"""CLI commands over the store: ingest, events, event, entity, timeline, search, export."""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any

import click

from .cli_options import RULES_ONLY

DB_OPTION = click.option("--db", "db_url", envvar="MARSAD_DB", metavar="PATH|URL",
                         help="Store: a file path, sqlite:///PATH or postgresql://... (env MARSAD_DB; "
                              "default $MARSAD_HOME/marsad.db, MARSAD_HOME defaults to ~/.local/share/marsad).")
FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table",
                             show_default=True)


def register(cli: click.Group) -> None:
    for cmd in (ingest, events_cmd, event_cmd, entity_cmd, timeline, search_cmd, export):
        cli.add_command(cmd)


def _store(db_url: str | None) -> Any:
    from .storage import Store

    return Store(db_url)


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    parts = value.upper().split(":")
    if len(parts) != 2 or not all(len(p) == 3 and p.isalpha() for p in parts):
        raise click.BadParameter("a dyad is two ISO3 country codes, e.g. RUS:CHN")
    return parts[0], parts[1]


def _actors(xs: list[dict[str, Any]]) -> str:
    return ", ".join(f"{a['name_en']}" + (f" ({a['country']})" if a.get("country") and a["kind"] != "country" else "")
                     for a in xs) or "—"


def event_line(e: dict[str, Any]) -> str:
    where = (e.get("location") or {}).get("name_en") or "—"
    arrow = f"{_actors(e['source'])} → {_actors(e['target'])}" if e["target"] else _actors(e["source"])
    kind = e["type"] + (f"/{e['mode']}" if e.get("mode") else "")
    return " · ".join([e.get("date") or "????", where, arrow, kind, e["status"]])


def _more(e: dict[str, Any]) -> int:
    """Sources of a listed event beyond those listed (the listing cap)."""
    return int(e["sources_total"]) - len(e["sources"])


def _emit_events(evs: list[dict[str, Any]], fmt: str, title: str = "") -> None:
    if fmt == "jsonl":
        for e in evs:
            click.echo(json.dumps(e, ensure_ascii=False))
        return
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["id", "date", "type", "mode", "status", "source", "target", "location", "n_sources", "outlets"])
        for e in evs:
            # n_sources counts every source; outlets are those of the sources listed
            w.writerow([e["id"], e["date"], e["type"], e["mode"], e["status"], _actors(e["source"]),
                        _actors(e["target"]), (e.get("location") or {}).get("name_en"), e["sources_total"],
                        "; ".join(sorted({s.get("outlet") or s.get("ext_id") or "" for s in e["sources"]}))])
        click.echo(buf.getvalue(), nl=False)
        return
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title or f"{len(evs)} events", show_lines=True)
    t.add_column("id")
    t.add_column("event")
    t.add_column("sources")
    for e in evs:
        lines = [f"{s.get('outlet') or s.get('ext_id')} {s.get('published') or ''}" for s in e["sources"]]
        if _more(e) > 0:
            lines.append(f"… {_more(e)} more")
        t.add_row(e["id"], event_line(e), "\n".join(lines))
    Console().print(t)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--commit-every", type=click.IntRange(1, 100000), default=200, show_default=True,
              help="Articles per commit (each article is still all-or-nothing; 1 = commit each).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes extracting in parallel (extraction is a pure function of one article).")
@RULES_ONLY
def ingest(inputs: tuple[str, ...], db_url: str | None, published: str | None, quiet: bool,
           commit_every: int, jobs: int, rules_only: bool) -> None:
    """Extract INPUTS and store articles, entities, mentions and events.

    Idempotent and crash-safe: each article is stored all-or-nothing (articles share commits in
    groups, --commit-every, for speed; a killed run leaves only complete articles); an article already stored (same
    URL or same normalised text) adds nothing; a rerun after a crash picks up the rest. Events
    that other outlets already reported merge into one canonical event listing every source.

        marsad ingest examples/articles.jsonl
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .cli import Batch, _published_opt, iter_docs

    store = _store(db_url)
    run = store.start_run()
    counts = {"new": 0, "duplicate": 0, "failed": 0, "events_new": 0, "events_merged": 0}
    batch = Batch()
    progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        disable=quiet or not sys.stderr.isatty(), transient=True)
    with progress, store.group_commit(commit_every):
        task = progress.add_task("ingest", total=None)
        for doc in iter_docs(inputs, _published_opt(published), batch, jobs, for_store=True, rules_only=rules_only):
            try:
                res = store.ingest_doc(doc, run)
            except Exception as e:  # the article rolled back; the batch goes on
                batch.failed += 1
                click.echo(f"marsad: E300 {doc.id}: could not store: {type(e).__name__}: {e}", err=True)
                continue
            counts[res.status] += 1
            counts["events_new"] += res.events_new
            counts["events_merged"] += res.events_merged
            progress.advance(task)
    counts["failed"] = batch.failed
    store.finish_run(run, counts)
    click.echo(f"articles: {counts['new']} new, {counts['duplicate']} duplicate, {counts['failed']} failed; "
               f"events: {counts['events_new']} new, {counts['events_merged']} merged into existing "
               f"(store: {store.url})", err=True)
    store.close()
    sys.exit(1 if batch.failed else 0)


def _event_filters(f: Any) -> Any:
    for opt in reversed([
        click.option("--actor", help="Entity id, English name or Arabic spelling."),
        click.option("--country", help="ISO3 code of a participant country."),
        click.option("--dyad", help="Two ISO3 codes, e.g. RUS:CHN (either side)."),
        click.option("--type", "type_", help="PLOVER type, e.g. CONSULT."),
        click.option("--status", type=click.Choice(["occurred", "planned", "hypothetical", "negated"])),
        click.option("--since", metavar="YYYY[-MM[-DD]]"),
        click.option("--until", metavar="YYYY[-MM[-DD]]"),
        click.option("--text", help="Only events reported by articles containing this text."),
        click.option("--limit", type=click.IntRange(1, 100000), default=1000, show_default=True),
    ]):
        f = opt(f)
    return f


# sources per listed event: storage.store.LISTING_SOURCES, not imported here so that every command
# starts without loading the store (~150 ms); a test checks the two agree
LISTED_SOURCES = 20


def _all_sources_option(f: Any) -> Any:
    return click.option("--all-sources", is_flag=True,
                        help=f"List every source of each event (default: the first {LISTED_SOURCES}, by "
                             "publication date then article; sources_total counts them all).")(f)


@click.command("events")
@DB_OPTION
@_event_filters
@_all_sources_option
@FORMAT_OPTION
def events_cmd(db_url: str | None, fmt: str, dyad: str | None, all_sources: bool, **kw: Any) -> None:
    """List canonical events (one per real-world event) with filters.

    Events come in date order (undated last), then by id. Each lists its first sources (by
    publication date, then article) with their evidence, and "sources_total", the number of
    articles that reported it; --all-sources lists them all. `marsad event ID` and `marsad export`
    always give every source.

        marsad events --dyad RUS:CHN --type CONSULT --since 2023
    """
    store = _store(db_url)
    evs = store.events(dyad=_dyad(dyad), max_sources=None if all_sources else LISTED_SOURCES, **kw)
    _emit_events(evs, fmt)


@click.command("event")
@click.argument("event_id")
@DB_OPTION
def event_cmd(event_id: str, db_url: str | None) -> None:
    """Show one canonical event: its sources, evidence and why its reports were merged."""
    from .errors import NotFoundError

    store = _store(db_url)
    try:
        e = store.event(event_id)
    except NotFoundError as err:
        click.echo(f"marsad: {err.one_line()}", err=True)
        sys.exit(1)
    click.echo(event_line(e))
    click.echo(f"merged because: {e['merge_reason']}")
    for s in e["sources"]:
        click.echo(f"- {s.get('outlet') or s.get('ext_id')} ({s.get('published') or 'undated'}) {s.get('url') or ''}")
        for ev in s["evidence"]:
            click.echo(f"    «{ev['text']}» [{ev['start']}:{ev['end']}]")


@click.command("entity")
@click.argument("name")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def entity_cmd(name: str, db_url: str | None, fmt: str) -> None:
    """Show an entity: names and spellings seen, positions held, events."""
    from .errors import NotFoundError

    store = _store(db_url)
    try:
        e = store.entity(name)
    except NotFoundError as err:
        click.echo(f"marsad: {err.one_line()}", err=True)
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(e, ensure_ascii=False, indent=1))
        return
    click.echo(f"{e['name_en']} ({e['type']}, {e.get('country') or '—'}) {e['id']}")
    click.echo("spellings seen: " + " / ".join(f"{s['surface']} ×{s['n']}" for s in e["spellings_seen"]))
    for p in e["positions"]:
        click.echo(f"  {p['title_en'] or p['office']}: {p['start'] or '?'} – {p['end'] or 'now'}")
    for ev in e["events"]:
        click.echo("  " + event_line(ev))


def print_entity_rows(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else ["id"])
        w.writeheader()
        w.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
        return
    for r in rows:
        click.echo(f"{r['type']}\t{r['name_en']}\t{r['country'] or ''}\t{r['mentions']} mentions\t{r['events']} events")


@click.command()
@click.option("--dyad", required=True, help="Two ISO3 codes, e.g. RUS:CHN.")
@DB_OPTION
@click.option("--since", metavar="YYYY[-MM[-DD]]")
@click.option("--until", metavar="YYYY[-MM[-DD]]")
@_all_sources_option
@FORMAT_OPTION
def timeline(dyad: str, db_url: str | None, since: str | None, until: str | None, all_sources: bool,
             fmt: str) -> None:
    """A readable chronology of a dyad: date, place, who met whom, what was signed, sources.

    Sources as `marsad events` lists them: the count of all, the outlets of the first ones
    (--all-sources: of all).

        marsad timeline --dyad RUS:CHN
    """
    d = _dyad(dyad)
    assert d is not None
    store = _store(db_url)
    evs = store.timeline(d, since, until, max_sources=None if all_sources else LISTED_SOURCES)
    if fmt != "table":
        _emit_events(evs, fmt)
        return
    click.echo(f"{d[0]}–{d[1]}: {len(evs)} events")
    for e in evs:
        outlets = sorted({s.get("outlet") or s.get("ext_id") or "?" for s in e["sources"]})
        more = ", …" if _more(e) > 0 else ""
        click.echo(f"{event_line(e)}  [{e['sources_total']} source(s): {', '.join(outlets)}{more}]")


@click.command("search")
@click.argument("query")
@DB_OPTION
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
def search_cmd(query: str, db_url: str | None, limit: int) -> None:
    """Full-text search over stored articles (diacritics, hamza forms and ya/ta marbuta folded)."""
    store = _store(db_url)
    for r in store.search(query, limit):
        click.echo(f"{r['id']}\t{r['published'] or ''}\t{r['title'] or ''}\t…{r['snippet']}…")


@click.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["plover", "csv", "parquet"]), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file (default: stdout; required for parquet).")
def export(db_url: str | None, fmt: str, output: str | None) -> None:
    """Export canonical events: PLOVER JSON records, or a flat table (CSV / Parquet) for pandas, DuckDB, Spark."""
    from .export import flat_rows, plover_record

    store = _store(db_url)
    evs = list(store.all_events())
    if fmt == "plover":
        text = "\n".join(json.dumps(plover_record(e), ensure_ascii=False) for e in evs) + ("\n" if evs else "")
        _write(text, output)
    elif fmt == "csv":
        rows = flat_rows(evs)
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else ["id"])
        w.writeheader()
        w.writerows(rows)
        _write(buf.getvalue(), output)
    else:
        if not output:
            raise click.UsageError("--format parquet needs -o FILE")
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(flat_rows(evs)), output)
        click.echo(f"wrote {len(evs)} events to {output}", err=True)


def _write(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        click.echo(text, nl=False)
