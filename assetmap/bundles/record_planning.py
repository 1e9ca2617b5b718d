"""Planning the merge of links and stories: the same three-way merge as assets, with their own fields.

A link's kind and note, and a story's text, date, teller (with their consent and person, one choice),
featured mark and removal are merged field by field; both sides changing one of them differently is a
conflict, settled by the same choices as an asset's (``{record id: {field: "mine"|"theirs"}}``), so the
merge dialog and the conflict policies show and settle it as they do an asset's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assetmap.bundles.ancestry import FieldConflict, Stamp, ancestors, merge_bases, stamp, three_way
from assetmap.bundles.connections import BundleRecord
from assetmap.messages import tr
from assetmap.register.connection_merging import LocalRecord, RecordStep
from assetmap.register.records import canonical_content, node_id

LINK_UNITS: dict[str, tuple[str, ...]] = {"kind": ("kind",), "note": ("note",), "removed": ("removed",)}
STORY_UNITS: dict[str, tuple[str, ...]] = {
    "text": ("text",),
    "told_on": ("told_on",),
    "teller": ("teller", "quote_consent", "person_id"),
    "featured": ("featured",),
    "removed": ("removed",),
}
UNITS = {"link": LINK_UNITS, "story": STORY_UNITS}


@dataclass(frozen=True, slots=True)
class RecordMerge:
    """What merging does to one link or story (``record``), as ``AssetMerge`` says for an asset.

    ``asset_id`` holds the link's or story's id: the conflict view, the policies and the choices key on
    it as they do on an asset's. ``name`` says what it is in words, for the conflict list.
    """

    kind: str
    record: str
    asset_id: str
    name: str
    theirs: BundleRecord
    mine: dict[str, object] | None
    expected_head: str | None
    parents: tuple[str, ...]
    merged: dict[str, object]
    base: dict[str, object] | None = None
    conflicts: tuple[FieldConflict, ...] = ()
    mine_stamp: Stamp | None = None
    theirs_stamp: Stamp | None = None


def _kind(mine: Mapping[str, object], result: Mapping[str, object]) -> str:
    if mine == result:
        return "link"
    if result["removed"] != mine["removed"]:
        return "remove" if result["removed"] else "restore"
    return "update"


def record_name(record: str, content: Mapping[str, object], names: Mapping[str, str]) -> str:
    """A link or story in words: ``Link: Lunch Club meets at Church Hall``, ``Story on …: "We started…"``.

    ``names`` holds asset names by id, and the labels of link kinds by code.
    """
    if record == "link":
        source = names.get(
            str(content["from_id"]), tr("a person") if content["from_kind"] == "person" else "?"
        )
        target = names.get(str(content["to_id"]), "?")
        kind = names.get(str(content["kind"]), str(content["kind"]))
        return tr("Link: {source} {kind} {target}").format(source=source, kind=kind, target=target)
    text = str(content["text"])
    short = text if len(text) <= 40 else text[:39] + "…"
    return tr('Story on {asset}: "{text}"').format(asset=names.get(str(content["asset_id"]), "?"), text=short)


def plan_record(
    record: str, theirs: BundleRecord, local: LocalRecord | None, names: Mapping[str, str]
) -> RecordMerge | None:
    """The merge of one link or story, or ``None`` when this register holds their state already."""
    head_entry = theirs.head_entry()
    name = record_name(record, theirs.content, names)
    if local is None:
        return RecordMerge(
            "add", record, theirs.id, name, theirs, None, None, head_entry.parents, dict(theirs.content)
        )
    mine = local.head.node
    if mine == theirs.head:
        return None
    graph: dict[str, Sequence[str]] = {e.node: e.parents for e in theirs.history}
    graph.update((e.node, e.parents) for e in local.entries)
    if theirs.head in ancestors(mine, graph):
        return None
    mine_content = local.content
    if mine in ancestors(theirs.head, graph):
        merged = dict(theirs.content)
        return RecordMerge(
            _kind(mine_content, merged),
            record,
            theirs.id,
            name,
            theirs,
            mine_content,
            mine,
            head_entry.parents,
            merged,
        )
    bases = merge_bases(mine, theirs.head, graph)
    base = None
    if bases:
        known = {e.node: e.content for e in (*theirs.history, *local.entries) if e.content is not None}
        base = known.get(bases[0])
    merged, conflicts = three_way(base, mine_content, theirs.content, UNITS[record])
    return RecordMerge(
        "conflict" if conflicts else _kind(mine_content, merged),
        record,
        theirs.id,
        name,
        theirs,
        mine_content,
        mine,
        tuple(sorted((mine, theirs.head))),
        merged,
        base=base,
        conflicts=tuple(conflicts),
        mine_stamp=stamp(local.entries, mine, (local.updated_at, "", mine)),
        theirs_stamp=stamp(theirs.history, theirs.head, (theirs.updated_at, "", theirs.head)),
    )


def record_step(change: RecordMerge, chosen: Mapping[str, str]) -> RecordStep:
    """The write of one planned link or story with the choices for its conflicts applied."""
    content = dict(change.merged)
    node = change.theirs.head
    kind = change.kind
    if change.kind == "conflict":
        for conflict in change.conflicts:
            if chosen[conflict.field] == "theirs":
                for name in UNITS[change.record][conflict.field]:
                    content[name] = change.theirs.content[name]
        if change.mine is None:
            raise ValueError(f"A conflict over {change.record} {change.asset_id} has nothing here.")
        kind = _kind(change.mine, content)
    if change.parents != change.theirs.head_entry().parents or change.kind == "conflict":
        node = node_id(canonical_content(content), change.parents)
    return RecordStep(
        record_id=change.asset_id,
        kind=kind,
        expected_head=change.expected_head,
        node=node,
        parents=change.parents,
        content=content,
        imported=change.theirs.history,
        created_at=change.theirs.created_at,
        removed_at=change.theirs.removed_at,
        version=change.theirs.version,
    )


def plan_records(
    record: str,
    theirs: Sequence[BundleRecord],
    local: Mapping[str, LocalRecord],
    names: Mapping[str, str],
) -> tuple[list[RecordMerge], int]:
    """The merges of a bundle's links or stories, and how many it carries that change nothing here."""
    changes = []
    unchanged = 0
    for one in theirs:
        change = plan_record(record, one, local.get(one.id), names)
        if change is None:
            unchanged += 1
        else:
            changes.append(change)
    return changes, unchanged
