"""Direct tests of the named steps of the events stage (marsad.stages.events), each on one short
Arabic sentence run through the stages before "events"."""

import datetime as dt

from marsad.model import Doc
from marsad.pipeline import Pipeline
from marsad.stages.events import (
    _Article,
    _Cand,
    _code_trigger,
    _named_persons,
    _phone_manner,
    _Sentence,
    _sentence_mentions,
    _sentence_triggers,
    _skip_trigger,
    _State,
    _window,
)

_BEFORE_EVENTS = Pipeline(("clean", "normalize", "sentences", "dates", "entities"))


def _first_sentence(text: str) -> tuple[_Article, _Sentence]:
    day = dt.date(2023, 10, 10)
    doc = _BEFORE_EVENTS(Doc(text=text, meta_published=day, published=day, published_source="metadata"))
    art = _Article(doc)
    s0, s1 = art.sentences[0]
    trigs, manner = _phone_manner(art, _sentence_triggers(art, s0, s1))
    art.trigs = trigs
    return art, _Sentence(art, 0, s0, s1, _sentence_mentions(art, s0, s1), trigs, manner)


def _trigger(art: _Article, sen: _Sentence, form: str) -> tuple[int, _Cand]:
    ti = next(i for i, o in enumerate(sen.trigs) if art.t[o.s:o.e].endswith(form))
    return ti, _Cand(art, ti, sen.trigs[ti])


def test_sentence_triggers_skip_a_headline():
    """A short line with no final stop, standing alone, is a headline: its triggers are dropped
    (the body states the event), while the same words ending in a full stop keep theirs."""
    art, _ = _first_sentence("بوتين يزور الصين\n\nوصل الرئيس الروسي إلى بكين.")
    s0, s1 = art.sentences[0]
    assert _sentence_triggers(art, s0, s1) == []
    _, sen2 = _first_sentence("زار الرئيس الروسي فلاديمير بوتين الصين أمس.")
    assert sen2.trigs


def test_skip_trigger_drops_the_content_of_a_request():
    """"دعا إلى سحب القوات": the verbal noun inside what is asked for is no event; the request verb
    itself passes and notes where the sentence's statements start."""
    art, sen = _first_sentence("دعت الصين روسيا إلى سحب القوات من أوكرانيا.")
    forms = [art.t[o.s:o.e] for o in sen.trigs]
    assert any(f.endswith("دعت") for f in forms), forms
    kept = []
    for ti, tr in enumerate(sen.trigs):
        c = _Cand(art, ti, tr)
        if not _skip_trigger(art, sen, c):
            kept.append(art.t[tr.s:tr.e])
            _window(art, sen, c)
    assert kept == [f for f in forms if f.endswith("دعت")]
    assert sen.verbal_seen  # the request's start, for the triggers after it


def test_window_stops_at_the_next_trigger():
    """The argument window of a meeting verb ends where the next trigger starts, so the second
    event's participants are not the first one's."""
    art, sen = _first_sentence("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي ثم زار الهند.")
    ti, c = _trigger(art, sen, "التقي")
    assert not _skip_trigger(art, sen, c)
    _window(art, sen, c)
    nxt = sen.trigs[ti + 1]
    assert c.window_end == nxt.s
    assert c.window_end <= art.t.index("زار")


def test_code_trigger_drafts_a_meeting_with_both_sides():
    """_code_trigger on a verb-subject-object meeting drafts one CONSULT event, the subject as
    source and the counterpart as target, and makes the subject the last one spoken of."""
    art, sen = _first_sentence("التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في موسكو.")
    st = _State()
    ti, c = _trigger(art, sen, "التقي")
    _code_trigger(art, sen, st, ti, c.tr)
    assert len(st.drafts) == 1
    d = st.drafts[0]
    assert d.type == "CONSULT" and d.status == "occurred"
    assert [a.name_en for a in d.source] == ["Vladimir Putin"]
    assert [a.name_en for a in d.target] == ["Xi Jinping"]
    assert st.last_subject is not None and st.last_subject.name_en == "Vladimir Putin"


def test_state_carries_the_last_four_persons():
    """_State.carry_persons keeps the last four persons named, the first of the latest sentence
    as the subject last spoken of."""
    art, sen = _first_sentence("التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في موسكو.")
    persons = _named_persons(art, sen.sm)
    st = _State()
    for _ in range(3):
        st.carry_persons(persons)
    assert len(st.last_persons) == 4
    assert st.last_subject == persons[0]
