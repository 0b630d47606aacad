"""Figures (de, en) and the conversion checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from briefing_app.core.analysis import analyse
from briefing_app.core.figure_checks import check_translation


def figs(text, lang="de"):
    return [(f.text, f.value, f.unit, f.approx) for f in analyse(text, lang).figures]


def test_german_amounts_counts_and_hedges():
    got = figs("Bis 2030 sollen rund 4.300 Projekte entstehen, das Volumen wird auf 1,2 Billionen Yuan beziffert. "
               "Über 200 Vertreter kamen am 13. Oktober, knapp 40 Prozent davon aus dem Maschinenbau.")
    assert ("4.300 Projekte", Decimal(4300), "projects", True) in got
    assert ("1,2 Billionen Yuan", Decimal("1.2e12"), "CNY", False) in got
    assert ("200 Vertreter", Decimal(200), "people", True) in got
    assert ("40 Prozent", Decimal(40), "percent", True) in got
    assert not any("2030" in t or t == "13" for t, *_ in got)


def test_ranges_share_their_unit():
    got = figs("Die Arbeitslosigkeit soll von 9,1 auf 9,5 Prozent steigen, um 0,2 bis 0,3 Prozentpunkte.")
    assert ("9,1", Decimal("9.1"), "percent", False) in got
    assert ("0,2", Decimal("0.2"), "percentage_points", False) in got


def test_number_words_with_scale_and_dozen():
    got = figs("Erwartet werden etwa zwei Millionen Besucher und ein gutes Dutzend Holzhütten.")
    assert ("zwei Millionen Besucher", Decimal(2000000), "people", True) in got
    assert ("ein gutes Dutzend Holzhütten", Decimal(12), "huts", True) in got


def test_not_figures_dates_durations_names():
    assert figs("Am 22.09.2025 um 10:30 Uhr sprach er fünf Wochen lang über die G7 und Boeing 787, "
                "seit 2011 und im Alter von 45 Jahren.") == []


def test_english_amounts():
    got = figs('Air China plans to raise $1bn (£514m). Some 12,500 civil servant posts went; '
               "the yuan stayed around 8.30 to the dollar and Corus fell 2.2% to 55.57 pence.", "en")
    assert ("$1bn", Decimal(10**9), "USD", False) in got
    assert ("£514m", Decimal(514 * 10**6), "GBP", False) in got
    assert ("12,500 civil servant posts", Decimal(12500), "jobs", True) in got
    assert ("8.30 to the dollar", Decimal("8.30"), "CNY/USD", True) in got
    assert ("55.57 pence", Decimal("55.57"), "GBX", False) in got


def test_implied_currency_from_a_neighbour():
    got = figs("Der Gewinn lag bei 571 Millionen Euro, nachdem zuvor ein Minus von 114 Millionen stand.")
    assert ("114 Millionen", Decimal(114 * 10**6), "EUR", False) in got


def test_label_from_the_noun_phrase():
    a = analyse("Das Gesamtinvestitionsvolumen wird auf 1,2 Billionen Yuan beziffert.", "de")
    assert a.figures[0].label == "Gesamtinvestitionsvolumen"


def test_scale_error_in_conversion_is_found_with_correction():
    a = analyse("Das Volumen wird auf 1,2 Billionen Yuan (rund 16 Milliarden Euro) beziffert.", "de", date(2026, 10, 14))
    codes = [f.code for f in a.findings]
    assert "scale_error" in codes
    f = next(f for f in a.findings if f.code == "scale_error")
    assert Decimal("150e9") < f.suggestion["value"] < Decimal("170e9")
    assert f.severity == "error" and f.message_de and f.message_en and len(f.spans) == 2


def test_missing_scale_word_and_correct_conversion():
    ok = analyse("Air China plans to raise $1bn (£514m) from the flotation.", "en", date(2004, 12, 7))
    assert not [f for f in ok.findings if f.severity != "info"]
    bad = analyse("Das kostet 2 Milliarden Euro (2,2 US-Dollar).", "de", date(2020, 3, 2))
    assert next(f.code for f in bad.findings) == "missing_scale_word"


def test_hedged_amount_converted_as_exact_is_noted():
    a = analyse("Das kostet rund 2 Milliarden Euro (2,21 Milliarden US-Dollar).", "de", date(2020, 3, 2))
    assert "hedged_conversion" in [f.code for f in a.findings]


def test_rate_falls_back_to_nearest_date():
    a = analyse("Es geht um 1,2 Billionen Yuan (16 Milliarden Euro).", "de", date(2099, 1, 1))
    assert a.findings and "ECB" in a.findings[0].message_en


def test_billion_false_friend_in_translation():
    found = check_translation("1,2 Billionen Yuan", "1.2 billion yuan")
    assert found and found[0].code == "billion_false_friend" and "trillion" in found[0].suggestion["text"]
    assert check_translation("1,2 Milliarden Yuan", "1.2 billion yuan") == []


def test_scale_error_quotes_the_article_verbatim():
    # the converted amount carries a decimal comma; the finding must quote it as written
    text = "Es geht um 1,2 Billionen Yuan (1435,8 Millionen Euro)."
    a = analyse(text, "de", date(2026, 10, 14))
    f = next(f for f in a.findings if f.code == "scale_error")
    assert "„1435,8 Millionen Euro“" in f.message_de
    assert "1435.8" not in f.message_de
    assert "Faktor 100 " in f.message_de or "Faktor 1.000 " in f.message_de


def test_every_hedge_the_finder_knows_is_translated_for_the_outputs():
    from briefing_app.core.number_format import HEDGE_WORDS_DE, HEDGE_WORDS_EN, hedge_word

    assert len(set(HEDGE_WORDS_DE)) == len(HEDGE_WORDS_DE) and len(set(HEDGE_WORDS_EN)) == len(HEDGE_WORDS_EN)
    for word in HEDGE_WORDS_DE + HEDGE_WORDS_EN:
        assert hedge_word(word, False, "en") in (*HEDGE_WORDS_EN, "only")
        assert hedge_word(word, False, "de") in HEDGE_WORDS_DE
