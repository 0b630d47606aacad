"""Output edits of one placed item: a shortened text and a translation.

These change only what the deck and handout show; the mark, its anchor and the
article stay as they are (the original is shown above the fields for comparison, and
the speaker notes keep citing it).  An empty field means "use the original".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from briefing_app.core.annotation import Kind
from briefing_app.core.compose import find_item
from briefing_app.core.statements import quote_statement

from ..marks.annotation_editor import _CommitOnFocusOut
from ..reading.kinds import kind_label
from .composer import Composer


class ItemEditor(QWidget):
    def __init__(self, composer: Composer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.composer = composer
        self.annotation_id = ""
        self._loading = False
        self._prefill = ""
        self.original = QLabel(self)
        self.original.setObjectName("item_original")
        self.original.setWordWrap(True)
        self.original.setTextFormat(Qt.TextFormat.PlainText)
        self.original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.original.setAccessibleName(self.tr("Original text"))
        self.original.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text = self._edit("item_text", self.tr("Text in the outputs"), "text_override", self.tr("Edit item text"))
        self.translation = self._edit("item_translation", self.tr("Translation"), "translation",
                                      self.tr("Edit translation"))
        self.text_label = QLabel(self.tr("&Shown as:"), self)
        self.text_label.setBuddy(self.text)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Original:"), self.original)
        form.addRow(self.text_label, self.text)
        form.addRow(self.tr("T&ranslation:"), self.translation)
        composer.changed.connect(self.load)
        composer.ws.commitRequested.connect(self.commit_pending)
        self.show_item("")

    def _edit(self, name: str, accessible: str, field: str, undo_text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        _CommitOnFocusOut(edit, lambda: self.commit(field, edit.toPlainText().strip(), undo_text))
        return edit

    def commit(self, field: str, value: str, undo_text: str) -> None:
        if field == "text_override" and value == self._prefill:
            return  # the statement form offered as a start is what the outputs print anyway
        if not self._loading and self.annotation_id:
            self.composer.edit_item(self.annotation_id, field, value, undo_text)

    def commit_pending(self) -> None:
        """Take over text still being typed (read both fields first: a commit redraws them)."""
        if not self.annotation_id:
            return
        pending = [("text_override", self.text.toPlainText().strip(), self.tr("Edit item text")),
                   ("translation", self.translation.toPlainText().strip(), self.tr("Edit translation"))]
        for field, value, undo_text in pending:
            self.commit(field, value, undo_text)

    def show_item(self, annotation_id: str) -> None:
        self.annotation_id = annotation_id or ""
        self.load()

    def load(self) -> None:
        where = find_item(self.composer.briefing, self.annotation_id) if self.annotation_id else None
        ann = self.composer.ws.project.annotations.get(self.annotation_id) if where else None
        self._loading = True
        try:
            for w in (self.text, self.translation):
                w.setEnabled(ann is not None)
            if ann is None or where is None:
                self.annotation_id = ""
                self.original.setText(self.tr("Select an item to shorten it or add a translation."))
                self.text.setPlainText("")
                self.translation.setPlainText("")
                return
            item = self.composer.briefing.sections[where[0]][where[1]]
            self.original.setText(f"{kind_label(ann.kind)}: {ann.anchor.exact}")
            label = {Kind.FIGURE: self.tr("&Label:"), Kind.PERSON: self.tr("&Name:")}.get(ann.kind, self.tr("&Shown as:"))
            self.text_label.setText(label)
            default = (ann.figure.label if ann.kind is Kind.FIGURE and ann.figure else
                       ann.person.name if ann.kind is Kind.PERSON and ann.person else ann.anchor.exact)
            self._prefill = quote_statement(self.composer.ws.project, ann) if ann.kind is Kind.QUOTE else ""
            self.text.setPlaceholderText(default or self.tr("As in the article"))
            self.translation.setPlaceholderText(self.tr("Optional: the wording in the output language"))
            if self.text.toPlainText() != (item.text_override or self._prefill):
                self.text.setPlainText(item.text_override or self._prefill)
            if self.translation.toPlainText() != item.translation:
                self.translation.setPlainText(item.translation)
        finally:
            self._loading = False
