"""Why a roster problem has no solution, in words: which rule, whose, which day.

Cover, requests and fairness are soft, so a problem is infeasible only through the hard rules: one person's
own, or the window rule that seats one person at a time. :func:`conflicts` first looks for the plain
contradictions a supervisor makes when editing (a lock on a day of leave, a lock onto a shift the person
lacks the skills for, more minutes required than the free days hold, two people locked onto one window at
once …) and names them directly. When the MIP still finds no roster, :func:`explain` solves each person's
rules alone, and for each person without a roster drops one rule at a time while the rest still admit none
(a deletion filter), then the single days off and locks the same way: what is left is a smallest set of
that person's rules that cannot hold together. When everyone's rules hold alone but not together, the
window rule is the cause (the only rule between people): the windows cannot seat everybody the minimum
hours and locks require.

Each :class:`Reason` has an English ``text`` (the command line) and a ``key`` + ``params`` for the GUI's
translated sentence; ``params["day"]`` counts days from 1, ``params["weekday"]`` is 0 = Monday.
"""

from __future__ import annotations

from dataclasses import replace

import highspy

from taxdesk.core.roster.formulation import Formulation, highs_for
from taxdesk.core.roster.model import Person, Problem, Reason

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _who(person: Person) -> str:
    return person.name or person.id


def _when(problem: Problem, day: int) -> str:
    return f"{WEEKDAYS[problem.weekday(day)]} (day {day + 1})"


def _day_params(problem: Problem, day: int) -> dict:
    return {"day": day + 1, "weekday": problem.weekday(day)}


def _shift_name(problem: Problem, shift_id: str) -> str:
    return problem.shift(shift_id).name or shift_id


def conflicts(problem: Problem) -> list[Reason]:
    """The direct contradictions in ``problem``'s hard rules (empty: none of these; the problem may still
    be infeasible through the run rules, see :func:`explain`)."""
    reasons: list[Reason] = []
    for person in problem.people:
        reasons += _person_conflicts(problem, person)
    return reasons + _window_lock_conflicts(problem)


def _window_lock_conflicts(problem: Problem) -> list[Reason]:
    """Two people locked onto one window at once (the same day, shifts in one window group)."""
    out = []
    groups = problem.window_groups()
    locked = sorted((k for k in problem.locks if k.shift is not None), key=lambda k: (k.day, k.person))
    seen = set()
    for i, a in enumerate(locked):
        for b in locked[i + 1 :]:
            if a.day != b.day or a.person == b.person or (a.person, b.person, a.day) in seen:
                continue
            if any(a.shift in g and b.shift in g for g in groups):
                seen.add((a.person, b.person, a.day))
                first, second = problem.person(a.person), problem.person(b.person)
                window = problem.shift(a.shift).window
                out.append(
                    _reason(
                        problem,
                        second,
                        key="roster_lock_window",
                        text=f"{_who(first)} and {_who(second)} are both locked to window {window} at the "
                        f"same time on {_when(problem, a.day)}",
                        day=a.day,
                        other=_who(first),
                        window=window,
                    )
                )
    return out


def _reason(
    problem: Problem, person: Person, *, key: str, text: str, day: int | None = None, **params
) -> Reason:
    """A reason about ``person`` (and ``day``): params hold the person's name and the day, then ``params``."""
    where = _day_params(problem, day) if day is not None else {}
    return Reason(
        key=key, params={"person": _who(person), **where, **params}, text=text, person=person.id, day=day
    )


def _person_conflicts(problem: Problem, person: Person) -> list[Reason]:
    out: list[Reason] = []
    who = _who(person)

    def add(**fields) -> None:
        out.append(_reason(problem, person, **fields))

    locks: dict[int, str | None] = {}
    for lock in sorted((k for k in problem.locks if k.person == person.id), key=lambda k: k.day):
        if lock.day in locks and locks[lock.day] != lock.shift:
            a, b = (_shift_name(problem, s) if s else "off" for s in (locks[lock.day], lock.shift))
            add(
                key="roster_lock_clash",
                text=f"{who} is locked to two things on {_when(problem, lock.day)}: {a} and {b}",
                day=lock.day,
                first=a,
                second=b,
            )
            continue
        locks[lock.day] = lock.shift
    worked = {d: s for d, s in sorted(locks.items()) if s is not None}
    for day, shift_id in worked.items():
        shift, name = problem.shift(shift_id), _shift_name(problem, shift_id)
        when = _when(problem, day)
        if day in person.days_off:
            add(
                key="roster_lock_day_off",
                text=f"{who} is off (leave or rest day) on {when} but locked to the {name} shift",
                day=day,
                shift=name,
            )
        elif not shift.skills <= person.skills:
            missing = ", ".join(sorted(shift.skills - person.skills))
            add(
                key="roster_lock_skill",
                text=f"{who} is locked to the {name} shift on {when} but lacks its skills ({missing})",
                day=day,
                shift=name,
                skills=missing,
            )
    for shift_id, limit in person.max_shifts.items():
        count = sum(1 for s in worked.values() if s == shift_id)
        if count > limit:
            name = _shift_name(problem, shift_id)
            add(
                key="roster_lock_max_shifts",
                text=f"{who} is locked to the {name} shift {count} times, allowed at most {limit}",
                shift=name,
                count=count,
                limit=limit,
            )
    for day, shift_id in worked.items():
        after = worked.get(day + 1)
        if after is None:
            continue
        first, second = problem.shift(shift_id), problem.shift(after)
        rest = None
        if first.end_min is not None and second.start_min is not None:
            rest = 1440 + second.start_min - first.end_min
        if after in first.forbidden_next or (rest is not None and rest < person.min_rest_minutes):
            a, b = _shift_name(problem, shift_id), _shift_name(problem, after)
            add(
                key="roster_lock_succession",
                text=f"{who} is locked to the {a} shift on {_when(problem, day)} and to the {b} shift the "
                "next day, which may not follow it",
                day=day,
                first=a,
                second=b,
            )
    minutes = sum(problem.shift(s).minutes for s in worked.values())
    if person.max_minutes is not None and minutes > person.max_minutes:
        add(
            key="roster_lock_max_minutes",
            text=f"{who}'s locked shifts add up to {minutes} minutes, above the maximum {person.max_minutes}",
            minutes=minutes,
            limit=person.max_minutes,
        )
    most, free_days = _most_minutes(problem, person, locks)
    if most < person.min_minutes:
        add(
            key="roster_min_minutes",
            text=f"{who}'s minimum of {person.min_minutes} minutes cannot be reached: only {free_days} "
            f"day(s) are not off, for at most {most} minutes",
            minutes=person.min_minutes,
            days=free_days,
            most=most,
        )
    return out


def _most_minutes(problem: Problem, person: Person, locks: dict[int, str | None]) -> tuple[int, int]:
    """The most minutes ``person`` could work ignoring the run rules, and the days free to work."""
    usable = sorted(
        (s for s in problem.shift_types if s.skills <= person.skills and person.max_shifts.get(s.id, 1) != 0),
        key=lambda s: -s.minutes,
    )
    left = {s.id: person.max_shifts.get(s.id, problem.days) for s in usable}
    total = 0
    free = [d for d in range(problem.days) if d not in person.days_off and locks.get(d, "") is not None]
    open_days = 0
    for day in free:
        if locks.get(day):
            total += problem.shift(locks[day]).minutes
            left[locks[day]] = left.get(locks[day], 0) - 1
        else:
            open_days += 1
    for shift in usable:  # the longest shifts first, as often as allowed
        take = min(open_days, max(left[shift.id], 0))
        total += take * shift.minutes
        open_days -= take
    return total, len(free)


# Each rule a person has, and how to drop it: the deletion filter's units.
_RULES = (
    ("min_minutes", lambda p: p.min_minutes > 0, lambda p: replace(p, min_minutes=0)),
    ("max_minutes", lambda p: p.max_minutes is not None, lambda p: replace(p, max_minutes=None)),
    (
        "max_run",
        lambda p: p.max_consecutive_shifts is not None,
        lambda p: replace(p, max_consecutive_shifts=None),
    ),
    ("min_run", lambda p: p.min_consecutive_shifts > 1, lambda p: replace(p, min_consecutive_shifts=1)),
    ("min_off", lambda p: p.min_consecutive_days_off > 1, lambda p: replace(p, min_consecutive_days_off=1)),
    ("weekends", lambda p: p.max_weekends is not None, lambda p: replace(p, max_weekends=None)),
    # A limit of 0 says the person never works that shift (like a missing skill): not a rule to drop.
    (
        "max_shifts",
        lambda p: any(v > 0 for v in p.max_shifts.values()),
        lambda p: replace(p, max_shifts={s: v for s, v in p.max_shifts.items() if v == 0}),
    ),
    ("rest", lambda p: p.min_rest_minutes > 0, lambda p: replace(p, min_rest_minutes=0)),
)


def explain(problem: Problem, *, threads: int | None = None) -> list[Reason]:
    """For every person whose own hard rules admit no roster, a smallest set of those rules that cannot
    hold together, one :class:`Reason` each (after a headline reason naming the person)."""
    reasons = conflicts(problem)
    if reasons:
        return reasons
    for person in problem.people:
        sub = _alone(problem, person)
        if _feasible(sub, threads):
            continue
        reasons += _minimal_rules(sub, threads)
    if not reasons and problem.window_groups():
        unseated = replace(problem, shift_types=tuple(replace(s, window=None) for s in problem.shift_types))
        if _feasible(unseated, threads):
            reasons.append(
                Reason(
                    key="roster_windows_full",
                    params={},
                    text="the windows cannot seat everybody at once: the minimum hours and locks need more "
                    "window places than there are (one person per window at a time)",
                )
            )
    if not reasons:  # every rule holds alone; the MIP and this check disagree (a time limit?)
        reasons.append(
            Reason(
                key="roster_infeasible",
                params={},
                text="no roster keeps every hard rule, and no single person's rules explain why",
            )
        )
    return reasons


def _alone(problem: Problem, person: Person) -> Problem:
    return replace(
        problem,
        people=(person,),
        covers=(),
        requests=(),
        locks=tuple(k for k in problem.locks if k.person == person.id),
        fairness_weight=0,
    )


def _feasible(problem: Problem, threads: int | None) -> bool:
    highs = highs_for(Formulation(problem, soft=False), threads=threads)
    highs.setOptionValue("time_limit", 10.0)
    highs.run()
    return highs.getModelStatus() != highspy.HighsModelStatus.kInfeasible


def _with_successions(problem: Problem, keep: bool) -> Problem:
    if keep:
        return problem
    return replace(
        problem, shift_types=tuple(replace(s, forbidden_next=frozenset()) for s in problem.shift_types)
    )


def _minimal_rules(sub: Problem, threads: int | None) -> list[Reason]:
    person = sub.people[0]
    kept = {name for name, has, _ in _RULES if has(person)}
    if any(s.forbidden_next for s in sub.shift_types):
        kept.add("succession")

    def build(rules: set[str], days_off: frozenset[int], locks: tuple) -> Problem:
        p = replace(person, days_off=days_off)
        for name, _, drop in _RULES:
            if name not in rules:
                p = drop(p)
        return _with_successions(replace(sub, people=(p,), locks=locks), "succession" in rules)

    days_off, locks = person.days_off, sub.locks
    for name in sorted(kept):
        if not _feasible(build(kept - {name}, days_off, locks), threads):
            kept.discard(name)
    for day in sorted(days_off):
        if not _feasible(build(kept, days_off - {day}, locks), threads):
            days_off = days_off - {day}
    for lock in sub.locks:
        fewer = tuple(k for k in locks if k != lock)
        if not _feasible(build(kept, days_off, fewer), threads):
            locks = fewer
    return _describe(sub, person, kept, days_off, locks)


def _describe(problem: Problem, person: Person, rules: set[str], days_off, locks) -> list[Reason]:
    who = _who(person)
    out = [
        Reason(
            key="roster_person_infeasible",
            params={"person": who},
            text=f"{who}'s rules cannot all hold together:",
            person=person.id,
        )
    ]

    def rule(*, text: str, **fields) -> None:
        out.append(_reason(problem, person, text=f"{who}: {text}", **fields))

    if "min_minutes" in rules:
        rule(
            key="roster_rule_min_minutes",
            text=f"at least {person.min_minutes} minutes of work",
            minutes=person.min_minutes,
        )
    if "max_minutes" in rules:
        rule(
            key="roster_rule_max_minutes",
            text=f"at most {person.max_minutes} minutes of work",
            minutes=person.max_minutes,
        )
    if "max_run" in rules:
        n = person.max_consecutive_shifts
        rule(key="roster_rule_max_run", text=f"at most {n} working days in a row", count=n)
    if "min_run" in rules:
        n = person.min_consecutive_shifts
        rule(key="roster_rule_min_run", text=f"at least {n} working days in a row", count=n)
    if "min_off" in rules:
        n = person.min_consecutive_days_off
        rule(key="roster_rule_min_off", text=f"at least {n} days off in a row", count=n)
    if "weekends" in rules:
        n = person.max_weekends
        rule(key="roster_rule_weekends", text=f"at most {n} weekend(s) worked", count=n)
    if "max_shifts" in rules:
        for shift_id, n in sorted(person.max_shifts.items()):
            name = _shift_name(problem, shift_id)
            rule(key="roster_rule_max_shifts", text=f"at most {n} {name} shift(s)", shift=name, count=n)
    if "rest" in rules:
        n = person.min_rest_minutes
        rule(key="roster_rule_rest", text=f"at least {n} minutes of rest between shifts", minutes=n)
    if "succession" in rules:
        rule(key="roster_rule_succession", text="shifts that may not follow one another")
    for day in sorted(days_off):
        rule(key="roster_rule_day_off", text=f"off on {_when(problem, day)}", day=day)
    for lock in sorted(locks, key=lambda k: k.day):
        if lock.shift is None:
            rule(key="roster_rule_lock_off", text=f"locked off on {_when(problem, lock.day)}", day=lock.day)
        else:
            name = _shift_name(problem, lock.shift)
            rule(
                key="roster_rule_lock",
                text=f"locked to the {name} shift on {_when(problem, lock.day)}",
                day=lock.day,
                shift=name,
            )
    return out
