"""The commissioner report is tagged PDF/UA-1: checked with pdfua, its structure read back with pikepdf."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register import Register
from assetmap.register.story_photos import read_thumbnails
from assetmap.reports.analysis import ReportOptions
from assetmap.reports.report import report_pdf
from tests.reports.conftest import INSIDE, WARD, WARD_NAME

# Text that is code in Typst markup, beside the HTML and template payloads of the shared list.
TYPST_HOSTILE = (
    '#panic("typst code ran")',
    "#{12345 * 1000003}",
    "$x^2$ and @label and <label>",
    "= Not a heading",
    "*not bold* _not emphasis_ `not raw`",
    '#set page(paper: "a5")',
    "// not a comment \\# /* nor this */",
)


@pytest.fixture(scope="module")
def stockport_pdf(demo_register_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    with Register.open(demo_register_file) as register:
        pdf = report_pdf(
            register.assets(),
            ReportOptions(area="Stockport", prepared_by="Team A"),
            boundaries=register.boundaries(),
            people=register.people_view(),
        )
    path = tmp_path_factory.mktemp("tagged") / "stockport.pdf"
    path.write_bytes(pdf)
    return path


def _photo(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def hostile_register(tmp_path: Path, hostile_strings: list[str]) -> Iterator[Register]:
    """One ward with hostile asset names, descriptions, stories and photo alt text."""
    texts = [*hostile_strings, *TYPST_HOSTILE]
    with Register.open(tmp_path / "hostile.assetmap") as register:
        ids = []
        for i, text in enumerate(texts):
            ids.append(
                register.add_asset(
                    name=text,
                    description=text,
                    category="associations",
                    lon=INSIDE[0] + 0.0002 * (i % 10),
                    lat=INSIDE[1] + 0.0002 * (i // 10),
                ).added[0]
            )
        for text in (*hostile_strings[:6], *TYPST_HOSTILE):
            story = register.add_story(ids[0], text, teller="Ann", quote_consent=True, featured=True).stories[
                0
            ]
        register.add_photo(ids[0], _photo((200, 30, 30)), TYPST_HOSTILE[0], story_id=story)
        register.add_photo(ids[0], _photo((30, 30, 200)), hostile_strings[0], story_id=story)
        yield register


def _small_pdf(register: Register, path: Path) -> Path:
    stories = register.stories()
    path.write_bytes(
        report_pdf(
            register.assets(),
            ReportOptions(area=WARD, prepared_by="#{12345 * 1000003}", title="$Hostile$ #title"),
            boundaries=register.boundaries(),
            people=register.people_view(),
            stories=stories,
            photos=read_thumbnails(register, stories, {a.id for a in register.assets()}),
        )
    )
    return path


def _structure(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Every structure element of the PDF's tag tree, depth first."""
    found: list[pikepdf.Dictionary] = []

    def walk(node: object) -> None:
        if isinstance(node, pikepdf.Array):
            for child in node:
                walk(child)
        elif isinstance(node, pikepdf.Dictionary) and "/S" in node:
            found.append(node)
            if "/K" in node:
                walk(node.K)

    walk(pdf.Root.StructTreeRoot.K)
    return found


def _outline(pdf: pikepdf.Pdf) -> list[tuple[int, str]]:
    with pdf.open_outline() as outline:
        found: list[tuple[int, str]] = []

        def walk(items: list, level: int) -> None:
            for item in items:
                found.append((level, str(item.title)))
                walk(item.children, level + 1)

        walk(outline.root, 1)
        return found


def _pdfua_errors(path: Path) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-m", "pdfua", "check", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stdout)
    errors = [f for f in report["findings"] if f.get("severity") == "error"]
    assert report["summary"]["rules_run"] > 0
    assert result.returncode == 0 or errors, result.stdout
    return errors


def _scope(cell: pikepdf.Dictionary) -> str:
    attributes = cell.get("/A")
    for entry in attributes if isinstance(attributes, pikepdf.Array) else [attributes]:
        if isinstance(entry, pikepdf.Dictionary) and "/Scope" in entry:
            return str(entry.Scope)
    return ""


def _check_tagging(path: Path, wards: list[str], lang: str = "en") -> None:
    assert _pdfua_errors(path) == []
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == lang
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle) is True
        assert bool(pdf.Root.MarkInfo.Marked) is True
        elements = _structure(pdf)
        kinds = [str(e.S) for e in elements]
        assert "/H1" in kinds and "/H2" in kinds
        assert "/Table" in kinds and "/TH" in kinds and "/TD" in kinds
        headers = [e for e in elements if str(e.S) == "/TH"]
        assert all(_scope(th) == "/Column" for th in headers), "a header cell without its scope"
        figures = [e for e in elements if str(e.S) == "/Figure"]
        assert figures, "no figure is tagged"
        assert all(str(e.get("/Alt", "")).strip() for e in figures), "a figure without alternative text"
        top = [title for level, title in _outline(pdf) if level == 1]
        assert sorted(t for t in top if t in wards) == sorted(wards)  # one bookmark per ward


def test_the_stockport_report_is_tagged_with_a_bookmark_per_ward(stockport_pdf: Path) -> None:
    stockport = gm_boundaries().wards.query("lad_name == 'Stockport'")
    _check_tagging(stockport_pdf, list(stockport["ward_name"]))
    with pikepdf.open(stockport_pdf) as pdf:
        alts = [str(e.Alt) for e in _structure(pdf) if str(e.S) == "/Figure"]
    overview = next(a for a in alts if a.startswith("Map of assets per 1,000 residents by ward in Stockport"))
    assert "highest in" in overview and "lowest in" in overview
    assert any(a.startswith("Map of Bramhall North ward") for a in alts)


def test_a_small_report_is_tagged_and_hostile_text_stays_text(
    hostile_register: Register, tmp_path: Path, hostile_strings: list[str]
) -> None:
    path = _small_pdf(hostile_register, tmp_path / "small.pdf")
    _check_tagging(path, [WARD_NAME])
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True
    ).stdout
    squashed = "".join(text.split())
    # Text with bidi controls or line separators is laid out as they ask, so it reads back rearranged.
    readable = [
        t
        for t in (*hostile_strings, *TYPST_HOSTILE)
        if not any(unicodedata.category(c) in ("Cf", "Zl", "Zp") for c in t)
    ]
    assert len(readable) > 45
    for hostile in readable:
        assert "".join(hostile.split()) in squashed, hostile  # printed as written: names, stories, captions
    assert str(12345 * 1000003) not in text
    assert "typst code ran" in text  # the panic was printed, not run (else no PDF at all)
    with pikepdf.open(path) as pdf:
        assert str(pdf.docinfo.Title) == "$Hostile$ #title"
        alts = [str(e.Alt) for e in _structure(pdf) if str(e.S) == "/Figure"]
        assert TYPST_HOSTILE[0] in alts and hostile_strings[0] in alts  # the photos' own alt text
        assert len(pdf.pages) >= 5 and str(pdf.Root.Lang) == "en"


def _kids(node: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    kids = node.get("/K")
    items = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    return [k for k in items if isinstance(k, pikepdf.Dictionary) and "/S" in k]


def _rows(table: pikepdf.Dictionary) -> tuple[list[pikepdf.Dictionary], list[pikepdf.Dictionary]]:
    """A table's header rows and body rows (TR), whether grouped in THead/TBody or not."""
    head: list[pikepdf.Dictionary] = []
    body: list[pikepdf.Dictionary] = []
    for kid in _kids(table):
        kind = str(kid.S)
        if kind == "/THead":
            head += [r for r in _kids(kid) if str(r.S) == "/TR"]
        elif kind in ("/TBody", "/TFoot"):
            body += [r for r in _kids(kid) if str(r.S) == "/TR"]
        elif kind == "/TR":
            (head if all(str(c.S) == "/TH" for c in _kids(kid)) else body).append(kid)
    return head, body


def _typst_can_mark_row_headers() -> bool:
    """Whether the Typst that typesets the reports offers ``pdf.header-cell`` (behind its a11y-extras
    feature, which the typst package does not turn on)."""
    import typst

    probe = b'#assert("header-cell" in dictionary(pdf))\nprobe'
    try:
        typst.compile(probe, format="svg")
    except typst.TypstError:
        return False
    return True


def test_typst_still_cannot_mark_a_row_header() -> None:
    """The summary table's ward names are data cells (TD) because Typst cannot yet make a TH with
    /Scope /Row here: ``table.header`` cells are column headers (/Scope /Column), and
    ``pdf.header-cell(scope: "row")`` is not in the ``pdf`` module without the a11y-extras feature.
    When this fails, wrap the ward names in report.typ's summary in ``pdf.header-cell(scope: "row")``
    and drop the xfail below."""
    assert not _typst_can_mark_row_headers()


@pytest.mark.xfail(
    strict=True,
    reason="Typst as the typst package builds it has no pdf.header-cell: ward names are TD, not TH /Row",
)
def test_the_summary_tables_ward_names_are_row_headers(stockport_pdf: Path) -> None:
    with pikepdf.open(stockport_pdf) as pdf:
        tables = [e for e in _structure(pdf) if str(e.S) == "/Table"]
        # The summary is the widest table: a column per measure and category.
        summary = max(tables, key=lambda t: max((len(_kids(r)) for r in _rows(t)[0]), default=0))
        head, body = _rows(summary)
        assert len(_kids(head[0])) >= 10 and len(body) == 21 + 1  # Stockport's 21 wards and the total
        for row in body:
            first, *rest = _kids(row)
            assert str(first.S) == "/TH" and _scope(first) == "/Row"
            assert all(str(cell.S) == "/TD" for cell in rest)
