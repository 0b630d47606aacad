"""A page's notes, tools and credits around and inside an article, and bylines that say
who the writer is.

The pages are written for these tests (no corpus text), in the layouts of news, tech and
opinion sites: a reader's comment featured between paragraphs, the site's disclosure of its
affiliate links, a listening time, a machine voice's note, a copyright notice in words,
text-size buttons, captions closed by a dash or by the agency in brackets, sign-up prompts
and their consent, 'By: Name - Reporter' and 'By Name, a senior fellow at …'. Each test
asserts what a reader of the cleaned text notices: the title, the date, the author, a line
of the page gone, every paragraph of the article still there.
"""

from __future__ import annotations

from datetime import date

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "Chinese battery maker picks Saxony-Anhalt for cell plant as EU tariffs reshape supply chains"
DE_HEADLINE = "Chinesischer Wafer-Hersteller plant Fertigung in Lausitzer Industriepark"
EN_DATE = "Oct 14 2025 - 6:12 am PT"
DE_DATE = "17.06.2025, 09:30 Uhr"


def test_a_readers_comment_featured_between_paragraphs_goes():
    box = ["Top comment by Gerhard_K", "Liked by 24 people",
           "Bitterfeld already has the chemical park infrastructure, rail and a grid connection. Makes a lot more "
           "sense than some of the greenfield sites we’ve seen. Power prices are the real question.",
           "View all comments"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, EN_PARAGRAPHS[:2], box, EN_PARAGRAPHS[2:],
                               "Share this article"))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, box)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_the_sites_notes_under_the_article_go():
    notes = ["Add Electrek to your Google News feed.", "FTC: We use income earning auto affiliate links. More.",
             "Log in, register or subscribe to save articles for later.", "Normal text size", "Larger text size",
             "Very large text size"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, notes[2:], EN_PARAGRAPHS, notes[:2]))
    assert_gone(result.text, notes)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_sign_up_prompts_and_their_consent_go():
    prompts = ["The Business Briefing newsletter delivers major stories, exclusive coverage and expert opinion. "
               "Sign up to get it every weekday morning.",
               "Don't miss out on the latest news and information.",
               "By providing an identifier, you agree with our Terms of Use and acknowledge that you have read our "
               "Privacy Policy."]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, EN_PARAGRAPHS[:2], prompts, EN_PARAGRAPHS[2:],
                               "Share this article"))
    assert_gone(result.text, prompts)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_captions_closed_by_a_dash_and_their_credit_go():
    captions = ["WORKERS at an electronics assembly plant inside an economic zone in Cavite. —INQUIRER FILE PHOTO",
                "A worker checks a machine at a plant near Frankfurt. — AFP/File"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, captions[0], EN_PARAGRAPHS[:2], captions[1],
                               EN_PARAGRAPHS[2:], "Share this article"))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, captions)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_byline_with_the_writers_role_and_handle_after_a_dash_names_the_writer():
    byline = "By: Katrina Mae D. Villaflor - Reporter / @KMVillaflorINQ"
    result = import_text(lines(EN_MENU, "Economy", EN_HEADLINE, byline, "Philippine Daily Inquirer / 05:10 AM "
                               "January 22, 2026", EN_PARAGRAPHS, "Share this article"))
    assert result.author == "Katrina Mae D. Villaflor"
    assert_gone(result.text, [byline])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_byline_that_says_who_the_writer_is_does_not_hide_the_date_under_it():
    standfirst = ("Berlin’s industrial heartland built its fortunes on selling to Beijing. Now China is selling "
                  "back, and the Mittelstand is struggling to adapt.")
    byline = "By Miriam Achterberg, a nonresident senior fellow at the Centre for European Industrial Strategy."
    result = import_text(lines("Skip to main content", EN_MENU, EN_HEADLINE, standfirst, byline,
                               "January 21, 2026, 2:45 PM", "Gift ArticleSaveShare", EN_PARAGRAPHS))
    assert result.author == "Miriam Achterberg"
    assert result.published == date(2026, 1, 21)
    assert_gone(result.text, [byline, "January 21, 2026, 2:45 PM"])
    assert_whole(result.text, [standfirst, *EN_PARAGRAPHS])


def test_a_listening_time_a_machine_voices_note_and_a_copyright_notice_in_words_go():
    notes = ["Artikel anhören • 5 Minuten", "Diese Audioversion wurde künstlich erzeugt. Mehr Infos",
             "Mit der Anmeldung akzeptieren Sie unsere Datenschutzbestimmungen.",
             "Dieser Inhalt ist urheberrechtlich geschützt und darf nicht kopiert werden. Wenn Sie mit uns "
             "kooperieren und Inhalte von uns teilweise nutzen wollen, nehmen Sie bitte Kontakt auf."]
    result = import_text(lines(DE_MENU, DE_HEADLINE, DE_DATE, notes[:2], DE_PARAGRAPHS[:2], "Newsletter",
                               notes[2], DE_PARAGRAPHS[2:], notes[3], "Artikel teilen"))
    assert result.title == DE_HEADLINE
    assert_gone(result.text, notes)
    assert_whole(result.text, DE_PARAGRAPHS)


def test_a_caption_closed_by_its_agency_and_photographer_in_brackets_goes():
    caption = ("Workers install piping at a chemical plant construction site in Central Java, on Oct. 2, 2024. The "
               "estate has been marketed to foreign investors as a base for downstream industries. (Antara/Rahmat Saputra)")
    result = import_text(lines(EN_MENU, EN_HEADLINE, "Jakarta ● Tue, November 19, 2024", "Share this article",
                               "Change Size", caption, EN_PARAGRAPHS, "Share this article"))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, [caption, "Change Size"])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_caption_closed_by_photograph_and_its_credit_is_no_title():
    caption = "Representative image Photograph: (Reuters)"
    result = import_text(lines(EN_MENU, "Companies", caption, EN_HEADLINE, "3 min read 11 Jul 2025, 04:12 PM IST",
                               EN_PARAGRAPHS, "Share this article"))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, [caption])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_the_wires_helpers_and_the_sites_appeals_under_the_article_go():
    notes = ["—With assistance from Jonas Ehrlich.", "(With inputs from agencies)", "Support Our Journalism",
             "Sustaining this needs support from wonderful readers like you.",
             "Your donation today powers the independent journalism that you rely on. For just $5/month, you can "
             "help sustain our newsroom.",
             "Whether you live in India or overseas, you can take a paid subscription by clicking here.",
             "Subscribe to our channels on YouTube, Telegram & WhatsApp"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, EN_PARAGRAPHS, notes))
    assert_gone(result.text, notes)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_an_update_in_hours_and_a_comment_count_go_and_a_report_closed_by_its_agency_stays():
    closings = ["The company expects sales to fall further next year, a spokesman said. (Reuters)",
                "The new steel tariffs take effect on Wednesday. (Reuters)",
                "The DAX closed 1.2 percent lower at 18,000 points, with carmakers leading the losses. (Reuters/AFP)"]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "By Nurul Rahman", "12 Mar 2024, 06:15 pm",
                               "Updated 3 hours ago", "0 2 minutes read", EN_PARAGRAPHS, closings,
                               "Share this article"))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, ["Updated 3 hours ago", "0 2 minutes read"])
    assert_whole(result.text, [*EN_PARAGRAPHS, *closings])


def test_sentences_that_share_words_with_the_pages_furniture_stay():
    """Article sentences about prices, access, contributions, copyright, bylines and
    newsletters, each one word away from a line of the page: none of them is taken."""
    sentences = [
        "Unlimited access to cheap credit fuelled the housing bubble in Spain.",
        "€300 per month for each pensioner.",
        "The airline sells unlimited access to its lounges for $500 a year.",
        "Siemens made a contribution of 2 billion euros this year, its quarterly reporting shows.",
        "Der Text ist urheberrechtlich geschützt, doch KI-Firmen trainieren ihre Modelle trotzdem damit.",
        "Viele Händler akzeptieren sie inzwischen, doch die Daten zeigen, dass Bargeld dominiert.",
        "By Black Friday, an analyst at Commerzbank expects online sales to double.",
        "The industry association Bitkom said the figures, which land in your inbox of the trade ministry every "
        "quarter and are compiled from the reports of more than 2,000 member firms, showed that orders for "
        "industrial software from Chinese customers fell for the fourth quarter in a row.",
    ]
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, EN_PARAGRAPHS[:2], sentences, EN_PARAGRAPHS[2:],
                               "Share this article"))
    assert_whole(result.text, [*EN_PARAGRAPHS, *sentences])


def test_a_long_newsletter_privacy_notice_and_a_file_credit_in_brackets_go():
    notice = ("Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside "
              "parties. For more information see our Privacy Policy. We use Google reCaptcha to protect our website "
              "and the Google Privacy Policy and Terms of Service apply.")
    caption = "A worker at a battery plant construction site near Debrecen, eastern Hungary [File: Jane Roe/Reuters]"
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, caption, EN_PARAGRAPHS[:2], "Sign up to our newsletter",
                               notice, EN_PARAGRAPHS[2:], "Share this article"))
    assert_gone(result.text, [notice, caption])
    assert_whole(result.text, EN_PARAGRAPHS)


def test_a_credit_label_glued_to_the_captions_full_stop_goes():
    caption = ("Half-finished servo drives wait for their rotors at a plant in Nürtingen, Germany.Photograph: "
               "Markus Feldmann/Bloomberg/Getty Images")
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_DATE, caption, EN_PARAGRAPHS, "Share this article"))
    assert_gone(result.text, [caption])
    assert_whole(result.text, EN_PARAGRAPHS)
