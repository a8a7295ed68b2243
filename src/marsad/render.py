"""Readable terminal views (rich) of extraction results."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table

from .model import Doc, Event


def _actors(actors: Iterable[Any]) -> str:
    out = []
    for a in actors:
        c = f" ({a.country})" if a.country and a.kind != "country" else ""
        out.append(f"{a.name_en}{c}")
    return ", ".join(out) or "—"


def event_line(ev: Event) -> str:
    """'2023-09-20 · Saint Petersburg · Wang Yi (CHN) → Vladimir Putin (RUS) · CONSULT/visit · occurred'"""
    where = ev.location.get("name_en") if ev.location else None
    kind = ev.type + (f"/{ev.mode}" if ev.mode else "")
    arrow = f"{_actors(ev.source)} → {_actors(ev.target)}" if ev.target else _actors(ev.source)
    return " · ".join([ev.date or "????", where or "—", arrow, kind, ev.status])


def print_docs(docs: Iterable[Doc], console: Console | None = None) -> None:
    console = console or Console()
    for doc in docs:
        pub = doc.published.isoformat() if doc.published else "unknown date"
        console.rule(f"[bold]{doc.id}[/] · {pub}")
        if doc.title:
            console.print(doc.title, justify="right")
        ents = doc.entities()
        if ents:
            t = Table(title=f"{len(ents)} entities", show_lines=False, expand=False)
            for col in ("type", "name_en", "country", "id", "mentions"):
                t.add_column(col)
            for ent, mentions in ents:
                surfaces = sorted({m.span.text for m in mentions})
                t.add_row(ent.type, ent.name_en, ent.country or "", ent.id,
                          f"{len(mentions)}: " + " / ".join(surfaces))
            console.print(t)
        if doc.events:
            t = Table(title=f"{len(doc.events)} events", show_lines=True)
            t.add_column("event")
            t.add_column("evidence", max_width=70)
            for ev in doc.events:
                t.add_row(event_line(ev), ev.evidence[0].text if ev.evidence else "")
            console.print(t)
        elif not ents:
            console.print("[dim]nothing found[/]")
