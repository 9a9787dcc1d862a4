"""Creating, upgrading and filling a TaxDesk database (``taxdesk init [--demo]``)."""

from __future__ import annotations

from dataclasses import dataclass

from taxdesk.core import settings
from taxdesk.core.db import Database, migrate


@dataclass(frozen=True)
class InitResult:
    revision_before: str | None
    revision_after: str


def init_database(db: Database) -> InitResult:
    """Create or upgrade the schema and give a new installation its ID and signing secret."""
    before, after = migrate.upgrade(db)
    with db.transaction() as session:
        settings.ensure_installation(session)
    return InitResult(before, after)
