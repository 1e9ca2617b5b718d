"""Messages quote at most about 80 characters of an offending value, wherever the value comes from."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assetmap.errors import QUOTE_LIMIT, ValidationError, quoted
from assetmap.register import Register
from assetmap.register.validation import clean_fields
from tests.io.conftest import preview_file

HUGE = "Zorblat Quux " * 15_400  # about 200,000 characters, no word that names a category
ROOM = QUOTE_LIMIT + 60  # the quote, the count of characters and the sentence around it


def test_a_short_value_is_quoted_whole_and_a_long_one_is_cut_with_its_length() -> None:
    assert quoted("Café") == "'Café'"
    cut = quoted(HUGE)
    assert len(cut) < ROOM
    assert f"({len(HUGE):,} characters)" in cut
    assert cut.startswith("'Zorblat Quux")


def test_form_validation_quotes_a_huge_value_briefly() -> None:
    for fields in (
        {"name": "Club", "category": HUGE},
        {"name": "Club", "category": "associations", "lon": HUGE, "lat": 1},
    ):
        with pytest.raises(ValidationError) as refused:
            clean_fields(fields, ["associations"], creating=True)
        assert len(str(refused.value)) < ROOM + 60


def _huge_csv(tmp_path: Path) -> Path:
    path = tmp_path / "huge.csv"
    path.write_text(f"Name,Category,Postcode\nClub,{HUGE},M1 1AD\n", encoding="utf-8")
    return path


def test_the_import_preview_quotes_a_huge_cell_briefly(tmp_path: Path) -> None:
    with Register.open(tmp_path / "r.assetmap") as register:
        preview = preview_file(register, _huge_csv(tmp_path))
    messages = [issue.message for issues in preview.issues.values() for issue in issues]
    assert any("Category" in m and "characters)" in m for m in messages)
    assert max(map(len, messages)) < ROOM + 100


def test_the_command_line_quotes_a_huge_cell_briefly(tmp_path: Path) -> None:
    register = tmp_path / "r.assetmap"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "assetmap.cli",
            "import",
            str(_huge_csv(tmp_path)),
            "--register",
            str(register),
        ],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=300,
    )
    output = run.stdout + run.stderr
    assert "characters)" in output
    assert max(map(len, output.splitlines())) < ROOM + 120
