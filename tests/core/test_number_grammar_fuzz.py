"""Property tests over the number grammar: no pasted number makes the analyser or the value field fail.

The strategies build what articles and users actually type — digit groups with any of the
separators the grammar knows, decimal parts, scale words of both languages, currency signs,
codes and words, number words — plus overlong digit runs and exponent forms.  The default run
draws a few hundred examples per property; ``pytest -m soak`` runs the long fuzz (10,000+).
Crashes found once are kept below as explicit ``@example`` regressions.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing_app.core.analysis import analyse
from briefing_app.core.numbers import (
    SCALE_WORDS_DE,
    SCALE_WORDS_EN,
    apply_scale,
    in_figure_range,
    parse_number,
    parse_number_word,
)
from briefing_app.core.units import CURRENCY_PREFIXES, CURRENCY_WORDS
from briefing_app.core.value_input import parse_value

_SCALES = sorted({w.replace("\\", "") for w in (SCALE_WORDS_DE + "|" + SCALE_WORDS_EN).split("|")})
_NUMBER_WORDS = ["zwei", "drei", "elf", "zwölf", "fünfundzwanzig", "dreihundert", "eineinhalb", "ein", "eine",
                 "two", "three", "eleven", "twenty-five", "a", "half", "one", "hundert", "tausend"]
_SEPARATORS = [".", ",", " ", "\u202f", "\u00a0", "'", "’", ""]

digit_runs = st.text(alphabet="0123456789", min_size=1, max_size=60)
groups = st.builds(
    lambda head, rest, sep: sep.join([head, *rest]),
    st.text(alphabet="0123456789", min_size=1, max_size=4),
    st.lists(st.text(alphabet="0123456789", min_size=1, max_size=4), max_size=10),
    st.sampled_from(_SEPARATORS),
)
decimals = st.one_of(st.just(""), st.builds(lambda sep, d: sep + d, st.sampled_from([",", "."]), digit_runs))
numbers = st.one_of(
    st.builds(lambda g, d: g + d, groups, decimals),
    digit_runs,
    st.sampled_from(_NUMBER_WORDS),
    st.builds(lambda d, e: f"{d}e{e}", digit_runs, st.integers(-999999, 999999)),
)
prefixes = st.sampled_from(["", "", "rund ", "about ", "mehr als ", *sorted(CURRENCY_PREFIXES)])
suffixes = st.builds(
    lambda attach, scale, cur: attach + scale + cur,
    st.sampled_from(["", " ", "\u00a0"]),
    st.sampled_from(["", *_SCALES]),
    st.one_of(st.just(""), st.builds(lambda c: " " + c, st.sampled_from(sorted(CURRENCY_WORDS))),
              st.sampled_from([" Prozent", "%", " per cent", " Mitarbeiter", " workers", "-percent"])),
)
amounts = st.builds(lambda p, n, s: p + n + s, prefixes, numbers, suffixes)
frames = st.sampled_from([
    "{}", "Der Umsatz stieg auf {}.", "Sales reached {} last year.", "{} (umgerechnet {})",
    "Es geht um {} ({}).", "The deal is worth {} ({}).", "2018 wurden {} umgesetzt, davon {} im Export.",
    "Von {} bis {} im Jahr.", "between {} and {}",
])
texts = st.builds(lambda f, a, b: f.replace("{}", a, 1).replace("{}", b, 1), frames, amounts, amounts)

# Past crashes (decimal.InvalidOperation from quantize beyond the context precision).
_REGRESSIONS = [
    "1" * 40 + " Milliarden Euro",
    "Das kostet " + "1" * 30 + " Mrd. Euro.",
    "$" + "9" * 35 + "bn",
    "1" * 29 + " Euro",
    "9" * 100 + " Prozent",
    "999.999.999.999.999.999.999.999 Billiarden Euro",
    "US$123456789012345678901234 trillion (1 Euro)",
]


def _check_analysis(text: str, lang: str) -> None:
    result = analyse(text, lang)
    result.to_json_dict()
    for f in result.figures:
        assert text[f.start:f.end] == f.text
        assert in_figure_range(f.value), (f.text, f.value)
    for finding in result.findings:
        assert finding.message_en and finding.message_de


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(["de", "en"]))
@example(_REGRESSIONS[0], "de")
@example(_REGRESSIONS[1], "de")
@example(_REGRESSIONS[2], "en")
@example(_REGRESSIONS[3], "de")
@example(_REGRESSIONS[4], "de")
@example(_REGRESSIONS[5], "de")
@example(_REGRESSIONS[6], "en")
def test_pasted_numbers_never_break_the_analysis(text: str, lang: str) -> None:
    _check_analysis(text, lang)


@settings(max_examples=300, deadline=None)
@given(st.builds(lambda n, s: n + s, numbers, st.sampled_from(["", *_SCALES, " k", "m"])), st.sampled_from(["de", "en"]))
@example("sNaN", "de")
@example("NaN", "en")
@example("Infinity", "de")
@example("-Infinity", "en")
@example("1e999999", "de")
@example("1e999999 Mrd", "de")
@example("1e-999999", "en")
@example("1" * 40 + " Mrd", "de")
def test_value_field_accepts_only_printable_values(typed: str, lang: str) -> None:
    value = parse_value(typed, lang)
    if value is not None:
        assert in_figure_range(value)
        assert value.is_finite()
        str(value)


@settings(max_examples=300, deadline=None)
@given(groups, decimals, st.sampled_from(["de", "en"]), st.integers(0, 15))
def test_number_tokens_scale_without_error(g: str, d: str, lang: str, exp: int) -> None:
    token = g + d
    value = parse_number(token, lang)
    if value is not None:
        scaled = apply_scale(value, exp)
        assert scaled == value.scaleb(exp) or not in_figure_range(scaled)


def test_values_a_user_types_still_read_as_before() -> None:
    assert parse_value("1,2 Bio.", "de") == Decimal(1200000000000)
    assert parse_value("160.000.000.000", "de") == Decimal(160000000000)
    assert parse_value("1.2e12", "en") == Decimal(1200000000000)
    assert parse_value("2 billion", "en") == Decimal(2000000000)
    assert parse_value("2 Billion", "de") == Decimal(2000000000000)
    assert parse_value("12.500", "de") == Decimal(12500)
    assert parse_value("12.500", "en") == Decimal("12.5")
    for bad in ("sNaN", "NaN", "Infinity", "1e999999", "1e-999999", "zwölf Äpfel", ""):
        assert parse_value(bad, "de") is None, bad


def test_overlong_digit_runs_are_not_figures_but_ordinary_ones_are() -> None:
    figs = analyse("Ein Code 4711471147114711471147114711 Euro und 1,2 Billionen Yuan.", "de").figures
    assert [f.text for f in figs] == ["1,2 Billionen Yuan"]
    assert figs[0].value == Decimal(1200000000000)


def test_number_words_parse() -> None:
    assert parse_number_word("fünfundzwanzig", "de") == 25
    assert re.fullmatch(r"\d+", str(parse_number_word("dreihundert", "de")))


@pytest.mark.soak
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["de", "en"]))
def test_pasted_numbers_never_break_the_analysis_long(text: str, lang: str) -> None:
    _check_analysis(text, lang)


@pytest.mark.soak
@settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.builds(lambda n, s: n + s, numbers, st.sampled_from(["", *_SCALES])), st.sampled_from(["de", "en"]))
def test_value_field_accepts_only_printable_values_long(typed: str, lang: str) -> None:
    value = parse_value(typed, lang)
    if value is not None:
        assert in_figure_range(value)
