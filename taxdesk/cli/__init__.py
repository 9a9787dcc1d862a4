"""The ``taxdesk`` command: the GUI by default, sub-commands for headless work.

Every command takes ``--db URL`` (else ``$TAXDESK_DB``, else the embedded SQLite file). Bad input gives one
line on stderr and a non-zero exit, never a traceback, and writes nothing.

Exit codes: 0 success, 1 a negative answer (e.g. a ticket code that does not verify), 2 bad input or an
unusable database, 70 an internal error (a defect: one line all the same; ``TAXDESK_DEBUG=1`` shows the
traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from taxdesk.core import errors
from taxdesk.core.db import Database, display_url, resolve_url

PROG = "taxdesk"
EXIT_INTERNAL = 70  # EX_SOFTWARE: TaxDesk itself failed (a bug), as opposed to bad input (2)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (not the whole usage text)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message}\n")


def _db_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # Accepted before and after the sub-command; the sub-command's copy must not reset the top one.
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None if top else argparse.SUPPRESS,
        help="SQLAlchemy database URL (default: $TAXDESK_DB, else the embedded SQLite file)",
    )


GUI_MODES = ("desk", "window", "supervisor", "staffing", "booking", "point", "network", "roster", "board")


def _gui_options(parser: argparse.ArgumentParser, top: bool = False) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--lang", choices=["zh_CN", "en"], default=default, help="interface language (default 简体中文)"
    )
    parser.add_argument(
        "--mode",
        choices=GUI_MODES,
        default=default,
        help="front desk, window console, supervisor, booking, the point's service list, the network "
        "editor, or the hall display board alone, full screen",
    )
    parser.add_argument(
        "--point", default=default, metavar="CODE", help="the service point (else asked once)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG, description="TaxDesk — tax service hall software (GUI unless a command is given)"
    )
    _db_option(parser, top=True)
    _gui_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the desk (the default)")
    _db_option(gui)
    _gui_options(gui)

    init = commands.add_parser("init", help="create or upgrade the database")
    _db_option(init)
    init.add_argument(
        "--demo", action="store_true", help="add the demo network, catalogue, staff and history"
    )
    init.add_argument(
        "--history-days",
        type=int,
        default=730,
        metavar="N",
        help="days of demo ticket history ending yesterday (default 730)",
    )
    init.add_argument("--no-history", action="store_true", help="demo network and catalogue without history")

    points = commands.add_parser("points", help="list the service points")
    _db_option(points)
    points.add_argument("--json", action="store_true")

    services = commands.add_parser("services", help="list the services a point offers")
    _db_option(services)
    services.add_argument("--point", required=True, metavar="CODE")
    services.add_argument("--json", action="store_true")
    services.add_argument("--pdf", metavar="FILE", type=Path, help="print the point's service list as A4 PDF")

    _network_parser(commands)

    ticket = commands.add_parser("ticket", help="issue, render and verify queue tickets")
    ticket_commands = ticket.add_subparsers(
        dest="ticket_command", parser_class=_Parser, metavar="ACTION", required=True
    )
    issue = ticket_commands.add_parser("issue", help="issue a ticket")
    _db_option(issue)
    issue.add_argument("--point", required=True, metavar="CODE")
    issue.add_argument("--service", required=True, metavar="CODE")
    issue.add_argument("--green", action="store_true", help="green channel (elderly, disabled, pregnant)")
    issue.add_argument("--name", help="taxpayer name (optional; stored, shown masked)")
    issue.add_argument("--phone", help="taxpayer mobile number (optional; stored, shown masked)")
    issue.add_argument("--json", action="store_true")

    render = ticket_commands.add_parser("render", help="render a ticket to a file")
    _db_option(render)
    render.add_argument("id", type=int, metavar="ID")
    target = render.add_mutually_exclusive_group(required=True)
    target.add_argument("--png", metavar="FILE", type=Path)
    target.add_argument("--pdf", metavar="FILE", type=Path)
    target.add_argument("--escpos", metavar="FILE", type=Path, help="raw ESC/POS bytes for a thermal printer")
    render.add_argument("--reprint", action="store_true", help="mark the print-out as a reprint (补打)")

    verify = ticket_commands.add_parser("verify", help="verify a scanned ticket code")
    _db_option(verify)
    verify.add_argument("payload", metavar="PAYLOAD")
    verify.add_argument("--json", action="store_true")

    show = ticket_commands.add_parser("show", help="show a ticket and its event trail")
    _db_option(show)
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true")

    call = ticket_commands.add_parser("call", help="call the next ticket to a window")
    _db_option(call)
    call.add_argument("--point", required=True, metavar="CODE")
    call.add_argument("--window", required=True, type=int, metavar="N")
    call.add_argument("--json", action="store_true")
    for action, text in TICKET_ACTIONS.items():
        sub = ticket_commands.add_parser(action, help=text)
        _db_option(sub)
        sub.add_argument("id", type=int, metavar="ID")
        sub.add_argument("--json", action="store_true")
    transfer = ticket_commands.add_parser("transfer", help="send a ticket to another service and/or window")
    _db_option(transfer)
    transfer.add_argument("id", type=int, metavar="ID")
    transfer.add_argument("--service", metavar="CODE")
    transfer.add_argument("--window", type=int, metavar="N")
    transfer.add_argument("--json", action="store_true")

    queue = commands.add_parser("queue", help="waiting counts, longest waits and window states at a point")
    _db_option(queue)
    queue.add_argument("--point", required=True, metavar="CODE")
    queue.add_argument("--json", action="store_true")

    _booking_parsers(commands)
    _calendar_parsers(commands)
    _staffing_parsers(commands)
    _forecast_parser(commands)
    _advise_parsers(commands)
    _roster_parsers(commands)

    window = commands.add_parser("window", help="sign in or out of a window, pause or resume it")
    window_commands = window.add_subparsers(
        dest="window_command", parser_class=_Parser, metavar="ACTION", required=True
    )
    for action, text in WINDOW_ACTIONS.items():
        sub = window_commands.add_parser(action, help=text)
        _db_option(sub)
        sub.add_argument("--point", required=True, metavar="CODE")
        sub.add_argument("--window", required=True, type=int, metavar="N")
        if action == "signin":
            sub.add_argument("--staff", required=True, metavar="CODE", help="the officer's staff code")
        if action == "pause":
            sub.add_argument("--reason")
        sub.add_argument("--json", action="store_true")
    return parser


def _booking_parsers(commands) -> None:
    booking = commands.add_parser("booking", help="appointments: slots, book, cancel, reschedule, check in")
    actions = booking.add_subparsers(
        dest="booking_command", parser_class=_Parser, metavar="ACTION", required=True
    )

    def action(name: str, text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=text)
        _db_option(sub)
        sub.add_argument("--json", action="store_true")
        return sub

    create = action("create", "book a taxpayer into a slot")
    create.add_argument("--point", required=True, metavar="CODE")
    create.add_argument("--service", required=True, metavar="CODE")
    create.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    create.add_argument("--slot", required=True, metavar="HH:MM")
    create.add_argument("--name", required=True)
    create.add_argument("--phone", required=True)
    create.add_argument("--id-number", required=True, metavar="ID", help="resident ID number or credit code")
    create.add_argument(
        "--id-kind", choices=["person", "business"], help="which of the two (default: by shape)"
    )
    create.add_argument("--staff", metavar="CODE", help="the agent or officer booking (for the record)")
    for name, text in (("cancel", "cancel a booking"), ("show", "show a booking")):
        sub = action(name, text)
        sub.add_argument("code", metavar="CODE")
    reschedule = action("reschedule", "move a booking to another slot")
    reschedule.add_argument("code", metavar="CODE")
    reschedule.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    reschedule.add_argument("--slot", required=True, metavar="HH:MM")
    listing = action("list", "a point's bookings for a day")
    listing.add_argument("--point", required=True, metavar="CODE")
    listing.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    slots = action("slots", "a day's slots and places left")
    slots.add_argument("--point", required=True, metavar="CODE")
    slots.add_argument("--service", required=True, metavar="CODE")
    slots.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    checkin = action("checkin", "turn a booking into a ticket (scanned slip or booking code)")
    checkin.add_argument("payload", metavar="PAYLOAD_OR_CODE")
    checkin.add_argument("--point", metavar="CODE", help="refuse bookings for another point")
    block = action("block", "whether a taxpayer is blocked for no-shows")
    block.add_argument("id_number", metavar="ID")
    unblock = action("unblock", "a supervisor lifts a no-show block (audited)")
    unblock.add_argument("id_number", metavar="ID")
    unblock.add_argument("--staff", required=True, metavar="CODE")
    unblock.add_argument("--reason", required=True)
    capacity = action("capacity", "set the places per slot for a category at a point")
    capacity.add_argument("--point", required=True, metavar="CODE")
    capacity.add_argument("--category", required=True, metavar="CODE")
    capacity.add_argument("--places", required=True, type=int, metavar="N")


def _staffing_parsers(commands) -> None:
    staffing = commands.add_parser("staffing", help="windows needed: Erlang C")
    actions = staffing.add_subparsers(
        dest="staffing_command", parser_class=_Parser, metavar="ACTION", required=True
    )
    erlang = actions.add_parser("erlang", help="windows needed for one arrival rate and handling time")
    erlang.add_argument("--arrivals-per-hour", required=True, type=float, metavar="X")
    erlang.add_argument(
        "--aht-min", required=True, type=float, metavar="Y", help="average handling time, minutes"
    )
    erlang.add_argument(
        "--target-sl", type=float, default=0.8, metavar="S", help="share served in time (0.8)"
    )
    erlang.add_argument("--target-wait-min", type=float, default=10, metavar="T", help="minutes (10)")
    erlang.add_argument("--max-occupancy", type=float, default=1.0, metavar="O")
    erlang.add_argument("--shrinkage", type=float, default=0.0, metavar="S")
    erlang.add_argument("--json", action="store_true")

    plan = actions.add_parser("plan", help="windows needed per half-hour of a week, from the forecast")
    _db_option(plan)
    plan.add_argument("--point", required=True, metavar="CODE")
    plan.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO week, e.g. 2026-W03")
    plan.add_argument("--target-sl", type=float, metavar="S", help="share served in time (default: setting)")
    plan.add_argument("--target-wait-min", type=float, metavar="T", help="minutes (default: setting)")
    plan.add_argument("--max-occupancy", type=float, metavar="O", help="(default: setting)")
    plan.add_argument("--shrinkage", type=float, metavar="S", help="(default: setting)")
    plan.add_argument("--backtest", action="store_true", help="also measure the forecast on past weeks")
    plan.add_argument("--json", action="store_true")

    targets = actions.add_parser(
        "targets", help="show the installation's staffing targets, or change those given"
    )
    _db_option(targets)
    targets.add_argument("--target-sl", type=float, metavar="S", help="share served in time, e.g. 0.8")
    targets.add_argument("--target-wait-min", type=float, metavar="T", help="minutes")
    targets.add_argument("--max-occupancy", type=float, metavar="O", help="e.g. 0.85")
    targets.add_argument("--shrinkage", type=float, metavar="S", help="e.g. 0.2")
    targets.add_argument("--json", action="store_true")


def _roster_parsers(commands) -> None:
    """``taxdesk roster nrp``: the roster engine on a Curtois–Qu shift scheduling benchmark file."""
    roster = commands.add_parser("roster", help="the weekly rotation roster engine (排班)")
    actions = roster.add_subparsers(
        dest="roster_command", parser_class=_Parser, metavar="ACTION", required=True
    )
    nrp = actions.add_parser("nrp", help="solve a shift scheduling benchmark instance (Curtois & Qu format)")
    nrp.add_argument("file", type=Path, metavar="FILE")
    nrp.add_argument(
        "--time-limit", type=_seconds, default=60.0, metavar="S", help="seconds to search (default 60)"
    )
    nrp.add_argument("--json", action="store_true")
    for name, text in ROSTER_ACTIONS.items():
        sub = actions.add_parser(name, help=text)
        _db_option(sub)
        sub.add_argument("--point", required=True, metavar="CODE")
        sub.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO week, e.g. 2026-W49")
        if name in ("solve", "publish"):
            sub.add_argument("--by", metavar="STAFF", help="who (staff code); without it: the command line")
        if name == "solve":
            sub.add_argument(
                "--time-limit",
                type=_seconds,
                default=10.0,
                metavar="S",
                help="seconds to search (default 10)",
            )
        if name == "print":
            sub.add_argument("--pdf", type=Path, metavar="FILE", help="the A4 landscape roster")
            sub.add_argument("--xlsx", type=Path, metavar="FILE", help="the same as an Excel workbook")
        sub.add_argument("--json", action="store_true")


ROSTER_ACTIONS = {
    "solve": "solve a point's week (locked assignments kept) and store it as the week's draft",
    "publish": "publish the week's draft (read-only afterwards; a change starts the next version)",
    "print": "the week's newest version as an A4 landscape PDF and/or an Excel workbook",
}


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def cmd_roster_week(args) -> int:
    """``taxdesk roster solve|publish|print``: exit 1 from solve when the rules allow no roster."""
    from taxdesk.core.roster import store

    db = _open(args)
    if args.roster_command == "solve":
        return _roster_solve(db, args)
    if args.roster_command == "publish":
        published = store.publish(db, args.point, args.week, by=args.by)
        if args.json:
            _print_json(
                {
                    "point": published.point,
                    "week": published.week,
                    "version": published.version,
                    "status": published.status,
                    "published_at": published.published_at.isoformat(timespec="seconds"),
                    "published_by": published.published_by,
                    "assignments": len(published.assignments),
                }
            )
        else:
            print(f"{args.point} {args.week}: version {published.version} published")
        return 0
    return _roster_print(db, args)


def _roster_solve(db: Database, args) -> int:
    from datetime import datetime

    from taxdesk.core import clock
    from taxdesk.core.roster import check, service

    solved = service.solve_week(db, args.point, args.week, by=args.by, time_limit=args.time_limit)
    solution, week = solved.solution, solved.week
    assignments = []
    for a in solved.stored.assignments if solved.stored else ():
        assignments.append(
            {
                "staff": a.name,
                "staff_id": a.staff,
                "day": a.day.isoformat(),
                "shift": a.template,
                "shift_name": a.template_name,
                "category": a.category,
                "start": _clock(a.start_min),
                "end": _clock(a.end_min),
                "window": a.window,
                "locked": a.locked,
            }
        )
    coverage = (
        [
            {
                "start": clock.iso(datetime.combine(day.day, slot.start, tzinfo=clock.LOCAL_TZ)),
                "required": slot.required,
                "planned": slot.planned,
            }
            for day in service.coverage(week, solution.roster)
            for slot in day.slots
        ]
        if solution.roster
        else []
    )
    violations = [
        {
            "rule": v.rule,
            "staff_id": v.person,
            "day": week.days[v.day].day.isoformat() if v.day is not None else None,
            "text": v.text,
        }
        for v in (check.violations(week.problem, solution.roster) if solution.roster else [])
    ]
    if args.json:
        _print_json(
            {
                "point": args.point,
                "week": args.week,
                "status": solution.status,
                "objective": solution.objective,
                "bound": solution.bound,
                "gap": solution.gap,
                "seconds": solution.seconds,
                "version": solved.stored.version if solved.stored else None,
                "assignments": assignments,
                "coverage": coverage,
                "violations": violations,
                "explanation": [reason.text for reason in solution.explanation],
            }
        )
    else:
        print(f"{args.point} {args.week}: {solution.status}", end="")
        if solution.objective is not None:
            print(
                f", objective {solution.objective:g} (bound {solution.bound:g}) in {solution.seconds:.1f} s",
                end="",
            )
        print(f", draft version {solved.stored.version}" if solved.stored else "")
        short = sum(max(0, c["required"] - c["planned"]) for c in coverage)
        print(f"{len(assignments)} shifts; {short} window half-hours short of the requirement")
    for reason in solution.explanation:
        print(f"{PROG} roster solve: {reason.text}", file=sys.stderr)
    return 0 if solution.roster else 1


def _roster_print(db: Database, args) -> int:
    from taxdesk.core.network import points
    from taxdesk.core.roster import service, store, xlsx
    from taxdesk.core.roster.hall import hall_week

    if args.pdf is None and args.xlsx is None:
        raise errors.InvalidInput("say where to print: --pdf FILE and/or --xlsx FILE")
    for path in (args.pdf, args.xlsx):
        if path is not None and not path.parent.is_dir():
            raise errors.InvalidInput(f"cannot write {path}: folder {path.parent} does not exist")
    stored = store.latest(db, args.point, args.week)
    if stored is None:
        raise errors.InvalidInput(
            f"{args.point} has no roster for {args.week}", key="roster_none", point=args.point, week=args.week
        )
    point_name = next(p.name for p in points(db) if p.code == stored.point)
    sheet = service.sheet(
        db,
        hall_week(db, args.point, args.week),
        stored,
        point_name=point_name,
        supervisor=stored.published_by or "",
    )
    written = {}
    if args.xlsx is not None:
        xlsx.write_xlsx([sheet], args.xlsx)
        written["xlsx"] = str(args.xlsx)
    if args.pdf is not None:
        from taxdesk.gui import roster_print

        _ensure_gui_application()
        written["pages"] = roster_print.render_pdf([sheet], args.pdf)
        written["pdf"] = str(args.pdf)
    if args.json:
        _print_json(
            {
                "point": args.point,
                "week": args.week,
                "version": stored.version,
                "status": stored.status,
                **written,
            }
        )
    else:
        state = "published" if stored.published else "draft"
        files = ", ".join(str(path) for path in (args.pdf, args.xlsx) if path is not None)
        print(f"{args.point} {args.week} version {stored.version} ({state}) → {files}")
    return 0


def _seconds(text: str) -> float:
    from taxdesk.core import validate
    from taxdesk.core.roster.solver import MAX_TIME_LIMIT_S, MIN_TIME_LIMIT_S

    try:
        return validate.number(
            text, "the time limit", minimum=MIN_TIME_LIMIT_S, maximum=MAX_TIME_LIMIT_S, unit="seconds"
        )
    except errors.InvalidInput as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def cmd_roster_nrp(args) -> int:
    """Exit 0 with a roster (optimal or not), 1 when the rules admit none or none was found in time."""
    from taxdesk.core.roster import nrp, solver

    problem = nrp.load(args.file)
    solution = solver.solve(problem, time_limit=args.time_limit)

    def number(value):
        return None if value is None else (int(value) if float(value).is_integer() else value)

    if args.json:
        _print_json(
            {
                "objective": number(solution.objective),
                "bound": number(solution.bound),
                "optimal": solution.optimal,
                "seconds": solution.seconds,
                "status": solution.status,
                "gap": solution.gap,
                "roster": solution.roster,
                "explanation": [reason.text for reason in solution.explanation],
            }
        )
    else:
        print(f"{args.file.name}: {len(problem.people)} staff, {problem.days} days: {solution.status}")
        if solution.objective is not None:
            bound = "-" if solution.bound is None else f"{solution.bound:g}"
            gap = "" if solution.gap is None else f", gap {solution.gap:.2%}"
            print(f"objective {solution.objective:g} (bound {bound}{gap}) in {solution.seconds:.1f} s")
        width = max((len(pid) for pid in solution.roster), default=0)
        for pid, days in solution.roster.items():
            print(f"{pid:{width}}  " + " ".join(f"{s or '.':>2}" for s in days))
    for reason in solution.explanation:
        print(f"{PROG} roster nrp: {reason.text}", file=sys.stderr)
    if not solution.roster:
        if not solution.explanation:
            print(f"{PROG} roster nrp: no roster found within {args.time_limit:g} s", file=sys.stderr)
        return 1
    return 0


def _forecast_parser(commands) -> None:
    forecast = commands.add_parser("forecast", help="arrivals per half-hour of a week, learnt from history")
    _db_option(forecast)
    forecast.add_argument("--point", required=True, metavar="CODE")
    forecast.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO week, e.g. 2026-W03")
    forecast.add_argument(
        "--no-backtest", action="store_true", help="skip measuring the method on the last 8 weeks"
    )
    forecast.add_argument("--json", action="store_true")


def cmd_forecast(args) -> int:
    from taxdesk.core.forecast import forecast_week

    db = _open(args)
    result = forecast_week(db, args.point, args.week, backtest=not args.no_backtest)
    if args.json:
        _print_json(result.to_json())
        return 0
    print(f"{result.point} {result.week}: history {result.history_first_day} – {result.history_last_day}")
    days: dict = {}
    for interval in result.intervals:
        days.setdefault(interval.start.date(), []).append(interval)
    for day, intervals in days.items():
        peak = max(intervals, key=lambda i: i.arrivals)
        print(
            f"{day:%Y-%m-%d %a}  {sum(i.arrivals for i in intervals):6.0f} arrivals, "
            f"peak {peak.start:%H:%M} {peak.arrivals:.0f} ({peak.lo:.0f}–{peak.hi:.0f})"
        )
    if not days:
        print("no working day this week")
    if result.backtest and result.backtest.wape is not None:
        b = result.backtest
        print(
            f"backtest {len(b.weeks)} weeks: WAPE {b.wape:.1%} (seasonal naive {b.naive_wape:.1%}, "
            f"historical average {b.average_wape:.1%}), 80 % band held {b.coverage:.0%}"
        )
    return 0


def cmd_staffing_plan(args) -> int:
    from taxdesk.core.plan import staffing_plan

    db = _open(args)
    plan = staffing_plan(
        db,
        args.point,
        args.week,
        target_sl=args.target_sl,
        target_wait_min=args.target_wait_min,
        max_occupancy=args.max_occupancy,
        shrinkage=args.shrinkage,
        backtest=args.backtest,
    )
    if args.json:
        _print_json(plan.to_json())
        return 0
    codes = list(plan.handling)
    print(f"{plan.point} {plan.week}: windows per half-hour ({' '.join(codes)} = total, pooled)")
    for interval in plan.intervals:
        needs = interval.categories
        parts = " ".join(str(needs[c].requirement.windows) if c in needs else "-" for c in codes)
        print(
            f"{interval.start:%a %m-%d %H:%M}  {interval.arrivals:5.1f} arrivals  {parts} = "
            f"{interval.windows:2d}, pooled {interval.pooled.windows}"
        )
    return 0


def cmd_staffing_targets(args) -> int:
    from dataclasses import replace

    from taxdesk.core.plan import save_targets, targets_from_settings

    db = _open(args)
    targets = targets_from_settings(db)
    fields = ("target_sl", "target_wait_min", "max_occupancy", "shrinkage")
    given = {name: getattr(args, name) for name in fields if getattr(args, name) is not None}
    if given:
        targets = save_targets(db, replace(targets, **given))
    if args.json:
        _print_json(targets.to_json())
    else:
        print(
            f"{targets.target_sl:.0%} served within {targets.target_wait_min:g} min, occupancy at most "
            f"{targets.max_occupancy:.0%}, shrinkage {targets.shrinkage:.0%}"
        )
    return 0


def cmd_staffing_erlang(args) -> int:
    from taxdesk.core.staffing import required_windows

    requirement = required_windows(
        args.arrivals_per_hour,
        args.aht_min,
        target_sl=args.target_sl,
        target_wait_min=args.target_wait_min,
        max_occupancy=args.max_occupancy,
        shrinkage=args.shrinkage,
    )
    if args.json:
        _print_json(requirement.to_json())
    else:
        print(
            f"{requirement.windows} window(s) ({requirement.raw_windows} open at once): "
            f"{requirement.service_level:.1%} served within {args.target_wait_min:g} min, "
            f"average wait {requirement.asa_min:.1f} min, occupancy {requirement.occupancy:.0%}"
        )
    return 0


ADVISE_ACTIONS = {
    "run": "run the tidal-window advisor (every minute until Ctrl+C, or --once)",
    "list": "a day's tidal-window suggestions and what was decided",
    "accept": "accept a pending suggestion (recorded with who and when)",
    "dismiss": "dismiss a pending suggestion (recorded with who and when)",
}


def _advise_parsers(commands) -> None:
    """``taxdesk advise run|list|accept|dismiss``: the tidal-window advisor (潮汐窗口建议)."""
    advise = commands.add_parser("advise", help="tidal-window suggestions: open or close windows")
    actions = advise.add_subparsers(
        dest="advise_command", parser_class=_Parser, metavar="ACTION", required=True
    )
    for name, text in ADVISE_ACTIONS.items():
        sub = actions.add_parser(name, help=text)
        _db_option(sub)
        if name in ("run", "list"):
            sub.add_argument("--point", required=True, metavar="CODE")
        if name == "run":
            sub.add_argument("--once", action="store_true", help="run once and print the pending suggestions")
        elif name == "list":
            sub.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the day (default today)")
        else:
            sub.add_argument("id", type=int, metavar="ID")
            sub.add_argument("--by", required=True, metavar="STAFF", help="the supervisor's staff code")
            sub.add_argument("--note", metavar="TEXT")
        sub.add_argument("--json", action="store_true")


def _advice_line(s) -> str:
    decided = ""
    if s.status in ("accepted", "dismissed"):
        decided = f" by {s.decided_by_name} ({s.decided_by}) at {s.decided_at:%H:%M}"
        decided += f": {s.note}" if s.note else ""
    elif s.status == "expired" and s.decided_at:
        decided = f" at {s.decided_at:%H:%M}"
    return f"{s.made_at:%H:%M} #{s.id} {s.status}{decided}  {s.text}"


def cmd_advise(args) -> int:
    from taxdesk.core import advisor

    db = _open(args)
    action = args.advise_command
    if action in ("accept", "dismiss"):
        decided = advisor.decide(db, args.id, accept=action == "accept", staff_code=args.by, note=args.note)
        if args.json:
            _print_json(decided.to_json())
        else:
            print(_advice_line(decided))
        return 0
    if action == "list":
        found = advisor.suggestions(db, args.point, args.date)
        if args.json:
            _print_json([s.to_json() for s in found])
        for s in [] if args.json else found:
            print(_advice_line(s))
        return 0
    if args.once:
        advice = advisor.Advisor(db, args.point).run()
        if args.json:
            _print_json([s.to_json() for s in advice.pending])
        for s in [] if args.json else advice.pending:
            print(f"#{s.id} {s.text}")
        return 0
    return _advise_forever(db, args.point, args.json)


def _advise_forever(db: Database, point: str, as_json: bool) -> int:
    """The advisor every minute until SIGINT or SIGTERM: one line (or JSON object) per new suggestion."""
    import signal
    import threading

    from taxdesk.core.jobs import advisor_scheduler

    stop = threading.Event()
    failure: list[errors.TaxDeskError] = []

    def show(advice) -> None:
        for s in advice.new:
            print(json.dumps(s.to_json(), ensure_ascii=False) if as_json else f"#{s.id} {s.text}", flush=True)

    def failed(exc: Exception) -> None:
        if isinstance(exc, errors.TaxDeskError) and exc.key == "unknown_point":
            failure.append(exc)  # will not get better: stop
            stop.set()
        else:  # the database away for a while, say: say so and keep going
            print(f"{PROG}: advisor run failed: {exc}", file=sys.stderr, flush=True)

    scheduler = advisor_scheduler(db, point, on_advice=show, on_error=failed)
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    scheduler.start()
    try:
        while not stop.wait(0.5):
            pass
    finally:
        scheduler.shutdown(wait=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if failure:
        raise failure[0]
    return 0


def _calendar_parsers(commands) -> None:
    """``taxdesk calendar …`` (workdays, holiday notices, official filing deadlines) and ``taxdesk import
    history FILE`` (ticket history from CSV)."""
    calendar = commands.add_parser("calendar", help="workdays, holiday notices and filing deadlines")
    actions = calendar.add_subparsers(
        dest="calendar_command", parser_class=_Parser, metavar="ACTION", required=True
    )
    for name, text in CALENDAR_ACTIONS.items():
        sub = actions.add_parser(name, help=text)
        _db_option(sub)
        sub.add_argument("--json", action="store_true")
        if name == "day":
            sub.add_argument("date", type=_date, metavar="YYYY-MM-DD")
        elif name == "deadlines":
            sub.add_argument("--year", required=True, type=int, metavar="YYYY")
        elif name == "set-deadline":
            sub.add_argument("--year", required=True, type=int, metavar="YYYY")
            sub.add_argument("--month", required=True, type=int, metavar="M")
            sub.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
        else:
            sub.add_argument("file", type=Path, metavar="FILE")

    imports = commands.add_parser("import", help="import ticket history from another queue system")
    import_actions = imports.add_subparsers(
        dest="import_command", parser_class=_Parser, metavar="WHAT", required=True
    )
    history = import_actions.add_parser(
        "history", help="tickets from a CSV file point,service,issued_at,called_at,finished_at,window"
    )
    _db_option(history)
    history.add_argument("file", type=Path, metavar="FILE.csv")
    history.add_argument("--json", action="store_true")


CALENDAR_ACTIONS = {
    "day": "what the calendar says about a day: workday, holiday, filing deadline",
    "deadlines": "the filing deadline of each month of a year",
    "import": "load a State Council holiday notice (CSV date,kind,name; all rows or none)",
    "set-deadline": "record the official filing deadline of a month",
    "import-deadlines": "load official filing deadlines (CSV year,month,date; all rows or none)",
}


def _warn_uncovered(cal, year: int) -> None:
    if not cal.is_covered(year):
        print(
            f"{PROG}: warning: no holiday notice for {year}: only weekends are rest days "
            f"(import the notice with `{PROG} calendar import FILE`)",
            file=sys.stderr,
        )


def cmd_calendar(args) -> int:
    from taxdesk.core import calendar, validate

    db = _open(args)
    action = args.calendar_command
    if action == "day":
        cal = calendar.for_database(db)
        info = cal.day_info(args.date)
        _warn_uncovered(cal, args.date.year)
        if args.json:
            _print_json(info.to_json())
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
            _print_json({month: day.isoformat() for month, day in months.items()})
        else:
            for m, (month, day) in enumerate(months.items(), start=1):
                print(f"{month}  {day}  {cal.deadline_source(args.year, m)}")
        return 0
    if action == "set-deadline":
        day = calendar.set_filing_deadline(db, args.year, args.month, args.date)
        if args.json:
            _print_json({f"{args.year}-{args.month:02d}": day.isoformat()})
        else:
            print(f"filing deadline of {args.year}-{args.month:02d}: {day}")
        return 0
    load = calendar.import_notice if action == "import" else calendar.import_deadlines
    result = load(db, args.file)
    if args.json:
        _print_json(result.to_json())
    else:
        what = "day(s)" if action == "import" else "deadline(s)"
        years = ", ".join(map(str, result.years)) or "no year"
        print(f"imported {result.rows} {what} for {years} from {args.file}")
    return 0


def cmd_import_history(args) -> int:
    from taxdesk.core.history_import import import_history

    db = _open(args)
    progress = None
    if sys.stderr.isatty():

        def progress(done: int, total: int) -> None:
            print(
                f"\rimporting history … {100 * done // max(1, total)}%", end="", file=sys.stderr, flush=True
            )

    try:
        result = import_history(db, args.file, progress=progress)
    finally:
        if progress is not None:
            print(file=sys.stderr)
    if args.json:
        _print_json(result.to_json())
    else:
        span = f", {result.first_day} – {result.last_day}" if result.tickets else ""
        print(
            f"imported {result.tickets} tickets ({result.finished} finished, {result.no_shows} no-shows) "
            f"at {len(result.points)} point(s){span} from {args.file}"
        )
    return 0


def _date(text: str):
    from taxdesk.core import validate

    try:
        return validate.parse_day(text)
    except errors.InvalidInput as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


BOOKING_ACTIONS = (
    "create",
    "cancel",
    "show",
    "reschedule",
    "list",
    "slots",
    "checkin",
    "block",
    "unblock",
    "capacity",
)


def _network_parser(commands) -> None:
    """``taxdesk network export|import --points FILE | --services FILE`` (CSV or XLSX by extension)."""
    network = commands.add_parser("network", help="export or import the service points or the catalogue")
    network_commands = network.add_subparsers(
        dest="network_command", parser_class=_Parser, metavar="ACTION", required=True
    )
    for action, text in NETWORK_ACTIONS.items():
        sub = network_commands.add_parser(action, help=text)
        _db_option(sub)
        table = sub.add_mutually_exclusive_group(required=True)
        table.add_argument("--points", metavar="FILE", type=Path, help="the service points (.csv or .xlsx)")
        table.add_argument("--services", metavar="FILE", type=Path, help="the catalogue (.csv or .xlsx)")
        sub.add_argument("--json", action="store_true")


NETWORK_ACTIONS = {
    "export": "write the points or the catalogue to a CSV or XLSX file",
    "import": "create or update points or services from a CSV or XLSX file (all rows or none)",
}
TICKET_ACTIONS = {
    "recall": "call a ticket again (重呼)",
    "noshow": "mark a called ticket as a no-show (过号)",
    "start": "the taxpayer has reached the window",
    "finish": "finish a ticket (办结)",
    "reactivate": "put a no-show back in the queue, once (front desk)",
}
WINDOW_ACTIONS = {
    "signin": "an officer takes the window",
    "signout": "the officer leaves the window",
    "pause": "stop calling at the window",
    "resume": "call again at the window",
}


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _open(args, *, create: bool = False) -> Database:
    """The database the command works on, checked to be reachable and at the current schema."""
    from taxdesk.core.db import migrate

    db = Database(resolve_url(args.db), create=create)
    _opened.append(db)
    if not create:
        migrate.ensure_current(db)
    return db


_opened: list[Database] = []  # closed when the command ends (main may run many times in one process)


# -------------------------------------------------------------------------------------------- commands


def cmd_init(args) -> int:
    from taxdesk.core.install import init_database

    if args.demo:
        from taxdesk.core import demo, validate

        validate.number(
            args.history_days, "--history-days", minimum=0, maximum=demo.MAX_HISTORY_DAYS, integer=True
        )
    db = _open(args, create=True)
    db.check_connection()
    result = init_database(db)
    if result.revision_before is None:
        print(f"created database {display_url(db.url)} (schema {result.revision_after})")
    elif result.revision_before != result.revision_after:
        print(
            f"upgraded database {display_url(db.url)} "
            f"from {result.revision_before} to {result.revision_after}"
        )
    else:
        print(f"database {display_url(db.url)} is up to date (schema {result.revision_after})")
    for path in result.removed_backups:
        print(
            f"removed backup {path}: it held taxpayers' full ID numbers, which this version no longer keeps"
        )
    if args.demo:
        from taxdesk.core import demo

        days = 0 if args.no_history else args.history_days
        summary = demo.populate(db, history_days=days, progress=_progress_printer())
        print(
            f"demo: {summary.points} points, {summary.services} services, {summary.windows} windows, "
            f"{summary.staff} staff, {summary.tickets_added} tickets added"
            + (f" ({summary.first_day} – {summary.last_day})" if summary.tickets_added else "")
        )
    return 0


def _progress_printer():
    if not sys.stderr.isatty():
        return None

    def progress(done: int, total: int) -> None:
        print(
            f"\rgenerating demo history … {100 * done // max(1, total)}%", end="", file=sys.stderr, flush=True
        )
        if done >= total:
            print(file=sys.stderr)

    return progress


def cmd_points(args) -> int:
    from taxdesk.core.network import POINT_KINDS, list_points

    db = _open(args)
    with db.session() as session:
        points = list_points(session)
    if args.json:
        _print_json([p.to_json() for p in points])
    else:
        for p in points:
            windows = f"{p.windows} window" + ("" if p.windows == 1 else "s")
            print(f"{p.code:6} {POINT_KINDS.get(p.kind, p.kind):6} {p.name}  ({windows})")
    return 0


def cmd_services(args) -> int:
    from taxdesk.core.network import list_services

    db = _open(args)
    if args.pdf:
        return _services_pdf(db, args)
    with db.session() as session:
        services = list_services(session, args.point)
    if args.json:
        _print_json([s.to_json() for s in services])
    else:
        for s in services:
            print(f"{s.code:6} {s.prefix} {s.category_name:8} {s.name}  (~{s.avg_handling_min:g} min)")
    return 0


def _services_pdf(db: Database, args) -> int:
    """``taxdesk services --point CODE --pdf FILE``: the point's A4 service list (服务清单)."""
    from taxdesk.core.service_sheet import sheet_for

    sheet = sheet_for(db, args.point)
    if not args.pdf.parent.is_dir():
        raise errors.InvalidInput(f"cannot write {args.pdf}: folder {args.pdf.parent} does not exist")
    from taxdesk.gui import service_sheet

    _ensure_gui_application()
    pages = service_sheet.save_pdf(sheet, args.pdf)
    if args.json:
        _print_json(
            {"point": sheet.point_code, "pdf": str(args.pdf), "services": sheet.service_count, "pages": pages}
        )
    else:
        print(f"{sheet.point_code}: {sheet.service_count} services → {args.pdf} ({pages} page(s), A4)")
    return 0


def cmd_network(args) -> int:
    """``taxdesk network export|import``: one line per result; a bad row aborts and writes nothing."""
    from taxdesk.core import catalogue_io

    db = _open(args)
    table, path = ("points", args.points) if args.points else ("services", args.services)
    if args.network_command == "export":
        export = catalogue_io.export_points if table == "points" else catalogue_io.export_services
        rows = export(db, path)
        if args.json:
            _print_json({"table": table, "path": str(path), "rows": rows})
        else:
            print(f"exported {rows} {table} → {path}")
        return 0
    load = catalogue_io.import_points if table == "points" else catalogue_io.import_services
    result = load(db, path)
    if args.json:
        _print_json(result.to_json())
    else:
        for outcome in ("created", "updated", "unchanged"):
            for code in getattr(result, outcome):
                print(f"{outcome:9} {code}")
        print(
            f"imported {result.rows} {table} from {path}: {len(result.created)} created, "
            f"{len(result.updated)} updated, {len(result.unchanged)} unchanged"
        )
    return 0


def cmd_ticket_issue(args) -> int:
    from taxdesk.core.tickets import issue_ticket

    db = _open(args)
    ticket = issue_ticket(
        db,
        args.point,
        args.service,
        channel="green" if args.green else "walk_in",
        taxpayer_name=args.name,
        taxpayer_phone=args.phone,
    )
    if args.json:
        _print_json(ticket.to_json())
    else:
        print(
            f"{ticket.number}  {ticket.service_name} @ {ticket.point_name}  "
            f"issued {ticket.issued_at:%H:%M:%S}, "
            f"{ticket.ahead} ahead, ~{ticket.estimated_wait_min} min (ID {ticket.id})"
        )
    return 0


def cmd_ticket_render(args) -> int:
    from taxdesk.core.slip import slip_for
    from taxdesk.core.tickets import get_ticket, record_print

    db = _open(args)
    ticket = get_ticket(db, args.id)
    slip = slip_for(db, ticket, reprint=args.reprint)
    target = args.png or args.pdf or args.escpos
    if not target.parent.is_dir():
        raise errors.InvalidInput(f"cannot write {target}: folder {target.parent} does not exist")
    if args.escpos:
        from taxdesk.core.escpos_ticket import escpos_bytes, write_escpos_file

        write_escpos_file(escpos_bytes(slip), target)
        kind = "escpos"
    else:
        from taxdesk.gui import ticket_painter

        _ensure_gui_application()
        if args.png:
            ticket_painter.save_png(slip, target)
            kind = "png"
        else:
            ticket_painter.save_pdf(slip, target)
            kind = "pdf"
    record_print(db, ticket.id, f"{kind}:{target}")
    print(f"{ticket.number} → {target}")
    return 0


def _ensure_gui_application():
    """A Qt application for rendering; on a machine without a display, on the offscreen platform."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([PROG])


def cmd_ticket_verify(args) -> int:
    from taxdesk.core.tickets import verify_payload

    db = _open(args)
    result = verify_payload(db, args.payload)
    if args.json:
        _print_json(result.to_json())
    elif result.usable:
        t = result.ticket
        print(
            f"valid: {t.number} {t.service_name} @ {t.point_name}, issued {t.issued_at:%Y-%m-%d %H:%M}, "
            f"status {t.status}"
        )
    if not result.valid:
        print(f"{PROG} ticket verify: invalid: {result.reason}", file=sys.stderr)
        return 1
    if not result.usable:  # genuine, but another day's, served, cancelled or a no-show
        print(f"{PROG} ticket verify: genuine but not usable: {result.unusable_reason}", file=sys.stderr)
        return 1
    return 0


def cmd_ticket_show(args) -> int:
    from taxdesk.core import clock
    from taxdesk.core.tickets import get_ticket, ticket_events

    db = _open(args)
    ticket = get_ticket(db, args.id)
    events = ticket_events(db, args.id)
    if args.json:
        _print_json(
            {
                **ticket.to_json(),
                "events": [{"kind": k, "at": clock.iso(at), "detail": d} for k, at, d in events],
            }
        )
    else:
        print(f"{ticket.number}  {ticket.service_name} @ {ticket.point_name}  status {ticket.status}")
        for kind, at, detail in events:
            print(f"  {at:%Y-%m-%d %H:%M:%S}  {kind:12} {detail or ''}")
    return 0


def cmd_gui(args) -> int:
    if (
        sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        raise errors.TaxDeskError(
            "no display to open the desk on (DISPLAY is not set); the commands work without one: "
            "taxdesk --help"
        )
    from taxdesk.gui.app import run_gui

    return run_gui(args.db, lang=args.lang, mode=args.mode, point=args.point)


def _show_ticket(ticket, as_json: bool, verb: str) -> None:
    if as_json:
        _print_json(ticket.to_json())
    else:
        print(f"{ticket.number}  {ticket.service_name}  {verb} (status {ticket.status})")


def cmd_ticket_call(args) -> int:
    from taxdesk.core.calls import call_next

    ticket = call_next(_open(args), args.point, args.window)
    if ticket is None:
        if args.json:
            _print_json(None)
        else:
            print(f"nobody is waiting for window {args.window}")
        return 0
    _show_ticket(ticket, args.json, f"→ window {args.window}")
    return 0


def cmd_ticket_action(args) -> int:
    from taxdesk.core import calls

    action = {
        "recall": calls.recall,
        "noshow": calls.no_show,
        "start": calls.start,
        "finish": calls.finish,
        "reactivate": calls.reactivate,
    }[args.ticket_command]
    _show_ticket(action(_open(args), args.id), args.json, args.ticket_command)
    return 0


def cmd_ticket_transfer(args) -> int:
    from taxdesk.core.calls import transfer

    ticket = transfer(_open(args), args.id, service_code=args.service, window_number=args.window)
    _show_ticket(ticket, args.json, "transferred")
    return 0


def cmd_queue(args) -> int:
    from taxdesk.core.calls import queue_status

    status = queue_status(_open(args), args.point)
    if args.json:
        _print_json(status.to_json())
        return 0
    for line in status.categories:
        print(f"{line.prefix} {line.name:10} waiting {line.waiting:3}  longest {line.longest_wait_min} min")
    for w in status.windows:
        ticket = f"{w.ticket.number} ({w.ticket.status})" if w.ticket else "-"
        print(f"window {w.number:2} {w.state:7} {w.officer or '':6} {ticket}")
    for alert in status.alerts:
        waits = f"{alert.waiting} waiting, longest {alert.longest_wait_min} min"
        print(f"ALERT {alert.name}: {alert.reason}: {waits}")
    return 0


def cmd_window(args) -> int:
    from taxdesk.core import calls

    db = _open(args)
    action = args.window_command
    if action == "signin":
        view = calls.sign_in(db, args.point, args.window, args.staff)
    elif action == "signout":
        view = calls.sign_out(db, args.point, args.window)
    elif action == "pause":
        view = calls.pause(db, args.point, args.window, args.reason)
    else:
        view = calls.resume(db, args.point, args.window)
    if args.json:
        _print_json(view.to_json())
    else:
        print(f"window {view.number}: {view.state}" + (f", {view.officer}" if view.officer else ""))
    return 0


def cmd_booking(args) -> int:
    from taxdesk.core import bookings

    db = _open(args)
    action = args.booking_command
    if action == "create":
        booking = bookings.create_booking(
            db,
            args.point,
            args.service,
            bookings.slot_time(args.date, args.slot),
            name=args.name,
            phone=args.phone,
            id_number=args.id_number,
            staff_code=args.staff,
        )
        return _show_booking(booking, args.json)
    if action == "cancel":
        return _show_booking(bookings.cancel_booking(db, args.code), args.json)
    if action == "show":
        return _show_booking(bookings.get_booking(db, args.code), args.json)
    if action == "reschedule":
        moved = bookings.reschedule_booking(db, args.code, bookings.slot_time(args.date, args.slot))
        return _show_booking(moved, args.json)
    if action == "list":
        found = bookings.list_bookings(db, args.point, args.date)
        if args.json:
            _print_json([b.to_json() for b in found])
        for b in [] if args.json else found:
            print(f"{b.start:%H:%M} {b.code} {b.service_name} {b.taxpayer_name} {b.taxpayer_phone} {b.state}")
        return 0
    if action == "slots":
        found = bookings.slots(db, args.point, args.service, args.date)
        if args.json:
            _print_json([s.to_json() for s in found])
        for s in [] if args.json else found:
            mark = "" if s.bookable else "  (not bookable now)"
            print(f"{s.start:%H:%M}-{s.end:%H:%M}  {s.remaining}/{s.capacity} left{mark}")
        return 0
    if action == "checkin":
        try:
            ticket = bookings.check_in(db, args.payload, point_code=args.point)
        except errors.TaxDeskError as refused:  # a refusal is an answer, not a usage error
            if args.json:
                _print_json({"checked_in": False, "reason": refused.message, "code": refused.key})
            print(f"{PROG} booking checkin: refused: {refused.message}", file=sys.stderr)
            return 1
        _show_ticket(ticket, args.json, "checked in")
        return 0
    if action in ("block", "unblock"):
        if action == "block":
            block = bookings.block_status(db, args.id_number)
        else:
            block = bookings.override_block(db, args.id_number, staff_code=args.staff, reason=args.reason)
        data = {
            "blocked": block.blocked,
            "blocked_until": block.blocked_until.isoformat() if block.blocked_until else None,
            "overridden_until": block.overridden_until.isoformat() if block.overridden_until else None,
            "no_shows": [clock_iso(t) for t in block.no_shows],
        }
        if args.json:
            _print_json(data)
        else:
            print("blocked until " + data["blocked_until"] if block.blocked else "not blocked")
        return 0
    bookings.set_capacity(db, args.point, args.category, args.places)
    print(f"{args.point} {args.category}: {args.places} place(s) per slot")
    return 0


def clock_iso(moment) -> str:
    from taxdesk.core import clock

    return clock.iso(moment)


def _show_booking(booking, as_json: bool) -> int:
    if as_json:
        _print_json(booking.to_json())
    else:
        print(
            f"{booking.code}  {booking.service_name} @ {booking.point_name}  "
            f"{booking.start:%Y-%m-%d %H:%M}-{booking.end:%H:%M}  {booking.state}"
        )
    return 0


COMMANDS = {
    ("gui", None): cmd_gui,
    ("init", None): cmd_init,
    ("points", None): cmd_points,
    ("services", None): cmd_services,
    ("ticket", "issue"): cmd_ticket_issue,
    ("ticket", "render"): cmd_ticket_render,
    ("ticket", "verify"): cmd_ticket_verify,
    ("ticket", "show"): cmd_ticket_show,
    ("ticket", "call"): cmd_ticket_call,
    **{("ticket", action): cmd_ticket_action for action in TICKET_ACTIONS},
    ("ticket", "transfer"): cmd_ticket_transfer,
    ("queue", None): cmd_queue,
    **{("calendar", action): cmd_calendar for action in CALENDAR_ACTIONS},
    ("import", "history"): cmd_import_history,
    ("staffing", "erlang"): cmd_staffing_erlang,
    ("staffing", "plan"): cmd_staffing_plan,
    ("staffing", "targets"): cmd_staffing_targets,
    ("forecast", None): cmd_forecast,
    **{("booking", action): cmd_booking for action in BOOKING_ACTIONS},
    **{("window", action): cmd_window for action in WINDOW_ACTIONS},
    **{("network", action): cmd_network for action in NETWORK_ACTIONS},
    **{("advise", action): cmd_advise for action in ADVISE_ACTIONS},
    ("roster", "nrp"): cmd_roster_nrp,
    **{("roster", action): cmd_roster_week for action in ROSTER_ACTIONS},
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    sub = (
        getattr(args, "ticket_command", None)
        or getattr(args, "window_command", None)
        or getattr(args, "booking_command", None)
        or getattr(args, "staffing_command", None)
        or getattr(args, "network_command", None)
        or getattr(args, "calendar_command", None)
        or getattr(args, "import_command", None)
        or getattr(args, "advise_command", None)
        or getattr(args, "roster_command", None)
    )
    command = COMMANDS[(args.command or "gui", sub)]
    try:
        return _run(command, args)
    finally:
        while _opened:
            _opened.pop().dispose()


def _run(command, args) -> int:
    """The command's exit code; every failure as one line on stderr (see the module docstring)."""
    try:
        return command(args)
    except errors.TaxDeskError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return 2
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        print(f"{PROG}: database error: {reason}", file=sys.stderr)
        return 2
    except SQLAlchemyError as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        print(f"{PROG}: database error: {reason}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a defect, not bad input: still one line for the user, never a traceback
        if os.environ.get("TAXDESK_DEBUG"):
            raise
        print(
            f"{PROG}: internal error ({type(exc).__name__}: {str(exc)[:200]}); nothing more was done. "
            f"Set TAXDESK_DEBUG=1 to see where, and please report it.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
