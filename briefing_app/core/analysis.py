"""The analysis entry point: one call from clean text to suggestions and findings.

``analyse`` runs the steps in the order their inputs need: sentences, then people named
with titles or appositions (so that quotes can resolve "er" or "der Minister"), quotes,
figures, the merged list of people, and the figure checks.  It never raises on odd input:
the analyser is offered arbitrary pasted text, and a crash would lose the user's work.
"""

from __future__ import annotations

from datetime import date

from .document_authors import find_document_authors
from .errors import AnalysisError
from .figure_checks import check_figures
from .figures import find_figures
from .i18n import QT_TRANSLATE_NOOP
from .people import (
    EntityTracker,
    add_surname_mentions,
    collect_people,
    find_person_mentions,
)
from .places import check_headline_place
from .quotes import QuoteFinder
from .results import (
    Analysis,
    FigureSuggestion,
    Finding,
    Person,
    PersonMention,
    QuoteSuggestion,
)
from .sentences import split_sentences

__all__ = [
    "Analysis",
    "FigureSuggestion",
    "Finding",
    "Person",
    "PersonMention",
    "QuoteSuggestion",
    "analyse",
]

SUPPORTED_LANGUAGES = ("de", "en", "zh")

#: Longest text the analyser takes (characters).  Analysis is linear, about 3 s per
#: million characters here; 5 million is hundreds of long articles, while a 19 MB
#: text ran for minutes.  Import refuses longer articles with the same limit.
ANALYSIS_BUDGET_CHARS = 5_000_000


def check_analysis_budget(text: str) -> None:
    """Refuse, in one sentence, a text too long to analyse in reasonable time."""
    if len(text) > ANALYSIS_BUDGET_CHARS:
        raise AnalysisError(
            QT_TRANSLATE_NOOP(
                "BriefingError",
                "This article has {size} characters; Briefing Desk analyses articles of up to {limit} characters.",
            ),
            hint=QT_TRANSLATE_NOOP("BriefingError", "Import the part of the text you need as its own article."),
            size=f"{len(text):,}",
            limit=f"{ANALYSIS_BUDGET_CHARS:,}",
        )


def analyse(text: str, language: str, published: date | None = None, title: str = "") -> Analysis:
    """Suggest quotes, figures and people in ``text`` and check its figures.

    ``language`` is "de", "en" or "zh" (anything else is read as German-style text);
    ``published`` is the article date used for exchange-rate checks (today when None).
    ``title`` is the headline when import kept it apart from the text: it is read as the
    first paragraph (a desk officer reads it first, and "Experte Dudenhöffer: …" names the
    speaker of the body), its own quotes and figures come back in ``headline_quotes`` and
    ``headline_figures`` with offsets into ``title.strip()``, and every other offset stays
    an offset into ``text``.
    """
    if not text or not text.strip():
        return Analysis()
    lang = (language or "de").lower()[:2]
    headline = _separate_headline(text, title)
    doc = f"{headline}\n\n{text}" if headline else text
    analysis = _analyse_document(doc, lang, published)
    return _split_headline(analysis, len(headline) + 2, len(doc)) if headline else analysis


def _analyse_document(text: str, lang: str, published: date | None) -> Analysis:
    sentences = split_sentences(text, "en" if lang == "en" else lang)
    tracker = EntityTracker(lang)
    find_person_mentions(text, lang, tracker)
    find_document_authors(text, lang, tracker)
    add_surname_mentions(text, tracker)
    quotes = QuoteFinder(text, lang, sentences, tracker).find() if lang in ("de", "en") else _zh_quotes(text)
    figures = find_figures(text, lang, sentences)
    people = collect_people(tracker)
    for p in people:
        for m in p.mentions:
            m.text = text[m.start:m.end]
    findings = check_figures(text, figures, lang, published) + check_headline_place(text)
    return Analysis(quotes=quotes, figures=figures, people=people, findings=findings)


def _separate_headline(text: str, title: str) -> str:
    """The title to read in front of the text, or "" when there is none or the text already
    begins with it (a plain paste keeps its headline line)."""
    head = (title or "").strip()
    if not head or "\n" in head or " ".join(text[: len(head) + 200].split()).startswith(" ".join(head.split())):
        return ""
    return head


def _split_headline(a: Analysis, shift: int, doc_len: int) -> Analysis:
    """Offsets of the combined headline+text back to the text; headline items apart."""
    title_end = shift - 2
    out = Analysis(people=[], findings=[])
    for q in a.quotes:
        if q.start >= shift:
            q.start, q.end = q.start - shift, q.end - shift
            out.quotes.append(q)
        elif q.end <= title_end:
            out.headline_quotes.append(q)
    for f in a.figures:
        if f.start >= shift:
            f.start, f.end = f.start - shift, f.end - shift
            out.figures.append(f)
        elif f.end <= title_end:
            out.headline_figures.append(f)
    for p in a.people:
        p.mentions = [m for m in p.mentions if m.start >= shift]
        for m in p.mentions:
            m.start, m.end = m.start - shift, m.end - shift
        if p.mentions:
            out.people.append(p)
    for finding in a.findings:
        spans = [(s - shift, e - shift) for s, e in finding.spans if s >= shift and e <= doc_len]
        if spans:
            finding.spans = spans
            out.findings.append(finding)
    return out


def figure_findings(text: str, language: str, published: date | None = None, title: str = "") -> list[Finding]:
    """Only the figure and place checks of :func:`analyse` (no quotes, people or anchoring).

    What reopening a project needs: its suggestions are stored, its findings are not.
    ``title`` is the headline when import kept it apart from the text.
    """
    if not text or not text.strip():
        return []
    check_analysis_budget(text)
    lang = (language or "de").lower()[:2]
    sentences = split_sentences(text, "en" if lang == "en" else lang)
    places = check_headline_place(text, title=title) if _separate_headline(text, title) else check_headline_place(text)
    return list(check_figures(text, find_figures(text, lang, sentences), lang, published)) + places


def _zh_quotes(text: str) -> list[QuoteSuggestion]:
    """Chinese: direct quotes in 「」/“” after 说/表示/称 (speaker not resolved)."""
    import re

    out = []
    for m in re.finditer(r"([\u4e00-\u9fff]{2,4})(?:说|表示|称|指出|强调)[：:，,]?\s*[「“]([^」”]{2,400})[」”]", text):
        out.append(QuoteSuggestion(text=m.group(2), start=m.start(2), end=m.end(2), speaker=m.group(1), role="",
                                   organisation="", kind="direct", confidence=0.5, cue="quotation marks + 说"))
    return out
