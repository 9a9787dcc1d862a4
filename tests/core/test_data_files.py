"""The embedded database is private to the user running TaxDesk: it holds the installation's signing
secret and taxpayers' names, phones and ID numbers. Folders TaxDesk creates and its default data folder
are 0700; the database, its -wal/-shm files and its *.bak-<revision> copies are 0600, new or found loose
at open; a folder the user named that already exists keeps its mode."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import platformdirs
import pytest
from sqlalchemy import text

import taxdesk.core.db as dbmod
from taxdesk.core.db import Database, default_url, migrate
from taxdesk.core.install import init_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows uses ACLs")

FIXTURES = Path(__file__).parent.parent / "fixtures" / "schemas"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    """A umask that lets the group write (Debian's user-private-group default): TaxDesk must not rely on
    the umask to keep its files private."""
    old = os.umask(0o002)
    yield
    os.umask(old)


@pytest.fixture
def data_home(tmp_path, monkeypatch) -> Path:
    """The user data directory in a folder of its own (platformdirs reads $XDG_DATA_HOME); TaxDesk's
    default data folder is ``TaxDesk`` in it."""
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert Path(platformdirs.user_data_dir("TaxDesk", appauthor=False)) == home / "TaxDesk"
    assert default_url() == f"sqlite:///{home / 'TaxDesk' / 'taxdesk.sqlite3'}"
    return home


def side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def test_a_new_default_database_is_private_in_a_private_folder(data_home, tmp_path, loose_umask):
    outer = mode(tmp_path)
    db = Database(default_url())
    path = data_home / "TaxDesk" / "taxdesk.sqlite3"
    assert mode(data_home / "TaxDesk") == 0o700 and mode(data_home) == 0o700  # both created by TaxDesk
    assert mode(tmp_path) == outer  # not TaxDesk's
    init_database(db)
    with db.engine.connect() as conn:  # -wal and -shm exist while a connection is open
        conn.execute(text("SELECT 1"))
        for file in (path, *side_files(path)):
            assert file.exists() and mode(file) == 0o600, file
    db.dispose()


def test_a_database_that_never_connects_leaves_no_file(tmp_path):
    path = tmp_path / "new" / "taxdesk.sqlite3"
    Database(f"sqlite:///{path}").dispose()
    assert not path.exists() and mode(path.parent) == 0o700


def test_a_loose_database_and_default_folder_are_fixed_at_open(data_home, sqlite_template):
    folder = data_home / "TaxDesk"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    path = folder / "taxdesk.sqlite3"
    shutil.copy(sqlite_template, path)
    path.chmod(0o644)
    backup = folder / "taxdesk.sqlite3.bak-0004"
    shutil.copy(sqlite_template, backup)
    backup.chmod(0o644)
    # Another desk (an older TaxDesk) has it open: its -wal and -shm are 0644 too.
    old_umask = os.umask(0o022)
    try:
        other = sqlite3.connect(path)
        other.execute("PRAGMA journal_mode = WAL")
        other.execute("CREATE TABLE scratch (x)")
        other.commit()
    finally:
        os.umask(old_umask)
    assert [mode(f) for f in side_files(path)] == [0o644, 0o644]

    db = Database(default_url())
    assert mode(folder) == 0o700
    assert [mode(f) for f in (path, *side_files(path), backup)] == [0o600] * 4
    with db.session() as session:  # and it still works, with the other desk's connection open
        assert session.scalar(text("SELECT count(*) FROM scratch")) == 0
    db.dispose()
    other.close()


def test_the_default_folder_is_fixed_whichever_database_a_desk_opens(data_home, db_url):
    """A desk that moved to PostgreSQL (or another file) still has its earlier embedded database, with
    the signing secret, in the default folder."""
    folder = data_home / "TaxDesk"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    Database(db_url).dispose()
    assert mode(folder) == 0o700


def test_a_folder_the_user_named_keeps_its_mode(tmp_path, sqlite_template, loose_umask):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    path = shared / "site.sqlite3"
    db = Database(f"sqlite:///{path}")
    init_database(db)
    with db.engine.connect():
        assert [mode(f) for f in (path, *side_files(path))] == [0o600] * 3
    db.dispose()
    assert mode(shared) == 0o755

    loose = shared / "copy.sqlite3"
    shutil.copy(sqlite_template, loose)
    loose.chmod(0o664)
    Database(f"sqlite:///{loose}").dispose()
    assert mode(loose) == 0o600 and mode(shared) == 0o755

    outer = mode(tmp_path)
    nested = tmp_path / "site" / "db" / "taxdesk.sqlite3"
    init_database(Database(f"sqlite:///{nested}"))
    assert mode(tmp_path / "site") == mode(tmp_path / "site" / "db") == 0o700  # made by TaxDesk
    assert mode(nested) == 0o600 and mode(tmp_path) == outer


def test_a_backup_before_an_upgrade_is_private(tmp_path, loose_umask):
    path = tmp_path / "site.sqlite3"
    shutil.copy(FIXTURES / "0001.sqlite3", path)
    db = Database(f"sqlite:///{path}")
    path.chmod(0o644)  # whatever the database file's own mode at the time of the upgrade
    before, after = migrate.upgrade(db)
    assert before != after
    backup = path.with_name(f"{path.name}.bak-{before}")
    assert mode(backup) == 0o600 and backup.stat().st_size > 0
    db.dispose()


def test_a_file_that_cannot_be_changed_is_logged_and_the_database_still_opens(
    sqlite_url, monkeypatch, caplog
):
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    path.chmod(0o644)

    def refuse(self, _mode):
        raise PermissionError(1, "Operation not permitted", str(self))

    monkeypatch.setattr(Path, "chmod", refuse)  # e.g. another user's file
    with caplog.at_level(logging.WARNING, logger="taxdesk.core.db"):
        db = Database(sqlite_url)
    assert "cannot make" in caplog.text and str(path) in caplog.text
    assert migrate.current_revision(db) == migrate.head_revision()
    db.dispose()


def test_nothing_is_changed_where_modes_mean_little(sqlite_url, monkeypatch, tmp_path):
    """On Windows (no POSIX modes) the database opens and backs up without touching permissions."""
    monkeypatch.setattr(dbmod, "_POSIX", False)
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    path.chmod(0o644)
    db = Database(sqlite_url)
    assert mode(path) == 0o644
    with dbmod.open_private(tmp_path / "copy.bin") as out:
        out.write(b"x")
    assert (tmp_path / "copy.bin").read_bytes() == b"x"
    db.dispose()
