"""The abundance layer for the in-app map, and the data for its charts, as plain JSON-able dicts.

Everything here follows the privacy rules in :mod:`assetmap.reports.privacy`: private assets are never
counted, partner-only assets only when that tier is chosen, a ward's count of people's gifts and skills
from 1 to 4 is given as "<5", and the figures that include such a count are withheld ("*", no class, last
in a ranking) as the measures frame marks them. No asset is ever named: the layer holds ward figures, not
assets.

What it holds for people to read (the figures' labels, the legend, titles and notes, the figures
themselves) is in the language AssetMap speaks (:mod:`assetmap.messages`): the window's. Nothing here is
used for a PDF, whose words follow the report's own language (:mod:`assetmap.reports.words`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TypedDict

from assetmap.geo.boundaries import POPULATION_LABEL, Boundaries
from assetmap.messages import current_code, tr, tr_n, tr_noop
from assetmap.register.categories import CATEGORY_CODES
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.reports import privacy
from assetmap.reports.analysis import Analysis, NumberFormat, ReportOptions, analyse
from assetmap.reports.classify import NO_DATA_COLOUR, NO_DATA_LABEL, palette
from assetmap.reports.measures import (
    DEFAULT_WALK_M,
    MEASURES,
    Measure,
    area_figures,
    area_totals,
    count_column,
    is_withheld,
    ward_figures,
)
from assetmap.reports.selection import CATEGORY_LABELS, GREATER_MANCHESTER, Area
from assetmap.reports.words import NO_VALUE, words

# In English; the map sheet prints them in the report's language, the window through tier_wording().
TIER_WORDING: dict[str, str] = {
    "public": tr_noop("public assets"),
    "partners": tr_noop("public and partner-only assets"),
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


# -- the words, in the language AssetMap speaks -----------------------------------------------------------
#
# Categories, measures, tiers and the privacy notes are declared in English where their rules live, and
# printed in a report's own language there; the window's language is given here, one literal per word
# (tests/reports/test_layer_language.py checks each still reads as its source in English).


def number_format() -> NumberFormat:
    """Writes figures as the language does (``12,345`` and ``2.50`` in English, ``12 345`` and ``2,50``
    in Polish); no data is "–". Each figure is written once (a layer repeats many)."""
    code = current_code()
    if code == "en":
        return lambda value, decimals, percent: Measure("", "", "", decimals, percent).format(value)
    language_words = words(code)
    written: dict[tuple[float | None, int, bool], str] = {}

    def write(value: float | None, decimals: int, percent: bool) -> str:
        key = (value, decimals, percent)
        text = written.get(key)
        if text is None:
            text = written[key] = language_words.number(value, decimals, percent=percent)
        return text

    return write


def category_label(code: str) -> str:
    """One of the six categories' names (a category a team named itself is shown as it is)."""
    labels = {
        "gifts_skills": tr("People's gifts and skills"),
        "associations": tr("Associations and groups"),
        "institutions": tr("Institutions"),
        "physical_spaces": tr("Physical spaces"),
        "local_economy": tr("Local economy and exchange"),
        "culture_stories": tr("Culture and stories"),
    }
    return labels.get(code) or CATEGORY_LABELS.get(code, code)


def measure_name(key: str, walk_m: int = DEFAULT_WALK_M) -> str:
    """A measure's name (``measures.measure_label``), reach with its walking distance."""
    if key == "reach":
        return tr("Share of postcodes within {distance} m of an asset").format(
            distance=number_format()(walk_m, 0, False)
        )
    names = {
        "count": tr("Assets"),
        "per1000": tr("Assets per 1,000 residents"),
        "diversity": tr("Categories present"),
        "shannon": tr("Variety of assets (Shannon index)"),
        "linked": tr("Share of assets with at least one link"),
        "groups": tr("Groups linked to the ward's spaces"),
    }
    return names.get(key) or MEASURES[key].label


def tier_wording(tier: str) -> str:
    """What a tier counts, as a subtitle names it (:data:`TIER_WORDING`)."""
    if tier == "partners":
        return tr("public and partner-only assets")
    return tr("public assets")


def place_name(name: str) -> str:
    """A place's name as the language writes it: Greater Manchester's; other places by their own."""
    return tr("Greater Manchester") if name == GREATER_MANCHESTER else name


def area_wording(area: Area) -> str:
    """The area's name: Greater Manchester and "3 selected wards" in the language; districts and wards
    by their own names."""
    if area.name == GREATER_MANCHESTER:
        return place_name(area.name)
    wards = len(area.ward_codes)
    if wards > 1 and area.name == f"{wards} selected wards":
        return tr_n("{count} selected ward", "{count} selected wards", wards).format(
            count=number_format()(wards, 0, False)
        )
    return area.name


def population_wording(boundaries: Boundaries) -> str:
    """Where the residents' figures come from (``Boundaries.population_note``); a team's own as given."""
    if not boundaries.population_label:
        return tr("no figures were given with these wards")
    if boundaries.population_label == POPULATION_LABEL:
        return tr("Census 2021, estimated for 2023 wards")
    return boundaries.population_label


def partner_notice() -> str:
    """:data:`~assetmap.reports.privacy.PARTNER_NOTICE`."""
    return tr("Contains partner-only information")


def withheld_label() -> str:
    """:data:`~assetmap.reports.privacy.WITHHELD_LABEL`: why a figure reads "*"."""
    return tr("Withheld to protect individuals")


def _legend_label(label: str) -> str:
    if label == NO_DATA_LABEL:
        return tr("No residents recorded")
    if label == privacy.WITHHELD_LABEL:
        return withheld_label()
    return label


def note_wording(note: str) -> str:
    """One of the area's footnotes (``measures.area_figures``: the privacy notes)."""
    if note == privacy.WITHHELD_NOTE:
        return tr(
            "{mark} Withheld to protect individuals: a figure that includes people's gifts and skills is not "
            "shown where a ward has fewer than {small} of them, as it would give their number away."
        ).format(mark=privacy.WITHHELD_TEXT, small=privacy.SMALL_COUNT)
    if note == privacy.PEOPLE_LEFT_OUT_NOTE:
        return tr(
            "{mark} Places and groups only: people's gifts and skills are left out of the area's totals "
            "because some of its wards have fewer than {small}."
        ).format(mark=privacy.PEOPLE_LEFT_OUT_MARK, small=privacy.SMALL_COUNT)
    return note


class _Figures:
    """Writes the wards' figures as the measures print them, in the language's digits: "*", "<5" and "–"
    stay as they are, and English as printed."""

    def __init__(self, analysis: Analysis) -> None:
        self.number = number_format()
        self.english = current_code() == "en"
        frame = analysis.frame
        # Read once: a ward's value found through the frame for each figure takes far longer.
        self.columns = {} if self.english else {str(c): frame[c].to_numpy() for c in frame.columns}

    def __call__(self, text: str, column: str, index: int, decimals: int = 0, percent: bool = False) -> str:
        if self.english or text in (privacy.WITHHELD_TEXT, privacy.SMALL_COUNT_TEXT, NO_VALUE):
            return text
        return self.number(float(self.columns[column][index]), decimals, percent)

    def measure(self, text: str, m: Measure, index: int) -> str:
        return self(text, m.column, index, m.decimals, m.percent)


def categories_wording(categories: Sequence[str]) -> str:
    """``"all categories"``, or the chosen categories' names."""
    if set(categories) == set(CATEGORY_CODES):
        return tr("all categories")
    return ", ".join(category_label(c) for c in categories)


def _subtitle(analysis: Analysis) -> str:
    return " · ".join(
        [area_wording(analysis.area), categories_wording(analysis.categories), tier_wording(analysis.tier)]
    )


def _note(analysis: Analysis) -> str | None:
    if analysis.measure.key == "per1000":
        return tr("Residents: {note}").format(note=population_wording(analysis.boundaries))
    if analysis.measure.key == "reach":
        return tr("Straight-line distance of {distance} m from postcode centres").format(
            distance=number_format()(analysis.options.walk_m, 0, False)
        )
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
    number = number_format()
    wards = len(analysis.frame)
    values = {"wards": number(wards, 0, False), "area": area_wording(analysis.area)}
    totals = area_totals(analysis.frame)
    if totals["total"] is None:
        return tr_n(
            "People's gifts and skills counted in {wards} ward of {area}; some wards have fewer than 5, so "
            "their number is withheld to protect individuals.",
            "People's gifts and skills counted in {wards} wards of {area}; some wards have fewer than 5, so "
            "their number is withheld to protect individuals.",
            wards,
        ).format(**values)
    total = int(totals["total"])
    values["total"] = number(total, 0, False)
    # Two numbers: the sentence agrees with the total, and is written once for one ward, once for more.
    if not totals["people_left_out"]:
        if wards == 1:
            text = tr_n(
                "{total} asset counted in 1 ward of {area}.",
                "{total} assets counted in 1 ward of {area}.",
                total,
            )
        else:
            text = tr_n(
                "{total} asset counted in {wards} wards of {area}.",
                "{total} assets counted in {wards} wards of {area}.",
                total,
            )
        return text.format(**values)
    if wards == 1:
        text = tr_n(
            "{total} place or group counted in 1 ward of {area}; people's gifts and skills are left out of "
            "this total because some wards have fewer than 5, so their number is withheld to protect "
            "individuals.",
            "{total} places and groups counted in 1 ward of {area}; people's gifts and skills are left out "
            "of this total because some wards have fewer than 5, so their number is withheld to protect "
            "individuals.",
            total,
        )
    else:
        text = tr_n(
            "{total} place or group counted in {wards} wards of {area}; people's gifts and skills are left "
            "out of this total because some wards have fewer than 5, so their number is withheld to protect "
            "individuals.",
            "{total} places and groups counted in {wards} wards of {area}; people's gifts and skills are "
            "left out of this total because some wards have fewer than 5, so their number is withheld to "
            "protect individuals.",
            total,
        )
    return text.format(**values)


def _hover_figures(analysis: Analysis, index: int, code: str, write: _Figures) -> list[list[str]]:
    """One ward's figures as ``[label, value]`` text pairs, the chosen measure first."""
    figures = ward_figures(analysis.frame, code)

    def measured(key: str, figure: str) -> str:
        return write.measure(str(figures[figure]), MEASURES[key], index)  # type: ignore[literal-required]

    number = write.number
    walk = number(analysis.options.walk_m, 0, False)
    present, chosen = figures["diversity"].split(" of ")
    pairs: list[list[str]] = [
        [
            measure_name(analysis.measure.key, analysis.options.walk_m),
            write.measure(analysis.shown(code), analysis.measure, index),
        ]
    ]
    rest: list[tuple[str, list[str]]] = [
        ("population", [tr("Residents"), write(figures["population"], "population", index)]),
        ("count", [tr("Assets counted"), measured("count", "total")]),
    ]
    rest += [
        ("", [category_label(c["code"]), write(c["count"], count_column(c["code"]), index)])
        for c in figures["categories"]
    ]
    rest += [
        ("per1000", [tr("Per 1,000 residents"), measured("per1000", "per1000")]),
        (
            "diversity",
            [
                tr("Categories present"),
                tr("{present} of {chosen}").format(
                    present=number(int(present), 0, False), chosen=number(int(chosen), 0, False)
                ),
            ],
        ),
        ("shannon", [tr("Variety (Shannon index)"), measured("shannon", "shannon")]),
        (
            "reach",
            [
                tr("Postcodes within {distance} m of an asset").format(distance=walk),
                measured("reach", "reach"),
            ],
        ),
    ]
    if analysis.has_links:
        rest += [
            ("linked", [tr("Assets with a link"), measured("linked", "linked")]),
            ("groups", [tr("Groups linked to its spaces"), measured("groups", "groups")]),
        ]
    # The chosen measure is already first (diversity and count share their wording with the list below).
    pairs += [pair for key, pair in rest if key != analysis.measure.key]
    if figures["withheld"]:
        pairs.append([privacy.WITHHELD_TEXT, withheld_label()])
    return pairs


def layer_from(analysis: Analysis) -> dict[str, object]:
    """The map layer for an analysis that is already computed (see :func:`abundance_layer`)."""
    frame = analysis.frame
    write = _Figures(analysis)
    wards: dict[str, dict[str, object]] = {}
    for i, code in enumerate(frame.index):
        figures = _hover_figures(analysis, i, code, write)
        wards[str(code)] = {
            "colour": analysis.classes.colour_of(i),
            "value": figures[0][1],
            "name": str(frame.at[code, "ward_name"]),
            "district": str(frame.at[code, "district_name"]),
            "figures": figures,
        }
    legend = analysis.legend(None if write.english else write.number)
    return {
        "kind": "abundance",
        "title": measure_name(analysis.measure.key, analysis.options.walk_m),
        "subtitle": _subtitle(analysis),
        "note": _note(analysis),
        "partner_notice": partner_notice() if analysis.partner_tier else None,
        "measure": analysis.measure.key,
        "area": area_wording(analysis.area),
        "tier": analysis.tier,
        "categories": list(analysis.categories),
        "counted": counted_in_area(analysis),
        "empty": not anything_counted(analysis),
        "legend": [[colour, _legend_label(label)] for colour, label in legend],
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
    number = number_format()
    english = current_code() == "en"
    for entry in area_figures(analysis.frame)["categories"]:
        code, shown = entry["code"], entry["count"]
        count = entry["value"]
        value = None if count is None or shown == privacy.SMALL_COUNT_TEXT else int(count)
        values.append(value)
        if value is not None and not english:
            shown = number(value, 0, False)
        bars.append({"code": code, "label": category_label(code), "value": value, "shown": shown})
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
    write = _Figures(analysis)
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
                "shown": write.measure(analysis.shown(code), analysis.measure, i),
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
    # What the charts show, by key (the titles above are already in the language AssetMap speaks).
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
    area = area_wording(analysis.area)
    measure = measure_name(analysis.measure.key, analysis.options.walk_m)
    return {
        "area": area,
        "subtitle": _subtitle(analysis),
        "partner_notice": partner_notice() if analysis.partner_tier else None,
        "measure": analysis.measure.key,
        "walk_m": analysis.options.walk_m,
        "tier": analysis.tier,
        "chosen": list(analysis.categories),
        "counted": counted_in_area(analysis),
        "empty": not anything_counted(analysis),
        "notes": [note_wording(note) for note in area_figures(analysis.frame)["notes"]],
        "categories": {
            "title": tr("Assets by category in {area}").format(area=area),
            "bars": category_totals_from(analysis),
        },
        "wards": {
            "title": tr("Wards by {measure}").format(measure=measure[:1].lower() + measure[1:]),
            "axis": measure,
            "percent": MEASURES[analysis.measure.key].percent,
            "bars": wards,
        },
    }
