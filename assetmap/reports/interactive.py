"""The shareable interactive map: one self-contained HTML file (Leaflet, script, styles and data inlined)
that opens offline in any browser and shows the abundance layer, the assets and the legend.

Data travels as JSON inside ``<script type="application/json">`` with ``<``, ``>``, ``&`` and the
JavaScript line separators escaped, so no text can close the script element; the page script writes
every piece of text with ``textContent``. Nothing passes through folium.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable

import numpy as np
import shapely
from markupsafe import Markup

from assetmap import paths
from assetmap.geo.boundaries import Boundaries
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.connections import Link, Story
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.register.story_photos import Thumbnail, by_story
from assetmap.reports import privacy
from assetmap.reports.analysis import ReportOptions, analyse, long_date
from assetmap.reports.measures import ward_figures
from assetmap.reports.methods import short_attribution
from assetmap.reports.selection import CATEGORY_COLOURS, CATEGORY_LABELS
from assetmap.reports.stories import newest_first, shown_stories, story_entry
from assetmap.reports.templating import environment, render

_DECIMALS = 5
_SIMPLIFY_DEGREES = 0.00008  # about 6 m: invisible at the zooms a ward map is read at
_SCRIPT_CLOSE = re.compile(r"</(script|style)", re.I)
# Each popup shows an asset's first few stories, each shortened to this many characters.
POPUP_STORIES = 3
POPUP_STORY_CHARS = 600
# The stories' thumbnails the file may carry in all (about 1.4 times this once encoded); past it, the
# popups say the rest are in the register.
HTML_PHOTO_BYTES = 3_000_000


def safe_json(value: object) -> Markup:
    """JSON that is safe inside an HTML ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return Markup(text)


def _inline(source: str, what: str) -> Markup:
    """A bundled script or stylesheet, checked not to close its element early."""
    if _SCRIPT_CLOSE.search(source):
        raise ValueError(f"{what} contains a closing </script> or </style> and cannot be inlined")
    return Markup(source)


@functools.cache
def _leaflet() -> tuple[str, str]:
    folder = paths.resources_dir() / "web" / "vendor" / "leaflet"
    css = (folder / "leaflet.css").read_text(encoding="utf-8")
    # The layer-control icons are images beside the stylesheet; the control is always open, so drop them
    # rather than have the page ask for files that are not there.
    css = re.sub(r"url\((['\"]?)images/[^)]*\)", "none", css)
    return (folder / "leaflet.js").read_text(encoding="utf-8"), css


def _features(codes: Iterable[str], frame_geoms: dict[str, shapely.Geometry], props: dict[str, dict]) -> dict:
    features = []
    for code in codes:
        geometry = shapely.simplify(frame_geoms[code], _SIMPLIFY_DEGREES, preserve_topology=True)
        geometry = shapely.transform(geometry, lambda xy: np.round(xy, _DECIMALS))
        features.append(
            {"type": "Feature", "properties": props[code], "geometry": shapely.geometry.mapping(geometry)}
        )
    return {"type": "FeatureCollection", "features": features}


def _connectors_by_ward(
    connectors: Iterable[tuple[str, Iterable[Asset]]], in_area: set[str]
) -> dict[str, list[dict[str, str]]]:
    """Per ward, the people named there as connectors (only those who agreed) and their gifts in it."""
    by_ward: dict[str, list[dict[str, str]]] = {}
    for name, gifts in connectors:
        mine: dict[str, list[str]] = {}
        for gift in gifts:
            if gift.ward_code is not None and gift.ward_code in in_area:
                mine.setdefault(gift.ward_code, []).append(gift.name)
        for code, names in mine.items():
            by_ward.setdefault(code, []).append({"name": name, "gifts": "; ".join(names)})
    return by_ward


def _stories_by_asset(
    stories: Iterable[Story], shown: list[Asset], photos: Iterable[Thumbnail] = ()
) -> dict[str, list[dict[str, object]]]:
    """Per shown asset, its stories as its popup shows them: the strongest first, then the newest.

    A story's entry carries its photos' thumbnails (``{"src": data URI, "alt": text}``) while the
    file's budget for them (``HTML_PHOTO_BYTES``) lasts, and ``morePhotos`` for any left out.
    """
    names = {a.id: a.name for a in shown}
    by_asset: dict[str, list[Story]] = {}
    for story in shown_stories(stories, shown):
        by_asset.setdefault(story.asset_id, []).append(story)
    pictures = by_story(photos)
    budget = HTML_PHOTO_BYTES
    out = {}
    for asset_id, mine in by_asset.items():
        ordered = sorted(mine, key=lambda s: (not s.featured, *newest_first(s)))
        entries = []
        for s in ordered[:POPUP_STORIES]:
            entry = story_entry(s, names[asset_id], limit=POPUP_STORY_CHARS)
            embedded: list[dict[str, str]] = []
            left_out = 0
            for thumb in pictures.get(s.id, []):
                if thumb.asset_id != asset_id:
                    continue
                if len(thumb.data) > budget:
                    left_out += 1
                    continue
                budget -= len(thumb.data)
                embedded.append({"src": thumb.data_uri, "alt": thumb.alt_text})
            if embedded:
                entry["photos"] = embedded
            if left_out:
                entry["morePhotos"] = left_out
            entries.append(entry)
        out[asset_id] = entries
    return out


def build_html_map(
    assets: Iterable[Asset],
    options: ReportOptions,
    *,
    boundaries: Boundaries,
    people: PeopleView,
    links: Iterable[Link] | None = None,
    stories: Iterable[Story] = (),
    photos: Iterable[Thumbnail] = (),
) -> str:
    """The self-contained HTML map for ``options`` on ``boundaries``; follows the report's privacy rules.

    ``links`` (``Register.links()``) give the connection measures; ``stories`` (``Register.stories()``)
    appear in the popups of the assets shown (:mod:`assetmap.reports.stories`), with the thumbnails
    of their photos among ``photos`` (``register.story_photos.read_thumbnails``) and their alternative
    text.

    Raises ``ReportInputError`` for an unknown area, category, tier or measure.
    """
    analysis = analyse(assets, options, boundaries=boundaries, people=people, links=links)
    b = boundaries
    codes = list(analysis.area.ward_codes)
    ward_geoms = dict(zip(b.wards["ward_code"], b.wards.geometry, strict=True))
    district_geoms = dict(zip(b.districts["lad_code"], b.districts.geometry, strict=True))
    ward_props = {
        code: {"code": code, "name": b.ward_names[code], "colour": analysis.classes.colour_of(i)}
        for i, code in enumerate(codes)
    }
    district_props = {
        code: {"code": code, "name": b.district_names[code]} for code in analysis.area.district_codes
    }
    in_area = set(codes)
    shown = [
        a for a in analysis.counted if privacy.drawable(a) and privacy.listable(a) and a.ward_code in in_area
    ]
    stories = list(stories)
    told = _stories_by_asset(stories, shown, photos)
    told_counts: dict[str, int] = {}
    for story in shown_stories(stories, shown):
        told_counts[story.asset_id] = told_counts.get(story.asset_id, 0) + 1
    categories = ", ".join(CATEGORY_LABELS[c] for c in analysis.categories)
    tier = "public and partner-only assets" if analysis.partner_tier else "public assets"
    data = {
        "title": analysis.title,
        "subtitle": f"{analysis.measure_label} by ward · {categories} · {tier} · {long_date(analysis.date)}",
        "measureLabel": analysis.measure_label,
        "partnerNotice": privacy.PARTNER_NOTICE if analysis.partner_tier else None,
        "attribution": f"Made with AssetMap. {short_attribution(b)} Map classes: {analysis.options.scheme}; "
        "darker means more. People's gifts and skills are counted, never drawn; "
        f"counts from 1 to 4 show as <5, and figures that include them are withheld there "
        f"({privacy.WITHHELD_TEXT}). People are named, as connectors, only where they agreed to be.",
        "legend": [{"colour": colour, "label": label} for colour, label in analysis.legend()],
        "categories": [
            {"code": c, "label": CATEGORY_LABELS[c], "colour": CATEGORY_COLOURS[c]}
            for c in analysis.categories
            if c != PERSONAL_CATEGORY
        ],
        "wards": _features(codes, ward_geoms, ward_props),
        "districts": _features(analysis.area.district_codes, district_geoms, district_props),
        "figures": {code: ward_figures(analysis.frame, code) for code in codes},
        "withheldText": privacy.WITHHELD_TEXT,
        "withheldLabel": privacy.WITHHELD_LABEL,
        "connectors": _connectors_by_ward(analysis.connectors, in_area),
        "assets": [
            {
                "name": a.name,
                "category": CATEGORY_LABELS[a.category],
                "colour": CATEGORY_COLOURS[a.category],
                "address": ", ".join(p for p in (a.address, a.postcode) if p),
                "when": a.opening_times or "",
                "lon": round(float(a.lon), _DECIMALS),
                "lat": round(float(a.lat), _DECIMALS),
                "stories": told.get(a.id, []),
                "moreStories": max(0, told_counts.get(a.id, 0) - POPUP_STORIES),
            }
            for a in shown
            # drawable() has checked both already; the test tells the type checker.
            if a.lon is not None and a.lat is not None
        ],
    }
    leaflet_js, leaflet_css = _leaflet()
    loader = environment().loader
    if loader is None:
        raise RuntimeError("The report templates' environment has no loader.")
    map_js = loader.get_source(environment(), "interactive.js")[0]
    return render(
        "interactive.html.j2",
        title=analysis.title,
        data_json=safe_json(data),
        leaflet_js=_inline(leaflet_js, "leaflet.js"),
        leaflet_css=_inline(leaflet_css, "leaflet.css"),
        map_js=_inline(map_js, "interactive.js"),
    )
