"""Planning a merge: what a bundle adds, updates, removes and restores, and where both sides changed.

Planning only reads the register. :func:`compute_plan` is a pure function of the local states and
the bundle; :func:`plan_merge` reads those states and calls it. The plan then goes to the dialog or
the command line, which gather choices, and to :meth:`Register.merge_bundle`, which writes it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from assetmap.bundles.ancestry import FieldConflict, Stamp, merge_bases, three_way
from assetmap.bundles.ancestry import ancestors as _ancestors
from assetmap.bundles.ancestry import stamp as _stamp
from assetmap.bundles.format import Bundle, BundleAsset, BundleError
from assetmap.bundles.record_planning import RecordMerge, plan_records, record_step
from assetmap.errors import ValidationError, quoted
from assetmap.messages import tr, tr_n
from assetmap.register.connection_merging import ConnectionSteps, LocalRecord
from assetmap.register.merging import (
    LocalPeople,
    LocalState,
    MergeError,
    MergeStep,
    kept_out_by_erasure,
)
from assetmap.register.people import NO_SECTION, PeopleSection
from assetmap.register.records import (
    EDITABLE_FIELDS,
    Asset,
    canonical_content,
    content_of,
    node_id,
    updated_time,
)
from assetmap.register.store import Register
from assetmap.register.validation import clean_fields

# What a person changes together is merged together: a location is one choice, not two numbers.
MERGE_UNITS: dict[str, tuple[str, ...]] = {
    **{name: (name,) for name in EDITABLE_FIELDS if name not in ("lon", "lat")},
    "location": ("lon", "lat"),
    "removed": ("removed",),
}
CHOICES = ("mine", "theirs")


@dataclass(frozen=True, slots=True)
class AssetMerge:
    """What merging does to one asset.

    ``kind`` is ``add``, ``update``, ``remove``, ``restore``, ``link`` (the two histories join with
    no field changing) or ``conflict``. ``merged`` is the resulting content, with conflicting fields
    left at this register's values until chosen.
    """

    kind: str
    asset_id: str
    theirs: BundleAsset
    mine: Asset | None
    expected_head: str | None
    parents: tuple[str, ...]
    merged: dict[str, object]
    base: dict[str, object] | None = None
    conflicts: tuple[FieldConflict, ...] = ()
    mine_stamp: Stamp | None = None
    theirs_stamp: Stamp | None = None

    @property
    def name(self) -> str:
        return str((self.mine.name if self.mine else None) or self.theirs.name)

    @property
    def changed_fields(self) -> tuple[str, ...]:
        """Fields (merge units) whose value here differs from the merged one, conflicts included."""
        if self.mine is None:
            return tuple(MERGE_UNITS)
        mine = content_of(self.mine)
        return tuple(
            unit
            for unit, names in MERGE_UNITS.items()
            if any(mine[n] != self.merged[n] for n in names) or any(c.field == unit for c in self.conflicts)
        )


@dataclass(frozen=True, slots=True)
class PeopleMerge:
    """What merging does to people, for the preview; the register applies the same rules when writing.

    ``erased`` are people held here whom the bundle's erasure list erases; ``kept_out`` are assets the
    bundle carries that an erasure keeps out (never added again); ``consent`` counts consent events
    new here.
    """

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    erased: tuple[str, ...] = ()
    kept_out: tuple[str, ...] = ()
    consent: int = 0

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.erased or self.consent)

    def summary(self) -> str:
        """``people: 1 new, 0 updated, 1 erased`` (and consent events, assets kept out, when any)."""
        text = tr("people: {new} new, {updated} updated, {erased} erased").format(
            new=len(self.added), updated=len(self.updated), erased=len(self.erased)
        )
        if self.consent:
            text += ", " + tr_n(
                "{n} consent event(s) new here", "{n} consent event(s) new here", self.consent
            ).format(n=self.consent)
        if self.kept_out:
            kept = len(self.kept_out)
            text += "; " + tr_n("{n} erased asset(s) kept out", "{n} erased asset(s) kept out", kept).format(
                n=kept
            )
        return text


@dataclass(frozen=True)
class MergePlan:
    """Everything merging one bundle into one register would do, before anything is written."""

    bundle: Bundle
    target_register_id: str
    changes: tuple[AssetMerge, ...]
    unchanged: int = 0
    people: PeopleSection = NO_SECTION
    people_merge: PeopleMerge = PeopleMerge()
    # Links and stories that change here (their conflicts are among ``conflicts``), and photos new here.
    records: tuple[RecordMerge, ...] = ()
    new_photos: int = 0
    _by_kind: dict[str, tuple[AssetMerge, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        grouped: dict[str, list[AssetMerge]] = {}
        for change in self.changes:
            grouped.setdefault(change.kind, []).append(change)
        object.__setattr__(self, "_by_kind", {k: tuple(v) for k, v in grouped.items()})

    def of_kind(self, kind: str) -> tuple[AssetMerge, ...]:
        return self._by_kind.get(kind, ())

    @property
    def adds(self) -> tuple[AssetMerge, ...]:
        return self.of_kind("add")

    @property
    def updates(self) -> tuple[AssetMerge, ...]:
        return self.of_kind("update")

    @property
    def removals(self) -> tuple[AssetMerge, ...]:
        return self.of_kind("remove")

    @property
    def restorations(self) -> tuple[AssetMerge, ...]:
        return self.of_kind("restore")

    @property
    def conflicts(self) -> tuple[AssetMerge | RecordMerge, ...]:
        """Assets, links and stories changed on both sides, each with its fields in conflict."""
        return (*self.of_kind("conflict"), *(r for r in self.records if r.kind == "conflict"))

    @property
    def is_empty(self) -> bool:
        return not self.changes and not self.people_merge and not self.records and not self.new_photos

    def summary(self) -> str:
        """What the merge does to assets and, when it touches any, to people."""
        text = self.asset_summary()
        if self.records or self.new_photos:
            text += f"; {self.connection_summary()}"
        if self.people_merge or self.people_merge.kept_out:
            text += f"; {self.people_merge.summary()}"
        return text

    def asset_summary(self) -> str:
        counts = {
            "new": len(self.adds),
            "updated": len(self.updates),
            "removed": len(self.removals),
            "restored": len(self.restorations),
            "conflicts": len(self.conflicts),
        }
        if self.restorations:
            return tr(
                "{new} new, {updated} updated, {removed} removed, {restored} restored, "
                "{conflicts} in conflict"
            ).format(**counts)
        return tr("{new} new, {updated} updated, {removed} removed, {conflicts} in conflict").format(**counts)

    def missing_choices(self, choices: Mapping[str, Mapping[str, str]]) -> list[tuple[str, str]]:
        """(asset id, field) of every conflict field without a valid choice."""
        return [
            (change.asset_id, conflict.field)
            for change in self.conflicts
            for conflict in change.conflicts
            if choices.get(change.asset_id, {}).get(conflict.field) not in CHOICES
        ]

    def resolve(self, choices: Mapping[str, Mapping[str, str]]) -> list[MergeStep]:
        """The writes of this merge with ``choices`` applied: ``{asset id: {field: "mine"|"theirs"}}``.

        Raises ``MergeError`` listing the conflict fields that have no choice.
        """
        missing = self.missing_choices(choices)
        if missing:
            listed = ", ".join(f"{self._name(a)}: {f}" for a, f in missing[:10])
            count = len(missing)
            if count > 10:
                message = tr_n(
                    "{n} conflicting field(s) have no choice of mine or theirs ({listed} and {more} more). "
                    "Nothing was merged.",
                    "{n} conflicting field(s) have no choice of mine or theirs ({listed} and {more} more). "
                    "Nothing was merged.",
                    count,
                )
            else:
                message = tr_n(
                    "{n} conflicting field(s) have no choice of mine or theirs ({listed}). "
                    "Nothing was merged.",
                    "{n} conflicting field(s) have no choice of mine or theirs ({listed}). "
                    "Nothing was merged.",
                    count,
                )
            raise MergeError(message.format(n=count, listed=listed, more=count - 10))
        return [_step(change, choices.get(change.asset_id, {})) for change in self.changes]

    def _name(self, asset_id: str) -> str:
        for change in self.changes:
            if change.asset_id == asset_id:
                return change.name
        return next((r.name for r in self.records if r.asset_id == asset_id), asset_id)

    def connection_summary(self) -> str:
        """``links: 2 new, 1 updated; stories: 1 in conflict; photos: 3 new`` (the parts that apply)."""
        parts = []
        for record in ("link", "story"):
            kinds = [r.kind for r in self.records if r.record == record]
            counts = [
                _record_count(kind, kinds.count(kind))
                for kind in ("add", "update", "remove", "restore", "conflict")
                if kind in kinds
            ]
            if counts:
                heading = tr("links: {counts}") if record == "link" else tr("stories: {counts}")
                parts.append(heading.format(counts=", ".join(counts)))
        if self.new_photos:
            parts.append(tr("photos: {n} new").format(n=self.new_photos))
        return "; ".join(parts)

    def resolve_connections(self, choices: Mapping[str, Mapping[str, str]]) -> ConnectionSteps:
        """The writes of link kinds, links, stories and photos with ``choices`` applied.

        Raises ``MergeError`` listing the conflict fields that have no choice.
        """
        missing = self.missing_choices(choices)
        if missing:
            count = len(missing)
            raise MergeError(
                tr_n(
                    "{n} conflicting field(s) have no choice of mine or theirs.",
                    "{n} conflicting field(s) have no choice of mine or theirs.",
                    count,
                ).format(n=count)
            )
        steps = [record_step(change, choices.get(change.asset_id, {})) for change in self.records]
        return ConnectionSteps(
            kinds=self.bundle.connections.kinds,
            links=tuple(s for s, c in zip(steps, self.records, strict=True) if c.record == "link"),
            stories=tuple(s for s, c in zip(steps, self.records, strict=True) if c.record == "story"),
            photos=self.bundle.connections.photos,
        )


def _record_count(kind: str, count: int) -> str:
    """``2 new``, ``1 in conflict``: how many links or stories a merge changes in one way."""
    if kind == "add":
        return tr("{n} new").format(n=count)
    if kind == "update":
        return tr("{n} updated").format(n=count)
    if kind == "remove":
        return tr("{n} removed").format(n=count)
    if kind == "restore":
        return tr("{n} restored").format(n=count)
    return tr("{n} in conflict").format(n=count)


def _kind(mine: Mapping[str, object], result: Mapping[str, object]) -> str:
    if mine == result:
        return "link"
    if result["removed"] != mine["removed"]:
        return "remove" if result["removed"] else "restore"
    return "update"


def _step(change: AssetMerge, chosen: Mapping[str, str]) -> MergeStep:
    content = dict(change.merged)
    node = change.theirs.head
    kind = change.kind
    if change.kind == "conflict":
        theirs = change.theirs.content
        for conflict in change.conflicts:
            if chosen[conflict.field] == "theirs":
                for name in MERGE_UNITS[conflict.field]:
                    content[name] = theirs[name]
    if change.parents != change.theirs.head_entry().parents or change.kind == "conflict":
        node = node_id(canonical_content(content), change.parents)
    if change.kind == "conflict":
        if change.mine is None:
            raise ValueError(f"A conflict over asset {change.asset_id} has no asset here.")
        kind = _kind(content_of(change.mine), content)
    return MergeStep(
        asset_id=change.asset_id,
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


# -- ancestry -----------------------------------------------------------------------------------


def _three_way(
    base: Mapping[str, object] | None, mine: Mapping[str, object], theirs: Mapping[str, object]
) -> tuple[dict[str, object], list[FieldConflict]]:
    """Merge per unit (see :func:`assetmap.bundles.ancestry.three_way`), the units an asset has."""
    return three_way(base, mine, theirs, MERGE_UNITS)


def _check_content(theirs: BundleAsset, categories: Sequence[str], bundle: Bundle) -> None:
    fields = {name: theirs.content[name] for name in EDITABLE_FIELDS}
    try:
        clean_fields(fields, categories, creating=True)
    except ValidationError as exc:
        raise BundleError(
            bundle.path,
            tr(
                "The bundle {path} holds an asset this register cannot take: {name} ({asset_id}): {problem} "
                "Nothing was merged. Ask whoever sent the bundle to correct that asset in their register and "
                "export the bundle again."
            ).format(path=bundle.path or "", name=quoted(theirs.name), asset_id=theirs.id, problem=exc),
        ) from None


def _plan_asset(theirs: BundleAsset, local: LocalState | None) -> AssetMerge | None:
    head_entry = theirs.head_entry()
    if local is None:
        return AssetMerge("add", theirs.id, theirs, None, None, head_entry.parents, dict(theirs.content))
    mine = local.head.node
    if mine == theirs.head:
        return None
    graph: dict[str, Sequence[str]] = {e.node: e.parents for e in theirs.history}
    graph.update((e.node, e.parents) for e in local.entries)
    mine_content = local.head.content or content_of(local.asset)
    if theirs.head in _ancestors(mine, graph):
        return None  # this register already holds their state, or a later one
    if mine in _ancestors(theirs.head, graph):
        merged = dict(theirs.content)
        return AssetMerge(
            _kind(mine_content, merged), theirs.id, theirs, local.asset, mine, head_entry.parents, merged
        )
    bases = merge_bases(mine, theirs.head, graph)
    base = None
    if bases:
        known = {e.node: e.content for e in (*theirs.history, *local.entries) if e.content is not None}
        base = known.get(bases[0])
    merged, conflicts = _three_way(base, mine_content, theirs.content)
    parents = tuple(sorted((mine, theirs.head)))
    kind = "conflict" if conflicts else _kind(mine_content, merged)
    return AssetMerge(
        kind,
        theirs.id,
        theirs,
        local.asset,
        mine,
        parents,
        merged,
        base=base,
        conflicts=tuple(conflicts),
        mine_stamp=_stamp(local.entries, mine, (updated_time(local.asset), "", mine)),
        theirs_stamp=_stamp(theirs.history, theirs.head, (theirs.updated_at, "", theirs.head)),
    )


def plan_people(bundle: Bundle, local: LocalPeople) -> PeopleMerge:
    """What merging ``bundle`` does to the people of a register whose people are ``local`` (pure).

    A person on either erasure list is never added; a person held here is updated when the bundle's
    record is newer (see ``SealedPerson.order``); an asset on either erasure list, or the gift of a
    person on one, is kept out.
    """
    section = bundle.people
    erased_people = local.erased_people | {e.person_id for e in section.erasures}
    erased_assets = local.erased_assets | {a for e in section.erasures for a in e.asset_ids}
    added = []
    updated = []
    for person in section.people:
        if person.id in erased_people:
            continue
        mine = local.order.get(person.id)
        if mine is None:
            added.append(person.id)
        elif person.order > mine:
            updated.append(person.id)
    kept = set(local.order) | set(added)
    return PeopleMerge(
        added=tuple(added),
        updated=tuple(updated),
        erased=tuple(
            sorted({e.person_id for e in section.erasures} & (set(local.order) - local.erased_people))
        ),
        kept_out=tuple(
            a.id
            for a in bundle.assets
            if kept_out_by_erasure(a.id, section.gifts, erased_people, erased_assets)
        ),
        consent=sum(
            1
            for e in section.consent
            if e.id not in local.consent_ids and e.person_id in kept and e.person_id not in erased_people
        ),
    )


_NO_LOCAL_PEOPLE = LocalPeople({}, frozenset(), frozenset(), frozenset())


def compute_plan(
    bundle: Bundle,
    local: Mapping[str, LocalState],
    *,
    target_register_id: str,
    categories: Sequence[str],
    local_people: LocalPeople = _NO_LOCAL_PEOPLE,
    local_links: Mapping[str, LocalRecord] | None = None,
    local_stories: Mapping[str, LocalRecord] | None = None,
    local_photos: Collection[str] = (),
    names: Mapping[str, str] | None = None,
) -> MergePlan:
    """Plan merging ``bundle`` into a register whose assets' states are ``local`` (pure).

    Assets that an erasure keeps out (see :func:`plan_people`) are left out of the plan whole.
    Raises ``BundleError`` for a bundle from the same register or holding an asset that fails the
    register's checks (then nothing can be merged from it).
    """
    if bundle.register_id == target_register_id:
        raise BundleError(
            bundle.path,
            tr(
                "The bundle {path} was exported from this same register, so there is nothing "
                "to merge. Merge a bundle from another worker's register. If this register is a copy of "
                "theirs (a register file copied between computers), first make the copy a register of its "
                "own: File → Make this copy a separate register, or `assetmap separate --register FILE`."
            ).format(path=bundle.path or ""),
        )
    people = plan_people(bundle, local_people)
    kept_out = set(people.kept_out)
    changes = []
    unchanged = 0
    for theirs in bundle.assets:
        if theirs.id in kept_out:
            continue
        _check_content(theirs, categories, bundle)
        change = _plan_asset(theirs, local.get(theirs.id))
        if change is None:
            unchanged += 1
        else:
            changes.append(change)
    connections = bundle.connections
    names = {
        **{k.code: k.label for k in connections.kinds},
        **{a.id: a.name for a in bundle.assets},
        **(names or {}),
    }
    links, _ = plan_records("link", connections.links, local_links or {}, names)
    stories, _ = plan_records("story", connections.stories, local_stories or {}, names)
    new_photos = sum(1 for copy in connections.photos if copy.photo.id not in local_photos)
    return MergePlan(
        bundle,
        target_register_id,
        tuple(changes),
        unchanged,
        bundle.people,
        people,
        records=(*links, *stories),
        new_photos=new_photos,
    )


def plan_merge(register: Register, bundle: Bundle) -> MergePlan:
    """Plan merging ``bundle`` into ``register``; reads the register, writes nothing.

    Parameters
    ----------
    register
        The register to merge into.
    bundle
        From :func:`assetmap.bundles.format.read_bundle`.

    Returns
    -------
    MergePlan
        Adds, updates, removals, restorations and conflicts (each with field-by-field base, mine and
        theirs values), and what happens to people (``people_merge``), ready for choices and
        :meth:`Register.merge_bundle`.
    """
    local = register.merge_state([a.id for a in bundle.assets])
    links, stories, photos = register.connection_merge_state(
        [r.id for r in bundle.connections.links], [r.id for r in bundle.connections.stories]
    )
    carried = bundle.connections.links or bundle.connections.stories
    names = {a.id: a.name for a in register.assets(include_removed=True)} if carried else {}
    return compute_plan(
        bundle,
        local,
        target_register_id=register.register_id,
        categories=register.category_codes(),
        local_people=register.people_merge_state(),
        local_links=links,
        local_stories=stories,
        local_photos=photos,
        names=names,
    )
