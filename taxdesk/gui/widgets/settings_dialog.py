"""This desk's printing and interface settings (kept per PC in QSettings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from taxdesk.core.escpos_ticket import PrinterError, parse_printer_address, send_to_network_printer
from taxdesk.gui import i18n
from taxdesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from taxdesk.gui.messages import describe_error
from taxdesk.gui.printing.printers import FILE_FORMATS, PrintSettings
from taxdesk.gui.tasks import TaskRunner

LANGUAGE_SETTING = "ui/language"


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._runner = TaskRunner(self)
        self.ui.printerCombo.addItem(self.tr("系统默认打印机"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.ui.printerCombo.addItem(name, name)
        for key in FILE_FORMATS:
            self.ui.formatCombo.addItem({"png": "PNG", "pdf": "PDF", "escpos": "ESC/POS"}[key], key)
        for code, label in i18n.LANGUAGES.items():
            self.ui.languageCombo.addItem(label, code)
        self.radios = {
            "system": self.ui.systemRadio,
            "network": self.ui.networkRadio,
            "file": self.ui.fileRadio,
            "screen": self.ui.screenRadio,
        }
        for radio in self.radios.values():
            radio.toggled.connect(self._update_enabled)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.testButton.clicked.connect(self._test_printer)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).clicked.connect(self._accept)
        self._load()

    def _load(self) -> None:
        settings = PrintSettings.load()
        self.radios[settings.mode].setChecked(True)
        self._select(self.ui.printerCombo, settings.printer_name)
        self.ui.previewCheck.setChecked(settings.preview)
        self.ui.addressEdit.setText(settings.address)
        self.ui.folderEdit.setText(settings.folder)
        self._select(self.ui.formatCombo, settings.file_format)
        self._select(self.ui.languageCombo, str(QSettings().value(LANGUAGE_SETTING, i18n.DEFAULT_LANGUAGE)))
        if not QPrinterInfo.availablePrinterNames():
            self.ui.systemRadio.setText(self.tr("系统打印机（本机未发现打印机）"))
        self._update_enabled()

    @staticmethod
    def _select(combo, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def current(self) -> PrintSettings:
        mode = next(mode for mode, radio in self.radios.items() if radio.isChecked())
        return PrintSettings(
            mode=mode,
            printer_name=self.ui.printerCombo.currentData() or "",
            preview=self.ui.previewCheck.isChecked(),
            address=self.ui.addressEdit.text().strip(),
            folder=self.ui.folderEdit.text().strip(),
            file_format=self.ui.formatCombo.currentData(),
        )

    def _update_enabled(self) -> None:
        mode = self.current().mode
        self.ui.printerCombo.setEnabled(mode == "system")
        self.ui.previewCheck.setEnabled(mode == "system")
        self.ui.addressEdit.setEnabled(mode == "network")
        self.ui.testButton.setEnabled(mode == "network")
        for widget in (self.ui.folderEdit, self.ui.formatCombo, self.ui.browseButton):
            widget.setEnabled(mode == "file")
        self.ui.hintLabel.clear()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("选择保存票据的文件夹"), self.ui.folderEdit.text()
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    def _test_printer(self) -> None:
        try:
            host, port = parse_printer_address(self.ui.addressEdit.text().strip())
        except ValueError as exc:
            self.ui.hintLabel.setText(str(exc))
            return
        self.ui.hintLabel.setText(self.tr("正在连接 {host}:{port} …").format(host=host, port=port))
        self.ui.testButton.setEnabled(False)
        # An initialise command only: the printer wakes up but prints nothing.
        self._runner.run(
            lambda: send_to_network_printer(b"\x1b@", host, port),
            on_done=lambda _: self._tested(self.tr("连接成功：{host}:{port}").format(host=host, port=port)),
            on_error=lambda exc: self._tested(
                str(exc) if isinstance(exc, PrinterError) else describe_error(exc)
            ),
        )

    def _tested(self, message: str) -> None:
        self.ui.testButton.setEnabled(self.current().mode == "network")
        self.ui.hintLabel.setText(message)

    def _accept(self) -> None:
        settings = self.current()
        problem = settings.problem()
        if problem:
            self.ui.hintLabel.setText(problem)
            return
        settings.save()
        language = self.ui.languageCombo.currentData()
        if language != QSettings().value(LANGUAGE_SETTING, i18n.DEFAULT_LANGUAGE):
            QSettings().setValue(LANGUAGE_SETTING, language)
            self.language_changed = True
        self.accept()

    language_changed = False
