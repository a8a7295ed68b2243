"""Dates stage: the publication date and every temporal expression, resolved to the day when the
text allows it. Metadata wins; else the article's own stamp or dateline (never a page's "today"
header, which the clean stage blanks); else None. Relative expressions resolve against it.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Doc, Timex
from ..normalize import normalize
from ..pipeline import register
from ..temporal import WEEKDAYS, expression_matches, find_publication_date, tag_temporal

# "أمس الأربعاء", "اليوم الخميس", "أول أمس الثلاثاء" in the lead (normalised): how many days before the
# publication that weekday was
_LEAD_DAY = re.compile(r"(?<!\w)(اول امس|امس الاول|امس|اليوم)\s+(" + "|".join(WEEKDAYS) + r")(?!\w)")
# a page header lies in the page's first few lines, above the title (characters)
_HEADER_WITHIN = 400
_DAYS_BEFORE = {"اليوم": 0, "امس": 1, "اول امس": 2, "امس الاول": 2}


def _header_line(text: str, start: int, end: int) -> bool:
    """Is the sentence at ``start``..``end`` part of a line with no closing stop (a title, byline, stamp)?"""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    line = text[ls:le if le >= 0 else len(text)].strip()
    return not line.endswith((".", "!", "؟", "?", "…"))


def _lead_bounds(doc: Doc) -> tuple[int, int]:
    """The lead: from the first sentence that is not a header line (a title, byline, stamp or dateline alone on
    its line with no closing stop) to the end of the one after it (at least the fourth sentence)."""
    sents, text = doc.sentences, doc.norm_text
    lead_i = next((i for i, s in enumerate(sents) if not _header_line(text, s.start, s.end)), None)
    if lead_i is None:
        return 0, (sents[min(len(sents), 4) - 1].end if sents else 0)
    return sents[lead_i].start, sents[min(len(sents) - 1, max(lead_i + 1, 3))].end


def _page_header_date(doc: Doc) -> dt.date | None:
    """A weekday and date alone above the title (blanked by the clean stage as a page's "today"
    header), taken as the publication date when the lead's "أمس الأربعاء" / "اليوم الخميس" agrees
    with it: a crawl's "today" would agree one time in seven; the article's own date always does."""
    lead = doc.norm_text[:doc.sentences[min(len(doc.sentences), 4) - 1].end] if doc.sentences else ""
    said = [(_DAYS_BEFORE[m.group(1)], WEEKDAYS[m.group(2)]) for m in _LEAD_DAY.finditer(lead)]
    if not said:
        return None
    for sp in doc.boilerplate:
        if sp.label != "furniture" or sp.start > _HEADER_WITHIN:
            continue
        found = find_publication_date(normalize(sp.text).text)
        if found is not None and all((found[0] - dt.timedelta(days=k)).weekday() == wd for k, wd in said):
            return found[0]
    return None


@register("dates")
def dates_stage(doc: Doc) -> Doc:
    text = doc.norm_text
    published, source = doc.meta_published, doc.published_source
    news_day: dt.date | None = None
    matches = expression_matches(text)  # the regex scan, shared by both readings below
    found = find_publication_date(text, matches=matches)
    if published is None and found is not None:
        published, source = found[0], "text"
    elif published is None and (header := _page_header_date(doc)) is not None:
        published, source = header, "text"
    stamp = (found[1], found[2]) if found is not None else None
    timexes = []
    for tx in tag_temporal(text, published, matches=matches):
        if stamp and tx.start < stamp[1] and stamp[0] < tx.end:
            continue  # the publication stamp itself is not an event date
        sp = doc.norm_span(tx.start, tx.end)
        if not sp.text:
            continue
        timexes.append(Timex(sp.start, sp.end, sp.text, tx.value, tx.precision, tx.end_value,
                             tx.relative, tx.tense))
    # The "news day" that undated present/past events default to: the dateline's day when the lead
    # names one (agency copy is often stamped the day after the event), else the publication date.
    lead_start, lead_end = _lead_bounds(doc)
    # (only days in the lead's prose: not a title's "اليوم" — "وقمة الأمن الجماعي تنطلق اليوم" is the summit's
    # day — nor a stamp line's own weekday, short "sentences" of fewer than six words)
    prose = [s for s in doc.sentences if s.start < lead_end and len(text[s.start:s.end].split()) >= 6]
    for mt in timexes:
        if not lead_start <= mt.start < lead_end or not any(s.start <= mt.start < s.end for s in prose):
            continue
        if mt.precision == "day" and mt.value and published is not None:
            d = dt.date.fromisoformat(mt.value)
            if dt.timedelta(0) <= published - d <= dt.timedelta(days=2):
                news_day = d
                break
    extra = {**doc.extra, "news_day": (news_day or published)}
    return doc.evolve(published=published, published_source=source, timexes=tuple(timexes), extra=extra)
