"""Failures reach a person as one plain sentence, never a traceback; the command line then exits non-zero."""

from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

import pytest

from assetmap.bundles.export import export_bundle
from assetmap.bundles.format import BundleError, read_bundle
from assetmap.cli import main
from assetmap.register import Register
from tests.io.conftest import preview_file

NAN_GEOJSON = """{"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"name": "Good"},
  "geometry": {"type": "Point", "coordinates": [-2.24, 53.48]}},
{"type": "Feature", "properties": {"name": "Not a number"},
  "geometry": {"type": "Point", "coordinates": [NaN, 53.48]}},
{"type": "Feature", "properties": {"name": "Inf"},
  "geometry": {"type": "Point", "coordinates": [Infinity, 53.4]}},
{"type": "Feature", "properties": {"name": "Poly"}, "geometry": {"type": "Polygon",
  "coordinates": [[[-2.2, 53.4], [NaN, 53.5], [-2.1, 53.5], [-2.2, 53.4]]]}}
]}
"""


def test_nan_or_infinite_coordinates_in_geojson_are_row_errors_and_the_rest_imports(tmp_path: Path) -> None:
    path = tmp_path / "places.geojson"
    path.write_text(NAN_GEOJSON, encoding="utf-8")
    with Register.open(tmp_path / "r.assetmap") as register:
        preview = preview_file(register, path, default_category="associations")

    assert preview.importable.tolist() == [True, False, False, False]
    for position in (1, 2, 3):
        assert "not numbers (NaN or Infinity)" in preview.errors(position)[0].message


def test_a_bundle_with_a_nan_coordinate_is_refused_as_damaged(tmp_path: Path) -> None:
    with Register.open(tmp_path / "a.assetmap") as a:
        a.add_asset(name="Library", category="institutions", lon=-2.24, lat=53.48)
        export_bundle(a, tmp_path / "a.assetmap-bundle")
    document = json.loads(gzip.decompress((tmp_path / "a.assetmap-bundle").read_bytes()))
    asset = document["assets"][0]
    asset["content"]["lon"] = math.nan
    (head,) = [e for e in asset["history"] if e["node"] == asset["head"]]
    head["content"] = asset["content"]  # its node id cannot be recomputed: NaN has no canonical JSON
    bad = tmp_path / "nan.assetmap-bundle"
    bad.write_bytes(gzip.compress(json.dumps(document).encode()))

    with pytest.raises(BundleError, match=r"is damaged .*'lon' is not a number"):
        read_bundle(bad)


def test_an_unexpected_failure_is_one_line_naming_the_log_and_a_non_zero_exit(
    tmp_path: Path, assetmap_home: Path, capsys, monkeypatch
) -> None:
    import assetmap.cli.exchange as exchange

    def broken(_args: object) -> int:
        raise ZeroDivisionError("deep inside")

    monkeypatch.setattr(exchange, "run_export", broken)
    code = main(["export", str(tmp_path / "out.csv"), "--register", str(tmp_path / "r.assetmap")])

    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    logfile = assetmap_home / "logs" / "assetmap.log"
    assert f"details were written to {logfile}" in err
    assert "ZeroDivisionError: deep inside" in logfile.read_text(encoding="utf-8")


def test_an_import_whose_every_row_is_rejected_exits_non_zero(tmp_path: Path, capsys) -> None:
    path = tmp_path / "nameless.csv"
    path.write_text("Name,Category\n,associations\n,associations\n", encoding="utf-8")

    code = main(["import", str(path), "--register", str(tmp_path / "r.assetmap")])

    assert code != 0
    assert "every row has an error" in capsys.readouterr().err


XXE_KML = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE kml [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&secret;</name>
<Point><coordinates>-2.24,53.48</coordinates></Point></Placemark></Document></kml>
"""


@pytest.mark.parametrize("suffix", [".kml", ".kmz"])
def test_kml_asking_for_external_entities_is_refused_saying_why(tmp_path: Path, suffix: str) -> None:
    import zipfile

    from assetmap.io.problems import UnreadableFileError
    from assetmap.io.source import open_source

    path = tmp_path / f"places{suffix}"
    if suffix == ".kml":
        path.write_text(XXE_KML, encoding="utf-8")
    else:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("doc.kml", XXE_KML)

    with pytest.raises(UnreadableFileError) as refused:
        open_source(path)

    message = str(refused.value)
    assert "asks to load external entities" in message and "AssetMap never does" in message
    assert "parsing aborted" not in message
