"""The ticket-history import dialog (导入历史取号记录) for supervisors: choose a CSV file exported from
another queue system, watch the rows go in, cancel at any moment.

The import itself is :func:`taxdesk.core.history_import.import_history`, run by a :class:`ProgressTask` on
a worker thread; its progress arrives on the GUI thread through a queued signal. It is all or nothing: a
cancelled or refused import writes nothing, and a bad row is reported as one sentence naming its row
(第 N 行).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from taxdesk.core.db import Database
from taxdesk.core.history_import import HistoryImport, ImportCancelled, import_history
from taxdesk.core.roles import Actor
from taxdesk.gui import i18n
from taxdesk.gui.forms.ui_history_import_dialog import Ui_HistoryImportDialog
from taxdesk.gui.messages import describe_error, describe_import_error
from taxdesk.gui.tasks import ProgressTask

FOLDER_SETTING = "history_import/folder"


class HistoryImportDialog(QDialog):
    """Choose a history CSV, import it with a progress bar and a working 取消, see the result or the error."""

    imported = Signal(object)  # the HistoryImport, after a successful import

    def __init__(self, db: Database, parent: QWidget | None = None, *, actor: Actor | None):
        super().__init__(parent)
        self.db = db
        self.actor = actor  # who imports: the person signed in (the core refuses a role that may not)
        self.ui = Ui_HistoryImportDialog()
        self.ui.setupUi(self)  # its look: resources/theme/staffing.qss
        self.result_import: HistoryImport | None = None
        self.task = ProgressTask(self)
        self.task.progressed.connect(self._on_progress)
        self.task.finished.connect(self._on_finished)
        self.task.failed.connect(self._on_failed)
        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.importButton.clicked.connect(lambda: self.start())
        self.ui.cancelButton.clicked.connect(self.cancel)
        self._set_running(False)

    @classmethod
    def open_for(
        cls, db: Database, parent: QWidget, on_imported, *, actor: Actor | None
    ) -> HistoryImportDialog:
        """Open the dialog (window-modal, deleted on close) for ``actor``; ``on_imported(result)`` after an
        import."""
        dialog = cls(db, parent, actor=actor)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(on_imported)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------------------------------ actions

    def choose_file(self) -> None:
        store = QSettings()
        folder = str(
            store.value(FOLDER_SETTING, "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("选择历史取号记录文件"), folder, self.tr("CSV 文件 (*.csv)")
        )
        if path:
            store.setValue(FOLDER_SETTING, str(Path(path).parent))
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        self.ui.fileEdit.setText(str(path))
        self._show("", "")

    def start(self, path: str | Path | None = None) -> None:
        """Import ``path`` (else the chosen file) on the worker thread."""
        if self.task.running:
            return
        if path is not None:
            self.set_path(path)
        chosen = self.ui.fileEdit.text().strip()
        if not chosen:
            self._show(self.tr("请先选择要导入的文件。"), "error")
            return
        db, actor = self.db, self.actor
        self.result_import = None
        self.ui.progressBar.setRange(0, 0)  # busy until the first count arrives
        self._show(self.tr("正在读取 {file} …").format(file=Path(chosen).name), "")
        self._set_running(True)
        self.task.start(
            lambda progress, cancelled: import_history(
                db, chosen, actor=actor, progress=progress, cancel=cancelled
            )
        )

    def cancel(self) -> None:
        if self.task.running:
            self.task.cancel()
            self.ui.cancelButton.setEnabled(False)
            self._show(self.tr("正在取消…"), "")

    # ------------------------------------------------------------------------------------------ results

    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(1, total))
        self.ui.progressBar.setValue(min(done, total))
        if not self.ui.cancelButton.isEnabled():
            return  # cancelling: keep saying so
        self._show(
            self.tr("正在导入：约 {done} / {total} 行").format(done=f"{done:,}", total=f"{total:,}"), ""
        )

    def _on_finished(self, result: HistoryImport) -> None:
        self._set_running(False)
        self.result_import = result
        self.ui.progressBar.setRange(0, max(1, result.tickets))
        self.ui.progressBar.setValue(max(1, result.tickets))
        if result.tickets:
            text = self.tr(
                "已导入 {tickets} 张票（办结 {finished} 张，过号 {no_shows} 张），{first} 至 {last}，共 {points} 个服务点。"
            ).format(
                tickets=f"{result.tickets:,}",
                finished=f"{result.finished:,}",
                no_shows=f"{result.no_shows:,}",
                first=i18n.full_date(result.first_day),
                last=i18n.full_date(result.last_day),
                points=len(result.points),
            )
        else:
            text = self.tr("文件中没有取号记录，没有导入任何数据。")
        self._show(text, "done")
        self.imported.emit(result)

    def _on_failed(self, exc: Exception) -> None:
        self._set_running(False)
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        if isinstance(exc, ImportCancelled):
            self._show(describe_error(exc), "")
            return
        self._show(self.describe_failure(exc), "error")

    def describe_failure(self, exc: Exception) -> str:
        """One sentence: the row (and column) first, what is wrong, and that nothing was imported."""
        return describe_import_error(exc) + self.tr("（未导入任何记录）")

    # ------------------------------------------------------------------------------------------ state

    def _set_running(self, running: bool) -> None:
        self.ui.importButton.setEnabled(not running)
        self.ui.chooseButton.setEnabled(not running)
        self.ui.closeButton.setEnabled(not running)
        self.ui.cancelButton.setEnabled(running)

    def _show(self, text: str, state: str) -> None:
        label = self.ui.statusLabel
        label.setText(text)
        label.setProperty("state", state)
        label.style().unpolish(label)
        label.style().polish(label)

    def reject(self) -> None:  # Esc or the title bar: a running import is cancelled, not abandoned
        if self.task.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.task.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
