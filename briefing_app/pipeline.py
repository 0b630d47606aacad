"""The whole pipeline in one call: import, analyse, accept, compose, export.

Used by ``briefing-app demo`` and by the app's first start; one place so the CLI, the
GUI and the tests run the very same steps.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefing_app.core.annotation import State
from briefing_app.core.briefing import Briefing
from briefing_app.core.project import Project
from briefing_app.core.results import Analysis
from briefing_app.resources import resource_path, sample_article_path


def sample_project(article: Path | None = None) -> Project:
    """A project with one imported article and its analysis stored as suggestions.

    Without ``article`` it is the built-in sample briefing: the sample article plus the
    meeting it is prepared for (``resources/sample/sample_briefing.json``).
    """
    from briefing_app import ingest

    project = Project()
    art = project.add_article(ingest.import_file(article or sample_article_path()))
    analyse_article(project, art.id)
    if article is None:
        data = json.loads(resource_path("sample", "sample_briefing.json").read_text(encoding="utf-8"))
        project.briefing = Briefing.from_dict(data)
    return project


def analyse_article(project: Project, article_id: str) -> Analysis:
    """Run the analyser on one article, store its results as pending suggestions and return them."""
    from briefing_app.core.suggestions import analyse_for_suggestions, merge_suggestions

    analysis, suggestions = analyse_for_suggestions(project.article(article_id))
    merge_suggestions(project, article_id, suggestions)
    return analysis


def accept_all(project: Project) -> int:
    """Accept every pending suggestion into the briefing; returns how many."""
    n = 0
    for ann in project.annotations.values():
        if ann.state is State.SUGGESTED:
            ann.state = State.ACCEPTED
            ann.in_briefing = True
            n += 1
    return n


def apply_suggested_corrections(project: Project) -> int:
    """Apply the suggested value of every open error finding, as a careful user would; returns how many.

    Each correction is the same undoable edit the app's "Apply correction" makes: the
    figure mark gets the corrected value, the article text stays as published.
    """
    from briefing_app.core.corrections import correction_command
    from briefing_app.core.finding_status import needs_attention
    from briefing_app.core.suggestions import article_findings

    applied = 0
    for art in project.articles:
        for finding in article_findings(art):
            if finding.severity != "error" or not needs_attention(project, art.id, finding):
                continue
            command = correction_command(project, art.id, finding)
            if command is not None:
                command.do(project)
                applied += 1
    return applied


def run_demo(outdir: Path, *, article: Path | None = None, lang: str = "de") -> list[str]:
    from briefing_app.core.compose import refresh_briefing
    from briefing_app.export import export_briefing
    from briefing_app.storage import save_project

    outdir.mkdir(parents=True, exist_ok=True)
    project = sample_project(article)
    accepted = accept_all(project)
    corrected = apply_suggested_corrections(project)
    project.briefing.label_language = lang
    refresh_briefing(project)
    save_project(project, outdir / "briefing.briefing")
    report = export_briefing(project, pptx_path=outdir / "briefing.pptx", pdf_path=outdir / "briefing.pdf",
                             docx_path=outdir / "briefing.docx", lang=lang)
    return [f"accepted {accepted} suggestion(s)", f"applied {corrected} suggested correction(s)", *report.summary().splitlines(), f"project: {outdir / 'briefing.briefing'}"]
