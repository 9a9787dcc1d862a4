"""``taxdesk ticket …``: issue, render, verify and show queue tickets, and move them through the windows.

Issuing, rendering (a print is recorded), calling and every move through the windows sign in (the core
checks the signed-in person's roles: exit 3 not signed in, 4 refused); ``verify`` and ``show`` are open and
show the taxpayer masked, ``show --full`` signs in and is recorded in the audit trail."""

from __future__ import annotations

from pathlib import Path

from taxdesk.cli.base import (
    EXIT_NO,
    actions,
    db_option,
    ensure_gui_application,
    ensure_writable,
    json_option,
    note,
    open_db,
    print_json,
    signed_in,
)
from taxdesk.core import calls, clock
from taxdesk.core.slip import slip_for
from taxdesk.core.tickets import get_ticket, issue_ticket, record_print, reveal, ticket_events, verify_payload

TICKET_ACTIONS = {
    "recall": "call a ticket again (重呼)",
    "noshow": "mark a called ticket as a no-show (过号)",
    "start": "the taxpayer has reached the window",
    "finish": "finish a ticket (办结)",
    "reactivate": "put a no-show back in the queue, once (front desk)",
}
CALL_ACTIONS = {
    "recall": calls.recall,
    "noshow": calls.no_show,
    "start": calls.start,
    "finish": calls.finish,
    "reactivate": calls.reactivate,
}


def register(commands) -> None:
    ticket = commands.add_parser("ticket", help="issue, render and verify queue tickets")
    ticket_commands = actions(ticket, "ticket_command")

    issue = ticket_commands.add_parser("issue", help="issue a ticket")
    db_option(issue)
    issue.add_argument("--point", required=True, metavar="CODE")
    issue.add_argument("--service", required=True, metavar="CODE")
    issue.add_argument("--green", action="store_true", help="green channel (elderly, disabled, pregnant)")
    issue.add_argument("--name", help="taxpayer name (optional; stored, shown masked)")
    issue.add_argument("--phone", help="taxpayer mobile number (optional; stored, shown masked)")
    json_option(issue)
    issue.set_defaults(func=cmd_ticket_issue)

    render = ticket_commands.add_parser("render", help="render a ticket to a file")
    db_option(render)
    render.add_argument("id", type=int, metavar="ID")
    target = render.add_mutually_exclusive_group(required=True)
    target.add_argument("--png", metavar="FILE", type=Path)
    target.add_argument("--pdf", metavar="FILE", type=Path)
    target.add_argument("--escpos", metavar="FILE", type=Path, help="raw ESC/POS bytes for a thermal printer")
    render.add_argument("--reprint", action="store_true", help="mark the print-out as a reprint (补打)")
    render.set_defaults(func=cmd_ticket_render)

    verify = ticket_commands.add_parser("verify", help="verify a scanned ticket code")
    db_option(verify)
    verify.add_argument("payload", metavar="PAYLOAD")
    json_option(verify)
    verify.set_defaults(func=cmd_ticket_verify)

    show = ticket_commands.add_parser("show", help="show a ticket and its event trail")
    db_option(show)
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument(
        "--full", action="store_true", help="the taxpayer's name and phone in full (signs in; audited)"
    )
    json_option(show)
    show.set_defaults(func=cmd_ticket_show)

    call = ticket_commands.add_parser("call", help="call the next ticket to a window")
    db_option(call)
    call.add_argument("--point", required=True, metavar="CODE")
    call.add_argument("--window", required=True, type=int, metavar="N")
    json_option(call)
    call.set_defaults(func=cmd_ticket_call)

    for action, text in TICKET_ACTIONS.items():
        sub = ticket_commands.add_parser(action, help=text)
        db_option(sub)
        sub.add_argument("id", type=int, metavar="ID")
        json_option(sub)
        sub.set_defaults(func=cmd_ticket_action)

    transfer = ticket_commands.add_parser("transfer", help="send a ticket to another service and/or window")
    db_option(transfer)
    transfer.add_argument("id", type=int, metavar="ID")
    transfer.add_argument("--service", metavar="CODE")
    transfer.add_argument("--window", type=int, metavar="N")
    json_option(transfer)
    transfer.set_defaults(func=cmd_ticket_transfer)


def show_ticket(ticket, as_json: bool, verb: str) -> None:
    if as_json:
        print_json(ticket.to_json())
    else:
        print(f"{ticket.number}  {ticket.service_name}  {verb} (status {ticket.status})")


def cmd_ticket_issue(args) -> int:
    db = open_db(args)
    ticket = issue_ticket(
        db,
        args.point,
        args.service,
        channel="green" if args.green else "walk_in",
        taxpayer_name=args.name,
        taxpayer_phone=args.phone,
        actor=signed_in(args, db),
    )
    if args.json:
        print_json(ticket.to_json())
    else:
        print(
            f"{ticket.number}  {ticket.service_name} @ {ticket.point_name}  "
            f"issued {ticket.issued_at:%H:%M:%S}, "
            f"{ticket.ahead} ahead, ~{ticket.estimated_wait_min} min (ID {ticket.id})"
        )
    return 0


def cmd_ticket_render(args) -> int:
    db = open_db(args)
    actor = signed_in(args, db)
    ticket = get_ticket(db, args.id)
    slip = slip_for(db, ticket, reprint=args.reprint)
    target = args.png or args.pdf or args.escpos
    ensure_writable(target)
    if args.escpos:
        # python-escpos reads its printer capabilities when imported (~0.3 s): only for this format.
        from taxdesk.core.escpos_ticket import escpos_bytes, write_escpos_file

        write_escpos_file(escpos_bytes(slip), target)
        kind = "escpos"
    else:
        # The Qt renderer (PySide6) only when a ticket is drawn.
        from taxdesk.gui.printing import ticket_painter

        ensure_gui_application()
        if args.png:
            ticket_painter.save_png(slip, target)
            kind = "png"
        else:
            ticket_painter.save_pdf(slip, target)
            kind = "pdf"
    record_print(db, ticket.id, f"{kind}:{target}", actor=actor)
    print(f"{ticket.number} → {target}")
    return 0


def cmd_ticket_verify(args) -> int:
    result = verify_payload(open_db(args), args.payload)
    if args.json:
        print_json(result.to_json())
    elif result.usable:
        t = result.ticket
        print(
            f"valid: {t.number} {t.service_name} @ {t.point_name}, issued {t.issued_at:%Y-%m-%d %H:%M}, "
            f"status {t.status}"
        )
    if not result.valid:
        note("ticket verify", f"invalid: {result.reason}")
        return EXIT_NO
    if not result.usable:  # genuine, but another day's, served, cancelled or a no-show
        note("ticket verify", f"genuine but not usable: {result.unusable_reason}")
        return EXIT_NO
    return 0


def cmd_ticket_show(args) -> int:
    db = open_db(args)
    ticket = get_ticket(db, args.id)
    if args.full:
        personal = reveal(db, args.id, actor=signed_in(args, db))
        name, phone = personal.name, personal.phone
    else:
        name, phone = ticket.taxpayer_name, ticket.taxpayer_phone
    events = ticket_events(db, args.id)
    if args.json:
        print_json(
            {
                **ticket.to_json(),
                "taxpayer_name": name,
                "taxpayer_phone": phone,
                "events": [{"kind": k, "at": clock.iso(at), "detail": d} for k, at, d in events],
            }
        )
    else:
        print(f"{ticket.number}  {ticket.service_name} @ {ticket.point_name}  status {ticket.status}")
        if name or phone:
            print(f"  taxpayer: {' '.join(p for p in (name, phone) if p)}")
        for kind, at, detail in events:
            print(f"  {at:%Y-%m-%d %H:%M:%S}  {kind:12} {detail or ''}")
    return 0


def cmd_ticket_call(args) -> int:
    db = open_db(args)
    ticket = calls.call_next(db, args.point, args.window, actor=signed_in(args, db))
    if ticket is None:
        if args.json:
            print_json(None)
        else:
            print(f"nobody is waiting for window {args.window}")
        return 0
    show_ticket(ticket, args.json, f"→ window {args.window}")
    return 0


def cmd_ticket_action(args) -> int:
    action = CALL_ACTIONS[args.ticket_command]
    db = open_db(args)
    show_ticket(action(db, args.id, actor=signed_in(args, db)), args.json, args.ticket_command)
    return 0


def cmd_ticket_transfer(args) -> int:
    db = open_db(args)
    ticket = calls.transfer(
        db, args.id, service_code=args.service, window_number=args.window, actor=signed_in(args, db)
    )
    show_ticket(ticket, args.json, "transferred")
    return 0
