"""Writing reports, map sheets and HTML maps from assets in memory: the app and the CLI share these.

Each writes under a temporary name and renames on success, so Cancel or a failure never leaves a
half-written file. The commissioner report's PDF needs a QApplication (offscreen is fine); the map
sheet (PDF or PNG) and the handout are typeset by Typst and need no Qt, so the window runs them on a
worker thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from assetmap.geo.boundaries import Boundaries
from assetmap.register import Asset
from assetmap.register.connections import Link, Story
from assetmap.register.consent import PeopleView
from assetmap.register.story_photos import Thumbnail
from assetmap.register.views import SavedView
from assetmap.reports.analysis import ReportOptions
from assetmap.reports.files import check_target, write_atomically
from assetmap.reports.handout import build_handout
from assetmap.reports.interactive import build_html_map
from assetmap.reports.mapsheet import build_map_sheet
from assetmap.reports.progress import CancelCheck, ExportCancelled, ProgressCallback
from assetmap.reports.report import write_report
from assetmap.reports.selection import ReportInputError
from assetmap.ui.i18n import translate


def _check_suffix(output: Path, allowed: Sequence[str]) -> str:
    suffix = output.suffix.lower()
    if suffix not in allowed:
        raise ReportInputError(
            translate("exports", "Cannot write {name}: the file name must end in {suffixes}.").format(
                name=output.name, suffixes=translate("exports", " or ").join(allowed)
            )
        )
    return suffix


def export_report(
    assets: Sequence[Asset],
    options: ReportOptions,
    output: Path,
    *,
    boundaries: Boundaries,
    people: PeopleView,
    links: Iterable[Link] | None = None,
    stories: Iterable[Story] = (),
    photos: Iterable[Thumbnail] = (),
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the commissioner report to ``output`` (a PDF), typeset by the core; see :func:`write_report`."""
    return write_report(
        assets,
        options,
        output,
        boundaries=boundaries,
        people=people,
        links=links,
        stories=stories,
        photos=photos,
        progress=progress,
        cancelled=cancelled,
    )


def export_map(
    assets: Sequence[Asset],
    options: ReportOptions,
    output: Path,
    *,
    boundaries: Boundaries,
    people: PeopleView,
    links: Iterable[Link] | None = None,
    stories: Iterable[Story] = (),
    photos: Iterable[Thumbnail] = (),
    dpi: int = 200,
    language: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the map sheet to ``output``: tagged PDF/UA-1 or PNG, both typeset by Typst (no Qt needed),
    in ``language`` (``stories`` and ``photos`` are not on it)."""
    suffix = _check_suffix(output, [".pdf", ".png"])
    check_target(output)
    if not 50 <= dpi <= 600:
        raise ReportInputError(
            translate("exports", "The resolution must be from 50 to 600 dpi, not {dpi}.").format(dpi=dpi)
        )
    sheet = build_map_sheet(
        assets, options, boundaries=boundaries, people=people, links=links, language=language
    )
    if progress:
        progress(40, 100)
    if cancelled and cancelled():
        raise ExportCancelled()
    content = sheet.png(dpi) if suffix == ".png" else sheet.pdf()
    if progress:
        progress(90, 100)
    path = write_atomically(output, content, cancelled=cancelled)
    if progress:
        progress(100, 100)
    return path


def export_html_map(
    assets: Sequence[Asset],
    options: ReportOptions,
    output: Path,
    *,
    boundaries: Boundaries,
    people: PeopleView,
    links: Iterable[Link] | None = None,
    stories: Iterable[Story] = (),
    photos: Iterable[Thumbnail] = (),
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the self-contained interactive map to ``output`` (needs no Qt)."""
    _check_suffix(output, [".html", ".htm"])
    check_target(output)
    html = build_html_map(
        assets, options, boundaries=boundaries, people=people, links=links, stories=stories, photos=photos
    )
    if progress:
        progress(90, 100)
    path = write_atomically(output, html.encode("utf-8"), cancelled=cancelled)
    if progress:
        progress(100, 100)
    return path


def export_handout(
    views: Sequence[SavedView],
    assets: Sequence[Asset],
    output: Path,
    *,
    boundaries: Boundaries,
    people: PeopleView,
    title: str | None = None,
    links: Iterable[Link] | None = None,
    language: str | None = "en",
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the handout of the saved views to ``output`` (a tagged PDF/UA-1 typeset by Typst, no Qt
    needed): one A4 page per view, public tier, in ``language``."""
    _check_suffix(output, [".pdf"])
    check_target(output)
    handout = build_handout(
        views, assets, boundaries=boundaries, people=people, title=title, links=links, language=language
    )
    if progress:
        progress(30, 100)
    if cancelled and cancelled():
        raise ExportCancelled()
    pdf = handout.pdf()
    if progress:
        progress(90, 100)
    path = write_atomically(output, pdf, cancelled=cancelled)
    if progress:
        progress(100, 100)
    return path
