"""Who wrote the study: organisations named as the authors of a document.

"Das geht aus einer Studie hervor, die vom Institut für Weltwirtschaft (IfW) veröffentlicht
wurde. … , so die Studie." — the study speaks for its author (``shared/corpus/GUIDELINES.md``:
"a study → its author").  The author is named once, beside the document, and never speaks
itself, so the speaker resolution would not know it: this pass registers it in the tracker,
with the document noun as its role, so that a later "die Studie", "the report" or "demnach"
resolves to it.
"""

from __future__ import annotations

import re

from .entity_tracker import EntityTracker
from .german_nominative import de_nominative
from .name_words import _ORG_PLACE_RX, is_compound_org_desc_de, looks_like_org
from .quote_patterns import _DE_DOCUMENT_NOUNS
from .source_phrases import Source
from .word_patterns import alternation

# an organisation's name: capitalised words, joined by "for/and/of/der/für/und", with its
# acronym in brackets
_ORG = (r"((?:[A-ZÄÖÜ][\w&-]*)(?:[ \t]+(?:(?:for|and|of|on|the|der|des|für|und|&)[ \t]+)?"
        r"(?:[a-zäöüß]+(?:e|en|er|es)[ \t]+)?[A-ZÄÖÜ][\w&-]*){0,6}"
        r"(?:[ \t]+\([A-ZÄÖÜ][\w&.-]*\))?)")
# studies and surveys name their author beside them; a press release ("Mitteilung des
# Ministeriums") speaks for its author through the frame that cites it
_STUDY_NOUNS = tuple(w for w in _DE_DOCUMENT_NOUNS if w in (
    "studie", "umfrage", "bericht", "analyse", "prognose", "gutachten", "untersuchung", "erhebung", "auswertung",
    "berechnungen", "statistik"))
_DE_DOC = r"(?:[A-ZÄÖÜ][\wäöüß]*)?(?:" + alternation({*_STUDY_NOUNS, *(w.capitalize() for w in _STUDY_NOUNS)}) + r")"
# "eine Studie, die … vom IfW veröffentlicht wurde", "eine Studie des IW", "eine Umfrage der AHK"
_RX_DE = re.compile(
    r"\b(" + _DE_DOC + r")\b(?:(?:\s+[a-zäöüß]+){0,2},\s+(?:die|der|das)\s+[^.;]{0,80}?\s+(?:von|vom)\s+(?:der\s+|dem\s+|den\s+)?"
    r"|\s+(?:des|der|von|vom)\s+(?:der\s+|dem\s+)?)(?:[a-zäöüß]+(?:e|en|er|es)[ \t]+){0,2}" + _ORG)
# "a study by the Kiel Institute", "a report from the OECD", "the survey of the German chamber"
_RX_EN = re.compile(
    r"\b(study|report|survey|analysis|paper|forecast|outlook|research)\b(?:,?\s+[^.;]{0,60}?)?\s+(?:by|from|of)\s+"
    r"(?:the\s+)?" + _ORG)


def find_document_authors(text: str, language: str, tracker: EntityTracker) -> None:
    """Register the organisations named as authors of a study, survey or report."""
    rx = _RX_EN if language == "en" else _RX_DE
    for m in rx.finditer(text):
        name = m.group(2).strip()
        head, _, rest = name.partition(" ")
        described = language != "en" and rest[:1].isupper() and is_compound_org_desc_de(head)
        if language != "en" and re.search(r"\s(?!(?:der|des|dem|den|von|vom)\s)[a-zäöüß]+\s+$", text[m.start():m.start(2)]) and not described:
            continue  # adjectives before a topic ("der jüngsten Daten des …"), not before a body's description
        if described:
            name = rest  # "der bundeseigenen Fördergesellschaft Germany Trade & Invest": the name
        if len(name) < 2 or not _author_like(name):
            continue
        if language != "en":
            article = text[max(0, m.start(2) - 5):m.start(2)].split()[-1:] or [""]
            if article[0] in ("des", "der"):
                name = de_nominative(name, article[0])  # "der Studie des Instituts" -> "Institut"
        if tracker.lookup(name) is not None:
            continue  # (looked up in the nominative: the name the tracker keeps)
        tracker.add(Source(name=name, role=m.group(1), kind="org", start=m.start(2), end=m.end(2)))


def _author_like(name: str) -> bool:
    """An organisation rather than the topic of the document ("eine Untersuchung der
    Subventionen"): an acronym, a word of a body's name ("Institut", "Weltbank",
    "Federation"), or several capitalised words with one of them."""
    toks = name.replace("(", " ").replace(")", " ").split()
    if any(len(t) >= 2 and t.replace("&", "").isupper() for t in toks):
        return True
    return looks_like_org(name) and (len(toks) > 1 or _ORG_PLACE_RX.search(name.lower()) is not None)
