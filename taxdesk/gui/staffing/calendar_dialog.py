"""The tax calendar dialog (税务日历) for supervisors: a year's monthly filing deadlines (征期), its
holidays and make-up workdays (节假日与调休), and a month grid that marks them.

Everything comes from :func:`taxdesk.core.calendar.year_overview` and every change goes through the core
(:func:`~taxdesk.core.calendar.set_filing_deadline`, :func:`~taxdesk.core.calendar.clear_filing_deadline`,
:func:`~taxdesk.core.calendar.import_deadlines`, :func:`~taxdesk.core.calendar.import_notice`,
:func:`~taxdesk.core.calendar.clear_day_overrides`), which checks it and drops this process's cached
calendar; all of it runs on the desk's background runner, and the results come back on the GUI thread. A
year that neither the chinesecalendar package nor an imported notice covers is shown with a warning: plain
weekends, and the filing deadlines computed by the legal rule. A refused edit is shown inline and changes
nothing; a refused file is one sentence naming its row (第 N 行), and nothing of it is written.

GUI thread only; it works shown with ``exec()`` or ``open()``.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget
from shiboken6 import isValid

from taxdesk.core import calendar, clock
from taxdesk.core.calendar import CalendarImport, FilingMonth, SpecialPeriod, YearOverview
from taxdesk.core.db import Database
from taxdesk.core.roles import Actor
from taxdesk.gui.forms.ui_calendar_dialog import Ui_CalendarDialog
from taxdesk.gui.messages import describe_error, describe_import_error
from taxdesk.gui.staffing import calendar_models as words
from taxdesk.gui.staffing.calendar_models import FilingMonthsModel, SpecialPeriodsModel
from taxdesk.gui.tasks import TaskRunner

FOLDER_SETTING = "calendar/folder"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarDialog(QDialog):
    """A year's filing deadlines and holidays: look, edit a month, restore it, import the official files."""

    loaded = Signal(int)  # the year now on screen
    changed = Signal()  # this dialog changed the database's calendar (a deadline, notice days)

    def __init__(
        self, db: Database, runner: TaskRunner, parent: QWidget | None = None, *, actor: Actor | None
    ):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.actor = actor  # who edits: the person signed in (the core refuses a role that may not)
        self.ui = Ui_CalendarDialog()
        self.ui.setupUi(self)  # its look: resources/theme/staffing.qss
        self.overview: YearOverview | None = None
        self.months_model = FilingMonthsModel(self)
        self.periods_model = SpecialPeriodsModel(self)
        self.editing_month: int | None = None
        self._generation = 0  # only the latest load is shown
        self._pending = 0  # this dialog's jobs not yet back
        self._writing = False
        ui = self.ui
        for table, model in ((ui.deadlinesTable, self.months_model), (ui.holidaysTable, self.periods_model)):
            table.setModel(model)
            table.verticalHeader().hide()
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            table.selectionModel().selectionChanged.connect(self._selection_changed)
        for widget in (ui.monthCalendar, ui.deadlineEdit.calendarWidget()):
            widget.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            widget.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        ui.editFrame.hide()
        ui.ruleHint.hide()
        ui.warningLabel.hide()
        ui.legendLabel.setText(self._legend())
        ui.legendLabel.setTextFormat(Qt.TextFormat.RichText)

        ui.yearSpin.setValue(min(max(clock.now().year, ui.yearSpin.minimum()), ui.yearSpin.maximum()))
        ui.yearSpin.valueChanged.connect(self._year_changed)
        ui.deadlinesTable.doubleClicked.connect(lambda _index: self.edit_selected())
        ui.editButton.clicked.connect(lambda: self.edit_selected())
        ui.saveButton.clicked.connect(lambda: self.save_deadline())
        ui.cancelEditButton.clicked.connect(lambda: self.cancel_edit())
        ui.deadlineEdit.dateChanged.connect(self._edit_date_changed)
        ui.restoreButton.clicked.connect(lambda: self.restore_default())
        ui.importDeadlinesButton.clicked.connect(lambda: self.import_deadlines())
        ui.importNoticeButton.clicked.connect(lambda: self.import_notice())
        ui.removeDaysButton.clicked.connect(lambda: self.remove_selected_days())
        ui.clearYearButton.clicked.connect(lambda: self.clear_year())
        ui.monthCalendar.selectionChanged.connect(self._describe_day)
        self._update_buttons()
        self.load()

    @classmethod
    def open_for(
        cls, db: Database, runner: TaskRunner, parent: QWidget, on_changed, *, actor: Actor | None
    ) -> CalendarDialog:
        """Open the dialog (window-modal, deleted on close) for ``actor`` to edit; ``on_changed()`` once it
        closes if it changed the calendar (so a staffing week is computed again)."""
        dialog = cls(db, runner, parent, actor=actor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        edited = []
        dialog.changed.connect(lambda: edited.append(True))
        dialog.finished.connect(lambda _code: on_changed() if edited else None)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------------------------------ state

    @property
    def busy(self) -> bool:
        """Whether a read or write of this dialog is still on the runner."""
        return self._pending > 0

    def year(self) -> int:
        return self.ui.yearSpin.value()

    def set_year(self, year: int) -> None:
        """Show ``year`` (read in the background; :attr:`loaded` says when it is on screen)."""
        self.ui.yearSpin.setValue(year)

    def _run(self, fn, on_done, on_error) -> None:
        """``fn`` on the runner; the callbacks on the GUI thread, and only while this dialog still exists
        (an opener may delete it while a job is out)."""
        self._pending += 1

        def done(result) -> None:
            self._pending -= 1
            if isValid(self):
                on_done(result)

        def failed(exc: Exception) -> None:
            self._pending -= 1
            if isValid(self):
                on_error(exc)

        self.runner.run(fn, done, failed)

    def _show_status(self, text: str, state: str = "") -> None:
        label = self.ui.statusLabel
        label.setText(text)
        label.setProperty("state", state)
        label.style().unpolish(label)
        label.style().polish(label)

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        self._update_buttons()

    # ------------------------------------------------------------------------------------------ loading

    def load(self) -> None:
        """Read the shown year's calendar in the background and show it."""
        self._generation += 1
        generation, year, db = self._generation, self.year(), self.db
        self._run(
            lambda: calendar.year_overview(db, year),
            lambda overview: self._on_loaded(generation, overview),
            self._on_load_failed,
        )

    def _year_changed(self, _year: int) -> None:
        self.cancel_edit()
        self.load()

    def _on_loaded(self, generation: int, overview: YearOverview) -> None:
        if generation != self._generation:
            return  # another year (or a fresher read) was asked for since
        ui = self.ui
        month, period = self.selected_month(), self.selected_period()
        first_load = self.overview is None or self.overview.year != overview.year
        self.overview = overview
        self.months_model.set_rows(list(overview.months))
        self.periods_model.set_rows(list(overview.periods))
        if month is not None and not first_load:
            ui.deadlinesTable.selectRow(self.months_model.row_of(month.month))
        if period is not None and not first_load and (row := self.periods_model.row_of(period.first)) >= 0:
            ui.holidaysTable.selectRow(row)
        year = overview.year
        if overview.covered:
            ui.warningLabel.hide()
        else:
            ui.warningLabel.setText(
                self.tr(
                    "{year} 年的节假日安排尚未导入：暂按周六、周日休息，周一至周五上班计算，法定节假日和调休都未计入，"
                    "征期按规则推算。请导入国务院办公厅节假日安排通知（「节假日与调休」页的「导入放假通知…」）。"
                ).format(year=year)
            )
            ui.warningLabel.show()
        ui.coverageLabel.setText(self._coverage_text(overview))
        ui.ruleHint.setVisible(any(m.source == "rule" for m in overview.months))
        ui.clearYearButton.setText(self.tr("清除 {year} 年导入").format(year=year))
        self._format_calendars(overview)
        if first_load:
            today = clock.now().date()
            ui.monthCalendar.setSelectedDate(_qdate(today if today.year == year else date(year, 1, 1)))
        self._describe_day()
        self._update_buttons()
        self.loaded.emit(year)

    def _on_load_failed(self, exc: Exception) -> None:
        self._show_status(describe_error(exc), "error")

    def _coverage_text(self, overview: YearOverview) -> str:
        if overview.package_covers and overview.notice_days:
            return self.tr(
                "节假日和调休：内置的国务院办公厅通知（chinesecalendar），其中 {days} 天按本局导入的通知。"
            ).format(days=overview.notice_days)
        if overview.package_covers:
            return self.tr("节假日和调休：内置的国务院办公厅通知（chinesecalendar）。")
        if overview.covered:
            return self.tr("节假日和调休：本局导入的国务院办公厅通知（{days} 天）。").format(
                days=overview.notice_days
            )
        return ""

    # ------------------------------------------------------------------------------------------ selection

    def selected_month(self) -> FilingMonth | None:
        rows = self.ui.deadlinesTable.selectionModel().selectedRows()
        return self.months_model.row(rows[0].row()) if rows else None

    def selected_period(self) -> SpecialPeriod | None:
        rows = self.ui.holidaysTable.selectionModel().selectedRows()
        return self.periods_model.row(rows[0].row()) if rows else None

    def select_month(self, month: int) -> None:
        row = self.months_model.row_of(month)
        if row >= 0:
            self.ui.deadlinesTable.selectRow(row)

    def _selection_changed(self) -> None:
        sender = self.sender()
        month = self.selected_month()
        if self.editing_month is not None and (month is None or month.month != self.editing_month):
            self.cancel_edit()  # the editor belongs to the month that was selected
        if sender is self.ui.deadlinesTable.selectionModel() and month is not None:
            self.ui.monthCalendar.setSelectedDate(_qdate(month.deadline))
        elif sender is self.ui.holidaysTable.selectionModel() and (period := self.selected_period()):
            self.ui.monthCalendar.setSelectedDate(_qdate(period.first))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, idle = self.ui, not self._writing
        month, period = self.selected_month(), self.selected_period()
        ui.editButton.setEnabled(idle and month is not None)
        ui.restoreButton.setEnabled(idle and month is not None and month.source == "imported")
        ui.saveButton.setEnabled(idle)
        ui.importDeadlinesButton.setEnabled(idle)
        ui.importNoticeButton.setEnabled(idle)
        ui.removeDaysButton.setEnabled(idle and period is not None and period.source == "notice")
        ui.clearYearButton.setEnabled(idle and self.overview is not None and self.overview.notice_days > 0)

    # ------------------------------------------------------------------------------------------ month grid

    def _legend(self) -> str:
        def swatch(background: str, colour: str, text: str, bold: bool = False) -> str:
            weight = "font-weight:bold;" if bold else ""
            return f'<span style="background:{background};color:{colour};{weight}">&nbsp;{text}&nbsp;</span>'

        return "&nbsp;&nbsp; ".join(
            (
                swatch(words.HOLIDAY_BACKGROUND.name(), words.HOLIDAY_RED.name(), "1")
                + " "
                + self.tr("放假"),
                swatch(words.MAKEUP_BACKGROUND.name(), words.MAKEUP_BROWN.name(), "4")
                + " "
                + self.tr("调休上班"),
                swatch(words.DEADLINE_BACKGROUND.name(), words.DEADLINE_BLUE.name(), "20", bold=True)
                + " "
                + self.tr("征期截止日"),
                swatch("transparent", words.REST_GREY.name(), "10") + " " + self.tr("周末休息"),
            )
        )

    def _format_calendars(self, overview: YearOverview) -> None:
        """Colour the year's days in the month grid and in the deadline editor's pop-up calendar."""
        plain = QTextCharFormat()
        formats: dict[date, QTextCharFormat] = {}
        for day in overview.rest_days:
            rest = QTextCharFormat()
            rest.setForeground(QBrush(words.REST_GREY))
            formats[day] = rest
        for period in overview.periods:
            colour, background = (
                (words.HOLIDAY_RED, words.HOLIDAY_BACKGROUND)
                if period.kind == "holiday"
                else (words.MAKEUP_BROWN, words.MAKEUP_BACKGROUND)
            )
            for offset in range(period.days):
                day = date.fromordinal(period.first.toordinal() + offset)
                if (day in overview.rest_days) != (period.kind == "holiday"):
                    continue  # a notice day that changes nothing (a weekday confirmed as a workday)
                special = QTextCharFormat()
                special.setForeground(QBrush(colour))
                special.setBackground(QBrush(background))
                formats[day] = special
        for month in overview.months:
            deadline = QTextCharFormat(formats.get(month.deadline, plain))
            deadline.setForeground(QBrush(words.DEADLINE_BLUE))
            deadline.setBackground(QBrush(words.DEADLINE_BACKGROUND))
            deadline.setFontWeight(QFont.Weight.Bold)
            deadline.setFontUnderline(True)
            formats[month.deadline] = deadline
        year = overview.year
        for widget in (self.ui.monthCalendar, self.ui.deadlineEdit.calendarWidget()):
            widget.setDateTextFormat(QDate(), plain)  # forget the last year's marks
            for weekday in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
                widget.setWeekdayTextFormat(weekday, plain)  # rest days are marked per date instead
            for day, text_format in formats.items():
                widget.setDateTextFormat(_qdate(day), text_format)
        self.ui.monthCalendar.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))

    def describe_day(self, day: date) -> str:
        """One line about ``day`` of the shown year: workday or not, holiday, the month's deadline."""
        overview = self.overview
        if overview is None or day.year != overview.year:
            return ""
        period = next((p for p in overview.periods if p.first <= day <= p.last), None)
        if day in overview.rest_days:
            if period is not None and period.kind == "holiday":
                state = self.tr("{name}放假").format(name=period.name or "")
            else:
                state = self.tr("休息日")
        elif period is not None and period.kind == "workday" and day.weekday() >= 5:
            state = self.tr("调休上班（{name}）").format(name=period.name or "—")
        else:
            state = self.tr("工作日")
        deadline = overview.months[day.month - 1].deadline
        if day == deadline:
            filing = self.tr("本月征期最后一天")
        elif day < deadline:
            filing = self.tr("征期截止 {day}").format(day=words.month_day_text(deadline))
        else:
            filing = self.tr("本月征期已过（{day} 截止）").format(day=words.month_day_text(deadline))
        return self.tr("{date}\n{state}；{filing}").format(
            date=words.day_text(day), state=state, filing=filing
        )

    def _describe_day(self) -> None:
        selected = self.ui.monthCalendar.selectedDate()
        day = date(selected.year(), selected.month(), selected.day())
        self.ui.dayLabel.setText(self.describe_day(day))

    # ------------------------------------------------------------------------------------------ deadlines

    def edit_selected(self) -> None:
        """Open the inline editor for the selected month's deadline."""
        month = self.selected_month()
        if month is None or self._writing:
            return
        ui = self.ui
        self.editing_month = month.month
        days_in_month = monthrange(month.year, month.month)[1]
        ui.deadlineEdit.setDateRange(
            QDate(month.year, month.month, 1), QDate(month.year, month.month, days_in_month)
        )
        ui.deadlineEdit.setDate(_qdate(month.deadline))
        ui.editLabel.setText(
            self.tr("{year} 年 {month} 月申报截止日：").format(year=month.year, month=month.month)
        )
        self._edit_date_changed()
        ui.editError.clear()
        ui.editError.hide()
        ui.editFrame.show()
        ui.saveButton.setDefault(True)
        ui.deadlineEdit.setFocus()

    def edit_date(self) -> date:
        value = self.ui.deadlineEdit.date()
        return date(value.year(), value.month(), value.day())

    def _edit_date_changed(self, *_args) -> None:
        self.ui.editWeekday.setText(words.weekday_text(self.edit_date()))

    def cancel_edit(self) -> None:
        self.editing_month = None
        self.ui.saveButton.setDefault(False)
        self.ui.editFrame.hide()

    def save_deadline(self) -> None:
        """Write the edited deadline through the core, which checks it; a refusal stays in the editor."""
        if self.editing_month is None or self._writing:
            return
        year, month, day, db = self.year(), self.editing_month, self.edit_date(), self.db
        self._set_writing(True)
        self._run(
            lambda: calendar.set_filing_deadline(db, year, month, day, actor=self.actor),
            lambda stored: self._on_deadline_saved(year, month, stored),
            self._on_deadline_refused,
        )

    def _on_deadline_saved(self, year: int, month: int, stored: date) -> None:
        self._set_writing(False)
        self.cancel_edit()
        self._show_status(
            self.tr("已将 {year} 年 {month} 月的申报截止日改为 {day}。").format(
                year=year, month=month, day=words.day_text(stored)
            ),
            "done",
        )
        self.changed.emit()
        self.load()

    def _on_deadline_refused(self, exc: Exception) -> None:
        self._set_writing(False)
        self.ui.editError.setText(describe_error(exc) + self.tr("（未保存）"))
        self.ui.editError.show()

    def restore_default(self) -> None:
        """Drop the database's deadline of the selected month: the official table or the rule again."""
        month = self.selected_month()
        if month is None or month.source != "imported" or self._writing:
            return
        year, number, db = month.year, month.month, self.db
        self._set_writing(True)
        self._run(
            lambda: calendar.clear_filing_deadline(db, year, number, actor=self.actor),
            lambda _removed: self._after_change(
                self.tr("已恢复 {year} 年 {month} 月的默认征期。").format(year=year, month=number)
            ),
            self._on_write_failed,
        )

    def import_deadlines(self, path: str | Path | None = None) -> None:
        """Import official deadlines (CSV year,month,date; asks for the file when no path is given)."""
        self._import(
            path,
            lambda db, file: calendar.import_deadlines(db, file, actor=self.actor),
            self.tr("选择征期表文件"),
            False,
        )

    # ------------------------------------------------------------------------------------------ holidays

    def import_notice(self, path: str | Path | None = None) -> None:
        """Import a State Council holiday notice (CSV date,kind,name; asks when no path is given)."""
        self._import(
            path,
            lambda db, file: calendar.import_notice(db, file, actor=self.actor),
            self.tr("选择放假通知文件"),
            True,
        )

    def remove_selected_days(self, confirm: bool = True) -> None:
        """Remove the selected imported days: the package (or plain weekends) applies to them again."""
        period = self.selected_period()
        if period is None or period.source != "notice" or self._writing:
            return
        if confirm and not self._confirm(
            self.tr("移除导入的日期"),
            self.tr(
                "移除本局导入的 {dates}（{kind}，{days} 天）？这些日期将恢复为内置数据或按周末计算。"
            ).format(
                dates=words.period_dates_text(period), kind=words.day_kind_text(period.kind), days=period.days
            ),
        ):
            return
        self._clear_days(period.first, period.last)

    def clear_year(self, confirm: bool = True) -> None:
        """Remove every imported notice day of the shown year."""
        overview = self.overview
        if overview is None or not overview.notice_days or self._writing:
            return
        year = overview.year
        if confirm and not self._confirm(
            self.tr("清除导入的通知"),
            self.tr("清除 {year} 年本局导入的全部 {days} 天？这一年将恢复为内置数据或按周末计算。").format(
                year=year, days=overview.notice_days
            ),
        ):
            return
        self._clear_days(date(year, 1, 1), date(year, 12, 31))

    def _clear_days(self, first: date, last: date) -> None:
        db = self.db
        self._set_writing(True)
        self._run(
            lambda: calendar.clear_day_overrides(db, first, last, actor=self.actor),
            lambda removed: self._after_change(
                self.tr("已移除 {count} 天本局导入的日期。").format(count=removed)
            ),
            self._on_write_failed,
        )

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------------------------------------ files

    def _import(self, path, load, title: str, notice: bool) -> None:
        if self._writing:
            return
        if path is None:
            path = self._ask_path(title)
            if not path:
                return
        db = self.db
        self._set_writing(True)
        self._show_status(self.tr("正在导入 {file} …").format(file=Path(path).name))
        self._run(
            lambda: load(db, path),
            lambda result: self._on_imported(result, notice),
            self._on_import_failed,
        )

    def _ask_path(self, title: str) -> str:
        store = QSettings()
        folder = str(
            store.value(FOLDER_SETTING, "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        path, _chosen = QFileDialog.getOpenFileName(self, title, folder, self.tr("CSV 文件 (*.csv)"))
        if path:
            store.setValue(FOLDER_SETTING, str(Path(path).parent))
        return path

    def _on_imported(self, result: CalendarImport, notice: bool) -> None:
        years = "、".join(str(year) for year in result.years)
        if not result.rows:
            text = self.tr("文件中没有数据，没有导入任何内容。")
        elif notice:
            text = self.tr("已导入 {count} 天（{years} 年）。").format(count=result.rows, years=years)
        else:
            text = self.tr("已导入 {count} 个月的申报征期（{years} 年）。").format(
                count=result.rows, years=years
            )
        if result.years and self.year() not in result.years:
            self._set_writing(False)
            self._show_status(text, "done")
            self.changed.emit()
            self.set_year(result.years[0])  # show what was imported (loads it)
            return
        self._after_change(text)

    def _on_import_failed(self, exc: Exception) -> None:
        self._set_writing(False)
        self._show_status(self.describe_import_error(exc), "error")

    def describe_import_error(self, exc: Exception) -> str:
        """One sentence: the row (and column) first, what is wrong, and that nothing was imported."""
        return describe_import_error(exc) + self.tr("（未导入任何内容）")

    # ------------------------------------------------------------------------------------------ after writes

    def _after_change(self, text: str) -> None:
        self._set_writing(False)
        self._show_status(text, "done")
        self.changed.emit()
        self.load()

    def _on_write_failed(self, exc: Exception) -> None:
        self._set_writing(False)
        self._show_status(describe_error(exc), "error")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Esc while editing a deadline closes the editor, not the dialog.
        if event.key() == Qt.Key.Key_Escape and self.editing_month is not None:
            self.cancel_edit()
            event.accept()
            return
        super().keyPressEvent(event)
