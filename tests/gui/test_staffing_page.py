"""The staffing page (潮汐窗口) as a supervisor uses it, on a real SQLite database with a generated ticket
history: the week's plan as the core computes it, stricter targets needing more windows (and never saved),
the backtest beside its baselines, 取消 and a quick change of week while a run is going, too little history,
a year the holiday calendar does not know, holidays and make-up workdays, and the way in from the main
window."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid
from sqlalchemy import update
from synthetic_history import database_copy, demo_history_file

from taxdesk.core.db import Database
from taxdesk.core.db.models import ServicePoint
from taxdesk.core.demo import populate
from taxdesk.core.forecast_model import LevelShift
from taxdesk.core.network import points
from taxdesk.core.plan import Targets, staffing_plan, targets_from_settings, week_days
from taxdesk.gui import i18n
from taxdesk.gui.main_window import MainWindow
from taxdesk.gui.printing.printers import PrintSettings
from taxdesk.gui.staffing.calendar_dialog import CalendarDialog
from taxdesk.gui.staffing.chart import StaffingChart, segments
from taxdesk.gui.staffing.models import KIND_COLOURS, MAKEUP, REST, percent
from taxdesk.gui.staffing.page import StaffingPage

WAIT_MS = 15000
WEEK = "2025-W27"  # 30 June – 4 July 2025, right after ten weeks of history
MONDAY = date(2025, 6, 30)
DEFAULTS = Targets(0.8, 10.0, 0.85, 0.0)  # the settings' defaults


@pytest.fixture(scope="module")
def history_template(tmp_path_factory, sqlite_template):
    """The demo network with ten weeks of generated history at HALL (made once, copied per test)."""
    folder = tmp_path_factory.mktemp("staffing")
    return demo_history_file(folder, sqlite_template, handling_min={"GEN": 6, "INV": 3})


@pytest.fixture
def history_db(tmp_path, history_template):
    db = database_copy(history_template, tmp_path)
    yield db
    db.dispose()


@pytest.fixture
def open_page(qtbot, make_context):
    """``open_page(db, day)``: the page for HALL at the week of ``day``, shown, with its first result in."""
    pages = []

    def make(db: Database, day: date = MONDAY, point: str = "HALL") -> StaffingPage:
        page = StaffingPage(make_context(db, point))
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        page.ui.weekDate.setDate(QDate(day.year, day.month, day.day))  # before load(): no run for it yet
        with qtbot.waitSignal(page.result_shown, timeout=WAIT_MS):
            page.load()
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.stop()


def shown(qtbot, page: StaffingPage, action):
    """Do ``action()`` and wait for the result it leads to; returns it."""
    with qtbot.waitSignal(page.result_shown, timeout=WAIT_MS) as blocker:
        action()
    qtbot.waitUntil(lambda: not page.task.running, timeout=WAIT_MS)
    return blocker.args[0]


def column(model, number: int) -> list[str]:
    return [model.data(model.index(row, number)) for row in range(model.rowCount())]


def emissions(page: StaffingPage) -> list:
    seen: list = []
    page.result_shown.connect(seen.append)
    return seen


def test_the_weeks_plan_appears_as_the_core_computes_it(qtbot, history_db, open_page):
    page = open_page(history_db)
    result = page.result
    assert result.request.week == WEEK and result.request.targets == DEFAULTS and result.error is None
    expected = staffing_plan(history_db, "HALL", WEEK, target_sl=0.8, target_wait_min=10, max_occupancy=0.85)

    intervals = page.intervals_model
    assert intervals.rowCount() == len(expected.intervals) == 5 * 14
    windows = intervals.windows_column
    assert intervals.headerData(windows, Qt.Orientation.Horizontal) == "所需窗口"
    assert column(intervals, windows) == [str(i.windows) for i in expected.intervals]
    assert column(intervals, 1)[:2] == ["08:30–09:00", "09:00–09:30"]
    assert column(intervals, 0)[0] == "6月30日 周一"
    first_category = intervals.headerData(intervals.first_category_column, Qt.Orientation.Horizontal)
    assert first_category.startswith("A ") and first_category.endswith("人 · 窗口")
    first = expected.intervals[0]
    need = first.categories[intervals.categories[0]]
    tip = intervals.data(intervals.index(0, intervals.first_category_column), Qt.ItemDataRole.ToolTipRole)
    assert f"预计 {need.arrivals:.1f} 人（80% 区间 {need.band[0]}–{need.band[1]}，" in tip

    peak = expected.peak
    assert page.ui.peakLabel.text().startswith(f"高峰：{peak.start.month}月{peak.start.day}日")
    assert f"需 {peak.windows} 个窗口" in page.ui.peakLabel.text()
    assert "2025-06-27" in page.ui.historyLabel.text()  # the last working day before the week
    assert page.ui.backtestLabel.text().startswith("未回测")
    assert page.days_model.rowCount() == 7
    assert column(page.days_model, 4)[:5] == [
        str(max(i.windows for i in expected.intervals if i.start.date() == day.day))
        for day in week_days(history_db, WEEK)[:5]
    ]
    assert column(page.handling_model, 0)[:2] == ["A 综合服务", "B 发票业务"]
    assert page.chart.day_labels[0] == "6月30日 周一" and len(page.chart.day_labels) == 5
    assert page.ui.chartArea.isVisible() and not page.ui.errorFrame.isVisible()
    assert not page.ui.calendarFrame.isVisible() and page.ui.statusLabel.text().startswith("已于")
    assert page.ui.recomputeButton.isVisible() and not page.ui.cancelButton.isVisible()


def test_a_stricter_target_needs_more_windows_and_is_not_saved(qtbot, history_db, open_page):
    page = open_page(history_db)
    before = [i.windows for i in page.result.plan.intervals]
    seen = emissions(page)

    def stricter():  # typed in quick succession: one run, after the pause
        page.ui.slSpin.setValue(90)
        page.ui.slSpin.setValue(95)
        page.ui.waitSpin.setValue(5)

    result = shown(qtbot, page, stricter)
    assert result.request.targets == Targets(0.95, 5.0, 0.85, 0.0) and len(seen) == 1
    after = [i.windows for i in result.plan.intervals]
    assert all(a >= b for a, b in zip(after, before, strict=True)) and sum(after) > sum(before)
    core = staffing_plan(history_db, "HALL", WEEK, target_sl=0.95, target_wait_min=5, max_occupancy=0.85)
    assert column(page.intervals_model, page.intervals_model.windows_column) == [
        str(i.windows) for i in core.intervals
    ]
    # Tried out, not saved: the settings (shared with the advisor) are as they were, and the page says so.
    assert targets_from_settings(history_db) == DEFAULTS
    assert page.ui.resetTargetsButton.isVisible()
    assert page.ui.targetsNote.isVisible() and "未保存" in page.ui.targetsNote.text()
    assert "服务水平 95%（5 分钟内）" in page.ui.targetsNote.text()

    reset = page.ui.resetTargetsButton
    result = shown(qtbot, page, lambda: qtbot.mouseClick(reset, Qt.MouseButton.LeftButton))
    assert result.request.targets == DEFAULTS and [i.windows for i in result.plan.intervals] == before
    assert (page.ui.slSpin.value(), page.ui.waitSpin.value()) == (80, 10)
    assert not page.ui.resetTargetsButton.isVisible() and not page.ui.targetsNote.isVisible()


def test_targets_saved_as_the_default_after_a_confirmation(qtbot, history_db, open_page, monkeypatch):
    page = open_page(history_db)
    result = shown(qtbot, page, lambda: page.ui.slSpin.setValue(90))
    save = page.ui.saveTargetsButton
    assert save.isVisible() and result.request.targets == Targets(0.9, 10.0, 0.85, 0.0)

    asked = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "服务水平 90%（10 分钟内）" in asked[-1] and targets_from_settings(history_db) == DEFAULTS

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.ui.saveTargetsButton.isVisible(), timeout=WAIT_MS)
    assert targets_from_settings(history_db) == Targets(0.9, 10.0, 0.85, 0.0)
    assert page.default_targets == Targets(0.9, 10.0, 0.85, 0.0)
    assert not page.ui.resetTargetsButton.isVisible() and not page.ui.targetsNote.isVisible()
    assert "已设为默认服务目标" in page.ui.statusLabel.text()


def test_the_backtest_says_its_accuracy_in_plain_words(qtbot, history_db, open_page):
    page = open_page(history_db)
    result = shown(qtbot, page, lambda: page.ui.backtestCheck.setChecked(True))
    backtest = result.plan.forecast.backtest
    assert backtest is not None and backtest.wape is not None and backtest.naive_wape is not None
    # "过去 8 周平均误差 22%，比照搬上周准 53%": no jargon on the page …
    gain = 1 - backtest.wape / backtest.naive_wape
    assert gain > 0.1
    text = page.ui.backtestLabel.text()
    assert (
        text
        == f"过去 {len(backtest.weeks)} 周平均误差 {backtest.wape * 100:.0f}%，比照搬上周准 {gain * 100:.0f}%"
    )
    assert "WAPE" not in text and "朴素" not in text
    # … and the figures in its tooltip.
    tip = page.ui.backtestLabel.toolTip()
    assert f"WAPE {percent(backtest.wape)}" in tip
    assert f"{percent(backtest.naive_wape)}" in tip and "季节朴素" in tip
    assert f"历史平均 {percent(backtest.average_wape)}" in tip
    assert f"最近 {len(backtest.weeks)} 周，{backtest.weeks[0]} 至 {backtest.weeks[-1]}" in tip
    core = staffing_plan(history_db, "HALL", WEEK, backtest=True).forecast.backtest
    assert (core.wape, core.naive_wape, core.average_wape) == (
        backtest.wape,
        backtest.naive_wape,
        backtest.average_wape,
    )


def test_a_change_of_level_is_said_in_plain_words(qtbot, history_db, open_page):
    """The core finds the change (tests/core/test_forecast_shift.py); the page says it: a line of its own,
    shown only when a category changed, the exact figures in its tooltip."""
    page = open_page(history_db)
    assert not page.level_label.isVisible()  # ten weeks of steady history: nothing changed
    plan = page.result.plan
    changes = dict.fromkeys(plan.forecast.level_changes)
    changes["INV"] = LevelShift(date(2025, 5, 19), 0.58, 6)
    changes["GEN"] = LevelShift(date(2025, 6, 2), 1.31, 4)
    forecast = dataclasses.replace(plan.forecast, level_changes=changes)
    page._show(dataclasses.replace(page.result, plan=dataclasses.replace(plan, forecast=forecast)))
    assert page.level_label.isVisible()
    assert page.level_label.text() == (  # in catalogue order, as the tables are
        "A 类近 4 周比以前多约 30%，预测已按近期水平调整；B 类近 6 周比以前少约 40%，预测已按近期水平调整"
    )
    tip = page.level_label.toolTip()
    assert "自 2025-05-19 起（共 6 周），到达人数约为以前的 0.58 倍" in tip
    page._show(dataclasses.replace(page.result, plan=plan))
    assert not page.level_label.isVisible()


def test_cancel_keeps_the_result_on_screen_and_puts_the_controls_back(qtbot, history_db, open_page):
    page = open_page(history_db)
    first = page.result
    rows = column(page.intervals_model, page.intervals_model.windows_column)
    seen = emissions(page)
    page.ui.backtestCheck.setChecked(True)
    page.recompute()  # under way now; whatever the worker does, nothing is delivered before the click
    assert page.ui.progressBar.isVisible() and page.ui.cancelButton.isVisible()
    qtbot.mouseClick(page.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert page.ui.statusLabel.text() == "正在取消…"
    qtbot.waitUntil(lambda: not page.task.running and page.ui.recomputeButton.isVisible(), timeout=WAIT_MS)
    assert page.result is first and seen == []
    assert not page.ui.backtestCheck.isChecked()  # the controls say what the screen shows
    assert page.ui.statusLabel.text().startswith("已取消：仍显示")
    assert column(page.intervals_model, page.intervals_model.windows_column) == rows
    assert not page.ui.progressBar.isVisible() and not page.ui.cancelButton.isVisible()


def test_cancelling_another_week_goes_back_to_the_week_on_screen(qtbot, history_db, open_page):
    page = open_page(history_db)
    first = page.result
    seen = emissions(page)
    page.move_week(1)
    page.recompute()
    assert page.intervals_model.rowCount() == 0  # never last week's numbers under the new week's title
    page.cancel()
    qtbot.waitUntil(lambda: not page.task.running, timeout=WAIT_MS)
    assert seen == [first] and page.week == WEEK and page.ui.weekLabel.text().startswith(WEEK)
    assert page.intervals_model.rowCount() == 70 and page.ui.statusLabel.text().startswith("已取消")


def test_switching_weeks_while_a_run_is_going_shows_only_the_last(qtbot, history_db, open_page):
    page = open_page(history_db)
    seen = emissions(page)
    with qtbot.waitSignal(page.result_shown, timeout=WAIT_MS):
        for _ in range(3):  # 下一周 three times while the first run is still going
            page.move_week(1)
            page.recompute()
    qtbot.waitUntil(lambda: not page.task.running, timeout=WAIT_MS)
    assert [r.request.week for r in seen] == ["2025-W30"]
    expected = staffing_plan(history_db, "HALL", "2025-W30")
    assert column(page.intervals_model, 0)[0] == "7月21日 周一"
    assert column(page.intervals_model, page.intervals_model.windows_column) == [
        str(i.windows) for i in expected.intervals
    ]


def test_computing_the_same_week_again_while_it_runs_still_shows_it(qtbot, history_db, open_page):
    """An import or a calendar edit asks for the week on screen again: the run under way is replaced by a
    fresh one, not left cancelled."""
    page = open_page(history_db)
    first = page.result
    result = shown(qtbot, page, lambda: (page.recompute(), page.recompute()))
    assert result is not first and result.request == first.request and result.plan is not None
    assert page.ui.statusLabel.text().startswith("已于")


def test_another_day_of_the_same_week_computes_nothing(qtbot, history_db, open_page):
    page = open_page(history_db)
    page.ui.weekDate.setDate(QDate(2025, 7, 3))
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=WAIT_MS)
    assert not page.task.running and page.week == WEEK


def test_too_little_history_says_why_and_offers_the_import(qtbot, sqlite_url, open_page):
    db = Database(sqlite_url)
    populate(db, history_days=0)  # a site that brings its own history has none yet
    page = open_page(db, point="T01")
    assert page.result.plan is None and page.result.error.key == "forecast_history"
    assert page.ui.errorFrame.isVisible() and page.ui.errorImportButton.isVisible()
    text = page.ui.errorLabel.text()
    assert "需要此前至少 40 个工作日的取号记录，目前只有 0 个" in text and "导入历史记录" in text
    assert not page.ui.chartArea.isVisible() and not page.ui.summaryFrame.isVisible()
    assert page.ui.tabs.currentWidget() is page.ui.daysTab and page.days_model.rowCount() == 7
    assert page.ui.statusLabel.text() == ""
    db.dispose()


def test_a_point_without_opening_hours_says_so_without_the_import(qtbot, history_db, open_page):
    with history_db.transaction() as session:
        session.execute(update(ServicePoint).where(ServicePoint.code == "HALL").values(opening_hours=None))
    page = open_page(history_db)
    assert page.result.error.key == "forecast_no_hours"
    assert page.ui.errorFrame.isVisible() and not page.ui.errorImportButton.isVisible()
    assert "营业时间" in page.ui.errorLabel.text()


def test_a_week_in_2027_warns_and_is_still_planned(qtbot, history_db, open_page):
    page = open_page(history_db, date(2027, 3, 3))
    result = page.result
    assert result.request.week == "2027-W09" and result.plan is not None
    assert page.ui.calendarFrame.isVisible() and page.ui.calendarBannerButton.isVisible()
    assert page.ui.calendarBanner.text().startswith("2027 年的法定节假日安排尚未导入")
    assert page.intervals_model.rowCount() == 5 * 14  # weekends as rest days
    assert column(page.days_model, 1)[5:] == ["周末休息", "周末休息"]

    qtbot.mouseClick(page.ui.calendarBannerButton, Qt.MouseButton.LeftButton)
    dialog = page.findChild(CalendarDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.overview is not None and dialog.overview.year == 2027, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    dialog.reject()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=WAIT_MS)  # deleted on close
    assert not page.task.running  # nothing changed in the calendar: nothing to compute again


def test_holidays_and_make_up_workdays_are_marked(qtbot, history_db, open_page):
    page = open_page(history_db, date(2025, 10, 6))  # 2025-W41: 中秋节, 国庆节, then work on Saturday
    days = page.days_model
    assert column(days, 1) == [
        "中秋节 休息",
        "国庆节 休息",
        "国庆节 休息",
        "征期",
        "征期",
        "调休上班 征期",
        "周末休息",
    ]
    assert days.data(days.index(0, 0), Qt.ItemDataRole.BackgroundRole) == KIND_COLOURS[REST]
    assert days.data(days.index(5, 0), Qt.ItemDataRole.BackgroundRole) == KIND_COLOURS[MAKEUP]
    assert column(days, 2)[0] == "" and column(days, 2)[5] != "—"  # Saturday is planned
    intervals = page.intervals_model
    assert intervals.rowCount() == 3 * 14
    saturday = [row for row, day in enumerate(column(intervals, 0)) if "周六" in day]
    assert len(saturday) == 14
    assert intervals.data(intervals.index(saturday[0], 2)) == "调休上班 征期"
    assert page.chart.day_labels[0] == "10月6日–10月8日 中秋节、国庆节 休息"
    assert page.chart.day_labels[-1] == "10月11日 周六 调休上班 征期"


def test_a_holidays_weekend_joins_its_rest_block(history_db):
    days = week_days(history_db, "2025-W40")  # 国庆节 from Wednesday 1 October to the weekend
    laid = segments(days, [])
    assert len(laid) == 1 and laid[0].rest
    assert [d.day for d in laid[0].days] == [date(2025, 10, d) for d in range(1, 6)]


def test_stopping_while_a_run_is_going_lets_go_cleanly(qtbot, history_db, make_context):
    page = StaffingPage(make_context(history_db))
    qtbot.addWidget(page)
    page.ui.weekDate.setDate(QDate(2025, 6, 30))
    seen = emissions(page)
    with qtbot.waitSignal(page.result_shown, timeout=WAIT_MS):
        page.load()
    status = page.ui.statusLabel.text()
    page.ui.backtestCheck.setChecked(True)
    page.recompute()
    assert page.task.running
    page.stop()
    assert page.task.wait(0)  # the worker has let go before stop() returns
    qtbot.waitUntil(lambda: not page.task.running, timeout=WAIT_MS)  # its end reached the page …
    assert len(seen) == 1 and page.result.plan.forecast.backtest is None  # … and changed nothing there
    assert page.ui.statusLabel.text() == "正在计算…" != status
    page.deleteLater()
    qtbot.waitUntil(lambda: not isValid(page), timeout=WAIT_MS)


def test_the_main_window_opens_the_page_from_the_view_menu(qtbot, demo_db, desk_session):
    PrintSettings(mode="screen").save()
    hall = next(p for p in points(demo_db) if p.code == "HALL")
    window = MainWindow(demo_db, hall, desk_session)
    qtbot.addWidget(window)
    window.show()
    window.ui.actionStaffing.trigger()
    page = window.ui.pages.currentWidget()
    assert isinstance(page, StaffingPage) and "潮汐窗口" in window.windowTitle()
    # The demo database has five days of history: the page says so instead of a plan.
    qtbot.waitUntil(lambda: page.ui.errorFrame.isVisible(), timeout=WAIT_MS)
    assert page.ui.pointCombo.currentData() == "HALL" and page.ui.pointCombo.count() == len(points(demo_db))
    assert "工作日的取号记录" in page.ui.errorLabel.text()
    window.close()


# ------------------------------------------------------------------------------------------ a hall PC


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    """Each test in Chinese, then in English (pages made after the switch)."""
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "zh_CN")


def within_page(page, widget) -> bool:
    """Whether ``widget`` is shown and lies wholly inside the page (nothing cut off at its edge)."""
    top_left = widget.mapTo(page, QPoint(0, 0))
    return widget.isVisible() and page.rect().contains(QRect(top_left, widget.size()))


def full_rows(table) -> int:
    """How many rows the table's viewport shows whole, without scrolling."""
    model, height = table.model(), table.viewport().height()
    shown = [table.visualRect(model.index(row, 0)) for row in range(model.rowCount())]
    return sum(1 for rect in shown if rect.top() >= 0 and rect.bottom() < height)


def test_a_hall_pc_shows_a_readable_chart_and_ten_half_hours(qtbot, history_db, open_page, language):
    """1366×768, maximised: the page gets about 1366×690. The week of 2027-W09 also shows the calendar
    warning, which takes height of its own."""
    page = open_page(history_db, date(2027, 3, 3))
    page.resize(1366, 690)
    qtbot.wait(100)
    assert page.ui.calendarFrame.isVisible()
    for widget in (
        page.ui.pointCombo,
        page.ui.nextWeekButton,
        page.ui.weekLabel,
        page.ui.calendarButton,
        page.ui.recomputeButton,
        page.ui.shrinkageSpin,
        page.ui.calendarBannerButton,
        page.ui.peakLabel,
        page.ui.tabs,
    ):
        assert within_page(page, widget), widget.objectName()

    # The chart: tall enough to read, and every label of both value axes a number (Qt draws "…" for a
    # label it has no room for).
    assert page.ui.tabs.currentWidget() is page.ui.chartTab and within_page(page, page.chart)
    assert page.chart.chart().plotArea().height() >= 200
    assert within_page(page, page.ui.handlingTable)
    labels = page.chart.value_axis_labels()
    assert len(labels["right"]) >= 4 and len(labels["left"]) >= 4, labels
    assert all(text.isdigit() for text in labels["left"] + labels["right"]), labels

    page.ui.tabs.setCurrentWidget(page.ui.intervalsTab)
    qtbot.wait(50)
    assert full_rows(page.ui.intervalsTable) >= 10
    page.ui.tabs.setCurrentWidget(page.ui.daysTab)
    qtbot.wait(50)
    assert full_rows(page.ui.daysTable) == 7


def test_the_windows_axis_keeps_numbers_on_a_short_chart(qtbot, history_db, open_page):
    result = open_page(history_db).result
    chart = StaffingChart()
    qtbot.addWidget(chart)
    chart.set_plan(result.plan, result.days)
    chart.show()
    needed = max(i.windows_hi for i in result.plan.intervals)
    for height in (260, 300, 420, 700):
        chart.resize(900, height)
        qtbot.wait(50)
        labels = chart.value_axis_labels()["right"]
        assert labels and all(text.isdigit() for text in labels), (height, labels)
        assert max(int(text) for text in labels) > needed  # the axis ends on a label above the steps
    assert len(labels) > 10  # a tall chart labels every window or every other


def test_english_dates_name_the_month(qtbot, history_db, open_page, qapp):
    i18n.install(qapp, "en")
    try:
        page = open_page(history_db)
        assert page.ui.weekLabel.text().startswith(WEEK) and "Jun 30" in page.ui.weekLabel.text()
        assert column(page.intervals_model, 0)[0] == "Mon Jun 30"
        assert column(page.days_model, 0)[:2] == ["Mon Jun 30", "Tue Jul 1"]
        assert page.chart.day_labels[0] == "Mon Jun 30"
        peak = page.result.plan.peak.start
        assert f"{peak:%b} {peak.day}" in page.ui.peakLabel.text()
        for text in (page.ui.weekLabel.text(), page.ui.peakLabel.text(), *page.chart.day_labels):
            assert "/" not in text and "月" not in text, text

        holidays = shown(qtbot, page, lambda: page.ui.weekDate.setDate(QDate(2025, 10, 6)))
        assert holidays.request.week == "2025-W41"
        assert page.chart.day_labels[0].startswith("Oct 6–8")
        assert page.chart.day_labels[-1].startswith("Sat Oct 11")
    finally:
        i18n.install(qapp, "zh_CN")


def test_windows_needed_beyond_the_points_are_shown_as_a_shortfall(qtbot, history_db, open_page):
    from sqlalchemy import select

    from taxdesk.core.db.models import Window

    page = open_page(history_db)
    assert not page.shortfall_label.isVisible()  # twelve windows are enough for this week
    names = [s.name() for s in page.chart.chart().series()]
    assert "本点窗口 12 个" in names and "窗口不足" not in names
    page.stop()

    with history_db.transaction() as session:  # a two-window hall
        hall = session.scalar(select(ServicePoint.id).where(ServicePoint.code == "HALL"))
        session.execute(update(Window).where(Window.point_id == hall, Window.number > 2).values(active=False))
    page = open_page(history_db)
    plan = page.result.plan
    worst = plan.worst_shortfall
    assert plan.windows_available == 2 and worst is not None
    text = page.shortfall_label.text()
    assert page.shortfall_label.isVisible()
    assert text.startswith(f"窗口不足：本周 {len(plan.short)} 个半小时需同时开放的窗口超过本点的 2 个")
    assert f"最多缺 {worst.shortfall} 个" in text
    assert "预约号源" in text and "延长办理时间" in text and "乡镇服务点" in text  # what can be done
    peak = plan.peak
    if peak.shortfall:
        assert f"需 {peak.windows} 个窗口，本点只有 2 个" in page.ui.peakLabel.text()
    names = [s.name() for s in page.chart.chart().series()]
    assert "本点窗口 2 个" in names and "窗口不足" in names
    x = next(s.start + k for s in page.chart.laid for k, i in enumerate(s.intervals) if i is worst)
    assert f"本点只有 2 个窗口：缺 {worst.shortfall} 个" in page.chart.describe(x + 0.5)
