"""The audit view (审计日志) for supervisors and administrators: who did what to which object, when and
from which PC, with what changed; 校验 checks the hash chain, 导出… writes what the filters select.

Everything goes through :mod:`taxdesk.core.audit`, which checks that the signed-in person may read the
trail (AUDIT_VIEW) and records the export itself; the page shows a refusal as one sentence. Reads run on
the desk's background runner (:meth:`Page.coalesced`), at most :data:`LIMIT` entries, newest first. Audit
entries do not reach the live feed, so the view reads again when it is shown and on 刷新.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taxdesk.core import audit, clock
from taxdesk.core.audit import Entry, Filters, VerifyResult
from taxdesk.core.errors import NotAllowed, NotSignedIn
from taxdesk.gui import theme
from taxdesk.gui.audit.kinds import group_name, grouped, kind_name
from taxdesk.gui.audit.models import AuditModel, local_time
from taxdesk.gui.audit.summary import pretty
from taxdesk.gui.messages import describe_error
from taxdesk.gui.page import Page, PageContext

log = logging.getLogger(__name__)

LIMIT = 2000  # entries the table holds; a note says when the filters select more
DAYS = 7  # the default period: the last seven days, today included
FOLDER_SETTING = "audit/folder"
FORMATS = (".xlsx", ".csv")


class AuditPage(Page):
    """Filters, the entries newest first, the selected entry in full, verify and export."""

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setObjectName("AuditPage")  # its look: resources/theme/audit.qss
        self.model = AuditModel(self)
        self.more = False  # the filters select more than the table holds
        self._wanted: tuple = (None, Filters())  # (actor, filters) of the read asked for last
        self._reader = self.coalesced(self._read, self._on_loaded, self._on_load_failed)
        self._build()
        self._fill_kinds([])
        self.reset_period()
        self.ui_actor.lineEdit().editingFinished.connect(self.load)
        self.ui_actor.activated.connect(lambda _index: self.load())
        self.ui_kind.currentIndexChanged.connect(lambda _index: self.load())
        self.ui_object.editingFinished.connect(self.load)
        self.ui_since.dateChanged.connect(lambda _day: self.load())
        self.ui_until.dateChanged.connect(lambda _day: self.load())
        self.ui_refresh.clicked.connect(self.load)
        self.ui_verify.clicked.connect(self.verify)
        self.ui_export.clicked.connect(lambda: self.export())
        self.ui_table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

    # ------------------------------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.ui_actor = QComboBox(objectName="actorCombo", editable=True)
        self.ui_actor.lineEdit().setPlaceholderText(self.tr("全部人员"))
        self.ui_actor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ui_actor.setMinimumContentsLength(10)
        self.ui_actor.setToolTip(self.tr("工号：从列表中选择，或直接输入"))
        self.ui_kind = QComboBox(objectName="kindCombo")
        self.ui_kind.setMinimumContentsLength(12)
        self.ui_object = QLineEdit(objectName="objectEdit", placeholderText=self.tr("对象包含…"))
        self.ui_object.setClearButtonEnabled(True)
        self.ui_since = QDateEdit(objectName="sinceEdit", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.ui_until = QDateEdit(objectName="untilEdit", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.ui_refresh = QPushButton(self.tr("刷新"), objectName="refreshButton")
        filters = QHBoxLayout()
        for label, widget, stretch in (
            (self.tr("人员"), self.ui_actor, 2),
            (self.tr("类别"), self.ui_kind, 3),
            (self.tr("对象"), self.ui_object, 3),
            (self.tr("从"), self.ui_since, 0),
            (self.tr("至"), self.ui_until, 0),
        ):
            filters.addWidget(QLabel(label, buddy=widget))
            filters.addWidget(widget, stretch)
        filters.addWidget(self.ui_refresh)

        self.ui_note = QLabel(objectName="noteLabel")
        self.ui_result = QLabel(objectName="verifyLabel", wordWrap=True)
        self.ui_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui_result.hide()
        self.ui_verify = QPushButton(self.tr("校验"), objectName="verifyButton")
        self.ui_verify.setToolTip(self.tr("重新计算每条记录的哈希，检查链条是否完整"))
        self.ui_export = QPushButton(self.tr("导出…"), objectName="exportButton")
        self.ui_export.setToolTip(self.tr("把筛选出的全部记录导出为 Excel（.xlsx）或 CSV 文件"))
        actions = QHBoxLayout()
        actions.addWidget(self.ui_note, 1)
        actions.addWidget(self.ui_verify)
        actions.addWidget(self.ui_export)

        self.ui_table = QTableView(objectName="auditTable")
        self.ui_table.setModel(self.model)
        self.ui_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ui_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ui_table.setAlternatingRowColors(True)
        self.ui_table.setWordWrap(False)
        self.ui_table.verticalHeader().hide()
        header = self.ui_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 150), (1, 90), (2, 120), (3, 130), (4, 200)):
            header.resizeSection(column, width)
        self.ui_detail = QPlainTextEdit(objectName="detailText", readOnly=True)
        self.ui_detail.setPlaceholderText(self.tr("选中一行，这里显示变更前后的完整内容。"))
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="splitter")
        splitter.addWidget(self.ui_table)
        splitter.addWidget(self.ui_detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.ui_result)
        layout.addWidget(splitter, 1)

    def _fill_kinds(self, seen: list[str]) -> None:
        """全部类别, then each group (its kinds' prefix) followed by its kinds, indented; the raw kind (or
        prefix) is each item's data and tooltip. Keeps the choice."""
        combo = self.ui_kind
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("全部类别"), None)
        for prefix, kinds in grouped(seen):
            combo.addItem(self.tr("{group}（全部）").format(group=group_name(prefix)), f"{prefix}.")
            combo.setItemData(combo.count() - 1, f"{prefix}.*", Qt.ItemDataRole.ToolTipRole)
            for kind in kinds:
                combo.addItem("    " + kind_name(kind), kind)
                combo.setItemData(combo.count() - 1, kind, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_actors(self, codes: list[str]) -> None:
        combo = self.ui_actor
        typed = combo.currentText()
        if [combo.itemText(n) for n in range(combo.count())] == codes:
            return
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(codes)
        combo.setCurrentIndex(-1)
        combo.setEditText(typed)
        combo.blockSignals(False)

    def reset_period(self) -> None:
        """The last :data:`DAYS` days, today included."""
        today = clock.service_date(clock.now())
        for edit, day in ((self.ui_since, today - timedelta(days=DAYS - 1)), (self.ui_until, today)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    # ------------------------------------------------------------------------------------------ reading

    def filters(self) -> Filters | None:
        """What the filters select (without the table's limit), or None after saying why they cannot."""
        since, until = _day(self.ui_since.date()), _day(self.ui_until.date())
        if until < since:
            self._note(self.tr("结束日期早于开始日期：请调整日期。"), "warning")
            return None
        return Filters(
            actor=self.ui_actor.currentText().strip() or None,
            kind=self.ui_kind.currentData(),
            obj=self.ui_object.text().strip() or None,
            since=since,
            until=until,
        )

    def load(self) -> None:
        """Read the entries the filters select, in the background (once more if a read is running)."""
        filters = self.filters()
        if filters is None:
            return
        self._wanted = (self.actor, replace(filters, limit=LIMIT + 1))
        self._reader.request()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.load()  # audit entries do not reach the live feed: read again whenever the view is shown

    def _read(self):
        """Background: the entries (one more than the table holds, to know there are more), and the staff
        codes and kinds the trail holds, for the filters."""
        actor, filters = self._wanted
        return audit.entries(self.db, filters, actor=actor), audit.seen(self.db, actor=actor)

    def _on_loaded(self, result) -> None:
        found, (actors, kinds) = result
        self.more = len(found) > LIMIT
        selected = self.selected()
        self.model.set_rows(found[:LIMIT])
        self._fill_actors(actors)
        self._fill_kinds(kinds)
        if selected is not None and (row := self.model.row_of(selected.id)) >= 0:
            self.ui_table.selectRow(row)
        self._show_selected()
        if self.more:
            text = self.tr("只显示最新的 {limit} 条：筛选出的记录更多，请缩小范围（导出包含全部）。")
            self._note(text.format(limit=LIMIT), "caution")
        else:
            self._note(self.tr("共 {count} 条").format(count=len(found)), "")

    def _on_load_failed(self, exc: Exception) -> None:
        log.info("audit view: %s", describe_error(exc))
        if isinstance(exc, NotAllowed | NotSignedIn):  # a refused person sees nothing of the trail
            self.model.set_rows([])
            self._show_selected()
        self._note(describe_error(exc), "warning")
        self.show_error(exc)

    def _note(self, text: str, tone: str) -> None:
        self.ui_note.setText(text)
        theme.set_tone(self.ui_note, tone)

    # ------------------------------------------------------------------------------------------ detail

    def selected(self) -> Entry | None:
        rows = self.ui_table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            self.ui_detail.clear()
            return
        lines = [
            f"#{entry.id}  {kind_name(entry.kind)} ({entry.kind})",
            self.tr("时间：{time}　人员：{actor}　电脑：{host}").format(
                time=local_time(entry), actor=entry.actor, host=entry.host
            ),
            self.tr("对象：{object}").format(object=entry.object or "—"),
            "",
            self.tr("变更前："),
            pretty(entry.before),
            "",
            self.tr("变更后："),
            pretty(entry.after),
            "",
            self.tr("哈希：{hash}").format(hash=entry.hash),
        ]
        self.ui_detail.setPlainText("\n".join(lines))

    # ------------------------------------------------------------------------------------------ verify

    def verify(self) -> None:
        """Check the whole chain in the background and say plainly whether it holds."""
        actor, db = self.actor, self.db
        self.ui_verify.setEnabled(False)
        self._show_result(self.tr("正在校验……"), "")
        self.op(lambda: audit.verify(db, actor=actor)).success(self._verified).failure(
            self._verify_failed
        ).run()

    def _verified(self, result: VerifyResult) -> None:
        self.ui_verify.setEnabled(True)
        if result.ok:
            text = self.tr("审计日志完整：{count} 条，链条无断点。").format(count=result.checked)
            if result.head_id is not None:
                text += self.tr("最新一条 #{id}，哈希 {hash}（请记下，以便日后核对）").format(
                    id=result.head_id, hash=result.head_hash
                )
            self._show_result(text, "good")
            return
        row = self.model.row_of(result.broken_id)
        where = self.tr("第 {id} 条记录").format(id=result.broken_id)
        if row >= 0:
            entry = self.model.row(row)
            where += self.tr("（{kind}，{time}）").format(kind=kind_name(entry.kind), time=local_time(entry))
            self.ui_table.selectRow(row)
        reason = self._reason(result.broken_reason)
        text = self.tr("审计日志不完整：{where}{reason}。其前 {checked} 条完好。").format(
            where=where, reason=reason, checked=result.checked
        )
        self._show_result(text, "warning")
        self.load()  # show the entries as they are now stored (the broken one stays selected)

    def _reason(self, reason: str | None) -> str:
        reasons = {
            "content_changed": self.tr("的内容与其哈希不符（被改动过）"),
            "missing": self.tr("之前的记录缺失或被改动"),
            "reordered": self.tr("接在一条更晚的记录之后（记录顺序被打乱）"),
            "forked": self.tr("与另一条记录接在同一条记录之后（链条分叉）"),
            "start_unvouched": self.tr("是日志的第一条，但没有清理记录为它作证（之前的记录缺失）"),
        }
        return reasons.get(reason, self.tr("有问题（{reason}）").format(reason=reason))

    def _verify_failed(self, exc: Exception) -> None:
        self.ui_verify.setEnabled(True)
        self._show_result(describe_error(exc), "warning")
        self.show_error(exc)

    def _show_result(self, text: str, tone: str) -> None:
        self.ui_result.setText(text)
        self.ui_result.show()
        theme.set_tone(self.ui_result, tone)

    # ------------------------------------------------------------------------------------------ export

    def export(self, path: str | Path | None = None) -> None:
        """Write every entry the filters select (not only the table's) to an XLSX or, by the file's
        suffix, CSV file (asks where, when no path is given); the core records the export."""
        filters = self.filters()
        if filters is None:
            return
        if path is None:
            path = self._ask_path()
            if not path:
                return
        actor, db = self.actor, self.db
        self.ui_export.setEnabled(False)
        self.op(lambda: audit.export(db, path, filters, actor=actor)).success(
            lambda rows: self._exported(rows, path)
        ).failure(self._export_failed).run()

    def _exported(self, rows: int, path) -> None:
        self.ui_export.setEnabled(True)
        self.say(self.tr("已导出 {rows} 条审计记录到 {path}").format(rows=rows, path=path))
        self.load()  # the export is itself an entry now

    def _export_failed(self, exc: Exception) -> None:
        self.ui_export.setEnabled(True)
        self._note(describe_error(exc), "warning")
        self.show_error(exc)

    def _ask_path(self) -> str:
        store = QSettings()
        folder = str(
            store.value(FOLDER_SETTING, "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        stem = self.tr("审计日志")
        suggested = str(Path(folder) / f"{stem}-{clock.service_date(clock.now()):%Y%m%d}.xlsx")
        filters = self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("导出审计日志"), suggested, filters)
        if path and Path(path).suffix.lower() not in FORMATS:
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        if path:
            store.setValue(FOLDER_SETTING, str(Path(path).parent))
        return path


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
