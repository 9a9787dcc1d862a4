"""The bureau's calendar: workdays, statutory holidays and the monthly filing deadline (征期).

Workdays and holidays come from the ``chinesecalendar`` package, which follows the State Council's yearly
notices (make-up workdays, 调休, included) but only for the years it ships, 2004–2026 in version 1.11. For
any other year this module falls back to plain weekends, Monday–Friday work and Saturday–Sunday rest;
:func:`is_covered` tells callers when that happens, so they can warn.

The filing deadline is the State Taxation Administration's official calendar where this module ships it
(:data:`OFFICIAL_FILING_DEADLINES`), and the legal rule elsewhere (:func:`filing_deadline_by_rule`).

The module-level functions know only the package and the shipped tables. A database can override both:
:class:`Calendar`, from :func:`for_database`, adds the State Council notices imported into
``calendar_days`` (a day made a holiday or a make-up workday; the only source for years the package does not
know) and the official deadlines a supervisor imported or set in ``filing_deadlines``. Imported deadline >
shipped official table > legal rule (computed with the overridden workdays). A year neither the package nor
an imported notice covers falls back to plain weekends and :meth:`Calendar.is_covered` says so, for a
visible warning. The notice and deadline files (:func:`import_notice`, :func:`import_deadlines`) are
loaded all or nothing.

The module-level functions are pure and cheap; any thread may call them. :func:`for_database` reads the
database at most once a minute per process (at once again after an import here), and the imports write:
call those on a worker thread.
"""

from __future__ import annotations

import os
import time
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

import chinese_calendar
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from taxdesk.core import audit, files, validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import CalendarDay, FilingDeadline
from taxdesk.core.errors import InvalidInput
from taxdesk.core.roles import CALENDAR_EDIT, Actor, require

# Official last day of the monthly filing period, January to December (domain.md: 2024 from a repost,
# 2025 from 税总办征科函〔2024〕71号, 2026 from 税总办征科函〔2025〕64号).
OFFICIAL_FILING_DEADLINES: dict[int, tuple[int, ...]] = {
    2024: (15, 23, 15, 18, 22, 19, 15, 15, 18, 24, 15, 16),
    2025: (15, 20, 17, 18, 22, 16, 15, 15, 15, 27, 17, 15),
    2026: (20, 24, 16, 20, 22, 15, 15, 17, 15, 26, 16, 15),
}

# The package's own Chinese names are the short ones (清明, 端午); the notices say 清明节, 端午节, 中秋节.
_HOLIDAY_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
}

FILING_BASE_DAY = 15
# Consecutive rest days within the 1st–15th that extend the filing period (征管法实施细则 art. 109).
LONG_REST_DAYS = 3

_ONE_DAY = timedelta(days=1)


@cache
def is_covered(year: int) -> bool:
    """Whether the holiday notice for ``year`` is known (else workdays are plain Monday–Friday)."""
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@lru_cache(maxsize=4096)
def is_workday(day: date) -> bool:
    """Whether the bureau works on ``day``: make-up workdays (调休) count, statutory holidays do not."""
    if is_covered(day.year):
        return chinese_calendar.is_workday(day)
    return day.weekday() < 5


def is_rest_day(day: date) -> bool:
    """The opposite of :func:`is_workday`: weekends and statutory holidays, minus make-up workdays."""
    return not is_workday(day)


def holiday_name(day: date) -> str | None:
    """The Chinese name of the statutory holiday ``day`` belongs to (国庆节, 春节 …), else None.

    Ordinary weekends, make-up workdays and every day of an uncovered year give None.
    """
    if not is_covered(day.year):
        return None
    on_holiday, name = chinese_calendar.get_holiday_detail(day)
    if not on_holiday or name is None:
        return None
    return _HOLIDAY_NAMES.get(name, name)


def working_days(start: date, end: date) -> Iterator[date]:
    """The workdays from ``start`` to ``end``, both included, in order."""
    day = start
    while day <= end:
        if is_workday(day):
            yield day
        day += _ONE_DAY


def next_workday(day: date) -> date:
    """``day`` itself if it is a workday, else the first workday after it."""
    return _next_workday(day, is_workday)


def add_workdays(day: date, count: int) -> date:
    """The ``count``-th workday after ``day`` (``day`` itself is not counted; ``count`` ≥ 1)."""
    return _add_workdays(day, count, is_workday)


def _next_workday(day: date, workday: Callable[[date], bool]) -> date:
    while not workday(day):
        day += _ONE_DAY
    return day


def _add_workdays(day: date, count: int, workday: Callable[[date], bool]) -> date:
    if count < 1:
        raise ValueError("count must be at least 1")
    while count:
        day += _ONE_DAY
        if workday(day):
            count -= 1
    return day


@lru_cache(maxsize=512)
def filing_deadline(year: int, month: int) -> date:
    """The last day of the monthly filing period (征期) of ``year``-``month``.

    The official calendar where :data:`OFFICIAL_FILING_DEADLINES` has the year, otherwise
    :func:`filing_deadline_by_rule`, which is only an approximation of what the State Taxation
    Administration will publish.
    """
    official = OFFICIAL_FILING_DEADLINES.get(year)
    if official is not None:
        return date(year, month, official[month - 1])
    return filing_deadline_by_rule(year, month)


def filing_deadline_by_rule(year: int, month: int) -> date:
    """The filing deadline computed from the legal rule, an approximation of the official calendar.

    The period ends on the 15th. Every run of at least three consecutive rest days (weekends count, make-up
    workdays do not) inside the 1st–15th extends it by as many workdays as the run has days in that span;
    without such a run a deadline on a rest day moves to the next workday. Read this way the rule
    reproduces all 36 official deadlines of 2024–2026; in a year the holiday data does not cover only
    weekends are known, so it can only move the deadline off a weekend.
    """
    return _deadline_by_rule(year, month, is_workday)


def _deadline_by_rule(year: int, month: int, workday: Callable[[date], bool]) -> date:
    extension = 0
    run = 0
    for day_of_month in range(1, FILING_BASE_DAY + 1):
        if workday(date(year, month, day_of_month)):
            extension += run if run >= LONG_REST_DAYS else 0
            run = 0
        else:
            run += 1
    extension += run if run >= LONG_REST_DAYS else 0
    base = date(year, month, FILING_BASE_DAY)
    return _add_workdays(base, extension, workday) if extension else _next_workday(base, workday)


def filing_period(year: int, month: int) -> tuple[date, date]:
    """The filing period of the month: its first day and :func:`filing_deadline`."""
    return date(year, month, 1), filing_deadline(year, month)


# ------------------------------------------------------------------------------- a database's calendar

# How long a process trusts the overrides it read: another desk's import shows within this many seconds.
OVERRIDES_TTL_S = 60
DAY_KINDS = ("holiday", "workday")
NOTICE_COLUMNS = ("date", "kind", "name")
DEADLINE_COLUMNS = ("year", "month", "date")
NAME_MAX = 40
YEAR_MIN, YEAR_MAX = validate.FIRST_YEAR, validate.LAST_YEAR


@dataclass(frozen=True)
class DayInfo:
    """What the calendar says about one day.

    ``days_to_deadline`` counts calendar days from ``day`` to its month's filing deadline (0 on the
    deadline, negative after it); ``workdays_to_deadline`` the workdays after ``day`` up to and including
    the deadline (0 on and after it). ``covered`` is False when neither the package nor an imported notice
    knows the year: workdays are then plain Monday–Friday and the desk should warn.
    """

    day: date
    workday: bool
    holiday_name: str | None
    filing_deadline_of_month: date
    days_to_deadline: int
    workdays_to_deadline: int
    covered: bool
    makeup_workday: bool
    deadline_source: str  # imported | official | rule

    def to_json(self) -> dict:
        return {
            "date": self.day.isoformat(),
            "workday": self.workday,
            "holiday_name": self.holiday_name,
            "filing_deadline_of_month": self.filing_deadline_of_month.isoformat(),
            "days_to_deadline": self.days_to_deadline,
            "workdays_to_deadline": self.workdays_to_deadline,
            "covered": self.covered,
            "makeup_workday": self.makeup_workday,
            "deadline_source": self.deadline_source,
        }


class Calendar:
    """The calendar with a database's overrides: imported notice days (``date -> (kind, name)``) win over
    the package, imported deadlines over the shipped table. Immutable; any thread may use it.

    ``Calendar()`` without overrides is the package and the shipped tables alone (:data:`PACKAGE`).
    """

    def __init__(
        self,
        days: Mapping[date, tuple[str, str | None]] | None = None,
        deadlines: Mapping[tuple[int, int], date] | None = None,
    ):
        self._days = dict(days or {})
        self._deadlines = dict(deadlines or {})
        self._notice_years = frozenset(day.year for day in self._days)
        self._rule_cache: dict[tuple[int, int], date] = {}

    def __repr__(self) -> str:
        return f"Calendar({len(self._days)} notice days, {len(self._deadlines)} imported deadlines)"

    def is_covered(self, year: int) -> bool:
        """Whether holidays of ``year`` are known: the package ships them or a notice was imported."""
        return year in self._notice_years or is_covered(year)

    def is_workday(self, day: date) -> bool:
        override = self._days.get(day)
        if override is not None:
            return override[0] == "workday"
        return is_workday(day)

    def is_rest_day(self, day: date) -> bool:
        return not self.is_workday(day)

    def is_makeup_workday(self, day: date) -> bool:
        """A Saturday or Sunday worked to make up for a holiday (调休上班)."""
        return day.weekday() >= 5 and self.is_workday(day)

    def holiday_name(self, day: date) -> str | None:
        """The statutory holiday ``day`` belongs to (the notice's name where one was imported), else None."""
        override = self._days.get(day)
        if override is not None:
            kind, name = override
            return (name or None) if kind == "holiday" else None
        return holiday_name(day)

    def working_days(self, start: date, end: date) -> Iterator[date]:
        day = start
        while day <= end:
            if self.is_workday(day):
                yield day
            day += _ONE_DAY

    def next_workday(self, day: date) -> date:
        return _next_workday(day, self.is_workday)

    def add_workdays(self, day: date, count: int) -> date:
        return _add_workdays(day, count, self.is_workday)

    def deadline_source(self, year: int, month: int) -> str:
        """Where :meth:`filing_deadline` comes from: ``imported``, ``official`` (shipped) or ``rule``."""
        if (year, month) in self._deadlines:
            return "imported"
        return "official" if year in OFFICIAL_FILING_DEADLINES else "rule"

    def filing_deadline(self, year: int, month: int) -> date:
        """Imported official entry > shipped official table > the legal rule on this calendar's workdays."""
        imported = self._deadlines.get((year, month))
        if imported is not None:
            return imported
        official = OFFICIAL_FILING_DEADLINES.get(year)
        if official is not None:
            return date(year, month, official[month - 1])
        return self.filing_deadline_by_rule(year, month)

    def filing_deadline_by_rule(self, year: int, month: int) -> date:
        key = (year, month)
        if key not in self._rule_cache:
            self._rule_cache[key] = _deadline_by_rule(year, month, self.is_workday)
        return self._rule_cache[key]

    def filing_period(self, year: int, month: int) -> tuple[date, date]:
        return date(year, month, 1), self.filing_deadline(year, month)

    def day_info(self, day: date) -> DayInfo:
        """What the calendar says about ``day`` (refused outside :data:`validate.FIRST_DAY` –
        :data:`validate.LAST_DAY`: the deadline arithmetic runs past the end of the month)."""
        validate.day(day)
        deadline = self.filing_deadline(day.year, day.month)
        return DayInfo(
            day=day,
            workday=self.is_workday(day),
            holiday_name=self.holiday_name(day),
            filing_deadline_of_month=deadline,
            days_to_deadline=(deadline - day).days,
            workdays_to_deadline=sum(1 for _ in self.working_days(day + _ONE_DAY, deadline)),
            covered=self.is_covered(day.year),
            makeup_workday=self.is_makeup_workday(day),
            deadline_source=self.deadline_source(day.year, day.month),
        )

    def special_days(self, year: int) -> tuple[SpecialDay, ...]:
        """The holidays and make-up workdays of ``year`` in date order, each with where it comes from.

        Every imported notice day is listed (source ``notice``, even a weekday it merely confirms as a
        workday, so it can be found and removed); from the package, the days of a statutory holiday and
        the weekend days worked to make up for one, named after that holiday (source ``package``). A year
        nobody covers has none. Any thread.
        """
        found = []
        package = is_covered(year)
        day, end = date(year, 1, 1), date(year, 12, 31)
        while day <= end:
            override = self._days.get(day)
            if override is not None:
                found.append(SpecialDay(day, override[0], override[1] or None, "notice"))
            elif package:
                on_holiday, name = chinese_calendar.get_holiday_detail(day)
                name = _HOLIDAY_NAMES.get(name, name) if name else None
                if on_holiday and name:
                    found.append(SpecialDay(day, "holiday", name, "package"))
                elif not on_holiday and day.weekday() >= 5:
                    found.append(SpecialDay(day, "workday", name, "package"))
            day += _ONE_DAY
        return tuple(found)

    def special_periods(self, year: int) -> tuple[SpecialPeriod, ...]:
        """:meth:`special_days` run together: consecutive days of the same kind, name and source make one
        period (a holiday's nine days, or a single make-up Saturday). Any thread."""
        periods: list[SpecialPeriod] = []
        for special in self.special_days(year):
            last = periods[-1] if periods else None
            if (
                last is not None
                and last.last + _ONE_DAY == special.day
                and (last.kind, last.name, last.source) == (special.kind, special.name, special.source)
            ):
                periods[-1] = SpecialPeriod(last.first, special.day, last.kind, last.name, last.source)
            else:
                periods.append(
                    SpecialPeriod(special.day, special.day, special.kind, special.name, special.source)
                )
        return tuple(periods)

    def filing_months(self, year: int) -> tuple[FilingMonth, ...]:
        """The twelve filing periods of ``year``: deadline, its source and the workdays in the period."""
        months = []
        for month in range(1, 13):
            first, deadline = self.filing_period(year, month)
            workdays = sum(1 for _ in self.working_days(first, deadline))
            months.append(FilingMonth(year, month, deadline, self.deadline_source(year, month), workdays))
        return tuple(months)


@dataclass(frozen=True)
class SpecialDay:
    """A holiday or make-up workday: ``kind`` ``holiday`` | ``workday``, ``source`` ``package`` (the
    chinesecalendar package) | ``notice`` (a notice imported into the database). ``name`` is the holiday
    (for a make-up workday from the package, the holiday it makes up for)."""

    day: date
    kind: str
    name: str | None
    source: str


@dataclass(frozen=True)
class SpecialPeriod:
    """Consecutive :class:`SpecialDay` s of one kind, name and source, ``first`` to ``last`` included."""

    first: date
    last: date
    kind: str
    name: str | None
    source: str

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


@dataclass(frozen=True)
class FilingMonth:
    """One month's filing period: from the 1st to ``deadline`` (``source`` as
    :meth:`Calendar.deadline_source`), ``workdays`` of them workdays."""

    year: int
    month: int
    deadline: date
    source: str
    workdays: int

    @property
    def days(self) -> int:
        """Calendar days in the filing period (the 1st to the deadline)."""
        return self.deadline.day


PACKAGE = Calendar()

_calendars: weakref.WeakKeyDictionary[Database, tuple[float, Calendar]] = weakref.WeakKeyDictionary()


def calendar_in(session: Session) -> Calendar:
    """The calendar with the overrides as ``session`` sees them (read now, not cached)."""
    days = {
        day: (kind, name)
        for day, kind, name in session.execute(select(CalendarDay.day, CalendarDay.kind, CalendarDay.name))
    }
    deadlines = {
        (year, month): day
        for year, month, day in session.execute(
            select(FilingDeadline.year, FilingDeadline.month, FilingDeadline.day)
        )
    }
    return Calendar(days, deadlines)


def for_database(db: Database) -> Calendar:
    """The calendar of ``db``: read at most once every :data:`OVERRIDES_TTL_S` seconds per process, and at
    once after an import or edit in this process. Any thread; may read the database."""
    now = time.monotonic()
    cached = _calendars.get(db)
    if cached is not None and now - cached[0] <= OVERRIDES_TTL_S:
        return cached[1]
    with db.session() as session:
        loaded = calendar_in(session)
    _calendars[db] = (now, loaded)
    return loaded


def forget(db: Database) -> None:
    """Drop this process's cached calendar of ``db`` (after its overrides changed here)."""
    _calendars.pop(db, None)


# -------------------------------------------------------------------------------- notices and deadlines


@dataclass(frozen=True)
class CalendarImport:
    """What an import wrote: how many rows (days or months) and the years they belong to."""

    rows: int
    years: tuple[int, ...]

    def to_json(self) -> dict:
        return {"rows": self.rows, "years": list(self.years)}


def _header(rows: list[list[str]], columns: tuple[str, ...], required: tuple[str, ...]) -> dict[str, int]:
    """Column name -> index from row 1, which must name ``required`` and nothing outside ``columns``."""
    header = [cell.lower() for cell in rows[0]] if rows else []
    while header and not header[-1]:
        header.pop()
    if not set(required) <= set(header) or not set(header) <= set(columns) or len(set(header)) != len(header):
        expected = ",".join(columns)
        raise InvalidInput(
            f"row 1: the header must be {expected}", key="import_header", row=1, expected=expected
        )
    return {name: index for index, name in enumerate(header)}


def _data_rows(rows: list[list[str]], columns: dict[str, int]) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, {column: text}) for every non-blank row after the header (row 1)."""
    for number, row in enumerate(rows[1:], start=2):
        if any(row):
            yield number, {name: row[i] if i < len(row) else "" for name, i in columns.items()}


def _parse_date(text: str, row: int, column: str = "date") -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(
            f"row {row}: {text!r} is not a date (YYYY-MM-DD)",
            key="calendar_bad_date",
            row=row,
            column=column,
            value=text,
        ) from None
    try:
        return validate.day(day)
    except InvalidInput as exc:
        raise validate.at_row(exc, row, column) from None


def import_notice(db: Database, path: str | os.PathLike, *, actor: Actor) -> CalendarImport:
    """Load a State Council holiday notice, CSV ``date,kind,name`` (kind ``holiday`` or ``workday``; the
    name, e.g. 春节, for holidays). All or nothing: the first bad row (bad date, unknown kind, a date twice)
    raises :class:`InvalidInput` with ``row`` and nothing is written; otherwise days are upserted by date.
    Worker thread."""
    require(actor, CALENDAR_EDIT)
    rows = files.read_csv(path)
    columns = _header(rows, NOTICE_COLUMNS, ("date", "kind"))
    days: dict[date, tuple[str, str | None]] = {}
    first_row: dict[date, int] = {}
    for number, cells in _data_rows(rows, columns):
        day = _parse_date(cells["date"], number)
        kind = cells["kind"].lower()
        if kind not in DAY_KINDS:
            raise InvalidInput(
                f"row {number}: kind {cells['kind']!r} must be holiday or workday",
                key="calendar_bad_kind",
                row=number,
                column="kind",
                value=cells["kind"],
            )
        try:
            name = validate.text(cells.get("name"), "name", limit=NAME_MAX)
        except InvalidInput as exc:
            raise validate.at_row(exc, number, "name") from None
        if day in first_row:
            raise InvalidInput(
                f"row {number}: {day} already appears in row {first_row[day]}",
                key="calendar_duplicate_date",
                row=number,
                column="date",
                day=day.isoformat(),
                first_row=first_row[day],
            )
        first_row[day] = number
        days[day] = (kind, name)
    with db.transaction() as session:
        for day, (kind, name) in days.items():
            session.merge(CalendarDay(day=day, kind=kind, name=name))
        notice = {day.isoformat(): [kind, name] for day, (kind, name) in sorted(days.items())}
        audit.record(session, actor.code, "calendar.import_notice", os.fspath(path)[-200:], after=notice)
    forget(db)
    return CalendarImport(len(days), tuple(sorted({day.year for day in days})))


def _check_deadline(cal: Calendar, year: int, month: int, day: date, row: int | None = None) -> None:
    where = f"row {row}: " if row else ""
    located = {"row": row, "column": "date"} if row else {}
    if (day.year, day.month) != (year, month):
        raise InvalidInput(
            f"{where}{day} is not in {year}-{month:02d}",
            key="deadline_other_month",
            day=day.isoformat(),
            year=year,
            month=month,
            **located,
        )
    if day.day < FILING_BASE_DAY:
        raise InvalidInput(
            f"{where}a filing deadline cannot be before the {FILING_BASE_DAY}th ({day})",
            key="deadline_too_early",
            day=day.isoformat(),
            **located,
        )
    if not cal.is_workday(day):
        raise InvalidInput(
            f"{where}{day} is not a workday", key="deadline_not_workday", day=day.isoformat(), **located
        )


def _year_month(year_text: str, month_text: str, row: int) -> tuple[int, int]:
    try:
        year, month = int(year_text), int(month_text)
    except ValueError:
        year = month = 0
    if not (YEAR_MIN <= year <= YEAR_MAX and 1 <= month <= 12):
        raise InvalidInput(
            f"row {row}: {year_text}-{month_text} is not a year and month",
            key="deadline_bad_month",
            row=row,
            column="month",
            value=f"{year_text}-{month_text}",
        )
    return year, month


def set_filing_deadline(db: Database, year: int, month: int, day: date | int, *, actor: Actor) -> date:
    """Record the official last day of ``year``-``month``'s filing period (a date, or its day of month):
    it must lie in that month, on or after the 15th, and be a workday. Worker thread."""
    require(actor, CALENDAR_EDIT)
    validate.year(year)
    if not 1 <= month <= 12:
        raise InvalidInput(
            f"{year}-{month} is not a year and month", key="deadline_bad_month", value=f"{year}-{month}"
        )
    if isinstance(day, date):
        validate.day(day)
    else:
        try:
            day = date(year, month, day)
        except (ValueError, OverflowError):
            raise InvalidInput(
                f"{year}-{month:02d} has no day {day}",
                key="deadline_other_month",
                day=str(day),
                year=year,
                month=month,
            ) from None
    with db.transaction() as session:
        _check_deadline(calendar_in(session), year, month, day)
        old = session.get(FilingDeadline, (year, month))
        before = {"date": old.day} if old else None
        session.merge(FilingDeadline(year=year, month=month, day=day))
        audit.record(session, actor.code, "calendar.deadline", f"{year}-{month:02d}", before, {"date": day})
    forget(db)
    return day


def import_deadlines(db: Database, path: str | os.PathLike, *, actor: Actor) -> CalendarImport:
    """Load official filing deadlines, CSV ``year,month,date``; each is checked as by
    :func:`set_filing_deadline`. All or nothing, like :func:`import_notice`. Worker thread."""
    require(actor, CALENDAR_EDIT)
    rows = files.read_csv(path)
    columns = _header(rows, DEADLINE_COLUMNS, DEADLINE_COLUMNS)
    with db.transaction() as session:
        cal = calendar_in(session)
        first_row: dict[tuple[int, int], int] = {}
        entries = []
        for number, cells in _data_rows(rows, columns):
            year, month = _year_month(cells["year"], cells["month"], number)
            day = _parse_date(cells["date"], number)
            _check_deadline(cal, year, month, day, number)
            if (year, month) in first_row:
                raise InvalidInput(
                    f"row {number}: {year}-{month:02d} already appears in row {first_row[year, month]}",
                    key="deadline_duplicate",
                    row=number,
                    column="month",
                    year=year,
                    month=month,
                    first_row=first_row[year, month],
                )
            first_row[year, month] = number
            entries.append(FilingDeadline(year=year, month=month, day=day))
        for entry in entries:
            session.merge(entry)
        imported = {f"{e.year}-{e.month:02d}": e.day for e in entries}
        audit.record(session, actor.code, "calendar.import_deadlines", os.fspath(path)[-200:], after=imported)
    forget(db)
    return CalendarImport(len(entries), tuple(sorted({entry.year for entry in entries})))


# ----------------------------------------------------------------------- undoing overrides, a year's view


def clear_filing_deadline(db: Database, year: int, month: int, *, actor: Actor) -> bool:
    """Remove the database's deadline for ``year``-``month``: the shipped official table or the rule
    applies again. Returns whether there was one. Worker thread."""
    require(actor, CALENDAR_EDIT)
    if not (YEAR_MIN <= year <= YEAR_MAX and 1 <= month <= 12):
        raise InvalidInput(
            f"{year}-{month} is not a year and month", key="deadline_bad_month", value=f"{year}-{month}"
        )
    with db.transaction() as session:
        removed = session.execute(
            delete(FilingDeadline).where(FilingDeadline.year == year, FilingDeadline.month == month)
        ).rowcount
        if removed:
            audit.record(session, actor.code, "calendar.clear_deadline", f"{year}-{month:02d}")
    forget(db)
    return bool(removed)


def clear_day_overrides(db: Database, first: date, last: date | None = None, *, actor: Actor) -> int:
    """Remove the imported notice days from ``first`` to ``last`` (default: ``first`` alone), both
    included: the package, or plain weekends, apply to them again. Returns how many were removed (a whole
    year: 1 January to 31 December). Worker thread."""
    require(actor, CALENDAR_EDIT)
    last = first if last is None else last
    if last < first:
        raise ValueError("last must not be before first")
    with db.transaction() as session:
        removed = session.execute(
            delete(CalendarDay).where(CalendarDay.day >= first, CalendarDay.day <= last)
        ).rowcount
        if removed:
            audit.record(
                session, actor.code, "calendar.clear_days", f"{first} {last}", after={"removed": removed}
            )
    forget(db)
    return removed or 0


@dataclass(frozen=True)
class YearOverview:
    """Everything the calendar says about one year, read at once for a screen.

    ``covered``: holidays are known (``package_covers``: the package ships them; otherwise only an
    imported notice does, or, when ``covered`` is False, nobody: plain weekends). ``rest_days``: every day
    off of the year, weekends included.
    """

    year: int
    covered: bool
    package_covers: bool
    months: tuple[FilingMonth, ...]
    periods: tuple[SpecialPeriod, ...]
    rest_days: frozenset[date]

    @property
    def notice_days(self) -> int:
        """How many days of the year an imported notice sets."""
        return sum(period.days for period in self.periods if period.source == "notice")


def year_overview(db: Database, year: int) -> YearOverview:
    """The filing months, holidays, make-up workdays and rest days of ``year`` as the database says now
    (read afresh, not the per-process cache: for a screen that edits them). Worker thread."""
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise InvalidInput(
            f"{year} is not a year from {YEAR_MIN} to {YEAR_MAX}",
            key="calendar_bad_year",
            value=year,
            minimum=YEAR_MIN,
            maximum=YEAR_MAX,
        )
    with db.session() as session:
        cal = calendar_in(session)
    rest = set()
    day, end = date(year, 1, 1), date(year, 12, 31)
    while day <= end:
        if not cal.is_workday(day):
            rest.add(day)
        day += _ONE_DAY
    return YearOverview(
        year=year,
        covered=cal.is_covered(year),
        package_covers=is_covered(year),
        months=cal.filing_months(year),
        periods=cal.special_periods(year),
        rest_days=frozenset(rest),
    )
