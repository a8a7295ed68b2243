"""When are two event reports the same real-world event, and what does the merged event say?

Two reports match when they have the same type, the same set of participant countries,
compatible persons (one set inside the other), compatible statuses (a planned report may be the
announcement of what another reports as occurred), dates within a type-appropriate window, and
compatible places. All functions here are symmetric and order-independent.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

# How far apart two day-precise dates of one event may be, by type: a visit spans days and
# outlets date it by arrival, talks or departure; a strike or a sanction is dated to the day.
WINDOW_DAYS = {"CONSULT": 3, "AGREE": 2, "COOPERATE": 3, "AID": 3, "MOBILIZE": 3, "RETREAT": 2}
DEFAULT_WINDOW = 1


def _parse(d: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(d) if len(d) == 10 else None
    except ValueError:
        return None


def dates_compatible(a: str | None, b: str | None, type_: str, a_pub: str | None = None,
                     b_pub: str | None = None) -> bool:
    if not a or not b:
        # an undated report matches a dated one only when both articles are from the same week
        if a_pub and b_pub:
            pa, pb = _parse(a_pub[:10]), _parse(b_pub[:10])
            return pa is not None and pb is not None and abs((pa - pb).days) <= 7
        return False
    if len(a) != 10 or len(b) != 10:
        return a.startswith(b) or b.startswith(a)
    da, db = _parse(a), _parse(b)
    if da is None or db is None:
        return False
    return abs((da - db).days) <= WINDOW_DAYS.get(type_, DEFAULT_WINDOW)


def places_compatible(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    if not a or not b:
        return True
    if a.get("id") == b.get("id"):
        return True
    return bool(a.get("country")) and a.get("country") == b.get("country")


def compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["type"] != b["type"] or sorted(a["countries"]) != sorted(b["countries"]):
        return False
    if not a["countries"]:
        return False
    pa, pb = set(a["persons"]), set(b["persons"])
    if pa and pb and not (pa <= pb or pb <= pa):
        return False
    statuses = {a["status"], b["status"]}
    if len(statuses) > 1 and statuses != {"planned", "occurred"}:
        return False
    if not dates_compatible(a.get("date"), b.get("date"), a["type"], a.get("published"), b.get("published")):
        return False
    return places_compatible(a.get("location"), b.get("location"))


def explain(members: list[dict[str, Any]]) -> str:
    """Why these reports were merged, in one line a person can check."""
    if len(members) == 1:
        return "single report"
    m = sorted(members, key=lambda r: r["id"])
    dates = sorted({r.get("date") or "undated" for r in m})
    arts = sorted({r["article_id"] for r in m})
    return (f"{len(m)} reports from {len(arts)} article(s): same type {m[0]['type']}, same participant countries "
            f"{'/'.join(m[0]['countries'])}, compatible persons, dates {', '.join(dates)} within "
            f"{WINDOW_DAYS.get(m[0]['type'], DEFAULT_WINDOW)} day(s), compatible places and statuses")


def canonical(members: list[dict[str, Any]]) -> dict[str, Any]:
    """The merged event: most precise date most reports agree on, union of actors, occurred wins."""
    ms = sorted(members, key=lambda r: r["id"])
    dated = [r["date"] for r in ms if r.get("date")]
    date = None
    if dated:
        prec = max(len(d) for d in dated)
        best = Counter(d for d in dated if len(d) == prec).most_common()
        top = best[0][1]
        date = min(d for d, n in best if n == top)
    status = "occurred" if any(r["status"] == "occurred" for r in ms) else ms[0]["status"]
    src: dict[str, dict[str, Any]] = {}
    tgt: dict[str, dict[str, Any]] = {}
    for r in ms:
        for a in r["source"]:
            src.setdefault(a["id"], a)
        for a in r["target"]:
            if a["id"] not in src:
                tgt.setdefault(a["id"], a)
    for k in list(tgt):
        if k in src:
            del tgt[k]
    locs = [r["location"] for r in ms if r.get("location")]
    loc_counts = Counter(loc["name_en"] for loc in locs)
    location = None
    if locs:
        name = min(n for n, c in loc_counts.items() if c == max(loc_counts.values()))
        location = next(loc for loc in locs if loc["name_en"] == name)
    modes = Counter(r["mode"] for r in ms if r.get("mode"))
    contexts = sorted({c for r in ms for c in (r.get("context") or [])})
    return {
        "type": ms[0]["type"], "mode": min(modes, key=lambda m: (-modes[m], m)) if modes else None,
        "context": contexts, "cameo": ms[0].get("cameo"), "date": date, "status": status,
        "source": sorted(src.values(), key=lambda a: a["id"]), "target": sorted(tgt.values(), key=lambda a: a["id"]),
        "location": location, "confidence": round(min(0.99, max(r["confidence"] or 0 for r in ms) + 0.02 * (len(ms) - 1)), 3),
        "countries": ms[0]["countries"], "persons": sorted({p for r in ms for p in r["persons"]}),
    }
