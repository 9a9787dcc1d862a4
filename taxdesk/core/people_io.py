"""People, a point's windows and its shift templates as spreadsheets: export and import, CSV or XLSX.

The same machinery as the network's files (:mod:`taxdesk.core.catalogue_io`, :mod:`taxdesk.core.files`):
the format follows the extension; CSV is written as UTF-8 with a byte-order mark and read as UTF-8 (with or
without one) or GB18030; formula-like cells are neutralised on export and restored on import; flags are
``1``/``0`` (yes/no, 是/否 accepted). The import reads exactly the columns the export writes:

- staff: ``code, name, roles, home_unit, point, categories, active, min_week_hours, max_week_hours,
  working_days, half_days, rotating`` — ``roles`` and ``categories`` are lists separated by spaces (roles
  by name: admin supervisor front_desk window agent; categories by code, prefix or name); the hours are
  blank for the roster's defaults; ``working_days`` ISO weekday digits (``12345``). Photos are not in
  the file (set them one by one).
- windows of one point: ``number, name, categories, tidal, active``.
- shift templates of one point: ``code, name, name_en, start, end, break_min, window, tidal,
  forbidden_next, active`` (``start``/``end`` ``HH:MM``; ``window`` blank: any window).

Import is all or nothing: every row is read and checked first (against the database too), and the first
bad one aborts the import with :class:`~taxdesk.core.errors.InvalidInput` naming its ``row`` (the header
is row 1) and ``column``; nothing is written. Rows are upserted by their key (staff code, window number,
shift code); rows absent from the file, and the fields of absent columns, are left as they are: an import
never deletes or deactivates.

Imports and the staff export take the acting :class:`~taxdesk.core.roles.Actor` (keyword ``actor``) and
need :data:`~taxdesk.core.roles.PEOPLE` (administrators), refused before a file is read or written; every
row an import creates or changes is in the audit trail (``people.staff``, ``people.window``,
``people.shift``), and a staff export is recorded (``people.export``: the file holds personal data). The
windows' and shift templates' exports hold no personal data and stay open, as their lists are.

Threads: file and database work: call it on a worker thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from taxdesk.core import audit, people, validate
from taxdesk.core import windows_edit as we
from taxdesk.core.catalogue_io import (
    ImportResult,
    _check_codes,
    _data_rows,
    _header,
    _write_table,
    parse_flag,
    read_rows,
)
from taxdesk.core.db import Database
from taxdesk.core.errors import TaxDeskError
from taxdesk.core.people import one_wins
from taxdesk.core.roles import PEOPLE, Actor, require

STAFF_COLUMNS = (
    "code",
    "name",
    "roles",
    "home_unit",
    "point",
    "categories",
    "active",
    "min_week_hours",
    "max_week_hours",
    "working_days",
    "half_days",
    "rotating",
)
WINDOW_COLUMNS = ("number", "name", "categories", "tidal", "active")
SHIFT_COLUMNS = (
    "code",
    "name",
    "name_en",
    "start",
    "end",
    "break_min",
    "window",
    "tidal",
    "forbidden_next",
    "active",
)
FLAGS = {"active": True, "half_days": False, "rotating": False, "tidal": False}


def _figure(value: float | None):
    if value is None:
        return ""
    return int(value) if float(value).is_integer() else value


def _flag(value: bool) -> int:
    return 1 if value else 0


# ------------------------------------------------------------------------------------------ export


def staff_rows(records: list[people.StaffRecord]) -> list[list]:
    return [
        [
            s.code,
            s.name,
            " ".join(s.roles),
            s.home_unit,
            s.point or "",
            " ".join(s.categories),
            _flag(s.active),
            _figure(s.min_week_hours),
            _figure(s.max_week_hours),
            s.working_days,
            _flag(s.half_days),
            _flag(s.rotating),
        ]
        for s in records
    ]


def window_rows(records: list[we.WindowRecord]) -> list[list]:
    return [[w.number, w.name, " ".join(w.categories), _flag(w.tidal), _flag(w.active)] for w in records]


def shift_rows(records: list[we.ShiftRecord]) -> list[list]:
    return [
        [
            s.code,
            s.name,
            s.name_en,
            s.start,
            s.end,
            s.break_min,
            "" if s.window is None else s.window,
            _flag(s.tidal),
            " ".join(s.forbidden_next),
            _flag(s.active),
        ]
        for s in records
    ]


def export_staff(db: Database, path: str | os.PathLike, *, actor: Actor) -> int:
    """Write everybody (those who left too, ``active`` 0) to ``path``; returns the number of rows. The
    export is recorded (``people.export``: the file's name and the number of rows)."""
    require(actor, PEOPLE)
    with db.transaction() as session:
        records = people.list_staff_in(session)
        after = {"table": "staff", "file": os.path.basename(os.fspath(path)), "rows": len(records)}
        audit.record(session, actor.code, "people.export", "staff", None, after)
        # Written inside the transaction: a file that cannot be written takes its audit entry back.
        _write_table(path, "staff", STAFF_COLUMNS, staff_rows(records))
    return len(records)


def export_windows(db: Database, point: str, path: str | os.PathLike) -> int:
    records = we.list_windows(db, point)
    _write_table(path, "windows", WINDOW_COLUMNS, window_rows(records))
    return len(records)


def export_shifts(db: Database, point: str, path: str | os.PathLike) -> int:
    records = we.list_shifts(db, point)
    _write_table(path, "shifts", SHIFT_COLUMNS, shift_rows(records))
    return len(records)


# ------------------------------------------------------------------------------------------ import


@dataclass(frozen=True)
class _Table:
    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    key_column: str
    clean_key: Callable[[str], object]
    existing: Callable[[Session], dict]
    record: Callable[[dict, object], object]  # (cells, existing record or None) -> clean record
    save: Callable[[Session, object, set, Actor], str]


def _values(cells: dict[str, str]) -> dict:
    values: dict = {}
    for name, text in cells.items():
        if name == "working_days" and not text.strip():
            continue  # blank: as it is (Monday to Friday for someone new)
        values[name] = parse_flag(text, name, FLAGS[name]) if name in FLAGS else text
    return values


def _staff_record(cells: dict, existing: people.StaffRecord | None) -> people.StaffRecord:
    base = existing or people.StaffRecord(code=cells["code"], name="", roles=(), home_unit="")
    return people.clean_staff(replace(base, **_values(cells)))


def _window_record(point: str) -> Callable:
    def record(cells: dict, existing: we.WindowRecord | None) -> we.WindowRecord:
        base = existing or we.WindowRecord(point=point, number=cells["number"], name="", categories=())
        return we.clean_window(replace(base, **_values(cells)))

    return record


def _shift_record(point: str) -> Callable:
    def record(cells: dict, existing: we.ShiftRecord | None) -> we.ShiftRecord:
        base = existing or we.ShiftRecord(point=point, code=cells["code"], name="", start="", end="")
        return we.clean_shift(replace(base, **_values(cells)))

    return record


def _import(db: Database, path: str | os.PathLike, table: _Table, actor: Actor) -> ImportResult:
    require(actor, PEOPLE)
    rows = read_rows(path, table.name)
    columns = _header(rows, table.name, table.columns, table.required)
    outcomes: dict[str, list[str]] = {"created": [], "updated": [], "unchanged": []}
    busy = f"another desk changed the {table.name} at the same moment: nothing was imported; try again"
    with one_wins("concurrent_edit", busy), db.transaction() as session:
        existing = table.existing(session)
        records, seen = [], {}
        # First every row is read and checked; only then is anything written.
        for number, cells in _data_rows(rows, columns):
            try:
                key = table.clean_key(cells[table.key_column])
                _check_codes(number, str(key), seen)
                cells[table.key_column] = key
                records.append((number, table.record(cells, existing.get(key))))
            except TaxDeskError as exc:
                raise validate.at_row(exc, number) from None
        known = {str(key) for key in seen}
        for number, record in records:
            try:
                outcome = table.save(session, record, known, actor)
            except TaxDeskError as exc:
                raise validate.at_row(exc, number) from None
            outcomes[outcome].append(str(getattr(record, table.key_column)))
    return ImportResult(
        table=table.name,
        created=tuple(outcomes["created"]),
        updated=tuple(outcomes["updated"]),
        unchanged=tuple(outcomes["unchanged"]),
    )


def import_staff(db: Database, path: str | os.PathLike, *, actor: Actor) -> ImportResult:
    """Create or update people from ``path`` by staff code, all or nothing (see the module docstring)."""
    table = _Table(
        "staff",
        STAFF_COLUMNS,
        ("code", "name", "roles", "home_unit"),
        "code",
        lambda text: people.clean_code(text, kind="staff"),
        lambda session: {s.code: s for s in people.list_staff_in(session)},
        _staff_record,
        lambda session, record, known, actor: people.save_staff_in(session, record, actor=actor),
    )
    return _import(db, path, table, actor)


def import_windows(db: Database, point: str, path: str | os.PathLike, *, actor: Actor) -> ImportResult:
    """Create or update the point's windows from ``path`` by number, all or nothing."""
    require(actor, PEOPLE)
    with db.session() as session:
        point = we.find_point(session, point).code
    table = _Table(
        "windows",
        WINDOW_COLUMNS,
        ("number", "name", "categories"),
        "number",
        validate.window_number,
        lambda session: {w.number: w for w in we.list_windows_in(session, point)},
        _window_record(point),
        lambda session, record, known, actor: we.save_window_in(session, record, actor=actor),
    )
    return _import(db, path, table, actor)


def import_shifts(db: Database, point: str, path: str | os.PathLike, *, actor: Actor) -> ImportResult:
    """Create or update the point's shift templates from ``path`` by code, all or nothing."""
    require(actor, PEOPLE)
    with db.session() as session:
        point = we.find_point(session, point).code
    table = _Table(
        "shifts",
        SHIFT_COLUMNS,
        ("code", "name", "start", "end"),
        "code",
        we.clean_shift_code,
        lambda session: {s.code: s for s in we.list_shifts_in(session, point)},
        _shift_record(point),
        lambda session, record, known, actor: we.save_shift_in(
            session, record, actor=actor, also_known=known
        ),
    )
    return _import(db, path, table, actor)
