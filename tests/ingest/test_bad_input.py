"""Every way a file can be wrong, each with a message a desk officer can act on."""

from __future__ import annotations

import os
import sys
import time

import pytest

from briefing_app.core.errors import ArticleImportError
from briefing_app.ingest import MAX_TEXT_BYTES, SUPPORTED_SUFFIXES, import_bytes, import_file, import_text

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))


def _error(call, *args) -> ArticleImportError:
    with pytest.raises(ArticleImportError) as info:
        call(*args)
    error = info.value
    assert error.message and "Traceback" not in error.user_text()
    return error


def test_empty_file(tmp_path):
    path = tmp_path / "leer.txt"
    path.write_bytes(b"")
    assert "is empty" in _error(import_file, path).message


@pytest.mark.parametrize("content", [b"   \n\n\t \r\n", "\u00a0\u200b\n".encode("utf-8")])
def test_whitespace_only_file(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    assert "only blank space" in _error(import_file, path).message


def test_whitespace_only_paste():
    assert "nothing to import" in _error(import_text, "  \n\t ").message


def test_png_renamed_to_txt(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_bytes(PNG)
    error = _error(import_file, path)
    assert error.message == "“artikel.txt” is a PNG image, not a text file or document with an article."
    assert ".docx" in error.hint and ".pdf" in error.hint


def test_binary_data_under_a_text_name():
    error = _error(import_bytes, b"\x00\x00\x13\x37garbage\x00\x01\x02" * 100, "daten.txt")
    assert "does not contain text" in error.message


def test_old_word_file_gets_a_save_as_hint():
    error = _error(import_bytes, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "bericht.doc")
    assert "old-style Microsoft Office file" in error.message
    assert "save it as .docx" in error.hint


def test_huge_file_is_refused_fast_with_size_and_limit(tmp_path):
    path = tmp_path / "riesig.txt"
    with path.open("wb") as fh:  # sparse: 50 MB on paper, nothing written
        fh.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    error = _error(import_file, path)
    assert time.perf_counter() - started < 0.5
    assert "50 MB" in error.message and "20 MB" in error.message
    assert "too large" in error.message


def test_huge_bytes_and_paste_are_refused():
    assert "20 MB" in _error(import_bytes, b"a" * (MAX_TEXT_BYTES + 1), "a.txt").message
    assert "too large" in _error(import_text, "a" * (MAX_TEXT_BYTES + 1)).message


def test_missing_file(tmp_path):
    error = _error(import_file, tmp_path / "weg.txt")
    assert error.message == "The file “weg.txt” was not found."
    assert error.path.endswith("weg.txt")


def test_folder_instead_of_file(tmp_path):
    assert "is a folder" in _error(import_file, tmp_path).message


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions and no root")
def test_unreadable_file(tmp_path):
    path = tmp_path / "geheim.txt"
    path.write_text("Geheimer Text eines Artikels.")
    path.chmod(0)
    try:
        assert "permission denied" in _error(import_file, path).message
    finally:
        path.chmod(0o600)


def test_permission_denied_message(tmp_path, monkeypatch):
    from pathlib import Path

    path = tmp_path / "geheim.txt"
    path.write_text("Text")

    real_open = os.open

    def refuse(name, *args, **kwargs):
        if Path(name) == path:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)  # how the reader opens files (without blocking)
    error = _error(import_file, path)
    assert error.message == "Briefing Desk is not allowed to read “geheim.txt” (permission denied)."


def test_unknown_extension_that_is_text_is_imported():
    article = import_bytes("Der Cluster wächst weiter, sagte die Präsidentin.".encode(), "artikel.nfo")
    assert article.text.startswith("Der Cluster")
    assert article.original_format == "text"


def test_unknown_extension_that_is_not_text_lists_the_formats():
    error = _error(import_bytes, b"\x00\x01\x02\x03" * 300, "export.xyz")
    assert "not a format Briefing Desk can import" in error.message
    assert ".txt" in error.hint and ".html" in error.hint and ".docx" in error.hint and ".pdf" in error.hint


def test_text_with_nothing_but_clutter():
    error = _error(import_text, "Startseite > Wirtschaft\nTeilen Twittern Mailen\n1 2 3 >")
    assert "clutter" in error.message


def test_supported_suffixes_are_dotted_and_lowercase():
    assert {".txt", ".md", ".html", ".htm", ".docx", ".pdf"} <= set(SUPPORTED_SUFFIXES)
    assert all(s.startswith(".") and s == s.lower() for s in SUPPORTED_SUFFIXES)
