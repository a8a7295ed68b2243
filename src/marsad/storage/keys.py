"""Order-preserving integer keys that let text queries stop early (migration 0008).

The full-text index (FTS5, SQLite) returns matches in rowid order and can stop as soon as the
caller stops reading. Matching every article of a common phrase costs O(store) (a phrase in a
sixth of 100,000 articles took ~300 ms), so an article's full-text rowid is chosen so that both
text queries can stop after a prefix of the matches:

* ``(floor << 32) | articles.rowid``, where ``floor`` is ``date_code`` of a lower bound of the
  listing key (``COALESCE(date, '9999')``) of every event the article reports. An event's date is
  one of its reports' dates, and all of an event's reports have the same date precision and lie
  within the type's window of each other (``merge``), so a report dated ``d`` can only be in
  events listed at ``d`` minus the window or later (coarse dates: at ``d`` itself; undated: at
  '9999'). Reports never change date, so the floor is fixed when the article is stored, however
  its events merge later. An event listing filtered by text reads matches in ascending rowid and
  stops when its page is complete and ranks before the floor of the next match.
* ``search`` (newest first) reads matches in descending rowid; ``k_bound`` holds, per floor, the
  latest publication date of the articles with that floor, so the search stops when its page is
  newer than every article with a floor at most that of the next match.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from .merge import DEFAULT_WINDOW, WINDOW_DAYS

_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
ROWID_BITS = 32  # articles.rowid below 2**32: the floor goes above it


def date_code(s: str) -> int | None:
    """An integer for a listing key ('YYYY', 'YYYY-MM', 'YYYY-MM-DD'; '9999' for undated) that keeps
    string order: s1 < s2 implies code(s1) <= code(s2) (the first day of the period, times four,
    plus the precision: '2015' < '2015-01' < '2015-01-01'). None: not such a date."""
    if not _DATE.fullmatch(s):
        return None
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s).toordinal() * 4 + 2
        if len(s) == 7:
            return dt.date(int(s[:4]), int(s[5:7]), 1).toordinal() * 4 + 1
        return dt.date(int(s), 1, 1).toordinal() * 4
    except ValueError:
        return None


UNDATED: int = dt.date(9999, 1, 1).toordinal() * 4  # date_code("9999"): the key of undated events


def report_floor(date: str | None, type_: str) -> int:
    """``date_code`` of a lower bound of the listing key of any event holding a report of this date
    and type (0 when the date is not a date: such a report is read first)."""
    if date is None:
        return UNDATED
    if len(date) == 10:
        try:
            day = dt.date.fromisoformat(date) if _DATE.fullmatch(date) else None
        except ValueError:
            day = None
        if day is None:
            return 0
        lo = day.toordinal() - WINDOW_DAYS.get(type_, DEFAULT_WINDOW)
        return max(lo, 1) * 4 + 2
    return date_code(date) or 0


def article_floor(reports: Iterable[tuple[str | None, str]]) -> int:
    """The floor of an article from its reports' (date, type): the smallest report floor; an article
    without reports lists no event (it goes with the undated)."""
    return min((report_floor(d, t) for d, t in reports), default=UNDATED)


def fts_rowid(floor: int, article_rowid: int) -> int:
    if not 0 < article_rowid < 1 << ROWID_BITS:  # pragma: no cover - 4 billion articles
        raise ValueError(f"article rowid out of range: {article_rowid}")
    return (floor << ROWID_BITS) | article_rowid
