"""The TaxDesk main window: menus, status bar and the desk pages for one service point."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from taxdesk import __version__
from taxdesk.core import network
from taxdesk.core.db import Database, display_url
from taxdesk.gui.forms.ui_main_window import Ui_MainWindow
from taxdesk.gui.front_desk import FrontDesk
from taxdesk.gui.messages import describe_error
from taxdesk.gui.point_picker import PointPicker, remember_point
from taxdesk.gui.settings_dialog import SettingsDialog
from taxdesk.gui.tasks import TaskRunner
from taxdesk.gui.verify_dialog import VerifyDialog

STATUS_TIMEOUT_MS = 15000


class MainWindow(QMainWindow):
    def __init__(self, db: Database, point: network.PointInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.point = point
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.runner = TaskRunner(self)
        self._place = QLabel()
        self.statusBar().addPermanentWidget(self._place)
        self.front_desk: FrontDesk | None = None

        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionSettings.triggered.connect(self.open_settings)
        self.ui.actionSwitchPoint.triggered.connect(self.switch_point)
        self.ui.actionReprint.triggered.connect(lambda: self.front_desk.reprint_selected())
        self.ui.actionVerify.triggered.connect(self.open_verify)
        self.ui.actionAbout.triggered.connect(self.about)

        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.set_point(point)

    def set_point(self, point: network.PointInfo) -> None:
        """Serve ``point`` from now on: a fresh front desk for it replaces the old one."""
        if self.front_desk is not None:
            self.front_desk.stop()
            self.ui.pages.removeWidget(self.front_desk)
            self.front_desk.deleteLater()
        self.point = point
        self.setWindowTitle(self.tr("TaxDesk 导税台 — {point}").format(point=point.name))
        self._place.setText(f"{point.name} · {display_url(self.db.url)}")
        self.front_desk = FrontDesk(self.db, point.code, self.runner, parent=self)
        self.front_desk.status_message.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)
        )
        self.front_desk.ui.verifyButton.clicked.connect(self.open_verify)
        self.ui.pages.addWidget(self.front_desk)
        self.ui.pages.setCurrentWidget(self.front_desk)
        self.front_desk.load()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self)
        if dialog.exec() and dialog.language_changed:
            QMessageBox.information(
                self, self.tr("界面语言"), self.tr("界面语言将在下次启动 TaxDesk 时生效。")
            )

    def open_verify(self) -> None:
        VerifyDialog(self.db, self.runner, self).exec()

    def switch_point(self) -> None:
        def loaded(points):
            picker = PointPicker(points, self.point.code, self)
            code = picker.selected_code() if picker.exec() else None
            if code and code != self.point.code:
                remember_point(code)
                self.set_point(next(p for p in points if p.code == code))

        self.runner.run(
            lambda: list_points_now(self.db),
            on_done=loaded,
            on_error=lambda exc: QMessageBox.warning(self, self.tr("切换服务点"), describe_error(exc)),
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于 TaxDesk"),
            self.tr(
                "TaxDesk {version}\n办税服务厅、丰收微税厅与银税e站的排队叫号、预约与潮汐窗口排班软件。"
            ).format(version=__version__),
        )

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        QSettings().setValue("window/geometry", self.saveGeometry())
        self.front_desk.stop()
        self.runner.wait(5000)
        super().closeEvent(event)


def list_points_now(db: Database) -> list[network.PointInfo]:
    with db.session() as session:
        return network.list_points(session)
