"""``taxdesk init`` (create or upgrade the database, optionally with the demo county) and ``taxdesk import
history FILE`` (ticket history from another queue system's CSV): the long-running set-up commands."""

from __future__ import annotations

import sys
from pathlib import Path

from taxdesk.cli.base import actions, db_option, json_option, open_db, print_json
from taxdesk.core import demo, validate
from taxdesk.core.db import display_url
from taxdesk.core.history_import import import_history
from taxdesk.core.install import init_database


def register_init(commands) -> None:
    init = commands.add_parser("init", help="create or upgrade the database")
    db_option(init)
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
    init.set_defaults(func=cmd_init)


def register_import(commands) -> None:
    imports = commands.add_parser("import", help="import ticket history from another queue system")
    import_commands = actions(imports, "import_command", metavar="WHAT")
    history = import_commands.add_parser(
        "history", help="tickets from a CSV file point,service,issued_at,called_at,finished_at,window"
    )
    db_option(history)
    history.add_argument("file", type=Path, metavar="FILE.csv")
    json_option(history)
    history.set_defaults(func=cmd_import_history)


def cmd_init(args) -> int:
    if args.demo:
        validate.number(
            args.history_days, "--history-days", minimum=0, maximum=demo.MAX_HISTORY_DAYS, integer=True
        )
    db = open_db(args, create=True)
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


def cmd_import_history(args) -> int:
    db = open_db(args)
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
        print_json(result.to_json())
    else:
        span = f", {result.first_day} – {result.last_day}" if result.tickets else ""
        print(
            f"imported {result.tickets} tickets ({result.finished} finished, {result.no_shows} no-shows) "
            f"at {len(result.points)} point(s){span} from {args.file}"
        )
    return 0
