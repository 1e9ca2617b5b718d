"""The commissioner report: one HTML document, one section per printed page, ready for printing to PDF.

Pages, in order: cover; overview map; summary table (as many pages as its rows need); charts; the
connectors (people who agreed to be named, with their gifts; only when there are any); one atlas page per
ward, each followed by its strongest stories when it has any; methods and sources. Every section is
exactly one page tall, so the page count is known before printing (:attr:`ReportDocument.page_count`).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from assetmap.geo.boundaries import Boundaries
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.connections import Link, Story
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.register.story_photos import Thumbnail
from assetmap.reports import privacy
from assetmap.reports.analysis import Analysis, PageSetup, ReportOptions, analyse, long_date
from assetmap.reports.charts import Bar, bar_chart_svg
from assetmap.reports.classify import SCHEMES
from assetmap.reports.measures import AreaFigures, area_figures, area_totals, ward_figures
from assetmap.reports.methods import methods_context
from assetmap.reports.progress import CancelCheck, ProgressCallback, Steps
from assetmap.reports.selection import CATEGORY_COLOURS, CATEGORY_LABELS
from assetmap.reports.stories import featured_by_ward, story_pages
from assetmap.reports.svgmap import choropleth_svg, ward_map_svg
from assetmap.reports.templating import render

# Heights in millimetres the layout reserves; the CSS in report.html.j2 uses the same numbers.
HEADER_H = 9.0
FOOTER_H = 7.0
SUMMARY_ROW_H = 5.4
SUMMARY_FIXED_H = 62.0
SUMMARY_NOTE_H = 8.0  # room for one footnote on withheld figures (up to two lines)
RANK_ROW_H = 4.6
CATEGORY_ROW_H = 6.5
LIST_LINE_H = 3.4
LIST_CHAR_MM = 1.4  # a generous average advance of one 7 pt character


@dataclass(frozen=True)
class ReportDocument:
    """A rendered report: its HTML, the metadata to give the PDF, and its page count."""

    html: str
    title: str
    subject: str
    page_count: int
    page: PageSetup
    kinds: tuple[str, ...]


_Item = TypeVar("_Item")


def _chunks(items: Sequence[_Item], first: int, rest: int) -> list[Sequence[_Item]]:
    chunks = [items[:first]]
    position = first
    while position < len(items):
        chunks.append(items[position : position + rest])
        position += rest
    return chunks


def summary_rows_per_page(page: PageSetup, notes: int = 0) -> int:
    """Ward rows that fit on a summary page beside its heading, header row and ``notes`` extra footnotes."""
    return max(5, int((page.content_height - SUMMARY_FIXED_H - notes * SUMMARY_NOTE_H) // SUMMARY_ROW_H))


def _summary_pages(analysis: Analysis) -> list[dict[str, object]]:
    frame = analysis.frame
    rows = []
    for code in frame.index:
        f = ward_figures(frame, code)
        rows.append({**f, "counts": [c["count"] for c in f["categories"]]})
    area = area_figures(frame)
    total_row = {
        "population": area["population"],
        "total": area["total"],
        "counts": [c["count"] for c in area["categories"]],
        "per1000": area["per1000"],
        "diversity": area["diversity"],
        "shannon": "",
        "reach": area["reach"],
    }
    # With any ward withheld, every page keeps room for the "*" and "†" footnotes.
    per_page = summary_rows_per_page(analysis.options.page, 2 if frame["withheld"].any() else 0)
    chunks = _chunks(rows, per_page, per_page)
    return [
        {
            "kind": "summary",
            "rows": chunk,
            "totals": total_row if i == len(chunks) - 1 else None,
            "notes": _summary_notes(chunk, area if i == len(chunks) - 1 else None),
            "part": i + 1,
            "parts": len(chunks),
        }
        for i, chunk in enumerate(chunks)
    ]


def _summary_notes(rows: Sequence[dict[str, object]], area: AreaFigures | None) -> list[str]:
    """The footnotes a page of the summary table needs for its "*" and "†" marks."""
    notes = []
    withheld = any(r["withheld"] for r in rows) or (
        area is not None and privacy.WITHHELD_TEXT in [c["count"] for c in area["categories"]]
    )
    if withheld:
        notes.append(privacy.WITHHELD_NOTE)
    if area is not None and privacy.PEOPLE_LEFT_OUT_NOTE in area["notes"]:
        notes.append(privacy.PEOPLE_LEFT_OUT_NOTE)
    return notes


def _rank_bars(analysis: Analysis) -> list[Bar]:
    frame = analysis.frame
    values = frame[analysis.measure.column].to_numpy(dtype=float)
    # Withheld figures are NaN in the frame, so they go last with no data and draw no bar.
    order = sorted(
        range(len(values)),
        key=lambda i: (-values[i] if not math.isnan(values[i]) else math.inf, frame["ward_name"].iloc[i]),
    )
    many_districts = len(analysis.area.district_codes) > 1
    bars = []
    for i in order:
        name = frame["ward_name"].iloc[i]
        if many_districts:
            name = f"{name} ({frame['district_name'].iloc[i]})"
        code = frame.index[i]
        bars.append(Bar(name, values[i], analysis.shown(code), analysis.classes.colour_of(i)))
    return bars


def _chart_pages(analysis: Analysis) -> list[dict[str, object]]:
    page = analysis.options.page
    area = area_figures(analysis.frame)
    category_bars = [
        Bar(
            str(c["label"]),
            math.nan if c["value"] is None else float(c["value"]),
            str(c["count"]),
            CATEGORY_COLOURS[str(c["code"])],
        )
        for c in area["categories"]
    ]
    notes = [privacy.WITHHELD_NOTE] if area["notes"] else []
    width = page.content_width
    category_svg = bar_chart_svg(
        category_bars, width, row=CATEGORY_ROW_H, label_width=62, title="Assets by category"
    )
    category_h = CATEGORY_ROW_H * len(category_bars) + 2
    free = page.content_height - HEADER_H - FOOTER_H
    first = max(5, int((free - category_h - 38 - 8 * len(notes)) // RANK_ROW_H))
    rest = max(5, int((free - 22 - 8 * len(notes)) // RANK_ROW_H))
    bars = _rank_bars(analysis)
    label_width = 70 if len(analysis.area.district_codes) > 1 else 56
    pages: list[dict[str, object]] = []
    chunks = _chunks(bars, first, rest)
    for i, chunk in enumerate(chunks):
        pages.append(
            {
                "kind": "charts",
                "category_svg": category_svg if i == 0 else None,
                "rank_svg": bar_chart_svg(
                    chunk,
                    width,
                    row=RANK_ROW_H,
                    label_width=label_width,
                    title="Wards ranked",
                    font=2.4,
                ),
                "notes": notes,
                "part": i + 1,
                "parts": len(chunks),
            }
        )
    return pages


CONNECTOR_SHARES = {"name": 0.3, "gifts": 0.5, "ward": 0.2}
CONNECTORS_FIXED_H = 30.0  # heading, introduction and header row


def _connector_pages(analysis: Analysis) -> list[dict[str, object]]:
    """The connectors: each person who agreed to be named, with their gifts and wards, over as many pages
    as they need. None when no one in the area agreed to be named."""
    if not analysis.connectors:
        return []
    page = analysis.options.page
    ward_names = analysis.boundaries.ward_names
    rows: list[dict[str, str]] = []
    for name, gifts in analysis.connectors:
        wards = sorted({ward_names.get(g.ward_code, "") for g in gifts if g.ward_code} - {""})
        rows.append({"name": name, "gifts": "; ".join(g.name for g in gifts), "wards": ", ".join(wards)})
    widths = {k: page.content_width * share - 2.5 for k, share in CONNECTOR_SHARES.items()}
    free = page.content_height - HEADER_H - FOOTER_H - CONNECTORS_FIXED_H
    chunks: list[list[dict[str, str]]] = [[]]
    used = 0.0
    for row in rows:
        lines = max(
            len(textwrap.wrap(text or "", max(4, int(widths[k] / LIST_CHAR_MM)), break_long_words=True)) or 1
            for k, text in (("name", row["name"]), ("gifts", row["gifts"]), ("ward", row["wards"]))
        )
        height = lines * LIST_LINE_H + 1.2
        if chunks[-1] and used + height > free:
            chunks.append([])
            used = 0.0
        chunks[-1].append(row)
        used += height
    return [
        {"kind": "connectors", "rows": chunk, "part": i + 1, "parts": len(chunks)}
        for i, chunk in enumerate(chunks)
    ]


def _entries(listed: Sequence[Asset]) -> list[dict[str, str]]:
    return [
        {
            "name": a.name,
            "category": CATEGORY_LABELS[a.category],
            "colour": CATEGORY_COLOURS[a.category],
            "address": ", ".join(p for p in (a.address, a.postcode) if p),
            "when": a.opening_times or "",
        }
        for a in listed
    ]


def _entry_lines(entry: dict[str, str], widths: dict[str, float]) -> int:
    """Lines the tallest cell of an entry wraps to, wrapping words as the browser will (roughly)."""
    return max(
        1,
        *(
            len(textwrap.wrap(entry[k] or "", max(4, int(w / LIST_CHAR_MM)), break_long_words=True)) or 1
            for k, w in widths.items()
        ),
    )


def _fit(
    entries: list[dict[str, str]], width: float, height: float, columns: int, *, compact: bool = False
) -> tuple[list, int]:
    """The entries that fit in ``columns`` columns of ``width`` × ``height`` mm, and how many did not.

    ``compact`` (always with two columns) leaves out the category column: the dot's colour gives it.
    """
    column_w = width / columns - (4 if columns > 1 else 0)
    if columns == 1 and not compact:
        shares = {"name": 0.36, "category": 0.17, "address": 0.33, "when": 0.14}
    else:
        shares = {"name": 0.45, "address": 0.4, "when": 0.15}
    widths = {k: column_w * share - 2.5 for k, share in shares.items()}
    per_column = int(height // (LIST_LINE_H + 0.2)) - 1  # less a header line
    fitted: list[dict[str, object]] = []
    column, used = 0, 0
    for entry in entries:
        lines = _entry_lines(entry, widths)
        if used + lines > per_column:
            column, used = column + 1, 0
            if column >= columns:
                break
        fitted.append({**entry, "lines": lines, "column": column})
        used += lines
    more = len(entries) - len(fitted)
    if more and fitted:
        fitted.pop()  # room for the "and N more" note
        more += 1
    return fitted, more


def _listing(page: PageSetup, entries: list[dict[str, str]]) -> tuple[float, int, list, int]:
    """Map height, list columns, the entries that fit, and how many did not, for one ward page."""
    if page.landscape:
        map_h = page.content_height - HEADER_H - FOOTER_H - 90
        fitted, more = _fit(
            entries,
            page.content_width * 0.42,
            page.content_height - HEADER_H - FOOTER_H - 22,
            1,
            compact=True,
        )
        return map_h, 1, fitted, more
    free = page.content_height - HEADER_H - FOOTER_H - 24
    options = [(h, 1) for h in (110.0, 95.0, 80.0, 70.0)] + [(80.0, 2), (70.0, 2)]
    best: tuple[float, int, list, int] | None = None
    for map_h, columns in options:
        fitted, more = _fit(entries, page.content_width, free - map_h, columns)
        if not more:
            return map_h, columns, fitted, 0
        if best is None or more < best[3]:
            best = (map_h, columns, fitted, more)
    assert best is not None
    return best


def _ward_page(analysis: Analysis, code: str, nearby: Sequence[Asset], rank: int) -> dict[str, object]:
    page = analysis.options.page
    mine = sorted(
        (a for a in analysis.counted if a.ward_code == code),
        key=lambda a: (analysis.categories.index(a.category), a.name.casefold()),
    )
    listed = [a for a in mine if privacy.listable(a)]
    map_h, columns, fitted, more = _listing(page, _entries(listed))
    map_w = page.content_width * (0.56 if page.landscape else 0.62)
    index = list(analysis.frame.index).index(code)
    figures = ward_figures(analysis.frame, code)
    return {
        "kind": "ward",
        "figures": figures,
        "map_svg": ward_map_svg(code, nearby, map_w, map_h, boundaries=analysis.boundaries),
        "map_h": map_h,
        "colour": analysis.classes.colour_of(index),
        "headline": analysis.shown(code),
        "rank": rank,
        "entries": fitted,
        "more": more,
        "columns": columns,
        "compact": columns > 1 or page.landscape,
        "people": PERSONAL_CATEGORY in analysis.categories,
        "connectors": bool(analysis.connectors),
        "listed": len(listed),
        "withheld_note": privacy.WITHHELD_NOTE if figures["withheld"] else None,
        # The connection measures, when the report was given the register's links.
        "connected": analysis.has_links,
    }


def _story_pages(
    analysis: Analysis, code: str, entries: Sequence[dict[str, object]]
) -> list[dict[str, object]]:
    """The pages after a ward's page with its strongest stories; none when it has none."""
    if not entries:
        return []
    page = analysis.options.page
    chunks = story_pages(entries, page.content_width, page.content_height - HEADER_H - FOOTER_H)
    name = analysis.boundaries.ward_names[code]
    return [
        {"kind": "stories", "ward": name, "code": code, "stories": chunk, "part": i + 1, "parts": len(chunks)}
        for i, chunk in enumerate(chunks)
    ]


def _ranks(analysis: Analysis) -> dict[str, int]:
    values = analysis.values()
    ranks = values.rank(method="min", ascending=False)
    return {code: int(r) for code, r in ranks.items() if r == r}


def _nearby(analysis: Analysis) -> dict[str, list[Asset]]:
    """Drawable counted assets grouped by ward, for drawing each ward with its neighbours' assets."""
    by_ward: dict[str, list[Asset]] = {}
    for asset in analysis.counted:
        if privacy.drawable(asset) and asset.ward_code:
            by_ward.setdefault(asset.ward_code, []).append(asset)
    return by_ward


def _neighbour_assets(code: str, by_ward: dict[str, list[Asset]], boundaries: Boundaries) -> list[Asset]:
    from assetmap.reports.drawing import shapes

    s = shapes(boundaries)
    ward = s.ward(code)
    near = [s.ward_codes[i] for i in s.tree.query(ward.buffer(1500))]
    return [a for w in near for a in by_ward.get(w, ())]


def build_report(
    assets: Iterable[Asset],
    options: ReportOptions,
    *,
    boundaries: Boundaries,
    people: PeopleView,
    links: Iterable[Link] | None = None,
    stories: Iterable[Story] = (),
    photos: Iterable[Thumbnail] = (),
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ReportDocument:
    """Build the commissioner report as one HTML document.

    Parameters
    ----------
    assets
        The register's assets (``Register.assets()``); the privacy rules choose what counts.
    options
        Area, measure, categories, tier, page setup and prepared-by.
    boundaries
        The wards in use: the register's (``Register.boundaries()``).
    people
        The consent in force (``Register.people_view()``): a person's gift counts only with their
        consent to the tier, and the person is named as a connector only with consent to be named.
    links, stories
        The register's links (``Register.links()``), for the connection measures, and its stories
        (``Register.stories()``): a ward's featured stories on assets the report lists follow its page.
    photos
        Thumbnails of stories' photos (``register.story_photos.read_thumbnails``): a printed story shows
        its own, with their alternative text as ``alt`` and as a caption.
    progress
        ``progress(done, total)``: one step for the measures, one per ward page, one for the rest.
    cancelled
        Asked between steps; when it returns True the build stops with ``ExportCancelled``.

    Raises
    ------
    ReportInputError
        For an unknown area, category, tier or measure.
    ExportCancelled
        When ``cancelled()`` returned True.
    """
    analysis = analyse(assets, options, boundaries=boundaries, people=people, links=links)
    codes = list(analysis.area.ward_codes)
    featured = featured_by_ward(stories, analysis.counted, codes, photos)
    steps = Steps(len(codes) + 3, progress, cancelled)
    steps.advance()
    page = options.page
    overview_h = page.content_height - HEADER_H - FOOTER_H - (70 if not page.landscape else 34)
    overview_w = page.content_width if not page.landscape else page.content_width * 0.68
    overview = choropleth_svg(
        codes,
        analysis.classes,
        analysis.area,
        overview_w,
        overview_h,
        boundaries=boundaries,
        label=f"{analysis.measure_label} by ward",
    )
    pages: list[dict[str, object]] = [{"kind": "cover"}, {"kind": "overview", "map_svg": overview}]
    pages += _summary_pages(analysis)
    pages += _chart_pages(analysis)
    pages += _connector_pages(analysis)
    steps.advance()
    by_ward = _nearby(analysis)
    ranks = _ranks(analysis)
    for code in codes:
        pages.append(
            _ward_page(analysis, code, _neighbour_assets(code, by_ward, boundaries), ranks.get(code, 0))
        )
        pages += _story_pages(analysis, code, featured.get(code, []))
        steps.advance()
    pages.append({"kind": "methods"})
    subject = f"{analysis.measure_label} by ward, {analysis.area.name}"
    html = render(
        "report.html.j2",
        a=analysis,
        pages=pages,
        page=page,
        area=area_figures(analysis.frame),
        totals=area_totals(analysis.frame),
        measure_label=analysis.measure_label,
        legend=analysis.legend(),
        categories=[(c, CATEGORY_LABELS[c], CATEGORY_COLOURS[c]) for c in analysis.categories],
        scheme_label=SCHEMES[options.scheme],
        population_label=boundaries.population_note,
        partner_notice=privacy.PARTNER_NOTICE if analysis.partner_tier else None,
        methods=methods_context(analysis),
        layout={
            "header": HEADER_H,
            "footer": FOOTER_H,
            "summary_row": SUMMARY_ROW_H,
            "list_line": LIST_LINE_H,
        },
        subject=subject,
        date_text=long_date(analysis.date),
    )
    steps.advance()
    return ReportDocument(
        html, analysis.title, subject, len(pages), page, tuple(str(p["kind"]) for p in pages)
    )
