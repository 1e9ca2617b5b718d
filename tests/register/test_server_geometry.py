"""On a server the assets are a PostGIS point layer and the wards a polygon layer, as GDAL and QGIS read them.

``ogrinfo`` (Debian's gdal-bin, which installer/setup.sh installs) reads the server as QGIS does,
through GDAL's PostgreSQL driver.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import geopandas as gpd
import psycopg
import pytest
from shapely.geometry import box

from assetmap.geo.wards import WardIndex
from assetmap.register import Register
from tests.pgcluster import Cluster


def _wards() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "ward_code": ["E05000001", "E05000002", "E05000003"],
            "ward_name": ["West", "East", "Islands"],
            "lad_code": ["E08000003"] * 3,
            "lad_name": ["Manchester"] * 3,
            # The third ward is two pieces: a multipolygon, which the layer's type must hold.
            "geometry": [
                box(-2.40, 53.40, -2.25, 53.55),
                box(-2.25, 53.40, -2.10, 53.55),
                box(-2.10, 53.40, -2.05, 53.45).union(box(-2.04, 53.40, -2.00, 53.45)),
            ],
        },
        crs="EPSG:4326",
    )


@pytest.fixture
def mapped(pg_cluster: Cluster, pg_url: str, ward_index: WardIndex) -> tuple[Register, str]:
    """A server register with its own three wards and four assets, one of them with no location."""
    register = Register.open(pg_url, ward_index=ward_index)
    register.use_boundaries(_wards(), name="Three wards")
    register.add_asset(name="Library", category="institutions", lon=-2.30, lat=53.45)
    register.add_asset(name="Garden", category="physical_spaces", lon=-2.20, lat=53.50)
    register.add_assets([{"name": "Choir", "category": "associations", "lon": -2.02, "lat": 53.42}])
    register.add_asset(name="Phone tree", category="associations")
    return register, pg_cluster.libpq(pg_url.rsplit("/", 1)[1])


def _ogrinfo(libpq: str, *layer: str) -> str:
    program = shutil.which("ogrinfo")
    assert program, "ogrinfo (Debian's gdal-bin) is needed: installer/setup.sh installs it"
    done = subprocess.run(
        [program, "-ro", "-so", f"PG:{libpq}", *layer],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_gdal_reads_the_assets_as_points_and_the_wards_as_polygons_in_wgs84(
    mapped: tuple[Register, str],
) -> None:
    register, libpq = mapped
    try:
        layers = _ogrinfo(libpq)
        assert re.search(r"^\d+: assets \(Point\)$", layers, re.M)
        assert re.search(r"^\d+: ward_boundaries \(Multi Polygon\)$", layers, re.M)

        assets = _ogrinfo(libpq, "assets")
        assert "Geometry: Point" in assets and "Feature Count: 4" in assets
        assert 'ID["EPSG",4326]' in assets and "Geometry Column = geom" in assets
        wards = _ogrinfo(libpq, "ward_boundaries")
        assert "Geometry: Multi Polygon" in wards and "Feature Count: 3" in wards
        assert 'ID["EPSG",4326]' in wards
        # The extent is that of the three wards: the geometry was made from what the register stores.
        assert "Extent: (-2.400000, 53.400000) - (-2.000000, 53.550000)" in wards
    finally:
        register.close()


def test_the_point_follows_the_location_and_is_empty_without_one(mapped: tuple[Register, str]) -> None:
    register, libpq = mapped
    try:
        library = next(a for a in register.assets() if a.name == "Library")
        register.move_asset(library.id, -2.21, 53.41)
        garden = next(a for a in register.assets() if a.name == "Garden")
        register.move_asset(garden.id, None, None)
        with psycopg.connect(libpq) as conn:
            rows = dict(
                conn.execute("SELECT name, ST_AsText(geom) || ' ' || ST_SRID(geom) FROM assets").fetchall()
            )
            in_wards = conn.execute(
                "SELECT a.name, w.ward_name FROM assets a "
                "JOIN ward_boundaries w ON ST_Within(a.geom, w.geom) ORDER BY a.name"
            ).fetchall()
            counts = conn.execute(
                "SELECT f_table_name, type, srid FROM geometry_columns "
                "WHERE f_table_schema = 'public' ORDER BY 1"
            ).fetchall()
        assert rows == {
            "Library": "POINT(-2.21 53.41) 4326",
            "Garden": None,
            "Choir": "POINT(-2.02 53.42) 4326",
            "Phone tree": None,
        }
        # PostGIS agrees with the register on which ward each point is in.
        assert in_wards == [("Choir", "Islands"), ("Library", "East")]
        assert {a.name: a.ward_code for a in register.assets() if a.lon is not None} == {
            "Library": "E05000002",
            "Choir": "E05000003",
        }
        assert counts == [("assets", "POINT", 4326), ("ward_boundaries", "MULTIPOLYGON", 4326)]
    finally:
        register.close()
