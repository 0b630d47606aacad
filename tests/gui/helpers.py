"""Small helpers the GUI tests share: selecting text in the reading view, finding marks."""

from __future__ import annotations

from PySide6.QtCore import Qt


def select_text(win, needle: str, occurrence: int = 0) -> tuple[int, int]:
    text = win.ws.current_article().text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    win.article_view.select_range(start, start + len(needle))
    win.article_view.text.setFocus(Qt.FocusReason.OtherFocusReason)
    return start, start + len(needle)


def marks_at(win, start: int, end: int, kind=None):
    return [a for a in win.ws.project.annotations.values()
            if a.anchor.start == start and a.anchor.end == end and (kind is None or a.kind is kind)]


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard, umlauts included (QTest's keyClicks knows only ASCII)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
