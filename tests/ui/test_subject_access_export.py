"""The subject access copy made in-process, as the person's form makes it: whole, or not at all. Its
document is typeset by Typst, so no Qt is needed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from assetmap.io.subject_access import PDF_NAME, SubjectAccessFileError
from assetmap.register import Register
from assetmap.reports.progress import ExportCancelled
from assetmap.ui.subject_access import export_subject_access
from tests.reports.conftest import pdf_pages


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Register, str]:
    register = Register.open(tmp_path / "r.assetmap", user="Sam Worker")
    person = register.add_person("Priya Chaudhry", email="priya@example.org")
    register.add_gift(person.id, name="Runs the homework club", lon=-2.2426, lat=53.4808)
    register.record_consent(person.id, "public", method="spoken")
    yield register, person.id
    register.close()


def test_a_copy_made_from_the_form_holds_the_csv_files_and_the_document(
    seeded: tuple[Register, str], tmp_path: Path
) -> None:
    register, person_id = seeded

    path = export_subject_access(register, person_id, tmp_path / "priya.zip")

    with zipfile.ZipFile(path) as archive:
        assert "person.csv" in archive.namelist()
        (tmp_path / "priya.pdf").write_bytes(archive.read(PDF_NAME))
    text = " ".join(pdf_pages(tmp_path / "priya.pdf"))
    assert "Everything AssetMap holds about Priya Chaudhry" in text
    assert "Runs the homework club" in text and "Shown on public maps and reports (not named)" in text
    assert [(e.user, e.record_id) for e in register.audit_trail(action="export")] == [
        ("Sam Worker", person_id)
    ]


def test_a_cancelled_copy_leaves_no_file_and_no_export_entry(
    seeded: tuple[Register, str], tmp_path: Path
) -> None:
    register, person_id = seeded

    with pytest.raises(ExportCancelled):
        export_subject_access(register, person_id, tmp_path / "priya.zip", cancelled=lambda: True)

    assert sorted(p.name for p in tmp_path.iterdir() if "priya" in p.name) == []
    assert register.audit_trail(action="export") == []


def test_a_copy_is_a_zip_file(seeded: tuple[Register, str], tmp_path: Path) -> None:
    register, person_id = seeded

    with pytest.raises(SubjectAccessFileError, match=r"ending in \.zip"):
        export_subject_access(register, person_id, tmp_path / "priya.pdf")

    assert not (tmp_path / "priya.pdf").exists()


def test_the_document_keeps_its_text_inside_page_margins(
    seeded: tuple[Register, str], tmp_path: Path
) -> None:
    """The copy's text keeps inside the page's margins (12 mm at the sides, 14 mm top and bottom)."""
    from pypdf import PdfReader

    register, person_id = seeded
    path = export_subject_access(register, person_id, tmp_path / "priya.zip")
    with zipfile.ZipFile(path) as archive:
        (tmp_path / "priya.pdf").write_bytes(archive.read(PDF_NAME))
    page = PdfReader(tmp_path / "priya.pdf").pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    xs: list[float] = []
    ys: list[float] = []

    def seen(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():  # where the text starts on the page: the text matrix, then the page's
            xs.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])
            ys.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=seen)
    ten_mm = 10 / 25.4 * 72
    assert xs and min(xs) >= ten_mm and max(ys) <= height - ten_mm, (min(xs), max(ys), width, height)
