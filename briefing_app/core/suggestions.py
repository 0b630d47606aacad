"""Turning an analysis into suggested annotations, and merging them into a project.

Suggestions are ordinary annotations in state ``SUGGESTED`` so that lists, storage and
undo treat them like the user's own marks.  Re-running the analysis must not nag: a
suggestion the user accepted or rejected is remembered by its kind and span, and is not
offered again; suggestions still pending from the last run are replaced by the new run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .anchoring import make_anchor
from .annotation import Annotation, FigureInfo, Kind, PersonInfo, QuoteInfo, SpeechKind, State
from .article import Article, text_hash
from .project import Project
from .results import Analysis, Finding


def analyse_for_suggestions(article: Article) -> tuple[Analysis, list[Annotation]]:
    """Analyse an article and anchor the results as pending suggestions, without touching
    any project — so it can run in a worker thread; the caller merges the result."""
    from .analysis import analyse, check_analysis_budget

    check_analysis_budget(article.text)
    analysis = analyse(article.text, article.language or "de", article.published, article.title)
    return analysis, suggestions_to_annotations(article.id, article.text, analysis)


def suggestions_to_annotations(article_id: str, text: str, analysis: Analysis) -> list[Annotation]:
    """One ``SUGGESTED`` annotation per quote, figure and person (at its first mention)."""
    digest = text_hash(text)  # once per article, not once per suggestion
    out: list[Annotation] = []
    for q in analysis.quotes:
        out.append(Annotation(
            article_id=article_id, anchor=make_anchor(text, q.start, q.end, hash_of_text=digest), kind=Kind.QUOTE,
            state=State.SUGGESTED, confidence=q.confidence, cue=q.cue,
            quote=QuoteInfo(speaker=q.speaker or "", role=q.role, organisation=q.organisation,
                            speech=SpeechKind(q.kind)),
        ))
    for f in analysis.figures:
        out.append(Annotation(
            article_id=article_id, anchor=make_anchor(text, f.start, f.end, hash_of_text=digest), kind=Kind.FIGURE,
            state=State.SUGGESTED, confidence=f.confidence, cue=f.cue,
            figure=FigureInfo(value=f.value, unit=f.unit, scale_word=f.scale_word, approx=f.approx,
                              qualifier=f.qualifier, label=f.label),
        ))
    for p in analysis.people:
        if not p.mentions:
            continue
        m = p.mentions[0]
        out.append(Annotation(
            article_id=article_id, anchor=make_anchor(text, m.start, m.end, hash_of_text=digest), kind=Kind.PERSON,
            state=State.SUGGESTED, confidence=0.7, cue="named person",
            person=PersonInfo(name=p.name, role=p.role, organisation=p.organisation),
        ))
    return out


@dataclass
class MergeResult:
    added: list[Annotation] = field(default_factory=list)
    removed: list[Annotation] = field(default_factory=list)  # stale pending suggestions


def _key(a: Annotation) -> tuple[str, int, int]:
    return a.kind.value, a.anchor.start, a.anchor.end


def merge_suggestions(project: Project, article_id: str, new: list[Annotation]) -> MergeResult:
    """Replace the article's pending suggestions with ``new``, skipping decided spans.

    A new suggestion is dropped when an annotation of the same kind at the same span is
    already accepted or rejected (the user decided); returns what was added and removed so
    that undo and the GUI can follow.
    """
    result = MergeResult()
    existing = project.annotations_for(article_id, states=None)
    decided = {_key(a) for a in existing if a.state in (State.ACCEPTED, State.REJECTED)}
    for a in existing:
        if a.state is State.SUGGESTED:
            result.removed.append(project.remove_annotation(a.id))
    seen: set[tuple[str, int, int]] = set()
    for a in new:
        k = _key(a)
        if k in decided or k in seen:
            continue
        seen.add(k)
        a.state = State.SUGGESTED
        result.added.append(project.add_annotation(a))
    return result


def article_findings(article: Article) -> list[Finding]:
    """The figure and place checks of one article, as reopening, composing and exporting need them."""
    from .analysis import figure_findings

    return figure_findings(article.text, article.language or "de", article.published, article.title)
