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


def test_a_relay_cut_drops_the_connection_and_a_mended_one_lets_it_back(pg_cluster: Cluster) -> None:
    from tests.tcprelay import Relay

    relay = Relay(pg_cluster.host, pg_cluster.port)
    try:
        through = pg_cluster.libpq().replace(f"port={pg_cluster.port}", f"port={relay.port}")
        conn = psycopg.connect(through)
        assert conn.execute("SELECT 1").fetchone() == (1,)
        relay.cut()
        try:
            conn.execute("SELECT 1")
        except psycopg.OperationalError:
            pass
        else:
            raise AssertionError("a query went through a cut relay")
        relay.mend()
        with psycopg.connect(through) as again:
            assert again.execute("SELECT 2").fetchone() == (2,)
    finally:
        relay.close()


def test_a_server_whose_port_was_taken_meanwhile_starts_on_another(monkeypatch) -> None:
    """Parallel workers each start a server; one that loses its picked port to another moves on."""
    import socket

    from tests import pgcluster

    taken = socket.create_server(("127.0.0.1", 0))
    taken_port = taken.getsockname()[1]
    ports = iter([taken_port])
    real_free_port = pgcluster._free_port
    monkeypatch.setattr(pgcluster, "_free_port", lambda: next(ports, None) or real_free_port())
    monkeypatch.delenv("ASSETMAP_TEST_POSTGRES_URL", raising=False)
    try:
        cluster = pgcluster.start_cluster()
    finally:
        taken.close()
    try:
        assert cluster.port != taken_port
        with psycopg.connect(cluster.libpq()) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    finally:
        cluster.stop()
