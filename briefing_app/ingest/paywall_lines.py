"""A site's paywall, its offers and its requests for money, as lines of the page.

The badge of a paid article ('SZ Plus', 'PREMIUM'), the buttons and boxes asking the reader to
subscribe, sign in or register, a trial at a price ('BNN+ für 0,99 € testen'), a donation
box ('… we have a small favour to ask'). An article reports on subscriptions and prices
only in sentences of its own or in reported speech, which the rules using these patterns
leave alone.
"""

from __future__ import annotations

import re

#: A paywall's badge on the article or a card: 'WN+', 'SZ Plus', 'PREMIUM', 'trend. PREMIUM' (a crosshead
#: 'Premium' over a streaming service's dearest plan is written in lower case).
PAYWALL_BADGE = re.compile(r"^(?:[A-Z]{1,4}|[A-Z][a-z]?[A-Z])\s?(?:Plus|\+)$|^(?:\w+\.\s|[A-Z]{2,}\s)?PREMIUM$")
#: Such a badge glued on before a headline or a card's title: 'SZ+Konkurrenz aus Fernost', 'PNP
#: PlusBesuch aus Fernost' (a name with a plus, 'K+S: Kalipreise …', goes on in capitals).
GLUED_BADGE = re.compile(r"^(?:[A-Z]{1,4}|[A-Z][a-z]?[A-Z])\s?(?:Plus|\+)\s?(?=[„“\"]?[A-ZÄÖÜ][a-zäöüß])")
#: The buttons and boxes asking the reader to subscribe, sign in or register: 'Jetzt abonnieren',
#: 'Subscribe now to read the latest news …', 'Sign In or Create an Account', a trial at a price.
SUBSCRIBE = re.compile(
    r"^(?:Jetzt\s+)?(?:kostenlos\s+)?(?:abonnieren|Abo abschließen|Zum Abo|Abo testen|kostenlos testen|testen|"
    r"registrieren|anmelden|einloggen|weiterlesen mit \w+.*)\W*$"
    r"|^(?:Subscribe|Subscribe now|Subscribe today|Sign in|Sign up|Log in|Login|Register|"
    r"Create (?:a |an |your )?(?:free )?account|Free sign[ -]?up|Konto erstellen|Kostenloses Konto anlegen|"
    r"(?:Sign in|Log in) or create (?:a |an |your )?(?:free )?account|(?:View|See) (?:more|all) (?:offers|subscription options)|"
    r"Start your free trial|Already a subscriber\?.*|Bereits Abonnent\?.*|Schon Abonnent\?.*|"
    r"Dieser Artikel ist nur für Abonnenten.*|This article is for subscribers only.*|Exklusiv für Abonnenten|"
    r"Nur für Abonnenten|Subscriber exclusive|Subscribers only|For subscribers|"
    r"This content is reserved for subscribers(?: only)?|Subscribe for more (?:articles|stories))\W*$"
    r"|^Enjoying this article\?.{0,120}$|^Get \d+ (?:weeks|months) of (?:access|The \w+).{0,80}$"
    r"|^By subscribing,? you (?:can )?help\b.{0,100}$"
    # a paywall's box: 'SUBSCRIBE TO UNLOCK MORE ARTICLES', 'Subscribe now to read the latest news …'
    r"|^(?:Subscribe|Register|Sign in|Log in)(?: now)?(?:\s*(?:/|or)\s*(?:Subscribe|Register|Sign in|Log in))*"
    r" to (?:unlock|read|continue|keep reading)\b.{0,100}$"
    r"|^Create (?:an|a free) account or (?:sign|log) in to (?:continue|keep reading|read)\b.{0,80}$"
    r"|^Unlimited (?:online |digital )?access to (?:read )?(?:all |our |every )?(?:articles|stories|content|news)\b.{0,140}$"
    r"|^(?:Log in|Sign in|Register|Subscribe)\b[\w ,]{0,40}\bto save (?:articles|stories|this article)\b.{0,40}$"
    # an offer on top of the page: 'Special Offer: $1 for 4 weeks', 'Introductory Offer: Save 30% on PS Digital'
    r"|^(?:Special|Limited[- ]time|Introductory|Exclusive) offer\s*:.{0,80}$"
    # a trial at a price: 'BNN+ für 0,99 € testen', 'Jetzt 1 Monat für 1 € lesen', 'Try it for $1'
    r"|^(?:[\w+.-]+\s){0,3}(?:für|for) (?:nur |just |only )?(?:[$€£]\s?\d+(?:[.,]\d\d)?|\d+(?:[.,]\d\d)?\s?(?:€|Euro|EUR))"
    r"\s(?:testen|lesen|ausprobieren|weiterlesen)!?$",
    re.IGNORECASE,
)
#: A paid offer inside a line: a teaser marked '(abopflichtiger Inhalt)', a trial in words
#: ('… Jetzt vier Wochen kostenlos testen.'), a closing 'Subscribe now'. Tried only on lines
#: with one of ``OFFER_HINTS`` in them.
OFFER = re.compile(
    r"\((?:abopflichtiger Inhalt|Abo|paywall|subscription required)\)"
    r"|\b(?:\d+|ein|eine|einen|zwei|drei|vier|sechs|acht|zwölf|one|two|three|four|six|twelve) "
    r"(?:Wochen|Woche|Monate|Monat|weeks|week|months|month) (?:lang )?(?:kostenlos|gratis|for free|free)\b"
    r"|\b(?:Subscribe now|Jetzt abonnieren|Sign up for free|Jetzt kostenlos registrieren)\W*$"
    r"|\bjetzt (?:kostenloses? )?(?:Whitepaper|E-Book|Studie|Report) herunterladen\W*$"
    # a price for reading: 'Get unlimited access to Foreign Policy for just $1 a week.'
    r"|\bunlimited (?:digital |online )?access\b[^.]{0,60}\b(?:for|at) (?:just|only) [$€£]\s?\d",
    re.IGNORECASE,
)
OFFER_HINTS = ("abo", "paywall", "subscri", "kostenlos", "gratis", "free", "registrieren", "herunterladen", "unlimited")

#: A donation or paywall box: '… we have a small favour to ask', '£4 per month', 'Remind me in May'.
SUPPORT_BOX = re.compile(
    r"\bwe have a small favour to ask\b|^[£$€]\s?\d+(?:[.,]\d\d)? (?:per|a|/) (?:month|year|week)$|^Remind me in \w+$"
    r"|^Accepted payment methods\b"
    # the site asking its readers for money: 'Support Our Journalism', 'Your donation today powers
    # the independent journalism …', '… support from wonderful readers like you.'
    r"|^(?i:Support (?:our|independent|quality|local) journalism)\W*$|\b(?i:your) (?:donation|gift|contribution)\b"
    r".{0,60}\b(?:journalism|reporting|newsroom)\b|\bsupport from (?:wonderful |loyal |our )?readers like you\b"
    # the box's heading and its thanks: 'Unterstützen Sie linken Journalismus', 'Thank you for donating to DutchNews.nl.'
    r"|^Unterstützen Sie (?:unabhängigen |linken |kritischen |guten |freien )?Journalismus\W*$"
    r"|^Thank you for donating to [\w .&'’-]{2,40}\.?$"
    r"|\btake a paid subscription\b"
    # a public radio's appeal: 'Your support matters.', 'Donate today. A gift of $17 makes a difference.'
    r"|^Your support matters\.$|^Donate (?:today|now)\. A gift of [$€£]\s?\d+"
    # a public broadcaster's or a nonprofit's note: 'Our reporting is made possible by the support of our members.'
    r"|\b(?i:is|are) made possible (?:by|through) (?:the )?(?:support|generosity) of our (?:members|readers|donors|listeners"
    r"|viewers|supporters)\b"
    # the site of itself: 'Stuff's journalism is supported by readers like you.', 'We rely on your support to keep
    # our journalism free for all New Zealanders.'
    r"|^[A-Z][\w.&'’ -]{1,30}['’]s journalism is supported by readers like you\.?$"
    r"|^We rely on your support to keep our journalism free\b.{0,120}$"
    # the box's button: 'Become a WW Supporter', 'Become a Member', 'Donate'; its plea: 'Support Labor Notes by
    # becoming a monthly donor.'
    r"|^Become an? (?:[A-Z][\w.&'’-]*\s){0,3}(?i:Supporter|Member|Sustaining Member|Donor|Patron|Friend)\W*$|^Donate$"
    r"|^(?:[^.!?]{0,80}[.!?]\s)?Support (?:[A-Z][\w.&'’-]*\s){1,4}by becoming a (?:monthly |sustaining |paying )(?:donor|member|supporter)\b"
)
#: A site's plea for support in its own words, told by four things together: the site speaking
#: of itself ('we', 'our', 'us'; 'wir', 'unser', 'uns') to its reader ('you', 'your'; 'Sie'
#: inside a sentence, 'Ihnen', 'du', or a plea's opening 'Support …', 'Unterstütze …'), of its
#: journalism ('our reporting', 'newsroom', 'Redaktion') and asking for money ('donation',
#: 'support', 'become a member', 'free for all', 'finanziert sich'). A company telling its
#: customers what it invests or what they will pay asks for nothing; an interview's question
#: speaks to one person of their own journalism ('Wie finanzieren Sie Ihren Journalismus?'), an
#: answer speaks for the one answering ('I', 'ich'); a newsroom telling of its finances ('We rely
#: on our readers' support …') speaks to no one; a report quotes a plea or gives it as someone's
#: words ('said').
_PLEA_SITE = re.compile(r"\b(?i:we|our|ours|us)\b|\b(?:wir|Wir|uns|unser\w*|Unser\w*)\b")
_PLEA_ADDRESS = re.compile(r"\b(?i:you|your|yours)\b|(?<=[a-zäöüß,] )Sie\b|\b(?:Ihnen|Ihre?[rnms]?|du|dein\w*|dir|dich|euch)\b"
                           r"|^(?:Support|Unterstütze)\b")
_PLEA_SPEAKER = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|ich|Ich)\b")
_PLEA_JOURNALISM = re.compile(
    r"\b(?:journalism|newsroom|reporters|(?:our|local|independent|nonprofit|quality) (?:reporting|coverage|news)|"
    r"news service|readers like you|Journalismus|Redaktion|Recherchen)\b", re.IGNORECASE)
_PLEA_MONEY = re.compile(
    r"\b(?:support\w*|donat\w*|contribut\w*|subscribe|subscription|become a (?:paid |paying )?(?:member|subscriber|"
    r"supporter|donor)|members|membership|gift|cup of coffee|rely on|depends? on|free (?:of charge|for all|to all|"
    r"and open|access)|unterstütz\w*|Spende\w*|spenden|mit einem Abo|finanziert sich|ermöglich\w*)\b", re.IGNORECASE)
_PLEA_QUOTES = re.compile(r"[\"“”„»«]|\b(?:said|says|told|according|sagte|sagt|so)\b")
#: The most words of such a plea (a box's paragraph, never a page of text).
_PLEA_WORDS = 80


def is_support_plea(line: str) -> bool:
    """'Our newsroom depends on readers to power our journalism. If you are not a paid reader,
    please consider becoming a subscriber.', 'Unterstütze unseren Journalismus mit einem kleinen
    Beitrag': a site's plea for money, whatever its words."""
    return line.count(" ") < _PLEA_WORDS and _PLEA_JOURNALISM.search(line) is not None \
        and _PLEA_MONEY.search(line) is not None and _PLEA_ADDRESS.search(line) is not None \
        and _PLEA_SITE.search(line) is not None and _PLEA_QUOTES.search(line) is None \
        and _PLEA_SPEAKER.search(line) is None


#: Words one of which every line ``SUPPORT_BOX`` matches has (lower case).
SUPPORT_HINTS = ("favour", "per ", "/", "remind", "payment", "month", "year", "week", "journalism", "donation",
                 "contribution", "gift", "readers like", "paid subscription", "possible", "support matters", "donat",
                 "unterstützen", "journalismus", "like you", "rely on", "become", "donate", "becoming")
