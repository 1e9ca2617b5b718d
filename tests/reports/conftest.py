"""Registers for the report tests: the demo register (built once), and small hand-made ones."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap.demo import build_demo_register
from assetmap.register import Register

# Bramhall North, Stockport: the ward the privacy fixtures go in.
WARD = "E05015014"
WARD_NAME = "Bramhall North"
# A point inside it (checked by the register, which assigns the ward from the location).
INSIDE = (-2.1651, 53.3716)
PRIVATE_NAME = "Hidden Refuge Xq7"
PARTNER_NAME = "Partner Hub Zv3"
PEOPLE = ("Jane Skillshare-Qx", "Omar Fixit-Qx", "Ada Listener-Qx")


@pytest.fixture(scope="session")
def demo_register_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo register, built once for the session (read-only: copy it before writing)."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ASSETMAP_HOME", str(folder / "home"))
        register = build_demo_register(folder / "demo.assetmap")
        register.close()
    return folder / "demo.assetmap"


@pytest.fixture
def privacy_register(demo_register_file: Path, tmp_path: Path) -> Iterator[Register]:
    """The demo register plus, in Bramhall North: a private asset, a partner asset and 3 individuals."""
    target = tmp_path / "privacy.assetmap"
    shutil.copy(demo_register_file, target)
    register = Register.open(target)
    lon, lat = INSIDE
    register.add_asset(
        name=PRIVATE_NAME,
        category="physical_spaces",
        lon=lon,
        lat=lat,
        visibility="private",
        address="1 Secret Street",
    )
    register.add_asset(
        name=PARTNER_NAME,
        category="associations",
        lon=lon + 0.001,
        lat=lat,
        visibility="partners",
        address="2 Partner Road",
    )
    for i, name in enumerate(PEOPLE):
        register.add_asset(
            name=name,
            category="gifts_skills",
            subcategory="Practical skills",
            lon=lon - 0.001 * i,
            lat=lat,
            contact_phone="07700 900123",
        )
    assert {a.ward_code for a in register.assets() if a.name in (PRIVATE_NAME, *PEOPLE)} == {WARD}
    yield register
    register.close()


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF, whitespace collapsed."""
    from pypdf import PdfReader

    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def typeset_report(document, path: Path) -> Path:
    """Typeset a built report (``build_report``) to ``path`` as the app does, and return the path."""
    from assetmap.reports.report import TEMPLATE
    from assetmap.reports.typeset import typeset

    path.write_bytes(typeset(TEMPLATE, document.data, files=document.files))
    return path


def report_pages(document, path: Path) -> list[str]:
    """The text of each page of a built report, typeset to ``path``."""
    return pdf_pages(typeset_report(document, path))


def outline(path: Path) -> list[tuple[int, str, int]]:
    """The PDF's bookmarks as (level, title, page index), in order."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    found: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, str(item.title), reader.get_destination_page_number(item)))

    walk(reader.outline, 1)
    return found


def no_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part") or p.name.startswith("."))


__all__ = [
    "INSIDE",
    "PARTNER_NAME",
    "PEOPLE",
    "PRIVATE_NAME",
    "WARD",
    "WARD_NAME",
    "no_leftovers",
    "os",
    "outline",
    "pdf_pages",
    "report_pages",
    "typeset_report",
]


class SharedMapPage:
    """A hardened, off-the-record QtWebEngine page, as the window's, to open a shareable HTML map in.

    The map is served from ``app://assetmap/share/...`` and can reach nothing else: ``guard``'s
    ``non_app_requests()`` lists anything it tried to.
    """

    def __init__(self) -> None:
        from assetmap.ui.web.page import HardenedPage, make_hardened_profile

        self.hardened = make_hardened_profile()
        self.page = HardenedPage(self.hardened.profile)

    @property
    def guard(self):
        return self.hardened.guard

    def shutdown(self) -> None:
        """Let go of the page before the profile (QtWebEngine wants that order)."""
        from PySide6.QtCore import QCoreApplication, QEvent

        self.page.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.hardened.profile.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def viewer(qapp) -> Iterator[SharedMapPage]:
    """A :class:`SharedMapPage` for one test."""
    viewer = SharedMapPage()
    yield viewer
    viewer.shutdown()
