"""The shape the side panels share: a list on top, an explanation, a row of buttons.

``None`` in the button row stands for the stretch that pushes the rest to the right.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


def explanation_label(parent: QWidget) -> QLabel:
    from PySide6.QtCore import Qt

    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def lay_out_panel(panel: QWidget, body: QWidget, detail: QWidget | None, row: list[QWidget | None]) -> None:
    buttons = QHBoxLayout()
    for w in row:
        if w is None:
            buttons.addStretch(1)
        else:
            buttons.addWidget(w)
    lay = QVBoxLayout(panel)
    lay.setContentsMargins(4, 4, 4, 4)
    lay.addWidget(body, 1)
    if detail is not None:
        lay.addWidget(detail)
    lay.addLayout(buttons)
