"""Turning a figure-check finding into an edit of the figure mark (never of the text).

The article stays as published; what changes is the *value* the briefing will use.  The
finding's suggestion names the corrected value and unit; the mark to correct is the
figure mark lying on one of the finding's spans with that unit (accepted before
suggested).  Where the user has no such mark yet, one is made on the span.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .annotation import Annotation, Kind, State
from .commands import AddAnnotations, Batch, Command, EditAnnotations
from .marking import new_mark
from .project import Project

SIGNIFICANT_DIGITS = 4


def _significant(value: Decimal, digits: int = SIGNIFICANT_DIGITS) -> Decimal:
    """160160160160 -> 160200000000: a value derived from an exchange rate is an estimate,
    and a briefing shows it as "rund 160,2 Mrd. Euro", as the finding's own text does."""
    if value == 0:
        return value
    exp = value.adjusted() - digits + 1
    rounded = value.scaleb(-exp).quantize(Decimal(1)).scaleb(exp)
    return rounded.quantize(Decimal(1)) if rounded == rounded.to_integral_value() else rounded.normalize()


def corrected_value(finding: Any) -> tuple[Decimal, str] | None:
    sugg = getattr(finding, "suggestion", None) or {}
    value = sugg.get("value")
    if value is None:
        return None
    return _significant(Decimal(str(value))), str(sugg.get("unit", "") or "")


def _target_span(finding: Any) -> tuple[int, int] | None:
    target = (getattr(finding, "suggestion", None) or {}).get("target")
    if isinstance(target, (list, tuple)) and len(target) == 2 and all(isinstance(x, int) for x in target):
        return int(target[0]), int(target[1])
    return None


def _overlaps(ann: Annotation, span: tuple[int, int]) -> bool:
    return ann.anchor.start < span[1] and span[0] < ann.anchor.end


def target_figure(project: Project, article_id: str, finding: Any) -> Annotation | None:
    """The figure mark the correction applies to, or ``None`` when there is none yet."""
    fix = corrected_value(finding)
    if fix is None:
        return None
    _, unit = fix
    candidates = [
        a for a in project.annotations_for(article_id, states=(State.ACCEPTED, State.SUGGESTED))
        if a.kind is Kind.FIGURE and any(_overlaps(a, tuple(s)) for s in finding.spans)
    ]
    target = _target_span(finding)
    if target is not None:  # the finding names the amount to correct (a conversion or its source)
        candidates = [a for a in candidates if _overlaps(a, target)] or candidates
    elif unit:
        same_unit = [a for a in candidates if a.figure and a.figure.unit.upper() == unit.upper()]
        candidates = same_unit or candidates
    candidates.sort(key=lambda a: (a.state is not State.ACCEPTED, a.anchor.start))
    return candidates[0] if candidates else None


def correction_command(project: Project, article_id: str, finding: Any) -> Command | None:
    """One undoable step: set the corrected value (and accept a suggested mark)."""
    fix = corrected_value(finding)
    if fix is None:
        return None
    value, unit = fix
    changes: dict[str, Any] = {"figure.value": value, "figure.approx": True}
    if unit:
        changes["figure.unit"] = unit
    target = target_figure(project, article_id, finding)
    if target is not None:
        if target.state is State.SUGGESTED:
            changes.update({"state": State.ACCEPTED, "in_briefing": True})
        return EditAnnotations([target.id], changes, "Apply correction")
    spans = [tuple(s) for s in finding.spans]
    if not spans:
        return None
    article = project.article(article_id)
    # Without a mark: the amount the finding names, else the last span, the converted figure
    # ("(rund 16 Milliarden Euro)").
    start, end = _target_span(finding) or spans[-1]
    mark = new_mark(article, start, end, Kind.FIGURE)
    return Batch([AddAnnotations([mark]), EditAnnotations([mark.id], changes)], "Apply correction")
