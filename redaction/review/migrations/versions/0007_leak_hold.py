"""review store: which documents each leak check checked and which it held, per batch

The blocking leak check no longer blocks a whole batch: it holds the documents that leak and
publication publishes only the documents the latest complete check of the batch found clean.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "leak_checks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("batch_id", sa.String(length=32), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("held", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("leak_checks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leak_checks_batch_id"), ["batch_id"], unique=False)
    op.create_table(
        "leak_check_documents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("leaks", sa.Integer(), nullable=False),
        sa.Column("files_digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["check_id"], ["leak_checks.id"]),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("check_id", "document_id", name="uq_leak_check_document"),
    )
    with op.batch_alter_table("leak_check_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leak_check_documents_check_id"), ["check_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_leak_check_documents_document_id"), ["document_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("leak_check_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leak_check_documents_document_id"))
        batch_op.drop_index(batch_op.f("ix_leak_check_documents_check_id"))
    op.drop_table("leak_check_documents")
    with op.batch_alter_table("leak_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leak_checks_batch_id"))
    op.drop_table("leak_checks")
