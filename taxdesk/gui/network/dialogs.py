"""The forms for adding and editing a service point or a catalogue service (服务网络 editor).

The dialogs only ask and check: each field is checked with the core's own rules
(:mod:`taxdesk.core.network_edit`) when it is left and again on 保存, and a problem is shown right under the
field in the core's words (:mod:`taxdesk.gui.messages`). A clean record is handed to the editor with
:attr:`~taxdesk.gui.widgets.record_dialog.RecordDialog.submitted`; the editor writes it in the background and
either closes the dialog or hands the database's refusal back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from taxdesk.core import network_edit
from taxdesk.core.network import CategoryInfo
from taxdesk.core.network_edit import PointRecord, ServiceRecord
from taxdesk.gui import i18n
from taxdesk.gui.forms.ui_point_dialog import Ui_PointDialog
from taxdesk.gui.forms.ui_service_dialog import Ui_ServiceDialog
from taxdesk.gui.widgets.point_picker import KIND_NAMES, kind_text
from taxdesk.gui.widgets.record_dialog import RecordDialog


class PointDialog(RecordDialog):
    """Add (``record`` None) or edit a service point; its code cannot change once created."""

    def __init__(self, record: PointRecord | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PointDialog()
        self.ui.setupUi(self)
        self.creating = record is None
        self._setup()
        for kind in KIND_NAMES:
            self.ui.kindCombo.addItem(kind_text(kind), kind)
        self._watch("code", self.ui.codeEdit, self.ui.codeHint)
        self._watch("name", self.ui.nameEdit, self.ui.nameHint)
        self._watch("opening_hours", self.ui.hoursEdit, self.ui.hoursHint)
        record = record or PointRecord(
            code="", name="", kind="township", opening_hours="08:30-12:00,13:30-17:00"
        )
        self.setWindowTitle(
            self.tr("新增服务点") if self.creating else self.tr("编辑服务点 {code}").format(code=record.code)
        )
        ui = self.ui
        ui.codeEdit.setText(record.code)
        ui.codeEdit.setReadOnly(not self.creating)
        ui.nameEdit.setText(record.name)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(record.kind)))
        ui.townshipEdit.setText(record.township or "")
        ui.addressEdit.setText(record.address or "")
        ui.hoursEdit.setText(record.opening_hours or "")
        ui.bankEdit.setText(record.bank_partner or "")
        ui.contactEdit.setText(record.contact or "")
        ui.activeCheck.setChecked(record.active)
        (ui.codeEdit if self.creating else ui.nameEdit).setFocus()

    def record(self) -> PointRecord:
        """The fields as they are (not checked)."""
        ui = self.ui
        return PointRecord(
            code=ui.codeEdit.text(),
            name=ui.nameEdit.text(),
            kind=ui.kindCombo.currentData(),
            township=ui.townshipEdit.text(),
            address=ui.addressEdit.text(),
            opening_hours=ui.hoursEdit.text(),
            bank_partner=ui.bankEdit.text(),
            contact=ui.contactEdit.text(),
            active=ui.activeCheck.isChecked(),
        )

    def clean_record(self) -> PointRecord:
        return network_edit.clean_point(self.record())

    def _clean_field(self, field: str) -> None:
        if field == "code":
            network_edit.clean_code(self.ui.codeEdit.text(), kind="point")
        elif field == "name":
            network_edit.clean_point(PointRecord(code="XX", name=self.ui.nameEdit.text(), kind="hall"))
        elif field == "opening_hours":
            network_edit.clean_opening_hours(self.ui.hoursEdit.text())


class ServiceDialog(RecordDialog):
    """Add or edit a catalogue service and choose the points that offer it."""

    def __init__(
        self,
        record: ServiceRecord | None,
        categories: list[CategoryInfo],
        points: list[PointRecord],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_ServiceDialog()
        self.ui.setupUi(self)
        self.creating = record is None
        self._setup()
        self._watch("code", self.ui.codeEdit, self.ui.codeHint)
        self._watch("name", self.ui.nameEdit, self.ui.nameHint)
        ui = self.ui
        for category in categories:
            ui.categoryCombo.addItem(
                f"{category.prefix}  {i18n.localized(category.name, category.name_en)}", category.code
            )
        record = record or ServiceRecord(
            code="",
            name="",
            name_en="",
            category=categories[0].code if categories else "",
            avg_handling_min=5,
        )
        self.setWindowTitle(
            self.tr("新增业务") if self.creating else self.tr("编辑业务 {code}").format(code=record.code)
        )
        ui.codeEdit.setText(record.code)
        ui.codeEdit.setReadOnly(not self.creating)
        ui.nameEdit.setText(record.name)
        ui.nameEnEdit.setText(record.name_en)
        ui.categoryCombo.setCurrentIndex(max(0, ui.categoryCombo.findData(record.category)))
        ui.minutesSpin.setValue(record.avg_handling_min)
        ui.documentsEdit.setPlainText("\n".join(record.documents))
        ui.hallOnlyCheck.setChecked(record.hall_only)
        offered = set(record.offered_at)
        for point in points:
            text = f"{point.code}  {point.name}" + ("" if point.active else self.tr("（已停用）"))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, point.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if point.code in offered else Qt.CheckState.Unchecked)
            ui.pointsList.addItem(item)
        kinds = {p.code: p.kind for p in points}
        ui.allPointsButton.clicked.connect(lambda: self.set_offered_at(kinds))
        ui.townshipPointsButton.clicked.connect(
            lambda: self.set_offered_at(c for c, k in kinds.items() if k in ("hall", "township"))
        )
        ui.noPointsButton.clicked.connect(lambda: self.set_offered_at(()))
        (ui.codeEdit if self.creating else ui.nameEdit).setFocus()

    def offered_at(self) -> tuple[str, ...]:
        listing = self.ui.pointsList
        return tuple(
            listing.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_offered_at(self, codes) -> None:
        wanted = set(codes)
        listing = self.ui.pointsList
        for i in range(listing.count()):
            item = listing.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def record(self) -> ServiceRecord:
        ui = self.ui
        return ServiceRecord(
            code=ui.codeEdit.text(),
            name=ui.nameEdit.text(),
            name_en=ui.nameEnEdit.text(),
            category=ui.categoryCombo.currentData() or "",
            avg_handling_min=ui.minutesSpin.value(),
            documents=tuple(ui.documentsEdit.toPlainText().splitlines()),
            hall_only=ui.hallOnlyCheck.isChecked(),
            offered_at=self.offered_at(),
        )

    def clean_record(self) -> ServiceRecord:
        return network_edit.clean_service(self.record())

    def _clean_field(self, field: str) -> None:
        if field == "code":
            network_edit.clean_code(self.ui.codeEdit.text(), kind="service")
        elif field == "name":
            network_edit.clean_service(
                ServiceRecord(
                    code="XX", name=self.ui.nameEdit.text(), name_en="", category="", avg_handling_min=5
                )
            )
