"""A read or write beyond a login's role is refused by the server and said plainly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from assetmap.register import roles
from assetmap.register.refusals import RoleRefusedError, watch_refusals
from tests.pgcluster import Cluster
from tests.server.team import Team, build_team


@pytest.fixture(scope="module")
def team(pg_cluster: Cluster) -> Iterator[tuple[Team, dict[str, str]]]:
    database = pg_cluster.new_database("refusals")
    try:
        yield build_team(pg_cluster, database)
    finally:
        pg_cluster.drop_database(database)
        for name in ("cora", "alice", "bob", "val"):
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{name}"')
        for role in roles.ROLES:
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{role}"')


@pytest.mark.parametrize(
    ("who", "role", "statement", "words"),
    [
        (
            "val",
            "viewer",
            "INSERT INTO people (id, created_at, updated_at, version) VALUES ('p', now(), now(), 1)",
            "may not add to people's records",
        ),
        (
            "alice",
            "worker",
            "UPDATE ward_boundaries SET ward_name = 'x'",
            "may not change the ward boundaries",
        ),
        ("val", "viewer", "UPDATE assets SET name = 'x'", "may not change these assets"),
        ("alice", "worker", "DELETE FROM audit_log", "may not remove from the audit trail"),
        (
            "bob",
            "worker",
            "UPDATE assets SET visibility = 'private' WHERE id = 'alice-partners'",
            "out of their reach",
        ),
    ],
)
def test_a_refusal_names_the_login_its_role_and_what_was_refused(
    team: tuple[Team, dict[str, str]], who: str, role: str, statement: str, words: str
) -> None:
    register, named = team
    engine = create_engine(register.url(named[who]))
    watch_refusals(engine, role)
    with pytest.raises(RoleRefusedError) as refused, engine.begin() as conn:
        conn.execute(text(statement))
    message = str(refused.value)
    assert f"{named[who]} is a {role}" in message and register.database in message and words in message
    assert "Nothing was changed" in message
    engine.dispose()
