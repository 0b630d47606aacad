"""Every user command as one ``QAction``, created from one registry keyed by an enum.

The specs below say text, shortcut, icon and status tip; the window binds behaviour to
them (``actions.bind(MainAction.SAVE, documents.save)``) and places them in menus and
tool bars.  One table keeps shortcuts unique and lets the menus list every shortcut.
Single-letter marks (Q/F/K/P/N) fire only while no text field has the focus: Qt hands
typed letters to line edits first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from briefing_app.core.annotation import Kind
from briefing_app.core.i18n import QT_TRANSLATE_NOOP

from .icons import icon

SK = QKeySequence.StandardKey


class MainAction(Enum):
    NEW = auto()
    OPEN = auto()
    SAVE = auto()
    SAVE_AS = auto()
    CLEAR_RECENT = auto()
    QUIT = auto()
    IMPORT = auto()
    PASTE_ARTICLE = auto()
    APPEND_PAGE = auto()
    UPDATE_ARTICLE_FILE = auto()
    UPDATE_ARTICLE_PASTE = auto()
    REMOVE_ARTICLE = auto()
    ANALYSE = auto()
    UNDO = auto()
    REDO = auto()
    FIND = auto()
    FIND_NEXT = auto()
    FIND_PREVIOUS = auto()
    PREFERENCES = auto()
    MARK_QUOTE = auto()
    MARK_FIGURE = auto()
    MARK_KEY_POINT = auto()
    MARK_PERSON = auto()
    MARK_NOTE = auto()
    DELETE_ANNOTATION = auto()
    TOGGLE_IN_BRIEFING = auto()
    ACCEPT_SUGGESTION = auto()
    REJECT_SUGGESTION = auto()
    NEXT_SUGGESTION = auto()
    PREVIOUS_SUGGESTION = auto()
    APPLY_FINDING = auto()
    SHOW_REMOVED = auto()
    SHOW_WELCOME = auto()
    FOCUS_ARTICLE = auto()
    FOCUS_LIST = auto()
    ABOUT = auto()
    OPEN_LOG_FOLDER = auto()
    SHORTCUTS = auto()
    USER_GUIDE = auto()
    TOOLBAR_TEXT = auto()
    SHOW_COMPOSER = auto()
    SHOW_PREVIEW = auto()
    MOVE_ITEM_UP = auto()
    MOVE_ITEM_DOWN = auto()
    REFRESH_PREVIEW = auto()
    EXPORT = auto()
    PRINT = auto()


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcuts: tuple[QKeySequence.StandardKey | str, ...] = ()
    icon: str = ""
    tip: str = ""
    checkable: bool = False
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut


_SPECS: dict[MainAction, ActionSpec] = {}


def add_action(key: MainAction, text: str, *shortcuts: QKeySequence.StandardKey | str, icon: str = "", tip: str = "",
               checkable: bool = False, context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> None:
    if key in _SPECS:
        raise ValueError(f"action {key} registered twice")
    _SPECS[key] = ActionSpec(text, tuple(shortcuts), icon, tip, checkable, context)


W = Qt.ShortcutContext.WidgetWithChildrenShortcut
A = MainAction
add_action(A.NEW, QT_TRANSLATE_NOOP("Actions", "&New Project"), SK.New, icon="mdi6.file-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Start an empty project"))
add_action(A.OPEN, QT_TRANSLATE_NOOP("Actions", "&Open…"), SK.Open, icon="mdi6.folder-open-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Open a saved briefing project"))
add_action(A.SAVE, QT_TRANSLATE_NOOP("Actions", "&Save"), SK.Save, icon="mdi6.content-save-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Save the project"))
add_action(A.SAVE_AS, QT_TRANSLATE_NOOP("Actions", "Save &As…"), SK.SaveAs, "Ctrl+Shift+S", icon="mdi6.content-save-edit-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Save the project under a new name"))
add_action(A.CLEAR_RECENT, QT_TRANSLATE_NOOP("Actions", "&Clear List"),
           tip=QT_TRANSLATE_NOOP("Actions", "Forget the recently opened files"))
add_action(A.QUIT, QT_TRANSLATE_NOOP("Actions", "&Quit"), SK.Quit, "Ctrl+Q", icon="mdi6.exit-to-app",
           tip=QT_TRANSLATE_NOOP("Actions", "Close the window"))
add_action(A.IMPORT, QT_TRANSLATE_NOOP("Actions", "&Import Article…"), "Ctrl+I", icon="mdi6.file-import-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Import articles from files (text, HTML, Word, PDF)"))
add_action(A.PASTE_ARTICLE, QT_TRANSLATE_NOOP("Actions", "&Paste Article"), "Ctrl+Shift+V", icon="mdi6.content-paste",
           tip=QT_TRANSLATE_NOOP("Actions", "Create an article from copied text; page furniture is removed"))
add_action(A.APPEND_PAGE, QT_TRANSLATE_NOOP("Actions", "Append &Page…"), "Ctrl+Shift+I", icon="mdi6.book-plus-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Add the next page of the current article from a file"))
add_action(A.UPDATE_ARTICLE_FILE, QT_TRANSLATE_NOOP("Actions", "&Update Article from File…"), icon="mdi6.file-replace-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Replace the current article with a newer version from a file; its marks move along"))
add_action(A.UPDATE_ARTICLE_PASTE, QT_TRANSLATE_NOOP("Actions", "Update Article from Pa&ste"),
           tip=QT_TRANSLATE_NOOP("Actions", "Replace the current article with a newer version from the clipboard; its marks move along"))
add_action(A.REMOVE_ARTICLE, QT_TRANSLATE_NOOP("Actions", "&Remove Article"), icon="mdi6.file-remove-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Remove the current article and its marks from the project"))
add_action(A.ANALYSE, QT_TRANSLATE_NOOP("Actions", "&Analyse Again"), "F5", icon="mdi6.refresh",
           tip=QT_TRANSLATE_NOOP("Actions", "Look for quotes, figures and figure errors again"))
add_action(A.UNDO, QT_TRANSLATE_NOOP("Actions", "&Undo"), SK.Undo, icon="mdi6.undo")
add_action(A.REDO, QT_TRANSLATE_NOOP("Actions", "&Redo"), SK.Redo, "Ctrl+Shift+Z", icon="mdi6.redo")
add_action(A.FIND, QT_TRANSLATE_NOOP("Actions", "&Find in Article…"), SK.Find, icon="mdi6.magnify",
           tip=QT_TRANSLATE_NOOP("Actions", "Find words in the article"))
add_action(A.FIND_NEXT, QT_TRANSLATE_NOOP("Actions", "Find &Next"), SK.FindNext, "F3")
add_action(A.FIND_PREVIOUS, QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), SK.FindPrevious, "Shift+F3")
add_action(A.PREFERENCES, QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"), SK.Preferences, "Ctrl+,", icon="mdi6.cog-outline")
add_action(A.MARK_QUOTE, QT_TRANSLATE_NOOP("Actions", "Mark as &Quote"), "Q", icon="mdi6.format-quote-close", context=W,
           tip=QT_TRANSLATE_NOOP("Actions", "Mark the selected text as a quote"))
add_action(A.MARK_FIGURE, QT_TRANSLATE_NOOP("Actions", "Mark as &Figure"), "F", icon="mdi6.numeric", context=W,
           tip=QT_TRANSLATE_NOOP("Actions", "Mark the selected text as a figure"))
add_action(A.MARK_KEY_POINT, QT_TRANSLATE_NOOP("Actions", "Mark as &Key Point"), "K", icon="mdi6.star-outline", context=W,
           tip=QT_TRANSLATE_NOOP("Actions", "Mark the selected text as a key point"))
add_action(A.MARK_PERSON, QT_TRANSLATE_NOOP("Actions", "Mark as &Person"), "P", icon="mdi6.account-outline", context=W,
           tip=QT_TRANSLATE_NOOP("Actions", "Mark the selected name as a person"))
add_action(A.MARK_NOTE, QT_TRANSLATE_NOOP("Actions", "Add &Note"), "N", icon="mdi6.note-text-outline", context=W,
           tip=QT_TRANSLATE_NOOP("Actions", "Attach a note to the selected text"))
add_action(A.DELETE_ANNOTATION, QT_TRANSLATE_NOOP("Actions", "&Delete Mark"), SK.Delete, icon="mdi6.delete-outline", context=W,
           tip=QT_TRANSLATE_NOOP("Actions", "Delete the selected mark"))
add_action(A.TOGGLE_IN_BRIEFING, QT_TRANSLATE_NOOP("Actions", "In &Briefing"), "Ctrl+B", icon="mdi6.presentation",
           tip=QT_TRANSLATE_NOOP("Actions", "Include the selected mark in the briefing or leave it out"))
add_action(A.ACCEPT_SUGGESTION, QT_TRANSLATE_NOOP("Actions", "&Accept Suggestion"), "Return", "Enter", icon="mdi6.check",
           context=W, tip=QT_TRANSLATE_NOOP("Actions", "Accept the selected suggestion"))
add_action(A.REJECT_SUGGESTION, QT_TRANSLATE_NOOP("Actions", "&Reject Suggestion"), "Del", "Backspace", icon="mdi6.close",
           context=W, tip=QT_TRANSLATE_NOOP("Actions", "Reject the selected suggestion"))
add_action(A.NEXT_SUGGESTION, QT_TRANSLATE_NOOP("Actions", "&Next Suggestion"), "J", icon="mdi6.chevron-down", context=W)
add_action(A.PREVIOUS_SUGGESTION, QT_TRANSLATE_NOOP("Actions", "&Previous Suggestion"), "K", icon="mdi6.chevron-up", context=W)
add_action(A.APPLY_FINDING, QT_TRANSLATE_NOOP("Actions", "Apply &Correction"), "Ctrl+Return", icon="mdi6.auto-fix",
           context=W, tip=QT_TRANSLATE_NOOP("Actions", "Set the corrected value on the figure mark (the article stays as published)"))
add_action(A.SHOW_REMOVED, QT_TRANSLATE_NOOP("Actions", "Show &Removed Text"), "Ctrl+Shift+R", icon="mdi6.text-box-remove-outline",
           checkable=True, tip=QT_TRANSLATE_NOOP("Actions", "List the lines import removed from the article, with the reason"))
add_action(A.SHOW_WELCOME, QT_TRANSLATE_NOOP("Actions", "&Start Page"), icon="mdi6.home-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Import, paste or open an article, a recent project or the sample"))
add_action(A.FOCUS_ARTICLE, QT_TRANSLATE_NOOP("Actions", "Go to &Article Text"), "Ctrl+1")
add_action(A.FOCUS_LIST, QT_TRANSLATE_NOOP("Actions", "Go to &Marks List"), "Ctrl+2")
add_action(A.ABOUT, QT_TRANSLATE_NOOP("Actions", "&About Briefing Desk"), icon="mdi6.information-outline")
add_action(A.OPEN_LOG_FOLDER, QT_TRANSLATE_NOOP("Actions", "Open &Log Folder"), icon="mdi6.folder-text-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Show the folder with the app's log file, to send it with a problem report"))
add_action(A.USER_GUIDE, QT_TRANSLATE_NOOP("Actions", "User &Guide"), SK.HelpContents, "F1", icon="mdi6.book-open-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "A short guide to the app, from article to export"))
add_action(A.SHORTCUTS, QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "Ctrl+/", icon="mdi6.keyboard-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Every command with its keys"))
add_action(A.TOOLBAR_TEXT, QT_TRANSLATE_NOOP("Actions", "Tool Bar &Text"), checkable=True,
           tip=QT_TRANSLATE_NOOP("Actions", "Show the names of the tool bar buttons under their icons"))
add_action(A.SHOW_COMPOSER, QT_TRANSLATE_NOOP("Actions", "&Compose Briefing"), "Ctrl+3", icon="mdi6.clipboard-text-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Show the briefing: meeting, messages and the order of its items"))
add_action(A.SHOW_PREVIEW, QT_TRANSLATE_NOOP("Actions", "Pre&view Handout and Slides"), "Ctrl+4", icon="mdi6.file-eye-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Show the handout and the slides as they will be exported"))
add_action(A.MOVE_ITEM_UP, QT_TRANSLATE_NOOP("Actions", "Move Item &Up"), "Ctrl+Up", icon="mdi6.arrow-up", context=W,
           tip=QT_TRANSLATE_NOOP("Actions", "Move the selected briefing item up (into the previous section at the top)"))
add_action(A.MOVE_ITEM_DOWN, QT_TRANSLATE_NOOP("Actions", "Move Item &Down"), "Ctrl+Down", icon="mdi6.arrow-down", context=W,
           tip=QT_TRANSLATE_NOOP("Actions", "Move the selected briefing item down (into the next section at the bottom)"))
add_action(A.REFRESH_PREVIEW, QT_TRANSLATE_NOOP("Actions", "&Refresh Preview"), "Ctrl+Shift+F5", icon="mdi6.refresh",
           tip=QT_TRANSLATE_NOOP("Actions", "Render the handout and slide previews again"))
add_action(A.EXPORT, QT_TRANSLATE_NOOP("Actions", "&Export Briefing…"), "Ctrl+E", icon="mdi6.export",
           tip=QT_TRANSLATE_NOOP("Actions", "Write the PowerPoint deck and the PDF handout"))
add_action(A.PRINT, QT_TRANSLATE_NOOP("Actions", "&Print Handout…"), SK.Print, "Ctrl+P", icon="mdi6.printer-outline",
           tip=QT_TRANSLATE_NOOP("Actions", "Print the handout"))


def missing_icons() -> int:
    """How many actions lack the icon they name: ``--smoke`` reports it, so an install
    without the icon font shows up in the install check, not as blank tool bars."""
    return sum(1 for spec in _SPECS.values() if spec.icon and icon(spec.icon).isNull())


MARK_ACTIONS: dict[MainAction, Kind] = {
    A.MARK_QUOTE: Kind.QUOTE,
    A.MARK_FIGURE: Kind.FIGURE,
    A.MARK_KEY_POINT: Kind.KEY_POINT,
    A.MARK_PERSON: Kind.PERSON,
    A.MARK_NOTE: Kind.NOTE,
}


class ActionRegistry:
    """The window's ``QAction`` for every :class:`MainAction`, created from the specs."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[MainAction, QAction] = {}
        for key, spec in _SPECS.items():
            act = QAction(QCoreApplication.translate("Actions", spec.text), parent)
            act.setObjectName(f"action_{key.name.lower()}")
            keys = [QKeySequence(s) for s in spec.shortcuts]
            keys = [k for k in dict.fromkeys(keys) if not k.isEmpty()]
            if keys:
                act.setShortcuts(keys)
            act.setShortcutContext(spec.context)
            if spec.icon:
                act.setIcon(icon(spec.icon))
            tip = QCoreApplication.translate("Actions", spec.tip) if spec.tip else act.text().replace("&", "")
            act.setStatusTip(tip)
            act.setToolTip(_tooltip(tip, keys))
            act.setCheckable(spec.checkable)
            self._actions[key] = act

    def __getitem__(self, key: MainAction) -> QAction:
        return self._actions[key]

    @staticmethod
    def title(key: MainAction) -> str:
        """The command's own name in the UI language, without mnemonic ("Save As"); an action's
        text may change while the app runs ("Undo Edit mark"), this does not."""
        return QCoreApplication.translate("Actions", _SPECS[key].text).replace("&", "").rstrip("…").strip()

    def __iter__(self):
        return iter(self._actions.items())

    def bind(self, key: MainAction, slot: Callable[..., object]) -> QAction:
        act = self._actions[key]
        if act.isCheckable():
            act.toggled.connect(slot)
        else:
            act.triggered.connect(lambda _checked=False: slot())
        return act


def _tooltip(tip: str, keys: list[QKeySequence]) -> str:
    if not keys:
        return tip
    return f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
