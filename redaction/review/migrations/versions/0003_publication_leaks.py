"""review store: what the blocking leak check found, per document, for the cockpit

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "publication_leaks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("batch_id", sa.String(length=32), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("file", sa.String(length=80), nullable=False),
        sa.Column("part", sa.String(length=60), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("col", sa.Integer(), nullable=False),
        sa.Column("char_offset", sa.Integer(), nullable=False),
        sa.Column("source_start", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(length=200), nullable=False),
        sa.Column("decisions", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("publication_leaks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_publication_leaks_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_publication_leaks_document_id"), ["document_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("publication_leaks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_publication_leaks_document_id"))
        batch_op.drop_index(batch_op.f("ix_publication_leaks_batch_id"))
    op.drop_table("publication_leaks")
