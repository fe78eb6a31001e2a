"""sessions that end together, and the login backoff's client key

Revision ID: 0005
Revises: 0004
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("session_epoch", sa.String(length=32), nullable=True))
    users = sa.table("users", sa.column("id", sa.Integer), sa.column("session_epoch", sa.String))
    connection = op.get_bind()
    # Each existing user gets its own random epoch: sessions opened before the upgrade end.
    for (user_id,) in connection.execute(sa.select(users.c.id)).all():
        connection.execute(
            users.update()
            .where(users.c.id == user_id)
            .values(session_epoch=secrets.token_hex(16))
        )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("session_epoch", existing_type=sa.String(length=32), nullable=False)

    with op.batch_alter_table("login_attempts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("device", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_login_attempts_client"), ["client"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("login_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_attempts_client"))
        batch_op.drop_column("device")
        batch_op.drop_column("client")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("session_epoch")
