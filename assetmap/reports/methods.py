"""The methods-and-sources text: what each measure means, what was left out, and whose data it is."""

from __future__ import annotations

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


def _residents_text(b: Boundaries, tail: str) -> str:
    if b.bundled:
        return (
            f"Assets divided by the ward's usual residents, times 1,000. Residents: {POPULATION_LABEL} "
            "(Census 2021 figures for 2021 small areas, shared out to the 2023 wards by residential "
            "postcode counts; in Trafford, where official ward estimates exist, they differ by 3% on "
            f"average). {tail}"
        )
    return (
        f"Assets divided by the ward's usual residents, times 1,000. Residents: {b.population_note}; "
        f"a ward without a figure shows \u2013. {tail}"
    )


def methods_context(analysis: Analysis) -> dict[str, object]:
    """Paragraphs for the methods page, as (heading, text) pairs, and the data credits."""
    walk = f"{analysis.options.walk_m:,} m"
    tier = "public and partner-only assets" if analysis.partner_tier else "public assets only"
    measures = [
        (
            "Which assets count",
            f"This report counts {tier} that are active in the register and belong to the chosen "
            "categories. Drafts, closed and removed assets are left out. Private assets are never counted, "
            "drawn or listed. Each asset counts in the ward its location falls in "
            f"({analysis.boundaries.name}).",
        ),
        ("Assets", "The number of assets in each ward, in total and for each category."),
        (
            "Assets per 1,000 residents",
            _residents_text(
                analysis.boundaries, "Area-wide rates divide the area's total assets by its total residents."
            ),
        ),
        (
            "Categories present",
            f"How many of the {len(analysis.categories)} chosen categories have at least one asset in the "
            "ward.",
        ),
        (
            "Variety of assets (Shannon index)",
            "Shannon's index H = −Σ p ln p, where p is each subcategory's share of the ward's assets. "
            "It is 0 when every asset is of one kind and grows as assets are spread more evenly over "
            "more kinds.",
        ),
        (
            "Reach",
            f"The share of the ward's postcodes (OS Code-Point Open centroids, April 2025) that lie "
            f"within {walk} of at least one asset of the chosen categories. Distances are straight lines "
            "measured on the British National Grid (EPSG:27700), not routes along streets, so real "
            f"walking distances are longer; {walk} in a straight line is roughly a 10-minute walk. Assets "
            "in neighbouring wards count too. Reach uses places and groups only: people's locations are "
            "never used.",
        ),
        (
            "People's gifts and skills",
            "A person's gift is counted only while their consent to this kind of report is in force; "
            "they are named as connectors only if they agreed to be named, and never drawn. Otherwise "
            f"individuals are only counted: a count from 1 to {SMALL_COUNT - 1} is "
            f"shown as \u201c{SMALL_COUNT_TEXT}\u201d. So that it cannot be worked out from other figures, "
            "for example by taking the other categories away from the ward's total, that ward's total, "
            f"assets per 1,000 residents and variety are withheld: shown as \u201c{WITHHELD_TEXT}\u201d, "
            f"grey on the maps ({WITHHELD_LABEL.lower()}) and last in the rankings. An area's totals "
            "count people only when none of its wards is withheld; otherwise they cover places and groups "
            f"only, marked \u201c{PEOPLE_LEFT_OUT_MARK}\u201d. Counts of 0 are shown as 0, and nothing is "
            "withheld when people's gifts and skills are not among the chosen categories.",
        ),
        (
            "Map classes",
            f"{SCHEMES[analysis.options.scheme]}, {analysis.classes.k} classes; darker shading means more. "
            "Maps use the British National Grid; north is grid north.",
        ),
    ]
    if analysis.measure.key in ("linked", "groups"):
        # Only when a connection measure is mapped, so the one-page methods keep their room otherwise.
        measures.insert(
            -1,
            (
                "Connections",
                "The share of a ward's counted assets with at least one link to another counted asset (or "
                "from a person who agreed to this kind of report), and the number of different groups "
                "(associations) linked to the ward's physical spaces. The share is withheld "
                f"(\u201c{WITHHELD_TEXT}\u201d) where 1 to {SMALL_COUNT - 1} people are linked to the "
                "ward's assets, or where its figures that include people are withheld.",
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
