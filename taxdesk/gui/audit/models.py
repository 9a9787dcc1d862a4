"""The audit view's table: one row per entry (:class:`taxdesk.core.audit.Entry`), newest first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from taxdesk.core import clock
from taxdesk.core.audit import Entry
from taxdesk.gui.audit.kinds import kind_name
from taxdesk.gui.audit.summary import summary
from taxdesk.gui.widgets.models import RowsModel

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def local_time(entry: Entry) -> str:
    """When the entry was recorded, in the bureau's local time."""
    return clock.local(entry.at).strftime(TIME_FORMAT)


class AuditModel(RowsModel):
    """Time (local), person, PC, kind (its name; the raw kind as tooltip), object, what changed."""

    context = "AuditModel"
    TIME, ACTOR, HOST, KIND, OBJECT, CHANGE = range(6)
    headers = (
        QT_TRANSLATE_NOOP("AuditModel", "时间"),
        QT_TRANSLATE_NOOP("AuditModel", "人员"),
        QT_TRANSLATE_NOOP("AuditModel", "电脑"),
        QT_TRANSLATE_NOOP("AuditModel", "类别"),
        QT_TRANSLATE_NOOP("AuditModel", "对象"),
        QT_TRANSLATE_NOOP("AuditModel", "变更内容"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._summaries: list[str] = []

    def set_rows(self, rows: list) -> None:
        # The summaries are worked out once per read, not on every paint.
        self._summaries = [summary(e.before, e.after) for e in rows]
        super().set_rows(rows)

    def cells(self, row: int) -> tuple[str, ...]:
        """The row as the table shows it."""
        entry: Entry = self.rows[row]
        return (
            local_time(entry),
            entry.actor,
            entry.host,
            kind_name(entry.kind),
            entry.object,
            self._summaries[row],
        )

    def row_of(self, entry_id: int) -> int:
        return next((n for n, e in enumerate(self.rows) if e.id == entry_id), -1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry: Entry = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(index.row())[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.KIND:
                return entry.kind
            if column == self.CHANGE and self._summaries[index.row()]:
                before = QCoreApplication.translate("AuditModel", "变更前")
                after = QCoreApplication.translate("AuditModel", "变更后")
                return f"{before}: {entry.before or '—'}\n{after}: {entry.after or '—'}"
            if column == self.OBJECT and entry.object:
                return entry.object
        return None
