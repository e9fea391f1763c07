"""Quotation speakers, round r107: kinds an audit of 150 quotations over unread text (seed 107) found, each as a
short constructed sentence."""

from __future__ import annotations

from quote_rounds import speakers


def test_a_name_never_ends_on_a_european_particle() -> None:
    # أورسولا فون دير | لاين: the tagger stopped on a particle (فون، فان، دير), the name goes on
    assert speakers("قالت وزيرة الدفاع الألمانية أورسولا فون دير لاين إن بلادها ستزيد الإنفاق. وقالت فون دير لاين "
                    "اليوم الجمعة خلال افتتاح المؤتمر إن الحلف قوي.", tagged=True) \
        == ["أورسولا فون دير لاين", "أورسولا فون دير لاين"]
    assert speakers("اعترف نجم كرة القدم الهولندي فان دير فارت بأنه حاول العودة. وأشار فان دير فارت إلى أنه لم يتلق "
                    "عرضا.", tagged=True) == ["فان دير فارت", "فان دير فارت"]


def test_a_bodys_name_drops_the_comma_closing_it() -> None:
    # أعلنت مدينة الملك عبدالعزيز للعلوم والتقنية، توفر ...، مشيرة إلى أن: the body, not its comma
    assert speakers("وأعلنت مدينة الملك عبدالعزيز للعلوم والتقنية، توفر وظائف أكاديمية. واشترطت المدينة أن يكون "
                    "المتقدم سعوديا، مشيرة إلى أن الفرصة ستتاح للمقبولين.") == ["مدينة الملك عبدالعزيز للعلوم والتقنية"]


def test_a_radio_opens_its_quoted_name() -> None:
    # وذكر راديو "صوت أمريكا" أن: a radio as إذاعة, its name in quote marks after it
    assert speakers("وذكر راديو \"صوت أمريكا\" في نشرته الليلة أن الجائزة رصدت لأول مرة.") == ["راديو \"صوت أمريكا\""]
    assert speakers("وقال راديو سوا إن الهجوم وقع فجرا.") == ["راديو سوا"]


def test_a_long_office_then_a_ranked_name_between_commas_speaks() -> None:
    # واعتبر رئيس مجلس إدارة المركز …، اللواء فلان، أنه: the apposition closed by its comma, the rank before the name
    assert speakers("واعتبر رئيس مجلس إدارة المركز المصري للبحوث والدراسات، اللواء خالد سالم، أنه مع كل خسارة "
                    "تزداد العزلة.") == ["خالد سالم"]
