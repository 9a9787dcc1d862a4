"""The roster engine's input and output: one general model for the hall's weekly rotation and for the
Curtois–Qu shift-scheduling benchmark (``taxdesk roster nrp``).

A :class:`Problem` is a horizon of ``days`` (day 0 is a Monday unless ``first_weekday`` says otherwise),
the :class:`ShiftType` templates people can work, the :class:`Person` records with their hard limits, soft
:class:`ShiftRequest` s, :class:`Cover` requirements and :class:`Lock` s that a re-solve must keep.

Hard rules (a roster breaking one is infeasible):

- at most one shift per person per day — or, when the problem has ``split_days``, several whose clock
  times do not overlap (a window in the morning, a duty in the afternoon: the roster writes such a day as
  the shift ids joined by :data:`PART_SEPARATOR`, see :func:`parts`), at most ``max_day_shifts`` of them;
  none on a person's ``days_off`` (leave included);
- ``max_shifts`` per shift type, ``min_minutes`` / ``max_minutes`` over the horizon;
- runs of consecutive working days at most ``max_consecutive_shifts`` and, unless the run touches the
  first or last day of the horizon, at least ``min_consecutive_shifts``; runs of days off at least
  ``min_consecutive_days_off`` unless they touch either end (the benchmark's reading: a run cut by the
  horizon may continue outside it);
- at most ``max_weekends`` weekends worked (a weekend is worked when its Saturday or Sunday is);
- a shift in ``ShiftType.forbidden_next`` never on the day after (e.g. a late shift then an early one),
  and with clock times at least ``min_rest_minutes`` between a shift's end and the next day's start;
- a person works only shift types whose ``skills`` they all have;
- a window holds one person at a time: two shift types with the same ``ShiftType.window`` whose clock
  times overlap (a shift without clock times spans the whole day) are never worked by two people on one
  day;
- every :class:`Lock`.

Soft rules, summed into the objective (all weights are whole numbers):

- a :class:`ShiftRequest` with ``on=True`` costs its weight when the person works none of its shifts
  that day; with ``on=False`` when they work one of them;
- a :class:`Cover` costs ``under_weight`` per person short of ``required`` and ``over_weight`` per person
  beyond it, counting the people working any shift in ``Cover.shifts`` that day;
- ``fairness_weight`` × (most − fewest shifts worked, each counting its ``prior_shifts`` of earlier
  weeks too) over the people with ``rotating=True`` (the branch staff brought onto tidal windows: peak
  duty shared evenly, across weeks);
- ``Person.shift_cost`` for every shift the person works (the branch staff: as few half-days as possible);
- ``absence_weight`` for each of a person's ``presence`` moments (day, minute) that no shift of theirs
  spans (the hall staff's contracted half-days: each on a window or a duty, a deviation costly), and for
  each of a person's ``presence_days`` without any shift (a contract of one half-day a day, either half).

Every new feature is off by default (``split_days`` False, no presence, no costs, no prior shifts): the
Curtois–Qu benchmark's problems use none of them and get the very same programme as before.

Pure data, no database and no Qt; every class is immutable.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SATURDAY, SUNDAY = 5, 6


@dataclass(frozen=True)
class ShiftType:
    """A shift template. ``minutes`` are the working minutes that count towards a person's limits;
    ``start_min``/``end_min`` (minutes after midnight, ``end_min`` may pass 1440) are known for the hall's
    shifts and None for the benchmark's. ``skills``: what a person must have to work it (a window's queue
    categories, say); ``window``: the window it staffs, if any."""

    id: str
    minutes: int
    forbidden_next: frozenset[str] = frozenset()
    start_min: int | None = None
    end_min: int | None = None
    skills: frozenset[str] = frozenset()
    window: int | None = None
    name: str = ""


@dataclass(frozen=True)
class Person:
    """Somebody who can be rostered. ``max_shifts`` maps a shift type to the most times it may be worked
    over the horizon (a type missing from it is unlimited); None for a limit means none."""

    id: str
    name: str = ""
    skills: frozenset[str] = frozenset()
    rotating: bool = False  # branch staff on the tidal rotation (分局轮值人员), shared fairly
    max_shifts: dict[str, int] = field(default_factory=dict)
    min_minutes: int = 0
    max_minutes: int | None = None
    max_consecutive_shifts: int | None = None
    min_consecutive_shifts: int = 1
    min_consecutive_days_off: int = 1
    max_weekends: int | None = None
    min_rest_minutes: int = 0
    days_off: frozenset[int] = frozenset()
    presence: frozenset[tuple[int, int]] = frozenset()  # (day, minute): to be at work then (soft)
    presence_days: frozenset[int] = frozenset()  # days to work some shift on, at any time (soft)
    max_day_shifts: int | None = None  # with split_days, the most shifts a day (1: a half-day contract)
    shift_cost: int = 0  # per shift worked
    prior_shifts: int = 0  # shifts of earlier weeks counted in the fairness rule

    def __hash__(self) -> int:  # max_shifts is a dict: hash by identity of the record's id
        return hash(self.id)


@dataclass(frozen=True)
class ShiftRequest:
    """A wish: ``on`` — to work one of ``shifts`` on ``day`` (weight paid if none is worked), else to work
    none of them (paid if one is). ``shifts`` may be given as one shift type's id (the benchmark's
    requests); the hall's name every shift of a template, or every shift for a whole day."""

    person: str
    day: int
    shifts: frozenset[str]
    weight: int
    on: bool

    def __post_init__(self) -> None:
        if isinstance(self.shifts, str):
            object.__setattr__(self, "shifts", frozenset({self.shifts}))


@dataclass(frozen=True)
class Cover:
    """How many people ``day`` needs on any of ``shifts`` (the shift types that staff that requirement: one
    shift type in the benchmark, every shift covering a half-hour for a skill in the hall). ``label``
    names it for messages and the coverage strip ("E", "09:30 A")."""

    day: int
    shifts: frozenset[str]
    required: int
    under_weight: int
    over_weight: int
    label: str = ""


@dataclass(frozen=True)
class Lock:
    """An assignment a solve must keep: ``person`` works ``shift`` on ``day`` (None: is off that day).
    ``shift`` may be several joined (``A+B``); with ``split_days`` the person may also work other shifts
    that day at other times."""

    person: str
    day: int
    shift: str | None


@dataclass(frozen=True)
class Problem:
    days: int
    shift_types: tuple[ShiftType, ...]
    people: tuple[Person, ...]
    covers: tuple[Cover, ...] = ()
    requests: tuple[ShiftRequest, ...] = ()
    locks: tuple[Lock, ...] = ()
    fairness_weight: int = 0
    first_weekday: int = 0  # 0 = Monday
    split_days: bool = False  # several non-overlapping shifts a day allowed
    absence_weight: int = 0  # per presence moment without a shift

    def weekday(self, day: int) -> int:
        return (self.first_weekday + day) % 7

    def weekends(self) -> list[tuple[int, ...]]:
        """The horizon's weekends as tuples of day indexes (a weekend cut by the horizon has one day)."""
        found: dict[int, list[int]] = {}
        for day in range(self.days):
            if self.weekday(day) in (SATURDAY, SUNDAY):
                monday = day - self.weekday(day)
                found.setdefault(monday, []).append(day)
        return [tuple(days) for _, days in sorted(found.items())]

    def window_groups(self) -> list[frozenset[str]]:
        """The window rule's groups: for each window and each moment a shift there starts, the shift types
        at that window spanning it (at most one person a day across a group); only groups of two or more,
        none inside another."""
        by_window: dict[int, list[ShiftType]] = {}
        for s in self.shift_types:
            if s.window is not None:
                by_window.setdefault(s.window, []).append(s)
        groups: set[frozenset[str]] = set()
        for shifts in by_window.values():
            for moment in {s.start_min for s in shifts}:
                groups.add(frozenset(s.id for s in shifts if _spans(s, moment)))
        return sorted(
            (g for g in groups if len(g) > 1 and not any(g < other for other in groups)), key=sorted
        )

    def shift(self, shift_id: str) -> ShiftType:
        """The shift type ``shift_id``; a day of several (``A+B``) reads as one shift spanning them all,
        with their minutes, skills and successors together (for messages and checks that need one)."""
        if PART_SEPARATOR in shift_id:
            pieces = [self.shift(p) for p in parts(shift_id)]
            starts = [p.start_min for p in pieces]
            ends = [p.end_min for p in pieces]
            return ShiftType(
                id=shift_id,
                minutes=sum(p.minutes for p in pieces),
                forbidden_next=frozenset().union(*(p.forbidden_next for p in pieces)),
                start_min=None if None in starts else min(starts),
                end_min=None if None in ends else max(ends),
                skills=frozenset().union(*(p.skills for p in pieces)),
                name=" + ".join(p.name or p.id for p in pieces),
            )
        return next(s for s in self.shift_types if s.id == shift_id)

    def person(self, person_id: str) -> Person:
        return next(p for p in self.people if p.id == person_id)


def _spans(shift: ShiftType, moment: int | None) -> bool:
    if shift.start_min is None or shift.end_min is None or moment is None:
        return True
    return shift.start_min <= moment < shift.end_min


Roster = dict[str, list[str | None]]  # person id → the shift worked on each day, or None

PART_SEPARATOR = "+"  # a day of several shifts (split_days): their ids joined, earliest first


def parts(entry: str | None) -> tuple[str, ...]:
    """The shift ids of a roster's day entry: none for a day off, one, or several (``AM:B:4+PM:@back``)."""
    return tuple(entry.split(PART_SEPARATOR)) if entry else ()


def join_parts(shift_ids, problem: Problem | None = None) -> str | None:
    """A day's shifts as one roster entry (None for none), ordered by start time when ``problem`` is
    given (else by id), so the same day always reads the same."""
    ids = list(shift_ids)
    if not ids:
        return None
    if problem is not None:
        ids.sort(key=lambda s: (problem.shift(s).start_min or 0, s))
    else:
        ids.sort()
    return PART_SEPARATOR.join(ids)


@dataclass(frozen=True)
class Reason:
    """One reason why no roster exists, in words: ``text`` in English (the command line), ``key`` and
    ``params`` for the GUI's translated sentence (``taxdesk.gui.messages.MESSAGES``). ``person`` and
    ``day`` say whom and which day it concerns (None when it is not one person or one day)."""

    key: str
    params: dict
    text: str
    person: str | None = None
    day: int | None = None

    def __hash__(self) -> int:  # params is a dict
        return hash((self.key, self.text))


@dataclass(frozen=True)
class Solution:
    """A solve's outcome. ``status``: optimal | time_limit (a roster, maybe not optimal; the roster is
    empty when the time ran out before any was found) | infeasible | cancelled (the best roster found
    before the cancel, maybe empty). ``bound`` is the best proven lower bound; ``gap`` = (objective −
    bound) / objective (0 when both are 0)."""

    status: str
    roster: Roster
    objective: float | None
    bound: float | None
    gap: float | None
    seconds: float
    explanation: tuple[Reason, ...] = ()  # why there is no roster, in words (infeasible)

    @property
    def optimal(self) -> bool:
        return self.status == "optimal"
