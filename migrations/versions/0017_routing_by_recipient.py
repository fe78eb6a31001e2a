"""routing by recipient: a province's shared mailbox and each commune's addresses on it

`mail_accounts.routes_by_recipient` marks a shared account (no commune of its own): the watcher
stores each of its messages in the commune whose address (`commune_addresses`) the message was
sent to, or holds it for the province when none or several match (`ingest.routing`).

`commune_addresses` belongs to a commune like the rest of its register (row-level security on
PostgreSQL, as migration 0014 set up): a commune's transactions see only its own addresses; the
watcher reads the directory across communes as an operator (`all_communes`), and each message
is then written in its commune's own transaction.

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "commune_addresses"
TENANT_ROLE = "dvk_commune"
POLICY = "commune_isolation"  # the policy migration 0014 gives every tenant table


def upgrade() -> None:
    with op.batch_alter_table("mail_accounts") as batch_op:
        batch_op.add_column(
            sa.Column(
                "routes_by_recipient", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("commune_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commune_id"], ["communes.id"], name=op.f("fk_commune_addresses_commune_id_communes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commune_addresses")),
        sa.UniqueConstraint("address", name=op.f("uq_commune_addresses_address")),
    )
    with op.batch_alter_table(TABLE) as batch_op:
        batch_op.create_index(batch_op.f("ix_commune_addresses_commune_id"), ["commune_id"])
    if op.get_bind().dialect.name == "postgresql":
        _row_level_security()


def _row_level_security() -> None:
    """As migration 0014 for every tenant table: FORCEd, keyed on the transaction's commune."""
    op.execute(f'ALTER TABLE "{TABLE}" ENABLE ROW LEVEL SECURITY')
    op.execute(f'ALTER TABLE "{TABLE}" FORCE ROW LEVEL SECURITY')
    op.execute(
        f'CREATE POLICY {POLICY} ON "{TABLE}" '
        "USING (dvk_all_communes() OR commune_id = dvk_commune()) "
        "WITH CHECK (dvk_all_communes() OR commune_id = dvk_commune())"
    )
    # The default privileges of 0014 cover tables its role creates; another login may run
    # this migration, so the grant is explicit (and skipped where the role is missing).
    op.execute(
        f"""
        DO $$
        BEGIN
          IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{TENANT_ROLE}') THEN
            GRANT SELECT, INSERT, UPDATE, DELETE ON "{TABLE}" TO {TENANT_ROLE};
            GRANT USAGE, SELECT ON SEQUENCE "{TABLE}_id_seq" TO {TENANT_ROLE};
          END IF;
        EXCEPTION WHEN insufficient_privilege THEN
          RAISE WARNING 'dvk: cannot grant {TABLE} to {TENANT_ROLE}';
        END
        $$;
        """
    )


def downgrade() -> None:
    with op.batch_alter_table(TABLE) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commune_addresses_commune_id"))
    op.drop_table(TABLE)  # its policy goes with it
    with op.batch_alter_table("mail_accounts") as batch_op:
        batch_op.drop_column("routes_by_recipient")
