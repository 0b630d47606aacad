"""A figure's unit is shown in the UI language and read back to what is stored."""

from __future__ import annotations

import pytest

from briefing_app.core.number_format import unit_display, unit_from_display


@pytest.mark.parametrize(("stored", "lang", "shown"), [
    ("companies", "de", "Firmen"), ("companies", "en", "companies"), ("percent", "de", "%"),
    ("percentage_points", "de", "Prozentpunkte"), ("EUR", "de", "EUR"), ("Projekte", "en", "Projekte"),
])
def test_shown_word_reads_back_as_the_stored_unit(stored: str, lang: str, shown: str) -> None:
    assert unit_display(stored, lang) == shown
    assert unit_from_display(shown, stored, lang) == stored


def test_a_typed_counted_noun_is_stored_as_its_key_and_other_words_as_typed() -> None:
    assert unit_from_display("Unternehmen", "companies", "de") == "companies"
    assert unit_from_display("Banken", "companies", "de") == "banks"
    assert unit_from_display("Hektar", "", "de") == "Hektar"
