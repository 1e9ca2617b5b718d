"""People, their consent events, an erasure list and the audit trail.

New tables and one new nullable column (``assets.person_id``), so no table is rebuilt. Existing
"gifts and skills" assets keep working as they were, with their ``recorded_by`` text, unlinked to a
person. Consent events and the audit trail are append-only: triggers refuse to change them, and
allow deleting a person's consent events only once that person is erased.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("assets", sa.Column("person_id", sa.String(36)))
    op.create_index("ix_assets_person", "assets", ["person_id"])
    op.create_table(
        "people",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("sealed", sa.LargeBinary),
        sa.Column("recorded_by", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("removed_at", sa.DateTime),
        sa.Column("erased_at", sa.DateTime),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "person_keys",
        sa.Column(
            "person_id", sa.String(36), sa.ForeignKey("people.id", ondelete="RESTRICT"), primary_key=True
        ),
        sa.Column("key", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "person_history",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "person_id", sa.String(36), sa.ForeignKey("people.id", ondelete="RESTRICT"), nullable=False
        ),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("operation", sa.String(10), nullable=False),
        sa.Column("sealed", sa.LargeBinary),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_person_history_person", "person_history", ["person_id", "seq"])
    op.create_table(
        "person_links",
        sa.Column(
            "person_id", sa.String(36), sa.ForeignKey("people.id", ondelete="RESTRICT"), primary_key=True
        ),
        sa.Column(
            "asset_id", sa.String(36), sa.ForeignKey("assets.id", ondelete="RESTRICT"), primary_key=True
        ),
        sa.Column("relation", sa.String(10), primary_key=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.CheckConstraint("relation IN ('runs','belongs')", name="ck_person_links_relation"),
    )
    op.create_index("ix_person_links_asset", "person_links", ["asset_id"])
    op.create_table(
        "consent_events",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "person_id", sa.String(36), sa.ForeignKey("people.id", ondelete="RESTRICT"), nullable=False
        ),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("scope", sa.String(10)),
        sa.Column("partners", sa.Text),
        sa.Column("lawful_basis", sa.String(30), nullable=False),
        sa.Column("method", sa.String(30), nullable=False),
        sa.Column("recorded_by", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("lapses_on", sa.Date),
        sa.CheckConstraint("kind IN ('given','withdrawn')", name="ck_consent_kind"),
    )
    op.create_index("ix_consent_person", "consent_events", ["person_id", "recorded_at"])
    op.create_table(
        "erasures",
        sa.Column("person_id", sa.String(36), primary_key=True),
        sa.Column("erased_at", sa.DateTime, nullable=False),
        sa.Column("asset_ids", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user", sa.Text, nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("record_kind", sa.String(20), nullable=False),
        sa.Column("record_id", sa.String(64)),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_audit_record", "audit_log", ["record_id"])
    op.create_index("ix_audit_at", "audit_log", ["at"])
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_triggers()
    else:
        _postgresql_triggers()


def _sqlite_triggers() -> None:
    op.execute(
        "CREATE TRIGGER consent_events_never_change BEFORE UPDATE ON consent_events "
        "BEGIN SELECT RAISE(ABORT, 'consent events are never changed: record a new one'); END"
    )
    op.execute(
        "CREATE TRIGGER consent_events_kept_until_erasure BEFORE DELETE ON consent_events "
        "WHEN (SELECT erased_at FROM people WHERE id = OLD.person_id) IS NULL "
        "BEGIN SELECT RAISE(ABORT, 'consent events are kept as evidence until the person is erased'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_never_changes BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is never changed'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_never_shrinks BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is never changed'); END"
    )


# The same refusals on a PostgreSQL server, where a trigger calls a function. TRUNCATE is refused too:
# a server can empty a table without deleting its rows one by one.
_POSTGRESQL_FUNCTIONS = {
    "consent_events_never_change": "RAISE EXCEPTION 'consent events are never changed: record a new one';",
    "consent_events_kept_until_erasure": (
        "IF (SELECT erased_at FROM people WHERE id = OLD.person_id) IS NULL THEN "
        "RAISE EXCEPTION 'consent events are kept as evidence until the person is erased'; END IF; "
        "RETURN OLD;"
    ),
    "audit_log_never_changes": "RAISE EXCEPTION 'the audit trail is never changed';",
}
_POSTGRESQL_TRIGGERS = (
    ("consent_events_never_change", "BEFORE UPDATE", "consent_events", "FOR EACH ROW"),
    ("consent_events_kept_until_erasure", "BEFORE DELETE", "consent_events", "FOR EACH ROW"),
    ("consent_events_never_truncated", "BEFORE TRUNCATE", "consent_events", "FOR EACH STATEMENT"),
    ("audit_log_never_changes", "BEFORE UPDATE", "audit_log", "FOR EACH ROW"),
    ("audit_log_never_shrinks", "BEFORE DELETE", "audit_log", "FOR EACH ROW"),
    ("audit_log_never_truncated", "BEFORE TRUNCATE", "audit_log", "FOR EACH STATEMENT"),
)
_POSTGRESQL_CALLS = {
    "consent_events_never_truncated": "consent_events_never_change",
    "audit_log_never_shrinks": "audit_log_never_changes",
    "audit_log_never_truncated": "audit_log_never_changes",
}


def _postgresql_triggers() -> None:
    for name, body in _POSTGRESQL_FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$")
    for name, when, table, each in _POSTGRESQL_TRIGGERS:
        function = _POSTGRESQL_CALLS.get(name, name)
        op.execute(f"CREATE TRIGGER {name} {when} ON {table} {each} EXECUTE FUNCTION {function}()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in (
            "consent_events_never_change",
            "consent_events_kept_until_erasure",
            "audit_log_never_changes",
            "audit_log_never_shrinks",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    else:
        for name, _when, table, _each in _POSTGRESQL_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name in _POSTGRESQL_FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    for table in (
        "audit_log",
        "erasures",
        "consent_events",
        "person_links",
        "person_history",
        "person_keys",
        "people",
    ):
        op.drop_table(table)
    op.drop_index("ix_assets_person", "assets")
    op.drop_column("assets", "person_id")
