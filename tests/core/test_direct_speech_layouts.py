"""Direct speech in the layouts real press uses: where the attribution sits, which marks
enclose the words, and who a pronoun or description in the frame is.

Each case is a construction class (written for these tests, not taken from the corpus):
a user pasting an article from any outlet expects the quotation to be suggested as
``direct`` with the words inside the marks and the named person as the speaker.
"""

from __future__ import annotations

import pytest

from briefing_app.core.analysis import analyse
from briefing_app.core.people import parse_source


def found(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.speaker, q.kind) for q in analyse(text, lang).quotes]


@pytest.mark.parametrize("frame", ["Mr. Weber noted", "Mr Weber said", "Dr. Weber added"])
def test_dotted_title_in_the_frame_after_the_quotation(frame):
    text = f"Klaus Weber heads the chamber.\n\n\u201cIt is a good outcome,\u201d {frame}."
    assert found(text, "en") == [("It is a good outcome", "Klaus Weber", "direct")]


@pytest.mark.parametrize("subject", ["one official", "two officials", "some traders"])
def test_quantified_description_as_speaker(subject):
    text = f"\"The aim is to reduce red tape,\" {subject} said."
    assert found(text, "en") == [("The aim is to reduce red tape", subject, "direct")]


def test_named_subject_and_colon_introduce_a_quotation_without_speech_verb():
    text = ("Sun Li, head of the trade office, put it bluntly: \"Without reforms, growth will stall.\"\n\n"
            "Chen Hua was upbeat: \u201cOur order books are full until next summer.\u201d")
    assert found(text, "en") == [
        ("Without reforms, growth will stall.", "Sun Li", "direct"),
        ("Our order books are full until next summer.", "Chen Hua", "direct"),
    ]


def test_a_caption_or_slogan_before_a_colon_is_not_a_speaker():
    assert found("The slogan on the banner reads: \"Open up and win together.\"", "en") == []


def test_called_it_a_fragment_is_the_named_subjects_words():
    text = ("The Tories called it a \"vote now, pay later\" Budget. "
            "Wang Yi, China's foreign minister, called the talks \"candid and constructive\".")
    assert found(text, "en") == [
        ("vote now, pay later", "Tories", "direct"),
        ("candid and constructive", "Wang Yi", "direct"),
    ]


@pytest.mark.parametrize("quoted", [
    "\u201dWe will double our exports,\u201d",   # one mark for both ends
    "\u201cWe will double our exports\u201c,",   # opening mark used to close
    "\u201cWe will double our exports,\"",      # straight close after a typographic open
])
def test_mixed_quotation_marks_of_pasted_text(quoted):
    text = f"Li Ming is the mayor of Hefei.\n\n{quoted} Li said."
    assert found(text, "en") == [("We will double our exports", "Li Ming", "direct")]


@pytest.mark.parametrize("quoted", ["\u201eDas ist ein guter Tag\u201d,", "\u201eDas ist ein guter Tag\",",
                                    "\"Das ist ein guter Tag\u201c,"])
def test_mixed_german_quotation_marks(quoted):
    text = f"Der Botschafter Wu Ken sprach in Berlin.\n\n{quoted} sagte Wu."
    assert found(text, "de") == [("Das ist ein guter Tag", "Wu Ken", "direct")]


def test_adding_that_after_a_quotation_belongs_to_the_frames_subject():
    text = ("\u201cWe are not afraid of competition. German firms bring technology, and we bring the market,\u201d "
            "Li Ming said, adding that more than 50 German firms had settled in the zone.")
    got = found(text, "en")
    assert got[-1] == ("more than 50 German firms had settled in the zone", "Li Ming", "indirect")
    assert all(speaker == "Li Ming" for _, speaker, _ in got)


def test_person_of_organisation_is_the_person():
    src = parse_source("Professor Huang Yiping of Peking University", 0, "en")
    assert (src.name, src.organisation) == ("Professor Huang Yiping", "Peking University")
    src = parse_source("Huang Yiping of Peking University", 0, "en")
    assert (src.name, src.kind) == ("Huang Yiping", "person")
    # organisations named with "of" stay one name
    for org in ("Ministry of Commerce", "People's Bank of China", "European Chamber of Commerce",
                "Vice Minister of Commerce"):
        assert parse_source(org, 0, "en").organisation == ""


@pytest.mark.parametrize("phrase, name, organisation", [
    ("Sarah Jones of Deloitte", "Sarah Jones", "Deloitte"),
    ("chief economist Peter Brown of Allianz", "Peter Brown", "Allianz"),
    # a state's or a place's name is no person "Free State" of a body "Bavaria"
    ("the Free State of Bavaria", "Free State of Bavaria", ""),
    ("the United States of America", "United States of America", ""),
])
def test_a_name_before_of_and_one_capitalised_word_is_a_person_of_that_body(
        phrase: str, name: str, organisation: str) -> None:
    src = parse_source(phrase, 0, "en")
    assert (src.name, src.organisation) == (name, organisation)


@pytest.mark.parametrize("phrase, role, name", [
    ("Minister of Commerce Wang Wentao", "Minister of Commerce", "Wang Wentao"),
    ("Vice Minister of Foreign Affairs Ma Zhaoxu", "Vice Minister of Foreign Affairs", "Ma Zhaoxu"),
    ("Secretary of State Antony J. Blinken", "Secretary of State", "Antony J. Blinken"),
    ("the Minister of Commerce", "Minister of Commerce", ""),
])
def test_a_role_with_its_domain_before_the_name_stays_the_role(phrase: str, role: str, name: str) -> None:
    src = parse_source(phrase, 0, "en")
    assert (src.role, src.name) == (role, name)


def test_the_speaker_of_a_postposed_frame_with_of_is_the_person_alone():
    text = "Demand for office space will stay weak next year, said Sarah Jones of Deloitte."
    (quote,) = analyse(text, "en").quotes
    assert (quote.speaker, quote.organisation) == ("Sarah Jones", "Deloitte")


def test_common_english_layouts():
    text = (
        "\u201cWe are very satisfied with the results,\u201d Li Ming, deputy director of the zone, said on Monday.\n\n"
        "\u201cThe new plant will create 2,000 jobs,\u201d said Anna Schmidt, chief executive of Bosch China. "
        "\u201cIt is our biggest investment in Asia.\u201d\n\n"
        "Zhang Wei said: \u201cThe market is recovering faster than we expected.\u201d\n\n"
        "\u201cWe expect the yuan to stay stable,\u201d said Ma Qiang. \u201cThe central bank has enough tools.\n\n"
        "\u201cAnd it will use them if needed.\u201d\n\n"
        "Liu Yang, an analyst at Nomura, said the outlook remained uncertain. \u201cInvestors are nervous,\u201d he said."
    )
    got = [(t, s) for t, s, k in found(text, "en") if k == "direct"]
    assert got == [
        ("We are very satisfied with the results", "Li Ming"),
        ("The new plant will create 2,000 jobs", "Anna Schmidt"),
        ("It is our biggest investment in Asia.", "Anna Schmidt"),
        ("The market is recovering faster than we expected.", "Zhang Wei"),
        ("We expect the yuan to stay stable", "Ma Qiang"),
        ("The central bank has enough tools.", "Ma Qiang"),
        ("And it will use them if needed.", "Ma Qiang"),
        ("Investors are nervous", "Liu Yang"),
    ]


@pytest.mark.parametrize("sentence, verb", [
    ("The partnership is what Li called \"a win-win situation for both sides\".", "called"),
    ("Li described the relationship as \"stronger than ever\".", "described"),
    ("Li hailed the agreement as \"a historic milestone\".", "hailed"),
])
def test_fragment_named_by_its_speaker(sentence, verb):
    got = analyse(f"Li Ming is the mayor of Hefei.\n\n{sentence}", "en").quotes
    assert [(q.speaker, q.kind) for q in got] == [("Li Ming", "direct")]
    assert verb in got[0].cue


def test_interview_layout_and_quoted_as_saying():
    text = ("Li Ming is the mayor of Hefei.\n\n"
            "Li: \"We welcome every investor who respects our laws.\"\n\n"
            "Li was quoted by Xinhua as saying: \"The zone will double its output by 2030.\"\n\n"
            "The ministry's statement said \"the measures will take effect immediately.\"")
    assert [(q.speaker, q.kind) for q in analyse(text, "en").quotes] == [
        ("Li Ming", "direct"), ("Li Ming", "direct"), ("ministry", "direct")]


def test_participial_opener_is_not_the_speaker():
    text = ("Zhou Bin is the head of the zone.\n\n"
            "Asked about the tariffs, Zhou said: \"We are monitoring the situation closely.\"\n\n"
            "Pressed on the issue, Zhou said the zone would keep its rules.")
    assert [q.speaker for q in analyse(text, "en").quotes] == ["Zhou Bin", "Zhou Bin"]


def test_description_resolves_forward_only_to_a_person_who_speaks():
    text = ("German exports to China will fall this year, the head of the DIHK said on Thursday. "
            "Olaf Scholz and Xi Jinping met in Beijing.")
    assert "Xi" not in analyse(text, "en").quotes[0].speaker
    text += "\n\n\"The growth target looks too ambitious,\" Eric Schweitzer told a newspaper."
    assert [q.speaker for q in analyse(text, "en").quotes] == ["Eric Schweitzer", "Eric Schweitzer"]


def test_names_do_not_run_across_a_paragraph_break():
    text = ("China's economy remains resilient, says premier Li Qiang\n\n"
            "BERLIN, Oct 29 (Reuters) - Exports will fall this year, the head of the DIHK said.")
    assert analyse(text, "en").quotes[0].speaker == "Li Qiang"


def test_quotation_marks_without_spaces_or_with_spaces_inside():
    text = ("Li Ming is the mayor of Hefei.\n\n"
            "Li said,\u201cWe are ready to cooperate.\u201d\n\n"
            "\u201c We will open wider, \u201d Li said.\n\n"
            "Li said that \u201cChina will keep its promises.\u201d")
    assert [(q.text, q.kind) for q in analyse(text, "en").quotes] == [
        ("We are ready to cooperate.", "direct"), ("We will open wider", "direct"),
        ("China will keep its promises.", "direct")]


@pytest.mark.parametrize("headline, content, source", [
    ("German exports to China will fall this year - DIHK", "German exports to China will fall this year", "DIHK"),
    ("UPDATE 1-German exports to China to fall 2 pct this year -DIHK",
     "German exports to China to fall 2 pct this year", "DIHK"),
])
def test_wire_headline_with_the_source_after_a_dash(headline, content, source):
    text = f"{headline}\n\nBERLIN, Oct 29 (Reuters) - Exports will fall by 2 percent this year, the DIHK said on Thursday."
    first = analyse(text, "en").quotes[0]
    assert (first.text, first.speaker, first.kind) == (content, source, "direct")


def test_headline_topic_after_a_dash_is_no_source():
    text = "Trade war - What it means for Germany\n\nExports fell by 2 percent, the DIHK said on Thursday."
    assert [q.cue for q in analyse(text, "en").quotes] == ["said"]


def test_a_new_statement_after_a_closed_quotation_is_not_its_frame():
    text = ("\"The losers will be the most vulnerable workers,\" Andrew Pendleton, head of trade policy at "
            "Christian Aid, said. \"They will be hard-pressed to cope when the industries lose their protection. "
            "\"We are deeply concerned about the garment workers.\" The WTO said there was no consensus among "
            "its members to retain the quotas.")
    got = [(q.speaker, q.kind) for q in analyse(text, "en").quotes]
    assert got[:3] == [("Andrew Pendleton", "direct")] * 3
    assert got[3] == ("WTO", "indirect")


def test_mixed_quote_with_several_fragments_stays_one_reported_clause():
    text = ("Steel analyst Peter Fish, director of consulting group MEPS, said the extent of the price rise was "
            "\"uncharted territory\", adding that the industry \"has not seen an increase of this magnitude\".")
    got = analyse(text, "en").quotes
    assert [(q.speaker, q.kind) for q in got] == [("Peter Fish", "indirect")]
    assert got[0].text.startswith("the extent of the price rise was")


def test_pronoun_subject_of_a_participle_frame_before_a_quotation():
    text = ("Tory leader Michael Howard attacked the Budget. \"Their only answer is to tax,\" Mr Howard told MPs. "
            "He ended his response with a challenge to Labour, saying \"bring it on\".")
    assert [q.speaker for q in analyse(text, "en").quotes] == ["Michael Howard", "Michael Howard"]


def test_quotation_whose_closing_mark_was_lost_ends_with_its_paragraph():
    text = ("Li Ming is the mayor.\n\nLi said: \u201cWe will invest more in the zone this year.\n\n"
            "The zone grew by 5 percent.")
    assert [(q.text, q.speaker, q.kind) for q in analyse(text, "en").quotes] == [
        ("We will invest more in the zone this year.", "Li Ming", "direct")]


def test_the_one_quoted_speaks_not_the_medium_quoting():
    text = ("Li Ming is the mayor of Hefei.\n\n"
            "Xinhua quoted Li as saying: \"The zone will double its output.\"\n\n"
            "\"We welcome German investors,\" the statement quoted Li as saying.\n\n"
            "The newspaper cited Li as saying the zone would grow.")
    got = [(q.text, q.speaker, q.kind) for q in analyse(text, "en").quotes]
    assert got == [("The zone will double its output.", "Li Ming", "direct"),
                   ("We welcome German investors", "Li Ming", "direct"),
                   ("the zone would grow", "Li Ming", "indirect")]


def test_single_quoted_speech_with_the_frame_between_its_parts():
    text = ("'The door remains open,' said Thomas Koch, head of the chamber in Shanghai. "
            "'But the rules must be fair.'\n")
    assert found(text, "en") == [("The door remains open", "Thomas Koch", "direct"),
                                 ("But the rules must be fair.", "Thomas Koch", "direct")]


def test_clause_opener_before_a_surname_is_not_a_first_name():
    text = ("Thomas Koch heads the chamber.\n\n\"We are in a difficult phase,\" Koch said.\n\n"
            "As Koch put it: \"The mood is bad, but not hopeless.\"")
    assert {s for _, s, _ in found(text, "en")} == {"Thomas Koch"}


def test_that_inside_the_quoted_words_is_not_the_frame():
    text = "The ministry said it \"welcomes any investment that creates jobs in Germany\".\n"
    (quote,) = found(text, "en")
    assert "welcomes any investment that creates jobs" in quote[0]


def test_quotation_that_is_the_whole_content_of_according_to():
    text = "Ling Ji is vice minister of commerce.\n\nAccording to Ling, \"the door will only open wider.\"\n"
    assert found(text, "en") == [("the door will only open wider.", "Ling Ji", "direct")]


def test_possessive_apposition_gives_the_role_and_the_office_as_title_is_the_same_person():
    text = ("Wang Wentao, China's commerce minister, met the EU's trade chief in Brussels.\n\n"
            "\"Dialogue is the only way forward,\" Minister Wang said.\n\n"
            "\"There is no alternative to cooperation,\" the minister said.")
    assert {s for _, s, _ in found(text, "en")} == {"Wang Wentao"}


@pytest.mark.parametrize("source", ["one diplomat", "another official"])
def test_anonymous_source_is_never_the_last_named_person(source):
    text = f"Wang Wentao, China's commerce minister, met EU officials.\n\n\"This is unacceptable,\" {source} told Reuters."
    assert found(text, "en") == [("This is unacceptable", source, "direct")]


def test_chinese_name_needs_a_pinyin_given_name():
    from briefing_app.core.name_words import is_chinese_given_name
    from briefing_app.core.people import CHINESE_SURNAMES
    assert {"He", "Ling"} <= CHINESE_SURNAMES
    assert all(is_chinese_given_name(w) for w in ("Lifeng", "Hongbo", "Xiaoping", "Li-ping"))
    assert not any(is_chinese_given_name(w) for w in ("Says", "Group", "Premier", "Told"))


def test_plural_possessive_inside_single_quotation_marks():
    text = "Thomas Koch heads the chamber.\n\n\u2018The firms\u2019 confidence is low, but it\u2019s not hopeless,\u2019 Koch said."
    assert found(text, "en") == [("The firms\u2019 confidence is low, but it\u2019s not hopeless", "Thomas Koch", "direct")]


@pytest.mark.parametrize("layout", [
    "\u201cThe new plant is a milestone\u201d \u2014 Anna Schmidt, Bosch China.",
    "In the words of Anna Schmidt, \u201cthe new plant is a milestone\u201d.",
    "The message from Schmidt was clear: \u201cThe new plant is a milestone.\u201d",
])
def test_signed_quotation_and_words_of_a_named_source(layout):
    text = f"Li Ming heads the zone. Anna Schmidt, head of Bosch China, opened the plant.\n\n{layout}"
    assert [(s, k) for _, s, k in found(text, "en")] == [("Anna Schmidt", "direct")]


def test_one_paragraph_per_line_reads_like_blank_lines_between_paragraphs():
    paragraphs = [
        "Wang Wentao, China's commerce minister, met EU trade chief Maros Sefcovic in Brussels.",
        "\"Dialogue is the only way forward,\" Wang said.",
        "Sefcovic posted on X: \"Frank and constructive talks.\"",
        "Wang said the talks had been productive. \"We reached consensus on several points.\"",
    ]
    assert found("\n".join(paragraphs), "en") == found("\n\n".join(paragraphs), "en")
    assert found("\n".join(paragraphs), "en")[-1][1] == "Wang Wentao"


def test_a_ministry_of_a_country_speaks_for_itself_after_a_dateline():
    text = "Beijing, Oct 5 - China's commerce ministry said on Friday it would respond to the EU's investigation.\n"
    assert found(text, "en") == [("it would respond to the EU's investigation", "China's commerce ministry", "indirect")]


def test_lower_case_role_before_the_name_and_a_second_fragment_in_the_sentence():
    text = ("\"Europe is our second market,\" newly appointed chief executive Anna Weber said in Berlin, "
            "with sales set to be \"the highest ever\" this year.")
    assert found(text, "en") == [("Europe is our second market", "Anna Weber", "direct"),
                                 ("the highest ever", "Anna Weber", "direct")]


def test_reported_clause_with_a_quoted_end_is_one_mixed_quote():
    text = ("Anna Weber, chief executive of Bosch China, spoke in Berlin. She added that the money, from the group "
            "and its partners, would \"make the plant cleaner and safer\".")
    (quote,) = found(text, "en")
    assert quote[0].startswith("the money, from the group") and quote[2] == "indirect"


def test_announced_with_a_noun_phrase_is_no_statement_but_its_quoted_fragment_is():
    text = ("Siemens announced Tuesday investments of 2 billion euros in China.\n\n"
            "The Siemens chief also announced a new plant with a capacity of \"more than 300 turbines\" a year.")
    got = found(text, "en")
    assert [(t, k) for t, _, k in got] == [("more than 300 turbines", "direct")]


def test_relative_clause_frame_ends_at_its_closing_comma():
    text = "BASF, which said it would open a research centre in Shanghai next year, plans to hire 300 chemists."
    assert found(text, "en") == [("it would open a research centre in Shanghai next year", "BASF", "indirect")]


def test_quotation_after_adding_colon_is_its_own_item_of_the_sentence_subject():
    text = ("The Green Party said the plan was a \"missed chance\" for the climate, adding: "
            "\"The minister has an eye on the election, not on the planet.\"")
    got = found(text, "en")
    assert got == [("the plan was a \"missed chance\" for the climate", "Green Party", "indirect"),
                   ("The minister has an eye on the election, not on the planet.", "Green Party", "direct")]


def test_told_names_whom_it_was_said_to_and_a_long_apposition_keeps_the_speaker():
    text = ("\"German companies see China as a key market,\" Maximilian Weber, executive director of the German "
            "Chamber of Commerce in China for North China, told the Global Times.")
    assert found(text, "en") == [("German companies see China as a key market", "Maximilian Weber", "direct")]


def test_coordinated_speech_verb_shares_the_sentence_subject():
    text = ("Wang Wentao met the EU's trade chief in Brussels.\n\n"
            "Wang, for his part, urged the EU to \"correct its wrong practices\" and said China would take "
            "\"all necessary measures\" to defend its companies.")
    assert found(text, "en") == [
        ("correct its wrong practices", "Wang Wentao", "direct"),
        ("China would take \"all necessary measures\" to defend its companies", "Wang Wentao", "indirect"),
    ]


def test_article_kind_label_is_no_speaker():
    text = "Q&A: \"We are staying in China\" - Siemens CEO Roland Busch\nMr Busch, how do you see China?\n"
    assert found(text, "en") == [("We are staying in China", "Roland Busch", "direct")]


def test_anonymous_sources_of_wire_copy():
    text = ("BASF is considering selling part of its stake in a joint venture, people familiar with the matter said.\n"
            "The company could raise about 2 billion euros from the sale, according to one of the people, "
            "who asked not to be identified.\n"
            "No final decision has been made, the people said.")
    assert found(text, "en") == [
        ("BASF is considering selling part of its stake in a joint venture", "people familiar with the matter", "indirect"),
        ("The company could raise about 2 billion euros from the sale", "one of the people", "indirect"),
        ("No final decision has been made", "people", "indirect"),
    ]


@pytest.mark.parametrize("text, lang, speaker, words", [
    ("As Chinese Vice-Premier He Lifeng put it, \u201cthe door will only open wider.\u201d", "en", "He Lifeng",
     "the door will only open wider."),
    ("Wie es Ifo-Chef Clemens Fuest formulierte: \u201eAbkopplung wäre teuer.\u201c", "de", "Clemens Fuest",
     "Abkopplung wäre teuer."),
])
def test_as_x_put_it_introduces_the_quotation(text: str, lang: str, speaker: str, words: str) -> None:
    assert found(text, lang) == [(words, speaker, "direct")]


def test_a_hyphenated_role_before_the_name_is_the_whole_role():
    quote, = analyse("Vice-Premier He Lifeng said the door would only open wider.", "en").quotes
    assert (quote.speaker, quote.role) == ("He Lifeng", "Vice-Premier")
    assert parse_source("Vice-Chancellor Robert Habeck", 0, "en").name == "Robert Habeck"


@pytest.mark.parametrize("text, lang, speaker", [
    ("BASF-Chef verteidigt China-Investition: \u201eWir können auf diesen Markt nicht verzichten\u201c", "de",
     "BASF-Chef"),
    ("BASF-Chef Martin Brudermüller verteidigt Milliardeninvestition: \u201eWir bleiben.\u201c", "de",
     "Martin Brudermüller"),
    ("BMW chief defends China plans: \u201cWe will not leave.\u201d", "en", "BMW chief"),
])
def test_a_headline_subject_verb_object_colon_gives_the_subject_as_speaker(text: str, lang: str, speaker: str) -> None:
    assert [s for _, s, _ in found(text, lang)] == [speaker]


def test_answers_of_an_interview_printed_as_q_and_a_are_the_interviewees():
    text = ("Editor's note: Jens Hildebrandt, executive director of the German Chamber of Commerce in North China, "
            "spoke with China Daily.\n\nQ: How do German companies see the market?\n\n"
            "A: Most of our members remain committed.\n\nQ: What worries them?\n\nA: Market access, above all.")
    assert found(text, "en") == [("Most of our members remain committed.", "Jens Hildebrandt", "direct"),
                                 ("Market access, above all.", "Jens Hildebrandt", "direct")]
    text = ("Interview mit Martin Brudermüller, Vorstandschef der BASF.\n\nFrage: Bereuen Sie die Investition?\n\n"
            "Antwort: Die Entscheidung war richtig.\n\nFrage: Und die Risiken?\n\nAntwort: Die sind beherrschbar.")
    assert [s for _, s, _ in found(text, "de")] == ["Martin Brudermüller", "Martin Brudermüller"]
