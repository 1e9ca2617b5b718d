"""Every colour pair the meeting map draws meets WCAG 2.2 AA, by computed contrast ratios."""

from __future__ import annotations

import pytest

from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.ui import themes
from assetmap.ui.themes import AA_GRAPHICS, AA_TEXT, HIGH_CONTRAST, MEETING_MAP, contrast_ratio

M = MEETING_MAP
GROUNDS = {"map background": M.background, "inside a ward": M.ward_ground}


def test_contrast_ratio_follows_the_wcag_formula() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # Known values: #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < 4.5
    with pytest.raises(ValueError):
        contrast_ratio("red", "#ffffff")


def test_blend_is_the_colour_seen_through_a_translucent_fill() -> None:
    assert themes.blend("#ffffff", "#000000", 0.5) == "#808080"
    assert themes.blend("#262626", "#111111", 1.0) == "#262626"
    assert themes.blend("#262626", "#111111", 0.0) == "#111111"


TEXT_PAIRS = [
    ("ward and district labels on their halo", M.label_text, M.label_halo),
    *[(f"labels on the {name}", M.label_text, ground) for name, ground in GROUNDS.items()],
    ("legend, captions, popups and scale", M.legend_text, M.legend_background),
    ("the partner-assets notice", M.notice_text, M.notice_background),
    ("a ward's figures", M.figures_text, M.figures_background),
]


@pytest.mark.parametrize(("what", "fg", "bg"), TEXT_PAIRS, ids=[p[0] for p in TEXT_PAIRS])
def test_every_text_on_the_meeting_map_meets_aa_for_text(what: str, fg: str, bg: str) -> None:
    ratio = contrast_ratio(fg, bg)
    assert ratio >= AA_TEXT, f"{what}: {fg} on {bg} is {ratio:.2f}:1, below {AA_TEXT}:1"


GRAPHIC_PAIRS = [
    *[
        (f"{c.label} markers on the {name}", c.colour, ground)
        for c in ABCD_CATEGORIES
        for name, ground in GROUNDS.items()
    ],
    *[(f"{c.label} swatch on the legend", c.colour, M.legend_background) for c in ABCD_CATEGORIES],
    *[(f"marker ring on the {name}", M.marker_ring, ground) for name, ground in GROUNDS.items()],
    ("ward outlines on the map background", M.ward_line, M.background),
    ("ward outlines inside a ward", M.ward_line, M.ward_ground),
    ("district outlines inside a ward", M.district_line, M.ward_ground),
    ("the focus ring on the map", M.focus, M.background),
    ("the notice's box on the map", M.notice_background, M.background),
    ("the legend's border on the map", M.legend_text, M.background),
]


@pytest.mark.parametrize(("what", "fg", "bg"), GRAPHIC_PAIRS, ids=[p[0] for p in GRAPHIC_PAIRS])
def test_every_marker_outline_and_box_meets_aa_for_graphics(what: str, fg: str, bg: str) -> None:
    ratio = contrast_ratio(fg, bg)
    assert ratio >= AA_GRAPHICS, f"{what}: {fg} on {bg} is {ratio:.2f}:1, below {AA_GRAPHICS}:1"


def test_the_markers_fill_stands_apart_from_its_ring() -> None:
    # A marker is its colour inside a ring: the colour must not melt into the ring.
    for category in ABCD_CATEGORIES:
        assert contrast_ratio(category.colour, M.marker_ring) > 1.5, category.label


def test_the_category_colours_are_the_colour_blind_safe_okabe_ito_palette_and_all_differ() -> None:
    palette = {c.upper() for c in themes.OKABE_ITO.values()}
    colours = [c.colour.upper() for c in ABCD_CATEGORIES]
    assert set(colours) <= palette
    assert len(set(colours)) == len(colours)


@pytest.mark.parametrize(
    ("what", "fg", "bg"), HIGH_CONTRAST.pairs(), ids=[p[0] for p in HIGH_CONTRAST.pairs()]
)
def test_the_high_contrast_widget_theme_meets_aa(what: str, fg: str, bg: str) -> None:
    assert contrast_ratio(fg, bg) >= AA_TEXT, what


def test_meeting_text_is_at_least_24_points() -> None:
    # 24 pt is 32 CSS pixels; the page's meeting stylesheet uses this size and the UI test reads it back.
    assert themes.MEETING_FONT_PX * 0.75 >= 24
