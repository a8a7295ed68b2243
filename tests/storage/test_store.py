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
    """A visit reported by arrival and by talks a day later is one event. A month-only date matches
    the same month, not the days inside it: "in March" would otherwise chain every March meeting of
    a dyad into one event."""
    assert dates_compatible("2024-05-15", "2024-05-16", "CONSULT")
    assert not dates_compatible("2024-05-01", "2024-05-16", "CONSULT")
    assert dates_compatible("2023-03", "2023-03", "CONSULT")
    assert not dates_compatible("2023-03", "2023-03-21", "CONSULT")
    assert not dates_compatible("2023-03", "2023-04", "CONSULT")
    assert not dates_compatible(None, "2023-03-21", "CONSULT", "2023-03-21", "2023-03-21")
    assert dates_compatible(None, None, "CONSULT", "2023-03-21", "2023-03-25")


def test_a_coarse_date_does_not_chain_distinct_events(tmp_path):
    """Two meetings of a dyad in one month stay two events when a third report says only "in March"."""
    from marsad.storage import Store

    s = Store(str(tmp_path / "c.db"))
    s.ingest_doc(make_doc(A, "2024-03-02", [{"date": "2024-03-02", "evidence": A[:40]}], "a"))
    s.ingest_doc(make_doc(B, "2024-03-25", [{"date": "2024-03-25", "evidence": B[:40]}], "b"))
    s.ingest_doc(make_doc(C, "2024-04-02", [{"date": "2024-03", "evidence": C[:30]}], "c"))
    assert len(s.events(dyad=("RUS", "CHN"))) == 3


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


def _random_reports(rnd, n):
    persons = ["Q7747", "Q15031", "Q1", "Q2"]
    locs = [None, BEIJING, {"id": "Q649", "name_en": "Moscow", "country": "RUS"}]
    out = []
    for i in range(n):
        src = [PUTIN, XI, actor("RUS", "Russia")][rnd.randrange(3)]
        tgt = [XI, PUTIN, actor("CHN", "China")][rnd.randrange(3)]
        out.append({
            "id": f"r_{rnd.randrange(10**6):06d}_{i:03d}", "article_id": f"a{rnd.randrange(5)}", "type": "CONSULT",
            "mode": rnd.choice([None, "visit", "phone"]), "context": rnd.sample(["diplomatic", "economic"], 1),
            "cameo": "042", "date": rnd.choice([None, "2024-05-15", "2024-05-16", "2024-05"]),
            "status": rnd.choice(["occurred", "planned"]), "source": [src.to_dict()], "target": [tgt.to_dict()],
            "location": rnd.choice(locs), "confidence": round(rnd.random(), 2), "countries": ["CHN", "RUS"],
            "persons": sorted(rnd.sample(persons, rnd.randrange(3))),
        })
    return out


@pytest.mark.parametrize("seed", range(25))
def test_aggregates_give_exactly_the_canonical_event(seed):
    """The store updates events from aggregates (O(distinct values) per merge); combined in any
    grouping and order they must give what ``canonical``/``explain`` compute from all members."""
    import random

    from marsad.storage.merge import aggregate, canonical, canonical_from, combine, explain, explain_from

    rnd = random.Random(seed)
    reps = _random_reports(rnd, rnd.randrange(1, 12))
    shuffled = reps[:]
    rnd.shuffle(shuffled)
    cut = rnd.randrange(len(shuffled) + 1)

    def fold(rs):
        out = None
        for r in rs:
            out = aggregate(r) if out is None else combine(out, aggregate(r))
        return out

    parts = [p for p in (fold(shuffled[:cut]), fold(shuffled[cut:])) if p is not None]
    agg = parts[0] if len(parts) == 1 else combine(parts[1], parts[0])
    assert canonical_from(agg) == canonical(reps)
    assert explain_from(agg, len({r["article_id"] for r in reps})) == explain(reps)


def test_search_uses_the_index_and_matches_inside_clitic_words(store):
    """"روسيا" must find "وروسيا" (و + name): the trigram index matches substrings, as LIKE did."""
    store.ingest_doc(make_doc("وقعت الصين وروسيا اتفاقا جديدا للطاقة.", "2024-05-16", [], "a"))
    store.ingest_doc(make_doc("زار الوفد الهندي نيودلهي.", "2024-05-16", [], "b"))
    hits = store.search("روسيا")
    assert [h["ext_id"] for h in hits] == ["a"] and "وروسيا" in hits[0]["snippet"]
    assert store.search("قع")  # two letters: below a trigram, answered by LIKE
    assert not store.search("اتفاق 100%")  # LIKE wildcards in the query are literal


def test_group_commit_keeps_each_article_all_or_nothing(store, monkeypatch):
    """Inside a commit group a failing article rolls back alone (a savepoint); the others commit."""
    d1, d2, d3 = docs()
    real = store._add_report

    def flaky(rep):
        if rep["article_id"] == "a_" + __import__("marsad.storage.store", fromlist=["x"]).content_hash(d2.text)[:16]:
            raise RuntimeError("disk full")
        return real(rep)

    monkeypatch.setattr(store, "_add_report", flaky)
    with store.group_commit(10):
        store.ingest_doc(d1)
        with pytest.raises(RuntimeError):
            store.ingest_doc(d2)
        store.ingest_doc(d3)
    c = store.counts()
    assert c["articles"] == 2 and c["reports"] == 2
    assert {r["ext_id"] for r in store.db.query("SELECT ext_id FROM articles")} == {"a", "c"}


def test_interrupted_group_leaves_only_committed_groups(tmp_path):
    """An exception escaping the group (a kill) rolls back the open group, never half an article."""
    from marsad.storage import Store

    s = Store(str(tmp_path / "g.db"))
    with pytest.raises(KeyboardInterrupt), s.group_commit(2):
        for d in docs():
            s.ingest_doc(d)  # the first two commit together; the third is in the open group
        raise KeyboardInterrupt
    s.close()
    s = Store(str(tmp_path / "g.db"))
    assert s.counts()["articles"] == 2
    assert s.counts()["reports"] == len(s.db.query("SELECT r.id FROM reports r JOIN articles a ON a.id = r.article_id"))


def test_store_from_before_merge_signatures_is_regrouped(tmp_path):
    """A store written before migration 0004 (reports without a merge signature, events from the
    old grouping) is regrouped once when opened, and goes on merging."""
    from marsad.storage import Store

    path = str(tmp_path / "old.db")
    s = Store(path)
    a, b, c = docs()
    s.ingest_doc(a)
    s.ingest_doc(c)
    s.db.execute("UPDATE reports SET sig_id = NULL, event_id = 'e_stale'")
    s.db.execute("DELETE FROM merge_sigs")
    s.db.execute("UPDATE events SET agg = NULL")
    s.close()
    s = Store(path)
    assert len(s.events(dyad=("RUS", "CHN"))) == 2
    s.ingest_doc(b)
    evs = s.events(dyad=("RUS", "CHN"), type_="CONSULT")
    assert len(evs) == 1 and len(evs[0]["sources"]) == 2


def _stream(rnd, n, days=12):
    """Reports of one dyad and type on nearby days, persons and places varying: dense enough that
    single-link grouping chains most of them into one event."""
    import datetime as dt

    persons = [[], ["Q7747"], ["Q15031"], ["Q15031", "Q7747"], ["Q1"]]
    locs = [None, BEIJING, {"id": "Q649", "name_en": "Moscow", "country": "RUS"}]
    out = []
    for i in range(n):
        day = (dt.date(2024, 5, 1) + dt.timedelta(days=rnd.randrange(days))).isoformat()
        out.append({
            "id": f"r_{rnd.randrange(10**6):06d}_{i:03d}", "article_id": f"a{i}", "type": "CONSULT", "mode": "visit",
            "context": ["diplomatic"], "cameo": "042", "date": day, "status": rnd.choice(["occurred", "planned"]),
            "source": [PUTIN.to_dict()], "target": [XI.to_dict()], "location": rnd.choice(locs), "evidence": [],
            "confidence": 0.5, "countries": ["CHN", "RUS"], "persons": rnd.choice(persons), "published": day,
        })
    return out


def _by_definition(reps):
    """Events of one block as the rule states it, straight from ``compatible``: day by day, a
    report joins (and joins together) the events begun at most the window before it that hold a
    compatible report."""
    from marsad.storage.merge import WINDOW_DAYS, compatible

    w = WINDOW_DAYS["CONSULT"]
    ordinal = {r["id"]: __import__("datetime").date.fromisoformat(r["date"]).toordinal() for r in reps}
    open_: list[tuple[int, list]] = []
    done = []
    for day in sorted(set(ordinal.values())):
        done += [c for c in open_ if c[0] < day - w]
        open_ = [c for c in open_ if c[0] >= day - w]
        for r in sorted((r for r in reps if ordinal[r["id"]] == day), key=lambda r: r["id"]):
            hit = [c for c in open_ if any(compatible(r, m) for m in c[1])]
            open_ = [c for c in open_ if c not in hit] + [(min([day] + [c[0] for c in hit]),
                                                           [r] + [m for c in hit for m in c[1]])]
    groups = {frozenset(m["id"] for m in c[1]) for c in done + open_}
    return groups


def _stored_groups(s):
    by_event: dict = {}
    for r in s.db.query("SELECT id, event_id FROM reports"):
        by_event.setdefault(r["event_id"], set()).add(r["id"])
    return {frozenset(v) for v in by_event.values()}


@pytest.mark.parametrize("seed", range(12))
def test_events_span_at_most_the_window_whatever_the_order(tmp_path, seed):
    """Merging is complete-link on time: a dense stream of one dyad does not chain into one event;
    every event's dates lie within the type window of each other, and the store holds exactly the
    grouping the rule defines, whatever order the reports arrive in (the store replays only the
    stretch a new report can change)."""
    import datetime as dt
    import random

    from marsad.storage import Store
    from marsad.storage.merge import WINDOW_DAYS

    rnd = random.Random(seed)
    reps = _stream(rnd, rnd.randrange(10, 40))
    expect = _by_definition(reps)
    for k in range(2):
        s = Store(str(tmp_path / f"s{k}.db"))
        for r in rnd.sample(reps, len(reps)):
            s._add_report(dict(r))
        assert _stored_groups(s) == expect
        spans: dict = {}
        for r in s.db.query("SELECT event_id, date FROM reports"):
            spans.setdefault(r["event_id"], []).append(dt.date.fromisoformat(r["date"]))
        assert all((max(d) - min(d)).days <= WINDOW_DAYS["CONSULT"] for d in spans.values())
        ids = {r["id"]: r for r in reps}
        rows = s.db.query("SELECT id, n_sources, merge_reason FROM events")
        assert sorted(r["id"] for r in rows) == sorted("e_" + min(g)[2:] for g in expect)
        for r in rows:
            members = next(g for g in expect if "e_" + min(g)[2:] == r["id"])
            assert r["n_sources"] == len({ids[m]["article_id"] for m in members})
        s.close()
    assert len(expect) > 1


def test_a_daily_stream_does_not_chain_into_one_event(tmp_path):
    """The same two leaders reported on every day of a month: events of at most the window, not one
    event of the whole month."""
    from marsad.storage import Store

    s = Store(str(tmp_path / "d.db"))
    for d in range(1, 29):
        day = f"2024-03-{d:02d}"
        s.ingest_doc(make_doc(A + f" {d}", day, [{"date": day, "evidence": A[:40]}], f"a{d}"))
    evs = s.events(dyad=("RUS", "CHN"))
    assert len(evs) == 7  # 28 days in events of 4 (window 3)
    assert all(len(e["sources"]) == 4 for e in evs)


def _old_listing_ids(s, **f):
    """Event ids of a listing as the store selected them before migration 0007 (IN lists over
    event_actors, every matching events row sorted)."""
    where, params = ["1=1"], []
    if f.get("type_"):
        where.append("e.type = ?")
        params.append(f["type_"])
    if f.get("since"):
        where.append("e.date >= ?")
        params.append(f["since"])
    for c in f.get("countries", ()):
        where.append("e.id IN (SELECT event_id FROM event_actors WHERE country = ?)")
        params.append(c)
    if f.get("actor"):
        where.append("e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ?)")
        params.append(f["actor"])
    rows = s.db.query(f"SELECT e.id FROM events e WHERE {' AND '.join(where)} "
                      "ORDER BY COALESCE(e.date, '9999'), e.id LIMIT ? OFFSET ?", (*params, f["limit"], f["offset"]))
    return [r["id"] for r in rows]


def _assert_listing_rows_consistent(s):
    """What migration 0007 keeps beside the events: each actor row's sort key is its event's
    listing key, and article_meta mirrors the articles."""
    bad = s.db.query("SELECT ea.event_id FROM event_actors ea LEFT JOIN events e ON e.id = ea.event_id "
                     "WHERE e.id IS NULL OR ea.sort_key <> COALESCE(e.date, '9999')")
    assert bad == []
    meta = s.db.query("SELECT id, ext_id, url, outlet, published, title FROM article_meta ORDER BY id")
    assert meta == s.db.query("SELECT id, ext_id, url, outlet, published, title FROM articles ORDER BY id")


# what migration 0010 added, removed again
_UNDO_0010 = ("DROP INDEX article_meta_published", "DROP INDEX events_id_listing", "DROP INDEX reports_article_listing",
              "CREATE INDEX reports_article_event ON reports(article_id, event_id)",
              "DELETE FROM schema_migrations WHERE name = '0010_text_query_reads'")
# what migration 0008 added, removed again (a store as written before it, and before 0010)
_UNDO_0008 = (*_UNDO_0010, "DROP INDEX reports_event_listing", "ALTER TABLE reports DROP COLUMN src", "DROP TABLE k_bound",
              "DROP INDEX article_meta_fkey", "ALTER TABLE article_meta DROP COLUMN fkey",
              "CREATE INDEX reports_event_sources ON reports(event_id, article_id, id, evidence)",
              "CREATE INDEX article_meta_arow ON article_meta(arow)",
              "DELETE FROM schema_migrations WHERE name = '0008_source_rows_text_keys'")


@pytest.mark.parametrize("seed", range(6))
def test_listing_keys_follow_merges_and_listings_match_the_old_query(tmp_path, seed):
    """Events change date as reports join them (the date most reports give wins); the sort key on
    their actor rows follows, and every listing returns exactly what the pre-0007 query did."""
    import random

    from marsad.storage import Store

    rnd = random.Random(seed)
    s = Store(str(tmp_path / "l.db"))
    people = [(PUTIN,), (XI,), (actor("RUS", "Russia"),), (actor("FRA", "France"),)]
    for i in range(60):
        day = f"2024-05-{rnd.randrange(1, 12):02d}"
        date = rnd.choice([day, day, day[:7], None])
        src = rnd.choice(people)
        tgt = rnd.choice([p for p in people if p != src])
        s.ingest_doc(make_doc(A + f" {i}", day, [{"date": date, "source": src, "target": tgt,
                                                   "status": rnd.choice(["occurred", "planned"]),
                                                   "type": rnd.choice(["CONSULT", "AGREE"]), "evidence": A[:40]}],
                              f"d{i}", url=f"https://x.org/{i}", outlet=f"o{i % 3}"))
        if i % 15 == 14:
            _assert_listing_rows_consistent(s)
    filters = [dict(countries=("RUS", "CHN")), dict(countries=("CHN", "RUS"), type_="CONSULT"),
               dict(countries=("FRA",), since="2024-05-05"), dict(actor="Q7747"), dict(type_="AGREE"), {}]
    for f in filters:
        for limit, offset in ((5, 0), (7, 3), (1000, 0)):
            want = _old_listing_ids(s, limit=limit, offset=offset, **f)
            got = s.events(dyad=f["countries"] if len(f.get("countries", ())) == 2 else None,
                           country=f["countries"][0] if len(f.get("countries", ())) == 1 else None,
                           actor=f.get("actor"), type_=f.get("type_"), since=f.get("since"),
                           limit=limit, offset=offset)
            assert [e["id"] for e in got] == want, f
    s.close()


def test_store_from_before_0007_migrates_with_the_same_listings(tmp_path):
    """A store written before migration 0007 (no article_meta, no sort keys, the old indexes) gains
    them when opened, and lists, searches and shows events as before."""
    from marsad.storage import Store

    path = str(tmp_path / "o.db")
    s = Store(path)
    for d in docs():
        s.ingest_doc(d)
    before = (s.events(), s.events(dyad=("RUS", "CHN")), s.events(text="قاعة الشعب"), s.search("بوتين"),
              s.timeline(("CHN", "RUS")), s.event(s.events()[0]["id"]))
    for stmt in (*_UNDO_0008, "DROP TABLE article_meta", "DROP INDEX event_actors_country_sort",
                 "DROP INDEX event_actors_actor_sort", "ALTER TABLE event_actors DROP COLUMN sort_key",
                 "DROP INDEX events_type_listing", "DROP INDEX reports_article_event",
                 "CREATE INDEX reports_event_article ON reports(event_id, article_id)",
                 "CREATE INDEX events_type ON events(type)", "CREATE INDEX reports_article ON reports(article_id)",
                 "CREATE INDEX event_actors_actor ON event_actors(actor_id)",
                 "CREATE INDEX event_actors_country ON event_actors(country)",
                 "DELETE FROM schema_migrations WHERE name = '0007_listing_reads'"):
        s.db.execute(stmt)
    s.close()
    s = Store(path)
    _assert_listing_rows_consistent(s)
    after = (s.events(), s.events(dyad=("RUS", "CHN")), s.events(text="قاعة الشعب"), s.search("بوتين"),
             s.timeline(("CHN", "RUS")), s.event(s.events()[0]["id"]))
    assert _methods_unknown(after) == _methods_unknown(before)
    s.close()


def _methods_unknown(x):
    """``x`` with every source's method as a store from before it was kept gives it (None): a migration rebuilding a
    report's listing fields from older tables cannot know whether rules or the learned stage found the event."""
    if isinstance(x, dict):
        return {k: None if k == "method" and "article_id" in x else _methods_unknown(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return type(x)(_methods_unknown(v) for v in x)
    return x


def _dense_store(path, rnd, n=80):
    """Articles reporting events of two dyads over a few months, dates at every precision (and
    coarse dates long before publication: the case that keeps text queries reading), words drawn
    so that text filters match some articles."""
    from marsad.storage import Store

    s = Store(path)
    people = [(PUTIN,), (XI,), (actor("RUS", "Russia"),), (actor("FRA", "France"),)]
    words = ["قاعة الشعب", "منظمة شانغهاي", "الكرملين", "الاليزيه"]
    for i in range(n):
        pub = f"2024-{rnd.randrange(1, 5):02d}-{rnd.randrange(1, 29):02d}"
        evs = []
        for _ in range(rnd.randrange(0, 3)):
            date = rnd.choice([pub, pub, pub[:7], pub[:4], "2021", None, f"2024-{rnd.randrange(1, 5):02d}-01"])
            src = rnd.choice(people)
            evs.append({"date": date, "source": src, "target": rnd.choice([p for p in people if p != src]),
                        "status": rnd.choice(["occurred", "planned"]), "type": rnd.choice(["CONSULT", "AGREE", "FIGHT"]),
                        "evidence": A[:40]})
        text = A + " " + " و".join(rnd.sample(words, rnd.randrange(0, 3))) + f" {i}"
        s.ingest_doc(make_doc(text, rnd.choice([pub, pub, None]), evs, f"d{i}", url=f"https://x.org/{i}",
                              outlet=f"o{i % 3}"))
    return s


@pytest.mark.parametrize("seed", range(4))
def test_text_queries_that_stop_early_give_the_full_answer(tmp_path, seed):
    """Text-filtered listings and search read matches in full-text rowid order and stop early
    (keys.py); every page equals what selecting all matches then sorting gives."""
    import random

    rnd = random.Random(seed)
    s = _dense_store(str(tmp_path / "t.db"), rnd)

    def full_listing(needle, **f):
        sub, params = s._text_filter(needle)
        rows = s.db.query(f"SELECT e.id, COALESCE(e.date, '9999') AS k FROM events e WHERE e.id IN "
                          f"(SELECT r.event_id FROM reports r WHERE r.article_id IN ({sub}))", params)
        ok = {e["id"] for e in s.events(limit=100000, **f)}
        return [r["id"] for r in sorted(rows, key=lambda r: (r["k"], r["id"])) if r["id"] in ok]

    for needle in ("قاعه الشعب", "شانغهاي", "الكرملين", "بوتين", "واشنطن"):
        for f in ({}, {"dyad": ("RUS", "CHN")}, {"type_": "AGREE"}, {"country": "FRA", "status": "planned"}):
            want = full_listing(needle, **f)
            for limit, offset in ((1, 0), (3, 2), (10, 0), (1000, 0)):
                got = [e["id"] for e in s.events(text=needle, limit=limit, offset=offset, **f)]
                assert got == want[offset:offset + limit], (needle, f, limit, offset)
        sub, params = s._text_filter(needle)
        rows = s.db.query(f"SELECT id, published FROM article_meta WHERE id IN ({sub})", params)
        order = [r["id"] for r in sorted(sorted(rows, key=lambda r: r["id"]), key=lambda r: r["published"] or "",
                                         reverse=True)]
        for limit in (1, 5, 1000):
            assert [r["id"] for r in s.search(needle, limit)] == order[:limit], (needle, limit)
    s.close()


def test_store_from_before_0008_migrates_with_the_same_outputs(tmp_path):
    """A store written before migration 0008 (sources joined with article_meta, full-text rowids
    = article rowids) gains source rows and text keys when opened, with the same outputs."""
    import random

    from marsad.storage import Store

    path = str(tmp_path / "m.db")
    s = _dense_store(path, random.Random(9), 40)

    def outputs(s):
        return (s.events(limit=1000), s.events(dyad=("RUS", "CHN")), s.events(text="الكرملين"), s.search("بوتين"),
                s.search("قاعه", 3), s.timeline(("CHN", "RUS")), s.event(s.events()[0]["id"]))

    before = outputs(s)
    for stmt in _UNDO_0008:
        s.db.execute(stmt)
    # the full-text index as 0003 wrote it: rowid = the article's rowid
    s.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
    s.db.execute("INSERT INTO articles_fts(rowid, norm_text) SELECT rowid, norm_text FROM articles")
    s.close()
    s = Store(path)
    _assert_listing_rows_consistent(s)
    assert _methods_unknown(outputs(s)) == _methods_unknown(before)
    assert s.db.query("SELECT COUNT(*) AS n FROM reports WHERE src IS NULL")[0]["n"] == 0
    s.close()


def _busy_event_store(store, n=27):
    """One visit reported by ``n`` articles on three publication days (ties ordered by article),
    every third article reporting it twice (two evidence spans, one source)."""
    for i in range(n):
        text = A + f" رقم {i}"
        evs = [{"date": "2024-05-16", "evidence": A[:40]}]
        if i % 3 == 0:
            evs.append({"date": "2024-05-16", "evidence": A[41:70]})
        store.ingest_doc(make_doc(text, f"2024-05-{16 + i % 3}", evs, f"d{i}", url=f"https://x.org/{i}",
                                  outlet=f"o{i % 5}"))


def test_listing_lists_the_first_sources_and_counts_them_all(store, monkeypatch):
    """The listing contract: each listed event has its first LISTING_SOURCES sources (by
    publication date, then article) and sources_total; --all-sources / all_sources /
    max_sources=None give every source, as ``event`` and exports always do. The capped listing
    reads a LIMIT of each event's report rows, not all of them."""
    import json

    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from marsad.api.app import create_app
    from marsad.cli import cli
    from marsad.cli_store import LISTED_SOURCES
    from marsad.storage.store import LISTING_SOURCES

    assert LISTED_SOURCES == LISTING_SOURCES
    n = LISTING_SOURCES + 7
    _busy_event_store(store, n)
    full = store.event(store.events()[0]["id"])
    assert full["sources_total"] == len(full["sources"]) == n
    assert [s["published"] for s in full["sources"]] == sorted(s["published"] for s in full["sources"])
    assert sum(len(s["evidence"]) == 2 for s in full["sources"]) == len(range(0, n, 3))
    sql: list[str] = []
    real = store.db.execute
    monkeypatch.setattr(store.db, "execute", lambda q, p=(): sql.append(q) or real(q, p))
    (ev,) = store.events(dyad=("RUS", "CHN"))
    assert all("LIMIT" in q for q in sql if "FROM reports" in q)
    monkeypatch.undo()
    assert ev["sources_total"] == n and ev["sources"] == full["sources"][:LISTING_SOURCES]
    assert ev["evidence"] == full["evidence"]
    assert {k: v for k, v in ev.items() if k != "sources"} == {k: v for k, v in full.items()
                                                              if k not in ("sources", "reports", "merge_reason")}
    (every,) = store.events(max_sources=None)
    assert every["sources"] == full["sources"] and every["sources_total"] == n
    assert [len(e["sources"]) for e in store.events(max_sources=3)] == [3]
    assert store.timeline(("CHN", "RUS"))[0]["sources"] == ev["sources"]
    assert store.timeline(("CHN", "RUS"), max_sources=None)[0]["sources"] == full["sources"]
    # exports keep every source
    (exported,) = store.all_events()
    assert exported["sources"] == full["sources"]
    # the CLI
    runner = CliRunner()
    for extra, count in (([], LISTING_SOURCES), (["--all-sources"], n)):
        r = runner.invoke(cli, ["events", "--db", store.url, "--format", "jsonl", *extra])
        assert r.exit_code == 0, r.output
        (line,) = [json.loads(x) for x in r.output.splitlines()]
        assert len(line["sources"]) == count and line["sources_total"] == n
        r = runner.invoke(cli, ["timeline", "--dyad", "RUS:CHN", "--db", store.url, "--format", "jsonl", *extra])
        assert len(json.loads(r.output)["sources"]) == count
    r = runner.invoke(cli, ["events", "--db", store.url, "--format", "csv"])
    assert r.output.splitlines()[1].split(",")[8] == str(n)
    r = runner.invoke(cli, ["timeline", "--dyad", "RUS:CHN", "--db", store.url])
    assert f"[{n} source(s): o0, o1, o2, o3, o4, …]" in r.output
    r = runner.invoke(cli, ["export", "--db", store.url, "--format", "plover"])
    assert len(json.loads(r.output)["cite_info"]) == n
    # the API
    client = TestClient(create_app(store.url))
    (item,) = client.get("/api/events").json()["items"]
    assert len(item["sources"]) == LISTING_SOURCES and item["sources_total"] == n
    (item,) = client.get("/api/events", params={"all_sources": "true"}).json()["items"]
    assert len(item["sources"]) == n
    assert len(client.get(f"/api/events/{ev['id']}").json()["sources"]) == n


def test_search_ways_agree_and_case_folds_as_the_index(tmp_path):
    """Search runs two ways in turns (newest articles tested one by one, full-text matches by
    floor); each alone gives the answer. A needle with cased letters is left to the index, which
    folds case as ``instr`` does not."""
    import random

    s = _dense_store(str(tmp_path / "w.db"), random.Random(5), 60)

    def run(way):
        while True:
            try:
                next(way)
            except StopIteration as done:
                return done.value

    for needle in ("قاعه الشعب", "شانغهاي", "بوتين", "واشنطن"):
        for limit in (1, 4, 1000):
            want = s._search_ids(needle, limit)
            assert run(s._search_by_floor(needle, limit)) == want
            assert run(s._search_by_date(needle, limit)) == want
    s.ingest_doc(make_doc("زار وفد من MÜNCHEN العاصمة الروسية.", "2030-01-01", [], "m"))
    assert [h["ext_id"] for h in s.search("münchen")] == ["m"]
    s.close()


def test_each_source_says_how_its_report_was_found(tmp_path):
    """An event's sources say whether the hand rules or the learned statements stage found it in that article
    ("rules" / "learned"): analysts can weigh a learned statement (lower precision) apart from a rule's."""
    import marsad
    from marsad.storage import Store

    s = Store(str(tmp_path / "m.db"))
    doc = marsad.extract("وأعربت الخارجية التركية عن رفضها القاطع للخطوة الأمريكية، ووصفتها بأنها انتهاك للقانون الدولي. "
                         "والتقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في بكين.", "2024-04-02", "m1")
    s.ingest_doc(doc)
    found = {src["method"] for ev in s.events() for src in ev["sources"]}
    assert found == {"rules", "learned"}
    methods = {(e.type, "learned" if e.trigger == "learned" else "rules") for e in doc.events}
    listed = {(ev["type"], src["method"]) for ev in s.events() for src in ev["sources"]}
    assert listed == methods
    s.close()
