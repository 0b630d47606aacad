"""Export dialog, handout and slide previews, and printing — no dialog ever opens for real."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from briefing_app.export import build_deck, builtin_templates
from briefing_app.gui.output.output_dialogs import OutputDialogs
from briefing_app.gui.shell.actions import MainAction


class FakeOutputDialogs(OutputDialogs):
    """Answers the export and print questions from what the test set."""

    def __init__(self) -> None:
        super().__init__(None)
        self.fill = lambda dialog: None  # sets the dialog's fields, as the user would
        self.accept_dialog = True
        self.template_answer = ""
        self.print_answer = True
        self.reports: list = []
        self.printers: list[QPrinter] = []

    def run(self, dialog) -> bool:
        self.fill(dialog)
        return self.accept_dialog

    def save_path(self, title, path, file_filter):
        return ""

    def template_file(self, folder):
        return self.template_answer

    def ask_printer(self, printer):
        self.printers.append(printer)
        return self.print_answer

    def show_report(self, report):
        self.reports.append(report)


@pytest.fixture(scope="session")
def accepted_project(sample_project_cached):
    from briefing_app.core.compose import refresh_briefing
    from briefing_app.pipeline import accept_all

    project = copy.deepcopy(sample_project_cached)
    accept_all(project)
    refresh_briefing(project)
    return project


@pytest.fixture
def out() -> FakeOutputDialogs:
    return FakeOutputDialogs()


@pytest.fixture
def win(make_window, accepted_project, out):
    w = make_window(copy.deepcopy(accepted_project))
    w.output_dialogs = w.exporter.output_dialogs = out
    yield w
    w.preview.timer.stop()
    w.preview.tasks.wait(10000)
    QApplication.processEvents()  # deliver results while the window still exists


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_export_through_the_dialog_writes_deck_and_handout(win, out, qtbot, tmp_path):
    from pptx import Presentation

    briefing = win.ws.project.briefing
    form = win.composer_view.form
    form.classification.setCurrentIndex(form.classification.findData("VS – Nur für den Dienstgebrauch"))
    form.classification.activated.emit(form.classification.currentIndex())

    def fill(dialog):
        dialog.pptx_path.setText(str(tmp_path / "out" / "deck"))  # the suffix is added
        dialog.pdf_path.setText(str(tmp_path / "out" / "handout.pdf"))
        dialog.template.setCurrentIndex(dialog.template.findData(builtin_templates()[-1].name))
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        dialog.with_author.setChecked(True)
        dialog.author.setText("Referat 21")
        (tmp_path / "out").mkdir()

    out.fill = fill
    win.main_actions[MainAction.EXPORT].trigger()
    qtbot.waitUntil(lambda: bool(out.reports), timeout=20000)
    report = out.reports[0]
    assert report.pptx_path == tmp_path / "out" / "deck.pptx" and report.pdf_path == tmp_path / "out" / "handout.pdf"
    deck = Presentation(str(report.pptx_path))
    texts = [sh.text_frame.text for slide in deck.slides for sh in slide.shapes if sh.has_text_frame]
    assert any(briefing.meeting.title in t for t in texts)
    assert deck.core_properties.author == "Referat 21"
    assert "VS – NUR FÜR DEN DIENSTGEBRAUCH" in pdf_text(report.pdf_path).upper()
    settings = win.export_settings
    assert settings.folder == str(tmp_path / "out")
    assert settings.template == builtin_templates()[-1].name and settings.paper == "letter"
    assert not win.dialogs.errors


def test_export_dialog_offers_your_own_template(win, out, tmp_path):
    from briefing_app.gui.output.export_dialog import OWN_TEMPLATE, ExportDialog

    own = tmp_path / "corporate.potx"
    own.write_bytes(builtin_templates()[0].path.read_bytes())
    out.template_answer = str(own)
    dialog = ExportDialog(win.ws.project.briefing, win.export_settings, out, win)
    names = [dialog.template.itemData(i) for i in range(dialog.template.count())]
    assert names[:-1] == [t.name for t in builtin_templates()] and names[-1] == OWN_TEMPLATE
    dialog.template.setCurrentIndex(len(names) - 1)
    dialog.template.activated.emit(len(names) - 1)
    assert dialog.options().template == str(own)
    assert "corporate.potx" in dialog.template.currentText()
    dialog.pptx_check.setChecked(False)
    dialog.pdf_check.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.deleteLater()


def test_export_errors_and_warnings_reach_the_user(win, out, qtbot, tmp_path):
    from briefing_app.gui.output.exporter import ExportOptions

    bad = tmp_path / "template.txt"
    bad.write_text("not a deck", encoding="utf-8")
    win.exporter.export(ExportOptions(tmp_path / "a.pptx", None, str(bad), "de"))
    qtbot.waitUntil(lambda: bool(win.dialogs.errors), timeout=20000)
    _title, text = win.dialogs.errors[0]
    assert "template.txt" in text and not out.reports

    from briefing_app.core.project import Project

    win.ws.set_project(Project())  # an empty briefing: exported, with a warning
    win.exporter.export(ExportOptions(None, tmp_path / "empty.pdf", "", "en"))
    qtbot.waitUntil(lambda: bool(out.reports), timeout=20000)
    assert any("no content" in w for w in out.reports[0].warnings)


def test_previews_show_handout_pages_and_one_thumbnail_per_slide(win, qtbot):
    win.main_actions[MainAction.SHOW_PREVIEW].trigger()
    preview = win.preview
    qtbot.waitUntil(lambda: preview.result is not None, timeout=20000)
    assert preview.handout.document.pageCount() == preview.result.page_count > 0
    deck = build_deck(win.ws.project)
    assert preview.slides.count() == len(preview.result.deck.slides) == len(deck.slides)

    first = preview.result
    form = win.composer_view.form
    form.title.setText("Neuer Titel für die Vorschau")
    form.title.editingFinished.emit()
    assert preview.timer.isActive()  # debounced, not at once
    qtbot.waitUntil(lambda: preview.result is not first, timeout=20000)
    assert preview.slides.list.item(0).text().endswith("Neuer Titel für die Vorschau")


def test_print_renders_the_handout_onto_the_printer(win, out, qtbot, tmp_path):
    from pypdf import PdfReader

    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    with qtbot.waitSignal(win.exporter.printed, timeout=20000) as printed:
        win.exporter.print_handout(printer)
    assert out.printers == [printer]
    assert printed.args[0] == len(PdfReader(str(target)).pages) > 0


def test_print_cancelled_in_the_dialog_prints_nothing(win, out, qtbot, tmp_path):
    out.print_answer = False
    target = tmp_path / "never.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    win.exporter.print_handout(printer)
    qtbot.waitUntil(lambda: bool(out.printers), timeout=20000)
    assert not target.exists()
    assert win.main_actions[MainAction.PRINT].shortcut().toString() == "Ctrl+P"


def test_report_dialog_lists_each_point_to_check(qtbot, tmp_path):
    from briefing_app.export import ExportReport
    from briefing_app.gui.output.export_report_dialog import ExportReportDialog

    report = ExportReport(pptx_path=tmp_path / "a.pptx", warnings=["Layout 'Quote' not found.", "Text was shrunk."])
    dialog = ExportReportDialog(report)
    qtbot.addWidget(dialog)
    assert [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())] == report.warnings
    assert not ExportReportDialog(ExportReport(pdf_path=tmp_path / "b.pdf")).warnings.count()
