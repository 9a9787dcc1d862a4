"""Alembic environment for TaxDesk: always run from code (taxdesk.core.db.migrate), on a given connection."""

from alembic import context

from taxdesk.core.db.models import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)

with context.begin_transaction():
    context.run_migrations()
