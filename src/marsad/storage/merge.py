"""When are two event reports the same real-world event, and what does the merged event say?

Two reports match when they have the same type, the same set of participant countries,
compatible persons (one set inside the other), compatible statuses (a planned report may be the
announcement of what another reports as occurred), dates within a type-appropriate window, and
compatible places. All functions here are symmetric and order-independent. Dates compare only at
the same precision (see ``dates_compatible``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
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
    """Dates that can belong to one event. Only dates of the same precision compare: a coarse date
    ("في مارس", a bare year) or no date cannot tell which of several events of that month it is,
    and as a link it would chain them all into one (the merge is transitive)."""
    if not a or not b:
        if a or b:
            return False
        # two undated reports match only when both articles are from the same week
        if a_pub and b_pub:
            pa, pb = _parse(a_pub[:10]), _parse(b_pub[:10])
            return pa is not None and pb is not None and abs((pa - pb).days) <= 7
        return False
    if len(a) != len(b):
        return False
    if len(a) != 10:
        return a == b
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
    if not dates_compatible(a.get("date"), b.get("date"), a["type"], a.get("published"), b.get("published")):
        return False
    return attrs_compatible(a["persons"], a["status"], a.get("location"), b["persons"], b["status"],
                            b.get("location"))


def attrs_compatible(pa: Any, sa: str, la: dict[str, Any] | None, pb: Any, sb: str,
                     lb: dict[str, Any] | None) -> bool:
    """The part of ``compatible`` that is not type, countries or date: persons, status, place."""
    if pa and pb:
        a, b = set(pa), set(pb)
        if not (a <= b or b <= a):
            return False
    if sa != sb and {sa, sb} != {"planned", "occurred"}:
        return False
    return places_compatible(la, lb)


# -- bounded clustering ------------------------------------------------------------------------
# Events used to be the connected components of ``compatible`` (single link). Single link chains:
# a dyad reported every day (daily strikes, a dense feed) links day 1 ~ day 3 ~ day 5 ~ ... into
# one event of thousands of reports, each new report re-merging the whole group. An event is now
# *complete-link on time*: all its reports lie within the type window of each other. To stay
# order-independent the grouping is defined on the set of reports, not on arrival order: within a
# block (same type, participant countries and date precision) reports are taken day by day; on
# each day, a report joins — and joins together — the events *begun* at most ``window`` days
# earlier that hold a compatible report, and today's compatible reports join each other. Events
# begun earlier are closed. So no event spans more than the window, and inserting a report can only
# change the grouping from its own day on, until the open events are again what they were (the
# store replays that stretch, see ``Store._recluster``).

class Cluster:
    """Open or closed group of signatures (``members``: ids) begun on day ``start``."""

    __slots__ = ("start", "members")

    def __init__(self, start: int, members: list[Any]) -> None:
        self.start = start
        self.members = members


def day_step(open_: list[Cluster], day: int, todays: list[Any], compat: Callable[[Any, Any], bool],
             window: int) -> tuple[list[Cluster], list[Cluster]]:
    """One day of the clustering. ``open_``: clusters begun before ``day``; ``todays``: ids of the
    signatures dated ``day``; ``compat(id, id)``: ``attrs_compatible`` of two signatures.
    Returns (closed, open): the clusters begun more than ``window`` days before ``day`` (no longer
    joinable) and the clusters open after the day (today's signatures placed)."""
    closed = [c for c in open_ if c.start < day - window]
    live = [c for c in open_ if c.start >= day - window]
    parent = list(range(len(live) + len(todays)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    base = len(live)
    for k, s in enumerate(todays):
        for ci, c in enumerate(live):
            if find(base + k) == find(ci):
                continue
            if any(compat(s, m) for m in c.members):
                union(base + k, ci)
        for k2 in range(k):
            if find(base + k) != find(base + k2) and compat(s, todays[k2]):
                union(base + k, base + k2)
    groups: dict[int, Cluster] = {}
    for i in range(len(parent)):
        r = find(i)
        g = groups.get(r)
        if i < base:
            c = live[i]
            if g is None:
                groups[r] = Cluster(c.start, list(c.members))
            else:
                g.start = min(g.start, c.start)
                g.members.extend(c.members)
        else:
            if g is None:
                groups[r] = Cluster(day, [todays[i - base]])
            else:
                g.members.append(todays[i - base])
    return closed, list(groups.values())


def cluster(days: dict[int, list[Any]], attrs: dict[Any, tuple[Any, str, Any]], window: int) -> list[list[Any]]:
    """The grouping of a whole block, by definition (``day_step`` over its days in order): lists
    of signature ids, one per event. The store computes the same incrementally."""
    def compat(a: Any, b: Any) -> bool:
        return attrs_compatible(*attrs[a], *attrs[b])

    done: list[Cluster] = []
    open_: list[Cluster] = []
    for day in sorted(days):
        closed, open_ = day_step(open_, day, days[day], compat, window)
        done += closed
    return [c.members for c in done + open_]


def explain(members: list[dict[str, Any]]) -> str:
    """Why these reports were merged, in one line a person can check."""
    if len(members) == 1:
        return "single report"
    m = sorted(members, key=lambda r: r["id"])
    dates = sorted({r.get("date") or "undated" for r in m})
    arts = sorted({r["article_id"] for r in m})
    return (f"{len(m)} reports from {len(arts)} article(s): same type {m[0]['type']}, same participant countries "
            f"{'/'.join(m[0]['countries'])}, compatible persons, dates {', '.join(dates)} all within "
            f"{WINDOW_DAYS.get(m[0]['type'], DEFAULT_WINDOW)} day(s) of each other, compatible places and statuses")


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


# -- incremental form ----------------------------------------------------------------------------
# ``canonical`` reads every member; re-deriving a big cluster on each merge made ingest quadratic in
# its size. An *aggregate* holds exactly what ``canonical`` and ``explain`` need, is built from one
# report, and two aggregates combine (associatively, commutatively) into that of the union, so an
# event's row is updated in O(distinct values), whatever the number of reports behind it.

def aggregate(r: dict[str, Any]) -> dict[str, Any]:
    """The aggregate of a single report (JSON-serialisable)."""
    rid = r["id"]
    loc = r.get("location")
    return {
        "n": 1, "first": {"id": rid, "status": r["status"], "type": r["type"], "cameo": r.get("cameo"),
                          "countries": r["countries"]},
        "occurred": r["status"] == "occurred",
        "dates": {r["date"]: 1} if r.get("date") else {}, "undated": 0 if r.get("date") else 1,
        "modes": {r["mode"]: 1} if r.get("mode") else {},
        "context": sorted(set(r.get("context") or [])),
        "persons": sorted(set(r["persons"])),
        "src": _first_by_id(rid, r["source"]), "tgt": _first_by_id(rid, r["target"]),
        "locs": {loc["name_en"]: [1, rid, loc]} if loc else {},
        "max_conf": r.get("confidence") or 0,
    }


def _first_by_id(rid: str, actors: list[dict[str, Any]]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for a in actors:
        out.setdefault(a["id"], [rid, a])
    return out


def _first(a: list[Any], b: list[Any]) -> list[Any]:
    return a if a[0] <= b[0] else b


def combine(x: dict[str, Any], y: dict[str, Any]) -> dict[str, Any]:
    """The aggregate of the union of two disjoint sets of reports."""
    def add(p: dict[str, int], q: dict[str, int]) -> dict[str, int]:
        out = dict(p)
        for k, v in q.items():
            out[k] = out.get(k, 0) + v
        return out

    def firsts(p: dict[str, list[Any]], q: dict[str, list[Any]]) -> dict[str, list[Any]]:
        out = dict(p)
        for k, v in q.items():
            out[k] = _first(out[k], v) if k in out else v
        return out

    locs = dict(x["locs"])
    for k, (n, rid, loc) in y["locs"].items():
        if k in locs:
            n0, rid0, loc0 = locs[k]
            locs[k] = [n0 + n, *((rid0, loc0) if rid0 <= rid else (rid, loc))]
        else:
            locs[k] = [n, rid, loc]
    return {
        "n": x["n"] + y["n"], "first": x["first"] if x["first"]["id"] <= y["first"]["id"] else y["first"],
        "occurred": x["occurred"] or y["occurred"],
        "dates": add(x["dates"], y["dates"]), "undated": x["undated"] + y["undated"],
        "modes": add(x["modes"], y["modes"]),
        "context": sorted(set(x["context"]) | set(y["context"])),
        "persons": sorted(set(x["persons"]) | set(y["persons"])),
        "src": firsts(x["src"], y["src"]), "tgt": firsts(x["tgt"], y["tgt"]), "locs": locs,
        "max_conf": max(x["max_conf"], y["max_conf"]),
    }


def canonical_from(agg: dict[str, Any]) -> dict[str, Any]:
    """Exactly ``canonical(members)`` for the members ``agg`` was built from."""
    date = None
    if agg["dates"]:
        prec = max(len(d) for d in agg["dates"])
        best = {d: n for d, n in agg["dates"].items() if len(d) == prec}
        top = max(best.values())
        date = min(d for d, n in best.items() if n == top)
    first = agg["first"]
    src = {k: v[1] for k, v in agg["src"].items()}
    tgt = {k: v[1] for k, v in agg["tgt"].items() if k not in src}
    location = None
    if agg["locs"]:
        top = max(v[0] for v in agg["locs"].values())
        name = min(n for n, v in agg["locs"].items() if v[0] == top)
        location = agg["locs"][name][2]
    modes = agg["modes"]
    return {
        "type": first["type"], "mode": min(modes, key=lambda m: (-modes[m], m)) if modes else None,
        "context": list(agg["context"]), "cameo": first.get("cameo"), "date": date,
        "status": "occurred" if agg["occurred"] else first["status"],
        "source": sorted(src.values(), key=lambda a: a["id"]), "target": sorted(tgt.values(), key=lambda a: a["id"]),
        "location": location, "confidence": round(min(0.99, agg["max_conf"] + 0.02 * (agg["n"] - 1)), 3),
        "countries": first["countries"], "persons": list(agg["persons"]),
    }


def explain_from(agg: dict[str, Any], n_articles: int) -> str:
    """Exactly ``explain(members)`` for the members ``agg`` was built from (``n_articles``: how many
    distinct articles they come from, counted by the store — a list of them would grow with the
    event)."""
    if agg["n"] == 1:
        return "single report"
    dates = sorted(set(agg["dates"]) | ({"undated"} if agg["undated"] else set()))
    first = agg["first"]
    return (f"{agg['n']} reports from {n_articles} article(s): same type {first['type']}, same participant "
            f"countries {'/'.join(first['countries'])}, compatible persons, dates {', '.join(dates)} all within "
            f"{WINDOW_DAYS.get(first['type'], DEFAULT_WINDOW)} day(s) of each other, compatible places and statuses")
