"""Telling every desk, within a second, that another desk changed something.

Writers call :func:`notify` inside the transaction that makes the change. On PostgreSQL that becomes a
``NOTIFY`` on one channel, sent to every listening desk just after the transaction commits (and never if
it rolls back). SQLite has no such thing, but ``PRAGMA data_version`` changes whenever another connection
commits to the file, so a desk polls that cheap counter every 100 ms.

:class:`ChangeFeed` is the listening side, free of Qt: ``run()`` blocks on its own thread until ``stop()``
and reports changes and the state of the connection through callbacks on that thread. When the database
goes away it says so once, retries every couple of seconds, and says so again when it is back.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing

import psycopg
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from taxdesk.core.db import Database, sqlite_path

log = logging.getLogger(__name__)

CHANNEL = "taxdesk_changes"
SQLITE_POLL_S = 0.1
PG_WAIT_S = 0.5
RETRY_S = 2.0


def notify(session: Session, point_code: str) -> None:
    """Announce a change at ``point_code`` to the other desks once this transaction has committed.

    On PostgreSQL the NOTIFY is sent right after the commit, in a transaction of its own that does not
    wait for the disk: a NOTIFY inside the data transaction would hold PostgreSQL's single notification
    lock through that transaction's commit and flush, and so serialise every desk's commits behind each
    other. Rolled-back changes are never announced. (If a desk dies between its commit and the NOTIFY, the
    others see the change at their next refresh.)
    """
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite desks watch PRAGMA data_version instead
    pending = session.info.setdefault("taxdesk_notify", set())
    if not pending:
        event.listen(session, "after_commit", _send_notifications, once=True)
        event.listen(session, "after_rollback", _forget_notifications, once=True)
    pending.add(point_code)


_NOTIFY = text("SELECT set_config('synchronous_commit', 'off', true), pg_notify(:channel, :point)")


def _send_notifications(session: Session) -> None:
    points = sorted(session.info.pop("taxdesk_notify", ()))
    if not points:
        return
    try:
        engine = session.get_bind().engine
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for point in points:  # one round trip each; the commit does not wait for the disk
                conn.execute(_NOTIFY, {"channel": CHANNEL, "point": point})
    except Exception as exc:  # the change itself is committed; the others catch up at their next refresh
        log.warning("could not announce a change at %s: %s", ", ".join(points), exc)


def _forget_notifications(session: Session) -> None:
    session.info.pop("taxdesk_notify", None)


def _psycopg_conninfo(url: str) -> str:
    """The libpq connection string for a SQLAlchemy ``postgresql+psycopg://`` URL."""
    parsed = make_url(url)
    parts = {
        "host": parsed.host,
        "port": parsed.port,
        "user": parsed.username,
        "password": parsed.password,
        "dbname": parsed.database,
    }
    parts.update({key: value for key, value in parsed.query.items() if isinstance(value, str)})
    return psycopg.conninfo.make_conninfo(**{k: v for k, v in parts.items() if v is not None})


class ChangeFeed:
    """Listens for changes to one database.

    ``on_change(point_code or None)`` is called for every change (None when the backend cannot say
    where: SQLite); ``on_connection(ok, reason)`` when the database becomes unreachable or reachable
    again. Both run on the feed's thread: a GUI must hand them over to its own thread.
    """

    def __init__(
        self,
        db: Database,
        on_change: Callable[[str | None], None],
        on_connection: Callable[[bool, str | None], None] | None = None,
    ):
        self.db = db
        self.on_change = on_change
        self.on_connection = on_connection or (lambda ok, reason: None)
        self._stop = threading.Event()
        self._connected: bool | None = None
        self.backend_pid: int | None = None  # the PostgreSQL backend listening now (diagnostics)

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        """Listen until :meth:`stop`; never raises (a lost database is reported and retried)."""
        listen = self._listen_postgresql if self.db.backend == "postgresql" else self._poll_sqlite
        while not self._stop.is_set():
            try:
                listen()
            except (psycopg.Error, sqlite3.Error, OSError) as exc:
                text_ = str(exc).strip()
                self._set_connected(False, text_.splitlines()[0] if text_ else repr(exc))
                self._stop.wait(RETRY_S)

    def _set_connected(self, ok: bool, reason: str | None = None) -> None:
        if ok != self._connected:
            self._connected = ok
            if not ok:
                log.warning("lost the database: %s", reason)
            self.on_connection(ok, reason)

    def _listen_postgresql(self) -> None:
        with psycopg.connect(_psycopg_conninfo(self.db.url), autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self.backend_pid = conn.info.backend_pid
            self._set_connected(True)
            # Anything may have changed while we were away: everyone refreshes once.
            self.on_change(None)
            while not self._stop.is_set():
                for notification in conn.notifies(timeout=PG_WAIT_S, stop_after=64):
                    self.on_change(notification.payload or None)
                conn.execute("SELECT 1")  # notices a server that went away while nothing was said

    def _poll_sqlite(self) -> None:
        path = sqlite_path(self.db.url)
        if path is None or not path.exists():
            raise sqlite3.OperationalError(f"database file {path} is missing")
        with closing(sqlite3.connect(path, timeout=5)) as conn:
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            self._set_connected(True)
            self.on_change(None)
            while not self._stop.wait(SQLITE_POLL_S):
                current = conn.execute("PRAGMA data_version").fetchone()[0]
                if current != version:
                    version = current
                    self.on_change(None)
