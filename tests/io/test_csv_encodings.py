"""One bad byte spoils its own row (flagged by line and column), never a whole UTF-8 file."""

from __future__ import annotations

from pathlib import Path

from assetmap.io.csv_reader import read_csv
from assetmap.register import Register
from tests.io.conftest import preview_file


def _utf8_with_one_bad_byte(tmp_path: Path) -> Path:
    rows = ["Name,Category,Description"] + [f"Café {i},associations,Crèche and naïve" for i in range(500)]
    data = "\n".join(rows).encode("utf-8").replace("Café 250,".encode(), b"Caf\xe9 250,")
    path = tmp_path / "groups.csv"
    path.write_bytes(data)
    return path


def test_a_utf8_file_with_one_bad_byte_is_read_as_utf8_and_only_that_row_is_flagged(tmp_path: Path) -> None:
    path = _utf8_with_one_bad_byte(tmp_path)
    with Register.open(tmp_path / "r.assetmap") as register:
        preview = preview_file(register, path)

    names = preview.table.frame["Name"].tolist()
    assert names[249] == "Café 249" and names[251] == "Café 251"
    assert names[250] == "Caf\ufffd 250"
    assert not any("Ã" in cell for cell in preview.table.frame.to_numpy().ravel())
    assert "Read as UTF-8 text with comma-separated columns." in preview.notes
    flagged = {p: [i.message for i in issues] for p, issues in preview.issues.items()}
    assert list(flagged) == [250]
    (message,) = flagged[250]
    assert message.startswith("Line 252, column 'Name': holds bytes that are not UTF-8")
    assert preview.warnings(250) and preview.importable[250]


def test_the_line_named_is_the_files_own_line_when_a_quoted_cell_spans_lines(tmp_path: Path) -> None:
    path = tmp_path / "groups.csv"
    path.write_bytes(
        'Name,Category,Description\nCafé,associations,"two\nlines"\nPark,associations,Cr\xe8che\n'.encode(
            "latin-1"
        ).replace(b"Caf\xe9", "Café".encode())
    )

    table = read_csv(path)

    assert table.row_issues == {
        1: [
            (
                "warning",
                None,
                "Line 4, column 'Description': holds bytes that are not UTF-8; they are shown as \ufffd. "
                "Check the text, or save the file again as CSV UTF-8.",
            )
        ]
    }


def test_a_windows_1252_file_as_a_whole_is_read_as_such_without_warnings(tmp_path: Path) -> None:
    path = tmp_path / "groups.csv"
    path.write_bytes("Name,Category\nCafé,associations\nCrèche £5,associations\n".encode("cp1252"))

    table = read_csv(path)

    assert table.frame["Name"].tolist() == ["Café", "Crèche £5"]
    assert "Read as Windows-1252 text with comma-separated columns." in table.notes
    assert table.row_issues == {}


def test_text_that_may_be_mis_decoded_always_carries_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    # As many UTF-8 letters as stray Windows-1252 ones: no reading is right for every row.
    path.write_bytes(
        b"Name,Category\nCaf\xc3\xa9,associations\nCaf\xe9,associations\nNa\xefve,associations\n"
    )

    table = read_csv(path)

    for position, cells in enumerate(table.frame.itertuples(index=False)):
        misread = any("Ã" in c or "\ufffd" in c for c in cells)
        assert misread == (position in table.row_issues)
    assert table.row_issues
