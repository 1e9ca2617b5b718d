"""A KML export rendered as a viewer renders it (its texts as HTML, in the real QtWebEngine) runs nothing."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from assetmap.io.export import export_assets
from assetmap.register import Register
from tests.io.conftest import CITY_CENTRE

LON, LAT = CITY_CENTRE
KML = "{http://www.opengis.net/kml/2.2}"
LOAD_MS = 30000
# A raw payload rendered beside the exported texts: it must run, or the page could not show anything running.
CONTROL = "<img src=x onerror=\"document.title+='CONTROL'\">"


@pytest.fixture
def page(qtbot) -> Iterator[object]:
    """A plain web page with JavaScript on, as a KML viewer's balloon has; torn down page first."""
    from PySide6.QtWebEngineWidgets import QWebEngineView

    view = QWebEngineView()
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    yield view.page()
    view.close()
    view.deleteLater()
    qtbot.wait(50)


def _evaluate(qtbot, page, script: str) -> object:
    answers: list[str] = []
    page.runJavaScript(f"JSON.stringify({script})", 0, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=LOAD_MS)
    return json.loads(answers[0])


def _placemark_texts(path: Path) -> list[dict[str, str]]:
    """Each placemark's name, description and extended data, as an XML parser reads them."""
    out = []
    for placemark in ET.parse(path).getroot().iter(f"{KML}Placemark"):
        texts = {
            "name": placemark.findtext(f"{KML}name") or "",
            "description": placemark.findtext(f"{KML}description") or "",
        }
        for data in placemark.iter(f"{KML}SimpleData"):
            texts[data.get("name") or ""] = data.text or ""
        out.append(texts)
    return out


def test_kml_texts_render_as_the_original_text_and_run_nothing(
    qtbot, page, tmp_path: Path, register: Register, hostile_strings: list[str]
) -> None:
    for i, text in enumerate(hostile_strings):
        register.add_asset(
            name=text,
            description=text,
            address=text,
            opening_times=text,
            category="associations",
            lon=LON + i * 1e-4,
            lat=LAT,
        )
    export_assets(register, tmp_path / "out.kml")
    placemarks = _placemark_texts(tmp_path / "out.kml")
    assert len(placemarks) == len(hostile_strings)
    fields = ("name", "description", "address", "opening_times")
    cells = [(p[f], f) for p in placemarks for f in fields]
    body = "".join(f'<div class="kml">{text}</div>' for text, _ in cells)
    with qtbot.waitSignal(page.loadFinished, timeout=LOAD_MS):
        page.setHtml(f"<!DOCTYPE html><html><head><title>kml</title></head><body>{body}{CONTROL}</body>")
    # The control payload ran, so the page runs what it is given; the exported texts ran nothing.
    qtbot.waitUntil(lambda: "CONTROL" in _evaluate(qtbot, page, "document.title"), timeout=LOAD_MS)
    assert "PWN" not in _evaluate(qtbot, page, "document.title")
    assert _evaluate(qtbot, page, "document.querySelectorAll('.kml *').length") == 0
    shown = _evaluate(qtbot, page, "Array.from(document.querySelectorAll('.kml'), e => e.textContent)")
    assets = {a.id: a for a in register.assets()}
    assert shown == [getattr(assets[p["asset_uuid"]], f) for p in placemarks for f in fields]
