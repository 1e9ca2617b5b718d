"""``assetmap boundaries``: fields, import, show and reset on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import shapely

from assetmap.cli import main
from assetmap.register import Register

CITY_CENTRE = (-2.2374, 53.4808)


def _wards(tmp_path: Path) -> Path:
    frame = gpd.GeoDataFrame(
        {
            "WD24CD": ["E05099001", "E05099002"],
            "WD24NM": ["Hyde Park", "Headingley"],
            "LAD24CD": ["E08000035", "E08000035"],
            "LAD24NM": ["Leeds", "Leeds"],
            "Population": ["21,004", "19,870"],
        },
        geometry=[shapely.box(-1.60, 53.78, -1.55, 53.82), shapely.box(-1.55, 53.78, -1.50, 53.82)],
        crs="EPSG:4326",
    )
    path = tmp_path / "leeds_wards.geojson"
    frame.to_file(path, driver="GeoJSON", engine="pyogrio")
    return path


def test_import_show_and_reset_with_guessed_fields(tmp_path: Path, capsys) -> None:
    target = tmp_path / "r.assetmap"
    with Register.open(target) as register:
        leeds = register.add_asset(name="Leeds hall", category="physical_spaces", lon=-1.52, lat=53.80)
        register.add_asset(name="Library", category="institutions", lon=CITY_CENTRE[0], lat=CITY_CENTRE[1])
    wards = _wards(tmp_path)

    assert main(["boundaries", "fields", str(wards)]) == 0
    out = capsys.readouterr().out
    assert "ward code: WD24CD" in out and "population: Population" in out

    assert main(["boundaries", "import", str(wards), "--register", str(target), "--name", "Leeds wards"]) == 0
    out = capsys.readouterr().out
    assert "now uses 2 wards in 1 district(s): Leeds wards" in out
    assert "2 assets changed ward; 1 located assets lie outside every ward" in out
    with Register.open(target) as register:
        assert register.asset(leeds.added[0]).ward_code == "E05099002"
        assert register.boundaries().population == {"E05099001": 21004.0, "E05099002": 19870.0}

    assert main(["boundaries", "show", "--register", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Leeds wards: 2 wards in 1 district(s)" in out and "Population in leeds_wards.geojson" in out

    assert main(["boundaries", "reset", "--register", str(target)]) == 0
    assert "bundled Greater Manchester wards again; 2 assets changed ward" in capsys.readouterr().out
    with Register.open(target) as register:
        assert register.boundaries().bundled
        assert register.asset(leeds.added[0]).ward_code is None


def test_fields_that_cannot_be_guessed_must_be_named(tmp_path: Path, capsys) -> None:
    frame = gpd.GeoDataFrame({"A": ["1"], "B": ["x"]}, geometry=[shapely.box(0, 50, 1, 51)], crs="EPSG:4326")
    path = tmp_path / "odd.geojson"
    frame.to_file(path, driver="GeoJSON", engine="pyogrio")
    target = tmp_path / "r.assetmap"
    assert main(["boundaries", "import", str(path), "--register", str(target), "--name", "X"]) == 2
    err = capsys.readouterr().err
    assert "Give it with --code-field; the fields are: A, B" in err
    assert (
        main(
            [
                "boundaries",
                "import",
                str(path),
                "--register",
                str(target),
                "--name",
                "X",
                "--code-field",
                "A",
                "--name-field",
                "B",
            ]
        )
        == 0
    )
    with Register.open(target) as register:
        assert register.boundaries().ward_names == {"1": "x"}


def test_a_real_process_reports_a_bad_boundary_file_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "wards.zip"
    bad.write_bytes(b"PK\x03\x04 cut short")
    env = {**os.environ, "ASSETMAP_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "assetmap.cli",
            "boundaries",
            "import",
            str(bad),
            "--register",
            str(tmp_path / "r.assetmap"),
            "--name",
            "Leeds",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    assert "wards.zip" in result.stderr and "Traceback" not in result.stderr
