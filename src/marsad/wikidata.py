"""Grow the gazetteer from Wikidata JSON entity dumps (one entity per line, as in
``latest-all.json``: the file is a JSON array with one entity object per line, each followed by
a comma). Keeps Arabic/English labels and aliases, P31 (instance of) for the type, P17/P27 for the
country and P39 (position held) with P580/P582 (start/end) qualifiers.

Output lines use the packaged gazetteer's entity format and are loaded at run time from the files
named by ``MARSAD_GAZETTEER_EXTRA`` (or the default extra file, see ``default_extra_path``).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import GazetteerImportError
from .normalize import norm

# instance-of classes -> marsad entity type and kind (the common ones; others become MISC)
P31_TYPES: dict[str, tuple[str, str]] = {
    "Q5": ("PER", "person"),
    "Q6256": ("GPE", "country"), "Q3624078": ("GPE", "country"), "Q7275": ("GPE", "country"),
    "Q515": ("GPE", "city"), "Q1549591": ("GPE", "city"), "Q5119": ("GPE", "capital"),
    "Q1637706": ("GPE", "city"), "Q10864048": ("GPE", "province"),
    "Q43229": ("ORG", "org"), "Q484652": ("ORG", "igo"), "Q7278": ("ORG", "party"),
    "Q1193236": ("ORG", "news_agency"), "Q4830453": ("ORG", "company"), "Q327333": ("ORG", "institution"),
    "Q82794": ("LOC", "region"), "Q23442": ("LOC", "island"), "Q8502": ("LOC", "mountain"),
}


def default_extra_path() -> Path:
    home = os.environ.get("MARSAD_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share", "marsad")
    return Path(home) / "gazetteer-extra.jsonl"


def _claims(ent: dict[str, Any], prop: str) -> list[dict[str, Any]]:
    return ent.get("claims", {}).get(prop, []) or []


def _item_id(claim: dict[str, Any]) -> str | None:
    try:
        v = claim["mainsnak"]["datavalue"]["value"]
    except (KeyError, TypeError):
        return None
    return v.get("id") if isinstance(v, dict) else None


def _time(qualifiers: dict[str, Any], prop: str) -> str | None:
    for q in qualifiers.get(prop, []) or []:
        try:
            t = q["datavalue"]["value"]["time"]  # "+2012-05-07T00:00:00Z"
            precision = q["datavalue"]["value"].get("precision", 11)
        except (KeyError, TypeError):
            continue
        date = t.lstrip("+")[:10]
        return date[:4] if precision <= 9 else date[:7] if precision == 10 else date
    return None


def parse_entity(ent: dict[str, Any], country_iso: dict[str, str], offices: dict[str, tuple[str, str | None]]
                 ) -> dict[str, Any] | None:
    """One Wikidata entity -> a gazetteer entity dict, or None if it has no Arabic name."""
    qid = ent.get("id")
    if not qid or not str(qid).startswith("Q"):
        return None
    labels, aliases = ent.get("labels", {}), ent.get("aliases", {})
    ar = labels.get("ar", {}).get("value")
    if not ar:
        return None
    en = labels.get("en", {}).get("value") or ar
    names = [ar] + [a["value"] for a in aliases.get("ar", []) if a.get("value")]
    etype, kind = "MISC", "misc"
    for c in _claims(ent, "P31"):
        cls = _item_id(c)
        if cls in P31_TYPES:
            etype, kind = P31_TYPES[cls]
            break
    country = None
    for prop in ("P27", "P17"):
        for c in _claims(ent, prop):
            iso = country_iso.get(_item_id(c) or "")
            if iso:
                country = iso
                break
        if country:
            break
    if kind == "country":
        for c in _claims(ent, "P298"):  # ISO 3166-1 alpha-3
            with contextlib.suppress(KeyError, TypeError):
                country = c["mainsnak"]["datavalue"]["value"]
    positions = []
    for c in _claims(ent, "P39"):
        pos = _item_id(c)
        if not pos:
            continue
        office, pcountry = offices.get(pos, (f"wd:{pos}", None))
        quals = c.get("qualifiers", {}) or {}
        positions.append({"office": office, "country": pcountry or country, "org": None, "sector": "GOV",
                          "start": _time(quals, "P580"), "end": _time(quals, "P582"), "title_en": ""})
    out: dict[str, Any] = {
        "id": qid, "type": etype, "kind": kind, "name_en": en, "name_ar": ar,
        "names": list(dict.fromkeys(norm(n) for n in names if norm(n))),
        "country": country, "wikidata": qid, "sector": "GOV" if positions else None,
    }
    if etype == "PER":
        out["positions"] = positions
    return out


def iter_dump_lines(lines: Iterable[str], name: str) -> Iterator[dict[str, Any] | GazetteerImportError]:
    for lineno, raw in enumerate(lines, 1):
        s = raw.strip().rstrip(",")
        if s in ("", "[", "]"):
            continue
        try:
            obj = json.loads(s)
        except json.JSONDecodeError as e:
            yield GazetteerImportError(f"bad Wikidata entity line ({e.msg})", path=name, line=lineno)
            continue
        if not isinstance(obj, dict):
            yield GazetteerImportError("a Wikidata line must be an entity object", path=name, line=lineno)
            continue
        yield obj


def import_dump(lines: Iterable[str], name: str, country_iso: dict[str, str],
                offices: dict[str, tuple[str, str | None]] | None = None
                ) -> Iterator[dict[str, Any] | GazetteerImportError]:
    for item in iter_dump_lines(lines, name):
        if isinstance(item, GazetteerImportError):
            yield item
            continue
        ent = parse_entity(item, country_iso, offices or {})
        if ent is not None:
            yield ent
