"""Quotation speakers, round r235 (errors of the opened fresh sets S81–S84); constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_tunisian_deputy_title_before_the_office() -> None:
    text = "أكد كاهية مدير ديوان الخدمات الجامعية للوسط ميلاد عبدلي أن الطالبة غادرت المستشفى. وأضاف أن حالتها مستقرة."
    assert speakers(text, tagged=True) == ["ميلاد عبدلي"] * 2


def test_a_laws_article_keeps_its_number() -> None:
    text = ('ونصت اللائحة على شروط الترشح، في حين أشارت المادة (28) إلى أنه "يعد مستثمرا كل من يملك حصة". '
            'وأكدت المادة (29) على أنه "لا يجوز الجمع بين العضويتين".')
    assert speakers(text, tagged=True) == ["المادة (28)", "المادة (29)"]


def test_a_participle_of_praise_is_no_name() -> None:
    text = ("وأشار المشرف العام على الملتقى الأستاذ غرم الله المالكي، أنه بدأ التخطيط منذ ثلاثة شهور. مثمناً موافقة "
            "صاحب السمو الملكي الأمير عبدالله بن مساعد الرئيس العام لرعاية الشباب على العديد من البرامج بمتابعة من "
            "الأستاذ عبدالعزيز الكريديس المدير العام للإدارة العامة للهيئات الشبابية. موضحاً أن فعاليات الملتقى ستبدأ "
            "مساء اليوم.")
    assert speakers(text, tagged=True) == ["غرم الله المالكي"] * 2


def test_a_first_name_right_before_the_relative_is_its_antecedent() -> None:
    text = ("ومنذ أن انتخب إبراهيم البلوي رئيسا كانت الجماهير تنتظر وعود أخيه منصور الذي أكد بأنه سيعيد النادي "
            "إلى المنافسة.")
    assert speakers(text, tagged=True) == ["منصور"]


def test_a_quoted_name_with_a_dash_and_a_comma_after_it() -> None:
    text = 'إعتبر "حزب التحرير - تونس"، أن نظام الحكم القائم اليوم في تونس سيظل "نظاما علمانيا".'
    assert speakers(text, tagged=True) == ["حزب التحرير - تونس"]
