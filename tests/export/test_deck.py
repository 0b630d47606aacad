"""The deck model: continuation slides, quotation marks per speech kind, notation per language."""

from __future__ import annotations

from datetime import date

from briefing_app.core.annotation import Kind
from briefing_app.export.deck import BUDGET, Layout, build_deck, build_handout
from briefing_app.export.model import BlockKind, FigureTile, QuoteEntry

from .conftest import make_project


def _entries(deck, cls):
    return [e for s in deck.slides for b in s.blocks for e in b.entries if isinstance(e, cls)]


def test_slide_order_and_layouts():
    deck = build_deck(make_project(), as_of=date(2026, 10, 20))
    assert deck.slides[0].layout is Layout.TITLE
    # summary, objectives and key messages share one slide; then the figures
    assert [s.layout for s in deck.slides[1:3]] == [Layout.BULLETS, Layout.FIGURES]
    assert deck.slides[1].title == "Ziele"  # no summary in this briefing: the first joined section names it
    assert [e.text for e in deck.slides[1].blocks[0].entries if e.heading] == ["Ziele", "Kernbotschaften"]
    assert deck.slides[-1].layout is Layout.SOURCES
    assert deck.slides[0].title_info.details  # meeting details for the title slide


def test_long_sections_continue_on_further_slides():
    deck = build_deck(make_project(extra_quotes=6))
    quote_slides = [s for s in deck.slides if s.layout is Layout.QUOTE]
    assert len(quote_slides) == 3  # 9 quotes, at most 3 per slide
    assert quote_slides[0].title == "Stimmen"
    assert all(s.title == "Stimmen (Fortsetzung)" and s.continued for s in quote_slides[1:])
    assert all(len(s.blocks[0].entries) <= BUDGET[BlockKind.QUOTES][0] for s in quote_slides)


def test_every_placed_annotation_keeps_its_id_exactly_once_on_slides():
    project = make_project()
    deck = build_deck(project)
    on_slides = [i for s in deck.slides if s.layout is not Layout.SOURCES for i in s.ids]
    chosen = [a.id for a in project.annotations.values() if a.in_briefing]
    assert sorted(on_slides) == sorted(chosen)


def test_direct_speech_gets_the_languages_marks_and_reported_speech_none():
    for lang, opening, closing in (("de", "\u201e", "\u201c"), ("en", "\u201c", "\u201d")):
        quotes = _entries(build_deck(make_project(), lang=lang), QuoteEntry)
        direct = [q for q in quotes if q.direct]
        reported = [q for q in quotes if not q.direct]
        assert direct and reported
        for q in direct:
            assert q.text.startswith(opening) and q.text.endswith(closing)
        for q in reported:
            assert not any(m in q.text for m in "\u201e\u201c\u201d\"")


def test_reported_speech_uses_the_users_paraphrase():
    quotes = _entries(build_deck(make_project()), QuoteEntry)
    albers = next(q for q in quotes if q.speaker == "Katrin Albers")
    assert albers.text == "Die Nachfrage nach deutscher Automatisierungstechnik ist ungebrochen."


def nb(text: str) -> str:
    """The text with no-break spaces shown as plain ones, for comparing figures."""
    return text.replace("\u00a0", " ")


def test_figure_tiles_in_each_languages_notation():
    de = {t.label: t for t in _entries(build_deck(make_project(), lang="de"), FigureTile)}
    en = {t.label: t for t in _entries(build_deck(make_project(), lang="en"), FigureTile)}
    assert nb(de["Gesamtinvestitionsvolumen"].value) == "1,2 Bio. Yuan"
    assert nb(en["Gesamtinvestitionsvolumen"].value) == "1.2 trillion yuan"
    assert (de["Projekte bis 2030"].hedge, nb(de["Projekte bis 2030"].value)) == ("rund", "4.300 Projekte")
    assert (en["Projekte bis 2030"].hedge, nb(en["Projekte bis 2030"].value)) == ("about", "4,300 Projekte")
    assert (de["Anteil Maschinenbau"].hedge, nb(de["Anteil Maschinenbau"].value)) == ("knapp", "40 %")
    assert (en["Anteil Maschinenbau"].hedge, en["Anteil Maschinenbau"].value) == ("almost", "40%")
    assert de["Gesamtinvestitionsvolumen"].footnote == "Quelle: Wirtschaftskurier, 14.10.2026 [1]"
    assert en["Gesamtinvestitionsvolumen"].footnote == "Source: Wirtschaftskurier, 14 October 2026 [1]"


def test_currency_figures_get_a_conversion_at_the_ecb_rate():
    tile = next(t for t in _entries(build_deck(make_project()), FigureTile) if t.label == "Gesamtinvestitionsvolumen")
    assert tile.normalised.replace("\u00a0", " ") == "1.200.000.000.000 CNY"
    assert tile.conversion.startswith("ca. ") and "Mrd." in tile.conversion and "EZB-Referenzkurs" in tile.conversion


def test_speaker_notes_carry_original_context_and_source_but_no_id():
    project = make_project()
    deck = build_deck(project)
    slide = next(s for s in deck.slides if s.layout is Layout.QUOTE)
    albers = next(a for a in project.annotations.values() if a.kind is Kind.QUOTE and a.quote.speaker == "Katrin Albers")
    assert albers.id in slide.ids and albers.id not in slide.notes
    assert "Original: Die Nachfrage nach deutscher Automatisierungstechnik sei ungebrochen" in slide.notes
    assert "Davor: Bis 2030 sollen" in slide.notes and "Quelle [1]: Wirtschaftskurier" in slide.notes
    assert "Übersetzung: Die Nachfrage" in slide.notes


def test_handout_story_shares_the_content_unpaginated():
    handout = build_handout(make_project(extra_quotes=6))
    quotes = [s for s in handout.sections if s.key == "quotes"]
    assert len(quotes) == 1 and len(quotes[0].blocks[0].entries) == 9
    assert handout.source_note == "Quelle: Wirtschaftskurier, 14.10.2026"


def test_labels_follow_the_requested_language():
    deck = build_deck(make_project(), lang="en")
    titles = [s.title for s in deck.slides]
    assert "Key figures" in titles and "Sources" in titles and "Quellen" not in titles


def test_a_takeaway_titles_every_slide_of_its_section_and_the_joined_summary_slide():
    from briefing_app.core.briefing import Section
    from briefing_app.core.briefing_commands import SetTakeaway

    project = make_project(extra_quotes=6)
    plain = build_deck(project)
    SetTakeaway(Section.QUOTES, "Die Verbände wollen Rechtssicherheit vor neuen Zusagen").do(project)
    SetTakeaway(Section.KEY_MESSAGES, "Wir investieren, wenn der Schutz geistigen Eigentums steht").do(project)
    deck = build_deck(project)
    assert len(deck.slides) == len(plain.slides)  # the same slides, with other titles
    voices = [s for s in deck.slides if s.key == "quotes"]
    assert len(voices) > 1
    assert {s.title for s in voices} == {"Die Verbände wollen Rechtssicherheit vor neuen Zusagen"}
    assert [s.kicker for s in voices] == ["Stimmen"] + ["Stimmen (Fortsetzung)"] * (len(voices) - 1)
    joined = deck.slides[1]  # objectives and key messages share a slide: the key messages' takeaway titles it
    assert plain.slides[1].blocks[0].entries[0].heading  # a joined slide: its sections are sub-headings
    assert (joined.title, joined.kicker) == ("Wir investieren, wenn der Schutz geistigen Eigentums steht", plain.slides[1].title)
    others = [(s.title, s.kicker) for s in deck.slides if s.key not in ("quotes", joined.key)]
    assert others == [(s.title, "") for s in plain.slides if s.key not in ("quotes", joined.key)]
    handout = {s.key: s.takeaway for s in build_handout(project).sections}
    assert handout["key_messages"] == "Wir investieren, wenn der Schutz geistigen Eigentums steht"
