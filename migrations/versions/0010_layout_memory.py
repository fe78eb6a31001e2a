"""layout memory: where the office showed a field sits on a layout; the lines of each extraction

Revision ID: 0010
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0010"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "layout_memories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("layout_digest", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("scope", sa.String(length=64), nullable=False),
        sa.Column("addresses", sa.JSON(), nullable=False),
        sa.Column("layout", sa.JSON(), nullable=False),
        sa.Column("example_value", sa.Text(), nullable=False),
        sa.Column("example_attachment_id", sa.Integer(), nullable=True),
        sa.Column("learned_by", sa.String(length=64), nullable=False),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.Column("misses", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["example_attachment_id"],
            ["attachments.id"],
            name=op.f("fk_layout_memories_example_attachment_id_attachments"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_layout_memories")),
        sa.UniqueConstraint(
            "layout_digest", "field", "scope", name=op.f("uq_layout_memories_layout_digest_field_scope")
        ),
    )
    with op.batch_alter_table("layout_memories", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_layout_memories_layout_digest"), ["layout_digest"], unique=False
        )
    with op.batch_alter_table("extractions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("lines", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
    with op.batch_alter_table("extractions", schema=None) as batch_op:
        batch_op.alter_column("lines", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("extractions", schema=None) as batch_op:
        batch_op.drop_column("lines")
    with op.batch_alter_table("layout_memories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_layout_memories_layout_digest"))
    op.drop_table("layout_memories")
