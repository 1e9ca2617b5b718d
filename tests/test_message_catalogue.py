"""The core's messages (its errors, warnings and the command line's words) speak Urdu and Polish too.

Every message a person reads from the core goes through ``assetmap.messages.tr``; these tests fail on a
message written without it, on a catalogue that lacks a message or changes its placeholders, and on a
language that does not reach the messages from the command line or the window.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from assetmap import messages
from assetmap.errors import RegisterLockedError
from assetmap.languages import environment_language

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "assetmap"
SHIPPED = ("ur", "pl")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
TRANSLATING = {"tr", "tr_n", "tr_noop"}
# Calls whose string arguments are read by a person, beside the core's errors (AssetMapError and every
# class made from it, found below): what the command line prints, the messages the core hands on, and
# the command line's descriptions and help (a scripter reads them in --help).
CARRIERS = {"print", "error", "exit", "add_argument", "add_parser", "ArgumentParser"}


def _translations_module():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "installer" / "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


@cache
def _catalogue(code: str):
    with (CORE.parent / "resources" / "i18n" / "messages" / f"{code}.po").open("rb") as handle:
        return read_po(handle, locale=code)


def _core_modules() -> list[Path]:
    return sorted(p for p in CORE.rglob("*.py") if p.relative_to(CORE).parts[0] != "ui")


@cache
def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in _core_modules()}


def _error_classes() -> set[str]:
    """AssetMapError and every class made from it in the core, by name."""
    bases: dict[str, set[str]] = {}
    for tree in _trees().values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {
                    b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else ""
                    for b in node.bases
                }
    found = {"AssetMapError"}
    grew = True
    while grew:
        grew = False
        for name, parents in bases.items():
            if name not in found and parents & found:
                found.add(name)
                grew = True
    return found


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _is_sentence(node: ast.AST) -> bool:
    """A literal a person reads: an f-string, or a string with a space in it (not a field's name)."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and " " in str(v.value).strip() for v in node.values)
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value.strip()


def _untranslated(node: ast.AST) -> list[ast.AST]:
    """The sentence literals under ``node`` that no ``tr``/``tr_n`` call encloses."""
    if isinstance(node, ast.Call) and _name(node) in TRANSLATING:
        return []
    if _is_sentence(node):
        return [node]
    found: list[ast.AST] = []
    for child in ast.iter_child_nodes(node):
        found.extend(_untranslated(child))
    return found


def test_every_message_a_person_reads_from_the_core_is_translated() -> None:
    carriers = _error_classes() | CARRIERS
    offending: list[str] = []
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node) in carriers):
                continue
            if _name(node) == "print" and path.relative_to(CORE).parts[0] != "cli":
                continue
            if _name(node) in ("error", "exit") and not isinstance(node.func, ast.Attribute):
                continue
            if _name(node) in ("error", "exit") and getattr(node.func.value, "id", "") in ("log", "logger"):
                continue
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                for literal in _untranslated(argument):
                    offending.append(f"{path.relative_to(ROOT)}:{literal.lineno}")
    assert not offending, "Messages written without tr():\n" + "\n".join(offending)


def test_tr_is_given_plain_literals_that_the_catalogue_can_hold() -> None:
    """A literal, or a constant marked with tr_noop where it is defined: never an f-string, a joined or a
    formatted string, which no catalogue can hold."""
    offending: list[str] = []
    for path, tree in _trees().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node) in TRANSLATING and isinstance(node.func, ast.Name):
                literal_count = 2 if _name(node) == "tr_n" else 1
                arguments = node.args[:literal_count]
                if len(arguments) < literal_count or any(
                    isinstance(a, (ast.JoinedStr, ast.BinOp, ast.Call)) for a in arguments
                ):
                    offending.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                if _name(node) == "tr_noop" and not (
                    isinstance(arguments[0], ast.Constant) and isinstance(arguments[0].value, str)
                ):
                    offending.append(f"{path.relative_to(ROOT)}:{node.lineno} (tr_noop marks a literal)")
    assert not offending, "tr() given something no catalogue can hold:\n" + "\n".join(offending)


def test_the_message_template_holds_what_the_sources_say() -> None:
    extracted = {m.id for m in _translations_module().extract_messages() if m.id}
    with (CORE.parent / "resources" / "i18n" / "messages" / "messages.pot").open("rb") as handle:
        committed = {m.id for m in read_po(handle) if m.id}
    assert extracted == committed, (
        "messages.pot is out of step with the sources: run installer/translations.py messages. "
        f"New: {sorted(map(str, extracted - committed))[:5]}; "
        f"gone: {sorted(map(str, committed - extracted))[:5]}"
    )
    assert len(extracted) > 50


@pytest.mark.parametrize("code", SHIPPED)
def test_every_message_is_translated_with_its_placeholders(code: str) -> None:
    catalogue = _catalogue(code)
    problems: list[str] = []
    count = 0
    for message in catalogue:
        if not message.id:
            continue
        count += 1
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
            continue
        if isinstance(message.id, tuple):
            forms = message.string or ()
            if len(forms) != catalogue.num_plurals or not all(forms):
                problems.append(f"plural forms missing: {message.id[0]!r}")
                continue
            expected = sorted(PLACEHOLDER.findall(message.id[1]))
            problems.extend(
                f"placeholders changed: {message.id[0]!r} → {form!r}"
                for form in forms
                if sorted(PLACEHOLDER.findall(form)) != expected
            )
        elif not message.string:
            problems.append(f"untranslated: {message.id!r}")
        elif sorted(PLACEHOLDER.findall(message.string)) != sorted(PLACEHOLDER.findall(message.id)):
            problems.append(f"placeholders changed: {message.id!r} → {message.string!r}")
        elif message.string == message.id and re.search(r"[a-z]{4,} [a-z]{4,}", message.id):
            problems.append(f"left in English: {message.id!r}")
    assert count > 50
    assert not problems, f"{code}.po:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("code", SHIPPED)
def test_a_core_error_speaks_the_language_set(code: str, tmp_path: Path) -> None:
    english = str(RegisterLockedError(tmp_path / "team.assetmap"))
    messages.set_language(code)
    translated = str(RegisterLockedError(tmp_path / "team.assetmap"))
    assert translated != english
    assert str(tmp_path / "team.assetmap") in translated
    messages.set_language("en")
    assert str(RegisterLockedError(tmp_path / "team.assetmap")) == english


def test_plural_forms_follow_the_language() -> None:
    messages.set_language("pl")
    catalogue = _catalogue("pl")
    plural = next((m for m in catalogue if isinstance(m.id, tuple) and m.string), None)
    if plural is None:
        pytest.skip("no plural message in the catalogue")
    one, few, many = (messages.tr_n(plural.id[0], plural.id[1], n) for n in (1, 3, 5))
    assert (one, few, many) == tuple(plural.string)


def test_the_system_language_is_read_as_gettext_reads_it() -> None:
    assert environment_language({"LANG": "pl_PL.UTF-8"}).code == "pl"
    assert environment_language({"LANGUAGE": "de:ur", "LANG": "en_GB.UTF-8"}).code == "ur"
    assert environment_language({"LC_ALL": "C"}).code == "en"
    assert environment_language({"LC_ALL": "fr_FR.UTF-8", "LANG": "pl_PL.UTF-8"}).code == "en"
    assert environment_language({}).code == "en"


def test_the_command_line_speaks_its_language_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from assetmap.cli import main

    missing = tmp_path / "nowhere" / "absent.assetmap"
    assert (
        main(["--language", "pl", "report", "--register", str(missing), "--output", str(tmp_path / "r.pdf")])
        != 0
    )
    polish = capsys.readouterr().err
    assert main(["report", "--register", str(missing), "--output", str(tmp_path / "r.pdf")]) != 0
    english = capsys.readouterr().err
    assert str(missing) in polish and str(missing) in english
    assert polish != english


def test_an_unknown_language_option_is_refused_naming_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    from assetmap.cli import main

    assert main(["--language", "xx", "demo", "--register", "/nonexistent/x.assetmap"]) == 2
    error = capsys.readouterr().err
    assert "'xx'" in error and "ur (Urdu)" in error
