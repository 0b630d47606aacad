"""Other articles and pictures inside and under the article: cards, teasers and captions.

Cards of other articles (a headline printed twice, or ending with its date), a teaser under
"Read more", a teaser whose kicker the page glued to its headline, and the caption of a
picture over or under its credit: all short lines that read like text, told apart by what
stands around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.core.name_words import is_medium, looks_like_org

from .boilerplate import is_generic_more
from .dates import TIME, find_date, has_date_stamp, without_date_stamps
from .glued_kickers import glued_kicker
from .headline import NO_HEADLINE_END, is_kicker, is_speech_headline
from .page_extent import next_line, previous_line
from .paywall_lines import GLUED_BADGE
from .picture_lines import (
    CREDIT_LABEL_ALONE,
    is_agency_name_alone,
    is_bracketed_credit_caption,
    is_dated_caption,
    is_picture_credit,
    is_video_length,
)
from .related_lists import CARD_TEASER_WORDS, CROSSHEAD_WORDS, is_linked_headline
from .text_shape import (
    QUOTE_MARK,
    ends_like_sentence,
    is_list_item,
    is_reported_speech,
    looks_like_body,
    sentence_breaks,
    word_count,
)


def mark_glued_teasers(
    lines: list[str], reasons: dict[int, str], start: int, end: int, page_words: Callable[[], dict[str, int]]
) -> None:
    """A teaser of another article inside the text, its kicker glued to its headline by the
    page ('Neuer RekordüberschussChinas Exportmaschine läuft …'): a link, not a subheading."""
    for i in range(max(start, 0), end + 1):
        line = lines[i]
        if not line or i in reasons or len(line) > 200 or not GLUE_HINT.search(line) or word_count(line) > 16:
            continue
        if glued_kicker(line, page_words()) is not None:
            reasons[i] = "related"


def mark_read_more_items(lines: list[str], reasons: dict[int, str], start: int, end: int) -> None:
    """Inside the article, 'Read more' alone stands over the headline of one other article,
    and the article's text goes on below that: the headline is the link. Over a few
    headlines one per line, the label and its list set apart from the text by blank lines
    above and below, it heads a list of links (in a copy without blank lines a line after the
    first headline may be the article's subheading, and only the first is taken). Between
    the one headline and the text the article's next subheading may stand, shorter than the
    headline ('Pressure from Asia'): it stays."""
    for i in range(max(start, 0), end):
        if reasons.get(i) != "related" or not is_generic_more(lines[i]):
            continue
        item = next_line(lines, i)
        if item is None or item in reasons or not _headline_item(lines[item]):
            continue
        last = item
        while last - item < _READ_MORE_ITEMS and last + 1 < len(lines) and lines[last + 1] \
                and last + 1 not in reasons and _headline_item(lines[last + 1]) \
                and word_count(lines[last + 1]) > CROSSHEAD_WORDS:  # (a short line there is a subheading)
            last += 1
        if last > item and (last + 1 >= len(lines) or lines[last + 1] or (lines[item - 1] and lines[i - 1])):
            last = item  # no blank lines around the list: only the line under the label is sure
        after = next_line(lines, last)
        if after is not None and last == item and after not in reasons and _subheading_over_text(lines, after) \
                and word_count(lines[after]) < word_count(lines[item]):
            after = next_line(lines, after)
        if after is not None and looks_like_body(lines[after]):
            for k in range(item, last + 1):
                reasons[k] = "related"


def _subheading_over_text(lines: list[str], i: int) -> bool:
    """A short line, no sentence, right over a paragraph of the text: the article's subheading."""
    below = next_line(lines, i)
    return word_count(lines[i]) <= CROSSHEAD_WORDS and not ends_like_sentence(lines[i]) \
        and below is not None and looks_like_body(lines[below])


#: The most headlines after the first in a list under 'Read more' inside the article.
_READ_MORE_ITEMS = 5


def _headline_item(line: str) -> bool:
    """Another article's headline as a list prints it: no sentence, or one that quotes
    someone and has no full stop ('… doubled in 2025, customs data show')."""
    return is_list_item(line) or is_linked_headline(line)


def mark_video_cards(lines: list[str], reasons: dict[int, str], start: int, end: int) -> None:
    """Inside the article, a video's card: its length ('VIDEO2:45'), then the video's title
    and the show it comes from, then the article's text again. The title is no sentence of
    the text ('Germany's economic model is 'broken,' says economist', no full stop), the
    show a few words. Anywhere on the page, the player's label alone ('VIDEO') over a title
    and the video's length is such a card too, and so is a player's title behind its label
    over the programme's date line and the player's button."""
    _mark_player_titles(lines, reasons)
    _mark_labelled_videos(lines, reasons)
    for i in range(max(start, 0), end):
        if reasons.get(i) != "gallery" or not is_video_length(lines[i]):
            continue
        j = next_line(lines, i)
        taken = 0
        while j is not None and j < end and j not in reasons and taken < 2:
            line = lines[j]
            if ends_like_sentence(line) or word_count(line) > _VIDEO_TITLE_WORDS or len(line) > 120:
                break
            reasons[j] = "gallery"
            taken += 1
            j = next_line(lines, j)


def _mark_player_titles(lines: list[str], reasons: dict[int, str]) -> None:
    """'Audio: Stahlwerk unter Druck: …' over the programme's date line and the player's
    button ('Audio abspielen'). Without the button the line may be the headline of a page
    about a video ('Video: Moment cargo ship hits Baltimore bridge' over its date line)."""
    for i, line in enumerate(lines):
        if line and i not in reasons and _PLAYER_TITLE.match(line) and not ends_like_sentence(line) \
                and word_count(line) <= _VIDEO_TITLE_WORDS and (below := next_line(lines, i)) is not None \
                and (button := next_line(lines, below)) is not None and reasons.get(button) == "gallery" \
                and (reasons.get(below) == "dateline" or (below not in reasons and has_date_stamp(lines[below]))):
            reasons[i] = "gallery"


def _mark_labelled_videos(lines: list[str], reasons: dict[int, str]) -> None:
    """The player's label alone ('VIDEO', or the share bar's 'Listen') under the page's
    furniture, over the video's or the audio's title and its length ('01:58', which reads like
    a time of day; '3min'). Under a paragraph the label may close a live ticker's entry, the
    next entry's headline and time under it."""
    for i, line in enumerate(lines):
        if not (reasons.get(i) == "gallery" or (reasons.get(i) == "share" and _LISTEN.match(line))) \
                or word_count(line) > 1 or not line.isalpha():
            continue
        if (above := previous_line(lines, i)) is None or above not in reasons:
            continue
        title = next_line(lines, i)
        length = next_line(lines, title) if title is not None else None
        if title is not None and length is not None and title not in reasons and _VIDEO_LENGTH_ALONE.match(lines[length]) \
                and not ends_like_sentence(lines[title]) and word_count(lines[title]) <= _VIDEO_TITLE_WORDS:
            reasons[title] = reasons[length] = "gallery"


#: The share bar's button that plays the audio of the article: 'Listen', 'Anhören'.
_LISTEN = re.compile(r"^(?:Listen|Anhören|Abspielen|Play)$", re.IGNORECASE)
#: A player's title behind its label: 'Audio: Stahlwerk unter Druck: …'.
_PLAYER_TITLE = re.compile(r"^(?:Audio|Video|Podcast)\s*:\s*\S")
#: A video's or an audio's length alone on its line: '01:58', '1:02:14', '3min'.
_VIDEO_LENGTH_ALONE = re.compile(r"^(?:(?:\d{1,2}:)?\d{1,2}:\d\d|\d{1,3}\s?(?:min|mins|minutes|Min\.?|Minuten))$")
#: The most words of a video's title on its card.
_VIDEO_TITLE_WORDS = 15


#: The fewest words of a caption that tells what the picture shows (not 'Business reporter').
_CAPTION_MIN_WORDS = 4
#: The most words a picture's caption has.
_CAPTION_WORDS = 30


#: What the credit under its label alone (``CREDIT_LABEL_ALONE``) is: names in capitals,
#: perhaps parted by a slash ('Westend61/Getty Images').
_CREDIT_NAMES = re.compile(r"^[A-ZÄÖÜ][\w.'’&-]*(?:(?:\s|\s?/\s?)(?:[A-ZÄÖÜ0-9][\w.'’&-]*|via|and|&))*$")
#: The most words of a credit under its label without a slash ('Rheinwerk Chemie'); a section's
#: label 'Credit:' in a markets report stands over a heading ('Investment Grade Spreads Widen').
_CREDIT_WORDS = 3


def _is_credit_names(line: str) -> bool:
    """A few names, or names parted by a slash: the credit under its label."""
    return _CREDIT_NAMES.match(line) is not None and ("/" in line or word_count(line) <= _CREDIT_WORDS)


def mark_captions_over_credits(lines: list[str], reasons: dict[int, str]) -> None:
    """A picture's caption stands right above its credit ('Containerterminal im Hamburger
    Hafen: Der Warenaustausch schrumpft.' over '(Foto: picture alliance/dpa)'): one or two
    short sentences with no quotation in them, directly over a picture's credit alone on
    its line. Under a credit's label alone ('Credit:') stands the credit itself: a few
    names ('Rheinwerk Chemie')."""
    for i, line in enumerate(lines):
        below = i + 1
        if line.endswith((":", "by")) and reasons.get(i, "credit") == "credit" and CREDIT_LABEL_ALONE.match(line) \
                and below < len(lines) and lines[below] and below not in reasons and _is_credit_names(lines[below]) \
                and (line.startswith("Credit") or reasons.get(i - 1) is not None):
            reasons[i] = reasons[below] = "credit"  # (who checked the text: in the header, under its date or
            # byline; 'Edited by' over a book's editor in the text stays)
    _mark_photographers_for_papers(lines, reasons)
    _mark_dated_captions(lines, reasons)
    for i, reason in list(reasons.items()):
        if reason not in ("credit", "copyright") or word_count(lines[i]) > 10 or not is_picture_credit(lines[i]):
            continue
        j = i - 1  # directly above: a blank line parts a paragraph from the next picture
        if j < 0 or not lines[j] or j in reasons:
            continue
        above = previous_line(lines, j)
        if above is not None and above not in reasons and word_count(lines[above]) >= 3 \
                and not looks_like_body(lines[above]) and not has_date_stamp(lines[above]):
            continue  # right under the headline: the teaser, over the picture that follows it (a date line is none)
        if _is_caption(lines[j]) and not _headline_over_picture(lines, reasons, j, i):
            reasons[j] = "credit"
    # the credit over its caption, as some sites print it: 'Getty Images' over 'Electric cars
    # waiting to be loaded …', the article's text going on below the caption
    for i, reason in list(reasons.items()):
        if reason not in ("credit", "agency") or not is_agency_name_alone(lines[i]):
            continue
        if i > 0 and reasons.get(i - 1) == "credit" and not is_picture_credit(lines[i - 1]) \
                and word_count(lines[i - 1]) >= _CAPTION_MIN_WORDS:
            continue  # its caption stands above it ('… in der Steiermark' over 'APA/Erwin Scheriau')
        below = i + 1
        after = next_line(lines, below) if below < len(lines) else None
        if (below < len(lines) and lines[below] and below not in reasons and _is_caption(lines[below])
                and not lines[below].rstrip().endswith(":") and "(" + lines[i] + ")" not in lines[below]
                and after is not None and after not in reasons and looks_like_body(lines[after])):
            reasons[below] = "credit"


#: A photographer and the paper the picture was taken for, alone under the caption: 'Daniel
#: Mears, The Detroit News', 'Nadia Ferreira / OPB'.
_PHOTOGRAPHER_FOR = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2})(?:,\s|\s?/\s?)"
                               r"(?P<paper>[A-Z][\w.'’&-]*(?:\s(?:[A-Z][\w.'’&-]*|of|and|&)){0,4})$")


#: The page's furniture a picture stands under: the share bar, another picture's credit, a gallery.
_PICTURE_FURNITURE = frozenset({"share", "social", "credit", "gallery"})
#: Who gave the picture, alone under its caption: 'Courtesy of Kisaragi Seiko Co.'.
_COURTESY = re.compile(r"^(?:(?:Photo|Image|Picture) )?[Cc]ourtesy of [A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,5}$")


def _mark_photographers_for_papers(lines: list[str], reasons: dict[int, str]) -> None:
    """A person's name and a body's under a caption of a sentence or two, the article's text
    going on below: the picture's credit, and the caption over it; so is 'Courtesy of …' under
    a caption that stands under the page's furniture (the share bar). After a comma the body
    must be a paper ('The Detroit News'): a name and a firm are who speaks in a panel or a
    street poll. (Under the article's last paragraph the same line signs an article off, and
    the paragraph stays.)"""
    for i, line in enumerate(lines):
        if not line or i in reasons:
            continue
        courtesy = _COURTESY.match(line) is not None
        if not courtesy:
            if (m := _PHOTOGRAPHER_FOR.match(line)) is None or not looks_like_org(m["paper"]) \
                    or looks_like_org(m["name"].title() if m["name"].isupper() else m["name"]):  # ('DANIEL KORNELSEN')
                continue
            if ("/" not in line or m["name"].isupper()) and not is_medium(m["paper"]):
                continue  # 'Holger Schmieding, Berenberg' over a panel's answer, 'HOLGER SCHMIEDING / BERENBERG' too
        above, below = previous_line(lines, i), next_line(lines, i)
        if courtesy and (above is None or (over := previous_line(lines, above)) is None
                         or reasons.get(over) not in _PICTURE_FURNITURE):
            continue  # a caption under the share bar ('Courtesy of Uncle Sam' under a paragraph is a subheading)
        if above is None or above in reasons or below is None or below in reasons or not looks_like_body(lines[below]):
            continue
        caption = lines[above]
        if word_count(caption) >= _CAPTION_MIN_WORDS and ends_like_sentence(caption) and not QUOTE_MARK.search(caption) \
                and sentence_breaks(caption) <= 1 and word_count(caption) <= _CAPTION_WORDS + 10:
            reasons[i] = reasons[above] = "credit"


#: What stands next to a picture's caption: its credit, the share bar, a gallery's or a
#: player's buttons, an advertisement, a box of links (a date line or a byline stands over the
#: article's first sentence as often: '… died at his home in Erlangen, Jan. 4, 2025.').
_PICTURE_NEIGHBOURS = frozenset({"credit", "share", "social", "gallery", "ad", "related", "navigation", "subscribe",
                                 "newsletter", "copyright"})


def _mark_dated_captions(lines: list[str], reasons: dict[int, str]) -> None:
    """A wire picture's caption closed by the day it was taken (see
    :func:`.picture_lines.is_dated_caption`) or by its photographer or agency in brackets,
    next to the page's furniture round a picture. Between two paragraphs such a line is the
    article's: a record date, a timeline's entry, a paragraph closed by its agency."""
    for i, line in enumerate(lines):
        if not line or i in reasons:
            continue
        if is_dated_caption(line):
            beside: tuple[int | None, ...] = (previous_line(lines, i), next_line(lines, i))
            kinds = _PICTURE_NEIGHBOURS
        elif is_bracketed_credit_caption(line):
            # under the share bar or another picture: the report's paragraph closed by '(AFP)' or a
            # reader's letter signed '(Margaret Ellison)' has the share bar or the copyright under it
            beside, kinds = (previous_line(lines, i),), _PICTURE_FURNITURE
        else:
            continue
        if any(j is not None and reasons.get(j) in kinds for j in beside):
            reasons[i] = "credit"


def _headline_over_picture(lines: list[str], reasons: dict[int, str], at: int, credit: int) -> bool:
    """The page's headline over its picture's credit ('Chinesische Stacks für mitteldeutschen
    Chemiepark' over 'Bild: Shutterstock / …'): the first line under the page's menu, before
    any sentence of the article, no sentence itself, and under the credit (past its date line)
    the teaser or the text begins. Over it stands the menu, the trail or a kicker (still
    unmarked here: 'WASSERSTOFF:'; a short line in lower case over a caption may be the
    headline itself, 'Trump fires Powell'). A picture over the headline has the headline under its
    credit, a picture in the text has the article's sentences above it. A headline may read
    like a sentence too ('Was bedeutet der Zollstreit für deutsche Autobauer?', '„Wir haben
    keine andere Wahl“, sagt der Chef'): what follows the credit must be longer than one and
    end like a sentence, with no question or quotation headline's shape."""
    above = previous_line(lines, at)
    if above is None or (reasons.get(above) not in _HEADER_CHROME and not (
            above not in reasons and word_count(lines[above]) <= _KICKER_WORDS and _KICKER_SHAPE.match(lines[above]))):
        return False
    line = lines[at]
    if word_count(line) < 3 or NO_HEADLINE_END.search(line) or ends_like_sentence(line):
        return False
    if any(text and k not in reasons and looks_like_body(text) for k, text in enumerate(lines[:at])):
        return False
    after = next((k for k in range(credit + 1, len(lines)) if lines[k] and k not in reasons), None)
    return after is not None and word_count(lines[after]) > _HEADLINE_WORDS and ends_like_sentence(lines[after]) \
        and not lines[after].rstrip().endswith("?") and not is_speech_headline(lines[after])


#: What the page prints over its headline: its menu, its trail of sections, a kicker.
_HEADER_CHROME = frozenset({"navigation", "breadcrumb", "kicker"})
#: A kicker or a menu's item has at most this many words.
_KICKER_WORDS = 3
#: A kicker by its look: in capitals, or closed by its colon.
_KICKER_SHAPE = re.compile(r"^[^a-zäöüß]+$|.:$")
#: A headline has at most this many words; a teaser or a paragraph has more.
_HEADLINE_WORDS = 12


def mark_doubled_captions(lines: list[str], reasons: dict[int, str], start: int, end: int) -> None:
    """A caption printed twice in a row, once with its credit glued on and read as a
    credit ('Gespräche im Konferenzsaal: …' over 'Gespräche im Konferenzsaal: … © Foto:
    …'): the other copy is the same caption. A copy with who gave the picture in brackets
    ('(WSMV)') is the caption's; the first copy may also be a report's lead printed twice
    ('… the U.S. Geological Survey said.' over '… said. (AP)'), and stays. An article never
    prints a paragraph twice in a row, and a line that only opens the next one is no copy of it."""
    for i in range(max(start, 0), min(end + 1, len(lines))):
        below = next_line(lines, i) if lines[i] else None
        if below is None or i in reasons or below in reasons or not _credited_copy(lines[i], lines[below]):
            continue
        reasons[below] = "credit"  # (the first copy stays: it may be the report's lead, printed again as a summary)
    for i in range(max(start, 0), min(end + 1, len(lines))):
        below = next_line(lines, i) if lines[i] else None
        if below is None or (i in reasons) == (below in reasons) or not _doubled(lines[i], lines[below]):
            continue
        if reasons.get(i, reasons.get(below)) == "credit":
            reasons[i] = reasons[below] = "credit"


#: Who gave the picture, in brackets glued to its caption's second copy: '(WSMV)', '(Photo: Jane Roe)'.
_BRACKETED_GIVER = re.compile(r"^\s?\([A-Z][\w.&'’ /:-]{1,30}\)$")


def _credited_copy(line: str, below: str) -> bool:
    """A sentence, then the same sentence with who gave the picture in brackets glued on: the
    caption printed twice (a report does not repeat its sentence with a name in brackets)."""
    return below.startswith(line) and _BRACKETED_GIVER.match(below[len(line):]) is not None \
        and ends_like_sentence(line) and word_count(line) <= _CAPTION_WORDS and sentence_breaks(line) <= 1 \
        and not QUOTE_MARK.search(line)


def _doubled(line: str, other: str) -> bool:
    """The same line twice, or once more with its credit glued on."""
    shorter, longer = sorted((line, other), key=len)
    return shorter == longer or (longer.startswith(shorter) and word_count(shorter) >= _CAPTION_MIN_WORDS
                                 and is_picture_credit(longer[len(shorter):].strip()))


def _is_caption(line: str) -> bool:
    """One or two short sentences with no quotation in them: as long as a caption runs. A
    caption shows a picture; a sentence with a share or an amount in it ('Shipments dropped
    11% to about 18 billion euros') is the article's, over a picture that has no caption —
    unless it points at the picture ('… plant near Greer, shown here in February, will add a
    hall under an $86 million expansion')."""
    return (word_count(line) <= _CAPTION_WORDS and not QUOTE_MARK.search(line)
            and sentence_breaks(line) <= 1 and not is_reported_speech(line)
            and (not _AMOUNT.search(line) or _POINTS_AT_PICTURE.search(line) is not None))


#: Words of a caption that point at its picture: 'shown here', 'pictured here', 'seen here' (a German
#: text names its man '(im Bild)' in a sentence of its own).
_POINTS_AT_PICTURE = re.compile(r"\b(?:shown|pictured|seen) (?:here|above|below)\b")


#: A share or an amount of money: what the article's sentences report and captions do not.
_AMOUNT = re.compile(
    r"\d\s?%|\d\s(?:Prozent|percent|per cent)\b|\b(?:billion|million|trillion|Milliarden|Millionen|Billionen|Mrd\.|Mio\.)"
    r"|[$€£¥]\s?\d",
    re.IGNORECASE,
)


#: A lower-case letter or a colon right before a capital, a word in capitals before a capitalised
#: one, a word right before a quotation, a paywall's badge: where a page may have glued a kicker on.
GLUE_HINT = re.compile(r"[a-zäöüß:][A-ZÄÖÜ]|[A-ZÄÖÜ]{4}[A-ZÄÖÜ][a-zäöüß]|[a-zäöüß][„“\"][A-ZÄÖÜ]|" + GLUED_BADGE.pattern)


def mark_cards(lines: list[str], reasons: dict[int, str], start: int, end: int) -> None:
    """Cards of other articles set into the text: a headline printed twice (the picture's
    link and the title's), perhaps each under the same kicker ("Business"), then one
    sentence of teaser.  A headline the article repeats is never printed twice in a row."""
    for i in range(start + 1, end):
        if not lines[i] or i in reasons or looks_like_body(lines[i]) or word_count(lines[i]) < 3:
            continue
        card = _card_at(lines, reasons, i, end)
        if not card:
            continue
        for j in card:
            reasons[j] = "related"
        k = next_line(lines, card[-1])
        if (
            k is not None and k < end and k not in reasons and looks_like_body(lines[k])
            and word_count(lines[k]) <= CARD_TEASER_WORDS and sentence_breaks(lines[k]) == 0
        ):
            reasons[k] = "related"


#: The most lines between the date stamps of two cards in a row (headline, teaser, stamp).
_CARD_SPAN = 4


def mark_dated_cards(lines: list[str], reasons: dict[int, str], start: int, end: int) -> None:
    """Cards of other articles in a row in or under the text, each a headline, perhaps a
    sentence of teaser, and its date ('Business05/22/2026May 22, 2026'): two or more such
    date stamps a few lines apart, below the article's opening, mark their cards. A card
    ends with its date; a chronology's last date still has its event under it."""
    stamps = [
        i for i in range(max(start, 0) + 3, len(lines) if end >= 0 else 0)
        if lines[i] and i not in reasons and len(lines[i]) <= 80 and _is_card_stamp(lines, i)
    ]
    runs: list[list[int]] = []
    for i in stamps:
        if runs and i - runs[-1][-1] <= _CARD_SPAN:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in (r for r in runs if len(r) >= 2):
        after = next_line(lines, run[-1])
        if after is not None and after not in reasons and not looks_like_body(lines[after]):
            continue  # a chronology: each date over its event ('June 15, 2020' over 'Shops reopen')
        for k, stamp in enumerate(run):
            top = run[k - 1] + 1 if k else stamp - _CARD_SPAN + 1
            card = [j for j in range(max(top, start), stamp + 1) if lines[j] and j not in reasons]
            sentences = [j for j in card[:-1] if ends_like_sentence(lines[j])]
            if not k and sentences and sentences[0] == card[0] and (over := previous_line(lines, card[0])) is not None \
                    and over not in reasons and looks_like_body(lines[over]):
                continue  # a card begins with its headline: a sentence under the article's paragraph is the article's
            if len(card) <= 3 and len(sentences) <= 1 and all(word_count(lines[j]) <= CARD_TEASER_WORDS for j in card):
                for j in card:
                    reasons[j] = "related"


def _is_card_stamp(lines: list[str], i: int) -> bool:
    """A card's date line: a date of a few words ('May 22, 2026'), or a date with its time whose
    'p.m.' ends it like a sentence ('Mar. 03, 2025, 4:12 p.m.') under a card's headline (a
    timeline has an event's sentence there: 'Operators shut down the compressor.')."""
    line = lines[i]
    if not has_date_stamp(line) or _FIGURE.search(without_date_stamps(line)) or _ENTRY_TIME.match(line):
        return False  # (a date and a figure: a row of a table of rates or prices, 'March 3, 2025 1.0465')
    if word_count(line) <= _CARD_STAMP_WORDS and not looks_like_body(line):
        return True
    found = find_date(line)
    above = previous_line(lines, i)
    return found is not None and word_count(TIME.sub(" ", line[: found[1]] + line[found[2]:])) == 0 \
        and above is not None and not ends_like_sentence(lines[above])


#: A time that opens an entry of the article's own: a live blog's ('+++ 09:41 Uhr +++'), a
#: calendar's event after its time ('10:00 Germany GfK consumer confidence (April)').
_ENTRY_TIME = re.compile(r"^\+{2,}\s?.{1,30}\s?\+{2,}$|^[0-2]?\d[:.][0-5]\d\s+(?!(?:Uhr|[AaPp]\.?[Mm]\.?|ET|CET|GMT|UTC)\b)"
                         r"[A-ZÄÖÜ][\w-]*(?:\s+\S+){1,}")
#: A figure standing alone on a date line once its date is out ('1.0465'; not the digits glued
#: into 'Business05/22/2026' nor a time's '11:20AM').
_FIGURE = re.compile(r"(?<![\w/:.,])[-+]?\d+(?:[.,]\d+)*%?(?![\w/:])")
#: The most words of a card's date line read by its shape alone.
_CARD_STAMP_WORDS = 6


def mark_lone_dated_card(lines: list[str], reasons: dict[int, str], start: int, end: int) -> None:
    """One card of another article set between two paragraphs: its section, its headline
    and its date alone ('World & Nation', 'China’s EV price war spills into Mexico’s
    showrooms', 'May 2, 2025'), the text going on below. A crosshead is shorter than a
    headline, and a chronology's date stands over its event, not under a title."""
    for i in range(max(start, 0) + 1, min(end, len(lines) - 1)):
        line = lines[i]
        if not line or len(line) > _CARD_DATE_CHARS or i in reasons or word_count(line) > 4 or looks_like_body(line) \
                or not has_date_stamp(line) or _ENTRY_TIME.match(line):
            continue  # (the length first: this runs over every line of the text)
        title, below = previous_line(lines, i), next_line(lines, i)
        if title is None or below is None or title in reasons or below in reasons or not looks_like_body(lines[below]):
            continue
        if not _CARD_TITLE_WORDS[0] <= word_count(lines[title]) <= _CARD_TITLE_WORDS[1] or ends_like_sentence(lines[title]):
            continue
        card = [title, i]
        above = previous_line(lines, title)
        if above is not None and above not in reasons and is_kicker(lines[above]):
            card.insert(0, above)
            above = previous_line(lines, above)
        if above is None or above in reasons or not looks_like_body(lines[above]):
            continue  # the card stands between paragraphs of text
        for j in card:
            reasons[j] = "related"


#: A card's date line alone is at most this long ('Wednesday, 30 October 2024').
_CARD_DATE_CHARS = 40
#: How many words the headline of a card has: more than a crosshead.
_CARD_TITLE_WORDS = (5, 20)


def _card_at(lines: list[str], reasons: dict[int, str], i: int, end: int) -> list[int]:
    """The lines of a card whose headline is line ``i`` printed again right below it (or
    below a kicker that also stands above it), else nothing."""
    below = next_line(lines, i)
    if below is None or below > end or below in reasons:
        return []
    if lines[below] == lines[i]:
        return [i, below]
    again = next_line(lines, below)
    above = previous_line(lines, i)
    if (
        again is not None and again <= end and again not in reasons and lines[again] == lines[i]
        and is_kicker(lines[below]) and above is not None and above not in reasons and lines[above] == lines[below]
    ):
        return [above, i, below, again]
    return []
