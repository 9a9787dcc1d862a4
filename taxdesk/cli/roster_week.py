"""``taxdesk roster print`` (a chosen version of a point's week as PDF and/or Excel), ``taxdesk roster
show`` (a chosen version's assignments, each at a window or on a duty) and ``taxdesk roster leave`` (days
off the roster, recorded or taken back): registered by :mod:`taxdesk.cli.roster`. The roster JSON's
assignments and deviations are written here for every roster command (:func:`assignment_json`,
:func:`deviation_json`).

The statsmodels and Qt imports are made inside the commands (see :mod:`taxdesk.cli.roster`).
"""

from __future__ import annotations

import argparse

from taxdesk.cli.base import ensure_gui_application, ensure_writable, open_db, print_json, signed_in
from taxdesk.core import errors
from taxdesk.core.network import points
from taxdesk.core.roster import xlsx


def version_arg(text: str) -> str | int:
    text = text.strip().lower()
    if text in ("published", "draft"):
        return text
    if text.isdigit() and int(text) >= 1:
        return int(text)
    raise argparse.ArgumentTypeError(f"a version is published, draft or a number from 1, not {text!r}")


def clock_text(minutes: int | None) -> str | None:
    return None if minutes is None else f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def assignment_json(a) -> dict:
    """A stored assignment (:class:`taxdesk.core.roster.store.Assignment`) as the roster JSON writes it:
    ``duty`` is ``window`` at a window, else the duty's code, and then ``window`` and ``category`` are
    null."""
    return {
        "staff": a.name,
        "staff_id": a.staff,
        "day": a.day.isoformat(),
        "shift": a.template,
        "shift_name": a.template_name,
        "duty": a.duty,
        "duty_name": None if a.on_window else a.duty_name,
        "category": a.category if a.on_window else None,
        "start": clock_text(a.start_min),
        "end": clock_text(a.end_min),
        "window": a.window if a.on_window else None,
        "locked": a.locked,
    }


def deviation_json(d) -> dict:
    """A contracted half-day left without a window or a duty (:class:`taxdesk.core.roster.service.Deviation`):
    ``half`` am or pm (null: either half of a half-day contract's day)."""
    return {
        "staff": d.name,
        "staff_id": d.person,
        "day": d.date.isoformat(),
        "half": d.half,
        "start": clock_text(d.start_min),
    }


def deviation_text(d) -> str:
    half = {"am": "morning", "pm": "afternoon"}.get(d.half, "half-day")
    return f"{d.person} {d.name} {d.date} {half}: neither a window nor a duty (a contracted half-day)"


def cmd_roster_show(args) -> int:
    from taxdesk.core.roster import store  # statsmodels: see the module docstring

    db = open_db(args)
    stored = store.chosen(db, args.point, args.week, args.version)
    assignments = [assignment_json(a) for a in stored.assignments]
    published_at = stored.published_at.isoformat(timespec="seconds") if stored.published_at else None
    if args.json:
        print_json(
            {
                "point": stored.point,
                "week": stored.week,
                "version": stored.version,
                "status": stored.status,
                "published_at": published_at,
                "published_by": stored.published_by,
                "assignments": assignments,
            }
        )
        return 0
    state = "published" if stored.published else "draft"
    print(f"{stored.point} {stored.week} version {stored.version} ({state}): {len(assignments)} shifts")
    for a in assignments:
        where = f"window {a['window']} ({a['category']})" if a["duty"] == "window" else a["duty"]
        lock = " locked" if a["locked"] else ""
        print(f"  {a['day']} {a['start']}–{a['end']} {a['staff_id']} {a['staff']}: {where}{lock}")
    return 0


def cmd_roster_print(args) -> int:
    from taxdesk.core.roster import service, store  # statsmodels: see the module docstring
    from taxdesk.core.roster.hall import hall_week

    db = open_db(args)
    if args.pdf is None and args.xlsx is None:
        raise errors.InvalidInput("say where to print: --pdf FILE and/or --xlsx FILE")
    for path in (args.pdf, args.xlsx):
        if path is not None:
            ensure_writable(path)
    stored = store.chosen(db, args.point, args.week, args.version)
    point_name = next(p.name for p in points(db) if p.code == stored.point)
    sheet = service.sheet(
        db,
        hall_week(db, args.point, args.week),
        stored,
        point_name=point_name,
        supervisor=stored.published_by or "",
    )
    written = {}
    if args.xlsx is not None:
        xlsx.write_xlsx([sheet], args.xlsx)
        written["xlsx"] = str(args.xlsx)
    if args.pdf is not None:
        from taxdesk.gui.roster import printout as roster_print  # PySide6 only when a roster is drawn

        ensure_gui_application()
        written["pages"] = roster_print.render_pdf([sheet], args.pdf)
        written["pdf"] = str(args.pdf)
    if args.json:
        print_json(
            {
                "point": args.point,
                "week": args.week,
                "version": stored.version,
                "status": stored.status,
                **written,
            }
        )
    else:
        state = "published" if stored.published else "draft"
        files = ", ".join(str(path) for path in (args.pdf, args.xlsx) if path is not None)
        print(f"{args.point} {args.week} version {stored.version} ({state}) → {files}")
    return 0


def cmd_roster_leave(args) -> int:
    from taxdesk.core.roster import store  # statsmodels: see the module docstring

    db = open_db(args)
    if not any(p.code == args.point for p in points(db)):
        raise errors.InvalidInput(f"unknown point {args.point!r}", key="unknown_point", point=args.point)
    who = signed_in(args, db)
    if args.remove:
        if args.until is not None:
            raise errors.InvalidInput("--remove takes back the leave covering --date: no --until")
        removed = store.remove_leave(db, args.staff, args.date, actor=who)
        result = {"staff": args.staff, "date": args.date.isoformat(), "removed": removed}
        text = f"{args.staff}: leave on {args.date} taken back ({removed} record(s))"
    else:
        last = args.until or args.date
        leave_id = store.add_leave(db, args.staff, args.date, last, actor=who, reason=args.reason)
        result = {
            "staff": args.staff,
            "first": args.date.isoformat(),
            "last": last.isoformat(),
            "id": leave_id,
        }
        text = f"{args.staff}: leave {args.date} to {last} recorded; solve the week again to roster around it"
    if args.json:
        print_json({"point": args.point, **result})
    else:
        print(text)
    return 0
