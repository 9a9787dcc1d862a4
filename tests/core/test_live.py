"""Live updates between desks: a change committed by one process reaches another within a second."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from taxdesk.core.db import Database
from taxdesk.core.live import ChangeFeed
from taxdesk.core.network import list_services

ISSUER = Path(__file__).with_name("issue_worker.py")


class Listener:
    def __init__(self, db: Database):
        self.changes: list[tuple[float, str | None]] = []
        self.connection: list[tuple[bool, str | None]] = []
        self.feed = ChangeFeed(db, self._changed, lambda ok, reason: self.connection.append((ok, reason)))
        self.thread = threading.Thread(target=self.feed.run, daemon=True)

    def _changed(self, point):
        self.changes.append((time.time(), point))

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.feed.stop()
        self.thread.join(5)
        assert not self.thread.is_alive()

    def wait(self, condition, timeout=5.0):
        deadline = time.time() + timeout
        while time.time() < deadline and not condition():
            time.sleep(0.01)
        return condition()


def test_a_ticket_issued_in_another_process_is_seen_within_a_second(network_db):
    with network_db.session() as session:
        service = list_services(session, "HALL")[0].code
    with Listener(network_db) as listener:
        assert listener.wait(lambda: listener.connection == [(True, None)] and listener.changes)
        baseline = len(listener.changes)
        start = time.time() + 1.5
        done = subprocess.run(
            [sys.executable, str(ISSUER), network_db.url, "HALL", str(start), "1", service],
            capture_output=True,
            text=True,
            timeout=60,
        )
        committed = time.time()
        assert done.returncode == 0, done.stderr
        assert listener.wait(lambda: len(listener.changes) > baseline, timeout=2.0)
        seen, point = listener.changes[baseline]
    # The worker commits right after `start`; the feed must have heard of it within a second.
    assert start <= seen <= committed + 1.0
    assert seen - start < 1.0
    if network_db.backend == "postgresql":
        assert point == "HALL"


def test_a_missing_database_is_reported_and_retried_until_it_is_back(tmp_path, sqlite_template):
    import shutil

    path = tmp_path / "later.sqlite3"
    db = Database(f"sqlite:///{path}", create=True)
    with Listener(db) as listener:
        assert listener.wait(lambda: bool(listener.connection))
        ok, reason = listener.connection[0]
        assert ok is False and "missing" in reason
        shutil.copy(sqlite_template, path)
        assert listener.wait(lambda: (True, None) in listener.connection, timeout=6.0)
    db.dispose()


def test_an_unreachable_server_is_reported_without_raising():
    db = Database("postgresql+psycopg://postgres@127.0.0.1:1/none")
    with Listener(db) as listener:
        assert listener.wait(lambda: bool(listener.connection))
        ok, reason = listener.connection[0]
        assert ok is False and reason
    db.dispose()


def test_a_dropped_server_connection_is_reported_and_reconnected(network_db):
    if network_db.backend != "postgresql":
        pytest.skip("a SQLite file has no server connection to lose")
    from sqlalchemy import text

    with Listener(network_db) as listener:
        assert listener.wait(lambda: listener.connection == [(True, None)])
        pid = listener.feed.backend_pid
        with network_db.engine.connect() as conn:  # what a server restart does to the desk's listener
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
        assert listener.wait(lambda: (False,) == tuple(ok for ok, _r in listener.connection[1:2]), timeout=5)
        assert listener.wait(lambda: listener.connection[-1] == (True, None), timeout=10)
