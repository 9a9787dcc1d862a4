"""The forms of the people editor (人员与窗口): a window, a shift template, a new password (the person's form
is :mod:`taxdesk.gui.people.staff_dialog`).

Like the network editor's forms they only ask and check (:class:`~taxdesk.gui.widgets.record_dialog.
RecordDialog`): each field is checked with the core's own ``clean_*`` rules as it is left or toggled, and
the whole record again on 保存; the page writes it in the background. The forms are built in code: most of
their fields are check boxes made from the installation's data (roles, categories, weekdays, shifts).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from taxdesk.core import accounts, validate
from taxdesk.core import windows_edit as we
from taxdesk.core.errors import InvalidInput
from taxdesk.core.network import CategoryInfo
from taxdesk.core.windows_edit import ShiftRecord, WindowRecord
from taxdesk.gui import i18n
from taxdesk.gui.widgets.record_dialog import RecordDialog


def boxes_row(boxes: list[QCheckBox], columns: int = 0) -> QWidget:
    """Check boxes side by side (in a grid of ``columns`` when given)."""
    holder = QWidget()
    layout = QGridLayout(holder) if columns else QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for i, box in enumerate(boxes):
        if columns:
            layout.addWidget(box, i // columns, i % columns)
        else:
            layout.addWidget(box)
    if not columns:
        layout.addStretch(1)
    return holder


def checked_keys(boxes: dict) -> list:
    return [key for key, box in boxes.items() if box.isChecked()]


class Form(RecordDialog):
    """A form laid out in code: rows of fields, each with its hint under it, then the buttons."""

    def _build(self, name: str) -> QFormLayout:
        self.setObjectName(name)  # its look: resources/theme/people.qss
        self.setModal(True)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.form)
        self.generalHint = QLabel()
        self.generalHint.setObjectName("generalHint")
        self.generalHint.setWordWrap(True)
        outer.addWidget(self.generalHint)
        self.buttonBox = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttonBox.rejected.connect(self.reject)
        outer.addWidget(self.buttonBox)
        return self.form

    def _row(self, label: str, field: QWidget, hint_name: str) -> QLabel:
        """A labelled field with its hint under it; returns the hint."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        hint = QLabel()
        hint.setObjectName(hint_name)
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.form.addRow(label, holder)
        return hint

    def _finish(self) -> None:
        self._setup(self.buttonBox, self.generalHint)


class WindowDialog(Form):
    """Add or edit a window of the page's point; its number cannot change once created."""

    field_aliases = {"window number": "number"}

    def __init__(
        self,
        point: str,
        record: WindowRecord | None,
        categories: list[CategoryInfo],
        parent: QWidget | None = None,
        *,
        next_number: int = 1,
    ):
        super().__init__(parent)
        self.point = point
        self.creating = record is None
        record = record or WindowRecord(point, next_number, "", ())
        self.setWindowTitle(
            self.tr("新增窗口")
            if self.creating
            else self.tr("编辑 {number} 号窗口").format(number=record.number)
        )
        self._build("WindowDialog")
        self.numberEdit = QLineEdit(str(record.number))
        self.numberEdit.setReadOnly(not self.creating)
        number_hint = self._row(self.tr("窗口号"), self.numberEdit, "numberHint")
        self.nameEdit = QLineEdit(record.name)
        name_hint = self._row(self.tr("名称"), self.nameEdit, "nameHint")
        self.category_boxes = {
            c.code: QCheckBox(f"{c.prefix} {i18n.localized(c.name, c.name_en)}") for c in categories
        }
        for code, box in self.category_boxes.items():
            box.setChecked(code in record.categories)
        categories_row = boxes_row(list(self.category_boxes.values()), columns=3)
        categories_hint = self._row(self.tr("办理类别"), categories_row, "categoriesHint")
        self.tidalCheck = QCheckBox(self.tr("潮汐窗口（按需开放，由轮值人员值守）"))
        self.tidalCheck.setChecked(record.tidal)
        self.activeCheck = QCheckBox(self.tr("启用"))
        self.activeCheck.setChecked(record.active)
        self._row(self.tr("类型"), boxes_row([self.tidalCheck, self.activeCheck]), "flagsHint")
        self._finish()
        self._watch("number", self.numberEdit, number_hint)
        self._watch("name", self.nameEdit, name_hint)
        self._watch_boxes("categories", self.category_boxes.values(), categories_row, categories_hint)
        (self.numberEdit if self.creating else self.nameEdit).setFocus()

    def categories(self) -> tuple[str, ...]:
        return tuple(checked_keys(self.category_boxes))

    def set_categories(self, codes) -> None:
        for code, box in self.category_boxes.items():
            box.setChecked(code in codes)

    def record(self) -> WindowRecord:
        return WindowRecord(
            point=self.point,
            number=self.numberEdit.text(),
            name=self.nameEdit.text(),
            categories=self.categories(),
            tidal=self.tidalCheck.isChecked(),
            active=self.activeCheck.isChecked(),
        )

    def clean_record(self) -> WindowRecord:
        return we.clean_window(self.record())

    def _clean_field(self, field: str) -> None:
        if field == "number":
            validate.window_number(self.numberEdit.text())
        elif field == "name":
            validate.text(
                self.nameEdit.text(),
                "name",
                limit=we.WINDOW_NAME_LIMIT,
                required=True,
                key="window_name_required",
            )
        elif field == "categories":
            we.clean_window(WindowRecord(self.point, 1, "x", self.categories()))


class ShiftDialog(Form):
    """Add or edit a shift template of the page's point; its code cannot change once created."""

    field_aliases = {"window number": "window"}

    def __init__(
        self,
        point: str,
        record: ShiftRecord | None,
        windows: list[WindowRecord],
        shift_codes: list[str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.point = point
        self.creating = record is None
        record = record or ShiftRecord(point, "", "", "08:30", "17:00", break_min=90)
        self.setWindowTitle(
            self.tr("新增班次") if self.creating else self.tr("编辑班次 {code}").format(code=record.code)
        )
        self._build("ShiftDialog")
        self.codeEdit = QLineEdit(record.code)
        self.codeEdit.setReadOnly(not self.creating)
        self.codeEdit.setPlaceholderText(self.tr("1–8 位大写字母或数字"))
        code_hint = self._row(self.tr("代码"), self.codeEdit, "codeHint")
        self.nameEdit = QLineEdit(record.name)
        name_hint = self._row(self.tr("名称"), self.nameEdit, "nameHint")
        self.nameEnEdit = QLineEdit(record.name_en)
        self._row(self.tr("英文名称"), self.nameEnEdit, "nameEnHint")
        times = QWidget()
        times_row = QHBoxLayout(times)
        times_row.setContentsMargins(0, 0, 0, 0)
        self.startEdit = QLineEdit(record.start)
        self.endEdit = QLineEdit(record.end)
        for edit in (self.startEdit, self.endEdit):
            edit.setPlaceholderText("HH:MM")
            edit.setMaximumWidth(90)
        times_row.addWidget(self.startEdit)
        times_row.addWidget(QLabel("–"))
        times_row.addWidget(self.endEdit)
        times_row.addWidget(QLabel(self.tr("（跨午夜的班次结束时间可到 48:00）")))
        times_row.addStretch(1)
        times_hint = self._row(self.tr("时间"), times, "timesHint")
        self.breakEdit = QLineEdit(str(record.break_min))
        self.breakEdit.setMaximumWidth(90)
        break_hint = self._row(self.tr("休息（分钟）"), self.breakEdit, "breakHint")
        self.windowCombo = QComboBox()
        self.windowCombo.addItem(self.tr("任意窗口"), None)
        for window in windows:
            self.windowCombo.addItem(
                self.tr("{number} 号 {name}").format(number=window.number, name=window.name), window.number
            )
        self.windowCombo.setCurrentIndex(max(0, self.windowCombo.findData(record.window)))
        window_hint = self._row(self.tr("窗口"), self.windowCombo, "windowHint")
        codes = sorted(set(shift_codes) | set(record.forbidden_next))
        self.forbidden_boxes = {code: QCheckBox(code) for code in codes}
        for code, box in self.forbidden_boxes.items():
            box.setChecked(code in record.forbidden_next)
        forbidden_row = boxes_row(list(self.forbidden_boxes.values()), columns=6)
        forbidden_hint = self._row(self.tr("次日不可接"), forbidden_row, "forbiddenHint")
        self.tidalCheck = QCheckBox(self.tr("潮汐班次"))
        self.tidalCheck.setChecked(record.tidal)
        self.activeCheck = QCheckBox(self.tr("启用"))
        self.activeCheck.setChecked(record.active)
        self._row(self.tr("类型"), boxes_row([self.tidalCheck, self.activeCheck]), "flagsHint")
        self._finish()
        self._watch("code", self.codeEdit, code_hint)
        self._watch("name", self.nameEdit, name_hint)
        self._watch("start", self.startEdit, times_hint)
        self._watch("end", self.endEdit, times_hint)
        self._watch("break_min", self.breakEdit, break_hint)
        self._register("window", self.windowCombo, window_hint)
        self._register("forbidden_next", forbidden_row, forbidden_hint)
        (self.codeEdit if self.creating else self.nameEdit).setFocus()

    def forbidden_next(self) -> tuple[str, ...]:
        return tuple(checked_keys(self.forbidden_boxes))

    def record(self) -> ShiftRecord:
        return ShiftRecord(
            point=self.point,
            code=self.codeEdit.text(),
            name=self.nameEdit.text(),
            name_en=self.nameEnEdit.text(),
            start=self.startEdit.text(),
            end=self.endEdit.text(),
            break_min=self.breakEdit.text(),
            window=self.windowCombo.currentData(),
            tidal=self.tidalCheck.isChecked(),
            forbidden_next=self.forbidden_next(),
            active=self.activeCheck.isChecked(),
        )

    def clean_record(self) -> ShiftRecord:
        return we.clean_shift(self.record())

    def _clean_field(self, field: str) -> None:
        if field == "code":
            we.clean_shift_code(self.codeEdit.text())
        elif field == "name":
            validate.text(
                self.nameEdit.text(),
                "name",
                limit=we.SHIFT_NAME_LIMIT,
                required=True,
                key="shift_name_required",
            )
        elif field == "start":
            we.clock_minutes(self.startEdit.text(), "start", maximum=24 * 60 - 1)
        elif field == "end":
            we.clean_shift(ShiftRecord(self.point, "X", "x", self.startEdit.text(), self.endEdit.text()))
        elif field == "break_min":
            validate.number(
                self.breakEdit.text(), "break_min", minimum=0, maximum=24 * 60, integer=True, unit="minutes"
            )


class PasswordDialog(Form):
    """A new temporary password for a person, typed twice; they must change it at their next sign-in."""

    def __init__(self, code: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("重置密码：{name}（{code}）").format(name=name, code=code))
        self._build("PasswordDialog")
        intro = QLabel(
            self.tr(
                "给 {name} 一个临时密码（至少 8 位，须有字母和数字）。下次登录时须改为自己的密码；账号的锁定同时解除。"
            ).format(name=name)
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.passwordEdit = QLineEdit()
        self.againEdit = QLineEdit()
        for edit in (self.passwordEdit, self.againEdit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        password_hint = self._row(self.tr("新密码"), self.passwordEdit, "passwordHint")
        again_hint = self._row(self.tr("再输入一次"), self.againEdit, "againHint")
        self._finish()
        self._watch("password", self.passwordEdit, password_hint)
        self._watch("again", self.againEdit, again_hint)
        self.passwordEdit.setFocus()

    def clean_record(self) -> str:
        self._clean_field("password")
        self._clean_field("again")
        return self.passwordEdit.text()

    def _clean_field(self, field: str) -> None:
        if field == "password":
            try:
                accounts.check_password_rule(self.passwordEdit.text())
            except InvalidInput as exc:
                raise InvalidInput(exc.message, key=exc.key, **{**exc.params, "field": "password"}) from None
        elif field == "again" and self.againEdit.text() != self.passwordEdit.text():
            raise InvalidInput("the two passwords differ", key="password_mismatch", field="again")
