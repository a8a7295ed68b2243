"""Store: idempotent ingest, near-duplicate stories, order-independent cross-source merging."""

import itertools

import pytest

from marsad.storage.merge import compatible, dates_compatible

from .conftest import PUTIN, XI, actor, make_doc

A = "التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في بكين اليوم الخميس وبحثا العلاقات الثنائية."
B = "استقبل الرئيس الصيني شي جينبينغ في قاعة الشعب الكبرى ببكين نظيره الروسي بوتين في زيارة رسمية تستمر يومين."
C = "وقع البلدان اتفاقية للتعاون الاقتصادي خلال قمة موسكو التي جمعت الزعيمين في شهر مارس من العام الماضي وما زالت."
BEIJING = {"id": "Q956", "name_en": "Beijing", "country": "CHN"}


def docs():
    return [
        make_doc(A, "2024-05-16", [{"date": "2024-05-16", "location": BEIJING, "evidence": A[:40]}], "a", outlet="X"),
        make_doc(B, "2024-05-17", [{"date": "2024-05-15", "source": (XI,), "target": (PUTIN,), "evidence": B[:40]}],
                 "b", outlet="Y"),
        make_doc(C, "2024-05-18", [{"type": "AGREE", "mode": None, "date": "2023-03", "evidence": C[:30]}], "c",
                 outlet="Z"),
    ]


def test_ingest_is_idempotent(store):
    for d in docs():
        assert store.ingest_doc(d).status == "new"
    before = store.counts()
    for d in docs():
        assert store.ingest_doc(d).status == "duplicate"
    assert store.counts() == before


def test_same_url_is_duplicate(store):
    d1 = make_doc(A, "2024-05-16", [], "a", url="http://example.org/1")
    d2 = make_doc(B, "2024-05-16", [], "b", url="http://example.org/1")
    assert store.ingest_doc(d1).status == "new"
    assert store.ingest_doc(d2).status == "duplicate"


def test_wire_copy_joins_story(store):
    """A near-identical copy (one word changed) is a new article of the same story."""
    long = " ".join([A, B, C] * 3)
    copy = long.replace("الثنائية", "الثنائيه المشتركة", 1) + " المصدر: وكالة"
    r1 = store.ingest_doc(make_doc(long, "2024-05-16", [], "a"))
    r2 = store.ingest_doc(make_doc(copy, "2024-05-16", [], "b"))
    r3 = store.ingest_doc(make_doc("نص مختلف تماما عن موضوع آخر لا علاقة له بالقمة " * 5, "2024-05-16", [], "c"))
    assert r2.status == "new" and r2.story_id == r1.story_id and r3.story_id != r1.story_id


def test_two_reports_of_one_visit_merge(store):
    for d in docs():
        store.ingest_doc(d)
    evs = store.events(type_="CONSULT")
    assert len(evs) == 1
    assert {s["ext_id"] for s in evs[0]["sources"]} == {"a", "b"}
    assert evs[0]["date"] in ("2024-05-15", "2024-05-16")
    assert "same participant countries" in store.event(evs[0]["id"])["merge_reason"]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_merge_is_order_independent(tmp_path, order):
    from marsad.storage import Store

    ref = Store(str(tmp_path / "ref.db"))
    for d in docs():
        ref.ingest_doc(d)
    expect = [(e["id"], e["date"], e["status"], len(e["sources"])) for e in ref.events()]
    s = Store(str(tmp_path / f"o{''.join(map(str, order))}.db"))
    ds = docs()
    for i in order:
        s.ingest_doc(ds[i])
    got = [(e["id"], e["date"], e["status"], len(e["sources"])) for e in s.events()]
    assert got == expect


def test_different_dyads_do_not_merge():
    a = {"type": "CONSULT", "countries": ["CHN", "RUS"], "persons": [], "status": "occurred", "date": "2024-05-16"}
    b = dict(a, countries=["CHN", "USA"])
    assert not compatible(a, b)


def test_date_windows():
    """A visit reported by arrival and by talks a day later is one event; a month-only date fits its days."""
    assert dates_compatible("2024-05-15", "2024-05-16", "CONSULT")
    assert not dates_compatible("2024-05-01", "2024-05-16", "CONSULT")
    assert dates_compatible("2023-03", "2023-03-21", "CONSULT")
    assert not dates_compatible("2023-03", "2023-04", "CONSULT")


def test_queries(store):
    for d in docs():
        store.ingest_doc(d)
    assert len(store.events(dyad=("RUS", "CHN"))) == 2
    assert store.events(dyad=("RUS", "USA")) == []
    assert len(store.events(country="CHN", type_="AGREE")) == 1
    assert len(store.events(since="2024")) == 1
    assert len(store.events(until="2023-12")) == 1
    assert len(store.events(actor="Q7747")) == 2
    assert len(store.events(text="قاعة الشعب")) == 1
    tl = store.timeline(("CHN", "RUS"))
    assert [e["type"] for e in tl] == ["AGREE", "CONSULT"]


def test_search_folds_arabic_forms(store):
    store.ingest_doc(make_doc(A, "2024-05-16", [], "a"))
    assert store.search("الرئيس الروسى")  # ya / alef maqsura folded
    assert store.search("الرّئيس")  # shadda ignored
    assert not store.search("واشنطن")


def test_monthly_aggregates(store):
    for d in docs():
        store.ingest_doc(d)
    rows = store.monthly(("RUS", "CHN"))
    assert {r["month"] for r in rows} == {"2023-03", "2024-05"}


def test_failed_article_leaves_nothing(store, monkeypatch):
    """An error mid-article rolls back the whole article."""
    d = docs()[0]
    before = store.counts()

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_add_report", boom)
    with pytest.raises(RuntimeError):
        store.ingest_doc(d)
    assert store.counts() == before


def test_country_actor_helper():
    assert actor("RUS", "Russia").country == "RUS"
