"""The handout of saved views and the poster map sheet, typeset by Typst, read back with pypdf."""

from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

import pypdf
import pytest

from assetmap.cli.reports import EXIT_BAD_INPUT, EXIT_OK, add_report_commands
from assetmap.register import Register
from assetmap.reports.analysis import PageSetup, ReportOptions
from assetmap.reports.files import DocumentContents, write_document
from assetmap.reports.handout import build_handout
from assetmap.reports.selection import ReportInputError
from tests.reports.conftest import PARTNER_NAME, PEOPLE, PRIVATE_NAME, WARD, pdf_pages

MM_PER_POINT = 25.4 / 72
BOLTON_BOX = [-2.48, 53.55, -2.38, 53.61]


@pytest.fixture
def demo_copy(demo_register_file: Path, tmp_path: Path) -> Path:
    target = tmp_path / "meeting.assetmap"
    shutil.copy(demo_register_file, target)
    return target


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="assetmap")
    add_report_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


def _size_mm(path: Path) -> list[tuple[int, int]]:
    return [
        (round(float(p.mediabox.width) * MM_PER_POINT), round(float(p.mediabox.height) * MM_PER_POINT))
        for p in pypdf.PdfReader(path).pages
    ]


def _flat(text: str) -> str:
    return "".join(text.split())


def _three_views(register: Register) -> list[str]:
    return [
        register.save_view(
            "Bolton's halls and spaces",
            note="Where groups already meet.\nAsk who holds the keys.",
            area={"kind": "district", "name": "Bolton", "bounds": BOLTON_BOX},
            layer="assets",
            filters={"category": "physical_spaces"},
        ).id,
        register.save_view(
            "Bramhall North in figures",
            note="Assets for every thousand residents.",
            area={"kind": "ward", "code": WARD},
            layer="abundance",
            measure="per1000",
        ).id,
        register.save_view(
            "The whole county",
            area={"kind": "bounds", "bounds": [-2.73, 53.33, -1.91, 53.69]},
            layer="abundance",
            measure="count",
        ).id,
    ]


def test_the_handout_has_one_a4_page_per_view_in_order_with_its_title_and_note(
    demo_copy: Path, tmp_path: Path
) -> None:
    with Register.open(demo_copy) as register:
        _three_views(register)
        register.move_view(register.views()[2].id, 0)
        views, assets = register.views(), register.assets()
        boundaries, people = register.boundaries(), register.people_view()
    handout = build_handout(views, assets, boundaries=boundaries, people=people, title="Farnworth meeting")
    path = tmp_path / "handout.pdf"
    path.write_bytes(handout.pdf())

    pages = pdf_pages(path)
    assert len(pages) == handout.pages == 3
    assert _size_mm(path) == [(210, 297)] * 3
    assert "The whole county" in pages[0] and "1 of 3" in pages[0]
    assert "Bolton's halls and spaces" in pages[1]
    assert "Where groups already meet." in pages[1] and "Ask who holds the keys." in pages[1]
    assert "Public assets, by category" in pages[1] and "Physical spaces" in pages[1]
    assert "Bramhall North in figures" in pages[2] and "Assets for every thousand residents." in pages[2]
    assert "Assets per 1,000 residents" in pages[2]
    assert all("Open Government Licence" in page for page in pages)
    assert pypdf.PdfReader(path).metadata.title == "Farnworth meeting"


def test_the_handout_shows_only_public_assets_and_no_one(privacy_register: Register) -> None:
    register = privacy_register
    register.save_view("Bramhall North", area={"kind": "ward", "code": WARD}, layer="assets")
    views, boundaries, people = register.views(), register.boundaries(), register.people_view()

    def dots() -> int:
        handout = build_handout(views, register.assets(), boundaries=boundaries, people=people)
        everything = json.dumps(handout.data, ensure_ascii=False) + "".join(handout.maps.values())
        for secret in (PRIVATE_NAME, PARTNER_NAME, *PEOPLE, "07700 900123", "Secret Street", "Partner Road"):
            assert secret not in everything
        return len(re.findall(r"<circle ", "".join(handout.maps.values())))

    public = dots()
    partner = next(a for a in register.assets() if a.name == PARTNER_NAME)
    register.update_asset(partner.id, visibility="public")
    assert dots() == public + 1  # the partners' asset was left off only because of its tier


def test_hostile_titles_and_notes_print_as_text_and_nothing_is_evaluated(
    tmp_path: Path, hostile_strings: list[str]
) -> None:
    chosen = [t for t in hostile_strings if t.isascii() and t.isprintable() and 4 <= len(t) <= 100][:12]
    with Register.open(tmp_path / "hostile.assetmap") as register:
        for i in range(0, len(chosen), 3):
            register.save_view(
                chosen[i], note="\n".join(chosen[i + 1 : i + 3]), area={"kind": "ward", "code": WARD}
            )
        views, assets = register.views(), register.assets()
        boundaries, people = register.boundaries(), register.people_view()
    handout = build_handout(views, assets, boundaries=boundaries, people=people)
    path = tmp_path / "hostile.pdf"
    path.write_bytes(handout.pdf())

    pages = pdf_pages(path)
    assert len(pages) == len(views) == (len(chosen) + 2) // 3
    text = _flat(" ".join(pages))
    missing = [t for t in chosen if _flat(t) not in text]
    assert missing == []
    assert str(12345 * 1000003) not in text


def test_a_handout_without_views_says_how_to_make_one(demo_register_file: Path) -> None:
    with Register.open(demo_register_file) as register, pytest.raises(ReportInputError, match="Save current"):
        build_handout([], register.assets(), boundaries=register.boundaries(), people=register.people_view())


@pytest.mark.parametrize(
    ("size", "landscape", "expected"), [("A1", False, (594, 841)), ("A0", True, (1189, 841))]
)
def test_a_poster_map_sheet_is_one_page_of_the_poster_size(
    demo_register_file: Path, tmp_path: Path, size: str, landscape: bool, expected
) -> None:
    with Register.open(demo_register_file) as register:
        path = write_document(
            "map",
            ReportOptions(area="Bolton", page=PageSetup(size, landscape)),
            DocumentContents.read(register, "map"),
            tmp_path / "poster.pdf",
        )
    pages = pdf_pages(path)
    assert len(pages) == 1
    assert _size_mm(path) == [expected]
    assert "Community assets in Bolton" in pages[0] and "District boundary" in pages[0]


def test_the_command_line_prints_the_handout_and_a_poster(demo_copy: Path, tmp_path: Path) -> None:
    with Register.open(demo_copy) as register:
        _three_views(register)
    handout = tmp_path / "handout.pdf"
    assert _run(["handout", "--register", str(demo_copy), "-o", str(handout), "-q"]) == EXIT_OK
    assert len(pdf_pages(handout)) == 3
    poster = tmp_path / "poster.pdf"
    argv = [
        "map-pdf",
        "--register",
        str(demo_copy),
        "--area",
        "Bolton",
        "--page-size",
        "A1",
        "-o",
        str(poster),
    ]
    assert _run([*argv, "-q"]) == EXIT_OK
    assert _size_mm(poster) == [(594, 841)]


def test_the_command_line_refuses_a_poster_report_and_a_missing_register(
    demo_register_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "r.pdf"
    assert (
        _run(["report", "--register", str(demo_register_file), "--page", "A0", "-o", str(out)])
        == EXIT_BAD_INPUT
    )
    assert "map-pdf --page-size A1" in capsys.readouterr().err
    missing = tmp_path / "nowhere.assetmap"
    assert _run(["handout", "--register", str(missing), "-o", str(out), "-q"]) == EXIT_BAD_INPUT
    assert "There is no register at" in capsys.readouterr().err
    assert not missing.exists() and not out.exists()


def test_the_command_line_writes_the_sheet_and_handout_in_a_language_and_refuses_an_unknown_one(
    demo_copy: Path, tmp_path: Path, capsys
) -> None:
    from PIL import Image

    from assetmap.reports.words import words

    with Register.open(demo_copy) as register:
        _three_views(register)
    png = tmp_path / "sheet.png"
    argv = ["map", "--register", str(demo_copy), "--area", "Stockport", "--dpi", "50", "-q"]
    assert _run([*argv, "--language", "ur", "-o", str(png)]) == EXIT_OK
    with Image.open(png) as image:
        assert image.format == "PNG" and image.size == (round(210 / 25.4 * 50), round(297 / 25.4 * 50))
    handout = tmp_path / "handout.pdf"
    assert (
        _run(["handout", "--register", str(demo_copy), "--language", "pl", "-o", str(handout), "-q"])
        == EXIT_OK
    )
    pages = pdf_pages(handout)
    assert words("pl")("Saved views") == "Zapisane widoki"
    assert all("Zapisane widoki" in page and "Przygotowano w AssetMap." in page for page in pages)
    assert "1 z 3" in pages[0]
    capsys.readouterr()
    refused = tmp_path / "refused.pdf"
    assert _run([*argv, "--language", "fr", "-o", str(refused)]) == EXIT_BAD_INPUT
    assert "no translation for the language 'fr'" in capsys.readouterr().err
    assert _run(["handout", "--register", str(demo_copy), "--language", "xx", "-o", str(refused)]) == 2
    assert "ur (Urdu)" in capsys.readouterr().err
    assert not refused.exists()
