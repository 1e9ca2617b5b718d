"""The register: the only door to the database. Each public write is one transaction."""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

import numpy as np
from sqlalchemy import Connection, Dialect, Engine, delete, insert, select
from sqlalchemy.exc import OperationalError

from assetmap.errors import (
    AssetNotFoundError,
    DamagedRegisterError,
    NotARegisterError,
    PassphraseNeededError,
    ServerError,
    SharedLocationError,
    ValidationError,
)
from assetmap.geo.boundaries import Boundaries
from assetmap.geo.wards import WardIndex
from assetmap.messages import tr
from assetmap.register import audit, migrate
from assetmap.register.backup import backups_of
from assetmap.register.categories import ABCD_CATEGORIES, PERSONAL_CATEGORY
from assetmap.register.concurrency import expect_version, expected_for, lock_row, update_if_unchanged
from assetmap.register.connection import (
    DATABASE_ERRORS,
    OPERATIONAL_ERRORS,
    CipherKey,
    check_key,
    derive_key,
    driver_of,
    is_encrypted,
    is_server_location,
    key_for_file,
    peek_connection,
    raw_connection,
    shared_location_reason,
    sqlite_engine,
    unwritable,
    write_unit,
)
from assetmap.register.connection_merging import ConnectionMerges
from assetmap.register.connections import ConnectionWrites, forget_connections
from assetmap.register.importing import ImportWrites
from assetmap.register.merging import MergeWrites
from assetmap.register.offline import OfflineCopies
from assetmap.register.people import PeopleWrites
from assetmap.register.photo_store import PhotoWrites
from assetmap.register.records import (
    ASSET_COLUMNS,
    Asset,
    Category,
    Change,
    asset_from_row,
    collector_paused,
    tag_list,
    utc_now,
)
from assetmap.register.refusals import use_login
from assetmap.register.schema import AssetHistoryRow, AssetRow, CategoryRow, SubcategoryRow
from assetmap.register.server import (
    UPGRADE_LOCK,
    location_of,
    server_engine,
    server_problem,
    server_url,
    short_name,
)
from assetmap.register.stories import StoryWrites
from assetmap.register.suggestions import SuggestionWrites
from assetmap.register.validation import clean_fields
from assetmap.register.views import SavedViews
from assetmap.register.wards import WardBoundaries

log = logging.getLogger(__name__)

_ASSETS = AssetRow.__table__
_CATEGORIES = CategoryRow.__table__
_SUBCATEGORIES = SubcategoryRow.__table__
_HISTORY = AssetHistoryRow.__table__
_SELECT_ASSETS = select(*(_ASSETS.c[name] for name in ASSET_COLUMNS))
_TAGS = ASSET_COLUMNS.index("tags")


# -- reading many assets at once ------------------------------------------------------------------
#
# ``assets()`` reads every row; at 50,000 assets SQLAlchemy's per-row result processing (the JSON of
# the tags, above all) cost several times the fetch itself. The bulk path below runs the same SELECT
# on the DBAPI cursor of the engine's connection and converts the columns itself: the timestamps and
# dates with SQLAlchemy's own converters for SQLite, the tags with one ``json.loads`` per distinct text.

_SELECT_ASSETS_SQL = "SELECT " + ", ".join(ASSET_COLUMNS) + " FROM assets"
_CONVERTED = ("created_at", "updated_at", "review_due", "removed_at")
_SETTERS = tuple(getattr(Asset, name).__set__ for name in ASSET_COLUMNS)
_NO_TAGS: tuple[str, ...] = ()
_MISSING = object()


@functools.cache
def _converters(dialect: Dialect) -> tuple[tuple[int, Callable[[object], object]], ...]:
    """(column position, converter) for the date and time columns, as SQLAlchemy reads them."""
    found = []
    for name in _CONVERTED:
        column_type = _ASSETS.c[name].type
        processor = column_type.dialect_impl(dialect).result_processor(dialect, None)
        if processor is not None:
            found.append((ASSET_COLUMNS.index(name), processor))
    return tuple(found)


def _new_asset(values: Sequence[object]) -> Asset:
    # The same record ``Asset(*values)`` makes, without the frozen dataclass's per-field
    # ``object.__setattr__`` calls in ``__init__`` (Asset has no ``__post_init__``).
    asset = object.__new__(Asset)
    for setter, value in zip(_SETTERS, values, strict=True):
        setter(asset, value)
    return asset


def _read_assets(conn: Connection, clause: str) -> list[Asset]:
    """Assets from ``SELECT <columns> FROM assets <clause>`` (a fixed clause, never data)."""
    converters = _converters(conn.dialect)
    cursor = driver_of(conn).cursor()
    with collector_paused():
        try:
            rows = cursor.execute(f"{_SELECT_ASSETS_SQL} {clause}").fetchall()
        finally:
            cursor.close()
        # Tags and timestamps repeat (a bulk import stamps every row alike): each distinct text is read once.
        tags_seen: dict[object, tuple[str, ...]] = {None: _NO_TAGS, "[]": _NO_TAGS}
        values_seen: list[dict[object, object]] = [{None: None} for _ in converters]
        out: list[Asset] = []
        append = out.append
        for row in rows:
            values = list(row)
            text = values[_TAGS]
            # A server's driver hands JSON over decoded (a list, which cannot be a key); a file's as text.
            tags = tuple(text) if isinstance(text, list) else tags_seen.get(text)
            if tags is None:
                decoded = json.loads(text) if isinstance(text, (str, bytes)) else text
                tags = tags_seen[text] = tuple(decoded or ())
            values[_TAGS] = tags
            for (position, convert), seen in zip(converters, values_seen, strict=True):
                raw = values[position]
                value = seen.get(raw, _MISSING)
                if value is _MISSING:
                    value = seen[raw] = convert(raw)
                values[position] = value
            append(_new_asset(values))
    return out


# Tables every register has had since its first schema; a database with tables but not these is another
# program's.
_REGISTER_TABLES = {"alembic_version", "assets", "categories"}
_LOOK_AGAIN: tuple[type[Exception], ...] = (DamagedRegisterError, *DATABASE_ERRORS)
_OPENING_ERRORS: tuple[type[Exception], ...] = (OperationalError, *OPERATIONAL_ERRORS, OSError)


def check_register_file(path: Path, key: CipherKey | None = None) -> str | None:
    """Check an existing file before it is opened to write; return its schema revision.

    The file is only read, and nothing is left beside it. Raises ``NotARegisterError`` for another
    program's SQLite database and ``DamagedRegisterError`` for a file that fails SQLite's quick
    check (or is not SQLite at all). An empty file, or one without tables, is a new register.
    An encrypted register is read with ``key``; without one it cannot be looked into, and is left
    for :meth:`Register.open` to ask its passphrase (``None`` is returned).
    """
    if key is None and is_encrypted(path):
        return None
    try:
        try:
            return _inspect(path, peek_connection(path, key))
        except _LOOK_AGAIN:
            # Read without locks, a file that a window was writing that very moment can look
            # damaged: look again the ordinary way before saying so.
            return _inspect(path, raw_connection(path, read_only=True, key=key))
    except DATABASE_ERRORS as exc:
        # A read-only drive (with a writer's -wal file left there) is not damage: say what it is.
        raise unwritable(path, exc) or DamagedRegisterError(path, str(exc), _newest_backup(path)) from exc


def _inspect(path: Path, conn: sqlite3.Connection) -> str | None:
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and not tables >= _REGISTER_TABLES:
            raise NotARegisterError(path)
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            # SQLite's report is many lines of page numbers: for the log, not for the person.
            log.error("Integrity check of %s failed:\n%s", path, result)
            detail = tr("SQLite's integrity check found damaged pages")
            raise DamagedRegisterError(path, detail, _newest_backup(path))
        if "alembic_version" not in tables:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def key_to_open(path: Path, passphrase: str | None) -> CipherKey | None:
    """The key to open the register at ``path`` with: ``None`` for a plain one.

    An existing encrypted register needs a passphrase that opens it; a new file is made encrypted when
    one is given.
    """
    exists = path.exists() and path.stat().st_size > 0
    if exists and is_encrypted(path):
        if passphrase is None:
            raise PassphraseNeededError(path)
        key = key_for_file(path, passphrase)
        check_key(path, key)
        return key
    if not exists and passphrase is not None:
        return derive_key(passphrase)
    return None


def _raise_plainly(path: Path, exc: BaseException) -> NoReturn:
    """Raise a read-only or full disk as ``RegisterUnwritableError``, anything else as it was."""
    plain = unwritable(path, exc)
    if plain is None:
        raise exc
    raise plain from exc


def _newest_backup(path: Path) -> Path | None:
    found = backups_of(path)
    return found[0] if found else None


class Register(
    ImportWrites,
    MergeWrites,
    WardBoundaries,
    PeopleWrites,
    SavedViews,
    SuggestionWrites,
    ConnectionWrites,
    StoryWrites,
    PhotoWrites,
    ConnectionMerges,
    OfflineCopies,
):
    """A register of community assets in one SQLite file.

    Open it with :meth:`open`. Reads return frozen records; each write is one transaction
    (``BEGIN IMMEDIATE``) and returns a :class:`Change` naming what it did. Every write appends to
    the audit trail (:mod:`assetmap.register.audit`) in the same transaction, as ``user``.
    """

    # A team register's login's role on its server (assetmap.register.roles); None for a file.
    role: str | None = None

    def __init__(
        self,
        path: Path | None,
        engine: Engine,
        ward_index: WardIndex | None = None,
        user: str | None = None,
        key: CipherKey | None = None,
        *,
        location: str | None = None,
    ) -> None:
        self._path = path
        # Where the register is, as people are shown it: a file's path, or a server's URL without
        # its password (see assetmap.register.server).
        self.location = str(path) if location is None else location
        self.user = audit.clean_user(user)
        self._engine = engine
        self._key = key
        self._ward_index = ward_index
        self._boundaries: Boundaries | None = None
        self._category_codes: tuple[str, ...] | None = None
        self._register_id: str | None = None

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        accept_shared_location: bool = False,
        ward_index: WardIndex | None = None,
        backup: bool = True,
        user: str | None = None,
        passphrase: str | None = None,
    ) -> Register:
        """Open (creating if need be) the register at ``path``, upgrading its schema.

        Raises ``SharedLocationError`` for a network or synced folder unless accepted,
        ``DamagedRegisterError`` when the integrity check fails, ``NotARegisterError`` for another
        program's database and ``NewerRegisterError`` for a register from a newer AssetMap (both
        left untouched). ``backup=False`` skips the backup before an upgrade (for a throwaway copy).
        ``user`` is who the audit trail records for this session's writes (the OS account if not given).
        An encrypted register needs its ``passphrase``: without one ``PassphraseNeededError`` is raised,
        and ``WrongPassphraseError`` when it does not open the file. A new register is created encrypted
        when a passphrase is given; for an existing plain one the passphrase is not used.

        ``path`` may instead be a team register's server URL (``postgresql://USER@HOST:PORT/DATABASE``):
        its schema is made or upgraded there in one transaction, without a backup (the server's own
        are its administrators'), and a server that cannot be reached or refuses the login raises
        ``ServerError`` naming the server (never the password) and the role.
        """
        if is_server_location(path):
            if passphrase is not None:
                raise ValueError("a register on a server is not encrypted with a passphrase")
            return cls._open_server(str(path), ward_index=ward_index, user=user)
        given = Path(path).expanduser()
        path = given.resolve()
        # Both: resolving follows a link into a synced folder, but on POSIX it also turns a
        # UNC-style "//server/share" into a local-looking "/server/share".
        reason = shared_location_reason(given) or shared_location_reason(path)
        if reason and not accept_shared_location:
            raise SharedLocationError(path, reason)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _raise_plainly(path, exc)
        key = key_to_open(path, passphrase)
        if path.exists() and path.stat().st_size > 0:
            migrate.check_not_newer(path, check_register_file(path, key))
        engine = sqlite_engine(path, wal=reason is None, key=key)
        try:
            migrate.upgrade(path, engine, backup=backup, key=key)
            register = cls(path, engine, ward_index, user, key)
            register._seed_categories()
        except _OPENING_ERRORS as exc:
            engine.dispose()
            _raise_plainly(path, exc)
        except Exception:
            engine.dispose()
            raise
        return register

    @classmethod
    def _open_server(cls, location: str, *, ward_index: WardIndex | None, user: str | None) -> Register:
        """Open the register on a PostgreSQL server at ``location``, creating its schema if need be."""
        url = server_url(location)
        shown = location_of(url)
        engine = server_engine(url)
        try:
            migrate.upgrade_server(shown, engine)
            register = cls(None, engine, ward_index, user, location=shown)
            register.role = use_login(register)
            register._seed_categories()
        except Exception as exc:
            engine.dispose()
            plain = server_problem(shown, url.username, exc)
            if plain is not None:
                raise plain from exc
            raise
        return register

    @property
    def is_server(self) -> bool:
        """Whether this is a team register on a server, not a file."""
        return self._path is None

    @property
    def path(self) -> Path:
        """The register's file. A register on a server has none: ask :attr:`is_server` first."""
        if self._path is None:
            raise ServerError(
                self.location,
                tr(
                    "The team register {location} is on a server, not in a file: this works on "
                    "register files only."
                ).format(location=self.location),
            )
        return self._path

    @property
    def display_name(self) -> str:
        """A short name for the register: its file name, or its database and server."""
        if self._path is None:
            return short_name(server_url(self.location))
        return self._path.name

    def close(self) -> None:
        self._engine.dispose()

    @property
    def encrypted(self) -> bool:
        """Whether the register is encrypted at rest (SQLCipher)."""
        return self._key is not None

    @property
    def cipher_key(self) -> CipherKey | None:
        """An encrypted register's key, for copies of it (backups) that must be encrypted alike."""
        return self._key

    def use_passphrase(self, passphrase: str | None) -> None:
        """Go on reading the file after it was encrypted (or, with ``None``, decrypted) in place.

        See :mod:`assetmap.register.encryption`; raises ``WrongPassphraseError`` if ``passphrase`` does
        not open it.
        """
        key = key_to_open(self.path, passphrase) if passphrase is not None else None
        self._engine.dispose()
        self._engine = sqlite_engine(self.path, wal=shared_location_reason(self.path) is None, key=key)
        self._key = key

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def engine(self) -> Engine:
        return self._engine

    def _seed_categories(self) -> None:
        with write_unit(self._engine) as conn:
            if self.is_server:
                # Two windows opening a new team register at once: the second sees the first's categories.
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({UPGRADE_LOCK})")
            present = set(conn.scalars(select(_CATEGORIES.c.code)))
            for order, seed in enumerate(ABCD_CATEGORIES):
                if seed.code in present:
                    continue
                conn.execute(
                    insert(_CATEGORIES).values(
                        code=seed.code, label=seed.label, colour=seed.colour, sort_order=order
                    )
                )
                conn.execute(
                    insert(_SUBCATEGORIES),
                    [
                        {"category_code": seed.code, "name": name, "sort_order": i}
                        for i, name in enumerate(seed.subcategories)
                    ],
                )

    # -- reads ---------------------------------------------------------------------------

    def categories(self) -> list[Category]:
        with self._engine.connect() as conn:
            subs: dict[str, list[str]] = {}
            for code, name in conn.execute(
                select(_SUBCATEGORIES.c.category_code, _SUBCATEGORIES.c.name).order_by(
                    _SUBCATEGORIES.c.sort_order, _SUBCATEGORIES.c.name
                )
            ):
                subs.setdefault(code, []).append(name)
            rows = conn.execute(
                select(_CATEGORIES.c.code, _CATEGORIES.c.label, _CATEGORIES.c.colour).order_by(
                    _CATEGORIES.c.sort_order
                )
            ).all()
        return [Category(code, label, colour, tuple(subs.get(code, ()))) for code, label, colour in rows]

    def category_codes(self) -> tuple[str, ...]:
        if self._category_codes is None:
            self._category_codes = tuple(c.code for c in self.categories())
        return self._category_codes

    def assets(self, *, include_removed: bool = False) -> list[Asset]:
        """Every asset in the register, removed ones only when asked."""
        where = "" if include_removed else "WHERE removed_at IS NULL "
        with self._engine.connect() as conn:
            return _read_assets(conn, where + "ORDER BY name")

    def removed_assets(self) -> list[Asset]:
        """Removed assets, most recently removed first, for the "Recently removed" view."""
        with self._engine.connect() as conn:
            return _read_assets(conn, "WHERE removed_at IS NOT NULL ORDER BY removed_at DESC")

    def asset(self, asset_id: str) -> Asset:
        with self._engine.connect() as conn:
            return self._get(conn, asset_id)

    def count(self, *, include_removed: bool = False) -> int:
        with self._engine.connect() as conn:
            query = "SELECT count(*) FROM assets" + ("" if include_removed else " WHERE removed_at IS NULL")
            return int(conn.exec_driver_sql(query).scalar_one())

    @staticmethod
    def _get(conn: Connection, asset_id: str) -> Asset:
        row = conn.execute(_SELECT_ASSETS.where(_ASSETS.c.id == asset_id)).first()
        if row is None:
            raise AssetNotFoundError(asset_id)
        return asset_from_row(row)

    def audit_trail(
        self,
        *,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        user: str | None = None,
        action: str | None = None,
        record_ids: Sequence[str] | None = None,
        limit: int | None = None,
        newest_first: bool = False,
        before_seq: int | None = None,
    ) -> list[audit.AuditEntry]:
        """The audit trail, oldest first (or newest first), filtered by time (UTC), user, action and
        records; ``before_seq`` and ``limit`` read it a page at a time (see :func:`audit.read`)."""
        with self._engine.connect() as conn:
            return audit.read(
                conn,
                since=since,
                until=until,
                user=user,
                action=action,
                record_ids=record_ids,
                limit=limit,
                newest_first=newest_first,
                before_seq=before_seq,
            )

    def audit_users(self) -> list[str]:
        """Everyone the audit trail names, in alphabetical order."""
        with self._engine.connect() as conn:
            return audit.users(conn)

    # -- writes --------------------------------------------------------------------------

    def _ward_for(self, fields: Mapping[str, object]) -> str | None:
        lon, lat = fields.get("lon"), fields.get("lat")
        if isinstance(lon, int | float) and isinstance(lat, int | float):
            return self.ward_index.ward_of(lon, lat)
        return None

    def _place_gift(self, values: dict[str, object]) -> None:
        """Put a person's gift at its ward's inside point: a gift has an area, never a point of its own,
        so that no home is ever shown on a map. Outside every ward it has no location."""
        ward = self._ward_for(values)
        point = self.boundaries().ward_points.get(ward) if ward else None
        values["lon"], values["lat"] = point if point else (None, None)
        values["ward_code"] = ward if point else None

    def add_asset(self, asset_id: str | None = None, **fields: object) -> Change:
        """Add one asset; ``name`` and ``category`` are required. Its ward comes from its location.

        A ``person_id`` field makes a gift or skill a person's own (see :meth:`add_gift`).
        """
        person_id = fields.pop("person_id", None)
        values = clean_fields(fields, self.category_codes(), creating=True)
        if person_id is not None:
            if not isinstance(person_id, str):
                raise ValidationError("person_id", tr("A person is named by their id."))
            if values.get("category") != PERSONAL_CATEGORY:
                raise ValidationError("person_id", tr("Only a gift or skill belongs to a person."))
            values["person_id"] = person_id
            self._place_gift(values)
        now = utc_now()
        new_id = asset_id or str(uuid.uuid4())
        values.update(
            id=new_id,
            ward_code=values["ward_code"] if person_id is not None else self._ward_for(values),
            created_at=now,
            updated_at=now,
            version=1,
        )
        values.setdefault("tags", ())
        values["tags"] = tag_list(values["tags"])
        with write_unit(self._engine) as conn:
            conn.execute(insert(_ASSETS).values(**values))
            asset = self._get(conn, new_id)
            self._record_write(conn, None, asset, "add", now)
        return Change(added=(asset.id,), assets=(asset,))

    def add_assets(self, records: Iterable[Mapping[str, object]], *, chunk: int = 5_000) -> Change:
        """Add many assets in one transaction, with their wards assigned in bulk.

        Every record is checked before anything is written; the first bad one raises
        ``ValidationError`` naming its position and field, and nothing is added.
        """
        codes = self.category_codes()
        now = utc_now()
        rows: list[dict[str, Any]] = []  # column values, as SQL parameters take them
        for position, record in enumerate(records, start=1):
            record = dict(record)
            asset_id = record.pop("id", None) or str(uuid.uuid4())
            try:
                values = clean_fields(record, codes, creating=True)
            except ValidationError as exc:
                raise ValidationError(
                    exc.field, tr("Record {position}: {problem}").format(position=position, problem=exc)
                ) from None
            values.setdefault("tags", ())
            values["tags"] = tag_list(values["tags"])
            values.update(id=asset_id, created_at=now, updated_at=now, version=1)
            rows.append(values)
        lons = np.array([np.nan if r.get("lon") is None else r["lon"] for r in rows], dtype=float)
        lats = np.array([np.nan if r.get("lat") is None else r["lat"] for r in rows], dtype=float)
        wards = self.ward_index.assign(lons, lats)
        columns = [c for c in ASSET_COLUMNS if c != "removed_at"]
        for row, ward in zip(rows, wards, strict=True):
            row["ward_code"] = ward
            for column in columns:
                row.setdefault(column, None)
        history = self._new_asset_history(rows, now)
        with write_unit(self._engine) as conn:
            for start in range(0, len(rows), chunk):
                conn.execute(insert(_ASSETS), rows[start : start + chunk])
            for start in range(0, len(history), chunk):
                conn.execute(insert(_HISTORY), history[start : start + chunk])
            audit.append(conn, self.user, "add", "asset", [r["id"] for r in rows], now)
        return Change(added=tuple(r["id"] for r in rows))

    def update_asset(self, asset_id: str, *, expected_version: int | None = None, **fields: object) -> Change:
        """Change some fields of an asset; a new location also sets its ward.

        ``expected_version`` is the version the change was based on (the window always gives it): if the
        asset has changed since, nothing is written and ``StaleWriteError`` carries it as it now is.
        """
        attempted = dict(fields)
        if ("lon" in fields) != ("lat" in fields):
            # One coordinate edited: check and place it with the other as stored, so the ward follows.
            current = self.asset(asset_id)
            fields = {"lon": current.lon, "lat": current.lat, **fields}
        values = clean_fields(fields, self.category_codes(), creating=False)
        if "lon" in values:
            values["ward_code"] = self._ward_for(values)
        if "tags" in values:
            values["tags"] = tag_list(values["tags"])
        with write_unit(self._engine) as conn:
            lock_row(conn, _ASSETS, asset_id)
            before = self._get(conn, asset_id)
            expect_version("asset", before, expected_version, attempted)
            if not values:
                return Change()
            if before.person_id is not None and "lon" in values:
                self._place_gift(values)
            asset = self._write_update(conn, before, values, utc_now(), attempted)
        return Change(updated=(asset_id,), assets=(asset,))

    def _write_update(
        self,
        conn: Connection,
        before: Asset,
        values: Mapping[str, object],
        now: dt.datetime,
        attempted: Mapping[str, object] | None = None,
    ) -> Asset:
        """Write checked field values over ``before`` inside the caller's transaction, with its history.

        Only if the row is still at ``before``'s version (see :mod:`assetmap.register.concurrency`).
        """
        update_if_unchanged(
            conn,
            _ASSETS,
            "asset",
            before,
            {**values, "updated_at": now},
            values if attempted is None else attempted,
            lambda: self._get(conn, before.id),
        )
        asset = self._get(conn, before.id)
        self._record_write(conn, before, asset, "update", now)
        return asset

    def move_asset(
        self, asset_id: str, lon: float | None, lat: float | None, expected_version: int | None = None
    ) -> Change:
        """Set (or clear) an asset's location; its ward follows."""
        return self.update_asset(asset_id, expected_version=expected_version, lon=lon, lat=lat)

    def remove_assets(
        self, asset_ids: Sequence[str], expected_versions: Mapping[str, int] | None = None
    ) -> Change:
        """Soft-delete assets: they leave the map and table, and can be restored.

        ``expected_versions`` maps each id to the version the person saw: if any has changed since,
        none is removed and ``StaleWriteError`` carries the first such asset as it now is.
        """
        now = utc_now()
        with write_unit(self._engine) as conn:
            done = []
            for asset_id in asset_ids:
                lock_row(conn, _ASSETS, asset_id)
                before = self._get(conn, asset_id)
                wanted = {"removed": True}
                expect_version("asset", before, expected_for(expected_versions, asset_id), wanted)
                if before.is_removed:
                    continue
                update_if_unchanged(
                    conn,
                    _ASSETS,
                    "asset",
                    before,
                    {"removed_at": now, "updated_at": now},
                    wanted,
                    functools.partial(self._get, conn, asset_id),
                )
                done.append(self._get(conn, asset_id))
                self._record_write(conn, before, done[-1], "remove", now)
        return Change(removed=tuple(a.id for a in done), assets=tuple(done))

    def remove_asset(self, asset_id: str, expected_version: int | None = None) -> Change:
        versions = None if expected_version is None else {asset_id: expected_version}
        return self.remove_assets([asset_id], versions)

    def restore_assets(
        self, asset_ids: Sequence[str], expected_versions: Mapping[str, int] | None = None
    ) -> Change:
        """Bring removed assets back (``expected_versions`` as for :meth:`remove_assets`)."""
        now = utc_now()
        with write_unit(self._engine) as conn:
            done = []
            for asset_id in asset_ids:
                lock_row(conn, _ASSETS, asset_id)
                before = self._get(conn, asset_id)
                wanted = {"removed": False}
                expect_version("asset", before, expected_for(expected_versions, asset_id), wanted)
                if not before.is_removed:
                    continue
                update_if_unchanged(
                    conn,
                    _ASSETS,
                    "asset",
                    before,
                    {"removed_at": None, "updated_at": now},
                    wanted,
                    functools.partial(self._get, conn, asset_id),
                )
                done.append(self._get(conn, asset_id))
                self._record_write(conn, before, done[-1], "restore", now)
        return Change(restored=tuple(a.id for a in done), assets=tuple(done))

    def restore_asset(self, asset_id: str, expected_version: int | None = None) -> Change:
        versions = None if expected_version is None else {asset_id: expected_version}
        return self.restore_assets([asset_id], versions)

    def purge_asset(self, asset_id: str) -> tuple[Change, Asset]:
        """Delete an asset outright, returning its last state.

        Only undoing the asset's own creation uses this; the returned snapshot lets redo
        put it back with :meth:`reinstate_asset`. Its history goes too, as if it had never been.
        """
        with write_unit(self._engine) as conn:
            before = self._get(conn, asset_id)
            self._forget_history(conn, asset_id)
            forget_connections(conn, [asset_id])
            conn.execute(delete(_ASSETS).where(_ASSETS.c.id == asset_id))
            audit.append(conn, self.user, "purge", "asset", [asset_id])
        return Change(purged=(asset_id,)), before

    def reinstate_asset(self, asset: Asset) -> Change:
        """Put back an asset exactly as it was purged (redo of its creation)."""
        values = {name: getattr(asset, name) for name in ASSET_COLUMNS}
        values["tags"] = list(asset.tags)
        with write_unit(self._engine) as conn:
            conn.execute(insert(_ASSETS).values(**values))
            restored = self._get(conn, asset.id)
            self._record_write(conn, None, restored, "add", utc_now())
        return Change(added=(asset.id,), assets=(restored,))

    def add_subcategory(self, category: str, name: str) -> Change:
        """Add a subcategory to the editable list of a category."""
        clean = clean_fields(
            {"category": category, "subcategory": name}, self.category_codes(), creating=False
        )
        if not clean.get("subcategory"):
            raise ValidationError("subcategory", tr("A subcategory needs a name."))
        with write_unit(self._engine) as conn:
            exists = conn.execute(
                select(_SUBCATEGORIES.c.id).where(
                    _SUBCATEGORIES.c.category_code == category, _SUBCATEGORIES.c.name == clean["subcategory"]
                )
            ).first()
            if exists:
                return Change()
            order = (
                conn.execute(
                    select(_SUBCATEGORIES.c.sort_order)
                    .where(_SUBCATEGORIES.c.category_code == category)
                    .order_by(_SUBCATEGORIES.c.sort_order.desc())
                ).scalar()
                or 0
            )
            conn.execute(
                insert(_SUBCATEGORIES).values(
                    category_code=category, name=clean["subcategory"], sort_order=order + 1
                )
            )
            audit.append(conn, self.user, "subcategory", "category", [category])
        return Change(updated=(category,))

    def remove_subcategory(self, category: str, name: str) -> Change:
        """Take a subcategory off the list offered; assets that use it keep their value."""
        with write_unit(self._engine) as conn:
            result = conn.execute(
                delete(_SUBCATEGORIES).where(
                    _SUBCATEGORIES.c.category_code == category, _SUBCATEGORIES.c.name == name
                )
            )
            if result.rowcount:
                audit.append(conn, self.user, "subcategory", "category", [category])
        return Change(updated=(category,)) if result.rowcount else Change()
