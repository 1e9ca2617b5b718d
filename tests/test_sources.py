"""Data-source credits (a core module: no Qt)."""

from __future__ import annotations

import subprocess
import sys

from assetmap.sources import ATTRIBUTION_BLOCK, DATA_SOURCES, attribution_text

CODE_POINT_LINES = (
    "Contains OS data © Crown copyright and database right 2025.",
    "Contains Royal Mail data © Royal Mail copyright and database right 2025.",
    "Contains National Statistics data © Crown copyright and database right 2025.",
)


def source(word: str):
    return next(s for s in DATA_SOURCES if word in s.name)


def test_postcodes_carry_all_three_code_point_open_lines() -> None:
    for line in CODE_POINT_LINES:
        assert line in source("Postcode").attribution


def test_boundaries_credit_the_ons_under_the_ogl() -> None:
    boundaries = source("boundaries")
    assert boundaries.attribution.startswith(
        "Source: Office for National Statistics licensed under the Open Government Licence v3.0."
    )
    assert boundaries.licence == "Open Government Licence v3.0"


def test_allotments_are_credited_to_openstreetmap_under_the_odbl() -> None:
    allotments = source("Allotments")
    assert "© OpenStreetMap contributors, ODbL" in allotments.attribution
    assert "ODbL" in allotments.licence


def test_the_basemap_credits_openstreetmap() -> None:
    assert source("basemap").attribution == "© OpenStreetMap contributors."


def test_every_source_has_a_licence_and_its_address() -> None:
    for item in DATA_SOURCES:
        assert item.licence and item.licence_url.startswith("https://") and item.attribution


def test_plain_text_holds_the_block_and_every_credit() -> None:
    text = attribution_text()
    assert text.startswith(ATTRIBUTION_BLOCK)
    for item in DATA_SOURCES:
        assert item.attribution in text and item.licence_url in text
    for word in ("Sport England", "Democracy Club", "Trafford Data Lab"):
        assert word in text


def test_sources_import_no_qt() -> None:
    probe = "import sys, assetmap.sources; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
