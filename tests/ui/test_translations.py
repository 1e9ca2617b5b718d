"""The shipped translations are complete: every message translated, nothing in the sources left out of the
catalogues, and no user-facing string in assetmap/ui passed to Qt without ``translate()``."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "assetmap" / "ui"
SHIPPED = ("ur", "pl")

# Modules whose strings other branches wrap; the lead empties this list when they are merged.
PENDING_MODULES: frozenset[str] = frozenset()


def load_tool() -> ModuleType:
    """installer/translations.py, the catalogue tool, as a module."""
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "installer" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = load_tool()


# -- (a) every message of a shipped language is translated, its placeholders kept -----------------------


@pytest.mark.parametrize("code", SHIPPED)
def test_every_message_of_a_shipped_language_has_a_finished_translation(code: str) -> None:
    translations = tool.read_translations(tool.catalogue(code))
    assert len(translations) > 200
    forms_needed = tool.LANGUAGES[code]
    problems = []
    for (context, source), translation in translations.items():
        where = f"{context}: {source[:60]!r}"
        if not translation.finished:
            problems.append(f"{where} is unfinished")
        forms = translation.text if isinstance(translation.text, list) else [translation.text]
        if tool.is_plural(source) and (not isinstance(translation.text, list) or len(forms) != forms_needed):
            problems.append(f"{where} needs {forms_needed} plural forms")
        for form in forms:
            if not form.strip():
                problems.append(f"{where} has an empty translation")
            elif tool.placeholders(form) != tool.placeholders(source):
                problems.append(f"{where}: {form[:60]!r} changes the placeholders")
            if "&" in source.replace("&&", "") and "&" not in form.replace("&&", ""):
                problems.append(f"{where}: {form[:60]!r} lost its keyboard accelerator")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", SHIPPED)
def test_a_shipped_catalogue_is_marked_as_awaiting_a_native_speakers_review(code: str) -> None:
    text = tool.catalogue(code).read_text(encoding="utf-8")
    assert f'language="{code}"' in text
    assert "Awaiting review by a native speaker" in text.split("<TS", 1)[0]
    from assetmap.languages import language

    assert language(code).awaiting_review


def test_a_translation_that_drops_a_placeholder_is_caught() -> None:
    assert tool.placeholders("Ward: {name}") != tool.placeholders("Okręg")
    assert tool.placeholders("%n asset(s)") == tool.placeholders("%n zasobów")
    assert tool.placeholders("%Ln asset(s)") != tool.placeholders("%n zasobów")


# -- (b) nothing in the sources is missing from the catalogues -----------------------------------------


def _catalogue_sources(code: str) -> set[tuple[str, str]]:
    return set(tool.read_translations(tool.catalogue(code)))


def test_lupdate_over_the_sources_finds_nothing_the_catalogues_lack(tmp_path: Path) -> None:
    """The update a translator would run adds no message: every string of the sources is translated."""
    shipped = {code: tool.read_translations(tool.catalogue(code)) for code in SHIPPED}
    copy = tmp_path / "i18n"
    shutil.copytree(tool.CATALOGUES, copy)
    tool.CATALOGUES = copy
    try:
        tool.update(list(SHIPPED))
        for code in SHIPPED:
            updated = tool.read_translations(tool.catalogue(code))
            assert set(updated) == set(shipped[code]), (
                f"assetmap_{code}.ts is not up to date: run update and fill"
            )
            # ...and the update kept every translation, plural forms included.
            assert {k: v.text for k, v in updated.items()} == {k: v.text for k, v in shipped[code].items()}
    finally:
        tool.CATALOGUES = ROOT / "resources" / "i18n"


def _is_translate(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Name) and node.func.id in ("translate", "QT_TRANSLATE_NOOP"))
        or (isinstance(node.func, ast.Attribute) and node.func.attr == "translate")
    )


def _literal(node: ast.AST) -> str | None:
    """A string literal, or implicitly joined literals, as Python reads it."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def translate_calls(path: Path) -> list[tuple[int, str | None, str | None]]:
    """Each translate()/QT_TRANSLATE_NOOP() call in ``path``: line, context, source (None: not a literal)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if _is_translate(node) and isinstance(node, ast.Call) and len(node.args) >= 2:
            found.append((node.lineno, _literal(node.args[0]), _literal(node.args[1])))
    return found


def test_every_translate_call_names_its_context_and_source_as_literals_the_catalogues_hold() -> None:
    """What lupdate cannot read (a context or source that is not a literal, such as an f-string, or a call
    it skips) never reaches a catalogue: each call is checked against the catalogue here."""
    held = _catalogue_sources("ur")
    problems = []
    for path in sorted((ROOT / "assetmap").rglob("*.py")):
        if path.name in PENDING_MODULES:
            continue
        for line, context, source in translate_calls(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            if context is None:
                problems.append(f"{where}: the context is not a string literal")
            elif source is None:
                # A constant marked with QT_TRANSLATE_NOOP where it is defined, translated where shown.
                continue
            elif (context, source) not in held:
                problems.append(f"{where}: {context}/{source[:60]!r} is not in the catalogue")
    assert not problems, "\n".join(problems)


def test_the_vocabulary_lists_every_word_the_core_names() -> None:
    from assetmap.io.boundaries import ROLE_LABELS
    from assetmap.io.export import FORMATS
    from assetmap.io.mapping import COORDINATE_MODES, FIELDS
    from assetmap.io.preview import ERROR, WARNING
    from assetmap.register import consent, logins
    from assetmap.register.audit import ACTIONS, KINDS
    from assetmap.register.categories import ABCD_CATEGORIES
    from assetmap.register.connections import ANONYMOUS
    from assetmap.register.people import PREFERRED_CONTACTS, RELATIONS
    from assetmap.register.roles import ROLES
    from assetmap.register.schema import STATUSES, VISIBILITIES
    from assetmap.register.sharing import NEEDS_CONSENT_TEXT, TIER_LABELS
    from assetmap.reports.classify import SCHEMES
    from assetmap.reports.layer import TIER_WORDING
    from assetmap.reports.measures import MEASURES
    from assetmap.reports.privacy import PARTNER_NOTICE
    from assetmap.ui.i18n import VOCABULARY

    migration = ROOT / "assetmap" / "register" / "migrations" / "versions" / "0007_links_stories_photos.py"
    seeded = migration.read_text(encoding="utf-8").split("SEEDED_KINDS = (", 1)[1].split("\n)\n", 1)[0]
    kinds = re.findall(r'\("[a-z_]+", "([a-z ]+)"\)', seeded)
    assert len(kinds) == 6 and "meets at" in kinds
    core = {
        *(c.label for c in ABCD_CATEGORIES),
        *TIER_LABELS.values(),
        *(m.label for m in MEASURES.values()),
        *kinds,
        *RELATIONS.values(),
        ANONYMOUS,
        # consent: levels, scopes, lawful bases, how it was given; a gift waiting for it
        *consent.LEVEL_LABELS.values(),
        *consent.SCOPES.values(),
        *consent.LAWFUL_BASES.values(),
        *consent.METHODS.values(),
        NEEDS_CONSENT_TEXT,
        *PREFERRED_CONTACTS.values(),
        # team registers: roles (and each role's name in a sentence), encryption
        *ROLES.values(),
        *ROLES,
        *logins.SSL_MODES.values(),
        # the audit trail
        *ACTIONS.values(),
        *KINDS.values(),
        # an asset's status and visibility as the window capitalises them
        *(word.capitalize() for word in (*STATUSES, *VISIBILITIES)),
        # export, import and boundaries
        *FORMATS.values(),
        *(name.replace("_", " ").capitalize() for name in FIELDS),
        *COORDINATE_MODES.values(),
        ERROR,
        WARNING,
        *(label.capitalize() for label in ROLE_LABELS.values()),
        # abundance maps and charts
        *SCHEMES.values(),
        PARTNER_NOTICE,
        *TIER_WORDING.values(),
        "all categories",
    }
    assert core <= set(VOCABULARY), f"not in assetmap.ui.i18n.VOCABULARY: {sorted(core - set(VOCABULARY))}"


# -- (c) no user-facing literal reaches Qt without translate() ----------------------------------------

# Qt's calls that show their string argument(s) to a person: method name → positions of the text.
TEXT_METHODS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        (
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setStatusTip",
            "setWhatsThis",
            "setPlaceholderText",
            "setAccessibleName",
            "setAccessibleDescription",
            "setTitle",
            "setLabelText",
            "setCancelButtonText",
            "addMenu",
            "addToolBar",
            "setHorizontalHeaderLabels",
            "setVerticalHeaderLabels",
            "setHeaderLabels",
            "showMessage",
            "addItem",
            "addItems",
            "insertItem",
            "setSpecialValueText",
            "setSuffix",
            "setPrefix",
            "setInformativeText",
            "setDetailedText",
        ),
        (0,),
    ),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setItemText": (1,),
    "setTabToolTip": (1,),
    "addRow": (0,),
    "addButton": (0,),
    "warning": (1, 2),
    "critical": (1, 2),
    "information": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getSaveFileName": (1, 3),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getExistingDirectory": (1,),
    "getText": (1, 2),
    "getItem": (1, 2),
    "createUndoAction": (1,),
    "createRedoAction": (1,),
}
# Widgets whose first argument is the text they show.
TEXT_CONSTRUCTORS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QAction",
        "QCheckBox",
        "QGroupBox",
        "QRadioButton",
        "QCommandLinkButton",
        "QDockWidget",
        "QMenu",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QProgressDialog",
        "QMessageBox",
    }
)
# Literals that are the same in every language: the product's name, a dash.
# The product name, and examples of what to type that are the same in every language (an address).
ALLOWED = frozenset({"AssetMap", "GM", "name@example.org", "db.council.example"})
LETTERS = re.compile(r"[A-Za-z]{2,}")
MARKUP = re.compile(r"<[^>]*>")


def _needs_translation(node: ast.AST) -> bool:
    """A literal with words in it (or an f-string whose fixed text has words) that is not translated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(LETTERS.search(node.value)) and node.value not in ALLOWED
    if isinstance(node, ast.JoinedStr):
        fixed = "\0".join(str(part.value) for part in node.values if isinstance(part, ast.Constant))
        return bool(LETTERS.search(MARKUP.sub("", fixed)))  # rich text's tags and styles are not words
    if isinstance(node, ast.BinOp):
        return _needs_translation(node.left) or _needs_translation(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_needs_translation(element) for element in node.elts)
    if isinstance(node, ast.IfExp):
        return _needs_translation(node.body) or _needs_translation(node.orelse)
    return False


def untranslated_literals(source: str, filename: str = "<source>") -> list[str]:
    """Each literal passed straight to one of Qt's user-facing text calls in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in TEXT_CONSTRUCTORS:
            positions: tuple[int, ...] = (0,)
            if name == "QMessageBox":
                positions = (1, 2)
            if name == "QProgressDialog":
                positions = (0, 1)
        elif name in TEXT_METHODS and isinstance(func, ast.Attribute):
            positions = TEXT_METHODS[name]
        else:
            continue
        arguments = dict(enumerate(node.args))
        arguments.update({i: k.value for i, k in enumerate(node.keywords, start=100) if k.arg == "text"})
        for position in (*positions, *(i for i in arguments if i >= 100)):
            argument = arguments.get(position)
            if argument is not None and _needs_translation(argument):
                found.append(f"{filename}:{node.lineno}: {name}({ast.unparse(argument)[:70]})")
    return found


def test_the_check_flags_a_string_someone_forgot_to_translate() -> None:
    forgotten = """
label = QLabel("Hello there")
button.setText(f"Save {name}")
QMessageBox.warning(self, "Careful", "It is gone")
menu = bar.addMenu("&File")
form.addRow("&Name:", edit)
combo.addItem("Free", "free")
done = QLabel(translate("ctx", "Hello there"))
shown = QMessageBox.warning(self, "AssetMap", translate("ctx", "It is gone"))
empty = QLabel("")
"""
    flagged = untranslated_literals(forgotten)
    assert len(flagged) == 7, flagged
    assert not any("translate(" in line for line in flagged)


def test_no_user_facing_string_in_the_window_is_passed_to_qt_untranslated() -> None:
    checked, problems = 0, []
    for path in sorted(UI.rglob("*.py")):
        if path.name in PENDING_MODULES:
            continue
        checked += 1
        problems += untranslated_literals(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert checked >= 20
    assert not problems, "Wrap these in translate():\n" + "\n".join(problems)


# -- the compiled catalogues are what the tool makes from the .ts files ----------------------------------


@pytest.mark.parametrize("code", [*SHIPPED, "en"])
def test_each_compiled_catalogue_is_what_lrelease_makes_from_its_ts(tmp_path: Path, code: str) -> None:
    made = tmp_path / f"assetmap_{code}.qm"
    lrelease = tool._tool("pyside6-lrelease")
    subprocess.run([lrelease, str(tool.catalogue(code)), "-qm", str(made)], check=True, capture_output=True)
    assert tool.compiled(code).read_bytes() == made.read_bytes(), (
        "run: python installer/translations.py release"
    )


def test_fill_puts_a_draft_into_a_catalogue_and_refuses_a_lost_placeholder(tmp_path: Path) -> None:
    """The .ts files are the translations' one source; ``fill`` brings a translator's drafts into them."""
    copy = tmp_path / "i18n"
    shutil.copytree(tool.CATALOGUES, copy)
    (context, source), _ = next(
        (key, t)
        for key, t in tool.read_translations(copy / "assetmap_pl.ts").items()
        if "{" in key[1] and not tool.is_plural(key[1])
    )
    drafts = tmp_path / "drafts"
    (drafts / "pl").mkdir(parents=True)
    kept = tool.placeholders(source)
    (drafts / "pl" / f"{context}.json").write_text(
        json.dumps({source: "Nowe: " + " ".join(kept)}), encoding="utf-8"
    )
    tool.CATALOGUES = copy
    try:
        assert tool.fill(drafts) == []
        assert tool.read_translations(tool.catalogue("pl"))[(context, source)].text == "Nowe: " + " ".join(
            kept
        )
        (drafts / "pl" / f"{context}.json").write_text(json.dumps({source: "Bez miejsc"}), encoding="utf-8")
        assert any("changes the placeholders" in problem for problem in tool.fill(drafts))
    finally:
        tool.CATALOGUES = ROOT / "resources" / "i18n"


def test_english_plural_messages_read_naturally() -> None:
    english = tool.read_translations(tool.catalogue("en"))
    assert english[("main_window", "%Ln asset(s), {shown} shown")].text == [
        "%Ln asset, {shown} shown",
        "%Ln assets, {shown} shown",
    ]
    assert all(tool.is_plural(source) for _context, source in english)
