"""The bureau's calendar: workdays, statutory holidays and the monthly filing deadline (征期).

Workdays and holidays come from the ``chinesecalendar`` package, which follows the State Council's yearly
notices (make-up workdays, 调休, included) but only for the years it ships, 2004–2026 in version 1.11. For
any other year this module falls back to plain weekends, Monday–Friday work and Saturday–Sunday rest;
:func:`is_covered` tells callers when that happens, so they can warn.

The filing deadline is the State Taxation Administration's official calendar where this module ships it
(:data:`OFFICIAL_FILING_DEADLINES`), and the legal rule elsewhere (:func:`filing_deadline_by_rule`).

Everything here is pure and cheap; any thread may call it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache, lru_cache

import chinese_calendar

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
    while not is_workday(day):
        day += _ONE_DAY
    return day


def add_workdays(day: date, count: int) -> date:
    """The ``count``-th workday after ``day`` (``day`` itself is not counted; ``count`` ≥ 1)."""
    if count < 1:
        raise ValueError("count must be at least 1")
    while count:
        day += _ONE_DAY
        if is_workday(day):
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
    extension = 0
    run = 0
    for day_of_month in range(1, FILING_BASE_DAY + 1):
        if is_workday(date(year, month, day_of_month)):
            extension += run if run >= LONG_REST_DAYS else 0
            run = 0
        else:
            run += 1
    extension += run if run >= LONG_REST_DAYS else 0
    base = date(year, month, FILING_BASE_DAY)
    return add_workdays(base, extension) if extension else next_workday(base)


def filing_period(year: int, month: int) -> tuple[date, date]:
    """The filing period of the month: its first day and :func:`filing_deadline`."""
    return date(year, month, 1), filing_deadline(year, month)
