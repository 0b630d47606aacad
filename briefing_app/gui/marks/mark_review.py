"""The review list after an article update: marks that landed only fuzzily or not at all.

Nothing is dropped silently: each mark that needs review is listed with what it said,
and the user keeps it (as it landed), re-attaches it to text selected in the article,
or deletes it.  Every choice is an undoable command; the list stays open beside the
article (not modal) so text can be selected while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.core.anchoring import make_anchor
from briefing_app.core.article_update import is_orphaned
from briefing_app.core.commands import EditAnnotations, RemoveAnnotations
from briefing_app.core.errors import BriefingError

from ..reading.kinds import kind_label
from ..shell.error_boundary import error_text
from ..workspace.workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole


class MarkReviewDialog(QDialog):
    def __init__(self, workspace: Workspace, article_id: str, ids: list[str],
                 selected_range: Callable[[], tuple[int, int] | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mark_review")
        self.setWindowTitle(self.tr("Review Marks After the Update"))
        self.ws = workspace
        self.article_id = article_id
        self.selected_range = selected_range
        self.intro = QLabel(self.tr("These marks did not land on the same words in the new version. "
                                    "Keep each one, select its text in the article and re-attach it, or delete it."), self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Marks to review"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("&Keep"), self)
        self.reattach_button = QPushButton(self.tr("&Re-attach to Selection"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.keep_button, self.reattach_button, self.delete_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.list)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.keep_button.clicked.connect(self.keep)
        self.reattach_button.clicked.connect(self.reattach)
        self.delete_button.clicked.connect(self.delete)
        self.list.currentItemChanged.connect(self._follow)
        workspace.reset.connect(self.close)  # another project: these marks are gone
        for ann_id in ids:
            self._add_row(ann_id)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.resize(520, 360)

    def _add_row(self, ann_id: str) -> None:
        ann = self.ws.project.annotations.get(ann_id)
        if ann is None:
            return
        state = self.tr("not found") if is_orphaned(ann) else self.tr("found similar text")
        quoted = ann.anchor.exact if len(ann.anchor.exact) <= 120 else ann.anchor.exact[:119] + "…"
        item = QListWidgetItem(f"{kind_label(ann.kind)} ({state}): “{quoted}”", self.list)
        item.setData(ID_ROLE, ann_id)

    def ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def current_id(self) -> str:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else ""

    def _follow(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if current is not None and current.data(ID_ROLE) in self.ws.project.annotations:
            self.ws.select_annotation(current.data(ID_ROLE))

    def _done_with_current(self) -> None:
        self.message.clear()
        self.list.takeItem(self.list.currentRow())
        if not self.list.count():
            self.close()

    def keep(self) -> None:
        ann_id = self.current_id()
        if ann_id in self.ws.project.annotations:
            self.ws.push(EditAnnotations([ann_id], {"needs_review": False}), self.tr("Keep mark"))
            self._done_with_current()

    def reattach(self) -> None:
        ann_id = self.current_id()
        rng = self.selected_range()
        if ann_id not in self.ws.project.annotations:
            self._done_with_current()
            return
        if rng is None:
            self.message.setText(self.tr("Select the mark's text in the article first."))
            return
        try:
            article = self.ws.project.article(self.article_id)
            anchor = make_anchor(article.text, rng[0], rng[1], hash_of_text=article.text_hash)
        except BriefingError as err:
            self.message.setText(error_text(err))
            return
        self.ws.push(EditAnnotations([ann_id], {"anchor": anchor, "needs_review": False}), self.tr("Re-attach mark"))
        self._done_with_current()

    def delete(self) -> None:
        ann_id = self.current_id()
        if ann_id:
            self.ws.push(RemoveAnnotations([ann_id]), self.tr("Delete mark"))
            self._done_with_current()
