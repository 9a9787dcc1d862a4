"""Reading the Curtois–Qu Shift Scheduling Benchmark files (schedulingbenchmarks.org, instances 1–24 in the
plain-text format; ``../shared/benchmarks/nrp/README.md``) into the general roster model.

Each file is a list of sections (``SECTION_HORIZON``, ``SECTION_SHIFTS``, ``SECTION_STAFF``,
``SECTION_DAYS_OFF``, ``SECTION_SHIFT_ON_REQUESTS``, ``SECTION_SHIFT_OFF_REQUESTS``, ``SECTION_COVER``) of
comma-separated lines; ``#`` starts a comment. The horizon starts on a Monday. One :class:`Cover` per day
and shift type, covering that shift alone. A malformed file raises :class:`InvalidInput` naming the line
and what is wrong with it; nothing is half read.
"""

from __future__ import annotations

from pathlib import Path

from taxdesk.core.errors import InvalidInput
from taxdesk.core.roster.model import Cover, Person, Problem, ShiftRequest, ShiftType

SECTIONS = (
    "SECTION_HORIZON",
    "SECTION_SHIFTS",
    "SECTION_STAFF",
    "SECTION_DAYS_OFF",
    "SECTION_SHIFT_ON_REQUESTS",
    "SECTION_SHIFT_OFF_REQUESTS",
    "SECTION_COVER",
)
REQUIRED = ("SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF")


class _Bad(Exception):
    """A line's problem, turned into InvalidInput with the file and line number by :func:`load`."""


def load(path: str | Path) -> Problem:
    """The benchmark instance in ``path``. Raises InvalidInput for a file that cannot be read or is not in
    the benchmark's format (the message names the line)."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InvalidInput(
            f"cannot read {path}: {reason}", key="nrp_unreadable", path=str(path), reason=reason
        ) from None
    return parse(text, source=str(path))


def parse(text: str, *, source: str = "<text>") -> Problem:
    """The benchmark instance written in ``text`` (see :func:`load`)."""
    sections: dict[str, list[tuple[int, list[str]]]] = {}
    current: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("SECTION_"):
            if line not in SECTIONS:
                raise _error(source, number, f"unknown section {line}")
            if line in sections:
                raise _error(source, number, f"{line} appears twice")
            current = line
            sections[current] = []
            continue
        if current is None:
            raise _error(source, number, "data before the first SECTION_ line")
        sections[current].append((number, [cell.strip() for cell in line.split(",")]))
    for name in REQUIRED:
        if name not in sections:
            raise InvalidInput(
                f"{source}: no {name} (not a shift scheduling benchmark file?)",
                key="nrp_missing_section",
                path=source,
                section=name,
            )
    reader = _Reader()
    try:
        for name, step in (
            ("SECTION_HORIZON", reader.horizon),
            ("SECTION_SHIFTS", reader.shifts),
            ("SECTION_STAFF", reader.staff),
            ("SECTION_DAYS_OFF", reader.days_off),
            ("SECTION_SHIFT_ON_REQUESTS", reader.requests_on),
            ("SECTION_SHIFT_OFF_REQUESTS", reader.requests_off),
            ("SECTION_COVER", reader.cover),
        ):
            for reader.at, cells in sections.get(name, []):
                step(cells)
            if name == "SECTION_HORIZON" and reader.days is None:
                raise InvalidInput(
                    f"{source}: SECTION_HORIZON gives no number of days",
                    key="nrp_missing_section",
                    path=source,
                    section=name,
                )
        reader.resolve_successions()
    except _Bad as bad:
        raise _error(source, reader.at, str(bad)) from None
    return reader.problem()


def _error(source: str, line: int, reason: str) -> InvalidInput:
    return InvalidInput(
        f"{source}, line {line}: {reason}", key="nrp_bad_line", path=source, line=line, reason=reason
    )


def _int(cell: str, what: str, minimum: int = 0) -> int:
    try:
        value = int(cell)
    except ValueError:
        raise _Bad(f"{what} {cell!r} is not a whole number") from None
    if value < minimum:
        raise _Bad(f"{what} {value} is below {minimum}")
    return value


def _fields(cells: list[str], count: int, names: str, *, at_least: bool = False) -> None:
    if len(cells) < count or (len(cells) > count and not at_least):
        raise _Bad(f"expected {count} comma-separated fields ({names}), found {len(cells)}")


class _Reader:
    """The sections' lines, one step per line, checked against what was read before."""

    def __init__(self):
        self.at = 0  # the line being read
        self.days: int | None = None
        self.shift_minutes: dict[str, int] = {}
        self.shift_next: dict[str, tuple[int, list[str]]] = {}
        self.people: dict[str, dict] = {}
        self.on: list[ShiftRequest] = []
        self.off: list[ShiftRequest] = []
        self.covers: dict[tuple[int, str], Cover] = {}

    def horizon(self, cells: list[str]) -> None:
        if self.days is not None:
            raise _Bad("SECTION_HORIZON holds more than one number")
        _fields(cells, 1, "number of days")
        self.days = _int(cells[0], "horizon", 1)

    def shifts(self, cells: list[str]) -> None:
        if len(cells) == 2:  # the trailing comma of an empty succession list may be missing
            cells = [*cells, ""]
        _fields(cells, 3, "ShiftID, minutes, shifts that cannot follow")
        shift_id = cells[0]
        if not shift_id:
            raise _Bad("empty shift ID")
        if shift_id in self.shift_minutes:
            raise _Bad(f"shift {shift_id} is defined twice")
        self.shift_minutes[shift_id] = _int(cells[1], f"shift {shift_id} length", 1)
        forbidden = [s.strip() for s in cells[2].split("|") if s.strip()]
        self.shift_next[shift_id] = (self.at, forbidden)

    def resolve_successions(self) -> None:
        for shift_id, (line, forbidden) in self.shift_next.items():
            for other in forbidden:
                if other not in self.shift_minutes:
                    self.at = line
                    raise _Bad(f"shift {shift_id} names an unknown shift {other!r} that cannot follow it")

    def _day(self, cell: str) -> int:
        day = _int(cell, "day")
        if day >= self.days:
            raise _Bad(f"day {day} is outside the horizon (days 0 to {self.days - 1})")
        return day

    def _shift(self, cell: str) -> str:
        if cell not in self.shift_minutes:
            raise _Bad(f"unknown shift {cell!r}")
        return cell

    def _person(self, cell: str) -> str:
        if cell not in self.people:
            raise _Bad(f"unknown employee {cell!r}")
        return cell

    def staff(self, cells: list[str]) -> None:
        _fields(
            cells,
            8,
            "ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts, MinConsecutiveShifts, "
            "MinConsecutiveDaysOff, MaxWeekends",
        )
        person_id = cells[0]
        if not person_id:
            raise _Bad("empty employee ID")
        if person_id in self.people:
            raise _Bad(f"employee {person_id} is listed twice")
        max_shifts: dict[str, int] = {}
        for item in filter(None, (c.strip() for c in cells[1].split("|"))):
            shift, sep, value = item.partition("=")
            if not sep:
                raise _Bad(f"MaxShifts entry {item!r} is not SHIFT=N")
            shift = self._shift(shift.strip())
            if shift in max_shifts:
                raise _Bad(f"MaxShifts names shift {shift} twice")
            max_shifts[shift] = _int(value.strip(), f"MaxShifts for {shift}")
        max_minutes = _int(cells[2], "MaxTotalMinutes")
        min_minutes = _int(cells[3], "MinTotalMinutes")
        if min_minutes > max_minutes:
            raise _Bad(f"MinTotalMinutes {min_minutes} is above MaxTotalMinutes {max_minutes}")
        max_run = _int(cells[4], "MaxConsecutiveShifts", 1)
        min_run = _int(cells[5], "MinConsecutiveShifts", 1)
        if min_run > max_run:
            raise _Bad(f"MinConsecutiveShifts {min_run} is above MaxConsecutiveShifts {max_run}")
        self.people[person_id] = dict(
            id=person_id,
            name=person_id,
            max_shifts=max_shifts,
            max_minutes=max_minutes,
            min_minutes=min_minutes,
            max_consecutive_shifts=max_run,
            min_consecutive_shifts=min_run,
            min_consecutive_days_off=_int(cells[6], "MinConsecutiveDaysOff", 1),
            max_weekends=_int(cells[7], "MaxWeekends"),
            days_off=set(),
        )

    def days_off(self, cells: list[str]) -> None:
        _fields(cells, 1, "EmployeeID, day indexes", at_least=True)
        person = self.people[self._person(cells[0])]
        for cell in cells[1:]:
            if cell:
                person["days_off"].add(self._day(cell))

    def _request(self, cells: list[str], on: bool) -> ShiftRequest:
        _fields(cells, 4, "EmployeeID, Day, ShiftID, Weight")
        return ShiftRequest(
            person=self._person(cells[0]),
            day=self._day(cells[1]),
            shifts=self._shift(cells[2]),
            weight=_int(cells[3], "weight"),
            on=on,
        )

    def requests_on(self, cells: list[str]) -> None:
        self.on.append(self._request(cells, True))

    def requests_off(self, cells: list[str]) -> None:
        self.off.append(self._request(cells, False))

    def cover(self, cells: list[str]) -> None:
        _fields(cells, 5, "Day, ShiftID, Requirement, Weight for under, Weight for over")
        day, shift = self._day(cells[0]), self._shift(cells[1])
        if (day, shift) in self.covers:
            raise _Bad(f"cover for day {day}, shift {shift} is given twice")
        self.covers[(day, shift)] = Cover(
            day=day,
            shifts=frozenset({shift}),
            required=_int(cells[2], "requirement"),
            under_weight=_int(cells[3], "under-cover weight"),
            over_weight=_int(cells[4], "over-cover weight"),
            label=f"{shift} {day}",
        )

    def problem(self) -> Problem:
        shift_types = tuple(
            ShiftType(id=s, minutes=m, forbidden_next=frozenset(self.shift_next[s][1]), name=s)
            for s, m in self.shift_minutes.items()
        )
        people = tuple(
            Person(**{**fields, "days_off": frozenset(fields["days_off"])}) for fields in self.people.values()
        )
        return Problem(
            days=self.days,
            shift_types=shift_types,
            people=people,
            covers=tuple(self.covers.values()),
            requests=tuple(self.on + self.off),
            first_weekday=0,
        )
