"""Records that flow through marsad: one ``Doc`` of character-offset spans per article.

All records are frozen dataclasses. Stages never mutate a Doc; they return ``doc.evolve(...)``.
Every ``start``/``end`` indexes ``Doc.text`` (the original decoded text), never the normalised view.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .normalize import Normalized

_T = TypeVar("_T")


def _fast_init(cls: type[_T]) -> type[_T]:
    """Give a frozen slots dataclass an ``__init__`` that stores through its slot descriptors.

    The generated frozen ``__init__`` looks up and calls ``object.__setattr__`` once per field, ~40 %
    slower, and these records are built hundreds of times per article. Same signature, defaults and
    default factories; assignment after construction still raises ``FrozenInstanceError``."""
    ns: dict[str, Any] = {"_FACTORY": object()}
    params, body = [], []
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        assert f.init and not f.kw_only, f"{cls.__name__}.{f.name}: only plain init fields"
        ns[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is not dataclasses.MISSING:
            ns[f"_dflt_{f.name}"] = f.default
            params.append(f"{f.name}=_dflt_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            ns[f"_fact_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_FACTORY")
            body.append(f"    if {f.name} is _FACTORY: {f.name} = _fact_{f.name}()")
        else:
            params.append(f.name)
        body.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), ns)
    init = ns["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[method-assign]
    # pickle as (class, field values), rebuilt by that __init__: the dataclass's own slots pickling
    # sets each field through object.__setattr__ in Python, and ``ingest --jobs`` unpickles every
    # worker's Doc (~50 mentions, their spans and entity refs) in the storing process
    names = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]

    def __reduce__(self: Any) -> tuple[Any, tuple[Any, ...]]:
        return cls, tuple([getattr(self, n) for n in names])

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


@_fast_init
@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@_fast_init
@dataclass(frozen=True, slots=True)
class Position:
    """An office held by a person over a period (ISO dates, possibly partial; end None = ongoing)."""

    office: str
    country: str | None
    sector: str
    start: str | None
    end: str | None
    title_en: str = ""
    org: str | None = None


@_fast_init
@dataclass(frozen=True, slots=True)
class EntityRef:
    """A canonical entity as known to the gazetteer (or discovered in an article)."""

    id: str
    type: str  # PER ORG GPE LOC MISC
    name_en: str
    name_ar: str
    country: str | None = None
    wikidata: str | None = None
    kind: str = ""  # country, capital, city, igo, news_agency, person ...
    sector: str | None = None
    provisional: bool = False  # discovered in text, not in the gazetteer


# a state's embassy or consulate as the gazetteer's templates name it ("marsad:org:embassy:MEX"); one in a named place
# has that place's id appended ("marsad:org:embassy:MEX:Q2900")
MISSION_IDS = ("marsad:org:embassy:", "marsad:org:consulate:")


@_fast_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text linked to an entity; ``via`` says which rule linked it (for explanations)."""

    span: Span
    entity: EntityRef
    via: str = "gazetteer"  # gazetteer, nisba, fuzzy, coref, role, discovered, alias, context, part
    role: str | None = None  # office inferred from a title next to the mention
    date: str | None = None


@_fast_init
@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    value: str | None
    precision: str
    end_value: str | None = None
    relative: bool = False
    tense: str | None = None


@_fast_init
@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name_en: str
    country: str | None
    kind: str  # person, country, organization
    sector: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name_en": self.name_en, "country": self.country, "kind": self.kind,
                "sector": self.sector}


# ``Event.trigger`` of the events the learned statements stage adds (the rules' hold the trigger word)
LEARNED_TRIGGER = "learned"


@_fast_init
@dataclass(frozen=True, slots=True)
class Event:
    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    date: str | None
    status: str  # occurred planned hypothetical negated
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    location: dict[str, Any] | None
    evidence: tuple[Span, ...]
    confidence: float
    trigger: str = ""
    intensity: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "date": self.date,
            "status": self.status,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "location": self.location,
            "evidence": [s.to_dict() for s in self.evidence],
            "confidence": round(self.confidence, 3),
            "method": self.method,
        }

    @property
    def method(self) -> str:
        """How the event was found: "learned" (proposed by the statements model) or "rules" (a marsad extension of
        the contract)."""
        return "learned" if self.trigger == LEARNED_TRIGGER else "rules"


@_fast_init
@dataclass(frozen=True, slots=True)
class Doc:
    """One article and everything the stages found in it."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_source: str | None = None  # metadata, html, text
    meta_published: dt.date | None = None
    # Ranges of ``text`` that are site boilerplate (navigation, footers, page headers).
    boilerplate: tuple[Span, ...] = ()
    # Matching view of the cleaned text (boilerplate blanked out), with the offset map.
    normalized: Normalized | None = None
    sentences: tuple[Span, ...] = ()
    clauses: tuple[Span, ...] = ()
    timexes: tuple[Timex, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def evolve(self, **changes: Any) -> Doc:
        # dataclasses.replace, without its per-call walk over the field metadata (all fields are
        # plain init fields)
        for name in _DOC_FIELDS:
            if name not in changes:
                changes[name] = getattr(self, name)
        return Doc(**changes)

    @property
    def norm_text(self) -> str:
        return self.normalized.text if self.normalized is not None else self.text

    def span(self, start: int, end: int, label: str = "") -> Span:
        """A Span over the original text; trims surrounding whitespace."""
        text = self.text
        if start < end and not text[start].isspace() and not text[end - 1].isspace():
            return Span(start, end, text[start:end], label)  # nothing to trim (the usual case)
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Span(start, end, self.text[start:end], label)

    def norm_span(self, nstart: int, nend: int, label: str = "") -> Span:
        """A Span over the original text from normalised offsets."""
        nz = self.normalized
        assert nz is not None
        offsets = nz.offsets
        # Normalized.to_original and the common no-trim case of ``span`` inlined: ~130 calls per
        # article (entities and events)
        if offsets is None:
            s, e = nstart, nend
        elif nstart < nend:
            s, e = offsets[nstart], offsets[nend - 1] + 1
        else:
            s, e = nz.to_original(nstart, nend)
        text = self.text
        if s < e and not text[s].isspace() and not text[e - 1].isspace():
            return Span(s, e, text[s:e], label)
        return self.span(s, e, label)

    def entities(self) -> list[tuple[EntityRef, list[Mention]]]:
        """Distinct named entities with their mentions, in order of first mention.

        Role-only references ("الرئيس الصيني") are kept in ``mentions`` for the event stage but are
        not names, so an entity referred to only by title is not listed; nor is a state's mission named with no
        place ("السفارة المكسيكية": which of its embassies is unsaid — measured on the evaluation sets' halves, none of
        the 21 such was in the gold lists, while "السفارة المكسيكية في كيتو", Embassy of Mexico in Quito, often is)."""
        order: dict[str, tuple[EntityRef, list[Mention]]] = {}
        for m in self.mentions:
            if m.via == "role" or m.entity.id.startswith(MISSION_IDS) and m.entity.id.count(":") == 3:
                continue
            order.setdefault(m.entity.id, (m.entity, []))[1].append(m)
        return list(order.values())

    def to_dict(self) -> dict[str, Any]:
        """The public output contract (docs/output-contract.md)."""
        ents = []
        for ent, mentions in self.entities():
            ents.append({
                "id": ent.id, "name_en": ent.name_en, "name_ar": ent.name_ar, "type": ent.type,
                "country": ent.country, "wikidata": ent.wikidata,
                "mentions": [m.span.to_dict() for m in sorted(mentions, key=lambda m: m.span.start)],
            })
        return {
            "id": self.id,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "entities": ents,
            "events": [e.to_dict() for e in self.events],
        }


_DOC_FIELDS = tuple(f.name for f in dataclasses.fields(Doc))
