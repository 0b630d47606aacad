"""Lines of a page's own navigation: share and print bars, pagers, breadcrumb trails,
menus, skip links and the links of a footer.  A line is navigation only when all of it
is made of such words, so a sentence that mentions "Teilen" or "Home" stays.
"""

from __future__ import annotations

import re

from briefing_app.core.german_tagger import has_finite_verb

from .text_shape import ends_like_sentence, looks_like_body, only_words, vocabulary, word_count

# --- share / print / bookmark bars --------------------------------------------------
_SHARE_ACTIONS = vocabulary(
    "Teilen|Twittern|Tweeten|Mailen|Senden|Versenden|Drucken|Merken|Feedback|Link kopieren|Kommentare|"
    "Link teilen|Kommentieren|Vorlesen|Anhören|Speichern|Gemerkt|Weiterleiten|Empfehlen|"
    "Share|Tweet|Email|E-Mail|Mail|Print|Save|Saved|Bookmark|Copy link|Copy Link|Copy article link|Link copied|Email This Link|"
    "Buy Now|Buy this photo|Buy photo|Purchase photo|"  # (a picture's reprint, beside its caption)
    "Permalink|Reprints|Order Reprints|Print Article|Listen|Listen to this article|Forward|Embed|"
    "Share this article|Share this story|Share this|Artikel teilen|Beitrag teilen|"
    "Suggest to a friend|Send to a friend|Email to a friend|Email this article to a friend|Email this|Send by email|Send by e-mail|"
    "Artikel versenden|Artikel empfehlen|Seite empfehlen|Artikel drucken|Seite drucken|"
    "E-Mail an einen Freund senden|An einen Freund senden|Weiterempfehlen|Schrift vergrößern|"
    "Schriftgröße|Text size|Font size|Comment|Comments|Copy this link|Close share panel|Share panel|"
    "Teilen mit|Share with|Share this with|Share via|Teilen via|Shortlink|Short link|Short URL|Get short URL|"
    "Zur Merkliste hinzufügen|Auf die Merkliste|Merkliste|Gefällt mir|Like|Hören|Artikel hören|Audio-Version|"
    "Artikel anhören|Diesen Artikel anhören|Hören Sie diesen Artikel|Audio herunterladen|Listen to this article|"
    "Listen to article|Listen to the article|Listen to this story|Listen to the story|Artikel verschenken|Gift this article|Geschenkter Artikel|Free to read|"
    "Scan the QR code to read on your phone|Scan the QR code|"
    "Bildbeschreibung einblenden|Bild vergrößern|Vergrößern|Enlarge|Artikelrechte erwerben|Nutzungsrechte erwerben|"
    "Reprints & Permissions|URL copied|URL copied!|Copied!|Link copied!|Link kopiert|Copiar link|Copiar enlace|Copier le lien|"
    "Copia link|Show more sharing options|More sharing options|Close extra sharing options|Sharing options|"
    "Toggle more options|More options|Close Alert|Transcript|Show transcript|Transkript|Artikel vorlesen lassen|"
    "0.5x|0.75x|1x|1.25x|1.5x|1.75x|2x|Playback speed|Wiedergabegeschwindigkeit|"
    "A A|A A A|A- A+|A+ A-|A- A A+|Font Size: A- A A+|Font size: A A A|Schriftgröße: A A A|Text Size: A- A+|Text size: A A A|"
    "Change size|Change text size|Adjust font size|Adjust text size|Schriftgröße ändern|Schriftgröße anpassen|Normal text size|Larger text size|Large text size|Very large text size|Smaller text size|Small text size|"
    "Video starten, abbrechen mit Escape|Share post|Read later|Save for later|Remove|Resize|Translate|"
    "Weitere Optionen zum Teilen|Jetzt teilen|Verschenken|Gift|Give|Link des Audios|Druckansicht|Copy|Reuse this content|Wie Sie Artikelrechte erwerben können|"
    # share and print buttons of pages in other languages
    "Pin it|Pint|Baixar|"
    "Compartilhar|Compartir|Partager|Condividi|Delen|Udostępnij|Paylaş|Bagikan|Bagikan artikel|Cetak|Imprimir|"
    "Imprimer|Stampa|Afdrukken|Drukuj|Поделиться|Печать|공유|공유하기|인쇄|인쇄하기|스크랩|뒤로가기|목록|"
    "シェア|ツイート|印刷|保存|分享|打印|收藏"
)
SHARE_PLATFORMS = vocabulary(
    "X (formerly Twitter)|X.com|Facebook|Twitter|X|WhatsApp|LinkedIn|Xing|Pinterest|Reddit|Telegram|Threads|Bluesky|"
    "Mastodon|Flipboard|Pocket|Instagram|Messenger|Nextdoor|SMS|Google+|Blogger|StumbleUpon|Tumblr|Digg|VK|"
    "Weibo|WeChat|Viber|Skype|Line|Odnoklassniki|Evernote|YouTube|TikTok"
)
_SHARE_FILLERS = vocabulary(
    "auf|per|via|on|by|to|this|diesen|dieses|den|die|das|Artikel|Beitrag|Seite|Page|Story|"
    "article|ein|aus|und|and|with|mit|des Artikels|Min|Min.|min|icon|Icon"
    # share counts ("Teilen 12", "Share 1.2k"), never split inside a run of digits: a line of
    # thirty digits would otherwise be tried in every way of cutting it, for minutes
) + r"|\d+(?:[.,]\d+)?[kK]?(?![.,]?\d)"
#: What a share panel says about itself: 'Read more about sharing.' (sentences, so named one by one).
SHARE_NOTE = re.compile(
    r"^(?:Read more about sharing|These are external links and will open in a new window|"
    r"To revisit this article, (?:visit|select) My ?Profile, then View saved stories|"
    r"Mehr zum Teilen|Externe Links öffnen sich in einem neuen Fenster|"
    r"Share this (?:story|article|post)\s?:\s.{1,200}|"  # the share panel's title: 'Share this Story : <headline>'
    r"You can save this article by registering\b.{0,120}|"  # the save button's offer of a free account
    # a share bar's buttons by their spoken labels: 'Share this item on Facebook', 'Send this page to someone via email'
    r"Share this item (?:on|via) [\w ]{1,20}|Send this page to someone via e-?mail|Copy article link|"
    # the button with the headline in it: 'Share Fife engineering firm turns to German customers … on Facebook'
    # (a chart's title says 'Share of brands advertising on X': a share as a noun)
    r"(?-i:Share) (?!(?i:of|in|the|your|our|their|a|an|this|that|these|prices?)\b)(?!.*\.$)(?:\S+\s){4,40}?"
    r"on (?-i:Facebook|X|Twitter|LinkedIn|WhatsApp|Bluesky|Threads|Reddit|Pinterest)|"
    r"Copy (?:URL|link)\s+https?://\S+|Leave your feedback(?:\s?Share)?|"  # ('Copy URL https://…' with its address)
    r"Share (?:this )?(?:article|story|page) (?:on|via) social media(?: or e-?mail)?\s?:?|Share now on\s?:|"
    # a blog's share buttons: 'Click to share on Reddit (Opens in new window)', 'Click to print (Opens in new window)'
    r"(?:(?:Click to|Klicken, um) [\w .+-]{2,40}\((?:Opens in (?:a )?new (?:window|tab)|Wird in neuem Fenster geöffnet)\))+)\.?$",
    re.IGNORECASE,
)
_SHARE_LINE = only_words(f"{_SHARE_ACTIONS}|{SHARE_PLATFORMS}|{_SHARE_FILLERS}")
_SHARE_ACTION = re.compile(_SHARE_ACTIONS, re.IGNORECASE)
_SHARE_PLATFORM = re.compile(rf"(?<![A-Za-z])(?:{SHARE_PLATFORMS})(?![a-z])", re.IGNORECASE)
#: A platform's name opening a line, whatever is glued to it ('FacebookXLINE').
_PLATFORM_FIRST = re.compile(rf"(?:{SHARE_PLATFORMS})", re.IGNORECASE)


def is_share_bar(line: str) -> bool:
    """'Teilen Twittern Mailen Link kopieren', 'DruckenSendenMerkenFeedback', 'Share Tweet'.

    A lone platform name ("Facebook") may be a subheading, so platforms alone need two.
    """
    if len(line) > 160 or not _SHARE_LINE.fullmatch(line):
        return False
    # 'FacebookXLINE': a platform's name with more of the bar run on, no space between
    first = _PLATFORM_FIRST.match(line) if " " not in line else None
    glued = first is not None and first.end() < len(line)
    return bool(_SHARE_ACTION.search(line)) or len(_SHARE_PLATFORM.findall(line)) >= 2 or glued


def is_share_item(line: str) -> bool:
    """One entry of a share bar laid out one per line: 'Facebook', 'X', 'Teilen'."""
    return len(line) <= 40 and _SHARE_LINE.fullmatch(line) is not None and bool(
        _SHARE_ACTION.search(line) or _SHARE_PLATFORM.search(line)
    )


# --- pagers ------------------------------------------------------------------------
_PAGER_WORDS = vocabulary(
    "Seite|Seiten|Page|Pages|Weiter|Zurück|Nächste|Nächster|Vorherige|Vorheriger|Next|"
    "Previous|Prev|Older|Newer|Erste|Letzte|First|Last|Mehr laden|Load more|Show more|"
    "Mehr anzeigen|Alle Seiten|Auf einer Seite lesen|Auf einer Seite|Read on one page|"
    "View all|Show all|See all|Alle anzeigen|Nächste Seite|Next page|Previous page|Vorherige Seite|"
    "Ältere Beiträge laden|Weitere Beiträge laden|Load older posts|Load more posts"
)
_PAGER_LINE = only_words(
    rf"{_PAGER_WORDS}|von|of|zur|zum|to|the|\d{{1,3}}(?!\d)|<|>|«|»|‹|›|←|→|…|\.\.\.",  # (a page number whole)
)
_PAGER_WORD = re.compile(rf"(?<!\w)(?:{_PAGER_WORDS})(?!\w)", re.IGNORECASE)
_ARROW = re.compile(r"[<>«»‹›←→…]|\.\.\.")


def is_pager(line: str) -> bool:
    """'1   2   3   >', 'Seite 1 von 3', 'Next page', '« Zurück | Weiter »'.

    Bare numbers need to count up ("1 2 3") or carry an arrow: a row of table figures
    ("12 15 18") is not a pager.
    """
    if len(line) > 100 or not _PAGER_LINE.fullmatch(line):
        return False
    if _PAGER_WORD.search(line):
        return True
    numbers = [int(n) for n in re.findall(r"\d+", line)]
    if len(numbers) < 2 or numbers != sorted(numbers):
        return False
    return bool(_ARROW.search(line)) or numbers[:2] == [1, 2]


# --- breadcrumbs -------------------------------------------------------------------
_HOME = re.compile(
    r"^(?:Startseite|Start|Home|Homepage|Übersicht|Titelseite|Front page|Index|Accueil|Inicio|首页)$",
    re.IGNORECASE,
)
#: Home links that also start a slash trail ("Home / News"); "Start / Ziel" is text.
_STRICT_HOME = re.compile(r"^(?:Startseite|Home|Homepage)$", re.IGNORECASE)
_YOU_ARE_HERE = re.compile(r"^(?:Sie sind hier|Du bist hier|You are here|Aktuelle Seite)\s*:\s*", re.IGNORECASE)
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>|›|»|→|/|\\)\s*")


def breadcrumb_parts(line: str) -> list[str] | None:
    """The parts of a breadcrumb trail ('Startseite > Wirtschaft > Asien'), else None.

    Arrow trails of three or more short capitalised parts count on their own; with a
    slash ('Home / News') the first part must be a home link, since 'Berlin/Taicang'
    or 'und/oder' are ordinary text.
    """
    text = _YOU_ARE_HERE.sub("", line)
    labelled = text != line
    parts = [p.strip() for p in _CRUMB_SEPARATOR.split(text)]
    if labelled and len(parts) == 1 and 0 < word_count(parts[0]) <= 6 and not ends_like_sentence(parts[0]):
        return parts  # 'You are here: HomeNewsBusiness' (the trail's links glued together)
    if len(parts) == 1:
        return _spaced_trail(text)
    if len(parts) < 2 or len(parts) > 8 or any(not p for p in parts):
        return None
    for n, part in enumerate(parts):
        # the last part may be the article's own title ('Home›Wirtschaft›Mittelstand in China: Bleiben, aber anders')
        last = n == len(parts) - 1 and len(parts) >= 3
        if len(part) > (120 if last else 40) or word_count(part) > (20 if last else 5) or ends_like_sentence(part):
            return None
        if not any(c.isalpha() for c in part):
            return None
    if labelled or (_HOME.match(parts[0]) and (_STRICT_HOME.match(parts[0]) or not re.search(r"[/\\]", text))):
        return parts
    if parts[0] in ("Main", "Main page") and len(parts) >= 3 and is_navigation_word(parts[1]):
        return parts  # 'Main / News / German steelmakers call for …' (not the rivers: 'Main / Rhein / Kinzig')
    arrows = re.findall(r"[>›»→]", text)
    if len(arrows) == len(parts) - 1 and len(parts) >= 3 and all(p[0].isupper() for p in parts):
        return parts
    return None


#: A trail's words for the site's list of articles, which no menu needs to name.
_TRAIL_WORDS = frozenset({"Articles", "Artikel", "Stories", "Beiträge"})


def _spaced_trail(text: str) -> list[str] | None:
    """A trail copied without its separators, the title after it: 'Home Articles UK
    manufacturers shift sourcing …' — the home link, the site's word for its articles, then
    the title (a section's word after 'Home' may open a headline: 'Home Energy Bills …')."""
    words = text.split()
    if len(words) < 4 or not _STRICT_HOME.match(words[0]):
        return None
    if words[1] not in _TRAIL_WORDS or not words[2][0].isupper():
        return None  # ('Home Energy Bills Set to Rise …' is a headline)
    return [*words[:2], " ".join(words[2:])]



# --- navigation: menus, skip links, footer links ------------------------------------
#: Links back to the site's list of articles, or to the top of the page.
_BACK_LINKS = vocabulary(
    "Zurück zur Übersicht|Zurück zur Liste|Zurück zu den News|Zurück zur Newsübersicht|Back to overview|"
    "Back to list|Back to news|Back to all news|Back to home|Voltar ao topo|Volver arriba|Retour en haut|Torna su"
)
#: Section names of news sites' menus and the links of their footers.  A line made only
#: of these (one per line in a menu, or several with separators) is navigation.
NAVIGATION_WORDS = vocabulary(
    # German sections
    "Startseite|Home|Politik|Wirtschaft|Finanzen|Börse|Märkte|Unternehmen|Technik|Technologie|Kultur|"
    "Sport|Panorama|Meinung|Kommentar|Reise|Auto|Mobilität|Wissen|Wissenschaft|Regional|Lokales|"
    "Video|Videos|Podcast|Podcasts|Karriere|Job|Jobs|Immobilien|Asien|Europa|Ausland|Inland|Welt|"
    "Deutschland|Digital|Gesundheit|Newsticker|Ticker|Nachrichten|News|Aktuell|Themen|Ressorts|"
    "Service|Leben|Stil|Gesellschaft|Geld|Energie|Klima|Umwelt|Bildung|Medien|Netzwelt|Meinungen|"
    "Mehr|Alle Ressorts|Übersicht|Archiv|Wetter|Horoskop|Rätsel|Spiele|Shop|Abo|E-Paper|ePaper|"
    "Anmelden|Abmelden|Registrieren|Suche|Menü|Navigation|Hauptnavigation|Schließen|Zum Inhalt springen|"
    "Zur Navigation springen|Springe zum Inhalt|Direkt zum Inhalt|Zur Startseite|Nach oben|Zurück nach oben|"
    "Impressum|Datenschutz|Datenschutzerklärung|Kontakt|Mediadaten|AGB|Nutzungsbedingungen|Barrierefreiheit|"
    "Hilfe|FAQ|Über uns|Werben|Werbung|Jobs bei uns|Presse|Sitemap|Newsletter|RSS|Cookie-Einstellungen|"
    "Datenschutzeinstellungen|Leserservice|Abo-Service|Redaktion|Autoren|Verlag|"
    # English sections
    "World|Business|Markets|Politics|Tech|Technology|Opinion|Sports|Culture|Arts|Life|Style|Life & Style|"
    "Lifestyle|Economy|Europe|Asia|China|Americas|Africa|Middle East|US|UK|Companies|Science|Travel|"
    "Environment|Climate|Latest|Latest News|Top News|Money|Energy|Health|Weather|Entertainment|Food|"
    "Education|Media|Real Estate|Property|Cars|Autos|Industry|Finance|Investing|Personal Finance|Small Business|"
    "Sections|More|Menu|Search|Log in|Login|Sign in|Sign up|Register|Subscribe|My account|Account|"
    "Skip to content|Skip to main content|Skip to navigation|Jump to content|Back to top|Top|Close|"
    "About|About us|About Us|Contact|Contact us|Privacy|Privacy Policy|Privacy policy|Terms|Terms of Use|"
    "Terms of Service|Terms and Conditions|Cookie Policy|Cookie settings|Advertise|Advertise with us|"
    "Careers|Jobs|Help|Sitemap|Site map|Accessibility|Newsletters|Archive|Archives|Digital Edition|"
    "E-paper|Podcasts|Opinion & Analysis|Editorial|Corrections|Feedback|RSS feeds|Apps|Mobile|"
    "Quick Links|Quicklinks|Legal|Legal Information|Legal notice|Imprint|Disclaimer|Partner|Partners|"
    "Locations|Standorte|Produkte|Products|Solutions|Lösungen|Investors|Investor Relations"
) + "|" + _BACK_LINKS
_NAV_ITEM = re.compile(rf"(?:{NAVIGATION_WORDS})", re.IGNORECASE)
_NAV_SEPARATORS = re.compile(r"\s*(?:[|·•/»›>]|\s-\s)\s*")
#: Capital letters glued to a lowercase one: 'PolitikWirtschaftSport' → three items.
_GLUED = re.compile(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ])")


def navigation_items(line: str) -> list[str] | None:
    """The items of a menu line made only of navigation words, else None.

    'Politik | Wirtschaft | Sport', 'Impressum Datenschutz Kontakt', 'PolitikWirtschaftSport',
    'Zum Inhalt springen'.  Every item must be a known navigation word: a headline in
    title case ('China Cuts Key Lending Rate') is not a menu.
    """
    if len(line) > 300 or looks_like_body(line):
        return None
    items = [p for p in _NAV_SEPARATORS.split(line) if p]
    if len(items) >= 4 and all(_is_short_item(item) for item in items):
        # 'Politik | Wirtschaft | Bundesliga | Formel 1': separators make the menu, the
        # known words confirm it (half of the items at least)
        known = [item for item in items if _NAV_ITEM.fullmatch(item)]
        if 2 * len(known) >= len(items):
            return items
    words: list[str] = []
    for item in items:
        if _NAV_ITEM.fullmatch(item):
            words.append(item)
            continue
        pieces = [p for p in re.split(r"\s+|" + _GLUED.pattern, item) if p]
        # greedy: the longest navigation phrase at each position
        position = 0
        while position < len(pieces):
            for end in range(min(len(pieces), position + 4), position, -1):
                if _NAV_ITEM.fullmatch(" ".join(pieces[position:end])):
                    words.append(" ".join(pieces[position:end]))
                    position = end
                    break
            else:
                if pieces[position] == "&":
                    position += 1
                    continue
                return None
    return words or None


#: Links glued into one line: this many pieces at least.
_GLUED_LINKS = 4


def glued_links(line: str) -> list[str] | None:
    """The pieces of a line of links the page glued together, else None: 'Company
    TownTelevisionBusinessEntertainment & Arts' (an article's topics under its text).

    Four pieces or more, each a word or more, and no sentence: a name like 'YouTube'
    glues one pair, a heading with 'PayPal und YouTube' two, a short link
    ('amzn.to/2jRvThQ') glues letters, not words.
    """
    if len(line) > 200 or "/" in line or looks_like_body(line) or ends_like_sentence(line):
        return None
    pieces = [p.strip() for p in _GLUED.split(line) if p.strip()]
    if len(pieces) < _GLUED_LINKS or any(len(p) < 3 for p in pieces):
        return None
    return pieces


def _is_short_item(item: str) -> bool:
    return len(item) <= 30 and word_count(item) <= 3 and not ends_like_sentence(item)


def is_menu_item(line: str) -> bool:
    """A line that may be one entry of a vertical menu: short, no sentence punctuation."""
    return bool(line) and _is_short_item(line) and any(c.isalpha() for c in line)


def is_statement(line: str) -> bool:
    """Three words or more with a German finite verb ('Tesla senkt Preise'): a headline says
    something, a menu's entry names a section. ('Was ist los', an events menu's entry, has too
    few letters to be taken for a headline either way.)"""
    return word_count(line) >= _STATEMENT_WORDS and has_finite_verb(tuple(line.split()))


#: The fewest words of a line that says something.
_STATEMENT_WORDS = 3


def is_navigation_word(line: str) -> bool:
    """The line is one known navigation word ('Politik', 'Privacy Policy')."""
    return _NAV_ITEM.fullmatch(line) is not None


#: The links to the site's own service pages a list of topics never has, besides the site's
#: links of ``_SITE_LINK`` ('Impressum', 'Privacy Policy'): 'About Us', 'Kontakt', 'Kommentare'.
_SERVICE_LINK = re.compile(
    rf"(?:{vocabulary('About|About us|Contact|Contact us|Kontakt|Über uns|Privacy|Terms|Kommentare|Comments|Newsletter|Newsletters|Abo|Abonnement|Login|Log in|Sign in|Anmelden|Home|Startseite|Advertise|Werbung|Careers|Karriere|Jobs|Help|Hilfe|Leserservice|Redaktion|Archiv|Archive|RSS')})",
    re.IGNORECASE,
)


def is_service_link(line: str) -> bool:
    """'About Us', 'Impressum', 'Kommentare': a link to the site's own pages, never a topic."""
    line = line.strip()
    return _SERVICE_LINK.fullmatch(line) is not None or _SITE_LINK.fullmatch(line) is not None


#: Links to the article in another language: 'Read in English', '阅读简体中文版閱讀繁體中文版'.
_LANGUAGE_LINK = (
    r"(?:阅读简体中文版|閱讀繁體中文版|阅读繁体中文版|閱讀簡體中文版|简体中文版?|簡體中文版?|繁體中文版?|繁体中文版?|中文版|"
    r"English (?:version|edition)|Read (?:this (?:article|story) )?in (?:English|Chinese|Simplified Chinese|"
    r"Traditional Chinese|German|French|Spanish|Portuguese|Italian|Japanese|Korean)|Auf Deutsch lesen|"
    r"Deutsche (?:Version|Fassung|Ausgabe)|Englische (?:Version|Fassung)|In English|Auf Deutsch|Leer en español|"
    r"Versión en español|Lire en français|Version française|Leia em português|Versão em português|Leggi in italiano|"
    r"Versione italiana|日本語版|한국어판)"
)
_LANGUAGE_LINKS = re.compile(rf"^{_LANGUAGE_LINK}(?:\s*[|·•/]?\s*{_LANGUAGE_LINK}){{0,3}}$", re.IGNORECASE)


def is_language_links(line: str) -> bool:
    """The links to the article in other languages, alone on their line."""
    return len(line) <= 120 and _LANGUAGE_LINKS.match(line) is not None


def is_navigation_line(line: str) -> bool:
    """A line of a site's menu or footer: known navigation words, and either several of
    them or one that names the site's own pages ('Impressum', 'Skip to main content').

    A single section word ('Wirtschaft', 'China') may be a kicker or a subheading, so it
    counts only as part of a menu run (see :mod:`.cleaning`).
    """
    if is_language_links(line) or is_spaced_menu(line):
        return True
    items = navigation_items(line)
    if not items:
        return False
    return len(items) >= 3 or any(_SITE_LINK.fullmatch(item) for item in items)


#: The fewest entries of a menu whose words need not be known.
_MENU_ENTRIES = 4


def is_spaced_menu(line: str) -> bool:
    """A menu of entries parted by bars, as a page laid out with wide gaps copies (see
    :mod:`.normalize`: 'Newspost | Today's Paper | Magazines | Podcasts'): four entries or
    more, each a short name in capitals without a figure. The words need not be known:
    no headline or sentence parts four short names by bars."""
    if len(line) > 200 or " | " not in line or any(c.isdigit() for c in line):
        return False
    items = [item.strip() for item in line.split(" | ")]
    return len(items) >= _MENU_ENTRIES and all(
        item and _is_short_item(item) and item[0].isupper() and not item.endswith(":") for item in items)


_SITE_LINK = re.compile(
    rf"(?:{vocabulary('Zum Inhalt springen|Zur Navigation springen|Springe zum Inhalt|Direkt zum Inhalt|Nach oben|Zurück nach oben|Impressum|Datenschutz|Datenschutzerklärung|Mediadaten|AGB|Nutzungsbedingungen|Barrierefreiheit|Sitemap|Skip to content|Skip to main content|Skip to navigation|Jump to content|Back to top|Privacy Policy|Terms of Use|Terms of Service|Terms and Conditions|Cookie Policy|Advertise with us|Site map|Zur Startseite|Hauptnavigation|Menü|Menu')}|{_BACK_LINKS})",
    re.IGNORECASE,
)
