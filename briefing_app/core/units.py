"""What a number is counted in: currencies, percent, physical units, counted nouns.

Word lists only (the matching lives in ``figures.py``).  Units follow the annotation
guidelines: ISO 4217 codes for money (GBX for pence), ``percent``/``percentage_points``,
and plain English plurals for counts and physical quantities ("people", "jobs",
"hectares", "barrels_per_day").  German compounds are matched by their last part
("Stahlarbeitsplätze" -> "…arbeitsplätze" -> jobs), so the lists stay short.
"""

from __future__ import annotations

import re

# currency words after the number (longest first in the regex)
CURRENCY_WORDS: dict[str, str] = {
    "yuan rmb": "CNY", "yuan renminbi": "CNY", "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "cny": "CNY",
    "us-dollar": "USD", "us dollars": "USD", "us dollar": "USD", "us-dollars": "USD", "dollar": "USD",
    "dollars": "USD", "usd": "USD", "hong kong dollars": "HKD", "hongkong-dollar": "HKD", "hkd": "HKD",
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR", "cent": "EUR_CENT", "cents": "USD_CENT",
    "pfund": "GBP", "pfund sterling": "GBP", "pounds": "GBP", "pound": "GBP", "pounds sterling": "GBP",
    "gbp": "GBP", "pence": "GBX", "penny": "GBX", "yen": "JPY", "jpy": "JPY", "franken": "CHF",
    "schweizer franken": "CHF", "chf": "CHF", "rubel": "RUB", "roubles": "RUB", "rubles": "RUB",
    "rupien": "INR", "rupees": "INR", "won": "KRW", "kronen": "SEK", "zloty": "PLN", "forint": "HUF",
    "元": "CNY", "人民币": "CNY", "美元": "USD", "欧元": "EUR", "英镑": "GBP", "日元": "JPY",
}
CURRENCY_PREFIXES: dict[str, str] = {
    "us$": "USD", "hk$": "HKD", "a$": "AUD", "c$": "CAD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "eur": "EUR", "usd": "USD", "cny": "CNY", "rmb": "CNY", "gbp": "GBP", "chf": "CHF", "jpy": "JPY",
}
PERCENT_WORDS: dict[str, str] = {
    "%": "percent", "prozent": "percent", "per cent": "percent", "percent": "percent", "pct": "percent",
    "prozentpunkte": "percentage_points", "prozentpunkten": "percentage_points",
    "prozentpunkt": "percentage_points", "percentage points": "percentage_points",
    "percentage point": "percentage_points", "basispunkte": "basis_points", "basispunkten": "basis_points",
    "basis points": "basis_points", "%-punkte": "percentage_points",
}
PHYSICAL_UNITS: dict[str, str] = {
    "hektar": "hectares", "hectares": "hectares", "ha": "hectares", "quadratmeter": "square_metres",
    "quadratkilometer": "square_kilometres", "km²": "square_kilometres", "m²": "square_metres",
    "square metres": "square_metres", "square meters": "square_metres", "kilometer": "km", "km": "km",
    "kilometres": "km", "kilometers": "km", "meter": "metres", "metres": "metres", "tonnen": "tonnes",
    "tonnes": "tonnes", "tons": "tonnes", "t": "tonnes", "kilo": "kg", "kilogramm": "kg", "kg": "kg",
    "barrel": "barrels", "barrels": "barrels", "fass": "barrels", "bpd": "barrels_per_day",
    "megawatt": "MW", "mw": "MW", "gigawatt": "GW", "gw": "GW", "kwh": "kWh", "mwh": "MWh",
    "twh": "TWh", "gwh": "GWh", "terawattstunden": "TWh", "liter": "litres", "litres": "litres",
    "kubikmeter": "cubic_metres", "cubic metres": "cubic_metres", "teu": "TEU", "standardcontainer": "TEU",
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
    "cars": ("autos", "fahrzeuge", "fahrzeugen", "pkw", "cars", "vehicles"),
    "households": ("haushalte", "haushalten", "households"),
    "homes": ("wohnungen", "häuser", "homes", "houses", "flats"),
    "banks": ("banken", "banks"),
    "stores": ("filialen", "geschäfte", "läden", "stores", "shops", "branches"),
    "schools": ("schulen", "schools"),
    "products": ("produkte", "produkten", "products", "artikel", "items"),
    "containers": ("container", "containers"),
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


def count_unit(noun: str) -> str:
    """English plural unit for a counted noun; falls back to the noun itself, lower-cased."""
    low = noun.lower()
    for suffix, unit in COUNT_NOUN_SUFFIXES:
        if low.endswith(suffix):
            return unit
    return re.sub(r"[^\w]+", "_", low).strip("_")
