"""The booking page's dialogs: moving a booking to another slot (改约), and a supervisor lifting a
taxpayer's no-show block (解除预约限制).

Both read from and write to the core through the booking page's operations
(:meth:`~taxdesk.gui.page.Page.op`); each stays open, saying why, when the core refuses, and closes only once
the change is made. Their look (the error line, the days and slots) is ``resources/theme/booking.qss``.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from taxdesk.core import bookings
from taxdesk.core.bookings import Block, BookingView
from taxdesk.gui.booking.widgets import DayPicker, SlotGrid, day_label
from taxdesk.gui.forms.ui_override_dialog import Ui_OverrideDialog
from taxdesk.gui.forms.ui_reschedule_dialog import Ui_RescheduleDialog
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page


def dispose_after_pending_work(page: Page, dialog: QDialog) -> None:
    """Delete a closed dialog once the work it asked of the page has reported back.

    The page's runner does one job after another and reports in the same order, so a job queued now reports
    after every job the dialog queued: none of them then reaches a deleted dialog. (Should the page stop
    first, the dialog goes with the page.)
    """
    page.op(lambda: None).success(lambda _none: dialog.deleteLater()).run()


class RescheduleDialog(QDialog):
    """Choose another slot for a booking (same point and service); :attr:`result_booking` is the moved
    booking once the dialog is accepted."""

    def __init__(self, page: Page, booking: BookingView, days: list[date], service_name: str):
        super().__init__(page)
        self.page, self.db, self.booking = page, page.db, booking
        self.result_booking: BookingView | None = None
        self.ui = Ui_RescheduleDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(
            self.tr(
                "预约 {code}（{service}，{taxpayer}）现为 {day} {start}–{end}。请选择新的日期和时段："
            ).format(
                code=booking.code,
                service=service_name,
                taxpayer=booking.taxpayer_name or "",
                day=day_label(booking.start.date()),
                start=f"{booking.start:%H:%M}",
                end=f"{booking.end:%H:%M}",
            )
        )
        self.days = DayPicker(self.ui.dayContainer)
        self.slots = SlotGrid(self.ui.slotContainer)
        for container, widget in ((self.ui.dayContainer, self.days), (self.ui.slotContainer, self.slots)):
            layout = QVBoxLayout(container)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(widget)
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("改约到所选时段"))
        self.ok_button.setEnabled(False)
        self.ui.buttonBox.accepted.connect(self.submit)
        self.days.day_chosen.connect(self._load_slots)
        self.slots.slot_chosen.connect(lambda start: self.ok_button.setEnabled(start is not None))
        self.days.set_days(days)
        if booking.start.date() in days:
            self.days.choose(booking.start.date())

    def _load_slots(self, day: date) -> None:
        db, point, service = self.db, self.booking.point, self.booking.service
        self.page.op(lambda: (day, bookings.slots(db, point, service, day))).success(
            self._show_slots
        ).failure(self._failed).run()

    def _show_slots(self, result) -> None:
        day, slots = result
        if day != self.days.day():
            return  # another day was chosen meanwhile
        self.slots.set_slots(slots, empty_text=self.tr("该日没有可预约的时段。"))
        if day == self.booking.start.date():
            self.slots.mark_current(
                self.booking.start,
                self.tr("{time} 现约").format(time=f"{self.booking.start:%H:%M}"),
                self.tr("当前预约的时段"),
            )

    def chosen(self) -> datetime | None:
        return self.slots.chosen()

    def submit(self) -> None:
        start = self.chosen()
        if start is None:
            return
        self.ok_button.setEnabled(False)
        db, code, actor = self.db, self.booking.code, self.page.actor
        self.page.op(lambda: bookings.reschedule_booking(db, code, start, actor=actor)).success(
            self._done
        ).failure(self._failed).run()

    def _done(self, booking: BookingView) -> None:
        self.result_booking = booking
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ui.errorLabel.setText(describe_error(exc))
        self.ok_button.setEnabled(self.chosen() is not None)
        day = self.days.day()
        if day is not None:
            self._load_slots(day)  # the places may have changed: show them as they are now


class OverrideDialog(QDialog):
    """A supervisor lets a blocked taxpayer book again, as the person signed in, with a reason kept by the
    core (which refuses anyone whose roles do not allow it)."""

    def __init__(self, page: Page, taxpayer_id: str, refusal: str):
        super().__init__(page)
        self.page, self.db, self.taxpayer_id = page, page.db, taxpayer_id
        self.block: Block | None = None
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        actor = page.actor
        self.ui.introLabel.setText(
            refusal
            + "\n\n"
            + self.tr(
                "值班长核实情况后，可填写原因解除限制（以 {person} 的名义），解除记录将留存备查。"
            ).format(person=actor.label() if actor is not None else "—")
        )
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("解除限制"))
        self.ui.buttonBox.accepted.connect(self.submit)

    def submit(self) -> None:
        reason = self.ui.reasonEdit.toPlainText().strip()
        self.ok_button.setEnabled(False)
        db, taxpayer, actor = self.db, self.taxpayer_id, self.page.actor
        self.page.op(lambda: bookings.override_block(db, taxpayer, actor=actor, reason=reason)).success(
            self._done
        ).failure(self._failed).run()

    def _done(self, block: Block) -> None:
        self.block = block
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.ok_button.setEnabled(True)
        self.ui.errorLabel.setText(describe_error(exc))
