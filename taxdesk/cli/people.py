"""``taxdesk staff list|show|add|edit|leave|import|export``: the people of the county, with their roles,
qualifications and rostering contract (the same checks as the GUI: :mod:`taxdesk.core.people`). ``add``,
``edit``, ``leave``, ``import`` and ``export`` sign in (administrators only); ``list`` and ``show`` do not."""

from __future__ import annotations

from pathlib import Path

from taxdesk.cli.base import actions, db_option, json_option, open_db, print_json, signed_in
from taxdesk.core import people, people_io
from taxdesk.core.catalogue_io import parse_flag
from taxdesk.core.errors import InvalidInput

# The `staff` group's sub-parsers, so other modules can add actions to it (accounts: reset-password, unlock).
STAFF_ACTIONS = None

FIELDS = (  # option → StaffRecord field, for add and edit
    ("name", "name"),
    ("roles", "roles"),
    ("home_unit", "home_unit"),
    ("point", "point"),
    ("categories", "categories"),
    ("min_hours", "min_week_hours"),
    ("max_hours", "max_week_hours"),
    ("working_days", "working_days"),
)
FLAGS = (("half_days", "half_days"), ("rotating", "rotating"))


def register(commands):
    """Add ``taxdesk staff …``; returns (and keeps in :data:`STAFF_ACTIONS`) its sub-parsers."""
    global STAFF_ACTIONS
    staff = commands.add_parser("staff", help="the people: list, show, add, edit, leave, import, export")
    sub = actions(staff, "staff_command")
    STAFF_ACTIONS = sub

    listing = sub.add_parser("list", help="everybody, or the people of one point")
    listing.add_argument("--point", metavar="CODE")
    listing.add_argument("--active", action="store_true", help="only people who have not left")
    show = sub.add_parser("show", help="one person")
    show.add_argument("code", metavar="CODE")
    add = sub.add_parser("add", help="a new person (staff code not yet used)")
    add.add_argument("code", metavar="CODE")
    edit = sub.add_parser("edit", help="change a person's record (only the options given)")
    edit.add_argument("code", metavar="CODE")
    for parser, required in ((add, True), (edit, False)):
        parser.add_argument("--name", required=required)
        parser.add_argument(
            "--roles", required=required, help="admin supervisor front_desk window agent (comma-separated)"
        )
        parser.add_argument(
            "--home-unit", dest="home_unit", required=required, help="hall, branch or township"
        )
        parser.add_argument("--point", metavar="CODE", help="the point they belong to ('' for none)")
        parser.add_argument("--categories", help="queue categories qualified for: codes or prefixes (ABCD)")
        parser.add_argument("--min-hours", dest="min_hours", metavar="H", help="hours per week at least ('')")
        parser.add_argument("--max-hours", dest="max_hours", metavar="H", help="hours per week at most ('')")
        parser.add_argument("--working-days", dest="working_days", metavar="DAYS", help="ISO weekdays: 12345")
        parser.add_argument(
            "--half-days", dest="half_days", metavar="1|0", help="half days (1) or whole days (0)"
        )
        parser.add_argument("--rotating", metavar="1|0", help="on the tidal rotation (分局轮值)")
        parser.add_argument("--photo", metavar="FILE", type=Path, help="a JPEG or PNG picture, at most 2 MB")
    edit.add_argument("--no-photo", dest="no_photo", action="store_true", help="remove the photo")
    edit.add_argument("--active", metavar="1|0", help="1: back from having left")
    leave = sub.add_parser("leave", help="the person leaves (inactive; every record kept)")
    leave.add_argument("code", metavar="CODE")
    for action, text in (("import", "create or update people from a CSV or XLSX file (all rows or none)"),
                         ("export", "write everybody to a CSV or XLSX file")):  # fmt: skip
        parser = sub.add_parser(action, help=text)
        parser.add_argument("file", metavar="FILE", type=Path)
    for parser in sub.choices.values():
        db_option(parser)
        json_option(parser)
        parser.set_defaults(func=cmd_staff)
    return sub


def _changes(args) -> dict:
    changes = {field: getattr(args, option) for option, field in FIELDS if getattr(args, option) is not None}
    for option, field in FLAGS:
        if getattr(args, option, None) is not None:
            changes[field] = parse_flag(getattr(args, option), field, False)
    if getattr(args, "active", None) is not None and args.staff_command == "edit":
        changes["active"] = parse_flag(args.active, "active", True)
    return changes


def _photo(args) -> bytes | None:
    try:
        data = args.photo.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            f"cannot read {args.photo}: {exc.strerror or exc}", key="import_unreadable"
        ) from None
    return people.clean_photo(data)


def _line(s: people.StaffRecord) -> str:
    state = "" if s.active else "  (left)"
    return (
        f"{s.code:6} {s.name:6} {','.join(s.roles):18} {s.home_unit:8} {s.point or '-':5} "
        f"{' '.join(s.categories)}{state}"
    )


def _print(s: people.StaffRecord, args) -> None:
    if args.json:
        print_json(s.to_json())
        return
    print(_line(s))
    hours = "-".join("" if h is None else f"{h:g}" for h in (s.min_week_hours, s.max_week_hours))
    print(
        f"  contract: hours/week {hours if hours != '-' else 'default'}, working days {s.working_days}, "
        f"{'half' if s.half_days else 'whole'} days, {'rotating' if s.rotating else 'not rotating'}"
        f"{', photo' if s.has_photo else ''}"
    )


def cmd_staff(args) -> int:
    db = open_db(args)
    command = args.staff_command
    if command == "list":
        records = people.list_staff(db, point=args.point, include_left=not args.active)
        if args.json:
            print_json([s.to_json() for s in records])
        else:
            for s in records:
                print(_line(s))
        return 0
    if command == "show":
        _print(people.get_staff(db, args.code), args)
        return 0
    if command in ("import", "export"):
        return _file(db, args)
    if command == "leave":
        _print(people.leave(db, args.code, actor=signed_in(args, db)), args)
        return 0
    photo = _photo(args) if args.photo else None  # checked before anything is written
    changes = _changes(args)
    actor = signed_in(args, db)
    if command == "add":
        fields = {"code": args.code, **changes}
        record = people.add_staff(db, people.StaffRecord(**fields), actor=actor, photo=photo)
    else:
        photo = b"" if args.no_photo else photo
        record = people.edit_staff(db, args.code, actor=actor, photo=photo, **changes)
    _print(record, args)
    return 0


def _file(db, args) -> int:
    actor = signed_in(args, db)
    if args.staff_command == "export":
        rows = people_io.export_staff(db, args.file, actor=actor)
        if args.json:
            print_json({"table": "staff", "path": str(args.file), "rows": rows})
        else:
            print(f"exported {rows} staff → {args.file}")
        return 0
    result = people_io.import_staff(db, args.file, actor=actor)
    print_result(result, args)
    return 0


def print_result(result, args) -> None:
    if args.json:
        print_json(result.to_json())
        return
    for outcome in ("created", "updated", "unchanged"):
        for code in getattr(result, outcome):
            print(f"{outcome:9} {code}")
    print(
        f"imported {result.rows} {result.table} from {args.file}: {len(result.created)} created, "
        f"{len(result.updated)} updated, {len(result.unchanged)} unchanged"
    )
