"""The German user interface loads from the shipped translation."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from briefing_app.gui.i18n import choose_language, install_translators


def test_german_ui(make_window, qapp):
    translators = install_translators(qapp, "de")
    try:
        assert translators, "briefing_de.qm is shipped"
        win = make_window()
        titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
        assert "Datei" in titles and "Bearbeiten" in titles
        texts = {k.name: a.text().replace("&", "") for k, a in win.actions}
        assert texts["SAVE_AS"].startswith("Speichern unter")
        assert texts["UNDO"] == "Rückgängig"
        assert win.windowTitle().startswith("Unbenannt")
    finally:
        for t in translators:
            QApplication.removeTranslator(t)
        QLocale.setDefault(QLocale("en"))


def test_language_choice_order():
    assert choose_language("de", "en") == "de"
    assert choose_language(None, "de") == "de"
    assert choose_language(None, "") in ("de", "en")
    assert choose_language("fr", "") in ("de", "en")
