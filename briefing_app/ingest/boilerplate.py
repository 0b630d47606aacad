"""Line rules for the clutter a copied web page brings along.

Each rule looks at one normalised line and names what it is (``breadcrumb``,
``share``, ``pager`` …).  The rules are deliberately narrow: a line is only taken out
when all of it is recognisably page furniture.  Losing a real sentence would silently
change what the briefing quotes, while a leftover "Teilen" is merely untidy, so a
line that reads like a sentence is kept unless an explicit label (``Lesen Sie
auch:``) or a consent phrase (``Wir verwenden Cookies``, see :mod:`.consent_lines`) says otherwise, and reported
speech is kept whatever else it contains.

Metadata lines (source, tags, dateline, author) are in :mod:`.metadata`; this module
only names clutter that carries nothing worth keeping.  It holds the worded rules of
subscriptions, related articles and advertisements, and the list of all rules
(:data:`RULES`); consent is in :mod:`.consent_lines`, the comment thread in
:mod:`.comment_lines`, the site's own navigation in :mod:`.navigation_lines`,
pictures' credits, galleries and agency codes in :mod:`.picture_lines`, and the shape
of a line (its words, whether it reads as a sentence) in :mod:`.text_shape`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .comment_lines import COMMENTS, FORM_FIELD, is_comment_form, is_comment_invitation, is_comment_policy
from .consent_lines import (
    CONSENT_MANAGER,
    COOKIE_BUTTON,
    COOKIE_STATEMENT,
    COOKIE_STATEMENT_HINTS,
    EMBED_CONSENT,
    FORM_CONSENT,
    FORM_CONSENT_HINTS,
)
from .contact_lines import CONTACT, LETTERS, SOCIAL, WRITER_CONTACT
from .dates import UPDATED_AGO, UPDATED_LABEL
from .disclaimer_lines import is_legal_notice
from .navigation_lines import SHARE_NOTE, breadcrumb_parts, is_navigation_line, is_pager, is_share_bar
from .page_widgets import PLAYER_TRANSCRIPT, TEMPLATE_PLACEHOLDER, WEATHER, WIDGET_MESSAGE
from .paywall_lines import OFFER, OFFER_HINTS, PAYWALL_BADGE, SUBSCRIBE, SUPPORT_BOX, SUPPORT_HINTS, is_support_plea
from .picture_lines import STOCK_PICTURE_NOTE, is_agency_code, is_credit, is_gallery_teaser
from .text_shape import QUOTE_MARK, ends_like_sentence, is_reported_speech, looks_like_body, vocabulary, word_count

# --- subscriptions, promotion (consent is in .consent_lines) ----------------------
#: The site asking the reader: "Melden Sie sich für unseren Newsletter an".
_NEWSLETTER_PROMPT = re.compile(
    r"\b(?:unseren|unser|our)\s+(?:\w+[- ])?newsletter\b"
    r"|\b(?:melden Sie sich|abonnieren Sie|bestellen Sie|sign up|subscribe)\b.*\bnewsletter\b"
    r"|^(?:Stay up to date with|Bleiben Sie auf dem Laufenden mit)\b.{1,60}$"
    r"|^Sign up (?:now|here|today)\s*[:.!].{0,120}$"
    r"|^Sign up to receive\b.{0,160}$|^Interested in more newsletters\?.{0,40}$"
    r"|^Don['’]t miss out on the latest news\b.{0,60}$"
    r"|^(?:Get|Receive|Sign up for) (?:our )?(?:breaking news|news|email|e-mail) (?:alerts|emails|updates)\b"
    r"|^(?:Breaking News|News) (?:Emails|Alerts)$"
    # the box answering the reader: 'You have successfully subscribed', 'Please activate your subscription'
    r"|\b(?:you have (?:been )?(?:succ?essfully )?subscribed|thanks? (?:you )?for (?:subscribing|signing up)|"
    r"(?:activate|confirm) your subscription|activation link|danke für ihre anmeldung|"
    r"bestätigen sie ihre anmeldung|sie haben sich erfolgreich angemeldet)\b",
    re.IGNORECASE,
)
#: A newsletter's box as it stands in the text, in its own words: "… selects her favourite
#: stories in this weekly newsletter", "Get our weekly free Must-Read newsletter", "… Sign up
#: here.", "skip past newsletter promotion", "… every weekday in your inbox", "Newsletter: X",
#: a blog platform's "Subscribe for free to receive new posts", an app's "Download our app".
#: Tried only on lines with one of ``_NEWSLETTER_HINTS`` in them (the box's words are rare in
#: text, and the patterns would cost every line of every paste).
_NEWSLETTER_BOX = re.compile(
    r"\b(?:in|with) (?:this|our|the) (?:[\w-]+ ){0,4}newsletter\b|\bDownload (?:the|The|our) [\w' -]{2,30} App to\b|\b(?:get|receive) our (?:[\w-]+ ){0,3}newsletter\b"
    r"|[.!]\s+Sign up here\W*$|^Unlock the [\w'’ ]{2,30} Digest\b"
    r"|\bSubscribe for free to receive\b|\bis a reader-supported publication\b|^Type your e-?mail\W*$"
    r"|^(?:Download|Get) (?:our|the) (?:[\w-]+ )?app\b(?:.{0,40}\b(?:alerts|news|notifications)\b)?"
    r"|^(?:skip past|after) newsletter promotion$|^Sign up to [A-Z][\w&' ]{2,40}$|^(?:Free )?(?:daily|weekly) newsletter$"
    r"|\byour inbox\b|\bIhr(?:em)? (?:Postfach|E-Mail-Postfach|Posteingang)\b|^Newsletter\s*:\s*\S.{0,60}$"
    r"|^(?:Enter (?:your )?|Your |Business |Work )?e-?mail(?: address)?\W*$"
    r"|^Please (?:enter|provide) (?:a |your )?(?:valid )?e-?mail(?: address)?\.?$|^Please select at least one newsletter\b"
    r"|^Please choose your preferred newsletter|^(?:Unser|Der) (?:kostenlose[rn]? )?[\w-]*-?Newsletter$|^(?:Ihre |Deine |Geschäftliche |Berufliche )?E-Mail(?:-Adresse)?(?: eingeben)?\W*$"
    r"|^Mit der Anmeldung stimmen Sie unseren Datenschutz"
    r"|\bJetzt (?:den|unseren|hier) (?:kostenlosen )?[\w-]*Newsletter abonnieren\W*$"
    r"|^Hier geht['’]s zu[mr]? [\w-]*Newsletter\W*$"
    # the widget answering the reader: 'A welcome email is on its way. … check your junk folder.'
    r"|\bwelcome e-?mail is on its way\b|\bcheck your (?:junk|spam) folder\b|\b(?:problem|issue|error) signing you up\b"
    r"|\bSign up to (?:get|receive) it (?:every|each)\b"
    # a newsletter's pitch: 'Sign up for The Business Report and get the latest on Louisiana companies …'
    r"|^Sign up for (?-i:(?:The |the |our )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4}) and get the latest\b.{0,160}$",
    re.IGNORECASE,
)
#: A newsletter's notice on what it may contain, longer than the box's other lines.
_NEWSLETTER_NOTICE = re.compile(r"^Privacy Notice: Newsletters may contain\b", re.IGNORECASE)
_NEWSLETTER_HINTS = ("newsletter", "inbox", "postfach", "posteingang", "sign up", "subscribe", "e-mail", "email",
                     "digest", " app", "anmeldung", "reader-supported", "folder", "signing you up")
#: Short newsletter furniture: "Newsletter abonnieren", "Get our newsletter", "Newsletter".
_NEWSLETTER_BUTTON = re.compile(
    r"\bnewsletter\b.*\b(?:abonnieren|bestellen|anmelden|an|erhalten|eintragen|registrieren|"
    r"subscribe|sign up|signup|get|receive)\b"
    r"|\b(?:abonnieren|bestellen|sign up for|subscribe to|get)\b.*\bnewsletters?\b"
    r"|^newsletter\W*$|^Sign me up\W*$|^Jetzt anmelden\W*$",
    re.IGNORECASE,
)


#: 'Read more' glued to the headline it links to, without a colon, perhaps with the headline's
#: badge between: 'Read more Subscribers only Germany's industry faces a 'structural' decline,
#: warn economists'. A headline ends without a full stop; 'Read more about …' goes on a sentence.
_GLUED_READ_MORE = re.compile(
    r"^(?:Read more|Read also|Also read|See also|Lesen Sie auch|Lesen Sie mehr)\s+(?:Subscribers only\s+|Premium\s+|Abo\s+)?"
    r"[A-ZÄÖÜ„“\"‘'][^.!?]{10,200}(?<![.!?])$"
)
#: 'Lesen Sie auch: …', 'Read more: …', 'Mehr zum Thema' — a link to another article.
_RELATED = re.compile(
    r"^\(?(?:Lesen Sie auch|Lest auch|Lies auch|Lesen Sie mehr|Lesen Sie hier|Mehr (?:News|Nachrichten) aus [^.:]{2,60} lesen Sie hier|Lesen Sie jetzt|Follow the topics in this article|Auch interessant|Mehr zum Thema|Mehr dazu|"
    r"Weitere Artikel|Weitere Nachrichten|Das könnte Sie auch interessieren|Passend zum Thema|Siehe auch|"
    r"Zum Thema|Mehr|Weiterlesen|Read more|Read also|Also read|See also|See more|More|Related|Read(?=\s*:)|Links(?=\s*:)|"
    r"Related articles|Related stories|Related coverage|Recommended|Don['’]?t miss|You may also like|"
    r"Most read|Meistgelesen|Top stories|Trending|Related posts|Related news|Related topics|Read related topics|Related content|"
    r"Related reading|Related links|Related insights?|Discover more stories on|Explore more|Explore more on these topics|"
    r"Weitere Informationen|Alle Inhalte zu [\w -]{2,30}|Empfehlungen der Redaktion|Verwendete Quellen|"
    r"Read more with [\w -]{2,30}|READ MORE HERE|See more on|Related Articles?|For More Information|Mehr zu [A-ZÄÖÜ][\w-]{1,30}|"
    r"Mehr [\w-]{2,30}themen finden Sie hier|Explore the edition|From the [\w ]{2,30} edition|"
    r"Discover stories from this section and more in the list of contents|"
    r"Top-Themen|Topthemen|Top-Artikel|Weitere Meldungen|Mehr Nachrichten|Mehr aus dem Ressort|Mehr aus|"
    # a newswire's list of the issuer's other releases: 'Weitere Meldungen von Alpenwerk GmbH', 'More Releases for Taicang'
    r"(?-i:Weitere (?:Meldungen|Pressemitteilungen|Presseaussendungen)|More (?:Releases|Press Releases)) (?:von|aus|zu|from|for|by) "
    r"[\w .,&'’-]{2,60}|"
    r"Das könnte Sie interessieren|Auch lesenswert|Lesenswert|Verwandte Artikel|Ähnliche Artikel|Empfehlungen|"
    r"Unsere Empfehlungen|Beliebte Artikel|Am meisten gelesen|Meist gelesen|Neueste Artikel|Neueste Nachrichten|"
    r"You may like|You might like|You might also like|Você pode gostar|Você também pode gostar|"
    r"También te puede gustar|Te puede gustar|Vous aimerez aussi|Vous aimerez peut-être|Potrebbe piacerti|"
    r"Das könnte Ihnen auch gefallen|Das könnte dich auch interessieren|Anda mungkin suka|"
    r"Editor['’]?s picks|Most popular|Popular|Trending now|Latest stories|More stories|More from|Recommended from [\w -]{2,30}|"
    # a list's label in two words: 'Trending Stories', 'Must Read', 'Popular Headlines'
    r"(?:Trending|Popular|Most read|Most popular|Most viewed|Most shared) "
    r"(?:stories|news|articles|posts|reads|headlines)(?=\W*$)|Must[- ]reads?(?=\W*$)|"
    r"(?:Latest|Top|Business|World|National|Local|More) headlines(?=\W*$)|"  # (alone: 'Recent news: …' is text)
    r"More on this story|More on this topic|Read next|Up next|Recommended for you|Further reading|"
    r"You (?:might|may) be interested in(?=\W*$)|"
    r"Mehr Artikel zu diesem Thema|Mehr zu diesem Thema|Weitere Artikel zum Thema|Mehr aus dieser Rubrik|More on this|"
    r"Lesen Sie mehr zum Thema|Lesen Sie mehr dazu|Lesen Sie auch zum Thema|"
    # the same labels in the other languages pages are copied from
    r"Noticias relacionadas|Te puede interesar|Lea también|Lee también|Artículos relacionados|Lo más leído|Más leídas|"
    r"Leia também|Leia mais|Veja também|Notícias relacionadas|Mais lidas|Artigos relacionados|Saiba mais|"
    r"À lire aussi|A lire aussi|Lire aussi|Sur le même sujet|Articles similaires|Les plus lus|Voir aussi|"
    r"Leggi anche|Articoli correlati|Notizie correlate|Potrebbe interessarti|I più letti|"
    r"Lees ook|Gerelateerde artikelen|Meest gelezen|Czytaj także|Zobacz także|Najczęściej czytane|"
    r"İlgili Haberler|Benzer Haberler|Çok Okunanlar|Читайте также|Похожие новости|Популярное|"
    r"Вам также может быть интересно|Вам может быть интересно|Вам может понравиться|Похожие записи|"
    r"Похожие статьи|Рекомендуем|Материалы по теме|Новости по теме|По теме|Еще по теме|Другие новости|"
    # the widgets of a blog's sidebar, as blog software titles them
    r"Recent Posts|Recent Comments|Recent Entries|Neueste Beiträge|Neueste Kommentare|Letzte Beiträge|"
    r"Aktuelle Beiträge|Свежие записи|Свежие комментарии|Последние записи|Последние комментарии|Рубрики|Архивы|"
    r"Entradas recientes|Comentarios recientes|Posts recentes|Comentários recentes|Articoli recenti|"
    r"Commenti recenti|Articles récents|Commentaires récents|Recente berichten|Recente reacties|"
    r"Baca juga|Berita terkait|Artikel terkait|Berita lainnya|Berita terbaru|Artikel terbaru|Tulisan terbaru|"
    r"Pos-pos terbaru|Terpopuler|Baca selengkapnya|"
    r"関連記事|人気記事|おすすめ記事|最新記事|関連ニュース|こちらの記事も合わせてどうぞ|"
    r"관련기사|관련 기사|많이 본 뉴스|많이 본 기사|많이 본 칼럼|인기기사|최신기사|주요뉴스|"
    r"相关新闻|相关文章|相關新聞|相關文章|延伸阅读|延伸閱讀|热门文章|推荐阅读)"
    # 'Leggi anche su: …', 'Read more on: …': the site named after the label
    r"\b(?:\s+(?:on|at|in|bei|auf|im|sur|su|em|en|di)\s*:.*|\s*(?::.*|\|.*|\.{3}|…)|(?<=lesen Sie hier)\.)?\)?$",
    re.IGNORECASE,
)
#: A broadcaster's note on the programme about the topic: 'Über dieses Thema berichtete
#: Deutschlandfunk am 29. November 2026 um 10:00 Uhr.', 'Über dieses Thema hat auch die SR info Rundschau am
#: 16.01.2025 berichtet.', 'Dieses Thema im Programm: …'.
_PROGRAMME_NOTE = re.compile(
    r"^(?:Über dieses Thema (?:berichtete(?:n)?|berichtet)\s*:? .{2,80}?\b(?:am|im)\b.{0,60}?(?:\d{1,2}[:.]\d\d\s*Uhr|(?:19|20)\d\d)\.?|"
    r"Über dieses Thema ha(?:t|ben) auch .{2,80}?\bam \d{1,2}\.\s?(?:\d{1,2}\.\d{2,4}|[A-Zä]\w+ \d{4})"
    r" (?:um [\d.:]{4,5} Uhr )?berichtet\.?|"
    r"Dieses Thema im Programm\s*:.{0,160}|"
    r"Heard on(?: (?:Morning Edition|All Things Considered|Weekend Edition \w+|Fresh Air|Here & Now|Marketplace[\w ]{0,20}))?\s*:|"
    r"Heard on (?:Morning Edition|All Things Considered|Weekend Edition \w+|Fresh Air|Here & Now)|"  # a public radio's label
    r"Mehr zu diesem Thema (?:hören|sehen) Sie .{2,120})\W*$"
)
#: The site's note on what it earns from links, with its terms: 'If you purchase a product or register
#: for an account through a link on our site, we may receive compensation. By using this site, …'.
_AFFILIATE_NOTICE = re.compile(
    r"^If you (?:purchase|buy) (?:a product|something)\b.{0,120}\bwe may (?:receive|earn) (?:compensation|a commission)\."
)
#: A site's statements about itself under its articles: 'Our Standards: The Thomson Reuters
#: Trust Principles.', 'Why you can trust SCMP', 'This article originally appeared in …'.
_SITE_STATEMENT = re.compile(
    r"^(?:Our Standards\s*:.{0,80}|Why you can trust [\w .&-]{2,40}|Content-Type:|"
    # a press release's end mark: 'ENDS', '- ENDS -', '###', '-30-'
    r"[A-Z][\w.]{1,30} (?i:is a Trust Project member)|"
    r"[-–—]?\s?(?:ENDS|Ends|END)\s?[-–—]?|#\s?#\s?#|-30-|"
    # the site's notice over its pages: 'Notice: Transcripts are available for most segments. Check back for updates.'
    r"Notice: Transcripts are available for most segments\. Check back for updates\.?|"
    # a translated article's note: 'Translation of an original article published in French on lemonde.fr; …'
    # an investment site's disclaimers: 'This article does not constitute financial product advice. …',
    # 'At Stockhead, we tell it like it is. While X and Y are Stockhead advertisers, they did not sponsor …'
    r"This article does not constitute (?:financial |investment )?(?:product )?advice\. .{0,300}|"
    r"At [A-Z][\w ]{1,30}, we tell it like it is\. While .{1,120}\badvertisers?\b.{0,200}|"
    r"(?:Translation of an original article|This (?:article|story) is a translation of an original) .{2,200}|"
    # the page's button for reporting a mistake: 'Fehler gefunden? Jetzt melden.'
    r"(?:(?:Hast du|Haben Sie) (?:einen )?Fehler gefunden|Fehler gefunden|Found an error|Spotted an error|Spot an error)\?\s*"
    r"(?:Jetzt melden|Report it|Let us know)?\.?|"
    r"Fehler im (?:Artikel|Text|Beitrag) melden|Report an error|Einen Fehler melden|"
    # a note on a new version: 'Update 9/23/25, 9:40 a.m. ET: This article was updated with comment from …'
    r"(?:(?:Update|Updated|Correction|Clarification|Editor['’]s note)\b.{0,40}?:\s*)?"
    r"(?:This (?:article|story|post|report) (?:was|has been|had been) (?:updated|corrected|amended|clarified)\b|"
    # 'Correction: An earlier version of this story misstated the capacity …'
    r"An earlier version of this (?:article|story|report|post)\b).{0,300}|"
    r"(?:Korrektur|Aktualisierung|Anmerkung der Redaktion|Hinweis der Redaktion)\b[^:]{0,40}:\s*\S.{0,300}|"
    r"In einer früheren Version (?:dieses|des) (?:Artikels|Textes|Beitrags)\b.{0,300}|"
    r"Corrections? (?:&|and) Amplifications\s*:.{0,400}|"
    # the site's note on the links it earns from: 'FTC: We use income earning auto affiliate links.'
    r"(?:FTC|Disclosure|Transparenz|Hinweis)\s*:\s*.{0,80}\b(?i:affiliate[- ]links?)\b.{0,120}|"
    r"(?:This (?:article|post|page) contains|We (?:use|may use)) [\w ]{0,30}(?i:affiliate[- ]links?)\b.{0,160}|"
    # 'Hearst Television participates in various affiliate marketing programs, which means we may get paid …'
    # (the site's own disclosure: what it earns; a report on a retailer's programmes says nothing of that)
    r"[A-Z][\w.&'’ -]{1,60} participates in (?:various )?affiliate (?:marketing |advertising )?programs?, which means "
    r"(?:that )?we (?:may )?(?:get paid|earn|receive)\b.{0,200}|"
    # the writer's holdings: 'The author or authors do not own shares in any securities mentioned …'
    r"(?:Disclosure\s*:\s*)?(?:The )?(?:author|authors|writer)(?: or authors)? (?:do|does|did) not (?:own|hold|have) "
    r"(?:shares|positions|a position|any position)\b.{0,300}|"
    # the banner of the EU's websites
    r"An official (?:website of the European Union|EU website)|All official European Union website addresses are in the "
    r"europa\.eu domain|See all EU institutions and bodies|"
    r"Based on facts, either observed and verified directly by the reporter.{0,200}|"
    r"This (?:publication|article|briefing|update) is (?:intended|provided) (?:to provide |for )general information.{0,300}|"
    r"(?:This|A version of this) (?:article|story) (?:first |originally )?(?:appeared|appears|was (?:first |originally )?published) (?:in|on|by) .{2,100}|"
    # the print edition's note: 'Published in The Express Tribune, November 7th, 2024.'
    r"(?:Published|Printed) in (?:the print edition of )?(?:the |The )?[A-Z][\w.&'’ -]{1,40}, "
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2} [A-Z][a-z]{2,8}),? (?:19|20)\d\d|"
    # the site's own note with its address: 'Published by Globes, Israel business news - en.globes.co.il - on …'
    r"Published by (?:the |The )?[A-Z][\w.&'’ -]{1,40},.{0,60}\b[a-z][\w-]*\.(?:com|co\.[a-z]{2}|net|org|[a-z]{2})\b.{0,40}|"
    r"Dieser (?:Artikel|Text|Beitrag) erschien (?:zuerst |auch |bereits )?(?:in|im|auf|bei)\b.{2,100}|"
    r"Dieser (?:Artikel|Text|Beitrag) ist (?:zuerst|auch|bereits) (?:in|im|auf|bei)\b.{2,100}? erschienen|"
    r"Dieser (?:Artikel|Text|Beitrag) ist in der .{1,60}? Ausgabe \d{1,2}/(?:19|20)\d\d erschienen|"  # 'in der trend. Ausgabe 03/2026'
    r"Erschienen in (?:der )?(?:Print-?[Aa]usgabe|Ausgabe) .{2,80}|"
    # disclaimers: the writer's opinion, a text written with a machine's help
    r"(?:Opinions|The (?:views|opinions)(?: and opinions)?) expressed (?:here |herein |in this (?:article|column|piece) )?are (?:those of the author|"
    r"the author['’]s own|solely those of the author|the views and opinions of the author)\b.{0,300}|"
    r"[A-Z][\w.&'’ -]{1,40} publishes articles from a (?:variety|range) of (?:outside )?sources which express\b.{0,300}|"
    r"The (?:views|positions|opinions) (?:expressed|taken) in (?:this|these) (?:articles?|pieces?) (?:are|is) not necessarily "
    r"(?:those|the views?) of (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}|"
    r"Die (?:in diesem (?:Beitrag|Artikel) )?geäußerten Meinungen (?:sind|geben) .{0,200}|"
    r"This (?:article|story|text) was (?:generated|created|produced|written|translated) (?:with the (?:support|help|assistance) of|"
    r"using|by|with) (?:AI|artificial intelligence|an AI)\b.{0,200}|"
    r"Dieser (?:Artikel|Text|Beitrag) wurde (?:mit (?:Unterstützung|Hilfe) (?:von |einer )?|von einer )KI\b.{0,200})\W*$"
    # a wire's note to editors on a new version: '(ATTN: ADDS comments from industry, details in paras 6-9)'
    r"|^\((?:ATTN|UPDATE \d+|REFILE|RECASTS|CORRECTS|ADVISORY)\b[^()]{0,200}\)$"
)
#: A machine's translation or voice offered by the page: 'Translations may contain
#: inaccuracies', 'Voice is AI-generated. Inaccuracies may be present.', 'This is read by an
#: automated voice.' Searched only in lines with one of ``_MACHINE_HINTS``.
_MACHINE_DISCLAIMER = re.compile(
    r"\b(?:may|might|can) contain inaccuracies\b|\bInaccuracies may be present\b"
    r"|\b(?:read|narrated|voiced|spoken) by (?:an? )?(?:automated|artificial|synthetic|computer-generated|AI)\b"
    r"|^Produced by\b.{0,80}\busing AI narration\b|^(?:This is (?:an? )?)?AI[- ](?:generated|assisted) summar(?:y|i[sz]ation)\b"
    r"|^Summari[sz]e (?:this|the) (?:article|story) with AI\b"
    r"|\b(?:von einer|mit einer) (?:künstlichen|synthetischen|computergenerierten) Stimme\b"
    r"|^(?:Diese (?:Zusammenfassung|Kurzfassung) wurde (?:mit KI|automatisch|maschinell) erstellt|KI-generierte Zusammenfassung)\b"
    r"|\bAudio(?:version|fassung|datei)? (?:wurde|wird) (?:künstlich|automatisch|maschinell|mit KI) (?:erzeugt|erstellt|generiert)\b"
    # the note under a summary a machine wrote: 'KI-generiert, redaktionell geprüft'
    r"|^(?:KI-generiert|AI-generated|Generated by AI)(?:[,;]?\s+(?:und\s+)?(?:redaktionell (?:über|ge)prüft|geprüft|"
    r"reviewed by (?:an? |our )?(?:editors?|journalists?)|checked by (?:an? |our )?(?:editors?|journalists?)))?\.?$",
    re.IGNORECASE,
)
_MACHINE_HINTS = ("inaccura", "automated", "artificial", "synthetic", "computer-generated", "stimme", " ai", "audio",
                  "zusammenfassung", "ki-generiert", "ai-generated", "ai-assisted")
#: A link to an article on a sister site: 'On HoustonChronicle.com: Car sales plunge …'.
_ON_SITE = re.compile(
    r"^(?:On|Auf|Bei|Sur|Su|Em|En)\s+[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|de|at|ch|co\.uk|uk|fr|it|es|br|pt|nl|"
    r"cn|hk|sg|in|info|io|news)\s*:\s+\S.{2,200}$"
)
#: A label over other articles of the site or a section, by its name: 'More From the Los
#: Angeles Times', 'More in Business', 'Mehr aus Wirtschaft', 'More Coverage'.
_MORE_FROM = re.compile(
    r"^(?:(?i:More|Mehr|Weitere|Más|Mais|Plus|Altro|Altri|Meer|Most Read|Most Popular|Latest|Read more|Watch more|"
    r"Lesen Sie mehr) (?i:from|in|von|aus|bei|de|da|du|van|uit)\s+"
    r"(?i:the\s+|der\s+|dem\s+|la\s+|le\s+|o\s+|el\s+)?[A-Z0-9ÄÖÜ][\w&.'’-]*(?:\s+[\w&.'’-]+){0,4}"
    r"|(?i:More|Mehr|Weitere) [«»\"„“‹›][A-Z0-9ÄÖÜ][^«»\"„“‹›]{1,40}[«»\"„“‹›]"  # 'Mehr «Wirtschaft»': the section in quotes
    r"|More (?:Coverage|News|Headlines|Stories|Articles|Videos)|Weitere (?:News|Nachrichten|Artikel|Beiträge|Videos)"
    r"(?: (?:aus|zu|zum|zur) (?:de[mnr] |die |das )?[A-ZÄÖÜ][\w-]*(?: [\w-]+){0,2})?)\W*$"
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
    r"Autor:innen|Autor\*innen|AutorInnen|Über die Autor:innen|"
    r"Sobre o autor|Sobre a autora|Sobre el autor|Sobre la autora|À propos de l['’]auteur|Sull['’]autore|"
    r"Over de auteur|Tentang penulis|Tentang pengarang|Authors|Guest Author|Written by|Über die Nachrichtenagentur|"
    r"Über die Agentur|About the agency)(?:\W*|:\s*(?-i:[A-ZÄÖÜ][\w.'’-]+(?: [A-ZÄÖÜ][\w.'’-]+){1,3}))$",  # (': Mark Ridley')
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


def is_generic_more(line: str) -> bool:
    """'Read more', 'Mehr', 'Related' alone: a menu's last item, or a link over one teaser."""
    return _GENERIC_MORE.match(line) is not None


_AD = re.compile(
    r"^[-–—\s]*(?:Anzeige|Werbung|Advertisement|Advertising|Sponsored|Gesponsert|Ad|Promoted Content|Publicidad|Publicidade|"
    r"Publicité|Pubblicità|Advertentie|Reklama|Reklam|Реклама|Iklan|광고|広告|广告)(?:\s\d{1,2})?[-–—\s]*$"  # 'Advertisement 3'
    # the size of a standard advertising slot: '300x250' ('640 x 480' or '160 x 200' in a table stays)
    r"|^(?:300x250|300x600|300x50|320x50|320x100|336x280|728x90|970x90|970x250|160x600|468x60)$"

    r"|^.{0,60}\b(?:sponsored by|presented by|präsentiert von|powered by|supported by|unterstützt von)\W*$"
    r"|^.{0,80}\b(?:by )?(?:click(?:ing)? here|hier klicken|klicken Sie hier)\W*$"
    r"|^Report (?:this|an) ad$|^(?:Hide|Close|Skip) (?:Ad|Advert|Advertisement)$"
    r"|^(?:Advertisement\s*[-–—·•|]?\s*)?(?:Scroll to continue(?: with content)?|Continue reading below|Continue reading the main story|Story continues below|"
    r"(?:Article|Story) continues below(?: this (?:ad|advertisement))?|"
    r"Continue reading after the ad|Weiterlesen nach der Anzeige|Lesen Sie nach der Anzeige weiter|"
    r"Artikel wird nach der Anzeige fortgesetzt)\W*$"
    # a wire service selling its terminal under the story
    r"|^Before it['’]s here, it['’]s on the Bloomberg Terminal\W*$|^LEARN MORE$|^(?:Jetzt )?mehr erfahren\W*$",
    re.IGNORECASE,
)
#: The label of a reading time, before or after the minutes, in the languages pages come in.
_READING_TIME_LABELS = vocabulary(
    "Lesezeit|Lesedauer|Reading time|Read time|Estimated read time|Estimated reading time|read|Artikel anhören|Artikel zum Hören|Listen to this article|Listen|Hördauer|Temps de lecture|de lecture|Tiempo de lectura|de lectura|"
    "Tempo de leitura|de leitura|Tempo di lettura|di lettura|Leestijd|leestijd|Läsetid|Czas czytania|"
    "Waktu baca|Lama membaca|baca"
)
#: "Lesezeit: 3 Min.", "3 Min. Lesezeit", "5 min read", "Reading time: 4 minutes", a listening
#: time ("Artikel anhören • 5 Minuten"), a count of comments before it ("0 2 minutes read"),
#: "Tempo de leitura: 2 minutos", "Temps de lecture : 3 minutes", "3 menit baca".
_READING_TIME = re.compile(
    rf"^(?:[·•|]\s*)?(?:\d{{1,3}}\s+(?=\d))?(?:(?:{_READING_TIME_LABELS})\s*[:·•|]?\s*)?"  # ('0 2 minutes read': a count of comments first)
    r"(?:ca\.\s*|about\s+|environ\s+|cerca de\s+)?(?:\d+\s?[-–]\s?)?\d+[- ]?"  # ('4-5 minutes')
    r"(?:Min\.?|Minuten?|min(?:ute)?s?\.?|minutos?|minuti|minuto|menit|minut)"
    rf"(?:\s+(?:{_READING_TIME_LABELS}))?\W*$",
    re.IGNORECASE,
)


#: A byline run into the reading time: 'Posted by Written by Jane Roe Reading Time: 6 minutes'.
_BYLINE_READING_TIME = re.compile(
    rf"^(?:(?:Posted|Written|By|Von)\b.{{2,80}}?\s)(?:{_READING_TIME_LABELS})\s*:?\s*\d+\s*(?:Min\.?|Minuten?|min(?:ute)?s?)\.?$",
    re.IGNORECASE,
)


def is_reading_time(line: str) -> bool:
    return _READING_TIME.match(line) is not None or (len(line) <= 160 and _BYLINE_READING_TIME.match(line) is not None)


_COPYRIGHT = re.compile(
    r"^(?:[©ⓒ]|\(c\)\s|Copyright\s*(?:[©ⓒ@]|\(c\)|\d{4}|:\s*[A-Z][^.]{1,60},\s*(?:19|20)\d\d\.?$)|Alle Rechte vorbehalten|All rights reserved|"
    r"Hier können Sie die Rechte an diesem Artikel erwerben|"
    r"Dieser (?:Inhalt|Artikel|Beitrag|Text) ist urheberrechtlich geschützt(?:\.|\s+und\b).{0,300}$|"
    r"This (?:content|article|material) is (?:protected by|subject to) copyright\b.{0,300}$)|"
    r"\b(?:Alle Rechte vorbehalten|All rights reserved)\.?$|"
    r"^.{0,60}\bCopyright reserved\.?$|"  # a wire picture's: '--fotoBERNAMA (2026) COPYRIGHT RESERVED'
    # a legal paragraph of the footer: '… may not be redistributed. ©2019 Name. All rights reserved. FAQ'
    r"[©ⓒ]\s*(?:19|20)\d\d\b.{0,120}\b(?:Alle Rechte vorbehalten|All rights reserved)\b",
    re.IGNORECASE,
)
#: A search box: 'Search for: Search', 'Suche nach:', 'Cerca: Search'.
_SEARCH_BOX = re.compile(
    r"^(?:Search(?: for)?|Suche(?: nach)?|Suchen|Cerca|Buscar|Pesquisar|Pesquisa|Rechercher|Recherche|Cari|Zoeken|"
    r"Szukaj|Поиск|Найти)\s*(?:…|\.\.\.)?\s*:\s*(?:Search|Suchen|Suche|Cerca|Buscar|Pesquisar|Rechercher|Cari|Zoeken|Go|Los)?\W*$",
    re.IGNORECASE,
)
#: How far a rule may reach into lines that read like text (see :class:`Rule`).
GUARD_BODY, GUARD_SPEECH, GUARD_LABEL = "body", "speech", "label"


def _matches(
    pattern: re.Pattern[str], *, max_words: int = 30, anywhere: bool = False, hints: tuple[str, ...] = ()
) -> Callable[[str], bool]:
    """A test: the line is at most ``max_words`` long and ``pattern`` matches at its
    start (or ``anywhere`` in it) — tried only when one of ``hints`` is in the line (lower case).
    A pattern anchored at the start needs no hints: it fails at once."""
    assert anywhere or not hints, "hints guard only the patterns searched anywhere in a line"
    if not anywhere:
        return lambda line: pattern.match(line) is not None and word_count(line) <= max_words

    def test(line: str) -> bool:
        # (counting the blanks first keeps the patterns off long paragraphs, which never qualify)
        if line.count(" ") > 2 * max_words:
            return False
        if hints:
            low = line.lower()
            if not any(hint in low for hint in hints):
                return False
        return pattern.search(line) is not None and word_count(line) <= max_words

    return test


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


#: The site's own products, as its promotions name them.
_HOUSE_PRODUCTS = re.compile(
    r"\b(?:newsletters?|app|apps|podcasts?|events?|tickets?|subscription|subscribers?|subscribe|premium|"
    r"reading list|alerts|inbox|e-paper|webinar|conference pass|Abo|Abonnement|Newsletter|App|Podcast|Veranstaltung|"
    r"Tickets?|E-Paper|Push-Nachrichten|Merkliste|Zugang|Probeabo)\b",
    re.IGNORECASE,
)
_HOUSE_POSSESSIVE = re.compile(
    r"\b(?:our|your|unser(?:e[mnrs]?)?)\s+(?:[\w.'’-]+\s+){0,3}?[\w.'’-]*?" + r"(?:" + _HOUSE_PRODUCTS.pattern + r")",
    re.IGNORECASE,
)
#: How long such a promotion runs at the most.
_HOUSE_PROMOTION_WORDS = 40


def is_house_promotion(line: str) -> bool:
    """The site promoting itself in a sentence set into or under the article: it speaks to
    the reader (or as the site) and names one of its products — an app, a newsletter, an
    event, a subscription ('Join 10,000+ leaders at Disrupt 2025. Don’t miss your chance …').
    The article's own sentences address nobody outside quotation marks (reported speech is
    left alone by the rule's guard)."""
    if line.count(" ") >= _HOUSE_PROMOTION_WORDS or QUOTE_MARK.search(line):
        return False
    return _HOUSE_POSSESSIVE.search(line) is not None


def is_reader_imperative(line: str) -> bool:
    """The site telling the reader what to do next, the verb first (see ``_READER_IMPERATIVE``)."""
    if line.count(" ") >= _HOUSE_PROMOTION_WORDS or QUOTE_MARK.search(line):
        return False
    return _READER_IMPERATIVE.match(line) is not None or (
        _SIGN_UP.match(line) is not None and word_count(line) <= _SIGN_UP_WORDS and not ends_like_sentence(line))


#: The site telling the reader what to do next, the verb first, and what it offers: 'Get
#: the week’s biggest stories …', 'Access articles from across Canada …', 'Give your
#: business an edge with our leading industry insights.' Advice in the article's voice
#: offers no story, app or subscription ('Get quotes from three installers', 'Download
#: speeds double …'); a speech cue keeps the rest (the rule's guard).
_READER_IMPERATIVE = re.compile(
    r"(?:Get|Enjoy|Unlock|Discover|Don['’]t miss|Stay|Join|Sign up|Subscribe|Download|Explore|Click|Tap|Find out|"
    r"Learn|Give|Access|Support|Claim|Try|Register) (?=.*\b(?i:our|articles|stories|news|headlines|newsletters?|"
    r"subscription|premium|inbox|app|podcasts?|insights|analysis|offers?|free|account|alerts|updates|coverage)\b)"
)


#: A button or box title of the site's own: 'Sign up for China Brief', 'Subscribe to Markets Pro'.
_SIGN_UP = re.compile(r"(?:Sign up|Subscribe|Register now|Sign in|Log in) ")
_SIGN_UP_WORDS = 8


#: A skip link of a screen reader's page: 'Skip to main menu', 'Skip next section Related content'.
_SKIP_LINK = re.compile(r"^(?:Skip|Jump) (?:to|next section)\b[\w'’ -]{0,40}$")


#: A time of day alone, as a live ticker stamps its entries: '17:55 Uhr', '9:05 AM', or an update: 'Updated 6:20 p.m.'
_TIME_STAMP = re.compile(rf"^(?:{UPDATED_LABEL}\s*)?[0-2]?\d[:.][0-5]\d\s*(?:Uhr|[AaPp]\.?[Mm]\.?|h)?"
                         r"(?:\s+(?:MEZ|MESZ|CET|CEST|GMT|UTC|ET|EST|BST))?$")
#: An advertisement slot's note: 'This advertisement has not loaded yet, but your article continues below.'
_AD_NOTE = re.compile(r"^.{0,60}\b(?:advertisement|ad)\b.{0,60}\b(?:(?:article|story) continues below"
                      r"|scroll (?:down )?to continue(?: reading| with content)?)\W*$", re.IGNORECASE)


RULES: tuple[Rule, ...] = (
    Rule("breadcrumb", lambda line: breadcrumb_parts(line) is not None),
    Rule("comments", _matches(COMMENTS)),  # before the share bar: '2 Comments' opens a thread
    Rule("comments", is_comment_form, GUARD_LABEL),
    Rule("comments", is_comment_policy, GUARD_LABEL),  # reported speech is left by the test itself
    Rule("comments", is_comment_invitation, GUARD_SPEECH),
    Rule("form", _matches(FORM_FIELD, max_words=4)),
    Rule("form", _matches(TEMPLATE_PLACEHOLDER, max_words=12), GUARD_LABEL),
    Rule("form", _matches(WIDGET_MESSAGE), GUARD_LABEL),
    Rule("gallery", _matches(PLAYER_TRANSCRIPT, max_words=10_000), GUARD_LABEL),  # (the whole transcript on one line)
    Rule("navigation", _matches(WEATHER, max_words=8)),
    Rule("navigation", _matches(_SEARCH_BOX)),
    Rule("navigation", _matches(_SKIP_LINK, max_words=8)),
    Rule("dateline", _matches(_TIME_STAMP, max_words=6), GUARD_LABEL),
    # 'Updated 3 hours ago' alone: the article's date line without a date ('vor 2 Stunden' alone
    # is as often a comment's time, which the comment thread's passes read)
    Rule("dateline", lambda line: UPDATED_AGO.match(line) is not None, GUARD_LABEL),


    Rule("subscribe", _matches(SUPPORT_BOX, max_words=80, anywhere=True, hints=SUPPORT_HINTS),
         GUARD_SPEECH),
    Rule("subscribe", is_support_plea, GUARD_SPEECH),
    Rule("share", is_share_bar),
    Rule("share", _matches(SHARE_NOTE, max_words=60), GUARD_LABEL),  # (a blog's buttons glued: six of them)
    Rule("pager", is_pager),
    Rule("cookie", _matches(COOKIE_STATEMENT, max_words=45, anywhere=True, hints=COOKIE_STATEMENT_HINTS), GUARD_SPEECH),
    Rule("cookie", _matches(CONSENT_MANAGER, max_words=160, anywhere=True, hints=("partner",)), GUARD_SPEECH),
    Rule("cookie", _matches(COOKIE_BUTTON, anywhere=True)),
    Rule("cookie", _matches(EMBED_CONSENT), GUARD_SPEECH),
    Rule("newsletter", _matches(FORM_CONSENT, max_words=80, anywhere=True, hints=FORM_CONSENT_HINTS), GUARD_SPEECH),
    Rule("newsletter", _matches(_NEWSLETTER_PROMPT, anywhere=True), GUARD_SPEECH),
    Rule("newsletter", _matches(_NEWSLETTER_BOX, anywhere=True, hints=_NEWSLETTER_HINTS), GUARD_SPEECH),
    Rule("newsletter", _matches(_NEWSLETTER_NOTICE, max_words=60), GUARD_SPEECH),
    Rule("newsletter", _matches(_NEWSLETTER_BUTTON, anywhere=True)),
    Rule("subscribe", _matches(SUBSCRIBE, max_words=20), GUARD_SPEECH),
    Rule("subscribe", _matches(PAYWALL_BADGE)),
    Rule("subscribe", _matches(OFFER, max_words=40, anywhere=True, hints=OFFER_HINTS), GUARD_SPEECH),
    Rule("ad", is_house_promotion, GUARD_SPEECH),
    Rule("related", _matches(_RELATED), GUARD_LABEL),
    Rule("related", _matches(_GLUED_READ_MORE, max_words=30)),
    Rule("related", _matches(MORE_BY, max_words=12)),
    Rule("related", _matches(_MORE_FROM, max_words=8)),
    Rule("related", _matches(_ON_SITE), GUARD_LABEL),
    Rule("related", _matches(_PROGRAMME_NOTE), GUARD_LABEL),
    Rule("page_footer", _matches(_SITE_STATEMENT), GUARD_LABEL),
    Rule("page_footer", _matches(_AFFILIATE_NOTICE, max_words=80), GUARD_LABEL),
    Rule("page_footer", is_legal_notice, GUARD_SPEECH),
    Rule("page_footer", _matches(_MACHINE_DISCLAIMER, max_words=45, anywhere=True, hints=_MACHINE_HINTS), GUARD_SPEECH),
    Rule("ad", _matches(_AD)),
    Rule("ad", _matches(_AD_NOTE, max_words=20), GUARD_SPEECH),
    Rule("readtime", is_reading_time),
    Rule("copyright", _matches(_COPYRIGHT, max_words=40, anywhere=True), GUARD_SPEECH),
    Rule("credit", is_credit, GUARD_LABEL),
    Rule("credit", _matches(STOCK_PICTURE_NOTE), GUARD_LABEL),
    Rule("social", _matches(SOCIAL), GUARD_SPEECH),
    Rule("contact", _matches(CONTACT), GUARD_LABEL),
    Rule("contact", _matches(WRITER_CONTACT, max_words=60, anywhere=True, hints=("@",)), GUARD_SPEECH),
    Rule("contact", _matches(LETTERS, max_words=60, anywhere=True, hints=("letter", "leserbrief")), GUARD_SPEECH),
    Rule("author_box", _matches(_ABOUT_AUTHOR), GUARD_LABEL),
    Rule("author_box", _matches(_ABOUT_NAME, max_words=7)),
    Rule("gallery", is_gallery_teaser, GUARD_LABEL),
    Rule("agency", is_agency_code, GUARD_LABEL),
    Rule("navigation", is_navigation_line),
    # the last: a label ('Don't miss these insights from CNBC PRO' over a list), a download
    # link ('Download the fact sheet …') or a social prompt says more than 'a promotion'
    Rule("ad", is_reader_imperative, GUARD_SPEECH),
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
