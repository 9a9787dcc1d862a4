"""The hall display board (叫号屏): who is called to which window, the latest calls, who is waiting.

A full-screen window for a second monitor or a PC of its own, read from across the hall: dark, high
contrast, big numbers, every size derived from the board's height × the font scale set for this PC. It
is a :class:`~taxdesk.gui.page.Page` made as a top-level window (:meth:`DisplayBoard.window_of_its_own`
gives it a background runner of its own, so a slow read never holds up a desk, nor a desk the board). It
reads the core's :func:`taxdesk.core.calls.board` whenever the live feed says its point changed (and every
few seconds in case a notice was lost), as one coalesced read: never more than one at a time. Calls it has not seen before make their window's tile flash and are announced by the
:class:`~taxdesk.gui.board.voice.Announcer`; on the first read everything already there counts as seen.

Keys: F2 (or the right-click menu) opens the settings, F11 toggles full screen, F5 reads at once, Esc
leaves full screen and, pressed again, offers to close the board. Layout choices are kept per PC in
QSettings under ``board/``.

Everything here runs on the GUI thread except the functions handed to the runner.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QMenu, QMessageBox, QVBoxLayout, QWidget

from taxdesk.core import calls, clock, network
from taxdesk.core.calls import Board
from taxdesk.core.db import Database
from taxdesk.gui import fonts, i18n
from taxdesk.gui.board.panels import Banner, HeaderBar, QueuePanel, RecentPanel, WindowsPanel
from taxdesk.gui.board.settings import BoardSettings, BoardSettingsDialog
from taxdesk.gui.board.voice import Announcer
from taxdesk.gui.live import LiveUpdates
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page, PageContext
from taxdesk.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

SAFETY_REFRESH_MS = 5000  # a lost notice costs at most this long
FLASH_MS = 8000  # a new call's tile flashes this long
FLASH_PHASE_MS = 450
CURSOR_HIDE_S = 3  # full screen: the mouse pointer disappears when it rests
MIN_FETCH = 30  # calls read per refresh (more than shown: a busy moment still finds its unseen calls)


# ---------------------------------------------------------------------------------------------- the board


def _read_board(db: Database, point_code: str, fetch: int, want_names: bool):
    """Worker thread: the point's name and the categories' names (when asked), and everything the board
    shows."""
    name = categories = None
    if want_names:
        with db.session() as session:
            name = network.get_point(session, point_code).name
            categories = network.list_categories(session)
    return name, categories, calls.board(db, point_code, recent=fetch)


class DisplayBoard(Page):
    """The hall display for one service point, as a top-level window (see the module docstring)."""

    new_calls = Signal(list)  # calls seen for the first time, oldest first (after the first read)
    refreshed = Signal()  # a read of the board has been shown
    point_changed = Signal(str)
    closed = Signal()

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        *,
        announcer: Announcer | None = None,
    ):
        super().__init__(context, parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("displayBoard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # board.qss paints it dark
        fonts.ensure_fonts()
        self.settings = BoardSettings.load()
        self._owns_announcer = announcer is None
        self.announcer = announcer or Announcer(self)
        self.announcer.set_enabled(self.settings.voice)
        self.announcer.set_repeat(self.settings.voice_repeat)
        self.board: Board | None = None
        self.point_name: str | None = None
        self.dialog: BoardSettingsDialog | None = None
        self.close_question: QMessageBox | None = None
        self._seen: set[int] = set()
        self._primed = False  # the first read of this point has been shown (its calls count as seen)
        self._showing = (self.point_code, 0)  # the point shown and its generation, bumped when it changes
        self._live_problem = ""
        self._read_problem = ""
        self._cursor_pos = QCursor.pos()
        self._cursor_still_since = time.monotonic()

        self.setWindowTitle(self.tr("叫号屏"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.header = HeaderBar(self)
        self.banner = Banner(self)
        self.banner.hide()
        self.body = QWidget(self)
        self.windows_panel = WindowsPanel(self.body)
        self.recent_panel = RecentPanel(self.body)
        body_layout = QHBoxLayout(self.body)
        body_layout.addWidget(self.windows_panel, 66)
        body_layout.addWidget(self.recent_panel, 34)
        self.queue_panel = QueuePanel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        for widget in (self.header, self.banner, self.body, self.queue_panel):
            layout.addWidget(widget)
        layout.setStretch(2, 1)

        self._reader = self.coalesced(self._read, self._on_read, self._on_read_failed)
        self._clock = self.every(1000, self._tick)
        self._clock.setSingleShot(True)  # restarted on each second (see _tick)
        self._flash = self.every(FLASH_PHASE_MS, self._flash_phase)
        self.every(SAFETY_REFRESH_MS, self.refresh, start=True)
        self.when_point_changes(self.refresh)
        if self.live is not None:
            self.track(self.live.connection_changed, self._on_connection_changed)
            if not self.live.connected:
                self._on_connection_changed(False, "")
        self._apply_layout()
        self._tick()
        self.refresh()

    @classmethod
    def window_of_its_own(
        cls, db: Database, point_code: str, live: LiveUpdates | None, *, announcer: Announcer | None = None
    ) -> DisplayBoard:
        """The board as the desk and ``taxdesk gui --board`` open it: a window with a background runner of
        its own (owned by the board), so a slow read never holds up a desk, nor a desk the board."""
        runner = TaskRunner()
        board = cls(PageContext(db, point_code, runner, live), announcer=announcer)
        runner.setParent(board)
        return board

    # ------------------------------------------------------------------------------------ showing

    def show_on_screen(self, screen_index: int | None = None, full_screen: bool = True) -> None:
        """Show the board on screen ``screen_index`` (else the one set for this PC, else a secondary
        screen when there is one), full screen or in a large window."""
        screens = QGuiApplication.screens()
        if screen_index is not None and 0 <= screen_index < len(screens):
            screen = screens[screen_index]
        else:
            screen = self._configured_screen()
        if self.isFullScreen():
            self.showNormal()  # a full-screen window moves to another screen only as a normal one
        self.setScreen(screen)
        geometry = screen.geometry()
        if full_screen:
            self.setGeometry(geometry)
            self.showFullScreen()
        else:
            available = screen.availableGeometry()
            width, height = int(available.width() * 0.8), int(available.height() * 0.8)
            self.setGeometry(
                available.x() + (available.width() - width) // 2,
                available.y() + (available.height() - height) // 2,
                width,
                height,
            )
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def _configured_screen(self):
        screens = QGuiApplication.screens()
        named = [s for s in screens if s.name() == self.settings.screen]
        if named:
            return named[0]
        primary = QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not primary]
        return others[0] if others else primary

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.show_on_screen(self._screen_index(), full_screen=False)
        else:
            self.show_on_screen(self._screen_index(), full_screen=True)

    def _screen_index(self) -> int | None:
        screens = QGuiApplication.screens()
        return screens.index(self.screen()) if self.screen() in screens else None

    # ------------------------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the board in the background; while a read runs, one more follows it instead."""
        self._reader.request()

    @property
    def loading(self) -> bool:
        return self._reader.busy

    def _read(self):
        """Worker thread: the point's name (until known) and everything the board shows, for the point
        shown when the read starts."""
        showing, want_name = self._showing, self.point_name is None
        return showing, *_read_board(
            self.db, showing[0], max(MIN_FETCH, 3 * self.settings.recent_count), want_name
        )

    def _on_read(self, result) -> None:
        showing, name, categories, board = result
        if showing != self._showing:
            return  # read for the point shown before: set_point has asked for another read
        if categories is not None:
            names = {c.code: i18n.localized(c.name, c.name_en) for c in categories}
            self.windows_panel.category_names = self.queue_panel.category_names = names
        if name is not None:
            self.point_name = name
            self.header.point_name = name
            self.setWindowTitle(self.tr("叫号屏 — {point}").format(point=name))
        if self._read_problem:
            self._read_problem = ""
            self._update_banner()
        self._show(board)

    def _on_read_failed(self, exc: Exception) -> None:
        if not self._read_problem:
            log.warning("the board cannot read %s: %s", self.point_code, exc)
        self._read_problem = describe_error(exc)
        self._update_banner()

    def _show(self, board: Board) -> None:
        new = [c for c in reversed(board.recent) if c.event_id not in self._seen]
        oldest = min((c.event_id for c in board.recent), default=0)
        self._seen = {i for i in self._seen if i >= oldest} | {c.event_id for c in board.recent}
        first, self._primed = not self._primed, True
        self.board = board
        names = {w.number: w.name for w in board.windows}
        latest = board.recent[0].window if board.recent else None
        self.windows_panel.set_windows(board.windows, latest)
        self.recent_panel.set_calls(board.recent, names, self.settings.recent_count)
        self.queue_panel.set_queues(board.queues)
        if not first and new:
            until = time.monotonic() + FLASH_MS / 1000
            for call in new:
                tile = self.windows_panel.tiles.get(call.window)
                if tile is not None:
                    tile.flash_until = until
                self.announcer.say(call.announcement)
            self.recent_panel.flash_until = until
            self._flash.start()
            self.new_calls.emit(new)
        self.refreshed.emit()

    def _flash_phase(self) -> None:
        on = not self.recent_panel.flash_on
        flashing = False
        for widget in (*self.windows_panel.tiles.values(), self.recent_panel):
            if widget.flash_until > time.monotonic():
                widget.flash_on = on
                flashing = True
            else:
                widget.flash_on = False
            widget.update()
        if not flashing:
            self._flash.stop()

    # ------------------------------------------------------------------------------------ point

    def set_point(self, point_code: str) -> None:
        """Show another service point from now on (its calls so far count as seen)."""
        if point_code == self.point_code:
            return
        self.point_code = point_code
        self.point_name = None
        self._showing = (point_code, self._showing[1] + 1)
        self._seen.clear()
        self._primed = False
        self.announcer.stop()
        self.point_changed.emit(point_code)
        self.refresh()

    # ------------------------------------------------------------------------------------ banner, clock

    def _on_connection_changed(self, ok: bool, reason: str) -> None:
        self._live_problem = "" if ok else (reason or " ")
        self._update_banner()
        if ok:
            self.refresh()

    def _update_banner(self) -> None:
        if self._live_problem:
            self.banner.show_text(self.tr("连接中断，正在重试…"))
        elif self._read_problem:
            self.banner.show_text(self.tr("暂时无法读取叫号信息，正在重试…"))
        else:
            self.banner.show_text("")

    def _tick(self) -> None:
        now = clock.now()
        self.header.date_text = i18n.full_date(now.date())
        self.header.weekday_text = i18n.weekday(now.date())
        self.header.clock_text = now.strftime("%H:%M:%S")
        self.header.update()
        self._hide_resting_cursor()
        self._clock.start(1000 - now.microsecond // 1000 + 5)  # on the second, without drift

    def _hide_resting_cursor(self) -> None:
        pos = QCursor.pos()
        if pos != self._cursor_pos:
            self._cursor_pos, self._cursor_still_since = pos, time.monotonic()
            self.unsetCursor()
        elif self.isFullScreen() and time.monotonic() - self._cursor_still_since > CURSOR_HIDE_S:
            self.setCursor(Qt.CursorShape.BlankCursor)

    # ------------------------------------------------------------------------------------ layout

    def _apply_layout(self) -> None:
        s = self.settings
        u = max(4.0, self.height() / 100 * s.font_scale)
        self.header.setFixedHeight(round(10 * u))
        self.banner.setFixedHeight(round(5.5 * u))
        only_queues = s.show_queues and not (s.show_windows or s.show_recent)
        self.body.setVisible(s.show_windows or s.show_recent)
        self.queue_panel.setVisible(s.show_queues)
        if only_queues:
            self.queue_panel.setMinimumHeight(0)
            self.queue_panel.setMaximumHeight(16777215)
        else:
            self.queue_panel.setFixedHeight(round(9 * u))
        self.windows_panel.setVisible(s.show_windows)
        self.recent_panel.setVisible(s.show_recent)
        margin = round(1.6 * u)
        self.body.layout().setContentsMargins(margin, margin, margin, margin)
        self.body.layout().setSpacing(margin)
        for panel in (self.header, self.banner, self.windows_panel, self.recent_panel, self.queue_panel):
            panel.set_unit(u)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._apply_layout()

    # ------------------------------------------------------------------------------------ settings

    def open_settings(self) -> BoardSettingsDialog:
        """Open the settings dialog (non-modal for the event loop: the board keeps updating behind it)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = self.dialog = BoardSettingsDialog(self.settings, self.point_code, self.announcer, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.chosen()))
        dialog.finished.connect(self._dialog_closed)
        db = self.db
        self.op(lambda: network.points(db)).success(self._offer_points).failure(self._points_unreadable).run()
        dialog.open()
        return dialog

    def _offer_points(self, points: list[network.PointInfo]) -> None:
        if self.dialog is not None:
            self.dialog.set_points(points)

    def _points_unreadable(self, exc: Exception) -> None:
        """The dialog offers the point shown only (the board has no message line; the log keeps why)."""
        log.warning("the board's settings cannot list the service points: %s", exc)

    def _dialog_closed(self) -> None:
        self.announcer.set_enabled(self.settings.voice)
        self.announcer.set_repeat(self.settings.voice_repeat)
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def apply_settings(self, settings: BoardSettings) -> None:
        """Use and remember (for this PC) new settings."""
        old, self.settings = self.settings, settings
        settings.save()
        self.announcer.set_enabled(settings.voice)
        self.announcer.set_repeat(settings.voice_repeat)
        self._apply_layout()
        if settings.point and settings.point != self.point_code:
            self.set_point(settings.point)
        elif self.board is not None:
            self._show(self.board)
        if settings.screen != old.screen and self.isVisible():
            self.show_on_screen(None, self.isFullScreen())

    # ------------------------------------------------------------------------------------ keys, closing

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        if key == Qt.Key.Key_F2:
            self.open_settings()
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_F5:
            self.refresh()
        elif key == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.show_on_screen(self._screen_index(), full_screen=False)
            else:
                self.ask_to_close()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.context_menu().popup(event.globalPos())

    def context_menu(self) -> QMenu:
        """The right-click menu (for whoever looks after the hall's screens)."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setFont(fonts.cjk_font(12))
        menu.addAction(self.tr("叫号屏设置…\tF2"), self.open_settings)
        menu.addAction(
            self.tr("退出全屏\tF11") if self.isFullScreen() else self.tr("全屏显示\tF11"),
            self.toggle_full_screen,
        )
        menu.addAction(self.tr("立即刷新\tF5"), self.refresh)
        menu.addSeparator()
        menu.addAction(self.tr("关闭叫号屏…"), self.ask_to_close)
        return menu

    def ask_to_close(self) -> QMessageBox:
        """Ask before closing (a hall display closed by a stray key press stays dark until someone comes)."""
        if self.close_question is not None:
            return self.close_question
        box = self.close_question = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("关闭叫号屏"),
            self.tr("关闭叫号屏吗？大厅将看不到叫号信息。"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setFont(fonts.cjk_font(10.5))

        def answered(_result: int) -> None:
            self.close_question = None
            box.deleteLater()
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.close()

        box.finished.connect(answered)
        box.open()
        return box

    def stopping(self) -> None:
        """Stop speaking (reads, timers and the live feed are the base's; the board stays as it is)."""
        self.announcer.stop()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.stop()
        if self._owns_announcer:
            self.announcer.close()
        self.runner.wait(3000)
        self.closed.emit()
        super().closeEvent(event)
