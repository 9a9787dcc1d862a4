"""What the audit trail's kinds (``roster.publish``, ``account.sign_in_failed`` …) are called in the
interface, grouped by their prefix (登录, 人员, 排班, 设置 …). A kind this table does not know is shown as
it is recorded; the raw kind is always the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "AuditKinds"

# Prefix → the group's name, in the order the kind filter lists them.
GROUPS: dict[str, str] = {
    "account": QT_TRANSLATE_NOOP("AuditKinds", "登录与账号"),
    "people": QT_TRANSLATE_NOOP("AuditKinds", "人员"),
    "roster": QT_TRANSLATE_NOOP("AuditKinds", "排班"),
    "settings": QT_TRANSLATE_NOOP("AuditKinds", "设置"),
    "booking": QT_TRANSLATE_NOOP("AuditKinds", "预约"),
    "advice": QT_TRANSLATE_NOOP("AuditKinds", "潮汐建议"),
    "calendar": QT_TRANSLATE_NOOP("AuditKinds", "办税日历"),
    "network": QT_TRANSLATE_NOOP("AuditKinds", "服务网络"),
    "audit": QT_TRANSLATE_NOOP("AuditKinds", "审计日志"),
}

KINDS: dict[str, str] = {
    "account.sign_in": QT_TRANSLATE_NOOP("AuditKinds", "登录"),
    "account.sign_in_failed": QT_TRANSLATE_NOOP("AuditKinds", "登录失败"),
    "account.locked": QT_TRANSLATE_NOOP("AuditKinds", "账号锁定"),
    "account.unlock": QT_TRANSLATE_NOOP("AuditKinds", "解除锁定"),
    "account.password_changed": QT_TRANSLATE_NOOP("AuditKinds", "修改密码"),
    "account.password_reset": QT_TRANSLATE_NOOP("AuditKinds", "重置密码"),
    "account.created": QT_TRANSLATE_NOOP("AuditKinds", "开通账号"),
    "account.administrator": QT_TRANSLATE_NOOP("AuditKinds", "设立管理员"),
    "people.staff": QT_TRANSLATE_NOOP("AuditKinds", "人员资料"),
    "people.leave": QT_TRANSLATE_NOOP("AuditKinds", "人员离职"),
    "people.photo": QT_TRANSLATE_NOOP("AuditKinds", "人员照片"),
    "people.window": QT_TRANSLATE_NOOP("AuditKinds", "窗口设置"),
    "people.shift": QT_TRANSLATE_NOOP("AuditKinds", "班次模板"),
    "people.export": QT_TRANSLATE_NOOP("AuditKinds", "导出人员名单"),
    "roster.publish": QT_TRANSLATE_NOOP("AuditKinds", "发布排班"),
    "roster.revise": QT_TRANSLATE_NOOP("AuditKinds", "修订已发布排班"),
    "settings.change": QT_TRANSLATE_NOOP("AuditKinds", "修改设置"),
    "booking.override": QT_TRANSLATE_NOOP("AuditKinds", "解除预约限制"),
    "booking.capacity": QT_TRANSLATE_NOOP("AuditKinds", "预约名额"),
    "advice.accept": QT_TRANSLATE_NOOP("AuditKinds", "采纳建议"),
    "advice.dismiss": QT_TRANSLATE_NOOP("AuditKinds", "忽略建议"),
    "calendar.deadline": QT_TRANSLATE_NOOP("AuditKinds", "申报期限"),
    "calendar.clear_deadline": QT_TRANSLATE_NOOP("AuditKinds", "取消申报期限"),
    "calendar.import_notice": QT_TRANSLATE_NOOP("AuditKinds", "导入放假通知"),
    "calendar.import_deadlines": QT_TRANSLATE_NOOP("AuditKinds", "导入申报期限"),
    "calendar.clear_days": QT_TRANSLATE_NOOP("AuditKinds", "清除日历"),
    "network.point": QT_TRANSLATE_NOOP("AuditKinds", "服务点"),
    "network.service": QT_TRANSLATE_NOOP("AuditKinds", "业务目录"),
    "audit.export": QT_TRANSLATE_NOOP("AuditKinds", "导出审计日志"),
    "audit.checkpoint": QT_TRANSLATE_NOOP("AuditKinds", "清理审计日志"),
}


def prefix_of(kind: str) -> str:
    return kind.split(".", 1)[0]


def group_name(prefix: str) -> str:
    """The group's name in the interface language (the prefix itself for one the table does not know)."""
    return QCoreApplication.translate(CONTEXT, GROUPS[prefix]) if prefix in GROUPS else prefix


def kind_name(kind: str) -> str:
    """The kind's name in the interface language, or the kind as recorded when the table does not know it."""
    return QCoreApplication.translate(CONTEXT, KINDS[kind]) if kind in KINDS else kind


def grouped(seen: list[str] | tuple[str, ...] = ()) -> list[tuple[str, list[str]]]:
    """(prefix, its kinds) for every known group and every prefix of ``seen``: known groups first in
    :data:`GROUPS` order, then the others alphabetically; within a group the known kinds first."""
    by_prefix: dict[str, list[str]] = {prefix: [] for prefix in GROUPS}
    for kind in [*KINDS, *sorted(seen)]:
        kinds = by_prefix.setdefault(prefix_of(kind), [])
        if kind not in kinds:
            kinds.append(kind)
    known = [(p, by_prefix[p]) for p in GROUPS]
    return known + sorted((p, k) for p, k in by_prefix.items() if p not in GROUPS)
