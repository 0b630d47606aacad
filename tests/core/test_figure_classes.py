"""Figure classes met on real press articles: currency forms, number-word ranges, years, teasers, headlines."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefing_app.core.analysis import analyse
from briefing_app.core.number_format import format_number
from briefing_app.core.units import CURRENCIES, CURRENCY_PREFIXES, CURRENCY_WORDS


def _figs(text: str, lang: str) -> list[tuple[str, Decimal, str]]:
    return [(f.text, f.value, f.unit) for f in analyse(text, lang).figures]


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("Exports reached 7 billion U.S. dollars.", "en", "USD"),
    ("Exports reached US$7 billion.", "en", "USD"),
    ("Exports reached USD 7 billion.", "en", "USD"),
    ("Die Exporte erreichten 7 Mrd. US-Dollar.", "de", "USD"),
    ("Die Exporte erreichten 7 Milliarden Dollar.", "de", "USD"),
    ("Temasek put in S$7 billion.", "en", "SGD"),
    ("The bank lent HK$7 billion.", "en", "HKD"),
    ("TSMC spent NT$7 billion.", "en", "TWD"),
    ("Samsung invested ₩7 trillion.", "en", "KRW"),
    ("Samsung investierte 7 Billionen Won.", "de", "KRW"),
    ("The fund holds 7 billion yuan.", "en", "CNY"),
    ("Der Fonds hält 7 Mrd. Yuan RMB.", "de", "CNY"),
    ("Der Fonds hält 7 Mrd. Renminbi.", "de", "CNY"),
    ("The fund holds RMB 7 billion.", "en", "CNY"),
    ("The fund holds CNY 7 billion.", "en", "CNY"),
    ("The deal is worth 7 billion euros.", "en", "EUR"),
    ("The deal is worth EUR 7 billion.", "en", "EUR"),
    ("Der Auftrag umfasst 7 Mrd. €.", "de", "EUR"),
    ("Der Auftrag umfasst 7 Mio. Pfund Sterling.", "de", "GBP"),
    ("The club paid 7 million pounds sterling.", "en", "GBP"),
    ("The club paid £7m.", "en", "GBP"),
    ("Toyota earned 7 billion yen.", "en", "JPY"),
    ("Toyota verdiente 7 Mrd. Yen.", "de", "JPY"),
    ("Toyota earned JPY 7 billion.", "en", "JPY"),
    ("Gazprom zahlte 7 Mrd. Rubel.", "de", "RUB"),
    ("Nestlé zahlte 7 Mrd. Franken.", "de", "CHF"),
    ("Nestlé paid CHF 7 billion.", "en", "CHF"),
    ("Grab raised 7 billion SGD.", "en", "SGD"),
])
def test_currency_forms_are_read(text: str, lang: str, unit: str) -> None:
    figs = _figs(text, lang)
    assert len(figs) == 1, figs
    assert figs[0][2] == unit
    assert figs[0][1] in (Decimal(7) * 10 ** 9, Decimal(7) * 10 ** 12, Decimal(7) * 10 ** 6)


def test_one_table_feeds_finder_and_outputs() -> None:
    codes = {c.code for c in CURRENCIES}
    assert set(CURRENCY_PREFIXES.values()) <= codes
    assert {v for v in CURRENCY_WORDS.values() if "_" not in v and v != "GBX"} <= codes
    assert format_number(Decimal(3) * 10 ** 12, "KRW", "en")[0].startswith("₩")
    assert format_number(Decimal(12) * 10 ** 9, "USD", "de") == ("12\u00a0Mrd.", "US-Dollar")


def test_headline_styles() -> None:
    assert _figs("China signs 12 bln USD deals with Germany", "en") == [("12 bln USD", Decimal(12) * 10 ** 9, "USD")]
    assert _figs("Exports hit 3 mln tonnes", "en")[0][1] == Decimal(3) * 10 ** 6
    assert _figs("Siemens: 5 Mrd. Euro für China", "de") == [("5 Mrd. Euro", Decimal(5) * 10 ** 9, "EUR")]


def test_number_word_ranges_share_the_unit() -> None:
    assert _figs("Die Wirtschaft soll um zwei bis vier Prozent wachsen.", "de") == [
        ("zwei", Decimal(2), "percent"), ("vier Prozent", Decimal(4), "percent")]
    assert [f[:2] for f in _figs("Growth of two to three percent is expected.", "en")] == [
        ("two", Decimal(2)), ("three percent", Decimal(3))]


def test_counts_from_eleven_as_words_but_not_small_ones() -> None:
    assert _figs("Elf Unternehmen und zwei Botschaften nahmen teil.", "de") == [
        ("Elf Unternehmen", Decimal(11), "companies")]
    assert _figs("Three groups and twenty workers left.", "en") == [("twenty workers", Decimal(20), "people")]


def test_a_year_is_never_a_count() -> None:
    assert _figs("2018 wurden Waren für 3 Mrd. Euro geliefert.", "de") == [("3 Mrd. Euro", Decimal(3) * 10 ** 9, "EUR")]
    assert _figs("Das Exportplus 2021 schätzte Treier auf fünf Prozent.", "de") == [("fünf Prozent", Decimal(5), "percent")]
    assert _figs("Im Werk arbeiten 1500 Mitarbeiter.", "de") == [("1500 Mitarbeiter", Decimal(1500), "people")]


def test_gallery_teasers_are_not_figures() -> None:
    text = "Fotostrecke\n12 Bilder\nDie Firma beschäftigt 300 Mitarbeiter.\nGallery: 20 photos of the fair\n"
    assert [f[0] for f in _figs(text, "de")] == ["300 Mitarbeiter"]


def test_percent_with_hyphen_and_counts_with_proper_adjectives() -> None:
    text = ("Trade rose to US$39.44 billion, a 32.7-percent rise. Some 600 Chinese and German environmental "
            "officials attended. Airbus won an order for 62 A320s from 28\nEuropean Union nations.")
    got = [(f.text, f.value) for f in analyse(text, "en").figures]
    assert ("32.7-percent", Decimal("32.7")) in got
    assert ("600 Chinese and German environmental officials", Decimal(600)) in got
    assert ("62 A320s", Decimal(62)) in got
    assert ("28\nEuropean Union nations", Decimal(28)) in got
    assert not any("Chinese" in t for t, _ in _figs("In 2005 Chinese exports grew.", "en"))


def test_parallel_count_gives_its_noun_to_a_bare_scaled_number() -> None:
    text = "Von weltweit 14,16 Millionen verkauften Fahrzeugen setzten sie 5,4 Millionen in China ab."
    assert [(f.text, f.unit) for f in analyse(text, "de").figures] == [
        ("14,16 Millionen verkauften Fahrzeugen", "vehicles"), ("5,4 Millionen", "vehicles")]


def test_model_numbers_are_not_counts() -> None:
    text = "The airline ordered 30 of Boeing's 787-9 Dreamliner jets; its fleet of 400 737 Max jets stays grounded."
    got = [f.text for f in analyse(text, "en").figures]
    assert not any("Dreamliner" in t or "Max" in t for t in got), got
    assert _figs("It bought 30 Boeing jets.", "en") == [("30 Boeing jets", Decimal(30), "planes")]


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    ("Siemens makes a 12-bn-euro bet on rail.", "en", Decimal("12e9"), "EUR"),
    ("They won a 2.5-million-euro grant.", "en", Decimal("2.5e6"), "EUR"),
    ("The 400-million-dollar plant opened.", "en", Decimal("4e8"), "USD"),
    ("A 10-per-cent rise.", "en", Decimal("10"), "percent"),
    ("Das 15-Milliarden-Euro-Programm startet.", "de", Decimal("15e9"), "EUR"),
])
def test_hyphenated_compound_amounts(text, lang, value, unit):
    assert [(v, u) for _, v, u in _figs(text, lang)] == [(value, unit)]


@pytest.mark.parametrize("text", ["The 12-member board met.", "A 49-minute speech.", "Der 2-jährige Vertrag."])
def test_hyphenated_compounds_without_an_amount_stay_out(text):
    assert _figs(text, "de" if "Vertrag" in text else "en") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Mehrere Tausend Menschen demonstrierten vor dem Werk.", "de"),
    ("Einige Millionen Euro fehlen im Haushalt.", "de"),
    ("Several million people were affected by the floods.", "en"),
    ("A few hundred workers gathered at the gate.", "en"),
])
def test_a_number_word_left_vague_is_no_figure(text: str, lang: str) -> None:
    assert _figs(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("Auf einer Fläche von 12 Quadratkilometern entstehen Hallen.", "de", ("12 Quadratkilometern", Decimal(12), "square_kilometres")),
    ("The zone covers 30 square kilometres.", "en", ("30 square kilometres", Decimal(30), "square_kilometres")),
    ("Der Dax schloss bei 11.500 Punkten.", "de", ("11.500 Punkten", Decimal(11500), "points")),
])
def test_units_in_their_inflected_and_variant_forms(text: str, lang: str, figure: tuple[str, Decimal, str]) -> None:
    assert _figs(text, lang) == [figure]
    assert format_number(figure[1], figure[2], "de")[1] in ("km²", "Punkte")


@pytest.mark.parametrize(("text", "lang", "figures"), [
    ("Growth will be 5-6 percent.", "en", [("5", Decimal(5), "percent"), ("6 percent", Decimal(6), "percent")]),
    ("Das Wachstum liegt bei 5–6 Prozent.", "de", [("5", Decimal(5), "percent"), ("6 Prozent", Decimal(6), "percent")]),
    ("The plan costs $3-4bn.", "en", [("$3", Decimal(3_000_000_000), "USD"), ("4bn", Decimal(4_000_000_000), "USD")]),
    ("The deal is worth £3-4m.", "en", [("£3", Decimal(3_000_000), "GBP"), ("4m", Decimal(4_000_000), "GBP")]),
    ("The plant is 3-4m high.", "en", []),
    ("Im Zeitraum 2019-2021 stieg der Umsatz um 5 Prozent.", "de", [("5 Prozent", Decimal(5), "percent")]),
])
def test_a_range_written_with_a_dash_gives_both_numbers_the_unit(text: str, lang: str, figures: list) -> None:
    assert _figs(text, lang) == figures


@pytest.mark.parametrize(("text", "lang", "figures"), [
    ("Die Wirtschaft wuchs um ein Prozent.", "de", [("ein Prozent", Decimal(1), "percent")]),
    ("Der Zins steigt um einen Prozentpunkt.", "de", [("einen Prozentpunkt", Decimal(1), "percentage_points")]),
    ("Der Zins steigt um einen halben Prozentpunkt.", "de",
     [("einen halben Prozentpunkt", Decimal("0.5"), "percentage_points")]),
    ("Rates rose by one percentage point.", "en", [("one percentage point", Decimal(1), "percentage_points")]),
    ("Rates rose by half a percentage point.", "en",
     [("half a percentage point", Decimal("0.5"), "percentage_points")]),
    # the fraction is the number: no figure is better than a quarter read as a whole point
    ("Rates rose by a quarter of a percentage point.", "en", []),
])
def test_one_percent_or_point_written_as_a_word_is_a_figure(text: str, lang: str, figures: list) -> None:
    assert _figs(text, lang) == figures


@pytest.mark.parametrize(("text", "lang", "figures"), [
    ("Das Wachstum lag bei -0,3 Prozent.", "de", [("-0,3 Prozent", Decimal("-0.3"), "percent")]),
    ("Das Wachstum lag bei minus 0,3 Prozent.", "de", [("minus 0,3 Prozent", Decimal("-0.3"), "percent")]),
    ("GDP growth was \u22120.3% in the quarter.", "en", [("\u22120.3%", Decimal("-0.3"), "percent")]),
    ("The trade balance was -\u20ac2 billion.", "en", [("-\u20ac2 billion", Decimal(-2_000_000_000), "EUR")]),
    # a decline told by a noun or a verb, a range and a name are no negative numbers
    ("Die Exporte verzeichneten ein Minus von 9 Prozent.", "de", [("9 Prozent", Decimal(9), "percent")]),
    ("COVID-19 kostete 5 Prozent.", "de", [("5 Prozent", Decimal(5), "percent")]),
])
def test_a_negative_number_keeps_its_sign(text: str, lang: str, figures: list) -> None:
    assert _figs(text, lang) == figures


@pytest.mark.parametrize("text", ["More than 1 in 3 German firms reported falling profits.",
                                  "About 2 out of 10 firms plan to leave."])
def test_a_share_written_as_one_in_three_is_no_count(text: str) -> None:
    assert _figs(text, "en") == []


@pytest.mark.parametrize(("text", "lang", "figures"), [
    ("Der Konzern investierte im vergangenen Jahr 3,5 Milliarden Euro in China.", "de",
     [("3,5 Milliarden Euro", Decimal(3_500_000_000), "EUR")]),
    ("Im Jahr 2023 stiegen die Exporte um 5 Prozent.", "de", [("5 Prozent", Decimal(5), "percent")]),
    ("Die Firma investiert 250 000 Euro.", "de", [("250 000 Euro", Decimal(250_000), "EUR")]),
    ("Der Konzern betreibt 14 Werke in China.", "de", [("14 Werke", Decimal(14), "plants")]),
    ("Die Summe beträgt 1,5 Bill. Yuan.", "de", [("1,5 Bill. Yuan", Decimal(1_500_000_000_000), "CNY")]),
    ("Die Summe beträgt 82,6 Mrd. $.", "de", [("82,6 Mrd. $", Decimal(82_600_000_000), "USD")]),
    ("GDP contracted by 0.3 pc in 2023.", "en", [("0.3 pc", Decimal("0.3"), "percent")]),
    ("The central bank cut rates by 50bps.", "en", [("50bps", Decimal(50), "basis_points")]),
    ("The ZEW index improved to \u22121.7 points in June.", "en", [("\u22121.7 points", Decimal("-1.7"), "points")]),
])
def test_amounts_in_the_forms_business_news_writes(text: str, lang: str, figures: list) -> None:
    assert _figs(text, lang) == figures


def test_a_scaled_number_before_the_noun_it_counts_borrows_no_currency():
    assert _figs("Chinese carmakers shipped 1.2 mln EVs abroad, worth 24.5 bln dollars.", "en") == [
        ("24.5 bln dollars", Decimal(24_500_000_000), "USD")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Rund 9 von 10 Unternehmen wollen bleiben.", "de"),
    ("Die Kammer sitzt in der Breite Straße 29, 10178 Berlin.", "de"),
])
def test_shares_and_postcodes_are_no_figures(text: str, lang: str) -> None:
    assert _figs(text, lang) == []


def test_a_negated_bound_keeps_its_sense():
    """"no more than 65 percent" is at most 65 percent — read as "more than", the slide would
    say the opposite of the article."""
    for text, lang, qualifier in (("State aid may cover no more than 65 percent of the cost.", "en", "no more than"),
                                  ("Die Förderung darf nicht mehr als 65 Prozent betragen.", "de", "nicht mehr als"),
                                  ("No fewer than 40 companies attended the fair.", "en", "no fewer than")):
        [figure] = analyse(text, lang).figures
        assert figure.qualifier.lower() == qualifier


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("Modules sell for 0.11 euros per watt.", "en", "EUR/W"),
    ("Batteries cost 750 dollars per kilowatt.", "en", "USD/kW"),
    ("Module kosten 0,10 Euro je Watt.", "de", "EUR/W"),
    ("Strom kostet 40 Euro je Megawattstunde.", "de", "EUR/MWh"),
    ("Es wurden 12 Terawattstunden verbraucht.", "de", "TWh"),
])
def test_prices_per_watt_and_energy_in_german_words(text: str, lang: str, unit: str) -> None:
    """A module price is per watt, not a sum in euros; 'Megawattstunde' is energy."""
    [figure] = analyse(text, lang).figures
    assert figure.unit == unit


def test_a_conversion_in_brackets_lends_no_currency_to_the_amount_before_it():
    """"1.2 trillion tenge ($2.5 billion)": the first amount is in tenge; when its currency is
    unknown it is left out rather than read as dollars (480 times too large)."""
    figures = analyse("The line will cost 1.2 trillion tenge ($2.5 billion), the ministry said.", "en").figures
    assert [(f.unit, f.value) for f in figures] == [("KZT", Decimal("1.2E+12")), ("USD", Decimal("2.5E+9"))]
    unknown = analyse("The line will cost 1.2 trillion ($2.5 billion), the ministry said.", "en").figures
    assert [f.unit for f in unknown] == ["USD"]


@pytest.mark.parametrize(("text", "unit"), [
    ("Diesel costs 180 cents a litre in Germany, the ADAC said.", "EUR"),
    ("Petrol rose 12 cents to 1.85 euros a litre.", "EUR"),
    ("Gasoline rose 12 cents to $3.40 a gallon.", "USD"),
    ("The stock rose 40 cents.", "USD"),
    ("Farmers in Iowa get 20 cents less per bushel than in Canada.", "USD"),
])
def test_cents_count_in_the_currency_the_article_is_about(text: str, unit: str) -> None:
    """'cents' in English are euro cents in an article about euro prices, US cents otherwise;
    an English report on German fuel prices must not show dollars on the slide."""
    cents = [f for f in _figs(text, "en") if "cents" in f[0]]
    assert cents and cents[0][2].split("/")[0] == unit
