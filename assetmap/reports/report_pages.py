"""The commissioner report's sections besides the wards: cover, overview, summary, connectors, methods.

Each function returns one section of the report's data (see :mod:`assetmap.reports.report`), every word
already in the report's language.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

from assetmap.reports import privacy, vocabulary
from assetmap.reports.analysis import Analysis
from assetmap.reports.charts import Bar
from assetmap.reports.measures import WardFigures, area_figures
from assetmap.reports.methods import methods_context
from assetmap.reports.selection import CATEGORY_COLOURS, CATEGORY_LABELS
from assetmap.reports.words import N_, Words
from assetmap.sources import ASSET_SOURCE_NAMES

# Short column headings for the summary table, explained in the key under it.
SHORT_LABELS = {
    "gifts_skills": N_("People"),
    "associations": N_("Groups"),
    "institutions": N_("Instit."),
    "physical_spaces": N_("Spaces"),
    "local_economy": N_("Economy"),
    "culture_stories": N_("Culture"),
}
# Where an asset came from: the bundled demo data names its source list in the tag after "demo";
# anything else names whoever recorded it.
DEMO_RECORDED_BY = "Demo data"
DEMO_TAG = "demo"


def data_source(asset: object) -> str:
    """The list or team an asset came from (its source in the demo data, else who recorded it)."""
    tags = tuple(getattr(asset, "tags", ()) or ())
    recorded_by = getattr(asset, "recorded_by", None)
    if DEMO_TAG in tags:
        rest = [t for t in tags if t != DEMO_TAG]
        if rest:
            return rest[0]
    return recorded_by or ""


def measure_text(analysis: Analysis, _: Words) -> str:
    """The chosen measure's name in the report's language (reach names its walking distance)."""
    if analysis.measure.key == "reach":
        return _(vocabulary.REACH_LABEL).format(walk=_.number(analysis.options.walk_m))
    return _(analysis.measure.label)


def cover_section(analysis: Analysis, _: Words) -> dict[str, object]:
    area = analysis.area
    facts = [
        [_("Area"), _("{area} ({wards} wards)").format(area=area.name, wards=_.number(len(area.ward_codes)))],
        [_("Date"), _.date(analysis.date)],
    ]
    if analysis.options.prepared_by:
        facts.append([_("Prepared by"), analysis.options.prepared_by])
    facts.append(
        [
            _("Assets included"),
            _("Public and partner-only assets, active in the register")
            if analysis.partner_tier
            else _("Public assets, active in the register"),
        ]
    )
    return {
        "kind": "cover",
        "kicker": _("Community assets report"),
        "title": analysis.options.title or _("Community assets in {area}").format(area=area.name),
        "measure": _("{measure}, ward by ward").format(measure=measure_text(analysis, _)),
        "facts": facts,
        "categories_label": _("Categories"),
        "categories": [[_(CATEGORY_LABELS[c]), CATEGORY_COLOURS[c]] for c in analysis.categories],
        "intro": _(
            "This report maps what {area} already has: the groups, spaces, institutions, skills and "
            "exchanges that residents can build on. Each ward has its own page with its assets, and the "
            "last pages explain how to read the figures, how each was worked out and where the data comes "
            "from."
        ).format(area=area.name),
    }


def gaps_text(empty: Sequence[str], _: Words, *, area: bool) -> str | None:
    """A sentence naming the categories with no asset recorded: a gap in the register, not a finding."""
    if not empty:
        return None
    names = ", ".join(_(CATEGORY_LABELS[c]) for c in empty)
    if area:
        return _(
            "Nothing is recorded in this area yet for: {categories}. That is a gap in the register, not "
            "in the community."
        ).format(categories=names)
    return _(
        "Nothing is recorded in this ward yet for: {categories}. That is a gap in the register, not in "
        "the community."
    ).format(categories=names)


def overview_alt(analysis: Analysis, _: Words) -> str:
    """What the overview map shows, in a sentence: the measure, the area, its highest and lowest wards."""
    values = analysis.values()
    measure = measure_text(analysis, _)
    known = values.dropna()
    if known.empty:
        return _("Map of {measure} by ward in {area}: no ward has a figure.").format(
            measure=measure.lower(), area=analysis.area.name
        )
    names = analysis.boundaries.ward_names
    high, low = known.idxmax(), known.idxmin()
    return _(
        "Map of {measure} by ward in {area}: highest in {high} ({high_value}), lowest in {low} ({low_value})."
    ).format(
        measure=measure.lower(),
        area=analysis.area.name,
        high=names[high],
        high_value=_.figure(analysis.shown(high)),
        low=names[low],
        low_value=_.figure(analysis.shown(low)),
    )


def alt_of_ranking(bars: Sequence[Bar], measure: str, area: str, _: Words) -> str:
    """What a ranked bar chart shows: how many wards, and the first and last with a figure."""
    shown = [b for b in bars if not math.isnan(b.value)]
    text = _("Bar chart of {n} wards in {area} ranked by {measure}.").format(
        n=_.number(len(bars)), area=area, measure=measure.lower()
    )
    if shown:
        text += " " + _("From {first} ({first_value}) to {last} ({last_value}).").format(
            first=shown[0].label, first_value=shown[0].shown, last=shown[-1].label, last_value=shown[-1].shown
        )
    return text


def summary_section(analysis: Analysis, _: Words, figures: Mapping[str, WardFigures]) -> dict[str, object]:
    """The summary table: a row per ward (``figures``, as :func:`ward_figures` prints them) and the totals."""
    frame = analysis.frame
    walk = _.number(analysis.options.walk_m)
    many = len(analysis.area.district_codes) > 1
    rows = []
    withheld = False
    for code in frame.index:
        f = figures[code]
        withheld = withheld or f["withheld"]
        rows.append(
            {
                "name": f["name"],
                "district": f["district"] if many else None,
                "cells": [
                    _.figure(x)
                    for x in (
                        f["population"],
                        f["total"],
                        *[str(c["count"]) for c in f["categories"]],
                        f["per1000"],
                        f["diversity"].split(" of ")[0],
                        f["shannon"],
                        f["reach"],
                    )
                ],
            }
        )
    area = area_figures(frame)
    totals = {
        "name": analysis.area.name,
        "district": None,
        "cells": [
            _.figure(x)
            for x in (
                area["population"],
                area["total"],
                *[str(c["count"]) for c in area["categories"]],
                area["per1000"],
                area["diversity"].split(" of ")[0],
                "",
                area["reach"],
            )
        ],
    }
    notes = []
    if withheld or privacy.WITHHELD_TEXT in [c["count"] for c in area["categories"]]:
        notes.append(_(privacy.WITHHELD_NOTE))
    if privacy.PEOPLE_LEFT_OUT_NOTE in area["notes"]:
        notes.append(_(privacy.PEOPLE_LEFT_OUT_NOTE))
    shorts = [_(SHORT_LABELS[c]) for c in analysis.categories]
    key = "; ".join(
        f"{short}: {_(CATEGORY_LABELS[c]).lower()}"
        for short, c in zip(shorts, analysis.categories, strict=True)
    )
    key += "; " + _(
        "Per 1,000: assets per 1,000 residents; Categories: categories present, of {n}; Variety: Shannon "
        "index; Reach: share of the ward's postcodes within {walk} m (straight line) of an asset."
    ).format(n=_.number(len(analysis.categories)), walk=walk)
    return {
        "kind": "summary",
        "heading": _("Ward summary"),
        "header": [
            _("Ward"),
            _("Residents"),
            _("Assets"),
            *shorts,
            _("Per 1,000"),
            _("Categories"),
            _("Variety"),
            _("Reach"),
        ],
        "colours": [CATEGORY_COLOURS[c] for c in analysis.categories],
        "rows": rows,
        "totals": totals,
        "key": key,
        "note": _("Residents: {population}. People's gifts and skills from 1 to 4 are shown as <5.").format(
            population=_(analysis.boundaries.population_note)
        ),
        "notes": notes,
        "gaps": gaps_text([str(c["code"]) for c in area["categories"] if c["count"] == "0"], _, area=True),
    }


def source_name(source: str, _: Words) -> str:
    """A source as the reader knows it: a bundled list by its name in the report's language (never its
    key), anything else (whoever recorded the asset) as it is written."""
    name = ASSET_SOURCE_NAMES.get(source)
    return _(name) if name is not None else source


def _sources_by_district(analysis: Analysis, _: Words) -> dict[str, object]:
    """Counted places and groups per district and by where they came from (people are left out); each
    bundled list is named, the full credits being on the methods page."""
    by_district: dict[str, Counter[str]] = {}
    district_of = dict(zip(analysis.frame.index, analysis.frame["district_name"], strict=True))
    for asset in analysis.counted:
        district = district_of.get(asset.ward_code or "")
        if district is None or not privacy.listable(asset):
            continue
        by_district.setdefault(district, Counter())[data_source(asset) or _("Not recorded")] += 1
    rows = []
    for district in sorted(by_district):
        counts = by_district[district]
        listed = "; ".join(f"{source_name(source, _)} ({_.number(n)})" for source, n in counts.most_common())
        rows.append([district, _.number(sum(counts.values())), _.number(len(counts)), listed])
    return {
        "heading": _("About the data"),
        "intro": _(
            "Where this register's places and groups came from, district by district. A district with more "
            "sources, or with sources that list more kinds of asset, shows more assets: compare districts "
            "with their sources in mind, not as a measure of how rich each community is."
        ),
        "header": [_("District"), _("Places and groups"), _("Sources"), _("Where they came from")],
        "rows": rows,
    }


def methods_section(analysis: Analysis, _: Words) -> dict[str, object]:
    methods = methods_context(analysis, _, _.number)
    measures = [[h, t] for h, t in methods["measures"]]  # type: ignore[attr-defined]
    # The credits are given as their publishers word them, in English.
    sources = [
        f"{s['name']}. {s['attribution']} {_('Licence')}: {s['licence']} ({s['url']})."
        for s in methods["sources"]  # type: ignore[attr-defined]
    ]
    return {
        "kind": "methods",
        "read_heading": _("How to read this report"),
        "read": [
            _(
                "The overview map shades each ward by {measure}: darker wards have more. The summary table "
                "gives every ward's figures, and each ward has a page of its own with its map, its figures "
                "and its assets."
            ).format(measure=measure_text(analysis, _).lower()),
            _(
                "The figures count what is recorded in the register, not everything a community has. A "
                "category with nothing recorded is a gap in the data to fill, not a finding about the ward."
            ),
            _(
                "\u201c*\u201d marks a figure withheld to protect individuals, \u201c<5\u201d a count of "
                "people from 1 to 4, and \u201c\u2013\u201d a figure there is no data for."
            ),
        ],
        "heading": _("Methods and sources"),
        "measures": measures,
        "about": _sources_by_district(analysis, _),
        "sources_heading": _("Data sources and attribution"),
        "block": methods["block"],
        "sources": sources,
        "compiled": str(methods["compiled_via"])
        + " "
        + _("Assets in this register were recorded by its keepers; their own sources apply."),
    }


def connector_section(analysis: Analysis, _: Words) -> list[dict[str, object]]:
    """The connectors: each person who agreed to be named, with their gifts and wards. None when no one
    in the area agreed to be named."""
    if not analysis.connectors:
        return []
    ward_names = analysis.boundaries.ward_names
    rows = []
    for name, gifts in analysis.connectors:
        wards = sorted({ward_names.get(g.ward_code, "") for g in gifts if g.ward_code} - {""})
        rows.append([name, "; ".join(g.name for g in gifts), ", ".join(wards)])
    return [
        {
            "kind": "connectors",
            "heading": _("Connectors"),
            "sub": _(
                "People in {area} who share their gifts and skills, named here because they agreed to be "
                "named."
            ).format(area=analysis.area.name),
            "header": [_("Name"), _("Gifts and skills"), _("Ward")],
            "rows": rows,
        }
    ]


def overview_section(analysis: Analysis, _: Words) -> dict[str, object]:
    area = area_figures(analysis.frame)
    walk = _.number(analysis.options.walk_m)
    what = _(area["what"])
    reach = _.figure(area["reach"])
    return {
        "kind": "overview",
        "heading": measure_text(analysis, _),
        "sub": _("{area}, by ward. Darker wards have more.").format(area=analysis.area.name),
        "figures": [
            [_.figure(area["total"]), what],
            [
                _.figure(area["population"]),
                _("residents ({population})").format(population=_(analysis.boundaries.population_note)),
            ],
            [_.figure(area["per1000"]), _("{what} per 1,000 residents").format(what=what)],
            [reach, _("of postcodes within {walk} m of an asset").format(walk=walk)],
        ],
        "notes": [_(n) for n in area["notes"]],
        "legend_title": measure_text(analysis, _),
        "legend": [[colour, _.figure(_(label))] for colour, label in analysis.legend()],
        "boundary": _("District boundary"),
        "gaps": gaps_text([str(c["code"]) for c in area["categories"] if c["count"] == "0"], _, area=True),
    }
