"""Connections between assets, stories and photos (issue: stories, photos and connections).

New tables only, so no table is rebuilt. The link kinds are seeded with the six every register
starts with. Links, stories and photos name their asset without a foreign key: an asset purged by
an undo, or a gift erased with its person, takes its links, stories and photos with it in code.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SEEDED_KINDS = (
    ("meets_at", "meets at"),
    ("runs", "runs"),
    ("supports", "supports"),
    ("funds", "funds"),
    ("shares_members", "shares members with"),
    ("refers_to", "refers to"),
)
OPERATIONS = "operation IN ('baseline','add','update','remove','restore','merge')"


def _history(name: str, record: str, parent: str) -> None:
    op.create_table(
        name,
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(record, sa.String(36), sa.ForeignKey(f"{parent}.id", ondelete="RESTRICT"), nullable=False),
        sa.Column("node", sa.String(32), nullable=False),
        sa.Column("parents", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("register_id", sa.String(36), nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("operation", sa.String(10), nullable=False),
        sa.Column("content", sa.Text),
        sa.CheckConstraint(OPERATIONS, name=f"ck_{name}_operation"),
        sqlite_autoincrement=True,
    )
    op.create_index(f"ix_{name}_{record}", name, [record, "seq"])


def upgrade() -> None:
    kinds = op.create_table(
        "link_kinds",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False),
    )
    op.bulk_insert(
        kinds, [{"code": c, "label": label, "sort_order": i} for i, (c, label) in enumerate(SEEDED_KINDS)]
    )
    op.create_table(
        "links",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("from_kind", sa.String(10), nullable=False),
        sa.Column("from_id", sa.String(36), nullable=False),
        sa.Column("to_id", sa.String(36), nullable=False),
        sa.Column(
            "kind", sa.String(40), sa.ForeignKey("link_kinds.code", ondelete="RESTRICT"), nullable=False
        ),
        sa.Column("note", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("removed_at", sa.DateTime),
        sa.Column("version", sa.Integer, nullable=False),
        sa.CheckConstraint("from_kind IN ('asset','person')", name="ck_links_from_kind"),
        sa.CheckConstraint("from_id <> to_id", name="ck_links_not_to_itself"),
    )
    op.create_index("ix_links_from", "links", ["from_id"])
    op.create_index("ix_links_to", "links", ["to_id"])
    _history("link_history", "link_id", "links")
    op.create_table(
        "stories",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("asset_id", sa.String(36), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("told_on", sa.Date),
        sa.Column("teller", sa.Text),
        sa.Column("quote_consent", sa.Boolean, nullable=False),
        sa.Column("person_id", sa.String(36)),
        sa.Column("featured", sa.Boolean, nullable=False),
        sa.Column("recorded_by", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("removed_at", sa.DateTime),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_stories_asset", "stories", ["asset_id"])
    op.create_index("ix_stories_person", "stories", ["person_id"])
    _history("story_history", "story_id", "stories")
    op.create_table(
        "photos",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("asset_id", sa.String(36), nullable=False),
        sa.Column("story_id", sa.String(36)),
        sa.Column("alt_text", sa.Text, nullable=False),
        sa.Column("media_type", sa.String(20), nullable=False),
        sa.Column("width", sa.Integer, nullable=False),
        sa.Column("height", sa.Integer, nullable=False),
        sa.Column("byte_size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("thumbnail", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("stored_at", sa.DateTime, nullable=False),
        sa.Column("removed_at", sa.DateTime),
    )
    op.create_index("ix_photos_asset", "photos", ["asset_id"])


def downgrade() -> None:
    op.drop_table("photos")
    op.drop_table("story_history")
    op.drop_table("stories")
    op.drop_table("link_history")
    op.drop_table("links")
    op.drop_table("link_kinds")
