"""Whether a figure-check finding still needs the user: open, corrected or dismissed.

Findings are recomputed from the article text (they are not stored); what the project
remembers is the user's decision.  A correction is an edit of the figure mark (see
``corrections.py``), so a finding counts as *corrected* when its target mark carries the
suggested value; a *dismissed* finding is one the user judged harmless, remembered by a
key that depends only on the article, the kind of finding and where it lies.

Every place that shows or exports findings (suggestions list, inspector, reading view,
status counts, deck, handout, Word briefing, export report) asks here, so "open" means
the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from .annotation import Annotation, Kind, State
from .commands import Change, Command
from .project import Project
from .results import Finding


class FindingState(StrEnum):
    OPEN = "open"
    CORRECTED = "corrected"
    DISMISSED = "dismissed"


def finding_key(article_id: str, finding: Finding) -> str:
    """Stable identity of a finding across recomputations of the same text."""
    spans = ",".join(f"{int(s)}-{int(e)}" for s, e in finding.spans)
    return f"{article_id}|{finding.code}|{spans}"


def is_corrected(project: Project, article_id: str, finding: Finding) -> bool:
    """The finding's suggested value has been applied to its figure mark."""
    from .corrections import corrected_value, target_figure  # the figure grammar loads on first use

    fix = corrected_value(finding)
    if fix is None:
        return False
    value, unit = fix
    target = target_figure(project, article_id, finding)
    if target is None or target.figure is None or target.state is not State.ACCEPTED:
        return False
    if unit and target.figure.unit.upper() != unit.upper():
        return False
    return target.figure.value == value


def finding_state(project: Project, article_id: str, finding: Finding) -> FindingState:
    if finding_key(article_id, finding) in project.dismissed_findings:
        return FindingState.DISMISSED
    if is_corrected(project, article_id, finding):
        return FindingState.CORRECTED
    return FindingState.OPEN


def needs_attention(project: Project, article_id: str, finding: Finding) -> bool:
    """An open finding of severity error or warning: the user has not decided yet."""
    return finding.severity in ("error", "warning") and finding_state(project, article_id, finding) is FindingState.OPEN


def open_findings(project: Project, article_id: str, findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if needs_attention(project, article_id, f)]


def _overlaps(ann: Annotation, span: tuple[int, int]) -> bool:
    return ann.anchor.start < span[1] and span[0] < ann.anchor.end


def touched_annotations(project: Project, article_id: str, finding: Finding,
                        kinds: tuple[Kind, ...] | None = None) -> list[Annotation]:
    """Marks (any state) whose text overlaps one of the finding's spans — the figure itself
    and every quote, key point or note that contains it."""
    spans = [(int(s), int(e)) for s, e in finding.spans]
    return [
        a for a in project.annotations.values()
        if a.article_id == article_id and (kinds is None or a.kind in kinds) and any(_overlaps(a, sp) for sp in spans)
    ]


class _SetDismissed(Command):
    """Mark a finding dismissed or open again; undo puts back what was there before."""

    dismissed: bool = True

    def __init__(self, article_id: str, finding: Finding, text: str) -> None:
        self.article_id = article_id
        self.key = finding_key(article_id, finding)
        self.text = text
        self._before = False

    def do(self, project: Project) -> Change:
        self._before = self.key in project.dismissed_findings
        self._set(project, self.dismissed)
        return Change(articles={self.article_id})

    def undo(self, project: Project) -> Change:
        self._set(project, self._before)
        return Change(articles={self.article_id})

    def _set(self, project: Project, dismissed: bool) -> None:
        if dismissed:
            project.dismissed_findings.add(self.key)
        else:
            project.dismissed_findings.discard(self.key)


class DismissFinding(_SetDismissed):
    """The user judged a finding harmless (undoable; remembered in the project file)."""

    dismissed = True

    def __init__(self, article_id: str, finding: Finding, text: str = "Dismiss finding") -> None:
        super().__init__(article_id, finding, text)


class RestoreFinding(_SetDismissed):
    """Take a dismissal back: the finding is open again."""

    dismissed = False

    def __init__(self, article_id: str, finding: Finding, text: str = "Reopen finding") -> None:
        super().__init__(article_id, finding, text)
