"""Each kind of web clutter, in German and in English, and sentences that must stay."""

from __future__ import annotations

import pytest

from briefing_app.ingest.boilerplate import classify
from briefing_app.ingest.text_shape import looks_like_body


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # breadcrumbs
        ("Startseite > Wirtschaft > Asien", "breadcrumb"),
        ("Home> Wirtschaft", "breadcrumb"),
        ("Home / News", "breadcrumb"),
        ("Sie sind hier: Politik › Ausland", "breadcrumb"),
        ("You are here: News > World > Asia", "breadcrumb"),
        ("News › Business › Markets", "breadcrumb"),
        # share, print, send, bookmark, feedback bars
        ("Teilen   Twittern   Mailen   Link kopieren", "share"),
        ("DruckenSendenMerkenFeedback", "share"),
        ("Artikel teilen", "share"),
        ("Auf Facebook teilen", "share"),
        ("Share Tweet Email Print", "share"),
        ("Share this article", "share"),
        ("Facebook | Twitter | LinkedIn", "share"),
        ("- Print Article", "share"),
        # pagers
        ("1   2   3   >", "pager"),
        ("Seite 1 von 3", "pager"),
        ("« Zurück | Weiter »", "pager"),
        ("Nächste Seite", "pager"),
        ("Page 2 of 5", "pager"),
        ("Next page", "pager"),
        ("‹ Previous 1 2 3 … 10 Next ›", "pager"),
        # cookie consent
        ("Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.", "cookie"),
        ("Alle akzeptieren", "cookie"),
        ("This website uses cookies to improve your experience.", "cookie"),
        ("Accept all cookies", "cookie"),
        # newsletter and subscriptions
        ("Melden Sie sich für unseren Newsletter an", "newsletter"),
        ("Newsletter abonnieren", "newsletter"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Jetzt abonnieren", "subscribe"),
        ("Bereits Abonnent? Hier anmelden", "subscribe"),
        ("Subscribe now", "subscribe"),
        ("Already a subscriber? Sign in", "subscribe"),
        # links to other articles, ads, reading time, credits
        ("Lesen Sie auch: China droht mit Zöllen auf deutsche Autos", "related"),
        ("Mehr zum Thema", "related"),
        ("Read more: Alibaba poised to launch record-breaking Hong Kong listing", "related"),
        ("DON'T MISS", "related"),
        ("Anzeige", "ad"),
        ("Advertisement", "ad"),
        ("Lesezeit: 3 Min.", "readtime"),
        ("5 min read", "readtime"),
        ("© Wirtschaftskurier 2026", "copyright"),
        ("Copyright 2026 Dow Jones & Company, Inc. All Rights Reserved", "copyright"),
        ("Foto: dpa", "credit"),
        ("Reporting by Jane Doe; Editing by John Roe", "credit"),
        ("Keith Bradsher contributed reporting from Hong Kong.", "credit"),
        ("Kommentare (12)", "comments"),
        ("Leave a comment", "comments"),
        ("Folgen Sie uns auf Twitter", "social"),
        ("Follow us on LinkedIn", "social"),
        ("Write to Al Root at allen.root@example.com", "contact"),
        ("Kontakt zur Autorin: erika.muster@example.de", "contact"),
        ("Phone +41 41 544 78 00", "contact"),
        ("Tel.: 030 123 456 78", "contact"),
        # "send to a friend" belongs to the share bar
        ("Suggest To A Friend", "share"),
        ("Artikel versenden", "share"),
        ("Share on FacebookShare on TwitterShare via Shortlink", "share"),
        ("Zur Merkliste hinzufügen", "share"),
        ("Artikel anhören • 3 Min", "share"),
        ("Bildbeschreibung einblenden", "share"),
        ("Exklusiv für Abonnenten", "subscribe"),
        ("Mehr Artikel zu diesem Thema", "related"),
        # photo galleries and videos: a count of pictures is no figure of the article
        ("12 Bilder", "gallery"),
        ("Fotostrecke", "gallery"),
        ("Fotostrecke: 12 Bilder", "gallery"),
        ("Bild 3 von 12", "gallery"),
        ("Image 1 of 12", "gallery"),
        ("1/12", "gallery"),
        ("In pictures (12)", "gallery"),
        ("See all 12 photos", "gallery"),
        ("Video 1:46 Min.", "gallery"),
        ("Media playback is unsupported on your device", "gallery"),
        # agency codes and footers
        ("/ji/jha", "agency"),
        ("/ra/jkr/he", "agency"),
        ("AXC0123 2024-03-12/14:05", "agency"),
        ("(dpa-AFX)", "agency"),
        ("Mit Material von dpa und Reuters", "agency"),
        ("With inputs from agencies", "agency"),
        # navigation: menus on one line, skip links, footer links
        ("Politik | Wirtschaft | Sport | Kultur", "navigation"),
        ("Politik | Wirtschaft | Bundesliga | Formel 1", "navigation"),
        ("World Business Markets Tech Opinion", "navigation"),
        ("PolitikWirtschaftSport", "navigation"),
        ("Zum Inhalt springen", "navigation"),
        ("Skip to main content", "navigation"),
        ("Impressum | Datenschutz | Kontakt | AGB", "navigation"),
        ("You are here: HomeNewsBusinessMarkets", "breadcrumb"),
        # related lists under another label
        ("Related posts", "related"),
        ("Das könnte Sie interessieren", "related"),
        # captions and notes around pictures and ads
        ("Image caption Eva-Marie Persson said the decision was taken after interviews.", "credit"),
        ("Continue Reading Below", "ad"),
        ("FILE PHOTO: Traders work on the floor at the New York Stock Exchange.", "credit"),
        ("Symbolbild: Ein Containerschiff im Hamburger Hafen.", "credit"),
        ("Image Credit: WeWork", "credit"),
        ("GET FOX BUSINESS ON THE GO BY CLICKING HERE", "ad"),
        ("Market Update sponsored by", "ad"),
        ("Follow us for breaking news and latest updates:", "social"),
        # the same furniture on pages in other languages
        ("Tinggalkan Balasan", "comments"),
        ("1 Comment", "comments"),
        ("Leave a Reply", "comments"),
        ("Reply", "comments"),
        ("Iklan", "ad"),
        ("Publicidad", "ad"),
        ("関連記事", "related"),
        ("Leia também", "related"),
        ("Baca juga: Harga minyak turun lagi", "related"),
        ("뒤로가기 인쇄하기 목록 Tweet", "share"),
        ("Compartilhar Imprimir", "share"),
        # boxes and notes a page puts around the article
        ("You have successfully subscribed. Thank you!", "newsletter"),
        ("Stay up to date with the Coastal Courier.", "newsletter"),
        ("More articles from Jane Doe", "related"),
        ("This material may not be redistributed. ©2019 Coastal Media. All rights reserved. FAQ", "copyright"),
        ("The chairman of the port authority at the quay (Credit: Getty Images)", "credit"),
        ("Media captionWho is the new chairman?", "credit"),
        ("(Reed Saxon / Associated Press)", "credit"),
        ("(Walt Disney Co.)", "credit"),
        ("Natalie Naccache | Bloomberg | Getty Images", "credit"),
        ("Tempo de leitura: 2 minutos", "readtime"),
        ("Temps de lecture : 3 minutes", "readtime"),
        ("3 menit baca", "readtime"),
        ("Copy Link URLCopied!", "share"),
        ("Share Close extra sharing options", "share"),
        ("Close", "gallery"),
        ("Schließen ×", "gallery"),
        ("About Harbour Logistics", "author_box"),
        ("Sobre Carlos Nadalim", "author_box"),
        ("Über Siemens Energy", "author_box"),
        ("More From the Coastal Courier", "related"),
        ("Mehr aus Wirtschaft", "related"),
        ("More Coverage", "related"),
        ("You must be logged in to post a comment.", "comments"),
        ("Devi essere connesso per inviare un commento.", "comments"),
        ("Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "comments"),
        ("Search for: Search", "navigation"),
        ("Cerca: Search", "navigation"),
        ("Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito.", "cookie"),
        ("Este site utiliza cookies para melhorar a sua experiência.", "cookie"),
        ("Zurück zur Übersicht", "navigation"),
        ("Continue reading the main story", "ad"),
        ("Supported by", "ad"),
        ("Breaking News Emails", "newsletter"),
        ("Get breaking news alerts and special reports, delivered weekday mornings.", "newsletter"),
        ("Reuters", "agency"),
        ("Whatsapp Facebook Pint Baixar", "share"),
        ("Read more about sharing.", "share"),
        ("These are external links and will open in a new window", "share"),
        ("Follow AP's full coverage of Brexit and British politics at https://apnews.com/Brexit", "social"),
        ("Associated Press", "agency"),
        ("Copyright @ 2019 The New Arab.", "copyright"),
        ("Você pode gostar...", "related"),
        ("You might also like", "related"),
        ("President Trump at the Economic Club of New York last week.Credit...Anna Moneymaker/The New York Times",
         "credit"),
    ],
)
def test_clutter_is_named(line, reason):
    assert classify(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Taicang/Berlin. Der neue deutsch-chinesische Industriecluster nimmt Gestalt an.",
        "Die Drucken-Sparte des Konzerns soll geteilt werden, sagte der Sprecher.",
        "Weiter so, sagte Albers.",
        "Mehr als 200 Vertreter kamen zur Eröffnung.",
        "Seite an Seite wollen die Partner in Taicang investieren und neue Werke bauen.",
        "Wir verwenden Cookies nur sparsam, sagte der Datenschutzbeauftragte des Verbands.",
        "The company said it would share more details about its newsletter business next week.",
        "Berlin/Taicang",
        "12 15 18",
        "2019 2020 2021",
        "Facebook",
        "Industriecluster Taicang: Deutscher Mittelstand soll in China neue Standorte finden",
        "Home Depot sales miss, shares plunge",
        "Die EU-Kommission will Cookie-Banner abschaffen.",
        "Der Verlag will seinen Newsletter ausbauen und mehr Abonnenten erhalten.",
        "Redaktion und Verlag haben entschieden, die Preise zu erhöhen.",
        "Reporting by Reuters showed that exports fell sharply in October.",
        "Copyright law in China remains weak, experts warn.",
        "Kommentar",
        "Start / Ziel",
        "12 Prozent",
        "2019 wurden 12 Bilder des Malers verkauft.",
        "Wirtschaft",
        "China",
        "China Cuts Key Lending Rate In Surprise Move",
        "Video zeigt die Explosion im Hafen von Tianjin",
        "(EU)",
        "Berlin (dpa-AFX) - Die Exporte nach China sind im Oktober gefallen.",
        "Die Agentur berichtete mit Material von Reuters über den Zollstreit.",
        "Den vollständigen Bericht finden Sie, wenn Sie hier klicken und sich registrieren.",
        "Above all, the ministry wants to cut red tape for investors.",
        "Zoom",
        "Die Merkliste der Regierung umfasst zwölf Vorhaben.",
        "Das Thema wird seit Jahren diskutiert: die elektronische Patientenakte (ePA)",
        "The decision was expected, a spokesman told the agency (AFP).",
        "In reply, the minister said the port would be expanded.",
        "He thanked the readers who had subscribed to the print edition for decades.",
        "About Us",
        "Über uns",
        "Über die Studie",
        "About the deal",
        "More from the sale went to charity.",
        "Search: the ministry found nothing.",
        "(Archiv)",
        "Handel / Industrie",
        "Close ties with Beijing",
        "Supported by the ministry, the port grew by a fifth.",
        "The bank said the Credit: risk was rising.",
    ],
)
def test_article_text_is_kept(line):
    assert classify(line) is None


def test_a_sentence_with_many_words_is_body():
    assert looks_like_body("Der Mittelstand brauche vor allem Rechtssicherheit, betonte Krämer.")
    assert looks_like_body("He said the cluster would grow.")
    assert not looks_like_body("Teilen Twittern Mailen")


def test_a_paragraph_of_sentences_ending_in_a_signature_is_body():
    signed = ("Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida. Gostar é sentir com a alma, "
              "mas expressar os sentimentos depende das idéias de cada um. Só quem se ama pode encontrar em sua vida "
              "Um Amor de Verdade")
    assert looks_like_body(signed)
    assert not looks_like_body("Politik Wirtschaft Sport. Kultur Reise Auto. Wissen Regional Lokales")
