"""What the printed weekly roster (排班表) of one point says, independent of how it is drawn.

One :class:`RosterSheet` is one point's week: who works which shift at which window on each day, the hall's
own staff apart from the branch staff brought in on the tidal rotation (分局轮值人员), and the windows
planned against those required per half-hour. The Qt renderer (``taxdesk.gui.roster.printout``) draws a
sheet and nothing else, so a sheet can be built from a solved roster, a published version or a test.

Pure data, no database and no Qt; every class is immutable and checks itself when built (an inconsistent
sheet raises :class:`~taxdesk.core.errors.InvalidInput` naming what is wrong).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from taxdesk.core.errors import InvalidInput

HALL, BRANCH = "hall", "branch"
HOME_UNITS = (HALL, BRANCH)
WORK, LEAVE, OFF = "work", "leave", "off"
CELL_KINDS = (WORK, LEAVE, OFF)
DAYS = 7


def clock_text(moment: time) -> str:
    """A time as rosters write it: 8:30, 13:00."""
    return f"{moment.hour}:{moment.minute:02d}"


@dataclass(frozen=True)
class DayCell:
    """One person's day: a shift (its name, start and end, and the window staffed, if any), leave or off.

    Build cells with :meth:`shift`, :meth:`leave` and :meth:`off`."""

    kind: str
    shift_name: str = ""
    start: time | None = None
    end: time | None = None
    window: int | None = None

    def __post_init__(self):
        if self.kind not in CELL_KINDS:
            raise InvalidInput(f"a roster cell is work, leave or off, not {self.kind!r}")
        if self.kind == WORK:
            if not self.shift_name.strip() or self.start is None or self.end is None:
                raise InvalidInput("a worked roster cell needs the shift's name, start and end")
            if self.window is not None and self.window < 1:
                raise InvalidInput(f"window numbers start at 1, not {self.window}")
        elif self.shift_name or self.start or self.end or self.window is not None:
            raise InvalidInput(f"a roster cell on {self.kind} has no shift, times or window")

    @classmethod
    def shift(cls, name: str, start: time, end: time, window: int | None = None) -> DayCell:
        return cls(WORK, name, start, end, window)

    @classmethod
    def leave(cls) -> DayCell:
        return cls(LEAVE)

    @classmethod
    def off(cls) -> DayCell:
        return cls(OFF)

    @property
    def times_text(self) -> str:
        """8:30–17:00 (empty unless worked)."""
        if self.kind != WORK:
            return ""
        return f"{clock_text(self.start)}–{clock_text(self.end)}"


@dataclass(frozen=True)
class SheetRow:
    """A person on the roster: name as printed, staff code, home unit (hall or branch), one cell a day."""

    name: str
    code: str
    home_unit: str
    days: tuple[DayCell, ...]

    def __post_init__(self):
        if not self.name.strip():
            raise InvalidInput(f"the roster row of staff {self.code!r} has no name")
        if self.home_unit not in HOME_UNITS:
            raise InvalidInput(f"{self.name}: home unit is hall or branch, not {self.home_unit!r}")
        if len(self.days) != DAYS:
            raise InvalidInput(f"{self.name}: a week's roster row has 7 days, not {len(self.days)}")

    @property
    def working_days(self) -> int:
        return sum(cell.kind == WORK for cell in self.days)


@dataclass(frozen=True)
class CoverageSlot:
    """A half-hour starting at ``start``: windows required and windows the roster staffs."""

    start: time
    required: int
    planned: int

    def __post_init__(self):
        if self.required < 0 or self.planned < 0:
            raise InvalidInput(f"{clock_text(self.start)}: window counts cannot be negative")
        if self.start.minute not in (0, 30) or self.start.second or self.start.microsecond:
            raise InvalidInput(f"coverage half-hours start on the hour or half-hour, not {self.start}")

    @property
    def shortfall(self) -> int:
        """How many windows short of the requirement (0 when covered or over-covered)."""
        return max(0, self.required - self.planned)


@dataclass(frozen=True)
class CoverageDay:
    """A day's half-hours, in time order (a day the point is closed has none)."""

    day: date
    slots: tuple[CoverageSlot, ...]

    def __post_init__(self):
        starts = [slot.start for slot in self.slots]
        if starts != sorted(set(starts)):
            raise InvalidInput(f"{self.day}: coverage half-hours must be in order, each once")

    @property
    def shortfall(self) -> int:
        return sum(slot.shortfall for slot in self.slots)


@dataclass(frozen=True)
class RosterSheet:
    """One point's printed week.

    ``week`` is the ISO week (2026-W49) and ``dates`` its seven days, Monday first. ``version`` counts the
    publications of this week (1 for the first); ``published_at`` is when this version was published, or
    None for a draft (the print-out then says 草稿). ``coverage`` has an entry for each day with half-hours
    to staff (a day missing from it has none). ``supervisor`` names the supervisor who signs the sheet
    (empty: the signature line is left blank)."""

    bureau: str
    point_name: str
    week: str
    dates: tuple[date, ...]
    version: int
    published_at: datetime | None
    rows: tuple[SheetRow, ...]
    coverage: tuple[CoverageDay, ...] = ()
    supervisor: str = ""

    def __post_init__(self):
        if not self.point_name.strip():
            raise InvalidInput("a roster sheet needs the point's name")
        if len(self.dates) != DAYS:
            raise InvalidInput(f"a weekly roster has 7 dates, not {len(self.dates)}")
        monday = self.dates[0]
        if monday.weekday() != 0 or any(d != monday + timedelta(days=i) for i, d in enumerate(self.dates)):
            raise InvalidInput("a weekly roster's dates are the seven days from a Monday, in order")
        year, number, _ = monday.isocalendar()
        if self.week != f"{year}-W{number:02d}":
            raise InvalidInput(f"{monday} starts week {year}-W{number:02d}, not {self.week!r}")
        if self.version < 1:
            raise InvalidInput(f"roster versions start at 1, not {self.version}")
        codes = [row.code for row in self.rows]
        if len(set(codes)) != len(codes):
            raise InvalidInput("each person appears once on a roster sheet")
        days = [entry.day for entry in self.coverage]
        if len(set(days)) != len(days) or any(day not in self.dates for day in days):
            raise InvalidInput("coverage is given once per day, for the sheet's own dates")

    @property
    def draft(self) -> bool:
        return self.published_at is None

    @property
    def hall_rows(self) -> tuple[SheetRow, ...]:
        return tuple(row for row in self.rows if row.home_unit == HALL)

    @property
    def branch_rows(self) -> tuple[SheetRow, ...]:
        """The branch staff on the tidal rotation, printed apart from the hall's own."""
        return tuple(row for row in self.rows if row.home_unit == BRANCH)

    def coverage_on(self, day: date) -> CoverageDay:
        """The day's coverage (no half-hours if none was given)."""
        return next((entry for entry in self.coverage if entry.day == day), CoverageDay(day, ()))

    @property
    def slot_starts(self) -> tuple[time, ...]:
        """Every half-hour start of the week, in order: the columns of the coverage strip."""
        return tuple(sorted({slot.start for entry in self.coverage for slot in entry.slots}))
