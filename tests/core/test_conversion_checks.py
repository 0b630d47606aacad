"""Conversion checks beyond yuan→euro: which amount is the source, scale words, currencies, the date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from briefing_app.core.analysis import analyse

ON = date(2023, 11, 20)


def _serious(text: str, lang: str, on: date | None = ON):
    return [f for f in analyse(text, lang, on).findings if f.severity in ("error", "warning")]


def test_bracketed_dollar_conversion_is_checked_and_a_correct_one_passes() -> None:
    assert _serious("The fund holds 50 billion yuan (about 6.97 billion U.S. dollars).", "en") == []
    bad = _serious("The fund holds 50 billion yuan (about 69.7 billion U.S. dollars).", "en")
    assert [f.code for f in bad] == ["scale_error"]
    assert bad[0].suggestion["unit"] == "USD" and Decimal("6.5e9") < bad[0].suggestion["value"] < Decimal("7.5e9")
    assert "ECB rate of 2023-11-20" in bad[0].message_en and "EZB-Referenzkurs vom 20.11.2023" in bad[0].message_de


def test_conversion_first_with_the_original_in_brackets() -> None:
    ok = "Der Konzern investiert umgerechnet rund 740 Millionen Euro (120 Milliarden Yen)."
    assert _serious(ok, "de") == []
    bad = _serious("Der Konzern investiert umgerechnet rund 7,4 Milliarden Euro (120 Milliarden Yen).", "de")
    assert bad and bad[0].code == "scale_error"
    assert bad[0].suggestion["unit"] == "EUR" and Decimal("7e8") < bad[0].suggestion["value"] < Decimal("8e8")
    # the converted amount is named as the one that is off, the yen as the source
    assert "„7,4 Milliarden Euro“ ist um den Faktor 10 zu groß" in bad[0].message_de


def test_dropped_scale_word_is_named_as_such() -> None:
    bad = _serious("The fund holds 50 billion yuan (about 6.97 U.S. dollars).", "en")
    assert [f.code for f in bad] == ["missing_scale_word"]
    assert "factor" not in bad[0].message_en and "scale word" in bad[0].message_en


def test_swapped_currency_is_named_with_the_right_one() -> None:
    bad = _serious("Samsung will invest ₩2.5 trillion (about 1.93 billion yen).", "en")
    assert [f.code for f in bad] == ["currency_mix_up"]
    assert bad[0].suggestion["unit"] == "USD"


def test_new_currency_forms_pair_up() -> None:
    assert _serious("Temasek put in S$1.2 billion (about 896 million U.S. dollars).", "en") == []
    assert _serious("Temasek put in S$1.2 billion (about 8.96 billion U.S. dollars).", "en")[0].code == "scale_error"
    assert _serious("Nestlé zahlt 1,8 Milliarden Franken (rund 1,86 Milliarden Euro).", "de") == []


def test_no_date_no_error_only_a_note() -> None:
    text = "Das Volumen wird auf 1,2 Billionen Yuan (rund 16 Milliarden Euro) beziffert."
    findings = analyse(text, "de", None).findings
    assert findings and all(f.severity == "info" for f in findings)
    assert any(f.code == "conversion_undated" and "no date" in f.message_en and "kein Datum" in f.message_de
               for f in findings)
    assert analyse("Es geht um 1,2 Billionen Yuan (rund 153 Milliarden Euro).", "de", None).findings == []


def test_ecb_data_covers_the_currencies_checked() -> None:
    from briefing_app.core.rates import reference_rate

    for cur in ("USD", "CNY", "JPY", "GBP", "CHF", "KRW", "SGD", "HKD"):
        rate = reference_rate(cur, "EUR", ON)
        assert rate is not None and rate.on == ON, cur


def test_correction_lands_on_the_amount_the_finding_names() -> None:
    from briefing_app.core.article import Article
    from briefing_app.core.corrections import correction_command, target_figure
    from briefing_app.core.project import Project
    from briefing_app.core.suggestions import suggestions_to_annotations

    for text, wrong in (
        ("Der Konzern investiert umgerechnet rund 7,4 Milliarden Euro (120 Milliarden Yen) in das Werk.",
         "7,4 Milliarden Euro"),
        ("Samsung will invest ₩2.5 trillion (about 1.93 billion yen) in the plant.", "1.93 billion yen"),
    ):
        project = Project()
        art = project.add_article(Article(text=text, language="de" if "Konzern" in text else "en", published=ON))
        analysis = analyse(text, art.language, ON)
        for ann in suggestions_to_annotations(art.id, text, analysis):
            project.add_annotation(ann)
        finding = next(f for f in analysis.findings if f.severity == "error")
        target = target_figure(project, art.id, finding)
        assert target is not None and target.anchor.exact == wrong
        assert correction_command(project, art.id, finding) is not None


def test_dropped_scale_word_also_when_the_source_is_written_in_digits_or_lost_its_word() -> None:
    bad = _serious("Es geht um 50.000.000.000 Yuan (6,4 Euro).", "de")
    assert [f.code for f in bad] == ["missing_scale_word"] and bad[0].suggestion["unit"] == "EUR"
    bad = _serious("Es geht um 50 Yuan (6,4 Milliarden Euro).", "de")
    assert [f.code for f in bad] == ["missing_scale_word"] and bad[0].suggestion["unit"] == "CNY"
    assert "„50 Yuan“" in bad[0].message_de


def test_a_conversion_named_by_or_about_or_set_off_by_dashes_is_checked() -> None:
    assert _serious("The fund holds 5.6 billion yuan, or about $781 million, the filing showed.", "en") == []
    bad = _serious("The fund holds 5.6 billion yuan, or about $7808 million, the filing showed.", "en")
    assert [f.code for f in bad] == ["scale_error"]
    assert _serious("Die Summe beläuft sich auf 1,3 Billionen Yen bzw. rund 80,2 Milliarden Euro.", "de")
    dashes = "Das Unternehmen investiert 100 Millionen Yuan – umgerechnet knapp {} Millionen Euro – in das Werk."
    assert _serious(dashes.format("12,8"), "de") == []
    assert [f.code for f in _serious(dashes.format("127,6"), "de")] == ["scale_error"]
    # two amounts joined by a plain 'or' are alternatives, not one amount in two currencies
    assert _serious("The fine is 1 million euros or 5 million dollars, whichever is higher.", "en") == []


def test_the_yen_sign_is_read_as_yuan_in_an_article_about_china() -> None:
    china = analyse("Alibaba raised ¥5.6bn in its Shanghai listing, the Chinese group said.", "en", ON)
    assert [(f.text, f.unit) for f in china.figures] == [("¥5.6bn", "CNY")]
    japan = analyse("Toyota earned ¥1.2 trillion in Japan last year.", "en", ON)
    assert [(f.text, f.unit) for f in japan.figures] == [("¥1.2 trillion", "JPY")]
    # beside an amount in yuan the sign is the yen it is converted from
    converted = analyse("The Chinese unit will invest ¥120 billion (about 5.8 billion yuan).", "en", ON)
    assert [f.unit for f in converted.figures] == ["JPY", "CNY"]
    # without context either reading of the sign may fit the conversion: no false alarm
    assert _serious("The company raised ¥5.6bn ($781m) in the offering, it said.", "en") == []


def test_the_ft_house_style_rmb_is_a_currency_code() -> None:
    assert [(f.text, f.unit) for f in analyse("Sales hit Rmb1.2tn last year.", "en", ON).figures] == [("Rmb1.2tn", "CNY")]
    assert [f.code for f in _serious("The province will provide Rmb50bn ($69bn).", "en")] == ["scale_error"]
    assert [f.unit for f in analyse("The Rmb weakened to 7.2 per dollar.", "en", ON).figures] == ["CNY/USD"]


def test_an_earlier_amount_in_the_same_currency_is_no_conversion() -> None:
    """"… 14.8 billion yuan, equivalent to about $2 billion, from 6.1 billion yuan five years
    ago": the second yuan amount is last year's figure, not a conversion of the first."""
    text = ("Haixing's revenue has grown to 14.8 billion yuan, equivalent to about $2.03 billion, "
            "from 6.1 billion yuan five years ago.")
    findings = analyse(text, "en", ON).findings
    assert all("6.1 billion yuan" not in f.message_en for f in findings)
    assert [f.code for f in findings if f.severity in ("error", "warning")] == []
