"""review on the page: pages a person must see before approval, boxes drawn by hand on a page

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pages_to_review", sa.JSON(), nullable=True))
    op.create_table(
        "page_boxes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("x0", sa.Float(), nullable=False),
        sa.Column("top", sa.Float(), nullable=False),
        sa.Column("x1", sa.Float(), nullable=False),
        sa.Column("bottom", sa.Float(), nullable=False),
        sa.Column("ground", sa.String(length=12), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("removed_by", sa.String(length=80), nullable=True),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("page_boxes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_page_boxes_document_id"), ["document_id"], unique=False)
    op.create_table(
        "pages_seen",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("seen_by", sa.String(length=80), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("document_id", "page", name="uq_page_seen"),
    )
    with op.batch_alter_table("pages_seen", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pages_seen_document_id"), ["document_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pages_seen", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pages_seen_document_id"))
    op.drop_table("pages_seen")
    with op.batch_alter_table("page_boxes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_page_boxes_document_id"))
    op.drop_table("page_boxes")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("pages_to_review")
