"""The base of the pages that edit tables of records through forms and files (服务网络, 人员与窗口).

What such a page needs beyond :class:`~taxdesk.gui.page.Page`: one add/edit form open at a time whose
保存 writes in the background (:meth:`EditorPage.open_form`), refusals and import outcomes the person must
see as a message box that does not block the event loop (:meth:`EditorPage.warn`, :meth:`EditorPage.inform`),
and the file dialog of an import or export that remembers its folder (:meth:`EditorPage.ask_table_path`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from taxdesk.core import catalogue_io
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page

CONTEXT = "EditorPage"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class EditorPage(Page):
    """A page of tables edited through forms (``self.dialog``, the one open) and files; messages the person
    must see go to ``self.message_box`` (window-modal, not blocking; kept for tests)."""

    folder_setting = "editor/folder"  # where the last import or export file was: each page its own

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.dialog = None
        self.message_box: QMessageBox | None = None

    # ------------------------------------------------------------------------------------------ forms

    def open_form(self, dialog, write: Callable[[Any], Any], saved: Callable[[Any], None]):
        """Show the form; each 保存 runs ``write(record)`` in the background, then closes the form and calls
        ``saved(stored)``, or shows the refusal in the form."""
        self.dialog = dialog

        def save(record) -> None:
            self.op(lambda: write(record)).success(
                lambda stored: self._form_saved(dialog, stored, saved)
            ).failure(dialog.show_error).run()

        dialog.submitted.connect(save)
        dialog.finished.connect(lambda _result: self._form_closed(dialog))
        dialog.open()
        return dialog

    def _form_saved(self, dialog, stored, saved: Callable[[Any], None]) -> None:
        dialog.accept()
        saved(stored)

    def _form_closed(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # ------------------------------------------------------------------------------------------ messages

    def warn(self, title: str, describe=describe_error) -> Callable[[Exception], None]:
        """A failure handler showing a message box titled ``title`` (a refused change must be seen)."""
        return lambda exc: self.inform(QMessageBox.Icon.Warning, title, describe(exc))

    def inform(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A message the person must see, window-modal but not blocking."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._message_closed(box))
        self.message_box = box
        box.open()
        return box

    def _message_closed(self, box: QMessageBox) -> None:
        if self.message_box is box:
            self.message_box = None

    # ------------------------------------------------------------------------------------------ files

    def ask_table_path(self, stem: str, save: bool) -> str:
        """Ask for an XLSX or CSV file to export to (suggesting ``stem-YYYYMMDD.xlsx``) or import from; ""
        when the person cancels. The folder is remembered per page (:attr:`folder_setting`)."""
        store = QSettings()
        folder = str(
            store.value(self.folder_setting, "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        if save:
            filters = QCoreApplication.translate("EditorPage", "Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)")
            suggested = str(Path(folder) / f"{stem}-{date.today():%Y%m%d}.xlsx")
            path, chosen = QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("EditorPage", "导出"), suggested, filters
            )
            if path and Path(path).suffix.lower() not in catalogue_io.FORMATS:
                path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        else:
            filters = QCoreApplication.translate("EditorPage", "表格文件 (*.xlsx *.csv)")
            path, _chosen = QFileDialog.getOpenFileName(
                self, QCoreApplication.translate("EditorPage", "导入"), folder, filters
            )
        if path:
            store.setValue(self.folder_setting, str(Path(path).parent))
        return path

    def stopping(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
