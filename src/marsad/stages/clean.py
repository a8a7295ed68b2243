"""Boilerplate removal: mark site furniture that news pages mix into the article text.

Nothing is deleted from ``Doc.text`` (offsets must keep indexing the original); the ranges are
recorded in ``Doc.boilerplate`` and blanked in the matching view that later stages read.
"""

from __future__ import annotations

import re

from ..model import Doc, Span
from ..pipeline import register

_WEEKDAYS = "(?:السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة)"
_MONTHS = (
    "(?:يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|"
    "نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|"
    "تشرين الأول|تشرين الثاني|كانون الأول)"
)
_HIJRI = "(?:محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة)"

# Whole lines that are site furniture, never article prose.
_LINE_PATTERNS = [
    # navigation trails: "الصفحة الرئيسية >> التبادلات الدولية", "الرئيسية » أخبار"
    r"(?:الصفحة الرئيسية|الرئيسية|Home)\s*(?:>>|»|>|/|\|).*",
    # (short segments with no opening «, no sentence punctuation: a closing » of a quotation — «إكس» —
    # in a short paragraph is prose)
    r"(?:[^«».!?؟،\n]{1,40}(?:>>|»)\s*){1,8}[^«».!?؟،\n]{0,40}",
    # "read more", related items, comment and share widgets
    r"(?:صور ساخنة|قد يهمك|قد يهمك أيضا|قد يعجبك أيضا|اقرأ أيضا|اقرأ أيضًا|إقرأ أيضا|اقرأ المزيد|شاهد أيضا|شاهد أيضًا|"
    r"أخبار ذات صلة|مواضيع ذات صلة|مقالات ذات صلة|الأكثر قراءة|الأكثر مشاهدة|عن الكاتب|اترك ردا|اترك رد|"
    r"اترك تعليقا|اترك تعليقاً|أضف تعليق|التعليقات|شارك|شارك الخبر|شارك المقال|تابعنا على|تابعونا على|"
    r"للمزيد|المزيد من الأخبار|اشترك في النشرة|إعلان|Advertisement|Share|Tags|الكلمات المفتاحية|"
    r"كلمات مفتاحية|وسوم)\s*[:：]?\s*",
    # photo credits and captions
    r"(?:صورة|الصورة|صور|تصوير|صورة أرشيفية|أرشيفية|Photo|Getty Images|رويترز/|فرانس برس/)\s*[:：/(].{0,120}",
    r"\(?صورة أرشيفية\)?",
    # a page's own "today" header: a weekday and a date alone on a line (Gregorian and/or Hijri)
    rf"{_WEEKDAYS}\s*[،,]?\s*\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}(?:\s*م)?(?:\s*[|،,-]?\s*\d{{1,2}}\s+{_HIJRI}\s+\d{{4}}\s*(?:هـ|ه)?)?",
    rf"{_WEEKDAYS}?\s*[،,]?\s*\d{{1,2}}\s+{_HIJRI}\s+\d{{4}}\s*(?:هـ|ه)?",
]
_LINE_RE = re.compile(r"^\s*(?:" + "|".join(_LINE_PATTERNS) + r")\s*$", re.IGNORECASE)

# Copyright/ownership footers: any line carrying these markers is furniture.
_FOOTER_RE = re.compile(
    r"(?:حقوق النشر|حقوق الطبع|جميع الحقوق محفوظة|كافة الحقوق محفوظة|©|Copyright|All rights reserved|"
    r"جميع المحتويات المنشورة على موقع)",
    re.IGNORECASE,
)
# The "today" header only counts as furniture at the top of the page (before the article starts).
_HEADER_LINES = 3


def find_boilerplate(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    pos = 0
    nonempty_seen = 0
    prev_headline = headline_seen = headline_passed = False
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        body = text[start:end]
        if not body.strip():
            continue
        nonempty_seen += 1
        kind = None
        if _FOOTER_RE.search(body) and len(body) < 1500:
            kind = "footer"
        elif _LINE_RE.match(body):
            kind = "furniture"
            # A weekday+date line is a page header only near the top, above the headline; inside an article
            # it is prose, and right under the headline ("السبت 30 تشرين الأول 2021") the article's own date.
            # (nor below the headline past a byline: "المشهد العربي - وكالات" then "الثلاثاء 24 ديسمبر 2024م")
            if re.match(rf"^\s*{_WEEKDAYS}", body) and (nonempty_seen > _HEADER_LINES or prev_headline
                                                       or headline_passed):
                kind = None
        if kind:
            out.append((start, end, kind))
        stripped = body.strip()
        # (the headline: the first line that is not furniture, long and with no full stop — below a page's
        # own "today" header when there is one)
        prev_headline = kind is None and not headline_seen and len(stripped) >= 35 and \
            not stripped.endswith((".", "۔"))
        headline_seen = headline_seen or kind is None
        headline_passed = headline_passed or prev_headline
    return out


@register("clean")
def clean(doc: Doc) -> Doc:
    spans = tuple(Span(s, e, doc.text[s:e], k) for s, e, k in find_boilerplate(doc.text))
    title = doc.title or guess_title(doc.text, spans)
    return doc.evolve(boilerplate=spans, title=title)


def guess_title(text: str, boilerplate: tuple[Span, ...]) -> str | None:
    """First short content line when it reads like a headline (no final full stop)."""
    blocked = {(s.start, s.end) for s in boilerplate}
    pos = 0
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        body = text[start:end].strip()
        if not body or (start, end) in blocked:
            continue
        if len(body) <= 160 and not body.endswith((".", "۔")):
            return body
        return None
    return None


def blank(text: str, spans: tuple[Span, ...]) -> str:
    """``text`` with the given spans replaced by spaces (same length, newlines kept)."""
    if not spans:
        return text
    chars = list(text)
    for s in spans:
        for i in range(s.start, s.end):
            if chars[i] not in "\n\r":
                chars[i] = " "
    return "".join(chars)
