"""The maps in reports and exports, as inline SVG: the abundance choropleth and a ward's atlas map."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from markupsafe import Markup

from assetmap.geo.boundaries import Boundaries
from assetmap.register.records import Asset
from assetmap.reports import drawing
from assetmap.reports.classify import Classification
from assetmap.reports.drawing import INK, MUTED, View, path, shapes, svg, text
from assetmap.reports.measures import to_bng
from assetmap.reports.privacy import drawable
from assetmap.reports.selection import CATEGORY_COLOURS, CATEGORY_LABELS, Area

CONTEXT_FILL = "#f3f4f6"
CONTEXT_STROKE = "#d1d5db"
# Ward names are printed on the map when the area has at most this many wards.
LABEL_WARDS_UP_TO = 40


@dataclass(frozen=True)
class MapFurniture:
    """What a standalone map carries besides the map itself."""

    scale_bar: bool = True
    north_arrow: bool = True


def _area_bounds(codes: Sequence[str], boundaries: Boundaries) -> tuple[float, float, float, float]:
    s = shapes(boundaries)
    geoms = [s.ward(c) for c in codes]
    x0, y0, x1, y1 = shapely.total_bounds(geoms).tolist()
    return x0, y0, x1, y1


def _extent_bounds(extent: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    west, south, east, north = extent
    corners = to_bng([west, east, west, east], [south, south, north, north])
    return (
        float(corners[:, 0].min()),
        float(corners[:, 1].min()),
        float(corners[:, 0].max()),
        float(corners[:, 1].max()),
    )


def choropleth_svg(
    ward_codes: Sequence[str],
    classes: Classification,
    area: Area,
    width: float,
    height: float,
    *,
    boundaries: Boundaries,
    furniture: MapFurniture | None = MapFurniture(),
    label: str = "Map",
) -> Markup:
    """The area's wards shaded by class, district outlines on top, surrounding wards faded.

    ``ward_codes`` are in the same order as ``classes.classes``.
    """
    body = choropleth_body(
        ward_codes, classes, area, width, height, boundaries=boundaries, furniture=furniture
    )
    return drawing.svg(width, height, body, label=label)


def choropleth_body(
    ward_codes: Sequence[str],
    classes: Classification,
    area: Area,
    width: float,
    height: float,
    *,
    boundaries: Boundaries,
    furniture: MapFurniture | None = MapFurniture(),
    halo_copy: bool = False,
    extent: tuple[float, float, float, float] | None = None,
) -> list[str]:
    """The drawing of :func:`choropleth_svg` as SVG elements in millimetres from (0, 0), to place anywhere.

    ``extent`` (west, south, east, north in degrees) draws that part of the map instead of the area.
    """
    s = shapes(boundaries)
    view = View.fit(
        _extent_bounds(extent) if extent else _area_bounds(ward_codes, boundaries), width, height, pad=0.03
    )
    inside = set(ward_codes)
    in_view = {s.ward_codes[i] for i in s.wards_in(view.bounds)}
    body: list[str] = [f'<rect width="{width:.2f}" height="{height:.2f}" fill="#ffffff"/>']
    for i in s.wards_in(view.bounds):
        if s.ward_codes[i] not in inside:
            body.append(path(s.wards[i], view, fill=CONTEXT_FILL, stroke="#ffffff", stroke_width="0.2"))
    for index, code in enumerate(ward_codes):
        if code not in in_view:
            continue
        body.append(
            path(s.ward(code), view, fill=classes.colour_of(index), stroke="#ffffff", stroke_width="0.25")
        )
    for code, geom in zip(s.district_codes, s.districts, strict=True):
        if code in area.district_codes or shapely.intersects(geom, shapely.box(*view.bounds)):
            width_mm = "0.55" if code in area.district_codes else "0.3"
            colour = INK if code in area.district_codes else CONTEXT_STROKE
            body.append(
                path(geom, view, fill="none", stroke=colour, stroke_width=width_mm, stroke_linejoin="round")
            )
    if len(ward_codes) <= LABEL_WARDS_UP_TO:
        points = view.xy(np.array([s.label_points[s.ward_codes.index(c)] for c in ward_codes]))
        names = boundaries.ward_names
        size = 1.8 if len(ward_codes) > 12 else 2.4
        for (x, y), code in zip(points, ward_codes, strict=True):
            body.append(text(x, y, names[code], size=size, anchor="middle", halo=True, halo_copy=halo_copy))
    else:
        _district_labels(body, view, area, boundaries, halo_copy)
    if furniture:
        if furniture.scale_bar:
            body.append(drawing.scale_bar(view, 4, height - 4, width * 0.22))
        if furniture.north_arrow:
            body.append(drawing.north_arrow(width - 7, 3))
    return body


def _district_labels(
    body: list[str], view: View, area: Area, boundaries: Boundaries, halo_copy: bool
) -> None:
    s = shapes(boundaries)
    names = boundaries.district_names
    for code, geom in zip(s.district_codes, s.districts, strict=True):
        if code not in area.district_codes:
            continue
        point = view.xy(shapely.get_coordinates(shapely.point_on_surface(geom)))[0]
        body.append(
            text(
                point[0],
                point[1],
                names[code],
                size=3.2,
                anchor="middle",
                weight="bold",
                halo=True,
                halo_copy=halo_copy,
            )
        )


def ward_map_svg(
    ward_code: str, assets: Sequence[Asset], width: float, height: float, *, boundaries: Boundaries
) -> Markup:
    """One ward of ``boundaries`` with its assets as dots coloured by category, its neighbours faded.

    ``assets`` are the counted assets of this ward and nearby; people are never drawn.
    """
    s = shapes(boundaries)
    names = boundaries.ward_names
    ward = s.ward(ward_code)
    view = View.fit(shapely.bounds(ward), width, height, pad=0.06)
    body: list[str] = [f'<rect width="{width:.2f}" height="{height:.2f}" fill="#ffffff"/>']
    neighbours = [i for i in s.wards_in(view.bounds) if s.ward_codes[i] != ward_code]
    for i in neighbours:
        body.append(path(s.wards[i], view, fill=CONTEXT_FILL, stroke=CONTEXT_STROKE, stroke_width="0.3"))
    body.append(path(ward, view, fill="#fffdf5", stroke=INK, stroke_width="0.6", stroke_linejoin="round"))
    for i in neighbours:
        x, y = view.xy(s.label_points[i : i + 1])[0]
        if 6 < x < width - 6 and 4 < y < height - 4:
            body.append(text(x, y, names[s.ward_codes[i]], size=2.3, anchor="middle", fill=MUTED, halo=True))
    shown = [a for a in assets if drawable(a)]
    if shown:
        xy = view.xy(to_bng([a.lon for a in shown], [a.lat for a in shown]))
        inside = [a.ward_code == ward_code for a in shown]
        # Nearby wards' assets first and faint, so the ward's own sit on top.
        for want_inside in (False, True):
            radius, opacity = (1.1, "1") if want_inside else (0.7, "0.35")
            for (x, y), asset, is_in in zip(xy, shown, inside, strict=True):
                if is_in != want_inside or not (0 <= x <= width and 0 <= y <= height):
                    continue
                colour = CATEGORY_COLOURS[asset.category]
                body.append(
                    f'<circle cx="{x:.2f}" cy="{y:.2f}" r="{radius}" fill="{colour}" '
                    f'fill-opacity="{opacity}" stroke="#ffffff" stroke-width="0.25"/>'
                )
    body.append(drawing.scale_bar(view, 4, height - 4, width * 0.25))
    body.append(drawing.north_arrow(width - 6, 3, size=6.5))
    return svg(width, height, body, label=f"Map of {names[ward_code]} ward and its assets")


def category_key(categories: Sequence[str]) -> list[tuple[str, str]]:
    """(colour, label) for each category drawn on a ward map (people are counted, not drawn)."""
    return [(CATEGORY_COLOURS[c], CATEGORY_LABELS[c]) for c in categories]


def asset_dots_body(
    assets: Sequence[Asset],
    ward_codes: Sequence[str],
    width: float,
    height: float,
    *,
    boundaries: Boundaries,
    extent: tuple[float, float, float, float] | None = None,
) -> list[str]:
    """Assets as dots coloured by category, placed as :func:`choropleth_body` places the map it is drawn
    over (same area or ``extent``, same size). Only what may be drawn is: people's gifts never are."""
    view = View.fit(
        _extent_bounds(extent) if extent else _area_bounds(ward_codes, boundaries), width, height, pad=0.03
    )
    shown = [a for a in assets if drawable(a) and a.lon is not None and a.lat is not None]
    if not shown:
        return []
    body: list[str] = []
    xy = view.xy(to_bng([a.lon for a in shown], [a.lat for a in shown]))
    for (x, y), asset in zip(xy, shown, strict=True):
        if 0 <= x <= width and 0 <= y <= height:
            body.append(
                f'<circle cx="{x:.2f}" cy="{y:.2f}" r="0.9" fill="{CATEGORY_COLOURS[asset.category]}" '
                'stroke="#ffffff" stroke-width="0.2"/>'
            )
    return body
