"""``taxdesk [gui]`` opens the desk; ``taxdesk queue`` and ``taxdesk window …`` are the hall's state and
the window console's sign-in, sign-out, pause and resume.

``queue`` is open; ``window …`` signs in (exit 3 not signed in, 4 refused). ``window signin`` seats the
signed-in person, or with ``--staff CODE`` another officer (a supervisor's or administrator's
ASSIGN_WINDOWS)."""

from __future__ import annotations

import argparse
import os
import sys

from taxdesk.cli.base import actions, db_option, json_option, open_db, print_json, signed_in
from taxdesk.core import calls, errors

# The main window's pages (taxdesk.gui.main_window.MODES, checked by a test) and the display board alone.
GUI_MODES = (
    "desk",
    "window",
    "supervisor",
    "staffing",
    "booking",
    "point",
    "network",
    "roster",
    "people",
    "audit",
    "board",
)
WINDOW_ACTIONS = {
    "signin": "an officer takes the window",
    "signout": "the officer leaves the window",
    "pause": "stop calling at the window",
    "resume": "call again at the window",
}


def gui_options(parser: argparse.ArgumentParser, top: bool = False) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--lang", choices=["zh_CN", "en"], default=default, help="interface language (default 简体中文)"
    )
    parser.add_argument(
        "--mode",
        choices=GUI_MODES,
        default=default,
        help="front desk, window console, supervisor, booking, the point's service list, the network "
        "editor, staffing, roster, people and windows, the audit trail, or the hall display board alone, "
        "full screen",
    )
    parser.add_argument(
        "--point", default=default, metavar="CODE", help="the service point (else asked once)"
    )


def register_gui(commands) -> None:
    gui = commands.add_parser("gui", help="open the desk (the default)")
    db_option(gui)
    gui_options(gui)
    gui.set_defaults(func=cmd_gui)


def register_queue(commands) -> None:
    queue = commands.add_parser("queue", help="waiting counts, longest waits and window states at a point")
    db_option(queue)
    queue.add_argument("--point", required=True, metavar="CODE")
    json_option(queue)
    queue.set_defaults(func=cmd_queue)


def register_window(commands) -> None:
    window = commands.add_parser("window", help="sign in or out of a window, pause or resume it")
    window_commands = actions(window, "window_command")
    for action, text in WINDOW_ACTIONS.items():
        sub = window_commands.add_parser(action, help=text)
        db_option(sub)
        sub.add_argument("--point", required=True, metavar="CODE")
        sub.add_argument("--window", required=True, type=int, metavar="N")
        if action == "signin":
            sub.add_argument(
                "--staff",
                metavar="CODE",
                help="the officer to seat (default: the signed-in person; another needs a supervisor)",
            )
        if action == "pause":
            sub.add_argument("--reason")
        json_option(sub)
        sub.set_defaults(func=cmd_window)


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
    # The desk (PySide6 and all its pages) only when it opens, not for every command.
    from taxdesk.gui.app import run_gui

    return run_gui(args.db, lang=args.lang, mode=args.mode, point=args.point)


def cmd_queue(args) -> int:
    status = calls.queue_status(open_db(args), args.point)
    if args.json:
        print_json(status.to_json())
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
    db = open_db(args)
    actor = signed_in(args, db)
    action = args.window_command
    if action == "signin":
        view = calls.sign_in(db, args.point, args.window, args.staff, actor=actor)
    elif action == "signout":
        view = calls.sign_out(db, args.point, args.window, actor=actor)
    elif action == "pause":
        view = calls.pause(db, args.point, args.window, args.reason, actor=actor)
    else:
        view = calls.resume(db, args.point, args.window, actor=actor)
    if args.json:
        print_json(view.to_json())
    else:
        print(f"window {view.number}: {view.state}" + (f", {view.officer}" if view.officer else ""))
    return 0
