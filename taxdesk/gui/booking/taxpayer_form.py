"""The taxpayer part of the booking form: name, mobile number, and a resident ID number or unified social
credit code — checked as the officer types, with the core's own pure checks and sentences.

The form is the booking page's Designer widgets; this object only wires and checks them. A problem is said
in one hint line (green, tone "good", when a number checks out) and the field gets a red frame (property
``invalid``; the rules are in ``resources/theme/booking.qss``); a whole ID number (typed or scanned) is checked at once.
The core checks everything again when booking, and :meth:`TaxpayerForm.show_error` shows its refusal the
same way.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QRadioButton, QWidget

from taxdesk.core import clock
from taxdesk.core.errors import InvalidInput, TaxDeskError
from taxdesk.core.identity import clean_name, parse_mobile, parse_taxpayer_id
from taxdesk.gui import theme
from taxdesk.gui.messages import describe_error

ID_LENGTH = 18
ID_PLACEHOLDERS = {
    "person": QT_TRANSLATE_NOOP("TaxpayerForm", "18位身份证号"),
    "business": QT_TRANSLATE_NOOP("TaxpayerForm", "18位统一社会信用代码"),
}


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class TaxpayerForm(QObject):
    """Checks and reads the taxpayer fields; the hint label says what is wrong (tone "good" when right)."""

    def __init__(
        self,
        name: QLineEdit,
        phone: QLineEdit,
        person: QRadioButton,
        business: QRadioButton,
        number: QLineEdit,
        hint: QLabel,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.name, self.phone, self.person, self.business, self.number = name, phone, person, business, number
        self.hint_label = hint
        self.fields = {"name": name, "phone": phone, "id_number": number}  # the core's ``field`` names
        for edit in self.fields.values():
            edit.textEdited.connect(lambda _text, e=edit: self._edited(e))
        phone.editingFinished.connect(lambda: self.check_field(phone))
        number.editingFinished.connect(lambda: self.check_field(number))
        person.toggled.connect(self._kind_changed)

    def kind(self) -> str:
        return "business" if self.business.isChecked() else "person"

    @property
    def hint(self) -> str:
        return self.hint_label.text()

    def show_hint(self, text: str, ok: bool = False) -> None:
        theme.set_tone(self.hint_label, "good" if ok else "")
        self.hint_label.setText(text)

    def mark(self, edit: QLineEdit, invalid: bool) -> None:
        if bool(edit.property("invalid")) != invalid:
            edit.setProperty("invalid", invalid)
            _restyle(edit)

    def show_error(self, exc: TaxDeskError) -> None:
        """The core's refusal in the hint line, its field (if it names one) framed red and focused."""
        edit = self.fields.get(exc.params.get("field"))
        if edit is not None:
            self.mark(edit, True)
            edit.setFocus()
        self.show_hint(describe_error(exc))

    def _kind_changed(self) -> None:
        self.number.setPlaceholderText(self.tr(ID_PLACEHOLDERS[self.kind()]))
        if self.number.text().strip():
            self.check_field(self.number)

    def _edited(self, edit: QLineEdit) -> None:
        self.mark(edit, False)
        self.show_hint("")
        if edit is self.number and len(edit.text().replace(" ", "").replace("-", "")) >= ID_LENGTH:
            self.check_field(edit)  # a whole number typed or scanned: say at once whether it is right

    def _check(self, edit: QLineEdit) -> None:
        """Raise the core's InvalidInput if the field's value will be refused."""
        text = edit.text()
        if edit is self.name:
            clean_name(text, required=True)
        elif edit is self.phone:
            parse_mobile(text, required=True)
        else:
            parse_taxpayer_id(text, today=clock.now().date(), kind=self.kind())

    def check_field(self, edit: QLineEdit) -> bool:
        """Check one field as the officer leaves it (an empty one is left for the submit to point out)."""
        if not edit.text().strip():
            return True
        try:
            self._check(edit)
        except InvalidInput as exc:
            self.mark(edit, True)
            self.show_hint(describe_error(exc))
            return False
        self.mark(edit, False)
        if edit is self.number:
            valid = (
                self.tr("✔ 统一社会信用代码有效") if self.kind() == "business" else self.tr("✔ 身份证号有效")
            )
            self.show_hint(valid, ok=True)
        return True

    def values(self) -> dict | None:
        """The fields as :func:`taxdesk.core.bookings.create_booking` takes them, if every one passes the core's
        checks; else the first problem is shown and None returned."""
        for edit in self.fields.values():
            try:
                self._check(edit)
            except InvalidInput as exc:
                self.show_error(exc)
                return None
        return {
            "name": self.name.text().strip(),
            "phone": self.phone.text(),
            "id_number": self.number.text(),
            "id_kind": self.kind(),
        }

    def clear(self) -> None:
        for edit in self.fields.values():
            edit.clear()
            self.mark(edit, False)
        self.show_hint("")
