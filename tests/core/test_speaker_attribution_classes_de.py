"""Classes of German speaker errors in frames around quotations: abbreviated academic titles,
relative clauses about the speaker, unknown office words before a name in commas, and
others below.  Each test names the class it guards; the sentences are written for these
tests, none is taken from an article.
"""

from __future__ import annotations

from briefing_app.core.analysis import analyse


def quotes(text: str) -> list[tuple[str, str, str, str]]:
    return [(q.text, q.speaker, q.role, q.kind) for q in analyse(text, "de").quotes]


def speakers(text: str) -> list[str]:
    return [q.speaker for q in analyse(text, "de").quotes]


def test_abbreviated_title_does_not_end_the_frame_after_a_quotation():
    """The full stop of "Dr." or "Prof." is no sentence end: the speaker is the whole name, never
    "Dr" or "Prof"."""
    assert speakers("„Wir stellen dieses Jahr 40 Leute ein“, erklärt Vertriebsleiterin Dr. Jana Pohl.") \
        == ["Dr. Jana Pohl"]
    assert speakers("„Der Export bricht ein“, sagt Prof. Dr. Lutz Brandner vom Institut für Handelsforschung.") \
        == ["Prof. Dr. Lutz Brandner"]
    assert speakers("„Wir bleiben vorsichtig“, warnte der Chefvolkswirt der Landesbank, Dr. Ole Kamps.") \
        == ["Dr. Ole Kamps"]


def test_a_title_opens_the_name_after_an_unmarked_role_word():
    """"der geschäftsführende Gesellschafter Prof. Dr. X": the words before the title are the
    role, the name is not "Gesellschafter Prof"."""
    got = quotes("„Wir verkaufen keine Mehrheit“, sagte der geschäftsführende Teilhaber Prof. Dr. Rainer Voss.")
    assert [(s, r) for _, s, r, _ in got] == [("Prof. Dr. Rainer Voss", "geschäftsführender Teilhaber")]


def test_relative_clause_about_the_speaker_is_no_statement():
    """"…“, sagte X, der 24,9 Prozent behält": the clause says who X is; a decimal comma
    inside it does not hide it, and it is neither a role nor a quotation of its own."""
    got = quotes("„Wir haben einen passenden Käufer gefunden“, sagte Gründer Paul Wendt, der 12,5 Prozent behält.")
    assert got == [("Wir haben einen passenden Käufer gefunden", "Paul Wendt", "Gründer", "direct")]
    got = quotes("„Die Zahlen sind gut“, sagte die Vorsitzende Dr. Ina Roth, die seit 2019 im Amt ist.")
    assert [(s, r) for _, s, r, _ in got] == [("Dr. Ina Roth", "Vorsitzende")]


def test_unknown_office_word_before_a_name_in_commas_is_the_role():
    """"sagte die Obfrau der Gewerkschaft Verdi, Anna Weber": the capitalised word after the
    article is an office, the name in commas the speaker (not speaker "Obfrau", role "Anna
    Weber")."""
    got = quotes("„Das Angebot reicht nicht“, sagte am Dienstag die Obfrau der Gewerkschaft Verdi, Anna Weber.")
    assert [(s, r) for _, s, r, _ in got] == [("Anna Weber", "Obfrau")]
    got = quotes("„Wir fordern Garantien“, sagte die Erste Bevollmächtigte der IG Metall Kassel, Jutta Arndt.")
    assert [(s, r) for _, s, r, _ in got] == [("Jutta Arndt", "Erste Bevollmächtigte")]


def test_news_agency_after_the_speech_verb_is_the_channel():
    """"X sagte nach Angaben der Nachrichtenagentur Y, …": the agency reports what X said; X
    speaks and the frame is no part of the statement."""
    got = quotes("Vizepremier Ding Xuexiang sagte nach Angaben der amtlichen Nachrichtenagentur Xinhua, "
                 "Peking sei zu weiteren Gesprächen bereit.")
    assert [(t, s) for t, s, _, _ in got] == [("Peking sei zu weiteren Gesprächen bereit", "Ding Xuexiang")]
    got = quotes("Ministerpräsident Li Qiang betonte der Agentur Xinhua zufolge, der Markt bleibe offen.")
    assert [(t, s) for t, s, _, _ in got] == [("der Markt bleibe offen", "Li Qiang")]


def test_relative_clause_naming_another_person_leaves_the_speaker_unnamed():
    """"sagte der Vorstandschef eines großen Zulieferers, der Wagner begleitet, der dpa": the
    person in the relative clause is whom he accompanies; the unnamed chief speaks, not the
    minister named before."""
    text = ("Wirtschaftsministerin Anna Wagner reist mit einer Delegation nach Peking.\n\n"
            "„Wir sind sehr besorgt“, sagte der Vorstandschef eines großen Zulieferers, der Wagner begleitet, "
            "der Deutschen Presse-Agentur.")
    got = quotes(text)
    assert [(s, r) for _, s, r, _ in got] == [("Vorstandschef eines großen Zulieferers", "Vorstandschef")]


def test_surname_with_particles_is_one_name():
    """"sagte von der Leyen", "Von der Leyen: „…“": "von der" belongs to the surname; the
    speaker is the person introduced before, never "Leyen" with the role "von"."""
    text = ("Bundespräsident Richard von Weizsäcker empfing am Montag eine Delegation aus Peking.\n\n"
            "„Wir wollen offen reden“, sagte von Weizsäcker vor dem Treffen.\n\n"
            "Von Weizsäcker: „Der Austausch muss weitergehen.“")
    assert speakers(text) == ["Richard von Weizsäcker", "Richard von Weizsäcker"]
    assert speakers("„Die Regeln gelten für alle“, sagte die Kommissarin van der Berg.") == ["van der Berg"]


def test_frame_in_mid_sentence_keeps_both_halves_with_one_speaker():
    """"Die Mieten seien gestiegen, sagt Pohl, lägen aber …": the content goes on after the
    frame; its second half is the same speaker's statement, and its verb is no role."""
    got = quotes("Die Mieten seien zwar deutlich gestiegen, sagt Geschäftsführerin Jana Pohl, "
                 "lägen aber noch unter dem Niveau von München.")
    assert [(t, s, r) for t, s, r, _ in got] == [
        ("Die Mieten seien zwar deutlich gestiegen", "Jana Pohl", "Geschäftsführerin"),
        ("lägen aber noch unter dem Niveau von München", "Jana Pohl", "Geschäftsführerin")]


def test_a_new_source_is_not_swallowed_by_the_previous_speaker():
    """"Aus Berlin hieß es dagegen, …" names a new source even with a filler after "es"; and
    "Kölns Oberbürgermeister X (SPD)" registers X as a person, so a later "sagte er" is X,
    not the speaker before him."""
    text = ("„Die Verhandlungen sind festgefahren“, sagte der Abgeordnete Karl Simon.\n\n"
            "Aus Berlin hieß es hingegen, man sei einer Einigung nahe.")
    assert quotes(text)[-1][:2] == ("man sei einer Einigung nahe", "Berlin")
    text = ("Der Konzern will in Bochum 300 Stellen streichen. Finanzchef Peter Lindner sprach von einem "
            "harten Einschnitt.\n\n"
            "Bochums Oberbürgermeister Jan Kessler (SPD) zeigte sich „fassungslos“. Der Stadt fehlten "
            "künftig Millionen an Steuern, sagte er.")
    assert quotes(text)[-1][:2] == ("Der Stadt fehlten künftig Millionen an Steuern", "Jan Kessler")


def test_compound_source_noun_names_its_kind_of_body():
    """"nach Verbandsangaben" is "nach Angaben des Verbands": the association named before, not
    the body or word named last; "nach Unternehmensangaben" right after an unnamed company
    ("eines Chemiekonzerns") is that company, not an earlier chamber or office."""
    text = ("Die Exporte in die USA sanken, wie der Verband der Elektroindustrie (ZVEI) am Dienstag mitteilte. "
            "Das Statistische Bundesamt bestätigte den Trend.\n\n"
            "Besonders stark betroffen sind nach Verbandsangaben die Hersteller von Schaltanlagen.")
    assert quotes(text)[-1][1].startswith("Verband der Elektroindustrie")
    text = ("Die Industrie- und Handelskammer (IHK) warnte vor Engpässen.\n\n"
            "Die Ministerin eröffnet in Nanjing das Labor eines deutschen Pharmakonzerns. Dort forschen nach "
            "Unternehmensangaben künftig rund 200 Fachleute.")
    assert quotes(text)[-1][1] == "Pharmakonzern"


def test_document_closing_the_sentence_speaks_for_its_author():
    """"Nur noch 40 Prozent der Firmen rechnen mit …, wie aus der Umfrage der Kammer
    hervorgeht": the survey's author speaks, not "Prozent" as the subject of "rechnen"."""
    got = quotes("Nur noch 40 Prozent der befragten Betriebe rechnen mit steigenden Umsätzen, wie aus der "
                 "Frühjahrsumfrage der Handwerkskammer Hamburg hervorgeht.")
    assert [(t, s) for t, s, _, _ in got] == [
        ("Nur noch 40 Prozent der befragten Betriebe rechnen mit steigenden Umsätzen", "Handwerkskammer Hamburg")]
