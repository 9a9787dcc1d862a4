"""Shared fixtures: the offscreen Qt platform and fresh TaxDesk databases on SQLite and PostgreSQL.

Core tests that take the ``db`` fixture run twice, once per database. The PostgreSQL half uses the server
at 127.0.0.1:5432 (database ``test``, user ``postgres``; override with ``TAXDESK_TEST_PG``) and is skipped,
with that reason shown, only when no server answers.
"""

from __future__ import annotations

import os
import shutil
import uuid

# Before anything imports Qt: there is no screen. The offscreen screen is a hall PC's, 1366×768.
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    "offscreen:configfile=" + os.path.join(os.path.dirname(__file__), "fixtures", "hall_pc_screen.json"),
)

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from taxdesk.core.db import Database
from taxdesk.core.install import init_database
from taxdesk.core.queue_categories import ensure_categories

PG_URL = os.environ.get("TAXDESK_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PG_SKIP_REASON = f"no PostgreSQL server answers at {PG_URL}"


def _pg_available() -> bool:
    try:
        engine = create_engine(PG_URL)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except OperationalError:
        return False


@pytest.fixture(scope="session")
def pg_server_url():
    """A PostgreSQL database of its own for this test session (a schema in ``test``), dropped at the end."""
    if not _pg_available():
        pytest.skip(PG_SKIP_REASON)
    schema = f"taxdesk_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{separator}options=-csearch_path%3D{schema}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A migrated, initialised SQLite file that each test copies (much faster than migrating per test)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    init_database(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_initialised(pg_server_url):
    db = Database(pg_server_url)
    init_database(db)
    db.dispose()
    return pg_server_url


def _truncate_pg(url: str) -> None:
    """Empty every table but the installation settings and the Alembic version, then put back the standard
    categories: a freshly initialised database, fast."""
    engine = create_engine(url)
    with engine.begin() as conn:
        tables = [
            row[0]
            for row in conn.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                    "AND tablename NOT IN ('alembic_version', 'settings')"
                )
            )
        ]
        if tables:
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        conn.execute(text("DELETE FROM settings WHERE key NOT IN ('installation_id', 'signing_secret')"))
    engine.dispose()
    database = Database(url)  # back to what `taxdesk init` leaves: the standard queue categories
    with database.transaction() as session:
        ensure_categories(session)
    database.dispose()


@pytest.fixture(scope="session")
def empty_pg():
    """The function that empties a PostgreSQL test database back to what `taxdesk init` leaves (for
    fixtures of a wider scope than ``db_url``)."""
    return _truncate_pg


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path, sqlite_template):
    """The URL of an initialised, empty TaxDesk database; the test runs once on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "taxdesk.sqlite3"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    url = request.getfixturevalue("pg_initialised")
    _truncate_pg(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path, sqlite_template):
    """An initialised, empty SQLite database only (for tests where the backend does not matter)."""
    path = tmp_path / "taxdesk.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def db(db_url):
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def network_db(db):
    """``db`` with the demo network and catalogue (no ticket history)."""
    from taxdesk.core.demo import populate

    populate(db, history_days=0)
    return db
