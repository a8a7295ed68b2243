"""Arabic temporal expressions: tagging, resolution against an anchor date, publication dates.

Both public functions take the *normalised* matching view of a text (``normalize(raw).text``,
see :mod:`marsad.normalize`): diacritics and tatweel gone, أإآ→ا, ى→ي, ة→ه, ئ→ي, Eastern
digits → ASCII. Every pattern below is therefore written in normalised spelling ("اذار",
"الاثنين", "الجمعه", "غدا"). Offsets returned index the string passed in.

``tag_temporal(text, anchor)`` finds dates and resolves them:

* absolute dates: "20 سبتمبر 2023", "20 شباط/ فبراير 2022", "الاربعاء 25 سبتمبر 2024",
  "السابع من اكتوبر 2023", numeric 16-7-2021, 16/7/2021 (day-month-year, the Arab order),
  2023/09/20, 2023-09-20, 2023:09:21 (a time glued after it is ignored), Hijri
  "15 رمضان 1445 هـ" (via ``hijridate``), month + year "مارس 2023", years "عام 2017";
* anchored dates (``relative=True``): اليوم، امس، غدا، weekdays, "مارس الماضي",
  "في مارس من هذا العام", "20 فبراير الجاري", "الاسبوع الماضي" ...;
* ranges (precision "range", ``end_value`` set): "من 20 الي 22 فبراير", "بين 20 و22 فبراير",
  "20-22 فبراير 2024", "من يناير الي مارس 2024", "بين عامي 2017 و2019", and durations
  "لمده يومين" attached to a day named in the same sentence (the nearest one before it, else
  after it; without one the duration is dropped: "4 ايام" alone is not a date);
* lists give one Timex per member: "عامي 2017 و2019", "في 2019 و2020", "في 2 و3 يونيو".

Not dates: ordinals and counts ("مجموعه العشرين", "الجوله ال18", "5 نواب"), numbers after
قرار/رقم, a 4-digit number unless it follows عام/سنه/في/منذ/حتي/خلال/مطلع... or sits in a full
date, a year-like number followed by a unit ("في 2000 حاله"), a month name with no day, year,
modifier or preposition ("حرب اكتوبر", the verb "مارس"), "العام" as the adjective "general"
("الامين العام الحالي"), "اليوم" in "اليوم الاول/الوطني/التالي", "صحيفه اليوم السابع".

Resolution conventions (documented here because callers depend on them):

* week precision: ``value`` is the ISO week's Monday, ``end_value`` its Sunday;
* "X الماضي" is the latest X strictly before the anchor (the anchor's own month/day excluded),
  "X المقبل" the earliest X strictly after it; "X الجاري/الحالي" is in the anchor's month/year;
* a month (or day + month) without a year takes the anchor's year, except that a month nine or
  more months *after* the anchor month is read as last year's ("في اكتوبر" in a January
  article), and one nine or more months *before* it as next year's when the clause is
  future-marked;
* "الاسبوع/العام قبل الماضي" is two weeks/years back;
* a bare weekday is the nearest such day on or before the anchor (news prose is past tense),
  or on or after it when the clause is future-marked (سـ verbs, "من المقرر", "غدا", "المقبل");
  "اليوم الاثنين" / "امس الاحد" / "غدا الجمعه" take the nearest such weekday to the anchor /
  the day before / the day after, which is that day itself when the weekday agrees;
* Hijri month without a day ("رمضان 1445 هـ") is a range from its first to its last day.

With ``anchor=None`` every anchored expression keeps ``value=None``; absolute dates still
resolve. ``Timex.part`` adds "start"/"early"/"mid"/"late"/"end" or a season for مطلع/اوايل/
منتصف/اواخر/نهايه/صيف..., the value staying the container's.

Speed (≈9 MB/s of normalised news text on one core): two compiled regexes, one for
expressions led by a word (tried only after a non-word character, gated by a trie of possible
first words) and one for expressions led by a number (tried at the start of each digit run);
Python code runs only per match, never per word.

``find_publication_date(text)`` reads the article's own date: a labelled stamp ("نشر في"),
a date followed by a time ("16-7-2021 | 22:03", "2023:09:21.08:46"), a dateline
("سان بطرسبرج 20 سبتمبر 2023 (شينخوا)"), a date alone on its line, an update stamp, and only
as a last resort a page's "today" header (weekday + date alone above the title). Unlabelled
candidates must lie in the top of the page (first 1500 characters or 40%), so a "read also"
list at the bottom is not taken; dates inside prose never count; copyright lines are never
used. Returns ``None`` rather than guess.
"""

from __future__ import annotations

import datetime as dt
import re
import re._parser as _re_parser
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as _rc  # type: ignore[attr-defined]
from typing import Any

from hijridate import Gregorian, Hijri

__all__ = ["Timex", "tag_temporal", "find_publication_date"]


@dataclass(frozen=True, slots=True)
class Timex:
    start: int  # offsets into the string given to tag_temporal
    end: int
    text: str
    value: str | None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"; None when it cannot be resolved
    precision: str  # "day" | "month" | "year" | "week" | "range"
    end_value: str | None = None  # ranges (and weeks): last day/month/year
    relative: bool = False  # resolved against the anchor date
    tense: str | None = None  # "past" | "future" | None: the direction the phrase implies
    part: str | None = None  # "start" | "early" | "mid" | "late" | "end" | season, for مطلع/منتصف...

    def __reduce__(self) -> tuple[type[Timex], tuple[Any, ...]]:
        # pickle as (class, field values), as ``Normalized`` does (mypyc-compiled frozen dataclasses)
        return Timex, (self.start, self.end, self.text, self.value, self.precision, self.end_value,
                       self.relative, self.tense, self.part)


# --------------------------------------------------------------------------------------------
# Lexicon (normalised spelling)
# --------------------------------------------------------------------------------------------

# Gregorian months: Egyptian/Gulf names, Levantine/Iraqi Syriac names, Maghreb names.
_GREG_NAMES: dict[int, tuple[str, ...]] = {
    1: ("يناير", "كانون الثاني", "جانفي"),
    2: ("فبراير", "شباط", "فيفري"),
    3: ("مارس", "اذار"),
    4: ("ابريل", "نيسان", "افريل"),
    5: ("مايو", "ايار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"),
    7: ("يوليو", "يوليه", "تموز", "جويليه", "يوليوز"),
    8: ("اغسطس", "اب", "اوت", "غشت", "اغشت"),
    9: ("سبتمبر", "ايلول", "شتنبر"),
    10: ("اكتوبر", "تشرين الاول"),
    11: ("نوفمبر", "تشرين الثاني", "نونبر"),
    12: ("ديسمبر", "كانون الاول", "دجنبر"),
}
_HIJRI_NAMES: dict[int, tuple[str, ...]] = {
    1: ("محرم", "المحرم"),
    2: ("صفر",),
    3: ("ربيع الاول", "ربيع اول"),
    4: ("ربيع الاخر", "ربيع الثاني", "ربيع ثاني", "ربيع اخر"),
    5: ("جمادي الاولي", "جمادي الاول", "جمادي اولي"),
    6: ("جمادي الاخره", "جمادي الثانيه", "جمادي الثاني", "جمادي الاخر", "جمادي اخره"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذو القعده", "ذي القعده", "ذا القعده"),
    12: ("ذو الحجه", "ذي الحجه", "ذا الحجه"),
}
_MONTH_INFO: dict[str, tuple[str, int]] = {}
for _n, _names in _GREG_NAMES.items():
    for _s in _names:
        _MONTH_INFO[_s] = ("g", _n)
for _n, _names in _HIJRI_NAMES.items():
    for _s in _names:
        _MONTH_INFO[_s] = ("h", _n)

# Python weekday(): Monday = 0 (normalised names; WEEKDAYS is the public name of the same table).
_WEEKDAYS = {
    "الاثنين": 0, "الثلاثاء": 1, "الثلاثا": 1, "الاربعاء": 2, "الاربعا": 2,
    "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6,
}

WEEKDAYS = _WEEKDAYS

_ORD_UNITS = ("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
_ORDINALS: dict[str, int] = {u: i + 1 for i, u in enumerate(_ORD_UNITS)}
_ORDINALS["العاشر"] = 10
for _i in range(1, 10):
    _pre = "الحادي" if _i == 1 else _ORD_UNITS[_i - 1]
    _ORDINALS[f"{_pre} عشر"] = 10 + _i
    _ORDINALS[f"{_pre} والعشرين"] = 20 + _i
_ORDINALS["العشرين"] = 20
_ORDINALS["الثلاثين"] = 30
_ORDINALS["الحادي والثلاثين"] = 31

_NUM_WORDS = {"ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8, "تسعه": 9, "عشره": 10}

_PARTS = {
    "مطلع": "start", "بدايه": "start", "اوايل": "early", "منتصف": "mid", "اواسط": "mid",
    "اواخر": "late", "نهايه": "end", "ختام": "end",
}
_SEASONS = {"ربيع": "spring", "صيف": "summer", "خريف": "autumn", "شتاء": "winter"}

_MOD_PAST = ("الماضي", "المنصرم", "الفايت", "السابق", "المنقضي")
_MOD_FUT = ("المقبل", "القادم")
_MOD_CUR = ("الجاري", "الحالي")
_MOD_DIR = {**{w: -1 for w in _MOD_PAST}, **{w: 1 for w in _MOD_FUT}, **{w: 0 for w in _MOD_CUR}}

# --------------------------------------------------------------------------------------------
# Pattern building blocks
# --------------------------------------------------------------------------------------------

_SP = r"[^\S\n]+"
_OSP = r"[^\S\n]*"
_NW = r"(?!\w)"
_WSRE = re.compile(r"\s+")


def _alt(words) -> str:
    """Alternation of literal phrases, longest first; inner spaces match any run of blanks."""
    ws = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", _SP) for w in ws) + ")"


def _collapse(s: str) -> str:
    return _WSRE.sub(" ", s).strip()


_GM = _alt(n for ns in _GREG_NAMES.values() for n in ns)
_ANYM = _alt(_MONTH_INFO)
_WDA = _alt(_WEEKDAYS)
_ORDA = "(?:" + "|".join(
    re.escape(w).replace(r"\ و", f"{_SP}و{_OSP}").replace(r"\ ", _SP)
    for w in sorted(_ORDINALS, key=len, reverse=True)
) + ")"
_MODA = _alt(_MOD_DIR)
_PARTA = _alt(_PARTS)
_SEASA = _alt(_SEASONS)
_NUMWA = _alt(_NUM_WORDS)
_TODA = _alt(("مساء", "صباح", "ظهر", "ظهيره", "فجر", "ليل", "ليله", "عصر", "صبيحه", "عشيه",
              "منتصف ليل", "منتصف ليله"))
_PREPA = "(?:" + "|".join(("في", "خلال", "منذ", "حتي", "قبل", "بعد", "بحلول", "طوال", "طيله", "لغايه",
                           f"اعتبارا{_SP}من", "ابتداء{_SP}من")) + ")"
# (not the year of a numeric date: "نشر في 2024-05-13" is a day, not "in 2024")
_Y4 = r"(?:19[0-9]{2}|20[0-9]{2}|2100)(?![0-9])(?![.,][0-9])(?![-/][01]?[0-9][-/][0-3]?[0-9])"
_YEARWORD = r"(?:ال|لل)?(?:عام|سنه)"

# "العام" is also the adjective "general": الامين العام السابق is not "last year".
_NOT_GENERAL = "".join(f"(?<!{w} )" for w in (
    "الامين", "المدعي", "النايب", "المدير", "الراي", "القطاع", "الاضراب", "المفتش", "الامن", "الموتمر",
    "المنسق", "المراقب", "المرشد", "الصالح", "النظام", "المال", "الشان", "الادعاء", "الرييس", "المستشار",
    "القايد", "المجلس", "الاتحاد", "الاقتراع", "الاستفتاء", "العفو", "التعليم", "الحق", "المشرف",
))
# "اليوم" followed by these is "the first / national / following day", not today.
_NOT_TODAY_NEXT = _alt((
    "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الاخير", "التالي", "السابق",
    "العالمي", "الوطني", "الدولي", "القومي", "المفتوح", "الدراسي", "الموعود", "المشهود", "المحدد",
    "المقرر", "الانتخابي", "التاريخي", "الحاسم", "المشترك", "الختامي", "الافتتاحي", "العربي", "نفسه",
    "ذاته", "الذي", "عينه", "الرياضي", "الاسود", "الكبير",
))


def _mon(s: str) -> str:
    # a month, optionally paired with its other-tradition name: "شباط/ فبراير", "فبراير (شباط)"
    return (f"(?P<mo{s}>{_ANYM}){_NW}(?:{_OSP}[/\\\\(]{_OSP}(?P<mp{s}>{_GM}){_NW}(?:{_OSP}\\))?)?")


def _yearpart(s: str) -> str:
    return (f"(?:{_OSP}[،,]{_OSP}|{_SP})(?:من{_SP})?(?:(?:ال)?(?:عام|سنه){_SP})?"
            f"(?P<y{s}>[12][0-9]{{3}})(?![0-9])(?![.,][0-9])"
            f"(?:{_OSP}(?P<ys{s}>م|ه|ميلادي|ميلاديه|هجري|هجريه|للهجره){_NW})?")


def _mody(s: str) -> str:
    return (f"من{_SP}(?P<my{s}>هذا{_SP}العام|هذه{_SP}السنه|(?:العام|السنه){_SP}{_MODA}ه?){_NW}")


def _modw(s: str) -> str:
    return f"(?P<mw{s}>{_MODA}){_NW}"


def _dayd(s: str) -> str:
    return f"(?P<d{s}>3[01]|[12][0-9]|0?[1-9])(?![0-9])"


def _dayo(s: str) -> str:
    return f"(?:(?P<o{s}>{_ORDA}){_SP}من|(?P<oa{s}>اول)(?:{_SP}من)?)"


def _mtail(s: str) -> str:
    return f"(?:{_yearpart(s)}|{_SP}{_mody(s)}|{_SP}{_modw(s)})?"


def _dmtail(s: str) -> str:
    # after a day: "سبتمبر 2023", "من سبتمبر", "شباط/ فبراير الجاري", "الشهر الماضي", "الجاري"
    return (f"{_SP}(?:من{_SP})?(?:{_mon(s)}{_mtail(s)}|(?:الشهر{_SP})?(?P<mc{s}>{_MODA}){_NW})")


_RANGE_SEP = f"{_OSP}(?:الي|حتي|و|-|–){_OSP}"
# a stamp's day, month name and year joined by dashes or slashes: "24-يناير-2023", "07 – أغسطس 2024", "02/يناير/2024"
_DAY_DASH_MONTH = re.compile(rf"(?<![0-9])((?:3[01]|[12][0-9]|0?[1-9]))({_OSP}[-–—/]{_OSP})({_GM})"
                             rf"(?:([-/])(?=[12][0-9]{{3}})|(?!\w))")
_JOIN_THEN_MONTH = re.compile(rf"[-–—/]{_OSP}(?:{_GM})")
# a stamp in the American order, "مايو 15, 2024" (WordPress sites): read as "15 مايو 2024" (the same length)
_DAY_COMMA_YEAR = re.compile(r"[0-9]\s*[,،]\s*[12][0-9]{3}(?![0-9])")
_MONTH_DAY_COMMA = re.compile(rf"(?<!\w)({_GM})(\s+)((?:3[01]|[12][0-9]|0?[1-9]))(\s*[,،]\s*)([12][0-9]{{3}})(?![0-9])")

_DIGIT_ALTS = [
    # 2023-09-20, 2023/09/20, 2023:09:21 (then ".08:46" is a time, ignored)
    ("nym", r"(?P<na>[12][0-9]{3})(?P<nsa>[-/.:])(?P<nb>[01]?[0-9])(?P=nsa)(?P<nc>[0-3]?[0-9])"
            r"(?![0-9])(?!(?P=nsa)[0-9])"),
    # 16-7-2021, 16/7/2021, 16.7.2021 (day-month-year)
    ("ndm", r"(?P<nd>[0-3]?[0-9])(?P<nsd>[-/.])(?P<nm>[01]?[0-9])(?P=nsd)(?P<ny>[12][0-9]{3})(?![0-9])"),
    # "1445 هـ" alone
    ("hyd", f"(?P<hyd>1[34][0-9]{{2}})(?![0-9]){_OSP}(?:ه|هجري|هجريه|للهجره){_NW}"),
    # 20-22 فبراير 2024, 28 فبراير - 2 مارس
    ("drd", f"{_dayd('e1')}(?:{_SP}(?:من{_SP})?(?P<rme>{_GM}){_NW})?{_OSP}(?:-|–|الي|حتي){_OSP}"
            f"{_dayd('e2')}{_SP}(?:من{_SP})?{_mon('e')}{_mtail('e')}"),
    # 2 و3 يونيو: two days sharing month and year
    ("dls", f"{_dayd('l1')}{_OSP}و{_OSP}{_dayd('l2')}{_dmtail('l')}"),
    # 20 سبتمبر 2023, 15 رمضان 1445 هـ, 20 الجاري
    ("dmd", f"{_dayd('c')}{_dmtail('c')}"),
]

_WORD_ALTS = [
    # من 20 الي 22 فبراير / بين 20 و22 فبراير
    ("drw", f"(?:من|بين){_SP}{_dayd('d1')}(?:{_SP}(?:من{_SP})?(?P<rmd>{_GM}){_NW})?{_RANGE_SEP}"
            f"{_dayd('d2')}{_SP}(?:من{_SP})?{_mon('d')}{_mtail('d')}"),
    # من يناير الي مارس 2024
    ("mrg", f"(?:من|بين){_SP}(?:شهر{_SP})?(?P<ma1>{_GM}){_NW}{_RANGE_SEP}(?:شهر{_SP})?(?P<ma2>{_GM}){_NW}"
            f"(?:{_yearpart('f')})?"),
    # من 2017 الي 2019 / بين عامي 2017 و2019
    ("yrg", f"(?:من|بين){_SP}(?:(?:ال)?(?:عام|عامي|سنه|سنتي|العامين){_SP})?(?P<ya1>{_Y4}){_RANGE_SEP}"
            f"(?:{_YEARWORD}{_SP})?(?P<ya2>{_Y4})"),
    # الاربعاء 25 سبتمبر 2024 / يوم الخميس الموافق 20 سبتمبر / يوم 5 مارس
    ("dmw", f"(?:(?:يوم{_SP})?(?P<wa>{_WDA}){_NW}|يوم)(?:{_OSP}[،,(]{_OSP}|{_SP})(?:الموافق{_SP})?"
            f"(?:{_dayd('a')}|{_dayo('a')}){_dmtail('a')}"),
    # السابع من اكتوبر / الاول من الشهر الجاري
    ("dmo", f"{_dayo('b')}{_dmtail('b')}"),
    # اليوم الاثنين / اليوم (الاربعاء) / امس الخميس / غدا الجمعه
    ("wdr", f"(?:(?P<tod1>{_TODA}){_SP})?(?:يوم{_SP})?(?P<rw>اليوم|(?:ال)?امس|غدا|الغد|بعد{_SP}(?:ال)?غد)"
            f"(?:{_OSP}[،,(]{_OSP}|{_SP})(?:يوم{_SP})?(?P<w2>{_WDA}){_NW}(?:{_OSP}\\))?"),
    # في مارس / مارس الماضي / مارس 2023 / مطلع شهر مارس / رمضان 1445 هـ
    ("mon", f"(?:(?P<pp>{_PREPA}|{_PARTA}){_SP})?(?:(?P<sh>شهر|شهري){_SP})?{_mon('g')}{_mtail('g')}"),
    # عامي 2017 و2019
    ("yr2", f"(?:ال|لل)?(?:عامي|سنتي|العامين){_SP}(?P<yc1>{_Y4}){_OSP}و{_OSP}(?:{_YEARWORD}{_SP})?(?P<yc2>{_Y4})"),
    # عام 2017 / في 2019 / حتي عام 2030 / مطلع 2024 / صيف 2023
    ("yr", f"(?:(?P<yp>{_PREPA}|{_PARTA}|{_SEASA}){_SP}(?:(?P<yw>{_YEARWORD}){_SP})?|{_YEARWORD}{_SP})"
           f"(?P<yy>{_Y4})(?:{_OSP}(?:م|ميلادي|ميلاديه){_NW})?"
           f"(?:{_OSP}و{_OSP}(?:{_YEARWORD}{_SP})?(?P<yy2>{_Y4}))?"),
    # عام 1445 هـ
    ("hyr", f"{_YEARWORD}{_SP}(?P<hy>1[34][0-9]{{2}})(?![0-9]){_OSP}(?:ه|هجري|هجريه|للهجره){_NW}"),
    # الاسبوع الماضي / هذا العام / نهايه الشهر الجاري / العام المقبل
    ("rel", f"(?:(?P<rp>{_PARTA}|{_SEASA}){_SP})?(?:(?P<rt>هذا|هذه){_SP}(?P<rn1>الاسبوع|الشهر|العام|السنه){_NW}"
            f"|{_NOT_GENERAL}(?P<rn2>(?:ال|لل)(?:اسبوع|شهر|عام|سنه)){_SP}(?P<rb>قبل{_SP})?(?P<rm>{_MODA})ه?{_NW})"),
    # مطلع الشهر / نهايه العام (the current one)
    ("relp", f"(?P<rp2>{_PARTA}|{_SEASA}){_SP}(?P<rn3>(?:ال|لل)(?:اسبوع|شهر|عام|سنه)){_NW}"),
    # الخميس / يوم الخميس / مساء الخميس / الخميس الماضي
    ("wd", f"(?:(?P<tod2>{_TODA}){_SP})?(?:يوم{_SP})?(?<!بين )(?<!كلا )(?<!الواحد )(?P<w3>{_WDA}){_NW}(?!{_SP}عشر)"
           f"(?:{_SP}(?P<wm>{_MODA}){_NW})?"),
    # اليوم / امس / اول امس / غدا / بعد غد / يوم الغد
    ("day", f"(?:(?P<tod3>{_TODA}){_SP})?(?P<dy>يوم{_SP}(?:ال)?امس|يوم{_SP}(?:ال)?غد|(?:ال)?امس{_SP}الاول"
            f"|اول{_SP}(?:من{_SP})?امس|(?<!(?<!\\w)ل)(?:ال)?امس|(?<!ذلك )(?<!نفس )(?<!ذات )(?<!هذا )"
            f"اليوم(?!{_SP}{_NOT_TODAY_NEXT}{_NW})|غدا|بعد{_SP}(?:ال)?غد|البارحه|الغد){_NW}"),
    # قبل يومين / قبل ثلاثه ايام / قبل اسبوع (before the article's day; not "قبل يومين من الزياره")
    ("ago", f"قبل{_SP}(?P<an>يوم{_SP}واحد|يومين|يومان|{_NUMWA}{_SP}ايام|[0-9]{{1,2}}{_SP}(?:ايام|يوما)|اسبوعين"
            f"|اسبوعا{_SP}واحدا|اسبوع{_SP}واحد|اسبوعا|اسبوع){_NW}(?!{_SP}(?:فقط{_SP})?(?:من|علي){_NW})"),
    # لمده يومين / علي مدي ثلاثه ايام (attached to a day of the same sentence, else dropped)
    ("dur", f"(?:لمده|علي{_SP}مدي|علي{_SP}مدار|طيله|طوال){_SP}(?P<dn>يوم{_SP}واحد|يوما{_SP}واحدا|يومين|يومان"
            f"|{_NUMWA}{_SP}ايام|[0-9]{{1,2}}{_SP}(?:ايام|يوما)|اسبوعين|اسبوعا{_SP}واحدا|اسبوع{_SP}واحد|اسبوعا|اسبوع)"
            f"{_NW}"),
]


def _group(items) -> str:
    return "|".join(f"(?P<K_{name}>{pat})" for name, pat in items)


def _trie(words) -> str:
    """A regex matching exactly ``words`` (longest first), factored as a trie so that a failing
    position costs a couple of character tests instead of one test per word."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        kids = sorted(c for c in node if c)
        if not kids:
            return ""
        parts = [(_SP if c == " " else re.escape(c)) + emit(node[c]) for c in kids]
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# Every word-led alternative starts with one of these words: a cheap trie test of the first
# word rejects ~90% of word starts before the (costly) alternatives are tried.
_FIRST_WORDS = (
    {w.split(" ")[0] for w in (*_MONTH_INFO, *_WEEKDAYS, *_ORDINALS, *_PARTS, *_SEASONS)}
    | {"من", "بين", "يوم", "اول", "اليوم", "امس", "الامس", "غدا", "الغد", "بعد", "البارحه", "مساء", "صباح",
       "ظهر", "ظهيره", "فجر", "ليل", "ليله", "عصر", "صبيحه", "عشيه", "منتصف", "في", "خلال", "منذ", "حتي",
       "قبل", "بحلول", "طوال", "طيله", "لغايه", "اعتبارا", "ابتداء", "شهر", "شهري", "عام", "العام", "للعام",
       "سنه", "السنه", "للسنه", "عامي", "العامي", "للعامي", "سنتي", "السنتي", "العامين", "هذا", "هذه",
       "الاسبوع", "للاسبوع", "الشهر", "للشهر", "لمده", "علي"}
)
_WORD_BODY = (r"(?P<cl>[وفبل])?(?=" + _trie(_FIRST_WORDS) + r"(?!\w))(?:" + _group(_WORD_ALTS) + ")")
# word-led expressions: a non-word character, an optional clitic, the expression (group K_*)
_WORD_RE = re.compile(r"[^\w]" + _WORD_BODY)
_WORD_RE0 = re.compile(_WORD_BODY)  # the same at the very start of the text


# -- Dispatch by first word. At a word that passes the trie, _WORD_RE tries its ~14 alternatives
# in turn (most of the regex cost: "في", "من", "علي" are everywhere). Each alternative can only begin
# with certain words, read off its parsed pattern below, so a word is matched with a regex holding
# just the alternatives that can begin with it (the clitic-stripped word's too), in the original
# order. Same matches and group names: an alternative left out could not have matched there.

_WORDCH = re.compile(r"\w")
_Starts = set[tuple[str, bool]]  # (first word, closed) ; closed=False: any word beginning so


def _nonword_set(items: list) -> bool:
    """Can this character class only match non-word characters (spaces, punctuation)?"""
    if items in ([(_rc.NEGATE, None), (_rc.CATEGORY, _rc.CATEGORY_NOT_SPACE), (_rc.LITERAL, 10)],
                 [(_rc.CATEGORY, _rc.CATEGORY_SPACE)]):
        return True  # [^\S\n], \s
    return all(op == _rc.LITERAL and not _WORDCH.match(chr(av)) for op, av in items)


def _starts(items: list, i: int, acc: str, k: Any) -> _Starts:
    """First words a parsed pattern (items[i:], then continuation ``k``) can begin with, when
    matching starts at a word: conservative (an unknown construct leaves the word open)."""
    if i == len(items):
        return k(acc)
    op, av = items[i]
    nxt = lambda a: _starts(items, i + 1, a, k)  # noqa: E731
    if op == _rc.LITERAL:
        ch = chr(av)
        return nxt(acc + ch) if _WORDCH.match(ch) else {(acc, True)}
    if op == _rc.IN:
        if _nonword_set(av):
            return {(acc, True)}
        if all(o == _rc.LITERAL for o, _ in av):
            out: _Starts = set()
            for _, c in av:
                out |= nxt(acc + chr(c)) if _WORDCH.match(chr(c)) else {(acc, True)}
            return out
        return {(acc, False)}
    if op in (_rc.AT, _rc.ASSERT):
        return nxt(acc)  # zero-width: skipping it only widens the set
    if op == _rc.ASSERT_NOT:
        direction, sub = av
        if direction == 1 and list(sub) in ([(_rc.IN, [(_rc.CATEGORY, _rc.CATEGORY_WORD)])],
                                             [(_rc.CATEGORY, _rc.CATEGORY_WORD)]):
            return {(acc, True)}  # (?!\w): the word ends here
        return nxt(acc)
    if op == _rc.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return {(acc, False)}
        return _starts(list(sub), 0, acc, nxt)
    if op == _rc.BRANCH:
        out = set()
        for sub in av[1]:
            out |= _starts(list(sub), 0, acc, nxt)
        return out
    if op in (_rc.MAX_REPEAT, _rc.MIN_REPEAT, _rc.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        # one pass through the body, then either the rest (at most once) or anything (repeats)
        after = nxt if hi == 1 else (lambda a: {(a, False)})
        out = _starts(list(sub), 0, acc, after) if hi != 0 else set()
        return out | nxt(acc) if lo == 0 else out
    return {(acc, False)}


def _alt_starts(pattern: str) -> _Starts:
    return {st for st in _starts(list(_re_parser.parse(pattern)), 0, "", lambda a: {(a, False)})
            if st != ("", True)}


def _alternatives_by_word() -> dict[str, tuple[int, ...]] | None:
    """For each trie word, the indices of the _WORD_ALTS that can begin with it (None: unknown)."""
    try:
        starts = [_alt_starts(pat) for _, pat in _WORD_ALTS]
    except Exception:  # an unforeseen construct: keep the single regex
        return None
    return {w: tuple(j for j, st in enumerate(starts)
                     if any(w == a if closed else w.startswith(a) for a, closed in st))
            for w in _FIRST_WORDS}


_ALTS_BY_WORD = _alternatives_by_word()
_WORD_GROUPS = tuple(_WORD_RE.groupindex)
# where _WORD_RE can start: a non-word character, then a whole word passing the trie (with an
# optional clitic); group 1 is that word
_WORD_CAND = re.compile(r"[^\w]([وفبل]?" + _trie(_FIRST_WORDS) + r")(?!\w)")


@lru_cache(maxsize=256)  # a few dozen distinct sets occur
def _word_re_for(alts: tuple[int, ...]) -> re.Pattern[str]:
    """_WORD_RE with only the alternatives ``alts``; the others' groups are declared in a branch
    that never matches, so every group name answers as in _WORD_RE."""
    body = _group([_WORD_ALTS[j] for j in alts])
    present = set(re.compile(body).groupindex)
    missing = "".join(f"(?P<{g}>)" for g in _WORD_GROUPS if g not in present and g != "cl")
    if missing:
        body += f"|(?!){missing}"
    return re.compile(r"[^\w](?P<cl>[وفبل])?(?=" + _trie(_FIRST_WORDS) + r"(?!\w))(?:" + body + ")")


def _word_matches(text: str) -> list[re.Match[str]]:
    """The same matches as ``_WORD_RE.finditer(text)``, tried only where a trie word starts."""
    by_word = _ALTS_BY_WORD
    if by_word is None:
        return list(_WORD_RE.finditer(text))
    out = []
    pos = 0
    for wm in _WORD_CAND.finditer(text):
        p = wm.start()
        if p < pos:
            continue
        w = wm.group(1)
        alts = by_word.get(w, ())
        if w[0] in "وفبل" and w[1:] in by_word:
            alts = tuple(sorted(set(alts) | set(by_word[w[1:]])))
        if not alts:
            continue
        m = _word_re_for(alts).match(text, p)
        if m:
            out.append(m)
            pos = m.end()
    return out


# digit-led expressions, tried at the start of each run of digits
_DIGIT_RE = re.compile(r"(?<![0-9][.,:/+\-])(?:" + _group(_DIGIT_ALTS) + ")")
_NUM_RE = re.compile(r"[0-9]+")


# Future markers for the clause around a weekday / bare month.
_FUT_RE = re.compile(
    r"(?<!\w)(?:سوف|المقرر|مقرر|المتوقع|متوقع|يتوقع|تتوقع|المنتظر|ينتظر|تنتظر|المزمع|المرتقب|مرتقب|يرتقب"
    r"|يعتزم|تعتزم|يعتزمون|غدا|المقبل|المقبله|القادم|القادمه"
    r"|[وف]?س(?=[يتن])(?!ياس|يار|ياد|ياح|يطر|يد(?!\w)|يده|يدات|يدني|يف(?!\w)|ينا[ءرت]|ينم|يول|ييول|يرج|يرغ|يره(?!\w)"
    r"|يمون|يرور|يرت(?!\w)|يرا(?!\w)|يلفا|يسي|يبير|يجار|ته(?!\w)|تين|تار|تال|تان|تاد|تيف|توك|تول|تود|تراس|تراتيج|تيوارت|نه(?!\w)|نوات|نوي"
    r"|نين|نت(?!\w)|نتي|نغافور|نجار|نودن|ناتور|نار(?!\w))\w{3,})(?!\w)"
)
_CLAUSE_STOP = ".!?؟\n؛"
_UNIT_AFTER = re.compile(
    _OSP + r"(?:%|(?:دولار|دولارا|يورو|جنيه|جنيها|ريال|ريالا|درهم|درهما|دينار|دينارا|ليره|روبل|يوان|شخص|شخصا|اشخاص"
    r"|قتيل|قتيلا|قتلي|جريح|جريحا|مصاب|مصابا|اصابه|حاله|طن|طنا|كيلو|كيلومتر|كم|متر|مترا|برميل|ميغاواط|جندي|جنديا"
    r"|عسكري|مقاتل|مقاتلا|مواطن|مواطنا|لاجي|طفل|طفلا|منزل|منزلا|وحده|صاروخ|صاروخا|الف|الاف|مليون|مليار|نسمه"
    r"|عضو|عضوا|مقعد|مقعدا|صوت|صوتا|ناخب|مرشح|مرشحا|موظف|موظفا|عامل|عاملا|بالميه|بالمييه"
    r"|عام|عاما|سنه|سنوات|يوم|يوما|ايام|ساعه|دقيقه|شهر|اشهر|اسبوع)(?!\w))"
)
_LEAD_PREP = re.compile(_PREPA + _SP)


# --------------------------------------------------------------------------------------------
# Calendar helpers
# --------------------------------------------------------------------------------------------

def _iso(d: dt.date) -> str:
    return d.isoformat()


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _h2g(y: int, m: int, d: int) -> dt.date | None:
    try:
        g = Hijri(y, m, d).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None


def _hmonth_len(y: int, m: int) -> int | None:
    try:
        return Hijri(y, m, 1).month_length()
    except (ValueError, OverflowError):
        return None


def _g2h(d: dt.date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError):
        return None


def _hijri_month_range(hy: int, hm: int) -> tuple[dt.date, dt.date] | None:
    first = _h2g(hy, hm, 1)
    n = _hmonth_len(hy, hm)
    if first is None or n is None:
        return None
    return first, first + dt.timedelta(days=n - 1)


def _weekday_near(base: dt.date, wd: int, how: str) -> dt.date:
    if how == "past":  # on or before
        return base - dt.timedelta(days=(base.weekday() - wd) % 7)
    if how == "past_strict":
        return base - dt.timedelta(days=(base.weekday() - wd) % 7 or 7)
    if how == "future":  # on or after
        return base + dt.timedelta(days=(wd - base.weekday()) % 7)
    if how == "future_strict":
        return base + dt.timedelta(days=(wd - base.weekday()) % 7 or 7)
    d = (wd - base.weekday()) % 7  # nearest, either side (7 is odd: no ties)
    return base + dt.timedelta(days=d) if d <= 3 else base - dt.timedelta(days=7 - d)


def _future_ctx(text: str, s: int, e: int) -> bool:
    """Is the clause around text[s:e] future-marked? Looks back within the sentence (70 chars)
    and forward to the next comma (30 chars)."""
    lo = max(0, s - 70)
    for c in _CLAUSE_STOP:
        i = text.rfind(c, lo, s)
        if i >= lo:
            lo = i + 1
    if _FUT_RE.search(text, lo, s):
        return True
    hi = min(len(text), e + 30)
    for c in _CLAUSE_STOP + "،,":
        i = text.find(c, e, hi)
        if i != -1:
            hi = i
    return _FUT_RE.search(text, e, hi) is not None


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    """Bounds of the sentence around text[s:e] (at most 400 characters either side)."""
    lo = max(0, s - 400)
    for c in _CLAUSE_STOP:
        i = text.rfind(c, lo, s)
        if i + 1 > lo:
            lo = i + 1
    hi = min(len(text), e + 400)
    for c in _CLAUSE_STOP:
        i = text.find(c, e, hi)
        if i != -1:
            hi = i
    return lo, hi


# --------------------------------------------------------------------------------------------
# Handlers: each turns one match into zero or more raw tuples
#   (start, end, value, precision, end_value, relative, tense, part)
# --------------------------------------------------------------------------------------------

_Raw = tuple


def _mod_dir(word: str | None) -> int | None:
    """-1 / 0 / +1 for the modifier ending ``word`` ("العام الماضي" → -1)."""
    if not word:
        return None
    return _MOD_DIR.get(_collapse(word).split(" ")[-1].removesuffix("ه"))


def _mody_delta(my: str) -> int:
    my = _collapse(my)
    if my.startswith(("هذا", "هذه")):
        return 0
    return _mod_dir(my) or 0


def _tense(delta: int | None) -> str | None:
    if delta is None or delta == 0:
        return None
    return "past" if delta < 0 else "future"


def _default_year(ay: int, am: int, m: int, future: bool) -> int:
    if m - am >= 9:
        return ay - 1
    if am - m >= 9 and future:
        return ay + 1
    return ay


def _resolve_day_month(m: Any, s: str, text: str, anchor: dt.date | None, wd: int | None):
    """Day + month (+ year / modifier) → (value, relative, tense) or None to drop the match."""
    g = m.group
    day = None
    if g("d" + s):
        day = int(g("d" + s))
    elif g("o" + s):
        day = _ORDINALS.get(_collapse(g("o" + s)).replace("و ", "و"))
    elif g("oa" + s):
        day = 1
    if not day:
        return None
    mo = g("mo" + s)
    if mo is None:  # "20 الجاري" / "الخامس من الشهر الماضي"
        k = _MOD_DIR[g("mc" + s)]
        if anchor is None:
            return (None, True, _tense(k))
        y, mn = _add_months(anchor.year, anchor.month, k)
        d = _date(y, mn, day)
        return None if d is None else (_iso(d), True, _tense(k))
    cal, mn = _MONTH_INFO[_collapse(mo)]
    y_text = g("y" + s)  # (a string: ``y`` above is an int — one name for both types misleads mypyc)
    if y_text:
        yi = int(y_text)
        ys = g("ys" + s)
        if cal == "h" and (ys == "م" or (ys is None and yi >= 1900)):
            return None  # a Hijri day with a Gregorian year: not a date we can read
        if cal == "g":
            if ys in ("ه", "هجري", "هجريه", "للهجره") or not 1000 <= yi <= 2999:
                return None
            d = _date(yi, mn, day)
        else:
            d = _h2g(yi, mn, day) if 1343 <= yi <= 1500 else None
        return None if d is None else (_iso(d), False, None)
    my, mw = g("my" + s), g("mw" + s)
    delta = _mody_delta(my) if my else (_MOD_DIR[mw] if mw else None)
    if anchor is None:
        return (None, True, _tense(delta))
    if cal == "h":
        ah = _g2h(anchor)
        if ah is None:
            return None
        hy = ah[0]
        if my:
            hy += delta or 0
        elif mw and delta:
            hy = hy if (delta < 0 and (mn, day) < ah[1:]) or (delta > 0 and (mn, day) > ah[1:]) \
                else hy + delta
        d = _h2g(hy, mn, day)
        return None if d is None else (_iso(d), True, _tense(delta))
    ay = anchor.year
    if my:
        yi = ay + (delta or 0)
        tense = _tense(delta)
    elif mw and delta:
        cand = _date(ay, mn, day)
        if cand is None:
            return None
        if delta < 0:
            yi = ay if cand < anchor else ay - 1
        else:
            yi = ay if cand > anchor else ay + 1
        tense = _tense(delta)
    elif mw:
        yi, tense = ay, None
    else:
        yi = _default_year(ay, anchor.month, mn, _future_ctx(text, m.start(), m.end()))
        tense = None
        if wd is not None:  # a weekday picks the year when it disagrees with the default
            for cy in (yi, yi - 1, yi + 1):
                cd = _date(cy, mn, day)
                if cd is not None and cd.weekday() == wd:
                    yi = cy
                    break
    d = _date(yi, mn, day)
    return None if d is None else (_iso(d), True, tense)


def _h_dm(m: re.Match, s: str, text: str, anchor: dt.date | None) -> list[_Raw]:
    wd = None
    if s == "a" and m.group("wa"):
        wd = _WEEKDAYS[m.group("wa")]
    r = _resolve_day_month(m, s, text, anchor, wd)
    if r is None:
        return []
    return [(m.start(), m.end(), r[0], "day", None, r[1], r[2], None)]


def _h_dmd(m, text, anchor):
    return _h_dm(m, "c", text, anchor)


def _h_dmw(m, text, anchor):
    return _h_dm(m, "a", text, anchor)


def _h_dmo(m, text, anchor):
    return _h_dm(m, "b", text, anchor)


def _h_drange(m: re.Match, s1: str, s2: str, s: str, mk: str, text: str, anchor):
    g = m.group
    d1, d2 = int(g("d" + s1)), int(g("d" + s2))
    # resolve the end day with the shared month/year, then the start day
    end = _resolve_day_month(_Sub(m, {"d" + s: d2}), s, text, anchor, None)
    if end is None:
        return []
    cal, mn2 = _MONTH_INFO[_collapse(g("mo" + s))]
    if end[0] is None:
        return [(m.start(), m.end(), None, "range", None, True, end[2], None)]
    de = dt.date.fromisoformat(end[0])
    if g(mk):
        if cal != "g":
            return []
        mn1 = _MONTH_INFO[_collapse(g(mk))][1]
        y1 = de.year if mn1 <= mn2 else de.year - 1
        ds = _date(y1, mn1, d1)
    elif cal == "g":
        ds = _date(de.year, de.month, d1)
    else:
        h = _g2h(de)
        ds = _h2g(h[0], h[1], d1) if h else None
    if ds is None or ds > de:
        return []
    return [(m.start(), m.end(), _iso(ds), "range", _iso(de), end[1], end[2], None)]


class _Sub:
    """A match view with some groups overridden (lets a range reuse the day-month resolver)."""

    __slots__ = ("_m", "_o")

    def __init__(self, m, override):
        self._m, self._o = m, override

    def group(self, name):
        if name in self._o:
            return str(self._o[name])
        return self._m.group(name)

    def start(self, g=None):
        return self._m.start(g)

    def end(self, g=None):
        return self._m.end(g)


def _h_dls(m, text, anchor):
    out = []
    for dg, s, e in (("dl1", m.start(), m.end("dl1")), ("dl2", m.start("dl2"), m.end())):
        r = _resolve_day_month(_Sub(m, {"dl": m.group(dg)}), "l", text, anchor, None)
        if r is None:
            return []
        out.append((s, e, r[0], "day", None, r[1], r[2], None))
    return out


def _h_drw(m, text, anchor):
    return _h_drange(m, "d1", "d2", "d", "rmd", text, anchor)


def _h_drd(m, text, anchor):
    return _h_drange(m, "e1", "e2", "e", "rme", text, anchor)


def _h_nym(m, text, anchor):
    d = _date(int(m.group("na")), int(m.group("nb")), int(m.group("nc")))
    if d is None or not 1900 <= d.year <= 2100:
        return []
    return [(m.start(), m.end(), _iso(d), "day", None, False, None, None)]


def _h_ndm(m, text, anchor):
    a, b, y = int(m.group("nd")), int(m.group("nm")), int(m.group("ny"))
    if not 1900 <= y <= 2100:
        return []
    d = _date(y, b, a) or (_date(y, a, b) if b > 12 else None)  # D/M/Y, or M/D/Y when unambiguous
    if d is None:
        return []
    return [(m.start(), m.end(), _iso(d), "day", None, False, None, None)]


def _hijri_year_range(hy: int) -> tuple[str, str] | None:
    a, b = _h2g(hy, 1, 1), _hijri_month_range(hy, 12)
    if a is None or b is None:
        return None
    return _iso(a), _iso(b[1])


def _h_hyd(m, text, anchor):
    r = _hijri_year_range(int(m.group("hyd")))
    return [] if r is None else [(m.start(), m.end(), r[0], "range", r[1], False, None, None)]


def _h_hyr(m, text, anchor):
    r = _hijri_year_range(int(m.group("hy")))
    return [] if r is None else [(m.start(), m.end(), r[0], "range", r[1], False, None, None)]


def _trim_prep(m, text):
    lp = _LEAD_PREP.match(text, m.start())
    return lp.end() if lp else m.start()


def _h_mon(m: re.Match, text: str, anchor):
    g = m.group
    pp, sh = g("pp"), g("sh")
    y, my, mw = g("yg"), g("myg"), g("mwg")
    if not (pp or sh or y or my or mw):
        return []  # a bare month name ("مارس" is also a verb, "اكتوبر" a war)
    part = _PARTS.get(pp) if pp else None
    start = m.start() if part else _trim_prep(m, text)
    cal, mn = _MONTH_INFO[_collapse(g("mog"))]
    ys = g("ysg")
    if cal == "h":
        if mn == 2 and not y:
            return []  # "صفر" is also "zero"
        return _hijri_month(m, start, mn, y, ys, my, mw, text, anchor, part)
    if y:
        yi = int(y)
        if ys in ("ه", "هجري", "هجريه", "للهجره") or not 1000 <= yi <= 2999:
            return []
        return [(start, m.end(), _ym(yi, mn), "month", None, False, None, part)]
    delta = _mody_delta(my) if my else (_MOD_DIR[mw] if mw else None)
    tense = _tense(delta)
    if anchor is None:
        return [(start, m.end(), None, "month", None, True, tense, part)]
    ay, am = anchor.year, anchor.month
    if my:
        yi = ay + (delta or 0)
    elif delta:
        yi = (ay if mn < am else ay - 1) if delta < 0 else (ay if mn > am else ay + 1)
    elif mw:
        yi = ay
    else:
        yi = _default_year(ay, am, mn, _future_ctx(text, m.start(), m.end()))
    return [(start, m.end(), _ym(yi, mn), "month", None, True, tense, part)]


def _hijri_month(m, start, mn, y, ys, my, mw, text, anchor, part):
    rel = False
    tense = None
    if y:
        yi = int(y)
        if 1343 <= yi <= 1500 and ys not in ("م", "ميلادي", "ميلاديه"):
            hy = yi
        elif 1900 <= yi <= 2100 and ys not in ("ه", "هجري", "هجريه", "للهجره"):
            # "رمضان 2024": the Hijri month that starts in that Gregorian year
            approx = round((yi - 622) * 33 / 32)
            found = [c for c in range(approx - 2, approx + 3) if (f := _h2g(c, mn, 1)) is not None and f.year == yi]
            if not found:
                return []
            hy = found[0]
        else:
            return []
    else:
        rel = True
        delta = _mody_delta(my) if my else (_MOD_DIR[mw] if mw else None)
        tense = _tense(delta)
        if anchor is None:
            return [(start, m.end(), None, "range", None, True, tense, part)]
        ah = _g2h(anchor)
        if ah is None:
            return []
        hy = ah[0]
        if my:
            hy += delta or 0
        elif delta:
            hy = (hy if mn < ah[1] else hy - 1) if delta < 0 else (hy if mn > ah[1] else hy + 1)
    r = _hijri_month_range(hy, mn)
    if r is None:
        return []
    return [(start, m.end(), _iso(r[0]), "range", _iso(r[1]), rel, tense, part)]


def _h_mrg(m, text, anchor):
    g = m.group
    m1, m2 = _MONTH_INFO[_collapse(g("ma1"))][1], _MONTH_INFO[_collapse(g("ma2"))][1]
    if g("yf"):
        y2 = int(g("yf"))
        if not 1000 <= y2 <= 2999:
            return []
        rel = False
    elif anchor is None:
        return [(m.start(), m.end(), None, "range", None, True, None, None)]
    else:
        y2, rel = anchor.year, True
    y1 = y2 if m1 <= m2 else y2 - 1
    return [(m.start(), m.end(), _ym(y1, m1), "range", _ym(y2, m2), rel, None, None)]


def _h_yrg(m, text, anchor):
    a, b = int(m.group("ya1")), int(m.group("ya2"))
    if b <= a or _UNIT_AFTER.match(text, m.end()):
        return []
    return [(m.start(), m.end(), str(a), "range", str(b), False, None, None)]


def _h_yr2(m, text, anchor):
    a, b = m.group("yc1"), m.group("yc2")
    return [(m.start(), m.end("yc1"), a, "year", None, False, None, None),
            (m.start("yc2"), m.end("yc2"), b, "year", None, False, None, None)]


def _h_yr(m, text, anchor):
    yp = m.group("yp")
    if yp and not m.group("yw") and _UNIT_AFTER.match(text, m.end()):
        return []  # "في 2000 حاله": a count, not a year
    part = (_PARTS.get(yp) or _SEASONS.get(yp)) if yp else None
    start = m.start() if part else _trim_prep(m, text)
    if m.group("yy2"):  # "في 2019 و2020": two years
        return [(start, m.end("yy"), m.group("yy"), "year", None, False, None, part),
                (m.start("yy2"), m.end(), m.group("yy2"), "year", None, False, None, None)]
    return [(start, m.end(), m.group("yy"), "year", None, False, None, part)]


def _h_rel(m, text, anchor):
    g = m.group
    rp = g("rp") or g("rp2")
    part = (_PARTS.get(rp) or _SEASONS.get(rp)) if rp else None
    if g("rn1"):
        noun, delta = g("rn1"), 0
    elif g("rn2"):
        noun, delta = g("rn2"), _MOD_DIR[g("rm")]
        if g("rb"):  # "الاسبوع قبل الماضي": the one before last
            if delta != -1:
                return []
            delta = -2
    else:
        noun, delta = g("rn3"), 0
    noun = noun.removeprefix("لل").removeprefix("ال")
    tense = _tense(delta)
    s, e = m.start(), m.end()
    if noun == "اسبوع":
        if anchor is None:
            return [(s, e, None, "week", None, True, tense, part)]
        mon = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=7 * delta)
        return [(s, e, _iso(mon), "week", _iso(mon + dt.timedelta(days=6)), True, tense, part)]
    if noun == "شهر":
        if anchor is None:
            return [(s, e, None, "month", None, True, tense, part)]
        return [(s, e, _ym(*_add_months(anchor.year, anchor.month, delta)), "month", None, True, tense, part)]
    if anchor is None:
        return [(s, e, None, "year", None, True, tense, part)]
    return [(s, e, f"{anchor.year + delta:04d}", "year", None, True, tense, part)]


def _h_wdr(m, text, anchor):
    s, e = m.start(), m.end()
    if text[e - 1] == ")" and "(" not in text[s:e - 1]:
        e -= 1
    rw = _collapse(m.group("rw"))
    off, tense = (0, None) if rw == "اليوم" else ((-1, "past") if rw.endswith("امس") else
                                                   ((2, "future") if rw.startswith("بعد") else (1, "future")))
    if anchor is None:
        return [(s, e, None, "day", None, True, tense, None)]
    base = anchor + dt.timedelta(days=off)
    d = _weekday_near(base, _WEEKDAYS[m.group("w2")], "near")
    return [(s, e, _iso(d), "day", None, True, tense, None)]


def _h_wd(m, text, anchor):
    wm = m.group("wm")
    delta = _MOD_DIR[wm] if wm else None
    if delta:
        how = "past_strict" if delta < 0 else "future_strict"
    elif _future_ctx(text, m.start(), m.end()):
        how = "future"
    else:
        how = "past"
    tense = "future" if how.startswith("future") else "past"
    if anchor is None:
        return [(m.start(), m.end(), None, "day", None, True, tense, None)]
    d = _weekday_near(anchor, _WEEKDAYS[m.group("w3")], how)
    return [(m.start(), m.end(), _iso(d), "day", None, True, tense, None)]


def _h_day(m, text, anchor):
    dy = _collapse(m.group("dy"))
    if dy == "الغد" and not m.group("tod3"):
        return []  # "الغد" alone is "the future" / a newspaper
    if dy == "اليوم":
        off, tense = 0, None
    elif "امس" in dy:
        off, tense = (-2, "past") if "اول" in dy else (-1, "past")
    elif dy.startswith("بعد"):
        off, tense = 2, "future"
    elif dy == "البارحه":
        off, tense = -1, "past"
    else:
        off, tense = 1, "future"
    if anchor is None:
        return [(m.start(), m.end(), None, "day", None, True, tense, None)]
    return [(m.start(), m.end(), _iso(anchor + dt.timedelta(days=off)), "day", None, True, tense, None)]


def _dur_days(dn: str) -> int:
    dn = _collapse(dn)
    if dn.startswith("يوم"):
        return 1 if "واحد" in dn else 2
    if dn.startswith("اسبوعين"):
        return 14
    if dn.startswith("اسبوع"):
        return 7
    first = dn.split(" ")[0]
    return int(first) if first.isdigit() else _NUM_WORDS[first]


def _h_dur(m, text, anchor):
    n = _dur_days(m.group("dn"))
    if n < 1 or n > 60:
        return []
    return [(m.start(), m.end(), n, "dur", None, True, None, None)]


def _h_ago(m, text, anchor):
    """"قبل يومين" (two days ago): that day; "قبل أسبوع(ين)": its month (a week back is approximate)."""
    n = _dur_days(m.group("an"))
    if anchor is None or n < 1 or n > 14:
        return []
    d = anchor - dt.timedelta(days=n)
    if n >= 7:
        return [(m.start(), m.end(), d.isoformat()[:7], "month", None, True, "past", None)]
    return [(m.start(), m.end(), _iso(d), "day", None, True, "past", None)]


_HANDLERS = {
    "K_nym": _h_nym, "K_ndm": _h_ndm, "K_hyd": _h_hyd, "K_drd": _h_drd, "K_dls": _h_dls, "K_dmd": _h_dmd,
    "K_drw": _h_drw, "K_mrg": _h_mrg, "K_yrg": _h_yrg, "K_dmw": _h_dmw, "K_dmo": _h_dmo,
    "K_wdr": _h_wdr, "K_mon": _h_mon, "K_yr2": _h_yr2, "K_yr": _h_yr, "K_hyr": _h_hyr,
    "K_rel": _h_rel, "K_relp": _h_rel, "K_wd": _h_wd, "K_day": _h_day, "K_dur": _h_dur, "K_ago": _h_ago,
}


class _M:
    """A match whose start() is the expression's start (word-led matches also consume the
    character before the word and an optional clitic)."""

    __slots__ = ("m", "s")

    def __init__(self, m: re.Match, s: int):
        self.m, self.s = m, s

    def group(self, name):
        try:
            return self.m.group(name)
        except IndexError:  # a group of another alternative sharing the resolver
            return None

    def start(self, g=None):
        return self.s if g is None else self.m.start(g)

    def end(self, g=None):
        return self.m.end() if g is None else self.m.end(g)


def _dashes_as_spaces(m: re.Match[str]) -> str:
    return m.group(1) + " " * len(m.group(2)) + m.group(3) + " " * len(m.group(4) or "")


def _day_first(m: re.Match[str]) -> str:
    return m.group(3) + " " + m.group(1) + " " * (len(m.group(2)) + len(m.group(4)) - 1) + m.group(5)


def expression_matches(text: str) -> list[tuple[int, re.Match[str]]]:
    """(start, match) for every candidate expression, leftmost-longest, non-overlapping.

    The costly regex scan; it does not depend on the anchor, so a caller that both reads the
    publication date and tags expressions can run it once and pass it to both (``matches=``)."""
    if _JOIN_THEN_MONTH.search(text) is not None:
        # the joins of a stamp's day, month name and year read as spaces (of the same length: offsets unchanged);
        # (only where a join precedes a month name: the rewrite scans every character, the test skips to the joins)
        text = _DAY_DASH_MONTH.sub(_dashes_as_spaces, text)
    if _DAY_COMMA_YEAR.search(text) is not None:  # (a cheap test first: the rewrite tries a month at every place)
        text = _MONTH_DAY_COMMA.sub(_day_first, text)
    found: list[tuple[int, re.Match[str]]] = []
    m0 = _WORD_RE0.match(text)
    if m0:
        found.append((m0.start(m0.lastgroup or 0), m0))
    for m in _word_matches(text):
        found.append((m.start(m.lastgroup or 0), m))
    dre = _DIGIT_RE.match
    for n in _NUM_RE.finditer(text):
        md = dre(text, n.start())
        if md:
            found.append((md.start(), md))
    found.sort(key=lambda x: (x[0], -x[1].end()))
    out: list[tuple[int, re.Match[str]]] = []
    last = -1
    for s, m in found:
        if s >= last:
            last = m.end()
            out.append((s, m))
    return out


def _scan(text: str, anchor: dt.date | None, matches: list[tuple[int, re.Match[str]]] | None = None) -> list[_Raw]:
    out: list[_Raw] = []
    durs: list[int] = []
    handlers = _HANDLERS
    for s, m in (expression_matches(text) if matches is None else matches):
        # every match has its K_* group set (lastgroup), so the key is never ""
        for r in handlers[m.lastgroup or ""](_M(m, s), text, anchor):
            if r[3] == "dur":
                durs.append(len(out))
            out.append(r)
    if durs:
        out = _attach_durations(text, out, set(durs))
    return out


def _attach_durations(text: str, raws: list[_Raw], durs: set[int]) -> list[_Raw]:
    """"لمده يومين" becomes a range starting at a day named in the same sentence (the nearest
    one before it, else after it); without such a day it is dropped."""
    res = []
    for i, r in enumerate(raws):
        if i not in durs:
            res.append(r)
            continue
        lo, hi = _sentence(text, r[0], r[1])
        best = None
        for j in range(i - 1, -1, -1):
            q = raws[j]
            if q[1] <= lo:
                break
            if q[3] == "day":
                best = q
                break
        if best is None:
            for j in range(i + 1, len(raws)):
                q = raws[j]
                if q[0] >= hi:
                    break
                if q[3] == "day":
                    best = q
                    break
        if best is None:
            continue
        if best[2] is None:
            res.append((r[0], r[1], None, "range", None, True, best[6], None))
            continue
        d0 = dt.date.fromisoformat(best[2])
        res.append((r[0], r[1], best[2], "range", _iso(d0 + dt.timedelta(days=r[2] - 1)), best[5], best[6], None))
    return res


def tag_temporal(text: str, anchor: dt.date | None, *,
                 matches: list[tuple[int, re.Match[str]]] | None = None) -> list[Timex]:
    """Temporal expressions in ``text`` (normalised view), resolved against ``anchor``.

    Offsets index ``text``. Anchored expressions get ``value=None`` when ``anchor`` is None.
    ``matches``: ``expression_matches(text)`` when the caller already has it.
    """
    out = [Timex(s, e, text[s:e], v, p, ev, rel, t, part)
           for s, e, v, p, ev, rel, t, part in _scan(text, anchor, matches)]
    if "الشهر" in text or " منه" in text:
        out = _same_month(text, out)
    if anchor is not None and any(w in text for w in _SEASONS):
        out = _next_season(text, anchor, out)
    return out


# "في الثامن عشر من الشهر ذاته": a day of the month last named ("زيارة ... في الثاني عشر من نيسان، ثم
# ... في الثامن عشر من الشهر ذاته")
_SAME_MONTH = re.compile(r"(?<!\w)(?:(?P<d>[0-9]{1,2})|(?P<o>" + _ORDA + r"))" + _SP + r"(?:من" + _SP + r")?الشهر"
                         + _SP + r"(?:ذاته|نفسه|عينه)(?!\w)")
# "في الثالث عشر منه" (of it: "في فبراير الماضي، حين قُتل ... في الثالث عشر منه") — only after في/يوم ("النصف الأول
# منه", the first half of it, is no day); tried only just before each "منه", a common word
_DAY_OF_IT = re.compile(r"(?<!\w)(?:في|يوم)" + _SP + r"(?P<m>(?:(?P<d>[0-9]{1,2})|(?P<o>" + _ORDA + r"))" + _SP
                        + r"منه)(?!\w)")
# "في الخريف المقبل" / "الصيف الماضي": a season of the next or last year, dated to its year
_SEASON_REL = re.compile(r"(?<!\w)(?:ال)?(?P<s>" + _SEASA + r")" + _SP + r"(?P<m>" + _MODA + r")(?!\w)")


def _same_month(text: str, out: list[Timex]) -> list[Timex]:
    added = False
    found = list(_SAME_MONTH.finditer(text)) if "الشهر" in text else []
    p = text.find(" منه")
    while p != -1:
        if (m := _DAY_OF_IT.search(text, max(0, p - 40), p + 4)) is not None:
            found.append(m)
        p = text.find(" منه", p + 4)
    for m in found:
        s, e = m.span("m") if m.re is _DAY_OF_IT else m.span()  # (the day-of-it match without its "في/يوم")
        if any(x.start < e and s < x.end for x in out):
            continue
        prev = [x for x in out if x.end <= s and x.value and len(x.value) >= 7]
        day = int(m.group("d")) if m.group("d") else _ORDINALS.get(_collapse(m.group("o")).replace("و ", "و"))
        if not prev or not day:
            continue
        base = prev[-1].value or ""
        d = _date(int(base[:4]), int(base[5:7]), day)
        if d is not None:
            out.append(Timex(s, e, text[s:e], _iso(d), "day", None, True, prev[-1].tense, None))
            added = True
    return sorted(out, key=lambda x: x.start) if added else out


def _next_season(text: str, anchor: dt.date, out: list[Timex]) -> list[Timex]:
    added = False
    for m in _SEASON_REL.finditer(text):
        if any(x.start < m.end() and m.start() < x.end for x in out):
            continue
        k = _MOD_DIR[m.group("m")]
        season = _SEASONS[m.group("s")]
        # the next autumn is this year's if it has not begun yet (spring Mar, summer Jun, autumn Sep,
        # winter Dec), else next year's; the last one likewise
        starts = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}[season]
        if k > 0:
            year = anchor.year if anchor.month < starts else anchor.year + 1
        elif k < 0:
            year = anchor.year if anchor.month >= starts + 3 else anchor.year - 1
        else:
            year = anchor.year
        tense = "future" if k > 0 else "past" if k < 0 else None
        out.append(Timex(m.start(), m.end(), m.group(0), str(year), "year", None, True, tense, season))
        added = True
    return sorted(out, key=lambda x: x.start) if added else out


# --------------------------------------------------------------------------------------------
# Publication date
# --------------------------------------------------------------------------------------------

_PUB_LABEL = re.compile(
    r"(?<!\w)(?:تاريخ" + _SP + r"النشر|نشر" + _SP + r"بتاريخ|نشر" + _SP + r"في|نشرت" + _SP + r"في|تم" + _SP
    + r"النشر|تاريخ" + _SP + r"الخبر|نشر|منشور|بتاريخ|published|posted)(?!\w)"
)
_UPD_LABEL = re.compile(
    r"(?<!\w)(?:اخر" + _SP + r"تحديث|تاريخ" + _SP + r"التحديث|تم" + _SP + r"التحديث|تحديث|محدث|حدث" + _SP
    + r"في|updated|last" + _SP + r"update|modified)(?!\w)"
)
_LABEL_GAP = re.compile(r"[\s:：\-–—|،,/]*(?:(?:في|بتاريخ|يوم)[\s:]*)?")
_TIME_AFTER = re.compile(
    r"[^\S\n]*(?:[|\-–—,،.:/][^\S\n]*)?(?:(?:ال)?ساعه[^\S\n]*:?)?[^\S\n]*(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?![0-9])"
    r"|[^\S\n]*(?:بتوقيت|توقيت)(?!\w)"  # ("الاثنين 2023/8/28 توقيت بغداد": a stamp's time zone, its hour left out)
)
# (the hour may carry its part of the day in words and a slash before the date: "7:15 مساءً / 25 فبراير، 2022")
_TIME_BEFORE = re.compile(
    r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?:[^\S\n]*(?:ص|م|am|pm|صباحا|مساء|مساءا|ظهرا|ليلا|فجرا))?[^\S\n]*[|\-–—,،/]?"
    r"[^\S\n]*$"
)
_COPYRIGHT = re.compile(r"©|\(c\)|حقوق|copyright|all rights", re.IGNORECASE)
# wire-agency codes that close a dateline line (normalised spelling): SPA, WAM, QNA, KUNA, BNA, ...
_AGENCY_END = re.compile(r"(?<![^\W\d_])(?:م\s+)?\(?(?:واس|وام|قنا|كونا|بنا|سبا|واج|ومع|وفا|سانا|بترا|اينا|العمانيه|"
                         r"الاناضول|شينخوا|رويترز|ا ف ب|د ب ا|سبوتنيك|تاس|ا ش ا)\)?\s*[-–—:.]?\s*$")
# a dateline's head before its date: a place of 1-4 words, then possibly a bracketed agency or country
# and a weekday, with dashes, commas or slashes between ("بكين - (د ب أ) - الخميس", "مانيلا (أ ف ب) –",
# "كازان (روسيا)،", "نيروبي /"); or a Hijri date with الموافق before the Gregorian one
_CITY_FI = re.compile(r"[^\S\n]*(?:[^\W\d_]+[^\S\n]+){1,3}في[^\S\n]+")
_DL_SEP = r"(?:[-–—،,:/|][^\S\n]*)*"
_DL_PAREN = r"[(\[][^)\]\n]{1,25}[)\]]"
_DATELINE_PREFIX = re.compile(
    r"[^\S\n]*(?:[^\W\d_]+[^\S\n]*){1,4}" + _DL_SEP + r"(?:" + _DL_PAREN + r"[^\S\n]*" + _DL_SEP + r")?"
    r"(?:[^\W\d_]+[^\S\n]*" + _DL_SEP + r")?"
    r"(?:\d{1,2}[^\S\n]+(?:[^\W\d_]+[^\S\n]*){1,2}\d{4}[^\S\n]*(?:ه|هجري|هجريه)?[^\S\n]*(?:الموافق[^\S\n]*)?)?$")
_PREP_END = re.compile(r"(?<!\w)[وفل]?(?:في|منذ|حتي|خلال|قبل|بعد|يوم|بتاريخ|من|الي|و|ان|انه|قال|عام)[^\S\n]*[-–—،,:]?[^\S\n]*$")
# the months of the Iranian solar calendar, as Iranian outlets writing in Arabic spell them (normalised)
_SOLAR_MONTHS = _alt(("فروردين", "ارديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "ابان", "اذر", "دي", "بهمن",
                      "اسفند"))
_DATE_ONLY_REST = re.compile(
    # (a newspaper's issue number may lead the line: "العدد ٢٧٤٥ الأربعاء ٢٥ تشرين الثاني ٢٠١٥")
    r"[\s\-–—|،,/()\[\]:.]*(?:(?:يوم|الموافق|م|ه|هجري|هجريه|ميلادي|العدد\s*(?:رقم\s*)?:?\s*\d+)"
    r"[\s\-–—|،,/()\[\]:.]*|" + _WDA
    + r"[\s\-–—|،,/()\[\]:.]*|(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?:[^\S\n]*(?:ص|م|am|pm))?[\s\-–—|،,/()\[\]:.]*"
    # (an ISO stamp's time and zone: "2023-03-12T10:30:00+03:00")
    r"|[Tt](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?"
    # (an Iranian outlet's solar date beside the Gregorian one: "11 آبان 1403 - 2024/11/01")
    r"|\d{1,2}[^\S\n]+" + _SOLAR_MONTHS + r"[^\S\n]+1[34]\d\d(?:[^\S\n]*(?:ه[^\S\n]*\.?[^\S\n]*ش|هجري[^\S\n]+شمسي))?"
    r"[\s\-–—|،,/()\[\]:.]*)*"
)
_HAS_WD = re.compile(r"(?<!\w)" + _WDA + r"(?!\w)")


def _line_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    return ls, (len(text) if le == -1 else le)


def find_publication_date(text: str, *, matches: list[tuple[int, re.Match[str]]] | None = None
                          ) -> tuple[dt.date, int, int] | None:
    """The article's own publication date read from its text (normalised view), with the span
    of the date, or None. Priority: labelled stamp ("نشر في") > date + time stamp > dateline >
    date alone on its line > update stamp ("اخر تحديث") > a weekday+date page header, the last
    only when it is the only full date in the text. Copyright lines never count.
    ``matches``: ``expression_matches(text)`` when the caller already has it."""
    cands = [r for r in _scan(text, None, matches) if r[3] == "day" and r[2] is not None and not r[5]]
    if not cands:
        return None
    # first "long" line: a date-only line with a weekday above it is a page header
    first_long = len(text)
    for lm in re.finditer(r"[^\n]{35,}", text):
        if len(lm.group(0).strip()) >= 35:
            first_long = lm.start()
            break
    top = max(1500, len(text) * 2 // 5)
    best: tuple[int, int, tuple] | None = None
    header = []
    for r in cands:
        s, e = r[0], r[1]
        ls, le = _line_bounds(text, s, e)
        line = text[ls:le]
        if _COPYRIGHT.search(line):
            continue
        hijri = _is_hijri(text[s:e])
        short = len(line.strip()) <= 100
        cat = None
        # 1) labels (publication before update)
        win_lo = max(0, s - 50)
        lab = None
        for lr, kind in ((_PUB_LABEL, 0), (_UPD_LABEL, 4)):
            for lm in lr.finditer(text, win_lo, s):
                gap = text[lm.end():s]
                if (_LABEL_GAP.fullmatch(gap) and (short or ":" in gap)
                        and (lab is None or lm.end() > lab[0])):
                    lab = (lm.end(), kind)
        if lab is not None:
            cat = lab[1]
        elif hijri:
            cat = 5 if _date_only(text, ls, le, cands) else None
        else:
            donly = _date_only(text, ls, le, cands)
            if donly and s < first_long and _HAS_WD.search(line):
                cat = 5  # weekday + date above the title: the site's "today" header
            elif s > top:
                cat = None  # unlabelled dates far down are related-article lists
            elif short and (_TIME_AFTER.match(text, e) or _TIME_BEFORE.search(text, max(ls, s - 25), s)
                            or ":" in text[s:e]):
                cat = 1
            elif donly:
                cat = 3
            elif _DATELINE_PREFIX.fullmatch(text, ls, s) and not _PREP_END.search(text, ls, s) and (
                    len(text[e:le].strip()) >= 15
                    # ("بغداد/ الخميس 16 مايو 2024", "بغداد - 16 مايو 2024" alone on a line near the top)
                    or short and text.count("\n", 0, ls) <= 4 and not text[e:le].strip(" .-–—|")):
                cat = 2  # a dateline
            elif short and _AGENCY_END.search(line):
                cat = 2  # "الرياض 06 أبريل 2023 م واس": a dateline closed by the agency's code
            elif len(line.strip()) <= 45 and _CITY_FI.fullmatch(text, ls, s) and not text[e:le].strip(" .-–—"):
                cat = 2  # "القاهرة في 14 فبراير 2024" alone on its line: a dateline
            elif short and text.count("\n", 0, ls) <= 4 and not text[e:le].strip() and (
                    "|" in text[ls:s] or _outlet_dash(text, ls, s) and _HAS_WD.search(line)):
                # "المدن - عرب وعالم | الأربعاء 2023/05/10", "المحور اليومي - الأربعاء 12 جانفي 2022": the outlet's
                # section line, then its stamp
                cat = 3
        if cat is None:
            continue
        if cat == 5:
            header.append(r)
            continue
        key = (cat, s)
        if best is None or key < best[:2]:
            best = (cat, s, r)
    if best is not None:
        r = best[2]
    elif header and all(_line_bounds(text, c[0], c[1]) == _line_bounds(text, header[0][0], header[0][1])
                        for c in cands):
        r = next((h for h in header if not _is_hijri(text[h[0]:h[1]])), header[0])
    else:
        return None
    return dt.date.fromisoformat(r[2]), r[0], r[1]


_MONTH_NAME_RE = re.compile(_ANYM + _NW)
_DASH_BEFORE = re.compile(r"\s[-–—]\s")


def _outlet_dash(text: str, ls: int, s: int) -> bool:
    """Is the line's start, before the date, an outlet's (or byline's) short name and a dash — on a line below the
    headline, not a headline's own "- الخميس 16 مايو 2024" nor a related link ("اقرا ايضا: ... - السبت ...")?"""
    m = _DASH_BEFORE.search(text, ls, s)
    if m is None or ls == 0 or not text[:ls].strip() or text[m.end():s].strip():
        return False
    head = text[ls:m.start()]
    return len(head.split()) <= 4 and ":" not in head and "اقرا" not in head


def _is_hijri(s: str) -> bool:
    m = _MONTH_NAME_RE.search(s)
    return m is not None and _MONTH_INFO.get(_collapse(m.group(0)), ("g", 0))[0] == "h"


def _date_only(text: str, ls: int, le: int, cands) -> bool:
    """Is the line made only of dates, weekdays, times and separators?"""
    pos = ls
    for c in cands:
        if c[1] <= ls or c[0] >= le:
            continue
        if not _DATE_ONLY_REST.fullmatch(text, pos, c[0]):
            return False
        pos = c[1]
    return bool(_DATE_ONLY_REST.fullmatch(text, pos, le))
