"""The roster page (排班): a point's weekly rotation roster — solve, edit, publish, print.

The supervisor picks the point and the week (next week by default) and acts as whoever is signed in at the
desk (solving, editing and publishing need a supervisor's or administrator's role at the point; without it
the week is shown read-only); the week's newest version is read in the background
(:func:`~taxdesk.gui.roster.solve.read_week`). 求解 solves it in the background
(:class:`~taxdesk.gui.roster.solve.WeekSolver`) with how close to the best it is shown live in plain words
(the solver's figures in the tooltip); 取消 keeps the best roster found (nothing changes when none was). A
solve keeps the locked cells and as much of the week's version as it can; a first solve is stored as the
draft at once, a re-solve first shows what it would change (who, which day, from → to) in a
:class:`~taxdesk.gui.roster.commands.ChangesDialog`, stored only when the supervisor accepts it. When the
rules admit no roster the core's reasons are listed in the panel under the buttons.

Editing is :class:`~taxdesk.gui.roster.editor.RosterEditor`'s (grid, rule breaks, coverage, undo, saving).
A published week is read-only: the first change asks whether to start the next version, which the core
allows supervisors only (its refusal is shown, and the stored week read again); after 发布 nothing is left
to undo. 发布 works on the stored draft; 打印预览, PDF and Excel on the version chosen beside them (the
published one by default, else the draft), after every save queued before them (the runner is serial).

Changing the point or the week drops a solve under way and every late result for the old week: the last
request wins. Every choice gets a number (:attr:`RosterPage.request`), the generation of the week on
screen: the week's read is coalesced (clicking through five weeks reads two, never five in a row), and a
read, a save, a leave, a wish or a publication that comes back for an older number is dropped. The
numbering stays because it guards more than the read: the edits' saves and the publication belong to the
week they were made on. Errors show in the panel, never as a stalled window. GUI thread only.

Laid out for a 1366×768 hall PC (about 1366×690 for the page): two compact rows of controls, the grid with
one line per person (a dozen people or more in view), and under a splitter the coverage chart beside the
hard-rule breaks; dragging the splitter down hides them and shows the whole staff.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from taxdesk.core import clock, network, roles
from taxdesk.core.errors import TaxDeskError
from taxdesk.core.forecast import week_of
from taxdesk.core.plan import Plan
from taxdesk.core.roles import Actor
from taxdesk.core.roster import service, store
from taxdesk.core.roster.service import TIME_LIMIT_S, WeekSolve
from taxdesk.core.roster.sheet import RosterSheet
from taxdesk.gui import i18n, theme
from taxdesk.gui.forms.ui_roster_page import Ui_RosterPage
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page, PageContext
from taxdesk.gui.roster.commands import (
    ChangesDialog,
    ask_export_path,
    confirm_new_version,
    confirm_publish,
    date_edit_format,
)
from taxdesk.gui.roster.editor import RosterEditor
from taxdesk.gui.roster.models import figures_text, progress_text, reason_text, solve_text, version_text
from taxdesk.gui.roster.solve import WeekSolver, WeekView, export_sheet, read_week, sheet_for
from taxdesk.gui.widgets.point_picker import fill_point_combo

log = logging.getLogger(__name__)
REASON_LINES = 5  # reasons shown at once under an error (more scroll)
BOTTOM_HEIGHT = 180  # the chart and the rule breaks under the grid, at first (the grid takes the rest)


def next_week_monday(today: date) -> date:
    return today - timedelta(days=today.weekday()) + timedelta(days=7)


def _version_key(stored):
    """What tells one saved state of a week from another."""
    if stored is None:
        return None
    return (stored.id, stored.version, stored.status, stored.created_at, stored.published_at)


class RosterPage(Page):
    week_shown = Signal(object)  # the WeekView now on screen
    saved = Signal(object)  # the StoredRoster an edit was saved as
    solved = Signal(object)  # a WeekSolve shown
    published = Signal(object)  # the StoredRoster published
    failed = Signal(str)  # a sentence shown in the error panel

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        *,
        time_limit: float = TIME_LIMIT_S,
    ):
        super().__init__(context, parent)
        self.ui = Ui_RosterPage()
        self.ui.setupUi(self)  # the page's object name, RosterPage, scopes resources/theme/roster.qss
        self.view: WeekView | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.changes_dialog: ChangesDialog | None = None  # a re-solve's changes, waiting for an answer
        self._proposal: WeekSolve | None = None
        self.request = 0  # the number of the week asked for last; work for an older one is dropped
        self._ready = False  # the points are in: weeks may be read
        self._new_version_agreed = False
        self._error_after_read: Exception | None = None
        self._wanted: tuple = ()  # (number, point, week, plan) of the week asked for last
        self._last_read = 0  # the number of the last week read (worker thread)
        self._checked: tuple = ()  # (number, point, week) the live feed asks to compare
        self._week_read = self.coalesced(self._read_week, self._on_week, self._on_week_failed)
        self._live_read = self.coalesced(
            self._read_latest,
            self._compare_with,
            lambda exc: log.warning("roster: cannot re-read the week: %s", exc),
        )

        self.editor = RosterEditor(self)
        self.editor.changed.connect(self._update_controls)
        self.editor.saved.connect(self._on_saved)
        self.editor.refused.connect(self._on_refused)
        self.editor.leave_recorded.connect(
            lambda name: self.say(self.tr("已记录 {name} 的休假").format(name=name))
        )
        self.editor.leave_removed.connect(
            lambda name: self.say(self.tr("已取消 {name} 的休假").format(name=name))
        )
        self.editor.wish_recorded.connect(
            lambda name: self.say(self.tr("已登记 {name} 的排班意愿").format(name=name))
        )
        self.editor.wish_removed.connect(
            lambda name: self.say(self.tr("已撤销 {name} 的排班意愿").format(name=name))
        )
        self.solver = WeekSolver(self, time_limit)
        self.solver.progressed.connect(self._on_progress)
        self.solver.finished.connect(self._on_solved)
        self.solver.failed.connect(self._on_solve_failed)
        splitter = self.ui.splitter
        splitter.setStretchFactor(0, 1)  # the grid takes what the window gives
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, True)  # dragged down: the whole staff, without the chart
        splitter.setSizes([max(splitter.height() - BOTTOM_HEIGHT, 1), BOTTOM_HEIGHT])
        self.ui.errorFrame.hide()

        monday = next_week_monday(clock.now().date())
        self.ui.weekDate.setDisplayFormat(date_edit_format())
        self.ui.weekDate.setDate(QDate(monday.year, monday.month, monday.day))
        self._show_week_label()
        self.ui.pointCombo.currentIndexChanged.connect(lambda _i: self.open_week())
        self.ui.weekDate.dateChanged.connect(lambda _d: self._on_week_changed())
        self.ui.prevWeekButton.clicked.connect(lambda: self.move_week(-1))
        self.ui.nextWeekButton.clicked.connect(lambda: self.move_week(1))
        self.ui.solveButton.clicked.connect(self.solve)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.publishButton.clicked.connect(self.publish)
        self.ui.printVersionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ui.printVersionCombo.currentIndexChanged.connect(lambda _i: self._update_controls())
        self.ui.printButton.clicked.connect(self.print_preview)
        self.ui.pdfButton.clicked.connect(lambda: self.export("pdf"))
        self.ui.xlsxButton.clicked.connect(lambda: self.export("xlsx"))
        if self.live is not None:  # the point chosen may be another than the page's: filtered below
            self.track(self.live.changed, self._on_live_changed)
        self._update_controls()

    # ------------------------------------------------------------------------------------------ choosing

    def load(self) -> None:
        """Read the points, then the week."""
        db = self.db
        self.ui.solveLabel.setText(self.tr("正在读取…"))
        self.op(lambda: network.points(db)).success(self._on_loaded).failure(self._show_error).run()

    def _on_loaded(self, points) -> None:
        fill_point_combo(self.ui.pointCombo, points, self.point_code)
        self._ready = True
        self.open_week()

    @property
    def officer(self) -> Actor | None:
        """Who solves, edits and publishes: the signed-in person, when their roles allow it at the chosen
        point (else nobody: the week is read-only here, and the core would refuse anyway)."""
        point = self.ui.pointCombo.currentData() or self.point_code
        return self.actor if self.allows(roles.ROSTER_PUBLISH, point=point) else None

    @property
    def officer_name(self) -> str:
        actor = self.actor
        return actor.name if actor is not None else ""

    @property
    def week(self) -> str:
        return week_of(self.ui.weekDate.date().toPython())

    def move_week(self, weeks: int) -> None:
        self.ui.weekDate.setDate(self.ui.weekDate.date().addDays(7 * weeks))

    def _on_week_changed(self) -> None:
        self._show_week_label()
        if self.view is None or self.view.week != self.week:
            self.open_week()

    def _show_week_label(self) -> None:
        day = self.ui.weekDate.date().toPython()
        monday = day - timedelta(days=day.weekday())
        dates = i18n.date_range(monday, monday + timedelta(days=6))
        self.ui.weekLabel.setText(self.tr("{week}（{dates}）").format(week=week_of(day), dates=dates))

    def open_week(self, plan: Plan | None = None) -> None:
        """Read the chosen week (``plan``: the staffing plan, when known); a solve under way is dropped."""
        if not self._ready:
            return
        point = self.ui.pointCombo.currentData() or self.point_code
        self.request += 1
        self._wanted = (self.request, point, self.week, plan)
        self.solver.drop()
        self._drop_proposal()
        self._new_version_agreed = False
        self.ui.solveLabel.setText(self.tr("正在读取…"))
        self._update_controls()
        self._week_read.request()

    def _read_week(self) -> tuple[int, WeekView] | None:
        """The week asked for last, when the runner gets to it (worker thread); None when that one has been
        read already (every choice came before the first read began)."""
        request, point, week, plan = self._wanted
        if request == self._last_read:
            return None
        self._last_read = request
        try:
            return request, read_week(self.db, point, week, plan)
        except Exception as exc:
            exc.roster_request = request
            raise

    def _on_week_failed(self, exc: Exception) -> None:
        if getattr(exc, "roster_request", self.request) != self.request:
            self._week_read.request()  # another week was chosen meanwhile: read that one
            return
        self._show_error(exc)

    def _on_week(self, read: tuple[int, WeekView] | None) -> None:
        if read is None:
            return
        request, view = read
        if request != self.request:
            return  # another week was chosen meanwhile: its read is queued
        self.view = view
        self.ui.errorFrame.hide()
        self.ui.solveLabel.setText("")
        error, self._error_after_read = view.error or self._error_after_read, None
        self.editor.show_week(view.hall, view.stored)
        if error is not None:
            self._show_error(error)
        self.week_shown.emit(view)

    # ------------------------------------------------------------------------------------------ showing

    def _update_controls(self) -> None:
        view, solving = self.view, self.solver.busy or self._proposal is not None
        ready = view is not None and view.hall is not None and not solving
        stored = view.stored if view is not None else None
        has_officer = bool(self.officer)
        self.editor.set_editable(ready and has_officer)
        self.ui.solveButton.setEnabled(ready and has_officer)
        self.ui.solveButton.setText(self.tr("重新求解") if stored is not None else self.tr("求解"))
        self.ui.solveButton.setToolTip(
            self.tr("按人员规则和潮汐窗口需求求出本周排班；锁定的安排保持不变")
            if has_officer
            else self.tr("求解、修改和发布排班须由值班长或系统管理员登录后进行")
        )
        self.ui.progressBar.setVisible(self.solver.busy)  # not while the changes wait for an answer
        self.ui.cancelButton.setVisible(self.solver.busy)
        stored_ready = ready and stored is not None
        self.ui.publishButton.setEnabled(stored_ready and has_officer and not stored.published)
        self._fill_print_versions(view)
        for button in (self.ui.printButton, self.ui.pdfButton, self.ui.xlsxButton, self.ui.printVersionCombo):
            button.setEnabled(stored_ready)
        label = self.ui.versionLabel
        label.setText(version_text(stored) if view is not None else "")
        theme.set_tone(label, "good" if stored is not None and stored.published else "")

    def _fill_print_versions(self, view: WeekView | None) -> None:
        """The versions to print: the published one (first, the default) and the draft, when there are."""
        stored = view.stored if view is not None else None
        choices = []
        if view is not None and view.published is not None:
            choices.append((self.tr("已发布（第 {version} 版）").format(version=view.published), "published"))
        if stored is not None and not stored.published:
            choices.append((self.tr("草稿（第 {version} 版）").format(version=stored.version), "draft"))
        combo = self.ui.printVersionCombo
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == choices:
            return
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, which in choices:
            combo.addItem(text, which)
        index = combo.findData(kept) if kept is not None else -1
        combo.setCurrentIndex(index if index >= 0 else 0 if choices else -1)
        combo.blockSignals(False)

    @property
    def print_version(self) -> str | None:
        """published | draft (None: the default, published when there is a published version)."""
        return self.ui.printVersionCombo.currentData()

    def _show_error(self, exc: Exception | str, reasons: list[str] = ()) -> None:
        """The error panel: the core's sentence (or ``exc`` itself when it is text) and any reasons."""
        text = describe_error(exc) if isinstance(exc, Exception) else exc
        if isinstance(exc, Exception) and not isinstance(exc, TaxDeskError):
            log.warning("roster page: %s\n%s", exc, getattr(exc, "__traceback_text__", ""))
        self.ui.errorLabel.setText(text)
        listed = self.ui.reasonList
        listed.clear()
        listed.addItems(list(reasons))
        listed.setVisible(bool(reasons))
        # As tall as its reasons (up to five; more scroll): the grid keeps the rest of the page.
        line = listed.fontMetrics().lineSpacing() + 2
        listed.setFixedHeight(min(len(reasons), REASON_LINES) * line + 2 * listed.frameWidth() + 2)
        self.ui.errorFrame.show()
        if self.ui.solveLabel.text() == self.tr("正在读取…"):
            self.ui.solveLabel.setText("")
        self._update_controls()
        self.failed.emit(text)

    # ------------------------------------------------------------------------------------------ changes

    @property
    def revising(self) -> bool:
        """Whether the supervisor agreed to start the next version of the published week on screen."""
        stored = self.view.stored if self.view is not None else None
        return stored is not None and stored.published and self._new_version_agreed

    def may_change(self) -> bool:
        """Whether the week may be changed: a published one asks first (it starts the next version)."""
        stored = self.view.stored if self.view is not None else None
        if stored is None or not stored.published or self._new_version_agreed:
            return True
        self._new_version_agreed = confirm_new_version(self, stored)
        return self._new_version_agreed

    def _on_live_changed(self, point: str) -> None:
        """Another desk may have saved, solved or published this week: read its newest version (after this
        page's own saves, which are queued first on the runner) and show the week again if it differs."""
        view = self.view
        if view is None or self.solver.busy or not self.live.affects(view.point, point):
            return
        self._checked = (self.request, view.point, view.week)
        self._live_read.request()  # a burst of changes: two reads, not one each

    def _read_latest(self):
        """The newest stored version of the week on screen (worker thread)."""
        request, point, week = self._checked
        return request, store.latest(self.db, point, week)

    def _compare_with(self, read) -> None:
        request, latest = read
        if request != self.request or self.view is None or self.solver.busy:
            return
        if _version_key(latest) != _version_key(self.view.stored):
            self.open_week(self.view.plan)
            self.say(self.tr("本周排班已在另一处修改，已重新读取"))

    def _on_saved(self, stored) -> None:
        self.view = replace(self.view, stored=stored)
        if stored.version != self.view.published:
            self._new_version_agreed = False  # the next version is started: its draft is an ordinary one
        self._update_controls()
        self.saved.emit(stored)

    def _on_refused(self, exc: Exception) -> None:
        """A save, a leave or a wish the core refused: the refusal shown over the stored week, read again."""
        self._error_after_read = exc
        self.open_week(self.view.plan if self.view is not None else None)

    # ------------------------------------------------------------------------------------------ solving

    def solve(self) -> None:
        """求解 / 重新求解 (after the saves queued before it), keeping the locked cells."""
        view = self.view
        if view is None or view.hall is None or self.solver.busy or not self.officer:
            return
        if not self.may_change():
            return
        self.ui.errorFrame.hide()
        self.ui.progressBar.setRange(0, 0)  # busy until the first roster is found
        self.ui.cancelButton.setEnabled(True)
        self.ui.solveLabel.setText(self.tr("正在求解…"))
        self.solver.start(view, self.officer)
        self._update_controls()

    def cancel(self) -> None:
        """取消: the best roster found so far is kept (nothing changes if none was)."""
        if self.solver.cancel():
            self.ui.solveLabel.setText(self.tr("已取消，排班未改变"))
            self._update_controls()
        elif self.solver.busy:
            self.ui.cancelButton.setEnabled(False)
            self.ui.solveLabel.setText(self.tr("正在取消…"))

    def _on_progress(self, objective: float, bound: float, seconds: float) -> None:
        self.ui.progressBar.setRange(0, 100)
        self.ui.progressBar.setValue(min(100, round(100 * seconds / self.solver.time_limit)))
        self.ui.solveLabel.setText(progress_text(objective, bound, seconds))
        self.ui.solveLabel.setToolTip(figures_text(objective, bound, seconds))

    def _on_solved(self, result: WeekSolve) -> None:
        """A solve came back (nothing stored yet): a first solve is stored at once; a re-solve that changes
        something asks first (:class:`ChangesDialog`); one that changes nothing leaves the week as it is."""
        solution = result.solution
        self.ui.solveLabel.setToolTip(figures_text(solution.objective, solution.bound, solution.seconds))
        if not solution.roster:
            if solution.explanation:
                reasons = [reason_text(r) for r in solution.explanation]
                self._show_error(self.tr("本周没有满足所有硬性规则的排班，原因如下："), reasons)
            self._solve_done(result)
        elif result.previous is None:
            self._accept(result)
        elif not result.changes:
            self._solve_done(result, self.tr("与当前排班相同，无需改动"))
        else:
            self._proposal = result
            dialog = ChangesDialog(result.week, result.changes, result.previous.version, self)
            dialog.accepted.connect(lambda: self._answer(result, True))
            dialog.rejected.connect(lambda: self._answer(result, False))
            self.changes_dialog = dialog
            self.ui.solveLabel.setText(
                self.tr("{status}：有 {count} 处改变，请确认").format(
                    status=solve_text(solution, False), count=result.changed
                )
            )
            self._update_controls()
            dialog.open()

    def _answer(self, result: WeekSolve, accepted: bool) -> None:
        if result is not self._proposal:
            return  # another week was chosen meanwhile
        self._drop_proposal()
        if accepted:
            self._accept(result)
        else:
            self._solve_done(result, text=self.tr("已放弃求解结果，排班未改变"))

    def _drop_proposal(self) -> None:
        self._proposal = None
        dialog, self.changes_dialog = self.changes_dialog, None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.close()
            dialog.deleteLater()

    def _accept(self, result: WeekSolve) -> None:
        """Store the solve as the week's draft (in the background), then show it as an undoable edit."""
        db, who, request, revise = self.db, self.officer, self.request, self.revising
        self._proposal = result  # the controls stay disabled until it is stored
        self._update_controls()

        def stored(accepted: WeekSolve) -> None:
            if request != self.request:
                return
            self._proposal = None
            hall = replace(accepted.week, problem=replace(accepted.week.problem, locks=()))
            self.view = replace(self.view, hall=hall, stored=accepted.stored)
            if accepted.stored.version != self.view.published:
                self._new_version_agreed = False
            self.editor.solved(hall, accepted.stored)
            extra = (
                self.tr("改动 {count} 处").format(count=accepted.changed)
                if accepted.previous is not None
                else ""
            )
            self._solve_done(accepted, extra)

        def refused(exc: Exception) -> None:
            if request != self.request:
                return
            self._proposal = None
            self.ui.solveLabel.setText("")
            self._show_error(exc)
            self.solved.emit(result)

        self.op(lambda: service.accept(db, result, actor=who, revise=revise)).success(stored).failure(
            refused
        ).run()

    def _solve_done(self, result: WeekSolve, extra: str = "", *, text: str | None = None) -> None:
        """The solve is over: its outcome in words (``text``, else the solve's with ``extra``) and reported."""
        if text is None:
            text = solve_text(result.solution, result.stored is not None)
            text = self.tr("{status}，{extra}").format(status=text, extra=extra) if extra else text
        self.ui.solveLabel.setText(text)
        self._update_controls()
        self.say(self.ui.solveLabel.text())
        self.solved.emit(result)

    def _on_solve_failed(self, exc: Exception) -> None:
        self.ui.solveLabel.setText("")
        self._show_error(exc)

    # ------------------------------------------------------------------------------------------ publishing

    def publish(self) -> None:
        """发布…: after a confirmation, the stored draft becomes the published, read-only version."""
        view = self.view
        if view is None or view.stored is None or view.stored.published or not self.officer:
            return
        if not confirm_publish(self, view.stored, view.week, view.point_name, len(self.editor.violations)):
            return
        db, who, request = self.db, self.officer, self.request
        self.op(lambda: store.publish(db, view.point, view.week, actor=who)).success(
            lambda stored: self._on_published(request, stored)
        ).failure(self._on_publish_failed).run()

    def _on_published(self, request: int, stored) -> None:
        if request != self.request:
            return
        self.view = replace(self.view, stored=stored, published=stored.version)
        self._new_version_agreed = False
        self.editor.undo_stack.clear()  # nothing to undo into a published week: a change asks first
        self.ui.errorFrame.hide()
        self._update_controls()
        text = self.tr("已发布 {week} 第 {version} 版").format(week=stored.week, version=stored.version)
        self.say(text)
        self.published.emit(stored)

    def _on_publish_failed(self, exc: Exception) -> None:
        self._show_error(exc)

    # ------------------------------------------------------------------------------------------ printing

    def print_preview(self) -> None:
        """打印预览…: the stored week on A4 landscape, read after the saves queued before it."""
        view, db, name = self.view, self.db, self.officer_name
        if view is not None and view.hall is not None:
            which = self.print_version
            self.op(lambda: sheet_for(db, view, name, which)).success(self._open_preview).failure(
                self._show_error
            ).run()

    def _open_preview(self, sheet: RosterSheet) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(f"{sheet.point_name} {sheet.week}")
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(
            self.tr("打印排班表 — {point} {week}").format(point=sheet.point_name, week=sheet.week)
        )
        dialog.paintRequested.connect(lambda target: self._paint(sheet, target))
        dialog.finished.connect(self._preview_closed)
        self.preview, self._preview_printer = dialog, printer  # the printer must live as long as the dialog
        dialog.open()

    def _paint(self, sheet: RosterSheet, printer: QPrinter) -> None:
        from taxdesk.gui.roster import printout as roster_print

        try:
            roster_print.print_sheets([sheet], printer)
        except RuntimeError as exc:
            QMessageBox.warning(self, self.tr("打印失败"), str(exc))

    def _preview_closed(self) -> None:
        if self.preview is not None:
            self.preview.deleteLater()
            self.preview, self._preview_printer = None, None

    def export(self, kind: str, path: str | Path | None = None) -> None:
        """导出 PDF… / 导出 Excel… (``kind`` pdf or xlsx) of the stored week, in the background; asks where
        when no path is given."""
        view, db, name = self.view, self.db, self.officer_name
        if view is None or view.hall is None:
            return
        if path is None:
            title = self.tr("{point}排班表 {week}").format(point=view.point_name, week=view.week)
            path = ask_export_path(self, title, kind)
            if not path:
                return
        target, which = Path(path), self.print_version
        self.op(lambda: export_sheet(db, view, name, kind, target, which)).success(self._on_exported).failure(
            self._show_error
        ).run()

    def _on_exported(self, target: Path) -> None:
        self.say(self.tr("已保存排班表：{path}").format(path=target))

    def stopping(self) -> None:
        """The page is going away: cancel a solve (waiting briefly for its worker) and close the preview."""
        self.solver.stop()
        self._drop_proposal()
        if self.preview is not None:
            self.preview.close()
