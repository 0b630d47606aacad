"""Quote frames and speakers of real press articles (classes, not sentences of the corpus).

Each case is a construction that real articles use and the finder missed or misread:
reported-speech chains whose source comes last, two attributions in one sentence,
English postposed frames with appositions, headline quotes, and who a role refers to.
"""

from __future__ import annotations

import pytest

from briefing_app.core.analysis import analyse
from briefing_app.core.people import parse_source
from briefing_app.core.sentences import split_sentences


def found(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.speaker, q.kind) for q in analyse(text, lang).quotes]


def test_konjunktiv_chain_takes_the_source_named_at_its_end():
    text = ("Der Botschafter Wu Ken sprach in Hamburg vor Unternehmern.\n\n"
            "Der Handel zwischen beiden Ländern sei stark gewachsen. "
            "China bleibe ein verlässlicher Partner, so der Botschafter.")
    assert found(text, "de") == [
        ("Der Handel zwischen beiden Ländern sei stark gewachsen", "Wu Ken", "indirect"),
        ("China bleibe ein verlässlicher Partner", "Wu Ken", "indirect"),
    ]


def test_konjunktiv_of_any_verb_continues_the_speaker():
    text = ("Jens Hildebrandt sagte, die Erholung sei trügerisch. "
            "Die Regierung stärke die Wirtschaft mit Infrastrukturprojekten. Der Konsum schwächele aber weiterhin.")
    got = found(text, "de")
    assert [q[1] for q in got] == ["Jens Hildebrandt"] * 3
    # an inflected adjective before its noun is not a verb: no continuation here
    assert len(found("Jens Hildebrandt sagte, die Erholung sei trügerisch. Die große Halle steht leer.", "de")) == 1


def test_heisst_es_in_the_statement_resolves_to_its_author():
    text = ("Das Ministerium veröffentlichte am Montag die Zahlen.\n\n"
            "Die Exporte seien um fünf Prozent gestiegen. "
            "Die Importe stagnierten dagegen, heißt es in der Mitteilung des Ministeriums.")
    assert [(t[:15], s) for t, s, _ in found(text, "de")] == [("Die Exporte sei", "Ministerium"),
                                                             ("Die Importe sta", "Ministerium")]


def test_das_sagte_x_attributes_the_sentence_before():
    text = "Die Exporte seien um fünf Prozent gestiegen. Das sagte Ministerpräsident Li Qiang am Montag in Peking."
    assert found(text, "de") == [("Die Exporte seien um fünf Prozent gestiegen", "Li Qiang", "indirect")]


def test_forecast_and_direct_quote_in_one_sentence_are_two_quotes():
    text = ("Für das kommende Jahr rechnet der Verband mit einem Plus von drei Prozent: "
            "„Wir sind zuversichtlich“, sagte dessen Sprecher Max Müller.")
    assert found(text, "de") == [
        ("Für das kommende Jahr rechnet der Verband mit einem Plus von drei Prozent", "Verband", "indirect"),
        ("Wir sind zuversichtlich", "Max Müller", "direct"),
    ]


def test_english_postposed_frame_names_the_person_after_said():
    text = ("Over the past year, the zone has attracted 120 new companies from Europe, "
            "said Wang Ming, head of the zone's investment promotion bureau.")
    assert found(text, "en") == [
        ("Over the past year, the zone has attracted 120 new companies from Europe", "Wang Ming", "indirect")]


@pytest.mark.parametrize("text, speaker", [
    ("Exports to the EU rose by 12 percent in the first half, the ministry said in a statement on Tuesday.", "ministry"),
    ("China will further open its market, Premier Li Qiang said on Tuesday.", "Li Qiang"),
    ("Li said on Tuesday China will continue to open its market to foreign investors.", "Li"),
    ("Speaking at the forum, Wang Wentao, minister of commerce, said China welcomed German investment.", "Wang Wentao"),
])
def test_english_frames_with_adjuncts(text, speaker):
    got = found(text, "en")
    assert len(got) == 1 and got[0][1] == speaker


def test_a_role_named_before_the_person_resolves_to_the_person():
    text = ("A customs spokesperson said the trade surplus had narrowed. "
            "The figures reflect weaker demand abroad, Li Kuiwen told reporters.")
    assert found(text, "en")[0][1] == "Li Kuiwen"


def test_nationality_adjectives_and_data_are_not_speakers():
    text = "No details were given but German press reports said the agreement was worth seven billion euros."
    assert found(text, "en")[0][1] == "German press reports"
    assert found("MOC statistics indicate that German firms had invested in 3,871 projects in China.", "en") == []


@pytest.mark.parametrize("text, lang, speaker, content", [
    ("Experte Dudenhöffer: Es läuft in Richtung zwei Drittel China-Anteil\n\nDie Autokonzerne verkaufen mehr.",
     "de", "Dudenhöffer", "Es läuft in Richtung zwei Drittel China-Anteil"),
    ("China to expand imports: commerce ministry\n\nBEIJING - China will expand imports, the Ministry of Commerce said.",
     "en", "commerce ministry", "China to expand imports"),
])
def test_headline_quotes(text, lang, speaker, content):
    assert (content, speaker, "direct") in found(text, lang)


def test_a_headline_topic_is_not_a_quote():
    assert found("Röchling: Neues Werk in China\n\nDas Werk kostet rund 3 Millionen Euro.", "de") == []


def test_places_and_authorities_are_not_people():
    people = analyse("Die Provinzregierung Anhui teilte mit, das Werk werde 2026 eröffnet.", "de").people
    assert [p.name for p in people] == []


def test_organisation_in_the_nominative_and_titles_not_roles():
    src = parse_source("Der Vorsitzende des Ständigen Ausschusses des Volkskongresses", 0, "de")
    assert src.organisation == "Ständiger Ausschuss des Volkskongresses"
    assert parse_source("Leiter des Statistischen Bundesamtes", 0, "de").organisation == "Statistisches Bundesamt"
    q = analyse("Professor Hermann Simon sagte, die Hidden Champions seien in China erfolgreich.", "de").quotes[0]
    assert (q.speaker, q.role) == ("Professor Hermann Simon", "")


def test_hard_wrapped_wire_copy_is_split_into_sentences_not_lines():
    text = ("BERLIN Oct 29 German exports to China will fall\nby 2 percent this year after rising by 11 percent in\n"
            "2014, the head of the chambers of commerce said in an interview\npublished on Thursday, as a slowdown in the\n"
            "world's second biggest economy takes its toll.\nGermany has the biggest trade exposure to China of the 28\n"
            "European Union nations, largely thanks to demand for its cars.\n")
    assert len(split_sentences(text, "en")) == 2
    # one sentence per line stays one sentence per line
    assert len(split_sentences("Headline of the day\nFirst sentence here.\nSecond one.", "en")) == 3


def test_english_direct_quotes_in_common_layouts():
    text = ("Wang Ming, head of the bureau, said:\n\n“We will open a new office in Munich next year.”\n\n"
            "‘German firms are very interested,’ Wang said.\n\n"
            "“The zone is a bridge between China and Europe,” according to Wang Ming.\n\n"
            "Zhang Wei, the plant's general manager, is confident about the future.\n\n"
            "“We will double our output next year.”")
    assert [(q.text[:20], q.speaker, q.kind) for q in analyse(text, "en").quotes] == [
        ("We will open a new o", "Wang Ming", "direct"),
        ("German firms are ver", "Wang Ming", "direct"),
        ("The zone is a bridge", "Wang Ming", "direct"),
        ("We will double our o", "Zhang Wei", "direct"),
    ]


def test_a_quotation_over_two_paragraphs_takes_the_speaker_named_after_it():
    text = ("The minister spoke at length.\n\n“We will open our market further. Foreign firms are welcome.\n\n"
            "“German companies in particular will benefit,” Wang Wentao told reporters.")
    assert [q.speaker for q in analyse(text, "en").quotes] == ["Wang Wentao", "Wang Wentao"]


@pytest.mark.parametrize("text, lang, speaker, start", [
    ("Der Verband geht davon aus, dass die Exporte im kommenden Jahr um drei Prozent steigen.", "de", "Verband",
     "die Exporte"),
    ("Nach Angaben des Statistischen Bundesamts stiegen die Exporte um drei Prozent.", "de", "Statistisches Bundesamt",
     "stiegen"),
    ("Aus Sicht des Ifo-Instituts ist die Lage der Exporteure schwierig.", "de", "Ifo-Institut", "ist die Lage"),
    ("Commerce Minister Wang Wentao was quoted by Xinhua as saying that China would cut tariffs on imports.", "en",
     "Wang Wentao", "China would"),
])
def test_more_attribution_frames(text, lang, speaker, start):
    q = analyse(text, lang).quotes
    assert len(q) == 1 and q[0].speaker == speaker and q[0].text.startswith(start)


@pytest.mark.parametrize("text, speaker", [
    ("Exports rose 5 percent in October, according to a statement from the Ministry of Commerce.", "Ministry of Commerce"),
    ("According to a report by the OECD, growth will slow next year.", "OECD"),
    ('"We are here to stay,"said Li at the ceremony.', "Li"),
    ('"Prices will rise," said Tom Lee, an analyst at Daiwa Securities.', "Tom Lee"),
])
def test_sources_behind_documents_and_adjuncts(text, speaker):
    q = analyse(text, "en").quotes
    assert len(q) == 1 and q[0].speaker == speaker


def test_a_chamber_of_commerce_is_a_body_that_it_said_refers_to():
    """"According to the German Chamber of Commerce in China, … it said": a chamber is an
    organisation (not a person named "German Chamber"), so "it" is that chamber."""
    text = ("The European Union Chamber of Commerce in China said in its position paper that member companies "
            "were cutting investment.\n\n"
            "According to the German Chamber of Commerce in China, more than half of its members plan to increase "
            "investment. The survey of 500 firms showed that confidence had improved, it said.")
    assert [s for _, s, _ in found(text, "en")] == [
        "European Union Chamber of Commerce", "German Chamber of Commerce", "German Chamber of Commerce"]
    assert all("Chamber" not in p.name for p in analyse(text, "en").people)


def test_a_capitalised_plural_role_opening_a_sentence_is_no_name():
    text = ("Analysts at Goldman Sachs expect the yuan to weaken to 7.4 per dollar by the end of the year. "
            "Economists at Commerzbank said growth would slow.")
    assert [s for _, s, _ in found(text, "en")] == ["Goldman Sachs", "Commerzbank"]


def test_a_statement_issued_saying_that_is_its_authors_quote():
    text = ("Siemens released a statement saying the deal would close in March. "
            "The Electoral Commission issued a statement warning that voters are entitled to transparency. "
            "Protesters were seen saying the plant should close.")
    assert found(text, "en") == [("the deal would close in March", "Siemens", "indirect"),
                                 ("voters are entitled to transparency", "Electoral Commission", "indirect")]


def test_a_countrys_ministry_is_named_as_written_and_a_description_ends_at_its_preposition():
    text = ("The Electoral Commission said it would look into the adverts. "
            "The French foreign ministry said it regretted any decision likely to encourage settlement building. "
            "Executives across the world say they have no choice but to postpone some hiring and investment.")
    assert [s for _, s, _ in found(text, "en")] == [
        "Electoral Commission", "French foreign ministry", "Executives across the world"]


def test_an_unnamed_source_keeps_its_words_and_the_medium_reporting_it_is_no_speaker():
    text = ("Prince Andrew gave an interview to the BBC. “He is not entitled to any form of immunity,” said one "
            "legal expert, as reported by the Independent newspaper.\n\n"
            "“His friendship with Epstein is under investigation by the FBI,” the expert warned.")
    assert [s for _, s, _ in found(text, "en")] == ["one legal expert", "one legal expert"]


def test_a_pronoun_with_an_adverb_and_a_subject_with_a_relative_clause():
    text = ("Prince Andrew said he regretted nothing.\n\n"
            "He instead told the BBC interviewer: “I had to go and see him.”\n\n"
            "WeWork, which is expected to lay off thousands of employees as it faces ballooning losses, confirmed "
            "on Monday that it had been contacted by the attorney general.")
    assert [s for _, s, _ in found(text, "en")] == ["Prince Andrew", "Prince Andrew", "WeWork"]


def test_the_medium_reports_and_the_one_who_said_it_speaks():
    """"Li Qiang told Scholz that …, according to CCTV": Li speaks, CCTV reports; data do not
    speak ("according to customs data"), unnamed people do ("according to multiple people
    familiar with the situation")."""
    text = ("Chinese Premier Li Qiang told Scholz that the two countries should view each other as partners, "
            "according to state broadcaster CCTV. "
            "Exports rose 8 percent in October, according to customs data. "
            "More than 4,000 people are expected to receive notice, according to multiple people familiar with the "
            "situation.")
    assert [s for _, s, _ in found(text, "en")] == ["Li Qiang", "multiple people familiar"]


def test_a_bodys_name_with_of_the_is_whole_and_the_ministry_is_the_one_named_by_its_country():
    text = ("The European Union will impose tariffs on Chinese-made electric vehicles, the European Commission "
            "said on Tuesday.\n\n"
            "China's commerce ministry said it did not accept the ruling. \"China will take all necessary measures "
            "to defend the rights of Chinese companies,\" the ministry said in a statement.\n\n"
            "The German Association of the Automotive Industry (VDA) said the move was \"a step backwards for free "
            "global trade\".")
    assert [s for _, s, _ in found(text, "en")] == [
        "European Commission", "China's commerce ministry", "China's commerce ministry",
        "German Association of the Automotive Industry (VDA)"]


def test_a_frame_with_told_in_mid_sentence_reports_what_stands_before_it():
    text = ("SHANGHAI (Reuters) - Volkswagen's joint venture with SAIC Motor will close a plant in Nanjing, two "
            "sources told Reuters, as the German carmaker struggles with falling sales in China.")
    assert found(text, "en") == [("Volkswagen's joint venture with SAIC Motor will close a plant in Nanjing",
                                  "two sources", "indirect")]


def test_verbs_that_report_speech_only_with_a_that_clause():
    text = ("Foreign ministry spokesman Wang Wenbin reiterated that China opposes unilateral sanctions. "
            "Premier Li Qiang expressed confidence that bilateral trade would continue to grow. "
            "Wang reiterated China's position on Taiwan. "
            "Li expressed concern about the tariffs.")
    assert found(text, "en") == [("China opposes unilateral sanctions", "Wang Wenbin", "indirect"),
                                 ("bilateral trade would continue to grow", "Li Qiang", "indirect")]


def test_a_countrys_possessive_is_not_part_of_a_companys_name():
    text = ("The threat of higher raw material costs also hit carmakers. France's Peugeot warned that its profits "
            "may decline this year. Germany’s BASF said it would cut 2,600 jobs worldwide.")
    analysis = analyse(text, "en")
    assert [q.speaker for q in analysis.quotes] == ["Peugeot", "BASF"]
    assert analysis.people == []


def test_a_dateline_with_its_country_stays_out_and_a_body_described_by_its_owner_is_as_written():
    text = ("HEFEI, China, Nov 20 (Xinhua) -- The Sino-German Cooperation Innovation Park has signed agreements "
            "with 15 German companies, local authorities said Wednesday.\n\n"
            "\"Hefei offers a complete industrial chain,\" said Zhang Hongwen, Party secretary of Hefei's municipal "
            "committee.\n\n"
            "According to the park's administrative committee, more than 100 German enterprises have settled in the "
            "park.")
    assert found(text, "en")[0][0].startswith("The Sino-German Cooperation Innovation Park")
    assert [s for _, s, _ in found(text, "en")] == ["local authorities", "Zhang Hongwen",
                                                    "park's administrative committee"]


def test_warned_against_is_a_topic_and_a_nationality_before_a_role_is_the_description():
    text = ("Germany's Federation of German Industries (BDI) also warned against an escalation of the dispute. "
            "Chinese experts slammed the EU's decision, saying it would hurt European consumers.")
    assert found(text, "en") == [("it would hurt European consumers", "Chinese experts", "indirect")]


def test_a_second_source_attached_with_with_x_saying_is_a_quote_of_its_own():
    assert found("Retailers warned that sales would fall, with the BRC saying demand was weak.", "en") == [
        ("sales would fall", "Retailers", "indirect"),
        ("demand was weak", "BRC", "indirect"),
    ]
    assert found("Exports fell 5 percent, the ministry said, with analysts saying demand from Europe was weak.", "en") == [
        ("Exports fell 5 percent", "ministry", "indirect"),
        ("demand from Europe was weak", "analysts", "indirect"),
    ]
    # "with" and a participle that is no speech verb attaches no source
    assert found("Li said the talks went well, with both sides agreeing to meet again.", "en") == [
        ("the talks went well, with both sides agreeing to meet again", "Li", "indirect"),
    ]


def test_a_body_named_in_capitals_after_the_content_adds_a_clause():
    assert found("Exports would fall, the BRC said, adding that demand was weak.", "en") == [
        ("Exports would fall", "BRC", "indirect"),
        ("demand was weak", "BRC", "indirect"),
    ]


def test_a_role_of_several_words_before_a_name_is_not_part_of_the_name():
    result = analyse("Chinese Vice Premier Liu He said China would buy more US goods. "
                     "Deputy Prime Minister Robert Habeck said growth would return.", "en")
    assert [q.speaker for q in result.quotes] == ["Liu He", "Robert Habeck"]
    assert sorted(p.name for p in result.people) == ["Liu He", "Robert Habeck"]


def test_a_person_keeps_the_fuller_form_of_a_role_named_later():
    people = analyse("Minister Robert Habeck visited Beijing. Deputy Prime Minister Robert Habeck said growth "
                     "would return. The recently-installed chief executive Anna Berg said sales rose. "
                     "Chief executive Anna Berg added that costs fell.", "en").people
    roles = {p.name: p.role for p in people}
    assert roles["Robert Habeck"] == "Deputy Prime Minister"
    assert roles["Anna Berg"] != "recently-installed chief executive"


def test_the_medium_that_reported_a_statement_is_no_part_of_it():
    assert found("Xi told Biden that Taiwan was the most important issue in relations, "
                 "according to Chinese state media.", "en") == [
        ("Taiwan was the most important issue in relations", "Xi", "indirect")]


def test_hiess_es_with_an_adjunct_before_where_it_came_from():
    assert found("Die Gespräche seien konstruktiv gewesen, hieß es nach dem Treffen von Scholz und Xi "
                 "aus Regierungskreisen.", "de") == [
        ("Die Gespräche seien konstruktiv gewesen", "Regierungskreise", "indirect")]


def test_a_reported_clause_opening_with_a_quoted_word_is_one_mixed_quote():
    assert found("The BDI warned that \"de-risking\" must not become decoupling.", "en") == [
        ("\"de-risking\" must not become decoupling", "BDI", "indirect")]


def test_he_after_a_spokesman_never_named_is_that_spokesman():
    text = ("A spokesman for the German Chamber of Commerce in China said members were worried.\n\n"
            "He said many firms were shifting investment to Southeast Asia.")
    assert [s for _, s, _ in found(text, "en")] == ["spokesman for the German Chamber of Commerce"] * 2


def test_no_speaker_from_a_preposition_or_from_a_clause_after_said():
    # "Under" opens a prepositional phrase; no quote is better than a wrong speaker
    assert all(s != "Under" for _, s, _ in found(
        "Under the plan, which was approved by the cabinet on Wednesday, the government said it would spend $10bn.",
        "en"))
    assert found("Mercedes-Benz, like its German rivals, said sales in China fell.", "en") == [
        ("sales in China fell", "Mercedes-Benz", "indirect")]
    assert found("Exports rose, said the ministry.", "en") == [("Exports rose", "ministry", "indirect")]


def test_a_frame_between_subject_and_verb_gives_the_whole_sentence():
    assert found("The move, analysts said, could hurt German exporters.", "en") == [
        ("The move, analysts said, could hurt German exporters", "analysts", "indirect")]
    # a clause before the frame keeps the two items of "…, he said, and was forecast …"
    assert [q for q, _, _ in found("The economy will slow, he said, and was forecast to recover in 2025.", "en")] == [
        "The economy will slow", "was forecast to recover in 2025"]


def test_a_role_and_name_before_a_colon_introduce_the_quotation():
    assert found("Bosch-Chef Stefan Hartung: „China bleibt ein Wachstumsmarkt.“", "de") == [
        ("China bleibt ein Wachstumsmarkt.", "Stefan Hartung", "direct")]
    assert found("Die Botschaft: „Wir bleiben.“", "de") == []


def test_the_medium_that_reported_it_gives_way_to_the_one_who_spoke():
    assert found("Premier Li Qiang told Scholz that China was ready to deepen cooperation, Xinhua reported.", "en") == [
        ("China was ready to deepen cooperation", "Li Qiang", "indirect")]
    assert found("China will \"never\" accept the tariffs, Commerce Minister Wang Wentao told his EU counterpart.",
                 "en") == [("China will \"never\" accept the tariffs", "Wang Wentao", "indirect")]


def test_openers_before_the_subject_are_no_speakers_and_a_clause_after_said_is_content():
    assert [s for _, s, _ in found("To Reuters, a spokesman said the firm would appeal.", "en")] == ["spokesman"]
    assert [s for _, s, _ in found("Told of the decision, the mayor said he was disappointed.", "en")] == ["mayor"]
    assert found("Writing in the People's Daily, Wang said China's economy was resilient.", "en") == [
        ("China's economy was resilient", "Wang", "indirect")]


def test_a_surname_that_is_also_a_month_or_a_modal_still_speaks():
    assert found("Theresa May said Britain would leave the EU.", "en") == [
        ("Britain would leave the EU", "Theresa May", "indirect")]


@pytest.mark.parametrize("text, content", [
    # the American "said Tuesday", with or without "on": a day, never the words said
    ("China will further expand its opening-up, Chinese Premier Li Qiang said Tuesday at the opening of the fair.",
     "China will further expand its opening-up"),
    ("Li Qiang said Tuesday China would further expand its opening-up.", "China would further expand its opening-up"),
    ("Li Qiang said Tuesday at a forum in Beijing that China would open further.", "China would open further"),
])
def test_a_bare_weekday_after_said_is_when_it_was_said(text: str, content: str) -> None:
    assert found(text, "en") == [(content, "Li Qiang", "indirect")]


def test_the_capitalised_article_of_a_possessive_is_not_part_of_the_body():
    quote, = analyse("The EU's trade chief, Maros Sefcovic, warned that Brussels would respond.", "en").quotes
    assert (quote.speaker, quote.organisation, quote.role) == ("Maros Sefcovic", "EU", "trade chief")


@pytest.mark.parametrize("text, speaker, content", [
    ("German Chancellor Friedrich Merz, speaking at a press conference in Berlin, said Europe must reduce "
     "its dependencies.", "Friedrich Merz", "Europe must reduce its dependencies"),
    ("The minister, speaking in Beijing, said China's economy grew faster than expected.", "minister",
     "China's economy grew faster than expected"),
])
def test_a_subject_with_a_participle_apposition_is_the_speaker_and_what_follows_said_the_content(
        text: str, speaker: str, content: str) -> None:
    assert found(text, "en") == [(content, speaker, "indirect")]


@pytest.mark.parametrize("text, speaker", [
    ("The plant will employ around 600 people, Chief Executive Julia Brandt told reporters at the signing ceremony.",
     "Julia Brandt"),
    ("The plant will employ around 600 people, Brandt told Reuters in an interview on Monday.", "Brandt"),
    ("The plant will employ around 600 people, Brandt told the Financial Times.", "Brandt"),
])
def test_told_with_its_object_and_an_adjunct_after_the_content_frames_it(text: str, speaker: str) -> None:
    assert found(text, "en") == [("The plant will employ around 600 people", speaker, "indirect")]


@pytest.mark.parametrize("text, lang, speaker", [
    ("German carmaker BYD will invest 150 million euros in Hefei, the company said on Thursday.", "en", "BYD"),
    ("Der Autobauer BYD will 150 Millionen Euro in Hefei investieren, teilte der Konzern am Donnerstag mit.", "de",
     "BYD"),
    # a frame before its content refers to a company named before it, not to one in its content
    ("The company said carmaker BYD would invest 150 million euros in Hefei.", "en", "company"),
])
def test_a_company_description_after_the_content_is_the_company_the_content_names(
        text: str, lang: str, speaker: str) -> None:
    assert [s for _, s, _ in found(text, lang)] == [speaker]


@pytest.mark.parametrize("text", [
    "Hefei's deputy mayor, Zhou Ping, welcomed the investment, saying the city had attracted 200 German firms.",
    "Zhou Ping, Hefei's deputy mayor, welcomed the investment, saying the city had attracted 200 German firms.",
])
def test_a_participle_frame_takes_the_subject_with_its_apposition(text: str) -> None:
    quote, = analyse(text, "en").quotes
    assert (quote.speaker, quote.role, quote.organisation) == ("Zhou Ping", "deputy mayor", "Hefei")


def test_the_role_of_a_body_before_the_name_in_commas_goes_with_the_name():
    quote, = analyse("The president of the European Chamber, Jens Eskelund, said members were cutting investment.",
                     "en").quotes
    assert (quote.speaker, quote.role, quote.organisation) == ("Jens Eskelund", "president", "European Chamber")


@pytest.mark.parametrize("text, lang, content", [
    ("Xi told Scholz that China and Germany should \u201cremain partners\u201d.", "en",
     "China and Germany should \u201cremain partners\u201d"),
    ("Xi told Scholz that China and Germany should \"remain partners\".", "en",
     "China and Germany should \"remain partners\""),
    ("Scholz sagte, China und Deutschland sollten \u201ePartner bleiben\u201c.", "de",
     "China und Deutschland sollten \u201ePartner bleiben\u201c"),
])
def test_a_quoted_phrase_closing_a_reported_clause_keeps_its_closing_mark(text: str, lang: str, content: str) -> None:
    assert [q for q, _, _ in found(text, lang)] == [content]


@pytest.mark.parametrize("text, lang, organisation", [
    ("Volkswagen, which sells a third of its cars in China, has been vocal. Its chief executive, Oliver Blume, "
     "said: \u201cThe negative effects outweigh any benefits.\u201d", "en", "Volkswagen"),
    ("Volkswagen verkauft ein Drittel seiner Autos in China. Dessen Vorstandschef Oliver Blume sagte, man bleibe.",
     "de", "Volkswagen"),
    # a country is no body a chief executive or chancellor belongs to
    ("Germany, which exports a lot, is worried. Its chancellor, Friedrich Merz, said the tariffs were wrong.", "en",
     ""),
])
def test_its_role_before_a_name_belongs_to_the_body_named_just_before(text: str, lang: str, organisation: str) -> None:
    assert [q.organisation for q in analyse(text, lang).quotes] == [organisation]


@pytest.mark.parametrize("text, lang, content", [
    ("Company officials denied that the plant would be closed.", "en", "denied that the plant would be closed"),
    ("Beijing rejected claims that its EV makers benefit from state aid.", "en",
     "rejected claims that its EV makers benefit from state aid"),
])
def test_a_denial_keeps_its_verb_so_the_slide_does_not_say_the_opposite(text: str, lang: str, content: str) -> None:
    assert [q for q, _, _ in found(text, lang)] == [content]


@pytest.mark.parametrize("text, speaker", [
    ("Last week, Scholz said Germany would not follow the United States in imposing tariffs.", "Scholz"),
    ("Yesterday, BMW said it would build a new battery plant in Shenyang.", "BMW"),
    ("Company officials said the plant would stay open.", "company officials"),
])
def test_a_time_opener_or_a_sentence_capital_is_no_speaker(text: str, speaker: str) -> None:
    assert [s for _, s, _ in found(text, "en")] == [speaker]


@pytest.mark.parametrize("text, speaker, content", [
    ("Söder, who is leading a 60-member business delegation, said Bavaria wanted to expand cooperation.", "Söder",
     "Bavaria wanted to expand cooperation"),
    ("Mueller, 52, said Bavaria wanted to expand cooperation.", "Mueller", "Bavaria wanted to expand cooperation"),
    ("Scholz \u2014 who was accompanied by the CEOs of BMW, Mercedes and Siemens \u2014 told students in Shanghai "
     "that Germany welcomed Chinese investment.", "Scholz", "Germany welcomed Chinese investment"),
    ("Markus Söder, Bavaria's state premier, said the state would host a China investment forum in May.",
     "Markus Söder", "the state would host a China investment forum in May"),
    ("According to Wang Shouwen, China's international trade representative, the two sides agreed to continue "
     "talks.", "Wang Shouwen", "the two sides agreed to continue talks"),
])
def test_an_aside_or_apposition_of_the_subject_is_neither_speaker_nor_content(
        text: str, speaker: str, content: str) -> None:
    assert found(text, "en") == [(content, speaker, "indirect")]


@pytest.mark.parametrize("text, lang, content", [
    ("Wang said the tariffs were \"a clear case of protectionism\".", "en",
     "the tariffs were \"a clear case of protectionism\""),
    ("According to the ministry's spokesman, He Yadong, the talks were \u201cfrank and in-depth\u201d.", "en",
     "the talks were \u201cfrank and in-depth\u201d"),
    ("Dies sei \u201eein Meilenstein für die Zusammenarbeit\u201c, sagte der Landrat.", "de",
     "Dies sei \u201eein Meilenstein für die Zusammenarbeit\u201c"),
])
def test_a_quoted_fragment_ending_a_reported_clause_is_one_indirect_quote(text: str, lang: str, content: str) -> None:
    assert [(q, k) for q, _, k in found(text, lang)] == [(content, "indirect")]


@pytest.mark.parametrize("text, speaker", [
    ("Economists polled by Reuters had expected exports to grow 3%.", "Economists"),
    ("Exports fell sharply in April, and the ministry expects a recovery in the third quarter.", "ministry"),
    ("Chinese Ambassador to Germany Wu Ken said the relationship was stable.", "Wu Ken"),
    ("China's commerce ministry on Monday said it had launched an anti-dumping investigation.",
     "China's commerce ministry"),
    ("Referring to the Chinese-German intergovernmental consultations, Premier Li said: \u201cWe cooperate.\u201d",
     "Premier Li"),
    ("Prices fell 0.5%, the statistics bureau said, while the central bank said it would keep policy steady.",
     "central bank"),
])
def test_the_speaker_is_neither_the_pollster_nor_a_clause_an_adjunct_or_an_opener(text: str, speaker: str) -> None:
    assert [s for _, s, _ in found(text, "en")] == [speaker]


@pytest.mark.parametrize("phrase, name, role, organisation", [
    ("Siemens CEO Roland Busch", "Roland Busch", "CEO", "Siemens"),
    ("Tesla Chief Executive Elon Musk", "Elon Musk", "Chief Executive", "Tesla"),
    ("Commerce Minister Wang Wentao", "Wang Wentao", "Commerce Minister", ""),
    ("US Trade Representative Katherine Tai", "Katherine Tai", "US Trade Representative", ""),
    ("Li Ming, chief economist at the Kiel Institute for the World Economy", "Li Ming", "chief economist",
     "Kiel Institute for the World Economy"),
    ("the Sino-German Center for Innovation", "Sino-German Center for Innovation", "", ""),
])
def test_a_company_before_a_role_is_the_body_and_a_field_is_part_of_the_role(
        phrase: str, name: str, role: str, organisation: str) -> None:
    src = parse_source(phrase, 0, "en")
    assert (src.name, src.role, src.organisation) == (name, role, organisation)


def test_a_later_mention_keeps_the_whole_role_and_who_added_is_a_second_quote():
    quote, = analyse("Commerce Minister Wang Wentao met the delegation. \u201cWe welcome German firms,\u201d Wang said.",
                     "en").quotes
    assert quote.role == "Commerce Minister"
    got = found("\u201cI don't think we will see a trade war,\u201d said Ma Hong, an analyst at Everbright Securities, "
                "who added that both sides had too much to lose.", "en")
    assert [(q, s) for q, s, _ in got] == [("I don't think we will see a trade war", "Ma Hong"),
                                           ("both sides had too much to lose", "Ma Hong")]


@pytest.mark.parametrize("text, speaker", [
    ("Fischer said at a government press conference in Berlin: \u201cThe visit is an important signal.\u201d", "Fischer"),
    ("The minister was cited by state media as saying the park would attract 50 new companies.", "minister"),
    ("Zhang Wei, a researcher at the Chinese Academy of Social Sciences, believes that the EU's strategy will "
     "hurt both sides.", "Zhang Wei"),
])
def test_more_frames_a_desk_officer_meets(text: str, speaker: str) -> None:
    assert [s for _, s, _ in found(text, "en")] == [speaker]


def test_a_person_opening_the_sentence_before_is_he_and_a_city_is_not():
    assert [s for _, s, _ in found("Robert Habeck arrived in Beijing on Sunday. He said the talks would be hard.",
                                   "en")] == ["Robert Habeck"]
    assert [s for _, s, _ in found("New York welcomed the delegation. He said the talks would be hard.",
                                   "en")] == ["He"]
    assert [s for _, s, _ in found("Prime Minister arrived in Beijing. He said the talks would be hard.",
                                   "en")] == ["He"]


@pytest.mark.parametrize("text, speaker, content", [
    ("Markus Söder, Bavaria's state premier, said the region wanted closer ties with Sichuan.", "Markus Söder",
     "the region wanted closer ties with Sichuan"),
    ("Beijing, however, said the tariffs violated WTO rules.", "Beijing", "the tariffs violated WTO rules"),
    ("The ministry, for its part, said the measures complied with WTO rules.", "ministry",
     "the measures complied with WTO rules"),
    ("Monday, the company said it would cut 500 jobs.", "company", "it would cut 500 jobs"),
    ("On Thursday the chancellor's office said Scholz would travel to China.", "chancellor's office",
     "Scholz would travel to China"),
    ("Subsidies totalled an estimated $231 billion, according to CSIS.", "CSIS",
     "Subsidies totalled an estimated $231 billion"),
])
def test_the_subject_of_said_is_the_speaker_whatever_stands_around_it(text: str, speaker: str, content: str) -> None:
    assert found(text, "en") == [(content, speaker, "indirect")]


def test_a_frame_after_a_quotation_and_a_surname_alone_speak_on():
    got = found("\u201cTariffs will harm carmakers,\u201d Martin Brudermüller said, adding: \u201cWe need free trade.\u201d",
                "en")
    assert [s for _, s, _ in got] == ["Martin Brudermüller", "Martin Brudermüller"]
    got = found("\u201cThe talks were constructive,\u201d Habeck said. He added: \u201cThere is work to do.\u201d", "en")
    assert [s for _, s, _ in got] == ["Habeck", "Habeck"]
    # "state" after a nationality is a noun, no speech verb with the speaker "Chinese"
    assert all(s != "Chinese" for _, s, _ in found("Chinese state media reported that the leaders agreed.", "en"))


def test_a_second_speaker_after_while_and_a_quotation_going_on_in_the_next_paragraph():
    got = found("\u201cWe will double our investment,\u201d said BMW's Zipse, while Mercedes chief Ola Källenius said his "
                "company would \u201cstay the course\u201d.", "en")
    assert [s for _, s, _ in got] == ["BMW's Zipse", "Ola Källenius"]
    got = found("Daimler Truck chief Martin Daum is optimistic.\n\n\u201cChina will remain important for us,\u201d he "
                "said in an interview.\n\n\u201cWe are not going to withdraw from the market.\u201d", "en")
    assert [s for _, s, _ in got] == ["Martin Daum", "Martin Daum"]


@pytest.mark.parametrize("text, speaker, content", [
    ("Since January, the company said, orders from China have fallen by almost 20 percent.", "company",
     "Since January, the company said, orders from China have fallen by almost 20 percent"),
    ("As exports fell, the ministry said demand was weak.", "ministry", "demand was weak"),
    ("The Chinese side said it was ready to deepen cooperation.", "Chinese side", "it was ready to deepen cooperation"),
])
def test_adverbials_and_clauses_before_the_frame(text: str, speaker: str, content: str) -> None:
    assert found(text, "en") == [(content, speaker, "indirect")]


@pytest.mark.parametrize("text, want", [
    ("Källenius said the company had no indication that its Chinese shareholders wanted to raise their stakes.",
     [("the company had no indication that its Chinese shareholders wanted to raise their stakes", "Källenius",
       "indirect")]),
    ("He warned, however, that protectionist moves would hurt both sides.",
     [("protectionist moves would hurt both sides", "He", "indirect")]),
    ("Mercedes said Wednesday its net income fell 56%.", [("its net income fell 56%", "Mercedes", "indirect")]),
    ("Brussels, 20.06.2025 - The European Commission on Friday said it would exclude Chinese companies.",
     [("it would exclude Chinese companies", "European Commission", "indirect")]),
    ("One executive travelling with the minister, who asked not to be named, said the mood had been cool.",
     [("the mood had been cool", "one executive", "indirect")]),
    ("Siemens Energy, which owns Siemens Gamesa, reported a loss of \u20ac1.5bn.", []),
    ("Industry experts say the tariffs will hurt.", [("the tariffs will hurt", "industry experts", "indirect")]),
    ("China experts said the visit was important.", [("the visit was important", "China experts", "indirect")]),
    ("A spokesperson said that Beijing \"welcomes European firms\" and would improve the business environment.",
     [("Beijing \"welcomes European firms\" and would improve the business environment", "spokesperson",
       "indirect")]),
])
def test_clauses_inside_the_content_anonymity_amounts_and_plural_sources(text: str, want: list) -> None:
    assert found(text, "en") == want
