"""The learned transliteration of discovered names (marsad.resources.translit_model, packaged as
translit.json by the build) and how the stage uses it."""

from __future__ import annotations

import json

import pytest

from marsad.evaluation import same_name
from marsad.resources import _data_bytes, manifest
from marsad.resources.translit_model import _align, arabic_words, decode, latin_words, pairs_of_persons, train
from marsad.stages.translit import _letters, transliterate


def test_latin_words_fold_letters_nfkd_keeps_whole():
    """"Trần Đại Quang": NFKD strips the marks of ầ and ạ but leaves Đ whole; read as nothing, the Arabic
    "داي" would be learned as "ai"."""
    assert latin_words("Trần Đại Quang") == ["tran", "dai", "quang"]
    assert latin_words("Agnès Pannier-Runacher") == ["agnes", "pannier", "runacher"]
    assert arabic_words("بانييه-روناشيه") == ["بانييه", "روناشيه"]


def test_alignment_gives_each_letter_its_group_and_the_vowels_after_it():
    """Arabic leaves short vowels unwritten: in "Obasanjo" the ب writes "ba" and the س "sa"; a letter
    never writes a group it cannot stand for (د is never "a")."""
    logp = {ch: dict.fromkeys(m_groups, 0.0) for ch, m_groups in _groups().items()}
    groups = _align("أوباسانجو", "obasanjo", logp)
    assert groups is not None and len(groups) == len("أوباسانجو") and "".join(groups) == "obasanjo"
    assert _align("داي", "ai", logp) is None


def _groups() -> dict[str, list[str]]:
    from marsad.resources.translit_model import _TAILS, ALLOWED

    return {ch: sorted({g + t for g in gs for t in _TAILS}) for ch, gs in ALLOWED.items()}


def test_a_letter_writes_what_it_wrote_in_the_same_context():
    """The model counts what each letter wrote between the same neighbours: trained on names where و
    after a consonant is "o", it writes "o" there in a new word too."""
    m = train([("كولو", "kolo"), ("مونو", "mono"), ("بورو", "boro"), ("توكو", "toko")])
    assert decode("لوكو", m) == "loko"


def test_the_lexicon_keeps_only_spellings_the_letters_can_write():
    """A word paired with the wrong English word (a title beside a long name: "الجنرال" / "waker") is no
    spelling of it; the lexicon takes a word's English only when the letters can write it."""
    m = train([("الجنرال", "waker"), ("باسم", "basem")])
    assert "الجنرال" not in m["lexicon"] and m["lexicon"]["باسم"] == "basem"


def test_lexicon_is_built_from_names_as_written():
    """The gazetteer's variants are normalised ("موسى" stored as "موسي"), and "موسي" in text is another
    name (Moussi); the lexicon learns from each person's name as written."""
    p = {"name_en": "Musa Faki", "name_ar": "موسى فكي", "names": ["موسي فكي"]}
    assert ("موسى", "musa") in pairs_of_persons([p], spelled_only=True)
    assert ("موسي", "musa") not in pairs_of_persons([p], spelled_only=True)
    assert ("موسي", "musa") in pairs_of_persons([p])


def test_packaged_model_is_in_the_manifest():
    """translit.json is built with the rest of the resources and checked by the manifest like them."""
    assert "translit.json" in manifest()["files"]
    m = json.loads(_data_bytes("translit.json"))
    assert len(m["lexicon"]) > 1000 and len(m["context"]) > 1000


@pytest.mark.parametrize("arabic,english", [
    ("روبرتو أزيفيدو", "Roberto Azevedo"),
    ("دومينيك لوبلان", "Dominic LeBlanc"),
    ("ماريوش كامينسكي", "Mariusz Kamiński"),
    ("مارتن نيتيريتسي", "Martin Niteretse"),
    ("بوب ميننديز", "Bob Menendez"),
])
def test_discovered_names_come_out_as_english_news_writes_them(arabic, english):
    """Names not in the gazetteer, as the evaluation scorer compares them: letter by letter they come out
    "Rubrtu Azifidu", "Duminik Lublan", "Maryush Kaminsky" — no match; the learned model's vowels
    and letters match."""
    assert not same_name(" ".join(_letters(w) for w in arabic.split()), english, persons=True)
    assert same_name(transliterate(arabic), english, persons=True)


def test_arab_names_are_read_by_the_contexts_of_arab_names():
    """An Arab name ("بن", "عبد", an ال-word) takes its unwritten vowels from the gazetteer's Arab persons alone
    (the build's ``group_context``): the foreign names outnumbering them wrote "الصحاف" al-Shav, not al-Sahaf.
    A common given name alone does not make a name Arab ("عمر بولات" is the Turkish Ömer Bolat)."""
    from marsad.stages.translit import _arab

    m = json.loads(_data_bytes("translit.json"))
    assert len(m["group_context"]["arab"]) > 300
    assert _arab(["أحمد", "الصحاف"]) and _arab(["سعود", "بن", "مشعل"]) and not _arab(["عمر", "بولات"])
    assert same_name(transliterate("أحمد الصحاف"), "Ahmed al-Sahaf", persons=True)


def test_son_of_and_servant_of_as_english_news_writes_them():
    """"بن" is "bin" (it came out "Bn"), and "عبد" before any ال-word joins it as "Abdul..." as the table's
    عبد الله / عبد العزيز do ("عبد القادر" came out "Abdel al-Qadr")."""
    assert transliterate("بدر بن سلطان") == "Badr bin Sultan"
    assert transliterate("عبد القادر").startswith("Abdul") and " " not in transliterate("عبد القادر")


def test_a_known_country_picks_its_language_groups_spelling():
    """A discovered person's country (from the title before the name) picks the contexts of its language group's
    names: the same letters are read as Spanish after "السفيرة المكسيكية" and by all names' contexts without a
    country; a country of no group (Japan) reads as without one."""
    m = json.loads(_data_bytes("translit.json"))
    assert {"iberian", "french", "persian", "arab"} <= set(m["group_context"])
    assert transliterate("راكيل سيرور", "JPN") == transliterate("راكيل سيرور")
    assert same_name(transliterate("خورخي غلاس", "ECU"), "Jorge Glas", persons=True)


def test_drafted_spellings_do_not_teach_the_model(tmp_path):
    """A persons file marked "# translit: not taught" holds Arabic spellings a helper drafted by transliterating, not
    spellings read in the press: the model would learn its own guesses back. Its persons stay in the gazetteer but
    are left out of the pairs the transliteration model learns from."""
    from marsad.resources.build import _untaught_ids

    head = "key\tname_en\tname_ar\tvariants\tcountry\tgender\twikidata\n"
    (tmp_path / "persons_read.tsv").write_text(head + "r_a\tAnn Lee\tآن لي\t\tUSA\tf\t\n", encoding="utf-8")
    (tmp_path / "persons_drafted.tsv").write_text(
        "# translit: not taught\n" + head + "d_b\tBo Li\tبو لي\t\tCHN\tm\tQ42\n", encoding="utf-8")
    assert _untaught_ids(tmp_path) == {"Q42"}
