"""``taxdesk advise run|list|accept|dismiss``: the tidal-window advisor (潮汐窗口建议).

The advisor works from the staffing plan, i.e. statsmodels' GLMs, which take about two seconds to import:
it is imported in the command, so that ``taxdesk --help`` and every other command start at once.
"""

from __future__ import annotations

import json
import signal
import sys
import threading

from taxdesk.cli.base import PROG, actions, date_arg, db_option, json_option, open_db, print_json, signed_in
from taxdesk.core import errors
from taxdesk.core.roles import SYSTEM

ADVISE_ACTIONS = {
    "run": "run the tidal-window advisor (every minute until Ctrl+C, or --once)",
    "list": "a day's tidal-window suggestions and what was decided",
    "accept": "accept a pending suggestion (recorded with who and when)",
    "dismiss": "dismiss a pending suggestion (recorded with who and when)",
}


def register(commands) -> None:
    advise = commands.add_parser("advise", help="tidal-window suggestions: open or close windows")
    advise_commands = actions(advise, "advise_command")
    for name, text in ADVISE_ACTIONS.items():
        sub = advise_commands.add_parser(name, help=text)
        db_option(sub)
        if name in ("run", "list"):
            sub.add_argument("--point", required=True, metavar="CODE")
        if name == "run":
            sub.add_argument("--once", action="store_true", help="run once and print the pending suggestions")
        elif name == "list":
            sub.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD", help="the day (default today)")
        else:
            sub.add_argument("id", type=int, metavar="ID")
            sub.add_argument("--note", metavar="TEXT")
        json_option(sub)
        sub.set_defaults(func=cmd_advise)


def _advice_line(s) -> str:
    decided = ""
    if s.status in ("accepted", "dismissed"):
        decided = f" by {s.decided_by_name} ({s.decided_by}) at {s.decided_at:%H:%M}"
        decided += f": {s.note}" if s.note else ""
    elif s.status == "expired" and s.decided_at:
        decided = f" at {s.decided_at:%H:%M}"
    return f"{s.made_at:%H:%M} #{s.id} {s.status}{decided}  {s.text}"


def cmd_advise(args) -> int:
    from taxdesk.core import advisor  # statsmodels: see the module docstring

    db = open_db(args)
    action = args.advise_command
    if action in ("accept", "dismiss"):
        decided = advisor.decide(
            db, args.id, accept=action == "accept", actor=signed_in(args, db), note=args.note
        )
        if args.json:
            print_json(decided.to_json())
        else:
            print(_advice_line(decided))
        return 0
    if action == "list":
        found = advisor.suggestions(db, args.point, args.date)
        if args.json:
            print_json([s.to_json() for s in found])
        for s in [] if args.json else found:
            print(_advice_line(s))
        return 0
    if args.once:
        advice = advisor.Advisor(db, args.point).run(actor=SYSTEM)  # scheduled work: the system account
        if args.json:
            print_json([s.to_json() for s in advice.pending])
        for s in [] if args.json else advice.pending:
            print(f"#{s.id} {s.text}")
        return 0
    return _advise_forever(db, args.point, args.json)


def _advise_forever(db, point: str, as_json: bool) -> int:
    """The advisor every minute until SIGINT or SIGTERM: one line (or JSON object) per new suggestion."""
    from taxdesk.core.jobs import advisor_scheduler  # the advisor: see the module docstring

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
