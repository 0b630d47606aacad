"""The export dialog: which files, which template, labels, paper, author, note space.

It only gathers choices (:meth:`options`) and remembers them (:meth:`remember`); the
:class:`Exporter` writes the files.  File names are proposed from the meeting title in
the last export folder; file pickers come from :class:`OutputDialogs` so tests answer them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.briefing import Briefing
from briefing_app.core.file_names import briefing_file_stem
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

from .export_options import ExportOptions
from .export_settings import ExportSettings
from .output_dialogs import OutputDialogs

OWN_TEMPLATE = "\x00own"  # the template combo's "Your own template…" entry
_TEMPLATE_LABELS = {
    "briefing-classic": QT_TRANSLATE_NOOP("Templates", "Classic: white slides, navy accent, Arial"),
    "briefing-modern": QT_TRANSLATE_NOOP("Templates", "Modern: teal accent panel on the title slide, Calibri"),
}


def template_label(name: str, description: str) -> str:
    """A built-in template's description in the UI language (unknown ones as shipped)."""
    return QCoreApplication.translate("Templates", _TEMPLATE_LABELS[name]) if name in _TEMPLATE_LABELS else description


def file_stem(briefing: Briefing) -> str:
    """A file name from the meeting title and date: "Briefing 2026-10-14 Delegation Taicang"."""
    return briefing_file_stem(briefing)


class ExportDialog(QDialog):
    def __init__(self, briefing: Briefing, settings: ExportSettings, output_dialogs: OutputDialogs,
                 parent: QWidget | None = None, *, stem: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export Briefing"))
        self.settings = settings
        self.output_dialogs = output_dialogs
        folder = Path(settings.folder or Path.home())
        stem = stem or file_stem(briefing)  # the same name Save As proposes (core.file_names)
        pptx_on, pdf_on = settings.pptx, settings.pdf

        self.pptx_check, self.pptx_path, pptx_row = self._file_row(
            self.tr("&PowerPoint deck (.pptx)"), folder / f"{stem}.pptx", pptx_on,
            self.tr("PowerPoint deck path"), self.tr("PowerPoint decks (*.pptx)"))
        self.pdf_check, self.pdf_path, pdf_row = self._file_row(
            self.tr("P&DF handout (.pdf)"), folder / f"{stem}.pdf", pdf_on,
            self.tr("PDF handout path"), self.tr("PDF files (*.pdf)"))
        self.docx_check, self.docx_path, docx_row = self._file_row(
            self.tr("&Word briefing (.docx)"), folder / f"{stem}.docx", False,
            self.tr("Word briefing path"), self.tr("Word documents (*.docx)"))

        self.template = QComboBox(self)
        self.template.setAccessibleName(self.tr("Deck template"))
        from briefing_app.export import builtin_templates  # python-pptx loads with the first export

        for info in builtin_templates():
            self.template.addItem(template_label(info.name, info.description), info.name)
        self.template.addItem(self.tr("Your own template…"), OWN_TEMPLATE)
        self._own_template = ""
        self.template.activated.connect(self._template_chosen)
        self._select_template(settings.template)

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the labels"))
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(briefing.label_language)))
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper)))
        self.with_author = QCheckBox(self.tr("Name the &author in the file properties:"), self)
        self.with_author.setChecked(settings.with_author)
        self.author = QLineEdit(settings.author, self)
        self.author.setAccessibleName(self.tr("Author"))
        self.author.setEnabled(settings.with_author)
        self.with_author.toggled.connect(self.author.setEnabled)
        self.note_space = QCheckBox(self.tr("Leave room for &notes in the handout"), self)
        self.note_space.setChecked(settings.note_space)

        files = QGroupBox(self.tr("Files"), self)
        fl = QVBoxLayout(files)
        fl.addLayout(pptx_row)
        fl.addLayout(pdf_row)
        fl.addLayout(docx_row)
        look = QGroupBox(self.tr("Options"), self)
        form = QFormLayout(look)
        form.addRow(self.tr("&Template:"), self.template)
        form.addRow(self.tr("&Labels in:"), self.language)
        form.addRow(self.tr("Pape&r:"), self.paper)
        author_row = QHBoxLayout()
        author_row.addWidget(self.with_author)
        author_row.addWidget(self.author, 1)
        form.addRow(author_row)
        form.addRow(self.note_space)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(files)
        lay.addWidget(look)
        lay.addWidget(self.buttons)
        for check in (self.pptx_check, self.pdf_check, self.docx_check):
            check.toggled.connect(self._update_enabled)
        self._update_enabled()
        self.resize(720, self.sizeHint().height())

    def _file_row(self, label: str, path: Path, checked: bool, accessible: str, file_filter: str):
        check = QCheckBox(label, self)
        check.setChecked(checked)
        edit = QLineEdit(str(path), self)
        edit.setAccessibleName(accessible)
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose file for %1").replace("%1", accessible))
        browse.clicked.connect(lambda: self._browse(edit, accessible, file_filter))
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(browse.setEnabled)
        edit.setEnabled(checked)
        browse.setEnabled(checked)
        row = QHBoxLayout()
        row.addWidget(check)
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return check, edit, row

    def _browse(self, edit: QLineEdit, title: str, file_filter: str) -> None:
        chosen = self.output_dialogs.save_path(title, edit.text(), file_filter)
        if chosen:
            edit.setText(chosen)

    def _update_enabled(self) -> None:
        self.export_button.setEnabled(any(c.isChecked() for c in (self.pptx_check, self.pdf_check, self.docx_check)))
        self.template.setEnabled(self.pptx_check.isChecked())

    # -- templates -------------------------------------------------------------------------
    def _select_template(self, name_or_path: str) -> None:
        i = self.template.findData(name_or_path) if name_or_path else 0
        if i < 0 and Path(name_or_path).is_file():
            self._set_own_template(name_or_path)
            return
        self.template.setCurrentIndex(max(0, i))

    def _set_own_template(self, path: str) -> None:
        self._own_template = path
        i = self.template.findData(OWN_TEMPLATE)
        self.template.setItemText(i, self.tr("Your own template: %1").replace("%1", Path(path).name))
        self.template.setItemData(i, path, Qt.ItemDataRole.ToolTipRole)
        self.template.setCurrentIndex(i)

    def _template_chosen(self, _index: int) -> None:
        if self.template.currentData() != OWN_TEMPLATE:
            return
        chosen = self.output_dialogs.template_file(str(Path(self._own_template).parent) if self._own_template else self.settings.folder)
        if chosen:
            self._set_own_template(chosen)
        elif not self._own_template:
            self.template.setCurrentIndex(0)

    def template_choice(self) -> str:
        data = self.template.currentData()
        return self._own_template if data == OWN_TEMPLATE else str(data)

    # -- result ----------------------------------------------------------------------------
    def options(self) -> ExportOptions:
        def path(check: QCheckBox, edit: QLineEdit, suffix: str) -> Path | None:
            if not check.isChecked() or not edit.text().strip():
                return None
            p = Path(edit.text().strip()).expanduser()
            return p if p.suffix.lower() == suffix else p.with_name(p.name + suffix)

        return ExportOptions(
            pptx_path=path(self.pptx_check, self.pptx_path, ".pptx"),
            pdf_path=path(self.pdf_check, self.pdf_path, ".pdf"),
            template=self.template_choice(),
            lang=self.language.currentData(),
            paper=self.paper.currentData(),
            author=self.author.text().strip() or None if self.with_author.isChecked() else None,
            note_space=self.note_space.isChecked(),
            docx_path=path(self.docx_check, self.docx_path, ".docx"),
        )

    def remember(self) -> None:
        o = self.options()
        first = o.pptx_path or o.pdf_path or o.docx_path
        if first is not None:
            self.settings.folder = str(first.parent)
        self.settings.template = o.template
        self.settings.paper = o.paper
        self.settings.note_space = o.note_space
        self.settings.with_author = self.with_author.isChecked()
        self.settings.author = self.author.text().strip()
        self.settings.pptx = self.pptx_check.isChecked()
        self.settings.pdf = self.pdf_check.isChecked()
        self.settings.sync()
