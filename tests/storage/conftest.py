import os

import pytest

from marsad.model import Actor, Doc, Event, Span
from marsad.normalize import normalize

PG_URL = os.environ.get("MARSAD_TEST_PG_URL")


def actor(iso: str, name: str, kind: str = "country", aid: str | None = None) -> Actor:
    return Actor(aid or f"marsad:gpe:{iso}", name, iso, kind, "GOV")


PUTIN = actor("RUS", "Vladimir Putin", "person", "Q7747")
XI = actor("CHN", "Xi Jinping", "person", "Q15031")


def make_doc(text: str, published: str | None, events: list[dict], did: str = "x", url: str | None = None,
             outlet: str | None = None) -> Doc:
    import datetime as dt

    evs = []
    for e in events:
        start = text.find(e.get("evidence", text[:10]))
        ev_text = e.get("evidence", text[:10])
        evs.append(Event(type=e.get("type", "CONSULT"), mode=e.get("mode", "visit"), context=("diplomatic",),
                         cameo="042", date=e.get("date"), status=e.get("status", "occurred"),
                         source=tuple(e.get("source", (PUTIN,))), target=tuple(e.get("target", (XI,))),
                         location=e.get("location"), evidence=(Span(start, start + len(ev_text), ev_text),),
                         confidence=0.8))
    return Doc(text=text, id=did, url=url, outlet=outlet,
               published=dt.date.fromisoformat(published) if published else None,
               normalized=normalize(text), events=tuple(evs))


@pytest.fixture(params=["sqlite"] + (["postgresql"] if PG_URL else []))
def store(request, tmp_path):
    from marsad.storage import Store

    if request.param == "sqlite":
        s = Store(str(tmp_path / "t.db"))
    else:
        import psycopg

        with psycopg.connect(PG_URL, autocommit=True) as c:
            c.execute("DROP SCHEMA public CASCADE")
            c.execute("CREATE SCHEMA public")
        s = Store(PG_URL)
    yield s
    s.close()
