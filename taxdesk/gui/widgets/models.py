"""Table models for the desks' live lists. Their colours are the theme's (:func:`taxdesk.gui.theme.colour`)."""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from taxdesk.core.tickets import TicketView
from taxdesk.gui import theme


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableModels", text)


STATUS_TEXT = {
    "waiting": QT_TRANSLATE_NOOP("TableModels", "等候中"),
    "called": QT_TRANSLATE_NOOP("TableModels", "已叫号"),
    "serving": QT_TRANSLATE_NOOP("TableModels", "办理中"),
    "finished": QT_TRANSLATE_NOOP("TableModels", "已办结"),
    "no_show": QT_TRANSLATE_NOOP("TableModels", "过号"),
    "cancelled": QT_TRANSLATE_NOOP("TableModels", "已取消"),
    "checked_in": QT_TRANSLATE_NOOP("TableModels", "已签到"),  # a booking's state, named in its refusals
}


def status_text(status: str) -> str:
    """A ticket state in the interface language."""
    return _tr(STATUS_TEXT[status]) if status in STATUS_TEXT else status


class RowsModel(QAbstractTableModel):
    """A read-only table of row objects; ``headers`` are translated in ``context``."""

    context = "TableModels"
    headers: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override and idiom)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override and idiom)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt override)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.headers[section])
        return None

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row(self, index: int):
        return self.rows[index]


class RecentTicketsModel(RowsModel):
    """The point's latest tickets, newest first."""

    SERVICE_COLUMN = 1
    headers = (
        QT_TRANSLATE_NOOP("TableModels", "号码"),
        QT_TRANSLATE_NOOP("TableModels", "业务"),
        QT_TRANSLATE_NOOP("TableModels", "取号时间"),
        QT_TRANSLATE_NOOP("TableModels", "前面人数"),
        QT_TRANSLATE_NOOP("TableModels", "状态"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.service_names: dict[str, str] = {}  # service code -> name in the interface language

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ticket: TicketView = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                ticket.number,
                self.service_names.get(ticket.service, ticket.service_name),
                ticket.issued_at.strftime("%H:%M:%S"),
                str(ticket.ahead),
                status_text(ticket.status),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return " ".join(p for p in (ticket.taxpayer_name, ticket.taxpayer_phone) if p) or None
        return None

    def add_first(self, ticket: TicketView, limit: int = 500) -> None:
        rows = [ticket, *(t for t in self.rows if t.id != ticket.id)][:limit]
        self.set_rows(rows)


_NUMBER = re.compile(r"([a-z]?)0*(\d+)")


class RecentTicketsFilter(QSortFilterProxyModel):
    """The day's tickets narrowed to what the officer looks for: words of the number, the service or the
    state as shown ("a12" finds A012, "过号" or "no-show" the no-shows), and optionally one state only."""

    def __init__(self, source: RecentTicketsModel, parent=None):
        super().__init__(parent)
        self.setSourceModel(source)
        self._text = ""
        self._status: str | None = None

    @property
    def text(self) -> str:
        return self._text

    @property
    def status(self) -> str | None:
        return self._status

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", " ".join(text.split()).casefold()))

    def set_status(self, status: str | None) -> None:
        """Only tickets in ``status`` (e.g. "no_show"), or every state for None."""
        self._refilter(lambda: setattr(self, "_status", status))

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    @property
    def filtering(self) -> bool:
        return bool(self._text or self._status)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 (Qt override)
        model: RecentTicketsModel = self.sourceModel()
        ticket: TicketView = model.row(source_row)
        if self._status is not None and ticket.status != self._status:
            return False
        if not self._text:
            return True
        number = ticket.number.casefold()
        if self._text in number:
            return True
        wanted, shown = _NUMBER.fullmatch(self._text), _NUMBER.fullmatch(number)
        if wanted and shown and wanted.group(1) in ("", shown.group(1)) and wanted.group(2) == shown.group(2):
            return True  # "a12" or "12" for A012
        service = model.service_names.get(ticket.service, ticket.service_name)
        return any(self._text in words.casefold() for words in (service, status_text(ticket.status)))


# ------------------------------------------------------------------------------------------ calling


def format_duration(seconds: float) -> str:
    """A running time as m:ss (h:mm:ss from an hour), never negative (PCs' clocks differ a little)."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


ALERT_BACKGROUND = theme.colour("problem_bg")
ALERT_FOREGROUND = theme.colour("warning")
MUTED_FOREGROUND = theme.colour("faint")  # past, closed or disabled rows (other tables use it too)
PAUSED_BACKGROUND = theme.colour("caution_bg")
CALLED_FOREGROUND = theme.colour("accent")


class QueueLinesModel(RowsModel):
    """Waiting count and longest wait per queue category; categories over an alert threshold in red.

    ``open_windows`` (category code -> (open, all)) fills the last column; the console hides it.
    """

    WINDOWS_COLUMN = 3
    headers = (
        QT_TRANSLATE_NOOP("TableModels", "类别"),
        QT_TRANSLATE_NOOP("TableModels", "等候人数"),
        QT_TRANSLATE_NOOP("TableModels", "最长等候"),
        QT_TRANSLATE_NOOP("TableModels", "开放窗口"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.names: dict[str, str] = {}  # category code -> name in the interface language
        self.alerts: set[str] = set()  # category codes over a threshold
        self.open_windows: dict[str, tuple[int, int]] = {}

    def set_lines(self, lines: list, alerts: set[str] | None = None, open_windows=None) -> None:
        self.alerts = set(alerts or ())
        self.open_windows = dict(open_windows or {})
        self.set_rows(lines)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{line.prefix}  {self.names.get(line.category, line.name)}"
            if column == 1:
                return str(line.waiting)
            if column == 2:
                return (
                    QCoreApplication.translate("TableModels", "{minutes} 分钟").format(
                        minutes=line.longest_wait_min
                    )
                    if line.waiting
                    else "—"
                )
            opened, total = self.open_windows.get(line.category, (0, 0))
            return f"{opened} / {total}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignCenter)
        alert = line.category in self.alerts
        if role == Qt.ItemDataRole.BackgroundRole and alert:
            return ALERT_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if alert:
                return ALERT_FOREGROUND
            if not line.waiting:
                return MUTED_FOREGROUND
        if role == Qt.ItemDataRole.FontRole and alert:
            font = QFont()
            font.setBold(True)
            return font
        return None


WINDOW_STATE_TEXT = {
    "closed": QT_TRANSLATE_NOOP("TableModels", "关闭"),
    "open": QT_TRANSLATE_NOOP("TableModels", "开放"),
    "paused": QT_TRANSLATE_NOOP("TableModels", "暂停"),
}


def window_state_text(state: str) -> str:
    return _tr(WINDOW_STATE_TEXT[state]) if state in WINDOW_STATE_TEXT else state


class WindowStatusModel(RowsModel):
    """Every window of a point: state, officer, the ticket at it and for how long, or idle since when.

    Rows are :class:`taxdesk.core.supervision.WindowDetail`; :meth:`tick` moves the running times on
    from the clock alone, without reading the database.
    """

    DURATION_COLUMN = 5
    SERVICE_COLUMN = 4
    headers = (
        QT_TRANSLATE_NOOP("TableModels", "窗口"),
        QT_TRANSLATE_NOOP("TableModels", "状态"),
        QT_TRANSLATE_NOOP("TableModels", "人员"),
        QT_TRANSLATE_NOOP("TableModels", "当前号码"),
        QT_TRANSLATE_NOOP("TableModels", "业务"),
        QT_TRANSLATE_NOOP("TableModels", "时长"),
        QT_TRANSLATE_NOOP("TableModels", "可办类别"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.service_names: dict[str, str] = {}  # service code -> name in the interface language
        self.now = None  # the moment the running times are computed for

    def tick(self, now) -> None:
        self.now = now
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.DURATION_COLUMN), self.index(len(self.rows) - 1, self.DURATION_COLUMN)
            )

    def duration_text(self, detail) -> str:
        view = detail.view
        if self.now is None:
            return ""

        def since(moment) -> str:
            return format_duration((self.now - moment).total_seconds())

        if view.ticket is not None:
            if view.ticket.status == "serving" and detail.started_at is not None:
                return QCoreApplication.translate("TableModels", "办理 {time}").format(
                    time=since(detail.started_at)
                )
            if detail.called_at is not None:
                return QCoreApplication.translate("TableModels", "已叫 {time}").format(
                    time=since(detail.called_at)
                )
            return ""
        if view.state == "paused" and view.since is not None:
            return QCoreApplication.translate("TableModels", "暂停 {time}").format(time=since(view.since))
        if view.state == "open" and detail.free_since is not None:
            return QCoreApplication.translate("TableModels", "空闲 {time}").format(
                time=since(detail.free_since)
            )
        return "—"

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        detail = self.rows[index.row()]
        view = detail.view
        ticket = view.ticket
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                text = QCoreApplication.translate("TableModels", "{number}号窗口").format(number=view.number)
                return text + QCoreApplication.translate("TableModels", "（潮汐）") if view.is_tidal else text
            if column == 1:
                text = window_state_text(view.state)
                if view.state == "paused" and detail.pause_reason:
                    text += f"（{detail.pause_reason}）"
                return text
            if column == 2:
                return view.officer or "—"
            if column == 3:
                if ticket is None:
                    return "—"
                text = f"{ticket.number}  {status_text(ticket.status)}"
                if ticket.status == "called" and detail.recall_count:
                    text += QCoreApplication.translate("TableModels", "（重呼 {count} 次）").format(
                        count=detail.recall_count
                    )
                return text
            if column == 4:
                return self.service_names.get(ticket.service, ticket.service_name) if ticket else ""
            if column == 5:
                return self.duration_text(detail)
            return " ".join(view.categories)
        if role == Qt.ItemDataRole.ForegroundRole:
            if view.state == "closed":
                return MUTED_FOREGROUND
            if column == 3 and ticket is not None and ticket.status == "called":
                return CALLED_FOREGROUND
        if role == Qt.ItemDataRole.BackgroundRole and view.state == "paused":
            return PAUSED_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and column == 3 and ticket is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and ticket is not None:
            parts = [self.service_names.get(ticket.service, ticket.service_name)]
            if ticket.channel != "walk_in":
                parts.append(
                    QCoreApplication.translate("TableModels", "绿色通道")
                    if ticket.channel == "green"
                    else QCoreApplication.translate("TableModels", "预约")
                )
            return " · ".join(parts)
        return None
