"""people hold several roles, have a rostering contract and a photo; accounts; the audit trail

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

- ``staff_roles``: the roles a person holds, filled from each person's one ``staff.role`` so far.
- ``staff.photo``, ``staff.working_days`` (ISO weekdays, Monday to Friday by default) and
  ``staff.half_days``: what the people records keep beside ``roster_rules``.
- ``accounts``: sign-in (salted scrypt hash, must-change flag, failed attempts, lock). Empty: nobody has
  an account until an administrator is made.
- ``audit_log``: the tamper-evident audit trail (each entry hashes its content and the previous hash;
  ``prev_hash`` unique, so the chain cannot fork).
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_roles",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "role IN ('admin', 'supervisor', 'front_desk', 'window', 'agent')",
            name=op.f("ck_staff_roles_role"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_staff_roles_staff_id_staff"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("staff_id", "role", name=op.f("pk_staff_roles")),
    )
    op.execute("INSERT INTO staff_roles (staff_id, role) SELECT id, role FROM staff")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("photo", sa.LargeBinary(), nullable=True))
        batch_op.add_column(
            sa.Column("working_days", sa.String(length=7), server_default="12345", nullable=False)
        )
        batch_op.add_column(sa.Column("half_days", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_table(
        "accounts",
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("must_change", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("failed_attempts >= 0", name=op.f("ck_accounts_failed_attempts")),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_accounts_staff_id_staff"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_accounts")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=40), nullable=False),
        sa.Column("host", sa.String(length=100), server_default="", nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("object", sa.String(length=200), server_default="", nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("prev_hash", name=op.f("uq_audit_log_prev_hash")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_log_hash")),
    )
    op.create_index(op.f("ix_audit_log_kind"), "audit_log", ["kind"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_log_kind"), table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("accounts")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("half_days")
        batch_op.drop_column("working_days")
        batch_op.drop_column("photo")
    op.drop_table("staff_roles")
