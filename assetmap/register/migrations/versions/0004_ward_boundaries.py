"""A register can carry its own ward boundaries, for a team outside Greater Manchester.

A new table only, so no table is rebuilt. Empty, it means the bundled Greater Manchester wards,
which is what every register upgraded from 0003 uses.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ward_boundaries",
        sa.Column("ward_code", sa.Text, primary_key=True),
        sa.Column("ward_name", sa.Text, nullable=False),
        sa.Column("lad_code", sa.Text, nullable=False),
        sa.Column("lad_name", sa.Text, nullable=False),
        sa.Column("population", sa.Float),
        sa.Column("sort_order", sa.Integer, nullable=False),
        sa.Column("geometry", sa.LargeBinary, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("ward_boundaries")
