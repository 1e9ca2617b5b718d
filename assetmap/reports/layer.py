"""The abundance layer for the in-app map, and the data for its charts, as plain JSON-able dicts.

Everything here follows the privacy rules in :mod:`assetmap.reports.privacy`: private assets are never
counted, partner-only assets only when that tier is chosen, and a ward's count of people's gifts and
skills from 1 to 4 is given as "<5". No asset is ever named: the layer holds ward figures, not assets.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from assetmap.geo.boundaries import POPULATION_LABEL
from assetmap.register.categories import CATEGORY_CODES, PERSONAL_CATEGORY
from assetmap.register.records import Asset
from assetmap.reports import privacy
from assetmap.reports.analysis import Analysis, ReportOptions, analyse
from assetmap.reports.classify import NO_DATA_COLOUR, palette
from assetmap.reports.measures import DEFAULT_WALK_M, MEASURES, count_column, ward_figures
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


def _only_people(analysis: Analysis) -> bool:
    return tuple(analysis.categories) == (PERSONAL_CATEGORY,)


def _shown_value(analysis: Analysis, value: float) -> str:
    """The chosen measure's value as printed; a count of people alone is masked below 5."""
    m = analysis.measure
    if m.key == "count" and _only_people(analysis) and not math.isnan(value):
        return privacy.shown_count(int(value), PERSONAL_CATEGORY)
    return m.format(value)


def _note(analysis: Analysis) -> str | None:
    if analysis.measure.key == "per1000":
        return f"Residents: {POPULATION_LABEL}"
    if analysis.measure.key == "reach":
        return f"Straight-line distance of {analysis.options.walk_m:,} m from postcode centres"
    return None


def counted_in_area(analysis: Analysis) -> int:
    """How many assets were counted in the area's wards."""
    return int(analysis.frame["total"].sum())


def _hover_figures(analysis: Analysis, code: str) -> list[list[str]]:
    """One ward's figures as ``[label, value]`` text pairs, the chosen measure first."""
    figures = ward_figures(analysis.frame, code)
    value = float(analysis.frame.at[code, analysis.measure.column])
    walk = f"{analysis.options.walk_m:,} m"
    pairs: list[list[str]] = [[analysis.measure_label, _shown_value(analysis, value)]]
    rest: list[tuple[str, list[str]]] = [
        ("population", ["Residents", str(figures["population"])]),
        ("count", ["Assets counted", str(figures["total"])]),
    ]
    rest += [("", [str(c["label"]), str(c["count"])]) for c in figures["categories"]]  # type: ignore[union-attr]
    rest += [
        ("per1000", ["Per 1,000 residents", str(figures["per1000"])]),
        ("diversity", ["Categories present", str(figures["diversity"])]),
        ("shannon", ["Variety (Shannon index)", str(figures["shannon"])]),
        ("reach", [f"Postcodes within {walk} of an asset", str(figures["reach"])]),
    ]
    # The chosen measure is already first (diversity and count share their wording with the list below).
    pairs += [pair for key, pair in rest if key != analysis.measure.key]
    return pairs


def layer_from(analysis: Analysis) -> dict[str, object]:
    """The map layer for an analysis that is already computed (see :func:`abundance_layer`)."""
    frame = analysis.frame
    wards: dict[str, dict[str, object]] = {}
    for i, code in enumerate(frame.index):
        value = float(frame.at[code, analysis.measure.column])
        wards[str(code)] = {
            "colour": analysis.classes.colour_of(i),
            "value": _shown_value(analysis, value),
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
        "legend": [[colour, label] for colour, label in analysis.legend()],
        "wards": wards,
    }


def abundance_layer(
    assets: Iterable[Asset],
    *,
    area: str | Sequence[str] | None = None,
    measure: str = "per1000",
    categories: str | Sequence[str] | None = None,
    tier: str = "public",
    scheme: str = "quantiles",
    k: int = 5,
    walk_m: int = DEFAULT_WALK_M,
) -> dict[str, object]:
    """The abundance choropleth for the map: title, legend, and per ward a colour and its hover figures.

    Parameters
    ----------
    assets
        Assets as the register returns them; the privacy rules pick those that count.
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
        ``[colour, label]`` pairs lightest first, ``counted`` (assets counted in the area), and ``wards``:
        ward code → ``colour``, ``value`` (printed), ``name``, ``district`` and ``figures`` (``[label,
        value]`` text pairs, people's counts from 1 to 4 as "<5").

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
    totals = [int(analysis.frame[count_column(c)].sum()) for c in analysis.categories]
    bars: list[dict[str, object]] = []
    for code, count in zip(analysis.categories, totals, strict=True):
        shown = privacy.shown_count(count, code)
        masked = shown == privacy.SMALL_COUNT_TEXT
        bars.append(
            {"code": code, "label": CATEGORY_LABELS[code], "value": None if masked else count, "shown": shown}
        )
    colours = _sequential([math.nan if b["value"] is None else float(b["value"]) for b in bars])  # type: ignore[arg-type]
    for bar, colour in zip(bars, colours, strict=True):
        bar["colour"] = palette(5)[0] if bar["value"] is None else colour
    return bars


def category_totals(
    assets: Iterable[Asset],
    *,
    area: str | Sequence[str] | None = None,
    categories: str | Sequence[str] | None = None,
    tier: str = "public",
) -> list[dict[str, object]]:
    """Assets counted per category in an area, for a bar chart.

    Returns
    -------
    list of dict
        One per chosen category in ABCD order: ``code``, ``label``, ``value`` (the count, or ``None`` where
        a count of people from 1 to 4 must not be shown), ``shown`` (the printed count) and ``colour``
        (sequential, darker for more).
    """
    return category_totals_from(
        analyse(assets, options(area=area, categories=categories, tier=tier, measure="count"))
    )


def ranked_wards_from(analysis: Analysis) -> list[dict[str, object]]:
    """The area's wards by the chosen measure, most first (see :func:`ranked_wards`)."""
    frame = analysis.frame
    column = analysis.measure.column
    masked = analysis.measure.key == "count" and _only_people(analysis)
    rows: list[dict[str, object]] = []
    for i, code in enumerate(frame.index):
        value = float(frame.at[code, column])
        shown = _shown_value(analysis, value)
        hidden = math.isnan(value) or (masked and shown == privacy.SMALL_COUNT_TEXT)
        rows.append(
            {
                "code": str(code),
                "label": str(frame.at[code, "ward_name"]),
                "district": str(frame.at[code, "district_name"]),
                "value": None if hidden else value,
                "shown": shown,
                "colour": analysis.classes.colour_of(i),
            }
        )

    def rank(row: dict[str, object]) -> tuple[bool, float, str]:
        # A masked count of people ("<5", so 1 to 4) ranks between 5 and 0; no data goes last.
        value = row["value"]
        if value is None and row["shown"] == privacy.SMALL_COUNT_TEXT:
            value = privacy.SMALL_COUNT - 0.5
        return (value is None, -float(value or 0.0), str(row["label"]).casefold())  # type: ignore[arg-type]

    rows.sort(key=rank)
    return rows


def ranked_wards(
    assets: Iterable[Asset],
    *,
    area: str | Sequence[str] | None = None,
    measure: str = "per1000",
    categories: str | Sequence[str] | None = None,
    tier: str = "public",
    scheme: str = "quantiles",
    k: int = 5,
    walk_m: int = DEFAULT_WALK_M,
) -> list[dict[str, object]]:
    """The area's wards ranked by a measure, most first, coloured as on the map.

    Returns
    -------
    list of dict
        ``code``, ``label`` (ward name), ``district``, ``value`` (``None`` for no data, or for a masked count
        of people), ``shown`` (printed) and ``colour`` (the ward's map class).
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
        )
    )


def chart_data_from(analysis: Analysis) -> dict[str, object]:
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
        "counted": counted_in_area(analysis),
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
