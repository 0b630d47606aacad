"""A mark made by hand: the annotation for a selected range of an article.

Kept out of the GUI so every front end marks the same way: the selection is trimmed of
surrounding white space, anchored with context, and a figure gets its true value parsed
when the analysis offers a figure parser (else the value stays empty for the user).
"""

from __future__ import annotations

from decimal import Decimal

from .anchoring import make_anchor
from .annotation import Annotation, FigureInfo, Kind, QuoteInfo, SpeechKind, State
from .article import Article
from .commands import AddAnnotations, Command, accept
from .errors import AnchorError
from .figures import find_figures
from .i18n import QT_TRANSLATE_NOOP
from .project import Project
from .sentences import split_sentences

_QUOTE_MARKS = "\"„“”«»‚‘’「」『』"


def trim_range(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def new_mark(article: Article, start: int, end: int, kind: Kind) -> Annotation:
    """The user's own mark of ``kind`` on ``article.text[start:end]`` (accepted, confidence 1)."""
    start, end = trim_range(article.text, start, end)
    if start >= end:
        raise AnchorError(
            QT_TRANSLATE_NOOP("BriefingError", "The selection holds no text to mark."),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Select a word or a passage first."),
        )
    anchor = make_anchor(article.text, start, end)
    ann = Annotation(
        article_id=article.id,
        anchor=anchor,
        kind=kind,
        state=State.ACCEPTED,
        in_briefing=kind is not Kind.NOTE,
    )
    if kind is Kind.QUOTE:
        exact = anchor.exact.strip()
        direct = len(exact) > 1 and exact[0] in _QUOTE_MARKS and exact[-1] in _QUOTE_MARKS
        ann.quote = QuoteInfo(speech=SpeechKind.DIRECT if direct else SpeechKind.INDIRECT)
    if kind is Kind.FIGURE:
        ann.figure = parse_figure_at(article.text, start, end, article.language or "de") or FigureInfo()
    return ann


_WINDOW = 400  # characters of context either side: enough for the sentence, cheap on long texts


def parse_figure_at(text: str, start: int, end: int, language: str) -> FigureInfo | None:
    """The figure the analysis reads at ``text[start:end]``, with its label from the sentence.

    Runs the figure finder on a window around the selection (so an implied currency or
    the measured noun are seen) and takes the figure overlapping the selection most.
    ``None`` when the analysis reads no figure there.
    """
    lo = max(0, start - _WINDOW)
    window = text[lo : end + _WINDOW]
    try:
        found = find_figures(window, language, split_sentences(window, language))
    except Exception:  # a parser hiccup must never lose the user's mark
        return None
    best, best_overlap = None, 0
    for fig in found:
        overlap = min(end, lo + fig.end) - max(start, lo + fig.start)
        if overlap > best_overlap:
            best, best_overlap = fig, overlap
    if best is None:
        return None
    return FigureInfo(
        value=Decimal(best.value) if best.value is not None else None,
        unit=best.unit,
        scale_word=best.scale_word,
        approx=best.approx,
        qualifier=best.qualifier,
        label=best.label,
    )


def mark_command(project: Project, article: Article, start: int, end: int, kind: Kind) -> tuple[Command, str]:
    """The undoable step for marking ``[start, end)`` as ``kind``, and the id of the mark.

    Marking exactly what the analysis already suggested accepts that suggestion rather
    than adding a twin, so the evidence (cue, parsed value) is kept.
    """
    s, e = trim_range(article.text, start, end)
    for ann in project.annotations_for(article.id, states=(State.SUGGESTED, State.REJECTED)):
        if ann.kind is kind and ann.anchor.start == s and ann.anchor.end == e:
            return accept([ann.id]), ann.id
    ann = new_mark(article, start, end, kind)
    return AddAnnotations([ann]), ann.id
