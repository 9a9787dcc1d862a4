"""The TaxDesk main window: menus, status bar, the connection banner and the desk pages for one point.

Pages (导税台, 窗口叫号, 值班长, 潮汐窗口, 排班 …) are made when first shown and share one background runner and
one live feed; the hall display board opens as a window of its own (for a second screen). The File menu
opens the ticket-history import and the tax calendar, after which the staffing page computes its week
again.
"""

from __future__ import annotations

import gc
import importlib

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from taxdesk import __version__
from taxdesk.core import accounts, network, roles
from taxdesk.core.db import Database, display_url
from taxdesk.gui import i18n
from taxdesk.gui.desk.front_desk import FrontDesk
from taxdesk.gui.desk.verify_dialog import VerifyDialog
from taxdesk.gui.forms.ui_main_window import Ui_MainWindow
from taxdesk.gui.live import LiveUpdates
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import PageContext
from taxdesk.gui.signin.forms import ChangePasswordDialog
from taxdesk.gui.signin.lock import IdleWatch, LockScreen
from taxdesk.gui.signin.session import DeskSession
from taxdesk.gui.tasks import TaskRunner
from taxdesk.gui.widgets.point_picker import PointPicker, remember_point
from taxdesk.gui.widgets.settings_dialog import SettingsDialog

STATUS_TIMEOUT_MS = 15000
MODE_SETTING = "desk/mode"
GEOMETRY_SETTING = "mainwindow/geometry"  # per PC: where and how big the officer left the window
# mode -> (module, class, the permission it needs at this point); pages are imported when first shown, so
# starting one desk loads only its page. A page the signed-in person's roles do not allow is not offered
# (the core refuses its operations anyway).
PAGES = {
    "desk": ("taxdesk.gui.desk.front_desk", "FrontDesk", roles.TICKETS),
    "window": ("taxdesk.gui.desk.window_console", "WindowConsole", roles.CALLING),
    "supervisor": ("taxdesk.gui.desk.supervisor", "SupervisorView", roles.ADVISOR_DECIDE),
    "booking": ("taxdesk.gui.booking.page", "BookingPage", roles.BOOKINGS),
    "point": ("taxdesk.gui.network.service_point", "ServicePointPage", roles.POINT_SERVICES),
    "network": ("taxdesk.gui.network.editor", "NetworkEditor", roles.NETWORK_EDIT),
    "staffing": ("taxdesk.gui.staffing.page", "StaffingPage", roles.STAFFING_TARGETS),
    "roster": ("taxdesk.gui.roster.page", "RosterPage", roles.ROSTER_PUBLISH),
    "people": ("taxdesk.gui.people.page", "PeoplePage", roles.PEOPLE),
    "audit": ("taxdesk.gui.audit.page", "AuditPage", roles.AUDIT_VIEW),
}
MODES = tuple(PAGES)


class MainWindow(QMainWindow):
    def __init__(
        self,
        db: Database,
        point: network.PointInfo,
        session: DeskSession,
        parent: QWidget | None = None,
        *,
        mode: str | None = None,
        live: LiveUpdates | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.point = point
        self.session = session
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.runner = TaskRunner(self)
        self.live = live or LiveUpdates(db, self)
        self.live.connection_changed.connect(self._show_connection)
        self._who = QLabel()
        self._place = QLabel()
        self.statusBar().addPermanentWidget(self._who)
        self.statusBar().addPermanentWidget(self._place)
        session.changed.connect(self._person_changed)
        self.pages: dict[str, QWidget] = {}
        self.board = None
        self.mode = mode if mode in MODES else str(QSettings().value(MODE_SETTING, "desk"))
        if self.mode not in MODES:
            self.mode = "desk"
        self._nothing = QLabel(self.tr("您的账号在本服务点没有可用的功能。请联系系统管理员分配角色。"))
        self._nothing.setObjectName("nothingAllowed")
        self._nothing.setWordWrap(True)
        self.ui.pages.addWidget(self._nothing)

        actions = {
            "desk": self.ui.actionFrontDesk,
            "window": self.ui.actionWindowConsole,
            "supervisor": self.ui.actionSupervisor,
            "booking": self.ui.actionBooking,
            "point": self.ui.actionServicePoint,
            "network": self.ui.actionNetwork,
            "staffing": self.ui.actionStaffing,
            "roster": self.ui.actionRoster,
            "people": self.ui.actionPeople,
            "audit": self.ui.actionAudit,
        }
        self._mode_actions = {name: action for name, action in actions.items() if name in PAGES}
        for name, action in actions.items():
            action.setVisible(name in PAGES)
        group = QActionGroup(self)
        for name, action in self._mode_actions.items():
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, name=name: self.show_mode(name))
        self.ui.actionDisplayBoard.triggered.connect(self.open_board)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionSettings.triggered.connect(self.open_settings)
        self.ui.actionSwitchPoint.triggered.connect(self.switch_point)
        self.ui.actionReprint.triggered.connect(lambda: self.page("desk").reprint_selected())
        self.ui.actionVerify.triggered.connect(self.open_verify)
        self.ui.actionImportHistory.triggered.connect(self.open_history_import)
        self.ui.actionCalendar.triggered.connect(self.open_calendar)
        self.ui.actionAbout.triggered.connect(self.about)
        self.ui.actionLock.triggered.connect(lambda: self.lock())
        self.ui.actionSwitchUser.triggered.connect(lambda: self.lock(hand_over=True))
        self.ui.actionChangePassword.triggered.connect(self.change_password)

        self._lock_screen = LockScreen(db, self.runner, session, self)
        self.ui.pages.addWidget(self._lock_screen)
        self._before_lock: QWidget | None = None
        self._disabled_while_locked: list[QAction] = []
        session.locked_changed.connect(self._locked_changed)
        self.idle = IdleWatch(session, parent=self)
        self.runner.run(lambda: accounts.idle_lock_minutes(db), on_done=self.idle.set_minutes)

        geometry = QSettings().value(GEOMETRY_SETTING)
        self._placed = geometry is not None and self.restoreGeometry(geometry)
        self.set_point(point)
        if live is None:
            self.live.start()

    def present(self) -> None:
        """Show the window as this PC's officer left it, or maximised the first time (a hall PC's screen
        is often 1366×768: every page is laid out to fit it)."""
        if self._placed:
            self.show()
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:  # fills the screen even where no window manager maximises (a kiosk, Xvfb)
            self.setGeometry(screen.availableGeometry())
        self.showMaximized()

    # ------------------------------------------------------------------------------------------ pages

    @property
    def front_desk(self) -> FrontDesk:
        return self.page("desk")

    def page(self, mode: str) -> QWidget:
        """The page for ``mode``, made (and loaded) the first time it is needed (whatever the roles: the
        window offers only allowed pages, and the core refuses what a role may not do)."""
        if mode not in self.pages:
            module, name, _permission = PAGES[mode]
            kind = getattr(importlib.import_module(module), name)
            context = PageContext(self.db, self.point.code, self.runner, self.live, self.session)
            widget = kind(context, self)
            widget.status_message.connect(lambda text, page=widget: self._page_message(page, text))
            if mode == "desk":
                widget.ui.verifyButton.clicked.connect(self.open_verify)
            self.ui.pages.addWidget(widget)
            self.pages[mode] = widget
            widget.load()
            # The page, its modules and its widgets live as long as the window: move everything alive now
            # out of the cycle collector's reach, or its full passes (hundreds of milliseconds on a heap
            # this size, on whichever thread triggers them) stall the event loop. Cheap; bounded by the
            # number of pages, so garbage made later is collected as usual.
            gc.freeze()
        return self.pages[mode]

    def _page_message(self, page: QWidget, text: str) -> None:
        """A page's sentence, shown while that page is the one on screen (never carried to another)."""
        if self.ui.pages.currentWidget() is page:
            self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def allowed(self, mode: str) -> bool:
        """Whether the signed-in person's roles allow the page ``mode`` at this point."""
        return self.session.allows(PAGES[mode][2], self.point.code)

    def _apply_roles(self) -> None:
        """Offer only what the signed-in person may do here (the core refuses the rest anyway)."""
        for name, action in self._mode_actions.items():
            action.setVisible(self.allowed(name))
        ui, allows, point = self.ui, self.session.allows, self.point.code
        ui.actionCalendar.setVisible(allows(roles.CALENDAR_EDIT, point))
        ui.actionImportHistory.setVisible(allows(roles.STAFFING_TARGETS, point))
        ui.menuTickets.menuAction().setVisible(allows(roles.TICKETS, point))
        ui.menuAdmin.menuAction().setVisible(any(a.isVisible() for a in ui.menuAdmin.actions()))
        actor = self.session.actor
        self._who.setText(
            ""
            if actor is None
            else self.tr("{person} · {roles}").format(
                person=actor.label(), roles="、".join(self.role_names(actor.roles))
            )
        )

    def role_names(self, names) -> list[str]:
        return [i18n.role_name(name) for name in sorted(names)]

    def show_mode(self, mode: str) -> None:
        if not self.allowed(mode):
            mode = next((name for name in MODES if self.allowed(name)), None)
            if mode is None:  # the roles allow no page here: say so instead of showing one
                self.ui.pages.setCurrentWidget(self._nothing)
                self.setWindowTitle(self.tr("TaxDesk — {point}").format(point=self.point.name))
                return
        self.mode = mode
        self.statusBar().clearMessage()  # each page owns its messages
        QSettings().setValue(MODE_SETTING, mode)
        self.ui.pages.setCurrentWidget(self.page(mode))
        self._mode_actions[mode].setChecked(True)
        self.ui.menuTickets.setEnabled(mode == "desk")
        titles = {
            "desk": self.tr("导税台"),
            "window": self.tr("窗口叫号"),
            "supervisor": self.tr("值班长"),
            "booking": self.tr("预约办税"),
            "point": self.tr("服务点"),
            "network": self.tr("服务网络"),
            "staffing": self.tr("潮汐窗口"),
            "roster": self.tr("排班"),
            "people": self.tr("人员与窗口"),
            "audit": self.tr("审计日志"),
        }
        self.setWindowTitle(
            self.tr("TaxDesk {mode} — {point}").format(mode=titles[mode], point=self.point.name)
        )

    def set_point(self, point: network.PointInfo) -> None:
        """Serve ``point`` from now on: fresh pages for it replace the old ones."""
        for widget in self.pages.values():
            widget.stop()
            self.ui.pages.removeWidget(widget)
            widget.deleteLater()
        self.pages.clear()
        self.point = point
        self._place.setText(f"{point.name} · {display_url(self.db.url)}")
        self._apply_roles()
        self.show_mode(self.mode)

    # ---------------------------------------------------------------------------------- lock and hand-over

    def lock(self, *, hand_over: bool = False) -> None:
        """锁定桌面 (Ctrl+L), or 换人登录 (``hand_over``: the next person types their own staff code)."""
        self.session.set_locked(True)
        self._lock_screen.prepare(hand_over=hand_over)

    def _locked_changed(self, locked: bool) -> None:
        pages = self.ui.pages
        if locked:
            if pages.currentWidget() is not self._lock_screen:
                self._before_lock = pages.currentWidget()
            self._lock_screen.prepare()
            pages.setCurrentWidget(self._lock_screen)
            self._disabled_while_locked = [a for a in self.findChildren(QAction) if a.isEnabled()]
            for action in self._disabled_while_locked:
                action.setEnabled(False)
            self.ui.menuBar.setEnabled(False)
            return
        self.ui.menuBar.setEnabled(True)
        for action in self._disabled_while_locked:
            action.setEnabled(True)
        self._disabled_while_locked = []
        self.ui.menuTickets.setEnabled(self.mode == "desk")
        if self._before_lock is not None:
            pages.setCurrentWidget(self._before_lock)
            self._before_lock = None

    def change_password(self) -> None:
        actor = self.session.actor
        if actor is None:
            return
        dialog = ChangePasswordDialog(self.db, self.runner, actor, self)
        if dialog.exec():
            self.session.sign_in(dialog.actor)
            self.statusBar().showMessage(self.tr("密码已修改。"), STATUS_TIMEOUT_MS)

    def _person_changed(self) -> None:
        """Another person took the desk: fresh pages, made for what their roles allow."""
        self.set_point(self.point)

    # ------------------------------------------------------------------------------------------ actions

    def _show_connection(self, ok: bool, reason: str) -> None:
        banner = self.ui.bannerLabel
        banner.setVisible(not ok)
        if not ok:
            banner.setText(
                self.tr(
                    "与数据库的连接中断（{reason}），正在重试……已发出的票不会丢失，恢复后自动刷新。"
                ).format(reason=reason)
            )

    def open_board(self) -> None:
        """Show the hall display board for this point (on the screen chosen in its settings)."""
        from taxdesk.gui.board.display_board import DisplayBoard

        if self.board is None:
            self.board = DisplayBoard.window_of_its_own(self.db, self.point.code, self.live)
            self.board.closed.connect(self._board_closed)
        self.board.show_on_screen()

    def _board_closed(self) -> None:
        self.board = None

    def open_settings(self) -> None:
        dialog = SettingsDialog(self)
        if dialog.exec() and dialog.language_changed:
            QMessageBox.information(
                self, self.tr("界面语言"), self.tr("界面语言将在下次启动 TaxDesk 时生效。")
            )

    def open_verify(self) -> None:
        VerifyDialog(self.db, self.runner, self).exec()

    def open_history_import(self) -> None:
        """导入历史记录…: the ticket-history import; an open staffing page recomputes after an import."""
        from taxdesk.gui.staffing.history_import import HistoryImportDialog

        HistoryImportDialog.open_for(
            self.db, self, lambda _result: self._staffing_changed(), actor=self.session.actor
        )

    def open_calendar(self) -> None:
        """税务日历…: holidays, make-up workdays and filing deadlines; the staffing page recomputes after."""
        from taxdesk.gui.staffing.calendar_dialog import CalendarDialog

        CalendarDialog.open_for(self.db, self.runner, self, self._staffing_changed, actor=self.session.actor)

    def _staffing_changed(self) -> None:
        page = self.pages.get("staffing")
        if page is not None:
            page.recompute()

    def switch_point(self) -> None:
        def loaded(points):
            picker = PointPicker(points, self.point.code, self)
            code = picker.selected_code() if picker.exec() else None
            if code and code != self.point.code:
                remember_point(code)
                self.set_point(next(p for p in points if p.code == code))

        self.runner.run(
            lambda: network.points(self.db),
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
        QSettings().setValue(GEOMETRY_SETTING, self.saveGeometry())
        self.idle.stop()
        actor, db = self.session.actor, self.db
        if actor is not None:  # recorded in the trail; the runner is waited for below
            self.runner.run(lambda: accounts.sign_out(db, actor, host=accounts.host_name()))
        for widget in self.pages.values():
            widget.stop()
        if self.board is not None:
            self.board.close()
        self.live.stop()
        self.runner.wait(5000)
        super().closeEvent(event)
