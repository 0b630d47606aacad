"""Who said it in German press text: the subject of the speech verb, a role noun resolved to
the person named with that role, indefinite sources ("ein Sprecher von …"), and the medium
spoken to ("sagte X der Deutschen Presse-Agentur") kept apart from the speaker.

Test sentences are written for these classes; none is taken from the corpus.
"""

from __future__ import annotations

from briefing_app.core.analysis import analyse
from briefing_app.core.people import parse_source


def found(text: str) -> list[tuple[str, str, str]]:
    return [(q.text, q.speaker, q.kind) for q in analyse(text, "de").quotes]


def test_role_noun_resolves_to_the_person_with_that_role_not_the_last_person():
    text = ("Wirtschaftsminister Robert Habeck reiste am Montag nach Peking. "
            "Begleitet wurde er von Siemens-Chef Roland Busch.\n\n"
            "Die Gespräche seien konstruktiv gewesen, sagte der Minister der Deutschen Presse-Agentur.")
    # "wurde" is indicative: the sentence about the delegation is no reported speech
    assert found(text) == [("Die Gespräche seien konstruktiv gewesen", "Robert Habeck", "indirect")]


def test_medium_after_the_speaker_is_the_addressee():
    assert parse_source("der Minister der Deutschen Presse-Agentur", 0, "de").organisation == ""
    assert parse_source("der Sprecher des Verbands", 0, "de").organisation != ""


def test_adjective_before_the_role_does_not_hide_the_full_name():
    text = ("Der deutsche Wirtschaftsminister Sigmar Gabriel sicherte den Arbeitern Unterstützung zu. "
            "Er werde keinem Plan zustimmen, versicherte Gabriel.")
    assert [s for _, s, _ in found(text)] == ["Sigmar Gabriel"]


def test_indefinite_source_in_a_postposed_frame():
    text = ("Der Handel sei gewachsen, sagte eine Sprecherin des Verbands der Automobilindustrie (VDA).\n\n"
            "Die Lage sei ernst, sagte ein Sprecher von Volkswagen.")
    got = found(text)
    assert [t for t, _, _ in got] == ["Der Handel sei gewachsen", "Die Lage sei ernst"]
    assert "VDA" in got[0][1] and "Volkswagen" in got[1][1]


def test_postposed_forecast_frame_names_the_expert():
    text = ("Die Nachfrage werde sich erholen, erwartet Ökonom Max Zenglein vom Merics-Institut.\n\n"
            "Er rechne mit einem Wachstum von fünf Prozent, sagte Zenglein.")
    assert found(text) == [("Die Nachfrage werde sich erholen", "Max Zenglein", "indirect"),
                           ("Er rechne mit einem Wachstum von fünf Prozent", "Max Zenglein", "indirect")]


def test_the_association_resolves_to_the_one_a_person_was_named_with():
    text = ("Der Präsident des Maschinenbauverbands VDMA, Karl Haeusgen, warnte vor einer Abkopplung. "
            "Das Statistische Bundesamt legte neue Zahlen vor.\n\n"
            "Dem Verband zufolge wollen zwei Drittel der Firmen in China bleiben.")
    assert [s for _, s, _ in found(text)][-1] == "Maschinenbauverband VDMA"


def test_stance_sentence_hands_the_konjunktiv_to_its_subject():
    text = ("Der Handel mit China sei eingebrochen, sagte Volker Treier vom DIHK. "
            "Optimistischer ist Maximilian Butek von der AHK Shanghai. Die Firmen würden weiter investieren.\n\n"
            "Die Zahlen seien schlecht, sagte Treier. Der Chef der AHK, Max Butek, zeigte sich dagegen zuversichtlich. "
            "Der Markt bleibe attraktiv.")
    assert [s for _, s, _ in found(text)] == ["Volker Treier", "Maximilian Butek", "Volker Treier", "Max Butek"]


def test_pronoun_after_a_role_apposition_is_the_named_person():
    text = ("Optimistisch ist Maximilian Butek. Die Firmen würden weiter investieren.\n\n"
            "Auch die Chefin von BASF China, Anna Meier, sieht Chancen. "
            "„Wir bauen unser Werk in Zhanjiang aus“, sagte sie.")
    assert found(text)[-1] == ("Wir bauen unser Werk in Zhanjiang aus", "Anna Meier", "direct")


def test_role_noun_does_not_resolve_to_a_person_known_with_another_role():
    text = ("Siemens-Chef Roland Busch besuchte das Werk.\n\n"
            "Der Minister kündigte an, die Zölle auf Maschinen zu senken.")
    assert found(text)[0][1] != "Roland Busch"


def test_zu_bedenken_geben_and_schaetzen_dass():
    text = ("Habeck gab zu bedenken, dass die Abhängigkeit zu groß sei.\n\n"
            "Der Ökonom Max Zenglein schätzt, dass das Wachstum bei vier Prozent liegen wird.")
    assert [(t, s) for t, s, _ in found(text)] == [
        ("die Abhängigkeit zu groß sei", "Habeck"),
        ("das Wachstum bei vier Prozent liegen wird", "Max Zenglein"),
    ]


def test_newspaper_title_in_quotation_marks_is_no_quote():
    text = "Gegenüber dem „Handelsblatt“ sagte Volker Treier, die Lage sei schwierig."
    assert found(text) == [("die Lage sei schwierig", "Volker Treier", "indirect")]
    # a quoted phrase of the speaker's own words after an article stays a quote
    text = "Merkel lobte am Dienstag die »Intensität der bilateralen Beziehungen«."
    assert [k for _, _, k in found(text)] == ["direct"]


def test_another_named_subject_ends_a_konjunktiv_chain():
    text = ("Im Gespräch mit der dpa sagte BASF-Chef Martin Brudermüller, China bleibe ein Wachstumsmarkt. "
            "Volker Treier vom DIHK sagte, die Lage sei schwierig. "
            "Brudermüller zeigte sich überzeugt, dass die Exporte wieder steigen würden.")
    assert all(not (s == "Volker Treier" and "Exporte" in t) for t, s, _ in found(text))


def test_heisst_es_opening_the_sentence():
    text = ("Der Verband der Automobilindustrie legte am Montag neue Zahlen vor.\n\n"
            "Aus dem Verband der Automobilindustrie hieß es, man sei zuversichtlich.")
    got = found(text)
    assert [t for t, _, _ in got] == ["man sei zuversichtlich"]
    assert "Automobilindustrie" in got[0][1]


def test_pronoun_takes_the_person_of_its_gender_when_the_text_says_it():
    text = ("Die Ministerin Anna Berg traf den Konzernchef Karl Huber in Peking.\n\n"
            "„Wir sind zufrieden“, sagte sie.\n\n„Das Werk wird erweitert“, sagte er.")
    assert [s for _, s, _ in found(text)] == ["Anna Berg", "Karl Huber"]
    text = 'Ms Chen Hua met Mr Zhang Wei in Beijing.\n\n"We are satisfied," she said.\n\n"The plant will grow," he said.'
    assert ["Chen" in q.speaker for q in analyse(text, "en").quotes] == [True, False]


def test_descriptions_of_the_last_named_person_and_heisst_es_after_a_quotation():
    text = ("Der Vorstandschef von Bosch, Stefan Hartung, besuchte das Werk in Suzhou.\n\n"
            "„Wir bleiben in China“, sagte der 58-Jährige.\n\n"
            "„Die Nachfrage ist stabil“, so der Manager.\n\n"
            "„Die Gespräche laufen“, heißt es aus dem Ministerium.\n\n"
            "„China ist und bleibt unser zweiter Heimatmarkt.“ Mit diesen Worten eröffnete Hartung die Messe.")
    assert [s for _, s, _ in found(text)] == ["Stefan Hartung", "Stefan Hartung", "Ministerium", "Stefan Hartung"]


def test_the_ministry_resolves_to_the_ministry_named_before():
    text = "Das Handelsministerium in Peking veröffentlichte neue Zahlen.\n\nDie Exporte seien gestiegen, teilte das Ministerium mit."
    assert [s for _, s, _ in found(text)] == ["Handelsministerium"]
    text = ("The Ministry of Commerce welcomed the investment. \"Foreign firms are welcome,\" the ministry said.")
    assert [q.speaker for q in analyse(text, "en").quotes] == ["Ministry of Commerce"]


def test_name_in_apposition_opening_the_sentence_is_its_subject_not_content():
    text = ("Der chinesische Botschafter in Berlin, Deng Hongbo, lobte die Zusammenarbeit. "
            "Sie sei ein Modell für gegenseitigen Nutzen, sagte der Diplomat.")
    assert found(text) == [("Sie sei ein Modell für gegenseitigen Nutzen", "Deng Hongbo", "indirect")]


def test_wie_clause_names_the_speaker_of_the_main_clause():
    text = ("Max Zenglein leitet die Kammer in Shanghai.\n\n"
            "Wie Zenglein betonte, müssten die Rahmenbedingungen fair bleiben.")
    assert found(text) == [("müssten die Rahmenbedingungen fair bleiben", "Max Zenglein", "indirect")]


def test_a_survey_speaks_for_its_author():
    text = ("Die Stimmung unter den Unternehmen sei gedämpft, heißt es in einer Umfrage der AHK. "
            "Mehr als die Hälfte der Firmen rechne mit schlechteren Geschäften.")
    assert [s for _, s, _ in found(text)] == ["AHK", "AHK"]


def test_adverb_before_a_name_in_apposition_is_not_part_of_the_name():
    text = ("Auch Klaus Berger, Geschäftsführer der Berger Antriebe GmbH, zeigte sich zufrieden. "
            "Die Lieferketten seien vollständig, sagte er.")
    assert [s for _, s, _ in found(text)] == ["Klaus Berger"]


def test_konjunktiv_ii_of_strong_verbs_continues_reported_speech():
    text = ("Die Zusammenarbeit habe sich vertieft, sagte Parkdirektor Zhang Wei. "
            "Viele Unternehmen brächten ihre Zulieferer mit.")
    assert [t for t, _, _ in found(text)][-1] == "Viele Unternehmen brächten ihre Zulieferer mit"


def test_surname_after_a_sentence_opener_is_the_speaker_without_the_opener():
    text = ("Die Verhandlungen gehen weiter.\n\n"
            "Laut Zenglein seien die Bedingungen schwieriger geworden. Die Firmen müssten sich anpassen, sagte Zenglein.")
    assert {s for _, s, _ in found(text)} == {"Zenglein"}


def test_erinnerte_daran_dass_is_reported_speech():
    text = "Der Ökonom Rolf Langhammer erinnerte daran, dass China seit Jahren Überschüsse erziele."
    assert found(text) == [("China seit Jahren Überschüsse erziele", "Rolf Langhammer", "indirect")]


def test_nach_einschaetzung_of_an_institute_with_genitive_and_acronym():
    text = ("Nach Einschätzung des Instituts der deutschen Wirtschaft (IW) dürfte der Handel stagnieren.\n\n"
            "Aus Sicht der Deutschen Industrie- und Handelskammer fehlt es an Planungssicherheit.")
    got = found(text)
    assert [t for t, _, _ in got] == ["dürfte der Handel stagnieren", "fehlt es an Planungssicherheit"]
    assert "Institut" in got[0][1] and "Handelskammer" in got[1][1]


def test_dative_medium_after_the_speaker_is_spoken_to():
    text = ("Klaus Berger, Geschäftsführer der Berger Antriebe GmbH, ist zufrieden.\n\n"
            "»Wir haben die richtige Entscheidung getroffen«, sagte Berger dem SPIEGEL.")
    assert [s for _, s, _ in found(text)] == ["Klaus Berger"]


def test_government_circles_are_a_source_of_their_own():
    text = ("Der Außenhandelsverband BGA rechnet mit einem Rückgang der Exporte um zwei Prozent.\n\n"
            "Aus Regierungskreisen hieß es, man beobachte die Entwicklung genau.")
    assert found(text)[-1][1] == "Regierungskreise"


def test_adjective_opening_an_organisation_name_is_part_of_the_name():
    for phrase, name in [("die Deutsche Bank", "Deutsche Bank"), ("die Europäische Zentralbank", "Europäische Zentralbank")]:
        src = parse_source(phrase, 0, "de")
        assert (src.name, src.kind) == (name, "org")


def test_masculine_role_is_not_the_woman_of_the_feminine_role():
    text = ("Der Sprecher des Handelsministeriums, He Yadong, sagte, der Handel habe sich stabil entwickelt.\n"
            "Außenamtssprecherin Mao Ning erklärte, China lehne Protektionismus ab.\n"
            "Wie der Sprecher weiter ausführte, sollen die Gespräche im kommenden Monat fortgesetzt werden.")
    assert [s for _, s, _ in found(text)] == ["He Yadong", "Mao Ning", "He Yadong"]


def test_unnamed_spokesperson_is_shown_as_the_article_words_it():
    text = "Die Lage sei ernst, sagte ein Sprecher des Bundeswirtschaftsministeriums am Montag."
    assert found(text) == [("Die Lage sei ernst", "Sprecher des Bundeswirtschaftsministeriums", "indirect")]


def test_name_particles_stay_in_the_name():
    text = "Handelskommissarin Anna von der Heide warf der Regierung vor, den Markt mit Stahl zu fluten."
    assert found(text) == [("den Markt mit Stahl zu fluten", "Anna von der Heide", "indirect")]


def test_medium_reporting_what_a_person_said_past_the_apposition():
    text = ("Laut Reuters sagte Max Brandt, Gründer des Beratungshauses Brandt Analytics, dass die Zölle "
            "gewirkt hätten.")
    assert found(text) == [("die Zölle gewirkt hätten", "Max Brandt", "indirect")]
    text = "Er sagte, es sei gut, dass China investiere."
    assert found(text)[0][0] == "es sei gut, dass China investiere"


def test_the_study_speaks_for_the_body_that_published_it():
    text = ("Das geht aus einer Studie hervor, die diese Woche vom Institut für Weltwirtschaft (IfW) "
            "veröffentlicht wurde. Der Anteil könne bis 2027 steigen, so die Studie.")
    assert "Institut für Weltwirtschaft" in found(text)[-1][1]


def test_pronoun_continues_the_subject_of_the_sentence_before():
    text = ("Scholz trifft Li in Berlin\n"
            "Bundeskanzler Olaf Scholz hat den chinesischen Ministerpräsidenten Li Qiang empfangen. "
            "Er sagte, Deutschland wolle die Beziehungen ausbauen.\n"
            "Li traf anschließend Wirtschaftsminister Robert Habeck. Er betonte, China sei ein verlässlicher Partner.")
    assert [s for _, s, _ in found(text)] == ["Olaf Scholz", "Li Qiang"]


def test_pronoun_speaker_with_the_medium_spoken_to_and_one_quotation_pair_in_the_text():
    text = ("Der Chef der Kammer, Jens Hildebrandt, begrüßte die Gespräche. Viele Firmen hofften auf "
            "Erleichterungen, sagte er der Deutschen Welle.\n"
            "„Die Unternehmen brauchen Planungssicherheit“, sagte BGA-Präsident Dirk Jandura.")
    assert found(text)[0] == ("Viele Firmen hofften auf Erleichterungen", "Jens Hildebrandt", "indirect")


def test_subordinate_clause_before_an_inverted_verb_is_no_statement():
    text = ("VDA-Präsidentin Hildegard Müller sagte, die Industrie sei auf offene Märkte angewiesen.\n"
            "Während Kanzler Scholz vor Protektionismus warnte, forderten Abgeordnete der Union ein härteres Vorgehen.")
    assert [t for t, _, _ in found(text)] == ["die Industrie sei auf offene Märkte angewiesen"]


def test_plural_verb_keeps_a_description_from_resolving_to_one_person():
    text = ("VDA-Präsidentin Hildegard Müller sprach in Berlin.\n"
            "Die Zölle seien ein Fehler, erklärten Abgeordnete der Union.")
    assert found(text)[-1][1] != "Hildegard Müller"


def test_stance_sentences_hand_the_following_konjunktiv_to_a_new_voice():
    text = ("Der Ökonom Max Zenglein sagte, die Lage sei ernst. Die Regierung müsse handeln. "
            "Anders sieht es Thomas Koch von der Kammer. Die Firmen hätten sich angepasst.\n"
            "Ähnlich äußerte sich die Vorsitzende des Verbands, Anna Berg. Die Nachfrage bleibe schwach.")
    assert [s for _, s, _ in found(text)] == ["Max Zenglein", "Max Zenglein", "Thomas Koch", "Anna Berg"]


def test_bezeichnete_als_without_a_comma_is_a_statement():
    text = ("VDA-Präsidentin Hildegard Müller bezeichnete die Zölle als Fehler.\n\n"
            "Der Minister bezeichnete das Treffen als Erfolg, sagte aber nichts zu Zöllen.\n\n"
            "Sie bezeichnete sich als Optimistin.")
    assert [t for t, _, _ in found(text)] == ["die Zölle als Fehler", "das Treffen als Erfolg"]


def test_interview_answers_and_a_headline_signed_after_a_dash():
    text = ("„Wir bleiben in China“ – Interview mit Siemens-Chef Roland Busch\n"
            "Herr Busch, wie sehen Sie die Lage in China?\n"
            "Busch: Der Markt ist schwieriger geworden. Wir investieren weiter.\n"
            "Wie reagieren Sie auf die Zölle?\n"
            "Busch: Zölle schaden allen.\n")
    assert found(text) == [("Wir bleiben in China", "Roland Busch", "direct"),
                           ("Der Markt ist schwieriger geworden.", "Roland Busch", "direct"),
                           ("Wir investieren weiter.", "Roland Busch", "direct"),
                           ("Zölle schaden allen.", "Roland Busch", "direct")]


def test_a_company_label_in_a_headline_is_no_interview():
    text = "Röchling: Neues Werk in China\n\nFür 3 Millionen Euro hat Röchling ein Werk errichten lassen."
    assert found(text) == []


def test_quoted_with_the_words_names_who_speaks():
    text = ("Li Qiang wurde von der Nachrichtenagentur Xinhua mit den Worten zitiert, China werde seine Märkte "
            "weiter öffnen.\n"
            "Die Zeitung zitierte einen Regierungsbeamten mit der Aussage, die Zölle würden bald gesenkt.\n"
            "Der Konzern kündigte an, 500 Stellen abzubauen.")
    assert [s for _, s, _ in found(text)] == ["Li Qiang", "Regierungsbeamten", "Konzern"]


def test_a_rejection_hands_its_reasons_to_the_body_that_rejects():
    text = ("Gegenüber dem Handelsblatt sagte Müller, man prüfe alle Optionen.\n"
            "Das Ministerium wies die Vorwürfe zurück. Sie seien haltlos.")
    assert [s for _, s, _ in found(text)] == ["Müller", "Ministerium"]


def test_nach_treiers_worten_names_the_speaker_in_the_genitive():
    text = ("DIHK-Außenwirtschaftschef Volker Treier sprach in Berlin.\n"
            "Nach Treiers Worten sind vor allem steigende Kosten der Grund.")
    assert found(text) == [("sind vor allem steigende Kosten der Grund", "Volker Treier", "indirect")]


def test_a_judgement_gives_its_reasons_to_its_own_subject_not_to_a_later_frame():
    """"X begrüßte die Entscheidung, sie stärke …" names its source; the chain of Konjunktiv
    sentences whose source comes later ("…, teilte der Konzern mit") does not reach over it."""
    text = ("Volkswagen investiert 2,5 Milliarden Euro in Hefei. Das Handelsministerium begrüßte die "
            "Entscheidung, sie stärke den Standort. Die Fabrik solle 2027 öffnen, teilte der Konzern mit.")
    assert found(text) == [("sie stärke den Standort", "Handelsministerium", "indirect"),
                           ("Die Fabrik solle 2027 öffnen", "Volkswagen", "indirect")]


def test_a_body_named_with_its_genitive_is_named_whole_and_in_the_nominative():
    text = ("Der Verband der Automobilindustrie bedauerte den Schritt, er schade beiden Seiten.\n\n"
            "Nach Angaben des Verbands der Chemischen Industrie sanken die Umsätze um vier Prozent.\n\n"
            "Laut dem Bundesverband der Deutschen Industrie seien die Kosten zu hoch.")
    assert found(text) == [("er schade beiden Seiten", "Verband der Automobilindustrie", "indirect"),
                           ("sanken die Umsätze um vier Prozent", "Verband der Chemischen Industrie", "indirect"),
                           ("seien die Kosten zu hoch", "Bundesverband der Deutschen Industrie", "indirect")]


def test_a_compound_naming_its_body_is_a_name_a_relation_is_a_description():
    """"die EU-Kommission" is that commission, not the last body named; "der VW-Rivale" is
    another company than Volkswagen."""
    text = ("Das Statistische Bundesamt meldete ein Plus der Exporte. Die EU-Kommission kündigte an, die Zölle "
            "zu prüfen.\n\n"
            "Volkswagen meldete ein Plus. BMW legte ebenfalls zu. Man sehe Chancen in China, teilte der "
            "VW-Rivale mit.")
    assert [s for _, s, _ in found(text)] == ["EU-Kommission", "BMW"]


def test_an_unnamed_spokesman_is_not_the_minister_quoted_after_him():
    """"…, sagte ein Regierungssprecher" is that spokesman (never named), not the minister
    who speaks in the next paragraph; a general word ("a trade official") may be the person
    named next (see test_quote_frames_real_articles)."""
    text = ("Die Bundesregierung wies die Kritik zurück. Man halte an der Strategie fest, sagte ein "
            "Regierungssprecher in Berlin.\n\n"
            "Wirtschaftsminister Robert Habeck sagte, die Gespräche seien konstruktiv gewesen.")
    assert [s for _, s, _ in found(text)] == ["Regierungssprecher", "Robert Habeck"]


def test_an_inverted_stance_with_a_comparative_and_coordinated_verbs_name_their_subject():
    text = ("Optimistischer äußerte sich Thomas Müller, Chef des Maschinenbauers Müller GmbH aus Stuttgart. Sein "
            "Unternehmen werde im kommenden Jahr ein Werk in Hefei eröffnen.\n\n"
            "Das Bundeswirtschaftsministerium begrüßte das Interesse, mahnte aber zur Vorsicht. Unternehmen sollten "
            "ihre Abhängigkeiten im Blick behalten, hieß es aus dem Ministerium.")
    assert [s for _, s, _ in found(text)] == ["Thomas Müller", "Bundeswirtschaftsministerium"]


def test_demnach_is_the_survey_authors_and_a_government_is_no_chamber_named_before():
    text = ("Das geht aus einer Umfrage der Deutschen Handelskammer in China hervor, die am Mittwoch vorgestellt "
            "wurde. Demnach wollen 54 Prozent der Firmen ihre Investitionen erhöhen.\n\n"
            "„China bleibt unverzichtbar“, sagte Kammerpräsident Ulf Reinhardt.\n\n"
            "Die chinesische Regierung hatte zuletzt mehrfach betont, ausländische Unternehmen willkommen zu heißen.")
    assert [s for _, s, _ in found(text)] == ["Deutsche Handelskammer", "Ulf Reinhardt", "chinesische Regierung"]


def test_an_opening_source_with_a_place_and_an_inverted_stance_with_an_adverb():
    """"Der Botschafter in Berlin, Wu Ken, warb …. China sei bereit …" reports Wu Ken; "Skeptisch
    zeigte sich dagegen der Präsident …, Moritz Schularick. … sei …" hands over to him."""
    text = ("Der chinesische Botschafter in Berlin, Wu Ken, warb am Montag in Hamburg für mehr Zusammenarbeit. "
            "China sei bereit, den Marktzugang weiter zu erleichtern.\n\n"
            "Skeptisch zeigte sich dagegen der Präsident des Kieler Instituts für Weltwirtschaft, Moritz "
            "Schularick. Die Abhängigkeit von China sei in einigen Branchen gefährlich hoch.")
    assert [s for _, s, _ in found(text)] == ["Wu Ken", "Moritz Schularick"]


def test_particle_verbs_that_share_a_finite_form():
    """"gab … zu", "gab … an", "gab … bekannt": one finite form, several particles."""
    text = ("Die Firma gab an, der Umsatz sei um zehn Prozent gestiegen.\n\n"
            "Das Unternehmen gab bekannt, dass es 500 Stellen streichen werde.\n\n"
            "Die Ministerin gab zu, dass Fehler gemacht worden seien.")
    assert [t for t, _, _ in found(text)] == ["der Umsatz sei um zehn Prozent gestiegen",
                                              "es 500 Stellen streichen werde",
                                              "Fehler gemacht worden seien"]


def test_what_the_statement_is_about_after_the_speaker_is_no_speaker():
    text = ("Die Nachfrage in Europa bleibe schwach, sagte die Analystin Maria Keller.\n\n"
            "„Die Werke sind nicht ausgelastet“, sagte Keller zu den Aussichten. "
            "„Das ändert sich so bald nicht“, sagte Keller über die Lage im Maschinenbau.")
    assert [s for _, s, _ in found(text)] == ["Maria Keller"] * 3
    # a name particle stays part of the name
    assert parse_source("der frühere Minister Karl-Theodor zu Guttenberg", 0, "de").name == \
        "Karl-Theodor zu Guttenberg"
    # whom it was said to is not part of the name: "Journalisten" is a common noun
    assert parse_source("Keller zu Journalisten", 0, "de").name == "Keller"
    assert parse_source("ein Sprecher der Universität zu Köln", 0, "de").organisation == "Universität zu Köln"


def test_a_body_named_with_an_ampersand_and_a_compound_description_speaks_through_its_study():
    text = ("Der Absatz deutscher Maschinen in Asien wird weiter sinken. Das geht aus einer Analyse der "
            "staatlichen Beratungsgesellschaft Nord Trade & Consult (NTC) hervor. Demnach werden die "
            "Ausfuhren in diesem Jahr um rund zwölf Prozent fallen.\n\n"
            "Das wäre der stärkste Rückgang seit 2009. Zudem würde der Marktanteil in Vietnam erstmals schrumpfen.")
    got = found(text)
    assert len(got) == 3
    assert {s for _, s, _ in got} == {"Nord Trade & Consult (NTC)"}


def test_compound_descriptions_before_a_name_and_a_legal_form_after_it():
    assert parse_source("die Ratingagentur Moody's", 0, "de").name == "Moody's"
    assert parse_source("des Softwarekonzerns SAP", 0, "de").name == "SAP"
    assert parse_source("die Deutsche Bank AG", 0, "de").name == "Deutsche Bank AG"
    assert parse_source("der Fiskalrat", 0, "de").name == "Fiskalrat"
    assert parse_source("Procter & Gamble", 0, "en").kind == "org"
    # a body's own name after its compound, an adjective or a region
    assert parse_source("der Bundesverband Deutscher Banken", 0, "de").name == "Bundesverband Deutscher Banken"
    assert parse_source("der Sparkassenverband Bayern", 0, "de").name == "Sparkassenverband Bayern"


def test_a_preposition_inside_the_speakers_description_does_not_cut_it():
    for phrase, name in (("der seit 2019 amtierende Vorstandschef Martin Brandt", "Martin Brandt"),
                         ("der wegen Betrugs angeklagte Ex-Chef Markus Lohr", "Markus Lohr"),
                         ("das Forscherteam um Christina Weber", "Christina Weber")):
        assert parse_source(phrase, 0, "de").name == name, phrase
    assert parse_source("ein Ökonom der Universität zu Köln", 0, "de").organisation == "Universität zu Köln"


def test_a_country_after_a_body_word_is_part_of_the_body_s_name():
    assert found("Die Bank Austria geht davon aus, dass die Zinsen niedrig bleiben.") == [
        ("die Zinsen niedrig bleiben", "Bank Austria", "indirect")]
    assert found("Der Konzern Siemens teilte mit, er baue Stellen ab.") == [
        ("er baue Stellen ab", "Siemens", "indirect")]


def test_a_postposed_frame_with_the_name_in_commas_and_the_medium_spoken_to():
    assert found("Das sei ein wichtiger Schritt, sagte der Präsident des BDI, Siegfried Russwurm, der dpa.") == [
        ("Das sei ein wichtiger Schritt", "Siegfried Russwurm", "indirect")]


def test_a_relative_clause_about_the_source_is_no_content():
    # the clause says who Russwurm is; the Konjunktiv before the frame is what he said
    assert found("Das sei ein wichtiger Schritt, sagte Russwurm, der seit 2021 BDI-Präsident ist.") == [
        ("Das sei ein wichtiger Schritt", "Russwurm", "indirect")]


def test_laut_a_survey_of_a_body_speaks_for_the_body():
    assert found("Laut einer Umfrage der Kammer wollen 40 Prozent der Firmen in China investieren.") == [
        ("wollen 40 Prozent der Firmen in China investieren", "Kammer", "indirect")]


def test_a_forecast_without_its_announcement_and_without_damit_dass():
    assert found("Der VDMA erwartet für das laufende Jahr ein Produktionsminus von zwei Prozent, "
                 "wie Verbandspräsident Karl Haeusgen mitteilte.") == [
        ("für das laufende Jahr ein Produktionsminus von zwei Prozent", "VDMA", "indirect")]
    assert [q for q, _, _ in found("Die Analysten von Goldman Sachs rechnen damit, dass die Notenbank die Zinsen senkt.")] == [
        "die Notenbank die Zinsen senkt"]


def test_a_stance_then_its_reasons_in_konjunktiv_after_a_colon():
    assert found("Wirtschaftsminister Habeck zeigte sich zuversichtlich: Die Talsohle sei erreicht.") == [
        ("Die Talsohle sei erreicht", "Habeck", "indirect")]
    # an indicative clause after the colon is the journalist's own
    assert found("Habeck zeigte sich zuversichtlich: Die Zahlen sind gut.") == []


def test_a_relative_clause_between_subject_and_verb_is_not_the_speaker():
    assert found("Die Kammer, die rund 2.000 Mitglieder vertritt, teilte mit, die Stimmung habe sich verschlechtert.") == [
        ("die Stimmung habe sich verschlechtert", "Kammer", "indirect")]


def test_the_medium_spoken_to_standing_first_is_not_the_speaker():
    assert found("Dem „Handelsblatt“ sagte Blume, man werde in China weiter investieren.") == [
        ("man werde in China weiter investieren", "Blume", "indirect")]
    assert [s for _, s, _ in found("Dem Sender CNN sagte der Minister, die Lage sei ernst.")] == ["Minister"]


def test_a_subordinate_clause_or_a_day_before_the_verb_is_not_the_speaker():
    assert found("Auf die Frage, ob der Konzern China verlasse, sagte Blume: „Nein.“") == [
        ("Nein.", "Blume", "direct")]
    quotes = analyse("Am Montag sagte der Minister: „Wir bleiben.“", "de")
    assert [q.speaker for q in quotes.quotes] == ["Minister"]
    assert [p.name for p in quotes.people] == []


def test_a_reflexive_verb_after_a_quotation_frames_it_and_a_landrat_is_a_role():
    assert found("„Das ist ein Meilenstein“, freute sich Landrat Michael Müller.") == [
        ("Das ist ein Meilenstein", "Michael Müller", "direct")]
    assert found("„Wir erreichen die Ziele“, zeigte sich Vorstandschef Hans Weber überzeugt.") == [
        ("Wir erreichen die Ziele", "Hans Weber", "direct")]
    quote, = analyse("„Das ist ein Meilenstein“, freute sich Landrat Michael Müller.", "de").quotes
    assert quote.role == "Landrat"


def test_circles_a_statement_came_from_are_named_in_the_nominative():
    assert found("Eine Entscheidung sei noch nicht gefallen, hieß es nach dem Treffen aus Regierungskreisen.") == [
        ("Eine Entscheidung sei noch nicht gefallen", "Regierungskreise", "indirect")]


def test_any_speech_verb_closing_a_wie_clause_ends_the_forecasts_content():
    got = found("Der Verband rechnet für 2026 mit einem Minus von zwei Prozent, wie Verbandspräsident "
                "Karl Haeusgen am Montag unterstrich.")
    assert got[0][0] == "für 2026 mit einem Minus von zwei Prozent"


def test_a_deputy_stays_a_deputy_and_the_place_of_the_office_is_kept():
    text = ("Der stellvertretende Bürgermeister von Hefei, Zhou Ping, begrüßte die Investition. "
            "Die Stadt habe 200 Firmen angesiedelt, sagte er.")
    quote, = analyse(text, "de").quotes
    assert (quote.speaker, quote.role, quote.organisation) == ("Zhou Ping", "stellvertretender Bürgermeister", "Hefei")
    assert parse_source("der ehemalige Präsident Joachim Gauck", 0, "de").role == "ehemaliger Präsident"
    assert parse_source("die stellvertretende Bürgermeisterin Anna Beck", 0, "de").role == \
        "stellvertretende Bürgermeisterin"


def test_the_occasion_of_a_statement_is_not_the_speakers_organisation():
    assert parse_source("Vorstandschefin Julia Brandt bei der Vertragsunterzeichnung", 0, "de").organisation == ""
    assert parse_source("Anna Weber beim Gipfeltreffen in Peking", 0, "de").organisation == ""
    assert parse_source("Julia Brandt bei der Deutschen Bank", 0, "de").organisation == "Deutsche Bank"
    assert parse_source("Anna Weber bei der Landesregierung", 0, "de").organisation == "Landesregierung"


def test_a_machine_builder_is_the_company_that_das_unternehmen_refers_to():
    text = ("Der schwäbische Maschinenbauer Krone Technik investiert 150 Millionen Euro in ein neues Werk. "
            "Das teilte das Unternehmen am Donnerstag mit.")
    assert [s for _, s, _ in found(text)] == ["Krone Technik"]


def test_an_apposition_after_the_source_of_nach_angaben_is_not_the_content():
    assert found("Nach Einschätzung von Max Zenglein, Chefökonom des Asia Society Policy Institute, sehen die "
                 "Zahlen gut aus.") == [("sehen die Zahlen gut aus", "Max Zenglein", "indirect")]
    quote, = analyse("Nach Einschätzung von Max Zenglein, Chefökonom des Asia Society Policy Institute, sehen die "
                     "Zahlen gut aus.", "de").quotes
    assert (quote.role, quote.organisation) == ("Chefökonom", "Asia Society Policy Institute")
    assert found("Nach Angaben des Statistischen Bundesamtes, das am Montag Zahlen vorlegte, sanken die Exporte.") == [
        ("sanken die Exporte", "Statistisches Bundesamt", "indirect")]


def test_the_body_after_a_role_and_name_is_the_persons_organisation_and_a_particle_is_part_of_the_name():
    text = ("Ökonom Marcel Fratzscher vom Deutschen Institut für Wirtschaftsforschung (DIW) warnt. "
            "Die Lage sei ernst, sagte er.")
    quote, = analyse(text, "de").quotes
    assert (quote.speaker, quote.organisation) == (
        "Marcel Fratzscher", "Deutsches Institut für Wirtschaftsforschung (DIW)")
    quote, = analyse("Chefvolkswirt Jörg Krämer von der Commerzbank sagte, die Lage sei ernst.", "de").quotes
    assert quote.organisation == "Commerzbank"
    people = analyse("EU-Kommissionschefin Ursula von der Leyen sagte, die Lage sei ernst.", "de").people
    assert [(p.name, p.organisation) for p in people] == [("Ursula von der Leyen", "")]


def test_an_adjective_before_a_bodys_name_is_part_of_the_name_not_a_role():
    src = parse_source("Das chinesische Handelsministerium", 0, "de")
    assert (src.name, src.role) == ("Chinesisches Handelsministerium", "")
    assert parse_source("die chinesische Zentralbank", 0, "de").name == "Chinesische Zentralbank"
