"""Time for the bureau: every timestamp is timezone-aware, local time is Asia/Shanghai.

A naive ``datetime.now()`` on a UTC server is eight hours off, so nothing in TaxDesk uses one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Shanghai")


def now() -> datetime:
    """The current instant as an aware datetime in the bureau's local time."""
    return datetime.now(LOCAL_TZ)


def local(moment: datetime) -> datetime:
    """``moment`` converted to local time; naive datetimes are refused (they hide bugs)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: TaxDesk only handles timezone-aware times")
    return moment.astimezone(LOCAL_TZ)


def service_date(moment: datetime) -> date:
    """The business day (local calendar date) a moment belongs to."""
    return local(moment).date()


def to_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: TaxDesk only handles timezone-aware times")
    return moment.astimezone(UTC)


def iso(moment: datetime) -> str:
    """ISO 8601 in local time with its offset, to the second (e.g. 2026-11-28T09:05:13+08:00)."""
    return local(moment).isoformat(timespec="seconds")
