"""The connections layout's grid push, in NumPy alone, gives what it gave with scipy (the oracle here,
installed for the tests only): the same-size convolution, the close pairs, one step's push and the
finished layout."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from scipy.signal import fftconvolve
from scipy.spatial import cKDTree

from assetmap.maps import network
from assetmap.maps.network import GRID, _fast_length, _grid_push, convolved_same, layout

shapes = st.tuples(st.integers(1, 24), st.integers(1, 24))
values = st.floats(-1e3, 1e3, allow_nan=False, allow_infinity=False)


@settings(max_examples=150, deadline=None)
@given(st.data(), shapes, shapes)
def test_the_same_size_convolution_matches_scipy(data, image_shape, kernel_shape) -> None:
    image = data.draw(hnp.arrays(float, image_shape, elements=values))
    kernels = [data.draw(hnp.arrays(float, kernel_shape, elements=values)) for _ in range(2)]
    results = convolved_same(image, kernels)
    scale = max(1.0, float(np.abs(image).sum() * max(np.abs(k).max() for k in kernels)))
    for kernel, result in zip(kernels, results, strict=True):
        expected = fftconvolve(image, kernel, mode="same")
        assert result.shape == image.shape == expected.shape
        np.testing.assert_allclose(result, expected, rtol=0, atol=1e-9 * scale)


def test_the_grid_convolution_matches_scipy_on_the_layout_kernel() -> None:
    counts = np.random.default_rng(2).poisson(3.0, (GRID, GRID)).astype(float)
    kx, ky = network._grid_kernel(GRID)
    field_x, field_y = convolved_same(counts, (kx, ky))
    np.testing.assert_allclose(field_x, fftconvolve(counts, kx, mode="same"), rtol=1e-9, atol=1e-6)
    np.testing.assert_allclose(field_y, fftconvolve(counts, ky, mode="same"), rtol=1e-9, atol=1e-6)


@pytest.mark.parametrize(("n", "fast"), [(1, 1), (7, 8), (11, 12), (127, 128), (190, 192), (1001, 1024)])
def test_transform_lengths_have_no_prime_factor_above_five(n: int, fast: int) -> None:
    assert _fast_length(n) == fast


def scipy_convolved_same(image: np.ndarray, kernels) -> list[np.ndarray]:
    return [fftconvolve(image, kernel, mode="same") for kernel in kernels]


def scipy_pairs(points: np.ndarray, distance: float) -> np.ndarray:
    return cKDTree(points).query_pairs(distance, output_type="ndarray")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_one_step_of_the_grid_push_matches_the_scipy_reading(seed: int, monkeypatch) -> None:
    rng = np.random.default_rng(seed)
    # Clustered, with some nodes on top of each other, as a layout's first steps have them.
    pos = rng.random((40, 2))[rng.integers(0, 40, 3_000)] + rng.normal(0, 0.01, (3_000, 2))
    pos[:20] = pos[20:40]
    k = float(np.sqrt(1.0 / len(pos)))
    ours = _grid_push(pos, k)
    monkeypatch.setattr(network, "convolved_same", scipy_convolved_same)
    monkeypatch.setattr(network, "pairs_within", scipy_pairs)
    theirs = _grid_push(pos, k)
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-9 * float(np.abs(theirs).max()))


def test_the_finished_layout_matches_the_scipy_reading(monkeypatch) -> None:
    rng = np.random.default_rng(5)
    count, groups = 1_200, 30
    edges = [(n, n % groups + groups * int(rng.integers(0, count // groups))) for n in range(count)]
    ours = {steps: layout(count, edges, iterations=steps) for steps in (10, 80)}
    monkeypatch.setattr(network, "convolved_same", scipy_convolved_same)
    monkeypatch.setattr(network, "pairs_within", scipy_pairs)
    theirs = {steps: layout(count, edges, iterations=steps) for steps in (10, 80)}
    # The two differ in the last bits only (the FFT's length, the order the close pairs' pushes are
    # added in); each step of the simulation magnifies that, about a thousandfold in ten steps, until
    # the cooling stops it. After 10 steps the layouts agree to 1e-8, after all 80 to within 2% of the
    # picture (0.008 of the unit square, measured), which is the same picture.
    np.testing.assert_allclose(ours[10], theirs[10], rtol=0, atol=1e-8)
    np.testing.assert_allclose(ours[80], theirs[80], rtol=0, atol=0.02)
