"""The window's translation catalogues: collect the strings, put the drafts in, compile them.

Run with the venv's Python from the repository's root:

    python installer/translations.py update          # pyside6-lupdate over assetmap/ into the .ts files
    python installer/translations.py fill DRAFTS     # drafts (DRAFTS/<lang>/<context>.json) into them
    python installer/translations.py release         # pyside6-lrelease: a .qm beside each .ts
    python installer/translations.py check           # what is still untranslated, per language
    python installer/translations.py messages        # the core's messages into messages.pot and <code>.po
    python installer/translations.py messages --fill DRAFTS # drafts (DRAFTS/<lang>/*.json) into the .po

The core's messages (errors, warnings and the command line's words: ``tr``, ``tr_n`` and ``tr_noop`` of
``assetmap.messages``) are gettext catalogues, ``resources/i18n/messages/<code>.po``, made from
``messages.pot``, which ``messages`` extracts with Babel from every module outside ``assetmap/ui``.

The catalogues are ``resources/i18n/assetmap_<code>.ts``: Urdu and Polish in full, and English with only
the plural messages (``%n``), whose English forms (“1 asset”, “2 assets”) Qt also takes from a catalogue.

The compiled ``.qm`` files are committed beside the ``.ts`` files, not built at install: AssetMap runs
straight from a source checkout (installer/run.sh) and the PyInstaller spec ships resources/ as it is, so a
committed ``.qm`` works everywhere without a build step; tests/ui/test_translations.py checks that each
one is exactly what ``release`` makes from its ``.ts``.

pyside6-lupdate does not mark Python's plural calls (``translate(context, "%n asset(s)", None, n)``) as
plural messages, and drops the forms of a message it sees as singular. ``update`` therefore keeps every
translation before running it and puts them back after, marking each message whose source has ``%n`` (or
``%Ln``) as plural.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "assetmap"
CATALOGUES = ROOT / "resources" / "i18n"
# Translations that ship in full, and the number of plural forms Qt uses for each (CLDR's: Urdu one and
# other; Polish one, few and many); English carries only its plural forms.
FULL = {"ur": 2, "pl": 3}
PLURALS_ONLY = {"en": 2}
LANGUAGES = {**FULL, **PLURALS_ONLY}
NATIVE_NAMES = {"ur": "Urdu", "pl": "Polish", "en": "English"}
REVIEW_NOTE = "Awaiting review by a native speaker."

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n|%\d")


def catalogue(code: str) -> Path:
    return CATALOGUES / f"assetmap_{code}.ts"


def compiled(code: str) -> Path:
    return catalogue(code).with_suffix(".qm")


def is_plural(source: str) -> bool:
    return "%n" in source or "%Ln" in source


def placeholders(text: str) -> list[str]:
    """The placeholders a translation must keep: ``{name}``, ``%n``/``%Ln`` and ``%1``."""
    return sorted(PLACEHOLDER.findall(text))


def _tool(name: str) -> str:
    """A Qt tool of the PySide6 in this Python's environment."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found beside {sys.executable}: install PySide6 in this environment")
    return found


# -- reading and writing the .ts files ------------------------------------------------------------------


@dataclass
class Translation:
    text: str | list[str]  # a list for a plural message: its forms
    finished: bool


def read_translations(path: Path) -> dict[tuple[str, str], Translation]:
    """Every (context, source) of a .ts file with its translation."""
    found: dict[tuple[str, str], Translation] = {}
    if not path.exists():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None:
                continue
            forms = [form.text or "" for form in node.iter("numerusform")]
            text: str | list[str] = forms if message.get("numerus") == "yes" else (node.text or "")
            found[(name, source)] = Translation(text, node.get("type") not in ("unfinished", "vanished"))
    return found


def _set_translation(message: ET.Element, text: str | list[str], finished: bool) -> None:
    node = message.find("translation")
    if node is None:
        node = ET.SubElement(message, "translation")
    for child in list(node):
        node.remove(child)
    node.attrib.clear()
    if isinstance(text, list):
        message.set("numerus", "yes")
        node.text = None
        for form in text:
            ET.SubElement(node, "numerusform").text = form
    else:
        message.attrib.pop("numerus", None)
        node.text = text
    if not finished or not text or (isinstance(text, list) and not all(text)):
        node.set("type", "unfinished")


def _note_review(message: ET.Element) -> None:
    """The translator comment Linguist shows: this message awaits a native speaker's review."""
    if message.find("translatorcomment") is not None:
        return
    comment = ET.Element("translatorcomment")
    comment.text = REVIEW_NOTE
    # Linguist's order: source, comment, translatorcomment, translation.
    translation = message.find("translation")
    index = list(message).index(translation) if translation is not None else len(message)
    message.insert(index, comment)


def write_catalogue(path: Path, root: ET.Element, code: str) -> None:
    root.set("version", "2.1")
    root.set("language", code)
    root.set("sourcelanguage", "en")
    ET.indent(root, space="    ")
    header = f"<!-- AssetMap's window in {NATIVE_NAMES[code]}. " + (
        "Only the plural messages: their English forms. -->"
        if code in PLURALS_ONLY
        else f"Draft translation: {REVIEW_NOTE} Made with installer/translations.py. -->"
    )
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{header}\n{body}\n', encoding="utf-8"
    )


def _messages(root: ET.Element) -> list[tuple[ET.Element, str, ET.Element]]:
    return [
        (context, context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def english_forms(source: str) -> list[str]:
    """English plural forms of a source written with “(s)”: “%n asset(s)” → “%n asset”, “%n assets”."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


# -- the subcommands ------------------------------------------------------------------------------------


def source_files() -> list[Path]:
    """The window's modules (assetmap/ui): the core's messages, written with ``tr()``, are gettext's."""
    return sorted((SOURCES / "ui").rglob("*.py"))


def run_lupdate(ts_path: Path, code: str) -> None:
    """pyside6-lupdate over every .py under assetmap/ into ``ts_path`` (no locations: stable diffs)."""
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in source_files()]
    command = [_tool("pyside6-lupdate"), *files, "-ts", str(ts_path), "-no-obsolete", "-locations", "none"]
    command += ["-source-language", "en", "-target-language", code]
    subprocess.run(command, check=True, capture_output=True, text=True)


def update(codes: list[str] | None = None) -> None:
    """Collect the strings into each catalogue, keeping the translations it already holds."""
    for code in codes or list(LANGUAGES):
        path = catalogue(code)
        kept = read_translations(path)
        run_lupdate(path, code)
        tree = ET.parse(path)
        root = tree.getroot()
        for context, name, message in _messages(root):
            source = message.findtext("source") or ""
            if code in PLURALS_ONLY and not is_plural(source):
                context.remove(message)
                continue
            old = kept.get((name, source))
            if old is not None:
                _set_translation(message, old.text, old.finished)
            elif is_plural(source):
                forms = english_forms(source) if code in PLURALS_ONLY else [""] * LANGUAGES[code]
                _set_translation(message, forms, code in PLURALS_ONLY)
            if code in FULL:
                _note_review(message)
        for context in list(root.iter("context")):
            if context.find("message") is None:
                root.remove(context)
        write_catalogue(path, root, code)
        print(f"{path.name}: {len(_messages(root))} messages, {untranslated(path)} untranslated")


def fill(drafts: Path) -> list[str]:
    """Put the drafts (``drafts/<lang>/<context>.json``: source → translation, or its plural forms) into
    the catalogues as finished translations. Returns the problems found (drafts not used are among them)."""
    problems: list[str] = []
    for code in LANGUAGES:
        folder = drafts / code
        path = catalogue(code)
        if not folder.is_dir() or not path.exists():
            continue
        tree = ET.parse(path)
        root = tree.getroot()
        index = {(name, message.findtext("source") or ""): message for _c, name, message in _messages(root)}
        for draft in sorted(folder.glob("*.json")):
            context = draft.stem
            entries = json.loads(draft.read_text(encoding="utf-8"))
            for source, text in entries.items():
                message = index.get((context, source))
                where = f"{draft.relative_to(drafts)}: {source!r}"
                if message is None:
                    problems.append(
                        f"{where} is not in {path.name} (run update first, or the source changed)"
                    )
                    continue
                if is_plural(source):
                    forms = text if isinstance(text, list) else [text] * LANGUAGES[code]
                    if len(forms) != LANGUAGES[code]:
                        problems.append(f"{where} needs {LANGUAGES[code]} plural forms, has {len(forms)}")
                        continue
                    text = forms
                elif isinstance(text, list):
                    problems.append(f"{where} is not a plural message; give one translation")
                    continue
                lost = [
                    form
                    for form in (text if isinstance(text, list) else [text])
                    if placeholders(form) != placeholders(source)
                ]
                if lost:
                    problems.extend(
                        f"{where}: the translation {form!r} changes the placeholders" for form in lost
                    )
                    continue
                _set_translation(message, text, True)
        write_catalogue(path, root, code)
    return problems


def release() -> None:
    """Compile each catalogue to the .qm beside it."""
    for code in LANGUAGES:
        path = catalogue(code)
        if path.exists():
            subprocess.run(
                [_tool("pyside6-lrelease"), str(path), "-qm", str(compiled(code))],
                check=True,
                capture_output=True,
                text=True,
            )
            print(compiled(code).name)


def untranslated(path: Path) -> int:
    return sum(
        1
        for translation in read_translations(path).values()
        if not translation.finished
        or not translation.text
        or (isinstance(translation.text, list) and not all(translation.text))
    )


# -- the core's messages (gettext catalogues) --------------------------------------------------------------

MESSAGES = CATALOGUES / "messages"
MESSAGE_KEYWORDS = {"tr": None, "tr_n": (1, 2), "tr_noop": None}
MESSAGE_HEADER = (
    "{name} translation of AssetMap's messages: its errors, warnings and command-line words.\n"
    "Machine-assisted draft, awaiting review by a native speaker.\n"
    "Keep {{placeholders}} exactly as they are."
)


def message_sources() -> list[Path]:
    """The modules whose messages go into messages.pot: every one outside assetmap/ui."""
    return sorted(p for p in SOURCES.rglob("*.py") if p.relative_to(SOURCES).parts[0] != "ui")


def extract_messages():  # -> babel.messages.catalog.Catalog
    """The catalogue template: every ``tr``/``tr_n``/``tr_noop`` message of the core, sorted, without
    locations (so that moving code does not change it)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract

    template = Catalog(project="AssetMap", version="", charset="utf-8")
    template.fuzzy = False
    for path in message_sources():
        with path.open("rb") as handle:
            for _line, message, _comments, _context in extract(
                "python", handle, keywords=MESSAGE_KEYWORDS, options={"encoding": "utf-8"}
            ):
                if not message or (isinstance(message, tuple) and not all(message)):
                    continue
                flags = (
                    ("python-brace-format",)
                    if "{" in "".join(message if isinstance(message, tuple) else (message,))
                    else ()
                )
                template.add(message, flags=flags)
    return template


def _write_po(path: Path, catalogue) -> None:
    from io import BytesIO

    from babel.messages.pofile import write_po

    buffer = BytesIO()
    write_po(
        buffer,
        catalogue,
        width=110,
        no_location=True,
        omit_header=False,
        sort_output=True,
        ignore_obsolete=True,
    )
    text = buffer.getvalue().decode("utf-8")
    # The dates Babel stamps would change the file on every run.
    text = re.sub(r'^"(POT-Creation-Date|PO-Revision-Date): .*\\n"\n', "", text, flags=re.MULTILINE)
    path.write_text(text, encoding="utf-8")


def read_message_catalogue(code: str):
    from babel.messages.pofile import read_po

    with (MESSAGES / f"{code}.po").open("rb") as handle:
        return read_po(handle, locale=code)


def update_messages() -> None:
    """Extract messages.pot, then bring each language's .po up to it (keeping its translations)."""
    from babel.messages.catalog import Catalog

    MESSAGES.mkdir(parents=True, exist_ok=True)
    template = extract_messages()
    _write_po(MESSAGES / "messages.pot", template)
    for code in FULL:
        path = MESSAGES / f"{code}.po"
        if path.exists():
            catalogue = read_message_catalogue(code)
        else:
            catalogue = Catalog(locale=code, project="AssetMap", version="", charset="utf-8")
            catalogue.fuzzy = False
        catalogue.header_comment = "# " + MESSAGE_HEADER.format(name=NATIVE_NAMES[code]).replace("\n", "\n# ")
        catalogue.update(template, no_fuzzy_matching=True)
        catalogue.fuzzy = False
        _write_po(path, catalogue)
        print(f"{path.name}: {len(template)} messages, {untranslated_messages(code)} untranslated")


def fill_messages(drafts: Path) -> list[str]:
    """Put drafts (``drafts/<lang>/*.json``: English → translation, or a plural's list of forms, keyed by
    its singular) into the .po files. Returns the problems found."""
    problems: list[str] = []
    for code in FULL:
        folder = drafts / code
        if not folder.is_dir():
            continue
        catalogue = read_message_catalogue(code)
        for draft in sorted(folder.glob("*.json")):
            for source, text in json.loads(draft.read_text(encoding="utf-8")).items():
                message = catalogue.get(source)
                where = f"{draft.relative_to(drafts)}: {source!r}"
                if message is None:
                    problems.append(
                        f"{where} is not in {code}.po (run messages first, or the source changed)"
                    )
                    continue
                if isinstance(message.id, tuple):
                    forms = text if isinstance(text, list) else [text]
                    if len(forms) != catalogue.num_plurals:
                        problems.append(
                            f"{where} needs {catalogue.num_plurals} plural forms, has {len(forms)}"
                        )
                        continue
                    expected = placeholders(message.id[1])
                    if any(placeholders(form) != expected for form in forms):
                        problems.append(f"{where}: a form changes the placeholders")
                        continue
                    message.string = tuple(forms)
                else:
                    if isinstance(text, list):
                        problems.append(f"{where} is not a plural message; give one translation")
                        continue
                    if placeholders(text) != placeholders(source):
                        problems.append(f"{where}: the translation {text!r} changes the placeholders")
                        continue
                    message.string = text
                message.flags.discard("fuzzy")
        _write_po(MESSAGES / f"{code}.po", catalogue)
    return problems


def untranslated_messages(code: str) -> int:
    path = MESSAGES / f"{code}.po"
    if not path.exists():
        return 0
    return sum(
        1
        for message in read_message_catalogue(code)
        if message.id
        and (
            message.fuzzy
            or not message.string
            or (isinstance(message.string, tuple) and not all(message.string))
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations.py", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="collect the strings of assetmap/ into the .ts files")
    filling = commands.add_parser("fill", help="put drafts into the .ts files as finished translations")
    filling.add_argument("drafts", type=Path, help="a folder of <lang>/<context>.json drafts")
    commands.add_parser("release", help="compile each .ts to a .qm beside it")
    commands.add_parser("check", help="count what is untranslated in each .ts and .po")
    messages = commands.add_parser(
        "messages", help="extract the core's messages into messages.pot and the .po"
    )
    messages.add_argument("--fill", type=Path, help="a folder of <lang>/*.json drafts to put in")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "fill":
        problems = fill(args.drafts)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    elif args.command == "release":
        release()
    elif args.command == "messages":
        update_messages()
        if args.fill:
            problems = fill_messages(args.fill)
            for problem in problems:
                print(problem, file=sys.stderr)
            for code in FULL:
                print(f"{code}.po: {untranslated_messages(code)} untranslated")
            return 1 if problems else 0
    else:
        missing = {code: untranslated(catalogue(code)) for code in LANGUAGES}
        for code, count in missing.items():
            print(f"{catalogue(code).name}: {count} untranslated")
        for code in FULL:
            missing[f"{code}.po"] = untranslated_messages(code)
            print(f"messages/{code}.po: {missing[f'{code}.po']} untranslated")
        return 1 if any(missing.values()) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
