"""``taxdesk booking …``: appointments — slots, book, cancel, reschedule, check in, no-show blocks.

``create``, ``cancel``, ``reschedule``, ``checkin``, ``unblock`` and ``show --full`` sign in (the booking
records the signed-in person; exit 3 not signed in, 4 refused); ``show``, ``list``, ``slots`` and
``block`` are open and show the taxpayer masked."""

from __future__ import annotations

import argparse
from dataclasses import replace

from taxdesk.cli.base import (
    EXIT_NO,
    actions,
    date_arg,
    db_option,
    json_option,
    note,
    open_db,
    print_json,
    signed_in,
)
from taxdesk.cli.ticket import show_ticket
from taxdesk.core import bookings, clock, errors


def register(commands) -> None:
    booking = commands.add_parser("booking", help="appointments: slots, book, cancel, reschedule, check in")
    booking_commands = actions(booking, "booking_command")

    def action(name: str, text: str) -> argparse.ArgumentParser:
        sub = booking_commands.add_parser(name, help=text)
        db_option(sub)
        json_option(sub)
        sub.set_defaults(func=cmd_booking)
        return sub

    create = action("create", "book a taxpayer into a slot")
    create.add_argument("--point", required=True, metavar="CODE")
    create.add_argument("--service", required=True, metavar="CODE")
    create.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD")
    create.add_argument("--slot", required=True, metavar="HH:MM")
    create.add_argument("--name", required=True)
    create.add_argument("--phone", required=True)
    create.add_argument("--id-number", required=True, metavar="ID", help="resident ID number or credit code")
    create.add_argument(
        "--id-kind", choices=["person", "business"], help="which of the two (default: by shape)"
    )
    cancel = action("cancel", "cancel a booking")
    cancel.add_argument("code", metavar="CODE")
    show = action("show", "show a booking")
    show.add_argument("code", metavar="CODE")
    show.add_argument(
        "--full", action="store_true", help="the taxpayer's name and phone in full (signs in; audited)"
    )
    reschedule = action("reschedule", "move a booking to another slot")
    reschedule.add_argument("code", metavar="CODE")
    reschedule.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD")
    reschedule.add_argument("--slot", required=True, metavar="HH:MM")
    listing = action("list", "a point's bookings for a day")
    listing.add_argument("--point", required=True, metavar="CODE")
    listing.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD")
    slots = action("slots", "a day's slots and places left")
    slots.add_argument("--point", required=True, metavar="CODE")
    slots.add_argument("--service", required=True, metavar="CODE")
    slots.add_argument("--date", required=True, type=date_arg, metavar="YYYY-MM-DD")
    checkin = action("checkin", "turn a booking into a ticket (scanned slip or booking code)")
    checkin.add_argument("payload", metavar="PAYLOAD_OR_CODE")
    checkin.add_argument("--point", metavar="CODE", help="refuse bookings for another point")
    block = action("block", "whether a taxpayer is blocked for no-shows")
    block.add_argument("id_number", metavar="ID")
    unblock = action("unblock", "a supervisor lifts a no-show block (audited)")
    unblock.add_argument("id_number", metavar="ID")
    unblock.add_argument("--reason", required=True)
    capacity = action("capacity", "set the places per slot for a category at a point")
    capacity.add_argument("--point", required=True, metavar="CODE")
    capacity.add_argument("--category", required=True, metavar="CODE")
    capacity.add_argument("--places", required=True, type=int, metavar="N")


def cmd_booking(args) -> int:
    db = open_db(args)
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
            id_kind=args.id_kind,
            actor=signed_in(args, db),
        )
        return _show_booking(booking, args.json)
    if action == "cancel":
        return _show_booking(bookings.cancel_booking(db, args.code, actor=signed_in(args, db)), args.json)
    if action == "show":
        booking = bookings.get_booking(db, args.code)
        if args.full:
            personal = bookings.reveal(db, args.code, actor=signed_in(args, db))
            booking = replace(booking, taxpayer_name=personal.name, taxpayer_phone=personal.phone)
        return _show_booking(booking, args.json, taxpayer=args.full)
    if action == "reschedule":
        moved = bookings.reschedule_booking(
            db, args.code, bookings.slot_time(args.date, args.slot), actor=signed_in(args, db)
        )
        return _show_booking(moved, args.json)
    if action == "list":
        found = bookings.list_bookings(db, args.point, args.date)
        if args.json:
            print_json([b.to_json() for b in found])
        for b in [] if args.json else found:
            print(f"{b.start:%H:%M} {b.code} {b.service_name} {b.taxpayer_name} {b.taxpayer_phone} {b.state}")
        return 0
    if action == "slots":
        found = bookings.slots(db, args.point, args.service, args.date)
        if args.json:
            print_json([s.to_json() for s in found])
        for s in [] if args.json else found:
            mark = "" if s.bookable else "  (not bookable now)"
            print(f"{s.start:%H:%M}-{s.end:%H:%M}  {s.remaining}/{s.capacity} left{mark}")
        return 0
    if action == "checkin":
        actor = signed_in(args, db)
        try:
            ticket = bookings.check_in(db, args.payload, point_code=args.point, actor=actor)
        except (errors.NotSignedIn, errors.NotAllowed):
            raise  # who may check in is not the booking's answer: exit 3 or 4
        except errors.TaxDeskError as refused:  # a refusal is an answer, not a usage error
            if args.json:
                print_json({"checked_in": False, "reason": refused.message, "code": refused.key})
            note("booking checkin", f"refused: {refused.message}")
            return EXIT_NO
        show_ticket(ticket, args.json, "checked in")
        return 0
    if action in ("block", "unblock"):
        if action == "block":
            block = bookings.block_status(db, args.id_number)
        else:
            block = bookings.override_block(db, args.id_number, actor=signed_in(args, db), reason=args.reason)
        data = {
            "blocked": block.blocked,
            "blocked_until": block.blocked_until.isoformat() if block.blocked_until else None,
            "overridden_until": block.overridden_until.isoformat() if block.overridden_until else None,
            "no_shows": [clock.iso(t) for t in block.no_shows],
        }
        if args.json:
            print_json(data)
        else:
            print("blocked until " + data["blocked_until"] if block.blocked else "not blocked")
        return 0
    bookings.set_capacity(db, args.point, args.category, args.places, actor=signed_in(args, db))
    print(f"{args.point} {args.category}: {args.places} place(s) per slot")
    return 0


def _show_booking(booking, as_json: bool, *, taxpayer: bool = False) -> int:
    if as_json:
        print_json(booking.to_json())
    else:
        print(
            f"{booking.code}  {booking.service_name} @ {booking.point_name}  "
            f"{booking.start:%Y-%m-%d %H:%M}-{booking.end:%H:%M}  {booking.state}"
        )
        if taxpayer:
            print(f"  taxpayer: {booking.taxpayer_name} {booking.taxpayer_phone} {booking.taxpayer_id}")
    return 0
