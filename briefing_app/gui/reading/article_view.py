"""The reading view: the clean article with its marks, a find bar, and text selection.

Marks are drawn as extra selections over a read-only document, so overlapping marks
simply layer and the text itself is never touched.  The view knows offsets and ids only:
it reports clicks and selections and the window decides what they mean.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QPalette, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.annotation import Annotation, State
from briefing_app.core.article import Article

from ..shell.i18n import short_date
from ..shell.icons import icon
from .kinds import finding_format, kind_label, mark_format, sentence_format, state_label
from .text_offsets import OffsetMap

READING_FAMILIES = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Droid Sans Fallback"]
READING_POINT_SIZE = 11.5
LINE_HEIGHT_PERCENT = 140
MAX_LINE_CHARS = 75
PAINT_MARGIN = 30_000  # characters painted either side of the viewport


class ReadingText(QTextEdit):
    """Read-only, selectable by mouse and keyboard; reports clicks as document positions."""

    clickedAt = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAcceptDrops(False)  # files dropped here go to the window's import
        self.viewport().setAcceptDrops(False)
        self.setUndoRedoEnabled(False)
        self.extra_menu_actions: list[QAction] = []
        font = QFont()
        font.setFamilies(READING_FAMILIES)
        font.setPointSizeF(READING_POINT_SIZE)
        self.document().setDefaultFont(font)
        self.setFont(font)
        self.document().setDocumentMargin(16)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clickedAt.emit(self.cursorForPosition(event.position().toPoint()).position())

    def contextMenuEvent(self, event) -> None:
        menu: QMenu = self.createStandardContextMenu(event.pos())
        if self.extra_menu_actions:
            existing = menu.actions()
            if existing:  # ours go first, then a line, then the standard entries
                for act in self.extra_menu_actions:
                    menu.insertAction(existing[0], act)
                menu.insertSeparator(existing[0])
            else:
                menu.addActions(self.extra_menu_actions)
                menu.addSeparator()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_column()

    def fit_column(self) -> None:
        """Keep lines at a comfortable length by centring a column in a wide window."""
        col = self.fontMetrics().averageCharWidth() * MAX_LINE_CHARS
        side = max(16, (self.viewport().width() - col) // 2)
        fmt = self.document().rootFrame().frameFormat()
        if int(fmt.leftMargin()) != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            self.document().rootFrame().setFrameFormat(fmt)


class FindBar(QWidget):
    """Ctrl+F: incremental search in the article; Enter finds the next hit, Esc closes."""

    def __init__(self, text: ReadingText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in article"))
        self.edit.setAccessibleName(self.tr("Find in article"))
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel(self)
        prev_btn, next_btn, close_btn = QToolButton(self), QToolButton(self), QToolButton(self)
        for btn, name, tip, slot in (
            (prev_btn, "mdi6.chevron-up", self.tr("Previous match"), self.find_previous),
            (next_btn, "mdi6.chevron-down", self.tr("Next match"), self.find_next),
            (close_btn, "mdi6.close", self.tr("Close the find bar"), self.close_bar),
        ):
            btn.setIcon(icon(name))
            btn.setToolTip(tip)
            btn.setAccessibleName(tip)
            btn.clicked.connect(slot)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 2)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.status)
        for btn in (prev_btn, next_btn, close_btn):
            lay.addWidget(btn)
        self.edit.textEdited.connect(lambda _t: self._find(restart=True))
        self.edit.returnPressed.connect(self.find_next)
        self.edit.installEventFilter(self)
        self.hide()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return True
        return super().eventFilter(obj, event)

    def open_bar(self) -> None:
        self.show()
        selected = self.text.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.edit.setText(selected)
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.text.setFocus()

    def find_next(self) -> None:
        self._find()

    def find_previous(self) -> None:
        self._find(backward=True)

    def _find(self, backward: bool = False, restart: bool = False) -> bool:
        needle = self.edit.text()
        if not needle:
            self.status.clear()
            return False
        if not self.isVisible():
            self.show()
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if restart:
            cur = self.text.textCursor()
            cur.setPosition(cur.selectionStart())
            self.text.setTextCursor(cur)
        found = self.text.find(needle, flags)
        if not found:  # wrap around
            cur = self.text.textCursor()
            cur.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.text.setTextCursor(cur)
            found = self.text.find(needle, flags)
        self.status.setText("" if found else self.tr("Not found"))
        return found


class ArticleView(QWidget):
    """Header (title, outlet, date) + reading text + find bar."""

    annotationClicked = Signal(str)
    selectionChanged = Signal(bool)  # whether text is selected

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setContentsMargins(16, 10, 16, 0)
        hf = self.header.font()
        hf.setPointSizeF(hf.pointSizeF() * 1.25)
        hf.setBold(True)
        self.header.setFont(hf)
        self.meta = QLabel(self)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setContentsMargins(16, 0, 16, 6)
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.text = ReadingText(self)
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.setAccessibleDescription(self.tr("Select text and press Q, F, K, P or N to mark it"))
        self.find_bar = FindBar(self.text, self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.header)
        lay.addWidget(self.meta)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.find_bar)
        self.article: Article | None = None
        self._map = OffsetMap("")
        self._marks: list[Annotation] = []
        self._current = ""
        self._finding_spans: list[tuple[int, int]] = []
        self._sentence: tuple[int, int] | None = None  # the sentence of the suggestion under review
        self._painted = (0, 0)
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(30)
        self._scroll_timer.timeout.connect(self._on_scroll)
        self.text.verticalScrollBar().valueChanged.connect(lambda _v: self._scroll_timer.start())
        self.text.clickedAt.connect(self._on_click)
        self.text.copyAvailable.connect(self.selectionChanged.emit)
        self.set_article(None, [])

    # -- content -------------------------------------------------------------------
    def set_article(self, article: Article | None, marks: list[Annotation], current: str = "",
                    finding_spans: list[tuple[int, int]] | None = None) -> None:
        same = article is not None and self.article is not None and article.id == self.article.id and article.text == self.article.text
        self.article = article
        if not same:
            self._show_text(article)
        self.set_marks(marks, current, finding_spans)

    def _show_text(self, article: Article | None) -> None:
        text = article.text if article else ""
        self._map = OffsetMap(text)
        self.text.setPlainText(text)
        cur = QTextCursor(self.text.document())
        cur.select(QTextCursor.SelectionType.Document)
        fmt = QTextBlockFormat()
        fmt.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cur.mergeBlockFormat(fmt)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.text.fit_column()
        if article is None:
            self.header.setText(self.tr("No article. Import one with Ctrl+I, paste one with Ctrl+Shift+V or drop a file here."))
            self.meta.clear()
        else:
            bits = [article.outlet, short_date(article.published), article.language.upper()]
            self.header.setText(article.display_title())
            self.meta.setText(" · ".join(b for b in bits if b))

    def set_marks(self, marks: list[Annotation], current: str = "", finding_spans: list[tuple[int, int]] | None = None) -> None:
        self._marks = [m for m in marks if m.state is not State.REJECTED]
        self._current = current
        if finding_spans is not None:
            self._finding_spans = finding_spans
        self._paint_marks()

    def set_sentence(self, span: tuple[int, int] | None) -> None:
        """Shade the sentence being reviewed, under the marks (None: no shading)."""
        if span != self._sentence:
            self._sentence = span
            self._paint_marks()

    def sentence(self) -> tuple[int, int] | None:
        return self._sentence

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cur = QTextCursor(self.text.document())
        cur.setPosition(self._map.to_doc(start))
        cur.setPosition(self._map.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        return cur

    def _visible_window(self) -> tuple[int, int]:
        """The text range worth painting: what is on screen plus a generous margin."""
        if not self.article:
            return 0, 0
        vp = self.text.viewport()
        first = self._map.to_text(self.text.cursorForPosition(vp.rect().topLeft()).position())
        last = self._map.to_text(self.text.cursorForPosition(vp.rect().bottomRight()).position())
        return max(0, first - PAINT_MARGIN), min(len(self.article.text), last + PAINT_MARGIN)

    def _on_scroll(self) -> None:
        lo, hi = self._visible_window()
        if lo < self._painted[0] or hi > self._painted[1]:
            self._paint_marks()

    def _paint_marks(self) -> None:
        """Draw marks as extra selections, only around the visible part of long articles.

        Painting thousands of selections costs a noticeable pause on every change; the
        marks near the viewport are all the eye can see.  Scrolling past the painted
        window paints the next one.
        """
        sels = []
        limit = len(self.article.text) if self.article else 0
        lo, hi = (0, limit) if limit <= 2 * PAINT_MARGIN else self._visible_window()
        self._painted = (lo, hi) if limit > 2 * PAINT_MARGIN else (0, max(limit, 1) * 2)
        if self._sentence is not None and 0 <= self._sentence[0] < self._sentence[1] <= limit:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(*self._sentence)
            sel.format = sentence_format()
            sels.append(sel)
        visible = [a for a in self._marks if a.anchor.start < hi and a.anchor.end > lo]
        # Longer marks first, so a short mark inside a long one is painted on top.
        for ann in sorted(visible, key=lambda a: (-(a.anchor.end - a.anchor.start), a.anchor.start)):
            if not (0 <= ann.anchor.start < ann.anchor.end <= limit):
                continue
            sel = QTextEdit.ExtraSelection()
            sel.cursor = self._cursor(ann.anchor.start, ann.anchor.end)
            sel.format = mark_format(ann.kind, ann.state, current=ann.id == self._current)
            sel.format.setToolTip(f"{kind_label(ann.kind)} ({state_label(ann.state)})")
            sels.append(sel)
        # Open findings last: their underline and colour stay visible over the marks they touch.
        for start, end in self._finding_spans:
            if 0 <= start < end <= limit and start < hi and end > lo:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = self._cursor(start, end)
                sel.format = finding_format()
                sels.append(sel)
        self.text.setExtraSelections(sels)

    # -- selection -----------------------------------------------------------------
    def selected_range(self) -> tuple[int, int] | None:
        cur = self.text.textCursor()
        if not cur.hasSelection():
            return None
        return self._map.to_text(cur.selectionStart()), self._map.to_text(cur.selectionEnd())

    def clear_selection(self) -> None:
        cur = self.text.textCursor()
        cur.clearSelection()
        self.text.setTextCursor(cur)

    def select_range(self, start: int, end: int) -> None:
        self.text.setTextCursor(self._cursor(start, end))

    def reveal(self, annotation: Annotation) -> None:
        """Scroll the mark into view (placing the caret at its start, leaving no selection)."""
        cur = QTextCursor(self.text.document())
        cur.setPosition(self._map.to_doc(min(annotation.anchor.end, len(self.article.text) if self.article else 0)))
        self.text.setTextCursor(cur)
        self.text.ensureCursorVisible()
        cur.setPosition(self._map.to_doc(annotation.anchor.start))
        self.text.setTextCursor(cur)
        self.text.ensureCursorVisible()

    def marks_at(self, offset: int) -> list[Annotation]:
        """Marks covering ``offset``, shortest first (the most specific mark wins a click)."""
        hits = [m for m in self._marks if m.anchor.start <= offset < m.anchor.end]
        return sorted(hits, key=lambda m: (m.anchor.end - m.anchor.start, m.anchor.start))

    def _on_click(self, position: int) -> None:
        hits = self.marks_at(self._map.to_text(position))
        if not hits:
            return
        ids = [h.id for h in hits]
        # Clicking again on overlapping marks cycles through them.
        nxt = ids[(ids.index(self._current) + 1) % len(ids)] if self._current in ids else ids[0]
        self.annotationClicked.emit(nxt)

    def characters_shown(self) -> int:
        return self.text.document().characterCount() - 1
