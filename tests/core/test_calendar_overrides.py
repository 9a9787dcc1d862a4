"""The database's calendar: imported State Council notices and official deadlines override the package and
the shipped tables; a year nobody covers falls back to weekends and says so."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from taxdesk.cli import main
from taxdesk.core import accounts, bookings, calendar
from taxdesk.core.db import Database
from taxdesk.core.db.models import CalendarDay, FilingDeadline
from taxdesk.core.errors import InvalidInput, NotAllowed, NotSignedIn
from taxdesk.core.roles import SYSTEM, Actor

EDITOR = Actor(None, "H01", "陈晓燕", frozenset({"supervisor"}))  # who edits the calendar

OFFICIAL = {
    2024: [15, 23, 15, 18, 22, 19, 15, 15, 18, 24, 15, 16],
    2025: [15, 20, 17, 18, 22, 16, 15, 15, 15, 27, 17, 15],
    2026: [20, 24, 16, 20, 22, 15, 15, 17, 15, 26, 16, 15],
}
NOTICE_2027 = (
    "\ufeffdate,kind,name\n"  # as Excel saves it: UTF-8 with a byte-order mark
    "2027-01-01,holiday,元旦\n"
    "2027-01-02,holiday,元旦\n"
    "2027-01-03,holiday,元旦\n"
    "2027-02-07,workday,春节调休\n"
)
NEW_YEAR, MAKEUP_SUNDAY = date(2027, 1, 1), date(2027, 2, 7)


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def count(db: Database, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_the_shipped_official_tables_through_the_database(db):
    cal = calendar.for_database(db)
    for year, days in OFFICIAL.items():
        for month, day in enumerate(days, start=1):
            assert cal.filing_deadline(year, month) == date(year, month, day), (year, month)
            assert cal.deadline_source(year, month) == "official"
            assert cal.filing_deadline_by_rule(year, month) == date(year, month, day)


def test_a_year_without_a_notice_is_weekdays_and_not_covered(db):
    cal = calendar.for_database(db)
    assert not cal.is_covered(2027)
    info = cal.day_info(date(2027, 10, 1))  # a Friday: without the notice, no National Day
    assert info.workday and not info.covered and info.holiday_name is None and not info.makeup_workday
    assert not cal.is_workday(date(2027, 10, 2))  # Saturday
    assert cal.filing_deadline(2027, 5) == date(2027, 5, 17)  # the rule: 15 May 2027 is a Saturday
    assert cal.deadline_source(2027, 5) == "rule"
    assert cal.day_info(date(2026, 10, 1)).covered


def test_a_2027_notice_changes_workdays_holidays_and_booking_slots(network_db, tmp_path):
    db = network_db
    service = "FPLY"
    before = calendar.for_database(db)  # cached now: the import must drop it
    assert before.is_workday(NEW_YEAR) and not before.is_workday(MAKEUP_SUNDAY)
    assert bookings.slots(db, "HALL", service, NEW_YEAR)
    assert bookings.slots(db, "HALL", service, MAKEUP_SUNDAY) == []

    result = calendar.import_notice(db, write(tmp_path, "notice.csv", NOTICE_2027), actor=EDITOR)

    assert (result.rows, result.years) == (4, (2027,))
    cal = calendar.for_database(db)
    assert cal is not before
    assert not cal.is_workday(NEW_YEAR) and cal.holiday_name(NEW_YEAR) == "元旦"
    assert cal.is_workday(MAKEUP_SUNDAY) and cal.holiday_name(MAKEUP_SUNDAY) is None
    assert cal.is_makeup_workday(MAKEUP_SUNDAY) and cal.day_info(MAKEUP_SUNDAY).makeup_workday
    assert cal.is_covered(2027) and cal.day_info(NEW_YEAR).covered
    assert cal.is_workday(date(2027, 1, 4)) and not cal.is_workday(date(2027, 1, 9))  # the rest: weekdays
    # The three-day New Year holiday inside the filing period extends January by three workdays.
    assert cal.filing_deadline(2027, 1) == date(2027, 1, 20)
    assert bookings.slots(db, "HALL", service, NEW_YEAR) == []
    assert len(bookings.slots(db, "HALL", service, MAKEUP_SUNDAY)) > 0
    # The package alone is unchanged.
    assert calendar.is_workday(NEW_YEAR) and not calendar.is_covered(2027)


def test_another_process_sees_an_import_once_its_cache_is_stale(network_db, tmp_path, monkeypatch):
    other = Database(network_db.url)  # another desk: its own Database object, its own cache
    try:
        assert calendar.for_database(other).is_workday(NEW_YEAR)
        calendar.import_notice(network_db, write(tmp_path, "notice.csv", NOTICE_2027), actor=EDITOR)
        assert calendar.for_database(other).is_workday(NEW_YEAR)  # still within the minute
        monkeypatch.setattr(calendar, "OVERRIDES_TTL_S", 0)
        assert not calendar.for_database(other).is_workday(NEW_YEAR)
    finally:
        other.dispose()


def test_an_import_upserts_by_date(db, tmp_path):
    calendar.import_notice(
        db, write(tmp_path, "a.csv", "date,kind,name\n2027-05-01,workday,\n"), actor=EDITOR
    )
    calendar.import_notice(
        db, write(tmp_path, "b.csv", "date,kind,name\n2027-05-01,holiday,劳动节\n"), actor=EDITOR
    )
    assert count(db, CalendarDay) == 1
    assert calendar.for_database(db).holiday_name(date(2027, 5, 1)) == "劳动节"


@pytest.mark.parametrize(
    ("text", "row", "key"),
    [
        ("date,kind,name\n2027-01-01,holiday,元旦\n2027-13-01,holiday,元旦\n", 3, "calendar_bad_date"),
        ("date,kind,name\n2027-01-01,holiday,元旦\n\n2027-01-02,休,元旦\n", 4, "calendar_bad_kind"),
        ("date,kind,name\n2027-01-01,holiday,元旦\n2027-01-01,workday,\n", 3, "calendar_duplicate_date"),
        ("day,kind,name\n2027-01-01,holiday,元旦\n", 1, "import_header"),
        ("2027-01-01,holiday,元旦\n", 1, "import_header"),
    ],
)
def test_a_bad_row_aborts_the_notice_with_its_row_and_writes_nothing(db, tmp_path, text, row, key):
    with pytest.raises(InvalidInput) as refused:
        calendar.import_notice(db, write(tmp_path, "notice.csv", text), actor=EDITOR)
    assert refused.value.key == key
    assert refused.value.params["row"] == row
    assert str(refused.value).startswith(f"row {row}:")
    assert count(db, CalendarDay) == 0
    assert calendar.for_database(db).is_workday(NEW_YEAR)


def test_an_imported_deadline_overrides_the_shipped_table(db, tmp_path):
    assert calendar.for_database(db).filing_deadline(2026, 1) == date(2026, 1, 20)
    assert calendar.set_filing_deadline(db, 2026, 1, date(2026, 1, 21), actor=EDITOR) == date(2026, 1, 21)
    cal = calendar.for_database(db)
    assert cal.filing_deadline(2026, 1) == date(2026, 1, 21)
    assert cal.deadline_source(2026, 1) == "imported"
    assert cal.filing_deadline(2026, 2) == date(2026, 2, 24)  # the other months keep the table
    assert calendar.filing_deadline(2026, 1) == date(2026, 1, 20)  # the package knows nothing of it

    result = calendar.import_deadlines(
        db,
        write(tmp_path, "deadlines.csv", "year,month,date\n2026,1,2026-01-22\n2027,2,2027-02-18\n"),
        actor=EDITOR,
    )
    assert (result.rows, result.years) == (2, (2026, 2027))
    cal = calendar.for_database(db)
    assert cal.filing_deadline(2026, 1) == date(2026, 1, 22)
    assert cal.filing_deadline(2027, 2) == date(2027, 2, 18)
    assert count(db, FilingDeadline) == 2


@pytest.mark.parametrize(
    ("year", "month", "day", "key"),
    [
        (2026, 1, date(2026, 2, 16), "deadline_other_month"),
        (2026, 1, date(2026, 1, 14), "deadline_too_early"),
        (2026, 1, date(2026, 1, 17), "deadline_not_workday"),  # a Saturday
        (2026, 10, date(2026, 10, 1), "deadline_too_early"),
        (2026, 10, date(2026, 10, 31), "deadline_not_workday"),
        (2026, 2, 30, "deadline_other_month"),
    ],
)
def test_a_deadline_must_be_a_workday_from_the_15th_of_its_month(db, year, month, day, key):
    with pytest.raises(InvalidInput) as refused:
        calendar.set_filing_deadline(db, year, month, day, actor=EDITOR)
    assert refused.value.key == key
    assert count(db, FilingDeadline) == 0


def test_a_deadline_on_an_imported_workday_is_accepted(db, tmp_path):
    calendar.import_notice(
        db, write(tmp_path, "notice.csv", "date,kind,name\n2027-05-15,workday,调休\n"), actor=EDITOR
    )
    assert calendar.set_filing_deadline(db, 2027, 5, date(2027, 5, 15), actor=EDITOR) == date(
        2027, 5, 15
    )  # a Saturday


def test_a_bad_deadline_row_aborts_the_file(db, tmp_path):
    text = "year,month,date\n2026,1,2026-01-21\n2026,3,2026-03-16\n2026,1,2026-01-22\n"
    with pytest.raises(InvalidInput) as refused:
        calendar.import_deadlines(db, write(tmp_path, "deadlines.csv", text), actor=EDITOR)
    assert (refused.value.key, refused.value.params["row"]) == ("deadline_duplicate", 4)
    text = "year,month,date\n2026,1,2026-01-21\n2026,13,2026-03-16\n"
    with pytest.raises(InvalidInput) as refused:
        calendar.import_deadlines(db, write(tmp_path, "deadlines.csv", text), actor=EDITOR)
    assert (refused.value.key, refused.value.params["row"]) == ("deadline_bad_month", 3)
    text = "year,month,date\n2026,1,2026-01-21\n2026,3,2026-03-14\n"
    with pytest.raises(InvalidInput) as refused:
        calendar.import_deadlines(db, write(tmp_path, "deadlines.csv", text), actor=EDITOR)
    assert (refused.value.key, refused.value.params["row"]) == ("deadline_too_early", 3)
    assert count(db, FilingDeadline) == 0


def test_days_to_the_deadline():
    cal = calendar.PACKAGE
    info = cal.day_info(date(2026, 1, 15))  # deadline Tuesday 20 January 2026
    assert info.filing_deadline_of_month == date(2026, 1, 20)
    assert (info.days_to_deadline, info.workdays_to_deadline) == (5, 3)  # 16, 19, 20
    on = cal.day_info(date(2026, 1, 20))
    assert (on.days_to_deadline, on.workdays_to_deadline) == (0, 0)
    after = cal.day_info(date(2026, 1, 21))
    assert (after.days_to_deadline, after.workdays_to_deadline) == (-1, 0)
    national_day = cal.day_info(date(2026, 10, 1))  # deadline 26 October, after the Golden Week
    assert not national_day.workday and national_day.holiday_name == "国庆节"
    # 8–10 (the 10th a make-up Saturday), 12–16, 19–23, 26 October
    assert (national_day.days_to_deadline, national_day.workdays_to_deadline) == (25, 14)
    assert cal.day_info(date(2026, 1, 1)).days_to_deadline == 19


def _run(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as usage_error:
        code = usage_error.code
    out, err = capsys.readouterr()
    return code, out, err


def test_calendar_from_the_command_line(db, capsys, tmp_path, monkeypatch):
    code, out, err = _run(capsys, "--db", db.url, "calendar", "deadlines", "--year", "2026", "--json")
    assert code == 0 and err == ""
    assert json.loads(out) == {
        f"2026-{m:02d}": f"2026-{m:02d}-{d:02d}" for m, d in enumerate(OFFICIAL[2026], start=1)
    }

    code, out, err = _run(capsys, "--db", db.url, "calendar", "day", "2027-01-01", "--json")
    info = json.loads(out)
    assert code == 0 and info["workday"] is True and info["covered"] is False
    assert err.count("\n") == 1 and "warning" in err and "2027" in err  # one line, on stderr

    notice = write(tmp_path, "notice.csv", NOTICE_2027)
    # Reading the calendar needs no account; changing it does (exit 3 without one).
    code, out, err = _run(capsys, "--db", db.url, "calendar", "import", str(notice))
    assert code == 3 and err.count("\n") == 1 and count(db, CalendarDay) == 0
    accounts.create_administrator(db, "A1", "admin2026pw")
    monkeypatch.setenv("TAXDESK_USER", "A1")
    monkeypatch.setenv("TAXDESK_PASSWORD", "admin2026pw")
    code, out, err = _run(capsys, "--db", db.url, "calendar", "import", str(notice))
    assert code == 0 and "4" in out and "2027" in out
    code, out, err = _run(capsys, "--db", db.url, "calendar", "day", "2027-01-01", "--json")
    info = json.loads(out)
    assert err == ""
    assert {"workday", "holiday_name", "filing_deadline_of_month", "days_to_deadline"} <= set(info)
    assert (info["workday"], info["holiday_name"]) == (False, "元旦")
    assert (info["filing_deadline_of_month"], info["days_to_deadline"]) == ("2027-01-20", 19)

    code, out, err = _run(
        capsys,
        "--db",
        db.url,
        "calendar",
        "set-deadline",
        "--year",
        "2027",
        "--month",
        "1",
        "--date",
        "2027-01-21",
    )
    assert code == 0
    code, out, _ = _run(capsys, "--db", db.url, "calendar", "deadlines", "--year", "2027", "--json")
    assert json.loads(out)["2027-01"] == "2027-01-21"

    deadlines = write(tmp_path, "deadlines.csv", "year,month,date\n2027,3,2027-03-13\n")
    code, out, err = _run(capsys, "--db", db.url, "calendar", "import-deadlines", str(deadlines))
    assert code == 2 and out == "" and err.count("\n") == 1 and "row 2" in err
    bad = write(tmp_path, "bad.csv", "date,kind,name\n2027-10-01,holiday,国庆节\n2027-10-02,rest,国庆节\n")
    code, out, err = _run(capsys, "--db", db.url, "calendar", "import", str(bad))
    assert code == 2 and err.startswith("taxdesk: row 3") and err.count("\n") == 1
    assert count(db, CalendarDay) == 4


# ------------------------------------------------------------------ special days, undoing overrides, a year


def test_the_special_days_of_a_package_year(db):
    cal = calendar.for_database(db)
    periods = cal.special_periods(2026)
    spring = [p for p in periods if p.name == "春节"]
    assert [(p.first, p.last, p.kind, p.source, p.days) for p in spring] == [
        (date(2026, 2, 14), date(2026, 2, 14), "workday", "package", 1),  # a make-up Saturday
        (date(2026, 2, 15), date(2026, 2, 23), "holiday", "package", 9),
        (date(2026, 2, 28), date(2026, 2, 28), "workday", "package", 1),
    ]
    assert sum(p.days for p in periods if p.kind == "holiday") == 33
    days = cal.special_days(2026)
    assert [d.day for d in days] == sorted(d.day for d in days)
    assert all(cal.is_workday(d.day) == (d.kind == "workday") for d in days)
    assert date(2026, 3, 7) not in {d.day for d in days}  # an ordinary Saturday is no special day
    assert cal.special_days(2027) == ()  # nobody covers 2027


def test_imported_notice_days_are_listed_with_their_source(db, tmp_path):
    calendar.import_notice(db, write(tmp_path, "notice.csv", NOTICE_2027), actor=EDITOR)
    calendar.import_notice(
        db, write(tmp_path, "extra.csv", "date,kind,name\n2026-10-08,holiday,国庆节\n"), actor=EDITOR
    )
    cal = calendar.for_database(db)
    assert [(p.first, p.last, p.kind, p.name, p.source) for p in cal.special_periods(2027)] == [
        (date(2027, 1, 1), date(2027, 1, 3), "holiday", "元旦", "notice"),
        (MAKEUP_SUNDAY, MAKEUP_SUNDAY, "workday", "春节调休", "notice"),
    ]
    october = [p for p in cal.special_periods(2026) if p.first.month == 10]
    assert [(p.first, p.last, p.source) for p in october] == [
        (date(2026, 10, 1), date(2026, 10, 7), "package"),
        (date(2026, 10, 8), date(2026, 10, 8), "notice"),  # the imported day stands apart, removable
        (date(2026, 10, 10), date(2026, 10, 10), "package"),
    ]


def test_the_filing_months_of_a_year(db):
    months = calendar.for_database(db).filing_months(2026)
    assert [m.deadline.day for m in months] == OFFICIAL[2026]
    assert {m.source for m in months} == {"official"}
    january = months[0]
    # 1–20 January 2026: 1–3 off (元旦), Sunday 4th worked, then the weekdays 5–9, 12–16, 19, 20.
    assert (january.days, january.workdays) == (20, 13)
    assert {m.source for m in calendar.PACKAGE.filing_months(2027)} == {"rule"}


def test_clearing_a_deadline_restores_the_table_or_the_rule(db):
    calendar.set_filing_deadline(db, 2026, 1, date(2026, 1, 21), actor=EDITOR)
    calendar.set_filing_deadline(db, 2027, 5, date(2027, 5, 18), actor=EDITOR)
    cal = calendar.for_database(db)  # cached: clearing must drop it
    assert cal.deadline_source(2026, 1) == "imported"

    assert calendar.clear_filing_deadline(db, 2026, 1, actor=EDITOR) is True
    cal = calendar.for_database(db)
    assert (cal.filing_deadline(2026, 1), cal.deadline_source(2026, 1)) == (date(2026, 1, 20), "official")
    assert cal.filing_deadline(2027, 5) == date(2027, 5, 18)  # the other override stays
    assert calendar.clear_filing_deadline(db, 2026, 1, actor=EDITOR) is False  # nothing left to clear
    assert calendar.clear_filing_deadline(db, 2027, 5, actor=EDITOR) is True
    cal = calendar.for_database(db)
    assert (cal.filing_deadline(2027, 5), cal.deadline_source(2027, 5)) == (date(2027, 5, 17), "rule")
    assert count(db, FilingDeadline) == 0
    with pytest.raises(InvalidInput) as refused:
        calendar.clear_filing_deadline(db, 2026, 13, actor=EDITOR)
    assert refused.value.key == "deadline_bad_month"


def test_clearing_notice_days_one_or_a_whole_year(db, tmp_path):
    calendar.import_notice(db, write(tmp_path, "notice.csv", NOTICE_2027), actor=EDITOR)
    calendar.import_notice(
        db, write(tmp_path, "extra.csv", "date,kind,name\n2026-10-08,holiday,国庆节\n"), actor=EDITOR
    )
    assert not calendar.for_database(db).is_workday(date(2026, 10, 8))

    assert calendar.clear_day_overrides(db, date(2026, 10, 8), actor=EDITOR) == 1
    assert calendar.for_database(db).is_workday(date(2026, 10, 8))  # the package's day again
    assert calendar.clear_day_overrides(db, date(2027, 1, 2), date(2027, 1, 3), actor=EDITOR) == 2
    cal = calendar.for_database(db)
    assert cal.is_workday(date(2027, 1, 4)) and not cal.is_workday(NEW_YEAR) and cal.is_covered(2027)

    assert calendar.clear_day_overrides(db, date(2027, 1, 1), date(2027, 12, 31), actor=EDITOR) == 2
    cal = calendar.for_database(db)
    assert not cal.is_covered(2027) and cal.is_workday(NEW_YEAR) and not cal.is_workday(MAKEUP_SUNDAY)
    assert count(db, CalendarDay) == 0
    assert calendar.clear_day_overrides(db, date(2027, 1, 1), date(2027, 12, 31), actor=EDITOR) == 0
    with pytest.raises(ValueError):
        calendar.clear_day_overrides(db, date(2027, 2, 1), date(2027, 1, 1), actor=EDITOR)


def test_a_year_overview_is_read_afresh(network_db, tmp_path):
    other = Database(network_db.url)  # another desk, whose cached calendar is a minute behind
    try:
        assert not calendar.for_database(other).is_covered(2027)
        before = calendar.year_overview(other, 2027)
        assert not before.covered and not before.package_covers and before.periods == ()
        assert len(before.rest_days) == 104  # 2027: 52 Saturdays and 52 Sundays
        assert {m.source for m in before.months} == {"rule"}

        calendar.import_notice(network_db, write(tmp_path, "notice.csv", NOTICE_2027), actor=EDITOR)
        assert not calendar.for_database(other).is_covered(2027)  # the cache, still within its minute
        after = calendar.year_overview(other, 2027)
        assert after.covered and not after.package_covers and after.notice_days == 4
        assert after.rest_days == (before.rest_days | {NEW_YEAR}) - {MAKEUP_SUNDAY}
        assert after.months[0].deadline == date(2027, 1, 20)  # the rule, with the holiday

        known = calendar.year_overview(other, 2026)
        assert known.covered and known.package_covers and known.notice_days == 0
        assert [m.deadline.day for m in known.months] == OFFICIAL[2026]
    finally:
        other.dispose()
    with pytest.raises(InvalidInput) as refused:
        calendar.year_overview(network_db, 10000)
    assert refused.value.key == "calendar_bad_year"


def test_only_supervisors_and_administrators_change_the_calendar(db, tmp_path):
    notice = write(tmp_path, "notice.csv", NOTICE_2027)
    deadlines = write(tmp_path, "deadlines.csv", "year,month,date\n2027,3,2027-03-15\n")
    changes = [
        lambda who: calendar.import_notice(db, notice, actor=who),
        lambda who: calendar.import_deadlines(db, deadlines, actor=who),
        lambda who: calendar.set_filing_deadline(db, 2026, 1, date(2026, 1, 21), actor=who),
        lambda who: calendar.clear_filing_deadline(db, 2026, 1, actor=who),
        lambda who: calendar.clear_day_overrides(db, date(2027, 1, 1), date(2027, 12, 31), actor=who),
    ]
    window = Actor(7, "H05", "周敏", frozenset({"window"}))
    front_desk = Actor(8, "H03", "叶丽娟", frozenset({"front_desk"}))
    for change in changes:
        for who, error in (
            (None, NotSignedIn),
            (SYSTEM, NotAllowed),
            (window, NotAllowed),
            (front_desk, NotAllowed),
        ):
            with pytest.raises(error):
                change(who)
        assert count(db, CalendarDay) == 0 and count(db, FilingDeadline) == 0
    admin = Actor(1, "A1", "管理员", frozenset({"admin"}))
    assert calendar.import_notice(db, notice, actor=admin).rows == 4
    assert calendar.set_filing_deadline(db, 2026, 1, date(2026, 1, 21), actor=EDITOR) == date(2026, 1, 21)
    assert calendar.clear_filing_deadline(db, 2026, 1, actor=EDITOR) is True
