"""operations: heartbeats of the long-running roles, and the indexes that keep metrics cheap

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "heartbeats",
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("instance", sa.String(length=255), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ok_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("role", "instance", name=op.f("pk_heartbeats")),
    )
    # Adding a nullable column and indexes needs no table rebuild on SQLite (no batch copy).
    op.add_column(
        "outbound_mail", sa.Column("last_attempt_at", sa.DateTime(timezone=True), nullable=True)
    )
    op.create_index(
        op.f("ix_outbound_mail_last_attempt_at"), "outbound_mail", ["last_attempt_at"]
    )
    op.create_index(
        "ix_outbound_mail_state_last_attempt_at", "outbound_mail", ["state", "last_attempt_at"]
    )
    op.create_index(op.f("ix_messages_processed_at"), "messages", ["processed_at"])
    op.create_index("ix_extractions_kind_created_at", "extractions", ["kind", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_extractions_kind_created_at", table_name="extractions")
    op.drop_index(op.f("ix_messages_processed_at"), table_name="messages")
    op.drop_index("ix_outbound_mail_state_last_attempt_at", table_name="outbound_mail")
    op.drop_index(op.f("ix_outbound_mail_last_attempt_at"), table_name="outbound_mail")
    with op.batch_alter_table("outbound_mail", schema=None) as batch_op:
        batch_op.drop_column("last_attempt_at")
    op.drop_table("heartbeats")
