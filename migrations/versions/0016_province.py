"""the province: a tenant row of kind "province" beside the communes

The province's own logins (role `province`) live in a row of `communes` whose `kind` is
`province`: they read every commune through that commune's row-level security, one read-only
transaction at a time, and never belong to a commune's register. Every existing row is a
commune.

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("communes") as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=16), nullable=False, server_default="commune")
        )


def downgrade() -> None:
    with op.batch_alter_table("communes") as batch_op:
        batch_op.drop_column("kind")
