"""A team register on the test server with a coordinator, two workers and a viewer, and rows of each."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import psycopg
from sqlalchemy import create_engine

from assetmap.register import team_users
from tests.pgcluster import Cluster

PASSWORD = "correct horse battery"
LOGINS = {"cora": "coordinator", "alice": "worker", "bob": "worker", "val": "viewer"}
NOW = dt.datetime(2026, 12, 1, 12, 0)


@dataclass
class Team:
    cluster: Cluster
    database: str

    def url(self, login: str | None = None) -> str:
        if login is None:
            return self.cluster.url(self.database)
        return self.cluster.url(self.database, user=login, password=PASSWORD)

    def libpq(self, login: str) -> str:
        return self.cluster.libpq(self.database, user=login, password=PASSWORD)

    def connect(self, login: str) -> psycopg.Connection:
        return psycopg.connect(self.libpq(login), autocommit=True)


def make_schema(url: str) -> None:
    """The register's schema on the server, as opening a register there makes it (migrations to head)."""
    from assetmap.register import Register

    Register.open(url).close()


def unique_logins(database: str) -> dict[str, str]:
    """Logins are cluster-wide: each test database gets logins of its own."""
    return {f"{database}_{name}": role for name, role in LOGINS.items()}


def add_asset(conn: psycopg.Connection, asset_id: str, visibility: str, person_id: str | None = None) -> None:
    conn.execute(
        "INSERT INTO assets (id, name, category, tags, visibility, status, created_at, updated_at, version,"
        " ward_code, person_id) VALUES (%s, %s, %s, '[]', %s, 'active', %s, %s, 1, 'E05000001', %s)",
        (
            asset_id,
            f"{asset_id} name",
            "gifts_skills" if person_id else "associations",
            visibility,
            NOW,
            NOW,
            person_id,
        ),
    )
    conn.execute(
        "INSERT INTO asset_history (asset_id, node, parents, version, register_id, recorded_at, operation,"
        " content) VALUES (%s, 'n1', '', 1, 'r', %s, 'add', '{}')",
        (asset_id, NOW),
    )


def add_person(conn: psycopg.Connection, person_id: str, consent: str | None = None) -> None:
    from assetmap.register import sealing
    from assetmap.register.people import PERSONAL_FIELDS

    key = sealing.new_key()
    personal = {name: None for name in PERSONAL_FIELDS} | {"name": f"{person_id} name"}
    sealed = sealing.seal(key, person_id, personal)
    conn.execute(
        "INSERT INTO people (id, sealed, created_at, updated_at, version) VALUES (%s, %s, %s, %s, 1)",
        (person_id, sealed, NOW, NOW),
    )
    conn.execute("INSERT INTO person_keys (person_id, key) VALUES (%s, %s)", (person_id, key))
    conn.execute(
        "INSERT INTO person_history (person_id, version, recorded_at, operation, sealed)"
        " VALUES (%s, 1, %s, 'add', %s)",
        (person_id, NOW, sealed),
    )
    if consent:
        conn.execute(
            "INSERT INTO consent_events (id, person_id, kind, scope, lawful_basis, method, recorded_by,"
            " recorded_at) VALUES (%s, %s, 'given', %s, 'consent', 'spoken', 'x', %s)",
            (f"c-{person_id}", person_id, consent, NOW),
        )


def build_team(cluster: Cluster, database: str) -> tuple[Team, dict[str, str]]:
    """The register, its users (login -> role) and their rows.

    alice (worker): a public, a partners and a private asset, and a person with a private gift;
    bob (worker): a private asset and a person; cora (coordinator): a private asset.
    """
    team = Team(cluster, database)
    make_schema(team.url())
    logins = unique_logins(database)
    admin = create_engine(team.url())
    try:
        for login, role in logins.items():
            team_users.add_user(admin, login, role, PASSWORD)
    finally:
        admin.dispose()
    named = {role_name: login for login, role_name in zip(logins, LOGINS, strict=True)}
    with team.connect(named["alice"]) as conn:
        add_asset(conn, "alice-public", "public")
        add_asset(conn, "alice-partners", "partners")
        add_asset(conn, "alice-private", "private")
        add_person(conn, "alice-person", consent="public")
        add_asset(conn, "alice-gift", "public", person_id="alice-person")
    with team.connect(named["bob"]) as conn:
        add_asset(conn, "bob-private", "private")
        add_person(conn, "bob-person")
    with team.connect(named["cora"]) as conn:
        add_asset(conn, "cora-private", "private")
        add_connections(conn)
    return team, named


def add_connections(conn: psycopg.Connection) -> None:
    """Links and stories on the team's rows (written by the coordinator, who may write any)."""
    for link_id, from_kind, from_id, to_id in (
        ("l-shared", "asset", "alice-public", "alice-partners"),
        ("l-alice-private", "asset", "alice-private", "alice-public"),
        ("l-bob-private", "asset", "bob-private", "alice-public"),
        ("l-alice-person", "person", "alice-person", "alice-public"),
    ):
        conn.execute(
            "INSERT INTO links (id, from_kind, from_id, to_id, kind, created_at, updated_at, version)"
            " VALUES (%s, %s, %s, %s, 'supports', %s, %s, 1)",
            (link_id, from_kind, from_id, to_id, NOW, NOW),
        )
        conn.execute(
            "INSERT INTO link_history (link_id, node, parents, version, register_id, recorded_at, operation)"
            " VALUES (%s, 'n1', '', 1, 'r', %s, 'add')",
            (link_id, NOW),
        )
    for story_id, asset_id in (("s-public", "alice-public"), ("s-bob", "bob-private")):
        conn.execute(
            "INSERT INTO stories (id, asset_id, text, quote_consent, featured, created_at, updated_at,"
            " version) VALUES (%s, %s, 'It happened here.', false, false, %s, %s, 1)",
            (story_id, asset_id, NOW, NOW),
        )
        conn.execute(
            "INSERT INTO story_history (story_id, node, parents, version, register_id, recorded_at,"
            " operation) VALUES (%s, 'n1', '', 1, 'r', %s, 'add')",
            (story_id, NOW),
        )
