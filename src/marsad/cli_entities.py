"""CLI commands about entities: `marsad entities` (in articles) and `marsad gazetteer ...`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click


def register(cli: click.Group) -> None:
    cli.add_command(gazetteer_group)
    cli.add_command(entities_cmd)


@click.command("entities")
@click.argument("inputs", nargs=-1)
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--db", "db_url", envvar="MARSAD_DB", metavar="PATH|URL", help="Store to list (without INPUTS).")
@click.option("--type", "type_", type=click.Choice(["PER", "ORG", "GPE", "LOC", "MISC"]),
              help="Only this entity type (store listing).")
@click.option("--limit", type=click.IntRange(1, 100000), default=100, show_default=True)
def entities_cmd(inputs: tuple[str, ...], published: str | None, fmt: str, db_url: str | None,
                 type_: str | None, limit: int) -> None:
    """List the entities found in INPUTS with their mentions and how each was linked; without
    INPUTS, list the store's entities by number of mentions.

        marsad entities examples/articles.jsonl
        marsad entities --type PER
    """
    if not inputs:
        from .cli_store import print_entity_rows
        from .storage import Store

        print_entity_rows(Store(db_url).entities(type_=type_, limit=limit), fmt)
        return
    from rich.console import Console
    from rich.table import Table

    from .cli import Batch, _published_opt, iter_docs

    batch = Batch()
    console = Console()
    for doc in iter_docs(inputs, _published_opt(published), batch):
        rows: list[dict[str, Any]] = []
        for ent, mentions in doc.entities():
            rows.append({"id": ent.id, "type": ent.type, "name_en": ent.name_en, "name_ar": ent.name_ar,
                         "country": ent.country, "provisional": ent.provisional,
                         "mentions": [{"text": m.span.text, "start": m.span.start, "via": m.via} for m in mentions]})
        if fmt == "jsonl":
            for r in rows:
                click.echo(json.dumps({"article": doc.id, **r}, ensure_ascii=False))
            continue
        t = Table(title=f"{doc.id}: {len(rows)} entities")
        for col in ("type", "name_en", "country", "id", "mentions (via)"):
            t.add_column(col)
        for r in rows:
            ms = sorted({f"{m['text']} ({m['via']})" for m in r["mentions"]})
            t.add_row(r["type"], r["name_en"] + (" *" if r["provisional"] else ""), r["country"] or "", r["id"],
                      " / ".join(ms))
        console.print(t)
    sys.exit(1 if batch.failed else 0)


@click.group("gazetteer")
def gazetteer_group() -> None:
    """Inspect, rebuild and extend the gazetteer of persons, places and organisations."""


@gazetteer_group.command("stats")
def gazetteer_stats() -> None:
    """Print the packaged gazetteer's counts (entities, persons, positions, places, orgs)."""
    from .resources import manifest

    click.echo(json.dumps(manifest()["counts"], indent=1))


@gazetteer_group.command("build")
def gazetteer_build() -> None:
    """Rebuild the packaged resources from the human-edited sources in data/ (a source checkout)."""
    from .resources.build import build_all

    click.echo(json.dumps(build_all()["counts"], indent=1))


@gazetteer_group.command("lookup")
@click.argument("name")
def gazetteer_lookup(name: str) -> None:
    """Show the gazetteer entities a NAME (Arabic, any spelling) links to."""
    from .normalize import norm
    from .resources import gazetteer, skel

    gaz = gazetteer()
    hits = gaz.index.get(skel(norm(name)), [])
    if not hits:
        click.echo(f"no entity for {name!r}")
        sys.exit(1)
    for eid, via in hits:
        e = gaz.entities[eid]
        click.echo(f"{e.id}\t{e.type}\t{e.name_en}\t{e.country or ''}\tvia {via}")
        for p in gaz.positions.get(eid, []):
            click.echo(f"  {p.office}\t{p.country or p.org or ''}\t{p.start or '?'} – {p.end or 'now'}\t{p.title_en}")


@gazetteer_group.command("import-wikidata")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Extra gazetteer file to append to (default: $MARSAD_HOME/gazetteer-extra.jsonl).")
@click.option("--offices", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="TSV mapping position QIDs to marsad offices: qid<TAB>office<TAB>country.")
def import_wikidata(dump: Path, out: Path | None, offices: Path | None) -> None:
    """Extend the gazetteer from a Wikidata JSON entity DUMP (one entity per line; .gz accepted).

    Keeps entities with an Arabic label: labels and aliases (ar, en), P31 type, P17/P27 country,
    P39 positions with P580/P582 dates. The result is loaded at run time from the file given by
    MARSAD_GAZETTEER_EXTRA (the default file is used when that variable is unset).
    """
    import gzip

    from .resources import gazetteer
    from .wikidata import default_extra_path, import_dump

    gaz = gazetteer()
    country_iso = {e.wikidata: e.country for e in gaz.entities.values() if e.kind == "country" and e.wikidata
                   and e.country}
    office_map: dict[str, tuple[str, str | None]] = {}
    if offices:
        for line in offices.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[0].startswith("Q"):
                office_map[parts[0]] = (parts[1], parts[2] if len(parts) > 2 and parts[2] else None)
    target = out or default_extra_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if dump.suffix == ".gz" else open
    n = bad = 0
    tmp = target.with_suffix(target.suffix + ".part")
    with opener(dump, "rt", encoding="utf-8") as fh, tmp.open("w", encoding="utf-8") as w:
        for item in import_dump(fh, str(dump), country_iso, office_map):
            if isinstance(item, dict):
                w.write(json.dumps(item, ensure_ascii=False) + "\n")
                n += 1
            else:
                bad += 1
                click.echo(f"marsad: {item.one_line()}", err=True)
    # append atomically: a crash leaves the previous extra file intact
    existing = target.read_text(encoding="utf-8") if target.exists() else ""
    final = target.with_suffix(target.suffix + ".new")
    final.write_text(existing + tmp.read_text(encoding="utf-8"), encoding="utf-8")
    final.replace(target)
    tmp.unlink()
    click.echo(f"imported {n} entities into {target} ({bad} bad lines)")
    sys.exit(1 if bad else 0)
