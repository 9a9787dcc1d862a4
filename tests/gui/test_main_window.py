"""The main window: switching between the desks, the connection banner, the display board."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from signing_in import ANYONE

from taxdesk.core import calls
from taxdesk.core.network import points
from taxdesk.core.tickets import issue_ticket
from taxdesk.gui.desk.front_desk import FrontDesk
from taxdesk.gui.desk.supervisor import SupervisorView
from taxdesk.gui.desk.window_console import WindowConsole
from taxdesk.gui.main_window import MODE_SETTING, MainWindow
from taxdesk.gui.printing.printers import PrintSettings

WAIT_MS = 10000


@pytest.fixture
def main(qtbot, demo_db, desk_session):
    PrintSettings(mode="screen").save()
    hall = next(p for p in points(demo_db) if p.code == "HALL")
    win = MainWindow(demo_db, hall, desk_session)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=WAIT_MS)
    yield win
    win.close()


def test_the_view_menu_switches_desks_and_remembers_the_choice(qtbot, main):
    assert isinstance(main.ui.pages.currentWidget(), FrontDesk)
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(main.ui.pages.currentWidget(), WindowConsole)
    assert "窗口叫号" in main.windowTitle() and not main.ui.menuTickets.isEnabled()
    qtbot.keyClick(main, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(main.ui.pages.currentWidget(), SupervisorView)
    assert QSettings().value(MODE_SETTING) == "supervisor"
    qtbot.keyClick(main, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(main.ui.pages.currentWidget(), FrontDesk) and main.ui.menuTickets.isEnabled()
    assert len(main.pages) == 3  # each page made once
    for key, title in ((Qt.Key.Key_5, "预约办税"), (Qt.Key.Key_6, "服务点"), (Qt.Key.Key_7, "服务网络")):
        qtbot.keyClick(main, key, Qt.KeyboardModifier.ControlModifier)
        assert title in main.windowTitle()
    assert len(main.pages) == 6
    assert type(main.ui.pages.currentWidget()).__name__ == "NetworkEditor"


def test_a_lost_database_shows_a_banner_until_it_is_back(qtbot, main):
    main.live.connection_changed.emit(False, "server closed the connection")
    assert main.ui.bannerLabel.isVisible()
    assert "server closed the connection" in main.ui.bannerLabel.text()
    assert "不会丢失" in main.ui.bannerLabel.text()
    main.live.connection_changed.emit(True, "")
    assert not main.ui.bannerLabel.isVisible()


def test_the_display_board_opens_for_the_point_and_shows_a_call(qtbot, main):
    ticket = issue_ticket(main.db, "HALL", "FPLY", actor=ANYONE)
    window = next(n for n in range(1, 13) if "B" in calls.window_view(main.db, "HALL", n).categories)
    main.ui.actionDisplayBoard.trigger()
    board = main.board
    qtbot.addWidget(board)
    assert board is not None and board.isVisible() and board.point_code == "HALL"
    calls.call_next(main.db, "HALL", window, actor=ANYONE)
    board.refresh()
    expected = f"{ticket.number} → {window}号窗口"
    qtbot.waitUntil(lambda: expected in board.recent_panel.lines(), timeout=WAIT_MS)
    board.close()
    qtbot.waitUntil(lambda: main.board is None, timeout=WAIT_MS)


def test_the_file_menu_opens_the_calendar_and_the_history_import_and_the_week_is_computed_again(
    qtbot, main, tmp_path
):
    from taxdesk.core.demo.history_csv import write_history_csv
    from taxdesk.gui.staffing.calendar_dialog import CalendarDialog
    from taxdesk.gui.staffing.history_import import HistoryImportDialog

    qtbot.keyClick(main, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert "潮汐窗口" in main.windowTitle()
    page = main.page("staffing")
    qtbot.waitUntil(lambda: page.result is not None or not page.ui.errorFrame.isHidden(), timeout=30000)
    recomputed = []
    page.recompute = lambda: recomputed.append(True)

    main.ui.actionCalendar.trigger()
    dialog = main.findChild(CalendarDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.overview is not None and not dialog.busy, timeout=WAIT_MS)
    dialog.reject()
    assert recomputed == []  # looked, changed nothing: nothing to compute again

    main.ui.actionCalendar.trigger()
    dialog = next(d for d in main.findChildren(CalendarDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.overview is not None and not dialog.busy, timeout=WAIT_MS)
    dialog.set_year(2026)
    qtbot.waitUntil(lambda: dialog.overview.year == 2026 and not dialog.busy, timeout=WAIT_MS)
    dialog.select_month(1)
    dialog.edit_selected()
    dialog.ui.deadlineEdit.setDate(QDate(2026, 1, 21))
    dialog.save_deadline()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    dialog.accept()
    assert recomputed == [True]

    path = tmp_path / "history.csv"
    write_history_csv(main.db, path, start=date(2025, 3, 3), end=date(2025, 3, 4), points=["HALL"])
    main.ui.actionImportHistory.trigger()
    importer = main.findChild(HistoryImportDialog)
    assert importer is not None and importer.isVisible()
    with qtbot.waitSignal(importer.imported, timeout=30000):
        importer.set_path(path)
        importer.start()
    assert recomputed == [True, True]
    importer.reject()


def test_each_view_owns_its_messages(qtbot, main):
    desk = main.front_desk
    qtbot.waitUntil(lambda: bool(desk.service_buttons), timeout=WAIT_MS)
    next(iter(desk.service_buttons.values())).click()
    qtbot.waitUntil(lambda: "已取号" in main.statusBar().currentMessage(), timeout=WAIT_MS)
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main.statusBar().currentMessage() == ""  # the desk's ticket is not the window console's news
    desk.say("后台消息")  # a page that is not on screen does not write in the bar
    assert main.statusBar().currentMessage() == ""
    main.pages["window"].say("窗口消息")
    assert main.statusBar().currentMessage() == "窗口消息"
