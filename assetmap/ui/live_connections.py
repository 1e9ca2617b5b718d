"""Another worker's links, stories and link kinds, heard as change notices, shown in an open window.

A notice names the links and stories a write touched by id and version (a link kind by its code), never
by their text. The window keeps what its last reading of the map's links and stories saw (a
:class:`Read`); a notice row that reading already shows at (or past) its version changes nothing, so
the window's own write, applied when it was made, is not applied again. A row it does not show is
read afresh, off the UI thread as the map's links always are: the Links layer and the popups' stories
follow, then the Connections view and an open asset form's Links and Stories parts. While a reading is
under way the rows wait for it, as it may already hold them. Photos are not shown outside a dialog
that reads them when it opens, so their notices change nothing here.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assetmap.register.connections import Link, Story
from assetmap.register.notices import Notice
from assetmap.ui.connections_form import ROLE, LinksPart
from assetmap.ui.story_form import StoriesPart

if TYPE_CHECKING:
    from assetmap.ui.connections_actions import ConnectionsActions

# The tables whose notices this module reads (``photos`` is heard, and changes nothing shown).
TABLES = frozenset({"links", "stories", "photos", "link_kinds"})
# A row as a notice leaves it: (table, id) -> its version, or ``GONE`` once deleted.
GONE = -1
Row = tuple[str, str]


@dataclass(frozen=True)
class Read:
    """What one reading of the map's links and stories saw: versions, and each link kind's label."""

    links: Mapping[str, int] = field(default_factory=dict)
    stories: Mapping[str, int] = field(default_factory=dict)
    kinds: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, links: Iterable[Link], stories: Iterable[Story], kinds: Mapping[str, str]) -> Read:
        return cls(
            {link.id: link.version for link in links},
            {story.id: story.version for story in stories},
            dict(kinds),
        )


def last_states(notices: Iterable[Notice]) -> tuple[dict[Row, int | None], bool]:
    """Each row's state after the notices, in order; and whether one said only "many rows" (read all)."""
    states: dict[Row, int | None] = {}
    many = False
    for notice in notices:
        if notice.table not in TABLES or notice.table == "photos":
            continue
        many = many or bool(notice.many)
        for row_id, version in notice.rows:
            states[(notice.table, row_id)] = GONE if notice.op == "delete" else version
    return states, many


def unseen(
    states: Mapping[Row, int | None], read: Read | None, kinds_now: Mapping[str, str] | None
) -> dict[Row, int | None]:
    """The rows ``read`` does not show as the notices left them (``kinds_now``: the kinds as they are)."""
    left: dict[Row, int | None] = {}
    for (table, row_id), version in states.items():
        if read is None:
            left[(table, row_id)] = version
        elif table == "link_kinds":
            if kinds_now is None or kinds_now.get(row_id) != read.kinds.get(row_id):
                left[(table, row_id)] = version
        else:
            seen = read.links if table == "links" else read.stories
            if version == GONE:
                shown = row_id not in seen
            else:
                shown = version is not None and seen.get(row_id, 0) >= version
            if not shown:
                left[(table, row_id)] = version
    return left


class LiveConnections:
    """Keeps one window's links, stories and link kinds in step with others' notices."""

    def __init__(self, actions: ConnectionsActions) -> None:
        self.actions = actions
        self.read: Read | None = None  # what the last delivered reading saw
        self._waiting: dict[Row, int | None] = {}
        self._parts: weakref.WeakSet[LinksPart | StoriesPart] = weakref.WeakSet()

    def watch(self, *parts: LinksPart | StoriesPart) -> None:
        """Keep an open asset form's Links and Stories parts in step."""
        for part in parts:
            self._parts.add(part)

    def apply_notices(self, notices: Sequence[Notice]) -> None:
        """Show what others changed among the links, stories and link kinds the notices name."""
        states, many = last_states(notices)
        if many:
            self._waiting.clear()
            self.actions.reload()
            self._refresh_parts()
            self.actions.kinds_changed()
            return
        if not states:
            return
        left = unseen(states, self.read, self._kinds_now(states))
        if not left:
            return  # already shown: the window's own write, or one read since
        if self.actions.reading_under_way:
            self._waiting.update(left)  # that reading may hold them: see when it is delivered
            return
        self._others_changed({table for table, _id in left})

    def read_delivered(self, read: Read | None) -> None:
        """A reading of the map's links and stories was shown (``None``: it failed)."""
        if read is not None:
            self.read = read
        if not self._waiting:
            return
        waiting, self._waiting = self._waiting, {}
        left = unseen(waiting, self.read, self._kinds_now(waiting))
        if left:
            self._others_changed({table for table, _id in left})

    def caught_up(self) -> None:
        """The window read the register afresh (the server is back): the open parts follow too."""
        self._waiting.clear()
        self._refresh_parts()
        self.actions.kinds_changed()

    def _kinds_now(self, rows: Mapping[Row, int | None]) -> dict[str, str] | None:
        if not any(table == "link_kinds" for table, _id in rows):
            return None
        return {k.code: k.label for k in self.actions.window.register.link_kinds()}

    def _others_changed(self, tables: set[str]) -> None:
        self.actions.refresh_map()
        if tables & {"links", "link_kinds"}:
            self.actions.network_changed()
        if "link_kinds" in tables:
            self.actions.kinds_changed()
        self._refresh_parts()

    def _refresh_parts(self) -> None:
        for part in list(self._parts):
            if part.window().isVisible():
                _refresh_keeping_choice(part)


def _refresh_keeping_choice(part: LinksPart | StoriesPart) -> None:
    """Read a part's list afresh, keeping the row chosen in it chosen."""
    listed = part.list
    item = listed.currentItem()
    chosen = item.data(ROLE) if item is not None else None
    part.refresh()
    if chosen is not None:
        for row in range(listed.count()):
            if listed.item(row).data(ROLE) == chosen:
                listed.setCurrentRow(row)
                break
