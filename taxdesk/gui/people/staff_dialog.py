"""The person form of the people editor (人员与窗口): every field of a staff record, and the photo.

Checked as it is typed like the other forms (:mod:`taxdesk.gui.people.dialogs`); the photo file is read by
the page in the background and handed back to be checked (:func:`taxdesk.core.people.clean_photo`) and shown
as a thumbnail.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from taxdesk.core import people, validate
from taxdesk.core.db.models import ROLES
from taxdesk.core.errors import InvalidInput
from taxdesk.core.network import CategoryInfo
from taxdesk.core.network_edit import PointRecord, clean_code
from taxdesk.core.people import StaffRecord
from taxdesk.gui import i18n
from taxdesk.gui.messages import describe_error
from taxdesk.gui.people.dialogs import Form, boxes_row, checked_keys
from taxdesk.gui.people.models import HOME_UNIT_NAMES, home_unit_text, role_text, weekday_text

PHOTO_SIZE = (96, 120)


@dataclass(frozen=True)
class StaffForm:
    """What the person form hands to the page: the clean record, and the photo to set (None: leave it as
    it is; ``b""``: remove it)."""

    record: StaffRecord
    photo: bytes | None = None


class StaffDialog(Form):
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
        roles_row = boxes_row(list(self.role_boxes.values()))
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
        categories_row = boxes_row(list(self.category_boxes.values()), columns=3)
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
        days_row = boxes_row(list(self.day_boxes.values()))
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
            boxes_row([self.halfDaysCheck, self.rotatingCheck, self.activeCheck]),
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
        return checked_keys(self.role_boxes)

    def set_roles(self, roles) -> None:
        for role, box in self.role_boxes.items():
            box.setChecked(role in roles)

    def categories(self) -> tuple[str, ...]:
        return tuple(checked_keys(self.category_boxes))

    def set_categories(self, codes) -> None:
        for code, box in self.category_boxes.items():
            box.setChecked(code in codes)

    def working_days(self) -> str:
        return "".join(str(day) for day in checked_keys(self.day_boxes))

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
