"""Abundance measures per ward: counts, per 1,000 residents, diversity and walking reach.

Everything here is plain data (a pandas DataFrame per ward); nothing draws or prints. The privacy rules
of :mod:`assetmap.reports.privacy` are applied here, once, for every export and map: a ward's figures that
include 1 to 4 individuals are withheld in the frame itself (NaN, with ``withheld`` set), and
:func:`area_totals` leaves individuals out of an area's totals whenever any of its wards is withheld.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypedDict

import numpy as np
import pandas as pd
from pyproj import Transformer

from assetmap.geo.boundaries import BRITISH_NATIONAL_GRID, WGS84, Boundaries
from assetmap.geo.postcodes import PostcodeIndex
from assetmap.geo.proximity import any_within
from assetmap.geo.wards import WardIndex
from assetmap.messages import tr
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.connections import Link
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.reports import privacy
from assetmap.reports.connected import WITHHELD_COLUMNS, connection_figures
from assetmap.reports.selection import (
    CATEGORY_LABELS,
    Area,
    resolve_area,
    resolve_categories,
    resolve_tier,
)

DEFAULT_WALK_M = 800


@dataclass(frozen=True)
class Measure:
    """One measure a map can show: its key, its wording, and how its values print."""

    key: str
    label: str
    column: str
    decimals: int
    percent: bool = False

    def format(self, value: float | None) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "–"
        if self.percent:
            return f"{value * 100:.{self.decimals}f}%"
        return f"{value:,.{self.decimals}f}"


MEASURES: dict[str, Measure] = {
    "count": Measure("count", "Assets", "total", 0),
    "per1000": Measure("per1000", "Assets per 1,000 residents", "per1000", 2),
    "diversity": Measure("diversity", "Categories present", "categories_present", 0),
    "shannon": Measure("shannon", "Variety of assets (Shannon index)", "shannon", 2),
    "reach": Measure("reach", "Share of postcodes within walking distance of an asset", "reach", 0, True),
    # How connected the ward's assets are (assetmap.reports.connected).
    "linked": Measure("linked", "Share of assets with at least one link", "linked_share", 0, True),
    "groups": Measure("groups", "Groups linked to the ward's spaces", "groups_linked", 0),
}


def measure(key: str) -> Measure:
    """The measure called ``key``; raises ``ReportInputError`` listing the valid keys."""
    from assetmap.reports.selection import ReportInputError

    if key not in MEASURES:
        raise ReportInputError(
            tr("Unknown measure {measure}. Choose from: {choices}.").format(
                measure=repr(key), choices=", ".join(MEASURES)
            )
        )
    return MEASURES[key]


def measure_label(key: str, walk_m: int = DEFAULT_WALK_M) -> str:
    if key == "reach":
        return f"Share of postcodes within {walk_m:,} m of an asset"
    return MEASURES[key].label


@functools.cache
def _to_bng() -> Transformer:
    return Transformer.from_crs(WGS84, BRITISH_NATIONAL_GRID, always_xy=True)


def to_bng(
    lons: Sequence[float | None] | np.ndarray, lats: Sequence[float | None] | np.ndarray
) -> np.ndarray:
    """WGS84 lon/lat to British National Grid metres, as an (n, 2) array (NaN where one is ``None``)."""
    x, y = _to_bng().transform(np.asarray(lons, dtype=float), np.asarray(lats, dtype=float))
    return np.column_stack([np.asarray(x, dtype=float), np.asarray(y, dtype=float)])


@functools.cache
def _gm_postcodes() -> pd.DataFrame:
    frame = PostcodeIndex.for_gm().frame
    xy = to_bng(frame["lon"].to_numpy(), frame["lat"].to_numpy())
    return pd.DataFrame({"ward_code": frame["ward_code"].to_numpy(), "x": xy[:, 0], "y": xy[:, 1]})


@functools.lru_cache(maxsize=2)
def _postcodes_in(boundaries: Boundaries) -> pd.DataFrame:
    """The bundled postcodes placed in another set's wards (those outside every ward drop out)."""
    frame = PostcodeIndex.for_gm().frame
    wards = WardIndex.for_boundaries(boundaries).assign(frame["lon"].to_numpy(), frame["lat"].to_numpy())
    inside = pd.notna(wards)
    xy = _gm_postcodes()[["x", "y"]].to_numpy()[inside]
    return pd.DataFrame({"ward_code": wards[inside], "x": xy[:, 0], "y": xy[:, 1]})


def _postcodes_frame(postcodes: pd.DataFrame | None, b: Boundaries) -> pd.DataFrame:
    if postcodes is None:
        return _gm_postcodes() if b.bundled else _postcodes_in(b)
    xy = to_bng(postcodes["lon"].to_numpy(), postcodes["lat"].to_numpy())
    return pd.DataFrame({"ward_code": postcodes["ward_code"].to_numpy(), "x": xy[:, 0], "y": xy[:, 1]})


def reached_postcodes(postcode_xy: np.ndarray, asset_xy: np.ndarray, walk_m: float) -> np.ndarray:
    """A boolean per postcode: is any asset within ``walk_m`` metres (straight line, BNG), edge included?

    The assets are counted into a grid of cells a little narrower than the walk's reach across a cell's
    diagonal (:func:`assetmap.geo.proximity.any_within`): a postcode sharing a cell with an asset is
    reached at once, the others measure only the assets in the cells around theirs. It is as quick as a
    k-d tree here, several times quicker than a shapely STRtree ``dwithin`` query and, like the tree,
    lets other threads run meanwhile (the app computes this on a worker thread while the window stays
    responsive).
    """
    return any_within(postcode_xy, asset_xy, float(walk_m))


def shannon_index(counts: Iterable[int]) -> float:
    """Shannon's H = −Σ p ln p over the groups' shares; 0 for one group or none."""
    values = np.array([c for c in counts if c > 0], dtype=float)
    if values.size <= 1:
        return 0.0
    shares = values / values.sum()
    return float(-(shares * np.log(shares)).sum())


def count_column(category: str) -> str:
    return f"count_{category}"


def compute_measures(
    assets: Iterable[Asset],
    *,
    boundaries: Boundaries,
    wards: Area | str | Sequence[str] | None = None,
    categories: str | Sequence[str] | None = None,
    tier: str = "public",
    walk_m: float = DEFAULT_WALK_M,
    postcodes: pd.DataFrame | None = None,
    population: Mapping[str, float] | None = None,
    people: PeopleView,
    links: Iterable[Link] | None = None,
) -> pd.DataFrame:
    """The abundance measures for each ward of an area.

    Parameters
    ----------
    assets
        Assets as the register returns them; the privacy rules pick those that count (active, in the
        tier, in the chosen categories; never private).
    boundaries
        The wards in use: the register's (``Register.boundaries()``).
    wards
        An :class:`Area` of ``boundaries``, or anything :func:`resolve_area` accepts (``None`` is all of
        them).
    categories
        Category codes (``None`` is all six).
    tier
        ``"public"`` or ``"partners"``.
    people
        The consent in force (``Register.people_view()``): a person's gift counts only with it.
    walk_m
        The walking distance for reach, in metres, measured as a straight line in EPSG:27700.
    postcodes, population
        For tests: a frame with ``lon``, ``lat`` and ``ward_code`` columns, and ward code → residents.
        By default, the bundled GM postcodes and the Census 2021 ward estimates.
    links
        The register's links (``Register.links()``) for the connection measures
        (:mod:`assetmap.reports.connected`); without them those columns are NaN (no data).

    Returns
    -------
    pandas.DataFrame
        Indexed by ward code, in the area's order, with ``ward_name``, ``district_code``,
        ``district_name``, ``population``, ``count_<category>`` for each chosen category, ``total``,
        ``per1000``, ``categories_present``, ``shannon``, ``postcodes``, ``postcodes_reached``,
        ``reach`` (a share from 0 to 1) and ``withheld``. ``frame.attrs`` records the categories, tier and
        walk distance.

        ``withheld`` is True for a ward with 1 to 4 individuals among the chosen categories; its
        ``total``, ``per1000`` and ``shannon`` (the figures that include them) are then NaN, so no map
        class, chart or table can show them. ``count_gifts_skills`` stays exact for the area sums and is
        masked when printed (:func:`ward_figures`).
    """
    area = wards if isinstance(wards, Area) else resolve_area(wards, boundaries=boundaries)
    chosen = resolve_categories(categories)
    tier = resolve_tier(tier)
    counted = privacy.countable(assets, tier, chosen, people=people)
    b = boundaries
    codes = list(area.ward_codes)
    frame = pd.DataFrame(index=pd.Index(codes, name="ward_code"))
    frame["ward_name"] = [b.ward_names[c] for c in codes]
    frame["district_code"] = [b.ward_district[c] for c in codes]
    frame["district_name"] = [b.district_names[d] for d in frame["district_code"]]
    if population is None:
        population = b.population
    frame["population"] = [float(population.get(c, math.nan)) for c in codes]

    rows = pd.DataFrame(
        {
            "ward_code": [a.ward_code for a in counted],
            "category": [a.category for a in counted],
            "group": [f"{a.category}/{a.subcategory or ''}" for a in counted],
        }
    )
    in_area = rows[rows["ward_code"].isin(codes)]
    by_category = (
        in_area.groupby(["ward_code", "category"]).size().unstack(fill_value=0)
        if len(in_area)
        else pd.DataFrame(index=pd.Index([], name="ward_code"))
    )
    for category in chosen:
        column = by_category[category] if category in by_category.columns else pd.Series(dtype=int)
        frame[count_column(category)] = column.reindex(codes, fill_value=0).astype(int).to_numpy()
    frame["total"] = frame[[count_column(c) for c in chosen]].sum(axis=1).astype(int)
    with np.errstate(divide="ignore", invalid="ignore"):
        per1000 = frame["total"].to_numpy(dtype=float) / frame["population"].to_numpy(dtype=float) * 1000
    frame["per1000"] = np.where(frame["population"] > 0, per1000, np.nan)
    frame["categories_present"] = (frame[[count_column(c) for c in chosen]] > 0).sum(axis=1).astype(int)
    groups = in_area.groupby(["ward_code", "group"]).size()
    frame["shannon"] = [
        shannon_index(groups.loc[c].to_numpy()) if c in groups.index.get_level_values(0) else 0.0
        for c in codes
    ]
    if PERSONAL_CATEGORY in chosen:
        frame["withheld"] = privacy.withheld_wards(frame[count_column(PERSONAL_CATEGORY)])
    else:
        frame["withheld"] = False
    for column in privacy.FIGURES_WITH_PEOPLE:
        frame[column] = frame[column].astype(float).where(~frame["withheld"])
    connections = connection_figures(
        counted, links, codes, tier=tier, people=people, withheld=frame["withheld"].to_numpy(dtype=bool)
    )
    for column in connections.columns:
        frame[column] = connections[column].to_numpy()

    # Reach uses places and groups anywhere (an asset across a boundary still serves a ward), never people.
    places = [a for a in counted if privacy.drawable(a)]
    asset_xy = to_bng([a.lon for a in places], [a.lat for a in places]) if places else np.empty((0, 2))
    pcs = _postcodes_frame(postcodes, b)
    pcs = pcs[pcs["ward_code"].isin(codes)]
    reached = reached_postcodes(pcs[["x", "y"]].to_numpy(), asset_xy, walk_m)
    totals = pcs.groupby("ward_code").size()
    hits = pd.Series(reached, index=pcs.index).groupby(pcs["ward_code"]).sum()
    frame["postcodes"] = totals.reindex(codes, fill_value=0).astype(int).to_numpy()
    frame["postcodes_reached"] = hits.reindex(codes, fill_value=0).astype(int).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        share = frame["postcodes_reached"].to_numpy(dtype=float) / frame["postcodes"].to_numpy(dtype=float)
    frame["reach"] = np.where(frame["postcodes"] > 0, share, np.nan)
    frame.attrs.update(
        {
            "area": area.name,
            "categories": chosen,
            "tier": tier,
            "walk_m": walk_m,
            "population_label": b.population_note,
        }
    )
    return frame


def _withheld_column(column: str) -> str | None:
    """The column saying where the figures in ``column`` are withheld, or ``None`` if never."""
    if column in privacy.FIGURES_WITH_PEOPLE:
        return "withheld"
    return WITHHELD_COLUMNS.get(column)


def is_withheld(frame: pd.DataFrame, code: str, column: str) -> bool:
    """Whether a ward's figure in ``column`` is withheld to protect individuals."""
    flag = _withheld_column(column)
    return flag is not None and flag in frame.columns and bool(frame.at[code, flag])


def withheld_mask(frame: pd.DataFrame, column: str) -> np.ndarray:
    """Per ward (in the frame's order), whether its figure in ``column`` is withheld."""
    flag = _withheld_column(column)
    if flag is None or flag not in frame.columns:
        return np.zeros(len(frame), dtype=bool)
    return frame[flag].to_numpy(dtype=bool)


def shown_value(frame: pd.DataFrame, code: str, m: Measure) -> str:
    """One ward's value of a measure as printed: "*" where withheld, else formatted ("–" for no data)."""
    if is_withheld(frame, code, m.column):
        return privacy.WITHHELD_TEXT
    return m.format(frame.at[code, m.column])


def area_totals(frame: pd.DataFrame) -> dict[str, Any]:
    """The same measures for the whole area: sums, and rates from the sums (not averages of rates).

    Individuals count in the area's totals only when none of its wards is withheld
    (:func:`~assetmap.reports.privacy.area_counts_people`). Otherwise ``people_left_out`` is True, the
    count of individuals is ``None``, and ``total`` and ``per1000`` cover places and groups only (both
    ``None``/NaN when individuals are the only chosen category). ``withheld_wards`` counts the wards
    withheld.
    """
    chosen: Sequence[str] = frame.attrs["categories"]
    counts: dict[str, int | None] = {c: int(frame[count_column(c)].sum()) for c in chosen}
    people_left_out = PERSONAL_CATEGORY in chosen and not privacy.area_counts_people(frame["withheld"])
    if people_left_out:
        counts[PERSONAL_CATEGORY] = None
    others = [n for n in counts.values() if n is not None]
    population = float(frame["population"].sum(min_count=1))
    total = sum(others) if others else None
    postcodes = int(frame["postcodes"].sum())
    reached = int(frame["postcodes_reached"].sum())
    return {
        "population": population,
        "total": total,
        **{count_column(c): n for c, n in counts.items()},
        "per1000": total / population * 1000 if total is not None and population > 0 else math.nan,
        "categories_present": int((frame[[count_column(c) for c in chosen]].sum(axis=0) > 0).sum()),
        "postcodes": postcodes,
        "postcodes_reached": reached,
        "reach": reached / postcodes if postcodes else math.nan,
        "people_left_out": people_left_out,
        "withheld_wards": int(frame["withheld"].sum()),
    }


class CategoryFigure(TypedDict):
    """One category's count in a ward, as printed."""

    code: str
    label: str
    count: str


class AreaCategoryFigure(CategoryFigure):
    """One category's count over the area: as printed, and the number (``None`` when left out)."""

    value: int | None


class WardFigures(TypedDict):
    """One ward's figures as printed (see :func:`ward_figures`)."""

    code: str
    name: str
    district: str
    population: str
    total: str
    categories: list[CategoryFigure]
    per1000: str
    diversity: str
    shannon: str
    reach: str
    linked: str
    groups: str
    personal_masked: bool
    withheld: bool


class AreaFigures(TypedDict):
    """The area's totals as printed (see :func:`area_figures`)."""

    population: str
    total: str
    categories: list[AreaCategoryFigure]
    per1000: str
    diversity: str
    reach: str
    people_left_out: bool
    what: str
    notes: list[str]


def _count_text(value: float | int | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{int(value):,}"


def area_figures(frame: pd.DataFrame) -> AreaFigures:
    """The area's totals as printed, with the same masks as :func:`ward_figures`.

    A total that leaves individuals out carries "†"; a withheld figure reads "*". ``notes`` are the
    footnotes the marks need.
    """
    totals = area_totals(frame)
    chosen: Sequence[str] = frame.attrs["categories"]
    left_out = bool(totals["people_left_out"])
    mark = privacy.PEOPLE_LEFT_OUT_MARK if left_out else ""

    def marked(text: str, value: object) -> str:
        return privacy.WITHHELD_TEXT if value is None else text + mark

    counts: list[AreaCategoryFigure] = []
    for c in chosen:
        n = totals[count_column(c)]
        text = privacy.WITHHELD_TEXT if n is None else privacy.shown_count(int(n), c)
        counts.append({"code": c, "label": CATEGORY_LABELS[c], "count": text, "value": n})
    population = float(totals["population"])
    notes = []
    if totals["withheld_wards"]:
        notes.append(privacy.WITHHELD_NOTE)
    if left_out and totals["total"] is not None:
        notes.append(privacy.PEOPLE_LEFT_OUT_NOTE)
    return {
        "population": "–" if math.isnan(population) else f"{population:,.0f}",
        "total": marked(_count_text(totals["total"]), totals["total"]),
        "categories": counts,
        "per1000": marked(MEASURES["per1000"].format(totals["per1000"]), totals["total"]),
        "diversity": f"{totals['categories_present']} of {len(chosen)}",
        "reach": MEASURES["reach"].format(totals["reach"]),
        "people_left_out": left_out,
        "what": "places and groups" if left_out and totals["total"] is not None else "assets",
        "notes": notes,
    }


def ward_figures(frame: pd.DataFrame, ward_code: str) -> WardFigures:
    """One ward's figures as printed (strings), with people's gifts and skills masked below 5.

    In a ward with 1 to 4 individuals, the figures that include them (total, per 1,000, Shannon) read
    "*" and ``withheld`` is True. This is what a hover, a table row and an atlas page show.
    """
    row = frame.loc[ward_code]
    chosen: Sequence[str] = frame.attrs["categories"]
    per = MEASURES
    return {
        "code": ward_code,
        "name": row["ward_name"],
        "district": row["district_name"],
        "population": "–" if math.isnan(row["population"]) else f"{row['population']:,.0f}",
        "total": shown_value(frame, ward_code, per["count"]),
        "categories": [
            {
                "code": c,
                "label": CATEGORY_LABELS[c],
                "count": privacy.shown_count(int(row[count_column(c)]), c),
            }
            for c in chosen
        ],
        "per1000": shown_value(frame, ward_code, per["per1000"]),
        "diversity": f"{int(row['categories_present'])} of {len(chosen)}",
        "shannon": shown_value(frame, ward_code, per["shannon"]),
        "reach": per["reach"].format(row["reach"]),
        "linked": shown_value(frame, ward_code, per["linked"]),
        "groups": shown_value(frame, ward_code, per["groups"]),
        "personal_masked": PERSONAL_CATEGORY in chosen
        and privacy.shown_count(int(row[count_column(PERSONAL_CATEGORY)]), PERSONAL_CATEGORY)
        == privacy.SMALL_COUNT_TEXT,
        "withheld": bool(row["withheld"]),
    }


def ward_figures_json(frame: pd.DataFrame) -> str:
    """Every ward's printed figures as JSON (ward code → figures), for a map's hover box."""
    figures = {code: ward_figures(frame, code) for code in frame.index}
    return json.dumps(figures, ensure_ascii=False, separators=(",", ":"))
