"""The pipeline frame: registered stages, Doc -> Doc, offsets into the original text."""

from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
from marsad.model import Doc
from marsad.pipeline import Pipeline, stage_names

WORDS = ["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "إن", "بلاده", "تتعاون", "مع", "الصين", "شي", "جين",
         "بينغ", "التقى", "نظيره", "في", "بكين", "يوم", "الخميس", "وزير", "الخارجية", "لافروف", "."]
MARKS = ["\u064e", "\u064b", "\u0651", "\u0640", "\u200f", "\u200e", "\u202b", "\u202c", "\u200c", ""]


@st.composite
def noisy_arabic(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40))
    out = []
    for w in words:
        chars = []
        for c in w:
            chars.append(c + draw(st.sampled_from(MARKS)))
        out.append("".join(chars))
    return draw(st.sampled_from([" ", "  ", "\n"])).join(out)


@settings(max_examples=60, deadline=None)
@given(noisy_arabic())
def test_every_span_indexes_the_original_text(text):
    """Diacritics, tatweel and bidi marks never shift a reported offset."""
    d = marsad.extract(text, "2024-05-16", "h").to_dict()
    for e in d["entities"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for ev in d["events"]:
        for sp in ev["evidence"]:
            assert text[sp["start"]:sp["end"]] == sp["text"]


def test_stages_registered_by_name():
    assert {"clean", "normalize", "sentences", "dates", "entities", "events"} <= set(stage_names())


def test_custom_pipeline_and_registration():
    """A stage is a Doc -> Doc function registered by name; pipelines are lists of names."""

    @marsad.register("shout")
    def shout(doc: Doc) -> Doc:
        return doc.evolve(title="!")

    doc = Pipeline(["clean", "shout"])(Doc(text="نص"))
    assert doc.title == "!"


def test_extract_is_pure():
    """The same article gives the same result, whatever ran before (no global mutable state)."""
    a = marsad.extract("التقى بوتين نظيره الصيني شي جين بينغ في بكين.", "2024-05-16", "x").to_dict()
    marsad.extract("زار الرئيس التركي السعودية.", "2023-07-18", "y")
    b = marsad.extract("التقى بوتين نظيره الصيني شي جين بينغ في بكين.", "2024-05-16", "x").to_dict()
    assert a == b


def test_page_header_date_agreeing_with_the_lead():
    """"الخميس 15 أيلول 2022" above the title is blanked as a page's "today" header, but when the lead's
    "أمس الأربعاء" agrees with it (the day before was a Wednesday) it is the article's own date; a header the
    lead contradicts (a crawl's "today") still is not."""
    body = ("\n\nشي يؤكد من نور سلطان دعم بكين لسيادة كازاخستان\n\nنور سلطان - وكالات: أكد الرئيس الصيني شي جين "
            "بينغ، أمس الأربعاء، أن بلاده ستواصل دعم كازاخستان. وكان زار البلاد في 7 سبتمبر 2013.")
    assert str(marsad.extract("الخميس 15 أيلول 2022" + body).published) == "2022-09-15"
    assert marsad.extract("الأحد 29 نوفمبر 2026" + body).published is None


def test_news_day_from_the_lead_past_header_lines():
    """The lead's "أمس" sets the news day even below a title, a byline, a stamp and a dateline on lines of their own;
    the stamp's own weekday ("السبت 11-12-2021") is no event's day."""
    text = ("نيكاراغوا تستأنف علاقاتها مع الصين وتقطعها مع تايوان.. وبكين: انتصار لمبدأ الصين الواحدة\n\nالثورة - وكالات\n\n"
            "السبت 11-12-2021\n\nوقعت الصين ونيكاراغوا أمس في مدينة تيانجين الصينية بيانا مشتركا أعلنتا فيه استئناف "
            "العلاقات الدبلوماسية بينهما على مستوى السفراء.")
    d = marsad.extract(text)
    assert str(d.published) == "2021-12-11" and str(d.extra["news_day"]) == "2021-12-10"


def test_a_titles_today_does_not_set_the_news_day():
    """"وقمة الأمن الجماعي تنطلق اليوم" in the title is the summit's day; the lead's "أمس الأربعاء" is the news day
    (the day the reported visit and talks took place)."""
    text = ("بوتين وتوكاييف يوقعان في أستانا حزمة وثائق تعاون.. وقمة الأمن الجماعي تنطلق اليوم بغياب أرمينيا\n\n"
            "الخميس، 28 نوفمبر 2024 - 08:30 ص\n\nبدأ الرئيس الروسي فلاديمير بوتين، أمس الأربعاء، زيارة دولة إلى "
            "كازاخستان تستمر يومين، أجرى خلالها محادثات موسعة مع نظيره الكازاخستاني قاسم جومارت توكاييف.")
    d = marsad.extract(text)
    assert str(d.published) == "2024-11-28" and str(d.extra["news_day"]) == "2024-11-27"
