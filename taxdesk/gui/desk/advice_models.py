"""What the supervisor's advisor panel says (潮汐窗口建议): the sentences of a suggestion, the status and
forecast words, and the day's log as a table model. Interface language; the core's
:func:`~taxdesk.core.advisor.describe` is the command line's English. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from taxdesk.core.advisor import ForecastState, Suggestion
from taxdesk.core.errors import TaxDeskError
from taxdesk.gui import i18n, theme
from taxdesk.gui.messages import describe_error
from taxdesk.gui.widgets.models import MUTED_FOREGROUND, RowsModel

STATUS_TEXT = {
    "pending": QT_TRANSLATE_NOOP("AdvicePanel", "待定"),
    "accepted": QT_TRANSLATE_NOOP("AdvicePanel", "已采纳"),
    "dismissed": QT_TRANSLATE_NOOP("AdvicePanel", "已忽略"),
    "expired": QT_TRANSLATE_NOOP("AdvicePanel", "已过期"),
}
STATUS_COLOURS = {"pending": theme.colour("accent"), "accepted": theme.colour("green")}
CLOSED_TEXT = {
    "not_workday": QT_TRANSLATE_NOOP("AdvicePanel", "非工作日"),
    "outside_hours": QT_TRANSLATE_NOOP("AdvicePanel", "不在办公时间"),
}
FORECAST_REASONS = {
    "forecast_history": QT_TRANSLATE_NOOP(
        "AdvicePanel", "历史取号记录不足：需 {needed} 个工作日，现有 {available} 个"
    ),
    "forecast_no_hours": QT_TRANSLATE_NOOP("AdvicePanel", "服务点未设置营业时间"),
    "forecast_no_day": QT_TRANSLATE_NOOP("AdvicePanel", "本周预测中没有今天的营业时段"),
    "forecast_failed": QT_TRANSLATE_NOOP("AdvicePanel", "预测计算出错"),
}


def _tr(context_text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("AdvicePanel", …), translated now."""
    return QCoreApplication.translate("AdvicePanel", context_text)


# ------------------------------------------------------------------------------------------- sentences


def status_text(status: str) -> str:
    return _tr(STATUS_TEXT[status]) if status in STATUS_TEXT else status


def closed_text(reason: str | None) -> str:
    return _tr(CLOSED_TEXT[reason]) if reason in CLOSED_TEXT else (reason or "")


def forecast_text(state: ForecastState) -> str:
    """Why the forecast was not used, in a few words ("历史取号记录不足：需 40 个工作日，现有 5 个")."""
    template = FORECAST_REASONS.get(state.reason or "")
    if template is not None:
        try:
            return _tr(template).format(**state.params)
        except (KeyError, IndexError):
            pass
    described = describe_error(TaxDeskError(state.reason or "", key=state.reason, **state.params))
    if described and described != state.reason:
        return described.rstrip("。")
    return QCoreApplication.translate("AdvicePanel", "预测不可用（{reason}）").format(reason=state.reason)


def _minutes(value: float) -> str:
    return f"{value:.0f}"


def _aht(value: float) -> str:
    """A handling time as a supervisor says it: "5", "7.5"."""
    return f"{round(value, 1):g}"


def forecast_span(f: dict) -> str:
    """The forecast's hour of a suggestion ("10:00–11:00"); "未来一小时" for facts written before it was
    stated."""
    if f.get("forecast_from") and f.get("forecast_to"):
        return f"{f['forecast_from']}–{f['forecast_to']}"
    return QCoreApplication.translate("AdvicePanel", "未来一小时")


def forecast_basis(f: dict) -> str:
    """What an open suggestion's forecast part rests on, as one sum a supervisor can redo:
    "预计 10:00–11:00 到达 34 人，按平均办理 5 分钟需 4 个窗口"."""
    return QCoreApplication.translate(
        "AdvicePanel", "预计 {span} 到达 {arrivals} 人，按平均办理 {aht} 分钟需 {needed} 个窗口"
    ).format(
        span=forecast_span(f),
        arrivals=_minutes(f.get("arrivals_next_hour") or 0),
        aht=_aht(f.get("aht_min") or 0),
        needed=f.get("needed_forecast") or 0,
    )


def _queue(s: Suggestion) -> tuple[str, str]:
    prefix = s.prefix or s.facts.get("prefix") or ""
    return prefix, i18n.localized(s.category_name or s.category or "", s.category_name_en or "")


def category_label(s: Suggestion) -> str:
    """ "A 类 综合服务": the queue an open suggestion is for."""
    prefix, name = _queue(s)
    return QCoreApplication.translate("AdvicePanel", "{prefix} 类 {name}").format(prefix=prefix, name=name)


def suggestion_text(s: Suggestion) -> str:
    """The suggestion as one sentence with its numbers, in the interface language."""
    f = s.facts
    arrivals = f.get("arrivals_next_hour")
    if s.action == "open":
        if s.window is None:
            head = QCoreApplication.translate("AdvicePanel", "建议为 {queue} 增开窗口（目前没有可开的窗口）")
        elif f.get("window_state") == "paused":
            head = QCoreApplication.translate(
                "AdvicePanel", "建议为 {queue} 开放潮汐窗口（{window} 号窗口，现暂停）"
            )
        else:
            head = QCoreApplication.translate("AdvicePanel", "建议为 {queue} 开放潮汐窗口（{window} 号窗口）")
        head = head.format(queue=category_label(s), window=s.window)
        if s.expected_wait_min is None:
            wait = QCoreApplication.translate("AdvicePanel", "{waiting} 人等候，目前没有窗口办理")
        else:
            wait = QCoreApplication.translate("AdvicePanel", "{waiting} 人等候，预计等候 {minutes} 分钟")
        wait = wait.format(waiting=s.waiting, minutes=_minutes(s.expected_wait_min or 0))
        if arrivals is not None:
            need = forecast_basis(f)
            if (f.get("needed_queue") or 0) > (f.get("needed_forecast") or 0):  # the queue asks for more
                need += QCoreApplication.translate(
                    "AdvicePanel", "，按现场排队需 {needed} 个窗口（{target} 分钟内办完）"
                ).format(needed=f.get("needed_queue"), target=_minutes(f.get("target_wait_min") or 0))
            need += QCoreApplication.translate("AdvicePanel", "；现开 {open} 个").format(open=f.get("open"))
        else:
            need = QCoreApplication.translate(
                "AdvicePanel", "无预测，按现场排队需 {needed} 个窗口，现开 {open} 个"
            ).format(needed=f.get("needed"), open=f.get("open"))
        return QCoreApplication.translate("AdvicePanel", "{head}：{wait}；{need}").format(
            head=head, wait=wait, need=need
        )
    head = QCoreApplication.translate("AdvicePanel", "{window} 号窗口可以关闭").format(window=s.window)
    idle = QCoreApplication.translate("AdvicePanel", "已空闲 {minutes} 分钟").format(
        minutes=f.get("idle_min", 0)
    )
    if s.waiting:
        waiting = QCoreApplication.translate(
            "AdvicePanel", "{waiting} 人等候，其余窗口可在目标时间内办完"
        ).format(waiting=s.waiting)
    else:
        waiting = QCoreApplication.translate("AdvicePanel", "无人等候")
    if arrivals is not None:
        sentence = QCoreApplication.translate(
            "AdvicePanel",
            "{head}：{idle}，{waiting}；预计 {span} 到达 {arrivals} 人，关闭后仍开 {open} 个（需 {needed} 个）",
        )
    else:
        sentence = QCoreApplication.translate(
            "AdvicePanel", "{head}：{idle}，{waiting}；关闭后仍开 {open} 个（需 {needed} 个）"
        )
    return sentence.format(
        head=head,
        idle=idle,
        waiting=waiting,
        arrivals=_minutes(arrivals or 0),
        span=forecast_span(f),
        open=f.get("open_after"),
        needed=f.get("needed"),
    )


def short_text(s: Suggestion) -> str:
    """The suggestion in a few words, for the log ("开 11 号窗口 · A 综合服务")."""
    if s.action == "open":
        queue = " ".join(_queue(s))
        if s.window is None:
            return QCoreApplication.translate("AdvicePanel", "增开窗口 · {queue}").format(queue=queue)
        return QCoreApplication.translate("AdvicePanel", "开 {window} 号窗口 · {queue}").format(
            window=s.window, queue=queue
        )
    return QCoreApplication.translate("AdvicePanel", "关 {window} 号窗口").format(window=s.window)


# ------------------------------------------------------------------------------------------- the log


class AdviceLogModel(RowsModel):
    """The day's suggestions, newest first: made at, what, status, who decided, when, the note."""

    context = "AdvicePanel"
    TEXT_COLUMN = 1
    STATUS_COLUMN = 2
    NOTE_COLUMN = 5
    headers = (
        QT_TRANSLATE_NOOP("AdvicePanel", "时间"),
        QT_TRANSLATE_NOOP("AdvicePanel", "建议"),
        QT_TRANSLATE_NOOP("AdvicePanel", "状态"),
        QT_TRANSLATE_NOOP("AdvicePanel", "决定人"),
        QT_TRANSLATE_NOOP("AdvicePanel", "决定时间"),
        QT_TRANSLATE_NOOP("AdvicePanel", "备注"),
    )

    def set_log(self, suggestions: list[Suggestion]) -> None:
        self.set_rows(sorted(suggestions, key=lambda s: (s.made_at, s.id), reverse=True))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s: Suggestion = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            decided = s.decided_at.strftime("%H:%M") if s.decided_at else "—"
            return (
                s.made_at.strftime("%H:%M"),
                short_text(s),
                status_text(s.status),
                s.decided_by_name or "—",
                decided,
                s.note or "",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TEXT_COLUMN:
                return suggestion_text(s)
            if column == 3 and s.decided_by:
                return f"{s.decided_by_name}（{s.decided_by}）"
            if column == self.NOTE_COLUMN and s.note:
                return s.note
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATUS_COLUMN and s.status in STATUS_COLOURS:
                return STATUS_COLOURS[s.status]
            if s.status == "expired":
                return MUTED_FOREGROUND
        return None
