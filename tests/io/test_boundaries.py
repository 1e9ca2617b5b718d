"""Importing another district's wards, keeping them, and switching between them and the GM default."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from assetmap import paths
from assetmap.io.boundaries import (
    BoundaryError,
    activate_boundaries,
    active_boundary_set,
    boundary_sets,
    import_boundaries,
    load_boundaries,
    ward_index_for,
)
from assetmap.io.problems import MappingError


def _wards_file(tmp_path: Path, names: list[str], *, bowtie: bool = False) -> Path:
    # Two wards side by side near Leeds, in British National Grid.
    shapes = [
        shapely.box(430_000, 433_000, 431_000, 434_000),
        shapely.box(431_000, 433_000, 432_000, 434_000),
    ]
    if bowtie:
        shapes[1] = shapely.Polygon(
            [(431_000, 433_000), (432_000, 434_000), (432_000, 433_000), (431_000, 434_000)]
        )
    frame = gpd.GeoDataFrame(
        {"WD_CODE": ["E05001", "E05002"], "WD_NAME": names, "LAD": ["Leeds", "Leeds"]},
        geometry=shapes,
        crs="EPSG:27700",
    )
    path = tmp_path / "leeds.gpkg"
    frame.to_file(path, layer="wards", engine="pyogrio")
    return path


def test_imported_wards_are_kept_and_assign_points(tmp_path: Path, hostile_strings: list[str]) -> None:
    names = [hostile_strings[0], "{{ 12345 * 1000003 }}"]
    item, notes = import_boundaries(
        _wards_file(tmp_path, names, bowtie=True),
        name="Leeds <b>wards</b>",
        code_field="WD_CODE",
        name_field="WD_NAME",
        district_name_field="LAD",
    )
    assert item.path.parent == paths.data_dir() / "boundaries" and item.wards == 2
    assert any("make_valid" in note for note in notes)
    assert [s.name for s in boundary_sets()] == ["Leeds <b>wards</b>"]
    wards = load_boundaries(item).wards
    assert wards.crs.equals("EPSG:4326")
    assert wards["ward_name"].tolist() == names  # stored exactly, never evaluated
    index = ward_index_for(item)
    inside = gpd.GeoSeries([shapely.Point(430_500, 433_500)], crs="EPSG:27700").to_crs("EPSG:4326").iloc[0]
    assert index.ward_of(inside.x, inside.y) == "E05001"


def test_bundled_gm_wards_stay_the_default_until_another_set_is_activated(tmp_path: Path) -> None:
    assert active_boundary_set() is None
    assert ward_index_for(None).ward_of(-2.2374, 53.4808) is not None
    item, _notes = import_boundaries(
        _wards_file(tmp_path, ["A", "B"]), name="Leeds", code_field="WD_CODE", name_field="WD_NAME"
    )
    assert activate_boundaries("Leeds") == item
    assert active_boundary_set() == item
    activate_boundaries(None)
    assert active_boundary_set() is None


def test_wards_with_repeated_or_missing_codes_are_refused(tmp_path: Path) -> None:
    path = _wards_file(tmp_path, ["A", "B"])
    with pytest.raises(BoundaryError, match="used by more than one ward"):
        import_boundaries(path, name="Leeds", code_field="LAD", name_field="WD_NAME")
    with pytest.raises(MappingError, match="has no field 'CODE'"):
        import_boundaries(path, name="Leeds", code_field="CODE", name_field="WD_NAME")
    with pytest.raises(BoundaryError, match="no imported boundary set called 'York'"):
        activate_boundaries("York")
