"""Change notices (LISTEN/NOTIFY) on a PostgreSQL server: every committed write tells open windows.

After each statement that adds, changes or deletes rows of assets, people, saved views,
suggestions, links, stories, photos or link kinds, a trigger sends one notice on the channel
``assetmap_changes`` naming the table and the ids (with versions, where the table has them; a link
kind's code) of the rows it touched: never any of their text (no note, story, teller or caption),
so a window reads the records through its own login and row-level security still decides what it
sees. A statement touching more rows than fit one notice says only how many (the window then reads
the table afresh). PostgreSQL sends notices when the transaction commits, never for one rolled back.
(Nothing changes in a file register.)

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

CHANNEL = "assetmap_changes"
# A notice's payload is limited to 8,000 bytes; an id with its version takes about 50.
MOST_ROWS = 100
# Table, and the column that counts its versions (None: the table has none).
TABLES = (
    ("assets", "version"),
    ("people", "version"),
    ("saved_views", None),
    ("suggestions", None),
    ("links", "version"),
    ("stories", "version"),
    ("photos", None),
    ("link_kinds", None),
)
# The column naming a row, where it is not ``id``: a link kind is known by its code.
KEYS = {"link_kinds": "code"}
EVENTS = (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD"))


def _function(table: str, version: str | None) -> str:
    key = KEYS.get(table, "id")
    row = f"json_build_array({key}, {version or 'NULL'})"
    return f"""
CREATE OR REPLACE FUNCTION assetmap_notice_{table}() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    total bigint;
    payload json;
BEGIN
    SELECT count(*) INTO total FROM changed_rows;
    IF total = 0 THEN
        RETURN NULL;
    END IF;
    IF total > {MOST_ROWS} THEN
        payload := json_build_object('table', TG_TABLE_NAME, 'op', lower(TG_OP), 'many', total);
    ELSE
        SELECT json_build_object('table', TG_TABLE_NAME, 'op', lower(TG_OP), 'rows', json_agg({row}))
            INTO payload FROM changed_rows;
    END IF;
    PERFORM pg_notify('{CHANNEL}', payload::text);
    RETURN NULL;
END
$fn$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, version in TABLES:
        op.execute(_function(table, version))
        for event, side in EVENTS:
            op.execute(
                f"CREATE TRIGGER assetmap_notice_{table}_{event} AFTER {event.upper()} ON {table} "
                f"REFERENCING {side} TABLE AS changed_rows FOR EACH STATEMENT "
                f"EXECUTE FUNCTION assetmap_notice_{table}()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, _version in TABLES:
        for event, _side in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS assetmap_notice_{table}_{event} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS assetmap_notice_{table}()")
