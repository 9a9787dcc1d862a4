"""The behaviour every add/edit form of an editor page shares (服务网络, 人员与窗口): hints under fields in the
core's words, the 保存 button, busy while the page writes.

A form only asks and checks: each watched field is checked with the core's own rules when it is left and
again on each edit while it shows a problem, and everything again on 保存. A clean record is handed to the
page with :attr:`RecordDialog.submitted`; the page writes it in the background and either closes the form
or hands the database's refusal back with :meth:`RecordDialog.show_error`, shown under its field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from taxdesk.core.errors import InvalidInput, TaxDeskError
from taxdesk.gui import theme
from taxdesk.gui.messages import describe_error


class RecordDialog(QDialog):
    """Subclasses build their fields, call :meth:`_setup`, :meth:`_watch` the fields to check as they are
    typed, and implement :meth:`clean_record` and :meth:`_clean_field`. Labels whose object name ends in
    ``Hint`` are the hints (styled by the capability's QSS as ``QLabel[hint="true"]``)."""

    submitted = Signal(object)  # a clean record
    field_aliases: dict[str, str] = {}  # a field as the core names it → the form's field that shows it

    def _setup(self, button_box: QDialogButtonBox | None = None, general_hint: QLabel | None = None) -> None:
        """Wire the hints and the buttons (by default the Designer form's ``buttonBox`` and ``generalHint``)."""
        self._button_box = button_box if button_box is not None else self.ui.buttonBox
        self._general_hint = general_hint if general_hint is not None else self.ui.generalHint
        self._hints: dict[str, QLabel] = {}
        self._edits: dict[str, QWidget] = {}
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Hint"):
                label.setProperty("hint", "true")
                label.hide()
        save = self._button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(QCoreApplication.translate("RecordDialog", "保存"))
        save.clicked.connect(self.submit)
        cancel = self._button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("RecordDialog", "取消"))

    def _watch(self, field: str, edit, hint: QLabel) -> None:
        """Check ``field`` (a line edit) when it is left, and again on each edit while it shows a problem."""
        self._hints[field] = hint
        self._edits[field] = edit
        edit.editingFinished.connect(lambda: self.check_field(field))
        edit.textEdited.connect(lambda _text: not hint.isHidden() and self.check_field(field))

    def _watch_boxes(self, field: str, boxes, container: QWidget, hint: QLabel) -> None:
        """Check ``field`` (a group of check boxes in ``container``) whenever one of them is toggled."""
        self._hints[field] = hint
        self._edits[field] = container
        for box in boxes:
            box.toggled.connect(lambda _on: self.check_field(field))

    def _register(self, field: str, edit: QWidget, hint: QLabel) -> None:
        """A field checked only on 保存 (and where the core's refusal of it is shown)."""
        self._hints[field] = hint
        self._edits[field] = edit

    def check_field(self, field: str) -> bool:
        """Check one field alone; shows or clears its hint."""
        try:
            self._clean_field(field)
        except TaxDeskError as exc:
            self._set_hint(field, describe_error(exc))
            return False
        self._set_hint(field, "")
        return True

    def _clean_field(self, field: str) -> None:
        raise NotImplementedError

    def clean_record(self):
        raise NotImplementedError

    def _set_hint(self, field: str, text: str) -> None:
        hint = self._hints.get(field, self._general_hint)
        hint.setText(text)
        hint.setVisible(bool(text))
        edit = self._edits.get(field)
        if edit is not None:
            theme.set_tone(edit, "warning" if text else "")

    def hint_text(self, field: str) -> str:
        """The problem shown for ``field`` now ("" when none); for tests and accessibility."""
        hint = self._hints.get(field, self._general_hint)
        return "" if hint.isHidden() else hint.text()

    def show_error(self, exc: Exception) -> None:
        """Show a refusal (from the core, on saving) under its field, and let the user try again."""
        self.set_busy(False)
        field = exc.params.get("field") if isinstance(exc, TaxDeskError) else None
        field = self.field_aliases.get(field, field)
        self._set_hint(field if field in self._hints else "", describe_error(exc))
        if field in self._edits:
            self._edits[field].setFocus()

    def set_busy(self, busy: bool) -> None:
        self._button_box.setEnabled(not busy)

    def submit(self) -> None:
        """Check every field; hand a clean record to the page, or show the first problem."""
        for field in self._hints:
            self._set_hint(field, "")
        self._general_hint.hide()
        try:
            record = self.clean_record()
        except InvalidInput as exc:
            self.show_error(exc)
            return
        self.set_busy(True)
        self.submitted.emit(record)
