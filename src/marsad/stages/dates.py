"""Dates stage: the publication date and every temporal expression, resolved to the day when the
text allows it. Metadata wins; else the article's own stamp or dateline (never a page's "today"
header, which the clean stage blanks); else None. Relative expressions resolve against it.
"""

from __future__ import annotations

import datetime as dt

from ..model import Doc, Timex
from ..pipeline import register
from ..temporal import expression_matches, find_publication_date, tag_temporal


@register("dates")
def dates_stage(doc: Doc) -> Doc:
    text = doc.norm_text
    published, source = doc.meta_published, doc.published_source
    news_day: dt.date | None = None
    matches = expression_matches(text)  # the regex scan, shared by both readings below
    found = find_publication_date(text, matches=matches)
    if published is None and found is not None:
        published, source = found[0], "text"
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
    lead_end = doc.sentences[min(len(doc.sentences), 4) - 1].end if doc.sentences else 0
    for mt in timexes:
        if mt.start < lead_end and mt.precision == "day" and mt.value and published is not None:
            d = dt.date.fromisoformat(mt.value)
            if dt.timedelta(0) <= published - d <= dt.timedelta(days=2):
                news_day = d
                break
    extra = {**doc.extra, "news_day": (news_day or published)}
    return doc.evolve(published=published, published_source=source, timexes=tuple(timexes), extra=extra)
