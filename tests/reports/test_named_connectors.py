"""Names not numbers: a report names a person as a connector, with their gifts, only with consent to be named.

Without that consent their gifts are only counted (small counts shown as "<5"), and neither their name nor
their gifts' names appear. Withdrawal and lapse take effect at the next report. Real report PDFs, read back
with pypdf; the HTML map opened in the real QtWebEngine.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap.register import Register, consent
from assetmap.reports.analysis import ReportOptions
from assetmap.reports.interactive import build_html_map
from assetmap.reports.report import build_report
from assetmap.reports.selection import CATEGORY_LABELS
from assetmap.ui.web.page import evaluate
from assetmap.ui.web.scheme import app_url
from tests.reports.conftest import INSIDE, WARD, WARD_NAME, SharedMapPage, report_pages

pytestmark = pytest.mark.web

NAME = "Marguerite Okonjo-Qv"
GIFT = "Teaches sewing on Tuesdays Qv"
PHONE = "07700 900461"
EMAIL = "marguerite.qv@example.org"
NOTES = "Prefers a call after six Qv"
PEOPLE_LABEL = CATEGORY_LABELS["gifts_skills"]


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    with Register.open(tmp_path / "connectors.assetmap") as register:
        register.add_asset(
            name="Bramhall Village Club Qv", category="associations", lon=INSIDE[0], lat=INSIDE[1]
        )
        yield register


def _person(register: Register, name: str = NAME, gift: str = GIFT, *, shift: float = 0.0) -> str:
    person = register.add_person(name, phone=PHONE, email=EMAIL, notes=NOTES)
    register.add_gift(
        person.id, name=gift, lon=INSIDE[0] + 0.0003 + shift, lat=INSIDE[1], visibility="public"
    )
    return person.id


def _report_text(register: Register, path: Path, tier: str = "public") -> str:
    document = build_report(
        register.assets(),
        ReportOptions(area=WARD_NAME, tier=tier),
        boundaries=register.boundaries(),
        people=register.people_view(),
    )
    return " ".join(report_pages(document, path))


def test_a_report_names_a_connector_only_with_consent_to_be_named(register: Register, tmp_path: Path) -> None:
    person = _person(register)
    register.record_consent(person, consent.PUBLIC, method="paper")
    counted_only = _report_text(register, tmp_path / "public.pdf")
    assert WARD_NAME in counted_only and "Bramhall Village Club Qv" in counted_only
    assert NAME not in counted_only and GIFT not in counted_only
    assert "Connectors" not in counted_only
    assert f"{PEOPLE_LABEL} <5" in counted_only  # the one gift is counted, masked as a small number

    register.record_consent(person, consent.NAMED, method="spoken")
    named = _report_text(register, tmp_path / "named.pdf")
    assert "Connectors" in named
    assert NAME in named and GIFT in named
    assert f"{NAME} {GIFT} {WARD_NAME}" in named  # one row: the person, their gifts, their ward
    for personal in (PHONE, EMAIL, NOTES):
        assert personal not in named

    # Withdrawal takes effect at the next report: no name, no gift, not even counted.
    register.withdraw_consent(person, method="email")
    withdrawn = _report_text(register, tmp_path / "withdrawn.pdf")
    assert NAME not in withdrawn and GIFT not in withdrawn and "Connectors" not in withdrawn
    assert f"{PEOPLE_LABEL} 0" in withdrawn and f"{PEOPLE_LABEL} <5" not in withdrawn


def test_a_connector_whose_consent_lapsed_is_no_longer_named(register: Register) -> None:
    person = _person(register)
    today = dt.date.today()
    register.record_consent(
        person,
        consent.NAMED,
        method="paper",
        given_on=today - dt.timedelta(days=200),
        lapses_on=today + dt.timedelta(days=10),
    )
    options = ReportOptions(area=WARD_NAME)
    html = build_html_map(
        register.assets(), options, boundaries=register.boundaries(), people=register.people_view()
    )
    assert NAME in html and GIFT in html
    lapsed = register.people_view(today + dt.timedelta(days=11))
    html = build_html_map(register.assets(), options, boundaries=register.boundaries(), people=lapsed)
    assert NAME not in html and GIFT not in html


def test_a_removed_person_is_no_longer_named(register: Register) -> None:
    person = _person(register)
    register.record_consent(person, consent.NAMED, method="paper")
    register.remove_person(person)
    html = build_html_map(
        register.assets(),
        ReportOptions(area=WARD_NAME),
        boundaries=register.boundaries(),
        people=register.people_view(),
    )
    assert NAME not in html and GIFT not in html


def test_a_private_gift_is_not_named_even_with_consent(register: Register) -> None:
    """The team's choice of visibility and the person's consent must both allow it."""
    person = register.add_person(NAME)
    register.add_gift(person.id, name=GIFT, lon=INSIDE[0], lat=INSIDE[1])  # private by default
    register.record_consent(person.id, consent.NAMED, method="paper")
    html = build_html_map(
        register.assets(),
        ReportOptions(area=WARD_NAME, tier="partners"),
        boundaries=register.boundaries(),
        people=register.people_view(),
    )
    assert NAME not in html and GIFT not in html


def _squashed(text: str) -> str:
    return "".join(text.split())


def _extractable(text: str) -> bool:
    """Whether pypdf gives the text back as written: not with bidi controls or line separators, which
    the PDF lays out (right to left, or on a new line) as they ask."""
    return not any(unicodedata.category(c) in ("Cf", "Zl", "Zp") for c in text)


def test_hostile_names_and_gifts_print_literally_in_the_report(
    register: Register, tmp_path: Path, hostile_strings: list[str]
) -> None:
    pairs = list(zip(hostile_strings[::2], hostile_strings[1::2], strict=False))
    for i, (name, gift) in enumerate(pairs):
        person = _person(register, name, gift, shift=0.0001 * i)
        register.record_consent(person, consent.NAMED, method="paper")
    text = _squashed(_report_text(register, tmp_path / "hostile.pdf"))
    assert "Connectors" in text
    checked = [t for pair in pairs for t in pair if _extractable(t)]
    assert len(checked) > 40
    for hostile in checked:
        assert _squashed(hostile) in text


def test_hostile_names_and_gifts_show_literally_in_the_html_map(
    qtbot, register: Register, viewer: SharedMapPage, hostile_strings: list[str]
) -> None:
    pairs = list(zip(hostile_strings[::2], hostile_strings[1::2], strict=False))
    for i, (name, gift) in enumerate(pairs):
        person = _person(register, name, gift, shift=0.0001 * i)
        register.record_consent(person, consent.NAMED, method="paper")
    html = build_html_map(
        register.assets(),
        ReportOptions(area=WARD_NAME),
        boundaries=register.boundaries(),
        people=register.people_view(),
    )
    page = viewer.page
    viewer.hardened.scheme_handler.set_blob("share/connectors.html", html.encode("utf-8"))
    loaded: list[bool] = []
    page.loadFinished.connect(loaded.append)
    page.load(app_url("share/connectors.html"))
    qtbot.waitUntil(lambda: bool(loaded), timeout=30_000)
    assert loaded == [True]
    shown = evaluate(page, f"window.assetmapReport.figuresText({WARD!r})")
    assert "Connectors" in shown
    for name, gift in pairs:
        assert name in shown
        assert gift in shown
    assert evaluate(page, "document.title") == f"Community assets in {WARD_NAME}, Stockport"
    assert viewer.guard.non_app_requests() == []


def test_the_html_map_command_names_only_whom_the_register_says_agreed(tmp_path: Path) -> None:
    """``assetmap html-map`` reads the consent in force from the register itself, each time it runs."""
    import argparse

    from assetmap.cli.reports import EXIT_OK, add_report_commands

    def run(out: Path) -> str:
        parser = argparse.ArgumentParser(prog="assetmap")
        add_report_commands(parser.add_subparsers(dest="command", required=True))
        args = parser.parse_args(
            ["html-map", "--register", str(path), "--area", WARD_NAME, "-o", str(out), "-q"]
        )
        assert args.handler(args) == EXIT_OK
        return out.read_text(encoding="utf-8")

    path = tmp_path / "cli.assetmap"
    with Register.open(path) as register:
        person = _person(register)
        register.record_consent(person, consent.NAMED, method="paper")
    named = run(tmp_path / "named.html")
    assert NAME in named and GIFT in named
    assert PHONE not in named and EMAIL not in named and NOTES not in named
    with Register.open(path) as register:
        register.withdraw_consent(person, method="email")
    withdrawn = run(tmp_path / "withdrawn.html")
    assert NAME not in withdrawn and GIFT not in withdrawn


def test_many_connectors_run_over_pages_under_a_repeated_header(register: Register, tmp_path: Path) -> None:
    names = [f"Connector {i:03d} Qv" for i in range(140)]
    for i, name in enumerate(names):
        gift = "Listens; knows everyone on the estate; runs the Thursday lunch club " * (1 + i % 3)
        person = _person(register, name, f"{gift.strip()} {i:03d}", shift=0.00001 * i)
        register.record_consent(person, consent.NAMED, method="paper")
    document = build_report(
        register.assets(),
        ReportOptions(area=WARD_NAME),
        boundaries=register.boundaries(),
        people=register.people_view(),
    )
    assert document.kinds.count("connectors") == 1  # one table, running over as many pages as it needs
    path = tmp_path / "many.pdf"
    pages = report_pages(document, path)
    connector_pages = [p for p in pages if "Connector 0" in p or "Connector 1" in p]
    assert len(connector_pages) > 1
    assert all("Gifts and skills" in p for p in connector_pages)  # the header repeats
    text = " ".join(pages)
    assert all(name in text for name in names)
