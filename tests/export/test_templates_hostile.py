"""Templates from elsewhere are bounded before python-pptx or python-docx opens them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from briefing_app import zip_limits
from briefing_app.core.errors import TemplateError
from briefing_app.export.docx_writer import open_style_source
from briefing_app.export.templates import open_template, resolve_template
from tests.ingest.builders import with_zip_bomb


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zip_limits, "MAX_UNPACKED_BYTES", 4 << 20)


def test_a_zip_bomb_renamed_pptx_is_refused_as_template(tmp_path: Path, small_limit: None) -> None:
    bomb = tmp_path / "corporate.pptx"
    bomb.write_bytes(with_zip_bomb(resolve_template("briefing-classic").read_bytes(), 8 << 20))
    with pytest.raises(TemplateError) as err:
        open_template(bomb)
    assert "too large once unpacked" in err.value.message and "4 MB" in err.value.user_text()


def test_a_zip_bomb_renamed_dotx_is_refused_as_word_style_source(tmp_path: Path, small_limit: None) -> None:
    from docx import Document

    buf = io.BytesIO()
    Document().save(buf)
    bomb = tmp_path / "house.dotx"
    bomb.write_bytes(with_zip_bomb(buf.getvalue(), 8 << 20))
    with pytest.raises(TemplateError) as err:
        open_style_source(bomb)
    assert "too large once unpacked" in err.value.message


def test_an_ordinary_template_still_opens(tmp_path: Path, small_limit: None) -> None:
    assert len(open_template(resolve_template("briefing-classic")).slide_layouts) > 0
