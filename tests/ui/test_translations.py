"""The Spanish and French interface is complete: every string the code marks has a translation.

lupdate runs over the interface code into throwaway copies of the Qt Linguist sources, exactly as
``./dev translations`` does, so a string added without its translation fails here, and the
repository is left untouched. English is the source language; its file holds only plural forms.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from pressdesk.paths import resources_dir
from pressdesk.ui.i18n import install_language, translate

UI_SOURCES = Path(__file__).resolve().parents[2] / "src" / "pressdesk" / "ui"
TRANSLATIONS = resources_dir() / "translations"
LANGUAGES = ("en", "es", "fr")
HOW_TO_FIX = "Run ./dev translations, then translate these in resources/translations/"

# %1 and %n (with %L, localized), and the named fields of str.format.
PLACEHOLDER = re.compile(r"%L?(?:\d+|n)|\{[^{}]*\}")
SHORTCUT = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta)\+\S+|\bF\d+\b")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: list[str]  # the translation, or one text per plural form
    plural: bool
    unfinished: bool

    def __str__(self) -> str:
        return f"{self.context or '(no context)'}: {self.source!r}"


def messages(ts_file: Path) -> Iterator[Message]:
    # Our own files, not untrusted input.
    for context in ElementTree.parse(ts_file).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            plural = message.get("numerus") == "yes"
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if plural
                else [translation.text or ""]
            )
            yield Message(
                context=name,
                source=message.findtext("source") or "",
                forms=forms,
                plural=plural,
                unfinished=translation.get("type") == "unfinished",
            )


def lupdate() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate (part of PySide6) is missing"
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Message]]:
    """Each language's messages after lupdate has read the current code (into a copy)."""
    folder = tmp_path_factory.mktemp("translations")
    sources = sorted(str(path) for path in UI_SOURCES.rglob("*.py"))
    result = {}
    for language in LANGUAGES:
        copy = folder / f"pressdesk_{language}.ts"
        shutil.copy(TRANSLATIONS / copy.name, copy)
        options = ["-silent", "-no-obsolete"] + (["-pluralonly"] if language == "en" else [])
        subprocess.run([lupdate(), *options, *sources, "-ts", str(copy)], check=True, timeout=120)
        result[language] = list(messages(copy))
    return result


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_string_is_translated(refreshed, language) -> None:
    found = refreshed[language]
    assert found, "lupdate found no strings at all"
    unfinished = [str(message) for message in found if message.unfinished]
    assert not unfinished, f"{HOW_TO_FIX}pressdesk_{language}.ts:\n" + "\n".join(unfinished)
    if language != "en":
        assert len(found) > 250  # the interface really was read, not an empty folder


def test_every_marked_string_has_the_context_it_is_looked_up_in(refreshed) -> None:
    """A string lupdate files under no context is marked in a way it cannot follow.

    For instance a module-level ``def tr(text): return translate("Context", text)``: lupdate
    reads ``tr("Save")`` outside any class and records it without a context, while the app looks
    it up under "Context", so the translation would never show.
    """
    stray = [str(message) for message in refreshed["es"] if not message.context]
    assert not stray, (
        'Mark these with translate("Context", "text") or self.tr("text"), not a helper:\n'
        + "\n".join(stray)
    )


def test_no_helper_hides_strings_from_lupdate() -> None:
    """lupdate reads only literal ``translate("Context", "text")``, ``self.tr`` and NOOP marks.

    A wrapper that passes its argument on, under any name, makes its callers' strings invisible,
    so they would never reach the translation files.
    """
    wrappers = []
    for path in sorted(UI_SOURCES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Lambda):
                result: ast.expr | None = node.body
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                body = [s for s in node.body if not isinstance(s, ast.Expr)]  # minus docstring
                only = body[0] if len(body) == 1 else None
                result = only.value if isinstance(only, ast.Return) else None
            else:
                continue
            if not isinstance(result, ast.Call) or len(result.args) < 2:
                continue
            parameters = {argument.arg for argument in node.args.args}
            name = getattr(result.func, "attr", getattr(result.func, "id", ""))
            context, text = result.args[0], result.args[1]
            if (
                name == "translate"
                and isinstance(context, ast.Constant)
                and isinstance(text, ast.Name)
                and text.id in parameters
            ):
                wrappers.append(f"{path.name}:{node.lineno}")
    assert not wrappers, "Call translate() with the text itself instead of:\n" + "\n".join(wrappers)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_accelerators_and_shortcuts(refreshed, language) -> None:
    problems = []
    for message in refreshed[language]:
        expected_placeholders = Counter(PLACEHOLDER.findall(message.source))
        expected_shortcuts = Counter(SHORTCUT.findall(message.source))
        expected_accelerators = message.source.replace("&&", "").count("&")
        if message.plural and len(message.forms) != 2:
            problems.append(f"{message}: {len(message.forms)} plural forms, expected 2")
        for form in message.forms:
            if Counter(PLACEHOLDER.findall(form)) != expected_placeholders:
                problems.append(f"{message}: placeholders differ in {form!r}")
            if Counter(SHORTCUT.findall(form)) != expected_shortcuts:
                problems.append(f"{message}: shortcut differs in {form!r}")
            if form.replace("&&", "").count("&") != expected_accelerators:
                problems.append(f"{message}: accelerator (&) missing or doubled in {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_files_hold_every_translation(app, language) -> None:
    """The .qm the app loads was compiled from the current .ts (./dev translations does both)."""
    translator = QTranslator()
    assert translator.load(f"pressdesk_{language}", str(TRANSLATIONS))
    stale = []
    for message in messages(TRANSLATIONS / f"pressdesk_{language}.ts"):
        if message.plural:
            counts = {1: message.forms[0], 2: message.forms[1]}
            for count, form in counts.items():
                if translator.translate(message.context, message.source, None, count) != form:
                    stale.append(f"{message} (n={count})")
        elif translator.translate(message.context, message.source) != message.forms[0]:
            stale.append(str(message))
    assert not stale, "Run ./dev translations to compile these:\n" + "\n".join(stale)


@pytest.mark.parametrize(
    ("language", "zero", "one", "many"),
    [
        ("en", "contacts", "contact", "contacts"),
        ("es", "contactos", "contacto", "contactos"),
        # French counts zero as singular.
        ("fr", "contact", "contact", "contacts"),
    ],
)
def test_counts_read_naturally_in_each_language(app, language, zero, one, many) -> None:
    try:
        install_language(language)
        number = QLocale().toString(1240)
        shown = [translate("ContactsView", "%Ln contact(s)", "", n) for n in (0, 1, 1240)]
        assert shown == [f"0 {zero}", f"1 {one}", f"{number} {many}"]
    finally:
        install_language("en")
