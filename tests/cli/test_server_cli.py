"""``assetmap server init`` and ``upload``, through the real command line against a real PostgreSQL server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import geopandas as gpd
import psycopg
import pytest
from shapely.geometry import box

from assetmap.cli import main
from assetmap.geo.wards import WardIndex
from assetmap.register import Register, migrate
from tests.pgcluster import Cluster

USER = "Asha (Hulme team)"
LIBRARY = {"name": "Hulme Library", "category": "institutions", "lon": -2.2480, "lat": 53.4668}


@pytest.fixture(scope="module")
def ward_index() -> WardIndex:
    return WardIndex.for_gm()


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _wards() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {
            "ward_code": ["E05000001", "E05000002"],
            "ward_name": ["West", "East"],
            "lad_code": ["E08000003", "E08000003"],
            "lad_name": ["Manchester", "Manchester"],
            "population": [12000.0, 9000.0],
            "geometry": [box(-2.40, 53.40, -2.25, 53.55), box(-2.25, 53.40, -2.10, 53.55)],
        },
        crs="EPSG:4326",
    )


def _laptop_register(path: Path, ward_index: WardIndex) -> dict[str, object]:
    """A register file with something in every table an upload carries; returns the ids it made."""
    with Register.open(path, ward_index=ward_index, user=USER) as register:
        register.use_boundaries(_wards(), name="Two wards", source="Test", population_label="Residents")
        library = register.add_asset(**LIBRARY, tags=["books", "warm space"]).added[0]
        register.update_asset(library, opening_times="Mon-Sat 9-5")
        register.update_asset(library, cost="free")
        hall = register.add_asset(
            name="Zion Centre", category="physical_spaces", lon=-2.2430, lat=53.4627
        ).added[0]
        register.remove_asset(hall)
        register.add_assets([{"name": f"Group {i}", "category": "associations"} for i in range(30)])
        register.add_subcategory("associations", "Tenants' groups")
        person = register.add_person("Margaret Okafor", phone="0161 000 0000", notes="Sews")
        register.record_consent(person.id, "register", method="spoken")
        gift = register.add_gift(person.id, name="Teaches sewing", lon=-2.2480, lat=53.4668).added[0]
        register.link_person(person.id, library, "runs")
        gone = register.add_person("Erased Person")
        register.record_consent(gone.id, "register", method="paper")
        register.erase_person(gone.id)
        view = register.save_view("Hulme's warm spaces", note="For the forum", filters={"search": "warm"})
        suggestion = register.add_suggestion("Tuesday tea club", "associations", "In the church hall")
        return {
            "library": library,
            "hall": hall,
            "person": person.id,
            "gift": gift,
            "erased": gone.id,
            "view": view.id,
            "suggestion": suggestion.id,
            "register_id": register.register_id,
            "history": register.history(library),
            "trail": [(e.user, e.action, e.record_kind, e.record_id) for e in register.audit_trail()],
            "assets": register.assets(include_removed=True),
        }


def test_init_makes_the_schema_and_says_what_it_made_then_nothing_the_second_time(
    capsys: pytest.CaptureFixture[str], pg_cluster: Cluster, pg_url: str
) -> None:
    code, out, err = _run(capsys, "server", "init", pg_url)

    assert (code, err) == (0, "")
    assert f"schema {migrate.head_revision()}" in out and "Made the team register" in out
    assert "map layer assets.geom: points" in out and "map layer ward_boundaries.geom: multipolygons" in out
    assert pg_cluster.password not in out
    with psycopg.connect(pg_cluster.libpq(pg_url.rsplit("/", 1)[1])) as conn:
        assert conn.execute("SELECT count(*) FROM categories").fetchone() == (6,)
    code, out, _err = _run(capsys, "server", "init", pg_url)
    assert code == 0 and "already at schema" in out and "nothing was changed" in out


def test_init_creates_the_database_when_the_server_has_none_of_that_name(
    capsys: pytest.CaptureFixture[str], pg_cluster: Cluster
) -> None:
    name = "hulme_team_register"
    try:
        code, out, err = _run(capsys, "server", "init", pg_cluster.url(name))
        assert (code, err) == (0, ""), err
        assert f"Created the database {name} on 127.0.0.1." in out and "Made the team register" in out
        with Register.open(pg_cluster.url(name)) as register:
            assert len(register.categories()) == 6
    finally:
        pg_cluster.drop_database(name)


def test_upload_moves_a_register_file_with_its_history_people_and_trail_onto_the_server(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_url: str, ward_index: WardIndex
) -> None:
    laptop = tmp_path / "hulme.assetmap"
    made = _laptop_register(laptop, ward_index)

    code, out, err = _run(
        capsys, "server", "upload", "--register", laptop, pg_url, "--as-user", "Coordinator"
    )

    assert (code, err) == (0, ""), err
    assert (
        "33 assets, " in out and "2 people (erased ones as empty rows)" in out and "2 ward boundaries" in out
    )
    with Register.open(pg_url, ward_index=ward_index) as team:
        assert team.register_id == made["register_id"]
        assert team.assets(include_removed=True) == made["assets"]
        assert team.history(made["library"]) == made["history"]
        assert [h.operation for h in team.history(made["library"])] == ["add", "update", "update"]
        assert team.asset(made["hall"]).is_removed
        person = team.person(made["person"])
        assert (person.name, person.phone, person.notes) == ("Margaret Okafor", "0161 000 0000", "Sews")
        assert [e.scope for e in team.consent_events(made["person"])] == ["register"]
        assert [g.id for g in team.gifts_of(made["person"])] == [made["gift"]]
        assert [link.asset_id for link in team.links_of(made["person"])] == [made["library"]]
        assert team.is_erased(made["erased"])
        assert [v.title for v in team.views()] == ["Hulme's warm spaces"]
        assert [s.id for s in team.suggestions()] == [made["suggestion"]]
        assert (
            "Tenants' groups" in next(c for c in team.categories() if c.code == "associations").subcategories
        )
        assert team.boundaries().name == "Two wards" and len(team.boundaries().wards) == 2
        trail = [(e.user, e.action, e.record_kind, e.record_id) for e in team.audit_trail()]
        assert trail[:-1] == made["trail"]
        assert trail[-1] == ("Coordinator", "upload", "register", made["register_id"])
        # Work goes on where the file left off: new history and trail entries follow the copied ones.
        team.update_asset(made["library"], description="Now on the team register")
        history = team.history(made["library"])
        assert [h.operation for h in history] == ["add", "update", "update", "update"]
        assert history[-1].parents == (history[-2].node,)
        assert team.audit_trail(newest_first=True, limit=1)[0].action == "update"


def test_upload_refuses_a_team_register_that_already_holds_assets(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_url: str, ward_index: WardIndex
) -> None:
    laptop = tmp_path / "hulme.assetmap"
    _laptop_register(laptop, ward_index)
    with Register.open(pg_url, ward_index=ward_index) as team:
        team.add_asset(name="Already here", category="associations")

    code, out, err = _run(capsys, "server", "upload", "--register", laptop, pg_url)

    assert code == 2 and out == ""
    assert "already holds 1 assets" in err and "only into an empty team register" in err
    with Register.open(pg_url) as team:
        assert [a.name for a in team.assets()] == ["Already here"]


def test_an_upload_that_fails_half_way_leaves_the_server_empty_and_names_the_row(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_url: str, ward_index: WardIndex
) -> None:
    laptop = tmp_path / "hulme.assetmap"
    made = _laptop_register(laptop, ward_index)
    # A postcode longer than its column: the file (SQLite) keeps it, the server refuses it.
    with sqlite3.connect(laptop) as conn:
        conn.execute("UPDATE assets SET postcode = 'M15 5AA and more' WHERE id = ?", (made["hall"],))
    conn.close()

    code, out, err = _run(capsys, "server", "upload", "--register", laptop, pg_url)

    assert code == 2 and out == ""
    assert "of the table assets" in err and made["hall"] in err and "Nothing was moved" in err
    with Register.open(pg_url) as team, team.engine.connect() as conn:
        for table in ("assets", "asset_history", "people", "person_keys", "consent_events", "audit_log"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() == 0, table
        assert team.register_id != made["register_id"]


def test_commands_work_on_a_team_register_given_by_its_url(
    capsys: pytest.CaptureFixture[str], pg_url: str
) -> None:
    code, out, err = _run(
        capsys, "suggestion", "add", "Lads and Dads football", "associations", "--register", pg_url
    )
    assert (code, err) == (0, ""), err
    made = out.strip()
    code, out, _err = _run(capsys, "suggestion", "list", "--register", pg_url)
    assert code == 0 and made in out and "Lads and Dads football" in out
    # Given before the command name too.
    code, out, _err = _run(capsys, "--register", pg_url, "suggestion", "list")
    assert code == 0 and made in out


def test_a_command_that_needs_a_file_says_so_for_a_team_register(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_cluster: Cluster, pg_url: str
) -> None:
    for command in (["encrypt"], ["separate"], ["merge", tmp_path / "in.assetmap-bundle", "--dry-run"]):
        code, out, err = _run(capsys, *command, "--register", pg_url)
        assert code == 2 and out == "", command
        assert "is a team register on a server; this command works on a register file" in err, command
        assert pg_cluster.password not in err


def test_bundles_go_between_a_laptop_file_and_a_team_register(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_url: str, ward_index: WardIndex
) -> None:
    laptop = tmp_path / "laptop.assetmap"
    with Register.open(laptop, ward_index=ward_index) as register:
        register.add_asset(**LIBRARY)
    _run(capsys, "bundle", tmp_path / "from-laptop.assetmap-bundle", "--register", laptop)
    code, out, err = _run(capsys, "merge", tmp_path / "from-laptop.assetmap-bundle", "--register", pg_url)
    assert (code, err) == (0, ""), err
    with Register.open(pg_url, ward_index=ward_index) as team:
        assert [a.name for a in team.assets()] == ["Hulme Library"]
        team.add_asset(name="Zion Centre", category="physical_spaces")

    code, out, err = _run(capsys, "bundle", tmp_path / "from-team.assetmap-bundle", "--register", pg_url)
    assert (code, err) == (0, ""), err
    assert out.startswith("Wrote bundle")
    code, _out, err = _run(capsys, "merge", tmp_path / "from-team.assetmap-bundle", "--register", laptop)
    assert (code, err) == (0, ""), err
    with Register.open(laptop, ward_index=ward_index) as register:
        assert sorted(a.name for a in register.assets()) == ["Hulme Library", "Zion Centre"]
