"""Creating, upgrading and filling a TaxDesk database (``taxdesk init [--demo]``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from taxdesk.core import settings
from taxdesk.core.db import Database, migrate
from taxdesk.core.queue_categories import ensure_categories


@dataclass(frozen=True)
class InitResult:
    revision_before: str | None
    revision_after: str
    removed_backups: tuple[Path, ...] = ()  # backup copies holding taxpayers' full ID numbers, deleted


def init_database(db: Database) -> InitResult:
    """Create or upgrade the schema, give a new installation its ID and signing secret and the standard
    queue categories."""
    upgraded = migrate.upgrade(db)
    with db.transaction() as session:
        settings.ensure_installation(session)
        ensure_categories(session)
    return InitResult(upgraded.before, upgraded.after, upgraded.removed_backups)
