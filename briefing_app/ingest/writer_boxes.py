"""Boxes about the writers and the publisher under an article, and how they end it.

A page prints, under the article's last paragraph, what it says about who wrote it: a
biography under the author's name ("Meg James is a corporate media reporter …"), notes that
open with a name of the byline ("Kohler covers economics …", "Leonie joined the Post in
2022 …"), the name alone over its role line, "About Us" over a paragraph about the
publisher.  None of it is the article, and the article ends above it.
"""

from __future__ import annotations

import re

from .boilerplate import MORE_BY
from .headline import comparable
from .metadata import EXPERT_ROLES, WRITER_ROLES, parse_source
from .page_extent import next_line, previous_line
from .text_shape import ends_like_sentence, looks_like_body, word_count

#: How many lines under 'About Us' its box runs.
_ABOUT_REACH = 8


_ABOUT_US = re.compile(r"^(?:About us|Über uns|Wer wir sind|Who we are)\s*:?$", re.IGNORECASE)


def mark_about_us_boxes(lines: list[str], reasons: dict[int, str]) -> None:
    """'About Us' over a paragraph about the publisher or the firm (not a menu item: a
    sentence follows it) is the box under the article, like 'About the author'."""
    for i, line in enumerate(lines):
        if line and _ABOUT_US.match(line) and (j := next_line(lines, i)) is not None \
                and j not in reasons and looks_like_body(lines[j]) and word_count(lines[j]) >= 12:
            reasons[i] = "author_box"
            while j is not None and j not in reasons and looks_like_body(lines[j]) and j - i <= _ABOUT_REACH:
                reasons[j] = "author_box"  # the box's paragraphs
                j = next_line(lines, j)


#: The label of a writer's picture as a site's software prints it: 'Profile picture for user radui'.
_PROFILE_PICTURE = re.compile(r"^(?:Profile (?:picture|photo|image)|Avatar|User (?:picture|avatar)) (?:for|of) (?:user )?[\w.@-]{2,40}$",
                              re.IGNORECASE)
_NAME_ALONE = re.compile(r"^[A-ZÄÖÜ][\w'’.-]+(?: [A-ZÄÖÜ][\w'’.-]+){1,2}$")
#: The most and the fewest words of the writer's biography beside the picture (a headline
#: under the box is shorter than a biography of a sentence or two, and ends without a full stop).
_PROFILE_BIO_WORDS = 100
_PROFILE_BIO_MIN = 8


def mark_profile_boxes(lines: list[str], reasons: dict[int, str]) -> None:
    """The writer's box as a site's software prints it, over the article or under it: the
    picture's label ('Profile picture for user radui'), the name alone, then a sentence
    about the writer that opens with one of the name's words ('Radu studied …')."""
    for i, line in enumerate(lines):
        if not line or i in reasons or _PROFILE_PICTURE.match(line) is None:
            continue
        reasons[i] = "author_box"
        name = next_line(lines, i)
        if name is None or name in reasons or _NAME_ALONE.match(lines[name]) is None:
            continue
        reasons[name] = "author_box"
        bio = next_line(lines, name)
        if bio is not None and bio not in reasons and _PROFILE_BIO_MIN <= word_count(lines[bio]) <= _PROFILE_BIO_WORDS \
                and ends_like_sentence(lines[bio]) and lines[bio].split()[0] in lines[name].split():
            # (a headline under the box opening with the writer's name is none: 'Gold hits record high …')
            reasons[bio] = "author_box"


def author_box(lines: list[str], reasons: dict[int, str], below: int) -> int:
    """An author box under the article: the author's name alone on a line, a line of
    biography, then 'More articles from <name>'.  The page below begins at the name."""
    if below >= len(lines):
        return below
    m = MORE_BY.match(lines[below])
    if m is None:
        return below
    name = comparable(m["name"])
    seen = 0
    for i in range(below - 1, -1, -1):
        if not lines[i]:
            continue
        seen += 1
        if seen > 4:
            break
        if comparable(lines[i]) == name:
            for j in range(i, below + 1):
                if lines[j]:
                    reasons[j] = "author_box"
            return i
    return below


#: A biography's words for the one who wrote the article.
_WRITER_WORDS = (
    rf"{WRITER_ROLES}|author|contributor|"
    r"Redakteur(?:in)?|Redaktor(?:in)?|Korrespondent(?:in)?|Journalist(?:in)?|Autor(?:in)?|Kolumnist(?:in)?|"
    r"jornalista|periodista|journaliste|giornalista|rédacteur|redactor|wartawan|penulis"
)
_WRITER = re.compile(rf"\b(?:{_WRITER_WORDS})\b", re.IGNORECASE)
#: A writer's role on the line under the name, with or without the handle: 'Business
#: reporter @iancarrow', 'China correspondent', 'Wirtschaftsredakteurin', '@janeroe', or
#: with the desk after it: 'Redakteurin Wirtschaft'.
_ROLE_WORDS = rf"{_WRITER_WORDS}|Reporterin"  # ('Reporterin' in a note is the subject's job as often as the writer's)
_ROLE_WORD = re.compile(rf"\w*?-?(?:{_ROLE_WORDS})", re.IGNORECASE)
_WRITER_ROLE = re.compile(rf"^(?:[\w&-]+ ){{0,3}}\w*?-?(?:{_ROLE_WORDS})(?:,? @[\w.]{{2,30}})?$|^@[\w.]{{2,30}}$"
                          rf"|^(?:{_ROLE_WORDS})(?: (?:für |for )?[A-ZÄÖÜ][\w&-]+){{1,2}}$", re.IGNORECASE)
#: Words that make a phrase about a journalist of the words before the role: 'Porträt einer
#: Kriegsreporterin', 'Die Sicht der Korrespondentin', 'Notes from a foreign correspondent' — a
#: writer's role has none there ('The Times columnist', 'eine freie Journalistin', 'Korrespondentin der FAZ').
_PHRASE_WORDS = re.compile(r"\b(?:der|des|dem|den|einer|eines|einem|from)\b", re.IGNORECASE)


def is_writer_role(line: str) -> bool:
    """The writer's role on a line of its own between the byline and the date."""
    if _WRITER_ROLE.match(line) is None:
        return False
    role = _ROLE_WORD.search(line)
    return role is None or _PHRASE_WORDS.search(line, 0, role.start()) is None


#: How far above the biography the author's name may stand (a 'Follow' bar between).
_BIO_REACH = 8


#: The biography names the author at its start: "Pulitzer Prize-winning journalist Jane Doe writes …".
_BIO_NAME_REACH = 60


def author_biography(lines: list[str], reasons: dict[int, str], start: int, end: int) -> int:
    """The article's last line when its block ends with an author box laid out without a
    label: the author's name alone on a line, perhaps a 'Follow' bar, then the biography
    that names the author at its start and says what the author writes ("Meg James is a corporate
    media reporter …", "Pulitzer Prize-winning journalist Jane Doe writes …").  The box
    is marked and the article ends above the name."""
    if end < 0 or not _WRITER.search(lines[end]):
        return end
    seen = 0
    for i in range(end - 1, start, -1):
        if not lines[i] or i in reasons:
            continue
        seen += 1
        if seen > _BIO_REACH or looks_like_body(lines[i]):
            return end
        name = lines[i].strip()
        if 2 <= word_count(name) <= 4 and name[:1].isupper() and f"{name} " in lines[end][:_BIO_NAME_REACH]:
            for j in range(i, end + 1):
                if lines[j]:
                    reasons.setdefault(j, "author_box")
            return _last_text_line(lines, reasons, start, i, end)
    return end


def _last_text_line(lines: list[str], reasons: dict[int, str], start: int, stop: int, default: int) -> int:
    """The last sentence of the article above ``stop``: where it ends above a box about its writer."""
    return next((j for j in range(stop - 1, start - 1, -1) if lines[j] and j not in reasons and looks_like_body(lines[j])),
                default)


#: What a note about a writer says after the name: 'Liz Morgan is a Beijing-based
#: correspondent …', 'Kohler covers economics …', 'Wang Yifan reported from Beijing.'
_BIO_VERB = re.compile(
    r"\s+(?:is|was|covers|covered|reported|writes|wrote|contributed|has been|joined|leads|berichtet|schreibt|ist)\b"
)


_RULE_LINE = re.compile(r"^[_\-–—=*]{3,}$")
#: The label of a writer's photo before the name (in lower case): 'Photo of', 'Foto von'.
_WRITER_PHOTO = re.compile(r"^(?:photo|picture|image|foto|bild) (?:of|von) ")
#: A note opening with a writer's name: 'Kristina Havel is a MarketWatch reporter based in Frankfurt.'
_NAMED_NOTE = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}(?=\s+(?:is|was|covers|writes|ist|berichtet|schreibt)\b)")


def writer_note_at_end(lines: list[str], reasons: dict[int, str], start: int, end: int) -> int:
    """The article's last lines are notes about its writers whose byline was not read (split
    over two lines, taken for a menu): each opens with a name, says what the writer is or
    does and names the trade ('Kristina Havel is a MarketWatch reporter based in Frankfurt.
    She covers …'). An expert writing an analysis names no trade: a note that says no more
    than the role and the institution ('Owen Terlecki is an assistant director with the
    Atlantic Council’s GeoEconomics Center.') is the writer's when the article above never
    names the person; no note is about someone a paragraph of the article names in full.
    The notes go, and the article ends above them."""
    last = end
    while start < end and end not in reasons:
        line = lines[end]
        if word_count(line) > _NOTE_WORDS:
            return end
        named = _writer_named(line)
        expert = None if named else _EXPERT_NOTE.match(line)
        if expert is not None:
            named = expert["name"]
        # (above the last note, only a note about someone the article never names: a paragraph
        # about a reporter the article is about stays)
        if not named or ((expert is not None or end != last) and _named_above(lines, reasons, start, end, named)) \
                or _named_in_text(lines, reasons, start, end, named):
            return end
        reasons[end] = "author_box"
        end = _last_text_line(lines, reasons, start, end, end)
    return end


#: The most words of the writer's role after the name: 'Staff Writer', 'Senior Reporter, Berlin'.
_NAMED_ROLE_WORDS = 6
#: The longest note about a writer.
_NOTE_WORDS = 60


def _writer_named(line: str) -> str:
    """The name a note about a journalist opens with ('Kristina Havel is a MarketWatch
    reporter …'), else ''."""
    name = _NAMED_NOTE.match(line)
    if name is None or _WRITER.search(line) is None or _BIO_VERB.match(line, name.end()) is None:
        return ""
    return name[0]


#: 'Name, a former chief economist at …, is a senior fellow at the Berlin Institute for Industrial
#: Strategy.': the role and the institution, nothing else (an article's last paragraph about
#: someone says more: '… is more optimistic', '… an analyst at Jefferies who expects …').
_INSTITUTION_WORD = r"(?:[A-Z][\w'’.&-]*|of|for|the|and|on|in|at|de|du|des|der|für)"
_EXPERT_NOTE = re.compile(
    rf"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,2}})(?:,\s[^,]{{3,100}},)?\s+is (?:a|an) (?:[\w-]+ ){{0,3}}"
    rf"(?i:{EXPERT_ROLES})\s(?:at|with|of|in)\s(?:the\s)?[A-Z][\w'’.&-]*(?:\s{_INSTITUTION_WORD})*\.?$"
)


def _named_above(lines: list[str], reasons: dict[int, str], start: int, end: int, name: str) -> bool:
    """The article's text above line ``end`` names the person (by the last part of the name)."""
    last = name.split()[-1]
    return any(last in lines[i] for i in range(start, end) if lines[i] and i not in reasons)


def _named_in_text(lines: list[str], reasons: dict[int, str], start: int, end: int, name: str) -> bool:
    """A paragraph of the article above line ``end`` names the person by the full name: a
    closing paragraph about someone the article is about ('Alsu Kurmasheva ist Journalistin
    beim …') is the article's, not a note about its writer (whose byline is no paragraph)."""
    return any(name in lines[i] for i in range(start, end) if lines[i] and i not in reasons and looks_like_body(lines[i]))


def byline_biographies(lines: list[str], reasons: dict[int, str], start: int, end: int, author: str) -> int:
    """The article's last line above notes about its writers: a line that opens with a
    name of the byline and says what the writer does ('Kohler covers economics …'), the
    name alone ('STEFAN KOHLER') and a rule ('___') between them."""
    if end < 0 or not author:
        return end
    names = {n.strip().lower() for n in re.split(r",|\band\b|\bund\b|&", author) if n.strip()}
    # a full name before its parts: 'Liz Morgan is …' opens with the name, not with 'Liz'
    heads = sorted(names | {part for n in names for part in n.split() if len(part) >= 3}, key=len, reverse=True)

    def about_writer(line: str) -> bool:
        """'Kohler covers economics …', or the name with the writer's role: 'Carlos Mendívil, Staff
        Writer. Carlos covers trade …'."""
        low = line.lower()
        return word_count(line) <= 60 and any(
            (low.startswith(h + " ") and _BIO_VERB.match(line, len(h)) is not None)
            or (h in names and low.startswith(h + ", ")  # (the full name: 'Lee, a veteran columnist' may be another Lee)
                and word_count(role := line[len(h) + 2:].split(". ")[0]) <= _NAMED_ROLE_WORDS
                and _WRITER.search(role) is not None) for h in heads)

    def name_alone(line: str) -> bool:
        """The name alone, with its place and role in brackets ('Claire Fournet(Brussels,
        European Union correspondent)') or as the label of the writer's photo ('Photo of
        Marlene Vogt')."""
        low = _WRITER_PHOTO.sub("", line.strip().lower())
        return low in names or (low.endswith(")") and low.split("(")[0].strip() in names)

    for i in range(end + 1, len(lines)):  # the page below: a note about a writer under other furniture
        if not lines[i] or i in reasons:
            continue
        if about_writer(lines[i]):
            reasons[i] = "author_box"
        elif name_alone(lines[i]):  # the name alone, then what the writer does
            reasons[i] = "author_box"
            role = next_line(lines, i)
            if role is not None and role not in reasons and word_count(lines[role]) <= 12 and _WRITER.search(lines[role]):
                reasons[role] = "author_box"
    while end > start:
        line = lines[end].strip()
        above = previous_line(lines, end)
        role_line = (above is not None and lines[above].strip().lower() in names and word_count(line) <= 12
                     and _WRITER.search(line) is not None)  # 'Christian Wendt' over 'Korrespondent für …'
        if not (about_writer(line) or role_line or name_alone(line) or _RULE_LINE.match(line) or not line
                or end in reasons):
            if (source := parse_source(line)) is not None and "outlet" in source.values:
                reasons[end] = "source"  # 'Quelle: F.A.Z.' over the notes about the writers
                end -= 1
            break
        if line and end not in reasons:
            reasons[end] = "author_box"
        end -= 1
    return end
