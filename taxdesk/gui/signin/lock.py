"""The idle lock: a desk nobody has touched for the installation's idle minutes locks itself
(:class:`IdleWatch`), and the lock screen (:class:`LockScreen`) hides the pages until the same person types
their password — or another officer signs in with their own and takes the desk over, which the core
records in the audit trail as a replacement.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from taxdesk.core import accounts
from taxdesk.core.db import Database
from taxdesk.gui.signin.forms import SignInForm
from taxdesk.gui.signin.session import DeskSession
from taxdesk.gui.tasks import TaskRunner

CHECK_MS = 5000
# What counts as someone at the desk: a key, a click, the wheel, a touch, the mouse moving.
_PRESENCE = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    """Locks ``session`` after ``minutes`` without input anywhere in the application."""

    def __init__(
        self,
        session: DeskSession,
        minutes: int = accounts.IDLE_LOCK_DEFAULT,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(parent)
        self.session = session
        self.minutes = minutes
        self._clock = clock
        self._last = clock()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        QApplication.instance().installEventFilter(self)
        session.locked_changed.connect(lambda _locked: self.touch())

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes

    def touch(self) -> None:
        self._last = self._clock()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override): called for every event
        if event.type() in _PRESENCE:
            self._last = self._clock()
        return False

    def check(self) -> None:
        """Lock when the desk has been idle long enough (and somebody is signed in, not locked yet)."""
        session = self.session
        if (
            session.actor is not None
            and not session.locked
            and self._clock() - self._last >= self.minutes * 60
        ):
            session.set_locked(True)

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QWidget):
    """What a locked desk shows instead of its pages: who holds it, and the sign-in form."""

    def __init__(self, db: Database, runner: TaskRunner, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("LockScreen")
        self.session = session
        self.heading = QLabel(self)
        self.heading.setObjectName("lockHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(
            self.tr("本人输入密码即可解锁；其他人员输入自己的工号和密码即可接替本桌（接替记入审计日志）。"),
            self,
        )
        self.note.setObjectName("lockNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = SignInForm(db, runner, self, replacing=self._holder)
        self.form.setMinimumWidth(360)
        self.form.setMaximumWidth(420)
        self.form.signed_in.connect(session.sign_in)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addSpacing(12)
        layout.addWidget(self.form, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def _holder(self) -> str | None:
        actor = self.session.actor
        return actor.code if actor is not None else None

    def prepare(self, *, hand_over: bool = False) -> None:
        """Show who holds the desk; ``hand_over`` (换人登录) leaves the staff code empty for the next person."""
        actor = self.session.actor
        self.heading.setText(
            self.tr("桌面已锁定 · {person}").format(person=actor.label()) if actor else self.tr("桌面已锁定")
        )
        self.form.set_code("" if hand_over or actor is None else actor.code)
        self.form.focus()
