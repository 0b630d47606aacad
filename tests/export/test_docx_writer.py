"""The Word briefing: real Word styles only, a user's style source, and LibreOffice Writer reads it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from briefing_app.core.briefing import ReactivePoint
from briefing_app.core.errors import TemplateError
from briefing_app.export import export_briefing

from .conftest import make_project
from .readback import docx_headings, read_docx, read_pdf, squash

ALLOWED_STYLES = {"Title", "Heading 1", "Heading 2", "List Bullet", "Table Grid", "Quote", "Caption", "Normal"}


@pytest.fixture(scope="module")
def briefing_docx(tmp_path_factory) -> Path:
    project = make_project()
    project.briefing.reactive = [ReactivePoint("Exportkontrolle", "Wir verweisen auf das EU-Recht.")]
    target = tmp_path_factory.mktemp("docx") / "briefing.docx"
    export_briefing(project, docx_path=target)
    return target


def test_headings_read_back_by_style_name_in_ministry_order(briefing_docx: Path) -> None:
    headings = docx_headings(briefing_docx)
    assert headings[0] == ("Title", "Delegationsgespräch Industriecluster Taicang (太仓)")
    h1 = [t for s, t in headings if s == "Heading 1"]
    assert h1 == ["Anlass und Gesprächsziel", "Sprechpunkte aktiv", "Sprechpunkte reaktiv", "Sachstand",
                  "Positionen der Gegenseite", "Gesprächspartner", "Fragen", "Quellen"]
    assert ("Heading 2", "Katrin Albers") in headings


def test_only_built_in_word_styles_are_used(briefing_docx: Path) -> None:
    doc = Document(str(briefing_docx))
    used = {p.style.name for p in doc.paragraphs} | {t.style.name for t in doc.tables}
    assert used <= ALLOWED_STYLES, used - ALLOWED_STYLES
    assert {"Quote", "List Bullet", "Table Grid", "Caption"} <= used
    reactive = next(t for t in doc.tables if t.rows[0].cells[0].text == "Wenn die Gegenseite anspricht")
    assert [c.text for c in reactive.rows[1].cells] == ["Exportkontrolle", "Wir verweisen auf das EU-Recht."]
    header = doc.sections[0].header.paragraphs[0].text
    assert "VS – NUR FÜR DEN DIENSTGEBRAUCH" in header and "Stand:" in header


def test_a_user_template_supplies_the_styles(tmp_path: Path) -> None:
    house = Document()
    house.styles["Heading 1"].font.size = Pt(21)  # the house style: 21 pt headings
    house.add_paragraph("Muster-Text, der nicht übernommen wird")
    template = tmp_path / "haus.dotx"
    house.save(str(tmp_path / "haus.docx"))
    # a .dotx differs only in its main content type
    import zipfile

    with zipfile.ZipFile(tmp_path / "haus.docx") as src, zipfile.ZipFile(template, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(item, data)
    report = export_briefing(make_project(), docx_path=tmp_path / "b.docx", docx_template=template)
    doc = Document(str(report.docx_path))
    assert doc.styles["Heading 1"].font.size == Pt(21)
    assert "Muster-Text" not in read_docx(report.docx_path).text
    with pytest.raises(TemplateError):
        (tmp_path / "kaputt.docx").write_bytes(b"not a zip")
        export_briefing(make_project(), docx_path=tmp_path / "c.docx", docx_template=tmp_path / "kaputt.docx")


def test_libreoffice_writer_opens_and_converts_it_to_pdf(briefing_docx: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    result = subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(briefing_docx)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    converted = tmp_path / "briefing.pdf"
    assert converted.exists(), result.stdout + result.stderr
    text = squash(read_pdf(converted).text)
    for heading in ("Sprechpunkte aktiv", "Sprechpunkte reaktiv", "Positionen der Gegenseite", "Quellen"):
        assert squash(heading) in text
