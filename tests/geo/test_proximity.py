"""The grid searches for near points give what scipy's k-d trees give (scipy is the oracle here, installed
for the tests only), on random points, repeated points, points exactly at the distance and no points."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.spatial import KDTree, cKDTree

from assetmap.geo.proximity import any_within, pairs_within


def reached_by_tree(places: np.ndarray, points: np.ndarray, distance: float) -> np.ndarray:
    """The walk measure's former reading: the nearest point by a k-d tree, the edge included."""
    if len(places) == 0 or len(points) == 0:
        return np.zeros(len(places), dtype=bool)
    nearest, _ = KDTree(points).query(places, k=1, distance_upper_bound=np.nextafter(distance, np.inf))
    return nearest <= distance


def pairs_by_tree(points: np.ndarray, distance: float) -> list[tuple[int, int]]:
    if len(points) == 0:
        return []
    return sorted(map(tuple, cKDTree(points).query_pairs(distance, output_type="ndarray").tolist()))


def as_pairs(found: np.ndarray) -> list[tuple[int, int]]:
    assert found.ndim == 2 and found.shape[1] == 2
    assert (found[:, 0] < found[:, 1]).all()
    return sorted(map(tuple, found.tolist()))


# Whole-number coordinates on a small board repeat points and put many exactly at whole distances
# (3-4-5 triangles, points in a row), where rounding would show; a scale keeps them exact.
board = st.lists(st.tuples(st.integers(-12, 12), st.integers(-12, 12)), max_size=60)
scales = st.sampled_from([1.0, 0.5, 100.0, 800.0, 2.0**-10])
whole_distances = st.integers(0, 15)
free = st.lists(
    st.tuples(st.floats(-1e6, 1e6, allow_nan=False), st.floats(-1e6, 1e6, allow_nan=False)), max_size=60
)
free_distances = st.floats(0, 3e6, allow_nan=False)
# The tree's bound is compared squared, and the bound just above nothing squares to nothing: it finds no
# point at all for a distance of 0, not even one in the very place. The walk is never 0; the grid keeps
# the edge rule there too (test_no_places_no_points_and_one_point).
walks = st.integers(1, 15)
free_walks = st.floats(1e-100, 3e6, allow_nan=False)


def array(points: list[tuple[float, float]]) -> np.ndarray:
    return np.array(points, dtype=float).reshape(-1, 2)


@settings(max_examples=300, deadline=None)
@given(board, board, walks, scales)
def test_places_within_a_whole_distance_of_a_point_match_the_tree(places, points, distance, scale) -> None:
    places_xy, points_xy = array(places) * scale, array(points) * scale
    expected = reached_by_tree(places_xy, points_xy, distance * scale)
    assert any_within(places_xy, points_xy, distance * scale).tolist() == expected.tolist()


@settings(max_examples=200, deadline=None)
@given(free, free, free_walks)
def test_places_within_any_distance_of_a_point_match_the_tree(places, points, distance) -> None:
    places_xy, points_xy = array(places), array(points)
    expected = reached_by_tree(places_xy, points_xy, distance)
    assert any_within(places_xy, points_xy, distance).tolist() == expected.tolist()


@settings(max_examples=300, deadline=None)
@given(board, whole_distances, scales)
def test_pairs_within_a_whole_distance_match_the_tree(points, distance, scale) -> None:
    xy = array(points) * scale
    assert as_pairs(pairs_within(xy, distance * scale)) == pairs_by_tree(xy, distance * scale)


@settings(max_examples=200, deadline=None)
@given(free, free_distances)
def test_pairs_within_any_distance_match_the_tree(points, distance) -> None:
    xy = array(points)
    assert as_pairs(pairs_within(xy, distance)) == pairs_by_tree(xy, distance)


def test_a_point_exactly_at_the_distance_is_near_and_one_just_past_it_is_not() -> None:
    points = np.array([[0.0, 0.0]])
    places = np.array([[800.0, 0.0], [0.0, -800.0], [480.0, 640.0], [np.nextafter(800.0, 1e9), 0.0]])
    assert any_within(places, points, 800.0).tolist() == [True, True, True, False]
    together = np.vstack([points, places])
    with_the_point = [pair for pair in as_pairs(pairs_within(together, 800.0)) if pair[0] == 0]
    assert with_the_point == [(0, 1), (0, 2), (0, 3)]


def test_no_places_no_points_and_one_point() -> None:
    one = np.array([[5.0, 5.0]])
    assert any_within(np.empty((0, 2)), one, 10).tolist() == []
    assert any_within(one, np.empty((0, 2)), 10).tolist() == [False]
    assert any_within(one, one, 0).tolist() == [True]
    assert pairs_within(np.empty((0, 2)), 1).shape == (0, 2)
    assert pairs_within(one, 1).shape == (0, 2)


def test_repeated_points_pair_at_no_distance() -> None:
    xy = np.array([[1.0, 1.0], [1.0, 1.0], [2.0, 1.0], [1.0, 1.0]])
    assert as_pairs(pairs_within(xy, 0)) == [(0, 1), (0, 3), (1, 3)]
    assert as_pairs(pairs_within(xy, 0)) == pairs_by_tree(xy, 0)


def test_many_clustered_points_match_the_tree_across_chunks() -> None:
    """Enough candidates for several chunks of work, clustered as postcodes and assets are."""
    rng = np.random.default_rng(11)
    centres = rng.uniform(0, 40_000, (30, 2))
    points = centres[rng.integers(0, 30, 6_000)] + rng.normal(0, 400, (6_000, 2))
    places = centres[rng.integers(0, 30, 60_000)] + rng.normal(0, 2_000, (60_000, 2))
    assert any_within(places, points, 800).tolist() == reached_by_tree(places, points, 800).tolist()
    found = pairs_within(points, 150)
    assert as_pairs(found) == pairs_by_tree(points, 150)
    assert np.array_equal(found, pairs_within(points, 150))  # the same rows in the same order


def test_the_walk_measure_and_the_layout_work_without_scipy() -> None:
    """The desktop bundle leaves scipy out: nothing AssetMap runs may import it."""
    script = (
        "import sys\n"
        "sys.modules['scipy'] = None\n"
        "import numpy as np\n"
        "from assetmap.reports.measures import reached_postcodes\n"
        "from assetmap.maps.network import layout\n"
        "rng = np.random.default_rng(1)\n"
        "print(reached_postcodes(rng.uniform(0, 5000, (500, 2)), rng.uniform(0, 5000, (50, 2)), 800).sum())\n"
        "edges = [(i, (i * 7) % 400) for i in range(400)]\n"
        "print(layout(400, edges, iterations=5).shape)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "(400, 2)" in done.stdout
