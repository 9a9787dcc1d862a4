"""The sign-in form and the dialogs around it: signing in, changing a password, the first administrator.

Every check and every password comparison is the core's (:mod:`taxdesk.core.accounts`); hashing takes tens
of milliseconds and the database may be far away, so each runs on the background runner and the form
waits with its fields disabled. A refusal is one sentence under the fields (the password field is cleared,
the staff code kept); nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taxdesk.core import accounts
from taxdesk.core.db import Database
from taxdesk.core.roles import Actor
from taxdesk.gui import theme
from taxdesk.gui.messages import describe_error
from taxdesk.gui.tasks import TaskRunner

LAST_CODE_SETTING = "signin/last_code"  # per PC: the staff code that signed in last, offered next time


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(accounts.PASSWORD_MAX)
    return field


def _message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("signInMessage")
    label.setWordWrap(True)
    return label


def _say(label: QLabel, text: str, tone: str = "warning") -> None:
    label.setText(text)
    theme.set_tone(label, tone if text else "")


class SignInForm(QWidget):
    """Staff code and password, checked by the core; ``signed_in(actor)`` once the person may work (a
    password that must be changed is changed first, in :class:`ChangePasswordDialog`).

    ``replacing``: the code of whoever held the desk (a locked desk); another person signing in is then
    recorded as replacing them."""

    signed_in = Signal(object)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        code: str = "",
        replacing: Callable[[], str | None] = lambda: None,
    ):
        super().__init__(parent)
        self.setObjectName("SignInForm")
        self.db, self.runner = db, runner
        self._replacing = replacing
        self.code = QLineEdit(code, self)
        self.code.setObjectName("codeEdit")
        self.code.setMaxLength(16)
        self.code.setPlaceholderText(self.tr("工号"))
        self.password = _password_field(self, "passwordEdit")
        self.password.setPlaceholderText(self.tr("密码"))
        self.message = _message_label(self)
        self.button = QPushButton(self.tr("登录"), self)
        self.button.setObjectName("signInButton")
        self.button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("工号"), self.code)
        form.addRow(self.tr("密码"), self.password)
        self.button_row = QHBoxLayout()  # a dialog puts its own buttons (退出) beside 登录
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(self.button_row)
        self.button.clicked.connect(self.submit)
        self.code.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)

    def focus(self) -> None:
        (self.password if self.code.text().strip() else self.code).setFocus()

    def set_code(self, code: str) -> None:
        self.code.setText(code)
        self.password.clear()
        _say(self.message, "")

    def _busy(self, busy: bool) -> None:
        for widget in (self.code, self.password, self.button):
            widget.setEnabled(not busy)

    def submit(self) -> None:
        code, password = self.code.text().strip(), self.password.text()
        if not code:
            _say(self.message, self.tr("请输入工号。"))
            self.code.setFocus()
            return
        if not password:
            _say(self.message, self.tr("请输入密码。"))
            self.password.setFocus()
            return
        _say(self.message, self.tr("正在核对……"), "")
        self._busy(True)
        replacing, db = self._replacing(), self.db
        self.runner.run(
            lambda: accounts.sign_in(db, code, password, host=accounts.host_name(), replacing=replacing),
            on_done=lambda actor: self._checked(actor, password),
            on_error=self._refused,
        )

    def _refused(self, exc: Exception) -> None:
        self._busy(False)
        self.password.clear()
        _say(self.message, describe_error(exc))
        self.password.setFocus()

    def _checked(self, actor: Actor, password: str) -> None:
        self._busy(False)
        self.password.clear()
        if actor.must_change:
            dialog = ChangePasswordDialog(self.db, self.runner, actor, self, old=password, first=True)
            if not dialog.exec():
                _say(self.message, self.tr("须先修改密码才能开始工作。"))
                return
            actor = dialog.actor
        QSettings().setValue(LAST_CODE_SETTING, actor.code)
        _say(self.message, "")
        self.signed_in.emit(actor)


class SignInDialog(QDialog):
    """登录 TaxDesk: the sign-in at start (``actor`` once accepted)."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None, *, place: str = ""):
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.setWindowTitle(self.tr("登录 TaxDesk"))
        self.actor: Actor | None = None
        heading = QLabel(self.tr("请用工号和密码登录。") + (f"\n{place}" if place else ""), self)
        heading.setObjectName("signInHeading")
        self.form = SignInForm(db, runner, self, code=str(QSettings().value(LAST_CODE_SETTING, "") or ""))
        self.form.signed_in.connect(self._signed_in)
        quit_button = QPushButton(self.tr("退出"), self)
        quit_button.setObjectName("quitButton")
        quit_button.setAutoDefault(False)
        quit_button.clicked.connect(self.reject)
        self.form.button_row.insertWidget(1, quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form)
        self.setMinimumWidth(380)
        self.form.focus()

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()


class ChangePasswordDialog(QDialog):
    """修改密码: the old password (unless just typed to sign in), the new one twice; ``actor`` after."""

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        old: str | None = None,
        first: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("ChangePasswordDialog")
        self.setWindowTitle(self.tr("修改密码"))
        self.db, self.runner, self.actor = db, runner, actor
        self._old = old
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(
            (
                self.tr("{person} 的密码是新设或重置的，请先改为只有您知道的密码。") if first else "{person}"
            ).format(person=actor.label())
            + "\n"
            + self.tr("密码至少 8 位，须同时包含字母和数字。")
        )
        self.old = _password_field(self, "oldPasswordEdit")
        self.new = _password_field(self, "newPasswordEdit")
        self.again = _password_field(self, "againPasswordEdit")
        self.message = _message_label(self)
        form = QFormLayout()
        if old is None:
            form.addRow(self.tr("原密码"), self.old)
        else:
            self.old.hide()
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再输一次"), self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("修改"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)
        (self.new if old is not None else self.old).setFocus()

    def submit(self) -> None:
        old = self._old if self._old is not None else self.old.text()
        new = self.new.text()
        if new != self.again.text():
            _say(self.message, self.tr("两次输入的新密码不一致。"))
            self.again.clear()
            self.again.setFocus()
            return
        try:
            accounts.check_password_rule(new)  # the rule alone: no database, answered at once
        except Exception as exc:
            _say(self.message, describe_error(exc))
            self.new.setFocus()
            return
        self.buttons.setEnabled(False)
        _say(self.message, self.tr("正在保存……"), "")
        db, actor = self.db, self.actor
        self.runner.run(lambda: accounts.change_password(db, actor, old, new), self._changed, self._refused)

    def _changed(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        _say(self.message, describe_error(exc))


class FirstAdministratorDialog(QDialog):
    """The first start of an installation with no administrator: make the first one (there is no default
    password on a real installation)."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("FirstAdministratorDialog")
        self.setWindowTitle(self.tr("创建系统管理员"))
        self.db, self.runner = db, runner
        self.actor: Actor | None = None
        intro = QLabel(
            self.tr(
                "这套 TaxDesk 还没有系统管理员。请创建第一位系统管理员：由其录入人员、窗口和班次，并为其他人开设账号。"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setObjectName("adminCodeEdit")
        self.code.setMaxLength(16)
        self.name = QLineEdit(self)
        self.name.setObjectName("adminNameEdit")
        self.name.setMaxLength(40)
        self.new = _password_field(self, "newPasswordEdit")
        self.again = _password_field(self, "againPasswordEdit")
        self.message = _message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("工号"), self.code)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("密码"), self.new)
        form.addRow(self.tr("再输一次"), self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建并登录"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def submit(self) -> None:
        code, name, new = self.code.text().strip(), self.name.text().strip(), self.new.text()
        if not code or not name:
            _say(self.message, self.tr("请填写工号和姓名。"))
            return
        if new != self.again.text():
            _say(self.message, self.tr("两次输入的密码不一致。"))
            return
        try:
            accounts.check_password_rule(new)
        except Exception as exc:
            _say(self.message, describe_error(exc))
            return
        self.buttons.setEnabled(False)
        db = self.db
        self.runner.run(
            lambda: accounts.create_administrator(db, code, new, name=name), self._made, self._refused
        )

    def _made(self, actor: Actor) -> None:
        self.actor = actor
        QSettings().setValue(LAST_CODE_SETTING, actor.code)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        _say(self.message, describe_error(exc))
