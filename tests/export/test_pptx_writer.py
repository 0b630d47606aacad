"""The PowerPoint writer: templates (built-in, corporate, broken), fitting, fonts, properties."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Pt

from briefing_app.core.errors import ExportError, TemplateError
from briefing_app.export import builtin_templates, export_briefing
from briefing_app.export.deck import Layout

from .conftest import make_project
from .readback import read_pptx, squash

ROLES = [layout.value for layout in Layout]


def _rename(layout, name: str) -> None:
    layout._element.find(qn("p:cSld")).set("name", name)


def _remove_placeholders(layout, *idxs: int) -> None:
    for ph in list(layout.placeholders):
        if ph.placeholder_format.idx in idxs:
            ph._element.getparent().remove(ph._element)


def _corporate_template(path: Path, *, body_placeholders: bool = True, as_potx: bool = False) -> Path:
    """A foreign-looking template: 4:3, odd layout names, an example slide, few layouts."""
    prs = Presentation()
    layouts = list(prs.slide_layouts)
    keep = {0: "ACME Cover 2019", 1: "Std Text 1", 6: "Leer"}
    for i, layout in enumerate(layouts):
        if i in keep:
            _rename(layout, keep[i])
    example = prs.slides.add_slide(layouts[1])
    example.shapes.title.text = "Beispielfolie – bitte löschen"
    for i, layout in enumerate(layouts):
        if i not in keep and i != 1:
            prs.slide_layouts.remove(layout)
    if not body_placeholders:
        _remove_placeholders(layouts[1], 1)
        _remove_placeholders(layouts[0], 1)
    buf = io.BytesIO()
    prs.save(buf)
    data = buf.getvalue()
    if as_potx:
        src = zipfile.ZipFile(io.BytesIO(data))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as dst:
            for item in src.infolist():
                blob = src.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    blob = blob.replace(b"presentationml.presentation.main+xml", b"presentationml.template.main+xml")
                dst.writestr(item, blob)
        data = out.getvalue()
    path.write_bytes(data)
    return path


def test_builtin_templates_are_16_9_with_named_layouts():
    infos = builtin_templates()
    assert [i.name for i in infos] == ["briefing-classic", "briefing-modern"]
    for info in infos:
        prs = Presentation(str(info.path))
        assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)
        names = [layout.name for layout in prs.slide_layouts]
        assert set(ROLES) <= set(names), names


@pytest.mark.parametrize("template", ["briefing-classic", "modern"])
def test_builtin_template_is_matched_without_warnings(tmp_path, template):
    report = export_briefing(make_project(), pptx_path=tmp_path / "d.pptx", template=template)
    assert report.warnings == []
    assert report.layout_map == {r: r for r in ROLES}
    prs = Presentation(str(tmp_path / "d.pptx"))
    assert prs.slide_width == 12192000
    used = [s.slide_layout.name for s in prs.slides]
    assert used[0] == "Title" and "Figures" in used and used[-1] == "Sources"


def test_corporate_template_with_foreign_names_is_used_and_mismatches_reported(tmp_path):
    template = _corporate_template(tmp_path / "acme.pptx")
    target = tmp_path / "deck.pptx"
    report = export_briefing(make_project(), pptx_path=target, template=template)
    text = "\n".join(report.warnings)
    assert "example slide" in text
    for role in ("Quote", "Figures", "People", "Sources"):
        assert f"No '{role}' layout" in text
    assert report.layout_map["Bullets"] == "Std Text 1"
    assert report.layout_map["Title"] == "ACME Cover 2019"
    prs = Presentation(str(target))
    assert prs.slide_width == 9144000  # the template's own 4:3 page is kept
    assert "Beispielfolie" not in read_pptx(target).text
    assert squash("1,2 Bio. Yuan") in squash(read_pptx(target).text)


def test_template_missing_placeholders_gets_text_boxes_and_a_report(tmp_path):
    template = _corporate_template(tmp_path / "bare.potx", body_placeholders=False, as_potx=True)
    target = tmp_path / "deck.pptx"
    report = export_briefing(make_project(), pptx_path=target, template=template)
    assert any("text placeholder" in w for w in report.warnings), report.warnings
    rb = read_pptx(target)
    assert squash("Schutz geistigen Eigentums ansprechen") in squash(rb.text)
    assert len(rb.pages) == report.slide_count


def test_not_a_presentation_is_a_template_error(tmp_path):
    fake = tmp_path / "corporate.pptx"
    fake.write_text("this is a text file", encoding="utf-8")
    with pytest.raises(TemplateError) as err:
        export_briefing(make_project(), pptx_path=tmp_path / "d.pptx", template=fake)
    assert "not a valid PowerPoint file" in err.value.user_text()
    assert not (tmp_path / "d.pptx").exists()


def test_broken_zip_and_wrong_type_and_missing_template(tmp_path):
    broken = tmp_path / "broken.pptx"
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("hello.txt", "no presentation in here")
    docx = tmp_path / "letter.docx"
    docx.write_bytes(broken.read_bytes())
    for template, words in ((broken, "could not be opened"), (docx, "not a PowerPoint template"), (tmp_path / "gone.pptx", "not found")):
        with pytest.raises(TemplateError) as err:
            export_briefing(make_project(), pptx_path=tmp_path / "d.pptx", template=template)
        assert words in err.value.message


def test_read_only_target_is_refused_and_left_untouched(tmp_path):
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"old deck")
    target.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(ExportError) as err:
            export_briefing(make_project(), pptx_path=target)
        assert "read-only" in err.value.user_text()
        assert target.read_bytes() == b"old deck"
        assert sorted(os.listdir(tmp_path)) == ["deck.pptx"]  # no temp file left behind
    finally:
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_missing_folder_is_an_export_error(tmp_path):
    with pytest.raises(ExportError) as err:
        export_briefing(make_project(), pptx_path=tmp_path / "nope" / "deck.pptx")
    assert "does not exist" in err.value.message


def test_long_text_shrinks_to_a_floor_then_continues(tmp_path):
    project = make_project()
    long = "Die Delegation sollte die Genehmigungsfristen, die Verfügbarkeit von Fachkräften und den Schutz geistigen Eigentums ansprechen, bevor Zusagen gemacht werden"
    project.briefing.key_messages = [f"{n}. {long}" for n in range(1, 13)]
    target = tmp_path / "deck.pptx"
    report = export_briefing(project, pptx_path=target)
    prs = Presentation(str(target))
    key_slides = [s for s in prs.slides if s.shapes.title.text.startswith("Kernbotschaften")]
    assert len(key_slides) >= 3
    assert key_slides[1].shapes.title.text == "Kernbotschaften (Fortsetzung)"
    sizes = [r.font.size for s in key_slides for sh in s.shapes if sh.has_text_frame and sh != s.shapes.title
             for p in sh.text_frame.paragraphs for r in p.runs if r.font.size]
    assert min(sizes) >= Pt(8)  # footers are 9 pt; body text never below its 12 pt floor
    body = [r.font.size for s in key_slides for r in s.placeholders[1].text_frame.paragraphs[0].runs[:1]]
    assert min(body) >= Pt(12)
    text = squash(read_pptx(target).text)
    assert all(squash(m) in text for m in project.briefing.key_messages)
    assert report.slide_count == len(prs.slides)


def test_cjk_runs_name_an_east_asian_typeface(tmp_path):
    target = tmp_path / "deck.pptx"
    export_briefing(make_project(), pptx_path=target)
    prs = Presentation(str(target))
    runs = [r for s in prs.slides for r in s._element.iter(qn("a:r")) if "太仓" in (r.findtext(qn("a:t")) or "")]
    assert runs
    for r in runs:
        ea = r.find(qn("a:rPr")).find(qn("a:ea"))
        assert ea is not None and ea.get("typeface")


def test_document_properties_and_optional_author(tmp_path):
    export_briefing(make_project(), pptx_path=tmp_path / "a.pptx")
    export_briefing(make_project(), pptx_path=tmp_path / "b.pptx", author="Anna Groß")
    a = Presentation(str(tmp_path / "a.pptx")).core_properties
    b = Presentation(str(tmp_path / "b.pptx")).core_properties
    assert a.title == "Delegationsgespräch Industriecluster Taicang (太仓)"
    assert "Verwaltungskommission" in a.subject
    assert a.author == "" and a.last_modified_by == ""
    assert b.author == "Anna Groß"


def test_notes_and_shape_names_carry_the_trace(tmp_path):
    project = make_project()
    target = tmp_path / "deck.pptx"
    export_briefing(project, pptx_path=target)
    prs = Presentation(str(target))
    figure_slide = next(s for s in prs.slides if s.slide_layout.name == "Figures")
    names = [sh.name for sh in figure_slide.shapes if sh.name.startswith("Figure")]
    assert len(names) == 3 and all("ann:" in n for n in names)
    notes = figure_slide.notes_slide.notes_text_frame.text
    # the figure's whole sentence, for the speaker to read out; no internal ids in the notes
    assert "wird auf 1,2 Billionen Yuan (rund 160 Milliarden Euro) beziffert." in notes
    assert "Quelle [1]: Wirtschaftskurier" in notes and "ann:" not in notes


def test_template_warnings_read_german_in_the_german_ui(tmp_path):
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "errors_de.ts"
    german = {m.findtext("source", ""): m.findtext("translation", "") for m in ET.parse(ts).getroot().iter("message")}
    template = _corporate_template(tmp_path / "acme.pptx")
    report = export_briefing(make_project(), pptx_path=tmp_path / "deck.pptx", template=template)
    assert report.warnings and all(isinstance(w, str) for w in report.warnings)
    example = next(w for w in report.warnings if "example slide" in w)
    assert example.text() == str(example)  # the CLI and logs read the English text
    shown = example.text(lambda s: german.get(s) or s)
    assert shown.startswith("Die Vorlage enthielt 1 Beispielfolie")
    for w in report.warnings:
        assert w.template in german, w.template


def _short_titles_template(path: Path, height_pt: float) -> Path:
    """The classic template with every layout's title box cut to ``height_pt`` (a tight corporate master)."""
    prs = Presentation(str(next(t.path for t in builtin_templates() if t.path.stem == "briefing-classic")))
    for layout in prs.slide_layouts:
        for ph in layout.placeholders:
            if ph.placeholder_format.type in (1, 3):  # TITLE, CENTER_TITLE
                ph.height = Pt(height_pt)
    prs.save(str(path))
    return path


TAKEAWAY_160 = ("Die Investition in Taicang ist real und vom Mittelstand getragen, aber die Euro-Zahl der Presse ist "
                "um den Faktor zehn zu klein: vor dem Gespräch richtigstellen")


def _takeaway_title(tmp_path: Path, height_pt: float):
    from briefing_app.core.briefing import Section
    from briefing_app.core.briefing_commands import SetTakeaway

    project = make_project()
    SetTakeaway(Section.QUOTES, TAKEAWAY_160).do(project)
    template = _short_titles_template(tmp_path / f"short-{height_pt}.pptx", height_pt)
    report = export_briefing(project, pptx_path=tmp_path / f"deck-{height_pt}.pptx", template=template)
    slide = next(s for s in Presentation(str(report.pptx_path)).slides if TAKEAWAY_160 in s.shapes.title.text)
    return report, slide.shapes.title.text_frame.paragraphs


def test_a_takeaway_drops_the_section_name_before_it_would_overflow_a_tight_title_box(tmp_path):
    report, paras = _takeaway_title(tmp_path, 48)  # room for the takeaway in two lines, not for the line above
    assert [p.text for p in paras] == [TAKEAWAY_160]
    assert paras[0].runs[0].font.size >= Pt(16)
    assert not [w for w in report.warnings if "too long" in str(w)]


def test_a_title_that_cannot_fit_its_box_is_reported(tmp_path):
    report, paras = _takeaway_title(tmp_path, 26)
    assert [p.text for p in paras] == [TAKEAWAY_160]
    assert any("is too long for its box" in str(w) for w in report.warnings)
