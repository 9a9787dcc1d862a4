"""``taxdesk audit verify|list|export|prune|retention``: the tamper-evident audit trail (审计日志).

``verify`` exits 1 and names the first broken entry when the chain does not hold. Every action signs in
and passes the signed-in person to the core, which decides (:mod:`taxdesk.core.audit`): supervisors and
administrators read the trail (verify, list, export, the retention), administrators prune it and set its
retention; the signed-in person is who the trail records for an export, a prune or a retention change."""

from __future__ import annotations

from pathlib import Path

from taxdesk.cli.base import (
    EXIT_NO,
    EXIT_OK,
    actions,
    date_arg,
    db_option,
    json_option,
    note,
    open_db,
    print_json,
    signed_in,
)
from taxdesk.core import audit, clock, errors

AUDIT_ACTIONS = {
    "verify": "check the hash chain; exit 1 naming the first broken entry",
    "list": "the entries, newest first (filters: --actor, --kind, --object, --since, --until, --limit)",
    "export": "write the entries (same filters) to an XLSX file",
    "prune": "delete the entries older than the retention; a checkpoint entry keeps the chain provable",
    "retention": "show, or set with MONTHS (at least 6), how many months the trail keeps",
}


def _filters(sub) -> None:
    sub.add_argument("--actor", metavar="CODE", help="only what this staff code (or 'system') did")
    sub.add_argument("--kind", metavar="KIND", help="only this kind (a prefix ending in '.', e.g. 'roster.')")
    sub.add_argument("--object", metavar="TEXT", help="only entries whose object contains TEXT")
    sub.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD", help="from this day (local time)")
    sub.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD", help="up to and including this day")
    sub.add_argument("--limit", type=int, metavar="N", help="at most N entries")


def register(commands) -> None:
    parser = commands.add_parser("audit", help="the tamper-evident audit trail: verify, list, export, prune")
    audit_commands = actions(parser, "audit_command")
    for name, text in AUDIT_ACTIONS.items():
        sub = audit_commands.add_parser(name, help=text)
        db_option(sub)
        json_option(sub)
        if name in ("list", "export"):
            _filters(sub)
        if name == "export":
            sub.add_argument("--xlsx", required=True, type=Path, metavar="FILE", help="the workbook to write")
        if name == "retention":
            sub.add_argument("months", nargs="?", metavar="MONTHS")
        sub.set_defaults(func=cmd_audit)


def _filters_of(args) -> audit.Filters:
    return audit.Filters(args.actor, args.kind, args.object, args.since, args.until, args.limit)


def cmd_audit(args) -> int:
    db = open_db(args)
    action = args.audit_command
    actor = signed_in(args, db)
    if action == "verify":
        result = audit.verify(db, actor=actor)
        if args.json:
            print_json(result.to_json())
        elif result.ok:
            head = f", head entry {result.head_id} {result.head_hash}" if result.head_id else ""
            print(f"audit trail intact: {result.checked} entries{head}")
        if not result.ok:
            held = f"{result.checked} entries before it hold"
            note("audit verify", f"audit trail broken at {result.detail} ({held})")
        return EXIT_OK if result.ok else EXIT_NO
    if action == "list":
        found = audit.entries(db, _filters_of(args), actor=actor)
        if args.json:
            print_json([e.to_json() for e in found])
        else:
            for e in found:
                change = " → ".join(part for part in (e.before, e.after) if part)
                who = f"{e.actor:10} {e.host:12}"
                print(f"{e.id:>7} {clock.iso(e.at)} {who} {e.kind:20} {e.object}  {change}")
        return EXIT_OK
    if action == "export":
        if args.xlsx.suffix.lower() != ".xlsx":
            path = str(args.xlsx)
            raise errors.InvalidInput(f"{path}: use an .xlsx file", key="file_format", path=path)
        rows = audit.export(db, args.xlsx, _filters_of(args), actor=actor)
        if args.json:
            print_json({"path": str(args.xlsx), "rows": rows})
        else:
            print(f"exported {rows} audit entries → {args.xlsx}")
        return EXIT_OK
    if action == "prune":
        result = audit.prune(db, actor=actor)
        if args.json:
            print_json(result.to_json())
        elif result.pruned:
            print(
                f"pruned {result.pruned} entries older than {clock.iso(result.cutoff)}; "
                f"checkpoint entry {result.checkpoint_id}"
            )
        else:
            print(f"nothing to prune: no entry older than {clock.iso(result.cutoff)}")
        return EXIT_OK
    if args.months is not None:
        months = audit.set_retention(db, args.months, actor=actor)
    else:
        months = audit.retention(db, actor=actor)
    if args.json:
        print_json({"months": months})
    else:
        print(f"the audit trail keeps {months} months (never fewer than {audit.MIN_RETENTION_MONTHS})")
    return EXIT_OK
