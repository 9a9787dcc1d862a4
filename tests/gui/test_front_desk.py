"""The front desk as an officer uses it: click or press a key, see the ticket with its number and QR."""

from __future__ import annotations

import socket
import threading

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from signing_in import ANYONE
from sqlalchemy import func, select

from taxdesk.core import calls, tickets
from taxdesk.core.db.models import Ticket
from taxdesk.core.network import list_points
from taxdesk.gui import i18n
from taxdesk.gui.desk.front_desk import FrontDesk
from taxdesk.gui.main_window import MainWindow
from taxdesk.gui.printing.printers import PrintSettings

WAIT_MS = 10000


def decode(image: QImage) -> list[str]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), dtype=np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return [b.text for b in zxingcpp.read_barcodes(rows[:, : grey.width()].copy())]


@pytest.fixture
def window(qtbot, demo_db, desk_session):
    PrintSettings(mode="screen").save()
    with demo_db.session() as session:
        hall = next(p for p in list_points(session) if p.code == "HALL")
    win = MainWindow(demo_db, hall, desk_session)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=WAIT_MS)  # shortcuts only reach the active window
    qtbot.waitUntil(lambda: len(win.front_desk.service_buttons) == 24, timeout=WAIT_MS)
    yield win
    win.close()


def _ticket_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Ticket).where(Ticket.status == "waiting"))


def _issue_by_click(qtbot, win, code: str):
    desk = win.front_desk
    before = desk.recent_model.rowCount()
    qtbot.mouseClick(desk.service_buttons[code], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: desk.recent_model.rowCount() == before + 1 and not win.runner.busy, timeout=WAIT_MS
    )
    return desk.recent_model.row(0)


def test_click_a_service_and_see_the_ticket_with_its_number_and_qr(qtbot, window):
    desk = window.front_desk
    button = (
        desk.service_buttons["DKFP"]
        if "DKFP" in desk.service_buttons
        else next(iter(desk.service_buttons.values()))
    )
    code = button.objectName().removeprefix("service_")
    ticket = _issue_by_click(qtbot, window, code)

    assert ticket.number.endswith("001") and ticket.service == code
    assert ticket.number in window.statusBar().currentMessage()
    pixmap = desk.ui.previewLabel.pixmap()
    assert not pixmap.isNull()
    assert desk.ui.previewLabel.accessibleName() == ticket.number
    assert decode(pixmap.toImage()) == [ticket.qr]
    assert tickets.verify_payload(window.db, ticket.qr).valid
    row = [desk.recent_model.index(0, c).data() for c in range(desk.recent_model.columnCount())]
    assert row[0] == ticket.number and row[-1] == "等候中"


def test_function_key_issues_the_category_default_and_queue_counts_update(qtbot, window):
    desk = window.front_desk
    first_category_default = desk._category_defaults[0]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: desk.recent_model.rowCount() == 1, timeout=WAIT_MS)
    assert desk.recent_model.row(0).service == first_category_default
    qtbot.waitUntil(lambda: desk.total_waiting == 1, timeout=WAIT_MS)
    box, _title = desk.category_boxes[desk.recent_model.row(0).category]
    assert "等候 1 人" in box.title()
    assert "共 1 人等候" in desk.ui.servicesTitle.text()


def test_green_channel_toggle_issues_a_priority_ticket_once(qtbot, window):
    desk = window.front_desk
    code = next(iter(desk.service_buttons))
    qtbot.keyClick(window, Qt.Key.Key_G)
    assert desk.ui.greenButton.isChecked()
    green = _issue_by_click(qtbot, window, code)
    assert green.channel == "green" and green.number == "V001"
    assert not desk.ui.greenButton.isChecked()  # back to normal for the next taxpayer
    assert _issue_by_click(qtbot, window, code).channel == "walk_in"


def test_taxpayer_fields_are_masked_and_a_bad_phone_is_refused_inline(qtbot, window):
    desk = window.front_desk
    code = next(iter(desk.service_buttons))
    before = _ticket_count(window.db)
    qtbot.keyClicks(desk.ui.phoneEdit, "12345")
    qtbot.mouseClick(desk.service_buttons[code], Qt.MouseButton.LeftButton)
    assert "手机号" in desk.ui.hintLabel.text()
    qtbot.wait(200)
    assert _ticket_count(window.db) == before and desk.recent_model.rowCount() == 0

    desk.ui.phoneEdit.clear()
    desk.ui.nameEdit.insert("王\x1b小明")  # pasted with an escape character in it
    qtbot.mouseClick(desk.service_buttons[code], Qt.MouseButton.LeftButton)
    assert "控制字符" in desk.ui.hintLabel.text() and "U+001B" in desk.ui.hintLabel.text()
    qtbot.wait(200)
    assert _ticket_count(window.db) == before and desk.recent_model.rowCount() == 0

    desk.ui.nameEdit.clear()
    desk.ui.nameEdit.insert("王小明")  # Chinese arrives through the input method, not as key clicks
    qtbot.keyClicks(desk.ui.phoneEdit, "13912345678")
    ticket = _issue_by_click(qtbot, window, code)
    assert (ticket.taxpayer_name, ticket.taxpayer_phone) == ("王*明", "139****5678")
    assert desk.last_slip.taxpayer == "王*明 139****5678"
    assert desk.ui.nameEdit.text() == "" and desk.ui.phoneEdit.text() == "" and desk.ui.hintLabel.text() == ""


def test_reprint_the_selected_ticket_to_a_file(qtbot, window, tmp_path):
    desk = window.front_desk
    code = next(iter(desk.service_buttons))
    first = _issue_by_click(qtbot, window, code)
    _issue_by_click(qtbot, window, code)
    PrintSettings(mode="file", folder=str(tmp_path), file_format="png").save()
    desk.ui.recentTable.selectRow(1)
    assert desk.ui.reprintButton.isEnabled()
    qtbot.mouseClick(desk.ui.reprintButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(tmp_path.glob(f"*-{first.number}-reprint.png")), timeout=WAIT_MS)
    png = next(tmp_path.glob(f"*-{first.number}-reprint.png"))
    assert decode(QImage(str(png))) == [first.qr]
    qtbot.waitUntil(
        lambda: any(k == "printed" for k, _a, _d in tickets.ticket_events(window.db, first.id)),
        timeout=WAIT_MS,
    )


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_failing_printer_keeps_the_ticket_and_offers_a_reprint(qtbot, window):
    desk = window.front_desk
    PrintSettings(mode="network", address=f"127.0.0.1:{_closed_port()}").save()
    seen: list[str] = []

    def dismiss():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            later = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
            later.click()
        else:
            QTimer.singleShot(50, dismiss)

    QTimer.singleShot(50, dismiss)
    ticket = _issue_by_click(qtbot, window, next(iter(desk.service_buttons)))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert ticket.number in seen[0] and "打印失败" in seen[0]
    qtbot.waitUntil(
        lambda: any(k == "print_failed" for k, _a, _d in tickets.ticket_events(window.db, ticket.id)),
        timeout=WAIT_MS,
    )
    assert tickets.get_ticket(window.db, ticket.id).status == "waiting"


def test_tickets_go_to_a_network_thermal_printer_as_escpos(qtbot, window):
    from taxdesk.core.escpos_ticket import escpos_bytes

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    received = bytearray()

    def printer():
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.extend(chunk)

    thread = threading.Thread(target=printer, daemon=True)
    thread.start()
    address = f"127.0.0.1:{server.getsockname()[1]}"
    PrintSettings(mode="network", address=address).save()
    ticket = _issue_by_click(qtbot, window, next(iter(window.front_desk.service_buttons)))
    thread.join(10)
    server.close()
    assert bytes(received) == escpos_bytes(window.front_desk.last_slip)
    assert ticket.number.encode("gb18030") in received
    qtbot.waitUntil(
        lambda: (
            ("printed", f"escpos:{address}")
            in [(k, d) for k, _a, d in tickets.ticket_events(window.db, ticket.id)]
        ),
        timeout=WAIT_MS,
    )


def test_the_front_desk_reactivates_a_no_show_once(qtbot, window):
    from taxdesk.core import calls

    desk = window.front_desk
    ticket = _issue_by_click(qtbot, window, next(iter(desk.service_buttons)))
    number = next(
        n for n in range(1, 13) if ticket.prefix in calls.window_view(window.db, "HALL", n).categories
    )
    calls.call_next(window.db, "HALL", number, actor=ANYONE)
    for _ in range(2):
        calls.recall(window.db, ticket.id, actor=ANYONE)
    calls.no_show(window.db, ticket.id, actor=ANYONE)
    desk.refresh_queue()  # what a live update from the window's desk does
    qtbot.waitUntil(lambda: desk.recent_model.row(0).status == "no_show", timeout=WAIT_MS)
    desk.ui.recentTable.selectRow(0)
    assert desk.ui.reactivateButton.isEnabled()
    qtbot.mouseClick(desk.ui.reactivateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.recent_model.row(0).status == "waiting", timeout=WAIT_MS)
    assert "重新激活" in window.statusBar().currentMessage()
    desk.ui.recentTable.selectRow(0)
    assert not desk.ui.reactivateButton.isEnabled()  # only no-shows can be re-activated


# ------------------------------------------------------------------------------------------- a hall PC

PAGE_SIZE = (1366, 690)  # what a page gets of a maximised main window on a 1366×768 hall PC


@pytest.fixture
def english(qapp):
    """The interface in English for one test."""
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "zh_CN")


@pytest.fixture
def hall_desk(qtbot, context, runner, demo_db):
    """The front desk on its own at the hall PC's page size, with a morning's tickets and one no-show."""
    PrintSettings(mode="screen").save()
    for i in range(30):
        tickets.issue_ticket(demo_db, "HALL", ("DJBG", "FPLY", "SBJF")[i % 3], actor=ANYONE)
    missed = calls.call_next(demo_db, "HALL", 4, actor=ANYONE)  # window 4 calls B
    for _ in range(2):
        calls.recall(demo_db, missed.id, actor=ANYONE)
    calls.no_show(demo_db, missed.id, actor=ANYONE)
    page = FrontDesk(context)
    qtbot.addWidget(page)
    page.resize(*PAGE_SIZE)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: len(page.service_buttons) == 24 and not runner.busy, timeout=WAIT_MS)
    assert page.recent_model.rowCount() == 30
    page.missed = missed
    yield page
    page.stop()


def _inside(widget, page) -> bool:
    """Whether ``widget`` is shown and wholly within ``page``."""
    rect = widget.rect().translated(widget.mapTo(page, widget.rect().topLeft()))
    return widget.isVisible() and QRect(0, 0, *PAGE_SIZE).contains(rect)  # the page cannot grow past it


def _every_service_in_sight(page: FrontDesk) -> None:
    scroll = page.ui.servicesScroll
    assert scroll.verticalScrollBar().maximum() == 0, "the services need scrolling"
    viewport = scroll.viewport()
    for code, button in page.service_buttons.items():
        rect = button.rect().translated(button.mapTo(viewport, button.rect().topLeft()))
        assert button.isVisible() and viewport.rect().contains(rect), f"{code} is not in sight"
        label = button.label
        assert label.heightForWidth(label.width()) <= label.height(), f"{code} is cut off"
    for box, _title in page.category_boxes.values():
        assert box.isVisible()


def _the_rest_in_sight(page: FrontDesk) -> None:
    assert (page.width(), page.height()) == PAGE_SIZE  # its layout did not need more
    ui = page.ui
    for widget in (
        ui.greenButton, ui.nameEdit, ui.phoneEdit, ui.checkinEdit, ui.checkinButton, ui.previewLabel,
        ui.reprintButton, ui.reactivateButton, ui.verifyButton, ui.filterEdit, ui.noShowOnlyButton,
    ):  # fmt: skip
        assert _inside(widget, page), widget.objectName()
    table = ui.recentTable
    assert _inside(table, page)
    assert table.rowAt(table.viewport().height() - 1) >= 7, "fewer than eight of the day's tickets in sight"


def test_at_a_hall_pc_every_category_and_eight_of_the_days_tickets_are_in_sight(hall_desk):
    assert len(hall_desk.category_boxes) == 6
    _every_service_in_sight(hall_desk)
    _the_rest_in_sight(hall_desk)


def test_in_english_too_every_service_is_in_sight_and_whole(qtbot, english, hall_desk):
    longest = hall_desk.service_buttons["GSHS"].text()
    assert longest == "Individual income tax return and annual reconciliation"
    _every_service_in_sight(hall_desk)
    _the_rest_in_sight(hall_desk)


def test_categories_with_few_services_share_a_row():
    from taxdesk.gui.desk.front_desk import pack_categories

    assert pack_categories([7, 5, 5, 4, 2, 1]) == [[(0, 5)], [(1, 5)], [(2, 5)], [(3, 4)], [(4, 2), (5, 2)]]
    assert pack_categories([1, 1, 1]) == [[(0, 2), (1, 2)], [(2, 2)]]
    assert pack_categories([]) == []


def _shown(page: FrontDesk) -> list[str]:
    table = page.ui.recentTable
    return [table.model().index(r, 0).data() for r in range(table.model().rowCount())]


def test_f11_shows_only_the_no_shows_with_the_first_selected_for_re_activation(qtbot, hall_desk):
    page = hall_desk
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT_MS)  # shortcuts only reach the active window
    qtbot.keyClick(page, Qt.Key.Key_F11)  # one key
    assert _shown(page) == [page.missed.number]
    assert page.selected_ticket().id == page.missed.id
    assert page.ui.reactivateButton.isEnabled()
    qtbot.mouseClick(page.ui.reactivateButton, Qt.MouseButton.LeftButton)  # and one click
    qtbot.waitUntil(lambda: tickets.get_ticket(page.db, page.missed.id).status == "waiting", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _shown(page) == [] and not page.runner.busy, timeout=WAIT_MS)  # not a no-show now
    assert page.ui.recentEmptyLabel.isVisible() and page.ui.recentEmptyLabel.text() == "今日没有过号的票。"
    assert not page.ui.reactivateButton.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_F11)
    assert len(_shown(page)) == 30 and not page.ui.recentEmptyLabel.isVisible()


def test_the_days_tickets_are_found_by_number_service_or_state(qtbot, hall_desk):
    page = hall_desk
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.filterEdit.hasFocus()
    qtbot.keyClicks(page.ui.filterEdit, "a7")  # A007, without its zeros
    assert _shown(page) == ["A007"]
    qtbot.keyClick(page.ui.filterEdit, Qt.Key.Key_Return)  # Enter selects it, ready to reprint
    assert page.selected_ticket().number == "A007" and page.ui.reprintButton.isEnabled()
    page.ui.filterEdit.setText("社会保险")  # a service, as the desk names it
    assert len(_shown(page)) == 10 and all(n.startswith("D") for n in _shown(page))
    page.ui.filterEdit.setText("过号")  # a state, as the list shows it
    assert _shown(page) == [page.missed.number]
    page.ui.filterEdit.setText("Z9")
    assert _shown(page) == [] and page.ui.recentEmptyLabel.text() == "没有符合条件的票。"
    page.ui.filterEdit.clear()
    assert len(_shown(page)) == 30 and not page.ui.recentEmptyLabel.isVisible()
