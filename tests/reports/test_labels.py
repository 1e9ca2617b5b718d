"""Ward labels on printed maps: none overlap, all are readable in print, and a ward whose name does not
fit is numbered and listed in the key. Checked geometrically on the estimated text boxes."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from assetmap.geo.boundaries import gm_boundaries
from assetmap.reports.drawing import View
from assetmap.reports.labels import (
    MIN_PRINTED_MM,
    Label,
    Placement,
    overlapping_pairs,
    place_labels,
    text_width,
)
from assetmap.reports.selection import resolve_area
from assetmap.reports.svgmap import fitted_view, labels_body, ward_labels

# Map frames of the sheets: whole-county maps on A4 and A3, Stockport's on A4 both ways.
FRAMES = [
    (None, 180.0, 132.0),
    (None, 277.0, 207.0),
    ("Stockport", 190.0, 224.0),
    ("Stockport", 216.0, 162.0),
]


def _placed(area: str | None, width: float, height: float) -> tuple[list[str], View, Placement]:
    boundaries = gm_boundaries()
    codes = list(resolve_area(area, boundaries=boundaries).ward_codes)
    view = fitted_view(codes, width, height, boundaries=boundaries)
    return codes, view, ward_labels(codes, view, boundaries)


@pytest.mark.parametrize(("area", "width", "height"), FRAMES)
def test_every_ward_is_labelled_and_no_two_labels_overlap(area, width, height) -> None:
    codes, view, placement = _placed(area, width, height)

    assert sorted(label.code for label in placement.labels) == sorted(codes)
    boxes = placement.boxes()
    assert overlapping_pairs(boxes) == []
    # Inside the map's frame, and at a size readable on the printed page.
    assert (boxes[:, 0] >= 0).all() and (boxes[:, 2] <= view.width).all()
    assert (boxes[:, 1] >= 0).all() and (boxes[:, 3] <= view.height).all()
    assert min(label.size for label in placement.labels) >= MIN_PRINTED_MM


@pytest.mark.parametrize(("area", "width", "height"), FRAMES)
def test_each_box_holds_its_words_and_clears_the_scale_bar_and_north_arrow(area, width, height) -> None:
    _codes, view, placement = _placed(area, width, height)
    for label in placement.labels:
        x0, y0, x1, y1 = label.box
        widest = max(text_width(line, label.size, bold=label.number is not None) for line in label.lines)
        assert x1 - x0 >= widest - 1e-6
        assert y1 - y0 >= len(label.lines) * label.size
    scale_bar = shapely.box(0, view.height - 9, 4 + view.width * 0.22 + 6, view.height)
    north_arrow = shapely.box(view.width - 12, 0, view.width, 16)
    for label in placement.labels:
        box = shapely.box(*label.box)
        assert not box.intersects(scale_bar) and not box.intersects(north_arrow), label


def test_stockport_names_its_wards_and_the_county_numbers_most_of_its_own() -> None:
    _codes, _view, stockport = _placed("Stockport", 190.0, 224.0)
    assert stockport.key == ()
    assert all(label.number is None for label in stockport.labels)

    _codes, _view, county = _placed(None, 277.0, 207.0)
    numbered = [label for label in county.labels if label.number is not None]
    assert len(county.key) == len(numbered) > 100
    # The key lists each number once, in order, against the ward the number stands on.
    assert [n for n, _code, _name in county.key] == list(range(1, len(numbered) + 1))
    by_number = {label.number: label for label in numbered}
    names = gm_boundaries().ward_names
    for number, code, name in county.key:
        assert by_number[number].lines == (str(number),)
        assert by_number[number].code == code and names[code] == name
    # Numbered in the alphabetical order of the names.
    assert [name.casefold() for _n, _c, name in county.key] == sorted(
        n.casefold() for _n, _c, n in county.key
    )


def test_a_label_beside_its_ward_has_a_leader_line_from_inside_the_ward() -> None:
    boundaries = gm_boundaries()
    codes, view, placement = _placed(None, 180.0, 132.0)
    wards = {
        c: shapely.transform(boundaries.wards.set_index("ward_code").to_crs(27700).geometry[c], view.xy)
        for c in codes
    }
    led = [label for label in placement.labels if label.leader]
    assert led
    for label in led:
        x0, y0, x1, y1 = label.leader
        assert wards[label.code].buffer(0.5).contains(shapely.Point(x0, y0))
        bx0, by0, bx1, by1 = label.box
        assert bx0 - 0.01 <= x1 <= bx1 + 0.01 and by0 - 0.01 <= y1 <= by1 + 0.01


def test_a_name_that_fits_nowhere_is_left_off_when_no_key_is_printed() -> None:
    tiny = shapely.box(10, 10, 12, 12)
    big = shapely.box(20, 20, 75, 80)
    placement = place_labels(
        ["A", "B"],
        ["A ward whose name is longer than the whole of the map it is printed on", "Roomy"],
        [tiny, big],
        np.array([[11.0, 11.0], [47.0, 50.0]]),
        80.0,
        90.0,
        numbers=False,
    )
    assert [label.code for label in placement.labels] == ["B"]
    assert placement.key == ()


def test_placement_is_quick_enough_for_the_whole_county_and_the_same_every_time() -> None:
    first = _placed(None, 180.0, 132.0)[2]
    again = _placed(None, 180.0, 132.0)[2]
    assert first == again


def test_label_text_is_escaped_in_the_svg() -> None:
    hostile = '<script>alert(1)</script> & "x"'
    label = Label("E1", (hostile,), 50.0, 50.0, 2.4, (10.0, 48.0, 90.0, 52.0))
    svg = "".join(labels_body(Placement((label,))))
    assert "<script>" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;x&#34;" in svg


def test_text_width_follows_the_font() -> None:
    assert text_width("WWW", 2.4) > text_width("iii", 2.4) * 2
    assert text_width("Bramhall", 2.4, bold=True) > text_width("Bramhall", 2.4)
    assert text_width("Bramhall North", 2.4) == pytest.approx(14 * 2.4 * 0.55, rel=0.25)
