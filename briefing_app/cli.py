"""Command line: the same pipeline as the app, without a window.

``briefing-app`` alone (or with a ``.briefing`` / article file) starts the GUI; the
sub-commands import, inspect, analyse and export headlessly for scripts and tests.
Every :class:`~briefing_app.core.errors.BriefingError` is reported as one readable
message on stderr with exit status 2 — never a traceback.  Any other exception is a
defect: its traceback goes to the per-user log file (:mod:`briefing_app.error_log`) and
stderr gets one sentence naming that file, exit status 2; ``--debug`` prints the
traceback as well.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing_app import APP_NAME, __version__
from briefing_app.core.errors import BriefingError
from briefing_app.core.i18n import QT_TRANSLATE_NOOP
from briefing_app.core.project import Project

EXIT_USER_ERROR = 2
COMMANDS = ("import", "info", "analyse", "analyze", "export", "demo")
PROJECT_SUFFIX = ".briefing"


# -- helpers -------------------------------------------------------------------


def _load_or_new(path: Path) -> Project:
    from briefing_app.storage import load_project

    return load_project(path) if path.exists() else Project()


def _require_suffix(path: str | Path, suffix: str, option: str) -> Path:
    """``path`` if it ends in ``suffix``; a script that wrote a PDF named .pptx would only
    find out when the file refuses to open, so a wrong name is refused up front."""
    path = Path(path)
    if path.suffix.lower() != suffix:
        raise BriefingError(
            QT_TRANSLATE_NOOP("BriefingError", "“{name}” has the wrong file extension for {option}: it must end in {suffix}."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Choose a name like “{example}”."),
            name=path.name,
            option=option,
            suffix=suffix,
            example=path.with_suffix(suffix).name if path.name not in ("", ".", "..") else "out" + suffix,
        )
    return path


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# -- sub-commands --------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from briefing_app import ingest
    from briefing_app.storage import save_project

    out = _require_suffix(args.output, PROJECT_SUFFIX, "-o/--output")
    project = _load_or_new(out)
    if args.update:
        return _update(args, project, out)
    if args.append_to:
        project.article(args.append_to)  # fail early on an unknown id
        for f in args.files:
            art = project.append_page(args.append_to, ingest.import_file(f))
            print(f"appended {f} to {art.id} ({art.page_count} pages)")
    else:
        for f in args.files:
            art = project.add_article(ingest.import_file(f))
            print(f"imported {f} as {art.id}: {art.display_title()} [{art.language or '?'}]")
    save_project(project, out)
    print(f"saved {out} ({len(project.articles)} article(s))")
    return 0


def _update(args: argparse.Namespace, project: Project, out: Path) -> int:
    """``import NEW_FILE -o P.briefing --update ID``: the article's newer version, marks re-anchored."""
    from briefing_app import ingest
    from briefing_app.core.article_update import update_article
    from briefing_app.storage import save_project

    if len(args.files) != 1 or args.append_to:
        raise BriefingError(
            QT_TRANSLATE_NOOP("BriefingError", "--update takes exactly one file: the newer version of the article."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Give one FILE, and no --append-to."),
        )
    project.article(args.update)  # fail early on an unknown id
    summary = update_article(project, args.update, ingest.import_file(args.files[0]))
    save_project(project, out)
    _print_json(summary.counts())
    return 0


def info_dict(project: Project) -> dict:
    """The ``info --json`` shape (documented in the README)."""
    keys = ("id", "title", "outlet", "author", "published", "section", "tags", "language", "url", "text", "removed")
    articles = []
    for art in project.articles:
        d = art.to_dict()
        d["removed"] = [{"text": r["text"], "reason": r["reason"]} for r in d["removed"]]
        articles.append({k: d[k] for k in keys})
    return {"articles": articles, "annotations": len(project.accepted())}


def cmd_info(args: argparse.Namespace) -> int:
    from briefing_app.storage import load_project

    project = load_project(args.project)
    for warning in project.load_warnings:
        print(f"{APP_NAME}: {warning}", file=sys.stderr)
    if args.json:
        _print_json(info_dict(project))
        return 0
    for art in project.articles:
        date = art.published.isoformat() if art.published else "no date"
        print(f"{art.id}  {art.display_title()}")
        print(f"    {art.outlet or 'no outlet'}, {date}, {art.language or '?'}, {len(art.text)} characters, "
              f"{len(art.removed)} boilerplate line(s) removed, tags: {', '.join(art.tags) or '-'}")
    print(f"{len(project.accepted())} annotation(s)")
    return 0


def cmd_analyse(args: argparse.Namespace) -> int:
    from briefing_app.pipeline import analyse_article

    path = Path(args.source)
    is_project = path.suffix == PROJECT_SUFFIX
    if is_project:
        from briefing_app.storage import load_project, save_project

        project = load_project(path)
    else:
        from briefing_app import ingest

        project = Project()
        project.add_article(ingest.import_file(path))
    results = []
    for art in project.articles:
        analysis = analyse_article(project, art.id)  # an article file's project is thrown away
        results.append({"article": art.id, **analysis.to_json_dict()})
    if is_project:
        save_project(project, path)
    if args.json:
        _print_json({"articles": results})
    else:
        for r in results:
            print(f"{r['article']}: {len(r['quotes'])} quote(s), {len(r['figures'])} figure(s), "
                  f"{len(r['people'])} people, {len(r['findings'])} finding(s)")
            for f in r["findings"]:
                print(f"  [{f['severity']}] {f['message']}")
        if is_project:
            print(f"suggestions stored in {path}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from briefing_app.export import export_briefing
    from briefing_app.storage import load_project

    if not args.pptx and not args.pdf and not args.docx:
        raise BriefingError(
            QT_TRANSLATE_NOOP("BriefingError", "Nothing to export."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Give --pptx OUT.pptx, --pdf OUT.pdf and/or --docx OUT.docx."),
        )
    if args.pptx:
        _require_suffix(args.pptx, ".pptx", "--pptx")
    if args.pdf:
        _require_suffix(args.pdf, ".pdf", "--pdf")
    if args.docx:
        _require_suffix(args.docx, ".docx", "--docx")
    project = load_project(args.project)
    report = export_briefing(
        project, pptx_path=args.pptx, pdf_path=args.pdf, docx_path=args.docx, docx_template=args.docx_template,
        template=args.template, lang=args.lang, paper=args.paper,
    )
    print(report.summary())
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from briefing_app.pipeline import run_demo

    report = run_demo(Path(args.outdir), article=Path(args.article) if args.article else None, lang=args.lang)
    for line in report:
        print(line)
    return 0


# -- entry points --------------------------------------------------------------


DEBUG_OPTION = "--debug"


def _debug_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(DEBUG_OPTION, action="store_true", help="on an unexpected error, print its traceback too")
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = _debug_parent()
    p = argparse.ArgumentParser(
        prog="briefing-app",
        description=f"{APP_NAME} {__version__}: turn press articles into checked briefings. "
        "Without a command the app window opens.",
        parents=[common],
    )
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_SubParser)

    s = sub.add_parser("import", help="import article files into a project (several files = several articles)")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("-o", "--output", required=True, metavar="P.briefing", help="project to create or add to")
    s.add_argument("--append-to", metavar="ID", help="append the files as further pages of this article")
    s.add_argument(
        "--update",
        metavar="ID",
        help="replace article ID with the file (a newer version); its marks are re-anchored and a JSON summary is printed",
    )
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("info", help="show the articles of a project")
    s.add_argument("project", metavar="P.briefing")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(func=cmd_info)

    s = sub.add_parser("analyse", aliases=["analyze"], help="suggest quotes, figures and people; check figures")
    s.add_argument("source", metavar="FILE|P.briefing", help="an article file, or a project to store suggestions in")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(func=cmd_analyse)

    s = sub.add_parser("export", help="export the briefing as a PowerPoint deck, a PDF handout and/or a Word briefing")
    s.add_argument("project", metavar="P.briefing")
    s.add_argument("--pptx", metavar="OUT.pptx")
    s.add_argument("--pdf", metavar="OUT.pdf")
    s.add_argument("--docx", metavar="OUT.docx", help="a Word briefing (Gesprächsunterlage)")
    s.add_argument("--docx-template", metavar="T.dotx", help="your own .docx/.dotx whose styles the Word briefing uses")
    s.add_argument("--template", metavar="T.pptx", help="a built-in template name or your own .pptx/.potx")
    s.add_argument("--lang", choices=("de", "en"), help="label language (default: the briefing's)")
    s.add_argument("--paper", choices=("a4", "letter"), default="a4")
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("demo", help="whole pipeline on the sample (or --article): import, analyse, accept, export")
    s.add_argument("outdir", metavar="OUTDIR")
    s.add_argument("--article", metavar="FILE")
    s.add_argument("--lang", choices=("de", "en"), default="de")
    s.set_defaults(func=cmd_demo)
    return p


class _SubParser(argparse.ArgumentParser):
    """Every sub-command takes ``--debug`` too (after the command, where users type it)."""

    def __init__(self, **kwargs: Any) -> None:  # ArgumentParser's own keyword arguments, passed through
        kwargs.setdefault("parents", [_debug_parent()])
        super().__init__(**kwargs)


def build_gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="briefing-app", description=f"{APP_NAME}: open the app window.", parents=[_debug_parent()]
    )
    p.add_argument("file", nargs="?", help="a .briefing project or an article to open")
    p.add_argument("--smoke", action="store_true", help="open the window on the sample, paint, print one JSON line, exit")
    p.add_argument("--sample", action="store_true", help="open the built-in sample briefing instead of the start page")
    p.add_argument("--lang", choices=("de", "en"), help="user interface language (default: the system's)")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return p


def _report(err: BriefingError) -> int:
    print(f"{APP_NAME}: {err.user_text()}", file=sys.stderr)
    return EXIT_USER_ERROR


def _printable_streams() -> None:
    """File names whose bytes are not UTF-8 must print, not end the command with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _report_unexpected(exc: BaseException, where: str, debug: bool) -> int:
    """A defect: logged with its traceback, told as one sentence naming the log file."""
    from briefing_app.error_log import log_unexpected, unexpected_error

    sentence = unexpected_error(exc)  # opens the log file first, so the record lands there
    log_unexpected(exc, where)
    if debug:
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    return _report(sentence)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _printable_streams()
    first = next((a for a in argv if a != DEBUG_OPTION), "")
    if first in COMMANDS or first in ("-h", "--help"):
        args = build_parser().parse_args(argv)
        try:
            return int(args.func(args))
        except BriefingError as err:
            return _report(err)
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            # the reader of the output went away ('briefing-app analyse --json … | head'): not a
            # defect; stdout is pointed at devnull so that closing it at exit raises nothing more
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 141
        except Exception as exc:  # the command line's one boundary for defects
            return _report_unexpected(exc, f"briefing-app {args.command}", DEBUG_OPTION in argv)
    return gui_main(argv)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Start the window (also the entry point of the no-console GUI script)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_gui_parser().parse_args(argv)
    try:
        if args.smoke:
            from briefing_app.install_check import check_installation

            check_installation()
        from briefing_app.gui.shell.launch import launch

        return launch(file=args.file, smoke=args.smoke, lang=args.lang, sample=args.sample)
    except BriefingError as err:
        return _report(err)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a defect while the window starts or runs
        return _report_unexpected(exc, "the app", DEBUG_OPTION in argv)


if __name__ == "__main__":
    sys.exit(main())
