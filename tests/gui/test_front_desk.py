"""The front desk as an officer uses it: click or press a key, see the ticket with its number and QR."""

from __future__ import annotations

import socket
import threading

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from taxdesk.core import tickets
from taxdesk.core.db.models import Ticket
from taxdesk.core.network import list_points
from taxdesk.gui.main_window import MainWindow
from taxdesk.gui.printing.printers import PrintSettings

WAIT_MS = 10000


def decode(image: QImage) -> list[str]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), dtype=np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return [b.text for b in zxingcpp.read_barcodes(rows[:, : grey.width()].copy())]


@pytest.fixture
def window(qtbot, demo_db):
    PrintSettings(mode="screen").save()
    with demo_db.session() as session:
        hall = next(p for p in list_points(session) if p.code == "HALL")
    win = MainWindow(demo_db, hall)
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
    calls.call_next(window.db, "HALL", number)
    for _ in range(2):
        calls.recall(window.db, ticket.id)
    calls.no_show(window.db, ticket.id)
    desk.refresh_queue()  # what a live update from the window's desk does
    qtbot.waitUntil(lambda: desk.recent_model.row(0).status == "no_show", timeout=WAIT_MS)
    desk.ui.recentTable.selectRow(0)
    assert desk.ui.reactivateButton.isEnabled()
    qtbot.mouseClick(desk.ui.reactivateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.recent_model.row(0).status == "waiting", timeout=WAIT_MS)
    assert "重新激活" in window.statusBar().currentMessage()
    desk.ui.recentTable.selectRow(0)
    assert not desk.ui.reactivateButton.isEnabled()  # only no-shows can be re-activated
