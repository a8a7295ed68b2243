"""JSON API: every endpoint, bad parameters (422), XSS-safe rendering, read-only by default."""

import pytest
from fastapi.testclient import TestClient

from marsad.api.app import create_app
from marsad.storage import Store
from marsad.web.report import build_report

from ..storage.conftest import PUTIN, XI, make_doc

XSS = "<script>alert(1)</script> التقى الرئيس الروسي بوتين نظيره الصيني شي في بكين <img src=x onerror=alert(2)>"


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "api.db")
    s = Store(path)
    s.ingest_doc(make_doc(XSS, "2024-05-16", [{"date": "2024-05-16", "evidence": "<script>alert(1)</script>",
                                              "location": {"id": "Q956", "name_en": "Beijing", "country": "CHN"}}],
                          "xss", outlet="<b>Outlet</b>"))
    s.ingest_doc(make_doc("وقع البلدان اتفاقية جديدة للتعاون في مارس الماضي بين روسيا والصين.", "2023-04-01",
                          [{"type": "AGREE", "date": "2023-03", "source": (PUTIN,), "target": (XI,)}], "agree"))
    s.close()
    return path


@pytest.fixture()
def client(db):
    return TestClient(create_app(db))


def test_events_and_filters(client):
    r = client.get("/api/events", params={"dyad": "RUS:CHN"})
    assert r.status_code == 200 and r.json()["count"] == 2
    assert client.get("/api/events", params={"type": "AGREE"}).json()["count"] == 1
    assert client.get("/api/events", params={"since": "2024"}).json()["count"] == 1
    assert client.get("/api/events", params={"limit": 1, "offset": 1}).json()["count"] == 1


@pytest.mark.parametrize("params", [{"dyad": "RUSCHN"}, {"type": "MEET"}, {"since": "last week"},
                                    {"limit": 0}, {"limit": 100000}, {"status": "maybe"}, {"country": "RU"}])
def test_bad_parameters_are_422(client, params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422 and "detail" in r.json()


def test_event_detail_and_404(client):
    eid = client.get("/api/events", params={"type": "CONSULT"}).json()["items"][0]["id"]
    ev = client.get(f"/api/events/{eid}").json()
    assert ev["sources"][0]["evidence"][0]["text"] == "<script>alert(1)</script>"
    assert "merge_reason" in ev
    assert client.get("/api/events/nope").status_code == 404


def test_entities_and_entity(client):
    items = client.get("/api/entities").json()["items"]
    assert any(i["id"] == "Q7747" for i in items)
    e = client.get("/api/entities/Q7747").json()
    assert e["name_en"] == "Vladimir Putin" and len(e["events"]) == 2
    assert client.get("/api/entities/Nobody%20Atall").status_code == 404
    assert client.get("/api/entities", params={"type": "XYZ"}).status_code == 422


def test_timeline_network_search_article(client):
    tl = client.get("/api/timeline", params={"dyad": "RUS:CHN"}).json()
    assert {m["month"] for m in tl["months"]} == {"2023-03", "2024-05"} and tl["figure"]["data"]
    net = client.get("/api/network", params={"dyad": "RUS:CHN"}).json()
    assert {n["id"] for n in net["nodes"]} == {"Q7747", "Q15031"} and net["edges"][0]["weight"] == 2
    svg = client.get("/api/network.svg", params={"dyad": "RUS:CHN"})
    assert svg.headers["content-type"].startswith("image/svg+xml") and "<script" not in svg.text
    hits = client.get("/api/search", params={"q": "الرييس الروسى"}).json()["items"]
    assert len(hits) == 1
    art = client.get(f"/api/articles/{hits[0]['id']}").json()
    assert art["text"] == XSS
    assert client.get("/api/search", params={"q": "x"}).status_code == 422
    assert client.get("/api/timeline").status_code == 422


def test_page_and_assets(client):
    page = client.get("/")
    assert page.status_code == 200 and 'dir="rtl"' in page.text
    assert "https://" not in page.text  # nothing from a CDN
    js = client.get("/static/plotly.min.js")
    assert js.status_code == 200 and len(js.text) > 100000
    assert "innerHTML" not in client.get("/static/app.js").text
    assert client.get("/static/../../etc/passwd").status_code == 404


def test_read_only_by_default(client, db):
    assert client.post("/api/articles", json={"id": "n", "text": "نص"}).status_code in (404, 405)
    assert "/api/articles" not in [r.path for r in client.app.routes if "POST" in getattr(r, "methods", set())]
    rw = TestClient(create_app(db, allow_write=True))
    assert "/api/articles" in [r.path for r in rw.app.routes if "POST" in getattr(r, "methods", set())]
    assert rw.post("/api/articles", json={"id": "n", "text": " "}).status_code == 422


def test_openapi_lists_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/events", "/api/events/{event_id}", "/api/entities", "/api/entities/{name}", "/api/timeline",
              "/api/network", "/api/search", "/api/articles/{article_id}"):
        assert p in paths


def test_report_escapes_text(db):
    html_text = build_report(Store(db), ("RUS", "CHN"))
    assert "<script>alert(1)</script>" not in html_text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_text
    assert "&lt;b&gt;Outlet&lt;/b&gt;" in html_text
    import re

    # nothing loaded from the network: no external script or stylesheet tags
    assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)\s*=\s*["\']https?:', html_text)
    assert "Plotly.newPlot" in html_text
