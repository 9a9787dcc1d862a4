"""The roster page's staff × day grid as a table model: the hall's own staff, then the branch staff on the
tidal rotation under a heading row of their own (which names the block's shifts and their times); a cell
shows the shift, the window and queue on one line (with a padlock when locked; the times in its tooltip),
休假 on leave, closed days grey and the cells that break a hard rule red. A day
the person has a wish for (排班意愿) carries a small heart in its top right corner — ♥ when the roster on
screen meets every wish of that day, ♡ when it does not — and a line per wish in its tooltip.

Dragging a cell onto another person's cell (same or another day) asks the page to move the assignment
(:attr:`RosterGridModel.move_requested`); the model never changes itself, the page applies the move as an
undoable edit. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate

from taxdesk.core.roster.check import Violation
from taxdesk.core.roster.hall import HallWeek
from taxdesk.core.roster.store import Wish
from taxdesk.gui import i18n, theme
from taxdesk.gui.roster.models import (
    BROKEN_FILL,
    BROKEN_INK,
    MUTED_INK,
    Cell,
    RosterState,
    category_name,
    duty_short_name,
    plain_name,
    shift_label,
    template_name,
    template_text,
    times_text,
    wish_line,
    wish_met,
)

MIME_TYPE = "application/x-taxdesk-roster-cell"

_LOCK: QPixmap | None = None


def lock_icon() -> QPixmap:
    """A small padlock (drawn, so it needs no icon font)."""
    global _LOCK
    if _LOCK is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = theme.colour("caution")
        painter.setPen(QPen(ink, 1.8))
        shackle = QPainterPath()
        shackle.moveTo(QPointF(5, 8))
        shackle.lineTo(QPointF(5, 5.5))
        shackle.arcTo(QRectF(5, 2, 6, 7), 180, -180)
        shackle.lineTo(QPointF(11, 8))
        painter.drawPath(shackle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawRoundedRect(QRectF(3, 7.5, 10, 7.5), 1.5, 1.5)
        painter.end()
        _LOCK = pixmap
    return _LOCK


class RosterGridModel(QAbstractTableModel):
    """People down (the hall's own staff, then a heading row and the branch staff), 姓名 and the seven days
    across. A cell shows the shift, the window and queue; 休假 on leave; closed days are grey.
    Dragging a cell onto another person's cell asks to move the assignment (:attr:`move_requested`)."""

    CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # (staff code, day) of a person's cell
    KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # work | leave | off | rest | heading | name
    LOCKED_ROLE = Qt.ItemDataRole.UserRole + 3
    WISH_ROLE = Qt.ItemDataRole.UserRole + 4  # [(Wish, met)] of a person's day

    move_requested = Signal(object, object)  # source cell, target cell

    def __init__(self, parent=None):
        super().__init__(parent)
        self.week: HallWeek | None = None
        self.state: RosterState | None = None
        self.rows: list[tuple[str, str]] = []  # ("person", code) or ("heading", unit)
        self.wishes: dict[Cell, list[Wish]] = {}
        self.broken: set[Cell] = set()
        self.broken_people: set[str] = set()
        self.editable = False

    # -------------------------------------------------------------------------------- contents

    def set_week(self, week: HallWeek | None, state: RosterState | None) -> None:
        self.beginResetModel()
        self.week, self.state = week, state
        self.rows = []
        self.wishes = {}
        if week is not None:
            index = {info.day: i for i, info in enumerate(week.days)}
            for wish in week.wishes:
                if wish.day in index:
                    self.wishes.setdefault((wish.staff, index[wish.day]), []).append(wish)
            hall = [c for c, p in week.people.items() if p.home_unit != "branch"]
            branch = [c for c, p in week.people.items() if p.home_unit == "branch"]
            self.rows = [("heading", "hall")] + [("person", c) for c in hall]
            if branch:
                self.rows += [("heading", "branch")] + [("person", c) for c in branch]
        self.broken, self.broken_people = set(), set()
        self.endResetModel()

    def set_state(self, state: RosterState, violations: list[Violation] = ()) -> None:
        self.state = state
        self.broken = {(v.person, v.day) for v in violations if v.day is not None}
        self.broken_people = {v.person for v in violations if v.day is None}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 7))

    def set_editable(self, editable: bool) -> None:
        self.editable = editable

    def heading_rows(self) -> list[int]:
        return [i for i, (kind, _) in enumerate(self.rows) if kind == "heading"]

    def index_of(self, cell: Cell) -> QModelIndex:
        person, day = cell
        row = self.rows.index(("person", person))
        return self.index(row, day + 1)

    def cell(self, index: QModelIndex) -> Cell | None:
        if not index.isValid() or index.column() == 0 or self.rows[index.row()][0] != "person":
            return None
        return self.rows[index.row()][1], index.column() - 1

    # -------------------------------------------------------------------------------- Qt

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override and idiom)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override and idiom)
        return 0 if parent.isValid() or self.week is None else 1 + len(self.week.days)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt override)
        if orientation != Qt.Orientation.Horizontal or self.week is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("RosterGrid", "姓名")
            day = self.week.days[section - 1]
            closed = "" if day.workday else QCoreApplication.translate("RosterGrid", "（休）")
            return f"{i18n.weekday(day.day)}{closed}\n{i18n.month_day(day.day)}"
        if role == Qt.ItemDataRole.ToolTipRole and section:
            day = self.week.days[section - 1]
            text = i18n.full_date(day.day) + " " + i18n.weekday(day.day)
            return text if day.workday else text + QCoreApplication.translate("RosterGrid", "（休）")
        if role == Qt.ItemDataRole.ForegroundRole and section and not self.week.days[section - 1].workday:
            return MUTED_INK
        return None

    def _kind(self, cell: Cell) -> str:
        person, day = cell
        if self.state is not None and self.state.shift(cell) is not None:
            return "work"
        if day in self.week.leave.get(person, frozenset()):
            return "leave"
        return "off" if self.week.days[day].workday else "rest"

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.week is None:
            return None
        kind, key = self.rows[index.row()]
        if kind == "heading":
            return self._heading(key, index.column(), role)
        if index.column() == 0:
            return self._name(key, role)
        cell = (key, index.column() - 1)
        what = self._kind(cell)
        shift = self.state.shift(cell) if what == "work" else None
        locked = self.state is not None and cell in self.state.locked
        if role == self.CELL_ROLE:
            return cell
        if role == self.KIND_ROLE:
            return what
        if role == self.LOCKED_ROLE:
            return locked
        if role == self.WISH_ROLE:
            return [(w, wish_met(self.week, shift, w)) for w in self.wishes.get(cell, [])]
        if role == Qt.ItemDataRole.DisplayRole:
            if what == "leave":
                return QCoreApplication.translate("RosterGrid", "休假")
            if shift is None:
                return ""
            pieces = self.week.parts_of(shift)
            return " + ".join(self._part_text(part, short=len(pieces) > 1) for part in pieces)
        if role == Qt.ItemDataRole.DecorationRole:
            return lock_icon() if locked else None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [wish_line(self.week, shift, w) for w in self.wishes.get(cell, [])]
            if shift is None:
                head = [QCoreApplication.translate("RosterGrid", "休假")] if what == "leave" else []
                return "\n".join(head + lines) or None
            categories, pieces = self.week.categories, []
            for part in self.week.parts_of(shift):
                if part.duty is not None:
                    name = i18n.localized(part.duty.name, part.duty.name_en)
                else:
                    name = category_name(categories[part.category]) if part.category in categories else ""
                pieces.append(f"{times_text(part.template)} · {name}")
            tip = f"{shift_label(self.week, shift)} " + "; ".join(pieces)
            tip += QCoreApplication.translate("RosterGrid", " · 已锁定：重新求解时保留") if locked else ""
            return "\n".join([tip, *lines])
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell in self.broken:
                return BROKEN_FILL
            if what == "leave":
                return theme.colour("roster_leave")
            if what == "rest":
                return theme.colour("roster_rest")
            if shift is not None:
                day_parts = self.week.parts_of(shift)
                tidal = any(p.template.tidal for p in day_parts) and self._rotating(cell)
                duty = any(p.duty is not None for p in day_parts)
                name = (
                    "caution_soft"
                    if locked
                    else "roster_tidal_work"
                    if tidal
                    else "roster_duty_work"
                    if duty
                    else "roster_hall_work"
                )
                return theme.colour(name)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return BROKEN_INK if cell in self.broken else MUTED_INK if what == "leave" else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _part_text(self, part, *, short: bool = False) -> str:
        """全天 · 2号窗口 A on a window; 下午 · 后台 on a duty. ``short`` (a split day's parts): the shift's
        name without its qualifier, "上午 后台 + 下午 4号窗口 B", so both halves fit the cell (the tooltip
        has the whole)."""
        name = template_name(part.template)
        if short:
            name = plain_name(name)
        joiner = " " if short else " · "
        if part.duty is not None:
            return f"{name}{joiner}{duty_short_name(part.duty)}"
        category, window = part.category, part.window
        prefix = self.week.categories[category].prefix if category in self.week.categories else category
        where = QCoreApplication.translate("RosterGrid", "{window}号窗口 {prefix}")
        return f"{name}{joiner}" + where.format(window=window, prefix=prefix)

    def _rotating(self, cell) -> bool:
        info = self.week.people.get(cell[0])
        return info is not None and info.rotating

    def _heading(self, unit: str, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            branch = unit == "branch"
            count = sum(1 for p in self.week.people.values() if (p.home_unit == "branch") == branch)
            if branch:
                text = QCoreApplication.translate("RosterGrid", "分局轮值人员 · 潮汐窗口（{count} 人）")
            else:
                text = QCoreApplication.translate("RosterGrid", "本厅人员（{count} 人）")
            text = text.format(count=count)
            # The block's shifts with their times: the cells name the shift only.
            shifts = [template_text(t) for t in self.week.templates.values() if t.tidal == branch]
            if shifts:
                text += "　　" + QCoreApplication.translate("RosterGrid", "班次：{shifts}").format(
                    shifts="　".join(shifts)
                )
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            return theme.colour("accent_pressed")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.KIND_ROLE:
            return "heading"
        return None

    def _name(self, code: str, role):
        info = self.week.people[code]
        if role == Qt.ItemDataRole.DisplayRole:
            days = sum(1 for d in range(len(self.week.days)) if self.state and self.state.shift((code, d)))
            return f"{info.name} {code} · " + QCoreApplication.translate("RosterGrid", "{days} 天").format(
                days=days
            )
        if role == self.KIND_ROLE:
            return "name"
        if role == Qt.ItemDataRole.ForegroundRole and code in self.broken_people:
            return BROKEN_INK
        if role == Qt.ItemDataRole.BackgroundRole and code in self.broken_people:
            return BROKEN_FILL
        return None

    def flags(self, index: QModelIndex):
        cell = self.cell(index)
        if cell is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if self.state is not None and self.state.shift(cell) is not None:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # -------------------------------------------------------------------------------- drag and drop

    def supportedDropActions(self):  # noqa: N802 (Qt override)
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802 (Qt override)
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt override)
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802 (Qt override)
        cells = [c for c in (self.cell(i) for i in indexes) if c is not None]
        data = QMimeData()
        if cells:
            person, day = cells[0]
            data.setData(MIME_TYPE, QByteArray(f"{person}\t{day}".encode()))
        return data

    @staticmethod
    def dragged_cell(data: QMimeData) -> Cell | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        person, _, day = bytes(data.data(MIME_TYPE).data()).decode().partition("\t")
        return (person, int(day)) if day.isdigit() else None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 (Qt override)
        return self.editable and self.dragged_cell(data) is not None and self.cell(parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 (Qt override)
        """A drop asks the page to move the assignment; the model itself never changes here (the page
        applies the move as an undoable edit). Returns False so that the view removes nothing."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source, target = self.dragged_cell(data), self.cell(parent)
        if source != target:
            self.move_requested.emit(source, target)
        return False


class RosterGridDelegate(QStyledItemDelegate):
    """Draws a cell as usual, then the heart of a day with wishes in its top right corner: filled (♥) when
    the roster on screen meets all of them, an outline (♡) when it misses one."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        wishes = index.data(RosterGridModel.WISH_ROLE)
        if not wishes:
            return
        met = all(done for _wish, done in wishes)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        corner = QRectF(option.rect.right() - 14.5, option.rect.top() + 4.5, 10, 9)
        if met:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.colour("roster_wish"))
        else:
            painter.setPen(QPen(theme.colour("roster_wish"), 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(heart(corner))
        painter.restore()


def heart(rect: QRectF) -> QPainterPath:
    """A heart filling ``rect``, its tip at the bottom."""
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    middle = x + w / 2
    path = QPainterPath(QPointF(middle, y + h))
    path.cubicTo(
        QPointF(x - w * 0.05, y + h * 0.55),
        QPointF(x + w * 0.02, y - h * 0.12),
        QPointF(middle, y + h * 0.25),
    )
    path.cubicTo(
        QPointF(x + w * 0.98, y - h * 0.12), QPointF(x + w * 1.05, y + h * 0.55), QPointF(middle, y + h)
    )
    path.closeSubpath()
    return path
