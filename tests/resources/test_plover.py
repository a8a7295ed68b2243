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
