"""The booking page as an agent uses it: pick a service, a day and a slot, type the taxpayer in, book, and
see the slip and the places left; cancel, move and reprint the day's bookings; lift a no-show block."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from taxdesk.core import bookings, clock
from taxdesk.core.db.models import Booking
from taxdesk.gui.booking.page import BookingPage
from taxdesk.gui.printing.printers import PrintSettings

WAIT_MS = 10000
SERVICE = "FPLY"  # 发票领用: three places per slot at the demo hall
PERSON = "11010519491231002X"
OTHER = "440524198001010013"


def decode(image: QImage) -> list[str]:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), dtype=np.uint8).reshape(grey.height(), grey.bytesPerLine())
    return [b.text for b in zxingcpp.read_barcodes(rows[:, : grey.width()].copy())]


@pytest.fixture
def page(qtbot, demo_db, make_context, runner):
    PrintSettings(mode="screen").save()
    page = BookingPage(make_context(demo_db))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.ui.serviceList.count() > 0 and page.days.day() is not None, timeout=WAIT_MS)
    yield page
    page.stop()
    runner.wait()


def day_with_places():
    """A working day ahead (not today: today's slots may be past or too soon)."""
    return bookings.bookable_days(clock.now().date(), 5)[1]


def show(qtbot, page, service=SERVICE, day=None):
    day = day or day_with_places()
    page.select_service(service)
    page.days.choose(day)
    qtbot.waitUntil(
        lambda: (
            bool(page.slots)
            and page.slots[0].start.date() == day
            and not page.runner.busy
            and page.service_code() == service
        ),
        timeout=WAIT_MS,
    )
    return day


def first_open(page) -> str:
    return next(f"{s.start:%H:%M}" for s in page.slots if s.bookable and s.remaining > 0)


def remaining(page, hhmm: str) -> int:
    return next(s.remaining for s in page.slots if f"{s.start:%H:%M}" == hhmm)


def fill(qtbot, page, *, name="王小明", phone="13912345678", id_number=PERSON):
    page.ui.nameEdit.insert(name)  # Chinese arrives through the input method, not as key clicks
    qtbot.keyClicks(page.ui.phoneEdit, phone)
    qtbot.keyClicks(page.ui.idEdit, id_number)


def booking_count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Booking))


def wait_idle(qtbot, page):
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=WAIT_MS)


def test_booking_a_slot_shows_the_slip_and_the_place_is_taken(qtbot, page, demo_db):
    show(qtbot, page)
    hhmm = first_open(page)
    before = remaining(page, hhmm)
    assert page.slot_buttons[hhmm].text() == f"{hhmm} 余{before}"
    assert not page.ui.bookButton.isEnabled()  # no slot chosen yet
    qtbot.mouseClick(page.slot_buttons[hhmm], Qt.MouseButton.LeftButton)
    fill(qtbot, page)
    assert page.ui.bookButton.isEnabled()
    qtbot.mouseClick(page.ui.bookButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_slip is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: remaining(page, hhmm) == before - 1 and not page.runner.busy, timeout=WAIT_MS)

    slip = page.last_slip
    booking = bookings.get_booking(demo_db, slip.code)
    assert booking.state == "booked" and f"{booking.start:%H:%M}" == hhmm and booking.service == SERVICE
    assert page.slot_buttons[hhmm].text() == f"{hhmm} 余{before - 1}"
    assert decode(page.ui.slipLabel.pixmap().toImage()) == [booking.qr]  # the slip as shown, scanned
    assert slip.code in page.ui.slipLabel.accessibleName()
    assert slip.taxpayer == "王*明 139****5678" and slip.id_line == "身份证号 1101**********002X"
    row = page.bookings_model.find(slip.code)
    assert row is not None
    cells = [page.bookings_model.index(row, c).data() for c in range(page.bookings_model.columnCount())]
    assert cells[1] == slip.code and cells[3] == "王*明 139****5678" and cells[-1] == "已预约"
    assert page.ui.nameEdit.text() == "" and page.ui.idEdit.text() == ""  # ready for the next taxpayer


def test_the_slip_is_printed_where_the_desk_prints(qtbot, page, demo_db, tmp_path):
    PrintSettings(mode="file", folder=str(tmp_path), file_format="png").save()
    show(qtbot, page)
    qtbot.mouseClick(page.slot_buttons[first_open(page)], Qt.MouseButton.LeftButton)
    fill(qtbot, page)
    qtbot.keyClick(page.ui.idEdit, Qt.Key.Key_Return)  # Enter in the last field books
    qtbot.waitUntil(lambda: any(tmp_path.glob("*-booking-*.png")), timeout=WAIT_MS)
    png = next(tmp_path.glob("*-booking-*.png"))
    code = png.stem.rsplit("-", 1)[-1]
    assert decode(QImage(str(png))) == [bookings.get_booking(demo_db, code).qr]


def test_a_bad_id_number_gets_an_inline_hint_and_books_nothing(qtbot, page, demo_db):
    show(qtbot, page)
    qtbot.mouseClick(page.slot_buttons[first_open(page)], Qt.MouseButton.LeftButton)
    before = booking_count(demo_db)
    fill(qtbot, page, id_number="110105194912310021")  # the last digit mistyped
    assert "校验位" in page.hint  # said as soon as all 18 characters are in
    assert page.ui.idEdit.property("invalid")
    qtbot.mouseClick(page.ui.bookButton, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert "身份证号校验位不符" in page.hint and page.last_slip is None
    assert booking_count(demo_db) == before

    page.ui.businessRadio.setChecked(True)  # the same number read as a credit code is wrong too
    assert "统一社会信用代码" in page.hint
    page.ui.phoneEdit.clear()
    qtbot.keyClicks(page.ui.phoneEdit, "1391234")
    page.ui.personRadio.setChecked(True)
    page.ui.idEdit.clear()
    qtbot.keyClicks(page.ui.idEdit, PERSON)
    assert page.hint == "✔ 身份证号有效"
    qtbot.mouseClick(page.ui.bookButton, Qt.MouseButton.LeftButton)
    assert "手机号「1391234」格式不正确" in page.hint
    qtbot.wait(200)
    assert booking_count(demo_db) == before


def test_cancelling_gives_the_place_back(qtbot, page, demo_db, monkeypatch):
    day = day_with_places()
    show(qtbot, page, day=day)
    hhmm = first_open(page)
    before = remaining(page, hhmm)
    booked = bookings.create_booking(
        demo_db,
        "HALL",
        SERVICE,
        bookings.slot_time(day, hhmm),
        name="李四",
        phone="13812345678",
        id_number=OTHER,
    )
    page.refresh()  # what a live update from the other desk does
    qtbot.waitUntil(lambda: remaining(page, hhmm) == before - 1 and not page.runner.busy, timeout=WAIT_MS)
    page.ui.bookingsTable.selectRow(page.bookings_model.find(booked.code))
    assert page.ui.cancelButton.isEnabled()
    asked = []

    def answer_yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    qtbot.mouseClick(page.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: remaining(page, hhmm) == before and not page.runner.busy, timeout=WAIT_MS)
    assert booked.code in asked[0]
    assert bookings.get_booking(demo_db, booked.code).status == "cancelled"
    row = page.bookings_model.find(booked.code)
    assert page.bookings_model.index(row, 5).data() == "已取消"
    assert not page.ui.cancelButton.isEnabled() and not page.ui.rescheduleButton.isEnabled()


def _when_modal(kind, act):
    """Run ``act(widget)`` on the next modal widget of ``kind`` once it is shown."""

    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        else:
            QTimer.singleShot(30, poll)

    QTimer.singleShot(30, poll)


def test_reschedule_moves_the_booking_and_prints_a_new_slip(qtbot, page, demo_db):
    from taxdesk.gui.booking.dialogs import RescheduleDialog

    day = day_with_places()
    show(qtbot, page, day=day)
    first, *later = [f"{s.start:%H:%M}" for s in page.slots if s.bookable and s.remaining > 0]
    target = later[-1]
    booked = bookings.create_booking(
        demo_db,
        "HALL",
        SERVICE,
        bookings.slot_time(day, first),
        name="李四",
        phone="13812345678",
        id_number=OTHER,
    )
    page.refresh()
    qtbot.waitUntil(lambda: page.bookings_model.find(booked.code) is not None, timeout=WAIT_MS)
    page.ui.bookingsTable.selectRow(page.bookings_model.find(booked.code))

    def move(dialog):
        def pick():
            if target in dialog.slots.buttons and not page.runner.busy:
                dialog.slots.buttons[target].click()
                dialog.ok_button.click()
            else:
                QTimer.singleShot(30, pick)

        pick()

    _when_modal(RescheduleDialog, move)
    qtbot.mouseClick(page.ui.rescheduleButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_slip is not None and not page.runner.busy, timeout=WAIT_MS)
    moved = bookings.get_booking(demo_db, booked.code)
    assert f"{moved.start:%H:%M}" == target and page.last_slip.time_text.startswith(target)
    assert decode(page.ui.slipLabel.pixmap().toImage()) == [moved.qr]
    qtbot.waitUntil(lambda: remaining(page, first) == remaining(page, target) + 1, timeout=WAIT_MS)


def test_a_blocked_taxpayer_is_told_until_when_and_a_supervisor_can_lift_it(qtbot, page, demo_db):
    from taxdesk.core import calendar
    from taxdesk.gui.booking.dialogs import OverrideDialog

    # Three bookings on the last working days, never attended.
    today = clock.now().date()
    missed_days = []
    day = today - timedelta(days=1)
    while len(missed_days) < 3:
        if calendar.is_workday(day):
            missed_days.append(day)
        day -= timedelta(days=1)
    for missed in missed_days:
        start = bookings.slot_time(missed, "09:00")
        bookings.create_booking(
            demo_db,
            "HALL",
            SERVICE,
            start,
            name="张小三",
            phone="13812345678",
            id_number=PERSON,
            at=start - timedelta(days=1),
        )
    assert bookings.block_status(demo_db, PERSON).blocked

    show(qtbot, page)
    qtbot.mouseClick(page.slot_buttons[first_open(page)], Qt.MouseButton.LeftButton)
    fill(qtbot, page)
    seen = []

    def refuse(box):
        seen.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole).click()
        _when_modal(OverrideDialog, lift)

    def lift(dialog):
        dialog.ui.staffEdit.setText("H01")
        dialog.ui.reasonEdit.setPlainText("住院，已核实")
        dialog.ok_button.click()

    _when_modal(QMessageBox, refuse)
    qtbot.mouseClick(page.ui.bookButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_slip is not None, timeout=WAIT_MS)
    until = bookings.block_status(demo_db, PERSON).blocked_until
    assert "3 次预约未到" in seen[0] and f"{until:%Y-%m-%d}" in seen[0]
    assert bookings.get_booking(demo_db, page.last_slip.code).state == "booked"
    assert not bookings.block_status(demo_db, PERSON).blocked
