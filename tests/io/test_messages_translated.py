"""A real file's problems, read through the real importer, are told in the language AssetMap speaks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap import messages
from assetmap.io.problems import UnreadableFileError
from assetmap.io.source import open_source
from tests.io.conftest import preview_file


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    messages.set_language("en")


def _problems(register, path: Path) -> tuple[dict[int, list[str]], str]:
    preview = preview_file(register, path)
    by_row = {preview.row_number(p): [i.message for i in issues] for p, issues in preview.issues.items()}
    return by_row, preview.report()


def test_a_bad_rows_problems_are_told_in_polish(tmp_path: Path, register, english_afterwards) -> None:
    path = tmp_path / "places.csv"
    path.write_text(
        "name,category,lon,lat\n"
        "Good Hall,associations,-2.2374,53.4808\n"  # row 2: fine
        "Bad Lon,associations,east,53.48\n"  # row 3: lon is not a number
        "Odd Kind,Zzyzx,-2.2374,53.4808\n",  # row 4: a category value the mapping does not place
        encoding="utf-8",
    )
    english, english_report = _problems(register, path)
    messages.set_language("pl")
    polish, polish_report = _problems(register, path)
    messages.set_language("en")

    assert english[3] == ["lon is not a number."]
    assert len(polish[3]) == 1 and polish[3] != english[3] and "lon" in polish[3][0]
    assert "'Zzyzx'" in english[4][0] and "'Zzyzx'" in polish[4][0] and polish[4] != english[4]
    assert sorted(polish) == sorted(english) == [3, 4]

    assert "row 3: error: lon is not a number." in english_report
    assert "row 3: error:" not in polish_report
    row_line = next(line for line in polish_report.splitlines() if polish[3][0] in line)
    assert "3" in row_line.replace(polish[3][0], "")
    assert polish_report.splitlines()[0] != english_report.splitlines()[0]
    # Back in English, the same file says what it said before.
    assert _problems(register, path) == (english, english_report)


def test_a_file_that_cannot_be_read_names_its_row_in_polish(tmp_path: Path, english_afterwards) -> None:
    path = tmp_path / "broken.csv"
    path.write_text('name,category\nHall,associations\n"Unclosed,associations\n', encoding="utf-8")
    with pytest.raises(UnreadableFileError) as english:
        open_source(path)
    messages.set_language("pl")
    with pytest.raises(UnreadableFileError) as polish:
        open_source(path)
    messages.set_language("en")

    assert english.value.row == polish.value.row == 3
    assert str(english.value).startswith("broken.csv, row 3: a quoted cell is never closed")
    assert str(polish.value) != str(english.value)
    assert "broken.csv" in str(polish.value) and "3" in str(polish.value).replace("broken.csv", "")
    assert "row 3" not in str(polish.value)
