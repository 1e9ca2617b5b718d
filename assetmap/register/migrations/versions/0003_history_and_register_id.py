"""Every write to an asset keeps history, and each register gets a stable id, for merging registers.

New tables only, so no table is rebuilt. Every existing asset gets one ``baseline`` history entry
holding its content, so a register upgraded from 0002 can be merged like any other. The content
encoding and the state id below are copies frozen at this revision (a migration never imports live
code); they match ``assetmap.register.records.content_of`` and ``node_id`` as they stood, which a
test checks.

Revision ID: 0003
Revises: 0002
"""

import datetime as dt
import hashlib
import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_EDITABLE = (
    "name",
    "category",
    "subcategory",
    "tags",
    "description",
    "address",
    "postcode",
    "lon",
    "lat",
    "contact_name",
    "contact_phone",
    "contact_email",
    "website",
    "opening_times",
    "audience",
    "accessibility",
    "cost",
    "visibility",
    "status",
    "recorded_by",
    "review_due",
)


def _content(row: sa.Row) -> str:
    values = row._mapping
    content: dict[str, object] = {}
    for name in _EDITABLE:
        value = values[name]
        if name == "tags":
            value = json.loads(value) if isinstance(value, str) else list(value or ())
        elif name == "review_due" and value is not None:
            value = str(value)[:10]
        content[name] = value
    content["removed"] = values["removed_at"] is not None
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _node(canonical: str) -> str:
    return hashlib.sha256((canonical + "\n").encode("utf-8")).hexdigest()[:32]


def upgrade() -> None:
    meta = op.create_table(
        "register_meta",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    register_id = str(uuid.uuid4())
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    op.bulk_insert(
        meta,
        [
            {"key": "register_id", "value": register_id},
            {"key": "created_at", "value": now.isoformat(sep=" ")},
        ],
    )
    history = op.create_table(
        "asset_history",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("asset_id", sa.String(36), sa.ForeignKey("assets.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("node", sa.String(32), nullable=False),
        sa.Column("parents", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("register_id", sa.String(36), nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("operation", sa.String(10), nullable=False),
        sa.Column("content", sa.Text),
        sa.CheckConstraint(
            "operation IN ('baseline','add','update','remove','restore','merge')",
            name="ck_asset_history_operation",
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_asset_history_asset", "asset_history", ["asset_id", "seq"])
    op.create_table(
        "bundle_exports",
        sa.Column("number", sa.Integer, primary_key=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("since_seq", sa.Integer, nullable=False),
        sa.Column("upto_seq", sa.Integer, nullable=False),
    )
    columns = ", ".join(("id", "version", "updated_at", "removed_at", *_EDITABLE))
    # In the order the assets were written: SQLite's rowid (a server has none, and no assets yet).
    order = "rowid" if op.get_bind().dialect.name == "sqlite" else "created_at, id"
    rows = op.get_bind().execute(sa.text(f"SELECT {columns} FROM assets ORDER BY {order}")).all()
    baseline = []
    for row in rows:
        canonical = _content(row)
        baseline.append(
            {
                "asset_id": row.id,
                "node": _node(canonical),
                "parents": "",
                "version": row.version,
                "register_id": register_id,
                # The state dates from the asset's last write, which also orders "newest" choices.
                "recorded_at": dt.datetime.fromisoformat(str(row.updated_at)),
                "operation": "baseline",
                "content": canonical,
            }
        )
    if baseline:
        op.bulk_insert(history, baseline)


def downgrade() -> None:
    op.drop_table("bundle_exports")
    op.drop_index("ix_asset_history_asset", "asset_history")
    op.drop_table("asset_history")
    op.drop_table("register_meta")
