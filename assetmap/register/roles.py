"""Roles on a team register's PostgreSQL server, enforced by the database itself (row-level security).

Three group roles hold a register's permissions; each worker logs in as a role of their own that is a
member of one of them, so a viewer who connects with ``psql`` or QGIS sees no more than in AssetMap:

===============  ==================================================================================
``coordinator``  everything, and manages the register's users
``worker``       public and partners assets and their own private ones; the people they recorded
``viewer``       public assets and the aggregate figures (``asset_figures``): commissioners
===============  ==================================================================================

Roles are cluster-wide in PostgreSQL, and a borough's server may hold several teams' registers, so the
groups are named after the database (``<database>_coordinator``, ``_worker``, ``_viewer``): a
coordinator of one team's register manages that register's users and no other's. Logins are named by
people and may belong to more than one register.

Every table is under row-level security (enabled and forced, so the tables' owner is held to it too,
unless a superuser). ``assets`` and ``people`` have an ``owner`` column (on a server only, not part of
the records), which defaults to the login that wrote the row. The audit trail is insert-only for
everyone, and records the login (``session_user``) whatever name the client gives.

Users are managed through functions in the database that run with the rights of the schema's owner
and check that the caller is a coordinator of this register first, so a coordinator needs no
server-wide right to create roles. A password is sent to them only as a SCRAM verifier made on the
client, never as text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from assetmap.register.sharing import SMALL_COUNT

COORDINATOR, WORKER, VIEWER = "coordinator", "worker", "viewer"
ROLES: dict[str, str] = {
    COORDINATOR: "Coordinator: everything, and manages users",
    WORKER: "Worker: public and partners assets, their own private ones, people they recorded",
    VIEWER: "Viewer: public assets and aggregate figures only",
}

# Tables that are no register's data: PostGIS's own list of coordinate systems.
NOT_REGISTER_TABLES = frozenset({"spatial_ref_sys"})
FIGURES_VIEW = "asset_figures"

_MAX_NAME = 63  # PostgreSQL's identifier length


def quote_ident(name: str) -> str:
    """``name`` as an SQL identifier, quoted (any double quote doubled)."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    """``value`` as an SQL string literal (any single quote doubled)."""
    return "'" + value.replace("'", "''") + "'"


def group_role(database: str, role: str) -> str:
    """The group role that holds ``role``'s rights in ``database`` (``<database>_<role>``)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    name = f"{database}_{role}"
    if len(name) > _MAX_NAME:
        raise ValueError(
            f"The database name {database!r} is too long for its roles: PostgreSQL names are at most "
            f"{_MAX_NAME} characters, so a team register's database name may have at most "
            f"{_MAX_NAME - len('_coordinator')}."
        )
    return name


# -- what each role may do with each table ------------------------------------------------------------

_SHARED = "visibility IN ('public', 'partners')"
_OWN = "owner = session_user"
# Whether the login may see the asset (person) a row is about: asked of the assets (people) table itself,
# so its own policies decide. A function, not an EXISTS in the policy: PostgreSQL would turn that into a
# scan of every asset for each query, where this looks one up by its key (see _install_lookups).
_ASSET_SEEN = "assetmap_sees_asset(asset_id)"
_PERSON_SEEN = "assetmap_sees_person(person_id)"
# A link is seen with both its ends: the asset it points to, and the asset or person it comes from.
_LINK_SEEN = (
    "assetmap_sees_asset(to_id) AND CASE WHEN from_kind = 'asset' THEN assetmap_sees_asset(from_id) "
    "ELSE assetmap_sees_person(from_id) END"
)
_PUBLIC_LINK = "from_kind = 'asset' AND assetmap_sees_asset(from_id) AND assetmap_sees_asset(to_id)"
_LINK_OF_ROW_SEEN = "EXISTS (SELECT 1 FROM links WHERE links.id = link_id)"
_STORY_OF_ROW_SEEN = "EXISTS (SELECT 1 FROM stories WHERE stories.id = story_id)"


@dataclass(frozen=True)
class Policy:
    """One row-level security policy: ``role`` may run ``command`` on the rows ``using`` lets it see,
    writing only rows that pass ``check``."""

    role: str
    command: str  # ALL, SELECT, INSERT, UPDATE or DELETE
    using: str | None = "true"
    check: str | None = None


def _everyone_reads(*writers: str) -> tuple[Policy, ...]:
    return (
        Policy(VIEWER, "SELECT"),
        *(Policy(role, "ALL", "true", "true") for role in writers),
    )


# A viewer's window reads these tables as every window does, and is given no rows of them: no people,
# keys, consent, history, suggestions or audit entries. (Their writes are refused outright: no grant.)
_NONE_FOR_VIEWERS = Policy(VIEWER, "SELECT", "false")

# The coordinator may do everything with every table (except change the audit trail); this is what the
# two other roles may do. A table of the register missing here fails a test (tests/server/test_roles.py).
POLICIES: dict[str, tuple[Policy, ...]] = {
    # A viewer sees public places, never a person's gift as a record (gifts are only ever counted).
    "assets": (
        Policy(VIEWER, "SELECT", "visibility = 'public' AND person_id IS NULL"),
        Policy(WORKER, "SELECT", f"{_SHARED} OR {_OWN}"),
        Policy(WORKER, "INSERT", None, _OWN),
        Policy(WORKER, "UPDATE", f"{_SHARED} OR {_OWN}", f"{_SHARED} OR {_OWN}"),
        Policy(WORKER, "DELETE", _OWN),
    ),
    "asset_history": (_NONE_FOR_VIEWERS, Policy(WORKER, "ALL", _ASSET_SEEN, _ASSET_SEEN)),
    "people": (_NONE_FOR_VIEWERS, Policy(WORKER, "ALL", _OWN, _OWN)),
    "person_keys": (_NONE_FOR_VIEWERS, Policy(WORKER, "ALL", _PERSON_SEEN, _PERSON_SEEN)),
    "person_history": (_NONE_FOR_VIEWERS, Policy(WORKER, "ALL", _PERSON_SEEN, _PERSON_SEEN)),
    "person_links": (_NONE_FOR_VIEWERS, Policy(WORKER, "ALL", _PERSON_SEEN, _PERSON_SEEN)),
    "consent_events": (_NONE_FOR_VIEWERS, Policy(WORKER, "ALL", _PERSON_SEEN, _PERSON_SEEN)),
    # Ids of erased people only: every worker's merges must know them, so nobody brings one back.
    "erasures": (_NONE_FOR_VIEWERS, Policy(WORKER, "ALL", "true", "true")),
    "audit_log": (
        _NONE_FOR_VIEWERS,
        Policy(WORKER, "SELECT", '"user" = session_user'),
        Policy(WORKER, "INSERT", None, "true"),
    ),
    "categories": _everyone_reads(WORKER),
    "subcategories": _everyone_reads(WORKER),
    "register_meta": (Policy(VIEWER, "SELECT"), Policy(WORKER, "SELECT")),
    "ward_boundaries": (Policy(VIEWER, "SELECT"), Policy(WORKER, "SELECT")),
    "bundle_exports": (_NONE_FOR_VIEWERS, Policy(WORKER, "ALL", "true", "true")),
    "saved_views": _everyone_reads(WORKER),
    "suggestions": (_NONE_FOR_VIEWERS, Policy(WORKER, "ALL", "true", "true")),
    "alembic_version": (Policy(VIEWER, "SELECT"), Policy(WORKER, "SELECT")),
    # Connections follow what they connect: a viewer sees links between places it sees (never a
    # person's), and stories and photos of those places; their history is the workers'.
    "link_kinds": _everyone_reads(WORKER),
    "links": (Policy(VIEWER, "SELECT", _PUBLIC_LINK), Policy(WORKER, "ALL", _LINK_SEEN, _LINK_SEEN)),
    "link_history": (_NONE_FOR_VIEWERS, Policy(WORKER, "ALL", _LINK_OF_ROW_SEEN, _LINK_OF_ROW_SEEN)),
    "stories": (Policy(VIEWER, "SELECT", _ASSET_SEEN), Policy(WORKER, "ALL", _ASSET_SEEN, _ASSET_SEEN)),
    "story_history": (_NONE_FOR_VIEWERS, Policy(WORKER, "ALL", _STORY_OF_ROW_SEEN, _STORY_OF_ROW_SEEN)),
    "photos": (Policy(VIEWER, "SELECT", _ASSET_SEEN), Policy(WORKER, "ALL", _ASSET_SEEN, _ASSET_SEEN)),
}
# Nobody changes or deletes an entry of the audit trail, the coordinator included.
INSERT_ONLY = frozenset({"audit_log"})
OWNED_TABLES = ("assets", "people")

_PRIVILEGES = {
    "ALL": ("SELECT", "INSERT", "UPDATE", "DELETE"),
    "SELECT": ("SELECT",),
    "INSERT": ("INSERT",),
    "UPDATE": ("SELECT", "UPDATE"),
    "DELETE": ("SELECT", "DELETE"),
}


def privileges(policies: Iterable[Policy], role: str) -> list[str]:
    """The table privileges ``role`` needs for its ``policies``, in a fixed order."""
    wanted = {p for policy in policies if policy.role == role for p in _PRIVILEGES[policy.command]}
    return [p for p in ("SELECT", "INSERT", "UPDATE", "DELETE") if p in wanted]


# -- installing them (migration 0009) ------------------------------------------------------------------


def register_tables(conn: Connection) -> list[str]:
    """The tables of the register in the current schema (PostGIS's own left out)."""
    rows = conn.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
    )
    return [name for (name,) in rows if name not in NOT_REGISTER_TABLES]


def install(conn: Connection) -> None:
    """Create the register's group roles (if missing), its row-level security, grants and functions.

    Run by migration 0009 as the schema's owner, who needs the right to create roles (a superuser, or
    a role with CREATEROLE). Running it again replaces the policies with the current ones.
    """
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    groups = {role: group_role(database, role) for role in ROLES}
    q = {role: quote_ident(name) for role, name in groups.items()}
    for role, name in groups.items():
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
        if exists is None:
            conn.execute(text(f"CREATE ROLE {q[role]} NOLOGIN"))
    db = quote_ident(database)
    conn.execute(text(f"REVOKE CONNECT, TEMPORARY ON DATABASE {db} FROM PUBLIC"))
    conn.execute(text(f"GRANT CONNECT ON DATABASE {db} TO {', '.join(q.values())}"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {', '.join(q.values())}"))
    is_superuser = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
    if not is_superuser:
        # Forced row-level security holds the owner too: the one who made the schema coordinates it.
        conn.execute(text(f"GRANT {q[COORDINATOR]} TO current_user"))

    for table in OWNED_TABLES:
        conn.execute(
            text(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS owner text NOT NULL DEFAULT session_user")
        )
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{table}_owner ON {table} (owner)"))
    _install_triggers(conn, groups[COORDINATOR])

    _install_lookups(conn)
    for table in register_tables(conn):
        _secure_table(conn, table, q)
    conn.execute(
        text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {q[COORDINATOR]}, {q[WORKER]}")
    )
    _install_figures(conn, q)
    _install_user_functions(conn, groups)


def secure_tables(conn: Connection, tables: Iterable[str]) -> None:
    """Put tables a later migration adds under the register's row-level security and grants.

    Declare their policies in :data:`POLICIES` first (a table without is the coordinator's alone, and a
    test fails); then call this from the migration on PostgreSQL.
    """
    # The groups the register was made with (a copy of its database keeps its original's).
    q = {
        role: quote_ident(conn.execute(text("SELECT assetmap_group(:r)"), {"r": role}).scalar_one())
        for role in ROLES
    }
    for table in tables:
        _secure_table(conn, table, q)
    conn.execute(
        text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {q[COORDINATOR]}, {q[WORKER]}")
    )


def _secure_table(conn: Connection, table: str, q: dict[str, str]) -> None:
    name = quote_ident(table)
    conn.execute(text(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY"))
    conn.execute(text(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY"))
    conn.execute(text(f"REVOKE ALL ON {name} FROM PUBLIC, {', '.join(q.values())}"))
    existing = conn.execute(
        text("SELECT policyname FROM pg_policies WHERE schemaname = current_schema() AND tablename = :t"),
        {"t": table},
    ).scalars()
    for policy_name in list(existing):
        conn.execute(text(f"DROP POLICY {quote_ident(policy_name)} ON {name}"))
    # A table no policy is declared for is the coordinator's alone until one is (and a test fails).
    policies = POLICIES.get(table, ())
    if table in INSERT_ONLY:
        conn.execute(text(f"GRANT SELECT, INSERT ON {name} TO {q[COORDINATOR]}"))
        conn.execute(
            text(f"CREATE POLICY coordinator_reads ON {name} FOR SELECT TO {q[COORDINATOR]} USING (true)")
        )
        conn.execute(
            text(f"CREATE POLICY coordinator_adds ON {name} FOR INSERT TO {q[COORDINATOR]} WITH CHECK (true)")
        )
    else:
        conn.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {q[COORDINATOR]}"))
        conn.execute(
            text(
                f"CREATE POLICY coordinator_all ON {name} FOR ALL TO {q[COORDINATOR]} "
                "USING (true) WITH CHECK (true)"
            )
        )
    for role in (WORKER, VIEWER):
        granted = privileges(policies, role)
        if table in INSERT_ONLY:
            granted = [p for p in granted if p in ("SELECT", "INSERT")]
        if granted:
            conn.execute(text(f"GRANT {', '.join(granted)} ON {name} TO {q[role]}"))
    for number, policy in enumerate(policies, start=1):
        clauses = ""
        if policy.using is not None:
            clauses += f" USING ({policy.using})"
        if policy.check is not None:
            clauses += f" WITH CHECK ({policy.check})"
        conn.execute(
            text(
                f"CREATE POLICY {policy.role}_{policy.command.lower()}_{number} ON {name} "
                f"FOR {policy.command} TO {q[policy.role]}{clauses}"
            )
        )


def _install_lookups(conn: Connection) -> None:
    # Run with the caller's rights, so the assets' and people's own policies apply; the search_path
    # setting keeps PostgreSQL from inlining them (and planning a scan of the whole table).
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    for name, table in (("asset", "assets"), ("person", "people")):
        conn.execute(
            text(
                f"""
                CREATE OR REPLACE FUNCTION assetmap_sees_{name}(wanted text) RETURNS boolean
                LANGUAGE sql STABLE SET search_path = pg_catalog, {quote_ident(schema)} AS $$
                    SELECT EXISTS (SELECT 1 FROM {table} WHERE id = wanted)
                $$
                """
            )
        )


def _install_triggers(conn: Connection, coordinator: str) -> None:
    # The trail names the login, never a typed name; a superuser (moving a laptop's register with its
    # trail onto the server) keeps the names the trail already had.
    conn.execute(
        text(
            """
            CREATE OR REPLACE FUNCTION assetmap_audit_login() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
                    NEW."user" := session_user;
                END IF;
                RETURN NEW;
            END $$
            """
        )
    )
    conn.execute(text("DROP TRIGGER IF EXISTS audit_log_login ON audit_log"))
    conn.execute(
        text(
            "CREATE TRIGGER audit_log_login BEFORE INSERT ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION assetmap_audit_login()"
        )
    )
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION assetmap_keep_owner() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.owner IS DISTINCT FROM OLD.owner
                   AND NOT pg_has_role(session_user, {quote_literal(coordinator)}, 'MEMBER') THEN
                    RAISE EXCEPTION 'Only a coordinator may give a record to another user.'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$
            """
        )
    )
    for table in OWNED_TABLES:
        conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_keep_owner ON {table}"))
        conn.execute(
            text(
                f"CREATE TRIGGER {table}_keep_owner BEFORE UPDATE OF owner ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION assetmap_keep_owner()"
            )
        )


def _install_figures(conn: Connection, q: dict[str, str]) -> None:
    """The aggregate figures viewers may read: active public and partners assets per ward and category.

    The view runs with its owner's rights, so it counts rows a viewer cannot read. A person's gift counts
    only while their consent to partners or wider is in force, and a count of 1 to 4 gifts is
    suppressed (``assets`` is NULL and ``shown`` is "<5"), as the reports do.
    """
    conn.execute(text(f"DROP VIEW IF EXISTS {FIGURES_VIEW}"))
    conn.execute(
        text(
            f"""
            CREATE VIEW {FIGURES_VIEW} AS
            WITH counted AS (
                SELECT a.ward_code, a.category, a.person_id IS NOT NULL AS individual
                FROM assets a
                WHERE a.removed_at IS NULL AND a.status = 'active'
                  AND a.visibility IN ('public', 'partners')
                  AND (a.person_id IS NULL OR EXISTS (
                      SELECT 1 FROM people p
                      JOIN LATERAL (
                          SELECT c.kind, c.scope, c.lapses_on FROM consent_events c
                          WHERE c.person_id = p.id ORDER BY c.recorded_at DESC LIMIT 1
                      ) latest ON true
                      WHERE p.id = a.person_id AND p.removed_at IS NULL AND p.erased_at IS NULL
                        AND latest.kind = 'given' AND latest.scope IN ('partners', 'public', 'named')
                        AND (latest.lapses_on IS NULL OR latest.lapses_on >= current_date)
                  ))
            )
            SELECT ward_code, category, count(*) FILTER (WHERE NOT individual) AS places,
                   CASE WHEN count(*) FILTER (WHERE individual) BETWEEN 1 AND {SMALL_COUNT - 1} THEN NULL
                        ELSE count(*) END AS assets,
                   CASE WHEN count(*) FILTER (WHERE individual) BETWEEN 1 AND {SMALL_COUNT - 1}
                        THEN '<{SMALL_COUNT}'
                        ELSE count(*)::text END AS shown
            FROM counted GROUP BY ward_code, category
            """
        )
    )
    conn.execute(text(f"REVOKE ALL ON {FIGURES_VIEW} FROM PUBLIC"))
    conn.execute(text(f"GRANT SELECT ON {FIGURES_VIEW} TO {', '.join(q.values())}"))


# -- managing users: functions that check the caller is a coordinator --------------------------------


# Each change of a login is in the register's audit trail, as any other write (kind "login").
def _audit(action: str) -> str:
    return (
        'INSERT INTO audit_log (at, "user", action, record_kind, record_id) '
        f"VALUES (now() AT TIME ZONE 'UTC', session_user, '{action}', 'login', login);"
    )


def _install_user_functions(conn: Connection, groups: dict[str, str]) -> None:
    coordinator = groups[COORDINATOR]
    # The functions run with their owner's rights: they look only in the system catalogue and this schema
    # (where, since PostgreSQL 15, only the owner may create anything).
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    path = f"pg_catalog, {quote_ident(schema)}"
    members = ", ".join(quote_literal(name) for name in groups.values())
    role_case = " ".join(f"WHEN '{role}' THEN {quote_literal(name)}" for role, name in groups.items())
    name_case = " ".join(f"WHEN {quote_literal(name)} THEN '{role}'" for role, name in groups.items())
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION assetmap_group(role_name text) RETURNS text
            LANGUAGE sql IMMUTABLE SET search_path = {path} AS $$
                SELECT CASE role_name {role_case} END
            $$
            """
        )
    )
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION assetmap_user_role(login text) RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {path} AS $$
                SELECT CASE g.rolname {name_case} END
                FROM pg_auth_members m
                JOIN pg_roles g ON g.oid = m.roleid
                JOIN pg_roles u ON u.oid = m.member
                WHERE u.rolname = login AND g.rolname IN ({members})
                ORDER BY array_position(ARRAY[{members}], g.rolname::text) LIMIT 1
            $$
            """
        )
    )
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION assetmap_require_coordinator() RETURNS void
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {path} AS $$
            BEGIN
                IF NOT (pg_has_role(session_user, {quote_literal(coordinator)}, 'MEMBER')
                        OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
                    RAISE EXCEPTION 'Only a coordinator of this register may manage its users.'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END $$
            """
        )
    )
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION assetmap_coordinators_left(leaving text) RETURNS bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {path} AS $$
                SELECT count(*) FROM pg_auth_members m
                JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                WHERE g.rolname = {quote_literal(coordinator)} AND u.rolname <> leaving AND u.rolcanlogin
            $$
            """
        )
    )
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION assetmap_add_user(login text, new_role text, verifier text)
            RETURNS boolean
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = {path} AS $$
            DECLARE
                target text := CASE new_role {role_case} END;
                existing pg_roles%ROWTYPE;
            BEGIN
                PERFORM assetmap_require_coordinator();
                IF target IS NULL THEN
                    RAISE EXCEPTION 'There is no role %; the roles are coordinator, worker and viewer.',
                        new_role
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                IF login IN ({members}) OR login LIKE 'pg\\_%' OR login = '' THEN
                    RAISE EXCEPTION '% cannot be the name of a login.', login
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                SELECT * INTO existing FROM pg_roles WHERE rolname = login;
                IF NOT FOUND THEN
                    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, verifier, target);
                    {_audit("add")}
                    RETURN true;
                END IF;
                IF existing.rolsuper THEN
                    RAISE EXCEPTION '% is an administrator of the server, not a user of a register.', login
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                IF assetmap_user_role(login) IS NOT NULL THEN
                    RAISE EXCEPTION '% is already a user of this register, as %; change their role instead.',
                        login, assetmap_user_role(login) USING ERRCODE = 'duplicate_object';
                END IF;
                -- A login of another register on this server: it joins this one, and keeps its password.
                EXECUTE format('GRANT %I TO %I', target, login);
                {_audit("add")}
                RETURN false;
            END $$
            """
        )
    )
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION assetmap_set_role(login text, new_role text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = {path} AS $$
            DECLARE
                target text := CASE new_role {role_case} END;
                current_role_name text := assetmap_user_role(login);
                other text;
            BEGIN
                PERFORM assetmap_require_coordinator();
                IF target IS NULL THEN
                    RAISE EXCEPTION 'There is no role %; the roles are coordinator, worker and viewer.',
                        new_role
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                IF current_role_name IS NULL THEN
                    RAISE EXCEPTION '% is not a user of this register.', login
                        USING ERRCODE = 'undefined_object';
                END IF;
                IF current_role_name = 'coordinator' AND new_role <> 'coordinator'
                   AND assetmap_coordinators_left(login) = 0 THEN
                    RAISE EXCEPTION
                        '% is the register''s only coordinator: make someone else coordinator first.',
                        login USING ERRCODE = 'object_in_use';
                END IF;
                FOREACH other IN ARRAY ARRAY[{members}] LOOP
                    IF other <> target THEN
                        EXECUTE format('REVOKE %I FROM %I', other, login);
                    END IF;
                END LOOP;
                EXECUTE format('GRANT %I TO %I', target, login);
                {_audit("update")}
            END $$
            """
        )
    )
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION assetmap_remove_user(login text) RETURNS boolean
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = {path} AS $$
            DECLARE
                current_role_name text := assetmap_user_role(login);
                other text;
            BEGIN
                PERFORM assetmap_require_coordinator();
                IF current_role_name IS NULL THEN
                    RAISE EXCEPTION '% is not a user of this register.', login
                        USING ERRCODE = 'undefined_object';
                END IF;
                IF current_role_name = 'coordinator' AND assetmap_coordinators_left(login) = 0 THEN
                    RAISE EXCEPTION
                        '% is the register''s only coordinator: make someone else coordinator first.',
                        login USING ERRCODE = 'object_in_use';
                END IF;
                FOREACH other IN ARRAY ARRAY[{members}] LOOP
                    EXECUTE format('REVOKE %I FROM %I', other, login);
                END LOOP;
                {_audit("remove")}
                -- A login no other register uses goes; one that others use stays, without this register.
                IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member
                           WHERE u.rolname = login) THEN
                    RETURN false;
                END IF;
                BEGIN
                    EXECUTE format('DROP ROLE %I', login);
                EXCEPTION WHEN dependent_objects_still_exist THEN
                    EXECUTE format('ALTER ROLE %I NOLOGIN', login);
                END;
                RETURN true;
            END $$
            """
        )
    )
    conn.execute(
        text(
            f"""
            CREATE OR REPLACE FUNCTION assetmap_users() RETURNS TABLE(login text, role text)
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {path} AS $$
            BEGIN
                PERFORM assetmap_require_coordinator();
                RETURN QUERY
                    SELECT DISTINCT u.rolname::text, assetmap_user_role(u.rolname::text)
                    FROM pg_auth_members m
                    JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                    WHERE g.rolname IN ({members}) ORDER BY 1;
            END $$
            """
        )
    )
    for signature in (
        "assetmap_add_user(text, text, text)",
        "assetmap_set_role(text, text)",
        "assetmap_remove_user(text)",
        "assetmap_users()",
        "assetmap_coordinators_left(text)",
        "assetmap_require_coordinator()",
    ):
        conn.execute(text(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC"))
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION {signature} TO {quote_ident(coordinator)}"))
    # Anyone with a login here may ask which role a login has (their own, to know what to offer).
    conn.execute(text("REVOKE ALL ON FUNCTION assetmap_user_role(text) FROM PUBLIC"))
    conn.execute(
        text(
            "GRANT EXECUTE ON FUNCTION assetmap_user_role(text) TO "
            + ", ".join(quote_ident(g) for g in groups.values())
        )
    )
