"""The pipeline: named stages with one signature, ``Doc -> Doc``, run in order.

``extract`` is a pure function of one article (text + metadata -> Doc). Shared data (gazetteer,
lexicons) is loaded lazily once per process by ``marsad.resources`` and never mutated, so the
same function can run unchanged on distributed workers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from importlib import import_module

from .model import Doc

Stage = Callable[[Doc], Doc]
_REGISTRY: dict[str, Stage] = {}

DEFAULT_PIPELINE: tuple[str, ...] = ("clean", "normalize", "sentences", "dates", "entities", "events", "statements")
# Modules that register the default stages (imported on first use, keeping `import marsad` cheap).
_STAGE_MODULES = ("clean", "text", "dates", "entities", "events", "statements")


def register(name: str) -> Callable[[Stage], Stage]:
    """Decorator: register a stage under ``name`` (later registrations replace earlier ones)."""

    def deco(fn: Stage) -> Stage:
        _REGISTRY[name] = fn
        return fn

    return deco


def _load_stage_modules() -> None:
    for mod in _STAGE_MODULES:
        try:
            import_module(f"marsad.stages.{mod}")
        except ModuleNotFoundError as e:  # a stage module not written yet
            if e.name != f"marsad.stages.{mod}":
                raise


def get_stage(name: str) -> Stage:
    if name not in _REGISTRY:
        _load_stage_modules()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown pipeline stage {name!r}; known: {sorted(_REGISTRY)}") from None


def stage_names() -> list[str]:
    _load_stage_modules()
    return sorted(_REGISTRY)


class Pipeline:
    def __init__(self, names: Iterable[str] | None = None) -> None:
        _load_stage_modules()
        wanted = tuple(names) if names is not None else DEFAULT_PIPELINE
        self.names = tuple(n for n in wanted if n in _REGISTRY or names is not None)
        self.stages = [get_stage(n) for n in self.names]

    def __call__(self, doc: Doc) -> Doc:
        for stage in self.stages:
            doc = stage(doc)
        return doc


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT  # a cache of immutable stage references, not mutable extraction state
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT


_RULES: Pipeline | None = None


def rules_pipeline() -> Pipeline:
    """The default pipeline without the learned ``statements`` stage: what the hand rules find alone
    (their tests run it, and the statements model is trained on its output)."""
    global _RULES  # a cache of immutable stage references, as _DEFAULT
    if _RULES is None:
        _RULES = Pipeline(n for n in DEFAULT_PIPELINE if n != "statements")
    return _RULES


def extract(text: str, published: dt.date | str | None = None, id: str | None = None, *,
            title: str | None = None, url: str | None = None, outlet: str | None = None,
            pipeline: Pipeline | None = None) -> Doc:
    """Run the default pipeline (or ``pipeline``) on one article. ``published`` is metadata (date or
    ISO string)."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    doc = Doc(text=text, id=id, title=title, url=url, outlet=outlet, meta_published=published,
              published=published, published_source="metadata" if published else None)
    return (pipeline or default_pipeline())(doc)
