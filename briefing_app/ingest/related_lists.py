"""The list of other articles' headlines under a label ('Mehr zum Thema', 'Related posts',
'Most Popular'): where it ends, so the article's own subheading under it stays.
"""

from __future__ import annotations

import re

from .dates import RELATIVE_TIME, find_date, has_date_stamp
from .metadata import parse_metadata_line
from .page_extent import is_cut_teaser, is_marked_item, is_short_question, next_line, previous_line
from .text_shape import ends_like_sentence, is_list_item, looks_like_body, sentence_breaks, word_count


def collect_related_list(
    lines: list[str],
    start: int,
    reasons: dict[int, str],
    last_body: int,
    verdicts: list[str | None],
    *,
    contiguous: bool = False,
    labels: frozenset[int] = frozenset(),
) -> int:
    """The headlines listed under 'Mehr zum Thema' / 'Related posts', one per line.

    Items are short lines that are not sentences; a blank line may separate them.  The
    list ends at a sentence, at a second blank line, or — inside the article — at a
    line followed directly by a sentence (that is a subheading of the article).  Above
    the article (``contiguous``) it also ends at a blank line: the headline may follow. It
    ends at one of the page's ``labels`` too: 'Article content' goes back to the article.
    """
    i = start
    items = 0
    kicked = 0  # items so far that are headlines under their kicker ('Chemie: VCI senkt Prognose')
    numbered = False  # the line above was an item's number
    gaps = 0  # blank lines between items so far
    dated = False  # a card of the list was closed by its date
    longest = 0  # the most words of an item so far
    glued = 0  # items glued into the lines of the list by '|'
    first_words = 0  # the words of the list's first item
    shortest = 1_000  # the fewest words of an item so far
    while i < len(lines) and items < 12:
        line = lines[i]
        if not line:
            if contiguous and items:
                break
            if i + 1 < len(lines) and lines[i + 1] and items and not is_list_item(lines[i + 1]):
                break
            if i + 1 >= len(lines) or not lines[i + 1]:
                break
            gaps += bool(items)
            i += 1
            continue
        if items and i not in reasons and _card_date(lines, i):
            reasons[i] = "related"  # the date closing a card of the list ('10.03.2025', '6 days ago')
            dated = True
            i += 1
            teaser = next_line(lines, i - 1)
            after = next_line(lines, teaser) if teaser is not None else None
            if teaser is not None and after is not None and teaser not in reasons and looks_like_body(lines[teaser]) \
                    and word_count(lines[teaser]) <= CARD_TEASER_WORDS and sentence_breaks(lines[teaser]) <= 1 \
                    and after not in reasons and is_list_item(lines[after]) and _card_date(lines, next_line(lines, after)):
                reasons[teaser] = "related"  # the card's teaser under its date, the next card (headline, date) under it
                i = teaser + 1
            continue
        if i in labels:
            break
        aside = verdicts[i]
        if (aside == "pager" and not items) or (aside == "ad" and items and _item_below(lines, i)):
            reasons[i] = aside  # a carousel's buttons over its first item ('Previous', '1', 'Next'),
            i += 1  # a promotion right between two items ('Don't miss these insights from CNBC PRO')
            continue
        if i not in reasons and _LIST_NUMBER.match(line):
            reasons[i] = "related"  # 'Most Popular' numbered one per line: '1' over its headline
            i += 1
            numbered = True
            continue
        # under its number an item may read like sentences ('… rent-free. What now?')
        ranked = numbered and i not in reasons and word_count(line) <= _RANKED_ITEM_WORDS
        numbered = False
        if not (is_list_item(line) or is_linked_headline(line) or is_short_question(line) or ranked or is_cut_teaser(line)) \
                or (i in reasons and reasons[i] != "related"):
            break
        if verdicts[i] not in (None, "related") or parse_metadata_line(line):
            break  # a date line, a share bar …: the list has ended
        if contiguous and _signed_below(lines, i):
            break  # above the article, a line over its byline is the article's headline
        if items + glued >= _SHORT_LIST_ITEMS and longest <= _SHORT_ITEM_WORDS and word_count(line) >= _HEADLINE_WORDS:
            break  # a headline under a list of topics ('IMF', 'Petrol prices'): the article's own
        # a line set apart by a blank line from a list printed without any (two items, or one
        # card closed by its date) is a subheading even with a blank line under it too
        parted = (items >= 2 or dated) and not lines[i - 1] and gaps == 1
        # inside the article, a short line after the box's first card with a blank line and a
        # paragraph under it is the article's next subheading, as it is right over a paragraph
        # ('Lesen Sie auch' / card / 'Betriebsrat fordert Zukunftsvertrag' / text, copied with
        # blank lines between the blocks); a card's headline is longer or has its kicker
        above = previous_line(lines, i)  # (under a card's kicker, the card's headline)
        one_card = items == 1 or (items == 2 and first_words <= _KICKER_WORDS)  # a card, perhaps under its kicker
        # (under two headlines or more, a line of half their words is the article's subheading too)
        short = one_card or (items >= 2 and 2 * word_count(line) <= shortest)
        crosshead = i < last_body and short and word_count(line) <= CROSSHEAD_WORDS and ":" not in line \
            and not is_marked_item(line) and (above is None or word_count(lines[above]) > _KICKER_WORDS)
        below = next_line(lines, i) if parted or crosshead else i + 1
        following = lines[below] if below is not None and below < len(lines) else ""
        kicker_form = _KICKED_HEADLINE.match(line) is not None
        same_form = kicker_form and kicked >= _SAME_FORM_ITEMS
        if i < last_body and following and _opens_paragraph(following) and (items or i > start) and not same_form:
            break  # a subheading of the article (the line right under the label is its item: 'Read more' / teaser)
        kicked += kicker_form
        topics = line.split("|")  # a bar of topics glued into one line: 'Housing crunch|Warriors rumors|…'
        longest = max(longest, *(word_count(topic) for topic in topics))
        glued += len(topics) - 1
        reasons[i] = "related"
        items += 1
        first_words = first_words or word_count(line)
        shortest = min(shortest, word_count(line))
        i += 1
    return i


#: The most words of a card's teaser (a sentence or two under its headline or its date).
CARD_TEASER_WORDS = 40
#: A teaser's headline behind its kicker and colon: 'Stahl im Revier: Warum die Jobs wackeln'.
#: The list's last item in the form of the two or more before it is the list's, however a
#: paragraph follows it; a subheading of the article has its own form (after one such
#: teaser a subheading 'Ausblick: …' or 'Fazit: …' is as likely).
_KICKED_HEADLINE = re.compile(r"^[A-ZÄÖÜ0-9][^:.!?]{1,40}:\s+\S")
_SAME_FORM_ITEMS = 2
#: A list of topics: this many items or more, none longer than this many words; a line
#: of a headline's length under it is no topic.
_SHORT_LIST_ITEMS = 3
_SHORT_ITEM_WORDS = 4
_HEADLINE_WORDS = 8
#: The number of an item of a ranked list, alone on its line: '1', '2.', '#3'.
_LIST_NUMBER = re.compile(r"^#?\d{1,2}\.?$")
#: The most words of a headline under its number in a ranked list.
_RANKED_ITEM_WORDS = 30


def _signed_below(lines: list[str], i: int) -> bool:
    """Right under line ``i`` stands a byline ('by Marcus Holloway|Rigzone Staff|Wednesday,
    January 14, 2026'): a card of a list has its date there at the most."""
    below = next_line(lines, i)
    if below is None:
        return False
    found = parse_metadata_line(lines[below])
    return found is not None and "author" in found.values


def _card_date(lines: list[str], i: int | None) -> bool:
    """Line ``i`` is the date closing a card of a list: a date or a time ago, a few words."""
    return i is not None and word_count(lines[i]) <= _CARD_DATE_WORDS and (
        (has_date_stamp(lines[i]) and find_date(lines[i]) is not None) or RELATIVE_TIME.match(lines[i]) is not None)


#: The most words of the date closing a card.
_CARD_DATE_WORDS = 4


def _item_below(lines: list[str], i: int) -> bool:
    """The next line, with no blank line between, is an item of a list."""
    return i + 1 < len(lines) and (is_list_item(lines[i + 1]) or is_linked_headline(lines[i + 1]))


#: The most words of a subheading told from a card's headline by its length alone.
CROSSHEAD_WORDS = 6
#: The most words of a card's kicker over its headline ('Containerumschlag').
_KICKER_WORDS = 4


def _opens_paragraph(line: str) -> bool:
    """Article text that a subheading stands over: a sentence that ends like one, or a
    paragraph. A headline of the list that reads like speech ('Siri overhaul delayed
    again, report says'), asks a short question ('Why are so many firms listing in New
    York?') or is cut off by the page is the list's next item, not the text under a
    subheading."""
    return looks_like_body(line) and not is_linked_headline(line) and not is_short_question(line) \
        and not is_cut_teaser(line)


def is_linked_headline(line: str) -> bool:
    """'FIIs bullish on India, growth should accelerate, says Ridham Desai': another
    article's headline quoting someone — no sentence end, unlike the article's own text."""
    return 0 < word_count(line) <= 20 and len(line) <= 200 and not ends_like_sentence(line)
