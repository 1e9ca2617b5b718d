"""Register writes for importing many records at once: checked column by column, written in one transaction.

:func:`clean_columns` is the bulk twin of :func:`assetmap.register.validation.clean_fields`: it checks
whole columns with numpy and pandas, and hands only the rows that might fail to ``clean_fields``
itself, so a row is accepted or refused (with the same message) exactly as the form would.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from sqlalchemy import Connection, Engine, insert, select, update

from assetmap.errors import AssetMapError, AssetNotFoundError, ValidationError
from assetmap.geo.postcodes import normalise_postcode
from assetmap.register.connection import write_unit
from assetmap.register.records import ASSET_COLUMNS, EDITABLE_FIELDS, Asset, Change
from assetmap.register.schema import COSTS, STATUSES, VISIBILITIES, AssetHistoryRow, AssetRow
from assetmap.register.validation import _EMAIL, _TEXT_LIMIT, clean_fields

if TYPE_CHECKING:
    from assetmap.geo.wards import WardIndex

_ASSETS = AssetRow.__table__
_HISTORY = AssetHistoryRow.__table__
_INSERT_COLUMNS = tuple(c for c in ASSET_COLUMNS if c != "removed_at")
_INSERT_SQL = (
    f"INSERT INTO assets ({', '.join(_INSERT_COLUMNS)}) VALUES ({', '.join('?' * len(_INSERT_COLUMNS))})"
)
# SQLAlchemy's own text form of SQLite DATETIME values, so rows written here read back like any other.
_DATETIME = "%Y-%m-%d %H:%M:%S.%f"
_TEXT_FIELDS = (
    "subcategory",
    "description",
    "address",
    "contact_name",
    "contact_phone",
    "website",
    "opening_times",
    "audience",
    "accessibility",
    "recorded_by",
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Columns = dict[str, np.ndarray]


class ImportCancelledError(AssetMapError):
    """The person cancelled an import; the register is exactly as it was before."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled. Nothing was added to or changed in the register.")


def _objects(values: Sequence[object] | np.ndarray, n: int) -> np.ndarray:
    out = np.empty(n, dtype=object)
    out[:] = list(values)
    return out


def _text_column(values: np.ndarray, suspect: np.ndarray) -> np.ndarray:
    """Stripped text, ``None`` for empty; marks non-text, NUL and over-long cells as suspect."""
    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        if value is None:
            out[i] = None
        elif type(value) is str:
            text = value.strip()
            if "\x00" in text or len(text) > _TEXT_LIMIT:
                suspect[i] = True
            out[i] = text or None
        else:
            suspect[i] = True
    return out


def _postcodes(values: np.ndarray, suspect: np.ndarray) -> np.ndarray:
    normal = {v: normalise_postcode(v) for v in set(values.tolist()) if v is not None}
    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        out[i] = None if value is None else normal[value]
        if value is not None and out[i] is None:
            suspect[i] = True
    return out


def _split_tags(value: object) -> tuple[tuple[str, ...], bool]:
    """A cell's tags, and whether ``clean_fields`` must look at it (not text, NUL, over-long)."""
    if type(value) is str:
        parts: object = value.split(",")
    elif isinstance(value, (list, tuple)) and all(type(t) is str for t in value):
        parts = value
    else:
        return (), True
    tags = tuple(dict.fromkeys(t for t in (p.strip() for p in parts) if t))  # type: ignore[attr-defined]
    return tags, any("\x00" in t or len(t) > _TEXT_LIMIT for t in tags)


def _tags(values: np.ndarray, suspect: np.ndarray) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    seen: dict[str, tuple[tuple[str, ...], bool]] = {}
    for i, value in enumerate(values):
        if value is None:
            out[i] = ()
            continue
        if type(value) is str:
            found = seen.get(value)
            if found is None:
                found = seen[value] = _split_tags(value)
        else:
            found = _split_tags(value)
        out[i], bad = found
        if bad:
            suspect[i] = True
    return out


def clean_columns(
    columns: Mapping[str, Sequence[object] | np.ndarray], category_codes: Sequence[str]
) -> tuple[Columns, dict[int, ValidationError]]:
    """Check and normalise many records given as columns, as ``clean_fields(..., creating=True)`` would.

    Parameters
    ----------
    columns
        Field name to one value per record: text (or ``None``) for text fields, numbers (NaN or
        ``None`` for none) for ``lon`` and ``lat``, text or lists for ``tags``.
    category_codes
        The register's category codes.

    Returns
    -------
    clean, errors
        Every editable field as a column of clean values (``lon``/``lat`` as floats, NaN for none;
        ``tags`` as tuples; ``review_due`` as ISO text), and the ``ValidationError`` of each record
        that cannot be accepted, by position.
    """
    unknown = sorted(set(columns) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValidationError(unknown[0], f"{unknown[0]!r} is not a field of an asset.")
    n = len(next(iter(columns.values()))) if columns else 0
    suspect = np.zeros(n, dtype=bool)
    given = {name: _objects(values, n) for name, values in columns.items() if name not in ("lon", "lat")}
    none = np.full(n, None, dtype=object)
    clean: Columns = {}
    clean["name"] = _text_column(given.get("name", none), suspect)
    suspect |= pd.isna(clean["name"])
    category = given.get("category", none)
    suspect |= ~pd.Series(category).isin(list(category_codes)).to_numpy()
    clean["category"] = category
    for name in (*_TEXT_FIELDS, "contact_email", "postcode", "cost", "visibility", "status", "review_due"):
        clean[name] = _text_column(given[name], suspect) if name in given else none.copy()
    email = clean["contact_email"]
    for i in np.flatnonzero(~pd.isna(email)).tolist():
        if not _EMAIL.match(email[i]):
            suspect[i] = True
    clean["postcode"] = _postcodes(clean["postcode"], suspect)
    for name in ("lon", "lat"):
        values = columns.get(name)
        if values is None:
            clean[name] = np.full(n, np.nan)
        elif isinstance(values, np.ndarray) and values.dtype.kind == "f":
            clean[name] = values.astype(float, copy=True)
            suspect |= np.isinf(values)
        else:
            raw = _objects(values, n)
            clean[name] = pd.to_numeric(pd.Series(raw), errors="coerce").to_numpy(dtype=float)
            suspect |= ~pd.isna(raw) & np.isnan(clean[name]) & (raw != "")
    lon, lat = clean["lon"], clean["lat"]
    suspect |= np.isnan(lon) != np.isnan(lat)
    suspect |= ~np.isnan(lon) & ~((np.abs(lon) <= 180) & (np.abs(lat) <= 90))
    clean["tags"] = _tags(given.get("tags", none), suspect)
    suspect |= ~pd.Series(clean["cost"]).isin([*COSTS, None]).to_numpy()
    for name, allowed, default in (("visibility", VISIBILITIES, "public"), ("status", STATUSES, "active")):
        values = clean[name]
        values[pd.isna(values)] = default
        suspect |= ~pd.Series(values).isin(list(allowed)).to_numpy()
    dates = clean["review_due"]
    for i in np.flatnonzero(~pd.isna(dates)).tolist():
        try:
            if not _ISO_DATE.match(dates[i]):
                raise ValueError
            dt.date.fromisoformat(dates[i])
        except ValueError:
            suspect[i] = True
    errors: dict[int, ValidationError] = {}
    for position in np.flatnonzero(suspect).tolist():
        # An empty cell means "not given", as in a form: defaults apply.
        record = {name: _plain(values[position]) for name, values in columns.items()}
        record = {name: value for name, value in record.items() if value is not None and value != ""}
        try:
            values = clean_fields(record, category_codes, creating=True)
        except ValidationError as exc:
            errors[position] = exc
            continue
        for name in EDITABLE_FIELDS:
            value = values.get(name)
            if name in ("lon", "lat"):
                clean[name][position] = np.nan if value is None else value
            elif name == "review_due":
                clean[name][position] = value.isoformat() if value else None  # type: ignore[attr-defined]
            elif name == "tags":
                clean[name][position] = tuple(value or ())  # type: ignore[arg-type]
            else:
                clean[name][position] = value
    return clean, errors


def _plain(value: object) -> object:
    if isinstance(value, float) and np.isnan(value):
        return None
    if isinstance(value, np.floating):
        return float(value)
    return value


def _new_ids(n: int) -> list[str]:
    """``n`` random (version 4) UUIDs as text, made in one go."""
    data = bytearray(os.urandom(16 * n))
    data[6::16] = bytes((b & 0x0F) | 0x40 for b in data[6::16])
    data[8::16] = bytes((b & 0x3F) | 0x80 for b in data[8::16])
    h = data.hex()
    return [
        f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-{h[i + 12 : i + 16]}-{h[i + 16 : i + 20]}-{h[i + 20 : i + 32]}"
        for i in range(0, 32 * n, 32)
    ]


def records_to_columns(records: Sequence[Mapping[str, object]]) -> tuple[Columns, list[object]]:
    """Records (dicts) as columns, and their ids (``None`` where a record has none)."""
    names = sorted({k for r in records for k in r if k != "id"})
    columns = {name: _objects([r.get(name) for r in records], len(records)) for name in names}
    return columns, [r.get("id") for r in records]


class ImportWrites:
    """Import methods of :class:`assetmap.register.Register` (mixed in; uses its engine)."""

    _engine: Engine

    if TYPE_CHECKING:

        @property
        def ward_index(self) -> WardIndex: ...

        def category_codes(self) -> tuple[str, ...]: ...

        def _new_asset_history(
            self, rows: Sequence[Mapping[str, object]], now: dt.datetime
        ) -> list[dict]: ...

        def _record_write(
            self, conn: Connection, before: Asset | None, after: Asset, operation: str, now: dt.datetime
        ) -> None: ...

        @staticmethod
        def _get(conn: Connection, asset_id: str) -> Asset: ...

    def import_records(
        self,
        new_records: Sequence[Mapping[str, object]],
        updates: Sequence[tuple[str, Mapping[str, object]]] = (),
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Change:
        """Add ``new_records`` (dicts of fields, each optionally with an ``id``) and apply ``updates``.

        The same as :meth:`import_columns`, for records given one by one.
        """
        columns, ids = records_to_columns(new_records)
        return self.import_columns(columns, updates, ids=ids, progress=progress, cancelled=cancelled)

    def import_columns(
        self,
        columns: Mapping[str, Sequence[object] | np.ndarray],
        updates: Sequence[tuple[str, Mapping[str, object]]] = (),
        *,
        ids: Sequence[object] | None = None,
        wards: Sequence[str | None] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        chunk: int = 10_000,
    ) -> Change:
        """Add the records given as ``columns`` and apply ``updates``, in one transaction.

        Parameters
        ----------
        columns
            Field name to one value per new record (see :func:`clean_columns`).
        updates
            ``(asset_id, fields)`` pairs: only the fields given change; the version goes up by one.
        ids
            An id per new record, or ``None`` (or a ``None`` entry) for a new random one.
        wards
            The ward code of each new record's location, when already found with this register's
            :attr:`ward_index` (the import preview does); found here otherwise.
        progress
            Called as ``progress(done, total)`` after each chunk of rows is written.
        cancelled
            Asked between chunks; when it returns true the transaction is rolled back.

        Returns
        -------
        Change
            The ids added and updated (without the assets themselves, which may be many).

        Raises
        ------
        ValidationError
            A record is not acceptable; its position and field are named, and nothing is written.
        ImportCancelledError
            ``cancelled()`` returned true; nothing is written.
        """
        codes = self.category_codes()
        clean, errors = clean_columns(columns, codes)
        if errors:
            position, exc = min(errors.items())
            raise ValidationError(exc.field, f"Record {position + 1}: {exc}")
        n = len(clean["name"])
        changes: list[tuple[str, dict[str, object]]] = []
        for asset_id, fields in updates:
            try:
                changes.append((asset_id, clean_fields(dict(fields), codes, creating=False)))
            except ValidationError as exc:
                raise ValidationError(exc.field, f"Update of {asset_id}: {exc}") from None
        fresh = _new_ids(n)
        if ids is not None:
            fresh = [str(given) if given else made for given, made in zip(ids, fresh, strict=True)]
        if wards is None or len(wards) != n:
            wards = self.ward_index.assign(clean["lon"], clean["lat"])
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        stamp = now.strftime(_DATETIME)
        lon = [None if v != v else v for v in clean["lon"].tolist()]
        lat = [None if v != v else v for v in clean["lat"].tolist()]
        as_json: dict[tuple[str, ...], str] = {}
        tags = [
            as_json[t] if t in as_json else as_json.setdefault(t, json.dumps(list(t))) for t in clean["tags"]
        ]
        values = {
            "id": fresh,
            "lon": lon,
            "lat": lat,
            "tags": tags,
            "ward_code": wards,
            "created_at": [stamp] * n,
            "updated_at": [stamp] * n,
            "version": [1] * n,
        }
        rows = list(zip(*(values[c] if c in values else clean[c] for c in _INSERT_COLUMNS), strict=True))
        # In key order, new rows append to the primary-key index instead of splitting its pages.
        rows.sort(key=lambda row: row[0])
        # Each new asset starts its history with one "add" state, as an asset added by hand does.
        content = {name: values[name] if name in values else clean[name] for name in EDITABLE_FIELDS}
        content["tags"] = clean["tags"]
        content["review_due"] = clean["review_due"]
        keys = (*EDITABLE_FIELDS, "id", "version", "removed_at")
        history = self._new_asset_history(
            [
                dict(zip(keys, row, strict=True))
                for row in zip(*content.values(), fresh, [1] * n, [None] * n, strict=True)
            ],
            now,
        )
        self._place(changes)
        total = n + len(changes)
        done = 0
        with write_unit(self._engine) as conn:
            cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            for start in range(0, n, chunk):
                _check(cancelled)
                part = rows[start : start + chunk]
                cursor.executemany(_INSERT_SQL, part)
                done += len(part)
                if progress:
                    progress(done, total)
            for start in range(0, len(history), chunk):
                _check(cancelled)
                conn.execute(insert(_HISTORY), history[start : start + chunk])
            for asset_id, fields in changes:
                _check(cancelled)
                before = self._get(conn, asset_id)
                self._apply_update(conn, asset_id, fields, now)
                self._record_write(conn, before, self._get(conn, asset_id), "update", now)
                done += 1
                if progress and (done % 500 == 0 or done == total):
                    progress(done, total)
            _check(cancelled)
        return Change(added=tuple(fresh), updated=tuple(a for a, _v in changes))

    def _place(self, changes: list[tuple[str, dict[str, object]]]) -> None:
        moved = [fields for _id, fields in changes if "lon" in fields]
        if not moved:
            return
        lons = np.array([np.nan if f.get("lon") is None else f["lon"] for f in moved], dtype=float)
        lats = np.array([np.nan if f.get("lat") is None else f["lat"] for f in moved], dtype=float)
        for fields, ward in zip(moved, self.ward_index.assign(lons, lats), strict=True):
            fields["ward_code"] = ward

    @staticmethod
    def _apply_update(conn: Connection, asset_id: str, values: dict[str, object], now: dt.datetime) -> None:
        version = conn.execute(select(_ASSETS.c.version).where(_ASSETS.c.id == asset_id)).scalar()
        if version is None:
            raise AssetNotFoundError(asset_id)
        if "tags" in values:
            values["tags"] = list(values["tags"])  # type: ignore[call-overload]
        conn.execute(
            update(_ASSETS)
            .where(_ASSETS.c.id == asset_id)
            .values(**values, updated_at=now, version=version + 1)
        )


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelledError()
