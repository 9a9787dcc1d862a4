"""A point's week as a roster :class:`~taxdesk.core.roster.model.Problem`, and the roster's ids read back.

**Shifts.** Every active shift template of the point (全天, 上午潮汐 …) is offered once per window and
queue category the window serves: shift ``D:GEN:2`` is the whole day at window 2 working the 综合服务
queue. That matches the staffing plan, whose window requirement is the sum of each category's own
windows (each queue served by windows of its own), and it puts everybody on a real window. A template tied
to one window is offered there only. A shift needs the category among the person's skills, and
``regular`` (the hall's own staff) or, for a tidal template, ``tidal`` (the rotating branch staff, who
come onto the tidal windows only for the peaks).

**Cover.** For every half-hour of every working day and every category, the plan's windows open at once
(``raw_windows``: breaks are the shifts' own, not shrinkage) must be worked by shifts spanning that
half-hour — short of it costs :data:`UNDER_WEIGHT` per window, beyond it :data:`OVER_WEIGHT` (fewer
people in the hall). A window holds one person at a time: a hard rule of the model, through each shift's
``window``.

**People.** The active window officers of the hall and the branches, with their rules
(:class:`~taxdesk.core.db.models.RosterRules`, else :data:`DEFAULT_RULES`): minutes per week (the
minimum scaled to the days they can work, so a holiday week or leave does not make it impossible),
consecutive days, rest between shifts, weekends. Days the calendar does not work, and leave, are days off.
Wishes (to work a shift template on a day, or not to work a day or a template) are soft requests on every
shift of that template (or of the day), at any window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select

from taxdesk.core.calendar import DayInfo
from taxdesk.core.db import Database
from taxdesk.core.db.models import (
    Category,
    RosterRules,
    ShiftTemplate,
    Staff,
    StaffCategory,
    StaffLeave,
    Window,
    WindowCategory,
)
from taxdesk.core.errors import InvalidInput
from taxdesk.core.network import get_point
from taxdesk.core.plan import Plan, staffing_plan, week_days
from taxdesk.core.roster import store
from taxdesk.core.roster.model import Cover, Person, Problem, ShiftType
from taxdesk.core.roster.model import ShiftRequest as WishModel
from taxdesk.core.roster.store import Wish

UNDER_WEIGHT = 100  # per window short of the requirement, per half-hour
OVER_WEIGHT = 1  # per person beyond it: fewer people in the hall at quiet times
DAY_OFF_WISH_WEIGHT = 5
FAIRNESS_WEIGHT = 20
DEFAULT_RULES = {
    "min_week_minutes": 0,
    "max_week_minutes": 5 * 8 * 60,
    "max_consecutive_days": 5,
    "min_rest_minutes": 11 * 60,
    "max_weekends": 1,
}
REGULAR, TIDAL = "regular", "tidal"


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    code: str
    name: str
    start_min: int
    end_min: int
    break_min: int
    tidal: bool
    window: int | None  # a template tied to one window
    forbidden_next: frozenset[str] = frozenset()  # template codes that may not follow it the next day


@dataclass(frozen=True)
class WindowInfo:
    number: int
    categories: frozenset[str]  # category codes
    tidal: bool


@dataclass(frozen=True)
class PersonInfo:
    code: str
    name: str
    home_unit: str  # hall | branch
    rotating: bool


@dataclass(frozen=True)
class HallWeek:
    """A point's week ready to solve: the problem, and what its ids stand for."""

    point: str
    week: str
    days: list[DayInfo]
    problem: Problem
    people: dict[str, PersonInfo]  # by staff code (the problem's person ids)
    templates: dict[str, TemplateInfo]  # by template code
    categories: dict[str, Category]  # by category code
    windows: list[WindowInfo]
    slots: list[tuple[int, int]]  # the half-hours of a working day (minutes after midnight)
    required: dict[tuple[int, int, str], int] = field(default_factory=dict)  # (day, slot, category) → windows
    leave: dict[str, frozenset[int]] = field(default_factory=dict)  # person → days of leave in the week
    wishes: list[Wish] = field(default_factory=list)  # the week's wishes of the people on this roster

    def shift_of(self, shift: str) -> tuple[TemplateInfo, str, int]:
        """Shift ``D:GEN:2`` → (the template, the category code, the window number)."""
        template, category, window = shift.split(":")
        return self.templates[template], category, int(window)


def shift_id(template: str, category: str, window: int) -> str:
    return f"{template}:{category}:{window}"


def _minutes(moment) -> int:
    return moment.hour * 60 + moment.minute


def hall_week(db: Database, point_code: str, week: str, plan: Plan | None = None) -> HallWeek:
    """The roster problem of ``point_code``'s ISO ``week`` (the staffing plan is made when not given:
    seconds). Refuses a point without shift templates or window staff (:class:`InvalidInput`)."""
    plan = plan or staffing_plan(db, point_code, week)
    days = week_days(db, week)
    with db.session() as session:
        point = get_point(session, point_code)
        categories = {c.code: c for c in session.scalars(select(Category))}
        by_id = {c.id: c.code for c in categories.values()}
        windows, numbers = [], {}
        for w in session.scalars(
            select(Window).where(Window.point_id == point.id, Window.active).order_by(Window.number)
        ):
            served = session.scalars(
                select(WindowCategory.category_id).where(WindowCategory.window_id == w.id)
            ).all()
            windows.append(WindowInfo(w.number, frozenset(by_id[c] for c in served), w.is_tidal))
            numbers[w.id] = w.number
        templates = {
            t.code: TemplateInfo(
                t.id,
                t.code,
                t.name,
                t.start_min,
                t.end_min,
                t.break_min,
                t.tidal,
                numbers.get(t.window_id),
                frozenset(code.strip() for code in (t.forbidden_next or "").split(",") if code.strip()),
            )
            for t in session.scalars(
                select(ShiftTemplate)
                .where(ShiftTemplate.point_id == point.id, ShiftTemplate.active)
                .order_by(ShiftTemplate.start_min, ShiftTemplate.code)
            )
            if t.window_id is None or t.window_id in numbers  # not tied to a window that was closed down
        }
        if not templates:
            raise InvalidInput(
                f"{point.code} has no shift templates to roster", key="roster_no_shifts", point=point.code
            )
        staff = session.scalars(
            select(Staff)
            .where(Staff.active, Staff.role == "window", Staff.home_unit.in_(("hall", "branch")))
            .order_by(Staff.home_unit.desc(), Staff.code)
        ).all()
        if not staff:
            raise InvalidInput(
                f"{point.code} has no window staff to roster", key="roster_no_staff", point=point.code
            )
        rules = {r.staff_id: r for r in session.scalars(select(RosterRules))}
        skills: dict[int, set[str]] = {}
        for staff_id, category_id in session.execute(
            select(StaffCategory.staff_id, StaffCategory.category_id)
        ):
            skills.setdefault(staff_id, set()).add(by_id[category_id])
        first, last = days[0].day, days[-1].day
        leave: dict[int, set[date]] = {}
        for row in session.scalars(
            select(StaffLeave).where(StaffLeave.first_day <= last, StaffLeave.last_day >= first)
        ):
            day = max(row.first_day, first)
            while day <= min(row.last_day, last):
                leave.setdefault(row.staff_id, set()).add(day)
                day += timedelta(days=1)
        people_rows = [
            (
                s.id,
                PersonInfo(
                    s.code,
                    s.name,
                    s.home_unit,
                    rules[s.id].rotating if s.id in rules else s.home_unit == "branch",
                ),
                skills.get(s.id, set()),
                _rules(rules.get(s.id)),
            )
            for s in staff
        ]

    served = sorted({c for w in windows for c in w.categories})
    shift_types = [
        ShiftType(
            id=shift_id(t.code, category, w.number),
            minutes=t.end_min - t.start_min - t.break_min,
            start_min=t.start_min,
            end_min=t.end_min,
            skills=frozenset({category, TIDAL if t.tidal else REGULAR}),
            window=w.number,
            forbidden_next=frozenset(
                shift_id(later.code, c, n.number)
                for later in templates.values()
                if later.code in t.forbidden_next
                for n in windows
                if later.window in (None, n.number)
                for c in n.categories
            ),
            name=f"{t.name} {w.number}号窗口 {categories[category].prefix}",
        )
        for t in templates.values()
        for w in windows
        if t.window in (None, w.number)
        for category in sorted(w.categories)
    ]
    workdays = [i for i, d in enumerate(days) if d.workday]
    people, infos, requests, on_leave = [], {}, [], {}
    for staff_id, info, person_skills, limits in people_rows:
        off = {i for i, d in enumerate(days) if not d.workday or d.day in leave.get(staff_id, set())}
        available = len([i for i in workdays if i not in off])
        scaled_min = limits["min_week_minutes"] * available // max(len(workdays), 1) if workdays else 0
        people.append(
            Person(
                id=info.code,
                name=info.name,
                skills=frozenset(person_skills | {TIDAL if info.rotating else REGULAR}),
                rotating=info.rotating,
                min_minutes=min(scaled_min, limits["min_week_minutes"]),
                max_minutes=limits["max_week_minutes"],
                max_consecutive_shifts=limits["max_consecutive_days"],
                min_rest_minutes=limits["min_rest_minutes"],
                max_weekends=limits["max_weekends"],
                days_off=frozenset(off),
            )
        )
        infos[info.code] = info
        on_leave[info.code] = frozenset(i for i, d in enumerate(days) if d.day in leave.get(staff_id, set()))
    index_of = {d.day: i for i, d in enumerate(days)}
    wishes = [w for w in store.wishes(db, point_code, days[0].day, days[-1].day) if w.staff in infos]
    for wish in wishes:
        if wish.template is not None and wish.template not in templates:
            continue  # a template no longer offered: no shift to weigh it on
        shifts = frozenset(
            s.id for s in shift_types if wish.template is None or s.id.split(":", 1)[0] == wish.template
        )
        requests.append(WishModel(wish.staff, index_of[wish.day], shifts, wish.weight, on=wish.wants))

    slots = sorted({(_minutes(i.start), _minutes(i.end)) for i in plan.intervals})
    required: dict[tuple[int, int, str], int] = {}
    for interval in plan.intervals:
        day = index_of[interval.start.date()]
        slot = slots.index((_minutes(interval.start), _minutes(interval.end)))
        for category, need in interval.categories.items():
            if category in served:
                required[(day, slot, category)] = need.requirement.raw_windows
    covers = _covers(days, slots, served, shift_types, required)
    problem = Problem(
        days=len(days),
        shift_types=tuple(shift_types),
        people=tuple(people),
        covers=tuple(covers),
        requests=tuple(requests),
        fairness_weight=FAIRNESS_WEIGHT,
        first_weekday=days[0].day.weekday(),
    )
    return HallWeek(
        point_code,
        week,
        days,
        problem,
        infos,
        templates,
        categories,
        windows,
        slots,
        required,
        on_leave,
        wishes,
    )


def _rules(row: RosterRules | None) -> dict:
    limits = dict(DEFAULT_RULES)
    if row is not None:
        for key in limits:
            value = getattr(row, key)
            if value is not None:
                limits[key] = value
    return limits


def _covers(days, slots, served, shift_types, required) -> list[Cover]:
    covers = []
    for day, info in enumerate(days):
        if not info.workday:
            continue
        for slot, (start, end) in enumerate(slots):
            spanning = [t for t in shift_types if t.start_min <= start and end <= t.end_min]
            label = f"{start // 60:02d}:{start % 60:02d}"
            for category in served:
                shifts = frozenset(t.id for t in spanning if t.id.split(":")[1] == category)
                need = required.get((day, slot, category), 0)
                covers.append(Cover(day, shifts, need, UNDER_WEIGHT, OVER_WEIGHT, f"{label} {category}"))
    return covers
