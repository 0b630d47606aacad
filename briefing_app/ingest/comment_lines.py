"""The comment thread's furniture: its label and count, its rules, the form for a new
comment, and the page inviting the reader to it.

All of it stands over or under the thread, which stands below the article: the page's
extent (:mod:`.page_extent`) ends the article at a note on the thread's rules, and the
line rules (:mod:`.boilerplate`) take these lines out.
"""

from __future__ import annotations

import re

from .text_shape import QUOTE_MARK, is_reported_speech, vocabulary, word_count

#: The label or count over the thread: 'Kommentare', '2 Comments', 'Leave a reply'.
COMMENTS = re.compile(
    r"^(?:\d+\s+)?(?:Kommentare|Leserkommentare|Postings|Beiträge|Kommentare lesen|Kommentar schreiben|Kommentieren|Jetzt kommentieren|"
    r"Zu den Kommentaren|Diskutieren Sie mit|Comments|Leave a comment|Add a comment|Write a comment|Post a comment|Show comments|Kommentare anzeigen|"
    r"Join the conversation|Leave a reply|One (?:response|comment|thought)s?(?: to .{1,120})?|Responses|Reply|"
    r"Comentários|Comentarios|Deja un comentario|Deixe um comentário|Deixe uma resposta|Laisser un commentaire|"
    r"Commentaires|Lascia un commento|Commenti|Reacties|Komentarze|Yorumlar|Комментарии|"
    r"Komentar|Tanggapan|Satu tanggapan|Tinggalkan balasan|Balas|댓글|コメント|评论|評論|"
    r"Schreibe einen Kommentar|Hinterlasse einen Kommentar|Kommentar hinzufügen|Добавить комментарий|"
    r"Оставить комментарий|Оставьте комментарий|Ответить)(?:\s*\(?\d+\)?)?\W*$"
    r"|^\d+\s+(?:Comment|Kommentar|Response|Reply|Antwort)\W*$"  # '1 Comment'
    # the thread's order: 'Sortieren: Neueste', 'Sort by: Oldest'
    r"|^(?:Sortieren|Sortieren nach|Sort by|Sort)\s*:?\s*(?:Neueste|Älteste|Beliebteste|Newest|Oldest|Best|Top|Most liked)$"
    # a reader's comment the page features in the text: 'Top comment by Gerhard_K', 'Liked by 24 people'
    r"|^(?:Top|Featured|Best) comment (?:by|from)\s+\S.{0,40}$|^(?:Top-Kommentar|Leserkommentar) von\s+\S.{0,40}$"
    r"|^Liked by \d[\d,.]* (?:people|readers|users)$|^View all(?: \d+)? comments$|^Alle(?: \d+)? Kommentare (?:anzeigen|lesen)$",
    re.IGNORECASE,
)
#: The comment form under the article: 'You must be logged in to post a comment.',
#: 'Your email address will not be published.', in the languages blog software speaks.
_COMMENT_FORM = re.compile(
    r"^(?:You must be logged in to (?:post a comment|comment)|You must log in to (?:post a comment|comment)|"
    r"Please log in to (?:post a comment|comment)|Log in to (?:leave|post) a comment|"
    r"Sie müssen (?:angemeldet|eingeloggt) sein, um (?:einen Kommentar )?(?:abzugeben|zu veröffentlichen|"
    r"zu schreiben|zu kommentieren)|Um (?:zu )?kommentieren(?: zu können)?, müssen Sie sich (?:anmelden|einloggen|registrieren)|"
    r"(?:Sign in|Log in|Register) to (?:comment|join the conversation)|"
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
    r"Alamat email Anda tidak akan dipublikasikan|Je e-?mailadres wordt niet gepubliceerd|"
    r"Ваш адрес email не будет опубликован|Ваш e-mail не будет опубликован|"
    # the form's box to remember the commenter: 'Save my name, email, and website in this browser …'
    r"Save my name,? e-?mail,? and website|Meinen Namen,? (?:meine )?E-Mail(?:-Adresse)? und (?:meine )?Website|"
    r"Сохранить моё имя|Сохранить мое имя|Salvar meus dados neste navegador|Salvar o meu nome|"
    r"Guarda mi nombre|Enregistrer mon nom|Salva il mio nome|Mijn naam, e-?mail en website)\b.{0,160}$",
    re.IGNORECASE,
)
#: The comment field of the comment form, marked as required ('Kommentar *'): only that field
#: closes an article; 'Name *' and 'E-Mail *' are asked for by newsletter boxes inside the text
#: as well (see FORM_FIELD), and a subheading with a footnote mark ('Key figures 2024*') stays text.
_COMMENT_FIELD = re.compile(r"^(?:Comment|Kommentar|Commento|Comentario|Comentário|Commentaire|Комментарий|Komentar|Reactie)\s?\*$",
                            re.IGNORECASE)
#: Any other field of a form marked as required: 'Name *', 'E-Mail *', 'Website *'.
FORM_FIELD = re.compile(
    r"^(?:Name|Your name|Vorname|Nachname|E-?Mail|E-?Mail-Adresse|Email address|Website|Webseite|URL|Message|Nachricht|"
    r"Phone|Telefon|Company|Firma|Nome|Nombre|Nom|Имя|Сайт|Nama|Naam)\s?\*$",
    re.IGNORECASE,
)
#: The site's rules for the comment thread under the article: 'Comments are closed.',
#: 'Kommentare werden vor der Veröffentlichung geprüft', 'ATENÇÃO: Comentários com textos
#: ininteligíveis … não serão aprovados pelo moderador.'  A sentence, but one about the
#: page's comments (the words for comments, then moderation, closing or removal).
_COMMENT_WORD = (
    r"(?:comments?|commenting|kommentare|leserkommentare|kommentarfunktion|kommentarbereich|comentários|"
    r"comentarios|commentaires|commenti)"
)
#: Words between 'Comments' and its verb in a note about the thread ('Comments on this
#: article are closed', 'Kommentare zu diesem Artikel werden …') — never a name or a
#: genitive ('Kommentare des Ministers werden geprüft' is news).
_THREAD_WORDS = vocabulary(
    "on|to|for|this|these|the|article|story|post|page|zu|zum|für|diesen|diesem|dieser|den|artikel|beitrag|"
    "em|neste|nesta|deste|desta|artigo|matéria|en|este|esta|artículo|nota|sur|cet|cette|su|questo|articolo"
)
_COMMENT_POLICY = re.compile(
    rf"^(?:[^\W\d_]{{2,12}}\s*:\s*)?(?:(?:All|Reader|Readers['’]?|Alle|Die|Os|Los|Les|I|Gli)\s+)?{_COMMENT_WORD}"
    rf"(?:(?:\s+(?:{_THREAD_WORDS})){{0,4}}\s+"
    r"(?:(?:are|is|were|will be|have been|has been)\s+(?:now\s+)?(?:closed|disabled|moderated|reviewed|"
    r"pre-moderated|turned off)|(?:are|is) subject to (?:our|the) (?:community guidelines|house rules|terms)|"
    r"(?:sind|ist|werden|wird)\s+(?:\w+\s+){0,4}(?:geschlossen|deaktiviert|moderiert|geprüft|freigeschaltet)|"
    r"(?:são|serão|estão|están|son|serán|sont|seront|sono|saranno)\s+(?:\w+\s+){0,2}"
    r"(?:moderad[oa]s|encerrad[oa]s|fechad[oa]s|cerrad[oa]s|modérés|fermés|moderati|chiusi))\b"
    # or a note naming the moderator: 'Comentários com textos ininteligíveis … não serão aprovados pelo moderador'
    r"|\b.{0,200}\b(?:moderat(?:or|ors|ed|ion)|moderador(?:es)?|moderiert|Moderator(?:en)?|modérateur|moderatore)\b)"
    r".{0,320}$",  # the rules that follow: 'Keep comments relevant … at the discretion of the Times.'
    re.IGNORECASE,
)

#: The label over the rules for readers' comments: 'Community standards', 'Kommentarregeln'.
_COMMENT_RULES_LABEL = re.compile(
    r"^(?:Community (?:standards|guidelines|rules)|Comment(?:ing)? (?:policy|guidelines|rules)|"
    r"Discussion (?:rules|guidelines)|Netiquette|Kommentarregeln|Diskussionsregeln|Community-Richtlinien|"
    r"Kommentar-Richtlinien|Regeln für (?:Kommentare|Leserkommentare)|Normas de la comunidad|"
    r"Regras da comunidade|Règles de la communauté|Charte de modération)\W*$",
    re.IGNORECASE,
)


def is_comment_policy(line: str) -> bool:
    """A note on the rules of the comment thread ('Comments are moderated') or the label
    over them ('Community standards'): it stands over the thread, never over an article."""
    if len(line) > 400:
        return False
    if _COMMENT_RULES_LABEL.match(line) is not None:
        return True
    # the anchored pattern first: a line that does not open with the words for comments costs nothing more
    return _COMMENT_POLICY.match(line) is not None and word_count(line) <= 45 and not is_reported_speech(line)


#: The page asking the reader about its comments: 'Please keep comments civil …', 'Become a
#: Member to leave a comment', 'Join the conversation in our comments section below'.
_COMMENT_INVITATION = re.compile(
    rf"\b{_COMMENT_WORD}\b|\b(?:to|zu) (?:leave|post|write|add) a comment\b|\bKommentar(?:e)? (?:zu )?(?:schreiben|verfassen)\b"
    r"|\bkommentieren zu können\b",
    re.IGNORECASE,
)
#: The page speaking to the reader or as itself. (Not German 'Sie', which opens many a
#: sentence about others.)
_READER_ADDRESSED = re.compile(
    r"\b(?:you|your|our|please|bitte|Ihnen|unser(?:e[mnrs]?)?)\b|^(?:Become|Join|Log ?in|Sign in|Werden Sie|Melden Sie sich)\b"
    r"|\bmüssen Sie sich (?:anmelden|registrieren|einloggen)\b",
    re.IGNORECASE,
)


def is_comment_invitation(line: str) -> bool:
    """The site speaking to the reader about the comment thread: it stands over or under
    the thread; an article's own sentences address nobody outside quotation marks, and a
    writer asking in the first person ('reply to this email or leave a comment if you think
    I have got something wrong') signs off the article."""
    if line.count(" ") >= _INVITATION_WORDS or QUOTE_MARK.search(line) or not _COMMENT_INVITATION.search(line):
        return False
    return _READER_ADDRESSED.search(line) is not None and _WRITER_SPEAKING.search(line) is None


_WRITER_SPEAKING = re.compile(r"\b(?:I|me|my|ich|mir|mich|mein\w*)\b")
#: How long such an invitation runs at the most.
_INVITATION_WORDS = 40


def is_comment_form(line: str) -> bool:
    """A line of the form for a new comment ('Your email address will not be published',
    'Name *'): it stands over or under the thread, never between paragraphs of an article."""
    return (_COMMENT_FORM.match(line) is not None or _COMMENT_FIELD.match(line) is not None) and word_count(line) <= 30
