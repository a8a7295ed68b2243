"""Temporal tagging and publication dates: the case table plus rule-specific tests.

Each table row and each test says why the behaviour matters (see the ``notes`` column and the
docstrings). Texts are raw Arabic; they go through ``normalize()`` first, as in the pipeline.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
from marsad.normalize import normalize
from marsad.temporal import Timex, find_publication_date, tag_temporal

DATA = Path(__file__).parent / "data"
CASES = DATA / "temporal_cases.tsv"


def _load_cases() -> list[dict]:
    rows = []
    header = None
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        assert len(cells) == len(header), line
        rows.append(dict(zip(header, cells)))
    return rows


_CASES = _load_cases()


def _tag(text: str, anchor: dt.date | None) -> tuple[str, list[Timex]]:
    t = normalize(text).text
    return t, tag_temporal(t, anchor)


def test_case_table_size():
    """The table is the specification of the tagger: it must stay broad."""
    assert len(_CASES) >= 120


@pytest.mark.parametrize("case", _CASES, ids=[f"{i:03d}" for i in range(len(_CASES))])
def test_case(case):
    """One row of tests/data/temporal_cases.tsv (its notes column says why)."""
    anchor = dt.date.fromisoformat(case["anchor"]) if case["anchor"] else None
    t, txs = _tag(case["text"], anchor)
    got = [(x.text, x.value, x.precision, x.end_value) for x in txs]
    for x in txs:  # spans index the normalised text and agree with .text
        assert 0 <= x.start < x.end <= len(t) and t[x.start:x.end] == x.text
    if case["expected_text"] == "-":
        assert txs == [], got
        return
    exp = normalize(case["expected_text"]).text
    i = t.find(exp)
    assert i >= 0
    if case["value"] == "-":
        assert not [x for x in txs if x.start < i + len(exp) and i < x.end], got
        return
    hits = [x for x in txs if x.text == exp]
    assert hits, f"no Timex covering exactly {exp!r}; got {got}"
    x = hits[0]
    assert (x.value, x.precision, x.end_value) == (
        case["value"] or None, case["precision"], case["end_value"] or None), got


# --------------------------------------------------------------------------------------------
# rule-specific tests
# --------------------------------------------------------------------------------------------

THU = dt.date(2024, 5, 16)


def one(text: str, anchor: dt.date | None = THU) -> Timex:
    _, txs = _tag(text, anchor)
    assert len(txs) == 1, txs
    return txs[0]


def test_tense_of_relative_days():
    """Downstream event status (occurred / planned) reads the direction a phrase implies."""
    assert one("قال أمس").tense == "past"
    assert one("يصل غدا").tense == "future"
    assert one("قال اليوم").tense is None
    assert one("مارس الماضي").tense == "past"
    assert one("العام المقبل").tense == "future"


def test_weekday_tense_follows_clause():
    """A bare weekday points back in past prose and forward in a future-marked clause."""
    past = one("التقى الرئيس نظيره الأحد")
    fut = one("سيلتقي الرئيس نظيره الأحد")
    assert (past.value, past.tense) == ("2024-05-12", "past")
    assert (fut.value, fut.tense) == ("2024-05-19", "future")


def test_future_marker_does_not_leak_past_comma():
    """A future verb after the next comma belongs to another clause."""
    x = one("التقى الرئيس نظيره يوم الأحد، وسيزور القاهرة")
    assert x.value == "2024-05-12"


def test_relative_flag():
    """Only anchor-dependent expressions are flagged relative (they must be re-resolved if the
    anchor changes); absolute dates are not."""
    assert one("قال اليوم").relative
    assert one("في أكتوبر").relative
    assert not one("في 20 سبتمبر 2023").relative
    assert not one("عام 2017").relative


def test_part_attribute():
    """مطلع / منتصف / أواخر keep the container's value and say which part is meant."""
    assert one("مطلع الشهر الجاري").part == "start"
    assert one("منتصف مارس").part == "mid"
    assert one("أواخر العام الماضي").part == "late"
    assert one("عام 2017").part is None


def test_no_anchor_never_guesses():
    """Without an anchor every relative expression has value None, never a made-up date."""
    _, txs = _tag("قال اليوم إن الوفد وصل أمس وسيغادر غدا بعد لقاء الخميس في مارس الماضي", None)
    assert txs and all(x.value is None and x.relative for x in txs)


def test_absolute_dates_resolve_without_anchor():
    """Absolute dates do not need the publication date."""
    _, txs = _tag("وقع الاتفاق في 5 مارس 2024 و15 رمضان 1445 هـ و16/7/2021", None)
    assert [x.value for x in txs] == ["2024-03-05", "2024-03-25", "2021-07-16"]


def test_offsets_on_text_with_diacritics():
    """Spans index the normalised text; the caller maps them back with Normalized.to_original."""
    raw = "وَصَلَ الوَفْدُ غَدًا الجُمُعَةَ إلى القاهرة"
    norm = normalize(raw)
    (x,) = tag_temporal(norm.text, THU)
    s, e = norm.to_original(x.start, x.end)
    assert raw[s:e].startswith("غَدًا الجُمُعَ") and normalize(raw[s:e]).text == "غدا الجمعه"
    assert x.value == "2024-05-17"


def test_several_expressions_in_order():
    """All expressions of a sentence come back, in text order, without overlaps."""
    _, txs = _tag("وصل الوزير أمس إلى موسكو في زيارة تستمر حتى الخميس المقبل، بعد لقاء في 3 مايو 2024", THU)
    assert [x.value for x in txs] == ["2024-05-15", "2024-05-23", "2024-05-03"]
    assert all(a.end <= b.start for a, b in zip(txs, txs[1:]))


# --------------------------------------------------------------------------------------------
# publication date
# --------------------------------------------------------------------------------------------

def pub(text: str) -> tuple[str, str] | None:
    t = normalize(text).text
    r = find_publication_date(t)
    return None if r is None else (r[0].isoformat(), t[r[1]:r[2]])


def test_pub_stamp_beats_page_header():
    """A site's 'today' header (weekday + date above the title) is the crawl day, not the
    article's: the stamp next to the title wins (dev 004)."""
    text = ("الأربعاء 25 سبتمبر 2024\n\nوزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الثنائية\n\n"
            "عرب وعالم16-7-2021 | 22:03\n\nقال الوزير إن البلدين سيعملان معا.")
    assert pub(text) == ("2021-07-16", "16-7-2021")


def test_pub_agency_stamp_beats_dateline():
    """Xinhua prints '/مصدر: شينخوا/ 2023:09:21.08:46' (publication) above a dateline naming the
    event day (dev 000)."""
    text = ("/مصدر: شينخوا/   2023:09:21.08:46\nبوتين: روسيا تعمل مع الصين\n\n"
            "سان بطرسبرج 20 سبتمبر 2023 (شينخوا) قال الرئيس الروسي فلاديمير بوتين اليوم (الأربعاء) إن بلاده")
    assert pub(text) == ("2023-09-21", "2023:09:21")


def test_pub_first_publication_beats_update():
    """'نشر في' is the publication; 'آخر تحديث' is a later edit."""
    text = "عنوان الخبر\nآخر تحديث: 22 سبتمبر 2023 10:30\nنشر في: 20 سبتمبر 2023\nقال الوزير إن الزيارة ناجحة."
    assert pub(text) == ("2023-09-20", "20 سبتمبر 2023")


def test_pub_update_when_alone():
    """An update stamp is still the best the text offers when nothing else is there."""
    text = "عنوان\nآخر تحديث: 22 سبتمبر 2023\nقال الوزير إن الزيارة ناجحة وإن المباحثات ستستمر."
    assert pub(text) == ("2023-09-22", "22 سبتمبر 2023")


def test_pub_dateline():
    """Agency copy opens with 'CITY - DATE (AGENCY)': the dateline dates the story."""
    text = "القاهرة - 5 مارس 2024 (أ ش أ) - أعلنت وزارة الخارجية المصرية اليوم أن الوزير سيزور الرياض."
    assert pub(text) == ("2024-03-05", "5 مارس 2024")


def test_pub_dateline_beats_header():
    """A page header loses to a dateline."""
    text = "الأربعاء 25 سبتمبر 2024\nبكين 20 سبتمبر 2023 (شينخوا) قال المتحدث باسم الخارجية الصينية إن بلاده ترحب"
    assert pub(text) == ("2023-09-20", "20 سبتمبر 2023")


def test_pub_copyright_is_not_a_date():
    """'© 2009-2024' is the site's copyright, not the article's date."""
    assert pub("قال الوزير إن بلاده ترحب بالمبادرة.\nحقوق النشر © 2009-2024 لشركة نجوم مصرية.") is None
    assert pub("قال الوزير إن بلاده ترحب.\n© 5 مارس 2024 جميع الحقوق محفوظة") is None


def test_pub_header_alone_used_as_last_resort():
    """A weekday+date line at the top with no other date anywhere is the only evidence there is."""
    text = "الأربعاء 25 سبتمبر 2024\nعنوان الخبر عن زيارة الوزير إلى موسكو ومباحثاته هناك\nقال الوزير إن الزيارة ناجحة."
    assert pub(text) == ("2024-09-25", "الاربعاء 25 سبتمبر 2024")


def test_pub_header_with_other_dates_is_not_used():
    """When the body names other dates the header is ambiguous: return None, not a guess."""
    text = ("الأربعاء 25 سبتمبر 2024\nعنوان الخبر عن زيارة الوزير إلى موسكو ومباحثاته هناك\n"
            "قال الوزير إن الاتفاق وقع في 5 مارس 2024 في القاهرة.")
    assert pub(text) is None


def test_pub_prose_date_is_not_publication():
    """A date inside a sentence is an event date."""
    assert pub("قال الوزير إن الاتفاق وقع في 5 مارس 2024 في القاهرة بحضور عدد من المسؤولين.") is None
    assert pub("وفي 20 سبتمبر 2023 قال الوزير إن بلاده ترحب بالمبادرة الصينية الجديدة.") is None


def test_pub_hijri_header_loses_to_stamp():
    """Saudi/Gulf sites print the Hijri day on top; the labelled stamp is the publication."""
    text = ("الخميس 15 رمضان 1445 هـ\nعنوان الخبر عن زيارة الوزير إلى موسكو ومباحثاته هناك\n"
            "نشر بتاريخ 2024/03/25\nقال الوزير.")
    assert pub(text) == ("2024-03-25", "2024/03/25")


def test_pub_date_line_under_title():
    """A bare date on its own line below the title is the article's date."""
    text = "وزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات الثنائية\n16/07/2021\nقال الوزير إن البلدين سيعملان."
    assert pub(text) == ("2021-07-16", "16/07/2021")


def test_pub_header_with_clock_is_still_a_header():
    """Some sites print a clock in the 'today' header; a time does not make it the stamp."""
    text = ("الأربعاء 25 سبتمبر 2024 - 10:30\n\nوزير الخارجية الصيني يدعو إلى مواصلة الارتقاء بالعلاقات\n\n"
            "عرب وعالم 16-7-2021 | 22:03\n\nقال الوزير إن البلدين سيعملان معا.")
    assert pub(text) == ("2021-07-16", "16-7-2021")


def test_pub_related_articles_at_the_bottom_ignored():
    """Timestamps of a 'read also' list under a long article belong to other articles."""
    body = "قال الوزير إن البلدين سيعملان معا على تعزيز التعاون في مختلف المجالات. " * 40
    text = "عنوان الخبر عن زيارة الوزير إلى موسكو ومباحثاته هناك\n" + body + "\nاقرأ أيضا\nعنوان آخر\n15 مايو 2024 10:30"
    assert pub(text) is None


def test_pub_none():
    """No date: None."""
    assert pub("قال الوزير إن الزيارة ناجحة.") is None
    assert pub("") is None


@pytest.mark.parametrize("aid,expected", [("s000", "2023-09-21"), ("s004", "2021-07-16")])
def test_pub_devset(aid, expected):
    """Dev set: Xinhua stamp (000) and the stamp below a 2024 page header (004)."""
    path = DATA / "devset" / "articles.jsonl"
    if not path.exists():
        pytest.skip("dev set not present")
    arts = {a["id"]: a for a in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if a}
    r = find_publication_date(normalize(arts[aid]["text"]).text)
    assert r is not None and r[0].isoformat() == expected


# --------------------------------------------------------------------------------------------
# robustness
# --------------------------------------------------------------------------------------------

_FRAGMENTS = [
    "اليوم", "أمس", "غدًا", "الخميس", "الإثنين", "يوم", "مساء", "الماضي", "المقبل", "الجاري", "من", "إلى",
    "بين", "و", "عام", "عامي", "العام", "الشهر", "الأسبوع", "هذا", "مطلع", "نهاية", "في", "لمدة", "يومين",
    "ثلاثة أيام", "مارس", "شباط/ فبراير", "فبراير (شباط)", "كانون الثاني", "آب", "رمضان", "ذي الحجة",
    "جمادى الآخرة", "هـ", "م", "السابع من", "الحادي والعشرين", "الأول", "2023", "1445", "20", "31", "0",
    "16-7-2021", "2023:09:21.08:46", "2023/02/30", "99/99/9999", "-", "/", "(", ")", "،", ".", "\n", " ",
    "٢٠٢٤", "%", "رقم", "قرار", "بعد غد", "أول أمس", "الساعة 10:30",
]


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=6)), max_size=25),
    seps=st.lists(st.sampled_from([" ", "", "  ", "\n", "، "]), min_size=25, max_size=25),
    anchor=st.one_of(st.none(), st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2075, 12, 31))),
)
def test_never_raises_and_spans_in_range(parts, seps, anchor):
    """Whatever the input, the tagger returns well-formed Timexes and never raises."""
    raw = "".join(p + s for p, s in zip(parts, seps))
    t = normalize(raw).text
    txs = tag_temporal(t, anchor)
    prev_end = 0
    for x in txs:
        assert 0 <= x.start < x.end <= len(t)
        assert t[x.start:x.end] == x.text
        assert x.start >= prev_end
        prev_end = x.end
        assert x.precision in {"day", "month", "year", "week", "range"}
        assert x.tense in {None, "past", "future"}
        if x.value is not None:
            assert len(x.value) in (4, 7, 10)
    r = find_publication_date(t)
    if r is not None:
        assert 0 <= r[1] < r[2] <= len(t)


def test_dateline_closed_by_an_agency_code():
    """SPA/WAM style "الرياض 06 أبريل 2023 م واس": the Gregorian date of a line ending in the agency's
    code is the publication date (the Hijri one beside it is not preferred)."""
    from marsad.normalize import normalize
    from marsad.temporal import find_publication_date

    t = normalize("عنوان الخبر\n\nبكين 15 رمضان 1444 هـ الموافق 06 أبريل 2023 م واس\nالتقى الوزير نظيره اليوم.").text
    found = find_publication_date(t)
    assert found is not None and found[0].isoformat() == "2023-04-06"


def test_day_of_the_same_month():
    """"في الثاني عشر من نيسان، ثم ... في الثامن عشر من الشهر ذاته": the same month is the one last
    named, so the second visit is 18 April."""
    d = marsad.extract("زار دمشق في الثاني عشر من نيسان، ثم زار جدة في الثامن عشر من الشهر ذاته.", "2023-05-19", "x")
    assert [x.value for x in d.timexes] == ["2023-04-12", "2023-04-18"]


def test_next_and_last_season():
    """"في الخريف المقبل" (next autumn) in April is this year's autumn; "الصيف الماضي" in April is last
    year's summer: dated to the year, the most the text allows."""
    assert [x.value for x in marsad.extract("ويزور بيونغ يانغ في الخريف المقبل.", "2018-04-27", "x").timexes] == ["2018"]
    assert [x.value for x in marsad.extract("وكان قد زارها الصيف الماضي.", "2018-04-27", "x").timexes] == ["2017"]


@pytest.mark.parametrize("text,day", [
    ("بكين - (د ب أ) - الخميس 24 أكتوبر 2024 - أعلنت الصين عن خطة جديدة للتعاون", "2024-10-24"),
    ("مانيلا (أ ف ب) – 19 يونيو 2024 – طالب قائد الجيش الفلبيني الصين بإعادة الأسلحة", "2024-06-19"),
    ("كازان (روسيا)، 23 تشرين الأول/أكتوبر 2024 (رويترز) - عقد الرئيس الصيني لقاء مع مودي", "2024-10-23"),
    ("جدة 21 شوال 1444 هـ الموافق 11 مايو 2023 م واس - وقع ممثلو الطرفين إعلانا في جدة", "2023-05-11"),
    ("نيروبي / 25 يونيو 2024 / أقلعت طائرة تقل عناصر الشرطة الكينية", "2024-06-25"),
    ("كتب: محمد علي\nالقاهرة في 14 فبراير 2024\nاستقبل الرئيس المصري نظيره", "2024-02-14"),
])
def test_pub_dateline_with_agency_country_weekday_or_hijri(text, day):
    """Datelines as wires write them: a bracketed agency or country, a weekday, slashes, a Hijri date
    then الموافق, or "المدينة في DATE" alone on its line — all name the publication day."""
    import marsad

    assert str(marsad.extract(text, None, "x").published) == day


def test_pub_a_prose_date_after_في_is_not_a_dateline():
    """"وقال الوزير في 14 فبراير 2024 إن ..." is a date in prose, not a dateline."""
    import marsad

    assert marsad.extract("وقال الوزير في 14 فبراير 2024 إن العلاقات جيدة مع مصر والسودان", None, "x").published is None


@pytest.mark.parametrize("text,value", [
    ("وقال قبل يومين إن", "2025-05-08"),
    ("قبل ثلاثة أيام", "2025-05-07"),
    ("قبل أسبوع", "2025-05"),
])
def test_days_ago(text, value):
    """"قبل يومين" (two days ago) counts back from the article's day (to the day; a week back only to its
    month, being approximate)."""
    _, txs = _tag(text, dt.date(2025, 5, 10))
    assert [t.value for t in txs] == [value]


def test_days_before_an_event_are_not_before_the_article():
    """"قبل يومين من الزيارة" counts back from the visit, not from the article's day."""
    _, txs = _tag("وذلك قبل يومين من الزيارة", dt.date(2025, 5, 10))
    assert [t.value for t in txs] == []


def test_pub_section_line_then_stamp():
    """"المدن - عرب وعالم | الأربعاء 2023/05/10" under the title: the outlet's section line closed by the
    article's stamp is its publication date (a short line near the top, the date ending it after "|")."""
    import marsad

    text = ("اجتماع رباعي في موسكو: خريطة طريق للتطبيع بين أنقرة ودمشق\n\nالمدن - عرب وعالم | الأربعاء 2023/05/10\n\n"
            "اتفق وزراء خارجية روسيا وتركيا وسوريا وإيران، خلال اجتماع رباعي عقد في موسكو الأربعاء، على تكليف نوابهم.")
    assert str(marsad.extract(text, None, "x").published) == "2023-05-10"


def test_timex_pickles_with_every_field():
    """``Timex.__reduce__`` lists the fields by hand (see ``Normalized``): every field, in order."""
    import dataclasses
    import pickle

    t = Timex(1, 9, "منتصف 2020", "2020", "year", "2021", True, "past", "mid")
    assert t.__reduce__()[1] == tuple(getattr(t, f.name) for f in dataclasses.fields(t))
    assert pickle.loads(pickle.dumps(t)) == t


def test_pub_issue_line_of_a_newspaper():
    """A daily's issue line, "العدد ٢٧٤٥ الأربعاء ٢٥ تشرين الثاني ٢٠١٥" (Arabic-Indic digits), under the headline
    is the publication date: the issue number is part of the stamp, not prose."""
    text = ("أنقرة تسقط سوخوي روسية على الحدود السورية وبوتين يتحدث عن طعنة في الظهر\n\n"
            "العدد ٢٧٤٥ الأربعاء ٢٥ تشرين الثاني ٢٠١٥\n\nدخلت العلاقات الروسية التركية أمس مرحلة غير مسبوقة من التوتر.")
    assert pub(text) == ("2015-11-25", "الاربعاء 25 تشرين الثاني 2015")


def test_pub_iso_stamp_with_time():
    """A machine stamp under the headline, "2023-03-12T10:30:00+03:00", is the publication date."""
    text = ("وزير الخارجية يبحث مع نظيره الفرنسي تطورات الأوضاع في المنطقة والعلاقات\n\n2023-03-12T10:30:00+03:00\n\n"
            "وبحث الوزير مع نظيره الفرنسي أمس تطورات الأوضاع في المنطقة.")
    assert pub(text) == ("2023-03-12", "2023-03-12")


@pytest.mark.parametrize("stamp", ["11 آبان 1403 - 2024/11/01", "11 آبان 1403 هـ.ش - 2024/11/01"])
def test_pub_solar_date_beside_the_gregorian(stamp):
    """An Iranian outlet stamps "11 آبان 1403 - 2024/11/01" (or with the solar year's abbreviation, هـ.ش): the solar
    date beside the Gregorian one keeps the line a date-only stamp, so the Gregorian date is the publication date."""
    text = ("برلين تغلق القنصليات الإيرانية الثلاث بعد إعدام شارمهد\n\nوكالة الأنباء - القسم الدولي\n"
            f"{stamp}\n\nأعلنت وزيرة الخارجية الألمانية أمس الخميس إغلاق القنصليات الإيرانية الثلاث.")
    assert pub(text) == ("2024-11-01", "2024/11/01")


def test_publication_stamp_under_a_byline_and_after_an_outlet_and_a_dash():
    """"المشهد العربي - وكالات" then "الثلاثاء 24 ديسمبر 2024م" under the headline: a weekday and date below the
    headline (past a byline) are the article's own stamp, not a page's "today" header; "المحور اليومي - الأربعاء
    12 جانفي 2022": an outlet's name, a dash, then its stamp, alone on the line."""
    import marsad
    d = marsad.extract("عنوان الخبر الطويل عن بنغلاديش والهند وحسينة\n\nالمشهد العربي - وكالات\nالثلاثاء 24 ديسمبر 2024م\n\n"
                       "طالبت الحكومة المؤقتة في بنغلاديش الهند رسميا بتسليم حسينة.", None, "x")
    assert str(d.published) == "2024-12-24"
    d = marsad.extract("عنوان الخبر\n\nالمحور اليومي - الأربعاء 12 جانفي 2022\nأمينة. ب\n\nأبدت الجزائر استعدادها.", None, "x")
    assert str(d.published) == "2022-01-12"


def test_an_iso_date_after_in_is_a_day_not_a_year():
    """"نشر في 2024-05-13": "في 2024" must not take the year alone and leave the rest of the stamp unread."""
    from marsad.temporal import find_publication_date

    found = find_publication_date(normalize("مدار الساعة - نشر في 2024-05-13 الساعة 19:20\nقال الرئيس").text)
    assert found is not None and found[0] == dt.date(2024, 5, 13)


def test_dashes_between_day_month_and_year_in_a_stamp():
    """"24-يناير-2023" and "07 – أغسطس 2024م": sites join a stamp's parts with dashes; the date is one day."""
    from marsad.temporal import find_publication_date

    found = find_publication_date(normalize("عنوان الخبر هنا\n\nالثلاثاء, 24-يناير-2023 الساعة: 09:12 ص\n\nنص").text)
    assert found is not None and found[0] == dt.date(2023, 1, 24)
    found = find_publication_date(normalize("جدة: 07 – أغسطس 2024م (وكالة الأنباء) - أدانت المنظمة الهجوم.").text)
    assert found is not None and found[0] == dt.date(2024, 8, 7)
    found = find_publication_date(normalize("عنوان الخبر هنا\n\nالثلاثاء 02/يناير/2024\n\nنص").text)
    assert found is not None and found[0] == dt.date(2024, 1, 2)


def test_a_stamp_with_its_time_zone_is_the_publication_date():
    """"الاثنين 2023/8/28 توقيت بغداد": a date with the zone of its (omitted) hour is the article's stamp."""
    from marsad.temporal import find_publication_date

    found = find_publication_date(normalize("عنوان الخبر\n\nالاثنين 2023/8/28 توقيت بغداد\n\nالبينة الجديدة / وكالات").text)
    assert found is not None and found[0] == dt.date(2023, 8, 28)


def test_a_range_of_years_with_a_dash_stays_a_range():
    """"2017-2019" is two years, not a numeric date: the new guard on numeric dates leaves it alone."""
    got = [(t.text, t.precision) for t in tag_temporal(normalize("بين 2017-2019 تضاعفت التجارة").text, dt.date(2024, 1, 1))]
    assert got and got[0][1] == "range"


def test_a_dateline_alone_on_its_line_near_the_top():
    """"بغداد/ الخميس 16 مايو 2024" or "بغداد - 16 مايو 2024" alone on a line under the title is the story's
    dateline, with a slash or a dash, with or without the weekday; "وفي 16 مايو 2024" (and in ...) is not one."""
    from marsad.temporal import find_publication_date

    for line in ("بغداد/ الخميس 16 مايو 2024", "بغداد - 16 مايو 2024"):
        text = normalize("عنوان الخبر عن القمة\n\n" + line + "\n\nقال الرئيس إن المحادثات كانت مثمرة وبناءة جدا.").text
        found = find_publication_date(text)
        assert found is not None and found[0] == dt.date(2024, 5, 16)
    text = normalize("عنوان الخبر عن القمة\n\nوفي 16 مايو 2024\n\nقال الرئيس إن المحادثات كانت مثمرة وبناءة جدا.").text
    assert find_publication_date(text) is None


@pytest.mark.parametrize("stamp,day", [("مايو 15, 2024", dt.date(2024, 5, 15)),
                                       ("الأربعاء، ديسمبر 3، 2023 - 10:30 ص", dt.date(2023, 12, 3))])
def test_a_stamp_in_the_american_order_is_the_publication_date(stamp, day):
    """"مايو 15, 2024" (month, day, comma, year — WordPress sites' stamps) was read as May of no year and 2024 apart:
    it is read as "15 مايو 2024", the same length, so the offsets stay; a month and day without a year are left."""
    from marsad.temporal import find_publication_date

    found = find_publication_date(normalize(f"عنوان الخبر\n\n{stamp}\n\nقال الرئيس إن المحادثات كانت مثمرة.").text)
    assert found is not None and found[0] == day
    got = [t.text for t in tag_temporal(normalize("وفي مايو 15 التقى الرئيسان").text, dt.date(2024, 6, 1))]
    assert got == ["مايو"] or not any("15" in g for g in got)


def test_a_day_of_it_is_a_day_of_the_month_last_named():
    """"في فبراير الماضي، حين قُتل ... في الثالث عشر منه": "the thirteenth of it" is a day of the month just named —
    only after "في" or "يوم" ("النصف الأول منه", the first half of it, is no day)."""
    from marsad.normalize import normalize
    from marsad.temporal import tag_temporal

    got = [(x.text, x.value) for x in tag_temporal(normalize("قتل أربعة جنود في فبراير الماضي، في الثالث عشر منه.").text,
                                                   dt.date(2024, 4, 20))]
    assert ("الثالث عشر منه", "2024-02-13") in got
    assert all(not x.text.endswith("منه") for x in tag_temporal(
        normalize("وصدر في مارس الماضي، وفي النصف الأول منه.").text, dt.date(2024, 4, 20)))


@pytest.mark.parametrize("stamp", ["7:15 مساءً / 25 فبراير، 2022", "10:30 صباحاً - 25 فبراير 2022"])
def test_pub_stamp_with_the_hour_in_words_before_it(stamp):
    """"7:15 مساءً / 25 فبراير، 2022": the hour with its part of the day in words, then a slash, makes the line a
    time stamp — the publication date, though the body says "أمس الخميس" of the day before."""
    text = (f"عمران خان يلتقي بوتين في الكرملين يوم بدء العملية العسكرية\n\n{stamp}\n\n"
            "أجرى رئيس الوزراء الباكستاني عمران خان، أمس الخميس، محادثات مع الرئيس الروسي في الكرملين.")
    assert pub(text)[0] == "2022-02-25"


def test_moroccan_august_spelt_with_alef():
    """Moroccan outlets write August "غشت" and also "أغشت" ("الأربعاء, 06 أغشت 2025"): without
    the alef form an article stamped so has no day at all, and every event in it goes undated."""
    text = "عنوان الخبر\n\nالأربعاء, 06 أغشت 2025 - 10:21\n\nأعلنت الهند والفلبين، أمس الثلاثاء، رفع علاقاتهما."
    assert pub(text) == ("2025-08-06", "الاربعاء, 06 اغشت 2025")
    assert one("وصل الوفد في 3 أغشت 2025").value == "2025-08-03"
