"""The throwaway PostgreSQL server the team register is tested on really runs, with PostGIS."""

from __future__ import annotations

import psycopg

from tests.pgcluster import Cluster


def test_the_test_server_runs_postgis_in_a_fresh_database(pg_cluster: Cluster, pg_url: str) -> None:
    database = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_cluster.libpq(database)) as conn:
        version = conn.execute("SELECT postgis_lib_version()").fetchone()
        assert version is not None and version[0].startswith("3.")
        point = conn.execute("SELECT ST_AsText(ST_SetSRID(ST_MakePoint(-2.24, 53.48), 4326))").fetchone()
        assert point == ("POINT(-2.24 53.48)",)


def test_the_server_refuses_a_wrong_password(pg_cluster: Cluster) -> None:
    try:
        psycopg.connect(pg_cluster.libpq(user=pg_cluster.user, password="not the password"))
    except psycopg.OperationalError as exc:
        assert "password authentication failed" in str(exc)
    else:
        raise AssertionError("the server let in a wrong password")
