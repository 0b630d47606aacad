"""Domain errors appear in German through the shipped errors_de.qm, as the GUI shows them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from briefing_app.core.errors import ArticleImportError
from briefing_app.ingest import import_file
from briefing_app.resources import resource_path


@pytest.fixture
def translator(qapp) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "errors_de.qm"))), "errors_de.qm is shipped"
    return translator


def _empty_file_error(tmp_path) -> ArticleImportError:
    path = tmp_path / "leere-meldung.txt"
    path.write_bytes(b"")
    with pytest.raises(ArticleImportError) as info:
        import_file(path)
    return info.value


def test_an_empty_file_error_reads_german(translator, tmp_path):
    err = _empty_file_error(tmp_path)
    text = err.user_text(lambda s: translator.translate("BriefingError", s) or s)
    assert text.startswith("Die Datei „leere-meldung.txt“ ist leer. ")
    assert "Speichern Sie" in text and "empty" not in text


def test_the_installed_translator_serves_the_gui_boundary(translator, qapp, tmp_path):
    err = _empty_file_error(tmp_path)
    english = err.user_text()
    qapp.installTranslator(translator)
    try:
        text = err.user_text(lambda s: QCoreApplication.translate("BriefingError", s))
    finally:
        qapp.removeTranslator(translator)
    assert text != english and "„leere-meldung.txt“" in text
    assert err.user_text(lambda s: QCoreApplication.translate("BriefingError", s)) == english  # no translator: English
