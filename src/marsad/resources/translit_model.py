"""The transliteration model: Arabic spellings of foreign and Arab names → their usual Latin spelling,
learned at build time from the gazetteer's persons (their Arabic names and variants beside their English
name), so that a person discovered in text gets the English label a reader would write.

Arabic writes no short vowels and one letter for several Latin ones (و: o/u/w/v, ي: i/e/y, ج: j/g), so
letter by letter "أولوسيغون أوباسانجو" comes out "Ulusighun Ubasanju" where English news writes "Olusegun
Obasanjo". The build aligns every name word with its English word (each Arabic letter writes one Latin
letter group allowed for it, plus the vowels after it; hard EM over the alignments) and counts what
each letter wrote in its context (the letters around it, word edges included). At run time a name word
the gazetteer knows is written as the gazetteer's persons write it (``lexicon``); any other word letter
by letter, each letter by the best-supported choice of its contexts (``decode``). The model is data
(``resources/data/translit.json``); this module trains and applies it, the stage module owns the rules
around it (given names, "al-", endings).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher
from typing import Any

# The Latin letter groups each Arabic letter may write (before the vowels that follow it); "" = silent.
_ALLOWED_SRC = {
    "ا": "a e o i _", "أ": "a o e i u _", "إ": "i e a", "آ": "a", "ب": "b p", "ت": "t", "ث": "t th s",
    "ج": "j g dj zh y", "ح": "h", "خ": "kh h j x ch", "د": "d", "ذ": "dh z d", "ر": "r", "ز": "z s",
    "س": "s c ts", "ش": "sh ch sch s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "a e i o u _",
    "غ": "gh g", "ف": "f v ph", "ق": "q k g c", "ك": "k c ch q x", "ل": "l", "م": "m", "ن": "n",
    "ه": "h a e _", "ة": "a e ah", "و": "o u w v ou oo _", "ي": "i e y ee ie _", "ى": "a y i", "ء": "_",
    "ؤ": "o u", "ئ": "i e y", "پ": "p", "چ": "ch", "گ": "g", "ڤ": "v",
}
ALLOWED = {k: [x.replace("_", "") for x in v.split()] for k, v in _ALLOWED_SRC.items()}
# the vowels (and y) a letter may write after its own group: the short vowels Arabic leaves unwritten
_TAILS = ("", "a", "e", "i", "o", "u", "y", "ee", "ou", "ai", "ie", "io", "ia", "ei", "oo", "ue", "ua", "au", "ea")
# the weight of the vote of each context of a letter (``_keys``' order: alone, with the letter before, with the
# letter after, with both, with both and the second after)
_WEIGHTS = (1.0, 2.0, 2.0, 4.0, 6.0)
_ITERATIONS = 4
# a gazetteer word is taken as a whole only when each of its letters can write its part of the English,
# or the English is close to what the letters give: "الجنرال" beside "Waker" (a title beside a name in
# a long name) or "داي" beside "ai" (words paired wrongly) is no spelling of the word
_LEXICON_MIN_SIMILARITY = 0.75


# Countries (ISO3) whose persons' names share one way of writing them in Latin letters: a group's own contexts,
# learned from its persons alone, decode a discovered name of one of its countries better than the contexts of all
# names (held-out name words within the scorer's tolerance, two folds: Spanish and Portuguese 0.64/0.63 -> 0.70/0.67,
# French 0.51/0.52 -> 0.56/0.54, Persian 0.45/0.69 -> 0.54/0.71 with Pakistan, Arab 0.53/0.54 -> 0.58/0.57). East Asian
# and Slavic names came out no better alone (0.64/0.65 -> 0.59/0.66, 0.65/0.72 -> 0.66/0.66); English and Pakistani
# ones did on the held-out persons (0.55/0.51 -> 0.58/0.51) but worse on the development halves' discovered names
# ("جانيت يلين" Janit Ylin, "فؤاد شودري" Tashaodri): all three keep the contexts of all names.
GROUPS: dict[str, frozenset[str]] = {
    "iberian": frozenset({"ESP", "PRT", "MEX", "ARG", "BRA", "CHL", "COL", "PER", "VEN", "CUB", "BOL", "ECU", "URY",
                          "PRY", "NIC", "HND", "GTM", "SLV", "CRI", "PAN", "DOM", "AGO", "MOZ"}),
    "french": frozenset({"FRA", "BEL", "CHE", "LUX", "SEN", "CIV", "MLI", "BFA", "NER", "TCD", "CMR", "GAB", "COG",
                         "COD", "BEN", "TGO", "GIN", "MDG", "HTI"}),
    "persian": frozenset({"IRN", "AFG", "TJK"}),
    "arab": frozenset({"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
                       "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"}),
}
GROUP_OF = {cc: g for g, ccs in GROUPS.items() for cc in sorted(ccs)}


# Latin letters that NFKD does not split into a base and a mark ("Trần Đại Quang" is Dai, not ai)
_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "ß": "ss",
                               "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ð": "d", "þ": "th"})


def latin_words(name: str) -> list[str]:
    """Lower-case ASCII words of an English name ("Agnès Pannier-Runacher" -> agnes, pannier, runacher)."""
    s = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z]+", " ", s).split()


def arabic_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", name) if w]


def _keys(w: str, i: int) -> tuple[str, ...]:
    """The context keys of letter ``i`` of word ``w`` (already framed by ^ and $)."""
    left, ch, right = w[i], w[i + 1], w[i + 2]
    right2 = w[i + 3] if i + 3 < len(w) else "$"
    return "1" + ch, "L" + left + ch, "R" + ch + right, "3" + left + ch + right, "4" + left + ch + right + right2


def _align(a: str, b: str, logp: Mapping[str, Mapping[str, float]]) -> list[str] | None:
    """Best split of ``b`` into one Latin group per letter of ``a`` (Viterbi), or None."""
    n, m = len(a), len(b)
    best: list[list[float | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, str] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i, ch in enumerate(a):
        pc = logp[ch]
        for j in range(m + 1):
            v0 = best[i][j]
            if v0 is None:
                continue
            for k in range(j, min(m, j + 4) + 1):
                p = pc.get(b[j:k])
                if p is None:
                    continue
                v = v0 + p
                cur = best[i + 1][k]
                if cur is None or v > cur:
                    best[i + 1][k] = v
                    back[i + 1][k] = (j, b[j:k])
    if best[n][m] is None:
        return None
    out, j = [], m
    for i in range(n, 0, -1):
        step = back[i][j]
        assert step is not None
        j, s = step
        out.append(s)
    return out[::-1]


def train(pairs: Iterable[tuple[str, str]], spelled: Iterable[tuple[str, str]] | None = None) -> dict[str, Any]:
    """The model from (Arabic word, Latin word) pairs: context counts from all of them, the word
    lexicon from ``spelled`` (default: the same pairs)."""
    pairs = sorted({(a, b) for a, b in pairs if a and b and all(c in ALLOWED for c in a)})
    spelled = pairs if spelled is None else sorted({(a, b) for a, b in spelled if a and b})
    groups = {ch: sorted({g + t for g in gs for t in _TAILS}) for ch, gs in ALLOWED.items()}
    logp: dict[str, dict[str, float]] = {ch: dict.fromkeys(gs, 0.0) for ch, gs in groups.items()}
    aligned: list[tuple[str, list[str]]] = []
    for _ in range(_ITERATIONS):
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        aligned = []
        for a, b in pairs:
            al = _align(a, b, logp)
            if al is not None:
                aligned.append((a, al))
                for ch, s in zip(a, al):
                    counts[ch][s] += 1
        logp = {ch: {s: math.log((counts[ch][s] + 0.1) / (sum(counts[ch].values()) + 1)) for s in gs}
                for ch, gs in groups.items()}
    context: dict[str, Counter[str]] = defaultdict(Counter)
    for a, al in aligned:
        w = "^" + a + "$"
        for i, s in enumerate(al):
            for key in _keys(w, i):
                context[key][s] += 1
    model: dict[str, Any] = {"context": {k: dict(sorted(c.items())) for k, c in sorted(context.items())}}
    words: dict[str, Counter[str]] = defaultdict(Counter)
    fits = {(a, "".join(al)) for a, al in aligned}
    letters = {a: decode(a, model) for a in {a for a, _ in spelled}}  # (what each word's letters give, once)
    for a, b in spelled:
        if (a, b) in fits or SequenceMatcher(None, letters[a], b).ratio() >= _LEXICON_MIN_SIMILARITY:
            words[a][b] += 1
    # the commonest English spelling of each word (ties: the one closest to what its letters give, then
    # alphabetical)
    model["lexicon"] = {a: min(c.items(), key=lambda x: (-x[1], -SequenceMatcher(None, letters[a], x[0]).ratio(),
                                                         x[0]))[0]
                        for a, c in sorted(words.items())}
    return model


def decode(a: str, model: Mapping[str, Any]) -> str:
    """Latin letters for an Arabic word, each letter by the weighted vote of its contexts (a context
    seen few times votes less)."""
    ctx = model["context"]
    w = "^" + a + "$"
    out = []
    for i in range(len(a)):
        score: dict[str, float] = {}
        for key, weight in zip(_keys(w, i), _WEIGHTS):
            c = ctx.get(key)
            if not c:
                continue
            total = sum(c.values())
            damp = weight * min(1.0, total / 3) / total
            for s, n in c.items():
                score[s] = score.get(s, 0.0) + n * damp
        # (ties broken alphabetically: the same word gives the same letters in every process)
        out.append(min(score.items(), key=lambda x: (-x[1], x[0]))[0] if score else "")
    return "".join(out)


def pairs_of_persons(persons: Iterable[Mapping[str, Any]],
                     spelled_only: bool = False) -> list[tuple[str, str]]:
    """(Arabic word, Latin word) pairs of the persons' names whose word counts agree: of every name and
    variant, or (``spelled_only``) of each person's name as written (the variants are normalised:
    "موسى" there is "موسي", a different name in text)."""
    from ..normalize import DELETE_RE

    out = []
    for p in persons:
        en = latin_words(p["name_en"])
        for ar in [p["name_ar"]] if spelled_only else sorted({p["name_ar"], *p.get("names", [])}):
            aw = arabic_words(DELETE_RE.sub("", ar))
            if len(aw) == len(en):
                out += list(zip(aw, en))
    return out
