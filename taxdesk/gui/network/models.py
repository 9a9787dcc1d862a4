"""Table models of the network editor (服务网络): the service points and the service catalogue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from taxdesk.core.network import CategoryInfo
from taxdesk.core.network_edit import PointRecord, ServiceRecord
from taxdesk.gui import i18n, theme
from taxdesk.gui.widgets.models import RowsModel as BaseRowsModel
from taxdesk.gui.widgets.point_picker import kind_text

CONTEXT = "NetworkEditor"
INACTIVE = "faint"  # deactivated points, services offered nowhere


class RowsModel(BaseRowsModel):
    context = CONTEXT

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.code == code), -1)


class PointsModel(RowsModel):
    headers = (
        QT_TRANSLATE_NOOP("NetworkEditor", "代码"),
        QT_TRANSLATE_NOOP("NetworkEditor", "名称"),
        QT_TRANSLATE_NOOP("NetworkEditor", "类型"),
        QT_TRANSLATE_NOOP("NetworkEditor", "乡镇"),
        QT_TRANSLATE_NOOP("NetworkEditor", "营业时间"),
        QT_TRANSLATE_NOOP("NetworkEditor", "合作银行"),
        QT_TRANSLATE_NOOP("NetworkEditor", "联系电话"),
        QT_TRANSLATE_NOOP("NetworkEditor", "状态"),
        QT_TRANSLATE_NOOP("NetworkEditor", "地址"),
    )

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p: PointRecord = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = kind_text(p.kind)
            state = (
                QCoreApplication.translate("NetworkEditor", "启用")
                if p.active
                else QCoreApplication.translate("NetworkEditor", "已停用")
            )
            values = (
                p.code,
                p.name,
                kind,
                p.township,
                p.opening_hours,
                p.bank_partner,
                p.contact,
                state,
                p.address,
            )
            return values[index.column()] or ""
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return theme.colour(INACTIVE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return p.address or None
        return None


class ServicesModel(RowsModel):
    headers = (
        QT_TRANSLATE_NOOP("NetworkEditor", "代码"),
        QT_TRANSLATE_NOOP("NetworkEditor", "名称"),
        QT_TRANSLATE_NOOP("NetworkEditor", "类别"),
        QT_TRANSLATE_NOOP("NetworkEditor", "平均办理"),
        QT_TRANSLATE_NOOP("NetworkEditor", "须到大厅办结"),
        QT_TRANSLATE_NOOP("NetworkEditor", "所需资料"),
        QT_TRANSLATE_NOOP("NetworkEditor", "办理网点"),
        QT_TRANSLATE_NOOP("NetworkEditor", "英文名称"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.categories: dict[str, CategoryInfo] = {}

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s: ServiceRecord = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            category = self.categories.get(s.category)
            category_text = (
                f"{category.prefix} {i18n.localized(category.name, category.name_en)}"
                if category
                else s.category
            )
            offered = (
                QCoreApplication.translate("NetworkEditor", "{count} 处：{codes}").format(
                    count=len(s.offered_at), codes=" ".join(s.offered_at)
                )
                if s.offered_at
                else QCoreApplication.translate("NetworkEditor", "（停办）")
            )
            values = (
                s.code,
                s.name,
                category_text,
                QCoreApplication.translate("NetworkEditor", "{minutes} 分钟").format(
                    minutes=f"{s.avg_handling_min:g}"
                ),
                QCoreApplication.translate("NetworkEditor", "是") if s.hall_only else "",
                QCoreApplication.translate("NetworkEditor", "{count} 项").format(count=len(s.documents)),
                offered,
                s.name_en,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not s.offered_at:
            return theme.colour(INACTIVE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(s.documents) or None
        return None


# What each column of an import/export file (taxdesk.core.catalogue_io) holds, as the tables title it. The
# file's own column names stay English (code, name …): the importer reads them exactly so.
FILE_COLUMN_TITLES = {
    "points": {
        "code": QT_TRANSLATE_NOOP("NetworkEditor", "代码"),
        "name": QT_TRANSLATE_NOOP("NetworkEditor", "名称"),
        "kind": QT_TRANSLATE_NOOP("NetworkEditor", "类型"),
        "township": QT_TRANSLATE_NOOP("NetworkEditor", "乡镇"),
        "address": QT_TRANSLATE_NOOP("NetworkEditor", "地址"),
        "opening_hours": QT_TRANSLATE_NOOP("NetworkEditor", "营业时间"),
        "bank_partner": QT_TRANSLATE_NOOP("NetworkEditor", "合作银行"),
        "contact": QT_TRANSLATE_NOOP("NetworkEditor", "联系电话"),
        "active": QT_TRANSLATE_NOOP("NetworkEditor", "启用"),
    },
    "services": {
        "code": QT_TRANSLATE_NOOP("NetworkEditor", "代码"),
        "name": QT_TRANSLATE_NOOP("NetworkEditor", "名称"),
        "name_en": QT_TRANSLATE_NOOP("NetworkEditor", "英文名称"),
        "category": QT_TRANSLATE_NOOP("NetworkEditor", "类别"),
        "avg_handling_min": QT_TRANSLATE_NOOP("NetworkEditor", "平均办理"),
        "documents": QT_TRANSLATE_NOOP("NetworkEditor", "所需资料"),
        "hall_only": QT_TRANSLATE_NOOP("NetworkEditor", "须到大厅办结"),
        "offered_at": QT_TRANSLATE_NOOP("NetworkEditor", "办理网点"),
    },
}


def file_columns_text(table: str, columns: tuple[str, ...]) -> str:
    """``code（代码）、name（名称）…``: each file column with its meaning in the interface language (alone
    where the meaning only repeats the name, as English often does)."""
    english = i18n.current() == "en"
    parts = []
    for column in columns:
        source = FILE_COLUMN_TITLES[table].get(column)
        title = QCoreApplication.translate(CONTEXT, source) if source else ""
        if not title or title.lower().replace(" ", "_") == column:
            parts.append(column)
        else:
            parts.append(f"{column} ({title})" if english else f"{column}（{title}）")
    return (", " if english else "、").join(parts)
