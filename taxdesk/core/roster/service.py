"""Solving a point's week end to end, and what a roster looks like against its requirement.

:func:`solve_week` builds the week (:func:`~taxdesk.core.roster.hall.hall_week`: the staffing plan, the
shift templates, the people, leave and wishes), keeps every locked assignment of the week's newest
version, solves with HiGHS and stores the result as the week's draft with its windows. :func:`coverage`
counts required against planned windows per half-hour, and :func:`sheet` turns a stored version into the
printed :class:`~taxdesk.core.roster.sheet.RosterSheet`.

Any thread but the GUI's: a solve takes seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time

from taxdesk.core import settings
from taxdesk.core.db import Database
from taxdesk.core.plan import Plan
from taxdesk.core.roles import ROSTER_PUBLISH, Actor, require
from taxdesk.core.roster import store
from taxdesk.core.roster.hall import HallWeek, hall_week
from taxdesk.core.roster.model import Roster, Solution, join_parts
from taxdesk.core.roster.sheet import CellPart, CoverageDay, CoverageSlot, DayCell, RosterSheet, SheetRow
from taxdesk.core.roster.solver import solve
from taxdesk.core.roster.store import Assignment, Planned, StoredRoster

TIME_LIMIT_S = 10.0


@dataclass(frozen=True)
class WeekSolve:
    """A solve of a point's week: the week as solved, the solver's outcome, and the draft it stored
    (None when there was no roster to store: infeasible, or cancelled before the first one)."""

    week: HallWeek
    solution: Solution
    stored: StoredRoster | None


def planned(week: HallWeek, roster: Roster, locked: set[tuple[str, int]] = frozenset()) -> list[Planned]:
    """A solved roster as assignments to store (``locked``: (person, day) pairs to keep locked)."""
    out = []
    for person, shifts in roster.items():
        for day, entry in enumerate(shifts):
            for part in week.parts_of(entry):
                out.append(
                    Planned(
                        person,
                        week.days[day].day,
                        part.template.code,
                        part.category,
                        part.window,
                        (person, day) in locked,
                        part.duty.code if part.duty is not None else None,
                    )
                )
    return out


def roster_of(week: HallWeek, stored: StoredRoster) -> Roster:
    """A stored version as the solver's roster (person → shift id, several joined, or None per day);
    assignments of people or shifts the week no longer has are left out."""
    index = {d.day: i for i, d in enumerate(week.days)}
    held: dict[tuple[str, int], list[str]] = {}
    ids = {s.id for s in week.problem.shift_types}
    for a in stored.assignments:
        if a.day in index and a.shift_id in ids:
            held.setdefault((a.staff, index[a.day]), []).append(a.shift_id)
    roster: Roster = {p.id: [None] * week.problem.days for p in week.problem.people}
    for (staff, day), shifts in held.items():
        if staff in roster:
            roster[staff][day] = join_parts(shifts, week.problem)
    return roster


def solve_week(
    db: Database,
    point_code: str,
    week: str,
    *,
    actor: Actor,
    time_limit: float = TIME_LIMIT_S,
    plan: Plan | None = None,
    progress: Callable[[float, float, float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    at: datetime | None = None,
) -> WeekSolve:
    """Solve the week keeping the newest version's locked assignments, and store the roster as the
    week's draft (see :func:`taxdesk.core.roster.store.save_draft` for who may)."""
    require(actor, ROSTER_PUBLISH)  # before the solve's minutes, not only when its result is stored
    built = hall_week(db, point_code, week, plan=plan)
    newest = store.latest(db, point_code, week)
    days = [d.day for d in built.days]
    locks = newest.locks(days) if newest is not None else []
    problem = replace(built.problem, locks=tuple(locks))
    built = replace(built, problem=problem)
    solution = solve(problem, time_limit=time_limit, progress=progress, cancel=cancel)
    if not solution.roster:
        return WeekSolve(built, solution, None)
    kept = {(lock.person, lock.day) for lock in locks}
    stored = store.save_draft(
        db,
        point_code,
        week,
        planned(built, solution.roster, kept),
        actor=actor,
        objective=solution.objective,
        bound=solution.bound,
        solve_seconds=solution.seconds,
        at=at,
    )
    return WeekSolve(built, solution, stored)


def coverage(week: HallWeek, roster: Roster) -> list[CoverageDay]:
    """Per working day and half-hour: windows required (all queues) against windows the roster staffs."""
    days = []
    for day, info in enumerate(week.days):
        if not info.workday:
            continue
        slots = []
        for slot, (start, end) in enumerate(week.slots):
            required = sum(n for (d, s, _), n in week.required.items() if d == day and s == slot)
            worked = 0
            for shifts in roster.values():
                for part in week.parts_of(shifts[day]):
                    if part.duty is None:  # windows only: a duty staffs none
                        worked += part.template.start_min <= start and end <= part.template.end_min
            slots.append(CoverageSlot(time(start // 60, start % 60), required, worked))
        days.append(CoverageDay(info.day, tuple(slots)))
    return days


def _cell(held: list[Assignment], on_leave: bool) -> DayCell:
    if held:
        return DayCell.split(
            CellPart(
                a.template_name,
                time(a.start_min // 60, a.start_min % 60),
                time(a.end_min // 60 % 24, a.end_min % 60),
                a.window if a.on_window else None,
                "" if a.on_window else a.duty_short_name or a.duty_name or a.duty,
                "" if a.on_window else a.duty,
            )
            for a in held
        )
    return DayCell.leave() if on_leave else DayCell.off()


def sheet(
    db: Database, week: HallWeek, stored: StoredRoster, *, point_name: str, supervisor: str = ""
) -> RosterSheet:
    """The printed week of a stored version: every hall officer, the branch staff who work in it (apart),
    shifts with their windows or duties (a day of a window and a duty has both, see
    :class:`~taxdesk.core.roster.sheet.DayCell`), leave, and the coverage strip (windows only)."""
    with db.session() as session:
        bureau = settings.get(session, settings.BUREAU_NAME) or ""
    by_person: dict[tuple[str, object], list[Assignment]] = {}
    for a in stored.assignments:
        by_person.setdefault((a.staff, a.day), []).append(a)
    rows = []
    for person in week.problem.people:
        info = week.people[person.id]
        cells = tuple(
            _cell(by_person.get((person.id, d.day), []), i in week.leave.get(person.id, frozenset()))
            for i, d in enumerate(week.days)
        )
        unit = "branch" if info.home_unit == "branch" else "hall"
        if unit == "branch" and not any(c.kind == "work" for c in cells):
            continue  # a branch officer not on this week's rotation
        rows.append(SheetRow(info.name, info.code, unit, cells))
    return RosterSheet(
        bureau=bureau,
        point_name=point_name,
        week=week.week,
        dates=tuple(d.day for d in week.days),
        version=stored.version,
        published_at=stored.published_at,
        rows=tuple(rows),
        coverage=tuple(coverage(week, roster_of(week, stored))),
        supervisor=supervisor,
    )
