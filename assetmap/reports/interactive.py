"""The shareable interactive map: one self-contained HTML file (Leaflet, script, styles and data inlined)
that opens offline in any browser and shows the abundance layer, the assets and the legend, in the
document's language (:mod:`assetmap.reports.words`).

Data travels as JSON inside ``<script type="application/json">`` with ``<``, ``>``, ``&`` and the
JavaScript line separators escaped, so no text can close the script element; the page script writes
every piece of text with ``textContent``. Every word the page shows is translated here, in Python, and
travels in the JSON (the page's own words in ``words``, keyed by their English); the script holds none.
Nothing passes through folium.
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
from assetmap.register.connections import ANONYMOUS, Link, Story
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.register.story_photos import Thumbnail, by_story
from assetmap.reports import privacy
from assetmap.reports.analysis import ReportOptions, analyse
from assetmap.reports.classify import SCHEMES
from assetmap.reports.layer import TIER_WORDING
from assetmap.reports.map_wording import attribution, legend, measure_label
from assetmap.reports.measures import WardFigures, ward_figures
from assetmap.reports.selection import CATEGORY_COLOURS, CATEGORY_LABELS
from assetmap.reports.stories import newest_first, shown_stories, story_entry
from assetmap.reports.templating import environment, render
from assetmap.reports.words import Words, words

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
    stories: Iterable[Story], shown: list[Asset], _: Words, photos: Iterable[Thumbnail] = ()
) -> dict[str, list[dict[str, object]]]:
    """Per shown asset, its stories as its popup shows them: the strongest first, then the newest.

    A story's entry carries its photos' thumbnails (``{"src": data URI, "alt": text}``) while the
    file's budget for them (``HTML_PHOTO_BYTES``) lasts, and ``morePhotos`` for any left out (with
    ``morePhotosText``, the sentence that says so). The teller's "Anonymous" and the date are in the
    document's language.
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
            if entry["teller"] == ANONYMOUS:
                entry["teller"] = _(ANONYMOUS)
            entry["told_on"] = _.date(s.told_on) if s.told_on is not None else ""
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
                entry["morePhotosText"] = _more_photos(left_out, _)
            entries.append(entry)
        out[asset_id] = entries
    return out


def _more_photos(count: int, _: Words) -> str:
    if count == 1:
        return _("And one more photo in the register.")
    return _("And {n} more photos in the register.").format(n=_.number(count))


def _more_stories(count: int, _: Words) -> str:
    if count == 1:
        return _("And one more story in the register.")
    return _("And {n} more stories in the register.").format(n=_.number(count))


def _page_words(_: Words) -> dict[str, str]:
    """The words the page's script writes itself, keyed by their English."""
    return {
        "Assets": _("Assets"),
        "District boundaries": _("District boundaries"),
        "Connectors": _("Connectors"),
        "Hover over a ward to see its figures": _("Hover over a ward to see its figures"),
        "Residents": _("Residents"),
        "Per 1,000 residents": _("Per 1,000 residents"),
        "Categories present": _("Categories present"),
        "Variety (Shannon)": _("Variety (Shannon)"),
        "Reach": _("Reach"),
        "Assets with a link": _("Assets with a link"),
        "Groups linked to spaces": _("Groups linked to spaces"),
        "Zoom in": _("Zoom in"),
        "Zoom out": _("Zoom out"),
        "Close": _("Close"),
    }


def _figures(figures: WardFigures, _: Words) -> dict[str, object]:
    """A ward's printed figures in the document's language (the privacy marks kept as they are)."""
    present, _sep, chosen = figures["diversity"].partition(" of ")
    diversity = _("{present} of {chosen}").format(present=present, chosen=chosen) if chosen else present
    out: dict[str, object] = dict(figures)
    out.update(
        {
            "population": _.figure(figures["population"]),
            "total": _.figure(figures["total"]),
            "categories": [
                {**c, "label": _(str(c["label"])), "count": _.figure(str(c["count"]))}
                for c in figures["categories"]
            ],
            "per1000": _.figure(figures["per1000"]),
            "diversity": _.figure(diversity),
            "shannon": _.figure(figures["shannon"]),
            "reach": _.figure(figures["reach"]),
            "linked": _.figure(figures["linked"]),
            "groups": _.figure(figures["groups"]),
        }
    )
    return out


def _attribution(boundaries: Boundaries, scheme: str, _: Words) -> str:
    """The credits and the privacy rules under the map, in the document's language."""
    return " ".join(
        [
            _("Made with AssetMap."),
            attribution(boundaries, _),
            _("Map classes: {scheme}; darker means more.").format(scheme=_(SCHEMES[scheme])),
            _(
                "People's gifts and skills are counted, never drawn; counts from 1 to 4 show as <5, and "
                "figures that include them are withheld there ({withheld})."
            ).format(withheld=privacy.WITHHELD_TEXT),
            _("People are named, as connectors, only where they agreed to be."),
        ]
    )


def build_html_map(
    assets: Iterable[Asset],
    options: ReportOptions,
    *,
    boundaries: Boundaries,
    people: PeopleView,
    links: Iterable[Link] | None = None,
    stories: Iterable[Story] = (),
    photos: Iterable[Thumbnail] = (),
    language: str | None = None,
) -> str:
    """The self-contained HTML map for ``options`` on ``boundaries``; follows the report's privacy rules.

    ``links`` (``Register.links()``) give the connection measures; ``stories`` (``Register.stories()``)
    appear in the popups of the assets shown (:mod:`assetmap.reports.stories`), with the thumbnails
    of their photos among ``photos`` (``register.story_photos.read_thumbnails``) and their alternative
    text. ``language`` is the page's language (``en``, ``ur``, ``pl``): its words, numbers, dates and the
    direction of its text; ``None`` takes the options' language.

    Raises ``ReportInputError`` for an unknown area, category, tier or measure, and
    ``UnknownLanguageError`` for a language AssetMap has no translation for.
    """
    _ = words(language or options.language)
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
    told = _stories_by_asset(stories, shown, _, photos)
    told_counts: dict[str, int] = {}
    for story in shown_stories(stories, shown):
        told_counts[story.asset_id] = told_counts.get(story.asset_id, 0) + 1
    measure = measure_label(analysis, _)
    title = options.title or _("Community assets in {area}").format(area=analysis.area.name)
    categories = ", ".join(_(CATEGORY_LABELS[c]) for c in analysis.categories)
    subtitle = " · ".join(
        [
            _("{measure} by ward").format(measure=measure),
            categories,
            _(TIER_WORDING[analysis.tier]),
            _.date(analysis.date),
        ]
    )
    more = {a.id: max(0, told_counts.get(a.id, 0) - POPUP_STORIES) for a in shown}
    data = {
        "title": title,
        "subtitle": subtitle,
        "measureLabel": measure,
        "partnerNotice": _(privacy.PARTNER_NOTICE) if analysis.partner_tier else None,
        "attribution": _attribution(b, analysis.options.scheme, _),
        "legend": [{"colour": colour, "label": label} for colour, label in legend(analysis, _)],
        "categories": [
            {"code": c, "label": _(CATEGORY_LABELS[c]), "colour": CATEGORY_COLOURS[c]}
            for c in analysis.categories
            if c != PERSONAL_CATEGORY
        ],
        "wards": _features(codes, ward_geoms, ward_props),
        "districts": _features(analysis.area.district_codes, district_geoms, district_props),
        "figures": {code: _figures(ward_figures(analysis.frame, code), _) for code in codes},
        "withheldText": privacy.WITHHELD_TEXT,
        "withheldLabel": _(privacy.WITHHELD_LABEL),
        "connectors": _connectors_by_ward(analysis.connectors, in_area),
        "words": _page_words(_),
        "assets": [
            {
                "name": a.name,
                "category": _(CATEGORY_LABELS[a.category]),
                "colour": CATEGORY_COLOURS[a.category],
                "address": ", ".join(p for p in (a.address, a.postcode) if p),
                "when": a.opening_times or "",
                "lon": round(float(a.lon), _DECIMALS),
                "lat": round(float(a.lat), _DECIMALS),
                "stories": told.get(a.id, []),
                "moreStories": more[a.id],
                "moreStoriesText": _more_stories(more[a.id], _) if more[a.id] else "",
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
        title=title,
        # English keeps the British English it always had; the others their own code.
        lang="en-GB" if _.english else _.code,
        dir="rtl" if _.right_to_left else "ltr",
        data_json=safe_json(data),
        leaflet_js=_inline(leaflet_js, "leaflet.js"),
        leaflet_css=_inline(leaflet_css, "leaflet.css"),
        map_js=_inline(map_js, "interactive.js"),
    )
