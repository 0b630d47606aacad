#!/usr/bin/env python3
"""Build browser-style copies of real articles: the article wrapped in generated page junk.

A user selects a whole web page and pastes it.  What arrives is the article plus the
page around it: a site header, a navigation menu, a cookie banner, a kicker above the
headline, a date line, an author line or short code, share bars, photo-gallery teasers,
"Related posts" lists, agency codes and a footer.  This script wraps each of the 14
``real-dev`` articles in such junk, drawn at random (seeded) from many templates per
kind, and writes the copy together with its truth: the article body, the headline and
the publication date.

The templates of every kind are split in two halves (even / odd position in their
list), and so are the articles (001–004 / 005–007): the *dev* copies use the first half
of both, the *held-out* copies the second.  Rules are developed on *dev* only; *held-out*
estimates how the cleaner does on page layouts and articles it was not tuned on.

    .venv/bin/python bench/make_browser_copies.py OUT_DIR [--copies 4] [--seed 7]

Writes ``OUT_DIR/{dev,heldout}/<lang>-<nnn>-<k>.txt`` and ``OUT_DIR/truth.json``
(``{name: {"split", "body", "title", "date"}}``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("BRIEFING_CORPUS", ROOT.parent / "shared" / "corpus"))

# --- the articles: headline and date as their pages show them (real-dev/SOURCE.md) ------
#: Articles whose stored copy starts with the headline line.
HAS_HEADLINE = {"de/001", "de/002", "de/007", "en/002", "en/003", "en/005", "en/007"}
#: Headlines of the pages whose stored copy has none (from the page address).
PAGE_HEADLINE = {
    "de/003": "US-Geschäft für deutsche Exporteure schwierig - China fast wieder normal",
    "de/004": "Deutsche Autobauer setzten 2020 38 Prozent ihrer Neuwagen in China ab",
    "de/005": "Chinesische Autos werden dieses Jahr ihren Anteil an den EU-EV-Verkäufen erhöhen",
    "de/006": "Handelsbilanz-Prognose sieht Rekord-Handelsdefizit Deutschlands mit China",
    "en/001": "China-Germany trade to reach US$50 billion this year",
    "en/004": "German exports to China to fall 2 pct this year - DIHK",
    "en/006": "China-EU trade sees rapid growth in first half",
}
#: Publication dates (SOURCE.md; where only the month is known, a day of that month).
PUBLISHED = {
    "de/001": date(2011, 6, 29), "de/002": date(2017, 9, 27), "de/003": date(2020, 8, 13),
    "de/004": date(2021, 1, 15), "de/005": date(2024, 3, 20), "de/006": date(2025, 11, 4),
    "de/007": date(2026, 1, 15), "en/001": date(2004, 10, 21), "en/002": date(2010, 2, 9),
    "en/003": date(2011, 6, 28), "en/004": date(2015, 10, 29), "en/005": date(2018, 4, 24),
    "en/006": date(2021, 7, 13), "en/007": date(2024, 10, 30),
}
#: A date line inside the stored copy, replaced by a generated one.
STORED_DATELINE = {"en/005": "April 24, 2018"}
DEV_ARTICLES = ("001", "002", "003", "004")

MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class Page:
    """Everything a template may use: the language, the site, the date, a random source."""

    lang: str
    site: str
    domain: str
    when: date
    rng: random.Random

    def pick(self, options: list[str] | tuple[str, ...]) -> str:
        return self.rng.choice(list(options))

    def time(self, h24: bool = True) -> str:
        hour, minute = self.rng.randint(6, 22), self.rng.randint(0, 59)
        if h24:
            return f"{hour:02d}:{minute:02d}"
        return f"{(hour - 1) % 12 + 1:02d}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


Template = Callable[[Page], list[str]]

# --- site names -------------------------------------------------------------------------
SITES = {
    "de": [
        ("Wirtschaftskurier", "wirtschaftskurier.de"), ("Handelsblick", "handelsblick.de"),
        ("Ostasien Aktuell", "ostasien-aktuell.de"), ("Rheinische Post Online", "rp-online.example"),
        ("Der Marktbote", "marktbote.at"), ("Fernost-Report", "fernost-report.de"),
        ("Neue Presse", "neuepresse.example"), ("Börsen-Echo", "boersen-echo.de"),
    ],
    "en": [
        ("The Daily Ledger", "dailyledger.com"), ("Asia Trade Monitor", "asiatrademonitor.com"),
        ("Business Times Online", "btonline.example"), ("Global Markets Wire", "gmwire.net"),
        ("The Economic Observer", "eobserver.com"), ("Pacific Business Journal", "pbj.example"),
        ("World Finance Post", "wfpost.com"), ("Eastern Herald", "easternherald.example"),
    ],
}


def _half(items: list, split: str) -> list:
    """The dev half (even positions) or the held-out half (odd positions) of a template list."""
    return items[0::2] if split == "dev" else items[1::2]


# --- site headers -----------------------------------------------------------------------
HEADERS: list[Template] = [
    lambda p: [p.site],
    lambda p: [p.site.upper()],
    lambda p: [f"{p.site} - {p.pick(['Nachrichten aus Wirtschaft und Politik', 'Das Wirtschaftsportal']) if p.lang == 'de' else p.pick(['Business News and Analysis', 'Your source for markets'])}"],
    lambda p: [p.domain],
    lambda p: ["Zum Inhalt springen" if p.lang == "de" else "Skip to main content", p.site],
    lambda p: [p.site, "Login" if p.lang == "en" else "Anmelden", "Abo" if p.lang == "de" else "Subscribe"],
    lambda p: [f"{p.site} | {'E-Paper' if p.lang == 'de' else 'Digital Edition'}"],
    lambda p: ["Menü" if p.lang == "de" else "Menu", "Suche" if p.lang == "de" else "Search", p.site],
]

# --- navigation menus -------------------------------------------------------------------
SECTIONS = {
    "de": ["Politik", "Wirtschaft", "Finanzen", "Börse", "Unternehmen", "Technik", "Kultur", "Sport",
           "Panorama", "Meinung", "Reise", "Auto", "Wissen", "Regional", "Video", "Podcasts", "Karriere",
           "Immobilien", "Asien", "Ausland", "Inland", "Digital", "Gesundheit", "Newsticker"],
    "en": ["World", "Business", "Markets", "Politics", "Tech", "Opinion", "Sport", "Culture", "Life & Style",
           "Economy", "Asia", "Europe", "China", "Companies", "Video", "Podcasts", "Science", "Travel",
           "Environment", "Latest News", "Money", "Energy", "Health", "Weather"],
}


def _sections(p: Page, low: int = 5, high: int = 10) -> list[str]:
    return p.rng.sample(SECTIONS[p.lang], p.rng.randint(low, high))


MENUS: list[Template] = [
    _sections,  # one item per line
    lambda p: [" | ".join(_sections(p))],
    lambda p: ["  ".join(_sections(p))],
    lambda p: [" · ".join(_sections(p))],
    lambda p: [("Startseite" if p.lang == "de" else "Home"), *_sections(p, 4, 8)],
    lambda p: [" ".join(_sections(p, 6, 9))],
    lambda p: [*_sections(p, 3, 5), "", *_sections(p, 3, 5)],
    lambda p: ["Ressorts" if p.lang == "de" else "Sections", *_sections(p, 4, 7), "Mehr" if p.lang == "de" else "More"],
    lambda p: [" / ".join(_sections(p, 4, 7))],
    lambda p: ["".join(_sections(p, 4, 6))],  # glued menu items
]

# --- breadcrumbs ------------------------------------------------------------------------
BREADCRUMBS: list[Template] = [
    lambda p: [f"{'Startseite' if p.lang == 'de' else 'Home'} > {p.pick(SECTIONS[p.lang])} > {p.pick(SECTIONS[p.lang])}"],
    lambda p: [f"{'Startseite' if p.lang == 'de' else 'Home'} / {p.pick(SECTIONS[p.lang])}"],
    lambda p: [f"{'Sie sind hier' if p.lang == 'de' else 'You are here'}: {p.pick(SECTIONS[p.lang])} › {p.pick(SECTIONS[p.lang])}"],
    lambda p: [f"{p.pick(SECTIONS[p.lang])} » {p.pick(SECTIONS[p.lang])} » {p.pick(SECTIONS[p.lang])}"],
]

# --- cookie banners ---------------------------------------------------------------------
COOKIES: list[Template] = [
    lambda p: ["Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", "Alle akzeptieren", "Einstellungen verwalten"]
    if p.lang == "de" else ["We use cookies to give you the best experience on our website.", "Accept all", "Manage preferences"],
    lambda p: ["Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu.", "Einverstanden"]
    if p.lang == "de" else ["This site uses cookies. By continuing to browse you agree to our use of cookies.", "Got it"],
    lambda p: ["Cookie-Einstellungen", "Wir und unsere Partner setzen Cookies und ähnliche Technologien ein.", "Zustimmen und weiter"]
    if p.lang == "de" else ["Cookie settings", "We and our partners use cookies to personalise content and ads.", "Accept and continue"],
    lambda p: ["Datenschutzeinstellungen", "Alle ablehnen", "Akzeptieren"]
    if p.lang == "de" else ["Privacy settings", "Reject all", "I agree"],
]

# --- kickers ----------------------------------------------------------------------------
KICKERS: list[Template] = [
    lambda p: [p.pick(["Handelsstreit", "Konjunktur", "Außenhandel", "Autoindustrie", "Exklusiv"])]
    if p.lang == "de" else [p.pick(["Trade", "Economy", "Exclusive", "Autos", "Analysis"])],
    lambda p: [p.pick(["WIRTSCHAFT", "CHINA", "INDUSTRIE", "MÄRKTE"])] if p.lang == "de" else [p.pick(["BUSINESS", "CHINA", "MARKETS", "WORLD"])],
    lambda p: [p.pick(["China und Deutschland", "Neue Seidenstraße", "Analyse"])] if p.lang == "de" else [p.pick(["China and Europe", "Belt and Road", "Breaking"])],
    lambda p: [p.pick(["Wirtschaft", "Asien"]) + " · " + p.pick(["Handel", "Industrie"])] if p.lang == "de" else [p.pick(["Business", "Asia"]) + " · " + p.pick(["Trade", "Industry"])],
]

# --- date lines -------------------------------------------------------------------------
AGENCIES = {"de": ["dpa", "AFP", "Reuters", "dpa-AFX", "Xinhua", "KNA", "APA"],
            "en": ["Reuters", "AFP", "AP", "Xinhua", "PTI", "IANS", "Bloomberg"]}


def _d_de(p: Page) -> str:
    return f"{p.when.day}. {MONTHS_DE[p.when.month - 1]} {p.when.year}"


def _d_num(p: Page) -> str:
    return f"{p.when.day:02d}.{p.when.month:02d}.{p.when.year}"


def _d_en_us(p: Page, short: bool = False) -> str:
    month = MONTHS_EN[p.when.month - 1]
    return f"{month[:3] if short else month} {p.when.day}, {p.when.year}"


def _d_en_uk(p: Page) -> str:
    return f"{p.when.day} {MONTHS_EN[p.when.month - 1]} {p.when.year}"


DATELINES: list[Template] = [
    lambda p: [f"{_d_num(p)} | {p.pick(AGENCIES[p.lang])}"],
    lambda p: [_d_en_us(p)] if p.lang == "en" else [_d_de(p)],
    lambda p: [f"Last Updated : {_d_en_us(p, short=True)} {p.time(False)} IST | Source: {p.pick(AGENCIES['en'])}"]
    if p.lang == "en" else [f"Zuletzt aktualisiert: {_d_num(p)}, {p.time()} Uhr | Quelle: {p.pick(AGENCIES['de'])}"],
    lambda p: [f"{p.when.isoformat()} {p.time()}:{p.rng.randint(0, 59):02d}"],
    lambda p: [f"Published: {_d_en_uk(p)}"] if p.lang == "en" else [f"Veröffentlicht: {_d_de(p)}"],
    lambda p: [f"{WEEKDAYS_EN[p.when.weekday()]}, {_d_en_us(p)}, {p.time(False)}"]
    if p.lang == "en" else [f"{WEEKDAYS_DE[p.when.weekday()]}, {_d_num(p)}, {p.time()} Uhr"],
    lambda p: [f"{_d_num(p)}, {p.time()}"] if p.lang == "de" else [f"Updated {_d_en_us(p, short=True)} · {p.time(False)} GMT"],
    lambda p: [f"{p.site} | {_d_num(p)}"] if p.lang == "de" else [f"{p.site} | {_d_en_us(p)}"],
    lambda p: [f"Stand: {_d_num(p)} {p.time()} Uhr"] if p.lang == "de" else [f"Posted on {_d_en_us(p)} by Staff Writer"],
    lambda p: [f"{_d_en_uk(p)} - {p.time()} GMT"] if p.lang == "en" else [f"{_d_de(p)} - {p.time()} Uhr"],
    lambda p: [f"{p.when.isoformat()}  |  {p.pick(AGENCIES[p.lang])}"],
    lambda p: [f"{p.pick(AGENCIES[p.lang])} | {_d_num(p) if p.lang == 'de' else _d_en_us(p)}"],
]

# --- authors ----------------------------------------------------------------------------
NAMES = {"de": ["Anna Berger", "Thomas Keller", "Julia Hofmann", "Markus Weber", "Sabine Krüger", "Jan Petersen"],
         "en": ["Sarah Mitchell", "David Chen", "Emily Carter", "James Wong", "Laura Fischer", "Michael Grant"]}
AUTHORS: list[Template] = [
    lambda p: [f"Von {p.pick(NAMES['de'])}"] if p.lang == "de" else [f"By {p.pick(NAMES['en'])}"],
    lambda p: [f"({p.pick(['abc', 'mk', 'jwe', 'sth', 'dk', 'fra'])})"],
    lambda p: [f"Von {p.pick(NAMES['de'])}, {p.pick(['Peking', 'Berlin', 'Shanghai'])}"] if p.lang == "de" else [f"By {p.pick(NAMES['en'])}, {p.pick(['Beijing', 'Berlin', 'Hong Kong'])}"],
    lambda p: [f"Autor: {p.pick(NAMES['de'])}"] if p.lang == "de" else [f"Author: {p.pick(NAMES['en'])}"],
    lambda p: [f"({p.pick(['ber', 'hk', 'tk', 'wz'])}/{p.pick(['dpa', 'AFP', 'rtr'])})"],
    lambda p: [f"Von {p.pick(NAMES['de'])} und {p.pick(NAMES['de'])}"] if p.lang == "de" else [f"By {p.pick(NAMES['en'])} and {p.pick(NAMES['en'])}"],
]

# --- share bars -------------------------------------------------------------------------
SHARES: list[Template] = [
    lambda p: ["Teilen", "Twittern", "Mailen", "Link kopieren"] if p.lang == "de" else ["Share", "Tweet", "Email", "Copy link"],
    lambda p: ["Facebook Twitter WhatsApp E-Mail"] if p.lang == "de" else ["Facebook Twitter LinkedIn Email"],
    lambda p: ["Suggest To A Friend", "Print"] if p.lang == "en" else ["Artikel versenden", "Drucken"],
    lambda p: ["DruckenSendenMerkenFeedback"] if p.lang == "de" else ["PrintEmailSaveShare"],
    lambda p: ["Artikel teilen", "Facebook", "X", "LinkedIn", "WhatsApp"] if p.lang == "de" else ["Share this article", "Facebook", "X", "Reddit", "WhatsApp"],
    lambda p: ["Seite empfehlen | Drucken | Schrift vergrößern"] if p.lang == "de" else ["Send to a friend | Print | Text size"],
    lambda p: ["Merken", "Teilen", "Kommentieren"] if p.lang == "de" else ["Save", "Share", "Comment"],
    lambda p: ["E-Mail an einen Freund senden"] if p.lang == "de" else ["Email this article to a friend"],
]

# --- photo-gallery teasers --------------------------------------------------------------
GALLERIES: list[Template] = [
    lambda p: [f"{p.rng.randint(5, 30)} Bilder" if p.lang == "de" else f"{p.rng.randint(5, 30)} Photos"],
    lambda p: ["Fotostrecke", f"Bild 1 von {p.rng.randint(5, 20)}"] if p.lang == "de" else ["Photo gallery", f"Image 1 of {p.rng.randint(5, 20)}"],
    lambda p: [f"Bildergalerie: {p.rng.randint(6, 25)} Fotos"] if p.lang == "de" else [f"Gallery: {p.rng.randint(6, 25)} images"],
    lambda p: ["Zur Bildergalerie"] if p.lang == "de" else ["View gallery"],
    lambda p: [f"1/{p.rng.randint(5, 20)}", "Foto: dpa" if p.lang == "de" else "Photo: Reuters"],
    lambda p: [f"Fotostrecke: {p.rng.randint(5, 20)} Bilder"] if p.lang == "de" else [f"In pictures ({p.rng.randint(5, 20)})"],
    lambda p: ["Video", f"{p.rng.randint(1, 4)}:{p.rng.randint(10, 59)} Min."] if p.lang == "de" else ["Watch", f"{p.rng.randint(1, 4)}:{p.rng.randint(10, 59)}"],
    lambda p: [f"Alle {p.rng.randint(5, 20)} Bilder anzeigen"] if p.lang == "de" else [f"See all {p.rng.randint(5, 20)} photos"],
]

# --- related lists ----------------------------------------------------------------------
RELATED_HEADLINES = {
    "de": ["China senkt Leitzins überraschend", "Autobauer bangen um Exportgeschäft",
           "EU prüft Strafzölle auf Solarmodule", "Mittelstand sucht neue Märkte in Asien",
           "Handelskammer warnt vor Rezession", "Peking lockt Investoren mit Steuervorteilen",
           "Siemens baut Werk in Chengdu aus", "Containerfrachtraten steigen wieder",
           "Bundesregierung legt China-Strategie vor", "Neue Zugverbindung nach Duisburg",
           "Exporte nach Asien brechen ein", "Wie sich Lieferketten neu ordnen"],
    "en": ["China cuts key lending rate in surprise move", "Carmakers fear for export business",
           "EU weighs tariffs on solar panels", "Why small firms look to Asia",
           "Chamber warns of recession risk", "Beijing woos investors with tax breaks",
           "Siemens expands plant in Chengdu", "Container freight rates rise again",
           "Berlin unveils new China strategy", "New rail link to Duisburg opens",
           "Exports to Asia slump", "How supply chains are being rebuilt"],
}


def _related_items(p: Page, low: int = 3, high: int = 5) -> list[str]:
    return p.rng.sample(RELATED_HEADLINES[p.lang], p.rng.randint(low, high))


RELATED: list[Template] = [
    lambda p: ["Mehr zum Thema" if p.lang == "de" else "Related posts", *_related_items(p)],
    lambda p: ["Das könnte Sie auch interessieren" if p.lang == "de" else "You may also like", "", *[line for h in _related_items(p) for line in (h, "")]],
    lambda p: [f"Lesen Sie auch: {_related_items(p, 1, 1)[0]}" if p.lang == "de" else f"Read more: {_related_items(p, 1, 1)[0]}"],
    lambda p: ["Weitere Artikel" if p.lang == "de" else "Related News", *[f"{h} {_d_num(p)}" for h in _related_items(p)]],
    lambda p: ["Meistgelesen" if p.lang == "de" else "Most read", *[f"{i}. {h}" for i, h in enumerate(_related_items(p, 4, 5), 1)]],
    lambda p: ["Passend zum Thema" if p.lang == "de" else "Related coverage", *[f"{h} ({p.rng.randint(2, 40)} Kommentare)" if p.lang == "de" else f"{h} ({p.rng.randint(2, 40)} comments)" for h in _related_items(p)]],
    lambda p: ["Auch interessant" if p.lang == "de" else "Recommended", *[f"{p.pick(['Video', 'Analyse', 'Exklusiv']) if p.lang == 'de' else p.pick(['Video', 'Analysis', 'Exclusive'])}: {h}" for h in _related_items(p)]],
    lambda p: ["Top-Themen" if p.lang == "de" else "Top stories", *_related_items(p, 3, 4)],
]

# --- agency codes and footers -----------------------------------------------------------
AGENCY_CODES: list[Template] = [
    lambda p: [f"/{p.pick(['ji', 'mis', 'fba', 'ben'])}/{p.pick(['jha', 'he', 'stk', 'zb'])}"],
    lambda p: [f"AXC{p.rng.randint(100, 999):04d} {p.when.isoformat()}/{p.time()}"],
    lambda p: [f"/{p.pick(['ra', 'tav'])}/{p.pick(['jkr', 'kro'])}/{p.pick(['he', 'fba'])}", "", f"AFX{p.rng.randint(1000, 9999)} {p.when.isoformat()}/{p.time()}"],
    lambda p: ["(dpa-AFX)" if p.lang == "de" else "(Reuters)"],
    lambda p: [f"Quelle: {p.pick(AGENCIES['de'])}" if p.lang == "de" else f"Source: {p.pick(AGENCIES['en'])}"],
    lambda p: ["Mit Material von dpa und Reuters" if p.lang == "de" else "With inputs from agencies"],
    lambda p: [f"© dpa-infocom, dpa:{p.when.strftime('%y%m%d')}-99-{p.rng.randint(100, 999)}/{p.rng.randint(2, 9)}"],
    lambda p: [f"(Reporting by {p.pick(NAMES['en'])}; Editing by {p.pick(NAMES['en'])})"],
]

# --- newsletter and subscription boxes ----------------------------------------------------
PROMOS: list[Template] = [
    lambda p: ["Newsletter abonnieren", "Melden Sie sich für unseren Newsletter an und erhalten Sie die wichtigsten Nachrichten."]
    if p.lang == "de" else ["Subscribe to our newsletter", "Sign up for our daily newsletter and get the top stories."],
    lambda p: ["Jetzt abonnieren", "Bereits Abonnent? Hier anmelden"] if p.lang == "de" else ["Subscribe now", "Already a subscriber? Sign in"],
    lambda p: ["Anzeige"] if p.lang == "de" else ["Advertisement"],
    lambda p: ["Folgen Sie uns auf Twitter und Facebook"] if p.lang == "de" else ["Follow us on Twitter and Facebook"],
    lambda p: ["Lesezeit: 3 Min."] if p.lang == "de" else ["4 min read"],
    lambda p: ["Kommentare (12)", "Kommentar schreiben"] if p.lang == "de" else ["Comments (12)", "Leave a comment"],
]

# --- footers ----------------------------------------------------------------------------
FOOTERS: list[Template] = [
    lambda p: [f"© {p.when.year} {p.site}. Alle Rechte vorbehalten." if p.lang == "de" else f"© {p.when.year} {p.site}. All rights reserved."],
    lambda p: ["Impressum | Datenschutz | Kontakt | AGB"] if p.lang == "de" else ["About us | Contact | Privacy Policy | Terms of Use"],
    lambda p: ["Impressum", "Datenschutz", "Kontakt", "Mediadaten", "Karriere"] if p.lang == "de" else ["About Us", "Contact Us", "Privacy Policy", "Advertise", "Careers"],
    lambda p: [f"Copyright {p.when.year} {p.site}"],
    lambda p: ["Nach oben"] if p.lang == "de" else ["Back to top"],
    lambda p: [f"{p.site} ist ein Angebot der Mediengruppe Beispiel GmbH" if p.lang == "de" else f"{p.site} is part of Example Media Group"],
    lambda p: ["Schlagworte: China, Handel, Export" if p.lang == "de" else "Tags: China, trade, exports"],
    lambda p: ["Datenschutzerklärung  Nutzungsbedingungen  Cookie-Einstellungen"] if p.lang == "de" else ["Privacy Policy  Terms of Service  Cookie settings"],
]


def _article(lang: str, number: str) -> tuple[list[str], str, str]:
    """The article's body lines (headline taken off), its headline, and its key."""
    key = f"{lang}/{number}"
    lines = (CORPUS / "real-dev" / lang / f"{number}.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    if key in STORED_DATELINE:
        lines = [line for line in lines if line.strip() != STORED_DATELINE[key]]
    if key in HAS_HEADLINE:
        headline, lines = lines[0], lines[1:]
    else:
        headline = PAGE_HEADLINE[key]
    while lines and not lines[0].strip():
        lines = lines[1:]
    return lines, headline.strip(), key


def _maybe(rng: random.Random, share: float, pool: list[Template], page: Page) -> list[str]:
    return rng.choice(pool)(page) if rng.random() < share else []


def _block(lines: list[str], rng: random.Random) -> list[str]:
    """Junk lines, with or without a blank line after them (browsers differ)."""
    if not lines:
        return []
    return lines + ([""] if rng.random() < 0.6 else [])


def build_copy(lang: str, number: str, split: str, rng: random.Random) -> tuple[str, dict[str, object]]:
    body, headline, key = _article(lang, number)
    site, domain = rng.choice(_half(SITES[lang], split))
    page = Page(lang, site, domain, PUBLISHED[key], rng)
    pools = {name: _half(pool, split) for name, pool in {
        "header": HEADERS, "menu": MENUS, "crumb": BREADCRUMBS, "cookie": COOKIES, "kicker": KICKERS,
        "date": DATELINES, "author": AUTHORS, "share": SHARES, "gallery": GALLERIES, "related": RELATED,
        "agency": AGENCY_CODES, "promo": PROMOS, "footer": FOOTERS}.items()}
    top: list[str] = []
    top += _block(_maybe(rng, 0.4, pools["cookie"], page), rng)
    top += _block(_maybe(rng, 0.9, pools["header"], page), rng)
    top += _block(_maybe(rng, 0.9, pools["menu"], page), rng)
    top += _block(_maybe(rng, 0.5, pools["crumb"], page), rng)
    top += _block(_maybe(rng, 0.3, pools["gallery"], page), rng)
    kicker = _maybe(rng, 0.5, pools["kicker"], page)
    has_date = rng.random() < 0.85
    date_line = rng.choice(pools["date"])(page) if has_date else []
    author = _maybe(rng, 0.5, pools["author"], page)
    author_at_end = bool(author) and author[0].startswith("(") and rng.random() < 0.7
    head = kicker + [headline] + ([""] if rng.random() < 0.7 else [])
    meta_top = date_line + ([] if author_at_end else author)
    head += _block(meta_top, rng)
    head += _block(_maybe(rng, 0.5, pools["share"], page), rng)
    # article body, paragraph by paragraph, with junk between some paragraphs
    middle: list[str] = []
    paragraphs = "\n".join(body).split("\n\n") if "\n\n" in "\n".join(body) else ["\n".join(body)]
    inserts = {"gallery": 0.25, "related": 0.25, "promo": 0.2}
    for k, paragraph in enumerate(paragraphs):
        middle += paragraph.split("\n")
        if k < len(paragraphs) - 1:
            middle.append("")
            for kind, share in inserts.items():
                if rng.random() < share / max(1, len(paragraphs) - 1) * 2:
                    middle += _block(rng.choice(pools[kind])(page), rng)
                    if middle[-1]:
                        middle.append("")
    if author_at_end:
        middle += author if rng.random() < 0.5 else ["", *author]
    tail: list[str] = [""]
    tail += _block(_maybe(rng, 0.6, pools["agency"], page), rng)
    tail += _block(_maybe(rng, 0.5, pools["share"], page), rng)
    tail += _block(_maybe(rng, 0.5, pools["promo"], page), rng)
    tail += _block(_maybe(rng, 0.8, pools["related"], page), rng)
    tail += _block(_maybe(rng, 0.3, pools["gallery"], page), rng)
    for _ in range(rng.randint(1, 3)):
        tail += _block(rng.choice(pools["footer"])(page), rng)
    text = "\n".join(top + head + middle + tail).strip("\n") + "\n"
    truth = {
        "split": split,
        "body": "\n".join(body).strip(),
        "title": headline,
        "date": PUBLISHED[key].isoformat() if has_date else None,
    }
    return text, truth


def build_all(out: Path, copies: int = 4, seed: int = 7) -> dict[str, dict[str, object]]:
    truth: dict[str, dict[str, object]] = {}
    for lang in ("de", "en"):
        for number in ("001", "002", "003", "004", "005", "006", "007"):
            split = "dev" if number in DEV_ARTICLES else "heldout"
            for k in range(copies):
                rng = random.Random(f"{seed}-{lang}-{number}-{k}")
                text, t = build_copy(lang, number, split, rng)
                name = f"{lang}-{number}-{k}"
                (out / split).mkdir(parents=True, exist_ok=True)
                (out / split / f"{name}.txt").write_text(text, encoding="utf-8")
                truth[name] = t
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--copies", type=int, default=4, help="copies per article (different junk each)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    truth = build_all(args.out, args.copies, args.seed)
    print(f"wrote {len(truth)} copies to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
