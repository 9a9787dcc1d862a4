"""The supervisor's live view: every window and queue, the tidal-window alert, editable thresholds, and
changes made at other desks appearing as they happen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from signing_in import ANYONE

from taxdesk.core import calls, clock, settings, tickets
from taxdesk.gui.desk.supervisor import SupervisorView
from taxdesk.gui.live import LiveUpdates
from taxdesk.gui.widgets.models import ALERT_BACKGROUND

WAIT_MS = 10000
A_SERVICE = "DJBG"  # 税务登记信息变更 (A 综合服务)
B_SERVICE = "FPLY"  # 发票领用 (B 发票业务)


@pytest.fixture
def view(qtbot, context, runner):
    page = SupervisorView(context)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.overview is not None and not runner.busy, timeout=WAIT_MS)
    yield page
    page.stop()


def refreshed(qtbot, page: SupervisorView, live: LiveUpdates, point: str = "HALL") -> None:
    before = page.overview
    live.changed.emit(point)
    qtbot.waitUntil(lambda: page.overview is not before and not page.runner.busy, timeout=WAIT_MS)


def cells(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def window_row(page: SupervisorView, number: int) -> list[str]:
    model = page.windows_model
    row = next(r for r in range(model.rowCount()) if model.row(r).view.number == number)
    return cells(model, row)


def queue_row(page: SupervisorView, prefix: str) -> int:
    model = page.queues_model
    return next(r for r in range(model.rowCount()) if model.row(r).prefix == prefix)


def test_every_window_and_queue_is_shown(qtbot, view, demo_db, live):
    ticket = tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    tickets.issue_ticket(demo_db, "HALL", A_SERVICE, actor=ANYONE)
    calls.sign_in(demo_db, "HALL", 4, "H09", actor=ANYONE)
    calls.call_next(demo_db, "HALL", 4, actor=ANYONE)
    calls.start(demo_db, ticket.id, actor=ANYONE)
    calls.sign_in(demo_db, "HALL", 9, "H15", actor=ANYONE)
    calls.pause(demo_db, "HALL", 9, "午休", actor=ANYONE)
    calls.sign_in(demo_db, "HALL", 2, "H06", actor=ANYONE)
    refreshed(qtbot, view, live)

    assert view.windows_model.rowCount() == 12
    four = window_row(view, 4)
    assert four[:4] == ["4号窗口", "开放", "刘洋", f"{ticket.number}  办理中"]
    assert four[4] == "发票领用" and four[5].startswith("办理 0:0")
    assert window_row(view, 9)[1:3] == ["暂停（午休）", "胡婷婷"]
    assert window_row(view, 2)[3] == "—" and window_row(view, 2)[5].startswith("空闲 0:0")
    assert window_row(view, 11)[0] == "11号窗口（潮汐）" and window_row(view, 11)[1] == "关闭"

    b = queue_row(view, "B")
    assert cells(view.queues_model, b)[:3] == ["B  发票业务", "1", "0 分钟"]
    assert cells(view.queues_model, b)[3] == "1 / 6"  # window 4 open of the six serving B
    assert view.ui.totalLabel.text() == "共 2 人等候"
    assert "开放 2 · 暂停 1 · 关闭 9" in view.ui.windowsSummaryLabel.text()
    assert not view.ui.alertBanner.isVisible()


def test_running_times_tick_without_reading_again(qtbot, view, demo_db, live):
    tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    calls.sign_in(demo_db, "HALL", 4, "H09", actor=ANYONE)
    calls.call_next(demo_db, "HALL", 4, at=clock.now() - timedelta(seconds=65), actor=ANYONE)
    refreshed(qtbot, view, live)
    assert window_row(view, 4)[5].startswith("已叫 1:0")
    shown = view.overview
    first = window_row(view, 4)[5]
    qtbot.waitUntil(lambda: window_row(view, 4)[5] != first, timeout=3000)
    assert view.overview is shown  # the clock moved it on, not a new read


def test_more_than_the_threshold_waiting_raises_the_tidal_window_alert(qtbot, view, demo_db, live):
    for _ in range(20):
        tickets.issue_ticket(demo_db, "HALL", A_SERVICE, actor=ANYONE)
    refreshed(qtbot, view, live)
    assert not view.ui.alertBanner.isVisible()  # 20 is not more than 20
    tickets.issue_ticket(demo_db, "HALL", A_SERVICE, actor=ANYONE)
    refreshed(qtbot, view, live)
    assert view.ui.alertBanner.isVisible()
    assert view.ui.alertBanner.text() == "潮汐窗口提示：A 综合服务 21 人等候（阈值 20）"
    a = view.queues_model.index(queue_row(view, "A"), 1)
    assert a.data() == "21" and a.data(Qt.ItemDataRole.BackgroundRole) == ALERT_BACKGROUND
    b = view.queues_model.index(queue_row(view, "B"), 1)
    assert b.data(Qt.ItemDataRole.BackgroundRole) is None


def test_thresholds_are_edited_saved_for_the_installation_and_applied(qtbot, view, demo_db):
    for _ in range(4):
        tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    ui = view.ui
    assert (ui.waitingSpin.value(), ui.waitMinSpin.value()) == (20, 30)
    assert not ui.saveThresholdsButton.isEnabled()
    ui.waitingSpin.setValue(3)
    ui.waitMinSpin.setValue(45)
    assert ui.saveThresholdsButton.isEnabled()
    qtbot.mouseClick(ui.saveThresholdsButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.alertBanner.isVisible(), timeout=WAIT_MS)
    with demo_db.session() as session:
        assert settings.get(session, settings.ALERT_WAITING) == "3"
        assert settings.get(session, settings.ALERT_WAIT_MIN) == "45"
    assert "B 发票业务 4 人等候（阈值 3）" in ui.alertBanner.text()
    assert "已保存" in ui.thresholdsHint.text() and not ui.saveThresholdsButton.isEnabled()


def test_a_change_at_another_desk_appears_after_the_live_signal(qtbot, view, demo_db, live):
    ticket = tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    calls.sign_in(demo_db, "HALL", 5, "H08", actor=ANYONE)
    calls.call_next(demo_db, "HALL", 5, actor=ANYONE)
    live.changed.emit("T03")  # another point: nothing to read
    qtbot.wait(100)
    assert window_row(view, 5)[1] == "关闭"
    refreshed(qtbot, view, live, point="")  # SQLite cannot say which point changed
    assert window_row(view, 5)[1:4] == ["开放", "雷雅琴", f"{ticket.number}  已叫号"]


# ------------------------------------------------------------------------------------------- a hall PC


def _rows_in_sight(table) -> list[int]:
    """The rows of ``table`` wholly inside its viewport."""
    viewport = table.viewport().rect()
    model = table.model()
    return [r for r in range(model.rowCount()) if viewport.contains(table.visualRect(model.index(r, 0)))]


@pytest.fixture(params=["zh_CN", "en"])
def hall_pc_view(request, qtbot, qapp, context, runner, demo_db):
    """The view at the page size of a 1366×768 hall PC, with the alert banner up (it takes room too)."""
    from taxdesk.gui import i18n

    i18n.install(qapp, request.param)
    for _ in range(21):
        tickets.issue_ticket(demo_db, "HALL", A_SERVICE, actor=ANYONE)
    page = SupervisorView(context)
    qtbot.addWidget(page)
    page.resize(1366, 690)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.overview is not None and not runner.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.advice.advice is not None and not runner.busy, timeout=WAIT_MS)
    yield page
    page.stop()
    i18n.install(qapp, "zh_CN")


def test_at_a_hall_pc_every_window_every_queue_and_the_advice_are_in_sight(hall_pc_view):
    page = hall_pc_view
    ui = page.ui
    assert ui.alertBanner.isVisible()
    assert (page.width(), page.height()) == (1366, 690)  # its layout did not need more
    assert page.windows_model.rowCount() == 12 and page.queues_model.rowCount() == 6
    assert _rows_in_sight(ui.windowsTable) == list(range(12))
    assert _rows_in_sight(ui.queuesTable) == list(range(6))
    for widget in (ui.windowsTable, ui.queuesTable, ui.adviceBox, ui.saveThresholdsButton, ui.waitMinSpin):
        rect = widget.rect().translated(widget.mapTo(page, widget.rect().topLeft()))
        assert widget.isVisible() and QRect(0, 0, 1366, 690).contains(rect), widget.objectName()
    assert ui.suggestionsArea.isVisible() and ui.suggestionsArea.height() >= 150  # a card and more
    assert ui.suggestionsArea.width() >= 450
    assert ui.noteEdit.isVisible() and ui.noteEdit.width() >= 120


def test_the_forecasts_week_reads_as_its_days_in_the_interface_language(qapp):
    from taxdesk.gui import i18n
    from taxdesk.gui.desk.advice_panel import week_text

    assert week_text("2026-W48") == "11月23日–11月29日"
    try:
        i18n.install(qapp, "en")
        assert week_text("2026-W48") == "Nov 23–29"
        assert week_text("2026-W53") == "Dec 28, 2026 – Jan 3, 2027"
    finally:
        i18n.install(qapp, "zh_CN")
    assert week_text(None) == "" and week_text("soon") == "soon"


# ------------------------------------------------------------------------------------------- the GUI thread


@pytest.mark.parametrize("kind", ["FrontDesk", "WindowConsole", "SupervisorView"])
def test_the_desk_pages_never_touch_the_database_on_the_gui_thread(
    qtbot, context, runner, demo_db, live, kind
):
    """The supervisor view once froze the window for seconds on first open: every read and write of the
    desk's pages runs on the background runner, from making the page to a live change."""
    import importlib
    import threading

    from sqlalchemy import event

    module = {"FrontDesk": "front_desk", "WindowConsole": "window_console", "SupervisorView": "supervisor"}[
        kind
    ]
    page_class = getattr(importlib.import_module(f"taxdesk.gui.desk.{module}"), kind)
    on_gui_thread: list[str] = []

    def check(_conn, _cursor, statement, *_args):
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", check)
    try:
        page = page_class(context)
        qtbot.addWidget(page)
        page.resize(1366, 690)
        page.show()
        page.load()
        qtbot.wait(300)
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
        live.changed.emit("HALL")
        qtbot.wait(100)
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
        page.stop()
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", check)
    assert on_gui_thread == []
