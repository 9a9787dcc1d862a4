"""An independent check of a roster against the rules in :mod:`taxdesk.core.roster.model`'s docstring.

Written from those rules alone, sharing nothing with the solver, by brute force over people and days: the
tests solve, then ask this module whether the roster keeps every hard rule and what it costs, so a fault in
the solver's formulation shows up as a disagreement here.
"""

from __future__ import annotations

from dataclasses import dataclass

from taxdesk.core.roster.model import SATURDAY, SUNDAY, Problem, Roster, ShiftType, _spans, parts


@dataclass(frozen=True)
class Violation:
    """A broken hard rule: ``rule`` (a short name such as ``max_consecutive``), whose, which day (the
    first day concerned; None for a rule over the horizon) and a sentence saying what is wrong."""

    rule: str
    person: str
    day: int | None
    text: str


def _runs(worked: list[bool], value: bool) -> list[tuple[int, int]]:
    """(first day, length) of every maximal run of days whose ``worked`` equals ``value``."""
    runs, start = [], None
    for day, w in enumerate([*worked, not value]):
        if w == value and start is None:
            start = day
        elif w != value and start is not None:
            runs.append((start, day - start))
            start = None
    return runs


def overlap(a: ShiftType, b: ShiftType) -> bool:
    """Do the two shifts' clock times overlap (a shift without clock times spans the whole day)?"""
    if None in (a.start_min, a.end_min, b.start_min, b.end_min):
        return True
    return a.start_min < b.end_min and b.start_min < a.end_min


def violations(problem: Problem, roster: Roster) -> list[Violation]:
    """Every hard rule the roster breaks (empty: the roster is feasible)."""
    found: list[Violation] = []
    shifts = {s.id: s for s in problem.shift_types}
    n = problem.days

    def bad(rule: str, person: str, day: int | None, text: str) -> None:
        found.append(Violation(rule, person, day, text))

    for person in problem.people:
        pid = person.id
        row = roster.get(pid)
        if row is None or len(row) != n:
            bad("shape", pid, None, f"{pid}: the roster needs exactly {n} days")
            continue
        unknown = [(d, s) for d, entry in enumerate(row) for s in parts(entry) if s not in shifts]
        for d, s in unknown:
            bad("unknown_shift", pid, d, f"{pid} day {d}: no shift type {s!r}")
        if unknown:
            continue
        worked = [s is not None for s in row]
        for d, entry in enumerate(row):
            day_parts = [shifts[s] for s in parts(entry)]
            if len(day_parts) > 1 and not problem.split_days:
                bad("one_shift", pid, d, f"{pid} works {len(day_parts)} shifts on day {d}, at most one")
            elif any(overlap(a, b) for i, a in enumerate(day_parts) for b in day_parts[i + 1 :]):
                bad("overlap", pid, d, f"{pid} works shifts at overlapping times on day {d}: {entry}")
            elif person.max_day_shifts is not None and len(day_parts) > person.max_day_shifts:
                bad(
                    "day_shifts",
                    pid,
                    d,
                    f"{pid} works {len(day_parts)} shifts on day {d}, at most {person.max_day_shifts}",
                )

        for d in sorted(person.days_off):
            if 0 <= d < n and worked[d]:
                bad("day_off", pid, d, f"{pid} works {row[d]} on day {d}, a day off")

        for d, entry in enumerate(row):
            for s in parts(entry):
                if not shifts[s].skills <= person.skills:
                    bad("skills", pid, d, f"{pid} lacks a skill that shift {s} on day {d} needs")

        for s, limit in person.max_shifts.items():
            count = sum(1 for entry in row for x in parts(entry) if x == s)
            if count > limit:
                bad("max_shifts", pid, None, f"{pid} works {s} {count} times, at most {limit} allowed")

        minutes = sum(shifts[s].minutes for entry in row for s in parts(entry))
        if minutes < person.min_minutes:
            bad("min_minutes", pid, None, f"{pid} works {minutes} minutes, at least {person.min_minutes}")
        if person.max_minutes is not None and minutes > person.max_minutes:
            bad("max_minutes", pid, None, f"{pid} works {minutes} minutes, at most {person.max_minutes}")

        for start, length in _runs(worked, True):
            touches_edge = start == 0 or start + length == n
            if person.max_consecutive_shifts is not None and length > person.max_consecutive_shifts:
                bad(
                    "max_consecutive",
                    pid,
                    start,
                    f"{pid} works {length} days in a row from day {start}, "
                    f"at most {person.max_consecutive_shifts}",
                )
            if not touches_edge and length < person.min_consecutive_shifts:
                bad(
                    "min_consecutive",
                    pid,
                    start,
                    f"{pid} works only {length} day(s) in a row from day {start}, "
                    f"at least {person.min_consecutive_shifts}",
                )
        for start, length in _runs(worked, False):
            touches_edge = start == 0 or start + length == n
            if not touches_edge and length < person.min_consecutive_days_off:
                bad(
                    "min_days_off",
                    pid,
                    start,
                    f"{pid} has only {length} day(s) off in a row from day {start}, "
                    f"at least {person.min_consecutive_days_off}",
                )

        if person.max_weekends is not None:
            weekends_worked = set()
            for d in range(n):
                weekday = (problem.first_weekday + d) % 7
                if worked[d] and weekday in (SATURDAY, SUNDAY):
                    weekends_worked.add(d - weekday)  # that week's Monday names the weekend
            if len(weekends_worked) > person.max_weekends:
                bad(
                    "max_weekends",
                    pid,
                    None,
                    f"{pid} works {len(weekends_worked)} weekends, at most {person.max_weekends}",
                )

        successive = [(d, a, b) for d in range(n - 1) for a in parts(row[d]) for b in parts(row[d + 1])]
        for d, a, b in successive:
            first, second = shifts[a], shifts[b]
            if b in first.forbidden_next:
                bad("succession", pid, d, f"{pid} works {a} on day {d} and then {b}, which may not follow it")
            if first.end_min is not None and second.start_min is not None:
                rest = 1440 + second.start_min - first.end_min
                if rest < person.min_rest_minutes:
                    bad(
                        "min_rest",
                        pid,
                        d,
                        f"{pid} rests {rest} minutes between {a} on day {d} and {b}, "
                        f"at least {person.min_rest_minutes}",
                    )

    for d in range(n):  # a window holds one person at a time
        seated = [
            (pid, s, shifts[s])
            for pid, row in roster.items()
            if len(row) == n
            for s in parts(row[d])
            if s in shifts and shifts[s].window is not None
        ]
        for i, (first, a, sa) in enumerate(seated):
            for second, b, sb in seated[i + 1 :]:
                if sa.window == sb.window and overlap(sa, sb):
                    bad(
                        "window",
                        second,
                        d,
                        f"{second} works {b} on day {d} at window {sb.window}, "
                        f"where {first} already works {a}",
                    )

    ids = {p.id for p in problem.people}
    for lock in problem.locks:
        if lock.person not in ids or not 0 <= lock.day < n:
            continue
        row = roster.get(lock.person)
        held, wanted = set(parts(row[lock.day])) if row is not None else set(), set(parts(lock.shift))
        kept = held >= wanted if problem.split_days and wanted else held == wanted
        if row is not None and len(row) == n and not kept:
            wanted = lock.shift or "off"
            bad("lock", lock.person, lock.day, f"{lock.person} is locked to {wanted} on day {lock.day}")
    return found


def objective(problem: Problem, roster: Roster) -> int:
    """The roster's soft-rule penalty: requests, under- and over-cover, rotating staff's fairness, the
    people's shift costs and missed presence (moments and days)."""
    total = 0
    for request in problem.requests:
        row = roster.get(request.person) or []
        works_it = request.day < len(row) and bool(set(parts(row[request.day])) & request.shifts)
        if works_it != request.on:
            total += request.weight
    for cover in problem.covers:
        staffed = sum(
            1
            for row in roster.values()
            if cover.day < len(row)
            for s in parts(row[cover.day])
            if s in cover.shifts
        )
        if staffed < cover.required:
            total += cover.under_weight * (cover.required - staffed)
        else:
            total += cover.over_weight * (staffed - cover.required)

    def count(person) -> int:
        row = roster.get(person.id, [])
        if problem.split_days:
            return person.prior_shifts + sum(len(parts(entry)) for entry in row)
        return person.prior_shifts + sum(entry is not None for entry in row)

    counts = [count(p) for p in problem.people if p.rotating]
    if problem.fairness_weight and len(counts) > 1:
        total += problem.fairness_weight * (max(counts) - min(counts))
    shifts = {s.id: s for s in problem.shift_types}
    for person in problem.people:
        row = roster.get(person.id, [])
        total += person.shift_cost * sum(len(parts(entry)) for entry in row)
        for day, moment in person.presence:
            worked = parts(row[day]) if 0 <= day < len(row) else ()
            if problem.absence_weight and not any(_spans(shifts[s], moment) for s in worked if s in shifts):
                total += problem.absence_weight
        for day in person.presence_days:
            if problem.absence_weight and not (0 <= day < len(row) and parts(row[day])):
                total += problem.absence_weight
    return total


def missed_presence(problem: Problem, roster: Roster) -> list[tuple[str, int, int | None]]:
    """The presence the roster misses, by person then day: (person, day, moment) for a presence moment
    no shift of theirs spans, (person, day, None) for a presence day without any shift."""
    shifts = {s.id: s for s in problem.shift_types}
    found = []
    for person in problem.people:
        row = roster.get(person.id, [])
        missed = []
        for day, moment in person.presence:
            worked = parts(row[day]) if 0 <= day < len(row) else ()
            if not any(_spans(shifts[s], moment) for s in worked if s in shifts):
                missed.append((day, moment))
        for day in person.presence_days:
            if not (0 <= day < len(row) and parts(row[day])):
                missed.append((day, None))
        found += [(person.id, day, moment) for day, moment in sorted(missed, key=lambda m: (m[0], m[1] or 0))]
    return found
