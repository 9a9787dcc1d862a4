"""The roster page (排班) as a supervisor uses it, on a real SQLite database with a generated ticket history
(so the week has its staffing plan): solve, drag and edit, lock and re-solve, undo and redo, leave, the
hard-rule breaks, publishing (refused to somebody who is no longer a supervisor), 取消, the print preview,
PDF and Excel, and the way in from the main window. What is checked is what the grid, the panels and the
database say."""

from __future__ import annotations

import re
import threading
from datetime import date, timedelta

import pypdf
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QPoint, QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select, update
from synthetic_history import database_copy, demo_history_file

from taxdesk.core.accounts import actor_for
from taxdesk.core.db.models import Staff, StaffRole
from taxdesk.core.errors import NotAllowed
from taxdesk.core.network import points
from taxdesk.core.roster import service, store
from taxdesk.core.roster.hall import TemplateInfo
from taxdesk.gui import i18n
from taxdesk.gui.main_window import MainWindow
from taxdesk.gui.messages import describe_error
from taxdesk.gui.printing.printers import PrintSettings
from taxdesk.gui.roster.commands import WishDialog
from taxdesk.gui.roster.grid import RosterGridModel
from taxdesk.gui.roster.models import BROKEN_FILL, day_text, plain_name, template_name, template_text
from taxdesk.gui.roster.page import RosterPage
from taxdesk.gui.roster.solve import NamedTemplate
from taxdesk.gui.signin.session import DeskSession

WAIT_MS = 30000
WEEK, MONDAY = "2025-W27", date(2025, 6, 30)  # five working days right after ten weeks of history
MOVE = Qt.DropAction.MoveAction
CELL, KIND, LOCKED = RosterGridModel.CELL_ROLE, RosterGridModel.KIND_ROLE, RosterGridModel.LOCKED_ROLE
WISHES, TIP = RosterGridModel.WISH_ROLE, Qt.ItemDataRole.ToolTipRole


@pytest.fixture(scope="module")
def history_template(tmp_path_factory, sqlite_template):
    return demo_history_file(tmp_path_factory.mktemp("roster"), sqlite_template)


@pytest.fixture
def db(tmp_path, history_template):
    """The demo hall's week, with its duties (planned by half-days)."""
    database = database_copy(history_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def page(qtbot, db, make_context):
    """The page at HALL for WEEK, shown, its week read (not solved yet)."""
    widget = RosterPage(make_context(db, session=DeskSession(actor_for(db, "H01"))))
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.ui.weekDate.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    with qtbot.waitSignal(widget.week_shown, timeout=WAIT_MS):
        widget.load()
    yield widget
    widget.stop()


@pytest.fixture
def solved(qtbot, page):
    with qtbot.waitSignal(page.solved, timeout=WAIT_MS):
        page.ui.solveButton.click()
    return page


def re_solve(qtbot, page, accept: bool = True):
    """重新求解, answering the dialog of what it would change (采用 or 放弃) if it shows one; returns the
    WeekSolve reported and the changes the dialog listed."""
    reported, listed = [], []
    page.solved.connect(reported.append)
    with qtbot.waitSignal(page.solved, timeout=WAIT_MS) as blocker:
        page.solve()
        qtbot.waitUntil(lambda: reported or page.changes_dialog is not None, timeout=WAIT_MS)
        dialog = page.changes_dialog
        if dialog is not None:
            assert dialog.isVisible() and not page.editor.grid.editable
            model = dialog.model
            listed = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
            button = dialog.accept_button if accept else dialog.discard_button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page.solved.disconnect(reported.append)
    return blocker.args[0], listed


def stored_cells(db, version: int | None = None) -> dict:
    """(staff, day index) → (template, category, window, locked) of the newest (or a given) version."""
    rosters = store.versions(db, "HALL", WEEK)
    chosen = rosters[-1] if version is None else next(r for r in rosters if r.version == version)
    return {
        (a.staff, (a.day - MONDAY).days): (a.template, a.category, a.window, a.locked)
        for a in chosen.assignments
    }


def shift_of(cells: dict, cell) -> str | None:
    found = cells.get(cell)
    return None if found is None else f"{found[0]}:{found[1]}:{found[2]}"


def free_person(page, day: int, *, unit: str = "hall", skill: str | None = None, besides=()) -> str:
    """Somebody of ``unit`` not working ``day`` (and with ``skill``), on neither leave nor a rest day."""
    hall, state = page.editor.hall, page.editor.state
    for code, info in hall.people.items():
        person = hall.problem.person(code)
        if (
            info.home_unit == unit
            and code not in besides
            and state.shift((code, day)) is None
            and day not in person.days_off
            and (skill is None or skill in person.skills)
        ):
            return code
    raise AssertionError(f"nobody of {unit} is free on day {day}")


def grid_texts(grid) -> dict:
    """(staff, day index) → what the grid shows in the cell, for every person's working days."""
    return {
        (code, day): grid.data(grid.index_of((code, day)))
        for kind, code in grid.rows
        if kind == "person"
        for day in range(5)
    }


def freed_person(qtbot, page, day: int, *, skill: str, besides=()) -> str:
    """A hall officer with ``skill`` who can work ``day``, their shifts of that day deleted first (the
    hall's own staff work every contracted half-day: nobody is free until somebody is made free)."""
    hall = page.editor.hall
    code = next(
        c
        for c, info in hall.people.items()
        if info.home_unit == "hall"
        and c not in besides
        and day not in hall.problem.person(c).days_off
        and skill in hall.problem.person(c).skills
    )
    if page.editor.state.shift((code, day)) is not None:
        with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
            assert page.editor.delete_cell((code, day))
    return code


def hall_assignment(page, skip=()):
    """A cell of the hall's own staff with a shift at a window, the day's only one."""
    return assignment(page, "hall", skip)


def assignment(page, unit: str, skip=()):
    """A cell of ``unit`` (hall or branch) whose day is one shift, at a window."""
    state, hall = page.editor.state, page.editor.hall
    return next(
        (code, day)
        for code, days in state.shifts
        if hall.people[code].home_unit == unit
        for day, shift in enumerate(days)
        if shift is not None and "+" not in shift and ":@" not in shift and (code, day) not in skip
    )


def test_a_solve_fills_the_grid_with_the_stored_draft(qtbot, solved, db):
    page, grid = solved, solved.editor.grid
    assert page.ui.solveLabel.text() == "已找到最优排班"  # plain words; the figures in the tooltip
    assert "目标值" in page.ui.solveLabel.toolTip() and "下界" in page.ui.solveLabel.toolTip()
    assert (
        page.ui.versionLabel.text().startswith("第 1 版 · 草稿") and page.ui.solveButton.text() == "重新求解"
    )
    latest = store.latest(db, "HALL", WEEK)
    assert latest.version == 1 and latest.assignments
    prefixes = {c.code: c.prefix for c in page.editor.hall.categories.values()}
    for a in latest.assignments:
        index = grid.index_of((a.staff, (a.day - MONDAY).days))
        text = grid.data(index)
        split = " + " in text  # a split day: each half by its plain name, "上午 后台 + 下午 4号窗口 B"
        name = plain_name(a.template_name) if split else a.template_name
        joiner = " " if split else " · "
        if a.duty == "window":
            assert f"{name}{joiner}{a.window}号窗口 {prefixes[a.category]}" in text
        else:  # a duty's cell shows its short name (后台, 导税)
            assert f"{name}{joiner}{a.duty_short_name}" in text
    work = [
        (r, c)
        for r in range(grid.rowCount())
        for c in range(1, grid.columnCount())
        if grid.data(grid.index(r, c), KIND) == "work"
    ]
    assert len(work) == len({(a.staff, a.day) for a in latest.assignments})  # one cell a day, 1–2 shifts
    # The hall's own staff first, the branch staff apart under their own heading; the weekend greyed.
    headings = [grid.data(grid.index(row, 0)) for row in grid.heading_rows()]
    assert headings[0].startswith("本厅人员") and headings[1].startswith("分局轮值人员")
    branch_row = grid.heading_rows()[1]
    assert all(
        page.editor.hall.people[grid.rows[r][1]].home_unit == "branch"
        for r in range(branch_row + 1, grid.rowCount())
    )
    assert grid.data(grid.index(1, 6), KIND) == "rest" and "休" in grid.headerData(
        6, Qt.Orientation.Horizontal
    )
    assert page.ui.violationsSummary.text().startswith("没有违反硬性规则") and page.editor.violations == []
    page.grab()  # paints the chart: a bar per half-hour of the five working days
    assert len(page.editor.chart.bars()) == 5 * len(page.editor.hall.slots)


def test_moving_a_cell_by_command_and_by_drop_saves_the_draft(qtbot, solved, db):
    page, grid, view = solved, solved.editor.grid, solved.ui.gridTable
    source = hall_assignment(page)
    shift = page.editor.state.shift(source)
    target = (freed_person(qtbot, page, source[1], skill=shift.split(":")[1], besides={source[0]}), source[1])
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        assert page.editor.move_cell(source, target)
    cells = stored_cells(db)
    assert shift_of(cells, target) == shift and source not in cells
    assert grid.data(grid.index_of(source), KIND) == "off"

    # Dropped with the mouse: the moved shift to another day of the same person (made free first).
    day = (source[1] + 1) % 5
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.editor.delete_cell((target[0], day))
    view.scrollTo(grid.index_of((target[0], day)))
    data = grid.mimeData([grid.index_of(target)])
    where = view.visualRect(grid.index_of((target[0], day))).center()
    drag = (data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # As the platform delivers a drag: it enters the table, moves over the cell, and is dropped there.
    for event in (QDragEnterEvent(where, MOVE, *drag), QDragMoveEvent(where, MOVE, *drag)):
        event.setAccepted(False)
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()
    drop = QDropEvent(QPointF(where), MOVE, *drag)
    drop.setAccepted(False)
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        QApplication.sendEvent(view.viewport(), drop)
    cells = stored_cells(db)
    assert shift_of(cells, (target[0], day)) == shift and target not in cells
    assert grid.data(grid.index_of((target[0], day))).startswith(page.editor.hall.shift_of(shift)[0].name)


def test_a_locked_cell_is_kept_by_a_re_solve(qtbot, solved, db):
    page, grid = solved, solved.editor.grid
    source = hall_assignment(page)
    shift = page.editor.state.shift(source)
    target = (freed_person(qtbot, page, source[1], skill=shift.split(":")[1], besides={source[0]}), source[1])
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.editor.move_cell(source, target)
    menu = page.editor.cell_menu(target)
    assert [a.objectName() for a in menu.actions() if a.objectName()] == ["lock", "delete", "leave", "wish"]
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        next(a for a in menu.actions() if a.objectName() == "lock").trigger()
    assert grid.data(grid.index_of(target), LOCKED) and grid.data(
        grid.index_of(target), Qt.ItemDataRole.DecorationRole
    )
    assert stored_cells(db)[target][3] is True

    # The first solve was optimal without it, and HiGHS is deterministic: only the lock keeps it there.
    re_solve(qtbot, page)
    cells = stored_cells(db)
    assert shift_of(cells, target) == shift and cells[target][3] is True
    assert grid.data(grid.index_of(target), LOCKED) and page.editor.violations == []
    assert [a.objectName() for a in page.editor.cell_menu(target).actions() if a.objectName()][0] == "unlock"


def test_undo_and_redo_put_back_the_roster_and_save_it(qtbot, solved, db):
    page = solved
    before, stored_before = page.editor.state, stored_cells(db)
    source = hall_assignment(page)
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.editor.delete_cell(source)
    after, stored_after = page.editor.state, stored_cells(db)
    assert source not in stored_after and page.ui.undoButton.isEnabled()

    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        qtbot.mouseClick(page.ui.undoButton, Qt.MouseButton.LeftButton)
    assert page.editor.state == before and stored_cells(db) == stored_before
    assert page.ui.redoButton.isEnabled()
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.editor.redo_action.trigger()
    assert page.editor.state == after and stored_cells(db) == stored_after
    assert page.editor.redo_action.shortcuts()[0].toString() == "Ctrl+Y"
    assert page.editor.undo_action.shortcut().toString() == "Ctrl+Z"

    # A solve is undone like an edit: back to the roster before it (and saved).
    result, listed = re_solve(qtbot, page)
    assert result.stored is not None and page.editor.state != after and listed
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.ui.undoButton.click()
    assert page.editor.state == after and stored_cells(db) == stored_after


def test_leave_shows_on_the_grid_and_a_re_solve_never_assigns_it(qtbot, solved, db):
    page, grid = solved, solved.editor.grid
    person, day = hall_assignment(page)
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.editor.mark_leave(person, MONDAY + timedelta(days=day), MONDAY + timedelta(days=day), "年休假")
    index = grid.index_of((person, day))
    assert grid.data(index) == "休假" and grid.data(index, KIND) == "leave"
    assert (person, day) not in stored_cells(db)
    actions = {a.objectName(): a for a in page.editor.cell_menu((person, day)).actions()}
    assert actions["leave"].isEnabled() is False  # 标记休假 once is enough …
    assert actions["unleave"].text() == "取消休假"  # … and it can be taken back
    re_solve(qtbot, page)
    assert (person, day) not in stored_cells(db) and grid.data(grid.index_of((person, day))) == "休假"
    assert page.editor.violations == []

    with qtbot.waitSignal(page.editor.leave_removed, timeout=WAIT_MS):
        menu_action(page, (person, day), "unleave").trigger()
    assert grid.data(grid.index_of((person, day)), KIND) != "leave"
    assert day not in page.editor.hall.leave.get(person, frozenset())
    assert "unleave" not in {a.objectName() for a in page.editor.cell_menu((person, day)).actions()}


def when_modal(kind, act):
    """Run ``act(dialog)`` on the next modal dialog of ``kind`` once it is shown (the menu's action opens it
    with ``exec``); a dialog left open is rejected after WAIT_MS so that a failing test never hangs."""

    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            QTimer.singleShot(WAIT_MS, widget, widget.reject)
            act(widget)
        else:
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)


def menu_action(page, cell, name: str):
    return next(a for a in page.editor.cell_menu(cell).actions() if a.objectName() == name)


def test_a_wish_is_recorded_through_the_dialog_marked_on_the_grid_and_taken_back(qtbot, solved, db):
    page, grid = solved, solved.editor.grid
    person, day = cell = hall_assignment(page)
    worked = page.editor.hall.shift_of(page.editor.state.shift(cell))[0]  # the hall's 全天
    monday, friday = MONDAY, MONDAY + timedelta(days=6)
    assert "wish" in [a.objectName() for a in page.editor.cell_menu(cell).actions()]
    assert not any(a.objectName().startswith("unwish") for a in page.editor.cell_menu(cell).actions())
    assert grid.data(grid.index_of(cell), WISHES) == [] and "意愿" not in grid.data(grid.index_of(cell), TIP)

    # 登记排班意愿…: not to work the shift the roster gives the person that day, weight 8.
    seen = {}

    def fill(dialog):
        combo = dialog.ui.templateCombo
        seen["offered"] = [combo.itemData(i) for i in range(combo.count())]
        seen["label"] = dialog.ui.personLabel.text()
        seen["weight"] = dialog.ui.weightSpin.value()
        dialog.ui.notWantsRadio.setChecked(True)
        combo.setCurrentIndex(combo.findData(worked.code))
        dialog.ui.weightSpin.setValue(8)
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()

    when_modal(WishDialog, fill)
    with qtbot.waitSignal(page.status_message, timeout=WAIT_MS) as message:
        menu_action(page, cell, "wish").trigger()
    name = page.editor.hall.people[person].name
    assert message.args[0] == f"已登记 {name} 的排班意愿"
    # The hall's own staff are offered any shift of the day and the regular templates, never a tidal one.
    templates = page.editor.hall.templates
    assert seen["offered"] == [None] + [c for c, t in templates.items() if not t.tidal]
    assert name in seen["label"] and seen["weight"] == 5
    [wish] = store.wishes(db, "HALL", monday, friday)
    assert (wish.staff, (wish.day - MONDAY).days, wish.template, wish.wants, wish.weight) == (
        person,
        day,
        worked.code,
        False,
        8,
    )
    assert page.editor.hall.wishes == [wish]
    index = grid.index_of(cell)
    assert grid.data(index, WISHES) == [(wish, False)]  # the roster still gives the person that shift …
    assert grid.data(index, TIP).splitlines()[-1] == f"意愿：不想上 {worked.name} · 权重 8 · 未满足"
    assert stored_cells(db)[cell]  # … and recording a wish changes no roster

    # Met once the roster on screen no longer works it.
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.editor.delete_cell(cell)
    assert grid.data(grid.index_of(cell), WISHES) == [(wish, True)]
    assert grid.data(grid.index_of(cell), TIP) == f"意愿：不想上 {worked.name} · 权重 8 · 已满足"

    # The dialog opened again on that day is filled in from the wish (and says OK replaces it).
    def look(dialog):
        seen["again"] = (
            dialog.ui.templateCombo.currentData(),
            dialog.ui.notWantsRadio.isChecked(),
            dialog.ui.weightSpin.value(),
            dialog.ui.replaceLabel.isVisibleTo(dialog),
        )
        dialog.reject()

    when_modal(WishDialog, look)
    menu_action(page, cell, "wish").trigger()
    assert seen["again"] == (worked.code, True, 8, True)

    # 撤销意愿 takes it back.
    undo = menu_action(page, cell, f"unwish:{wish.id}")
    assert undo.text() == f"撤销意愿：不想上 {worked.name}（权重 8）" and undo.data() == wish.id
    with qtbot.waitSignal(page.editor.wish_removed, timeout=WAIT_MS):
        undo.trigger()
    assert store.wishes(db, "HALL", monday, friday) == [] and page.editor.hall.wishes == []
    assert grid.data(grid.index_of(cell), WISHES) == [] and grid.data(grid.index_of(cell), TIP) is None
    assert not any(a.objectName().startswith("unwish") for a in page.editor.cell_menu(cell).actions())


def test_a_refused_wish_is_shown_and_nothing_is_stored(qtbot, solved, db):
    page = solved
    person, day = hall_assignment(page)
    when = MONDAY + timedelta(days=day)
    with qtbot.waitSignal(page.week_shown, timeout=WAIT_MS):  # the refusal, over the week read again
        page.editor.set_wish(person, when, wants=True, template="NOPE", weight=5)
    assert page.ui.errorFrame.isVisible() and page.ui.errorLabel.text() == "没有班次 NOPE。"
    with qtbot.waitSignal(page.week_shown, timeout=WAIT_MS):
        page.editor.set_wish(person, when, wants=False, template=None, weight=11)
    assert page.ui.errorLabel.text() == "意愿的权重须在 1 到 10 之间，不能是 11。"
    assert store.wishes(db, "HALL", MONDAY, MONDAY + timedelta(days=6)) == []
    assert page.editor.hall.wishes == []

    # A wish taken back at another desk meanwhile: 撤销意愿 says it is gone.
    wish_id = store.set_wish(db, "HALL", person, when, wants=True, actor=actor_for(db, "H01"))
    store.remove_wish(db, "HALL", wish_id, actor=actor_for(db, "H01"))
    with qtbot.waitSignal(page.week_shown, timeout=WAIT_MS):
        page.editor.remove_wish(person, wish_id)
    assert page.ui.errorLabel.text() == f"这条意愿（编号 {wish_id}）已经不存在：可能已被撤销。"


def test_a_branch_officer_is_offered_the_tidal_shifts_and_a_whole_day_wish(qtbot, solved, db):
    page, grid = solved, solved.editor.grid
    day = 2
    person = free_person(page, day, unit="branch")
    cell = (person, day)
    seen = {}

    def fill(dialog):
        combo = dialog.ui.templateCombo
        seen["offered"] = [combo.itemData(i) for i in range(combo.count())]
        seen["texts"] = [combo.itemText(i) for i in range(combo.count())]
        dialog.ui.wantsRadio.setChecked(True)
        combo.setCurrentIndex(0)
        dialog.accept()

    when_modal(WishDialog, fill)
    with qtbot.waitSignal(page.editor.wish_recorded, timeout=WAIT_MS):
        page.editor.ask_wish(cell)
    tidal = [c for c, t in page.editor.hall.templates.items() if t.tidal]
    assert seen["offered"] == [None, *tidal] and tidal
    assert seen["texts"][0] == "任一班次（当天）" and seen["texts"][-1] == "下午（潮汐） 13:30–17:00"
    [wish] = store.wishes(db, "HALL", MONDAY, MONDAY + timedelta(days=6))
    assert (wish.template, wish.wants, wish.weight) == (None, True, 5)
    # The person is not working that day: the wish to work is not met (yet).
    assert grid.data(grid.index_of(cell), TIP) == "意愿：想上班（当天任一班次） · 权重 5 · 未满足"


def test_a_broken_rule_is_listed_and_goes_on_undo(qtbot, solved, db):
    page, grid = solved, solved.editor.grid
    source = hall_assignment(page)
    shift, name = (
        page.editor.state.shift(source),
        page.editor.hall.shift_of(page.editor.state.shift(source))[0].name,
    )
    target = (free_person(page, source[1], unit="branch"), source[1])  # a hall shift onto a branch officer
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.editor.move_cell(source, target)
    model = page.editor.violations_model
    rows = {
        model.row(r)[3].person: [model.data(model.index(r, c)) for c in range(3)]
        for r in range(model.rowCount())
    }
    # The shift's new holder breaks a rule; its old one has a contracted half-day (or two) on neither a
    # window nor a duty: listed too, in plain words.
    assert set(rows) == {source[0], target[0]}
    who, when, text = rows[target[0]]
    assert page.editor.hall.people[target[0]].name in who
    day = MONDAY + timedelta(days=source[1])
    assert when.startswith(f"{day.month}月{day.day}日")  # the day in the interface language, not 07-01
    assert text.startswith(name) and "分局轮值人员只上潮汐班次" in text
    missed = [
        [model.data(model.index(r, c)) for c in range(3)]
        for r in range(model.rowCount())
        if model.row(r)[3].person == source[0]
    ]
    assert missed and all(row[1] == when and row[2].endswith("午未排班（合同工作日）") for row in missed)
    assert len(missed) == len(page.editor.deviations)
    assert grid.data(grid.index_of(target), Qt.ItemDataRole.BackgroundRole) == BROKEN_FILL
    assert "1 处违反硬性规则" in page.ui.violationsSummary.text()
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.ui.undoButton.click()
    assert (
        model.rowCount() == 0 and page.editor.violations == [] and shift_of(stored_cells(db), source) == shift
    )

    # Deleting a shift lowers the day's planned windows on the coverage chart by the half-hours it spans.
    def planned(day_index):
        day = MONDAY + timedelta(days=day_index)
        return sum(s.planned for d in page.editor.chart.days if d.day == day for s in d.slots)

    was = planned(source[1])
    template = page.editor.hall.shift_of(shift)[0]
    spans = sum(1 for a, b in page.editor.hall.slots if template.start_min <= a and b <= template.end_min)
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.editor.delete_cell(source)
    assert planned(source[1]) == was - spans


def test_publish_is_refused_to_a_non_supervisor_and_leaves_version_1_read_only(
    qtbot, solved, db, monkeypatch
):
    page = solved
    questions = []

    def answer(reply):
        def ask(_parent, title, text, *args, **kwargs):
            questions.append((title, text))
            return reply

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(page.published, timeout=WAIT_MS):
        page.ui.publishButton.click()
    assert questions[-1][0] == "发布排班"
    assert "已发布" in page.ui.versionLabel.text() and "只读" in page.ui.versionLabel.text()
    assert not page.ui.publishButton.isEnabled()
    # Nothing to undo into a published week: 撤销 cannot make a draft behind the supervisor's back.
    assert not page.ui.undoButton.isEnabled() and not page.editor.undo_stack.canUndo()
    published = store.latest(db, "HALL", WEEK)
    assert published.published and published.version == 1 and published.published_by == "陈晓燕"
    version_1 = stored_cells(db, 1)

    # Declining the question changes nothing.
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    source = hall_assignment(page)
    assert not page.editor.delete_cell(source) and "第 2 版草稿" in questions[-1][1]

    # 吴建平 is no longer a supervisor: signed in, he is offered no change, and the core refuses one.
    with db.transaction() as session:
        session.execute(
            update(StaffRole)
            .where(StaffRole.staff_id == select(Staff.id).where(Staff.code == "H02").scalar_subquery())
            .values(role="window")
        )
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    desk = page.context.session
    desk.sign_in(actor_for(db, "H02"))
    assert page.officer is None
    with pytest.raises(NotAllowed) as refused:
        store.save_draft(db, "HALL", WEEK, [], actor=desk.actor)
    assert describe_error(refused.value) == "工号 H02 的角色无权进行此操作。"
    assert store.latest(db, "HALL", WEEK).version == 1 and stored_cells(db) == version_1
    desk.sign_in(actor_for(db, "H01"))
    assert page.officer.code == "H01"

    # A supervisor's change starts version 2; version 1 stays as published.
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.editor.delete_cell(source)
    assert [(v.version, v.status) for v in store.versions(db, "HALL", WEEK)] == [
        (1, "published"),
        (2, "draft"),
    ]
    assert stored_cells(db, 1) == version_1 and source not in stored_cells(db, 2)
    assert page.ui.versionLabel.text().startswith("第 2 版 · 草稿") and page.ui.publishButton.isEnabled()


def test_cancel_leaves_the_previous_roster(qtbot, solved, db, monkeypatch):
    page = solved
    before, stored_before = page.editor.state, store.latest(db, "HALL", WEEK)

    # 取消 before the solve has started (it waits for the saves queued before it): it never starts.
    page.solve()
    page.cancel()
    assert page.ui.solveLabel.text() == "已取消，排班未改变" and not page.solver.busy
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=WAIT_MS)
    assert not page.solver.task.running and page.ui.solveButton.isEnabled()

    # 取消 while the solve runs: the worker is held at the door of the real solve until 取消 is pressed.
    real, started, release = service.propose_week, threading.Event(), threading.Event()

    def held(*args, **kwargs):
        started.set()
        release.wait(WAIT_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "propose_week", held)
    page.solve()
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    assert page.ui.cancelButton.isVisible() and not page.editor.grid.editable
    with qtbot.waitSignal(page.solved, timeout=WAIT_MS) as blocker:
        qtbot.mouseClick(page.ui.cancelButton, Qt.MouseButton.LeftButton)
        release.set()
    result = blocker.args[0]
    assert result.solution.status == "cancelled" and result.stored is None
    assert page.ui.solveLabel.text() == "已取消，排班未改变"
    after = store.latest(db, "HALL", WEEK)
    assert (after.created_at, after.assignments) == (stored_before.created_at, stored_before.assignments)
    assert page.editor.state == before and page.editor.grid.editable


def test_infeasible_locks_are_explained_in_words(qtbot, solved, db):
    page = solved
    person, day = hall_assignment(page)
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.editor.set_locked((person, day), True)
    # Another desk records leave on that very day; the lock now contradicts it.
    store.add_leave(
        db, person, MONDAY + timedelta(days=day), MONDAY + timedelta(days=day), actor=actor_for(db, "H01")
    )
    with qtbot.waitSignal(page.solved, timeout=WAIT_MS):
        page.solve()
    assert page.ui.solveLabel.text() == "无可行排班：原因见下方"
    assert page.ui.errorFrame.isVisible() and page.ui.errorLabel.text().startswith(
        "本周没有满足所有硬性规则的排班"
    )
    reasons = [page.ui.reasonList.item(i).text() for i in range(page.ui.reasonList.count())]
    name = page.editor.hall.people[person].name
    assert any(r.startswith(f"{name} 第 {day + 1} 天休假") for r in reasons), reasons


def test_print_preview_pdf_and_excel_hold_the_week(qtbot, solved, db, tmp_path):
    page = solved
    page.print_preview()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=WAIT_MS)
    assert page.preview.windowTitle() == "打印排班表 — 云溪县办税服务厅 2025-W27"
    page.preview.reject()
    qtbot.waitUntil(lambda: page.preview is None, timeout=WAIT_MS)

    names = {a.name for a in store.latest(db, "HALL", WEEK).assignments}
    pdf = tmp_path / "roster.pdf"
    with qtbot.waitSignal(page.status_message, timeout=WAIT_MS) as blocker:
        page.export("pdf", pdf)
    assert str(pdf) in blocker.args[0]
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages)
    assert all(name in text for name in names) and "2025年第27周" in text

    xlsx = tmp_path / "roster.xlsx"
    with qtbot.waitSignal(page.status_message, timeout=WAIT_MS):
        page.export("xlsx", xlsx)
    sheet = load_workbook(xlsx).active
    written = {row[0] for row in sheet.iter_rows(values_only=True)}
    assert names <= written and sheet.title == "云溪县办税服务厅 2025-W27"

    page.export("pdf", tmp_path / "missing" / "roster.pdf")
    qtbot.waitUntil(lambda: page.ui.errorFrame.isVisible(), timeout=WAIT_MS)
    assert page.ui.errorLabel.text().startswith(f"无法写入文件 {tmp_path / 'missing' / 'roster.pdf'}")


def test_the_main_window_opens_the_page_with_ctrl_9(qtbot, demo_db, desk_session):
    PrintSettings(mode="screen").save()
    hall = next(p for p in points(demo_db) if p.code == "HALL")
    window = MainWindow(demo_db, hall, desk_session)
    qtbot.addWidget(window)
    window.show()
    assert window.ui.actionRoster.shortcut().toString() == "Ctrl+9"
    window.ui.actionRoster.trigger()
    page = window.ui.pages.currentWidget()
    assert isinstance(page, RosterPage) and window.windowTitle() == "TaxDesk 排班 — 云溪县办税服务厅"
    # Five days of history are too few for next week's plan: the page says so instead of a grid.
    qtbot.waitUntil(lambda: page.ui.errorFrame.isVisible(), timeout=WAIT_MS)
    assert "取号记录" in page.ui.errorLabel.text() and not page.ui.solveButton.isEnabled()
    window.close()


def test_a_change_at_another_desk_is_read_again_but_the_pages_own_edits_are_not(
    qtbot, db, runner, make_context
):
    from taxdesk.gui.live import LiveUpdates

    live = LiveUpdates(db)
    widget = RosterPage(make_context(db, live=live))
    qtbot.addWidget(widget)
    widget.ui.weekDate.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    widget.show()
    live.start()
    try:
        with qtbot.waitSignal(widget.week_shown, timeout=WAIT_MS):
            widget.load()
        with qtbot.waitSignal(widget.solved, timeout=WAIT_MS):
            widget.solve()
        cell = next(iter(stored_cells(db)))
        shown = []
        widget.week_shown.connect(shown.append)
        with qtbot.waitSignals([widget.saved, live.changed], timeout=WAIT_MS):
            widget.editor.set_locked(cell, True)  # the page's own save comes back through the change feed …
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)  # … its re-read has run …
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
        assert shown == [] and widget.editor.undo_stack.canUndo()  # … and found nothing new

        store.publish(db, "HALL", WEEK, actor=actor_for(db, "H01"))  # another desk publishes the week
        qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
        assert "已发布" in widget.ui.versionLabel.text()
    finally:
        widget.stop()
        live.stop()


# ------------------------------------------------------------------------------------ 1366×768, languages


@pytest.fixture
def language(qapp):
    """``language("en")``: the interface in that language for the rest of the test (then Chinese again)."""

    def switch(name: str) -> None:
        i18n.install(qapp, name)

    yield switch
    i18n.install(qapp, "zh_CN")


def solved_page_at(qtbot, db, make_context, width: int, height: int) -> RosterPage:
    """A page made, sized and shown as a maximised main window shows it, its week read and solved."""
    widget = RosterPage(make_context(db, session=DeskSession(actor_for(db, "H01"))))
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.ui.weekDate.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    widget.show()
    with qtbot.waitSignal(widget.week_shown, timeout=WAIT_MS):
        widget.load()
    with qtbot.waitSignal(widget.solved, timeout=WAIT_MS):
        widget.solve()
    qtbot.wait(20)  # the layout settles
    return widget


def within(page, widget) -> bool:
    """Shown, and wholly inside the page (not cut off at its edges)."""
    rect = QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())
    return widget.isVisible() and page.rect().contains(rect) and rect.width() > 0 and rect.height() > 0


@pytest.mark.parametrize("name", ["zh_CN", "en"])
def test_at_1366_by_768_a_dozen_people_the_chart_the_rule_breaks_and_every_control_fit(
    qtbot, db, make_context, language, name
):
    language(name)
    page = solved_page_at(qtbot, db, make_context, 1366, 690)  # maximised on a 1366×768 hall PC
    try:
        ui, table = page.ui, page.ui.gridTable
        viewport = table.viewport()
        assert page.editor.grid.rowCount() > 13
        # The hall's heading and at least twelve people whole, not cut by the panel under the grid.
        assert table.rowAt(viewport.height() - 1) >= 12
        assert table.visualRect(page.editor.grid.index(12, 1)).bottom() < viewport.height()
        controls = (
            ui.pointCombo,
            ui.prevWeekButton,
            ui.weekDate,
            ui.nextWeekButton,
            ui.weekLabel,
            ui.versionLabel,
            ui.solveButton,
            ui.solveLabel,
            ui.undoButton,
            ui.redoButton,
            ui.publishButton,
            ui.printButton,
            ui.pdfButton,
            ui.xlsxButton,
            ui.hintLabel,
            ui.coverageDayCombo,
            ui.violationsSummary,
            ui.violationsTable,
            page.editor.chart,
        )
        assert [w.objectName() or type(w).__name__ for w in controls if not within(page, w)] == []
        for label in (ui.weekLabel, ui.versionLabel, ui.solveLabel):  # no sentence cut short
            assert label.width() >= label.minimumSizeHint().width()
        assert page.editor.chart.height() >= 110 and ui.violationsTable.viewport().height() >= 60
        # The chart and the rule breaks can be dragged away for the whole staff.
        assert ui.splitter.isCollapsible(1) and not ui.splitter.isCollapsible(0)
    finally:
        page.stop()


def test_dates_and_shift_names_follow_the_interface_language(qtbot, db, make_context, language):
    page = solved_page_at(qtbot, db, make_context, 1366, 690)
    grid = page.editor.grid
    header = grid.headerData(1, Qt.Orientation.Horizontal)
    assert header == "周一\n6月30日" and page.ui.weekLabel.text() == "2025-W27（6月30日–7月6日）"
    cell = next(c for c, (template, *_rest) in stored_cells(db).items() if template == "D")  # a whole day
    assert grid.data(grid.index_of(cell)).startswith("全天 · ")
    split = next(c for c, text in grid_texts(grid).items() if " + " in text)  # a window or duty, then another
    assert (
        grid_texts(grid)[split].startswith("上午 ") and " + 下午 " in grid_texts(grid)[split]
    )  # plain names
    assert "全天 8:30–17:00" in grid.data(grid.index(0, 0))  # the hall's heading names its shift
    page.stop()

    language("en")
    page = solved_page_at(qtbot, db, make_context, 1366, 690)
    grid = page.editor.grid
    assert grid.headerData(1, Qt.Orientation.Horizontal) == "Mon\nJun 30"
    assert grid.headerData(6, Qt.Orientation.Horizontal).endswith("\nJul 5")
    assert "Jun 30 – Jul 6" in page.ui.weekLabel.text() and "/" not in page.ui.weekLabel.text()
    assert re.search(r"\b[A-Z][a-z]{2} \d{1,2} \d\d:\d\d\b", page.ui.versionLabel.text())  # Dec 7 19:40
    assert not re.search(r"\d\d-\d\d", page.ui.versionLabel.text())
    assert grid.data(grid.index_of(cell)).startswith("Full day · ")
    split_text = grid.data(grid.index_of(split))
    assert split_text.startswith("Morning ") and " + Afternoon " in split_text and "tidal" not in split_text
    branch = grid.data(grid.index(grid.heading_rows()[1], 0))
    assert "Morning (tidal) 8:30–12:00" in branch and "潮汐" not in branch
    assert day_text(MONDAY) == "Mon Jun 30" and page.editor.chart.days  # the chart's day labels
    combo = page.ui.coverageDayCombo
    assert [combo.itemText(i) for i in range(1, combo.count())][0] == "Mon Jun 30"
    assert page.ui.weekDate.text() == "Mon Jun 30, 2025"
    page.stop()


def test_a_template_without_an_english_name_shows_its_times_in_english(language):
    template = TemplateInfo(1, "X", "夜班", 18 * 60, 21 * 60 + 30, 0, False, None)
    assert template_name(template) == "夜班" and template_text(template) == "夜班 18:00–21:30"
    language("en")
    assert template_name(template) == "18:00–21:30" and template_text(template) == "18:00–21:30"
    named = NamedTemplate(1, "X", "夜班", 18 * 60, 21 * 60 + 30, 0, False, None, name_en="Evening")
    assert template_text(named) == "Evening 18:00–21:30"


def test_clicking_through_weeks_reads_two_weeks_not_every_one(qtbot, page, monkeypatch):
    """The week's read is coalesced: four clicks while a week is read cost two reads (the one in flight
    and the newest), and the page ends on the week chosen last."""
    import taxdesk.gui.roster.page as roster_page

    read, weeks = roster_page.read_week, []

    def counted(db, point, week, plan=None):
        weeks.append(week)
        return read(db, point, week, plan)

    monkeypatch.setattr(roster_page, "read_week", counted)
    shown = []
    page.week_shown.connect(lambda view: shown.append(view.week))
    for _ in range(4):
        page.ui.nextWeekButton.click()
    qtbot.waitUntil(lambda: "2025-W31" in shown, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=WAIT_MS)
    assert len(weeks) <= 2 and weeks[-1] == "2025-W31"
    assert shown == ["2025-W31"] and page.view.week == "2025-W31"  # no older week flashes by


def test_a_stopped_page_reads_nothing_more_and_its_solve_is_dropped(qtbot, page, db, monkeypatch):
    started, release = threading.Event(), threading.Event()
    real = service.propose_week

    def held(*args, **kwargs):
        started.set()
        release.wait(WAIT_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "propose_week", held)
    reported = []
    page.solved.connect(reported.append)
    page.week_shown.connect(reported.append)
    page.solve()
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    page.stop()
    page.stop()  # twice is harmless
    release.set()
    qtbot.waitUntil(lambda: not page.solver.task.running, timeout=WAIT_MS)
    page.open_week()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=WAIT_MS)
    qtbot.wait(50)
    assert reported == [] and page.stopped


def test_no_rule_breaks_are_listed_before_the_week_is_rostered(page):
    assert page.view.stored is None and page.editor.violations == []
    assert page.editor.violations_model.rowCount() == 0
    assert page.ui.violationsSummary.text() == "本周尚未排班：点“求解”排出本周"
    assert "违反" not in page.ui.violationsSummary.text()


def test_a_sick_day_re_solve_shows_what_would_change_and_stores_only_what_is_accepted(qtbot, solved, db):
    page = solved
    first = store.latest(db, "HALL", WEEK)
    wednesday = MONDAY + timedelta(days=2)
    sick = next(a for a in first.assignments if a.day == wednesday and a.home_unit == "hall")
    store.add_leave(db, sick.staff, wednesday, wednesday, reason="病假", actor=actor_for(db, "H01"))
    page.open_week()
    qtbot.waitUntil(
        lambda: page.editor.hall is not None and sick.staff in page.editor.hall.leave, timeout=WAIT_MS
    )

    # 放弃: nothing is stored, the grid keeps the version on screen.
    result, listed = re_solve(qtbot, page, accept=False)
    assert result.stored is None and result.changes and listed
    assert page.ui.solveLabel.text() == "已放弃求解结果，排班未改变"
    assert store.latest(db, "HALL", WEEK) == first
    # Who, which day, from → to, in words: the sick person's Wednesday goes from the shift to 休.
    assert [sick.name in row[0] and row[1] == day_text(wednesday) and row[3] == "休" for row in listed].count(
        True
    ) == 1
    places = ("号窗口", "后台", "导税")  # each part of a day at its window or on its duty
    assert all(any(p in row[2] for p in places) or row[2] == "休" for row in listed)
    assert len({row[0] for row in listed if sick.name not in row[0]}) <= 6

    # 采用: stored as the draft, shown, and the label says how many changed.
    result, listed = re_solve(qtbot, page)
    stored = store.latest(db, "HALL", WEEK)
    assert result.stored == stored and stored.version == 1 and len(listed) == result.changed
    assert (sick.staff, 2) not in stored_cells(db)
    assert page.ui.solveLabel.text() == f"已找到最优排班，改动 {result.changed} 处"
    assert page.editor.state.shift((sick.staff, 2)) is None and page.editor.grid.editable


def test_a_published_week_asks_before_a_re_solve_and_prints_the_published_version_by_default(
    qtbot, solved, db, tmp_path, monkeypatch
):
    page = solved
    questions = []

    def yes(_parent, title, text, *args, **kwargs):
        questions.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    with qtbot.waitSignal(page.published, timeout=WAIT_MS):
        page.ui.publishButton.click()
    combo = page.ui.printVersionCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["已发布（第 1 版）"]

    # A leave, then 重新求解: asked first (a new version), then the changes; version 2 is the draft.
    person, day = hall_assignment(page)
    store.add_leave(
        db, person, MONDAY + timedelta(days=day), MONDAY + timedelta(days=day), actor=actor_for(db, "H01")
    )
    page.open_week()
    qtbot.waitUntil(lambda: person in page.editor.hall.leave, timeout=WAIT_MS)
    result, _listed = re_solve(qtbot, page)
    assert questions[-1] == "修改已发布的排班" and result.previous.version == 1
    assert [(v.version, v.status) for v in store.versions(db, "HALL", WEEK)] == [
        (1, "published"),
        (2, "draft"),
    ]
    assert page.ui.versionLabel.text().startswith("第 2 版 · 草稿")
    assert [combo.itemData(i) for i in range(combo.count())] == ["published", "draft"]
    assert combo.currentData() == "published"  # what was announced prints unless the draft is chosen

    def printed(name: str) -> str:
        path = tmp_path / name
        with qtbot.waitSignal(page.status_message, timeout=WAIT_MS):
            page.export("pdf", path)
        return "".join("".join(p.extract_text().split()) for p in pypdf.PdfReader(str(path)).pages)

    published = printed("published.pdf")
    assert "第1版" in published and "草稿" not in published
    combo.setCurrentIndex(combo.findData("draft"))
    draft = printed("draft.pdf")
    assert "第2版" in draft and "草稿" in draft


def test_a_contracted_day_left_off_is_listed_in_plain_words_under_the_grid(qtbot, solved, db):
    page = solved
    assert page.ui.violationsSummary.text() == "没有违反硬性规则" and page.editor.deviations == []
    person, day = hall_assignment(page)
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.editor.delete_cell((person, day))
    model, name = page.editor.violations_model, page.editor.hall.people[person].name
    rows = [[model.data(model.index(r, c)) for c in range(3)] for r in range(model.rowCount())]
    when = day_text(MONDAY + timedelta(days=day))
    assert rows == [
        [f"{name}（{person}）", when, "上午未排班（合同工作日）"],
        [f"{name}（{person}）", when, "下午未排班（合同工作日）"],
    ]
    assert page.ui.violationsSummary.text() == "没有违反硬性规则；2 个合同工作半天未排班"
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.ui.undoButton.click()
    assert model.rowCount() == 0 and page.ui.violationsSummary.text() == "没有违反硬性规则"
