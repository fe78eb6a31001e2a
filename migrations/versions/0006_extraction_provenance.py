"""extraction provenance, layout fingerprint and doubts

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("extractions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("provenance", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
        batch_op.add_column(sa.Column("layout_digest", sa.String(length=64), nullable=True))
        batch_op.add_column(
            sa.Column("layout", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
        batch_op.add_column(
            sa.Column("doubts", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
        batch_op.create_index(
            batch_op.f("ix_extractions_layout_digest"), ["layout_digest"], unique=False
        )
    with op.batch_alter_table("extractions", schema=None) as batch_op:
        batch_op.alter_column("provenance", server_default=None)
        batch_op.alter_column("layout", server_default=None)
        batch_op.alter_column("doubts", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("extractions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_extractions_layout_digest"))
        batch_op.drop_column("doubts")
        batch_op.drop_column("layout")
        batch_op.drop_column("layout_digest")
        batch_op.drop_column("provenance")
