"""Headlines of other articles that a site sets into the text without a label.

Between two paragraphs a site may list two or three other stories, one headline per line, no
'Read more' over them. The article's own subheadings stand one at a time between paragraphs;
a list the text opens with a colon, a table's rows and the date line under the teaser are no
such row and stay.
"""

from __future__ import annotations

from briefing_app.ingest import import_text

from .test_news_site_copies import DE_MENU, DE_PARAGRAPHS, EN_MENU, EN_PARAGRAPHS, assert_gone, assert_whole, lines

EN_HEADLINE = "German machinery exports to China fall for a third year"
EN_TEASER = ("Orders from Chinese factories have dried up as local toolmakers win customers with lower prices, "
             "and the industry's association expects no turn before 2027.")
DE_HEADLINE = "Deutsche Maschinenexporte nach China sinken das dritte Jahr in Folge"


def test_a_row_of_other_stories_between_two_paragraphs_goes_and_the_subheading_under_it_stays() -> None:
    stories = ["Minnesota exporters post a record year despite the slowdown in China",
               "Duluth wind parts maker lands a contract with a Danish turbine group",
               "Port of Antwerp expects fewer cars from China after the new tariffs"]
    subheading = "What the numbers show for suppliers"
    result = import_text(lines(EN_MENU, EN_HEADLINE, "March 4, 2026", EN_PARAGRAPHS[:2], stories, subheading,
                               EN_PARAGRAPHS[2:], "About us", "Contact"))
    assert result.title == EN_HEADLINE
    assert_gone(result.text, stories)
    assert_whole(result.text, [*EN_PARAGRAPHS, subheading])


def test_german_teasers_over_a_subheading_go_and_the_rows_last_line_stays() -> None:
    """The row's last line stays whatever it is: it may be the subheading of the text below."""
    teasers = ["Jetzt Heizung tauschen und bis zu 65 Prozent Förderung sichern",
               "So sieht das geplante Werk in der Lausitz aus: Die Bilder"]
    subheading = "Maschinenbauer setzen auf andere Märkte in Asien"
    result = import_text(lines(DE_MENU, DE_HEADLINE, "04.03.2026, 16:12 Uhr", DE_PARAGRAPHS[:2], teasers,
                               subheading, DE_PARAGRAPHS[2:], "Impressum", "Datenschutz"))
    assert_gone(result.text, teasers)
    assert_whole(result.text, [*DE_PARAGRAPHS, subheading])
    two = import_text(lines(DE_MENU, DE_HEADLINE, "04.03.2026, 16:12 Uhr", DE_PARAGRAPHS[:2], teasers,
                            DE_PARAGRAPHS[2:], "Impressum", "Datenschutz"))
    assert_gone(two.text, teasers[:1])
    assert_whole(two.text, [*DE_PARAGRAPHS, teasers[1]])


def test_subheadings_one_at_a_time_a_list_after_a_colon_and_a_table_stay() -> None:
    intro = ("The association listed what its members expect from the government in the coming months, from the "
             "budget to export credit guarantees for smaller firms:")
    points = ["Faster approval of export credit guarantees for smaller firms",
              "A single office for investment screening in Berlin and Brussels",
              "Lower grid fees for energy-intensive machine builders"]
    table = ["Region Orders Change on year", "China 4.1 bn 3.9 bn -11.2%", "United States 5.6 bn 5.9 bn +4.8%"]
    text = [EN_PARAGRAPHS[0], "A third year of decline in China", EN_PARAGRAPHS[1], intro, *points,
            EN_PARAGRAPHS[2], *table, EN_PARAGRAPHS[3]]
    result = import_text(lines(EN_MENU, EN_HEADLINE, "March 4, 2026", text, "About us", "Contact"))
    assert_whole(result.text, [*EN_PARAGRAPHS, "A third year of decline in China", intro, *points, table[1], table[2]])


def test_the_byline_and_a_long_date_line_under_the_teaser_are_read() -> None:
    date_line = "Published on September 24, 2025, at 6:10 pm (Paris), updated at 7:02 pm"
    result = import_text(lines(EN_MENU, EN_HEADLINE, EN_TEASER, "By Julien Marchand and Claire Fournet", date_line,
                               EN_PARAGRAPHS, "About us"))
    assert result.title == EN_HEADLINE
    assert result.published is not None and result.published.isoformat() == "2025-09-24"
    assert_whole(result.text, [EN_TEASER, *EN_PARAGRAPHS])
