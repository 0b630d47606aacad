"""Each kind of web clutter, in German and in English, and sentences that must stay."""

from __future__ import annotations

import pytest

from briefing_app.ingest.boilerplate import classify, looks_like_body


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
    ],
)
def test_article_text_is_kept(line):
    assert classify(line) is None


def test_a_sentence_with_many_words_is_body():
    assert looks_like_body("Der Mittelstand brauche vor allem Rechtssicherheit, betonte Krämer.")
    assert looks_like_body("He said the cluster would grow.")
    assert not looks_like_body("Teilen Twittern Mailen")
