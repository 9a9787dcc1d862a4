"""Checking a ticket's QR code at the desk: scan it (a scanner types like a keyboard) or paste it.

The result reads green (usable), amber (genuine but no longer usable) or red (refused): the ``tone`` of the
result line, coloured by ``resources/theme/desk.qss``. Dates are in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QWidget

from taxdesk.core import tickets
from taxdesk.core.db import Database
from taxdesk.gui import i18n, theme
from taxdesk.gui.forms.ui_verify_dialog import Ui_VerifyDialog
from taxdesk.gui.messages import describe_error
from taxdesk.gui.tasks import TaskRunner
from taxdesk.gui.widgets.models import status_text

# Why a code is refused, by the core's reason code (the core's own words are English, for the CLI).
REASONS = {
    "empty": QT_TRANSLATE_NOOP("VerifyDialog", "没有内容可验证。"),
    "malformed": QT_TRANSLATE_NOOP("VerifyDialog", "这不是 TaxDesk 票据二维码。"),
    "wrong_kind": QT_TRANSLATE_NOOP("VerifyDialog", "这不是排队票的二维码。"),
    "unsupported_version": QT_TRANSLATE_NOOP("VerifyDialog", "二维码格式版本不受支持。"),
    "other_installation": QT_TRANSLATE_NOOP("VerifyDialog", "该票由另一套 TaxDesk 系统签发，不属于本厅。"),
    "bad_signature": QT_TRANSLATE_NOOP("VerifyDialog", "签名不符：二维码已被篡改或伪造。"),
    "unknown_ticket": QT_TRANSLATE_NOOP("VerifyDialog", "签名有效，但本系统中没有这张票。"),
    "mismatch": QT_TRANSLATE_NOOP("VerifyDialog", "二维码内容与系统记录不一致。"),
}

# Why a genuine ticket can no longer be used, by the core's unusable code.
UNUSABLE = {
    "finished": QT_TRANSLATE_NOOP("VerifyDialog", "该票已于 {finished} 办结，不能再用，请重新取号。"),
    "cancelled": QT_TRANSLATE_NOOP("VerifyDialog", "该票已取消，请重新取号。"),
    "other_day": QT_TRANSLATE_NOOP("VerifyDialog", "这是 {day} 的票，只在取号当天有效，请重新取号。"),
    "no_show": QT_TRANSLATE_NOOP(
        "VerifyDialog", "该票已过号。导税台可以重新激活一次：在“最近取号”中选中它，点“重新激活过号”。"
    ),
    "no_show_again": QT_TRANSLATE_NOOP("VerifyDialog", "该票重新激活后再次过号，不能再激活，请重新取号。"),
}

# The result line's tone (desk.qss colours it): usable, genuine but not usable, refused.
USABLE_TONE = "good"
UNUSABLE_TONE = "caution"
REFUSED_TONE = "warning"


def _when(moment) -> str:
    """12月7日 14:05 / Dec 7 14:05."""
    return f"{i18n.month_day(moment)} {moment:%H:%M}"


class VerifyDialog(QDialog):
    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.payloadEdit.returnPressed.connect(self.verify)
        self.last_result: tickets.Verification | None = None

    def verify(self) -> None:
        payload = self.ui.payloadEdit.text()
        db = self.db
        self.runner.run(
            lambda: tickets.verify_payload(db, payload), on_done=self._show, on_error=self._failed
        )

    def _show(self, result: tickets.Verification) -> None:
        self.last_result = result
        if result.valid:
            t = result.ticket
            details = self.tr("{number}  {service}\n{point}  {time} 取号  当前状态：{status}").format(
                number=t.number,
                service=t.service_name,
                point=t.point_name,
                time=_when(t.issued_at),
                status=status_text(t.status),
            )
            if result.usable:
                text = self.tr("✔ 真票，可以使用：") + details
                tone = USABLE_TONE
            else:
                text = self.tr("⚠ 真票，但已不能使用：{why}").format(why=self._why_unusable(result))
                text += "\n" + details
                tone = UNUSABLE_TONE
        else:
            reason = REASONS.get(result.code)
            text = self.tr("✘ 无效：") + (self.tr(reason) if reason else result.reason)
            tone = REFUSED_TONE
        self._set_result(text, tone)
        self.ui.payloadEdit.selectAll()

    def _why_unusable(self, result: tickets.Verification) -> str:
        words = UNUSABLE.get(result.unusable_code)
        if words is None:  # a reason this dialog does not know yet: the core's own words
            return result.unusable_reason or ""
        finished = _when(result.finished_at) if result.finished_at else ""
        return self.tr(words).format(finished=finished, day=i18n.full_date(result.ticket.issued_at))

    def _set_result(self, text: str, tone: str) -> None:
        theme.set_tone(self.ui.resultLabel, tone)
        self.ui.resultLabel.setText(text)

    def _failed(self, exc: Exception) -> None:
        self._set_result(describe_error(exc), REFUSED_TONE)
