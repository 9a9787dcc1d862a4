"""The ``taxdesk`` command: the GUI by default, sub-commands for headless work.

Every command takes ``--db URL`` (else ``$TAXDESK_DB``, else the embedded SQLite file). Bad input gives one
line on stderr and a non-zero exit, never a traceback, and writes nothing.

Exit codes: 0 success, 1 a negative answer (e.g. a ticket code that does not verify), 2 bad input or an
unusable database, 3 not signed in (no account named, wrong code or password, locked), 4 the role does not
allow it, 70 an internal error (a defect: one line all the same; ``TAXDESK_DEBUG=1`` shows the
traceback).

The package: :mod:`~taxdesk.cli.base` holds what every command shares (parser, output, exit codes,
argument types, the database, failures); each other module registers one group of commands on the parser
and binds each to its handler (``set_defaults(func=…)``), which :func:`main` runs.
"""

from __future__ import annotations

import argparse

from taxdesk.cli import (
    accounts,
    advise,
    booking,
    calendar,
    desk,
    network,
    people,
    planning,
    roster,
    setup,
    ticket,
    windows,
)
from taxdesk.cli import audit as audit_cli
from taxdesk.cli.base import PROG, Parser, close_databases, db_option, run

__all__ = ["COMMANDS", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG, description="TaxDesk — tax service hall software (GUI unless a command is given)"
    )
    db_option(parser, top=True)
    desk.gui_options(parser, top=True)
    parser.set_defaults(func=desk.cmd_gui)  # no command: the desk
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    # In the order `taxdesk --help` lists them.
    desk.register_gui(commands)
    setup.register_init(commands)
    network.register(commands)  # points, services, network
    ticket.register(commands)
    desk.register_queue(commands)
    booking.register(commands)
    calendar.register(commands)
    setup.register_import(commands)
    planning.register(commands)  # staffing, forecast
    advise.register(commands)
    roster.register(commands)
    desk.register_window(commands)
    staff_actions = people.register(commands)  # staff
    windows.register(commands)  # windows, shifts
    audit_cli.register(commands)
    accounts.register(commands, staff_actions)  # passwd; staff reset-password, unlock
    return parser


def _commands(parser: argparse.ArgumentParser) -> dict:
    """{(command, action or None): handler} for every command the parser knows."""
    table = {}
    for name, sub in _choices(parser).items():
        actions = _choices(sub)
        for action, leaf in actions.items():
            table[(name, action)] = leaf.get_default("func")
        if not actions:
            table[(name, None)] = sub.get_default("func")
    return table


def _choices(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices
    return {}


COMMANDS = _commands(build_parser())


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args.func, args)
    finally:
        close_databases()
