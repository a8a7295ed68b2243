"""Arabic-script to Latin transliteration for names discovered in text (no gazetteer entry).

Good enough to give a provisional English label ("جادامبا إنخبايار" -> "Jadamba Inkhbayar");
the Arabic surface is kept alongside as the authoritative form.
"""

from __future__ import annotations

_MAP = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
    "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a",
    "و": "u", "ي": "i", "ى": "a", "ء": "", "ؤ": "o", "ئ": "i", "پ": "p", "چ": "ch", "گ": "g", "ڤ": "v",
}
_VOWELS = set("aeiou")


def _word(w: str) -> str:
    out: list[str] = []
    for i, ch in enumerate(w):
        lat = _MAP.get(ch, ch if ch.isascii() else "")
        # و / ي are consonants at the start of a word or between vowels (وانغ -> Wang, يوري -> Yuri)
        if ch == "و" and (i == 0 or (out and out[-1][-1:] in _VOWELS and i + 1 < len(w) and w[i + 1] in "اي")):
            lat = "w"
        elif ch == "ي" and (i == 0 or (i + 1 < len(w) and w[i + 1] in "او")):
            lat = "y"
        elif ch == "ا" and i == 0:
            lat = "a"
        out.append(lat)
    s = "".join(out)
    # common endings/clusters of transliterated foreign names
    s = s.replace("ngh", "ng").replace("aua", "awa").replace("tsh", "ch")  # تش: Chávez, -vich
    if s.endswith("fich"):
        s = s[:-4] + "vich"  # بروتاسيفيتش Protasevich: the Slavic patronymic
    if s.startswith("au"):
        s = "u" + s[2:]
    if s.endswith("uf"):
        s = s[:-2] + "ov"
    return s[:1].upper() + s[1:]


def transliterate(name: str) -> str:
    from ..normalize import DELETE_RE

    return " ".join(_word(w) for w in DELETE_RE.sub("", name).split() if w)
