"""The network editor (服务网络) for supervisors: the service points and the service catalogue.

Two tabs, each a table with 新增/编辑 (a form that checks as you go, :mod:`taxdesk.gui.network.dialogs`),
停用/停办, and 导入…/导出… for CSV and XLSX files (:mod:`taxdesk.core.catalogue_io`). Every read and write
runs on the desk's background runner; a change made here, or on another PC, refreshes the tables through
the live feed. An import is all or nothing: a bad row is reported as one sentence naming its row (第 N 行)
and nothing is written.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableView, QWidget

from taxdesk.core import catalogue_io, network_edit
from taxdesk.core.catalogue_io import ImportResult
from taxdesk.core.network import CategoryInfo
from taxdesk.core.network_edit import PointRecord, ServiceRecord
from taxdesk.gui import i18n
from taxdesk.gui.forms.ui_network_editor import Ui_NetworkEditor
from taxdesk.gui.messages import describe_error, describe_import_error
from taxdesk.gui.network.dialogs import PointDialog, ServiceDialog
from taxdesk.gui.network.models import PointsModel, RowsModel, ServicesModel, file_columns_text
from taxdesk.gui.page import PageContext
from taxdesk.gui.widgets.editor_page import EditorPage

log = logging.getLogger(__name__)


class NetworkEditor(EditorPage):
    folder_setting = "network/folder"

    """Points and catalogue of the whole network: add, edit, deactivate, import and export."""

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
    ):
        super().__init__(context, parent)
        self.ui = Ui_NetworkEditor()
        self.ui.setupUi(self)  # its look: resources/theme/network.qss
        self.points_model = PointsModel(self)
        self.services_model = ServicesModel(self)
        self.categories: list[CategoryInfo] = []
        self._reader = self.coalesced(self._read, self._on_loaded, self._on_load_failed)
        ui = self.ui
        for table, model in ((ui.pointsTable, self.points_model), (ui.servicesTable, self.services_model)):
            table.setModel(model)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.pointsTable.doubleClicked.connect(lambda _index: self.edit_point())
        ui.servicesTable.doubleClicked.connect(lambda _index: self.edit_service())
        ui.addPointButton.clicked.connect(lambda: self.add_point())
        ui.editPointButton.clicked.connect(lambda: self.edit_point())
        ui.togglePointButton.clicked.connect(lambda: self.toggle_point())
        ui.addServiceButton.clicked.connect(lambda: self.add_service())
        ui.editServiceButton.clicked.connect(lambda: self.edit_service())
        ui.withdrawServiceButton.clicked.connect(lambda: self.withdraw_service())
        ui.importPointsButton.clicked.connect(lambda: self.import_file("points"))
        ui.exportPointsButton.clicked.connect(lambda: self.export_file("points"))
        ui.importServicesButton.clicked.connect(lambda: self.import_file("services"))
        ui.exportServicesButton.clicked.connect(lambda: self.export_file("services"))
        for label in (ui.pointsHint, ui.servicesHint):
            label.setWordWrap(True)
        space = " " if i18n.current() == "en" else ""  # between two sentences
        ui.pointsHint.setText(
            self.tr("双击一行编辑；停用的服务点显示为灰色。") + space + self.columns_hint("points")
        )
        ui.servicesHint.setText(
            self.tr("停办：所有服务点都不再办理，业务仍留在目录中。") + space + self.columns_hint("services")
        )
        self._update_buttons()
        if self.live is not None:
            # The whole network's points and catalogue: a change at any point may be one of them.
            self.track(self.live.changed, lambda _point: self.load())

    def columns_hint(self, table: str) -> str:
        """What an import/export file's first row names, in the interface language; the names themselves
        stay as the importer reads them (code, name …), and the hint says so."""
        columns = catalogue_io.POINT_COLUMNS if table == "points" else catalogue_io.SERVICE_COLUMNS
        return self.tr("导入导出文件的第一行为列名，须照原样写英文列名：{columns}").format(
            columns=file_columns_text(table, columns)
        )

    # ------------------------------------------------------------------------------------------ loading

    def load(self) -> None:
        """Read points, catalogue and categories in the background (once more if a read is running)."""
        self._reader.request()

    def _read(self):
        db = self.db
        return network_edit.all_points(db), network_edit.all_services(db), network_edit.categories(db)

    def _on_loaded(self, result) -> None:
        points, services, categories = result
        self.categories = categories
        self.services_model.categories = {c.code: c for c in categories}
        for table, model, rows in (
            (self.ui.pointsTable, self.points_model, points),
            (self.ui.servicesTable, self.services_model, services),
        ):
            if model.rows == rows:
                continue  # most live changes are tickets elsewhere: keep the table (and its scrolling)
            selected = self._selected(table, model)
            model.set_rows(rows)
            if selected is not None and (row := model.row_of(selected.code)) >= 0:
                table.selectRow(row)
        self._update_buttons()

    def _on_load_failed(self, exc: Exception) -> None:
        log.warning("network editor: %s", describe_error(exc))
        self.show_error(exc)

    @staticmethod
    def _selected(table: QTableView, model: RowsModel):
        rows = table.selectionModel().selectedRows()
        return model.rows[rows[0].row()] if rows else None

    def selected_point(self) -> PointRecord | None:
        return self._selected(self.ui.pointsTable, self.points_model)

    def selected_service(self) -> ServiceRecord | None:
        return self._selected(self.ui.servicesTable, self.services_model)

    def select(self, table: str, code: str) -> None:
        view, model = (
            (self.ui.pointsTable, self.points_model)
            if table == "points"
            else (self.ui.servicesTable, self.services_model)
        )
        row = model.row_of(code)
        if row >= 0:
            view.selectRow(row)

    def _update_buttons(self) -> None:
        point, service = self.selected_point(), self.selected_service()
        ui = self.ui
        ui.editPointButton.setEnabled(point is not None)
        ui.togglePointButton.setEnabled(point is not None)
        ui.togglePointButton.setText(
            self.tr("重新启用") if point is not None and not point.active else self.tr("停用")
        )
        ui.editServiceButton.setEnabled(service is not None)
        ui.withdrawServiceButton.setEnabled(service is not None and bool(service.offered_at))

    # ------------------------------------------------------------------------------------------ editing

    def add_point(self) -> PointDialog:
        return self._open_dialog(PointDialog(None, self), network_edit.create_point)

    def edit_point(self) -> PointDialog | None:
        point = self.selected_point()
        if point is None:
            return None
        return self._open_dialog(PointDialog(point, self), network_edit.update_point)

    def add_service(self) -> ServiceDialog:
        dialog = ServiceDialog(None, self.categories, self.points_model.rows, self)
        return self._open_dialog(dialog, network_edit.create_service)

    def edit_service(self) -> ServiceDialog | None:
        service = self.selected_service()
        if service is None:
            return None
        dialog = ServiceDialog(service, self.categories, self.points_model.rows, self)
        return self._open_dialog(dialog, network_edit.update_service)

    def _open_dialog(self, dialog, write):
        """Show the form; each 保存 writes in the background and closes the form, or shows the refusal."""
        db, actor = self.db, self.actor
        return self.open_form(dialog, lambda record: write(db, record, actor=actor), self._on_saved)

    def _on_saved(self, stored) -> None:
        self.say(self.tr("已保存 {code} {name}").format(code=stored.code, name=stored.name))
        self.load()

    def toggle_point(self, confirm: bool = True) -> None:
        """Deactivate the selected point (or reactivate a deactivated one)."""
        point = self.selected_point()
        if point is None:
            return
        if point.active and confirm:
            answer = QMessageBox.question(
                self,
                self.tr("停用服务点"),
                self.tr(
                    "停用 {name}？停用后它不再出现在各处列表中，也不能取号；已有的记录保留，可随时重新启用。"
                ).format(name=point.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, active, actor = self.db, not point.active, self.actor
        self.op(lambda: network_edit.set_point_active(db, point.code, active, actor=actor)).success(
            lambda stored: self._after_change(
                self.tr("已启用 {name}") if stored.active else self.tr("已停用 {name}"), stored
            )
        ).failure(self.warn(self.tr("服务点"))).run()

    def withdraw_service(self, confirm: bool = True) -> None:
        """Offer the selected service nowhere (停办); it stays in the catalogue."""
        service = self.selected_service()
        if service is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("停办业务"),
                self.tr("所有服务点都不再办理「{name}」？业务仍留在目录中，可再编辑办理网点。").format(
                    name=service.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, actor = self.db, self.actor
        self.op(lambda: network_edit.withdraw_service(db, service.code, actor=actor)).success(
            lambda stored: self._after_change(self.tr("已停办 {name}"), stored)
        ).failure(self.warn(self.tr("服务目录"))).run()

    def _after_change(self, template: str, stored) -> None:
        self.say(template.format(name=stored.name))
        self.load()

    # ------------------------------------------------------------------------------------------ files

    def import_file(self, table: str, path: str | Path | None = None) -> None:
        """Import points or services from a CSV/XLSX file (asks which, when no path is given)."""
        if path is None:
            path = self._ask_path(table, save=False)
            if not path:
                return
        load = catalogue_io.import_points if table == "points" else catalogue_io.import_services
        db, actor = self.db, self.actor
        self.op(lambda: load(db, path, actor=actor)).success(
            lambda result: self._on_imported(result, path)
        ).failure(self.warn(self.tr("导入失败，未做任何更改"), describe_import_error)).run()

    def _on_imported(self, result: ImportResult, path) -> None:
        what = self.tr("服务点") if result.table == "points" else self.tr("业务")
        text = self.tr(
            "已从 {file} 导入{what}：新增 {created} 个，更新 {updated} 个，{unchanged} 个未变。"
        ).format(
            file=Path(path).name,
            what=what,
            created=len(result.created),
            updated=len(result.updated),
            unchanged=len(result.unchanged),
        )
        self.say(text)
        self.inform(QMessageBox.Icon.Information, self.tr("导入完成"), text)
        self.load()

    def export_file(self, table: str, path: str | Path | None = None) -> None:
        """Export the points or the catalogue to a CSV/XLSX file (asks where, when no path is given)."""
        if path is None:
            path = self._ask_path(table, save=True)
            if not path:
                return
        export = catalogue_io.export_points if table == "points" else catalogue_io.export_services
        db = self.db
        self.op(lambda: export(db, path)).success(
            lambda rows: self.say(self.tr("已导出 {rows} 行到 {path}").format(rows=rows, path=path))
        ).failure(self.warn(self.tr("导出失败"))).run()

    def _ask_path(self, table: str, save: bool) -> str:
        stem = self.tr("服务点") if table == "points" else self.tr("服务目录")
        return self.ask_table_path(stem, save)
