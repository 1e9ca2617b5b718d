"""The light read of the links: their ends and kinds only, as columns, by the same rules as the full read.

The map draws a line for each of 30,000 links; building a :class:`~assetmap.register.connections.Link`
record for each (ten fields, three of them times) took most of a second, and the line needs only the two
ends and the kind. :func:`read_link_ends` reads just those columns into NumPy arrays. It keeps the links
the full read (``Register.links()``, by :func:`live_links`) keeps, from the same live assets and people
(:func:`live_assets`, :func:`live_people`): a removed link, and a link with a removed asset, a removed
person or an erased person at either end, is left out (tests/register/test_link_ends.py holds the two
reads to the same links).

A link from a person is that person's data (:mod:`assetmap.register.connection_sharing`): the light read
gives none without the consent in force (``people``), and with it only those of people whose consent to
be kept in the register is in force.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy import ColumnElement, Connection, Select, and_, or_, select

from assetmap.register import consent, sharing
from assetmap.register.consent import PeopleView
from assetmap.register.schema import AssetRow, LinkRow, PersonRow

_LINKS = LinkRow.__table__
_ASSETS = AssetRow.__table__
_PEOPLE = PersonRow.__table__
ASSET, PERSON = "asset", "person"


def live_assets() -> Select[str]:
    """The ids of the assets not removed."""
    return select(_ASSETS.c.id).where(_ASSETS.c.removed_at.is_(None))


def live_people() -> Select[str]:
    """The ids of the people neither removed nor erased."""
    return select(_PEOPLE.c.id).where(_PEOPLE.c.removed_at.is_(None), _PEOPLE.c.erased_at.is_(None))


def live_links() -> ColumnElement[bool]:
    """The links read as live: not removed, to a live asset, from a live asset or a live person."""
    return and_(
        _LINKS.c.removed_at.is_(None),
        _LINKS.c.to_id.in_(live_assets()),
        or_(
            and_(_LINKS.c.from_kind == ASSET, _LINKS.c.from_id.in_(live_assets())),
            and_(_LINKS.c.from_kind == PERSON, _LINKS.c.from_id.in_(live_people())),
        ),
    )


@dataclass(frozen=True, slots=True, eq=False)
class LinkEnds:
    """Live links as four columns of equal length (NumPy arrays of ``str``), one entry a link."""

    from_kind: np.ndarray
    from_id: np.ndarray
    to_id: np.ndarray
    kind: np.ndarray

    def __len__(self) -> int:
        return len(self.kind)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """``(from kind, from id, to id, kind)`` for each link, in order (for tests and small uses)."""
        return list(zip(self.from_kind, self.from_id, self.to_id, self.kind, strict=True))


def _column(values: object) -> np.ndarray:
    return np.array(values, dtype=object)


def _among(values: np.ndarray, allowed: Iterable[str]) -> np.ndarray:
    """Which of ``values`` are in ``allowed`` (hashed, not sorted: ids are long strings)."""
    return np.asarray(pd.Index(values).isin(list(allowed)), dtype=bool)


def read_link_ends(conn: Connection, people: PeopleView | None = None) -> LinkEnds:
    """The live links' ends and kinds (the rule of :func:`live_links`), in the order the database keeps them.

    The rule is applied to the columns here rather than in the query: a scan of the links and one read
    of the live assets' ids take a quarter of the time SQLite spends looking every end up in the query.

    Parameters
    ----------
    conn
        A connection to the register.
    people
        The consent in force. Without it only links between two assets are read; with it, links from
        people too, but only from those whose consent to be kept in the register is in force.
    """
    query = select(_LINKS.c.from_kind, _LINKS.c.from_id, _LINKS.c.to_id, _LINKS.c.kind).where(
        _LINKS.c.removed_at.is_(None)
    )
    if people is None:
        query = query.where(_LINKS.c.from_kind == ASSET)
    # The driver's own tuples: a Row for each of 30,000 links was most of the read's time.
    result = conn.execute(query)
    rows = result.cursor.fetchall()
    result.close()
    if not rows:
        empty = _column([])
        return LinkEnds(empty, empty, empty, empty)
    from_kind, from_id, to_id, kind = (_column(column) for column in zip(*rows, strict=True))
    assets = conn.scalars(live_assets()).all()
    to_live = _among(to_id, assets)
    keep = to_live & (from_kind == ASSET) & _among(from_id, assets)
    if people is not None:
        needed = sharing.CONSENT_NEEDED[sharing.ALL]
        consented = [
            pid for pid in conn.scalars(live_people()) if consent.at_least(people.level(pid), needed)
        ]
        keep |= to_live & (from_kind == PERSON) & _among(from_id, consented)
    return LinkEnds(from_kind[keep], from_id[keep], to_id[keep], kind[keep])
