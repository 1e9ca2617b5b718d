"""The connections network from a real register: who is in a ward's network, who is a connector, where
people appear, and the force-directed layout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from assetmap.maps.network import UNNAMED_PERSON, layout, ward_network
from assetmap.register import Register, consent

# Three points in Manchester city centre's ward and one in Didsbury.
CENTRE = [(-2.2426, 53.4808), (-2.2380, 53.4790), (-2.2450, 53.4830), (-2.2400, 53.4815), (-2.2350, 53.4800)]
DIDSBURY = (-2.2300, 53.4170)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    register = Register.open(tmp_path / "network.assetmap")
    yield register
    register.close()


def _add(register: Register, name: str, lonlat: tuple[float, float], category: str = "associations") -> str:
    return register.add_asset(name=name, category=category, lon=lonlat[0], lat=lonlat[1]).added[0]


def test_a_wards_network_holds_its_assets_and_what_they_are_linked_to_elsewhere(register: Register) -> None:
    hub = _add(register, "Tenants' association", CENTRE[0])
    others = [_add(register, f"Group {i}", CENTRE[i]) for i in range(1, 5)]
    far = _add(register, "Didsbury allotment", DIDSBURY, "physical_spaces")
    lonely = _add(register, "Unlinked choir", CENTRE[1])
    for other in others:
        register.add_link(hub, other, "supports")
    register.add_link(hub, far, "runs")
    removed = register.add_link(others[0], others[1], "refers_to").links[0]
    register.remove_link(removed)

    ward = register.asset(hub).ward_code
    network = ward_network(register.assets(), register.links(), people=register.people_view(), ward_code=ward)

    by_id = {node.id: node for node in network.nodes}
    assert set(by_id) == {hub, *others, far, lonely}
    assert by_id[far].inside is False and by_id[hub].inside is True
    assert len(network.edges) == 5  # the removed link is not drawn
    assert by_id[hub].links == 5 and by_id[hub].connector
    assert [n.id for n in network.connectors] == [hub]
    assert not by_id[lonely].connector and by_id[lonely].links == 0


def test_the_whole_registers_network_has_every_live_asset(register: Register) -> None:
    ids = [_add(register, f"Group {i}", CENTRE[i]) for i in range(5)]
    register.add_link(ids[0], ids[1], "meets_at")
    removed_asset = ids[4]
    register.add_link(ids[3], removed_asset, "funds")
    register.remove_assets([removed_asset])

    network = ward_network(register.assets(), register.links(), people=register.people_view())

    assert {n.id for n in network.nodes} == set(ids[:4])
    assert len(network.edges) == 1


def test_a_person_appears_only_with_consent_and_is_named_only_with_consent_to_be_named(
    register: Register,
) -> None:
    group = _add(register, "Lunch club", CENTRE[0])
    kept = register.add_person("Qx Kept Person")
    named = register.add_person("Qx Named Person")
    unconsented = register.add_person("Qx Secret Person")
    register.record_consent(kept.id, consent.REGISTER, method="paper")
    register.record_consent(named.id, consent.NAMED, method="paper")
    for person in (kept, named, unconsented):
        register.add_link(person.id, group, "runs", from_kind="person")

    network = ward_network(register.assets(), register.links(), people=register.people_view())

    people = [n for n in network.nodes if n.kind == "person"]
    assert sorted(n.label for n in people) == sorted([UNNAMED_PERSON, "Qx Named Person"])
    assert all("Secret" not in n.label for n in network.nodes)
    assert len(network.edges) == 2


def test_the_layout_is_repeatable_fills_the_unit_square_and_keeps_linked_nodes_together() -> None:
    clique_a = [(i, j) for i in range(10) for j in range(i + 1, 10)]
    clique_b = [(i, j) for i in range(10, 20) for j in range(i + 1, 20)]
    positions = layout(20, [*clique_a, *clique_b])

    assert positions.shape == (20, 2)
    assert np.array_equal(positions, layout(20, [*clique_a, *clique_b]))
    assert positions.min() == pytest.approx(0.0) and positions.max() == pytest.approx(1.0)

    def mean_distance(pairs: list[tuple[int, int]]) -> float:
        return float(np.mean([np.hypot(*(positions[a] - positions[b])) for a, b in pairs]))

    across = [(i, j) for i in range(10) for j in range(10, 20)]
    assert mean_distance([*clique_a, *clique_b]) < 0.5 * mean_distance(across)


def test_a_large_network_is_laid_out_on_the_grid_without_stacking_nodes() -> None:
    rng = np.random.default_rng(3)
    groups = 40
    count = 2000
    # Clustered like real links: most within a group, a few across.
    edges = []
    for node in range(count):
        group = node % groups
        for _ in range(3):
            edges.append((node, group + groups * int(rng.integers(0, count // groups))))
    positions = layout(count, edges, iterations=40)

    assert positions.shape == (count, 2) and np.isfinite(positions).all()
    distinct = {(round(x, 4), round(y, 4)) for x, y in positions}
    assert len(distinct) > 0.95 * count
    # Members of a group end up nearer each other than two nodes taken at random.
    same = np.mean([np.hypot(*(positions[i] - positions[i + groups])) for i in range(0, count - groups, 7)])
    anyhow = np.mean([np.hypot(*(positions[i] - positions[(i * 7919) % count])) for i in range(0, count, 7)])
    assert same < anyhow
