"""What the printed weekly roster (排班表) of one point says, independent of how it is drawn.

One :class:`RosterSheet` is one point's week: who works which shift at which window — or on which
non-window duty (后台, 导税) — on each day, the hall's
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
class CellPart:
    """One shift of a worked day: its name, start and end, and either the window staffed (None when none
    was free) or the duty (``duty``: the duty's short name as printed, 后台; ``duty_code``: back_office)."""

    shift_name: str
    start: time
    end: time
    window: int | None = None
    duty: str = ""
    duty_code: str = ""

    def __post_init__(self):
        if not self.shift_name.strip():
            raise InvalidInput("a roster cell's shift needs its name")
        if self.window is not None and self.window < 1:
            raise InvalidInput(f"window numbers start at 1, not {self.window}")
        if self.window is not None and (self.duty or self.duty_code):
            raise InvalidInput(f"{self.shift_name}: a shift is at a window or on a duty, not both")
        if bool(self.duty.strip()) != bool(self.duty_code.strip()):
            raise InvalidInput(f"{self.shift_name}: a duty needs its short name and its code")

    @property
    def on_duty(self) -> bool:
        return bool(self.duty_code)

    @property
    def times_text(self) -> str:
        return f"{clock_text(self.start)}–{clock_text(self.end)}"


@dataclass(frozen=True)
class DayCell:
    """One person's day: a shift (its name, start and end, and the window staffed, if any, or the duty:
    its short name ``duty`` and code ``duty_code``), leave or off. A day of several shifts (a window in
    the morning, a duty in the afternoon) has them in ``parts``, earliest first; then ``shift_name`` is
    their names joined by " + ", ``start``/``end`` the first start and the last end, ``window`` the
    window when exactly one part is at a window, ``duty`` the duties' short names joined by "/" (empty
    when none). :attr:`pieces` gives every cell's shifts as parts, one or several.

    Build cells with :meth:`shift`, :meth:`split`, :meth:`leave` and :meth:`off`."""

    kind: str
    shift_name: str = ""
    start: time | None = None
    end: time | None = None
    window: int | None = None
    duty: str = ""
    duty_code: str = ""
    parts: tuple[CellPart, ...] = ()

    def __post_init__(self):
        if self.kind not in CELL_KINDS:
            raise InvalidInput(f"a roster cell is work, leave or off, not {self.kind!r}")
        if self.kind == WORK:
            if not self.shift_name.strip() or self.start is None or self.end is None:
                raise InvalidInput("a worked roster cell needs the shift's name, start and end")
            if self.window is not None and self.window < 1:
                raise InvalidInput(f"window numbers start at 1, not {self.window}")
            if len(self.parts) == 1:
                raise InvalidInput("a roster cell of one shift has no parts: build it with DayCell.shift")
            if not self.parts:
                self.pieces  # noqa: B018 — checks the single shift's window and duty
        elif self.shift_name or self.start or self.end or self.window is not None or self.duty or self.parts:
            raise InvalidInput(f"a roster cell on {self.kind} has no shift, times, window or duty")

    @classmethod
    def shift(
        cls,
        name: str,
        start: time,
        end: time,
        window: int | None = None,
        duty: str = "",
        duty_code: str = "",
    ) -> DayCell:
        return cls(WORK, name, start, end, window, duty, duty_code)

    @classmethod
    def split(cls, parts) -> DayCell:
        """A worked day of one shift or several (:class:`CellPart`, in any order; they may not overlap)."""
        parts = tuple(sorted(parts, key=lambda p: (p.start, p.end)))
        if not parts:
            raise InvalidInput("a worked roster cell needs at least one shift")
        if any(a.end > b.start for a, b in zip(parts, parts[1:], strict=False)):
            raise InvalidInput("a person's shifts of one day may not overlap")
        if len(parts) == 1:
            p = parts[0]
            return cls.shift(p.shift_name, p.start, p.end, p.window, p.duty, p.duty_code)
        windows = [p.window for p in parts if p.window is not None]
        return cls(
            WORK,
            " + ".join(p.shift_name for p in parts),
            parts[0].start,
            parts[-1].end,
            windows[0] if len(windows) == 1 else None,
            "/".join(p.duty for p in parts if p.duty),
            "/".join(p.duty_code for p in parts if p.duty_code),
            parts,
        )

    @property
    def pieces(self) -> tuple[CellPart, ...]:
        """The day's shifts as parts (none unless worked)."""
        if self.kind != WORK:
            return ()
        if self.parts:
            return self.parts
        return (CellPart(self.shift_name, self.start, self.end, self.window, self.duty, self.duty_code),)

    @property
    def on_duty(self) -> bool:
        """Some shift of the day is on a non-window duty."""
        return any(p.on_duty for p in self.pieces)

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
