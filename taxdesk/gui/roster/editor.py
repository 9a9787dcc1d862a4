"""The roster being edited on the roster page (排班): the grid, the hard-rule breaks (and the contracted
half-days left without a window or a duty), the coverage chart and the undo stack, kept in step with one
:class:`~taxdesk.gui.roster.models.RosterState`.

Every edit — a drag, 锁定/解锁, 删除, the shifts cleared by 标记休假, a solve's result — is a
:class:`~taxdesk.gui.roster.commands.RosterEdit` on the undo stack; applying one (or undoing, or redoing
it) shows the roster, checks it with the core's independent checker
(:func:`taxdesk.core.roster.check.violations`, the locks being the roster's own cells), redraws the
coverage and saves the whole roster as the week's draft (one of the page's ops, on its serial runner). A
save the core refuses (a published week changed by somebody who is not a supervisor) is reported by
:attr:`refused` and the page reads the week again. Leave and shift wishes (排班意愿) are recorded in the core in the
background and the week read again with them; a wish changes no roster, it is weighed by the next solve and
marked on the grid. GUI thread only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from taxdesk.core.roster import check, service, store
from taxdesk.core.roster.hall import HallWeek
from taxdesk.core.roster.store import StoredRoster
from taxdesk.gui import theme
from taxdesk.gui.roster.chart import CoverageChart
from taxdesk.gui.roster.commands import LeaveDialog, RosterEdit, WishDialog, cell_menu
from taxdesk.gui.roster.grid import RosterGridDelegate, RosterGridModel
from taxdesk.gui.roster.models import Cell, RosterState, ViolationsModel, day_text
from taxdesk.gui.roster.solve import read_hall


class RosterEditor(QObject):
    """Owns the page's grid, violations table, coverage chart and undo stack. ``page`` (the roster page)
    gives the week on screen (``view``), who edits (``officer``), the read's number (``request``),
    ``may_change()`` and its ops (the saves run as ``page.op``: nothing is delivered after it stopped)."""

    ROW_HEIGHT = 26  # one line of the grid's text
    CLOSED_WIDTH = 92  # a day the point is closed: nobody works it, its column stays narrow
    NAME_WIDTH = 150  # 姓名: the name, the staff code and the days worked

    changed = Signal()  # the roster on screen changed (the page updates its buttons)
    saved = Signal(object)  # the StoredRoster an edit was saved as
    refused = Signal(object)  # the exception a save, a leave or a wish was refused with
    leave_recorded = Signal(str)  # the person's name
    leave_removed = Signal(str)  # the person's name
    wish_recorded = Signal(str)  # the person's name
    wish_removed = Signal(str)  # the person's name

    def __init__(self, page):
        super().__init__(page)
        self.page, self.db = page, page.db
        ui = page.ui
        self.ui = ui
        self.hall: HallWeek | None = None
        self.state: RosterState | None = None
        self.violations: list[check.Violation] = []
        self.deviations: list[service.Deviation] = []  # contracted half-days on neither a window nor a duty

        self.grid = RosterGridModel(self)
        self.grid.move_requested.connect(self.move_cell)
        table = ui.gridTable
        table.setModel(self.grid)
        table.setItemDelegate(RosterGridDelegate(table))
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_menu)
        table.verticalHeader().hide()
        # One line a person (the shift, its window and queue; the times in the block's heading and the
        # tooltip), so that a 1366×768 hall PC shows a dozen people or more with the chart below.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.ROW_HEIGHT)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setMinimumSectionSize(self.CLOSED_WIDTH)
        self.violations_model = ViolationsModel(self)
        ui.violationsTable.setModel(self.violations_model)
        header = ui.violationsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.violationsTable.verticalHeader().hide()
        ui.violationsTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.violationsTable.setWordWrap(True)
        ui.violationsTable.clicked.connect(self._go_to_violation)
        self.chart = CoverageChart(page)
        ui.chartHostLayout.addWidget(self.chart)
        ui.coverageDayCombo.currentIndexChanged.connect(self._show_coverage)

        self.undo_stack = QUndoStack(self)
        actions = (
            (self.undo_stack.createUndoAction, ["Ctrl+Z"], ui.undoButton),
            (self.undo_stack.createRedoAction, ["Ctrl+Y", "Ctrl+Shift+Z"], ui.redoButton),
        )
        self.undo_action, self.redo_action = (make(page, button.text()) for make, _keys, button in actions)
        for action, (_make, keys, button) in zip((self.undo_action, self.redo_action), actions, strict=True):
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            page.addAction(action)
            button.clicked.connect(action.trigger)
        self.undo_stack.indexChanged.connect(self._on_index_changed)

    # ------------------------------------------------------------------------------------------ showing

    def show_week(self, hall: HallWeek | None, stored: StoredRoster | None) -> None:
        """A week read afresh: its stored roster, nothing to undo."""
        self.undo_stack.clear()
        self.hall = hall
        self.state = RosterState.from_stored(hall, stored) if hall is not None else None
        self._reset_grid()
        combo = self.ui.coverageDayCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("全周"), None)
        for info in hall.days if hall is not None else []:
            if info.workday:
                combo.addItem(day_text(info.day), info.day)
        combo.blockSignals(False)
        self.refresh()

    def _reset_grid(self) -> None:
        self.ui.gridTable.clearSpans()
        self.grid.set_week(self.hall, self.state)
        if self.grid.columnCount():  # the names and the closed days narrow, the working days share the rest
            header = self.ui.gridTable.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(0, self.NAME_WIDTH)
            for column, info in enumerate(self.hall.days, start=1):
                if not info.workday:
                    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
                    header.resizeSection(column, self.CLOSED_WIDTH)
        for row in self.grid.heading_rows():
            self.ui.gridTable.setSpan(row, 0, 1, self.grid.columnCount())

    def refresh(self) -> None:
        """The grid, the rule breaks and the coverage for ``state``."""
        summary = self.ui.violationsSummary
        if self.hall is None or self.state is None:
            self.violations, self.deviations = [], []
            self.violations_model.set_violations(None, {}, [])
            self.chart.set_coverage([])
            summary.setText("")
            self.changed.emit()
            return
        problem = replace(self.hall.problem, locks=())  # the locks are the roster's own cells
        roster = self.state.roster
        rostered = any(shift is not None for days in roster.values() for shift in days)
        # Before anything is rostered every minimum is "broken": nothing to list until there is a roster.
        self.violations = check.violations(problem, roster) if rostered else []
        self.deviations = service.deviations(self.hall, roster) if rostered else []
        self.grid.set_state(self.state, self.violations)
        self.violations_model.set_violations(self.hall, roster, self.violations, self.deviations)
        if not rostered:
            summary.setText(self.tr("本周尚未排班：点“求解”排出本周"))
            summary.setToolTip("")
        elif self.violations:
            summary.setText(
                self.tr("{count} 处违反硬性规则：请调整，或重新求解").format(count=len(self.violations))
            )
            summary.setToolTip("")
        elif self.deviations:
            summary.setText(
                self.tr("没有违反硬性规则；{count} 个合同工作半天未排班").format(count=len(self.deviations))
            )
            summary.setToolTip("")
        else:
            summary.setText(self.tr("没有违反硬性规则"))
            summary.setToolTip(
                self.tr("软性规则罚分（目标值）：{objective}").format(
                    objective=f"{check.objective(problem, roster):,}"
                )
            )
        theme.set_tone(summary, "warning" if self.violations else "")
        self._show_coverage()
        self.changed.emit()

    def _on_index_changed(self, _index: int) -> None:
        self.changed.emit()

    def _show_coverage(self, _index: int = -1) -> None:
        if self.hall is None or self.state is None:
            self.chart.set_coverage([])
            return
        day = self.ui.coverageDayCombo.currentData()
        self.chart.set_coverage(service.coverage(self.hall, self.state.roster), day)

    def _go_to_violation(self, index) -> None:
        violation = self.violations_model.row(index.row())[3]
        if violation.day is not None:
            self.ui.gridTable.setCurrentIndex(self.grid.index_of((violation.person, violation.day)))

    def set_editable(self, editable: bool) -> None:
        """Edits allowed or not (not while a solve runs, nor without a week or an officer)."""
        self.grid.set_editable(editable and self.state is not None)
        for action, button, possible in (
            (self.undo_action, self.ui.undoButton, self.undo_stack.canUndo()),
            (self.redo_action, self.ui.redoButton, self.undo_stack.canRedo()),
        ):
            action.setEnabled(editable and possible)
            button.setEnabled(editable and possible)

    # ------------------------------------------------------------------------------------------ editing

    def edit(self, after: RosterState | None, text: str, *, stored: bool = False) -> bool:
        """Apply ``after`` as an undoable edit (saved, unless ``stored`` says it is in the database
        already); False when it changes nothing or the change was declined."""
        if after is None or self.state is None or after == self.state:
            return False
        if not stored and (not self.grid.editable or not self.page.may_change()):
            return False
        self.undo_stack.push(RosterEdit(self._apply, self.state, after, text, stored=stored))
        return True

    def solved(self, hall: HallWeek, stored: StoredRoster) -> None:
        """A solve stored ``stored``: shown as an edit, so that undo puts back the roster before it."""
        self.hall = hall
        self.edit(RosterState.from_stored(hall, stored), self.tr("求解"), stored=True)

    def _apply(self, state: RosterState, save: bool) -> None:
        self.state = state
        self.refresh()
        if save:
            self._save()

    def _save(self) -> None:
        view, who, request, db = self.page.view, self.page.officer, self.page.request, self.db
        planned = self.state.planned(self.hall)
        revise = self.page.revising  # a published week: the supervisor agreed to start the next version

        def save():
            return store.save_draft(db, view.point, view.week, planned, actor=who, revise=revise)

        self.page.op(save).success(lambda saved: self._current(request) and self.saved.emit(saved)).failure(
            lambda exc: self._current(request) and self.refused.emit(exc)
        ).run()

    def _current(self, request: int) -> bool:
        """Whether the week the work was asked for is still the one on screen (not read again since)."""
        return request == self.page.request

    def move_cell(self, source: Cell, target: Cell) -> bool:
        """Move the assignment of ``source`` onto ``target`` (a swap when it has one too)."""
        if self.state is None:
            return False
        name = self.hall.people[source[0]].name
        text = self.tr("移动 {name} {day} 的班次").format(name=name, day=self._day(source))
        return self.edit(self.state.moved(source, target), text)

    def set_locked(self, cell: Cell, locked: bool) -> bool:
        if self.state is None:
            return False
        text = self.tr("锁定 {day}") if locked else self.tr("解锁 {day}")
        return self.edit(self.state.with_lock(cell, locked), text.format(day=self._day(cell)))

    def delete_cell(self, cell: Cell) -> bool:
        if self.state is None:
            return False
        text = self.tr("删除 {day} 的班次").format(day=self._day(cell))
        return self.edit(self.state.without([cell]), text)

    def _day(self, cell: Cell) -> str:
        return day_text(self.hall.days[cell[1]].day)

    def _show_menu(self, pos) -> None:
        cell = self.grid.cell(self.ui.gridTable.indexAt(pos))
        if cell is not None and self.grid.editable:
            self.cell_menu(cell).exec(self.ui.gridTable.viewport().mapToGlobal(pos))

    def cell_menu(self, cell: Cell):
        """The context menu of a person's day, connected (the caller shows it)."""
        on_leave = cell[1] in self.hall.leave.get(cell[0], frozenset())
        wishes = self.wishes_of(cell)
        menu = cell_menu(
            self.page, self.state, cell, on_leave=on_leave, wishes=wishes, templates=self.hall.templates
        )
        handlers = {
            "lock": lambda: self.set_locked(cell, True),
            "unlock": lambda: self.set_locked(cell, False),
            "delete": lambda: self.delete_cell(cell),
            "leave": lambda: self.ask_leave(cell),
            "unleave": lambda: self.remove_leave(cell),
            "wish": lambda: self.ask_wish(cell),
        }
        for wish in wishes:
            handlers[f"unwish:{wish.id}"] = lambda _checked=False, w=wish: self.remove_wish(w.staff, w.id)
        for action in menu.actions():
            if action.objectName() in handlers:
                action.triggered.connect(handlers[action.objectName()])
        return menu

    def wishes_of(self, cell: Cell) -> list[store.Wish]:
        """The person's wishes for the cell's day, as read with the week."""
        day = self.hall.days[cell[1]].day
        return [w for w in self.hall.wishes if w.staff == cell[0] and w.day == day]

    def ask_leave(self, cell: Cell) -> None:
        hall = self.hall
        dialog = LeaveDialog(hall.people[cell[0]].name, hall.days[cell[1]].day, hall.days[0].day, self.page)
        if dialog.exec() == LeaveDialog.DialogCode.Accepted:
            self.mark_leave(cell[0], dialog.first, dialog.last, dialog.reason)

    def mark_leave(self, person: str, first: date, last: date, reason: str = "") -> None:
        """Record leave in the background and read the week again; then the person's shifts on those days
        are cleared (an undoable edit: the leave itself stays recorded)."""
        who = self.page.actor
        self._write_and_reread(
            lambda db, view: store.add_leave(db, person, first, last, reason=reason, actor=who),
            lambda hall: self._on_leave(person, hall),
        )

    def remove_leave(self, cell: Cell) -> None:
        """取消休假: take back the leave covering the day in the background, then read the week again (the
        day can be rostered again; nothing on the roster changes by itself)."""
        person, day, who = cell[0], self.hall.days[cell[1]].day, self.page.actor
        self._write_and_reread(
            lambda db, view: store.remove_leave(db, person, day, actor=who),
            lambda hall: self._show_week_read_again(hall, person, self.leave_removed),
        )

    def ask_wish(self, cell: Cell) -> None:
        """登记排班意愿…: the dialog, then the wish recorded in the background."""
        hall = self.hall
        dialog = WishDialog(
            hall.people[cell[0]], hall.days[cell[1]].day, hall.templates, self.wishes_of(cell), self.page
        )
        accepted = dialog.exec() == WishDialog.DialogCode.Accepted
        wants, template, weight = dialog.wants, dialog.template, dialog.weight
        dialog.deleteLater()
        if accepted:
            self.set_wish(cell[0], hall.days[cell[1]].day, wants=wants, template=template, weight=weight)

    def set_wish(self, person: str, day: date, *, wants: bool, template: str | None, weight: int) -> None:
        """Record a wish (replacing the person's wish for the same day and template) in the background and
        read the week again: the grid marks it, the next solve weighs it; the roster itself is not changed."""
        who = self.page.actor
        self._write_and_reread(
            lambda db, view: store.set_wish(
                db, view.point, person, day, wants=wants, template=template, weight=weight, actor=who
            ),
            lambda hall: self._show_week_read_again(hall, person, self.wish_recorded),
        )

    def remove_wish(self, person: str, wish_id: int) -> None:
        """撤销意愿: take the wish back in the background, then read the week again."""
        who = self.page.actor
        self._write_and_reread(
            lambda db, view: store.remove_wish(db, view.point, wish_id, actor=who),
            lambda hall: self._show_week_read_again(hall, person, self.wish_removed),
        )

    def _write_and_reread(self, write, done) -> None:
        """``write(db, view)`` (leave, a wish) on the page's background runner, then the week read again and
        ``done(hall)`` — unless the page has moved on to another week meanwhile. A refusal is reported by
        :attr:`refused`."""
        view, request, db = self.page.view, self.page.request, self.db

        def work():
            write(db, view)
            return read_hall(db, view.point, view.week, view.plan)

        self.page.op(work).success(lambda hall: self._current(request) and done(hall)).failure(
            lambda exc: self._current(request) and self.refused.emit(exc)
        ).run()

    def _show_week_read_again(self, hall: HallWeek, person: str, signal) -> None:
        self.hall = hall
        self._reset_grid()
        self.refresh()
        signal.emit(hall.people[person].name if person in hall.people else person)

    def _on_leave(self, person: str, hall: HallWeek) -> None:
        self.hall = hall
        self._reset_grid()
        name = hall.people[person].name
        cells = [(person, day) for day in hall.leave.get(person, frozenset())]
        if not self.edit(self.state.without(cells), self.tr("{name} 休假").format(name=name)):
            self.refresh()
        self.leave_recorded.emit(name)
