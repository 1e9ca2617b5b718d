"""The demo register: 4,211 real Greater Manchester community assets placed in the ABCD categories."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from assetmap import paths
from assetmap.errors import DataFileError, RegisterError
from assetmap.io.preview import unnamed_name
from assetmap.messages import tr
from assetmap.register import Register


@dataclass(frozen=True)
class Placement:
    """Where one source category goes in the ABCD map, and why."""

    source_category: str
    category: str
    subcategory: str
    why: str


# One row per source category of gm_community_assets.csv. ABCD maps what a community has, so each
# source record is placed by the asset it stands for, not by the kind of building it was found in.
PLACEMENTS: tuple[Placement, ...] = (
    Placement("library", "institutions", "Library", "A council-run or commissioned public service."),
    Placement(
        "community_venue",
        "physical_spaces",
        "Community venue",
        "Polling-station venues: community centres, church halls and schools that residents can book.",
    ),
    Placement(
        "place_of_worship",
        "associations",
        "Faith group",
        "ABCD counts the congregation, a group of people who act together, more than the building.",
    ),
    Placement(
        "green_space",
        "physical_spaces",
        "Green space",
        "Parks, play spaces and playing fields open to residents.",
    ),
    Placement("allotment", "physical_spaces", "Allotment", "Land residents grow on together."),
    Placement("pharmacy", "institutions", "Health", "An NHS-contracted health service."),
    Placement(
        "post_office",
        "institutions",
        "Post office",
        "A counter for public services (benefits, pensions, ID, bill payments, cash for local traders);"
        " the shop some branches sit in is local economy, but the map is of the service.",
    ),
    Placement(
        "sports_facility",
        "physical_spaces",
        "Sports facility",
        "Pitches, halls and pools; the clubs that use them would be associations.",
    ),
)

RECORDED_BY = "Demo data"
DEMO_TAG = "demo"

_PLACEMENT_BY_SOURCE = {p.source_category: p for p in PLACEMENTS}
_ASSET_FIELDS = [
    "asset_id",
    "name",
    "category",
    "subcategory",
    "address",
    "postcode",
    "lat",
    "lon",
    "ward_name",
    "lad_name",
    "source_key",
    "source_id",
]
_SOURCE_FIELDS = ["source_key", "source_dataset", "attribution"]
# Stable ids: the same demo asset has the same id in every demo register.
_ID_NAMESPACE = uuid.UUID("5d0c7a52-4a43-4f3e-9c1e-2b8f6a0d9e11")

log = logging.getLogger(__name__)


def demo_assets_file() -> Path:
    return paths.reference_data_dir() / "demo" / "gm_community_assets.csv"


def demo_sources_file() -> Path:
    return paths.reference_data_dir() / "demo" / "gm_community_assets_sources.csv"


def _read_csv(path: Path, columns: list[str]) -> pd.DataFrame:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(
            path, tr("The demo data file {path} is missing. Reinstall AssetMap.").format(path=path)
        ) from None
    except (OSError, ValueError, pd.errors.ParserError) as exc:
        message = tr("The demo data file {path} cannot be read ({detail}). Reinstall AssetMap.").format(
            path=path, detail=exc
        )
        raise DataFileError(path, message) from exc
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        message = tr("The demo data file {path} has no column {column}. Reinstall AssetMap.").format(
            path=path, column=repr(missing[0])
        )
        raise DataFileError(path, message)
    return frame[columns]


def demo_asset_id(source_asset_id: str) -> str:
    """The register id of a demo asset, the same in every demo register (``A00001`` → a UUID)."""
    return str(uuid.uuid5(_ID_NAMESPACE, source_asset_id))


def _unnamed_name(row: dict[str, str]) -> str:
    # Named as an import names a feature that has none, so the demo and imported lists read alike.
    ward = f"{row['ward_name']}, {row['lad_name']}"
    return unnamed_name(row["category"], address=row["address"] or None, ward=ward)


def demo_records(assets: pd.DataFrame, sources: pd.DataFrame) -> list[dict[str, object]]:
    """The asset records of the demo register, ready for :meth:`Register.add_assets`.

    Raises ``DataFileError`` for a source category with no row in :data:`PLACEMENTS`.
    """
    source_text = {
        row["source_key"]: f"Source: {row['source_dataset']}. {row['attribution']}"
        for row in sources.to_dict("records")
    }
    records: list[dict[str, object]] = []
    for row in assets.to_dict("records"):
        placement = _PLACEMENT_BY_SOURCE.get(row["category"])
        if placement is None:
            raise DataFileError(
                demo_assets_file(),
                tr(
                    "The demo data file {path} has assets of category {category}, "
                    "which the demo does not know how to place. Reinstall AssetMap."
                ).format(path=demo_assets_file(), category=repr(row["category"])),
            )
        source_id = f" (source id {row['source_id']})" if row["source_id"] else ""
        description = (
            f"Demo record {row['asset_id']}{source_id}, listed as {row['subcategory']}. "
            f"{source_text.get(row['source_key'], 'Source: ' + row['source_key'])}"
        )
        records.append(
            {
                "id": demo_asset_id(row["asset_id"]),
                "name": row["name"] or _unnamed_name(row),
                "category": placement.category,
                "subcategory": placement.subcategory,
                "tags": (DEMO_TAG, row["source_key"]),
                "description": description,
                "address": row["address"] or None,
                "postcode": row["postcode"] or None,
                "lon": float(row["lon"]),
                "lat": float(row["lat"]),
                "visibility": "public",
                "status": "active",
                "recorded_by": RECORDED_BY,
            }
        )
    return records


def build_demo_register(path: Path, *, progress: Callable[[int, int], None] | None = None) -> Register:
    """Build a new register at ``path`` holding the bundled Greater Manchester demo assets.

    Parameters
    ----------
    path
        Where to create the register. It must not exist yet (an empty file is allowed).
    progress
        Called as ``progress(done, total)`` with the number of assets written so far:
        ``(0, total)`` once the data is read, ``(total, total)`` once it is committed.

    Returns
    -------
    Register
        The new register, open; the caller closes it.

    Raises
    ------
    RegisterError
        (an ``AssetMapError``) ``path`` already holds a register or other file (nothing is overwritten).
    DataFileError
        The bundled demo file is missing or unreadable.
    """
    path = Path(path).expanduser()
    if path.exists() and path.stat().st_size > 0:
        raise RegisterError(
            path,
            tr(
                "{path} already exists. The demo register is only built into a new file; "
                "choose another name or move that file away first."
            ).format(path=path),
        )
    assets = _read_csv(demo_assets_file(), _ASSET_FIELDS)
    sources = _read_csv(demo_sources_file(), _SOURCE_FIELDS)
    try:
        records = demo_records(assets, sources)
    except (KeyError, ValueError) as exc:
        message = tr("The demo data file {path} has a bad value ({detail}). Reinstall AssetMap.").format(
            path=demo_assets_file(), detail=exc
        )
        raise DataFileError(demo_assets_file(), message) from exc
    total = len(records)
    if progress:
        progress(0, total)
    register = Register.open(path)
    try:
        register.add_assets(records)
    except Exception:
        # The file is ours and holds nothing of anyone's: take it away so the next try starts clean.
        register.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    if progress:
        progress(total, total)
    log.info("Built the demo register %s with %d assets", path, total)
    return register
