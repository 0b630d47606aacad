"""A page's paywall, its sign-up widget and the labels it repeats between paragraphs.

The pages are written for these tests (no corpus text), in the layouts of news sites: a
label such as 'Article content' over every paragraph, a paywall's box with its list of
what a subscription brings, a newsletter widget with its answers, numbered advertisement
slots, a list of teasers in the form 'Kicker: headline' right over the next paragraph.
Each test asserts what a reader of the cleaned text notices: the title, a line of the
page gone, every paragraph of the article still there.
"""

from __future__ import annotations

from briefing_app.core.article import Article
from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "China's chemical glut forces European producers to shut plants at fastest pace in a decade"
DE_HEADLINE = "Chemiekonzern schließt zwei Anlagen in Ludwigshafen"
MORE_EN = [
    "Officials in Brussels are wary of escalating tensions with China after the bloc's decision to impose "
    "duties on Chinese electric vehicles prompted Beijing to open its own investigations.",
    "\"Chemicals sit at the very beginning of almost every supply chain,\" said Elena Marchetti, an analyst at "
    "a research firm in Turin. \"If you lose them, you lose a lot more than jobs.\"",
    "Some companies are redirecting investment abroad, and executives say that trend will last as long as "
    "energy in Europe costs twice what it did before 2022.",
]
DATE_LINE = "Published Sep 03, 2024 • 4 minute read"
#: What a news site prints under an article: its share button and a list of other articles.
PAGE_BELOW = ["Share this article", "Trending", "Bank of Canada cuts rates again as economy stalls"]


def en_page(*article: str | list[str]) -> Article:
    """An English news page around ``article``: skip link, menu, headline, date line, and the page below."""
    return import_text(lines("Skip to Content", EN_MENU, EN_HEADLINE, DATE_LINE, *article, PAGE_BELOW))


def test_a_label_the_page_prints_over_every_paragraph_goes():
    label = "Article content"
    body = [part for paragraph in EN_PARAGRAPHS + MORE_EN for part in (label, paragraph)]
    result = en_page(body)
    assert result.title == EN_HEADLINE
    assert label not in result.text
    assert_whole(result.text, EN_PARAGRAPHS + MORE_EN)


def test_a_paywall_box_in_the_middle_goes_with_its_list_and_the_article_goes_on_below_it():
    benefits = [
        "Exclusive articles from our business columnists and others.",
        "Daily content from the world's leading global business publication.",
        "An electronic replica of the print edition to view on any device, share and comment on.",
    ]
    box = [
        "Subscribe now to read the latest news in your city and across the country.",
        *benefits,
        "SUBSCRIBE TO UNLOCK MORE ARTICLES",
        "REGISTER / SIGN IN TO UNLOCK MORE ARTICLES",
        "Create an account or sign in to continue with your reading experience.",
        "Unlimited online access to read articles from 15 news sites across the country with one account.",
        "Share your thoughts and join the conversation in the comments.",
        "Get email updates from your favourite authors.",
    ]
    result = en_page(EN_PARAGRAPHS, box, MORE_EN)
    assert result.title == EN_HEADLINE
    assert_gone(result.text, box)
    assert_whole(result.text, EN_PARAGRAPHS + MORE_EN)


def test_a_newsletter_widgets_answers_go_with_it():
    widget = [
        "Financial Top Stories",
        "Sign up to receive the daily top stories from the Daily Courier, a division of Courier Media Inc.",
        "Email Address",
        "Sign Up",
        "Thanks for signing up!",
        "A welcome email is on its way. If you don't see it, please check your junk folder.",
        "We encountered an issue signing you up. Please try again",
    ]
    result = en_page(EN_PARAGRAPHS[:2], widget[1:], EN_PARAGRAPHS[2:], MORE_EN)
    assert_gone(result.text, widget[1:])
    assert_whole(result.text, EN_PARAGRAPHS + MORE_EN)


def test_a_numbered_advertisement_slot_and_its_note_go():
    slot = ["Advertisement 2", "This advertisement has not loaded yet, but your article continues below."]
    result = en_page(EN_PARAGRAPHS[:2], slot, EN_PARAGRAPHS[2:])
    assert_gone(result.text, slot)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_caption_closed_by_photo_by_and_the_agency_is_no_title():
    caption = "A chemical plant on the Rhine river in Ludwigshafen, Germany. Photo by Alex Kraus /Bloomberg"
    result = import_text(lines("Skip to Content", EN_MENU, EN_HEADLINE, "Author of the article:",
                               "Karin Vogt and Chen Liwen", DATE_LINE, "Join the conversation", caption,
                               EN_PARAGRAPHS, MORE_EN, "Share this article"))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, [caption])
    assert_whole(result.text, EN_PARAGRAPHS + MORE_EN)


def test_recommended_from_the_desk_is_a_list_of_other_articles():
    teasers = ["Recommended from Editorial", "Germany's economy is sliding toward recession as factories falter",
               "European carmakers brace for Chinese retaliation over EV tariffs"]
    result = en_page(EN_PARAGRAPHS, teasers, "Advertisement", MORE_EN)
    assert_gone(result.text, teasers)
    assert_whole(result.text, EN_PARAGRAPHS + MORE_EN)


def test_the_last_teaser_in_the_form_of_the_ones_before_it_belongs_to_the_list():
    teasers = ["Chemiebranche: VCI senkt Produktionsprognose erneut",
               "Analyse: Die deutsche Chemie verliert ihren Heimvorteil",
               "Industriestrompreis: Koalition streitet über Entlastung"]
    result = import_text(lines(DE_MENU, DE_HEADLINE, "Stand: 12.03.2025, 14:05 Uhr", DE_PARAGRAPHS[:2], "Anzeige",
                               "Mehr zum Thema", teasers, DE_PARAGRAPHS[2:], "Artikel teilen"))
    assert_gone(result.text, teasers)
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_subheading_under_a_list_of_plain_teasers_stays():
    subheading = "Autos und Maschinen besonders betroffen"
    result = import_text(lines(DE_MENU, DE_HEADLINE, "Stand: 12.03.2025, 14:05 Uhr", DE_PARAGRAPHS[:2],
                               "Mehr zum Thema", "Chemiebranche: VCI senkt Produktionsprognose erneut",
                               "Wie BYD den Europäern die Preise diktiert", subheading, DE_PARAGRAPHS[2:],
                               "Artikel teilen"))
    assert subheading in result.text.split("\n")
    assert_whole(result.text, DE_PARAGRAPHS)


def test_an_article_may_repeat_its_speakers_and_print_short_paragraphs_between_sign_up_lines():
    """An interview names its speakers over every answer, and a short news item may stand
    between two lines of a newsletter box: all of it is the article's."""
    answers = ["We will keep building in Europe, because our customers are here and the tariffs are rising.",
               "The plant in Hungary opens next year, and a second site in Spain is under review.",
               "Prices for cells have fallen by a third, which makes local production harder to justify.",
               "We expect the market in Germany to recover in the second half of the year."]
    questions = ["Why invest in Europe now?", "When will the plant open?", "What about prices?",
                 "And Germany?"]
    interview = [part for q, a in zip(questions, answers, strict=True) for part in ("Interviewer", q, "Li Wei", a)]
    result = en_page(EN_PARAGRAPHS[:1], interview, EN_PARAGRAPHS[1:])
    assert result.text.split("\n").count("Li Wei") == 4
    assert_whole(result.text, [*answers, *EN_PARAGRAPHS])

    short = ["Exports rose 3% in March.", "Imports fell 2%, the statistics office said.",
             "The surplus widened to 22 billion euros.", "Economists had expected a smaller surplus."]
    result = en_page(EN_PARAGRAPHS[:2], "Sign up for our Business Briefing newsletter", short,
                     "Sign up for our newsletter", EN_PARAGRAPHS[2:])
    assert_whole(result.text, [*short, *EN_PARAGRAPHS])


def test_a_subheading_in_the_kicker_form_after_one_teaser_stays():
    subheadings = ["Ausblick: Die Branche hofft auf 2026", "Fazit: Kein schneller Ausweg"]
    result = import_text(lines(DE_MENU, DE_HEADLINE, "Stand: 12.03.2025, 14:05 Uhr", DE_PARAGRAPHS[:1],
                               "Mehr zum Thema", "Chemiebranche: VCI senkt Produktionsprognose erneut", subheadings[0],
                               DE_PARAGRAPHS[1:2], subheadings[1], DE_PARAGRAPHS[2:], "Artikel teilen"))
    assert all(subheading in result.text.split("\n") for subheading in subheadings)
    assert_whole(result.text, DE_PARAGRAPHS)

