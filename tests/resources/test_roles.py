"""Spokespersons, chiefs of staff, parliament speakers, envoys (persons_roles.tsv) and places_more.tsv."""

from marsad.resources import gazetteer, manifest

from .test_gazetteer import name


def test_spokespersons_by_date():
    assert name("foreign_ministry_spokesperson", "CHN", "2024-06") == "Lin Jian"
    assert name("foreign_ministry_spokesperson", "PAK", "2024-01") == "Mumtaz Zahra Baloch"
    assert name("foreign_ministry_spokesperson", "IND", "2023-06") == "Arindam Bagchi"
    assert name("foreign_ministry_spokesperson", "IND", "2025-05") == "Randhir Jaiswal"
    assert name("foreign_ministry_spokesperson", "IRN", "2021-06") == "Saeed Khatibzadeh"
    assert name("head_of_state_spokesperson", "RUS", "2024-06") == "Dmitry Peskov"


def test_army_chiefs_by_date():
    assert name("army_chief", "USA", "2022") == "Mark Milley"
    assert name("army_chief", "USA", "2024-03") == "Charles Q. Brown Jr."
    assert name("army_chief", "RUS", "2023-01") == "Valery Gerasimov"
    assert name("army_chief", "ISR", "2024-05") == "Herzi Halevi"
    assert name("army_chief", "PAK", "2024-05") == "Asim Munir"
    assert name("army_chief", "TUR", "2020") == "Yaşar Güler"
    assert name("army_chief", "EGY", "2023") == "Osama Askar"


def test_parliament_speakers_by_date():
    assert name("parliament_speaker", "USA", "2022-08") == "Nancy Pelosi"
    assert name("parliament_speaker", "USA", "2024-06") == "Mike Johnson"
    assert name("parliament_speaker", "RUS", "2020") == "Vyacheslav Volodin"
    assert name("parliament_speaker", "TUR", "2024") == "Numan Kurtulmuş"
    assert name("parliament_speaker", "LBN", "2024") == "Nabih Berri"
    assert name("parliament_speaker", "IRN", "2024") == "Mohammad Bagher Ghalibaf"
    assert name("parliament_speaker", "ISR", "2020-04") == "Benny Gantz"


def test_new_titles_map_to_offices():
    import json
    from importlib import resources as ilr

    from marsad.normalize import norm

    lex = json.loads((ilr.files("marsad.resources") / "data" / "lexicon.json").read_text(encoding="utf-8"))
    office = {t["title"]: t["office"] for t in lex["titles"]}
    assert office[norm("رئيس هيئة الأركان المشتركة")] == "army_chief"
    assert office[norm("رئيس الأركان")] == "army_chief"
    assert office[norm("رئيس الكنيست")] == "parliament_speaker"
    assert office[norm("رئيس مجلس النواب")] == "parliament_speaker"
    assert office[norm("قائد الجيش")] is None  # army commander and chief of staff differ in Iran, Sudan, Lebanon
    assert office[norm("رئيس مجلس الشيوخ")] is None


def test_role_titles_resolve_in_text():
    import marsad

    d = marsad.extract("وقال رئيس الأركان الإسرائيلي إن الجيش مستعد", "2024-05-01")
    assert "Herzi Halevi" in {m.entity.name_en for m in d.mentions if m.entity}
    d = marsad.extract("وقالت رئيسة مجلس النواب الأمريكي إن الكونغرس سيصوت", "2021-06-01")
    assert "Nancy Pelosi" in {m.entity.name_en for m in d.mentions if m.entity}


def test_new_names_link():
    import marsad

    for text, date, who in [
        ("وقالت المتحدثة باسم الخارجية الباكستانية ممتاز زهرة بلوش إن بلادها ترفض ذلك", "2024-01-18",
         "Mumtaz Zahra Baloch"),
        ("وصل المبعوث الأمريكي ستيف ويتكوف إلى موسكو", "2025-04-11", "Steve Witkoff"),
        ("واصطدمت سفينة صينية بقارب فلبيني قرب ضحلة توماس الثانية", "2024-06-17", "Second Thomas Shoal"),
        ("زار بوتين قاعدة فوستوشني الفضائية", "2023-09-13", "Vostochny Cosmodrome"),
    ]:
        d = marsad.extract(text, date)
        assert who in {m.entity.name_en for m in d.mentions if m.entity}, (text, d.mentions)


def test_word_like_place_names_need_their_compound():
    """أدري ('I know'), البندقية ('the rifle'), المطلة ('overlooking') are not places on their own."""
    import marsad

    d = marsad.extract("وقال إنه لا أدري ماذا يحدث، وحمل البندقية في الحي المطلة على البحر", "2024-05-01")
    assert not [m for m in d.mentions if m.entity and m.entity.type in ("GPE", "LOC") and m.entity.kind != "country"]


def test_places_more_counts():
    c = manifest()["counts"]
    assert c["places"] >= 1750
    gaz = gazetteer()
    kinds = {e.kind for e in gaz.entities.values() if e.id == "marsad:place:second_thomas_shoal"}
    assert kinds == {"territory"}


def test_a_post_of_its_own_title_has_no_holder_by_office():
    """Office "other" is a post known by its own title (a party's acting chairman, a foreign secretary): no one else
    holds it, so it answers no role lookup — "نظيره البنغلاديشي" of India's foreign secretary had resolved to the
    opposition party's chairman, the latest "other" post in Bangladesh."""
    assert gazetteer().holder("other", "BGD", "2024-12-09") is None
    assert gazetteer().holder("other", "USA", "2024-12-09") is None
