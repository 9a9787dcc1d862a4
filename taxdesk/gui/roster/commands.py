"""Editing a roster on the roster page (排班): undoable edits, the cell's context menu, the leave and wish
dialogs and the questions asked before an edit, a publication or an export.

Every edit — a drag, 锁定/解锁, 删除, the shifts cleared by 标记休假 and a solve's result — is a
:class:`RosterEdit` on the page's ``QUndoStack`` holding the whole roster before and after
(:class:`~taxdesk.gui.roster.models.RosterState`), so undo and redo put back a whole roster and the page
saves that whole roster as the draft. GUI thread only.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, QStandardPaths
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from taxdesk.core.roster.hall import PersonInfo, TemplateInfo
from taxdesk.core.roster.store import (
    DEFAULT_WISH_WEIGHT,
    LEAVE_REASON_MAX,
    WISH_WEIGHT_MAX,
    WISH_WEIGHT_MIN,
    StoredRoster,
    Wish,
)
from taxdesk.gui import i18n
from taxdesk.gui.forms.ui_leave_dialog import Ui_LeaveDialog
from taxdesk.gui.forms.ui_wish_dialog import Ui_WishDialog
from taxdesk.gui.roster.models import Cell, ChangesModel, RosterState, day_text, template_text, wish_text

FOLDER_SETTING = "roster/export_folder"
LEAVE_BEFORE_DAYS = 31  # leave may be recorded from a month before the week
LEAVE_LONGEST_DAYS = 366  # and last at most a year


class RosterEdit(QUndoCommand):
    """One edit: ``apply(state, save)`` puts a whole roster on the page (and saves it as the draft when
    ``save``). ``stored``: the edit's roster is in the database already (a solve), so the first redo only
    shows it."""

    def __init__(self, apply, before: RosterState, after: RosterState, text: str, *, stored: bool = False):
        super().__init__(text)
        self.apply, self.before, self.after = apply, before, after
        self._skip_save = stored

    def redo(self) -> None:
        save, self._skip_save = not self._skip_save, False
        self.apply(self.after, save)

    def undo(self) -> None:
        self.apply(self.before, True)


def date_edit_format() -> str:
    """How a date field shows its date in the interface language: 2025年6月30日 周一 / Mon Jun 30, 2025."""
    return "ddd MMM d, yyyy" if i18n.current() == "en" else "yyyy年M月d日 ddd"


def cell_menu(
    parent: QWidget, state: RosterState, cell: Cell, *, on_leave: bool, wishes=(), templates=None
) -> QMenu:
    """锁定/解锁, 删除, 标记休假… and, on a day of leave, 取消休假; 登记排班意愿… and 撤销意愿 for each of
    ``wishes`` (the person's wishes that day) — for one person's day. The page connects the actions by their
    ``objectName``: lock, unlock, delete, leave, unleave, wish, and ``unwish:<id>`` (the wish's id is also
    the action's ``data()``). ``templates``: the week's shift templates by code, to name a wish's shift."""
    menu = QMenu(parent)
    has_shift = state.shift(cell) is not None
    locked = cell in state.locked
    lock = menu.addAction(
        QCoreApplication.translate("RosterCommands", "解锁")
        if locked
        else QCoreApplication.translate("RosterCommands", "锁定（重新求解时保留）")
    )
    lock.setObjectName("unlock" if locked else "lock")
    lock.setEnabled(has_shift)
    delete = menu.addAction(QCoreApplication.translate("RosterCommands", "删除（当天不排班）"))
    delete.setObjectName("delete")
    delete.setEnabled(has_shift)
    menu.addSeparator()
    leave = menu.addAction(QCoreApplication.translate("RosterCommands", "标记休假…"))
    leave.setObjectName("leave")
    leave.setEnabled(not on_leave)
    if on_leave:
        back = menu.addAction(QCoreApplication.translate("RosterCommands", "取消休假"))
        back.setObjectName("unleave")
    menu.addSeparator()
    wish = menu.addAction(QCoreApplication.translate("RosterCommands", "登记排班意愿…"))
    wish.setObjectName("wish")
    for known in wishes:
        text = QCoreApplication.translate("RosterCommands", "撤销意愿：{wish}（权重 {weight}）")
        undo = menu.addAction(text.format(wish=wish_text(known, templates), weight=known.weight))
        undo.setObjectName(f"unwish:{known.id}")
        undo.setData(known.id)
    return menu


class LeaveDialog(QDialog):
    """标记休假: the days (from the day clicked; at most a year, from a month before the week) and a reason."""

    def __init__(self, name: str, day: date, monday: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LeaveDialog()
        self.ui.setupUi(self)
        self.ui.personLabel.setText(self.tr("为 {name} 记录休假（或其他不能上班的日子）：").format(name=name))
        earliest = monday - timedelta(days=LEAVE_BEFORE_DAYS)
        for edit in (self.ui.firstDate, self.ui.lastDate):
            edit.setDisplayFormat(date_edit_format())
            edit.setMinimumDate(_qdate(earliest))
            edit.setMaximumDate(_qdate(monday + timedelta(days=LEAVE_LONGEST_DAYS)))
            edit.setDate(_qdate(day))
        self.ui.reasonEdit.setMaxLength(LEAVE_REASON_MAX)
        self.ui.firstDate.dateChanged.connect(self._first_changed)
        self.ui.lastDate.dateChanged.connect(lambda _d: self._show_days())
        self._show_days()

    def _first_changed(self, first: QDate) -> None:
        """The last day never before the first, and the leave at most a year long."""
        self.ui.lastDate.setMinimumDate(first)
        self.ui.lastDate.setMaximumDate(first.addDays(LEAVE_LONGEST_DAYS - 1))
        self._show_days()

    def _show_days(self) -> None:
        first, last = self.first, self.last
        self.ui.daysLabel.setText(
            self.tr("共 {days} 天：{first} 至 {last}").format(
                days=(last - first).days + 1, first=day_text(first), last=day_text(last)
            )
        )

    @property
    def first(self) -> date:
        return self.ui.firstDate.date().toPython()

    @property
    def last(self) -> date:
        return self.ui.lastDate.date().toPython()

    @property
    def reason(self) -> str:
        return self.ui.reasonEdit.text().strip()


class WishDialog(QDialog):
    """登记排班意愿: to work or not to work a shift template (or any shift that day), with a weight. Offers
    the templates the person can work (tidal ones to rotating branch staff, the others to the hall's own),
    and is filled in from the wish already recorded for the chosen template (recording replaces it)."""

    def __init__(
        self,
        person: PersonInfo,
        day: date,
        templates: dict[str, TemplateInfo],
        wishes: Sequence[Wish] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_WishDialog()
        self.ui.setupUi(self)
        self.wishes = {w.template: w for w in wishes}
        self.templates = templates
        self.ui.personLabel.setText(f"<b>{html.escape(person.name)}</b> · {day_text(day)}")
        self.ui.weightSpin.setRange(WISH_WEIGHT_MIN, WISH_WEIGHT_MAX)
        self.ui.weightSpin.setValue(DEFAULT_WISH_WEIGHT)
        combo = self.ui.templateCombo
        combo.addItem(self.tr("任一班次（当天）"), None)
        for code, template in templates.items():
            if template.tidal == person.rotating or code in self.wishes:
                combo.addItem(template_text(template), code)
        combo.currentIndexChanged.connect(lambda _i: self._show_wish())
        if wishes:
            combo.setCurrentIndex(max(combo.findData(wishes[0].template), 0))
        self._show_wish()

    def _show_wish(self) -> None:
        """The wish recorded for the chosen template (if any) in the widgets, and a word that OK replaces it."""
        known = self.wishes.get(self.template)
        if known is not None:
            (self.ui.wantsRadio if known.wants else self.ui.notWantsRadio).setChecked(True)
            self.ui.weightSpin.setValue(known.weight)
            self.ui.replaceLabel.setText(
                self.tr("已登记：{wish}，权重 {weight}。确定后将替换它。").format(
                    wish=wish_text(known, self.templates), weight=known.weight
                )
            )
        else:
            self.ui.replaceLabel.setText("")
        self.ui.replaceLabel.setVisible(known is not None)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the wrapped lines (longer in English): a dialog's own size ignores them."""
        self.layout().activate()
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    @property
    def wants(self) -> bool:
        return self.ui.wantsRadio.isChecked()

    @property
    def template(self) -> str | None:
        return self.ui.templateCombo.currentData()

    @property
    def weight(self) -> int:
        return self.ui.weightSpin.value()


class ChangesDialog(QDialog):
    """重新求解的结果: what the re-solve would change in the version on screen (who, which day, from → to),
    to accept (采用, stored as the draft) or discard (放弃, nothing changes). Opened without blocking the
    page; the page acts on ``accepted`` / ``rejected``."""

    def __init__(self, week, changes, version: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("RosterChangesDialog")
        self.setWindowTitle(self.tr("重新求解的结果"))
        layout = QVBoxLayout(self)
        people = len({c.staff for c in changes})
        self.summary = QLabel(
            self.tr(
                "与第 {version} 版相比，有 {count} 处安排改变（涉及 {people} 人）。采用后保存为草稿；放弃则排班不变。"
            ).format(version=version, count=len(changes), people=people)
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ChangesModel(self)
        self.model.set_changes(week, changes)
        self.table = QTableView(self)
        self.table.setObjectName("changesTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(self.tr("采用"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self.buttons.addButton(self.tr("放弃"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, min(560, 160 + 28 * len(changes)))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def confirm_new_version(parent: QWidget, stored: StoredRoster) -> bool:
    """Asked before the first change to a published week: it starts the next version (supervisors only)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("RosterCommands", "修改已发布的排班"),
        QCoreApplication.translate(
            "RosterCommands",
            "第 {version} 版已发布，是只读的。\n修改将另起第 {next} 版草稿（只有值班长可以），"
            "第 {version} 版保持不变，直到新版本发布。\n继续修改吗？",
        ).format(version=stored.version, next=stored.version + 1),
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_publish(parent: QWidget, stored: StoredRoster, week: str, point_name: str, broken: int) -> bool:
    text = QCoreApplication.translate(
        "RosterCommands", "发布 {point} {week} 的第 {version} 版排班？\n发布后只读；再修改将另起新版本。"
    ).format(point=point_name, week=week, version=stored.version)
    if broken:
        text += "\n\n" + QCoreApplication.translate(
            "RosterCommands", "注意：当前排班违反 {count} 条硬性规则。"
        ).format(count=broken)
    answer = QMessageBox.question(parent, QCoreApplication.translate("RosterCommands", "发布排班"), text)
    return answer == QMessageBox.StandardButton.Yes


def ask_export_path(parent: QWidget, name: str, suffix: str) -> str:
    """Where to write the roster (``suffix``: pdf or xlsx); the folder is remembered per PC."""
    store = QSettings()
    folder = str(
        store.value(FOLDER_SETTING, "")
        or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    kinds = {
        "pdf": QCoreApplication.translate("RosterCommands", "PDF 文件 (*.pdf)"),
        "xlsx": QCoreApplication.translate("RosterCommands", "Excel 工作簿 (*.xlsx)"),
    }
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RosterCommands", "保存排班表"),
        str(Path(folder) / f"{name}.{suffix}"),
        kinds[suffix],
    )
    if path:
        if not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        store.setValue(FOLDER_SETTING, str(Path(path).parent))
    return path
