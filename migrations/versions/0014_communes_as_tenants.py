"""communes as tenants: every row of a register belongs to a commune; row-level security

Each table of a commune's register gets `commune_id` (filled with the database's commune; an
unnamed one is created when rows exist and no units file named the commune yet, and the next
units file names it). Keys that a second commune may repeat (a campaign's slug, a unit's
address, a message's bytes) become unique per commune.

On PostgreSQL every such table gets row-level security, FORCEd so that the tables' owner is
bound too: a transaction sees and writes only the rows of the commune in the setting
`dvk.commune_id` (set per transaction by `documents.db`), every commune with the value `all`
(operators' commands), and nothing without it. `documents.db` runs a commune's transactions
as the role `dvk_commune`, which this migration creates when it may, so that the policies bind
even when dvk logs in as a superuser.

Revision ID: 0014
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0014"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TENANT_TABLES = (
    "attachments",
    "audit_log",
    "campaigns",
    "deadlines",
    "exemptions",
    "extractions",
    "layout_memories",
    "mail_locations",
    "messages",
    "model_assessments",
    "outbound_mail",
    "outbound_recipients",
    "reminder_slots",
    "submissions",
    "unit_emails",
    "units",
    "users",
)
TENANT_ROLE = "dvk_commune"
POLICY = "commune_isolation"

#: (table, old unique columns, new unique columns)
PER_COMMUNE_KEYS = (
    ("campaigns", ["slug"], ["commune_id", "slug"]),
    ("unit_emails", ["address"], ["commune_id", "address"]),
    ("messages", ["raw_sha256"], ["commune_id", "raw_sha256"]),
    ("messages", ["copy_key"], ["commune_id", "copy_key"]),
    (
        "layout_memories",
        ["layout_digest", "field", "scope"],
        ["commune_id", "layout_digest", "field", "scope"],
    ),
)


#: The tables that name a unit, and what deleting the unit does to them.
UNIT_REFERENCES = (
    ("unit_emails", "CASCADE"),
    ("exemptions", "CASCADE"),
    ("messages", None),
    ("submissions", None),
    ("outbound_mail", None),
    ("model_assessments", None),
)


def _uq(table: str, columns: list[str]) -> str:
    return f"uq_{table}_{'_'.join(columns)}"


def _the_commune(bind: sa.Connection) -> int | None:
    """The commune the existing rows belong to (created unnamed if rows exist without one)."""
    found = bind.execute(sa.text("SELECT min(id) FROM communes")).scalar()
    if found is not None:
        return int(found)
    has_rows = any(
        bind.execute(sa.text(f'SELECT 1 FROM "{table}" LIMIT 1')).first()
        for table in TENANT_TABLES
    )
    if not has_rows:
        return None
    bind.execute(sa.text("INSERT INTO communes (slug, name) VALUES ('', '')"))
    return int(bind.execute(sa.text("SELECT min(id) FROM communes")).scalar_one())


def upgrade() -> None:
    bind = op.get_bind()
    commune_id = _the_commune(bind)
    for table in TENANT_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("commune_id", sa.Integer(), nullable=True))
        if commune_id is not None:
            op.execute(sa.text(f'UPDATE "{table}" SET commune_id = {commune_id}'))
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column("commune_id", existing_type=sa.Integer(), nullable=False)
            batch_op.create_index(f"ix_{table}_commune_id", ["commune_id"], unique=False)
            batch_op.create_foreign_key(
                f"fk_{table}_commune_id_communes", "communes", ["commune_id"], ["id"]
            )
    for table, old, new in PER_COMMUNE_KEYS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint(_uq(table, old), type_="unique")
            batch_op.create_unique_constraint(_uq(table, new), new)
    _unit_key(("commune_id", "id"))
    if bind.dialect.name == "postgresql":
        _row_level_security()


def _unit_key(key: tuple[str, ...]) -> None:
    """A unit is known by (commune, id): every commune has its "mttq" and its "cong-an"."""
    for table, _ in UNIT_REFERENCES:
        old = "fk_{}_unit_id_units" if key != ("id",) else "fk_{}_commune_id_units"
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint(old.format(table), type_="foreignkey")
    with op.batch_alter_table("units") as batch_op:
        batch_op.drop_constraint("pk_units", type_="primary")
        batch_op.create_primary_key("pk_units", list(key))
    for table, ondelete in UNIT_REFERENCES:
        with op.batch_alter_table(table) as batch_op:
            if key == ("id",):
                batch_op.create_foreign_key(
                    f"fk_{table}_unit_id_units", "units", ["unit_id"], ["id"], ondelete=ondelete
                )
            else:
                batch_op.create_foreign_key(
                    f"fk_{table}_commune_id_units",
                    "units",
                    ["commune_id", "unit_id"],
                    ["commune_id", "id"],
                    ondelete=ondelete,
                )


def _row_level_security() -> None:
    op.execute(
        """
        CREATE OR REPLACE FUNCTION dvk_commune() RETURNS integer LANGUAGE sql STABLE AS $$
          SELECT CASE WHEN current_setting('dvk.commune_id', true) ~ '^[0-9]{1,9}$'
                      THEN current_setting('dvk.commune_id', true)::integer END
        $$;
        CREATE OR REPLACE FUNCTION dvk_all_communes() RETURNS boolean LANGUAGE sql STABLE AS $$
          SELECT coalesce(current_setting('dvk.commune_id', true) = 'all', false)
                 AND current_user <> 'dvk_commune'
        $$;
        """
    )
    for table in TENANT_TABLES:
        op.execute(f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')
        op.execute(f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY')
        op.execute(
            f'CREATE POLICY {POLICY} ON "{table}" '
            "USING (dvk_all_communes() OR commune_id = dvk_commune()) "
            "WITH CHECK (dvk_all_communes() OR commune_id = dvk_commune())"
        )
    # The communes themselves: a commune's transactions see their own only. Not FORCEd: the
    # login role reads the directory to find a request's or a task's commune.
    op.execute("ALTER TABLE communes ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY {POLICY} ON communes "
        "USING (dvk_all_communes() OR id = dvk_commune()) "
        "WITH CHECK (dvk_all_communes() OR id = dvk_commune())"
    )
    # The role a commune's transactions become. Roles belong to the whole server: it may exist
    # already (another dvk database), and a login without CREATEROLE cannot make it — then
    # FORCE still binds the owner, and only a superuser login goes unbound (see the README).
    op.execute(
        f"""
        DO $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{TENANT_ROLE}') THEN
            CREATE ROLE {TENANT_ROLE} NOLOGIN;
          END IF;
          IF NOT pg_has_role(current_user, '{TENANT_ROLE}', 'MEMBER') THEN
            EXECUTE format('GRANT {TENANT_ROLE} TO %I', current_user);
          END IF;
          GRANT USAGE ON SCHEMA public TO {TENANT_ROLE};
          GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {TENANT_ROLE};
          GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {TENANT_ROLE};
          ALTER DEFAULT PRIVILEGES IN SCHEMA public
            GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {TENANT_ROLE};
          ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {TENANT_ROLE};
        EXCEPTION WHEN insufficient_privilege THEN
          RAISE WARNING 'dvk: cannot create or grant the role {TENANT_ROLE}; row-level security '
                        'binds the tables'' owner only (FORCE), not a superuser login';
        END
        $$;
        """
    )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in (*TENANT_TABLES, "communes"):
            op.execute(f'DROP POLICY IF EXISTS {POLICY} ON "{table}"')
            op.execute(f'ALTER TABLE "{table}" NO FORCE ROW LEVEL SECURITY')
            op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
        op.execute("DROP FUNCTION IF EXISTS dvk_all_communes()")
        op.execute("DROP FUNCTION IF EXISTS dvk_commune()")
        op.execute(
            f"""
            DO $$
            BEGIN
              IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{TENANT_ROLE}') THEN
                ALTER DEFAULT PRIVILEGES IN SCHEMA public
                  REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM {TENANT_ROLE};
                ALTER DEFAULT PRIVILEGES IN SCHEMA public
                  REVOKE USAGE, SELECT ON SEQUENCES FROM {TENANT_ROLE};
                REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {TENANT_ROLE};
                REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {TENANT_ROLE};
                REVOKE USAGE ON SCHEMA public FROM {TENANT_ROLE};
              END IF;
            END
            $$;
            """
        )
    # One commune per database again: a second commune's rows cannot go back.
    several = bind.execute(sa.text("SELECT count(*) FROM communes")).scalar_one()
    if several > 1:
        raise RuntimeError("this database holds several communes: it cannot go back before 0014")
    _unit_key(("id",))
    for table, old, new in PER_COMMUNE_KEYS:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint(_uq(table, new), type_="unique")
            batch_op.create_unique_constraint(_uq(table, old), old)
    for table in TENANT_TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint(f"fk_{table}_commune_id_communes", type_="foreignkey")
            batch_op.drop_index(f"ix_{table}_commune_id")
            batch_op.drop_column("commune_id")
