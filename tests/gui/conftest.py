"""GUI test fixtures: an isolated QSettings store, TaxDesk's theme and font, and a desk on a demo database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from taxdesk.core.db import Database
from taxdesk.core.roles import Actor


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


@pytest.fixture
def runner(qapp):
    """A window's background runner; the test waits for its last job before tearing down."""
    from taxdesk.gui.tasks import TaskRunner

    tasks = TaskRunner()
    yield tasks
    tasks.wait()


@pytest.fixture
def live(demo_db):
    """The live feed of the demo database, not started: tests emit ``changed`` when a point changed."""
    from taxdesk.gui.live import LiveUpdates

    feed = LiveUpdates(demo_db)
    yield feed
    feed.stop()


ADMINISTRATOR = Actor(staff_id=None, code="admin", name="系统管理员", roles=frozenset({"admin"}))


@pytest.fixture
def desk_session(qapp):
    """The desk's session, signed in as the demo's administrator (tests that care sign someone else in)."""
    from taxdesk.gui.signin.session import DeskSession

    return DeskSession(ADMINISTRATOR)


@pytest.fixture
def make_context(runner, desk_session):
    """``make_context(db, point="HALL", live=None, session=None)``: the context a page of one main window
    is made from; signed in as :data:`ADMINISTRATOR` unless another ``session`` is given."""
    from taxdesk.gui.page import PageContext

    def make(db, point: str = "HALL", live=None, session=None) -> PageContext:
        return PageContext(db, point, runner, live, session or desk_session)

    return make


@pytest.fixture
def context(make_context, demo_db, live):
    """The demo hall's page context: the demo database, HALL, the test's runner and (unstarted) live feed."""
    return make_context(demo_db, "HALL", live)
