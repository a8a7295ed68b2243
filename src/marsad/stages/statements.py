"""Learned statements: verbal events the hand rules left out, proposed by a small linear model.

The rules of ``events`` find a statement only when its wording and its target fit one of their
patterns, and on text written without those patterns in view they find a fifth to a half of the
statements a reader annotates. This stage reads each sentence once more: a logistic model per
verbal type (trained by ``tools/train_statements.py`` on the development halves of the evaluation
sets, shipped as ``resources/data/statements.json``) scores the sentence's words, the trigger rows
the lexicon found in it and what the rules made of it; where a type scores past the threshold and
the rules coded no event of that type there, one event is added:

 * source and target: the best reading by a second linear model (a ranker, trained on the same
   articles to name the statement's countries the right way round) among the sentence's actors — the
   first of each country, a person right after their country's adjective standing for it ("وزير الخارجية
   التركي هاكان فيدان") — and the speaker and addressee of the last event before it (a speaker carried
   over: "وأضاف أن ...");
 * date: a day or month named in the sentence (not after publication), else the date of an event
   the rules coded in it (not a planned one), else the news day;
 * status occurred, evidence the sentence, confidence the model's probability, trigger "learned".

A pure function of the Doc; the model is loaded once per process and never changed.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from ..model import LEARNED_TRIGGER, Actor, Doc, Event, Mention, Span
from ..pipeline import register
from ..resources import _data_bytes, plover
from .events import _actor, _country_actor

# The types the model proposes (PROTEST is street action, not speech: left to the rules).
TYPES = ("SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN")

# Clitics peeled off a word for its second feature: "وبالعقوبات" and "العقوبات" share "عقوبات".
_PREFIXES = ("وبال", "فبال", "وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
_WORD = re.compile(r"[^\W\d_]+")
_QUOTES = re.compile(r"[\"«»“”]")


@lru_cache(maxsize=100_000)  # (news repeats its words: each peeled once per process)
def _peel(w: str) -> str:
    for p in _PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def sentence_features(norm_sentence: str, original_sentence: str, mentions: list[Mention],
                      rule_types: list[str], trigger_rows: tuple[tuple[str, str], ...]) -> set[str]:
    """The model's features for one sentence (shared by the stage and the training tool): its words
    and peeled words, peeled word pairs, the first four peeled words (the verb that opens a news
    sentence), how many countries its mentions name, whether it names a person or quotes someone,
    the types of the events the rules coded in it and the lexicon's trigger rows found in it."""
    words = _WORD.findall(norm_sentence)
    peeled = [_peel(w) for w in words]
    f = {"w:" + w for w in words}
    f.update("s:" + p for p in peeled)
    f.update("b:" + a + "_" + b for a, b in zip(peeled, peeled[1:]))
    f.update("f:" + p for p in peeled[:4])
    if norm_sentence.lstrip().startswith(("و", "ف")) and words:
        f.add("v0:" + words[0])
    countries = {m.entity.country for m in mentions if m.entity.country}
    f.add(f"nc:{min(len(countries), 3)}")
    if any(m.entity.type == "PER" for m in mentions):
        f.add("per")
    if _QUOTES.search(original_sentence):
        f.add("q")
    f.update("r:" + t for t in rule_types)
    if not rule_types:
        f.add("r:none")
    for typ, key in trigger_rows:
        f.add("t:" + typ)
        f.add("k:" + key)
    return f


@lru_cache(maxsize=1)
def model() -> Mapping[str, Any]:
    """The packaged model: ``types``, ``bias`` and ``weights`` (feature -> one weight per type),
    ``threshold``, the ranker's ``pair`` weights and how it was trained. Read-only: shared by every
    article of the process."""
    m = json.loads(_data_bytes("statements.json"))
    m["weights"] = MappingProxyType({k: tuple(v) for k, v in m["weights"].items()})
    m["pair"] = MappingProxyType({"bias": m["pair"]["bias"], "weights": MappingProxyType(m["pair"]["weights"])})
    return MappingProxyType(m)


def probabilities(features: set[str], m: Mapping[str, Any] | None = None) -> dict[str, float]:
    m = m if m is not None else model()
    weights = m["weights"]
    # summed in sorted order: a set's order changes with the process's string hashing, and float sums
    # with the order (the same article must give the same confidence in every worker); only the features
    # the model weighs (a set intersection in C) are sorted and looked up again, and each type's column is
    # summed by ``sum`` from its bias, feature by feature in that order (bit-identical to adding one by one on
    # CPython 3.11; 3.12's ``sum`` compensates rounding — the same order, a total at least as exact)
    rows = [weights[x] for x in sorted(features & weights.keys())]
    z = [sum(col, b) for b, col in zip(m["bias"], zip(*rows))] if rows else list(m["bias"])
    return {t: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v)))) for t, v in zip(m["types"], z)}


# a sentence: its original bounds, normalised and original text, mentions and the rules' events in it
Unit = tuple[int, int, str, str, list[Mention], list[Event]]


def sentence_units(doc: Doc) -> list[Unit]:
    """Per sentence: its original bounds, its normalised and original text, its mentions (in text
    order) and the events whose evidence starts in it (in the events' order)."""
    nz = doc.normalized
    assert nz is not None
    mentions = sorted(doc.mentions, key=lambda m: m.span.start)
    starts = [m.span.start for m in mentions]
    sent_starts = [sp.start for sp in doc.sentences]
    # each event filed under the sentences its evidence starts in, in one pass (not sentences x events:
    # a long article has thousands of sentences)
    evs_of: list[list[Event]] = [[] for _ in doc.sentences]
    for e in doc.events:
        filed: set[int] = set()
        for v in e.evidence:
            i = bisect.bisect_right(sent_starts, v.start) - 1
            if i >= 0 and v.start < doc.sentences[i].end and i not in filed:
                filed.add(i)
                evs_of[i].append(e)
    out = []
    for sp, evs in zip(doc.sentences, evs_of):
        s0, s1 = sp.start, sp.end
        n0, n1 = nz.from_original(s0, s1)
        ms = mentions[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s1)]
        out.append((s0, s1, doc.norm_text[n0:n1], doc.text[s0:s1], ms, evs))
    return out


def _as_actor(m: Mention, date: str | None) -> Actor | None:
    a = _actor(m, date)
    # (a disputed land named bare in a story about it, "قضية الصحراء", is no party here either)
    if a is None and m.entity.country and m.entity.type in ("GPE", "ORG", "PER") and m.via != "context":
        a = _country_actor(m.entity.country)  # "الأردني": the state its adjective names
    return a


def _date(doc: Doc, s0: int, s1: int, evs: list[Event], pub: str | None, news: str | None) -> str | None:
    for tx in doc.timexes:
        if s0 <= tx.start < s1 and tx.value and tx.precision in ("day", "month") and (pub is None or tx.value[:10] <= pub):
            return tx.value
    # (not a planned event's: "ووجّه دعوة إلى شي لزيارة بولندا مطلع العام المقبل" is said now, of a visit to come)
    return next((e.date for e in evs if e.date and e.status != "planned"), news)


def walk(doc: Doc) -> Iterator[tuple[Unit, tuple[tuple[str, str], ...], tuple[Actor, ...]]]:
    """Per sentence (shared by the stage and the training tool): its unit (``sentence_units``), the
    trigger rows the events stage found in it, and the source and targets of the last event the rules
    coded before it (a speaker and whom they spoke of, carried over)."""
    last_actors: tuple[Actor, ...] = ()
    for unit, trig_rows in zip(sentence_units(doc), doc.extra["sentence_triggers"]):
        yield unit, trig_rows, last_actors
        for e in unit[5]:
            if e.source:
                last_actors = (*e.source[:1], *e.target)


def readings(cands: list[tuple[Actor, Mention | None, str]]) -> Iterator[tuple[int, int | None]]:
    """The (source, target) readings of the candidates: each as source, with no target or another of
    another country (two bodies without a country count as one country here)."""
    for i in range(len(cands)):
        for j in [None, *range(len(cands))]:
            if j != i and (j is None or cands[j][0].country != cands[i][0].country):
                yield i, j


@register("statements")
def statements_stage(doc: Doc) -> Doc:
    return add_statements(doc, model())


def add_statements(doc: Doc, m: Mapping[str, Any]) -> Doc:
    """The stage with the model ``m`` (the training tool's cross-validation passes its own)."""
    rows = doc.extra.get("sentence_triggers")
    if doc.normalized is None or rows is None or len(rows) != len(doc.sentences):
        return doc  # (the events stage did not run: nothing to add to)
    threshold = float(m["threshold"])
    pub = doc.published.isoformat() if doc.published else None
    news_day = doc.extra.get("news_day")
    news = news_day.isoformat() if news_day else pub
    types = plover().get("types", {})
    added: list[Event] = []
    for (s0, s1, nt, ot, ms, evs), trig_rows, last_actors in walk(doc):
        coded = {e.type for e in evs}
        feats = sentence_features(nt, ot, ms, [e.type for e in evs], trig_rows)
        wanted = [(typ, p) for typ, p in probabilities(feats, m).items() if p >= threshold and typ not in coded]
        if not wanted:
            continue
        # (the sentence's candidates, their contexts and its date serve every type proposed in it)
        cands = candidates(doc, ms, last_actors, pub)
        if not cands:
            continue
        ctx = [_context(doc, x, origin) for _, x, origin in cands]
        date = _date(doc, s0, s1, evs, pub, news)
        added += [_proposal(doc, typ, p, s0, s1, cands, ctx, date, types, m) for typ, p in wanted]
    if not added:
        return doc
    # in the events stage's order: chronological (undated last), then by first mention (a stable sort
    # keeps the rules' own order among theirs)
    return doc.evolve(events=tuple(sorted((*doc.events, *added), key=_order)))


def _order(e: Event) -> tuple[str, int]:
    return e.date or "9999", min(s.start for s in e.evidence) if e.evidence else 0


def candidates(doc: Doc, ms: list[Mention], last_actors: tuple[Actor, ...],
               pub: str | None) -> list[tuple[Actor, Mention | None, str]]:
    """The actors a statement of the sentence may be by or about, with the mention naming them and
    where they come from: the first of each country (or each international body) among its mentions,
    up to five ("named"), then the source ("carried") and targets ("earlier") of the last event
    before the sentence, if others."""
    out: list[tuple[Actor, Mention | None, str]] = []
    seen: set[str] = set()
    for k, x in enumerate(ms):
        a = _as_actor(x, pub)
        if a is None or (a.country or a.id) in seen:
            continue
        if a.kind == "country" and k + 1 < len(ms):
            # "وزير الخارجية التركي هاكان فيدان": the minister speaks, not the state his title names
            nxt = ms[k + 1]
            if nxt.entity.type == "PER" and nxt.entity.country == a.country and nxt.span.start - x.span.end <= 40:
                person = _as_actor(nxt, pub)
                if person is not None and person.country == a.country:
                    a = person
        seen.add(a.country or a.id)
        out.append((a, x, "named"))
        if len(out) == 5:
            break
    for k, a in enumerate(last_actors):
        if (a.country or a.id) not in seen:
            seen.add(a.country or a.id)
            out.append((a, None, "carried" if k == 0 else "earlier"))
    return out


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")


def _context(doc: Doc, x: Mention | None, origin: str) -> tuple[str, str, str]:
    """A candidate's kind (actor kind and how its mention was linked, or where it came from), the
    letters glued before its mention in their word ("لإسرائيل": ل) and the word before that
    ("وطالب الأردن": وطالب)."""
    if x is None:
        return origin, "", ""
    nz = doc.normalized
    assert nz is not None
    n = nz.from_original(x.span.start, x.span.end)[0]
    t = doc.norm_text
    k = n
    while k > 0 and not t[k - 1].isspace() and n - k < 4:
        k -= 1
    m = _LAST_WORD.search(t, max(0, k - 25), k)
    kind = {"PER": "person", "ORG": "organization"}.get(x.entity.type, "country")
    return f"{kind}/{x.via}", t[k:n], _peel(m.group(1)) if m else ""


def pair_features(typ: str, ctx: list[tuple[str, str, str]], i: int, j: int | None) -> list[str]:
    """Features of reading candidate ``i`` as the source and ``j`` (or no one) as the target, each
    also joined with the statement's type (an accusation's target follows other words than a call's)."""
    sk, sg, sp = ctx[i]
    f = [f"si:{min(i, 3)}", f"sk:{sk}", f"sg:{sg}", f"sp:{sp}"]
    if j is None:
        f.append("t:none")
    else:
        tk, tg, tp = ctx[j]
        f += [f"ti:{min(j, 3)}", f"tk:{tk}", f"tg:{tg}", f"tp:{tp}", "ord:" + ("after" if j > i else "before"),
              f"gap:{min(abs(j - i), 3)}"]
    return f + [typ + "|" + x for x in f]


def _proposal(doc: Doc, typ: str, p: float, s0: int, s1: int, cands: list[tuple[Actor, Mention | None, str]],
              ctx: list[tuple[str, str, str]], date: str | None, types: dict[str, Any], m: Mapping[str, Any]) -> Event:
    pw, best = m["pair"]["weights"], None
    pair: tuple[int, int | None] = (0, None)
    for i, j in readings(cands):
        z = m["pair"]["bias"] + sum(pw.get(x, 0.0) for x in pair_features(typ, ctx, i, j))
        if best is None or z > best:
            best, pair = z, (i, j)
    source = cands[pair[0]][0]
    target = cands[pair[1]][0] if pair[1] is not None else None
    info = types.get(typ) or {}
    intensity = info.get("intensity")
    return Event(type=typ, mode=None, context=("diplomatic",), cameo=info.get("cameo_root"),
                 date=date, status="occurred", source=(source,),
                 target=(target,) if target is not None else (), location=None,
                 evidence=(Span(s0, s1, doc.text[s0:s1]),), confidence=round(p, 3), trigger=LEARNED_TRIGGER,
                 intensity=intensity if isinstance(intensity, int | float) else None)
