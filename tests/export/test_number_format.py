"""Figures written for the outputs (core/number_format): notation, scale words, hedge words."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from briefing_app.core.annotation import FigureInfo
from briefing_app.core.number_format import format_decimal, format_figure, format_plain, hedge_word, round_significant

NB = "\u00a0"


def full(value, unit, lang, qualifier="", approx=False) -> str:
    text = format_figure(FigureInfo(value=D(value), unit=unit, qualifier=qualifier, approx=approx), lang).full
    return text.replace(NB, " ")


@pytest.mark.parametrize(
    ("value", "unit", "de", "en"),
    [
        ("1.2e12", "CNY", "1,2 Bio. Yuan", "1.2 trillion yuan"),
        ("16e9", "EUR", "16 Mrd. Euro", "€16 billion"),
        ("1435.8e9", "EUR", "1.435,8 Mrd. Euro", "€1,435.8 billion"),  # no digits lost to rounding
        ("5e6", "USD", "5 Mio. US-Dollar", "US$5 million"),
        ("4300", "Projekte", "4.300 Projekte", "4,300 Projekte"),
        ("250", "Hektar", "250 Hektar", "250 Hektar"),
        ("40", "percent", "40 %", "40%"),
        ("2.5", "percentage_points", "2,5 Prozentpunkte", "2.5 percentage points"),
        ("0.75", "percent", "0,75 %", "0.75%"),
    ],
)
def test_value_in_each_languages_notation(value, unit, de, en):
    assert full(value, unit, "de") == de
    assert full(value, unit, "en") == en


def test_hedge_words_translate_between_languages():
    assert full("4300", "Projekte", "de", qualifier="rund") == "rund 4.300 Projekte"
    assert full("4300", "Projekte", "en", qualifier="rund") == "about 4,300 Projekte"
    assert full("200", "Vertreter", "en", qualifier="über") == "over 200 Vertreter"
    assert full("40", "percent", "de", qualifier="almost") == "knapp 40 %"
    assert full("68", "firms", "en", approx=True) == "about 68 firms"
    assert hedge_word("bis zu", False, "en") == "up to"
    assert hedge_word("gefühlt", False, "en") == "gefühlt"  # unknown words are kept, never invented


def test_no_value_gives_empty_text():
    assert format_figure(FigureInfo(), "de").full == ""


def test_plain_full_numbers_and_rounding():
    assert format_plain(D("1.2e12"), "CNY", "de") == f"1.200.000.000.000{NB}CNY"
    assert format_plain(D("4300"), "Projekte", "en") == f"4,300{NB}Projekte"
    assert format_decimal(D("-1234567.5"), "de") == "-1.234.567,5"
    assert round_significant(D("160160160000")) == D("160000000000")
    assert round_significant(D("0.012345")) == D("0.0123")


def test_counts_keep_the_articles_noun_in_its_own_language():
    from decimal import Decimal

    from briefing_app.core.annotation import FigureInfo
    from briefing_app.core.number_format import counted_noun, format_figure

    assert counted_noun("rund 4.300 Projekte") == "Projekte"
    assert counted_noun("68 deutsche Firmen") == "deutsche Firmen"
    assert counted_noun("ein gutes Dutzend Firmen") == "Firmen"
    firms = FigureInfo(value=Decimal(68), unit="companies")
    assert format_figure(firms, "de", as_written="68 deutsche Firmen", source_lang="de").full == "68\u00a0deutsche Firmen"
    assert format_figure(firms, "en", as_written="68 deutsche Firmen", source_lang="de").full == "68\u00a0companies"
    area = FigureInfo(value=Decimal(250), unit="hectares")
    assert format_figure(area, "de").full == "250\u00a0Hektar"
    assert format_figure(FigureInfo(value=Decimal(5), unit="overnight_stays"), "en").full == "5\u00a0overnight stays"
