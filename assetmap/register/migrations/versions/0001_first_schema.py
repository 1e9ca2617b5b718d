"""First schema: categories, subcategories and assets.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "categories",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False),
    )
    op.create_table(
        "subcategories",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "category_code",
            sa.String(40),
            sa.ForeignKey("categories.code", ondelete="RESTRICT"),
            nullable=False,
        ),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("sort_order", sa.Integer, nullable=False),
        sa.UniqueConstraint("category_code", "name"),
    )
    op.create_table(
        "assets",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column(
            "category", sa.String(40), sa.ForeignKey("categories.code", ondelete="RESTRICT"), nullable=False
        ),
        sa.Column("subcategory", sa.Text),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("description", sa.Text),
        sa.Column("address", sa.Text),
        sa.Column("postcode", sa.String(10)),
        sa.Column("lon", sa.Float),
        sa.Column("lat", sa.Float),
        sa.Column("ward_code", sa.String(9)),
        sa.Column("contact_name", sa.Text),
        sa.Column("contact_phone", sa.Text),
        sa.Column("contact_email", sa.Text),
        sa.Column("website", sa.Text),
        sa.Column("opening_times", sa.Text),
        sa.Column("audience", sa.Text),
        sa.Column("accessibility", sa.Text),
        sa.Column("cost", sa.String(8)),
        sa.Column("visibility", sa.String(10), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("recorded_by", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("review_due", sa.Date),
        sa.Column("removed_at", sa.DateTime),
        sa.CheckConstraint("visibility IN ('public','partners','private')", name="ck_assets_visibility"),
        sa.CheckConstraint("status IN ('active','draft','closed')", name="ck_assets_status"),
        sa.CheckConstraint("cost IS NULL OR cost IN ('free','low','paid')", name="ck_assets_cost"),
        sa.CheckConstraint("lon IS NULL OR (lon BETWEEN -180 AND 180)", name="ck_assets_lon"),
        sa.CheckConstraint("lat IS NULL OR (lat BETWEEN -90 AND 90)", name="ck_assets_lat"),
    )
    op.create_index("ix_assets_ward", "assets", ["ward_code"])
    op.create_index("ix_assets_removed", "assets", ["removed_at"])


def downgrade() -> None:
    op.drop_table("assets")
    op.drop_table("subcategories")
    op.drop_table("categories")
