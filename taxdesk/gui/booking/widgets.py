"""The pieces the booking page and the reschedule dialog share: the row of bookable days, the grid of a day's
slots with their places left, and the table of a day's bookings.

Widgets only: they show what they are given and say what was chosen; the page fetches slots and bookings
from the core in the background. The days and the slots wrap to the width they are given (a 1366-pixel
hall PC, a long English text, a long booking horizon), so every button always shows its whole text. Their
look is ``resources/theme/booking.qss`` (``#dayPicker``, ``#slotGrid``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from taxdesk.core import clock
from taxdesk.core.bookings import BookingView, Slot
from taxdesk.gui import i18n, theme
from taxdesk.gui.widgets.models import RowsModel

CONTEXT = "Booking"
SPACING = 6
AFTERNOON_FROM = 12  # slots starting at or after noon are shown on the afternoon row

STATE_TEXT = {
    "booked": QT_TRANSLATE_NOOP("Booking", "已预约"),
    "checked_in": QT_TRANSLATE_NOOP("Booking", "已签到"),
    "cancelled": QT_TRANSLATE_NOOP("Booking", "已取消"),
    "missed": QT_TRANSLATE_NOOP("Booking", "未到"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def day_label(day: date, today: date | None = None) -> str:
    """12月7日 周一 / Mon Dec 7 in the interface language (with 今天 / 明天 where that helps)."""
    text = i18n.day_and_weekday(day)
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


# ---------------------------------------------------------------------------------------------- wrapping


class WrapLayout(QLayout):
    """Rows of buttons that wrap to the width they are given, each row optionally led by a label (上午 / 下午).

    ``uniform``: every button is as wide as the widest and they stand in columns (the slot grid); else each
    is as wide as its text and they flow (the days). Heights follow the width (height-for-width), so the
    rows the buttons need are the rows the page gives them: nothing is clipped, nothing overlaps.
    """

    def __init__(self, parent: QWidget | None = None, *, uniform: bool = False, spacing: int = SPACING):
        super().__init__(parent)
        self._uniform = uniform
        self._gap = spacing
        self._rows: list[tuple[QLayoutItem | None, list[QLayoutItem]]] = []
        self.setContentsMargins(0, 0, 0, 0)

    # ------------------------------------------------------------------------------------ contents

    def add_row(self, label: QWidget | None, widgets: Sequence[QWidget]) -> None:
        """A row of ``widgets`` (wrapping onto as many lines as it needs), led by ``label`` if given."""
        items = []
        for widget in ([label] if label is not None else []) + list(widgets):
            self.addChildWidget(widget)
            items.append(QWidgetItem(widget))
        self._rows.append((items[0], items[1:]) if label is not None else (None, items))
        self.invalidate()

    def clear(self) -> None:
        """Take every item out (the widgets stay; their owner deletes them)."""
        self._rows.clear()
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        if not self._rows or self._rows[-1][0] is not None:
            self._rows.append((None, []))
        self._rows[-1][1].append(item)
        self.invalidate()

    def _flat(self) -> list[QLayoutItem]:
        return [item for label, items in self._rows for item in ([label] if label else []) + items]

    def count(self) -> int:
        return len(self._flat())

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        flat = self._flat()
        return flat[index] if 0 <= index < len(flat) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        item = self.itemAt(index)
        if item is None:
            return None
        for row, (label, items) in enumerate(self._rows):
            if label is item:
                self._rows[row] = (None, items)
            elif item in items:
                items.remove(item)
        self.invalidate()
        return item

    # ------------------------------------------------------------------------------------ geometry

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def _shown(self) -> list[tuple[QLayoutItem | None, list[QLayoutItem]]]:
        rows = []
        for label, items in self._rows:
            items = [item for item in items if not item.isEmpty()]
            if items:
                rows.append((label if label is not None and not label.isEmpty() else None, items))
        return rows

    def _indent(self, rows) -> int:
        """The width of the label column (and the gap after it), or 0 when no row has a label."""
        width = max((label.sizeHint().width() for label, _items in rows if label is not None), default=0)
        return width + self._gap if width else 0

    def _cell(self, rows) -> QSize:
        hints = [item.sizeHint() for _label, items in rows for item in items]
        return QSize(max((h.width() for h in hints), default=0), max((h.height() for h in hints), default=0))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """As wide as every row on one line."""
        rows = self._shown()
        margins = self.contentsMargins()
        widest = 0
        for _label, items in rows:
            if self._uniform:
                line = len(items) * (self._cell(rows).width() + self._gap) - self._gap
            else:
                line = sum(item.sizeHint().width() + self._gap for item in items) - self._gap
            widest = max(widest, line)
        width = self._indent(rows) + widest + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        """One button per line at the narrowest; the height is what the width given asks for."""
        rows = self._shown()
        margins = self.contentsMargins()
        width = self._indent(rows) + self._cell(rows).width() + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(self.sizeHint().width()))

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the items in ``rect`` (only measure unless ``apply``); returns the height used.

        The labels stand left of their rows while that costs no line; when a row would wrap only because of
        them, they go above their rows instead (a long English "Afternoon" on a 1366-pixel screen).
        """
        rows = self._shown()
        margins = self.contentsMargins()
        left, top = rect.x() + margins.left(), rect.y() + margins.top()
        cell, gap = self._cell(rows), self._gap
        width = rect.width() - margins.left() - margins.right()
        indent = self._indent(rows)
        above = False
        if indent and self._uniform:
            longest = max(len(items) for _label, items in rows)
            if self._columns(width - indent, cell) < longest <= self._columns(width, cell):
                indent, above = 0, True
        room = max(width - indent, cell.width())
        y = top
        for number, (label, items) in enumerate(rows):
            if number:
                y += gap
            if above and label is not None:
                height = label.sizeHint().height()
                if apply:
                    label.setGeometry(QRect(left, y, width, height))
                y += height
            row_top = y
            if self._uniform:
                columns = self._columns(room, cell)
                for index, item in enumerate(items):
                    line, column = divmod(index, columns)
                    x = left + indent + column * (cell.width() + gap)
                    if apply:
                        item.setGeometry(QRect(QPoint(x, y + line * (cell.height() + gap)), cell))
                first_line = cell.height()
                y += math.ceil(len(items) / columns) * (cell.height() + gap) - gap
            else:
                x, line_height, first_line = 0, 0, 0
                for item in items:
                    hint = item.sizeHint()
                    if x and x + hint.width() > room:
                        first_line = first_line or line_height
                        x, y, line_height = 0, y + line_height + gap, 0
                    if apply:
                        item.setGeometry(QRect(QPoint(left + indent + x, y), hint))
                    x += hint.width() + gap
                    line_height = max(line_height, hint.height())
                first_line = first_line or line_height
                y += line_height
            if label is not None and not above and apply:
                label.setGeometry(QRect(left, row_top, indent - gap, first_line))
        return y - top + margins.top() + margins.bottom() if rows else 0

    def _columns(self, room: int, cell: QSize) -> int:
        return max(1, (room + self._gap) // (cell.width() + self._gap))


# ---------------------------------------------------------------------------------------------- days, slots


class DayPicker(QWidget):
    """One checkable button per bookable day, wrapping when the row is full; exactly one is chosen."""

    day_chosen = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dayPicker")
        self._layout = WrapLayout(self)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[date, QPushButton] = {}

    def set_days(self, days: list[date], today: date | None = None) -> None:
        """Show ``days``; keep the chosen day if it is still offered, else choose the first."""
        chosen = self.day()
        self._layout.clear()
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.buttons.clear()
        for day in days:
            button = QPushButton(day_label(day, today), self)
            button.setProperty("role", "day")
            button.setObjectName(f"day_{day:%Y%m%d}")
            button.setCheckable(True)
            button.clicked.connect(lambda _checked=False, d=day: self.day_chosen.emit(d))
            button.ensurePolished()  # laid out at the style sheet's size
            self._group.addButton(button)
            self.buttons[day] = button
        self._layout.add_row(None, list(self.buttons.values()))
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
    cannot be booked now (passed, too soon, no places for this service) greyed. The columns are as many as
    the width holds, so a slot's text is never cut."""

    slot_chosen = Signal(object)  # the slot's start (datetime), or None when the choice is cleared

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("slotGrid")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}  # "HH:MM" -> button
        self.labels: list[QLabel] = []  # 上午 / 下午
        self.slots: list[Slot] = []
        self._empty = QLabel(self)
        self._empty.setWordWrap(True)
        self._empty.setObjectName("emptyLabel")
        self._cells = QWidget(self)
        self._grid = WrapLayout(self._cells, uniform=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._empty)
        layout.addWidget(self._cells)

    def set_slots(self, slots: list[Slot], keep: datetime | None = None, empty_text: str = "") -> None:
        """Show ``slots``; ``keep`` stays chosen if it can still be booked."""
        self.slots = list(slots)
        self._grid.clear()
        for widget in (*self.buttons.values(), *self.labels):
            if isinstance(widget, QPushButton):
                self._group.removeButton(widget)
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.deleteLater()
        self.buttons.clear()
        self.labels.clear()
        self._empty.setVisible(not slots)
        self._cells.setVisible(bool(slots))
        if not slots:
            self._empty.setText(empty_text)
            self.slot_chosen.emit(None)
            return
        kept = False
        for title, part in (
            (
                QCoreApplication.translate("Booking", "上午"),
                [s for s in slots if s.start.hour < AFTERNOON_FROM],
            ),
            (
                QCoreApplication.translate("Booking", "下午"),
                [s for s in slots if s.start.hour >= AFTERNOON_FROM],
            ),
        ):
            if not part:
                continue
            label = QLabel(title, self._cells)
            label.setProperty("role", "period")
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            label.ensurePolished()
            self.labels.append(label)
            buttons = [self._button(slot) for slot in part]
            for slot, button in zip(part, buttons, strict=True):
                if keep is not None and slot.start == keep and button.isEnabled():
                    button.setChecked(True)
                    kept = True
            self._grid.add_row(label, buttons)
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
        button = QPushButton(text, self._cells)
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
        button.ensurePolished()  # the style sheet's size now, not when first shown: the rows are laid out now
        self._group.addButton(button)
        self.buttons[hhmm] = button
        return button

    def mark_current(self, start: datetime, text: str, tip: str) -> None:
        """Show the slot a booking has now (the reschedule dialog): not choosable, framed."""
        button = self.buttons.get(f"{start:%H:%M}")
        if button is None:
            return
        button.setText(text)
        button.setToolTip(tip)
        button.setProperty("state", "current")
        button.setEnabled(False)
        _restyle(button)

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


# ---------------------------------------------------------------------------------------------- bookings


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
    STATE_COLOURS = {  # names in the theme
        "checked_in": "green",
        "cancelled": "faint",
        "missed": "warning",
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
                return theme.colour(colour)
        return None

    def find(self, code: str) -> int | None:
        return next((i for i, b in enumerate(self.rows) if b.code == code), None)


def service_label(name: str, name_en: str, prefix: str) -> str:
    return f"{prefix}  {i18n.localized(name, name_en)}"
