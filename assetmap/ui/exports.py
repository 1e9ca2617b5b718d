"""The window's exports from records already read: a map sheet, the shareable map and the handout.

Each is written by the core's :func:`~assetmap.reports.files.write_document`, as the command line writes
it: the same file names, resolutions and checks, under a temporary name renamed on success, so Cancel or
a failure never leaves a half-written file. None of it needs Qt, so the window runs them on a worker
thread. (The commissioner report is saved from the Reports menu, :mod:`assetmap.ui.report_actions`.)
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
from assetmap.reports.files import DocumentContents, write_document
from assetmap.reports.progress import CancelCheck, ProgressCallback


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
    contents = DocumentContents(list(assets), boundaries, people, _listed(links))
    return write_document(
        "map", options, contents, output, dpi=dpi, language=language, progress=progress, cancelled=cancelled
    )


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
    language: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the self-contained interactive map to ``output`` (needs no Qt), in ``language`` (else the
    options' language, the Language chosen in the report dialog)."""
    contents = DocumentContents(list(assets), boundaries, people, _listed(links), list(stories), list(photos))
    return write_document(
        "html", options, contents, output, language=language, progress=progress, cancelled=cancelled
    )


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
    contents = DocumentContents(list(assets), boundaries, people, _listed(links), views=list(views))
    return write_document(
        "handout",
        ReportOptions(title=title),
        contents,
        output,
        language=language,
        progress=progress,
        cancelled=cancelled,
    )


def _listed(links: Iterable[Link] | None) -> list[Link] | None:
    return None if links is None else list(links)
