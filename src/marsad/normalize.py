"""Arabic normalisation for matching, with a map back to original offsets.

Every span marsad reports indexes the *original* decoded text, while matching runs on a
normalised view. The normalised view only ever (a) replaces one character by one character or
(b) deletes characters, so a list ``offsets`` with ``offsets[i]`` = original index of normalised
character ``i`` is enough to map any span back.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

# Characters deleted from the matching view: Arabic diacritics (tashkeel incl. tanween, shadda,
# sukun, superscript alef), Quranic marks, tatweel, zero-width and bidi controls, soft hyphen.
_DELETE_CHARS = (
    "\u0610-\u061a"  # Quranic honorifics / small signs
    "\u064b-\u065f"  # harakat, tanween, shadda, sukun, hamza above/below marks
    "\u0670"  # superscript (dagger) alef
    "\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"  # Quranic annotation signs
    "\u0640"  # tatweel
    "\u200b-\u200f"  # zero-width space/joiners, LRM, RLM
    "\u202a-\u202e"  # bidi embeddings/overrides
    "\u2066-\u2069"  # bidi isolates
    "\u061c"  # Arabic letter mark
    "\ufeff"  # BOM / zero-width no-break space
    "\u00ad"  # soft hyphen
)
DELETE_RE = re.compile(f"[{_DELETE_CHARS}]")

# One-to-one replacements. Why each: news spells the same word with any of these.
_MAP = {
    # alef forms: hamza placement is inconsistent in news prose (أحمد / احمد)
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    # alef maqsura vs ya at word end (على / علي in sloppy typing; مصطفى / مصطفي)
    "ى": "ي",
    # taa marbuta vs ha at word end (القاهرة / القاهره)
    "ة": "ه",
    # hamza seats on waw / ya (مسؤول / مسئول)
    "ؤ": "و", "ئ": "ي",
    # Persian / Urdu letters that appear in copied text and transliterations
    "ک": "ك", "ی": "ي", "گ": "ك", "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق",
    "ە": "ه", "ھ": "ه", "ۀ": "ه",
    # non-breaking and exotic spaces behave like spaces
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u3000": " ",
    # Arabic punctuation variants kept as-is, but the Arabic percent / decimal separators to ASCII
    "٪": "%", "٫": ".", "٬": ",",
}
# Eastern Arabic and Persian digits to ASCII so dates and numbers match one pattern.
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)
# ASCII upper to lower (Latin names inside Arabic text); str.lower() could change lengths.
for _c in range(ord("A"), ord("Z") + 1):
    _MAP[chr(_c)] = chr(_c + 32)

# every value is one character: a full BMP string table lets str.translate index, not hash
# (made by translating the BMP once: a C loop, ~10x faster at import than a generator over 65,536)
_TABLE = "".join(map(chr, range(0x10000))).translate({ord(k): v for k, v in _MAP.items()})
# str.translate looks every non-ASCII character up one by one (~100 ns each); a chain of
# str.replace runs a fast C search per mapped character instead, ~10x faster on Arabic prose.
# Equivalent to translate because every key is one character and no value is also a key.
_REPLACEMENTS = tuple(_MAP.items())
assert not set(_MAP.values()) & set(_MAP)


def _translate(text: str) -> str:
    for a, b in _REPLACEMENTS:
        text = text.replace(a, b)
    return text


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised view of ``original`` and the map from its indices to the original's."""

    original: str
    text: str
    # offsets[i] is the original index of text[i]; None means the identity map (nothing deleted).
    offsets: tuple[int, ...] | None

    def orig_index(self, i: int) -> int:
        if self.offsets is None:
            return i
        if i >= len(self.offsets):
            return len(self.original)
        return self.offsets[i]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open normalised span to the smallest original span that covers it."""
        if self.offsets is None:
            return start, end
        if end <= start:
            o = self.orig_index(start)
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1

    def from_original(self, start: int, end: int) -> tuple[int, int]:
        """Map an original span to the normalised span of the characters it keeps."""
        if self.offsets is None:
            return start, end
        return bisect.bisect_left(self.offsets, start), bisect.bisect_left(self.offsets, end)

    def __reduce__(self) -> tuple[type[Normalized], tuple[str, str, tuple[int, ...] | None]]:
        # pickle as (class, field values): a mypyc-compiled frozen dataclass restores its state
        # through the frozen ``__setattr__`` and fails (``ingest --jobs`` pickles worker Docs)
        return Normalized, (self.original, self.text, self.offsets)


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching and keep the offset map (see module docstring)."""
    mapped = _translate(text)
    dels = [m.start() for m in DELETE_RE.finditer(mapped)]
    if not dels:
        return Normalized(text, mapped, None)
    offsets: list[int] = []
    prev = 0
    for d in dels:
        offsets.extend(range(prev, d))
        prev = d + 1
    offsets.extend(range(prev, len(mapped)))
    return Normalized(text, DELETE_RE.sub("", mapped), tuple(offsets))


@lru_cache(maxsize=65536)
def norm(s: str) -> str:
    """Normalised form of a short string (names, lexicon entries); cached."""
    return DELETE_RE.sub("", s.translate(_TABLE)).strip()

