"""Which line of a pasted text is its headline, and what its title is.

On top of a plain text the headline is the first substantial short line (below a kicker,
never the site's name); on a whole web page it is the title line next to the article's
text, which :mod:`.page_extent` locates — passing bylines, date lines and a teaser, never
a list item, and not a subheading of the article's second half when an advertisement
split it.  :mod:`.cleaning` marks what stands above the headline as the page's header.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from briefing_app.core.german_tagger import UNKNOWN_TAGS, german_tags, has_finite_verb

from .dates import TIME, has_date_stamp
from .language import reads_english
from .navigation_lines import glued_links
from .page_extent import PARAGRAPH_CHARS, content_words, is_cut_teaser, next_line, previous_line
from .picture_lines import is_picture_credit
from .text_shape import (
    CJK,
    ends_like_sentence,
    is_reported_speech,
    looks_like_body,
    sentence_breaks,
    word_count,
)

#: A Markdown heading's marks before the headline.
HEADING_MARK = re.compile(r"^#{1,6}\s+")
#: A line ending in a comma, a colon or a full stop goes on or ends a sentence: no headline, no list item.
NO_HEADLINE_END = re.compile(r"[.,;:-]$")


def is_kicker(line: str) -> bool:
    """A kicker over a headline ('Handelsstreit', 'ANALYSE'): a few words, no sentence."""
    return word_count(line) <= 4 and len(line) <= 40 and not looks_like_body(line) and not NO_HEADLINE_END.search(line)


#: Removed lines that are the page's own chrome: a headline comes after them, never before.
_CHROME = frozenset({"navigation", "breadcrumb", "cookie", "newsletter", "subscribe", "social", "ad", "url", "contact"})
#: Removed lines that may name the site ('© 2026 Wirtschaftskurier', 'Wirtschaftskurier | 14.10.2026').
_NAMES_SITE = frozenset({"copyright", "dateline", "source", "navigation", "social", "contact", "credit", "agency"})
_SITE_TAGLINE = re.compile(
    r"\b(?:Nachrichten|News|Newsportal|Portal|\w+portal|Zeitung|Magazin|Magazine|Online|Homepage|Startseite|"
    r"E-Paper|ePaper|Digital Edition|Edition|Your source|Ihre Quelle|Das Beste|since \d{4}|seit \d{4})\b",
    re.IGNORECASE,
)
_SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*[|•·]\s*")
_DOMAIN_NAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)


def find_headline(
    lines: list[str], reasons: dict[int, str], known_title: str, *, guess: bool, starts: tuple[int, ...] = (),
    is_byline: Callable[[str], bool] = lambda line: False,
) -> tuple[int | None, int | None]:
    """The headline line: the page's known title, or the first substantial line on top
    if it is short and does not end like a sentence.  ``is_byline`` tells a writer's name
    without its 'By' ('Aarti Menon  New Delhi'), which the page reader knows, from a title.

    Kickers above it ("Wirtschaft") are skipped; so are the site's name and the lines
    above the page's navigation (a headline sits below the menu).  If the first
    substantial line is a sentence, the text has no headline line and nothing is taken.
    On a whole page the line found by its place is then checked against what the article
    speaks of (:func:`_on_topic_headline`); the line it passes over for a headline above it
    is returned too (it belongs to the page's header; None when none was passed over).
    """
    found = _headline_by_layout(lines, reasons, known_title, guess=guess, starts=starts, is_byline=is_byline)
    if not guess or not starts or (found is not None and known_title and is_same_title(lines[found], known_title)):
        return found, None
    return _on_topic_headline(lines, reasons, found, starts, _site_names(lines, reasons))


def _headline_by_layout(
    lines: list[str], reasons: dict[int, str], known_title: str, *, guess: bool, starts: tuple[int, ...],
    is_byline: Callable[[str], bool],
) -> int | None:
    """The headline by where it stands: see :func:`find_headline`."""
    candidates = [i for i, line in enumerate(lines) if line and i not in reasons][:12]
    if known_title:
        for i in candidates[:3]:
            if is_same_title(lines[i], known_title):
                return i
    if not guess:
        return None
    site_words = _site_names(lines, reasons)
    top = []
    for i in candidates:
        bare = HEADING_MARK.sub("", lines[i])
        if looks_like_body(bare) and not is_speech_headline(bare):
            break
        top.append(i)
    twice = _repeated_title(lines, top, site_words)
    if twice is not None:
        return twice
    chrome = [j for j, reason in reasons.items() if reason in _CHROME and (not top or j < top[-1])]
    after_chrome = [i for i in top if chrome and i > max(chrome)]
    found = None
    for pool in (after_chrome, candidates):
        found = _first_headline(lines, reasons, pool, site_words)
        if found is not None:
            break
    if found is not None and starts:
        found = _dated_title_below(lines, reasons, found, starts[-1], site_words, is_byline) or found
    if found is not None:
        found = _title_over_summary(lines, reasons, found, site_words) or found
    if not starts or (found is not None and _next_to_text(lines, reasons, found, starts[-1])):
        return found
    for start in starts:
        near = _headline_above(lines, reasons, start, site_words)
        if near is not None and _page_between(lines, reasons, near) and not _article_above(lines, reasons, near):
            if found is not None and found < near and _header_dated(lines, reasons, found) \
                    and not _header_dated(lines, reasons, near) and _only_header_between(lines, reasons, found, near):
                return found  # the title over its byline and date, a box of figures between it and a crosshead
            return near
    return found


#: A headline shares at least this part of its words with the first words of its text (the
#: titles of the 444 English pages measured shared 25 % or more, all but three); a line that shares
#: less is a promotion, a widget's message or a menu item ('Please try again', 'Be the first
#: to know', 'Women at the Helm').
_OFF_TOPIC = 0.25
#: A menu's item has this many words at the most ('Women at the Helm'); a longer line with too few
#: words to compare ('ECB cuts by 25bp; more to come?') is not judged.
_MENU_ITEM_WORDS = 4
#: The line taken in its place shares at least half of its words, two of them at the least.
_ON_TOPIC = 0.5
_ON_TOPIC_WORDS = 2
#: How many words of the text tell what it speaks of; how many lines above it are searched.
_TOPIC_WORDS = 200
_TOPIC_REACH = 40
#: Words compare by their first letters, so forms of one word agree ('tariffs', 'tariff';
#: 'chinesischer', 'chinesische').
_STEM = 6


def _stems(text: str) -> set[str]:
    return {word[:_STEM] for word in content_words(text)}


def _topic_share(line: str, topic: set[str]) -> tuple[int, float]:
    """How many of the line's words the text uses, and what part of its words that is."""
    stems = _stems(line)
    shared = len(stems & topic)
    return shared, shared / len(stems) if stems else 0.0


def _on_topic_headline(
    lines: list[str], reasons: dict[int, str], found: int | None, starts: tuple[int, ...], site_words: set[str],
) -> tuple[int | None, int | None]:
    """The headline as the article's words tell it: the line found by its place unless it
    speaks of something else, else the nearest title line above the text that speaks of
    what the text speaks of.  A page's furniture that looks like a headline ('Please try
    again' under a 'Save article' button, a menu item, a newsletter's 'Be the first to
    know') shares none of the article's words; the headline shares most of them.

    Only English pages are judged this way when a line was found: German headlines play
    with words the text does not repeat ('Milliardenprojekt auf Eis'), and on the pages
    measured the check won as many German titles as it lost.  When no line was found,
    the check finds one on any page.  The line found and passed over stands between the
    headline and the text, so it goes with the page's header.

    A headline may share no word with its text and still be the headline: a pun ('A bitter
    pill to swallow'), a question, a short item's title ('Volkswagen to cut 3,000 jobs at
    Zwickau' over 'The carmaker said …').  Under it stand its teaser, its points or its
    picture's caption, which speak of the article; so a line under the one found, with
    nothing but its date, byline or removed lines between, is never taken for the headline.
    Nor is the line found judged when it has too few words to compare ('ECB cuts by 25bp'),
    nor is a line above the site's menu taken (a ticker of other headlines stands there)."""
    text = [lines[i] for i in range(starts[-1], min(len(lines), starts[-1] + 60)) if lines[i] and i not in reasons]
    topic = _stems(" ".join(" ".join(text).split()[:_TOPIC_WORDS]))
    if found is not None and (not reads_english(" ".join(text[:5])) or not _off_topic(lines[found], topic)):
        return found, None  # (a German page: see above)
    if found is None and (short := _short_headline_in_menu(lines, reasons, starts[0], topic)) is not None:
        return short, None

    # the headings of a live blog's entries, listed over it as its key events, stand again further down
    last_seen = {comparable(line): j for j, line in enumerate(lines) if line and j not in reasons}

    def on_topic(j: int | None) -> bool:
        if j is None or j < 0 or j == found or not lines[j] or j in reasons or not _is_title_line(lines, j, site_words) \
                or last_seen[comparable(lines[j])] > (next_line(lines, j) or j) or _under_bare_time(lines, j):
            return False
        shared, share = _topic_share(HEADING_MARK.sub("", lines[j]), topic)
        return shared >= _ON_TOPIC_WORDS and share >= _ON_TOPIC

    seen = 0
    i = starts[0]
    while (i := i - 1) >= 0 and seen < _TOPIC_REACH and reasons.get(i) not in _MENU:
        if not lines[i] or i == found:
            continue
        seen += 1
        if not on_topic(i):
            continue
        first = i
        while on_topic(first - 1):
            first -= 1
        if i - first >= 2:  # three or more in a row: points under the headline, or a list in the text
            above = previous_line(lines, first)
            if above is None or above in reasons or _is_stamp(lines[above], None):
                return _passed_over(lines, reasons, found, first)
            i = first
            continue
        above = previous_line(lines, i)
        if above is not None and _is_stamp(lines[above], reasons.get(above)):
            above = previous_line(lines, above)  # headline, date line, subtitle
        if on_topic(above) and above is not None and not is_kicker(lines[above]):
            i = above  # the headline over its subtitle
        if _article_above(lines, reasons, i):
            return found, None  # a point or a subheading of the article's first half
        return _passed_over(lines, reasons, found, i)
    return found, None


#: The most words of a short headline that a menu's run of short lines took in.
_SHORT_HEADLINE_WORDS = 4


def _short_headline_in_menu(lines: list[str], reasons: dict[int, str], start: int, topic: set[str]) -> int | None:
    """A magazine's short headline right over its teaser, taken in by the run of the menu's
    short lines above it ('Kultur', 'Wirtschaft | Export', 'Schnee für Peking', then the
    teaser): two to four words, one of them at least, and half of them, words of the text
    (a menu's item over the text names a section, 'Wirtschaft Regional')."""
    top = previous_line(lines, start)
    if top is None or reasons.get(top) not in _MENU:
        return None
    line = lines[top]
    if not 2 <= word_count(line) <= _SHORT_HEADLINE_WORDS or "|" in line or not _is_headline_like(line):
        return None
    shared, share = _topic_share(line, topic)
    return top if shared and share >= _ON_TOPIC else None


def _off_topic(line: str, topic: set[str]) -> bool:
    """The line shares too few of its words with the article's ``topic``; a line with too few
    words to compare is judged only as short as a menu's item."""
    if len(_stems(line)) < _ON_TOPIC_WORDS and word_count(line) > _MENU_ITEM_WORDS:
        return False
    return _topic_share(line, topic)[1] < _OFF_TOPIC


def _under_bare_time(lines: list[str], i: int) -> bool:
    """The line stands under a bare time ('11:20 BST'): the heading of a live blog's entry."""
    above = previous_line(lines, i)
    return above is not None and (time := TIME.fullmatch(lines[above].strip())) is not None and bool(time.group())


#: The site's menu: the headline stands below it (a ticker of other headlines may stand above;
#: a breadcrumb may stand under the headline, so it is no bound).
_MENU = frozenset({"navigation"})


def _passed_over(
    lines: list[str], reasons: dict[int, str], found: int | None, headline: int,
) -> tuple[int | None, int | None]:
    """The headline taken in place of the line found, unless it stands under that line
    with only the header's stamps and removed lines between: then it is the teaser, a
    point or a caption under the headline found.  The line found, if it stands below the
    headline taken, is passed over: part of the page's header between the headline and the text."""
    if found is None:
        return headline, None
    # (a menu between them makes the line found the menu's last item, not the headline)
    if headline > found and all(not lines[j] or (j in reasons and reasons[j] not in _MENU) or _is_stamp(lines[j], None)
                                for j in range(found + 1, headline)):
        return found, None
    return headline, found if headline < found else None


def _only_header_between(lines: list[str], reasons: dict[int, str], top: int, near: int) -> bool:
    """Between the two lines stand the header's furniture and one teaser at the most, within
    a screen's length: no text of another article."""
    sentences = sum(1 for j in range(top + 1, near) if lines[j] and j not in reasons and looks_like_body(lines[j]))
    return near - top <= _HEADER_SPAN and sentences <= 1


#: How many lines a header with a box of figures in it may span.
_HEADER_SPAN = 40


def _header_dated(lines: list[str], reasons: dict[int, str], i: int) -> bool:
    """Under line ``i``, past its teaser at the most, stands a date line or a byline."""
    teaser = False
    j = i
    for _ in range(_HEADER_REACH):
        below = next_line(lines, j)
        if below is None:
            return False
        j = below
        if _stamp_at(lines, reasons, j):
            return True
        if j not in reasons and looks_like_body(lines[j]) and not teaser:
            teaser = True
            continue
        if j not in reasons and word_count(lines[j]) > _NAME_WORDS:
            return False  # (a writer's name may stand over the date)
    return False


#: How many lines under a headline its byline or date line may stand: a teaser, a name, the date.
_HEADER_REACH = 3
#: A writer's name over the date line has at most this many words.
_NAME_WORDS = 4


#: Share of the words of the running text above a line taken for the headline that the text
#: below it uses too, from which the text above is the article's own first half.
_FIRST_HALF = 0.25
#: Fewer words than this above the line say nothing either way.
_FIRST_HALF_WORDS = 20


def _article_above(lines: list[str], reasons: dict[int, str], headline: int) -> bool:
    """The paragraphs above the line found next to the text speak, taken together, of what
    the text below it speaks of: an advertisement or a gallery split the article, and the
    line is a subheading of its second half, not the headline.  (A page's other texts above
    its headline share few of its words: a sixth at most on the pages measured.)"""
    topic = content_words(" ".join(lines[i] for i in range(headline + 1, min(len(lines), headline + 60))
                                   if lines[i] and i not in reasons))
    words: set[str] = set()
    for i in range(headline):
        if lines[i] and i not in reasons and len(lines[i]) >= PARAGRAPH_CHARS and looks_like_body(lines[i]):
            words |= content_words(lines[i])
    return len(words) >= _FIRST_HALF_WORDS and len(words & topic) >= _FIRST_HALF * len(words)


#: Removed lines that are the page's own, not the article's metadata.
_PAGE_FURNITURE = frozenset(
    {"navigation", "breadcrumb", "cookie", "newsletter", "subscribe", "social", "ad", "contact", "related",
     "links", "share", "comments", "copyright", "pager", "gallery", "page_footer"}
)


def _page_between(lines: list[str], reasons: dict[int, str], headline: int) -> bool:
    """Between the text above a headline found next to the article and the headline
    itself stands a piece of the page (a menu, a list of links, a banner).  Without one
    the text above is the article's own beginning (its first part above a table, say),
    and the line found is a subheading, not the headline. One short sentence right over the
    headline is the section's label ('An expert's point of view on a current event.'), not
    the article's beginning."""
    label = True  # the line right over the headline may be a label of one short sentence
    for i in range(headline - 1, -1, -1):
        if not lines[i]:
            continue
        if reasons.get(i) in _PAGE_FURNITURE:
            return True
        if i not in reasons and looks_like_body(lines[i]) and not is_cut_teaser(lines[i]) \
                and not (label and len(lines[i]) < PARAGRAPH_CHARS and sentence_breaks(lines[i]) == 0):
            return False
        label = False
    return True


def _next_to_text(lines: list[str], reasons: dict[int, str], headline: int, core_start: int) -> bool:
    """The headline is at most a few lines of byline, date and teaser above the article's
    first sentence (or below it: then the text starts on top)."""
    between = [i for i in range(headline + 1, core_start) if lines[i] and i not in reasons]
    return len(between) < _HEADLINE_REACH and not any(looks_like_body(lines[i]) for i in between)


#: How many lines of text above the article's first sentence the headline may stand.
_HEADLINE_REACH = 8


#: The label over an article's summary points: 'HIGHLIGHTS', 'Key Points', 'Das Wichtigste in Kürze'.
_SUMMARY_LABEL = re.compile(
    r"^(?:Highlights|Key points|Key takeaways|Takeaways|In brief|At a glance|Summary|The big picture|"
    r"Das Wichtigste in Kürze|Das Wichtigste|Auf einen Blick|Kurz gefasst|Zusammenfassung|In Kürze)\W*$",
    re.IGNORECASE,
)
#: How far above its summary's label the headline may stand (writers, editors, topics between).
_SUMMARY_REACH = 15


def _title_over_summary(lines: list[str], reasons: dict[int, str], found: int, site_words: set[str]) -> int | None:
    """The line found is the first point of the article's summary, under its label
    ('HIGHLIGHTS'): the headline is the title line with the date under it above the label,
    past the writers and topics the page lists between them."""
    label = previous_line(lines, found)
    if label is None or not _SUMMARY_LABEL.match(lines[label]):
        return None
    for i in range(label - 1, max(-1, label - _SUMMARY_REACH), -1):
        if not lines[i] or (i in reasons and reasons[i] != "page_header"):
            continue
        if _is_title_line(lines, i, site_words) and _stamp_below(lines, reasons, i, len(lines)):
            return i
    return None


def _stamp_below(lines: list[str], reasons: dict[int, str], i: int, limit: int) -> bool:
    """Right under line ``i`` (and above ``limit``) stands a date line or a byline: read as
    one already, or one by its shape."""
    below = next_line(lines, i)
    return below is not None and below < limit and _stamp_at(lines, reasons, below)


def _stamp_at(lines: list[str], reasons: dict[int, str], j: int) -> bool:
    """Line ``j`` is a date line or a byline: read as one already, or one by its shape."""
    return reasons.get(j) in ("dateline", "author") or (j not in reasons and _is_stamp(lines[j], None))


def _is_headline_over(line: str) -> bool:
    """A line that may be the headline over a subtitle even though it ends with a full stop
    ('German factory orders just fell at the fastest pace in a year. Economists say China
    is part of the problem.'): a few short sentences, no paragraph, no section trail."""
    return 4 <= len(line.split()) <= 30 and len(line) <= 200 and not _CATEGORY_TRAIL.match(line) \
        and not has_date_stamp(line) and not _BYLINE.match(line)  # (a page's address is one word)


def _dated_title_below(
    lines: list[str], reasons: dict[int, str], found: int, core_start: int, site_words: set[str],
    is_byline: Callable[[str], bool],
) -> int | None:
    """A title line between the line found on top and the article's text that has the
    article's date line or byline right under it: that one is the headline, and the line on top a
    promotion or the section ('InvestingPro: Make smarter investment decisions' over
    'News', then the headline over 'Published 05/08/2025').  The headline is the line
    that carries the article's date, not the first line that looks like one; a subtitle
    right under the line found carries the date in its headline's place.

    Only the lines next to the text are tried (see :func:`_next_to_text`): on a page of
    twenty thousand lines the headline found on top may stand far above the text."""
    near: list[int] = []
    for i in range(core_start - 1, found, -1):
        if lines[i] and i not in reasons:
            near.append(i)
            if len(near) >= _HEADLINE_REACH:
                break
    for i in reversed(near):
        if not _stamp_below(lines, reasons, i, core_start) or not _is_title_line(lines, i, site_words) \
                or _in_list(lines, reasons, i) or is_byline(lines[i]):
            continue
        if looks_like_body(lines[i]) and not is_speech_headline(lines[i]):
            continue  # a question or a short paragraph over a dated gallery is text, not a headline
        above = previous_line(lines, i)
        kept_above = next((j for j in range(i - 1, found - 1, -1) if lines[j] and j not in reasons), None)
        if above == found or kept_above == found:
            return None  # right under the line found (past its share bar at most): its subtitle, dated in its place
        if above is not None and reasons.get(above) == "gallery":
            continue  # a video's title under its label ('VIDEO'), its length under it read like a time
        if _next_to_text(lines, reasons, i, core_start) and not _article_above(lines, reasons, i):
            if above is not None and above > found and above not in reasons and _is_headline_over(lines[above]):
                return above  # a headline of two short sentences over its subtitle ('… Economists say …')
            return i
    return None


def _headline_above(lines: list[str], reasons: dict[int, str], core_start: int, site_words: set[str]) -> int | None:
    """The headline just above the article's first sentence: the nearest title-like line
    above it, passing bylines, date lines and captions; a title-like line directly
    above that one is the headline and the nearer one its subtitle.

    On a whole page the site's header, its menus and lists of other articles stand far
    above the article; the article's own headline is the one next to its text.
    """
    seen = 0
    teaser = False  # one paragraph under the headline is its teaser, printed apart from the text
    for i in range(core_start - 1, -1, -1):
        if i in reasons and reasons[i] in _CHROME:
            return None  # the site's menu or banner: the headline is below it
        if not lines[i] or i in reasons:
            continue
        seen += 1
        if seen > _HEADLINE_REACH:
            return None
        if looks_like_body(lines[i]) and len(lines[i]) >= PARAGRAPH_CHARS:
            above = previous_line(lines, i)
            if teaser or above is None or above in reasons or not _is_title_line(lines, above, site_words):
                return None
            teaser = True
            continue
        if _is_title_line(lines, i, site_words) and not _in_list(lines, reasons, i):
            above = previous_line(lines, i)
            if above is not None and _is_stamp(lines[above], reasons.get(above)):
                above = previous_line(lines, above)  # headline, date line, subtitle
            if (
                above is not None
                and above not in reasons
                and _is_title_line(lines, above, site_words)
                and not is_kicker(lines[above])
            ):
                return above
            return i
    return None


#: Lines that may part a headline from its subtitle: its date, its kicker, its author.
_STAMPS = frozenset({"dateline", "kicker", "author", "readtime"})


def _is_stamp(line: str, reason: str | None) -> bool:
    """A date line, a byline or a kicker: what stands between a headline and its subtitle."""
    if reason is not None:
        return reason in _STAMPS
    return word_count(line) <= 12 and (has_date_stamp(line) or _BYLINE.match(line) is not None)


def _in_list(lines: list[str], reasons: dict[int, str], i: int) -> bool:
    """The line is one item of a list (three or more lines without a blank line between,
    'Key points' under a headline): a headline stands on its own. A paragraph of text is
    no item (a copy without blank lines has the kicker, the headline and the teaser in a row)."""

    def item(j: int) -> bool:
        return bool(lines[j]) and j not in reasons and not (looks_like_body(lines[j]) and len(lines[j]) >= PARAGRAPH_CHARS)

    first = last = i
    while first > 0 and item(first - 1):
        first -= 1
    while last + 1 < len(lines) and item(last + 1):
        last += 1
    return last - first >= 2


def _is_title_line(lines: list[str], i: int, site_words: set[str]) -> bool:
    """Could be the article's headline: several words, no sentence end, no date or
    byline in it, not the site's name, not the first line of a wrapped paragraph."""
    bare = HEADING_MARK.sub("", lines[i])
    if _wraps_on(lines, i):
        return False
    long_enough = word_count(bare) >= 3 or len(CJK.findall(bare)) >= 6
    return (
        long_enough
        and sum(c.isalpha() for c in bare) >= 10
        and _is_headline_like(bare)
        and not has_date_stamp(bare)
        and not _BYLINE.match(bare)
        and not _is_site_name(bare, site_words)
    )


def _wraps_on(lines: list[str], i: int) -> bool:
    """Line ``i`` goes on in the next line, which starts in lower case — unless that is
    a byline ('by Marcus Delaney - 06/18/25 5:42 PM ET' under the headline) or a short line
    with the date ('in Shipbuilding News 11/03/2025')."""
    if i + 1 >= len(lines) or not lines[i + 1][:1].islower():
        return False
    below = lines[i + 1]
    return not _NAMED_BYLINE.match(below) and not (word_count(below) <= _STAMP_WORDS and has_date_stamp(below))


#: The most words of a short line under the headline that carries its date.
_STAMP_WORDS = 8


#: 'by Marcus Delaney …', 'by: Chris Henson' in lower case: a name follows ('by 2 percent' goes on a sentence).
_NAMED_BYLINE = re.compile(r"^(?:by|von)(?::\s*|\s+)[A-ZÄÖÜ][\w'’.-]+\s+[A-ZÄÖÜ]")


_BYLINE = re.compile(
    r"^(?:by|von|posted|published|written|updated|oleh|por|par|di|door|av|af|autor|author|text|foto|photo)\b",
    re.IGNORECASE,
)


_TRAIL_SEPARATOR = re.compile(r"\s+[»›>]\s+")


def title_of(line: str) -> str:
    """The headline without a breadcrumb trail printed in front of it: 'Mensagens »
    Mensagens de Autoestima » Só quem se Ama…' is titled 'Só quem se Ama…'."""
    parts = _TRAIL_SEPARATOR.split(line)
    return parts[-1] if len(parts) >= 3 and word_count(parts[-1]) >= 2 else line


#: Sections and topics in a row, parted by bars: 'China Power | Economy | East Asia'.
_CATEGORY_TRAIL = re.compile(r"^[^|.!?]{2,30}(?:\s\|\s[^|.!?]{2,30}){1,4}$")


def _repeated_title(lines: list[str], top: list[int], site_words: set[str]) -> int | None:
    """A title line printed twice in a row above the text: the last item of a breadcrumb
    trail laid out one item per line, then the same words as the page's headline.  The
    lower one is the headline (what stands above it goes with the page's header)."""
    for upper, lower in itertools.pairwise(top):
        if (
            next_line(lines, upper) == lower
            and comparable(lines[upper]) == comparable(lines[lower])
            and _is_title_line(lines, lower, site_words)
        ):
            return lower
    return None


def _first_headline(lines: list[str], reasons: dict[int, str], pool: list[int], site_words: set[str]) -> int | None:
    for position, i in enumerate(pool):
        line = HEADING_MARK.sub("", lines[i])
        if word_count(line) < 3 or sum(c.isalpha() for c in line) < 12 or _is_site_name(line, site_words) \
                or _BYLINE.match(line) or (has_date_stamp(line) and (word_count(line) <= 6 or _is_meta_row(line))) \
                or glued_links(line) is not None:
            continue  # a kicker ("Wirtschaft"), a stray symbol, the site's name, a byline, a date line or a menu glued
            # into one line ('West MidlandsEast MidlandsNorth West…')
        if line.endswith(":") and word_count(line) <= 6 and position + 1 < len(pool) and pool[position + 1] == i + 1:
            continue  # a kicker with its colon over the headline ("Handel mit China:")
        if _CATEGORY_TRAIL.match(line) and position + 1 < len(pool):
            continue  # the section and topic over the headline ("Business | German chemicals")
        has_text_after = position + 1 < len(pool) or any(
            line and j not in reasons for j, line in enumerate(lines) if j > i
        )
        # a wrapped line, not a title; a paywall's badge in lower case under it is no rest of a
        # sentence ('trend. PREMIUM')
        continues = _wraps_on(lines, i) and reasons.get(i + 1) != "subscribe"
        if _is_headline_like(line) and has_text_after and not continues:
            below = next_line(lines, i)
            if (
                is_kicker(line)
                and _kicker_words(line)
                and below is not None
                and below not in reasons
                and _is_headline_like(lines[below])
                and not looks_like_body(lines[below])
                and word_count(lines[below]) > word_count(line)
                and (below == i + 1 or (_spaced_kicker(line, lines[below]) and not _over_credit(lines, below)))
            ):
                return below  # 'China und Deutschland' over 'Röchling: Neues Werk in China'
            return i
        return None
    return None


#: A row of short fields set apart by bars: 'Audio: rbb24 Inforadio | 12.03.2025 | Henrike Bauer'.
_META_FIELDS = re.compile(r"\s+\|\s+")
#: The most words of one field in such a row.
_META_FIELD_WORDS = 4
#: The label of a broadcaster's player that such a row opens with.
_PLAYER_LABEL = re.compile(r"^(?:Audio|Video|Podcast|Sendung|Beitrag|Livestream|Radio|TV)\s*:", re.IGNORECASE)


def _is_meta_row(line: str) -> bool:
    """A player's row of three or more short fields set apart by bars under its label, a date
    among them (its programme, date and author), never a headline. A headline may be parted by
    bars too ('Goldpreis aktuell | Neues Rekordhoch | 22.01.2026'), but opens with no label."""
    fields = _META_FIELDS.split(line)
    return len(fields) >= 3 and _PLAYER_LABEL.match(line) is not None \
        and all(word_count(field) <= _META_FIELD_WORDS for field in fields)


def _kicker_words(line: str) -> bool:
    """Few enough words for a kicker over the headline: three ('China und Deutschland'), or
    four without a verb ('Industriepark aus Hefei', 'Wirtschaft in Brandenburg'). Four words
    with a finite verb are a short headline over its subtitle ('Volkswagen setzt auf
    China'); the German tagger tells which, and a line whose words it does not know (English,
    'Volkswagen bets on China') stays a headline. Five words are a headline whether or not
    they have a verb ('Milliardenverlust für Bayer im Agrargeschäft' over its subtitle)."""
    words = word_count(line)
    if words <= 3:
        return True
    if words > 4:
        return False
    tokens = tuple(line.split())
    tags = german_tags(tokens)
    return bool(tags) and not has_finite_verb(tokens) and any(tag not in UNKNOWN_TAGS for tag in tags)


def _over_credit(lines: list[str], i: int) -> bool:
    """Right under line ``i`` stands a picture's credit: the line is the picture's caption."""
    below = next_line(lines, i)
    return below is not None and is_picture_credit(lines[below])


def _spaced_kicker(line: str, below: str) -> bool:
    """A short line over the headline with a blank line between: a German kicker ('Handel mit
    der Volksrepublik') over a headline with a finite verb ('Deutsche Exporte nach China
    brechen ein'). The same layout may be a short headline over a subtitle without its full
    stop ('Milliardenloch bei Thyssenkrupp' over 'Stahlsparte braucht frisches Geld'); on the
    170 German pages measured the kicker stood over a headline with a verb 51 times and a
    subtitle without its full stop under a short headline never, so the kicker is read (and
    kept among the removed lines, where the user sees it). English lines are not judged
    (the tagger reads 'will' as German), nor a line right over a picture's credit: that is
    the caption, under the headline."""
    words = tuple(below.split())
    return not has_finite_verb(tuple(line.split())) and has_finite_verb(words) and not reads_english(below) \
        and not reads_english(line) and not below.endswith((".", "!", "?"))



def _site_names(lines: list[str], reasons: dict[int, str]) -> set[str]:
    """The text of removed lines that may name the site, for recognising its name on top."""
    return {comparable(lines[j]) for j, reason in reasons.items() if reason in _NAMES_SITE}


def _is_site_name(line: str, site_words: set[str]) -> bool:
    """'Wirtschaftskurier.de', 'Der Marktbote - Das Wirtschaftsportal', or a name the
    page repeats in its copyright or date line ('© 2026 The Daily Ledger')."""
    if _DOMAIN_NAME.match(line):
        return True
    parts = [p for p in _SITE_SEPARATOR.split(line) if p]
    if len(parts) == 2 and any(_SITE_TAGLINE.search(p) for p in parts) and min(word_count(p) for p in parts) <= 4:
        return True
    name = comparable(parts[0] if parts else line)
    if not name or word_count(name) > 6:
        return False
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", other) for other in site_words)


def _is_headline_like(line: str) -> bool:
    bare = line.rstrip("\"“”»«'’)")
    return (
        word_count(line) <= 25
        and len(line) <= 250
        and (not NO_HEADLINE_END.search(bare) or is_title_case(line))
        and (not is_reported_speech(line) or is_speech_headline(line))
    )


_LONGER_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def is_title_case(line: str) -> bool:
    """'Germany’s Machinery Makers Are Betting on China’s Stimulus. Why Investors Should Be
    Wary.': a headline in title case, full stops and all — every word of four letters or
    more capitalised, which running text never is (its verbs and adjectives, German ones
    too, are in lower case)."""
    if len(line) > _TITLE_CASE_CHARS:
        return False  # (a paragraph: no need to read its words)
    words = _LONGER_WORD.findall(line)
    return len(words) >= _TITLE_CASE_WORDS and word_count(line) <= 25 and all(w[0].isupper() for w in words)


#: A headline of 25 words is shorter than this.
_TITLE_CASE_CHARS = 400


#: A title-case line has at least this many words of four letters or more.
_TITLE_CASE_WORDS = 5


#: A headline that quotes someone is short and has no full stop: "‘We had some issues,’ exec says".
_SPEECH_HEADLINE_WORDS = 15


def is_speech_headline(line: str) -> bool:
    """Reported speech laid out as a headline ("‘We had some issues,’ exec says on Disney+
    glitches", "Minister: talks will go on"): short, with no full stop in it."""
    return "." not in line and not ends_like_sentence(line) and word_count(line) <= _SPEECH_HEADLINE_WORDS


def is_same_title(line: str, title: str) -> bool:
    """The line is the page title, or the title without its site name
    ('Black Friday per nostalgici' in 'Black Friday per nostalgici - Remember 80/90')."""
    line_words, title_words = comparable(line), comparable(title)
    if not line_words:
        return False
    if line_words == title_words:
        return True
    tail = title_words[len(line_words) :]
    return (
        title_words.startswith(line_words + " ") and word_count(line) >= 3 and len(tail.split()) <= 8
    )


def comparable(text: str) -> str:
    """Words only, case-folded: for comparing titles written with other punctuation."""
    return " ".join(re.findall(r"\w+", text.casefold()))
