"""Table models of the people editor (人员与窗口): the staff, a point's windows, its shift templates, and the
words their cells are made of (roles, home units, weekdays, the rostering contract)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from taxdesk.core.accounts import AccountInfo
from taxdesk.core.network import CategoryInfo
from taxdesk.core.people import StaffRecord
from taxdesk.core.windows_edit import ShiftRecord, WindowRecord
from taxdesk.gui import i18n, theme
from taxdesk.gui.widgets.models import RowsModel

CONTEXT = "PeoplePage"
INACTIVE = "faint"  # people who left, deactivated windows and shifts

HOME_UNIT_NAMES = {
    "hall": QT_TRANSLATE_NOOP("PeoplePage", "大厅"),
    "branch": QT_TRANSLATE_NOOP("PeoplePage", "分局"),
    "township": QT_TRANSLATE_NOOP("PeoplePage", "乡镇"),
}
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("PeoplePage", "周一"),
    QT_TRANSLATE_NOOP("PeoplePage", "周二"),
    QT_TRANSLATE_NOOP("PeoplePage", "周三"),
    QT_TRANSLATE_NOOP("PeoplePage", "周四"),
    QT_TRANSLATE_NOOP("PeoplePage", "周五"),
    QT_TRANSLATE_NOOP("PeoplePage", "周六"),
    QT_TRANSLATE_NOOP("PeoplePage", "周日"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def role_text(role: str) -> str:
    return i18n.role_name(role)


def home_unit_text(unit: str) -> str:
    return _tr(HOME_UNIT_NAMES[unit]) if unit in HOME_UNIT_NAMES else unit


def weekday_text(day: int) -> str:
    """ISO weekday 1–7 in the interface language (周一, Mon)."""
    return _tr(WEEKDAY_NAMES[day - 1])


def working_days_text(days: str) -> str:
    """``12345`` as 周一至周五; other sets day by day."""
    digits = [int(d) for d in days if d.isdigit()]
    if len(digits) >= 3 and digits == list(range(digits[0], digits[-1] + 1)):
        return QCoreApplication.translate("PeoplePage", "{first}至{last}").format(
            first=weekday_text(digits[0]), last=weekday_text(digits[-1])
        )
    return QCoreApplication.translate("PeoplePage", "、").join(weekday_text(d) for d in digits)


def hours_text(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return QCoreApplication.translate("PeoplePage", "默认工时")
    if low is None:
        return QCoreApplication.translate("PeoplePage", "每周至多 {high:g} 小时").format(high=high)
    if high is None:
        return QCoreApplication.translate("PeoplePage", "每周至少 {low:g} 小时").format(low=low)
    return QCoreApplication.translate("PeoplePage", "每周 {low:g}–{high:g} 小时").format(low=low, high=high)


def contract_text(record: StaffRecord) -> str:
    """The rostering contract in one cell: hours per week, working days, whole or half days, rotation."""
    parts = [
        hours_text(record.min_week_hours, record.max_week_hours),
        working_days_text(record.working_days),
        QCoreApplication.translate("PeoplePage", "半天")
        if record.half_days
        else QCoreApplication.translate("PeoplePage", "全天"),
    ]
    if record.rotating:
        parts.append(QCoreApplication.translate("PeoplePage", "分局轮值"))
    return " · ".join(parts)


@dataclass(frozen=True)
class StaffRow:
    """A person as the staff table shows them: the record and their account (None: no account)."""

    record: StaffRecord
    account: AccountInfo | None = None
    locked: bool = False

    @property
    def code(self) -> str:
        return self.record.code


def account_text(row: StaffRow) -> str:
    account = row.account
    if account is None or not account.has_account:
        return QCoreApplication.translate("PeoplePage", "无账号")
    parts = [QCoreApplication.translate("PeoplePage", "有账号")]
    if row.locked:
        parts.append(QCoreApplication.translate("PeoplePage", "已锁定"))
    if account.must_change:
        parts.append(QCoreApplication.translate("PeoplePage", "须改密码"))
    return QCoreApplication.translate("PeoplePage", "，").join(parts)


class _Rows(RowsModel):
    context = CONTEXT

    def __init__(self, parent=None):
        super().__init__(parent)
        self.categories: dict[str, CategoryInfo] = {}

    def key(self, row):
        return row.code

    def row_of(self, key) -> int:
        return next((i for i, r in enumerate(self.rows) if self.key(r) == key), -1)

    def categories_text(self, codes) -> str:
        return " ".join(self.categories[c].prefix if c in self.categories else c for c in codes)

    def categories_tip(self, codes) -> str | None:
        names = [
            i18n.localized(self.categories[c].name, self.categories[c].name_en) if c in self.categories else c
            for c in codes
        ]
        return QCoreApplication.translate("PeoplePage", "、").join(names) or None


class StaffModel(_Rows):
    headers = (
        QT_TRANSLATE_NOOP("PeoplePage", "工号"),
        QT_TRANSLATE_NOOP("PeoplePage", "姓名"),
        QT_TRANSLATE_NOOP("PeoplePage", "角色"),
        QT_TRANSLATE_NOOP("PeoplePage", "所属单位"),
        QT_TRANSLATE_NOOP("PeoplePage", "服务点"),
        QT_TRANSLATE_NOOP("PeoplePage", "可办类别"),
        QT_TRANSLATE_NOOP("PeoplePage", "合同"),
        QT_TRANSLATE_NOOP("PeoplePage", "账号"),
        QT_TRANSLATE_NOOP("PeoplePage", "状态"),
    )
    CATEGORIES_COLUMN = 5

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: StaffRow = self.rows[index.row()]
        s = row.record
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                s.code,
                s.name,
                QCoreApplication.translate("PeoplePage", "、").join(role_text(r) for r in s.roles),
                home_unit_text(s.home_unit),
                s.point or "",
                self.categories_text(s.categories),
                contract_text(s),
                account_text(row),
                QCoreApplication.translate("PeoplePage", "在职")
                if s.active
                else QCoreApplication.translate("PeoplePage", "离职"),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not s.active:
            return theme.colour(INACTIVE)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.CATEGORIES_COLUMN:
            return self.categories_tip(s.categories)
        return None


def active_text(active: bool) -> str:
    return (
        QCoreApplication.translate("PeoplePage", "启用")
        if active
        else QCoreApplication.translate("PeoplePage", "已停用")
    )


class WindowsModel(_Rows):
    headers = (
        QT_TRANSLATE_NOOP("PeoplePage", "号"),
        QT_TRANSLATE_NOOP("PeoplePage", "名称"),
        QT_TRANSLATE_NOOP("PeoplePage", "类别"),
        QT_TRANSLATE_NOOP("PeoplePage", "潮汐/固定"),
        QT_TRANSLATE_NOOP("PeoplePage", "启用"),
    )

    def key(self, row: WindowRecord):
        return row.number

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        w: WindowRecord = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                str(w.number),
                w.name,
                self.categories_text(w.categories),
                QCoreApplication.translate("PeoplePage", "潮汐")
                if w.tidal
                else QCoreApplication.translate("PeoplePage", "固定"),
                active_text(w.active),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not w.active:
            return theme.colour(INACTIVE)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return self.categories_tip(w.categories)
        return None


class ShiftsModel(_Rows):
    headers = (
        QT_TRANSLATE_NOOP("PeoplePage", "代码"),
        QT_TRANSLATE_NOOP("PeoplePage", "名称"),
        QT_TRANSLATE_NOOP("PeoplePage", "时间"),
        QT_TRANSLATE_NOOP("PeoplePage", "休息"),
        QT_TRANSLATE_NOOP("PeoplePage", "限定窗口"),
        QT_TRANSLATE_NOOP("PeoplePage", "潮汐"),
        QT_TRANSLATE_NOOP("PeoplePage", "次日不可接"),
        QT_TRANSLATE_NOOP("PeoplePage", "启用"),
    )

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s: ShiftRecord = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                s.code,
                i18n.localized(s.name, s.name_en or s.name),
                f"{s.start}–{s.end}",
                QCoreApplication.translate("PeoplePage", "{minutes} 分钟").format(minutes=s.break_min),
                QCoreApplication.translate("PeoplePage", "{number} 号").format(number=s.window)
                if s.window is not None
                else QCoreApplication.translate("PeoplePage", "任意"),
                QCoreApplication.translate("PeoplePage", "是") if s.tidal else "",
                " ".join(s.forbidden_next),
                active_text(s.active),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not s.active:
            return theme.colour(INACTIVE)
        return None
