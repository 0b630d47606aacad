"""Outputs checked by outside tools, as a person's viewer would open them.

qpdf validates the PDF's structure, pdftoppm renders it, LibreOffice converts the deck.
Each test skips with a visible reason where the tool is not installed.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from briefing_app.export import export_briefing

from .conftest import make_project
from .readback import read_pdf


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install {'qpdf' if name == 'qpdf' else 'poppler-utils' if name == 'pdftoppm' else 'libreoffice-impress'})")
    return path


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("render")
    report = export_briefing(
        make_project(extra_quotes=2), pptx_path=folder / "deck.pptx", pdf_path=folder / "handout.pdf", note_space=True
    )
    return folder, report


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_pdf_passes_qpdf_check(tmp_path, paper):
    qpdf = _tool("qpdf")
    target = tmp_path / f"handout-{paper}.pdf"
    export_briefing(make_project(), pdf_path=target, paper=paper)
    result = subprocess.run([qpdf, "--check", str(target)], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pdf_page_size_follows_the_paper_choice(tmp_path):
    from pypdf import PdfReader

    for paper, width in (("a4", 595), ("letter", 612)):
        export_briefing(make_project(), pdf_path=tmp_path / f"{paper}.pdf", paper=paper)
        box = PdfReader(str(tmp_path / f"{paper}.pdf")).pages[0].mediabox
        assert round(float(box.width)) == width


def test_pdf_renders_every_page(outputs, tmp_path):
    pdftoppm = _tool("pdftoppm")
    _, report = outputs
    subprocess.run([pdftoppm, "-png", "-r", "30", str(report.pdf_path), str(tmp_path / "page")], check=True, timeout=120)
    assert len(list(tmp_path.glob("page-*.png"))) == report.page_count


def test_pdf_has_bookmarks_and_metadata(outputs):
    from pypdf import PdfReader

    _, report = outputs
    reader = PdfReader(str(report.pdf_path))
    titles = [o.title for o in reader.outline]
    assert titles[0].startswith("Delegationsgespräch") and "Zahlen und Fakten" in titles and "Quellen" in titles
    assert reader.metadata.title == "Delegationsgespräch Industriecluster Taicang (太仓)"
    assert reader.metadata.author in (None, "")
    assert "Notizen" in read_pdf(report.pdf_path).text  # ruled note space was asked for


def test_deck_converts_with_libreoffice(outputs, tmp_path):
    soffice = shutil.which("soffice") or _tool("libreoffice")
    _, report = outputs
    result = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to", "pdf", "--outdir", str(tmp_path), str(report.pptx_path)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    converted = tmp_path / "deck.pdf"
    assert converted.exists(), result.stdout + result.stderr
    rb = read_pdf(converted)
    assert len(rb.pages) == report.slide_count
    assert "Zahlen und Fakten" in rb.text
