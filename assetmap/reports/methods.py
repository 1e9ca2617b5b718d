"""The methods-and-sources text: what each measure means, what was left out, and whose data it is."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from assetmap.geo.boundaries import POPULATION_LABEL, Boundaries
from assetmap.reports.classify import SCHEMES
from assetmap.reports.privacy import (
    PEOPLE_LEFT_OUT_MARK,
    SMALL_COUNT,
    SMALL_COUNT_TEXT,
    WITHHELD_LABEL,
    WITHHELD_TEXT,
)
from assetmap.sources import ATTRIBUTION_BLOCK, COMPILED_VIA, DATA_SOURCES

if TYPE_CHECKING:
    from assetmap.reports.analysis import Analysis

# Shown under every exported map; the full credits are on the methods page and in the HTML map.
SHORT_ATTRIBUTION = (
    "Boundaries and population: Source: Office for National Statistics licensed under the Open Government "
    "Licence v3.0. Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data "
    "© Royal Mail copyright and database right 2025. Contains National Statistics data © Crown copyright "
    "and database right 2025. Assets: see the data sources of this register."
)


def short_attribution(b: Boundaries) -> str:
    """The credits under a map: the bundled sources, or the register's own wards named as imported."""
    if b.bundled:
        return SHORT_ATTRIBUTION
    return (
        f"Ward boundaries: {b.name} (imported from {b.source or 'a file'} by this register's team; "
        "credit its publisher as its licence requires). Postcodes: Contains OS data © Crown copyright and "
        "database right 2025. Assets: see the data sources of this register."
    )


def _residents_text(b: Boundaries, tail: str, _: Callable[[str], str], number: Callable[[int], str]) -> str:
    if b.bundled:
        return _(
            "Assets divided by the ward's usual residents, times {thousand}. Residents: {population} "
            "(Census 2021 figures for 2021 small areas, shared out to the 2023 wards by residential "
            "postcode counts; in Trafford, where official ward estimates exist, they differ by 3% on "
            "average). {tail}"
        ).format(thousand=number(1000), population=_(POPULATION_LABEL), tail=tail)
    return _(
        "Assets divided by the ward's usual residents, times {thousand}. Residents: {population}; "
        "a ward without a figure shows \u2013. {tail}"
    ).format(thousand=number(1000), population=b.population_note, tail=tail)


def _same(text: str) -> str:
    return text


def _grouped(n: int) -> str:
    return f"{n:,}"


def methods_context(
    analysis: Analysis, _: Callable[[str], str] = _same, number: Callable[[int], str] = _grouped
) -> dict[str, object]:
    """Paragraphs for the methods page, as (heading, text) pairs, and the data credits.

    ``_`` translates each text (the report's :class:`~assetmap.reports.words.Words`; English by
    default) and ``number`` writes a whole number in the report's locale. The credits stay as their
    publishers word them.
    """
    walk = _("{walk} m").format(walk=number(analysis.options.walk_m))
    tier = _("public and partner-only assets") if analysis.partner_tier else _("public assets only")
    measures = [
        (
            _("Which assets count"),
            _(
                "This report counts {tier} that are active in the register and belong to the chosen "
                "categories. Drafts, closed and removed assets are left out. Private assets are never "
                "counted, drawn or listed. Each asset counts in the ward its location falls in ({wards})."
            ).format(tier=tier, wards=analysis.boundaries.name),
        ),
        (_("Assets"), _("The number of assets in each ward, in total and for each category.")),
        (
            _("Assets per 1,000 residents"),
            _residents_text(
                analysis.boundaries,
                _("Area-wide rates divide the area's total assets by its total residents."),
                _,
                number,
            ),
        ),
        (
            _("Categories present"),
            _("How many of the {n} chosen categories have at least one asset in the ward.").format(
                n=number(len(analysis.categories))
            ),
        ),
        (
            _("Variety of assets (Shannon index)"),
            _(
                "Shannon's index H = \u2212\u03a3 p ln p, where p is each subcategory's share of the ward's "
                "assets. It is 0 when every asset is of one kind and grows as assets are spread more evenly "
                "over more kinds."
            ),
        ),
        (
            _("Reach"),
            _(
                "The share of the ward's postcodes (OS Code-Point Open centroids, April 2025) that lie "
                "within {walk} of at least one asset of the chosen categories. Distances are straight "
                "lines measured on the British National Grid (EPSG:27700), not routes along streets, so "
                "real walking distances are longer; {walk} in a straight line is roughly a 10-minute walk. "
                "Assets in neighbouring wards count too. Reach uses places and groups only: people's "
                "locations are never used."
            ).format(walk=walk),
        ),
        (
            _("People's gifts and skills"),
            _(
                "A person's gift is counted only while their consent to this kind of report is in force; "
                "they are named as connectors only if they agreed to be named, and never drawn. Otherwise "
                "individuals are only counted: a count from 1 to {below} is shown as \u201c{small}\u201d. So "
                "that it cannot be worked out from other figures, for example by taking the other "
                "categories away from the ward's total, that ward's total, assets per 1,000 residents and "
                "variety are withheld: shown as \u201c{withheld}\u201d, grey on the maps ({label}) and last "
                "in the rankings. An area's totals count people only when none of its wards is withheld; "
                "otherwise they cover places and groups only, marked \u201c{mark}\u201d. Counts of 0 are "
                "shown as 0, and nothing is withheld when people's gifts and skills are not among the "
                "chosen categories."
            ).format(
                below=SMALL_COUNT - 1,
                small=SMALL_COUNT_TEXT,
                withheld=WITHHELD_TEXT,
                label=_(WITHHELD_LABEL).lower(),
                mark=PEOPLE_LEFT_OUT_MARK,
            ),
        ),
        (
            _("Map classes"),
            _(
                "{scheme}, {k} classes; darker shading means more. Maps use the British National Grid; "
                "north is grid north."
            ).format(scheme=_(SCHEMES[analysis.options.scheme]), k=analysis.classes.k),
        ),
    ]
    if analysis.measure.key in ("linked", "groups"):
        # Only when a connection measure is mapped, so the one-page methods keep their room otherwise.
        measures.insert(
            -1,
            (
                _("Connections"),
                _(
                    "The share of a ward's counted assets with at least one link to another counted asset "
                    "(or from a person who agreed to this kind of report), and the number of different "
                    "groups (associations) linked to the ward's physical spaces. The share is withheld "
                    "(\u201c{withheld}\u201d) where 1 to {below} people are linked to the ward's assets, "
                    "or where its figures that include people are withheld."
                ).format(withheld=WITHHELD_TEXT, below=SMALL_COUNT - 1),
            ),
        )
    sources = [
        {"name": s.name, "licence": s.licence, "url": s.licence_url, "attribution": s.attribution}
        for s in DATA_SOURCES
    ]
    return {
        "measures": measures,
        "sources": sources,
        "block": ATTRIBUTION_BLOCK.split("\n"),
        "compiled_via": COMPILED_VIA,
    }
