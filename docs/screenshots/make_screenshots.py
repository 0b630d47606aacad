"""Make the screenshots in this folder from the real window.

Run under a real X server (the xcb platform), e.g. with Xvfb:

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_screenshots.py --lang en
    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/make_screenshots.py --lang de

It opens the built-in sample, takes a few steps a desk officer would take (accept the
quote suggestions, mark a person, open a quote in the inspector, look at a suggestion and
at the figure check), and saves ``window.grab()`` after each.  Settings and recovery
files go to a temporary folder, never to the real home.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("en", "de"), default="en")
    ap.add_argument("--out", type=Path, default=HERE)
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    os.environ["BRIEFING_CONFIG_DIR"] = f"{tmp}/config"
    os.environ["BRIEFING_DATA_DIR"] = f"{tmp}/data"

    from PySide6.QtCore import QTimer

    from briefing_app.core.annotation import Kind, State
    from briefing_app.gui.shell.app import create_application
    from briefing_app.gui.shell.fonts import register_fonts
    from briefing_app.gui.shell.i18n import install_translators
    from briefing_app.gui.shell.main_window import MainWindow
    from briefing_app.gui.workspace.sample_cache import cached_sample_project

    app = create_application([sys.argv[0]])
    app._translators = install_translators(app, args.lang)  # type: ignore[attr-defined]  # kept alive with the application
    register_fonts()
    win = MainWindow(cached_sample_project(), show_progress=False)
    win.persist_layout = False
    win.resize(1400, 860)
    win.show()

    def settle(ms: int = 300) -> None:
        loop_end = QTimer()
        loop_end.setSingleShot(True)
        loop_end.start(ms)
        while loop_end.isActive():
            app.processEvents()

    def shot(name: str) -> None:
        settle()
        path = args.out / f"{name}_{args.lang}.png"
        win.grab().save(str(path))
        print(path)

    settle(1500)  # the figure check runs in the background
    ws = win.ws
    review_shots(win, ws, shot, settle, args)
    art = ws.current_article()
    win.suggestions.accept_all(Kind.QUOTE)
    win.suggestions.accept_all(Kind.FIGURE)
    start = art.text.index("Katrin Albers")
    win.article_view.select_range(start, start + len("Katrin Albers"))
    win.marker.mark(Kind.PERSON)
    start = art.text.index("Der neue deutsch-chinesische Industriecluster")
    win.article_view.select_range(start, art.text.index("nimmt Gestalt an.") + len("nimmt Gestalt an."))
    win.marker.mark(Kind.KEY_POINT)
    quote = next(a for a in ws.project.annotations_for(art.id) if a.kind is Kind.QUOTE)
    ws.select_annotation(quote.id)
    win.inspector.editor.translation.setPlainText(
        "Demand for German automation technology in the region is unbroken." if args.lang == "en"
        else "Die Nachfrage nach deutscher Automatisierungstechnik bleibt hoch.")
    win.inspector.editor.translation.setFocus()
    win.article_view.text.setFocus()  # focus leaves the field: the edit is committed
    shot("sample_highlights")
    shot("inspector_quote")

    pending = list(ws.project.annotations_for(art.id, states=(State.SUGGESTED,)))
    win.docks["suggestions"].raise_()
    if pending:
        ws.select_annotation(pending[0].id)
    win.suggestions.list.setFocus()
    shot("suggestions")

    win.docks["findings"].raise_()
    panel = win.findings
    if panel.model.rowCount():
        panel.list.setCurrentIndex(panel.model.index(0))
    panel.list.setFocus()
    shot("findings")
    panel.apply_current()
    shot("findings_applied")

    win.docs.autosave_timer.stop()
    ws.undo_stack.setClean()
    win.close()
    return 0


def review_shots(win, ws, shot, settle, args) -> None:
    """The start page, a suggestion with its warning, the person editor, the shortcuts overview."""
    from briefing_app.core.annotation import Kind
    from briefing_app.core.commands import EditAnnotations
    from briefing_app.core.people_index import find_person
    from briefing_app.gui.shell.help_dialogs import ShortcutsDialog
    from briefing_app.gui.shell.main_window import MainWindow

    start = MainWindow(None, settings=win.settings, welcome=True, show_progress=False)
    start.persist_layout = False
    start.resize(win.size())
    start.settings.add_recent(Path("/home/desk/Briefings/Taicang-Delegation.briefing"))
    start.settings.add_recent(Path("/home/desk/Briefings/Jiangsu-Reise.briefing"))
    start._rebuild_recent()
    start.show()
    settle(500)
    path = args.out / f"start_page_{args.lang}.png"
    start.grab().save(str(path))
    print(path)
    start.close()
    win.show_page(welcome=False)

    flagged = next(a for a in ws.project.annotations.values() if ws.attention(a.id) and a.text == "16 Milliarden Euro")
    win.docks["suggestions"].raise_()
    win.docks["inspector"].raise_()
    ws.select_annotation(flagged.id)
    win.suggestions.list.setFocus()
    shot("suggestion_warning")

    quote = next(a for a in ws.project.annotations.values() if a.kind is Kind.QUOTE and a.quote.speaker == "Katrin Albers")
    ws.push(EditAnnotations([quote.id], {"quote.speaker": "Albers"}), "Albers")  # a twin, as the analysis may make
    win.docks["people"].raise_()
    win.people.select(find_person(ws.project, "Katrin Albers").key)
    win.people.role.setFocus()
    shot("person_editor")
    ws.undo_stack.undo()

    win.docks["suggestions"].raise_()  # the later pictures show the review panels as they open
    dialog = ShortcutsDialog(win.actions, win)
    dialog.resize(900, 640)
    dialog.show()
    settle()
    path = args.out / f"shortcuts_{args.lang}.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
