"""How connected each ward's assets are: the connection measures beside the abundance measures.

Two figures per ward, from the links among the assets a report counts
(:func:`assetmap.register.connection_sharing.counted_links`):

- ``linked_share``: the share of the ward's counted assets with at least one link (to or from any
  counted asset, anywhere, or from a person whose consent covers the tier);
- ``groups_linked``: the number of distinct associations linked to the ward's physical spaces (a group
  meeting at, running or supporting a space, or a space linked to a group), wherever the group is.

The small-number rules of :mod:`assetmap.reports.privacy` hold for them too. ``linked_share`` is
withheld (``links_withheld``) in a ward whose figures that include individuals are withheld, and in a
ward whose assets are linked from 1 to 4 people: the share with and without them would give their
number away. ``groups_linked`` counts associations only, never people, and is never withheld.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from assetmap.register.connection_sharing import counted_links, is_from_person
from assetmap.register.connections import Link
from assetmap.register.consent import PeopleView
from assetmap.register.records import Asset
from assetmap.reports import privacy

GROUPS = "associations"
SPACES = "physical_spaces"
# Each connection figure that can be withheld, and the column that says where it is.
WITHHELD_COLUMNS: dict[str, str] = {"linked_share": "links_withheld"}


def connection_figures(
    counted: Sequence[Asset],
    links: Iterable[Link] | None,
    codes: Sequence[str],
    *,
    tier: str,
    people: PeopleView,
    withheld: Sequence[bool] | np.ndarray,
) -> pd.DataFrame:
    """Per ward of ``codes`` (in order): ``linked``, ``linked_share``, ``groups_linked``, ``link_people``
    and ``links_withheld``.

    Parameters
    ----------
    counted
        The assets the report counts (tier, consent, status and categories already applied).
    links
        The register's links (``Register.links()``); ``None`` when they are not known, which gives no
        data (NaN) rather than zeros.
    withheld
        Per ward, whether its figures that include individuals are withheld.
    """
    frame = pd.DataFrame(index=pd.Index(list(codes), name="ward_code"))
    withheld_now = np.asarray(withheld, dtype=bool)
    if links is None:
        for column in ("linked", "linked_share", "groups_linked", "link_people"):
            frame[column] = np.nan
        frame["links_withheld"] = withheld_now
        return frame
    by_id = {a.id: a for a in counted}
    kept = counted_links(links, by_id.keys(), tier, people=people)
    linked: set[str] = set()
    people_into: dict[str, set[str]] = {}
    groups_of_space: dict[str, set[str]] = {}
    for link in kept:
        linked.add(link.to_id)
        target = by_id[link.to_id]
        if is_from_person(link):
            if target.ward_code is not None:
                people_into.setdefault(target.ward_code, set()).add(link.from_id)
            continue
        linked.add(link.from_id)
        source = by_id[link.from_id]
        for space, group in ((target, source), (source, target)):
            if space.category == SPACES and group.category == GROUPS:
                groups_of_space.setdefault(space.id, set()).add(group.id)
    wards = pd.Series([a.ward_code for a in counted], dtype=object)
    is_linked = pd.Series([a.id in linked for a in counted], dtype=bool)
    totals = wards.value_counts()
    hits = is_linked.groupby(wards).sum() if len(counted) else pd.Series(dtype=int)
    total = totals.reindex(codes, fill_value=0).to_numpy(dtype=float)
    frame["linked"] = hits.reindex(codes, fill_value=0).astype(int).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["linked_share"] = np.where(total > 0, frame["linked"].to_numpy(dtype=float) / total, np.nan)
    groups: dict[str, set[str]] = {}
    for space_id, ids in groups_of_space.items():
        ward = by_id[space_id].ward_code
        if ward is not None:
            groups.setdefault(ward, set()).update(ids)
    frame["groups_linked"] = [len(groups.get(c, ())) for c in codes]
    frame["link_people"] = [len(people_into.get(c, ())) for c in codes]
    few_people = privacy.withheld_wards(frame["link_people"].to_numpy(dtype=int))
    frame["links_withheld"] = withheld_now | few_people
    frame["linked_share"] = frame["linked_share"].where(~frame["links_withheld"])
    return frame
