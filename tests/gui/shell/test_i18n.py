"""The German user interface loads from the shipped translation."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from briefing_app.gui.shell.i18n import choose_language, install_translators


def test_german_ui(make_window, qapp):
    translators = install_translators(qapp, "de")
    try:
        assert translators, "briefing_de.qm is shipped"
        win = make_window()
        titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
        assert "Datei" in titles and "Bearbeiten" in titles
        texts = {k.name: a.text().replace("&", "") for k, a in win.main_actions}
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


def test_removed_text_reasons_are_labels_in_the_ui_language(make_window, qapp, qtbot):
    from briefing_app.gui.reading.removed_panel import REASON_LABELS, _reason_label

    from ..workspace.test_import import PASTED

    assert _reason_label("breadcrumb") == "Breadcrumb trail"
    assert _reason_label("something_new") == "something_new"  # unknown codes are shown as they are
    translators = install_translators(qapp, "de")
    try:
        assert _reason_label("share") == "Teilen-Schaltflächen"
        untranslated = [code for code, label in REASON_LABELS.items()
                        if QApplication.translate("RemovedReason", label) == label]
        assert not untranslated
        win = make_window()
        win.importer.paste(PASTED)
        qtbot.waitUntil(lambda: len(win.ws.project.articles) == 1, timeout=15000)
        reasons = {win.removed.tree.topLevelItem(i).text(1) for i in range(win.removed.tree.topLevelItemCount())}
        assert reasons and not reasons & set(REASON_LABELS), reasons
    finally:
        for t in translators:
            QApplication.removeTranslator(t)
        QLocale.setDefault(QLocale("en"))


def test_dates_follow_the_ui_locale(qapp):
    from datetime import date

    from briefing_app.gui.marks.figure_text import figure_display  # noqa: F401 - uses the same decision
    from briefing_app.gui.shell.i18n import short_date, ui_language

    day = date(2026, 3, 2)
    QLocale.setDefault(QLocale("en_US"))
    assert ui_language() == "en" and short_date(day) == "2 Mar 2026"
    QLocale.setDefault(QLocale("de"))
    try:
        assert ui_language() == "de" and short_date(day) == "02.03.2026"
        assert short_date(None) == ""
    finally:
        QLocale.setDefault(QLocale("en"))
