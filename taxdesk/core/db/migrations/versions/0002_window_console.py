"""window console: window state and events, calling columns on tickets

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "window_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("window_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_window_events_staff_id_staff"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["window_id"], ["windows.id"], name=op.f("fk_window_events_window_id_windows"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_window_events")),
    )
    with op.batch_alter_table("window_events", schema=None) as batch_op:
        batch_op.create_index("ix_window_events_window", ["window_id", "at"], unique=False)

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("staff_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("started_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("recall_count", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("target_window_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("slot_start", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("reactivated", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_index("ix_tickets_window", ["window_id", "status"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_tickets_staff_id_staff"), "staff", ["staff_id"], ["id"], ondelete="SET NULL"
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_tickets_target_window_id_windows"),
            "windows",
            ["target_window_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("windows", schema=None) as batch_op:
        batch_op.add_column(sa.Column("state", sa.String(length=16), server_default="closed", nullable=False))
        batch_op.add_column(sa.Column("staff_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("state_since", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_windows_staff_id_staff"), "staff", ["staff_id"], ["id"], ondelete="SET NULL"
        )
        batch_op.create_check_constraint("state", "state IN ('closed', 'open', 'paused')")


def downgrade() -> None:
    with op.batch_alter_table("windows", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_windows_state"), type_="check")
        batch_op.drop_constraint(batch_op.f("fk_windows_staff_id_staff"), type_="foreignkey")
        batch_op.drop_column("state_since")
        batch_op.drop_column("staff_id")
        batch_op.drop_column("state")

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_tickets_target_window_id_windows"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_tickets_staff_id_staff"), type_="foreignkey")
        batch_op.drop_index("ix_tickets_window")
        batch_op.drop_column("reactivated")
        batch_op.drop_column("slot_start")
        batch_op.drop_column("target_window_id")
        batch_op.drop_column("recall_count")
        batch_op.drop_column("started_at")
        batch_op.drop_column("staff_id")

    with op.batch_alter_table("window_events", schema=None) as batch_op:
        batch_op.drop_index("ix_window_events_window")

    op.drop_table("window_events")
