"""A map sheet can draw the part of the map on screen rather than fitting the whole area."""

from __future__ import annotations

import argparse
import re

import pytest

from assetmap.cli.reports import add_report_commands, options_from
from assetmap.geo.boundaries import gm_boundaries
from assetmap.register.consent import NO_PEOPLE
from assetmap.reports.analysis import ReportOptions
from assetmap.reports.mapsheet import build_map_sheet
from assetmap.reports.selection import ReportInputError

# Around Manchester city centre: a handful of wards, not the whole county.
CITY_CENTRE = (-2.26, 53.47, -2.22, 53.49)


def ward_paths(svg: str) -> int:
    return len(re.findall(r"<path ", svg))


def test_an_extent_draws_only_that_part_of_the_map() -> None:
    whole = build_map_sheet([], ReportOptions(area=None), boundaries=gm_boundaries(), people=NO_PEOPLE).svg
    centre = build_map_sheet(
        [], ReportOptions(area=None, extent=CITY_CENTRE), boundaries=gm_boundaries(), people=NO_PEOPLE
    ).svg
    assert ward_paths(centre) < ward_paths(whole) / 4


def test_the_cli_reads_an_extent_and_refuses_a_bad_one() -> None:
    parser = argparse.ArgumentParser()
    add_report_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["map-pdf", "--register", "r", "-o", "m.pdf", "--extent=-2.26,53.47,-2.22,53.49"]
    )
    assert options_from(args).extent == CITY_CENTRE
    bad = parser.parse_args(["map-pdf", "--register", "r", "-o", "m.pdf", "--extent=-2.2,53.5,-2.3,53.4"])
    with pytest.raises(ReportInputError, match="not a box"):
        options_from(bad)
