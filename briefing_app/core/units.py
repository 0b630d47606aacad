"""What a number is counted in: currencies, percent, physical units, counted nouns.

Word lists only (the matching lives in ``figures.py``).  Units follow the annotation
guidelines: ISO 4217 codes for money (GBX for pence), ``percent``/``percentage_points``,
and plain English plurals for counts and physical quantities ("people", "jobs",
"hectares", "barrels_per_day").  German compounds are matched by their last part
("Stahlarbeitsplätze" -> "…arbeitsplätze" -> jobs), so the lists stay short.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Currency:
    """Every way a currency is written in de/en press text, and how the outputs name it.

    ``words`` follow the number ("5 Mrd. Yuan", "7 billion U.S. dollars"), ``prefixes`` stand
    before it ("US$50 billion", "S$1.2bn", "₩3 trillion", "EUR 5 Mio."); both are matched
    case-insensitively.  ``name_de``/``name_en``/``symbol`` are what decks and handouts write
    (an empty ``name_de`` means the outputs keep the ISO code).
    """

    code: str
    words: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    name_de: str = ""
    name_en: str = ""
    symbol: str = ""


# The one table of currency forms: the figure finder, the conversion check and the outputs read it.
CURRENCIES: tuple[Currency, ...] = (
    Currency("CNY", ("yuan rmb", "yuan renminbi", "yuan", "rmb", "renminbi", "cny", "chinese yuan",
                     "元", "人民币", "人民币元"), ("cny", "rmb", "rmb¥"), "Yuan", "yuan"),
    Currency("USD", ("us-dollar", "us-dollars", "us dollar", "us dollars", "u.s. dollar", "u.s. dollars",
                     "u.s.-dollar", "american dollars", "dollar", "dollars", "usd", "美元", "us-$", "us$", "$"),
             ("us$", "u.s.$", "usd", "$"), "US-Dollar", "US dollars", "US$"),
    Currency("HKD", ("hong kong dollar", "hong kong dollars", "hongkong-dollar", "hongkong-dollars", "hk-dollar",
                     "hkd", "港元", "港币"), ("hk$", "hkd"), "HK-Dollar", "Hong Kong dollars", "HK$"),
    Currency("TWD", ("taiwan dollar", "taiwan dollars", "new taiwan dollar", "new taiwan dollars",
                     "taiwan-dollar", "twd", "新台币"), ("nt$", "twd"), "Taiwan-Dollar", "New Taiwan dollars", "NT$"),
    Currency("SGD", ("singapore dollar", "singapore dollars", "singapur-dollar", "singapur-dollars", "sgd", "新元"),
             ("s$", "sgd"), "Singapur-Dollar", "Singapore dollars", "S$"),
    Currency("AUD", ("australian dollars", "australian dollar", "australische dollar", "aud"), ("a$", "aud")),
    Currency("CAD", ("canadian dollars", "canadian dollar", "kanadische dollar", "cad"), ("c$", "cad")),
    Currency("EUR", ("euro", "euros", "eur", "€", "欧元"), ("eur", "€"), "Euro", "euros", "€"),
    Currency("GBP", ("pfund sterling", "pfund", "britische pfund", "pounds sterling", "pound sterling", "pounds",
                     "pound", "sterling", "gbp", "英镑"), ("gbp", "£"), "Pfund", "pounds", "£"),
    Currency("JPY", ("yen", "japanese yen", "jpy", "日元"), ("jpy", "¥"), "Yen", "yen"),
    Currency("KRW", ("won", "südkoreanische won", "korean won", "south korean won", "krw", "韩元"), ("krw", "₩"),
             "Won", "won", "₩"),
    Currency("CHF", ("schweizer franken", "franken", "swiss francs", "swiss franc", "chf"), ("chf", "sfr."),
             "Franken", "Swiss francs"),
    Currency("RUB", ("rubel", "roubles", "rubles", "rouble", "ruble", "rub"), ("rub", "₽"), "Rubel", "roubles"),
    Currency("INR", ("rupien", "rupie", "rupees", "rupee", "inr"), ("inr", "₹", "rs.")),
    Currency("SEK", ("schwedische kronen", "kronen", "swedish kronor", "sek"), ("sek",)),
    Currency("PLN", ("zloty", "pln"), ("pln",)),
    Currency("HUF", ("forint", "huf"), ("huf",)),
    # currencies of the Belt-and-Road and ASEAN partners the field's press converts from
    Currency("CZK", ("tschechische kronen", "czech koruna", "koruna", "czk"), ("czk",)),
    Currency("TRY", ("türkische lira", "turkish lira", "lira", "try"), ("try",)),
    Currency("KZT", ("tenge", "kzt"), ("kzt",)),
    Currency("THB", ("baht", "thb"), ("thb",)),
    Currency("MYR", ("ringgit", "myr"), ("myr", "rm")),
    Currency("IDR", ("rupiah", "idr"), ("idr",)),
    Currency("AED", ("dirham", "dirhams", "aed"), ("aed",)),
    Currency("SAR", ("riyal", "riyals", "saudi riyals", "sar"), ("sar",)),
)
CURRENCY_BY_CODE: dict[str, Currency] = {c.code: c for c in CURRENCIES}
# word after the number -> code; cents and pence are counted in their main unit by the finder
CURRENCY_WORDS: dict[str, str] = {w: c.code for c in CURRENCIES for w in c.words} | {
    "cent": "EUR_CENT", "cents": "USD_CENT", "pence": "GBX", "penny": "GBX",
}
# sign or code before the number -> code
CURRENCY_PREFIXES: dict[str, str] = {p: c.code for c in CURRENCIES for p in c.prefixes}
#: Codes a house style writes in title case before the number (the FT's "Rmb50bn"); other
#: codes count only in capitals ("eur" in running text is no code).
TITLE_CASE_CODES = frozenset({"Rmb"})
PERCENT_WORDS: dict[str, str] = {
    "%": "percent", "prozent": "percent", "per cent": "percent", "per-cent": "percent", "percent": "percent", "pct": "percent",
    "prozentpunkte": "percentage_points", "prozentpunkten": "percentage_points",
    "prozentpunkt": "percentage_points", "percentage points": "percentage_points",
    "percentage point": "percentage_points", "basispunkte": "basis_points", "basispunkten": "basis_points",
    "basis points": "basis_points", "%-punkte": "percentage_points",
    # the business press's short forms: "0.3 pc", "5.1pc", "by 50bps"
    "pc": "percent", "bp": "basis_points", "bps": "basis_points", "basis point": "basis_points",
    "basispunkt": "basis_points",
}
PHYSICAL_UNITS: dict[str, str] = {
    "hektar": "hectares", "hectares": "hectares", "ha": "hectares", "quadratmeter": "square_metres",
    "quadratkilometer": "square_kilometres", "km²": "square_kilometres", "m²": "square_metres",
    "square metres": "square_metres", "square meters": "square_metres", "kilometer": "km", "km": "km",
    "kilometres": "km", "kilometers": "km", "meter": "metres", "metres": "metres", "tonnen": "tonnes",
    "tonnes": "tonnes", "tons": "tonnes", "t": "tonnes", "kilo": "kg", "kilogramm": "kg", "kg": "kg",
    "barrel": "barrels", "barrels": "barrels", "fass": "barrels", "bpd": "barrels_per_day",
    "megawatt": "MW", "mw": "MW", "gigawatt": "GW", "gw": "GW", "kwh": "kWh", "mwh": "MWh",
    "megawatts": "MW", "gigawatts": "GW", "watt": "W", "watts": "W", "kilowatt": "kW", "kilowatts": "kW",
    # energy, not power: "40 gigawatt hours" is GWh, never 40 GW
    **{f"{size}watt{gap}hour{end}": f"{code}Wh" for size, code in (("kilo", "k"), ("mega", "M"), ("giga", "G"),
                                                                  ("tera", "T"))
       for gap in (" ", "-") for end in ("", "s")},
    "twh": "TWh", "gwh": "GWh", "terawattstunden": "TWh",
    **{f"{size}wattstunde{end}": f"{code}Wh" for size, code in (("kilo", "k"), ("mega", "M"), ("giga", "G"), ("tera", "T"))
       for end in ("", "n")}, "liter": "litres", "litres": "litres",
    "kubikmeter": "cubic_metres", "cubic metres": "cubic_metres", "teu": "TEU", "standardcontainer": "TEU",
    # German datives ("auf 12 Quadratkilometern") and English variants
    "quadratmetern": "square_metres", "quadratkilometern": "square_kilometres", "kilometern": "km",
    "metern": "metres", "kubikmetern": "cubic_metres", "litern": "litres", "square kilometres": "square_kilometres",
    "square kilometers": "square_kilometres", "sq km": "square_kilometres", "cubic meters": "cubic_metres",
    "standardcontainern": "TEU",
    # an index's points ("schloss bei 11.500 Punkten", "fell 300 points")
    "punkte": "points", "punkten": "points", "points": "points",
}
PER_SUFFIXES: dict[str, str] = {
    "tag": "per_day", "day": "per_day", "kopf": "per_capita", "capita": "per_capita", "head": "per_capita",
    "einwohner": "per_capita", "jahr": "per_year", "year": "per_year", "stunde": "per_hour", "hour": "per_hour",
    "monat": "per_month", "month": "per_month", "woche": "per_week", "week": "per_week",
}
# German/English counted nouns by their final part -> unit
_COUNT_NOUNS: dict[str, tuple[str, ...]] = {
    "people": (
        "personen", "menschen", "leute", "mitarbeiter", "mitarbeitern", "mitarbeiterinnen", "beschäftigte",
        "beschäftigten", "arbeitnehmer", "arbeitnehmern", "arbeitslose", "arbeitslosen", "einwohner",
        "einwohnern", "besucher", "besuchern", "teilnehmer", "teilnehmern", "demonstranten", "flüchtlinge",
        "flüchtlingen", "asylwerber", "asylwerbern", "asylsuchende", "asylsuchenden", "migranten",
        "touristen", "gäste", "gästen", "vertreter", "vertretern", "kunden", "schüler", "schülern",
        "studenten", "studierende", "soldaten", "opfer", "tote", "toten", "verletzte", "verletzten",
        "passagiere", "passagieren", "reisende", "reisenden", "mitglieder", "mitgliedern", "bürger",
        "bürgern", "kinder", "kindern", "frauen", "männer", "männern", "arbeiter", "arbeitern",
        "angestellte", "angestellten", "beamte", "beamten", "pensionisten", "rentner", "rentnern",
        "nutzer", "nutzern", "zuschauer", "zuschauern", "fans", "delegierte", "delegierten", "experten",
        "investoren", "anleger", "anlegern", "bauern", "landwirte", "ärzte", "ärzten", "lehrer",
        "polizisten", "fahrer", "raucher", "rauchern", "wähler", "wählern", "kräfte", "kräften",
        "people", "persons", "workers", "employees", "staff", "smokers", "visitors", "tourists",
        "residents", "protesters", "demonstrators", "refugees", "migrants", "members", "customers",
        "passengers", "students", "children", "pensioners", "voters", "users", "soldiers", "delegates",
        "investors", "farmers", "consumers", "men", "women", "adults", "patients", "victims",
        "inhabitants", "participants", "subscribers", "viewers", "buyers", "teachers",
        "officers", "doctors", "nurses", "civilians", "troops", "immigrants", "asylum seekers",
        "officials", "specialists", "entrepreneurs", "experts", "executives", "representatives", "leaders",
        "journalists", "engineers", "scientists", "researchers", "ministers", "diplomats", "lawmakers",
        "managers", "technicians", "employers",
        "unternehmer", "unternehmern", "ingenieure", "ingenieuren", "minister", "ministern", "diplomaten",
        "wissenschaftler", "wissenschaftlern", "forscher", "forschern", "journalisten", "manager", "managern",
        "chefs", "chefinnen",  # "zwölf Vorstandschefs", "elf Konzernchefinnen"
    ),
    "jobs": ("arbeitsplätze", "arbeitsplätzen", "jobs", "stellen", "posten", "posts", "positions",
             "arbeitsstellen", "lehrstellen", "workplaces", "vacancies"),
    "projects": ("projekte", "projekten", "projects", "vorhaben"),
    "companies": ("firmen", "unternehmen", "betriebe", "betrieben", "konzerne", "konzernen",
                  "companies", "firms", "businesses", "enterprises", "start-ups", "startups",
                  "mittelständler", "hersteller", "herstellern", "zulieferer", "zulieferern"),
    "countries": ("länder", "ländern", "staaten", "mitgliedstaaten", "mitgliedsländer", "countries",
                  "nations", "states"),
    "applications": ("anträge", "anträgen", "bewerbungen", "applications", "claims"),
    "airlines": ("airlines", "carriers", "fluglinien", "fluggesellschaften"),
    "planes": ("flugzeuge", "flugzeugen", "jets", "planes", "aircraft"),
    "shares": ("aktien", "shares"),
    "cigarettes": ("zigaretten", "cigarettes"),
    "huts": ("hütten", "huts", "buden", "stände", "ständen", "stalls"),
    "overnight_stays": ("übernachtungen", "nächtigungen", "overnight stays"),
    "vehicles": ("autos", "fahrzeuge", "fahrzeugen", "pkw", "neuwagen", "cars", "vehicles", "trucks",
                 "lastwagen", "lkw"),
    "contracts": ("verträge", "verträgen", "abkommen", "vereinbarungen", "contracts", "agreements", "deals"),
    "households": ("haushalte", "haushalten", "households"),
    "homes": ("wohnungen", "häuser", "homes", "houses", "flats"),
    "banks": ("banken", "banks"),
    "stores": ("filialen", "geschäfte", "läden", "stores", "shops", "branches"),
    "schools": ("schulen", "schools"),
    "products": ("produkte", "produkten", "products", "artikel", "items"),
    "containers": ("container", "containers"),
    "machines": ("maschinen", "machines", "roboter", "robots"),
    # plants and sites: what delegations to an industrial park count
    "plants": ("werke", "werken", "fabriken", "standorte", "standorten", "niederlassungen", "plants", "factories",
               "sites", "facilities"),
}
COUNT_NOUN_SUFFIXES: list[tuple[str, str]] = sorted(
    ((w, unit) for unit, words in _COUNT_NOUNS.items() for w in words),
    key=lambda p: -len(p[0]),
)
# durations, ages and dates: a number counting these is not a figure
TIME_NOUNS = {
    "jahr", "jahre", "jahren", "jahres", "monat", "monate", "monaten", "monats", "woche", "wochen", "tag",
    "tage", "tagen", "tages", "stunde", "stunden", "minute", "minuten", "sekunde", "sekunden",
    "jahrzehnt", "jahrzehnte", "jahrzehnten", "quartal", "quartale", "quartalen", "halbjahr",
    "jahrhundert", "jahrhunderte", "uhr", "jährige", "jährigen", "year", "years", "month", "months",
    "week", "weeks", "day", "days", "hour", "hours", "minutes", "second", "seconds",
    "decade", "decades", "quarter", "quarters", "century", "centuries", "am", "pm", "o'clock",
    "nächte", "nächten", "nights", "mal", "times", "runden", "rounds", "punkte", "points",
}

_WORD_PLURAL_EN = re.compile(r"(?:ies|es|s)$")


# what photo-gallery teasers count ("12 Bilder", "Fotostrecke: 20 Fotos"): page furniture, not figures
GALLERY_NOUNS = frozenset({"bilder", "fotos", "photos", "images", "pictures", "slides", "videos", "aufnahmen"})


@lru_cache(maxsize=4096)
def is_count_noun(noun: str) -> bool:
    """True when ``noun`` ends in one of the counted nouns above (a known thing to count)."""
    low = noun.lower()
    return any(low.endswith(suffix) for suffix, _ in COUNT_NOUN_SUFFIXES)


@lru_cache(maxsize=4096)
def count_unit(noun: str) -> str:
    """English plural unit for a counted noun; falls back to the noun itself, lower-cased.

    A scan over every suffix of the table: asked again for every "Prozent" or "Unternehmen"
    of an article, so the answer is kept."""
    low = noun.lower()
    for suffix, unit in COUNT_NOUN_SUFFIXES:
        if low.endswith(suffix):
            return unit
    return re.sub(r"[^\w]+", "_", low).strip("_")


def count_unit_word(unit: str, lang: str) -> str:
    """The word for a count unit key in ``lang`` ("companies" -> "Firmen" / "companies"), or ""
    when ``unit`` is no count key (a currency, a physical unit or the user's own word)."""
    words = _COUNT_NOUNS.get(unit)
    if not words:
        return ""
    return words[0][:1].upper() + words[0][1:] if lang == "de" else unit.replace("_", " ")
