"""Error messages are English templates with fields, translatable without Qt below the GUI.

The German texts live in resources/i18n/errors_de.ts; these tests read it as plain XML
(the Qt side, loading the compiled .qm, is tested in tests/gui/shell/test_error_translations.py).
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefing_app.core.errors import AnchorError, ArticleImportError, BriefingError, ProjectFileError, placeholders
from briefing_app.core.i18n import ERROR_CONTEXT, QT_TRANSLATE_NOOP
from briefing_app.ingest import import_file, import_pages
from briefing_app.ingest.sniff import SUPPORTED_LIST

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "errors_de.ts"
PACKAGE = ROOT / "briefing_app"
ERROR_CLASSES = {"BriefingError", "ArticleImportError", "ProjectFileError", "ExportError", "TemplateError", "AnchorError"}


def _messages() -> list[ET.Element]:
    root = ET.parse(TS).getroot()
    assert [c.findtext("name") for c in root.iter("context")] == [ERROR_CONTEXT]
    return list(root.iter("message"))


def _german() -> dict[str, str]:
    return {m.findtext("source", ""): m.findtext("translation", "") for m in _messages()}


def _below_gui() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts)


# -- the template mechanism ---------------------------------------------------------------


def test_template_is_filled_from_its_fields():
    err = ProjectFileError(
        "The project file {name} does not exist.", hint="Check {folder}.", name="reise.briefing", folder="Dokumente",
        path="/x/reise.briefing",
    )
    assert err.message == "The project file reise.briefing does not exist."
    assert err.hint == "Check Dokumente."
    assert str(err) == err.message
    assert err.template == "The project file {name} does not exist." and err.hint_template == "Check {folder}."
    assert err.fields == {"name": "reise.briefing", "folder": "Dokumente"}
    assert err.path == "/x/reise.briefing"
    assert err.user_text() == "The project file reise.briefing does not exist. Check Dokumente."


def test_a_message_without_fields_is_taken_literally():
    err = BriefingError("Unknown value {x} in {braces", hint="As before.")
    assert err.message == "Unknown value {x} in {braces" and err.fields == {}
    assert err.user_text() == "Unknown value {x} in {braces As before."
    assert BriefingError("Nothing to export.").user_text() == "Nothing to export."


def test_user_text_translates_the_templates_then_fills_them():
    german = {"The file “{name}” is empty.": "Die Datei „{name}“ ist leer.", "Save it again.": "Speichern Sie sie erneut."}
    err = ArticleImportError("The file “{name}” is empty.", hint="Save it again.", name="leer.txt")
    assert err.user_text(lambda s: german.get(s, s)) == "Die Datei „leer.txt“ ist leer. Speichern Sie sie erneut."
    assert err.message == "The file “leer.txt” is empty."  # the English text is unchanged


def test_untranslated_text_stays_english():
    err = ArticleImportError("The file “{name}” is empty.", hint="Save it again.", name="leer.txt")
    assert err.user_text(lambda s: "") == err.user_text() == "The file “leer.txt” is empty. Save it again."
    assert err.user_text(lambda s: s) == err.user_text()


@pytest.mark.parametrize(
    "broken",
    [
        "Die Datei „{nmae}“ ist leer.",  # misspelt placeholder
        "Die Datei ist leer.",  # placeholder dropped: the user would not learn which file
        "Die Datei „{name}“ ist leer ({size}).",  # a placeholder the error does not have
        "Die Datei „{name“ ist leer.",  # not a valid template
        "Die Datei „{0}“ ist leer.",  # positional
    ],
)
def test_a_broken_translation_falls_back_to_english(broken):
    err = ArticleImportError("The file “{name}” is empty.", hint="Save it again.", name="leer.txt")
    german = {"The file “{name}” is empty.": broken, "Save it again.": "Speichern Sie sie erneut."}
    assert err.user_text(lambda s: german.get(s, s)) == "The file “leer.txt” is empty. Speichern Sie sie erneut."


def test_a_failing_translate_function_never_hides_the_error():
    def boom(text: str) -> str:
        raise RuntimeError("no translator")

    err = AnchorError("The range {start}–{end} is wrong.", start="3", end="9")
    assert err.user_text(boom) == "The range 3–9 is wrong."


def test_a_field_the_english_template_lacks_does_not_raise():
    err = BriefingError("Broken {missing} template.", name="x")
    assert err.message == "Broken {missing} template."
    assert err.user_text(lambda s: s) == "Broken {missing} template."


def test_placeholders():
    assert placeholders("“{name}” is {size}; {size} again") == frozenset({"name", "size"})
    assert placeholders("no fields, {{escaped}}") == frozenset()
    assert placeholders("broken {name") is None


def test_noop_marker_returns_its_text():
    assert QT_TRANSLATE_NOOP("BriefingError", "Nothing to export.") == "Nothing to export."
    assert ERROR_CONTEXT == "BriefingError"


# -- real errors, in German from the shipped .ts ------------------------------------------


def test_a_real_import_error_reads_german(tmp_path):
    path = tmp_path / "leer.txt"
    path.write_bytes(b"")
    with pytest.raises(ArticleImportError) as info:
        import_file(path)
    german = _german()
    text = info.value.user_text(lambda s: german.get(s) or s)
    assert text.startswith("Die Datei „leer.txt“ ist leer.")
    assert "empty" not in text and "speichern" in text.lower()


def test_a_page_error_names_the_page_and_translates_the_page_problem(tmp_path):
    good = tmp_path / "seite1.txt"
    good.write_text("Erster Absatz eines Artikels mit genug Text für eine Seite.\n", encoding="utf-8")
    empty = tmp_path / "seite2.txt"
    empty.write_bytes(b"")
    with pytest.raises(ArticleImportError) as info:
        import_pages([good, empty])
    err = info.value
    assert err.message == "Page 2 (seite2.txt): The file “seite2.txt” is empty."
    assert err.hint.startswith("It may not have been saved completely")
    german = _german()
    assert err.user_text(lambda s: german.get(s) or s).startswith("Seite 2 (seite2.txt): Die Datei „seite2.txt“ ist leer. ")


# -- the translation file is complete and matches the code ---------------------------------


def test_every_message_is_translated_with_the_same_placeholders():
    messages = _messages()
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"unfinished: {source}"
        text = translation.text or ""
        assert text.strip() and text != source, f"not translated: {source}"
        assert placeholders(text) == placeholders(source) is not None, f"placeholders differ: {source} -> {text}"


def test_the_translation_file_holds_exactly_the_marked_texts():
    """Fails when a message was added or changed without running update_error_translations.py."""
    marked: set[str] = set()
    for path in _below_gui():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                assert len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args), where
                assert node.args[0].value == "BriefingError", where
                marked.add(node.args[1].value)
    assert marked == set(_german())


def _text_arguments(call: ast.Call) -> list[ast.expr]:
    return [*call.args[:1], *(k.value for k in call.keywords if k.arg == "hint")]


def test_no_error_below_the_gui_is_built_from_an_fstring_or_an_unmarked_text():
    """Messages must reach lupdate as whole templates: no f-strings, no unmarked literals."""
    problems = []
    for path in _below_gui():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in ERROR_CLASSES and name not in ("error", "warn", "Notice"):
                continue
            for arg in _text_arguments(node):
                parts = list(ast.walk(arg))
                fstring = any(isinstance(p, ast.JoinedStr) for p in parts)
                unmarked = isinstance(arg, ast.Constant) and arg.value != ""
                joined = isinstance(arg, ast.BinOp)
                if fstring or unmarked or joined:
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not problems


def test_import_hints_spell_out_the_supported_formats():
    hints = [s for s in _german() if "(.txt, .md)" in s]
    assert len(hints) == 3
    assert all(SUPPORTED_LIST in s for s in hints)
