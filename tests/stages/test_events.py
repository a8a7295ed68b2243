"""Event rules: one short news-style sentence per trigger family and per status cue."""

import pytest

import marsad
from marsad.pipeline import rules_pipeline


def extract(text, published=None, *args, **kw):
    """The hand rules alone: these tests pin what each rule finds (the learned statements stage,
    which may add statements to the same sentences, is tested in test_statements.py)."""
    return marsad.extract(text, published, *args, pipeline=rules_pipeline(), **kw)


def events(text, published="2023-10-10"):
    d = extract(text, published)
    return [(e.type, e.status, e.date, sorted({a.country for a in e.source + e.target if a.country}),
             [a.name_en for a in e.source], [a.name_en for a in e.target]) for e in d.events]


def one(text, published="2023-10-10"):
    evs = events(text, published)
    assert len(evs) == 1, evs
    return evs[0]


def test_meeting_vso_with_counterpart():
    """"التقى X نظيره Y": subject after the verb, object the counterpart."""
    typ, status, date, cs, src, tgt = one("التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ اليوم الخميس.",
                                          "2024-05-16")
    assert (typ, status, date, cs) == ("CONSULT", "occurred", "2024-05-16", ["CHN", "RUS"])
    assert src == ["Vladimir Putin"] and tgt == ["Xi Jinping"]


def test_visit_destination_is_the_counterpart():
    """"زار X البلد": the visited country is the other side of a visit."""
    typ, status, date, cs, src, _ = one("زار الرئيس التركي رجب طيب أردوغان السعودية أمس.", "2023-07-18")
    assert (typ, date, cs) == ("CONSULT", "2023-07-17", ["SAU", "TUR"])


def test_phone_call():
    """"أجرى اتصالا هاتفيا مع": a phone consultation."""
    d = extract("أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع المستشار الألماني أولاف شولتس.",
                       "2023-05-10")
    assert [(e.type, e.mode) for e in d.events] == [("CONSULT", "phone")]


def test_signing_between_countries():
    """"وقعت مصر والسعودية مذكرة تفاهم": an agreement between the two."""
    typ, _, _, cs, _, _ = one("وقعت مصر والسعودية مذكرة تفاهم للتعاون في مجال الطاقة.", "2023-06-01")
    assert (typ, cs) == ("AGREE", ["EGY", "SAU"])


def test_request():
    """"دعت X Y إلى": a request from X to Y."""
    typ, _, _, cs, src, tgt = one("دعت روسيا الولايات المتحدة إلى وقف تسليح أوكرانيا.")
    assert typ == "REQUEST" and src == ["Russia"] and tgt == ["United States"]


def test_request_content_is_not_an_event():
    """What is requested ("وقف تسليح") is not itself coded."""
    assert [e[0] for e in events("دعت روسيا الولايات المتحدة إلى سحب قواتها من سوريا.")] == ["REQUEST"]


def test_threat():
    """"هددت X Y": a threat."""
    typ, _, _, cs, _, _ = one("هددت إيران إسرائيل برد قاس.")
    assert (typ, cs) == ("THREATEN", ["IRN", "ISR"])


def test_condemnation_targets_adjective_country():
    """"أدانت مصر الهجوم الإسرائيلي": the adjective names the accused."""
    typ, _, _, cs, src, tgt = one("أدانت مصر الهجوم الإسرائيلي على غزة.")
    assert typ == "ACCUSE" and src == ["Egypt"] and tgt == ["Israel"]


def test_rejection():
    """"رفضت الصين الاتهامات الأمريكية": a rejection of the United States."""
    typ, _, _, cs, _, _ = one("رفضت الصين الاتهامات الأمريكية.")
    assert (typ, cs) == ("REJECT", ["CHN", "USA"])


def test_aid():
    """"قدمت X مساعدات إلى Y": aid."""
    typ, _, _, cs, _, _ = one("قدمت الإمارات مساعدات إنسانية إلى السودان.")
    assert (typ, cs) == ("AID", ["ARE", "SDN"])


def test_support():
    """"أعلنت X دعمها ل Y": support."""
    typ, _, _, cs, _, _ = one("أعلنت الولايات المتحدة دعمها لأوكرانيا.")
    assert (typ, cs) == ("SUPPORT", ["UKR", "USA"])


def test_withdrawal():
    """"انسحبت القوات الأمريكية من أفغانستان": a retreat from Afghanistan."""
    typ, _, _, cs, _, _ = one("انسحبت القوات الأمريكية من أفغانستان.", "2021-08-31")
    assert (typ, cs) == ("RETREAT", ["AFG", "USA"])


def test_strike_by_adjective_forces():
    """"قصفت القوات الروسية": the forces' adjective names the attacker."""
    typ, _, _, _, src, _ = one("قصفت القوات الروسية مواقع أوكرانية في شرق البلاد.")
    assert typ == "ASSAULT" and src == ["Russia"]


def test_material_event_needs_a_recipient():
    """"قصفت القوات الروسية مواقع في شرق البلاد": a strike (sanction, release, aid ...) with no one it is
    done to is not kept — on the development halves such predictions were right 1 time in 22."""
    assert events("قصفت القوات الروسية مواقع في شرق البلاد.") == []


def test_status_planned_by_cue():
    """"من المقرر أن" marks a planned event; it is not dated to the article day as if it happened."""
    typ, status, *_ = one("ومن المقرر أن يلتقي الرئيس الروسي بنظيره الصيني في بكين.", "2024-05-16")
    assert (typ, status) == ("CONSULT", "planned")


def test_status_planned_by_future_prefix():
    """The future prefix سـ on the verb marks a planned event."""
    _, status, *_ = one("سيلتقي وزير الخارجية الروسي سيرجي لافروف نظيره الصيني وانغ يي.", "2023-09-10")
    assert status == "planned"


def test_status_hypothetical():
    """A conditional (إذا) makes the event hypothetical."""
    statuses = [e[1] for e in events("إذا زار الرئيس الأمريكي الصين فسيلتقي نظيره الصيني.", "2023-09-10")]
    assert statuses and set(statuses) == {"hypothetical"}


def test_status_negated():
    """"لم" before the verb negates it."""
    d = extract("لم يلتق وزير الخارجية الروسي سيرجي لافروف نظيره الأمريكي أنتوني بلينكن.", "2023-09-10")
    assert [e.status for e in d.events] == ["negated"]


def test_recalled_visit_dated_when_it_happened():
    """A past visit recalled in the text is dated to its month, not the article's day."""
    d = extract("وذكر أن زيارة الرئيس الصيني شي جين بينغ إلى روسيا في مارس من هذا العام كانت ناجحة.",
                       "2023-09-21")
    assert [(e.type, e.date) for e in d.events] == [("CONSULT", "2023-03")]


def test_same_meeting_in_two_sentences_merges():
    """The same meeting stated twice is one event with two evidence spans."""
    d = extract("التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في بكين. "
                       "وبحث بوتين مع شي جين بينغ العلاقات الثنائية.", "2024-05-16")
    assert len(d.events) == 1 and len(d.events[0].evidence) == 2


def test_descriptive_present_in_speech_is_not_an_event():
    """"قال إن بلاده تتعاون مع الصين" describes, it does not report an event."""
    assert events("قال الرئيس الروسي فلاديمير بوتين إن بلاده تتعاون مع الصين.", "2023-09-20") == []


def test_evidence_offsets(dev_docs, dev_articles):
    texts = {a["id"]: a["text"] for a in dev_articles}
    for d in dev_docs:
        for e in d.events:
            for sp in e.evidence:
                assert texts[d.id][sp.start:sp.end] == sp.text


@pytest.mark.parametrize("field", ["type", "status", "source", "target", "evidence", "cameo", "context"])
def test_contract_fields(dev_docs, field):
    for d in dev_docs:
        for e in d.to_dict()["events"]:
            assert field in e


def test_a_name_word_is_not_a_preposition():
    """"علي" (the name Ali) normalises like "على" (on): inside a name it must not govern the object."""
    typ, _, _, cs, src, tgt = one("التقى علي خامنئي فؤاد حسين.", "2022-11-29")
    assert typ == "CONSULT" and src == ["Ali Khamenei"] and tgt == ["Fuad Hussein"]


def test_time_and_place_between_subject_and_object():
    """"التقى X اليوم في بكين Y": the preposition took the city; the next person is the object."""
    _, _, _, cs, src, tgt = one("التقى الأمير فيصل بن فرحان اليوم في بكين حسين أمير عبداللهيان.", "2023-04-06")
    assert src == ["Faisal bin Farhan Al Saud"] and tgt == ["Hossein Amir-Abdollahian"]


def test_sanctions_with_the_subject_between_verb_and_noun():
    """"فرضت الولايات المتحدة عقوبات على السودان": verb-subject-object, the noun made an event by فرض."""
    typ, _, _, cs, src, tgt = one("فرضت الولايات المتحدة عقوبات على السودان.", "2023-06-02")
    assert (typ, src, tgt) == ("SANCTION", ["United States"], ["Sudan"])


def test_bare_sanctions_noun_needs_a_light_verb():
    """"العقوبات" alone is only talked about ("تأثير العقوبات"), not imposed."""
    assert not [e for e in events("وتحدث الخبراء عن تأثير العقوبات على روسيا.", "2023-06-02") if e[0] == "SANCTION"]


def test_signing_with_a_coordinated_subject():
    """"ووقع X ونظيره الإيراني Y على بيان مشترك": a signed document is an agreement between X and Y."""
    typ, _, _, cs, src, tgt = one("ووقع الأمير فيصل بن فرحان ونظيره الإيراني حسين أمير عبداللهيان على بيان مشترك.",
                                  "2023-04-06")
    assert (typ, cs) == ("AGREE", ["IRN", "SAU"])
    assert src == ["Faisal bin Farhan Al Saud"] and tgt == ["Hossein Amir-Abdollahian"]


def test_circumstantial_participle_takes_the_sentence_subject():
    """"وحذر X ..., داعيا إسرائيل إلى ...": the participle (حال) calls on Israel; its doer is X."""
    evs = events("وحذر وزير الخارجية السعودي من أن التصعيد يهدد المنطقة، داعيا إسرائيل إلى وقف العمليات.",
                 "2023-12-05")
    req = [e for e in evs if e[0] == "REQUEST"]
    assert req and req[0][4] == ["Faisal bin Farhan Al Saud"] and req[0][5] == ["Israel"]


def test_condemning_a_strike_accuses_the_striker():
    """"ودانت الخارجية الأردنية القصف الإسرائيلي": an ACCUSE of Israel, not an attack by Jordan."""
    evs = events("ودانت وزارة الخارجية الأردنية بأشد العبارات القصف الإسرائيلي للمستشفى.", "2023-10-17")
    assert [e[0] for e in evs] == ["ACCUSE"] and evs[0][5] == ["Israel"]


def test_hope_is_hypothetical():
    """"أعرب عن أمله في أن يمهد الاتفاق لمحادثات": talks hoped for have not happened."""
    evs = events("وأعرب الرئيس أردوغان عن أمله في أن يمهد الاتفاق لمحادثات سلام بين موسكو وكييف.", "2022-07-22")
    assert all(e[1] != "occurred" for e in evs)


def test_headline_line_is_not_an_event():
    """A short line without final punctuation is a (sub)heading; the body states the event."""
    assert events("أخبار اليوم\nبوتين يزور الصين\nوقال المتحدث إن العلاقات جيدة.", "2023-09-18") == []


def test_visit_to_a_city_named_as_direct_object():
    """"يزور فيدان أربيل": a non-capital city as the object of a visit is its destination."""
    evs = events("ومن المقرر أن يزور وزير الخارجية التركي هاكان فيدان أربيل الأربعاء.", "2023-08-22")
    assert evs and evs[0][0] == "CONSULT" and evs[0][1] == "planned" and "IRQ" in evs[0][3]


def test_event_dated_after_the_article_is_planned():
    """An explicit date after publication ("الأحد المقبل") cannot have happened yet."""
    evs = events("ويلتقي الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون يوم الأحد المقبل في باريس.",
                 "2024-01-10")
    assert evs and all(e[1] == "planned" for e in evs)


def test_talks_with_a_movement_are_an_event():
    """"التقى رئيس الوزراء القطري وفد حركة حماس": an organisation of another side is a party to the
    talks (only a person's own organisation, named in a title, drops out)."""
    evs = events("التقى الشيخ محمد بن عبدالرحمن آل ثاني أمس وفد حركة حماس.", "2025-01-15")
    assert evs and evs[0][0] == "CONSULT" and evs[0][5] == ["Hamas"]


def test_time_adverb_inside_a_verb_phrase():
    """"سيتوجه غدا إلى إسرائيل": the build lets a time adverb sit inside "V إلى" phrase forms."""
    evs = events("أكد البيت الأبيض أن الرئيس الأمريكي جو بايدن سيتوجه غدا إلى إسرائيل.", "2023-10-17")
    assert evs and evs[0][0] == "CONSULT" and evs[0][1] == "planned" and evs[0][2] == "2023-10-18"
    assert evs[0][4] == ["Joe Biden"] and "ISR" in evs[0][3]


def test_travel_phrase_split_by_its_subject():
    """"وصل X ... إلى القاهرة" (verb-subject order splits "وصل إلى"): a visit to Egypt; "وصل عدد القتلى
    إلى مئة" has no place after إلى and is no visit."""
    evs = events("وصل الرئيس التركي رجب طيب أردوغان اليوم إلى القاهرة.", "2024-02-14")
    assert evs and evs[0][0] == "CONSULT" and evs[0][4] == ["Recep Tayyip Erdoğan"] and "EGY" in evs[0][3]
    assert events("وصل عدد القتلى إلى مئة شخص.", "2024-02-14") == []


def test_condemned_strike_across_commas_is_not_an_attack():
    """"ودانت الوزارة، بأشد العبارات، القصف الإسرائيلي": commas around the adverb do not make the
    condemned strike an attack by the condemner."""
    evs = events("ودانت وزارة الخارجية الأردنية، بأشد العبارات، القصف الإسرائيلي للمستشفى.", "2023-10-17")
    assert [e[0] for e in evs] == ["ACCUSE"] and evs[0][5] == ["Israel"]


def test_light_verb_and_subject_before_a_comma():
    """"فرضت الولايات المتحدة، أمس (الخميس)، عقوبات على ...": the subject sits before the commas."""
    evs = events("فرضت الولايات المتحدة، أمس (الخميس)، عقوبات اقتصادية على قوات الدعم السريع.", "2023-06-02")
    assert evs and evs[0][0] == "SANCTION" and evs[0][4] == ["United States"] and evs[0][2] == "2023-06-01"


def test_expelling_an_ambassador_with_the_subject_between():
    """"طرد المغرب السفير الجزائري": the ambassador noun is an expulsion when طرد governs it; an
    ambassador who speaks or is received is not."""
    evs = events("طرد المغرب السفير الجزائري.", "2023-05-10")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SANCTION", ["Morocco"], ["Algeria"])]
    assert events("وقال السفير الروسي في بكين إن العلاقات جيدة.", "2023-05-10") == []


def test_praise_of_a_country_named_by_its_adjective():
    """"أشاد بالدور السعودي", "رحبت بالاتفاق السعودي الإيراني": the adjectives name who is praised."""
    evs = events("وأشاد الرئيس الفرنسي إيمانويل ماكرون بالدور السعودي في إنهاء الأزمة.", "2023-05-10")
    assert [(e[0], e[5]) for e in evs] == [("SUPPORT", ["Saudi Arabia"])]
    evs = events("ورحبت الجامعة العربية بالاتفاق السعودي الإيراني.", "2023-05-10")
    assert ("SUPPORT", ["Saudi Arabia", "Iran"]) in [(e[0], e[5]) for e in evs]


def test_negated_meeting_in_reported_speech():
    """"قال الكرملين إن بوتين لن يلتقي زيلينسكي": a negated event, not a description to skip."""
    evs = events("وقال الكرملين إن بوتين لن يلتقي زيلينسكي.", "2023-05-10")
    assert [(e[0], e[1]) for e in evs] == [("CONSULT", "negated")]


def test_conditional_with_a_conjunction():
    """"وإذا زار ...": the conjunction glued to إذا still makes the visit hypothetical."""
    evs = events("وإذا زار الرئيس الروسي الهند، فسيلتقي رئيس الوزراء ناريندرا مودي.", "2023-05-10")
    assert evs and all(e[1] == "hypothetical" for e in evs)


def test_denied_phone_call_verb():
    """"نفى البيت الأبيض أن يكون بايدن قد اتصل بنظيره الروسي": اتصل ب is a call; the denial negates it."""
    evs = events("نفى البيت الأبيض أن يكون بايدن قد اتصل بنظيره الروسي.", "2023-05-10")
    assert [(e[0], e[1], e[4], e[5]) for e in evs] == [("CONSULT", "negated", ["Joe Biden"], ["Vladimir Putin"])]


def test_planned_visit_noun_with_the_country_as_object():
    """"يعتزم ماكرون زيارة الجزائر": the country after the visit noun is the destination, not the visitor."""
    evs = events("يعتزم الرئيس الفرنسي إيمانويل ماكرون زيارة الجزائر في يونيو.", "2023-05-10")
    assert evs and evs[0][1] == "planned" and evs[0][4] == ["Emmanuel Macron"] and "DZA" in evs[0][3]


def test_phone_call_split_by_its_subject():
    """"أجرى X أمس اتصالا هاتفيا بـY": the light verb أجرى before the subject makes the call an event."""
    evs = events("أجرى ولي العهد السعودي الأمير محمد بن سلمان أمس اتصالا هاتفيا بالرئيس الإيراني إبراهيم رئيسي.",
                 "2023-05-10")
    assert [(e[0], e[4], e[5]) for e in evs] == [("CONSULT", ["Mohammed bin Salman"], ["Ebrahim Raisi"])]


def test_speaker_accuses_the_perpetrator():
    """"قال X إن Y ارتكب انتهاكات": an accusation by the speaker against the verb's subject; without
    a speaker ("وارتكبت القوات مجزرة") it is no accusation."""
    evs = events("وقال وزير الخارجية الإيراني إن إسرائيل ترتكب جرائم حرب في غزة.", "2023-06-02")
    assert [(e[0], e[4], e[5]) for e in evs] == [("ACCUSE", ["Hossein Amir-Abdollahian"], ["Israel"])]
    assert events("وارتكبت القوات مجزرة في القرية.", "2023-06-02") == []


def test_implicit_subject_of_a_meeting_is_not_the_hosts_compatriot():
    """"استقبله مخبر، قبل أن يعقد مباحثات مع رئيسي": the visitor holds the talks; two Iranians are not
    the two sides of a meeting."""
    evs = events("وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران اليوم.\nوكان في استقباله النائب الأول "
                 "للرئيس الإيراني محمد مخبر، قبل أن يعقد جلسة مباحثات مع الرئيس الإيراني إبراهيم رئيسي.",
                 "2022-11-29")
    talks = [e for e in evs if "Ebrahim Raisi" in e[5]]
    assert talks and talks[0][4] == ["Mohammed Shia al-Sudani"]


def test_light_verb_far_before_its_document():
    """"وقع X، اليوم الجمعة، في قصر ... في إسطنبول، على وثيقة مع": a long place phrase between the
    light verb and the document still leaves the signing anchored."""
    evs = events("وقع وزير الدفاع الروسي سيرغي شويغو، اليوم الجمعة، في قصر دولمه بهتشه في إسطنبول، على وثيقة مع "
                 "تركيا والأمم المتحدة.", "2022-07-22")
    assert [(e[0], e[1], e[4]) for e in evs] == [("AGREE", "occurred", ["Sergei Shoigu"])]


def test_light_verb_carries_negation_and_future():
    """"لن توقع أي وثيقة" is negated and "ستوقع اتفاقا" planned: the light verb, not the noun, has the
    negation and the tense."""
    evs = events("وقال المستشار إن أوكرانيا لن توقع أي وثيقة مع روسيا.", "2022-07-22")
    assert evs and all(e[1] == "negated" for e in evs)
    evs = events("وأعلنت الخارجية أن تركيا ستوقع اتفاقا مع العراق.", "2022-07-22")
    assert [e[1] for e in evs if e[0] == "AGREE"] == ["planned"]


def test_honorific_pronoun_is_the_person_spoken_of():
    """"ووقع سموه ونظيره الإيراني بيانا مشتركا": سموه (his Highness) is the minister of the previous
    sentence, one side of the signing."""
    evs = events("التقى وزير الخارجية السعودي الأمير فيصل بن فرحان اليوم في بكين نظيره الإيراني حسين أمير "
                 "عبداللهيان.\nووقّع سموه ونظيره الإيراني في ختام اللقاء بيانًا مشتركًا.", "2023-04-06")
    agree = [e for e in evs if e[0] == "AGREE"]
    assert agree and agree[0][4] == ["Faisal bin Farhan Al Saud"] and agree[0][5] == ["Hossein Amir-Abdollahian"]


def test_expressed_condemnation_belongs_to_the_subject_of_araba():
    """"وكانت الجزائر قد أعربت، الخميس الماضي، عن استنكارها للقرار الفرنسي": the doer is the subject of
    أعرب, the target the country of the object, and the statement is dated by its own day."""
    evs = events("وكانت الجزائر قد أعربت، الخميس الماضي، عن استنكارها الشديد للقرار الفرنسي.", "2024-07-30")
    assert [(e[0], e[2], e[4], e[5]) for e in evs] == [("ACCUSE", "2024-07-25", ["Algeria"], ["France"])]


def test_call_noun_after_fi_is_the_manner_of_the_talks():
    """"بحث مع X، في اتصال هاتفي السبت الماضي": one phone call dated by the date next to the call noun."""
    evs = events("وكان الملك عبدالله الثاني قد بحث مع الرئيس الأميركي، في اتصال هاتفي السبت الماضي، التطورات في "
                 "غزة.", "2023-10-17")
    assert [(e[0], e[2]) for e in evs] == [("CONSULT", "2023-10-14")]


def test_posing_a_threat_is_not_a_threat():
    """"يشكل تهديدا لتركيا" describes a danger; nobody threatens anybody."""
    assert not [e for e in events("وقال الوزير إن التنظيم يشكل تهديدا لتركيا والعراق.", "2023-08-22")
                if e[0] == "THREATEN"]


def test_warning_of_ones_own_next_step_is_a_threat():
    """"محذرة من أنها ستستخلص النتائج": warning of what one will do oneself is THREATEN; a participle
    with no object of its own is addressed to the main statement's target, on its day."""
    evs = events("وكانت الجزائر قد أعربت، الخميس الماضي، عن استنكارها للقرار الفرنسي، محذرة من أنها ستستخلص "
                 "كافة النتائج.", "2024-07-30")
    assert ("THREATEN", "occurred", "2024-07-25", ["DZA", "FRA"], ["Algeria"], ["France"]) in evs
    assert [e[0] for e in events("وحذرت الصين الولايات المتحدة من التدخل في شؤون تايوان.")] == ["ACCUSE"]


def test_invitation_to_visit_is_a_planned_visit_by_the_invitee():
    """"دعا X نظيره Y لزيارة بكين" / "تلبية دعوة X لزيارة تركيا": the invitee is the planned visitor."""
    evs = events("ودعا الرئيس الصيني شي جين بينغ نظيره الروسي فلاديمير بوتين لزيارة بكين.", "2023-03-21")
    assert [(e[0], e[1], e[4], e[5]) for e in evs] == [("CONSULT", "planned", ["Vladimir Putin"], ["Xi Jinping"])]
    evs = events("وأعرب الرئيس عبد الفتاح السيسي عن تطلعه لتلبية دعوة الرئيس أردوغان لزيارة تركيا.", "2024-02-14")
    assert [(e[0], e[1], e[4]) for e in evs] == [("CONSULT", "planned", ["Abdel Fattah el-Sisi"])]


def test_visits_to_different_countries_do_not_merge():
    """Erdoğan's visit to Cairo and Sisi's planned visit to Turkey are two trips, though both are
    Egypt–Turkey visits on the same news day."""
    evs = events("استقبل الرئيس عبد الفتاح السيسي، اليوم، الرئيس التركي رجب طيب أردوغان في القاهرة.\n"
                 "وأعرب السيسي عن تطلعه لتلبية دعوة أردوغان لزيارة تركيا.", "2024-02-14")
    assert sorted(e[1] for e in evs if e[0] == "CONSULT") == ["occurred", "planned"]


def test_actors_of_a_relative_clause_are_not_the_triggers():
    """"على خلفية انتهاك الاتفاق الذي رعته الرياض وواشنطن": the sponsors act in the relative clause,
    not in the violation."""
    evs = events("على خلفية خرق اتفاق وقف إطلاق النار الذي رعته الرياض وواشنطن في جدة.", "2023-06-02")
    assert not [e for e in evs if {"SAU", "USA"} <= set(e[3])]


def test_unresolved_noun_subject_before_a_present_verb():
    """"والبيان الختامي يدعو إيران": the actor after the verb is its object; the doer is unknown, so no
    event rather than Iran calling on someone."""
    assert events("والبيان الختامي يدعو إيران للاستجابة لمساعي الإمارات.", "2024-12-01") == []


def test_four_party_round_keeps_every_party():
    """"وفود من روسيا وأوكرانيا وتركيا، إلى جانب ممثلين عن الأمم المتحدة، قد عقدت جولة مباحثات": all
    four parties, not the last three."""
    evs = events("وكانت وفود عسكرية من روسيا وأوكرانيا وتركيا، إلى جانب ممثلين عن الأمم المتحدة، قد عقدت في "
                 "إسطنبول يوم 13 يوليو الجاري جولة مباحثات رباعية.", "2022-07-22")
    assert evs and evs[0][0] == "CONSULT" and evs[0][3] == ["RUS", "TUR", "UKR"]


def test_international_officials_act_for_their_organisation():
    """Guterres in office is the UN's, not Portugal's: an IGO official's actor has no country, and a
    feminine title ("رئيسة المفوضية") keeps the organisation inside the title out of the event."""
    evs = events("التقى وزير الخارجية التركي هاكان فيدان الأمين العام للأمم المتحدة أنطونيو غوتيريش في نيويورك.",
                 "2023-09-20")
    assert evs and evs[0][3] == ["TUR"] and "António Guterres" in evs[0][5]
    evs = events("التقت رئيسة المفوضية الأوروبية أورسولا فون دير لاين الرئيس التونسي قيس سعيد في قرطاج.",
                 "2023-07-16")
    assert [(e[3], e[4], e[5]) for e in evs] == [(["TUN"], ["Ursula von der Leyen"], ["Kais Saied"])]


def test_discussed_and_agreed_content_is_not_a_party():
    """"اتصالا مع بايدن، بحثا خلاله انضمام السويد" and "اتفق X وY على ... بين مصر وإثيوبيا والسودان":
    countries in what was discussed or agreed are not participants."""
    evs = events("وأجرى الرئيس التركي، أمس الأحد، اتصالا هاتفيا مع نظيره الأمريكي جو بايدن، بحثا خلاله مسألة "
                 "انضمام السويد إلى الناتو.", "2023-07-10")
    assert [e[3] for e in evs] == [["TUR", "USA"]]
    evs = events("اتفق الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء الإثيوبي آبي أحمد، اليوم، على الشروع في "
                 "مفاوضات للانتهاء من اتفاق بين مصر وإثيوبيا والسودان.", "2023-07-13")
    assert [e[3] for e in evs if e[0] == "AGREE" and e[1] == "occurred"] == [["EGY", "ETH"]]


def test_ambassador_recalled_from_a_country_targets_it():
    """"استدعاء سفيرها لدى المملكة المغربية": لدى names the country the ambassador is posted to."""
    evs = events("وكانت الجزائر قد قررت، في 18 جويلية الماضي، استدعاء سفيرها لدى المملكة المغربية للتشاور.",
                 "2021-08-24")
    assert [(e[0], e[2], e[3]) for e in evs] == [("SANCTION", "2021-07-18", ["DZA", "MAR"])]


def test_dateline_city_is_no_actor():
    """"عمّان 3 كانون الثاني (بترا)- دانت الوزارة ...": the dateline's city is where the story was
    filed, not the one who condemned."""
    evs = events("عمّان 3 كانون الثاني (بترا)- دانت وزارة الخارجية بأشد العبارات اقتحام وزير الأمن القومي "
                 "الإسرائيلي إيتمار بن غفير المسجد الأقصى.", "2023-01-03")
    assert not [e for e in evs if "OMN" in e[3] or "JOR" in e[3] and e[0] == "ASSAULT"]


def test_condemned_storming_is_the_content_not_an_event():
    """"دانت الخارجية الأردنية اقتحام الوزير الإسرائيلي المسجد": the masdar اقتحام is what was
    condemned; the event is the condemnation."""
    evs = events("دانت وزارة الخارجية الأردنية بأشد العبارات اقتحام وزير الأمن القومي الإسرائيلي إيتمار بن غفير "
                 "المسجد الأقصى.", "2023-01-03")
    assert [e[0] for e in evs] == ["ACCUSE"]


def test_document_noun_does_not_close_the_previous_triggers_window():
    """"وافق أردوغان، الاثنين، على إحالة بروتوكول انضمام السويد": بروتوكول is an event only when
    signed, so Sweden is still what Erdoğan conceded to."""
    evs = events("وافق الرئيس التركي رجب طيب أردوغان، الاثنين، على إحالة بروتوكول انضمام السويد إلى البرلمان.",
                 "2023-07-10")
    assert [(e[0], e[3]) for e in evs] == [("CONCEDE", ["SWE", "TUR"])]


def test_rejecting_what_the_previous_clause_reported():
    """"أعلنت إثيوبيا إتمام الملء، وهو ما رفضته مصر والسودان": the rejected act is Ethiopia's; Egypt
    and Sudan, after the verb, reject it."""
    evs = events("وكانت إثيوبيا قد أعلنت في أغسطس 2022 إتمام الملء الثالث لخزان السد، وهو ما رفضته مصر والسودان.",
                 "2023-07-13")
    rej = [e for e in evs if e[0] == "REJECT"]
    assert rej and rej[0][5] == ["Ethiopia"] and set(rej[0][4]) == {"Egypt", "Sudan"}


def test_welcoming_the_summit_targets_its_parties():
    """"رحب ترامب بنتائج القمة": the summit is the article's lead meeting; its parties are welcomed."""
    evs = events("التقى الرئيس الكوري الجنوبي مون جاي إن الزعيم الكوري الشمالي كيم جونغ أون اليوم في بانمونجوم.\n"
                 "وفي واشنطن، رحب الرئيس الأمريكي دونالد ترامب بنتائج القمة.", "2018-04-27")
    sup = [e for e in evs if e[0] == "SUPPORT"]
    assert sup and sup[0][3] == ["KOR", "PRK", "USA"]


def test_long_first_line_is_a_title():
    """An article's first line without final punctuation is its title, even at 11 words: the body
    states the event, so the title adds no second one."""
    evs = events("إردوغان يوافق على إحالة بروتوكول انضمام السويد للناتو إلى البرلمان التركي\n\n"
                 "وافق الرئيس التركي رجب طيب أردوغان اليوم على انضمام السويد إلى الحلف.", "2023-07-10")
    assert len([e for e in evs if e[0] == "CONCEDE"]) == 1


def test_attendees_are_not_signatories():
    """"وقعت تونس والاتحاد الأوروبي مذكرة تفاهم بحضور رئيسة الحكومة الإيطالية": who attends witnesses,
    not signs."""
    evs = events("وقعت تونس والاتحاد الأوروبي، اليوم الأحد، مذكرة تفاهم بحضور رئيس الوزراء الهولندي مارك روته.",
                 "2023-07-16")
    assert evs and all("NLD" not in e[3] for e in evs)


def test_signed_memorandum_dated_between_verb_and_noun():
    """"وقعت تركيا والسويد وفنلندا في 28 يونيو 2022 مذكرة تفاهم": the هم of تفاهم is no pronoun, so
    the three signatories stay; the light verb's own reading gives way to the dated noun."""
    evs = events("يذكر أن تركيا والسويد وفنلندا وقعت في 28 يونيو/ حزيران 2022 مذكرة تفاهم ثلاثية.", "2023-07-10")
    assert [(e[0], e[2], e[3]) for e in evs] == [("AGREE", "2022-06-28", ["FIN", "SWE", "TUR"])]


def test_the_two_leaders_named_earlier_in_the_sentence():
    """"أجرى أردوغان اتصالا مع بايدن ..., ومن المقرر أن يلتقي الزعيمان غدا": الزعيمان are the two
    named in this sentence."""
    evs = events("وأجرى الرئيس التركي رجب طيب أردوغان، أمس الأحد، اتصالا هاتفيا مع نظيره الأمريكي جو بايدن، ومن "
                 "المقرر أن يلتقي الزعيمان غدا الثلاثاء.", "2023-07-10")
    assert ("CONSULT", "planned", "2023-07-11", ["TUR", "USA"]) in [e[:4] for e in evs]


def test_meeting_that_brought_him_together_with():
    """"وافق أردوغان ... عقب اجتماع ثلاثي جمعه برئيس الوزراء السويدي": جمعه's "him" is the subject."""
    evs = events("وافق الرئيس التركي رجب طيب أردوغان على انضمام السويد، عقب اجتماع ثلاثي جمعه برئيس الوزراء السويدي "
                 "أولف كريسترسون.", "2023-07-10")
    meet = [e for e in evs if e[0] == "CONSULT"]
    assert meet and meet[0][4] == ["Recep Tayyip Erdoğan"] and meet[0][3] == ["SWE", "TUR"]


def test_standing_by_a_country_is_support():
    """"باريس تقف إلى جانب لبنان": standing by is support; وقف alone ("وقف إطلاق النار") is not."""
    evs = events("وقالت الخارجية الفرنسية إن باريس تقف إلى جانب لبنان في هذه الظروف.", "2023-09-20")
    assert [(e[0], e[3]) for e in evs] == [("SUPPORT", ["FRA", "LBN"])]
    assert events("ودعا وزير الخارجية الفرنسي إلى وقف إطلاق النار في لبنان.", "2023-09-20") == [] or all(
        e[0] != "SUPPORT" for e in events("ودعا وزير الخارجية الفرنسي إلى وقف إطلاق النار في لبنان.", "2023-09-20"))


def test_praised_actor_of_a_relative_clause_is_the_target():
    """"أشاد وزير الخارجية المصري بالجهود التي تبذلها سلطنة عمان": Oman, acting in the relative
    clause, is praised; Egypt's minister praises."""
    evs = events("وأشاد وزير الخارجية المصري سامح شكري بالجهود التي تبذلها سلطنة عمان.", "2022-09-20")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SUPPORT", ["Sameh Shoukry"], ["Oman"])]


def test_the_two_leaders_are_the_last_two_leaders_named():
    """"الزعيمان" after Erdoğan and Biden are named means those two, not the heads of the article's two
    most frequent countries (Sweden's king here); an aide named in between is not a leader."""
    evs = events("وأجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع نظيره الأمريكي جو بايدن بشأن انضمام السويد "
                 "إلى الناتو وموقف السويد.\nومن المقرر أن يلتقي الزعيمان غدا الثلاثاء.", "2023-07-10")
    planned = [e for e in evs if e[1] == "planned"]
    assert planned and planned[0][4] + planned[0][5] == ["Recep Tayyip Erdoğan", "Joe Biden"]


def test_a_planned_leg_to_another_city_is_its_own_event():
    """A visit under way in Beijing and "ومن المقرر أن يزور مدينة هاربين غدا": a leg to another city is
    a planned event of its own, not the rest of the same one."""
    evs = events("وصل الرئيس الروسي فلاديمير بوتين إلى بكين اليوم الخميس في زيارة دولة.\nومن المقرر أن يزور "
                 "بوتين مدينة هاربين غدا الجمعة.", "2024-05-16")
    assert sorted(e[1] for e in evs if e[0] == "CONSULT") == ["occurred", "planned"]


def test_support_verb_with_an_object_pronoun():
    """"بلاده تقدر مبادرة الحزام والطريق وتدعمها": تدعمها (supports it) is a support verb with its object
    pronoun; "it" is the initiative named before, which stands for China; "بلاده" is the speaker's."""
    evs = events("والتقى الرئيس الروسي فلاديمير بوتين وزير الخارجية الصيني وانغ يي.\nوأكد أن بلاده تقدر بشدة مبادرة "
                 "الحزام والطريق وتدعمها بقوة.", "2023-09-21")
    assert ("SUPPORT", ["Russia"], ["China"]) in [(e[0], e[4], e[5]) for e in evs]


def test_verbs_with_object_pronouns_are_triggers():
    """"وهو ما دانته بغداد": a verb with an object pronoun (دانته) is the verb's trigger; but the ة of
    "وزارة" is no pronoun, so وزارة is not "و + زار + ه" (visited him)."""
    evs = events("وقصف الحرس الثوري الإيراني مقار أحزاب كردية في أربيل، وهو ما دانته بغداد بشدة.", "2022-11-29")
    assert ("ACCUSE", ["Iraq"]) in [(e[0], e[4]) for e in evs]
    assert not [e for e in events("ودانت وزارة الخارجية الأردنية القصف الإسرائيلي للمستشفى.", "2023-10-17")
                if e[0] == "CONSULT"]


def test_negated_verb_before_a_noun_trigger_and_shared_prepositions():
    """"أنها لن تقدم دعما لتنظيمي واي بي جي/ بي كا كا": the verb before the noun is negated, so is the
    support; ل glued to تنظيمي governs both coordinated names, which are the targets, not the source."""
    evs = events("وأكدت السويد في البيان أنها لن تقدم دعما لتنظيمي واي بي جي/ بي كا كا الإرهابيين.", "2023-07-10")
    sup = [e for e in evs if e[0] == "SUPPORT"]
    assert sup and sup[0][1] == "negated" and sup[0][4] == ["Sweden"]


def test_leader_hosted_by_whoever_runs_the_government():
    """Iraq's prime minister in Tehran is hosted by Iran's president, a French president in Israel by
    its prime minister: who hosts a leader depends on the host's system, not on matching titles."""
    evs = events("وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران اليوم في زيارة رسمية.", "2022-11-29")
    assert "Ebrahim Raisi" in evs[0][5]
    evs = events("وصل الرئيس الفرنسي إيمانويل ماكرون إلى إسرائيل اليوم.", "2023-06-01")
    assert "Benjamin Netanyahu" in evs[0][5]


def test_received_phone_call_is_the_callers():
    """"تلقى السيسي اتصالا هاتفيا من بايدن" and "في اتصال هاتفي تلقاه من نظيره الأمريكي": the caller
    placed the call (source), the subject received it."""
    evs = events("تلقى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً من الرئيس الأمريكي جو بايدن.", "2023-10-20")
    assert [(e[0], e[4], e[5]) for e in evs] == [("CONSULT", ["Joe Biden"], ["Abdel Fattah el-Sisi"])]
    evs = events("بحث وزير الخارجية السعودي الأمير فيصل بن فرحان، في اتصال هاتفي تلقاه من نظيره الأمريكي أنتوني "
                 "بلينكن، المستجدات في غزة.", "2023-10-20")
    assert [(e[4], e[5]) for e in evs] == [(["Antony Blinken"], ["Faisal bin Farhan Al Saud"])]


def test_summoned_envoy_is_the_target():
    """"استدعت وزارة الخارجية الكويتية السفير العراقي لدى الكويت": Kuwait protests to Iraq, whose envoy
    was summoned; لدى names the summoner's own country."""
    evs = events("استدعت وزارة الخارجية الكويتية السفير العراقي لدى الكويت وسلمته مذكرة احتجاج.", "2023-10-20")
    assert [(e[0], e[3], e[5]) for e in evs] == [("ACCUSE", ["IRQ", "KWT"], ["Iraq"])]


def test_threat_against_a_countrys_ships():
    """"هدد الحوثيون باستهداف السفن الأمريكية": the adjective names the threatened country."""
    evs = events("وهدد الحوثيون باستهداف السفن الأمريكية في البحر الأحمر.", "2024-02-23")
    assert [(e[0], e[4], e[5]) for e in evs] == [("THREATEN", ["Houthis"], ["United States"])]


@pytest.mark.parametrize("text,published,expected", [
    # a comma closes a place phrase: the object after it is the guest, not "in" anything
    ("استقبل أمير دولة قطر الشيخ تميم بن حمد آل ثاني، في الديوان الأميري اليوم، رئيس الوزراء الباكستاني شهباز "
     "شريف.", "2024-03-10", ("CONSULT", ["PAK", "QAT"])),
    # a body without a country named right after the verb is the addressee
    ("طالبت الجامعة العربية مجلس الأمن الدولي بالتحرك العاجل لوقف العدوان على غزة.", "2024-03-10",
     ("REQUEST", [])),
    # the welcomed agreement's parties are the target
    ("رحبت مصر بالاتفاق بين إثيوبيا والصومال.", "2024-03-10", ("SUPPORT", ["EGY", "ETH", "SOM"])),
    # شن is a light verb of strikes; the subject's adjective names the striker, the place the struck
    ("شنت الطائرات الإسرائيلية غارات على مواقع في جنوب لبنان.", "2024-03-10", ("ASSAULT", ["ISR", "LBN"])),
    # استضاف anchors a meeting; the cue makes it planned
    ("ومن المقرر أن تستضيف الرياض الشهر المقبل اجتماعا لوزراء خارجية دول مجلس التعاون.", "2024-03-10",
     ("CONSULT", ["SAU"])),
])
def test_common_wire_patterns(text, published, expected):
    """Everyday wire sentences of other outlets: each yields its one event with the right parties."""
    evs = events(text, published)
    assert [(e[0], e[3]) for e in evs] == [expected]


def test_a_new_coordinated_clause_ends_a_statements_reach():
    """"وتعارض تشويه المبادرة، وتعتزم تعزيز المواءمة بين الاتحاد الأوراسي ...": the union belongs to
    the next clause's verb, not to what is opposed."""
    evs = events("وأكد الرئيس الروسي أن بلاده تعارض تشويه المبادرة، وتعتزم تعزيز المواءمة بين الاتحاد الاقتصادي "
                 "الأوراسي ومبادرة الحزام والطريق.", "2023-09-21")
    assert not [e for e in evs if e[0] == "REJECT"]


def test_pluperfect_subject_comes_first():
    """"وكان أردوغان قد زار الإمارات في يوليو الماضي": with كان ... قد the subject precedes the verb."""
    evs = events("وكان الرئيس التركي رجب طيب أردوغان قد زار الإمارات في يوليو الماضي.", "2024-03-10")
    assert [(e[4], e[5], e[2]) for e in evs] == [(["Recep Tayyip Erdoğan"], ["United Arab Emirates"], "2023-07")]


def test_coordinated_subjects_speak_together():
    """"ودعت الصين وروسيا الولايات المتحدة إلى": both call, the US is called upon; without an addressee
    ("دعت الصين وروسيا إلى وقف إطلاق النار") there is no dyad to code."""
    evs = events("ودعت الصين وروسيا الولايات المتحدة إلى وقف التصعيد.", "2024-03-10")
    assert [(e[4], e[5]) for e in evs] == [(["China", "Russia"], ["United States"])]
    assert events("ودعت الصين وروسيا إلى وقف فوري لإطلاق النار في غزة.", "2024-03-10") == []


def test_state_and_rebels_of_one_country_are_two_sides():
    """"اتهمت الخارجية السودانية قوات الدعم السريع": a government and an armed movement of the same
    country are the two sides of a civil war, not a domestic statement; two ministers of one state
    meeting still are."""
    evs = events("اتهمت الخارجية السودانية قوات الدعم السريع بارتكاب جرائم حرب في دارفور.", "2024-03-10")
    assert [(e[0], e[5]) for e in evs] == [("ACCUSE", ["Rapid Support Forces"])]
    assert events("التقى رئيس الوزراء العراقي وزير الخارجية العراقي في بغداد.", "2023-05-20") == []


def test_call_addressed_by_adjective_and_its_content():
    """"دعت الخارجية السعودية الأطراف اليمنية إلى ...": the adjective before إلى names the addressee;
    "دعا إلى وقف العدوان الإسرائيلي" asks for something — the aggression is content, not an event."""
    evs = events("ودعت وزارة الخارجية السعودية في بيانها الأطراف اليمنية كافة إلى اغتنام هذه الفرصة.", "2023-09-20")
    assert [(e[0], e[5]) for e in evs] == [("REQUEST", ["Yemen"])]
    assert events("ودعا وزير الخارجية المصري إلى وقف العدوان الإسرائيلي على غزة.", "2023-09-20") == []


def test_aid_to_a_people_named_by_adjective():
    """"قدمت السعودية مساعدات ... إلى الشعب السوداني": the adjective after إلى names the recipient."""
    evs = events("قدمت السعودية مساعدات إنسانية بقيمة 10 ملايين دولار إلى الشعب السوداني.", "2024-05-01")
    assert [(e[0], e[3]) for e in evs] == [("AID", ["SAU", "SDN"])]


def test_invitation_to_attend_and_received_invitation():
    """"تلقى السيسي دعوة من نظيره الروسي لحضور قمة بريكس": the invitation is the sender's, so the
    subject is the planned guest; the summit to attend is the invitation's content, not an event."""
    evs = events("أعلنت الرئاسة المصرية أن الرئيس السيسي تلقى دعوة من نظيره الروسي لحضور قمة بريكس.", "2024-05-01")
    assert [(e[0], e[1], e[4], e[5]) for e in evs] == [
        ("CONSULT", "planned", ["Abdel Fattah el-Sisi"], ["Vladimir Putin"])]


def test_joint_press_conference_means_a_meeting():
    """"خلال مؤتمر صحفي مع نظيره الإيراني في أنقرة": the two ministers met."""
    evs = events("وأكد وزير الخارجية التركي هاكان فيدان، خلال مؤتمر صحفي مع نظيره الإيراني عباس عراقجي في أنقرة، أن "
                 "بلاده ترفض التصعيد.", "2024-05-01")
    assert [(e[0], e[4], e[5]) for e in evs] == [("CONSULT", ["Hakan Fidan"], ["Abbas Araghchi"])]


def test_coordinated_countries_announcing_together():
    """"أعلنت النرويج وإيرلندا وإسبانيا الاعتراف بالدولة الفلسطينية": the three recognise together."""
    evs = events("أعلنت النرويج وإيرلندا وإسبانيا الاعتراف بالدولة الفلسطينية.", "2024-05-22")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SUPPORT", ["Norway", "Ireland", "Spain"], ["Palestine"])]


def test_organisation_in_the_speakers_title_is_not_the_target():
    """"الأمين العام لجامعة الدول العربية": the League is the speaker's office (a qualifier العام sits
    between head and organisation), so the welcomed party is Syria."""
    e = one("ورحب الأمين العام لجامعة الدول العربية أحمد أبو الغيط في كلمته بمشاركة سورية في القمة.", "2023-05-19")
    assert e[0] == "SUPPORT" and e[5] == ["Syria"]


def test_verbal_noun_with_a_long_title_before_its_subject():
    """"زيارة وزير الخارجية والمغتربين الدكتور فيصل المقداد إلى جدة": the title runs past 30 characters,
    but the person after it is still the visit's subject."""
    e = one("أبرزها زيارة وزير الخارجية والمغتربين الدكتور فيصل المقداد إلى جدة في الثاني عشر من نيسان الماضي.",
            "2023-05-19")
    assert e[0] == "CONSULT" and e[2] == "2023-04-12" and e[4] == ["Faisal Mekdad"]


@pytest.mark.parametrize("text,src,tgt", [
    ("واستدعت الجزائر سفيرها لدى باريس للتشاور.", "DZA", "FRA"),
    ("وسحبت مالي سفيرها من الجزائر احتجاجا على التدخل في شؤونها.", "MLI", "DZA"),
])
def test_recall_of_own_ambassador_with_the_subject_in_between(text, src, tgt):
    """"استدعت الجزائر سفيرها": the own ambassador (pronoun suffix) after a recall verb, the subject
    between them, is a diplomatic sanction against the country where he served."""
    e = one(text, "2024-06-19")
    assert e[0] == "SANCTION" and e[3] == sorted([src, tgt])


def test_extending_sanctions_is_a_sanction():
    """"قرر الاتحاد الأوروبي تمديد العقوبات": extending sanctions anchors the bare noun العقوبات."""
    e = one("قرر الاتحاد الأوروبي تمديد العقوبات المفروضة على روسيا ستة أشهر إضافية.", "2024-06-19")
    assert e[0] == "SANCTION" and e[3] == ["RUS"]


def test_any_attack_in_a_threat_is_no_event():
    """"بالرد على أي هجوم إسرائيلي يستهدف منشآتها": "أي" (any) makes the attack generic: only the threat."""
    assert [e[0] for e in events("وهددت إيران بالرد على أي هجوم إسرائيلي يستهدف منشآتها النووية.")] == ["THREATEN"]


def test_strike_on_a_territory_named_by_its_adjective():
    """"شن الجيش ضربات على مخابئ داخل الأراضي الأفغانية": bare ضربات after شن is a strike, and the
    territory's adjective names the country struck."""
    e = one("شن الجيش الباكستاني ضربات على مخابئ مسلحين داخل الأراضي الأفغانية.", "2024-03-18")
    assert e[0] == "ASSAULT" and e[3] == ["AFG", "PAK"]
    assert events("وقال إن العقوبات تمثل ضربة للاقتصاد الروسي.") == []


def test_strike_in_a_country_targets_it():
    """"شن ... غارات جوية على مخابئ مسلحين في أفغانستان": the country where the strike fell is its target."""
    e = one("شن الجيش الباكستاني غارات جوية على مخابئ مسلحين في أفغانستان.", "2024-03-18")
    assert e[0] == "ASSAULT" and e[3] == ["AFG", "PAK"]


def test_the_two_leaders_are_the_leaders_already_named():
    """"الزعيمين" after Modi and Xi are named: India's leader here is its prime minister, not its president."""
    d = extract("اتفق رئيس الوزراء الهندي ناريندرا مودي والرئيس الصيني شي جين بينغ على خفض التوتر. "
                       "وأضاف المتحدث أن الزعيمين اتفقا على توجيه المسؤولين لتكثيف الجهود.", "2023-08-24")
    names = {a.name_en for e in d.events for a in e.source + e.target}
    assert names == {"Narendra Modi", "Xi Jinping"}


def test_deaths_in_a_recalled_clash_are_not_the_last_speakers():
    """"بعد اشتباكات دامية أسفرت عن مقتل 20 جنديا": the killing is not done by the leader last spoken of."""
    d = extract("وأكد الرئيس الصيني شي جين بينغ أهمية العلاقات. وكانت العلاقات قد تدهورت بعد اشتباكات دامية "
                       "في وادي غالوان في يونيو 2020 أسفرت عن مقتل 20 جنديا.", "2023-08-24")
    assert not [e for e in d.events if e.type == "ASSAULT" and any(a.name_en == "Xi Jinping" for a in e.source)]


def test_talks_during_which_an_agreement_was_reached():
    """"اتفق مودي وشي على ...، وذلك خلال محادثات": the talks are a meeting of the same two, held (not planned)."""
    evs = events("اتفق رئيس الوزراء الهندي ناريندرا مودي والرئيس الصيني شي جين بينغ، الخميس، على تكثيف الجهود "
                 "لخفض التصعيد، وذلك خلال محادثات نادرة على هامش قمة مجموعة بريكس.", "2023-08-24")
    assert ("CONSULT", "occurred", "2023-08-24", ["CHN", "IND"], ["Narendra Modi"], ["Xi Jinping"]) in evs


def test_request_content_holds_no_target_and_no_event():
    """"طالبت كوريا الجنوبية اليابان بتقديم اعتذار": past the addressee, ب + verbal noun starts what is
    asked — the apology is no event, and "لدى كوريا الشمالية" after "على" is no addressee."""
    assert events("وطالبت كوريا الجنوبية اليابان بتقديم اعتذار رسمي عن حقبة الاستعمار.", "2024-05-10") == [
        ("REQUEST", "occurred", "2024-05-10", ["JPN", "KOR"], ["South Korea"], ["Japan"])]
    e = one("وحث وزير الخارجية الأمريكي أنتوني بلينكن الصين على استخدام نفوذها لدى كوريا الشمالية.", "2024-05-10")
    assert e[5] == ["China"]


def test_masculine_verb_before_a_country_has_an_implicit_subject():
    """"وحثّ الولايات المتحدة": a masculine verb does not agree with a (feminine) country, so the country
    is the object and the man last named is the subject; "وحثت الولايات المتحدة الصين" is the reverse."""
    e = events("وقال الرئيس الصيني شي جين بينغ إن قضية تايوان حساسة. وحثّ الولايات المتحدة على التوقف عن تسليح تايوان.",
               "2023-11-16")
    assert ("REQUEST", "occurred", "2023-11-16", ["CHN", "USA"], ["Xi Jinping"], ["United States"]) in e
    e = one("وحثت الولايات المتحدة الصين على الضغط على روسيا.", "2023-11-16")
    assert e[4:] == (["United States"], ["China"])


def test_congratulation_needs_its_written_hamza():
    """"هنأ" (congratulated) normalises to "هنا" (here): only the original hamza makes it a trigger."""
    e = one("هنأ الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان الرئيس الروسي فلاديمير بوتين بإعادة انتخابه.",
            "2024-05-10")
    assert e[0] == "SUPPORT" and e[5] == ["Vladimir Putin"]
    assert events("وقال الرئيس الروسي فلاديمير بوتين إن الصين هنا شريك.", "2024-05-10") == []


def test_request_content_cut_skips_a_relative_clause_and_needs_an_addressee():
    """"ودعت الصين، التي تربطها علاقات وثيقة بالبلدين، إيران وباكستان إلى": the relative clause between
    commas is not the request's content; "وتطالب بكين بالسيادة على ..." claims, and asks no one."""
    e = one("ودعت الصين، التي تربطها علاقات وثيقة بالبلدين، إيران وباكستان إلى ضبط النفس.", "2024-01-18")
    assert e[0] == "REQUEST" and e[5] == ["Iran", "Pakistan"]
    assert events("وتطالب بكين بالسيادة على كامل بحر الصين الجنوبي متجاهلة مطالب الفيليبين وفيتنام.", "2024-06-19") == []


def test_event_noun_dated_by_how_long_before_it_happened():
    """"بعد يومين فقط من هجوم": the attack lies two days before the sentence's event (to the day);
    "بعد نحو أسبوع من" is approximate, so only its month is kept."""
    evs = events("شنّت باكستان، فجر الخميس، ضربات عسكرية داخل إيران، جاء بعد يومين فقط من هجوم صاروخي "
                 "إيراني استهدف إقليم بلوشستان الباكستاني.", "2024-01-18")
    assert ("ASSAULT", "occurred", "2024-01-16", ["IRN", "PAK"], ["Iran"], ["Pakistan"]) in evs
    e = one("وتأتي الزيارة بعد نحو أسبوع من قصف الحرس الثوري الإيراني بالصواريخ مقار أحزاب كردية في إقليم "
            "كردستان العراق.", "2022-11-29")
    assert e[0] == "ASSAULT" and e[2] == "2022-11"


def test_an_event_noun_own_day_beats_the_span_counted_back():
    """"بعد نحو أسبوع من زيارة ... إلى دمشق في الرابع والعشرين من يناير": the visit's own day, written in its clause,
    is surer than "about a week" counted back (which keeps only a month); with no day of its own the count stands."""
    e = one("وتأتي الزيارة بعد نحو أسبوع من زيارة وزير الخارجية السعودي الأمير فيصل بن فرحان إلى دمشق في الرابع "
            "والعشرين من يناير.", "2025-02-03")
    assert e[0] == "CONSULT" and e[2] == "2025-01-24", e
    e = one("وتأتي الزيارة بعد نحو أسبوع من زيارة وزير الخارجية السعودي الأمير فيصل بن فرحان إلى دمشق.", "2025-02-03")
    assert e[0] == "CONSULT" and e[2] == "2025-01", e


def test_a_spokesperson_last_named_does_not_strike():
    """"مضيفة أن عددا من الإرهابيين قتلوا": a killing or strike with no actor in its sentence is not the
    act of the person last spoken of (here a spokesperson)."""
    d = extract("وقالت المتحدثة باسم الخارجية الأمريكية إن الوضع خطير. وأضافت أن عددا من المسلحين قتلوا "
                       "في العملية.", "2024-01-18")
    assert not [e for e in d.events if e.type == "ASSAULT" and any(a.kind == "person" for a in e.source)]


def test_same_night_and_next_day_refer_to_the_event_last_dated():
    """"في الليلة نفسها" is the day of the event last dated in the text, "في اليوم التالي" the day after."""
    d = extract("وكان الحرس الثوري الإيراني قد شن مساء الثلاثاء ضربات جوية على إقليم بلوشستان الباكستاني. "
                       "ونددت باكستان في الليلة نفسها بالانتهاك الإيراني. وفي اليوم التالي، أعلنت باكستان "
                       "استدعاء سفيرها من طهران.", "2024-01-18")
    dates = {e.type: e.date for e in d.events}
    assert dates == {"ASSAULT": "2024-01-16", "ACCUSE": "2024-01-16", "SANCTION": "2024-01-17"}


def test_honorific_subject_right_after_the_verb():
    """"ووقّع سموه ونظيره الإيراني بيانا": his Highness after the verb is the person last spoken of."""
    d = extract("والتقى صاحب السمو الأمير فيصل بن فرحان وزير الخارجية نظيره الإيراني حسين أمير عبداللهيان "
                       "في بكين. ووقّع سموه ونظيره الإيراني في ختام اللقاء بيانًا مشتركًا.", "2023-04-06")
    agree = [e for e in d.events if e.type == "AGREE"]
    assert agree and {a.name_en for a in agree[0].source + agree[0].target} == {
        "Faisal bin Farhan Al Saud", "Hossein Amir-Abdollahian"}


def test_signed_with_its_shadda_and_heading_to():
    """"وقّع" with its shadda is "signed" (bare وقع is also "occurred"); "متوجها إلى هانوي" is a planned leg."""
    e = one("وقّع ممثلو القوات المسلحة السودانية وقوات الدعم السريع، مساء الخميس، على إعلان جدة.", "2023-05-12")
    assert e[0] == "AGREE" and e[2] == "2023-05-11"
    assert events("وقع انفجار في العاصمة.", "2023-05-12") == []
    e = one("ومن المقرر أن يغادر بوتين بيونغ يانغ في وقت لاحق اليوم متوجهاً إلى العاصمة الفيتنامية هانوي.", "2024-06-19")
    assert e[:2] == ("CONSULT", "planned") and e[3] == ["RUS", "VNM"]


def test_two_ministers_received_together():
    """"واستقبل ترامب الوزيرين": the dual object is the last two persons named, met together (one event)."""
    d = extract("ووقعت وزيرة الخارجية الكونغولية تيريز كاييكوامبا فاغنر ووزير الخارجية الرواندي أوليفييه "
                       "ندوهونغيريهي الاتفاق. واستقبل الرئيس الأميركي دونالد ترامب الوزيرين في المكتب البيضاوي.",
                       "2025-06-28")
    consult = [e for e in d.events if e.type == "CONSULT"]
    assert len(consult) == 1 and {a.country for a in consult[0].source + consult[0].target} == {"USA", "COD", "RWA"}


def test_thanks_are_support():
    """"أعرب عن شكره لقطر" and "شكر فيه بيونغ يانغ" thank an addressee (PLOVER SUPPORT, CAMEO 051); the
    masculine verb "شكر" before a capital (feminine) has the man named before it as subject."""
    e = one("وأعرب الرئيس الفلسطيني محمود عباس عن شكره لقطر على جهودها.", "2024-06-19")
    assert e[0] == "SUPPORT" and e[5] == ["Qatar"]
    e = one("ونشر بوتين مقالا في صحيفة رودونغ سينمون شكر فيه بيونغ يانغ على دعمها الثابت.", "2024-06-19")
    assert e[0] == "SUPPORT" and e[4] == ["Vladimir Putin"] and e[5] == ["North Korea"]
    assert events("وقال الرئيس في رسالة شكر إن العلاقات متينة.", "2024-06-19") == []


def test_object_adjective_after_a_verb_subject_order_subject():
    """"اتهم خفر السواحل الصيني الزوارق الفيليبينية": the adjective just past the subject names the accused."""
    e = one("اتهم خفر السواحل الصيني الزوارق الفيليبينية بأنها اقتربت عمدا.", "2024-06-19")
    assert e[0] == "ACCUSE" and e[5] == ["Philippines"]


def test_a_statement_is_not_addressed_to_the_speakers_own_state():
    """"وانتقد بوتين سياسة العقوبات التي تقودها الولايات المتحدة ضد روسيا": Russia is no target of Putin."""
    e = one("وانتقد الرئيس الروسي فلاديمير بوتين سياسة العقوبات التي تقودها الولايات المتحدة ضد روسيا.", "2024-06-19")
    assert e[0] == "ACCUSE" and "RUS" not in {a for a in e[3] if a != "RUS"} and e[5] == ["United States"]


def test_pledges():
    """"تعهد الاتحاد الأوروبي بتقديم مساعدات": aid pledged is planned; "تعهد ماكرون بدعم أوكرانيا": the
    pledged verbal noun has the pledger as subject, and the statement of support is made now."""
    e = one("وتعهد الاتحاد الأوروبي بتقديم 50 مليون يورو مساعدات إنسانية للبنان.", "2024-09-10")
    assert e[:2] == ("AID", "planned")
    e = one("وتعهد الرئيس الفرنسي إيمانويل ماكرون بدعم أوكرانيا حتى النهاية.", "2024-09-10")
    assert e[:2] == ("SUPPORT", "occurred") and e[4:] == (["Emmanuel Macron"], ["Ukraine"])


def test_clitic_preposition_of_a_governing_noun():
    """"دعم بلاده الثابت لسيادة باكستان": the ل of "لسيادة" governs Pakistan too (idafa), so Pakistan is
    the supported, not the supporter."""
    e = one("وأكد الرئيس الصيني شي جين بينغ دعم بلاده الثابت لسيادة باكستان ووحدة أراضيها.", "2024-09-10")
    assert e[0] == "SUPPORT" and e[4] == ["Xi Jinping"] and e[5] == ["Pakistan"]


def test_short_family_name_written_first_and_verb_first_after_an():
    """"على أن يزور مون بيونغ يانغ": "مون" (3 letters, the family name written first) refers back to Moon
    Jae-in named in full, and after أن the verb comes first and its subject follows."""
    evs = events("والتقى الرئيس الكوري الجنوبي مون جيه إن الزعيم الكوري الشمالي كيم جونغ أون. كما اتفق الزعيمان "
                 "على أن يزور مون بيونغ يانغ في الخريف المقبل.", "2018-04-27")
    # (the host: the one North Korean the sentence names, through "الزعيمان", since session 30)
    assert ("CONSULT", "planned", "2018", ["KOR", "PRK"], ["Moon Jae-in"], ["North Korea", "Kim Jong Un"]) in evs


def test_the_two_leaders_are_the_last_two_named():
    """"الزعيمان" after Moon and Kim, with a US president named once in between, are Moon and Kim."""
    d = extract("والتقى الرئيس الكوري الجنوبي مون جيه إن الزعيم الكوري الشمالي كيم جونغ أون. ورحب الرئيس "
                       "الأمريكي دونالد ترامب باللقاء. وعقد الزعيمان محادثات استمرت ساعتين.", "2018-04-27")
    roles = {m.entity.name_en for m in d.mentions if m.span.text == "الزعيمان"}
    assert roles == {"Moon Jae-in", "Kim Jong Un"}


def test_agreements_in_general_are_no_event():
    """"يجري تنفيذ الاتفاقيات المهمة التي توصل إليها الجانبان": plural agreements qualified by a relative
    clause are a general reference, not one agreement to code."""
    d = extract("والتقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ. ومنذ ذلك الحين، يجري تنفيذ "
                       "الاتفاقيات المهمة التي توصل إليها الجانبان على نحو مطرد.", "2023-09-20")
    assert [e.type for e in d.events] == ["CONSULT"]


def test_the_two_halves_of_a_dual_are_addressed_together():
    """"ودعا البيان الختامي للقمة طرفي النزاع": the statement (unresolved) is the subject; the army and
    the movement are both addressed — neither is the source."""
    d = extract("وتدور المعارك بين الجيش السوداني وقوات الدعم السريع. ودعا البيان الختامي للقمة طرفي النزاع "
                       "إلى وقف التصعيد.", "2023-07-13")
    assert not [e for e in d.events if e.type == "REQUEST"
                and {a.name_en for a in e.source} & {"Sudan Armed Forces", "Rapid Support Forces"}]


def test_resuming_relations_between_them():
    """"أعلنت السعودية وإيران ... استئناف العلاقات الدبلوماسية بينهما": "بينهما" makes the two named
    before the noun its sides (relations restored are agreed between them — AGREE, as the evaluation sets code
    it); "في بكين" is a place."""
    e = one("أعلنت السعودية وإيران في بيان مشترك صدر في بكين استئناف العلاقات الدبلوماسية بينهما.", "2023-03-10")
    assert e[0] == "AGREE" and e[3] == ["IRN", "SAU"]


def test_ultimatum_is_a_threat():
    """"أمهلت إيكواس قادة الانقلاب أسبوعا ولوحت باستخدام القوة": a deadline and brandished force threaten
    (the trigger level: the addressee, "قادة الانقلاب", is a group the gazetteer cannot name)."""
    from marsad.normalize import normalize
    from marsad.stages.events import find_triggers
    for phrase in ("ولوحت باستخدام القوة", "أمهلت المجلس العسكري أسبوعا"):
        t = normalize(phrase).text
        assert [tr.info["type"] for tr in find_triggers(t, 0, len(t))] == ["THREATEN"]


def test_what_happened_when_shares_the_time_named_before():
    """"بلغ ذروته في تموز الماضي عندما أطلق ... فيما هدد نصرالله إسرائيل": the threat made "when" shares
    that July, not the article's day."""
    evs = events("وجاء الاتفاق بعد أشهر من التوتر، بلغ ذروته في تموز الماضي عندما أطلق حزب الله ثلاث مسيرات نحو "
                 "منصة كاريش، فيما هدد أمينه العام حسن نصرالله إسرائيل بأنه لن يسمح باستخراج الغاز.", "2022-10-28")
    assert ("THREATEN", "occurred", "2022-07", ["ISR", "LBN"], ["Hassan Nasrallah"], ["Israel"]) in evs


def test_recalled_ambassador_served_in_a_capital():
    """"استدعت سفيرتها بمدريد": the feminine form, and the capital names the country she is recalled from."""
    e = one("وكانت الجزائر قد استدعت سفيرتها بمدريد للتشاور.", "2022-04-07")
    assert e[0] == "SANCTION" and e[3] == ["DZA", "ESP"]


def test_condemned_terror_and_solidarity():
    """"دانت الإمارات الهجوم الإرهابي ... في بيشاور الباكستانية، مؤكدة تضامنها مع باكستان": the country
    terror struck is its victim (no accusation of Pakistan); "تضامنها" (her solidarity) is the subject's,
    and the participle clause is not the condemnation's object. A named group is accused."""
    evs = events("دانت دولة الإمارات العربية المتحدة بشدة الهجوم الإرهابي الذي استهدف مسجدا في مدينة بيشاور "
                 "الباكستانية، مؤكدة تضامنها مع جمهورية باكستان الإسلامية.", "2024-04-14")
    assert evs == [("SUPPORT", "occurred", "2024-04-14", ["ARE", "PAK"], ["United Arab Emirates"], ["Pakistan"])]
    e = one("دانت قطر الهجوم الإرهابي الذي نفذه تنظيم داعش في العراق.", "2024-04-14")
    assert e[0] == "ACCUSE" and e[5] == ["Islamic State"]


def test_missiles_fired_at_a_country_and_a_missile_test():
    """"أطلقت إيران 180 صاروخا باليستيا على إسرائيل" strikes Israel; "أطلقت كوريا الشمالية صاروخا باليستيا"
    with no country struck is a weapons test (MOBILIZE)."""
    e = one("أطلقت إيران مساء الثلاثاء نحو 180 صاروخا باليستيا على إسرائيل.", "2024-10-01")
    assert e[0] == "ASSAULT" and e[4:] == (["Iran"], ["Israel"])
    e = one("أطلقت كوريا الشمالية صاروخا باليستيا سقط في بحر اليابان.", "2024-10-01")
    assert e[0] == "MOBILIZE" and e[4] == ["North Korea"]


def test_warships_deployed():
    """"نشرت الولايات المتحدة حاملة طائرات": a warship after نشر/أرسل is a deployment."""
    e = one("ونشرت الولايات المتحدة حاملة طائرات إضافية في شرق البحر المتوسط.", "2024-10-01")
    assert e[0] == "MOBILIZE" and e[4] == ["United States"]


def test_hostages_released_in_exchange():
    """"أفرجت حماس عن ثلاث رهائن إسرائيليات مقابل إطلاق سراح 90 أسيرا فلسطينيا": the captives'
    adjective (a feminine plural) names whose they are, and the exchange's other half is Israel's."""
    evs = events("وأفرجت حركة حماس عن ثلاث رهائن إسرائيليات مقابل إطلاق سراح 90 أسيرا فلسطينيا.", "2024-10-01")
    assert [(e[0], e[4], e[5]) for e in evs] == [("RETREAT", ["Hamas"], ["Israel"]), ("RETREAT", ["Israel"], ["Hamas"])]


def test_signing_venue_and_time_of_the_light_verb():
    """"وقّعت الكونغو ورواندا، مساء الجمعة، في مقر وزارة الخارجية الأميركية في واشنطن، اتفاق سلام": the
    headquarters and the city are where it was signed, not parties; the light verb's Friday dates it."""
    e = one("وقّعت جمهورية الكونغو الديمقراطية ورواندا، مساء الجمعة، في مقر وزارة الخارجية الأميركية في واشنطن، "
            "اتفاق سلام يهدف إلى إنهاء النزاع.", "2025-06-28")
    assert e[0] == "AGREE" and e[2] == "2025-06-27" and e[3] == ["COD", "RWA"]


def test_reported_clause_subject_after_an():
    """"وقالت الخارجية القطرية إن الطرفين وافقا": the verb's subject is what follows إن, not the speaker."""
    d = extract("وأفرجت حركة حماس عن رهائن إسرائيليين، وأفرجت إسرائيل عن أسرى فلسطينيين. وقالت الخارجية "
                       "القطرية إن الطرفين وافقا على تمديد الهدنة.", "2023-11-27")
    concede = [e for e in d.events if e.type in ("CONCEDE", "AGREE")]  # (two sides consenting: AGREE)
    assert concede and "QAT" not in {a.country for a in concede[0].source + concede[0].target}


def test_date_before_a_cause_belongs_to_the_clause_before():
    """"استدعت سفيرتها، السيدة ...، للتشاور في ماي 2021، على خلفية استقبال ...": a date followed by
    على خلفية/إثر/بسبب dates the recall before it, not the cause after it."""
    evs = events("الرباط - وكانت المملكة المغربية قد استدعت سفيرتها بمدريد، السيدة كريمة بنيعيش، للتشاور في ماي 2021، "
                 "على خلفية استقبال إسبانيا زعيم جبهة البوليساريو.", "2022-04-07")
    recall = [e for e in evs if e[0] == "SANCTION"]
    assert recall and recall[0][2] == "2021-05" and recall[0][4] == ["Morocco"]


def test_inferred_host_yields_to_the_named_receiver():
    """"استقبل الملك محمد السادس رئيس الحكومة الإسبانية بيدرو سانشيز، الذي يقوم بزيارة رسمية للمملكة":
    the relative clause is the same visit; the host guessed by office (Morocco's head of government) does
    not split it from the report naming the King, and Morocco sits on the King's side."""
    evs = events("الرباط - استقبل الملك محمد السادس، اليوم الخميس بالقصر الملكي بالرباط، رئيس الحكومة الإسبانية، "
                 "السيد بيدرو سانشيز، الذي يقوم بزيارة رسمية للمملكة.", "2022-04-07")
    visits = [e for e in evs if e[0] == "CONSULT"]
    assert len(visits) == 1 and visits[0][4] == ["Mohammed VI of Morocco", "Morocco"]


@pytest.mark.parametrize("text,source,target", [
    ("استدعت الجزائر السفير الفرنسي للاحتجاج.", "Algeria", "France"),
    ("واستدعت الخارجية الإيرانية، أمس الأحد، القائم بالأعمال البريطاني في طهران.",
     "Ministry of Foreign Affairs of Iran", "United Kingdom"),
])
def test_summon_with_the_subject_between_verb_and_envoy(text, source, target):
    """"استدعت الجزائر السفير الفرنسي": the summoner between the verb and the foreign envoy; the envoy's
    country is the one protested against (its own ambassador, سفيرها, would be a recall)."""
    e = one(text, "2024-03-05")
    assert e[0] == "ACCUSE" and e[4] == [source] and e[5] == [target]


def test_object_after_a_time_adverbial():
    """"التقى في وقت سابق الرئيسة اليونانية": في opens a time adverbial, not the object's preposition."""
    e = one("وكان أردوغان قد التقى في وقت سابق اليوم الرئيسة اليونانية كاترينا ساكيلاروبولو.", "2023-12-07")
    assert e[0] == "CONSULT" and e[3] == ["GRC", "TUR"]


def test_summit_on_whose_margins_does_not_take_the_date():
    """"ثم التقى أردوغان وميتسوتاكيس على هامش قمة الناتو في يوليو الماضي": the summit after هامش
    shares the meeting's time instead of taking its date."""
    evs = events("وتحسنت العلاقات بعد الزلزال في فبراير الماضي، حين أرسلت اليونان مساعدات إلى تركيا، ثم التقى أردوغان ورئيس الوزراء "
                 "اليوناني كيرياكوس ميتسوتاكيس على هامش قمة الناتو في فيلنيوس في يوليو الماضي.", "2023-12-07")
    assert [e[2] for e in evs if e[0] == "CONSULT"] == ["2023-07"]


def test_relative_clause_after_a_person_is_his_own_act():
    """"مع الموفد الأميركي آموس هوكشتاين، الذي زار بيروت في 19 تشرين الثاني والتقى ...": after a
    person, الذي opens that person's own acts (both coordinated verbs), and the date after the first
    verb is its own."""
    evs = events("وتولى رئيس مجلس النواب نبيه بري التفاوض مع الموفد الأميركي آموس هوكشتاين، الذي زار بيروت في 19 "
                 "تشرين الثاني الجاري والتقى رئيس الحكومة نجيب ميقاتي في السراي.", "2024-11-27")
    visit = [e for e in evs if e[0] == "CONSULT" and e[2] == "2024-11-19"]
    assert visit and visit[0][4] == ["Amos Hochstein"] and "Lebanon" in visit[0][5]


def test_lebanese_press_name_for_israel():
    """"وكان العدو الإسرائيلي قد شن غارات": Lebanese and Syrian outlets name Israel "العدو الإسرائيلي"."""
    e = one("وكان العدو الإسرائيلي قد شن أمس سلسلة غارات عنيفة على الضاحية الجنوبية لبيروت.", "2024-11-27")
    assert e[0] == "ASSAULT" and e[4] == ["Israel"] and e[2] == "2024-11-26"


def test_bare_aid_noun_after_a_sending_verb():
    """"أرسلت اليونان مساعدات إلى تركيا": aid with no adjective is an event after a sending verb, not
    when it is only talked about ("دعا إلى مساعدات عاجلة")."""
    e = one("أرسلت اليونان مساعدات وفرق إنقاذ إلى تركيا.", "2023-02-08")
    assert e[0] == "AID" and e[4] == ["Greece"] and e[5] == ["Turkey"]
    assert [x for x in events("ودعت تركيا إلى مساعدات عاجلة.", "2023-02-08") if x[0] == "AID"] == []


def test_two_sides_consenting_together_agree():
    """"الهند وباكستان وافقتا على وقف إطلاق النار": two sides consenting together agree with each
    other; one side consenting to a proposal ("وافقت إيران على الاقتراح") concedes."""
    e = one("أعلن ترامب أن الهند وباكستان وافقتا على وقف كامل وفوري لإطلاق النار.", "2025-05-10")
    assert e[0] == "AGREE" and e[3] == ["IND", "PAK"]


@pytest.mark.parametrize("text,source,target", [
    ("وحمّلت نيودلهي إسلام آباد مسؤولية الهجوم.", "India", "Pakistan"),
    ("ونددت باكستان بالضربة، محمّلة نيودلهي المسؤولية الكاملة عن العواقب.", "Pakistan", "India"),
])
def test_held_responsible_with_the_object_before_the_noun(text, source, target):
    """"حمّلت نيودلهي إسلام آباد مسؤولية الهجوم": the subject, then the one held responsible, come
    between the verb and مسؤولية; after a participle (محمّلة) the subject is the sentence's."""
    evs = [e for e in events(text, "2025-05-10") if e[0] == "ACCUSE" and e[5] == [target]]
    assert evs and evs[0][4] == [source]


def test_dual_suffix_refers_to_the_two_coordinated():
    """"أعلنت السعودية وإيران اتفاقهما": the dual suffix هما is the two sides just coordinated."""
    evs = [e for e in events("أعلنت السعودية وإيران اتفاقهما على استئناف العلاقات.", "2023-03-11") if e[0] == "AGREE"]
    assert evs and evs[0][3] == ["IRN", "SAU"]


def test_welcomed_agreement_by_pronoun_or_after_an_aside():
    """"ولقي الاتفاق ترحيبا، إذ رحبت به عمان ... كما رحب غوتيريش، عبر المتحدث باسمه، بالإعلان": the
    welcomed agreement — named by a pronoun or after an aside in commas — targets its parties."""
    evs = events("أعلنت السعودية وإيران اتفاقهما على استئناف العلاقات. ولقي الاتفاق ترحيبا واسعا، إذ رحبت به "
                 "سلطنة عمان، كما رحب الأمين العام للأمم المتحدة أنطونيو غوتيريش، عبر المتحدث باسمه، بالإعلان.",
                 "2023-03-11")
    support = {tuple(e[4]): e[5] for e in evs if e[0] == "SUPPORT"}
    assert support == {("Oman",): ["Saudi Arabia", "Iran"], ("António Guterres",): ["Saudi Arabia", "Iran"]}


def test_troops_deployed_with_the_subject_between():
    """"نشرت بولندا نحو 15 ألف جندي على طول حدودها مع بيلاروس": soldiers after a deploying verb."""
    e = one("ونشرت بولندا نحو 15 ألف جندي على طول حدودها مع بيلاروس.", "2021-11-16")
    assert e[0] == "MOBILIZE" and e[4] == ["Poland"] and e[5] == ["Belarus"]


def test_call_on_which_something_was_asked():
    """"طلبت ميركل، الأربعاء الماضي، من بوتين، خلال مكالمة هاتفية، ...": the call is between the
    request's two sides, on its day; what follows the comma is not the call's party."""
    evs = events("وكانت المستشارة الألمانية أنغيلا ميركل قد طلبت، الأربعاء الماضي، من الرئيس الروسي فلاديمير بوتين، "
                 "خلال مكالمة هاتفية، استخدام نفوذه، غير أن بوتين اقترح أن يتحاور الاتحاد الأوروبي مع مينسك.",
                 "2021-11-16")
    call = [e for e in evs if e[0] == "CONSULT"]
    assert call and call[0][2] == "2021-11-10" and call[0][4] == ["Angela Merkel"] and call[0][5] == ["Vladimir Putin"]


def test_reported_past_act_dated_by_its_announcement():
    """"أعلن بايدن مساء أمس أن حكومتي لبنان وإسرائيل قبلتا": a past act reported with no date of its
    own happened by the day it was announced; two governments accepting together agree."""
    evs = events("وكان الرئيس الأميركي جو بايدن قد أعلن مساء أمس أن حكومتي لبنان وإسرائيل قبلتا اقتراح وقف "
                 "الأعمال العدائية.", "2024-11-27")
    agree = [e for e in evs if e[0] == "AGREE"]
    assert agree and agree[0][2] == "2024-11-26" and agree[0][3] == ["ISR", "LBN"]


def test_second_reported_clause_has_its_own_subject():
    """"قال إن بلاده تدعم أوكرانيا وإن روسيا قصفت كييف": after إن the subject comes before the verb,
    and the first clause's window ends at the second وإن."""
    evs = events("وقال وزير الخارجية البريطاني أمس إن بلاده تدعم أوكرانيا وإن روسيا قصفت كييف.", "2024-11-27")
    assert {(e[0], tuple(e[3])) for e in evs} == {("SUPPORT", ("GBR", "UKR")), ("ASSAULT", ("RUS", "UKR"))}
    assert [e[4] for e in evs if e[0] == "ASSAULT"] == [["Russia"]]


def test_phrase_with_its_own_light_verb_after_the_subject():
    """"قالت مصر إن إسرائيل شنت غارات على لبنان": a trigger form holding its light verb needs no other."""
    evs = [e for e in events("وقالت مصر إن إسرائيل شنت غارات على لبنان.", "2024-11-27") if e[0] == "ASSAULT"]
    assert evs and evs[0][4] == ["Israel"] and evs[0][5] == ["Lebanon"]


@pytest.mark.parametrize("text,typ,source,target", [
    ("وقال بايدن إن بلاده لم تنس ويلان، متهما موسكو بالتعامل مع قضيته بشكل مختلف.", "ACCUSE", "Joe Biden", "Russia"),
    ("وأعرب الرئيس المصري عبد الفتاح السيسي عن ارتياحه، مشيدا بدور قطر.", "SUPPORT", "Abdel Fattah el-Sisi", "Qatar"),
    ("وقال بايدن إن الإفراج عن غراينر تم. ووجه الشكر إلى دولة الإمارات على المساعدة.", "SUPPORT", "Joe Biden",
     "United Arab Emirates"),
])
def test_participles_and_thanks_of_the_sentence_subject(text, typ, source, target):
    """"..., متهما موسكو", "..., مشيدا بدور قطر", "وجه الشكر إلى": the accusation, praise or thanks is
    the sentence's subject's."""
    evs = [e for e in events(text, "2022-12-08") if e[0] == typ]
    assert evs and evs[0][4] == [source] and evs[0][5] == [target]


@pytest.mark.parametrize("text,source,target", [
    ("وانتقد المسؤول الإيراني إسرائيل.", "Iran", "Israel"),
    ("وقال الوزير القطري إن بلاده تدعم لبنان.", "Qatar", "Lebanon"),
])
def test_unnamed_official_is_his_state(text, source, target):
    """"وانتقد المسؤول الإيراني إسرائيل": an unnamed official's adjective is his state, an actor — not
    an adjective of the object (which read it as Israel criticising Iran)."""
    e = one(text, "2022-11-01")
    assert e[4] == [source] and e[5] == [target]


def test_warning_of_ones_own_move_past_the_addressee():
    """"حذّر أردوغان اليونان من أن بلاده «قد تأتي فجأة ذات ليلة»": warning of one's own next step is a
    threat, also with the addressee between the verb and من أن."""
    e = one("وفي سبتمبر 2022 حذّر أردوغان اليونان من أن بلاده «قد تأتي فجأة ذات ليلة».", "2023-12-07")
    assert e[0] == "THREATEN" and e[3] == ["GRC", "TUR"]


def test_request_dated_before_what_was_asked():
    """"طالبت السلطات المنغولية، يوم الجمعة الماضي، بتوقيف بوتين وتسليمه": the date between the addressee
    and what was asked dates the request; the authorities' adjective names the addressee."""
    evs = events("وكانت وزارة الخارجية الأوكرانية قد طالبت السلطات المنغولية، يوم الجمعة الماضي، بتوقيف بوتين "
                 "وتسليمه إلى المحكمة.", "2024-09-04")
    req = [e for e in evs if e[0] == "REQUEST"]
    assert req and req[0][2] == "2024-08-30" and req[0][5] == ["Mongolia"]


def test_no_step_at_all_is_negated():
    """"لم تقدم السلطات المنغولية على أي خطوة لتوقيف الضيف الروسي": negation before أي negates it."""
    evs = events("ولم تقدم السلطات المنغولية على أي خطوة لتوقيف الضيف الروسي.", "2024-09-04")
    assert [e[1] for e in evs] == ["negated"]


def test_mediated_talks_are_one_event():
    """"وجمعت المحادثات، التي جرت بوساطة بوريل والمبعوث ... لايتشاك، فوتشيتش وكورتي": mediated talks are
    one round with all its parties, not one event per person named."""
    evs = events("وجمعت المحادثات، التي جرت بوساطة بوريل والمبعوث الأوروبي الخاص للحوار بين بلغراد وبريشتينا "
                 "ميروسلاف لايتشاك، الرئيس الصربي ألكسندر فوتشيتش ورئيس وزراء كوسوفو ألبين كورتي.", "2023-03-19")
    assert len(evs) == 1 and evs[0][0] == "CONSULT" and {"SRB", "XKX"} <= set(evs[0][3])


def test_his_tour_is_the_persons_and_scheduled():
    """"ويتوجه روبيو إلى السلفادور، على أن تشمل جولته أيضا كوستاريكا": جولته (his tour) is Rubio's, not
    El Salvador's (a masculine pronoun is a person's), and "على أن تشمل" schedules it."""
    evs = events("وقال وزير الخارجية الأمريكي ماركو روبيو إن الزيارة ناجحة. ويتوجه روبيو اليوم إلى السلفادور، على أن "
                 "تشمل جولته أيضا كوستاريكا.", "2025-02-03")
    tour = [e for e in evs if "CRI" in e[3]]
    assert tour and tour[0][4] == ["Marco Rubio"] and tour[0][1] == "planned"


def test_relations_cut_with_her():
    """"أعلن مجلس الأمن والدفاع اعتبار الإمارات دولة عدوان، وقطع العلاقات الدبلوماسية معها": معها is the
    state named last; the doer is the sentence's first actor — Sudan's council, not the UN Security
    Council (the longer name wins over bare مجلس الأمن)."""
    evs = events("بورتسودان (سونا) - أعلن مجلس الأمن والدفاع، في ختام اجتماع طارئ، اعتبار دولة الإمارات العربية المتحدة دولة عدوان، "
                 "وقطع العلاقات الدبلوماسية معها.", "2025-05-06")
    cut = [e for e in evs if e[0] == "SANCTION"]
    assert cut and cut[0][4] == ["Security and Defence Council (Sudan)"] and cut[0][5] == ["United Arab Emirates"]


def test_travel_verb_with_an_aside_before_its_destination():
    """"ومن المقرر أن ينتقل فيدان، الأربعاء، إلى أربيل": a short aside in commas may stand between a
    travel verb (ينتقل/يتوجه/وصل) and its إلى; "انتقلت المفاوضات إلى المرحلة الثانية" is no visit."""
    evs = events("بغداد - التقى وزير الخارجية التركي هاكان فيدان نظيره العراقي فؤاد حسين. ومن المقرر أن ينتقل فيدان، "
                 "الأربعاء، إلى أربيل.", "2023-08-22")
    assert [(e[1], e[2]) for e in evs if e[1] == "planned"] == [("planned", "2023-08-23")]
    assert events("وانتقلت المفاوضات إلى المرحلة الثانية.", "2023-08-22") == []


def test_passive_recall_of_an_ambassador():
    """"وكان السفير الجزائري سعيد موسي قد استدعي للتشاور في فبراير 2023": the passive recall is his own
    state's, from the country where he served (the story's other state); the active "استدعى سفيره"
    keeps its own reading."""
    evs = events("الجزائر - أعلنت الجزائر سحب سفيرها من باريس احتجاجا على موقف فرنسا. وكان السفير الجزائري سعيد "
                 "موسي قد استدعي للتشاور في فبراير 2023.", "2024-07-30")
    assert ("SANCTION", "occurred", "2023-02", ["DZA", "FRA"], ["Algeria"], ["France"]) in evs


def test_threat_against_the_one_named_after_ded():
    """"هددت كوريا الشمالية باتخاذ إجراءات عسكرية ضد الولايات المتحدة": with no addressee, the one the
    threatened step is against (ضد) is threatened."""
    e = one("هددت كوريا الشمالية باتخاذ إجراءات عسكرية ضد الولايات المتحدة.", "2024-03-05")
    assert e[0] == "THREATEN" and e[4] == ["North Korea"] and e[5] == ["United States"]


def test_suspended_aid_to_a_capital():
    """"أعلنت واشنطن تعليق المساعدات العسكرية لكييف": suspending aid is a sanction (not aid), and the
    capital it was going to stands for its state."""
    e = one("وأعلنت واشنطن تعليق المساعدات العسكرية لكييف.", "2024-03-05")
    assert e[0] == "SANCTION" and e[4] == ["United States"] and e[5] == ["Ukraine"]


def test_condemned_attack_place_is_not_accused():
    """"أدانت تركيا الهجوم الذي استهدف سفارتها في بغداد": the place where the attack happened is not
    who did it; "القصف الإسرائيلي على غزة" still accuses Israel."""
    assert events("وأدانت تركيا بشدة الهجوم الذي استهدف السفارة التركية في بغداد.", "2024-03-05") == []
    assert one("ودانت مصر القصف الإسرائيلي على غزة.", "2024-03-05")[5] == ["Israel"]


def test_subject_adjective_right_after_a_strike_verb():
    """"قصفت الطائرات الأمريكية مواقع للحوثيين في اليمن": the adjective of the noun right after the verb
    names who struck; the group named after it was struck (not the reverse)."""
    e = one("وقصفت الطائرات الأمريكية مواقع للحوثيين في اليمن.", "2024-03-05")
    assert e[0] == "ASSAULT" and e[4] == ["United States"] and e[5] == ["Houthis"]


def test_threatened_is_who_must_act():
    """"حذّر روبيو، خلال زيارة إلى بنما ...، من أن بلاده ستتخذ الإجراءات اللازمة إذا لم تجر السلطات البنمية
    تغييرات": warning of one's own step past a long aside is a threat, against whoever must act (إذا لم)."""
    evs = events("بنما سيتي- حذّر وزير الخارجية الأميركي ماركو روبيو، خلال زيارة إلى بنما أمس الأحد هي الأولى له إلى "
                 "الخارج منذ توليه منصبه، من أن بلاده ستتخذ الإجراءات اللازمة إذا لم تجر السلطات البنمية تغييرات.",
                 "2025-02-03")
    assert [(e[0], e[2], e[5]) for e in evs if e[0] == "THREATEN"] == [("THREATEN", "2025-02-02", ["Panama"])]



@pytest.mark.parametrize("text,source,target", [
    ("وأبدى الاتحاد الأوروبي، أمس، «أسفه» لعدم وفاء منغوليا بالتزاماتها.", ["European Union"], ["Mongolia"]),
    ("وأعربت فرنسا عن أسفها لقرار الجزائر.", ["France"], ["Algeria"]),
])
def test_regret_expressed_disapproves(text, source, target):
    """"أبدى «أسفه» لـ", "أعربت عن أسفها لقرار الجزائر": regret expressed disapproves of what follows."""
    e = one(text, "2024-09-04")
    assert e[0] == "ACCUSE" and e[4] == source and e[5] == target


def test_the_two_sides_named_by_their_adjectives():
    """"وأعرب الجانبان السعودي والإيراني عن شكرهما لجمهورية العراق": the two sides' adjectives are the
    two states acting together."""
    e = one("وأعرب الجانبان السعودي والإيراني عن تقديرهما وشكرهما لجمهورية العراق.", "2023-03-11")
    assert e[0] == "SUPPORT" and e[4] == ["Saudi Arabia", "Iran"] and e[5] == ["Iraq"]


@pytest.mark.parametrize("text,target", [
    ("وطردت الهند المستشارين العسكريين في المفوضية العليا الباكستانية.", ["Pakistan"]),
    ("وطردت الجزائر الملحق العسكري في السفارة الفرنسية.", ["France"]),
])
def test_expelled_envoys_country_from_their_mission(text, target):
    """"طردت المستشارين العسكريين في المفوضية الباكستانية": the mission's adjective names whose envoys
    are expelled, even a few words past the envoys."""
    e = one(text, "2025-04-23")
    assert e[:2] == ("SANCTION", "occurred") and e[5] == target


def test_closure_with_its_subject_between():
    """"أغلقت تركيا حدودها مع سوريا": the closure's subject sits between the verb and what is closed (a sanction
    since session 33: see test_a_state_closing_its_borders_sanctions_its_neighbour)."""
    e = one("أغلقت تركيا حدودها مع سوريا.", "2025-04-24")
    assert e[0] == "SANCTION" and e[4] == ["Turkey"] and e[5] == ["Syria"]


@pytest.mark.parametrize("text", ["أغلقت باكستان مجالها الجوي أمام الهند.",
                                  "وردت باكستان بإغلاق مجالها الجوي أمام شركات الطيران الهندية."])
def test_closure_aimed_at_a_state_is_a_sanction(text):
    """"أغلقت مجالها الجوي أمام الطائرات الهندية": closing to one state ("أمام") denies it access — a
    sanction, with its own CAMEO code, not a general restriction."""
    d = extract(text, "2025-04-24")
    assert [(e.type, e.mode, e.cameo, [a.name_en for a in e.source], [a.name_en for a in e.target])
            for e in d.events] == [("SANCTION", "discontinue", "162", ["Pakistan"], ["India"])]


def test_dual_pronoun_names_the_two_who_act():
    """"أدانت السعودية ومصر الهجوم، مؤكدتين دعمهما للسودان": "their (two)" support is that of both
    states acting in the sentence, not of the one named last."""
    evs = events("وكانت السعودية ومصر قد أدانتا، يوم الأحد الماضي، استهداف المنشآت المدنية في بورتسودان، مؤكدتين "
                 "دعمهما لوحدة السودان.", "2025-05-06")
    assert [(e[0], e[4], e[5]) for e in evs if e[0] == "SUPPORT"] == [("SUPPORT", ["Saudi Arabia", "Egypt"], ["Sudan"])]


def test_tour_legs_are_one_visit_each():
    """"زار الجبير نيودلهي الخميس ثم إسلام آباد الجمعة": a visit per leg, each dated by its own day;
    a tour still ahead keeps its legs planned."""
    evs = events("زار وزير الدولة السعودي للشؤون الخارجية عادل الجبير نيودلهي الخميس ثم إسلام آباد الجمعة.",
                 "2025-05-10")
    assert [(e[0], e[2], e[5]) for e in evs] == [("CONSULT", "2025-05-08", ["India"]),
                                                 ("CONSULT", "2025-05-09", ["Pakistan"])]
    evs = events("يزور الرئيس الفرنسي الجزائر الأحد المقبل ثم تونس الثلاثاء.", "2025-05-10")
    assert [(e[1], e[2], e[5]) for e in evs] == [("planned", "2025-05-11", ["Algeria"]),
                                                 ("planned", "2025-05-13", ["Tunisia"])]


def test_setting_off_is_planned():
    """"ويتوجه روبيو اليوم إلى السلفادور": the present of "to head for" is a trip not yet made; the past
    ("توجه أمس") is one made."""
    assert one("ويتوجه روبيو اليوم إلى السلفادور.", "2025-02-03")[1] == "planned"
    assert one("وتوجه روبيو أمس إلى السلفادور.", "2025-02-03")[1] == "occurred"


def test_official_of_a_state_body_calls_his_counterpart():
    """"إن المدير العام للعمليات العسكرية في الجيش الباكستاني اتصل بنظيره الهندي": an unnamed official of
    a state body is that body acting, and the counterpart of an office no one can date is still his
    state's side."""
    evs = events("وقال وزير الإعلام إن المدير العام للعمليات العسكرية في الجيش الباكستاني اتصل بنظيره الهندي "
                 "بعد الظهر.", "2025-05-10")
    assert [(e[0], e[3], e[4], e[5]) for e in evs] == [("CONSULT", ["IND", "PAK"], ["Pakistan Army"], ["India"])]


def test_a_preposition_does_not_reach_past_an_that():
    """"مع إعلان مصادر في نيويورك أن الإمارات والصين طلبتا": أن opens a clause of its own, so the
    states after it are the subject, not objects of "في"; "حذر من أن" keeps its clause governed."""
    e = one("وتزامن ذلك مع إعلان مصادر دبلوماسية في نيويورك أن الإمارات والصين طلبتا عقد جلسة طارئة لمجلس الأمن.",
            "2023-01-03")
    assert e[0] == "REQUEST" and e[4] == ["United Arab Emirates", "China"]


def test_bare_title_after_the_verb_is_the_subject():
    """"واتهم الوزير السلطات المغربية بـ": a title alone right after the verb is its subject (the person
    last named), so the state after it is accused, not accusing."""
    evs = events("أعلن وزير الخارجية الجزائري رمطان لعمامرة قطع العلاقات. واتهم الوزير السلطات المغربية بدعم حركة انفصالية.",
                 "2021-08-24")
    assert [(e[4], e[5]) for e in evs if e[0] == "ACCUSE"] == [(["Ramtane Lamamra"], ["Morocco"])]


def test_support_promised_in_a_statement_is_given():
    """"أفاد بيان بأن السويد ستدعم ...": support promised in what is said is support expressed now."""
    evs = events("وأفاد بيان مشترك بأن السويد ستدعم بشكل فعال مسار انضمام تركيا.", "2023-07-10")
    assert [(e[0], e[1]) for e in evs] == [("SUPPORT", "occurred")]


def test_vice_minister_is_not_the_minister():
    """"استدعى نائب وزير الخارجية الصيني سون ويدونغ السفير الياباني": the vice-minister is a title of its
    own — a new person, not the foreign minister of the day."""
    d = extract("كما استدعى نائب وزير الخارجية الصيني سون ويدونغ السفير الياباني.", "2023-08-24")
    (e,) = d.events
    assert e.type == "ACCUSE" and e.source[0].country == "CHN" and e.source[0].name_en != "Wang Yi"
    assert [a.name_en for a in e.target] == ["Japan"]


@pytest.mark.parametrize("text,typ,source,target", [
    ("منذ أن فرضت واشنطن في أبريل الماضي رسوما جمركية بنسبة 30% على واردات جنوب إفريقيا.", "SANCTION",
     ["United States"], ["South Africa"]),
    ("فسارعت بولندا والمجر وسلوفاكيا إلى فرض حظر أحادي على هذه الواردات الأوكرانية.", "SANCTION",
     ["Poland", "Hungary", "Slovakia"], ["Ukraine"]),
    ("وأعلنت الصين تعليقا شاملا لاستيراد المنتجات الغذائية اليابانية.", "SANCTION", ["China"], ["Japan"]),
])
def test_tariffs_and_bans(text, typ, source, target):
    """Tariffs imposed with the subject and a date between; a ban on one state's goods by three states
    together (a coordinated subject of a material event); an import suspension."""
    e = one(text, "2025-05-22")
    assert (e[0], e[4], e[5]) == (typ, source, target)


def test_talks_someone_held_are_an_event():
    """"عقب المحادثات التي أجراها بايدن يوم الأحد مع ترونغ": plural talks with a relative clause are
    generic ("الاتفاقيات التي توصل إليها الجانبان") unless someone held them (أجراها، عقدها)."""
    e = one("عقب المحادثات التي أجراها بايدن يوم الأحد مع الأمين العام للحزب الشيوعي الفيتنامي نغوين فو ترونغ في هانوي.",
            "2023-09-11")
    assert (e[0], e[2], e[4]) == ("CONSULT", "2023-09-10", ["Joe Biden"])


def test_on_the_morrow_of_dates_the_day_before():
    """"وجاء القرار غداة غارات إسرائيلية": "غداة" (on the morrow of) puts the strikes a day before the
    event last dated to the day."""
    evs = events("أعلن وزير الخارجية الأردني أيمن الصفدي، أمس، استدعاء سفير المملكة لدى إسرائيل. "
                 "وجاء القرار الأردني غداة غارات إسرائيلية عنيفة على قطاع غزة.", "2023-11-02")
    assert [(e[0], e[2]) for e in evs if e[0] == "ASSAULT"] == [("ASSAULT", "2023-10-31")]


def test_own_ambassador_called_home_is_a_recall():
    """"استدعاء سفير المملكة لدى إسرائيل" (its own ambassador) and "استدعت تشيلي وكولومبيا سفيريهما
    لديها" (their two ambassadors, "with her" = the state named before) are recalls, not summonses."""
    evs = events("أعلن وزير الخارجية الأردني أيمن الصفدي، أمس، استدعاء سفير المملكة لدى إسرائيل فورا.", "2023-11-02")
    assert [(e[0], e[5]) for e in evs] == [("SANCTION", ["Israel"])]
    evs = events("وأعلنت بوليفيا قطع علاقاتها مع إسرائيل، فيما استدعت كل من تشيلي وكولومبيا سفيريهما لديها للتشاور.",
                 "2023-11-02")
    assert [(e[4], e[5]) for e in evs][-1] == (["Chile", "Colombia"], ["Israel"])


def test_condemned_it_targets_the_act_just_told():
    """"شنت إسرائيل غارات على مخيم جباليا. وقد أدانتها الأردن": "condemned it" (an object pronoun on the
    verb) targets whoever did the act just told; a pronoun with no such act names no one."""
    evs = events("شنت إسرائيل غارات على مخيم جباليا. وقد أدانتها الأردن بشدة.", "2023-11-02")
    assert [(e[0], e[4], e[5]) for e in evs if e[0] == "ACCUSE"] == [("ACCUSE", ["Jordan"], ["Israel"])]
    assert events("ووقع الطرفان اتفاقا. ورفضته الحكومة.", "2023-11-02") == []


def test_the_setting_of_a_statement_takes_its_date():
    """"أكد، خلال مؤتمر صحفي مع شولتس في برلين في 17 أكتوبر الماضي، أنه ...": the date inside the speech
    frame dates the press conference that frames it (not only the saying)."""
    e = one("وكان العاهل الأردني الملك عبدالله الثاني قد أكد، خلال مؤتمر صحفي مع المستشار الألماني أولاف شولتس "
            "في برلين في 17 أكتوبر الماضي، أنه لا لاجئين في الأردن.", "2023-11-02")
    assert (e[0], e[2]) == ("CONSULT", "2023-10-17")


def test_place_in_a_rulers_title_is_no_destination():
    """"زيارة ولي عهد أبوظبي الشيخ محمد بن زايد إلى أديس أبابا في 15 يونيو، حيث أعلنت الإمارات تقديم 3
    مليارات دولار لإثيوبيا": Abu Dhabi is in his title, Addis Ababa the destination; a sum given is aid;
    a clause opened by حيث shares the date of the event before it."""
    evs = events("وجاء ذلك بعد زيارة ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان إلى أديس أبابا في 15 يونيو، حيث "
                 "أعلنت دولة الإمارات تقديم 3 مليارات دولار لإثيوبيا.", "2018-07-09")
    # (the crown prince is hosted by Ethiopia's leader, its prime minister: no crown prince there)
    assert [(e[0], e[2], e[5]) for e in evs] == [("CONSULT", "2018-06-15", ["Ethiopia", "Abiy Ahmed"]),
                                                 ("AID", "2018-06-15", ["Ethiopia"])]


def test_delegation_sent_is_a_visit():
    """"رد أفورقي بإيفاد وفد رفيع إلى أديس أبابا برئاسة وزير الخارجية": sending a delegation is a visit
    by the state sending it (its head, after برئاسة, leads it)."""
    e = one("رد عليها أفورقي بإيفاد وفد رفيع إلى أديس أبابا في 26 يونيو.", "2018-07-09")
    assert (e[0], e[2], e[3]) == ("CONSULT", "2018-06-26", ["ERI", "ETH"])


@pytest.mark.parametrize("text,source,target", [
    ("بدأت سلطات هونغ كونغ وماكاو اليوم حظر استيراد المنتجات البحرية من عشر محافظات يابانية.", ["Hong Kong", "Macau"],
     ["Japan"]),
    ("فرضت بريطانيا وكندا عقوبات على إيران.", ["United Kingdom", "Canada"], ["Iran"]),
    ("وكانت القوات البرية التابعة لحرس الثورة الإسلامية قد أجرت في تشرين الأول الماضي مناورات عسكرية قرب الحدود مع "
     "أذربيجان.", ["Islamic Revolutionary Guard Corps"], ["Azerbaijan"]),
    ("وقررت باكو تعليق عمل سفارتها في طهران وإجلاء موظفيها.", ["Azerbaijan"], ["Iran"]),
])
def test_subjects_owners_and_origins(text, source, target):
    """A ban started (بدأت ... حظر) on goods from (من) a state's regions; a coordinated subject before a
    sanction noun; the owner of the forces acting (القوات التابعة لـ X); an embassy suspended in the host's
    capital is a withdrawal from that state."""
    e = one(text, "2023-08-24")
    assert (e[4], e[5]) == (source, target)


def test_bloc_decides_accession_talks_and_the_welcome_targets_it():
    """"قرر قادة دول الاتحاد الأوروبي، مساء الخميس، خلال قمتهم، فتح مفاوضات الانضمام مع أوكرانيا": the
    subject of the deciding verb before the asides agrees; "سارع زيلينسكي إلى الترحيب بالقرار" welcomes
    the decision — its maker is the target."""
    evs = events("قرر قادة دول الاتحاد الأوروبي، مساء الخميس، خلال قمتهم في بروكسل، فتح مفاوضات الانضمام مع أوكرانيا "
                 "ومولدوفا. وسارع الرئيس الأوكراني فولوديمير زيلينسكي إلى الترحيب بالقرار.", "2023-12-15")
    assert [(e[0], e[2], e[4], e[5]) for e in evs if e[0] in ("AGREE", "SUPPORT")] == [
        ("AGREE", "2023-12-14", ["European Union"], ["Ukraine", "Moldova"]),
        ("SUPPORT", "2023-12-14", ["Volodymyr Zelenskyy"], ["European Union"])]


def test_a_decree_signed_is_no_agreement():
    """"منذ توقيع ترامب، في 7 فبراير الماضي، أمرا تنفيذيا بتجميد المساعدات لجنوب إفريقيا": an executive
    order (or decree, law) signed is no agreement; what it orders is the event, dated by the signing."""
    evs = events("وتشهد العلاقات توترا منذ توقيع ترامب، في 7 فبراير الماضي، أمرا تنفيذيا بتجميد المساعدات الأمريكية "
                 "لجنوب إفريقيا.", "2025-05-22")
    assert [(e[0], e[2], e[5]) for e in evs] == [("SANCTION", "2025-02-07", ["South Africa"])]
    assert events("ووقع الرئيس مرسوما بتعيين سفير جديد.", "2025-05-22") == []


@pytest.mark.parametrize("text", ["ولم يلتق الرئيس البولندي نظيره الأوكراني.", "ولن يزور الرئيس الفرنسي الجزائر.",
                                  "ولم يعقد الرئيس البولندي أندريه دودا اللقاء الذي كان مقررا مع نظيره الأوكراني."])
def test_negation_with_its_conjunction(text):
    """"ولم يلتق", "ولن يزور": a negation particle glued to و/ف still negates the verb (and a light
    verb's noun) — these were coded as meetings and visits that happened."""
    assert [e[1] for e in events(text, "2023-09-21")] == ["negated"]


def test_short_family_name_after_a_verb_and_what_he_did_next():
    """"الذي زار بيروت في 19 تشرين الثاني والتقى بري ... قبل أن ينتقل إلى إسرائيل": the 3-letter family
    name "بري" after an event verb is the person already named in full (after a noun it would be the
    adjective "land"), and "قبل أن ينتقل" is the relative clause's subject's next move."""
    evs = events("وكان رئيس مجلس النواب نبيه بري قد تولى التفاوض مع الموفد الأميركي آموس هوكشتاين، الذي زار بيروت "
                 "في 19 تشرين الثاني الجاري والتقى بري في عين التينة، قبل أن ينتقل إلى إسرائيل.", "2024-11-27")
    visits = [(e[2], e[4], e[5]) for e in evs if e[0] == "CONSULT"]
    assert visits[0] == ("2024-11-19", ["Amos Hochstein"], ["Lebanon", "Nabih Berri"])
    assert visits[-1][1] == ["Amos Hochstein"] and visits[-1][2][0] == "Israel"
    d = extract("استقبل نبيه بري الوفد. وشنت إسرائيل هجوما بري على الجنوب.", "2024-11-27")
    assert len([m for m in d.mentions if m.entity.name_en == "Nabih Berri"]) == 1


def test_asked_of_a_state_is_the_addressee():
    """"طلب الجانب البنغلاديشي من الهند اتخاذ الإجراءات إزاء تصريحات حسينة": who is asked (من الهند) is
    the request's addressee; the person in what is asked is not."""
    e = one("وأوضح أن الجانب البنغلاديشي طلب من الهند اتخاذ الإجراءات اللازمة إزاء التصريحات التي تدلي بها الشيخة "
            "حسينة من الأراضي الهندية.", "2024-12-10")
    assert (e[0], e[4], e[5]) == ("REQUEST", ["Bangladesh"], ["India"])


@pytest.mark.parametrize("text,target", [
    ("ونددت الولايات المتحدة، الحليف التقليدي للفيليبين، بالأعمال الاستفزازية الصينية.", ["China"]),
    ("وأدانت الصين، الشريك التجاري الأول لروسيا، العقوبات الأمريكية.", ["United States"]),
])
def test_apposition_of_the_subject_names_no_party(text, target):
    """"ونددت الولايات المتحدة، الحليف التقليدي للفيليبين، بـ...": the apposition describing the subject
    (ally, partner, neighbour of X) names no party of the statement."""
    e = one(text, "2024-06-19")
    assert e[0] == "ACCUSE" and e[5] == target


@pytest.mark.parametrize("text,src,tgt", [
    ("واستخدمت الولايات المتحدة الفيتو ضد مشروع القرار في مجلس الأمن.", ["United States"],
     ["United Nations Security Council"]),
    ("وكانت روسيا قد استخدمت في آذار/مارس الماضي حق النقض لإنهاء عمل لجنة خبراء الأمم المتحدة.", ["Russia"],
     ["United Nations"]),
])
def test_veto_with_the_subject_between(text, src, tgt):
    """"استخدمت الولايات المتحدة الفيتو": the subject stands between "used" and "the veto", which
    alone is a bare noun — the verb anchors it as a rejection by the subject."""
    e = one(text, "2024-04-19")
    assert (e[0], e[4], e[5]) == ("REJECT", src, tgt)


def test_complaint_against_the_three_named_before():
    """"وردت كييف، الاثنين، بتقديم شكاوى ضد الدول الثلاث أمام منظمة التجارة": a day between commas does not
    end the subject's clause; "the three states" are the three named together just before; the
    organisation "before" which it is filed is the forum, not the accused."""
    evs = events("فسارعت بولندا والمجر وسلوفاكيا إلى فرض حظر أحادي على الواردات الأوكرانية. وردت كييف، الاثنين، "
                 "بتقديم شكاوى ضد الدول الثلاث أمام منظمة التجارة العالمية.", "2023-09-21")
    acc = [e for e in evs if e[0] == "ACCUSE"]
    assert [(e[4], e[5]) for e in acc] == [(["Ukraine"], ["Poland", "Hungary", "Slovakia"])]


def test_strike_named_by_its_adjective():
    """"ضربات هندية استهدفت قواعد جوية باكستانية": a bare "strikes" needs a light verb to be an event,
    but the striking state's adjective right after it makes it one; the describing verb that follows
    does not close its window, so the target's adjective past it counts."""
    e = one("وجاء الإعلان بعد ساعات من ضربات هندية فجر السبت استهدفت قواعد جوية باكستانية.", "2025-05-10")
    assert (e[0], e[4], e[5]) == ("ASSAULT", ["India"], ["Pakistan"])
    assert events("وقال إن العقوبات تمثل ضربة قاسية للاقتصاد الروسي.", "2025-05-10") == []


def test_between_names_the_parties_not_a_later_place():
    """"المفاوضات بين مصر وإثيوبيا والسودان ...، عندما فشلت جولة كينشاسا": the named after "between"
    are the parties; a city past them (the venue of a round) is not one."""
    e = one("وكانت المفاوضات بين مصر وإثيوبيا والسودان قد توقفت منذ أبريل 2021، عندما فشلت جولة كينشاسا في "
            "تحقيق أي تقدم.", "2023-07-14")
    assert e[0] == "CONSULT" and e[3] == ["EGY", "ETH", "SDN"]


@pytest.mark.parametrize("text,expected", [
    ("وأعلن ماكرون أن فرنسا قررت إنهاء تعاونها العسكري مع النيجر.", ("SANCTION", "discontinue", ["FRA", "NER"])),
    ("كما علقت بنغلاديش الخدمات القنصلية في سفارتها لدى الهند.", ("SANCTION", "discontinue", ["BGD", "IND"])),
])
def test_cooperation_ended_and_consular_services_suspended(text, expected):
    """"إنهاء تعاونها العسكري مع النيجر" (the verbal noun, not only "أنهت") and "علقت دكا الخدمات
    القنصلية" (the subject between the suspending verb and the services) sanction the other side."""
    d = extract(text, "2024-12-10")
    assert [(e.type, e.mode, sorted({a.country for a in e.source + e.target})) for e in d.events] == [expected]


@pytest.mark.parametrize("text,src,tgt", [
    ("وقالت الخارجية الصينية إن الصين تأمل أن تلتزم الولايات المتحدة بالأعراف الأساسية للعلاقات الدولية.",
     ["China"], ["United States"]),
    ("وقال وزير الخارجية الصيني وانغ يي إنه يأمل أن تتخذ اليابان خطوات ملموسة.", ["Wang Yi"], ["Japan"]),
])
def test_hope_that_a_party_acts_asks_it(text, src, tgt):
    """"الصين تأمل أن تلتزم الولايات المتحدة": hoping that a party acts asks it to — the one hoping is the
    source, the party named right after أن the addressee."""
    e = one(text, "2023-08-25")
    assert (e[0], e[4], e[5]) == ("REQUEST", src, tgt)


def test_he_that_makes_the_speaker_the_subject():
    """"وقال رامافوزا للصحفيين إنه دعا ترامب إلى حضور القمة": after "إنه" the reported verb's subject is
    the speaker, and the name after the verb is its object (not its subject, as in plain VSO)."""
    e = one("وقال رامافوزا للصحفيين إنه دعا ترامب إلى حضور قمة مجموعة العشرين.", "2025-05-22")
    assert (e[0], e[4], e[5]) == ("REQUEST", ["Cyril Ramaphosa"], ["Donald Trump"])


def test_military_operation_launched_and_strike_answered():
    """"شنت تركيا عملية عسكرية" is a strike only when launched (a bare "العملية العسكرية مستمرة" is not);
    "ردت عليها إسلام آباد بعملية عسكرية" answers the strike just told, so its doer is hit; the adjective
    on "ضربات هندية" names who struck whatever the sentence's subject."""
    e = one("وشنت تركيا عملية عسكرية في شمال سوريا ضد وحدات حماية الشعب الكردية.", "2024-10-10")
    assert (e[0], e[4]) == ("ASSAULT", ["Turkey"])
    assert events("وقال الجيش إن العملية العسكرية مستمرة.", "2024-10-10") == []
    evs = events("وجاء الإعلان بعد ساعات من ضربات هندية فجر السبت استهدفت قواعد جوية باكستانية، ردت عليها إسلام آباد "
                 "بعملية عسكرية قالت إنها طالت مواقع عسكرية هندية.", "2025-05-10")
    assert [(e[0], e[4], e[5]) for e in evs] == [("ASSAULT", ["India"], ["Pakistan"]), ("ASSAULT", ["Pakistan"], ["India"])]


def test_participle_after_an_uncoded_verb_takes_its_subject():
    """"قاطع روبيو اجتماع وزراء خارجية مجموعة العشرين، متهما بريتوريا": the meeting is the object of a
    verb not coded here; the participle's doer is that verb's subject (the person named before the
    meeting), not the meeting's genitive (the G20)."""
    evs = events("وفي فبراير، قاطع وزير الخارجية ماركو روبيو اجتماع وزراء خارجية مجموعة العشرين في جوهانسبرج، متهما "
                 "بريتوريا بـ\"فعل أشياء سيئة للغاية\".", "2025-05-22")
    assert [(e[0], e[4], e[5]) for e in evs if e[0] == "ACCUSE"] == [("ACCUSE", ["Marco Rubio"], ["South Africa"])]


def test_its_government_is_the_state_named_last():
    """"أمرا تنفيذيا بتجميد المساعدات الأمريكية لجنوب إفريقيا، متهما حكومتها بانتهاك ...": "its
    government" is the state named just before — not a party named later in the accusation."""
    evs = events("ووقع ترامب أمرا تنفيذيا بتجميد المساعدات الأمريكية لجنوب إفريقيا، متهما حكومتها بتبني مواقف معادية، "
                 "من بينها رفع دعوى ضد إسرائيل.", "2025-05-22")
    assert ("ACCUSE", ["Donald Trump"], ["South Africa"]) in [(e[0], e[4], e[5]) for e in evs]


def test_recognition_phrase_holds_its_object():
    """"أصبحت روسيا أول دولة تعترف رسميا بحكومة حركة طالبان": the phrase ends in its object noun, so the
    name after it is the one recognised and the name before it the one recognising."""
    e = one("وأصبحت روسيا أول دولة في العالم تعترف رسمياً بحكومة حركة طالبان في أفغانستان.", "2025-07-04")
    assert (e[0], e[4], e[5]) == ("SUPPORT", ["Russia"], ["Taliban"])


def test_each_of_is_no_preposition():
    """"استقبل كلا من نتنياهو والشيخ عبدالله بن زايد": "كلا من" (each of) does not govern the names — both
    are received (two meetings); past a comma ("، فيما استدعت كل من تشيلي وكولومبيا") they belong to
    another clause."""
    evs = events("وكان ترامب قد استقبل قبيل المراسم كلا من نتنياهو والشيخ عبدالله بن زايد في المكتب البيضاوي.",
                 "2020-09-16")
    assert [(e[0], e[4], e[5]) for e in evs] == [("CONSULT", ["Donald Trump"], ["Benjamin Netanyahu"]),
                                                 ("CONSULT", ["Donald Trump"], ["Abdullah bin Zayed Al Nahyan"])]
    evs = events("وأعلنت بوليفيا قطع علاقاتها الدبلوماسية مع إسرائيل، فيما استدعت كل من تشيلي وكولومبيا سفيريهما.",
                 "2023-10-31")
    assert ("SANCTION", ["BOL", "ISR"]) in [(e[0], e[3]) for e in evs]


def test_thanks_directed_with_the_subject_between():
    """"ووجه الشيخ عبدالله بن زايد الشكر إلى نتنياهو": thanks conveyed (a light verb, the subject, then
    "الشكر") support the one thanked."""
    e = one("ووجه الشيخ عبدالله بن زايد الشكر إلى رئيس الوزراء الإسرائيلي على «اختيار السلام».", "2020-09-16")
    assert (e[0], e[4], e[5]) == ("SUPPORT", ["Abdullah bin Zayed Al Nahyan"], ["Benjamin Netanyahu"])


@pytest.mark.parametrize("text,cs", [
    ("وسلّم الجيش الفرنسي، أمس الخميس، قاعدة \"الرقيب أدجي كوسي\" الجوية في العاصمة انجامينا إلى الجيش التشادي.",
     ["FRA", "TCD"]),
    ("وكانت القوات الفرنسية قد بدأت مغادرة تشاد في العاشر من ديسمبر الماضي.", ["FRA", "TCD"]),
])
def test_base_handed_over_and_departure_begun(text, cs):
    """A foreign army handing over its base ("سلّم الجيش الفرنسي قاعدة ... إلى الجيش التشادي") or beginning
    to leave ("بدأت القوات الفرنسية مغادرة تشاد") withdraws from the host; a bare "قاعدة" or "مغادرة" (a
    person leaving) is no event."""
    e = one(text, "2025-01-31")
    assert (e[0], e[3]) == ("RETREAT", cs) and e[4] in (["France"], ["French Armed Forces"], ["France Armed Forces"])
    assert events("وقال الرئيس إنه زار القاعدة بعد مغادرة الوفد.", "2025-01-31") == []


def test_agreement_terms_are_its_content():
    """"وقعت اليابان والفلبين اتفاقية «الوصول المتبادل» التي تتيح نشر قوات كل من البلدين": what an
    agreement allows or provides for is its content, not an event of its own."""
    evs = events("وقعت اليابان والفلبين، اليوم الإثنين، اتفاقية «الوصول المتبادل» التي تتيح نشر قوات كل من البلدين "
                 "على أراضي الآخر.", "2024-07-08")
    assert [e[0] for e in evs] == ["AGREE"]


def test_dual_after_a_leader_named_by_family_name():
    """"وتزامنت الأزمة مع زيارة أجراها مويزو إلى الصين ... حيث وقّع البلدان 20 اتفاقية": the leader named by
    his family name alone (linked by coreference) stands for his side, so "the two countries" are the
    Maldives and China, not the article's two main states."""
    evs = events("استدعت الهند المفوض السامي المالديفي بعد تصريحات ضد رئيس الوزراء الهندي. وأدى الرئيس المالديفي محمد "
                 "مويزو اليمين في نوفمبر. وتزامنت الأزمة مع زيارة أجراها مويزو إلى الصين، التقى خلالها الرئيس شي "
                 "جينبينغ في بكين، حيث وقّع البلدان 20 اتفاقية.", "2024-01-15")
    assert [e[3] for e in evs if e[0] == "AGREE"] == [["CHN", "MDV"]]


@pytest.mark.parametrize("text,cs", [
    ("والتقى الرئيس الفلبيني فرديناند ماركوس ورئيس الوزراء الياباني فوميو كيشيدا الرئيس الأمريكي جو بايدن في أول قمة "
     "ثلاثية تجمع قادة الدول الثلاث.", ["JPN", "PHL", "USA"]),
    ("وكان ملك البحرين الملك حمد بن عيسى آل خليفة قد أجرى اتصالا هاتفيا مشتركا مع الرئيس ترامب ورئيس الوزراء "
     "الإسرائيلي بنيامين نتنياهو.",
     ["BHR", "ISR", "USA"]),
])
def test_group_meeting_is_one_event(text, cs):
    """"في أول قمة ثلاثية", "اتصالا هاتفيا مشتركا": a trilateral or joint meeting is one event of all its
    participants, not one per counterpart."""
    e = one(text, "2024-04-12")
    assert (e[0], e[3]) == ("CONSULT", cs)


def test_state_body_recalls_and_the_subordinate_clause_shares_its_subject():
    """"فيما كانت السلطة الفلسطينية قد استدعت سفيرها لدى المنامة، بعد أن استدعت في أغسطس سفيرها لدى
    أبوظبي": a state body is a feminine antecedent of "سفيرها"; "بعد أن" opens a clause with its own
    object, whose verb shares the main verb's subject."""
    evs = events("وجددت الرئاسة الفلسطينية رفضها للاتفاقين، فيما كانت السلطة الفلسطينية قد استدعت سفيرها لدى المنامة "
                 "للتشاور السبت الماضي، بعد أن استدعت في أغسطس سفيرها لدى أبوظبي.", "2020-09-16")
    recalls = sorted((e[4][0], e[5][0]) for e in evs if e[0] == "SANCTION")
    assert recalls == [("Palestinian Authority", "Bahrain"), ("Palestinian Authority", "United Arab Emirates")]


def test_the_next_meeting_is_another_meeting():
    """"التقى X نظيره Y أمس، واتفقا على عقد الاجتماع المقبل في نيودلهي": the next meeting (المقبل) is
    planned and is never merged into the meeting reported as held."""
    evs = events("والتقى وزير الخارجية الهندي سوبرامانيام جايشانكار نظيره المالديفي موسى ضمير أمس، واتفقا على عقد "
                 "الاجتماع المقبل في نيودلهي.", "2024-01-15")
    assert [(e[0], e[1]) for e in evs] == [("CONSULT", "occurred"), ("CONSULT", "planned")]


def test_agreement_dated_by_the_visit_it_was_made_during():
    """"اتفق كيشيدا مع ماركوس، خلال زيارته مانيلا في نوفمبر الماضي، على ...": the visit introduced by
    "خلال" right after the agreement is its occasion, so its date dates the agreement too."""
    evs = events("وكان رئيس الوزراء الياباني فوميو كيشيدا قد اتفق مع الرئيس الفلبيني فرديناند ماركوس، خلال زيارته مانيلا "
                 "في نوفمبر الماضي، على بدء المفاوضات.", "2024-07-08")
    assert sorted((e[0], e[2]) for e in evs) == [("AGREE", "2023-11"), ("CONSULT", "2023-11")]


def test_talks_dated_by_the_meeting_they_were_held_in():
    """"بحث X مع Y خلال لقائهما في البيت الأبيض في 15 نيسان": the meeting after "خلال" is the talks'
    own occasion, so its date dates the talks (not the news day) and the two are one event."""
    evs = events("كما بحث رئيس الوزراء العراقي محمد شياع السوداني ملف الشراكة مع الرئيس الأمريكي جو بايدن خلال "
                 "لقائهما في البيت الأبيض في 15 نيسان الماضي.", "2024-09-28")
    assert [(e[0], e[2]) for e in evs] == [("CONSULT", "2024-04-15")]


def test_deaths_an_attack_led_to_take_its_date():
    """"الهجوم على قاعدة ... في 28 كانون الثاني، الذي أدى إلى مقتل ثلاثة جنود": the deaths are the attack's
    result, so the time named for the attack (nearer to it) dates them too."""
    evs = events("وتصاعد التوتر بعد الهجوم على قاعدة البرج 22 في الأردن في 28 كانون الثاني، الذي أدى إلى مقتل ثلاثة "
                 "جنود أمريكيين وتبنته المقاومة الإسلامية في العراق.", "2024-09-28")
    assert [(e[0], e[2]) for e in evs] == [("ASSAULT", "2024-01-28")]


def test_what_a_strike_hit_in_its_relative_clause():
    """"الغارة الإسرائيلية التي دمّرت مبنى القنصلية الإيرانية في دمشق في الأول من أبريل": what the strike hit
    is named in the relative clause after it (the target), and that clause's verb takes no time from it."""
    evs = events("وجاء الهجوم ردا على الغارة الإسرائيلية التي دمّرت مبنى القنصلية الإيرانية في دمشق في الأول من "
                 "أبريل.", "2024-04-14")
    assert [(e[0], e[2], e[4], e[5]) for e in evs] == [("ASSAULT", "2024-04-01", ["Israel"], ["Consulate of Iran in Damascus"])]


def test_exercises_halted_are_a_step_back():
    """"ستوقف «المناورات الحربية» مع كوريا الجنوبية": exercises halted (وقف، تعليق، إلغاء) are a step back,
    not a show of force; the future halting verb makes it planned."""
    evs = events("وقال ترامب إن الولايات المتحدة ستوقف «المناورات الحربية» مع كوريا الجنوبية.", "2018-06-13")
    assert [(e[0], e[1], e[3]) for e in evs] == [("RETREAT", "planned", ["KOR", "USA"])]


def test_coordinated_verbs_share_subject_and_day():
    """"طلبت السعودية، أمس الجمعة، من سفير لبنان المغادرة، واستدعت سفيرها في بيروت للتشاور": the recall has no
    subject of its own (not Lebanon, named before it), and happened the day the first verb did."""
    evs = events("طلبت المملكة العربية السعودية، امس الجمعة، من سفير لبنان لديها مغادرة أراضيها خلال 48 ساعة، "
                 "واستدعت سفيرها في بيروت للتشاور.", "2021-10-30")
    assert ("SANCTION", "2021-10-29", ["Saudi Arabia"], ["Lebanon"]) in [(e[0], e[2], e[4], e[5]) for e in evs]


def test_same_month_as_the_one_last_named():
    """"التقى الرئيس التركي في أنقرة في أغسطس الماضي، وهو اللقاء الذي أعقبه اتصال هاتفي بين محمد بن زايد
    وأردوغان في الشهر نفسه": "the same month" is the month last named (August), not the article's."""
    evs = events("وكان وزير الخارجية الإماراتي عبد الله بن زايد قد زار أنقرة في أغسطس الماضي، وهي الزيارة التي أعقبها "
                 "اتصال هاتفي بين الشيخ محمد بن زايد وأردوغان في الشهر نفسه.", "2021-11-25")
    assert ("CONSULT", "2021-08", ["Mohamed bin Zayed Al Nahyan"]) in [(e[0], e[2], e[4]) for e in evs]


def test_verb_after_when_takes_the_main_subject():
    """"وكان مستشار الأمن الوطني الإماراتي طحنون بن زايد قد مهد للزيارة حين التقى الرئيس التركي": right after
    "حين/عندما", a verb with one party after it has the main clause's subject as its own (that party is met)."""
    evs = events("وكان مستشار الأمن الوطني الإماراتي طحنون بن زايد قد مهد للزيارة حين التقى الرئيس التركي في أنقرة في "
                 "أغسطس الماضي.", "2021-11-25")
    assert [(e[0], e[2], e[5]) for e in evs] == [("CONSULT", "2021-08", ["Recep Tayyip Erdoğan"])]
    assert evs[0][4][0].startswith("Tahnoun bin")


def test_kana_subject_verb_without_qad():
    """"وكان رئيس الوزراء السنغافوري لي هسين لونغ استقبل كيم الأحد": كان + subject + past verb puts the subject
    first even without قد; the name after the verb is the one received."""
    evs = events("وصل الزعيم الكوري الشمالي كيم جونغ أون إلى سنغافورة. وكان رئيس الوزراء السنغافوري لي هسين لونغ استقبل "
                 "كيم الأحد.", "2018-06-13")
    assert ("CONSULT", "2018-06-10", ["Lee Hsien Loong"], ["Kim Jong Un"]) in [(e[0], e[2], e[4], e[5]) for e in evs]


def test_then_met_keeps_the_subject():
    """"استقبل لي هسين لونغ كيم الأحد، ثم التقى ترامب الاثنين": after "ثم" the subject goes on; the one person
    right after the meeting verb is the one met, not the one meeting."""
    evs = events("واستقبل رئيس الوزراء السنغافوري لي هسين لونغ الزعيم الكوري الشمالي كيم جونغ أون الأحد، ثم التقى "
                 "الرئيس الأمريكي دونالد ترامب الاثنين.", "2018-06-13")
    assert ("CONSULT", "2018-06-11", ["Lee Hsien Loong"], ["Donald Trump"]) in [(e[0], e[2], e[4], e[5]) for e in evs]


def test_halting_word_with_waw_initial_letter():
    """"وقف المناورات": the halting word itself begins with و, so it is not stripped as a conjunction."""
    assert [e[0] for e in events("وأعلنت واشنطن وقف المناورات العسكرية مع سيول.", "2018-06-13")] == ["RETREAT"]


def test_signing_that_took_place_is_between_the_talks_parties():
    """"واستقبل السلطان هيثم الرئيس الإيراني رئيسي. وجرى التوقيع على اثنتي عشرة مذكرة تفاهم": a signing that
    "took place" (جرى/تم التوقيع), its parties unnamed, is between the parties of the talks just told."""
    evs = events("واستقبل السلطان هيثم بن طارق الرئيس الإيراني إبراهيم رئيسي. وجرى التوقيع على اثنتي عشرة مذكرة تفاهم "
                 "واتفاقية في مجالات عدة.", "2022-05-23")
    assert ("AGREE", ["Haitham bin Tariq"], ["Ebrahim Raisi"]) in [(e[0], e[4], e[5]) for e in evs]


def test_envoy_named_after_expulsion_is_expelled():
    """"ردت بيونغ يانغ في اليوم نفسه بطرد السفير الماليزي محمد نزان محمد، الذي كانت ماليزيا قد استدعته في العشرين
    من فيفري": the envoy named after "طرد السفير" is expelled (his state the target); "the same day" is the day
    named earlier in the sentence; the time in the comma-set relative clause is the recall's, not the expulsion's."""
    evs = events("وغادر السفير كوالالمبور يوم الاثنين، فيما ردت بيونغ يانغ في اليوم نفسه بطرد السفير الماليزي محمد "
                 "نزان محمد، الذي كانت ماليزيا قد استدعته للتشاور في العشرين من فيفري الماضي.", "2017-03-08")
    assert ("SANCTION", "2017-03-06", ["North Korea"], ["Malaysia"]) in [(e[0], e[2], e[4], e[5]) for e in evs]


def test_contacts_suspended_and_consulate_closed():
    """"تعليق جميع الاتصالات الثنائية رفيعة المستوى مع موسكو", "سحب موافقتها على عمل القنصلية البريطانية": contacts
    suspended, activities halted or a consulate closed are a break (SANCTION/discontinue)."""
    assert [(e[0], e[4], e[5]) for e in events(
        "كما قررت الحكومة البريطانية تعليق جميع الاتصالات الثنائية رفيعة المستوى مع موسكو.", "2018-03-18")] == [
        ("SANCTION", ["Government of United Kingdom"], ["Russia"])]
    evs = events("وقررت روسيا سحب موافقتها على عمل القنصلية البريطانية العامة في سان بطرسبورغ.", "2018-03-18")
    assert [(e[0], e[4], e[3]) for e in evs] == [("SANCTION", ["Russia"], ["GBR", "RUS"])]


def test_state_noun_with_adjective_held_responsible():
    """"وحمّلت ماي الدولة الروسية المسؤولية عن محاولة قتل سكريبال": a state noun with its adjective (الدولة
    الروسية، السلطات الإيرانية) is that state, the one held responsible."""
    evs = events("وحمّلت رئيسة الوزراء البريطانية تيريزا ماي الدولة الروسية المسؤولية عن محاولة قتل سكريبال.",
                 "2018-03-18")
    assert [(e[0], e[4], e[5]) for e in evs] == [("ACCUSE", ["Theresa May"], ["Russia"])]


def test_talks_during_a_visit_take_its_time_not_another_clauses():
    """"زيارة أمير قطر للقاهرة في يونيو الماضي، وهي الأولى له إلى مصر منذ عام 2015، وأجرى خلالها مباحثات": talks
    held "during it" took place during the visit, not at a time another clause names."""
    evs = events("وتأتي الزيارة بعد أقل من ثلاثة أشهر على زيارة أمير قطر للقاهرة في يونيو الماضي، وهي الأولى له إلى مصر "
                 "منذ عام 2015، وأجرى خلالها مباحثات مع الرئيس السيسي في قصر الاتحادية.", "2022-09-14")
    assert {e[2] for e in evs if e[0] == "CONSULT" and e[4]} == {"2022-06"}


def test_tour_stops_still_to_come_are_planned():
    """"وصل إلى العاصمة الباكستانية أمس، في مستهل جولة آسيوية تشمل الهند والصين": the stops of the tour besides the
    one arrived at are still to come: planned, on a day not told."""
    evs = events("وصل الأمير محمد بن سلمان ولي العهد السعودي إلى العاصمة الباكستانية مساء أمس الأول الأحد، في مستهل "
                 "جولة آسيوية تشمل الهند والصين.", "2019-02-19")
    assert ("CONSULT", "occurred", "2019-02-17", ["PAK", "SAU"]) in [e[:4] for e in evs]
    assert all(e[1] == "planned" for e in evs if "IND" in e[3])


def test_arrival_past_a_royal_style():
    """"وصل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع إلى
    العاصمة الباكستانية": a royal's whole style may stand between the travel verb and its إلى."""
    evs = events("وصل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع "
                 "إلى العاصمة الباكستانية مساء أمس الأول الأحد.", "2019-02-19")
    assert ("CONSULT", "occurred", "2019-02-17", ["PAK", "SAU"]) in [e[:4] for e in evs]


def test_future_arrival_is_a_planned_visit():
    """"وسيصل ولي العهد السعودي غدا إلى نيودلهي": the future of وصل إلى is a planned visit (its present, يصل إلى,
    stays out: "بقيمة تصل إلى" is an amount)."""
    evs = events("وسيصل ولي العهد السعودي غدا إلى نيودلهي في المحطة الثانية من جولته.", "2019-02-19")
    assert [(e[0], e[1], e[2]) for e in evs] == [("CONSULT", "planned", "2019-02-20")]


def test_received_on_arrival_names_the_host():
    """"وكان في استقبال سموه لدى وصوله إلى مطار الملك خالد ولي العهد": the one received is the visitor the pronoun
    (or "سموه", "فخامته") stands for; the host is the person named after "لدى وصوله" and its airport, and he
    replaces the host inferred by office."""
    evs = events("وصل الرئيس المصري إلى الرياض، وكان في استقبال سموه لدى وصوله إلى مطار الملك خالد ولي العهد "
                 "السعودي الأمير محمد بن سلمان.", "2023-01-01")
    assert [(e[0], e[4], e[5]) for e in evs] == [
        ("CONSULT", ["Abdel Fattah el-Sisi"], ["Saudi Arabia", "Mohammed bin Salman"])]


def test_alef_less_lam_clitic_governs_its_mention():
    """"دعم بلاده الكامل للعراق": a mention that keeps its alef-less ل (ل + العراق = للعراق) is governed by that
    ل — the supported, not the supporter."""
    evs = events("وأكد وزير الخارجية الأردني أيمن الصفدي دعم بلاده الكامل للعراق في مواجهة الإرهاب.", "2023-05-10")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SUPPORT", ["Ayman Safadi"], ["Iraq"])]


def test_negatives_of_this_sessions_rules():
    """Counter-examples a review found for this session's rules: a call after "عندما" has its caller after it;
    stops of a tour at its close are behind it; schools' activities suspended are no diplomatic break; an
    exercise ended (أنهت) is no step back."""
    evs = events("رحب الرئيس الفرنسي إيمانويل ماكرون بالقرار عندما اتصل الرئيس الأمريكي جو بايدن.", "2023-05-10")
    assert ("CONSULT", ["Emmanuel Macron"], ["Joe Biden"]) not in [(e[0], e[4], e[5]) for e in evs]
    evs = events("وصل الرئيس الفرنسي إلى الدوحة أمس في ختام جولة خليجية تشمل السعودية والإمارات.", "2024-01-01")
    assert not any(e[1] == "planned" for e in evs)
    evs = events("وقررت الحكومة الأردنية تعليق أنشطة المدارس مع تفشي فيروس كورونا القادم من الصين.", "2020-03-15")
    assert not any(e[0] == "SANCTION" for e in evs)
    evs = events("وأنهت القوات الأمريكية والكورية الجنوبية المناورات العسكرية المشتركة أمس.", "2023-03-24")
    assert not any(e[0] == "RETREAT" for e in evs)


def test_thammana_with_its_subject_after_it():
    """"وثمّن الرئيس الجزائري تبون مواقف تونس": undotted, ثمّن (praised) is spelt as ثمن (price); it is the verb only
    with its subject named right after it ("ارتفع ثمن النفط" is a price)."""
    evs = events("وثمّن الرئيس الجزائري عبد المجيد تبون مواقف تونس الداعمة للقضية الفلسطينية.", "2023-05-10")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SUPPORT", ["Abdelmadjid Tebboune"], ["Tunisia"])]
    assert events("وارتفع ثمن النفط إلى مستوى قياسي بعد قرار السعودية.", "2023-05-10") == []


def test_appreciation_of_his_country():
    """"أعرب الرئيس المصري عن تقدير بلاده لدور الإمارات": appreciation expressed on one's country's behalf
    (تقدير بلاده/المملكة) is support for whom it is addressed to."""
    evs = events("وأعرب الرئيس المصري عن تقدير بلاده لدور الإمارات.", "2023-05-10")
    assert [(e[0], e[3]) for e in evs] == [("SUPPORT", ["ARE", "EGY"])]


def test_meeting_on_the_sidelines_of_meetings():
    """"التقى شكري على هامش اجتماعات الجمعية العامة بنظيره التركي": the meetings on whose sidelines they met are the
    setting — neither an event of their own nor the end of the meeting verb's arguments."""
    evs = events("والتقى وزير الخارجية المصري سامح شكري على هامش اجتماعات الجمعية العامة للأمم المتحدة بنظيره التركي "
                 "مولود جاويش أوغلو.", "2022-09-20")
    assert [(e[0], e[4], e[5]) for e in evs] == [("CONSULT", ["Sameh Shoukry"], ["Mevlüt Çavuşoğlu"])]


def test_envoy_received_stands_for_his_state():
    """"استقبل الرئيس العراقي في قصر بغداد السفير الأمريكي لدى العراق": an envoy received, named by office and
    state only, stands for his state."""
    evs = events("واستقبل الرئيس العراقي عبد اللطيف رشيد في قصر بغداد السفير الأمريكي لدى العراق.", "2023-05-10")
    assert [(e[0], e[3]) for e in evs] == [("CONSULT", ["IRQ", "USA"])]


def test_crown_prince_is_hosted_by_the_leader():
    """A crown prince (who is also his country's defence minister) visiting a state with no crown prince is hosted
    by its leader — Pakistan's prime minister, not, through his other office, its defence minister."""
    evs = events("وصل ولي العهد السعودي الأمير محمد بن سلمان إلى العاصمة الباكستانية مساء أمس الأول الأحد.", "2019-02-19")
    assert [(e[0], e[5]) for e in evs] == [("CONSULT", ["Pakistan", "Imran Khan"])]


def test_his_guest_is_the_other_side_of_the_meeting():
    """"ورحب أردوغان بزيارة ضيفه", "شكر محمد بن زايد ضيفه على الزيارة": his guest (or host, مضيفه) is the other
    side of the last meeting the speaker took part in."""
    evs = events("واستقبل الرئيس التركي رجب طيب أردوغان ولي عهد أبوظبي الشيخ محمد بن زايد في القصر الرئاسي بأنقرة. "
                 "ورحب أردوغان بزيارة ضيفه.", "2021-11-25")
    assert ("SUPPORT", ["Recep Tayyip Erdoğan"], ["Mohamed bin Zayed Al Nahyan"]) in [(e[0], e[4], e[5]) for e in evs]
    # ("ورحّب جلالة السلطان بالرئيس الضيف": the guest, with the article)
    evs = events("واستقبل السلطان هيثم بن طارق الرئيس الإيراني إبراهيم رئيسي. ورحّب جلالة السلطان بالرئيس الضيف.",
                 "2022-05-23")
    assert ("SUPPORT", ["Haitham bin Tariq"], ["Ebrahim Raisi"]) in [(e[0], e[4], e[5]) for e in evs]


def test_praise_and_praise_returned_are_two_events():
    """"وأشاد الرئيس السيسي بدور قطر ... ورحب أمير قطر بزيارة الرئيس السيسي": statements of different states in
    different sentences are two events, not one merged with both sides as source."""
    evs = events("وأشاد الرئيس السيسي بدور قطر في المنطقة. ورحب أمير قطر الشيخ تميم بن حمد بزيارة الرئيس السيسي.",
                 "2022-09-13")
    sources = sorted(e[4][0] for e in evs if e[0] == "SUPPORT")
    assert len(sources) == 2 and sources[0] == "Abdel Fattah el-Sisi"


def test_reception_by_a_host():
    """"استهل ماكرون زيارته، الثلاثاء الماضي، باستقبال رسمي من الملك تشارلز": a reception "from" someone
    names the host; the one received is the visitor the sentence speaks of."""
    evs = events("وكان الرئيس الفرنسي إيمانويل ماكرون قد استهل زيارته، الثلاثاء الماضي، باستقبال رسمي من الملك تشارلز "
                 "الثالث في قصر وندسور.", "2025-07-11")
    assert ("CONSULT", ["Charles III"], ["Emmanuel Macron"]) in [(e[0], e[4], e[5]) for e in evs]


@pytest.mark.parametrize("text,expected", [
    ("وأعلنت انجامينا في 28 نوفمبر الماضي إنهاء اتفاق التعاون الدفاعي مع باريس.", ("SANCTION", ["FRA", "TCD"])),
    ("وصل نحو 400 شرطي كيني أمس الثلاثاء إلى العاصمة الهايتية بورت أو برنس.", ("MOBILIZE", ["HTI", "KEN"])),
    ("كما تعهدت اليابان بتزويد الفلبين بأنظمة رادار ساحلية.", ("AID", ["JPN", "PHL"])),
])
def test_agreement_ended_forces_arriving_and_supplies(text, expected):
    """"إنهاء اتفاق التعاون مع باريس" ends an agreement (a break, not an agreement); "وصل نحو 400 شرطي
    كيني إلى ..." is a deployment, not a visit; "بتزويد الفلبين بأنظمة رادار" supplies (aids) the
    Philippines."""
    e = one(text, "2025-01-31")
    assert (e[0], e[3]) == expected


def test_supplying_as_a_deal_term_or_an_accusation_is_content():
    """"اتفاق لتزويد منغوليا بالوقود" (what a deal is for) and "اتهم السودان الإمارات بتزويد الدعم السريع
    بالأسلحة" (what is alleged) are not aid events of their own."""
    assert [e[0] for e in events("ووقع بوتين ونظيره المنغولي اتفاقا لتزويد منغوليا بالوقود.", "2024-09-03")] == ["AGREE"]
    assert [e[0] for e in events("واتهم السودان الإمارات بتزويد قوات الدعم السريع بالأسلحة.", "2024-09-03")] == ["ACCUSE"]


def test_condemned_it_targets_the_doer_of_an_uncoded_act():
    """"أزالت السلطات اللاتفية النصب التذكاري السوفيتي ...، وهي خطوة نددت بها موسكو": "condemned it" (بها)
    refers to the act told at the sentence's start — even one not coded as an event — so its doer is
    condemned."""
    e = one("وأزالت السلطات اللاتفية النصب التذكاري السوفيتي في ريغا في أغسطس الماضي، وهي خطوة نددت بها موسكو.",
            "2023-01-24")
    assert (e[0], e[4], e[5]) == ("ACCUSE", ["Russia"], ["Latvia"])


def test_warning_that_ones_own_state_may_act_is_a_threat():
    """"حذر مورافيتسكي من أن وارسو قد توسع قائمة المنتجات المحظورة": a warning that one's own state (here
    named by its capital) may act is a threat; a warning that another state may act is a disapproval."""
    e = one("وحذر رئيس الوزراء البولندي ماتيوش مورافيتسكي من أن وارسو قد توسع قائمة المنتجات الأوكرانية المحظورة.",
            "2023-09-21")
    assert (e[0], e[4], e[5]) == ("THREATEN", ["Mateusz Morawiecki"], ["Ukraine"])
    e = one("وحذر وزير الخارجية الأمريكي أنتوني بلينكن من أن إيران قد تطور سلاحا نوويا.", "2023-09-21")
    assert e[0] == "ACCUSE"


@pytest.mark.parametrize("text,src,tgt", [
    ("وغادرت القوات الأمريكية أفغانستان في أغسطس 2021.", ["United States"], ["Afghanistan"]),
    ("وكانت القوات الفرنسية قد غادرت مالي في أغسطس 2022.", ["France"], ["Mali"]),
    ("ويغادر نحو 1500 جندي فرنسي النيجر خلال الأسابيع المقبلة.", ["France"], ["Niger"]),
])
def test_forces_leaving_a_country_withdraw(text, src, tgt):
    """"غادرت القوات الأمريكية أفغانستان": forces leaving withdraw from the country left (their state is
    the source); a person leaving a city ("غادر الوزير القاهرة") is no withdrawal."""
    e = [x for x in events(text, "2023-09-25") if x[0] == "RETREAT"]
    assert [(x[4], x[5]) for x in e] == [(src, tgt)]
    assert not [x for x in events("وغادر الوزير القاهرة متوجها إلى الرياض.", "2023-09-25") if x[0] == "RETREAT"]


@pytest.mark.parametrize("text,src,tgt", [
    ("كما أبدى المستشار الألماني أولاف شولتس قلقه إزاء أوضاع حقوق الإنسان في إقليم شينجيانغ الصيني.",
     ["Olaf Scholz"], ["China"]),
    ("وكانت السلطات البنغلاديشية قد أوقفت الراهب الهندوسي، إذ أعربت نيودلهي في اليوم التالي عن \"قلقها العميق\".",
     ["India"], ["Bangladesh"]),
])
def test_concern_expressed_about_a_party(text, src, tgt):
    """"أبدى شولتس قلقه إزاء أوضاع حقوق الإنسان في شينجيانغ": concern expressed disapproves of the state of
    what it is about (a party, adjective or place named there); with nothing named after it, of the doer
    of the act the sentence told first. With no party at all ("عن قلقه من تدهور الأوضاع") there is no
    event."""
    e = one(text, "2024-12-10")
    assert (e[0], e[4], e[5]) == ("ACCUSE", src, tgt)
    assert events("وأعرب الوزير عن قلقه من تدهور الأوضاع الإنسانية.", "2024-12-10") == []


def test_a_step_criticised_targets_its_doer():
    """"مصادقة البرلمان الأذربيجاني على فتح سفارة في إسرائيل، وهي خطوة انتقدتها طهران": the object pronoun
    of "انتقدتها" is the step (وهي خطوة), not the country named last — its doer is criticised."""
    e = one("وجاء ذلك بعد مصادقة البرلمان الأذربيجاني في تشرين الثاني الماضي على فتح سفارة في إسرائيل، وهي خطوة "
            "انتقدتها طهران بشدة.", "2023-01-27")
    assert e[0] == "ACCUSE" and e[4] == ["Iran"] and e[3] == ["AZE", "IRN"]


def test_refusing_to_rule_out_force_threatens_the_other_side_of_the_story():
    """"رفض ترامب في السابع من كانون الثاني استبعاد اللجوء إلى القوة لاستعادة القناة": refusing to rule out
    (even with a date between) is a threat, not a rejection; with no addressee named, one side of the
    story's dyad threatens the other. "لا تستبعد تطوير التعاون" (not ruling out cooperation) is none."""
    evs = events("وحذر وزير الخارجية الأميركي ماركو روبيو بنما من إجراءات أميركية. وأكد الرئيس البنمي أن سيادة بنما على "
                 "القناة ليست موضع نقاش. وكان ترامب قد رفض في السابع من كانون الثاني (يناير) الماضي استبعاد اللجوء إلى "
                 "القوة العسكرية لاستعادة القناة.", "2025-02-02")
    assert ("THREATEN", "2025-01-07", ["Donald Trump"], ["Panama"]) in [(e[0], e[2], e[4], e[5]) for e in evs]
    assert not [e for e in events("وأضاف أن روسيا لا تستبعد تطوير التعاون العسكري التقني مع بيونغ يانغ.", "2024-06-19")
                if e[0] == "THREATEN"]


def test_companions_of_a_visit_are_visitors():
    """"زارا كييف برفقة المستشار الألماني فريدريش ميرتس ورئيس الوزراء البولندي دونالد توسك": who comes
    along (برفقة) visits too."""
    e = one("وكان ماكرون وستارمر قد زارا كييف في 10 ماي الماضي برفقة المستشار الألماني فريدريش ميرتس ورئيس "
            "الوزراء البولندي دونالد توسك.", "2025-07-11")
    assert e[0] == "CONSULT" and e[3] == ["DEU", "FRA", "GBR", "POL", "UKR"]


def test_statement_word_inside_a_name_is_no_statement():
    """"وعقد الجيش السوداني وقوات الدعم السريع محادثات في جدة": "الدعم" inside the RSF's name is no
    statement of support, and so the talks after it are no statement's content."""
    e = one("وعقد الجيش السوداني وقوات الدعم السريع محادثات في جدة.", "2023-05-13")
    assert e[0] == "CONSULT" and e[5] == ["Rapid Support Forces"]


def test_dual_genitive_of_a_dual_construct():
    """"بين وفدي الطرفين", "وزيرا خارجية البلدين": after a dual noun in construct, the oblique dual (which
    alone is usually an object) names the two sides."""
    evs = events("واتفقت السعودية وإيران على استئناف العلاقات. وسيعقد وزيرا خارجية البلدين اجتماعا لتفعيل القرار.",
                 "2023-03-11")
    assert ("CONSULT", "planned", ["IRN", "SAU"]) in [(e[0], e[1], e[3]) for e in evs]


def test_sum_allocated_in_a_reported_clause():
    """"أعلنت فون دير لاين أن الاتحاد الأوروبي سيخصص مبلغ 105 ملايين يورو لتونس": a sum allocated
    (خصص/رصد) is aid, and the reported clause's subject (after أن) gives it, not the speaker."""
    e = one("وأعلنت فون دير لاين أن الاتحاد الأوروبي سيخصص هذا العام مبلغ 105 ملايين يورو لتونس لمكافحة الهجرة.",
            "2023-06-12")
    assert (e[0], e[1], e[4], e[5]) == ("AID", "planned", ["European Union"], ["Tunisia"])


def test_a_day_of_its_own_beats_the_start_of_a_span():
    """"زار مويزو الصين بين 8 و12 يناير. والتقى مويزو الرئيس شي في بكين الأربعاء": merged into one visit,
    the meeting's own day (Wednesday the 10th) dates it, not the first day of the visit's span."""
    evs = events("وزار الرئيس المالديفي محمد مويزو الصين بين 8 و12 يناير. والتقى مويزو الرئيس شي جينبينغ في بكين "
                 "الأربعاء.", "2024-01-15")
    assert [(e[0], e[2]) for e in evs] == [("CONSULT", "2024-01-10")]


@pytest.mark.parametrize("text,expected", [
    ("ووصل وزير الخارجية الإيراني علي باقري كني إلى دمشق، ورحب الرئيس السوري بشار الأسد بزيارته.",
     ("SUPPORT", ["Bashar al-Assad"], ["Ali Bagheri Kani"])),
    ("وصل نحو 400 شرطي كيني إلى بورت أو برنس، حيث كان في استقبالهم رئيس الوزراء الهايتي غاري كونيل، الذي رحّب "
     "بوصولهم.", ("SUPPORT", ["Garry Conille"], ["Kenya"])),
])
def test_welcoming_an_arrival_supports_who_came(text, expected):
    """"ورحب الرئيس السوري بزيارته", "الذي رحّب بوصولهم": welcoming a visit or an arrival supports the one
    who came (the doer of the visit or deployment just told, of another state than the one welcoming)."""
    evs = [(e[0], e[4], e[5]) for e in events(text, "2024-06-26") if e[0] == "SUPPORT"]
    assert evs == [expected]


def test_a_meeting_that_gathered_several_is_one_meeting():
    """"استضافت موسكو اجتماعا ضم وزراء دفاع روسيا وتركيا وسوريا": a meeting that gathered (ضم، جمع،
    بمشاركة) several parties is one meeting of all of them, not one meeting per counterpart."""
    evs = events("واستضافت موسكو في 28 كانون الأول/ديسمبر الماضي اجتماعا ضم وزراء دفاع روسيا سيرغي شويغو وتركيا "
                 "خلوصي أكار وسوريا علي محمود عباس.", "2023-05-11")
    assert [(e[0], e[2], e[3]) for e in evs] == [("CONSULT", "2022-12-28", ["RUS", "SYR", "TUR"])]


def test_a_past_verb_with_a_bare_day_and_month_is_last_year():
    """"حين استضافت في 28 كانون الأول اجتماعا" in a May article: a past verb dated by a day and month of no
    year happened on the last such day, not a planned one next December; a present verb keeps it ahead."""
    past = events("وكانت روسيا قد استضافت في 28 كانون الأول/ديسمبر اجتماعا لوزيري دفاع تركيا وسوريا.", "2023-05-11")
    assert [(e[0], e[1], e[2]) for e in past] == [("CONSULT", "occurred", "2022-12-28")]
    ahead = events("ويعقد وزيرا دفاع تركيا وسوريا اجتماعا في 28 كانون الأول/ديسمبر.", "2023-05-11")
    assert [(e[0], e[1], e[2]) for e in ahead] == [("CONSULT", "planned", "2023-12-28")]


def test_the_same_day_as_a_day_named_just_before():
    """"بعد تصريحات أدلى بها ماكرون في السادس من يناير ... واستدعت تشاد في اليوم ذاته السفير": "the same day"
    is the day named in the sentence just before, even when what happened on it is no event."""
    evs = events("وأنهت تشاد في 28 نوفمبر الماضي اتفاق التعاون الدفاعي مع فرنسا. وتصاعد التوتر بعد تصريحات أدلى بها "
                 "الرئيس الفرنسي إيمانويل ماكرون في السادس من يناير. واستدعت الخارجية التشادية في اليوم ذاته السفير "
                 "الفرنسي.", "2025-01-31")
    assert ("2025-01-06", ["FRA", "TCD"]) in [(e[2], e[3]) for e in evs if e[0] != "AGREE"]


@pytest.mark.parametrize("text,expected", [
    ("وقطعت نيكاراغوا علاقاتها الدبلوماسية مع تايوان.", [("SANCTION", ["Nicaragua"], ["Taiwan"])]),
    ("وأعلنت تايوان إنهاء العلاقات مع نيكاراغوا فورا.", [("SANCTION", ["Taiwan"], ["Nicaragua"])]),
    # relations raised, not cut: no verb of the row in their clause
    ("ورفعت فيتنام والولايات المتحدة علاقاتهما إلى مستوى الشراكة الاستراتيجية الشاملة.", []),
])
def test_relations_cut_with_the_subject_between(text, expected):
    """"قطعت نيكاراغوا علاقاتها مع تايوان": in verb-subject-object order the subject stands between the verb
    and "علاقاتها", so the contiguous phrase "قطعت علاقاتها" never matches; the relations noun counts only
    with a verb of cutting or ending in its own clause."""
    evs = [(e[0], e[4], e[5]) for e in events(text, "2021-12-11") if e[0] == "SANCTION"]
    assert evs == expected


@pytest.mark.parametrize("text,published,expected", [
    ("وأنهت تشاد اتفاق التعاون الدفاعي مع فرنسا.", "2025-01-31", [("SANCTION", "2025-01-31", ["Chad"], ["France"])]),
    ("وعلّقت كندا مطلع أيلول الجاري مفاوضات اتفاق تجاري مع الهند، ثم أرجأت بعثة تجارية كانت مقررة في أكتوبر.",
     "2023-09-22", [("SANCTION", "2023-09", ["Canada"], ["India"])]),
    ("وعلّقت الهند العمل بمعاهدة مياه نهر السند الموقعة عام 1960 مع باكستان.", "2025-04-24",
     [("SANCTION", "2025-04-24", ["India"], ["Pakistan"])]),
    ("ووقعت تشاد اتفاق التعاون الدفاعي مع فرنسا.", "2025-01-31", []),
])
def test_an_agreement_suspended_or_ended(text, published, expected):
    """"أنهت تشاد اتفاق التعاون الدفاعي مع فرنسا", "علّقت كندا ... مفاوضات اتفاق تجاري": an agreement noun after a
    verb or noun of suspending or ending (subject and time between) is a break with the partner, dated by
    that verb — not by when the agreement was signed ("الموقعة عام 1960")."""
    evs = [(e[0], e[2], e[4], e[5]) for e in events(text, published) if e[0] == "SANCTION"]
    assert evs == expected


@pytest.mark.parametrize("text,published,expected", [
    ("ونشرت أستراليا عناصر من الشرطة والجيش في هونيارا لاحتواء أعمال شغب.", "2022-04-23",
     [("MOBILIZE", ["Australia"], ["Solomon Islands"])]),
    ("وكانت رواندا قد بدأت في التاسع من يوليو الماضي نشر ألف عنصر من الجيش والشرطة في كابو ديلغادو.", "2021-08-09",
     [("MOBILIZE", ["Rwanda"], ["Mozambique"])]),
    # forces right after a finite verb are its subject, not what it deploys
    ("وانتشرت قوات الأمن في شوارع العاصمة.", "2021-08-09", []),
])
def test_forces_sent_with_the_subject_between(text, published, expected):
    """"نشرت أستراليا عناصر من الشرطة والجيش في هونيارا": forces (قوات، عناصر) after a verb of deploying or
    sending, the subject (and a count) between, are a deployment — into the state of the place named."""
    evs = [(e[0], e[4], e[5]) for e in events(text, published) if e[0] == "MOBILIZE"]
    assert evs == expected


def test_an_airlift_of_relief_goes_to_the_place_named():
    """"وسيّر مركز الملك سلمان للإغاثة جسرا جويا لإغاثة متضرري الزلزال في سوريا": an air bridge run by a
    sending verb (the subject between) is aid, to the state of the place it relieves; the relief word inside
    the centre's name is no earlier aid event that would cut the verb off."""
    evs = events("وسيّر مركز الملك سلمان للإغاثة والأعمال الإنسانية في فبراير الماضي جسرًا جويًا لإغاثة متضرري "
                 "الزلزال في سوريا.", "2023-04-18")
    assert [(e[0], e[2], e[5]) for e in evs] == [("AID", "2023-02", ["Syria"])]


def test_who_was_there_to_receive():
    """"وكان في استقباله لدى وصوله ولي العهد الأمير محمد بن سلمان": a reception told by who was there to
    receive the visitor (the pronoun, else the one right after) is a meeting with that host."""
    evs = events("وصل الرئيس المصري عبد الفتاح السيسي إلى جدة، وكان في استقباله لدى وصوله ولي العهد الأمير محمد بن "
                 "سلمان.", "2021-01-06")
    assert [(e[0], e[3]) for e in evs] == [("CONSULT", ["EGY", "SAU"])]


def test_persona_non_grata_and_a_name_ending_in_sin():
    """"أعلنت الخارجية الإكوادورية الخميس السفيرة المكسيكية راكيل سيرور شخصا غير مرغوب فيه": "شخصا" ends a
    discovered name, and "سيرور" (a name) is no future verb (سـ + يرور) that would push Thursday ahead."""
    evs = events("وأعلنت الخارجية الإكوادورية الخميس السفيرة المكسيكية راكيل سيرور شخصًا غير مرغوب فيه.", "2024-04-07")
    assert [(e[0], e[1], e[2], e[5]) for e in evs] == [("SANCTION", "occurred", "2024-04-04", ["Raquel Seror"])]


def test_two_sanctions_of_different_kinds_stay_two():
    """"علّقت كندا مطلع أيلول مفاوضات اتفاق تجاري" and "طرد دبلوماسي هندي" on the 18th: talks suspended and a
    diplomat expelled are two acts, even between the same states with compatible dates."""
    evs = events("وعلّقت كندا مطلع أيلول الجاري مفاوضات اتفاق تجاري مع الهند. وأعلنت وزيرة الخارجية الكندية ميلاني "
                 "جولي يوم الاثنين طرد دبلوماسي هندي رفيع.", "2023-09-21")
    assert sorted((e[0], e[2]) for e in evs if e[0] == "SANCTION") == [("SANCTION", "2023-09"), ("SANCTION", "2023-09-18")]


def test_the_same_day_is_the_first_day_the_sentence_before_names():
    """"أعلن ترودو يوم الاثنين الماضي أن ... نيجار، الذي قُتل في 18 حزيران ... وأعلنت جولي في اليوم ذاته": the
    day referred to is the main clause's (named first), not a relative clause's later one."""
    evs = events("وكان ترودو قد أعلن يوم الاثنين الماضي أن عملاء للحكومة الهندية ضالعون في مقتل نيجار، الذي قُتل في "
                 "18 حزيران الماضي. وأعلنت وزيرة الخارجية الكندية ميلاني جولي في اليوم ذاته طرد دبلوماسي هندي.",
                 "2023-09-21")
    assert [(e[0], e[2]) for e in evs if e[0] == "SANCTION"] == [("SANCTION", "2023-09-18")]


def test_a_meeting_that_gathered_them_and_its_own_day():
    """"أبلغ مودي نظيره الكندي في لقاء جمعهما في العاشر من أيلول «قلقا بالغا»": a meeting that gathered "the
    two" has the two named before as parties, and its day is its own — a noun that needs a light verb it
    lacks ("قلقا" after "أبلغ") is no rival for it."""
    evs = events("وخلال قمة مجموعة العشرين في نيودلهي، أبلغ رئيس الوزراء الهندي ناريندرا مودي نظيره الكندي في لقاء "
                 "جمعهما في العاشر من أيلول \"قلقا بالغا\" إزاء أنشطة متطرفين.", "2023-09-22")
    assert ("CONSULT", "2023-09-10", ["CAN", "IND"]) in [(e[0], e[2], e[3]) for e in evs]


def test_a_relative_clause_time_is_not_the_verbs():
    """"وبحث معه سبل تعزيز التبادل التجاري الذي تجاوز 245 مليار يورو العام الماضي": a time in a relative clause
    after a verb's object describes that object, not when the verb's event happened."""
    evs = events("والتقى شولتز رئيس مجلس الدولة الصيني لي كه تشيانغ، وبحث معه سبل تعزيز التبادل التجاري الذي تجاوز "
                 "245 مليار يورو العام الماضي.", "2022-11-04")
    assert {e[2] for e in evs if e[0] == "CONSULT"} == {"2022-11-04"}


def test_envoys_recalled_from_two_states_are_two_acts():
    """"قررت فرنسا استدعاء سفيريها لدى الولايات المتحدة وأستراليا للتشاور": an ambassador recalled from each of
    two states is an act towards each (one event per state), and never towards one's own."""
    evs = events("قررت فرنسا مساء الجمعة استدعاء سفيريها لدى الولايات المتحدة وأستراليا للتشاور.", "2021-09-18")
    assert sorted(e[5][0] for e in evs if e[0] == "SANCTION") == ["Australia", "United States"]


def test_a_city_hosting_a_meeting_is_its_state():
    """"واستضافت جدة اجتماعا تشاوريا لوزراء خارجية دول مجلس التعاون الخليجي ومصر والأردن والعراق": a city
    (not a capital) hosting a meeting stands for its state, the host among the parties."""
    evs = events("واستضافت جدة يوم الجمعة الماضي اجتماعًا تشاوريًا لوزراء خارجية دول مجلس التعاون الخليجي ومصر "
                 "والأردن والعراق.", "2023-04-18")
    assert [(e[0], e[4][0], e[3]) for e in evs] == [("CONSULT", "Saudi Arabia", ["EGY", "IRQ", "JOR", "SAU"])]


def test_those_who_took_part_in_a_summit_met_together():
    """"وشارك في القمة أمير الكويت، ونائب رئيس الإمارات": those who took part in one summit are one meeting, not
    one meeting of the first named with each of the others."""
    evs = events("وشارك في القمة صاحب السمو الشيخ نواف الأحمد الجابر الصباح أمير دولة الكويت، وصاحب السمو الشيخ محمد "
                 "بن راشد آل مكتوم نائب رئيس دولة الإمارات.", "2021-01-06")
    assert len([e for e in evs if e[0] == "CONSULT"]) == 1


def test_a_title_cut_by_two_dots_yields_to_the_body():
    """"بعد انقلاب مدريد على موقفها.. الجزائر تعلّق معاهدة الصداقة مع إسبانيا" then the body "قررت الجزائر،
    الأربعاء، التعليق الفوري لمعاهدة الصداقة": the title's event, told again in the body by the same parties, is
    the body's (dated Wednesday), not a second one dated by the article."""
    evs = events("بعد انقلاب مدريد على موقفها من الصحراء الغربية.. الجزائر تعلّق معاهدة الصداقة وحسن الجوار مع "
                 "إسبانيا\n\nقررت الجزائر، الأربعاء، التعليق الفوري لمعاهدة الصداقة وحسن الجوار والتعاون التي "
                 "أبرمتها في 8 أكتوبر 2002 مع المملكة الإسبانية.", "2022-06-11")
    assert [(e[0], e[2]) for e in evs] == [("SANCTION", "2022-06-08")]


def test_force_majeure_is_not_cairo():
    """"إعلان حالة القوة القاهرة": in a phrase where the word is an ordinary one (force majeure) a name is no
    mention; "وزار الرئيس القاهرة" is still Cairo."""
    d = extract("ما دفع مجموعة توتال الفرنسية إلى إعلان حالة القوة القاهرة. وزار الرئيس القاهرة.", "2021-08-09")
    cairo = [e for e in d.to_dict()["entities"] if e["name_en"] == "Cairo"]
    assert len(cairo) == 1 and [m["text"] for m in cairo[0]["mentions"]] == ["القاهرة"]
    assert cairo[0]["mentions"][0]["start"] > 60


@pytest.mark.parametrize("text,n", [
    ("كما أشار الوزير إلى أن المجلس الأعلى للأمن، في اجتماعه الاستثنائي المنعقد في 18 أوت، قرر مراجعة العلاقات "
     "مع المغرب.", 0),
    # a meeting with another party stays one
    ("وعقد وزير الخارجية الجزائري رمطان لعمامرة اجتماعا طارئا مع نظيره المغربي ناصر بوريطة.", 1),
])
def test_a_bodys_own_session_is_no_meeting(text, n):
    """"المجلس الأعلى للأمن، في اجتماعه الاستثنائي": an extraordinary, emergency or regular session of one body
    is no meeting between parties (whatever state the sentence names); with "مع/بين" after it, it is one."""
    assert len([e for e in events(text, "2021-08-24") if e[0] == "CONSULT"]) == n


@pytest.mark.parametrize("text", [
    "وأثار تسريب مسودة للاتفاق الأمني بين الصين وجزر سليمان قلق كانبيرا وواشنطن.",
    "ووصف وزير الخارجية الفرنسي جان إيف لودريان القرار الأسترالي بأنه \"طعنة في الظهر\".",
])
def test_a_draft_and_a_stab_in_the_back_are_no_events(text):
    """"تسريب مسودة للاتفاق": a draft is no agreement reached; "طعنة في الظهر" (a stab in the back) is a figure
    of speech, no assault."""
    assert [e for e in events(text, "2021-09-18") if e[0] in ("AGREE", "ASSAULT")] == []


def test_a_step_taken_in_another_states_city_is_towards_it():
    """"علقت بنغلاديش الخدمات القنصلية في بعثتها في نيودلهي": a sanction with no party named, taken in a city of
    another state, is towards that state."""
    evs = events("كما علقت بنغلاديش الخدمات القنصلية في بعثتها في نيودلهي.", "2024-12-10")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SANCTION", ["Bangladesh"], ["India"])]


def test_done_at_someones_request():
    """"بدأت رواندا نشر ألف عنصر في كابو ديلغادو، بطلب من حكومة مابوتو": a deployment (or aid) done at another
    side's request is also that side's request for assistance to the doer, on the same day."""
    evs = events("وكانت رواندا قد بدأت في التاسع من يوليو الماضي نشر ألف عنصر من الجيش والشرطة في كابو ديلغادو، "
                 "بطلب من حكومة مابوتو.", "2021-08-09")
    assert ("REQUEST", "2021-07-09", ["Mozambique"], ["Rwanda"]) in [(e[0], e[2], e[4], e[5]) for e in evs]


def test_officials_in_the_two_countries_held_a_meeting():
    """"غير أن وزراء الخارجية والدفاع في البلدين عقدوا في الثلاثين من أغسطس اجتماعا": officials "in the two
    countries" are both sides (as "وزيرا خارجية البلدين"), and "عقدوا" (they held, plural) anchors the meeting."""
    evs = events("قررت فرنسا استدعاء سفيرها لدى أستراليا. غير أن وزراء الخارجية والدفاع في البلدين عقدوا في الثلاثين "
                 "من أغسطس الماضي اجتماعا بصيغة \"2+2\".", "2021-09-18")
    assert ("CONSULT", "2021-08-30", ["AUS", "FRA"]) in [(e[0], e[2], e[3]) for e in evs]


def test_a_summit_that_is_only_the_setting():
    """"وخلال قمة مجموعة العشرين في نيودلهي، أبلغ مودي نظيره الكندي في لقاء جمعهما": a summit after "خلال" with
    a meeting told later in the sentence is that meeting's setting, not a second meeting of the two."""
    evs = events("وخلال قمة مجموعة العشرين في نيودلهي، أبلغ رئيس الوزراء الهندي ناريندرا مودي نظيره الكندي في لقاء "
                 "جمعهما في العاشر من أيلول قلقا بالغا.", "2023-09-22")
    assert [(e[0], e[2]) for e in evs if e[0] == "CONSULT"] == [("CONSULT", "2023-09-10")]


@pytest.mark.parametrize("text,published,expected", [
    ("وفي 7 أفريل، زار رئيس الوزراء الإسباني بيدرو سانشيز الرباط والتقى الملك محمد السادس.", "2022-06-11",
     ("2022-04-07", ["Pedro Sánchez"], ["Mohammed VI of Morocco"])),
    ("وكان الرئيس التشادي محمد إدريس ديبي قد زار موسكو في يناير 2024، حيث التقى الرئيس فلاديمير بوتين.", "2025-01-31",
     ("2024-01", ["Mahamat Idriss Déby"], ["Vladimir Putin"])),
])
def test_who_visited_met(text, published, expected):
    """"زار سانشيز الرباط والتقى الملك محمد السادس", "زار موسكو، حيث التقى الرئيس بوتين": after a trip told with
    a travel verb, a coordinated "والتقى" (or "حيث التقى") has the traveller as subject, the one named after it
    as the one met, and the trip's day."""
    date, src, tgt = expected
    evs = events(text, published)
    assert any(e[0] == "CONSULT" and e[2] == date and e[4] == src and set(tgt) <= set(e[5]) for e in evs), evs


@pytest.mark.parametrize("text,published,forbidden", [
    # an agreement reached, finished drafting or ending a dispute is no break (a finite verb may have only its
    # subject and a time before the agreement; a verbal noun must sit right on it)
    ("وأوقفت إسرائيل العمليات العسكرية بعد اتفاق مع حماس.", "2024-05-15", "SANCTION"),
    ("تسعى قطر إلى إنهاء الحرب عبر اتفاق بين إسرائيل وحماس.", "2024-05-15", "SANCTION"),
    ("أنهت مصر والسعودية صياغة اتفاق للتعاون البحري.", "2024-05-15", "SANCTION"),
    # "ended his visit", "made progress in its relations": no relations cut
    ("أنهى لافروف زيارته إلى القاهرة لتعزيز العلاقات مع مصر.", "2024-05-15", "SANCTION"),
    ("قطعت الصين شوطا كبيرا في علاقاتها مع مصر.", "2024-05-15", "SANCTION"),
    # backing territorial integrity, not accusing someone of not respecting it
    ("واتهمت الجزائر المغرب بعدم احترام وحدة أراضي مالي.", "2024-05-15", "SUPPORT"),
    # aid sent from an airport in another state is not aid to that state
    ("وأرسلت ألمانيا مساعدات من مطار في بولندا.", "2024-05-15", "AID"),
])
def test_review_regressions_stay_fixed(text, published, forbidden):
    """Cases a review of this session's rules found them to misread (each rule's narrowing is tested here)."""
    assert [e for e in events(text, published) if e[0] == forbidden] == []


@pytest.mark.parametrize("text,published,expected", [
    # "this month" is this month; a past verb beginning with ن/ت is past, not an imperfect pushed ahead
    ("وقعت مصر والأردن اتفاقا للتعاون في العشرين من الشهر الجاري.", "2024-05-15", ("AGREE", "planned", "2024-05-20")),
    ("ونشرت رواندا قوات في موزمبيق في 28 ديسمبر.", "2024-05-15", ("MOBILIZE", "occurred", "2023-12-28")),
    # "سيّر" (ran) is a past verb, not سـ + a verb
    ("وسيّرت الإمارات جسرا جويا إلى سوريا.", "2023-04-18", ("AID", "occurred", "2023-04-18")),
    # "الموقع" is also "the site": a time after it is still the visit's
    ("زار ماكرون الجزائر وتفقد الموقع في 12 مايو.", "2024-05-15", ("CONSULT", "occurred", "2024-05-12")),
])
def test_review_dates_and_tenses(text, published, expected):
    """Dates and tenses a review of this session's rules found misread."""
    assert expected in [(e[0], e[1], e[2]) for e in events(text, published)]


def test_review_vso_names_side_by_side_stay_two_persons():
    """"التقى بلينكن لافروف في جنيف": verb, subject, object — two known one-word names side by side are the two
    persons (only after a country adjective that is not the first one's are they one unknown person)."""
    evs = events("التقى بلينكن لافروف في جنيف.", "2023-09-19")
    assert [(e[0], e[4], e[5]) for e in evs] == [("CONSULT", ["Antony Blinken"], ["Sergey Lavrov"])]


@pytest.mark.parametrize("text,published,expected", [
    ("وتحدث الرئيس الأمريكي جو بايدن هاتفياً مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو.", "2024-04-14",
     ("CONSULT", ["Joe Biden"], ["Benjamin Netanyahu"])),
    ("وستخفض واشنطن عدد قواتها في أفغانستان إلى 8600 جندي خلال 135 يوماً.", "2020-03-01",
     ("RETREAT", ["United States"], ["Afghanistan"])),
    ("واستولت قوات من الحرس الثوري الإيراني أمس السبت على سفينة الحاويات المرتبطة بإسرائيل.", "2024-04-14",
     ("COERCE", ["Islamic Revolutionary Guard Corps"], ["Israel"])),
])
def test_subject_between_verb_and_adverb_or_object(text, published, expected):
    """"تحدث بايدن هاتفيا مع نتنياهو", "ستخفض واشنطن عدد قواتها في أفغانستان", "استولت قوات من الحرس الثوري على
    سفينة مرتبطة بإسرائيل": the subject stands between the verb and the words that make the event (the adverb,
    the troops counted, the seizure's object); forces "of" X are X acting; whose the seized ship is is the
    target."""
    assert expected in [(e[0], e[4], e[5]) for e in events(text, published)]


def test_a_partyless_event_is_no_rival_for_a_time():
    """"وانتهت جولة الاشتباكات مساء 17 آذار باتفاق على وقف إطلاق النار توصل إليه منسى وأبو قصرة": the clashes
    (no parties named) stand nearer the day, but an event with no parties is no rival: the ceasefire takes it."""
    evs = events("وتبادل الجيشان اللبناني والسوري القصف. وانتهت جولة الاشتباكات مساء 17 آذار باتفاق على وقف إطلاق "
                 "النار بين لبنان وسوريا.", "2025-03-28")
    assert ("RETREAT", "2025-03-17") in [(e[0], e[2]) for e in evs]


@pytest.mark.parametrize("text,expected", [
    ("واحتجت الهند رسميا على الخريطة النيبالية الجديدة.", [("ACCUSE", ["India"], ["Nepal"])]),
    # demonstrators protesting are a street protest, not a state's diplomatic protest
    ("واحتج آلاف المتظاهرين في كاتماندو على الخريطة الهندية.", []),
])
def test_a_state_protesting_lodges_a_diplomatic_protest(text, expected):
    """"واحتجت الهند رسميا على الخريطة النيبالية": with a state, capital or government body as its subject, "احتج"
    is a diplomatic protest (disapproval of the one whose act it is), not a demonstration."""
    assert [(e[0], e[4], e[5]) for e in events(text, "2020-06-14") if e[0] in ("ACCUSE", "PROTEST")] == expected


def test_killed_by_the_fire_of():
    """"قُتل مواطن هندي ... برصاص قوة الشرطة المسلحة النيبالية": killed "by the fire of" X (passive): X, named
    after by name or adjective, shot; the victims' state, named before, was hit — not the victim's state acting."""
    evs = events("وفي حادث منفصل، قُتل مواطن هندي وأصيب اثنان آخران أول من أمس الجمعة برصاص قوة الشرطة المسلحة "
                 "النيبالية على الحدود.", "2020-06-14")
    assert [(e[0], e[2], e[4], e[5]) for e in evs] == [("ASSAULT", "2020-06-12", ["Nepal"], ["India"])]


def test_ordered_release():
    """"وجّه ولي العهد بالإفراج عن سجناء باكستانيين": a release someone orders is his release of the captives'
    state; a release demanded ("طالبت ... بالإفراج عن") is the demand's alone."""
    evs = events("وصل ولي العهد السعودي الأمير محمد بن سلمان إلى إسلام آباد. وأعلن وزير الإعلام الباكستاني فؤاد تشودري "
                 "أمس أن ولي العهد السعودي الأمير محمد بن سلمان وجّه بالإفراج عن 2107 سجناء باكستانيين.", "2019-02-19")
    assert ("RETREAT", ["Mohammed bin Salman"], ["Pakistan"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nوطالبت منظمة العفو الدولية السلطات المصرية بالإفراج عن المعتقلين.", "2019-02-19")
    assert [e[0] for e in evs] == ["REQUEST"]


def test_shooting_down_an_aircraft():
    """"أسقطت مقاتلتان تركيتان قاذفة روسية": shooting down a state's aircraft strikes that state; "أسقط البرلمان
    الحكومة" topples a government, and drones intercepted with no country named are no strike."""
    evs = events("مقدمة الخبر.\nوتصاعد التوتر بعدما أسقطت مقاتلتان تركيتان من طراز «إف 16» قاذفة روسية قرب الحدود "
                 "السورية.", "2015-11-25")
    assert ("ASSAULT", ["Turkey"], ["Russia"]) in [(e[0], e[4], e[5]) for e in evs]
    assert events("مقدمة الخبر.\nوأسقط البرلمان الإيطالي الحكومة بعد تصويت على حجب الثقة.", "2015-11-25") == []
    assert not any(e[0] == "ASSAULT" for e in events(
        "مقدمة الخبر.\nوأكد الجيش الأمريكي أن قواته أسقطت عشرات المسيّرات والصواريخ فوق العراق.", "2024-04-14"))
    # (the aircraft must be the verb's object, in its clause: not one named past a comma or after بعد)
    assert not any(e[0] == "ASSAULT" and e[4] == ["Syria"] for e in events(
        "مقدمة الخبر.\nوأسقطت الدفاعات الجوية السورية صواريخ إسرائيلية، فيما حلقت طائرة أمريكية فوق المنطقة.", "2024-04-14"))
    assert not any(e[0] == "ASSAULT" for e in events(
        "مقدمة الخبر.\nوأسقطت المحكمة التهم عن الطيار بعد تحطم طائرة تركية قرب الحدود اليونانية.", "2024-04-14"))


def test_warning_of_consequences_threatens():
    """"محذراً من «عواقب وخيمة»": warning of consequences is a veiled threat; "متوعداً بالرد" vows retaliation."""
    evs = events("مقدمة الخبر.\nوقال الرئيس الروسي فلاديمير بوتين إن ما جرى طعنة في الظهر، محذراً من «عواقب وخيمة» على "
                 "العلاقات مع تركيا.", "2015-11-25")
    assert "THREATEN" in [e[0] for e in evs]
    evs = events("مقدمة الخبر.\nوخاطب الرئيس السوداني عمر البشير المحتفلين، متوعداً بالرد الحاسم على أي اعتداء جديد من "
                 "جنوب السودان.", "2012-04-21")
    assert "THREATEN" in [e[0] for e in evs]
    # (consequences of something named — a siege, a war, a delay — are a warning about it, no threat)
    evs = events("مقدمة الخبر.\nوأصدرت منظمة الصحة العالمية تقريرا عن غزة، محذرة من عواقب كارثية للحصار الإسرائيلي على "
                 "المستشفيات.", "2023-11-01")
    assert "THREATEN" not in [e[0] for e in evs]


def test_warning_of_a_kept_right_or_a_conditional_response_threatens():
    """"حذر بوتين من أن روسيا «تحتفظ بحق» الانسحاب": keeping the right to act is the warner's side's own next step;
    "من أنه «إذا ارتكب ... خطأ آخر فسيكون رد إيران أشد»": a response promised on a condition. Both threaten — but a
    warning of what another will suffer ("من أن الحرب ستكون كارثية") stays a warning."""
    evs = events("مقدمة الخبر.\nوحذر بوتين من أن روسيا \"تحتفظ بحق\" الانسحاب مجددا من الاتفاق إذا انتهكت أوكرانيا "
                 "الضمانات.", "2022-11-02")
    assert [(e[0], e[3]) for e in evs] == [("THREATEN", ["RUS", "UKR"])]
    evs = events("مقدمة الخبر.\nوحذرت البعثة الإيرانية لدى الأمم المتحدة من أنه \"إذا ارتكب الكيان الإسرائيلي خطأ آخر "
                 "فسيكون رد إيران أشد بكثير\".", "2024-04-14")
    assert [e[0] for e in evs] == ["THREATEN"]
    evs = events("مقدمة الخبر.\nوحذر وزير الخارجية الأردني أيمن الصفدي من أن الحرب على غزة ستكون لها عواقب على "
                 "المنطقة كلها.", "2024-04-14")
    assert "THREATEN" not in [e[0] for e in evs]
    # (another state keeping the right, and a response that is not the warner's, threaten nothing)
    for text in ("وحذر المستشار الألماني أولاف شولتس من أن روسيا تحتفظ بحق استخدام الأسلحة النووية.",
                 "وحذرت الأمم المتحدة من أنه إذا اندلعت حرب شاملة في لبنان فسيكون الرد الإنساني عاجزاً."):
        assert "THREATEN" not in [e[0] for e in events("مقدمة الخبر.\n" + text, "2024-04-15")], text


def test_refused_request_is_aimed_at_who_made_it():
    """"رفض لولا، أمس الاثنين، طلباً ألمانياً لتزويد أوكرانيا بذخيرة": the request refused bears its maker's adjective
    (spelled here as the country's name, "ألمانياً"), and the refusal is aimed at that maker — not at the state the
    request was for."""
    evs = events("مقدمة الخبر.\nرفض الرئيس البرازيلي لويز إيناسيو لولا دا سيلفا، أمس الاثنين، طلباً ألمانياً لتزويد "
                 "أوكرانيا بذخيرة دبابات.", "2023-01-31")
    assert [(e[1], e[2], e[3]) for e in evs if e[0] == "REJECT"] == [("occurred", "2023-01-30", ["BRA", "DEU"])]
    # (the time between the refusal and what it refuses is the refusal's)
    evs = events("مقدمة الخبر.\nويحرص الرئيس البرازيلي على الحياد، إذ رفض في يناير الماضي طلباً ألمانياً بتزويد أوكرانيا "
                 "بذخائر.", "2023-04-18")
    assert [(e[2], e[3]) for e in evs if e[0] == "REJECT"] == [("2023-01", ["BRA", "DEU"])]
    # (only the refusal's own object: not an invitation named in what follows a comma)
    evs = events("مقدمة الخبر.\nورفض أردوغان الانتقادات، مؤكداً أن دعوة السويد إلى القمة جاءت بعد مشاورات.", "2023-07-11")
    assert not [e for e in evs if e[0] == "REJECT" and "SWE" in e[3]]


def test_welcomed_deal_is_aimed_at_its_other_party():
    """"ورحب وزير الاقتصاد الألماني بالصفقة": a deal (اتفاقية، معاهدة) welcomed, like an agreement, is the one told
    before; its party of another state is the target."""
    evs = events("مقدمة الخبر.\nووقعت شركة قطر للطاقة أمس اتفاقية لتوريد الغاز المسال إلى ألمانيا لمدة 15 عاما. ورحب "
                 "المستشار الألماني أولاف شولتس بالصفقة.", "2022-11-30")
    assert [(e[2], e[3], e[4]) for e in evs if e[0] == "SUPPORT"] == [("2022-11-29", ["DEU", "QAT"], ["Olaf Scholz"])]
    # (the agreement told before, not a meeting before it; a deal inside another object's phrase is not the object)
    evs = events("مقدمة الخبر.\nالتقى الرئيس الصيني شي جين بينغ نظيره الفرنسي إيمانويل ماكرون في باريس أمس. ووقعت صربيا "
                 "والصين أمس اتفاقية للتجارة الحرة. ورحب رئيس الوزراء المجري فيكتور أوربان بالاتفاقية.", "2024-05-09")
    assert [e[3] for e in evs if e[0] == "SUPPORT"] == [["CHN", "HUN", "SRB"]]
    evs = events("مقدمة الخبر.\nووقعت الإمارات والبحرين وإسرائيل أمس اتفاقيات أبراهام في واشنطن. وأشاد وزير الخارجية المصري "
                 "سامح شكري بالدور الأمريكي في التوصل إلى الاتفاقية.", "2020-09-16")
    assert [e[3] for e in evs if e[0] == "SUPPORT"] == [["EGY", "USA"]]


def test_relations_established_with_the_subject_between():
    """"أقامت كوريا الجنوبية وكوبا علاقات دبلوماسية", "أقامت الصين أمس علاقات دبلوماسية مع هندوراس": relations
    established, with the subjects between the verb and the noun, are agreed between the two; relations merely named
    ("تعزيز علاقات دبلوماسية") are no event."""
    evs = events("مقدمة الخبر.\nأقامت كوريا الجنوبية وكوبا علاقات دبلوماسية رسمية على مستوى السفراء أمس.", "2024-02-15")
    assert [(e[0], e[2], e[3]) for e in evs] == [("AGREE", "2024-02-14", ["CUB", "KOR"])]
    evs = events("مقدمة الخبر.\nوأقامت الصين أمس الأحد علاقات دبلوماسية مع هندوراس.", "2023-03-27")
    assert [(e[0], e[2], e[3]) for e in evs] == [("AGREE", "2023-03-26", ["CHN", "HND"])]
    assert events("مقدمة الخبر.\nوتسعى الصين إلى تعزيز علاقات دبلوماسية متينة مع دول أمريكا اللاتينية.",
                  "2023-03-27") == []
    # (the present "تقيم" maintains relations: no event)
    assert events("مقدمة الخبر.\nوتعد البحرين رابع دولة عربية تقيم علاقات دبلوماسية مع إسرائيل.", "2020-09-12") == []


def test_listing_as_terrorist_is_a_sanction():
    """"أعلنت كندا إدراج الحرس الثوري الإيراني كياناً إرهابياً", "صنّفت الولايات المتحدة الحوثيين منظمة إرهابية",
    "أعادت واشنطن إدراج الحوثيين على قائمة الإرهاب": a group listed as terrorist is sanctioned by who lists it (the
    group named between the listing word and "terrorist"); calling a group terrorist ("تعتبر واشنطن حزب الله منظمة
    إرهابية") lists no one."""
    evs = events("مقدمة الخبر.\nأعلنت الحكومة الكندية، أمس الأربعاء، إدراج الحرس الثوري الإيراني كياناً إرهابياً بموجب "
                 "القانون الجنائي.", "2024-06-20")
    assert [(e[0], e[2], e[4], e[5]) for e in evs] == [
        ("SANCTION", "2024-06-19", ["Government of Canada"], ["Islamic Revolutionary Guard Corps"])]
    evs = events("مقدمة الخبر.\nوصنّفت الولايات المتحدة أمس جماعة الحوثيين منظمة إرهابية أجنبية.", "2025-03-05")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SANCTION", ["United States"], ["Houthis"])]
    evs = events("مقدمة الخبر.\nوأعادت واشنطن أمس إدراج الحوثيين على قائمة الإرهاب.", "2024-01-18")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SANCTION", ["United States"], ["Houthis"])]
    evs = events("مقدمة الخبر.\nوأدرجت بريطانيا وأستراليا حركة حماس منظمة إرهابية.", "2021-11-20")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SANCTION", ["United Kingdom", "Australia"], ["Hamas"])]
    assert events("مقدمة الخبر.\nوتعتبر واشنطن حزب الله منظمة إرهابية منذ عام 1997.", "2024-01-18") == []
    assert events("مقدمة الخبر.\nوبهذا تصبح كندا ثاني دولة تصنف الحرس الثوري منظمة إرهابية.", "2024-06-20") == []
    # (a listing only weighed, opposed or reaffirmed is none)
    for text in ("وتدرس الحكومة الأسترالية إدراج حماس على قائمة الإرهاب.",
                 "وناقش وزراء الخارجية الأوروبيون إمكانية إدراج الحرس الثوري منظمة إرهابية.",
                 "ويعارض الاتحاد الأوروبي تصنيف الحوثيين منظمة إرهابية.",
                 "وأعاد البرلمان النمساوي التأكيد على تصنيف حزب الله منظمة إرهابية.",
                 "وأعلن بلينكن إلغاء تصنيف الحوثيين منظمة إرهابية."):
        assert "SANCTION" not in [e[0] for e in events("مقدمة الخبر.\n" + text, "2024-06-20")], text


def test_war_waged_or_aggression_begun_is_an_assault():
    """"شنّت إسرائيل حرباً على إيران", "بدأت روسيا الحرب على أوكرانيا", "بدأت القوات التركية عدواناً برياً على مناطق
    في سوريا": a war waged or begun (and an aggression begun) by a past verb strikes its target; the war as a setting
    ("إن الحرب على أوكرانيا يجب أن تتوقف") or waged as a standing state ("تشن إسرائيل حرباً") is no event."""
    for text, pub, want in (
            ("وشنّت إسرائيل في 13 جوان الماضي حربا على إيران استمرت 12 يوما.", "2025-08-29", ("2025-06-13", ["IRN", "ISR"])),
            ("وبدأت روسيا الحرب على أوكرانيا في 24 فبراير الماضي.", "2022-03-01", ("2022-02-24", ["RUS", "UKR"])),
            ("وكانت القوات التركية قد بدأت الأربعاء الماضي عدواناً برياً على مناطق في شمال شرق سوريا.", "2019-10-13",
             ("2019-10-09", ["SYR", "TUR"]))):
        assert [(e[0], e[2], e[3]) for e in events("مقدمة الخبر.\n" + text, pub)] == [("ASSAULT", *want)], text
    assert events("مقدمة الخبر.\nوقال الرئيس إن الحرب على أوكرانيا يجب أن تتوقف.", "2022-03-01") == []
    # (a war of words or trade, on crime, ended, or recalled as a starting point: no strike)
    for text in ("وبدأت الولايات المتحدة حرباً تجارية على الصين بفرض رسوم جمركية.", "وشنّ ترامب حرباً كلامية على زيلينسكي.",
                 "وبدأت الحكومة الكينية حرباً على عصابات الاتجار بالبشر.", "وأعلن ترامب انتهاء الحرب بين إسرائيل وإيران.",
                 "ومنذ أن شنت إسرائيل حربها على غزة قتل عشرات الآلاف.",
                 "وقال نتنياهو اليوم إن إيران شنت حرباً على إسرائيل.",
                 "وبعد أن شنت إسرائيل حربها على غزة، قطعت تركيا علاقاتها التجارية معها."):
        assert "ASSAULT" not in [e[0] for e in events("مقدمة الخبر.\n" + text, "2025-06-25")], text
    assert events("مقدمة الخبر.\nوتشن إسرائيل حربا على غزة منذ أكتوبر الماضي.", "2024-03-01") == []
    # (the war's target in its own clause)
    evs = events("مقدمة الخبر.\nوبدأت روسيا حربها على أوكرانيا، فيما أعلنت ألمانيا إرسال أسلحة إلى كييف.", "2022-03-01")
    assert [e[3] for e in evs if e[0] == "ASSAULT"] == [["RUS", "UKR"]]


def test_agreement_ended_past_a_time_in_commas():
    """"ألغت بوركينا فاسو، يوم الأربعاء 18 يناير الجاري، اتفاق 2018 الذي يؤطر وجود القوات الفرنسية": a time set off by
    commas between the ending verb and the agreement is inside the verb's clause — the agreement is ended (a break
    with France), not signed."""
    evs = events("مقدمة الخبر.\nوكانت بوركينا فاسو قد ألغت، يوم الأربعاء 18 يناير الجاري، اتفاق 2018 الذي يؤطر وجود "
                 "القوات الفرنسية في البلاد.", "2023-01-24")
    assert [(e[0], e[2], e[3]) for e in evs] == [("SANCTION", "2023-01-18", ["BFA", "FRA"])]


def test_city_naming_an_agreement_or_the_capital_of_a_signing_is_no_party():
    """"اتفاق الدوحة للسلام" is named after a city, and "بالعاصمة القطرية الدوحة" is where it was signed: Qatar is
    no party to a deal Chad's government signed with its rebels; a country after "مع" still is."""
    for text in ("وقعت الحكومة الانتقالية في تشاد والحركات المعارضة، أمس الاثنين، على \"اتفاق الدوحة للسلام\".",
                 "وقعت الحكومة الانتقالية في تشاد والحركات المعارضة، أمس الاثنين بالعاصمة القطرية الدوحة، على اتفاق "
                 "للسلام.",
                 "وقعت الحكومة الانتقالية في تشاد والحركات المعارضة أمس في العاصمة الدوحة على اتفاق للسلام."):
        assert not [e for e in events("مقدمة الخبر.\n" + text, "2022-08-09") if "QAT" in e[3]], text
    evs = events("مقدمة الخبر.\nووقعت تشاد أمس في الدوحة اتفاقا للتعاون مع قطر.", "2022-08-09")
    assert [(e[0], e[3]) for e in evs] == [("AGREE", ["QAT", "TCD"])]
    # (two capitals naming an agreement stand for its parties)
    for text in ("وأعلنت الخارجية التركية التوصل إلى تفاهم أنقرة وموسكو حول إدلب.",
                 "ونص اتفاق واشنطن مع طالبان على انسحاب القوات الأمريكية."):
        assert [e[0] for e in events("مقدمة الخبر.\n" + text, "2020-03-06")] == ["AGREE"], text


def test_refusal_of_the_decision_as_a_noun():
    """"وأعلنت الخارجية التركية رفضها القاطع للقرار" (ل + the article: "للقرار"): a refusal noun made an act by its verb,
    of the decision just told, is aimed at its maker — and "أدانت X قرار Y ...، مؤكدة رفضها للقرار" at the maker
    the speaker's own condemnation just named."""
    evs = events("مقدمة الخبر.\nفرضت الولايات المتحدة أمس عقوبات على تركيا. وأعلنت الخارجية التركية رفضها القاطع للقرار.",
                 "2020-12-15")
    assert [(e[0], e[3]) for e in evs if e[0] == "REJECT"] == [("REJECT", ["TUR", "USA"])]
    evs = events("مقدمة الخبر.\nأدانت وزارة الخارجية التركية، مساء أمس الاثنين، قرار الولايات المتحدة فرض عقوبات على "
                 "رئاسة الصناعات الدفاعية، مؤكدة رفضها القاطع للقرار.", "2020-12-15")
    assert sorted((e[0], tuple(e[3])) for e in evs) == [("ACCUSE", ("TUR", "USA")), ("REJECT", ("TUR", "USA"))]
    # (a meeting told before is no decision)
    evs = events("مقدمة الخبر.\nواستقبل الملك عبد الله الثاني الرئيس الفلسطيني محمود عباس في عمان. وأكد عباس رفضه القاطع "
                 "للقرار.", "2024-10-29")
    assert "REJECT" not in [e[0] for e in evs]


def test_act_described_as_damning_targets_its_doer():
    """"ووصف أبو الغيط العملية العسكرية بأنها «غزو لأرض دولة عربية»": the act described by its common noun is the
    one told just before, so its doer is the one disapproved of; with no such act told, no one is."""
    evs = events("مقدمة الخبر.\nوكانت القوات التركية قد بدأت الأربعاء الماضي عدواناً برياً على مناطق في شمال شرق سوريا. "
                 "ووصف الأمين العام للجامعة العربية أحمد أبو الغيط العملية العسكرية بأنها \"غزو لأرض دولة عربية\".",
                 "2019-10-13")
    assert [(e[4], e[5]) for e in evs if e[0] == "ACCUSE"] == [(["Ahmed Aboul Gheit"], ["Turkey"])]
    evs = events("مقدمة الخبر.\nووصف الأمين العام للجامعة العربية أحمد أبو الغيط العملية العسكرية بأنها \"غزو\".",
                 "2019-10-13")
    assert not [e for e in evs if e[0] == "ACCUSE"]
    # (a strike described is a strike told before, not an expulsion)
    evs = events("مقدمة الخبر.\nوطردت روسيا دبلوماسيين فرنسيين أمس. ووصف ماكرون الهجوم على قاعة كروكوس في موسكو بأنه "
                 "\"عمل إرهابي\".", "2024-03-25")
    assert not [e for e in evs if e[0] == "ACCUSE"]


def test_holding_to_the_one_china_principle_backs_china():
    """"أكد سعيد تمسك تونس الثابت بمبدأ الصين الواحدة": holding to the one-China principle, like a state's territorial
    integrity, backs the state named inside the phrase."""
    evs = events("مقدمة الخبر.\nوأكد الرئيس التونسي قيس سعيد \"تمسك تونس الثابت بمبدأ الصين الواحدة\".", "2024-06-01")
    assert [(e[0], e[3]) for e in evs] == [("SUPPORT", ["CHN", "TUN"])]
    # (China, named inside the principle, is no party to the break with Taiwan told with it)
    evs = events("مقدمة الخبر.\nوقطعت ساو تومي وبرينسيب علاقاتها الدبلوماسية مع تايوان، معلنة التزامها بمبدأ الصين "
                 "الواحدة.", "2020-12-21")
    assert sorted((e[0], tuple(e[3])) for e in evs) == [("SANCTION", ("STP", "TWN")), ("SUPPORT", ("CHN", "STP"))]


def test_call_to_release_names_the_released_after_it():
    """"وأدان وانغ ون بين الانقلاب في غينيا، وطالب بإطلاق سراح الرئيس الغيني ألفا كوندي": the one to be released,
    named after the call, is its object, not its subject; the caller is the coordinated verb's subject."""
    evs = events("مقدمة الخبر.\nوأدان المتحدث باسم الخارجية الصينية وانغ ون بين الانقلاب في غينيا، وطالب بإطلاق سراح الرئيس "
                 "الغيني ألفا كوندي فورا.", "2021-09-07")
    assert [(e[4], e[5]) for e in evs if e[0] == "REQUEST"] == [(["Wang Wenbin"], ["Alpha Condé"])]


def test_signed_during_the_trip_with_the_host():
    """"اختتم بوتين زيارة دولة إلى أوزبكستان، وقّع خلالها مع نظيره الأوزبكي اتفاقا": the signing verb's subject is
    unsaid — the one who made the trip during which it was done; who follows "مع" is the other side."""
    evs = events("مقدمة الخبر.\nاختتم الرئيس الروسي فلاديمير بوتين، أمس الثلاثاء، زيارة دولة إلى أوزبكستان، وقّع خلالها "
                 "مع نظيره الأوزبكي شوكت ميرضيائيف اتفاقا لبناء محطة نووية.", "2024-05-29")
    assert [(e[4], e[5]) for e in evs if e[0] == "AGREE"] == [(["Vladimir Putin"], ["Shavkat Mirziyoyev"])]


def test_conferring_a_decoration_is_support():
    """"منح ماكرون الرئيس السنغالي وسام جوقة الشرف": an honour conferred supports its recipient; "منحت الحكومة
    اللاجئين حق الإقامة" grants, with no decoration, and is no event."""
    evs = events("مقدمة الخبر.\nومنح الرئيس الفرنسي إيمانويل ماكرون الرئيس السنغالي ماكي سال وسام جوقة الشرف.",
                 "2019-02-19")
    assert ("SUPPORT", ["Emmanuel Macron"], ["Macky Sall"]) in [(e[0], e[4], e[5]) for e in evs]
    assert events("مقدمة الخبر.\nومنحت الحكومة الألمانية اللاجئين السوريين حق الإقامة.", "2019-02-19") == []
    # (وسام as a first name, a sports medal: no decoration conferred)
    assert "SUPPORT" not in [e[0] for e in events(
        "مقدمة الخبر.\nومنح رئيس الحكومة اللبنانية نجيب ميقاتي وزير الثقافة وسام مرتضى صلاحيات للتفاوض مع سوريا.", "2023-01-01")]
    assert "SUPPORT" not in [e[0] for e in events(
        "مقدمة الخبر.\nومنحت اللجنة الأولمبية الدولية العداء الكيني الميدالية الذهبية.", "2023-01-01")]


def test_visit_measured_against_an_earlier_one():
    """"أول زيارة دولة ... إلى المملكة المتحدة منذ زيارة الرئيس السابق جاكوب زوما عام 2010": the earlier visit the
    news measures against went to the same country, in its own year."""
    evs = events("مقدمة الخبر.\nوصل رئيس جنوب أفريقيا سيريل رامافوزا إلى لندن أمس. وهذه أول زيارة دولة يقوم بها رئيس "
                 "جنوب أفريقي إلى المملكة المتحدة منذ زيارة الرئيس السابق جاكوب زوما عام 2010.", "2022-11-23")
    assert ("CONSULT", "2010", ["Jacob Zuma"], ["United Kingdom"]) in [(e[0], e[2], e[4], e[5]) for e in evs]


def test_calling_a_state_a_strategic_partner_supports_it():
    """"وقال الدبيبة إن إيطاليا «شريك استراتيجي» لليبيا": the speaker backs the state he calls a partner; a trading
    partner ("أكبر شريك تجاري") is a fact, no event."""
    evs = events("مقدمة الخبر.\nوقال رئيس الحكومة الليبية عبد الحميد الدبيبة في مؤتمر صحفي إن إيطاليا \"شريك استراتيجي\" "
                 "لليبيا.", "2023-01-29")
    assert ("SUPPORT", ["Abdul Hamid Dbeibeh"], ["Italy"]) in [(e[0], e[4], e[5]) for e in evs]
    assert events("مقدمة الخبر.\nوتعد الصين أكبر شريك تجاري لألمانيا للعام السادس على التوالي.", "2023-01-29") == []
    # (the speaker is the speech verb's subject, not the sentence's first person; a third state's partner is none)
    evs = events("مقدمة الخبر.\nواستقبل الرئيس المصري عبد الفتاح السيسي رئيسة الوزراء الإيطالية جورجيا ميلوني، وقالت "
                 "ميلوني إن مصر شريك استراتيجي لإيطاليا.", "2023-01-29")
    assert [(e[4], e[5]) for e in evs if e[0] == "SUPPORT"] == [(["Giorgia Meloni"], ["Egypt"])]
    evs = events("مقدمة الخبر.\nوقال وزير الخارجية الأمريكي أنتوني بلينكن إن الهند شريك استراتيجي للصين.", "2023-01-29")
    assert "SUPPORT" not in [e[0] for e in evs]


def test_past_tense_with_ta_is_no_present():
    """"وقال إنه تحدث هاتفياً مع نتنياهو": تحدّث (form V) is a past tense, though it starts with ت like the present
    تزور; a call he says he made is an event, a description in the present ("قال إن بلاده تتعاون") is not."""
    evs = events("مقدمة الخبر.\nوأدان الرئيس الأمريكي جو بايدن الهجوم، وقال إنه تحدث هاتفياً مع رئيس الوزراء الإسرائيلي "
                 "بنيامين نتنياهو.", "2024-04-14")
    assert ("CONSULT", ["Joe Biden"]) in [(e[0], e[4]) for e in evs]
    # (a present description inside a statement is no event: "قال إن بلاده تتعاون مع الصين")
    assert "COOPERATE" not in [e[0] for e in events(
        "مقدمة الخبر.\nوقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تتعاون مع الصين في كل المجالات.", "2023-01-01")]
    from marsad.stages.events import _past_with_ta
    assert _past_with_ta("تحدث هاتفيا", {"key": "spoke_by_phone_phrase"})
    assert not _past_with_ta("تزور", {"key": "zara_verb"}) and not _past_with_ta("تتحدث هاتفيا", {"key": "spoke_by_phone_phrase"})


def test_condemnation_keeps_its_time_and_lends_it_to_what_is_said():
    """"وأدان بايدن ليل السبت الهجوم، وقال إنه تحدث هاتفياً مع نتنياهو": the attack condemned is no rival for the
    condemnation's time, and the call he says he made, in the statement coordinated with it, was that night too."""
    evs = events("مقدمة الخبر.\nوأدان الرئيس الأمريكي جو بايدن ليل السبت الهجوم \"بأشد العبارات\"، وقال إنه تحدث هاتفياً "
                 "مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو.", "2024-04-14")
    assert {(e[0], e[2]) for e in evs} >= {("ACCUSE", "2024-04-13"), ("CONSULT", "2024-04-13")}


def test_reserving_the_right_to_respond_threatens():
    """"أكد البيان أن السودان يحتفظ بحقه في الرد على العدوان الإماراتي": reserving the right to respond is a veiled
    threat to the one who would be answered."""
    evs = events("مقدمة الخبر.\nوأكد البيان أن السودان يحتفظ بحقه في الرد على العدوان الإماراتي بكل الوسائل.", "2025-05-05")
    assert ("THREATEN", ["Sudan"], ["United Arab Emirates"]) in [(e[0], e[4], e[5]) for e in evs]


def test_each_statement_sentence_is_an_event():
    """"وقال بايدن إن كينيا حليف ..." and, two sentences on, "وأثنى الرئيس الأمريكي على استعداد كينيا": two
    statements by one speaker about one state are two events, not one."""
    evs = events("مقدمة الخبر.\nاستقبل الرئيس الأمريكي جو بايدن نظيره الكيني وليام روتو في البيت الأبيض. وأشاد بايدن "
                 "بالشراكة الحيوية مع كينيا. وتناول العشاء الرسمي. وأثنى الرئيس الأمريكي على استعداد كينيا لقيادة "
                 "البعثة الأمنية في هايتي.", "2024-05-23")
    assert [(e[0], e[5]) for e in evs].count(("SUPPORT", ["Kenya"])) == 2


def test_subject_after_a_comma_is_not_a_noun_before_the_verb():
    """"وفي المقابل، تتهم بكين السفن الفيتنامية": the definite word before the comma is no subject of the verb after
    it (as "والبيان الختامي يدعو إيران" is); Beijing accuses Vietnam."""
    evs = events("مقدمة الخبر.\nوفي المقابل، تتهم بكين السفن الفيتنامية بالتحرش بالعمليات الصينية.", "2014-05-08")
    assert ("ACCUSE", ["China"], ["Vietnam"]) in [(e[0], e[4], e[5]) for e in evs]


def test_backer_in_apposition_is_no_party():
    """"وتطالب جبهة البوليساريو، المدعومة من الجزائر، بإجراء استفتاء": the state that backs the subject, in an
    apposition, is not the one the demand is addressed to."""
    evs = events("مقدمة الخبر.\nوتطالب جبهة البوليساريو، المدعومة من الجزائر، بإجراء استفتاء لتقرير المصير.", "2018-05-02")
    assert not any("Algeria" in e[5] for e in evs)


def test_the_two_leaders_speak_together():
    """"وأعرب الزعيمان الياباني والأسترالي عن قلقهما ...، ودانا عمليات إطلاق الصواريخ التي تقوم بها كوريا الشمالية":
    the dual names the two leaders the article named (Kishida, not the emperor), who speak together, and the dual
    verb after the comma is theirs too."""
    evs = events("مقدمة الخبر.\nوقع رئيس الوزراء الياباني فوميو كيشيدا ونظيره الأسترالي سكوت موريسون اتفاقية دفاعية عبر "
                 "الفيديو. وأعرب الزعيمان الياباني والأسترالي في بيان مشترك عن \"قلقهما البالغ\" إزاء تصرفات الصين، "
                 "ودانا عمليات إطلاق الصواريخ التي تقوم بها كوريا الشمالية.", "2022-01-07")
    got = [(e[0], sorted(e[4]), e[5]) for e in evs]
    assert ("ACCUSE", ["Fumio Kishida", "Scott Morrison"], ["China"]) in got
    assert ("ACCUSE", ["Fumio Kishida", "Scott Morrison"], ["North Korea"]) in got
    # (an object pronoun is no dual: "واتهمها" is one person's act)
    evs = events("مقدمة الخبر.\nوقع رئيس الوزراء الياباني فوميو كيشيدا ونظيره الأسترالي سكوت موريسون اتفاقية دفاعية. وأعرب "
                 "الزعيمان عن قلقهما إزاء تصرفات الصين، وقال كيشيدا إن طوكيو لن تقبل ذلك، واتهمها بتهديد الاستقرار.",
                 "2022-01-07")
    assert not any(e[0] == "ACCUSE" and len(e[4]) == 2 and "Taiwan" in e[5] for e in evs)
    from marsad.stages.events import _dual_verb
    assert not _dual_verb("منحها", {"key": "award_verb"}) and _dual_verb("دانا", {"key": "dana_verb"})


def test_reached_an_agreement_with_its_subject_before():
    """"وكان البلدان قد توصلا إلى اتفاق مبدئي ... في تشرين الثاني 2020": the phrase holds its own verb, so its subject
    named before it (the two countries) makes it an event with no participant after it."""
    evs = events("مقدمة الخبر.\nووقع رئيس الوزراء الياباني فوميو كيشيدا ونظيره الأسترالي سكوت موريسون اتفاقية دفاعية. وكان "
                 "البلدان قد توصلا إلى اتفاق مبدئي بشأن المعاهدة في تشرين الثاني 2020.", "2022-01-07")
    assert ("AGREE", "2020-11", ["AUS", "JPN"]) in [(e[0], e[2], e[3]) for e in evs]


def test_visit_during_which_a_dated_act_was_done():
    """"توصلا إلى اتفاق مبدئي في تشرين الثاني 2020، خلال زيارة موريسون إلى طوكيو": the visit during which the dated
    act was done took place then, not on the news day."""
    evs = events("مقدمة الخبر.\nووقع رئيس الوزراء الياباني فوميو كيشيدا ونظيره الأسترالي سكوت موريسون اتفاقية دفاعية. وكان "
                 "البلدان قد توصلا إلى اتفاق مبدئي في تشرين الثاني 2020، خلال زيارة موريسون إلى طوكيو.", "2022-01-07")
    assert ("CONSULT", "2020-11") in [(e[0], e[2]) for e in evs]


def test_headline_parts_joined_by_two_dots_are_headlines():
    """"روبيو يحذر بنما من «إجراءات» أميركية بشأن القناة.. ومولينو: السيادة ليست موضع نقاش": a title whose parts are
    joined by two dots is a headline in each part; the body states the events."""
    evs = events("روبيو يحذر بنما من \"إجراءات\" أميركية بشأن القناة.. ومولينو: السيادة ليست موضع نقاش\n\nبنما سيتي- "
                 "وصل وزير الخارجية الأميركي ماركو روبيو إلى بنما أمس.", "2025-02-03")
    assert [e[0] for e in evs] == ["CONSULT"]


def test_decided_after_a_dateline_and_its_agencies():
    """"بروكسل – «القدس العربي» ووكالات: قرر قادة دول الاتحاد الأوروبي، مساء الخميس، ... فتح مفاوضات الانضمام": the
    deciding verb opens the sentence past the dateline, so its subject is the one who decides."""
    evs = events("قمة أوروبية\n\nبروكسل – «القدس العربي» ووكالات: قرر قادة دول الاتحاد الأوروبي، مساء الخميس، خلال قمتهم "
                 "في بروكسل، فتح مفاوضات الانضمام رسمياً مع أوكرانيا.", "2023-12-15")
    assert any(e[0] == "AGREE" and e[4] == ["European Union"] for e in evs)


def test_solidarity_and_standing_by_a_people():
    """"أكد تضامن بلاده مع الشعب السوري", "وقوف بلاده إلى جانب الشعب السوري": solidarity with (or standing by) a
    people supports its state, with the speaker's country between the noun and مع."""
    for text in ("مقدمة الخبر.\nوأكد الرئيس الإماراتي محمد بن زايد تضامن بلاده مع الشعب السوري.",
                 "مقدمة الخبر.\nوأكد الرئيس الإماراتي محمد بن زايد وقوف بلاده إلى جانب الشعب السوري في مواجهة الجائحة."):
        evs = events(text, "2022-03-19")
        assert ("SUPPORT", ["Mohamed bin Zayed Al Nahyan"], ["Syria"]) in [(e[0], e[4], e[5]) for e in evs]
    assert events("مقدمة الخبر.\nوقالت الوزارة إن التضامن العربي ضروري في هذه المرحلة.", "2022-03-19") == []


def test_support_for_a_states_land_or_security():
    """"أكد دعم بلاده لوحدة أراضي سوريا", "دعم مصر لأمن واستقرار العراق": the state whose land, sovereignty or
    security is backed is the one supported, not the supporter."""
    evs = events("مقدمة الخبر.\nوأكد الرئيس الإماراتي محمد بن زايد دعم بلاده لوحدة أراضي سوريا.", "2022-03-19")
    assert ("SUPPORT", ["Mohamed bin Zayed Al Nahyan"], ["Syria"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nوجدد وزير الخارجية المصري سامح شكري دعم مصر لأمن واستقرار العراق.", "2022-03-19")
    assert any(e[0] == "SUPPORT" and e[5] == ["Iraq"] for e in evs)


def test_both_sides_called_on():
    """"ودعت الولايات المتحدة البلدين إلى حل خلافاتهما": the dual after a call verb names the two sides of the
    dispute told before, both called on; "قال غوتيريش إنه قلق، ودعا البلدين": the one who spoke calls."""
    evs = events("المكسيك تقطع علاقاتها مع الإكوادور.\nقطعت المكسيك علاقاتها الدبلوماسية مع الإكوادور بعد اقتحام سفارتها "
                 "في كيتو. ودعت الولايات المتحدة البلدين إلى حل خلافاتهما. وقال غوتيريش إنه قلق، ودعا البلدين إلى ضبط "
                 "النفس.", "2024-04-07")
    reqs = [(e[4], sorted(e[5])) for e in evs if e[0] == "REQUEST"]
    assert (["United States"], ["Ecuador", "Mexico"]) in reqs
    assert (["António Guterres"], ["Ecuador", "Mexico"]) in reqs


def test_both_sides_exhorted_by_one_of_them():
    """"حث شي الجانبين على تعميق التنسيق": when the one who urges is himself one of the two sides, both are
    exhorted together — no demand on the other side."""
    evs = events("مقدمة الخبر.\nالتقى الرئيس الصيني شي جين بينغ وزير الخارجية الروسي سيرغي لافروف في بكين. كما حث "
                 "الجانبين على تعميق التنسيق.", "2021-07-16")
    assert not [e for e in evs if e[0] == "REQUEST"]


def test_agreement_signed_by_a_dual_subject():
    """"وكان البلدان قد وقعا اتفاقية ...": the two a dual names before the verb sign together (both, not the one
    the dual happened to list last)."""
    evs = events("مقدمة الخبر.\nاستقبل الرئيس الإندونيسي جوكو ويدودو رئيس الوزراء الأسترالي أنتوني ألبانيزي. وكان البلدان "
                 "قد وقعا اتفاقية الشراكة الاقتصادية الشاملة في آذار 2019.", "2022-06-06")
    assert ("AGREE", "2019-03", ["AUS", "IDN"]) in [(e[0], e[2], e[3]) for e in evs]


def test_joint_statement_issued_by_a_dual():
    """"وأعلن الزعيمان في بيان مشترك الاتفاق على ...": a joint statement after في is one when the two a dual names
    issued it."""
    evs = events("مقدمة الخبر.\nاستقبل الرئيس الإندونيسي جوكو ويدودو رئيس الوزراء الأسترالي أنتوني ألبانيزي. وأعلن الزعيمان "
                 "في بيان مشترك الاتفاق على تحديث هياكل القيادة.", "2022-06-06")
    assert ("AGREE", ["AUS", "IDN"]) in [(e[0], e[3]) for e in evs]


def test_visit_to_her_is_to_the_state_named_before():
    """"خلال زيارته لها في أيلول 2013": a visit "to her" is to the state named last before it (here in the sentence
    before), a recalled visit of its own with its own date."""
    evs = events("مقدمة الخبر.\nوصل الرئيس الصيني شي جين بينغ إلى كازاخستان أمس. وكان شي قد أطلق مبادرة الحزام والطريق "
                 "خلال زيارته لها في أيلول 2013.", "2022-09-15")
    assert ("CONSULT", "2013-09", ["CHN", "KAZ"]) in [(e[0], e[2], e[3]) for e in evs]


def test_sites_struck_belong_to_the_state_after_lam():
    """"بأن المدفعية السودانية قصفت مواقع للقوات الإثيوبية": the sites struck are the Ethiopian forces' (ل + the
    adjective after the sites), and the adjective before the verb names who struck."""
    evs = events("مقدمة الخبر.\nوأفادت مصادر عسكرية بأن المدفعية السودانية قصفت أمس الاثنين مواقع للقوات الإثيوبية في "
                 "منطقة الفشقة.", "2022-06-28")
    assert [(e[0], e[4], e[5]) for e in evs] == [("ASSAULT", ["Sudan"], ["Ethiopia"])]


def test_removing_a_missions_staff_is_expelling_diplomats():
    """"قرار إبعاد الموظفين الفرنسيين": removing a mission's staff is the diplomatic expulsion (SANCTION), not the
    deportation of migrants (COERCE)."""
    evs = events("مقدمة الخبر.\nأعلنت الخارجية الأذربيجانية قرار إبعاد الموظفين الفرنسيين.", "2023-12-28")
    assert [(e[0], e[3]) for e in evs] == [("SANCTION", ["AZE", "FRA"])]


def test_held_person_nationality_is_the_state_hit():
    """"توقيف مواطن فرنسي في باكو", "اعتقلت السلطات الأذربيجانية صحفيين فرنسيين": the detainee's nationality is
    the state hit; who holds him is the subject, else the state of the place where he is held."""
    for text in ("مقدمة الخبر.\nوجاء ذلك بعد توقيف مواطن فرنسي في باكو بتهمة التجسس.",
                 "مقدمة الخبر.\nواعتقلت السلطات الأذربيجانية صحفيين فرنسيين بتهمة التجسس."):
        evs = events(text, "2023-12-28")
        assert [(e[0], e[4], e[5]) for e in evs] == [("COERCE", ["Azerbaijan"], ["France"])], text


def test_ship_seized_hits_its_flag_state():
    """A ship held is seized (not a person arrested), and the state hit is its flag — the adjective on the ship or
    after "ترفع العلم" — while a destination named later ("إلى سوريا") is only its cargo's."""
    evs = events("مقدمة الخبر.\nأعلن الحرس الثوري الإيراني أمس احتجاز ناقلة النفط \"ستينا إمبيرو\" التي ترفع العلم "
                 "البريطاني في مضيق هرمز.", "2019-07-20")
    assert [(e[0], e[3]) for e in evs] == [("COERCE", ["GBR", "IRN"])]
    evs = events("مقدمة الخبر.\nوكانت البحرية البريطانية قد احتجزت الناقلة الإيرانية قبالة جبل طارق في الرابع من "
                 "يوليو، بذريعة نقل النفط إلى سوريا.", "2019-07-20")
    assert [(e[0], e[2], e[3]) for e in evs] == [("COERCE", "2019-07-04", ["GBR", "IRN"])]
    d = extract("مقدمة الخبر.\nوكانت البحرية البريطانية قد احتجزت الناقلة الإيرانية قبالة جبل طارق.",
                       "2019-07-20")
    assert [e.mode for e in d.events] == ["seize"]
    # (not a flag a person raised, nor a ship a cargo was taken from)
    evs = events("مقدمة الخبر.\nاعتقلت السلطات الإيرانية شاباً رفع العلم الإسرائيلي في طهران.", "2023-06-01")
    assert not [e for e in evs if "ISR" in e[3]]
    evs = events("مقدمة الخبر.\nصادرت واشنطن شحنة نفط إيرانية من ناقلة روسية.", "2023-04-28")
    assert [(e[0], e[3]) for e in evs] == [("COERCE", ["IRN", "USA"])]


def test_noun_done_by_its_light_verb_dated_by_the_announcement():
    """"وأعلن هنت اليوم السبت أنه أجرى اتصالاً هاتفياً": a call made (أجرى), reported in a dated announcement, was
    made by that day — not on the news day an earlier sentence set ("ليل الجمعة")."""
    evs = events("مقدمة الخبر.\nوفي لندن، وصف وزير الخارجية البريطاني جيريمي هنت ليل الجمعة الاحتجاز بأنه غير مقبول. "
                 "وأعلن هنت اليوم السبت أنه أجرى اتصالاً هاتفياً بنظيره الإيراني محمد جواد ظريف.", "2019-07-20")
    assert [(e[0], e[2], e[4], e[5]) for e in evs if e[0] == "CONSULT"] == [
        ("CONSULT", "2019-07-20", ["Jeremy Hunt"], ["Mohammad Javad Zarif"])]


def test_without_negates_what_follows():
    """"من دون أن يعني انسحاب القوات الأمريكية": what follows "without" (دون أن + verb, دون + noun) did not happen."""
    evs = events("مقدمة الخبر.\nأعلن رئيس الوزراء العراقي محمد شياع السوداني الاتفاق. ويرى مراقبون أن الاتفاق يمنح "
                 "حكومة السوداني مخرجاً سياسياً، من دون أن يعني انسحاب القوات الأمريكية من المنطقة.", "2024-09-28")
    assert [e[1] for e in evs if e[0] == "RETREAT"] == ["negated"]


def test_it_happened_to_him_before():
    """"وسبق لماكرون أن زار بغداد في آب 2021": the one "to whom it happened before" (ل + name before أن) is the
    verb's subject, not the place after it."""
    evs = events("مقدمة الخبر.\nالتقى الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء العراقي محمد شياع السوداني في باريس. "
                 "وسبق لماكرون أن زار بغداد في آب 2021 للمشاركة في مؤتمر.", "2023-01-27")
    assert ("CONSULT", "2021-08", ["Emmanuel Macron"], ["Iraq"]) in [(e[0], e[2], e[4], e[5]) for e in evs]


def test_in_response_to_is_a_clause_of_its_own():
    """"أطلقت روسيا صاروخاً على مدينة دنيبرو الأوكرانية، رداً على سماح الولايات المتحدة وبريطانيا": the act
    answered (after "، رداً على") is a clause of its own — its actors are not the strike's targets."""
    evs = events("مقدمة الخبر.\nأطلقت روسيا الأسبوع الماضي صاروخاً باليستياً على مدينة دنيبرو الأوكرانية، رداً على سماح "
                 "الولايات المتحدة وبريطانيا لكييف باستخدام صواريخ بعيدة المدى.", "2024-11-28")
    assert ("ASSAULT", ["Russia"], ["Ukraine"]) in [(e[0], e[4], e[5]) for e in evs]


def test_a_country_named_as_a_side_takes_a_masculine_verb():
    """"وثمّن الجانب العُماني مبادرة المملكة": a country named as a "side" (الجانب العماني) takes a masculine verb,
    so it is the verb's subject — not an object left for the man named before; and a dual past a comma ("، وأكد
    الجانبان") is the next clause's subject, not this verb's two sides."""
    evs = events("مقدمة الخبر.\nاستقبل خادم الحرمين الشريفين الملك سلمان سلطان عمان هيثم بن طارق في نيوم.\nوثمّن الجانب "
                 "العُماني، وفق البيان، مبادرة المملكة لإنهاء الأزمة اليمنية، وأكد الجانبان أهمية العمل الخليجي المشترك.",
                 "2021-07-12")
    assert ("SUPPORT", ["Oman"], ["Saudi Arabia"]) in [(e[0], e[4], e[5]) for e in evs]


def test_forces_deployed_intransitively():
    """"وكانت قوات المنظمة قد انتشرت في كازاخستان", "أعاد الجيش السوداني انتشاره": forces deploying (انتشر) is a
    mobilisation — only with a forces word as its subject, since "وانتشر الخبر" (the news spread) is none."""
    evs = events("مقدمة الخبر.\nوأعاد الجيش السوداني انتشاره في منطقة الفشقة أواخر عام 2020.", "2022-06-28")
    assert [(e[0], e[2]) for e in evs] == [("MOBILIZE", "2020")]
    assert events("مقدمة الخبر.\nوانتشر الخبر في روسيا سريعا.", "2022-06-28") == []
    # (a long subject: the forces word may stand a few words before the verb, in its clause)
    evs = events("مقدمة الخبر.\nوكانت قوات منظمة معاهدة الأمن الجماعي قد انتشرت في كازاخستان في كانون الثاني/يناير 2022.",
                 "2024-11-28")
    assert ("MOBILIZE", ["Collective Security Treaty Organization"], ["Kazakhstan"]) in [(e[0], e[4], e[5]) for e in evs]


def test_support_promised_with_a_saying_participle():
    """"مؤكدا أن اليابان ستقف إلى جانب الولايات المتحدة": backing promised in what is said (after a saying
    participle and أن) is backing given now, not a planned event."""
    evs = events("مقدمة الخبر.\nوألقى رئيس الوزراء الياباني فوميو كيشيدا كلمة أمام الكونغرس، مؤكدا أن اليابان ستقف إلى جانب "
                 "الولايات المتحدة.", "2024-04-11")
    assert ("SUPPORT", "occurred", ["JPN", "USA"]) in [(e[0], e[1], e[3]) for e in evs]


def test_coordinated_statement_takes_the_day_named_before():
    """"نفت الحكومة الإثيوبية في بيان أمس الاثنين أي مسؤولية ...، واتهمت وحدة من الجيش السوداني": a statement
    coordinated (its subject unsaid) with a clause that names the day it was made (a day of the last week) was made
    that day, not on the publication day."""
    evs = events("مقدمة الخبر.\nفي المقابل، نفت الحكومة الإثيوبية في بيان السبت الماضي أي مسؤولية لجيشها عن الحادثة، "
                 "واتهمت الجيش السوداني بالتوغل داخل الأراضي الإثيوبية.", "2022-06-28")
    assert ("ACCUSE", "2022-06-25") in [(e[0], e[2]) for e in evs]
    # (a day in a relative clause is that clause's event's, not the statement's)
    evs = events("مقدمة الخبر.\nوأدان الرئيس المصري عبد الفتاح السيسي الهجوم الذي وقع السبت الماضي على مدينة رفح، وطالب "
                 "إسرائيل بوقف التصعيد.", "2024-04-10")
    assert ("REQUEST", "2024-04-10") in [(e[0], e[2]) for e in evs]


def test_said_during_the_talks_is_dated_by_them():
    """"وكان وزير الدفاع قد أكد خلال اللقاء وقوف المملكة مع اليمن", "وقال للصحفيين عقب اللقاء إنه دعا ...": what is
    said during (or right after) the talks just told was said on their day, not on the publication day."""
    evs = events("مقدمة الخبر.\nوكان وزير الدفاع السعودي خالد بن سلمان قد التقى الأحد الماضي رئيس الوفد اليمني في الرياض. "
                 "وأكد خلال اللقاء وقوف المملكة مع اليمن وشعبه.", "2023-09-20")
    assert ("SUPPORT", "2023-09-17") in [(e[0], e[2]) for e in evs]
    evs = events("مقدمة الخبر.\nواستقبل الرئيس الأمريكي دونالد ترامب الثلاثاء الماضي نظيره الجنوب أفريقي سيريل رامافوزا في "
                 "البيت الأبيض. وقال رامافوزا للصحفيين عقب اللقاء إنه دعا ترامب إلى حضور قمة مجموعة العشرين.", "2025-05-22")
    assert ("REQUEST", "2025-05-20") in [(e[0], e[2]) for e in evs]
    # (not a meeting of others, told earlier: Lavrov spoke after another meeting than Blinken's)
    evs = events("مقدمة الخبر.\nوكان بلينكن قد التقى وانغ يي في بكين في 3 يوليو. من جهة أخرى، قال وزير الخارجية الروسي سيرغي "
                 "لافروف للصحفيين عقب الاجتماع الوزاري لمجموعة العشرين إنه دعا الغرب إلى وقف تسليح أوكرانيا.", "2024-07-17")
    assert all(e[2] != "2024-07-03" for e in evs if e[0] == "REQUEST")


def test_back_then_is_the_day_of_the_event_just_told():
    """"أجرى الملك، الجمعة الماضي، اتصالا هاتفيا ... ورحب الرئيس المصري حينها بالخطوة البحرينية": "back then"
    (حينها، آنذاك) is the day of the event told just before, not the publication day."""
    evs = events("مقدمة الخبر.\nوكان ملك البحرين حمد بن عيسى آل خليفة قد أجرى، الجمعة الماضي، اتصالا هاتفيا مع الرئيس الأمريكي "
                 "دونالد ترامب. ورحب الرئيس المصري عبدالفتاح السيسي حينها بالخطوة البحرينية.", "2020-09-16")
    assert ("SUPPORT", "2020-09-11") in [(e[0], e[2]) for e in evs]


def test_a_deadline_is_not_the_date_of_the_demand():
    """"طلب الرئيس محمد مويزو رسمياً من نيودلهي سحب عسكرييها بحلول 15 مارس المقبل": the time after "بحلول" (by) is
    the deadline set, not when the demand was made (nor does it make the demand planned)."""
    evs = events("مقدمة الخبر.\nصعّدت جزر المالديف خلافها مع الهند، بعدما طلب الرئيس محمد مويزو رسمياً من نيودلهي سحب "
                 "عسكرييها المنتشرين في الأرخبيل بحلول 15 مارس المقبل.", "2024-01-15")
    assert [(e[0], e[1]) for e in evs if e[0] == "REQUEST"] == [("REQUEST", "occurred")]
    assert all(e[2] != "2024-03-15" for e in evs)


def test_going_on_supporting_takes_its_object_in_the_genitive():
    """"أكد أن بلاده ستواصل بثبات دعم كازاخستان": after a verb of going on (ستواصل، مواصلة، استمرار) the verbal
    noun's genitive is its object — Kazakhstan is supported, China (بلاده) supports."""
    evs = events("مقدمة الخبر.\nأكد الرئيس الصيني شي جين بينغ، أمس الأربعاء، أن بلاده ستواصل \"بثبات\" دعم كازاخستان في "
                 "الدفاع عن استقلالها.", "2022-09-15")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SUPPORT", ["China"], ["Kazakhstan"])]


def test_a_meeting_in_a_visit_is_dated_with_it():
    """"وكان أوباما قد استقبل آبي في زيارة مماثلة عام 2015": the time after the visit the meeting was held "in" is
    the meeting's time too (the visit is its occasion, not a rival for the date)."""
    evs = events("مقدمة الخبر.\nوكان الرئيس الأمريكي الأسبق باراك أوباما قد استقبل رئيس الوزراء الياباني الراحل شينزو آبي في "
                 "زيارة مماثلة عام 2015.", "2024-04-11")
    assert [(e[0], e[2]) for e in evs] == [("CONSULT", "2015")]


def test_the_time_of_what_it_is_the_first_since():
    """"في أول زيارة ... إلى بنغلاديش منذ الإطاحة برئيسة الوزراء الشيخة حسينة في أغسطس الماضي": the time after
    "since + an event" is that event's, not the visit's; "منذ أبريل 2021" (since a time) still dates what began then."""
    evs = events("مقدمة الخبر.\nأجرى وكيل وزارة الخارجية الهندية فيكرام ميسري أمس محادثات في دكا مع نظيره البنغلاديشي محمد "
                 "جاشم الدين، في أول زيارة لمسؤول هندي رفيع المستوى إلى بنغلاديش منذ الإطاحة برئيسة الوزراء الشيخة حسينة "
                 "في أغسطس الماضي.", "2024-12-10")
    consults = [e[2] for e in evs if e[0] == "CONSULT"]
    assert consults and all(d == "2024-12-09" for d in consults)
    evs = events("مقدمة الخبر.\nوكانت جولات التفاوض بين مصر وإثيوبيا قد توقفت منذ أبريل 2021.", "2023-07-14")
    assert all(e[2] != "2023-07-14" for e in evs)


def test_a_refusal_said_is_a_rejection():
    """"أكد المتحدث الاثنين أن ميلي «لن يعتذر»": a concession refused in what is said ("will not apologise") is a
    rejection made that day, aimed at the one who asked for it."""
    evs = events("مقدمة الخبر.\nوطالب وزير الخارجية الإسباني خوسيه مانويل ألباريس الرئيس الأرجنتيني خافيير ميلي بـ\"اعتذار علني\". "
                 "لكن المتحدث باسم الرئاسة الأرجنتينية أكد الاثنين أن ميلي \"لن يعتذر\".", "2024-05-22")
    assert ("REJECT", "occurred", "2024-05-20", ["ARG", "ESP"]) in [(e[0], e[1], e[2], e[3]) for e in evs]


def test_staff_expelled_are_of_the_state_just_protested_to():
    """"استدعت السفيرة الفرنسية وسلمتها مذكرة احتجاج تتضمن قرار إبعاد الموظفين": the staff expelled, their state
    unnamed, are of the state the same side just protested to."""
    evs = events("مقدمة الخبر.\nوكانت وزارة الخارجية الأذربيجانية قد أعلنت يوم الثلاثاء أنها استدعت السفيرة الفرنسية في باكو، "
                 "وسلمتها مذكرة احتجاج تتضمن قرار إبعاد الموظفين.", "2023-12-28")
    assert ("SANCTION", ["AZE", "FRA"]) in [(e[0], e[3]) for e in evs]


def test_review_counter_examples_stay_unharmed():
    """Counter-examples a review found for this session's rules: "، ردا على ذلك،" as an aside keeps the object;
    "وحذر الطرف التركي من" has the side as its object; a planned act's deadline is its date; حينها in a condition
    dates nothing; a speaker's army before إن is no deployment's subject; "قادما من روسيا" is not where "لها" points."""
    assert ("ASSAULT", ["Israel Defense Forces"], ["Hezbollah"]) in [(e[0], e[4], e[5]) for e in events(
        "مقدمة الخبر.\nوقصفت القوات الإسرائيلية، ردا على ذلك، مواقع لحزب الله في جنوب لبنان.", "2024-07-16")]
    assert ("ACCUSE", ["Vladimir Putin"], ["Turkey"]) in [(e[0], e[4], e[5]) for e in events(
        "مقدمة الخبر.\nواتصل الرئيس الروسي فلاديمير بوتين بنظيره التركي، وحذر الطرف التركي من التصعيد في سوريا.",
        "2024-07-17")]
    assert [(e[0], e[2]) for e in events("مقدمة الخبر.\nأعلنت الولايات المتحدة أنها ستسحب قواتها من العراق بحلول نهاية "
                                         "عام 2026.", "2024-05-15")] == [("RETREAT", "2026")]
    evs = events("مقدمة الخبر.\nوكان وزير الخارجية الإيراني قد زار بيروت في 5 مارس 2024. وحذر الوزير من أن إيران ستهاجم "
                 "إسرائيل حينها إذا هاجمت إسرائيل لبنان.", "2024-07-17")
    assert all(e[2] != "2024-03-05" for e in evs if e[0] != "CONSULT")
    assert events("مقدمة الخبر.\nوقال الجيش اللبناني إن الوباء انتشر في سوريا.", "2024-07-17") == []
    evs = events("مقدمة الخبر.\nوصل الرئيس الصيني شي جين بينغ إلى كازاخستان أمس قادما من روسيا. وكان شي قد أطلق مبادرة "
                 "الحزام والطريق خلال زيارته لها في أيلول 2013.", "2024-07-17")
    assert ("CONSULT", "2013-09", ["CHN", "KAZ"]) in [(e[0], e[2], e[3]) for e in evs]


def test_charges_rejected_or_denied_answer_the_accuser():
    """"لكن باريس رفضت الاتهامات", "ونفت باريس هذه الاتهامات", "وهي التهمة التي رفضتها باريس": the charges
    rejected (or denied) are the accuser's
    just told — the rejection is aimed at the accuser; نفى with no charges after it stays a negation cue."""
    for text in ("مقدمة الخبر.\nواتهمت أذربيجان فرنسا بالتجسس، لكن باريس رفضت الاتهامات ووصفتها بأنها لا أساس لها.",
                 "مقدمة الخبر.\nواتهمت أذربيجان فرنسا بالتجسس. ونفت باريس هذه الاتهامات.",
                 # (and in a relative clause on the charges, its subject after the verb)
                 "مقدمة الخبر.\nواتهمت أذربيجان مواطنا فرنسيا بالتجسس لصالح فرنسا، وهي التهمة التي رفضتها باريس."):
        assert ("REJECT", ["France"], ["Azerbaijan"]) in [(e[0], e[4], e[5]) for e in events(text, "2023-12-28")], text
    assert all(e[0] != "REJECT" for e in events("مقدمة الخبر.\nونفى المتحدث أن تكون روسيا قد قصفت المدينة.",
                                                "2023-12-28"))


def test_a_hope_does_not_reach_a_coordinated_verb():
    """"رحب الرئيس بضيفه، معربا عن أمله في أن تسهم الزيارة ...، وطالبت الحكومة أستراليا بتسهيل": the hope does not
    reach past the comma into a verb of its own — the demand was made, it is not hypothetical; and the masculine
    verb's subject, unsaid, is the man of the sentence's main event (Australia, a feminine state, is its object)."""
    evs = events("مقدمة الخبر.\nمن جهته، رحب الرئيس الإندونيسي جوكو ويدودو بضيفه، معربا عن أمله في أن تسهم الزيارة في "
                 "تسريع تنفيذ الاتفاقية، وطالب أستراليا بتسهيل دخول الصادرات الإندونيسية إلى أسواقها.", "2022-06-06")
    assert [(e[1], e[4], e[5]) for e in evs if e[0] == "REQUEST"] == [("occurred", ["Joko Widodo"], ["Australia"])]


def test_a_time_before_where_is_the_visits():
    """"وزار عبد الله بن زايد دمشق في تشرين الثاني من العام الماضي حيث استقبله الأسد": the time before "حيث" dates
    the visit; the reception "where" it took him is no rival for it, and is the same meeting."""
    evs = events("مقدمة الخبر.\nوزار وزير الخارجية الإماراتي الشيخ عبد الله بن زايد آل نهيان دمشق في تشرين الثاني من "
                 "العام الماضي حيث استقبله الرئيس الأسد.", "2022-03-19")
    assert [(e[0], e[2], e[3]) for e in evs] == [("CONSULT", "2021-11", ["ARE", "SYR"])]


def test_a_summit_attended_is_no_rival_for_the_visits_time():
    """"بعد زيارته إلى الدوحة في فبراير الماضي للمشاركة في قمة منتدى الدول المصدرة للغاز": the summit he went to
    attend is the visit's purpose, not a rival event for the time named between them."""
    evs = events("مقدمة الخبر.\nووصل الرئيس الإيراني إبراهيم رئيسي إلى مسقط. وهذه الزيارة الثانية لرئيسي إلى دولة خليجية، "
                 "بعد زيارته إلى العاصمة القطرية الدوحة في فبراير الماضي للمشاركة في قمة منتدى الدول المصدرة للغاز.",
                 "2022-05-23")
    assert ("CONSULT", "2022-02", ["IRN", "QAT"]) in [(e[0], e[2], e[3]) for e in evs]


def test_also_decided_shares_the_day_of_the_act_before():
    """"أعلنت ماي، الأربعاء الماضي، طرد 23 دبلوماسيا روسيا ...، كما قررت تعليق الاتصالات": a decision coordinated
    by "كما", its subject unsaid, was taken on the day of the act it is coordinated with."""
    evs = events("مقدمة الخبر.\nوكانت رئيسة الوزراء البريطانية تيريزا ماي قد أعلنت، الأربعاء الماضي أمام مجلس العموم، طرد "
                 "23 دبلوماسياً روسياً، كما قررت تعليق جميع الاتصالات الثنائية رفيعة المستوى مع موسكو.", "2018-03-18")
    assert [(e[0], e[2]) for e in evs] == [("SANCTION", "2018-03-14"), ("SANCTION", "2018-03-14")]


def test_an_embassy_reopened_is_agreed_with_its_host():
    """"أعادت الإمارات افتتاح سفارتها في دمشق", "وأعادت الإمارات فتح سفارتها في دمشق": restoring a mission is coded
    as restoring relations (AGREE), and the state that hosts it is the other side."""
    for text in ("مقدمة الخبر.\nوكانت الإمارات قد أعادت افتتاح سفارتها في العاصمة السورية في 27 كانون الأول 2018.",
                 "مقدمة الخبر.\nوأعادت الإمارات فتح سفارتها في دمشق في 27 كانون الأول 2018."):
        assert [(e[0], e[2], e[3]) for e in events(text, "2022-03-19")] == [("AGREE", "2018-12-27", ["ARE", "SYR"])]


def test_held_responsible_with_the_subject_unknown_or_unsaid():
    """"وحمّلت ماي الدولة الروسية المسؤولية": the word after the verb, not known as a name, is the subject and the
    state after it the one blamed; "...، محملا مانيلا مسؤولية ما جرى": the speaker blames the object (and "حمّلت
    الحكومة الروسية كييف المسؤولية" keeps the government as the one who blames)."""
    evs = events("مقدمة الخبر.\nوكانت رئيسة الوزراء البريطانية تيريزا ماي قد أعلنت طرد دبلوماسيين روس. وحمّلت ماي "
                 "الدولة الروسية المسؤولية عن محاولة قتل سكريبال.", "2018-03-18")
    assert ("ACCUSE", ["GBR", "RUS"], ["Theresa May"], ["Russia"]) in [(e[0], e[3], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nوقال المتحدث باسم الخارجية الصينية لين جيان إن السفن الفلبينية دخلت المياه الصينية، "
                 "محملا مانيلا مسؤولية ما جرى.", "2024-06-18")
    assert [(e[0], e[4], e[5]) for e in evs] == [("ACCUSE", ["Lin Jian"], ["Philippines"])]
    evs = events("مقدمة الخبر.\nوحمّلت الحكومة الروسية كييف المسؤولية عن الهجوم.", "2024-06-18")
    assert [(e[0], e[4], e[5]) for e in evs] == [("ACCUSE", ["Government of Russia"], ["Ukraine"])]


def test_a_mission_closed_or_its_consent_withdrawn_is_a_sanction_on_its_state():
    """"أعلن سيكورسكي إغلاق القنصلية الروسية في بوزنان", "سحب موافقة بلاده على عمل القنصلية الروسية": a foreign
    mission closed (or its licence to work withdrawn) is a diplomatic sanction on the state it represents — the
    mission the trigger ends in is its object, not its doer."""
    for text in ("مقدمة الخبر.\nوأعلن وزير الخارجية البولندي رادوسلاف سيكورسكي إغلاق القنصلية الروسية في مدينة بوزنان.",
                 "مقدمة الخبر.\nوأعلن وزير الخارجية البولندي رادوسلاف سيكورسكي سحب موافقة بلاده على عمل القنصلية الروسية "
                 "في مدينة كراكوف."):
        assert [(e[0], e[3], e[4]) for e in events(text, "2025-05-13")] == [
            ("SANCTION", ["POL", "RUS"], ["Radosław Sikorski"])], text


def test_falling_short_of_an_act_negates_it():
    """"ولم تصل الخطوة البولندية إلى حد قطع العلاقات": what a step fell short of did not happen; "ووصل التوتر إلى حد
    قطع العلاقات" has no negation."""
    evs = events("مقدمة الخبر.\nولم تصل الخطوة البولندية إلى حد قطع العلاقات الدبلوماسية مع روسيا.", "2025-05-13")
    assert [(e[0], e[1]) for e in evs] == [("SANCTION", "negated")]
    evs = events("مقدمة الخبر.\nووصلت الأزمة إلى حد قطع بولندا العلاقات الدبلوماسية مع روسيا.", "2025-05-13")
    assert all(e[1] != "negated" for e in evs)


def test_an_anniversary_and_a_contrasting_clause_date_nothing():
    """"حيث اتفق البلدان حينها على رفع علاقاتهما ...، فيما يستعد الجانبان للاحتفال العام المقبل بالذكرى الخمسين لإقامة
    العلاقات": the anniversary of establishing relations is no event, and the time of the clause opened by "فيما" is
    not the agreement's — it keeps the visit's month."""
    evs = events("مقدمة الخبر.\nيذكر أن شي جين بينغ كان قد زار كوالالمبور في أكتوبر 2013، حيث اتفق البلدان حينها على رفع "
                 "علاقاتهما إلى مستوى الشراكة الاستراتيجية الشاملة، فيما يستعد الجانبان للاحتفال العام المقبل بالذكرى "
                 "الخمسين لإقامة العلاقات الدبلوماسية بين البلدين.", "2023-04-01")
    assert [(e[0], e[2]) for e in evs] == [("CONSULT", "2013-10"), ("AGREE", "2013-10")]


def test_a_retaliation_announced_is_a_threat_and_a_denial_of_involvement_a_rejection():
    """"اتهمت زاخاروفا وارسو بـ...، ونفت أي تورط روسي في الحريق، مؤكدة أن موسكو «سترد بشكل مناسب» على القرار
    البولندي": denying involvement rejects the charge of the one she accuses in the same breath; the retaliation
    announced is a threat made now (its future is the threat's content), and the denial before it negates nothing."""
    evs = events("مقدمة الخبر.\nوفي أول رد فعل، اتهمت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا وارسو بمواصلة "
                 "\"تدمير العلاقات الثنائية\"، ونفت أي تورط روسي في الحريق، مؤكدة أن موسكو \"سترد بشكل مناسب\" على "
                 "القرار البولندي.", "2025-05-13")
    got = [(e[0], e[1], e[3]) for e in evs]
    for typ in ("ACCUSE", "REJECT", "THREATEN"):
        assert (typ, "occurred", ["POL", "RUS"]) in got, typ
    assert [(e[0], e[1]) for e in events("مقدمة الخبر.\nوأكد الكرملين أن روسيا ستتخذ إجراءات مضادة ضد بولندا.",
                                         "2025-05-13")] == [("THREATEN", "occurred")]


def test_the_statement_speaks_for_its_issuer():
    """"قررت الجزائر سحب سفيرها ... واتهم البيان باريس بـ": "the statement" after the verb is its subject, standing for
    the one who acted (and issued it) last; the state after it is the one accused."""
    evs = events("مقدمة الخبر.\nقررت الجزائر، أمس الثلاثاء، سحب سفيرها لدى الجمهورية الفرنسية بأثر فوري. وأوضحت الوزارة، "
                 "في بيان، أن الحكومة الفرنسية أقدمت على خطوة خطيرة.\nواتهم البيان باريس بـ\"الاستخفاف\" بالشرعية "
                 "الدولية.", "2024-07-31")
    assert ("ACCUSE", ["Algeria"], ["France"]) in [(e[0], e[4], e[5]) for e in evs]


def test_review_counter_examples_of_session_12_stay_unharmed():
    """Counter-examples a review found for this session's rules: a denial of responsibility still negates the act
    it denies and rejects no victim; "سترد على المقترح" is a reply, not a threat; "أعادت النظر في قرار فتح سفارتها"
    reopens nothing; a mission closed for safety punishes no one; an anniversary of a signing is no signing;
    "لم تذهب إلى حد" negates; the one holding responsible is who speaks, not the addressee of his letter."""
    evs = events("مقدمة الخبر.\nونفت موسكو مسؤوليتها عن إسقاط طائرة الركاب الأذربيجانية.", "2024-12-27")
    assert all(e[1] == "negated" for e in evs if e[0] == "ASSAULT") and not [e for e in evs if e[0] == "REJECT"]
    assert events("مقدمة الخبر.\nونفت إيران أي تورط في الهجوم على القاعدة الأمريكية في الأردن.", "2024-01-30") == []
    assert events("مقدمة الخبر.\nوقال المتحدث باسم الخارجية القطرية ماجد الأنصاري إن إسرائيل سترد على المقترح المصري "
                  "قريبا.", "2024-05-30") == []
    assert events("مقدمة الخبر.\nوأعادت الحكومة الأسترالية النظر في قرار فتح سفارتها في القدس الغربية.",
                  "2024-01-20") == []
    assert events("مقدمة الخبر.\nوأعلنت الخارجية الأمريكية إغلاق السفارة الأمريكية في الخرطوم مؤقتا لأسباب أمنية.",
                  "2023-04-23") == []
    assert events("مقدمة الخبر.\nوأحيا الفلسطينيون الذكرى الثلاثين لتوقيع اتفاق أوسلو بين منظمة التحرير وإسرائيل.",
                  "2023-09-13") == []
    assert [e[1] for e in events("مقدمة الخبر.\nولم تذهب بولندا إلى حد قطع العلاقات الدبلوماسية مع روسيا.",
                                 "2025-05-13")] == ["negated"]
    evs = events("مقدمة الخبر.\nوفي رسالة إلى الأمين العام للأمم المتحدة أنطونيو غوتيريش، أكد المندوب الإيراني أن بلاده "
                 "سترد على العدوان، محملا الولايات المتحدة المسؤولية.", "2024-08-01")
    # ("المندوب الإيراني" with the UN not named right after it stays the state, not its UN ambassador)
    assert [(e[0], e[4], e[5]) for e in evs if e[0] == "ACCUSE"] == [("ACCUSE", ["Iran"], ["United States"])]



def test_praise_with_its_object_first_has_the_last_actor_as_subject():
    """"وأشاد بدور كينيا": the noun with its ب right after the verb is the object, so the subject is unsaid (the one
    who acted in the clause before) and the name in that noun's genitive is praised, not the one praising; "خلالها"
    after the verb dates the praise by the occasion it refers to."""
    evs = events("مقدمة الخبر.\nواستقبل الرئيس الأمريكي جو بايدن نظيره الكيني وليام روتو في البيت الأبيض أمس الخميس. "
                 "وأشاد بدور كينيا في قيادة المهمة الأمنية في هايتي.", "2024-05-24")
    assert ("SUPPORT", "2024-05-23", ["Joe Biden"], ["Kenya"]) in [(e[0], e[2], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nوكان الرئيس الأميركي جو بايدن قد استقبل روتو في البيت الأبيض في 23 مايو، في أول زيارة "
                 "دولة لرئيس إفريقي إلى واشنطن منذ 2008، وأشاد خلالها بدور كينيا في قيادة المهمة.", "2024-06-26")
    assert ("SUPPORT", "2024-05-23", ["Joe Biden"], ["Kenya"]) in [(e[0], e[2], e[4], e[5]) for e in evs]
    # (a root ب heads the subject: "وأشاد بيان الخارجية" is no object, the ministry praises)
    evs = events("مقدمة الخبر.\nواستقبل الرئيس الأمريكي جو بايدن نظيره الكيني وليام روتو أمس. وأشاد بيان الخارجية "
                 "المصرية بجهود قطر.", "2024-05-24")
    assert ("SUPPORT", ["Ministry of Foreign Affairs of Egypt"], ["Qatar"]) in [(e[0], e[4], e[5]) for e in evs]


def test_first_visit_since_a_year_is_not_dated_by_that_year():
    """"في أول زيارة دولة ... منذ 2008": the first visit since then took place now (with the meeting the clause
    before it dates), not in 2008."""
    evs = events("مقدمة الخبر.\nواستقبل الرئيس الأمريكي جو بايدن نظيره الكيني وليام روتو في البيت الأبيض أمس الخميس، "
                 "في أول زيارة دولة لرئيس إفريقي إلى واشنطن منذ 2008.", "2024-05-24")
    assert [e[2] for e in evs if e[0] == "CONSULT"] == ["2024-05-23"]



def test_visited_her_refers_to_the_country_the_visit_before_went_to():
    """"أول زيارة ... منذ عام 1996، حين زارها شمعون بيريز": a visit verb with a feminine object pronoun visits the
    country the visit told of just before, in the same sentence."""
    evs = events("مقدمة الخبر.\nوصل رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى مسقط أمس الجمعة والتقى السلطان قابوس "
                 "بن سعيد. وتعد هذه أول زيارة معلنة لرئيس وزراء إسرائيلي إلى السلطنة منذ عام 1996، حين زارها رئيس "
                 "الوزراء الأسبق شمعون بيريز.", "2018-10-27")
    assert ("CONSULT", "1996", ["Shimon Peres"], ["Oman"]) in [(e[0], e[2], e[4], e[5]) for e in evs]


def test_partner_named_in_a_description_or_a_statement_without_its_state():
    """"ووصف لامي المغرب بأنه «شريك محوري»": the one described before "بأنه" is the partner the speaker backs; "إن
    أذربيجان «شريك حيوي في مجال الطاقة»" needs no "of whom" after the word (the speaker's side is meant)."""
    evs = events("مقدمة الخبر.\nووصف لامي المغرب بأنه \"شريك محوري\" للمملكة المتحدة و\"بوابة نحو إفريقيا\".",
                 "2025-06-01")
    assert ("SUPPORT", ["David Lammy"], ["Morocco"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nوقالت فون دير لاين في مؤتمر صحفي مشترك إن أذربيجان \"شريك حيوي في مجال الطاقة\".",
                 "2022-07-19")
    assert ("SUPPORT", ["Ursula von der Leyen"], ["Azerbaijan"]) in [(e[0], e[4], e[5]) for e in evs]


def test_participle_alone_in_its_sentence_takes_the_next_day_named():
    """"وردت الخارجية الباكستانية في اليوم التالي ببيان ...، متهمة واشنطن": "replied" is no event, so the participle
    is the sentence's first; "the next day" is the day after the act last dated ("الأربعاء الماضي")."""
    evs = events("مقدمة الخبر.\nوكانت الخارجية الأمريكية قد أعلنت، الأربعاء الماضي، فرض عقوبات على ثلاث شركات باكستانية. "
                 "واتهم المتحدث باسم الخارجية الأمريكية ماثيو ميلر، في بيان، الشركات بتزويد البرنامج بالمعدات.\n"
                 "وردت الخارجية الباكستانية في اليوم التالي ببيان، متهمة واشنطن بانتهاج \"ازدواجية المعايير\".",
                 "2024-12-21")
    assert ("ACCUSE", "2024-12-19", ["Ministry of Foreign Affairs of Pakistan"], ["United States"]) in [
        (e[0], e[2], e[4], e[5]) for e in evs]


def test_borders_of_a_year_and_a_time_scheduled_for_another_noun_date_nothing():
    """"دولته المستقلة على حدود عام 1967" names borders, not when support was renewed; "للانتخابات الرئاسية المقررة
    هذا العام" is when the elections are due, not when they were criticised (but "القمة الخليجية المقررة في 5 يونيو"
    is the summit's own day)."""
    evs = events("مقدمة الخبر.\nوجدد الرئيس المالديفي محمد معز دعم بلاده لحق الشعب الفلسطيني في إقامة دولته المستقلة "
                 "على حدود عام 1967 وعاصمتها القدس الشرقية.", "2024-06-03")
    assert [e[2] for e in evs if e[0] == "SUPPORT"] == ["2024-06-03"]
    evs = events("مقدمة الخبر.\nوانتقد الرئيس البرازيلي لولا أمس عدم تمكن مرشحة المعارضة الفنزويلية من تسجيل ترشحها "
                 "للانتخابات الرئاسية المقررة هذا العام.", "2024-03-28")
    assert [e[2] for e in evs if e[0] == "ACCUSE"] == ["2024-03-27"]
    evs = events("مقدمة الخبر.\nوأعلن المتحدث أن القمة السعودية الإماراتية المقررة في 5 يونيو ستعقد في الرياض.",
                 "2024-05-01")
    assert [e[2] for e in evs if e[0] == "CONSULT"] == ["2024-06-05"]


def test_thammana_after_qad_is_the_verb():
    """"ثمن" alone is also "price"; after "فقد" (or with its shadda) it is the verb "praised"."""
    evs = events("مقدمة الخبر.\nواستقبل الرئيس الموريتاني محمد ولد الغزواني رئيسة المفوضية الأوروبية أورسولا فون دير "
                 "لاين أمس. أما الرئيس الغزواني فقد ثمن موقف إسبانيا.", "2024-02-09")
    assert ("SUPPORT", ["Mohamed Ould Ghazouani"], ["Spain"]) in [(e[0], e[4], e[5]) for e in evs]


def test_welcoming_the_decision_backs_the_one_who_took_it():
    """"ورحب المتحدث ... بالقرار": the decision welcomed is the last act told, by another state; its doer is backed."""
    evs = events("مقدمة الخبر.\nأعلنت نيكاراغوا قطع علاقاتها مع تايوان. ورحب المتحدث باسم وزارة الخارجية الصينية وانغ ون "
                 "بين بالقرار.", "2021-12-11")
    assert ("SUPPORT", ["Wang Wenbin"], ["Nicaragua"]) in [(e[0], e[4], e[5]) for e in evs]


def test_a_meeting_recalled_with_the_late_is_no_event_of_the_day():
    """"مستذكراً لقاءه بالزعيم الراحل نيلسون مانديلا": a meeting with one who has died, its time untold, did not happen on
    the news day (the state visit told before it did)."""
    evs = events("مقدمة الخبر.\nاستقبل الملك تشارلز الثالث الرئيس الجنوب أفريقي سيريل رامافوزا في قصر باكنغهام أمس. "
                 "وأشاد تشارلز في كلمته خلال المأدبة بالروابط العميقة التي تجمع الشعبين، مستذكراً لقاءه بالزعيم الراحل "
                 "نيلسون مانديلا.", "2022-11-23")
    assert [(e[0], e[4], e[5]) for e in evs] == [("CONSULT", ["Charles III"], ["Cyril Ramaphosa"])]


def test_the_visit_compared_with_is_not_the_one_received():
    """"في أول زيارة ... منذ (آخر) زيارة رئيسة الوزراء الراحلة أنديرا غاندي عام 1981، وكان في استقباله": the visitor
    received is the one who arrived, not the leader of the earlier visit it is compared with."""
    for since in ("منذ زيارة رئيسة", "منذ آخر زيارة لرئيسة"):
        evs = events("مقدمة الخبر.\nوكان مودي قد وصل إلى البلاد مساء السبت، في أول زيارة يقوم بها رئيس وزراء هندي "
                     f"{since} الوزراء الراحلة أنديرا غاندي عام 1981، وكان في استقباله لدى وصوله النائب الأول لرئيس "
                     "مجلس الوزراء وزير الداخلية الشيخ فهد يوسف سعود الصباح.", "2024-12-23")
        assert ("CONSULT", ["Narendra Modi"], ["Fahad Yousef Saud Al-Sabah"]) in [(e[0], e[4], e[5]) for e in evs]


def test_the_earlier_visit_compared_with_went_to_the_host_of_the_story():
    """"وتعد هذه أول زيارة لرئيس وزراء هندي منذ زيارة مانموهان سينغ في أكتوبر 2007": the visit compared with names no
    place; it went where the story's visit went (its host's state)."""
    evs = events("مقدمة الخبر.\nأجرى رئيس الوزراء الهندي ناريندرا مودي أمس الأحد محادثات مع الرئيس النيجيري بولا تينوبو في "
                 "أبوجا.\nوتعد هذه أول زيارة لرئيس وزراء هندي منذ زيارة مانموهان سينغ في تشرين الأول/أكتوبر 2007.",
                 "2024-11-18")
    assert ("CONSULT", "2007-10", ["Manmohan Singh"], ["Nigeria"]) in [(e[0], e[2], e[4], e[5]) for e in evs]


def test_a_delegation_headed_by_someone_acts_through_its_head():
    """"وكان وفد أفريقي برئاسة رامافوزا قد زار كييف": the delegation's head is the visitor (not Kyiv, the object)."""
    evs = events("مقدمة الخبر.\nوكان وفد أفريقي برئاسة رامافوزا قد زار كييف في 16 يونيو الماضي، ثم التقى بوتين في سانت "
                 "بطرسبرغ في اليوم التالي.", "2023-07-28")
    got = [(e[0], e[2], e[4], e[5]) for e in evs]
    assert ("CONSULT", "2023-06-16", ["Cyril Ramaphosa"], ["Ukraine"]) in got
    assert ("CONSULT", "2023-06-17", ["Cyril Ramaphosa"], ["Vladimir Putin"]) in got


def test_sanctions_lifted_with_words_between_are_a_concession():
    """"رفعت إيكواس في 24 فبراير معظم العقوبات ... التي فرضتها على النيجر": lifting makes the sanctions noun an event, a
    concession to the state they were imposed on; "رفعت الرسوم الجمركية" raises tariffs (a sanction)."""
    evs = events("مقدمة الخبر.\nوكانت \"إيكواس\" قد رفعت في 24 فبراير الماضي معظم العقوبات الاقتصادية التي فرضتها على "
                 "النيجر.", "2024-07-07")
    assert ("CONCEDE", "2024-02-24", ["Economic Community of West African States"], ["Niger"]) in [
        (e[0], e[2], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nورفعت الولايات المتحدة أمس الرسوم الجمركية على الواردات الصينية إلى 104 في المئة.",
                 "2025-04-03")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SANCTION", ["United States"], ["China"])]


def test_envoys_of_several_states_summoned_and_a_counterpart_coordinated():
    """"استدعت وزارة الخارجية الإيرانية اليوم سفراء بريطانيا وفرنسا وألمانيا": the ministry inside the phrase summons,
    the states named after "سفراء" are protested against; "أعرب لولا ونظيره التشيلي بوريك عن تضامنهما": both speak."""
    evs = events("مقدمة الخبر.\nواستدعت وزارة الخارجية الإيرانية اليوم سفراء بريطانيا وفرنسا وألمانيا احتجاجا على مواقف "
                 "بلدانهم.", "2024-04-14")
    assert [(e[0], e[4], e[5]) for e in evs] == [
        ("ACCUSE", ["Ministry of Foreign Affairs of Iran"], ["United Kingdom", "France", "Germany"])]
    evs = events("مقدمة الخبر.\nوأعرب الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا ونظيره التشيلي غابرييل بوريك عن "
                 "تضامنهما مع بوليفيا.", "2024-06-27")
    assert ("SUPPORT", ["Luiz Inácio Lula da Silva", "Gabriel Boric"], ["Bolivia"]) in [(e[0], e[4], e[5]) for e in evs]


def test_review_counter_examples_of_session_13_stay_unharmed():
    """Counter-examples a review found for this session's rules: a decision welcomed whose maker is named after it, or
    that no decision told before it made, backs no one found by guess; an object fronted before its subject
    ("ورحب بالاتفاق الرئيس ماكرون") is no unsaid subject; a partner in a crime, or not a partner, is no backing; a
    visit scheduled for next week keeps its planned day; a visit to "her" with no time of its own is dropped."""
    evs = events("مقدمة الخبر.\nوشنت إسرائيل غارات على رفح أمس. ورحبت مصر بالقرار.", "2024-05-25")
    assert not [e for e in evs if e[0] == "SUPPORT"]
    evs = events("مقدمة الخبر.\nوفرضت الولايات المتحدة عقوبات على روسيا. ورحب زيلينسكي بالقرار الأوروبي.", "2024-05-25")
    assert not [e for e in evs if e[0] == "SUPPORT"]
    evs = events("مقدمة الخبر.\nواستقبل الرئيس التونسي قيس سعيد رئيسة الوزراء الإيطالية جورجيا ميلوني أمس. ورحب "
                 "بالاتفاق الرئيس الفرنسي ماكرون.", "2024-05-25")
    assert [e[4] for e in evs if e[0] == "SUPPORT"] == [["Emmanuel Macron"]]
    evs = events("مقدمة الخبر.\nواستقبل الرئيس التونسي قيس سعيد رئيسة الوزراء الإيطالية جورجيا ميلوني أمس. وأشاد بدوره "
                 "الرئيس الجزائري تبون بالزيارة.", "2024-05-25")
    assert [e[4] for e in evs if e[0] == "SUPPORT"] == [["Abdelmadjid Tebboune"]]
    assert events("مقدمة الخبر.\nووصف أردوغان الولايات المتحدة بأنها \"شريك رئيسي في الإبادة الجماعية\" في غزة.",
                  "2024-05-25") == []
    assert events("مقدمة الخبر.\nوقال عراقجي إن الولايات المتحدة \"ليست شريكا موثوقا\".", "2024-05-25") == []
    evs = events("مقدمة الخبر.\nوبحث الوزيران الترتيبات الخاصة بزيارة بوتين المقررة الأسبوع المقبل إلى بكين.",
                 "2024-05-16")
    assert [(e[1], e[2]) for e in evs if e[0] == "CONSULT"] == [("planned", "2024-05-20")]
    evs = events("مقدمة الخبر.\nوأكد السفير العماني أمس أن العلاقات مع إيران ازدهرت بعد أن زارها الرئيس حسن روحاني.",
                 "2024-05-16")
    assert not [e for e in evs if e[0] == "CONSULT"]


def test_a_time_scheduled_for_another_noun_is_not_the_criticism_s():
    """"انتقد لولا ... ترشحها للانتخابات الرئاسية المقررة في أكتوبر المقبل": October is when the elections are due, not
    when Lula criticised (the news day); "زيارته إلى تركيا التي كانت مقررة اليوم" is the visit's own day."""
    evs = events("مقدمة الخبر.\nوانتقد الرئيس البرازيلي لولا عدم تمكن مرشحة المعارضة الفنزويلية من تسجيل ترشحها "
                 "للانتخابات الرئاسية المقررة في أكتوبر المقبل.", "2024-03-28")
    assert [(e[1], e[2]) for e in evs if e[0] == "ACCUSE"] == [("occurred", "2024-03-28")]
    evs = events("مقدمة الخبر.\nوأعلن وزير الخارجية سيرغي لافروف إلغاء زيارته إلى تركيا التي كانت مقررة غدا الخميس.",
                 "2015-11-25")
    assert [(e[1], e[2]) for e in evs if e[0] == "CONSULT"] == [("negated", "2015-11-26")]


def test_thammana_with_its_shadda_is_the_verb():
    """"وثمّن موقف إسبانيا" with its shadda is the verb "praised", even with no name right after it."""
    evs = events("مقدمة الخبر.\nواستقبل الرئيس الموريتاني محمد ولد الغزواني رئيسة المفوضية الأوروبية أورسولا فون دير "
                 "لاين أمس، وثمّن موقف إسبانيا.", "2024-02-09")
    assert ("SUPPORT", ["Mohamed Ould Ghazouani"], ["Spain"]) in [(e[0], e[4], e[5]) for e in evs]


def test_recognition_with_the_subject_and_time_between():
    """"اعترفت الولايات المتحدة في العاشر من ديسمبر 2020 بسيادة المغرب": recognition (SUPPORT) though the subject and
    the time stand between the verb and its object; "اعترف الوزير بأن الحكومة أخطأت" (admitted) is none."""
    evs = events("مقدمة الخبر.\nواعترفت الولايات المتحدة في العاشر من ديسمبر 2020 بسيادة المغرب على كامل أقاليمه الجنوبية.",
                 "2025-06-01")
    assert [(e[0], e[2], e[4], e[5]) for e in evs] == [("SUPPORT", "2020-12-10", ["United States"], ["Morocco"])]
    assert events("مقدمة الخبر.\nواعترف الوزير الأمريكي بأن الحكومة أخطأت في تقدير الموقف من الصين.", "2024-05-16") == []


def test_praise_of_what_lies_between_the_two_backs_the_other_side():
    """"مشيدة بما وصفته بالتاريخ الطويل من التعاون بين البلدين": "the two" are the story's pair; the speaker's side
    praises the other."""
    evs = events("مقدمة الخبر.\nرفضت باكستان اتهامات الولايات المتحدة بشأن صواريخها. وأكدت المتحدثة باسم الخارجية "
                 "الباكستانية ممتاز زهرة بلوش أن بلادها لا تضمر أي نوايا عدائية تجاه الولايات المتحدة، مشيدة بما "
                 "وصفته بالتاريخ الطويل من التعاون بين البلدين.", "2024-12-21")
    assert ("SUPPORT", ["Mumtaz Zahra Baloch"], ["United States"]) in [(e[0], e[4], e[5]) for e in evs]


def test_second_review_counter_examples_of_session_13_stay_unharmed():
    """A second review's counter-examples: "بشرعية" (legitimacy) is admitted, not recognised; recognition of
    sovereignty over a land is of the state named after "بسيادة"; "وندد بشدة باعتداءات إسرائيل" steps past the
    adverb; "the historic decision" is still the one just told; what the late said is no act of the news day."""
    assert events("مقدمة الخبر.\nواعترف نتنياهو بشرعية المخاوف الأمريكية.", "2024-05-16") == []
    evs = events("مقدمة الخبر.\nواعترفت الولايات المتحدة في العاشر من ديسمبر 2020 بسيادة المغرب على الصحراء الغربية.",
                 "2024-05-16")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SUPPORT", ["United States"], ["Morocco"])]
    evs = events("مقدمة الخبر.\nوشنت إسرائيل غارات على غزة. وندد الرئيس التركي رجب طيب أردوغان بشدة باعتداءات "
                 "إسرائيل.", "2024-05-16")
    assert ("ACCUSE", ["Recep Tayyip Erdoğan"], ["Israel"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nأعلنت نيكاراغوا قطع علاقاتها مع تايوان. ورحبت الصين بالقرار التاريخي.", "2021-12-11")
    assert ("SUPPORT", ["China"], ["Nicaragua"]) in [(e[0], e[4], e[5]) for e in evs]
    assert events("مقدمة الخبر.\nوكان الرئيس السوري الراحل حافظ الأسد قد أشاد بموقف فرنسا.", "2024-05-16") == []


def test_rejection_by_reply_and_a_cancellation_in_the_clause_before():
    """"وردت نيودلهي الثلاثاء برفض الاتهامات": replying makes the refusal an act, aimed (no accuser nearby) at the other
    side of the story's pair; "أعلن ... إلغاء الاتفاق، وهو ما رفضته باريس": the cancellation in the clause before does
    not negate the rejection."""
    evs = events("مقدمة الخبر.\nأعلن رئيس الوزراء الكندي جاستن ترودو أن الأجهزة الكندية تتتبع ادعاءات عن صلة الهند "
                 "بمقتل نيجار. وطردت كندا دبلوماسيا هنديا. وقالت وزيرة الخارجية الكندية ميلاني جولي إن كندا لن تتهاون. "
                 "وأكدت جولي أن التحقيق مستمر.\nوردت نيودلهي الثلاثاء برفض الاتهامات ووصفها بأنها \"عبثية\".",
                 "2023-09-20")
    assert ("REJECT", "2023-09-19", ["India"], ["Canada"]) in [(e[0], e[2], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nوأعلن مجلس الحكم العسكري في النيجر إلغاء الاتفاق العسكري مع فرنسا، وهو ما رفضته باريس في "
                 "اليوم ذاته.", "2024-11-01")
    assert ("REJECT", "occurred", ["France"], ["Niger"]) in [(e[0], e[1], e[4], e[5]) for e in evs]


def test_an_arrest_warrant_is_a_charge_by_the_court():
    """"أصدرت المحكمة الجنائية الدولية مذكرتي اعتقال بحق نتنياهو وغالانت": a warrant charges (ACCUSE/investigate) the
    persons named after "بحق", by the court — not an arrest of one of them by the other; "بحقه" is the sentence's
    first person, and the charge told after it ("بتهمة الترحيل") is no event of its own."""
    evs = events("مقدمة الخبر.\nوأصدرت المحكمة الجنائية الدولية أمس مذكرتي اعتقال بحق رئيس الوزراء الإسرائيلي بنيامين "
                 "نتنياهو ووزير الدفاع السابق يوآف غالانت.", "2024-11-22")
    assert [(e[0], e[4], e[5]) for e in evs] == [
        ("ACCUSE", ["International Criminal Court"], ["Benjamin Netanyahu", "Yoav Gallant"])]
    evs = events("مقدمة الخبر.\nوهذه أول زيارة لبوتين إلى دولة عضو في المحكمة الجنائية الدولية منذ أن أصدرت الأخيرة، في "
                 "آذار 2023، مذكرة توقيف بحقه بتهمة «الترحيل غير القانوني» لأطفال أوكرانيين.", "2024-09-04")
    assert ("ACCUSE", "2023-03", ["International Criminal Court"], ["Vladimir Putin"]) in [
        (e[0], e[2], e[4], e[5]) for e in evs] and not [e for e in evs if e[0] == "COERCE"]


def test_a_coordinated_verb_with_an_object_pronoun_keeps_the_clause_s_subject():
    """"ثم التقى رامافوزا بوتين ...، ودعاه إلى خفض التصعيد": "and he called him" — the subject is the one who met, the
    pronoun his counterpart (not the other way round)."""
    evs = events("مقدمة الخبر.\nثم التقى رامافوزا بوتين في سانت بطرسبرغ في اليوم التالي، ودعاه إلى خفض التصعيد وفتح مسار "
                 "تفاوضي ينهي الحرب.", "2023-07-28")
    assert ("REQUEST", ["Cyril Ramaphosa"], ["Vladimir Putin"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nواستقبل الرئيس الفرنسي إيمانويل ماكرون نظيره الصيني شي جين بينغ في باريس، وطالبه بالضغط "
                 "على روسيا لإنهاء الحرب.", "2024-05-16")
    assert ("REQUEST", ["Emmanuel Macron"], ["Xi Jinping"]) in [(e[0], e[4], e[5]) for e in evs]


def test_bare_waqqaa_signs_when_the_document_follows_its_subject():
    """Without its shadda "وقع" is also "occurred"; it is "signed" when the document signed follows its subject
    ("وقع الزعيمان «إعلان نورثوود»") or "مع ... على" with the parties named — not "وقع الهجوم بعد إعلان الهدنة", nor
    "مع قادة دول المجلس" (parties unnamed)."""
    evs = events("استقبل رئيس الوزراء البريطاني كير ستارمر الرئيس الفرنسي إيمانويل ماكرون في لندن. وفي الشق الدفاعي، "
                 "وقع الزعيمان «إعلان نورثوود» الذي ينص على تنسيق الردع النووي.", "2025-07-10")
    assert [e[0] for e in evs].count("AGREE") == 1
    assert ("AGREE", ["FRA", "GBR"]) in [(e[0], e[3]) for e in evs]
    evs = events("مقدمة الخبر.\nووقع الرئيس المصري عبد الفتاح السيسي مع نظيره الفرنسي إيمانويل ماكرون على «إعلان "
                 "الشراكة الاستراتيجية».", "2025-04-07")
    assert ("AGREE", ["EGY", "FRA"]) in [(e[0], e[3]) for e in evs]
    assert not [e for e in events("مقدمة الخبر.\nوقع الهجوم على مدينة خاركيف بعد ساعات من إعلان الهدنة.", "2024-05-10")
                if e[0] == "AGREE"]
    assert not [e for e in events("وصل أمير قطر الشيخ تميم بن حمد إلى العلا. ووقع سموه مع قادة دول المجلس ومصر على "
                                  "«بيان العلا».", "2021-01-05") if e[0] == "AGREE"]


def test_an_announced_agreement_is_by_all_its_coordinated_subjects():
    """"أعلن العراق والولايات المتحدة، أمس الجمعة، في بيان مشترك، التوصل إلى اتفاق": past the asides, the subjects of
    the announcing verb that opens the sentence reach the agreement together; a pair of sides ("الحكومتان العراقية
    والأمريكية", "الجانبان العراقي والأمريكي") is two parties too."""
    for text in ("أعلن العراق والولايات المتحدة، أمس الجمعة، في بيان مشترك، التوصل إلى اتفاق على إنهاء مهمة التحالف.",
                 "أعلنت الحكومتان العراقية والأمريكية التوصل إلى اتفاق على إنهاء مهمة التحالف.",
                 "أعلن الجانبان العراقي والأمريكي، أمس الجمعة، التوصل إلى اتفاق على إنهاء مهمة التحالف."):
        evs = events(text, "2024-09-28")
        assert [(e[0], e[4]) for e in evs] == [("AGREE", ["Iraq", "United States"])], text


def test_regret_at_a_decision_is_at_its_maker_named_after_it():
    """"أعربت الخارجية الجزائرية عن أسفها الكبير لقرار الحكومة الفرنسية": regret or concern expressed at a decision
    disapproves of the maker named right after the word (here through "الحكومة"'s adjective)."""
    evs = events("مقدمة الخبر.\nوأعربت الخارجية الجزائرية عن \"أسفها الكبير واستنكارها الشديد\" لقرار الحكومة الفرنسية "
                 "الاعتراف بخطة الحكم الذاتي.", "2024-07-26")
    assert ("ACCUSE", ["DZA", "FRA"]) in [(e[0], e[3]) for e in evs]


def test_who_chairs_a_gathering_took_part_with_all_it_gathered():
    """"ترأس X، أمس، بمدينة شيان، أول قمة ... بمشاركة رؤساء A ...، وB ...، وC ...": one meeting of the chair and every
    participant of the list, however long (the list runs past the usual window)."""
    evs = events("ترأس الرئيس الصيني شي جين بينغ، أمس الجمعة، بمدينة شيان، أول قمة حضورية تجمع بلاده بدول آسيا الوسطى "
                 "الخمس، بمشاركة رؤساء كازاخستان قاسم جومارت توكاييف، وأوزبكستان شوكت ميرضيائيف، وقيرغيزستان صادر "
                 "جاباروف، وطاجيكستان إمام علي رحمان، وتركمانستان سردار بيردي محمدوف.", "2023-05-20")
    assert [(e[0], e[3], e[4]) for e in evs] == [
        ("CONSULT", ["CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"], ["Xi Jinping"])]


def test_taking_part_in_the_work_of_a_summit_is_one_meeting():
    """"وشارك في أعمال القمة رؤساء A وB وC": those who took part in the summit's work met together (one event, not
    one per pair)."""
    evs = events("مقدمة الخبر.\nوشارك في أعمال القمة رؤساء أوزبكستان شوكت ميرضيائيف وقرغيزستان صادر جاباروف وطاجيكستان "
                 "إمام علي رحمن.", "2024-07-04")
    assert [(e[0], e[3]) for e in evs] == [("CONSULT", ["KGZ", "TJK", "UZB"])]


def test_a_name_after_a_title_and_its_body_is_the_title_s_holder():
    """"وانتقد الأمين العام للحزب نعيم قاسم إسرائيل", "وتوعد المتحدث العسكري للجماعة يحيى سريع إسرائيل": the "ل" of the
    body the title heads ("للحزب", "لحزب الله") does not govern the name after it — the name is the title's holder and
    the verb's subject (it was read as the object, the roles reversed)."""
    for text, who in (("وانتقد الأمين العام للحزب نعيم قاسم إسرائيل.", "Naim Qassem"),
                      ("وانتقد الأمين العام لحزب الله نعيم قاسم إسرائيل.", "Naim Qassem"),
                      ("وتوعد المتحدث العسكري للجماعة يحيى سريع إسرائيل بالرد.", "Yahya Saree")):
        evs = events("مقدمة الخبر.\n" + text, "2024-07-21")
        assert [(e[4], e[5]) for e in evs] == [([who], ["Israel"])], text


def test_condemning_the_attack_is_condemning_its_doer():
    """"وأدان الرئيس الأمريكي جو بايدن الهجوم بأشد العبارات": the attack condemned (by its noun: هجوم، غارات، قصف …) is
    the last one of that name told, by another state — its doer is the target; not an attack of another kind."""
    evs = events("شنّت إيران فجر اليوم الأحد هجوماً واسعاً على إسرائيل بأكثر من 300 طائرة مسيّرة. وأعلن الحرس الثوري أن "
                 "العملية جاءت رداً على الغارة الإسرائيلية على القنصلية الإيرانية في دمشق. وأدان الرئيس الأمريكي جو بايدن "
                 "ليل السبت الهجوم \"بأشد العبارات\".", "2024-04-14")
    assert ("ACCUSE", ["Joe Biden"], ["Iran"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("قصفت إسرائيل مواقع في جنوب لبنان. وندد الرئيس الإيراني بالهجوم.", "2024-04-14")
    assert not [e for e in evs if e[0] == "ACCUSE"]
    # (a release welcomed: "ورحبت الخارجية الأمريكية بالإفراج عن المعتقلين" is at the one who released them)
    evs = events("مقدمة الخبر.\nأفرجت السلطات البيلاروسية، أمس الخميس، عن 52 سجيناً. ورحبت الخارجية الأمريكية بالإفراج "
                 "عن المعتقلين.", "2025-09-12")
    assert ("SUPPORT", ["United States Department of State"], ["Belarus"]) in [(e[0], e[4], e[5]) for e in evs]


def test_a_clause_of_time_or_cause_after_the_comma_has_its_own_actors():
    """"أغلقت واشنطن سفارتها في مينسك في شباط 2022، بعد استخدام روسيا الأراضي البيلاروسية منطلقاً لغزو أوكرانيا": once
    the act's argument is named, the "بعد ..." clause after the comma tells why — Russia and Ukraine are not the
    closure's targets; a time phrase ("، بعد ظهر اليوم،") is no such clause."""
    for text in ("وكانت واشنطن قد أغلقت سفارتها في مينسك في شباط 2022، بعد استخدام روسيا الأراضي البيلاروسية منطلقاً "
                 "لغزو أوكرانيا.",
                 "وكانت واشنطن قد أغلقت سفارتها في العاصمة البيلاروسية في شباط 2022، بعد استخدام روسيا الأراضي "
                 "البيلاروسية منطلقاً لغزو أوكرانيا."):
        evs = events("مقدمة الخبر.\n" + text, "2025-09-12")
        assert [(e[0], e[3]) for e in evs] == [("SANCTION", ["BLR", "USA"])], text
    evs = events("مقدمة الخبر.\nواستقبل الرئيس الروسي فلاديمير بوتين، بعد ظهر اليوم، الرئيس الصيني شي جين بينغ.",
                 "2024-05-16")
    assert [(e[0], e[3]) for e in evs] == [("CONSULT", ["CHN", "RUS"])]


def test_a_damning_description_is_disapproval_of_the_one_described():
    """"ووصف لودريان القرار الأسترالي بأنه «طعنة في الظهر»", "ووصفت الخارجية الإكوادورية تصريحات لوبيز أوبرادور بأنها
    «مؤسفة»": calling something damning right after "بأنه" of a describing verb disapproves of the one described
    (named between the verb and بأنه); a described pronoun, a praise, or the word outside a description is no event."""
    evs = events("مقدمة الخبر.\nووصف وزير الخارجية الفرنسي جان إيف لودريان القرار الأسترالي في تصريح لإذاعة \"فرانس إنفو\" "
                 "بأنه \"طعنة في الظهر\".", "2021-09-17")
    assert [(e[0], e[4], e[5]) for e in evs] == [("ACCUSE", ["Jean-Yves Le Drian"], ["Australia"])]
    evs = events("مقدمة الخبر.\nووصفت الخارجية الإكوادورية تصريحات لوبيز أوبرادور بأنها \"مؤسفة للغاية\".", "2024-04-05")
    assert [(e[0], e[3]) for e in evs] == [("ACCUSE", ["ECU", "MEX"])]
    assert not [e for e in events("مقدمة الخبر.\nووصف الرئيس الروسي العلاقات مع الصين بأنها \"في أفضل حالاتها\".",
                                  "2023-11-16") if e[0] == "ACCUSE"]
    assert not [e for e in events("مقدمة الخبر.\nوقال المتحدث إن الوضع في المنطقة \"غير مقبول\".", "2023-11-16")
                if e[0] == "ACCUSE"]


def test_back_then_is_the_main_event_of_the_sentence_before():
    """"وتأتي القمة بعد إعلان موسكو في 17 يوليو رفض تمديد اتفاق الحبوب، الذي أبرم في تموز من العام الماضي. ووصف
    المسؤول الكيني الانسحاب الروسي حينها بأنه «طعنة في الظهر»": "حينها" is the time of the sentence before's main
    event (the first told), not of a background clause after it."""
    evs = events("مقدمة الخبر.\nوأعلنت موسكو في 17 يوليو الجاري رفض تمديد اتفاق تصدير الحبوب عبر البحر الأسود، الذي أبرم "
                 "بوساطة تركية في تموز من العام الماضي. ووصف الرئيس الكيني ويليام روتو الانسحاب الروسي حينها بأنه "
                 "\"طعنة في الظهر\".", "2023-07-27")
    assert ("ACCUSE", "2023-07-17", ["KEN", "RUS"]) in [(e[0], e[2], e[3]) for e in evs]


def test_a_participle_s_separate_pronoun_is_the_main_clause_s_other_party():
    """"واستقبل بوتين أردوغان، داعياً إياه إلى زيارة موسكو", "وأعلنت مالي وبوركينا فاسو والنيجر انسحابها من إيكواس،
    متهمة إياها بفرض عقوبات": the participle's subject is the main clause's (all the states that act together), its
    separate pronoun the main clause's other party (a man for إياه); not an event told inside a quotation, and a
    feminine participle never agrees with the man the clause names."""
    evs = events("مقدمة الخبر.\nواستقبل الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان، داعياً إياه إلى زيارة "
                 "موسكو.", "2023-07-04")
    assert ("REQUEST", ["Vladimir Putin"], ["Recep Tayyip Erdoğan"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nوأعلنت مالي وبوركينا فاسو والنيجر انسحابها من المجموعة الاقتصادية لدول غرب أفريقيا، متهمة "
                 "إياها بفرض عقوبات \"غير قانونية\".", "2024-01-28")
    assert ("ACCUSE", ["Mali", "Burkina Faso", "Niger"], ["Economic Community of West African States"]) in [
        (e[0], e[4], e[5]) for e in evs]
    assert ("RETREAT", ["Mali", "Burkina Faso", "Niger"]) in [(e[0], e[4]) for e in evs]
    evs = events("مقدمة الخبر.\nوزار الرئيس الكوري الجنوبي يون سوك يول وحدة للقوات الكورية في الإمارات، حيث قال مخاطباً "
                 "الجنود إن \"أكبر تهديد للإمارات هو إيران\"، داعياً إياهم إلى الاقتداء بالتعاون بين البلدين.", "2023-01-15")
    assert not [e for e in evs if e[0] == "REQUEST" and "Iran" in e[4]]


def test_review_14_counter_examples():
    """Misfires a review found in this session's rules, mended: a title with "آنذاك" and no name still stands for its
    state ("واتهم وزير الخارجية الأمريكي آنذاك الصين"); "حينها" after an object is the verb's adverb; mediators announcing
    a truce are not its parties; regret at a decision of two makers is at both; "the attack" described by what follows
    it ("الهجوم الذي استهدف ...") is another attack; a gathering with a place and a comma before بمشاركة keeps its
    chair; a title of several words ("رئيس المكتب السياسي للحركة") before the name."""
    def ev(text, pub="2024-05-10"):
        return [(e[0], e[4], e[5], e[3]) for e in events("مقدمة الخبر.\n" + text, pub)]
    assert [(e[0], e[2]) for e in ev("واتهم وزير الخارجية الأمريكي آنذاك الصين بسرقة الملكية الفكرية.")] == [
        ("ACCUSE", ["China"])]
    assert [(e[0], e[3]) for e in ev("واستدعت الخارجية الروسية السفير الأمريكي حينها لتسليمه مذكرة احتجاج.")] == [
        ("ACCUSE", ["RUS", "USA"])]
    assert not [e for e in ev("أعلنت قطر ومصر، في بيان مشترك، التوصل إلى اتفاق على هدنة إنسانية في غزة.", "2023-11-22")
                if e[0] == "AGREE" and e[1] == ["Qatar", "Egypt"]]
    assert ("ACCUSE", ["DZA", "FRA", "MAR"]) in [(e[0], e[3]) for e in ev(
        "وأعربت الخارجية الجزائرية عن أسفها لقرار فرنسا والمغرب تعزيز التعاون.", "2024-07-26")]
    assert not [e for e in events("شنت إسرائيل غارات على جنوب لبنان. وأدانت باكستان الهجوم الذي استهدف مهندسين صينيين في "
                                  "بيشاور.", "2024-03-27") if e[0] == "ACCUSE" and "Israel" in e[5]]
    assert [(e[0], e[1][:1]) for e in ev("ترأس الرئيس الروسي فلاديمير بوتين، أمس، في مدينة قازان، قمة مجموعة بريكس، بمشاركة "
                                         "الرئيس الصيني شي جين بينغ ورئيس الوزراء الهندي ناريندرا مودي.", "2024-10-23")] == [
        ("CONSULT", ["Vladimir Putin"])]
    assert [(e[0], e[1], e[2]) for e in ev("وانتقد رئيس المكتب السياسي للحركة إسماعيل هنية إسرائيل.", "2024-07-21")] == [
        ("ACCUSE", ["Ismail Haniyeh"], ["Israel"])]


def test_a_praising_description_is_backing_for_the_one_described():
    """"ووصف بوتين علاقات بلاده مع بكين بأنها «في أفضل مراحلها»", "وكان بوتين قد وصف طالبان بأنها «حليف»", "ووصف مودي
    سريلانكا بأنها تحتل «مكانة خاصة»": praise right after "بأنه" of a describing verb backs the one named between the
    verb and بأنه (the speaker is the subject before "قد وصف" when there is one); a situation or a strained relation
    described is no backing."""
    evs = events("مقدمة الخبر.\nووصف الرئيس الروسي فلاديمير بوتين علاقات بلاده مع بكين بأنها تمر \"بأفضل مراحلها في "
                 "التاريخ\".", "2024-07-03")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SUPPORT", ["Vladimir Putin"], ["China"])]
    evs = events("مقدمة الخبر.\nوكان بوتين قد وصف طالبان في تموز 2024 بأنها \"حليف\" في مكافحة الإرهاب.", "2024-08-03")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SUPPORT", ["Vladimir Putin"], ["Taliban"])]
    for text in ("ووصف الرئيس الأمريكي الوضع في غزة بأنه \"كارثي\".",
                 "ووصف وزير الخارجية الإيراني العلاقات مع السعودية بأنها \"متوترة\"."):
        assert not [e for e in events("مقدمة الخبر.\n" + text, "2025-04-05") if e[0] == "SUPPORT"], text


def test_review_14b_counter_examples():
    """Misfires a second review found, mended: the one described is the head of the phrase or its genitive, never a name
    behind a preposition ("التصريحات الأمريكية بشأن تايوان", "الوضع في السودان"); "وليس «عملا عدائيا»" is no damning
    word; a woman's pronoun and a woman's participle (داعياً إياها، داعية إياه); "داعياً إياه «حجر زاوية»" (calling it)
    asks nothing; a welcomed "إطلاق سراحها"; "حينها" never takes a relative clause's time."""
    def ev(text, pub="2024-05-10"):
        return [(e[0], e[4], e[5]) for e in events("مقدمة الخبر.\n" + text, pub)]
    assert ("ACCUSE", ["Ministry of Foreign Affairs of China"], ["United States"]) in ev(
        "ووصفت الخارجية الصينية التصريحات الأمريكية بشأن تايوان بأنها \"غير مسؤولة\".")
    assert not [e for e in ev("ووصف الأمين العام للأمم المتحدة الوضع في السودان بأنه \"غير مقبول\".") if e[0] == "ACCUSE"]
    assert not [e for e in ev("ووصفت موسكو الخطوة الأمريكية بأنها \"تصعيدية\" وليس \"عملا عدائيا\".") if e[0] == "ACCUSE"
                and len(e[2]) > 1]
    assert ("REQUEST", ["Emmanuel Macron"], ["Giorgia Meloni"]) in ev(
        "واستقبل الرئيس الفرنسي إيمانويل ماكرون رئيسة الوزراء الإيطالية جورجيا ميلوني، داعياً إياها إلى تعزيز التنسيق.")
    assert ("REQUEST", ["Giorgia Meloni"], ["Kais Saied"]) in ev(
        "واستقبلت رئيسة الوزراء الإيطالية جورجيا ميلوني الرئيس التونسي قيس سعيد، داعية إياه إلى التعاون في ملف الهجرة.")
    assert not [e for e in ev("ووقع بايدن ومودي اتفاق الدفاع، داعياً إياه \"حجر زاوية\" للشراكة.") if e[0] == "REQUEST"]
    assert ("SUPPORT", ["Giorgia Meloni"], ["Iran"]) in ev(
        "أفرجت إيران عن الصحفية الإيطالية. ورحبت رئيسة الوزراء الإيطالية جورجيا ميلوني بإطلاق سراحها.")
    assert ("ACCUSE", "2023-07-17") in [(e[0], e[2]) for e in events(
        "مقدمة الخبر.\nوأعلنت موسكو في 17 يوليو رفض تمديد اتفاق الحبوب، الذي أبرم بوساطة تركية في تموز من العام الماضي. "
        "ووصف الرئيس الكيني ويليام روتو الانسحاب الروسي حينها بأنه \"طعنة في الظهر\".", "2023-07-27")]


def test_receiving_things_is_no_visit():
    """"يستخدمون الميناء لاستقبال الأسلحة الإيرانية": weapons, shipments, refugees or calls received are no visit; a
    person received still is."""
    assert not [e for e in events("مقدمة الخبر.\nوقال نتنياهو إن الحوثيين يستخدمون الميناء لاستقبال الأسلحة الإيرانية.",
                                  "2024-07-21") if e[0] == "CONSULT"]
    assert [(e[0], e[4], e[5]) for e in events("مقدمة الخبر.\nوجاء ذلك خلال استقبال الرئيس المصري عبد الفتاح السيسي "
                                               "لوزير الخارجية الأمريكي أنتوني بلينكن في القاهرة.", "2024-07-21")] == [
        ("CONSULT", ["Abdel Fattah el-Sisi"], ["Antony Blinken"])]


def test_a_name_beginning_like_a_complementizer_is_no_complementizer():
    """"ووصف بان كي مون ...": بان (Ban) normalised is "بأن" (that); a name's first word is no complementizer, so the
    description's content starts at the real بأنه and the one described is found between the verb and it."""
    evs = events("مقدمة الخبر.\nووصف بان كي مون دخول القوات السودانية إلى هجليج بأنه \"عمل غير قانوني\".", "2012-04-21")
    assert [(e[0], e[4], e[5]) for e in evs] == [("ACCUSE", ["Ban Ki-moon"], ["Sudan"])]


def test_a_feminine_describing_verb_before_a_man_has_its_subject_unsaid():
    """"أعلنت الخارجية الخميس ...، ووصفت تصريحات لوبيز أوبرادور بأنها «مؤسفة»": a feminine verb does not agree with
    a man named after it, so he is the one described and the describer is the sentence's earlier actor that agrees
    with the verb (the ministry, not the ambassador); the description, coordinated with the dated act, was made then."""
    evs = events("مقدمة الخبر.\nوكانت الخارجية الإكوادورية قد أعلنت الخميس السفيرة المكسيكية راكيل سيرور شخصًا غير مرغوب "
                 "فيه، ووصفت تصريحات لوبيز أوبرادور بأنها \"مؤسفة للغاية\".", "2024-04-07")
    assert ("ACCUSE", "2024-04-04", ["Ministry of Foreign Affairs of Ecuador"], ["Andrés Manuel López Obrador"]) in [
        (e[0], e[2], e[4], e[5]) for e in evs]
    # (a masculine verb with a man after it: he is the describer)
    evs = events("مقدمة الخبر.\nووصف لوبيز أوبرادور تصريحات الخارجية الإكوادورية بأنها \"مؤسفة\".", "2024-04-07")
    assert [(e[0], e[4], e[5]) for e in evs] == [
        ("ACCUSE", ["Andrés Manuel López Obrador"], ["Ministry of Foreign Affairs of Ecuador"])]


def test_one_party_alone_before_the_charge_is_the_accused():
    """"ترفض بيونغ يانغ الاتهامات، ...، وتتهم ماليزيا بتسييس القضية": اتهم needs an accuser and an accused; with one
    party alone between the verb and the charge (a word with ب), that party is the accused and the accuser is the
    one who acted before (the verb joined by و) or the party just before the verb ("الوفد الأمريكي اتهم النيجر")."""
    evs = events("مقدمة الخبر.\nوفي المقابل، ترفض بيونغ يانغ الاتهامات، وتتهم ماليزيا بتسييس القضية بإيعاز من كوريا "
                 "الجنوبية.", "2017-03-07")
    assert ("ACCUSE", ["North Korea"], ["Malaysia"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nوأشار المتحدث إلى أن الوفد الأمريكي اتهم النيجر بإبرام اتفاق سري مع إيران.", "2024-03-17")
    assert ("ACCUSE", ["United States"], ["Niger"]) in [(e[0], e[4], e[5]) for e in evs]
    # (two parties before the charge: the first accuses the second)
    evs = events("مقدمة الخبر.\nوتتهم وارسو موسكو بتنفيذ حملة من الأعمال التخريبية.", "2024-05-20")
    assert [(e[0], e[4], e[5]) for e in evs] == [("ACCUSE", ["Poland"], ["Russia"])]


def test_a_strikes_subject_adjective_in_its_own_clause_beats_a_carried_subject():
    """"وكانت بغداد وواشنطن قد أطلقتا الحوار ...، حين شنت القوات الأمريكية غارات": in the "حين" clause the adjective
    of the subject (القوات الأمريكية) names who struck, not the party the sentence opened with; an adjective on the
    strike itself still wins ("وجاء القرار الأردني غداة غارات إسرائيلية")."""
    evs = events("مقدمة الخبر.\nوكانت بغداد وواشنطن قد أطلقتا جولات الحوار أواخر يناير الماضي، بعد أسابيع من التوتر بلغ "
                 "ذروته مطلع فبراير، حين شنت القوات الأمريكية غارات على مواقع لفصائل مسلحة في العراق.", "2024-04-16")
    assert [e[4] for e in evs if e[0] == "ASSAULT"] == [["United States"]]
    evs = events("مقدمة الخبر.\nوجاء القرار الأردني غداة غارات إسرائيلية عنيفة استهدفت مخيم جباليا للاجئين شمال غزة.",
                 "2023-11-01")
    assert [e[4] for e in evs if e[0] == "ASSAULT"] == [["Israel"]]


def test_who_speaks_for_the_subject_is_no_target():
    """"ودانت الخارجية الإيرانية الغارات على لسان المتحدث باسمها ناصر كنعاني": the one "by whose mouth" the ministry
    speaks is its own spokesman, not the one condemned — the condemned strikes' doer is."""
    evs = events("مقدمة الخبر.\nوشنت طائرات إسرائيلية غارات على ميناء الحديدة أمس السبت. ودانت الخارجية الإيرانية الغارات "
                 "على لسان المتحدث باسمها ناصر كنعاني.", "2024-07-21")
    assert ("ACCUSE", ["Ministry of Foreign Affairs of Iran"], ["Israel"]) in [(e[0], e[4], e[5]) for e in evs]


def test_the_time_of_what_a_first_is_since_dates_nothing_after_it():
    """"ووقّع الجانبان خلال الزيارة، وهي الأولى لبرابوو منذ توليه الرئاسة في أكتوبر الماضي، بياناً مشتركاً": the
    month in the aside is when he took office (what the visit is the first since), not when the statement was
    signed — which was during the visit told before, on its day."""
    evs = events("مقدمة الخبر.\nوعقد الرئيس الإندونيسي برابوو سوبيانتو محادثات مع الرئيس الصيني شي جين بينغ في بكين يوم "
                 "السبت. ووقّع الجانبان خلال الزيارة، وهي الأولى لبرابوو إلى الخارج منذ توليه الرئاسة في أكتوبر الماضي، "
                 "بياناً مشتركاً لتعميق الشراكة الاستراتيجية الشاملة.", "2024-11-11")
    assert [(e[0], e[2]) for e in evs if e[0] == "AGREE"] == [("AGREE", "2024-11-09")]


def test_a_threatened_step_on_someone_threatens_them():
    """"وتوعد نتنياهو بالرد على الحوثيين": the one the threatened step falls "on" (على), as the one it is "against"
    (ضد), is threatened."""
    evs = events("مقدمة الخبر.\nوتوعد نتنياهو بالرد على الحوثيين.", "2025-05-06")
    assert [(e[0], e[4], e[5]) for e in evs] == [("THREATEN", ["Benjamin Netanyahu"], ["Houthis"])]


def test_a_verb_phrase_after_qad_is_no_bare_noun():
    """"وكان نتنياهو قد توعد بالرد على الحوثيين": after قد only a verb comes, so a lexicon phrase opening with a verb
    form ("توعد بالرد") is a predicate with its subject before قد, not a bare noun wanting participants."""
    evs = events("مقدمة الخبر.\nوكان نتنياهو قد توعد بالرد على الحوثيين.", "2025-05-06")
    assert [(e[0], e[4], e[5]) for e in evs] == [("THREATEN", ["Benjamin Netanyahu"], ["Houthis"])]


def test_muthamminan_values_what_its_object_names():
    """"مثمنا جهود قطر", "مثمّنتين الجهود التي بذلتها سلطنة عمان": the participle of ثمّن (to value, praise) backs
    the one whose efforts it names — by the sentence's subject."""
    evs = events("مقدمة الخبر.\nوأشاد وزير الخارجية التركي بالمحادثات، مثمنا جهود قطر في الوساطة.", "2025-05-17")
    assert ("SUPPORT", ["Hakan Fidan"], ["Qatar"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nوسارعت كل من قطر والكويت إلى الترحيب بالاتفاق، مثمّنتين الجهود التي بذلتها سلطنة عمان.",
                 "2025-05-07")
    assert ("SUPPORT", ["OMN", "QAT"]) in [(e[0], e[3]) for e in evs]


def test_a_participle_after_the_time_is_no_rival_for_it():
    """"باستقبال ولي العهد، أمس، الوفد ...، مثمّنةً الجهود": a circumstantial participle past a comma shares its main
    event's time, so it does not take the time named before it away from that event."""
    evs = events("مقدمة الخبر.\nونوّهت الوزارة باستقبال الأمير خالد بن سلمان وزير الدفاع، أمس، وفد صنعاء والوفد العماني في الرياض، "
                 "مثمّنةً الجهود التي تبذلها سلطنة عمان.", "2023-09-20")
    assert [e[2] for e in evs if e[0] == "CONSULT"] == ["2023-09-19"]


def test_a_participle_not_agreeing_with_the_main_events_doer_is_not_his():
    """"ونوّهت الوزارة باستقبال الأمير خالد بن سلمان ... مثمّنةً الجهود": a feminine participle is not a man's; its doer
    is the sentence's first party agreeing with it before the main event (here none we can resolve: الوزارة), so
    the praise is not put in the prince's mouth."""
    evs = events("مقدمة الخبر.\nونوّهت الوزارة باستقبال الأمير خالد بن سلمان وزير الدفاع، أمس، وفد صنعاء والوفد العماني في "
                 "الرياض، مثمّنةً الجهود التي تبذلها سلطنة عمان.", "2023-09-20")
    assert [e for e in evs if e[0] == "SUPPORT" and "Khalid bin Salman" in e[4]] == []
    # (agreeing: a masculine participle after a man's act is his)
    evs = events("مقدمة الخبر.\nواستقبل الأمير خالد بن سلمان وزير الدفاع، أمس، وفد صنعاء في الرياض، مثمّناً الجهود التي "
                 "تبذلها سلطنة عمان.", "2023-09-20")
    assert ("SUPPORT", ["Khalid bin Salman"], ["Oman"]) in [(e[0], e[4], e[5]) for e in evs]


def test_review15_misfires_stay_mended():
    """Misfires a review found in this session's rules: a second party named with ب ("واتهم بلينكن بكين بتقديم") is
    no charge; a body heading the subject ("ووصف مكتب ميته فريدريكسن ...") speaks for its head whatever the verb's
    gender; the unsaid accuser is the subject of a verb before, not a man merely named ("مقتل هنية"); a description
    takes the day of its describer's own act only, not of another party's."""
    evs = events("مقدمة الخبر.\nوقال وزير الخارجية الأمريكي إن الصين تدعم روسيا، واتهم بلينكن بكين بتقديم مساعدات فتاكة "
                 "لموسكو.", "2023-03-21")
    assert ("ACCUSE", ["Antony Blinken"], ["China"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nووصفت إدارة بايدن قرار جنوب أفريقيا بأنه \"غير مقبول\".", "2024-01-27")
    assert [(e[0], e[3]) for e in evs] == [("ACCUSE", ["USA", "ZAF"])]
    evs = events("مقدمة الخبر.\nوأعلن الحرس الثوري مقتل هنية، واتهم إسرائيل بأنها نفذت العملية.", "2024-08-01")
    assert "Ismail Haniyeh" not in [n for e in evs if e[0] == "ACCUSE" for n in e[4]]
    evs = events("مقدمة الخبر.\nوشنت جماعة الحوثي هجوما على منشآت أرامكو يوم 14 سبتمبر، ووصفت الرياض دونالد ترامب بأنه "
                 "\"حليف موثوق\".", "2019-09-20")
    assert [e[2] for e in evs if e[0] == "SUPPORT"] == ["2019-09-20"]


def test_what_was_said_by_someone_is_theirs_and_coordinated_strikers_strike_together():
    """"استنكرت الجامعة العربية ما ورد على لسان الوزيرين سموتريتش وبن غفير": the authors of what is condemned are its
    target, not a spokesman of the condemner; "حين شنت الطائرات الأمريكية والبريطانية غارات": both adjectives strike."""
    evs = events("مقدمة الخبر.\nواستنكرت جامعة الدول العربية ما ورد على لسان الوزيرين الإسرائيليين بتسلئيل سموتريتش وإيتمار "
                 "بن غفير من دعوات لتهجير الفلسطينيين.", "2024-01-03")
    assert ("ACCUSE", ["Arab League"], ["Bezalel Smotrich", "Itamar Ben-Gvir"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nوكان الحوثيون قد استهدفوا عشرات السفن في البحر الأحمر، حين شنت الطائرات الأمريكية والبريطانية "
                 "غارات على مواقع في صنعاء والحديدة.", "2024-01-13")
    assert [e[4] for e in evs if e[0] == "ASSAULT" and "Yemen" in e[5]] == [["United States", "United Kingdom"]]


def test_a_force_named_by_strike_words_is_the_striker():
    """"وشن الطيران الحربي الإسرائيلي غارات": the words of a force's name (the air force) are no strike of their own —
    the force strikes."""
    evs = events("مقدمة الخبر.\nوشن الطيران الحربي الإسرائيلي غارات على بلدات في جنوب لبنان.", "2024-08-20")
    assert [(e[0], e[4], e[5]) for e in evs] == [("ASSAULT", ["Israel Air Force"], ["Lebanon"])]


def test_the_accuser_is_the_party_after_the_opening_verb_when_that_verb_is_no_event():
    """"ونعت حركة حماس إسماعيل هنية، واتهمت إسرائيل باغتياله": mourning is no event, so no verb draft holds the subject
    the two verbs share — it is the party right after the sentence's opening verb (never one named further on: "وأعلن
    الحرس الثوري مقتل هنية" does not make Haniyeh the accuser)."""
    evs = events("مقدمة الخبر.\nونعت حركة حماس إسماعيل هنية، واتهمت إسرائيل باغتياله.", "2024-08-01")
    assert ("ACCUSE", ["Hamas"], ["Israel"]) in [(e[0], e[4], e[5]) for e in evs]


def test_a_summit_with_no_time_of_its_own_is_the_one_dated_before():
    """"اتهمت الصين ... قادة الدول الثلاث خلال قمتهم الثلاثية ... يوم الجمعة الماضي" ... "وكان بايدن قد استقبل كيشيدا
    ويون في أول قمة ثلاثية": the summit told again (same adjective, ثلاثية) with no time of its own is the one dated
    in the lead — and so is the meeting held in it."""
    evs = events("مقدمة الخبر.\nاتهمت الصين، اليوم الاثنين، قادة الولايات المتحدة واليابان وكوريا الجنوبية بتشويه صورتها "
                 "خلال قمتهم الثلاثية التي استضافها منتجع كامب ديفيد يوم الجمعة الماضي.\n\nوكان الرئيس الأمريكي جو بايدن "
                 "قد استقبل رئيس الوزراء الياباني فوميو كيشيدا والرئيس الكوري الجنوبي يون سوك يول في أول قمة ثلاثية "
                 "مستقلة تجمع قادة الدول الثلاث.", "2023-08-21")
    assert [e[2] for e in evs if e[0] == "CONSULT" and "Joe Biden" in e[4]] == ["2023-08-18"]


def test_a_civilian_leader_attacking_attacks_in_words():
    """"وهاجم الرئيس التركي رجب طيب أردوغان إسرائيل": هاجم with a civilian leader for subject (after the verb, past his
    title, or before it) is disapproval in words, not an assault; forces attacking still assault."""
    evs = events("مقدمة الخبر.\nوهاجم الرئيس التركي رجب طيب أردوغان إسرائيل الأربعاء.", "2024-05-02")
    assert [(e[0], e[5]) for e in evs] == [("ACCUSE", ["Israel"])]
    evs = events("مقدمة الخبر.\nوهاجمت القوات الروسية مواقع أوكرانية في خاركيف.", "2024-05-02")
    assert [(e[0], e[3]) for e in evs] == [("ASSAULT", ["RUS", "UKR"])]


def test_praise_of_what_a_relative_clause_tells_is_of_its_doer():
    """"معربا عن تقديره للدعم الذي قدمته نيودلهي": praise of what someone did, told by a relative clause right after it
    (its verb, then its subject), backs that someone."""
    evs = events("مقدمة الخبر.\nوقال الرئيس السريلانكي رانيل ويكريمسينغه، معربا عن تقديره للدعم الذي قدمته نيودلهي خلال "
                 "الأزمة الاقتصادية.", "2024-02-10")
    assert [(e[0], e[3]) for e in evs] == [("SUPPORT", ["IND", "LKA"])]


def test_a_meeting_on_the_margins_of_the_summit_is_on_its_day_and_a_short_name_joins_by_wa():
    """"وعلى هامش القمة، عقد كيشيدا ويون لقاءً ثنائياً": a meeting on the margins of the summit told before is on the
    summit's day; "ويون" (and Yoon), a 3-letter name already named in full, joined to a person, is that person."""
    evs = events("مقدمة الخبر.\nوعقد الرئيس الأمريكي جو بايدن ورئيس الوزراء الياباني فوميو كيشيدا والرئيس الكوري الجنوبي "
                 "يون سوك يول قمة ثلاثية يوم الجمعة في كامب ديفيد.\n\nوعلى هامش القمة، عقد كيشيدا ويون لقاءً ثنائياً.",
                 "2023-08-21")
    assert ("CONSULT", "2023-08-18", ["JPN", "KOR"]) in [(e[0], e[2], e[3]) for e in evs]


def test_review15b_misfires_stay_mended():
    """Misfires a second review found: a state's envoy to another body (or an agency's correspondent) is not its UN
    ambassador; "قد تهدد" (may threaten) and a negated "لم يكن ... قد هدد" are no threat made; a plural participle
    after a woman's act is not disowned; praise of a deed names its doer ("مثمنا دعم إيطاليا لتونس"); a leader's
    attack in words is disapproval by the office held that day (Netanyahu), an attack with arms still an assault."""
    evs = events("مقدمة الخبر.\nوقال مندوب روسيا لدى الوكالة الدولية للطاقة الذرية ميخائيل أوليانوف إن واشنطن تتحمل "
                 "المسؤولية.", "2024-11-01")
    assert "Vassily Nebenzia" not in [n for e in evs for n in e[4] + e[5]]
    assert events("مقدمة الخبر.\nوقال المحللون إن روسيا قد تهدد بالرد على أي هجوم.", "2024-04-17") == []
    assert events("مقدمة الخبر.\nولم يكن بوتين قد هدد بالرد على الهجوم.", "2024-04-17") == []
    evs = events("مقدمة الخبر.\nواستقبلت ميلوني قيس سعيد، مشيدين بدور الاتحاد الأوروبي.", "2024-04-17")
    assert "SUPPORT" in [e[0] for e in evs]
    evs = events("مقدمة الخبر.\nوأشاد الرئيس التونسي قيس سعيد بالمحادثات، مثمنا دعم إيطاليا لتونس.", "2024-04-17")
    assert ("SUPPORT", ["Kais Saied"], ["Italy"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nوهاجم نتنياهو المحكمة الجنائية الدولية.", "2024-05-21")
    assert [e[0] for e in evs] == ["ACCUSE"]
    evs = events("مقدمة الخبر.\nوهاجم بوتين أوكرانيا فجر اليوم في عملية عسكرية واسعة.", "2022-02-24")
    assert [e[0] for e in evs] == ["ASSAULT"]


def test_those_who_took_part_in_it_met_together():
    """"اجتماع ... وقد شارك فيه لافروف وجاووش أوغلو والمقداد": those who took part in a meeting met together —
    one event of all, not one per pair."""
    evs = events("مقدمة الخبر.\nوعقد في موسكو أمس اجتماع لوزراء الخارجية، وقد شارك فيه سيرغي لافروف ومولود جاووش أوغلو "
                 "وفيصل المقداد وحسين أمير عبد اللهيان.", "2023-05-11")
    assert [(e[0], e[3]) for e in evs] == [("CONSULT", ["IRN", "RUS", "SYR", "TUR"])]
    d = extract("مقدمة الخبر.\nوعقد في موسكو أمس اجتماع لوزراء الخارجية، وقد شارك فيه سيرغي لافروف ومولود جاووش "
                       "أوغلو وفيصل المقداد.", "2023-05-11")
    assert [e.mode for e in d.events] == ["multilateral"]  # (three states or more at one table)



def test_the_two_who_witnessed_a_signing_are_its_parties():
    """"وشهد الزعيمان عقب المباحثات توقيع عدد من مذكرات التفاهم": leaders witnessing a signing after their talks are
    its parties — "الزعيمان" are the two who just met, not the last two persons named; named witnesses too."""
    evs = events("مقدمة الخبر.\nوأجرى الرئيس الفرنسي إيمانويل ماكرون محادثات مع الرئيس الصيني شي جين بينغ في بكين أمس، "
                 "وتطرق إلى موقف الرئيس الأوكراني فولوديمير زيلينسكي.\nوشهد الرئيسان في ختام المباحثات توقيع حزمة من "
                 "الاتفاقيات التجارية.", "2023-04-07")
    assert ("AGREE", ["CHN", "FRA"]) in [(e[0], e[3]) for e in evs]
    evs = events("مقدمة الخبر.\nوشهد الرئيس المصري عبد الفتاح السيسي ونظيره الفرنسي إيمانويل ماكرون أمس توقيع اتفاقية "
                 "للتعاون في مجال النقل.", "2023-04-07")
    assert [(e[0], e[2], e[3]) for e in evs] == [("AGREE", "2023-04-06", ["EGY", "FRA"])]


def test_what_else_witnessed_a_signing_is_no_party():
    """"وشهدت العلاقات تحسنا منذ توقيع بيان العلا": relations that "saw" an improvement since a signing did not sign;
    "وشهد توقيع مذكرة" with no witness named after it is left to the noun's own reading."""
    evs = events("مقدمة الخبر.\nوشهدت العلاقات بين القاهرة والدوحة تحسنا متواصلا منذ توقيع بيان العلا في يناير 2021.",
                 "2023-04-07")
    assert [(e[0], e[2]) for e in evs] == [("AGREE", "2021-01")]  # (the signing recalled, on its own date)


def test_an_act_rejected_by_name_is_its_doers():
    """"ورفضت طهران هذه العقوبات", "ورفض الكرملين القرار جملة وتفصيلا", "ورفضت الحكومة الصومالية المذكرة": the act
    named as a rejection's object, past its subject, is the one just told — its doer (the sanctioning state, the
    court, the other signatory) is the target."""
    evs = events("مقدمة الخبر.\nوفرضت الولايات المتحدة عقوبات جديدة على إيران. ورفضت طهران هذه العقوبات.", "2024-01-03")
    assert ("REJECT", ["Iran"], ["United States"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nأصدرت المحكمة الجنائية الدولية أمس مذكرة توقيف بحق الرئيس الروسي فلاديمير بوتين. ورفض "
                 "الكرملين القرار جملة وتفصيلا.", "2023-03-18")
    assert ("REJECT", ["International Criminal Court"]) in [(e[0], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nووقعت إثيوبيا مذكرة تفاهم مع إقليم أرض الصومال. ورفضت الحكومة الصومالية المذكرة.",
                 "2024-01-03")
    assert ("REJECT", ["Ethiopia"]) in [(e[0], e[5]) for e in evs]
    # (a rejection with its own object named is not the act's: "ورفضت طهران الاتهامات الأمريكية" is the charges')
    assert events("مقدمة الخبر.\nورفضت طهران المشاركة في الاجتماع.", "2024-01-03") == []


def test_a_denial_that_something_be_so_is_about_whom_it_names():
    """"ونفى الرئيس الأمريكي أن تكون القمة موجهة ضد الصين": a denial "that it be so" rejects — and is about the
    party of another state named in what is denied (China), not the summit's parties."""
    evs = events("مقدمة الخبر.\nوعقد بايدن ويون وكيشيدا قمة ثلاثية في كامب ديفيد. ونفى الرئيس الأمريكي جو بايدن أن تكون "
                 "القمة موجهة ضد الصين.", "2023-08-19")
    assert ("REJECT", ["Joe Biden"], ["China"]) in [(e[0], e[4], e[5]) for e in evs]
    # (a denial with nothing charged or denied "to be" stays no event: "نفى المتحدث وجود خلافات")
    assert [e[0] for e in events("مقدمة الخبر.\nونفى المتحدث باسم الكرملين دميتري بيسكوف وجود خلافات.",
                                 "2023-08-19")] == []


def test_review17_misfires_stay_mended():
    """Misfires the first review of session 17 found: a host city that "witnessed" a signing, or a witness of a signing
    between parties named, is no party; "الزعيمان" are the leaders of the article's first meeting, not of a
    ministers' meeting told since; those who took part in a conference a meeting was on the margins of did not join
    the meeting; an appeal is no act to reject; a denial whose clause holds an event of its own (negated) or nothing
    hostile is no rejection of whom it names."""
    evs = events("مقدمة الخبر.\nوشهدت العاصمة القطرية الدوحة أمس توقيع اتفاق السلام بين الولايات المتحدة وحركة طالبان.",
                 "2020-03-01")
    assert [(e[0], e[4]) for e in evs] == [("AGREE", ["United States"])]
    evs = events("مقدمة الخبر.\nوشهد الرئيس الأمريكي جو بايدن توقيع اتفاق ترسيم الحدود البحرية بين لبنان وإسرائيل.",
                 "2022-10-28")
    assert [(e[0], e[3]) for e in evs] == [("AGREE", ["ISR", "LBN"])]
    evs = events("مقدمة الخبر.\nوالتقى الشيخ محمد بن زايد الرئيس الإندونيسي جوكو ويدودو. كما التقى وزير الخارجية الإندونيسي "
                 "بنظيره الإماراتي. وشهد الزعيمان عقب المباحثات توقيع عدد من الاتفاقيات.", "2024-07-17")
    assert ("AGREE", ["Mohamed bin Zayed Al Nahyan"], ["Joko Widodo"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("مقدمة الخبر.\nوعقد الرئيس الفرنسي إيمانويل ماكرون لقاء مع الرئيس الأوكراني فولوديمير زيلينسكي على هامش "
                 "مؤتمر باريس الذي شارك فيه المستشار الألماني أولاف شولتس.", "2024-06-13")
    assert ("CONSULT", ["Emmanuel Macron"], ["Volodymyr Zelenskyy"]) in [(e[0], e[4], e[5]) for e in evs]
    assert not any(len(e[3]) > 2 for e in evs)
    evs = events("مقدمة الخبر.\nقررت تركيا وقف التبادل التجاري مع إسرائيل. ودعت مصر الجانبين إلى التهدئة. ورفضت إسرائيل "
                 "القرار.", "2024-05-03")
    assert not any(e[0] == "REJECT" and e[5] == ["Egypt"] for e in evs)
    evs = events("مقدمة الخبر.\nونفت الخارجية الروسية أن يكون لافروف قد التقى كوليبا سرا.", "2024-05-03")
    assert [e[0] for e in evs if e[0] == "REJECT"] == []
    assert events("مقدمة الخبر.\nونفى وزير الخارجية السعودي أن يكون هناك خلاف بين الرياض وأبوظبي.", "2024-05-03") == []


def test_review17_second_round_misfires_stay_mended():
    """Misfires the second review of session 17 found: a denial of a plan "against" someone is about the one named
    right after ضد (not a partner after مع, a place, nor "أي طرف"); "الزعيمان" witnessing a signing are the leaders'
    meeting, not the ministers' preparatory one; "the two countries saw over the last decade the signing of 40
    agreements" is background; a rejected decision's maker named with it ("القرار الصادر عن ...") is the target."""
    evs = events("مقدمة الخبر.\nنفى مسؤول أمريكي أن يكون الاتفاق الدفاعي المرتقب مع السعودية موجها ضد إيران.", "2023-09-22")
    assert [(e[0], e[3]) for e in evs] == [("REJECT", ["IRN", "USA"])]
    assert events("مقدمة الخبر.\nنفت الخارجية الصينية أن تكون المناورات العسكرية حول تايوان موجهة ضد أي طرف.",
                  "2023-09-22") == []
    evs = events("مقدمة الخبر.\nعقد وزير الخارجية السعودي فيصل بن فرحان اجتماعا تحضيريا مع نظيره التركي هاكان فيدان في "
                 "جدة. ثم استقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس التركي رجب طيب أردوغان في قصر السلام. وشهد "
                 "الزعيمان توقيع عدد من الاتفاقيات.", "2023-07-19")
    assert [(e[4], e[5]) for e in evs if e[0] == "AGREE"] == [(["Mohammed bin Salman"], ["Recep Tayyip Erdoğan"])]
    evs = events("مقدمة الخبر.\nاستقبل الرئيس الإيراني إبراهيم رئيسي في طهران وزير الخارجية العماني بدر البوسعيدي. وشهد "
                 "البلدان خلال العقد الماضي توقيع أكثر من 40 اتفاقية.", "2023-02-10")
    assert [e[0] for e in evs] == ["CONSULT"]
    evs = events("مقدمة الخبر.\nوفرضت الولايات المتحدة عقوبات جديدة على إيران. ورفضت طهران القرار الصادر عن الوكالة "
                 "الدولية للطاقة الذرية.", "2022-06-09")
    assert ("REJECT", ["International Atomic Energy Agency"]) in [(e[0], e[5]) for e in evs]


def test_publication_stamp_dash_rule_needs_an_outlet_line():
    """"موعد انطلاق القمة العربية في المنامة - الخميس 16 مايو 2024" (a headline) and "اقرأ أيضا: قمة جدة - السبت 5
    أغسطس 2023" (a related link) are no outlet's stamp: the dash rule reads only a short name below the headline."""
    d = extract("موعد انطلاق القمة العربية الثالثة والثلاثين في المنامة - الخميس 16 مايو 2024\n\nتستعد العاصمة "
                       "البحرينية لاستضافة القمة العربية.", None, "x")
    assert d.published is None


def test_a_ministry_in_a_title_is_no_party_its_person_is():
    """"زيارة وكيل وزارة الخارجية الهندية فيكرام ميسري إلى دكا": the ministry inside the visitor's title is no party
    of the visit; its own person, first read as the one visited, is the visitor."""
    evs = events("مقدمة الخبر.\nوأجرى وكيل وزارة الخارجية الهندية فيكرام ميسري مباحثات في دكا مع المسؤولين البنغاليين.",
                 "2024-12-09")
    assert [(e[0], e[4]) for e in evs if e[0] == "CONSULT"] == [("CONSULT", ["Vikram Misri"])]  # (a known person since session 22)


def test_review17_third_round_misfires_stay_mended():
    """Misfires the third review of session 17 found: a movement or party meeting its own state's leader keeps both
    sides (only a government body inside a title gives way to its person, and someone met must be left)."""
    evs = events("مقدمة الخبر.\nوالتقت حركة حماس مع الرئيس الفلسطيني محمود عباس في القاهرة.", "2018-03-20")
    assert [(e[0], e[4], e[5]) for e in evs] == [("CONSULT", ["Hamas"], ["Mahmoud Abbas"])]


def test_a_persons_dual_before_the_trigger_is_the_two_who_met():
    """"التقى روتو نظيرته سامية صولحو حسن ...، وقرر الرئيسان تمديد اتفاقية ... بين كينيا وتنزانيا": the dual "الرئيسان"
    right before the trigger is its doer — the two persons of the meeting just told, whose states the agreement's
    "بين" names — not the two states alone (the persons of an event are what an analyst filters by)."""
    evs = events("التقى الرئيس الكيني وليام روتو نظيره التنزاني سامية صولحو حسن في نيروبي أمس، وقرر الرئيسان تمديد "
                 "اتفاقية التعاون الحدودي بين كينيا وتنزانيا.", "2023-05-10")
    agree = [e for e in evs if e[0] == "AGREE"]
    assert agree and agree[0][3] == ["KEN", "TZA"]
    assert agree[0][4] + agree[0][5] == ["William Ruto", "Samia Suluhu Hassan"]


@pytest.mark.parametrize("text,expected", [
    ("وكانت روسيا قد طردت السفير الأمريكي.", ("SANCTION", ["Russia"], ["United States"])),
    ("وكان الاتحاد الأفريقي قد علق عضوية مالي.", ("SANCTION", ["African Union"], ["Mali"])),
])
def test_a_phrase_after_qad_has_its_subject_before_it(text, expected):
    """"وكانت روسيا قد طردت السفير الأمريكي": قد is only ever followed by a verb, so a phrase trigger opening there
    ("طردت السفير", "علق عضوية") is a predicate whose subject stands before قد — it was read as a noun, whose
    genitive adjective (الأمريكي) became the expeller and the sentence's subject was dropped."""
    evs = events(text, "2024-04-05")
    assert [(e[0], e[4], e[5]) for e in evs] == [expected]


@pytest.mark.parametrize("text,first", [
    ("طلبت تشاد من السفير الألماني مغادرة البلاد خلال 48 ساعة.", "REQUEST"),
    ("أمهلت الحكومة الصومالية السفير الإثيوبي 72 ساعة لمغادرة البلاد.", "THREATEN"),
])
def test_a_diplomat_told_to_leave_the_country_is_expelled(text, first):
    """A demand or an ultimatum whose content is a diplomat's leaving the country ("مغادرة البلاد") expels him: the
    expulsion is coded besides the demand or ultimatum (annotators code both); migrants told to leave are not
    diplomats and stay a demand only."""
    evs = events(text, "2024-04-05")
    assert [e[0] for e in evs] == [first, "SANCTION"]
    assert evs[1][3] == evs[0][3] and len(evs[1][3]) == 2
    assert [e[0] for e in events("طلبت الحكومة من المهاجرين غير النظاميين مغادرة البلاد خلال شهر.", "2024-04-05")] \
        in ([], ["REQUEST"])


@pytest.mark.parametrize("text", ["أوقفت الولايات المتحدة المساعدات العسكرية لأوكرانيا.",
                                  "وجمدت هولندا المساعدات المالية لرواندا.",
                                  "قررت الولايات المتحدة تعليق المساعدات العسكرية لأوكرانيا."])
def test_aid_halted_is_a_sanction(text):
    """Aid halted, suspended or frozen is a sanction (PLOVER's discontinue), not aid given — also in verb-subject-
    object order, the halting verb before its subject's name; the noun "وقف" of a ceasefire a few words before aid
    let in halts nothing."""
    evs = events(text, "2024-04-05")
    assert [(e[0], e[3]) for e in evs][:1] in ([("SANCTION", ["UKR", "USA"])], [("SANCTION", ["NLD", "RWA"])])
    assert "SANCTION" not in [e[0] for e in events("دعا إلى وقف إطلاق النار وإدخال المساعدات إلى غزة.", "2024-04-05")]


def test_a_membership_suspended_in_verb_subject_object_order():
    """"علق الاتحاد الأفريقي عضوية النيجر": the phrase "علق عضوية" is split by the subject; the noun "عضوية" with a
    suspending verb before it is the sanction — a membership applied for ("طلب عضوية") is none."""
    assert [(e[0], e[4], e[5]) for e in events("علق الاتحاد الأفريقي عضوية النيجر.", "2023-08-23")] == [
        ("SANCTION", ["African Union"], ["Niger"])]
    assert "SANCTION" not in [e[0] for e in events("قدمت أوكرانيا طلب عضوية إلى الاتحاد الأوروبي.", "2022-03-01")]


def test_a_response_promised_on_a_condition_is_a_threat_made_now():
    """"إذا هاجمت إسرائيل إيران فإن طهران سترد بقوة": the response in the consequent (after ف) is a threat made now —
    its condition is the content — against the one the condition names (the learned stage read it the other way
    round, Israel threatening Iran); the attack in the condition stays hypothetical."""
    evs = events("وقال عراقجي إنه إذا اعتدت إسرائيل على إيران فإن بلاده سترد بحزم.", "2024-08-05")
    assert (evs[0][0], evs[0][1], evs[0][3], evs[0][5]) == ("THREATEN", "occurred", ["IRN", "ISR"], ["Israel"])


@pytest.mark.parametrize("adverbial", ["في وقت لاحق", "في وقت لاحق من اليوم"])
def test_later_that_day_after_a_past_verb(adverbial):
    """"والتقى بوتين في وقت لاحق (من اليوم) الرئيس التركي": after a past verb "later" is later that day — the meeting
    happened (the cue makes a present verb's event planned: "يلتقي ... في وقت لاحق"); and "من" inside the time adverbial
    governs nothing, so the title after it is the verb's object."""
    evs = events(f"التقى الرئيس الروسي فلاديمير بوتين {adverbial} الرئيس التركي رجب طيب أردوغان.", "2024-07-04")
    assert ("CONSULT", "occurred", ["RUS", "TUR"], ["Vladimir Putin"], ["Recep Tayyip Erdoğan"]) in [
        (e[0], e[1], e[3], e[4], e[5]) for e in evs]
    assert [e[1] for e in events("يلتقي بوتين في وقت لاحق الرئيس التركي رجب طيب أردوغان.", "2024-07-04")] == ["planned"]


def test_a_companion_after_the_subject_comma_is_a_visitor_too():
    """"مباحثات أجرتها فون دير لاين، ترافقها مفوضة الطاقة كادري سيمسون، مع الرئيس الأذربيجاني": who accompanies the
    subject (right after the comma closing it, in the feminine "ترافقها" too) is on her side of the talks, not the
    counterpart."""
    evs = events("وجاء التوقيع في ختام مباحثات أجرتها فون دير لاين، ترافقها مفوضة الطاقة كادري سيمسون، مع الرئيس "
                 "الأذربيجاني إلهام علييف في باكو.", "2022-07-18")
    assert ("CONSULT", ["Ursula von der Leyen", "Kadri Simson"], ["Ilham Aliyev"]) in [(e[0], e[4], e[5]) for e in evs]


@pytest.mark.parametrize("text,published,expected", [
    ("وحل الرئيس الكوبي ميغيل دياز كانيل ضيفا على الرئيس الروسي فلاديمير بوتين في موسكو.", "2024-06-10",
     ("CONSULT", "occurred", ["Miguel Díaz-Canel"], ["Vladimir Putin"])),
    ("وكان الرئيس الكوبي ميغيل دياز كانيل قد حل الشهر الماضي ضيفا على بوتين في موسكو.", "2024-06-10",
     ("CONSULT", "occurred", ["Miguel Díaz-Canel"], ["Vladimir Putin"])),
    ("ويحل الرئيس التركي ضيفا على السعودية الأسبوع المقبل.", "2024-06-10",
     ("CONSULT", "planned", ["Recep Tayyip Erdoğan"], ["Saudi Arabia"])),
])
def test_a_guest_of_a_host_is_a_visit(text, published, expected):
    """"حل X ضيفا على Y" (X was Y's guest) is a visit of X to Y — also with the subject or a time between the verb and
    "ضيفا"; the host is the one after "على" (the phrase had been read as a bare noun with no participant)."""
    assert expected in [(e[0], e[1], e[4], e[5]) for e in events(text, published)]


def test_a_third_state_leader_present_at_a_meeting_takes_part():
    """"التقى باشينيان وعلييف في ميونيخ بحضور المستشار الألماني أولاف شولتس": a third state's leader in whose presence
    two others met is a party (a mediator) of one meeting of the three; the host's own officials present are not."""
    evs = events("التقى رئيس الوزراء الأرميني نيكول باشينيان الرئيس الأذربيجاني إلهام علييف في ميونيخ بحضور المستشار "
                 "الألماني أولاف شولتس.", "2024-02-17")
    assert [(e[0], e[3]) for e in evs] == [("CONSULT", ["ARM", "AZE", "DEU"])]
    evs = events("استقبل الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ بحضور وزير الخارجية الروسي سيرغي لافروف.",
                 "2024-05-16")
    assert [(e[0], e[3]) for e in evs] == [("CONSULT", ["CHN", "RUS"])]


def test_that_many_days_after_the_day_last_named():
    """"قُتل أربعة جنود ... في الثالث عشر منه. وبعد ذلك بأربعة أيام، التقى باشينيان وعلييف": the meeting is four days
    after the day the sentence before names — not the article's day."""
    evs = events("وكانت العلاقات قد شهدت توترا في فبراير الماضي، حين قتل أربعة جنود أرمن في إطلاق نار أذربيجاني في الثالث عشر "
                 "منه. وبعد ذلك بأربعة أيام، التقى باشينيان والرئيس الأذربيجاني إلهام علييف في ميونيخ.", "2024-04-20")
    assert ("CONSULT", "2024-02-17") in [(e[0], e[2]) for e in evs]


def test_a_commissioners_portfolio_does_not_govern_the_name():
    """"وانتقد المفوض الأوروبي للتجارة فالديس دومبروفسكيس الصين": "للتجارة" is the commissioner's portfolio, so its ل
    does not make him the one criticised — he criticises China (a commissioner heading a body, "المفوض العام
    للأونروا", keeps the body rule)."""
    assert [(e[0], e[4], e[5]) for e in events("وانتقد المفوض الأوروبي للتجارة فالديس دومبروفسكيس الصين.", "2024-03-01")] \
        == [("ACCUSE", ["Valdis Dombrovskis"], ["China"])]


def test_expelling_a_missions_envoy_or_spokesman():
    """"قررت الحكومة السودانية طرد المبعوث الأممي فولكر بيرتس": an international mission's envoy or spokesman expelled
    is an expulsion as an ambassador's is (the phrase listed only diplomats). (The nouns alone after a distant
    expelling verb, "طردت باماكو ... المتحدث باسم البعثة", were tried as a row of their own: the spokesman title in
    every "قال المتحدث باسم" then stood in the statements' way, and two blind halves fell.)"""
    d = marsad.extract("وقررت الحكومة السودانية طرد المبعوث الأممي فولكر بيرتس.", "2023-06-09")
    assert [(e.type, e.mode, [a.name_en for a in e.target]) for e in d.events] == [
        ("SANCTION", "expel", ["Volker Perthes"])]


def test_the_time_of_revealing_is_not_the_meetings():
    """"كشف مصدر حكومي، أمس الخميس، عن لقاء جمع ... يوم الثلاثاء الماضي": "عن" after a speech verb opens what is told,
    as إن/أن do, so the time of the telling (Thursday) does not date the meeting told (Tuesday)."""
    d = marsad.extract("كشف مصدر حكومي عراقي، أمس الخميس، عن لقاء جمع رئيس الوزراء العراقي محمد شياع السوداني "
                       "بالرئيس السوري أحمد الشرع في الدوحة يوم الثلاثاء الماضي.", "2025-04-18")
    assert [(e.type, e.date) for e in d.events] == [("CONSULT", "2025-04-15")]


def test_the_statement_a_call_was_made_in_does_not_end_it():
    """"دعت دول مجلس التعاون الخليجي والولايات المتحدة، في بيان مشترك صدر أمس، الحكومة العراقية إلى ...": the joint
    statement is the call's medium, not an event that ends its window — the one called on comes after it (the call had
    no target, and a second source was moved there)."""
    d = marsad.extract("دعت دول مجلس التعاون الخليجي والولايات المتحدة، في بيان مشترك صدر أمس (الأربعاء)، الحكومة "
                       "العراقية إلى الإسراع في معالجة الوضع القانوني.", "2023-09-21")
    assert [([a.name_en for a in e.source], [a.name_en for a in e.target]) for e in d.events if e.type == "REQUEST"] == [
        (["Gulf Cooperation Council", "United States"], ["Government of Iraq"])]


def test_an_agreement_named_again_by_its_definite_noun_is_the_same_agreement():
    """"ووقع الاتفاقية الوزيران ... وأكد رئيس الدولة أن الاتفاقية تمثل ...": the agreement named again by its
    definite noun, with another person beside it, is the agreement already told — not a second one."""
    evs = [e for e in events(
        "وقّعت دولة الإمارات وجمهورية إندونيسيا، أمس الجمعة، اتفاقية الشراكة الاقتصادية الشاملة. ووقع الاتفاقية "
        "في أبوظبي ثاني بن أحمد الزيودي، وزير دولة للتجارة الخارجية، وذو الكفل حسن، وزير التجارة الإندونيسي. "
        "وأكد الشيخ محمد بن زايد آل نهيان أن الاتفاقية تمثل بداية مرحلة جديدة مع إندونيسيا.", "2022-07-02")
        if e[0] == "AGREE"]
    assert len(evs) == 1, evs
    assert evs[0][3] == ["ARE", "IDN"]


def test_its_own_ambassador_is_not_expelled_by_an_announcement():
    """"أعلن ماكرون أن بلاده ستعيد سفيرها في نيامي سيلفان إيتي إلى باريس": "its ambassador" after "أعلن" is France's
    own envoy brought home, not an envoy France expels (once the envoy is a known person the expulsion row had made
    France expel him); "طردت X سفيرها" and "أعلنت X السفير ... شخصا غير مرغوب فيه" still are expulsions."""
    evs = events("أعلن الرئيس الفرنسي إيمانويل ماكرون، مساء أمس الأحد، أن بلاده ستعيد سفيرها في نيامي سيلفان إيتي "
                 "إلى باريس.", "2023-09-25")
    assert not [e for e in evs if e[0] == "SANCTION"], evs
    assert [e for e in events("وأعلنت بوخارست السفير الروسي شخصا غير مرغوب فيه.", "2023-09-25") if e[0] == "SANCTION"]


def test_a_states_delegation_that_came_along_is_a_visitor():
    """"للزيارة التي قام بها الفريق السعودي إلى صنعاء برفقة الوفد العماني": a state's delegation that came along is a
    visitor (the evaluation writers list Oman) — as persons after "برفقة" already were."""
    typ, status, date, cs, src, tgt = one("وزار الفريق السعودي صنعاء في التاسع من أبريل برفقة الوفد العماني.",
                                          "2023-04-20")
    assert typ == "CONSULT" and "OMN" in cs and "Oman" in src


def test_a_verb_naming_its_own_subject_does_not_inherit_the_visitor():
    """"زيارة وفدين سعودي وعماني إلى صنعاء، حيث التقى السفير السعودي محمد آل جابر رئيس المجلس السياسي مهدي المشاط":
    the meeting's subject is the envoy named right after the verb, not the visitor the noun "زيارة" took from an
    earlier sentence (the UN envoy); "زار موسكو، حيث التقى الرئيس بوتين" still inherits the visitor."""
    evs = events("ورحب المبعوث الأممي إلى اليمن هانس غروندبرغ بإتمام العملية. وجاءت العملية بعد أيام من زيارة وفدين "
                 "سعودي وعماني إلى صنعاء، حيث التقى السفير السعودي محمد آل جابر رئيس المجلس السياسي الأعلى للحوثيين "
                 "مهدي المشاط في التاسع من أبريل.", "2023-04-16")
    met = [e for e in evs if e[0] == "CONSULT" and "Mahdi al-Mashat" in e[5]]
    assert met and met[0][4] == ["Mohammed Al Jaber"], evs
    visit = [e for e in events("زار رئيس الوزراء الهندي ناريندرا مودي موسكو، حيث التقى الرئيس فلاديمير بوتين.",
                               "2024-07-09") if "Vladimir Putin" in e[5]]
    assert visit and visit[0][4] == ["Narendra Modi"], visit


def test_an_agreement_with_a_movements_leader_is_not_domestic():
    """"وقّع الرئيس السوري أحمد الشرع وقائد قوات سوريا الديمقراطية مظلوم عبدي اتفاقاً": both are Syrian, but the SDF's
    commander stands for a non-state side — an agreement between a state and a movement is an event (it was dropped as
    a domestic one because only organisations counted as the movement's side); two ministers of one state still are
    domestic."""
    evs = events("وقّع الرئيس السوري أحمد الشرع وقائد قوات سوريا الديمقراطية مظلوم عبدي اتفاقاً.", "2025-03-11")
    assert [e for e in evs if e[0] == "AGREE" and "Mazloum Abdi" in e[4] + e[5]], evs
    assert not [e for e in events("وقّع وزير الخارجية السوري ووزير الدفاع السوري اتفاقاً.", "2025-03-11")
                if e[0] == "AGREE"]


def test_an_air_raid_told_with_aghara():
    """"أغارت طائرات إسرائيلية على مواقع لحزب الله": أغار is to raid — an air attack on whom "على" names (past
    forms only: the present "يغير" also means "changes")."""
    assert [(e[0], e[3]) for e in events("أغارت طائرات إسرائيلية على مواقع لحزب الله في جنوب لبنان.", "2024-11-01")] \
        == [("ASSAULT", ["ISR", "LBN"])]


def test_fire_opened_with_its_subject_between():
    """"أطلق جنود إسرائيليون النار على موقع لليونيفيل": the firing verb, its subject, then "النار على" is gunfire at
    whom "على" names — and the soldiers after "أطلق" are its subject, not troops sent (MOBILIZE)."""
    evs = events("أطلق جنود إسرائيليون النار على موقع لقوات اليونيفيل في الناقورة.", "2024-11-01")
    assert [(e[0], e[4], e[5]) for e in evs] == [("ASSAULT", ["Israel"], ["United Nations Interim Force in Lebanon"])]
    assert [e[0] for e in events("أرسلت بريطانيا جنودا إلى إستونيا.", "2024-11-01")] == ["MOBILIZE"]


def test_embassy_staff_expelled_with_their_number_between():
    """"طرد 15 موظفا في السفارة الروسية": an embassy's staff, counted, are diplomats expelled — by the expelling verb
    just before them only: staff the other side expelled, told after a comma, are not this act."""
    evs = events("أعلنت وزارة الخارجية النرويجية، أمس الخميس، طرد 15 موظفا في السفارة الروسية في أوسلو.", "2023-04-14")
    assert [(e[0], e[2], e[3]) for e in evs] == [("SANCTION", "2023-04-13", ["NOR", "RUS"])]
    assert events("أعلنت الحكومة توظيف 500 موظف في السفارة الأمريكية.", "2023-04-14") == []


def test_an_accusations_adjective_names_the_accuser():
    """"رفضت الحكومة السودانية اتهامات إماراتية", "ردهما على الاتهامات المغربية": the state adjective right on an
    accusation noun names who accuses; the one denying or answering it is the accused — but an envoy's adjective
    ("استدعت الخارجية الإستونية القائم بالأعمال الروسي") stays whose envoy is summoned."""
    evs = events("وكان حزب الله قد وعد بالرد على الاتهامات المغربية بدعم البوليساريو.", "2018-05-02")
    assert ("ACCUSE", ["Morocco"], ["Hezbollah"]) in [(e[0], e[4], e[5]) for e in evs]
    evs = events("استدعت وزارة الخارجية الإستونية، أمس الجمعة، القائم بالأعمال الروسي للاحتجاج على انتهاك مجالها الجوي.",
                 "2025-09-20")
    assert [(e[0], e[4], e[5]) for e in evs] == [("ACCUSE", ["Ministry of Foreign Affairs of Estonia"], ["Russia"])]


def test_charges_denied_were_still_made():
    """"نفت بكين اتهامات أمريكية بـ...": a denial of charges negates what is charged, not the charging — the
    accusation, the trigger itself right after the denial, occurred (and the denial is a rejection)."""
    evs = events("ونفت وزارة الخارجية الصينية اتهامات أمريكية بتزويد روسيا بمكونات عسكرية.", "2024-05-02")
    assert ("ACCUSE", "occurred", ["United States"]) in [(e[0], e[1], e[4]) for e in evs]
    assert ("REJECT", "occurred") in [(e[0], e[1]) for e in evs]
    assert [e[1] for e in events("نفت إيران شن هجوم على إسرائيل.", "2024-05-02")] == ["negated"]


def test_a_feminine_verbs_unsaid_subject_is_the_woman_named_before():
    """"وصلت ميلوني إلى جدة، حيث كان في استقبالها الأمير سعود بن مشعل، على أن تتوجه اليوم إلى المنامة": the feminine
    verb "تتوجه", its subject unsaid, is the woman's act — not that of the man named last (the one who received her)."""
    evs = events("أجرت رئيسة الوزراء الإيطالية جورجا ميلوني مباحثات في العلا مع ولي العهد السعودي الأمير محمد بن سلمان. "
                 "وكانت ميلوني قد وصلت إلى جدة مساء السبت، حيث كان في استقبالها نائب أمير منطقة مكة المكرمة الأمير سعود بن "
                 "مشعل، على أن تتوجه اليوم الاثنين إلى المنامة للقاء ملك البحرين حمد بن عيسى آل خليفة.", "2025-01-27")
    visit = [e for e in evs if e[1] == "planned"]
    assert visit and visit[0][4] == ["Giorgia Meloni"] and "BHR" in visit[0][3]


def test_the_two_neighbours_are_both_sides():
    """"وحثت الخارجية الصينية الجارتين على التهدئة": "الجارتين" (the two neighbours) names the two states of the
    conflict just told, as "البلدين" does — both are the call's targets."""
    evs = events("شنت الهند ضربات صاروخية على مواقع في باكستان، وردت باكستان بقصف مدفعي. "
                 "وحثت الخارجية الصينية الجارتين على التهدئة وتجنب التصعيد.", "2025-05-08")
    assert ("REQUEST", ["Ministry of Foreign Affairs of China"], ["India", "Pakistan"]) in [(e[0], e[4], e[5]) for e in evs]


def test_a_leaders_spouse_who_came_along_is_no_party():
    """"ووصلت إلى القاهرة برفقة الرئيس التركي عقيلته السيدة أمينة أردوغان": a person the gazetteer knows only as a
    leader's spouse is no party to the visit — her arrival is the president's visit, not one of her own."""
    evs = events("استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الأربعاء، الرئيس التركي رجب طيب أردوغان في قصر الاتحادية. "
                 "ووصلت إلى القاهرة برفقة الرئيس التركي عقيلته السيدة أمينة أردوغان.", "2024-02-14")
    assert evs and all("Emine Erdoğan" not in e[4] + e[5] for e in evs)
    assert len([e for e in evs if e[0] == "CONSULT"]) == 1


def test_observers_reading_of_the_visit_is_no_meeting():
    """"ويرى مراقبون أن الزيارة تعكس حرص الحكومة ... بين الصين والولايات المتحدة": the visit the article reports,
    named again in observers' reading of it, is no meeting of its own — the states after it are the reading's."""
    text = ("استقبل رئيس الوزراء الماليزي أنور إبراهيم، أمس الجمعة، الرئيس الإندونيسي جوكو ويدودو في بوتراجايا. "
            "ويرى مراقبون أن الزيارة تعكس حرص الحكومة الماليزية على التوازن في علاقاتها بين الصين والولايات المتحدة.")
    evs = events(text, "2023-03-31")
    assert [sorted(e[3]) for e in evs if e[0] == "CONSULT"] == [["IDN", "MYS"]]
    # (a visit named outside such a reading still is one)
    assert any(e[0] == "CONSULT" for e in events("وكانت الزيارة الأولى لوزير الخارجية الصيني إلى الولايات المتحدة "
                                                 "منذ عام 2018.", "2023-03-31"))


def test_a_later_phrase_of_the_same_row_does_not_take_an_earlier_ones_verb():
    """"أعلنت فرنسا طرد دبلوماسيين أذربيجانيين، رداً على قرار باكو اعتبار اثنين من موظفي السفارة الفرنسية «شخصين غير
    مرغوب فيهما»": the second expulsion's light verb is not the "طرد" of the first phrase of its row — that would
    make the two one event and lose France's expulsion; each side expelled the other's diplomats."""
    evs = events("أعلنت فرنسا، أمس الأربعاء، طرد دبلوماسيين أذربيجانيين اثنين، رداً على قرار باكو اعتبار اثنين من موظفي "
                 "السفارة الفرنسية لديها \"شخصين غير مرغوب فيهما\"، في تصعيد جديد للأزمة.", "2023-12-28")
    assert ("SANCTION", ["France"], ["Azerbaijan"]) in [(e[0], e[4], e[5]) for e in evs]


def test_a_court_sentence_is_a_sanction():
    """"قضت محكمة البوسنة والهرسك ... بسجن ... ميلوراد دوديك": a court's ruling to jail (or execute) someone is a
    SANCTION (mode convict) — the verb of ruling or issuing before "بسجن" makes it one."""
    evs = events("قضت محكمة البوسنة والهرسك فى سراييفو، أمس الأربعاء، بسجن رئيس جمهورية صرب البوسنة ميلوراد دوديك "
                 "عاماً واحداً.", "2025-02-27")
    assert [(e[0], e[2], e[3]) for e in evs] == [("SANCTION", "2025-02-26", ["BIH"])]


def test_a_prison_named_is_no_sentence():
    """"نقل المعتقلون إلى سجن صيدنايا", "المعتقلين بسجن صيدنايا": the word for jailing is also a prison's name; with
    no verb of ruling before it (or not behind ب) it is no sentence passed."""
    assert not [e for e in events("ونقل المعتقلون السوريون إلى سجن صيدنايا قرب دمشق.", "2024-12-10") if e[0] == "SANCTION"]
    assert not [e for e in events("وأفرجت المعارضة السورية عن المعتقلين بسجن صيدنايا.", "2024-12-10")
                if e[0] == "SANCTION"]


def test_a_journey_to_attend_a_gathering_is_no_visit_to_the_host():
    """"قبل أن يتوجه غداً إلى سويسرا للمشاركة في المنتدى الاقتصادي العالمي": setting off to a place to attend a summit or
    forum there is no visit to the host state's government; a journey with no such purpose still is a visit."""
    assert events("ويغادر مودي أبوجا اليوم متوجهاً إلى البرازيل للمشاركة في قمة مجموعة العشرين في ريو دي جانيرو.",
                  "2024-11-18") == []
    evs = events("توجه الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر في زيارة رسمية.", "2022-08-25")
    assert [(e[0], e[3]) for e in evs] == [("CONSULT", ["DZA", "FRA"])]


def test_the_next_leg_to_a_town_of_the_visited_state_is_the_same_visit():
    """"ويتوجه الزعيمان اليوم الأحد إلى مدينة أنورادابورا": after a visit told as done, a planned leg to a town of the
    same state is that visit going on — no second, planned visit."""
    evs = events("استقبل رئيس سريلانكا أنورا كومارا ديساناياكا، أمس السبت، رئيس الوزراء الهندي ناريندرا مودي في كولومبو. "
                 "ويتوجه الزعيمان اليوم الأحد إلى مدينة أنورادابورا التاريخية، حيث سيفتتحان مشروعين للسكك الحديدية.",
                 "2025-04-06")
    assert [(e[0], e[1]) for e in evs if e[0] == "CONSULT"] == [("CONSULT", "occurred")]


def test_a_statement_reported_is_one_made():
    """"وأعلن الرئيس الصربي الأربعاء المقبل يوم حداد وطني، مع أنه أدان مقتل الشرطي": a day ahead named in the sentence
    is the mourning's, not the condemnation's — a statement reported is one made, whatever future or condition stands
    near it (the evaluation writers code a verbal event as planned or hypothetical 9 times in 1,800)."""
    evs = events("وأعلن الرئيس الصربي ألكسندر فوتشيتش الأربعاء المقبل يوم حداد وطني على القتلى الثلاثة، مع أنه أدان مقتل "
                 "الشرطي الكوسوفي.", "2023-09-25")
    assert [(e[0], e[1]) for e in evs if e[0] == "ACCUSE"] == [("ACCUSE", "occurred")]


def test_a_city_spoken_from_is_no_addressee():
    """"اتهم زيلينسكي، يوم الخميس الماضي من بروكسل، كوريا الشمالية": "from Brussels" is where he spoke — the one
    accused is named after it; a city after "من" with no one named after it still can be the addressee."""
    evs = events("اتهم الرئيس الأوكراني فولوديمير زيلينسكي، يوم الخميس الماضي من بروكسل، كوريا الشمالية بالتحضير "
                 "لإرسال عشرة آلاف جندي.", "2024-10-20")
    assert [(e[0], e[5]) for e in evs] == [("ACCUSE", ["North Korea"])]
    assert [e[5] for e in events("دان الرئيس الفرنسي من القاهرة الهجوم الإسرائيلي.", "2024-10-20")] == [["Israel"]]
    # (nor is the place of the speaker's visit)
    evs = events("اتهمت وزيرة الخزانة الأمريكية جانيت يلين، خلال زيارتها لوساكا في يناير الماضي، الصين بعرقلة مفاوضات "
                 "إعادة الهيكلة.", "2023-03-10")
    assert [e[5] for e in evs] == [["China"]]


def test_a_nouns_object_of_its_own_type_is_no_rival_for_its_time():
    """"شهدت المفوضية توقيع فون دير لاين وعلييف في باكو، يوم 18 يوليو الماضي، مذكرة تفاهم": the memorandum after the
    time is what was signed — the same event as the signing, not a rival nearer to the time — so the signing takes
    the day named (not the news day)."""
    evs = events("وشهدت المفوضية توقيع فون دير لاين وعلييف في باكو، يوم 18 يوليو الماضي، مذكرة تفاهم.", "2022-12-18")
    assert [(e[0], e[2]) for e in evs] == [("AGREE", "2022-07-18")]


def test_what_a_gathering_decided_takes_its_day():
    """"فرضت إيكواس عقوباتها على النيجر في قمة عقدتها في أبوجا في الثلاثين من تموز الماضي": sanctions imposed "at a
    summit" were imposed on the summit's day, the time told after the summit."""
    evs = events("وكانت إيكواس قد فرضت عقوباتها على النيجر في قمة عقدتها في أبوجا في الثلاثين من تموز الماضي.",
                 "2023-12-18")
    assert [(e[0], e[2]) for e in evs if e[0] == "SANCTION"] == [("SANCTION", "2023-07-30")]


def test_a_ceasefire_reached_or_announced_is_one():
    """"وأعلنت الهند وباكستان التوصل إلى وقف لإطلاق النار": a ceasefire reached (or announced) is a RETREAT/ceasefire
    of the two; one awaited ("إلى حين التوصل إلى وقف دائم لإطلاق النار"), refused or called for is none."""
    evs = events("وأعلنت الهند وباكستان في العاشر من مايو الماضي التوصل إلى وقف لإطلاق النار.", "2025-06-18")
    assert [(e[0], e[2], e[3]) for e in evs] == [("RETREAT", "2025-05-10", ["IND", "PAK"])]
    assert not events("شدد وزير التجارة التركي على أن التعليق سيبقى سارياً إلى حين التوصل إلى وقف دائم لإطلاق النار.",
                      "2024-05-03")
    assert not [e for e in events("وأعلن الرئيس الروسي رفضه وقف إطلاق النار.", "2024-05-03") if e[0] == "RETREAT"]


def test_standing_by_with_an_adverb_between_is_support():
    """"أن بلاده ستقف دائما إلى جانب موسكو": an adverb ("دائما", "بقوة") between the verb and "إلى جانب" does not break
    the phrase — standing by someone is support."""
    evs = events("وأكد الزعيم الكوري الشمالي كيم جونغ أون أن بلاده ستقف دائما إلى جانب موسكو.", "2023-09-14")
    assert [(e[0], e[3]) for e in evs] == [("SUPPORT", ["PRK", "RUS"])]
    # (so does staying by someone: "إن فرنسا ستبقى إلى جانب العراق")
    evs = events("وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ستبقى إلى جانب العراق في دعم سيادته.", "2023-03-01")
    assert [(e[0], e[3]) for e in evs] == [("SUPPORT", ["FRA", "IRQ"])]


def test_the_doer_named_in_a_relative_clause_struck():
    """"الهجوم الذي شنته القوات الأذربيجانية على مواقع داخل الأراضي الأرمينية في 13 أيلول الماضي": the attack recalled,
    its doer the relative clause's subject and its target what it was "on", is an assault of its own (dated)."""
    evs = events("وجاء ذلك بعد الهجوم الذي شنته القوات الأذربيجانية على مواقع داخل الأراضي الأرمينية في 13 أيلول الماضي.",
                 "2023-10-20")
    assert [(e[0], e[2], e[4], e[5]) for e in evs] == [("ASSAULT", "2023-09-13", ["Azerbaijan"], ["Armenia"])]


def test_a_seat_of_government_stands_for_it():
    """"نفت أبيدجان هذه الاتهامات", "وطالب تاياني تل أبيب بتفسيرات": a city the press names a government by (Abidjan,
    Côte d'Ivoire's seat; Tel Aviv, the usual metonym for Israel's government), not the capital of record, stands for
    that government as a capital does."""
    evs = events("واتهمت مالي ساحل العاج بإرسال مرتزقة. في المقابل، نفت أبيدجان هذه الاتهامات بشكل قاطع.", "2023-01-08")
    assert ("REJECT", ["CIV", "MLI"]) in [(e[0], e[3]) for e in evs]
    evs = events('وطالب وزير الخارجية الإيطالي أنطونيو تاياني تل أبيب بـ"تفسيرات واعتذار".', "2024-10-11")
    assert [(e[0], e[3]) for e in evs] == [("REQUEST", ["ISR", "ITA"])]


def test_a_noun_coordinated_with_what_is_asked_is_asked_too():
    """"طالب تاياني تل أبيب بـ«تفسيرات واعتذار»": the apology, coordinated with the explanations asked for, is asked for
    too — no apology given (no CONCEDE)."""
    evs = events('وطالب وزير الخارجية الإيطالي أنطونيو تاياني تل أبيب بـ"تفسيرات واعتذار".', "2024-10-11")
    assert "CONCEDE" not in [e[0] for e in evs]


def test_a_denial_of_that_rejects_the_accusation_just_told():
    """"وتتهم واشنطن باماكو بالتعاون مع فاغنر، فيما تنفي باماكو ذلك": "that" is the accusation told before it in the
    sentence — its accuser is the one rejected; "ونفت وزارة الخارجية ذلك" with no accusation told is no rejection."""
    evs = events("وتتهم واشنطن باماكو بالتعاون مع فاغنر، فيما تنفي باماكو ذلك.", "2024-03-17")
    assert ("REJECT", ["Mali"], ["United States"]) in [(e[0], e[4], e[5]) for e in evs]
    assert not events("ونفت وزارة الخارجية الروسية ذلك.", "2024-03-17")


def test_a_charter_or_deal_signed_is_an_agreement():
    """"ووقع بوتين وكيم جونغ أون ميثاقا للشراكة", "... صفقة للتعاون العسكري": a charter or deal signed, the signers
    between the verb and the document, is an agreement — as a treaty or protocol is (bare "وقع" is no trigger by itself:
    it also means "occurred", so the document anchors it)."""
    for doc in ("ميثاقا للشراكة الاستراتيجية الشاملة", "صفقة للتعاون العسكري"):
        evs = events("ووقع الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون " + doc + ".", "2024-06-20")
        assert [(e[0], e[3]) for e in evs] == [("AGREE", ["PRK", "RUS"])], doc


def test_assets_frozen_with_the_freezer_between():
    """"وجمد الاتحاد الأوروبي أصول البنك المركزي الروسي": the freezing verb, its subject between it and the assets, freezes
    them — a sanction (the contiguous "جمد أصول" alone was a trigger); assets merely named ("الأصول الروسية المجمدة")
    are none."""
    evs = events("وجمد الاتحاد الأوروبي أصول البنك المركزي الروسي.", "2022-03-01")
    assert [(e[0], e[4]) for e in evs] == [("SANCTION", ["European Union"])]
    assert not events("وتبلغ الأصول الروسية المجمدة نحو 300 مليار دولار.", "2022-03-01")


def test_forces_withdrawn_with_the_withdrawer_between():
    """"سحبت فرنسا قواتها من مالي": the withdrawing verb, its subject alone between it and "its forces", withdraws them
    (the contiguous "سحب قواتها" was a phrase already); a bill withdrawn is no retreat."""
    evs = events("سحبت فرنسا قواتها من مالي.", "2022-08-16")
    assert [(e[0], e[3]) for e in evs] == [("RETREAT", ["FRA", "MLI"])]
    assert not events("سحبت الحكومة الفرنسية مشروع القانون.", "2022-08-16")


def test_its_aid_halted_or_given_with_the_subject_between():
    """"علقت الولايات المتحدة مساعداتها لأفغانستان": "its aid" halted, the subject between the verb and it, is a sanction
    (halted aid); "قدمت الصين مساعداتها للمتضررين في باكستان" is aid given; named alone ("مساعداتها ستستمر") it is
    neither."""
    assert [(e[0], e[3]) for e in events("علقت الولايات المتحدة مساعداتها لأفغانستان.", "2021-08-20")] == \
        [("SANCTION", ["AFG", "USA"])]
    assert [(e[0], e[3]) for e in events("وقدمت الصين مساعداتها للمتضررين في باكستان.", "2022-09-01")] == \
        [("AID", ["CHN", "PAK"])]
    assert not events("وقالت الخارجية الأمريكية إن مساعداتها ستستمر.", "2022-09-01")


def test_loan_or_grant_given_giver_then_receiver():
    """"منحت ألمانيا أوكرانيا قرضا": a giving verb, then the giver, then the receiver (no و between them), then the loan
    or grant — aid from the first to the second; two joined by و ("منحت ألمانيا وفرنسا قرضا لأوكرانيا") give it
    together."""
    assert [(e[0], e[4], e[5]) for e in events("منحت ألمانيا أوكرانيا قرضا بقيمة مليار يورو.", "2024-03-01")] == \
        [("AID", ["Germany"], ["Ukraine"])]
    assert [(e[0], e[4], e[5]) for e in events("منح الاتحاد الأوروبي تونس منحة بقيمة 60 مليون يورو.")] == \
        [("AID", ["European Union"], ["Tunisia"])]
    assert [(e[0], e[4], e[5]) for e in events("منحت ألمانيا وفرنسا قرضا لأوكرانيا.")] == \
        [("AID", ["Germany", "France"], ["Ukraine"])]


def test_threats_in_general_are_no_threat():
    """"لمواجهة التهديدات الراهنة": "the threats", definite and plural, are threats in general that someone faces or
    resists — nobody threatens anybody; a threat that is someone's ("تهديداتها") still is one."""
    assert not [e for e in events("بحث تياني مع بوتين تعزيز التعاون الأمني لمواجهة التهديدات الراهنة.", "2024-04-11")
                if e[0] == "THREATEN"]
    assert not [e for e in events("أكدت تساي أن تايوان لن تتراجع أمام التهديدات العسكرية الصينية.", "2022-08-03")
                if e[0] == "THREATEN"]


def test_talks_he_held_are_the_subjects():
    """"والتقى شي ... بوريك، بعد يوم من محادثات أجراها مع لولا": the talks "he held with" Lula were held by the
    subject of the sentence's event before them (Xi), not by Boric, the last one named before the noun."""
    evs = events("استقبل الرئيس الصيني شي جين بينغ الرئيس الكولومبي غوستافو بيترو. والتقى شي في اليوم ذاته الرئيس "
                 "التشيلي غابرييل بوريك، بعد يوم من محادثات أجراها مع الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا.",
                 "2025-05-14")
    assert ("CONSULT", "occurred", "2025-05-13", ["BRA", "CHN"], ["Xi Jinping"], ["Luiz Inácio Lula da Silva"]) in evs


def test_the_visit_a_statement_speaks_of_is_the_one_told_before():
    """'اعتبرت زاخاروفا أن الزيارة "استفزاز" أمريكي': "the visit", bare, that a statement says something about is the
    visit told before — no visit of the speaker to the state the statement names; a visit named with its visitor
    after "أن" still is one."""
    evs = events('وصلت رئيسة مجلس النواب الأمريكي نانسي بيلوسي إلى تايبيه. وقد اعتبرت المتحدثة باسم الخارجية '
                 'الروسية ماريا زاخاروفا، الثلاثاء، أن الزيارة "استفزاز" أمريكي صريح.', "2022-08-03")
    assert [(e[0], e[4]) for e in evs if e[0] == "CONSULT"] == [("CONSULT", ["Nancy Pelosi"])]
    evs = events("وصلت رئيسة مجلس النواب الأمريكي نانسي بيلوسي إلى تايبيه. وأعلنت الخارجية الروسية أن لافروف "
                 "سيزور بكين الأسبوع المقبل.", "2022-08-03")
    assert [e[4] for e in evs if e[0] == "CONSULT"] == [["Nancy Pelosi"], ["Sergey Lavrov"]]
    # (a meeting, talks or a summit too: "وقال المتحدث إن اللقاء كان مثمرا")
    evs = events("التقى الرئيس الفرنسي إيمانويل ماكرون المستشار الألماني أولاف شولتس في برلين أمس. وقال المتحدث باسم "
                 "الحكومة الألمانية شتيفن هيبشترايت إن اللقاء كان مثمرا مع فرنسا.", "2023-10-21")
    assert [(e[4], e[5]) for e in evs if e[0] == "CONSULT"] == [(["Emmanuel Macron"], ["Olaf Scholz"])]


def test_a_day_after_counts_back_from_the_sentences_first_event():
    """"وجاءت زيارة ميلوني غداة زيارة بايدن ... أمس الأول، كما جاءت بعد يوم من محادثات أجرتها في وارسو": what came "a
    day after" the talks is the sentence's first event (Meloni's visit, the article's day), not the last one dated in
    the sentence (Biden's, the day before)."""
    evs = events("وصلت رئيسة الوزراء الإيطالية جورجيا ميلوني أمس (الثلاثاء) إلى كييف. وجاءت زيارة ميلوني غداة الزيارة "
                 "المفاجئة التي قام بها الرئيس الأمريكي جو بايدن إلى كييف أمس الأول (الاثنين)، حيث التقى زيلينسكي، كما "
                 "جاءت بعد يوم من محادثات أجرتها رئيسة الوزراء الإيطالية في وارسو مع نظيرها البولندي ماتيوش "
                 "مورافيتسكي.", "2023-02-22")
    assert ("CONSULT", "2023-02-20") in [(e[0], e[2]) for e in evs if "POL" in e[3]], evs


def test_welcomed_today_is_dated_today_not_the_act_welcomed():
    """"ورحبت السعودية، اليوم الثلاثاء، بالاتفاق": the agreement welcomed, past the time, is the welcome's object — no
    rival for its time (the agreement was signed the day before); the time after what is praised is that thing's
    ("أشاد بمشاركة المجر في قمة السلام منتصف حزيران")."""
    evs = events("وقّع الرئيس السوري أحمد الشرع وقائد قسد مظلوم عبدي مساء أمس الاثنين في دمشق اتفاقاً. ورحبت وزارة "
                 "الخارجية السعودية، اليوم الثلاثاء، بالاتفاق.", "2025-03-11")
    assert [(e[0], e[2]) for e in evs] == [("AGREE", "2025-03-10"), ("SUPPORT", "2025-03-11")]


def test_what_an_act_prompted_follows_it_then():
    """"اتهمت إسرائيل في يناير الماضي موظفين في الأونروا ...، ما دفع الولايات المتحدة إلى تعليق تمويلها": what the act
    prompted ("ما دفع", "مما أدى إلى"), its own time unsaid, followed it then — not on the news day."""
    text = ("يُذكر أن إسرائيل اتهمت في يناير الماضي 12 من موظفي الأونروا بالمشاركة في الهجوم، ما دفع الولايات المتحدة "
            "إلى تعليق تمويلها للأونروا.")
    evs = events(text, "2024-10-28")
    assert ("SANCTION", "2024-01") in [(e[0], e[2]) for e in evs], evs
    # (with a time of its own after "ما دفع", that time)
    evs = events(text.replace("إلى تعليق", "في مارس إلى تعليق"), "2024-10-28")
    assert ("SANCTION", "2024-03") in [(e[0], e[2]) for e in evs], evs


def test_a_while_clause_after_a_meeting_has_actors_of_its_own():
    """"وكان زيلينسكي قد التقى ستارمر في لندن في العاشر من أكتوبر، فيما كان رئيس الوزراء الأسبق بوريس جونسون قد زار
    كييف": once the one met is named, the contrasting clause after "، فيما" (بينما، في حين) has actors of its own — no
    meeting of Zelenskyy with Johnson."""
    evs = events("وكان الرئيس الأوكراني فولوديمير زيلينسكي قد التقى رئيس الوزراء البريطاني كير ستارمر في لندن في العاشر من "
                 "أكتوبر الماضي، فيما كان رئيس الوزراء البريطاني الأسبق بوريس جونسون قد زار كييف في التاسع من أبريل "
                 "2022.", "2025-01-17")
    met = [e for e in evs if e[0] == "CONSULT" and e[2] == "2024-10-10"]
    assert met and all("Boris Johnson" not in e[4] + e[5] for e in met), evs


def test_a_pair_joined_after_the_verb_met_the_third_together():
    """"والتقى وزير الخارجية السعودي ونظيره الإيراني، في وقت سابق اليوم، وزير الخارجية الصيني": two persons joined by و
    right after a meeting verb, its subject, met the one named past the comma together — one meeting of the pair with
    the third, not two meetings of the first; the pair alone ("التقى بوتين ونظيره الصيني") is still a meeting of two."""
    evs = events("والتقى وزير الخارجية السعودي الأمير فيصل بن فرحان ونظيره الإيراني، في وقت سابق اليوم، وزير الخارجية "
                 "الصيني تشين قانغ.", "2023-04-06")
    assert [(e[3], e[4], e[5]) for e in evs if e[0] == "CONSULT"] == [
        (["CHN", "IRN", "SAU"], ["Faisal bin Farhan Al Saud", "Hossein Amir-Abdollahian"], ["Qin Gang"])], evs
    evs = events("والتقى الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ في موسكو.", "2023-03-21")
    assert [(e[4], e[5]) for e in evs if e[0] == "CONSULT"] == [(["Vladimir Putin"], ["Xi Jinping"])], evs
    # (a name that begins with و is no و joining it: "بلينكن وانغ يي" is Blinken meeting Wang)
    evs = events("التقى وزير الخارجية الأمريكي أنتوني بلينكن وانغ يي، على هامش القمة، ثم الرئيس الإندونيسي جوكو ويدودو.",
                 "2023-05-10")
    assert [(e[4], e[5]) for e in evs if e[0] == "CONSULT"] == [
        (["Antony Blinken"], ["Wang Yi"]), (["Antony Blinken"], ["Joko Widodo"])], evs


def test_two_counterparts_a_dual_names_were_met_together():
    """"التقى وزير الخارجية الأمريكي نظيريه الياباني والكوري الجنوبي": the two counterparts a dual names were met
    together — one meeting of the three, not one per counterpart."""
    evs = events("التقى وزير الخارجية الأمريكي في طوكيو نظيريه الياباني والكوري الجنوبي.", "2023-04-20")
    assert [(e[3], e[4], e[5]) for e in evs if e[0] == "CONSULT"] == [
        (["JPN", "KOR", "USA"], ["Antony Blinken"], ["Yoshimasa Hayashi", "Park Jin"])], evs


def test_charges_denied_hold_their_accuser():
    """"نفت الخارجية الإيرانية اتهامات واشنطن بتزويد روسيا بالصواريخ": the charges denied hold their accuser, the one
    rejected (the accusation noun does not close the denial's arguments); what they allege, after ب, is content —
    Russia is no party of the denial."""
    evs = events("نفت الخارجية الإيرانية اتهامات واشنطن بتزويد روسيا بالصواريخ.", "2023-05-10")
    assert [(e[0], e[3]) for e in evs] == [("REJECT", ["IRN", "USA"])], evs


def test_a_person_met_after_then_is_a_meeting_on_its_own_day():
    """"التقى شولتس يوم السبت ... الرئيس الأرجنتيني ...، ثم الرئيس التشيلي غابرييل بوريك يوم الأحد": the person met after
    "ثم" (then), titles between, is a meeting of its own, on the day named after them — not the first meeting's day."""
    evs = events("التقى شولتس يوم السبت في بوينس آيرس الرئيس الأرجنتيني ألبرتو فرنانديث، ثم الرئيس التشيلي غابرييل "
                 "بوريك يوم الأحد في سانتياغو.", "2023-01-31")
    assert sorted((e[2], e[5]) for e in evs if e[0] == "CONSULT") == [
        ("2023-01-28", ["Alberto Fernández"]), ("2023-01-29", ["Gabriel Boric"])], evs


def test_a_day_after_the_announcement_of_an_act_counts_back_from_the_day_named():
    """"أعلنت الحركة الاثنين سيطرتها على غوما، بعد يوم من إعلان كينشاسا قطع علاقاتها": the act announced (its maker
    named between) lies a day before the day the sentence names — when the sentence holds no event of its own to count
    from, that day, not the news day."""
    evs = events("وكانت الحركة قد أعلنت الاثنين سيطرتها على غوما، بعد يوم من إعلان كينشاسا قطع علاقاتها الدبلوماسية "
                 "مع كيغالي.", "2025-01-29")
    assert [(e[0], e[2]) for e in evs if e[0] == "SANCTION"] == [("SANCTION", "2025-01-26")], evs


def test_a_demand_made_during_the_call_right_after_its_verb_takes_the_calls_day():
    """"وكان بوتين قد طالب خلال الاتصال بـ«ضمانات»": "during the call" right after the act's own verb (and before a
    quoted object after ب) dates the demand to the call told before, not to the news day."""
    evs = events("وقال أردوغان إن وزير الدفاع الروسي اتصل بنظيره التركي اليوم. وأوضح أردوغان أن الخبر جاء بعد اتصاله "
                 "الهاتفي مع الرئيس الروسي فلاديمير بوتين، أمس الثلاثاء. "
                 "وكان بوتين قد طالب خلال الاتصال بـ\"ضمانات حقيقية\" من كييف.", "2022-11-02")
    assert [(e[0], e[2]) for e in evs if e[0] == "REQUEST"] == [("REQUEST", "2022-11-01")], evs


def test_praise_given_there_is_dated_to_the_visit_just_told():
    """"وأشاد ماكرون هناك بالتزام حكومة لولا": "there" right after the verb and its subject is the place just told — the
    praise was given when the visit there was, not on the news day. A participle's object "there" ("داعية الموجودين
    هناك") dates nothing."""
    evs = events("وقال الرئيس البرازيلي لولا دا سيلفا، اليوم الخميس، إن بلاده تريد شراكة أوسع مع فرنسا. واستهل الرئيس "
                 "الفرنسي زيارته، الثلاثاء، من مدينة بيليم في قلب الأمازون، حيث أطلق الرئيسان برنامجًا لجذب استثمارات. "
                 "وأشاد ماكرون هناك بالتزام حكومة لولا بمكافحة إزالة الغابات.", "2024-03-28")
    assert [(e[0], e[2]) for e in evs if e[0] == "SUPPORT"] == [("SUPPORT", "2024-03-26")], evs
    evs = events("قطعت كندا علاقاتها الدبلوماسية مع إيران عام 2012. وحثت الخارجية الكندية، اليوم الخميس، المواطنين الكنديين "
                 "على عدم السفر إلى إيران، داعية الموجودين هناك إلى العودة.", "2024-06-20")
    assert all(e[2] == "2024-06-20" for e in evs if e[0] == "REQUEST"), evs


def test_who_signed_the_agreement_told_before_are_its_persons():
    """"ووقع الاتفاقية المفوض الأوروبي للتجارة ... ووزير التجارة النيوزيلندي ...": the signing verb with a definite
    agreement noun names who signed the agreement just told — its persons, on their states' sides — not a second
    signing."""
    evs = events("وقّع الاتحاد الأوروبي ونيوزيلندا، أمس الأحد في بروكسل، اتفاقية للتجارة الحرة. ووقع الاتفاقية المفوض "
                 "الأوروبي للتجارة فالديس دومبروفسكيس ووزير التجارة النيوزيلندي داميان أوكونور.", "2023-07-10")
    agree = [e for e in evs if e[0] == "AGREE"]
    assert len(agree) == 1, evs
    assert "Valdis Dombrovskis" in agree[0][4] and "New Zealand" in agree[0][5], evs
    # (signed "on behalf of" a side; who attended the signing signs nothing)
    evs = events("وقّعت الولايات المتحدة وحركة طالبان، أمس السبت في الدوحة، اتفاقا تاريخيا. ووقّع الاتفاق عن الجانب الأمريكي "
                 "المبعوث الخاص زلماي خليل زاد، وعن طالبان الملا عبد الغني برادر، بحضور وزير الخارجية القطري محمد بن "
                 "عبد الرحمن آل ثاني.", "2020-03-01")
    agree = [e for e in evs if e[0] == "AGREE"]
    assert len(agree) == 1 and {"Zalmay Khalilzad", "Abdul Ghani Baradar"} <= set(agree[0][4] + agree[0][5]), evs
    assert "QAT" not in agree[0][3], evs


def test_a_visit_to_a_state_alone_was_paid_to_its_one_person_named():
    """"وصل آبي أحمد إلى أسمرة ...، حيث كان الرئيس الإريتري أسياس أفورقي في استقباله": a visit whose host side is the
    state alone, in a sentence naming one person of that state, was paid to that person too (the states unchanged)."""
    evs = events("وكان رئيس الوزراء الإثيوبي آبي أحمد قد وصل إلى أسمرة، الأحد، في أول زيارة لزعيم إثيوبي إلى إريتريا "
                 "منذ نحو 20 عاما، حيث كان الرئيس الإريتري أسياس أفورقي في استقباله بالمطار.", "2018-07-10")
    assert [(e[3], e[5]) for e in evs if e[0] == "CONSULT"] == [(["ERI", "ETH"], ["Eritrea", "Isaias Afwerki"])], evs


def test_accession_negotiations_opened_are_no_meeting():
    """"أطلق الاتحاد الأوروبي مفاوضات انضمام ألبانيا": negotiations on joining a body name a membership process that was
    opened, not talks held between parties; talks on anything else are still a meeting."""
    evs = events("أطلق الاتحاد الأوروبي، أمس، رسميا مفاوضات انضمام ألبانيا ومقدونيا الشمالية إلى التكتل.", "2022-07-20")
    assert not [e for e in evs if e[0] == "CONSULT"], evs
    evs = events("أجرى وزير الخارجية الروسي سيرغي لافروف، أمس، مفاوضات مع نظيره التركي في أنقرة.", "2022-06-09")
    assert [e[0] for e in evs] == ["CONSULT"], evs


def test_relations_raised_to_a_partnership_are_agreed():
    """"رفعت الولايات المتحدة وفيتنام مستوى علاقاتهما إلى شراكة استراتيجية": relations raised to a partnership — by a
    verb with its subject between, or a verbal noun after "أعلن" — are agreed by the two (AGREE, as the evaluation
    writers code it); relations raised with no partnership named, and the content of an agreement told just before,
    are no agreement of their own."""
    assert [e[:4] for e in events("رفعت الولايات المتحدة وفيتنام مستوى علاقاتهما الثنائية إلى \"شراكة استراتيجية شاملة\".",
                                  "2023-09-11")] == [("AGREE", "occurred", "2023-09-11", ["USA", "VNM"])]
    assert [e[:4] for e in events("أعلنت الصين وفنزويلا، أمس الأربعاء، رفع علاقاتهما إلى مستوى \"الشراكة الاستراتيجية\".",
                                  "2023-09-14")] == [("AGREE", "occurred", "2023-09-13", ["CHN", "VEN"])]
    assert [e[:4] for e in events("أعلنت إثيوبيا والصين اليوم الارتقاء بعلاقاتهما الثنائية إلى مستوى \"الشراكة "
                                  "الاستراتيجية\".", "2023-10-17")] == [("AGREE", "occurred", "2023-10-17", ["CHN", "ETH"])]
    assert [e[:4] for e in events("أعلنت تونس والصين أمس الجمعة إرساء \"علاقات شراكة استراتيجية\" بين البلدين.",
                                  "2024-06-01")] == [("AGREE", "occurred", "2024-05-31", ["CHN", "TUN"])]
    assert not events("وتسعى مصر إلى رفع مستوى العلاقات التجارية مع الصين.", "2024-06-01")
    # (one agreement, on the day it was reached: "اتفق البلدان في مارس 2018 على رفع علاقاتهما")
    assert [e[:4] for e in events("وكانت الإمارات وكوريا الجنوبية قد اتفقتا في مارس 2018 على رفع علاقاتهما إلى مستوى "
                                  "الشراكة الاستراتيجية الخاصة.", "2024-05-29")] == \
        [("AGREE", "occurred", "2018-03", ["ARE", "KOR"])]


def test_a_since_year_in_an_aside_before_dates_nothing_after_it():
    """"وتأتي الزيارة، وهي الأولى لشي إلى فيتنام منذ عام 2017، بعد ثلاثة أشهر من زيارة بايدن إلى هانوي في العاشر من
    أيلول الماضي": the year an aside says something is the first since is the time of neither the visit told after it
    nor what was done during that visit ("والتي رفعت خلالها واشنطن وهانوي علاقاتهما")."""
    evs = events("وتأتي الزيارة، وهي الأولى لشي إلى فيتنام منذ عام 2017، بعد ثلاثة أشهر من زيارة الرئيس الأمريكي جو بايدن "
                 "إلى هانوي في العاشر من أيلول الماضي، والتي رفعت خلالها واشنطن وهانوي علاقاتهما إلى مستوى \"الشراكة "
                 "الاستراتيجية الشاملة\".", "2023-12-13")
    assert [(e[0], e[2]) for e in evs] == [("CONSULT", "2023-09-10"), ("AGREE", "2023-09-10")], evs


def test_done_during_a_visit_not_on_a_later_acts_day():
    """"زيارة ألبانيز إلى الفلبين في سبتمبر الماضي، والتي رفع خلالها البلدان علاقاتهما ...، قبل أن تنفذ قواتهما في
    نوفمبر الماضي أول دورية": what was done "during it" is dated by the visit, not by the clause of a later act."""
    evs = events("وتأتي الدورية بعد زيارة رئيس الوزراء الأسترالي أنتوني ألبانيز إلى الفلبين في سبتمبر الماضي، والتي رفع "
                 "خلالها البلدان علاقاتهما إلى مستوى \"الشراكة الاستراتيجية\"، قبل أن تنفذ قواتهما البحرية في نوفمبر "
                 "الماضي أول دورية مشتركة.", "2024-03-01")
    assert [(e[0], e[2]) for e in evs] == [("CONSULT", "2023-09"), ("AGREE", "2023-09")], evs


def test_the_same_day_told_by_reference_governs_no_name_after_it():
    """"كما التقى بوتين في اليوم ذاته الرئيس التركي": "في" of "in the same day" is a time adverbial — the name after it is
    the verb's object, not a place or a phrase the preposition governs."""
    evs = events("كما التقى الرئيس الروسي فلاديمير بوتين في اليوم ذاته الرئيس التركي رجب طيب أردوغان.", "2024-07-04")
    assert [(e[0], e[4], e[5]) for e in evs] == [("CONSULT", ["Vladimir Putin"], ["Recep Tayyip Erdoğan"])], evs


TEXT_NEXT_ACT = ("وردت بكين على الاعتقال بغضب، إذ استدعى نائب وزير الخارجية الصيني لو يو تشنج السفير الكندي جون مكالوم "
                 "يوم السبت الماضي، وطالب بالإفراج الفوري عن مينج، محذراً من \"عواقب وخيمة\" إذا لم تفعل أوتاوا ذلك، ثم "
                 "استدعى في اليوم التالي السفير الأمريكي تيري برانستاد للاحتجاج.")


def test_a_next_act_after_then_is_a_clause_of_its_own():
    """"محذراً من «عواقب وخيمة» إذا لم تفعل أوتاوا ذلك، ثم استدعى في اليوم التالي السفير الأمريكي": the ambassador
    summoned after "، ثم" is that next act's object, not whom the warning was aimed at."""
    evs = events(TEXT_NEXT_ACT, "2018-12-10")
    assert not [e for e in evs if e[0] == "THREATEN"], evs  # (the rules code no threat here: see the learned stage)
    d = marsad.extract(TEXT_NEXT_ACT, "2018-12-10")  # (the learned stage's threat: the Canadian, not the American)
    threats = [e for e in d.events if e.type == "THREATEN"]
    assert threats and all(a.country != "USA" for e in threats for a in e.target), d.events


def test_a_visit_invited_to_is_planned_for_the_time_named_after_it():
    """"ووجّه دودا دعوة إلى شي لزيارة بولندا مطلع العام المقبل": the invitation announces a visit, planned for the time
    named after the destination — not for the day the invitation was made."""
    evs = events("ووجّه الرئيس البولندي أندجي دودا دعوة إلى الرئيس الصيني شي جين بينغ لزيارة بولندا مطلع العام المقبل.",
                 "2024-06-25")
    assert [e[:3] for e in evs] == [("CONSULT", "planned", "2025")], evs
    evs = events("ووجّه الرئيس البولندي أندجي دودا دعوة إلى الرئيس الصيني شي جين بينغ لزيارة بولندا.", "2024-06-25")
    assert [e[:3] for e in evs] == [("CONSULT", "planned", "2024-06-25")], evs


def test_a_masculine_verb_after_what_a_speaker_said_has_the_state_as_object():
    """"قال شي لبايدن، بحسب ملخص نشرته وزارة الخارجية الصينية، إن ...، وحثّ الولايات المتحدة على": the masculine verb
    coordinated after the saying, its subject unsaid, is the speaker's; the state after it (a state subject would make
    the verb feminine) is its object. Neither whom it was said to ("لبايدن") nor the source cited ("بحسب ...") speaks."""
    evs = events("التقى الرئيس الصيني شي جين بينغ الرئيس الأمريكي جو بايدن أمس. من جهته، قال شي لبايدن، بحسب ملخص "
                 "نشرته وزارة الخارجية الصينية، إن قضية تايوان تظل \"أهم القضايا\"، وحثّ الولايات المتحدة على التوقف عن "
                 "تسليح تايوان.", "2023-11-16")
    assert [(e[0], e[4], e[5]) for e in evs if e[0] == "REQUEST"] == [("REQUEST", ["Xi Jinping"], ["United States"])], evs


def test_a_journey_to_attend_a_gathering_where_one_takes_part_is_no_visit():
    """"وغادر شي العاصمة الكازاخستانية متوجهاً إلى مدينة سمرقند، حيث يشارك اليوم وغداً في قمة منظمة شنغهاي": a journey
    to a gathering is no visit to the state hosting it (as "للمشاركة في قمة" already was)."""
    assert not events("وغادر الرئيس الصيني شي جين بينغ العاصمة الكازاخستانية متوجهاً إلى مدينة سمرقند الأوزبكية، حيث "
                      "يشارك اليوم وغداً في قمة منظمة شنغهاي للتعاون.", "2022-09-15")


def test_in_what_capacity_a_party_acts_names_no_party():
    """"أشاد الرئيس الصيني شي جين بينغ بإسهام كولومبيا، بصفتها الرئيس الدوري لمجموعة سيلاك، في إنجاح المنتدى": the
    capacity told after a name (here not the first after the verb) is an apposition — the group in it is no target."""
    evs = events("وأشاد الرئيس الصيني شي جين بينغ بإسهام كولومبيا، بصفتها الرئيس الدوري لمجموعة دول أمريكا اللاتينية "
                 "والكاريبي (سيلاك)، في إنجاح أعمال المنتدى.", "2025-05-15")
    assert [(e[0], e[4], e[5]) for e in evs] == [("SUPPORT", ["Xi Jinping"], ["Colombia"])], evs


def test_a_states_delegation_named_in_a_list_of_parties_is_the_state():
    """"محادثات ثلاثية ضمت فيدان وروبيو والوفد الأوكراني": a state's delegation ("الوفد" + its adjective) is a name of
    the state taking part, like "الجانب الأوكراني"."""
    evs = events("وعقدت في إسطنبول أمس محادثات ثلاثية ضمت وزير الخارجية التركي هاكان فيدان ووزير الخارجية الأمريكي "
                 "ماركو روبيو والوفد الأوكراني.", "2025-05-17")
    assert [(e[0], e[3]) for e in evs] == [("CONSULT", ["TUR", "UKR", "USA"])], evs


def test_separate_meetings_with_each_counterpart_are_separate_events():
    """"عقد اجتماعين منفصلين مع وفد حماس والوفد الإسرائيلي": meetings held apart are one event per counterpart, not one
    table of three."""
    evs = events("وعقد رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني اجتماعين منفصلين في الدوحة مع الوفد المصري "
                 "والوفد الإسرائيلي.", "2024-08-16")
    assert sorted((e[0], tuple(e[3])) for e in evs) == [("CONSULT", ("EGY", "QAT")), ("CONSULT", ("ISR", "QAT"))], evs


def test_a_meeting_that_brought_them_together_joins_those_met_before():
    """"عقد أردوغان لقاءين منفصلين مع X وY، قبل أن يجمعهما في اجتماع ثلاثي": the host met each, then all three met —
    the last meeting's parties are the host and the two he brought together, not a party-less noun."""
    evs = events("وعقد الرئيس التركي رجب طيب أردوغان لقاءين منفصلين مع الرئيس الصومالي حسن شيخ محمود ورئيس الوزراء "
                 "الإثيوبي آبي أحمد، قبل أن يجمعهما في اجتماع ثلاثي في أنقرة.", "2024-12-12")
    assert sorted(tuple(e[3]) for e in evs) == [("ETH", "SOM", "TUR"), ("ETH", "TUR"), ("SOM", "TUR")], evs


def test_the_mediators_of_talks_told_before_take_part_in_them():
    """"جولة مفاوضات بين باكستان وأفغانستان في الدوحة بوساطة قطرية - تركية": the mediation is of the talks just told — one
    meeting, the mediators among its parties, not a second event."""
    evs = events("وانتهت في الدوحة أمس جولة مفاوضات بين باكستان وأفغانستان بوساطة قطرية - تركية.", "2025-10-19")
    assert [(e[0], e[3]) for e in evs] == [("CONSULT", ["AFG", "PAK", "QAT", "TUR"])], evs


def test_a_states_delegation_coming_along_is_the_state():
    """"وصل الفريق إلى صنعاء برفقة الوفد العماني": the delegation that came along, one name of its state, is a party."""
    evs = events("ووصل رئيس الوفد الوطني محمد عبد السلام إلى صنعاء برفقة الوفد العماني.", "2023-04-09")
    assert [e[0] for e in evs] and all("OMN" in e[3] for e in evs), evs


def test_states_named_by_adjectives_after_a_mediation_word_take_part():
    """"بوساطة مصرية وقطرية، ترأس خلالها الوفد الإسرائيلي ...": the adjectives right after the word name the mediators;
    however the talks' other parties are read, the mediators are parties too."""
    evs = events("وانتهت أمس في القاهرة جولة محادثات بوساطة مصرية وقطرية، ترأس خلالها الوفد الإسرائيلي رئيس الموساد "
                 "ديفيد برنياع.", "2024-02-14")
    assert evs and all({"EGY", "QAT"} <= set(e[3]) for e in evs), evs


def test_the_request_an_act_was_done_on_is_no_rival_for_its_time():
    """"اعتقلت الشرطة ...، في الأول من ديسمبر الجاري في مطار فانكوفر، بناء على طلب أمريكي": the request the arrest was
    made "on the basis of" is its ground, told after its time — the time is the arrest's, though nearer the request."""
    evs = events("وكانت الشرطة الكندية قد اعتقلت المديرة المالية لشركة هواوي الصينية، ابنة مؤسس الشركة، في الأول من "
                 "ديسمبر الجاري في مطار فانكوفر، بناء على طلب أمريكي.", "2018-12-14")
    assert [(e[0], e[2]) for e in evs if e[0] == "COERCE"] == [("COERCE", "2018-12-01")], evs


def test_whom_the_visitor_met_during_the_visit_follows_the_verb():
    """"زيارة أجراها مويزو إلى الصين بين 8 و12 يناير، التقى خلالها الرئيس شي جينبينغ في بكين الأربعاء": after "خلالها"
    the name is whom the visitor met, not a subject of its own — one meeting of the two, on its own day."""
    evs = events("وتزامنت الأزمة مع زيارة أجراها الرئيس المالديفي محمد مويزو إلى الصين بين 8 و12 يناير، التقى خلالها "
                 "الرئيس شي جين بينغ في بكين الأربعاء.", "2024-01-14")
    assert [(e[0], e[2], e[3]) for e in evs] == [("CONSULT", "2024-01-10", ["CHN", "MDV"])], evs


def test_a_recall_told_in_the_pluperfect_is_one():
    """"وكانت السعودية قد استدعت سفيرها من دمشق": after قد only a verb follows, so the recall phrase is a predicate
    whose subject stands before it, even though no verb row holds "استدعت" alone."""
    evs = events("وكانت السعودية قد استدعت سفيرها من دمشق في أغسطس 2011.", "2023-05-09")
    assert [(e[0], e[2], e[3]) for e in evs] == [("SANCTION", "2011-08", ["SAU", "SYR"])], evs


def test_a_time_still_to_come_does_not_date_an_act_done():
    """"كما قررت ... عدم حضور ... مونديال روسيا الصيف المقبل" in March: next summer, read no finer than the year, is
    the time of the World Cup, not of the decision already taken; the decision keeps its sentence's day."""
    evs = events("وكانت رئيسة الوزراء البريطانية تيريزا ماي قد أعلنت، الأربعاء الماضي أمام مجلس العموم، طرد 23 "
                 "دبلوماسياً روسياً، كما قررت تعليق جميع الاتصالات الثنائية رفيعة المستوى مع موسكو، وعدم حضور أي من "
                 "الوزراء مونديال روسيا الصيف المقبل.", "2018-03-18")
    assert evs and all(e[2] == "2018-03-14" for e in evs if e[0] == "SANCTION"), evs


def test_a_state_acting_in_its_turn_acts_on_the_day_just_named():
    """"أعربت الخارجية التونسية، اليوم السبت، عن استغرابها ... وقررت تونس بدورها استدعاء سفيرها": "in its turn", in the
    very next sentence and with no time of its own, it answered on the day that sentence names — not on the story's
    first day (the Moroccan recall, the day before)."""
    evs = events("قررت المملكة المغربية، مساء أمس الجمعة، استدعاء سفيرها في تونس للتشاور. وفي رد فعل سريع، أعربت "
                 "الخارجية التونسية، اليوم السبت، عن استغرابها الشديد. وقررت تونس بدورها استدعاء سفيرها في الرباط "
                 "للتشاور.", "2022-08-27")
    assert sorted((e[4][:1], e[2]) for e in evs if e[0] == "SANCTION") == [
        (["Morocco"], "2022-08-26"), (["Tunisia"], "2022-08-27")], evs


def test_his_counterpart_right_after_the_verb_is_met():
    """"وانتقل شكري إلى تركيا، حيث التقى نظيره التركي مولود تشاووش أوغلو": "his counterpart" right after the verb is the
    object — the verb's subject is unsaid, the man named before it — not a subject who met no one."""
    evs = events("وصل وزير الخارجية المصري سامح شكري إلى دمشق أمس. وانتقل شكري بعد ذلك إلى تركيا، حيث التقى نظيره التركي "
                 "مولود تشاووش أوغلو في ولاية مرسين.", "2023-02-27")
    assert [(e[4], e[5]) for e in evs if "TUR" in e[3]] == [(["Sameh Shoukry"], ["Mevlüt Çavuşoğlu"])], evs


def test_a_state_closing_its_borders_sanctions_its_neighbour():
    """"أعلنت حكومة بوروندي إغلاق حدودها البرية مع جارتها رواندا": borders, crossings or airspace closed to another state
    are a sanction on it (how the evaluation writers code it, 10 times in 13), not a restriction of freedoms."""
    evs = events("أعلنت حكومة بوروندي، أمس الخميس، إغلاق حدودها البرية مع جارتها رواندا.", "2024-01-12")
    assert [(e[0], e[3]) for e in evs] == [("SANCTION", ["BDI", "RWA"])], evs
    evs = events("وأغلقت جمهورية الدومينيكان، أمس الجمعة، كل حدودها البرية مع هايتي.", "2023-09-16")
    assert [(e[0], e[3]) for e in evs] == [("SANCTION", ["DOM", "HTI"])], evs


def test_where_he_met_one_man_the_main_subject_met_him():
    """"اختار عون الرياض محطة أولى، حيث التقى ولي العهد الأمير محمد بن سلمان": after "حيث" a meeting verb with one man
    after it has the main clause's subject as its own — the man after it is met, not a meeting of his alone."""
    evs = events("إذ كان الرئيس اللبناني جوزاف عون قد اختار الرياض محطة أولى في جولاته الخارجية، حيث التقى ولي العهد "
                 "الأمير محمد بن سلمان في الثالث من آذار.", "2025-03-28")
    assert [(e[4], e[5], e[2]) for e in evs if e[0] == "CONSULT"] == [
        (["Joseph Aoun"], ["Mohammed bin Salman"], "2025-03-03")], evs


def test_the_two_sides_agree_on_the_day_they_met():
    """"زار هابيك الدوحة في 20 مارس الماضي، حيث التقى أمير قطر، واتفق البلدان على": the two sides of the meeting just
    told agreed at it — its day, not the news day."""
    evs = events("وكان وزير الاقتصاد الألماني روبرت هابيك قد زار الدوحة في 20 مارس الماضي، حيث التقى أمير قطر الشيخ تميم "
                 "بن حمد آل ثاني، واتفق البلدان على شراكة طويلة الأمد في مجال الطاقة.", "2022-11-29")
    assert [(e[2], e[3]) for e in evs if e[0] == "AGREE"] == [("2022-03-20", ["DEU", "QAT"])], evs


def test_what_talks_dealt_with_is_no_event():
    """"محادثات ... تناولت العلاقات الثنائية والمفاوضات النووية المتعثرة مع الولايات المتحدة": the object of a verb of
    discussing is the talks' topic — no talks of Kim's with the United States that day."""
    evs = events("أجرى الرئيس الصيني شي جين بينج أمس الخميس محادثات في بيونج يانج مع الزعيم الكوري الشمالي كيم جونج أون "
                 "تناولت العلاقات الثنائية والمفاوضات النووية المتعثرة مع الولايات المتحدة.", "2019-06-21")
    assert [(e[0], e[3]) for e in evs] == [("CONSULT", ["CHN", "PRK"])], evs


def test_a_discussed_agreement_a_relative_clause_says_was_reached_is_one():
    """"بحث متابعة تنفيذ الاتفاق الذي تم التوصل إليه بين المملكة وإيران في بكين في العاشر من مارس": a topic the relative
    clause says took place is an event of its own, on its day."""
    evs = events("وجرى خلال اللقاء بحث متابعة تنفيذ الاتفاق الذي تم التوصل إليه بين المملكة العربية السعودية وإيران في "
                 "بكين في العاشر من مارس الماضي.", "2023-04-06")
    assert [(e[0], e[2], e[3]) for e in evs if e[0] == "AGREE"] == [("AGREE", "2023-03-10", ["IRN", "SAU"])], evs


def test_a_concluded_visit_is_dated_by_the_talks_held_in_it():
    """"اختتم شي، اليوم الجمعة، زيارة دولة ... بعدما أجرى أمس الخميس محادثات ... مع كيم": the day a visit ended is the
    end of its span; the talks told with their own day are the meeting's day."""
    evs = events("اختتم الرئيس الصيني شي جين بينج، اليوم الجمعة، زيارة دولة إلى كوريا الشمالية استغرقت يومين، بعدما أجرى "
                 "أمس الخميس محادثات في بيونج يانج مع الزعيم الكوري الشمالي كيم جونج أون.", "2019-06-21")
    assert [(e[0], e[2], e[3]) for e in evs] == [("CONSULT", "2019-06-20", ["CHN", "PRK"])], evs


def test_the_two_ministers_received_are_not_the_hosts_own():
    """"ووقّع الاتفاق وزيرة خارجية الكونغو ونظيرها الرواندي، بحضور وزير الخارجية الأميركي ماركو روبيو ... استقبل ترامب
    الوزيرين": the two he received are the guests, not his own minister named last."""
    evs = events("ووقّع الاتفاق وزيرة خارجية الكونغو الديمقراطية تيريز كاييكوامبا فاغنر ونظيرها الرواندي أوليفييه "
                 "ندوهونغيريهي، بحضور وزير الخارجية الأميركي ماركو روبيو. وفي وقت لاحق، استقبل الرئيس الأميركي دونالد "
                 "ترامب الوزيرين في المكتب البيضاوي.", "2025-06-28")
    assert [e[3] for e in evs if e[0] == "CONSULT" and "Donald Trump" in e[4]] == [["COD", "RWA", "USA"]], evs


def test_before_meeting_one_man_the_main_doer_met_him():
    """"حيث شهد ماكرون مع محمد بن زايد توقيع صفقة ...، قبل أن يلتقي صباح السبت في الدوحة أمير قطر": right after "قبل
    أن" a meeting verb with one man after it is the main clause's doer's meeting with that man."""
    evs = events("وكانت جدة المحطة الأخيرة في جولة خليجية للرئيس الفرنسي إيمانويل ماكرون، بدأها الجمعة في الإمارات، حيث "
                 "شهد مع الشيخ محمد بن زايد آل نهيان توقيع صفقة لشراء 80 طائرة رافال، قبل أن يلتقي صباح السبت في الدوحة "
                 "أمير قطر الشيخ تميم بن حمد آل ثاني.", "2021-12-05")
    assert [(e[4], e[5], e[2]) for e in evs if e[0] == "CONSULT"] == [
        (["Emmanuel Macron"], ["Tamim bin Hamad Al Thani"], "2021-12-04")], evs


def test_a_meeting_named_as_the_setting_does_not_cut_off_the_verb():
    """"وأجرى سمو ولي العهد والرئيس الفرنسي خلال اللقاء اتصالاً هاتفياً مشتركاً برئيس الوزراء اللبناني": the meeting
    after "خلال" is where the call was made — the call is still the verb's, made by its two subjects."""
    evs = events("عقد ولي العهد السعودي الأمير محمد بن سلمان في جدة جلسة مباحثات رسمية مع الرئيس الفرنسي إيمانويل ماكرون. "
                 "وأجرى سمو ولي العهد والرئيس الفرنسي خلال اللقاء اتصالاً هاتفياً مشتركاً برئيس الوزراء اللبناني نجيب "
                 "ميقاتي.", "2021-12-05")
    assert ["FRA", "LBN", "SAU"] in [e[3] for e in evs if e[0] == "CONSULT"], evs
    assert not [e for e in evs if e[4] == ["Najib Mikati"]], evs


def test_the_time_of_what_a_visit_is_the_highest_since_dates_nothing():
    """"خلال زيارة دار إلى دكا، في أرفع زيارة لمسؤول باكستاني منذ عام 2012، وسط تقارب منذ تسلّم الحكومة المؤقتة السلطة
    في آب من العام الماضي": both times are of what the visit is reckoned since — the visit keeps the sentence's day."""
    evs = events("وقّعت بنغلادش وباكستان، أمس الأحد، ست اتفاقيات خلال زيارة وزير الخارجية الباكستاني إسحاق دار إلى دكا، "
                 "في أرفع زيارة لمسؤول باكستاني منذ عام 2012، وسط تقارب متسارع بين البلدين منذ تسلّم الحكومة المؤقتة "
                 "برئاسة محمد يونس السلطة في آب من العام الماضي.", "2025-08-25")
    assert {e[2] for e in evs} == {"2025-08-24"}, evs


def test_a_cut_in_a_missions_staff_is_a_sanction():
    """"أبلغت الخارجية الرومانية السفير الروسي بقرار السلطات الرومانية تقليص عدد الموظفين الدبلوماسيين في البعثة الروسية":
    a mission's staff cut, decided by one state, is a diplomatic sanction on the other."""
    evs = events("أبلغت وزارة الخارجية الرومانية، أمس الخميس، السفير الروسي لدى بوخارست فاليري كوزمين بقرار السلطات "
                 "الرومانية تقليص عدد الموظفين الدبلوماسيين والتقنيين والإداريين في البعثة الروسية بـ51 منصبا.",
                 "2023-06-09")
    assert [(e[0], e[2], e[3]) for e in evs] == [("SANCTION", "2023-06-08", ["ROU", "RUS"])], evs


def test_the_government_in_a_capital_is_its_state_acting():
    """"وكانت الحكومة الانتقالية في واغادوغو قد ألغت ... اتفاق الدفاع مع فرنسا": the government "in" the capital acts —
    the capital after "في" is no mere place here."""
    evs = events("وكانت الحكومة الانتقالية في واغادوغو قد ألغت، يوم الأربعاء 18 يناير الجاري، اتفاق الدفاع مع فرنسا.",
                 "2023-01-25")
    assert [(e[0], e[2], e[4]) for e in evs] == [("SANCTION", "2023-01-18", ["Burkina Faso"])], evs


def test_the_next_leg_after_on_the_understanding_that_is_the_subjects_and_planned():
    """"وغادر الرئيس السنغالي نواكشوط، حيث كان في وداعه رئيس الجمهورية، على أن يواصل جولته الإقليمية بزيارة إلى
    غامبيا": after "، على أن" the sentence's own subject goes on (not the host of the aside), the visit his tour goes on
    "with" is his, and it is still to come."""
    evs = events("وصل إلى نواكشوط صباح اليوم الخميس رئيس جمهورية السنغال باسيرو ديوماي فاي. وغادر الرئيس السنغالي نواكشوط "
                 "مساء اليوم، حيث كان في وداعه بالمطار فخامة رئيس الجمهورية محمد ولد الشيخ الغزواني، على أن يواصل جولته "
                 "الإقليمية بزيارة إلى غامبيا المجاورة.", "2024-04-18")
    assert [(e[1], e[4]) for e in evs if "GMB" in e[3]] == [("planned", ["Bassirou Diomaye Faye"])], evs


def test_a_signing_with_its_occasion_and_time_set_off_before_the_document():
    """"ووقع البلدان خلال زيارة أردوغان إلى أثينا، في السابع من كانون الأول الماضي، "إعلان أثينا"": the bare "وقع" is a
    signing though the occasion and its time stand between the subject and the document signed."""
    evs = events('ووقع البلدان خلال زيارة أردوغان إلى أثينا، في السابع من كانون الأول الماضي، "إعلان أثينا" بشأن '
                 'العلاقات الودية وحسن الجوار.', "2024-05-14")
    assert [(e[2], e[3]) for e in evs if e[0] == "AGREE"] == [("2023-12-07", ["GRC", "TUR"])], evs


def test_a_signing_with_its_place_and_time_set_off_before_the_document():
    """"وقع وزيرا خارجية البلدين بوجار عثماني وتيودورا غينتشوفسكا في صوفيا، الأحد، بروتوكولا ثنائيا": the place and time
    set off before the document do not hide the signing."""
    evs = events("التقى وزير الخارجية المقدوني بوجار عثماني نظيرته البلغارية تيودورا غينتشوفسكا. ثم وقع وزيرا خارجية "
                 "البلدين بوجار عثماني وتيودورا غينتشوفسكا في صوفيا، الأحد، بروتوكولا ثنائيا يتضمن التزامات.", "2022-07-19")
    assert [(e[2], e[3]) for e in evs if e[0] == "AGREE"] == [("2022-07-17", ["BGR", "MKD"])], evs


def test_a_release_ordered_is_dated_by_the_day_it_was_announced():
    """"وأعلن وزير الإعلام الباكستاني أمس الاثنين أن سمو ولي العهد وجّه بالإفراج عن 2107 سجناء": the release ordered,
    reported in a saying dated to the day, was ordered by then — that day, not the visit's first."""
    evs = events("وصل ولي العهد السعودي الأمير محمد بن سلمان إلى إسلام آباد مساء الأحد. وأعلن وزير الإعلام الباكستاني "
                 "فؤاد تشودري أمس الاثنين أن سمو ولي العهد وجّه بالإفراج عن 2107 سجناء باكستانيين في سجون المملكة.",
                 "2019-02-19")
    assert [(e[0], e[2]) for e in evs if e[0] == "RETREAT"] == [("RETREAT", "2019-02-18")], evs


def test_an_ambush_laid_is_an_assault_and_nasabu_after_qad_is_past():
    """"وكان نحو ثلاثين مسلحاً صربياً قد نصبوا كميناً لدورية من الشرطة الكوسوفية فجر أمس الأحد": an ambush laid is an
    attack on those it was laid for; "نصبوا" after قد is a past plural (ن/ي/س + وا), not a present tense."""
    evs = events("وكان نحو ثلاثين مسلحاً صربياً ملثماً قد نصبوا كميناً لدورية من الشرطة الكوسوفية فجر أمس الأحد قرب "
                 "القرية.", "2023-09-25")
    assert [(e[0], e[2], e[3]) for e in evs] == [("ASSAULT", "2023-09-24", ["SRB", "XKX"])], evs


def test_an_attack_a_group_claimed_is_the_groups():
    """"بعد يوم من هجوم بطائرة مسيرة تبنته الجماعة على وسط تل أبيب": an indefinite attack takes its clause with no
    relative pronoun; the group that claimed it struck, the place it was "on" names who was hit, a day before."""
    evs = events("شنت مقاتلات إسرائيلية، أمس السبت، سلسلة غارات على ميناء الحديدة غربي اليمن، الخاضع لسيطرة جماعة الحوثي. "
                 "وجاءت الغارات بعد يوم من هجوم بطائرة مسيرة تبنته الجماعة على وسط تل أبيب فجر الجمعة.", "2024-07-21")
    assert [(e[2], e[4]) for e in evs if e[0] == "ASSAULT" and e[4] == ["Houthis"]] == [("2024-07-19", ["Houthis"])], evs


def test_a_deployment_told_in_the_present_with_no_time_is_no_event():
    """"وتنشر كينيا آلاف الجنود في جنوب الصومال منذ تدخلها العسكري": a present-tense deployment with no time of its own
    is a standing state of affairs — a deployment told in the past ("ونشرت كينيا أمس ...") stays an event."""
    assert not [e for e in events("وتنشر كينيا آلاف الجنود في جنوب الصومال منذ تدخلها العسكري في تشرين الأول 2011.",
                                  "2020-12-16") if e[0] == "MOBILIZE"]
    assert [e[0] for e in events("ونشرت كينيا أمس آلاف الجنود في جنوب الصومال.", "2020-12-16")] == ["MOBILIZE"]


def test_what_observers_make_of_the_news_is_no_event_unless_dated():
    """"ويرى مراقبون أن رحيل البعثة ... يطوي صفحة": commentary names acts told as news elsewhere — no event from it; but
    "، إذ زار وزير الخارجية الإماراتي دمشق في التاسع من تشرين الثاني الماضي" recalls a dated act, which stays one."""
    assert not events("ويرى مراقبون أن انسحاب القوات الفرنسية من مالي يطوي صفحة من الحضور الفرنسي.", "2023-07-01")
    evs = events("ويرى مراقبون أن الانفتاح الإماراتي يندرج في سياق مراجعة أوسع، إذ زار وزير الخارجية الإماراتي الشيخ عبد "
                 "الله بن زايد دمشق في التاسع من تشرين الثاني الماضي، حيث استقبله الرئيس بشار الأسد.", "2021-12-07")
    assert [(e[0], e[2]) for e in evs] == [("CONSULT", "2021-11-09")], evs


def test_the_state_before_which_is_the_subject_of_the_verb_after_it():
    """"القطيعة بين الرباط والجزائر، التي أعلنت قطع علاقاتها الدبلوماسية مع المغرب في غشت": the verb right after "،
    التي" has the name right before the comma as its subject; "، وسط قراءات تربط ..." opens what others make of it, whose
    states are no parties."""
    evs = events("ويأتي هذا التوتر في وقت تتواصل فيه القطيعة بين الرباط والجزائر، التي أعلنت قطع علاقاتها الدبلوماسية مع "
                 "المغرب في غشت من العام الماضي، وسط قراءات تربط التحول في الموقف التونسي بتقارب متزايد.", "2022-08-27")
    assert [(e[0], e[4], e[3]) for e in evs] == [("SANCTION", ["Algeria"], ["DZA", "MAR"])], evs


def test_a_meeting_a_state_hosted_is_one_of_all():
    """"الدوحة، التي استضافت في 18 مارس لقاء بين الرئيس الكونغولي فيليكس تشيسيكيدي والرئيس الرواندي بول كاغامي": the host
    held one meeting of the two with it — not one meeting with each."""
    evs = events("وتجري مفاوضات في الدوحة، التي استضافت في 18 مارس الماضي لقاء بين الرئيس الكونغولي فيليكس تشيسيكيدي "
                 "والرئيس الرواندي بول كاغامي.", "2025-06-28")
    assert [(e[2], e[3]) for e in evs if e[0] == "CONSULT" and "QAT" in e[3]] == [("2025-03-18", ["COD", "QAT", "RWA"])], evs


def test_and_had_met_after_a_comma_is_the_sentence_subjects_meeting():
    """"ويُعد أوربان الزعيم الأوروبي الأقرب إلى الكرملين، وقد التقى الرئيس الروسي بوتين": after "، وقد" a meeting verb with
    one man after it has the sentence's subject as its own."""
    evs = events("ويُعد رئيس الوزراء المجري فيكتور أوربان الزعيم الأوروبي الأقرب إلى الكرملين، وقد التقى الرئيس الروسي "
                 "فلاديمير بوتين في بكين في تشرين الأول/أكتوبر الماضي.", "2023-12-15")
    assert [(e[2], e[4], e[5]) for e in evs] == [("2023-10", ["Viktor Orbán"], ["Vladimir Putin"])], evs


def test_an_envoy_given_time_or_asked_to_leave_is_expelled():
    """"أمهلت الحكومة الصومالية السفير الإثيوبي 72 ساعة لمغادرة البلاد", "طلبت السعودية من سفير لبنان لديها مغادرة
    أراضيها": an envoy given time, asked or told to leave the country is expelled (PLOVER SANCTION, expel) — the
    leaving's own day ("في السابع من فبراير المقبل") is not the act's; asked anything else, he is not."""
    evs = events("أمهلت الحكومة الصومالية، أمس الخميس، السفير الإثيوبي 72 ساعة لمغادرة البلاد.", "2024-04-05")
    assert [(e[0], e[1], e[2], e[3]) for e in evs if e[0] == "SANCTION"] == [
        ("SANCTION", "occurred", "2024-04-04", ["ETH", "SOM"])], evs
    evs = events("وأبلغت وزارة الخارجية الروسية أمس السفير الإستوني بضرورة مغادرة الأراضي الروسية في السابع من فبراير "
                 "المقبل.", "2023-01-24")
    assert [(e[0], e[1], e[2], e[3]) for e in evs] == [("SANCTION", "occurred", "2023-01-23", ["EST", "RUS"])], evs
    evs = events("وطلبت وزارة الخارجية الروسية أمس من السفير الإستوني نقل رسالة إلى حكومته.", "2023-01-24")
    assert not [e for e in evs if e[0] == "SANCTION"], evs


def test_a_time_still_to_come_dates_no_statement_made():
    """"أعلن الوزير ... أن بلاده قررت خفض مستوى علاقاتها مع روسيا اعتبارا من 24 فبراير المقبل، مطالبا موسكو بالتصرف بالمثل":
    the demand was made when it was announced, not on the day still to come that the decision takes effect."""
    evs = events("وفي ريغا، أعلن وزير الخارجية اللاتفي إدغارس رينكيفيتش أمس أن بلاده قررت خفض مستوى علاقاتها الدبلوماسية "
                 "مع روسيا اعتبارا من 24 فبراير المقبل، مطالبا موسكو بالتصرف بالمثل.", "2023-01-24")
    req = [e for e in evs if e[0] == "REQUEST"]
    assert req and all(e[2] == "2023-01-23" for e in req), evs


def test_another_states_consulates_closed_are_a_sanction():
    """"أعلنت بيربوك إغلاق القنصليات العامة الإيرانية الثلاث": the host closing another state's missions acts against
    that state (PLOVER SANCTION, CAMEO 161) — as closing its own embassy there does."""
    evs = events("أعلنت وزيرة الخارجية الألمانية أنالينا بيربوك أمس الخميس إغلاق القنصليات العامة الإيرانية الثلاث في "
                 "فرانكفورت وهامبورغ وميونيخ.", "2024-11-01")
    assert [(e[0], e[1], e[2], e[3]) for e in evs] == [("SANCTION", "occurred", "2024-10-31", ["DEU", "IRN"])], evs


def test_a_statement_made_is_not_dated_on_a_later_day_its_sentence_names():
    """"وأعلن الرئيس الصربي الأربعاء المقبل يوم حداد وطني، مع أنه أدان مقتل الشرطي": the condemnation is reported as
    made, so it was made by the news day — not on the coming Wednesday, which is the mourning's."""
    evs = events("وأعلن الرئيس الصربي ألكسندر فوتشيتش الأربعاء المقبل يوم حداد وطني على القتلى الثلاثة، مع أنه أدان مقتل "
                 "الشرطي الكوسوفي.", "2023-09-25")
    acc = [e for e in evs if e[0] == "ACCUSE"]
    assert acc and all(e[1] == "occurred" and e[2] <= "2023-09-25" for e in acc), evs


def test_a_listing_verb_reaches_its_list_past_an_aside_of_what_it_includes():
    """"أدرجت وزارة التجارة الصينية ثلاث شركات دفاع أمريكية، بينها وحدة في شركة بوينغ، على قائمة الكيانات غير الموثوقة":
    the aside between commas of what the listed include does not end the listing verb's clause."""
    evs = events("وكانت وزارة التجارة الصينية قد أدرجت يوم الاثنين ثلاث شركات دفاع أمريكية، بينها وحدة الدفاع والفضاء في "
                 "شركة بوينغ، على «قائمة الكيانات غير الموثوقة».", "2024-05-22")
    assert [(e[0], e[2], e[3]) for e in evs] == [("SANCTION", "2024-05-20", ["CHN", "USA"])], evs


def test_a_state_named_before_its_protest_lodges_a_diplomatic_one():
    """"وسبق لأنقرة أن احتجت على انتهاكات روسيا لمجالها الجوي": a state (its government, an official) that protests,
    its subject before the verb, disapproves (PLOVER ACCUSE) — demonstrators protest (PROTEST)."""
    evs = events("وسبق لأنقرة أن احتجت في تشرين الأول على انتهاكات روسيا لمجالها الجوي.", "2015-12-01")
    assert [(e[0], e[3]) for e in evs] == [("ACCUSE", ["RUS", "TUR"])], evs


@pytest.mark.parametrize("text,published,expected", [
    ("ودشن الرئيس الصيني شي جين بينغ ونظيرته البيروفية دينا بولوارتي، مساء أمس الخميس، ميناء تشانكاي للمياه العميقة.",
     "2024-11-15", [("COOPERATE", "2024-11-14", ["CHN", "PER"])]),
    ("وكان شي جين بينغ قد افتتح، أول أمس الثلاثاء، الاجتماع الوزاري الرابع لمنتدى الصين - سيلاك، بحضور لولا.",
     "2025-05-15", []),
    ("حيث اعتمد البلدان إعلانا مشتركا يدشن «مرحلة جديدة» في العلاقات بين إسبانيا والمغرب.", "2022-04-08", []),
])
def test_a_project_two_sides_inaugurate_together_is_cooperation(text, published, expected):
    """"دشن شي جين بينغ ونظيرته البيروفية ميناء تشانكاي": two sides opening a project together cooperate (PLOVER
    COOPERATE); a meeting opened ("افتتح الاجتماع الوزاري") or "a new phase" a declaration opens is no such act."""
    evs = events(text, published)
    assert [(e[0], e[2], e[3]) for e in evs if e[0] == "COOPERATE"] == expected, evs


@pytest.mark.parametrize("text", [
    "وجاء القرار في ختام قمة استثنائية عقدها قادة المجموعة عبر الفيديو برئاسة الرئيس الزيمبابوي إيمرسون منانغاغوا، "
    "الرئيس الدوري للمجموعة، وبمشاركة الرئيس الكونغولي فيليكس تشيسيكيدي ورئيس جنوب أفريقيا سيريل رامافوزا.",
    "وجاء القرار في ختام قمة استثنائية للمجموعة عبر الفيديو، بمشاركة الرئيس الزيمبابوي إيمرسون منانغاغوا والرئيس "
    "الكونغولي فيليكس تشيسيكيدي ورئيس جنوب أفريقيا سيريل رامافوزا.",
])
def test_a_summit_held_by_video_with_its_chair_and_those_who_joined_is_one_meeting(text):
    """"قمة ... عبر الفيديو برئاسة X، ...، وبمشاركة A و B": the video link is the manner of the summit word before it (no
    call of its own), and the chair with those who joined met together — one multilateral meeting, not one call per
    pair."""
    evs = events(text, "2025-03-14")
    assert [(e[0], e[3]) for e in evs] == [("CONSULT", ["COD", "ZAF", "ZWE"])], evs
    assert evs[0][4] == ["Emmerson Mnangagwa"]


@pytest.mark.parametrize("text,expected", [
    ("علّقت وزارة التجارة الصينية، أمس الأربعاء، صادرات الرمال الطبيعية إلى تايوان.", [("SANCTION", ["CHN", "TWN"])]),
    ("أعلنت وزارة التجارة التركية، مساء أمس الخميس، وقف جميع عمليات التصدير والاستيراد المتعلقة بإسرائيل.",
     [("SANCTION", ["ISR", "TUR"])]),
    ("ارتفعت صادرات الصين إلى روسيا بنسبة 20 في المئة.", []),
    ("ما دفع الرياض إلى استدعاء سفيرها من بيروت، ووقف الواردات من لبنان.", []),
])
def test_trade_halted_by_the_verb_of_its_clause_is_an_embargo(text, expected):
    """"علّقت الصين صادرات الرمال إلى تايوان": trade with a state halted or banned by the verb of its own clause (or a
    halting noun a state decided or announced) is a sanction against the state named in that clause; exports that rose
    are no act, and a halting noun in a list of steps ("، ووقف الواردات") leaves its doer to the list's verb."""
    evs = events(text, "2024-05-03")
    assert [(e[0], e[3]) for e in evs if e[0] == "SANCTION"] == expected, evs


@pytest.mark.parametrize("text,expected", [
    ('وقال المجلس، في بيان صدر عقب اجتماع طارئ ترأسه رئيس الوزراء مصطفى الكاظمي مساء أمس، إن أنقرة "تتجاهل مطالبات '
     'العراق".', []),
    ("وعقد الرئيس الصيني اجتماعا طارئا مع نظيره الروسي في موسكو.", [("CONSULT", ["CHN", "RUS"])]),
])
def test_a_session_a_state_body_held_under_its_own_chair_is_no_meeting_of_parties(text, expected):
    """"عقب اجتماع طارئ ترأسه رئيس الوزراء مصطفى الكاظمي": an emergency session held or chaired by one of the state's
    own is that body's session — the state it then spoke of (Turkey) met no one; an emergency meeting with a
    counterpart is still one."""
    evs = events(text, "2022-07-21")
    assert [(e[0], e[3]) for e in evs if e[0] == "CONSULT"] == expected, evs


def test_a_video_link_a_project_was_opened_by_is_no_call():
    """"افتتح وزير الدفاع الهندي عبر تقنية الفيديو طريقاً يصل إلى الحدود مع الصين": the video link is how the road was
    opened — no talks with the state named after it."""
    evs = events("افتتح وزير الدفاع الهندي راجناث سينغ عبر تقنية الفيديو طريقاً بطول 80 كيلومتراً يصل إلى الحدود مع "
                 "الصين.", "2020-05-09")
    assert not [e for e in evs if e[0] == "CONSULT"], evs


def test_the_name_after_an_envoys_title_and_post_is_the_envoy_not_the_one_addressed():
    """"رحب المبعوث الأممي إلى اليمن هانس غروندبرغ": the name right after the envoy's post ("إلى اليمن") is the
    envoy himself, the verb's subject — not someone "to" whom, which left the subject to the last man named."""
    evs = events('وشكر الرئيس الفلبيني فرديناند ماركوس سلطنة عمان على جهودها. من جهته، رحب المبعوث الأممي إلى اليمن '
                 'هانس غروندبرغ بالإفراج عن الطاقم.', "2025-01-23")
    assert [e[4] for e in evs if e[0] == "SUPPORT"][-1] == ["Hans Grundberg"], evs


def test_a_threat_is_aimed_at_the_state_named_in_its_condition():
    """"حذر بوتين من أن روسيا تحتفظ بحق الانسحاب من الاتفاق إذا انتهكت أوكرانيا الضمانات": a warning with no addressee,
    the state whose deed would bring it on named in its condition ("إذا"), is aimed at that state — not at the other
    side of the story's pair."""
    evs = events("أعلنت تركيا استئناف اتفاق الحبوب. وحذر بوتين من أن روسيا تحتفظ بحق الانسحاب مجددا من الاتفاق إذا "
                 "انتهكت أوكرانيا تلك الضمانات.", "2022-11-02")
    assert [(e[3], e[5]) for e in evs if e[0] == "THREATEN"] == [(["RUS", "UKR"], ["Ukraine"])], evs


def test_a_seat_of_government_where_a_treaty_was_signed_does_not_displace_its_own_leader():
    """"وقّع بوتين ونظيره الفنزويلي مادورو، أمس الأربعاء بالكرملين، معاهدة": the Kremlin (a seat of government,
    gazetteer kind "seat") is where it was signed — Putin, not the Kremlin, is Russia's side, and stays a party."""
    evs = events("وقّع الرئيس الروسي فلاديمير بوتين ونظيره الفنزويلي نيكولاس مادورو، أمس الأربعاء بالكرملين، معاهدة "
                 "للشراكة الاستراتيجية.", "2025-05-08")
    agree = [e for e in evs if e[0] == "AGREE"]
    assert agree and set(agree[0][4] + agree[0][5]) >= {"Vladimir Putin", "Nicolás Maduro"}, evs


@pytest.mark.parametrize("text,expected", [
    ("قدّم السفير الصيني الجديد لدى أفغانستان تشاو شينغ، أمس الأربعاء، أوراق اعتماده إلى رئيس الوزراء في حكومة طالبان "
     "محمد حسن آخوند.", [("CONSULT", ["AFG", "CHN"])]),
    ("وأعلنت وزارة الخارجية الروسية أنها تسلّمت أوراق اعتماد السفير الأفغاني الجديد لدى موسكو.",
     [("CONSULT", ["AFG", "RUS"])]),
])
def test_credentials_presented_are_a_meeting_of_the_envoys_state_and_the_host(text, expected):
    """"قدّم السفير الصيني ... أوراق اعتماده إلى رئيس الوزراء", "تسلّمت الخارجية الروسية أوراق اعتماد السفير الأفغاني":
    credentials presented or received are a meeting of the envoy's state (the adjective after "السفير") and the host
    (the state he is posted to, "لدى X", or who received them) — and an envoy whose credentials were received is no
    envoy expelled."""
    evs = events(text, "2023-09-14")
    assert [(e[0], e[3]) for e in evs if e[0] in ("CONSULT", "SANCTION")] == expected, evs


def test_a_visit_months_before_the_days_event_is_dated_to_that_month():
    """"في زيارة عمل تأتي بعد خمسة أشهر من زيارة أردوغان إلى أثينا": a visit that long before the day's event, with no
    time of its own told, happened five calendar months earlier (to the month) — not on the article's day."""
    evs = events("أنقرة - استقبل الرئيس التركي رجب طيب أردوغان، اليوم الاثنين، رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس "
                 "في المجمع الرئاسي بأنقرة، في زيارة عمل تأتي بعد خمسة أشهر من زيارة أردوغان إلى أثينا.", "2024-05-13")
    assert sorted(e[2] for e in evs if e[0] == "CONSULT") == ["2023-12", "2024-05-13"], evs


def test_a_meeting_a_capital_hosted_with_those_who_joined_is_one_multilateral_meeting():
    """"الاجتماع التشاوري الذي استضافته عمّان في الأول من مايو بمشاركة وزراء خارجية الأردن والسعودية والعراق ومصر
    وسوريا": past the host and the time of the meeting held, the states that joined it met together — one meeting."""
    evs = events("جاء القرار بعد الاجتماع التشاوري الذي استضافته عمّان في الأول من مايو الجاري بمشاركة وزراء خارجية "
                 "الأردن والسعودية والعراق ومصر وسوريا.", "2023-05-08")
    assert [(e[0], e[2], e[3]) for e in evs] == [("CONSULT", "2023-05-01", ["EGY", "IRQ", "JOR", "SAU", "SYR"])], evs


def test_a_region_in_a_title_does_not_break_a_coordinated_subject():
    """"وقع رئيس الوزراء الإثيوبي آبي أحمد ورئيس أرض الصومال موسى بيحي عبدي ... مذكرة تفاهم": the region named in the
    second signer's title (a place, no actor) does not cut the coordinated subject — both signed."""
    evs = events("وتدهورت العلاقات منذ أن وقع رئيس الوزراء الإثيوبي آبي أحمد ورئيس أرض الصومال موسى بيحي عبدي في أديس "
                 "أبابا، في الأول من يناير الماضي، مذكرة تفاهم.", "2024-04-05")
    agree = [e for e in evs if e[0] == "AGREE"]
    assert agree and set(agree[0][4] + agree[0][5]) == {"Abiy Ahmed", "Muse Bihi Abdi"}, evs


def test_speakers_joined_by_and_accuse_together():
    """"وأكد وزراء خارجية الدول الثلاث، جان نويل بارو وديفيد لامي ويوهان فاديفول، في بيان مشترك أن إيران ارتكبت
    إخلالا": the speakers named one after another, joined by و, make the charge together — all three states."""
    evs = events('وأكد وزراء خارجية الدول الثلاث، جان نويل بارو وديفيد لامي ويوهان فاديفول، في بيان مشترك أن إيران ارتكبت '
                 '"إخلالا كبيرا" بالتزاماتها.', "2025-08-29")
    assert [(e[0], e[3]) for e in evs if e[0] == "ACCUSE"] == [("ACCUSE", ["DEU", "FRA", "GBR", "IRN"])], evs


@pytest.mark.parametrize("text,n", [
    ("ومن أبرز المشاركين في القمة الرئيس المصري عبد الفتاح السيسي، ورئيس جنوب أفريقيا سيريل رامافوزا، ورئيس جزر القمر "
     "غزالي عثماني.", 1),
    ("عقد قادة دول آسيا الوسطى والصين قمة في شيان اليوم الخميس. وشارك في أعمال القمة رؤساء أوزبكستان شوكت ميرضيائيف "
     "وقرغيزستان صادر جاباروف وطاجيكستان إمام علي رحمن.", 1),
])
def test_those_who_took_part_in_the_summit_are_one_meeting(text, n):
    """"ومن أبرز المشاركين في القمة الرئيس المصري ...، ورئيس جنوب أفريقيا ...، ورئيس جزر القمر": the participants
    listed met together (one meeting, not one per pair); when "the" summit was told before, they join that meeting."""
    evs = events(text, "2023-05-18")
    assert len([e for e in evs if e[0] == "CONSULT"]) == n, evs


def test_a_guest_named_after_a_title_heading_a_body_is_the_guest_not_the_body():
    """"بعد استقبال الرئيس التونسي قيس سعيد لزعيم جبهة البوليساريو إبراهيم غالي": the ل of the guest's title governs
    the man named after the body he heads — he is the guest (one meeting), not the body beside him."""
    evs = events("وجاء القرار بعد استقبال الرئيس التونسي قيس سعيد لزعيم جبهة البوليساريو الانفصالية إبراهيم غالي بمطار "
                 "تونس قرطاج.", "2022-08-27")
    consult = [e for e in evs if e[0] == "CONSULT"]
    assert len(consult) == 1 and set(consult[0][4] + consult[0][5]) == {"Kais Saied", "Brahim Ghali"}, evs


@pytest.mark.parametrize("text,expected", [
    ("وكانت طالبان قد استعادت السيطرة على أفغانستان في آب 2021، مع انسحاب القوات الأميركية من البلاد.", []),
    ("ويرى مراقبون أن الزيارة تعكس سعي إسلام آباد إلى تنويع شراكاتها، خصوصاً منذ الانسحاب الأمريكي من أفغانستان.", []),
    ("وأعلنت فرنسا سحب قواتها من النيجر.", [("RETREAT", ["FRA", "NER"])]),
])
def test_a_withdrawal_named_to_tell_the_time_by_is_no_event(text, expected):
    """"مع انسحاب القوات الأميركية من البلاد", "منذ الانسحاب الأمريكي من أفغانستان": a withdrawal right after "with",
    "since" or "after" tells when something else happened — no withdrawal reported; one announced is."""
    evs = events(text, "2023-03-01")
    assert [(e[0], e[3]) for e in evs if e[0] == "RETREAT"] == expected, evs


def test_a_visit_dated_by_the_arrival_is_also_the_visit_on_the_day_of_its_business():
    """"ووصل تينوبو إلى أبوظبي، الأحد ...", "توصل الرئيسان، أمس الاثنين، إلى اتفاق": the visit told by the arrival (its
    day) also took place on the day its business with the same two states was done (the evaluation writers code the
    meeting on that day besides the arrival)."""
    evs = events("أبوظبي - توصل الرئيس النيجيري بولا أحمد تينوبو ورئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان، أمس "
                 "الاثنين في أبوظبي، إلى اتفاق لاستئناف الرحلات الجوية بين البلدين. ووصل تينوبو إلى أبوظبي، الأحد، في "
                 "محطة توقف قادما من نيودلهي.", "2023-09-12")
    assert sorted(e[2] for e in evs if e[0] == "CONSULT") == ["2023-09-10", "2023-09-11"], evs


@pytest.mark.parametrize("text,expected", [
    ("أجرى الرئيس البرازيلي لولا، أمس الاثنين في بوينس آيرس، محادثات مع نظيره الأرجنتيني ألبرتو فرنانديز. واتفق البلدان "
     "على العمل لإطلاق عملة مشتركة.", "2023-01-23"),
    ("أجرى الرئيس البرازيلي لولا في 12 يناير في بوينس آيرس محادثات مع نظيره الأرجنتيني ألبرتو فرنانديز. واتفق البلدان "
     "على العمل لإطلاق عملة مشتركة.", "2023-01-24"),
])
def test_an_agreement_with_no_time_of_its_own_was_reached_at_the_meeting_just_dated(text, expected):
    """"أجرى لولا، أمس الاثنين، محادثات مع نظيره الأرجنتيني. واتفق البلدان على ...": an agreement with no time of its own
    (the news day by default) was reached at the meeting of the same two states the article dates to one of the three
    days before — not at one told weeks back (nor at an arrival, whose business is done the day after)."""
    evs = events(text, "2023-01-24")
    assert [e[2] for e in evs if e[0] == "AGREE"] == [expected], evs


def test_a_visit_told_by_its_arrival_and_its_business_takes_the_business_day():
    """"وصل وزير الدفاع الأمريكي إلى مانيلا مساء الثلاثاء" and "والتقى أوستن صباح الأربعاء نظيره الفلبيني": one visit, told
    by its arrival and by its business — the business's day dates it."""
    evs = events("وصل وزير الدفاع الأمريكي لويد أوستن إلى مانيلا مساء الثلاثاء في زيارة رسمية. والتقى أوستن صباح الأربعاء "
                 "نظيره الفلبيني كارليتو غالفيز.", "2023-02-02")
    assert [e[2] for e in evs if e[0] == "CONSULT"] == ["2023-02-01"], evs


def test_a_call_by_an_international_body_that_names_no_one_is_addressed_to_the_state_of_the_story():
    """"دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى الإفراج عن المعتقلين" in a story about one state (named three
    times at least, twice as often as any other): a body with no country of its own, naming no addressee, speaks to the
    state the story is about — not by a verb coordinated after a comma, whose subject may be the earlier one's
    (measured with the date rule below: development halves +10 matched for +10 predicted, blind +2 for +1)."""
    evs = events("أعلن الجيش حالة الطوارئ في ميانمار واعتقل زعيمة ميانمار. واعتبر الجيش أن الانتخابات مزورة في ميانمار. "
                 "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى الإفراج عن المعتقلين.", "2021-02-01")
    assert [(e[4], e[5]) for e in evs if e[0] == "REQUEST"] == [(["António Guterres"], ["Myanmar"])], evs


def test_a_time_before_a_quoted_noun_governed_by_the_verb_is_the_verbs():
    """"ندد بوريل أمس بـ"الهجوم الشنيع"": the noun the verb governs through its preposition (cut off from it by a
    quote) is what was condemned — the time just before it is the condemnation's, whatever the noun's nearness."""
    d = extract('اتهم رئيس الوزراء اللبناني نجيب ميقاتي، اليوم الاثنين، السلطات الإسرائيلية بالوقوف وراء الهجوم المسلح الذي '
                'استهدف الجيش اللبناني في قرية جنوبي البلاد. دولياً، ندد الممثل الأعلى للسياسة الخارجية في الاتحاد '
                'الأوروبي جوزيب بوريل أمس بـ"الهجوم الشنيع" الذي نفذته "مجموعة مسلحة" ضد عناصر الجيش.', "2023-09-25")
    assert [e.date for e in d.events if e.type == "ACCUSE" and "بوريل" in e.evidence[0].text] == ["2023-09-24"], \
        d.events


def test_her_guest_after_a_signing_is_the_one_who_signed_with_him():
    """"وقّع ولي العهد وميلوني اتفاقية ... واستقبل ولي العهد ضيفته": the (woman) guest, "ضيفته", is the other side of the
    last meeting — or signing — the host took part in."""
    evs = events("وقّع ولي العهد السعودي الأمير محمد بن سلمان ورئيسة الوزراء الإيطالية جورجيا ميلوني، أمس الأحد في "
                 "محافظة العلا، اتفاقية لإنشاء مجلس الشراكة. واستقبل ولي العهد ضيفته في المخيم الشتوي بالعلا.",
                 "2025-01-27")
    assert [(e[2], e[4], e[5]) for e in evs if e[0] == "CONSULT"] == [
        ("2025-01-26", ["Mohammed bin Salman"], ["Giorgia Meloni"])], evs


def test_a_visit_merged_on_its_arrival_day_also_took_place_on_the_day_of_the_agreement():
    """"ووصفت ميلوني الزيارة ..." and "وكانت ميلوني قد وصلت إلى جدة مساء السبت": the visit, merged and dated by its arrival,
    also took place on the day (one or two later) its two states signed — as a visit drafted from the arrival verb alone
    already did."""
    evs = events("وقّع ولي العهد السعودي الأمير محمد بن سلمان ورئيسة الوزراء الإيطالية جورجيا ميلوني، أمس الأحد، "
                 "اتفاقية لإنشاء مجلس الشراكة. ووصفت ميلوني الزيارة بأنها بداية فصل جديد في العلاقات بين روما والرياض. "
                 "وكانت ميلوني قد وصلت إلى جدة مساء السبت.", "2025-01-27")
    assert sorted(e[2] for e in evs if e[0] == "CONSULT") == ["2025-01-25", "2025-01-26"], evs


def test_a_visit_set_off_after_a_trip_to_come_is_that_trip_by_the_state_of_its_lam_title():
    """"على أن تتوجه اليوم الاثنين إلى المنامة للقاء ملك البحرين، في أول زيارة لرئيس حكومة إيطالي إلى البحرين": the visit
    is the trip still to come (planned, on its day), and its visitor is of the state the adjective of the ل-title names
    — not the last man named (the official who welcomed her at the airport)."""
    evs = events("وكانت ميلوني قد وصلت إلى جدة مساء السبت، حيث كان في استقبالها نائب أمير منطقة مكة المكرمة الأمير سعود "
                 "بن مشعل، على أن تتوجه اليوم الاثنين إلى المنامة للقاء ملك البحرين حمد بن عيسى آل خليفة، في أول زيارة "
                 "لرئيس حكومة إيطالي إلى البحرين.", "2025-01-27")
    bahrain = [e for e in evs if "BHR" in e[3]]
    assert [(e[1], e[2], e[4]) for e in bahrain] == [("planned", "2025-01-27", ["Giorgia Meloni"])], evs


def test_the_subject_of_a_light_verb_is_not_replaced_by_a_carried_over_speaker():
    """"ماكرون في الرباط: ..." then "وقع ماكرون والملك محمد السادس، أمس الاثنين في الرباط، اتفاقية ... بين فرنسا والمغرب":
    the agreement noun's source, read as the subject of its light verb, stays though it is also the last subject (the
    title's) — the fallback for sources carried over from earlier sentences dropped Macron for the king."""
    evs = events('ماكرون في الرباط: اتفاقية شراكة مع المغرب\n\nوقع الرئيس الفرنسي إيمانويل ماكرون والعاهل المغربي الملك '
                 'محمد السادس، أمس الاثنين في الرباط، اتفاقية "الشراكة الاستثنائية" بين فرنسا والمغرب.', "2024-10-29")
    agree = [e for e in evs if e[0] == "AGREE"]
    assert [(e[4], e[5][0]) for e in agree] == [(["Emmanuel Macron"], "Mohammed VI of Morocco")], evs


def test_one_of_a_class_of_events_is_no_event_of_its_own():
    """"زار جونسون كييف في أبريل 2022، في واحدة من أولى زيارات القادة الغربيين للعاصمة الأوكرانية": the plural noun after
    "واحدة من" names the class the visit just told belongs to — no second visit on the news day."""
    evs = events("وكان رئيس الوزراء البريطاني الأسبق بوريس جونسون قد زار كييف في التاسع من أبريل 2022، في واحدة من أولى "
                 "زيارات القادة الغربيين للعاصمة الأوكرانية بعد بدء الحرب.", "2025-01-17")
    assert [e[2] for e in evs if e[0] == "CONSULT"] == ["2022-04-09"], evs


def test_an_idea_talked_of_is_hypothetical():
    """"ناقشا فكرة نشر قوات بريطانية في أوكرانيا": a deployment named as an idea (the word "فكرة" right before the event
    noun) has not happened — hypothetical, not occurred."""
    d = extract("وقال زيلينسكي إن الجانبين ناقشا فكرة نشر قوات بريطانية في أوكرانيا.", "2025-01-17")
    assert [e.status for e in d.events if e.type == "MOBILIZE"] == ["hypothetical"], d.events


def test_what_a_meeting_is_called_to_discuss_is_its_purpose_not_talks_of_their_own():
    """"قمة دول جوار السودان، التي دعت إليها مصر لبحث سبل إنهاء الحرب ... بين الجيش السوداني وقوات الدعم السريع": the
    talks "to discuss" are the summit's purpose — no meeting of Egypt with the two sides of the war."""
    evs = events("وعقدت في القاهرة قمة دول جوار السودان، التي دعت إليها مصر لبحث سبل إنهاء الحرب الدائرة منذ منتصف أبريل "
                 "الماضي بين الجيش السوداني وقوات الدعم السريع.", "2023-07-13")
    assert not [e for e in evs if e[0] == "CONSULT" and "Rapid Support Forces" in e[5]], evs


def test_those_listed_as_taking_part_in_a_summit_met_together_not_on_a_bilateral_on_its_margins():
    """"وشارك في قمة دول الجوار، إلى جانب السيسي وآبي أحمد، كل من ... محمد المنفي، و... محمد إدريس ديبي ...": the list
    ("كل من") after the gathering are its participants — one multilateral meeting of theirs, not folded into the
    bilateral meeting held on the summit's margins; the state whose neighbours meet ("جوار السودان") is no party."""
    evs = events("اتفق الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء الإثيوبي آبي أحمد، اليوم الخميس، على استئناف "
                 "المفاوضات. وجاء الاتفاق خلال لقاء ثنائي جمع الزعيمين في القاهرة على هامش قمة دول جوار السودان. وشارك "
                 "في قمة دول الجوار، إلى جانب السيسي وآبي أحمد، كل من رئيس المجلس الرئاسي الليبي محمد المنفي، والرئيس "
                 "التشادي الانتقالي محمد إدريس ديبي، والرئيس الإريتري أسياس أفورقي.", "2023-07-13")
    consult = sorted(e[3] for e in evs if e[0] == "CONSULT")
    assert consult == [["EGY", "ERI", "ETH", "LBY", "TCD"], ["EGY", "ETH"]], evs


def test_a_meeting_in_the_first_summit_is_dated_by_the_summit():
    """"والتقى ماركوس وكيشيدا الرئيس الأمريكي جو بايدن في أول قمة ثلاثية ...، استضافها البيت الأبيض في 11 أبريل الماضي":
    the summit ("في أول قمة") is the meeting's occasion, so the time told of the summit is the meeting's."""
    evs = events("والتقى ماركوس وكيشيدا الرئيس الأمريكي جو بايدن في أول قمة ثلاثية تجمع الدول الثلاث، استضافها البيت الأبيض "
                 "في 11 أبريل الماضي.", "2024-07-08")
    assert [e[2] for e in evs if e[0] == "CONSULT"] == ["2024-04-11"], evs


def test_two_guests_of_one_state_received_after_a_time_told_by_the_signing_are_one_reception():
    """"الذي استقبل قبل مراسم التوقيع كاميكاوا ووزير الدفاع الياباني مينورو كيهارا": the signing noun after "قبل" tells
    the time — it does not end the verb's object — and two guests of one state received by a host are one reception (a
    visitor's talks with each of two hosts stay a meeting each)."""
    evs = events("ووقع الاتفاقية وزيرة الخارجية اليابانية يوكو كاميكاوا ووزير الدفاع الفلبيني جيلبرتو تيودورو في مانيلا، "
                 "بحضور الرئيس الفلبيني فرديناند ماركوس جونيور، الذي استقبل قبل مراسم التوقيع كاميكاوا ووزير الدفاع "
                 "الياباني مينورو كيهارا.", "2024-07-08")
    assert [(e[4], e[5]) for e in evs if e[0] == "CONSULT"] == [
        (["Ferdinand Marcos Jr."], ["Yōko Kamikawa", "Minoru Kihara"])], evs


def test_a_dinner_that_gathered_two_leaders_is_a_meeting_dated_by_the_act_it_coincided_with():
    """"وكانت الشرطة الكندية قد اعتقلت مينج في الأول من ديسمبر ... وتزامن اعتقال مينج مع العشاء الذي جمع ترامب والرئيس
    الصيني شي جين بينج": a dinner that gathered two leaders is their meeting (lexicon row ``dinner_noun``), and what the
    act told before coincided with took place on that act's day."""
    evs = events("وكانت الشرطة الكندية قد اعتقلت المديرة المالية لشركة هواوي في الأول من ديسمبر الجاري في مطار فانكوفر. "
                 "وتزامن اعتقال مينج مع العشاء الذي جمع ترامب والرئيس الصيني شي جين بينج في بوينس آيرس.", "2018-12-14")
    assert [(e[2], e[3]) for e in evs if e[0] == "CONSULT"] == [("2018-12-01", ["CHN", "USA"])], evs


def test_the_meeting_said_during_right_before_what_was_said_is_the_one_told_before():
    """"وأفادت الوكالة بأن السوداني أكد خلال اللقاء أن العراق يتابع ... وجود قوات الاحتلال الإسرائيلي": the meeting the
    saying was made during is the one told before — no meeting of Iraq with those the saying names."""
    evs = events("التقى رئيس الوزراء العراقي محمد شياع السوداني الرئيس السوري أحمد الشرع في الدوحة يوم الثلاثاء. وأفادت "
                 "الوكالة بأن السوداني أكد خلال اللقاء أن العراق يتابع وجود قوات الاحتلال الإسرائيلي على الأراضي السورية.",
                 "2025-04-18")
    assert [e[3] for e in evs if e[0] == "CONSULT"] == [["IRQ", "SYR"]], evs


def test_a_time_right_before_a_meeting_held_during_a_visit_is_the_visits():
    """"بعد زيارة أجراها الشيباني إلى بغداد منتصف مارس الماضي التقى خلالها السوداني": the meeting "during it" shares the
    visit's time; it is no rival that takes the time away from the visit."""
    evs = events("وكان وزير الخارجية السوري أسعد الشيباني قد زار الأردن. وجاء ذلك بعد زيارة أجراها الشيباني إلى بغداد منتصف "
                 "مارس الماضي التقى خلالها رئيس الوزراء العراقي محمد شياع السوداني.", "2025-04-18")
    assert [e[2] for e in evs if e[0] == "CONSULT" and "IRQ" in e[3]] == ["2025-03"], evs


def test_what_an_agreement_stipulated_is_its_content_not_an_event():
    """"تنفيذاً للاتفاق الذي توصل إليه الطرفان ...، ونص على إفراج الحوثيين عن 181 محتجزاً بينهم سعوديون": what the
    agreement provided for ("نص على", past as well as present) is its content — no release of its own."""
    evs = events("ويأتي التبادل تنفيذاً للاتفاق الذي توصلت إليه الحكومة اليمنية وجماعة الحوثي في سويسرا في العشرين من مارس "
                 "الماضي، ونص على إفراج الحوثيين عن 181 محتجزاً بينهم سعوديون وسودانيون.", "2023-04-16")
    assert not [e for e in evs if e[0] == "RETREAT"], evs


def test_a_ban_on_goods_referred_back_is_against_their_state_on_the_day_named_before_when():
    """"ويعود الخلاف إلى 15 سبتمبر، حين قررت المفوضية ... الحظر على واردات القمح ... الأوكرانية ...، فسارعت بولندا
    والمجر وسلوفاكيا إلى فرض حظر أحادي على هذه الواردات": the act that followed "when" shares the time named before it,
    however far, and "these imports" are those of the state the adjective named with them."""
    evs = events("ويعود الخلاف إلى 15 سبتمبر الجاري، حين قررت المفوضية الأوروبية عدم تمديد الحظر المؤقت على واردات القمح "
                 "والذرة وبذور اللفت وعباد الشمس الأوكرانية إلى خمس دول مجاورة، فسارعت بولندا والمجر وسلوفاكيا إلى فرض "
                 "حظر أحادي على هذه الواردات، بحجة حماية مزارعيها.", "2023-09-21")
    assert [(e[2], e[5]) for e in evs if e[0] == "SANCTION"] == [("2023-09-15", ["Ukraine"])], evs


def test_no_longer_abiding_by_an_agreement_ends_it_now():
    """"أعلنت كوريا الشمالية، اليوم الخميس، أنها لن تلتزم بعد الآن بالاتفاق العسكري الموقع مع كوريا الجنوبية عام
    2018": no longer abiding by an agreement ends it (a break with the other party, done now — its "لن" is the ending,
    no negation of it), dated by the saying, not by the year the agreement was signed with the other side."""
    evs = events("أعلنت كوريا الشمالية، اليوم الخميس، أنها لن تلتزم بعد الآن بالاتفاق العسكري الموقع مع كوريا الجنوبية "
                 "عام 2018.", "2023-11-23")
    assert [(e[0], e[1], e[2], e[4], e[5]) for e in evs] == [
        ("SANCTION", "occurred", "2023-11-23", ["North Korea"], ["South Korea"])], evs


def test_a_visit_right_before_the_act_it_brought_about_is_of_that_acts_time():
    """"فيما أفرجت مينسك في حزيران الماضي عن المعارض سيرغي تيخانوفسكي ...، إثر زيارة المبعوث الأمريكي كيث كيلوغ": the
    visit after "إثر/عقب", with no time of its own, preceded the act dated in the sentence — of that act's time, not the
    news day."""
    evs = events("وكان ترامب قد أجرى اتصالاً هاتفياً مع لوكاشينكو، فيما أفرجت مينسك في حزيران الماضي عن المعارض سيرغي "
                 "تيخانوفسكي و13 معتقلاً آخرين، إثر زيارة المبعوث الأمريكي كيث كيلوغ إلى العاصمة البيلاروسية.",
                 "2025-09-12")
    assert [e[2] for e in evs if e[0] == "CONSULT" and e[4] == ["Keith Kellogg"]] == ["2025-06"], evs


def test_a_release_in_a_deal_struck_through_a_state_is_made_to_that_state():
    """"أفرجت السلطات البيلاروسية، أمس الخميس، عن 52 سجيناً، في صفقة توسطت فيها الولايات المتحدة": a release no one
    receives by name is made to the state the deal was struck with or through — not dropped for want of a recipient."""
    evs = events("أفرجت السلطات البيلاروسية، أمس الخميس، عن 52 سجيناً بينهم 14 أجنبياً، في صفقة توسطت فيها الولايات "
                 "المتحدة.", "2025-09-12")
    assert [(e[4], e[5]) for e in evs if e[0] == "RETREAT"] == [(["Belarus"], ["United States"])], evs


def test_a_verb_describing_a_strike_past_its_time_is_that_strike_on_that_day():
    """"إثر غارة أمريكية بطائرة مسيّرة في الرابع من الشهر ذاته استهدفت مقراً للحشد الشعبي": the verb describes the strike
    noun before it (its time, named between, is no word of the noun phrase) — one strike by the state of the adjective,
    on the day named, not a second one by the last man named."""
    evs = events("وكانت جولات الحوار قد انطلقت في كانون الثاني الماضي، بعد أن طالب السوداني بإنهاء وجود التحالف، إثر غارة "
                 "أمريكية بطائرة مسيّرة في الرابع من الشهر ذاته استهدفت مقراً للحشد الشعبي في بغداد.", "2024-09-28")
    assert [(e[2], e[4]) for e in evs if e[0] == "ASSAULT"] == [("2024-01-04", ["United States"])], evs


def test_what_an_agreement_paves_the_way_for_is_still_to_come():
    """"وقّعت الولايات المتحدة وحركة طالبان، أمس السبت، اتفاقاً تاريخياً يمهد لانسحاب القوات الأمريكية من أفغانستان":
    what the agreement paves the way for is its content — a withdrawal still to come, not one that happened."""
    evs = events("وقّعت الولايات المتحدة وحركة طالبان، أمس السبت، في الدوحة، اتفاقاً تاريخياً يمهد لانسحاب القوات "
                 "الأمريكية من أفغانستان.", "2020-03-01")
    assert [e[1] for e in evs if e[0] == "RETREAT"] in ([], ["planned"]), evs


def test_a_charge_daffaires_received_stands_for_his_state():
    """"استقبل الرئيس العراقي في قصر بغداد القائم بالأعمال الأمريكي": an envoy received, named by office (the chargé
    d'affaires as well as the ambassador) and state only, stands for his state. (Session 35's credentials pattern once
    took this pattern's name and left the chargé d'affaires unread.)"""
    evs = events("استقبل الرئيس العراقي عبد اللطيف رشيد في قصر بغداد القائم بالأعمال الأمريكي.", "2023-05-01")
    assert [(e[4], e[5]) for e in evs if e[0] == "CONSULT"] == [(["Abdul Latif Rashid"], ["United States"])], evs
