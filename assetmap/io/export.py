"""Writing the register's assets to a file: choosing them, then writing safely to a temporary file first."""

from __future__ import annotations

import logging
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assetmap.atomic import discard, replace_with, temporary_beside
from assetmap.errors import AssetMapError
from assetmap.geo.boundaries import Boundaries
from assetmap.io import connections, geofiles, tables
from assetmap.io.oruk import OrukDataset
from assetmap.io.problems import ExportError
from assetmap.io.selection import AssetFilter, for_export
from assetmap.messages import tr
from assetmap.register import Asset, Register, sharing
from assetmap.register.records import collector_paused

log = logging.getLogger(__name__)

FORMATS: dict[str, str] = {
    "csv": "CSV (.csv)",
    "xlsx": "Excel workbook (.xlsx)",
    "geojson": "GeoJSON (.geojson)",
    "gpkg": "GeoPackage with ward counts (.gpkg)",
    "kml": "KML for Google Earth (.kml)",
    "oruk-json": "Open Referral UK, JSON (.json)",
    "oruk-csv": "Open Referral UK, tabular data package (.zip)",
}
SUFFIXES = {
    "csv": ".csv",
    "xlsx": ".xlsx",
    "geojson": ".geojson",
    "gpkg": ".gpkg",
    "kml": ".kml",
    "oruk-json": ".json",
    "oruk-csv": ".zip",
}


class ExportCancelledError(AssetMapError):
    """The person cancelled an export; no file was written."""

    def __init__(self) -> None:
        super().__init__(tr("The export was cancelled. No file was written."))


@dataclass
class ExportResult:
    path: Path
    format: str
    count: int
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def format_for(path: Path) -> str:
    """The export format a file name asks for, by its suffix."""
    suffix = path.suffix.lower()
    for name, ending in SUFFIXES.items():
        if suffix == ending and name != "oruk-json":
            return name
    if suffix == ".json":
        return "geojson"
    raise ExportError(
        path,
        tr("AssetMap cannot tell which format to write for {file}; name the format ({formats}).").format(
            file=path.name, formats=", ".join(FORMATS)
        ),
    )


def export_assets(
    register: Register,
    path: Path | str,
    fmt: str | None = None,
    *,
    tier: str = "public",
    asset_filter: AssetFilter | None = None,
    boundaries: Boundaries | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Export the register's assets that pass ``asset_filter`` and ``tier`` to ``path``.

    The file is written beside the target under a temporary name and renamed into place only when
    complete, so a cancel or failure never leaves a half-written file.

    Parameters
    ----------
    fmt
        One of :data:`FORMATS`; by default from the suffix of ``path``.
    tier
        ``public`` (default), ``partners`` or ``all``; see :mod:`assetmap.register.sharing`. A person's
        gift also follows the consent in force today (``register.people_view()``).
    asset_filter
        The table's current filter, if the person chose "use current filter".
    boundaries
        Wards for names, districts and the GeoPackage's ward layer; the register's wards by default.
    progress, cancelled
        ``progress(done, total)`` is called as rows are written; ``cancelled()`` is asked between steps.

    Raises
    ------
    ExportError
        The file cannot be written, or ``all`` was asked of Open Referral.
    ExportCancelledError
        ``cancelled()`` returned true.
    """
    path = Path(path).expanduser()
    fmt = fmt or format_for(path)
    if fmt not in FORMATS:
        raise ExportError(
            path,
            tr("{format} is not an export format; use one of {formats}.").format(
                format=repr(fmt), formats=", ".join(FORMATS)
            ),
        )
    if not path.suffix:
        # A name given without an extension (an Open Referral package called "services") gets the format's.
        path = path.with_name(path.name + SUFFIXES[fmt])
    sharing.check_tier(sharing.EXPORT, tier)
    if fmt.startswith("oruk") and tier not in sharing.OPEN_REFERRAL.tiers:
        raise ExportError(path, tr("Open Referral exports are for publishing; choose the public tier."))
    boundaries = boundaries or register.boundaries()
    district_names = boundaries.district_names
    ward_district = boundaries.ward_district
    # Read at the moment of export, so a withdrawal or a lapse is obeyed at once.
    people = register.people_view()
    assets = for_export(
        register.assets(), tier=tier, asset_filter=asset_filter, ward_district=ward_district, people=people
    )
    total = len(assets)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelledError()

    def tick(done: int) -> None:
        check()
        if progress:
            progress(done, total)

    tick(0)
    result = ExportResult(path, fmt, total)
    ward_district_names = {w: district_names.get(d, "") for w, d in ward_district.items()}
    rows = tables.asset_rows(assets, boundaries.ward_names, ward_district_names)
    if not path.parent.is_dir():
        raise ExportError(
            path,
            tr("The folder {folder} does not exist; choose another place to save.").format(
                folder=path.parent
            ),
        )
    try:
        temp = temporary_beside(path)
    except OSError as exc:
        raise ExportError(
            path,
            tr("AssetMap cannot write in {folder} ({detail}); choose another folder.").format(
                folder=path.parent, detail=exc.strerror
            ),
        ) from None
    # Stories and links travel as files of their own beside a CSV or GeoJSON export, written under
    # temporary names too and renamed with it.
    side: dict[Path, Path] = {}
    with collector_paused():  # tens of thousands of records, none of them cycles
        related = connections.for_export(register, assets, tier, people=people)
    names = {a.id: a.name for a in assets}
    try:
        if fmt == "csv":
            tables.write_csv(rows, temp, tick)
        elif fmt == "xlsx":
            tables.write_xlsx(rows, temp, tick, extra_sheets=connections.xlsx_sheets(related, names))
        elif fmt == "geojson":
            geofiles.write_geojson(rows, temp, tick)
        elif fmt == "gpkg":
            categories = [c.code for c in register.categories()]
            wards = geofiles.ward_counts(assets, boundaries.wards, categories)
            check()
            geofiles.write_geopackage(rows, temp, wards)
            with collector_paused():
                connections.write_geopackage_tables(related, names, temp, register.photo_bytes)
            result.notes.append(
                tr(
                    "The GeoPackage holds {stories} stories, {links} links and {photos} photos "
                    "as related tables."
                ).format(stories=len(related.stories), links=len(related.links), photos=len(related.photos))
            )
        elif fmt == "kml":
            geofiles.write_kml(rows, temp)
            result.count = sum(1 for a in assets if a.has_location)
            result.notes.append(tr("KML holds only assets with a location."))
        else:
            region = "Greater Manchester" if boundaries.bundled else None
            dataset = OrukDataset(
                assets,
                register.categories(),
                ward_district_names,
                region=region,
                tier=tier,
                people=people,
                links=related.links,
            )
            result.count = len(dataset.assets)
            result.problems = dataset.problems()
            for problem in result.problems:
                log.warning("Open Referral schema problem in %s: %s", path.name, problem)
            check()
            if fmt == "oruk-json":
                dataset.write_json(temp)
            else:
                _write_package_zip(dataset, temp)
            result.notes.append(
                tr(
                    "Open Referral carries public associations, institutions and spaces only; "
                    "individuals' gifts and skills are never included. Of the links, it carries "
                    '"meets at", "funds" and "runs"; it has no place for stories or photos.'
                )
            )
        if fmt in ("csv", "geojson"):
            side = _write_side_files(related, names, assets, path, fmt)
            stories_file, links_file = (p.name for p in side)
            result.notes.append(
                tr("Stories ({stories}) and links ({links}) are in {stories_file} and {links_file}.").format(
                    stories=len(related.stories),
                    links=len(related.links),
                    stories_file=stories_file,
                    links_file=links_file,
                )
            )
        check()
        replace_with(temp, path)
        for target, written in side.items():
            replace_with(written, target)
    except AssetMapError:
        discard(temp)
        for written in side.values():
            discard(written)
        raise
    except Exception as exc:
        discard(temp)
        for written in side.values():
            discard(written)
        log.exception("Export to %s failed", path)
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else f"{type(exc).__name__}: {exc}"
        raise ExportError(
            path,
            tr(
                "{file} could not be written ({detail}). Check the disk has space and the file is not "
                "open in another program, then try again."
            ).format(file=path.name, detail=detail),
        ) from None
    if progress:
        progress(total, total)
    log.info("Exported %d assets to %s (%s, tier %s)", result.count, path, fmt, tier)
    return result


def _write_side_files(
    related: connections.ConnectionRecords,
    names: dict[str, str],
    assets: Sequence[Asset],
    path: Path,
    fmt: str,
) -> dict[Path, Path]:
    """Write the stories and links files of a CSV or GeoJSON export under temporary names: target → temp."""
    targets = connections.side_paths(path, fmt)
    written: dict[Path, Path] = {}
    where = connections.locations(assets)
    try:
        # Tens of thousands of rows are made here, none of them cycles: the cyclic collector would walk
        # the whole heap again and again meanwhile, so it waits until they are written.
        with collector_paused():
            for what, target in targets.items():
                temp = temporary_beside(target)
                written[target] = temp
                if what == "stories":
                    rows, columns = connections.story_rows(related, names), connections.STORY_COLUMNS
                else:
                    rows, columns = connections.link_rows(related, names), connections.LINK_COLUMNS
                if fmt == "csv":
                    connections.write_csv(rows, columns, temp)
                elif what == "stories":
                    connections.write_stories_geojson(rows, where, temp)
                else:
                    connections.write_links_geojson(rows, where, temp)
    except BaseException:
        for temp in written.values():
            discard(temp)
        raise
    return written


def _write_package_zip(dataset: OrukDataset, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        dataset.write_package(Path(folder))
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for item in sorted(Path(folder).iterdir()):
                archive.write(item, item.name)
