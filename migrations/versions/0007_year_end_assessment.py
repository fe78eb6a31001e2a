"""year-end assessment of models, the campaign's closing date, users' display names

Revision ID: 0007
Revises: 0006
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('model_assessments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.String(length=64), nullable=False),
    sa.Column('model_key', sa.String(length=255), nullable=False),
    sa.Column('submission_id', sa.Integer(), nullable=True),
    sa.Column('model_name', sa.Text(), nullable=True),
    sa.Column('criteria', sa.JSON(), nullable=False),
    sa.Column('recognised', sa.Boolean(), nullable=False),
    sa.Column('commendation_proposed', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('assessed_by', sa.String(length=64), nullable=False),
    sa.Column('assessed_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_model_assessments_campaign_id_campaigns'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['submission_id'], ['submissions.id'], name=op.f('fk_model_assessments_submission_id_submissions'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_model_assessments_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_model_assessments')),
    sa.UniqueConstraint('campaign_id', 'unit_id', 'model_key', name=op.f('uq_model_assessments_campaign_id_unit_id_model_key'))
    )
    with op.batch_alter_table('model_assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_model_assessments_unit_id'), ['unit_id'], unique=False)
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closes_on', sa.Date(), nullable=True))
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('display_name', sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('display_name')
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.drop_column('closes_on')
    with op.batch_alter_table('model_assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_model_assessments_unit_id'))
    op.drop_table('model_assessments')
