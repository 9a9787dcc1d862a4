"""``taxdesk points``, ``taxdesk services`` and ``taxdesk network export|import``: the service points and
the catalogue, listed, printed, and exchanged as CSV or XLSX files."""

from __future__ import annotations

from pathlib import Path

from taxdesk.cli.base import (
    actions,
    db_option,
    ensure_gui_application,
    ensure_writable,
    json_option,
    open_db,
    print_json,
    signed_in,
)
from taxdesk.core import catalogue_io
from taxdesk.core.network import POINT_KINDS, list_points, list_services
from taxdesk.core.service_sheet import sheet_for

NETWORK_ACTIONS = {
    "export": "write the points or the catalogue to a CSV or XLSX file",
    "import": "create or update points or services from a CSV or XLSX file (all rows or none)",
}


def register(commands) -> None:
    points = commands.add_parser("points", help="list the service points")
    db_option(points)
    json_option(points)
    points.set_defaults(func=cmd_points)

    services = commands.add_parser("services", help="list the services a point offers")
    db_option(services)
    services.add_argument("--point", required=True, metavar="CODE")
    json_option(services)
    services.add_argument("--pdf", metavar="FILE", type=Path, help="print the point's service list as A4 PDF")
    services.set_defaults(func=cmd_services)

    # taxdesk network export|import --points FILE | --services FILE (CSV or XLSX by extension)
    network = commands.add_parser("network", help="export or import the service points or the catalogue")
    network_commands = actions(network, "network_command")
    for action, text in NETWORK_ACTIONS.items():
        sub = network_commands.add_parser(action, help=text)
        db_option(sub)
        table = sub.add_mutually_exclusive_group(required=True)
        table.add_argument("--points", metavar="FILE", type=Path, help="the service points (.csv or .xlsx)")
        table.add_argument("--services", metavar="FILE", type=Path, help="the catalogue (.csv or .xlsx)")
        json_option(sub)
        sub.set_defaults(func=cmd_network)


def cmd_points(args) -> int:
    db = open_db(args)
    with db.session() as session:
        points = list_points(session)
    if args.json:
        print_json([p.to_json() for p in points])
    else:
        for p in points:
            windows = f"{p.windows} window" + ("" if p.windows == 1 else "s")
            print(f"{p.code:6} {POINT_KINDS.get(p.kind, p.kind):6} {p.name}  ({windows})")
    return 0


def cmd_services(args) -> int:
    db = open_db(args)
    if args.pdf:
        return _services_pdf(db, args)
    with db.session() as session:
        services = list_services(session, args.point)
    if args.json:
        print_json([s.to_json() for s in services])
    else:
        for s in services:
            print(f"{s.code:6} {s.prefix} {s.category_name:8} {s.name}  (~{s.avg_handling_min:g} min)")
    return 0


def _services_pdf(db, args) -> int:
    """``taxdesk services --point CODE --pdf FILE``: the point's A4 service list (服务清单)."""
    sheet = sheet_for(db, args.point)
    ensure_writable(args.pdf)
    # The Qt renderer (PySide6) only when a list is drawn.
    from taxdesk.gui.network import service_sheet

    ensure_gui_application()
    pages = service_sheet.save_pdf(sheet, args.pdf)
    if args.json:
        print_json(
            {"point": sheet.point_code, "pdf": str(args.pdf), "services": sheet.service_count, "pages": pages}
        )
    else:
        print(f"{sheet.point_code}: {sheet.service_count} services → {args.pdf} ({pages} page(s), A4)")
    return 0


def cmd_network(args) -> int:
    """``taxdesk network export|import``: one line per result; a bad row aborts and writes nothing."""
    db = open_db(args)
    table, path = ("points", args.points) if args.points else ("services", args.services)
    if args.network_command == "export":
        export = catalogue_io.export_points if table == "points" else catalogue_io.export_services
        rows = export(db, path)
        if args.json:
            print_json({"table": table, "path": str(path), "rows": rows})
        else:
            print(f"exported {rows} {table} → {path}")
        return 0
    load = catalogue_io.import_points if table == "points" else catalogue_io.import_services
    result = load(db, path, actor=signed_in(args, db))
    if args.json:
        print_json(result.to_json())
    else:
        for outcome in ("created", "updated", "unchanged"):
            for code in getattr(result, outcome):
                print(f"{outcome:9} {code}")
        print(
            f"imported {result.rows} {table} from {path}: {len(result.created)} created, "
            f"{len(result.updated)} updated, {len(result.unchanged)} unchanged"
        )
    return 0
