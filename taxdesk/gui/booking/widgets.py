"""The pieces the booking page and the reschedule dialog share: the row of bookable days, the grid of a day's
slots with their places left, and the table of a day's bookings.

Widgets only: they show what they are given and say what was chosen; the page fetches slots and bookings
from the core in the background.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from taxdesk.core import clock
from taxdesk.core.bookings import BookingView, Slot
from taxdesk.gui import i18n, theme
from taxdesk.gui.widgets.models import MUTED_FOREGROUND, RowsModel

CONTEXT = "Booking"
SLOT_COLUMNS = 7
AFTERNOON_FROM = 12  # slots starting at or after noon are shown on the afternoon row

WEEKDAYS = [
    QT_TRANSLATE_NOOP("Booking", "周一"),
    QT_TRANSLATE_NOOP("Booking", "周二"),
    QT_TRANSLATE_NOOP("Booking", "周三"),
    QT_TRANSLATE_NOOP("Booking", "周四"),
    QT_TRANSLATE_NOOP("Booking", "周五"),
    QT_TRANSLATE_NOOP("Booking", "周六"),
    QT_TRANSLATE_NOOP("Booking", "周日"),
]

STATE_TEXT = {
    "booked": QT_TRANSLATE_NOOP("Booking", "已预约"),
    "checked_in": QT_TRANSLATE_NOOP("Booking", "已签到"),
    "cancelled": QT_TRANSLATE_NOOP("Booking", "已取消"),
    "missed": QT_TRANSLATE_NOOP("Booking", "未到"),
}

STYLE = f"""
QPushButton[role="day"], QPushButton[role="slot"] {{
    border: 1px solid #b8c4d3; border-radius: 5px; background: #ffffff; padding: 4px 8px;
}}
QPushButton[role="day"] {{ min-height: 30px; font-size: 11pt; }}
QPushButton[role="slot"] {{ min-height: 34px; min-width: 70px; font-size: 11pt; }}
QPushButton[role="day"]:hover, QPushButton[role="slot"]:hover {{ background: #eef4fb; border-color: {theme.ACCENT}; }}
QPushButton[role="day"]:checked, QPushButton[role="slot"]:checked {{
    background: {theme.ACCENT}; color: #ffffff; border-color: #174a85;
}}
QPushButton[role="slot"][state="few"] {{ color: #8a5a00; }}
QPushButton[role="slot"][state="few"]:checked {{ color: #ffffff; }}
QPushButton[role="slot"][state="full"] {{ background: #f8e9e7; color: #a4473d; border-color: #ecc9c4; }}
QPushButton[role="slot"][state="closed"] {{ background: #eef0f3; color: #a3abb5; border-color: #dfe3e8; }}
QPushButton[role="slot"][state="current"] {{
    background: #f3f7fc; color: {theme.ACCENT}; border: 2px dashed {theme.ACCENT}; font-weight: bold;
}}
QLabel[role="period"] {{ color: #5b6673; font-weight: bold; padding-right: 6px; }}
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def day_label(day: date, today: date | None = None) -> str:
    """11月30日 周一 (with 今天 / 明天 where that helps)."""
    text = (
        QCoreApplication.translate("Booking", "{month}月{day}日").format(month=day.month, day=day.day)
        + " "
        + _tr(WEEKDAYS[day.weekday()])
    )
    today = today or clock.now().date()
    if day == today:
        text += " " + QCoreApplication.translate("Booking", "今天")
    elif (day - today).days == 1:
        text += " " + QCoreApplication.translate("Booking", "明天")
    return text


def state_text(state: str) -> str:
    return _tr(STATE_TEXT[state]) if state in STATE_TEXT else state


def _restyle(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class DayPicker(QWidget):
    """One checkable button per bookable day; exactly one is chosen."""

    day_chosen = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[date, QPushButton] = {}

    def set_days(self, days: list[date], today: date | None = None) -> None:
        """Show ``days``; keep the chosen day if it is still offered, else choose the first."""
        chosen = self.day()
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.buttons.clear()
        while self._layout.count():
            self._layout.takeAt(0)
        for day in days:
            button = QPushButton(day_label(day, today), self)
            button.setProperty("role", "day")
            button.setObjectName(f"day_{day:%Y%m%d}")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, d=day: self.day_chosen.emit(d))
            self._group.addButton(button)
            self._layout.addWidget(button)
            self.buttons[day] = button
        self._layout.addStretch(1)
        if days:
            self.choose(chosen if chosen in self.buttons else days[0])

    def day(self) -> date | None:
        return next((d for d, b in self.buttons.items() if b.isChecked()), None)

    def choose(self, day: date) -> None:
        """Choose ``day`` as if clicked (``day_chosen`` is emitted)."""
        if day in self.buttons:
            self.buttons[day].setChecked(True)
            self.day_chosen.emit(day)


class SlotGrid(QWidget):
    """The day's slots as buttons, morning and afternoon rows: "09:00 余2"; full ones disabled, ones that
    cannot be booked now (passed, too soon, no places for this service) greyed."""

    slot_chosen = Signal(object)  # the slot's start (datetime), or None when the choice is cleared

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(6)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}  # "HH:MM" -> button
        self.slots: list[Slot] = []
        self._empty = QLabel(self)
        self._empty.setWordWrap(True)
        self._empty.setObjectName("emptyLabel")

    def set_slots(self, slots: list[Slot], keep: datetime | None = None, empty_text: str = "") -> None:
        """Show ``slots``; ``keep`` stays chosen if it can still be booked."""
        self.slots = list(slots)
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.buttons.clear()
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None and item.widget() is not self._empty:
                item.widget().deleteLater()
        if not slots:
            self._empty.setText(empty_text)
            self._empty.show()
            self._grid.addWidget(self._empty, 0, 0)
            self.slot_chosen.emit(None)
            return
        self._empty.hide()
        morning = [s for s in slots if s.start.hour < AFTERNOON_FROM]
        afternoon = [s for s in slots if s.start.hour >= AFTERNOON_FROM]
        row = 0
        kept = False
        for title, part in (
            (QCoreApplication.translate("Booking", "上午"), morning),
            (QCoreApplication.translate("Booking", "下午"), afternoon),
        ):
            if not part:
                continue
            label = QLabel(title, self)
            label.setProperty("role", "period")
            self._grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            for index, slot in enumerate(part):
                button = self._button(slot)
                self._grid.addWidget(button, row + index // SLOT_COLUMNS, 1 + index % SLOT_COLUMNS)
                if keep is not None and slot.start == keep and button.isEnabled():
                    button.setChecked(True)
                    kept = True
            row += (len(part) + SLOT_COLUMNS - 1) // SLOT_COLUMNS
        self._grid.setColumnStretch(SLOT_COLUMNS + 1, 1)
        if not kept:
            self.slot_chosen.emit(None)

    def _button(self, slot: Slot) -> QPushButton:
        hhmm = slot.start.strftime("%H:%M")
        if not slot.bookable:
            state, text = "closed", hhmm
            tip = QCoreApplication.translate(
                "Booking",
                "{start}–{end}：现在不能预约（已过、距开始不足规定时间，或本服务点不接受该业务预约）",
            )
        elif slot.remaining == 0:
            state, text = "full", QCoreApplication.translate("Booking", "{time} 已满").format(time=hhmm)
            tip = QCoreApplication.translate("Booking", "{start}–{end}：已约满（共 {capacity} 个名额）")
        else:
            state = "few" if slot.remaining == 1 < slot.capacity else "open"  # the last of several places
            text = QCoreApplication.translate("Booking", "{time} 余{count}").format(
                time=hhmm, count=slot.remaining
            )
            tip = QCoreApplication.translate(
                "Booking", "{start}–{end}：余 {remaining} 个名额（共 {capacity} 个）"
            )
        button = QPushButton(text, self)
        button.setObjectName(f"slot_{slot.start:%H%M}")
        button.setProperty("role", "slot")
        button.setProperty("state", state)
        button.setCheckable(True)
        button.setEnabled(state in ("open", "few"))
        button.setToolTip(
            tip.format(
                start=hhmm,
                end=slot.end.strftime("%H:%M"),
                remaining=slot.remaining,
                capacity=slot.capacity,
            )
        )
        button.clicked.connect(lambda _checked=False, start=slot.start: self.slot_chosen.emit(start))
        self._group.addButton(button)
        self.buttons[hhmm] = button
        return button

    def chosen(self) -> datetime | None:
        return next(
            (
                s.start
                for s in self.slots
                if (b := self.buttons.get(s.start.strftime("%H:%M"))) and b.isChecked()
            ),
            None,
        )

    def choose(self, start: datetime) -> None:
        button = self.buttons.get(start.strftime("%H:%M"))
        if button is not None and button.isEnabled():
            button.setChecked(True)
            self.slot_chosen.emit(start)


class BookingsModel(RowsModel):
    """A day's bookings at the point, by slot."""

    context = "Booking"
    SERVICE_COLUMN = 2
    headers = (
        QT_TRANSLATE_NOOP("Booking", "时段"),
        QT_TRANSLATE_NOOP("Booking", "预约码"),
        QT_TRANSLATE_NOOP("Booking", "业务"),
        QT_TRANSLATE_NOOP("Booking", "纳税人"),
        QT_TRANSLATE_NOOP("Booking", "证件号"),
        QT_TRANSLATE_NOOP("Booking", "状态"),
    )
    STATE_COLOURS = {
        "checked_in": QColor(theme.GREEN),
        "cancelled": MUTED_FOREGROUND,
        "missed": QColor(theme.WARNING),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self.service_names: dict[str, str] = {}  # service code -> name in the interface language

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt override)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.headers[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        booking: BookingView = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{booking.start:%H:%M}–{booking.end:%H:%M}",
                booking.code,
                self.service_names.get(booking.service, booking.service_name),
                " ".join(p for p in (booking.taxpayer_name, booking.taxpayer_phone) if p),
                booking.taxpayer_id or "",
                state_text(booking.state),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.STATE_COLOURS.get(booking.state)
            if colour is not None and (
                index.column() == len(self.headers) - 1 or booking.state == "cancelled"
            ):
                return colour
        return None

    def find(self, code: str) -> int | None:
        return next((i for i, b in enumerate(self.rows) if b.code == code), None)


def service_label(name: str, name_en: str, prefix: str) -> str:
    return f"{prefix}  {i18n.localized(name, name_en)}"
