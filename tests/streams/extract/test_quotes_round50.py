"""Quotation speakers, round r50: the speaker string's boundaries (the right person, the wrong string) as S9–S14
showed them: a family name dropped, a description kept, a body's head or a member's body cut off. Each as a short
constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_family_name_the_article_quotes_alone_stays_after_the_tagged_name() -> None:
    # محمد توفيق بلو: … ونوه "بلو": the last word, used alone (in quote marks) after a speech verb, is his family name
    text = ('قال أمين عام الجمعية محمد توفيق بلو: إن الهدف من البرنامج هو دمج ذوي الإعاقة. '
            'ونوه "بلو" بحرص الوزارة على مثل هذه البرامج.')
    assert speakers(text, tagged=True)[0] == "محمد توفيق بلو"


def test_a_family_name_after_a_family_name_stays_when_it_is_used_alone() -> None:
    # سميرة بوغديرة نمسية أنه … وبينت نمسية أن: the subject ends on the family name the article uses alone
    text = ("وأعلنت المديرة العامة للدراسات بوزارة المالية، سميرة بوغديرة نمسية أنه سيتم صرف نسبة من الزيادة. "
            "وبينت نمسية خلال ملتقى أن الأمر يتعلق بالتخفيض.")
    assert speakers(text, tagged=True) == ["سميرة بوغديرة نمسية", "سميرة بوغديرة نمسية"]


def test_a_union_of_journalists_keeps_its_members_in_its_name() -> None:
    # النقابة الوطنية للصحفيين التونسيين: the journalists are the union's members, not the ones spoken to
    text = "أفادت النقابة الوطنية للصحفيين التونسيين بأن تونس فازت بشرف احتضان المؤتمر القادم."
    assert speakers(text) == ["النقابة الوطنية للصحفيين التونسيين"]
    text = "وقال الاتحاد العام للصحفيين العراقيين إن الصحفي أطلق سراحه."
    assert speakers(text) == ["الاتحاد العام للصحفيين العراقيين"]


def test_journalists_spoken_to_stay_out_of_the_speaker() -> None:
    # وقالت الوزارة للصحفيين، وقالت الجمعية للصحفيين: the ones addressed
    assert speakers("وقالت الوزارة للصحفيين إن القرار نهائي.") == ["الوزارة"]
    assert speakers("وقالت الجمعية للصحفيين إن القرار نهائي.") == ["الجمعية"]


def test_a_participle_of_belonging_ends_a_body_name() -> None:
    # نادي فلان المنتمي لدوري …، صحيفة "سبورت" الإسبانية المقربة من النادي: what the body belongs to describes it
    text = "وقال نادي هيرتا برلين المنتمي لدوري الدرجة الأولى الألماني لكرة القدم إن حافلة الفريق تعرضت لاطلاق نار."
    assert speakers(text) == ["نادي هيرتا برلين"]
    text = 'قالت صحيفة "سبورت" الإسبانية المقربة من نادي برشلونة إن اللاعب وجه رسالة لزملائه.'
    assert speakers(text) == ['صحيفة "سبورت" الإسبانية']
    assert speakers("وقالت صحيفة الوطن المقربة من الحكومة إن الوزير سيستقيل.") == ["صحيفة الوطن"]


def test_a_plain_noun_of_a_person_after_a_name_is_no_family_name() -> None:
    # كارلي فيورينا المرأة الوحيدة في السباق: an apposition
    text = "وقالت كارلي فيورينا المرأة الوحيدة في السباق إن الحزب يحتاج إلى التغيير."
    assert speakers(text) == ["كارلي فيورينا"]


def test_a_candidates_campaign_speaks_for_itself() -> None:
    # أعلن فريق حملة دونالد ترامب: the campaign, named after its candidate
    assert speakers("اعلن فريق حملة دونالد ترامب ان المرشح سيزور الولاية الاسبوع المقبل.") == ["فريق حملة دونالد ترامب"]
    text = "وقالت حملة دونالد ترامب إن المرشح سيزور الولاية الاسبوع المقبل."
    assert speakers(text, tagged=True) == ["حملة دونالد ترامب"]


def test_a_member_of_a_body_is_the_one_named_before_with_an_office_of_it() -> None:
    # الناطق الرسمي باسم الجبهة الشعبية فلان … وقال القيادي في الجبهة: the same man, by his place in the body
    text = ("قال الناطق الرسمي باسم الجبهة الشعبية حمة الهمامي، إن الأسعار تشهد ارتفاعا جنونيا. "
            "وأضاف الهمامي أن الحكومة مطالبة بالتدخل. وقال القيادي في الجبهة إن الطبقة المتوسطة أصبحت عاجزة.")
    assert speakers(text) == ["حمة الهمامي"] * 3


def test_a_member_of_a_body_no_one_was_named_with_keeps_the_body() -> None:
    # رئيس حزب العمال فلان … وقال القيادي في الجبهة: another body, the description stands whole
    text = ("قال رئيس حزب العمال سعيد الكافي إن الأسعار مرتفعة. "
            "وقال القيادي في الجبهة إن الطبقة المتوسطة أصبحت عاجزة.")
    assert speakers(text) == ["سعيد الكافي", "القيادي في الجبهة"]


def test_an_office_word_before_another_office_is_the_family_name() -> None:
    # محمد محمود القاضي المستشار الفني … ورأى المستشار الفني: القاضي is his family name, not a second office
    text = ("قال الدكتور محمد محمود القاضي المستشار الفني للرئيس التنفيذي لشركة المياه إن مصادر المياه آمنة. "
            "ورأى المستشار الفني أنه لا خطر.")
    assert speakers(text, tagged=True) == ["محمد محمود القاضي"] * 2


def test_an_office_completed_by_the_next_word_stays_out_of_the_name() -> None:
    # خالد سعيد | الوزير المفوض: one office (a minister plenipotentiary), not a family name
    assert speakers("وقال المهندس خالد سعيد الوزير المفوض إن الزيارة ناجحة.") == ["خالد سعيد"]


def test_a_second_family_name_the_tagger_gives_completes_a_short_name() -> None:
    # وزيرة السياحة سلمى اللومي الرقيق … وأعلنت اللومي: her name in full, as tagged
    text = ("وجاء ذلك بالتزامن مع زيارة أدتها وزيرة السياحة سلمى اللومي الرقيق إلى مدريد. "
            "وأعلنت اللومي من جهتها أن وزارة السياحة ستشرع في إصلاحات.")
    assert speakers(text, tagged=True) == ["سلمى اللومي الرقيق"]


def test_a_compound_office_after_a_name_stays_out_of_it() -> None:
    # معز شقشوق | الرئيس المدير العام، إبراهيم أبوالخيل | المتحدث الإعلامي: one office of two words, not a family name
    text = "وأكد معز شقشوق الرئيس المدير العام للديوان الوطني للبريد أن الندوة مهمة."
    assert speakers(text, tagged=True) == ["معز شقشوق"]
    text = "وأوضح العقيد إبراهيم أبوالخيل المتحدث الإعلامي للدفاع المدني أن المركز تلقى بلاغا."
    assert speakers(text, tagged=True) == ["إبراهيم أبوالخيل"]
