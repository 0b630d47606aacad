"""Where the article stands on a pasted web page: its extent, and the page below it.

A browser copy of a whole page brings the site around the article: menus, sidebars,
lists of other articles, comment threads, the footer.  No single line gives these away,
but the page's layout does: the article is the largest block of running text; below it
the page begins at the first piece of furniture only a page puts under an article (a
share bar, a menu, a comment label); and text further down is the article going on only
if it reads like it (running text, right after a short interruption).  The line rules
of :mod:`.boilerplate` name the furniture first; :mod:`.cleaning` calls these functions
with the reasons found so far.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache

from .boilerplate import is_related_label
from .comment_lines import is_comment_form, is_comment_policy
from .dates import find_date, has_date_stamp
from .navigation_lines import is_navigation_word, is_share_item
from .picture_lines import ALL_RIGHTS_RESERVED
from .text_shape import CJK, ends_like_sentence, looks_like_body, sentence_breaks, word_count

#: Lines of page furniture in a row that part the article from a block of other text
#: (a sidebar, a footer, comments).
_CORE_GAP = 6
#: Furniture that closes an article: whatever text follows belongs to the page.
_ARTICLE_OVER = frozenset({"comments", "tags", "author_box"})
#: The boxes that offer a subscription or a newsletter inside an article, with their perks.
_OFFER_BOX = frozenset({"subscribe", "newsletter", "ad"})
#: The site's copyright notice, not a picture's credit ('© dpa'): no article goes on below it.
_RIGHTS_RESERVED = re.compile(
    ALL_RIGHTS_RESERVED
    # the year, then the site's legal links: 'Copyright © 2025, Los Angeles Times | Terms of Service | …'
    + r"|^(?:Copyright\s*)?(?:©|\(c\))\s*(?:19|20)\d\d\b.*\b(?:Terms|Privacy|Datenschutz|Impressum|AGB|Nutzungsbedingungen)\b",
    re.IGNORECASE,
)
#: Lists of links already named: a long one parts the article from other text.
_LIST_FURNITURE = frozenset({"related", "navigation", "share"})


def _closes_article(lines: list[str], reasons: dict[int, str], i: int) -> bool:
    """A comment label that opens the thread, the tags, an author box, the site's copyright
    notice — not 'Comments' as one button of the share bar over the article."""
    reason = reasons[i]
    if reason == "copyright":
        return _RIGHTS_RESERVED.search(lines[i]) is not None
    if reason not in _ARTICLE_OVER:
        return False
    if reason == "comments":
        if _comment_rules(lines, reasons, i):
            return True  # a note on the thread's rules is never a button of the share bar
        around = [j for j in (previous_line(lines, i), next_line(lines, i)) if j is not None]
        if len(around) == 2 and all(reasons.get(j) in _OFFER_BOX for j in around) and _inside_offer(lines, reasons, i):
            return False  # one of a subscription's perks ('Share your thoughts … in the comments.') in its box
        return not any(reasons.get(j) in ("share", "navigation") or is_share_item(lines[j]) for j in around)
    return True


#: How near a line of the subscription's offer stands to each side of a perk in its box.
_OFFER_REACH = 3


def _inside_offer(lines: list[str], reasons: dict[int, str], i: int) -> bool:
    """A line of the subscription's offer stands within a few lines above line ``i`` and
    below it: ``i`` is inside the box (between two advertisements it may open the thread)."""
    def offered(step: int) -> bool:
        j: int | None = i
        for _ in range(_OFFER_REACH):
            j = (previous_line(lines, j) if step < 0 else next_line(lines, j)) if j is not None else None
            if j is not None and reasons.get(j) == "subscribe":
                return True
        return False
    return offered(-1) and offered(1)


def article_core(lines: list[str], reasons: dict[int, str]) -> tuple[int, int]:
    """First and last line of the article: the block of text lines with the most text.

    Text lines are sentences not yet taken out; blocks are parted by six or more other
    lines in a row.  A site's sidebar, its footer or readers' comments form blocks of
    their own, so the link lists around the article can be told from lists inside it.
    """
    def is_text(i: int) -> bool:
        return bool(lines[i]) and i not in reasons and looks_like_body(lines[i]) and not is_cut_teaser(lines[i]) \
            and not is_short_question(lines[i])  # a card's headline asking ('What changed?') is no paragraph

    def pause(i: int, gap: float) -> float:
        if i in reasons and _closes_article(lines, reasons, i):
            return _CORE_GAP  # the comments, the tags, the copyright: no article text goes on past them
        if lines[i] and reasons.get(i) in _LIST_FURNITURE:
            return gap + 0.5  # a box of three links inside the article does not part it, a sidebar does
        return gap if not lines[i] or i in reasons else gap + 1

    blocks = _text_blocks(range(len(lines)), is_text, pause)
    if not blocks:
        return len(lines), -1
    # other articles listed under a 'You may also like' label can outweigh a short article
    own = [block for block in blocks if not _listed_under_label(lines, reasons, block)] or blocks

    def mass(block: list[int]) -> int:
        return sum(len(lines[i]) for i in block)

    best = max(own, key=mass)
    # below a note on the comment rules only the page goes on: its rules for readers can
    # outweigh an article split by a box
    ending = next((i for i in range(len(lines)) if _comment_rules(lines, reasons, i)), len(lines))
    above = [block for block in own if block[-1] < ending]
    if best[0] > ending and above and mass(max(above, key=mass)) >= _ABOVE_THE_END * mass(best):
        best = max(above, key=mass)
    return best[0], _before_listed_articles(lines, reasons, best)


#: A block above the comment rules with this share of the text below them is the article.
_ABOVE_THE_END = 0.25


def _comment_rules(lines: list[str], reasons: dict[int, str], i: int) -> bool:
    """Line ``i`` is a note on the comment thread's rules, the label over them or a line of
    the form for a new comment."""
    return reasons.get(i) == "comments" and (is_comment_policy(lines[i]) or is_comment_form(lines[i]))


def _listed_under_label(lines: list[str], reasons: dict[int, str], block: list[int]) -> bool:
    """The block is a list of other articles under a related label just above it."""
    for j in range(block[0] - 1, -1, -1):
        if not lines[j]:
            continue
        if reasons.get(j) == "related" and is_related_label(lines[j]):
            return _is_teaser_list(lines, reasons, [i for i in range(j + 1, block[-1] + 1) if lines[i]])
        if j not in reasons and looks_like_body(lines[j]):
            return False
    return False


def _before_listed_articles(lines: list[str], reasons: dict[int, str], block: list[int]) -> int:
    """The block's last line of article: before a 'More From the Times' label whose list
    of other articles runs on to the block's end.  Each listed article has a sentence of
    teaser, so the teasers keep the list in the block (see :func:`_is_teaser_list`)."""
    for j in range(block[0] + 1, block[-1]):
        if reasons.get(j) != "related" or not is_related_label(lines[j]):
            continue
        if _is_teaser_list(lines, reasons, [i for i in range(j + 1, block[-1] + 1) if lines[i]]):
            return max(i for i in block if i < j)
    return block[-1]


#: Furniture that marks the items of a list: each listed article's share bar, its kicker.
_ITEM_MARKS = _LIST_FURNITURE | {"links"}


def _is_teaser_list(lines: list[str], reasons: dict[int, str], rest: list[int]) -> bool:
    """``rest`` is a list of other articles: three or more teasers (a sentence or a
    paragraph each), each under a line that is no sentence, and the items marked alike —
    the same kicker over each ("Company Town"), the same share bar under each, or a
    headline printed twice.  An article going on below a box of links has paragraphs that
    follow one another, or subheadings that differ, or only advertisements between them."""
    printed: dict[str, int] = {}
    for i in rest:
        printed[lines[i]] = printed.get(lines[i], 0) + 1

    def sentence(i: int) -> bool:
        return i not in reasons and looks_like_body(lines[i]) and printed[lines[i]] == 1

    def mark(i: int) -> bool:
        return printed[lines[i]] >= 2 and (i not in reasons or reasons[i] in _ITEM_MARKS)

    if _same_kicker_over_each(lines, rest, printed):
        return True
    teasers = marked = 0
    since: list[int] = []  # the lines since the last teaser
    for i in rest:
        if not sentence(i):
            since.append(i)
            continue
        if teasers and not since:
            return False  # a sentence after a sentence: paragraphs, not teasers
        teasers += 1
        marked += any(mark(k) for k in since)
        since = []
    return teasers >= _LIST_ITEMS and marked >= teasers - 1


def _same_kicker_over_each(lines: list[str], rest: list[int], printed: dict[str, int]) -> bool:
    """Three or more items under the same kicker ('Интересное 0' / headline, 'Business' /
    headline, …), one line each: a list of other articles, whether their headlines end
    with a question mark or not."""
    for kicker, count in printed.items():
        if count < _LIST_ITEMS or word_count(kicker) > 4 or looks_like_body(kicker):
            continue
        at = [k for k, i in enumerate(rest) if lines[i] == kicker]
        if all(b - a == 2 for a, b in itertools.pairwise(at)):
            return True
    return False


def _text_blocks(
    indices: range, is_text: Callable[[int], bool], pause: Callable[[int, float], float]
) -> list[list[int]]:
    """The text lines among ``indices`` in blocks: a new block begins after a pause of
    ``_CORE_GAP`` or more, which ``pause`` counts up line by line between text lines."""
    blocks: list[list[int]] = []
    gap: float = _CORE_GAP
    for i in indices:
        if is_text(i):
            if gap >= _CORE_GAP or not blocks:
                blocks.append([])
            blocks[-1].append(i)
            gap = 0
        else:
            gap = pause(i, gap)
    return blocks


def end_of_article(lines: list[str], reasons: dict[int, str], end: int) -> int:
    """Where the page below the article begins: at the first piece of page furniture
    after its last sentence.  Until then a list is the article's own (its offers, its
    table, its enumeration); a sentence ending with a colon announces one, which only
    furniture that closes an article (the comments, the tags, the copyright) ends."""
    if end < 0:
        return len(lines)
    announced = lines[end].rstrip().endswith(":")
    for i in range(end + 1, len(lines)):
        if not lines[i]:
            continue
        if i in reasons:
            if not announced or _closes_article(lines, reasons, i):
                return i
            continue
        if lines[i].rstrip().endswith(":"):
            announced = True
        elif not announced and _opens_list_of_articles(lines, reasons, i):
            return i
    return len(lines)


#: A block of running text below the page's furniture this large, against the article,
#: is the article going on (after a gallery, a box), not comments or a footer.
_CONTINUATION_SHARE = 0.5


#: How many lines the page may put into an article before it goes on (a box, a gallery).
_INTERRUPTION = 15


#: Straight after a short interruption a single paragraph of this share goes on the article.
_SHORT_INTERRUPTION = 6


_PARAGRAPH_SHARE = 0.15


def text_mass(lines: list[str], indices: range | list[int], reasons: dict[int, str]) -> int:
    """Characters of running text among ``indices``."""
    return sum(len(lines[i]) for i in indices if lines[i] and i not in reasons and looks_like_body(lines[i]))


#: Reasons that say nothing about a web page around the text (a letter has a date and an author).
_TEXT_METADATA = frozenset({"dateline", "author", "source", "tags", "url", "headline", "kicker"})


#: This many lines of menus, buttons and links make a paste a web page.
_WEB_PAGE_FURNITURE = 6


def is_web_page(reasons: dict[int, str]) -> bool:
    """The paste is a copied web page (menus, share bars, link lists around the text),
    not a document that happens to contain a 'Tags:' or a '©' line."""
    return sum(1 for reason in reasons.values() if reason not in _TEXT_METADATA) >= _WEB_PAGE_FURNITURE


#: A label the page prints this often is the page's own.
_REPEATS = 3
#: The most words of such a label, and its most characters.
_LABEL_WORDS = 5
_LABEL_CHARS = 60


def _is_label_phrase(line: str) -> bool:
    """'Article content', 'Advertisement - Scroll to Continue': two words or more, a word after
    the first in lower case (no name, no title in title case)."""
    words = line.split()
    return len(words) >= 2 and line[:1].isupper() and any(w[:1].islower() for w in words[1:])


def mark_repeated_labels(lines: list[str], reasons: dict[int, str]) -> None:
    """A short phrase a web page prints three times or more, mostly right over a sentence
    — 'Article content' between every two paragraphs — is the page's label. An article
    does not repeat its subheadings. A single word or a name may be the article's own,
    repeated on purpose: the speakers of an interview ('Li Wei', 'SPIEGEL'), 'Update' over
    each entry of a live blog, 'Pros' and 'Cons', a short headline printed again in a
    sticky header. A word the page prints over a list of teasers or in its menu stands
    over no sentence: the passes that read cards and menus take it."""
    if not is_web_page(reasons):
        return
    reasons.update((i, "page_label") for i in repeated_labels(lines) if i not in reasons)


def repeated_labels(lines: list[str]) -> list[int]:
    """Where the page prints its label (:func:`mark_repeated_labels`), read from the lines
    alone: a list of teasers ends at it ('Article content' under 'Recommended from Editorial')."""
    where: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line and len(line) <= _LABEL_CHARS and word_count(line) <= _LABEL_WORDS:  # (words of short lines only)
            where.setdefault(line, []).append(i)
    labels = []
    for line, found in where.items():
        if len(found) < _REPEATS or not _is_label_phrase(line) or ends_like_sentence(line):
            continue
        over_text = sum(1 for i in found if (j := next_line(lines, i)) is not None and looks_like_body(lines[j]))
        if 2 * over_text > len(found):
            labels.extend(found)
    return labels


#: Furniture that only a page puts below an article: after it no article text follows.
#: A picture's credit, a gallery teaser, an advertisement label, a date line, a box
#: selling a subscription and a "Follow us" line may stand in the middle of an article,
#: so they do not start the page below.  A newsletter box may too, but below the
#: article's last block of text it opens the page's own offers; an article going on
#: after it is kept all the same (see :func:`_goes_on`).
_PAGE_BELOW = frozenset({"comments", "navigation", "share", "contact", "tags", "author_box", "newsletter"})


def page_below_start(lines: list[str], reasons: dict[int, str], below: int) -> int:
    """The first line from ``below`` on that only a page has under its article: a menu, a
    list of links, a share bar, a comment thread, a 'Related' label over its list, a list
    of other articles."""
    for i in range(below, len(lines)):
        reason = reasons.get(i)
        if reason in _PAGE_BELOW or (reason == "related" and is_related_label(lines[i])):
            return i
        if lines[i] and _opens_list_of_articles(lines, reasons, i):
            return i
    return len(lines)


#: Items a page lists under its article and an article does not: another article's date
#: alone on a line, its headline cut off by the page, a category with its count ("Handel
#: (32)").
_LISTED_COUNT = re.compile(r"^[^\d()（）]{1,40}\s?[(（]\d{1,5}[)）]$")
#: Such items among the lines up to the next sentence that make the page below.
_LIST_ITEMS = 3


@lru_cache(maxsize=8192)
def _teaser_item(line: str) -> str:
    """"date", "cut" or "count" for an item of a list of other articles, else ""
    (asked for each line of a window, so the answer is kept)."""
    if looks_like_body(line) and not is_cut_teaser(line):
        return ""
    if is_cut_teaser(line):
        return "cut"
    if _LISTED_COUNT.match(line) is not None:
        return "count"
    return "date" if word_count(line) <= 6 and len(line) <= 40 and has_date_stamp(line) else ""


def _opens_list_of_articles(lines: list[str], reasons: dict[int, str], i: int) -> bool:
    """Other articles listed under the article whatever the site calls the list: from
    line ``i`` on, before the next sentence, three or more of their dates, cut headlines
    or category counts, not dates alone — in any language, with or without a label over
    them.  A gallery's date has one such line, an article's chronology only dates."""
    if not _teaser_item(lines[i]):
        # a label over the list ("집중분석", "Aus dem Ressort") — never an author line, a
        # credit or a copyright under the article, which the list does not take
        after = next_line(lines, i)
        if looks_like_body(lines[i]) or word_count(lines[i]) > 4 or i in reasons or after is None \
                or not _teaser_item(lines[after]):
            return False
    items = 0
    undated = False  # a chronology in the article has dates only; other articles are cut or counted
    for j in range(i, min(len(lines), i + 24)):
        line = lines[j]
        if not line:
            continue
        kind = _teaser_item(line)
        if kind:
            items += 1
            undated = undated or kind != "date"
            if items >= _LIST_ITEMS and undated:
                return True
        elif j not in reasons and looks_like_body(line):
            return False
    return False


def mark_page_below(lines: list[str], reasons: dict[int, str], below: int, core_mass: int) -> None:
    """Everything from the page's furniture below the article on: other articles' teasers,
    comments, the site's footer and legal text, sentences included.

    Only the article itself, going on below an interruption, is kept there (see
    :func:`_goes_on`).
    """
    # here furniture parts blocks too: comments are separated by their names and buttons
    blocks = _text_blocks(
        range(below, len(lines)),
        lambda i: bool(lines[i]) and i not in reasons and looks_like_body(lines[i]),
        lambda i, gap: gap + 1 if lines[i] else gap,
    )
    before: list[int] = []  # non-blank lines from ``below`` up to each line
    count = 0
    for i in range(below, len(lines)):
        before.append(count)
        count += bool(lines[i])
    # below a box about the author or the company, or the rules of the comment thread,
    # nothing is the article going on (a count of comments may be a button between a
    # gallery and the article's last paragraph)
    closed = next((i for i in range(below, len(lines)) if reasons.get(i) == "author_box" or _comment_rules(lines, reasons, i)),
                  len(lines))
    kept = [
        block for block in blocks
        if block[0] < closed and _goes_on(lines, reasons, below, block, core_mass, before[block[0] - below])
    ]
    spans = [(block[0], block[-1]) for block in kept]
    for i in range(below, len(lines)):
        if lines[i] and i not in reasons and not any(a <= i <= b for a, b in spans):
            reasons[i] = "page_footer"


def _last_text_line(lines: list[str], reasons: dict[int, str]) -> int | None:
    """The article's last line of running text still kept (or its last paragraph closed by
    its agency: '… on Wednesday. (Reuters)')."""
    return next((i for i in range(len(lines) - 1, -1, -1)
                 if lines[i] and i not in reasons and (looks_like_body(lines[i]) or _closed_by_source(lines[i]))), None)


def mark_tail_below_text(lines: list[str], reasons: dict[int, str]) -> None:
    """The lines of a web page left below the article's last sentence, when not one of
    them is a sentence: other articles' headlines, a writer's name, an event's date,
    a button — page, whatever its words.

    Kept as the article's own when the text announced them (its last sentence ends
    with a colon), or when they hold a table (two rows of figures: the article's key
    figures), or a list set with bullets; and a chronology closing the article stays
    whatever else is below it, its dates too, which were read as date lines
    (:func:`_chronology_below`).
    """
    last = _last_text_line(lines, reasons)
    if last is None:
        return
    chronology = _chronology_below(lines, reasons, last)
    tail = [i for i in range(last + 1, len(lines)) if lines[i] and i not in reasons]
    announced = lines[last].rstrip().endswith(":")
    if not announced and sum(1 for i in tail if _is_table_row(lines[i])) < 2 \
            and sum(1 for i in tail if is_marked_item(lines[i])) < 2:
        if tail and tail[0] == next_line(lines, last) and _QUOTE_CLOSED.search(lines[last]) \
                and _SIGNED.match(lines[tail[0]]):
            # who said the quotation closing the text: '- Florian Baumgart' over 'Chief Executive Officer, …'
            tail = tail[2:] if len(tail) > 1 and _is_role_line(lines[tail[1]]) else tail[1:]
        reasons.update((i, "page_footer") for i in tail if i not in chronology)
    for i in chronology:
        reasons.pop(i, None)


#: Reasons a chronology's lines were given below the text before it was seen as one: its dates
#: read as date lines, its events as the page's lines under the text.
_CHRONOLOGY_TAKEN = frozenset({"dateline", "page_footer"})
#: The most words of a chronology's event (a line, not a paragraph).
_EVENT_WORDS = 25
#: The most words of a date over its event ('Donnerstag, 27. März 2025').
_EVENT_DATE_WORDS = 5


def _chronology_below(lines: list[str], reasons: dict[int, str], last: int) -> list[int]:
    """A chronology or a calendar right under the article's last line of text (``last``) —
    its label ('Timeline', 'Termine der Woche'), then a date over each event (perhaps opening
    with its time: '10:00 GfK consumer confidence'), two or more, the last line an event — is
    the article's, though its dates read as date lines and nothing in it is a sentence. A
    list of other articles is a headline over each date, so it ends with a date; set the
    other way round, it has no label of its own or its headlines are cut off ('… neuen Markt
    ..'). Its lines, or none."""
    block = [i for i in range(last + 1, len(lines)) if lines[i]]
    if not block or has_date_stamp(lines[block[0]]) or word_count(lines[block[0]]) > _EVENT_DATE_WORDS + 3 \
            or reasons.get(block[0]) not in (None, "page_footer"):
        return []  # no label over it ('Timeline'): dates over headlines may be a list of other articles
    label, block = block[:1], block[1:]
    pairs = 0
    while len(block) >= 2 * (pairs + 1):
        date, event = block[2 * pairs], block[2 * pairs + 1]
        if not (reasons.get(date) in _CHRONOLOGY_TAKEN and word_count(lines[date]) <= _EVENT_DATE_WORDS
                and has_date_stamp(lines[date]) and reasons.get(event, "page_footer") == "page_footer"
                and find_date(lines[event]) is None and word_count(lines[event]) <= _EVENT_WORDS
                and not lines[event].endswith(("..", "…"))):
            break
        pairs += 1
    if pairs < 2 or (len(block) > 2 * pairs and has_date_stamp(lines[block[2 * pairs]])):
        return []  # (a date under the last "event": headlines over their dates, the first one taken for text)
    return [*label, *block[: 2 * pairs]]


#: A quotation closing a paragraph, and the name signing it on the line below: '- Dr. Katrin Leitner'.
_QUOTE_CLOSED = re.compile(r"[.!?…][”“\"»«’]$")
_SIGNED = re.compile(r"^[-–—]\s?(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s)?[A-ZÄÖÜ][\w'’.-]+(?:\s[A-ZÄÖÜ][\w'’.-]+){1,3}$")
#: The most words of the speaker's role under the name.
_ROLE_WORDS = 12


def _is_role_line(line: str) -> bool:
    """'Chief Executive Officer, Solvera Wasserstoff GmbH': a role and a body, no sentence."""
    return "," in line and word_count(line) <= _ROLE_WORDS and not ends_like_sentence(line) and not line.endswith(":")


#: A sentence closed by its source in brackets: '… take effect on Wednesday. (Reuters)',
#: '… an. (dpa/AFP)' — an agency's report ends so, and that is its last paragraph.
_SOURCE_AFTER_SENTENCE = re.compile(r"[^\W\d_][.!?][\"”’]?\s?\([A-Za-z][\w.&/ -]{1,30}\)$")
#: The fewest words of such a paragraph.
_CLOSING_WORDS = 6


def _closed_by_source(line: str) -> bool:
    return line.endswith(")") and _SOURCE_AFTER_SENTENCE.search(line) is not None and word_count(line) >= _CLOSING_WORDS


#: A line set as an item of a list: a bullet, a dash or a number before it.
_BULLET = re.compile(r"\s*(?:[•▪◦·*–-]|\d{1,2}[.)])\s")


def is_marked_item(line: str) -> bool:
    """A line set as an item of a list by a bullet, a dash or a number ('5. Container
    freight rates rise again'): never a subheading."""
    return _BULLET.match(line) is not None


def _goes_on(
    lines: list[str], reasons: dict[int, str], below: int, block: list[int], core_mass: int, distance: int
) -> bool:
    """The block is the article going on below an interruption of ``distance`` lines:
    running text, right after the interruption, and either weighty (half the article)
    or a paragraph or more straight after a short interruption (a share bar under a
    gallery) that has no date in it (a comment's name and date)."""
    if distance > _INTERRUPTION or not _mostly_text(lines, reasons, block):
        return False
    # the page's label over the article's paragraphs above ('Article content') is no kicker
    # of listed articles when it stands over the paragraphs below too
    own_labels = {lines[i] for i in range(below) if reasons.get(i) == "page_label"}
    rest = [i for i in range(below, block[-1] + 1) if lines[i] and lines[i] not in own_labels]
    if _is_teaser_list(lines, reasons, rest):
        return False  # other articles, each with its share bar or kicker
    mass = text_mass(lines, block, reasons)
    if mass >= _CONTINUATION_SHARE * core_mass:
        return True
    return (
        distance <= _SHORT_INTERRUPTION
        and mass >= _PARAGRAPH_SHARE * core_mass
        and any(len(lines[i]) >= PARAGRAPH_CHARS for i in block)
        and not any(lines[i] and has_date_stamp(lines[i]) for i in range(below, block[0]))  # a comment's date
    )


def _mostly_text(lines: list[str], reasons: dict[int, str], block: list[int]) -> bool:
    """Seven lines in ten of the block's span are sentences: the article goes on with a
    subheading or an odd link between its paragraphs, while a comment thread is names,
    dates and 'Reply' buttons around each comment, a sidebar a headline over each teaser.
    The label a page prints over each of the article's paragraphs ('Article content') is
    not counted: it says the article goes on."""
    span = [i for i in range(block[0], block[-1] + 1) if lines[i] and reasons.get(i) != "page_label"]
    text = sum(1 for i in span if i not in reasons and looks_like_body(lines[i]))
    return 10 * text >= 7 * len(span)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _is_table_row(line: str) -> bool:
    """'1 Kyle Busch 5040 5 1 17 27', 'Umsatz 7 912 9 204': a row of figures."""
    return len(_NUMBER.findall(line)) >= 2


def mark_list_runs(
    lines: list[str], reasons: dict[int, str], start: int, stop: int, *, max_words: int, reason: str,
    min_run: int = 4,
) -> None:
    """Runs of four (``min_run``) or more short lines outside the article: menus above it,
    lists of links (other headlines, categories, tags) below it.  Sentences end a run, and
    so does the article's date line: a menu does not run on across it."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= min_run:
            # a subheading right over the text the menu parts from the headline stays text
            spared = run[-1] if reason == "navigation" and _over_text(lines, run[-1]) else None
            for j in run:
                if j != spared:
                    reasons.setdefault(j, reason)
        run.clear()

    for i in range(max(0, start), min(stop, len(lines))):
        line = lines[i]
        if reasons.get(i) == "dateline":
            close()
            continue
        if not line or i in reasons:
            continue  # blank lines and furniture already named do not break a list
        table_row = _is_table_row(line)
        short = word_count(line) <= max_words and len(line) <= 160
        if short and (not looks_like_body(line) or is_cut_teaser(line)) and not table_row:
            run.append(i)
        else:
            close()
    close()


def _over_text(lines: list[str], i: int) -> bool:
    """A line of four words or more, or of three capitalised ones, no menu's word, right over
    a paragraph: the text's subheading ('Energiebedarf als kritischer Faktor') or a short
    headline over the teaser ('Germany’s Machine-Tool Reckoning'), not a menu's last item
    ('Contacts for media')."""
    below = next_line(lines, i)
    words = lines[i].split()
    long_enough = len(words) >= _SUBHEADING_WORDS or (len(words) == 3 and all(w[:1].isupper() for w in words))
    return below is not None and is_paragraph(lines[below]) and long_enough and not is_navigation_word(lines[i])


_SUBHEADING_WORDS = 4


def is_cut_teaser(line: str) -> bool:
    """'‘아침마당’마저 접수한 유재석, 그가 뜨..': another article's headline cut off by the page,
    or its teaser ('London, 22 January (Argus) — Phosphate exports … ahead of the planting
    season...'), the dots glued to the last word, or any teaser with its link after the dots
    ('… more'). A sentence trailing off leaves a space before its dots, or ends a quotation."""
    tail = line[-_MORE_LINK_CHARS:]
    if ("..." in tail or "…" in tail) and _MORE_LINK.search(tail) is not None:
        return len(line) <= _CUT_TEASER_CHARS  # (the link says it: '… two months later than planned. ... more')
    if not line.endswith(("..", "…")):
        return False
    return len(line) <= 120 or (len(line) <= _CUT_TEASER_CHARS and _CUT_OFF.search(line) is not None
                                and sentence_breaks(line) == 0)  # (a paragraph of sentences trails off)


#: The link after a cut teaser's dots: '… more', '... mehr', '… Weiterlesen'.
_MORE_LINK = re.compile(r"(?:(?<=\.\.\.)|(?<=…))\s*(?i:more|mehr|read more|weiterlesen|lesen sie mehr)\W*$")
#: How far from a line's end such a link stands at the most (only the line's end is searched).
_MORE_LINK_CHARS = 30
#: The longest teaser a page cuts off: two lines of a card.
_CUT_TEASER_CHARS = 400
_CUT_OFF = re.compile(r"[^\W\d_](?:\.\.\.|…)$")


#: A paragraph of running text, not a question in a headline or a teaser of one line.
PARAGRAPH_CHARS = 80


def is_short_question(line: str) -> bool:
    """'Why are so many firms listing in New York?': a headline asking, too short for a paragraph."""
    return line.endswith("?") and len(line) < PARAGRAPH_CHARS


def is_paragraph(line: str) -> bool:
    """Running text long enough to be a paragraph: a headline may end with a question
    mark and read like a sentence."""
    return looks_like_body(line) and (len(line) >= PARAGRAPH_CHARS or len(CJK.findall(line)) >= PARAGRAPH_CHARS // 2)


def first_paragraph(lines: list[str], reasons: dict[int, str], start: int, end: int) -> int:
    """The article's first paragraph of running text: the core's first line long
    enough to be one."""
    for i in range(start, end + 1):
        if lines[i] and i not in reasons and is_paragraph(lines[i]):
            return i
    return start


def next_line(lines: list[str], i: int) -> int | None:
    """The non-blank line below ``i``, at most one blank line away."""
    for j in (i + 1, i + 2):
        if j < len(lines) and lines[j]:
            return j
    return None


def previous_line(lines: list[str], i: int) -> int | None:
    """The non-blank line above ``i``, at most one blank line away."""
    for j in (i - 1, i - 2):
        if j >= 0 and lines[j]:
            return j
    return None


_WORD = re.compile(r"[^\W\d_]{5,}")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}")
#: Share of a paragraph's content words found in the text below the headline that makes
#: it the article's own beginning (other articles' teasers share a fifth at most).
_ON_TOPIC = 0.3


def content_words(text: str) -> set[str]:
    """Words that carry a text's topic: words of five letters or more (lower-cased), and
    pairs of characters in Chinese, Japanese and Korean runs."""
    words = {w.lower() for w in _WORD.findall(text)}
    for run in _CJK_RUN.findall(text):
        words.update(run[i:i + 2] for i in range(len(run) - 1))
    return words


def on_topic(line: str, topic: set[str]) -> bool:
    """Whether a paragraph speaks of what ``topic`` (the article's words) speaks of."""
    words = content_words(line)
    return len(words) >= 4 and len(words & topic) >= _ON_TOPIC * len(words)
