"""Article text and files from elsewhere are hostile: exports escape, clean and refuse.

A web page's URL, title or outlet must not become markup in the handout; characters
XML forbids must not end an export; a macro-enabled template renamed .pptx must not
pass its macros on; a full disk and an absurd classification give one sentence.
"""

from __future__ import annotations

import errno
import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing_app.core.errors import ExportError
from briefing_app.export import export_briefing
from briefing_app.export.templates import resolve_template

from .conftest import make_project
from .readback import read_docx, read_pdf, read_pptx, squash

HOSTILE_URL = 'https://evil.example/a"b?x=<font size="60" backColor="red">BIG</font>&y=1'
HOSTILE_TITLE = 'Taicang <font size="60" backColor="red">SHOUT</font> & <b>mehr</b>'


def _article(project):
    return project.articles[0]


def test_article_strings_are_escaped_in_the_handout(tmp_path: Path) -> None:
    project = make_project()
    art = _article(project)
    art.url = HOSTILE_URL
    art.title = HOSTILE_TITLE
    art.outlet = 'Kurier <a href="javascript:x">"Zeit"</a>'
    report = export_briefing(project, pdf_path=tmp_path / "h.pdf", docx_path=tmp_path / "b.docx")
    text = read_pdf(report.pdf_path).text
    assert "SHOUT" in text and "<font" in text  # shown as text, not applied
    assert squash("<b>mehr</b>") in squash(text)
    assert squash('Kurier <a href="javascript:x">"Zeit"</a>') in squash(text)
    # no page got a 60 pt font: reportlab would have drawn "SHOUT" at that size
    for page in PdfReader(str(report.pdf_path)).pages:
        assert b" 60 Tf" not in page.get_contents().get_data()
    assert "SHOUT" in read_docx(report.docx_path).text


@pytest.mark.parametrize("bad", ["\ufffe", "\uffff", "\ud800", "\udfff", "\x00", "\x0b"])
def test_characters_xml_forbids_do_not_crash_any_writer(tmp_path: Path, bad: str) -> None:
    project = make_project()
    art = _article(project)
    for ann in project.annotations.values():
        if ann.quote is not None:
            ann.quote.speaker = f"Wang{bad}Lei"
            ann.comment = f"Notiz{bad}"
    art.title = f"Titel{bad}mit Zeichen"
    project.briefing.key_messages.append(f"Botschaft{bad}eins")
    report = export_briefing(
        project, pptx_path=tmp_path / "d.pptx", pdf_path=tmp_path / "h.pdf", docx_path=tmp_path / "b.docx"
    )
    for rb in (read_pptx(report.pptx_path), read_pdf(report.pdf_path), read_docx(report.docx_path)):
        assert "Botschafteins" in squash(rb.text)


def _macro_template(tmp_path: Path) -> Path:
    """The built-in template turned into a macro-enabled package, then renamed .pptx."""
    src = zipfile.ZipFile(resolve_template(None))
    out = tmp_path / "corporate.pptx"
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                    b"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml",
                ).replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
            if item.filename == "ppt/_rels/presentation.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"'
                    b' Target="vbaProject.bin"/></Relationships>',
                )
            dst.writestr(item, data)
        dst.writestr("ppt/vbaProject.bin", b"\xd0\xcf\x11\xe0 Sub AutoOpen() Shell \"calc\" End Sub")
    return out


def test_a_macro_enabled_template_renamed_pptx_leaves_no_macros(tmp_path: Path) -> None:
    template = _macro_template(tmp_path)
    report = export_briefing(make_project(), pptx_path=tmp_path / "deck.pptx", template=template)
    with zipfile.ZipFile(report.pptx_path) as z:
        names = z.namelist()
        assert not [n for n in names if "vbaProject" in n]
        types = z.read("[Content_Types].xml").decode()
        rels = "".join(z.read(n).decode() for n in names if n.endswith(".rels"))
    assert "macroEnabled" not in types and "vbaProject" not in types
    assert "vbaProject" not in rels
    assert "presentationml.presentation.main+xml" in types
    assert read_pptx(report.pptx_path).pages  # still a deck PowerPoint opens


@pytest.mark.parametrize("target", ["deck.pptx", "handout.pdf", "briefing.docx"])
def test_a_full_disk_during_export_is_one_sentence(tmp_path: Path, monkeypatch, target: str) -> None:
    real_open = io.open

    def full_disk(file, mode="r", *args, **kwargs):
        if "w" in str(mode) and str(file).endswith(".part"):
            raise OSError(errno.ENOSPC, "No space left on device", str(file))
        return real_open(file, mode, *args, **kwargs)

    import builtins

    monkeypatch.setattr(builtins, "open", full_disk)
    monkeypatch.setattr(io, "open", full_disk)
    arg = {"deck.pptx": "pptx_path", "handout.pdf": "pdf_path", "briefing.docx": "docx_path"}[target]
    with pytest.raises(ExportError) as err:
        export_briefing(make_project(), **{arg: tmp_path / target})
    assert str(err.value).startswith("The disk is full;")
    assert not (tmp_path / target).exists()
    assert not list(tmp_path.glob("*.part"))


def test_a_6000_character_classification_exports(tmp_path: Path) -> None:
    project = make_project(classification="GEHEIM " * 860)
    report = export_briefing(
        project, pptx_path=tmp_path / "d.pptx", pdf_path=tmp_path / "h.pdf", docx_path=tmp_path / "b.docx"
    )
    assert "GEHEIM" in read_pdf(report.pdf_path).pages[0]
    assert report.page_count < 10
    assert "GEHEIM" in read_pptx(report.pptx_path).pages[1]


def test_entries_longer_than_a_page_export_everywhere_with_a_note(tmp_path: Path) -> None:
    from briefing_app.core.annotation import Kind

    project = make_project()
    quote = next(a for a in project.annotations.values() if a.kind is Kind.QUOTE)
    quote.quote.translation = "Sehr lang " * 1500
    project.briefing.meeting.title = "Titel " * 1000  # document properties hold 255 characters
    person = next(a for a in project.annotations.values() if a.kind is Kind.PERSON)
    person.comment = "Kommentar " * 1000
    report = export_briefing(
        project, pptx_path=tmp_path / "d.pptx", pdf_path=tmp_path / "h.pdf", docx_path=tmp_path / "b.docx"
    )
    notes = [str(w) for w in report.warnings]
    assert any("longer than a page" in n for n in notes)
    assert squash("Sehr lang " * 20) in squash(read_pdf(report.pdf_path).text)
    assert read_pptx(report.pptx_path).pages and read_docx(report.docx_path).pages
