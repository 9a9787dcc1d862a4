"""The forms of the people editor (人员与窗口): a person, a window, a shift template, a new password.

Like the network editor's forms they only ask and check (:class:`~taxdesk.gui.widgets.record_dialog.
RecordDialog`): each field is checked with the core's own ``clean_*`` rules as it is left or toggled, and
the whole record again on 保存; the page writes it in the background. The forms are built in code: most of
their fields are check boxes made from the installation's data (roles, categories, weekdays, shifts).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taxdesk.core import accounts, people, validate
from taxdesk.core import windows_edit as we
from taxdesk.core.db.models import ROLES
from taxdesk.core.errors import InvalidInput
from taxdesk.core.network import CategoryInfo
from taxdesk.core.network_edit import PointRecord, clean_code
from taxdesk.core.people import StaffRecord
from taxdesk.core.windows_edit import ShiftRecord, WindowRecord
from taxdesk.gui import i18n
from taxdesk.gui.messages import describe_error
from taxdesk.gui.people.models import HOME_UNIT_NAMES, home_unit_text, role_text, weekday_text
from taxdesk.gui.widgets.record_dialog import RecordDialog

PHOTO_SIZE = (96, 120)


def _boxes_row(boxes: list[QCheckBox], columns: int = 0) -> QWidget:
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


def _checked(boxes: dict) -> list:
    return [key for key, box in boxes.items() if box.isChecked()]


class _Form(RecordDialog):
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


@dataclass(frozen=True)
class StaffForm:
    """What the person form hands to the page: the clean record, and the photo to set (None: leave it as
    it is; ``b""``: remove it)."""

    record: StaffRecord
    photo: bytes | None = None


class StaffDialog(_Form):
    """Add (``record`` None) or edit a person: every field of their record, their photo as a thumbnail.

    The photo file is read by the page in the background (:attr:`photo_file_chosen`), which hands the
    bytes back with :meth:`show_photo`."""

    photo_file_chosen = Signal(str)

    def __init__(
        self,
        record: StaffRecord | None,
        categories: list[CategoryInfo],
        points: list[PointRecord],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.creating = record is None
        record = record or StaffRecord(code="", name="", roles=("window",), home_unit="hall")
        self.photo_change: bytes | None = None
        self._has_photo = record.has_photo
        self.setWindowTitle(
            self.tr("新增人员") if self.creating else self.tr("编辑人员 {code}").format(code=record.code)
        )
        self._build("StaffDialog")

        self.codeEdit = QLineEdit(record.code)
        self.codeEdit.setReadOnly(not self.creating)
        self.codeEdit.setPlaceholderText(self.tr("2–16 位大写字母或数字，保存后不能更改"))
        code_hint = self._row(self.tr("工号"), self.codeEdit, "codeHint")
        self.nameEdit = QLineEdit(record.name)
        name_hint = self._row(self.tr("姓名"), self.nameEdit, "nameHint")

        self.role_boxes = {role: QCheckBox(role_text(role)) for role in ROLES}
        for role, box in self.role_boxes.items():
            box.setChecked(role in record.roles)
        roles_row = _boxes_row(list(self.role_boxes.values()))
        roles_hint = self._row(self.tr("角色"), roles_row, "rolesHint")

        self.unitCombo = QComboBox()
        for unit in HOME_UNIT_NAMES:
            self.unitCombo.addItem(home_unit_text(unit), unit)
        self.unitCombo.setCurrentIndex(max(0, self.unitCombo.findData(record.home_unit)))
        unit_hint = self._row(self.tr("所属单位"), self.unitCombo, "unitHint")
        self.pointCombo = QComboBox()
        self.pointCombo.addItem(self.tr("（无）"), "")
        for point in points:
            text = f"{point.code}  {point.name}" + ("" if point.active else self.tr("（已停用）"))
            self.pointCombo.addItem(text, point.code)
        self.pointCombo.setCurrentIndex(max(0, self.pointCombo.findData(record.point or "")))
        point_hint = self._row(self.tr("服务点"), self.pointCombo, "pointHint")

        self.category_boxes = {
            c.code: QCheckBox(f"{c.prefix} {i18n.localized(c.name, c.name_en)}") for c in categories
        }
        for code, box in self.category_boxes.items():
            box.setChecked(code in record.categories)
        categories_row = _boxes_row(list(self.category_boxes.values()), columns=3)
        categories_hint = self._row(self.tr("可办类别"), categories_row, "categoriesHint")

        hours = QWidget()
        hours_row = QHBoxLayout(hours)
        hours_row.setContentsMargins(0, 0, 0, 0)
        self.minHoursEdit = QLineEdit("" if record.min_week_hours is None else f"{record.min_week_hours:g}")
        self.maxHoursEdit = QLineEdit("" if record.max_week_hours is None else f"{record.max_week_hours:g}")
        for edit in (self.minHoursEdit, self.maxHoursEdit):
            edit.setPlaceholderText(self.tr("默认"))
            edit.setMaximumWidth(90)
        hours_row.addWidget(QLabel(self.tr("至少")))
        hours_row.addWidget(self.minHoursEdit)
        hours_row.addWidget(QLabel(self.tr("至多")))
        hours_row.addWidget(self.maxHoursEdit)
        hours_row.addWidget(QLabel(self.tr("小时（空白：排班规则的默认值）")))
        hours_row.addStretch(1)
        hours_hint = self._row(self.tr("每周工时"), hours, "hoursHint")

        self.day_boxes = {day: QCheckBox(weekday_text(day)) for day in range(1, 8)}
        for day, box in self.day_boxes.items():
            box.setChecked(str(day) in record.working_days)
        days_row = _boxes_row(list(self.day_boxes.values()))
        days_hint = self._row(self.tr("工作日"), days_row, "daysHint")

        self.halfDaysCheck = QCheckBox(self.tr("只上半天班（只排不超过五小时的班次）"))
        self.halfDaysCheck.setChecked(record.half_days)
        self.rotatingCheck = QCheckBox(self.tr("分局轮值（排到潮汐窗口）"))
        self.rotatingCheck.setChecked(record.rotating)
        self.activeCheck = QCheckBox(self.tr("在职"))
        self.activeCheck.setChecked(record.active)
        self.activeCheck.setVisible(not self.creating)
        self._row(
            self.tr("合同"),
            _boxes_row([self.halfDaysCheck, self.rotatingCheck, self.activeCheck]),
            "flagsHint",
        )

        photo = QWidget()
        photo_row = QHBoxLayout(photo)
        photo_row.setContentsMargins(0, 0, 0, 0)
        self.photoLabel = QLabel()
        self.photoLabel.setObjectName("photoLabel")
        self.photoLabel.setFixedSize(*PHOTO_SIZE)
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choosePhotoButton = QPushButton(self.tr("选择照片…"))
        self.removePhotoButton = QPushButton(self.tr("移除照片"))
        self.choosePhotoButton.clicked.connect(self._choose_photo)
        self.removePhotoButton.clicked.connect(self.remove_photo)
        photo_row.addWidget(self.photoLabel)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choosePhotoButton)
        buttons.addWidget(self.removePhotoButton)
        buttons.addWidget(QLabel(self.tr("JPEG 或 PNG，最大 2 MB")))
        buttons.addStretch(1)
        photo_row.addLayout(buttons)
        photo_row.addStretch(1)
        photo_hint = self._row(self.tr("照片"), photo, "photoHint")
        self._show_thumbnail(None)

        self._finish()
        self._watch("code", self.codeEdit, code_hint)
        self._watch("name", self.nameEdit, name_hint)
        self._watch_boxes("roles", self.role_boxes.values(), roles_row, roles_hint)
        self._register("home_unit", self.unitCombo, unit_hint)
        self._register("point", self.pointCombo, point_hint)
        self._register("categories", categories_row, categories_hint)
        self._watch("min_week_hours", self.minHoursEdit, hours_hint)
        self._watch("max_week_hours", self.maxHoursEdit, hours_hint)
        self._watch_boxes("working_days", self.day_boxes.values(), days_row, days_hint)
        self._register("photo", photo, photo_hint)
        (self.codeEdit if self.creating else self.nameEdit).setFocus()

    # ------------------------------------------------------------------------------------------ photo

    def _choose_photo(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("选择照片"), "", self.tr("图片 (*.jpg *.jpeg *.png)")
        )
        if path:
            self.photo_file_chosen.emit(path)

    def show_photo(self, data: bytes | None, *, chosen: bool = True) -> None:
        """Show ``data`` (the stored photo when ``chosen`` is False; a newly chosen one, to be saved,
        otherwise). A chosen picture that breaks the rules is refused under the field."""
        if chosen:
            try:
                people.clean_photo(data)
            except InvalidInput as exc:
                self.show_error(exc)
                return
            self._set_hint("photo", "")
            self.photo_change = data
        self._show_thumbnail(data)

    def show_photo_error(self, exc: Exception) -> None:
        """The chosen file could not be read: say why under the photo."""
        self._set_hint("photo", describe_error(exc))

    def remove_photo(self) -> None:
        self.photo_change = b"" if (self._has_photo or self.photo_change) else None
        self._show_thumbnail(None)

    def _show_thumbnail(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photoLabel.setPixmap(
                pixmap.scaled(
                    *PHOTO_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.removePhotoButton.setEnabled(True)
        else:
            self.photoLabel.setPixmap(QPixmap())
            self.photoLabel.setText(self.tr("无照片"))
            self.removePhotoButton.setEnabled(False)

    # ------------------------------------------------------------------------------------------ record

    def roles(self) -> list[str]:
        return _checked(self.role_boxes)

    def set_roles(self, roles) -> None:
        for role, box in self.role_boxes.items():
            box.setChecked(role in roles)

    def categories(self) -> tuple[str, ...]:
        return tuple(_checked(self.category_boxes))

    def set_categories(self, codes) -> None:
        for code, box in self.category_boxes.items():
            box.setChecked(code in codes)

    def working_days(self) -> str:
        return "".join(str(day) for day in _checked(self.day_boxes))

    def set_working_days(self, days: str) -> None:
        for day, box in self.day_boxes.items():
            box.setChecked(str(day) in days)

    def record(self) -> StaffRecord:
        """The fields as they are (not checked)."""
        return StaffRecord(
            code=self.codeEdit.text(),
            name=self.nameEdit.text(),
            roles=tuple(self.roles()),
            home_unit=self.unitCombo.currentData(),
            point=self.pointCombo.currentData() or None,
            categories=self.categories(),
            active=self.activeCheck.isChecked(),
            min_week_hours=self.minHoursEdit.text(),
            max_week_hours=self.maxHoursEdit.text(),
            working_days=self.working_days(),
            half_days=self.halfDaysCheck.isChecked(),
            rotating=self.rotatingCheck.isChecked(),
        )

    def clean_record(self) -> StaffForm:
        return StaffForm(people.clean_staff(self.record()), self.photo_change)

    def _clean_field(self, field: str) -> None:
        if field == "code":
            clean_code(self.codeEdit.text(), kind="staff")
        elif field == "name":
            validate.text(
                self.nameEdit.text(),
                "name",
                limit=people.NAME_LIMIT,
                required=True,
                key="staff_name_required",
            )
        elif field == "roles":
            people.clean_roles(self.roles())
        elif field in ("min_week_hours", "max_week_hours"):
            low = people.clean_hours(self.minHoursEdit.text(), "min_week_hours")
            high = people.clean_hours(self.maxHoursEdit.text(), "max_week_hours")
            if low is not None and high is not None and low > high:
                people.clean_staff(
                    StaffRecord("XX", "x", ("window",), "hall", min_week_hours=low, max_week_hours=high)
                )
        elif field == "working_days":
            people.clean_working_days(self.working_days())


class WindowDialog(_Form):
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
        categories_row = _boxes_row(list(self.category_boxes.values()), columns=3)
        categories_hint = self._row(self.tr("办理类别"), categories_row, "categoriesHint")
        self.tidalCheck = QCheckBox(self.tr("潮汐窗口（按需开放，由轮值人员值守）"))
        self.tidalCheck.setChecked(record.tidal)
        self.activeCheck = QCheckBox(self.tr("启用"))
        self.activeCheck.setChecked(record.active)
        self._row(self.tr("类型"), _boxes_row([self.tidalCheck, self.activeCheck]), "flagsHint")
        self._finish()
        self._watch("number", self.numberEdit, number_hint)
        self._watch("name", self.nameEdit, name_hint)
        self._watch_boxes("categories", self.category_boxes.values(), categories_row, categories_hint)
        (self.numberEdit if self.creating else self.nameEdit).setFocus()

    def categories(self) -> tuple[str, ...]:
        return tuple(_checked(self.category_boxes))

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


class ShiftDialog(_Form):
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
        forbidden_row = _boxes_row(list(self.forbidden_boxes.values()), columns=6)
        forbidden_hint = self._row(self.tr("次日不可接"), forbidden_row, "forbiddenHint")
        self.tidalCheck = QCheckBox(self.tr("潮汐班次"))
        self.tidalCheck.setChecked(record.tidal)
        self.activeCheck = QCheckBox(self.tr("启用"))
        self.activeCheck.setChecked(record.active)
        self._row(self.tr("类型"), _boxes_row([self.tidalCheck, self.activeCheck]), "flagsHint")
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
        return tuple(_checked(self.forbidden_boxes))

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


class PasswordDialog(_Form):
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
