"""Signing in at a desk: the sign-in dialog, the first administrator, a password to change, the pages a
person's roles allow, the idle lock and another officer taking a locked desk over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from signing_in import PASSWORD, give_password
from sqlalchemy import select

from taxdesk.core import accounts, audit
from taxdesk.core.accounts import actor_for, set_password
from taxdesk.core.db import Database
from taxdesk.core.db.models import Staff
from taxdesk.core.install import init_database
from taxdesk.core.network import points
from taxdesk.core.roles import Actor
from taxdesk.gui.desk.window_console import WindowConsole
from taxdesk.gui.main_window import MainWindow
from taxdesk.gui.printing.printers import PrintSettings
from taxdesk.gui.signin.forms import LAST_CODE_SETTING, FirstAdministratorDialog, SignInDialog, SignInForm
from taxdesk.gui.signin.lock import IdleWatch, LockScreen
from taxdesk.gui.signin.session import DeskSession

WAIT_MS = 10000
AUDITOR = Actor(None, "admin", "系统管理员", frozenset({"admin"}))  # who reads the trail in these tests
NEW = "window2026new"


def _type_and_submit(qtbot, form: SignInForm, code: str, password: str) -> None:
    form.code.setText(code)
    form.password.setText(password)
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)


def test_a_wrong_password_is_one_sentence_under_the_fields_then_the_right_one_signs_in(
    qtbot, demo_db, runner
):
    give_password(demo_db, "H03")
    dialog = SignInDialog(demo_db, runner, place="云溪县办税服务厅")
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    _type_and_submit(qtbot, form, "H03", "wrong-pass-1")
    qtbot.waitUntil(lambda: form.message.text() == "工号或密码错误。", timeout=WAIT_MS)
    assert form.password.text() == "" and form.code.text() == "H03" and dialog.isVisible()
    assert form.button.isEnabled()

    form.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert (dialog.actor.code, dialog.actor.roles) == ("H03", {"front_desk"})
    assert QSettings().value(LAST_CODE_SETTING) == "H03"
    assert SignInDialog(demo_db, runner).form.code.text() == "H03"  # offered again on this PC


def test_an_empty_field_is_pointed_at_without_asking_the_database(qtbot, demo_db, runner):
    form = SignInForm(demo_db, runner)
    qtbot.addWidget(form)
    _type_and_submit(qtbot, form, "", "x")
    assert form.message.text() == "请输入工号。" and not runner.busy
    _type_and_submit(qtbot, form, "H03", "")
    assert form.message.text() == "请输入密码。" and not runner.busy


def test_a_reset_password_must_be_changed_before_the_person_may_work(qtbot, demo_db, runner):
    with demo_db.transaction() as session:
        staff_id = session.scalar(select(Staff.id).where(Staff.code == "H05"))
        set_password(session, staff_id, PASSWORD, must_change=True)
    form = SignInForm(demo_db, runner)
    qtbot.addWidget(form)
    signed = []
    form.signed_in.connect(signed.append)

    def change():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "ChangePasswordDialog":
            QTimer.singleShot(50, change)
            return
        assert not dialog.old.isVisible()  # the password just typed is the old one
        dialog.new.setText(NEW)
        dialog.again.setText("other2026pw")
        dialog.submit()
        assert dialog.message.text() == "两次输入的新密码不一致。"
        dialog.new.setText("short1")
        dialog.again.setText("short1")
        dialog.submit()
        assert dialog.message.text() == "密码至少 8 位。"
        dialog.new.setText(NEW)
        dialog.again.setText(NEW)
        dialog.submit()

    QTimer.singleShot(0, change)
    _type_and_submit(qtbot, form, "H05", PASSWORD)
    qtbot.waitUntil(lambda: bool(signed), timeout=WAIT_MS)
    assert signed[0].code == "H05" and not signed[0].must_change
    assert accounts.sign_in(demo_db, "H05", NEW).must_change is False
    with pytest.raises(accounts.SignInRefused):
        accounts.sign_in(demo_db, "H05", PASSWORD)


def test_a_new_installation_makes_its_first_administrator(qtbot, tmp_path, runner):
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    init_database(db)
    dialog = FirstAdministratorDialog(db, runner)
    qtbot.addWidget(dialog)
    dialog.code.setText("A001")
    dialog.name.setText("县局管理员")
    dialog.new.setText("admin2026x")
    dialog.again.setText("admin2026y")
    dialog.submit()
    assert dialog.message.text() == "两次输入的密码不一致。" and not accounts.has_administrator(db)
    dialog.new.setText("abcdefgh")
    dialog.again.setText("abcdefgh")
    dialog.submit()
    assert dialog.message.text() == "密码须同时包含字母和数字。" and not accounts.has_administrator(db)
    dialog.new.setText("admin2026x")
    dialog.again.setText("admin2026x")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.submit()
    assert dialog.actor.code == "A001" and dialog.actor.roles == {"admin"}
    assert accounts.sign_in(db, "A001", "admin2026x").roles == {"admin"}
    db.dispose()


# ------------------------------------------------------------------------------------------- the window


@pytest.fixture
def open_window(qtbot, demo_db):
    PrintSettings(mode="screen").save()
    hall = next(p for p in points(demo_db) if p.code == "HALL")
    windows = []

    def make(code: str, point=hall) -> MainWindow:
        window = MainWindow(demo_db, point, DeskSession(actor_for(demo_db, code)))
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def visible_views(window: MainWindow) -> list[str]:
    return [name for name, action in window._mode_actions.items() if action.isVisible()]


def test_each_role_is_offered_only_its_own_pages(open_window, demo_db):
    window = open_window("H05")  # a window officer
    assert visible_views(window) == ["window"]
    assert isinstance(window.ui.pages.currentWidget(), WindowConsole)
    assert not window.ui.actionCalendar.isVisible() and not window.ui.menuTickets.menuAction().isVisible()
    assert "周敏 (H05)" in window._who.text() and "窗口人员" in window._who.text()

    assert visible_views(open_window("H03")) == ["desk", "booking"]  # front desk
    supervisor = open_window("H01")
    assert set(visible_views(supervisor)) == {"supervisor", "point", "network", "staffing", "roster", "audit"}
    assert supervisor.ui.actionCalendar.isVisible() and supervisor.ui.menuAdmin.menuAction().isVisible()
    assert not supervisor.ui.actionPeople.isVisible()  # people and windows: administrators only

    # A township agent at another point than their own may do nothing there: the window says so.
    agent = open_window("T01A")
    assert visible_views(agent) == []
    assert agent.ui.pages.currentWidget() is agent._nothing and agent._nothing.isVisible()
    t01 = next(p for p in points(demo_db) if p.code == "T01")
    assert visible_views(open_window("T01A", t01)) == ["desk", "window", "supervisor", "booking", "point"]


def test_a_locked_desk_hides_its_pages_until_the_same_person_types_their_password(
    qtbot, open_window, demo_db
):
    give_password(demo_db, "H01")
    window = open_window("H01")
    page = window.ui.pages.currentWidget()
    window.ui.actionLock.trigger()
    lock = window.ui.pages.currentWidget()
    assert isinstance(lock, LockScreen) and window.session.locked
    assert not window.ui.menuBar.isEnabled() and not window.ui.actionRoster.isEnabled()
    assert lock.heading.text() == "桌面已锁定 · 陈晓燕 (H01)" and lock.form.code.text() == "H01"

    _type_and_submit(qtbot, lock.form, "H01", "wrong-pass-1")
    qtbot.waitUntil(lambda: lock.form.message.text() == "工号或密码错误。", timeout=WAIT_MS)
    assert window.session.locked

    _type_and_submit(qtbot, lock.form, "H01", PASSWORD)
    qtbot.waitUntil(lambda: not window.session.locked, timeout=WAIT_MS)
    assert window.ui.pages.currentWidget() is page  # the same page, as it was
    assert window.ui.menuBar.isEnabled() and window.ui.actionRoster.isEnabled()
    assert audit.entries(demo_db, audit.Filters(kind="desk.replaced"), actor=AUDITOR) == []


def test_another_officer_takes_a_locked_desk_over_and_it_is_recorded(qtbot, open_window, demo_db):
    give_password(demo_db, "H01", "H05")
    window = open_window("H01")
    window.ui.actionSwitchUser.trigger()  # 换人登录: the next person types their own code
    lock = window.ui.pages.currentWidget()
    assert isinstance(lock, LockScreen) and lock.form.code.text() == ""
    _type_and_submit(qtbot, lock.form, "H05", PASSWORD)
    qtbot.waitUntil(lambda: window.session.actor.code == "H05", timeout=WAIT_MS)
    assert not window.session.locked
    assert visible_views(window) == ["window"]  # the pages are made again for the new person's roles
    assert isinstance(window.ui.pages.currentWidget(), WindowConsole)
    (replaced,) = audit.entries(demo_db, audit.Filters(kind="desk.replaced"), actor=AUDITOR)
    assert replaced.actor == "H05" and '"H01"' in replaced.before


def test_an_idle_desk_locks_after_the_installations_minutes_and_input_keeps_it_open(qtbot, demo_db):
    session = DeskSession(actor_for(demo_db, "H01"))
    now = [1000.0]
    watch = IdleWatch(session, 10, clock=lambda: now[0])
    target = SignInForm(demo_db, None)
    qtbot.addWidget(target)
    target.show()
    now[0] += 9 * 60
    watch.check()
    assert not session.locked
    qtbot.keyClick(target.code, Qt.Key.Key_A)  # someone typed: the ten minutes start again
    now[0] += 9 * 60
    watch.check()
    assert not session.locked
    now[0] += 60
    watch.check()
    assert session.locked
    watch.stop()


def test_nobody_signed_in_never_locks(qtbot):
    session = DeskSession(None)
    now = [0.0]
    watch = IdleWatch(session, 1, clock=lambda: now[0])
    now[0] += 3600
    watch.check()
    assert not session.locked
    watch.stop()


def test_the_command_line_offers_every_page_of_the_main_window_and_the_board():
    from taxdesk.cli.desk import GUI_MODES
    from taxdesk.gui.main_window import MODES

    assert set(GUI_MODES) == set(MODES) | {"board"}
