"""Consent furniture of a page: the cookie notice, the consent manager's box and its
buttons, the consent box over an embedded post, the reader's consent in a sign-up form.

Each is a sentence or a button in the page's own voice about the reader's data; an
article reports on cookies or consent only in its own words or in reported speech,
which the rules using these patterns leave alone.
"""

from __future__ import annotations

import re

#: The site speaking about itself: "Wir verwenden Cookies, um …", "This site uses cookies".
#: A sentence, but not one an article contains outside reported speech.
COOKIE_STATEMENT = re.compile(
    r"\b(?:wir|diese (?:web)?seite|diese website|unsere (?:web)?seite|we|this (?:web)?site|"
    r"our (?:web)?site)(?:\s+(?:und unsere|and our|sowie unsere)\s+(?:\w+\s+)?(?:Partner|partners|Dienstleister))?"
    r"\s+(?:verwenden|verwendet|nutzen|nutzt|setzen|setzt|benutzen|use|uses)\s+"
    r"(?:\w+\s+){0,3}cookies\b"
    # the same statement on pages in other languages: 'Utilizziamo i cookie per …', 'Este site utiliza cookies'
    r"|\b(?:utilizziamo|usiamo|questo sito(?: web)? (?:utilizza|usa)|usamos|utilizamos|"
    r"(?:este|esse) (?:site|sitio|sítio)(?: web)? (?:utiliza|usa)|nous utilisons|ce site(?: web)? utilise|"
    r"wij gebruiken|we gebruiken|deze (?:web)?site gebruikt|situs(?: web)? ini menggunakan|kami menggunakan)\s+"
    r"(?:\w+\s+){0,3}cook(?:ie|ies)\b"
    # 'Um … nutzen zu können, benötigen wir Ihre Zustimmung zur Verwendung von Cookies …'
    r"|\b(?:Ihre|your)\s+(?:widerrufliche\s+)?(?:Einwilligung|Zustimmung|consent)\s+(?:in die|zur|zu der|für die|to the)\s+"
    r"(?:Verwendung|Übermittlung|Verarbeitung|Speicherung|use|processing)\b",
    re.IGNORECASE,
)
#: A consent manager's notice, one paragraph of up to a hundred words or more: 'Wir und unsere
#: Partner speichern und/oder greifen auf Informationen …', 'We and our partners store
#: and/or access information on a device …'.
CONSENT_MANAGER = re.compile(
    r"\b(?:wir und unsere partner|we and our partners)\s+(?:speichern|greifen|benötigen|verarbeiten|store|access|process|need)\b",
    re.IGNORECASE,
)
#: The consent box of an embedded post or video: 'Empfohlene redaktionelle Inhalte', 'Ich bin
#: damit einverstanden, dass mir externe Inhalte angezeigt werden.'
EMBED_CONSENT = re.compile(
    r"^(?:Empfohlene(?:r)? (?:redaktionelle(?:r)? )?Inhalte?|Externer Inhalt|Externe Inhalte(?: aktivieren| laden| anzeigen)?|"
    r"Ein Klick für den Datenschutz|Immer zulassen|Erst wenn Sie hier klicken, werden .{2,200}|"
    r"Inhalte von Drittanbietern|Alle externen Inhalte (?:laden|anzeigen)|"
    r"Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden|"
    r"Mehr Informationen dazu finden Sie in der Datenschutzerklärung|"
    r"Damit werden personenbezogene Daten an Drittplattformen übermittelt|"
    r"Recommended content|External content|Show external content|"
    r"I agree to (?:external|third[- ]party) content being (?:displayed|shown))\W*$",
    re.IGNORECASE,
)
#: Short consent furniture: "Cookie-Einstellungen", "Accept all cookies", "Alle akzeptieren".
#: Only for lines that are not sentences ("Die EU will Cookie-Banner abschaffen." stays).
COOKIE_BUTTON = re.compile(
    r"\bcookies?[- ]?(?:einstellungen|richtlinie|hinweis|banner|settings|policy|preferences|consent)\b"
    r"|\b(?:alle\s+)?cookies\s+(?:akzeptieren|zulassen|ablehnen)\b"
    r"|\b(?:accept|reject|allow)\s+(?:all\s+)?cookies\b"
    r"|^(?:Accept|Refuse|Reject|Decline|Allow) (?:analytics|optional|marketing|non-essential) cookies$"
    r"|^(?:Alle akzeptieren|Akzeptieren|Zustimmen|Alle ablehnen|Ablehnen|Einverstanden|"
    r"Accept all|Accept|Reject all|I agree|Agree|Got it|Einstellungen verwalten|Manage preferences|"
    r"Manage cookies|Datenschutzeinstellungen|Privacy settings|Zustimmen und weiter|Accept and continue|"
    r"Akzeptieren und weiter|Einwilligen und anzeigen|Einwilligen und weiter|Zum PUR-Abo|PUR-Abo|"
    # the heading of a consent manager's box
    r"We value your privacy|Your privacy matters|Wir respektieren Ihre Privatsphäre|Ihre Privatsphäre ist uns wichtig)[.!]?$",
    re.IGNORECASE,
)
#: The reader consenting in a sign-up form, in the first person or addressed, or told
#: what signing up means: 'Mit meiner Anmeldung zum Newsletter stimme ich der
#: Werbevereinbarung zu', 'Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu',
#: 'Mit Klick auf … erkläre ich mich mit der Verarbeitung … einverstanden', 'By signing up,
#: you agree to our Terms', the form's checks ('Bitte geben Sie eine gültige E-Mail-Adresse
#: ein', 'Please enter a valid email address') and its answer ('Bitte klicke auf den Link
#: in der Bestätigungsmail'), the reader's consent named ('Details zu Ihrer Einwilligung') and
#: what signing up brings ('You may occasionally receive promotional content from …').
FORM_CONSENT = re.compile(
    r"\b(?:erkläre ich mich|stimme ich|willige ich|ich willige|ich bin (?:damit )?einverstanden|"
    r"akzeptiere ich|stimmen Sie|(?-i:akzeptieren Sie)|erklären Sie sich|willigen Sie|I agree|I consent|I accept)\b"
    r".{0,200}\b(?:Daten|Datenschutz\w*|Newsletter|Einwilligung\w*|Werbe\w*|Nutzungsbedingungen|AGB|"
    r"data|privacy|terms|newsletter|marketing)\b"
    r"|\bBy (?:clicking|signing up|subscribing|registering|submitting|entering|providing)\b.{0,120}\b"
    r"(?:you|I) (?:have read and )?(?:agree|accept|consent|acknowledge)\b"
    r"|\bWe use your sign-up to provide content in ways you['’]ve consented to\b"
    # the form's box to tick: 'Ich habe die Datenschutzerklärung gelesen und akzeptiere sie.'
    r"|^Ich habe die (?:Datenschutz\w*|AGB|Nutzungsbedingungen) gelesen und (?:akzeptiere|stimme|bin|erkläre)\b.{0,40}$"
    r"|^I have read (?:and (?:accept|agree to) the (?:privacy (?:policy|notice)|terms\b.{0,20})|the (?:privacy (?:policy|notice)"
    r"|terms\b.{0,20}) and (?:accept|agree)\b).{0,40}$"
    # the sign-up form's own messages, alone on their line with no full stop
    r"|^(?:This field is required|Invalid e-?mail(?: address)?|Dieses Feld ist (?:erforderlich|ein Pflichtfeld)|"
    r"Ungültige E-Mail-Adresse|Submitting\.{0,3}|Wird gesendet\.{0,3}|Thank(?:s| you) for signing up!?|"
    r"You['’]re (?:all )?signed up!?|You are (?:now )?signed up!?|"
    # a button's answer: 'Failed to save article' (an error message in sentences, 'Please try again.', is quoted by
    # a report on an outage)
    r"Failed to save (?:the )?(?:article|story)|"
    # a newspaper platform's registration note, in its own words
    r"\*?\s?I understand and agree that registration on or use of this site constitutes agreement to its user agreement "
    r"and privacy policy\.?)$"
    r"|^(?:Bitte (?:geben Sie|gib) (?:eine |Ihre |deine )?(?:gültige )?|Please (?:enter|provide) (?:a )?(?:valid )?)"
    r"(?:E-?Mail|email)(?:[- ]?Adresse| address)?\b"
    r"|\b(?:in der|in your|im) (?:Bestätigungs-?(?:E-)?mail|confirmation e-?mail)\b"
    r"|\b(?:(?-i:Ihre[rn]?)|deine[rn]?|your) (?:Einwilligung|Zustimmung|consent)\b"  # ('ihre Zustimmung': theirs)
    # what signing up brings: 'You may occasionally receive promotional content from …'
    r"|\byou (?:may|will|might) (?:occasionally |also |sometimes )?receive (?:promotional|marketing|special)\b",
    re.IGNORECASE,
)
#: Words one of which every line ``FORM_CONSENT`` matches has (lower case): the pattern is
#: tried only on those lines — the things consented to, the mail, the consent named.
FORM_CONSENT_HINTS = ("daten", "newsletter", "einwilligung", "werbe", "nutzungsbeding", "agb", "data", "privacy",
                      "terms", "marketing", "agree", "accept", "acknowledge", "mail", "zustimmung", "consent", "receive",
                      "field", "feld", "submitting", "gesendet", "signing up", "signed up", "failed to save")
#: Words one of which every line ``COOKIE_STATEMENT`` matches has (lower case).
COOKIE_STATEMENT_HINTS = ("cook", "einwilligung", "zustimmung", "consent")
