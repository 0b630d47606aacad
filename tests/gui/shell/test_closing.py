"""Closing a window releases what it holds; the sample cache follows the sample's files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument


def test_close_waits_for_the_preview_and_closes_its_pdf(sample_window, qtbot):
    win = sample_window
    win.docks["preview"].show()
    win.docks["preview"].raise_()
    win.preview.refresh_now()
    folder = Path(win.preview._tmp.name)
    assert folder.exists()
    assert win.close()
    assert win.preview.handout.document.status() is QPdfDocument.Status.Null
    assert not folder.exists()


def test_sample_cache_key_follows_the_sample_briefing(tmp_path, monkeypatch):
    from briefing_app.gui.workspace import sample_cache
    from briefing_app.resources import sample_article_path

    briefing = tmp_path / "sample_briefing.json"
    briefing.write_text('{"meeting": {"title": "A"}}', encoding="utf-8")
    monkeypatch.setattr(sample_cache, "resource_path", lambda *_parts: briefing)
    before = sample_cache._key(sample_article_path())
    briefing.write_text('{"meeting": {"title": "B"}}', encoding="utf-8")
    assert sample_cache._key(sample_article_path()) != before


def test_sample_cache_key_follows_the_analysis_code(tmp_path, monkeypatch):
    """A changed quote or figure rule must not show the suggestions of the old rules."""
    from briefing_app.gui.workspace import sample_cache
    from briefing_app.resources import sample_article_path

    (tmp_path / "core").mkdir()
    (tmp_path / "ingest").mkdir()
    rule = tmp_path / "core" / "quotes.py"
    rule.write_text("A = 1\n", encoding="utf-8")
    monkeypatch.setattr(sample_cache, "_PACKAGE", tmp_path)
    before = sample_cache._key(sample_article_path())
    rule.write_text("A = 22\n", encoding="utf-8")
    assert sample_cache._key(sample_article_path()) != before
    assert (sample_cache._PACKAGE / "core").is_dir()


def test_sample_cache_key_reads_the_real_analysis_folders():
    from briefing_app.gui.workspace import sample_cache

    assert (sample_cache._PACKAGE / "core" / "annotation.py").exists()
    assert (sample_cache._PACKAGE / "ingest").is_dir()
