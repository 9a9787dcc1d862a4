"""How many taxpayers come to a demo point, for which service, and when: the arrival model of the demo.

Arrivals are a Poisson process per half-hour whose rate multiplies the point's size by effects of the day
(filing period, month start, weekday, long holidays, growth), of the service (IIT reconciliation in
March–June, corporate income tax settlement to 31 May, resident medical insurance collection in autumn
and winter, quarterly returns …) and of the hour (morning and early-afternoon peaks), each with its own
noise. The forecasting capability must learn this shape from the tickets; nothing outside the demo reads
this module.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from taxdesk.core import calendar

# Year-on-year growth of walk-in demand, counted from this day.
GROWTH_PER_YEAR = 0.04
GROWTH_EPOCH = date(2024, 1, 1)
DAY_NOISE = 0.12  # sigma of the lognormal day-to-day noise
SERVICE_NOISE = 0.10  # sigma of the per-service noise of a day

_WEEKDAY = (1.08, 1.03, 1.0, 0.98, 0.93, 0.88, 0.88)  # Monday … Sunday (make-up workdays are quieter)
_MONTH = (1.04, 0.9, 1.04, 1.0, 1.0, 0.97, 0.95, 0.9, 1.0, 0.97, 1.0, 1.08)
# Filing period: by workdays left up to the deadline (0 = the deadline itself), else inside the period.
_FILING_LAST_DAYS = (2.5, 2.1, 1.75, 1.4)
_FILING_EARLY = 1.1
_AFTER_DEADLINE = 0.78
_MARKET_DAY = 1.45

# Per service: relative demand at the hall, at a 丰收微税厅, at the 银税e站, and how strongly the filing
# period drives it (0 = not at all, 1 = fully).
_SERVICE_PARAMS: dict[str, tuple[float, float, float, float]] = {
    "DJBG": (4.0, 0.0, 0.0, 0.5),
    "KQBG": (3.0, 0.6, 0.0, 0.3),
    "QSZX": (2.2, 0.0, 0.0, 0.4),
    "YHBA": (2.0, 0.0, 0.0, 0.7),
    "WSZM": (6.0, 3.0, 3.0, 0.2),
    "SSCX": (5.0, 2.0, 2.0, 0.3),
    "XYCX": (2.0, 0.8, 3.0, 0.1),
    "FPLY": (9.0, 1.2, 0.0, 0.8),
    "DKFP": (12.0, 5.0, 2.0, 0.5),
    "FPYJ": (4.0, 0.0, 0.0, 1.0),
    "SDFP": (6.0, 0.0, 0.0, 0.7),
    "FPZB": (3.0, 0.0, 0.0, 0.6),
    "ZZSB": (10.0, 1.2, 0.0, 1.0),
    "GSHS": (5.0, 2.0, 1.5, 0.6),
    "QSHS": (3.0, 0.0, 0.0, 1.0),
    "CXSB": (4.0, 1.0, 0.0, 1.0),
    "CCS": (2.0, 1.0, 1.0, 0.1),
    "SBJF": (7.0, 3.0, 5.0, 0.5),
    "YBJF": (3.0, 8.0, 4.0, 0.1),
    "YLJF": (2.0, 4.0, 3.0, 0.1),
    "FSJF": (2.0, 1.0, 1.0, 0.4),
    "ESFS": (2.5, 0.0, 0.0, 0.0),
    "QS": (1.5, 0.0, 0.0, 0.0),
    "CKTS": (1.2, 0.0, 0.0, 0.9),
}
_DEFAULT_PARAMS = (1.0, 1.0, 1.0, 0.5)  # a service added to the catalogue by hand
_KIND_COLUMN = {"hall": 0, "township": 1, "bank_station": 2}

# Hour-of-day shape per kind of point: (morning peak hour, its height, afternoon peak hour, its height).
_HOURLY = {
    "hall": (9.75, 1.0, 14.75, 0.85),
    "township": (9.25, 1.3, 14.5, 0.6),
    "bank_station": (10.0, 1.0, 15.0, 0.8),
}
_PEAK_WIDTH_H = 0.8
_HOURLY_FLOOR = 0.22


@dataclass(frozen=True)
class DayContext:
    """Everything about a date that moves demand at every point alike."""

    day: date
    open: bool
    level: float  # weekday × month × holidays × growth
    filing: float  # the filing-period effect, before each service's sensitivity
    month_start: int  # 1 on the first workday of the month, 2 on the second, else 0
    last_days_of_may: bool


def _rest_run(day: date, step: int) -> int:
    """Consecutive rest days starting at ``day`` and going in ``step`` direction (capped at 10)."""
    count = 0
    while count < 10 and calendar.is_rest_day(day):
        count += 1
        day += timedelta(days=step)
    return count


@lru_cache(maxsize=1024)
def day_context(day: date) -> DayContext:
    """The shared effects of ``day`` (closed on rest days; make-up workdays are open)."""
    if not calendar.is_workday(day):
        return DayContext(day, False, 0.0, 0.0, 0, False)
    level = _WEEKDAY[day.weekday()] * _MONTH[day.month - 1]
    level *= (1 + GROWTH_PER_YEAR) ** ((day - GROWTH_EPOCH).days / 365.25)
    # Around long holidays (3+ rest days): people come before they leave and crowd in after.
    if _rest_run(day + timedelta(days=1), 1) >= 3:
        level *= 1.3
    if _rest_run(day - timedelta(days=1), -1) >= 3:
        level *= 1.45
    else:
        previous = day - timedelta(days=1)
        while calendar.is_rest_day(previous):
            previous -= timedelta(days=1)
        if _rest_run(previous - timedelta(days=1), -1) >= 3:
            level *= 1.15
    deadline = calendar.filing_deadline(day.year, day.month)
    if day <= deadline:
        left = sum(1 for _ in calendar.working_days(day + timedelta(days=1), deadline))
        filing = _FILING_LAST_DAYS[left] if left < len(_FILING_LAST_DAYS) else _FILING_EARLY
    else:
        filing = _AFTER_DEADLINE
    month_start = sum(1 for _ in calendar.working_days(day.replace(day=1), day))
    return DayContext(
        day=day,
        open=True,
        level=level,
        filing=filing,
        month_start=month_start if month_start <= 2 else 0,
        last_days_of_may=day.month == 5 and day.day >= 20,
    )


def _season(code: str, ctx: DayContext, kind: str) -> float:
    """The seasonal effect of the day on one service (1.0 for none)."""
    month = ctx.day.month
    if code == "GSHS":  # IIT annual reconciliation, 1 March – 30 June, strongest in March
        factor = {3: 3.2, 4: 2.1, 5: 1.5, 6: 1.5}.get(month, 0.9)
        if month == 6 and ctx.day.day >= 20:
            factor *= 1.5
        return factor
    if code == "QSHS":  # corporate income tax: quarterly prepayments, annual settlement to 31 May
        factor = {1: 1.4, 3: 1.3, 4: 2.0, 5: 2.8, 7: 1.3, 10: 1.3}.get(month, 0.6)
        return factor * (1.6 if ctx.last_days_of_may else 1.0)
    if code == "YBJF":  # resident medical insurance collection, September – February
        factor = {9: 2.2, 10: 2.8, 11: 3.3, 12: 3.6, 1: 1.8, 2: 1.4}.get(month, 0.45)
        return factor * (1.2 if kind == "township" and month in (10, 11, 12) else 1.0)
    if code == "YLJF":
        return {9: 1.5, 10: 1.6, 11: 1.7, 12: 1.8, 1: 1.2}.get(month, 0.75)
    if code in ("ZZSB", "CXSB"):  # small taxpayers file quarterly: January, April, July, October
        return 1.35 if month in (1, 4, 7, 10) else 1.0
    if code in ("FPLY", "FPYJ"):  # first working mornings: invoice stock-taking and clearing
        factor = {1: 1.6, 2: 1.3}.get(ctx.month_start, 1.0)
        return factor * (1.2 if month == 12 else 1.0)
    if code == "DKFP":  # tea and produce sales in spring: farmers need invoices issued on their behalf
        return 1.3 if month in (4, 5) and kind != "hall" else 1.0
    if code == "XYCX":  # the yearly credit ratings come out in April
        return 2.0 if month == 4 else 1.0
    if code == "QSZX":
        return 1.3 if month == 12 else 1.0
    if code == "SBJF":
        return 1.25 if month == 12 else 1.0
    if code in ("ESFS", "QS"):
        return {2: 0.6, 3: 1.15, 4: 1.15, 5: 1.15, 9: 1.1, 10: 1.1, 11: 1.1}.get(month, 1.0)
    return 1.0


def service_rates(
    kind: str, daily_tickets: float, services: list[str], ctx: DayContext, rng: random.Random
) -> list[float]:
    """Expected tickets per service at a point for the day (noise included), aligned with ``services``."""
    column = _KIND_COLUMN.get(kind, 0)
    params = [_SERVICE_PARAMS.get(code, _DEFAULT_PARAMS) for code in services]
    # The size is the point's ordinary day: spread it over its own mix of services.
    total_weight = sum(p[column] for p in params) or 1.0
    scale = daily_tickets * ctx.level * rng.lognormvariate(0.0, DAY_NOISE) / total_weight
    rates = []
    for code, p in zip(services, params, strict=True):
        weight = p[column]
        if weight <= 0:
            rates.append(0.0)
            continue
        filing = 1.0 + p[3] * (ctx.filing - 1.0)
        noise = rng.lognormvariate(0.0, SERVICE_NOISE)
        rates.append(scale * weight * filing * _season(code, ctx, kind) * noise)
    return rates


def market_day(day: date, digits: tuple[int, ...]) -> float:
    """The market-day effect at a township (逢一六 …: days of the month ending in those digits)."""
    return _MARKET_DAY if day.day % 10 in digits else 1.0


def parse_opening_hours(text: str | None) -> list[tuple[int, int]]:
    """``"08:30-12:00,13:30-17:00"`` → [(510, 720), (810, 1020)] in minutes after midnight.

    Anything unreadable gives the hall's hours.
    """
    spans = []
    for part in (text or "").split(","):
        try:
            start, end = part.strip().split("-")
            sh, sm = (int(x) for x in start.split(":"))
            eh, em = (int(x) for x in end.split(":"))
        except ValueError:
            continue
        if sh * 60 + sm < eh * 60 + em:
            spans.append((sh * 60 + sm, eh * 60 + em))
    return spans or [(510, 720), (810, 1020)]


@lru_cache(maxsize=64)
def slot_shares(kind: str, opening_hours: str | None) -> tuple[tuple[int, int, float], ...]:
    """The opening hours cut into half-hours: (start minute, end minute, share of the day's arrivals)."""
    morning, morning_height, afternoon, afternoon_height = _HOURLY.get(kind, _HOURLY["hall"])
    slots = []
    for start, end in parse_opening_hours(opening_hours):
        for slot_start in range(start, end, 30):
            slot_end = min(slot_start + 30, end)
            mid = (slot_start + slot_end) / 120
            weight = _HOURLY_FLOOR
            weight += morning_height * math.exp(-((mid - morning) ** 2) / (2 * _PEAK_WIDTH_H**2))
            weight += afternoon_height * math.exp(-((mid - afternoon) ** 2) / (2 * _PEAK_WIDTH_H**2))
            slots.append((slot_start, slot_end, weight * (slot_end - slot_start) / 30))
    total = sum(w for _, _, w in slots)
    return tuple((s, e, w / total) for s, e, w in slots)


def arrival_times(rng: random.Random, kind: str, opening_hours: str | None, expected: float) -> list[float]:
    """Arrival moments (seconds after midnight, ascending) of a Poisson process with ``expected`` arrivals.

    Each half-hour gets its share of the day and a little noise of its own (a coach of villagers, rain).
    """
    times = []
    for start, end, share in slot_shares(kind, opening_hours):
        rate = expected * share * rng.lognormvariate(0.0, 0.15)
        if rate <= 0:
            continue
        per_second = rate / ((end - start) * 60)
        t = start * 60 + rng.expovariate(per_second)
        while t < end * 60:
            times.append(t)
            t += rng.expovariate(per_second)
    return times
