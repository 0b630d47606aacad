"""What import removed from the current article (breadcrumbs, share buttons, pagers …).

Each line is listed with the reason it was taken out; restoring puts it back in its
place and re-anchors the marks (one undoable step).  Nothing removed is ever lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from briefing_app.core.commands import ReplaceArticleText
from briefing_app.core.errors import BriefingError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

from ..shell.error_boundary import error_text
from ..shell.panel_layout import lay_out_panel
from ..workspace.workspace import Workspace

INDEX_ROLE = Qt.ItemDataRole.UserRole + 30


class RemovedPanel(QWidget):
    def __init__(self, workspace: Workspace, report_error, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.report_error = report_error
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Removed line"), self.tr("Reason")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAccessibleName(self.tr("Removed text"))
        self.summary = QLabel(self)
        self.restore_button = QPushButton(self.tr("Restore Selected"), self)
        self.restore_button.setToolTip(self.tr("Put the selected lines back into the article text"))
        lay_out_panel(self, self.tree, self.summary, [None, self.restore_button])
        self.restore_button.clicked.connect(self.restore_selected)
        workspace.currentArticleChanged.connect(lambda _aid: self.reload())
        workspace.reset.connect(self.reload)
        workspace.changed.connect(lambda c: self.reload() if self.ws.current_article_id in c.articles else None)
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        art = self.ws.current_article()
        removed = art.removed if art else []
        for i, line in enumerate(removed):
            item = QTreeWidgetItem([line.text, _reason_label(line.reason)])
            item.setData(0, INDEX_ROLE, i)
            item.setToolTip(0, line.text)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(1)
        self.summary.setText(self.tr("%n line(s) removed on import", "", len(removed)))
        self.restore_button.setEnabled(bool(removed))

    def restore_selected(self) -> None:
        indices = [it.data(0, INDEX_ROLE) for it in self.tree.selectedItems()]
        art = self.ws.current_article()
        if not indices or art is None:
            return
        from briefing_app.ingest import restore_lines

        try:
            restored = restore_lines(art, indices)
        except (BriefingError, IndexError, ValueError) as err:
            self.report_error(self.tr("Cannot Restore"), error_text(err))
            return
        self.ws.push(ReplaceArticleText(art.id, restored), self.tr("Restore removed text"))


# Why import took a line out, as the ingest code names it -> what the panel shows.
REASON_LABELS = {
    "dateline": QT_TRANSLATE_NOOP("RemovedReason", "Dateline"),
    "share": QT_TRANSLATE_NOOP("RemovedReason", "Share buttons"),
    "pager": QT_TRANSLATE_NOOP("RemovedReason", "Page navigation"),
    "breadcrumb": QT_TRANSLATE_NOOP("RemovedReason", "Breadcrumb trail"),
    "source": QT_TRANSLATE_NOOP("RemovedReason", "Source line"),
    "tags": QT_TRANSLATE_NOOP("RemovedReason", "Tags"),
    "headline": QT_TRANSLATE_NOOP("RemovedReason", "Headline"),
    "author": QT_TRANSLATE_NOOP("RemovedReason", "Author line"),
    "cookie": QT_TRANSLATE_NOOP("RemovedReason", "Cookie notice"),
    "newsletter": QT_TRANSLATE_NOOP("RemovedReason", "Newsletter sign-up"),
    "form": QT_TRANSLATE_NOOP("RemovedReason", "Form field"),
    "subscribe": QT_TRANSLATE_NOOP("RemovedReason", "Subscription offer"),
    "related": QT_TRANSLATE_NOOP("RemovedReason", "Related articles"),
    "ad": QT_TRANSLATE_NOOP("RemovedReason", "Advertisement"),
    "readtime": QT_TRANSLATE_NOOP("RemovedReason", "Reading time"),
    "copyright": QT_TRANSLATE_NOOP("RemovedReason", "Copyright notice"),
    "credit": QT_TRANSLATE_NOOP("RemovedReason", "Picture credit"),
    "comments": QT_TRANSLATE_NOOP("RemovedReason", "Comments"),
    "social": QT_TRANSLATE_NOOP("RemovedReason", "Social media links"),
    "contact": QT_TRANSLATE_NOOP("RemovedReason", "Contact details"),
    "url": QT_TRANSLATE_NOOP("RemovedReason", "Web address"),
    "running_header": QT_TRANSLATE_NOOP("RemovedReason", "Running header"),
    "page_number": QT_TRANSLATE_NOOP("RemovedReason", "Page number"),
    "navigation": QT_TRANSLATE_NOOP("RemovedReason", "Navigation menu"),
    "links": QT_TRANSLATE_NOOP("RemovedReason", "List of links"),
    "gallery": QT_TRANSLATE_NOOP("RemovedReason", "Photo gallery or video"),
    "agency": QT_TRANSLATE_NOOP("RemovedReason", "Agency code"),
    "kicker": QT_TRANSLATE_NOOP("RemovedReason", "Kicker above the headline"),
    "page_header": QT_TRANSLATE_NOOP("RemovedReason", "Page header"),
    "page_footer": QT_TRANSLATE_NOOP("RemovedReason", "Page below the article"),
    "page_label": QT_TRANSLATE_NOOP("RemovedReason", "Label the page repeats"),
    "author_box": QT_TRANSLATE_NOOP("RemovedReason", "About the author or the company"),
    "pages_not_read": QT_TRANSLATE_NOOP("RemovedReason", "PDF pages not read (page limit)"),
}


def _reason_label(reason: str) -> str:
    """The reason in the UI language; a code this table does not know is shown as it is."""
    label = REASON_LABELS.get(reason)
    return QCoreApplication.translate("RemovedReason", label) if label else reason
