"""Who speaks when the text keeps a source unnamed, and which words are no speaker at all:
classes of construction, each as sentences of its own (never corpus sentences)."""

from __future__ import annotations

from briefing_app.core.analysis import analyse


def speakers(text: str, lang: str = "en") -> dict[str, str]:
    return {q.text: q.speaker for q in analyse(text, lang).quotes}


def test_an_anonymous_official_is_not_the_person_named_in_the_next_paragraph():
    """A described source deep in the text is not the spokeswoman of the other side who is named
    only in the paragraph below."""
    lead = ("Ministers from both countries met in Rome on Friday to discuss port fees and grain exports. "
            "The talks were the first of their kind since the canal reopened to large container ships.\n\n") * 4
    body = ("Italian diplomats remained sceptical. “We see no sign that the fees will be lowered,” a senior government "
            "official told reporters.\n\nThe Egyptian ministry rejected the criticism. Spokeswoman "
            "Amina Farouk told reporters in Cairo that the fees were “fair and transparent”.")
    found = speakers(lead + body)
    assert "Farouk" not in found["We see no sign that the fees will be lowered"]
    # the same with the wish to stay unnamed, in one paragraph
    text = lead + ("“We see no sign that the fees will be lowered,” a government official told AFP on "
                          "condition of anonymity. Spokeswoman Amina Farouk told reporters that the fees were "
                          "“fair and transparent”.")
    assert "Farouk" not in speakers(text)["We see no sign that the fees will be lowered"]


def test_the_official_is_the_unnamed_one_quoted_since_a_named_official():
    """"… according to a government official. “…,” the official said": the source just quoted,
    not the union official named a paragraph before."""
    text = ("“We welcome every new job,” said Petra Lang, a regional official at the Verdi union.\n\n"
            "Officials in Berlin have raised concerns about the deal, according to a government official. "
            "“The question is on what terms,” the official said.")
    found = speakers(text)
    assert found["The question is on what terms"] == "government official"


def test_an_interviewee_does_not_describe_herself_by_a_role():
    """"Keller: … The transport minister said that “…”": someone she speaks of."""
    text = ("Anna Keller heads the Chamber of Shipping in Hamburg. In an interview, Keller spoke about freight rates.\n\n"
            "Q: Ms. Keller, what do you expect from Berlin?\n\n"
            "Keller: More dialogue. The transport minister said last week that “the age of cheap freight is "
            "over”. Fine. But companies need predictability.")
    found = speakers(text)
    assert found["the age of cheap freight is over"] != "Anna Keller"


def test_a_date_or_place_in_the_subjects_aside_is_no_speaker():
    """"The memo, dated May 4, says that …", "An insider at a firm in Linyi, East China's Shandong
    Province, who requested anonymity, told …": the aside names no source."""
    found = speakers("The memo, dated May 4, says that the plan for new port fees is too costly for shippers.")
    assert "May" not in found.values()
    text = ("An industry insider at a steel company in Linyi, East China's Shandong Province, who requested "
            "anonymity, told the newspaper that export licences now took about 30 working days.")
    assert list(speakers(text).values()) == ["industry insider"]


def test_a_region_before_a_role_is_no_speaker():
    """"Bavaria's state premier, Max Huber, called the plan “…”": "state" is a noun there."""
    text = "Bavaria's state premier, Max Huber, called the plan “a gift to the region”."
    assert list(speakers(text).values()) == ["Max Huber"]


def test_people_of_an_unnamed_group_do_not_speak_for_it():
    """"Two diplomats from EU member countries said …": not the countries."""
    found = speakers("Two diplomats from EU member countries said Spain and Italy remained firmly behind the duties.")
    assert "EU member countries" not in found.values()


def test_the_company_is_no_association_named_before_it():
    """"… the industry association EuroWind …. Nordblade closed its plant. The company said …":
    never the association (nor a nationality or a country named as a subject)."""
    text = ("“We are facing a crisis,” Jan de Vries, policy director at the industry association EuroWind, "
            "told reporters.\n\nSeveral makers have pulled the plug. Nordblade closed its plant in Saxony in March. "
            "The company said in a statement that it could no longer compete with prices below cost.\n\n"
            "The China Wind Power Association (CWPA) said blade prices had slumped 30 percent in the first half. "
            "Chinese producers supply most blades. Tianfeng Wind posted a net loss of 1.2 billion yuan for the "
            "first six months, the company said on Friday.")
    found = speakers(text)
    assert found["it could no longer compete with prices below cost"] != "EuroWind"
    loss = next(q for q in found if q.startswith("Tianfeng Wind posted"))
    assert found[loss] not in ("China Wind Power Association (CWPA)", "Chinese")


def test_an_amount_a_label_or_a_rating_is_no_quote():
    """"Analysts had expected 4.1 billion euros.", "Spain added a record 9.5 gigawatts …", a
    bullet "Maximum loan size: €20 million", a rating in marks: no statements."""
    assert speakers("Net income rose 12% to 4.6 billion euros. Analysts polled by Reuters had expected 4.1 billion euros.") == {}
    assert speakers("Spain added a record 9.5 gigawatts of wind capacity last year, and the government aims for more.") == {}
    assert speakers("The fund's terms:\n\n• Maximum loan project size: €20 million\n\n• Term: ten years") == {}
    text = ("“The bank is taking a large risk in one market,” said Eva Brandt, an analyst at Hauck Bank, "
            "who rates the stock “sell”.")
    assert list(speakers(text)) == ["The bank is taking a large risk in one market"]
    # an amount in a clause after "added that" is still what was added
    text = "Lena Ortiz heads the chamber. She added that 61% of members found the market harder than a year ago."
    assert speakers(text) == {"61% of members found the market harder than a year ago": "Lena Ortiz"}


def test_the_embassy_is_the_countrys_embassy_the_text_named():
    """"the embassy said" after "The Chinese embassy in Berlin …": that embassy; a capitalised
    word that is no country ("In Berlin embassy staff …") names none."""
    text = "The Chinese embassy in Berlin rejected the accusations. The tariffs would hurt both sides, the embassy said."
    assert [q.speaker for q in analyse(text, "en").quotes] == ["Chinese embassy"]
    text = "In Berlin embassy staff prepared the visit. The tariffs would hurt both sides, the embassy said."
    assert [q.speaker for q in analyse(text, "en").quotes] == ["embassy"]


def test_a_body_named_by_its_head_word_or_kind_speaks_under_its_full_name():
    """"the Commission said" after "The European Commission opened …"; "the regulator" after
    "Germany's Federal Cartel Office …" (a regulator is named an office, an authority …)."""
    text = "The European Commission opened an investigation. The subsidies distort the market, the Commission said."
    assert [q.speaker for q in analyse(text, "en").quotes] == ["European Commission"]
    text = ("Germany's Federal Cartel Office approved the deal. The merger raised no competition concerns, "
            "the regulator said.")
    assert [q.speaker for q in analyse(text, "en").quotes] == ["Germany's Federal Cartel Office"]


def test_told_an_audience_closes_a_statement():
    """"…, the executive told shareholders." / "… told the annual meeting." / "… told a
    conference in Berlin.": whom it was told is people or a gathering, not only reporters."""
    base = "BASF chief Markus Kamieth defended the investment in Zhanjiang. The plant was profitable, "
    for tail in ("the executive told shareholders.", "he told analysts on Tuesday.", "he told the annual meeting.",
                 "he told a conference in Berlin."):
        assert [(q.text, q.speaker) for q in analyse(base + tail, "en").quotes] == [
            ("The plant was profitable", "Markus Kamieth")], tail


def test_a_speakers_frame_before_according_to_a_medium_names_the_speaker():
    """"…, the premier said, according to Xinhua.": the premier spoke, the agency reports."""
    text = ("Li Qiang met German business leaders in Beijing. China would further open its market, the premier "
            "said, according to Xinhua.")
    assert [q.speaker for q in analyse(text, "en").quotes] == ["Li Qiang"]


def test_a_surname_with_its_apposition_in_a_postposed_frame():
    """"…, Hartmann, a former economy ministry official, said." (with or without quotation
    marks, with a day after "said"): the person the text named in full before speaks."""
    lead = "Sabine Hartmann heads the delegation. "
    for body in ("“We came to listen,” Hartmann, a former economy ministry official, said.",
                 "Germany wanted to listen first, Hartmann, a former economy ministry official, said."):
        assert [q.speaker for q in analyse(lead + body, "en").quotes] == ["Sabine Hartmann"], body
    text = "Sales in China fell sharply, Siemens, the German engineering group, said on Tuesday."
    assert [(q.text, q.speaker) for q in analyse(text, "en").quotes] == [("Sales in China fell sharply", "Siemens")]
