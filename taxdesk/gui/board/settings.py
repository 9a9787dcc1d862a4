"""The display board's settings: what it shows and where, and its voice (kept per PC in QSettings under
``board/``), with the dialog that edits them (F2 or the board's right-click menu). GUI thread only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings
from PySide6.QtGui import (
    QGuiApplication,
)
from PySide6.QtWidgets import QDialog

from taxdesk.core import network
from taxdesk.gui import fonts
from taxdesk.gui.board.voice import Announcer
from taxdesk.gui.forms.ui_board_settings import Ui_BoardSettingsDialog

# What 试听 says: not translated, the voice is Mandarin whatever the interface language.
SAMPLE_ANNOUNCEMENT = "请A001号到1号窗口办理"

# ---------------------------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class BoardSettings:
    """How this PC's board looks (QSettings ``board/…``)."""

    point: str = ""  # the service point shown; "" = the one the board was opened for
    screen: str = ""  # QScreen.name(); "" = automatic (a secondary screen when there is one)
    show_windows: bool = True
    show_recent: bool = True
    show_queues: bool = True
    recent_count: int = 8
    font_scale: float = 1.0
    voice: bool = True
    voice_repeat: int = 2

    @classmethod
    def load(cls) -> BoardSettings:
        s, d = QSettings(), cls()
        return cls(
            point=str(s.value("board/point", d.point)),
            screen=str(s.value("board/screen", d.screen)),
            show_windows=s.value("board/show_windows", d.show_windows, type=bool),
            show_recent=s.value("board/show_recent", d.show_recent, type=bool),
            show_queues=s.value("board/show_queues", d.show_queues, type=bool),
            recent_count=min(20, max(1, s.value("board/recent_count", d.recent_count, type=int))),
            font_scale=min(2.0, max(0.5, s.value("board/font_scale", d.font_scale, type=float))),
            voice=s.value("board/voice", d.voice, type=bool),
            voice_repeat=min(3, max(1, s.value("board/voice_repeat", d.voice_repeat, type=int))),
        )

    def save(self) -> None:
        s = QSettings()
        for key, value in self.__dict__.items():
            s.setValue(f"board/{key}", value)


# ---------------------------------------------------------------------------------------------- settings dialog


class BoardSettingsDialog(QDialog):
    """What the board shows and where, and its voice; reached with F2 or the board's right-click menu."""

    def __init__(self, settings: BoardSettings, point_code: str, announcer: Announcer, parent=None):
        super().__init__(parent)
        self.ui = Ui_BoardSettingsDialog()
        self.ui.setupUi(self)
        self.setFont(fonts.cjk_font(10.5))
        self.announcer = announcer
        self._settings = settings
        self.ui.pointCombo.addItem(point_code, point_code)
        self.ui.screenCombo.addItem(self.tr("自动（有第二块屏幕时显示在第二块上）"), "")
        for i, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry().size()
            label = self.tr("屏幕 {index}：{name}（{width}×{height}）").format(
                index=i + 1, name=screen.name(), width=size.width(), height=size.height()
            )
            self.ui.screenCombo.addItem(label, screen.name())
        self._select(self.ui.screenCombo, settings.screen)
        self.ui.windowsCheck.setChecked(settings.show_windows)
        self.ui.recentCheck.setChecked(settings.show_recent)
        self.ui.queuesCheck.setChecked(settings.show_queues)
        self.ui.recentCountSpin.setValue(settings.recent_count)
        self.ui.scaleSpin.setValue(round(settings.font_scale * 100))
        self.ui.voiceCheck.setChecked(settings.voice)
        self.ui.repeatSpin.setValue(settings.voice_repeat)
        self.ui.recentCheck.toggled.connect(self.ui.recentCountSpin.setEnabled)
        self.ui.voiceCheck.toggled.connect(self.ui.repeatSpin.setEnabled)
        self.ui.recentCountSpin.setEnabled(settings.show_recent)
        self.ui.repeatSpin.setEnabled(settings.voice)
        self.ui.testVoiceButton.clicked.connect(self.test_voice)
        announcer.availability_changed.connect(self._show_voice_state)
        self._show_voice_state(announcer.available, announcer.description)

    @staticmethod
    def _select(combo, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def set_points(self, points: list[network.PointInfo]) -> None:
        """Offer every service point (loaded in the background after the dialog opened)."""
        current = self.ui.pointCombo.currentData()
        self.ui.pointCombo.clear()
        for point in points:
            self.ui.pointCombo.addItem(f"{point.name}（{point.code}）", point.code)
        self._select(self.ui.pointCombo, current)

    def _show_voice_state(self, available: bool, description: str) -> None:
        if available:
            text = self.tr("语音引擎：{engine}").format(engine=description)
        elif description:
            text = self.tr("本机暂不能语音播报（{reason}），叫号照常显示。").format(reason=description)
        else:
            text = self.tr("正在检测语音引擎…")
        self.ui.voiceStatusLabel.setText(text)

    def test_voice(self) -> None:
        self.announcer.set_repeat(self.ui.repeatSpin.value())
        self.announcer.say(SAMPLE_ANNOUNCEMENT, even_if_disabled=True)

    def chosen(self) -> BoardSettings:
        """The settings as chosen in the dialog."""
        return replace(
            self._settings,
            point=self.ui.pointCombo.currentData() or self._settings.point,
            screen=self.ui.screenCombo.currentData() or "",
            show_windows=self.ui.windowsCheck.isChecked(),
            show_recent=self.ui.recentCheck.isChecked(),
            show_queues=self.ui.queuesCheck.isChecked(),
            recent_count=self.ui.recentCountSpin.value(),
            font_scale=self.ui.scaleSpin.value() / 100,
            voice=self.ui.voiceCheck.isChecked(),
            voice_repeat=self.ui.repeatSpin.value(),
        )
