"""SVG drawing straight from geometry: wards and districts in British National Grid metres, placed on
paper in millimetres, plus the map furniture (scale bar, north arrow).

Drawing paths directly is much faster than a plotting library per page, and the output is small vector
SVG that prints as vector PDF. All text goes through :func:`text`, which escapes it.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import shapely
from markupsafe import Markup, escape

from assetmap.geo.boundaries import BRITISH_NATIONAL_GRID, Boundaries

FONT = "'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif"
INK = "#1f2937"
MUTED = "#6b7280"
# Outlines are kept to about a metre of the 20 m generalised boundaries: finer than print can show.
_BASE_TOLERANCE_M = 4.0


@dataclass(frozen=True)
class Shapes:
    """Ward and district polygons in BNG metres, with a spatial index over the wards."""

    ward_codes: tuple[str, ...]
    wards: np.ndarray
    district_codes: tuple[str, ...]
    districts: np.ndarray
    tree: shapely.STRtree
    label_points: np.ndarray

    def ward(self, code: str) -> shapely.Geometry:
        return self.wards[self.ward_codes.index(code)]

    def wards_in(self, bounds: tuple[float, float, float, float]) -> list[int]:
        return sorted(int(i) for i in self.tree.query(shapely.box(*bounds)))


def shapes(boundaries: Boundaries) -> Shapes:
    """The wards and districts of ``boundaries``, projected and lightly simplified once per set."""
    return _shapes_of(boundaries)


@functools.lru_cache(maxsize=4)
def _shapes_of(b: Boundaries) -> Shapes:
    wards = b.wards.to_crs(BRITISH_NATIONAL_GRID)
    districts = b.districts.to_crs(BRITISH_NATIONAL_GRID)
    ward_geoms = shapely.simplify(wards.geometry.to_numpy(), _BASE_TOLERANCE_M, preserve_topology=True)
    district_geoms = shapely.simplify(
        districts.geometry.to_numpy(), _BASE_TOLERANCE_M, preserve_topology=True
    )
    points = shapely.get_coordinates(shapely.point_on_surface(ward_geoms))
    return Shapes(
        tuple(wards["ward_code"]),
        ward_geoms,
        tuple(districts["lad_code"]),
        district_geoms,
        shapely.STRtree(ward_geoms),
        points,
    )


@dataclass(frozen=True)
class View:
    """A rectangle of the ground (BNG metres) drawn into ``width`` × ``height`` millimetres."""

    minx: float
    miny: float
    maxx: float
    maxy: float
    width: float
    height: float
    scale: float  # millimetres of paper per metre of ground
    dx: float
    dy: float

    @classmethod
    def fit(cls, bounds: Iterable[float], width: float, height: float, pad: float = 0.04) -> View:
        """The view that shows ``bounds`` as large as it fits, centred, with a margin of ``pad``."""
        minx, miny, maxx, maxy = bounds
        span_x = max(maxx - minx, 1.0)
        span_y = max(maxy - miny, 1.0)
        scale = min(width / span_x, height / span_y) * (1 - 2 * pad)
        cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
        half_w, half_h = width / scale / 2, height / scale / 2
        return cls(
            cx - half_w,
            cy - half_h,
            cx + half_w,
            cy + half_h,
            width,
            height,
            scale,
            width / 2 - cx * scale,
            height / 2 + cy * scale,
        )

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        return self.minx, self.miny, self.maxx, self.maxy

    def xy(self, coords: np.ndarray) -> np.ndarray:
        """BNG (n, 2) → paper millimetres (n, 2), y downwards."""
        out = np.empty_like(coords, dtype=float)
        out[:, 0] = coords[:, 0] * self.scale + self.dx
        out[:, 1] = self.dy - coords[:, 1] * self.scale
        return out


def _ring(coords: np.ndarray, view: View) -> str:
    paper = np.round(view.xy(coords), 2)
    flat = " ".join(f"{x:g} {y:g}" for x, y in paper[:-1])
    return f"M{flat}Z"


def path_data(geometry: shapely.Geometry, view: View) -> str:
    """SVG path data for a polygon or multipolygon (holes use the even-odd rule)."""
    parts: list[str] = []
    polygons = shapely.get_parts(geometry)
    for polygon in polygons:
        parts.append(_ring(shapely.get_coordinates(polygon.exterior), view))
        parts.extend(_ring(shapely.get_coordinates(hole), view) for hole in polygon.interiors)
    return "".join(parts)


def path(geometry: shapely.Geometry, view: View, **style: object) -> Markup:
    attrs = "".join(f' {k.replace("_", "-")}="{escape(v)}"' for k, v in style.items())
    return Markup(f'<path d="{path_data(geometry, view)}" fill-rule="evenodd"{attrs}/>')


def text(
    x: float,
    y: float,
    content: str,
    *,
    size: float = 2.4,
    anchor: str = "start",
    weight: str = "normal",
    fill: str = INK,
    halo: bool = False,
    halo_copy: bool = False,
) -> Markup:
    """A line of escaped text at ``x``, ``y`` mm (``size`` in mm); ``halo`` keeps it legible on a map.

    The halo is a white stroke painted under the letters (``paint-order``), so the PDF holds the text
    once. Qt's SVG renderer ignores ``paint-order``; for it, ``halo_copy`` draws a stroked copy underneath.
    """
    attrs = f'x="{x:.2f}" y="{y:.2f}" font-size="{size:.2f}" text-anchor="{anchor}" font-weight="{weight}"'
    content_text = escape(content)
    stroke = 'stroke="#ffffff" stroke-width="0.5" stroke-opacity="0.9" stroke-linejoin="round"'
    if halo and halo_copy:
        return Markup(
            f'<text {attrs} fill="#ffffff" {stroke} aria-hidden="true">{content_text}</text>'
            f'<text {attrs} fill="{fill}">{content_text}</text>'
        )
    if halo:
        return Markup(f'<text {attrs} fill="{fill}" {stroke} paint-order="stroke">{content_text}</text>')
    return Markup(f'<text {attrs} fill="{fill}">{content_text}</text>')


def _nice_length(metres: float) -> float:
    exponent = 10 ** math.floor(math.log10(metres))
    for step in (5, 2, 1):
        if step * exponent <= metres:
            return step * exponent
    return exponent


def scale_bar(view: View, x: float, y: float, max_width: float) -> Markup:
    """A two-segment scale bar whose left end is at ``x``, ``y`` mm, no wider than ``max_width`` mm."""
    metres = _nice_length(max_width / view.scale)
    width = metres * view.scale
    label = f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"
    half = width / 2
    return Markup(
        f'<g class="scale-bar">'
        f'<rect x="{x:.2f}" y="{y:.2f}" width="{half:.2f}" height="1.2" fill="{INK}"/>'
        f'<rect x="{x + half:.2f}" y="{y:.2f}" width="{half:.2f}" height="1.2" fill="#ffffff" '
        f'stroke="{INK}" stroke-width="0.25"/>'
        f"{text(x, y - 1.0, '0', size=2.4, anchor='middle')}"
        f"{text(x + width, y - 1.0, label, size=2.4, anchor='middle')}"
        f"</g>"
    )


def north_arrow(x: float, y: float, size: float = 8.0) -> Markup:
    """A north arrow centred on ``x`` with its tip at ``y`` mm (grid north: the maps use the BNG)."""
    half = size * 0.32
    return Markup(
        f'<g class="north-arrow">'
        f'<path d="M{x:.2f} {y:.2f} L{x + half:.2f} {y + size:.2f} L{x:.2f} {y + size * 0.72:.2f} Z" '
        f'fill="{INK}"/>'
        f'<path d="M{x:.2f} {y:.2f} L{x - half:.2f} {y + size:.2f} L{x:.2f} {y + size * 0.72:.2f} Z" '
        f'fill="#ffffff" stroke="{INK}" stroke-width="0.3"/>'
        f"{text(x, y + size + 3.2, 'N', size=3.0, anchor='middle', weight='bold')}"
        f"</g>"
    )


def svg(width: float, height: float, body: Iterable[str], *, label: str, scale: float = 1.0) -> Markup:
    """An inline SVG element ``width`` × ``height`` mm whose user units are millimetres.

    ``scale`` draws it that many times larger on paper (a poster laid out as a smaller sheet).
    """
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}" '
        f'width="{width * scale:.2f}mm" height="{height * scale:.2f}mm" '
        f'viewBox="0 0 {width:.2f} {height:.2f}" '
        f'font-family="{escape(FONT)}">' + "".join(body) + "</svg>"
    )
