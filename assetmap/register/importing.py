"""Register writes for importing many records at once: checked column by column, written in one transaction.

:func:`clean_columns` is the bulk twin of :func:`assetmap.register.validation.clean_fields`: it checks
whole columns with numpy and pandas, and hands only the rows that might fail to ``clean_fields``
itself, so a row is accepted or refused (with the same message) exactly as the form would.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from sqlalchemy import Connection, Engine, literal_column, select, update

from assetmap.errors import AssetMapError, AssetNotFoundError, ValidationError, quoted
from assetmap.geo.postcodes import normalise_postcode
from assetmap.messages import tr
from assetmap.register import audit
from assetmap.register.connection import driver_of, driver_sql, write_unit
from assetmap.register.links import is_web_address
from assetmap.register.records import (
    ASSET_COLUMNS,
    EDITABLE_FIELDS,
    TEXT_FIELDS,
    Asset,
    Change,
    asset_from_row,
    tag_list,
    utc_now,
)
from assetmap.register.schema import COSTS, STATUSES, VISIBILITIES, AssetRow
from assetmap.register.validation import _EMAIL, _TEXT_LIMIT, ISO_DATE, clean_fields

if TYPE_CHECKING:
    from assetmap.geo.wards import WardIndex

_ASSETS = AssetRow.__table__
_INSERT_COLUMNS = tuple(c for c in ASSET_COLUMNS if c != "removed_at")
# SQLAlchemy's own text form of SQLite DATETIME values, so rows written here read back like any other.
_DATETIME = "%Y-%m-%d %H:%M:%S.%f"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
# Given the assets added to the register since the import was checked, the positions of the new records
# that duplicate one of them.
DuplicateCheck = Callable[[Sequence[Asset]], Iterable[int]]
Columns = dict[str, np.ndarray]

_MADE_BY_CLEAN_COLUMNS = object()


class CleanColumns(Mapping[str, np.ndarray]):
    """Columns as :func:`clean_columns` checked and normalised them, read-only, with the refused records.

    Only ``clean_columns`` makes these (and :meth:`take` narrows them), so the register can write
    them without checking them again (:meth:`ImportWrites.import_columns`): the checks stay in
    ``clean_columns`` and ``clean_fields`` alone. The arrays cannot be written to, and ``codes``
    records the category codes they were checked against.
    """

    __slots__ = ("_columns", "codes", "errors")

    def __init__(
        self,
        columns: Mapping[str, np.ndarray],
        errors: Mapping[int, ValidationError],
        codes: Sequence[str],
        *,
        _made_by: object = None,
    ) -> None:
        if _made_by is not _MADE_BY_CLEAN_COLUMNS:
            raise TypeError("CleanColumns come from clean_columns() only; pass plain columns to be checked.")
        self._columns: dict[str, np.ndarray] = {}
        for name, values in columns.items():
            values.flags.writeable = False
            self._columns[name] = values
        self.errors: dict[int, ValidationError] = dict(errors)
        self.codes: tuple[str, ...] = tuple(codes)

    @classmethod
    def empty(cls) -> CleanColumns:
        """No columns: what a preview holds until its rows are checked."""
        return cls({}, {}, (), _made_by=_MADE_BY_CLEAN_COLUMNS)

    def __getitem__(self, name: str) -> np.ndarray:
        return self._columns[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)

    @property
    def rows(self) -> int:
        return len(self._columns["name"])

    def take(self, positions: Sequence[int] | np.ndarray) -> CleanColumns:
        """The records at ``positions`` (in that order), still checked; refusals keep their new position."""
        positions = np.asarray(positions, dtype=np.intp)
        errors = {new: self.errors[old] for new, old in enumerate(positions.tolist()) if old in self.errors}
        return CleanColumns(
            {name: values[positions] for name, values in self._columns.items()},
            errors,
            self.codes,
            _made_by=_MADE_BY_CLEAN_COLUMNS,
        )


class ImportCancelledError(AssetMapError):
    """The person cancelled an import; the register is exactly as it was before."""

    def __init__(self) -> None:
        super().__init__(tr("The import was cancelled. Nothing was added to or changed in the register."))


def _objects(values: Sequence[object] | np.ndarray, n: int) -> np.ndarray:
    out = np.empty(n, dtype=object)
    out[:] = list(values)
    return out


def _text_column(values: np.ndarray, suspect: np.ndarray) -> np.ndarray:
    """Stripped text, ``None`` for empty; marks non-text, NUL and over-long cells as suspect."""
    cells = values.tolist()
    texts = [v.strip() if type(v) is str else v for v in cells]
    out = np.empty(len(values), dtype=object)
    out[:] = [t or None if type(t) is str else None for t in texts]
    # Whole-column tests first: most columns are all text, none long, none with a NUL.
    if not all(type(t) is str or t is None for t in texts):
        suspect |= np.array([not (type(t) is str or t is None) for t in texts], dtype=bool)
    strings = [t for t in texts if type(t) is str]
    if strings and (max(map(len, strings)) > _TEXT_LIMIT or any("\x00" in t for t in strings)):
        suspect |= np.array(
            [type(t) is str and ("\x00" in t or len(t) > _TEXT_LIMIT) for t in texts], dtype=bool
        )
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
        parts: Sequence[str] = value.split(",")
    elif isinstance(value, (list, tuple)) and all(type(t) is str for t in value):
        parts = value
    else:
        return (), True
    tags = tuple(dict.fromkeys(t for t in (p.strip() for p in parts) if t))
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
) -> tuple[CleanColumns, dict[int, ValidationError]]:
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
        Every editable field as a read-only column of clean values (``lon``/``lat`` as floats, NaN
        for none; ``tags`` as tuples; ``review_due`` as ISO text), and the ``ValidationError`` of
        each record that cannot be accepted, by position (also ``clean.errors``). A refused record's
        values in ``clean`` are not clean.
    """
    unknown = sorted(set(columns) - set(EDITABLE_FIELDS))
    if unknown:
        raise ValidationError(
            unknown[0], tr("{field} is not a field of an asset.").format(field=quoted(unknown[0]))
        )
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
    for name in (*TEXT_FIELDS, "contact_email", "postcode", "cost", "visibility", "status", "review_due"):
        clean[name] = _text_column(given[name], suspect) if name in given else none.copy()
    email = clean["contact_email"]
    for i in np.flatnonzero(~pd.isna(email)).tolist():
        if not _EMAIL.match(email[i]):
            suspect[i] = True
    website = clean["website"]
    for i in np.flatnonzero(~pd.isna(website)).tolist():
        if not is_web_address(website[i]):
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
            if not ISO_DATE.match(dates[i]):
                raise ValueError
            dt.date.fromisoformat(dates[i])
        except ValueError:
            suspect[i] = True
    errors: dict[int, ValidationError] = {}
    for position in np.flatnonzero(suspect).tolist():
        # An empty cell means "not given", as in a form: defaults apply.
        record = {name: plain_value(values[position]) for name, values in columns.items()}
        record = {name: value for name, value in record.items() if value is not None and value != ""}
        try:
            cleaned = clean_fields(record, category_codes, creating=True)
        except ValidationError as exc:
            errors[position] = exc
            continue
        for name in EDITABLE_FIELDS:
            value = cleaned.get(name)
            if name in ("lon", "lat"):
                clean[name][position] = np.nan if value is None else value
            elif name == "review_due":
                clean[name][position] = value.isoformat() if isinstance(value, dt.date) else None
            elif name == "tags":
                clean[name][position] = tuple(tag_list(value))
            else:
                clean[name][position] = value
    checked = CleanColumns(clean, errors, category_codes, _made_by=_MADE_BY_CLEAN_COLUMNS)
    return checked, checked.errors


def plain_value(value: object) -> object:
    """A cell as the per-record checks take it: ``None`` for NaN, a Python float for a NumPy one."""
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


def _insert_rows(
    clean: CleanColumns, ids: list[str], wards: Sequence[str | None] | np.ndarray, now: dt.datetime
) -> tuple[str, list[tuple[object, ...]]]:
    """The INSERT statement and its rows for checked columns.

    Columns empty on every row are left out (they stay NULL); the times and the version, the same
    on every row, are written into the statement once rather than bound on each row.
    """
    stamp = now.strftime(_DATETIME)
    values: dict[str, Sequence[object]] = {"id": ids, "ward_code": list(wards)}
    for name in ("lon", "lat"):
        numbers = clean[name]
        missing = np.isnan(numbers)
        if missing.all():
            continue
        listed = numbers.tolist()
        if missing.any():
            listed = [None if v != v else v for v in listed]
        values[name] = listed
    # Records with the same tags cell share one tuple (see _tags): encode each tuple once, by identity
    # (the column holds every tuple alive meanwhile), without hashing its text on every row.
    as_json: dict[int, str] = {}
    values["tags"] = [
        as_json.get(id(t)) or as_json.setdefault(id(t), json.dumps(list(t))) for t in clean["tags"].tolist()
    ]
    for name in _INSERT_COLUMNS:
        if name in values or name in ("lon", "lat", "created_at", "updated_at", "version"):
            continue
        column = clean.get(name)
        if column is not None and not pd.isna(column).all():
            values[name] = column.tolist()
    names = [name for name in _INSERT_COLUMNS if name in values]
    sql = (
        f"INSERT INTO assets ({', '.join(names)}, created_at, updated_at, version) "
        f"VALUES ({', '.join('?' * len(names))}, '{stamp}', '{stamp}', 1)"
    )
    return sql, list(zip(*(values[name] for name in names), strict=True))


def records_to_columns(records: Sequence[Mapping[str, object]]) -> tuple[Columns, list[object]]:
    """Records (dicts) as columns, and their ids (``None`` where a record has none)."""
    names = sorted({k for r in records for k in r if k != "id"})
    columns = {name: _objects([r.get(name) for r in records], len(records)) for name in names}
    return columns, [r.get("id") for r in records]


class ImportWrites:
    """Import methods of :class:`assetmap.register.Register` (mixed in; uses its engine)."""

    _engine: Engine
    user: str

    if TYPE_CHECKING:

        @property
        def ward_index(self) -> WardIndex: ...

        def category_codes(self) -> tuple[str, ...]: ...

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
        wards: Sequence[str | None] | np.ndarray | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        chunk: int = 10_000,
        checked_at: int | None = None,
        duplicates: DuplicateCheck | None = None,
    ) -> Change:
        """Add the records given as ``columns`` and apply ``updates``, in one transaction.

        Parameters
        ----------
        columns
            Field name to one value per new record (see :func:`clean_columns`), checked here; or
            :class:`CleanColumns` that ``clean_columns`` already checked against this register's
            categories (the import preview's), which are written as they are.
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
        checked_at, duplicates
            The register's :meth:`mark` when the records were checked for duplicates, and the check
            itself. Inside the write transaction, assets added since then are read and the records
            ``duplicates`` finds among them (and any whose id is one of theirs) are left out, so two
            imports of one file at once cannot both add it.

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
        if isinstance(columns, CleanColumns) and columns.codes == codes:
            # Checked by clean_columns against these very categories (the import preview does).
            clean, errors = columns, columns.errors
        else:
            clean, errors = clean_columns(columns, codes)
        if errors:
            position, exc = min(errors.items())
            raise ValidationError(
                exc.field, tr("Record {position}: {problem}").format(position=position + 1, problem=exc)
            )
        n = clean.rows
        changes: list[tuple[str, dict[str, object]]] = []
        for asset_id, fields in updates:
            try:
                changes.append((asset_id, clean_fields(dict(fields), codes, creating=False)))
            except ValidationError as exc:
                raise ValidationError(
                    exc.field, tr("Update of {asset_id}: {problem}").format(asset_id=asset_id, problem=exc)
                ) from None
        fresh = _new_ids(n)
        given_ids = ids is not None and any(ids)
        if ids is not None and given_ids:
            fresh = [str(given) if given else made for given, made in zip(ids, fresh, strict=True)]
        else:
            # Random ids handed out in sorted order: the rows go in in key order (see below).
            fresh.sort()
        if wards is None or len(wards) != n:
            wards = self.ward_index.assign(clean["lon"], clean["lat"])
        now = utc_now()
        sql, rows = _insert_rows(clean, fresh, wards, now)
        # No history rows here: an asset with none is in its first state, whose "add" entry is
        # written by its next write or before the next bundle (assetmap.register.merging).
        self._place(changes)
        with write_unit(self._engine) as conn:
            if checked_at is not None:
                drop = self._duplicates_since(conn, checked_at, duplicates, fresh if given_ids else None)
                if drop:
                    rows = [row for position, row in enumerate(rows) if position not in drop]
                    fresh = [made for position, made in enumerate(fresh) if position not in drop]
            if given_ids:
                # In key order, new rows append to the primary-key index instead of splitting its pages.
                rows.sort(key=itemgetter(0))
            total = len(rows) + len(changes)
            done = 0
            cursor = driver_of(conn).cursor()
            for start in range(0, len(rows), chunk):
                _check(cancelled)
                part = rows[start : start + chunk]
                cursor.executemany(driver_sql(conn, sql), part)
                done += len(part)
                if progress:
                    progress(done, total)
            for asset_id, fields in changes:
                _check(cancelled)
                before = self._get(conn, asset_id)
                self._apply_update(conn, asset_id, fields, now)
                self._record_write(conn, before, self._get(conn, asset_id), "update", now)
                done += 1
                if progress and (done % 500 == 0 or done == total):
                    progress(done, total)
            _check(cancelled)
            audit.append(conn, self.user, "import", "asset", fresh, now)
        return Change(added=tuple(fresh), updated=tuple(a for a, _v in changes))

    def mark(self) -> int:
        """A mark of the register's assets as they are now; assets added later come after it."""
        with self._engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM assets").scalar_one())

    def _duplicates_since(
        self, conn: Connection, mark: int, duplicates: DuplicateCheck | None, ids: Sequence[str] | None
    ) -> set[int]:
        """Positions of new records that repeat an asset added after ``mark`` (read in this transaction)."""
        query = select(*(_ASSETS.c[name] for name in ASSET_COLUMNS)).where(literal_column("rowid") > mark)
        added = [asset_from_row(row) for row in conn.execute(query)]
        if not added:
            return set()
        drop = set(duplicates(added)) if duplicates is not None else set()
        if ids is not None:
            taken = {asset.id for asset in added}
            drop.update(position for position, asset_id in enumerate(ids) if asset_id in taken)
        return drop

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
            values["tags"] = tag_list(values["tags"])
        conn.execute(
            update(_ASSETS)
            .where(_ASSETS.c.id == asset_id)
            .values(**values, updated_at=now, version=version + 1)
        )


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelledError()
