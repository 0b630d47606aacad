"""The takeaway of the section selected in the composer: one sentence that becomes its slide title.

A consultant's "action title": instead of "Zahlen und Fakten" the slide says what the
figures mean.  The field follows the section of whatever is selected in the sections
tree (the section row or one of its items).  Like the meeting fields it commits on
Enter or when focus leaves, as one undo step, and Escape puts back the stored text.
A takeaway longer than a slide title can hold is not cut: it stays in the field, is not
committed, and a line under the field says how much to shorten it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from briefing_app.core.briefing import MAX_TAKEAWAY_CHARS, Section, clean_takeaway

from ..marks.annotation_editor import _RevertOnEscape
from .composer import Composer
from .composer_model import section_name


class TakeawayEdit(QWidget):
    def __init__(self, composer: Composer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.composer = composer
        self.section: Section | None = None
        self._loading = False
        self.edit = QLineEdit(self)
        self.edit.setObjectName("section_takeaway")
        self.edit.setAccessibleName(self.tr("Takeaway of the section"))
        self.edit.setClearButtonEnabled(True)
        self.edit.editingFinished.connect(self.commit)
        self.edit.textChanged.connect(self._check_length)
        _RevertOnEscape(self.edit, self._revert)
        self.too_long = QLabel(self)
        self.too_long.setObjectName("section_takeaway_too_long")
        self.too_long.setWordWrap(True)
        self.too_long.hide()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Takeaway:"), self.edit)
        form.addRow("", self.too_long)
        composer.changed.connect(self.load)
        composer.ws.commitRequested.connect(self.commit)
        self.show_section(None)

    def stored(self) -> str:
        return self.composer.briefing.takeaway(self.section) if self.section is not None else ""

    def show_section(self, section: Section | None) -> None:
        changed = section is not self.section
        self.section = section
        self.load(keep_typed=not changed)

    def _excess(self) -> int:
        return len(clean_takeaway(self.edit.text())) - MAX_TAKEAWAY_CHARS

    def _check_length(self) -> None:
        excess = self._excess()
        if excess > 0:
            self.too_long.setText(
                self.tr("%1 characters too long for a slide title (at most %2); shorten it to keep it.")
                .replace("%1", str(excess)).replace("%2", str(MAX_TAKEAWAY_CHARS)))
        self.too_long.setVisible(excess > 0)

    def load(self, keep_typed: bool = True) -> None:
        """Show the stored takeaway; an over-long one still being shortened stays (``keep_typed``)."""
        if keep_typed and self._excess() > 0:
            return
        self._loading = True
        try:
            self.edit.setEnabled(self.section is not None)
            if self.section is None:
                self.edit.setPlaceholderText(self.tr("Select a section to write its takeaway."))
            else:
                self.edit.setPlaceholderText(
                    self.tr("Optional: what “%1” shows, in one sentence; it becomes the slide title")
                    .replace("%1", section_name(self.section)))
            if self.edit.text() != self.stored():
                self.edit.setText(self.stored())
        finally:
            self._loading = False

    def commit(self) -> None:
        if self._loading or self.section is None or self._excess() > 0:
            return
        self.composer.set_takeaway(self.section, self.edit.text(), self.tr("Edit takeaway"))

    def _revert(self, _obj: object) -> bool:
        if self.edit.text() == self.stored():
            return False
        self._loading = True
        try:
            self.edit.setText(self.stored())
        finally:
            self._loading = False
        return True
