"""Metadata found in the lines of an article: source, tags, dateline, author, URL.

Copied pages carry their metadata as text ("Wirtschaftskurier | 14.10.2026",
"Quelle: Wirtschaftskurier", "Schlagworte: China, Mittelstand").  Such a line is taken
out of the article text (the briefing cites it from the metadata instead) and its
value goes into :class:`Metadata`.  Every parser here accepts a line only when all of
it is accounted for; a body sentence that merely contains a date stays text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date

from briefing_app.core.calendar_words import MONTH_NUMBERS, WEEKDAYS
from briefing_app.core.name_words import looks_like_org
from briefing_app.core.places import find_places

from .boilerplate import is_reading_time
from .contact_lines import EMAIL_ADDRESS
from .dates import RELATIVE_TIME, TIME, UPDATED_WORDS, find_date
from .navigation_lines import breadcrumb_parts, is_navigation_line, is_navigation_word, is_share_bar
from .picture_lines import AGENCIES, is_agency_code, is_credit
from .text_shape import vocabulary, word_count


@dataclass
class Metadata:
    """What an import learned about the article besides its text."""

    title: str = ""
    outlet: str = ""
    author: str = ""
    published: date | None = None
    url: str = ""
    section: str = ""
    tags: list[str] = field(default_factory=list)

    def filled_from(self, other: Metadata) -> Metadata:
        """A copy with every empty field taken from ``other``."""
        values = {f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        return Metadata(**values)


@dataclass(frozen=True)
class Found:
    """A metadata line: the reason it is taken out and what it tells."""

    reason: str
    values: dict[str, object]
    #: How sure the date is the publication date: 2 published-label, 1 dateline, 0 updated.
    date_rank: int = 1


_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_SOURCE = re.compile(
    r"^(?i:Quelle|Quellen|Source|Sources|Via|Press release(?: from)?|Media release(?: from)?|Pressemitteilung|Pressemeldung)\s*:\s*(?P<value>.+)$"
    r"|^(?i:Via)\s+(?P<site>(?:[\w-]+\.)+[a-z]{2,6}|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})$"  # 'Via SyndiGate.info'
)
_TAGS = re.compile(
    r"^(?:Schlagworte|Schlagwörter|Stichworte|Stichwörter|Schlüsselwörter|Tags|Related Tags|Themen|Topics|Topic|Read related topics|"
    r"Keywords|Filed under|Mehr zu den Themen|Weitere Themen|Dieser Inhalt ist relevant für|Discover more stories on|See more on|Теги|Метки|Ключевые слова|Etiquetas|Étiquettes|"
    r"Mots-clés|Etichette|Palavras-chave|Etiketler|Trefwoorden|Categories|Kategorien)(?:\s*:\s*|\s+(?=#)|\s*$"
    r"|(?<=(?-i:[A-Z]{4}))\s+(?=\S.*\s/\s))(?P<value>.*)$",  # a label in capitals: 'KEYWORDS Boone County / …'
    re.IGNORECASE,
)
_TAG_SEPARATOR = re.compile(r"\s*(?:[,;|·•#]|\s/\s)\s*")


def _label(words: str) -> re.Pattern[str]:
    """'Stand:', 'Veröffentlicht am', 'Published on' — a date label alone."""
    return re.compile(rf"^(?:{vocabulary(words)})(?:\s+(?:am|on|um|at))?\s*:?$", re.IGNORECASE)


_PUBLISHED_WORDS = ("Veröffentlicht|Erschienen|Erstellt|Publiziert|Online seit|Datum|Erstpublikation|Erstveröffentlichung|"
                    "Published|Posted|First published|Originally published|Publication date|Date published|Date")
_PUBLISHED_LABEL = _label(_PUBLISHED_WORDS)
_UPDATED_LABEL = _label(UPDATED_WORDS)
_WEEKDAY = re.compile(
    rf"^(?:{vocabulary('|'.join(WEEKDAYS), 'Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun')})\.?$",
    re.IGNORECASE,
)
_DATELINE_SEPARATOR = re.compile(r"\s+[-–—/]\s+|\s*[|•·,]\s*")

_NAME_WORD = r"(?:[A-ZÄÖÜ][\w'’.-]*|(?:von|van|der|den|de|zu|la|le|bin|al|el|da|di|du|ter|vom)\b)"
_NAME = rf"[A-ZÄÖÜ][\w'’.-]*(?:\s+{_NAME_WORD}){{1,3}}"
#: The words a byline opens with ('Von', 'By', 'Written by', 'Text:').
BYLINE_WORDS = "Von|By|Written by|Geschrieben von|Autor|Autorin|Autoren|Author of the article|Author|Authors|Text"
#: The words an English page calls its writer by ('reporter', 'China correspondent').
WRITER_ROLES = "reporter|correspondent|editor|writer|columnist|journalist"
#: What the writer of an analysis or an opinion piece is when not a journalist: 'a
#: nonresident senior fellow', 'professor of economics', 'an economist at ING'.
EXPERT_ROLES = ("fellow|professor|director|researcher|scholar|lecturer|economist|analyst|"
                "Professorin|Professor|Direktorin|Direktor|Forscherin|Forscher|Ökonomin|Ökonom|Analystin|Analyst")
#: The writer's role between 'By' and the names, in lower case: 'By business reporter Kate Ellery'.
_ROLE_BEFORE_NAME = rf"(?:(?:[a-z][\w-]*\s+){{0,2}}(?:{WRITER_ROLES})s?\s+)?"
_AUTHOR = re.compile(
    rf"^(?i:{BYLINE_WORDS}|Ein Kommentar von|Ein Gastbeitrag von|Eine Analyse von)\s*(?::|\s[—–])?\s+{_ROLE_BEFORE_NAME}"  # ('By — Name')
    rf"(?P<names>{_NAME}(?:\s*(?:,|und|and|&)\s*{_NAME})*)"
    rf"(?:(?:\s*(?:,|\(|\||/)|\s[-–—])\s*(?P<rest>[^()]{{1,40}})\)?|\s+for\s+(?P<outlet>[A-Z][\w&.'’ -]{{1,40}}))?$"
)


def parse_source(line: str) -> Found | None:
    """'Quelle: Wirtschaftskurier', 'Source: Reuters', 'Quelle: https://…', 'Via SyndiGate.info', 'Press Release:
    Aotearoa Precision Engineering Association' (who issued the release)."""
    m = _SOURCE.match(line)
    if not m or is_credit(line):
        return None  # ('Quelle: picture alliance/dpa/Jane Roe' credits a picture)
    value = (m["value"] or m["site"]).strip().rstrip(".")
    if _URL.match(value):
        return Found("source", {"url": value})
    if word_count(value) > 8 or re.search(r"[.!?]\s", value) or find_date(value):
        return None  # ('Source: Xinhua| 2026-09-04 20:51:07': a date line, read as one)
    return Found("source", {"outlet": value})


#: Tags without a label: '#business #Germany #manufacturing', 'EU Law · M&A · China Desk'.
_HASHTAGS = re.compile(r"^#[\w-]+(?:\s+#[\w-]+)+$")
_DOTTED_TAGS = re.compile(r"^[A-Z][\w&'’-]*(?: [\w&'’-]+){0,3}(?:\s[·•]\s[A-Z][\w&'’-]*(?: [\w&'’-]+){0,3}){2,}$")


def parse_tags(line: str) -> Found | None:
    """'Schlagworte: China, Mittelstand', 'Tags: trade; tariffs', 'Filed under: Khawarij |',
    and unlabelled: '#trade #China', 'EU Law · M&A · China Desk' (not a menu: 'News · Business · Sport')."""
    if _HASHTAGS.match(line) or (_DOTTED_TAGS.match(line) and not is_navigation_line(line)):
        return Found("tags", {"tags": [t.strip("# ") for t in re.split(r"\s+(?=#)|\s[·•]\s", line)]})
    m = _TAGS.match(line)
    if not m:
        return None
    tags = [t.strip(" .") for t in _TAG_SEPARATOR.split(m["value"])]
    tags = [t for t in tags if t]
    if any(word_count(t) > 5 for t in tags):
        return None
    return Found("tags", {"tags": tags})


def parse_url(line: str) -> Found | None:
    """A line that is only the page's address (browsers add it when printing)."""
    return Found("url", {"url": line}) if _URL.match(line) and len(line) < 500 else None


#: A byline naming a news agency: 'By Reuters', 'Von dpa'.
_AGENCY_BYLINE = re.compile(r"^(?:By|Von|Par|Por|Di|Oleh)\s+(?P<agency>[\w-]+(?: [\w-]+)?)\.?$")
#: A byline that says who the writer is, as opinion pages print it: 'By Miriam Achterberg, a
#: nonresident senior fellow at the Centre for European Industrial Strategy.' It ends with
#: the name of the writer's institution ('By Black Friday, an analyst at Commerzbank expects
#: …' goes on as a sentence).
_DESCRIBED_BYLINE = re.compile(
    rf"^(?:By|Von)\s+(?P<names>{_NAME}(?:\s+(?:and|und)\s+{_NAME})?),\s+(?:a|an|the|ein|eine)\s+"
    rf"(?=[^.]{{0,80}}\b(?:{EXPERT_ROLES}|{WRITER_ROLES})\b)"
    r"(?:[^.]|(?<=\b[A-Z])\.|\.(?=\w)){5,140}\b[A-Z][\w'’&-]*\.?$"  # ('the U.S. Chamber of Commerce')
)
#: A byline of a name and the author's social media handle: 'Natasha Turak@NatashaTurak'.
_HANDLE_BYLINE = re.compile(r"^(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*@\w{2,30}$")


#: A byline naming where each writer reports from, without 'By': 'Sarah Whitlock in Brussels
#: and Edward Chan in Beijing'.
_PLACED_BYLINE = re.compile(
    rf"^{_NAME} in (?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    rf"(?:(?:,\s*|\s+and\s+|\s+und\s+){_NAME} in (?P<place2>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))*$"
)


def _placed_byline(line: str) -> Found | None:
    """A byline of two or more names with their places, every place a known city. One
    name in one city ('Xi Jinping in Berlin') is as likely a subheading, and stays text."""
    m = _PLACED_BYLINE.match(line) if " in " in line else None
    if m is None:
        return None
    places = re.findall(r" in ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?=,|\s+and\s|\s+und\s|$)", line)
    if not places or not all(find_places(place) for place in places):
        return None
    names = re.split(r",\s*|\s+and\s+|\s+und\s+", line)
    if len(names) < 2:
        return None  # one writer in one city: as likely a subheading ('Scholz in Peking')
    return Found("author", {"author": ", ".join(re.sub(r" in [A-Z].*$", "", n) for n in names)})


def is_described_byline(line: str) -> bool:
    """'By Jane Roe, a senior fellow at …': a byline, however much it reads like a sentence."""
    return line.startswith(("By ", "Von ")) and _DESCRIBED_BYLINE.match(line) is not None


def parse_author(line: str) -> Found | None:
    """'Von Max Muster', 'By Jane Doe and John Roe', 'Von Max Muster, Berlin',
    'Jane Doe @janedoe', 'By Jane Roe for RFA Khmer'."""
    if len(line) > 150:
        return None
    if "@" in line:  # the writer's address between the name and the outlet: 'By Jane Roe | jroe@example.com | The Post'
        line = _ADDRESS_PIECE.sub("", line)
    if line.startswith("by") and line[2:3].isupper():
        line = "by " + line[2:]  # the word glued to the writer's linked name: 'byChinedu Okonkwo'
    if handle := _HANDLE_BYLINE.match(line):
        return Found("author", {"author": handle["names"]})
    if "(" in line and _NAME_NOTE.search(line) and _BYLINE_OPENING.match(line):
        # each writer with a note in brackets: 'By Julien Maréchal (Frankfurt, special correspondent)
        # and Claire Fournet (Brussels, European Union correspondent)'
        return parse_author(_NAME_NOTE.sub("", line))
    agency = _AGENCY_BYLINE.match(line)
    if agency and agency["agency"].lower() in _AGENCIES:
        return Found("author", {"author": agency["agency"]})  # 'By Reuters': the agency wrote it
    if (described := _DESCRIBED_BYLINE.match(line)) is not None:
        return Found("author", {"author": _tidy_names(described["names"])})
    if " | " in line and (ahead := _OUTLET_THEN_BYLINE.match(line)) is not None \
            and (signed := parse_author(ahead["byline"])) is not None and _looks_like_outlet(ahead["outlet"]) \
            and (ahead["outlet"].lower() in _AGENCIES or (word_count(ahead["outlet"]) >= 2
                                                          and not is_navigation_word(ahead["outlet"]))):
        # ('Opinion | By Any Means Necessary', 'Essay | Von Mensch zu Mensch': a section over a headline)
        return Found("author", {**signed.values, "outlet": ahead["outlet"]})  # "WUWM 89.7 FM - Milwaukee's NPR | By …"
    m = _AUTHOR.match(line)
    if not m:
        return _placed_byline(line)
    rest = (m["rest"] or "").strip()
    if rest and (word_count(rest) > 4 or (rest[:1].islower() and rest.lower() not in _AGENCIES
                                           and not _DOMAIN.match(rest))):
        return None  # ('By Jane Roe / theedge.com': the site's domain is no sentence)
    return Found("author", {"author": _tidy_names(m["names"])})


_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")
#: The outlet before the byline: "WUWM 89.7 FM - Milwaukee's NPR | By Teodora Lindqvist".
_OUTLET_THEN_BYLINE = re.compile(rf"^(?P<outlet>[^|]{{2,60}}?)\s+\|\s+(?P<byline>(?i:{BYLINE_WORDS})\s[^|]+)$")
#: A note in brackets after a writer's name in a byline: where the writer reports from, the role.
_NAME_NOTE = re.compile(r"(?<=[^\W\d_])\s?\([^()]{2,60}\)(?=\s+(?:and|und|&)\s|\s*,|$)")
_BYLINE_OPENING = re.compile(rf"^(?i:{BYLINE_WORDS})\s")
_ADDRESS_PIECE = re.compile(rf"\s*\|\s*{EMAIL_ADDRESS}(?=\s*(?:\||$))")
_AGENCIES = {agency.lower() for agency in AGENCIES}


#: A role or an outlet the copy glued to the name: 'Meg JamesStaff Writer', 'Jonathan
#: GarberFOXBusiness' (a capital after three lower-case letters; 'McDonald', 'DeVos' and
#: 'MacArthur' glue after fewer).
_GLUED_TO_NAME = re.compile(r"(?<=[a-zà-ÿß]{3})[A-ZÀ-Ý]")


def _tidy_names(names: str) -> str:
    glued = _GLUED_TO_NAME.search(names)
    if glued is not None:
        names = names[: glued.start()]
    return re.sub(r"\s+", " ", names).strip(" ,")


#: '(abc)', '(ber/dpa)', '(mk/rtr)': the short code of the author, alone on a line or
#: closing the last paragraph; an agency name in it is the source.
_AUTHOR_CODE = re.compile(r"\((?P<codes>[a-zäöü]{2,4}(?:\s*/\s*[A-Za-zäöü-]{2,8}){0,3})\)")
_AUTHOR_CODE_LINE = re.compile(rf"^{_AUTHOR_CODE.pattern}$")
_TRAILING_AUTHOR_CODE = re.compile(rf"[.!?“”\"»«']\s*{_AUTHOR_CODE.pattern}$")


def _author_code(codes: str) -> Found:
    parts = [p.strip() for p in codes.split("/")]
    agencies = [p for p in parts if p.lower() in _AGENCIES]
    authors = [p for p in parts if p.lower() not in _AGENCIES]
    values: dict[str, object] = {}
    if authors:
        values["author"] = "/".join(authors)
    if agencies:
        values["outlet"] = agencies[0]
    return Found("author", values)


#: An article signed at its end with the writer's name and the day: '(Markus Muster, 18.2.2025)'.
_SIGNATURE = re.compile(r"^\((?P<name>[A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+){1,2}),\s*(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{4})\)$")


def parse_author_code(line: str) -> Found | None:
    """'(abc)', '(ber/dpa)' alone on a line: the author's short code (and the agency);
    '(Markus Muster, 18.2.2025)': the writer's signature with the day."""
    if (sig := _SIGNATURE.match(line)) is not None and (day := find_date(sig["date"])) is not None:
        return Found("dateline", {"author": sig["name"], "published": day[0]})
    m = _AUTHOR_CODE_LINE.match(line)
    return _author_code(m["codes"]) if m else None


def trailing_author_code(line: str) -> Found | None:
    """The code closing a paragraph ('… sagte er. (abc)'); the line itself stays text."""
    m = _TRAILING_AUTHOR_CODE.search(line)
    return _author_code(m["codes"]) if m else None


#: Time zones a date line may name after its time ('12:03 PM IST').
_ZONE = re.compile(
    r"^(?:MEZ|MESZ|CET|CEST|UTC|GMT|BST|WET|WEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|KST|"
    r"HKT|SGT|AEST|AEDT|BJT|MSK|WIB|PHT|ICT|UTC[+-]\d{1,2}(?::?\d\d)?|GMT[+-]\d{1,2}(?::?\d\d)?)$",
    re.IGNORECASE,
)
#: 'Source: Reuters', 'Quelle: dpa', 'via Xinhua' inside a date line.
_SOURCE_PIECE = re.compile(r"^(?:Quelle|Source|Via|Agentur|Agency)\s*:?\s+(?P<value>.+)$", re.IGNORECASE)
#: 'Editor: huaxia' closing a wire's date line.
_EDITOR_PIECE = re.compile(r"^(?:Editor|Editors|Redaktion|Redakteur|Redakteurin)\s*:\s*\S.{0,40}$", re.IGNORECASE)
#: 'by Staff Writer', 'von Max Muster' inside a date line ('Posted on … by …').
_BY_PIECE = re.compile(r"^(?:by|von)\s+(?P<names>.+)$")


#: 'Last modified on Tue' → 'Last modified on', 'Tue'; 'Updated 0412 GMT' → 'Updated', '0412 GMT'.
_LEADING_LABEL = re.compile(
    rf"^(?P<label>(?:{vocabulary(_PUBLISHED_WORDS)}|{vocabulary(UPDATED_WORDS)})(?:\s+(?:am|on|um|at))?)\s*:?\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def opens_with_date_label(line: str) -> bool:
    """'Posted …', 'Updated …', 'Veröffentlicht am …': a line announcing the article's dates."""
    return _LEADING_LABEL.match(line) is not None


#: '0412 GMT', '(1212 HKT)': a time without a colon, as wires write it.
_WIRE_TIME = re.compile(r"^(?:\(?[0-2]\d[0-5]\d\s+[A-Z]{2,4}\)?\s*){1,2}$")
#: 'jf', 'ben': an editor's initials after the sources of a date line.
_INITIALS = re.compile(r"^[a-zäöü]{2,3}$")


def _split_label(piece: str) -> list[str]:
    """A label glued to what follows it, as two pieces."""
    m = _LEADING_LABEL.match(piece)
    return [m["label"], m["rest"]] if m else [piece]


def _dateline_piece(piece: str, values: dict[str, object]) -> bool:
    """Pieces of a date line the older rules do not know: a time zone, a relative time,
    'Source: X', 'by X', a further agency, an editor's initials."""
    if _ZONE.match(piece) or RELATIVE_TIME.match(piece) or _WIRE_TIME.match(piece) or _EDITOR_PIECE.match(piece):
        return True
    if piece.lower() in _AGENCIES:
        values.setdefault("outlet", piece)  # the first source named is the outlet
        return True
    if "outlet" in values and _INITIALS.match(piece):
        return True
    if (m := _SOURCE_PIECE.match(piece)) and _looks_like_outlet(m["value"]):
        values.setdefault("outlet", m["value"].strip())
        return True
    if (m := _BY_PIECE.match(piece)) and "author" not in values:
        names = m["names"].strip()
        if re.fullmatch(rf"[A-ZÄÖÜ][\w'’.-]*(?:\s+{_NAME_WORD}){{0,3}}", names) or names.lower() in _AGENCIES:
            values["author"] = _tidy_names(names)
            return True
    return False


#: Pieces of a date line a page's markup glues together: 'Nov 20 20194:29 AM ESTUpdated an hour ago'.
_GLUED_YEAR_TIME = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)\b")
#: A date printed twice, glued: '06/18/2026June 18, 2026'.
_GLUED_MONTH = re.compile(r"(?<=\d)(?=(?:" + vocabulary("|".join(w.capitalize() for w in MONTH_NUMBERS)) + r")\b)")
_GLUED_LABEL = re.compile(r"(?<=[^\W_])(?=(?:Updated|Published|Aktualisiert|Veröffentlicht|Last modified|Lesedauer|Lesezeit"
                          r"|Reading time)\b)")
#: A year glued to the byline after it: '17.02.2026Von Katrin Oberhauser Lesedauer: 5 min'
#: (any other word glued there is a button: '18.11.2019Get short URL').
_GLUED_YEAR_BYLINE = re.compile(rf"(?<=\b(?:19|20)\d\d)(?=(?:{BYLINE_WORDS})\s)")
#: A byline running on into the date line's label: 'By Zhao Jiahui Published: Mar 20, 2026'.
_LABEL_AFTER_BYLINE = re.compile(r"^((?:By|Von)\s.{2,60}?[^\W\d_])\s+(?=(?:Updated|Published|Aktualisiert|Veröffentlicht)\s*:)")


_DIGIT = re.compile(r"\d")
#: A byline with the day glued to the writer's name: 'By Owen Carrick21 May 2025'.
_BYLINE_BEFORE_DAY = re.compile(r"^((?i:by|von)\s+[A-ZÄÖÜ][a-zà-ÿß'’-]+(?:\s[A-ZÄÖÜ][a-zà-ÿß'’-]+){1,2})(?=[0-3]?\d\.?\s)")
#: A section or an outlet before the date's label, without a separator: 'Economy Updated on Oct 21, 2025 …'.
_NAME_BEFORE_LABEL = re.compile(
    rf"^(?!(?i:{vocabulary(UPDATED_WORDS, _PUBLISHED_WORDS)})\b)"  # ('Last Updated: …' is one label)
    rf"([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)?) (?=(?:{vocabulary(UPDATED_WORDS, _PUBLISHED_WORDS)})\b)"
)


#: A writer's name glued to the year before it, the whole rest of the line: 'Oct 14, 2025Clemens Aubach'.
_GLUED_YEAR_NAME = re.compile(r"(?<=\b(?:19|20)\d\d)(?P<name>[A-ZÄÖÜ][a-zäöüß'’-]+(?: [A-ZÄÖÜ][a-zäöüß'’-]+){1,2})$")


def _unglue_stamp(line: str) -> str:
    """The year apart from the time after it, a label apart from the word before it, a
    writer's name apart from the year (a body's name there is the outlet's)."""
    line = _LABEL_AFTER_BYLINE.sub(r"\1 | ", line)
    line = _NAME_BEFORE_LABEL.sub(r"\1 | ", line)
    line = _BYLINE_BEFORE_DAY.sub(r"\1 | ", line)
    line = _GLUED_YEAR_NAME.sub(lambda m: f" | {m['name']}" if looks_like_org(m["name"]) else f" | By {m['name']}", line)
    line = _GLUED_YEAR_BYLINE.sub(" ", _GLUED_YEAR_TIME.sub(r"\1 \2", line))
    return _GLUED_MONTH.sub(" ", _GLUED_LABEL.sub(" ", line))


#: The most words of a date line: two labelled dates with their times and zones ('Updated on Oct
#: 21, 2025 4:05 PM EDT — Published on Oct 21, 2025 1:17 PM EDT') and the section before them.
_DATELINE_WORDS = 20


def parse_dateline(line: str) -> Found | None:
    """'Wirtschaftskurier | 14.10.2026', 'Stand: 14.10.2026 12:30 Uhr', 'Published: 14 October 2026'.

    Every piece around the date must be a known kind (a label, a weekday, a time, an
    author, a reading time) or one short name, which is taken as the outlet.
    """
    if len(line) > 140 or not _DIGIT.search(line) or word_count(line) > _DATELINE_WORDS or is_agency_code(line):
        return None  # (no digit, no date)
    line = _unglue_stamp(line)
    found = find_date(line)
    if not found:
        return None
    published, start, end = found
    rest = line[:start] + " | " + line[end:]
    while (more := find_date(rest)) is not None:  # "Veröffentlicht: …, aktualisiert: …"
        rest = rest[: more[1]] + " | " + rest[more[2] :]
    rest = TIME.sub(" | ", rest)
    values: dict[str, object] = {"published": published}
    rank = 1
    labels_seen = 0
    pieces = [p.strip(" :|-–—·•,/").removesuffix(".") for p in _DATELINE_SEPARATOR.split(rest)]
    for piece in (part for p in pieces for part in _split_label(p)):
        if not piece:
            continue
        if _PUBLISHED_LABEL.match(piece) or _UPDATED_LABEL.match(piece):
            if labels_seen == 0:
                rank = 2 if _PUBLISHED_LABEL.match(piece) else 0
            labels_seen += 1
        elif _WEEKDAY.match(piece) or is_reading_time(piece) or piece.lower() in {"uhr", "am", "on"}:
            continue
        elif is_share_bar(piece):
            continue  # the buttons glued to the date line: 'China.org.cn, April 17, 2025 Adjust font size:'
        elif is_navigation_word(piece) and "outlet" not in values and not values.get("author"):
            continue  # the section before the date: 'Economy Updated on Oct 21, 2025 …' (no outlet)
        elif (author := parse_author(piece)) is not None and "author" not in values:
            values.update(author.values)
        elif _dateline_piece(piece, values):
            continue
        elif _looks_like_outlet(piece) and "outlet" not in values:
            values["outlet"] = piece
        else:
            return None
    return Found("dateline", values, date_rank=rank)


def _looks_like_outlet(piece: str) -> bool:
    """A short name: 'Wirtschaftskurier', 'Frankfurter Allgemeine Zeitung', 'tagesschau.de'."""
    if len(piece) > 60 or word_count(piece) > 6 or not any(c.isalpha() for c in piece) or _ZONE.match(piece):
        return False
    if re.search(r"[!?;:]|\.\s|\.$|\d{1,2}/\d{1,2}/\d{2,4}", piece):
        return False  # (a sentence, or a section glued to a teaser's date: 'Business05/22/2026')
    if _DOMAIN.match(piece) or piece.lower() in _AGENCIES:
        return True
    return piece[0].isupper() or piece[0].isdigit()


def parse_breadcrumb_section(line: str) -> str:
    """'Wirtschaft > Asien' from 'Startseite > Wirtschaft > Asien' (the home link dropped)."""
    parts = breadcrumb_parts(line) or []
    if parts and re.match(r"^(?:Startseite|Start|Home|Homepage|Titelseite|Front page)$", parts[0], re.IGNORECASE):
        parts = parts[1:]
    return " > ".join(parts)


#: A broadcaster's note closing its web text: 'Diese Nachricht wurde am 08.10.2024 im Programm
#: Deutschlandfunk gesendet.'
_BROADCAST_NOTE = re.compile(r"^Diese (?:Nachricht|Sendung|Meldung) wurde am (?P<date>.{6,30}?) (?:im Programm |in der Sendung )?.{0,60}"
                             r"\b(?:gesendet|ausgestrahlt)\.?$")


def parse_broadcast_note(line: str) -> Found | None:
    """The day a broadcast text went on air, which is the day it was published."""
    m = _BROADCAST_NOTE.match(line) if line.startswith("Diese ") else None
    day = find_date(m["date"]) if m else None
    return Found("dateline", {"published": day[0]}, date_rank=2) if day else None


PARSERS = (parse_tags, parse_source, parse_url, parse_dateline, parse_author, parse_author_code, parse_broadcast_note)


def parse_metadata_line(line: str) -> Found | None:
    """The metadata this line carries, if the whole line is metadata."""
    for parser in PARSERS:
        found = parser(line)
        if found is not None:
            return found
    return None
