"""Starting the desk: Qt application, bundled font, theme, language, database, service point, main window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from taxdesk import __version__
from taxdesk.core import network
from taxdesk.core.db import Database, display_url, migrate, resolve_url, sqlite_path
from taxdesk.core.errors import TaxDeskError
from taxdesk.core.install import init_database
from taxdesk.core.roles import Actor
from taxdesk.gui import i18n, theme
from taxdesk.gui.live import LiveUpdates
from taxdesk.gui.main_window import MainWindow
from taxdesk.gui.messages import describe_error
from taxdesk.gui.signin.session import DeskSession
from taxdesk.gui.tasks import TaskRunner
from taxdesk.gui.widgets.point_picker import PointPicker, remember_point, remembered_point
from taxdesk.gui.widgets.settings_dialog import LANGUAGE_SETTING

log = logging.getLogger(__name__)


def create_application(lang: str | None = None) -> QApplication:
    """The QApplication with TaxDesk's identity, font, theme and language (reused if one exists)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("TaxDesk")
    app.setApplicationName("TaxDesk")
    app.setApplicationVersion(__version__)
    theme.apply(app)
    i18n.install(app, lang or str(QSettings().value(LANGUAGE_SETTING, i18n.DEFAULT_LANGUAGE)))
    return app


def open_database(url: str, parent: QWidget | None = None) -> Database | None:
    """The database at ``url`` ready for use, after offering to create or upgrade it; None if the user
    declines or it cannot be opened (they have been told why)."""
    title = QCoreApplication.translate("Startup", "无法打开数据库")
    try:
        path = sqlite_path(url)
        existed = path is None or path.exists()
        db = Database(url)
        current = migrate.current_revision(db)
    except TaxDeskError as exc:
        QMessageBox.critical(parent, title, exc.message)
        return None
    if current == migrate.head_revision():
        return db
    if current is None:
        choice = _ask_new_database(url, parent)
        if choice is None:
            db.dispose()
            if not existed:  # leave no empty file behind when the officer declines
                path.unlink(missing_ok=True)
            return None
    elif not _ask_upgrade(url, current, parent):
        return None
    try:
        result = init_database(db)
        if result.removed_backups:
            _tell_removed_backups(result.removed_backups, parent)
        if current is None and choice == "demo":
            _populate_demo(db, parent)
    except Exception as exc:  # shown to the officer in words; nothing half-done is hidden
        QMessageBox.critical(parent, title, describe_error(exc))
        return None
    return db


def _ask_new_database(url: str, parent: QWidget | None) -> str | None:
    """'demo', 'empty' or None (quit)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Startup", "新数据库"),
        QCoreApplication.translate(
            "Startup",
            "数据库 {url} 是空的。\n要创建演示数据（云溪县办税服务厅、11 个丰收微税厅、银税e站和两年的取号记录），还是只建立空白数据库？",
        ).format(url=display_url(url)),
        parent=parent,
    )
    demo = box.addButton(
        QCoreApplication.translate("Startup", "创建演示数据"), QMessageBox.ButtonRole.AcceptRole
    )
    empty = box.addButton(
        QCoreApplication.translate("Startup", "空白数据库"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("Startup", "退出"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return {demo: "demo", empty: "empty"}.get(box.clickedButton())


def _ask_upgrade(url: str, current: str, parent: QWidget | None) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Startup", "升级数据库"),
        QCoreApplication.translate(
            "Startup",
            "数据库 {url} 的结构版本为 {current}，本程序需要 {head}。\n升级前会自动备份 SQLite 文件；"
            "升级成功并通过检查后，仍含完整身份证号的备份将被删除。现在升级吗？",
        ).format(url=display_url(url), current=current, head=migrate.head_revision()),
    )
    return answer == QMessageBox.StandardButton.Yes


def _tell_removed_backups(paths, parent: QWidget | None) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Startup", "升级数据库"),
        QCoreApplication.translate(
            "Startup",
            "数据库已升级。以下备份仍含纳税人完整身份证号，本版本不再保存这些号码，已将其删除：\n{paths}",
        ).format(paths="\n".join(str(path) for path in paths)),
    )


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (queued signal)."""

    advanced = Signal(int, int)


def _populate_demo(db: Database, parent: QWidget | None) -> None:
    """Generate the demo on a worker thread while a progress dialog shows how far it is."""
    from taxdesk.core import demo

    dialog = QProgressDialog(QCoreApplication.translate("Startup", "正在生成演示数据…"), "", 0, 100, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    relay = _Progress()
    relay.advanced.connect(lambda done, total: dialog.setValue(int(100 * done / max(1, total))))
    loop = QEventLoop()
    outcome: list = []

    def finished(result) -> None:
        outcome.append(result)
        loop.quit()

    runner = TaskRunner()

    def generate():
        summary = demo.populate(db, progress=relay.advanced.emit)
        demo.give_accounts(db)
        return summary

    runner.run(generate, on_done=finished, on_error=finished)
    loop.exec()
    dialog.close()
    if isinstance(outcome[0], Exception):
        raise outcome[0]


def choose_point(
    db: Database, parent: QWidget | None = None, requested: str | None = None
) -> network.PointInfo | None:
    """The point given on the command line, else the one this PC remembers, else the officer's choice."""
    points = network.points(db)
    if requested is not None:
        match = next((p for p in points if p.code == requested), None)
        if match is None:
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("Startup", "没有这个服务点"),
                QCoreApplication.translate("Startup", "数据库中没有服务点 {point}。").format(point=requested),
            )
        return match
    if not points:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Startup", "没有服务点"),
            QCoreApplication.translate(
                "Startup", "数据库中还没有服务点。请先用 taxdesk init --demo 创建演示数据，或导入服务网络。"
            ),
        )
        return None
    code = remembered_point(points) or (points[0].code if len(points) == 1 else None)
    if code is None:
        picker = PointPicker(points, None, parent)
        code = picker.selected_code() if picker.exec() else None
        if code is None:
            return None
        remember_point(code)
    return next(p for p in points if p.code == code)


def sign_in_at_start(db: Database, point: network.PointInfo) -> Actor | None:
    """Who works at this desk: the first administrator on an installation that has none, else whoever signs
    in (``None``: they chose to quit). ``TAXDESK_USER`` and ``TAXDESK_PASSWORD``, when both are set, are
    tried first, as on the command line (a refusal leaves the dialog open with the reason). The display
    board needs nobody."""
    from taxdesk.core import accounts
    from taxdesk.gui.signin.forms import FirstAdministratorDialog, SignInDialog

    runner = TaskRunner()
    try:
        if not accounts.has_administrator(db):
            dialog = FirstAdministratorDialog(db, runner)
            return dialog.actor if dialog.exec() else None
        dialog = SignInDialog(db, runner, place=point.name)
        code, password = os.environ.get("TAXDESK_USER"), os.environ.get("TAXDESK_PASSWORD")
        if code and password:  # as on the command line (a kiosk, the screenshot script); checked the same
            dialog.form.code.setText(code)
            dialog.form.password.setText(password)
            dialog.form.submit()
        return dialog.actor if dialog.exec() else None
    finally:
        runner.wait(5000)


def run_gui(
    db_arg: str | None, lang: str | None = None, mode: str | None = None, point: str | None = None
) -> int:
    """Open the desk (or, with ``mode="board"``, only the hall display board, full screen)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_application(lang)
    db = open_database(resolve_url(db_arg))
    if db is None:
        return 2
    try:
        point = choose_point(db, requested=point)
    except Exception as exc:  # the database went away between opening and listing: say so, no traceback
        QMessageBox.critical(
            None, QCoreApplication.translate("Startup", "无法打开数据库"), describe_error(exc)
        )
        return 2
    if point is None:
        return 1
    if mode == "board":
        from taxdesk.gui.board.display_board import DisplayBoard
        from taxdesk.gui.board.settings import BoardSettings

        live = LiveUpdates(db)
        app.aboutToQuit.connect(live.stop)
        # The board's own settings may name another point than the desk's (a board PC shows one point).
        board = DisplayBoard.window_of_its_own(db, BoardSettings.load().point or point.code, live)
        live.start()
        board.show_on_screen()
        return app.exec()
    actor = sign_in_at_start(db, point)
    if actor is None:
        return 1
    window = MainWindow(db, point, DeskSession(actor), mode=mode)
    window.present()
    return app.exec()
