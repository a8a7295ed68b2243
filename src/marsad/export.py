"""Export shapes: PLOVER JSON records and a flat one-row-per-event table."""

from __future__ import annotations

from typing import Any

from .resources import plover


def _plover_actor(a: dict[str, Any]) -> dict[str, Any]:
    return {"entity_name": a["name_en"], "wikidata_id": a["id"] if str(a["id"]).startswith("Q") else None,
            "country_name": a.get("country"), "sector_code": a.get("sector"), "entity_type": a.get("kind")}


def plover_record(e: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER event record (manual v0.8 field names) for one canonical event."""
    quad = (plover().get("types", {}).get(e["type"]) or {}).get("quad")
    first = (e.get("sources") or [{}])[0]
    ev_text = " … ".join(x["text"] for x in (first.get("evidence") or [])[:2])
    return {
        "id": e["id"], "date": e["date"], "enddate": None,
        "actor": [_plover_actor(a) for a in e["source"]], "recipient": [_plover_actor(a) for a in e["target"]],
        "event": e["type"], "mode": e.get("mode") or "", "context": e.get("context") or [],
        "auxiliary_mode": {"planned": "future", "hypothetical": "hypothetical", "negated": "negation"}.get(e["status"], ""),
        "event_loc": e.get("location"), "event_text": ev_text, "quad_code": quad, "event_scale": e.get("intensity"),
        "cameo": e.get("cameo"),
        "text_info": [{"article_id": s["article_id"], "evidence": s["evidence"]} for s in e.get("sources", [])],
        "cite_info": [{"language": "ar", "url": s.get("url"), "outlet": s.get("outlet"), "published": s.get("published")}
                      for s in e.get("sources", [])],
        "size": {"dead": None, "injured": None, "arrested": None},
    }


def flat_rows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for e in events:
        rows.append({
            "id": e["id"], "date": e["date"], "type": e["type"], "mode": e.get("mode"), "status": e["status"],
            "cameo": e.get("cameo"), "context": "|".join(e.get("context") or []),
            "source_ids": "|".join(a["id"] for a in e["source"]), "source_names": "|".join(a["name_en"] for a in e["source"]),
            "source_countries": "|".join(a.get("country") or "" for a in e["source"]),
            "target_ids": "|".join(a["id"] for a in e["target"]), "target_names": "|".join(a["name_en"] for a in e["target"]),
            "target_countries": "|".join(a.get("country") or "" for a in e["target"]),
            "location": (e.get("location") or {}).get("name_en"), "location_country": (e.get("location") or {}).get("country"),
            "intensity": e.get("intensity"), "confidence": e.get("confidence"), "n_sources": len(e.get("sources", [])),
            "urls": "|".join(s.get("url") or "" for s in e.get("sources", [])),
            "evidence": " … ".join(x["text"] for s in e.get("sources", [])[:1] for x in s["evidence"][:1]),
        })
    return rows
