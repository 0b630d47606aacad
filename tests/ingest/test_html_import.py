"""Saved web pages: text and metadata through trafilatura, never a network access."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from briefing_app.core.errors import ArticleImportError
from briefing_app.ingest import import_bytes, import_file, import_text

BODY = [
    "Der neue deutsch-chinesische Industriecluster in Taicang nahe Shanghai nimmt Gestalt an. "
    "Über 200 Vertreter deutscher und chinesischer Unternehmen kamen am 13. Oktober zur Eröffnung.",
    "Die Nachfrage nach deutscher Automatisierungstechnik sei ungebrochen, sagte Katrin Albers, "
    "Präsidentin des Verbands Deutscher Mittelständler in China.",
    "Bis 2030 sollen in dem Cluster rund 4.300 Projekte angesiedelt werden, das Gesamtinvestitionsvolumen "
    "wird auf 1,2 Billionen Yuan beziffert.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="de"><head>
<meta charset="utf-8">
<title>Deutscher Mittelstand sucht Standorte in China | Wirtschaftskurier</title>
<meta property="og:site_name" content="Wirtschaftskurier">
<meta property="og:url" content="http://example.invalid/wirtschaft/taicang">
<link rel="canonical" href="http://example.invalid/wirtschaft/taicang">
<meta name="author" content="Max Muster">
<meta property="article:published_time" content="2026-10-14T08:00:00+02:00">
<meta property="article:section" content="Wirtschaft">
<meta name="keywords" content="China, Mittelstand">
<script src="http://tracker.example.invalid/t.js"></script>
<script>document.write('<p>INJECTED BY SCRIPT</p>'); fetch('http://example.invalid/beacon');</script>
<link rel="stylesheet" href="http://cdn.example.invalid/style.css">
</head><body>
<nav><a href="/">Startseite</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/politik">Politik</a></nav>
<article>
<h1>Deutscher Mittelstand sucht Standorte in China</h1>
<img src="http://images.example.invalid/taicang.jpg" alt="Taicang">
{''.join(f'<p>{p}</p>' for p in BODY)}
<p>Lesen Sie auch: China droht mit Zöllen auf deutsche Autos</p>
</article>
<iframe src="http://ads.example.invalid/banner"></iframe>
<footer><p>© Wirtschaftskurier 2026</p><a href="/impressum">Impressum</a></footer>
</body></html>
"""


def test_page_with_scripts_and_remote_images_imports_offline(no_network, tmp_path):
    path = tmp_path / "taicang.html"
    path.write_text(PAGE, encoding="utf-8")
    article = import_file(path)
    assert no_network == []
    for paragraph in BODY:
        assert paragraph in article.text
    assert "INJECTED" not in article.text and "Lesen Sie auch" not in article.text
    assert article.text.count("\n\n") == len(BODY) - 1
    assert article.title == "Deutscher Mittelstand sucht Standorte in China"
    assert article.outlet == "Wirtschaftskurier"
    assert article.author == "Max Muster"
    assert article.published == date(2026, 10, 14)
    assert article.url == "http://example.invalid/wirtschaft/taicang"
    assert article.tags == ["China", "Mittelstand"]
    assert article.section == "Wirtschaft"
    assert article.language == "de"
    assert article.original_format == "html"
    assert [r.reason for r in article.removed] == ["headline", "related"]


def test_web_page_complete_with_its_files_folder(no_network, tmp_path):
    page = tmp_path / "Artikel.html"
    page.write_text(PAGE.replace("http://images.example.invalid/", "Artikel_files/"), encoding="utf-8")
    files = tmp_path / "Artikel_files"
    files.mkdir()
    (files / "taicang.jpg").write_bytes(b"\xff\xd8\xff not really a jpeg")
    (files / "app.js").write_text("document.body.innerHTML = 'GONE';")
    article = import_file(page)
    assert BODY[0] in article.text and "GONE" not in article.text


def test_page_declared_in_windows_1252(no_network):
    html = PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    article = import_bytes(html.encode("cp1252"), "seite.htm")
    assert "Präsidentin" in article.text and "Über 200" in article.text


def test_broken_markup_is_extracted_best_effort(no_network):
    broken = "<html><body><div><p>" + BODY[0] + "<p>" + BODY[1] + "</div></span><table><tr><td>" + BODY[2]
    article = import_bytes(broken.encode(), "kaputt.html")
    assert "Industriecluster in Taicang" in article.text
    assert "sagte Katrin Albers" in article.text


def test_page_without_any_text_says_so(no_network):
    html = "<!DOCTYPE html><html><head><script>render()</script></head><body><div id='app'></div></body></html>"
    with pytest.raises(ArticleImportError) as info:
        import_bytes(html.encode(), "app.html")
    assert "No article text was found" in info.value.message
    assert "scripts" in info.value.hint


def test_pasted_html_source_is_read_as_a_web_page(no_network):
    article = import_text(PAGE)
    assert article.original_format == "html"
    assert BODY[1] in article.text and "<p>" not in article.text


def test_html_under_an_unknown_name_is_sniffed(no_network):
    assert import_bytes(PAGE.encode(), "download").original_format == "html"


def test_command_line_entry_prints_the_clean_text(tmp_path, capsys, no_network):
    from briefing_app.ingest.html_import import main

    path = tmp_path / "seite.html"
    path.write_text(PAGE, encoding="utf-8")
    assert main([str(path)]) == 0
    assert capsys.readouterr().out.strip().startswith("Der neue deutsch-chinesische")


@pytest.mark.corpus
def test_corpus_pages_import_offline(corpus_dir, no_network):
    """A few real saved pages (German, English, Japanese) import with a body and metadata."""
    folder = corpus_dir / "extraction"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for prefix in ("57b4dafd18cf", "702d1da63b8e", "85439e26c41c"):
        (item,) = [k for k in truth if k.startswith(prefix)]
        data = gzip.decompress((folder / "html" / f"{item}.html.gz").read_bytes())
        article = import_bytes(data, f"{prefix}.html")
        gold_start = truth[item]["articleBody"].split()[0]
        assert article.text.split()[0] == gold_start
        assert article.title and article.published
    assert article.language == "ja"
