"""``taxdesk calendar …``: workdays, State Council holiday notices and official filing deadlines."""

from __future__ import annotations

import sys
from pathlib import Path

from taxdesk.cli.base import PROG, actions, date_arg, db_option, json_option, open_db, print_json, signed_in
from taxdesk.core import calendar, validate

CALENDAR_ACTIONS = {
    "day": "what the calendar says about a day: workday, holiday, filing deadline",
    "deadlines": "the filing deadline of each month of a year",
    "import": "load a State Council holiday notice (CSV date,kind,name; all rows or none)",
    "set-deadline": "record the official filing deadline of a month",
    "import-deadlines": "load official filing deadlines (CSV year,month,date; all rows or none)",
}


def register(commands) -> None:
    parser = commands.add_parser("calendar", help="workdays, holiday notices and filing deadlines")
    calendar_commands = actions(parser, "calendar_command")
    for name, text in CALENDAR_ACTIONS.items():
        sub = calendar_commands.add_parser(name, help=text)
        db_option(sub)
        json_option(sub)
        if name == "day":
            sub.add_argument("date", type=date_arg, metavar="YYYY-MM-DD")
        elif name == "deadlines":
            sub.add_argument("--year", required=True, type=int, metavar="YYYY")
        elif name == "set-deadline":
            sub.add_argument("--year", required=True, type=int, metavar="YYYY")
            sub.add_argument("--month", required=True, type=int, metavar="M")
            sub.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD")
        else:
            sub.add_argument("file", type=Path, metavar="FILE")
        sub.set_defaults(func=cmd_calendar)


def _warn_uncovered(cal, year: int) -> None:
    if not cal.is_covered(year):
        print(
            f"{PROG}: warning: no holiday notice for {year}: only weekends are rest days "
            f"(import the notice with `{PROG} calendar import FILE`)",
            file=sys.stderr,
        )


def cmd_calendar(args) -> int:
    db = open_db(args)
    action = args.calendar_command
    if action == "day":
        cal = calendar.for_database(db)
        info = cal.day_info(args.date)
        _warn_uncovered(cal, args.date.year)
        if args.json:
            print_json(info.to_json())
        else:
            kind = "workday" + (" (make-up)" if info.makeup_workday else "") if info.workday else "rest day"
            holiday = f", {info.holiday_name}" if info.holiday_name else ""
            print(
                f"{info.day} {kind}{holiday}; filing deadline {info.filing_deadline_of_month} "
                f"({info.deadline_source}), {info.days_to_deadline} day(s) away"
            )
        return 0
    if action == "deadlines":
        validate.year(args.year)
        cal = calendar.for_database(db)
        _warn_uncovered(cal, args.year)
        months = {f"{args.year}-{m:02d}": cal.filing_deadline(args.year, m) for m in range(1, 13)}
        if args.json:
            print_json({month: day.isoformat() for month, day in months.items()})
        else:
            for m, (month, day) in enumerate(months.items(), start=1):
                print(f"{month}  {day}  {cal.deadline_source(args.year, m)}")
        return 0
    if action == "set-deadline":
        day = calendar.set_filing_deadline(db, args.year, args.month, args.date, actor=signed_in(args, db))
        if args.json:
            print_json({f"{args.year}-{args.month:02d}": day.isoformat()})
        else:
            print(f"filing deadline of {args.year}-{args.month:02d}: {day}")
        return 0
    load = calendar.import_notice if action == "import" else calendar.import_deadlines
    result = load(db, args.file, actor=signed_in(args, db))
    if args.json:
        print_json(result.to_json())
    else:
        what = "day(s)" if action == "import" else "deadline(s)"
        years = ", ".join(map(str, result.years)) or "no year"
        print(f"imported {result.rows} {what} for {years} from {args.file}")
    return 0
