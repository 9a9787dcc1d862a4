"""non-window duties per point; a person may hold several roster assignments a day

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08

A point's duties (税费集中处理中心 back office, 导税台 guidance desk …) with an optional minimum cover per
half-day; a roster assignment is on a window or on a duty (``duty_id``). The one-assignment-per-person-and-day
rule goes: a person may hold a window in the morning and a duty in the afternoon (their times may not
overlap, which the roster store checks; the database keeps one assignment per shift template). Downgrading
drops the duties with their assignments and keeps the first stored assignment of each person and day.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("point_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("name_en", sa.String(length=40), server_default="", nullable=False),
        sa.Column("short_name", sa.String(length=8), nullable=False),
        sa.Column("short_name_en", sa.String(length=16), server_default="", nullable=False),
        sa.Column("min_cover", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("min_cover IS NULL OR min_cover >= 0", name=op.f("ck_duties_min_cover")),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["service_points.id"],
            name=op.f("fk_duties_point_id_service_points"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duties")),
        sa.UniqueConstraint("point_id", "code", name=op.f("uq_duties_point_id")),
    )
    with op.batch_alter_table("roster_assignments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("duty_id", sa.Integer(), nullable=True))
        batch_op.drop_constraint(op.f("uq_roster_assignments_roster_id"), type_="unique")
        batch_op.create_unique_constraint(
            op.f("uq_roster_assignments_roster_id"), ["roster_id", "staff_id", "day", "shift_template_id"]
        )
        batch_op.create_foreign_key(
            op.f("fk_roster_assignments_duty_id_duties"), "duties", ["duty_id"], ["id"], ondelete="CASCADE"
        )
        batch_op.create_check_constraint(
            op.f("ck_roster_assignments_place"),
            "duty_id IS NULL OR (window_id IS NULL AND category_id IS NULL)",
        )


def downgrade() -> None:
    op.execute("DELETE FROM roster_assignments WHERE duty_id IS NOT NULL")
    op.execute(
        """
        DELETE FROM roster_assignments WHERE EXISTS (
            SELECT 1 FROM roster_assignments AS other
            WHERE other.roster_id = roster_assignments.roster_id
              AND other.staff_id = roster_assignments.staff_id
              AND other.day = roster_assignments.day
              AND other.id < roster_assignments.id)
        """
    )
    with op.batch_alter_table("roster_assignments", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_roster_assignments_place"), type_="check")
        batch_op.drop_constraint(op.f("fk_roster_assignments_duty_id_duties"), type_="foreignkey")
        batch_op.drop_constraint(op.f("uq_roster_assignments_roster_id"), type_="unique")
        batch_op.create_unique_constraint(
            op.f("uq_roster_assignments_roster_id"), ["roster_id", "staff_id", "day"]
        )
        batch_op.drop_column("duty_id")
    op.drop_table("duties")
