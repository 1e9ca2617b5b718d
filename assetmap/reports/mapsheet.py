"""A single map sheet (PDF or PNG): the abundance map of an area with title, legend, scale bar, north
arrow, date and data attribution, laid out for A4 or A3 in either orientation, or as a poster (A1, A0:
the A3 layout drawn larger, so that it reads from across a room).

The whole sheet is one SVG, so the same drawing prints to PDF (through an HTML page) and rasterises to PNG.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from assetmap.geo.boundaries import Boundaries
from assetmap.register.connections import Link
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.reports import drawing
from assetmap.reports.analysis import Analysis, ReportOptions, analyse, long_date
from assetmap.reports.drawing import INK, MUTED, text
from assetmap.reports.methods import short_attribution
from assetmap.reports.privacy import PARTNER_NOTICE
from assetmap.reports.selection import CATEGORY_LABELS
from assetmap.reports.svgmap import choropleth_body
from assetmap.reports.templating import render

MARGIN = 10.0


@dataclass(frozen=True)
class MapSheet:
    """A map sheet as standalone SVG (for PNG) and as a one-page HTML document (for PDF), with metadata."""

    svg: str
    html: str
    width: float
    height: float
    title: str
    subject: str


def _legend(analysis: Analysis, x: float, y: float, width: float) -> tuple[list[str], float]:
    parts, y = _lines(x, y, analysis.measure_label, size=3.0, width=width, fill=INK, weight="bold")
    y -= 1.5
    for colour, label in analysis.legend():
        parts.append(
            Markup(
                f'<rect x="{x:.2f}" y="{y:.2f}" width="7" height="4" fill="{colour}" '
                f'stroke="{INK}" stroke-width="0.15"/>'
            )
        )
        parts.append(text(x + 9, y + 3.2, label, size=2.8))
        y += 5.4
    parts.append(
        Markup(
            f'<line x1="{x:.2f}" y1="{y + 2:.2f}" x2="{x + 7:.2f}" y2="{y + 2:.2f}" '
            f'stroke="{INK}" stroke-width="0.55"/>'
        )
    )
    parts.append(text(x + 9, y + 3.0, "District boundary", size=2.8))
    return parts, y + 6


def _lines(
    x: float, y: float, content: str, *, size: float, width: float, fill: str = MUTED, weight: str = "normal"
) -> tuple[list[str], float]:
    chars = max(12, int(width / (size * 0.58)))
    parts: list[str] = []
    for line in textwrap.wrap(content, chars):
        parts.append(text(x, y, line, size=size, fill=fill, weight=weight))
        y += size * 1.35
    return parts, y


def build_map_sheet(
    assets: Iterable[Asset],
    options: ReportOptions,
    *,
    boundaries: Boundaries,
    people: PeopleView,
    links: Iterable[Link] | None = None,
) -> MapSheet:
    """Lay out the map sheet for ``options`` (area, measure, categories, tier, page) on ``boundaries``.

    ``people`` is the consent in force: a person's gift counts only with it; the sheet names no one.
    ``links`` (``Register.links()``) give the connection measures.

    Raises ``ReportInputError`` for an unknown area, category, tier or measure.
    """
    analysis = analyse(assets, options, boundaries=boundaries, people=people, links=links)
    svg = _sheet(analysis, halo_copy=False)
    subject = f"{analysis.measure_label} by ward, {analysis.area.name}"
    html = render(
        "sheet.html.j2",
        title=analysis.title,
        subject=subject,
        svg=svg,
        width=options.page.width,
        height=options.page.height,
    )
    raster = _sheet(analysis, halo_copy=True)
    return MapSheet(str(raster), html, options.page.width, options.page.height - 0.6, analysis.title, subject)


def _sheet(analysis: Analysis, *, halo_copy: bool) -> Markup:
    paper = analysis.options.page
    page = paper.layout
    width, height = page.width, page.height - 0.6
    inner = width - 2 * MARGIN
    body: list[str] = [f'<rect width="{width:.2f}" height="{height:.2f}" fill="#ffffff"/>']
    body.append(text(MARGIN, MARGIN + 6, analysis.title, size=7.0, weight="bold"))
    categories = ", ".join(CATEGORY_LABELS[c] for c in analysis.categories)
    tier = "public and partner-only assets" if analysis.partner_tier else "public assets"
    sub = f"{analysis.measure_label} by ward · {categories} · {tier}"
    sub_parts, top = _lines(MARGIN, MARGIN + 12, sub, size=3.3, width=inner, fill=INK)
    body += sub_parts
    if analysis.partner_tier:
        body.append(
            Markup(
                f'<rect x="{width - MARGIN - 62:.2f}" y="{MARGIN:.2f}" width="62" height="7" rx="1" '
                f'fill="#ffffff" stroke="#1e3a8a" stroke-width="0.35"/>'
            )
        )
        body.append(
            text(
                width - MARGIN - 31,
                MARGIN + 4.7,
                PARTNER_NOTICE,
                size=3.0,
                anchor="middle",
                weight="bold",
                fill="#1e3a8a",
            )
        )
    footer = f"{long_date(analysis.date)} · Made with AssetMap. {short_attribution(analysis.boundaries)}"
    legend_w = 62.0
    if page.landscape:
        map_w, map_h = inner - legend_w - 6, height - top - MARGIN - 16
        legend_x, legend_y = MARGIN + map_w + 6, top + 6
    else:
        map_w, map_h = inner, height - top - MARGIN - 64
        legend_x, legend_y = MARGIN, top + map_h + 10
    drawn = choropleth_body(
        list(analysis.area.ward_codes),
        analysis.classes,
        analysis.area,
        map_w,
        map_h,
        boundaries=analysis.boundaries,
        halo_copy=halo_copy,
        extent=analysis.options.extent,
    )
    map_y = top + 2
    # The map goes first and the margins are then painted white over whatever spills out of its frame:
    # Qt's SVG renderer (used for PNG) supports neither clip paths nor nested viewports.
    body[1:1] = [Markup(f'<g transform="translate({MARGIN:.2f} {map_y:.2f})">'), *drawn, Markup("</g>")]
    body.insert(
        len(drawn) + 3,
        Markup(
            f'<path fill="#ffffff" fill-rule="evenodd" d="M0 0H{width:.2f}V{height:.2f}H0Z '
            f'M{MARGIN:.2f} {map_y:.2f}V{map_y + map_h:.2f}H{MARGIN + map_w:.2f}V{map_y:.2f}Z"/>'
        ),
    )
    body.append(
        Markup(
            f'<rect x="{MARGIN:.2f}" y="{map_y:.2f}" width="{map_w:.2f}" height="{map_h:.2f}" '
            f'fill="none" stroke="#d1d5db" stroke-width="0.3"/>'
        )
    )
    legend, _ = _legend(analysis, legend_x, legend_y, legend_w if page.landscape else inner / 2)
    body += legend
    foot_w = inner
    foot_parts, _ = _lines(MARGIN, height - MARGIN - 8, footer, size=2.3, width=foot_w)
    body += foot_parts
    return drawing.svg(width, height, body, label=analysis.title, scale=paper.scale)
