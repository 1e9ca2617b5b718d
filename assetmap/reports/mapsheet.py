"""A single map sheet (PDF or PNG): the abundance map of an area with title, legend, key to numbered
wards, scale bar, north arrow, date and data attribution, laid out for A4 or A3 in either orientation,
or as a poster (A1, A0: the A3 layout drawn larger, so that it reads from across a room).

The sheet is typeset by Typst (``templates/sheet.typ``) as tagged PDF/UA-1: the title is a heading, the
map a figure whose alternative text says what it shows, and the legend, key and credits are text. The
map fills the space the page has: its frame is as large as the page allows beside or above the legend
and key (whichever gives the larger map), trimmed to what it shows. Its words are in the sheet's language.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from assetmap.geo.boundaries import Boundaries
from assetmap.register.categories import CATEGORY_CODES
from assetmap.register.connections import Link
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.reports import drawing
from assetmap.reports.analysis import Analysis, ReportOptions, analyse
from assetmap.reports.labels import Placement, text_width
from assetmap.reports.layer import TIER_WORDING
from assetmap.reports.map_wording import alt_text, attribution, legend, measure_label
from assetmap.reports.privacy import PARTNER_NOTICE
from assetmap.reports.selection import CATEGORY_LABELS
from assetmap.reports.svgmap import DrawnMap, choropleth_map
from assetmap.reports.typeset import rasterise, typeset
from assetmap.reports.words import Words, words

MARGIN = 10.0  # mm of the layout page
GUTTER = 5.0
PT = 25.4 / 72  # mm in a point
# Type sizes in points on the layout page (a poster multiplies them by its scale).
TITLE_PT, SUB_PT, NOTICE_PT = 15.0, 8.5, 8.0
LEGEND_TITLE_PT, LEGEND_PT = 8.0, 7.5
FOOT_PT = 6.5
# The key to numbered wards is set at 6.5 pt, or a little smaller where a county of wards needs it.
KEY_PTS = (6.5, 6.0, 5.5)
LEGEND_WIDTH = 56.0
CHIP_W, CHIP_H = 6.0, 3.5
ROW_GAP = 1.2


@dataclass(frozen=True)
class MapSheet:
    """A map sheet: the data its template reads, the map as SVG, and what the PDF's metadata says."""

    data: dict[str, object]
    svg: str  # the map alone, as drawn into the sheet
    width: float  # the printed page, in mm
    height: float
    title: str
    subject: str
    alt: str
    labels: Placement
    map_size: tuple[float, float]  # the map's frame on the printed page, in mm

    def pdf(self, moment: dt.datetime | None = None) -> bytes:
        """The sheet as a one-page tagged PDF/UA-1."""
        return typeset("sheet.typ", self.data, files={"map.svg": self.svg}, moment=moment)

    def png(self, dpi: int = 200) -> bytes:
        """The sheet as a PNG image at ``dpi``."""
        return rasterise("sheet.typ", self.data, files={"map.svg": self.svg}, dpi=dpi)[0]


def _em(w: Words) -> float:
    # Line pitch in ems: the fonts' ascender and descender (Naskh's reach further) plus the leading.
    return (1.75 if w.lang.right_to_left else 1.37) + 0.2


CAP_EM = 0.714  # Noto Sans's cap height


def _key_em(w: Words) -> float:
    # The key's lines are set closer: cap height to baseline plus a leading that clears the descenders.
    return 1.45 if w.lang.right_to_left else 1.3


def _lines(content: str, size_pt: float, width: float, *, bold: bool = False) -> int:
    if not content:
        return 0
    # A little under the full width: lines break between words, not at the last letter.
    return max(1, math.ceil(text_width(content, size_pt * PT, bold=bold) / (width * 0.88)))


def _height(w: Words, content: str, size_pt: float, width: float, *, bold: bool = False) -> float:
    return _lines(content, size_pt, width, bold=bold) * size_pt * PT * _em(w)


@dataclass(frozen=True)
class _Layout:
    side: bool  # the key beside the map (else below it)
    legend_under_map: bool  # beside: the legend under the map (else above the key)
    legend_in_a_row: bool  # below, with no key: the legend's entries side by side across the page
    map_box: tuple[float, float]
    panel_width: float
    column_width: float
    columns: tuple[tuple[int, ...], ...]  # the key's entries (their indexes) in each column


def _entry_heights(
    w: Words, key: list[tuple[int, str, str]], column_width: float, key_pt: float
) -> list[float]:
    size = key_pt * PT
    pitch = size * _key_em(w)
    room = (column_width - 2.0) * 0.88
    return [
        pitch * max(1, math.ceil((text_width(str(n), size, bold=True) + text_width(f" {name}", size)) / room))
        for n, _code, name in key
    ]


def _split(heights: list[float], room: float) -> list[list[int]]:
    """Entries in order, down one column until ``room`` mm is full, then the next."""
    columns: list[list[int]] = [[]]
    used = 0.0
    for i, h in enumerate(heights):
        if columns[-1] and used + h > room:
            columns.append([])
            used = 0.0
        columns[-1].append(i)
        used += h
    return columns if heights else []


def _layouts(
    w: Words,
    content_w: float,
    avail_h: float,
    legends: tuple[float, float],
    key: list[tuple[int, str, str]],
    key_pt: float,
) -> list[_Layout]:
    """The ways to lay out the map and its panel (legend and key): beside the map or below it, with
    the key's columns of a few widths (a long name wraps in a narrow column). ``legend_h`` is the
    legend's height as a column and as a row across the page."""
    legend_h, legend_row_h = legends
    key_title = LEGEND_PT * PT * _em(w) + 1.0 if key else 0.0
    size = key_pt * PT
    widest = max(
        (text_width(str(n), size, bold=True) + text_width(f" {name}", size) + 2.5 for n, _c, name in key),
        default=LEGEND_WIDTH,
    )
    layouts = []
    for column_w in sorted({min(widest, c) for c in (26.0, 32.0, 40.0, widest)}):
        heights = _entry_heights(w, key, column_w, key_pt)
        # Beside: the key in as many columns as the height needs, the legend above it or under the map.
        for under in (False, True):
            room = avail_h - key_title - (0 if under else legend_h + 4)
            if room <= 20:
                continue
            columns = _split(heights, room)
            panel_w = max(0.0 if under else LEGEND_WIDTH, len(columns) * column_w)
            map_box = (content_w - panel_w - GUTTER, avail_h - (legend_h + GUTTER if under else 0))
            layouts.append(_Layout(True, under, False, map_box, panel_w, column_w, _tuples(columns)))
        # Below: the legend on the left, the key in columns across the rest of the width.
        count = max(1, int((content_w - LEGEND_WIDTH - GUTTER) / column_w))
        room = max(sum(heights) / count, max(heights, default=0.0))
        columns = _split(heights, room)
        while len(columns) > count:
            room += key_pt * PT * _key_em(w)
            columns = _split(heights, room)
        key_h = key_title + max((sum(heights[i] for i in c) for c in columns), default=0.0)
        panel_h = max(legend_h, key_h) if key else legend_row_h
        map_box = (content_w, avail_h - panel_h - GUTTER)
        layouts.append(_Layout(False, False, not key, map_box, LEGEND_WIDTH, column_w, _tuples(columns)))
    return [lay for lay in layouts if min(lay.map_box) >= 30] or layouts[-1:]


def _tuples(columns: list[list[int]]) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(c) for c in columns)


def build_map_sheet(
    assets: Iterable[Asset],
    options: ReportOptions,
    *,
    boundaries: Boundaries,
    people: PeopleView,
    links: Iterable[Link] | None = None,
    language: str | None = None,
) -> MapSheet:
    """Lay out the map sheet for ``options`` (area, measure, categories, tier, page) on ``boundaries``.

    ``people`` is the consent in force: a person's gift counts only with it; the sheet names no one.
    ``links`` (``Register.links()``) give the connection measures. ``language`` is the sheet's language
    (``en``, ``ur``, ``pl``): its words, numbers, dates and the direction of its text; ``None`` takes
    the options' language where they carry one, else English.

    Raises ``ReportInputError`` for an unknown area, category, tier or measure, and
    ``UnknownLanguageError`` for a language AssetMap has no translation for.
    """
    _ = words(language or getattr(options, "language", None))
    analysis = analyse(assets, options, boundaries=boundaries, people=people, links=links)
    paper = options.page
    page = paper.layout
    content_w, content_h = page.width - 2 * MARGIN, page.height - 2 * MARGIN
    measure = measure_label(analysis, _)
    title = options.title or _("Community assets in {area}").format(area=analysis.area.name)
    if set(analysis.categories) == set(CATEGORY_CODES):
        categories = _("all categories")
    else:
        categories = ", ".join(_(CATEGORY_LABELS[c]) for c in analysis.categories)
    subtitle = " · ".join(
        [_("{measure} by ward").format(measure=measure), categories, _(TIER_WORDING[analysis.tier])]
    )
    notice = _(PARTNER_NOTICE) if analysis.partner_tier else ""
    footer = " · ".join(
        [_.date(analysis.date), _("Made with AssetMap."), attribution(analysis.boundaries, _)]
    )
    entries = legend(analysis, _)
    header_h = (
        _height(_, title, TITLE_PT, content_w, bold=True)
        + 1.5
        + _height(_, subtitle, SUB_PT, content_w)
        + (_height(_, notice, NOTICE_PT, content_w, bold=True) + 1.5 if notice else 0.0)
        + 3.0
    )
    footer_h = _height(_, footer, FOOT_PT, content_w) + 3.0
    avail_h = content_h - header_h - footer_h
    row_h = max(CHIP_H, LEGEND_PT * PT * _em(_)) + ROW_GAP
    legend_h = (
        _height(_, measure, LEGEND_TITLE_PT, LEGEND_WIDTH, bold=True)
        + 1.5
        + sum(max(1, _lines(label, LEGEND_PT, LEGEND_WIDTH - CHIP_W - 2)) for _c, label in entries) * row_h
        + row_h
    )
    room = (content_w, avail_h, (legend_h, _legend_row_height(_, measure, entries, content_w)))
    plans = [_plan(analysis, _, room, key_pt) for key_pt in KEY_PTS[:1]]
    if not plans[0].fits:
        plans += [_plan(analysis, _, room, key_pt) for key_pt in KEY_PTS[1:]]
    # The largest map on which every ward is labelled; the larger key between maps of about one size.
    plan = max(plans, key=lambda p: (p.fits, round(p.drawn.view.scale / plans[0].drawn.view.scale, 1)))
    drawn, final, key_pt = plan.drawn, plan.layout, plan.key_pt
    key = list(drawn.labels.key)
    alt = alt_text(analysis, _)
    subject = _("{measure} by ward, {area}").format(measure=measure, area=analysis.area.name)
    svg = drawing.svg(drawn.width, drawn.height, drawn.body, label=alt, scale=paper.scale)
    columns = [
        [{"number": _.number(key[i][0]), "name": key[i][2]} for i in column] for column in final.columns
    ]
    data: dict[str, object] = {
        "text": _.typst(),
        "scale": paper.scale,
        # The printed page (a poster's is its own size, the layout scaled up to fit it).
        "page": {"width": paper.width, "height": paper.height, "margin": MARGIN},
        "title": title,
        "subject": subject,
        "author": options.prepared_by or "",
        "subtitle": subtitle,
        "notice": notice,
        "map": {"width": drawn.width, "height": drawn.height, "alt": alt},
        "side": final.side,
        "legend_under_map": final.legend_under_map,
        "legend_in_a_row": final.legend_in_a_row,
        "panel_width": final.panel_width,
        "legend": {
            "title": measure,
            "entries": [{"colour": colour, "label": label} for colour, label in entries],
            "district": _("District boundary"),
        },
        "key": {
            "title": _("Wards by number") if key else "",
            "column_width": final.column_width,
            "columns": columns,
        },
        "footer": footer,
        "sizes": {
            "title": TITLE_PT,
            "subtitle": SUB_PT,
            "notice": NOTICE_PT,
            "legend_title": LEGEND_TITLE_PT,
            "legend": LEGEND_PT,
            "key": key_pt,
            "key_leading": _key_em(_) - CAP_EM,
            "footer": FOOT_PT,
            "chip_w": CHIP_W,
            "chip_h": CHIP_H,
            "row_gap": ROW_GAP,
            "gutter": GUTTER,
        },
    }
    return MapSheet(
        data=data,
        svg=str(svg),
        width=paper.width,
        height=paper.height,
        title=title,
        subject=subject,
        alt=alt,
        labels=drawn.labels,
        map_size=(drawn.width * paper.scale, drawn.height * paper.scale),
    )


def _legend_row_height(w: Words, title: str, entries: list[tuple[str, str]], width: float) -> float:
    """The legend's height with its entries side by side, wrapping across ``width`` mm."""
    row_h = max(CHIP_H, LEGEND_PT * PT * _em(w)) + ROW_GAP
    rows, used = 1, 0.0
    for label in [label for _c, label in entries] + [w("District boundary")]:
        entry = CHIP_W + 1.5 + text_width(label, LEGEND_PT * PT) * 1.05 + 5.0
        if used and used + entry > width:
            rows, used = rows + 1, 0.0
        used += entry
    return _height(w, title, LEGEND_TITLE_PT, width, bold=True) + 1.5 + rows * row_h


@dataclass(frozen=True)
class _Plan:
    drawn: DrawnMap
    layout: _Layout
    key_pt: float
    fits: bool  # every ward is labelled


def _plan(
    analysis: Analysis, _: Words, room: tuple[float, float, tuple[float, float]], key_pt: float
) -> _Plan:
    """The largest map whose key fits beside or below it, with the key set at ``key_pt``.

    The key's length depends on the map's size (a smaller map has fewer names that fit), and the map's
    size on the room the key leaves it: the layout allows for every ward numbered on any map drawn so
    far, until a map needs no other, so the key printed always fits the room it was given.
    """
    content_w, avail_h, legend_h = room
    codes = list(analysis.area.ward_codes)
    names = analysis.boundaries.ward_names
    drawn: DrawnMap | None = None
    layout: _Layout | None = None
    # No key first; then room for the wards the first map numbered; then, if a smaller map numbers
    # others, room for every ward, which holds whatever is numbered.
    allowed: set[str] = set()
    for attempt in range(3):
        stand_in = [(i + 1, code, names[code]) for i, code in enumerate(sorted(allowed))]
        candidates = _layouts(_, content_w, avail_h, legend_h, stand_in, key_pt)
        layout = max(candidates, key=lambda lay: _scale_of(lay, codes, analysis))
        drawn = choropleth_map(
            codes,
            analysis.classes,
            analysis.area,
            *layout.map_box,
            boundaries=analysis.boundaries,
            extent=analysis.options.extent,
        )
        numbered = {code for _n, code, _name in drawn.labels.key}
        if numbered <= allowed:
            break
        allowed = numbered if attempt == 0 else set(codes)
    assert drawn is not None and layout is not None
    key = list(drawn.labels.key)
    # The same arrangement for the key as printed (it lists no more wards than the room allowed for).
    same = [
        lay
        for lay in _layouts(_, content_w, avail_h, legend_h, key, key_pt)
        if (lay.side, lay.legend_under_map, lay.legend_in_a_row, lay.column_width)
        == (layout.side, layout.legend_under_map, layout.legend_in_a_row, layout.column_width)
    ]
    final = dataclasses.replace(same[0] if same else layout, map_box=layout.map_box)
    return _Plan(drawn, final, key_pt, len(drawn.labels.labels) == len(codes))


def _scale_of(layout: _Layout, codes: list[str], analysis: Analysis) -> float:
    from assetmap.reports.svgmap import fitted_view

    width, height = layout.map_box
    if width <= 10 or height <= 10:
        return 0.0
    view = fitted_view(codes, width, height, boundaries=analysis.boundaries, extent=analysis.options.extent)
    # The larger map wins; between equals, the one that leaves less of the page empty.
    return float(np.round(view.scale, 9)) + view.width * view.height * 1e-12
