"""Every view on a hall PC: the main window opens maximised, fits a 1366×768 screen in every mode, and the
event loop never stalls while a page is first shown and loads (the GUI thread never waits for the
database, a forecast or a solver)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer

from taxdesk.core.network import points
from taxdesk.gui.main_window import GEOMETRY_SETTING, MODES, MainWindow
from taxdesk.gui.printing.printers import PrintSettings

SCREEN = (1366, 768)
TASKBAR = 40  # what the desktop keeps for itself at the bottom of a 768-line screen
STALL_MS = 250
HEARTBEAT_MS = 10
QUIET_MS = 1500  # the page counts as loaded once its runner has been idle this long
WAIT_MS = 60000


@pytest.fixture
def hall(demo_db):
    PrintSettings(mode="screen").save()
    return next(p for p in points(demo_db) if p.code == "HALL")


def _window(qtbot, db, hall, mode: str, desk_session) -> MainWindow:
    win = MainWindow(db, hall, desk_session, mode=mode)
    qtbot.addWidget(win)
    return win


def test_the_window_opens_maximised_the_first_time_and_as_left_afterwards(qtbot, demo_db, hall, desk_session):
    first = _window(qtbot, demo_db, hall, "desk", desk_session)
    first.present()
    qtbot.waitUntil(first.isVisible)
    assert first.isMaximized()
    assert first.frameGeometry().size().toTuple() == SCREEN
    first.showNormal()
    first.setGeometry(40, 50, 1100, 720)
    first.close()
    assert QSettings().value(GEOMETRY_SETTING) is not None

    again = _window(qtbot, demo_db, hall, "desk", desk_session)
    again.present()
    qtbot.waitUntil(again.isVisible)
    assert not again.isMaximized()
    assert (again.width(), again.height()) == (1100, 720)
    again.close()


@pytest.mark.parametrize("mode", MODES)
def test_every_view_fits_a_1366x768_screen(qtbot, demo_db, hall, mode, desk_session):
    win = _window(qtbot, demo_db, hall, mode, desk_session)
    win.show()
    target = (SCREEN[0], SCREEN[1] - TASKBAR)
    win.resize(*target)
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=WAIT_MS)
    qtbot.wait(50)
    hint = win.minimumSizeHint()
    needs = f"{mode} needs at least {hint.width()}×{hint.height()}"
    assert hint.width() <= target[0] and hint.height() <= target[1], needs
    assert (win.width(), win.height()) == target
    win.close()


class Heartbeat:
    """A 10 ms timer on the GUI thread; the longest gap between its beats is how long the loop stalled."""

    def __init__(self):
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.longest = 0
        self._last = 0

    def start(self) -> None:
        self.clock.start()
        self._last = 0
        self.timer.start()

    def _beat(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> int:
        self.timer.stop()
        self._beat()
        return self.longest


@pytest.mark.parametrize("mode", MODES)
def test_no_view_stalls_the_event_loop_while_it_opens_and_loads(qtbot, demo_db, hall, mode, desk_session):
    win = _window(qtbot, demo_db, hall, "desk", desk_session)
    win.resize(SCREEN[0], SCREEN[1] - TASKBAR)
    win.show()
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=WAIT_MS)
    beat = Heartbeat()
    if mode != "desk":
        win.show_mode(mode)  # the page is made and first shown here; its reads go to the runner
    beat.start()
    quiet_since = time.monotonic()
    deadline = time.monotonic() + WAIT_MS / 1000
    while time.monotonic() < deadline:
        qtbot.wait(20)
        if win.runner.busy:
            quiet_since = time.monotonic()
        elif (time.monotonic() - quiet_since) * 1000 >= QUIET_MS:
            break
    longest = beat.stop()
    win.close()
    assert longest <= STALL_MS, f"the {mode} view stalled the event loop for {longest} ms"
