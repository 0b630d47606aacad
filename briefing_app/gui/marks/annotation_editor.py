"""The detail editor for the selected mark: each finished edit becomes one undoable command.

Fields commit when editing finishes (Enter, Tab, focus leaves, another mark is selected),
so typing a label is one undo step, not one per key, and nothing typed is lost; Escape
puts the field back to its stored value.  Tab and Shift+Tab walk the fields in the order
they are shown.  The editor never changes the project itself: it emits
``edit(annotation_id, {field_path: value})`` and the window pushes the command.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.annotation import Annotation, Kind, SpeechKind, State
from briefing_app.core.number_format import format_plain, unit_display, unit_from_display
from briefing_app.core.results import Finding
from briefing_app.core.value_input import parse_value

from ..reading.kinds import kind_label
from ..shell.i18n import ui_language
from .annotation_model import confidence_text
from .cue_text import cue_text
from .figure_text import figure_display
from .finding_notice import FindingNotice


class _CommitOnFocusOut(QObject):
    """``QPlainTextEdit`` has no ``editingFinished``; this filter provides one."""

    def __init__(self, edit: QPlainTextEdit, commit) -> None:
        super().__init__(edit)
        self._commit = commit
        edit.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._commit()
        return False


class _RevertOnEscape(QObject):
    """Escape in a field puts back the text it had when the mark was shown (nothing is committed)."""

    def __init__(self, edit: QLineEdit | QPlainTextEdit, revert) -> None:
        super().__init__(edit)
        self._revert = revert
        edit.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            return self._revert(obj)
        return False


class AnnotationEditor(QWidget):
    edit = Signal(str, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ann: Annotation | None = None
        self._loading = False
        self._shown: dict[QWidget, str] = {}  # each field's text as loaded: only typed changes are pending
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.origin = QLabel(self)
        self.origin.setWordWrap(True)
        self.origin.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = FindingNotice(self)  # filled by the inspector: open findings on this mark

        # common fields
        self.in_briefing = QCheckBox(self.tr("In the &briefing"), self)
        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(70)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. investment, risk"))

        # quote
        self.quote_box = QGroupBox(self.tr("Quote"), self)
        self.speaker, self.role, self.organisation = QLineEdit(), QLineEdit(), QLineEdit()
        self.speech = QComboBox()
        self.speech.addItem(self.tr("Direct (verbatim)"), SpeechKind.DIRECT.value)
        self.speech.addItem(self.tr("Indirect (reported)"), SpeechKind.INDIRECT.value)
        self.translation = QPlainTextEdit()
        self.translation.setTabChangesFocus(True)
        self.translation.setMaximumHeight(70)
        qf = QFormLayout(self.quote_box)
        qf.addRow(self.tr("&Speaker:"), self.speaker)
        qf.addRow(self.tr("&Role:"), self.role)
        qf.addRow(self.tr("&Organisation:"), self.organisation)
        qf.addRow(self.tr("S&peech:"), self.speech)
        qf.addRow(self.tr("&Translation:"), self.translation)

        # figure
        self.figure_box = QGroupBox(self.tr("Figure"), self)
        self.value, self.unit, self.label, self.qualifier = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.value.setPlaceholderText(self.tr("true value, e.g. 1,2 Bio. or 1200000000000"))
        self.unit.setPlaceholderText(self.tr("EUR, CNY, percent, Projekte …"))
        self.label.setPlaceholderText(self.tr("what it measures"))
        self.approx = QCheckBox(self.tr("&Approximate"))
        self.normalised = QLabel()
        self.normalised.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ff = QFormLayout(self.figure_box)
        ff.addRow(self.tr("&Value:"), self.value)
        ff.addRow(self.tr("&Unit:"), self.unit)
        ff.addRow(self.tr("&Label:"), self.label)
        ff.addRow(self.tr("&Qualifier:"), self.qualifier)
        ff.addRow("", self.approx)
        ff.addRow(self.tr("Shown as:"), self.normalised)

        # person
        self.person_box = QGroupBox(self.tr("Person"), self)
        self.person_name, self.person_role, self.person_org = QLineEdit(), QLineEdit(), QLineEdit()
        pf = QFormLayout(self.person_box)
        pf.addRow(self.tr("&Name:"), self.person_name)
        pf.addRow(self.tr("&Role:"), self.person_role)
        pf.addRow(self.tr("&Organisation:"), self.person_org)

        common = QFormLayout()
        common.addRow("", self.in_briefing)
        common.addRow(self.tr("&Comment:"), self.comment)
        common.addRow(self.tr("T&ags:"), self.tags)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.origin)
        lay.addWidget(self.notice)
        lay.addWidget(self.quote_box)
        lay.addWidget(self.figure_box)
        lay.addWidget(self.person_box)
        lay.addLayout(common)
        lay.addStretch(1)

        names = {
            self.speaker: self.tr("Speaker"), self.role: self.tr("Speaker's role"), self.organisation: self.tr("Organisation"),
            self.speech: self.tr("Direct or indirect speech"), self.translation: self.tr("Translation or paraphrase"),
            self.value: self.tr("Figure value"), self.unit: self.tr("Unit"), self.label: self.tr("Figure label"),
            self.qualifier: self.tr("Qualifier"), self.approx: self.tr("Approximate"), self.person_name: self.tr("Name"),
            self.person_role: self.tr("Role"), self.person_org: self.tr("Organisation"), self.comment: self.tr("Comment"),
            self.tags: self.tr("Tags"), self.in_briefing: self.tr("In the briefing"),
        }
        for w, name in names.items():
            w.setAccessibleName(name)

        # commits
        self._lines = (
            (self.speaker, "quote.speaker"), (self.role, "quote.role"), (self.organisation, "quote.organisation"),
            (self.unit, "figure.unit"), (self.label, "figure.label"), (self.qualifier, "figure.qualifier"),
            (self.person_name, "person.name"), (self.person_role, "person.role"), (self.person_org, "person.organisation"),
        )
        for line, path in self._lines:
            if line is not self.speaker:
                line.editingFinished.connect(lambda w=line, p=path: self._commit(p, self._line_value(w, p)))
        # The speaker is chosen from the project's people (or typed as a new one).
        self.people_names = QStringListModel(self)
        self.speaker_completer = QCompleter(self.people_names, self)
        self.speaker_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.speaker_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker.setCompleter(self.speaker_completer)
        # name -> (role, organisation) of a known person
        self.person_lookup: Callable[[str], tuple[str, str] | None] = lambda _name: None
        # open findings touching a mark (set by the inspector)
        self.attention: Callable[[str], list[Finding]] = lambda _annotation_id: []
        self.speaker.editingFinished.connect(self._commit_speaker)
        self.speaker_completer.activated.connect(lambda _text: self._commit_speaker())
        self.tags.editingFinished.connect(self._commit_tags)
        self.value.editingFinished.connect(self._commit_value)
        self.value.textEdited.connect(lambda _t: self._mark_value_valid(True))
        _CommitOnFocusOut(self.comment, lambda: self._commit("comment", self.comment.toPlainText()))
        _CommitOnFocusOut(self.translation, lambda: self._commit("quote.translation", self.translation.toPlainText()))
        self.approx.toggled.connect(lambda on: self._commit("figure.approx", on))
        self.in_briefing.toggled.connect(lambda on: self._commit("in_briefing", on))
        self.speech.activated.connect(lambda _i: self._commit("quote.speech", SpeechKind(self.speech.currentData())))
        for w in self._text_fields():
            _RevertOnEscape(w, self._revert)
        # Tab follows the fields as they are shown; hidden boxes are skipped by Qt.
        order = [self.speaker, self.role, self.organisation, self.speech, self.translation,
                 self.value, self.unit, self.label, self.qualifier, self.approx,
                 self.person_name, self.person_role, self.person_org,
                 self.in_briefing, self.comment, self.tags]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._switching = False
        self.set_annotation(None)

    # -- showing -------------------------------------------------------------------
    def set_annotation(self, ann: Annotation | None) -> None:
        if self.ann is not None and (ann is None or ann.id != self.ann.id) and not self._switching:
            # Another mark is selected: what was typed for this one is kept, not dropped.
            self._switching = True
            try:
                self.commit_pending()
            finally:
                self._switching = False
        self._loading = True
        try:
            self.ann = ann
            self.setEnabled(ann is not None)
            # Each box is set once to its final visibility: hiding the box that holds the
            # focus (even for a moment) would throw the focus out of the editor mid-Tab.
            kind = ann.kind if ann is not None else None
            self.quote_box.setVisible(kind is Kind.QUOTE and ann is not None and ann.quote is not None)
            self.figure_box.setVisible(kind is Kind.FIGURE and ann is not None and ann.figure is not None)
            self.person_box.setVisible(kind is Kind.PERSON and ann is not None and ann.person is not None)
            if ann is None:
                self.title.setText(self.tr("Select a mark in the text or in the list to edit it."))
                self.origin.clear()
                # Every field, hidden ones too: nothing of a previous mark or project lingers.
                for w in self._text_fields():
                    w.clear()
                self.normalised.clear()
                self.approx.setChecked(False)
                self.in_briefing.setChecked(False)
                return
            text = " ".join(ann.text.split())
            self.title.setText(f"{kind_label(ann.kind)}: {text[:200]}{'…' if len(text) > 200 else ''}")
            self.origin.setText(self._origin_text(ann))
            self._set(self.comment, ann.comment)
            self._set(self.tags, ", ".join(ann.tags))
            self.in_briefing.setChecked(ann.in_briefing)
            self.in_briefing.setEnabled(ann.state is State.ACCEPTED)
            if ann.kind is Kind.QUOTE and ann.quote:
                q = ann.quote
                for w, v in ((self.speaker, q.speaker), (self.role, q.role), (self.organisation, q.organisation), (self.translation, q.translation)):
                    self._set(w, v)
                self.speech.setCurrentIndex(self.speech.findData(q.speech.value))
            if ann.kind is Kind.FIGURE and ann.figure:
                f = ann.figure
                self._set(self.value, format_plain(f.value, "", ui_language()) if f.value is not None else "")
                self._mark_value_valid(True)
                # the unit in the UI language ("Firmen", not the stored key "companies")
                for w, v in ((self.unit, unit_display(f.unit, ui_language())), (self.label, f.label), (self.qualifier, f.qualifier)):
                    self._set(w, v)
                self.approx.setChecked(f.approx)
                self.normalised.setText(figure_display(f, ann.anchor.exact) or self.tr("(no value yet)"))
            if ann.kind is Kind.PERSON and ann.person:
                p = ann.person
                for w, v in ((self.person_name, p.name), (self.person_role, p.role), (self.person_org, p.organisation)):
                    self._set(w, v)
        finally:
            self._loading = False
            self._shown = {w: self._text(w) for w in self._text_fields()}

    def _text_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        return [*(w for w, _p in self._lines), self.value, self.tags, self.comment, self.translation]

    @staticmethod
    def _text(w: QLineEdit | QPlainTextEdit) -> str:
        return w.text() if isinstance(w, QLineEdit) else w.toPlainText()

    def refresh_origin(self) -> None:
        """Say again where the mark came from (its shown confidence follows open findings)."""
        if self.ann is not None:
            self.origin.setText(self._origin_text(self.ann))

    def _revert(self, w: QObject) -> bool:
        """Escape: the field shows its stored value again; returns whether there was anything to undo."""
        if not isinstance(w, (QLineEdit, QPlainTextEdit)) or w not in self._shown:
            return False
        stored = self._shown[w]
        if self._text(w) == stored:
            return False
        self._loading = True
        try:
            self._set(w, stored)
            if w is self.value:
                self._mark_value_valid(True)
        finally:
            self._loading = False
        return True

    def _origin_text(self, ann: Annotation) -> str:
        if ann.state is State.SUGGESTED:
            shown = confidence_text(ann, self.attention(ann.id))  # never high for a figure with an open error
            base = self.tr("Suggested by the analysis (confidence %1)").replace("%1", shown)
        elif ann.state is State.REJECTED:
            base = self.tr("Rejected suggestion")
        elif ann.cue:
            base = self.tr("Accepted suggestion")
        else:
            base = self.tr("Your mark")
        if ann.cue:
            base += " — " + self.tr("cue: %1").replace("%1", cue_text(ann.cue))
        if ann.needs_review:
            base += "\n" + self.tr("Needs review: the text moved since this was marked.")
        return base

    @staticmethod
    def _set(w: QLineEdit | QPlainTextEdit, value: str) -> None:
        current = w.text() if isinstance(w, QLineEdit) else w.toPlainText()
        if current != value:
            if isinstance(w, QLineEdit):
                w.setText(value)
                w.setCursorPosition(0)  # a long organisation shows its start, not its end
            else:
                w.setPlainText(value)

    # -- committing ----------------------------------------------------------------
    def _line_value(self, line: QLineEdit, path: str) -> str:
        """A line's text as the value to store; the unit field shows words and stores keys."""
        if path == "figure.unit":
            stored = self.ann.figure.unit if self.ann is not None and self.ann.figure is not None else ""
            return unit_from_display(line.text(), stored, ui_language())
        return line.text().strip()

    def _commit(self, path: str, value: Any) -> None:
        if self._loading or self.ann is None:
            return
        from briefing_app.core.commands import get_field

        try:
            if get_field(self.ann, path) == value:
                return
        except AttributeError:
            return
        self.edit.emit(self.ann.id, {path: value})

    def set_people(self, names: list[str], lookup: Callable[[str], tuple[str, str] | None]) -> None:
        """The names the speaker field offers, and how to find a known person's role and organisation."""
        if self.people_names.stringList() != names:
            self.people_names.setStringList(names)
        self.person_lookup = lookup

    def _commit_speaker(self) -> None:
        """A known person as speaker brings their role and organisation when those are still empty."""
        if self._loading or self.ann is None or self.ann.quote is None:
            return
        name = " ".join(self.speaker.text().split())
        if name == self.ann.quote.speaker:
            return
        changes: dict[str, Any] = {"quote.speaker": name}
        known = self.person_lookup(name) if name else None
        if known and not self.role.text().strip() and not self.organisation.text().strip():
            changes["quote.role"], changes["quote.organisation"] = known
        self.edit.emit(self.ann.id, changes)

    def _tags(self) -> list[str]:
        return list(dict.fromkeys(t.strip() for t in self.tags.text().split(",") if t.strip()))

    def _commit_tags(self) -> None:
        self._commit("tags", self._tags())

    def commit_pending(self) -> None:
        """Take over text still being typed, as one edit (before a save, close or export)."""
        if self._loading or self.ann is None:
            return
        from briefing_app.core.commands import get_field

        typed = {w for w in self._text_fields() if self._text(w) != self._shown.get(w, self._text(w))}
        values: dict[str, Any] = {path: self._line_value(line, path) for line, path in self._lines if line in typed}
        if self.comment in typed:
            values["comment"] = self.comment.toPlainText()
        if self.translation in typed:
            values["quote.translation"] = self.translation.toPlainText()
        if self.tags in typed:
            values["tags"] = self._tags()
        if self.value in typed:
            text = self.value.text().strip()
            value = parse_value(text, ui_language()) if text else None
            if value is not None or not text:
                values["figure.value"] = value
        changes = {}
        for path, value in values.items():
            try:
                if get_field(self.ann, path) != value:
                    changes[path] = value
            except AttributeError:
                continue
        if changes:
            self.edit.emit(self.ann.id, changes)

    def _commit_value(self) -> None:
        text = self.value.text().strip()
        if not text:
            self._commit("figure.value", None)
            return
        value = parse_value(text, ui_language())
        if value is None:
            self._mark_value_valid(False)
            return
        self._commit("figure.value", value)

    def _mark_value_valid(self, ok: bool) -> None:
        self.value.setToolTip("" if ok else self.tr("Not a number. Examples: 1,2 Bio. · 16 Mrd. · 4300 · 1.2e12"))
        font = self.value.font()
        font.setUnderline(not ok)
        self.value.setFont(font)
