"""What every export starts from: the options a person chose, and the measures and classes they give."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from assetmap.geo.boundaries import Boundaries
from assetmap.messages import tr
from assetmap.register.connections import Link
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.reports import privacy
from assetmap.reports.classify import SCHEMES, Classification, classify
from assetmap.reports.measures import (
    DEFAULT_WALK_M,
    Measure,
    compute_measures,
    measure,
    measure_label,
    shown_value,
    withheld_mask,
)
from assetmap.reports.selection import (
    Area,
    ReportInputError,
    resolve_area,
    resolve_categories,
    resolve_tier,
)

# Writes a figure: (value, decimals, whether it is a share shown as a percentage) -> text.
NumberFormat = Callable[[float | None, int, bool], str]

PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A3": (297.0, 420.0),
    "A1": (594.0, 841.0),
    "A0": (841.0, 1189.0),
}
# Poster sizes, for a map sheet on a wall: laid out as A3 and drawn larger, so every word and line grows
# with the paper and reads from across a room.
POSTER_SIZES: dict[str, str] = {"A1": "A3", "A0": "A3"}
DOCUMENT_SIZES = tuple(size for size in PAGE_SIZES if size not in POSTER_SIZES)
PAGE_MARGIN = 12.0
# English month names whatever the process locale (Qt sets the locale from the environment).
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class PageSetup:
    """Paper size and orientation; sizes in millimetres."""

    size: str = "A4"
    landscape: bool = False

    def __post_init__(self) -> None:
        if self.size not in PAGE_SIZES:
            raise ReportInputError(
                tr("Unknown page size {size}. Choose from: {choices}.").format(
                    size=repr(self.size), choices=", ".join(PAGE_SIZES)
                )
            )

    @property
    def width(self) -> float:
        w, h = PAGE_SIZES[self.size]
        return h if self.landscape else w

    @property
    def height(self) -> float:
        w, h = PAGE_SIZES[self.size]
        return w if self.landscape else h

    @property
    def is_poster(self) -> bool:
        return self.size in POSTER_SIZES

    @property
    def layout(self) -> PageSetup:
        """The page the sheet is laid out on: itself, or A3 for a poster (then drawn :attr:`scale` times)."""
        return PageSetup(POSTER_SIZES[self.size], self.landscape) if self.is_poster else self

    @property
    def scale(self) -> float:
        return self.width / self.layout.width

    @property
    def content_width(self) -> float:
        return self.width - 2 * PAGE_MARGIN

    @property
    def content_height(self) -> float:
        return self.height - 2 * PAGE_MARGIN


@dataclass(frozen=True)
class ReportOptions:
    """What to report on and how; every export (report, map, interactive map) takes one.

    ``area`` is anything :func:`~assetmap.reports.selection.resolve_area` accepts, ``categories`` a list
    of codes or a comma-separated string (``None`` is all six).
    """

    area: str | Sequence[str] | None = None
    measure: str = "per1000"
    categories: str | Sequence[str] | None = None
    tier: str = "public"
    walk_m: int = DEFAULT_WALK_M
    scheme: str = "quantiles"
    classes: int = 5
    prepared_by: str | None = None
    title: str | None = None
    page: PageSetup = field(default_factory=PageSetup)
    # The part of the map to draw on a map sheet, as (west, south, east, north) in degrees, e.g. the
    # view on screen; None fits the area. Figures still cover the whole area.
    extent: tuple[float, float, float, float] | None = None
    date: dt.date | None = None
    # The language the report is written in (a code of assetmap.languages.LANGUAGES).
    language: str = "en"


@dataclass(frozen=True)
class Analysis:
    """The measures for the chosen wards, and the map classes of the chosen measure."""

    options: ReportOptions
    boundaries: Boundaries
    area: Area
    categories: tuple[str, ...]
    tier: str
    measure: Measure
    frame: pd.DataFrame
    classes: Classification
    counted: tuple[Asset, ...]
    date: dt.date
    # The people who agreed to be named as connectors, by name, with their counted gifts in the area.
    connectors: tuple[tuple[str, tuple[Asset, ...]], ...] = ()
    # Whether the register's links were given, so the connection measures are figures, not "no data".
    has_links: bool = False

    @property
    def measure_label(self) -> str:
        return measure_label(self.measure.key, self.options.walk_m)

    @property
    def partner_tier(self) -> bool:
        return self.tier == "partners"

    @property
    def title(self) -> str:
        return self.options.title or f"Community assets in {self.area.name}"

    def legend(self, number: NumberFormat | None = None) -> list[tuple[str, str]]:
        """(colour, label) per class; decimals are added until neighbouring labels differ.

        ``number(value, decimals, percent)`` writes a value (by default as :meth:`Measure.format` does,
        in English).
        """
        m = self.measure

        def writer(measure: Measure) -> Callable[[float], str]:
            if number is None:
                return measure.format
            return lambda value: number(value, measure.decimals, measure.percent)

        if m.decimals == 0 and not m.percent:
            return self.classes.legend(writer(m), integer=True)
        for extra in range(3):
            finer = Measure(m.key, m.label, m.column, m.decimals + extra, m.percent)
            entries = self.classes.legend(writer(finer))
            labels = [label for _, label in entries]
            if len(set(labels)) == len(labels) and not any(
                " – " in x and x.split(" – ")[0] == x.split(" – ")[1] for x in labels
            ):
                return entries
        return entries

    def values(self) -> pd.Series:
        """The chosen measure per ward; NaN where there is no data or the figure is withheld."""
        return self.frame[self.measure.column]

    def shown(self, code: str) -> str:
        """A ward's value of the chosen measure as printed ("*" where withheld)."""
        return shown_value(self.frame, code, self.measure)


def analyse(
    assets: Iterable[Asset],
    options: ReportOptions,
    *,
    boundaries: Boundaries,
    people: PeopleView,
    links: Iterable[Link] | None = None,
) -> Analysis:
    """Check the options, compute the measures on ``boundaries`` (the register's wards) and classify.

    ``people`` is the consent in force (``Register.people_view()``, or
    :data:`~assetmap.register.consent.NO_PEOPLE`): a person's gift counts only with their consent to the
    tier, and the person is named (``Analysis.connectors``) only with consent to be named.
    ``links`` (``Register.links()``) give the connection measures; without them those are no data.

    Raises
    ------
    ReportInputError
        For an unknown area, category, tier, measure or classification, naming the valid choices.
    """
    chosen_measure = measure(options.measure)
    if options.scheme not in SCHEMES:
        raise ReportInputError(
            tr("Unknown classification {scheme}. Choose from: {choices}.").format(
                scheme=repr(options.scheme), choices=", ".join(SCHEMES)
            )
        )
    if not 100 <= options.walk_m <= 5000:
        raise ReportInputError(
            tr("The walking distance must be from 100 to 5,000 m, not {distance}.").format(
                distance=f"{options.walk_m:,}"
            )
        )
    area = resolve_area(options.area, boundaries=boundaries)
    categories = resolve_categories(options.categories)
    tier = resolve_tier(options.tier)
    assets = list(assets)
    frame = compute_measures(
        assets,
        boundaries=boundaries,
        wards=area,
        categories=categories,
        tier=tier,
        walk_m=options.walk_m,
        people=people,
        links=links,
    )
    classes = classify(
        frame[chosen_measure.column].to_numpy(dtype=float),
        options.scheme,
        options.classes,
        withheld=withheld_mask(frame, chosen_measure.column),
    )
    counted = tuple(privacy.countable(assets, tier, categories, people=people))
    in_area = set(area.ward_codes)
    connectors = tuple(
        (name, tuple(gifts))
        for name, gifts in privacy.connectors(
            (a for a in counted if a.ward_code in in_area), tier, people=people
        )
    )
    return Analysis(
        options,
        boundaries,
        area,
        categories,
        tier,
        chosen_measure,
        frame,
        classes,
        counted,
        options.date or dt.date.today(),
        connectors,
        links is not None,
    )


def long_date(day: dt.date) -> str:
    """``3 March 2025``, the same on every platform."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
