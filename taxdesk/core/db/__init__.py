"""Database access: which database, how to connect, one short session per unit of work.

The database is a SQLAlchemy URL from ``--db``, else ``TAXDESK_DB``, else an embedded SQLite file in the
user data directory. SQLite runs in WAL mode with ``synchronous = FULL`` and foreign keys on, and takes
its write lock at the start of a writing transaction (``BEGIN IMMEDIATE``), so concurrent desks queue for
the lock instead of failing on an upgrade; PostgreSQL is used as it is.

Thread rule: a :class:`Database` may be shared between threads; each session it hands out belongs to the
thread that opened it.

The embedded file holds the installation's signing secret and taxpayers' names, phones and ID numbers, so
on POSIX it is kept private to the user running TaxDesk: the folders TaxDesk creates for it, and the
default data folder, are 0700; the database, its ``-wal``/``-shm``/``-journal`` files and its
``*.bak-<revision>`` copies are 0600. The file is created 0600 before SQLite first opens it (SQLite gives
the files it adds next to it the database file's own permissions), and group or other access found on
any of them (and on the default data folder) is taken away each time a database is opened. A folder the
user named that already exists (``sqlite:////tmp/x.sqlite3``) is left as it is. On Windows the per-user
profile's access control does this job and nothing is changed.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session

from taxdesk import paths
from taxdesk.core.errors import DatabaseNotInitialised, DatabaseUnavailable, DatabaseUrlError, InvalidInput

log = logging.getLogger(__name__)

ENV_VAR = "TAXDESK_DB"
_PASSWORD = re.compile(r"(//[^:/@]*:)[^@/]*@")  # user:password@ in a URL SQLAlchemy cannot read
SQLITE_BUSY_TIMEOUT_S = 30
# Permissions of TaxDesk's data on POSIX: only the user running TaxDesk may read it.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# Files SQLite and TaxDesk keep next to a database file, by suffix of its name.
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
_POSIX = os.name == "posix"


def default_url() -> str:
    """The embedded SQLite file in the user data directory (created on first use)."""
    return f"sqlite:///{paths.data_dir() / 'taxdesk.sqlite3'}"


def resolve_url(cli_value: str | None = None) -> str:
    """``--db`` if given, else ``$TAXDESK_DB``, else the embedded SQLite file."""
    return cli_value or os.environ.get(ENV_VAR) or default_url()


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def display_url(url: str) -> str:
    """The URL with any password hidden, fit for messages and the status bar."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # a port that is not a number raises ValueError
        return _PASSWORD.sub(r"\1***@", url)


# ------------------------------------------------------------------------- keeping the SQLite file private


def make_private(path: Path) -> None:
    """Take group and other access away from ``path`` (0644 → 0600, 0755 → 0700); the owner's own bits
    are kept. Another account's file (a database shared read-only, say) is left to its owner; when our own
    cannot be changed (a read-only file system) it is only logged: the desk still opens. Nothing on
    Windows."""
    if not _POSIX:
        return
    try:
        status = path.stat()
        mode = stat.S_IMODE(status.st_mode)
        if mode & 0o077 and status.st_uid == os.getuid():  # another account's file is theirs to guard
            path.chmod(mode & ~0o077)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("cannot make %s private to its owner: %s", path, exc)


def open_private(path: Path) -> BinaryIO:
    """``path`` opened for writing from scratch, readable by its owner only from its first byte (0600
    whatever the umask, also when it already existed with a looser mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    if _POSIX:
        os.fchmod(fd, PRIVATE_FILE_MODE)
    return os.fdopen(fd, "wb")


def _make_folders(folder: Path) -> None:
    """Create ``folder`` and any missing parents, each 0700; folders that exist are left alone."""
    missing = []
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:  # another desk made it at the same moment
            continue
        if _POSIX:
            created.chmod(PRIVATE_DIR_MODE)  # whatever the umask


def _create_private_file(path: Path) -> None:
    """An empty database file, 0600, unless it exists; SQLite then creates ``-wal``/``-shm`` alike."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except FileExistsError:
        pass


def protect_sqlite_files(path: Path) -> None:
    """Bring an existing database file, the files SQLite keeps next to it and its ``*.bak-*`` copies to
    0600 (the folder they are in is the user's, unless it is TaxDesk's default data folder)."""
    if not _POSIX:
        return
    for candidate in (path, *(path.with_name(path.name + s) for s in SQLITE_SIDE_FILES)):
        make_private(candidate)
    for backup in path.parent.glob(f"{glob.escape(path.name)}.bak-*"):
        if backup.is_file():
            make_private(backup)


def protect_data_dir() -> None:
    """TaxDesk's default data folder, if there is one, to 0700: also when this desk now works on
    PostgreSQL and an earlier embedded database is still in it."""
    make_private(paths.data_dir())


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL: every commit is on the disk before it returns, so a power cut cannot take back a ticket
        # number already printed or a booking already on a slip (NORMAL, WAL's usual choice, may lose the
        # last commits). Measured here: about 0.3 ms more per issued ticket (README, Performance).
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def _refuse_nul(engine: Engine) -> None:
    """A NUL character in a statement's text parameter is refused on both databases alike, as one clear
    error: PostgreSQL cannot hold it in text (psycopg raises its own error) while SQLite would store it.
    Text from people is checked long before (:mod:`taxdesk.core.validate`); this catches what reaches a
    query unchecked, such as a scanned code or a typed staff code that is only looked up. Bulk statements
    (``executemany``: the history import, the demo) carry values parsed from checked input and are left
    alone, so the check costs nothing where rows are many."""

    @event.listens_for(engine, "before_cursor_execute")
    def _check(_conn, _cursor, _statement, parameters, _context, executemany):
        if executemany or not parameters:
            return
        values = parameters.values() if isinstance(parameters, dict) else parameters
        for value in values:
            if isinstance(value, str) and "\x00" in value:
                raise InvalidInput(
                    "the text contains a NUL character (U+0000): remove it and try again",
                    key="text_control",
                    character="U+0000",
                )


class Database:
    """One database: the engine plus the two kinds of session the core uses."""

    def __init__(self, url: str, *, create: bool = True):
        """``create=False`` refuses to create a missing SQLite file (every command except ``init``)."""
        self.url = url
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise DatabaseUrlError(f"cannot read database URL {display_url(url)!r}: {exc}") from None
        except ValueError:  # SQLAlchemy's int() of the port
            raise DatabaseUrlError(
                f"cannot read database URL {display_url(url)!r}: the port is not a number"
            ) from None
        self.backend = parsed.get_backend_name()
        if self.backend not in ("sqlite", "postgresql"):
            raise DatabaseUrlError(
                f"unsupported database {display_url(url)!r}: use sqlite:///FILE or postgresql+psycopg://..."
            )
        path = sqlite_path(url)
        if path is not None and not path.exists():
            if not create:
                raise DatabaseNotInitialised(
                    f"no database at {path}: run `taxdesk init` (or `taxdesk init --demo`) first"
                )
            _make_folders(path.parent)
        protect_data_dir()
        if path is not None:
            protect_sqlite_files(path)
        try:
            if self.backend == "sqlite":
                self.engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
                _configure_sqlite(self.engine)
                if path is not None:
                    # Created private the moment SQLite would create it (on first connect), not before,
                    # so a Database that never connects leaves no empty file behind.
                    event.listen(self.engine, "do_connect", lambda *_: _create_private_file(path))
            else:
                self.engine = create_engine(url, pool_pre_ping=True, pool_size=4, max_overflow=4)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            raise DatabaseUrlError(f"cannot use database URL {display_url(url)!r}: {exc}") from None
        _refuse_nul(self.engine)
        self._writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")

    def __repr__(self) -> str:
        return f"Database({display_url(self.url)!r})"

    def check_connection(self) -> None:
        """Connect once; raise :class:`DatabaseUnavailable` with the server's reason if that fails."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except OperationalError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise DatabaseUnavailable(f"cannot open database {display_url(self.url)}: {reason}") from None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short read session; anything written in it is discarded when it closes.

        Objects loaded in it stay readable afterwards (closing does not expire them).
        """
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A short writing unit of work, committed on success and rolled back on any error.

        On SQLite the write lock is taken at BEGIN, so two desks writing at once wait for each other
        (up to the busy timeout) rather than one of them failing half-way.
        """
        with Session(self._writer, expire_on_commit=False) as session:
            with session.begin():
                yield session

    def dispose(self) -> None:
        self.engine.dispose()
