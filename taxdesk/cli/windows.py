"""``taxdesk windows list|add|edit|import|export --point CODE`` and ``taxdesk shifts list|import|export
--point CODE``: a point's windows and its shift templates (the checks of :mod:`taxdesk.core.windows_edit`).
``add``, ``edit`` and ``import`` sign in (administrators only); ``list``, ``officers`` and ``export`` do not
(no personal data)."""

from __future__ import annotations

from pathlib import Path

from taxdesk.cli.base import actions, db_option, json_option, open_db, print_json, signed_in
from taxdesk.cli.people import print_result
from taxdesk.core import people_io
from taxdesk.core import windows_edit as we
from taxdesk.core.catalogue_io import parse_flag
from taxdesk.core.qualification import qualified_officers

FILE_ACTIONS = {
    "import": "create or update them from a CSV or XLSX file (all rows or none)",
    "export": "write them to a CSV or XLSX file",
}


def register(commands) -> None:
    windows = commands.add_parser("windows", help="a point's windows: list, add, edit, import, export")
    sub = actions(windows, "windows_command")
    sub.add_parser("list", help="every window of the point, deactivated ones too")
    add = sub.add_parser("add", help="a new window")
    edit = sub.add_parser("edit", help="change a window (only the options given)")
    for parser, required in ((add, True), (edit, False)):
        parser.add_argument("number", metavar="NUMBER")
        parser.add_argument("--name", required=required)
        parser.add_argument("--categories", required=required, help="queue categories served: codes or ABCD")
        parser.add_argument("--tidal", metavar="1|0", help="a tidal window (1) or a fixed one (0)")
        parser.add_argument("--active", metavar="1|0", help="0: deactivate (a window is never deleted)")
    officers = sub.add_parser("officers", help="who may sign in at the window, and what each can serve there")
    officers.add_argument("number", metavar="NUMBER")
    _files(sub)
    _finish(sub, cmd_windows)

    shifts = commands.add_parser("shifts", help="a point's shift templates: list, import, export")
    sub = actions(shifts, "shifts_command")
    sub.add_parser("list", help="every shift template of the point, inactive ones too")
    _files(sub)
    _finish(sub, cmd_shifts)


def _files(sub) -> None:
    for action, text in FILE_ACTIONS.items():
        sub.add_parser(action, help=text).add_argument("file", metavar="FILE", type=Path)


def _finish(sub, handler) -> None:
    for parser in sub.choices.values():
        parser.add_argument("--point", required=True, metavar="CODE")
        db_option(parser)
        json_option(parser)
        parser.set_defaults(func=handler)


def _window_line(w: we.WindowRecord) -> str:
    kind = "tidal" if w.tidal else "fixed"
    state = "" if w.active else "  (inactive)"
    return f"{w.number:3} {w.name:10} {kind:5} {' '.join(w.categories)}{state}"


def _shift_line(s: we.ShiftRecord) -> str:
    where = f"window {s.window}" if s.window is not None else "any window"
    extra = " tidal" if s.tidal else ""
    forbidden = f"  not before: {' '.join(s.forbidden_next)}" if s.forbidden_next else ""
    state = "" if s.active else "  (inactive)"
    return (
        f"{s.code:4} {s.start}–{s.end} break {s.break_min:3} min  {s.name} ({where}{extra}){forbidden}{state}"
    )


def cmd_windows(args) -> int:
    db = open_db(args)
    command = args.windows_command
    if command in FILE_ACTIONS:
        return _file(db, args, command, "windows")
    if command == "officers":
        found = qualified_officers(db, args.point, args.number)
        if args.json:
            print_json([o.to_json() for o in found])
        else:
            for o in found:
                print(f"{o.code:6} {o.name:6} {','.join(o.roles):18} {o.prefixes}")
        return 0
    if command == "list":
        records = we.list_windows(db, args.point)
        if args.json:
            print_json([w.to_json() for w in records])
        else:
            for w in records:
                print(_window_line(w))
        return 0
    changes = {
        name: getattr(args, name) for name in ("name", "categories") if getattr(args, name) is not None
    }
    for name, default in (("tidal", False), ("active", True)):
        if getattr(args, name) is not None:
            changes[name] = parse_flag(getattr(args, name), name, default)
    actor = signed_in(args, db)
    if command == "add":
        record = we.add_window(
            db, we.WindowRecord(point=args.point, number=args.number, **changes), actor=actor
        )
    else:
        record = we.edit_window(db, args.point, args.number, actor=actor, **changes)
    print_json(record.to_json()) if args.json else print(_window_line(record))
    return 0


def cmd_shifts(args) -> int:
    db = open_db(args)
    if args.shifts_command in FILE_ACTIONS:
        return _file(db, args, args.shifts_command, "shifts")
    records = we.list_shifts(db, args.point)
    if args.json:
        print_json([s.to_json() for s in records])
    else:
        for s in records:
            print(_shift_line(s))
    return 0


def _file(db, args, command: str, table: str) -> int:
    if command == "export":
        export = people_io.export_windows if table == "windows" else people_io.export_shifts
        rows = export(db, args.point, args.file)
        if args.json:
            print_json({"table": table, "point": args.point.upper(), "path": str(args.file), "rows": rows})
        else:
            print(f"exported {rows} {table} of {args.point.upper()} → {args.file}")
        return 0
    load = people_io.import_windows if table == "windows" else people_io.import_shifts
    print_result(load(db, args.point, args.file, actor=signed_in(args, db)), args)
    return 0
