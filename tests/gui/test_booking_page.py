"""The booking page as an agent uses it: pick a service, a day and a slot, type the taxpayer in, book, and
see the slip and the places left; cancel, move and reprint the day's bookings; lift a no-show block."""

from __future__ import annotations

import re
from datetime import timedelta

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from signing_in import ANYONE
from sqlalchemy import func, select

from taxdesk.core import bookings, clock
from taxdesk.core.db.models import Booking
from taxdesk.gui import i18n
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
        actor=ANYONE,
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


def test_the_list_shows_the_taxpayer_masked_and_in_full_on_request_audited(qtbot, page, demo_db):
    from sqlalchemy import select

    from taxdesk.core.db.models import AuditEntry

    day = day_with_places()
    show(qtbot, page, day=day)
    booked = bookings.create_booking(
        demo_db,
        "HALL",
        SERVICE,
        bookings.slot_time(day, first_open(page)),
        name="李四",
        phone="13812345678",
        id_number=OTHER,
        actor=ANYONE,
    )
    page.refresh()
    qtbot.waitUntil(lambda: page.bookings_model.find(booked.code) is not None, timeout=WAIT_MS)
    row = page.bookings_model.find(booked.code)
    shown = [page.bookings_model.index(row, c).data() for c in range(page.bookings_model.columnCount())]
    assert "13812345678" not in " ".join(map(str, shown)) and any("138****5678" in str(v) for v in shown)
    assert page.ui.revealButton.isVisible() and not page.ui.revealButton.isEnabled()
    page.ui.bookingsTable.selectRow(row)
    qtbot.mouseClick(page.ui.revealButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.day_bookings.personal_box is not None, timeout=WAIT_MS)
    box = page.day_bookings.personal_box
    assert "李四" in box.text() and "13812345678" in box.text() and "审计日志" in box.text()
    box.accept()
    with demo_db.session() as session:
        entry = session.execute(
            select(AuditEntry.actor, AuditEntry.object).where(AuditEntry.kind == "personal.view")
        ).one()
    assert entry.actor == "admin" and booked.code in entry.object


def test_the_show_in_full_button_is_not_offered_to_a_window_officer(qtbot, demo_db, make_context, runner):
    from taxdesk.core.accounts import actor_for
    from taxdesk.gui.signin.session import DeskSession

    page = BookingPage(make_context(demo_db, session=DeskSession(actor_for(demo_db, "H09"))))
    qtbot.addWidget(page)
    page.show()
    assert not page.ui.revealButton.isVisible()
    page.stop()
    runner.wait()


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
        actor=ANYONE,
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
            actor=ANYONE,
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
        dialog.ui.reasonEdit.setPlainText("住院，已核实")
        dialog.ok_button.click()

    _when_modal(QMessageBox, refuse)
    qtbot.mouseClick(page.ui.bookButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_slip is not None, timeout=WAIT_MS)
    until = bookings.block_status(demo_db, PERSON).blocked_until
    assert "3 次预约未到" in seen[0] and f"{until:%Y-%m-%d}" in seen[0]
    assert bookings.get_booking(demo_db, page.last_slip.code).state == "booked"
    assert not bookings.block_status(demo_db, PERSON).blocked


# ------------------------------------------------------------------------------ a hall PC, both languages

HALL_PC = (1366, 690)  # what a maximised page gets on a 1366×768 hall PC
MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
WEEKDAYS = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"


def valid_id(serial: int) -> str:
    """A resident ID number with a correct check character (born 1990-03-10)."""
    body = f"11010119900310{serial:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]


@pytest.fixture(params=["zh_CN", "en"])
def hall_page(request, qtbot, qapp, demo_db, make_context, runner):
    """The booking page in each interface language, at the size a hall PC gives it."""
    i18n.install(qapp, request.param)
    PrintSettings(mode="screen").save()
    page = BookingPage(make_context(demo_db))
    qtbot.addWidget(page)
    page.resize(*HALL_PC)
    page.show()
    page.load()
    qtbot.waitUntil(lambda: page.ui.serviceList.count() > 0 and page.days.day() is not None, timeout=WAIT_MS)
    yield page
    page.stop()
    runner.wait()
    i18n.install(qapp, "zh_CN")


def on_page(page, widget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def whole(page, widget) -> bool:
    """Shown, inside the page and (a button) as wide as its text asks."""
    wide_enough = not isinstance(widget, QPushButton) or widget.width() >= widget.sizeHint().width()
    return widget.isVisible() and page.rect().contains(on_page(page, widget)) and wide_enough


def test_at_a_hall_pc_size_the_days_slots_form_and_bookings_are_all_there_in_either_language(
    qtbot, hall_page, demo_db
):
    page = hall_page
    day = show(qtbot, page)
    open_slots = [s for s in page.slots if s.bookable and s.remaining > 0]
    for serial, slot in enumerate(open_slots[:7]):
        bookings.create_booking(
            demo_db,
            "HALL",
            SERVICE,
            slot.start,
            name="李四",
            phone="13812345678",
            id_number=valid_id(serial),
            actor=ANYONE,
        )
    page.refresh()
    qtbot.waitUntil(lambda: page.bookings_model.rowCount() == 7 and not page.runner.busy, timeout=WAIT_MS)
    hhmm = f"{open_slots[-1].start:%H:%M}"
    qtbot.mouseClick(page.slot_buttons[hhmm], Qt.MouseButton.LeftButton)
    fill(qtbot, page, id_number=valid_id(99))
    qtbot.mouseClick(page.ui.bookButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_slip is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.bookings_model.rowCount() == 8 and not page.runner.busy, timeout=WAIT_MS)
    qtbot.wait(50)

    buttons = [*page.days.buttons.values(), *page.slot_buttons.values()]
    assert len(page.days.buttons) >= 5 and len(page.slot_buttons) >= 10
    cut = [b.text() for b in buttons if not whole(page, b)]
    assert cut == []
    slot_rects = [on_page(page, b) for b in page.slot_buttons.values()]
    assert not any(a.intersects(b) for i, a in enumerate(slot_rects) for b in slot_rects[i + 1 :])
    assert all(whole(page, label) for label in page.slot_grid.labels)  # 上午 / 下午
    ui = page.ui
    for widget in (
        ui.serviceSearch,
        ui.serviceList,
        ui.nameEdit,
        ui.phoneEdit,
        ui.personRadio,
        ui.businessRadio,
        ui.idEdit,
        ui.bookButton,
        ui.revealButton,
        ui.rescheduleButton,
        ui.cancelButton,
        ui.reprintButton,
        ui.bookingsSummary,
        ui.slipLabel,
    ):
        assert whole(page, widget), widget.objectName()
    assert not ui.serviceList.horizontalScrollBar().isVisible()

    table, viewport = ui.bookingsTable, ui.bookingsTable.viewport()
    assert whole(page, table)
    first, last = table.rowAt(0), table.rowAt(viewport.height() - 1)
    assert last - first + 1 >= 4  # four bookings at a glance, the rest a scroll away
    new = page.bookings_model.find(page.last_slip.code)
    assert table.selectionModel().selectedRows()[0].row() == new
    assert viewport.rect().contains(table.visualRect(page.bookings_model.index(new, 0)))  # shown whole
    assert ui.slipLabel.pixmap().width() >= 200 and decode(ui.slipLabel.pixmap().toImage()) == [
        bookings.get_booking(demo_db, page.last_slip.code).qr
    ]
    assert i18n.day_and_weekday(day) in ui.bookingsBox.title()


def test_dates_on_the_booking_page_and_the_reschedule_dialog_follow_the_interface_language(
    qtbot, hall_page, demo_db
):
    from taxdesk.gui.booking.dialogs import RescheduleDialog

    page = hall_page
    day = show(qtbot, page)
    english = i18n.current() == "en"
    texts = [b.text() for b in page.days.buttons.values()]
    if english:
        assert all(re.match(rf"^({WEEKDAYS}) ({MONTHS}) \d{{1,2}}\b", t) for t in texts), texts
        assert texts[0].endswith("today") or clock.now().date() not in page.days.buttons
    else:
        assert all(re.match(r"^\d{1,2}月\d{1,2}日 周[一二三四五六日]", t) for t in texts), texts
    assert not any("/" in t for t in texts)
    assert page.ui.bookingsBox.title().count(i18n.month_day(day)) == 1

    booked = bookings.create_booking(
        demo_db,
        "HALL",
        SERVICE,
        page.slots[-1].start,
        name="李四",
        phone="13812345678",
        id_number=OTHER,
        actor=ANYONE,
    )
    days = bookings.bookable_days(clock.now().date(), 5)
    dialog = RescheduleDialog(page, booked, days, "Invoice collection" if english else "发票领用")
    qtbot.addWidget(dialog)
    intro = dialog.ui.introLabel.text()
    assert i18n.day_and_weekday(day) in intro and "/" not in intro.replace(booked.code, "")
    assert [b.text() for b in dialog.days.buttons.values()] == texts
    qtbot.waitUntil(lambda: bool(dialog.slots.buttons) and not page.runner.busy, timeout=WAIT_MS)


def test_slots_wrap_to_a_narrow_width_without_cutting_or_overlapping(qtbot, qapp):
    from datetime import datetime

    from taxdesk.gui.booking.widgets import SlotGrid

    day = datetime(2026, 12, 8)
    slots = [
        bookings.Slot(day.replace(hour=h, minute=m), day.replace(hour=h, minute=m + 29), 3, 3 - i % 4, True)
        for i, (h, m) in enumerate((h, m) for h in (8, 9, 10, 11, 13, 14, 15, 16) for m in (0, 30))
    ]
    grid = SlotGrid()
    qtbot.addWidget(grid)
    grid.set_slots(slots)
    for width in (1200, 420, 200):
        grid.resize(width, grid.heightForWidth(width))
        grid.show()
        qtbot.wait(20)
        rects = [QRect(b.mapTo(grid, QPoint(0, 0)), b.size()) for b in grid.buttons.values()]
        assert all(grid.rect().contains(r) for r in rects), width
        assert all(b.width() >= b.sizeHint().width() for b in grid.buttons.values()), width
        assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :]), width
    narrow, wide = grid.heightForWidth(200), grid.heightForWidth(1200)
    assert narrow > 2 * wide  # one or two slots a line instead of all of a half-day
