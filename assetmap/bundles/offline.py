"""Take offline and Sync: a register file copied from a team register, and its changes merged back.

Design
------
Taking offline is merging a bundle of everything the team register shows its reader into a new,
empty register file. The bundle is read through the reader's own login, so what the copy holds is
what their role may see: row-level security on the server decides, not AssetMap. It carries each
asset with its whole history, people sealed with their keys (only those the role may read), consent,
links and the erasure list. The copy also gets the team register's wards, subcategories and saved
views, and notes where it came from and the point it was taken at (:mod:`assetmap.register.offline`).
The copy has a register id of its own, so its writes are told apart from the server's in history.

Syncing is two bundles, one each way, through the merge that bundles between laptops use: the copy's
history entries since the last sync go to the server, the server's since the last sync come to the
copy. Both plans are made before anything is written. An asset changed on both sides to different
values of one field is a conflict in both plans, with mine and theirs swapped: the person chooses once,
as "this copy" against "the team register", and the server's choices are the same ones swapped. Both
merges then reach the same state id (the merge's id depends only on its content and its two parents),
so the next sync finds nothing to do.

Writing: the server's merge is one transaction (``Register.merge_bundle``); only once it has been
committed is the copy's merge written, and then the two points are moved on. A connection lost before
or during the server's transaction leaves the server as it was (the transaction is rolled back) and
the copy untouched. A connection lost while the server was committing leaves no doubt either: the
next sync finds the server already holding those states and merges nothing twice, since a state
either side already holds is never merged again.

The server's point is its last history entry below which every entry was committed when the sync
began (:meth:`Register.settled_history_point`): an entry numbered by a transaction still open on the
server then is read by the next sync, not skipped.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
from sqlalchemy.exc import DBAPIError

from assetmap.bundles.export import SincePoint, build_bundle
from assetmap.bundles.planning import MergePlan, plan_merge
from assetmap.errors import AssetMapError, ServerError
from assetmap.geo.wards import WardIndex
from assetmap.messages import tr, tr_n
from assetmap.register.connection import is_server_location
from assetmap.register.merging import MergeChange, MergeError
from assetmap.register.offline import OfflineOrigin
from assetmap.register.refusals import RoleRefusedError
from assetmap.register.roles import COORDINATOR, VIEWER, WORKER
from assetmap.register.server import location_of, server_problem
from assetmap.register.store import Register

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Choices = Mapping[str, Mapping[str, str]]

SYNC_STEPS = 5


class OfflineError(AssetMapError):
    """Taking a register offline or syncing it could not be done; nothing was changed."""


class SyncCancelled(OfflineError):
    """The person cancelled a sync before anything was written."""

    def __init__(self) -> None:
        super().__init__(tr("The sync was cancelled. Nothing was changed, here or on the team register."))


def address_of(location: str | os.PathLike[str]) -> str:
    """A register's address as a copy keeps it: a server URL without its password, or a file path."""
    text = os.fspath(location)
    return location_of(text) if is_server_location(text) else text


_SHOWN = 5


def _taken_table(exc: DBAPIError) -> str | None:
    """The table in which the copy adds a record whose id the server already holds out of the login's
    sight (another worker's private record), or ``None`` for any other failure.

    Under row-level security PostgreSQL leaves the key out of the message, so the caller names the
    records the copy adds to that table.
    """
    orig = exc.orig
    if getattr(orig, "sqlstate", None) != "23505":  # unique_violation
        return None
    return str(getattr(getattr(orig, "diag", None), "table_name", "") or "") or "assets"


def _added_ids(plan: MergePlan, table: str) -> list[str]:
    if table == "assets":
        return sorted(step.asset_id for step in plan.adds)
    return []


def _taken(table: str, address: str, who: str, user: str) -> str:
    """The first sentence of the error for a record this copy adds to ``table`` whose id the team register
    holds out of the login's sight (each table's its own sentence)."""
    if table == "assets":
        text = tr(
            "An asset this copy adds has an id for which the team register at {address} holds a record that "
            "{who} may not see: someone else's private record, which {user} may not change."
        )
    elif table == "people":
        text = tr(
            "A person this copy adds has an id for which the team register at {address} holds a record that "
            "{who} may not see: someone else's private record, which {user} may not change."
        )
    elif table == "links":
        text = tr(
            "A link this copy adds has an id for which the team register at {address} holds a record that "
            "{who} may not see: someone else's private record, which {user} may not change."
        )
    elif table == "stories":
        text = tr(
            "A story this copy adds has an id for which the team register at {address} holds a record that "
            "{who} may not see: someone else's private record, which {user} may not change."
        )
    elif table == "photos":
        text = tr(
            "A photo this copy adds has an id for which the team register at {address} holds a record that "
            "{who} may not see: someone else's private record, which {user} may not change."
        )
    else:
        text = tr(
            "A record this copy adds has an id for which the team register at {address} holds a record that "
            "{who} may not see: someone else's private record, which {user} may not change."
        )
    return text.format(address=address, who=who, user=user)


def _while(doing: str, problem: object, advice: str) -> str:
    """``problem``, then what the sync was doing when it happened (``doing``: see :func:`_server_errors`)."""
    if doing == "take":
        text = tr("{problem} (while reading it to take offline) {advice}")
    elif doing == "read":
        text = tr("{problem} (while reading its changes) {advice}")
    else:
        text = tr("{problem} (while sending this copy's changes) {advice}")
    return text.format(problem=problem, advice=advice)


def _failed(doing: str, address: str, detail: str, advice: str) -> str:
    """The team register failed while the sync was ``doing`` (see :func:`_server_errors`)."""
    if doing == "take":
        text = tr(
            "The team register at {address} failed while reading it to take offline ({detail}). {advice}"
        )
    elif doing == "read":
        text = tr("The team register at {address} failed while reading its changes ({detail}). {advice}")
    else:
        text = tr(
            "The team register at {address} failed while sending this copy's changes ({detail}). {advice}"
        )
    return text.format(address=address, detail=detail, advice=advice)


@contextlib.contextmanager
def _server_errors(
    address: str, doing: str, server: Register | None = None, plan: MergePlan | None = None
) -> Iterator[None]:
    """Turn a lost or refused connection into an error that says what happened and what to do.

    ``doing`` is the step: ``take`` (reading the team register to take it offline), ``read`` (reading
    its changes) or ``send`` (sending this copy's changes).
    """
    nothing = tr("Nothing was changed, here or on the team register.")
    after = tr("Nothing was changed, here or on the team register. Check the connection and try again.")
    try:
        yield
    except ServerError as exc:
        raise OfflineError(_while(doing, exc, after)) from exc
    except RoleRefusedError as exc:
        raise OfflineError(_while(doing, exc, nothing)) from exc
    except DBAPIError as exc:
        table = _taken_table(exc)
        if table is not None and server is not None and plan is not None:
            ids = _added_ids(plan, table)
            who = _who(server)
            if len(ids) == 1:
                which = tr(
                    "This copy adds the asset {id}, but the team register at {address} already holds a "
                    "record that {who} may not see: someone else's private record, which {user} may not "
                    "change."
                ).format(id=ids[0], address=address, who=who, user=server.user)
            elif ids:
                shown = ", ".join(ids[:_SHOWN])
                if len(ids) > _SHOWN:
                    shown = tr("{ids} and {n} more").format(ids=shown, n=f"{len(ids) - _SHOWN:,}")
                which = tr(
                    "An asset this copy adds (one of {shown}) has an id for which the team register at "
                    "{address} holds a record that {who} may not see: someone else's private record, which "
                    "{user} may not change."
                ).format(shown=shown, address=address, who=who, user=server.user)
            else:
                which = _taken(table, address, who, server.user)
            advice = tr(
                "Take it out of this copy (or ask whoever recorded it, or a coordinator of the team, to make "
                "the change), then sync again."
            )
            raise OfflineError(f"{which} {nothing} {advice}") from exc
        plain = server_problem(address, None, exc)
        if plain is not None:
            raise OfflineError(_while(doing, plain, after)) from exc
        detail = str(exc.orig or exc).strip().splitlines()[0]
        raise OfflineError(_failed(doing, address, detail, after)) from exc


def _who(server: Register) -> str:
    """The login and its role on the team register, for a message: ``ana (a worker)``."""
    user = server.user
    if server.role == COORDINATOR:
        return tr("{user} (a coordinator)").format(user=user)
    if server.role == WORKER:
        return tr("{user} (a worker)").format(user=user)
    if server.role == VIEWER:
        return tr("{user} (a viewer)").format(user=user)
    return tr("{user} (no role of the team)").format(user=user)


def refuse_viewer(server: Register, address: str) -> None:
    """Refuse, before anything is read or written, a sync by a login that may not change the register."""
    if server.role == VIEWER:
        raise OfflineError(
            tr(
                "{user} is a viewer on the team register at {address}, and viewers cannot change it, so "
                "this copy cannot be synced. Nothing was changed, here or on the team register. A viewer's "
                "copy is for reading: take a new copy to see the latest, or ask a coordinator of the team "
                "for a worker's role to send changes."
            ).format(user=server.user, address=address)
        )


# -- taking a copy ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OfflineSummary:
    """What a copy taken offline holds."""

    path: Path
    assets: int
    people: int
    origin: OfflineOrigin


def _ward_frame(register: Register) -> tuple[gpd.GeoDataFrame, dict[str, str]] | None:
    """The team register's own wards as a frame ``use_boundaries`` takes, or ``None`` for GM's."""
    boundaries = register.boundaries()
    if boundaries.bundled:
        return None
    frame = boundaries.wards[["ward_code", "ward_name", "lad_code", "lad_name", "geometry"]].copy()
    if boundaries.population:
        frame["population"] = [boundaries.population.get(code) for code in frame["ward_code"]]
    meta = {
        "name": boundaries.name,
        "source": boundaries.source,
        "population_label": boundaries.population_label,
    }
    return gpd.GeoDataFrame(frame, geometry="geometry", crs=boundaries.wards.crs), meta


def _sidecars(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))]


def take_offline(
    server: Register,
    path: Path | str,
    *,
    address: str | None = None,
    ward_index: WardIndex | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> OfflineSummary:
    """Make a register file at ``path`` holding what ``server`` shows its reader, to work offline.

    Parameters
    ----------
    server
        The team register, opened with the reader's own login (their role decides what is copied).
    path
        The new register file; it must not exist yet. It appears whole or not at all.
    address
        Where the team register is (its URL; by default where ``server`` was opened); kept in the
        copy without any password.
    ward_index
        Passed to the copy's register (a shared index saves building it twice).
    progress, cancelled
        ``progress(done, total)`` after each step; ``cancelled()`` asked between steps.

    Returns
    -------
    OfflineSummary
        The copy's path, how many assets and people it holds, and where it came from.
    """
    path = Path(path).expanduser().resolve()
    if path.exists() and path.stat().st_size > 0:
        raise OfflineError(
            tr(
                "There is already a file at {path}. Choose a new file name for the offline copy; "
                "nothing was changed."
            ).format(path=path)
        )
    address = address_of(address or server.location)
    partial = path.with_name(f".{path.name}.taking-offline")
    steps = 5

    def step(done: int) -> None:
        if progress is not None:
            progress(done, steps)
        if cancelled is not None and cancelled():
            raise OfflineError(tr("Taking the register offline was cancelled; no copy was made."))

    for leftover in _sidecars(partial):
        leftover.unlink(missing_ok=True)
    step(0)
    with _server_errors(address, "take"):
        upto = server.settled_history_point()  # read first, as plan_sync does
        bundle, _last = build_bundle(server, SincePoint("everything"))
        wards = _ward_frame(server)
        categories = server.categories()
        views = server.views()
        server_id = server.register_id
    step(1)
    try:
        # The server's own wards replace GM's in the copy, so a shared GM index is only for GM wards.
        copy = Register.open(
            partial, backup=False, user=server.user, ward_index=ward_index if wards is None else None
        )
        try:
            if wards is not None:
                frame, meta = wards
                copy.use_boundaries(frame, **meta)
            for category in categories:
                for name in category.subcategories:
                    copy.add_subcategory(category.code, name)
            for view in views:
                copy.save_view(
                    view.title,
                    note=view.note,
                    area=view.area,
                    layer=view.layer,
                    measure=view.measure,
                    filters=view.filters,
                    view_id=view.id,
                )
            step(2)
            plan = plan_merge(copy, bundle)
            step(3)
            copy.merge_bundle(plan, {})
            step(4)
            origin = copy.mark_offline_copy(address, server_id, upto, server.role or "")
            people = len(copy.people_section().people)
            assets = copy.count(include_removed=True)
        finally:
            copy.close()
        os.replace(partial, path)
    except BaseException:
        for leftover in _sidecars(partial):
            leftover.unlink(missing_ok=True)
        raise
    for leftover in _sidecars(partial)[1:]:
        leftover.unlink(missing_ok=True)
    step(5)
    return OfflineSummary(path, assets, people, origin)


# -- syncing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncPlan:
    """Everything one sync would do, both ways, before anything is written.

    ``to_copy`` merges the team register's changes into the copy (mine: this copy; theirs: the team
    register), ``to_server`` the copy's changes into the team register. Conflicts are chosen on
    ``to_copy``'s terms (:attr:`conflicts`).
    """

    origin: OfflineOrigin
    to_copy: MergePlan
    to_server: MergePlan
    server_upto: int
    local_upto: int

    @property
    def conflicts(self) -> MergePlan:
        """The plan whose conflicts a person chooses in: "mine" is this copy, "theirs" the team register."""
        return self.to_copy

    @property
    def is_empty(self) -> bool:
        return self.to_copy.is_empty and self.to_server.is_empty

    def summary(self) -> str:
        return tr("From the team register: {theirs}. From this copy: {mine}.").format(
            theirs=self.to_copy.summary(), mine=self.to_server.asset_summary()
        )


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What a sync wrote: the copy's merge (for the window to show) and the server's."""

    to_copy: MergeChange | None
    to_server: MergeChange | None
    origin: OfflineOrigin

    @property
    def changed(self) -> bool:
        return bool(self.to_copy or self.to_server)

    def summary(self) -> str:
        def count(change: MergeChange | None) -> int:
            return 0 if change is None else len(change.ids)

        if not self.changed:
            return tr("Already in step with the team register: nothing to sync.")
        sent = count(self.to_server)
        return tr_n(
            "Synced with the team register: {sent} asset(s) sent, {brought} brought in.",
            "Synced with the team register: {sent} asset(s) sent, {brought} brought in.",
            sent,
        ).format(sent=f"{sent:,}", brought=f"{count(self.to_copy):,}")


def origin_of(copy: Register) -> OfflineOrigin:
    """Where ``copy`` was taken offline from; raises :class:`OfflineError` for a register that is no copy."""
    origin = copy.offline_origin()
    if origin is None:
        raise OfflineError(
            tr(
                "The register {location} is not an offline copy of a team register, so it has nothing to "
                "sync. Take a copy with File → Take offline copy… while connected to the team register."
            ).format(location=copy.location)
        )
    return origin


def plan_sync(
    copy: Register,
    server: Register,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SyncPlan:
    """Read both sides' changes since the last sync and plan both merges; writes nothing that matters.

    (Reading a register's changes first writes the history entries of assets a bulk import added
    without them, as any bundle does.)
    """
    origin = origin_of(copy)

    def step(done: int) -> None:
        if progress is not None:
            progress(done, SYNC_STEPS)
        if cancelled is not None and cancelled():
            raise SyncCancelled()

    refuse_viewer(server, origin.address)
    step(0)
    with _server_errors(origin.address, "read"):
        if server.register_id != origin.register_id:
            raise OfflineError(
                tr(
                    "The register at {address} is not the team register this copy ({location}) was "
                    "taken from, so nothing was synced. Open the team register the copy came from."
                ).format(address=origin.address, location=copy.location)
            )
        # Read before the bundle: entries committed in between are read again next time, never missed.
        server_upto = server.settled_history_point()
        server_bundle, _last = build_bundle(server, SincePoint("since the last sync", seq=origin.server_seq))
        step(1)
        local_bundle, local_upto = build_bundle(copy, SincePoint("since the last sync", seq=origin.local_seq))
        to_server = plan_merge(server, local_bundle)
    to_copy = plan_merge(copy, server_bundle)
    step(2)
    return SyncPlan(origin, to_copy, to_server, server_upto, local_upto)


def server_choices(plan: SyncPlan, choices: Choices) -> dict[str, dict[str, str]]:
    """The choices made as "this copy" against "the team register", as the server's merge reads them."""
    swapped = {"mine": "theirs", "theirs": "mine"}
    return {
        asset_id: {field: swapped[side] for field, side in fields.items() if side in swapped}
        for asset_id, fields in choices.items()
    }


def apply_sync(
    copy: Register,
    server: Register,
    plan: SyncPlan,
    choices: Choices | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SyncResult:
    """Write a planned sync: the server's merge in one transaction, then the copy's, then the points.

    Raises ``MergeError`` (nothing written) when a conflict has no choice or either side changed
    since the sync was planned, :class:`OfflineError` when the server cannot be reached (nothing
    written on either side), and :class:`SyncCancelled` when cancelled before the server's merge.
    """
    choices = choices or {}
    missing = plan.to_copy.missing_choices(choices)
    if missing:
        plan.to_copy.resolve(choices)  # raises MergeError naming them
    for_server = server_choices(plan, choices)
    if plan.to_server.missing_choices(for_server):
        raise MergeError(
            tr(
                "The two sides of this sync disagree about which assets are in conflict. Nothing was synced; "
                "sync again."
            )
        )
    if progress is not None:
        progress(3, SYNC_STEPS)
    if cancelled is not None and cancelled():
        raise SyncCancelled()
    if plan.is_empty:
        return SyncResult(None, None, plan.origin)
    to_server = None
    if not plan.to_server.is_empty:
        # The one write on the server: from here on the sync runs to its end.
        refuse_viewer(server, plan.origin.address)
        with _server_errors(plan.origin.address, "send", server, plan.to_server):
            to_server = server.merge_bundle(plan.to_server, for_server)
    if progress is not None:
        progress(4, SYNC_STEPS)
    to_copy = None if plan.to_copy.is_empty else copy.merge_bundle(plan.to_copy, choices)
    origin = copy.record_sync(plan.server_upto, plan.local_upto)
    if progress is not None:
        progress(5, SYNC_STEPS)
    return SyncResult(to_copy, to_server, origin)


def sync(
    copy: Register,
    server: Register,
    choices: Choices | None = None,
    *,
    prefer: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> SyncResult:
    """Plan and write a sync in one go, conflicts settled by ``choices`` and then by a policy.

    ``prefer`` is ``mine`` (this copy), ``theirs`` (the team register) or ``newest``; without it,
    any conflict not in ``choices`` stops the sync with a ``MergeError`` naming it, and nothing is
    written.
    """
    from assetmap.bundles.resolution import merged_choices, policy_choices

    plan = plan_sync(copy, server, progress=progress, cancelled=cancelled)
    chosen = merged_choices(policy_choices(plan.conflicts, prefer) if prefer else {}, choices or {})
    return apply_sync(copy, server, plan, chosen, progress=progress, cancelled=cancelled)
