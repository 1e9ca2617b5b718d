"""Meetings: saved views (the slides of a meeting) and suggestions captured in the room.

New tables only, so no table is rebuilt.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_views",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("area", sa.JSON, nullable=False),
        sa.Column("layer", sa.String(10), nullable=False),
        sa.Column("measure", sa.String(40)),
        sa.Column("filters", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.CheckConstraint("layer IN ('assets','abundance')", name="ck_saved_views_layer"),
    )
    op.create_index("ix_saved_views_position", "saved_views", ["position"])
    op.create_table(
        "suggestions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column(
            "category", sa.String(40), sa.ForeignKey("categories.code", ondelete="RESTRICT"), nullable=False
        ),
        sa.Column("note", sa.Text),
        sa.Column("lon", sa.Float),
        sa.Column("lat", sa.Float),
        sa.Column("ward_code", sa.String(9)),
        sa.Column("meeting", sa.Text),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("resolved_at", sa.DateTime),
        sa.Column("asset_id", sa.String(36)),
        sa.CheckConstraint(
            "status IN ('open','accepted','merged','discarded')", name="ck_suggestions_status"
        ),
        sa.CheckConstraint("lon IS NULL OR (lon BETWEEN -180 AND 180)", name="ck_suggestions_lon"),
        sa.CheckConstraint("lat IS NULL OR (lat BETWEEN -90 AND 90)", name="ck_suggestions_lat"),
    )
    op.create_index("ix_suggestions_status", "suggestions", ["status"])


def downgrade() -> None:
    op.drop_table("suggestions")
    op.drop_table("saved_views")
