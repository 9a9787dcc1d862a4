"""The schema: created and upgraded only by the shipped migrations, which agree with the models."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from taxdesk.core.db import Database, migrate
from taxdesk.core.db.models import Base, Ticket, TicketEvent, Window
from taxdesk.core.errors import DatabaseNotInitialised
from taxdesk.core.install import init_database
from taxdesk.core.tickets import get_ticket, verify_payload

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures" / "schemas").glob("*.sqlite3"))


def test_migrations_produce_exactly_the_models(db):
    with db.engine.connect() as conn:
        differences = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata
        )
    assert differences == []


def test_database_is_at_the_newest_revision_and_init_is_idempotent(db):
    assert migrate.current_revision(db) == migrate.head_revision()
    result = init_database(db)
    assert result.revision_before == result.revision_after == migrate.head_revision()
    migrate.ensure_current(db)


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_full_sync(sqlite_url):
    db = Database(sqlite_url)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL: no commit lost to a power cut
    db.dispose()


def test_an_empty_database_is_refused_with_advice(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    with pytest.raises(DatabaseNotInitialised, match="taxdesk init"):
        migrate.ensure_current(db)


def test_a_missing_file_is_not_created_unless_asked(tmp_path):
    path = tmp_path / "missing.sqlite3"
    with pytest.raises(DatabaseNotInitialised, match="taxdesk init"):
        Database(f"sqlite:///{path}", create=False)
    assert not path.exists()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_released_schema_upgrades_with_its_data_and_a_backup(fixture, tmp_path):
    """One fixture database per released schema revision (tests/fixtures/schemas/<revision>.sqlite3)."""
    path = tmp_path / "site.sqlite3"
    shutil.copy(fixture, path)
    db = Database(f"sqlite:///{path}")

    def census():
        with db.session() as session:
            return (
                session.scalar(select(func.count()).select_from(Ticket)),
                session.scalar(select(func.count()).select_from(TicketEvent)),
                session.scalar(select(func.count()).select_from(Ticket).where(Ticket.window_id.is_not(None))),
                session.scalar(select(func.count()).select_from(Window)),
            )

    data_before = census()
    with db.session() as session:
        last_id = session.scalar(select(func.max(Ticket.id)))
    before, after = migrate.upgrade(db)
    assert before == fixture.stem
    assert after == migrate.head_revision()
    backup = path.with_name(f"{path.name}.bak-{before}")
    assert backup.exists() == (before != after)
    assert census() == data_before  # nothing cascaded away while SQLite rebuilt the tables
    ticket = get_ticket(db, last_id)
    assert verify_payload(db, ticket.qr).valid  # the installation secret survived
    db.dispose()


def test_the_newest_revision_has_a_fixture():
    assert migrate.head_revision() in {p.stem for p in FIXTURES}, (
        "add tests/fixtures/schemas/<revision>.sqlite3 for the released schema"
    )
