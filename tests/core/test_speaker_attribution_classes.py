"""Who speaks when a report names its channel or a long description: classes of construction
from articles written for testing, each as sentences of its own (never corpus sentences)."""

from __future__ import annotations

from briefing_app.core.analysis import analyse


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in analyse(text, lang).quotes]


def test_a_medium_after_the_speakers_own_frame_is_not_the_speaker():
    """"“…,” he said, according to CCTV": the broadcaster reports what he said."""
    text = ("Xi Jinping met the delegation on Tuesday. “The challenges facing Europe do not come from "
            "China,” he said, according to state broadcaster CCTV.")
    assert found(text, "en") == [("The challenges facing Europe do not come from China", "Xi Jinping")]
    # with no frame of its own, the medium is all the text names
    assert found("“Our door will only open wider,” according to Xinhua.", "en")[0][1] == "Xinhua"


def test_according_to_a_medium_after_a_closing_quotation_mark():
    """"X told Y that … “an opportunity, not a threat,” according to Xinhua": the mark closes the
    fragment, the medium reports X."""
    text = ("Xi Jinping met the delegation on Tuesday. Xi, 72, told the Europeans that China's development "
            "was “an opportunity, not a threat,” according to Xinhua.")
    [(quote, speaker)] = found(text, "en")
    assert speaker == "Xi Jinping"
    assert quote.startswith("China's development was") and "Xinhua" not in quote


def test_a_long_apposition_with_a_research_role_keeps_the_speaker():
    text = ("Feng Xiaolan, a research fellow at the Institute of European Studies under the Chinese Academy of "
            "Social Sciences, said the European Commission's decision to impose tariffs showed divisions within "
            "the bloc.")
    [q] = analyse(text, "en").quotes
    assert (q.speaker, q.role) == ("Feng Xiaolan", "research fellow")
    assert q.text.startswith("the European Commission's decision")


def test_the_reporters_clause_after_a_told_frame_is_not_what_was_told():
    """"…, a person familiar with the plans told Bloomberg, as …": the "as" clause is the
    reporter's background; the news before the frame is what the source said."""
    text = ("Tesla will open a second battery line at its Berlin factory next spring, a person familiar with the "
            "plans told Bloomberg, as American carmakers scramble to secure supplies in Europe.")
    [(quote, speaker)] = found(text, "en")
    assert quote == "Tesla will open a second battery line at its Berlin factory next spring"
    assert speaker == "person familiar with the plans"


def test_who_asked_not_to_be_identified_is_no_statement():
    """The anonymity clause describes the speaker like "who asked not to be named"; it says nothing."""
    text = "A senior banker in Frankfurt, who asked not to be identified, said his bank had frozen lending to the project."
    assert found(text, "en") == [("his bank had frozen lending to the project", "senior banker")]


def test_a_wire_dateline_is_not_the_subject_of_a_participle_frame():
    """"PARIS (AP) — Renault cut …, saying …": the city of the dateline never speaks."""
    for dateline in ("PARIS (AP) — ", "PARIS, France (AP) — ", "PARIS, Oct. 3 (Xinhua) -- ", "PARIS, Dec 5 (Reuters) - "):
        [(_, speaker)] = found(dateline + "Renault cut its forecast on Tuesday, saying that demand had weakened.", "en")
        assert speaker == "Renault"


def test_sentence_initial_words_that_are_no_first_names():
    """A surname's particle ("Van der Berg"), a limiting word ("Both", "Only") or a country's
    possessive before an office holder opens the sentence with a capital but names no one."""
    assert found("Van der Berg and Meier told journalists that the merger would go ahead.", "en")[0][1] == "van der Berg"
    assert found("Both Schmidt and Dupont said the deal would be signed next week.", "en")[0][1] == "Schmidt"
    text = "France's finance minister Jean Moreau has urged banks to lend more, warning that growth would stall."
    [q] = analyse(text, "en").quotes
    assert (q.speaker, q.role) == ("Jean Moreau", "finance minister")
    assert all(speaker != "Only" for _, speaker in found("Only 12% said they planned to leave the market.", "en"))


def test_the_speakers_own_frame_inside_a_sentence_that_closes_with_according_to():
    """"…, he noted, reflecting …, according to the chamber": he spoke the words before his
    frame; the body named at the end only reports them."""
    text = ("Markus Weber heads the association. Exports of steel to Italy rose 4 percent last year, he noted, "
            "reflecting stronger demand, according to the association.")
    assert found(text, "en") == [("Exports of steel to Italy rose 4 percent last year", "Markus Weber")]


def test_a_headline_with_a_particle_surname_that_tells():
    """"…, von der Leyen tells Modi": the particle belongs to the surname, it is no role."""
    text = "Trade ties at a turning point, von der Leyen tells Modi\n\nThe two leaders met in Delhi on Monday.\n"
    [q] = analyse(text, "en").quotes
    assert (q.speaker, q.role) == ("von der Leyen", "")
    assert q.text == "Trade ties at a turning point"


def test_in_ones_view_states_that_persons_opinion():
    """"In Moreau's view, …", "In her view, …": the sentence is the opinion of the one named."""
    lead = "Anna Moreau, an economist at Natixis, said growth would slow. "
    assert found(lead + "In Moreau's view, the greater danger is a slow recovery.", "en")[1] == \
        ("the greater danger is a slow recovery", "Anna Moreau")
    assert found(lead + "In her view, the greater danger is a slow recovery.", "en")[1] == \
        ("the greater danger is a slow recovery", "Anna Moreau")


def test_the_reporters_clause_after_a_said_frame_with_a_long_subject():
    """"…, two people familiar with the plans said, as …": as after "told", the clause after
    the frame is the reporter's, the news before it was said."""
    text = ("Tesla will open a second battery line at its Berlin factory next spring, two people familiar with the "
            "plans said, as American carmakers scramble to secure supplies in Europe.")
    [(quote, _)] = found(text, "en")
    assert quote == "Tesla will open a second battery line at its Berlin factory next spring"


def test_counts_with_a_proper_adjective_or_a_ranking_name():
    """"340 French-funded enterprises", "15 Japanese-made welding robots", "Italian managers":
    a hyphenated proper adjective and the words after it belong to the count; the size in a
    ranking's name ("Fortune Global 500") is no count of its own."""
    def figures(text: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in analyse(text, "en").figures]
    assert figures("The park hosts 134 Fortune Global 500 companies.") == [(134, "companies")]
    assert figures("More than 340 French-funded enterprises operate in the city.") == [(340, "companies")]
    assert figures("The plant bought 15 Japanese-made welding robots last year.") == [(15, "machines")]
    assert figures("Over 2,300 Italian managers and technicians work at the site.") == [(2300, "people")]


def test_a_possessive_office_without_a_name_before_a_participle_frame():
    """"France's finance ministry has urged …, warning that …": the office or body speaks,
    never the country's possessive alone."""
    for subject in ("France's finance minister", "France's finance ministry"):
        [(_, speaker)] = found(subject + " has urged banks to lend more, warning that growth would stall.", "en")
        assert speaker == subject


def test_a_source_kept_anonymous_is_not_the_person_named_next():
    """"An executive, speaking on condition of anonymity to discuss …, said …": the clause with
    its reason says nothing, and the executive is never the minister the text names after him."""
    text = ("An executive at the plant, speaking on condition of anonymity to discuss internal plans, said the line "
            "would close in May. Labour Minister Sophie Laurent visited the site on Friday.")
    [(quote, speaker)] = found(text, "en")
    assert quote == "the line would close in May"
    assert "Laurent" not in speaker
