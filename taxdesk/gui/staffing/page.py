"""The staffing page (潮汐窗口): how many windows each half-hour of a week needs at a point, from the
arrivals forecast and the learnt handling times through Erlang C.

The supervisor picks the point, the week and the service targets (defaults from the settings); the plan
(:func:`taxdesk.core.plan.staffing_plan`, a second or two, more with the backtest) runs in a
:class:`~taxdesk.gui.tasks.ProgressTask` with a progress bar and 取消. Changing anything while it runs
cancels that run and starts again (spin boxes after a short pause): the last request wins, and a result
that no longer matches what is asked for is never shown. 取消 puts the controls back to the result on
screen, so what is shown always matches them. Too little history or a point without opening hours is
shown inline, with what to do (the import for the one); a week in a year the holiday calendar does not
know gets a warning with the way to the tax calendar.

The targets on the page are for trying things out and are never saved: the settings' targets are shared
with the tidal-window advisor and every desk on the database, so changing them is not a side effect of a
look at a week. While the page's targets differ from the settings' 恢复默认 shows beside them, and the
summary says that the plan shown was computed for targets being tried out (and for which).
The chart is :mod:`taxdesk.gui.staffing.chart`, the tables :mod:`taxdesk.gui.staffing.models`. They are
tabs of their own (图表 with the handling times beside it, 每半小时明细, 按日汇总) below the controls, so
that a 1366×768 hall PC shows a chart tall enough to read and a dozen half-hours without scrolling.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QMessageBox, QTableView, QWidget

from taxdesk.core import clock, network
from taxdesk.core.calendar import DayInfo
from taxdesk.core.db import Database
from taxdesk.core.errors import TaxDeskError
from taxdesk.core.forecast import ForecastCancelled, parse_week, week_of
from taxdesk.core.network import CategoryInfo, PointInfo
from taxdesk.core.plan import Plan, Targets, save_targets, staffing_plan, targets_from_settings, week_days
from taxdesk.gui import theme
from taxdesk.gui.forms.ui_staffing_page import Ui_StaffingPage
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page, PageContext
from taxdesk.gui.staffing.chart import StaffingChart
from taxdesk.gui.staffing.models import (
    DEADLINE,
    FILING,
    KIND_COLOURS,
    KIND_NAMES,
    MAKEUP,
    REST,
    DaysModel,
    HandlingModel,
    IntervalsModel,
    backtest_text,
    backtest_tip,
    calendar_warning,
    history_text,
    level_text,
    level_tip,
    no_plan_hint,
    peak_text,
    shortfall_text,
    targets_text,
    trial_targets_text,
    uncovered_years,
    week_text,
)
from taxdesk.gui.tasks import ProgressTask
from taxdesk.gui.widgets.point_picker import fill_point_combo

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300  # spin boxes: wait for the typing to stop before starting again


@dataclass(frozen=True)
class Request:
    """What the page asks the core for."""

    point: str
    week: str
    targets: Targets
    backtest: bool


@dataclass(frozen=True)
class WeekResult:
    """One run: the week's days, the categories' names, and the plan or the reason there is none."""

    request: Request
    days: list[DayInfo]
    categories: dict[str, CategoryInfo]
    plan: Plan | None
    error: TaxDeskError | None
    computed_at: datetime = field(default_factory=clock.now)


def compute(db: Database, request: Request, progress, cancelled) -> WeekResult:
    """The week's calendar and plan. Worker thread (a :class:`ProgressTask`); raises
    :class:`ForecastCancelled` when cancelled, returns a refusal of the plan (too little history …) with
    the calendar, so the page can still show the week."""
    days = week_days(db, request.week)
    with db.session() as session:
        categories = {c.code: c for c in network.list_categories(session)}
    targets = request.targets
    try:
        plan = staffing_plan(
            db,
            request.point,
            request.week,
            target_sl=targets.target_sl,
            target_wait_min=targets.target_wait_min,
            max_occupancy=targets.max_occupancy,
            shrinkage=targets.shrinkage,
            backtest=request.backtest,
            progress=progress,
            cancel=cancelled,
        )
    except ForecastCancelled:
        raise
    except TaxDeskError as exc:
        return WeekResult(request, days, categories, None, exc)
    return WeekResult(request, days, categories, plan, None)


def next_week_monday(today: date) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(days=7)


class StaffingPage(Page):
    """Windows needed per half-hour of a week at a point: chart, tables, targets, calendar warnings."""

    result_shown = Signal(object)  # the WeekResult now on screen

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
    ):
        super().__init__(context, parent)
        self.ui = Ui_StaffingPage()
        self.ui.setupUi(self)  # its look: resources/theme/staffing.qss
        self.result: WeekResult | None = None  # the last result shown (kept to go back to after 取消)
        self.default_targets: Targets | None = None  # the settings' targets, as the spin boxes hold them
        self._on_screen = False  # ``result`` is what the page shows (not cleared for another week)
        # Every start gets a number; a run whose number is not the wanted one's is superseded.
        self._generation = 0
        self._wanted: Request | None = None  # what the screen should show; None after 取消
        self._wanted_generation = 0
        self._running_generation: int | None = None
        self._ready = False  # the points and the settings' targets are in (False again once stopped)
        self._days_tab_forced = False  # shown for lack of a plan, not chosen

        self.chart = StaffingChart(self)
        self.ui.chartHostLayout.addWidget(self.chart)
        self.intervals_model = IntervalsModel(self)
        self.days_model = DaysModel(self)
        self.handling_model = HandlingModel(self)
        self._table(self.ui.intervalsTable, self.intervals_model)
        self._table(self.ui.daysTable, self.days_model)
        self._table(self.ui.handlingTable, self.handling_model, stretch=0)
        # Long category names (English) wrap rather than being cut off in the narrow handling box.
        rows = self.ui.handlingTable.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(28)
        self.ui.handlingBox.setFixedWidth(360)
        # The reason in bold, then what to do about it in plain weight.
        self.ui.errorLabel.setTextFormat(Qt.TextFormat.RichText)
        self.ui.intervalsTable.horizontalHeader().setMinimumHeight(48)
        # Windows needed beyond the point's: said as such, with what can be done (under the summary).
        self.shortfall_label = QLabel(self.ui.summaryFrame)
        self.shortfall_label.setObjectName("shortfallLabel")
        self.shortfall_label.setWordWrap(True)
        self.shortfall_label.hide()
        self.ui.summaryLayout.addWidget(self.shortfall_label, 2, 0, 1, 2)
        self.legend = QLabel(self)
        self.legend.setObjectName("legendLabel")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setText(self._legend_html())
        self.ui.tabs.setCornerWidget(self.legend, Qt.Corner.TopRightCorner)
        # The categories whose level changed lately (the forecast follows them): a line of its own under
        # the summary, shown only when there is one.
        self.level_label = QLabel(self.ui.summaryFrame)
        self.level_label.setObjectName("levelLabel")
        self.level_label.setWordWrap(True)
        self.ui.summaryLayout.addWidget(self.level_label, 2, 0, 1, 2)
        self.level_label.hide()

        self.task = ProgressTask(self)
        # Tracked: a run that ends after the page stopped reaches nothing on it.
        self.track(self.task.progressed, self._on_progress)
        self.track(self.task.finished, self._on_finished)
        self.track(self.task.failed, self._on_failed)
        self._debounce = self.every(DEBOUNCE_MS, self._start)
        self._debounce.setSingleShot(True)

        monday = next_week_monday(clock.now().date())
        self.ui.weekDate.setDate(QDate(monday.year, monday.month, monday.day))
        self._show_week_label()
        for hidden in (
            self.ui.calendarFrame,
            self.ui.errorFrame,
            self.ui.resetTargetsButton,
            self.ui.saveTargetsButton,
            self.ui.targetsNote,
        ):
            hidden.hide()
        self._set_running(False)

        self.ui.pointCombo.currentIndexChanged.connect(lambda _i: self.schedule())
        self.ui.weekDate.dateChanged.connect(self._on_week_changed)
        self.ui.prevWeekButton.clicked.connect(lambda: self.move_week(-1))
        self.ui.nextWeekButton.clicked.connect(lambda: self.move_week(1))
        for spin in (self.ui.slSpin, self.ui.waitSpin, self.ui.occupancySpin, self.ui.shrinkageSpin):
            spin.valueChanged.connect(self._on_targets_changed)
        self.ui.resetTargetsButton.clicked.connect(self.reset_targets)
        self.ui.saveTargetsButton.clicked.connect(self.save_targets)
        self.ui.backtestCheck.toggled.connect(lambda _on: self.schedule())
        self.ui.recomputeButton.clicked.connect(self.recompute)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.importButton.clicked.connect(self.open_history_import)
        self.ui.errorImportButton.clicked.connect(self.open_history_import)
        self.ui.calendarButton.clicked.connect(self.open_calendar)
        self.ui.calendarBannerButton.clicked.connect(self.open_calendar)

    def _table(self, table: QTableView, model, stretch: int | None = None) -> None:
        table.setModel(model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(28)
        table.setAlternatingRowColors(False)

    def _legend_html(self) -> str:
        swatches = []
        for kind in (FILING, DEADLINE, MAKEUP, REST):
            colour = KIND_COLOURS[kind].name()
            name = QCoreApplication.translate("StaffingModels", KIND_NAMES[kind])
            edge = theme.hex_colour("line_strong")
            swatches.append(
                f'<span style="background:{colour}; border:1px solid {edge}">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
                f"&nbsp;{name}"
            )
        return "&nbsp;&nbsp;&nbsp;".join(swatches) + "&nbsp;&nbsp;"

    # ------------------------------------------------------------------------------------------ loading

    def load(self) -> None:
        """Read the points and the settings' targets, then compute the default week."""
        db = self.db
        self.ui.statusLabel.setText(self.tr("正在读取…"))
        self.op(lambda: (network.points(db), targets_from_settings(db))).success(self._on_loaded).failure(
            self._on_load_failed
        ).run()

    def _on_loaded(self, loaded: tuple[list[PointInfo], Targets]) -> None:
        points, targets = loaded
        fill_point_combo(self.ui.pointCombo, points, self.point_code)
        self.set_targets(targets)
        self.default_targets = self.request().targets  # as the spin boxes hold them (rounded, in range)
        self._update_targets_note()
        self._ready = True
        self.recompute()

    def _on_load_failed(self, exc: Exception) -> None:
        self._show_error(exc)
        self.ui.statusLabel.setText("")

    def set_targets(self, targets: Targets) -> None:
        """Put ``targets`` in the spin boxes (without starting a run)."""
        values = (
            (self.ui.slSpin, round(targets.target_sl * 100)),
            (self.ui.waitSpin, targets.target_wait_min),
            (self.ui.occupancySpin, round(targets.max_occupancy * 100)),
            (self.ui.shrinkageSpin, round(targets.shrinkage * 100)),
        )
        for spin, value in values:
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._update_targets_note()

    def reset_targets(self) -> None:
        """恢复默认: the settings' targets again (and the plan for them)."""
        if self.default_targets is not None:
            self.set_targets(self.default_targets)
            self.schedule()

    def save_targets(self) -> None:
        """设为默认…: after a confirmation, the page's targets become the installation's (every point's plan
        and the tidal-window advisor use them)."""
        targets = self.request().targets
        answer = QMessageBox.question(
            self,
            self.tr("设为默认服务目标"),
            self.tr(
                "把服务目标设为全局默认？\n{targets}\n所有服务点的潮汐窗口测算和值班长的潮汐窗口建议都将按此计算。"
            ).format(targets=targets_text(targets)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ui.saveTargetsButton.setEnabled(False)
        db, actor = self.db, self.actor
        self.op(lambda: save_targets(db, targets, actor=actor)).success(self._on_targets_saved).failure(
            self._on_targets_refused
        ).run()

    def _on_targets_saved(self, saved: Targets) -> None:
        self.ui.saveTargetsButton.setEnabled(True)
        self.default_targets = self.request().targets if self.request().targets == saved else saved
        self._update_targets_note()
        text = self.tr("已设为默认服务目标：{targets}").format(targets=targets_text(saved))
        self.ui.statusLabel.setText(text)
        self.say(text)

    def _on_targets_refused(self, exc: Exception) -> None:
        self.ui.saveTargetsButton.setEnabled(True)
        QMessageBox.warning(self, self.tr("未能保存服务目标"), describe_error(exc))

    def _on_targets_changed(self, _value) -> None:
        self._update_targets_note()
        self.schedule(DEBOUNCE_MS)

    def _update_targets_note(self) -> None:
        """恢复默认 while the controls' targets are not the settings'; the summary's note while the plan on
        screen was computed for other targets than the settings'."""
        defaults = self.default_targets
        differs = defaults is not None and self.request().targets != defaults
        self.ui.resetTargetsButton.setVisible(differs)
        self.ui.saveTargetsButton.setVisible(differs)
        shown = self.result.request.targets if self.result is not None and self._on_screen else None
        trying = defaults is not None and shown is not None and shown != defaults
        self.ui.targetsNote.setVisible(trying)
        if trying:
            self.ui.targetsNote.setText(trial_targets_text(shown))

    # ------------------------------------------------------------------------------------------ asking

    @property
    def week(self) -> str:
        chosen = self.ui.weekDate.date()
        return week_of(date(chosen.year(), chosen.month(), chosen.day()))

    def request(self) -> Request:
        """What the controls ask for now."""
        return Request(
            point=self.ui.pointCombo.currentData() or self.point_code,
            week=self.week,
            targets=Targets(
                self.ui.slSpin.value() / 100,
                self.ui.waitSpin.value(),
                self.ui.occupancySpin.value() / 100,
                self.ui.shrinkageSpin.value() / 100,
            ),
            backtest=self.ui.backtestCheck.isChecked(),
        )

    def move_week(self, weeks: int) -> None:
        self.ui.weekDate.setDate(self.ui.weekDate.date().addDays(7 * weeks))

    def _on_week_changed(self, _date: QDate) -> None:
        self._show_week_label()
        self.schedule()

    def _show_week_label(self) -> None:
        chosen = self.ui.weekDate.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        monday = day - timedelta(days=day.weekday())
        self.ui.weekLabel.setText(week_text(week_of(day), monday, monday + timedelta(days=6)))

    def schedule(self, delay_ms: int = 0) -> None:
        """Compute again after ``delay_ms`` (restarted by every further change) if the controls then ask
        for something other than what is shown or being computed."""
        if self._ready:
            self._debounce.start(delay_ms)

    def recompute(self) -> None:
        """Compute what the controls ask for now, even if it is what is shown (the history or the calendar
        may have changed); a run under way is cancelled and started again."""
        self._debounce.stop()
        self._start(force=True)

    def _start(self, force: bool = False) -> None:
        if not self._ready:
            return
        request = self.request()
        if not force:
            if self.task.running:
                current = self._wanted
            else:
                current = self.result.request if self._on_screen and self.result is not None else None
            if request == current:  # another day of the same week, a value typed and put back …
                return
        self._generation += 1
        self._wanted, self._wanted_generation = request, self._generation
        self._set_running(True)
        shown = self.result.request if self._on_screen and self.result is not None else None
        if shown is not None and (shown.point, shown.week) != (request.point, request.week):
            self._clear()  # another week or point: never show the last one's numbers under its title
        if self.task.running:
            self.task.cancel()  # when it has stopped, _on_failed / _on_finished start the wanted run
            return
        self._launch()

    def _launch(self) -> None:
        request = self._wanted
        self._running_generation = self._wanted_generation
        self.ui.progressBar.setRange(0, 0)  # busy until the core has counted its stages
        self.ui.statusLabel.setText(self.tr("正在计算…"))
        db = self.db
        self.task.start(lambda progress, cancelled: compute(db, request, progress, cancelled))

    def cancel(self) -> None:
        """取消: stop the run; nothing it computed is shown, and the controls go back to what is shown."""
        self._debounce.stop()
        if self.task.running:
            self._wanted = None
            self.task.cancel()
            self.ui.cancelButton.setEnabled(False)
            self.ui.statusLabel.setText(self.tr("正在取消…"))
        elif self.result is not None and self._on_screen:
            self._revert_controls(self.result.request)  # a change still waiting for its pause

    def _revert_controls(self, request: Request) -> None:
        """Put the controls back to ``request`` without starting a run."""
        combo = self.ui.pointCombo
        widgets = (combo, self.ui.weekDate, self.ui.backtestCheck)
        for widget in widgets:
            widget.blockSignals(True)
        index = combo.findData(request.point)
        if index >= 0:
            combo.setCurrentIndex(index)
        if self.week != request.week:
            monday = parse_week(request.week)
            self.ui.weekDate.setDate(QDate(monday.year, monday.month, monday.day))
        self.ui.backtestCheck.setChecked(request.backtest)
        for widget in widgets:
            widget.blockSignals(False)
        self.set_targets(request.targets)
        self._show_week_label()

    # ------------------------------------------------------------------------------------------ results

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.ui.progressBar.setRange(0, total)
            self.ui.progressBar.setValue(min(done, total))

    def _finished_run(self) -> bool:
        """Whether the run that just ended is the one to report on; if another is wanted, starts it."""
        ran, self._running_generation = self._running_generation, None
        if self._wanted is not None and ran != self._wanted_generation:
            self._launch()
            return False
        return True

    def _on_finished(self, result: WeekResult) -> None:
        if not self._finished_run():
            return
        self._set_running(False)
        if self._wanted is None:  # cancelled, but it finished first: still not shown
            self._show_cancelled()
            return
        self._show(result)
        self._show_computed(result)

    def _on_failed(self, exc: Exception) -> None:
        if not self._finished_run():
            return
        self._set_running(False)
        if isinstance(exc, ForecastCancelled) or self._wanted is None:
            self._show_cancelled()
            return
        log.warning("staffing plan failed: %s\n%s", exc, getattr(exc, "__traceback_text__", ""))
        self._clear()
        self._show_error(exc)
        self.ui.statusLabel.setText("")

    def _show_cancelled(self) -> None:
        """After 取消: back to the last result (controls and all) if there is one."""
        self._wanted = None
        last = self.result
        if last is not None:
            self._revert_controls(last.request)
            if not self._on_screen:
                self._show(last)
        if last is not None and last.plan is not None:
            text = self.tr("已取消：仍显示 {time} 算好的结果。").format(time=f"{last.computed_at:%H:%M:%S}")
        else:
            text = describe_error(ForecastCancelled("cancelled", key="forecast_cancelled"))
        self.ui.statusLabel.setText(text)

    def _show_computed(self, result: WeekResult) -> None:
        self.ui.statusLabel.setText(
            self.tr("已于 {time} 算好").format(time=f"{result.computed_at:%H:%M:%S}")
            if result.plan is not None
            else ""
        )

    def _show(self, result: WeekResult) -> None:
        self.result = result
        self._on_screen = True
        plan, days = result.plan, result.days
        uncovered = uncovered_years(days)
        if uncovered:
            self.ui.calendarBanner.setText(calendar_warning(uncovered))
        self.ui.calendarFrame.setVisible(bool(uncovered))
        if result.error is not None:
            self._show_error(result.error)
        else:
            self.ui.errorFrame.hide()
        self.chart.set_plan(plan, days)
        self.ui.chartArea.setVisible(plan is not None)  # nothing to draw: the days' calendar is below
        no_intervals = plan is None or not plan.intervals
        if no_intervals and self.ui.tabs.currentWidget() is not self.ui.daysTab:
            self.ui.tabs.setCurrentWidget(self.ui.daysTab)
            self._days_tab_forced = True
        elif not no_intervals and self._days_tab_forced:
            self.ui.tabs.setCurrentWidget(self.ui.chartTab)
            self._days_tab_forced = False
        self.ui.tabs.setTabVisible(self.ui.tabs.indexOf(self.ui.chartTab), plan is not None)
        self.intervals_model.set_plan(plan, days, result.categories)
        self.days_model.set_days(days, plan)
        self.handling_model.set_handling(plan.handling if plan else {}, result.categories)
        self._show_summary(plan)
        self._update_targets_note()
        self.result_shown.emit(result)

    def _show_summary(self, plan: Plan | None) -> None:
        self.ui.summaryFrame.setVisible(plan is not None)
        if plan is None:
            return
        self.ui.peakLabel.setText(peak_text(plan))
        short = shortfall_text(plan)
        self.shortfall_label.setText(short)
        self.shortfall_label.setVisible(bool(short))
        self.ui.historyLabel.setText(history_text(plan.forecast))
        text, muted = backtest_text(plan.forecast.backtest)
        self.ui.backtestLabel.setText(text)
        self.ui.backtestLabel.setToolTip(backtest_tip(plan.forecast.backtest))
        theme.set_tone(self.ui.backtestLabel, "muted" if muted else "")
        categories = self.result.categories if self.result is not None else {}
        changed = level_text(plan.forecast, categories)
        self.level_label.setText(changed)
        self.level_label.setToolTip(level_tip(plan.forecast, categories))
        self.level_label.setVisible(bool(changed))

    def _show_error(self, exc: Exception) -> None:
        """Why there is no plan, in one sentence, and what to do about it."""
        key = getattr(exc, "key", None)
        hint = no_plan_hint(key)
        text = html.escape(describe_error(exc))
        if hint:
            text += f'<br><span style="font-weight: normal">{html.escape(hint)}</span>'
        self.ui.errorLabel.setText(text)
        self.ui.errorImportButton.setVisible(key == "forecast_history")
        self.ui.errorFrame.show()

    def _clear(self) -> None:
        """Nothing on screen (``result`` is kept, to go back to after 取消)."""
        self._on_screen = False
        self.chart.clear()
        self.intervals_model.set_plan(None, [], {})
        self.days_model.set_days([], None)
        self.handling_model.set_handling({}, {})
        self.ui.summaryFrame.hide()
        self.ui.errorFrame.hide()
        self.ui.calendarFrame.hide()

    def _set_running(self, running: bool) -> None:
        # Room for "已于 … 算好" beside 重新计算; while running the progress bar and 取消 need it, and the
        # status is short (正在计算…), so the bar fits a 1280-pixel screen either way. Hiding before
        # showing keeps the bar from asking for both sets of widths at once (the window would grow).
        self.ui.statusLabel.setMinimumWidth(80 if running else 150)
        busy = (self.ui.progressBar, self.ui.cancelButton)
        idle = (self.ui.recomputeButton,)
        for widget in idle if running else busy:
            widget.hide()
        for widget in busy if running else idle:
            widget.show()
        self.ui.cancelButton.setEnabled(running)

    # ------------------------------------------------------------------------------------------ dialogs

    def open_history_import(self) -> QDialog:
        """导入历史记录…: the import dialog (returned); after an import the week is computed again."""
        from taxdesk.gui.staffing.history_import import HistoryImportDialog

        return HistoryImportDialog.open_for(self.db, self, lambda _result: self.recompute(), actor=self.actor)

    def open_calendar(self) -> QDialog:
        """税务日历… (returned), at the first year the holiday calendar does not know if the week is in
        one; when it closes having changed the calendar, the week is computed again."""
        from taxdesk.gui.staffing.calendar_dialog import CalendarDialog

        dialog = CalendarDialog.open_for(self.db, self.runner, self, self.recompute, actor=self.actor)
        uncovered = uncovered_years(self.result.days) if self._on_screen else []
        if uncovered:
            dialog.set_year(uncovered[0])
        return dialog

    def stopping(self) -> None:
        """Cancel a run and wait briefly for the worker to let go (the base has stopped the pause timer and
        disconnected the run's signals); nothing starts another."""
        self._ready = False
        self._wanted = None
        if self.task.running:
            self.task.cancel()
            self.task.wait(5000)
