"""Checking a ticket's QR code at the desk: scan it (a scanner types like a keyboard) or paste it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QWidget

from taxdesk.core import tickets
from taxdesk.core.db import Database
from taxdesk.gui.forms.ui_verify_dialog import Ui_VerifyDialog
from taxdesk.gui.messages import describe_error
from taxdesk.gui.models import status_text
from taxdesk.gui.tasks import TaskRunner

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
            text = self.tr("✔ 真票：{number}  {service}\n{point}  {time} 取号  当前状态：{status}").format(
                number=t.number,
                service=t.service_name,
                point=t.point_name,
                time=t.issued_at.strftime("%Y-%m-%d %H:%M"),
                status=status_text(t.status),
            )
            colour = "#1e8a4c"
        else:
            reason = REASONS.get(result.code)
            text = self.tr("✘ 无效：") + (self.tr(reason) if reason else result.reason)
            colour = "#b3261e"
        self.ui.resultLabel.setStyleSheet(f"color: {colour}; font-size: 13pt;")
        self.ui.resultLabel.setText(text)
        self.ui.payloadEdit.selectAll()

    def _failed(self, exc: Exception) -> None:
        self.ui.resultLabel.setStyleSheet("color: #b3261e;")
        self.ui.resultLabel.setText(describe_error(exc))
