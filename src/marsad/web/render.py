"""Server-side pieces shared by the web app and the offline report: network SVG, chart data."""

from __future__ import annotations

import html
import math
from collections import Counter
from typing import Any

TYPE_COLORS = {
    "CONSULT": "#1f77b4", "AGREE": "#2ca02c", "COOPERATE": "#17becf", "SUPPORT": "#98df8a", "AID": "#bcbd22",
    "REQUEST": "#9467bd", "ACCUSE": "#ff7f0e", "REJECT": "#d62728", "THREATEN": "#8c564b", "PROTEST": "#e377c2",
    "SANCTION": "#7f7f7f", "MOBILIZE": "#c49c94", "COERCE": "#f7b6d2", "ASSAULT": "#000000", "RETREAT": "#aec7e8",
    "CONCEDE": "#ffbb78",
}


def network(events: list[dict[str, Any]], max_nodes: int = 30) -> dict[str, Any]:
    """Who met whom: persons (else countries) as nodes, edge weight = number of events together."""
    nodes: Counter[str] = Counter()
    names: dict[str, str] = {}
    edges: Counter[tuple[str, str]] = Counter()
    for e in events:
        actors = [a for a in e["source"] + e["target"] if a["kind"] == "person"] or e["source"] + e["target"]
        ids = sorted({a["id"] for a in actors})
        for a in actors:
            names[a["id"]] = a["name_en"] + (f" ({a['country']})" if a.get("country") and a["kind"] != "country" else "")
        for i in ids:
            nodes[i] += 1
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                edges[(ids[i], ids[j])] += 1
    keep = {n for n, _ in nodes.most_common(max_nodes)}
    return {
        "nodes": [{"id": n, "label": names[n], "events": c} for n, c in nodes.most_common(max_nodes)],
        "edges": [{"a": a, "b": b, "weight": w} for (a, b), w in sorted(edges.items()) if a in keep and b in keep],
    }


def network_svg(net: dict[str, Any], size: int = 520) -> str:
    """A circular layout drawn as SVG; every label is escaped."""
    nodes = net["nodes"]
    if not nodes:
        return f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="60"><text x="10" y="30">—</text></svg>'
    cx = cy = size / 2
    r = size / 2 - 110
    pos = {}
    for i, n in enumerate(nodes):
        ang = 2 * math.pi * i / len(nodes) - math.pi / 2
        pos[n["id"]] = (cx + r * math.cos(ang), cy + r * math.sin(ang))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="network" width="{size}" height="{size}" '
             f'viewBox="0 0 {size} {size}" role="img" aria-label="actor network">']
    top = max((e["weight"] for e in net["edges"]), default=1)
    for e in net["edges"]:
        (x1, y1), (x2, y2) = pos[e["a"]], pos[e["b"]]
        w = 1 + 5 * e["weight"] / top
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#6b8fb5" '
                     f'stroke-width="{w:.1f}" stroke-opacity="0.7"><title>{e["weight"]} event(s)</title></line>')
    for n in nodes:
        x, y = pos[n["id"]]
        rad = 6 + min(14, 2 * n["events"])
        anchor = "start" if x >= cx else "end"
        dx = rad + 4 if x >= cx else -(rad + 4)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{rad}" fill="#1f4e79"><title>{html.escape(n["label"])}: '
                     f'{n["events"]} event(s)</title></circle>')
        parts.append(f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" font-size="12" text-anchor="{anchor}" '
                     f'direction="ltr">{html.escape(n["label"])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def timeline_figure(monthly: list[dict[str, Any]]) -> dict[str, Any]:
    """Plotly figure (as a plain dict): stacked events per month by type, mean intensity line."""
    months = sorted({r["month"] for r in monthly})
    types = sorted({r["type"] for r in monthly})
    data: list[dict[str, Any]] = []
    for t in types:
        by_month = {r["month"]: r["events"] for r in monthly if r["type"] == t}
        data.append({"type": "bar", "name": t, "x": months, "y": [by_month.get(m, 0) for m in months],
                     "marker": {"color": TYPE_COLORS.get(t, "#999")}})
    inten = []
    for m in months:
        vals = [(r["mean_intensity"], r["events"]) for r in monthly if r["month"] == m and r["mean_intensity"] is not None]
        n = sum(c for _, c in vals)
        inten.append(round(sum(v * c for v, c in vals) / n, 2) if n else None)
    data.append({"type": "scatter", "mode": "lines+markers", "name": "mean intensity", "x": months, "y": inten,
                 "yaxis": "y2", "line": {"color": "#d62728"}})
    layout = {"barmode": "stack", "height": 360, "margin": {"t": 30, "l": 50, "r": 50, "b": 50},
              "xaxis": {"type": "category", "title": "month"}, "yaxis": {"title": "events"},
              "yaxis2": {"title": "PLOVER intensity", "overlaying": "y", "side": "right", "range": [-10, 10]},
              "legend": {"orientation": "h"}}
    return {"data": data, "layout": layout}
