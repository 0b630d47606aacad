"""The name proposed for a project's files: one rule for Save As and for export.

The meeting title (with its date) names the briefing; before a meeting is entered, the
title of the first article does.  Characters that file systems refuse are dropped and
the name is kept short.
"""

from __future__ import annotations

import re

from .briefing import Briefing
from .project import Project

MAX_WORDS = 6


def _words(text: str) -> list[str]:
    return re.sub(r"[^\w\- ]+", " ", text).split()[:MAX_WORDS]


def briefing_file_stem(briefing: Briefing, article_title: str = "") -> str:
    """"Briefing 2026-10-14 Delegation Taicang"; without a meeting title, the article's title."""
    m = briefing.meeting
    words = _words(m.title) or _words(article_title)
    return " ".join(["Briefing"] + ([m.date.isoformat()] if m.date else []) + words)


def proposed_file_stem(project: Project) -> str:
    title = project.articles[0].display_title() if project.articles else ""
    return briefing_file_stem(project.briefing, title)
