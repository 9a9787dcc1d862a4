"""The people editor (系统管理 → 人员与窗口) for administrators: the staff, this point's windows and its shift
templates.

Three tabs, each a table with 新增/编辑 (a form that checks as you go, :mod:`taxdesk.gui.people.dialogs`) and
导入…/导出… for CSV and XLSX files (:mod:`taxdesk.core.people_io`: all or nothing, a bad row named as 第 N 行);
people leave (离职: nobody is deleted), windows are deactivated, and an administrator gives a person a
temporary password or lifts the lock on their account. Every read and write runs on the desk's background
runner and names the signed-in person (``actor=self.actor``); the core decides, and the page only hides
what the person may not do. A change made here, or on another PC, refreshes the tables through the live
feed.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from taxdesk.core import accounts, clock, network_edit, people, people_io, roles
from taxdesk.core import windows_edit as we
from taxdesk.core.catalogue_io import ImportResult
from taxdesk.gui.messages import describe_error, describe_import_error
from taxdesk.gui.page import PageContext
from taxdesk.gui.people.dialogs import PasswordDialog, ShiftDialog, WindowDialog
from taxdesk.gui.people.models import ShiftsModel, StaffModel, StaffRow, WindowsModel
from taxdesk.gui.people.staff_dialog import StaffDialog, StaffForm
from taxdesk.gui.widgets.editor_page import EditorPage

log = logging.getLogger(__name__)

TABLES = ("staff", "windows", "shifts")
COLUMNS = {
    "staff": people_io.STAFF_COLUMNS,
    "windows": people_io.WINDOW_COLUMNS,
    "shifts": people_io.SHIFT_COLUMNS,
}


def read_all(db, point: str, only_here: bool, show_left: bool) -> dict:
    """Everything the page shows (worker thread): the staff with their accounts, the point's windows and
    shift templates, the categories and points the forms offer."""
    infos = accounts.account_infos(db)
    now = clock.now()
    staff = [
        StaffRow(
            record,
            infos.get(record.code),
            locked=bool(
                (info := infos.get(record.code)) and info.locked_until is not None and info.locked_until > now
            ),
        )
        for record in people.list_staff(db, point=point if only_here else None, include_left=show_left)
    ]
    return {
        "staff": staff,
        "windows": we.list_windows(db, point),
        "shifts": we.list_shifts(db, point),
        "categories": network_edit.categories(db),
        "points": network_edit.all_points(db),
    }


class PeoplePage(EditorPage):
    """Staff, windows and shift templates: add, edit, leave/deactivate, accounts, import and export."""

    folder_setting = "people/folder"

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("PeoplePage")  # its look: resources/theme/people.qss
        self.categories = []
        self.points = []
        self.only_here = False  # the staff filter, kept here for the background read
        self.show_left = False
        self.models = {"staff": StaffModel(self), "windows": WindowsModel(self), "shifts": ShiftsModel(self)}
        self.tables: dict[str, QTableView] = {}
        self.hints: dict[str, QLabel] = {}
        self._build()
        self._reader = self.coalesced(self._read, self._on_loaded, self._on_load_failed)
        self._apply_permissions()
        self._update_buttons()
        if self.live is not None:
            # Staff of every point are listed: a change anywhere may be one of them.
            self.track(self.live.changed, lambda _point: self.load())

    # ------------------------------------------------------------------------------------------ layout

    def _button(self, name: str, text: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        setattr(self, name, button)
        return button

    def _tab(self, table: str, title: str, left: list[QWidget], right: list[QWidget]) -> QWidget:
        tab = QWidget()
        tab.setObjectName(f"{table}Tab")
        column = QVBoxLayout(tab)
        row = QHBoxLayout()
        for widget in left:
            row.addWidget(widget)
        row.addStretch(1)
        for widget in right:
            row.addWidget(widget)
        column.addLayout(row)
        view = QTableView()
        view.setObjectName(f"{table}Table")
        view.setModel(self.models[table])
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        column.addWidget(view)
        hint = QLabel(
            self.tr("导入导出文件的第一行为列名，须照原样写英文列名：{columns}").format(
                columns=", ".join(COLUMNS[table])
            )
        )
        hint.setObjectName(f"{table}Hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.tables[table] = view
        self.hints[table] = hint
        self.tabs.addTab(tab, title)
        return tab

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "全县的工作人员，以及本服务点（{point}）的窗口和班次模板。人员不会删除：离职后不能再登录，"
                "以往的记录都保留。"
            ).format(point=self.point_code)
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        layout.addWidget(self.tabs)

        self.scopeCombo = QComboBox()
        self.scopeCombo.setObjectName("scopeCombo")
        self.scopeCombo.addItem(self.tr("全部服务点"), False)
        self.scopeCombo.addItem(self.tr("本服务点"), True)
        self.scopeCombo.currentIndexChanged.connect(self._filter_changed)
        self.showLeftCheck = QCheckBox(self.tr("显示已离职"))
        self.showLeftCheck.setObjectName("showLeftCheck")
        self.showLeftCheck.toggled.connect(self._filter_changed)
        import_tip = self.tr("从 CSV 或 XLSX 文件导入：按代码新增或更新，有一行出错则全部不导入")
        self.staffTab = self._tab(
            "staff",
            self.tr("人员"),
            [
                self._button("addStaffButton", self.tr("新增人员…"), self.add_staff),
                self._button("editStaffButton", self.tr("编辑…"), self.edit_staff),
                self._button(
                    "leaveButton", self.tr("离职"), self.leave, self.tr("离职后不能再登录；以往的记录都保留")
                ),
                self._button("resetPasswordButton", self.tr("重置密码…"), self.reset_password),
                self._button("unlockButton", self.tr("解锁"), self.unlock),
            ],
            [
                self.scopeCombo,
                self.showLeftCheck,
                self._button(
                    "importStaffButton", self.tr("导入…"), lambda: self.import_file("staff"), import_tip
                ),
                self._button("exportStaffButton", self.tr("导出…"), lambda: self.export_file("staff")),
            ],
        )
        self.windowsTab = self._tab(
            "windows",
            self.tr("窗口"),
            [
                self._button("addWindowButton", self.tr("新增窗口…"), self.add_window),
                self._button("editWindowButton", self.tr("编辑…"), self.edit_window),
                self._button(
                    "toggleWindowButton",
                    self.tr("停用"),
                    self.toggle_window,
                    self.tr("有记录的窗口不会删除，只能停用；可随时重新启用"),
                ),
            ],
            [
                self._button(
                    "importWindowsButton", self.tr("导入…"), lambda: self.import_file("windows"), import_tip
                ),
                self._button("exportWindowsButton", self.tr("导出…"), lambda: self.export_file("windows")),
            ],
        )
        self.shiftsTab = self._tab(
            "shifts",
            self.tr("班次"),
            [
                self._button("addShiftButton", self.tr("新增班次…"), self.add_shift),
                self._button("editShiftButton", self.tr("编辑…"), self.edit_shift),
            ],
            [
                self._button(
                    "importShiftsButton", self.tr("导入…"), lambda: self.import_file("shifts"), import_tip
                ),
                self._button("exportShiftsButton", self.tr("导出…"), lambda: self.export_file("shifts")),
            ],
        )
        self.tables["staff"].doubleClicked.connect(lambda _index: self.edit_staff())
        self.tables["windows"].doubleClicked.connect(lambda _index: self.edit_window())
        self.tables["shifts"].doubleClicked.connect(lambda _index: self.edit_shift())

    def write_buttons(self) -> list[QPushButton]:
        """The buttons that change people, windows or shifts (and the staff export: personal data)."""
        return [
            self.addStaffButton,
            self.editStaffButton,
            self.leaveButton,
            self.importStaffButton,
            self.exportStaffButton,
            self.addWindowButton,
            self.editWindowButton,
            self.toggleWindowButton,
            self.importWindowsButton,
            self.addShiftButton,
            self.editShiftButton,
            self.importShiftsButton,
        ]

    def _apply_permissions(self) -> None:
        self.may_edit = self.allows(roles.PEOPLE)
        self.may_manage_accounts = self.allows(roles.ACCOUNTS)
        for button in self.write_buttons():
            button.setVisible(self.may_edit)
        for button in (self.resetPasswordButton, self.unlockButton):
            button.setVisible(self.may_manage_accounts)

    # ------------------------------------------------------------------------------------------ loading

    def load(self) -> None:
        """Read everything the page shows in the background (once more if a read is running)."""
        self._reader.request()

    def _filter_changed(self) -> None:
        self.only_here = bool(self.scopeCombo.currentData())
        self.show_left = self.showLeftCheck.isChecked()
        self.load()

    def _read(self):
        return read_all(self.db, self.point_code, self.only_here, self.show_left)

    def _on_loaded(self, result: dict) -> None:
        self.categories = result["categories"]
        self.points = result["points"]
        by_code = {c.code: c for c in self.categories}
        for table in TABLES:
            model, view = self.models[table], self.tables[table]
            model.categories = by_code
            if model.rows == result[table]:
                continue  # most live changes are tickets elsewhere: keep the table (and its scrolling)
            selected = self.selected(table)
            model.set_rows(result[table])
            if selected is not None and (row := model.row_of(model.key(selected))) >= 0:
                view.selectRow(row)
        self._update_buttons()

    def _on_load_failed(self, exc: Exception) -> None:
        log.warning("people editor: %s", describe_error(exc))
        self.show_error(exc)

    def selected(self, table: str):
        rows = self.tables[table].selectionModel().selectedRows()
        return self.models[table].rows[rows[0].row()] if rows else None

    def select(self, table: str, key) -> None:
        row = self.models[table].row_of(key)
        if row >= 0:
            self.tables[table].selectRow(row)

    def _update_buttons(self) -> None:
        person, window, shift = self.selected("staff"), self.selected("windows"), self.selected("shifts")
        self.editStaffButton.setEnabled(person is not None)
        self.leaveButton.setEnabled(person is not None and person.record.active)
        has_account = person is not None and person.account is not None and person.account.has_account
        self.resetPasswordButton.setEnabled(person is not None and person.record.active)
        self.unlockButton.setEnabled(has_account and person.locked)
        self.editWindowButton.setEnabled(window is not None)
        self.toggleWindowButton.setEnabled(window is not None)
        self.toggleWindowButton.setText(
            self.tr("重新启用") if window is not None and not window.active else self.tr("停用")
        )
        self.editShiftButton.setEnabled(shift is not None)

    # ------------------------------------------------------------------------------------------ staff

    def add_staff(self) -> StaffDialog:
        return self._open_staff(StaffDialog(None, self.categories, self.points, self))

    def edit_staff(self) -> StaffDialog | None:
        row = self.selected("staff")
        if row is None:
            return None
        dialog = self._open_staff(StaffDialog(row.record, self.categories, self.points, self))
        if row.record.has_photo:
            db, code = self.db, row.record.code
            self.op(lambda: people.get_photo(db, code)).success(
                lambda data: self.dialog is dialog and dialog.show_photo(data, chosen=False)
            ).run()
        return dialog

    def _open_staff(self, dialog: StaffDialog) -> StaffDialog:
        db, actor, creating = self.db, self.actor, dialog.creating

        def write(form: StaffForm):
            if creating:
                return people.add_staff(db, form.record, actor=actor, photo=form.photo or None)
            fields = {k: v for k, v in asdict(form.record).items() if k not in ("code", "has_photo")}
            return people.edit_staff(db, form.record.code, actor=actor, photo=form.photo, **fields)

        dialog.photo_file_chosen.connect(lambda path: self.read_photo(dialog, path))
        return self.open_form(dialog, write, self._saved)

    def read_photo(self, dialog: StaffDialog, path: str | Path) -> None:
        """Read the chosen picture in the background and show it in the form (checked there)."""

        def read() -> bytes:
            with open(path, "rb") as handle:  # at most one byte past the limit: enough to refuse it
                return handle.read(people.MAX_PHOTO_BYTES + 1)

        self.op(read).success(lambda data: self.dialog is dialog and dialog.show_photo(data)).failure(
            lambda exc: self.dialog is dialog and dialog.show_photo_error(exc)
        ).run()

    def _saved(self, stored) -> None:
        name = getattr(stored, "name", "")
        key = getattr(stored, "code", None) or self.tr("{number} 号窗口").format(number=stored.number)
        self.say(self.tr("已保存 {code} {name}").format(code=key, name=name))
        self.load()

    def leave(self, confirm: bool = True) -> None:
        """The selected person leaves (asks first): inactive, every record that names them kept."""
        row = self.selected("staff")
        if row is None:
            return
        person = row.record
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("离职"),
                self.tr(
                    "{name}（{code}）离职？离职后不能再登录、排班或在窗口签到；以往的票号、排班和操作记录都会保留。"
                ).format(name=person.name, code=person.code),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, actor = self.db, self.actor
        self.op(lambda: people.leave(db, person.code, actor=actor)).success(
            lambda stored: self._after(
                self.tr("{name}（{code}）已离职").format(name=stored.name, code=stored.code)
            )
        ).failure(self.warn(self.tr("离职"))).run()

    def reset_password(self) -> PasswordDialog | None:
        """Give the selected person a temporary password (typed twice), to be changed at their next sign-in."""
        row = self.selected("staff")
        if row is None:
            return None
        person = row.record
        db, actor = self.db, self.actor
        dialog = PasswordDialog(person.code, person.name, self)
        return self.open_form(
            dialog,
            lambda password: accounts.reset_password(db, actor, person.code, password),
            lambda _none: self._after(
                self.tr("已为 {name}（{code}）设置临时密码，下次登录时须修改。").format(
                    name=person.name, code=person.code
                )
            ),
        )

    def unlock(self) -> None:
        row = self.selected("staff")
        if row is None:
            return
        person = row.record
        db, actor = self.db, self.actor
        self.op(lambda: accounts.unlock(db, actor, person.code)).success(
            lambda _was: self._after(
                self.tr("已解锁 {name}（{code}）的账号").format(name=person.name, code=person.code)
            )
        ).failure(self.warn(self.tr("解锁"))).run()

    def _after(self, text: str) -> None:
        self.say(text)
        self.load()

    # ------------------------------------------------------------------------------------------ windows

    def add_window(self) -> WindowDialog:
        numbers = [w.number for w in self.models["windows"].rows]
        dialog = WindowDialog(
            self.point_code, None, self.categories, self, next_number=max(numbers, default=0) + 1
        )
        db, actor = self.db, self.actor
        return self.open_form(dialog, lambda record: we.add_window(db, record, actor=actor), self._saved)

    def edit_window(self) -> WindowDialog | None:
        window = self.selected("windows")
        if window is None:
            return None
        dialog = WindowDialog(self.point_code, window, self.categories, self)
        db, actor = self.db, self.actor

        def write(record):
            changes = {k: getattr(record, k) for k in ("name", "categories", "tidal", "active")}
            return we.edit_window(db, record.point, record.number, actor=actor, **changes)

        return self.open_form(dialog, write, self._saved)

    def toggle_window(self, confirm: bool = True) -> None:
        """Deactivate the selected window (asks first), or reactivate a deactivated one."""
        window = self.selected("windows")
        if window is None:
            return
        if window.active and confirm:
            answer = QMessageBox.question(
                self,
                self.tr("停用窗口"),
                self.tr(
                    "停用 {number} 号窗口？窗口不会删除：它的叫号、排班记录都保留，可随时重新启用。"
                ).format(number=window.number),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, actor, active = self.db, self.actor, not window.active
        self.op(lambda: we.edit_window(db, window.point, window.number, actor=actor, active=active)).success(
            lambda stored: self._after(
                (
                    self.tr("已启用 {number} 号窗口") if stored.active else self.tr("已停用 {number} 号窗口")
                ).format(number=stored.number)
            )
        ).failure(self.warn(self.tr("窗口"))).run()

    # ------------------------------------------------------------------------------------------ shifts

    def add_shift(self) -> ShiftDialog:
        return self._open_shift(None)

    def edit_shift(self) -> ShiftDialog | None:
        shift = self.selected("shifts")
        return None if shift is None else self._open_shift(shift)

    def _open_shift(self, shift) -> ShiftDialog:
        codes = [s.code for s in self.models["shifts"].rows]
        dialog = ShiftDialog(self.point_code, shift, self.models["windows"].rows, codes, self)
        db, actor = self.db, self.actor
        return self.open_form(dialog, lambda record: we.save_shift(db, record, actor=actor), self._saved)

    # ------------------------------------------------------------------------------------------ files

    def import_file(self, table: str, path: str | Path | None = None) -> None:
        """Import staff, windows or shift templates from a CSV/XLSX file (asks which, when no path is given)."""
        if path is None:
            path = self.ask_table_path(self._stem(table), save=False)
            if not path:
                return
        db, actor, point = self.db, self.actor, self.point_code
        load = {
            "staff": lambda: people_io.import_staff(db, path, actor=actor),
            "windows": lambda: people_io.import_windows(db, point, path, actor=actor),
            "shifts": lambda: people_io.import_shifts(db, point, path, actor=actor),
        }[table]
        self.op(load).success(lambda result: self._on_imported(table, result, path)).failure(
            self.warn(self.tr("导入失败，未做任何更改"), describe_import_error)
        ).run()

    def _on_imported(self, table: str, result: ImportResult, path) -> None:
        text = self.tr(
            "已从 {file} 导入{what}：新增 {created} 个，更新 {updated} 个，{unchanged} 个未变。"
        ).format(
            file=Path(path).name,
            what=self._records(table),
            created=len(result.created),
            updated=len(result.updated),
            unchanged=len(result.unchanged),
        )
        self.say(text)
        self.inform(QMessageBox.Icon.Information, self.tr("导入完成"), text)
        self.load()

    def export_file(self, table: str, path: str | Path | None = None) -> None:
        """Export everybody, or this point's windows or shift templates, to a CSV/XLSX file."""
        if path is None:
            path = self.ask_table_path(self._stem(table), save=True)
            if not path:
                return
        db, actor, point = self.db, self.actor, self.point_code
        export = {
            "staff": lambda: people_io.export_staff(db, path, actor=actor),
            "windows": lambda: people_io.export_windows(db, point, path),
            "shifts": lambda: people_io.export_shifts(db, point, path),
        }[table]
        self.op(export).success(
            lambda rows: self.say(self.tr("已导出 {rows} 行到 {path}").format(rows=rows, path=path))
        ).failure(self.warn(self.tr("导出失败"))).run()

    def _records(self, table: str) -> str:
        """What a table's rows are, inside a sentence (人员记录 / staff records)."""
        return {
            "staff": self.tr("人员记录"),
            "windows": self.tr("窗口设置"),
            "shifts": self.tr("班次设置"),
        }[table]

    def _stem(self, table: str) -> str:
        return {"staff": self.tr("人员"), "windows": self.tr("窗口"), "shifts": self.tr("班次模板")}[table]
