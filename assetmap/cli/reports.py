"""The headless report commands: ``assetmap report``, ``map-pdf``, ``html-map`` and ``handout``.

``add_report_commands(subparsers)`` adds them to the main parser; each sets ``handler`` to the function
that runs it (``args.handler(args)`` returns the exit code). They run without a display, show progress
on stderr, stop cleanly on Ctrl+C without leaving a file, and answer bad input with exit code 2 and a
message naming the valid choices.
"""

from __future__ import annotations

import argparse
import functools
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from assetmap.cli.registers import register_location
from assetmap.errors import AssetMapError, quoted
from assetmap.geo.boundaries import Boundaries
from assetmap.languages import language
from assetmap.messages import tr
from assetmap.register.connection import is_server_location
from assetmap.register.consent import PeopleView
from assetmap.reports.analysis import DOCUMENT_SIZES, PAGE_SIZES, PageSetup, ReportOptions
from assetmap.reports.classify import SCHEMES
from assetmap.reports.measures import DEFAULT_WALK_M, MEASURES
from assetmap.reports.progress import CancelCheck, ExportCancelled, ProgressCallback
from assetmap.reports.selection import GREATER_MANCHESTER, ReportInputError

if TYPE_CHECKING:
    from assetmap.reports.files import DocumentContents

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_CANCELLED = 130


class TextProgress:
    """A progress bar on stderr: redrawn in place on a terminal, a line per quarter otherwise."""

    def __init__(self, label: str, stream: TextIO | None = None, enabled: bool = True) -> None:
        self.label = label
        self.stream: TextIO = stream or sys.stderr
        self.enabled = enabled
        self._last = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        percent = 100 * done // max(1, total)
        tty = getattr(self.stream, "isatty", lambda: False)()
        if tty:
            bar = "#" * (percent // 4)
            self.stream.write(f"\r{self.label} [{bar:<25}] {percent:3d}%")
            if percent >= 100:
                self.stream.write("\n")
        elif percent // 25 != self._last // 25 or (percent == 100 and self._last != 100):
            self.stream.write(f"{self.label}: {percent}%\n")
        self._last = percent
        self.stream.flush()


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--register", type=register_location, required=True, help=tr("the register file to report on")
    )
    parser.add_argument(
        "--area",
        default=GREATER_MANCHESTER,
        help=tr(
            "'Greater Manchester' (default), a district (e.g. Stockport) or ward codes/names "
            "separated by commas"
        ),
    )
    parser.add_argument(
        "--measure",
        default="per1000",
        help=tr("one of: {choices} (default per1000)").format(choices=", ".join(MEASURES)),
    )
    parser.add_argument(
        "--categories", default=None, help=tr("category codes separated by commas (default: all six)")
    )
    parser.add_argument(
        "--tier", default="public", help=tr("public (default) or partners; private assets are never included")
    )
    parser.add_argument(
        "--walk-m",
        type=int,
        default=DEFAULT_WALK_M,
        help=tr("walking distance for reach, in metres (default {metres})").format(metres=DEFAULT_WALK_M),
    )
    parser.add_argument(
        "--scheme", default="quantiles", help=tr("map classes: {choices}").format(choices=", ".join(SCHEMES))
    )
    parser.add_argument(
        "--classes", type=int, default=5, help=tr("number of map classes, 2 to 7 (default 5)")
    )
    parser.add_argument("--title", default=None, help=tr("title (default: 'Community assets in AREA')"))
    parser.add_argument("--prepared-by", default=None, help=tr("name printed on the cover and footers"))
    parser.add_argument(
        "--page",
        "--page-size",
        dest="page",
        default="A4",
        help=tr("paper size: {choices} (default A4); A1 and A0 make a map sheet a poster").format(
            choices=", ".join(PAGE_SIZES)
        ),
    )
    parser.add_argument("--landscape", action="store_true", help=tr("landscape pages (default portrait)"))
    parser.add_argument("-o", "--output", type=Path, required=True, help=tr("the file to write"))
    parser.add_argument("-q", "--quiet", action="store_true", help=tr("no progress bar"))


def add_report_commands(subparsers: argparse._SubParsersAction) -> None:
    """Add ``report``, ``map-pdf`` and ``html-map`` to an argparse sub-parser set."""
    report = subparsers.add_parser(
        "report",
        help=tr("write the commissioner report (PDF): overview, summary, charts and a page per ward"),
    )
    _add_common(report)
    _add_language(report)
    report.set_defaults(handler=run_report)
    sheet = subparsers.add_parser(
        "map-pdf", aliases=["map"], help=tr("write a map sheet of the area as PDF or PNG")
    )
    _add_common(sheet)
    _add_language(sheet)
    sheet.add_argument("--dpi", type=int, default=200, help=tr("resolution of a PNG (default 200)"))
    sheet.add_argument(
        "--extent",
        default=None,
        metavar="W,S,E,N",
        help=tr("draw this part of the map, in degrees, written --extent=W,S,E,N; default: fit the area"),
    )
    sheet.set_defaults(handler=run_map)
    html = subparsers.add_parser("html-map", help=tr("write a self-contained interactive HTML map"))
    _add_common(html)
    _add_language(html)
    html.set_defaults(handler=run_html_map)
    handout = subparsers.add_parser(
        "handout",
        help=tr("write the handout of the register's saved views (PDF): one page per view, with its note"),
    )
    handout.add_argument(
        "--register",
        type=register_location,
        required=True,
        help=tr("the register whose saved views to print"),
    )
    handout.add_argument("--title", default=None, help=tr("the handout's title (default: 'Saved views')"))
    handout.add_argument("-o", "--output", type=Path, required=True, help=tr("the PDF file to write"))
    handout.add_argument("-q", "--quiet", action="store_true", help=tr("no progress bar"))
    _add_language(handout)
    handout.set_defaults(handler=run_handout)


def _add_language(parser: argparse.ArgumentParser) -> None:
    from assetmap.languages import LANGUAGES

    choices = ", ".join(f"{lang.code} ({lang.english_name})" for lang in LANGUAGES.values())
    parser.add_argument(
        "--language",
        default="en",
        metavar="CODE",
        help=tr("the document's language: {choices}; default en").format(choices=choices),
    )


def options_from(args: argparse.Namespace) -> ReportOptions:
    """The report options the arguments ask for (checked later, by the core)."""
    page = args.page.strip().upper()
    if page not in PAGE_SIZES:
        raise ReportInputError(
            tr("Unknown page size {size}. Choose from: {choices}.").format(
                size=quoted(args.page), choices=", ".join(PAGE_SIZES)
            )
        )
    return ReportOptions(
        area=args.area,
        measure=args.measure,
        categories=args.categories,
        tier=args.tier,
        walk_m=args.walk_m,
        scheme=args.scheme,
        classes=args.classes,
        prepared_by=args.prepared_by,
        title=args.title,
        page=PageSetup(page, bool(args.landscape)),
        extent=_extent(getattr(args, "extent", None)),
        language=language(getattr(args, "language", None)).code,
    )


def _extent(text: str | None) -> tuple[float, float, float, float] | None:
    if not text:
        return None
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        raise ReportInputError(
            tr(
                "--extent must be four numbers W,S,E,N in degrees (like -2.3,53.45,-2.2,53.5), not {given}."
            ).format(given=quoted(text))
        ) from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise ReportInputError(
            tr("--extent {given} is not a box: west < east and south < north, in degrees.").format(
                given=quoted(text)
            )
        )
    return west, south, east, north


@dataclass(frozen=True)
class _Contents:
    """What a report, map sheet or HTML map draws from, read in one opening of the register."""

    assets: list
    boundaries: Boundaries
    people: PeopleView
    links: list
    stories: list
    photos: list

    def document(self) -> DocumentContents:
        from assetmap.reports.files import DocumentContents

        return DocumentContents(
            self.assets, self.boundaries, self.people, self.links, self.stories, self.photos
        )


def _contents(register_path: Path | str, *, photos: bool = True) -> _Contents:
    """The register's assets, wards, consent in force today, links and stories, and (with ``photos``) the
    thumbnails of the stories' photos on those assets (the outputs choose which they show)."""
    from assetmap.cli.registers import reading
    from assetmap.register.story_photos import read_thumbnails

    path = register_path if is_server_location(register_path) else Path(register_path).expanduser()
    if isinstance(path, Path) and not path.is_file():
        raise ReportInputError(
            tr("There is no register at {path}. Give the path of an existing .assetmap file.").format(
                path=path
            )
        )
    with reading(path) as register:
        assets, stories = register.assets(), register.stories()
        thumbnails = read_thumbnails(register, stories, {a.id for a in assets}) if photos else []
        return _Contents(
            assets, register.boundaries(), register.people_view(), register.links(), stories, thumbnails
        )


def export_report(
    register: Path | str,
    options: ReportOptions,
    output: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Typeset the commissioner report of the register at ``register`` to ``output`` (a PDF), in the
    options' language."""
    from assetmap.reports.files import write_document

    read = _contents(register)
    return write_document("report", options, read.document(), output, progress=progress, cancelled=cancelled)


def export_map(
    register: Path | str,
    options: ReportOptions,
    output: Path,
    *,
    dpi: int = 200,
    language: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the map sheet of the register at ``register`` to ``output``: PDF/UA-1 or PNG, typeset by
    Typst in ``language``."""
    from assetmap.languages import language as known_language
    from assetmap.reports.files import write_document

    known_language(language)  # an unknown language is refused before the register is read
    read = _contents(register, photos=False)
    return write_document(
        "map",
        options,
        read.document(),
        output,
        dpi=dpi,
        language=language,
        progress=progress,
        cancelled=cancelled,
    )


def export_html_map(
    register: Path | str,
    options: ReportOptions,
    output: Path,
    *,
    language: str | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the self-contained interactive map of the register at ``register`` to ``output``, in
    ``language`` (else the options' language)."""
    from assetmap.languages import language as known_language
    from assetmap.reports.files import write_document

    known_language(language)  # an unknown language is refused before the register is read
    read = _contents(register)
    return write_document(
        "html",
        options,
        read.document(),
        output,
        language=language,
        progress=progress,
        cancelled=cancelled,
    )


def _run(args: argparse.Namespace, label: str, work: Callable[..., Path]) -> int:
    """Run one report command: the register, its options and the output come from ``args``."""

    def write(progress: TextProgress, cancelled: Callable[[], bool]) -> Path:
        extra = {"dpi": args.dpi} if hasattr(args, "dpi") else {}
        return work(
            args.register, options_from(args), args.output, progress=progress, cancelled=cancelled, **extra
        )

    return _interruptible(args, label, write)


def _interruptible(
    args: argparse.Namespace, label: str, write: Callable[[TextProgress, Callable[[], bool]], Path]
) -> int:
    """Write ``args.output`` with progress; the first Ctrl+C cancels (nothing is left), a second stops.

    Every document is typeset by Typst, without Qt, so no command here starts Qt or QtWebEngine.
    """
    stop: list[bool] = []

    def on_interrupt(_signum: int, _frame: object) -> None:
        if stop:  # a second Ctrl+C: stop at once
            raise KeyboardInterrupt
        stop.append(True)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        path = write(TextProgress(label, enabled=not args.quiet), lambda: bool(stop))
    except (ExportCancelled, KeyboardInterrupt):
        print(
            "\n" + tr("assetmap: cancelled; {path} was not written.").format(path=args.output),
            file=sys.stderr,
        )
        return EXIT_CANCELLED
    except AssetMapError as exc:
        print(f"assetmap: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        signal.signal(signal.SIGINT, previous)
    print(tr("Wrote {path}").format(path=path))
    return EXIT_OK


def run_report(args: argparse.Namespace) -> int:
    """``assetmap report``: the commissioner report as PDF."""
    if args.page.strip().upper() not in DOCUMENT_SIZES:
        print(
            tr(
                "assetmap: A report is printed on {sizes}, not {given}; "
                "posters (A1, A0) are for the map sheet: assetmap map-pdf --page-size A1."
            ).format(sizes=_either(DOCUMENT_SIZES), given=quoted(args.page)),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return _run(args, tr("Report"), export_report)


def _either(sizes: Sequence[str]) -> str:
    """``A4 or A3`` (the sizes a report is printed on), said in the language spoken."""
    if len(sizes) == 2:
        return tr("{first} or {second}").format(first=sizes[0], second=sizes[1])
    return ", ".join(sizes)


def run_map(args: argparse.Namespace) -> int:
    """``assetmap map-pdf`` (or ``map``): a map sheet as PDF or PNG, in ``--language``."""
    return _run(args, tr("Map"), functools.partial(export_map, language=args.language))


def run_html_map(args: argparse.Namespace) -> int:
    """``assetmap html-map``: the self-contained interactive map, in ``--language``."""
    return _run(args, tr("Interactive map"), functools.partial(export_html_map, language=args.language))


def export_handout(
    register: Path | str,
    output: Path,
    *,
    title: str | None = None,
    language: str | None = "en",
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the handout of the saved views of the register at ``register`` to ``output`` (a PDF/UA-1
    typeset by Typst) in ``language``."""
    from assetmap.cli.registers import reading
    from assetmap.languages import language as known_language
    from assetmap.reports.analysis import ReportOptions
    from assetmap.reports.files import DocumentContents, write_document

    known_language(language)  # an unknown language is refused before the register is read
    path = register if is_server_location(register) else Path(register).expanduser()
    if isinstance(path, Path) and not path.is_file():
        raise ReportInputError(
            tr("There is no register at {path}. Give the path of an existing .assetmap file.").format(
                path=path
            )
        )
    with reading(path) as opened:
        views, assets, links = opened.views(), opened.assets(), opened.links()
        boundaries, people = opened.boundaries(), opened.people_view()
    contents = DocumentContents(assets, boundaries, people, links, views=views)
    return write_document(
        "handout",
        ReportOptions(title=title),
        contents,
        output,
        language=language,
        progress=progress,
        cancelled=cancelled,
    )


def run_handout(args: argparse.Namespace) -> int:
    """``assetmap handout``: the saved views as a handout PDF."""

    def write(progress: TextProgress, cancelled: Callable[[], bool]) -> Path:
        return export_handout(
            args.register,
            args.output,
            title=args.title,
            language=args.language,
            progress=progress,
            cancelled=cancelled,
        )

    return _interruptible(args, tr("Handout"), write)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one report command on its own (``python -m assetmap.cli.reports report ...``)."""
    parser = argparse.ArgumentParser(prog="assetmap")
    add_report_commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    args = parser.parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
