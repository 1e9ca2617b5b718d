"""The abundance layer as the page shows it: ward colours, legend, hover figures, switching, hostile text."""

from __future__ import annotations

import copy
import json

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from assetmap.geo.boundaries import gm_boundaries
from assetmap.register.categories import ABCD_CATEGORIES
from assetmap.register.consent import NO_PEOPLE
from assetmap.register.records import Asset, Category
from assetmap.reports.layer import abundance_layer
from assetmap.reports.selection import resolve_area
from assetmap.ui.web.view import MapView

pytestmark = pytest.mark.web

CATEGORIES = [Category(c.code, c.label, c.colour, c.subcategories) for c in ABCD_CATEGORIES]
READY_MS = 30000
BRAMHALL_NORTH = "E05015014"
BREDBURY = "E05015016"
IN_BRAMHALL = (-2.16507, 53.37156)
IN_BREDBURY = (-2.10464, 53.42657)
PRIVATE_NAME = "Secret Shelter Kq9"
PEOPLE = ("Jane Mender-Kq9", "Omar Singer-Kq9", "Ada Listener-Kq9")


def _asset(i: int, name: str, category: str, where: tuple[float, float], ward: str, **extra: object) -> Asset:
    return Asset(
        id=f"a{i}",
        name=name,
        category=category,
        lon=where[0] + 0.0004 * i,
        lat=where[1],
        ward_code=ward,
        **extra,
    )


def make_assets() -> list[Asset]:
    """Bramhall North: 2 associations, 1 space, a private space and 3 people; Bredbury: 4 associations."""
    return [
        _asset(0, "Bramhall Residents", "associations", IN_BRAMHALL, BRAMHALL_NORTH),
        _asset(1, "Allotments Society", "associations", IN_BRAMHALL, BRAMHALL_NORTH),
        _asset(2, "Village Hall", "physical_spaces", IN_BRAMHALL, BRAMHALL_NORTH),
        _asset(3, PRIVATE_NAME, "physical_spaces", IN_BRAMHALL, BRAMHALL_NORTH, visibility="private"),
        *(_asset(4 + i, p, "gifts_skills", IN_BRAMHALL, BRAMHALL_NORTH) for i, p in enumerate(PEOPLE)),
        *(_asset(10 + i, f"Bredbury Club {i}", "associations", IN_BREDBURY, BREDBURY) for i in range(4)),
    ]


@pytest.fixture
def loaded(qtbot, map_view: MapView) -> MapView:
    with qtbot.waitSignal(map_view.ready, timeout=READY_MS):
        map_view.load(
            CATEGORIES,
            make_assets(),
            {BRAMHALL_NORTH: "Bramhall North", BREDBURY: "Bredbury"},
            people=NO_PEOPLE,
        )
    return map_view


def abundance(view: MapView) -> dict:
    return view.evaluate("assetmap.abundance()")  # type: ignore[return-value]


def show(qtbot, view: MapView, layer: dict | None) -> None:
    view.set_abundance_layer(layer)
    qtbot.waitUntil(lambda: abundance(view)["shown"] is (layer is not None), timeout=5000)


def test_switching_to_abundance_fills_all_215_wards_with_legend_colours_in_place(
    qtbot, loaded: MapView
) -> None:
    loaded.evaluate("assetmap.zoomTo(11) && (window.__probe = 'still here')")
    qtbot.waitUntil(lambda: loaded.evaluate("assetmap.stats().zoom") == 11, timeout=5000)
    before = loaded.evaluate("assetmap.view()")
    layer = abundance_layer(make_assets(), measure="count", boundaries=gm_boundaries(), people=NO_PEOPLE)

    show(qtbot, loaded, layer)
    shown = abundance(loaded)
    assert shown["filled_wards"] == 215
    assert shown["colours"] == {code: ward["colour"] for code, ward in layer["wards"].items()}
    assert set(shown["colours"].values()) <= {colour for colour, _ in shown["legend"]}
    assert shown["legend"] == layer["legend"]
    assert shown["title"] == "Assets"
    assert shown["assets_shown"] is False and shown["category_legend_shown"] is False
    # The same page, in the same place: no reload, no rebuild.
    assert loaded.evaluate("window.__probe") == "still here"
    assert loaded.evaluate("assetmap.view()") == before


def test_a_district_layer_fills_only_that_districts_wards(qtbot, loaded: MapView) -> None:
    show(
        qtbot,
        loaded,
        abundance_layer(
            make_assets(), area="Stockport", measure="per1000", boundaries=gm_boundaries(), people=NO_PEOPLE
        ),
    )
    shown = abundance(loaded)
    assert (
        shown["filled_wards"] == len(resolve_area("Stockport", boundaries=gm_boundaries()).ward_codes) == 21
    )
    assert shown["subtitle"] == "Stockport · all categories · public assets"


def test_hovering_a_ward_shows_its_figures_with_three_people_as_under_5(qtbot, loaded: MapView) -> None:
    show(
        qtbot,
        loaded,
        abundance_layer(
            make_assets(), area="Stockport", measure="count", boundaries=gm_boundaries(), people=NO_PEOPLE
        ),
    )
    text = loaded.evaluate(f"assetmap.hoverWard('{BRAMHALL_NORTH}')")
    lines = text.split("\n")
    # The total (2 + 1 + 3 people) would give the 3 away: withheld, and the last line says why.
    assert lines[:3] == ["Bramhall North", "Stockport", "Assets: *"]
    assert "People's gifts and skills: <5" in lines
    assert "Associations and groups: 2" in lines
    assert "Physical spaces: 1" in lines  # the private space is not counted
    assert "Per 1,000 residents: *" in lines
    assert lines[-1] == "*: Withheld to protect individuals"
    assert not {line.split(": ")[-1] for line in lines} & {"6", "3"}
    shown = abundance(loaded)
    assert shown["colours"][BRAMHALL_NORTH] == shown["legend"][-1][0]
    assert shown["legend"][-1][1] == "Withheld to protect individuals"
    assert "Associations and groups: 4" in loaded.evaluate(f"assetmap.hoverWard('{BREDBURY}')").split("\n")


def test_switching_back_restores_the_asset_markers_and_their_legend(qtbot, loaded: MapView) -> None:
    drawn = loaded.evaluate("assetmap.stats().assets_drawn")
    show(qtbot, loaded, abundance_layer(make_assets(), boundaries=gm_boundaries(), people=NO_PEOPLE))
    show(qtbot, loaded, None)
    shown = abundance(loaded)
    assert shown["assets_shown"] is True and shown["category_legend_shown"] is True
    assert shown["filled_wards"] == 0 and shown["legend"] == []
    assert loaded.evaluate("assetmap.stats().assets_drawn") == drawn == 11
    assert [code for code, _ in loaded.evaluate("assetmap.legend()")] == [c.code for c in CATEGORIES]


def test_the_partner_notice_is_on_the_map_legend_in_the_partners_tier(qtbot, loaded: MapView) -> None:
    show(
        qtbot,
        loaded,
        abundance_layer(
            make_assets(), area="Stockport", tier="partners", boundaries=gm_boundaries(), people=NO_PEOPLE
        ),
    )
    assert abundance(loaded)["notice"] == "Contains partner-only information"
    show(
        qtbot,
        loaded,
        abundance_layer(make_assets(), area="Stockport", boundaries=gm_boundaries(), people=NO_PEOPLE),
    )
    assert abundance(loaded)["notice"] is None


def test_the_page_has_no_layer_switch_of_its_own(qtbot, loaded: MapView) -> None:
    """The Abundance panel's switch is the window's only one; the page offers none beside it."""
    show(
        qtbot,
        loaded,
        abundance_layer(make_assets(), area="Stockport", boundaries=gm_boundaries(), people=NO_PEOPLE),
    )
    assert abundance(loaded)["switches"] == 0
    assert loaded.evaluate("typeof assetmap.bridgeForTests().report_layer_chosen") == "undefined"


def test_the_layer_comes_back_after_the_page_is_rebuilt(qtbot, loaded: MapView) -> None:
    show(
        qtbot,
        loaded,
        abundance_layer(make_assets(), area="Stockport", boundaries=gm_boundaries(), people=NO_PEOPLE),
    )
    with qtbot.waitSignal(loaded.ready, timeout=READY_MS):
        loaded.load(CATEGORIES, make_assets(), {}, people=NO_PEOPLE)
    qtbot.waitUntil(lambda: abundance(loaded)["shown"] is True, timeout=5000)
    assert abundance(loaded)["filled_wards"] == 21


def test_the_layer_names_no_private_asset_and_no_person(qtbot, loaded: MapView) -> None:
    for tier in ("public", "partners"):
        layer = abundance_layer(
            make_assets(), area="Stockport", tier=tier, boundaries=gm_boundaries(), people=NO_PEOPLE
        )
        text = json.dumps(layer, ensure_ascii=False)
        for name in (PRIVATE_NAME, *PEOPLE):
            assert name not in text
        show(qtbot, loaded, layer)
        legend_and_figures = loaded.evaluate(
            "Array.from(document.querySelectorAll('.am-box')).map(b => b.textContent).join(' ')"
        )
        for name in (PRIVATE_NAME, *PEOPLE):
            assert name not in legend_and_figures


def test_hostile_titles_labels_and_ward_names_are_shown_literally(
    qtbot, loaded: MapView, hostile_strings: list[str]
) -> None:
    layer = copy.deepcopy(
        abundance_layer(
            make_assets(), area="Stockport", measure="count", boundaries=gm_boundaries(), people=NO_PEOPLE
        )
    )
    layer["title"], layer["subtitle"], layer["note"], layer["partner_notice"] = hostile_strings[:4]
    layer["legend"] = [[colour, hostile_strings[4 + i]] for i, (colour, _) in enumerate(layer["legend"])]
    layer["legend"].append(["red;background:url(x)", hostile_strings[10]])
    codes = list(layer["wards"])
    for i, code in enumerate(codes):
        ward = layer["wards"][code]
        ward["name"] = hostile_strings[(11 + i) % len(hostile_strings)]
        ward["district"] = hostile_strings[(12 + i) % len(hostile_strings)]
        ward["figures"] = [
            [
                hostile_strings[(13 + i) % len(hostile_strings)],
                hostile_strings[(14 + i) % len(hostile_strings)],
            ]
        ]
    show(qtbot, loaded, layer)

    shown = abundance(loaded)
    assert shown["title"] == hostile_strings[0]
    assert shown["subtitle"] == hostile_strings[1]
    assert shown["notice"] == hostile_strings[3]
    assert [label for _, label in shown["legend"]] == [label for _, label in layer["legend"]]
    assert shown["legend"][-1][0] == "#e5e7eb"  # a colour that is not #rrggbb is not used
    for i, code in enumerate(codes):
        ward = layer["wards"][code]
        expected = [ward["name"], ward["district"], f"{ward['figures'][0][0]}: {ward['figures'][0][1]}"]
        assert loaded.evaluate(f"assetmap.hoverWard('{code}')") == "\n".join(expected), i

    qtbot.wait(500)  # give any injected onerror/onload handler time to fire
    assert "PWN" not in loaded.evaluate("document.title")
    html = loaded.evaluate("document.documentElement.outerHTML").lower()
    assert "<img" not in html and "<svg" not in html and "<iframe" not in html
    assert loaded.request_guard.blocked == type(loaded.request_guard.blocked)()
