"""Which service point this PC serves (asked once, remembered per PC)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QListWidgetItem, QWidget

from taxdesk.core.network import PointInfo
from taxdesk.gui.forms.ui_point_picker import Ui_PointPicker

SETTING = "desk/point"
# A point's type (PointInfo.kind) in words: the point picker, the network editor's table and form, and the
# service point page all say it this way (translated in the point form's context).
KIND_NAMES = {
    "hall": QT_TRANSLATE_NOOP("PointDialog", "办税服务厅"),
    "township": QT_TRANSLATE_NOOP("PointDialog", "丰收微税厅"),
    "bank_station": QT_TRANSLATE_NOOP("PointDialog", "银税e站"),
}


def kind_text(kind: str) -> str:
    """A point's type in the interface language (办税服务厅 / Tax service hall); an unknown one as it is."""
    return QCoreApplication.translate("PointDialog", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def remembered_point(points: list[PointInfo]) -> str | None:
    code = QSettings().value(SETTING)
    return code if any(p.code == code for p in points) else None


def remember_point(code: str) -> None:
    QSettings().setValue(SETTING, code)


def fill_point_combo(combo: QComboBox, points: list[PointInfo], current: str | None) -> None:
    """Offer ``points`` in a page's point combo as 名称（代码）, the code as item data, ``current`` chosen
    (else the first); without emitting the combo's change signals."""
    combo.blockSignals(True)
    combo.clear()
    for point in points:
        combo.addItem(f"{point.name}（{point.code}）", point.code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


class PointPicker(QDialog):
    def __init__(self, points: list[PointInfo], current: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PointPicker()
        self.ui.setupUi(self)
        for point in points:
            item = QListWidgetItem(
                self.tr("{name}  （{kind} · {code}）").format(
                    name=point.name, kind=kind_text(point.kind), code=point.code
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, point.code)
            self.ui.pointList.addItem(item)
            if point.code == current or (current is None and self.ui.pointList.count() == 1):
                self.ui.pointList.setCurrentItem(item)
        self.ui.pointList.itemDoubleClicked.connect(lambda _item: self.accept())

    def selected_code(self) -> str | None:
        item = self.ui.pointList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
