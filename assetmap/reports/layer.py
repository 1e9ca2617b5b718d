"""The abundance layer for the in-app map, and the data for its charts, as plain JSON-able dicts.

Everything here follows the privacy rules in :mod:`assetmap.reports.privacy`: private assets are never
counted, partner-only assets only when that tier is chosen, a ward's count of people's gifts and skills
from 1 to 4 is given as "<5", and the figures that include such a count are withheld ("*", no class, last
in a ranking) as the measures frame marks them. No asset is ever named: the layer holds ward figures, not
assets.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TypedDict

from assetmap.geo.boundaries import Boundaries
from assetmap.register.categories import CATEGORY_CODES
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.reports import privacy
from assetmap.reports.analysis import Analysis, ReportOptions, analyse
from assetmap.reports.classify import NO_DATA_COLOUR, palette
from assetmap.reports.measures import (
    DEFAULT_WALK_M,
    MEASURES,
    area_figures,
    area_totals,
    count_column,
    is_withheld,
    ward_figures,
)
from assetmap.reports.selection import CATEGORY_LABELS

TIER_WORDING: dict[str, str] = {
    "public": "public assets",
    "partners": "public and partner-only assets",
}
# Charts of many wards show the leading ones unless asked for all.
DEFAULT_RANKED_WARDS = 25


def options(
    *,
    area: str | Sequence[str] | None = None,
    measure: str = "per1000",
    categories: str | Sequence[str] | None = None,
    tier: str = "public",
    scheme: str = "quantiles",
    k: int = 5,
    walk_m: int = DEFAULT_WALK_M,
) -> ReportOptions:
    """The report options for a map layer chosen in the app."""
    return ReportOptions(
        area=area, measure=measure, categories=categories, tier=tier, walk_m=walk_m, scheme=scheme, classes=k
    )


def categories_wording(categories: Sequence[str]) -> str:
    """``"all categories"``, or the chosen categories' labels."""
    if set(categories) == set(CATEGORY_CODES):
        return "all categories"
    return ", ".join(CATEGORY_LABELS[c] for c in categories)


def _subtitle(analysis: Analysis) -> str:
    return " · ".join(
        [analysis.area.name, categories_wording(analysis.categories), TIER_WORDING[analysis.tier]]
    )


def _note(analysis: Analysis) -> str | None:
    if analysis.measure.key == "per1000":
        return f"Residents: {analysis.boundaries.population_note}"
    if analysis.measure.key == "reach":
        return f"Straight-line distance of {analysis.options.walk_m:,} m from postcode centres"
    return None


def counted_in_area(analysis: Analysis) -> int | None:
    """How many assets were counted in the area's wards, as it may be published.

    Places and groups only when people's gifts and skills are left out of the area's totals (some ward has
    1 to 4), and ``None`` when they were the only category chosen; see :func:`counted_wording`.
    """
    total = area_totals(analysis.frame)["total"]
    return None if total is None else int(total)


def anything_counted(analysis: Analysis) -> bool:
    """Whether any asset was counted in the area (which a "<5" would say anyway)."""
    frame = analysis.frame
    return bool(sum(int(frame[count_column(c)].sum()) for c in analysis.categories))


def counted_wording(analysis: Analysis) -> str | None:
    """One sentence on what was counted in the area, or ``None`` when nothing was."""
    if not anything_counted(analysis):
        return None
    wards = len(analysis.frame)
    where = f"in {wards:,} ward{'s' if wards != 1 else ''} of {analysis.area.name}"
    totals = area_totals(analysis.frame)
    if not totals["people_left_out"]:
        return f"{int(totals['total']):,} assets counted {where}."
    reason = "some wards have fewer than 5, so their number is withheld to protect individuals"
    if totals["total"] is None:
        return f"People's gifts and skills counted {where}; {reason}."
    return (
        f"{int(totals['total']):,} places and groups counted {where}; people's gifts and skills are "
        f"left out of this total because {reason}."
    )


def _hover_figures(analysis: Analysis, code: str) -> list[list[str]]:
    """One ward's figures as ``[label, value]`` text pairs, the chosen measure first."""
    figures = ward_figures(analysis.frame, code)
    walk = f"{analysis.options.walk_m:,} m"
    pairs: list[list[str]] = [[analysis.measure_label, analysis.shown(code)]]
    rest: list[tuple[str, list[str]]] = [
        ("population", ["Residents", str(figures["population"])]),
        ("count", ["Assets counted", str(figures["total"])]),
    ]
    rest += [("", [str(c["label"]), str(c["count"])]) for c in figures["categories"]]
    rest += [
        ("per1000", ["Per 1,000 residents", str(figures["per1000"])]),
        ("diversity", ["Categories present", str(figures["diversity"])]),
        ("shannon", ["Variety (Shannon index)", str(figures["shannon"])]),
        ("reach", [f"Postcodes within {walk} of an asset", str(figures["reach"])]),
    ]
    if analysis.has_links:
        rest += [
            ("linked", ["Assets with a link", str(figures["linked"])]),
            ("groups", ["Groups linked to its spaces", str(figures["groups"])]),
        ]
    # The chosen measure is already first (diversity and count share their wording with the list below).
    pairs += [pair for key, pair in rest if key != analysis.measure.key]
    if figures["withheld"]:
        pairs.append([privacy.WITHHELD_TEXT, privacy.WITHHELD_LABEL])
    return pairs


def layer_from(analysis: Analysis) -> dict[str, object]:
    """The map layer for an analysis that is already computed (see :func:`abundance_layer`)."""
    frame = analysis.frame
    wards: dict[str, dict[str, object]] = {}
    for i, code in enumerate(frame.index):
        wards[str(code)] = {
            "colour": analysis.classes.colour_of(i),
            "value": analysis.shown(code),
            "name": str(frame.at[code, "ward_name"]),
            "district": str(frame.at[code, "district_name"]),
            "figures": _hover_figures(analysis, code),
        }
    return {
        "kind": "abundance",
        "title": analysis.measure_label,
        "subtitle": _subtitle(analysis),
        "note": _note(analysis),
        "partner_notice": privacy.PARTNER_NOTICE if analysis.partner_tier else None,
        "measure": analysis.measure.key,
        "area": analysis.area.name,
        "tier": analysis.tier,
        "categories": list(analysis.categories),
        "counted": counted_in_area(analysis),
        "empty": not anything_counted(analysis),
        "legend": [[colour, label] for colour, label in analysis.legend()],
        "wards": wards,
    }


def abundance_layer(
    assets: Iterable[Asset],
    *,
    boundaries: Boundaries,
    area: str | Sequence[str] | None = None,
    measure: str = "per1000",
    categories: str | Sequence[str] | None = None,
    tier: str = "public",
    scheme: str = "quantiles",
    k: int = 5,
    walk_m: int = DEFAULT_WALK_M,
    people: PeopleView,
) -> dict[str, object]:
    """The abundance choropleth for the map: title, legend, and per ward a colour and its hover figures.

    Parameters
    ----------
    assets
        Assets as the register returns them; the privacy rules pick those that count.
    boundaries
        The wards in use: the register's (``Register.boundaries()``).
    area, categories, tier
        As for :func:`~assetmap.reports.measures.compute_measures` (``None`` is all GM, all six).
    measure
        A key of :data:`~assetmap.reports.measures.MEASURES` (``count``, ``per1000``, ``diversity``,
        ``shannon``, ``reach``).
    scheme, k
        The classification (``quantiles``, ``natural_breaks``, ``equal_interval``) and number of classes.
    walk_m
        The walking distance for reach, in metres.

    Returns
    -------
    dict
        JSON-able: ``title`` (the measure's label), ``subtitle`` (area, categories, tier), ``note`` (e.g. the
        population source for per-1,000 figures), ``partner_notice`` (text or ``None``), ``legend`` as
        ``[colour, label]`` pairs lightest first, ``counted`` (assets counted in the area, as
        :func:`counted_in_area` gives it), ``empty`` (nothing counted), and ``wards``: ward code →
        ``colour``, ``value`` (printed), ``name``, ``district`` and ``figures`` (``[label, value]`` text
        pairs, people's counts from 1 to 4 as "<5", withheld figures as "*" with a closing pair saying
        why).

    Raises
    ------
    ReportInputError
        For an unknown area, measure, category, tier or classification.
    """
    return layer_from(
        analyse(
            assets,
            options(
                area=area,
                measure=measure,
                categories=categories,
                tier=tier,
                scheme=scheme,
                k=k,
                walk_m=walk_m,
            ),
            boundaries=boundaries,
            people=people,
        )
    )


def _sequential(values: Sequence[float]) -> list[str]:
    """A sequential colour per value, darker for more (the same palette as the map)."""
    colours = palette(5)
    peak = max((v for v in values if not math.isnan(v)), default=0.0)
    out = []
    for v in values:
        if math.isnan(v) or peak <= 0:
            out.append(colours[0] if not math.isnan(v) else NO_DATA_COLOUR)
            continue
        out.append(colours[min(len(colours) - 1, int(v / peak * (len(colours) - 1) + 0.5))])
    return out


def category_totals_from(analysis: Analysis) -> list[dict[str, object]]:
    """Assets counted per chosen category over the area (see :func:`category_totals`)."""
    bars: list[dict[str, object]] = []
    values: list[int | None] = []
    for entry in area_figures(analysis.frame)["categories"]:
        code, shown = entry["code"], entry["count"]
        count = entry["value"]
        value = None if count is None or shown == privacy.SMALL_COUNT_TEXT else int(count)
        values.append(value)
        bars.append({"code": code, "label": CATEGORY_LABELS[code], "value": value, "shown": shown})
    colours = _sequential([math.nan if v is None else float(v) for v in values])
    for bar, colour in zip(bars, colours, strict=True):
        bar["colour"] = palette(5)[0] if bar["value"] is None else colour
    return bars


def category_totals(
    assets: Iterable[Asset],
    *,
    boundaries: Boundaries,
    area: str | Sequence[str] | None = None,
    categories: str | Sequence[str] | None = None,
    tier: str = "public",
    people: PeopleView,
) -> list[dict[str, object]]:
    """Assets counted per category in an area, for a bar chart.

    Returns
    -------
    list of dict
        One per chosen category in ABCD order: ``code``, ``label``, ``value`` (the count, or ``None`` where
        the count of people must not be shown: "*" when some ward has 1 to 4), ``shown`` (the printed
        count) and ``colour`` (sequential, darker for more).
    """
    return category_totals_from(
        analyse(
            assets,
            options(area=area, categories=categories, tier=tier, measure="count"),
            boundaries=boundaries,
            people=people,
        )
    )


def ranked_wards_from(analysis: Analysis) -> list[dict[str, object]]:
    """The area's wards by the chosen measure, most first (see :func:`ranked_wards`)."""
    frame = analysis.frame
    column = analysis.measure.column
    rows: list[dict[str, object]] = []
    for i, code in enumerate(frame.index):
        value = float(frame.at[code, column])
        hidden = math.isnan(value) or is_withheld(frame, code, column)
        rows.append(
            {
                "code": str(code),
                "label": str(frame.at[code, "ward_name"]),
                "district": str(frame.at[code, "district_name"]),
                "value": None if hidden else value,
                "shown": analysis.shown(code),
                "colour": analysis.classes.colour_of(i),
            }
        )

    def rank(row: dict[str, object]) -> tuple[bool, float, str]:
        # Withheld figures and no data go last, like no data on the map.
        value = row["value"]
        number = value if isinstance(value, float) else 0.0
        return (value is None, -number, str(row["label"]).casefold())

    rows.sort(key=rank)
    return rows


def ranked_wards(
    assets: Iterable[Asset],
    *,
    boundaries: Boundaries,
    area: str | Sequence[str] | None = None,
    measure: str = "per1000",
    categories: str | Sequence[str] | None = None,
    tier: str = "public",
    scheme: str = "quantiles",
    k: int = 5,
    walk_m: int = DEFAULT_WALK_M,
    people: PeopleView,
) -> list[dict[str, object]]:
    """The area's wards ranked by a measure, most first, coloured as on the map.

    Returns
    -------
    list of dict
        ``code``, ``label`` (ward name), ``district``, ``value`` (``None`` for no data, or for a figure
        withheld to protect individuals), ``shown`` (printed: "*" when withheld) and ``colour`` (the
        ward's map class).
    """
    return ranked_wards_from(
        analyse(
            assets,
            options(
                area=area,
                measure=measure,
                categories=categories,
                tier=tier,
                scheme=scheme,
                k=k,
                walk_m=walk_m,
            ),
            boundaries=boundaries,
            people=people,
        )
    )


class CategoryChart(TypedDict):
    """The chart of assets by category: its title and one bar per category."""

    title: str
    bars: list[dict[str, object]]


class WardChart(CategoryChart):
    """The chart of wards ranked by a measure: also its axis label and whether values are shares."""

    axis: str
    percent: bool


class ChartData(TypedDict):
    """Both charts for the chart panel (see :func:`chart_data_from`)."""

    area: str
    subtitle: str
    partner_notice: str | None
    # What the titles are made of, for a window that words them in its own language.
    measure: str
    walk_m: int
    tier: str
    chosen: list[str]
    counted: int | None
    empty: bool
    notes: list[str]
    categories: CategoryChart
    wards: WardChart


def chart_data_from(analysis: Analysis) -> ChartData:
    """Both charts for the chart panel, with their titles, from one analysis.

    Over more than one district a ward's label carries its district, since some ward names repeat.
    """
    wards = ranked_wards_from(analysis)
    if not analysis.area.is_single_district:
        for row in wards:
            row["label"] = f"{row['label']} ({row['district']})"
    return {
        "area": analysis.area.name,
        "subtitle": _subtitle(analysis),
        "partner_notice": privacy.PARTNER_NOTICE if analysis.partner_tier else None,
        "measure": analysis.measure.key,
        "walk_m": analysis.options.walk_m,
        "tier": analysis.tier,
        "chosen": list(analysis.categories),
        "counted": counted_in_area(analysis),
        "empty": not anything_counted(analysis),
        "notes": area_figures(analysis.frame)["notes"],
        "categories": {
            "title": f"Assets by category in {analysis.area.name}",
            "bars": category_totals_from(analysis),
        },
        "wards": {
            "title": f"Wards by {analysis.measure_label[0].lower()}{analysis.measure_label[1:]}",
            "axis": analysis.measure_label,
            "percent": MEASURES[analysis.measure.key].percent,
            "bars": wards,
        },
    }
