"""The calendar: workdays and holidays from chinesecalendar, weekend fallback, filing deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from taxdesk.core import calendar

OFFICIAL = {
    2024: [15, 23, 15, 18, 22, 19, 15, 15, 18, 24, 15, 16],
    2025: [15, 20, 17, 18, 22, 16, 15, 15, 15, 27, 17, 15],
    2026: [20, 24, 16, 20, 22, 15, 15, 17, 15, 26, 16, 15],
}
MONTHS = [(year, month, day) for year, days in OFFICIAL.items() for month, day in enumerate(days, start=1)]


@pytest.mark.parametrize(("year", "month", "day"), MONTHS)
def test_official_filing_deadlines(year, month, day):
    assert calendar.filing_deadline(year, month) == date(year, month, day)


@pytest.mark.parametrize(("year", "month", "day"), MONTHS)
def test_rule_reproduces_the_official_calendar(year, month, day):
    # Not required by law, but it is how the rule was read; if chinesecalendar's data changes, this says so.
    assert calendar.filing_deadline_by_rule(year, month) == date(year, month, day)


def test_workdays_and_holidays():
    assert not calendar.is_workday(date(2025, 10, 1))
    assert calendar.holiday_name(date(2025, 10, 1)) == "国庆节"
    assert calendar.holiday_name(date(2025, 1, 29)) == "春节"
    # A Sunday made a workday (调休) is a workday and no holiday.
    assert date(2025, 9, 28).weekday() == 6
    assert calendar.is_workday(date(2025, 9, 28))
    assert calendar.holiday_name(date(2025, 9, 28)) is None
    # An ordinary weekend is rest without a holiday name; an ordinary Wednesday is work.
    assert not calendar.is_workday(date(2025, 11, 15))
    assert calendar.holiday_name(date(2025, 11, 15)) is None
    assert calendar.is_workday(date(2025, 11, 19))


def test_uncovered_year_falls_back_to_weekdays():
    assert calendar.is_covered(2026)
    assert not calendar.is_covered(2027)
    assert calendar.is_workday(date(2027, 10, 1))  # a Friday: the 2027 notice is unknown here
    assert not calendar.is_workday(date(2027, 10, 2))  # Saturday
    assert calendar.holiday_name(date(2027, 10, 1)) is None
    assert [d.day for d in calendar.working_days(date(2027, 3, 1), date(2027, 3, 7))] == [1, 2, 3, 4, 5]


def test_rule_outside_the_table():
    # 2027: only weekends known, so the deadline is the 15th or the Monday after a weekend 15th.
    for month in range(1, 13):
        deadline = calendar.filing_deadline(2027, month)
        assert deadline.month == month and 15 <= deadline.day <= 17
        assert calendar.is_workday(deadline)
    assert calendar.filing_deadline(2027, 5) == date(2027, 5, 17)  # 15 May 2027 is a Saturday
    assert calendar.filing_deadline(2027, 6) == date(2027, 6, 15)
    # 2023 is covered by chinesecalendar but not by the table: the rule extends May by the 29 Apr–3 May
    # holiday (1–3 May inside the period, three workdays) and October by the 29 Sep–6 Oct holiday.
    assert calendar.filing_deadline(2023, 5) == date(2023, 5, 18)
    assert calendar.filing_deadline(2023, 10) == date(2023, 10, 23)


def test_working_days_and_helpers():
    days = list(calendar.working_days(date(2025, 9, 27), date(2025, 10, 12)))
    assert days[0] == date(2025, 9, 28)  # the make-up Sunday
    assert date(2025, 10, 1) not in days and date(2025, 10, 11) in days  # 11 Oct 2025: make-up Saturday
    assert calendar.next_workday(date(2025, 10, 1)) == date(2025, 10, 9)
    assert calendar.next_workday(date(2025, 10, 9)) == date(2025, 10, 9)
    assert calendar.add_workdays(date(2025, 10, 15), 8) == date(2025, 10, 27)
    assert calendar.filing_period(2025, 10) == (date(2025, 10, 1), date(2025, 10, 27))
    with pytest.raises(ValueError):
        calendar.add_workdays(date(2025, 10, 15), 0)
