"""``taxdesk roster solve|publish|print|show|leave`` (a point's weekly rotation roster, 排班) and ``taxdesk
roster nrp FILE`` (the roster engine on a Curtois–Qu shift scheduling benchmark file).

The engine brings HiGHS, and a point's week the forecast (statsmodels): two seconds of imports, made in
the commands that need them, so that ``taxdesk --help`` and every other command start at once.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from taxdesk.cli.base import (
    EXIT_NO,
    actions,
    date_arg,
    db_option,
    json_option,
    note,
    open_db,
    print_json,
    seconds_arg,
    signed_in,
)
from taxdesk.cli.roster_week import (
    assignment_json,
    cmd_roster_leave,
    cmd_roster_print,
    cmd_roster_show,
    deviation_json,
    deviation_text,
    version_arg,
)
from taxdesk.core import clock
from taxdesk.core.roster import check, nrp

ROSTER_ACTIONS = {
    "solve": "solve a point's week (locked assignments kept, as few others changed as possible) and store "
    "it as the week's draft",
    "publish": "publish the week's draft (read-only afterwards; a change starts the next version)",
    "print": "a version of the week (the published one by default) as an A4 landscape PDF and/or an Excel "
    "workbook",
    "show": "a version of the week's assignments (the published one by default), each at a window or on a "
    "duty",
}


def register(commands) -> None:
    roster = commands.add_parser("roster", help="the weekly rotation roster engine (排班)")
    roster_commands = actions(roster, "roster_command")
    nrp = roster_commands.add_parser(
        "nrp", help="solve a shift scheduling benchmark instance (Curtois & Qu format)"
    )
    nrp.add_argument("file", type=Path, metavar="FILE")
    nrp.add_argument(
        "--time-limit", type=seconds_arg, default=60.0, metavar="S", help="seconds to search (default 60)"
    )
    json_option(nrp)
    nrp.set_defaults(func=cmd_roster_nrp)
    leave = roster_commands.add_parser(
        "leave", help="record (or --remove) a person's leave: days off the roster"
    )
    db_option(leave)
    leave.add_argument("--point", required=True, metavar="CODE", help="the point whose roster it concerns")
    leave.add_argument("--staff", required=True, metavar="CODE")
    leave.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD", help="the (first) day")
    leave.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD", help="the last day (default --date)")
    leave.add_argument("--reason", default="", metavar="TEXT", help="e.g. 病假, 年休假")
    leave.add_argument("--remove", action="store_true", help="take back the leave covering --date")
    json_option(leave)
    leave.set_defaults(func=cmd_roster_leave)
    handlers = {
        "solve": cmd_roster_solve,
        "publish": cmd_roster_publish,
        "print": cmd_roster_print,
        "show": cmd_roster_show,
    }
    for name, text in ROSTER_ACTIONS.items():
        sub = roster_commands.add_parser(name, help=text)
        db_option(sub)
        sub.add_argument("--point", required=True, metavar="CODE")
        sub.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO week, e.g. 2026-W49")
        if name == "solve":
            sub.add_argument(
                "--time-limit",
                type=seconds_arg,
                default=10.0,
                metavar="S",
                help="seconds to search (default 10)",
            )
            sub.add_argument(
                "--revise",
                action="store_true",
                help="the week is published: store the solve as the next version's draft",
            )
        if name in ("print", "show"):
            sub.add_argument(
                "--version",
                type=version_arg,
                default=None,
                metavar="published|draft|N",
                help="which version (default: the published one, else the draft)",
            )
        if name == "print":
            sub.add_argument("--pdf", type=Path, metavar="FILE", help="the A4 landscape roster")
            sub.add_argument("--xlsx", type=Path, metavar="FILE", help="the same as an Excel workbook")
        json_option(sub)
        sub.set_defaults(func=handlers[name])


def cmd_roster_publish(args) -> int:
    from taxdesk.core.roster import store  # statsmodels: see the module docstring

    db = open_db(args)
    published = store.publish(db, args.point, args.week, actor=signed_in(args, db))
    if args.json:
        print_json(
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


def cmd_roster_solve(args) -> int:
    """Exit 1 when the rules allow no roster (the reasons on stderr)."""
    from taxdesk.core.roster import service  # HiGHS and statsmodels: see the module docstring

    db = open_db(args)
    solved = service.solve_week(
        db, args.point, args.week, actor=signed_in(args, db), time_limit=args.time_limit, revise=args.revise
    )
    solution, week = solved.solution, solved.week
    assignments = [assignment_json(a) for a in (solved.stored.assignments if solved.stored else ())]
    deviations = solved.deviations
    coverage = [
        {
            "start": clock.iso(datetime.combine(day.day, slot.start, tzinfo=clock.LOCAL_TZ)),
            "required": slot.required,
            "planned": slot.planned,
        }
        for day in (service.coverage(week, solution.roster) if solution.roster else ())
        for slot in day.slots
    ]
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
        print_json(
            {
                "point": args.point,
                "week": args.week,
                "status": solution.status,
                "objective": solution.objective,
                "bound": solution.bound,
                "gap": solution.gap,
                "seconds": solution.seconds,
                "version": solved.stored.version if solved.stored else None,
                "previous_version": solved.previous.version if solved.previous else None,
                "changed": solved.changed,
                "changes": [
                    {
                        "staff": c.name,
                        "staff_id": c.staff,
                        "day": c.day.isoformat(),
                        "before": c.before,
                        "after": c.after,
                    }
                    for c in solved.changes
                ],
                "assignments": assignments,
                "deviations": [deviation_json(d) for d in deviations],
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
        if deviations:
            print(f"{len(deviations)} contracted half-day(s) on neither a window nor a duty:")
            for d in deviations:
                print(f"  {deviation_text(d)}")
        if solved.previous is not None:
            print(f"changed: {solved.changed} assignments differ from version {solved.previous.version}")
            for c in solved.changes:
                print(f"  {c.staff} {c.name} {c.day}: {c.before or 'off'} → {c.after or 'off'}")
    for reason in solution.explanation:
        note("roster solve", reason.text)
    return 0 if solution.roster else EXIT_NO


def cmd_roster_nrp(args) -> int:
    """Exit 0 with a roster (optimal or not), 1 when the rules admit none or none was found in time."""
    from taxdesk.core.roster import solver  # HiGHS: see the module docstring

    problem = nrp.load(args.file)
    solution = solver.solve(problem, time_limit=args.time_limit)

    def number(value):
        return None if value is None else (int(value) if float(value).is_integer() else value)

    if args.json:
        print_json(
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
        note("roster nrp", reason.text)
    if not solution.roster:
        if not solution.explanation:
            note("roster nrp", f"no roster found within {args.time_limit:g} s")
        return EXIT_NO
    return 0
