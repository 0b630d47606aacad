"""Lines about the article's pictures and its sources: credits and captions ("Foto: dpa",
"(Reed Saxon / Associated Press)"), photo-gallery and video teasers ("12 Bilder"), and
the codes news agencies close their reports with ("/ji/jha", "(dpa-AFX)").
"""

from __future__ import annotations

import re

from briefing_app.core.calendar_words import WEEKDAYS

from .dates import WRITTEN_DATE
from .text_shape import (
    QUOTE_MARK,
    ends_like_sentence,
    is_reported_speech,
    looks_like_body,
    sentence_breaks,
    vocabulary,
    word_count,
)

#: News agencies and their short names as bylines and credits write them.
AGENCIES = (
    "dpa", "dpa-AFX", "AFP", "AP", "Reuters", "rtr", "KNA", "epd", "APA", "SDA", "sid", "Xinhua", "PTI",
    "IANS", "ANI", "Bloomberg", "DJ", "Dow Jones", "ČTK", "CTK", "ANSA", "EFE", "Kyodo", "Yonhap", "CNS",
    "CRI", "TASS", "dts", "AFX", "ddp", "Associated Press", "Agence France-Presse", "Deutsche Presse-Agentur",
    "Antara", "Bernama", "Jiji", "AAP", "ANP", "Belga", "Lusa",
)
_AGENCY_NAMES = vocabulary(*AGENCIES)


# --- picture credits ----------------------------------------------------------------
#: The label over the name of who checked or edited the text, alone on its line: 'Fact checked by'.
_CHECKED_BY = r"(?i:Fact[- ]checked by|Reviewed by|Edited by)\s*:?"
#: A credit's label alone on its line, the credit on the next: 'Credit:' over 'Rheinwerk Chemie',
#: 'Fact checked by' over 'Hana Lindqvist'.
CREDIT_LABEL_ALONE = re.compile(rf"^(?i:Credit)\s*:$|^{_CHECKED_BY}$")
#: A caption with its credit glued on: '… last week.Credit...Anna Moneymaker/The New York Times',
#: '… lunar landers. Credit: Tyvak', '… Wilhelmshaven. Credit: JadeWeserPort GmbH & Co. KG'.
_GLUED_CREDIT = re.compile(r"(?:[.!?)”\w]|[.!?)”]\s)Credit(?:\.\.\.|…|:)\s*[A-Z](?:[^.!?]|\b(?:Co|Inc|Ltd|Corp)\.){1,80}$")
#: A stock picture's note alone on its line: 'File photo', 'Symbolbild', 'Image used for illustrative purposes.
#: Photo - ONA'. No credit of a picture with a caption: the sentence above it is no caption.
STOCK_PICTURE_NOTE = re.compile(
    r"^(?i:File photo|File pic|File image|Archive photo|Archivbild|Archivfoto|Symbolbild|Symbolfoto|Stock photo)\.?$"
    r"|^(?i:(?:Image|Photo|Picture|Pic)s? (?:is |are )?(?:used )?(?:only )?for (?:illustrative|illustration|representational?)"
    r" purposes?(?: only)?)\.?(?:\s*(?:Photo|Image|Credit|Pic)\s?[-–:]\s?\S.{0,60})?$"
)
#: "Foto: dpa", "Mitarbeit: Erika Muster" — a label with a colon; "Image caption …",
#: "Media caption …" — the labels a page gives its pictures' captions.
_CREDIT_LABEL = re.compile(
    r"^(?:Image copyright|Image caption|Media caption|Photo caption|Picture caption|Bildunterschrift|"
    r"Bildrechte|Bildnachweis)(?:\b|(?=[A-Z])).{0,200}$"  # 'Media captionWho is …': the label glued on
    r"|^(?i:FILE PHOTO|Archivbild|Archivfoto|Symbolbild|Symbolfoto|Image credit|Photo credit|"
    r"Picture credit|Pictured|Above|Im Bild|Unser Bild|Legende|Bildlegende|Caption)\s*:\s*.{1,400}$"
    r"|^(?i:Image|Photo|Picture|Foto|Bild)\s*:$"  # the label over a caption, alone on its line
    rf"|^{_CHECKED_BY}$"
    r"|^(?:zvg|ZVG|z\.\s?V\.\s?g\.)$"  # 'zur Verfügung gestellt': a Swiss paper's credit for a handout picture
    r"|^[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}\s?/\s?(?i:File|Archive|Archiv|Handout)(?: (?i:photo|pic))?$"  # 'STAR / File'
    # the outlet's photo and its photographer: 'KUOW Photo/Grant Eller'
    r"|^[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} (?:Photo|Photos|Foto|Pic|Picture|Image)\s?/\s?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}$"
    r"|^(?i:(?:hide|show|toggle) caption)$|^(?i:Caption|Bildunterschrift)$"  # the caption's buttons and label
    r"|^(?:Representational|Representative) (?:image|photo|picture|pic)(?: (?:of|for)\b[^.!?]{0,150})?(?:\s?\|.{0,60})?\.?$"
    r"|^Copyright\s*:\s*[A-ZÄÖÜ][\w.'’/-]+(?: [\w.'’/-]+){0,4}$"  # a photographer's name, no year: the page's has one
    r"|^(?i:FOTO|FOTOS|PHOTO|PHOTOS|BILD)\s*:\s*.{1,120}$"
    r"|^.{10,300}\s\|\s(?:Bildquelle|Foto|Bild|Photo|Image|Credit)\s*:\s*.{2,80}$"  # '… Hafen | Bildquelle: dpa/Name'
    # who made the picture, in words: 'Illustration by The Atlantic. Sources: Sean Gallup / Getty; …',
    # 'Image by Bilanol via iStock'
    r"|^(?:Photo )?(?:Illustration|Photograph|Photo|Image|Picture|Graphic|Foto|Bild|Grafik) (?:by|from|courtesy of|von) "
    r"[A-Z][\w.'’&+-]*(?:(?:\s?[/|;,]\s?|\s)(?:(?:[A-Z0-9]|[a-z](?=[A-Z]))[\w.'’&+-]*|and|und|via|for|of|the))*\.?"
    r"(?:\s+(?:Sources?|Quellen?)\s*:\s*[^.!?]{1,200}\.?)?$"
    r"|^(?:Foto|Fotos|Bild|Bilder|Photo|Photos|Pic|Pics|Image|Images|Grafik|Infografik|Karte|Chart|Illustration|Credit|Bildquelle|Teaserbild|Rubriklistenbild|"
    r"Image source|Photo source|Picture source|"
    r"Mitarbeit|Redaktion|Bearbeitung|Übersetzung|Editor|Editors|Responsible editor)\s*:\s*.{1,120}$"
    # a Chinese paper's credit in brackets: '[Photo/Agencies]', '[Photo by Wang Jing/China Daily]'
    r"|^.{0,300}\[(?:Photo|Photos|Image|Video)(?: by [^\]/]{2,60})?(?:/[^\]]{2,60})?\]$"
    r"|^\((?:Foto|Fotos|Bild|Photo|Photos|Image|Credit)\s*:\s*[^()]{1,80}\)$"
    # a picture of a gallery ('Item 1 of 2 Containers are stacked …', '[1/2]Containers …')
    r"|^(?:Item \d{1,2} of \d{1,2}\s|\[\d{1,2}/\d{1,2}\]).{0,400}$"
    r"|^\[(?:Editor|Editors|Responsible editor)\s*:\s*[^\]]{1,60}\]$"
    r"|^\((?:Web editor|Editor|Header image|Top image|Cover image|Titelbild)\s*:\s*[^()]{1,300}\)$"
    r"|^\[(?:Edited by|Reporting by|Bearbeitet von|Redigiert von)\s[^\]]{2,80}\]$|^Edited [Bb]y ?[A-Z][\w.'’ -]{2,60}$"

    r"|^(?:[—–-]\s?)?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}(?:,? and [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})?"
    r" contributed (?:reporting|to this report)\b.{0,80}$"
    rf"|^(?:{_AGENCY_NAMES})(?: and (?:{_AGENCY_NAMES}))? contributed (?:reporting|to this report)\b.{{0,80}}$"
    # a wire's note of the colleagues who helped: '—With assistance from Jonas Ehrlich.'
    r"|^(?:[—–-]\s?)?With (?:assistance|additional reporting) (?:from|by) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
    r"(?:(?:,? and|,) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})*\.?$",
)
_AGENCY_CREDIT = re.compile(
    r"^\(?(?:(?:additional |writing and )?reporting|editing|edited|writing|compiled|translated) by\b:?", re.IGNORECASE
)
#: Words that join the names of a credit: 'X and Y', 'Ursula von der Leyen', 'by X'.
_NAME_JOINERS = frozenset({"and", "und", "by", "von", "de", "van", "der", "al"})
_CREDIT_CONNECTORS = _NAME_JOINERS | {
    "with", "additional", "reporting", "editing", "edited", "writing", "compiled", "translated", "in", "from",
}


#: A caption closed by its photographer and outlet in brackets: '… have dropped sharply.
#: (Friederike Lanz / For The Times)', '… for German machinery. (Lennart Haas/Bloomberg)'.
_CAPTION_NAMED_CREDIT = re.compile(
    r"[.!?]\s+\([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}\s?/\s?[A-Z][\w&'’. -]{1,40}\)$"
)


#: A picture's photographer and the outlet the picture was taken for, alone on the caption's
#: line under it: 'Rick Tremblay/For the Toronto Star', 'Lena Hartwell/Special to The Christian Science Monitor'.
_TAKEN_FOR_CREDIT = re.compile(r"^[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}\s?/\s?(?:[Ff]or |Special to )(?:the |The )?"
                               r"[A-Z][\w&'’. -]{1,40}$")


#: A caption closed by an unbracketed credit: '… in Jiangsu province © AFP via Getty Images',
#: '… in dritter Generation. Foto: Jan Reich', '… Jiangsu province. Photo: Visual China', the
#: label glued to the full stop: '… Germany.Photograph: Markus Feldmann/Bloomberg/Getty Images'.
_CAPTION_TRAILING_CREDIT = re.compile(
    r"(?:(?:\s|(?<=[.!?”)]))©\s?|\s\|\s(?=[A-Z][\w'’-]+ [A-Z][\w'’-]+/)|(?:[.!?”)]\s*|\s|(?<=[a-z]))"
    r"(?:Foto|Fotos|Photo|Photos|Photograph|Bild|Bildquelle|Image|Credit|Photographer|Fotograf|File pic|File photo|Pic|"
    r"PHOTO|PHOTOS|FOTO|IMAGE)\s*:\s*"
    # in words, after the caption's full stop: '… on February 10, 2026. Photo from DTI'
    r"|[.!?”)]\s*(?:[-–—]\s*)?(?:Photo|Image|Picture|Pic|Illustration) (?:by|from|courtesy of)\s+|[.!?”)]\s*Picture\s*:\s*"
    r"|\s/\sCourtesy of\s+)"  # '… in Yeosu / Courtesy of Daeyang Petrochemical' ('. Courtesy of China.' ends a column's sentence)
    r"(?P<credit>(?:[A-Za-z]|\d+[A-Z]{2})[\w.'’&+-]*(?:\s?[ /|,]\s?[\w.'’&+-]+){0,6})$"  # ('Image: Waldo Swiegers, Bloomberg', '123RF/…')
)
#: One word of a credit's names: a capital or a digit first ('123RF', 'KSL.com'), no full stop
#: last ('… Courtesy of China.' ends a column's sentence), an agency ('dpa'), or a word that
#: joins names and agencies in lower case ('Governo da Bahia', 'picture alliance via Getty Images').
_CREDIT_NAME = (r"(?:[A-Z0-9](?:[\w.'’&+-]*[\w'’&+-])?|"
                rf"(?:da|de|do|dos|der|van|von|of|the|and|für|for|via|y|la|le|del|di|files?|picture|alliance|{_AGENCY_NAMES}))")
_CREDIT_NAMES = rf"{_CREDIT_NAME}(?:[ /|,]\s?{_CREDIT_NAME}){{0,7}}"
_CREDIT_WORD = (r"(?:Photo|Photos|Photograph|Picture|Pic|Image|Images|Foto|Fotos|Bild|Symbolfoto|Symbolbild|Credit|Credits|"
                r"(?:Photo )?[Cc]ourtesy(?: of)?|(?:Photo |Image )?[Pp]rovided by|PHOTO(?: BY| COURTESY(?: OF)?)?|"
                r"(?:[A-Z]+ )?FILE PHOTO|File photo|Photo illustration)")
#: Whatever words a caption's credit takes after the caption's last full stop: labelled
#: ('Courtesy Vollmer Automotive', 'Photo: Governo da Bahia', '/ PBN FILE PHOTO/NICHOLAS
#: FERREIRA'), photographer and agency apart, the slash bare and a name in it ('Lennart
#: Haase/AFP via Getty Images', 'KT/Sok Chanmony'; 'EUR/USD' is a ticker), or a person's name
#: in brackets with the outlet ('(Lauren Whitaker, KSL.com)').  Names
#: only, no full stop of their own.  A source (``_SOURCE_CREDIT``) is a caption's only when
#: no figure is in the caption: a report's data closes with its source ('… 67 billion euros.
#: Source: Destatis').  An agency's or a writer's mark closes an article's paragraph ('(ANSA)',
#: '(Reuters/AFP)', '(Associated Press)', '(GEA)', '(Colombo/Feb12/2026)'), as does a place
#: after an exclamation ('… Michigan Works! Macomb/St. Clair.').
_CAPTION_CLOSING_CREDIT = re.compile(
    rf"(?<=[.”])\s+(?:[-–—/|]\s*)?(?:\({_CREDIT_WORD}\s*:?\s*{_CREDIT_NAMES}\)|{_CREDIT_WORD}\s*[:/]?\s*{_CREDIT_NAMES}"
    rf"|(?P<slash>{_CREDIT_NAME}(?: {_CREDIT_NAME}){{0,3}}/{_CREDIT_NAMES})"
    rf"|(?P<person>\((?!(?:{_AGENCY_NAMES})\b)[A-Z][\w'’-]+ [A-Z][\w'’-]+,\s?{_CREDIT_NAMES}\)))$"
)
#: A caption's source after its full stop: '… Source: Getty Images', '(Quelle: Unternehmen)'.
_SOURCE_CREDIT = re.compile(rf"(?<=[.”])\s+\(?(?:Source|Sources|Quelle)\s*:\s*{_CREDIT_NAMES}\)?$")
#: The most words of a caption with its credit (a paragraph of the article is longer).
_CAPTION_WORDS = 90
#: A writer speaking for themselves: a caption never does, a reader's letter signed with the
#: name in brackets does ('I urge the commissioners … (Margaret Ellison)').
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|my|we|our|ich|mein\w*|wir|unser\w*)\b")


def _closing_credit(line: str) -> bool:
    """A caption of a sentence or two closed by its picture's credit (``_CAPTION_CLOSING_CREDIT``,
    ``_SOURCE_CREDIT``).  A name in brackets closes a caption of one sentence only, and only
    with the outlet after it: a press review's items end in their paper's name ('… About 300
    jobs are affected. (The Economist)', '… local parts. (Agência Brasil)')."""
    if line.count(" ") >= _CAPTION_WORDS:
        return False
    found = _CAPTION_CLOSING_CREDIT.search(line)
    source = None if found else _SOURCE_CREDIT.search(line)
    end = found.start() if found else source.start() if source else 0
    caption = line[:end]
    if not end or word_count(caption) < 2 or is_reported_speech(caption) or _FIRST_PERSON.search(caption):
        return False
    if found and found["slash"] and not re.search(r"[a-z]", found["slash"]):
        return False
    if ((found and found["person"]) or source) and sentence_breaks(caption) > 0:
        return False
    return not source or not re.search(r"\d", caption)


#: Words a picture's credit may have in lower case between its names: 'AFP via Getty Images'.
_CREDIT_JOINERS = _NAME_JOINERS | {"via", "for", "für"}


def _trailing_credit(line: str) -> re.Match[str] | None:
    """The credit closing a caption, its names in capitals ('Foto: Jan Reich', 'Photo:
    Visual China'); a sentence after a colon is none ('… ein düsteres Bild: Die Wirtschaft
    schrumpft weiter')."""
    found = _CAPTION_TRAILING_CREDIT.search(line)
    if found is None:
        return None
    if "," in found["credit"] and found["credit"].endswith("."):
        return None  # a list closing a sentence: '… ein ähnliches Bild: Siemens Energy, Zalando, Delivery Hero.'
    words = re.split(r"[\s/|,]+", found["credit"])
    if "©" in found.group(0) and "/" in found["credit"]:
        words = words[1:]  # the site's name after '©' may be written in lower case: '© agrarheute/Jens Hagedorn'
    if any(w and not w[0].isupper() and not w[0].isdigit() and w.lower() not in _CREDIT_JOINERS
           and w.lower() not in _PHOTO_AGENCY_WORDS for w in words):
        return None
    return found


#: What an unbracketed credit at a caption's end starts with (a cheap test before the pattern).
_CREDIT_HINT = re.compile(r"©|(?i:Foto|Photo|Bild|Image|Picture|Credit|Fotograf|Pic|File pic|File photo)\w*\s*:| \| [A-Z]"
                          r"|[.!?”)]\s*(?:[-–—]\s*)?(?:Photo|Image|Picture|Pic|Illustration) (?:by|from|courtesy of) [A-Z]|Courtesy of [A-Z]")
#: A caption naming who stands where: '… Dr. Carsten Hesselmann (3. v. l.) …', 'Berger (l.) und …',
#: 'v. l. n. r.'. (English '(left)', '(second from left)', '(left to right)' name panels, charts and
#: parties in sentences as often as people in pictures: they stay text.)
_PEOPLE_PLACED = re.compile(r"\((?:\d\.\s?v\.\s?[lr]\.|l\.|r\.|M\.|li\.|re\.|Mitte|links|rechts)\)|\b[vV]\.\s?l\.\s?n\.\s?r\.")
#: A caption closed by a credit for a picture from the archive: '… Damak. Post File Photo', '… in Asia.
#: - NSTP file pic': after a full stop or a dash the owner's name in one or two capitalised words
#: (not 'A file photo.', an answer in a sentence), no full stop after it.
_FILE_PICTURE_END = re.compile(r"(?:[.!?]|\s[-–—])\s+(?:(?!(?:A|An|The)\b)[A-Z][\w&]*\s){1,2}(?:(?i:file (?:photo|pic|picture|image))"
                               r"|(?i:photo))$")  # ('… on Tuesday. Tribune photo')
#: A wire picture's caption closed by the day the picture was taken, after a comma: '… at the end
#: of a shift, Jan. 28, 2025.', perhaps a credit of a form not read otherwise after it ('… in
#: Siegen, Germany, on Oct. 30, 2026. (AP Photo/…)') or one sentence more about the picture's
#: subject ('… in Hillsboro, Jan. 21, 2026. The company has had to replace …'). Prose closes no
#: sentence on a comma and a date but after a weekday ('… on Tuesday, Jan. 28, 2025.'), which
#: :func:`is_dated_caption` excludes; after a comma and 'on' it may ('… left the plant in Zwickau,
#: Saxony, on Jan. 28, 2025.'), so such a date is a caption's only with a credit after it.
_CAPTION_DATED = re.compile(rf"(?P<comma>\S+),(?P<on> on)? {WRITTEN_DATE}\.(?P<rest>\s.{{1,250}})?$")
#: The most words of the sentence after a dated caption's date.
_DATED_CAPTION_MORE = 30
#: The fewest words a dated caption tells before its date.
_DATED_CAPTION_WORDS = 6
#: A wire picture's caption in its own words: 'in this photo provided by …', 'in this file photo',
#: '(PHOTO NOT FOR SALE)'.
_PHOTO_PROVIDED = re.compile(
    r"\bin this (?:undated |handout |file )?(?:photo|photograph)\b|\(PHOTO NOT FOR SALE\)", re.IGNORECASE
)
#: A caption closed by the archive its picture came from, in brackets: '… (Hankyoreh archives)',
#: '… (archive photo)', '… (File photo)' ('(Archives)' alone closes a paragraph about them).
_ARCHIVE_PICTURE_END = re.compile(
    r"[.!?]\s?\((?:[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,2} [Aa]rchives?|[Aa]rchive (?:photo|picture|image)"
    r"|[Ff]ile (?:photo|picture|image))\)$"
)
#: A caption closed by its agency in capitals: '… in Stuttgart, Germany, in June. [NEWS1]', or by its
#: photographer and paper: '… 38 acres nearby. [ KEVIN OLSZEWSKI | Times ]'.
_CAPTION_AGENCY_CAPS = re.compile(r"[.!?]\s?\[(?:[A-Z0-9][A-Z0-9 /&-]{1,30}|\s?[A-Z][A-Z.'’ -]{2,40}\s?\|\s?[\w.&'’ -]{2,40})\]$")


#: Agencies that sell only pictures: named after 'Quelle:' they mark a picture's source, not the report's.
_PICTURE_ONLY_AGENCY_NAMES = (
    "Getty Images|Imago|picture alliance|picture-alliance|Shutterstock|iStock|Adobe Stock|Alamy|Unsplash|Pexels|Pixabay"
)
_PICTURE_ONLY_AGENCIES = vocabulary(_PICTURE_ONLY_AGENCY_NAMES)
#: A picture's caption closed by its credit: '… outside a store in Hialeah, Fla. (AP Photo/Name, File)',
#: 'The chairman (Credit: Getty Images)', 'Die Baustelle im Hafen (Foto: dpa)', '… (Source: Unsplash)'.
_CAPTION_CREDIT = re.compile(
    rf"\((?:[^()]*\b(?:Photo|Photos|Foto|Fotos|Credit|Bild|Bildquelle|Image|Picture|{_PICTURE_ONLY_AGENCIES})\b[^()]*)\)$"
    r"|(?<=[.!?]\s)\([^()]{2,40}\s(?-i:pic|pix)\)$"  # a Malaysian paper's credit: '… today. (Kessler-Brandt pic)'
    # the photographer named after a label: '(Photographer: Lena Hartwig/Bloomberg)'
    r"|\((?:Photographer|Fotograf|Fotografin)\s*:\s*[^()]{2,80}\)$",
    re.IGNORECASE,
)
#: Picture agencies as credits name them.
_PHOTO_AGENCY_NAMES = (  # the news agencies, and the agencies that sell pictures
    *AGENCIES,
    *_PICTURE_ONLY_AGENCY_NAMES.split("|"),
    "Getty", "iStockphoto", "AP Photo", "EPA", "EPA-EFE", "Keystone", "ullstein bild", "Corbis", "Sipa",
    "Sipa USA", "NurPhoto", "Anadolu", "SOPA Images", "LightRocket", "Zuma", "ZUMA Press", "WireImage",
)
_PHOTO_AGENCIES = vocabulary(*_PHOTO_AGENCY_NAMES)
#: The words of their names, as a credit may write them in lower case ('picture alliance', 'dpa').
_PHOTO_AGENCY_WORDS = frozenset(word.lower() for name in _PHOTO_AGENCY_NAMES for word in name.split())
#: A caption's end: its photographer or agency in brackets after the full stop.
_BRACKETED_CREDIT_END = re.compile(
    rf"(?<=[.!?])\s\((?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,2}}|(?:{_PHOTO_AGENCIES}))\)$"
)
#: A caption closed by the agency in capitals and its photographer: '… June 5, 2025. REUTERS/Staff'.
_CAPTION_CAPS_AGENCY = re.compile(
    rf"[.!?]\s(?:{vocabulary(*(name.upper() for name in _PHOTO_AGENCY_NAMES))})/[A-Z][\w.'’ -]{{1,40}}$"
)
#: A caption closed by its photographer and agency: '… in Braunau am Inn, Austria.Leonhard Foeger / Reuters file',
#: or by the agency alone: '… near Magdeburg, Germany, in September. | Kyodo'.
_CAPTION_AGENCY_CREDIT = re.compile(
    rf"[^\W\d_][.!?)”]\s?(?:(?:Photo|Photograph|Picture|Image|Foto|Bild)(?: by|:)\s+)?"  # '… Germany. Photo by Alex Kraus /Bloomberg'
    rf"(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){{1,3}}\s*)?[/|]\s*(?:{_PHOTO_AGENCIES})(?:\s+(?:file|File|FILE))?$"
)
#: A caption closed by its credit in brackets after a label: '… in Hefei. Photograph: (Reuters)',
#: '… eastern Hungary [File: Bernadett Szabo/Reuters]' (tried only on lines with the label in them;
#: a credit without brackets after 'Photograph:' is ``_CAPTION_TRAILING_CREDIT``'s).
_CAPTION_LABELLED_CREDIT = re.compile(
    r"[\s.]Photograph\s*:\s*\([A-Z][^()]{1,60}\)$|\s\[(?:File|Photo|Foto|PHOTO CREDIT|Photo credit)\s*:\s*[^\]]{2,80}\]$"
)
#: A caption closed by its agency and photographer in brackets: '… on Oct. 2, 2024. (Antara/Rahmat
#: Saputra)' (a name of two words or more: '(dpa/AFP)' closes an agency's report, and so may
#: '(Reuters)' alone).
_CAPTION_BRACKETED_AGENCY = re.compile(
    rf"(?:[^\W_]|\))[.!?]\s?\((?i:{_PHOTO_AGENCIES})\s*/\s*(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{1,3}}"
    r"|HO(?:-[A-Z0-9]+)?)\)$"
)  # ('(ANTARA/HO-KITB)': a handout the agency passed on)
#: A caption closed by a dash and its credit: '… in Cavite. —INQUIRER FILE PHOTO', '… in
#: Frankfurt. — AFP/File'.
_CAPTION_DASH_CREDIT = re.compile(
    r"[^\W\d_][.!?)”]?\s*[—–]\s*(?:(?:[A-Z][A-Z&.'’-]*\s){0,3}(?:FILE )?PHOTO(?: BY [A-Z][A-Z .'’-]{1,40})?"
    rf"|(?i:{_PHOTO_AGENCIES})\s*/\s*(?:File|Archive|Archiv))$"
    # a site's own photographer after a hyphen: '… (Archivbild) - Nau.ch / Lorenz Bachmann'
    r"|[.!?)]\s+[-—–]\s+[A-Z][\w'’&-]*\.[a-z]{2,4}\s?/\s?[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}$"
)
#: A photographer and the paper glued to the caption's full stop: '… bigger volumes.Aaron Mikaere/Stuff'
#: (a report never glues a name to its sentence's end).
_GLUED_NAME_CREDIT = re.compile(r"[a-z)][.!?][\"”]?[A-Z][\w'’-]+ [A-Z][\w'’-]+\s?/\s?[A-Z][\w&'’ -]{1,30}$")
#: The report's contributors, a sentence under its last paragraph: 'Associated Press writer Jana
#: Weiland in Berlin contributed to this report.', 'Anna Roe contributed reporting from Brussels.'
_CONTRIBUTED = re.compile(
    r"^(?:[A-Z][\w’'-]* ){0,2}(?:(?:writer|reporter|correspondent|photographer)s? )?"  # ('Associated Press writer')
    r"[A-Z][\w’'.-]+ [A-Z][\w’'.-]+(?:,? (?:and|und) [A-Z][\w’'.-]+ [A-Z][\w’'.-]+)?"
    r"(?: in [A-Z][\w ,]{1,40})? contributed (?:to this (?:report|story|article)|reporting(?: from [A-Z][\w ,]{1,40})?)\.?$"
)
#: A caption closed by its copyright and source, as an institution's press page prints them: '… port of
#: Rotterdam © European Union 2025 - Source : EP'.
_COPYRIGHT_AND_SOURCE = re.compile(
    r"\s©\s?[A-Z][\w .&'’-]{2,40}\s(?:19|20)\d\d\s?[-–—]\s?(?:Source|Quelle)\s?:\s?[\w .&/'’-]{1,40}$"
)
#: The same credit in capitals without the dash: '… in Geismar in 2024. STAFF PHOTO BY MARCUS ARDOIN', '… CONTRIBUTED PHOTO'.
_CAPTION_PHOTO_BY = re.compile(r"[\w)][.!?]\s+(?:[A-Z]+ ){0,3}PHOTO(?:GRAPH)?(?: BY [A-Z][A-Z.'’ -]{1,40})?$")  # ('… CONTRIBUTED PHOTO')
#: A caption closed by its credit and the picture's licence: '… Port of Rotterdam - Credit: Freek van Arkel /
#: Port of Rotterdam - License: Editorial use'.
_CREDIT_AND_LICENCE = re.compile(r"\s[-–—|]\s(?:Credit|Photo|Foto|Bild)\s*:\s*[^:]{2,80}\s[-–—|]\s(?:License|Licence|Lizenz)\s*:\s*[\w ./-]{2,40}$")
#: A staff photographer's credit, alone or glued to the caption: 'Brett Coomer/Staff photographer',
#: '… by 2027.Erin Clark/Globe Staff'.
_STAFF_CREDIT = re.compile(
    r"(?:^|[^\W_][.!?]\s?)[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}\s?/\s?(?:[A-Z][\w.&'’-]+ ){0,3}"
    r"(?:Staff|Staff [Pp]hotographer|Contributor|Freelance|Correspondent)$"
)
#: A picture's credit on its own line, photographer and agencies apart: 'Natalie Naccache | Bloomberg | Getty Images'.
_CREDIT_PARTS = re.compile(r"^[^|/]{2,40}(?:\s*[|/]\s*[^|/]{2,40}){1,3}$")
_PHOTO_AGENCY = re.compile(rf"^(?:{_PHOTO_AGENCIES})$", re.IGNORECASE)
#: A picture's source as German sites label it: 'Quelle: picture alliance/dpa/Henrik Maas', 'Quelle: Infografik WELT'.
#: ('Quelle: dpa' alone is the report's source: a picture's has a photographer or a picture agency.)
_PICTURE_SOURCE = re.compile(
    rf"^Quelle\s*:\s*(?:Infografik\b.{{0,40}}|(?:{_PHOTO_AGENCIES})\s*/.{{2,80}}|"
    rf"(?:{_PICTURE_ONLY_AGENCIES})\b.{{0,80}})$",
    re.IGNORECASE,
)


def _is_credit_line(line: str) -> bool:
    """'Natalie Naccache | Bloomberg | Getty Images', 'Sina Schuldt/dpa/picture alliance via
    Getty Images': a photographer and agencies, one of them after the first part; the
    agencies may write their names in lower case."""
    if _CREDIT_PARTS.match(line) is None:
        return False
    parts = [part.strip() for part in re.split(r"[|/]|\s+via\s+", line)]
    return any(_PHOTO_AGENCY.match(part) for part in parts[1:]) and all(
        1 <= word_count(part) <= 4 and (part[:1].isupper() or _PHOTO_AGENCY.match(part)) for part in parts
    )


#: A picture's credit alone in brackets: '(Reed Saxon / Associated Press)', '(Walt Disney Co.)'.
_BRACKETED_CREDIT = re.compile(
    r"^\(\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4}\s*\)$"
    r"|^\(\s*[A-Z][\w.&'’-]*(?:\s+(?:[A-Z&][\w.&'’-]*|of|for|and|de|du|der))*\s*\)$"
)


#: Agencies that sell pictures, named alone on a line over or under a picture: 'Getty Images',
#: 'AFP via Getty Images', 'Reuters/Fabian Bimmer'.
_PICTURE_AGENCY_ALONE = re.compile(
    rf"^(?:(?i:{_PICTURE_ONLY_AGENCIES}|Keystone)|EPA|EPA-EFE|(?:AFP|Bloomberg) via Getty Images|"
    rf"(?i:{_PHOTO_AGENCIES})/[\w .-]{{2,40}})$"
)


def is_agency_name_alone(line: str) -> bool:
    """'Getty Images', 'Reuters', 'EPA' alone: a picture's credit as some sites print it
    over the caption (or an agency closing a report)."""
    return _PICTURE_AGENCY_ALONE.match(line) is not None or (len(line) <= 40 and _PHOTO_AGENCY.match(line) is not None)


def is_credit(line: str) -> bool:
    """'Foto: dpa', '(Reporting by Jane Doe; Editing by John Roe)', '(Reed Saxon / Associated Press)'.

    After "Reporting by" only names and connecting words may follow, so "Reporting
    by Reuters showed that …" stays text.
    """
    if _CREDIT_LABEL.match(line) or _is_credit_line(line) or _PICTURE_SOURCE.match(line) or _PICTURE_AGENCY_ALONE.match(line) \
            or _TAKEN_FOR_CREDIT.match(line):
        return True
    if "Credit" in line and len(line) <= 400 and _GLUED_CREDIT.search(line, 10):
        return True
    if ("/" in line or "|" in line) and len(line) <= 400 and _CAPTION_AGENCY_CREDIT.search(line, 10):
        return True
    if "/" in line and len(line) <= 400 and _STAFF_CREDIT.search(line):
        return True
    if ("—" in line or "–" in line or " - " in line) and len(line) <= 400 and _CAPTION_DASH_CREDIT.search(line, 10):
        return True
    if "PHOTO" in line and len(line) <= 400 and _CAPTION_PHOTO_BY.search(line, 10):
        return True
    if ":" in line and len(line) <= 400 and _CREDIT_AND_LICENCE.search(line, 10):
        return True
    if "/" in line and len(line) <= 400 and _GLUED_NAME_CREDIT.search(line, 10):
        return True
    if "ontribut" in line and len(line) <= 300 and _CONTRIBUTED.match(line):
        return True
    if "©" in line and len(line) <= 400 and _COPYRIGHT_AND_SOURCE.search(line, 5):
        return True
    if ("Photograph" in line or "[" in line) and len(line) <= 400 \
            and _CAPTION_LABELLED_CREDIT.search(line, 5):
        return True
    if line.endswith(")") and "/" in line and len(line) <= 400 and _CAPTION_BRACKETED_AGENCY.search(line, 10):
        return True
    if _BRACKETED_CREDIT.match(line) and 2 <= word_count(line) <= 6 and not is_agency_code(line):
        return True
    if line.endswith("]") and len(line) <= 300 and _CAPTION_AGENCY_CAPS.search(line) and word_count(line) >= 3:
        return True  # '… in Stuttgart, Germany, in June. [NEWS1]'
    if "/" in line and len(line) <= 400 and _CAPTION_CAPS_AGENCY.search(line) and word_count(line) >= 4:
        return True  # '… in Hefei, Anhui province, China, June 5, 2025. REUTERS/Staff'
    if line.endswith(")") and len(line) <= 400 and _CAPTION_NAMED_CREDIT.search(line) and word_count(line) >= 6:
        return True
    if line.endswith("Purchase Licensing Rights") and len(line) <= 450:
        return True  # a wire picture's caption with its licensing link
    if len(line) <= 600 and ("(" in line or "v." in line) and _PEOPLE_PLACED.search(line):
        return True
    if len(line) <= 400 and ("ile" in line or "ILE" in line or "hoto" in line) and _FILE_PICTURE_END.search(line):
        return True  # '… Damak. Post File Photo', '… in Asia. - NSTP file pic'
    if len(line) <= 400 and line.endswith(")") and _ARCHIVE_PICTURE_END.search(line) and word_count(line) >= 5 \
            and sentence_breaks(line) <= 1:
        return True  # '… in a photo from 2023. (Hankyoreh archives)'
    if len(line) <= 600 and ("photo" in line or "PHOTO" in line) and _PHOTO_PROVIDED.search(line):
        return True  # '… in this photo provided by the ministry. (PHOTO NOT FOR SALE) (Yonhap)'
    if ("." in line or "”" in line) and _closing_credit(line):
        return True  # '… at the Utah State Capitol on Tuesday. (Lauren Whitaker, KSL.com)'
    trailing = _trailing_credit(line) if len(line) <= 400 and _CREDIT_HINT.search(line) else None
    # (a caption of two words closed by its full stop too: 'Chancay Port. Photo: ANDINA/Difusión')
    if trailing and word_count(line[: trailing.start()]) >= (2 if line[trailing.start()] == "." else 3):
        return True
    caption = _CAPTION_CREDIT.search(line) if len(line) <= 300 else None
    if caption and word_count(line[: caption.start()]) >= 3 and not looks_like_body(line):
        return True  # a caption: words about the picture, then its credit ('(dpa-AFX)' alone is an agency)
    if not _AGENCY_CREDIT.match(line) or word_count(line) > 80:
        return False
    lowercase = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if w[0].islower()]
    return all(w.lower() in _CREDIT_CONNECTORS for w in lowercase)


def is_dated_caption(line: str) -> bool:
    """One sentence about a picture closed by a comma and the day it was taken (see
    ``_CAPTION_DATED``): no weekday before the date, no quotation, no second sentence before
    it; after it a credit, or without 'on' before the date one short sentence more."""
    dated = _CAPTION_DATED.search(line) if len(line) <= _CAPTION_CHARS and line[-1:] != "?" else None
    if dated is None or dated["comma"].strip("(").capitalize() in WEEKDAYS:
        return False
    told = line[: dated.start("comma")]
    if word_count(told) < _DATED_CAPTION_WORDS or sentence_breaks(told) or QUOTE_MARK.search(told):
        return False
    rest = (dated["rest"] or "").strip()
    if "." not in rest and len(rest) <= _DATED_CAPTION_CREDIT:
        return bool(rest) or not dated["on"]  # nothing more, or a credit
    return not dated["on"] and ends_like_sentence(rest) and sentence_breaks(rest) == 0 \
        and word_count(rest) <= _DATED_CAPTION_MORE and not QUOTE_MARK.search(rest)


def is_bracketed_credit_caption(line: str) -> bool:
    """A sentence or two closed by who took the picture in brackets: '… at the Hong Kong Science
    Park on Wednesday. (Mandy Chan)', '… for two decades. (Bloomberg)'. An agency in brackets
    also closes a report's paragraph, and a name a reader's letter: only beside a picture's
    furniture is it a caption's (see ``cards_and_captions``)."""
    if len(line) > _CAPTION_CHARS or not line.endswith(")"):
        return False
    closed = _BRACKETED_CREDIT_END.search(line)
    if closed is None:
        return False
    told = line[: closed.start()]
    return word_count(told) >= _DATED_CAPTION_WORDS and sentence_breaks(told) <= 1 and not QUOTE_MARK.search(told) \
        and not is_reported_speech(told)  # ('… record demand, a survey showed on Tuesday. (AP)': the report's lead)


#: The longest caption read by its end (a date, a credit in brackets).
_CAPTION_CHARS = 400
#: The longest credit after a dated caption.
_DATED_CAPTION_CREDIT = 80


#: Words of a picture's credit (not of a report's: 'Edited by', 'Reporting by').
_PICTURE_WORDS = re.compile(rf"©|/|\b(?:Foto|Fotos|Photo|Photos|Bild|Image|Images|Credit|Copyright(?=\s*:)|{_PHOTO_AGENCIES})\b",
                            re.IGNORECASE)


#: The site's own copyright notice says so: no picture's credit.
ALL_RIGHTS_RESERVED = r"\b(?:all rights reserved|alle rechte vorbehalten)\b"
_RIGHTS_RESERVED = re.compile(ALL_RIGHTS_RESERVED, re.IGNORECASE)


def is_picture_credit(line: str) -> bool:
    """A picture's credit alone on its line ('(Foto: picture alliance/dpa)', '© Xinhua |
    Li Xin'): not a caption that ends with its credit, not the report's ('Edited by: Jane Roe'),
    not the site's notice ('© Alle Rechte vorbehalten')."""
    trailing = _trailing_credit(line)
    if "©" in line and _RIGHTS_RESERVED.search(line):
        return False
    return (is_credit(line) or line.startswith(("©", "(c)"))) and _AGENCY_CREDIT.match(line) is None \
        and _PICTURE_WORDS.search(line) is not None and (trailing is None or word_count(line[: trailing.start()]) < 3)


# --- photo galleries and videos ----------------------------------------------------
_GALLERY_NOUNS = vocabulary(
    "Bilder|Bild|Fotos|Foto|Photos|Photo|Images|Image|Pictures|Picture|Slides|Slide|Aufnahmen"
)
_GALLERY_WORDS = vocabulary(
    "Fotostrecke|Bildergalerie|Bilderstrecke|Galerie|Fotogalerie|Slideshow|Diashow|Photo gallery|"
    "Picture gallery|Image gallery|Gallery|In pictures|In Bildern|Video|Videos|Watch|Watch video|"
    "Video ansehen|Zum Video|Zur Bildergalerie|Zur Fotostrecke|Zur Galerie|View gallery|Open gallery|"
    "View slideshow|Galerie öffnen|Bildergalerie öffnen|Alle Bilder|Play|Abspielen|Audio|Podcast|Watch now|"
    "Bildbeitrag|Audiobeitrag|Videobeitrag|Back to Gallery|Zurück zur Galerie|"
    "Jetzt ansehen|Video abspielen|Audio abspielen|Audio anhören|Jetzt anhören|Play audio|Play video|Listen now"
)
#: '12 Bilder', 'Fotostrecke: 12 Bilder', 'Bild 3 von 12', 'Image 1 of 12', '1/12',
#: 'Gallery: 14 images', 'In pictures (12)', 'See all 12 photos', 'Video 1:46 Min.'.
_GALLERY = re.compile(
    rf"^(?:(?:{_GALLERY_WORDS})\s*[:|–-]?\s*)?(?:(?:Alle|All|See all|View all|Show all)\s+)?"
    rf"\(?\d{{1,3}}\)?\s+(?:{_GALLERY_NOUNS})(?:\s+(?:anzeigen|ansehen|zeigen))?$"
    rf"|^(?:{_GALLERY_NOUNS})\s+\d{{1,3}}\s*(?:von|of|/)(?:\s*/)?\s*\d{{1,3}}$"
    rf"|^\d{{1,3}}\s*/\s*\d{{1,3}}$"
    rf"|^(?:{_GALLERY_WORDS})(?:\s*[:(]?\s*\d{{1,3}}\s*(?:{_GALLERY_NOUNS})?\)?)?$"
    rf"|^(?:(?:{_GALLERY_WORDS})\s*)?\(?\d{{1,2}}:\d\d\)?(?:\s*\d{{1,2}}:\d\d)?(?:\s*(?:Min\.?|min|Minuten))?$"
    r"|^(?:Media|Video|Audio) playback is (?:unsupported|not supported) on your device\.?$"
    r"|^(?:Video ?Player|Audio ?Player|Player|Video)(?: wird geladen|\s*Close|\s*Schließen)?\s*(?:\.\.\.|…)?$"
    r"|^(?:Loading video|Loading player|Video wird geladen|Player wird geladen)\s*(?:\.\.\.|…)?$|^(?:Loading|Wird geladen)\s*(?:\.\.\.|…)$"
    r"|^(?:Click|Tap) to play(?: video)?(?:\s*:\s*['‘“\"].{1,200}['’”\"])?$"  # a player's label: "Click to play video: 'Title'"
    r"|^To view this video,? please enable JavaScript\b.{0,160}$"
    r"|^featured[-_ ]im(?:g|age)$|^(?:click|tap) to enlarge$"  # a picture's name where its caption should be, its button
    r"|^mit (?:Audio|Video)$|^Fotostrecke ansehen$|^Beitragslänge\s*:.{1,20}$|^(?:Listen to this story|Enjoy more audio and podcasts on iOS or Android|Audio herunterladen\b.{0,80})\.?$"
    r"|^(?:Play Live Radio|Listen Live|Live Radio|On Air Now|Available On Air Stations)$"  # a station's live player
    # a video's teaser of a correspondent's report: 'Watch: ITV News Business Correspondent Kieran Walsh reports from …'
    r"|^Watch\s*:\s[^.!?]{5,150}\b(?:reports|explains|looks at|speaks to|talks to)\b[^.!?]{0,80}$"
    # the pointer to the pictures: 'Wie der Abend weiterging, sehen Sie in unserer Galerie.', 'See more in our gallery.'
    r"|^(?:[\w ,]{0,60}(?:sehen Sie|zeigt|zeigen) (?:Ihnen )?(?:in )?unsere[rn]? (?:Bilder|Foto)?[Gg]alerie"
    r"|(?:See|View) (?:more |all )?(?:photos |pictures )?in our (?:photo )?gallery)\W*$"
    r"|^(?:Your browser does not support|Ihr Browser unterstützt (?:kein|keine|dieses|das))\b.{0,80}$"
    # an audio or video player's card: '03:14 min, aus Echo der Zeit vom 19.01.2026.', its button
    r"|^\d{1,2}:\d\d\s*min\b.{0,100}$|^(?:Abspielen|Play)\.?\s+(?:Laufzeit|Duration|Länge)\b.{0,40}$"
    r"|^\(\d{1,3}\s*(?:min|mins|Min\.?|minutes|Minuten)\)$"  # the length beside 'Listen': '(5 min)'
    # a broadcaster's video card: 'Lokalzeit Duisburg. 13.01.2025. 02:41 Min.. Verfügbar bis 13.01.2027. WDR.'
    r"|^.{0,200}\b\d{1,2}:\d\d\s*Min\b.{0,80}\bVerfügbar bis \d{1,2}\.\d{1,2}\.\d{2,4}\b.{0,120}$",
    re.IGNORECASE,
)


#: The button that closes a video player, a picture viewer or a pop-up, alone on its line.
_CLOSE_BUTTON = re.compile(
    r"^[×✕✖xX]?\s*(?:Close|Schließen|Schliessen|Fermer|Cerrar|Fechar|Chiudi|Sluiten|Stäng|Tutup|Zamknij|"
    r"Закрыть|닫기|閉じる|关闭|關閉)\s*[×✕✖]?$",
    re.IGNORECASE,
)


#: A video's length on the player's card: 'VIDEO2:45', 'Video 1:46 Min.', '02:45'.
_DURATION = re.compile(r"\d{1,2}:\d\d")


def is_video_length(line: str) -> bool:
    """The player's card of a video, giving its length ('VIDEO2:4502:45'): its title and
    its show stand under it."""
    return is_gallery_teaser(line) and _DURATION.search(line) is not None


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
_AGENCY_CODE = re.compile(
    r"^(?:/[a-zäöü]{1,4}){2,5}/?(?:\s+[A-Z]{2,4}\d{3,5})?(?:\s+\d{4}-\d\d-\d\d(?:/|\s+)\d\d:\d\d(?::\d\d)?)?$"
    r"|^[A-Z]{2,4}\d{3,5}\s+\d{4}-\d\d-\d\d(?:/|\s+)\d\d:\d\d(?::\d\d)?$"
    r"|^Enditem$|^(?:IP|MEMO|STATEMENT|SPEECH|QANDA|AC)/\d\d/\d{1,5}$|^red,\s*[\w.-]+(?:/[\w.-]+)*$"
    rf"|^\(?(?:{_AGENCY_NAMES})(?:\s*[/,]\s*(?:{_AGENCY_NAMES}))*\)?$"
    # the agency signing off its report in capitals: '-- BERNAMA', '— AFP' ('— Bloomberg' under a quotation names its speaker)
    rf"|^(?:--|[–—])\s?(?=(?:{_AGENCY_NAMES})$)(?-i:[A-Z][A-Z-]+)$"
    rf"|^\(?(?:Mit Material (?:von|der Nachrichtenagenturen?)|Mit Agenturmaterial(?: von)?|Material:|"
    rf"With (?:inputs|input|material|reporting) from|Additional reporting from|Mit Informationen von)"
    rf"\s*(?:(?:{_AGENCY_NAMES}|agencies|Agenturen|news agencies|und|and|,|/|\s)+)\.?\)?$",
    re.IGNORECASE,
)


def is_agency_code(line: str) -> bool:
    return len(line) <= 120 and _AGENCY_CODE.match(line) is not None

