"""What every command shares: the parser, JSON and text output, exit codes, argument types, the database
the command works on, and the one line on stderr that every failure comes down to."""

from __future__ import annotations

import argparse
import json
import os
import sys

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from taxdesk.core import errors, validate
from taxdesk.core.db import Database, migrate, resolve_url

PROG = "taxdesk"

EXIT_OK = 0
EXIT_NO = 1  # a negative answer: a ticket code that does not verify, a refused check-in, no roster
EXIT_REFUSED = 2  # bad input or an unusable database
EXIT_NOT_SIGNED_IN = 3  # no account named, wrong staff code or password, locked, password to be changed
EXIT_NOT_ALLOWED = 4  # the signed-in person's roles do not allow it
EXIT_INTERRUPTED = 130  # Ctrl+C
EXIT_INTERNAL = 70  # EX_SOFTWARE: TaxDesk itself failed (a bug), as opposed to bad input (2)


MESSAGE_MAX = 300  # as the core's own messages (taxdesk.core.errors)


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (not the whole usage text)."""

    def error(self, message: str):
        # argparse quotes what it refuses (an unknown option's value may be megabytes): one short line.
        message = " ".join(message.split())
        if len(message) > MESSAGE_MAX:
            message = message[: MESSAGE_MAX - 1] + "…"
        self.exit(EXIT_REFUSED, f"{self.prog}: error: {message}\n")


def actions(parser: argparse.ArgumentParser, dest: str, metavar: str = "ACTION"):
    """The required second word of a command (``taxdesk ticket ACTION``)."""
    return parser.add_subparsers(dest=dest, parser_class=Parser, metavar=metavar, required=True)


def db_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # Accepted before and after the sub-command; the sub-command's copy must not reset the top one.
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None if top else argparse.SUPPRESS,
        help="SQLAlchemy database URL (default: $TAXDESK_DB, else the embedded SQLite file)",
    )
    parser.add_argument(
        "--user",
        metavar="CODE",
        default=None if top else argparse.SUPPRESS,
        help="sign in as this staff code (default: $TAXDESK_USER); the password from $TAXDESK_PASSWORD, "
        "else a prompt, else one line of standard input",
    )


def json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true")


# ------------------------------------------------------------------------------------------ argument types


def date_arg(text: str):
    """``YYYY-MM-DD`` as a date in range."""
    try:
        return validate.parse_day(text)
    except errors.InvalidInput as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def seconds_arg(text: str) -> float:
    """The roster engine's time limit, within the range its solver accepts."""
    # Imported here, when a roster command parses its limit: the solver brings HiGHS and numpy (~0.15 s),
    # which no other command needs.
    from taxdesk.core.roster.solver import MAX_TIME_LIMIT_S, MIN_TIME_LIMIT_S

    try:
        return validate.number(
            text, "the time limit", minimum=MIN_TIME_LIMIT_S, maximum=MAX_TIME_LIMIT_S, unit="seconds"
        )
    except errors.InvalidInput as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


# ------------------------------------------------------------------------------------------------ output


def print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def note(command: str, text: str) -> None:
    """One line on stderr about ``command``'s answer (e.g. why a code does not verify)."""
    print(f"{PROG} {command}: {text}", file=sys.stderr)


def ensure_writable(path) -> None:
    if not path.parent.is_dir():
        raise errors.InvalidInput(f"cannot write {path}: folder {path.parent} does not exist")


def ensure_gui_application():
    """A Qt application for rendering; on a machine without a display, on the offscreen platform."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # PySide6 only for the commands that draw (PDF, PNG): it takes a second to load.
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([PROG])


# ---------------------------------------------------------------------------------------------- database

_opened: list[Database] = []  # closed when the command ends (main may run many times in one process)


def open_db(args, *, create: bool = False) -> Database:
    """The database the command works on, checked to be reachable and at the current schema."""
    db = Database(resolve_url(args.db), create=create)
    _opened.append(db)
    if not create:
        migrate.ensure_current(db)
    return db


def close_databases() -> None:
    while _opened:
        _opened.pop().dispose()


# ----------------------------------------------------------------------------------------------- signing in

USER_VAR = "TAXDESK_USER"
PASSWORD_VAR = "TAXDESK_PASSWORD"


def read_secret(prompt: str) -> str:
    """A password: typed at a prompt without echo when standard input is a terminal, else its next line."""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def credentials(args) -> tuple[str, str]:
    """The staff code (``--user``, else ``$TAXDESK_USER``) and password (``$TAXDESK_PASSWORD``, else a
    prompt, else a line of standard input) the command signs in with; nobody named:
    :class:`~taxdesk.core.errors.NotSignedIn`."""
    code = getattr(args, "user", None) or os.environ.get(USER_VAR)
    if not code:
        raise errors.NotSignedIn(
            f"this command needs a signed-in account: give --user CODE or set {USER_VAR} (未登录)",
            key="not_signed_in",
        )
    password = os.environ.get(PASSWORD_VAR)
    if password is None:
        password = read_secret(f"password for {code}: ")
    return code, password


def signed_in(args, db: Database):
    """The :class:`~taxdesk.core.roles.Actor` the command acts as (see :func:`credentials`). Nobody named,
    a wrong code or password, a locked account or a password still to be changed:
    :class:`~taxdesk.core.errors.NotSignedIn` (exit 3)."""
    from taxdesk.core import accounts

    code, password = credentials(args)
    actor = accounts.sign_in(db, code, password, host=accounts.host_name())
    if actor.must_change:
        raise errors.NotSignedIn(
            f"{actor.label()} must change the password first: taxdesk passwd --user {actor.code}",
            key="password_must_change",
        )
    return actor


# ---------------------------------------------------------------------------------------------- failures


def run(command, args) -> int:
    """The command's exit code; every failure as one line on stderr (see :mod:`taxdesk.cli`)."""
    try:
        return command(args)
    except errors.NotSignedIn as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return EXIT_NOT_SIGNED_IN
    except errors.NotAllowed as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return EXIT_NOT_ALLOWED
    except errors.TaxDeskError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return EXIT_REFUSED
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        print(f"{PROG}: database error: {reason}", file=sys.stderr)
        return EXIT_REFUSED
    except SQLAlchemyError as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        print(f"{PROG}: database error: {reason}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:  # a defect, not bad input: still one line for the user, never a traceback
        if os.environ.get("TAXDESK_DEBUG"):
            raise
        print(
            f"{PROG}: internal error ({type(exc).__name__}: {str(exc)[:200]}); nothing more was done. "
            f"Set TAXDESK_DEBUG=1 to see where, and please report it.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
