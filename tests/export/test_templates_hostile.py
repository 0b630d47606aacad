"""Templates from elsewhere are bounded before python-pptx or python-docx opens them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from briefing_app import zip_limits
from briefing_app.core.errors import TemplateError
from briefing_app.export.docx_writer import open_style_source
from briefing_app.export.templates import open_template, resolve_template


def _bombed(source: bytes, member_bytes: int) -> bytes:
    """``source`` with one extra member of zeros: tiny packed, large unpacked."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        with dst.open("ppt/media/bomb.bin", "w") as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(member_bytes >> 20):
                fh.write(chunk)
    return out.getvalue()


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zip_limits, "MAX_UNPACKED_BYTES", 4 << 20)


def test_a_zip_bomb_renamed_pptx_is_refused_as_template(tmp_path: Path, small_limit: None) -> None:
    bomb = tmp_path / "corporate.pptx"
    bomb.write_bytes(_bombed(resolve_template("briefing-classic").read_bytes(), 8 << 20))
    with pytest.raises(TemplateError) as err:
        open_template(bomb)
    assert "too large once unpacked" in err.value.message and "4 MB" in err.value.user_text()


def test_a_zip_bomb_renamed_dotx_is_refused_as_word_style_source(tmp_path: Path, small_limit: None) -> None:
    from docx import Document

    buf = io.BytesIO()
    Document().save(buf)
    bomb = tmp_path / "house.dotx"
    bomb.write_bytes(_bombed(buf.getvalue(), 8 << 20))
    with pytest.raises(TemplateError) as err:
        open_style_source(bomb)
    assert "too large once unpacked" in err.value.message


def test_an_ordinary_template_still_opens(tmp_path: Path, small_limit: None) -> None:
    assert len(open_template(resolve_template("briefing-classic")).slide_layouts) > 0
