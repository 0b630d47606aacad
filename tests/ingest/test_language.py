from __future__ import annotations

import pytest

from briefing_app.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der neue Industriecluster in Taicang nimmt Gestalt an, sagte die Präsidentin des Verbands.", "de"),
        ("The new industrial cluster in Taicang is taking shape, the association's president said.", "en"),
        ("德国中小企业在太仓设立新工厂，投资总额约为十六亿欧元。", "zh"),
        ("東京で日独経済会議が開かれました。", "ja"),
        ("Le nouveau pôle industriel de Taicang prend forme, a déclaré la présidente.", "fr"),
        ("Новый промышленный кластер в Тайцане обретает форму.", "ru"),
    ],
)
def test_language_of_an_article(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "   ", "4.300 / 16", "ok"])
def test_too_little_text_has_no_language(text):
    assert detect_language(text) == ""


def test_fallback_without_the_model(monkeypatch):
    from briefing_app.ingest import language

    monkeypatch.setattr(language, "_identifier", lambda: None)
    assert detect_language("Die Firma sagte, dass der Umsatz mit den Kunden in China steigt.") == "de"
    assert detect_language("The company said that sales to customers in China are rising.") == "en"
    assert detect_language("德国中小企业在太仓设立新工厂。") == "zh"
