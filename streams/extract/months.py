"""Month and weekday names of every Arabic convention, as language data.

Gregorian months come in four regional series (Egyptian/Gulf يناير، Levantine/Iraqi
كانون الثاني، Algerian/Tunisian جانفي، Moroccan نونبر); Hijri months carry their own
calendar. Names are written as readers spell them; ``streams.extract.dates`` folds them.
Names that are also common words or first names (آب "father", مارس "practised", رجب،
رمضان) are listed in ``NEEDS_CONTEXT``: they count as months only beside a day, a year,
a paired name or the word شهر.
"""

from __future__ import annotations

__all__ = [
    "GREGORIAN_MONTHS",
    "HIJRI_MONTHS",
    "NEEDS_CONTEXT",
    "ORDINAL_DAYS",
    "WEEKDAYS",
]

GREGORIAN_MONTHS: dict[str, int] = {
    # Egyptian / Gulf (and Moroccan where the same)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    # the same without the article, as some newsrooms write them
    "كانون ثاني": 1, "تشرين أول": 10, "تشرين ثاني": 11, "كانون أول": 12,
    # Algerian / Tunisian
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "جويلة": 7,
    "أوت": 8,
    # Moroccan
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الأوّل": 3, "ربيع الثاني": 4, "ربيع الآخر": 4,
    "ربيع الاخر": 4, "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6,
    "جمادى الثانية": 6, "جمادى الآخر": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
    "شهر الصيام": 9,  # Ramadan by its common name
}

NEEDS_CONTEXT = frozenset({
    "آب", "مارس", "ماي", "جوان", "أوت", "صفر", "رجب", "رمضان", "شعبان", "محرم", "شوال",
    "نيسان", "تموز", "يوليه",  # يوليه: also the verb يولي + ه (الذي يوليه اهتماما)
})

WEEKDAYS: dict[str, int] = {  # Python weekday numbers (Monday = 0)
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4,
    "السبت": 5, "الأحد": 6,
}

ORDINAL_DAYS: dict[str, int] = {
    "أول": 1, "الأول": 1, "غرة": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
    "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11,
    "الثاني عشر": 12, "الثالث عشر": 13, "الرابع عشر": 14, "الخامس عشر": 15,
    "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18, "التاسع عشر": 19,
    "العشرين": 20, "الحادي والعشرين": 21, "الثاني والعشرين": 22, "الثالث والعشرين": 23,
    "الرابع والعشرين": 24, "الخامس والعشرين": 25, "السادس والعشرين": 26,
    "السابع والعشرين": 27, "الثامن والعشرين": 28, "التاسع والعشرين": 29, "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}
