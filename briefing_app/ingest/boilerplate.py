"""Line rules for the clutter a copied web page brings along.

Each rule looks at one normalised line and names what it is (``breadcrumb``,
``share``, ``pager`` …).  The rules are deliberately narrow: a line is only taken out
when all of it is recognisably page furniture.  Losing a real sentence would silently
change what the briefing quotes, while a leftover "Teilen" is merely untidy, so a
line that reads like a sentence is kept unless an explicit label (``Lesen Sie
auch:``) or a consent phrase (``Wir verwenden Cookies``) says otherwise, and reported
speech is kept whatever else it contains.

Metadata lines (source, tags, dateline, author) are in :mod:`.metadata`; this module
only names clutter that carries nothing worth keeping.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

_SENTENCE_END = re.compile(r"[.!?…:;。！？]\W{0,3}$")
_FULL_STOP = re.compile(r"[^.]\.[\"“”»«'’)]{0,2}$|[。！？][」』”）)]{0,2}$")
#: Chinese, Japanese and Korean characters: a run of them is one \w+ "word", but a line
#: of them reads like a sentence of many words.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_SPEECH_CUE = re.compile(
    r"\b(?:sagte|sagt|erklärte|betonte|meinte|kritisierte|teilte|so der|so die|"
    r"said|says|told|added|according to|zufolge|laut)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(line: str) -> int:
    return len(_WORD.findall(line))


@lru_cache(maxsize=4096)
def looks_like_body(line: str) -> bool:
    """A sentence of running text: many words ending like a sentence, or reported speech.

    Body text is never taken out by a rule that is not an explicit label, whatever
    words it contains ("Die Drucken-Sparte wird geteilt." stays).  Cached: the page
    rules ask again about the same lines (the article's extent, its blocks, its weight).
    """
    words = word_count(line) + len(CJK.findall(line)) // 2
    if (words >= 7 and _SENTENCE_END.search(line)) or (words >= 4 and _FULL_STOP.search(line)):
        return True
    if words >= _PARAGRAPH_WORDS and sentence_breaks(line) >= 2:
        return True  # a paragraph of sentences whose last one ends in a signature or a link
    return is_reported_speech(line)


#: A paragraph this long with two sentences ended inside it is running text, however it ends.
_PARAGRAPH_WORDS = 30
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÄÖÜÀ-Ý]")


def sentence_breaks(line: str) -> int:
    """How many sentences end inside the line (a full stop, then a capital)."""
    return len(_SENTENCE_BREAK.findall(line))


def ends_like_sentence(line: str) -> bool:
    """The line ends with a sentence's punctuation ('.', '!', '?', '。' …)."""
    return _SENTENCE_END.search(line) is not None


def is_reported_speech(line: str) -> bool:
    """Someone said something: the quotes the briefing is made of, never clutter."""
    return word_count(line) >= 5 and bool(_SPEECH_CUE.search(line))


def vocabulary(*words: str) -> str:
    """A regex alternation of ``words`` (``"a|b"`` groups), longest first so 'Link kopieren'
    beats 'Link'; a space in a word matches any run of spaces, or none (glued bars)."""
    flat = sorted({w for group in words for w in group.split("|")}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in flat)


def _only(words: str, separators: str = r"[\s|·•/,:;()\-–—]") -> re.Pattern[str]:
    """A line made of nothing but ``words`` (a regex alternation), glued or separated."""
    return re.compile(rf"(?:(?:{words})|{separators})+", re.IGNORECASE)


# --- share / print / bookmark bars --------------------------------------------------
_SHARE_ACTIONS = vocabulary(
    "Teilen|Twittern|Tweeten|Mailen|Senden|Versenden|Drucken|Merken|Feedback|Link kopieren|"
    "Link teilen|Kommentieren|Vorlesen|Anhören|Speichern|Gemerkt|Weiterleiten|Empfehlen|"
    "Share|Tweet|Email|E-Mail|Mail|Print|Save|Saved|Bookmark|Copy link|Copy Link|Link copied|"
    "Permalink|Reprints|Order Reprints|Print Article|Listen|Listen to this article|Forward|Embed|"
    "Share this article|Share this story|Share this|Artikel teilen|Beitrag teilen|"
    "Suggest to a friend|Send to a friend|Email to a friend|Email this article to a friend|Email this|"
    "Artikel versenden|Artikel empfehlen|Seite empfehlen|Artikel drucken|Seite drucken|"
    "E-Mail an einen Freund senden|An einen Freund senden|Weiterempfehlen|Schrift vergrößern|"
    "Schriftgröße|Text size|Font size|Comment|Comments|Copy this link|Close share panel|Share panel|"
    "Teilen mit|Share with|Share this with|Share via|Teilen via|Shortlink|Short link|Short URL|Get short URL|"
    "Zur Merkliste hinzufügen|Auf die Merkliste|Merkliste|Gefällt mir|Like|Hören|Artikel hören|Audio-Version|"
    "Bildbeschreibung einblenden|Bild vergrößern|Vergrößern|Enlarge|Artikelrechte erwerben|Nutzungsrechte erwerben|"
    "Reprints & Permissions|URL copied|URL copied!|Copied!|Link copied!|Link kopiert|Copiar link|Copiar enlace|Copier le lien|"
    "Copia link|Show more sharing options|More sharing options|Close extra sharing options|Sharing options|"
    "Weitere Optionen zum Teilen|"
    # share and print buttons of pages in other languages
    "Pin it|Pint|Baixar|"
    "Compartilhar|Compartir|Partager|Condividi|Delen|Udostępnij|Paylaş|Bagikan|Bagikan artikel|Cetak|Imprimir|"
    "Imprimer|Stampa|Afdrukken|Drukuj|Поделиться|Печать|공유|공유하기|인쇄|인쇄하기|스크랩|뒤로가기|목록|"
    "シェア|ツイート|印刷|保存|分享|打印|收藏"
)
_SHARE_PLATFORMS = vocabulary(
    "Facebook|Twitter|X|WhatsApp|LinkedIn|Xing|Pinterest|Reddit|Telegram|Threads|Bluesky|"
    "Mastodon|Flipboard|Pocket|Instagram|Messenger|SMS|Google+|Blogger|StumbleUpon|Tumblr|Digg|VK|"
    "Weibo|WeChat|Viber|Skype|Line|Odnoklassniki|Evernote|YouTube"
)
_SHARE_FILLERS = vocabulary(
    "auf|per|via|on|by|to|this|diesen|dieses|den|die|das|Artikel|Beitrag|Seite|Page|Story|"
    "article|ein|aus|und|and|with|mit|des Artikels|Min|Min.|min"
) + r"|\d+(?:[.,]\d+)?[kK]?"  # share counts: "Teilen 12", "Share 1.2k"
#: What a share panel says about itself: 'Read more about sharing.' (sentences, so named one by one).
_SHARE_NOTE = re.compile(
    r"^(?:Read more about sharing|These are external links and will open in a new window|"
    r"Mehr zum Teilen|Externe Links öffnen sich in einem neuen Fenster)\.?$",
    re.IGNORECASE,
)
_SHARE_LINE = _only(f"{_SHARE_ACTIONS}|{_SHARE_PLATFORMS}|{_SHARE_FILLERS}")
_SHARE_ACTION = re.compile(_SHARE_ACTIONS, re.IGNORECASE)
_SHARE_PLATFORM = re.compile(rf"(?<![A-Za-z])(?:{_SHARE_PLATFORMS})(?![a-z])", re.IGNORECASE)


def is_share_bar(line: str) -> bool:
    """'Teilen Twittern Mailen Link kopieren', 'DruckenSendenMerkenFeedback', 'Share Tweet'.

    A lone platform name ("Facebook") may be a subheading, so platforms alone need two.
    """
    if len(line) > 160 or not _SHARE_LINE.fullmatch(line):
        return False
    return bool(_SHARE_ACTION.search(line)) or len(_SHARE_PLATFORM.findall(line)) >= 2


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
    "View all|Show all|Alle anzeigen|Nächste Seite|Next page|Previous page|Vorherige Seite"
)
_PAGER_LINE = _only(
    rf"{_PAGER_WORDS}|von|of|zur|zum|to|the|\d{{1,3}}|<|>|«|»|‹|›|←|→|…|\.\.\.",
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
    if labelled and len(parts) == 1 and 0 < word_count(parts[0]) <= 6 and not _SENTENCE_END.search(parts[0]):
        return parts  # 'You are here: HomeNewsBusiness' (the trail's links glued together)
    if len(parts) < 2 or len(parts) > 8 or any(not p for p in parts):
        return None
    for part in parts:
        if len(part) > 40 or word_count(part) > 5 or _SENTENCE_END.search(part):
            return None
        if not any(c.isalpha() for c in part):
            return None
    if labelled or (_HOME.match(parts[0]) and (_STRICT_HOME.match(parts[0]) or not re.search(r"[/\\]", text))):
        return parts
    arrows = re.findall(r"[>›»→]", text)
    if len(arrows) == len(parts) - 1 and len(parts) >= 3 and all(p[0].isupper() for p in parts):
        return parts
    return None


# --- consent, subscriptions, promotion ---------------------------------------------
#: The site speaking about itself: "Wir verwenden Cookies, um …", "This site uses cookies".
#: A sentence, but not one an article contains outside reported speech.
_COOKIE_STATEMENT = re.compile(
    r"\b(?:wir|diese (?:web)?seite|diese website|unsere (?:web)?seite|we|this (?:web)?site|"
    r"our (?:web)?site)(?:\s+(?:und unsere|and our|sowie unsere)\s+(?:\w+\s+)?(?:Partner|partners|Dienstleister))?"
    r"\s+(?:verwenden|verwendet|nutzen|nutzt|setzen|setzt|benutzen|use|uses)\s+"
    r"(?:\w+\s+){0,3}cookies\b"
    # the same statement on pages in other languages: 'Utilizziamo i cookie per …', 'Este site utiliza cookies'
    r"|\b(?:utilizziamo|usiamo|questo sito(?: web)? (?:utilizza|usa)|usamos|utilizamos|"
    r"(?:este|esse) (?:site|sitio|sítio)(?: web)? (?:utiliza|usa)|nous utilisons|ce site(?: web)? utilise|"
    r"wij gebruiken|we gebruiken|deze (?:web)?site gebruikt|situs(?: web)? ini menggunakan|kami menggunakan)\s+"
    r"(?:\w+\s+){0,3}cook(?:ie|ies)\b",
    re.IGNORECASE,
)
#: Short consent furniture: "Cookie-Einstellungen", "Accept all cookies", "Alle akzeptieren".
#: Only for lines that are not sentences ("Die EU will Cookie-Banner abschaffen." stays).
_COOKIE_BUTTON = re.compile(
    r"\bcookies?[- ]?(?:einstellungen|richtlinie|hinweis|banner|settings|policy|preferences|consent)\b"
    r"|\b(?:alle\s+)?cookies\s+(?:akzeptieren|zulassen|ablehnen)\b|\b(?:accept|reject|allow)\s+(?:all\s+)?cookies\b"
    r"|^(?:Alle akzeptieren|Akzeptieren|Zustimmen|Alle ablehnen|Ablehnen|Einverstanden|"
    r"Accept all|Accept|Reject all|I agree|Agree|Got it|Einstellungen verwalten|Manage preferences|"
    r"Manage cookies|Datenschutzeinstellungen|Privacy settings|Zustimmen und weiter|Accept and continue)[.!]?$",
    re.IGNORECASE,
)
#: The site asking the reader: "Melden Sie sich für unseren Newsletter an".
_NEWSLETTER_PROMPT = re.compile(
    r"\b(?:unseren|unser|our)\s+(?:\w+[- ])?newsletter\b"
    r"|\b(?:melden Sie sich|abonnieren Sie|bestellen Sie|sign up|subscribe)\b.*\bnewsletter\b"
    # the box answering the reader: 'You have successfully subscribed', 'Please activate your subscription'
    r"|^(?:Stay up to date with|Bleiben Sie auf dem Laufenden mit)\b.{1,60}$"
    r"|^(?:Get|Receive|Sign up for) (?:our )?(?:breaking news|news|email|e-mail) (?:alerts|emails|updates)\b"
    r"|^(?:Breaking News|News) (?:Emails|Alerts)$"
    r"|\b(?:you have (?:been )?(?:succ?essfully )?subscribed|thank you for (?:subscribing|signing up)|"
    r"(?:activate|confirm) your subscription|activation link|danke für ihre anmeldung|"
    r"bestätigen sie ihre anmeldung|sie haben sich erfolgreich angemeldet)\b",
    re.IGNORECASE,
)
#: Short newsletter furniture: "Newsletter abonnieren", "Get our newsletter", "Newsletter".
_NEWSLETTER_BUTTON = re.compile(
    r"\bnewsletter\b.*\b(?:abonnieren|bestellen|anmelden|an|erhalten|eintragen|registrieren|"
    r"subscribe|sign up|signup|get|receive)\b"
    r"|\b(?:abonnieren|bestellen|sign up for|subscribe to|get)\b.*\bnewsletter\b"
    r"|^newsletter\W*$",
    re.IGNORECASE,
)
_SUBSCRIBE = re.compile(
    r"^(?:Jetzt\s+)?(?:abonnieren|Abo abschließen|Zum Abo|Abo testen|kostenlos testen|testen|"
    r"registrieren|anmelden|einloggen|weiterlesen mit \w+.*)\W*$"
    r"|^(?:Subscribe|Subscribe now|Subscribe today|Sign in|Sign up|Log in|Login|Register|"
    r"Start your free trial|Already a subscriber\?.*|Bereits Abonnent\?.*|Schon Abonnent\?.*|"
    r"Dieser Artikel ist nur für Abonnenten.*|This article is for subscribers only.*|Exklusiv für Abonnenten|"
    r"Nur für Abonnenten|Subscriber exclusive|Subscribers only|For subscribers)\W*$",
    re.IGNORECASE,
)


#: 'Lesen Sie auch: …', 'Read more: …', 'Mehr zum Thema' — a link to another article.
_RELATED = re.compile(
    r"^\(?(?:Lesen Sie auch|Lesen Sie mehr|Lesen Sie hier|Auch interessant|Mehr zum Thema|Mehr dazu|"
    r"Weitere Artikel|Weitere Nachrichten|Das könnte Sie auch interessieren|Passend zum Thema|Siehe auch|"
    r"Zum Thema|Mehr|Weiterlesen|Read more|Read also|Also read|See also|See more|More|Related|"
    r"Related articles|Related stories|Related coverage|Recommended|Don['’]?t miss|You may also like|"
    r"Most read|Meistgelesen|Top stories|Trending|Related posts|Related news|Related topics|Related content|"
    r"Top-Themen|Topthemen|Top-Artikel|Weitere Meldungen|Mehr Nachrichten|Mehr aus dem Ressort|Mehr aus|"
    r"Das könnte Sie interessieren|Auch lesenswert|Lesenswert|Verwandte Artikel|Ähnliche Artikel|Empfehlungen|"
    r"Unsere Empfehlungen|Beliebte Artikel|Am meisten gelesen|Meist gelesen|Neueste Artikel|Neueste Nachrichten|"
    r"You may like|You might like|You might also like|Você pode gostar|Você também pode gostar|"
    r"También te puede gustar|Te puede gustar|Vous aimerez aussi|Vous aimerez peut-être|Potrebbe piacerti|"
    r"Das könnte Ihnen auch gefallen|Das könnte dich auch interessieren|Anda mungkin suka|"
    r"Editor['’]?s picks|Most popular|Popular|Trending now|Latest stories|More stories|More from|"
    r"More on this story|More on this topic|Read next|Up next|Recommended for you|Further reading|"
    r"Mehr Artikel zu diesem Thema|Mehr zu diesem Thema|Weitere Artikel zum Thema|Mehr aus dieser Rubrik|More on this|"
    # the same labels in the other languages pages are copied from
    r"Noticias relacionadas|Te puede interesar|Lea también|Lee también|Artículos relacionados|Lo más leído|Más leídas|"
    r"Leia também|Leia mais|Veja também|Notícias relacionadas|Mais lidas|Artigos relacionados|Saiba mais|"
    r"À lire aussi|A lire aussi|Lire aussi|Sur le même sujet|Articles similaires|Les plus lus|Voir aussi|"
    r"Leggi anche|Articoli correlati|Notizie correlate|Potrebbe interessarti|I più letti|"
    r"Lees ook|Gerelateerde artikelen|Meest gelezen|Czytaj także|Zobacz także|Najczęściej czytane|"
    r"İlgili Haberler|Benzer Haberler|Çok Okunanlar|Читайте также|Похожие новости|Популярное|"
    r"Baca juga|Berita terkait|Artikel terkait|Berita lainnya|Berita terbaru|Artikel terbaru|Tulisan terbaru|"
    r"Pos-pos terbaru|Terpopuler|Baca selengkapnya|"
    r"関連記事|人気記事|おすすめ記事|最新記事|関連ニュース|こちらの記事も合わせてどうぞ|"
    r"관련기사|관련 기사|많이 본 뉴스|많이 본 기사|많이 본 칼럼|인기기사|최신기사|주요뉴스|"
    r"相关新闻|相关文章|相關新聞|相關文章|延伸阅读|延伸閱讀|热门文章|推荐阅读)"
    r"\b\s*(?::.*|\.{3}|…)?\)?$",
    re.IGNORECASE,
)
#: A label over other articles of the site or a section, by its name: 'More From the Los
#: Angeles Times', 'More in Business', 'Mehr aus Wirtschaft', 'More Coverage'.
_MORE_FROM = re.compile(
    r"^(?:(?i:More|Mehr|Weitere|Más|Mais|Plus|Altro|Altri|Meer) (?i:from|in|von|aus|bei|de|da|du|van|uit)\s+"
    r"(?i:the\s+|der\s+|dem\s+|la\s+|le\s+|o\s+|el\s+)?[A-Z0-9ÄÖÜ][\w&.'’-]*(?:\s+[\w&.'’-]+){0,4}"
    r"|More (?:Coverage|News|Headlines|Stories|Articles|Videos)|Weitere (?:News|Nachrichten|Artikel|Beiträge|Videos))\W*$"
)
#: 'More articles from Jane Doe', 'Alle Artikel von Max Muster': the link closing an author box.
MORE_BY = re.compile(
    r"^(?:More (?:articles|stories|posts) (?:from|by)|All (?:articles|stories|posts) by|View all posts by|Posts by|"
    r"Articles by|Alle Artikel von|Weitere Artikel von|Mehr Artikel von)\s+(?P<name>[^.!?:]{3,60}?)\W*$",
    re.IGNORECASE,
)
#: The label over an author box under the article ("About the author", "Zum Autor").
_ABOUT_AUTHOR = re.compile(
    r"^(?:About the author|About the authors|Über den Autor|Über die Autorin|Über die Autoren|Zum Autor|Zur Autorin|"
    r"Sobre o autor|Sobre a autora|Sobre el autor|Sobre la autora|À propos de l['’]auteur|Sull['’]autore|"
    r"Over de auteur|Tentang penulis|Tentang pengarang)\W*$",
    re.IGNORECASE,
)
#: The label over a box about the author or the company under the article, by name:
#: "About Ascom", "Über Siemens Energy", "Sobre Carlos Nadalim" (a press release's
#: boilerplate, an author's biography).  "About us" is the site's own menu item.
_ABOUT_NAME = re.compile(
    r"^(?:About|Über|Sobre|À propos de|Acerca de|Informazioni su|Tentang)\s+"
    r"(?!(?:Us|Uns|Me|Mich|Nós|Nosotros|Nous|Noi|Kami|This|Dieses|Diese)\b)"
    r"[A-ZÄÖÜÀ-Ý][\w&.'’-]*(?:\s+(?:[A-ZÄÖÜÀ-Ý0-9][\w&.'’-]*|&|de|da|do|dos|von|van|der|di|du|la|le)){0,4}$"
)
_BARE_LABEL = re.compile(r"^[^:]{1,50}?\s*(?::|\.{3}|…)?\s*$")


def is_related_label(line: str) -> bool:
    """'Mehr zum Thema', 'Related posts:' — a heading over a list of links, no link of its own."""
    if _GENERIC_MORE.match(line):
        return False  # 'Mehr', 'More' alone end a menu as often as they head a list
    if _MORE_FROM.match(line) is not None and word_count(line) <= 8:
        return True
    return _RELATED.match(line) is not None and _BARE_LABEL.match(line) is not None and word_count(line) <= 7


_GENERIC_MORE = re.compile(r"^(?:Mehr|More|Related|Weiterlesen|Read more)[^\w:]*$", re.IGNORECASE)  # 'More:' heads a list


_AD = re.compile(
    r"^[-–—\s]*(?:Anzeige|Werbung|Advertisement|Advertising|Sponsored|Gesponsert|Ad|Publicidad|Publicidade|"
    r"Publicité|Pubblicità|Advertentie|Reklama|Reklam|Реклама|Iklan|광고|広告|广告)[-–—\s]*$"
    r"|^.{0,60}\b(?:sponsored by|presented by|präsentiert von|powered by|supported by|unterstützt von)\W*$"
    r"|^.{0,80}\b(?:by )?(?:click(?:ing)? here|hier klicken|klicken Sie hier)\W*$"
    r"|^(?:Advertisement\s*[-–—]?\s*)?(?:Continue reading below|Continue reading the main story|Story continues below|"
    r"Article continues below|"
    r"Continue reading after the ad|Weiterlesen nach der Anzeige|Lesen Sie nach der Anzeige weiter|"
    r"Artikel wird nach der Anzeige fortgesetzt)\W*$",
    re.IGNORECASE,
)
#: The label of a reading time, before or after the minutes, in the languages pages come in.
_READING_TIME_LABELS = vocabulary(
    "Lesezeit|Lesedauer|Reading time|Read time|read|Temps de lecture|de lecture|Tiempo de lectura|de lectura|"
    "Tempo de leitura|de leitura|Tempo di lettura|di lettura|Leestijd|leestijd|Läsetid|Czas czytania|"
    "Waktu baca|Lama membaca|baca"
)
#: "Lesezeit: 3 Min.", "3 Min. Lesezeit", "5 min read", "Reading time: 4 minutes",
#: "Tempo de leitura: 2 minutos", "Temps de lecture : 3 minutes", "3 menit baca".
_READING_TIME = re.compile(
    rf"^(?:(?:{_READING_TIME_LABELS})\s*:?\s*)?(?:ca\.\s*|about\s+|environ\s+|cerca de\s+)?\d+[- ]?"
    r"(?:Min\.?|Minuten?|min(?:ute)?s?\.?|minutos?|minuti|minuto|menit|minut)"
    rf"(?:\s+(?:{_READING_TIME_LABELS}))?\W*$",
    re.IGNORECASE,
)


def is_reading_time(line: str) -> bool:
    return _READING_TIME.match(line) is not None


_COPYRIGHT = re.compile(
    r"^(?:[©ⓒ]|\(c\)\s|Copyright\s*(?:[©ⓒ@]|\(c\)|\d{4})|Alle Rechte vorbehalten|All rights reserved)|"
    r"\b(?:Alle Rechte vorbehalten|All rights reserved)\.?$|"
    # a legal paragraph of the footer: '… may not be redistributed. ©2019 Name. All rights reserved. FAQ'
    r"[©ⓒ]\s*(?:19|20)\d\d\b.{0,120}\b(?:Alle Rechte vorbehalten|All rights reserved)\b",
    re.IGNORECASE,
)
#: "Foto: dpa", "Mitarbeit: Erika Muster" — a label with a colon; "Image caption …",
#: "Media caption …" — the labels a page gives its pictures' captions.
#: A caption with its credit glued on: '… last week.Credit...Anna Moneymaker/The New York Times'.
_GLUED_CREDIT = re.compile(r"[.!?)”\w]Credit(?:\.\.\.|…|:)\s*[A-Z][^.!?]{1,80}$")
_CREDIT_LABEL = re.compile(
    r"^(?:Image copyright|Image caption|Media caption|Photo caption|Picture caption|Bildunterschrift|"
    r"Bildrechte|Bildnachweis)(?:\b|(?=[A-Z])).{0,200}$"  # 'Media captionWho is …': the label glued on
    r"|^(?i:FILE PHOTO|Archivbild|Archivfoto|Symbolbild|Symbolfoto|Image credit|Photo credit|"
    r"Picture credit|Pictured|Above|Im Bild|Unser Bild)\s*:\s*.{1,300}$"
    r"|^(?:Foto|Fotos|Bild|Bilder|Photo|Photos|Image|Images|Grafik|Illustration|Credit|Bildquelle|"
    r"Mitarbeit|Redaktion|Bearbeitung|Übersetzung)\s*:\s*.{1,120}$"
    r"|^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:,? and [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})?"
    r" contributed (?:reporting|to this report)\b.{0,80}$",
)
_AGENCY_CREDIT = re.compile(
    r"^\(?(?:(?:additional |writing and )?reporting|editing|writing|compiled|translated) by\b", re.IGNORECASE
)
_CREDIT_CONNECTORS = {
    "and", "with", "additional", "reporting", "by", "editing", "edited", "writing", "compiled",
    "translated", "in", "from", "und", "von", "de", "van", "der", "al",
}


#: A picture's caption closed by its credit: '… outside a store in Hialeah, Fla. (AP Photo/Name, File)',
#: 'The chairman (Credit: Getty Images)', 'Die Baustelle im Hafen (Foto: dpa)'.
_CAPTION_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:Photo|Photos|Foto|Fotos|Credit|Bild|Bildquelle|Image|Picture|Getty Images|Imago|"
    r"Shutterstock|iStock|picture alliance)\b[^()]*)\)$",
    re.IGNORECASE,
)


#: Picture agencies as credits name them.
_PHOTO_AGENCIES = vocabulary(
    "Getty Images|Getty|Imago|IMAGO|picture alliance|picture-alliance|Shutterstock|iStock|iStockphoto|Alamy|"
    "Associated Press|AP Photo|AP|EPA|EPA-EFE|AFP|Reuters|Bloomberg|dpa|Keystone|ullstein bild|Corbis|"
    "Xinhua|Kyodo|Yonhap|Sipa|Sipa USA|NurPhoto|Anadolu|SOPA Images|LightRocket|Zuma|ZUMA Press|WireImage"
)
#: A picture's credit on its own line, photographer and agencies apart: 'Natalie Naccache | Bloomberg | Getty Images'.
_CREDIT_PARTS = re.compile(r"^[^|/]{2,40}(?:\s*[|/]\s*[^|/]{2,40}){1,3}$")
_PHOTO_AGENCY = re.compile(rf"^(?:{_PHOTO_AGENCIES})$", re.IGNORECASE)


def _is_credit_line(line: str) -> bool:
    if _CREDIT_PARTS.match(line) is None:
        return False
    parts = [part.strip() for part in re.split(r"[|/]", line)]
    return any(_PHOTO_AGENCY.match(part) for part in parts[1:]) and all(
        1 <= word_count(part) <= 4 and part[:1].isupper() for part in parts
    )


#: A picture's credit alone in brackets: '(Reed Saxon / Associated Press)', '(Walt Disney Co.)'.
_BRACKETED_CREDIT = re.compile(
    r"^\(\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4}\s*\)$"
    r"|^\(\s*[A-Z][\w.&'’-]*(?:\s+(?:[A-Z&][\w.&'’-]*|of|for|and|de|du|der))*\s*\)$"
)


def is_credit(line: str) -> bool:
    """'Foto: dpa', '(Reporting by Jane Doe; Editing by John Roe)', '(Reed Saxon / Associated Press)'.

    After "Reporting by" only names and connecting words may follow, so "Reporting
    by Reuters showed that …" stays text.
    """
    if _CREDIT_LABEL.match(line) or _is_credit_line(line):
        return True
    if "Credit" in line and len(line) <= 400 and _GLUED_CREDIT.search(line, 10):
        return True
    if _BRACKETED_CREDIT.match(line) and 2 <= word_count(line) <= 6 and not is_agency_code(line):
        return True
    caption = _CAPTION_CREDIT.search(line) if len(line) <= 300 else None
    if caption and word_count(line[: caption.start()]) >= 3 and not looks_like_body(line):
        return True  # a caption: words about the picture, then its credit ('(dpa-AFX)' alone is an agency)
    if not _AGENCY_CREDIT.match(line) or word_count(line) > 80:
        return False
    lowercase = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w[0].islower()]
    return all(w.lower() in _CREDIT_CONNECTORS for w in lowercase)


_COMMENTS = re.compile(
    r"^(?:\d+\s+)?(?:Kommentare|Leserkommentare|Kommentar schreiben|Kommentieren|Diskutieren Sie mit|"
    r"Comments|Leave a comment|Add a comment|Post a comment|Show comments|Kommentare anzeigen|"
    r"Join the conversation|Leave a reply|One (?:response|comment|thought)s?(?: to .{1,120})?|Responses|Reply|"
    r"Comentários|Comentarios|Deja un comentario|Deixe um comentário|Deixe uma resposta|Laisser un commentaire|"
    r"Commentaires|Lascia un commento|Commenti|Reacties|Komentarze|Yorumlar|Комментарии|"
    r"Komentar|Tanggapan|Satu tanggapan|Tinggalkan balasan|Balas|댓글|コメント|评论|評論)(?:\s*\(?\d+\)?)?\W*$"
    r"|^\d+\s+(?:Comment|Kommentar|Response|Reply|Antwort)\W*$",  # '1 Comment'
    re.IGNORECASE,
)
#: The comment form under the article: 'You must be logged in to post a comment.',
#: 'Your email address will not be published.', in the languages blog software speaks.
_COMMENT_FORM = re.compile(
    r"^(?:You must be logged in to (?:post a comment|comment)|You must log in to (?:post a comment|comment)|"
    r"Please log in to (?:post a comment|comment)|Log in to (?:leave|post) a comment|"
    r"Sie müssen (?:angemeldet|eingeloggt) sein, um (?:einen Kommentar )?(?:abzugeben|zu veröffentlichen|"
    r"zu schreiben|zu kommentieren)|"
    r"Devi (?:essere connesso|effettuare il login|essere registrato) per (?:inviare|pubblicare) un commento|"
    r"Você precisa (?:fazer (?:o )?login|estar logado|estar conectado) para (?:publicar um comentário|comentar)|"
    r"Debes (?:iniciar sesión|estar registrado|acceder) para (?:publicar|escribir) un comentario|"
    r"Vous devez (?:vous connecter|être connecté) pour (?:publier|poster) un commentaire|"
    r"Anda harus (?:masuk|login) untuk (?:berkomentar|mengirim komentar|mempublikasikan komentar)|"
    r"Je moet (?:ingelogd zijn|inloggen) om een reactie te plaatsen|"
    r"Your email address will not be published|Ihre E-Mail-Adresse wird nicht veröffentlicht|"
    r"Deine E-Mail-Adresse wird nicht veröffentlicht|O seu endereço de (?:e-?mail|email) não será publicado|"
    r"Seu endereço de (?:e-?mail|email) não será publicado|Il tuo indirizzo (?:e-?mail|email) non sarà pubblicato|"
    r"Tu dirección de correo electrónico no será publicada|Votre adresse (?:e-?mail|de messagerie) ne sera pas publiée|"
    r"Alamat email Anda tidak akan dipublikasikan|Je e-?mailadres wordt niet gepubliceerd)\b.{0,120}$",
    re.IGNORECASE,
)
#: A search box: 'Search for: Search', 'Suche nach:', 'Cerca: Search'.
_SEARCH_BOX = re.compile(
    r"^(?:Search(?: for)?|Suche(?: nach)?|Suchen|Cerca|Buscar|Pesquisar|Pesquisa|Rechercher|Recherche|Cari|Zoeken|"
    r"Szukaj)\s*(?:…|\.\.\.)?\s*:\s*(?:Search|Suchen|Suche|Cerca|Buscar|Pesquisar|Rechercher|Cari|Zoeken|Go|Los)?\W*$",
    re.IGNORECASE,
)
_SOCIAL = re.compile(
    r"^(?:Folgen Sie uns|Folge uns|Follow us|Like us|Abonnieren Sie uns|Mehr von uns)\b.{0,80}$"
    # an agency's line under its reports: 'Follow AP's full coverage of Brexit at https://…'
    r"|^Follow (?:AP|Reuters|AFP|our)['’]?s? (?:full |latest )?coverage\b.{0,160}$",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"^(?:(?:Write to|Contact|Kontakt|E-?Mail|Schreiben Sie)\b.{0,60}\s)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$"
    r"|^(?:Phone|Tel\.?|Telefon|Telephone|Fax|Telefax|Mobile|Mobil|Hotline)\s*:?\s*\+?[\d\s()/.-]{6,24}$"
    r"|^(?:@\w{2,30}|(?:www\.)?(?:twitter|x|instagram|facebook|linkedin)\.com/\w+)$",
    re.IGNORECASE,
)


# --- photo galleries and videos ----------------------------------------------------
_GALLERY_NOUNS = vocabulary(
    "Bilder|Bild|Fotos|Foto|Photos|Photo|Images|Image|Pictures|Picture|Slides|Slide|Aufnahmen"
)
_GALLERY_WORDS = vocabulary(
    "Fotostrecke|Bildergalerie|Bilderstrecke|Galerie|Fotogalerie|Slideshow|Diashow|Photo gallery|"
    "Picture gallery|Image gallery|Gallery|In pictures|In Bildern|Video|Videos|Watch|Watch video|"
    "Video ansehen|Zum Video|Zur Bildergalerie|Zur Fotostrecke|Zur Galerie|View gallery|Open gallery|"
    "View slideshow|Galerie öffnen|Bildergalerie öffnen|Alle Bilder|Play|Abspielen|Audio|Podcast"
)
#: '12 Bilder', 'Fotostrecke: 12 Bilder', 'Bild 3 von 12', 'Image 1 of 12', '1/12',
#: 'Gallery: 14 images', 'In pictures (12)', 'See all 12 photos', 'Video 1:46 Min.'.
_GALLERY = re.compile(
    rf"^(?:(?:{_GALLERY_WORDS})\s*[:|–-]?\s*)?(?:(?:Alle|All|See all|View all|Show all)\s+)?"
    rf"\(?\d{{1,3}}\)?\s+(?:{_GALLERY_NOUNS})(?:\s+(?:anzeigen|ansehen|zeigen))?$"
    rf"|^(?:{_GALLERY_NOUNS})\s+\d{{1,3}}\s*(?:von|of|/)\s*\d{{1,3}}$"
    rf"|^\d{{1,3}}\s*/\s*\d{{1,3}}$"
    rf"|^(?:{_GALLERY_WORDS})(?:\s*[:(]?\s*\d{{1,3}}\s*(?:{_GALLERY_NOUNS})?\)?)?$"
    rf"|^(?:(?:{_GALLERY_WORDS})\s*)?\(?\d{{1,2}}:\d\d\)?(?:\s*(?:Min\.?|min|Minuten))?$"
    r"|^(?:Media|Video|Audio) playback is (?:unsupported|not supported) on your device\.?$"
    r"|^(?:Your browser does not support|Ihr Browser unterstützt (?:kein|keine|dieses|das))\b.{0,80}$",
    re.IGNORECASE,
)


#: The button that closes a video player, a picture viewer or a pop-up, alone on its line.
_CLOSE_BUTTON = re.compile(
    r"^[×✕✖xX]?\s*(?:Close|Schließen|Schliessen|Fermer|Cerrar|Fechar|Chiudi|Sluiten|Stäng|Tutup|Zamknij|"
    r"Закрыть|닫기|閉じる|关闭|關閉)\s*[×✕✖]?$",
    re.IGNORECASE,
)


def is_gallery_teaser(line: str) -> bool:
    """A photo-gallery or video teaser: '12 Bilder', 'Fotostrecke', 'Image 1 of 12', '1:46 Min.',
    or the 'Close' button of the viewer that shows them.

    A count with a picture noun is page furniture, never a figure of the article.
    """
    return len(line) <= 120 and (_GALLERY.match(line) is not None or _CLOSE_BUTTON.match(line) is not None)


# --- agency codes ------------------------------------------------------------------
#: '/ji/jha', '/ra/jkr/he' (editor initials closing an agency report), 'AXC0123 2024-03-12/14:05'
#: (the wire's story code and timestamp), '(dpa-AFX)', '(Reuters)' or 'Reuters' alone on a line,
#: 'Mit Material von dpa', 'With inputs from agencies'.
#: News agencies and their short names as bylines and credits write them.
AGENCIES = (
    "dpa", "dpa-AFX", "AFP", "AP", "Reuters", "rtr", "KNA", "epd", "APA", "SDA", "sid", "Xinhua", "PTI",
    "IANS", "ANI", "Bloomberg", "DJ", "Dow Jones", "ČTK", "CTK", "ANSA", "EFE", "Kyodo", "Yonhap", "CNS",
    "CRI", "TASS", "dts", "AFX", "ddp", "Associated Press", "Agence France-Presse", "Deutsche Presse-Agentur",
)
_AGENCY_NAMES = vocabulary(*AGENCIES)
_AGENCY_CODE = re.compile(
    r"^(?:/[a-zäöü]{1,4}){2,5}/?(?:\s+[A-Z]{2,4}\d{3,5})?(?:\s+\d{4}-\d\d-\d\d(?:/|\s+)\d\d:\d\d(?::\d\d)?)?$"
    r"|^[A-Z]{2,4}\d{3,5}\s+\d{4}-\d\d-\d\d(?:/|\s+)\d\d:\d\d(?::\d\d)?$"
    rf"|^\(?(?:{_AGENCY_NAMES})(?:\s*[/,]\s*(?:{_AGENCY_NAMES}))*\)?$"
    rf"|^(?:Mit Material (?:von|der Nachrichtenagenturen?)|Mit Agenturmaterial(?: von)?|Material:|"
    rf"With (?:inputs|input|material|reporting) from|Additional reporting from|Mit Informationen von)"
    rf"\s*(?:(?:{_AGENCY_NAMES}|agencies|Agenturen|news agencies|und|and|,|/|\s)+)\.?$",
    re.IGNORECASE,
)


def is_agency_code(line: str) -> bool:
    return len(line) <= 120 and _AGENCY_CODE.match(line) is not None


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
    "Education|Media|Real Estate|Property|Cars|Autos|Industry|Finance|Investing|Personal Finance|"
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


def _is_short_item(item: str) -> bool:
    return len(item) <= 30 and word_count(item) <= 3 and not _SENTENCE_END.search(item)


def is_menu_item(line: str) -> bool:
    """A line that may be one entry of a vertical menu: short, no sentence punctuation."""
    return bool(line) and _is_short_item(line) and any(c.isalpha() for c in line)


def is_navigation_word(line: str) -> bool:
    """The line is one known navigation word ('Politik', 'Privacy Policy')."""
    return _NAV_ITEM.fullmatch(line) is not None


def is_navigation_line(line: str) -> bool:
    """A line of a site's menu or footer: known navigation words, and either several of
    them or one that names the site's own pages ('Impressum', 'Skip to main content').

    A single section word ('Wirtschaft', 'China') may be a kicker or a subheading, so it
    counts only as part of a menu run (see :mod:`.cleaning`).
    """
    items = navigation_items(line)
    if not items:
        return False
    return len(items) >= 3 or any(_SITE_LINK.fullmatch(item) for item in items)


_SITE_LINK = re.compile(
    rf"(?:{vocabulary('Zum Inhalt springen|Zur Navigation springen|Springe zum Inhalt|Direkt zum Inhalt|Nach oben|Zurück nach oben|Impressum|Datenschutz|Datenschutzerklärung|Mediadaten|AGB|Nutzungsbedingungen|Barrierefreiheit|Sitemap|Skip to content|Skip to main content|Skip to navigation|Jump to content|Back to top|Privacy Policy|Terms of Use|Terms of Service|Terms and Conditions|Cookie Policy|Advertise with us|Site map|Zur Startseite|Hauptnavigation|Menü|Menu')}|{_BACK_LINKS})",
    re.IGNORECASE,
)


#: How far a rule may reach into lines that read like text (see :class:`Rule`).
GUARD_BODY, GUARD_SPEECH, GUARD_LABEL = "body", "speech", "label"


def _matches(pattern: re.Pattern[str], *, max_words: int = 30, anywhere: bool = False) -> Callable[[str], bool]:
    """A test: the line is at most ``max_words`` long and ``pattern`` matches at its
    start (or ``anywhere`` in it)."""
    find = pattern.search if anywhere else pattern.match
    return lambda line: find(line) is not None and word_count(line) <= max_words


@dataclass(frozen=True)
class Rule:
    """One kind of clutter: its reason word and the test that recognises a line.

    ``guard`` says which article-like lines the rule must leave alone:
    ``body`` — any sentence (most rules match short furniture only);
    ``speech`` — only reported speech (consent and sign-up phrases are sentences,
    but a quote about cookies is news); ``label`` — none, because the rule matches a
    label at the start of the line ("Read more: …", "Reporting by …") that no
    article sentence begins with.
    """

    reason: str
    test: Callable[[str], bool]
    guard: str = GUARD_BODY

    def may_judge(self, body: bool, speech: bool) -> bool:
        """May this rule take out a line that is ``body``-like / reported ``speech``?"""
        if self.guard == GUARD_LABEL or not body:
            return True
        return self.guard == GUARD_SPEECH and not speech


RULES: tuple[Rule, ...] = (
    Rule("breadcrumb", lambda line: breadcrumb_parts(line) is not None),
    Rule("comments", _matches(_COMMENTS)),  # before the share bar: '2 Comments' opens a thread
    Rule("comments", _matches(_COMMENT_FORM), GUARD_LABEL),
    Rule("navigation", _matches(_SEARCH_BOX)),
    Rule("share", is_share_bar),
    Rule("share", _matches(_SHARE_NOTE), GUARD_LABEL),
    Rule("pager", is_pager),
    Rule("cookie", _matches(_COOKIE_STATEMENT, max_words=45, anywhere=True), GUARD_SPEECH),
    Rule("cookie", _matches(_COOKIE_BUTTON, anywhere=True)),
    Rule("newsletter", _matches(_NEWSLETTER_PROMPT, anywhere=True), GUARD_SPEECH),
    Rule("newsletter", _matches(_NEWSLETTER_BUTTON, anywhere=True)),
    Rule("subscribe", _matches(_SUBSCRIBE, max_words=20), GUARD_SPEECH),
    Rule("related", _matches(_RELATED), GUARD_LABEL),
    Rule("related", _matches(MORE_BY, max_words=12)),
    Rule("related", _matches(_MORE_FROM, max_words=8)),
    Rule("ad", _matches(_AD)),
    Rule("readtime", is_reading_time),
    Rule("copyright", _matches(_COPYRIGHT, max_words=40, anywhere=True), GUARD_SPEECH),
    Rule("credit", is_credit, GUARD_LABEL),
    Rule("social", _matches(_SOCIAL), GUARD_SPEECH),
    Rule("contact", _matches(_CONTACT), GUARD_LABEL),
    Rule("author_box", _matches(_ABOUT_AUTHOR), GUARD_LABEL),
    Rule("author_box", _matches(_ABOUT_NAME, max_words=7)),
    Rule("gallery", is_gallery_teaser, GUARD_LABEL),
    Rule("agency", is_agency_code, GUARD_LABEL),
    Rule("navigation", is_navigation_line),
)


def classify(line: str, rules: tuple[Rule, ...] = RULES) -> str | None:
    """The reason ``line`` is clutter, or None if it is (or may be) article text."""
    if not line:
        return None
    speech = is_reported_speech(line)
    body = speech or looks_like_body(line)
    for rule in rules:
        if rule.may_judge(body, speech) and rule.test(line):
            return rule.reason
    return None
