"""people's roles live in staff_roles only: drop the single staff.role

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

0008 copied every person's ``staff.role`` into ``staff_roles``; from now on that table is the only word
on who may do what, so the old column (which could only hold one role) goes. Downgrading puts back one
role per person, the first they hold of supervisor, agent, window, front desk (an administrator without
another role becomes front desk, the least the old schema knew).
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_staff_role"), type_="check")
        batch_op.drop_column("role")


def downgrade() -> None:
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role", sa.String(length=16), nullable=True))
    op.execute(
        """
        UPDATE staff SET role = COALESCE(
            (SELECT CASE MIN(CASE role WHEN 'supervisor' THEN 1 WHEN 'agent' THEN 2 WHEN 'window' THEN 3
                                       WHEN 'front_desk' THEN 4 END)
                    WHEN 1 THEN 'supervisor' WHEN 2 THEN 'agent' WHEN 3 THEN 'window' WHEN 4 THEN 'front_desk'
                    END
             FROM staff_roles WHERE staff_roles.staff_id = staff.id),
            'front_desk')
        """
    )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.alter_column("role", existing_type=sa.String(length=16), nullable=False)
        batch_op.create_check_constraint(
            op.f("ck_staff_role"), "role IN ('front_desk', 'window', 'supervisor', 'agent')"
        )
