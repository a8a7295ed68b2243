"""Packaged data, loaded lazily once per process and cached (never mutated after loading).

Extra gazetteer entries (e.g. from ``marsad gazetteer import-wikidata``) are read from the JSONL
files named in the ``MARSAD_GAZETTEER_EXTRA`` environment variable (``os.pathsep``-separated).
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import io
import json
import os
import pickle
import re
import zlib
from bisect import bisect_right
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as ilr
from operator import itemgetter
from typing import Any

import ahocorasick

from ..errors import ResourceError
from ..model import EntityRef, Position
from ..normalize import norm
from .translit_model import GROUPS as _translit_groups

# Matching "skeleton": letters that transliterations of foreign names use interchangeably collapse
# to one class, one character for one character (so offsets survive). Why each class:
#   ج غ ق ك  — the sound g: بينغ / بينج / بينق ; هاربين / ; غوتيريش / جوتيريش
#   ت ط      — t: تايوان / طايوان ; بطرسبرغ / بترسبرغ
#   س ص      — s: ماكرون ...; سيرجي / صيرجي
#   د ض      — d ; ز ذ ظ — z
# Hyphens, slashes and underscores become spaces (آسيا- الباسيفيك).
_SKEL = str.maketrans({"غ": "ك", "ج": "ك", "ق": "ك", "ط": "ت", "ص": "س", "ض": "د", "ذ": "ز", "ظ": "ز",
                       "-": " ", "–": " ", "—": " ", "_": " ", "/": " ", "\u00a0": " ", "\t": " "})
_MULTISPACE = re.compile(r"(?<= ) +")
# the same mapping as a full BMP string table: str.translate indexes it instead of hashing each char
_SKEL_TABLE = "".join(map(chr, range(0x10000))).translate(_SKEL)  # (the BMP translated once, in C)
# For whole articles a chain of str.replace (one fast C search per mapped character) beats
# str.translate, which looks every non-ASCII character up one by one; equivalent because every key
# is one character and no value is also a key (see marsad.normalize).
_SKEL_REPLACEMENTS = tuple((chr(k), str(v)) for k, v in _SKEL.items())
assert not {v for _, v in _SKEL_REPLACEMENTS} & {k for k, _ in _SKEL_REPLACEMENTS}


def skel(s: str) -> str:
    """Skeleton of an already-normalised string (1:1 except runs of spaces collapse)."""
    t = s.translate(_SKEL_TABLE)
    return (_MULTISPACE.sub("", t) if "  " in t else t).strip()


class SkelMap:
    """Skeleton index -> input index when runs of spaces were squeezed out.

    Keeps only the deletions (few per article) and answers by bisection, instead of a list with one
    int per character."""

    __slots__ = ("_adj",)

    def __init__(self, dels: list[int]) -> None:
        # the k-th deleted input index d lands, once k earlier ones are gone, at skeleton index d - k
        self._adj = [d - k for k, d in enumerate(dels)]

    def __getitem__(self, i: int) -> int:
        return i + bisect_right(self._adj, i)


def skel_text(t: str) -> tuple[str, SkelMap | None]:
    """Skeleton of a text plus the map from skeleton index to input index (None = identity)."""
    mapped = t
    for a, b in _SKEL_REPLACEMENTS:
        mapped = mapped.replace(a, b)
    if "  " not in mapped:
        return mapped, None
    dels = [m.start() + i for m in _MULTISPACE.finditer(mapped) for i in range(len(m.group()))]
    return _MULTISPACE.sub("", mapped), SkelMap(dels)


def _data_bytes(name: str) -> bytes:
    try:
        return (ilr.files("marsad.resources") / "data" / name).read_bytes()
    except (FileNotFoundError, OSError) as e:
        raise ResourceError(f"packaged resource {name} missing: {e}") from None


@dataclass
class Gazetteer:
    entities: dict[str, EntityRef]
    info: dict[str, dict[str, Any]]
    # skeleton key -> [(entity id, via)] ; via = name | nisba
    index: dict[str, list[tuple[str, str]]]
    # Aho-Corasick over the index keys, storing ints: indices into ``automaton_values``, whose items
    # are (match length, lam form?, the key's entities, its exact-form map or None). (An int
    # automaton pickles ~10x faster than one holding Python objects: see ``_load_prebuilt``.)
    automaton: Any
    automaton_values: list[tuple[int, bool, list[tuple[str, str]], dict[str, list[tuple[str, str]]] | None]]
    positions: dict[str, list[Position]]
    holders: dict[tuple[str, str], list[tuple[str, str | None, str | None]]] = field(default_factory=dict)
    person_tokens: dict[str, set[str]] = field(default_factory=dict)
    country_by_name: dict[str, str] = field(default_factory=dict)
    exact_short: dict[str, dict[str, list[tuple[str, str]]]] = field(default_factory=dict)
    # a state's institution by its template key and state ("mfa:USA") -> the entity that is it (a template's own, or
    # the body's row that took its words: the United States Department of State)
    institutions: dict[str, str] = field(default_factory=dict)
    _holder_memo: dict[tuple[str, str, str], str | None] = field(default_factory=dict, repr=False, compare=False)

    def holder(self, office: str, country: str, date: str | None) -> str | None:
        """The person holding ``office`` in ``country`` on ``date`` (ISO, possibly partial)."""
        cands = self.holders.get((office, country))
        if not cands or date is None:
            return None
        # (asked again and again for the same office and day — per title, per actor, per counterpart: each answer
        # is kept; a process meets only so many days, and the memo is emptied if it ever grows large)
        key = (office, country, date)
        memo = self._holder_memo
        if key in memo:
            return memo[key]
        holding = [c for c in cands if in_term(c[1], c[2], date)]
        # (overlapping records: prefer the term that started latest)
        found = max(holding, key=lambda c: c[1] or "")[0] if holding else None
        if len(memo) >= 200_000:
            memo.clear()
        memo[key] = found
        return found


# actor sectors of non-state armed or opposition movements (a side of their own against their state)
NONSTATE_SECTORS = frozenset({"REB", "OPP", "INS", "PRM"})

# the Arab League's members (ISO3): their persons' names follow Arabic conventions (given names, "al-" family names)
ARAB_STATES = _translit_groups["arab"]

# states the press calls bare "المملكة" (the kingdom) / "السلطنة" (the sultanate) once named (ISO3):
# the kingdoms of the Arab world and those of Europe, Asia and Africa that news writes as مملكة
KINGDOMS = frozenset({"SAU", "MAR", "JOR", "BHR", "GBR", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "THA",
                      "KHM", "BTN", "LSO", "SWZ", "TON"})
SULTANATES = frozenset({"OMN", "BRN"})


def in_term(start: str | None, end: str | None, date: str) -> bool:
    """Whether ``date`` (ISO, possibly partial: a month counts by its middle, a year by July) falls
    in the term from ``start`` to ``end`` (partial or None = open)."""
    day = (date + "-15" if len(date) == 7 else date + "-07-01" if len(date) == 4 else date)
    return (start is None or _pad(start, False) <= day) and (end is None or day <= _pad(end, True))


@lru_cache(maxsize=1)
def country_ids() -> dict[str, str]:
    """ISO3 -> the entity id of that country."""
    return {e.country: e.id for e in gazetteer().entities.values() if e.kind == "country" and e.country}


def _pad(d: str, end: bool) -> str:
    if len(d) == 4:
        return d + ("-12-31" if end else "-01-01")
    if len(d) == 7:
        return d + ("-31" if end else "-01")
    return d


def _entity_ref(e: dict[str, Any]) -> EntityRef:
    return EntityRef(id=e["id"], type=e["type"], name_en=e["name_en"], name_ar=e["name_ar"],
                     country=e.get("country"), wikidata=e.get("wikidata"), kind=e.get("kind", ""),
                     sector=e.get("sector"))


def _extra_entities() -> list[dict[str, Any]]:
    from ..wikidata import default_extra_path

    out: list[dict[str, Any]] = []
    env = os.environ.get("MARSAD_GAZETTEER_EXTRA")
    paths = env.split(os.pathsep) if env is not None else [str(default_extra_path())]
    for path in filter(None, paths):
        if env is None and not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            out += [json.loads(line) for line in fh if line.strip()]
    return out


def _keys(e: dict[str, Any]) -> None:
    """Normalised and skeleton forms of an entity's names (precomputed by the build for packaged
    entities; computed here for extra ones, e.g. from import-wikidata)."""
    if "skel_names" not in e:
        e["norm_names"] = [norm(n) for n in e.get("names", [])]
        e["norm_nisba"] = [norm(n) for n in e.get("nisba", [])]
        e["skel_names"] = [skel(n) for n in e["norm_names"]]
        e["skel_nisba"] = [skel(n) for n in e["norm_nisba"]]


# Name keys too short or too common to trust on their own (matched only through coreference).
_MIN_KEY_LEN = 3


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    gz = _data_bytes("gazetteer.json.gz")
    extra = _extra_entities()
    if not extra:
        # the packaged entities alone: the index prebuilt by the build step, when it fits
        prebuilt = _load_prebuilt(gz)
        if prebuilt is not None:
            return prebuilt
    raw = json.loads(gzip.decompress(gz))
    return build_gazetteer(raw["entities"] + extra, raw.get("common_words", ()))


# The build step also pickles the index built from the packaged gazetteer (``prebuilt_bytes``):
# loading it is unpickling, ~3x faster than parsing the JSON and building. Its header names the
# gazetteer.json.gz it was built from and the pickle's format; when either differs (or extra
# entities are configured) the loader builds from the JSON as before. Only Python builtins are
# pickled (records as tuples): the automaton itself is rebuilt from its word list (~0.1 s), since
# pyahocorasick's pickles are neither reproducible byte for byte nor promised across versions.
PREBUILT = "gazetteer.index.zpickle"
_PREBUILT_FORMAT = 2


def _prebuilt_header(gz: bytes) -> dict[str, Any]:
    return {"format": _PREBUILT_FORMAT, "gazetteer_sha256": hashlib.sha256(gz).hexdigest()}


def _fields(obj: Any) -> tuple[Any, ...]:
    return tuple(getattr(obj, f) for f in obj.__slots__)


def prebuilt_bytes(gz: bytes) -> bytes:
    """The prebuilt index of the packaged gazetteer ``gz`` (a gazetteer.json.gz payload), as written
    by the build step: a header, then the Gazetteer's parts, zlib-compressed."""
    raw = json.loads(gzip.decompress(gz))
    g = build_gazetteer(raw["entities"], raw.get("common_words", ()))
    # (sets pickle in hash order, which varies per process: sorted lists keep the file reproducible)
    person_tokens = {k: sorted(v) for k, v in g.person_tokens.items()}
    entities = [_fields(e) for e in g.entities.values()]
    positions = {k: [_fields(p) for p in v] for k, v in g.positions.items()}
    words = [w for w, _ in sorted(g.automaton.items(), key=itemgetter(1))]
    buf = io.BytesIO()
    pickle.dump(_prebuilt_header(gz), buf, protocol=5)
    pickle.dump((entities, g.info, g.index, words, g.automaton_values, positions, g.holders, person_tokens,
                 g.country_by_name, g.exact_short, g.institutions), buf, protocol=5)
    return zlib.compress(buf.getvalue(), 9)


def _load_prebuilt(gz: bytes) -> Gazetteer | None:
    try:
        blob = zlib.decompress(_data_bytes(PREBUILT))
    except (ResourceError, zlib.error):
        return None
    buf = io.BytesIO(blob)
    # unpickling creates ~1M objects: the cyclic GC's passes over them would only cost time
    enabled = gc.isenabled()
    gc.disable()
    try:
        if pickle.load(buf) != _prebuilt_header(gz):
            return None
        (ent_rows, info, index, words, values, pos_rows, holders, person_tokens, country_by_name,
         exact_short, institutions) = pickle.load(buf)
        entities = {row[0]: EntityRef(*row) for row in ent_rows}
        positions = {k: [Position(*row) for row in rows] for k, rows in pos_rows.items()}
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        deque(map(automaton.add_word, words, range(len(words))), maxlen=0)  # (the loop in C)
        automaton.make_automaton()
        return Gazetteer(entities, info, index, automaton, values, positions, holders,
                         dict(zip(person_tokens, map(set, person_tokens.values()))), country_by_name, exact_short,
                         institutions)
    except Exception:  # unreadable (e.g. written by another version of marsad): build instead
        return None
    finally:
        if enabled:
            gc.enable()


# Words a two-part name joined up would read as: "و" + a month ("وين آير" → "ويناير", "and January"), skeleton view
JOINED_CLASHES = frozenset(skel("و" + m) for m in ("يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو",
                                                    "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "جانفي", "فيفري",
                                                    "افريل", "ماي", "جوان", "جويليه", "اوت", "نيسان", "ايار", "حزيران",
                                                    "تموز", "ايلول", "شباط", "اذار"))


def build_gazetteer(ents_raw: list[dict[str, Any]], common_words: Iterable[str] = ()) -> Gazetteer:
    """The Gazetteer (index, automaton, office-holders ...) of the raw entity records; ``common_words``:
    skeletons of ordinary words that names with the same skeleton must not match inexactly."""
    entities: dict[str, EntityRef] = {}
    info: dict[str, dict[str, Any]] = {}
    index: dict[str, list[tuple[str, str]]] = defaultdict(list)
    positions: dict[str, list[Position]] = {}
    holders: dict[tuple[str, str], list[tuple[str, str | None, str | None]]] = defaultdict(list)
    person_tokens: dict[str, set[str]] = defaultdict(set)
    country_by_name: dict[str, str] = {}
    institutions: dict[str, str] = {}
    for e in ents_raw:
        if e["id"] in entities:
            continue
        if e.get("template") and e.get("country"):
            institutions.setdefault(f"{e['template']}:{e['country']}", e["id"])
        for k in e.get("institutions", ()):
            institutions.setdefault(k, e["id"])
        entities[e["id"]] = _entity_ref(e)
        info[e["id"]] = e
        _keys(e)
        names = e["skel_names"]
        if e.get("kind") == "country":
            country_by_name.update({n: e["country"] for n in names})
        for n in names:
            if len(n.replace(" ", "")) >= _MIN_KEY_LEN and (e["id"], "name") not in index[n]:
                index[n].append((e["id"], "name"))
        for k in e["skel_nisba"]:
            if len(k) >= _MIN_KEY_LEN and (e["id"], "nisba") not in index[k]:
                index[k].append((e["id"], "nisba"))
        if e["type"] == "PER":
            # Joined/split name parts: "شي جين بينغ" is also written "شي جينبينغ".
            for n in list(names):
                toks = n.split()
                if 2 <= len(toks) <= 4:
                    for i in range(len(toks) - 1):
                        joined = " ".join(toks[:i] + [toks[i] + toks[i + 1]] + toks[i + 2:])
                        if joined in JOINED_CLASHES:
                            continue  # ("وين آير" joined is "ويناير", "and January")
                        if (e["id"], "name") not in index[joined]:
                            index[joined].append((e["id"], "name"))
                    for t in toks:
                        person_tokens[t].add(e["id"])
            pos = [Position(office=p["office"], country=p.get("country"), sector=p.get("sector") or "GOV",
                            start=p.get("start"), end=p.get("end"), title_en=p.get("title_en", ""),
                            org=p.get("org")) for p in e.get("positions", [])]
            positions[e["id"]] = pos
            for p in pos:
                # ("other" is a post of its own title, no office: no one else holds it — a counterpart of a deputy
                # minister is not whoever has some post in the other state)
                if p.country and p.office != "other":
                    holders[(p.office, p.country)].append((e["id"], p.start, p.end))
                elif p.org and p.office == "secretary_general":
                    # the head of an international body, keyed by the body's English name after "@" ("الأمين العام
                    # للأمم المتحدة" is asked as ("secretary_general", "@United Nations"))
                    holders[(p.office, "@" + p.org)].append((e["id"], p.start, p.end))
    # Where letter-class tolerance is unsafe the name must match exactly as normalised:
    #  * short names (≤ 4 letters): tolerance turns ordinary words into names (إيغاد/إيجاد, سابك/سابق);
    #  * two different spellings that collapse to one key (غينيا Guinea / كينيا Kenya);
    #  * a key an ordinary word also collapses to (الكبير / الجبير, ترقية / تركية).
    common = frozenset(common_words)
    forms: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for e in ents_raw:
        if e["id"] not in info or info[e["id"]] is not e:
            continue
        for via, nns, ks in (("name", e["norm_names"], e["skel_names"]), ("nisba", e["norm_nisba"], e["skel_nisba"])):
            for nn, k in zip(nns, ks):
                lst = forms.setdefault(k, {}).setdefault(nn, [])
                if (e["id"], via) not in lst:
                    lst.append((e["id"], via))
    exact_short: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for k, by_form in forms.items():
        # (the id sets are compared only for keys with several spellings: most have one)
        if len(k.replace(" ", "")) <= 4 or k in common or (len(by_form) > 1 and len({frozenset(i for i, _ in v)
                                                                        for v in by_form.values()}) > 1):
            exact_short[k] = dict(by_form)
    # (and a name of several words holding such a clashing word must match exactly too: "حكومة كوبا", the Cuban
    # government, is not "حكومة جوبا", South Sudan's — جوبا and كوبا are one key apart from their spelling)
    clashing = {k for k, by_form in exact_short.items() if " " not in k and len(by_form) > 1}
    for k, by_form in forms.items():
        if " " in k and k not in exact_short and not clashing.isdisjoint(k.split()):
            exact_short[k] = dict(by_form)
    # Each automaton word carries what the scan needs per hit, so a hit costs no slicing or lookups:
    # (length of the matched word, lam form?, the index key's entities, its exact-form map or None).
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    values: list[tuple[int, bool, list[tuple[str, str]], dict[str, list[tuple[str, str]]] | None]] = []
    slot: dict[str, int] = {}  # a word added again replaces its value, as add_word does

    def add(word: str, value: tuple[int, bool, list[tuple[str, str]], dict[str, list[tuple[str, str]]] | None]) -> None:
        if word in slot:
            values[slot[word]] = value
        else:
            slot[word] = len(values)
            values.append(value)
            automaton.add_word(word, slot[word])

    for key, ents in index.items():
        add(key, (len(key), False, ents, exact_short.get(key)))
        if key.startswith("ال") and len(key) > 4:
            # "للحزب" = ل + الحزب with the alef dropped: match "ل"+rest after a lam.
            add("ل" + key[2:], (len(key) - 1, True, ents, None))
    automaton.make_automaton()
    return Gazetteer(entities, info, dict(index), automaton, values, positions, dict(holders), dict(person_tokens),
                     country_by_name, dict(exact_short), institutions)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    return json.loads(_data_bytes("lexicon.json"))


@lru_cache(maxsize=1)
def plover() -> dict[str, Any]:
    try:
        return json.loads(_data_bytes("plover.json"))
    except ResourceError:
        return {}


def cameo_to_plover(code: str) -> tuple[str | None, str | None]:
    """PLOVER (type, mode) for a CAMEO code, from the most specific code the mapping knows
    (4-digit, then 3, then the root). (None, None) where PLOVER has no equivalent (e.g. 01, 02)."""
    table = plover().get("cameo2plover", {})
    code = code.strip()
    for k in (code, code[:3], code[:2]):
        row = table.get(k)
        if row is not None and len(k) <= len(code):
            return row.get("type"), row.get("mode")
    return None, None


@lru_cache(maxsize=1)
def manifest() -> dict[str, Any]:
    return json.loads(_data_bytes("manifest.json"))
