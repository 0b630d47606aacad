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
        "about": "ca.",
        "corrected_insert": "[korrigiert: {value}, EZB-Kurs vom {date}]",
        "corrected_insert_nodate": "[korrigiert: {value}]",
        "corrected_of": "{figure} [korrigiert: {value}, EZB-Kurs vom {date}]",
        "corrected": "korrigiert",
        "corrected_value": "Korrigierter Wert",
        "correction_note": (
            "[korrigiert: …] ist ein Hinweis der Redaktion: Der Artikel nennt „{as_written}“ als Umrechnung von "
            "„{source}“; nach dem EZB-Referenzkurs vom {date} (1 {from_unit} = {rate} {to_unit}) sind es {value}. "
            "Der Wortlaut des Artikels bleibt unverändert."
        ),
        "correction_note_short": "[korrigiert: …] ist ein Hinweis der Redaktion: Der Artikel nennt „{as_written}“; richtig sind {value}.",
        "editorial_notes": "Hinweise der Redaktion",
        "in_article": "im Artikel",
        "unchecked": "⚠ ungeprüft: {what}",
        "check_scale_error": "Umrechnung im Artikel weicht um Faktor {factor} ab",
        "check_scale_error_nofactor": "Umrechnung im Artikel weicht um eine Zehnerpotenz ab",
        "check_missing_scale_word": "Umrechnung im Artikel ohne Größenwort (Mio./Mrd.)",
        "check_rate_mismatch": "Umrechnung im Artikel weicht vom EZB-Referenzkurs ab",
        "check_other": "Zahl im Artikel auffällig",
        "at_a_glance": "Auf einen Blick",
        "reactive": "Sprechpunkte reaktiv",
        "reactive_topic": "Wenn die Gegenseite anspricht",
        "reactive_answer": "Unsere Linie",
        "active": "Sprechpunkte aktiv",
        "occasion": "Anlass und Gesprächsziel",
        "facts": "Sachstand",
        "positions": "Positionen der Gegenseite",
        "partners": "Gesprächspartner",
        "questions_short": "Fragen",
        "talking_points_doc": "Gesprächsunterlage",
        "summary_and_messages": "Zusammenfassung und Kernbotschaften",
        "before": "Davor",
        "after": "Danach",
        "said_by": "Sprecher",
        "url": "URL",
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
        "about": "about",
        "corrected_insert": "[corrected: {value}, ECB rate of {date}]",
        "corrected_insert_nodate": "[corrected: {value}]",
        "corrected_of": "{figure} [corrected: {value}, ECB rate of {date}]",
        "corrected": "corrected",
        "corrected_value": "Corrected value",
        "correction_note": (
            "[corrected: …] is an editorial note: the article gives '{as_written}' as the conversion of "
            "'{source}'; at the ECB reference rate of {date} (1 {from_unit} = {rate} {to_unit}) it is {value}. "
            "The article's wording is left as published."
        ),
        "correction_note_short": "[corrected: …] is an editorial note: the article gives '{as_written}'; the correct value is {value}.",
        "editorial_notes": "Editorial notes",
        "in_article": "in the article",
        "unchecked": "⚠ unchecked: {what}",
        "check_scale_error": "the article's conversion is off by a factor of {factor}",
        "check_scale_error_nofactor": "the article's conversion is off by a power of ten",
        "check_missing_scale_word": "the article's conversion lacks its scale word (million/billion)",
        "check_rate_mismatch": "the article's conversion differs from the ECB reference rate",
        "check_other": "figure in the article looks wrong",
        "at_a_glance": "At a glance",
        "reactive": "Reactive talking points",
        "reactive_topic": "If the counterpart raises",
        "reactive_answer": "Line to take",
        "active": "Talking points",
        "occasion": "Occasion and objectives",
        "facts": "Background and facts",
        "positions": "Positions of the counterpart",
        "partners": "Counterparts",
        "questions_short": "Questions",
        "talking_points_doc": "Briefing note",
        "summary_and_messages": "Summary and key messages",
        "before": "Before",
        "after": "After",
        "said_by": "Speaker",
        "url": "URL",
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
