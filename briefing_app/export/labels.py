"""Fixed wording of decks and handouts in the label language (German or English).

Every word an output prints that is not the user's own text comes from here, so a
German briefing never shows "Source" and an English one never shows "Stand".  Dates and
quotation marks follow the same language.
"""

from __future__ import annotations

from datetime import date

from ..core.briefing import Section

_LABELS: dict[str, dict[str, str]] = {
    "de": {
        Section.KEY_MESSAGES.value: "Kernbotschaften",
        Section.KEY_FIGURES.value: "Zahlen und Fakten",
        Section.QUOTES.value: "Stimmen",
        Section.COUNTERPARTS.value: "Gesprächspartner",
        Section.BACKGROUND.value: "Hintergrund",
        Section.QUESTIONS.value: "Fragen für das Gespräch",
        Section.SOURCES.value: "Quellen",
        "source": "Quelle",
        "sources": "Quellen",
        "as_of": "Stand",
        "page_x_of_y": "Seite {x} von {y}",
        "continued": "Fortsetzung",
        "briefing": "Briefing",
        "meeting": "Termin",
        "date": "Datum",
        "place": "Ort",
        "counterpart": "Gegenüber",
        "delegation": "Delegation",
        "participants": "Teilnehmende",
        "objectives": "Ziele",
        "summary": "Zusammenfassung",
        "classification": "Einstufung",
        "figure": "Kennzahl und Quelle",
        "as_stated": "Im Artikel",
        "normalised": "Wert",
        "conversion": "Umrechnung",
        "speaker": "Sprecher",
        "role": "Funktion",
        "quoted_in": "zitiert in",
        "published": "erschienen",
        "retrieved": "abgerufen",
        "translation": "Übersetzung",
        "context": "Kontext",
        "original": "Original",
        "notes": "Notizen",
        "reference": "Beleg",
        "reported": "sinngemäß",
        "rate_note": "EZB-Referenzkurs vom {date}",
        "approx": "ca.",
        "see_sources": "Quellen siehe letzte Seite",
    },
    "en": {
        Section.KEY_MESSAGES.value: "Key messages",
        Section.KEY_FIGURES.value: "Key figures",
        Section.QUOTES.value: "Voices",
        Section.COUNTERPARTS.value: "Counterparts",
        Section.BACKGROUND.value: "Background",
        Section.QUESTIONS.value: "Questions to raise",
        Section.SOURCES.value: "Sources",
        "source": "Source",
        "sources": "Sources",
        "as_of": "As of",
        "page_x_of_y": "Page {x} of {y}",
        "continued": "continued",
        "briefing": "Briefing",
        "meeting": "Meeting",
        "date": "Date",
        "place": "Place",
        "counterpart": "Counterpart",
        "delegation": "Delegation",
        "participants": "Participants",
        "objectives": "Objectives",
        "summary": "Executive summary",
        "classification": "Classification",
        "figure": "Figure and source",
        "as_stated": "As stated",
        "normalised": "Value",
        "conversion": "Conversion",
        "speaker": "Speaker",
        "role": "Role",
        "quoted_in": "quoted in",
        "published": "published",
        "retrieved": "retrieved",
        "translation": "Translation",
        "context": "Context",
        "original": "Original",
        "notes": "Notes",
        "reference": "Reference",
        "reported": "reported",
        "rate_note": "ECB reference rate of {date}",
        "approx": "approx.",
        "see_sources": "Sources on the last page",
    },
}

# Opening and closing marks for direct speech.
QUOTE_MARKS: dict[str, tuple[str, str]] = {"de": ("\u201e", "\u201c"), "en": ("\u201c", "\u201d")}


def norm_lang(lang: str | None) -> str:
    lang = (lang or "de").lower()[:2]
    return lang if lang in _LABELS else "en"


class Labels:
    """Lookup of fixed wording for one language: ``labels["as_of"]``, ``labels.section(s)``."""

    def __init__(self, lang: str | None) -> None:
        self.lang = norm_lang(lang)
        self._table = _LABELS[self.lang]

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def section(self, section: Section) -> str:
        return self._table[section.value]

    def page_x_of_y(self, x: int | str, y: int | str) -> str:
        return self._table["page_x_of_y"].format(x=x, y=y)

    def quoted(self, text: str) -> str:
        opening, closing = QUOTE_MARKS[self.lang]
        return f"{opening}{text.strip()}{closing}"

    def date(self, d: date | None) -> str:
        """``14.10.2026`` (de) or ``14 October 2026`` (en); empty for no date."""
        if d is None:
            return ""
        if self.lang == "de":
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


# Spelled out here because strftime('%B') follows the process locale.
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
