"""``taxdesk init`` (create or upgrade the database, optionally with the demo county) and ``taxdesk import
history FILE`` (ticket history from another queue system's CSV): the long-running set-up commands, which
show their progress on stderr."""

from __future__ import annotations

import sys
from pathlib import Path

from taxdesk.cli.base import actions, db_option, json_option, note, open_db, print_json, signed_in
from taxdesk.core import accounts, demo, validate
from taxdesk.core.db import display_url
from taxdesk.core.errors import InvalidInput
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
    init.add_argument(
        "--admin",
        metavar="CODE",
        help="create the first administrator with this staff code (password from a prompt or standard input)",
    )
    init.add_argument("--name", metavar="NAME", help="the administrator's name (with --admin)")
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


class Progress:
    """A ``progress(done, total)`` callback that shows a long step on stderr, never on stdout.

    On a terminal: one line, ``what … 42%``, redrawn in place. Elsewhere (a log file, a pipe, an installer's
    console capture) with ``plain_lines``: a plain line when the step starts, as it passes each quarter and
    when it ends, so a log shows it is moving without filling up; without ``plain_lines``: nothing.
    Use it as a context manager: the terminal line is ended even when the step fails.
    """

    STEP = 25  # percent between plain lines

    def __init__(self, what: str, *, plain_lines: bool = True):
        self.what = what
        self.terminal = sys.stderr.isatty()
        self.plain_lines = plain_lines
        self.shown: int | None = None  # the last percentage shown
        self.line_open = False

    def __call__(self, done: int, total: int) -> None:
        percent = min(100, 100 * done // max(1, total))
        if self.terminal:
            print(f"\r{self.what} … {percent}%", end="", file=sys.stderr, flush=True)
            self.line_open = True
            if done >= total:
                self.end_line()
        elif self.plain_lines and (self.shown is None or percent // self.STEP > self.shown // self.STEP):
            print(f"{self.what} … {percent}%", file=sys.stderr, flush=True)
        self.shown = percent

    def end_line(self) -> None:
        if self.line_open:
            print(file=sys.stderr, flush=True)
            self.line_open = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc_info) -> None:
        self.end_line()


def cmd_init(args) -> int:
    if args.demo:
        validate.number(
            args.history_days, "--history-days", minimum=0, maximum=demo.MAX_HISTORY_DAYS, integer=True
        )
    if args.name is not None and not args.admin:
        raise InvalidInput("--name goes with --admin CODE", field="name")
    password = None
    if args.admin:
        from taxdesk.cli.accounts import read_new_password

        validate.text(args.admin, "staff code", limit=16, required=True)
        validate.text(args.name, "name", limit=40)
        password = read_new_password(args.admin)  # before anything is written
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
        with Progress("generating demo history") as progress:
            summary = demo.populate(db, history_days=days, progress=progress)
        print(
            f"demo: {summary.points} points, {summary.services} services, {summary.windows} windows, "
            f"{summary.staff} staff, {summary.tickets_added} tickets added"
            + (f" ({summary.first_day} – {summary.last_day})" if summary.tickets_added else "")
        )
        made = demo.give_accounts(db)
        if made:
            print(
                f"demo: {made} accounts with the password {accounts.DEMO_PASSWORD} (for the demo only), "
                "the administrator is admin"
            )
    if args.admin:
        admin = accounts.create_administrator(db, args.admin, password, name=args.name)
        print(f"administrator {admin.label()} created")
    elif not accounts.has_administrator(db):
        note("init", "no administrator yet: create the first with taxdesk init --admin CODE")
    return 0


def cmd_import_history(args) -> int:
    db = open_db(args)
    actor = signed_in(args, db)
    with Progress("importing history", plain_lines=False) as progress:
        result = import_history(db, args.file, actor=actor, progress=progress)
    if args.json:
        print_json(result.to_json())
    else:
        span = f", {result.first_day} – {result.last_day}" if result.tickets else ""
        print(
            f"imported {result.tickets} tickets ({result.finished} finished, {result.no_shows} no-shows) "
            f"at {len(result.points)} point(s){span} from {args.file}"
        )
    return 0
