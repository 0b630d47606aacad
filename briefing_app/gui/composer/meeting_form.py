"""The briefing's own fields: meeting details, marking, label language and the texts.

Each field commits when editing finishes (Enter, Tab, focus leaves, a choice in a list),
so one finished edit is one undo step.  Lists (delegation, objectives, questions …) are
edited one entry per line.  The form only reads the briefing and calls the
:class:`Composer`; :meth:`load` shows the briefing again after an undo.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.briefing import Classification, reactive_from_lines, reactive_lines

from ..marks.annotation_editor import _CommitOnFocusOut, _RevertOnEscape
from ..shell.i18n import date_format
from .composer import Composer

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "no date"
CUSTOM = "\x00custom"  # the classification combo's "own text" entry


def lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def _text(w: QLineEdit | QPlainTextEdit) -> str:
    return w.text() if isinstance(w, QLineEdit) else w.toPlainText()


class MeetingForm(QWidget):
    def __init__(self, composer: Composer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.composer = composer
        self._loading = False
        self._list_edits: dict[str, QPlainTextEdit] = {}
        self._list_undo: dict[str, str] = {}
        self._shown: dict[QLineEdit | QPlainTextEdit, str] = {}  # each field's text as loaded: only typed changes are pending

        self.title = self._line("meeting.title", self.tr("Meeting title"), self.tr("Edit meeting title"),
                                self.tr("e.g. Delegation visit to the Taicang industrial park"))
        self.date = QDateEdit(self)
        self.date.setObjectName("meeting_date")
        self.date.setAccessibleName(self.tr("Meeting date"))
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(self.tr("No date"))
        self.date.setDisplayFormat(date_format())  # "22.09.2025" / "22 Sep 2025", like every shown date
        self.date.editingFinished.connect(self._commit_date)
        self.date.installEventFilter(self)
        self.date.calendarWidget().clicked.connect(lambda _d: self._commit_date())
        self.place = self._line("meeting.place", self.tr("Place"), self.tr("Edit meeting place"))
        self.counterpart = self._line("meeting.counterpart", self.tr("Counterpart organisation"),
                                      self.tr("Edit counterpart organisation"))
        self.delegation = self._list("meeting.delegation", self.tr("Our delegation"), self.tr("Edit delegation"), 3)
        self.participants = self._list("meeting.participants", self.tr("Their participants"),
                                       self.tr("Edit participants"), 3)

        self.classification = QComboBox(self)
        self.classification.setObjectName("classification")
        self.classification.setAccessibleName(self.tr("Classification marking"))
        self.classification.addItem(self.tr("None"), Classification.NONE.value)
        self.classification.addItem(Classification.INTERNAL.value, Classification.INTERNAL.value)
        self.classification.addItem(Classification.RESTRICTED.value, Classification.RESTRICTED.value)
        self.classification.addItem(self.tr("Own marking…"), CUSTOM)
        self.classification.activated.connect(self._classification_chosen)
        self.custom_marking = QLineEdit(self)
        self.custom_marking.setObjectName("custom_marking")
        self.custom_marking.setAccessibleName(self.tr("Own classification marking"))
        self.custom_marking.setPlaceholderText(self.tr("Marking printed on every page"))
        self.custom_marking.editingFinished.connect(self._commit_custom_marking)
        self.language = QComboBox(self)
        self.language.setObjectName("label_language")
        self.language.setAccessibleName(self.tr("Language of the outputs"))
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.language.activated.connect(
            lambda _i: self.composer.edit("label_language", self.language.currentData(), self.tr("Change output language")))

        self.objectives = self._list("objectives", self.tr("Objectives"), self.tr("Edit objectives"), 4)
        self.key_messages = self._list("key_messages", self.tr("Key messages"), self.tr("Edit key messages"), 4)
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("executive_summary")
        self.summary.setAccessibleName(self.tr("Executive summary"))
        self.summary.setPlaceholderText(self.tr("A few sentences; an empty line starts a new paragraph"))
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        _CommitOnFocusOut(self.summary, lambda: self._commit_text("executive_summary", self.summary.toPlainText(),
                                                                    self.tr("Edit executive summary")))
        self.questions = self._list("questions", self.tr("Questions to raise"), self.tr("Edit questions"), 4)
        self.reactive = self._list("reactive", self.tr("Reactive talking points"), self.tr("Edit reactive talking points"), 4)
        self.reactive.setPlaceholderText(self.tr("One per line: if they raise … → our line"))

        meeting = QGroupBox(self.tr("Meeting"), self)
        form = QFormLayout(meeting)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Counterpart:"), self.counterpart)
        form.addRow(self.tr("Our &delegation:"), self.delegation)
        form.addRow(self.tr("Their p&articipants:"), self.participants)
        output = QGroupBox(self.tr("Marking and language"), self)
        form2 = QFormLayout(output)
        marking = QHBoxLayout()
        marking.addWidget(self.classification)
        marking.addWidget(self.custom_marking, 1)
        marking_label = QLabel(self.tr("Classi&fication:"), output)
        marking_label.setBuddy(self.classification)
        form2.addRow(marking_label, marking)
        form2.addRow(self.tr("&Labels in:"), self.language)
        texts = QGroupBox(self.tr("Messages"), self)
        form3 = QFormLayout(texts)
        form3.addRow(self.tr("&Objectives:"), self.objectives)
        form3.addRow(self.tr("&Key messages:"), self.key_messages)
        form3.addRow(self.tr("Executive &summary:"), self.summary)
        form3.addRow(self.tr("&Questions to raise:"), self.questions)
        form3.addRow(self.tr("&Reactive points:"), self.reactive)
        for f in (form, form2, form3):
            f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            f.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields in a narrow dock
        lay = QVBoxLayout(self)
        lay.addWidget(meeting)
        lay.addWidget(output)
        lay.addWidget(texts)
        lay.addStretch(1)
        composer.changed.connect(self.load)
        composer.ws.commitRequested.connect(self.commit_pending)
        self.load()
        for w in self._shown:  # Escape puts a field back to the briefing's value, as in the inspector
            _RevertOnEscape(w, self._revert)

    def _revert(self, w: QLineEdit | QPlainTextEdit) -> bool:
        stored = self._shown.get(w)
        if stored is None or _text(w) == stored:
            return False
        self._loading = True
        try:
            w.setText(stored) if isinstance(w, QLineEdit) else w.setPlainText(stored)
        finally:
            self._loading = False
        return True

    # -- building blocks ---------------------------------------------------------------
    def _line(self, path: str, name: str, undo_text: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(path.replace(".", "_"))
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        edit.editingFinished.connect(lambda: self._commit_text(path, edit.text().strip(), undo_text))
        return edit

    def _list(self, path: str, name: str, undo_text: str, rows: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(path.replace(".", "_"))
        edit.setAccessibleName(name)
        edit.setPlaceholderText(self.tr("One per line"))
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * rows + 12)
        _CommitOnFocusOut(edit, lambda: self._commit_text(path, lines(edit.toPlainText()), undo_text))
        self._list_edits[path] = edit
        self._list_undo[path] = undo_text
        return edit

    def default_date(self) -> QDate:
        """Where an empty date field starts: the article's date, else today (never January 2000)."""
        art = self.composer.ws.current_article()
        published = getattr(art, "published", None) if art is not None else None
        if published:
            return QDate(published.year, published.month, published.day)
        return QDate.currentDate()

    def eventFilter(self, obj, event) -> bool:
        """Opening the calendar or stepping an empty date starts at :meth:`default_date`."""
        if obj is self.date and self.date.date() == NO_DATE:
            from PySide6.QtCore import QEvent

            keys = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_F4, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
            if event.type() == QEvent.Type.MouseButtonPress or (
                    isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in keys):
                self._loading = True
                try:
                    self.date.setDate(self.default_date())
                finally:
                    self._loading = False
        return super().eventFilter(obj, event)

    # -- commits -------------------------------------------------------------------------
    def _commit_text(self, path: str, value, undo_text: str) -> None:
        if path == "reactive":  # "topic → answer" lines are the briefing's topic/answer pairs
            value = reactive_from_lines(value)
        if not self._loading:
            self.composer.edit(path, value, undo_text)

    def _commit_date(self) -> None:
        d = self.date.date()
        value = None if d == NO_DATE else date(d.year(), d.month(), d.day())
        self._commit_text("meeting.date", value, self.tr("Edit meeting date"))

    def _classification_chosen(self, _index: int) -> None:
        data = self.classification.currentData()
        custom = data == CUSTOM
        self.custom_marking.setEnabled(custom)
        if custom:
            self.custom_marking.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.custom_marking.text().strip():
                self._commit_custom_marking()
            return
        self._commit_text("classification", data, self.tr("Change classification"))

    def _commit_custom_marking(self) -> None:
        if self.classification.currentData() == CUSTOM:
            self._commit_text("classification", self.custom_marking.text().strip(), self.tr("Change classification"))

    def commit_pending(self) -> None:
        """Take over text still being typed (before a save, close, export or print reads the briefing).

        Only fields typed into since the form was loaded; their values are read first,
        since each commit redraws the form from the briefing."""
        def typed(w: QLineEdit | QPlainTextEdit) -> bool:
            return _text(w) != self._shown.get(w, _text(w))

        pending: list[tuple[str, object, str]] = []
        for edit, path, undo_text in ((self.title, "meeting.title", self.tr("Edit meeting title")),
                                      (self.place, "meeting.place", self.tr("Edit meeting place")),
                                      (self.counterpart, "meeting.counterpart", self.tr("Edit counterpart organisation"))):
            if typed(edit):
                pending.append((path, edit.text().strip(), undo_text))
        for path, list_edit in self._list_edits.items():
            if typed(list_edit):
                pending.append((path, lines(list_edit.toPlainText()), self._list_undo[path]))
        if typed(self.summary):
            pending.append(("executive_summary", self.summary.toPlainText(), self.tr("Edit executive summary")))
        custom = typed(self.custom_marking) and self.classification.currentData() == CUSTOM and self.custom_marking.text().strip()
        for path, value, undo_text in pending:
            self._commit_text(path, value, undo_text)
        if custom:
            self._commit_text("classification", custom, self.tr("Change classification"))

    # -- showing the briefing --------------------------------------------------------------
    def load(self) -> None:
        b = self.composer.briefing
        m = b.meeting
        self._loading = True
        try:
            for edit, value in ((self.title, m.title), (self.place, m.place), (self.counterpart, m.counterpart)):
                if edit.text() != value:
                    edit.setText(value)
            qd = QDate(m.date.year, m.date.month, m.date.day) if m.date else NO_DATE
            if self.date.date() != qd:
                self.date.setDate(qd)
            for path, list_edit in self._list_edits.items():
                value = getattr(m, path.split(".")[1]) if path.startswith("meeting.") else getattr(b, path)
                value = reactive_lines(value) if path == "reactive" else value
                if lines(list_edit.toPlainText()) != value:
                    list_edit.setPlainText("\n".join(value))
            if self.summary.toPlainText() != b.executive_summary:
                self.summary.setPlainText(b.executive_summary)
            i = self.classification.findData(b.classification)
            if i < 0:  # the user's own marking
                i = self.classification.findData(CUSTOM)
                if self.custom_marking.text() != b.classification:
                    self.custom_marking.setText(b.classification)
            self.classification.setCurrentIndex(i)
            self.custom_marking.setEnabled(self.classification.currentData() == CUSTOM)
            j = self.language.findData(b.label_language)
            self.language.setCurrentIndex(max(0, j))
        finally:
            self._loading = False
            fields: list[QLineEdit | QPlainTextEdit] = [self.title, self.place, self.counterpart, self.summary,
                                                        self.custom_marking, *self._list_edits.values()]
            self._shown = {w: _text(w) for w in fields}
