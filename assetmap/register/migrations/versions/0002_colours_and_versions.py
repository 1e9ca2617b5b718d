"""Categories carry their map colour; assets carry a version number for merging registers.

The categories table is rebuilt (batch mode), which is exactly the operation that deletes child
rows when foreign keys are on; the register runs it with them off and checks them before commit.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The palette as it stood when this revision was written (a migration never imports live code).
_COLOURS = {
    "gifts_skills": "#CC79A7",
    "associations": "#0072B2",
    "institutions": "#009E73",
    "physical_spaces": "#E69F00",
    "local_economy": "#56B4E9",
    "culture_stories": "#D55E00",
}


def upgrade() -> None:
    column = sa.Column("colour", sa.String(7), nullable=False, server_default="#777777")
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table("categories", recreate="always") as batch:
            batch.add_column(column)
    else:
        # A server adds a column in place; rebuilding the table would have to drop what refers to it.
        op.add_column("categories", column)
    categories = sa.table("categories", sa.column("code", sa.String), sa.column("colour", sa.String))
    for code, colour in _COLOURS.items():
        op.execute(categories.update().where(categories.c.code == code).values(colour=colour))
    with op.batch_alter_table("assets") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("assets") as batch:
        batch.drop_column("version")
    with op.batch_alter_table("categories", recreate="always") as batch:
        batch.drop_column("colour")
