"""Putting removed lines back into an article's text.

The rules prefer keeping clutter to losing text, but they can still be wrong, so the
user sees every removed line and may restore it.  The clean text is a pure function
of the normalised lines and the set of removed indices (:func:`.cleaning.render`), so
for a single-page article the lines are recomputed from ``Article.original`` and the
text rendered again without the restored indices — the line returns exactly where it
was.

Pages 2..n of a multi-page article keep no original bytes (the first page is the
provenance record), so their lines go back by position: each removed line takes its
old index among the remaining lines of those pages, as a paragraph of its own.  Its
place is exact unless blank lines around it were merged, in which case it lands within
a line of where it was.

The returned article has the same id and a new text; the project layer re-anchors
annotations against it (offsets after a restored line move).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from briefing_app.core.article import PAGE_SEPARATOR, Article, RemovedLine

from .cleaning import render
from .formats import reader_for


def restore_lines(article: Article, indices: Iterable[int]) -> Article:
    """``article`` with the removed lines at positions ``indices`` of
    ``article.removed`` put back into the text (and no longer listed as removed)."""
    chosen = set(indices)
    if not chosen:
        return article
    bad = [j for j in chosen if not 0 <= j < len(article.removed)]
    if bad:
        raise IndexError(f"no removed line at position(s) {sorted(bad)} (article has {len(article.removed)})")
    still_removed = [r for j, r in enumerate(article.removed) if j not in chosen]
    reader_output = _recomputed(article)
    if reader_output is None:
        text = _restore_by_position(article.text, article.removed, still_removed, base=0)
    else:
        lines, reflow_paragraphs = reader_output
        text = _restore_exactly(article, lines, reflow_paragraphs, still_removed)
    return replace(article, text=text, removed=still_removed)


def _recomputed(article: Article) -> tuple[list[str], bool] | None:
    """The first page's normalised lines, read again from the original bytes."""
    if not article.original:
        return None
    try:
        extracted = reader_for(article.original_format)(article.original, article.original_name)
    except Exception:  # an unreadable original only means "restore by position"
        return None
    return extracted.lines, extracted.profile.reflow


def _restore_exactly(
    article: Article, lines: list[str], reflow_paragraphs: bool, still_removed: list[RemovedLine]
) -> str:
    def on_first_page(r: RemovedLine) -> bool:
        return 0 <= r.line < len(lines) and lines[r.line] == r.text

    before = {r.line for r in article.removed if on_first_page(r)}
    after = {r.line for r in still_removed if on_first_page(r)}
    first_page_before = render(lines, before, reflow_paragraphs=reflow_paragraphs)
    first_page_after = render(lines, after, reflow_paragraphs=reflow_paragraphs)
    if article.page_count <= 1 or not article.text.startswith(first_page_before):
        if article.text != first_page_before:  # the original no longer explains the text
            return _restore_by_position(article.text, article.removed, still_removed, base=0)
        return first_page_after
    later_text = article.text[len(first_page_before) :].removeprefix(PAGE_SEPARATOR)
    later_before = [r for r in article.removed if not on_first_page(r)]
    later_after = [r for r in still_removed if not on_first_page(r)]
    later = _restore_by_position(later_text, later_before, later_after, base=len(lines) + 1)
    return first_page_after + (PAGE_SEPARATOR + later if later else "")


def _restore_by_position(
    text: str, removed_before: list[RemovedLine], removed_after: list[RemovedLine], *, base: int
) -> str:
    """Put every removed line back at its old index among the text's lines, then
    render without those that stay removed.  Whether a restored line stood alone or
    inside a paragraph is not known here, so it comes back as its own paragraph."""
    staying = {(r.line, r.text) for r in removed_after}
    merged = [(line, "kept") for line in text.split("\n")]
    for r in sorted((r for r in removed_before if r.line >= base), key=lambda r: r.line):
        position = min(r.line - base, len(merged))
        merged.insert(position, (r.text, "stays" if (r.line, r.text) in staying else "restored"))
    lines: list[str] = []
    for line, kind in merged:
        if kind == "restored":
            lines += ["", line, ""]
        elif kind == "kept":
            lines.append(line)
    return render(lines, set())
