"""shift templates have an English name too

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

``shift_templates.name_en``: what the desks show for the template when the interface is in English (全天 →
Full day). Empty for the templates made before it: the desks then show their clock times in English.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shift_templates", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_en", sa.String(length=40), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("shift_templates", schema=None) as batch_op:
        batch_op.drop_column("name_en")
