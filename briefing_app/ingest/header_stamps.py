"""The article's header under its headline: date lines, bylines and the lines beside them.

Under the headline a page prints the article's date line, its writers (with 'By' or bare:
'Rodrigo Campos', 'Aarti Menon  New Delhi', 'Justin Varghese, Chief Business Reporter'),
where they report from, their roles, the paper's name, a time of day alone, the reading
time and the share bar. :func:`mark_stamps` names them all from the date lines outwards and
hands the date, the writers and the outlet to the metadata collector of :mod:`.cleaning`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Protocol, TypeGuard

from briefing_app.core.name_words import looks_like_org
from briefing_app.core.places import find_places

from .dates import find_date, has_date_stamp
from .metadata import BYLINE_WORDS, Found, Metadata, opens_with_date_label, parse_author
from .navigation_lines import is_navigation_word
from .page_extent import next_line, previous_line
from .text_shape import looks_like_body, word_count
from .writer_boxes import is_writer_role


class MetadataSink(Protocol):
    """Where the header's date, writers and outlet go (the cleaner's metadata collector)."""

    meta: Metadata

    def add(self, found: Found, line: int = -1, bare: bool = False) -> None: ...


#: Furniture of the article's header a byline or a time stands next to.
_HEADER_FURNITURE = frozenset({"dateline", "readtime", "share", "author"})
#: Removed lines of the header a byline may stand beyond, seen from the date line: a note on
#: the programme ('Über dieses Thema berichtet: BR24 im Radio …'), a picture's credit.
_PASSED_IN_HEADER = frozenset({"related", "credit"})
#: The byline's button to follow the writer, alone on its line: 'Follow', 'Folgen'.
_FOLLOW_BUTTON = re.compile(r"^(?:Follow|Folgen|Autor folgen|Follow author|Following)\+?$")
#: A separator alone on its line between the byline and the date line: '–', '|', '·'.
_SEPARATOR_ALONE = re.compile(r"^[–—|·•/-]$")
#: A count alone on its line beside the date line: the comments' ('214').
_COUNT_ALONE = re.compile(r"^\d{1,5}$")
#: A time of day alone on a line: '5:53 PM', '14:05 Uhr', '11:06am IST'.
_TIME_ALONE = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?|Uhr|h)?(?:\s+[A-Z]{2,5})?$")
#: A name alone: two or three capitalised words ('Rodrigo Campos', 'Jane M. Doe').
_NAME_ALONE = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿß'’-]+(?:\s+(?:[A-Z]\.|[A-ZÀ-Ý][a-zà-ÿß'’-]+)){1,2}$")


_NAME_IN_CITY = re.compile(r"^(?P<name>.+?) in (?P<city>[A-ZÄÖÜ][\w'’-]+(?: [A-ZÄÖÜ][\w'’-]+)?)$")
#: A place's name after a writer's: 'New Delhi', 'Frankfurt am Main'.
_PLACE_WORDS = re.compile(r"^[A-ZÄÖÜ][\w'’-]+(?: (?:am|an der|upon|on)?\s?[A-ZÄÖÜ][\w'’-]+){0,2}$")
_NAME_LIST = re.compile(r",\s+(?:and\s+|und\s+)?|\s+(?:and|und|&)\s+")
#: (not in an address: 'elena.marchetti@barrons.com' writes the name in lower case)
_LOWER_WORD = re.compile(r"(?<![\w.@/-])[a-zäöüßà-ÿ][\w'’-]*(?![\w.'’-]*@)")


def _bare_name(line: str, lines: list[str]) -> Found | None:
    """A byline without its 'By' next to the date line, the reading time or the share
    bar under the headline — a person's name, not a section ('Business News'), a
    body ('Deutsche Bank'), a place ('Hong Kong') or words the page also writes in lower
    case ('Trade War' over an article on the trade war). Two or three writers are named
    in a list ('Julia Brandner, Felix Mertens'), each of them a name."""
    signed = signed_byline(line, lines)
    if signed is not None:
        return signed
    names = _NAME_LIST.split(line)
    if 1 < len(names) <= 3:
        return Found("author", {"author": line}) if all(_bare_name(name, lines) for name in names) else None
    if _NAME_ALONE.match(line) is None or is_navigation_word(line) or looks_like_org(line):
        return None
    words = line.split()
    if any(is_navigation_word(word) for word in words):
        return None
    lowered = {word.lower() for word in words}
    if any(lowered.intersection(_LOWER_WORD.findall(other)) for other in lines):
        return None
    if any(m.start == 0 and m.end == len(line) for m in find_places(line)):
        return None
    return Found("author", {"author": line})


def _place_alone(line: str) -> bool:
    """A place's name alone on its line ('St. Paul', 'Frankfurt am Main'): where the writer
    reports from. (The gazetteer names a saint's town in full: 'Saint Paul'.)"""
    if word_count(line) > _PLACE_ALONE_WORDS:
        return False
    name = _SAINT.sub("Saint ", line)
    return any(m.start == 0 and m.end == len(name) for m in find_places(name))


#: A town named after a saint, shortened: 'St. Paul', 'St Louis'.
_SAINT = re.compile(r"^St\.?\s")


#: The most words of a place's name alone on a line of the byline.
_PLACE_ALONE_WORDS = 3


def signed_byline(line: str, lines: list[str]) -> Found | None:
    """A byline without its 'By' that says what it is: the writer's name with the city the
    writer files from or with the writer's role."""
    return _placed_name(line, lines) or _name_with_role(line, lines)


def _name_with_role(line: str, lines: list[str]) -> Found | None:
    """'Justin Varghese, Chief Business Reporter': a writer's name with the role, a byline
    without its 'By' — never a headline."""
    name, comma, role = line.partition(", ")
    if comma and is_writer_role(role) and _NAME_ALONE.match(name) and _bare_name(name, lines) is not None:
        return Found("author", {"author": name})
    return None


def _placed_name(line: str, lines: list[str]) -> Found | None:
    """A writer's name with the city the writer files from: 'Helena Marsh in Frankfurt',
    'Aarti Menon  New Delhi' — a byline, never a headline, however title-like."""
    placed = _NAME_IN_CITY.match(line)
    if placed is not None and find_places(placed["city"]) and _bare_name(placed["name"], lines) is not None:
        return Found("author", {"author": placed["name"]})
    words = line.split()
    for cut in range(2, min(len(words), 4)):  # two or three words of a name, then the place
        name, place = " ".join(words[:cut]), " ".join(words[cut:])
        # (the shape first: the gazetteer is only asked about a line that could be one)
        if _NAME_ALONE.match(name) and _PLACE_WORDS.match(place) and _bare_name(name, lines) is not None \
                and any(m.start == 0 and m.end == len(place) for m in find_places(place)):
            return Found("author", {"author": name})
    return None


#: The byline's first word on a line of its own over the name: 'Von', 'By', 'Text:'.
_BYLINE_WORD = re.compile(rf"^(?:{BYLINE_WORDS})\s*:?$", re.IGNORECASE)
#: Where the writers of a byline report from, on a line of its own: 'in Taicang', 'aus Peking'.
_BYLINE_PLACE = re.compile(r"^(?:in|aus|from)\s+[A-ZÄÖÜ][\w'’-]+(?:\s+[A-ZÄÖÜ][\w'’-]+)?$")


#: A date line opening with its label may print each date twice ('Posted Wed 30 Oct 2024 at
#: 4:52amWednesday 30 October 2024 at 4:52am, updated …').
_LABELLED_STAMP_WORDS = 40
#: The parts of a long date line: '05/10/2018 - Publicado por: Name - Categoria: Saúde'.
_STAMP_PARTS = re.compile(r"\s[|–—-]\s|\s/\s|:\s")


def mark_stamps(lines: list[str], reasons: dict[int, str], headline: int, collector: MetadataSink) -> None:
    """Date lines and bylines between the headline and the article's second paragraph
    that the metadata parsers do not read ('Posted on Maret 30, 2015 by Admin',
    '기사입력 :[ 2018-08-25 15:24 ]', 'by Name ／ 2016.12.01'): short lines carrying a
    date or a time of day.  A byline ('By Jane Doe', or a bare name, see :func:`_bare_name`)
    or a time of day alone ('5:53 PM') goes with them when it stands next to one, or next
    to the reading time or the share bar of the header; a byline alone between paragraphs
    stays text."""
    paragraphs = 0
    stamps: list[int] = []
    last = len(lines)  # the second paragraph: the header ends above it
    for i in range(headline + 1, len(lines)):
        line = lines[i]
        if not line or i in reasons:
            if reasons.get(i) == "dateline":
                stamps.append(i)  # read already: a byline may stand next to it all the same
            continue
        if looks_like_body(line):
            paragraphs += 1
            if paragraphs == 2:
                last = i
                break
            continue
        if has_date_stamp(line) and (word_count(line) <= 12 or (word_count(line) <= 25 and _STAMP_PARTS.search(line))
                                     or (word_count(line) <= _LABELLED_STAMP_WORDS and opens_with_date_label(line))):
            _add_stamp(lines, reasons, i, stamps, collector)
    if not stamps and (late := _date_by_share_bar(lines, reasons, last)) is not None:
        # a summary of several sentences over the byline: the date line beside the share bar
        _add_stamp(lines, reasons, late, stamps, collector)
        last = next((k for k in range(late + 1, len(lines)) if lines[k] and k not in reasons), len(lines))
    anchors = stamps + [i for i in range(headline + 1, last) if reasons.get(i) in _HEADER_FURNITURE]

    def further(k: int, anchor: int) -> int | None:
        """The next line on from ``k``, away from the anchor it was found beside."""
        return previous_line(lines, k) if k < anchor else next_line(lines, k)

    for i in sorted(set(anchors)):
        for near in (previous_line(lines, i), next_line(lines, i)):
            j = _past_byline_furniture(lines, reasons, near, headline, partial(further, anchor=i), collector)
            if j is None or j in reasons or j <= headline:
                continue
            if _TIME_ALONE.match(lines[j]):
                reasons[j] = "dateline"  # '5:53 PM' under the date
            elif (author := parse_author(lines[j]) or _bare_name(lines[j], lines)) is not None:
                reasons[j] = "author"
                collector.add(author)
                role = further(j, i)  # 'Livia Baumann' over 'Wirtschaftsredaktorin', away from the date
                if role is not None and role not in reasons and word_count(lines[role]) <= 2 and is_writer_role(lines[role]):
                    reasons[role] = "author"
                twice = previous_line(lines, j)  # 'Anna Menin' printed over the picture and the text
                if twice is not None and twice > headline and twice not in reasons and (
                    lines[twice] == lines[j] or _BYLINE_WORD.match(lines[twice])  # 'Von' over the name
                ):
                    reasons[twice] = "author"


def _past_byline_furniture(
    lines: list[str], reasons: dict[int, str], j: int | None, headline: int,
    away: Callable[[int], int | None], collector: MetadataSink,
) -> int | None:
    """From line ``j`` beside a date line, away from it, past what stands between the date line
    and the byline: a note on the broadcast or a picture's credit, the 'Follow' button, a dash
    or a bar alone (and the comments' count after it: then there is no byline that way), the
    place the writers report from, their role, the desk signing the article, the paper's name.
    Each is named as it is passed; the line reached may be the byline."""
    def free(k: int | None) -> TypeGuard[int]:
        return k is not None and k not in reasons and k > headline

    if j is not None and j > headline and reasons.get(j) in _PASSED_IN_HEADER:
        j = away(j)  # a note on the broadcast between the name and the date does not part them
    if free(j) and _FOLLOW_BUTTON.match(lines[j]):
        reasons[j] = "social"  # the byline's 'Follow' button between the name and the date
        j = away(j)
    if free(j) and _SEPARATOR_ALONE.match(lines[j]):
        reasons[j] = "dateline"  # 'Marlene Vogt' / '–' / 'Feb 10, 2026 2:05 PM': the dash parts the two
        j = away(j)
        if j is not None and j not in reasons and _COUNT_ALONE.match(lines[j]):
            reasons[j] = "comments"  # the date line, '|', '214': the count of the comments
            return None
    if free(j) and _BYLINE_PLACE.match(lines[j]) and find_places(lines[j]):
        reasons[j] = "author"  # 'in Taicang' under the writers' names: where they report from
        j = away(j)
    if free(j) and _place_alone(lines[j]) and (name := away(j)) is not None and name not in reasons \
            and _bare_name(lines[name], lines):
        reasons[j] = "author"  # 'Nina Hollingsworth' over 'St. Paul' over the date line
        j = name
    if free(j) and is_writer_role(lines[j]):
        reasons[j] = "author"  # 'Business reporter @iancarrow' between the name and the date
        j = away(j)
    if free(j) and _DESK_BYLINE.match(lines[j]):
        reasons[j] = "author"  # 'Coatings World Staff', 'Redazione ANSA' over the date line
        collector.add(Found("author", {"author": lines[j]}))
        j = away(j)
    if free(j) and _outlet_between(lines, reasons, j, away(j)):
        reasons[j] = "source"  # 'Kara Whitlock' over 'The Detroit News' over the date line
        collector.add(Found("source", {"outlet": lines[j]}))
        j = away(j)
    return j


def _outlet_between(lines: list[str], reasons: dict[int, str], j: int, name: int | None) -> bool:
    """Line ``j`` names the paper the writer on the line beyond it writes for ('The Detroit
    News' under 'Kara Whitlock', over the date line): a short name of a body in capitals, of
    two words at least ('By' over the name is none), the writer's name a person's."""
    line = lines[j]
    return name is not None and name not in reasons and 2 <= word_count(line) <= _OUTLET_WORDS \
        and _OUTLET_NAME.match(line) is not None and looks_like_org(line) and _bare_name(lines[name], lines) is not None


#: The paper's desk signing the article beside its date line: 'Coatings World Staff', 'Star
#: Business Report', 'Times News Service', 'Redazione ANSA', 'Online-Redaktion'.
_DESK_BYLINE = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s){1,4}(?:[Ss]taff|Staff Reports?|Staff Writers?|Business Report|Reporters|News Desk|Newsroom|Desk"
    r"|News Service)$"
    r"|^(?:Redazione|Redaktion|Rédaction|Redacción)\s[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}$|^[\w-]*Redaktion$"
)
#: A paper's name: capitalised words, 'of', 'and', '&' between them.
_OUTLET_NAME = re.compile(r"^[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|of|and|&))*$")
#: The most words of a paper's name between the writer's and the date line.
_OUTLET_WORDS = 5


def _add_stamp(lines: list[str], reasons: dict[int, str], i: int, stamps: list[int], collector: MetadataSink) -> None:
    """Line ``i`` is a date line of the header: named, kept as an anchor for the byline
    beside it, and its date read unless the article's date is known already."""
    reasons[i] = "dateline"
    stamps.append(i)
    found = find_date(lines[i])
    if found is not None and collector.meta.published is None:
        collector.add(Found("dateline", {"published": found[0]}))


def _date_by_share_bar(lines: list[str], reasons: dict[int, str], start: int) -> int | None:
    """A short date line right over the share bar or the reading time, a few lines into the
    text ('17. Juni 2025' over 'Teilen' under three sentences of summary): the header's."""
    seen = 0
    for i in range(start, len(lines)):
        if not lines[i] or i in reasons:
            continue
        seen += 1
        if seen > _DATE_PAST_SUMMARY:
            return None
        below = next_line(lines, i)
        if word_count(lines[i]) <= 6 and has_date_stamp(lines[i]) and not looks_like_body(lines[i]) \
                and below is not None and reasons.get(below) in ("share", "readtime"):
            return i
    return None


#: How many lines past the header's second paragraph a summary may push the date line.
_DATE_PAST_SUMMARY = 4
