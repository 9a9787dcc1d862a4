"""Creating and upgrading the schema with the Alembic migrations shipped in the package.

Before an existing SQLite file is upgraded it is copied next to itself
(``taxdesk.sqlite3.bak-<old revision>``), so a failed or unwanted upgrade can be undone by hand.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from taxdesk.core.db import Database, open_private, sqlite_path
from taxdesk.core.errors import DatabaseNotInitialised

SCRIPT_LOCATION = str(Path(__file__).with_name("migrations"))


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    """The schema revision of the database, or None for an empty database."""
    db.check_connection()
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, revision: str = "head") -> tuple[str | None, str]:
    """Bring the schema to ``revision``; returns (revision before, revision after)."""
    before = current_revision(db)
    path = sqlite_path(db.url)
    if before is not None and before != head_revision() and path is not None and path.exists():
        _backup_sqlite(db, path, before)
    cfg = _config()
    with db.engine.connect() as conn:
        sqlite = db.backend == "sqlite"
        if sqlite:
            _sqlite_foreign_keys(conn, on=False)
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"the upgrade would break {len(broken)} references: {broken[:3]}")
        finally:
            if sqlite:
                _sqlite_foreign_keys(conn, on=True)
    return before, current_revision(db)


def _sqlite_foreign_keys(conn, *, on: bool) -> None:
    """Switch SQLite's foreign keys for this connection (outside any transaction, or SQLite ignores it).

    Off while migrating: SQLite changes a table by copying it and dropping the original, and with foreign
    keys on, dropping ``tickets`` would cascade to its events and dropping ``windows`` would blank every
    ticket's window. ``foreign_key_check`` afterwards proves nothing was left dangling.
    """
    conn.connection.driver_connection.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def _backup_sqlite(db: Database, path: Path, revision: str) -> Path:
    backup = path.with_name(f"{path.name}.bak-{revision}")
    with db.engine.connect() as conn:  # fold the WAL into the main file first, so the copy is complete
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    # A copy of the database is as private as the database: 0600 from its first byte, whatever the
    # original's mode or the umask (shutil.copy2 would create it with the umask's mode, then copy the
    # original's); it keeps the original's times, as copy2 did.
    with open(path, "rb") as source, open_private(backup) as target:
        shutil.copyfileobj(source, target)
    original = path.stat()
    os.utime(backup, ns=(original.st_atime_ns, original.st_mtime_ns))
    return backup


def ensure_current(db: Database) -> None:
    """Raise a clear error unless the schema is at the newest revision this TaxDesk knows."""
    current = current_revision(db)
    if current is None:
        raise DatabaseNotInitialised(
            "the database is empty: run `taxdesk init` (or `taxdesk init --demo`) first"
        )
    if current != head_revision():
        raise DatabaseNotInitialised(
            f"the database schema is at revision {current}, this TaxDesk needs {head_revision()}: "
            "run `taxdesk init` to upgrade it"
        )
