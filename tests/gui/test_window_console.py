"""The window console as an officer uses it: sign in, call, recall, start, finish, transfer, pause —
with the mouse and with the function keys — and what the window shows after each step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from signing_in import ANYONE
from sqlalchemy import select

from taxdesk.core import calls, tickets
from taxdesk.core.db.models import Window, WindowEvent
from taxdesk.gui.desk.window_console import WindowConsole

WAIT_MS = 10000
WINDOW = 4  # the hall's window 4 serves B (发票业务) only
OFFICER = "H09"  # 刘洋, qualified for B
B_SERVICE = "FPLY"  # 发票领用
A_SERVICE = "DJBG"  # 税务登记信息变更


@pytest.fixture
def console(qtbot, context):
    QSettings().setValue("window/number", WINDOW)
    QSettings().setValue("window/staff", OFFICER)
    page = WindowConsole(context)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.desk is not None and page.officers_read, timeout=WAIT_MS)
    yield page
    page.stop()


def settled(page: WindowConsole) -> bool:
    return (
        not page.runner.busy
        and not page._acting
        and not page.refreshing
        and page.desk is not None
        and page.officers_read
    )


def click(qtbot, page: WindowConsole, button) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(page), timeout=WAIT_MS)


def signed_in(qtbot, page: WindowConsole) -> WindowConsole:
    click(qtbot, page, page.ui.signInButton)
    assert page.ui.stateLabel.text() == "开放"
    return page


def status_of(db, ticket_id: int) -> str:
    return tickets.get_ticket(db, ticket_id).status


def test_the_console_remembers_the_window_and_officer_and_signs_in(qtbot, console, demo_db):
    assert console.ui.windowCombo.currentData() == WINDOW
    assert console.ui.officerCombo.currentData() == OFFICER
    assert console.ui.stateLabel.text() == "未签到" and console.ui.numberLabel.text() == "未签到"
    assert not console.ui.callButton.isEnabled() and not console.ui.signOutButton.isEnabled()
    signed_in(qtbot, console)
    assert "刘洋" in console.ui.signedInLabel.text()
    assert not console.ui.windowCombo.isEnabled()  # no switching windows while signed in
    view = calls.window_view(demo_db, "HALL", WINDOW)
    assert (view.state, view.officer_code) == ("open", OFFICER)
    click(qtbot, console, console.ui.signOutButton)
    assert console.ui.stateLabel.text() == "未签到" and console.ui.windowCombo.isEnabled()
    assert calls.window_view(demo_db, "HALL", WINDOW).state == "closed"


def test_call_recall_twice_then_no_show(qtbot, console, demo_db):
    first = tickets.issue_ticket(
        demo_db, "HALL", B_SERVICE, taxpayer_name="王小明", taxpayer_phone="13912345678", actor=ANYONE
    )
    tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    signed_in(qtbot, console)
    assert "共 2 人等候" in console.ui.queueSummaryLabel.text()

    click(qtbot, console, console.ui.callButton)
    ui = console.ui
    assert ui.numberLabel.text() == first.number
    assert "正在呼叫" in ui.phaseLabel.text() and ui.serviceLabel.text() == "发票领用"
    assert ui.taxpayerValue.text() == "王*明 139****5678"
    assert ui.timerLabel.text().startswith("已呼叫")
    assert "共 1 人等候" in ui.queueSummaryLabel.text()
    assert not ui.callButton.isEnabled() and not ui.noShowButton.isEnabled()
    assert ui.noShowHintLabel.text() == "需先重呼 2 次（已 0 次）"

    click(qtbot, console, ui.recallButton)
    assert ui.recallValue.text() == "1 次" and not ui.noShowButton.isEnabled()
    click(qtbot, console, ui.recallButton)
    assert ui.recallValue.text() == "2 次" and ui.noShowButton.isEnabled()
    click(qtbot, console, ui.noShowButton)
    assert status_of(demo_db, first.id) == "no_show"
    assert ui.numberLabel.text() == "空闲" and ui.callButton.isEnabled()


def test_call_start_finish(qtbot, console, demo_db):
    ticket = tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    signed_in(qtbot, console)
    ui = console.ui
    click(qtbot, console, ui.callButton)
    click(qtbot, console, ui.startButton)
    assert ui.phaseLabel.text() == "办理中" and ui.numberLabel.text() == ticket.number
    assert ui.timerLabel.text().startswith("办理 0:0")
    assert not ui.recallButton.isEnabled() and not ui.startButton.isEnabled()
    assert status_of(demo_db, ticket.id) == "serving"
    click(qtbot, console, ui.finishButton)
    assert status_of(demo_db, ticket.id) == "finished"
    assert ui.numberLabel.text() == "暂无等候" and ui.timerLabel.text().startswith("空闲")


def test_finish_and_call_next_in_one_press(qtbot, console, demo_db):
    first = tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    second = tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    signed_in(qtbot, console)
    click(qtbot, console, console.ui.callButton)
    click(qtbot, console, console.ui.finishNextButton)
    assert status_of(demo_db, first.id) == "finished"
    assert console.ui.numberLabel.text() == second.number and status_of(demo_db, second.id) == "called"
    click(qtbot, console, console.ui.finishNextButton)
    assert status_of(demo_db, second.id) == "finished"
    assert console.ui.numberLabel.text() == "暂无等候"


def test_transfer_sends_the_ticket_to_another_service_and_the_console_is_free(qtbot, console, demo_db):
    ticket = tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    signed_in(qtbot, console)
    click(qtbot, console, console.ui.callButton)
    qtbot.mouseClick(console.ui.transferButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.transfer_dialog is not None and console.transfer_dialog.isVisible())
    dialog = console.transfer_dialog
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # neither a service nor a window chosen yet
    assert dialog.ui.serviceCombo.findData(B_SERVICE) == -1  # not to the service it already has
    dialog.ui.serviceCombo.setCurrentIndex(dialog.ui.serviceCombo.findData(A_SERVICE))
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(console) and console.ticket is None, timeout=WAIT_MS)
    moved = tickets.get_ticket(demo_db, ticket.id)
    assert (moved.status, moved.service, moved.number) == ("waiting", A_SERVICE, ticket.number)
    assert console.ui.numberLabel.text() == "暂无等候"  # window 4 does not call A
    assert console.ui.callButton.isEnabled()


def test_transfer_to_a_window_that_does_not_serve_the_category_warns(qtbot, console, demo_db):
    tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    signed_in(qtbot, console)
    click(qtbot, console, console.ui.callButton)
    qtbot.mouseClick(console.ui.transferButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.transfer_dialog is not None and console.transfer_dialog.isVisible())
    dialog = console.transfer_dialog
    assert dialog.ui.windowCombo.findData(WINDOW) == -1  # not to itself
    dialog.ui.windowCombo.setCurrentIndex(dialog.ui.windowCombo.findData(2))  # window 2 serves A only
    assert "不办理 B 类业务" in dialog.ui.noteLabel.text() and "未开放" in dialog.ui.noteLabel.text()
    dialog.reject()
    assert console.ticket is not None  # cancelled: nothing changed


def test_pause_stops_calling_until_resumed(qtbot, console, demo_db):
    tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    signed_in(qtbot, console)
    ui = console.ui
    ui.pauseReasonCombo.setCurrentIndex(1)  # 午休
    click(qtbot, console, ui.pauseButton)
    assert ui.stateLabel.text() == "暂停" and ui.numberLabel.text() == "已暂停"
    assert not ui.callButton.isEnabled() and ui.pauseButton.text() == "恢复"
    with demo_db.session() as session:
        window_id = session.scalar(select(Window.id).where(Window.point_id == 1, Window.number == WINDOW))
        detail = session.scalar(
            select(WindowEvent.detail).where(WindowEvent.window_id == window_id, WindowEvent.kind == "pause")
        )
    assert detail == "午休"
    click(qtbot, console, ui.pauseButton)
    assert ui.stateLabel.text() == "开放" and ui.callButton.isEnabled() and ui.pauseButton.text() == "暂停"


def test_calling_when_nobody_waits_says_so(qtbot, console):
    signed_in(qtbot, console)
    assert console.ui.numberLabel.text() == "暂无等候"
    with qtbot.waitSignal(console.status_message, timeout=WAIT_MS) as said:
        qtbot.mouseClick(console.ui.callButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(console), timeout=WAIT_MS)
    assert said.args == ["暂无等候"]
    assert console.ui.numberLabel.text() == "暂无等候" and console.ui.callButton.isEnabled()


def test_signing_out_while_serving_shows_the_reason_and_changes_nothing(qtbot, console, demo_db):
    ticket = tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    signed_in(qtbot, console)
    click(qtbot, console, console.ui.callButton)
    assert not console.ui.messageLabel.isVisible()
    click(qtbot, console, console.ui.signOutButton)
    message = console.ui.messageLabel
    assert message.isVisible() and message.text().startswith("签退未成功")
    assert f"正在办理 {ticket.number}" in message.text() and "Traceback" not in message.text()
    assert console.ui.stateLabel.text() == "开放" and console.ui.numberLabel.text() == ticket.number
    assert calls.window_view(demo_db, "HALL", WINDOW).state == "open"
    click(qtbot, console, console.ui.finishButton)
    assert not message.isVisible()  # the next action that works clears it


def test_function_keys_drive_the_window(qtbot, console, demo_db):
    first = tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    second = tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    signed_in(qtbot, console)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow, timeout=WAIT_MS)  # shortcuts only reach the active window

    def press(key, modifier=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(console, key, modifier)
        qtbot.waitUntil(lambda: settled(console), timeout=WAIT_MS)

    press(Qt.Key.Key_F1)
    assert console.ui.numberLabel.text() == first.number
    press(Qt.Key.Key_F2)
    assert console.ui.recallValue.text() == "1 次"
    press(Qt.Key.Key_F3)
    assert status_of(demo_db, first.id) == "serving"
    press(Qt.Key.Key_F1)  # refused quietly: the window is busy (the button is disabled)
    assert status_of(demo_db, second.id) == "waiting"
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert status_of(demo_db, first.id) == "finished" and status_of(demo_db, second.id) == "called"
    press(Qt.Key.Key_F4)
    assert status_of(demo_db, second.id) == "finished"
    press(Qt.Key.Key_F7)
    assert console.ui.stateLabel.text() == "暂停"
    press(Qt.Key.Key_F7)
    assert console.ui.stateLabel.text() == "开放"


def test_changes_by_other_desks_appear_after_a_live_update(qtbot, console, demo_db, live):
    signed_in(qtbot, console)
    for _ in range(3):
        tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
    live.changed.emit("T01")  # another point: nothing to read
    qtbot.wait(100)
    assert console.ui.queueSummaryLabel.text() == "暂无等候"
    live.changed.emit("HALL")
    qtbot.waitUntil(lambda: "共 3 人等候" in console.ui.queueSummaryLabel.text(), timeout=WAIT_MS)
    assert console.ui.numberLabel.text() == "空闲"
    called = calls.call_next(demo_db, "HALL", WINDOW, actor=ANYONE)  # e.g. the same window from the CLI
    live.changed.emit("")  # SQLite cannot say which point
    qtbot.waitUntil(lambda: console.ui.numberLabel.text() == called.number, timeout=WAIT_MS)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_at_a_hall_pc_the_whole_console_is_in_sight_with_every_name_whole(
    qtbot, qapp, context, demo_db, language
):
    """At the page size of a 1366×768 hall PC, in both languages: the sign-in bar, the ticket, the queue
    and all eight action buttons are in sight, and no button's name is cut off."""
    from taxdesk.gui import i18n

    QSettings().setValue("window/number", WINDOW)
    QSettings().setValue("window/staff", OFFICER)
    i18n.install(qapp, language)
    try:
        tickets.issue_ticket(
            demo_db, "HALL", B_SERVICE, taxpayer_name="王小明", taxpayer_phone="13912345678", actor=ANYONE
        )
        tickets.issue_ticket(demo_db, "HALL", B_SERVICE, actor=ANYONE)
        page = WindowConsole(context)
        qtbot.addWidget(page)
        page.resize(1366, 690)
        page.show()
        page.load()
        qtbot.waitUntil(lambda: settled(page), timeout=WAIT_MS)
        signed_in_text = page.ui.stateLabel.text()
        click(qtbot, page, page.ui.signInButton)
        assert page.ui.stateLabel.text() != signed_in_text
        click(qtbot, page, page.ui.callButton)
        ui = page.ui
        number = ui.numberLabel  # 120 pt now that a number is called: the layout follows the style sheet
        qtbot.waitUntil(lambda: number.height() >= number.sizeHint().height(), timeout=WAIT_MS)
        buttons = [
            ui.callButton, ui.recallButton, ui.startButton, ui.finishButton, ui.noShowButton,
            ui.transferButton, ui.pauseButton, ui.finishNextButton,
        ]  # fmt: skip
        for widget in [
            ui.windowCombo, ui.officerCombo, ui.signOutButton, ui.stateLabel, ui.numberLabel, ui.serviceLabel,
            ui.timerLabel, ui.taxpayerValue, ui.recallValue, ui.queueTable, ui.pauseReasonCombo,
            ui.noShowHintLabel, *buttons,
        ]:  # fmt: skip
            rect = widget.rect().translated(widget.mapTo(page, widget.rect().topLeft()))
            assert widget.isVisible() and QRect(0, 0, 1366, 690).contains(rect), widget.objectName()
        assert (page.width(), page.height()) == (1366, 690)  # its layout did not need more
        for button in buttons:
            assert button.width() >= button.sizeHint().width(), f"{button.text()} is cut off"
        assert number.width() >= number.sizeHint().width()
        page.stop()
    finally:
        i18n.install(qapp, "zh_CN")


# ------------------------------------------------------------------------------------------ who signs in


def console_as(qtbot, make_context, demo_db, code: str, window: int) -> WindowConsole:
    """The console at ``window`` with ``code`` signed in at the desk."""
    from taxdesk.core.accounts import actor_for
    from taxdesk.gui.signin.session import DeskSession

    QSettings().setValue("window/number", window)
    session = DeskSession(actor_for(demo_db, code))
    page = WindowConsole(make_context(demo_db, session=session))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: settled(page), timeout=WAIT_MS)
    return page


def offered(page: WindowConsole) -> list[tuple[str, str]]:
    combo = page.ui.officerCombo
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def test_a_window_officer_is_offered_only_themselves_and_then_told_what_the_window_calls(
    qtbot, make_context, demo_db
):
    page = console_as(qtbot, make_context, demo_db, OFFICER, WINDOW)
    assert [code for code, _ in offered(page)] == [OFFICER]
    assert "刘洋（H09）" in offered(page)[0][1] and "可办 B" in offered(page)[0][1]
    assert not page.ui.officerCombo.isEnabled() and page.ui.signInButton.isEnabled()
    assert not page.ui.servesLabel.isVisible()
    signed_in(qtbot, page)
    assert page.ui.servesLabel.isVisible()
    assert page.ui.servesLabel.text() == "本窗口为刘洋叫号的类别：B 发票业务"
    assert calls.window_view(demo_db, "HALL", WINDOW).officer_code == OFFICER
    page.stop()


def test_an_officer_not_qualified_for_the_window_is_told_so_and_cannot_sign_in(qtbot, make_context, demo_db):
    page = console_as(qtbot, make_context, demo_db, OFFICER, 2)  # window 2 serves A only; 刘洋 serves B
    assert page.ui.servesLabel.isVisible() and page.ui.servesLabel.property("tone") == "warning"
    assert page.ui.servesLabel.text() == "您（刘洋）没有2号窗口业务类别（A）的资质，不能在此窗口签到。"
    assert not page.ui.signInButton.isEnabled() and not page.ui.officerCombo.isEnabled()
    assert calls.window_view(demo_db, "HALL", 2).state == "closed"
    page.stop()


def test_a_supervisor_is_offered_the_qualified_officers_only_and_seats_one(qtbot, make_context, demo_db):
    from taxdesk.core.qualification import qualified_officers

    page = console_as(qtbot, make_context, demo_db, "H01", WINDOW)
    qualified = [o.code for o in qualified_officers(demo_db, "HALL", WINDOW)]
    assert [code for code, _ in offered(page)] == qualified
    assert "H07" not in qualified and "H01" in qualified  # 潘志强 serves A and C, not B
    assert all("可办 B" in text for _, text in offered(page))
    # The supervisor may seat others but not call: the officer this PC remembers is offered first.
    assert page.ui.officerCombo.currentData() == qualified[0] and page.ui.officerCombo.isEnabled()
    page.ui.officerCombo.setCurrentIndex(page.ui.officerCombo.findData(OFFICER))
    signed_in(qtbot, page)
    assert calls.window_view(demo_db, "HALL", WINDOW).officer_code == OFFICER
    assert page.ui.servesLabel.text() == "本窗口为刘洋叫号的类别：B 发票业务"
    with demo_db.session() as session:
        window_id = session.scalar(select(Window.id).where(Window.point_id == 1, Window.number == WINDOW))
        detail = session.scalar(
            select(WindowEvent.detail).where(
                WindowEvent.window_id == window_id, WindowEvent.kind == "sign_in"
            )
        )
    assert detail == "seated by H01"
    page.stop()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_serving_line_and_the_refusal_fit_a_hall_pc(qtbot, qapp, make_context, demo_db, language):
    """Screenshots at 1366×768 (/tmp/window-console-*.png): signed in with the serving line, and the plain
    refusal at a window the officer is not qualified for."""
    from taxdesk.gui import i18n

    i18n.install(qapp, language)
    try:
        for window, name in ((WINDOW, "serving"), (2, "refused")):
            page = console_as(qtbot, make_context, demo_db, OFFICER, window)
            page.resize(1366, 690)
            if window == WINDOW:
                click(qtbot, page, page.ui.signInButton)
            qtbot.wait(50)  # the layout follows the new texts
            label = page.ui.servesLabel
            rect = label.rect().translated(label.mapTo(page, label.rect().topLeft()))
            assert label.isVisible() and QRect(0, 0, 1366, 690).contains(rect)
            assert label.height() >= label.heightForWidth(label.width())  # the whole line is in sight
            assert (page.width(), page.height()) == (1366, 690)
            signed = page.ui.signedInLabel
            assert signed.width() >= signed.sizeHint().width()  # whole beside the longer list
            page.grab().save(f"/tmp/window-console-{name}-{language}.png")
            if window == WINDOW:
                click(qtbot, page, page.ui.signOutButton)
            page.stop()
    finally:
        i18n.install(qapp, "zh_CN")
