"""Event extraction: PLOVER-coded events with actors, date, place, status and evidence.

Per sentence: find trigger words from the lexicon (data/lexicon/triggers.tsv), then fill
 * source/target from the linked mentions using Arabic cues: the subject after a verb (VSO) or
   before it (SVO), the genitive after a verbal noun ("لقاء الرئيس X"), "مع/ب/ل Y", "بين X و Y",
   pronoun suffixes ("اجتماعه") and "بلاده" resolved to the speaker;
 * location from "في/ب + place", visits' destination from "إلى + place";
 * date from the nearest temporal expression of the sentence (not one that dates the speech act),
   else the news day for occurred events, else None;
 * status from cues (planned / hypothetical / negated) and the future prefix سـ.
Then events saying the same thing within the article merge (union of evidence, most precise date).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ahocorasick

from ..model import Actor, Doc, Event, Mention, Span
from ..normalize import norm
from ..pipeline import register
from ..resources import gazetteer, lexicon, plover

CORE = {"CONSULT", "AGREE", "COOPERATE", "AID", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "CONCEDE"}
VERBAL = {"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "PROTEST"}
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وس", "فس", "س", "ال", "وال", "بال", "فال",
            "لل", "ولل", "كال", "وبال")
_WORD = re.compile(r"[^\W\d_]+")
# Relative pronouns: a trigger right after one describes a noun ("الاتفاقيات التي وقعها البلدان"),
# background rather than news.
_RELATIVE = {"التي", "الذي", "الذين", "اللتين", "اللذين", "اللذان", "اللتان"}
# Words introducing the content of a statement: "قال إن", "أكد أن", "بأن".
_COMPLEMENTIZERS = {"ان", "بان", "انه", "انها", "بانه", "بانها", "انهما", "انهم", "لان"}
_PERSON_DUALS = {"الوزيران", "الوزيرين", "الرييسان", "الرييسين", "الزعيمان", "الزعيمين", "القاىدان", "القايدان",
                 "القايدين"}
_COUNTRY_DUALS = {"البلدان", "البلدين", "الجانبان", "الجانبين", "الطرفان", "الطرفين", "الدولتان", "الدولتين"}
_HIS_COUNTRY = {"بلاده", "بلادها", "بلادهم", "دولته", "دولتها", "حكومته", "حكومتها"}
_LOC_PREPS = ("في", "ب")
_TO_PREPS = ("الي", "ل")
_WITH_PREPS = ("مع", "ب", "ل")


@dataclass
class Tok:
    s: int
    e: int
    text: str


@dataclass
class Trig:
    s: int
    e: int
    form: str
    prefix: str
    info: dict[str, Any]


@dataclass
class MentionN:
    s: int  # normalised offsets
    e: int
    m: Mention


@dataclass
class Draft:
    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    trig: Trig
    sentence: tuple[int, int]
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    location: dict[str, Any] | None = None
    date: str | None = None
    status: str = "occurred"
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.6
    date_weak: bool = False


@lru_cache(maxsize=1)
def _triggers() -> tuple[Any, dict[str, list[dict[str, Any]]]]:
    a = ahocorasick.Automaton()
    by_form: dict[str, list[dict[str, Any]]] = {}
    for t in lexicon().get("triggers", []):
        if t.get("type") not in CORE | VERBAL:
            continue
        for f in t["forms"]:
            by_form.setdefault(f, []).append(t)
    for f in by_form:
        a.add_word(f, f)
    if by_form:
        a.make_automaton()
    return a, by_form


@lru_cache(maxsize=1)
def _status_cues() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for c in lexicon().get("status", []):
        cue = c["cue"]
        if not cue:
            continue
        out.append((re.compile(r"(?<![^\W\d_])" + re.escape(cue) + r"(?![^\W\d_])"), c["status"]))
    return out


@lru_cache(maxsize=1)
def _speech() -> frozenset[str]:
    return frozenset(lexicon().get("speech", []))


def find_triggers(t: str, s0: int, s1: int) -> list[Trig]:
    a, by_form = _triggers()
    if not by_form:
        return []
    hits: list[Trig] = []
    seg = t[s0:s1]
    for end, form in a.iter(seg):
        s, e = end - len(form) + 1, end + 1
        if e < len(seg) and seg[e].isalpha():
            continue
        ws = s
        while ws > 0 and seg[ws - 1].isalpha():
            ws -= 1
        prefix = seg[ws:s]
        if prefix not in PREFIXES:
            continue
        for info in by_form[form]:
            if prefix.endswith("ال") and info.get("pos") == "verb":
                continue
            hits.append(Trig(s0 + ws, s0 + e, form, prefix, info))
            break
    # longest trigger wins where they overlap ("اتصال هاتفي" over "اتصال")
    hits.sort(key=lambda h: (-(h.e - h.s), h.s))
    chosen: list[Trig] = []
    for h in hits:
        if not any(h.s < c.e and c.s < h.e for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.s)


def _actor(m: Mention, date: str | None) -> Actor | None:
    ent = m.entity
    gaz = gazetteer()
    if ent.type == "PER":
        sector = ent.sector
        for p in gaz.positions.get(ent.id, []):
            if p.country and gaz.holder(p.office, p.country, date) == ent.id:
                sector = p.sector
                break
        return Actor(ent.id, ent.name_en, ent.country, "person", sector or "GOV")
    if ent.type == "GPE":
        if m.via == "nisba":
            return None
        if ent.kind == "country":
            return Actor(ent.id, ent.name_en, ent.country, "country", "GOV")
        if ent.kind == "capital" and ent.country:
            # "موسكو وبكين تدعوان": a capital stands for its government
            c = _country_entity(ent.country)
            if c is not None:
                return Actor(c.id, c.name_en, c.country, "country", "GOV")
        return None
    if ent.type == "ORG":
        return Actor(ent.id, ent.name_en, ent.country, "organization", ent.sector or ("IGO" if not ent.country else "GOV"))
    if ent.type == "MISC" and ent.country:
        # supporting "مبادرة الحزام والطريق" is supporting the country behind it
        c = _country_entity(ent.country)
        if c is not None:
            return Actor(c.id, c.name_en, c.country, "country", "GOV")
    return None


@lru_cache(maxsize=512)
def _country_entity(iso: str) -> Any:
    gaz = gazetteer()
    for eid, ent in gaz.entities.items():
        if ent.kind == "country" and ent.country == iso:
            return ent
    return None


def _place(m: Mention) -> dict[str, Any] | None:
    ent = m.entity
    if ent.type in ("GPE", "LOC") and m.via != "nisba":
        return {"id": ent.id, "name_en": ent.name_en, "country": ent.country}
    return None


def _uniq(actors: list[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for a in actors:
        seen.setdefault(a.id, a)
    return list(seen.values())


@register("events")
def events_stage(doc: Doc) -> Doc:
    if doc.normalized is None:
        return doc
    t = doc.norm_text
    nz = doc.normalized
    gaz = gazetteer()
    pub = doc.published.isoformat() if doc.published else None
    news_day: dt.date | None = doc.extra.get("news_day")
    news = news_day.isoformat() if news_day else pub
    ments = sorted((MentionN(*nz.from_original(m.span.start, m.span.end), m) for m in doc.mentions),
                   key=lambda x: (x.s, -(x.e - x.s)))
    # drop mentions nested in a longer one (a role phrase contains a nisba mention)
    flat: list[MentionN] = []
    for x in ments:
        if flat and x.s < flat[-1].e and x.m.via != "role" and flat[-1].m.via != "role":
            continue
        flat.append(x)
    timexes = [(*nz.from_original(tx.start, tx.end), tx) for tx in doc.timexes]
    tokens = [Tok(m.start(), m.end(), m.group()) for m in _WORD.finditer(t)]
    tok_starts = [k.s for k in tokens]
    speech = _speech()

    def prev_tok(pos: int, k: int = 1) -> str:
        i = bisect.bisect_left(tok_starts, pos) - k
        return tokens[i].text if i >= 0 else ""

    def preposition(x: MentionN) -> str:
        """The preposition governing a mention: a clitic (ب ل) or the previous word (في مع إلى)."""
        word_start = x.s
        while word_start > 0 and t[word_start - 1].isalpha():
            word_start -= 1
        clitic = t[word_start:x.s].lstrip("وف")
        if clitic in ("ب", "ل", "لل", "ك"):
            return "ل" if clitic == "لل" else clitic
        if clitic == "" and x.m.entity.type != "PER" and t[x.s:x.s + 3] in ("بال", "لل"):
            pass
        p = prev_tok(word_start)
        return {"الى": "الي"}.get(p, p)

    sentences = [nz.from_original(s.start, s.end) for s in doc.sentences]
    drafts: list[Draft] = []
    last_subject: Actor | None = None
    last_persons: list[Actor] = []

    for s0, s1 in sentences:
        sm = [x for x in flat if s0 <= x.s < s1]
        trigs = find_triggers(t, s0, s1)
        sent_tx = [(a, b, tx) for a, b, tx in timexes if s0 <= a < s1]
        # speech verbs and their complementizers: the content of a statement starts after them
        speech_pos = [k for k in tokens if s0 <= k.s < s1 and (k.text in speech or k.text[1:] in speech)]
        comp_pos = [k for k in tokens if s0 <= k.s < s1 and k.text in _COMPLEMENTIZERS]
        speech_spans = []
        for sp in speech_pos:
            nxt = next((c for c in comp_pos if c.s > sp.s), None)
            speech_spans.append((sp.s, nxt.e if nxt else sp.e))
        verbal_seen_in_clause: list[int] = []
        for tr in trigs:
            info = tr.info
            typ = info["type"]
            prev = prev_tok(tr.s)
            if prev in _RELATIVE:
                continue
            clause_start = max([s0] + [m.end() for m in re.finditer(r"[،؛:]", t[s0:tr.s])])
            if clause_start != s0:
                clause_start = s0 + clause_start if clause_start < s0 else clause_start
            clause_end = s1
            cm = re.search(r"[،؛]", t[tr.e:s1])
            if cm:
                clause_end = tr.e + cm.start()
            if typ in CORE and any(clause_start <= v < tr.s for v in verbal_seen_in_clause):
                continue  # "دعا إلى سحب القوات": the content of a request is not an event
            if typ in VERBAL:
                verbal_seen_in_clause.append(tr.s)
            in_speech = any(a <= tr.s and tr.s >= b for a, b in speech_spans)
            is_verb = info.get("pos") == "verb"
            future = tr.prefix.endswith("س") or tr.form.startswith(("سي", "ست", "سن")) and is_verb
            present = is_verb and tr.form[:1] in "يتن" and not future
            if typ in CORE and in_speech and present:
                continue  # "قال إن بلاده تتعاون مع الصين": a description, not a reported event
            d = Draft(typ, info.get("mode"), tuple(info.get("context") or ()), info.get("cameo"), tr, (s0, s1))
            # -- actors
            before = [x for x in sm if x.e <= tr.s]
            after = [x for x in sm if x.s >= tr.e]
            src: list[Actor] = []
            tgt: list[Actor] = []
            place: dict[str, Any] | None = None
            dest: dict[str, Any] | None = None

            def actors_of(xs: list[MentionN]) -> list[Actor]:
                out = []
                for x in xs:
                    a = _actor(x.m, pub)
                    if a is not None:
                        out.append(a)
                return out

            # group the mentions after the trigger by their governing preposition
            subj_after: list[MentionN] = []
            with_after: list[MentionN] = []
            for x in after:
                if x.s > clause_end and not with_after and not subj_after:
                    break
                if x.s > clause_end + 60:
                    break
                p = preposition(x)
                if p in _LOC_PREPS and x.m.entity.type in ("GPE", "LOC") and x.m.via != "role":
                    place = place or _place(x.m)
                    continue
                if p in _TO_PREPS and x.m.entity.type in ("GPE", "LOC") and x.m.via != "role":
                    dest = dest or _place(x.m)
                    continue
                if p in _WITH_PREPS or p == "بين" or (with_after and x.s - with_after[-1].e < 4):
                    with_after.append(x)
                elif p in ("من", "عن", "علي", "حول", "بشان", "ضد", "تجاه"):
                    if typ in VERBAL or p == "علي" and typ == "SANCTION":
                        with_after.append(x)
                    elif p == "من" and re.search(r"من قبل\s*$", t[max(0, x.s - 12):x.s]):
                        subj_after.append(x)
                    continue
                else:
                    subj_after.append(x)
            # "لقاء X نظيره Y" / "استقبل X Y": first group is the subject, the rest the object
            if tr.form.endswith(("ه", "ها", "هم", "هما")) and not is_verb and not tr.form.endswith("اه"):
                # pronoun suffix: the possessor is the last person/country named before it
                ante = [a for a in actors_of(before) if a.kind in ("person", "country")]
                src = ante[-1:] or ([last_subject] if last_subject else [])
                tgt = actors_of(subj_after + with_after)
            elif re.search(r"(?:^|\s)بين\s*$", t[max(0, tr.e):tr.e + 6]) or preposition(after[0]) == "بين" if after else False:
                both = actors_of(with_after + subj_after)
                src, tgt = both[:1], both[1:]
            else:
                sa = actors_of(subj_after)
                wa = actors_of(with_after)
                bef = [a for a in actors_of([x for x in before if x.s >= clause_start or x.e > tr.s - 40]
                                            ) if a.kind in ("person", "country", "organization")]
                if sa:
                    # the subject is the first noun phrase; coordinated actors join it
                    src = [sa[0]]
                    rest = sa[1:]
                    if typ in SYMMETRIC or typ in VERBAL:
                        tgt = rest + wa
                    else:
                        tgt = rest + wa
                    if bef and typ in VERBAL and not is_verb:
                        pass
                    if bef and is_verb and not present and sa and sa[0].kind == "country" and bef[-1].kind == "person":
                        pass
                    if bef and (is_verb and tr.form[:1] in "يت" or tr.prefix in ("ت",)):
                        # SVO with the verb agreeing: "روسيا تدعم الصين", "موسكو وبكين تدعوان"
                        src = _svo_subject(before, clause_start, pub)
                        tgt = sa + wa
                elif bef:
                    src = _svo_subject(before, clause_start, pub) or bef[-1:]
                    tgt = wa
                else:
                    src = [last_subject] if last_subject else []
                    tgt = wa
            # duals and "his country"
            src = _expand(src, t, tr, before, last_persons, doc, pub)
            tgt = _uniq([a for a in tgt if a.id not in {s.id for s in src}])
            if any(k.text in _HIS_COUNTRY for k in tokens if clause_start <= k.s < tr.s) and last_subject:
                his = _country_entity(last_subject.country) if last_subject.country else None
                if his is not None:
                    src = [Actor(his.id, his.name_en, his.country, "country", "GOV")]
            if not src and re.search(r"(?:^|\s)(?:" + "|".join(_PERSON_DUALS | _COUNTRY_DUALS) + r")(?:\s|$)",
                                     t[clause_start:clause_end]):
                src = _dual_actors(t[clause_start:clause_end], last_persons, doc, pub)
            # visits: the destination's country is the counterpart; a head of state is hosted by one
            if d.mode == "visit" or typ == "CONSULT" and dest is not None:
                if dest is not None:
                    place = place or dest
                    if dest.get("country") and not any(a.country == dest["country"] for a in src + tgt):
                        c = _country_entity(dest["country"])
                        if c is not None:
                            tgt.append(Actor(c.id, c.name_en, c.country, "country", "GOV"))
                        host = _counterpart(src, dest["country"], pub)
                        if host is not None:
                            tgt.append(host)
            d.source = _uniq(src)
            d.target = _uniq([a for a in tgt if a.id not in {s.id for s in d.source}])
            d.location = place
            # -- status
            d.status = _status(t, clause_start, tr, clause_end, s0, future)
            # -- date: nearest timex of the sentence not dating a speech act
            best = None
            for a, b, tx in sent_tx:
                if any(sa_ <= a and b <= sb_ + 30 and not (sa_ <= tr.s <= sb_) for sa_, sb_ in speech_spans
                       if a < sb_ + 30 and a >= sa_) and not (a > tr.s and a - tr.e < 40):
                    continue
                if tx.value is None:
                    continue
                dist = tr.s - b if b <= tr.s else a - tr.e
                if best is None or dist < best[0]:
                    best = (dist, tx)
            if best is not None and best[0] < 120:
                d.date = best[1].value
            elif d.status == "occurred":
                d.date = news
                d.date_weak = True
            d.evidence = [doc.norm_span(s0, s1, "evidence")]
            d.confidence = 0.5 + 0.2 * bool(d.source) + 0.2 * bool(d.target) + 0.1 * (best is not None)
            drafts.append(d)
            if d.source and d.source[0].kind == "person":
                last_subject = d.source[0]
        # discourse: the sentence's first person subject is the default actor of the next sentences
        persons = [a for a in (_actor(x.m, pub) for x in sm) if a is not None and a.kind == "person"]
        if persons:
            last_persons = (last_persons + persons)[-4:]
            starts_with_verb = bool(tokens) and any(k.text in speech or k.text[1:] in speech for k in tokens
                                                   if s0 <= k.s < s0 + 12)
            if starts_with_verb or last_subject is None:
                last_subject = persons[0]

    events = _finalize(drafts)
    return doc.evolve(events=tuple(events))


def _svo_subject(before: list[MentionN], clause_start: int, pub: str | None) -> list[Actor]:
    """Actors of the noun phrase right before an agreeing verb: "موسكو وبكين تدعوان"."""
    xs = [x for x in before if x.s >= clause_start]
    out = []
    for x in reversed(xs):
        a = _actor(x.m, pub)
        if a is None:
            break
        out.insert(0, a)
        if len(out) == 3:
            break
    return out


def _expand(src: list[Actor], t: str, tr: Trig, before: list[MentionN], last_persons: list[Actor], doc: Doc,
            pub: str | None) -> list[Actor]:
    return src


def _dual_actors(clause: str, last_persons: list[Actor], doc: Doc, pub: str | None) -> list[Actor]:
    """"الوزيران/الزعيمان": the last two persons named; "البلدان": their two countries."""
    words = set(clause.split())
    uniq: list[Actor] = []
    for a in reversed(last_persons):
        if a.id not in {u.id for u in uniq}:
            uniq.append(a)
        if len(uniq) == 2:
            break
    if len(uniq) < 2 or uniq[0].country == uniq[1].country:
        return []
    if words & _PERSON_DUALS:
        return uniq[::-1]
    return []


def _counterpart(src: list[Actor], country: str, pub: str | None) -> Actor | None:
    """The office-holder in ``country`` who hosts a visit by ``src``'s person (same office)."""
    gaz = gazetteer()
    for a in src:
        if a.kind != "person":
            continue
        for p in gaz.positions.get(a.id, []):
            if p.country and gaz.holder(p.office, p.country, pub) == a.id:
                pid = gaz.holder(p.office, country, pub)
                if pid:
                    e = gaz.entities[pid]
                    return Actor(e.id, e.name_en, e.country, "person", p.sector)
    return None


def _status(t: str, clause_start: int, tr: Trig, clause_end: int, s0: int, future: bool) -> str:
    window = t[max(s0, clause_start - 60):tr.s]
    after = t[tr.e:clause_end]
    found = {st for pat, st in _status_cues() if pat.search(window)}
    if re.search(r"(?<![^\W\d_])(?:لم|لن|لا)\s*$", t[max(0, tr.s - 6):tr.s]) or "negated" in found and re.search(
            r"(?:نفي|نفت)", window):
        return "negated"
    if "hypothetical" in found and re.search(r"(?<![^\W\d_])(?:اذا|لو|في حال|ان)(?![^\W\d_])", window):
        return "hypothetical"
    if future or "planned" in found or re.search(r"(?<![^\W\d_])(?:سي|ست)[^\W\d_]{3,}", after[:40]):
        return "planned"
    return "occurred"


def _compatible_dates(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a) or _days_apart(a, b) <= 2


def _days_apart(a: str, b: str) -> int:
    if len(a) == 10 and len(b) == 10:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    return 999


def _key_actors(d: Draft) -> frozenset[str]:
    return frozenset(a.country or a.id for a in d.source + d.target)


def _finalize(drafts: list[Draft]) -> list[Event]:
    # keep events with a usable dyad: bilateral types need two sides, verbal ones a target
    kept: list[Draft] = []
    for d in drafts:
        countries = {a.country for a in d.source + d.target if a.country}
        if not d.source:
            continue
        if d.type in VERBAL and (not d.target or countries <= {d.source[0].country}):
            continue
        if d.type in SYMMETRIC and len(countries) < 2 and not d.target:
            continue
        if d.type in SYMMETRIC and len(countries) < 2:
            continue
        kept.append(d)
    # merge drafts that describe the same event (within one article)
    merged: list[Draft] = []
    for d in kept:
        for m in merged:
            if _same(m, d):
                _absorb(m, d)
                break
        else:
            merged.append(d)
    # a second pass: merging can make earlier groups compatible
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            for j in range(i + 1, len(merged)):
                if _same(merged[i], merged[j]):
                    _absorb(merged[i], merged.pop(j))
                    changed = True
                    break
            if changed:
                break
    onto = plover().get("types", {})
    out = []
    for d in merged:
        intensity = None
        tinfo = onto.get(d.type) or {}
        if isinstance(tinfo, dict):
            mi = (tinfo.get("modes") or {}).get(d.mode or "", {})
            intensity = (mi.get("intensity") if isinstance(mi, dict) else None) or tinfo.get("intensity")
        out.append(Event(type=d.type, mode=d.mode, context=d.context, cameo=d.cameo, date=d.date, status=d.status,
                         source=tuple(d.source), target=tuple(d.target), location=d.location,
                         evidence=tuple(sorted(set(d.evidence), key=lambda s: s.start)),
                         confidence=min(0.99, d.confidence), trigger=d.trig.form,
                         intensity=intensity if isinstance(intensity, int | float) else None))
    return out


def _persons(d: Draft) -> frozenset[str]:
    return frozenset(a.id for a in d.source + d.target if a.kind == "person")


def _same(a: Draft, b: Draft) -> bool:
    if a.type != b.type:
        return False
    if _key_actors(a) != _key_actors(b):
        return False
    pa, pb = _persons(a), _persons(b)
    if pa and pb and not (pa <= pb or pb <= pa):
        return False
    if a.status != b.status:
        # an announcement of an event the article also reports as happened is the same event
        statuses = {a.status, b.status}
        if statuses != {"planned", "occurred"}:
            return False
        planned = a if a.status == "planned" else b
        occurred = b if planned is a else a
        if planned.date and occurred.date and not planned.date.startswith(occurred.date[:10]) and planned.date != occurred.date:
            return False
        if not occurred.date or occurred.date_weak is False and planned.date is None:
            return True
        return planned.date is None or planned.date == occurred.date
    da, db = (None if a.date_weak else a.date), (None if b.date_weak else b.date)
    if da and db:
        return _compatible_dates(da, db)
    if da or db:
        strong = da or db
        weak = b.date if da else a.date
        return _compatible_dates(strong, weak) or strong is not None and weak is not None and len(strong) < 10
    return _compatible_dates(a.date, b.date)


def _absorb(m: Draft, d: Draft) -> None:
    if m.status != d.status and "occurred" in (m.status, d.status):
        m.status = "occurred"
    m.evidence += [e for e in d.evidence if e not in m.evidence]
    # the more precise, better attested date wins
    cands = [(x.date, x.date_weak) for x in (m, d) if x.date]
    strong = [c for c in cands if not c[1]]
    pool = strong or cands
    if pool:
        m.date = max(pool, key=lambda c: len(c[0] or ""))[0]
        m.date_weak = not strong
    m.source = _uniq(m.source + [a for a in d.source if a.id not in {x.id for x in m.target}])
    m.target = _uniq([a for a in m.target + d.target if a.id not in {x.id for x in m.source}])
    m.location = m.location or d.location
    if m.mode is None:
        m.mode = d.mode
    m.confidence = min(0.99, max(m.confidence, d.confidence) + 0.05)


def norm_form(s: str) -> str:
    return norm(s)
