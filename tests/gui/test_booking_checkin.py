"""Checking in at the front desk: a scanned booking slip becomes a booking-priority ticket (Y…), shown and
printed like any ticket; a slip that cannot be used says why, in one sentence."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from signing_in import ANYONE

from taxdesk.core import bookings, clock, tickets
from taxdesk.gui.desk.front_desk import FrontDesk
from taxdesk.gui.printing.printers import PrintSettings

WAIT_MS = 10000
PERSON = "11010519491231002X"


def decode(image: QImage) -> list[str]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), dtype=np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return [b.text for b in zxingcpp.read_barcodes(rows[:, : grey.width()].copy())]


@pytest.fixture
def desk(qtbot, make_context, demo_db, runner):
    PrintSettings(mode="screen").save()
    desk = FrontDesk(make_context(demo_db, "HALL"))
    qtbot.addWidget(desk)
    desk.resize(1366, 690)
    desk.show()
    desk.load()
    qtbot.waitUntil(lambda: len(desk.service_buttons) == 24 and not runner.busy, timeout=WAIT_MS)
    yield desk
    desk.stop()


def book(db, point="HALL", service="FPLY", who=PERSON):
    """A booking made today for the first open slot of the next working day."""
    day = bookings.bookable_days(clock.now().date(), 5)[1]
    slot = next(s for s in bookings.slots(db, point, service, day) if s.bookable and s.remaining)
    return bookings.create_booking(
        db, point, service, slot.start, name="张小三", phone="13812345678", id_number=who, actor=ANYONE
    )


@pytest.fixture
def arrive(monkeypatch):
    """Move the desk's clock to ``moment`` (the taxpayer arriving on the day of the booking)."""

    def at(moment):
        monkeypatch.setattr(clock, "now", lambda: moment)

    return at


def scan(qtbot, desk, payload: str) -> None:
    """What a USB scanner does: types the code into the focused box and presses Enter."""
    desk.focus_check_in()
    desk.ui.checkinEdit.clear()
    qtbot.keyClicks(desk.ui.checkinEdit, payload)
    qtbot.keyClick(desk.ui.checkinEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(desk.check_in_message) and not desk.runner.busy, timeout=WAIT_MS)


def test_a_scanned_slip_issues_a_booking_ticket_and_a_second_scan_is_refused(qtbot, desk, demo_db, arrive):
    booking = book(demo_db)
    arrive(booking.start - timedelta(minutes=10))
    desk.ui.nameEdit.insert("王小明")  # being typed for the next walk-in
    scan(qtbot, desk, booking.qr)

    qtbot.waitUntil(lambda: desk.recent_model.rowCount() == 1, timeout=WAIT_MS)
    ticket = desk.recent_model.row(0)
    assert ticket.number == "Y001" and ticket.channel == "booking" and ticket.service == "FPLY"
    assert "Y001" in desk.check_in_message and "签到成功" in desk.check_in_message
    assert desk.ui.previewLabel.accessibleName() == "Y001"
    assert desk.last_slip.channel_label == "预约"
    assert decode(desk.ui.previewLabel.pixmap().toImage()) == [ticket.qr]
    assert tickets.verify_payload(demo_db, ticket.qr).valid
    assert bookings.get_booking(demo_db, booking.code).state == "checked_in"
    assert desk.ui.checkinEdit.text() == ""  # ready for the next scan
    assert desk.ui.nameEdit.text() == "王小明"

    scan(qtbot, desk, booking.qr)
    assert desk.check_in_message == f"✘ 不能签到：预约 {booking.code} 已签到取号，不能重复使用。"
    assert desk.recent_model.rowCount() == 1  # no second ticket
    assert desk.ui.checkinEdit.hasFocus() and desk.ui.checkinEdit.selectedText() == booking.qr


def test_the_typed_booking_code_works_too_and_early_or_late_says_the_time(qtbot, desk, demo_db, arrive):
    booking = book(demo_db)
    arrive(booking.start - timedelta(minutes=45))
    scan(qtbot, desk, booking.code.lower())
    opens = booking.start - timedelta(minutes=30)
    assert f"可于 {opens.date()} {opens:%H:%M} 起签到" in desk.check_in_message
    arrive(booking.start + timedelta(minutes=20))
    scan(qtbot, desk, booking.code)
    closed = booking.start + timedelta(minutes=15)
    assert f"已于 {closed.date()} {closed:%H:%M} 截止" in desk.check_in_message
    assert desk.recent_model.rowCount() == 0
    arrive(booking.start)
    scan(qtbot, desk, booking.code)
    assert "签到成功" in desk.check_in_message and desk.recent_model.row(0).number == "Y001"


def test_a_booking_for_another_point_is_refused_with_its_name(qtbot, desk, demo_db, arrive):
    booking = book(demo_db, point="T01", service="SBJF")
    arrive(booking.start - timedelta(minutes=5))
    scan(qtbot, desk, booking.qr)
    assert desk.check_in_message == (
        f"✘ 不能签到：预约 {booking.code} 是在「青山镇丰收微税厅」的预约，请到该服务点签到。"
    )
    assert desk.recent_model.rowCount() == 0
    assert bookings.get_booking(demo_db, booking.code).state == "booked"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda qr: qr[:-2] + ("AA" if not qr.endswith("AA") else "BB"), "签名不符：已被篡改或伪造"),
        (lambda qr: "T1" + qr[2:], "这不是预约凭条的二维码"),
        (lambda qr: "HELLO WORLD:1", "这不是 TaxDesk 预约凭条的二维码"),
        (lambda qr: "", "请扫描预约凭条上的二维码"),
    ],
)
def test_a_forged_or_foreign_code_is_refused_with_the_reason(qtbot, desk, demo_db, arrive, change, reason):
    booking = book(demo_db)
    arrive(booking.start)
    payload = change(booking.qr)
    if payload:
        scan(qtbot, desk, payload)
    else:
        qtbot.mouseClick(desk.ui.checkinButton, Qt.MouseButton.LeftButton)
    assert reason in desk.check_in_message
    assert desk.recent_model.rowCount() == 0


def test_a_cancelled_booking_cannot_check_in(qtbot, desk, demo_db, arrive):
    booking = book(demo_db)
    bookings.cancel_booking(demo_db, booking.code, actor=ANYONE)
    arrive(booking.start)
    scan(qtbot, desk, booking.qr)
    assert desk.check_in_message == f"✘ 不能签到：预约 {booking.code} 已取消，不能签到。"


def test_f10_goes_to_the_check_in_box_and_a_walk_in_ticket_clears_its_message(qtbot, desk, demo_db, arrive):
    booking = book(demo_db)
    arrive(booking.start)
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(desk, Qt.Key.Key_F10)
    assert desk.ui.checkinEdit.hasFocus()
    scan(qtbot, desk, booking.qr)
    assert "签到成功" in desk.check_in_message
    qtbot.mouseClick(desk.service_buttons["FPLY"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.recent_model.rowCount() == 2, timeout=WAIT_MS)
    assert desk.check_in_message == ""


def test_f10_checks_in_the_typed_code_as_its_button_says(qtbot, desk, demo_db, arrive):
    """The button reads 签到取号 (F10): F10 in the check-in box checks in what was typed or scanned (it
    used to only move the focus there again)."""
    booking = book(demo_db)
    arrive(booking.start)
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow, timeout=WAIT_MS)  # shortcuts only reach the active window
    qtbot.keyClick(desk, Qt.Key.Key_F10)  # nothing typed yet: F10 goes to the box
    assert desk.ui.checkinEdit.hasFocus() and desk.check_in_message == ""
    qtbot.keyClicks(desk.ui.checkinEdit, booking.code)
    qtbot.keyClick(desk.ui.checkinEdit, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: desk.recent_model.rowCount() == 1 and not desk.runner.busy, timeout=WAIT_MS)
    assert "签到成功" in desk.check_in_message and desk.recent_model.row(0).number == "Y001"
    assert desk.ui.checkinEdit.text() == ""


def test_f10_checks_in_a_typed_code_while_the_officer_is_elsewhere(qtbot, desk, demo_db, arrive):
    booking = book(demo_db)
    arrive(booking.start)
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow, timeout=WAIT_MS)
    desk.ui.checkinEdit.setText(booking.code)
    desk.ui.nameEdit.setFocus()  # typing a walk-in's name meanwhile
    qtbot.keyClick(desk.ui.nameEdit, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: desk.recent_model.rowCount() == 1 and not desk.runner.busy, timeout=WAIT_MS)
    assert desk.recent_model.row(0).channel == "booking"
