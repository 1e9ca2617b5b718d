"""Documents as files: which file names each takes, the bytes of each, and writing them whole or not at all.

The window (the Reports menu, its dialog and preview, the saved views' handout) and the command line
(``assetmap report``, ``map-pdf``, ``html-map``, ``handout``) make every document with
:func:`make_document` and save it with :func:`write_document`: the same file names are accepted, the
same resolutions, and a cancelled or failed export leaves nothing half-written behind. None of it needs Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assetmap.atomic import atomic_path
from assetmap.errors import AssetMapError
from assetmap.messages import tr
from assetmap.reports.progress import CancelCheck, ExportCancelled, ProgressCallback
from assetmap.reports.selection import ReportInputError

if TYPE_CHECKING:
    from assetmap.geo.boundaries import Boundaries
    from assetmap.register import Register
    from assetmap.register.connections import Link, Story
    from assetmap.register.consent import PeopleView
    from assetmap.register.records import Asset
    from assetmap.register.story_photos import Thumbnail
    from assetmap.register.views import SavedView
    from assetmap.reports.analysis import ReportOptions

# The documents, and the file name endings each may be saved as (the first is the usual one): the
# commissioner report (for all Greater Manchester, the atlas), the map sheet, the shareable interactive
# map and the saved views' handout.
SUFFIXES: dict[str, tuple[str, ...]] = {
    "report": (".pdf",),
    "map": (".pdf", ".png"),
    "html": (".html", ".htm"),
    "handout": (".pdf",),
}
# The resolutions a PNG map sheet may have, in dots per inch.
MIN_DPI, MAX_DPI = 50, 600


class ExportFileError(AssetMapError):
    """The export file cannot be written where asked."""


@dataclass(frozen=True)
class DocumentContents:
    """What a document is made from: the register's records, read when asked."""

    assets: Sequence[Asset]
    boundaries: Boundaries
    people: PeopleView
    links: Sequence[Link] | None = None
    stories: Sequence[Story] = ()
    photos: Sequence[Thumbnail] = ()
    views: Sequence[SavedView] = ()

    @classmethod
    def read(cls, register: Register, kind: str) -> DocumentContents:
        """Read now, so a consent withdrawn or lapsed a moment ago is obeyed; only what ``kind`` shows."""
        from assetmap.register.story_photos import read_thumbnails

        assets = register.assets()
        stories = register.stories() if kind in ("report", "html") else []
        photos = read_thumbnails(register, stories, {a.id for a in assets}) if stories else []
        views = register.views() if kind == "handout" else []
        return cls(
            assets, register.boundaries(), register.people_view(), register.links(), stories, photos, views
        )


def document_suffix(kind: str, path: Path) -> str:
    """The ending of ``path`` (lower case), after checking a ``kind`` document may be saved with it.

    Raises
    ------
    ReportInputError
        When the file name ends otherwise; the message names the endings it may have.
    """
    allowed = SUFFIXES[kind]
    suffix = Path(path).suffix.lower()
    if suffix in allowed:
        return suffix
    name = Path(path).name
    if len(allowed) == 1:
        message = tr("Cannot write {name}: the file name must end in {suffix}.").format(
            name=name, suffix=allowed[0]
        )
    else:
        message = tr("Cannot write {name}: the file name must end in {first} or {second}.").format(
            name=name, first=allowed[0], second=allowed[1]
        )
    raise ReportInputError(message)


def check_dpi(dpi: int) -> int:
    """``dpi`` after checking a PNG may be made at that resolution."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ReportInputError(
            tr("The resolution must be from {lowest} to {highest} dpi, not {dpi}.").format(
                lowest=MIN_DPI, highest=MAX_DPI, dpi=dpi
            )
        )
    return dpi


def check_target(path: Path) -> Path:
    """The absolute target path, after checking its folder exists and the name is not a folder."""
    target = Path(path).expanduser().absolute()
    if not target.parent.is_dir():
        raise ExportFileError(
            tr("The folder {folder} does not exist. Create it or choose another place.").format(
                folder=target.parent
            )
        )
    if target.is_dir():
        raise ExportFileError(tr("{path} is a folder. Give a file name for the export.").format(path=target))
    return target


def write_atomically(path: Path, data: bytes, *, cancelled: CancelCheck | None = None) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    A reader never sees a partial file: until the rename, ``path`` holds its old content (or nothing).

    Raises
    ------
    ExportCancelled
        If ``cancelled()`` is True just before the rename; the temporary file is removed.
    ExportFileError
        If the folder cannot be written.
    """
    target = check_target(path)
    try:
        with atomic_path(target) as temporary:
            temporary.write_bytes(data)
            if cancelled is not None and cancelled():
                raise ExportCancelled()
    except OSError as exc:
        raise ExportFileError(
            tr(
                "Cannot write {path} ({reason}). Check that the folder can be written and the disk "
                "has space, or choose another folder."
            ).format(path=target, reason=exc.strerror)
        ) from exc
    return target


def make_document(
    kind: str,
    options: ReportOptions,
    contents: DocumentContents,
    *,
    suffix: str = ".pdf",
    dpi: int = 200,
    language: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> bytes:
    """The bytes of one document as it is saved; the window's Save and preview and the command line all
    make documents here, on any thread (none of it needs Qt).

    ``kind`` is ``"report"`` (tagged PDF; for all Greater Manchester, the atlas), ``"map"`` (tagged PDF,
    or PNG at ``dpi`` for ``suffix=".png"``), ``"html"`` (a web page) or ``"handout"`` (tagged PDF of
    ``contents.views``, titled ``options.title``). The language is ``language`` or else the options'.

    Raises
    ------
    ReportInputError
        For choices that give no document (an unknown area, nothing to count); the message says which.
    ExportCancelled
        When ``cancelled()`` turns true, also in the middle of Typst's typesetting.
    """
    from assetmap.reports.typeset import cancellable

    if kind not in SUFFIXES:
        raise ValueError(f"unknown kind of document {kind!r}")
    with cancellable(cancelled):  # Cancel stops Typst where it is, not only between the steps
        return _make(kind, options, contents, suffix, dpi, language, progress, cancelled)


def _make(
    kind: str,
    options: ReportOptions,
    contents: DocumentContents,
    suffix: str,
    dpi: int,
    language: str | None,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> bytes:
    # The report stack loads when first used (and is looked up here each time, so it can be watched).
    from assetmap.reports import handout, interactive, mapsheet, report

    c = contents
    if kind == "report":
        return report.report_pdf(
            c.assets,
            options,
            boundaries=c.boundaries,
            people=c.people,
            links=c.links,
            stories=c.stories,
            photos=c.photos,
            progress=progress,
            cancelled=cancelled,
        )
    if kind == "html":
        page = interactive.build_html_map(
            c.assets,
            options,
            boundaries=c.boundaries,
            people=c.people,
            links=c.links,
            stories=c.stories,
            photos=c.photos,
            language=language or options.language,
        )
        if progress:
            progress(90, 100)
        return page.encode("utf-8")
    if kind == "map":
        sheet = mapsheet.build_map_sheet(
            c.assets, options, boundaries=c.boundaries, people=c.people, links=c.links, language=language
        )
        if progress:
            progress(40, 100)
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        content = sheet.png(dpi) if suffix == ".png" else sheet.pdf()
    else:
        printed = handout.build_handout(
            c.views,
            c.assets,
            boundaries=c.boundaries,
            people=c.people,
            title=options.title,
            links=c.links,
            language=language or options.language,
        )
        if progress:
            progress(30, 100)
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        content = printed.pdf()
    if progress:
        progress(90, 100)
    return content


def write_document(
    kind: str,
    options: ReportOptions,
    contents: DocumentContents,
    output: Path,
    *,
    dpi: int = 200,
    language: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write a ``kind`` document (see :func:`make_document`) to ``output``, whole or not at all.

    The file name's ending chooses the format where there is a choice (a map sheet's ``.pdf`` or
    ``.png``). Returns the path written.

    Raises
    ------
    ReportInputError
        For a file name ``kind`` cannot be saved as, a resolution out of range, or choices that give no
        document.
    ExportFileError
        When the folder does not exist or cannot be written.
    ExportCancelled
        When ``cancelled()`` turned true; nothing is written.
    """
    suffix = document_suffix(kind, output)
    target = check_target(output)
    if suffix == ".png":
        check_dpi(dpi)
    content = make_document(
        kind,
        options,
        contents,
        suffix=suffix,
        dpi=dpi,
        language=language,
        progress=progress,
        cancelled=cancelled,
    )
    path = write_atomically(target, content, cancelled=cancelled)
    if progress:
        progress(100, 100)
    return path
