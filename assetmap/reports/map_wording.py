"""The words a map document prints about an analysis, in the document's language: the measure's name,
the legend, the map's alternative text and the credits (the map sheet and the handout share them)."""

from __future__ import annotations

from assetmap.geo.boundaries import Boundaries
from assetmap.reports.analysis import Analysis
from assetmap.reports.classify import NO_DATA_LABEL
from assetmap.reports.measures import Measure
from assetmap.reports.methods import SHORT_ATTRIBUTION
from assetmap.reports.privacy import WITHHELD_LABEL
from assetmap.reports.words import Words


def measure_label(analysis: Analysis, _: Words) -> str:
    """The measure's name in the sheet's language."""
    if analysis.measure.key == "reach":
        return _("Share of postcodes within {metres} m of an asset").format(
            metres=_.number(analysis.options.walk_m)
        )
    return _(analysis.measure.label)


def value_text(measure: Measure, value: float | None, _: Words, extra: int = 0) -> str:
    return _.number(value, measure.decimals + extra, percent=measure.percent)


def legend(analysis: Analysis, _: Words) -> list[tuple[str, str]]:
    """(colour, label) per class, the figures in the locale's numbers; as :meth:`Analysis.legend`."""
    m = analysis.measure
    if m.decimals == 0 and not m.percent:
        entries = analysis.classes.legend(lambda v: value_text(m, v, _), integer=True)
    else:
        for extra in range(3):
            entries = analysis.classes.legend(lambda v, e=extra: value_text(m, v, _, e))  # type: ignore[misc]
            labels = [label for _colour, label in entries]
            if len(set(labels)) == len(labels) and not any(
                " – " in x and x.split(" – ")[0] == x.split(" – ")[1] for x in labels
            ):
                break
    words_of = {NO_DATA_LABEL: _(NO_DATA_LABEL), WITHHELD_LABEL: _(WITHHELD_LABEL)}
    return [(colour, words_of.get(label, label)) for colour, label in entries]


def alt_text(analysis: Analysis, _: Words) -> str:
    """What the map shows, in a sentence: the measure, the area, the highest and lowest ward and figure."""
    measure = measure_label(analysis, _)
    area = analysis.area.name
    values = analysis.values().reindex(list(analysis.area.ward_codes)).dropna()
    names = analysis.boundaries.ward_names
    if values.empty:
        return _("Map of {measure} by ward in {area}: no ward has a figure to show.").format(
            measure=measure, area=area
        )
    high, low = values.idxmax(), values.idxmin()
    if values[high] == values[low]:
        return _("Map of {measure} by ward in {area}: every ward has {value}.").format(
            measure=measure, area=area, value=value_text(analysis.measure, float(values[high]), _)
        )
    return _(
        "Map of {measure} by ward in {area}: highest in {high_ward} ({high}), lowest in {low_ward} ({low})."
    ).format(
        measure=measure,
        area=area,
        high_ward=names.get(high, high),
        high=value_text(analysis.measure, float(values[high]), _),
        low_ward=names.get(low, low),
        low=value_text(analysis.measure, float(values[low]), _),
    )


def attribution(boundaries: Boundaries, _: Words) -> str:
    """The credits under the map (as :func:`assetmap.reports.methods.short_attribution`), translated."""
    if boundaries.bundled:
        return _(SHORT_ATTRIBUTION)
    return _(
        "Ward boundaries: {name} (imported from {source} by this register's team; credit its publisher "
        "as its licence requires). Postcodes: Contains OS data © Crown copyright and database right "
        "2025. Assets: see the data sources of this register."
    ).format(name=boundaries.name, source=boundaries.source or _("a file"))
