"""The handout of a meeting's saved views: one printed page per view, with its title, note and map.

Every page follows the public tier, whatever the view showed on screen: only public assets are counted
or drawn, a person's gift counts only with their consent (``people``) and is never drawn, and no one is
named. The view's title and note are the worker's text, printed as text (the template escapes it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from markupsafe import Markup

from assetmap.geo.boundaries import Boundaries
from assetmap.register.connections import Link
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.register.views import SavedView
from assetmap.reports import drawing
from assetmap.reports.analysis import PageSetup, ReportOptions, analyse, long_date
from assetmap.reports.classify import Classification
from assetmap.reports.layer import categories_wording
from assetmap.reports.measures import MEASURES
from assetmap.reports.methods import short_attribution
from assetmap.reports.selection import CATEGORY_COLOURS, CATEGORY_LABELS, ReportInputError
from assetmap.reports.svgmap import asset_dots_body, choropleth_body
from assetmap.reports.templating import render

HANDOUT_PAGE = PageSetup("A4", landscape=False)
MAP_WIDTH = 186.0  # mm: A4 less 12 mm margins
MAP_HEIGHT = 150.0
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
    map_svg: Markup
    legend_title: str
    legend: list[tuple[str, str]]


@dataclass(frozen=True)
class Handout:
    """The handout as one HTML document, one ``section.page`` per view, ready to print to A4."""

    html: str
    title: str
    subject: str
    pages: int


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


def _page(
    view: SavedView,
    assets: Sequence[Asset],
    boundaries: Boundaries,
    people: PeopleView,
    links: Sequence[Link] | None,
) -> HandoutPage:
    options = _options_for(view, boundaries)
    try:
        analysis = analyse(assets, options, boundaries=boundaries, people=people, links=links)
    except ReportInputError as exc:
        raise ReportInputError(
            f"The saved view {view.title!r} cannot be printed: {exc} Change its area or filters in the "
            "Saved views panel, or remove it, and print the handout again."
        ) from exc
    codes = list(analysis.area.ward_codes)
    extent = options.extent
    # On an assets view the wards are a pale ground under the assets; on an abundance view, the classes.
    classes = cast(Classification, _PALE) if view.layer == "assets" else analysis.classes
    body = choropleth_body(
        codes, classes, analysis.area, MAP_WIDTH, MAP_HEIGHT, boundaries=boundaries, extent=extent
    )
    if view.layer == "assets":
        furniture = 2  # the scale bar and north arrow stay on top of the dots
        dots = asset_dots_body(
            analysis.counted, codes, MAP_WIDTH, MAP_HEIGHT, boundaries=boundaries, extent=extent
        )
        body[len(body) - furniture : len(body) - furniture] = dots
        legend = [(CATEGORY_COLOURS[c], CATEGORY_LABELS[c]) for c in analysis.categories]
        legend_title = "Public assets, by category"
    else:
        legend = analysis.legend()
        legend_title = f"{analysis.measure_label}, by ward"
    layer = "Assets" if view.layer == "assets" else analysis.measure_label
    subtitle = " · ".join(
        [layer, analysis.area.name, categories_wording(analysis.categories), "public assets"]
    )
    svg = drawing.svg(MAP_WIDTH, MAP_HEIGHT, body, label=f"Map: {view.title}")
    return HandoutPage(view, subtitle, svg, legend_title, legend)


def build_handout(
    views: Iterable[SavedView],
    assets: Iterable[Asset],
    *,
    boundaries: Boundaries,
    people: PeopleView,
    title: str | None = None,
    date: dt.date | None = None,
    links: Iterable[Link] | None = None,
) -> Handout:
    """Lay out one A4 page per view, in the views' order; ``links`` (``Register.links()``) give the
    connection measures a view may show.

    Raises ``ReportInputError`` when there are no views, or a view names an area the register's wards
    do not have (the message names the view).
    """
    chosen = list(views)
    if not chosen:
        raise ReportInputError(
            "There are no saved views to print. Save a view of the map first (View → Saved views → "
            "Save current view…)."
        )
    every = list(assets)
    known = None if links is None else list(links)
    pages = [_page(view, every, boundaries, people, known) for view in chosen]
    heading = title or "Saved views"
    day = date or dt.date.today()
    html = render(
        "handout.html.j2",
        title=heading,
        subject=f"{len(pages)} saved view{'s' if len(pages) != 1 else ''} of {boundaries.area_name}",
        pages=pages,
        date_text=long_date(day),
        credit=short_attribution(boundaries),
    )
    subject = f"Handout: {len(pages)} saved views of {boundaries.area_name}"
    return Handout(html=html, title=heading, subject=subject, pages=len(pages))
