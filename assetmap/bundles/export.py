"""Exporting a register bundle: the assets changed since a named point, with their history.

Whatever the point, a bundle carries all of the register's people (their sealed records, history and
keys), consent events, links, gifts' people and the whole erasure list: they are few, and a receiving
register must never miss an erasure or a withdrawal because it came before the point. So does every
link kind, link and story (with their history), for the same reason: a link or story merges only where
both its assets are, which may be after an earlier bundle brought one of them. Photos, which are large
and never change, travel once: a bundle since a point carries those stored after it (and removed ones).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from assetmap.bundles.connections import connections_section
from assetmap.bundles.format import Bundle, BundleAsset, BundleError, write_bundle
from assetmap.errors import quoted
from assetmap.messages import tr
from assetmap.register.merging import LocalState
from assetmap.register.records import HistoryEntry, known_content, updated_time
from assetmap.register.store import Register

SINCE_HELP = (
    "'everything' (the default), 'last' (since the last bundle this register wrote), "
    "'bundle:N' (since bundle number N), or a UTC date or time such as 2025-06-01 or 2025-06-01T14:30"
)


@dataclass(frozen=True, slots=True)
class SincePoint:
    """Where a bundle starts: history entries after ``seq``, or entries and writes from ``time`` on."""

    label: str
    seq: int = 0
    time: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    number: int
    since: str
    assets: int
    removed: int
    people: int = 0
    erasures: int = 0
    links: int = 0
    stories: int = 0
    photos: int = 0


def since_point(register: Register, text: str | None) -> SincePoint:
    """Turn a named point (see ``SINCE_HELP``) into the history position it stands for."""
    text = (text or "everything").strip()
    if text == "everything":
        return SincePoint("everything")
    exports = register.exports()
    if text == "last" or text.startswith("bundle:"):
        if text == "last":
            if not exports:
                raise BundleError(
                    None, tr("This register has not written a bundle yet; use --since everything.")
                )
            chosen = exports[-1]
        else:
            try:
                number = int(text.split(":", 1)[1])
            except ValueError:
                raise BundleError(
                    None,
                    tr("{text} is not a bundle number; write it like bundle:3.").format(text=quoted(text)),
                ) from None
            numbered = next((e for e in exports if e.number == number), None)
            if numbered is None:
                if exports:
                    message = tr("This register wrote no bundle number {number} (written: {known}).")
                else:
                    message = tr("This register wrote no bundle number {number} (written: none yet).")
                known = ", ".join(str(e.number) for e in exports)
                raise BundleError(None, message.format(number=number, known=known))
            chosen = numbered
        # Entries after the bundle's last one, and any write since it was made (``time``) in case a
        # write reached the assets table without recording history.
        return SincePoint(f"since bundle {chosen.number}", seq=chosen.upto_seq, time=chosen.created_at)
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        raise BundleError(
            None,
            tr(
                "{text} is not a point to export since: give 'everything' (the default), 'last' (since the "
                "last bundle this register wrote), 'bundle:N' (since bundle number N), or a UTC date or time "
                "such as 2025-06-01 or 2025-06-01T14:30."
            ).format(text=quoted(text)),
        ) from None
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return SincePoint(f"since {when.isoformat(sep=' ')} UTC", time=when)


def _bundle_asset(state: LocalState, since: SincePoint) -> BundleAsset:
    """The asset with its whole lineage; states older than the point travel as ids only."""
    by_node: dict[str, HistoryEntry] = {}
    content: dict[str, dict[str, object]] = {}
    for entry in state.entries:
        # The first entry of a state is where it was made; later ones (a merge taking it) repeat it.
        by_node.setdefault(entry.node, entry)
        if entry.content is not None:
            content.setdefault(entry.node, entry.content)
    entries = []
    for node, entry in by_node.items():
        recent = (
            entry.seq is None
            or (since.seq == 0 and since.time is None)
            or (since.seq and entry.seq > since.seq)
            or (since.time is not None and not since.seq and entry.recorded_at >= since.time)
        )
        keep = content.get(node) if (recent or node == state.head.node) else None
        entries.append(
            HistoryEntry(
                asset_id=entry.asset_id,
                node=node,
                parents=entry.parents,
                version=entry.version,
                register_id=entry.register_id,
                recorded_at=entry.recorded_at,
                operation=entry.operation,
                content=keep,
            )
        )
    asset = state.asset
    return BundleAsset(
        id=asset.id,
        version=asset.version,
        created_at=asset.created_at or updated_time(asset),
        updated_at=updated_time(asset),
        removed_at=asset.removed_at,
        content=known_content(state.head),
        head=state.head.node,
        history=tuple(entries),
    )


def build_bundle(register: Register, since: SincePoint) -> tuple[Bundle, int]:
    """The bundle of ``register`` since a point, and the last history entry number it covers."""
    upto, states = register.bundle_source(since_seq=since.seq, since_time=since.time)
    people = register.people_section()
    # An asset erased between the two reads stays out: a bundle never carries what it lists as erased.
    erased = {asset_id for erasure in people.erasures for asset_id in erasure.asset_ids}
    bundle = Bundle(
        register_id=register.register_id,
        created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
        since=since.label,
        number=None,
        assets=tuple(_bundle_asset(state, since) for state in states if state.asset.id not in erased),
        people=people,
        connections=connections_section(register.connection_source(photos_since=since.time), erased),
    )
    return bundle, upto


def export_bundle(register: Register, path: Path | str, since: str | None = None) -> ExportSummary:
    """Write a register bundle of the assets changed since a named point to one file.

    Parameters
    ----------
    register
        The register to export from.
    path
        The bundle file to write (``.assetmap-bundle`` by convention); replaced if it exists.
    since
        A named point, see ``SINCE_HELP``.

    Returns
    -------
    ExportSummary
        The bundle's number (a point later bundles can start from) and what it holds.
    """
    path = Path(path)
    point = since_point(register, since)
    bundle, upto = build_bundle(register, point)
    number = (register.exports()[-1].number + 1) if register.exports() else 1
    bundle = dataclasses.replace(bundle, number=number)
    write_bundle(bundle, path)
    # Noted only once the file is safely written, so "last" never skips a bundle that failed.
    recorded = register.record_export(point.seq, upto)
    return ExportSummary(
        path=path,
        number=recorded.number,
        since=point.label,
        assets=len(bundle.assets),
        removed=sum(1 for a in bundle.assets if a.removed_at is not None),
        people=len(bundle.people.people),
        erasures=len(bundle.people.erasures),
        links=len(bundle.connections.links),
        stories=len(bundle.connections.stories),
        photos=len(bundle.connections.photos),
    )
