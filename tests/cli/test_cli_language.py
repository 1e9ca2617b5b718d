"""The ``assetmap`` command speaks the language asked for: ``--language``, else the system's.

Its errors, results and the help of its commands (``--help``) come out in that language; a command's own
``--language`` (a document's) does not change the language the command speaks.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assetmap import messages
from assetmap.cli import _language_asked
from tests.conftest import REPO

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
NO_REGISTER = "There is no register at {path}. Name an existing one with --register."
QUIET_HELP = "no progress bar"
REPORT_HELP = "the register file to report on"


def _assetmap(*argv: str | Path, **environment: str) -> subprocess.CompletedProcess:
    """The real command in its own process, with only ``environment`` deciding its locale."""
    env = {name: value for name, value in os.environ.items() if name not in LOCALE_VARIABLES}
    env.update(PYTHONPATH=str(REPO), COLUMNS="200", **environment)
    return subprocess.run(
        [sys.executable, "-m", "assetmap.cli", *map(str, argv)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        env=env,
        timeout=600,
    )


def _in(code: str, message: str) -> str:
    """``message`` as the catalogue of ``code`` has it."""
    messages.set_language(code)
    try:
        return messages.tr(message)
    finally:
        messages.set_language("en")


def _words(text: str) -> str:
    """``text`` with its line breaks and runs of spaces as single spaces (argparse wraps help)."""
    return " ".join(text.split())


@pytest.fixture
def missing(tmp_path: Path) -> Path:
    return tmp_path / "nowhere" / "absent.assetmap"


def test_an_error_speaks_the_language_option(missing: Path) -> None:
    polish = _in("pl", NO_REGISTER).format(path=missing)
    english = NO_REGISTER.format(path=missing)
    assert polish != english, "the Polish catalogue has no translation of the message"

    result = _assetmap("--language", "pl", "person", "list", "--register", missing)

    assert result.returncode == 2
    assert polish in result.stderr
    assert english not in result.stderr
    assert not missing.exists()


def test_a_commands_help_speaks_the_language_option() -> None:
    polish = [_in("pl", QUIET_HELP), _in("pl", REPORT_HELP)]
    assert polish != [QUIET_HELP, REPORT_HELP], "the Polish catalogue has no translation of the help"

    result = _assetmap("--language", "pl", "report", "--help")

    assert result.returncode == 0, result.stderr
    shown = _words(result.stdout)
    assert all(_words(text) in shown for text in polish), result.stdout
    assert QUIET_HELP not in shown and REPORT_HELP not in shown


def test_the_system_language_is_spoken_without_the_option(missing: Path) -> None:
    polish = _in("pl", NO_REGISTER).format(path=missing)

    error = _assetmap("person", "list", "--register", missing, LANG="pl_PL.UTF-8")
    help_text = _assetmap("report", "--help", LANG="pl_PL.UTF-8")

    assert error.returncode == 2
    assert polish in error.stderr
    assert help_text.returncode == 0, help_text.stderr
    assert _words(_in("pl", QUIET_HELP)) in _words(help_text.stdout)


def test_the_option_speaks_over_the_system_language(missing: Path) -> None:
    result = _assetmap("--language", "en", "person", "list", "--register", missing, LANG="pl_PL.UTF-8")

    assert result.returncode == 2
    assert NO_REGISTER.format(path=missing) in result.stderr


def test_a_documents_language_is_not_the_language_spoken(missing: Path, tmp_path: Path) -> None:
    result = _assetmap("report", "--language", "pl", "--register", missing, "-o", tmp_path / "r.pdf")

    assert result.returncode == 2
    assert f"There is no register at {missing}" in result.stderr


@pytest.mark.parametrize(
    ("argv", "asked"),
    [
        (["--language", "pl", "report", "--help"], "pl"),
        (["--language=ur", "demo"], "ur"),
        (["--lang", "pl", "person", "list"], "pl"),
        (["-v", "--register", "team.assetmap", "--language", "pl"], "pl"),
        (["--register", "--language", "report"], None),
        (["report", "--language", "pl"], None),
        (["--language", "pl", "report", "--language", "ur"], "pl"),
        ([], None),
    ],
)
def test_the_language_option_is_read_before_the_command(argv: list[str], asked: str | None) -> None:
    assert _language_asked(argv) == asked


@pytest.mark.parametrize("code", ["pl", "ur"])
def test_argparses_own_words_speak_the_language_too(code: str) -> None:
    """The help's headings and argparse's own errors, which Python does not translate, are AssetMap's."""
    help_text = _assetmap("--language", code, "report", "--help").stdout
    assert help_text.startswith(_in(code, "usage: "))
    for english in ("usage:", "options:", "show this help message and exit"):
        assert english not in help_text
    assert _in(code, "options") + ":" in help_text
    refused = _assetmap("--language", code, "report", "--area", "Stockport")
    assert refused.returncode == 2
    assert "the following arguments are required" not in refused.stderr
    assert _in(code, "the following arguments are required: %s").split("%s")[0].strip() in refused.stderr
    assert "--register" in refused.stderr


def test_argparses_own_words_stay_english_in_english() -> None:
    help_text = _assetmap("--language", "en", "report", "--help").stdout
    assert help_text.startswith("usage: ") and "options:" in help_text
