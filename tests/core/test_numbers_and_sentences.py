"""Number grammar and sentence splitting, German and English, plus property tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_app.core.number_format import format_decimal
from briefing_app.core.numbers import parse_number, parse_number_word, scale_exponent
from briefing_app.core.sentences import split_sentences


@pytest.mark.parametrize("token,lang,value", [
    ("4.300", "de", "4300"), ("1,2", "de", "1.2"), ("4,745", "en", "4745"), ("1.5", "en", "1.5"),
    ("1.5", "de", "1.5"), ("1.234,5", "de", "1234.5"), ("1,234.5", "en", "1234.5"),
    ("2,345,678", "de", "2345678"), ("12,500", "en", "12500"), ("827,83", "de", "827.83"),
])
def test_separators_follow_the_language(token, lang, value):
    assert parse_number(token, lang) == Decimal(value)


def test_scale_words_differ_by_language():
    assert scale_exponent("Billionen", "de") == 12
    assert scale_exponent("billion", "en") == 9
    assert scale_exponent("Mrd.", "de") == 9
    assert scale_exponent("bn", "en") == 9
    assert scale_exponent("亿", "zh") == 8


def test_number_words():
    assert parse_number_word("fünfundzwanzig", "de") == 25
    assert parse_number_word("dreihundert", "de") == 300
    assert parse_number_word("twenty-five", "en") == 25


def _texts(spans, text):
    return [text[s:e] for s, e in spans]


def test_sentences_survive_abbreviations_numbers_and_ordinals():
    text = ("Prof. Dr. Hans Meier sagte am 3. Oktober, z. B. seien 4.300 Projekte u. a. in Taicang geplant. "
            "Das kostet 1,2 Mrd. Euro und Nr. 5 folgt. Die Zahl stieg auf 1.5 Prozent. Danach kam St. Gallen.")
    got = _texts(split_sentences(text, "de"), text)
    assert got == [
        "Prof. Dr. Hans Meier sagte am 3. Oktober, z. B. seien 4.300 Projekte u. a. in Taicang geplant.",
        "Das kostet 1,2 Mrd. Euro und Nr. 5 folgt.",
        "Die Zahl stieg auf 1.5 Prozent.",
        "Danach kam St. Gallen.",
    ]


def test_english_abbreviations_and_quotes():
    text = ('The U.S. economy grew, Mr. Smith of Acme Inc. said. "We are pleased. Very pleased," he added. It rose.')
    got = _texts(split_sentences(text, "en"), text)
    assert got[0] == "The U.S. economy grew, Mr. Smith of Acme Inc. said."
    assert got[-1] == "It rose."


def test_german_quotation_spanning_sentence_ends_stays_one_sentence():
    text = "„Wir investieren. Jetzt.“, sagte sie. Das ist gut."
    assert _texts(split_sentences(text, "de"), text) == ["„Wir investieren. Jetzt.“, sagte sie.", "Das ist gut."]


def test_spans_point_into_the_text():
    text = "Erster Satz.  Zweiter Satz!\n\nDritter"
    for s, e in split_sentences(text, "de"):
        assert text[s:e].strip() == text[s:e] and text[s:e]


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999"), places=2, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(amounts, st.sampled_from(["de", "en"]), st.booleans())
def test_formatted_amounts_parse_back(value, lang, grouped):
    text = format_decimal(value, lang, max_places=2)
    if not grouped:
        text = text.replace("." if lang == "de" else ",", "")
    assert parse_number(text, lang) == value


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(["de", "en"]),
       st.sampled_from(["", " Euro", " Mio. Euro", " Milliarden Yuan", " million dollars", "bn", " Prozent"]))
def test_amounts_with_scale_and_currency_are_found_with_their_value(n, lang, suffix):
    from briefing_app.core.analysis import analyse

    if (lang == "de") != (suffix in ("", " Euro", " Mio. Euro", " Milliarden Yuan", " Prozent")):
        suffix = {"de": " Euro", "en": " million dollars"}[lang]
    num = format_decimal(Decimal(n), lang)
    money = "$" if suffix in ("", "bn") else ""
    text = f"Sie meldeten {money}{num}{suffix} Umsatz." if lang == "de" else f"They reported {money}{num}{suffix} in sales."
    figs = analyse(text, lang).figures
    assert figs, text
    exp = {"": 0, " Euro": 0, " Prozent": 0, " Mio. Euro": 6, " Milliarden Yuan": 9, " million dollars": 6, "bn": 9}[suffix]
    assert figs[0].value == Decimal(n).scaleb(exp)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["de", "en", "zh", "fr", ""]))
def test_analyse_never_raises(text, lang):
    from briefing_app.core.analysis import analyse

    result = analyse(text, lang)
    result.to_json_dict()
    for item in result.quotes + result.figures:
        assert text[item.start:item.end] == item.text
