"""GUI test fixtures: an isolated QSettings store, TaxDesk's theme and font, and a desk on a demo database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from taxdesk.core.db import Database


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path):
    """Every test starts with empty desk settings in its own folder (never the developer's own)."""
    QCoreApplication.setOrganizationName("TaxDeskTests")
    QCoreApplication.setApplicationName("TaxDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(scope="session", autouse=True)
def themed(qapp):
    from taxdesk.gui import theme

    theme.apply(qapp)


@pytest.fixture
def demo_db(sqlite_url):
    """A SQLite database with the demo network and a few days of history."""
    from taxdesk.core.demo import populate

    db = Database(sqlite_url)
    populate(db, history_days=5)
    yield db
    db.dispose()
