"""Change notices on a real PostgreSQL server: migration 0010's triggers and the core's listener."""

from __future__ import annotations

import importlib
import queue
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from assetmap.register.notices import CHANNEL, ChangeListener, Notice, parse_notice
from tests.tcprelay import Relay

MIGRATION = importlib.import_module("assetmap.register.migrations.versions.0010_change_notices")


@pytest.fixture
def noticed_db(pg_url: str) -> Iterator[str]:
    """A database with small assets and saved_views tables carrying migration 0010's triggers."""
    conninfo = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("CREATE TABLE assets (id text PRIMARY KEY, name text, version integer)")
        conn.execute("CREATE TABLE saved_views (id text PRIMARY KEY, title text)")
        for table, version in (("assets", "version"), ("saved_views", None)):
            conn.execute(MIGRATION._function(table, version))
            for event, side in MIGRATION.EVENTS:
                conn.execute(
                    f"CREATE TRIGGER n_{table}_{event} AFTER {event.upper()} ON {table} "
                    f"REFERENCING {side} TABLE AS changed_rows FOR EACH STATEMENT "
                    f"EXECUTE FUNCTION assetmap_notice_{table}()"
                )
    yield pg_url


def _sql(url: str, *statements: str) -> None:
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as conn:  # one transaction, committed on leaving
        for statement in statements:
            conn.execute(statement)


def _listen(url: str, **options) -> tuple[ChangeListener, queue.Queue, queue.Queue]:
    heard: queue.Queue[Notice] = queue.Queue()
    states: queue.Queue[bool] = queue.Queue()
    listener = ChangeListener(url, lambda notices: [heard.put(n) for n in notices], states.put, **options)
    listener.start()
    assert listener.wait_until_listening()
    return listener, heard, states


def test_a_committed_write_is_noticed_with_ids_and_versions_only(noticed_db: str) -> None:
    listener, heard, _states = _listen(noticed_db)
    try:
        _sql(noticed_db, "INSERT INTO assets VALUES ('a1', 'Secret Garden Club', 1), ('a2', 'Choir', 1)")
        _sql(noticed_db, "UPDATE assets SET name = 'Renamed', version = 2 WHERE id = 'a1'")
        _sql(noticed_db, "DELETE FROM assets WHERE id = 'a2'")

        notices = [heard.get(timeout=10) for _ in range(3)]
    finally:
        listener.stop()

    assert notices[0] == Notice("assets", "insert", (("a1", 1), ("a2", 1)))
    assert notices[1] == Notice("assets", "update", (("a1", 2),))
    assert notices[2] == Notice("assets", "delete", (("a2", 1),))


def test_a_notice_carries_no_text_of_the_record(noticed_db: str) -> None:
    conninfo = make_url(noticed_db).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f"LISTEN {CHANNEL}")
        _sql(noticed_db, "INSERT INTO saved_views VALUES ('v1', 'Private title')")
        payloads = [n.payload for n in conn.notifies(timeout=5, stop_after=1)]
    assert payloads and "Private title" not in payloads[0]
    assert parse_notice(payloads[0]) == Notice("saved_views", "insert", (("v1", None),))


def test_a_rolled_back_write_sends_no_notice(noticed_db: str) -> None:
    listener, heard, _states = _listen(noticed_db)
    conninfo = make_url(noticed_db).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        with psycopg.connect(conninfo) as conn:
            conn.execute("INSERT INTO assets VALUES ('gone', 'Never', 1)")
            conn.rollback()
        _sql(noticed_db, "INSERT INTO assets VALUES ('kept', 'Kept', 1)")
        notice = heard.get(timeout=10)
    finally:
        listener.stop()
    assert notice.rows == (("kept", 1),)


def test_a_statement_touching_many_rows_says_how_many(noticed_db: str) -> None:
    listener, heard, _states = _listen(noticed_db)
    try:
        _sql(noticed_db, "INSERT INTO assets SELECT 'id' || n, 'x', 1 FROM generate_series(1, 500) AS n")
        notice = heard.get(timeout=10)
    finally:
        listener.stop()
    assert (notice.many, notice.rows) == (500, ())


def test_the_listener_says_when_the_server_goes_away_and_comes_back(noticed_db: str) -> None:
    url = make_url(noticed_db)
    relay = Relay(url.host or "127.0.0.1", url.port or 5432)
    through_relay = url.set(host="127.0.0.1", port=relay.port)
    listener, heard, states = _listen(through_relay, first_wait=0.1, longest_wait=0.5)
    try:
        assert states.get(timeout=5) is True
        relay.cut()
        assert states.get(timeout=15) is False
        _sql(noticed_db, "INSERT INTO assets VALUES ('while-away', 'x', 1)")
        relay.mend()
        assert states.get(timeout=15) is True
        _sql(noticed_db, "INSERT INTO assets VALUES ('after', 'x', 1)")
        notice = heard.get(timeout=10)
    finally:
        listener.stop()
        relay.close()
    # A notice sent while away is lost with the connection: whoever listens reads afresh on reconnecting.
    assert notice.rows == (("after", 1),)


def test_a_link_story_and_kind_are_noticed_by_id_and_version_without_their_text(pg_url: str) -> None:
    """On a migrated register: the notices of a link, a story and a new kind of link name them only."""
    from assetmap.register import Register

    register = Register.open(pg_url, user="Ben")
    try:
        hall = register.add_asset(name="Church hall", category="physical_spaces", lon=-2.24, lat=53.48)
        club = register.add_asset(name="Lunch club", category="associations", lon=-2.23, lat=53.47)
        hall_id, club_id = hall.added[0], club.added[0]
        conninfo = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            kind = register.add_link_kind("Qx lends its minibus to").added[0]
            link = register.add_link(club_id, hall_id, kind, note="Qx private arrangement").links[0]
            story = register.add_story(hall_id, "Qx the day the roof came in", teller="Qx Teller").stories[0]
            register.update_link(link, note="Qx a second private note")
            payloads = [n.payload for n in conn.notifies(timeout=10, stop_after=4)]
    finally:
        register.close()

    assert payloads and not any("Qx" in p for p in payloads)
    notices = {(n.table, n.op): n for n in (parse_notice(p) for p in payloads) if n is not None}
    assert notices[("link_kinds", "insert")].rows == ((kind, None),)
    assert notices[("links", "insert")].rows == ((link, 1),)
    assert notices[("stories", "insert")].rows == ((story, 1),)
    assert notices[("links", "update")].rows == ((link, 2),)
