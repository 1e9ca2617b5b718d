"""The handout of a meeting's saved views: one printed page per view, with its title, note and map.

Every page follows the public tier, whatever the view showed on screen: only public assets are counted
or drawn, a person's gift counts only with their consent (``people``) and is never drawn, and no one is
named. The view's title and note are the worker's text: they reach the template as data, so they are
printed as text, never read as Typst markup. The handout is typeset by Typst (``templates/handout.typ``)
as tagged PDF/UA-1: each view's title a heading, its map a figure with alternative text, its legend text.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from assetmap.geo.boundaries import Boundaries
from assetmap.messages import tr
from assetmap.register.connections import Link
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.register.views import SavedView
from assetmap.reports import drawing
from assetmap.reports.analysis import PageSetup, ReportOptions, analyse
from assetmap.reports.classify import Classification
from assetmap.reports.labels import text_width
from assetmap.reports.map_wording import alt_text, attribution, legend, measure_label
from assetmap.reports.measures import MEASURES
from assetmap.reports.selection import CATEGORY_COLOURS, CATEGORY_LABELS, ReportInputError
from assetmap.reports.svgmap import asset_dots_body, choropleth_body
from assetmap.reports.typeset import typeset
from assetmap.reports.words import Words, words

HANDOUT_PAGE = PageSetup("A4", landscape=False)
MAP_WIDTH = 186.0  # mm: A4 less 12 mm margins
MIN_MAP_HEIGHT = 70.0  # the map takes the rest of the page, but never less than this
PT = 25.4 / 72
TIER = "public"  # a handout leaves the room: it shows what anyone may see


class _PaleWards:
    """Stands in for the classes on an assets view: every ward of the area the same pale ground."""

    def colour_of(self, _index: int) -> str:
        return "#f8fafc"


_PALE = _PaleWards()


@dataclass(frozen=True)
class HandoutPage:
    view: SavedView
    subtitle: str
    map_svg: str
    map_height: float
    alt: str
    legend_title: str
    legend: list[tuple[str, str]]


@dataclass(frozen=True)
class Handout:
    """The handout: the data its template reads (a page per view) and each page's map as SVG."""

    data: dict[str, object]
    maps: dict[str, str]  # file name → SVG, read by the template beside data.json
    title: str
    subject: str
    pages: int

    def pdf(self, moment: dt.datetime | None = None) -> bytes:
        """The handout as tagged PDF/UA-1, one A4 page per view."""
        return typeset("handout.typ", self.data, files=self.maps, moment=moment)


def _options_for(view: SavedView, boundaries: Boundaries) -> ReportOptions:
    area = view.area
    kind = view.area_kind
    chosen: str | None = None
    if kind == "ward":
        chosen = str(area.get("code") or area.get("name"))
    elif kind == "district":
        chosen = str(area.get("name") or area.get("code"))
    measure = view.measure if view.measure in MEASURES else None
    if measure is None:
        measure = "per1000" if boundaries.population else "count"
    category = view.filters.get("category")
    return ReportOptions(
        area=chosen,
        measure=measure,
        categories=[str(category)] if category else None,
        tier=TIER,
        page=HANDOUT_PAGE,
        extent=view.bounds if kind in ("bounds", "all") else None,
    )


def _lines(content: str, size_pt: float, *, bold: bool = False) -> int:
    """How many lines ``content`` takes across the map's width, allowing for where lines can break:
    each line of it fills at most about two thirds of the width on average, and a long word starts one."""
    count = 0
    for line in content.splitlines() or [""]:
        width = text_width(line, size_pt * PT, bold=bold)
        count += max(1, math.ceil(width / (MAP_WIDTH * 0.66)))
    return count


def _room_for_map(
    view: SavedView, subtitle: str, legend_title: str, entries: Sequence[tuple[str, str]], _: Words
) -> float:
    """The map's height: what the page leaves once the title, subtitle, note, legend and footer are set."""
    em = (1.95 if _.lang.right_to_left else 1.6) * PT  # a line: ascender, descender and leading
    used = _lines(view.title, 20, bold=True) * 20 * em + 2 + _lines(subtitle, 9.5) * 9.5 * em + 3
    if view.note:
        used += _lines(view.note, 11) * 11 * em + 4
    # The legend: its title, then its entries side by side, wrapping across the page.
    rows, across = 1, 0.0
    for _colour, label in entries:
        entry = 5 + 2 + text_width(label, 9 * PT) * 1.05 + 4
        if across and across + entry > MAP_WIDTH:
            rows, across = rows + 1, 0.0
        across += entry
    used += 3 + _lines(legend_title, 9, bold=True) * 9 * em + 1.5 + rows * (9 * em + 1.5)
    used += 4 + 3 * 7.5 * em + 4  # the gap above the footer, its (at most) three lines, and a margin
    return max(MIN_MAP_HEIGHT, 297 - 24 - used)


def _page(
    view: SavedView,
    assets: Sequence[Asset],
    boundaries: Boundaries,
    people: PeopleView,
    links: Sequence[Link] | None,
    _: Words,
) -> HandoutPage:
    options = _options_for(view, boundaries)
    try:
        analysis = analyse(assets, options, boundaries=boundaries, people=people, links=links)
    except ReportInputError as exc:
        raise ReportInputError(
            tr(
                "The saved view {title} cannot be printed: {problem} Change its area or filters in the "
                "Saved views panel, or remove it, and print the handout again."
            ).format(title=repr(view.title), problem=exc)
        ) from exc
    codes = list(analysis.area.ward_codes)
    extent = options.extent
    measure = measure_label(analysis, _)
    layer = _("Assets") if view.layer == "assets" else measure
    if set(analysis.categories) == set(CATEGORY_COLOURS):
        categories = _("all categories")
    else:
        categories = ", ".join(_(CATEGORY_LABELS[c]) for c in analysis.categories)
    subtitle = " · ".join([layer, analysis.area.name, categories, _("public assets")])
    if view.layer == "assets":
        entries = [(CATEGORY_COLOURS[c], _(CATEGORY_LABELS[c])) for c in analysis.categories]
        legend_title = _("Public assets, by category")
    else:
        entries = legend(analysis, _)
        legend_title = _("{measure}, by ward").format(measure=measure)
    height = _room_for_map(view, subtitle, legend_title, entries, _)
    # On an assets view the wards are a pale ground under the assets; on an abundance view, the classes.
    classes = cast(Classification, _PALE) if view.layer == "assets" else analysis.classes
    body = choropleth_body(
        codes, classes, analysis.area, MAP_WIDTH, height, boundaries=boundaries, extent=extent
    )
    if view.layer == "assets":
        furniture = 2  # the scale bar and north arrow stay on top of the dots
        dots = asset_dots_body(
            analysis.counted, codes, MAP_WIDTH, height, boundaries=boundaries, extent=extent
        )
        body[len(body) - furniture : len(body) - furniture] = dots
        alt = _(
            "Map of {area}: {count} public assets drawn as dots coloured by category ({categories})."
        ).format(area=analysis.area.name, count=_.number(len(dots)), categories=categories)
    else:
        alt = alt_text(analysis, _)
    svg = drawing.svg(MAP_WIDTH, height, body, label=alt)
    return HandoutPage(view, subtitle, str(svg), height, alt, legend_title, entries)


def build_handout(
    views: Iterable[SavedView],
    assets: Iterable[Asset],
    *,
    boundaries: Boundaries,
    people: PeopleView,
    title: str | None = None,
    date: dt.date | None = None,
    links: Iterable[Link] | None = None,
    language: str | None = "en",
) -> Handout:
    """Lay out one A4 page per view, in the views' order; ``links`` (``Register.links()``) give the
    connection measures a view may show; ``language`` is the handout's (``en``, ``ur``, ``pl``).

    Raises ``ReportInputError`` when there are no views, or a view names an area the register's wards
    do not have (the message names the view).
    """
    chosen = list(views)
    if not chosen:
        raise ReportInputError(
            tr(
                "There are no saved views to print. Save a view of the map first (View → Saved views → "
                "Save current view…)."
            )
        )
    _ = words(language)
    every = list(assets)
    known = None if links is None else list(links)
    pages = [_page(view, every, boundaries, people, known, _) for view in chosen]
    heading = title or _("Saved views")
    day = date or dt.date.today()
    credit = " · ".join([_.date(day), _("Made with AssetMap."), attribution(boundaries, _)])
    subject = _("Handout: {count} saved views of {area}").format(
        count=_.number(len(pages)), area=boundaries.area_name
    )
    data: dict[str, object] = {
        "text": _.typst(),
        "title": heading,
        "subject": subject,
        "pages": [
            {
                "title": page.view.title,
                "subtitle": page.subtitle,
                "note": page.view.note or "",
                "map": {
                    "file": f"map-{i}.svg",
                    "width": MAP_WIDTH,
                    "height": page.map_height,
                    "alt": page.alt,
                },
                "legend": {
                    "title": page.legend_title,
                    "entries": [{"colour": colour, "label": label} for colour, label in page.legend],
                },
                "footer": f"{heading} · {credit}",
                "folio": _("{page} of {pages}").format(page=_.number(i + 1), pages=_.number(len(pages))),
            }
            for i, page in enumerate(pages)
        ],
    }
    maps = {f"map-{i}.svg": page.map_svg for i, page in enumerate(pages)}
    return Handout(data=data, maps=maps, title=heading, subject=subject, pages=len(pages))
