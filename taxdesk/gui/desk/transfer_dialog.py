"""Transferring a taxpayer (转办) from the window console: to another service of the point, to a
particular window, or both. The dialog only asks; the console makes the change through the core."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from taxdesk.core.calls import WindowView
from taxdesk.core.network import ServiceInfo
from taxdesk.core.tickets import TicketView
from taxdesk.gui import i18n, theme
from taxdesk.gui.forms.ui_transfer_dialog import Ui_TransferDialog


class TransferDialog(QDialog):
    """Where to send the taxpayer (转办): another service of this point, a particular window, or both."""

    def __init__(
        self,
        ticket: TicketView,
        services: list[ServiceInfo],
        windows: list[WindowView],
        own_window: int | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_TransferDialog()
        self.ui.setupUi(self)
        self.ticket = ticket
        self.windows = {w.number: w for w in windows}
        self.ui.introLabel.setText(
            self.tr("将 {number}（{service}）转办，纳税人保留原号码和排队时间。").format(
                number=ticket.number, service=_localized_service(services, ticket)
            )
        )
        self.ui.serviceCombo.addItem(self.tr("（业务不变）"), None)
        for service in services:
            if service.code == ticket.service:
                continue
            name = i18n.localized(service.name, service.name_en)
            self.ui.serviceCombo.addItem(f"{service.prefix}  {name}", service.code)
        self._prefixes = {s.code: s.prefix for s in services}  # service -> its category's queue prefix
        self._own_prefix = next((s.prefix for s in services if s.category == ticket.category), None)
        self.ui.windowCombo.addItem(self.tr("（任一可办窗口）"), None)
        state_text = {"closed": self.tr("关闭"), "paused": self.tr("暂停")}
        for window in windows:
            if window.number == own_window:
                continue
            text = self.tr("{number}号窗口").format(number=window.number) + f"  {''.join(window.categories)}"
            if window.state in state_text:
                text += f"（{state_text[window.state]}）"
            self.ui.windowCombo.addItem(text, window.number)
        self.ui.serviceCombo.currentIndexChanged.connect(self._check)
        self.ui.windowCombo.currentIndexChanged.connect(self._check)
        self._check()

    def choice(self) -> tuple[str | None, int | None]:
        return self.ui.serviceCombo.currentData(), self.ui.windowCombo.currentData()

    def _check(self) -> None:
        service, window = self.choice()
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(service is not None or window is not None)
        if service is None and window is None:
            self._note(self.tr("至少选择一项：换业务，或指定由某个窗口办理，或两者都选。"))
            return
        hints = []
        if window is not None:
            target = self.windows[window]
            prefix = self._prefixes.get(service) if service else self._own_prefix
            if prefix and prefix not in target.categories:
                hints.append(
                    self.tr("注意：{number}号窗口平时不办理 {prefix} 类业务，但仍会叫到此号。").format(
                        number=window, prefix=prefix
                    )
                )
            if target.state != "open":
                hints.append(
                    self.tr("{number}号窗口目前未开放，纳税人需等该窗口开放。").format(number=window)
                )
        self._note("\n".join(hints), warn=True)

    def _note(self, text: str, warn: bool = False) -> None:
        self.ui.noteLabel.setText(text)
        theme.set_tone(self.ui.noteLabel, "caution" if warn else "")


def _localized_service(services: list[ServiceInfo], ticket: TicketView) -> str:
    for service in services:
        if service.code == ticket.service:
            return i18n.localized(service.name, service.name_en)
    return ticket.service_name
