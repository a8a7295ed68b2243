"""The packaged gazetteer: coverage counts, sources in sync with the built data, Wikidata import."""

import json

from click.testing import CliRunner

from marsad.resources import gazetteer, manifest
from marsad.resources.build import DATA, source_digest

from ..conftest import DATA as TESTDATA


def test_packaged_data_matches_sources():
    """The packaged resources were built from the current data/ sources (run `make resources`)."""
    if not DATA.exists():  # an installed wheel ships only the built data
        return
    assert manifest()["sources_sha256"] == source_digest(DATA)


def test_manifest_checksums():
    import hashlib
    from importlib import resources as ilr

    for name, digest in manifest()["files"].items():
        data = (ilr.files("marsad.resources") / "data" / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, name


def test_coverage_counts():
    """Coverage required by the entities issue."""
    c = manifest()["counts"]
    kinds = c["kinds"]
    assert c["countries"] >= 197  # UN members, observers, Taiwan, Kosovo, Hong Kong ...
    assert kinds.get("capital", 0) >= 190
    assert kinds.get("city", 0) + kinds.get("province", 0) + kinds.get("region", 0) >= 300
    assert kinds.get("igo", 0) + kinds.get("un_body", 0) >= 150
    assert kinds.get("news_agency", 0) >= 40
    assert c["positions"] >= 600


def test_every_un_member_present():
    import pycountry

    gaz = gazetteer()
    isos = {e.country for e in gaz.entities.values() if e.kind == "country"}
    # all ISO countries except dependent territories we do not list as states
    missing = {c.alpha_3 for c in pycountry.countries} - isos
    assert {"RUS", "CHN", "USA", "PSE", "VAT", "TWN", "HKG"} <= isos
    assert len(missing) < 60


def test_qids_well_formed_and_unique_per_entity():
    import re

    gaz = gazetteer()
    seen = {}
    for e in gaz.entities.values():
        if e.wikidata:
            assert re.fullmatch(r"Q\d+", e.wikidata)
            assert seen.setdefault(e.wikidata, e.id) == e.id


def test_positions_have_valid_dates():
    import re

    gaz = gazetteer()
    for pid, poss in gaz.positions.items():
        for p in poss:
            for d in (p.start, p.end):
                assert d is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d), (pid, d)
            if p.start and p.end:
                assert p.start[:len(p.end)] <= p.end, (pid, p)


def test_holder_by_date():
    """Office-holders change: China's foreign minister in March vs September 2023."""
    gaz = gazetteer()
    assert gaz.entities[gaz.holder("foreign_minister", "CHN", "2023-03-10")].name_en == "Qin Gang"
    assert gaz.entities[gaz.holder("foreign_minister", "CHN", "2023-09-10")].name_en == "Wang Yi"
    assert gaz.entities[gaz.holder("head_of_state", "RUS", "2024-05-16")].name_en == "Vladimir Putin"


def test_import_wikidata(tmp_path, monkeypatch):
    from marsad.cli import cli
    from marsad.wikidata import import_dump

    out = tmp_path / "extra.jsonl"
    dump = TESTDATA / "wikidata" / "dump_sample.json"
    r = CliRunner().invoke(cli, ["gazetteer", "import-wikidata", str(dump), "--out", str(out)])
    assert r.exit_code == 1  # one broken line, reported with its line number
    assert f"{dump}:5:" in r.stderr
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in rows] == ["Q900001", "Q900002"]
    person, city = rows
    assert person["type"] == "PER" and person["country"] == "FRA" and person["name_en"] == "Jose Ramos"
    assert person["positions"][0]["start"] == "2031-01-20" and person["positions"][0]["end"] == "2033"
    assert city["type"] == "GPE" and city["kind"] == "city"
    # an office mapping makes the position usable for role-by-date
    rows2 = list(import_dump(dump.read_text(encoding="utf-8").splitlines(), "x", {"Q142": "FRA"},
                             {"Q900100": ("head_of_government", "FRA")}))
    assert rows2[0]["positions"][0]["office"] == "head_of_government"


ARAB_LEAGUE = ["DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT",
               "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"]


def test_leaders_of_the_arab_league_iran_israel_turkey_ukraine_and_g20_by_date():
    """The issue names these states: each has a head of state or government on record at every
    year from 2011 to 2025 (role-only mentions like "الرئيس العراقي" resolve through this)."""
    gaz = gazetteer()
    g20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
           "ZAF", "TUR", "GBR", "USA"]
    missing = [(cc, year) for cc in ARAB_LEAGUE + ["IRN", "ISR", "TUR", "UKR"] + g20 for year in range(2011, 2026)
               if not (gaz.holder("head_of_state", cc, f"{year}-06-30") or gaz.holder("head_of_government", cc,
                                                                                        f"{year}-06-30"))]
    assert not missing


def name(office: str, cc: str, date: str) -> str:
    """The English name of the holder of ``office`` in ``cc`` on ``date`` (there must be one)."""
    gaz = gazetteer()
    pid = gaz.holder(office, cc, date)
    assert pid, (office, cc, date)
    return gaz.entities[pid].name_en


def test_mena_office_holders_by_date():
    """Spot checks of role-by-date resolution in the region's persons table."""

    assert "Pezeshkian" in name("head_of_state", "IRN", "2025-01-10")
    assert "Raisi" in name("head_of_state", "IRN", "2023-01-10")
    assert "Araghchi" in name("foreign_minister", "IRN", "2025-01-10")
    assert "Netanyahu" in name("head_of_government", "ISR", "2023-06-01")
    assert "Bennett" in name("head_of_government", "ISR", "2022-01-01")
    assert "Mishal" in name("head_of_state", "KWT", "2024-06-01")
    assert "Haitham" in name("head_of_state", "OMN", "2021-01-01")
    assert "Sisi" in name("head_of_state", "EGY", "2020-01-01")


def test_precomputed_matching_keys_match_the_runtime_normaliser():
    """The build stores each name's normalised and skeleton forms so that loading skips 30,000
    normalisations; if normalize.py or skel() change without a rebuild, this catches the drift."""
    from marsad.normalize import norm
    from marsad.resources import skel

    for e in gazetteer().info.values():
        assert e["norm_names"] == [norm(n) for n in e.get("names", [])], e["id"]
        assert e["skel_names"] == [skel(norm(n)) for n in e.get("names", [])], e["id"]
        assert e["skel_nisba"] == [skel(norm(n)) for n in e.get("nisba", [])], e["id"]


def test_europe_office_holders_by_date():
    """Spot checks of role-by-date resolution in persons_europe.tsv / positions_europe.tsv."""

    assert "Støre" in name("head_of_government", "NOR", "2023-06-01")
    assert "Solberg" in name("head_of_government", "NOR", "2015-06-01")
    assert "Stoltenberg" in name("head_of_government", "NOR", "2012-06-01")
    assert "Kurz" in name("head_of_government", "AUT", "2018-06-01")
    assert "Van der Bellen" in name("head_of_state", "AUT", "2024-06-01")
    assert "De Wever" in name("head_of_government", "BEL", "2025-06-01")
    assert name("head_of_government", "BEL", "2016-06-01") == "Charles Michel"
    assert "Costa" in name("head_of_government", "PRT", "2020-06-01")
    assert "Cassis" in name("foreign_minister", "CHE", "2023-06-01")
    assert "Berset" in name("head_of_state", "CHE", "2023-06-01")
    assert "Francis" in name("head_of_state", "VAT", "2020-06-01")
    assert "Leo XIV" in name("head_of_state", "VAT", "2025-06-01")
    assert "Parolin" in name("head_of_government", "VAT", "2020-06-01")
    assert "Kallas" in name("head_of_government", "EST", "2022-06-01")
    assert "Kurti" in name("head_of_government", "XKX", "2023-06-01")
    assert "Sandu" in name("head_of_state", "MDA", "2023-06-01")
    assert "Frederiksen" in name("head_of_government", "DNK", "2022-06-01")
    # Bosnia's three Presidency members are not "the president"
    assert gazetteer().holder("head_of_state", "BIH", "2020-06-01") is None


def test_prebuilt_index_is_the_index_built_from_the_packaged_gazetteer():
    """The loader unpickles the index the build step made (gazetteer.index.zpickle) instead of
    parsing and indexing the JSON; it must be exactly what building gives, or the packaged files are
    stale (run `make resources`). A header naming another gazetteer.json.gz makes the loader build."""
    import gzip

    from marsad.resources import _data_bytes, _load_prebuilt, build_gazetteer

    gz = _data_bytes("gazetteer.json.gz")
    pre = _load_prebuilt(gz)
    assert pre is not None, "prebuilt index missing or not matching gazetteer.json.gz"
    raw = json.loads(gzip.decompress(gz))
    fresh = build_gazetteer(raw["entities"], raw["common_words"])
    for name in ("entities", "info", "index", "automaton_values", "positions", "holders", "person_tokens",
                 "country_by_name", "exact_short"):
        assert getattr(pre, name) == getattr(fresh, name), name
    assert list(pre.entities) == list(fresh.entities) and list(pre.index) == list(fresh.index)
    assert sorted(pre.automaton.items()) == sorted(fresh.automaton.items())
    assert _load_prebuilt(gz + b"\0") is None  # another gazetteer: not this index


def test_a_title_listed_twice_is_refused(tmp_path):
    """A second row of a title silently replaced the first in the matcher: "المستشار" (the German chancellor's title)
    had lost its office to a later "المستشار -" row, the ranks their name-introducing mark — the build now refuses."""
    import pytest

    from marsad.resources.build import build_lexicon

    lexdir = tmp_path / "lexicon"
    lexdir.mkdir()
    (lexdir / "titles.tsv").write_text("title\toffice\tsector\tnotes\nالمستشار\thead_of_government\tGOV\t\n"
                                       "المستشار\t-\tGOV\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="listed twice"):
        build_lexicon(tmp_path)


def test_no_person_is_two_entities():
    """One canonical entity per person: two persons files once each held the same man or woman under two keys (a UN
    post in one, a minister's in the other — "Sam Kutesa", "Nickolay Mladenov"), which split their mentions and terms."""
    from collections import Counter

    names = Counter((e.name_en, e.country) for e in gazetteer().entities.values() if e.type == "PER")
    assert [n for n, k in names.items() if k > 1] == []


def test_no_body_or_place_is_two_entities():
    """A generated institution and an orgs row of its own for the same body ("People's Liberation Army": China's
    template army and the PLA's row; "Bank of England") are one entity, so its mentions and events are not split;
    the city-states' city entities (Singapore, Monaco, Hong Kong) stay beside the states."""
    from collections import Counter

    keys = Counter((e.type, e.name_en, e.country, e.sector) for e in gazetteer().entities.values()
                   if e.type == "ORG" or e.type == "GPE" and e.kind != "country")
    assert [k for k, n in keys.items() if n > 1] == []
    pla = [e for e in gazetteer().entities.values() if e.name_en == "People's Liberation Army"]
    assert len(pla) == 1 and pla[0].id == "marsad:org:army:CHN"


def test_a_bodys_row_takes_its_templates_other_words():
    """A row for a state's body (the State Department, the Syrian Arab Army) that takes some of the words its
    generated institution would have takes the rest of them too: "وزارة خارجية الولايات المتحدة" and "القوات المسلحة
    السورية" were two more entities ("Ministry of Foreign Affairs of United States", "Syria Armed Forces") for the same
    bodies; a row of another sector keeps only its own words ("القوات اللبنانية", the party, is not the army)."""
    import marsad

    def linked(text: str) -> dict[str, str]:
        doc = marsad.extract(text, "2024-01-01", "t").to_dict()
        return {m["text"]: e["id"] for e in doc["entities"] for m in e["mentions"]}

    gaz = gazetteer()
    state_dept, saa = gaz.institutions["mfa:USA"], gaz.institutions["army:SYR"]
    assert gaz.entities[state_dept].name_en == "United States Department of State"
    assert gaz.entities[saa].name_en == "Syrian Arab Army"
    got = linked("قالت وزارة خارجية الولايات المتحدة إن القوات المسلحة السورية تقدمت.")
    assert got == {"وزارة خارجية الولايات المتحدة": state_dept, "القوات المسلحة السورية": saa}
    got = linked("وقال حزب القوات اللبنانية إن الجيش اللبناني انتشر.")
    assert got["الجيش اللبناني"] == gaz.institutions["army:LBN"] == "marsad:org:army:LBN"
    assert gaz.entities[got["حزب القوات اللبنانية"]].name_en == "Lebanese Forces"
