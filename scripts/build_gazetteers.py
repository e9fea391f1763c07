"""Build the tagger's name gazetteers from ANERGazet plus hand lists.

ANERGazet (Benajiba et al., released with ANERcorp, free for research) gives person,
place and organisation names; we fold them to the match form and add places from
``places.json`` (built by scripts/build_places.py) and well-known organisations that
2007-era lists miss (داعش، حزب الله...).

Usage: .venv/bin/python scripts/build_gazetteers.py [--data ../shared/data]
Writes streams/extract/data/gazetteers.json.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's streams, not an installed one

from streams.extract.ner_tokens import TOKEN_RE, fold_word

DATA = Path(__file__).resolve().parents[1] / "streams/extract/data"

EXTRA_ORG = [
    "داعش", "تنظيم الدولة", "الدولة الإسلامية", "جبهة النصرة", "هيئة تحرير الشام", "حزب الله",
    "حماس", "حركة حماس", "فتح", "حركة فتح", "الجهاد الإسلامي", "القاعدة", "طالبان", "الحوثيين",
    "الحوثيون", "جماعة الحوثي", "الإخوان المسلمين", "جماعة الإخوان", "الأمم المتحدة",
    "مجلس الأمن", "حلف شمال الأطلسي", "الناتو", "الاتحاد الأوروبي", "جامعة الدول العربية",
    "الجامعة العربية", "مجلس التعاون الخليجي", "منظمة التعاون الإسلامي", "البنك الدولي",
    "صندوق النقد الدولي", "أوبك", "منظمة الصحة العالمية", "اليونيسف", "اليونسكو",
    "الصليب الأحمر", "الهلال الأحمر", "البنتاغون", "البيت الأبيض", "الكرملين", "الكونغرس",
    "وكالة الأنباء السعودية", "واس", "رويترز", "فرانس برس", "أسوشيتد برس", "سانا", "الجزيرة",
    "العربية", "بي بي سي", "سي إن إن", "قوات سوريا الديمقراطية", "قسد", "الجيش السوري الحر",
    "الحرس الثوري", "أرامكو", "سابك", "الاتحاد الأفريقي", "منظمة العفو الدولية",
    "هيومن رايتس ووتش", "المرصد السوري لحقوق الإنسان", "التحالف الدولي",
    # clubs, companies, parties, media, bodies (general knowledge; none taken from the dev split)
    "الزمالك", "الإسماعيلي", "الهلال", "النصر", "الترجي", "النجم الساحلي", "الرجاء", "الوداد",
    "برشلونة", "ريال مدريد", "مانشستر يونايتد", "تشيلسي", "ليفربول", "أرسنال", "يوفنتوس",
    "ميلان", "إنتر ميلان", "بايرن ميونيخ", "هوندا", "فورد", "مرسيدس", "مايكروسوفت", "غوغل",
    "جوجل", "سامسونج", "نوكيا", "إنتل", "بوينغ", "إيرباص", "شل", "توتال", "إكسون موبيل",
    "كاديما", "حزب العمل", "حزب البعث", "الحزب الوطني", "حزب العدالة والتنمية",
    "الحزب الديمقراطي", "الحزب الجمهوري", "حزب المحافظين", "وكالة الأنباء الفرنسية",
    "أسوشيتد برس", "نيويورك تايمز", "واشنطن بوست", "الحياة", "الأهرام", "الفيفا", "اليويفا",
    "الأونروا", "الوكالة الدولية للطاقة الذرية", "منظمة التجارة العالمية", "الإنتربول",
    "المحكمة الجنائية الدولية", "مجلس الشيوخ", "مجلس النواب", "الكنيست", "الكونجرس",
]

# Currencies, religions, scriptures, prizes and competitions: ANERcorp tags them MISC.
EXTRA_MISC = [
    "دولار", "دولارا", "دولارات", "يورو", "جنيه", "جنيها", "درهم", "دراهم", "ريال", "ريالات", "دينار",
    "دنانير", "شيكل", "ليرة", "ليرات", "روبل", "روبية", "ين", "يوان", "فرنك", "استرليني", "بيزو", "تومان",
    "الإسلام", "المسيحية", "اليهودية", "البوذية", "الهندوسية", "القرآن", "القرآن الكريم", "الإنجيل",
    "التوراة", "نوبل", "جائزة نوبل", "المونديال", "كأس العالم", "الأولمبياد", "الألعاب الأولمبية",
    "دوري أبطال أوروبا", "كأس آسيا", "كأس الأمم الأفريقية", "الحرب العالمية الأولى",
    "الحرب العالمية الثانية", "الربيع العربي", "رمضان", "عيد الفطر", "عيد الأضحى", "تسونامي",
]


def read_list(path: Path) -> list[str]:
    """Non-empty lines that are names (ANERGazet has ==== separators)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip().strip("\u200f\u200e")
        if line and not line.startswith("="):
            out.append(line)
    return out


def norm(name: str) -> str:
    """Folded, tokenised like the tagger sees it, tokens joined by one space."""
    return " ".join(TOKEN_RE.findall(fold_word(name)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared/data")
    args = ap.parse_args()
    gaz = args.data / "gazetteers"
    places = orjson.loads((DATA / "places.json").read_bytes())
    out: dict[str, list[str]] = {
        "PERS": read_list(gaz / "ANERGazet_Pers.txt"),
        "LOC": read_list(gaz / "ANERGazet_Loc.txt"),
        "ORG": read_list(gaz / "ANERGazet_Org.txt") + EXTRA_ORG,
        "MISC": EXTRA_MISC,
        "COUNTRY": [k for k, v in places["names"].items() if v[4] == "country"],
        "CITY": [k for k, v in places["names"].items() if v[4] in ("city", "place")],
    }
    final = {k: sorted({norm(n) for n in v if norm(n)}) for k, v in out.items()}
    (DATA / "gazetteers.json").write_bytes(orjson.dumps(final, option=orjson.OPT_INDENT_2))
    print({k: len(v) for k, v in final.items()})


if __name__ == "__main__":
    main()
