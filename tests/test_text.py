"""Cleaning and sentence splitting."""

import marsad
from marsad.stages.clean import find_boilerplate
from marsad.stages.text import split_sentences


def sents(t):
    return [t[s:e] for s, e in split_sentences(t)]


def test_split_on_full_stop_and_question_marks():
    """Arabic prose ends sentences with . ؟ ! — each starts a new sentence."""
    assert sents("التقى الوزيران. هل تنجح المحادثات؟ نعم!") == ["التقى الوزيران.", "هل تنجح المحادثات؟", "نعم!"]


def test_decimal_numbers_do_not_split():
    """2.5 is a number, not a sentence end."""
    assert len(sents("ارتفع النمو 2.5 بالمئة هذا العام.")) == 1


def test_one_letter_abbreviation_does_not_split():
    """'م.' (ميلادي) and 'د.' (دكتور) are abbreviations."""
    assert len(sents("في عام 2020 م. وقال د. أحمد إن الاتفاق مهم.")) == 1


def test_line_breaks_split():
    """News paragraphs are lines; a headline has no full stop."""
    assert sents("عنوان الخبر\nنص الخبر هنا.") == ["عنوان الخبر", "نص الخبر هنا."]


def test_closing_quote_stays_with_sentence():
    """A quote closing after the full stop belongs to the sentence."""
    assert sents("وقال: “نحن مستعدون.” ثم غادر.") == ["وقال: “نحن مستعدون.”", "ثم غادر."]


def kinds(text):
    return [(text[s:e], k) for s, e, k in find_boilerplate(text)]


def test_navigation_trail():
    """'الصفحة الرئيسية >> ...' is a site breadcrumb."""
    assert kinds("الصفحة الرئيسية >> التبادلات الدولية\nنص")[0][0].startswith("الصفحة الرئيسية")


def test_widgets_and_footer():
    """'صور ساخنة', 'قد يهمك:', 'اترك رد' and copyright footers are furniture."""
    t = "نص الخبر.\nصور ساخنة\nقد يهمك:\nاترك رد\nحقوق النشر © 2009-2024 لشركة ما، جميع الحقوق محفوظة."
    assert [k for _, k in kinds(t)] == ["furniture", "furniture", "furniture", "footer"]


def test_page_header_date_only_at_top():
    """A weekday+date line at the top is the page's 'today' header; inside the article it is prose."""
    top = "الأربعاء 25 سبتمبر 2024\n\nعنوان\n\nنص"
    assert kinds(top) == [("الأربعاء 25 سبتمبر 2024", "furniture")]
    inside = "عنوان\nفقرة أولى.\nفقرة ثانية.\nفقرة ثالثة.\nالأربعاء 25 سبتمبر 2024"
    assert kinds(inside) == []


def test_weekday_date_under_the_headline_is_the_articles_own():
    """"عنوان\nالسبت 30 تشرين الأول 2021\nالديار": right under the headline, a weekday+date line is the article's
    own date (kept for the dates stage), not the page's "today" header printed above it."""
    text = ("الرياض تطرد السفير اللبناني وتوقف الواردات على خلفية تصريحات قرداحي\n\nالسبت 30 تشرين الأول 2021\n"
            "الديار\n\nدخلت العلاقات منعطفاً خطيراً.")
    assert kinds(text) == []
    d = marsad.extract(text)
    assert d.published is not None and d.published.isoformat() == "2021-10-30"
    # (with a page header above the headline, that header is furniture and the line under the headline is not)
    above = "الأحد 31 تشرين الأول 2021\n" + text
    assert kinds(above) == [("الأحد 31 تشرين الأول 2021", "furniture")]
    assert marsad.extract(above).published.isoformat() == "2021-10-30"


def test_article_sentences_untouched():
    """Ordinary prose mentioning 'حقوق' is not a footer unless it carries a copyright marker."""
    assert kinds("دعا الوزير إلى احترام حقوق الإنسان.") == []


def test_devset_boilerplate(dev_docs):
    """The dev set's known furniture never reaches the stages."""
    views = {d.id: d.norm_text for d in dev_docs}
    assert "صور ساخنه" not in views["s000"] and "الصفحه الرييسيه" not in views["s000"]
    assert "قد يهمك" not in views["s002"] and "نجوم مصريه" not in views["s002"]
    assert "25 سبتمبر 2024" not in views["s004"]
    # and the article itself is still there
    assert "بوتين" in views["s000"] and "وانج يي" in views["s004"]


def test_a_short_paragraph_quoting_with_guillemets_is_prose():
    """«» are Arabic quotation marks: a short paragraph ending in «إكس» is not a breadcrumb trail
    ("الرئيسية » أخبار » سياسة", which still is)."""
    assert find_boilerplate("وأعلن رئيس المجلس الأوروبي شارل ميشال القرار عبر منصة «إكس»") == []
    assert [b[2] for b in find_boilerplate("الرئيسية » أخبار » سياسة\nنص الخبر.")] == ["furniture"]
