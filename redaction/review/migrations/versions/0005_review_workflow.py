"""review workflow: the reviewer's motivation per decision; subject, sender, Woo request and term per batch

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("spans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("motivation", sa.Text(), nullable=True))
    with op.batch_alter_table("batches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("sender", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("request_ref", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("received_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("extended", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("batches", schema=None) as batch_op:
        for column in ("extended", "received_on", "request_ref", "sender", "subject"):
            batch_op.drop_column(column)
    with op.batch_alter_table("spans", schema=None) as batch_op:
        batch_op.drop_column("motivation")
