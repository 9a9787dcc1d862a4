"""Turning failures into one sentence a desk officer can act on, in the interface language (never a
traceback).

The core raises errors with an English message (for the command line) and, where officers meet them, a
``key`` and parameters; this table holds the officers' sentences for those keys.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from taxdesk.core.errors import TaxDeskError
from taxdesk.gui.models import status_text

CONTEXT = "Messages"

MESSAGES = {
    "unknown_point": QT_TRANSLATE_NOOP("Messages", "没有服务点 {point}。"),
    "unknown_service": QT_TRANSLATE_NOOP("Messages", "没有业务 {service}。"),
    "not_offered": QT_TRANSLATE_NOOP("Messages", "{point}不办理业务 {service}。"),
    "unknown_window": QT_TRANSLATE_NOOP("Messages", "{point} 没有 {window} 号窗口。"),
    "unknown_ticket": QT_TRANSLATE_NOOP("Messages", "找不到这张票（编号 {ticket}）。"),
    "unknown_officer": QT_TRANSLATE_NOOP("Messages", "没有工号为 {staff} 的工作人员。"),
    "wrong_state": QT_TRANSLATE_NOOP("Messages", "{ticket} 当前为「{status}」，不能{action}。"),
    "window_busy": QT_TRANSLATE_NOOP(
        "Messages", "{window} 号窗口正在办理 {ticket}：请先办结或过号，再叫下一位。"
    ),
    "window_busy_sign_out": QT_TRANSLATE_NOOP(
        "Messages", "{window} 号窗口正在办理 {ticket}：请先办结或转办，再签退。"
    ),
    "window_closed": QT_TRANSLATE_NOOP("Messages", "{window} 号窗口未签到：请先签到。"),
    "window_paused": QT_TRANSLATE_NOOP("Messages", "{window} 号窗口已暂停：请先恢复。"),
    "needs_recall": QT_TRANSLATE_NOOP(
        "Messages", "{ticket} 需先重呼 {needed} 次才能过号（已重呼 {count} 次）。"
    ),
    "transfer_nothing": QT_TRANSLATE_NOOP("Messages", "请选择转办的业务或窗口。"),
    "already_at_window": QT_TRANSLATE_NOOP("Messages", "{ticket} 已在 {window} 号窗口。"),
    "reactivated_once": QT_TRANSLATE_NOOP("Messages", "{ticket} 已重新激活过一次，不能再次激活。"),
    "old_ticket": QT_TRANSLATE_NOOP("Messages", "{ticket} 是 {day} 的票，请重新取号。"),
    "threshold_waiting": QT_TRANSLATE_NOOP("Messages", "等候人数阈值须在 1 到 {maximum} 之间。"),
    "threshold_wait": QT_TRANSLATE_NOOP("Messages", "等候时间阈值须在 1 到 {maximum} 分钟之间。"),
}

# The actions named in "wrong_state" (the core's words, for the command line, are English).
ACTIONS = {
    "recall": QT_TRANSLATE_NOOP("Messages", "重呼"),
    "mark a no-show for": QT_TRANSLATE_NOOP("Messages", "过号"),
    "start": QT_TRANSLATE_NOOP("Messages", "开始办理"),
    "finish": QT_TRANSLATE_NOOP("Messages", "办结"),
    "transfer": QT_TRANSLATE_NOOP("Messages", "转办"),
    "re-activate": QT_TRANSLATE_NOOP("Messages", "重新激活"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def describe_error(exc: Exception) -> str:
    """The officer's sentence for a core error; the database's reason, in plain words, otherwise."""
    if isinstance(exc, TaxDeskError):
        template = MESSAGES.get(exc.key or "")
        if template is None:
            return exc.message
        params = dict(exc.params)
        if "status" in params:
            params["status"] = status_text(params["status"])
        if "action" in params:
            params["action"] = _tr(ACTIONS.get(params["action"], params["action"]))
        try:
            return _tr(template).format(**params)
        except (KeyError, IndexError):  # a translation that names a parameter the error lacks
            return exc.message
    orig = getattr(exc, "orig", None)
    text = str(orig or exc).strip()
    reason = text.splitlines()[0] if text else type(exc).__name__
    return QCoreApplication.translate(CONTEXT, "数据库不可用：{reason}").format(reason=reason)
