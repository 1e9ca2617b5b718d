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
from assetmap.reports.labels import Placement, place_labels
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


@dataclass(frozen=True)
class DrawnMap:
    """A map drawn to fit a frame: its SVG elements, its size (trimmed to what it shows) and labels."""

    body: list[str]
    width: float
    height: float
    view: View
    labels: Placement


def fitted_view(
    ward_codes: Sequence[str],
    width: float,
    height: float,
    *,
    boundaries: Boundaries,
    extent: tuple[float, float, float, float] | None = None,
    pad: float = 0.03,
) -> View:
    """The view of the area (or ``extent``) as large as it fits in ``width`` × ``height`` mm, with the
    frame trimmed to the ground that has something drawn on it (the area and the wards around it).

    The scale is that of the untrimmed fit: a frame of another shape only loses empty paper, so the map
    keeps its aspect and the page keeps the space for what follows it.
    """
    bounds = _extent_bounds(extent) if extent else _area_bounds(ward_codes, boundaries)
    view = View.fit(bounds, width, height, pad=pad)
    if extent:
        return view
    s = shapes(boundaries)
    span_x, span_y = view.maxx - view.minx, view.maxy - view.miny
    # The ground around the frame, as far again as the frame is wide and tall, for wards to shift to.
    around = (view.minx - span_x, view.miny - span_y, view.maxx + span_x, view.maxy + span_y)
    seen = s.wards[s.wards_in(around)]
    if len(seen) == 0:
        return view
    drawn = shapely.total_bounds(seen).tolist()
    margin = pad * max(span_x, span_y)
    ax0, ay0, ax1, ay1 = bounds
    x0, x1 = _slide(view.minx, span_x, drawn[0] - margin, drawn[2] + margin, ax0 - margin, ax1 + margin)
    y0, y1 = _slide(view.miny, span_y, drawn[1] - margin, drawn[3] + margin, ay0 - margin, ay1 + margin)
    return View(
        x0,
        y0,
        x1,
        y1,
        (x1 - x0) * view.scale,
        (y1 - y0) * view.scale,
        view.scale,
        -x0 * view.scale,
        y1 * view.scale,
    )


def _slide(
    start: float, span: float, low: float, high: float, keep_low: float, keep_high: float
) -> tuple[float, float]:
    """One axis of the frame ``[start, start + span]``: where the ground drawn (``low``–``high``) is
    narrower than the frame, the frame is trimmed to it; else it slides towards it (keeping the area,
    ``keep_low``–``keep_high``, inside) so that the frame shows wards rather than empty paper."""
    if high - low <= span:
        return low, high
    slid = min(max(start, low), high - span)
    slid = min(max(slid, keep_high - span), keep_low)
    return slid, slid + span


def choropleth_map(
    ward_codes: Sequence[str],
    classes: Classification,
    area: Area,
    width: float,
    height: float,
    *,
    boundaries: Boundaries,
    furniture: MapFurniture | None = MapFurniture(),
    extent: tuple[float, float, float, float] | None = None,
) -> DrawnMap:
    """The choropleth in a frame of at most ``width`` × ``height`` mm, trimmed to what it shows, with
    every ward of the area labelled: by name where it fits, else by a number for a key beside the map.
    """
    view = fitted_view(ward_codes, width, height, boundaries=boundaries, extent=extent)
    body = _choropleth(ward_codes, classes, area, view, boundaries=boundaries)
    labels = ward_labels(ward_codes, view, boundaries, furniture=furniture)
    body += labels_body(labels)
    body += _furniture(view, furniture)
    return DrawnMap(body, view.width, view.height, view, labels)


def _choropleth(
    ward_codes: Sequence[str], classes: Classification, area: Area, view: View, *, boundaries: Boundaries
) -> list[str]:
    s = shapes(boundaries)
    width, height = view.width, view.height
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
    return body


def _furniture(view: View, furniture: MapFurniture | None) -> list[str]:
    body: list[str] = []
    if furniture and furniture.scale_bar:
        body.append(drawing.scale_bar(view, 4, view.height - 4, view.width * 0.22))
    if furniture and furniture.north_arrow:
        body.append(drawing.north_arrow(view.width - 7, 3))
    return body


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
    view = View.fit(
        _extent_bounds(extent) if extent else _area_bounds(ward_codes, boundaries), width, height, pad=0.03
    )
    body = _choropleth(ward_codes, classes, area, view, boundaries=boundaries)
    if len(ward_codes) <= LABEL_WARDS_UP_TO:
        placement = ward_labels(ward_codes, view, boundaries, furniture=furniture, numbers=False)
        body += labels_body(placement, halo_copy=halo_copy)
    else:
        _district_labels(body, view, area, boundaries, halo_copy)
    body += _furniture(view, furniture)
    return body


def _furniture_boxes(
    width: float, height: float, furniture: MapFurniture | None
) -> list[tuple[float, float, float, float]]:
    """Where the scale bar and north arrow are drawn (see :func:`choropleth_body`): labels keep clear."""
    boxes: list[tuple[float, float, float, float]] = []
    if furniture and furniture.scale_bar:
        boxes.append((0.0, height - 9.0, 4 + width * 0.22 + 6, height))
    if furniture and furniture.north_arrow:
        boxes.append((width - 12.0, 0.0, width, 16.0))
    return boxes


def ward_labels(
    ward_codes: Sequence[str],
    view: View,
    boundaries: Boundaries,
    *,
    furniture: MapFurniture | None = MapFurniture(),
    numbers: bool = True,
) -> Placement:
    """Labels for ``ward_codes`` on a map drawn with ``view``, none overlapping (see :mod:`labels`).

    With ``numbers``, a ward whose name fits neither in nor beside it is numbered, and the placement's
    key lists it; without, it is left unlabelled.
    """
    s = shapes(boundaries)
    index = [s.ward_codes.index(c) for c in ward_codes]
    paper = shapely.transform(s.wards[index], view.xy)
    anchors = view.xy(s.label_points[index]) if index else np.zeros((0, 2))
    names = boundaries.ward_names
    return place_labels(
        list(ward_codes),
        [names[c] for c in ward_codes],
        list(paper),
        anchors,
        view.width,
        view.height,
        obstacles=_furniture_boxes(view.width, view.height, furniture),
        numbers=numbers,
    )


def labels_body(placement: Placement, *, halo_copy: bool = False) -> list[str]:
    """The placed labels as SVG: leader lines first, then each label's lines (text escaped)."""
    body: list[str] = []
    for label in placement.labels:
        if label.leader:
            x0, y0, x1, y1 = label.leader
            body.append(
                f'<line x1="{x0:.2f}" y1="{y0:.2f}" x2="{x1:.2f}" y2="{y1:.2f}" stroke="{INK}" '
                'stroke-width="0.2"/>'
                f'<circle cx="{x0:.2f}" cy="{y0:.2f}" r="0.35" fill="{INK}"/>'
            )
    for label in placement.labels:
        weight = "bold" if label.number is not None else "normal"
        for line, baseline in zip(label.lines, label.baselines(), strict=True):
            body.append(
                text(
                    label.x,
                    baseline,
                    line,
                    size=label.size,
                    anchor="middle",
                    weight=weight,
                    halo=True,
                    halo_copy=halo_copy,
                )
            )
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
