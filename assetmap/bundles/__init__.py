"""Register bundles: exchanging and merging registers between computers without a server.

Design
------
History. Every write to an asset adds an entry to ``asset_history`` in the same transaction
(``assetmap.register.merging``), except a bulk import: an imported asset at version 1 with no entry
is read as being in its "add" state, named exactly as a written entry would name it, and that entry
is written by the asset's next write or before a bundle is read. An entry holds the asset's content
after the write (the edited fields plus ``removed``, as canonical JSON), its version, the register
that wrote it (each register has a stable ``register_id`` in ``register_meta``), the time and the
operation. Each entry names the state it reached with a *state id*: a hash of the content and of the
ids of the states it came from, like a commit id. States therefore form a graph per asset, the same
graph on every register that knows them. Migration 0003 gives each existing asset a ``baseline``
state, and a write that bypassed the register (none should) is noticed and named the same way by
every reader.

Bundles (``format``, ``export``). One gzip-compressed JSON file: format version, source register id,
the point it starts from (``everything``, ``last``, ``bundle:N``, or a UTC time), and each asset
changed since then with its id, version, times, current content and state id, and its whole lineage
of states (ids and parents; content for states since the point). Removals travel as content
(``removed`` true) with ``removed_at``, so the receiving register shows them under "Recently removed",
restorable. Reading checks everything (gzip, JSON, format, types, every state id against its
content) and turns any problem into a ``BundleError`` that says what to do.

Planning (``planning``, pure). For each bundle asset: absent here, an *add*; the same state, or their
state among this asset's ancestors here, nothing (so merging a bundle twice changes nothing); this
register's state among theirs' ancestors, a fast-forward to theirs (*update*, *remove* or *restore*);
otherwise both changed, and the newest common states (merge bases, sorted, so both registers pick
the same one) give the base for a three-way merge per field: changed on one side only, that side
wins; changed on both to different values, a *conflict* for a person to choose. Longitude and
latitude merge as one "location". The result of joining two states is a new state whose parents are
both, and whose id depends only on its content and those parents: merging A into B and B into A
with the same choices reaches the same state id, and then each bundle is a no-op for the other.

Refusing, not cleaning. A bundle holding an asset that the register's own checks refuse (for example
a website that is not an ``http`` or ``https`` address, such as ``javascript:``, which an older AssetMap
let through) is refused whole, naming the asset; nothing is merged. Cleaning it on the way in would
change content under a state id the sender's register also holds, so the two registers would stop
naming the same state alike, and the bad value would live on at the sender. The sender corrects the
asset (the form says what is wrong) and exports the bundle again.

Choosing (``resolution``). Choices are ``{asset id: {field: "mine" | "theirs"}}``, from the dialog,
a JSON file, or a policy: ``mine``, ``theirs``, or ``newest`` (the side whose state was made later;
ties go to the larger register id), which both registers evaluate alike. Nothing is lost: the
state not chosen stays in the asset's history as a parent of the merge.

Writing. ``Register.merge_bundle(plan, choices)`` is one transaction: it checks each asset is still in
the state that was planned, imports the bundle's history entries, writes the merged content and
records a ``merge`` entry. The app's merge dialog and ``assetmap merge`` share this path.

People (format 2). Whatever its starting point, a bundle carries all of the register's people: each
live person's record and history states, still sealed, with the key that opens them; every consent
event; who runs or belongs to which group or space; which person each gift belongs to; and the
register's whole erasure list (person ids, their gifts' ids, when). Reading checks each sealed record
opens with its person's key and holds fields a person may have, and that every event, link and gift
names a person the bundle holds; any fault refuses the whole bundle. Merging applies the erasure list
first, in the merge's own transaction, so a person or gift erased on either side is never added back,
even from a bundle made before the erasure. A person new here is added; a person held on both sides
takes the newer record whole (``updated_at``, then ``version``), keeping both sides' states in their
history; consent events are the union by id (never edited), so a withdrawal anywhere takes effect
everywhere; links are the union. A bundle of format 1 has no people and merges as before. After an
erasure, a new bundle holds nothing of the person but their id; an older bundle file still holds
their sealed record with its key, so it is personal data until it is deleted.

A register file copied to a second computer keeps its ``register_id``, so bundles between the copy
and the original are refused as coming from the same register until the copy is given an identity
of its own (``Register.separate_copy``, ``assetmap separate``); their shared history then lets their
later changes merge. Known limit: purging an asset (undoing its creation) drops its history.
"""
