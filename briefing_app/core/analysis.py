"""The analysis entry point: one call from clean text to suggestions and findings.

``analyse`` runs the steps in the order their inputs need: sentences, then people named
with titles or appositions (so that quotes can resolve "er" or "der Minister"), quotes,
figures, the merged list of people, and the figure checks.  It never raises on odd input:
the analyser is offered arbitrary pasted text, and a crash would lose the user's work.
"""

from __future__ import annotations

from datetime import date

from .errors import AnalysisError
from .figure_checks import check_figures
from .i18n import QT_TRANSLATE_NOOP
from .figures import find_figures
from .people import EntityTracker, add_surname_mentions, collect_people, find_person_mentions
from .quotes import QuoteFinder
from .results import Analysis, Finding, FigureSuggestion, Person, PersonMention, QuoteSuggestion
from .sentences import split_sentences

__all__ = [
    "Analysis",
    "Finding",
    "FigureSuggestion",
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


def analyse(text: str, language: str, published: date | None = None) -> Analysis:
    """Suggest quotes, figures and people in ``text`` and check its figures.

    ``language`` is "de", "en" or "zh" (anything else is read as German-style text);
    ``published`` is the article date used for exchange-rate checks (today when None).
    """
    if not text or not text.strip():
        return Analysis()
    lang = (language or "de").lower()[:2]
    sentences = split_sentences(text, "en" if lang == "en" else lang)
    tracker = EntityTracker(lang)
    find_person_mentions(text, lang, tracker)
    add_surname_mentions(text, tracker)
    quotes = QuoteFinder(text, lang, sentences, tracker).find() if lang in ("de", "en") else _zh_quotes(text)
    figures = find_figures(text, lang, sentences)
    people = collect_people(tracker)
    for p in people:
        for m in p.mentions:
            m.text = text[m.start:m.end]
    findings = check_figures(text, figures, lang, published)
    return Analysis(quotes=quotes, figures=figures, people=people, findings=findings)


def figure_findings(text: str, language: str, published: date | None = None) -> list[Finding]:
    """Only the figure checks of :func:`analyse` (no quotes, people or anchoring).

    What reopening a project needs: its suggestions are stored, its findings are not.
    """
    if not text or not text.strip():
        return []
    check_analysis_budget(text)
    lang = (language or "de").lower()[:2]
    sentences = split_sentences(text, "en" if lang == "en" else lang)
    return list(check_figures(text, find_figures(text, lang, sentences), lang, published))


def _zh_quotes(text: str) -> list[QuoteSuggestion]:
    """Chinese: direct quotes in 「」/“” after 说/表示/称 (speaker not resolved)."""
    import re

    out = []
    for m in re.finditer(r"([\u4e00-\u9fff]{2,4})(?:说|表示|称|指出|强调)[：:，,]?\s*[「“]([^」”]{2,400})[」”]", text):
        out.append(QuoteSuggestion(text=m.group(2), start=m.start(2), end=m.end(2), speaker=m.group(1), role="",
                                   organisation="", kind="direct", confidence=0.5, cue="quotation marks + 说"))
    return out
