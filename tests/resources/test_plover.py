"""The packaged PLOVER ontology."""

from marsad.resources import lexicon, plover

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_sixteen_types_and_contexts():
    o = plover()
    assert set(o["types"]) == TYPES
    assert len(o["contexts"]) == 37
    assert set(o["types"]["CONSULT"]["modes"]) == {"visit", "third-party", "multilateral", "phone"}
    assert o["types"]["ASSAULT"]["quad"] == "material conflict"


def test_lexicon_uses_only_ontology_values():
    """Every trigger's type, mode and context exist in the ontology."""
    o = plover()
    for t in lexicon()["triggers"]:
        assert t["type"] in o["types"], t["key"]
        if t["mode"]:
            assert t["mode"] in o["types"][t["type"]]["modes"], (t["key"], t["mode"])
        for c in t["context"]:
            assert c in o["contexts"], (t["key"], c)


def test_events_carry_intensity():
    import marsad

    d = marsad.extract("التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في بكين.", "2024-05-16")
    assert d.events and d.events[0].intensity is not None


def test_intensities_are_the_manuals_scores():
    """Scores come from the PLOVER manual's conflict–cooperation table (Draft 2.0), spot-checked here."""
    t = plover()["types"]
    assert t["CONSULT"]["intensity"] == 2.5 and t["CONSULT"]["modes"]["visit"]["intensity"] == 4.0
    assert t["ASSAULT"]["intensity"] == -9.0 and t["AID"]["intensity"] == 10.0
    assert t["REQUEST"]["quad"] == "verbal conflict"
    assert t["CONSULT"]["intensity_source"] == "plover_manual"


def test_cameo_to_plover_uses_the_most_specific_code():
    """CAMEO 0871 (truce) is RETREAT ceasefire; an unknown 4-digit code falls back to its 3-digit row,
    then its root; APPEAL (02) has no PLOVER equivalent."""
    from marsad.resources import cameo_to_plover

    assert cameo_to_plover("0871") == ("RETREAT", "ceasefire")
    assert cameo_to_plover("1129") == cameo_to_plover("112")
    assert cameo_to_plover("042")[0] == "CONSULT"
    assert cameo_to_plover("020") == (None, None)
    assert cameo_to_plover("99") == (None, None)
    roots = {f"{i:02d}" for i in range(1, 21)}
    assert roots <= set(plover()["cameo2plover"])


def test_trigger_cameo_codes_are_cameo_codes():
    """A trigger's CAMEO code must at least have a root in the CAMEO table (01–20)."""
    table = plover()["cameo2plover"]
    for t in lexicon()["triggers"]:
        if t.get("cameo"):
            assert t["cameo"][:2] in table, (t["key"], t["cameo"])


def test_a_zero_score_is_kept():
    """REQUEST scores 0 in the manual: 0 is a score, not a missing value."""
    import marsad

    d = marsad.extract("دعا الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين إلى زيارة بكين.", "2024-05-16")
    req = [e for e in d.events if e.type == "REQUEST"]
    assert req and req[0].intensity == 0.0
