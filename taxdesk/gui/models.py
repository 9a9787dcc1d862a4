"""Table models for the desks' live lists."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from taxdesk.core.tickets import TicketView


def _tr(text: str) -> str:
    return QCoreApplication.translate("TableModels", text)


STATUS_TEXT = {
    "waiting": QT_TRANSLATE_NOOP("TableModels", "等候中"),
    "called": QT_TRANSLATE_NOOP("TableModels", "已叫号"),
    "serving": QT_TRANSLATE_NOOP("TableModels", "办理中"),
    "finished": QT_TRANSLATE_NOOP("TableModels", "已办结"),
    "no_show": QT_TRANSLATE_NOOP("TableModels", "过号"),
    "cancelled": QT_TRANSLATE_NOOP("TableModels", "已取消"),
}


def status_text(status: str) -> str:
    """A ticket state in the interface language."""
    return _tr(STATUS_TEXT[status]) if status in STATUS_TEXT else status


class _RowsModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override and idiom)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override and idiom)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt override)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.headers[section])
        return None

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int):
        return self._rows[index]


class RecentTicketsModel(_RowsModel):
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
        ticket: TicketView = self._rows[index.row()]
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

    def add_first(self, ticket: TicketView, limit: int = 50) -> None:
        rows = [ticket, *(t for t in self._rows if t.id != ticket.id)][:limit]
        self.set_rows(rows)
