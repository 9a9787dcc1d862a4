"""A point's week as a roster :class:`~taxdesk.core.roster.model.Problem`, and the roster's ids read back.

**Shifts.** Every active shift template of the point (全天, 上午潮汐 …) is offered once per window and
queue category the window serves: shift ``D:GEN:2`` is the whole day at window 2 working the 综合服务
queue. That matches the staffing plan, whose window requirement is the sum of each category's own
windows (each queue served by windows of its own), and it puts everybody on a real window. A template tied
to one window is offered there only. A shift needs the category among the person's skills, and
``regular`` (the hall's own staff) or, for a tidal template, ``tidal`` (the rotating branch staff, who
come onto the tidal windows only for the peaks).

**Cover.** For every half-hour of every working day and every category, the plan's windows open at once
(``raw_windows``: breaks are the shifts' own, not shrinkage; capped at what the point's windows can hold
at once, :func:`~taxdesk.core.plan.window_cover`) must be worked by shifts spanning that
half-hour — short of it costs :data:`UNDER_WEIGHT` per window, beyond it :data:`OVER_WEIGHT` (fewer
people in the hall). A window holds one person at a time: a hard rule of the model, through each shift's
``window``.

**People.** The active window officers of the hall and the branches, with their rules
(:class:`~taxdesk.core.db.models.RosterRules`, else :data:`DEFAULT_RULES`): minutes per week (the
minimum scaled to the days they can work, so a holiday week or leave does not make it impossible),
consecutive days, rest between shifts, weekends; and their contract in the people records: days outside
their working days (``staff.working_days``; a 调休 Saturday counts for those on Monday to Friday) are days
off like leave, and a person on half days
(``staff.half_days``) gets only half-day shifts (templates spanning at most :data:`HALF_DAY_MAX_MIN`,
through the skills :data:`WHOLE` and :data:`HALF`). Days the calendar does not work, and leave, are days off.
Wishes (to work a shift template on a day, or not to work a day or a template) are soft requests on every
shift of that template (or of the day), at any window.

**Duties.** When the point has non-window duties (税费集中处理中心, 导税台: ``facts.duties``) the week is
planned by half-days (the problem's ``split_days``): each duty is offered on every half-day template's times
(shift ``AM:@back_office``, the hall's staff only); each contracted half-day of a hall officer's working
days, less leave, should be on a window or a duty (a presence moment at each half-day's start,
:data:`ABSENCE_WEIGHT` when missed; for a hall officer on half days, one half-day each working day,
either half: a presence day; and nobody on half days works both halves: ``max_day_shifts``), so a person
may hold a window in the morning and a duty in the afternoon; the hall's staff may then work the
half-day (tidal) templates at the windows too. A duty with a minimum cover costs
:data:`DUTY_UNDER_WEIGHT` per person short each half-day (beyond it is free: the back office always has
work). The rotating branch staff cost :data:`BRANCH_WEIGHT` per shift, so they come only where the
hall's own staff cannot cover the windows, and the fairness rule counts the tidal half-days each worked
in the weeks before (``StaffFacts.prior_half_days``). Without duties the week is planned by whole days,
as before.

**Built in two steps.** :func:`~taxdesk.core.roster.facts.read_hall_facts` reads the week's facts from the
database (one query per table); :func:`build_hall_week` makes the problem from them alone, without the
database or the clock. :func:`hall_week` does both.

**Stable re-solves.** :func:`keep_requests` turns the week's previous version into soft requests — keep
this person on this shift that day, keep this day off — each costing ``weight`` when broken, so that a
re-solve (after one sick day, say) changes as few assignments as the new facts need. Locks stay hard.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from taxdesk.core.calendar import DayInfo
from taxdesk.core.db import Database
from taxdesk.core.db.models import Category
from taxdesk.core.errors import InvalidInput
from taxdesk.core.plan import Plan, staffing_plan, window_cover
from taxdesk.core.roster.facts import (
    DutyInfo,
    HallFacts,
    StaffFacts,
    TemplateInfo,
    WindowInfo,
    read_hall_facts,
)
from taxdesk.core.roster.model import Cover, Person, Problem, Roster, ShiftType, parts
from taxdesk.core.roster.model import ShiftRequest as WishModel
from taxdesk.core.roster.store import Wish

UNDER_WEIGHT = 100  # per window short of the requirement, per half-hour
OVER_WEIGHT = 1  # per person beyond it: fewer people in the hall at quiet times
DAY_OFF_WISH_WEIGHT = 5
FAIRNESS_WEIGHT = 20
# A re-solve pays this for every assignment that differs from the previous version (taxdesk.core.settings
# ROSTER_CHANGE_WEIGHT overrides it): more than a day's over-cover by one person (16 half-hours × 1) and a
# fairness step, less than a window short for half an hour (UNDER_WEIGHT).
CHANGE_WEIGHT = 40
ABSENCE_WEIGHT = 300  # per contracted half-day of a hall officer on neither a window nor a duty
DUTY_UNDER_WEIGHT = 150  # per person short of a duty's minimum, per half-day
BRANCH_WEIGHT = 30  # per shift (half-day) of a rotating branch officer: a window short for 1 h costs more
DUTY_MARK = "@"  # a duty's shift id: TEMPLATE:@DUTY
DEFAULT_RULES = {
    "min_week_minutes": 0,
    "max_week_minutes": 5 * 8 * 60,
    "max_consecutive_days": 5,
    "min_rest_minutes": 11 * 60,
    "max_weekends": 1,
}
REGULAR, TIDAL = "regular", "tidal"
# Whole or half days (the people's contract): a template spanning at most HALF_DAY_MAX_MIN from start to
# end is a half-day shift (上午, 下午) and needs the skill HALF; a longer one needs WHOLE. Everybody has
# HALF; only people on whole days have WHOLE.
WHOLE, HALF = "whole_day", "half_day"
HALF_DAY_MAX_MIN = 5 * 60


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
    duties: dict[str, DutyInfo] = field(default_factory=dict)  # by duty code

    def shift_of(self, shift: str) -> tuple[TemplateInfo, str | None, int | None]:
        """Shift ``D:GEN:2`` → (the template, the category code, the window number); a duty's shift
        ``AM:@back_office`` → (the template, None, None)."""
        part = self.part_of(shift)
        return part.template, part.category, part.window

    def part_of(self, shift: str) -> ShiftPart:
        """One shift id (``D:GEN:2`` or ``AM:@back_office``) as what it stands for."""
        template, place, *window = shift.split(":")
        if place.startswith(DUTY_MARK):
            return ShiftPart(shift, self.templates[template], None, None, self.duties[place[1:]])
        return ShiftPart(shift, self.templates[template], place, int(window[0]), None)

    def parts_of(self, entry: str | None) -> list[ShiftPart]:
        """A roster's day entry (none, one shift or several joined) as its parts, earliest first."""
        return sorted((self.part_of(s) for s in parts(entry)), key=lambda p: p.template.start_min)


@dataclass(frozen=True)
class ShiftPart:
    """One shift of a person's day: its template, and either the queue category and window it staffs or
    the duty it is on."""

    id: str
    template: TemplateInfo
    category: str | None
    window: int | None
    duty: DutyInfo | None

    @property
    def duty_code(self) -> str:
        """``window`` on a window, else the duty's code (the roster JSON's ``duty``)."""
        return self.duty.code if self.duty is not None else WINDOW_DUTY


WINDOW_DUTY = "window"


def duty_shift_id(template: str, duty: str) -> str:
    return f"{template}:{DUTY_MARK}{duty}"


def shift_id(template: str, category: str, window: int) -> str:
    return f"{template}:{category}:{window}"


def _minutes(moment) -> int:
    return moment.hour * 60 + moment.minute


def hall_week(db: Database, point_code: str, week: str, plan: Plan | None = None) -> HallWeek:
    """The roster problem of ``point_code``'s ISO ``week`` (the staffing plan is made when not given:
    seconds). Refuses a point without shift templates or window staff (:class:`InvalidInput`)."""
    plan = plan or staffing_plan(db, point_code, week)
    return build_hall_week(read_hall_facts(db, point_code, week, plan))


def build_hall_week(facts: HallFacts) -> HallWeek:
    """The roster problem of a point's week from its facts (see the module docstring): no database, no
    clock. Refuses facts without shift templates or window staff (:class:`InvalidInput`)."""
    days, windows, categories = list(facts.days), list(facts.windows), dict(facts.categories)
    templates = {t.code: t for t in facts.templates}
    if not templates:
        raise InvalidInput(
            f"{facts.point} has no shift templates to roster", key="roster_no_shifts", point=facts.point
        )
    if not facts.staff:
        raise InvalidInput(
            f"{facts.point} has no window staff to roster", key="roster_no_staff", point=facts.point
        )

    served = sorted({c for w in windows for c in w.categories})
    duties = {d.code: d for d in facts.duties}
    split = bool(duties)
    halves = _half_day_templates(templates)
    shift_types = [
        ShiftType(
            id=shift_id(t.code, category, w.number),
            minutes=t.end_min - t.start_min - t.break_min,
            start_min=t.start_min,
            end_min=t.end_min,
            skills=frozenset({category, TIDAL if t.tidal else REGULAR, _length_skill(t)}),
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
    if split:
        shift_types += [
            ShiftType(
                id=duty_shift_id(t.code, d.code),
                minutes=t.end_min - t.start_min - t.break_min,
                start_min=t.start_min,
                end_min=t.end_min,
                skills=frozenset({REGULAR, HALF}),
                name=f"{t.name} {d.name}",
            )
            for t in halves
            for d in duties.values()
        ]
        by_template: dict[str, list[str]] = {}
        for st in shift_types:
            by_template.setdefault(st.id.split(":", 1)[0], []).append(st.id)
        shift_types = [  # what may not follow a template, at a window or on a duty alike
            replace(
                st,
                forbidden_next=frozenset(
                    other
                    for banned in templates[st.id.split(":", 1)[0]].forbidden_next
                    for other in by_template.get(banned, ())
                ),
            )
            for st in shift_types
        ]
    moments = sorted({t.start_min for t in halves}) or sorted({t.start_min for t in templates.values()})[:1]
    workdays = [i for i, d in enumerate(days) if d.workday]
    people, infos, requests, on_leave = [], {}, [], {}
    for staff in facts.staff:
        info = _person_info(staff)
        limits = {**DEFAULT_RULES, **staff.limits}
        off = {
            i
            for i, d in enumerate(days)
            if not d.workday or d.day in staff.leave or not _contract_day(d, staff.working_days)
        }
        available = len([i for i in workdays if i not in off])
        contracted = [i for i in workdays if i not in off] if split and not info.rotating else []
        # whole days: each half-day at its start; half days: one of the day's halves, either
        present, present_days = frozenset((i, m) for i in contracted for m in moments), frozenset()
        if staff.half_days:
            present, present_days = frozenset(), frozenset(contracted)
        scaled_min = limits["min_week_minutes"] * available // max(len(workdays), 1) if workdays else 0
        people.append(
            Person(
                id=info.code,
                name=info.name,
                skills=frozenset(
                    staff.skills
                    | {TIDAL if info.rotating else REGULAR, HALF}
                    | ({TIDAL} if split else set())  # by half-days the hall's staff take tidal halves too
                    | (set() if staff.half_days else {WHOLE})
                ),
                rotating=info.rotating,
                min_minutes=min(scaled_min, limits["min_week_minutes"]),
                max_minutes=limits["max_week_minutes"],
                max_consecutive_shifts=limits["max_consecutive_days"],
                min_rest_minutes=limits["min_rest_minutes"],
                max_weekends=limits["max_weekends"],
                days_off=frozenset(off),
                presence=present,
                presence_days=present_days,
                max_day_shifts=1 if split and staff.half_days else None,
                shift_cost=BRANCH_WEIGHT if split and info.rotating else 0,
                prior_shifts=staff.prior_half_days if info.rotating else 0,
            )
        )
        infos[info.code] = info
        on_leave[info.code] = frozenset(i for i, d in enumerate(days) if d.day in staff.leave)
    index_of = {d.day: i for i, d in enumerate(days)}
    wishes = [w for w in facts.wishes if w.staff in infos]
    for wish in wishes:
        if wish.template is not None and wish.template not in templates:
            continue  # a template no longer offered: no shift to weigh it on
        shifts = frozenset(
            s.id for s in shift_types if wish.template is None or s.id.split(":", 1)[0] == wish.template
        )
        requests.append(WishModel(wish.staff, index_of[wish.day], shifts, wish.weight, on=wish.wants))

    slots = sorted({(_minutes(i.start), _minutes(i.end)) for i in facts.demand})
    required: dict[tuple[int, int, str], int] = {}
    having = [frozenset(w.categories) for w in windows]
    for interval in facts.demand:
        day = index_of[interval.start.date()]
        slot = slots.index((_minutes(interval.start), _minutes(interval.end)))
        # No more than the windows can hold at once (the plan's shortfall is shown on the staffing page).
        wanted = {c: n for c, n in interval.windows.items() if c in served}
        for category, windows_open in window_cover(wanted, having).items():
            required[(day, slot, category)] = windows_open
    covers = _covers(days, slots, served, shift_types, required)
    for day, info in enumerate(days):
        if not info.workday:
            continue
        for t in halves if split else ():
            for d in duties.values():
                if d.min_cover:
                    shifts = frozenset({duty_shift_id(t.code, d.code)})
                    label = f"{t.start_min // 60:02d}:{t.start_min % 60:02d} {d.code}"
                    covers.append(Cover(day, shifts, d.min_cover, DUTY_UNDER_WEIGHT, 0, label))
    problem = Problem(
        days=len(days),
        shift_types=tuple(shift_types),
        people=tuple(people),
        covers=tuple(covers),
        requests=tuple(requests),
        fairness_weight=FAIRNESS_WEIGHT,
        first_weekday=days[0].day.weekday(),
        split_days=split,
        absence_weight=ABSENCE_WEIGHT if split else 0,
    )
    return HallWeek(
        facts.point,
        facts.week,
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
        duties,
    )


def _half_day_templates(templates: dict[str, TemplateInfo]) -> list[TemplateInfo]:
    """The templates a duty is offered on: each half-day span once (a template tied to a window is that
    window's), the first by code for each span, by start."""
    spans: dict[tuple[int, int], TemplateInfo] = {}
    for t in sorted(templates.values(), key=lambda t: (t.window is not None, t.tidal, t.code)):
        if t.window is None and t.end_min - t.start_min <= HALF_DAY_MAX_MIN:
            spans.setdefault((t.start_min, t.end_min), t)
    return sorted(spans.values(), key=lambda t: t.start_min)


def _contract_day(day: DayInfo, working_days: str) -> bool:
    """Whether the person's contract has them work ``day``: its ISO weekday is one of theirs; a weekend
    day the calendar makes a workday (调休上班) counts for those who work all of Monday to Friday."""
    weekday = day.day.isoweekday()
    if str(weekday) in working_days:
        return True
    return weekday >= 6 and day.workday and set("12345") <= set(working_days)


def _length_skill(template: TemplateInfo) -> str:
    return HALF if template.end_min - template.start_min <= HALF_DAY_MAX_MIN else WHOLE


def _person_info(staff: StaffFacts) -> PersonInfo:
    """Rotating as the roster rules say; without rules, the branch staff rotate."""
    rotating = staff.rotating if staff.rotating is not None else staff.home_unit == "branch"
    return PersonInfo(staff.code, staff.name, staff.home_unit, rotating)


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


def keep_requests(week: HallWeek, previous: Roster, weight: int = CHANGE_WEIGHT) -> list[WishModel]:
    """The previous version ``previous`` (person → shift id, several joined on a split day, or None per day)
    as soft requests of ``weight`` each: to work the same shift (each of a split day's) on each day worked
    (not on a day the person can no longer work: leave since, say), and to stay off each working day they
    had off. People the week no longer has, and shifts it no longer offers, are left out."""
    if weight <= 0:
        return []
    offered = {s.id for s in week.problem.shift_types}
    every = frozenset(offered)
    workdays = [i for i, d in enumerate(week.days) if d.workday]
    requests = []
    for person in week.problem.people:
        shifts = previous.get(person.id)
        if shifts is None:
            continue
        for day in workdays:
            if day >= len(shifts) or day in person.days_off:
                continue
            shift = shifts[day]
            if shift is None:
                requests.append(WishModel(person.id, day, every, weight, on=False))
                continue
            for part in parts(shift):  # a split day (a window, then a duty) keeps each of its parts
                if part in offered:
                    requests.append(WishModel(person.id, day, frozenset({part}), weight, on=True))
    return requests
