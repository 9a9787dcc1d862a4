"""Turning failures into one sentence a desk officer can act on (never a traceback)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from taxdesk.core.errors import TaxDeskError


def describe_error(exc: Exception) -> str:
    """The core's own message for input problems; the database's reason, in plain words, otherwise."""
    if isinstance(exc, TaxDeskError):
        return exc.message
    orig = getattr(exc, "orig", None)
    text = str(orig or exc).strip()
    reason = text.splitlines()[0] if text else type(exc).__name__
    return QCoreApplication.translate("Messages", "数据库不可用：{reason}").format(reason=reason)
