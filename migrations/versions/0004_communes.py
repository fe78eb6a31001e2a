"""communes: the commune's names and the body its report goes to, as data

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "communes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("place", sa.String(length=255), nullable=True),
        sa.Column("party_committee", sa.String(length=255), nullable=True),
        sa.Column("office_name", sa.String(length=255), nullable=True),
        sa.Column("office_email", sa.String(length=320), nullable=True),
        sa.Column("signer_on_behalf", sa.String(length=255), nullable=True),
        sa.Column("signer_title", sa.String(length=255), nullable=True),
        sa.Column("signer_name", sa.String(length=255), nullable=True),
        sa.Column("superior_level", sa.String(length=16), nullable=True),
        sa.Column("superior_party", sa.String(length=255), nullable=True),
        sa.Column("superior_report_to", sa.String(length=255), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_communes")),
        sa.UniqueConstraint("slug", name=op.f("uq_communes_slug")),
    )


def downgrade() -> None:
    op.drop_table("communes")
