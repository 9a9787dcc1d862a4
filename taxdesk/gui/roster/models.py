"""What the roster page (排班) shows in words: the roster being edited as an immutable state, the hard-rule
breaks in the officers' language (with the figures that break them), and the sentences about versions
and solves.

The rules and numbers all come from the core (:mod:`taxdesk.core.roster`); this module only words them.
A :class:`RosterState` is one whole roster with its locks: edits make new states, so the undo stack only
keeps states and every save stores a whole roster. GUI thread only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from taxdesk.core.roster.check import Violation, overlap
from taxdesk.core.roster.hall import REGULAR, TIDAL, HallWeek, TemplateInfo
from taxdesk.core.roster.model import Reason, Roster, Solution
from taxdesk.core.roster.service import planned, roster_of
from taxdesk.core.roster.sheet import clock_text
from taxdesk.core.roster.store import Planned, StoredRoster, Wish
from taxdesk.gui import i18n, theme
from taxdesk.gui.messages import MESSAGES
from taxdesk.gui.widgets.models import RowsModel

CONTEXT = "RosterModels"
Cell = tuple[str, int]  # (staff code, day index in the week)

BROKEN_FILL = theme.colour("problem_bg")  # a cell or a name that breaks a hard rule
BROKEN_INK = theme.colour("warning")
MUTED_INK = theme.colour("muted")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def day_text(day: date) -> str:
    """6月30日 周一 / Mon Jun 30 (the interface language's form)."""
    return i18n.day_and_weekday(day)


def moment_text(moment: datetime) -> str:
    """6月30日 19:40 / Jun 30 19:40."""
    return f"{i18n.month_day(moment.date())} {moment:%H:%M}"


def clock_text_min(minutes: int) -> str:
    """Minutes after midnight as rosters write them: 8:30, 17:00."""
    return clock_text(time(minutes // 60 % 24, minutes % 60))


def times_text(template: TemplateInfo) -> str:
    """8:30–17:00."""
    return f"{clock_text_min(template.start_min)}–{clock_text_min(template.end_min)}"


def template_name(template: TemplateInfo) -> str:
    """全天 / Full day: a shift template's name in the interface language. A template without an English
    name (``name_en``, see :func:`taxdesk.gui.roster.solve.with_english_names`) reads as its clock times in
    English, never as Chinese."""
    return i18n.localized(template.name, getattr(template, "name_en", "") or times_text(template))


_QUALIFIER = re.compile(r"\s*[（(][^）)]*[）)]")


def plain_name(name: str) -> str:
    """A shift's name without its qualifier (上午（潮汐） → 上午, Morning (tidal) → Morning), for the
    halves of a split day where both must fit one line; the name itself when nothing else is left."""
    return _QUALIFIER.sub("", name).strip() or name


def template_text(template: TemplateInfo) -> str:
    """全天 8:30–17:00: the name and the clock times (once, when the name is the times)."""
    name, times = template_name(template), times_text(template)
    return name if name == times else f"{name} {times}"


def category_name(category) -> str:
    """综合服务 / General services: a queue category of the catalogue in the interface language."""
    return i18n.localized(category.name, getattr(category, "name_en", ""))


# ------------------------------------------------------------------------------------------ state


@dataclass(frozen=True)
class RosterState:
    """A whole roster being edited: each person's shift id (or None) per day, and the locked cells."""

    shifts: tuple[tuple[str, tuple[str | None, ...]], ...]
    locked: frozenset[Cell] = frozenset()

    @classmethod
    def of(cls, roster: Roster, locked=frozenset()) -> RosterState:
        cells = frozenset((p, d) for p, d in locked if p in roster and roster[p][d] is not None)
        return cls(tuple((person, tuple(days)) for person, days in roster.items()), cells)

    @classmethod
    def from_stored(cls, week: HallWeek, stored: StoredRoster | None) -> RosterState:
        if stored is None:
            return cls.of({p.id: [None] * week.problem.days for p in week.problem.people})
        index = {d.day: i for i, d in enumerate(week.days)}
        locked = {(a.staff, index[a.day]) for a in stored.assignments if a.locked and a.day in index}
        return cls.of(roster_of(week, stored), locked)

    @property
    def roster(self) -> Roster:
        return {person: list(days) for person, days in self.shifts}

    def shift(self, cell: Cell) -> str | None:
        person, day = cell
        days = dict(self.shifts).get(person)
        return days[day] if days is not None else None

    def _with(self, changes: dict[Cell, str | None], locked: frozenset[Cell]) -> RosterState:
        roster = self.roster
        for (person, day), shift in changes.items():
            roster[person][day] = shift
        return RosterState.of(roster, locked)

    def moved(self, source: Cell, target: Cell) -> RosterState | None:
        """The assignment of ``source`` put on ``target`` (what ``target`` had goes to ``source``: a swap),
        each keeping its lock; None when there is nothing to move."""
        first, second = self.shift(source), self.shift(target)
        if source == target or first is None:
            return None
        locked = set(self.locked - {source, target})
        if source in self.locked:
            locked.add(target)
        if target in self.locked and second is not None:
            locked.add(source)
        return self._with({source: second, target: first}, frozenset(locked))

    def with_lock(self, cell: Cell, lock: bool) -> RosterState | None:
        if self.shift(cell) is None or (cell in self.locked) == lock:
            return None
        return RosterState(self.shifts, self.locked | {cell} if lock else self.locked - {cell})

    def without(self, cells) -> RosterState | None:
        """The assignments of ``cells`` removed (None when none of them had one)."""
        cells = [c for c in cells if self.shift(c) is not None]
        if not cells:
            return None
        return self._with(dict.fromkeys(cells), self.locked - set(cells))

    def planned(self, week: HallWeek) -> list[Planned]:
        return planned(week, self.roster, set(self.locked))


# ------------------------------------------------------------------------------------------ words


def version_text(stored: StoredRoster | None) -> str:
    if stored is None:
        return QCoreApplication.translate("RosterModels", "本周尚未排班")
    if stored.published:
        return QCoreApplication.translate(
            "RosterModels", "第 {version} 版 · 已发布（{time}，{name}）· 只读"
        ).format(
            version=stored.version, time=moment_text(stored.published_at), name=stored.published_by or ""
        )
    if not stored.created_by:  # saved from the command line before anyone signed in
        return QCoreApplication.translate("RosterModels", "第 {version} 版 · 草稿（{time} 保存）").format(
            version=stored.version, time=moment_text(stored.created_at)
        )
    return QCoreApplication.translate("RosterModels", "第 {version} 版 · 草稿（{time} {name} 保存）").format(
        version=stored.version, time=moment_text(stored.created_at), name=stored.created_by
    )


def number_text(value: float | None) -> str:
    if value is None or value != value or abs(value) == float("inf"):
        return "—"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def gap_text(gap: float) -> str:
    """与最优相差不超过 3%: a gap in a supervisor's words (never below 0.1 %, never "0 %" when not proven)."""
    share = max(gap, 0.001)
    figure = f"{share:.0%}" if share >= 0.01 else f"{share:.1%}"
    return QCoreApplication.translate("RosterModels", "与最优相差不超过 {gap}").format(gap=figure)


def _gap(objective: float | None, bound: float | None) -> float | None:
    finite = all(v is not None and v == v and abs(v) != float("inf") for v in (objective, bound))
    if not finite or not objective:
        return None
    return max(0.0, (objective - bound) / abs(objective))


def progress_text(objective: float, bound: float, seconds: float) -> str:
    """正在求解：与最优相差不超过 12%（3.2 秒）: how far the best roster found so far may be from the best
    (the figures themselves are in :func:`figures_text`, for a tooltip)."""
    gap = _gap(objective, bound)
    if gap is None:
        return QCoreApplication.translate(
            "RosterModels", "正在求解：已找到一个排班，正在改进（{seconds:.1f} 秒）"
        ).format(seconds=seconds)
    if gap == 0:
        return QCoreApplication.translate(
            "RosterModels", "正在求解：已找到最优排班，正在确认（{seconds:.1f} 秒）"
        ).format(seconds=seconds)
    return QCoreApplication.translate("RosterModels", "正在求解：{gap}（{seconds:.1f} 秒）").format(
        gap=gap_text(gap), seconds=seconds
    )


def figures_text(objective: float | None, bound: float | None, seconds: float | None = None) -> str:
    """The solver's figures for a tooltip: 罚分（目标值）, 下界, 差距 and the time."""
    gap = _gap(objective, bound)
    text = QCoreApplication.translate("RosterModels", "罚分（目标值）{objective}，下界 {bound}").format(
        objective=number_text(objective), bound=number_text(bound)
    )
    if gap is not None:
        text += QCoreApplication.translate("RosterModels", "，差距 {gap:.1%}").format(gap=gap)
    if seconds is not None:
        text += QCoreApplication.translate("RosterModels", "，用时 {seconds:.1f} 秒").format(seconds=seconds)
    return text


def solve_text(solution: Solution, stored: bool) -> str:
    """What a solve came to, in plain words: 已找到最优排班, or how close to the best it is, cancelled or no
    roster (the figures are in :func:`figures_text`)."""
    if solution.status == "optimal":
        return QCoreApplication.translate("RosterModels", "已找到最优排班")
    if solution.status == "time_limit" and solution.roster:
        return QCoreApplication.translate("RosterModels", "已到求解时限：{gap}").format(
            gap=gap_text(solution.gap or 0.0)
        )
    if solution.status == "cancelled":
        return (
            QCoreApplication.translate("RosterModels", "已取消，保留找到的最好排班")
            if stored
            else QCoreApplication.translate("RosterModels", "已取消，排班未改变")
        )
    if solution.status == "infeasible":
        return QCoreApplication.translate("RosterModels", "无可行排班：原因见下方")
    return QCoreApplication.translate("RosterModels", "时限内未找到排班，排班未改变")


def change_shift_text(week: HallWeek, shift: str | None) -> str:
    """全天（2号窗口 A）, or 休 for a day off."""
    return QCoreApplication.translate("RosterModels", "休") if shift is None else shift_label(week, shift)


class ChangesModel(RowsModel):
    """What a re-solve would change against the version on screen: who, which day, from → to."""

    context = CONTEXT
    headers = (
        QT_TRANSLATE_NOOP("RosterModels", "人员"),
        QT_TRANSLATE_NOOP("RosterModels", "日期"),
        QT_TRANSLATE_NOOP("RosterModels", "原安排"),
        QT_TRANSLATE_NOOP("RosterModels", "新安排"),
    )

    def set_changes(self, week: HallWeek, changes) -> None:
        self.set_rows(
            [
                (
                    f"{c.name}（{c.staff}）",
                    day_text(c.day),
                    change_shift_text(week, c.before),
                    change_shift_text(week, c.after),
                    c,
                )
                for c in changes
            ]
        )

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        return None


def reason_text(reason: Reason) -> str:
    """One reason there is no roster, in the interface language (the core's English when not translated)."""
    template = MESSAGES.get(reason.key)
    if template is None:
        return reason.text
    try:
        return QCoreApplication.translate("Messages", template).format(**reason.params)
    except (KeyError, IndexError):
        return reason.text


RULES = {
    "day_off_leave": QT_TRANSLATE_NOOP("RosterModels", "当天休假，却排了{shift}"),
    "day_off": QT_TRANSLATE_NOOP("RosterModels", "当天不上班，却排了{shift}"),
    "skills_tidal": QT_TRANSLATE_NOOP("RosterModels", "{shift}是本厅人员的班次，分局轮值人员只上潮汐班次"),
    "skills_regular": QT_TRANSLATE_NOOP("RosterModels", "{shift}是潮汐班次，只排分局轮值人员"),
    "skills": QT_TRANSLATE_NOOP("RosterModels", "不会办理{categories}，不能上{shift}"),
    "max_shifts": QT_TRANSLATE_NOOP("RosterModels", "{shift}排了 {count} 次，最多 {limit} 次"),
    "min_minutes": QT_TRANSLATE_NOOP("RosterModels", "本周只排了 {hours} 小时，至少 {limit} 小时"),
    "max_minutes": QT_TRANSLATE_NOOP("RosterModels", "本周排了 {hours} 小时，最多 {limit} 小时"),
    "max_consecutive": QT_TRANSLATE_NOOP("RosterModels", "连续上班 {count} 天，最多 {limit} 天"),
    "min_consecutive": QT_TRANSLATE_NOOP("RosterModels", "只连续上班 {count} 天，至少 {limit} 天"),
    "min_days_off": QT_TRANSLATE_NOOP("RosterModels", "只连续休息 {count} 天，至少 {limit} 天"),
    "max_weekends": QT_TRANSLATE_NOOP("RosterModels", "上了 {count} 个周末的班，最多 {limit} 个"),
    "succession": QT_TRANSLATE_NOOP("RosterModels", "{first}的次日不能接{second}"),
    "min_rest": QT_TRANSLATE_NOOP("RosterModels", "两班之间只休息 {hours} 小时，至少 {limit} 小时"),
    "lock": QT_TRANSLATE_NOOP("RosterModels", "锁定的安排被改动了"),
    "day_shifts": QT_TRANSLATE_NOOP("RosterModels", "按合同每天只上半天，却排了{shift}"),
    "window": QT_TRANSLATE_NOOP(
        "RosterModels", "{shift}与{other}同时占用{window}号窗口：一个窗口同一时间只能坐一个人"
    ),
}


def wish_text(wish: Wish, templates: dict[str, TemplateInfo] | None = None) -> str:
    """想上 下午（潮汐）, 不想上 全天, 想上班（当天任一班次）, 想休息（当天不上班）; the template named in the
    interface language when ``templates`` (the week's, by code) has it."""
    if wish.template is None:
        return (
            QCoreApplication.translate("RosterModels", "想上班（当天任一班次）")
            if wish.wants
            else QCoreApplication.translate("RosterModels", "想休息（当天不上班）")
        )
    text = (
        QCoreApplication.translate("RosterModels", "想上 {shift}")
        if wish.wants
        else QCoreApplication.translate("RosterModels", "不想上 {shift}")
    )
    if templates is not None and wish.template in templates:
        return text.format(shift=template_name(templates[wish.template]))
    return text.format(shift=wish.template_name or wish.template)


def wish_met(week: HallWeek, shift: str | None, wish: Wish) -> bool:
    """Whether the day's ``shift`` (None: not working) meets the wish: working the wished template (any shift
    for a whole-day wish), or for a wish not to, not working it (off that day)."""
    worked = {part.template.code for part in week.parts_of(shift)}
    if wish.template is None:
        return bool(worked) == wish.wants
    return (wish.template in worked) == wish.wants


def wish_line(week: HallWeek, shift: str | None, wish: Wish) -> str:
    """意愿：想上 下午（潮汐） · 权重 5 · 已满足."""
    met = (
        QCoreApplication.translate("RosterModels", "已满足")
        if wish_met(week, shift, wish)
        else QCoreApplication.translate("RosterModels", "未满足")
    )
    return QCoreApplication.translate("RosterModels", "意愿：{wish} · 权重 {weight} · {met}").format(
        wish=wish_text(wish, week.templates), weight=wish.weight, met=met
    )


def _hours(minutes: int) -> str:
    return f"{minutes / 60:g}"


def shift_label(week: HallWeek, shift: str) -> str:
    """全天（2号窗口 A）; 下午（后台） on a duty; a day of several: each, joined by " + "."""
    labels = []
    for part in week.parts_of(shift):
        if part.duty is not None:
            labels.append(
                QCoreApplication.translate("RosterModels", "{name}（{duty}）").format(
                    name=template_name(part.template), duty=duty_short_name(part.duty)
                )
            )
            continue
        category, window = part.category, part.window
        prefix = week.categories[category].prefix if category in week.categories else category
        labels.append(
            QCoreApplication.translate("RosterModels", "{name}（{window}号窗口 {prefix}）").format(
                name=template_name(part.template), window=window, prefix=prefix
            )
        )
    return " + ".join(labels)


def duty_short_name(duty) -> str:
    """后台 / Back office: a duty's short name in the interface language."""
    return i18n.localized(duty.short_name or duty.name, duty.short_name_en or duty.name_en)


def violation_text(week: HallWeek, roster: Roster, v: Violation) -> str:
    """A broken hard rule in the interface language, with the figures that break it."""
    person = week.problem.person(v.person) if v.person in week.people else None
    row = roster.get(v.person) or []
    if person is None or v.rule not in RULES:
        return v.text
    shifts = {s.id: s for s in week.problem.shift_types}
    shift = row[v.day] if v.day is not None and v.day < len(row) else None
    params: dict = {"shift": shift_label(week, shift) if shift in shifts else ""}
    rule = v.rule
    if rule == "day_off":
        rule = "day_off_leave" if v.day in week.leave.get(v.person, frozenset()) else "day_off"
    elif rule == "skills" and shift in shifts:
        missing = shifts[shift].skills - person.skills
        if REGULAR in missing:
            rule = "skills_tidal"
        elif TIDAL in missing:
            rule = "skills_regular"
        names = [category_name(week.categories[c]) for c in sorted(missing) if c in week.categories]
        params["categories"] = "、".join(names)
    elif rule in ("min_minutes", "max_minutes"):
        minutes = sum(shifts[s].minutes for s in row if s in shifts)
        limit = person.min_minutes if rule == "min_minutes" else person.max_minutes or 0
        params.update(hours=_hours(minutes), limit=_hours(limit))
    elif rule in ("max_consecutive", "min_consecutive", "min_days_off"):
        working = rule != "min_days_off"
        count = 0
        while v.day + count < len(row) and (row[v.day + count] is not None) == working:
            count += 1
        limit = {
            "max_consecutive": person.max_consecutive_shifts,
            "min_consecutive": person.min_consecutive_shifts,
            "min_days_off": person.min_consecutive_days_off,
        }[rule]
        params.update(count=count, limit=limit)
    elif rule == "max_weekends":
        worked = {
            d - week.problem.weekday(d) for d, s in enumerate(row) if s and week.problem.weekday(d) >= 5
        }
        params.update(count=len(worked), limit=person.max_weekends)
    elif rule == "max_shifts":
        counts = {s: row.count(s) for s in set(row) if s is not None}
        name, limit = next(((s, n) for s, n in person.max_shifts.items() if counts.get(s, 0) > n), ("", 0))
        params.update(shift=shift_label(week, name) if name in shifts else name, count=counts.get(name, 0))
        params["limit"] = limit
    elif rule == "window" and shift in shifts:
        mine = shifts[shift]
        others = [
            week.people[pid].name
            for pid, other in roster.items()
            if pid != v.person and pid in week.people and v.day < len(other) and other[v.day] in shifts
            for theirs in [shifts[other[v.day]]]
            if theirs.window == mine.window and overlap(theirs, mine)
        ]
        params.update(other="、".join(others), window=mine.window)
    elif rule in ("succession", "min_rest") and v.day is not None and v.day + 1 < len(row):
        first, second = row[v.day], row[v.day + 1]
        params.update(first=shift_label(week, first), second=shift_label(week, second))
        rest = 1440 + shifts[second].start_min - shifts[first].end_min
        params.update(hours=_hours(rest), limit=_hours(person.min_rest_minutes))
    try:
        return _tr(RULES[rule]).format(**params)
    except (KeyError, IndexError):
        return v.text


DEVIATIONS = {
    "am": QT_TRANSLATE_NOOP("RosterModels", "上午未排班（合同工作日）"),
    "pm": QT_TRANSLATE_NOOP("RosterModels", "下午未排班（合同工作日）"),
    None: QT_TRANSLATE_NOOP("RosterModels", "未排班（合同每天半天）"),
}


def deviation_text(d) -> str:
    """A contracted half-day without a window or a duty, in plain words: 下午未排班（合同工作日）."""
    return _tr(DEVIATIONS.get(d.half, DEVIATIONS[None]))


class ViolationsModel(RowsModel):
    """The hard-rule breaks of the roster on screen: who, which day, what is wrong."""

    context = CONTEXT
    headers = (
        QT_TRANSLATE_NOOP("RosterModels", "人员"),
        QT_TRANSLATE_NOOP("RosterModels", "日期"),
        QT_TRANSLATE_NOOP("RosterModels", "问题"),
    )

    def set_violations(
        self, week: HallWeek | None, roster: Roster, found: list[Violation], deviations=()
    ) -> None:
        """The rule breaks, then the contracted half-days left without a window or a duty
        (:class:`~taxdesk.core.roster.service.Deviation`: a soft rule, but listed)."""
        rows = []
        for v in found if week is not None else []:
            info = week.people.get(v.person)
            who = f"{info.name}（{info.code}）" if info else v.person
            when = (
                day_text(week.days[v.day].day)
                if v.day is not None
                else QCoreApplication.translate("RosterModels", "本周")
            )
            rows.append((who, when, violation_text(week, roster, v), v))
        for d in deviations if week is not None else []:
            info = week.people.get(d.person)
            who = f"{info.name}（{info.code}）" if info else d.person
            rows.append((who, day_text(d.date), deviation_text(d), d))
        self.set_rows(rows)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return BROKEN_INK
        return None
