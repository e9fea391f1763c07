"""Quotation speakers, rounds from stop 31: names cut at what follows them, outlets named in brackets, and a first
name alone standing for the full name met before; constructed sentences."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_nationality_before_a_two_word_name_and_an_addressee() -> None:
    # الكاميروني introduces the name; لإدارة النادي is spoken to, so the nisba is no family name with an object after it
    text = "وأوضح الكاميروني أمينو بوبا لإدارة نادي الخليج أنه تلقى العلاج اللازم في بلاده."
    assert speakers(text, tagged=True) == ["أمينو بوبا"]


def test_where_the_speaker_lives_is_no_part_of_his_name() -> None:
    text = "كتب اليوم الشاعر السوري هادي دانيال المقيم في تونس تدوينة قال فيها إن الشعب التونسي طيب."
    assert speakers(text, tagged=True) == ["هادي دانيال"]
    # a one-word name then الموجود: the family name of the one named in full before
    text = ("ومنذ تولي الرئيس النيجيري محمد بخاري الحكم قتل أكثر من 750 شخصا. وحذر بخاري الموجود حاليا في واشنطن، "
            "من أن رفض تزويد الجيش بالأسلحة يساعد المتمردين.")
    assert speakers(text, tagged=True) == ["محمد بخاري"]


def test_an_outlet_named_in_brackets_after_its_head_noun() -> None:
    assert speakers("وذكرت صحيفة (التايمز) أن العبيدي ربما عاد إلى بريطانيا قبل الهجوم.",
                    tagged=True) == ["صحيفة (التايمز)"]
    assert speakers("ذكرت محطة (سي.ان.ان ترك) أن زلزالا بقوة 5.1 درجة ضرب إقليم مانيسا.",
                    tagged=True) == ["محطة (سي.ان.ان ترك)"]
    # an aside in brackets after a person stays out of the name
    assert speakers("وقال سيونغ (71 عاما) إن الحياة في القرية صعبة.", tagged=True) == ["سيونغ"]


def test_a_first_name_alone_after_the_full_name_is_the_full_name() -> None:
    text = ("اشتهر أسامة العابد إثر حادث مؤسف على الحدود المجرية قبل أكثر من سنة.\n"
            "\"أشعر بالحزن، لكني لم أفقد الأمل\"، يقول أسامة (52 عاماً) المقيم في ضاحية خيتافي جنوبي مدريد.")
    assert speakers(text, tagged=True) == ["أسامة العابد"]


def test_a_first_name_two_people_share_stays_as_written() -> None:
    # كيم إيل سونغ and كيم جونغ أون: the tagger's canonical form may name the wrong one
    text = ("احتفلت كوريا الشمالية بذكرى ميلاد كيم إيل سونغ مؤسس البلاد. ويحكم كيم جونغ أون البلاد منذ سنوات.\n"
            "وفي خطاب رأس السنة، قال كيم إن البلاد تدخل مرحلة جديدة.")
    assert speakers(text, tagged=True)[-1:] != ["كيم إيل سونغ"]


def test_bayyana_after_an_office_chain_and_a_titled_name() -> None:
    # no comma: the name closing the office chain makes بين the verb "explained"
    text = ("وبين مدير عام الحدائق وعمارة البيئة المهندس هشام بن عبدالرحمن شلي أن الأمانة وضعت جميع الحدائق "
            "في جاهزية تامة.")
    assert speakers(text, tagged=True) == ["هشام بن عبدالرحمن شلي"]
    # but between one side and another joined by و: the preposition, no quotation
    text = ("ودار حوار طويل. بين وزير الخارجية الأمريكية جون كيري ووزير خارجية إيران جواد ظريف، وقيل، واعتمد على ما "
            "نقلته مجلة التايم الأمريكية، أنها نقاشات عميقة وخاصة بعدة ملفات.")
    assert speakers(text, tagged=True) == []


def test_bayyana_with_the_holders_name_or_a_lead_set_off_last() -> None:
    text = "وبين الأمين العام المساعد للاتحاد العام التونسي للشغل، قاسم عفية، أن الغاية من القرار واضحة في البيان."
    assert speakers(text, tagged=True) == ["قاسم عفية"]
    text = ("وبين رئيس مجلس الأعمال التونسي السعودي سليمان بن براهيم العييري، من جهته، أنه تم التعاون بين رجال "
            "الأعمال في البلدين.")
    assert speakers(text, tagged=True) == ["سليمان بن براهيم العييري"]


def test_bayyana_then_when_or_to_whom_it_was_said() -> None:
    # "between" is never followed by في/خلال/له: the verb, the speaker going on or named after the occasion
    text = ("ناقش وزير الحج الدكتور بندر بن محمد حجار الخطة التشغيلية. ورفع حجار التهاني لخادم الحرمين الشريفين الملك "
            "سلمان بن عبدالعزيز آل سعود بمناسبة عيد الفطر. وبين خلال حفل المعايدة الذي أقامته وزارة الحج أمس الأول "
            "بمقر الوزارة، أن المعتمرين هذا العام وصل عددهم إلى 6 ملايين معتمر.")
    assert speakers(text, tagged=True) == ["بندر بن محمد حجار"]
    text = "وبين لـ «عكاظ» المواطن محمد وادي العنزي، أنه شحن حقيبتين من مطار تبوك في الصباح."
    assert speakers(text, tagged=True) == ["محمد وادي العنزي"]


def test_who_praised_or_welcomed_speaks_next() -> None:
    # رحب فلان بالبيان معتبرا، أشاد فلان بإنجازها وقال: the subject of the praise goes on, not the last speaker
    text = ("وقال الخبير أودو شتاينباخ إن البيان مهم. من جهته، رحب الخبير في شؤون الخليج الدكتور يورجين تودنهوفر "
            "بالبيان المشترك معتبرا أن البيان خطة عمل. وقال إن تغيير سلوكيات إيران يحتاج إلى الكثير من العمل.")
    assert speakers(text, tagged=True) == ["أودو شتاينباخ", "يورجين تودنهوفر", "يورجين تودنهوفر"]
    # her teacher is another person, though his description holds her name
    text = "وقالت نيكول إن النتيجة أذهلتها. وأشاد معلم نيكول بإنجازها وقال إنها كانت تلميذة مثالية."
    assert speakers(text, tagged=True) == ["نيكول", "معلم نيكول"]


def test_a_bare_verb_opening_a_sentence_goes_on_from_a_feeling_expressed_before() -> None:
    text = ("وأضاف ديل نيرو أنه على اتصال مع نابوت. وعبر زيكو عن سعادته بهذا الرد رغم أنه انطوى على مساندة مشروطة. "
            "وقال \"بالنسبة لي كبرازيلي لم أكن لأبدأ حملتي دون التحدث مع اتحاد كرة القدم في بلادي.\"")
    assert speakers(text, tagged=True) == ["ديل نيرو", "زيكو"]
