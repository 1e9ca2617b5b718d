"""Roles and row-level security on a PostgreSQL server (nothing changes in a file register).

See :mod:`assetmap.register.roles` for the roles, the policies and the user functions.

Revision ID: 0009
Revises: 0008
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from assetmap.register import roles

    roles.install(bind)


def downgrade() -> None:
    pass
