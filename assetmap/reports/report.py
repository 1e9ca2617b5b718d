"""The commissioner report: its data (JSON and the maps' and charts' SVG), typeset by Typst as tagged PDF.

Sections, in order: cover; overview map; summary table; charts; the connectors (people who agreed to be
named, with their gifts; only when there are any); one section per ward, each starting a page and
followed by its strongest stories when it has any; how to read the report, methods and sources, and
where the data came from. ``templates/report.typ`` lays them out; every word it prints arrives here as
data, in the report's language (:class:`~assetmap.reports.words.Words`), so text typed by people is
never Typst code and the template holds no English.
"""

from __future__ import annotations

import base64
import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from assetmap.geo.boundaries import Boundaries
from assetmap.register.categories import PERSONAL_CATEGORY
from assetmap.register.connections import ANONYMOUS, Link, Story
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.register.story_photos import Thumbnail
from assetmap.reports import privacy
from assetmap.reports.analysis import Analysis, PageSetup, ReportOptions, analyse
from assetmap.reports.charts import Bar, bar_chart_svg
from assetmap.reports.measures import WardFigures, area_figures, ward_figures
from assetmap.reports.progress import CancelCheck, ProgressCallback, Steps, scaled
from assetmap.reports.report_pages import (
    alt_of_ranking,
    connector_section,
    cover_section,
    gaps_text,
    measure_text,
    methods_section,
    overview_alt,
    overview_section,
    summary_section,
)
from assetmap.reports.selection import CATEGORY_COLOURS, CATEGORY_LABELS
from assetmap.reports.stories import featured_by_ward
from assetmap.reports.svgmap import choropleth_svg, ward_map_svg
from assetmap.reports.typeset import typeset
from assetmap.reports.words import Words, words

TEMPLATE = "report.typ"
# Millimetres the page header and footer take, inside the 12 mm margins.
HEADER_H = 9.0
FOOTER_H = 7.0
RANK_ROW_H = 4.6
CATEGORY_ROW_H = 6.5
RANK_BARS_FIRST = 36  # bars on the first ranked-chart page, under the category chart
RANK_BARS_REST = 52


@dataclass(frozen=True)
class ReportDocument:
    """A built report: the data and files its template typesets, and the PDF's metadata.

    ``kinds`` names each section in order (one ``ward`` per ward); the PDF's pages follow them.
    """

    data: dict[str, object]
    files: dict[str, str | bytes]
    title: str
    subject: str
    page: PageSetup
    kinds: tuple[str, ...]
    language: str = "en"
    author: str | None = None
    keywords: tuple[str, ...] = field(default_factory=tuple)

    def text(self) -> str:
        """Everything the report prints and draws, as one string (for checks on what it may show)."""
        import json

        return json.dumps(self.data, ensure_ascii=False) + "".join(
            v for v in self.files.values() if isinstance(v, str)
        )


def _chunks(items: Sequence[Bar], first: int, rest: int) -> list[Sequence[Bar]]:
    chunks = [items[:first]]
    position = first
    while position < len(items):
        chunks.append(items[position : position + rest])
        position += rest
    return chunks


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


def _chart_sections(analysis: Analysis, _: Words, files: dict[str, str | bytes]) -> list[dict[str, object]]:
    page = analysis.options.page
    area = area_figures(analysis.frame)
    category_bars = [
        Bar(
            _(str(c["label"])),
            math.nan if c["value"] is None else float(c["value"]),
            _.figure(str(c["count"])),
            CATEGORY_COLOURS[str(c["code"])],
        )
        for c in area["categories"]
    ]
    width = page.content_width
    files["chart-categories.svg"] = str(
        bar_chart_svg(category_bars, width, row=CATEGORY_ROW_H, label_width=62, title=_("Assets by category"))
    )
    shown = [b for b in category_bars if b.value == b.value]
    category_alt = _("Bar chart of assets by category in {area}.").format(area=analysis.area.name)
    if shown:
        most = max(shown, key=lambda b: b.value)
        least = min(shown, key=lambda b: b.value)
        category_alt += " " + _("Most: {most} ({most_n}); fewest: {least} ({least_n}).").format(
            most=most.label, most_n=most.shown, least=least.label, least_n=least.shown
        )
    notes = [_(privacy.WITHHELD_NOTE)] if area["notes"] else []
    bars = _rank_bars(analysis)
    label_width = 70 if len(analysis.area.district_codes) > 1 else 56
    rest = max(10, int((page.content_height - HEADER_H - FOOTER_H - 30) // RANK_ROW_H))
    first = max(5, min(RANK_BARS_FIRST, rest - int((CATEGORY_ROW_H * len(category_bars) + 40) // RANK_ROW_H)))
    chunks = _chunks(bars, first, min(rest, RANK_BARS_REST) if not page.landscape else rest)
    measure = measure_text(analysis, _)
    sections: list[dict[str, object]] = []
    for i, chunk in enumerate(chunks):
        name = f"chart-ranked-{i + 1}.svg"
        chunk = [Bar(b.label, b.value, _.figure(b.shown), b.colour) for b in chunk]
        files[name] = str(
            bar_chart_svg(chunk, width, row=RANK_ROW_H, label_width=label_width, title=measure, font=2.4)
        )
        part = _("{part} of {parts}").format(part=i + 1, parts=len(chunks)) if len(chunks) > 1 else ""
        sections.append(
            {
                "kind": "charts",
                "heading": _("Charts") if i == 0 else None,
                "category_heading": _("Assets by category") if i == 0 else None,
                "category_chart": "chart-categories.svg" if i == 0 else None,
                "category_alt": category_alt,
                "rank_heading": _("Wards ranked by {measure}").format(measure=measure.lower())
                + (f" ({part})" if part else ""),
                "rank_chart": name,
                "rank_alt": alt_of_ranking(chunk, measure, analysis.area.name, _),
                "notes": notes,
            }
        )
    return sections


def _entries(listed: Sequence[Asset], _: Words) -> tuple[list[str], list[float], list[dict[str, object]]]:
    """The listing's column headings, widths and rows; a column empty for every asset is left out."""
    columns = [
        ("name", _("Name"), 0.36, lambda a: a.name),
        ("category", _("Category"), 0.17, lambda a: _(CATEGORY_LABELS[a.category])),
        ("address", _("Address"), 0.33, lambda a: ", ".join(p for p in (a.address, a.postcode) if p)),
        ("when", _("When"), 0.14, lambda a: a.opening_times or ""),
    ]
    cells = {key: [get(a) for a in listed] for key, _label, _w, get in columns}
    kept = [c for c in columns if c[0] in ("name", "category") or any(cells[c[0]])]
    rows: list[dict[str, object]] = [
        {"colour": CATEGORY_COLOURS[a.category], "cells": [cells[c[0]][i] for c in kept]}
        for i, a in enumerate(listed)
    ]
    return [c[1] for c in kept], [c[2] for c in kept], rows


def _ward_section(
    analysis: Analysis,
    code: str,
    nearby: Sequence[Asset],
    rank: int,
    figures: WardFigures,
    _: Words,
    files: dict[str, str | bytes],
) -> dict[str, object]:
    page = analysis.options.page
    mine = sorted(
        (a for a in analysis.counted if a.ward_code == code),
        key=lambda a: (analysis.categories.index(a.category), a.name.casefold()),
    )
    listed = [a for a in mine if privacy.listable(a)]
    map_h = (page.content_height - HEADER_H - FOOTER_H) * (0.5 if page.landscape else 0.4)
    map_w = page.content_width * (0.56 if page.landscape else 0.6)
    index = list(analysis.frame.index).index(code)
    f = figures
    name = f"ward-{code}.svg"
    files[name] = str(ward_map_svg(code, nearby, map_w, map_h, boundaries=analysis.boundaries))
    drawn = sum(1 for a in nearby if a.ward_code == code and privacy.drawable(a))
    header, widths, entries = _entries(listed, _)
    walk = _.number(analysis.options.walk_m)
    count_total = len(analysis.area.ward_codes)
    measure = measure_text(analysis, _)
    headline_what = measure
    if rank:
        headline_what += "; " + _("{rank} of {wards} in {area}").format(
            rank=_.number(rank), wards=_.number(count_total), area=analysis.area.name
        )
    notes = []
    if PERSONAL_CATEGORY in analysis.categories:
        notes.append(
            _(
                "People's gifts and skills are counted above but never drawn; people who agreed to be named "
                "are listed under Connectors."
            )
            if analysis.connectors
            else _("People's gifts and skills are counted above but never drawn or named.")
        )
    notes.append(_("Dots on the map are coloured by category; faint dots are in neighbouring wards."))
    return {
        "kind": "ward",
        "code": code,
        "name": f["name"],
        "sub": _("{district} · ward {code}").format(district=f["district"], code=code),
        "map": name,
        "map_height": map_h,
        "map_width": map_w,
        "alt": _(
            "Map of {ward} ward in {district} with its {n} mapped assets as dots coloured by category, "
            "and the assets of neighbouring wards faint."
        ).format(ward=f["name"], district=f["district"], n=_.number(drawn)),
        "headline": {
            "colour": analysis.classes.colour_of(index),
            "value": _.figure(analysis.shown(code)),
            "what": headline_what,
        },
        "figures": [
            [_.figure(f["total"]), _("assets")],
            [_.figure(f["population"]), _("residents")],
            [_.figure(f["per1000"]), _("per 1,000 residents")],
            [_.figure(f["reach"]), _("postcodes within {walk} m").format(walk=walk)],
            [_.figure(_of(f["diversity"], _)), _("categories present")],
            [_.figure(f["shannon"]), _("variety (Shannon)")],
        ],
        "counts_header": [_("Category"), _("Assets")],
        "counts": [
            [CATEGORY_COLOURS[str(c["code"])], _(str(c["label"])), _.figure(str(c["count"]))]
            for c in f["categories"]
        ],
        "connected": (
            _("Assets with a link: {linked} · groups linked to its spaces: {groups}").format(
                linked=_.figure(f["linked"]), groups=_.figure(f["groups"])
            )
            if analysis.has_links
            else None
        ),
        "withheld_note": _(privacy.WITHHELD_NOTE) if f["withheld"] else None,
        "gaps": gaps_text([str(c["code"]) for c in f["categories"] if c["count"] == "0"], _, area=False),
        "listing_heading": _("Assets in {ward}").format(ward=f["name"]),
        "header": header,
        "widths": widths,
        "entries": entries,
        "empty": _("No places or groups to list in this ward for the chosen categories.")
        if not entries
        else None,
        "notes": notes,
    }


def _of(diversity: str, _: Words) -> str:
    present, _of_word, chosen = diversity.partition(" of ")
    return _("{present} of {chosen}").format(present=present, chosen=chosen) if chosen else diversity


def _story_section(
    analysis: Analysis,
    code: str,
    entries: Sequence[dict[str, object]],
    _: Words,
    files: dict[str, str | bytes],
) -> list[dict[str, object]]:
    """A ward's strongest stories, after its page; none when it has none."""
    if not entries:
        return []
    name = analysis.boundaries.ward_names[code]
    stories = []
    for entry in entries:
        photos = []
        for photo in entry.get("photos", []):  # type: ignore[attr-defined]
            src = str(photo["src"])
            media, _sep, encoded = src.partition(";base64,")
            suffix = {"data:image/png": "png", "data:image/webp": "webp"}.get(media, "jpg")
            file = f"photo-{len(files)}.{suffix}"
            files[file] = base64.b64decode(encoded)
            alt = str(photo["alt"]).strip() or _("Photo for a story about {asset}").format(
                asset=entry["asset"]
            )
            photos.append({"file": file, "alt": alt, "caption": str(photo["alt"])})
        by = [
            _(str(entry["teller"])) if entry["teller"] == ANONYMOUS else str(entry["teller"]),
            str(entry["asset"]),
        ]
        if entry["told_on"]:
            by.append(_.date(_told_on(str(entry["told_on"]))))
        if entry["shortened"]:
            by.append(_("shortened; the register holds it whole"))
        stories.append({"text": entry["text"], "photos": photos, "by": " · ".join(by)})
    return [
        {
            "kind": "stories",
            "heading": _("{ward}: stories").format(ward=name),
            "sub": _(
                "The strongest stories told about this ward's assets, chosen by the team. A teller is named "
                "only where they agreed to be quoted by name."
            ),
            "stories": stories,
        }
    ]


def _told_on(printed: str) -> dt.date:
    """The date a story was told, read back from its English long date ("3 March 2025")."""
    return dt.datetime.strptime(printed, "%d %B %Y").date()


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
    """Build the commissioner report's data: what :func:`report_pdf` typesets.

    Parameters
    ----------
    assets
        The register's assets (``Register.assets()``); the privacy rules choose what counts.
    options
        Area, measure, categories, tier, page setup, prepared-by and language.
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
        its own, with their alternative text as the image's ``alt`` and as a caption.
    progress
        ``progress(done, total)``: one step for the measures, one per ward, one for the rest.
    cancelled
        Asked between steps; when it returns True the build stops with ``ExportCancelled``.

    Raises
    ------
    ReportInputError
        For an unknown area, category, tier or measure.
    UnknownLanguageError
        For a language AssetMap has no translation for.
    ExportCancelled
        When ``cancelled()`` returned True.
    """
    _ = words(options.language)
    analysis = analyse(assets, options, boundaries=boundaries, people=people, links=links)
    codes = list(analysis.area.ward_codes)
    featured = featured_by_ward(stories, analysis.counted, codes, photos)
    steps = Steps(len(codes) + 3, progress, cancelled)
    steps.advance()
    page = options.page
    files: dict[str, str | bytes] = {}
    measure = measure_text(analysis, _)
    overview_h = page.content_height - HEADER_H - FOOTER_H - (80 if not page.landscape else 40)
    overview_w = page.content_width if not page.landscape else page.content_width * 0.68
    files["overview.svg"] = str(
        choropleth_svg(
            codes,
            analysis.classes,
            analysis.area,
            overview_w,
            overview_h,
            boundaries=boundaries,
            label=_("{measure} by ward").format(measure=measure),
        )
    )
    sections: list[dict[str, object]] = [cover_section(analysis, _)]
    sections.append(
        {
            **overview_section(analysis, _),
            "map": "overview.svg",
            "map_width": overview_w,
            "map_height": overview_h,
            "alt": overview_alt(analysis, _),
        }
    )
    figures = {code: ward_figures(analysis.frame, code) for code in analysis.frame.index}
    sections.append(summary_section(analysis, _, figures))
    sections += _chart_sections(analysis, _, files)
    sections += connector_section(analysis, _)
    steps.advance()
    by_ward = _nearby(analysis)
    ranks = _ranks(analysis)
    for code in codes:
        near = _neighbour_assets(code, by_ward, boundaries)
        sections.append(_ward_section(analysis, code, near, ranks.get(code, 0), figures[code], _, files))
        sections += _story_section(analysis, code, featured.get(code, []), _, files)
        steps.advance()
    sections.append(methods_section(analysis, _))
    title = options.title or _("Community assets in {area}").format(area=analysis.area.name)
    subject = _("{measure} by ward, {area}").format(measure=measure, area=analysis.area.name)
    date_text = _.date(analysis.date)
    footer = " · ".join(
        p
        for p in (
            "AssetMap",
            date_text,
            _("Prepared by {name}").format(name=options.prepared_by) if options.prepared_by else "",
        )
        if p
    )
    data: dict[str, object] = {
        "lang": _.code,
        "rtl": _.right_to_left,
        "fonts": ["Noto Naskh Arabic", "Noto Sans"]
        if _.right_to_left
        else ["Noto Sans", "Noto Naskh Arabic"],
        "page": {"width": page.width, "height": page.height, "header": HEADER_H, "footer": FOOTER_H},
        "title": title,
        "subject": subject,
        "author": options.prepared_by or "",
        "keywords": [analysis.area.name, measure, _("community assets")],
        "header": f"{title} · {measure}",
        "partner": _(privacy.PARTNER_NOTICE) if analysis.partner_tier else None,
        "footer": footer,
        "page_of": _("Page {page} of {pages}"),
        "sections": sections,
    }
    steps.advance()
    return ReportDocument(
        data,
        files,
        title,
        subject,
        page,
        tuple(str(s["kind"]) for s in sections),
        _.code,
        options.prepared_by,
        tuple(data["keywords"]),  # type: ignore[arg-type]
    )


def report_pdf(
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
    moment: dt.datetime | None = None,
) -> bytes:
    """The commissioner report as tagged PDF/UA-1 bytes; see :func:`build_report` for the arguments.

    ``progress`` runs to 60 of 100 while the data is built, and to 100 once the PDF is typeset.
    ``moment`` is the creation time written in the PDF (now by default).
    """
    document = build_report(
        assets,
        options,
        boundaries=boundaries,
        people=people,
        links=links,
        stories=stories,
        photos=photos,
        progress=scaled(progress, 0, 60, 100),
        cancelled=cancelled,
    )
    steps = Steps(100, None, cancelled)
    if progress:
        progress(60, 100)
    pdf = typeset(TEMPLATE, document.data, files=document.files, moment=moment)
    steps.check()
    if progress:
        progress(100, 100)
    return pdf
