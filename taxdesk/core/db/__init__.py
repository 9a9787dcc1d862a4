"""Database access: which database, how to connect, one short session per unit of work.

The database is a SQLAlchemy URL from ``--db``, else ``TAXDESK_DB``, else an embedded SQLite file in the
user data directory. SQLite runs in WAL mode with foreign keys on and takes its write lock at the start of
a writing transaction (``BEGIN IMMEDIATE``), so concurrent desks queue for the lock instead of failing on
an upgrade; PostgreSQL is used as it is.

Thread rule: a :class:`Database` may be shared between threads; each session it hands out belongs to the
thread that opened it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session

from taxdesk.core.errors import DatabaseNotInitialised, DatabaseUnavailable, DatabaseUrlError, InvalidInput

ENV_VAR = "TAXDESK_DB"
_PASSWORD = re.compile(r"(//[^:/@]*:)[^@/]*@")  # user:password@ in a URL SQLAlchemy cannot read
SQLITE_BUSY_TIMEOUT_S = 30


def default_url() -> str:
    """The embedded SQLite file in the user data directory (created on first use)."""
    data_dir = Path(platformdirs.user_data_dir("TaxDesk", appauthor=False))
    return f"sqlite:///{data_dir / 'taxdesk.sqlite3'}"


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


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
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
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            if self.backend == "sqlite":
                self.engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
                _configure_sqlite(self.engine)
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
