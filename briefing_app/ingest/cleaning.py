"""From normalised lines to clean text, removed lines and metadata.

This is where the rules of :mod:`.boilerplate` and :mod:`.metadata` meet the layout of
a page: metadata lines are only believed in the margins, above the first body
paragraph or below the last (in the middle, "Quelle: Destatis" under a chart is part
of the article; a date line or a byline may also sit under the teaser); the headline is
found by :mod:`.headline` and what stands above it is the page's header; and the clean
text is rendered from the lines that stay.

A pasted web page also brings the page around the article, which no single line
gives away: a menu one item per line, a share bar one button per line, the headlines
listed under "Mehr zum Thema", lists of other articles below the text.  These are
found as runs of lines, and only outside the article, whose extent :mod:`.page_extent`
works out: the largest block of sentences, the headline next to it, the page below it
from the first piece of furniture only a page has, so a list or a table the article
itself continues with stays.

:func:`render` is a pure function of the lines and the set of removed indices, which
is what makes restoring a removed line exact: recompute the lines from the original
bytes, drop one index from the set, render again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from briefing_app.core.article import RemovedLine

from .boilerplate import RULES, Rule, classify, is_related_label
from .cards_and_captions import (
    GLUE_HINT,
    mark_captions_over_credits,
    mark_cards,
    mark_dated_cards,
    mark_doubled_captions,
    mark_glued_teasers,
    mark_lone_dated_card,
    mark_read_more_items,
    mark_video_cards,
)
from .dates import TIME, find_date, has_date_stamp, latest_year, release_dateline_date, slash_order
from .glued_kickers import glued_kicker, page_word_counts
from .header_stamps import mark_stamps, signed_byline
from .headline import (
    HEADING_MARK,
    NO_HEADLINE_END,
    comparable,
    find_headline,
    is_kicker,
    is_speech_headline,
    is_title_case,
    title_of,
)
from .metadata import (
    Found,
    Metadata,
    is_described_byline,
    parse_breadcrumb_section,
    parse_metadata_line,
    parse_url,
    trailing_author_code,
)
from .navigation_lines import (
    breadcrumb_parts,
    glued_links,
    is_menu_item,
    is_navigation_word,
    is_service_link,
    is_share_bar,
    is_share_item,
    is_statement,
)
from .page_extent import (
    PARAGRAPH_CHARS,
    article_core,
    content_words,
    end_of_article,
    first_paragraph,
    is_paragraph,
    is_web_page,
    mark_list_runs,
    mark_page_below,
    mark_repeated_labels,
    mark_tail_below_text,
    next_line,
    on_topic,
    page_below_start,
    repeated_labels,
    text_mass,
)
from .reflow import reflow
from .related_lists import collect_related_list
from .text_shape import ends_like_sentence, is_reported_speech, looks_like_body, word_count
from .writer_boxes import (
    author_biography,
    author_box,
    byline_biographies,
    mark_about_us_boxes,
    mark_profile_boxes,
    writer_note_at_end,
)


@dataclass(frozen=True)
class Profile:
    """Which rules a kind of source gets.

    Copied text gets everything.  A web page has already been through trafilatura,
    which drops menus and keeps the headline out of the text, so it gets only the
    line rules that proved safe on the extraction benchmark.
    """

    rules: tuple[Rule, ...] = RULES
    metadata: bool = True
    headline: bool = True
    reflow: bool = False
    #: Metadata reasons this source never has (a web page's bare URLs are link lists).
    skip_metadata: frozenset[str] = frozenset()
    #: Look for the page around the article (menus, link lists, site header): a copied
    #: web page has it; a PDF's short lines are more often table cells.
    page_chrome: bool = True


TEXT = Profile()
PDF = Profile(reflow=True, page_chrome=False)


@dataclass
class Cleaned:
    text: str
    removed: list[RemovedLine]
    meta: Metadata = field(default_factory=Metadata)


def clean_lines(
    lines: list[str],
    profile: Profile = TEXT,
    *,
    known_title: str = "",
    preset: dict[int, str] | None = None,
) -> Cleaned:
    """Sort ``lines`` into article text and clutter, collecting metadata on the way.

    ``preset`` holds lines the reader has already recognised (a PDF's page numbers).
    """
    # sentences that are page furniture ("Wir verwenden Cookies …") do not open the article
    verdicts = [classify(line, profile.rules) if line else None for line in lines]
    body = [
        i for i, line in enumerate(lines)
        if line and not verdicts[i] and looks_like_body(line) and not is_speech_headline(line)
    ]
    first_body = body[0] if body else len(lines)
    last_body = body[-1] if body else -1
    #: A date line or a byline may sit under the teaser, before the second paragraph of text
    #: (a picture's caption over its credit is none, nor a headline of two sentences in title
    #: case: 'A German Truck Parts Maker Is Betting on the Port. Tariff Talk Might Wreck the Plan.').
    paragraphs = [i for i in body if is_paragraph(lines[i]) and not _over_credit(lines, verdicts, i)
                  and not is_described_byline(lines[i]) and not is_title_case(lines[i])]
    date_margin = paragraphs[1] if len(paragraphs) > 1 else len(lines)
    #: Something stands above the first paragraph (a headline): that paragraph may be a teaser.
    headed = any(lines[:first_body])
    reasons: dict[int, str] = dict(preset or {})
    skip = set(profile.skip_metadata)
    if sum(1 for line in lines if parse_url(line)) > 2:
        skip.add("url")  # a list of links is content; the page's own address comes alone
    collector = _MetadataCollector()
    labels = cache(lambda: frozenset(repeated_labels(lines)))  # found once, and only if a list needs them
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in reasons:
            i += 1
            continue
        found = parse_metadata_line(line) if (line and profile.metadata) else None
        inside = found is not None and (first_body <= i <= last_body or looks_like_body(line))
        under_teaser = (
            found is not None
            and (found.reason == "dateline" or (found.reason == "author" and headed))
            and i < date_margin
            # (a date line whose every piece was read is no sentence, even when it ends like
            # one: 'Aktualisiert am 22.01.2025 - 15:12 UhrLesedauer: 3 Min.')
            and (found.reason == "dateline" or not looks_like_body(line) or is_described_byline(line))
        )
        closing_source = found is not None and found.reason == "source" and i == last_body and "outlet" in found.values
        # a labelled publication date ('Erstpublikation: …', a broadcaster's closing note) is
        # metadata wherever it stands
        labelled_date = found is not None and found.reason == "dateline" and found.date_rank == 2
        if inside and not under_teaser and not closing_source and not labelled_date:
            if found is not None and found.reason == "author" and not looks_like_body(line):
                reasons[i] = "author"  # 'Von Katharina Brenner' alone between paragraphs: another article's card
                i += 1
                continue
            found = None  # inside the body "Quelle: Destatis" is a figure's source, "Themen: …" an agenda
        if found and found.reason in skip:
            found = None
        if found and found.reason == "tags" and not found.values.get("tags") and not any(lines[:i]):
            found = None  # the page's first line: 'Themen' opens the site's menu, no list of tags
            reasons[i] = "navigation"
        if found:
            reasons[i] = found.reason
            collector.add(found, i, bare=found.reason == "dateline" and found.date_rank == 1
                          and (word_count(line) <= 4 or set(found.values) == {"published"}))
            if found.reason == "tags" and not found.values.get("tags"):
                i = _collect_tag_list(lines, i + 1, reasons, collector)
                continue
        elif line and (reason := verdicts[i]):
            reasons[i] = reason
            if reason == "breadcrumb" and not collector.meta.section:
                collector.meta.section = parse_breadcrumb_section(line)
            if reason == "related" and is_related_label(line):
                i = collect_related_list(lines, i + 1, reasons, last_body, verdicts, contiguous=i < first_body,
                                         labels=labels())
                continue
        i += 1
    chrome = profile.headline and profile.page_chrome
    start, end, author_seen = 0, -1, ""
    page_words = cache(lambda: page_word_counts(lines))  # counted once, and only if a kicker looks glued
    if chrome:
        _mark_cut_first_line(lines, reasons)
        mark_about_us_boxes(lines, reasons)
        mark_profile_boxes(lines, reasons)
        _mark_boxed_lines(lines, reasons)
    #: Where the article's text begins: its first sentence, its first paragraph.
    starts: tuple[int, ...] = ()
    line_rules_only = dict(reasons)
    if chrome:
        _mark_menu_runs(lines, reasons, first_body, last_body)
        _mark_share_runs(lines, reasons)
        mark_repeated_labels(lines, reasons)
        start, end = article_core(lines, reasons)
        end = author_biography(lines, reasons, start, end)
        end = byline_biographies(lines, reasons, start, end, collector.meta.author)
        end = writer_note_at_end(lines, reasons, start, end)
        author_seen = collector.meta.author
        mark_cards(lines, reasons, start, end)
        mark_dated_cards(lines, reasons, start, end)
        mark_lone_dated_card(lines, reasons, start, end)
        mark_glued_teasers(lines, reasons, start, end, page_words)
        mark_read_more_items(lines, reasons, start, end)
        mark_video_cards(lines, reasons, start, end)
        mark_captions_over_credits(lines, reasons)
        mark_list_runs(lines, reasons, 0, start, max_words=3, reason="navigation")
        if end >= 0 and is_web_page(reasons):
            text_start = first_paragraph(lines, reasons, start, end)
            starts = (start, text_start) if start < text_start else (start,)
            _mark_trail_over_title(lines, reasons, text_start)
        collector.forget_date_below(end, lines)
        _read_metadata_after(lines, reasons, end, collector)
        below = author_box(lines, reasons, end_of_article(lines, reasons, end))
        footer = page_below_start(lines, reasons, below)  # before the lists below: a gallery's captions are one
        mark_list_runs(lines, reasons, below, len(lines), max_words=15, reason="links")
        if is_web_page(reasons):
            mark_page_below(lines, reasons, footer, text_mass(lines, range(start, end + 1), reasons))
            mark_tail_below_text(lines, reasons)
        if not any(line and i not in reasons for i, line in enumerate(lines)):
            reasons = line_rules_only  # nothing would be left: the text has no page around it
            starts = ()
    headline, passed_over = find_headline(lines, reasons, known_title, guess=profile.headline, starts=starts,
                                          is_byline=lambda line: signed_byline(line, lines) is not None)
    if passed_over is not None:
        reasons[passed_over] = "page_header"  # the line the headline was preferred to, under it
    if headline is not None:
        reasons[headline] = "headline"
        title = title_of(HEADING_MARK.sub("", lines[headline]))
        if chrome and GLUE_HINT.search(title) and (glue := glued_kicker(title, page_words(), headline=True)) is not None:
            title = title[glue:]  # 'Exporte brechen einChina fällt …': the kicker glued on
        collector.meta.title = title
        if chrome:
            if starts and headline < starts[0]:
                # a long menu between the headline and the text: the headline and text are
                # never parted by eight lines of links
                mark_list_runs(lines, reasons, headline + 1, starts[0], max_words=6, reason="navigation", min_run=8)
            _mark_kicker(lines, reasons, headline)
            _mark_page_header(lines, reasons, headline)
            _mark_repeated_headline(lines, reasons, headline)
            mark_stamps(lines, reasons, headline, collector)
            _mark_categories(lines, reasons, headline, collector)
    elif chrome:
        collector.meta.title = _title_in_breadcrumb(lines, reasons) or collector.meta.title
    if chrome:  # once the date and the byline under the headline are read
        mark_doubled_captions(lines, reasons, start, end)
    if chrome and collector.meta.author != author_seen:
        # the byline was read next to the date under the headline: its writers' notes go too
        byline_biographies(lines, reasons, start, end, collector.meta.author)
    if profile.metadata and not collector.meta.author and body:
        code = trailing_author_code(lines[body[-1]])
        if code is not None:  # '… sagte er. (abc)': the code is read, the sentence stays whole
            collector.add(code)
    if profile.metadata and collector.meta.published is None:
        collector.meta.published = _date_in_the_pages_order(lines, reasons) or _release_date(lines, reasons)
    removed = [RemovedLine(lines[i], reason, i) for i, reason in sorted(reasons.items())]
    return Cleaned(render(lines, set(reasons), reflow_paragraphs=profile.reflow), removed, collector.meta)


def _over_credit(lines: list[str], verdicts: list[str | None], i: int) -> bool:
    """The line stands right over a picture's credit ('Foto: …', '© FUNKE Foto Services |
    Jörn Tietz'): it is the picture's caption."""
    below = next_line(lines, i)
    return below is not None and verdicts[below] in ("credit", "copyright")


def render(lines: list[str], removed: set[int], *, reflow_paragraphs: bool = False) -> str:
    """The clean text: kept lines, paragraphs separated by exactly one blank line."""
    paragraphs: list[list[str]] = [[]]
    for i, line in enumerate(lines):
        if i in removed:
            continue
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    blocks = [p for p in paragraphs if p]
    if reflow_paragraphs:
        return "\n\n".join(paragraph for block in blocks for paragraph in reflow(block))
    return "\n\n".join("\n".join(block) for block in blocks)


class _MetadataCollector:
    """First value wins, except that a labelled publication date beats an update stamp
    and an outlet named in the dateline beats a 'Quelle:' line."""

    def __init__(self) -> None:
        self.meta = Metadata()
        self._date_rank = -1
        self._outlet_from_dateline = False
        #: The line the publication date was read from, if it stood alone (its time of day at
        #: most) and unlabelled.
        self.bare_date_line = -1
        #: The date that bare date displaced (an update stamp under the headline), and its rank.
        self._displaced: tuple[date | None, int] = (None, -1)

    def add(self, found: Found, line: int = -1, bare: bool = False) -> None:
        values = found.values
        meta = self.meta
        published = values.get("published")
        if isinstance(published, date) and found.date_rank > self._date_rank:
            self._displaced = (meta.published, self._date_rank) if bare else (None, -1)
            meta.published = published
            self._date_rank = found.date_rank
            self.bare_date_line = line if bare else -1
        if values.get("outlet"):
            from_dateline = found.reason == "dateline"
            if not meta.outlet or (from_dateline and not self._outlet_from_dateline):
                meta.outlet = str(values["outlet"])
                self._outlet_from_dateline = from_dateline
        for key in ("author", "url"):
            if values.get(key) and not getattr(meta, key):
                setattr(meta, key, str(values[key]))
        tags = values.get("tags", ())
        for tag in tags if isinstance(tags, (list, tuple)) else ():
            if tag not in meta.tags:
                meta.tags.append(str(tag))

    def forget_date_below(self, end: int, lines: list[str]) -> None:
        """A bare date under the article's end dates a teaser of another article ('12 Feb
        2025' in a list of related stories), not this one: the article has no date — unless
        it stands right under the article's last line with the time of day, as the article's
        own date line does ('2026-02-11 HKT 17:48'; a card's date has no time) — or, with its
        time, anywhere under the article when no other date stands there (a list of cards
        dates each card: 'January 20, 2026 | 10:15 am'). The date it displaced, if any ('Last
        Updated : 18 February 2025'), is the article's again."""
        if end < 0 or self.bare_date_line <= end:
            return
        timed = TIME.search(lines[self.bare_date_line]) is not None
        own = timed and (next_line(lines, end) == self.bare_date_line
                         or sum(1 for line in lines[end + 1:] if line and has_date_stamp(line)) == 1)
        if not own:
            self.meta.published, self._date_rank = self._displaced
            self.bare_date_line = -1


def _text_start(lines: list[str], reasons: dict[int, str]) -> int:
    """The first kept line that reads as running text (the end of the lines if none does)."""
    return next((i for i, line in enumerate(lines) if line and i not in reasons and looks_like_body(line)), len(lines))


def _date_in_the_pages_order(lines: list[str], reasons: dict[int, str]) -> date | None:
    """The date of a date line over the text written '05/03/2025', read in the order the
    page writes its other dates ('19/02/2025' under a related item: day first) — never
    guessed when the page shows no order, or both."""
    stamps = [i for i in range(_text_start(lines, reasons)) if reasons.get(i) == "dateline"]
    # (the order shows in the page's own dates, its cards' and its date lines', not in dates the
    # article quotes: a US court filing '02/19/2025' in a British report)
    if not stamps or (day_first := slash_order("\n".join(lines[i] for i in reasons))) is None:
        return None
    for i in stamps:
        if (found := find_date(lines[i], day_first=day_first)) is not None:
            return found[0]
    return None


def _release_date(lines: list[str], reasons: dict[int, str]) -> date | None:
    """The date a press release's first paragraph opens with ('Bremen, 22.09.2025 – …'), on a
    page that shows no date line. An article that opens on a past event the same way
    ('Peking, 10. Oktober 1984 – In der Großen Halle …') names later years: an opening date
    years before the latest year the text names is the event's, not the page's."""
    start = _text_start(lines, reasons)
    when = release_dateline_date(lines[start]) if start < len(lines) else None
    if when is None:
        return None
    latest = latest_year("\n".join(line for i, line in enumerate(lines) if line and i not in reasons))
    return None if latest is not None and latest - when.year > _RELEASE_YEARS_AHEAD else when


#: The most years a release names ahead of its date (its plans, '… bis 2030').
_RELEASE_YEARS_AHEAD = 5


def _collect_tag_list(lines: list[str], start: int, reasons: dict[int, str], collector: _MetadataCollector) -> int:
    """'Themen:' alone on a line, the tags one per line below it (up to a blank line, a
    date — no tag, it dates the article or the next item —, the label of a list of other
    articles: 'Related Articles', or a link to the site's own pages: 'About Us')."""
    i = start
    while i < len(lines) and lines[i] and i - start < 15:
        line = lines[i]
        if word_count(line) > 4 or (NO_HEADLINE_END.search(line) and not line.endswith(",")) or has_date_stamp(line) \
                or is_related_label(line) or is_service_link(line):
            break
        reasons[i] = "tags"
        collector.add(Found("tags", {"tags": [line.strip(" ,")]}))
        i += 1
    return i


def _title_in_breadcrumb(lines: list[str], reasons: dict[int, str]) -> str:
    """The article's title as the last part of the breadcrumb trail ('News » Business »
    Harbour authority approves …'), when no headline stands on a line of its own."""
    for i, reason in reasons.items():
        if reason == "breadcrumb" and (parts := breadcrumb_parts(lines[i])) and word_count(parts[-1]) > 5:
            return parts[-1]
    return ""


def _mark_cut_first_line(lines: list[str], reasons: dict[int, str]) -> None:
    """A selection dragged from the middle of a word above the article starts with the
    rest of that word or menu ('oom > Press Releases', 'tschaftsthemen'): a few words in
    lower case first, no sentence — never the headline."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None or first in reasons:
        return
    line = lines[first]
    first_word = line.split()[0]
    # ('iPhone-Absatz bricht ein' keeps its capital inside the first word: a headline)
    if not (first_word.isalpha() and first_word.islower()):
        return
    if word_count(line) <= 6 and not ends_like_sentence(line):
        reasons[first] = "navigation"
    elif (j := next_line(lines, first)) is not None and not looks_like_body(lines[j]):
        # the last sentences of the item above, cut in a word ('twurf nach Angaben … fest.'),
        # over the lines that head the next item: not the article's text
        reasons[first] = "page_header"


#: Boxes whose first and last line are named alike: a box asking to follow the site, to
#: subscribe to a newsletter or to buy a subscription.
_BOXES = frozenset({"social", "newsletter", "subscribe", "comments"})
#: The most words of a line such a box has between its title and its button.
_BOXED_WORDS = 40
#: The most lines it has there.
_BOXED_LINES = 6
#: A newsletter's schedule under its text in the box: 'Delivery: Thu', 'Erscheint: freitags'.
_SCHEDULE = re.compile(r"^(?:Delivery|Delivered|Frequency|Erscheint|Versand|Zustellung)\s*:\s*[\w ,.&-]{2,30}$", re.IGNORECASE)


#: What a paywall's plea over its button speaks of: the newsroom's journalism.
_PLEA = re.compile(r"\b(?:journalism|Journalismus|Qualitätsjournalismus|newsroom|our reporting|unsere Recherchen)\b",
                   re.IGNORECASE)


def _mark_boxed_lines(lines: list[str], reasons: dict[int, str]) -> None:
    """The lines of a box between its title and its button ('Follow Sky News on WhatsApp',
    'Keep up with all the latest news … by following Sky News', 'Tap here'), or a
    paywall's list of what a subscription brings between its two offers: the box's
    words, not the article's, when the lines right above and below them are of one box.
    A paywall's plea for its journalism right over its button goes with the button."""
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and lines[end] and end not in reasons and end - i < _BOXED_LINES:
            end += 1
        run = range(i, end)
        box = reasons.get(end)
        if end > i and box in _BOXES:
            # (a run of lines only between a paywall's offers: what a subscription brings;
            # between two lines of a newsletter or a comment box one line, its text — or, in a
            # newsletter's box, its text over its schedule: 'Delivery: Thu')
            if reasons.get(i - 1) == box and (len(run) == 1 or box == "subscribe" or (
                    box == "newsletter" and len(run) == 2 and _SCHEDULE.match(lines[run[1]]))) and all(
                    word_count(lines[k]) <= _BOXED_WORDS and not is_reported_speech(lines[k]) for k in run):
                reasons.update(dict.fromkeys(run, box))
            elif box == "subscribe" and word_count(lines[end - 1]) <= _BOXED_WORDS and _PLEA.search(lines[end - 1]):
                reasons[end - 1] = "subscribe"  # 'In a time of misinformation, quality journalism is more crucial than ever.'
        i = max(end, i + 1)
    _mark_newsletter_names(lines, reasons)


#: A newsletter's name: 'VN-Newsletter', 'Berliner Morgenpost Newsletter', 'Newsletter „Wirtschaft im Süden“' —
#: names in capitals before the word, or a name in quotes after it ('Der Newsletter als Geschäftsmodell' is a crosshead).
_NEWSLETTER_NAME = re.compile(
    r"^(?!(?:Der|Die|Das|Dein|Ihr|Unser|The|Our|Your|A|An)\b)(?:[A-ZÄÖÜ0-9][\w.&'’+-]*\s){0,4}(?:[\w-]+-)?[Nn]ewsletter$"
    r"|^Newsletter\s*[„\"“»«][^\"“”„»«]{2,40}[“\"”«»]$"
)
#: The most words of a newsletter's name over its box.
_NEWSLETTER_NAME_WORDS = 6


def _mark_newsletter_names(lines: list[str], reasons: dict[int, str]) -> None:
    """The name of a newsletter right over or under its sign-up box: a few words with the
    word 'newsletter' in them. A crosshead over the box names no newsletter and stays."""
    for i, line in enumerate(lines):
        if "ewsletter" not in line or i in reasons or word_count(line) > _NEWSLETTER_NAME_WORDS \
                or _NEWSLETTER_NAME.match(line) is None:
            continue
        if "newsletter" in (reasons.get(i - 1), reasons.get(i + 1)):
            reasons[i] = "newsletter"


def _mark_menu_runs(lines: list[str], reasons: dict[int, str], first_body: int, last_body: int) -> None:
    """Vertical menus above and below the article: three or more short lines in a row,
    at least half of them known navigation words ('Politik', 'Impressum', 'About Us').

    Only in the margins: inside the article, a run of short lines is a list.
    """
    run: list[int] = []

    def close() -> None:
        known = sum(1 for j in run if is_navigation_word(lines[j]))
        if (len(run) >= 3 and 2 * known >= len(run)) or (run and known == len(run) and len(run) >= 2):
            for j in run:
                reasons.setdefault(j, "navigation")
        run.clear()

    for i, line in enumerate(lines):
        in_margin = i < first_body or i > last_body
        if in_margin and line and ((i in reasons and reasons[i] == "navigation")
                                   or (i not in reasons and is_menu_item(line) and not is_statement(line))):
            run.append(i)  # (a short headline right under the menu says something: 'Tesla senkt Preise')
        elif line or not run:
            close()
    close()


#: A topic read from glued links: a capitalised word or three ('Entertainment & Arts'),
#: not a piece cut inside a name ('XTyvak').
_TAG_PIECE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:\s+(?:&\s+)?[A-ZÄÖÜ][a-zäöüß]+){0,2}$")


def _read_metadata_after(lines: list[str], reasons: dict[int, str], end: int, collector: _MetadataCollector) -> None:
    """The article's date line, byline, tags or source ("SOURCE: Al Jazeera") right under its
    last sentence (up to the first furniture): metadata, though the page's text goes on
    further down."""
    for i in range(end + 1, len(lines)):
        if not lines[i]:
            continue
        if i in reasons or looks_like_body(lines[i]):
            return
        found = parse_metadata_line(lines[i])
        if found is not None and found.reason in ("dateline", "author", "tags", "source"):
            reasons[i] = found.reason
            collector.add(found)
        elif (pieces := glued_links(lines[i])) is not None:
            reasons[i] = "tags"  # the article's topics, their links glued together by the copy
            if all(_TAG_PIECE.match(piece) for piece in pieces):
                collector.add(Found("tags", {"tags": pieces}))


def _mark_share_runs(lines: list[str], reasons: dict[int, str]) -> None:
    """A share bar laid out one button per line ('Artikel teilen', 'Facebook', 'X', …):
    two or more such lines in a row, at least one an action or two of them platforms."""
    run: list[int] = []

    def close() -> None:
        if (len(run) >= 2 and any(is_share_bar(lines[j]) for j in run)) or len(run) >= 3:
            for j in run:
                reasons.setdefault(j, "share")
        run.clear()

    for i, line in enumerate(lines):
        if line and (reasons.get(i) == "share" or (reasons.get(i) in (None, "comments") and is_share_item(line))):
            run.append(i)  # 'Comments' is one of the bar's buttons too
        elif line or (i + 1 < len(lines) and not lines[i + 1]):
            close()  # one blank line between buttons does not end the bar
    close()


def _mark_page_header(lines: list[str], reasons: dict[int, str], headline: int) -> None:
    """Whatever stands above the headline: the site's name and slogan, a date, a
    leftover of the menu.  The headline is found above the article's largest block of
    text; when a gallery or an advertisement splits the article, the line taken for the
    headline can be a subheading under its first half, so paragraphs above it that speak
    of what the text below speaks of stay: a lost paragraph is worse than a kept line."""
    topic = content_words(" ".join(lines[i] for i in range(headline + 1, min(len(lines), headline + 60))
                                   if lines[i] and i not in reasons))
    for i in range(headline):
        if lines[i] and i not in reasons:
            if len(lines[i]) >= PARAGRAPH_CHARS and looks_like_body(lines[i]) and on_topic(lines[i], topic):
                continue
            reasons[i] = "page_header"


def _mark_repeated_headline(lines: list[str], reasons: dict[int, str], headline: int) -> None:
    """The headline again a few lines further down (a page repeats it over the teaser
    or in its print view): the same words, the same line. A kicker alone between the two
    ('Industriepark aus Hefei', 'Press release' beside the date line) is the kicker."""
    title = comparable(lines[headline])
    for i in range(headline + 1, min(len(lines), headline + 15)):
        if lines[i] and i not in reasons and comparable(lines[i]) == title:
            reasons[i] = "headline"
            between = [j for j in range(headline + 1, i) if lines[j] and j not in reasons
                       and not (has_date_stamp(lines[j]) and word_count(lines[j]) <= 6)]  # (the date line)
            if len(between) == 1 and is_kicker(lines[between[0]]):
                reasons[between[0]] = "kicker"




def _mark_categories(lines: list[str], reasons: dict[int, str], headline: int, collector: _MetadataCollector) -> None:
    """The article's categories listed one per line under its date line or byline
    ('Markets', 'Policy', 'Utility-scale PV'): three or more short lines without digits,
    read as tags."""
    paragraphs = 0
    for i in range(headline + 1, len(lines)):
        if not lines[i]:
            continue
        if i not in reasons and looks_like_body(lines[i]):
            paragraphs += 1
            if paragraphs == 2:
                return
        if reasons.get(i) not in ("dateline", "author"):
            continue
        items: list[int] = []
        for j in range(i + 1, len(lines)):
            if not lines[j]:
                continue
            line = lines[j]
            if j in reasons or word_count(line) > 4 or looks_like_body(line) or NO_HEADLINE_END.search(line):
                break
            if any(c.isdigit() for c in line):
                break
            items.append(j)
        if len(items) >= 3:
            for j in items:
                reasons[j] = "tags"
            collector.add(Found("tags", {"tags": [lines[j] for j in items]}))
            return


def _mark_kicker(lines: list[str], reasons: dict[int, str], headline: int) -> None:
    """The kicker right above the headline ('Handelsstreit', 'ANALYSE'): a short line
    directly above it, or above it with one blank line between."""
    above = headline - 1
    if above >= 0 and not lines[above]:
        above -= 1  # browsers often put the kicker in a paragraph of its own
    if above >= 0 and lines[above] and above not in reasons and is_kicker(lines[above]):
        reasons[above] = "kicker"


def _mark_trail_over_title(lines: list[str], reasons: dict[int, str], text_start: int) -> None:
    """'Home News Business News Ascom announces …' over 'Ascom announces …': a breadcrumb
    trail glued to the page's title, which follows on the next line, or under its kicker
    ('Home Zulieferer Kronbach folgt …', 'Zulieferer', 'Kronbach folgt …')."""
    for i in range(text_start):
        below = next_line(lines, i)
        if not lines[i] or i in reasons or below is None or below >= text_start:
            continue
        under_kicker = next_line(lines, below) if is_kicker(lines[below]) else None
        line = comparable(lines[i])
        for title in (comparable(lines[j]) for j in (below, under_kicker) if j is not None and j < text_start):
            if word_count(title) >= 3 and line.endswith(" " + title) and word_count(line) - word_count(title) <= 8:
                reasons[i] = "breadcrumb"
