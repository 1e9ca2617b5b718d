"""Postcodes: normalising what people type, and finding GM postcodes offline."""

from __future__ import annotations

import pytest

from assetmap.geo.postcodes import PostcodeIndex, normalise_postcode


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (" m11ad ", "M1 1AD"),
        ("M1 1AD", "M1 1AD"),
        ("m1  1ad", "M1 1AD"),
        ("ol16 1aa", "OL16 1AA"),
        ("BL11SE", "BL1 1SE"),
        ("sw1a 1aa", "SW1A 1AA"),
        ("M60\t1NW", "M60 1NW"),
    ],
)
def test_a_postcode_is_written_the_standard_way(typed: str, expected: str) -> None:
    assert normalise_postcode(typed) == expected


@pytest.mark.parametrize(
    "typed", [None, "", "   ", "M1", "1AD M1", "M1 1ADD", "123 456", "M1 1A", "hello", "M1 1AD X"]
)
def test_text_that_is_not_a_postcode_gives_none(typed: str | None) -> None:
    assert normalise_postcode(typed) is None


def test_a_gm_postcode_is_found_with_its_place_and_ward() -> None:
    index = PostcodeIndex.for_gm()

    hit = index.lookup(" m11ad ")

    assert len(index) == 72_135
    assert hit is not None and hit.postcode == "M1 1AD"
    assert hit.ward_code.startswith("E05")
    assert -2.3 < hit.lon < -2.2 and 53.4 < hit.lat < 53.5


def test_a_postcode_outside_gm_is_not_found() -> None:
    index = PostcodeIndex.for_gm()
    assert index.lookup("SW1A 1AA") is None
    assert index.lookup("not a postcode") is None
