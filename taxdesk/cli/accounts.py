"""Accounts on the command line: ``taxdesk passwd`` (change your own password) and, for administrators,
``taxdesk staff reset-password CODE``, ``taxdesk staff unlock CODE`` and ``taxdesk staff idle-lock
[MINUTES]`` (after how many idle minutes a desk locks).

Passwords are never options (they would show in the process list and the shell history): the signed-in
person's from ``$TAXDESK_PASSWORD`` or a prompt or a line of standard input, a new one from a prompt
(typed twice) or the next line of standard input.
"""

from __future__ import annotations

from taxdesk.cli.base import credentials, db_option, note, open_db, read_secret, signed_in
from taxdesk.core import accounts
from taxdesk.core.errors import InvalidInput


def register(commands, staff_actions) -> None:
    """``taxdesk passwd``, and ``reset-password``/``unlock`` in the ``staff`` group (``staff_actions``:
    its sub-parsers, from :func:`taxdesk.cli.people.register`)."""
    passwd = commands.add_parser(
        "passwd", help="change your own password (also the first time, after a reset)"
    )
    db_option(passwd)
    passwd.set_defaults(func=cmd_passwd)
    add_staff_actions(staff_actions)


def add_staff_actions(staff_actions) -> None:
    """``reset-password CODE`` and ``unlock CODE`` in the ``staff`` group's sub-parsers."""
    reset = staff_actions.add_parser(
        "reset-password", help="give a person a new password, to be changed at their first sign-in"
    )
    db_option(reset)
    reset.add_argument("code", metavar="CODE")
    reset.set_defaults(func=cmd_reset_password)
    unlock = staff_actions.add_parser("unlock", help="lift the lock after failed sign-ins")
    db_option(unlock)
    unlock.add_argument("code", metavar="CODE")
    unlock.set_defaults(func=cmd_unlock)
    idle = staff_actions.add_parser(
        "idle-lock", help="show, or (administrators) set, after how many idle minutes a desk locks"
    )
    db_option(idle)
    idle.add_argument("minutes", nargs="?", metavar="MINUTES", help="whole minutes, 1–240")
    idle.set_defaults(func=cmd_idle_lock)


def read_new_password(whose: str) -> str:
    """A new password: typed twice at a prompt on a terminal, else the next line of standard input."""
    import sys

    first = read_secret(f"new password for {whose}: ")
    if sys.stdin is not None and sys.stdin.isatty():
        if read_secret("the same again: ") != first:
            raise InvalidInput("the two passwords differ; nothing was changed", key="password_mismatch")
    accounts.check_password_rule(first)
    return first


def cmd_passwd(args) -> int:
    db = open_db(args)
    code, old = credentials(args)
    actor = accounts.sign_in(db, code, old, host=accounts.host_name())  # a password to change signs in too
    new = read_new_password(actor.code)
    accounts.change_password(db, actor, old, new)
    note("passwd", f"the password of {actor.label()} is changed")
    return 0


def cmd_reset_password(args) -> int:
    db = open_db(args)
    actor = signed_in(args, db)
    new = read_new_password(args.code)
    accounts.reset_password(db, actor, args.code, new)
    print(f"{args.code}: new password set; it must be changed at the first sign-in")
    return 0


def cmd_unlock(args) -> int:
    db = open_db(args)
    actor = signed_in(args, db)
    was_locked = accounts.unlock(db, actor, args.code)
    print(f"{args.code}: {'unlocked' if was_locked else 'was not locked; failed attempts cleared'}")
    return 0


def cmd_idle_lock(args) -> int:
    db = open_db(args)
    if args.minutes is None:
        print(f"desks lock after {accounts.idle_lock_minutes(db)} idle minutes")
        return 0
    minutes = accounts.set_idle_lock_minutes(db, args.minutes, actor=signed_in(args, db))
    print(f"desks now lock after {minutes} idle minutes")
    return 0
