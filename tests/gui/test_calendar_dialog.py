"""The tax calendar dialog (税务日历) as a supervisor uses it: the official filing deadlines, a month edited,
refused or restored, a holiday notice imported for a year the package does not know, bad files refused by
row — and never a frozen window while the database works."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import func, select

from taxdesk.core import calendar
from taxdesk.core.db import Database
from taxdesk.core.db.models import CalendarDay, FilingDeadline
from taxdesk.core.roles import Actor
from taxdesk.gui import i18n
from taxdesk.gui.staffing import calendar_models
from taxdesk.gui.staffing.calendar_dialog import CalendarDialog

EDITOR = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who edits the calendar

WAIT_MS = 10000
OFFICIAL_2026 = [20, 24, 16, 20, 22, 15, 15, 17, 15, 26, 16, 15]
NOTICE_2027 = (
    "date,kind,name\n"
    "2027-01-01,holiday,元旦\n"
    "2027-01-02,holiday,元旦\n"
    "2027-01-03,holiday,元旦\n"
    "2027-02-07,workday,春节调休\n"
)


@pytest.fixture
def db(sqlite_url):
    database = Database(sqlite_url)
    yield database
    database.dispose()


def settle(qtbot, dialog: CalendarDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)


def open_dialog(qtbot, db, runner, year: int) -> CalendarDialog:
    dialog = CalendarDialog(db, runner, actor=EDITOR)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_year(year)
    qtbot.waitUntil(lambda: dialog.overview is not None and dialog.overview.year == year, timeout=WAIT_MS)
    settle(qtbot, dialog)
    return dialog


def cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


def months_column(dialog: CalendarDialog, column: int) -> list[str]:
    return [cell(dialog.months_model, row, column) for row in range(dialog.months_model.rowCount())]


def periods(dialog: CalendarDialog) -> list[tuple[str, ...]]:
    model = dialog.periods_model
    return [
        tuple(cell(model, row, column) for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def count(db: Database, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "CSV"))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# ------------------------------------------------------------------------------------------ deadlines


def test_2026_shows_the_shipped_official_deadlines(qtbot, db, runner, tmp_path):
    dialog = open_dialog(qtbot, db, runner, 2026)
    assert months_column(dialog, 0)[:2] == ["1 月", "2 月"]
    assert months_column(dialog, 1) == [f"2026-{m:02d}-{d:02d}" for m, d in enumerate(OFFICIAL_2026, start=1)]
    assert months_column(dialog, 2)[:3] == ["星期二", "星期二", "星期一"]  # 20 Jan, 24 Feb, 16 Mar 2026
    assert months_column(dialog, 3)[0] == "1–20 日，共 20 天"
    assert months_column(dialog, 4)[0] == "13 天"
    assert set(months_column(dialog, 5)) == {"国家税务总局公布"}
    assert not dialog.ui.warningLabel.isVisible() and not dialog.ui.ruleHint.isVisible()
    assert "chinesecalendar" in dialog.ui.coverageLabel.text()
    assert not dialog.ui.restoreButton.isEnabled()  # nothing of the database's to restore
    dialog.ui.tabs.setCurrentIndex(1)
    spring = next(row for row in periods(dialog) if row[1] == "春节" and row[0] == "放假")
    assert spring == (
        "放假",
        "春节",
        "2月15日（星期日） 至 2月23日（星期一）",
        "9 天",
        "内置（chinesecalendar）",
    )
    dialog.grab().save(str(tmp_path / "calendar_2026_holidays.png"))


def test_editing_a_month_writes_it_and_shows_the_database_source(qtbot, db, runner):
    dialog = open_dialog(qtbot, db, runner, 2026)
    changes = []
    dialog.changed.connect(lambda: changes.append(True))
    dialog.select_month(1)
    click(qtbot, dialog.ui.editButton)
    assert dialog.ui.editFrame.isVisible()
    assert dialog.ui.editLabel.text() == "2026 年 1 月申报截止日："
    assert dialog.edit_date() == date(2026, 1, 20) and dialog.ui.editWeekday.text() == "星期二"
    dialog.ui.deadlineEdit.setDate(QDate(2026, 1, 21))
    assert dialog.ui.editWeekday.text() == "星期三"
    click(qtbot, dialog.ui.saveButton)
    settle(qtbot, dialog)

    assert not dialog.ui.editFrame.isVisible()
    assert dialog.ui.statusLabel.text() == "已将 2026 年 1 月的申报截止日改为 2026-01-21（星期三）。"
    assert months_column(dialog, 1)[0] == "2026-01-21"
    assert months_column(dialog, 5)[:2] == ["本局导入或修改", "国家税务总局公布"]
    assert dialog.months_model.data(dialog.months_model.index(0, 5), Qt.ItemDataRole.FontRole).bold()
    cal = calendar.for_database(db)
    assert (cal.filing_deadline(2026, 1), cal.deadline_source(2026, 1)) == (date(2026, 1, 21), "imported")
    assert changes == [True]
    assert dialog.selected_month().month == 1 and dialog.ui.restoreButton.isEnabled()


def test_a_double_click_opens_the_editor_and_esc_closes_only_the_editor(qtbot, db, runner):
    dialog = open_dialog(qtbot, db, runner, 2026)
    table = dialog.ui.deadlinesTable
    index = dialog.months_model.index(9, 1)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.ui.editFrame.isVisible() and dialog.editing_month == 10
    assert dialog.edit_date() == date(2026, 10, 26)
    qtbot.keyClick(dialog.ui.deadlineEdit, Qt.Key.Key_Escape)
    assert not dialog.ui.editFrame.isVisible() and dialog.isVisible()


@pytest.mark.parametrize(
    ("day", "sentence"),
    [
        (QDate(2026, 1, 17), "2026-01-17 不是工作日，不能作为申报截止日。（未保存）"),  # a Saturday
        (QDate(2026, 1, 14), "申报期限 2026-01-14 早于当月 15 日。（未保存）"),
    ],
)
def test_an_invalid_deadline_is_refused_inline_and_nothing_changes(qtbot, db, runner, day, sentence):
    dialog = open_dialog(qtbot, db, runner, 2026)
    dialog.select_month(1)
    click(qtbot, dialog.ui.editButton)
    dialog.ui.deadlineEdit.setDate(day)
    click(qtbot, dialog.ui.saveButton)
    settle(qtbot, dialog)
    assert dialog.ui.editFrame.isVisible() and dialog.ui.editError.isVisible()
    assert dialog.ui.editError.text() == sentence
    assert count(db, FilingDeadline) == 0
    assert months_column(dialog, 1)[0] == "2026-01-20" and months_column(dialog, 5)[0] == "国家税务总局公布"
    assert dialog.ui.statusLabel.text() == ""
    # A good date after the refusal saves, and the editor closes.
    dialog.ui.deadlineEdit.setDate(QDate(2026, 1, 22))
    click(qtbot, dialog.ui.saveButton)
    settle(qtbot, dialog)
    assert not dialog.ui.editFrame.isVisible() and months_column(dialog, 1)[0] == "2026-01-22"


def test_restoring_the_default_removes_the_database_entry(qtbot, db, runner):
    calendar.set_filing_deadline(db, 2026, 1, date(2026, 1, 21), actor=EDITOR)
    calendar.set_filing_deadline(db, 2026, 2, date(2026, 2, 25), actor=EDITOR)
    dialog = open_dialog(qtbot, db, runner, 2026)
    dialog.select_month(2)
    assert months_column(dialog, 5)[1] == "本局导入或修改"
    click(qtbot, dialog.ui.restoreButton)
    settle(qtbot, dialog)
    assert dialog.ui.statusLabel.text() == "已恢复 2026 年 2 月的默认征期。"
    assert months_column(dialog, 1)[:2] == ["2026-01-21", "2026-02-24"]
    assert months_column(dialog, 5)[:2] == ["本局导入或修改", "国家税务总局公布"]
    assert not dialog.ui.restoreButton.isEnabled()  # February is the official table again
    assert count(db, FilingDeadline) == 1
    assert calendar.for_database(db).filing_deadline(2026, 2) == date(2026, 2, 24)


def test_importing_a_deadline_table_and_a_bad_one(qtbot, db, runner, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, db, runner, 2027)
    assert set(months_column(dialog, 5)) == {"按规则推算"} and dialog.ui.ruleHint.isVisible()
    bad = tmp_path / "bad.csv"
    bad.write_text("year,month,date\n2027,1,2027-01-18\n2027,3,2027-03-13\n", encoding="utf-8")
    choose_file(monkeypatch, bad)
    click(qtbot, dialog.ui.importDeadlinesButton)
    settle(qtbot, dialog)
    assert dialog.ui.statusLabel.text() == (
        "第 3 行「date」列：申报期限 2027-03-13 早于当月 15 日。（未导入任何内容）"
    )
    assert count(db, FilingDeadline) == 0

    good = tmp_path / "deadlines.csv"
    good.write_text("year,month,date\n2027,1,2027-01-18\n2027,3,2027-03-16\n", encoding="utf-8")
    choose_file(monkeypatch, good)
    click(qtbot, dialog.ui.importDeadlinesButton)
    settle(qtbot, dialog)
    assert dialog.ui.statusLabel.text() == "已导入 2 个月的申报征期（2027 年）。"
    assert months_column(dialog, 1)[:3] == ["2027-01-18", "2027-02-15", "2027-03-16"]
    assert months_column(dialog, 5)[:3] == ["本局导入或修改", "按规则推算", "本局导入或修改"]


# ------------------------------------------------------------------------------------------ holidays


def test_importing_a_2027_notice_clears_the_warning_and_lists_the_holidays(
    qtbot, db, runner, tmp_path, monkeypatch
):
    dialog = open_dialog(qtbot, db, runner, 2027)
    dialog.ui.tabs.setCurrentIndex(1)
    assert dialog.ui.warningLabel.isVisible()
    assert "请导入国务院办公厅节假日安排通知" in dialog.ui.warningLabel.text()
    assert "2027 年" in dialog.ui.warningLabel.text()
    assert periods(dialog) == [] and not dialog.ui.clearYearButton.isEnabled()
    assert months_column(dialog, 1)[0] == "2027-01-15"
    dialog.grab().save(str(tmp_path / "calendar_2027_before.png"))

    notice = tmp_path / "notice.csv"
    notice.write_text(NOTICE_2027, encoding="utf-8")
    choose_file(monkeypatch, notice)
    click(qtbot, dialog.ui.importNoticeButton)
    settle(qtbot, dialog)

    assert dialog.ui.statusLabel.text() == "已导入 4 天（2027 年）。"
    assert not dialog.ui.warningLabel.isVisible()
    assert dialog.ui.coverageLabel.text() == "节假日和调休：本局导入的国务院办公厅通知（4 天）。"
    assert periods(dialog) == [
        ("放假", "元旦", "1月1日（星期五） 至 1月3日（星期日）", "3 天", "本局导入的通知"),
        ("调休上班", "春节调休", "2月7日（星期日）", "1 天", "本局导入的通知"),
    ]
    assert months_column(dialog, 1)[0] == "2027-01-20"  # the rule now knows the New Year holiday
    assert dialog.ui.clearYearButton.isEnabled() and dialog.ui.clearYearButton.text() == "清除 2027 年导入"
    assert calendar.for_database(db).holiday_name(date(2027, 1, 1)) == "元旦"
    dialog.grab().save(str(tmp_path / "calendar_2027_after.png"))


def test_a_notice_for_another_year_shows_that_year(qtbot, db, runner, tmp_path):
    dialog = open_dialog(qtbot, db, runner, 2026)
    notice = tmp_path / "notice.csv"
    notice.write_text(NOTICE_2027, encoding="utf-8")
    dialog.import_notice(notice)
    qtbot.waitUntil(lambda: dialog.overview.year == 2027, timeout=WAIT_MS)
    settle(qtbot, dialog)
    assert dialog.year() == 2027 and len(periods(dialog)) == 2
    assert dialog.ui.statusLabel.text() == "已导入 4 天（2027 年）。"


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "date,kind,name\n2027-10-01,holiday,国庆节\n2027-10-02,rest,国庆节\n",
            "第 3 行「kind」列：类型「rest」不对：应为 holiday（放假）或 workday（调休上班）。"
            "（未导入任何内容）",
        ),
        (
            "date,kind,name\n2027-10-01,holiday,国庆节\n2027-10-32,holiday,国庆节\n",
            "第 3 行「date」列：「2027-10-32」不是日期：请写成 年-月-日（如 2027-01-01）。（未导入任何内容）",
        ),
        ("day,kind\n2027-10-01,holiday\n", "第 1 行：列名应为 date,kind,name。（未导入任何内容）"),
    ],
)
def test_a_bad_notice_is_refused_with_its_row(qtbot, db, runner, tmp_path, text, sentence):
    dialog = open_dialog(qtbot, db, runner, 2027)
    bad = tmp_path / "bad.csv"
    bad.write_text(text, encoding="utf-8")
    dialog.import_notice(bad)
    settle(qtbot, dialog)
    assert dialog.ui.statusLabel.text() == sentence
    assert dialog.ui.statusLabel.property("state") == "error"
    assert count(db, CalendarDay) == 0
    assert dialog.ui.warningLabel.isVisible() and periods(dialog) == []
    assert dialog.ui.importNoticeButton.isEnabled()


def test_removing_imported_days_one_period_or_the_whole_year(qtbot, db, runner, tmp_path, monkeypatch):
    notice = tmp_path / "notice.csv"
    notice.write_text(NOTICE_2027, encoding="utf-8")
    calendar.import_notice(db, notice, actor=EDITOR)
    dialog = open_dialog(qtbot, db, runner, 2027)
    dialog.ui.tabs.setCurrentIndex(1)
    asked = []

    def answer(_parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not dialog.ui.removeDaysButton.isEnabled()  # nothing selected
    dialog.ui.holidaysTable.selectRow(0)
    click(qtbot, dialog.ui.removeDaysButton)
    settle(qtbot, dialog)
    assert "1月1日（星期五） 至 1月3日（星期日）" in asked[0] and "3 天" in asked[0]
    assert dialog.ui.statusLabel.text() == "已移除 3 天本局导入的日期。"
    assert [row[1] for row in periods(dialog)] == ["春节调休"]
    assert count(db, CalendarDay) == 1

    click(qtbot, dialog.ui.clearYearButton)
    settle(qtbot, dialog)
    assert "2027" in asked[1]
    assert periods(dialog) == [] and dialog.ui.warningLabel.isVisible()
    assert count(db, CalendarDay) == 0 and not calendar.for_database(db).is_covered(2027)


def test_declining_the_confirmation_removes_nothing(qtbot, db, runner, tmp_path, monkeypatch):
    notice = tmp_path / "notice.csv"
    notice.write_text(NOTICE_2027, encoding="utf-8")
    calendar.import_notice(db, notice, actor=EDITOR)
    dialog = open_dialog(qtbot, db, runner, 2027)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No)
    dialog.ui.tabs.setCurrentIndex(1)
    click(qtbot, dialog.ui.clearYearButton)
    settle(qtbot, dialog)
    assert count(db, CalendarDay) == 4 and len(periods(dialog)) == 2


def test_a_package_year_does_not_offer_to_remove_its_days(qtbot, db, runner):
    dialog = open_dialog(qtbot, db, runner, 2026)
    dialog.ui.tabs.setCurrentIndex(1)
    dialog.ui.holidaysTable.selectRow(0)
    assert not dialog.ui.removeDaysButton.isEnabled() and not dialog.ui.clearYearButton.isEnabled()


# ------------------------------------------------------------------------------------------ month grid


def test_the_month_grid_marks_holidays_make_up_days_and_deadlines(qtbot, db, runner):
    dialog = open_dialog(qtbot, db, runner, 2026)
    grid = dialog.ui.monthCalendar

    def look(day: QDate):
        text_format = grid.dateTextFormat(day)
        return text_format.background().color(), text_format.foreground().color(), text_format.fontWeight()

    assert look(QDate(2026, 2, 16))[:2] == (calendar_models.HOLIDAY_BACKGROUND, calendar_models.HOLIDAY_RED)
    assert look(QDate(2026, 2, 14))[:2] == (calendar_models.MAKEUP_BACKGROUND, calendar_models.MAKEUP_BROWN)
    assert look(QDate(2026, 2, 24))[2] == QFont.Weight.Bold  # February's deadline
    assert look(QDate(2026, 3, 7))[1] == calendar_models.REST_GREY  # an ordinary Saturday
    assert grid.dateTextFormat(QDate(2026, 3, 9)).foreground().style() == Qt.BrushStyle.NoBrush  # a Monday
    grid.setSelectedDate(QDate(2026, 2, 16))
    assert dialog.ui.dayLabel.text() == "2026-02-16（星期一）\n春节放假；征期截止 2月24日"
    assert (
        dialog.describe_day(date(2026, 2, 28))
        == "2026-02-28（星期六）\n调休上班（春节）；本月征期已过（2月24日 截止）"
    )
    dialog.select_month(10)
    assert grid.selectedDate() == QDate(2026, 10, 26)
    assert dialog.ui.dayLabel.text() == "2026-10-26（星期一）\n工作日；本月征期最后一天"


# ------------------------------------------------------------------------------------------ never blocking


def test_the_dialog_never_waits_for_the_database(qtbot, db, runner, monkeypatch):
    release = threading.Event()
    real_overview, real_set = calendar.year_overview, calendar.set_filing_deadline

    def held_overview(database, year):
        release.wait(10)
        return real_overview(database, year)

    def held_set(*args, **kwargs):
        release.wait(10)
        return real_set(*args, **kwargs)

    monkeypatch.setattr(calendar, "year_overview", held_overview)
    monkeypatch.setattr(calendar, "set_filing_deadline", held_set)
    dialog = CalendarDialog(db, runner, actor=EDITOR)  # returns at once: the read waits on the worker
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.busy and dialog.months_model.rowCount() == 0
    qtbot.wait(50)  # the event loop runs meanwhile
    release.set()
    settle(qtbot, dialog)
    dialog.set_year(2026)
    settle(qtbot, dialog)
    assert dialog.months_model.rowCount() == 12

    release.clear()
    dialog.select_month(1)
    dialog.edit_selected()
    dialog.ui.deadlineEdit.setDate(QDate(2026, 1, 21))
    dialog.save_deadline()
    assert dialog.busy  # saving is under way, on the worker
    assert not dialog.ui.saveButton.isEnabled() and not dialog.ui.importNoticeButton.isEnabled()
    dialog.save_deadline()  # a second press while the first is out does nothing
    release.set()
    settle(qtbot, dialog)
    assert months_column(dialog, 1)[0] == "2026-01-21" and count(db, FilingDeadline) == 1
    assert dialog.ui.saveButton.isEnabled()


def test_a_dialog_closed_while_reading_ignores_the_late_answer(qtbot, db, runner, monkeypatch):
    release = threading.Event()
    real_overview = calendar.year_overview
    monkeypatch.setattr(calendar, "year_overview", lambda *args: release.wait(10) and real_overview(*args))
    dialog = CalendarDialog(db, runner, actor=EDITOR)
    qtbot.addWidget(dialog)
    dialog.show()
    pending = dialog
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not _alive(pending), timeout=WAIT_MS)
    release.set()
    runner.wait()
    qtbot.wait(50)  # the answer arrives for a dialog that is gone: no error


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_open_and_exec_both_work(qtbot, db, runner):
    from PySide6.QtCore import QTimer

    dialog = CalendarDialog(db, runner, actor=EDITOR)
    qtbot.addWidget(dialog)
    dialog.open()
    settle(qtbot, dialog)
    assert dialog.isVisible() and dialog.months_model.rowCount() == 12
    click(qtbot, dialog.ui.closeButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected

    modal = CalendarDialog(db, runner, actor=EDITOR)
    qtbot.addWidget(modal)
    loads = []
    modal.loaded.connect(loads.append)
    modal.loaded.connect(lambda _year: modal.reject())  # closes it once the year is on screen
    QTimer.singleShot(WAIT_MS, modal.reject)  # never hang the test run
    assert modal.exec() == QDialog.DialogCode.Rejected
    assert len(loads) == 1  # the read came back inside exec()'s own event loop


def test_choosing_another_month_closes_the_editor(qtbot, db, runner):
    dialog = open_dialog(qtbot, db, runner, 2026)
    dialog.select_month(3)
    dialog.edit_selected()
    assert dialog.editing_month == 3 and dialog.ui.editFrame.isVisible()
    dialog.select_month(4)
    assert dialog.editing_month is None and not dialog.ui.editFrame.isVisible()


# ------------------------------------------------------------------------------ a hall PC, both languages


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_dialog_fits_a_hall_pc_with_the_warning_and_the_editor(qtbot, db, runner, qapp, language):
    """On 1366×768 a dialog has about 1366×690 under its title bar, the warning and the editor shown."""
    i18n.install(qapp, language)
    try:
        dialog = open_dialog(qtbot, db, runner, 2027)
        dialog.select_month(2)
        dialog.edit_selected()
        qtbot.wait(50)
        assert dialog.ui.warningLabel.isVisible() and dialog.ui.editFrame.isVisible()
        assert dialog.width() <= 1366 and dialog.height() <= 690
        needed = dialog.minimumSizeHint()
        assert needed.width() <= 1366 and needed.height() <= 690
        for button in (dialog.ui.saveButton, dialog.ui.importDeadlinesButton, dialog.ui.closeButton):
            top_left = button.mapTo(dialog, QPoint(0, 0))
            assert dialog.rect().contains(QRect(top_left, button.size())), button.objectName()
    finally:
        i18n.install(qapp, "zh_CN")


def test_english_dates_name_the_month(qtbot, db, runner, qapp):
    i18n.install(qapp, "en")
    try:
        dialog = open_dialog(qtbot, db, runner, 2026)
        assert dialog.describe_day(date(2026, 2, 10)).endswith("Feb 24")  # the filing deadline, in words
        spring = next(p for p in dialog.overview.periods if p.name == "春节" and p.kind == "holiday")
        assert calendar_models.period_dates_text(spring) == "Feb 15 (Sunday) to Feb 23 (Monday)"
        for row in range(dialog.periods_model.rowCount()):
            assert "/" not in cell(dialog.periods_model, row, 2)
    finally:
        i18n.install(qapp, "zh_CN")
