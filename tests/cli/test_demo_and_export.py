"""`demo` runs the whole pipeline on the built-in sample briefing; `export` re-exports a project."""

from __future__ import annotations

import re
from pathlib import Path

from pptx import Presentation
from pypdf import PdfReader

from briefing_app.cli import main


def deck_text(path: Path) -> str:
    prs = Presentation(str(path))
    text = "\n".join(sh.text_frame.text for s in prs.slides for sh in s.shapes if sh.has_text_frame)
    return text.replace("\u00a0", " ")  # numbers keep their scale word with a no-break space


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages).replace("\u00a0", " ")


def test_demo_builds_the_sample_briefing_deck_and_handout(tmp_path: Path, capsys) -> None:
    assert main(["demo", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "briefing.pptx" in out and "briefing.pdf" in out
    deck = deck_text(tmp_path / "briefing.pptx")
    assert "Delegationsgespräch Industriecluster Taicang" in deck  # the sample meeting
    assert "1,2 Bio. Yuan" in deck and "4.300 Projekte" in deck  # German notation, article's nouns
    assert "Katrin Albers" in deck and "太仓" in deck
    handout = pdf_text(tmp_path / "briefing.pdf")
    assert "INTERN" in handout.upper() and "Seite 1 von" in handout
    assert "1.200.000.000.000 CNY" in handout  # the true value of "1,2 Billionen Yuan"


def test_demo_is_short_corrected_and_writes_a_word_briefing(tmp_path: Path, capsys) -> None:
    from docx import Document

    assert main(["demo", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "applied 1 suggested correction(s)" in out and "briefing.docx" in out
    assert len(Presentation(str(tmp_path / "briefing.pptx")).slides) <= 7
    deck, handout = deck_text(tmp_path / "briefing.pptx"), pdf_text(tmp_path / "briefing.pdf")
    word = "\n".join(p.text for p in Document(str(tmp_path / "briefing.docx")).paragraphs)
    word += "\n".join(c.text for t in Document(str(tmp_path / "briefing.docx")).tables for r in t.rows for c in r.cells)
    for raw in (deck, handout, word):
        text = " ".join(raw.split())
        assert "ungeprüft" not in text  # the seed's factor-ten conversion was corrected
        assert "16 Mrd. Euro" not in text
        assert re.search("1,2 Bio. Yuan [≈~] 160 Mrd. Euro", text)  # the handout's fonts have no "≈"
    assert "korrigiert; im Artikel: 16 Milliarden Euro" in " ".join(handout.split())
    # statements, not fragments
    assert "Wang Lei erklärte, dass die Stadt bereits 250 Hektar Gewerbefläche erschlossen habe." in word
    assert "Laut Katrin Albers sind bereits 68 deutsche Firmen" in word
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in Presentation(str(tmp_path / "briefing.pptx")).slides
                      if s.has_notes_slide)
    assert "ann:" not in notes and "Davor:" in notes


def test_export_in_english_on_letter_paper(tmp_path: Path, capsys) -> None:
    assert main(["demo", str(tmp_path)]) == 0
    pptx, pdf = tmp_path / "en.pptx", tmp_path / "en.pdf"
    assert main(["export", str(tmp_path / "briefing.briefing"), "--pptx", str(pptx), "--pdf", str(pdf),
                 "--lang", "en", "--paper", "letter", "--template", "briefing-modern"]) == 0
    assert "1.2 trillion yuan" in deck_text(pptx)
    page = PdfReader(str(pdf)).pages[0]
    assert round(float(page.mediabox.width)) == 612  # US Letter
    assert "Page 1 of" in pdf_text(pdf)


def test_export_without_targets_says_what_to_give(tmp_path: Path, capsys) -> None:
    assert main(["demo", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["export", str(tmp_path / "briefing.briefing")]) == 2
    assert "--docx" in capsys.readouterr().err


def test_export_writes_a_word_briefing_and_refuses_a_wrong_extension(tmp_path: Path, capsys) -> None:
    assert main(["demo", str(tmp_path)]) == 0
    assert main(["export", str(tmp_path / "briefing.briefing"), "--docx", str(tmp_path / "out.docx")]) == 0
    assert (tmp_path / "out.docx").stat().st_size > 10_000
    capsys.readouterr()
    assert main(["export", str(tmp_path / "briefing.briefing"), "--docx", str(tmp_path / "out.pdf")]) == 2
    assert "--docx" in capsys.readouterr().err
