"""Entity linking rules: each case is a small Arabic sentence and says why the rule exists."""

import pytest

import marsad


def ents(text, published="2024-05-16"):
    d = marsad.extract(text, published)
    return {e.name_en: sorted({m.span.text for m in ms}) for e, ms in d.entities()}


def roles(text, published):
    d = marsad.extract(text, published)
    return [(m.span.text, m.entity.name_en) for m in d.mentions if m.via == "role"]


@pytest.mark.parametrize("spelling", ["شي جين بينغ", "شي جينبينغ", "شي جين بينج", "شي جين بينق"])
def test_xi_spellings(spelling):
    """Foreign names reach Arabic as ج/غ/ق for g and joined or split parts; all are one person."""
    assert "Xi Jinping" in ents(f"استقبل الرئيس {spelling} ضيفه في بكين.")


def test_fuzzy_misspelling_of_known_name():
    """A typo in one letter of a multi-word known name ("شين جين بينغ") still links."""
    assert "Xi Jinping" in ents("أجرى بوتين محادثات مع نظيره الصيني شين جين بينغ أمس.")


def test_clitic_lil():
    """"للحزب" is ل + الحزب with the alef dropped; the organisation is still found."""
    assert "Communist Party of China" in ents("وهو عضو في اللجنة المركزية للحزب الشيوعي الصيني.")


@pytest.mark.parametrize("prefix", ["و", "ب", "ل", "ف", "وب"])
def test_proclitics(prefix):
    """Conjunction and preposition clitics glue to names: وروسيا، بروسيا، لروسيا."""
    assert "Russia" in ents(f"تعاون الصين {prefix}روسيا في المجال.")


def test_no_match_inside_word():
    """A name inside a longer word is not a mention ("مصرف" is not Egypt)."""
    assert "Egypt" not in ents("أعلن المصرف المركزي أرقاما جديدة.")


def test_nisba_links_country():
    """The nisba adjective names the country: "الوفد الروسي" mentions Russia."""
    assert "Russia" in ents("وصل الوفد الروسي إلى القاهرة.")


def test_sco_variants():
    """شانغهاي / شنغهاي / شانجهاي are one organisation."""
    for v in ("منظمة شانغهاي للتعاون", "منظمة شنغهاي للتعاون", "منظمة شانجهاي للتعاون"):
        assert "Shanghai Cooperation Organisation" in ents(f"اجتمعت {v} أمس.")


def test_a_name_holding_ali_is_one_name():
    """"إمام علي رحمان" (Rahmon spelt with a long a) is a name: its "علي" (normalised like the preposition على) must be
    inside the mention, or it would read the next country as governed by "على"."""
    assert "Emomali Rahmon" in ents("وشارك رئيس طاجيكستان إمام علي رحمان في القمة.")


def test_then_after_a_title_is_no_name():
    """"وزير التجارة الكيني آنذاك موسى كوريا": "آنذاك" (then) qualifies the title like "السابق" — the name starts after
    it, and the title alone is not today's holder."""
    e = ents("وكان وزير التجارة الكيني آنذاك موسى كوريا قد وقع الاتفاق.", "2025-01-15")
    assert "Musa Koria" in e and not [n for n in e if "ndhak" in n]


def test_a_determiner_ends_a_discovered_name():
    """"أي" (any) is never part of a name: "نفى ... المالكي أي علاقة" does not make "المالكي أي علاقة" a person."""
    assert not [n for n in ents("ونفى المتحدث باسم التحالف تركي المالكي أي علاقة للمملكة بالهجوم.") if "Ai" in n]


def test_a_duration_after_a_title_is_no_name():
    """"وأمهلت الحكومة السودانية السفير البريطاني أسبوعا لتقديم توضيحات": a duration ("أسبوعا", "48 ساعة") and what it is
    given for ("لتقديم", "لمغادرة") are no person's name discovered after the envoy's title."""
    e = ents("وأمهلت الحكومة السودانية السفير البريطاني أسبوعا لتقديم توضيحات.", "2023-08-26")
    assert not [n for n in e if n.startswith("Asbu")]


def test_longest_match_wins():
    """"الجمعية العامة للأمم المتحدة" is the General Assembly, not also the UN."""
    e = ents("ألقى كلمة أمام الجمعية العامة للأمم المتحدة.")
    assert "United Nations General Assembly" in e and "United Nations" not in e


def test_partial_name_coreference():
    """After the full name, the family name alone refers to the same person."""
    e = ents("التقى وزير الخارجية الروسي سيرجي لافروف بنظيره. وقال لافروف إن اللقاء مثمر.")
    assert e["Sergey Lavrov"] == ["سيرجي لافروف", "لافروف"]


def test_short_name_needs_title():
    """"الرئيس شي" is Xi; a bare two-letter token is not."""
    e = ents("استقبل الرئيس الصيني شي جين بينغ الضيوف. وقال الرئيس شي إن الصين مستعدة.")
    assert "شي" in e["Xi Jinping"]


def test_role_by_date_foreign_minister():
    """"وزير الخارجية الصيني" is Qin Gang in March 2023 and Wang Yi in September 2023."""
    assert ("وزير الخارجية الصيني", "Qin Gang") in roles("قال وزير الخارجية الصيني إن بلاده مستعدة.", "2023-03-10")
    assert ("وزير الخارجية الصيني", "Wang Yi") in roles("قال وزير الخارجية الصيني إن بلاده مستعدة.", "2023-09-10")


def test_counterpart_role():
    """"نظيره الروسي" holds the antecedent's office in Russia on the article's date."""
    r = roles("التقى الرئيس الصيني أمس مع نظيره الروسي في بكين.", "2024-05-16")
    assert ("الرئيس الصيني", "Xi Jinping") in r
    assert any(name == "Vladimir Putin" for _, name in r)


def test_role_only_person_is_not_listed_as_named_entity():
    """Role phrases feed events, but only named mentions are listed as entities."""
    e = ents("قال الرئيس الروسي إن المحادثات مثمرة.")
    assert "Vladimir Putin" not in e and "Russia" in e


def test_discovery_after_title_with_country():
    """An unknown person introduced by a title with a country becomes a provisional entity."""
    d = marsad.extract("التقى سكرتير مجلس الأمن القومي المنغولي جادامبا إنخبايار بالوفد.", "2023-09-20")
    new = [e for e, _ in d.entities() if e.provisional]
    assert new and new[0].country == "MNG" and new[0].name_ar == "جادامبا إنخبايار"


def test_discovery_apposition():
    """"NAME، TITLE النسبة" also introduces a person."""
    d = marsad.extract("واجتمع مع جادامبا إنخبايار، سكرتير مجلس الأمن القومي المنغولي، أمس.", "2023-09-20")
    assert any(e.provisional and e.country == "MNG" for e, _ in d.entities())


def test_no_discovery_when_holder_known():
    """When the office-holder is known, words after the title are not a new name."""
    d = marsad.extract("ويرافق الرئيس الروسي وفد يضم وزراء.", "2024-05-16")
    assert not [e for e, _ in d.entities() if e.provisional]


def test_ambiguous_org_by_country_context():
    """"مجلس الدولة" in a Chinese context is China's State Council."""
    assert "State Council of China" in ents("قال عضو مجلس الدولة ووزير الخارجية الصيني إن بلاده مستعدة.")


def test_ambiguous_org_in_a_place_of_another_country():
    """"المحكمة العليا في جبل طارق" is Gibraltar's own court: the US or Israeli one it could also be is not in
    Gibraltar, even with the United States named elsewhere in the text."""
    e = ents("وقررت المحكمة العليا في جبل طارق تمديد احتجاز الناقلة، فيما انتقدت الخارجية الأمريكية القرار.")
    assert "Supreme Court of the United States" not in e and "Gibraltar" in e
    assert "Supreme Court of the United States" in ents("وقضت المحكمة العليا في واشنطن بأن الرسوم الأمريكية باطلة.")


def test_short_form_of_a_name_read_by_the_fuzzy_step():
    """"جيريمي هنت" is the gazetteer's "جيريمي هانت" read by the fuzzy step: the short form that follows in the
    article ("والتقى هنت") is this article's spelling of his family name, so it links to him too — and not before
    he is named in full."""
    e = ents("وصل وزير الخارجية البريطاني جيريمي هنت إلى طهران. والتقى هنت نظيره الإيراني.", "2019-07-20")
    assert e.get("Jeremy Hunt") == ["جيريمي هنت", "هنت"]
    assert "Jeremy Hunt" not in ents("والتقى هنت نظيره الإيراني.", "2019-07-20")


def test_guinea_is_not_kenya():
    """غينيا and كينيا collapse under letter classes; exact spelling decides."""
    e = ents("زار الوزير كينيا ثم غينيا.")
    assert "Kenya" in e and "Guinea" in e and e["Kenya"] == ["كينيا"]


def test_offsets_index_original_text():
    """Mentions index the original text even with diacritics and tatweel."""
    text = "قالَ الرئيـــسُ الروسيُّ فلاديمير بوتين إنّ روسيا مستعدة."
    d = marsad.extract(text, "2024-05-16")
    for _, ms in d.entities():
        for m in ms:
            assert text[m.span.start:m.span.end] == m.span.text


def test_devset_variants_all_linked(dev_docs):
    """Every dev-set spelling of Xi Jinping and of the SCO links to the one entity."""
    surfaces = {}
    for d in dev_docs:
        for e, ms in d.entities():
            surfaces.setdefault(e.name_en, set()).update(m.span.text for m in ms)
    assert {"شي جين بينغ", "شي جينبينغ", "شي جين بينج", "جينبينغ", "شين جين بينغ"} <= surfaces["Xi Jinping"]
    assert {"منظمة شانغهاي للتعاون", "منظمة شنغهاي للتعاون", "منظمة شانجهاي للتعاون"} <= \
        surfaces["Shanghai Cooperation Organisation"]


def test_family_name_that_is_also_an_adjective():
    """"السوداني" is Iraq's PM al-Sudani after "وأضاف" once he is named in full, but stays "Sudanese"
    after a definite noun ("الرئيس السوداني")."""
    import marsad

    d = marsad.extract("وقال رئيس الوزراء العراقي محمد شياع السوداني إن العلاقات متينة. وأضاف السوداني أن بغداد "
                       "ترفض الاعتداءات. والتقى الرئيس السوداني عبد الفتاح البرهان.", "2023-08-22")
    links = [(m.span.text, m.entity.name_en) for m in d.mentions if m.span.text == "السوداني"]
    assert links == [("السوداني", "Mohammed Shia al-Sudani"), ("السوداني", "Sudan")]


def test_family_name_that_is_also_a_title():
    """"رئيسي" (Raisi) alone after a verb is the president named earlier, not the title "رئيسي"."""
    import marsad

    d = marsad.extract("استقبل الرئيس الإيراني إبراهيم رئيسي وزير الخارجية العراقي فؤاد حسين. وطالب رئيسي بغداد "
                       "بنزع سلاح الجماعات الكردية.", "2022-11-29")
    assert [m.entity.name_en for m in d.mentions if m.span.text == "رئيسي"] == ["Ebrahim Raisi"]


def test_title_of_the_country_resolves_to_the_articles_country():
    """"أمير البلاد" (the country's emir) in a Kuwaiti dispatch is Kuwait's emir on that date."""
    import marsad

    d = marsad.extract("الكويت (كونا) -- استقبل أمير البلاد اليوم وزير الخارجية الأمريكي أنتوني بلينكن.", "2024-03-10")
    assert [m.entity.name_en for m in d.mentions if m.via == "role"] == ["Mishal Al-Ahmad Al-Jaber Al-Sabah"]


def test_honorific_title_without_a_country_is_the_outlets_country():
    """"جلالة الملك" in a Bahraini dispatch (dateline المنامة) is Bahrain's king, although Egypt is
    named more often in the sentence."""
    import marsad

    d = marsad.extract("المنامة (بنا) - استقبل جلالة الملك وزير الخارجية المصري سامح شكري.", "2023-05-10")
    assert [m.entity.name_en for m in d.mentions if m.via == "role"] == ["Hamad bin Isa Al Khalifa"]


def test_epithet_tied_to_one_state():
    """"خادم الحرمين الشريفين" is always the Saudi king (titles.tsv: country=SAU)."""
    import marsad

    d = marsad.extract("استقبل خادم الحرمين الشريفين الرئيس الصيني شي جين بينغ في الرياض.", "2022-12-08")
    assert [m.entity.name_en for m in d.mentions if m.via == "role"] == ["Salman of Saudi Arabia"]


def test_the_side_of_a_country_is_the_country():
    """"الجانب التركي" (the Turkish side) names Turkey as a party: "دعا ... الجانب التركي إلى ..."."""
    import marsad

    d = marsad.extract("دعا وزير الخارجية العراقي فؤاد حسين الجانب التركي إلى زيادة الإطلاقات المائية.", "2023-08-22")
    assert ("الجانب التركي", "Turkey") in [(m.span.text, m.entity.name_en) for m in d.mentions]
    assert [(e.type, [a.name_en for a in e.target]) for e in d.events] == [("REQUEST", ["Turkey"])]


def test_discovery_past_a_portfolio_and_with_an_al_first_name():
    """"وزير البنية التحتية الأوكراني ألكسندر كوبراكوف وثيقة": the portfolio sits between title and
    country; a first name may start with "أل"; an event word ("وثيقة") ends the name."""
    import marsad

    d = marsad.extract("وقع وزير البنية التحتية الأوكراني ألكسندر كوبراكوف وثيقة مماثلة مع تركيا.", "2022-07-22")
    found = [(m.span.text, m.entity.country) for m in d.mentions if m.via == "discovered"]
    assert found == [("ألكسندر كوبراكوف", "UKR")]


def test_bare_ministry_is_the_wires_own():
    """"دانت وزارة الخارجية" in a Petra story is Jordan's ministry: a wire names its own government's
    ministries without the country; a named country still wins ("وزارة الخارجية الأمريكية")."""
    e = ents("عمان 3 كانون الثاني (بترا)- دانت وزارة الخارجية الاقتحام. وقالت وزارة الخارجية الأمريكية إنها تتابع.",
             "2023-01-03")
    assert "Ministry of Foreign Affairs of Jordan" in e and "United States Department of State" in e


def test_shadda_tells_amman_from_oman():
    """عمّان (shadda) is Amman and عُمان (damma) is Oman: the same letters, told apart by the marks the
    writer kept."""
    assert "Amman" in ents("وصل الوزير إلى عمّان اليوم.") and "Oman" not in ents("وصل الوزير إلى عمّان اليوم.")
    assert "Oman" in ents("وقال إن عُمان شريك موثوق.")


def test_dateline_city_before_a_wire_code():
    """"عمان (بترا) -": the dateline before Petra's code is Jordan's capital, not the Sultanate."""
    assert "Amman" in ents("عمان 3 كانون الثاني (بترا)- أعلنت الحكومة خطة جديدة.", "2023-01-03")


def test_office_holder_surname_that_is_a_nisba():
    """"استقبال السوداني لفيدان" in an Iraq story: السوداني is Iraq's prime minister (al-Sudani), since
    the article names Iraq and never Sudan; "الجيش السوداني" stays Sudan's army."""
    e = ents("بغداد - بحث وزير الخارجية التركي هاكان فيدان مع المسؤولين العراقيين ملف المياه. جاء ذلك خلال "
             "استقبال السوداني لفيدان في العاصمة بغداد.", "2023-08-22")
    assert "Mohammed Shia al-Sudani" in e and "Sudan" not in e
    assert "Mohammed Shia al-Sudani" not in ents("أعلن الجيش السوداني اليوم وقف إطلاق النار في الخرطوم.", "2023-06-01")


def test_government_inside_a_title_is_the_country():
    """"رئيسة الحكومة الإيطالية جورجيا ميلوني": the government names the title's country; it is not an
    organisation taking part. And TAP's code (وات) makes "رئيس الدولة" Tunisia's president."""
    e = ents("تونس 16 جويلية 2023 (وات) - وقعت تونس مذكرة تفاهم بحضور رئيسة الحكومة الإيطالية جورجيا ميلوني. وكان "
             "رئيس الدولة قد استقبل الضيوف.", "2023-07-16")
    assert "Italy" in e and "Government of Italy" not in e
    assert ("رئيس الدولة", "Kais Saied") in roles("تونس 16 جويلية 2023 (وات) - وكان رئيس الدولة قد استقبل الضيوف.",
                                                  "2023-07-16")


def test_the_kings_ambassador_is_not_the_king():
    """"سفير خادم الحرمين الشريفين لدى اليمن": the epithet names whose ambassador he is."""
    assert "Salman of Saudi Arabia" not in [n for _, n in roles("التقى سفير خادم الحرمين الشريفين لدى اليمن وفد صنعاء.",
                                                                 "2023-09-20")]
    assert ("خادم الحرمين الشريفين", "Salman of Saudi Arabia") in roles("استقبل خادم الحرمين الشريفين الرئيس الصيني.",
                                                                         "2023-09-20")


def test_generic_institution_needs_its_country_in_the_story():
    """"مجلس الشعب" in a North Korea story is not Syria's People's Assembly: a generic institution name
    links to a country's body only when the article names that country or the name carries it;
    proper names (البنتاغون) need neither."""
    assert "People's Assembly of Syria" not in ents("وحضر رئيس هيئة رئاسة مجلس الشعب الأعلى كيم يونغ نام في بيونغ يانغ.",
                                                    "2018-04-27")
    assert "People's Assembly of Syria" in ents("صوت مجلس الشعب السوري على القانون.", "2018-04-27")
    assert "United States Department of Defense" in ents("أعلن البنتاغون نشر قوات إضافية.", "2023-05-01")


def test_outlet_names_that_are_ordinary_phrases():
    """"أعلنت روسيا اليوم" is Russia announcing today and "الرئيس المصري اليوم" the Egyptian president
    today: RT and Al-Masry Al-Youm are linked only as "قناة روسيا اليوم" / "صحيفة المصري اليوم"."""
    assert "RT" not in ents("أعلنت روسيا اليوم أنها ستشارك في القمة.", "2023-06-01")
    assert "Israel Hayom" not in ents("وصل الرئيس الفرنسي إلى إسرائيل اليوم.", "2023-06-01")
    assert "RT" in ents("وقالت قناة روسيا اليوم إن الوفد وصل.", "2023-06-01")


def test_nisba_after_an_indefinite_noun_is_a_name():
    """An adjective agrees in definiteness: after an indefinite word ("استقبال السوداني", "ووجه السوداني")
    a definite nisba is a noun — here Iraq's PM al-Sudani, named in full later (a headline names him first)."""
    import marsad

    d = marsad.extract("فيدان يبحث مع السوداني ملف المياه\nبغداد - استقبل رئيس الوزراء العراقي محمد شياع السوداني "
                       "وزير الخارجية التركي هاكان فيدان. ووجه السوداني دعوة إلى أردوغان.", "2023-08-22")
    assert {m.entity.name_en for m in d.mentions if m.span.text == "السوداني"} == {"Mohammed Shia al-Sudani"}


def test_title_then_a_family_name_that_is_also_a_word():
    """"الأسد" alone is a common word (lion); after "الرئيس" it is the one president of that name in office."""
    import marsad

    d = marsad.extract("وزار الأمير فيصل بن فرحان دمشق حيث استقبله الرئيس الأسد.", "2023-04-18")
    assert "Bashar al-Assad" in {m.entity.name_en for m in d.mentions}
    d = marsad.extract("وزار الأمير فيصل بن فرحان دمشق حيث استقبله الرئيس الأسد.", "1995-04-18")
    assert "Bashar al-Assad" not in {m.entity.name_en for m in d.mentions}


def test_indefinite_sound_plural_nisba_names_the_country():
    """"مستوطنين إسرائيليين": an indefinite sound plural of a nisba names the country like "الإسرائيليين"."""
    import marsad

    d = marsad.extract("أدانت وزارة الخارجية القطرية اقتحام مستوطنين إسرائيليين باحات المسجد الأقصى.", "2024-03-12")
    assert "Israel" in {m.entity.name_en for m in d.mentions}


def test_conjunction_and_verb_with_object_pronoun_is_no_name():
    """"طرد السفير الفرنسي ومنحته مهلة": "ومنحته" (and gave him) after a title is a verb, not a name to discover."""
    import marsad

    d = marsad.extract("أعلنت النيجر طرد السفير الفرنسي ومنحته مهلة 48 ساعة لمغادرة البلاد.", "2023-08-26")
    assert {m.entity.type for m in d.mentions} == {"GPE"}


def test_discovered_name_word_before_its_introduction_is_an_ordinary_word():
    """"لمسلحين انفصاليين بلوش" comes before "نادية كمال بلوش" is introduced by her title: the earlier
    "بلوش" (Baloch) is no mention of her."""
    import marsad

    d = marsad.extract("شنت باكستان ضربات على مخابئ لمسلحين انفصاليين بلوش داخل إيران. وأعلنت المتحدثة باسم "
                       "الخارجية الباكستانية نادية كمال بلوش أن بلادها قررت استدعاء سفيرها. وقالت بلوش إن ...",
                       "2012-01-18")  # (a name and date the gazetteer does not know: she is discovered)
    starts = [m.span.start for m in d.mentions if m.entity.type == "PER"]
    assert starts and min(starts) > d.text.index("المتحدثة")


def test_the_two_sides_are_the_pair_named_together():
    """"وبحث الجانبان" names the two countries last named together; "طرفي النزاع" a civil war's two
    sides (the army and the movement); "العلاقات بين البلدين" stays unresolved (what is about them)."""
    import marsad

    d = marsad.extract("وقع الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جين بينغ اتفاقا. وأكد الجانبان أهمية "
                       "التعاون بين البلدين.", "2023-12-15")
    roles = [(m.span.text, m.entity.name_en) for m in d.mentions if m.via == "role" and m.entity.type == "GPE"]
    assert sorted(roles) == [("الجانبان", "China"), ("الجانبان", "Russia")]
    d = marsad.extract("وتدور المعارك بين الجيش السوداني وقوات الدعم السريع. ودعا بلينكن طرفي النزاع إلى وقف "
                       "القتال.", "2023-06-01")
    assert {m.entity.name_en for m in d.mentions if m.span.text == "طرفي النزاع"} == {
        "Sudan Armed Forces", "Rapid Support Forces"}


def test_reported_two_sides_exclude_the_speaker():
    """"وقالت الخارجية القطرية إن الطرفين وافقا": after إن the speaker named before is not one of the
    two sides; they are the article's other two main countries."""
    import marsad

    d = marsad.extract("وأفرجت حركة حماس عن رهائن إسرائيليين، وأفرجت إسرائيل عن أسرى فلسطينيين. وقالت الخارجية "
                       "القطرية إن الطرفين وافقا على تمديد الهدنة.", "2023-11-27")
    sides = {m.entity.name_en for m in d.mentions if m.span.text == "الطرفين"}
    assert "Qatar" not in sides and len(sides) == 2


def test_bare_kingdom_is_the_story_kingdom():
    """"وكانت المملكة قد استدعت سفيرتها": bare المملكة is the kingdom the story is about (the one named
    most, a tie to the first named: the dateline's), not the other kingdom in it; "قناة المملكة" is a TV
    channel, and "المملكة المتحدة" keeps its own name."""
    import marsad

    d = marsad.extract("الرباط - قال المغرب إن الاتفاق مع إسبانيا تاريخي. وكانت المملكة قد استدعت سفيرتها بمدريد.",
                       "2022-04-07")
    assert {m.entity.name_en for m in d.mentions if m.span.text == "المملكة"} == {"Morocco"}
    d = marsad.extract("لندن - قال الوزير إن المملكة المتحدة تدعم أوكرانيا. وقالت قناة المملكة الأردنية إن الوزير وصل.",
                       "2023-05-01")
    assert not [m for m in d.mentions if m.span.text == "المملكة"]


def test_bare_sultanate_is_oman():
    """"وأعربت السلطنة عن ترحيبها": bare السلطنة in a story naming Oman is Oman."""
    import marsad

    d = marsad.extract("مسقط - رحبت سلطنة عمان بالاتفاق بين إيران والسعودية. وقالت السلطنة إنها مستعدة للمساعدة.",
                       "2023-04-06")
    assert {m.entity.name_en for m in d.mentions if m.span.text == "السلطنة"} == {"Oman"}


@pytest.mark.parametrize("text,expected", [
    ("وقال الرئيس الأمريكي السابق دونالد ترامب إن الحرب ستنتهي.", [("دونالد ترامب", "Donald Trump")]),
    ("وانتقد الرئيس الأمريكي السابق سياسة الإدارة.", []),
    ("وهنأ الرئيس الإندونيسي المنتخب برابوو سوبيانتو.", [("برابوو سوبيانتو", "Prabowo Subianto")]),
    ("وقال الرئيس الأمريكي الحالي إن الحرب ستنتهي.", [("الرئيس الأمريكي الحالي", "Joe Biden")]),
])
def test_former_or_elected_bearer_is_not_the_holder_of_the_day(text, expected):
    """"الرئيس الأمريكي السابق" / "الرئيس الإندونيسي المنتخب": a former, late, elected or designated
    bearer is not the office-holder on the article's date (a name after it is that person); a current
    (الحالي) or interim one is."""
    import marsad

    d = marsad.extract(text, "2024-03-05")
    assert [(m.span.text, m.entity.name_en) for m in d.mentions if m.entity.type == "PER"] == expected


def test_undersecretary_title_introduces_a_new_person():
    """"وكيل وزارة الخارجية الهندية فيكرام ميسري": an under-secretary's title with its ministry's
    country introduces a person the gazetteer lacks, and his family name alone then refers to him."""
    import marsad

    d = marsad.extract("وقال وكيل وزارة الخارجية الهندية فيكرام ميسري إن الاتفاق نافذ. واتهم ميسري باكستان بخرقه.",
                       "2025-05-10")
    people = [m for m in d.mentions if m.entity.type == "PER"]
    assert len(people) == 2 and len({m.entity.id for m in people}) == 1 and people[0].entity.country == "IND"


def test_matches_near_equals_finditer():
    """The core-anchored scans (duals, نظيره, bare ministries) find exactly what finditer finds."""
    import random

    from marsad.stages import entities as E

    dual, cores = E._dual_parties()
    bare, _, core = E._bare_institutions()
    scans = [(dual, E._dual_party_matches, ["بلدان", "بلدين", "كانبين", "ترف", "دولتان", "ال", "بال", "لل", "النزاع"]),
             (E._NAZIR, E._nazir_matches, ["نزير", "ه", "ها", "بل", "ول"]),
             (bare, lambda t: E._matches_near(bare, t, (core,), 2), ["وزاره", " الخاركيه", " الدفاع", "وب", "ال"])]
    rnd = random.Random(7)
    for pattern, fast, pieces in scans:
        alphabet = pieces + list("وفبلاي ") + ["،", "x"]
        for _ in range(3000):
            t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 20)))
            assert [m.span(1) if m.re.groups else m.span() for m in fast(t)] == \
                [m.span(1) if m.re.groups else m.span() for m in pattern.finditer(t)], t


def test_bare_gaza_is_the_strip():
    """"غارات على غزة": bare غزة in the news is the Gaza Strip; the city is "مدينة غزة"."""
    import marsad

    d = marsad.extract("شنت إسرائيل غارات على غزة، وقصفت مدينة غزة.", "2024-01-01")
    assert [m.entity.name_en for m in d.mentions if "غزة" in m.span.text] == ["Gaza Strip", "Gaza City"]


def test_the_ministry_is_the_one_last_named():
    """"وكانت الوزارة نفسها قد طالبت": bare الوزارة (نفسها) is the ministry last named in the article."""
    import marsad

    d = marsad.extract("وقالت وزارة الخارجية الأوكرانية إن الزيارة مخزية. وكانت الوزارة نفسها قد طالبت منغوليا "
                       "بتوقيف بوتين.", "2024-09-04")
    assert [m.entity.name_en for m in d.mentions if m.span.text == "الوزارة"] == ["Ministry of Foreign Affairs of Ukraine"]


def test_person_only_words_introduce_a_name_without_a_country():
    """"الصحفي المعارض ستيبان بوتيلو", "الفريق ركن ياسين إبراهيم": words that only precede a person
    (citizen, journalist, opposition figure, military ranks) introduce a name with no country after them;
    "اللواء 35" (a brigade) has no name."""
    import marsad

    d = marsad.extract("واعتقلت السلطات الصحفي المعارض ستيبان بوتيلو. والتقى اللواء 35 في المدينة.", "2022-12-08")
    people = [m for m in d.mentions if m.entity.type == "PER"]
    assert [m.span.text for m in people] == ["ستيبان بوتيلو"] and people[0].entity.provisional


def test_fuzzy_match_needs_a_close_family_name():
    """"فيكتور بوت" is not "فيكتور بونتا": a typo-tolerant match must not change the family name
    ("شين جين بينغ" is still Xi Jinping)."""
    import marsad

    d = marsad.extract("مقابل الإفراج عن المواطن الروسي فيكتور بوت. والتقى شين جين بينغ بوتين.", "2022-12-08")
    names = {m.span.text: m.entity.name_en for m in d.mentions if m.entity.type == "PER"}
    assert names["شين جين بينغ"] == "Xi Jinping" and names["فيكتور بوت"] != "Victor Ponta"


def test_transliteration_of_slavic_and_spanish_ch():
    """تش is "ch" (هوغو تشافيز, the Slavic -ič), and a final فيتش is the patronymic -vich."""
    from marsad.stages.translit import transliterate

    assert transliterate("بروتاسيفيتش").endswith("vich") and "ch" in transliterate("تشافيز").lower()


def test_in_exchange_for_is_not_part_of_a_name():
    """"المواطنة الأمريكية بريتني غراينر مقابل ...": مقابل (in exchange for) ends a discovered name."""
    import marsad

    d = marsad.extract("الإفراج عن المواطنة الأمريكية بريتني غراينر مقابل الإفراج عن مواطن روسي.", "2022-12-08")
    assert [m.span.text for m in d.mentions if m.entity.type == "PER"] == ["بريتني غراينر"]


def test_former_states():
    """"انتصار القوات السوفياتية", "الاتحاد السوفيتي": former states named in history paragraphs are
    places with no country code, their adjectives included."""
    import marsad

    d = marsad.extract("في ذكرى انتصار القوات السوفياتية. وكان الاتحاد السوفيتي قد انهار.", "2024-09-04")
    assert {m.entity.name_en for m in d.mentions} == {"Soviet Union"}


def test_definite_title_takes_no_portfolio():
    """"واتهم الوزير السلطات المغربية بدعم حركة": a definite title ("الوزير") cannot head a portfolio
    ("وزير البنية التحتية الأوكراني" can), so the words after the country adjective are no new name."""
    d = marsad.extract("واتهم الوزير السلطات المغربية بدعم حركة انفصالية.", "2021-08-24")
    assert not [m for m in d.mentions if m.via == "discovered"]


def test_a_longer_front_is_not_the_palestinian_one():
    """"الجبهة الديمقراطية الثورية للشعوب الإثيوبية" is Ethiopia's ruling front (EPRDF), not the DFLP:
    the bare "الجبهة الديمقراطية" is no alias of any one front."""
    d = marsad.extract("أعلنت الجبهة الديمقراطية الثورية للشعوب الإثيوبية الحاكمة قبول اتفاق السلام.", "2018-06-06")
    assert [e.name_en for e, _ in d.entities()] == ["Ethiopian People's Revolutionary Democratic Front"]


@pytest.mark.parametrize("text,persons", [
    ("استقبل ولي العهد الأمير محمد بن سلمان بن عبد العزيز آل سعود الرئيس الفرنسي.", ["Mohammed bin Salman"]),
    ("وحضر الأمير بدر بن سلطان بن عبد العزيز الحفل.", ["Badr bin Sultan"]),
    ("التقى خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود الرئيس.", ["Salman of Saudi Arabia"]),
])
def test_nasab_chain_names_the_son(text, persons):
    """"محمد بن سلمان بن عبد العزيز آل سعود": a person matched right after "X بن" is X's father — the
    chain is the son (linked when known, else found after his title as a new person), never the father
    ("بدر بن سلطان بن عبد العزيز" is not Prince Sultan)."""
    d = marsad.extract(text, "2023-05-19")
    assert [e.name_en for e, _ in d.entities() if e.type == "PER"] == persons


def test_provincial_governor_is_not_the_king():
    """"نائب أمير منطقة مكة" / "أمير منطقة مكة المكرمة": a region's emir is its governor, not the
    head of state that the bare title "الأمير" with a country names."""
    d = marsad.extract("وكان في استقباله نائب أمير منطقة مكة المكرمة.", "2023-05-19")
    assert not [m for m in d.mentions if m.entity.type == "PER"]


def test_the_head_named_after_an_institution_picks_its_country():
    """"رئيس مجلس النواب نبيه بري" in a story that also names the US: the bare "مجلس النواب" (a name
    several parliaments share) is the one its named head belongs to — Lebanon's, not the US House."""
    d = marsad.extract("وكان رئيس مجلس النواب نبيه بري قد تولى التفاوض مع الموفد الأميركي آموس هوكشتاين.", "2024-11-27")
    assert [e.name_en for e, _ in d.entities() if e.type == "ORG"] == ["Parliament of Lebanon"]


@pytest.mark.parametrize("arabic,latin", [
    ("فلاديمير ليباييف", "Vladimir Libayev"),
    ("أليكسي إيساكوف", "Alexey Isakov"),
    ("اليكسي إيساكوف", "Alexey Isakov"),
    ("ديمتري ميدفيديف", "Dmitry Medvedev"),
    # Spanish given names: خ/ج for j/g and a final ي for e come out wrong letter by letter
    ("خورخي جلاس", "Jorge Jalas"),
    ("راكيل سيرور", "Raquel Sirour"),
])
def test_transliteration_of_common_given_names_and_slavic_endings(arabic, latin):
    """Letter by letter, "فلاديمير" is "Fladimir" and "أليكسي" "Aliksi"; common foreign given names have
    their usual English spelling (with or without hamza), "-ييف" is "-yev", and a long vowel written
    twice ("إيساكوف") is one."""
    from marsad.stages.translit import transliterate

    assert transliterate(arabic) == latin


def test_discovered_name_stops_before_a_masdar_with_its_preposition():
    """"أبلغت الخارجية الروسية السفير الإستوني مارغوس لايدري بضرورة مغادرة البلاد": "بضرورة" (that he
    must) is no part of the ambassador's name."""
    import marsad

    d = marsad.extract("وأبلغت الخارجية الروسية السفير الإستوني مارغوس لايدري بضرورة مغادرة الأراضي الروسية.", "2023-01-24")
    assert "Margus Laidri" in {m.entity.name_en for m in d.mentions}


def test_two_one_word_names_of_two_persons_side_by_side_are_not_them():
    """"المفوض السامي الكندي كاميرون ماكاي": "كاميرون" alone is David Cameron and "ماكاي" alone Peter MacKay in
    the gazetteer, but two one-word names of two different persons side by side are one unknown person, never
    the two known ones."""
    d = marsad.extract("واستدعت الخارجية الهندية المفوض السامي الكندي كاميرون ماكاي.", "2023-09-19").to_dict()
    names = {e["name_en"] for e in d["entities"]}
    assert not names & {"David Cameron", "Peter MacKay"}


def test_name_after_a_venue_word_names_the_venue():
    """"في فندق «كابيلا»": a name right after a venue word (hotel, airport, street, hall ...) names that
    place; it is no mention of the person who bears it (here Joseph Kabila)."""
    assert "Joseph Kabila" not in ents("عقد الزعيمان قمة في فندق «كابيلا» بجزيرة سنتوسا.", "2018-06-13")
    assert "Joseph Kabila" in ents("وقال الرئيس الكونغولي جوزيف كابيلا إن بلاده ترفض التدخل.", "2018-06-13")


def test_preposition_after_a_title_is_no_family_name():
    """"وتصافح الزعيمان أمام أعلام البلدين": normalised, "أمام" (in front of) spells "إمام" of Emomali
    Rahmon, the one head of state with that name word; a preposition after a title is no family name."""
    assert ents("وتصافح الزعيمان أمام أعلام البلدين قبل أن يعقدا اجتماعاً ثنائياً.", "2018-06-13") == {}


def test_honorific_between_title_and_name():
    """"مستشار الأمن الوطني الإماراتي الشيخ طحنون بن زايد": an honorific (الشيخ، الدكتور، اللواء) between the
    title and the name is no part of the name, so the person unknown to the gazetteer is still discovered."""
    found = ents("وكان مستشار الأمن الوطني الإماراتي الشيخ طحنون بن زايد قد مهد للزيارة.", "2021-11-25")
    assert any(v == ["طحنون بن زايد"] for v in found.values())
    assert "Mohamed bin Zayed Al Nahyan" not in found


def test_lineage_after_an_unknown_given_name_is_another_person():
    """"طحنون بن زايد آل نهيان": "بن زايد" and "آل نهيان" also end Mohamed bin Zayed's name, but after a given
    name the gazetteer does not know they are another son of that house, not a short mention of the one it knows."""
    assert "Mohamed bin Zayed Al Nahyan" not in ents("وصل طحنون بن زايد آل نهيان إلى أنقرة.", "2021-11-25")


def test_sultan_is_no_dual_title():
    """"السلطان" ends like a dual title ("الرئيسان", "the two presidents"), but is one man: it must not name the
    heads of the article's two main states (here Israel's president and Oman's sultan)."""
    d = marsad.extract("استقبل جلالة السلطان رئيس الوزراء الإسرائيلي في مسقط.", "2018-10-28")
    assert "Reuven Rivlin" not in {m.entity.name_en for m in d.mentions}


def test_bare_monarch_title_is_the_one_monarchy_named():
    """"وأكد الملك", "جلالة السلطان يستقبل": a monarch's bare title is the head of the one kingdom (sultanate) the
    article names — but not with a name after it ("مطار الملك عبد العزيز", a king of the past)."""
    assert ("السلطان", "Qaboos bin Said") in roles("استقبل جلالة السلطان رئيس الوزراء الإسرائيلي في مسقط.", "2018-10-28")
    d = marsad.extract("ووصل إلى مطار الملك عبد العزيز في جدة بالمملكة العربية السعودية.", "2023-05-19")
    assert "Salman of Saudi Arabia" not in {m.entity.name_en for m in d.mentions}
    # (nor a short word after the title, which is no name: "وأكد الملك دعم ...")
    d = marsad.extract("استقبل الملك الأردني عبدالله الثاني الرئيس الفرنسي. وأكد الملك دعم الأردن للسلام.", "2023-05-10")
    assert "دعم" not in {m.span.text for m in d.mentions}


def test_transliteration_of_common_arabic_names():
    """Discovered Arab officials: letter by letter their names lose their vowels ("محمد" -> "Mhmd"); the usual
    English spellings, with "al-" for the article, let them match how English-language sources write them."""
    from marsad.stages.translit import transliterate

    assert transliterate("محمد عثمان الحسين") == "Mohamed Osman al-Hussein"
    assert transliterate("عبد الرحيم محمد حسين") == "Abdel Rahim Mohamed Hussein"


def test_alef_less_article_word_ends_a_discovered_name():
    """"استدعى السفير الأمريكي تيري برانستاد للاحتجاج": a word with ل + the article (its alef dropped, "للاحتجاج")
    is a common noun and never part of the name."""
    found = ents("واستدعى نائب وزير الخارجية الصيني السفير الأمريكي تيري برانستاد للاحتجاج.", "2018-12-10")
    assert any(v == ["تيري برانستاد"] for v in found.values())


def test_the_gulf_alone_is_the_gulf_region():
    """"الأزمة الأخيرة في الخليج": "الخليج" alone is the Gulf (the region), while outlets named after it
    ("الخليج أونلاين") and the GCC's full name keep their own entities by the longest match."""
    assert "Persian Gulf" in ents("وتصاعدت التوترات في الخليج بعد الهجوم.", "2021-01-06")
    found = ents("الخليج أونلاين - متابعات\nانعقدت قمة مجلس التعاون لدول الخليج العربية في العلا.", "2021-01-06")
    assert "Persian Gulf" not in found and "Alkhaleej Online" in found and "Gulf Cooperation Council" in found


def test_headline_short_name_of_a_person_named_in_the_body():
    """"ترامب وكيم يوقعان ... وثيقة" over a body naming "كيم جونغ أون": a headline names by a short name (with
    و) whom the body names in full, though the full name comes after it."""
    d = marsad.extract("ترامب وكيم يوقعان في سنغافورة وثيقة شاملة\n\nوقّع الرئيس الأميركي دونالد ترامب والزعيم الكوري "
                       "الشمالي كيم جونغ أون، أمس، وثيقة مشتركة.", "2018-06-13")
    assert ("وكيم", "Kim Jong Un") in {(m.span.text, m.entity.name_en) for m in d.mentions} or \
        ("كيم", "Kim Jong Un") in {(m.span.text, m.entity.name_en) for m in d.mentions if m.span.start < 20}


def test_bare_title_is_the_office_holder_already_named():
    """"وأكد سمو ولي العهد": a definite title with no country is the one person the article already named who held
    that office on its date; a construct title ("رئيس مجلس السيادة") or one followed by a name is not."""
    text = "وصل الأمير محمد بن سلمان ولي العهد السعودي إلى إسلام آباد. وأعلن الوزير أن سمو ولي العهد وجّه بالإفراج."
    assert ("ولي العهد", "Mohammed bin Salman") in roles(text, "2019-02-19")
    r = roles("وصل الرئيس المصري عبد الفتاح السيسي إلى الخرطوم منذ سقوط نظام الرئيس المعزول عمر البشير.", "2021-03-06")
    assert not any(phrase == "الرئيس" and name == "Abdel Fattah el-Sisi" for phrase, name in r)
    r = roles("وصل الرئيس المصري عبد الفتاح السيسي إلى الخرطوم، وكان في استقباله رئيس مجلس السيادة.", "2021-03-06")
    assert not any(name == "Abdel Fattah el-Sisi" for phrase, name in r if phrase.startswith("رئيس مجلس"))
    r = roles("وانتقد الرئيس الأمريكي جو بايدن الصين. وقال الرئيس السابق إن بكين تهدد تايوان.", "2023-05-01")
    assert not any(phrase.startswith("الرئيس السابق") or phrase == "الرئيس" for phrase, _ in r)


def test_foreign_ministry_official_long_name():
    """"وزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج" is Morocco's foreign ministry by its
    official name (its nationals abroad in it), not a bare ministry of the outlet's country."""
    e = ents("وأوضح بيان لوزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج أن الاستقبال عمل خطير.")
    assert "Ministry of Foreign Affairs of Morocco" in e


def test_the_two_countries_named_later_in_the_sentence():
    """"واتفق البلدان على تأسيس مجلس تنسيق أعلى سعودي باكستاني": with no pair named in this sentence or the one before,
    "the two countries" are the two the sentence names after them — not the article's two most frequent."""
    d = marsad.extract("الهند وباكستان في توتر. والهند تتهم باكستان. والهند قلقة.\nوتحدث الضيف طويلا.\n"
                       "واتفق البلدان على تأسيس مجلس تنسيق أعلى سعودي باكستاني.", "2019-02-19")
    sides = {m.entity.name_en for m in d.mentions if m.via == "role" and m.span.text == "البلدان"}
    assert sides == {"Saudi Arabia", "Pakistan"}
    # (not two states the sentence is about, after بين: those are what the two talk about)
    d = marsad.extract("استقبل الرئيس المصري عبد الفتاح السيسي رئيس مجلس السيادة السوداني عبد الفتاح البرهان. وبحثا "
                       "العلاقات.\nوتناولا الطعام.\nورحب البلدان بالمحادثات بين السعودية وإيران.", "2023-03-11")
    sides = {m.entity.name_en for m in d.mentions if m.via == "role" and m.span.text == "البلدان"}
    assert not sides & {"Saudi Arabia", "Iran"}


def test_to_the_country_is_the_datelines_country():
    """"الذي وصل مساء الأحد في أول زيارة لرئيس وزراء هندي إلى البلاد": "the country" a visitor comes to is the story's
    own — the country of the dateline's city (a short line past the headline), else the outlet's."""
    d = marsad.extract("واشنطن وبابوا غينيا الجديدة توقعان اتفاقية\n\nبورت مورسبي – وكالات\n\nوقعت الولايات المتحدة وبابوا "
                       "غينيا الجديدة اتفاقية. وحضر رئيس الوزراء الهندي ناريندرا مودي، الذي وصل الأحد في أول زيارة "
                       "لرئيس وزراء هندي إلى البلاد.", "2023-05-23")
    assert ("البلاد", "Papua New Guinea") in [(m.span.text, m.entity.name_en) for m in d.mentions]


def test_an_ordinary_word_is_not_a_name_its_skeleton_matches():
    """"أسفه الكبير", "ترقية العلاقات", "المقر الرئيسي", "المقرب من", "الجندي", "إقدام": letter-class tolerance
    (ج/غ/ق/ك as one letter) would read them as al-Jubeir, Turkey, Hungary, Morocco, Canada and Aghdam; names whose
    skeleton an ordinary word shares match only as spelled — "تركية" and "المجر" still do."""
    d = marsad.extract("مقدمة الخبر.\nوبحث الجانبان ترقية العلاقات في المقر الرئيسي للمنظمة. وقال المسؤول المقرب من "
                       "الرئيس إن الجندي قتل، وأعرب عن أسفه الكبير لإقدام الشرطة على ذلك.", "2024-07-31")
    assert d.to_dict()["entities"] == []
    d = marsad.extract("مقدمة الخبر.\nوزار الوزير تركية والمجر.", "2024-07-31")
    assert [e["name_en"] for e in d.to_dict()["entities"]] == ["Turkey", "Hungary"]


def test_half_of_a_theophoric_name_is_no_name_alone():
    """"محمد عبدالسلام ... أهمية السلام", "عبد الله الثاني ... إن الله معنا": the second half of an عبد compound is
    an ordinary word (peace, God), never the person; the compound itself, joined or written apart, still is."""
    d = marsad.extract("مقدمة الخبر.\nوالتقى رئيس الوفد محمد عبدالسلام بالمبعوث الأممي. وأكد أهمية السلام في اليمن. "
                       "واستقبل الملك عبد الله الثاني الوزير، وقال عبد الله إن الله معنا.", "2024-07-31")
    got = {e["name_en"]: [m["text"] for m in e["mentions"]] for e in d.to_dict()["entities"]}
    assert got["Mohammed Abdulsalam"] == ["محمد عبدالسلام"]
    assert got["Abdullah II of Jordan"] == ["عبد الله الثاني", "عبد الله"]


def test_historical_leaders_and_a_silent_h_spelling():
    """Leaders recalled from before 2010 ("أنديرا غاندي") are in the gazetteer, and "فرانسوا أولاند" (the French h
    silent, as Maghrebi and Levantine media write it) is François Hollande."""
    found = ents("وهي أول زيارة منذ زيارة أنديرا غاندي عام 1981 وزيارة فرانسوا أولاند في ديسمبر 2013.", "2024-12-23")
    assert {"Indira Gandhi", "François Hollande"} <= set(found)


def test_a_name_after_a_venue_word_with_its_clitic_is_the_venue():
    """"بمطار أتاتورك": a person's name after a venue word (behind its clitic ب) names the airport, not the person."""
    found = ents("وكان أردوغان قد صرح في مؤتمر صحفي بمطار أتاتورك في إسطنبول.", "2023-07-11")
    assert "Recep Tayyip Erdoğan" in found and "Mustafa Kemal Atatürk" not in found


def test_foreign_ministries_named_with_their_expatriates():
    """Palestine, Syria and Lebanon call theirs "وزارة الخارجية والمغتربين": the long name is the ministry, whose
    statement it is (not the bare adjective's state)."""
    found = ents("ورحبت وزارة الخارجية والمغتربين الفلسطينية بالقرار.", "2024-01-27")
    assert "Ministry of Foreign Affairs of Palestine" in found


def test_a_venue_named_after_a_person_stays_a_venue_past_the_fuzzy_look():
    """"في مطار رفيق الحريري الدولي": the airport's name is no mention of Rafic Hariri, even after the fuzzy fallback
    has looked at the words again."""
    found = ents("ووصل عراقجي إلى بيروت أمس، وكان في استقباله في مطار رفيق الحريري الدولي السفير الإيراني مجتبى أماني.",
                 "2024-05-25")
    assert "Abbas Araghchi" in found and "Rafic Hariri" not in found


def test_the_occupation_alone_is_israel_in_a_story_about_it():
    """"طائرات الاحتلال" in a story naming Israel or Palestine: "the occupation" alone is Israel (Palestinian outlets'
    usage); "الاحتلال الروسي" names another occupier, and a story naming neither gets no Israel."""
    found = ents("قررت المالديف حظر دخول حاملي جوازات السفر الإسرائيلية، بعد أن قصفت طائرات الاحتلال مخيما في رفح.",
                 "2024-06-03")
    assert "الاحتلال" in found.get("Israel", [])
    assert "Israel" not in ents("وقالت كييف إن الاحتلال الروسي يواصل قصف المدن الأوكرانية.", "2024-06-03")
    assert "Israel" not in ents("وقالت كييف إن المناطق الخاضعة للاحتلال تعاني من نقص الغذاء.", "2024-06-03")


def test_an_arab_family_name_of_the_nisba_form_closes_a_discovered_name():
    """"السفير الإماراتي سالم سعيد الشامسي": a two-word name followed by an ال-word ending in ي that is no state's
    adjective is the family name (الشامسي، الكعبي) — part of the person discovered, not cut off; a common adjective
    ("الحالي") is not."""
    e = ents("والتقى الرئيس النيجيري السفير الإماراتي سالم سعيد الشامسي في أبوجا.", "2023-09-12")
    assert "Salem Said al-Shamsi" in e
    e = ents("وقال السفير الإماراتي سالم سعيد الحالي إن العلاقات متينة.", "2023-09-12")
    assert "Salem Said" in e


def test_a_profession_after_a_discovered_name_is_no_family_name():
    """"استقبل السفير الياباني كازويا ناكاجو الصحفي اليمني": an ال-word of the ي form followed by another ال-word (a
    profession and its nationality: "الصحفي اليمني") is the object's phrase, not the envoy's family name; common
    adjectives ("الاقتصادي", "الإقليمي") never are, whatever their spelling's skeleton."""
    e = ents("واستقبل السفير الياباني كازويا ناكاجو الصحفي اليمني في مقر السفارة.", "2023-09-12")
    assert "Kazoya Nakajo" in e
    # (a name the gazetteer does not hold — Rudakov is in persons_ambassadors.tsv since session 24 — and its span, not
    # the transliteration model's English label, is what this rule decides)
    e = ents("وقال السفير الروسي ألكسندر بيلاكوف الاقتصادي إن", "2023-09-12")
    assert ["ألكسندر بيلاكوف"] in e.values()


def test_russians_as_a_short_plural_after_people():
    """"طرد تسعة دبلوماسيين روس": the broken plural "روس" is too common a string to be a name alone, but after a plural
    of people (diplomats, soldiers, tourists) it names Russians — and so Russia."""
    d = marsad.extract("مقدمة.\nأعلنت فنلندا طرد تسعة دبلوماسيين روس. وقتل جنود روس في المعارك.", "2023-06-09")
    assert [(m.span.text, m.entity.name_en) for m in d.mentions if m.via == "nisba"] == [("روس", "Russia")] * 2


def test_a_name_after_the_title_of_an_international_body_is_a_person():
    """"المتحدثة باسم صندوق النقد الدولي جولي كوزاك": a title of a body of no state, then a name of two words or more,
    introduces a person of no state the gazetteer knows (a known one stays linked: "ينس ستولتنبرغ")."""
    d = marsad.extract("مقدمة.\nوقالت المتحدثة باسم صندوق النقد الدولي جولي كوزاك إن المحادثات أحرزت تقدما. وقال الأمين "
                       "العام لحلف الناتو ينس ستولتنبرغ إن الحلف قوي.", "2024-02-24")
    assert [(m.span.text, m.via) for m in d.mentions if m.entity.type == "PER"] == [
        ("جولي كوزاك", "discovered"), ("ينس ستولتنبرغ", "name")]
    assert not [m for m in marsad.extract("مقدمة.\nوقال المتحدث باسم الأمم المتحدة إن الوضع خطير في غزة.",
                                          "2024-02-24").mentions if m.entity.type == "PER"]


def test_head_of_a_delegation_is_no_head_of_state():
    """"رئيس الوفد الروسي فلاديمير ميدينسكي": the head of the Russian delegation, not the Russian president —
    "رئيس الوفد" is a title of its own, and the name after it a person discovered with Russia's flag."""
    d = marsad.extract("وقال رئيس الوفد الروسي فلاديمير ميدينسكي إن موسكو راضية عن الجولة.", "2025-05-16")
    pers = [m.entity for m in d.mentions if m.entity.type == "PER"]
    assert [(p.country, p.provisional) for p in pers] == [("RUS", True)]
    assert not [m for m in d.mentions if m.via == "role"]


def test_high_commissioner_commissioner_and_representative_introduce_names():
    """A Commonwealth state's envoy is its "المفوض السامي"; commissioners and a delegation's representative
    are titles too: the names after them with the country's adjective are discovered persons."""
    e = ents("واستدعت نيودلهي المفوض السامي الكندي كاميرون ماكاي وأبلغته قرار طرد دبلوماسي.", "2023-09-19")
    assert [n for n in e if n.startswith("Cameron")]
    e = ents("وقالت ممثلة الوفد الهندي تشاندني راينا إن النص غير مقبول.", "2024-11-24")
    assert "Chandni Raina" in e


def test_transliteration_of_the_article_and_of_theophoric_names():
    """"الكربولي" is the article and a name (al-...), and "عبد الله" written apart is the one name Abdullah,
    not "Abdel Allah"."""
    from marsad.stages.translit import transliterate

    assert transliterate("محمد الكربولي").startswith("Mohamed al-")
    assert transliterate("حسن عبد الله") == "Hassan Abdullah"


def test_a_rank_after_a_title_is_no_part_of_the_name():
    """"قائد الجيش الهندي الجنرال مانوج نارافاني": the rank (general, admiral, colonel) between the title and the
    name is an honorific, as "اللواء" and "الفريق" are — not the name's first word."""
    e = ents("وقال قائد الجيش الهندي الجنرال مانوج نارافاني إن نيبال تصرفت بتحريض.", "2020-05-20")
    # (the span is what this rule decides; the English label is the transliteration model's, retrained with the data)
    assert ["مانوج نارافاني"] in e.values() and not [s for v in e.values() for s in v if "الجنرال" in s]


def test_institutions_carry_their_usual_english_name_ministries_the_pattern():
    """A body whose pattern name is no name it bears takes its usual one ("البنك المركزي الباكستاني" is the State
    Bank of Pakistan, "البرلمان الإسرائيلي" the Knesset); ministries keep the pattern, as the hand-made gold names
    them ("Ministry of Foreign Affairs of China")."""
    e = ents("وقال البنك المركزي الباكستاني إن التضخم تراجع، فيما صوّت البرلمان الإسرائيلي على القانون.", "2024-03-01")
    assert "State Bank of Pakistan" in e and "Knesset" in e
    e = ents("وقالت وزارة الخارجية الصينية إن بكين ترفض العقوبات.", "2024-03-01")
    assert "Ministry of Foreign Affairs of China" in e


def test_an_embassy_with_its_place_is_a_body_of_its_own():
    """"السفارة المكسيكية في كيتو" is Mexico's embassy in Quito — one body among Mexico's embassies, named as English
    names it; the place may follow في, لدى or a glued ب. With no place named it stays the state's embassy — a
    mention the events read (the state speaking), but no entity of the list: which embassy is unsaid."""
    assert "Embassy of Mexico in Quito" in ents("واقتحمت الشرطة الإكوادورية السفارة المكسيكية في كيتو.", "2024-04-06")
    assert "Embassy of China in Manila" in ents("واحتج المتظاهرون أمام السفارة الصينية بمانيلا.", "2024-04-06")
    assert "Embassy of Russia" not in ents("وقالت السفارة الروسية إن موسكو سترد.", "2024-04-06")
    d = marsad.extract("وقالت السفارة الروسية إن موسكو سترد.", "2024-04-06")
    assert any(m.entity.name_en == "Embassy of Russia" for m in d.mentions)
    d = marsad.extract("واقتحمت الشرطة السفارة المكسيكية في كيتو ثم السفارة المكسيكية في ليما.", "2024-04-06")
    ids = {m.entity.id for m in d.mentions if m.entity.name_en.startswith("Embassy")}
    assert len(ids) == 2


def test_financial_is_no_mali():
    """"دعم مالي" is financial support: after a noun of money, "مالي" is the adjective, not the state (which
    stays after a title or a preposition: "رئيس مالي", "أمام مالي")."""
    assert "Mali" not in ents("ودعا ميقاتي الاتحاد الأوروبي إلى تقديم دعم مالي للبنان.", "2024-05-02")
    assert "Mali" not in ents("وتحصل موريتانيا على تعويض مالي سنوي.", "2024-05-02")
    assert "Mali" in ents("وأغلقت الجزائر مجالها الجوي أمام مالي.", "2024-05-02")


def test_an_outlet_name_in_a_byline_names_no_country():
    """"لبنان 24" is a news site and "أخبارنا المغربية - وكالات" a site crediting agencies: the country in an
    outlet's name is not a place the story is about; a city opening the byline is its dateline and stays."""
    e = ents("انقلاب فاشل في بوليفيا\nلبنان 24\nشهدت بوليفيا أمس محاولة انقلاب.", "2024-06-27")
    assert "Lebanon" not in e and "Bolivia" in e
    e = ents("اتفاق سلام\nبريتوريا - السوداني - وكالات\nوقعت إثيوبيا اتفاقا في بريتوريا.", "2022-11-03")
    assert "Sudan" not in e and "Pretoria" in e


def test_a_bylines_writer_is_nobody_in_the_story():
    """"كتب: محمود عبد الحميد" credits the writer: a name there is no person the story is about (here a part of it
    would link to a head of state)."""
    e = ents("الموجز - كتب: محمود عبد الحميد\nاستقبل الرئيس الصيني شي جين بينغ نظيره الماليزي.", "2024-03-28")
    assert [n for n in e if n != "China" and n != "Malaysia"] == ["Xi Jinping"]


def test_a_venue_named_after_an_honoured_person_is_no_mention_of_them():
    """"مطار الإمام الخميني" is Tehran's airport: a venue word, then an honorific, then the name — no mention of
    Khomeini (who is one when he speaks: "قال الإمام الخميني")."""
    assert "Ruhollah Khomeini" not in ents("وعلق المسافرون في مطار الإمام الخميني في طهران.", "2024-08-05")
    assert "Ruhollah Khomeini" in ents("وقال الإمام الخميني في خطاب شهير إن الثورة مستمرة.", "2024-08-05")


def test_an_adjective_after_an_honorific_is_a_given_name():
    """"العميد تركي المالكي", "الأمير تركي بن محمد": after an honorific or a rank, "تركي" is the given name Turki,
    not Turkey's adjective (which it stays after a noun: "مسؤول تركي")."""
    assert "Turkey" not in ents("نفى المتحدث باسم وزارة الدفاع السعودية العميد تركي المالكي أي علاقة للمملكة.", "2019-09-15")
    assert "Turkey" not in ents("واستقبل الأمير تركي بن محمد بن فهد السفير الأمريكي.", "2019-09-15")
    assert "Turkey" in ents("وقال مسؤول تركي إن أنقرة سترد.", "2019-09-15")


def test_a_known_persons_one_word_before_another_family_name_is_someone_elses_given_name():
    """"زامير كابولوف" is Zamir Kabulov: "زامير" (Eyal Zamir's family name alone) followed by a family name of a
    Slavic shape is another person's given name; alone, or before a known person ("بوتين لوكاشينكو"), it stays."""
    assert "Eyal Zamir" not in ents("وفتحت روسيا قنوات عبر مبعوثها الخاص إلى أفغانستان زامير كابولوف.", "2024-07-01")
    assert "Eyal Zamir" in ents("وقال زامير إن الجيش مستعد.", "2025-04-01")
    assert "Vladimir Putin" in ents("والتقى بوتين لوكاشينكو في مينسك.", "2024-07-01")


def test_an_arab_given_name_then_an_al_word_after_a_title_is_a_new_person():
    """"المتحدث باسم وزارة الخارجية العراقية أحمد الصحاف": a common Arab given name followed by an ال-word is a
    name of two words (the family's), a person the gazetteer lacks; before, the name stopped at "أحمد" and
    nobody was found. An adjective of time after the given name is no family name."""
    found = ents("وقال المتحدث باسم وزارة الخارجية العراقية أحمد الصحاف إن الزيارة مهمة.", "2023-02-06")
    assert any(n.startswith("Ahmed al-") for n in found)
    assert not any(n.startswith("Ahmed al-") for n in ents(
        "وقال وزير الخارجية العراقي الجديد أحمد الأسبوع الماضي إن الزيارة مهمة.", "2023-02-06"))


def test_a_title_without_country_and_a_given_name_is_not_the_office_holder_of_another_state():
    """"المتحدث باسم وزارة الخارجية أحمد الصحاف" (Baghdad, 2023): "أحمد" is a word of Egypt's spokesman Ahmed Abu
    Zeid's name, and he held that office then, but the name runs on with a word not his: another person."""
    found = ents("بغداد - وكان المتحدث باسم وزارة الخارجية أحمد الصحاف قد أوضح أن الزيارة مهمة.", "2023-02-06")
    assert "Ahmed Abu Zeid" not in found
    assert any(n.startswith("Ahmed al-") for n in found)


@pytest.mark.parametrize("line", ["شبكة أخبار العراق- متابعة", "بغداد بوست - متابعة",
                                  "داكار / متابعة المستقبل العراقي"])
def test_an_outlets_name_on_its_credit_line_is_no_mention(line):
    """A short line near the top crediting "متابعة" (or "وكالات") names the outlet: the state or city in
    "شبكة أخبار العراق" or "بغداد بوست" is no mention of Iraq or Baghdad; a place opening the line before a
    dash or slash is the dateline and stays ("داكار /")."""
    found = ents(f"ألمانيا تطرد سفيرة تشاد\n\n{line}\n\nأعلنت وزارة الخارجية الألمانية أنها استدعت سفيرة تشاد.",
                 "2023-04-12")
    assert "Iraq" not in found and "Baghdad" not in found
    assert ("Dakar" in found) == line.startswith("داكار")


def test_religious_leaders_who_meet_heads_of_state_are_known():
    """"شيخ الأزهر أحمد الطيب", "المرجع علي السيستاني": religious leaders sign documents with and receive heads of
    state; without them the Grand Imam came out as al-Azhar and al-Sistani went unfound."""
    found = ents("وقع البابا فرنسيس مع شيخ الأزهر أحمد الطيب وثيقة الأخوة الإنسانية، ثم زار علي السيستاني في النجف.",
                 "2021-03-07")
    assert {"Pope Francis", "Ahmed el-Tayeb", "Ali al-Sistani"} <= set(found)


def test_two_soldiers_are_not_canada():
    """"وأصيب جنديان": the dual of جندي (soldier) has the skeleton of Canada's dual adjective (كنديان, ج/ك one
    letter class); like "جندي" it is a common word whose skeleton must match exactly."""
    assert "Canada" not in ents("قتل جندي إسرائيلي وأصيب جنديان آخران.", "2024-04-05")


@pytest.mark.parametrize("published,holder", [("2024-04-08", "Janet Yellen"), ("2025-06-01", "Scott Bessent")])
def test_the_us_treasury_secretary_by_date(published, holder):
    """"وزير الخزانة الأمريكي": the US finance minister's title (the Treasury) resolves to the office-holder of the
    article's day, like "وزير المالية" elsewhere."""
    assert (("وزير الخزانة الأمريكي", holder) in roles("وقال وزير الخزانة الأمريكي إن العقوبات ستستمر.", published))


def test_ali_opening_a_name_after_a_title():
    """"علي" is normalised like the preposition على, so it ended a name before it began; followed by a given name
    ("علي رضا", "علي محمد") it opens the name — "على هامش القمة" (a common noun after it) still does not."""
    # (a name the gazetteer lacks: "علي رضا كوناي", the example first written here, is now a known envoy)
    found = ents("التقى السفير التركي علي رضا تونجر بالوزير.")
    assert [name for name, spans in found.items() if spans == ["علي رضا تونجر"] and name.startswith("Ali Reda")], found
    assert set(ents("وقال الرئيس التركي على هامش القمة إن بلاده ترفض.", "2024-07-04")) <= {"Turkey", "Recep Tayyip Erdoğan"}


def test_an_arab_given_name_after_an_office_with_a_known_holder_is_a_new_person():
    """"القائم بأعمال وزير الخارجية الصومالي علي محمد عمر": the gazetteer knows the minister of the day, but a name that
    opens with an Arab given name is someone else (an acting minister, a deputy) — not the minister by role."""
    found = ents("وأكد القائم بأعمال وزير الخارجية الصومالي علي محمد عمر أن بلاده ترفض.", "2024-01-10")
    assert "Ali Mohamed Omar" in found


def test_a_kunya_inside_a_name_takes_one_word_more():
    """"عثمان أبو بكر دوبي": a name of three words plus the kunya particle reads to its end (three words were the
    limit); "بدر بن سلطان بن ..." does not end on the particle."""
    # (the span is what this rule decides; the English label is the transliteration model's, retrained with the data)
    found = ents("وقال وزير الإعلام الصومالي عثمان أبو بكر دوبي إن الحكومة ترفض.", "2024-01-10")
    assert ["عثمان أبو بكر دوبي"] in found.values()


def test_chancellor_and_national_security_adviser_resolve_by_date():
    """"المستشار الألماني" is the German chancellor and "مستشار الأمن القومي الأمريكي" the US national security adviser
    of the day (duplicate title rows had cancelled both offices)."""
    assert roles("وقال المستشار الألماني إن بلاده تدعم أوكرانيا.", "2023-11-17") == [("المستشار الألماني", "Olaf Scholz")]
    assert roles("وقال مستشار الأمن القومي الأمريكي إن.", "2023-11-17") == [
        ("مستشار الأمن القومي الأمريكي", "Jake Sullivan")]


def test_a_deputy_holds_no_office_of_the_title_after_it():
    """"نائب مستشار الأمن القومي الأمريكي جون فاينر": the deputy is not the adviser of the day; "مساعد وزير الخارجية
    الأمريكي" is not the Secretary of State."""
    assert roles("وجاء الرد على تصريحات نائب مستشار الأمن القومي الأمريكي جون فاينر.", "2024-12-19") == []
    assert roles("وقال مساعد وزير الخارجية الأمريكي إن.", "2023-11-17") == []


def test_a_definite_title_takes_no_state_name_after_it():
    """"واتهم المستشار روسيا": a definite title is not qualified by a state's name (that is "رئيس روسيا", indefinite) —
    Russia is the verb's object, so the title is not Russia's head of government."""
    assert all(name != "Mikhail Mishustin" for _s, name in roles("واتهم المستشار روسيا بتهديد الأمن الأوروبي.", "2025-05-22"))
    assert roles("والتقى رئيس روسيا نظيره.", "2024-05-16")[0] == ("رئيس روسيا", "Vladimir Putin")


def test_and_a_title_ends_a_name():
    """"السفير الفرنسي باسكال ياني وقائد القوات السنغالية": "and" + a title's first word starts the next person; the
    name before it stops there (it read "Pascal Yani Wkaid")."""
    found = ents("وحضر السفير الفرنسي باسكال ياني وقائد القوات السنغالية.", "2025-07-17")
    # (the second name's spelling is the learned transliteration's, which the gazetteer's persons retrain)
    assert any(name.startswith("Pascal Ya") and len(name.split()) == 2 for name in found)
    assert not any("Wkaid" in name for name in found)


def test_eu_commissioners_act_for_the_union():
    """European commissioners in office act for the EU, not for their home state (the evaluation writers give them no
    country): Dombrovskis, a former Latvian prime minister, is no Latvian actor in 2023."""
    d = marsad.extract("وحث فالديس دومبروفسكيس الصين على فتح أسواقها.", "2023-12-18")
    assert [(a.name_en, a.country) for e in d.events for a in e.source] == [("Valdis Dombrovskis", None)]


def test_deputy_foreign_ministers_and_ambassadors_are_known():
    """Deputy foreign ministers and ambassadors are named in every diplomatic row ("استدعى نائب وزير الخارجية الصيني
    سون وي دونغ السفير الياباني"): as known persons (persons_diplomats.tsv) they link under their English names
    instead of a letter-by-letter transliteration ("Son Widong")."""
    found = ents("استدعى نائب وزير الخارجية الصيني سون وي دونغ السفير الياباني.", "2023-08-24")
    assert "Sun Weidong" in found
    assert "Anatoly Antonov" in ents("وقال السفير الروسي لدى واشنطن أناتولي أنطونوف إن.", "2022-03-01")


def test_an_office_title_with_no_state_then_a_known_given_name_is_a_new_person():
    """"وقال وزير الخزانة ستيفن منوتشين": a title with no state named took no name after it (a common noun may follow:
    "بحث وزير الخارجية سبل التعاون"); a first word some known person's name holds makes it a name — of the state the
    paragraph last named ("وقالت الخارجية الكورية الجنوبية ... النائب الأول لوزير الخارجية كيم هونغ-كيون")."""
    # (a name the gazetteer does not hold: Mnuchin himself is in persons_finance.tsv since session 24)
    d = marsad.extract("فرضت الولايات المتحدة عقوبات جديدة. وقال وزير الخزانة ستيفن بريمان إن العقوبات ستستمر.",
                       "2020-11-07")
    found = {m.entity.name_en: m.entity.country for m in d.mentions if m.entity.type == "PER"}
    assert any(name.startswith("Stephen") and cc == "USA" for name, cc in found.items())
    assert not [m for m in marsad.extract("بحث وزير الخارجية سبل التعاون مع الوفد.", "2020-11-07").mentions
                if m.entity.type == "PER"]


def test_the_spokesman_title_written_natiq():
    """"الناطق باسم الحكومة" is the same title as "المتحدث باسم الحكومة" (the Maghreb and the Gulf write it so): it
    introduces the name after it as the other does."""
    assert any(name.startswith("Piotr") for name in ents("وقال الناطق باسم الحكومة بيوتر مولر إن بلاده تنفذ.", "2023-09-21"))
    assert any(name.startswith("Piotr") for name in ents("وقال المتحدث باسم الحكومة بيوتر مولر إن بلاده تنفذ.", "2023-09-21"))


def test_a_given_name_beside_a_name_word_not_theirs_is_someone_else():
    """"محمد البخيتي" is not Mohammed bin Salman, though the article named him before: a word of a known person's name
    (his given name before a family name not his, his family name after an Arab given name not his, "طارق صالح") is
    another bearer, not a short mention of him; "وقال محمد بن سلمان" alone still is."""
    text = "أكد ولي العهد السعودي الأمير محمد بن سلمان دعمه. وقال عضو المكتب السياسي للجماعة محمد البخيتي إن العمليات ستستمر."
    d = marsad.extract(text, "2024-01-10")
    spans = [m.span.text for m in d.mentions if m.entity.name_en == "Mohammed bin Salman"]
    assert spans == ["محمد بن سلمان"]
    d = marsad.extract("قتل الرئيس اليمني الأسبق علي عبد الله صالح عام 2017. ويضم المجلس طارق صالح.", "2022-04-07")
    assert [m.span.text for m in d.mentions if m.entity.name_en == "Ali Abdullah Saleh"] == ["علي عبد الله صالح"]


def test_the_un_adjective_is_the_un():
    """"المبعوث الأممي", "العقوبات الأممية", "خبراء أمميون": "أممي" is the adjective of the United Nations (as "روسي" is
    Russia's), a mention of the organisation — not an actor by itself: the envoy named after it speaks."""
    d = marsad.extract("ورحب المبعوث الأممي إلى اليمن هانس غروندبرغ بالإفراج عن الطاقم.", "2025-01-22")
    assert [(m.span.text, m.via) for m in d.mentions if m.entity.name_en == "United Nations"] == [("الأممي", "nisba")]
    assert [[a.name_en for a in e.source] for e in d.events] == [["Hans Grundberg"]]
    assert "United Nations" in ents("وتطالب طهران برفع العقوبات الأممية المفروضة عليها.", "2025-08-28")


def test_the_two_sides_thanked_or_praised_are_both():
    """"مثمناً استجابة الطرفين": the two sides a third party praises (or thanks) are both sides of the talks named
    before, as the two it calls on are ("حث الطرفين") — an object dual was otherwise left unread."""
    d = marsad.extract("وعقدت روسيا وأوكرانيا محادثات في إسطنبول. وأشاد فيدان باستجابة الطرفين للجلوس إلى طاولة واحدة.",
                       "2025-05-16")
    support = [e for e in d.events if e.type == "SUPPORT"]
    assert [sorted(a.name_en for a in e.target) for e in support] == [["Russia", "Ukraine"]]


def test_a_spokesman_of_a_body_named_before_and_a_pronoun_ends_a_name():
    """"إذ اتهم المتحدث باسمه كريس موتسفانغوا رئيسها مومبا": "المتحدث باسمه" (its spokesman: the party named before)
    introduces a name as "المتحدث باسم الحزب" does; a title or a function word with a pronoun after the name
    ("رئيسها", its head; "يومها", that day) is no part of it."""
    found = ents("وردّ الحزب الحاكم بهجوم حاد، إذ اتهم المتحدث باسمه كريس موتسفانغوا رئيسها مومبا بالانحياز.", "2023-08-27")
    assert [name for name in found if name.startswith("Chris")] == ["Chris Motsvangwa"]
    found = ents("وردّت المتحدثة باسم الحكومة الرواندية يولاند ماكولو يومها بأن كيغالي تعترض.", "2023-11-15")
    assert [name for name in found if name.startswith("Yoland")] == ["Yoland Makolo"]


def test_kabul_and_seoul_as_news_spells_them():
    """"كابل" is how most Arabic news writes Kabul (not only "كابول"), and "سيئول" is a Gulf spelling of Seoul; "كابل
    بحري" (a submarine cable) and its kin stay ordinary words (not_names.txt)."""
    assert "Kabul" in ents("وكابل ترد بالأسلحة الثقيلة.", "2024-03-18")
    assert "Seoul" in ents("وقالت سيئول إن الاتفاق مهم.", "2019-02-27")
    assert "Kabul" not in ents("وقطع كابل بحري قرب الجزيرة.", "2024-03-18")


@pytest.mark.parametrize("published,holder", [("2023-05-01", "Gérald Darmanin"), ("2025-01-10", "Bruno Retailleau")])
def test_interior_ministers_resolve_by_date(published, holder):
    """"وزير الداخلية الفرنسي" is the French interior minister of the article's day (persons_officials.tsv): the office
    had no holders before, so the title named nobody."""
    assert roles("وقال وزير الداخلية الفرنسي إن بلاده ستشدد الرقابة.", published) == [("وزير الداخلية الفرنسي", holder)]


def test_offices_of_the_session_24_data_resolve_by_date():
    """Role-only mentions of the offices drafted in session 24 name the holder of the day: a speaker (Iraq's acting
    speaker between al-Halbousi's removal and al-Mashhadani), an army chief, a finance minister, a government
    spokesperson; and "مستشار الأمن الوطني" (the title Iraq and the UAE give their national security adviser) is the
    security-council office, not a bare sector word."""
    assert roles("وقال رئيس البرلمان العراقي إن.", "2024-06-01") == [("رئيس البرلمان العراقي", "Mohsen al-Mandalawi")]
    assert roles("وقال رئيس أركان الجيش الأردني إن.", "2020-06-01") == [("رئيس أركان الجيش الأردني", "Yousef Huneiti")]
    assert roles("وقال وزير المالية التركي إن.", "2024-06-01") == [("وزير المالية التركي", "Mehmet Şimşek")]
    assert roles("وقالت المتحدثة باسم الحكومة الفرنسية إن.", "2024-02-01") == [
        ("المتحدثة باسم الحكومة الفرنسية", "Prisca Thevenot")]
    assert roles("وقال مستشار الأمن الوطني العراقي إن بلاده.", "2023-05-01") == [
        ("مستشار الأمن الوطني العراقي", "Qasim al-Araji")]


def test_an_ordinal_after_a_title_opens_no_name():
    """"ولي العهد السعودي ثاني زعيم خليجي يلتقي الشرع": "ثاني" (second) is also a given name (ثاني الزيودي), so a
    title's name discovery took "ثاني زعيم خليجي" for a person; an ordinal right after a title opens no name."""
    found = ents("ويعد ولي العهد السعودي ثاني زعيم خليجي يلتقي الشرع بعد أمير قطر.", "2025-02-03")
    assert not [name for name in found if "Zaim" in name or "Khaliji" in name]
    assert "Thani bin Ahmed Al Zeyoudi" in ents("وقال وزير التجارة الخارجية الإماراتي ثاني الزيودي إن.", "2023-02-03")


def test_the_new_offices_resolve_by_date_and_military_intelligence_is_not_one():
    """The offices added in session 24 — intelligence chief, energy/oil minister, trade minister — resolve a
    role-only mention to the holder of the day; "رئيس الاستخبارات العسكرية" (military intelligence) is another post,
    not the intelligence service's chief."""
    assert roles("وقال رئيس المخابرات الأردنية إن.", "2022-06-01") == [("رئيس المخابرات الأردنية", "Ahmad Husni")]
    assert roles("وقال مدير وكالة المخابرات المركزية الأمريكية إن.", "2023-06-01") == [
        ("مدير وكالة المخابرات المركزية الأمريكية", "William Burns")]
    assert roles("وقال وزير الطاقة السعودي إن.", "2022-06-01") == [("وزير الطاقة السعودي", "Abdulaziz bin Salman")]
    assert roles("وقال وزير النفط العراقي إن.", "2023-06-01") == [("وزير النفط العراقي", "Hayan Abdul Ghani")]
    assert roles("وقالت وزيرة التجارة الأمريكية إن.", "2023-06-01") == [("وزيرة التجارة الأمريكية", "Gina Raimondo")]
    assert roles("وقال رئيس الاستخبارات العسكرية الإسرائيلية إن.", "2023-06-01") == []


def test_a_dynastys_name_stands_alone_only_with_its_al():
    """"تميم بن حمد آل ثاني" named, "وتعد هذه ثاني زيارة" is "second", not the emir: a dynasty's name (after "آل") is
    no partial mention alone — "آل خليفة" is not "خليفة" — though "آل ثاني" still is."""
    d = marsad.extract("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني الرئيس التركي. وتعد هذه ثاني زيارة للرئيس إلى "
                       "الدوحة هذا العام. وقال آل ثاني إن.", "2024-01-10")
    tamim = [m.span.text for m in d.mentions if m.entity.name_en == "Tamim bin Hamad Al Thani"]
    assert "ثاني" not in tamim and "آل ثاني" in tamim


def test_an_arab_given_name_before_another_name_word_is_another_person():
    """"القيادي في حزب الإصلاح محمد قحطان" is not Mohammed Al Jaber, whom the article names later as "محمد آل جابر":
    an Arab given name right before a name-like word not of the person's name starts another person's name (before,
    only a word of a known person's name counted, so "محمد" alone became the ambassador)."""
    d = marsad.extract("واتهم رئيس الوفد الحكومي الحوثيين بعرقلة الإفراج عن القيادي في حزب الإصلاح محمد قحطان. وكان "
                       "السفير السعودي محمد آل جابر قد زار صنعاء.", "2023-04-16")
    jaber = [m.span.text for m in d.mentions if m.entity.name_en == "Mohammed Al Jaber"]
    assert jaber == ["محمد آل جابر"], jaber


@pytest.mark.parametrize("published,holder", [("2017-06-01", "Mahmoud Saikal"), ("2020-06-01", "Adela Raz"),
                                              ("2023-06-01", "Sedat Önal")])
def test_un_ambassadors_of_the_session_25_data_resolve_by_date(published, holder):
    """The permanent representatives added in session 25 answer a role-only mention on their dates (Afghanistan's
    twice, Turkey's)."""
    state = "الأفغاني" if holder != "Sedat Önal" else "التركي"
    assert roles(f"وقال المندوب {state} الدائم لدى الأمم المتحدة إن.", published)[0][1] == holder


def test_a_listed_arab_given_name_opens_a_name_after_a_title():
    """"وقال السفير العراقي سنان المجالي": a two-word name after a title is read only when its first word is a known
    Arab given name; "سنان" was none (no gazetteer person bears it) until the shipped list of given names
    (data/lexicon/given_names.tsv) — which also spells it as English news does ("Sinan")."""
    assert "Sinan al-Majali" in ents("وقال السفير العراقي سنان المجالي للصحفيين.", "2024-01-10")


def test_a_given_name_that_is_also_a_word_opens_no_name():
    """"أركان" is a given name (Arkan) and "staff": flagged "word" in the list, it opens no name, so "رئيس أركان الجيشين"
    stays a chief of staff, not a person "أركان الجيشين"."""
    found = ents("ووقع رئيس أركان الجيشين المصري والسوداني اتفاقية للتعاون العسكري.", "2021-03-02")
    assert not [name for name in found if name.startswith("Arkan")], found


@pytest.mark.parametrize("text,published,holder", [
    ("وقال وزير الداخلية اليمني إن.", "2019-06-01", "Ahmed al-Maysari"),
    ("وقال وزير الداخلية الأوكراني إن.", "2022-06-01", "Denys Monastyrsky"),
    ("وقالت المندوبة النرويجية الدائمة لدى الأمم المتحدة إن.", "2021-06-01", "Mona Juul"),
    ("وقال المندوب الإيطالي الدائم لدى الأمم المتحدة إن.", "2017-06-01", "Sebastiano Cardi"),
])
def test_interior_ministers_and_un_envoys_of_session_25_resolve_by_date(text, published, holder):
    """Interior ministers (persons_interior.tsv) and more UN permanent representatives (persons_unreps2.tsv) added in
    session 25 answer a role-only mention with the holder of the article's day."""
    assert [name for _, name in roles(text, published)] == [holder]


def test_military_spokespeople_of_session_25_are_known_by_name():
    """Spokespeople of armies and defence ministries (persons_milspokes.tsv) are linked in their news spellings — the
    Russian MoD's "إيجور كوناشينكوف", the Saudi-led coalition's "تركي المالكي" — not discovered and transliterated."""
    found = ents("وقال المتحدث باسم وزارة الدفاع الروسية إيجور كوناشينكوف إن. ونفى المتحدث باسم التحالف العميد تركي "
                 "المالكي ذلك.", "2022-05-01")
    assert "Igor Konashenkov" in found and "Turki al-Maliki" in found, found


def test_a_place_named_with_its_states_adjective_names_the_state_too():
    """"العاصمة القطرية الدوحة", "مدينة بيليم البرازيلية": the adjective names the state as well as the place (the
    evaluation writers list Qatar and Brazil for it: 85 such adjectives annotated on the development halves, one
    not); the place stays the longer mention, which the events read."""
    assert {"Doha", "Qatar"} <= set(ents("وصل الوزير إلى العاصمة القطرية الدوحة في فبراير الماضي."))
    assert {"Belém", "Brazil"} <= set(ents("وتنتقل المفاوضات إلى مدينة بيليم البرازيلية التي تستضيف المؤتمر."))


def test_arab_cabinet_ministers_of_session_25_are_known_by_name():
    """Ministers of portfolios with no office of their own (persons_arabcab.tsv: planning, industry, health, culture,
    transport ... of the Gulf states, Egypt, Iraq and Morocco) are linked as the gazetteer spells them."""
    found = ents("ووقعت وزيرة التخطيط المصرية هالة السعيد ووزير الصناعة الإماراتي سلطان الجابر مذكرة تفاهم.",
                 "2023-05-01")
    assert "Hala el-Said" in found and "Sultan Al Jaber" in found, found


def test_a_skeletons_kaf_is_a_clitic_only_when_written_kaf():
    """Matching runs on a skeleton where ج/غ/ق are one letter with ك, so "جنوداً" (soldiers) read as the clitic "ك" (as)
    + "نودا", Japan's Noda; a clitic is checked as written."""
    assert "Yoshihiko Noda" not in ents("وتضم البعثة جنوداً من جنوب أفريقيا وتنزانيا.", "2025-03-14")
    assert "Vladimir Putin" in ents("وقال إن الرئيس تحدث كبوتين تماما.", "2025-03-14")


def test_quantifiers_and_the_ruling_adjective_open_no_name():
    """"تضمن له حقوق المواطنة وكافة حقوقه": "المواطنة" (citizenship, also "the citizen", a title before a name) then
    "وكافة حقوقه" (and all his rights) was a person; "حزب العدالة والتنمية الحاكم عمر جليك": the ruling party's
    adjective opened the name. Quantifiers (كافة، سائر) and "الحاكم" are words no name holds; the PKK's Kurdish
    spelling "الكوردستاني" is its name too (it had left "حزب العمال" to Britain's Labour Party)."""
    found = ents("والإقرار بأن المجتمع الكردي أصيل في الدولة تضمن له حقوق المواطنة وكافة حقوقه الدستورية.", "2025-03-11")
    assert not [n for n, spans in found.items() if "وكافة حقوقه" in spans], found
    found = ents("أحرق مقاتلون من حزب العمال الكوردستاني أسلحتهم. ورحب المتحدث باسم حزب العدالة والتنمية الحاكم عمر جليك "
                 "بالمراسم.", "2025-07-11")
    assert "Kurdistan Workers' Party" in found and "Labour Party" not in found, found
    assert not [n for n in found if n.startswith("al-Hakim")], found


def test_and_with_a_known_persons_name_word_starts_the_next_person():
    """"موسى كوريا ودومبروفسكيس" (Kuria and Dombrovskis): a third word of a discovered name that is "و" + a word of a
    known person's name is the next person, not the end of this one; "وجود" (presence) is no name word either."""
    found = ents("ووقع وزير التجارة الكيني موسى كوريا ودومبروفسكيس الاتفاق في بروكسل.", "2023-06-19")
    assert not [n for n, spans in found.items() if any("ودومبروفسكيس" in sp for sp in spans)
                and n != "Valdis Dombrovskis"], found


def test_numbers_and_plural_nouns_end_a_discovered_name():
    """"طرد السفير الإيراني أحمد صادقي وثلاثة مسؤولين" (and three officials), "مناشدة الرئيس النيجيري الأسبق يعقوب غوون
    قادة المجموعة" (the group's leaders): a number or a plural noun after a name is the next phrase, not a third name
    word."""
    found = ents("أعلنت أستراليا طرد السفير الإيراني أحمد صادقي وثلاثة مسؤولين آخرين.", "2025-08-27")
    assert not [n for n, spans in found.items() if any("وثلاثة" in sp for sp in spans)], found
    found = ents("جاء القرار بعد مناشدة الرئيس النيجيري الأسبق يعقوب غوون قادة المجموعة رفع العقوبات.", "2024-02-25")
    assert not [n for n, spans in found.items() if any("قادة" in sp for sp in spans)], found


def test_a_bodys_seat_is_a_place_of_its_own():
    """"التي يرعاها الاتحاد الأفريقي في أديس أبابا": the body's seat was part of a variant of its name, so the city was
    never a mention; the African Union, the ICJ (لاهاي), the European Commission (بروكسل) and the EU's court
    (لوكسمبورغ) are named without their seats, and the city after "في" is a place."""
    found = ents("وعلقت الحكومة مشاركتها في جولات التفاوض التي يرعاها الاتحاد الأفريقي في أديس أبابا.", "2012-04-21")
    assert {"African Union", "Addis Ababa"} <= set(found), found


def test_foreign_ministries_named_as_they_name_themselves():
    """France's foreign ministry is the "Ministry for Europe and Foreign Affairs" and the Philippines' a "Department of
    Foreign Affairs": the pattern's "Ministry of Foreign Affairs of X" is no name they bear (institution_names.tsv)."""
    found = ents("وقالت الخارجية الفرنسية في بيان إن. وأعلنت وزارة الخارجية الفلبينية أنها استدعت السفير.", "2024-06-18")
    assert "Ministry for Europe and Foreign Affairs (France)" in found, found
    assert "Department of Foreign Affairs of the Philippines" in found, found


def test_fuzzy_names_need_each_long_word_close():
    """A misspelt name is matched when the whole is close and so is each word of four letters or more: "لو يو تشنج"
    is Le Yucheng (short syllables vary), but "كيم جونغ نام" (Kim Jong-nam, whom the gazetteer knows; without him, no
    one) is not Kim Yong-nam — "جونغ" and "يونغ" differ in a letter of four, as "نظام الأسد" (the Assad regime) differs
    from a "حزام الأسد"."""
    found = ents("وردت بكين بغضب، إذ استدعى نائب وزير الخارجية الصيني لو يو تشنج السفير الكندي.", "2018-12-09")
    assert "Le Yucheng" in found
    found = ents("طالبت ماليزيا بتسوية عادلة لقضية اغتيال كيم جونغ نام، الأخ غير الشقيق للزعيم الكوري الشمالي.", "2017-03-10")
    assert "Kim Jong-nam" in found and "Kim Yong-nam" not in found


def test_a_name_word_with_a_hamza_on_its_alef_is_no_article():
    """"رولاندو ألفاريز": "أل" written with a hamza is the letters of a foreign name (Álvarez, Alonso), never the
    article "ال" — normalisation folds the two, so the original spelling decides; the name keeps its second word."""
    d = marsad.extract("اعتقلت السلطات الصحفي المعارض رولاندو ألفاريز.", "2023-02-11")
    assert [m.span.text for m in d.mentions] == ["رولاندو ألفاريز"]


def test_an_adjective_after_a_title_is_no_name_word():
    """"الأسقف الكاثوليكي رولاندو ألفاريز": an ال-adjective (no hamza) right after the title describes the person;
    the name is the words after it."""
    d = marsad.extract("قضت محكمة في نيكاراغوا بسجن الأسقف الكاثوليكي رولاندو ألفاريز 26 عاما.", "2023-02-11")
    assert "رولاندو ألفاريز" in [m.span.text for m in d.mentions]
    assert not any("الكاثوليكي" in m.span.text for m in d.mentions)


def test_the_court_named_bare_is_the_court_named_before():
    """"وكانت المحكمة قد رفضت طلب إسرائيل": "the court", bare, is the court last named in the article (not its
    president, the last person named); a court with its own adjective ("المحكمة الدستورية") is another one."""
    text = ("أمرت محكمة العدل الدولية إسرائيل باتخاذ جميع التدابير. وتلت رئيسة المحكمة، القاضية الأمريكية جوان "
            "دونوهيو، القرار. وكانت المحكمة قد رفضت طلب إسرائيل شطب الدعوى.")
    found = ents(text, "2024-01-26")
    assert "المحكمة" in found["International Court of Justice"]
    found = ents("أمرت محكمة العدل الدولية إسرائيل باتخاذ التدابير. وقالت المحكمة الدستورية إن القانون باطل.",
                 "2024-01-26")
    assert "المحكمة" not in found["International Court of Justice"]


def test_named_laws_and_operations_link_without_swallowing_a_state():
    """Named laws, operations and wars (data/gazetteer/orgs_misc.tsv, read by the build like orgs.tsv) are MISC
    entities ("قانون كاتسا", "عملية الوعد الصادق"); their forms never hold a state's name, so a phrase such as "الحرب
    في أوكرانيا" still names Ukraine — no war entity swallows it."""
    found = ents("هددت واشنطن أنقرة بعقوبات بموجب قانون كاتسا بعد إطلاق إيران عملية الوعد الصادق.", "2024-04-15")
    assert "Countering America's Adversaries Through Sanctions Act" in found
    assert "Operation True Promise" in found
    found = ents("وقال المتحدث إن الحرب في أوكرانيا أضرت بالاقتصاد العالمي.", "2024-04-15")
    assert found.get("Ukraine") == ["أوكرانيا"]


def test_heads_of_small_states_resolve_by_date():
    """Role-only mentions of the heads drafted in session 29 (Pacific island states, Greenland, Hong Kong, the
    Caribbean, Peru's President of the Council of Ministers) name the holder of the day, and a full name links to the
    same person whatever the spelling news uses for it."""
    assert roles("وقال رئيس ناورو إن.", "2020-06-01") == [("رئيس ناورو", "Lionel Aingimea")]
    assert roles("وقال رئيس فانواتو إن.", "2015-06-01") == [("رئيس فانواتو", "Baldwin Lonsdale")]
    assert roles("وقال رئيس الوزراء البيروفي إن.", "2024-06-01") == [("رئيس الوزراء البيروفي", "Gustavo Adrianzén")]
    assert roles("وقال رئيس الوزراء البيروفي إن.", "2019-06-01") == [("رئيس الوزراء البيروفي", "Salvador del Solar")]
    assert "Manasseh Sogavare" in ents("التقى رئيس الوزراء ماناسيه سوغافاري الوفد.", "2022-04-22")
    assert "Carrie Lam" in ents("وقالت كاري لام إن المدينة مستقرة.", "2020-06-01")
    assert "Jens-Frederik Nielsen" in ents("وقال ينس فريدريك نيلسن إن الجزيرة ليست للبيع.", "2025-06-01")


def test_a_construct_title_with_the_state_named_after_it_is_the_office_holder():
    """"وقال وزير خارجية اليابان", "رئيسة وزراء إيطاليا": the title in construct with the state's name after it (not
    only "وزير الخارجية الياباني") is the office-holder of the day; a region named after it ("رئيس وزراء إقليم
    كردستان", "رئيس إقليم كردستان") has an office of its own, not its state's."""
    assert roles("وقال وزير خارجية اليابان إن.", "2022-04-20") == [("وزير خارجية اليابان", "Yoshimasa Hayashi")]
    assert roles("وقالت رئيسة وزراء إيطاليا إن.", "2024-04-20") == [("رئيسة وزراء إيطاليا", "Giorgia Meloni")]
    assert roles("وقال رئيس وزراء جزر سليمان إن.", "2022-04-20") == [("رئيس وزراء جزر سليمان", "Manasseh Sogavare")]
    assert roles("وقال ولي عهد السعودية إن.", "2024-04-20") == [("ولي عهد السعودية", "Mohammed bin Salman")]
    assert roles("وقال وزير داخلية فرنسا إن.", "2024-04-20") == [("وزير داخلية فرنسا", "Gérald Darmanin")]
    assert roles("وقال رئيس وزراء إقليم كردستان إن.", "2023-04-20") == []
    assert roles("وقال رئيس إقليم كردستان إن.", "2023-04-20") == []


def test_greenland_fiji_and_seychelles_have_their_adjectives():
    """"رئيس الوزراء الغرينلاندي", "الرئيس الفيجي", "الخارجية السيشيلية": the press's adjectives for Greenland, Fiji and
    the Seychelles name the state (and make a title the office-holder's); none collides with a common word."""
    assert roles("وقال رئيس الوزراء الغرينلاندي إن.", "2025-06-01") == [
        ("رئيس الوزراء الغرينلاندي", "Jens-Frederik Nielsen")]
    assert "Fiji" in ents("وصل الرئيس الفيجي إلى بكين.", "2023-06-01")
    assert "Government of Seychelles" in ents("وقالت الحكومة السيشيلية إن.", "2023-06-01")


def test_the_head_of_another_government_holds_no_office_of_the_state():
    """"رئيس حكومة إقليم كردستان" is the Kurdistan Region's prime minister, "رئيس حكومة الوحدة الوطنية" the head of one
    of Libya's two rival governments: neither is the state's president (the bare "رئيس" title read the government's
    state as its own); the state's own government ("رئيس الحكومة الإسبانية") still names the office-holder."""
    assert roles("وقال رئيس حكومة إقليم كردستان إن الاتفاق مع بغداد تم.", "2023-04-20") == []
    assert roles("وقال رئيس حكومة الوحدة الوطنية الليبية إن.", "2023-04-20") == []
    assert roles("وقال رئيس الحكومة الإسبانية إن.", "2023-04-20") == [("رئيس الحكومة الإسبانية", "Pedro Sánchez")]
    # (nor the head of a party, a movement or an agency: "رئيس حركة حماس" is not the Palestinian president, "رئيس
    # الموساد" not Israel's; the head of a body of the state's executive is: "رئيس مجلس السيادة السوداني")
    assert roles("وقال رئيس حركة حماس إن.", "2024-07-10") == []
    assert roles("وقال رئيس الموساد إن.", "2024-07-10") == []
    assert roles("وقال رئيس مجلس السيادة السوداني إن.", "2024-07-10") == [
        ("رئيس مجلس السيادة السوداني", "Abdel Fattah al-Burhan")]


def test_the_kremlin_and_white_house_spokespersons_resolve_by_date():
    """"المتحدث باسم الكرملين", "المتحدثة باسم البيت الأبيض": the seat in the title names the state, so the title
    alone is the spokesperson of the day (it named no state before, and no one was found)."""
    assert roles("وقال المتحدث باسم الكرملين إن موسكو مستعدة.", "2024-04-20") == [
        ("المتحدث باسم الكرملين", "Dmitry Peskov")]
    assert roles("وقالت المتحدثة باسم البيت الأبيض إن واشنطن.", "2024-04-20") == [
        ("المتحدثة باسم البيت الأبيض", "Karine Jean-Pierre")]


def test_the_head_of_an_international_body_resolves_by_date():
    """"الأمين العام للأمم المتحدة", "الأمين العام لحلف الناتو", "رئيسة المفوضية الأوروبية", "مسؤول السياسة الخارجية في
    الاتحاد الأوروبي": a head's title before a body of no state, with no name after it, is the body's head of the day
    (its "secretary_general" term); not "رئيس الاتحاد الأوروبي" (the Union has several heads, none a president of it)."""
    assert roles("وقال الأمين العام للأمم المتحدة إن الحرب يجب أن تتوقف.", "2024-04-20") == [
        ("الأمين العام للأمم المتحدة", "António Guterres")]
    assert roles("وقال الأمين العام لحلف الناتو إن.", "2024-04-20") == [("الأمين العام لحلف الناتو", "Jens Stoltenberg")]
    assert roles("وقال الأمين العام لحلف الناتو إن.", "2025-04-20") == [("الأمين العام لحلف الناتو", "Mark Rutte")]
    assert roles("وقالت رئيسة المفوضية الأوروبية إن بروكسل.", "2024-04-20") == [
        ("رئيسة المفوضية الأوروبية", "Ursula von der Leyen")]
    assert roles("وقال مسؤول السياسة الخارجية في الاتحاد الأوروبي إن.", "2024-04-20") == [
        ("مسؤول السياسة الخارجية في الاتحاد الأوروبي", "Josep Borrell")]
    assert roles("وقال رئيس الاتحاد الأوروبي إن.", "2024-04-20") == []
    # (the head's spokesman or deputy is not the head: "المتحدث باسم الأمين العام للأمم المتحدة")
    assert roles("وقال المتحدث باسم الأمين العام للأمم المتحدة إن.", "2024-04-20") == []
    assert roles("وقال نائب الأمين العام لحلف الناتو إن.", "2024-04-20") == []


def test_a_dual_counterpart_names_both_states_holders():
    """"نظيريه المصري والأردني": the dual counterpart names a second state after و — both states' holders of the
    office are meant, not only the first."""
    assert roles("وبحث وزير الخارجية السعودي مع نظيريه المصري والأردني الأوضاع.", "2023-04-20") == [
        ("وزير الخارجية السعودي", "Faisal bin Farhan Al Saud"), ("نظيريه المصري", "Sameh Shoukry"),
        ("الأردني", "Ayman Safadi")]


def test_foreign_ministers_of_the_gaps_resolve_by_date():
    """Role-only mentions of the foreign ministers drafted in session 29 for the days the gazetteer knew no holder
    (Mauritania, Somalia, Botswana) name the holder of the day."""
    assert roles("وقال وزير الخارجية الموريتاني إن.", "2014-06-01") == [
        ("وزير الخارجية الموريتاني", "Ahmed Ould Teguedi")]
    assert roles("وقالت وزيرة الخارجية الصومالية إن.", "2013-06-01") == [
        ("وزيرة الخارجية الصومالية", "Fowsiyo Yusuf Haji Adan")]
    assert roles("وقال وزير الخارجية الموريتاني إن.", "2018-09-01") == [
        ("وزير الخارجية الموريتاني", "Ismail Ould Cheikh Ahmed")]


def test_the_bare_assad_in_a_story_about_syria_is_bashar_al_assad():
    """"سقوط نظام الأسد", "فلول الأسد", "وأكد الأسد": "الأسد" alone (a common noun too, lion) in a story that names
    Syria is Bashar al-Assad — not "قاعدة عين الأسد" (an Iraqi base), not after a relative's given name ("رفعت
    الأسد"), and not in a story without Syria ("زأر الأسد في حديقة الحيوان")."""
    assert "Bashar al-Assad" in ents("بعد سقوط نظام الأسد في دمشق، زار الشيباني الرياض.", "2025-01-10")
    assert "Bashar al-Assad" in ents("وأكد الأسد أن سوريا لن تتراجع.", "2023-05-10")
    assert "Bashar al-Assad" not in ents("استهدف هجوم قاعدة عين الأسد في العراق قرب الحدود مع سوريا.", "2024-01-10")
    assert ents("وكان رفعت الأسد قد عاد إلى سوريا.", "2021-10-10").get("Bashar al-Assad") is None
    assert "Bashar al-Assad" not in ents("زأر الأسد في حديقة الحيوان بالقاهرة.", "2023-05-10")


def test_a_heads_family_name_alone_after_a_verb_is_that_head():
    """"وقال الشرع إن", "التقى البرهان", "وقال العليمي": a head of state's or government's definite family name alone,
    right after a verb of an event or of saying, in a story naming the state, is the head of the day — not the word
    after a noun ("أحكام الشرع", sharia) nor another man of the name ("فاروق الشرع")."""
    assert "Ahmed al-Sharaa" in ents("وقال الشرع إن سوريا ستبقى موحدة.", "2025-05-10")
    assert "Abdel Fattah al-Burhan" in ents("واستقبل البرهان في بورتسودان المبعوث الأمريكي إلى السودان.", "2024-05-10")
    assert "Ahmed al-Sharaa" not in ents("وفق أحكام الشرع في سوريا.", "2025-05-10")
    assert "Ahmed al-Sharaa" not in ents("وكان فاروق الشرع نائبا للرئيس في سوريا.", "2010-05-10")


def test_and_a_present_tense_verb_after_a_title_opens_no_name():
    """"يطرد السفير الإثيوبي ويغلق قنصليتي": after a title whose holder is unknown, "و" + a present-tense verb is the
    next clause, not the envoy's name ("ويليام بيرنز", a known name, still is one)."""
    found = ents("الصومال يطرد السفير الإثيوبي ويغلق قنصليتي أديس أبابا في هرجيسا وجروي", "2024-10-14")
    assert not [n for n in found if "Qansl" in n or "Wiglk" in n], found
    assert "William Burns" in ents("وقال السفير الأمريكي ويليام بيرنز إن.", "2024-05-10")


def test_a_surname_two_known_men_share_is_the_one_named_in_full():
    """"لارس لوكه راسموسن ... وأبدى راسموسن": a family name two known Danish leaders share (Lars Løkke and Anders Fogh
    Rasmussen) is no name of either alone: standing alone it is the one the article named in full."""
    found = ents("قال وزير الخارجية الدنماركي لارس لوكه راسموسن إن بلاده مستعدة. وأبدى راسموسن استعداد كوبنهاغن "
                 "لبحث تعزيز الوجود العسكري.", "2025-03-29")
    assert "Lars Løkke Rasmussen" in found and "Anders Fogh Rasmussen" not in found, found


def test_the_sahara_named_bare_in_a_story_about_it_is_western_sahara():
    """"قضية الصحراء" in a story naming the Polisario Front is Western Sahara (data/lexicon/context_names.tsv) — not "the
    desert" of another story, nor "الصحراء الكبرى" or "دول الساحل والصحراء"; and a disputed land named bare is what the
    story is about, no party to its events."""
    d = marsad.extract("وتطالب جبهة البوليساريو بإجراء استفتاء في الصحراء. وأشاد الرئيس الفرنسي بموقف المغرب من قضية "
                       "الصحراء.", "2024-10-31")
    assert [m.span.text for m in d.mentions if m.entity.name_en == "Western Sahara"] == ["الصحراء", "الصحراء"]
    assert not [a for e in d.events for a in e.source + e.target if a.country == "ESH" and a.kind == "country"]
    d = marsad.extract("وتمتد الصحراء الكبرى عبر دول الساحل والصحراء، وقالت جبهة البوليساريو إنها تتابع الوضع.",
                       "2024-10-31")
    assert "Western Sahara" not in {m.entity.name_en for m in d.mentions}
    d = marsad.extract("وعبر المهاجرون الصحراء نحو الحدود الليبية.", "2024-10-31")
    assert "Western Sahara" not in {m.entity.name_en for m in d.mentions}


def test_the_commission_of_a_body_named_with_it_names_the_body_too():
    """"رئيس مفوضية الاتحاد الإفريقي": the commission of an intergovernmental body, named with the body's own name (its
    executive), names the body too — the African Union over its own words inside the commission's name."""
    d = marsad.extract("ودعا رئيس مفوضية الاتحاد الإفريقي موسى فقي محمد البلدين إلى التهدئة.", "2023-01-08")
    got = {(m.entity.name_en, m.span.text) for m in d.mentions}
    assert ("African Union Commission", "مفوضية الاتحاد الإفريقي") in got
    assert ("African Union", "الاتحاد الإفريقي") in got


def test_a_two_letter_family_name_written_first_alone_once_named_in_full():
    """"والتقى شي في اليوم ذاته الرئيس التشيلي": once "شي جين بينغ" is named in full, "شي" alone (bare, or behind و/ل/ب)
    is him — the family name of a Chinese name comes first. Not "لي" ("ولي العهد" is a crown prince, not Li Hui), nor
    "شي" before the full name is told."""
    d = marsad.extract("استقبل الرئيس الصيني شي جين بينغ نظيره البرازيلي. والتقى شي في اليوم ذاته الرئيس التشيلي.",
                       "2025-05-15")
    xi = [m.span.text for m in d.mentions if m.entity.name_en == "Xi Jinping"]
    assert xi == ["شي جين بينغ", "شي"], xi
    d = marsad.extract("التقى المبعوث الصيني لي هوي أمس وزير الخارجية السعودي. واستقبل ولي العهد السعودي المبعوث.",
                       "2023-05-20")
    assert [m.span.text for m in d.mentions if m.entity.name_en == "Li Hui"] == ["لي هوي"]
    assert ents("قال شي إن الأمر انتهى. واستقبل الرئيس الصيني شي جين بينغ ضيفه.")["Xi Jinping"] == ["شي جين بينغ"]


def test_a_bare_minister_title_with_a_state_is_its_minister_last_named():
    """"واختتم الوزير الأمريكي جولته": "the American minister", no portfolio and no name, is the American minister the
    article last named — not the United States."""
    assert roles("وبدأ وزير الخارجية الأمريكي ماركو روبيو جولته الأربعاء. واختتم الوزير الأمريكي جولته الخميس.",
                 "2025-03-28") == [("الوزير الأمريكي", "Marco Rubio")]


def test_a_state_named_in_a_title_before_a_name_qualifies_the_title():
    """"رئيس سورينام تشان سانتوخي": the state named after the title (as its adjective would be) is no mention of a party
    beside the man — it stays linked to its state, as a qualifier."""
    d = marsad.extract("والتقى روبيو رئيس سورينام تشان سانتوخي.", "2025-03-28")
    assert [(m.span.text, m.via) for m in d.mentions if m.entity.name_en == "Suriname"] == [("سورينام", "nisba")]


def test_a_name_after_and_is_no_bearer_of_the_title_before_it():
    """"بولندا تستدعي سفير الاحتلال وبايدن يضغط": Biden, joined by و after the title's state, is no ambassador — only a
    dual title ("رئيسا روسيا والصين") reads a second state past و."""
    d = marsad.extract("بولندا تستدعي سفير الاحتلال وبايدن يضغط على نتنياهو", "2024-04-04")
    assert [(m.span.text, m.via, m.role) for m in d.mentions if m.entity.name_en == "Joe Biden"] == [
        ("بايدن", "name", None)]


def test_a_two_part_name_joined_up_is_not_and_plus_a_month():
    """"في نوفمبر 2023 ويناير الماضي": "وين آير" (Wayne Eyre) joined up reads "ويناير", "and January" — a joined form that
    is و + a month is no name, even in a story that names him."""
    d = marsad.extract("أفضت إلى هدنتين في نوفمبر 2023 ويناير الماضي. وقال رئيس أركان الجيش الكندي وين آير إن الوضع هش.",
                       "2024-03-01")
    assert [m.span.text for m in d.mentions if m.entity.name_en == "Wayne Eyre"] == ["وين آير"]


@pytest.mark.parametrize("text", ["وقع البلدان ثلاث اتفاقيات تتعلق بالاقتصاد الدائري.",
                                  "ويترأس البابا قداساً في ملعب غيلورا بونغ كارنو.",
                                  "وبات المعسكر يحمل اسم الجنرال توماس داكان واتارا."])
def test_a_minor_officials_family_name_alone_is_no_mention(text):
    """A family name that is also a word or another's name ("الدائري" circular, "كارنو" of Bung Karno, "داكان") is
    linked to a former minister or spy chief only once the article names him in full (coreference), not alone."""
    d = marsad.extract(text, "2024-03-01")
    assert not [m for m in d.mentions if m.entity.type == "PER"], [(m.span.text, m.entity.name_en) for m in d.mentions]


def test_a_name_holding_a_clashing_word_matches_exactly():
    """"حكومة جوبا" (South Sudan's government, named by its capital) is not "حكومة كوبا": جوبا and كوبا share one key
    under the ج/ك letter class, so a longer name holding either must be spelled as the gazetteer spells it."""
    d = marsad.extract("وقالت حكومة جوبا إن الوضع مستقر.", "2024-03-01")
    assert "Government of Cuba" not in {m.entity.name_en for m in d.mentions}
    assert "Government of Cuba" in {m.entity.name_en for m in marsad.extract("وقالت حكومة كوبا إن", "2024-03-01").mentions}


def test_a_discovered_name_ends_before_a_clause_glued_to_wa_or_bi():
    """"السفير الروسي فاليري كوزمين بقرار السلطات": "بقرار" (with the decision) opens the next phrase — it is
    no third name word, nor is "وقدم" (and he presented)."""
    d = marsad.extract("أبلغت الخارجية الرومانية السفير الروسي فاليري كوزمين بقرار السلطات تقليص عدد الموظفين.",
                       "2023-06-09")
    assert [m.span.text for m in d.mentions if m.via == "discovered"] == ["فاليري كوزمين"]


def test_the_group_alone_is_the_armed_group_last_named_with_that_word():
    """"جماعة الحوثي ... هجوم تبنته الجماعة", "حركة حماس ... وأضافت الحركة": "the group" or "the movement" alone, right
    before a preposition, a particle or a punctuation mark, is the non-state group named before with that word — not
    "الحركة التجارية" (trade movement), which runs on."""
    d = marsad.extract("غارات على ميناء الحديدة الخاضع لسيطرة جماعة الحوثي. وجاءت بعد هجوم تبنته الجماعة على تل أبيب.",
                       "2024-07-21")
    assert ("الجماعة", "Houthis") in [(m.span.text, m.entity.name_en) for m in d.mentions]
    d = marsad.extract("وقالت حركة حماس في بيان إن الوضع خطير. وشهدت الحركة التجارية تراجعا.", "2024-07-21")
    assert [m.span.text for m in d.mentions if m.entity.name_en == "Hamas"] == ["حركة حماس"]


def test_castilian_z_written_tha_links_the_spanish_speaking_person():
    """Outlets that follow Spain's pronunciation write the z of Spanish names (and -ez) as ث: "ألبرتو فرنانديث" is
    Alberto Fernández, "بيدرو سانشيث" Pedro Sánchez — variants the build adds for persons of Spanish-speaking states
    (not a letter class of the matcher: ث is also Arabic names' own letter, "آل ثاني")."""
    got = ents("والتقى الرئيس الأرجنتيني ألبرتو فرنانديث نظيره. وقال رئيس الحكومة الإسبانية بيدرو سانشيث إن", "2022-02-05")
    assert got.get("Alberto Fernández") == ["ألبرتو فرنانديث"] and got.get("Pedro Sánchez") == ["بيدرو سانشيث"], got


def test_a_template_word_after_a_plain_noun_is_an_adjective_not_the_body():
    """"المأكولات البحرية اليابانية" is Japanese seafood, "الحدود البحرية المصرية" Egypt's sea border: after such a noun
    (institution_templates.tsv, not_after=) the navy's short form is an adjective — the state's adjective inside it
    stays a mention of the state; "البحرية اليابانية" opening a clause is the navy."""
    names = set(ents("حظرت الصين استيراد المأكولات البحرية اليابانية.", "2024-05-01"))
    assert "Japan" in names and not any("Navy" in n or "Maritime" in n for n in names), names
    names = set(ents("أعلنت البحرية اليابانية إجراء مناورات.", "2024-05-01"))
    assert any("Maritime" in n or "Navy" in n for n in names), names


def test_the_two_presidents_are_the_heads_of_state_not_the_prime_minister_beside_one():
    """"وكان في استقباله رئيس الجمهورية محمد ولد الشيخ الغزواني، إلى جانب الوزير الأول محمد ولد بلال ... وعقد
    الرئيسان جلسة مباحثات": "the two presidents" are the two heads of state named — not the host's prime minister,
    named last beside his president."""
    found = roles("وصل إلى نواكشوط اليوم الخميس رئيس جمهورية السنغال باسيرو ديوماي فاي. وكان في استقباله رئيس "
                  "الجمهورية محمد ولد الشيخ الغزواني، إلى جانب الوزير الأول محمد ولد بلال مسعود. وعقد الرئيسان "
                  "بالقصر الرئاسي جلسة مباحثات.", "2024-04-18")
    dual = {name for text, name in found if text == "الرئيسان"}
    assert dual == {"Bassirou Diomaye Faye", "Mohamed Ould Ghazouani"}, dual
