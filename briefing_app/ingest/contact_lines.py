"""How to reach the writer, the newsroom and the site: addresses and telephone numbers, the
newsroom asking for tips or letters, the site's pages on the platforms. Lines under an
article or a press release, never its text (a rule's guard keeps reported speech).
"""

from __future__ import annotations

import re

from .navigation_lines import SHARE_PLATFORMS

#: An e-mail address.
EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
#: Where a site asks to be followed: the share bar's platforms, and Google News.
_PLATFORMS = f"{SHARE_PLATFORMS}|Google News"
#: The site's pages on the platforms: 'Folgen Sie uns …', 'Follow Sky News on WhatsApp'.
SOCIAL = re.compile(
    r"^(?:Folgen Sie uns|Folge uns|Follow us|Like us|Abonnieren Sie uns|Mehr von uns|Follow topic:?)\b.{0,80}$"
    r"|^Join [\w'’ ]{2,30} (?:WhatsApp|Telegram) [Cc]hannel\b.{0,80}$"
    # 'Folgst du schon 20 Minuten Wirtschaft auf WhatsApp?', '…: Abonniere den WhatsApp-Kanal von …'
    rf"|^(?:Folgst du|Folgen Sie) (?:schon |bereits )?.{{2,40}} auf (?:{_PLATFORMS})\?$"
    r"|^.{0,160}\b(?:(?:Abonniere|Folge) (?:den|dem|unseren|unserem)|(?:Abonnieren|Folgen) Sie (?:unseren|unserem)) "
    r"[\w-]*(?:WhatsApp|Telegram)-Kanal von\b.{0,120}$"
    # '… direkt aufs Handy – jetzt den Heute-Kanal abonnieren!' (the channel by its name, after a dash)
    r"|^.{0,120}\s[–-]\s(?:jetzt|Jetzt) (?:den|unseren) [\w-]+-Kanal abonnieren!$"
    # a box asking to follow the site on a platform, and its button: 'Follow Sky News on WhatsApp', 'Tap here'
    rf"|^(?:Follow|Folgen Sie|Folge) @?[\w'’ &.+-]{{2,40}} (?:on|auf|bei) (?:{_PLATFORMS})(?:,? (?:and|und|&) (?:{_PLATFORMS}))?"
    r"(?: for (?:the )?(?:latest|breaking|more) [\w ,&]{2,40}| to join the conversation)?\W*$"  # '… on WhatsApp for the latest news and analysis'
    # 'Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.'
    rf"|^(?:Like|Follow) @?[\w'’ &.+-]{{2,40}} on (?:{_PLATFORMS}),? (?:and )?(?:like|follow) @?[\w'’&.+-]{{2,40}} on "
    rf"(?:{_PLATFORMS})\b.{{0,80}}$"
    r"|^(?:Tap here|Click here|Hier klicken|Hier tippen)\W*$"
    r"|^Add @?[\w'’ &.+-]{2,40} to your (?:Google News|Apple News|Flipboard) feed\W*$"
    # Google's button for a site the reader prefers: 'Add FE as a Trusted Source', '… as a preferred source on Google'
    r"|^Add @?[\w'’ &.+-]{2,40} as (?:a |your )?(?:trusted|preferred) source(?: on Google)?\W*$"
    r"|^Subscribe to our (?:channels?|pages?) on\b.{0,60}$"
    # the code a share bar offers for embedding the article's player: '<iframe src="…" …>'
    r"|^<(?:iframe|embed|script|blockquote|div|object|video|audio)\b[^<>]*>(?:\s*</\w+>)?$"
    # an agency's line under its reports: 'Follow AP's full coverage of Brexit at https://…'
    r"|^Follow (?:AP|Reuters|AFP|our)['’]?s? (?:full |latest )?coverage\b.{0,160}$",
    re.IGNORECASE,
)
#: The site asking for readers' letters: '… Plastics News would love to hear from you. Email your
#: letter to Editor at …', 'Schreiben Sie uns einen Leserbrief an …'.
LETTERS = re.compile(r"(?:^|[.?!]\s+)(?:Click here to |Please )?(?:Email|E-mail|Send|Submit|Write) (?:your|a) letter\b"
                     r"|(?:^|[.?!]\s+)(?:Schreiben|Senden) Sie (?:uns )?(?:einen|Ihren) Leserbrief\b", re.IGNORECASE)
#: The writer's or the newsroom's address in a sentence of its own, worded as the site likes:
#: 'Manufacturing reporter Daniel Okafor can be reached at dokafor@…', '… covers logistics for
#: The Dispatch. Email him at normsby@…', 'Reach Olivia Trammell at otrammell@… or follow her
#: on X …', 'You can contact or verify outreach from Maren by emailing …'. The address right
#: after the verb that asks to write, perhaps with the name or 'him' between ('a helpline can
#: be reached on 0800 … or at help@…' is a report's); searched in lines with an '@'.
WRITER_CONTACT = re.compile(
    r"\b(?:reached|reach|e-?mail(?:ing)?|contact|write to|send (?:tips|news|comments) to|erreichbar|erreichen|schreiben)\b"
    r"\s+(?:(?:him|her|them|me|us|ihn|sie|uns|(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}))\s+)?"
    rf"(?:(?:at|via|unter|an)\s+)?{EMAIL_ADDRESS}", re.IGNORECASE)
#: Addresses, telephone numbers and contact labels under the article or a press release.
CONTACT = re.compile(
    r"^(?:(?:(?:Write to|Contact|Kontakt|E-?Mail|Schreiben Sie|For comments and feedback contact)\b|(?:Haben Sie |Got )?(?:Feedback|Fragen|Anregungen)\?)"
    rf".{{0,60}}\s)?{EMAIL_ADDRESS}\.?$"
    r"|^(?:Phone|Tel\.?|Telefon|Telephone|Fax|Telefax|Mobile|Mobil|Hotline)\s*:?\s*\+?[\d\s()/.-]{6,24}$"
    # the writer's address under the article: 'Matt Lorenzen can be reached at matt.lorenzen@globe.com.',
    # 'Megan Thorsby: 206-464-2317 or mthorsby@seattletimes.com; …', 'Email your letter to Editor at …'
    r"|^(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) (?:can be reached|may be reached|is reachable|ist erreichbar)\b.{0,40}@[\w-]+\..{0,120}$"
    rf"|^(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,2}})\s*:\s*\+?[\d\s()/.-]{{6,20}}(?:or|oder|,)\s*{EMAIL_ADDRESS}.{{0,160}}$"
    # 'Reach Jason Pelham at 843-849-3115.', 'Contact Ana Reyes at ana@example.org or 555-0100.'
    rf"|^(?:Reach|Contact) (?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,2}}) at (?:\+?[\d\s()/.-]{{7,20}}|{EMAIL_ADDRESS})"
    rf"(?:\s(?:or|and)\s(?:\+?[\d\s()/.-]{{7,20}}|{EMAIL_ADDRESS}))?\.?$"
    r"|^(?:@\w{2,30}|(?:www\.)?(?:twitter|x|instagram|facebook|linkedin)\.com/\w+)$"
    # a newsroom asking for tips: 'Got a tip? Email us.', 'Have a confidential tip for Reuters reporters? …'
    r"|^(?:(?:Press|Media|Investor) contacts?|Pressekontakt|Medienkontakt|Pressestelle|Ansprechpartner(?:in)?(?: für die Presse)?"
    r"|Rückfragen (?:&|und) Kontakt|Rückfragehinweis(?:e)?|Für Rückfragen|Kontakt für Rückfragen|Media enquiries"
    r"|Kontakt für Medien|Kontakt zum Anbieter|Downloads?|Download PDF|PDF herunterladen|Contacts)\s*:?$"
    r"|^(?:Send us your feedback|Schreiben Sie uns|Feedback senden|Give us feedback)\W*$"
    r"|^\+\d{1,3}(?:[\s/-]?\(?\d{1,5}\)?){2,6}$"
    r"|^.{2,120}\((?:PDF|ZIP|DOCX?|XLSX?|PPTX?|JPE?G|PNG|MP3|MP4)\s*,\s*[\d.,]+\s*(?:KB|kB|MB|GB)\)$"
    r"|^Contact (?:the )?(?:reporter|editor|author)s?\b.{0,40}@.{0,120}$"
    rf"|^(?i:by) [A-Z][\w .'’-]{{2,40}} \[{EMAIL_ADDRESS}\]$"
    r"|^(?:Got a (?:news )?tip|Have a (?:confidential )?(?:news )?tip(?: for [\w ]{2,40})?)\?.{0,60}$",
    re.IGNORECASE,
)
