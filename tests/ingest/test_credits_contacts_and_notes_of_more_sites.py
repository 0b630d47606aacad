"""Credits, contacts, notes and boxes of more news sites, trade journals and newsrooms.

The pages are written for these tests (no corpus text): a state agency's page that prints a
two-word caption with its credit twice under the headline; credits in a station's, an
agency's and a tabloid's words; a business journal's line for reaching its writer; a
sign-up form's box to tick; a regional portal's pointer to more news; an outlet's
disclaimer and print-edition note; a broadcaster's video teaser; a union paper's donation
box and its tags over a related list; a writer's note with the role after the name.
Guards keep sentences of the same words.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "German logistics firms eye new port as gateway to Asia after trade mission"
DE_HEADLINE = "Südtiroler Exporte nach China brechen ein"


def test_a_two_word_caption_with_its_credit_printed_twice_is_no_headline():
    caption = "Chancay Port. Photo: ANDINA/Difusión"
    teaser = "Delegation of 14 companies visited the new terminal and met with ministry officials"
    result = import_text(lines(*EN_MENU, "Photos", "Videos", "Economy", EN_HEADLINE, teaser, caption, caption, "Share",
                               *EN_PARAGRAPHS))
    assert result.title == EN_HEADLINE
    assert_whole(result.text, [teaser, *EN_PARAGRAPHS])
    assert_gone(result.text, [caption])


def test_credits_in_their_owners_words_go():
    for credit in ("Copyright: IMAGO/Panama Pictures", "KUOW Photo/Grant Eller", "Pic: Shutterstock"):
        caption = "Cranes unload a container ship at the Port of Tacoma on Tuesday."
        result = import_text(lines(*EN_MENU, EN_HEADLINE, "March 4, 2025", caption, credit, *EN_PARAGRAPHS))
        assert_gone(result.text, [credit])
        assert_whole(result.text, EN_PARAGRAPHS)


def test_the_writers_contact_and_a_forms_box_to_tick_go():
    contact = "Reach Jason Pelham at 843-849-3115."
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "March 4, 2025", *EN_PARAGRAPHS, contact))
    assert_gone(result.text, [contact])
    assert_whole(result.text, EN_PARAGRAPHS)
    tick = "Ich habe die Datenschutzerklärung gelesen und akzeptiere sie."
    result = import_text(lines(*DE_MENU, DE_HEADLINE, "12.03.2025", *DE_PARAGRAPHS, "Newsletter", "E-Mail-Adresse", tick,
                               "Jetzt anmelden"))
    assert_gone(result.text, [tick])
    sentence = "Reach the summit at 2,000 metres and the plant's chimneys are still visible, the guide said."
    assert sentence in import_text(lines(*EN_MENU, EN_HEADLINE, *EN_PARAGRAPHS[:2], sentence, *EN_PARAGRAPHS[2:])).text


def test_a_pointer_to_more_regional_news_a_disclaimer_and_a_print_note_go():
    pointer = "Mehr News aus der Region Mühldorf lesen Sie hier."
    result = import_text(lines(*DE_MENU, DE_HEADLINE, "12.03.2025", *DE_PARAGRAPHS, pointer))
    assert_gone(result.text, [pointer])
    notes = ["EU Reporter publishes articles from a variety of outside sources which express a wide range of "
             "viewpoints. The positions taken in these articles are not necessarily those of EU Reporter.",
             "A version of this article appears in the print on March 27, 2025, of The Himalayan Times."]
    for note in notes:
        result = import_text(lines(*EN_MENU, EN_HEADLINE, "March 4, 2025", *EN_PARAGRAPHS, note))
        assert_gone(result.text, [note])
        assert_whole(result.text, EN_PARAGRAPHS)
    sentence = "The views expressed in this article are not necessarily shared by the board, the chairman said."
    assert sentence in import_text(lines(*EN_MENU, EN_HEADLINE, *EN_PARAGRAPHS[:2], sentence, *EN_PARAGRAPHS[2:])).text


def test_a_video_teaser_a_donation_box_and_tags_over_a_related_list_go():
    teaser = "Watch: ITV News Business Correspondent Kieran Walsh reports from Stoke-on-Trent"
    box = ["Help us build a movement that can win. Support Labor Notes by becoming a monthly donor. Your "
           "contributions keep our reporting free and accessible.", "Donate"]
    related = ["Volkswagen Workers in Chattanooga Reach First Contract Talks Milestone",
               "How German Works Councils Give Workers a Voice"]
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "March 4, 2025", teaser, *EN_PARAGRAPHS,
                               "Ana Reyes is a staff writer at Labor Notes. ana@labornotes.org", *box, "Tags:", "Auto",
                               "Globalization", "Organizing", "Related Articles", *related))
    assert_gone(result.text, [teaser, *box, *related])
    assert_whole(result.text, EN_PARAGRAPHS)
    assert "Related Articles" not in result.tags
    sentence = "Supporters can help the union by becoming a member, she said."
    assert sentence in import_text(lines(*EN_MENU, EN_HEADLINE, *EN_PARAGRAPHS[:2], sentence, *EN_PARAGRAPHS[2:])).text


def test_a_writers_note_with_the_role_after_the_name_goes():
    note = ["Carlos Mendívil", "Carlos Mendívil, Staff Writer. Carlos covers trade, transportation and logistics for "
                               "The Dallas Morning News. He previously reported for the Laredo Morning Times."]
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "By Carlos Mendívil", "March 4, 2025", *EN_PARAGRAPHS,
                               "ADVERTISEMENT", *note, "carlos.mendivil@dallasnews.com", "More from Business",
                               "Chip equipment supplier plans Sherman expansion as demand rebounds"))
    assert_gone(result.text, note)
    assert_whole(result.text, EN_PARAGRAPHS)


def test_lines_of_the_article_like_the_new_boxes_and_notes_stay():
    """What the reviews of these rules found: the article's headline and teaser between two
    newsletter promotions, a source who shares the writer's surname, an aggregator's
    disclaimer quoted in a report, an interview's answer, a German sentence naming its man
    '(im Bild)' over a credit."""
    headline, teaser = "EU slaps duties on Chinese e-bikes", "Duties of up to 79% will apply for five years."
    result = import_text(lines(*EN_MENU, "Sign up for our free newsletter", headline, teaser,
                               "Sign up for the Europe Trade Brief newsletter", "By Pieter de Vries", "April 2, 2025",
                               *EN_PARAGRAPHS))
    assert result.title == headline
    assert_whole(result.text, [teaser, *EN_PARAGRAPHS])
    last = "Lee, a veteran columnist, is more optimistic. “Chinese companies need foreign capital,” he said."
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "By Chris Lee", "March 4, 2025", *EN_PARAGRAPHS, last))
    assert_whole(result.text, [*EN_PARAGRAPHS, last])
    quoted = ["NewsBreak publishes articles from a variety of outside sources, including local papers, the filing says.",
              "The positions taken in these articles are not necessarily those of the company, a disclaimer on the app "
              "says."]
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "March 4, 2025", *EN_PARAGRAPHS[:2], *quoted, *EN_PARAGRAPHS[2:]))
    assert_whole(result.text, [*quoted, *EN_PARAGRAPHS])
    answer = "Ich habe die AGB gelesen, ja. Das macht sonst kaum jemand."
    result = import_text(lines(*DE_MENU, DE_HEADLINE, "12.03.2025", *DE_PARAGRAPHS[:2], "Haben Sie die Bedingungen gelesen?",
                               answer, *DE_PARAGRAPHS[2:]))
    assert answer in result.text
    named = "Finanzchef Jochen Schmitz (im Bild) rechnet dennoch mit einem Wachstum von 5 Prozent auf 2,4 Milliarden Euro."
    result = import_text(lines(*DE_MENU, DE_HEADLINE, "12.03.2025", *DE_PARAGRAPHS[:2], named, "Foto: dpa",
                               *DE_PARAGRAPHS[2:]))
    assert named in result.text


def test_the_pages_order_of_dates_is_read_from_its_own_dates_not_from_the_text():
    quoted = "The retailer filed its appeal on 02/19/2025, according to court records seen by the paper."
    result = import_text(lines(*EN_MENU, EN_HEADLINE, "05/03/2025", *EN_PARAGRAPHS[:2], quoted, *EN_PARAGRAPHS[2:],
                               "Related", "Chemical output falls for a third year", "Share", "Print"))
    assert result.published is None


def test_a_tag_list_ends_at_the_sites_own_links():
    for label, tags, links in (("Tags:", ["E-commerce", "Netherlands", "China"], ["About Us", "Advertise", "Contact"]),
                               ("Schlagworte", ["Singen", "Wirtschaft", "China"], ["Kommentare", "Impressum"])):
        result = import_text(lines(*EN_MENU, EN_HEADLINE, "March 4, 2025", *EN_PARAGRAPHS, label, *tags, *links))
        assert result.tags == tags
        assert_gone(result.text, [*tags, *links])
