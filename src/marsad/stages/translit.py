"""Arabic-script to Latin transliteration for names discovered in text (no gazetteer entry).

A provisional English label ("جادامبا إنخبايار" -> "Jadamba Enkhbayar"); the Arabic surface is kept
alongside as the authoritative form. Per word: a common given name in its usual English spelling (the
tables below); else a word of a gazetteer person's name as the gazetteer spells it; else letter by
letter by the transliteration model learned from the gazetteer's persons
(``marsad.resources.translit_model``), which supplies the vowels Arabic leaves unwritten; a word with a
letter the model never saw, by the fixed table ``_MAP``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from ..resources import _data_bytes, lexicon
from ..resources.translit_model import ALLOWED, GROUP_OF, decode

_MAP = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
    "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a",
    "و": "u", "ي": "i", "ى": "a", "ء": "", "ؤ": "o", "ئ": "i", "پ": "p", "چ": "ch", "گ": "g", "ڤ": "v",
}
_VOWELS = set("aeiou")
# Common foreign given names as Arabic news spells them: letter-by-letter they come out wrong
# ("فلاديمير" -> "Fladimir", "أليكسي" -> "Aliksi"), and the gold spelling is the usual English one.
_GIVEN = {
    "فلاديمير": "Vladimir", "فولوديمير": "Volodymyr", "أليكسي": "Alexey", "ألكسي": "Alexey", "اليكسي": "Alexey",
    "ألكسندر": "Aleksandr", "أليكسندر": "Aleksandr", "ألكساندر": "Alexander", "أولكسندر": "Oleksandr",
    "سيرغي": "Sergey", "سيرجي": "Sergey", "ديمتري": "Dmitry", "دميتري": "Dmitry", "دميترو": "Dmytro",
    "ميخائيل": "Mikhail", "ميخايلو": "Mykhailo", "نيكولاي": "Nikolai", "إيغور": "Igor", "ايغور": "Igor",
    "يوري": "Yuri", "أندريه": "Andrey", "اندريه": "Andrey", "بوريس": "Boris", "إيفان": "Ivan",
    "أوليغ": "Oleg", "فيكتور": "Viktor", "يفغيني": "Yevgeny", "فاليري": "Valery",
    "كونستانتين": "Konstantin", "بافل": "Pavel", "ماكسيم": "Maxim", "أناتولي": "Anatoly", "ليونيد": "Leonid",
    "غينادي": "Gennady", "فياتشيسلاف": "Vyacheslav", "ماريا": "Maria", "أولغا": "Olga", "تاتيانا": "Tatiana",
    "ناتاليا": "Natalia", "إيلينا": "Elena", "يلينا": "Yelena", "آنا": "Anna", "جان": "Jean", "بيار": "Pierre",
    "بيير": "Pierre", "جاك": "Jacques", "فرانسوا": "François", "إيمانويل": "Emmanuel", "ميشال": "Michel",
    "ميشيل": "Michel", "كريستوف": "Christophe", "فيليب": "Philippe", "أنطونيو": "Antonio", "خوسيه": "José",
    "كارلوس": "Carlos", "لويس": "Luis", "ماريو": "Mario", "جوزيبي": "Giuseppe", "فرانك": "Frank", "هانس": "Hans",
    "كلاوس": "Klaus", "فولفغانغ": "Wolfgang", "يوهان": "Johann", "ديفيد": "David", "دافيد": "David", "جون": "John",
    "جيمس": "James", "روبرت": "Robert", "مايكل": "Michael", "ويليام": "William", "وليام": "William",
    "ريتشارد": "Richard", "توماس": "Thomas", "بيتر": "Peter", "بول": "Paul", "مارك": "Mark", "ستيفن": "Stephen",
    "أنتوني": "Antony", "جوزيف": "Joseph", "كيفن": "Kevin", "ماري": "Marie", "مارغوس": "Margus", "أندريس": "Andres",
    "يانيس": "Janis", "إدغارس": "Edgars", "غابرييل": "Gabriel", "جورج": "George", "هنري": "Henri", "لوران": "Laurent",
    "نيكولا": "Nicolas", "دانيال": "Daniel", "دانييل": "Daniel", "ماتيو": "Matteo", "ستيفان": "Stefan",
    "أولاف": "Olaf", "كريستيان": "Christian", "ماريانا": "Mariana", "إيغناسيو": "Ignacio", "غوستافو": "Gustavo",
    "فرناندو": "Fernando", "ريكاردو": "Ricardo", "إدواردو": "Eduardo", "خافيير": "Javier", "خوان": "Juan",
    "بيدرو": "Pedro", "مانويل": "Manuel", "سيلسو": "Celso", "ماورو": "Mauro", "أليخاندرو": "Alejandro",
    "كيم": "Kim", "لي": "Li", "وانغ": "Wang", "تشانغ": "Zhang", "ليو": "Liu", "تشين": "Chen",
    # Spanish and Portuguese (Latin American news): ج and خ for Spanish j/g, final ي for e
    "خورخي": "Jorge", "خورخيه": "Jorge", "راكيل": "Raquel", "لوريانو": "Laureano", "فيوليتا": "Violeta",
    "روبرتو": "Roberto", "ألبرتو": "Alberto", "البرتو": "Alberto", "غييرمو": "Guillermo", "أليسيا": "Alicia",
    "اليسيا": "Alicia", "غابرييلا": "Gabriela", "رافائيل": "Rafael", "ميغيل": "Miguel", "ميجيل": "Miguel",
    "إنريكي": "Enrique", "انريكي": "Enrique", "سيباستيان": "Sebastián", "فرانسيسكو": "Francisco",
    "فيليبي": "Felipe", "نيكولاس": "Nicolás", "ألفارو": "Álvaro", "الفارو": "Álvaro", "إيفو": "Evo",
    "جواو": "João", "لويز": "Luiz", "أوسكار": "Oscar", "سيرجيو": "Sergio", "سرجيو": "Sergio",
    "ديلسي": "Delcy", "كلاوديا": "Claudia", "مارسيلو": "Marcelo", "دانيلو": "Danilo",
    "رودريغو": "Rodrigo", "رودريجو": "Rodrigo", "غونزالو": "Gonzalo", "إرنستو": "Ernesto", "أرتورو": "Arturo",
    "خيسوس": "Jesús", "ديانا": "Diana", "فرانسيا": "Francia", "كاتالينا": "Catalina", "باولا": "Paula",
    "دينا": "Dina", "ماوريسيو": "Mauricio", "ألبيرتو": "Alberto",
    "سانتياغو": "Santiago", "لاسو": "Lasso",
    # English, German, Dutch, Nordic, Italian
    "كاميرون": "Cameron", "مايك": "Mike", "أنجيلا": "Angela", "انجيلا": "Angela", "كريستين": "Christine",
    "ستيفاني": "Stephanie", "جاستن": "Justin", "ميلاني": "Mélanie", "ليندا": "Linda", "سارة": "Sarah",
    "كاثرين": "Catherine", "إليزابيث": "Elizabeth", "جيريمي": "Jeremy", "ماثيو": "Matthew", "أندرو": "Andrew",
    "سكوت": "Scott", "كيرت": "Kurt", "كورت": "Kurt", "جيك": "Jake", "نيد": "Ned", "ماريز": "Marise",
    "بنيامين": "Benjamin", "يواف": "Yoav", "جورجيا": "Giorgia",
    "ماركو": "Marco", "باولو": "Paolo", "لويجي": "Luigi", "فرانك-فالتر": "Frank-Walter", "أنالينا": "Annalena",
    "أورسولا": "Ursula", "ينس": "Jens", "ماغدالينا": "Magdalena", "سانا": "Sanna",
    "كايا": "Kaja", "أولف": "Ulf", "توبياس": "Tobias", "نيكوس": "Nikos", "كيرياكوس": "Kyriakos",
}
# Arabic names as English-language news spells them: letter by letter they lose their vowels ("محمد" ->
# "Mhmd", "عثمان" -> "Athman"); with the article, "al-" + the name ("الحسين" -> al-Hussein)
_ARABIC = {
    "محمد": "Mohamed", "أحمد": "Ahmed", "محمود": "Mahmoud", "مصطفى": "Mustafa", "علي": "Ali", "حسن": "Hassan",
    "حسين": "Hussein", "حسني": "Hosni", "عمر": "Omar", "عثمان": "Osman", "عمرو": "Amr", "خالد": "Khalid",
    "يوسف": "Youssef", "إبراهيم": "Ibrahim", "إسماعيل": "Ismail", "يحيى": "Yahya",
    "سعيد": "Said", "سعد": "Saad", "فؤاد": "Fouad", "جمال": "Jamal", "كمال": "Kamal", "عادل": "Adel",
    "سامي": "Sami", "سمير": "Samir", "نبيل": "Nabil", "طارق": "Tarek", "وليد": "Walid", "زياد": "Ziad",
    "كريم": "Karim", "مروان": "Marwan", "هشام": "Hisham", "حاتم": "Hatem", "أسامة": "Osama", "ياسر": "Yasser",
    "أيمن": "Ayman", "محسن": "Mohsen", "حامد": "Hamed", "حميد": "Hamid", "عباس": "Abbas", "جابر": "Jaber",
    "صالح": "Saleh", "سالم": "Salem", "صباح": "Sabah", "ناصر": "Nasser", "منصور": "Mansour", "راشد": "Rashid",
    "ماجد": "Majid", "هاني": "Hani", "فيصل": "Faisal", "فهد": "Fahd", "سلطان": "Sultan", "سلمان": "Salman",
    "زايد": "Zayed", "حمد": "Hamad", "حمدان": "Hamdan", "طحنون": "Tahnoun", "بدر": "Badr", "بندر": "Bandar",
    "تركي": "Turki", "نايف": "Nayef", "طلال": "Talal", "رياض": "Riad", "عماد": "Emad", "إيهاب": "Ehab",
    "حازم": "Hazem", "شريف": "Sherif", "أشرف": "Ashraf", "مجدي": "Magdy", "عصام": "Essam", "هيثم": "Haitham",
    "رامي": "Rami", "باسم": "Basem", "بسام": "Bassam", "رضا": "Reda", "فريد": "Farid", "رشيد": "Rachid",
    "نور": "Nour", "فاطمة": "Fatima", "عائشة": "Aisha", "مريم": "Mariam", "ليلى": "Laila", "رانيا": "Rania",
    "هند": "Hind", "هدى": "Huda", "أمل": "Amal", "منى": "Mona", "سارة": "Sara", "نادية": "Nadia",
    "عبدالله": "Abdullah", "عبدالعزيز": "Abdulaziz", "عبدالرحمن": "Abdulrahman", "عبدالرحيم": "Abdel Rahim",
    "عبد": "Abdel", "الله": "Allah", "الدين": "el-Din", "الرحمن": "Rahman", "الرحيم": "Rahim", "العزيز": "Aziz",
    "بن": "bin", "أبو": "Abu", "آل": "Al",
}
# (the given names of that table: after one of them an ال-word is a family name, "أحمد الصحاف")
ARABIC_GIVEN = frozenset(w for w in _ARABIC if w not in ("عبد", "الله", "الدين", "الرحمن", "الرحيم", "العزيز", "بن",
                                                            "أبو", "آل"))
_ALEF = str.maketrans("أإآةى", "اااهي")  # (hamza forms, taa marbuta and alif maqsura folded: "سارة" = "ساره")
_GIVEN_N = {k.translate(_ALEF): v for k, v in {**_ARABIC, **_GIVEN}.items()}  # (hamza forms folded)
# Slavic family-name endings: "ليباييف" -> Lipayev, "ميدفيديف" -> Medvedev
_ENDINGS = (("ييف", "yev"), ("ايف", "ayev"), ("يف", "ev"), ("سكي", "sky"), ("تسكي", "tsky"))


@lru_cache(maxsize=1)
def _listed_given() -> dict[str, str]:
    """The shipped list of Arab given names (hamza forms folded) -> their usual English spelling."""
    return {g["name"].translate(_ALEF): g["en"] for g in lexicon().get("given_names", ())}


@lru_cache(maxsize=1)
def _model() -> dict[str, Any]:
    return json.loads(_data_bytes("translit.json"))


def _word(w: str, group: str | None = None) -> str:
    given = _GIVEN_N.get(w.translate(_ALEF))
    if given is not None:
        return given
    if w.startswith("ال") and (named := _GIVEN_N.get(w[2:].translate(_ALEF))) is not None:
        return "al-" + named  # "الحسين" -> al-Hussein
    model = _model()
    known = model["lexicon"].get(w)
    if known is not None:
        return known.capitalize()  # a word of a gazetteer person's name, as the gazetteer spells it
    listed = _listed_given().get(w.translate(_ALEF))
    if listed is not None:
        return listed  # an Arab given name of the shipped list (data/lexicon/given_names.tsv) no person has yet
    if w.startswith("ال") and (len(w) >= 5 or w[2:] in model["lexicon"]):
        return "al-" + _word(w[2:], group)  # "الكربولي": the article, then the name (al-Karbouli)
    if all(c in ALLOWED for c in w):
        # (a word of a name of a language group's country by the contexts of that group's names alone)
        ctx = model.get("group_context", {}).get(group) if group else None
        return _tidy(decode(w, {"context": ctx} if ctx else model)).capitalize()
    return _letters(w)


# the Slavic patronymic as letter-by-letter reading (or the model) may write it
_PATRONYMIC = re.compile(r"(?:fich|fitch|vitch)$")


def _tidy(s: str) -> str:
    """Clusters letter-by-letter reading gets wrong whatever the letters around them."""
    s = s.replace("ngh", "ng").replace("tsh", "ch")  # تش: Chávez, -vich
    # بروتاسيفيتش Protasevich: the Slavic patronymic (also from -vitch, its French spelling, which the model learns
    # from French-spelt names too)
    return _PATRONYMIC.sub("vich", s)


def _letters(w: str) -> str:
    """Letter by letter (a word with a letter the model has not learned)."""
    tail = ""
    for ar, lat in _ENDINGS:
        if w.endswith(ar) and len(w) > len(ar) + 2:
            w, tail = w[:-len(ar)], lat
            break
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
    s = "".join(out) + tail
    s = s.replace("ii", "i").replace("uu", "u")  # (a long vowel written twice: "إيساكوف" -> Isakov)
    # common endings/clusters of transliterated foreign names
    s = _tidy(s.replace("aua", "awa"))
    if s.startswith("au"):
        s = "u" + s[2:]
    if s.endswith("uf"):
        s = s[:-2] + "ov"
    return s[:1].upper() + s[1:]


_THEOPHORIC = re.compile(r"(?<!\S)(عبد) (ال\S+)")
# words only an Arab name holds: son/father of, servant of, the family of
_ARAB_NAME_WORDS = frozenset({"بن", "ابن", "بنت", "أبو", "ابو", "عبد", "آل"})


def _arab(words: list[str]) -> bool:
    """Whether a name is an Arab one: a word only Arab names hold ("بن", "عبد", "أبو") or a word with the
    article ("أحمد الصحاف", "خالد المشري"). (Not a common given name alone: Turkish, Pakistani and Maldivian
    names share them — "عمر بولات" is Omer Bolat.)"""
    return any(w in _ARAB_NAME_WORDS or w.startswith(("ال", "عبد")) for w in words)


@lru_cache(maxsize=50_000)  # (a feed names the same new persons in article after article: each read once)
def transliterate(name: str, country: str | None = None) -> str:
    """Latin letters for a name written in Arabic, as English news writes it; ``country`` (ISO3), when known, is
    the person's, whose language group's spelling then decides ("خوسيه" in Madrid or in Dakar)."""
    from ..normalize import DELETE_RE

    # ("عبد الله", "عبد الرحمن" written apart: the one name the tables know)
    name = _THEOPHORIC.sub(lambda m: m.group(1) + m.group(2) if (m.group(1) + m.group(2)).translate(_ALEF) in _GIVEN_N
                           else "~" + m.group(2), name)
    words = DELETE_RE.sub("", name).split()
    group = GROUP_OF.get(country) if country else None
    if group is None and _arab(words):
        group = "arab"
    # (each part of a joined name on its own: "بانييه-روناشيه"; "عبد القادر", marked above, is Abdulqader)
    return " ".join("Abdul" + _word(w[3:], group).lower() if w.startswith("~ال") else
                    "-".join(_word(p, group) for p in w.split("-") if p) for w in words if w)
