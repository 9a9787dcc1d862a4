"""Creating and upgrading the schema with the Alembic migrations shipped in the package.

Before an existing SQLite file is upgraded it is copied next to itself
(``taxdesk.sqlite3.bak-<old revision>``), so a failed or unwanted upgrade can be undone by hand.

Schema 0006 stopped keeping taxpayers' ID numbers (a keyed hash and the masked form instead). An upgrade
that crosses it also clears the old numbers out of what the migration leaves behind: SQLite's file is
rebuilt (``VACUUM``, then the WAL emptied), PostgreSQL's two tables rewritten (``VACUUM FULL``). Once the
SQLite file then checks out (``integrity_check``, ``foreign_key_check``), the backup copies next to it that
still hold the numbers (this upgrade's and any older ones) are removed, and :class:`Upgrade` names them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from taxdesk.core.db import Database, open_private, sqlite_path
from taxdesk.core.errors import DatabaseNotInitialised

SCRIPT_LOCATION = str(Path(__file__).with_name("migrations"))
NO_ID_NUMBERS = "0006"  # the first revision that keeps no taxpayer's ID number
ID_NUMBER_TABLES = ("bookings", "booking_block_overrides")  # where revisions 0003-0005 kept them


@dataclass(frozen=True)
class Upgrade:
    """What :func:`upgrade` did. Unpacks as ``before, after`` (its earlier return value)."""

    before: str | None  # revision before (None: the database was empty)
    after: str
    removed_backups: tuple[Path, ...] = ()  # backup copies that held full ID numbers, now deleted

    def __iter__(self):
        return iter((self.before, self.after))


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


def upgrade(db: Database, revision: str = "head") -> Upgrade:
    """Bring the schema to ``revision``; returns the revisions before and after and the backups removed
    (see the module docstring)."""
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
    after = current_revision(db)
    removed: tuple[Path, ...] = ()
    if _crossed(before, after, NO_ID_NUMBERS):
        removed = _clear_id_numbers(db, path)
    return Upgrade(before, after, removed)


def _crossed(before: str | None, after: str | None, revision: str) -> bool:
    """Whether going from ``before`` to ``after`` applied ``revision`` (an empty database never held
    anything to clear)."""
    if before is None or after is None or before == after:
        return False
    script = ScriptDirectory.from_config(_config())
    return any(step.revision == revision for step in script.iterate_revisions(after, before))


def _clear_id_numbers(db: Database, path: Path | None) -> tuple[Path, ...]:
    """After the migration to 0006 has committed: rewrite what still holds the dropped numbers, then
    remove the SQLite backups that hold them once the upgraded file checks out. Returns the removed
    backups."""
    if db.backend == "postgresql":
        # A dropped column stays in every row version on disk, and the migration's UPDATE left the old
        # versions as dead rows: VACUUM FULL writes the tables anew (dropped columns as NULL).
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"VACUUM FULL {', '.join(ID_NUMBER_TABLES)}")
        return ()
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection  # VACUUM and the checks run outside any transaction
        raw.execute("VACUUM")  # the old pages (dropped column and index, the copied tables) are gone
        # Fold the WAL (the migration's pages, then the rebuilt file) into the file and empty it. Should
        # another program hold an old snapshot, the rest goes when the last connection closes.
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        integrity = [row[0] for row in raw.execute("PRAGMA integrity_check")]
        broken = raw.execute("PRAGMA foreign_key_check").fetchall()
    if integrity != ["ok"] or broken:
        raise RuntimeError(
            f"the upgraded database does not check out ({'; '.join(integrity[:3])}; {len(broken)} broken "
            f"references): the backup copies next to {path} were kept"
        )
    if path is None:
        return ()
    removed = []
    backups = sorted(p for p in path.parent.iterdir() if p.name.startswith(f"{path.name}.bak-"))
    for backup in backups:
        if _holds_id_numbers(backup):
            backup.unlink()
            removed.append(backup)
    return tuple(removed)


def _holds_id_numbers(backup: Path) -> bool:
    """Whether a backup copy is of a schema that kept full ID numbers (even rows deleted since may linger
    in its free pages). Files that are not SQLite databases are left alone."""
    if not backup.is_file():
        return False
    try:
        with closing(sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)) as conn:
            return any(
                conn.execute(
                    f"SELECT 1 FROM pragma_table_info('{table}') WHERE name = 'taxpayer_id'"
                ).fetchone()
                for table in ID_NUMBER_TABLES
            )
    except sqlite3.DatabaseError:
        return False


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
