"""The warning above the mark editor: an open figure-check finding on the selected mark.

Shown where the user decides on the mark, with the two ways out: apply the suggested
correction, or dismiss the finding as checked.  The widget only asks; the inspector
pushes the undoable commands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from briefing_app.core.corrections import corrected_value
from briefing_app.core.results import Finding

from ..reading.finding_text import finding_message, finding_short, severity_icon_name
from ..reading.kinds import FINDING_COLOUR
from ..shell.icons import icon


class FindingNotice(QFrame):
    applyRequested = Signal(object)  # Finding
    dismissRequested = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finding_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#finding_notice {{ border: 1px solid {FINDING_COLOUR}; border-radius: 3px; }}")
        self.finding: Finding | None = None
        self.icon = QLabel(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(icon("mdi6.auto-fix"), self.tr("Apply Correction"), self)
        self.apply_button.setToolTip(self.tr("Set the corrected value on the figure mark; the article text stays as published"))
        self.dismiss_button = QPushButton(icon("mdi6.eye-off-outline"), self.tr("Dismiss"), self)
        self.dismiss_button.setToolTip(self.tr("Checked and harmless: no longer counted or flagged (undoable)"))
        self.setAccessibleName(self.tr("Figure check warning"))
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.heading, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.apply_button)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        self.apply_button.clicked.connect(lambda: self.finding is not None and self.applyRequested.emit(self.finding))
        self.dismiss_button.clicked.connect(lambda: self.finding is not None and self.dismissRequested.emit(self.finding))
        self.show_findings([])

    def show_findings(self, findings: list[Finding]) -> None:
        """The first (most severe) open finding; a count says when there are more."""
        self.finding = findings[0] if findings else None
        self.setVisible(self.finding is not None)
        if self.finding is None:
            return
        f = self.finding
        self.icon.setPixmap(icon(severity_icon_name(f), FINDING_COLOUR).pixmap(20, 20))
        heading = finding_short(f)
        if len(findings) > 1:
            heading += " " + self.tr("(+%n more)", "", len(findings) - 1)
        self.heading.setText(heading)
        self.message.setText(finding_message(f))
        self.apply_button.setVisible(corrected_value(f) is not None)
