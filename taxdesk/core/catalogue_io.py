"""The service network and the catalogue as spreadsheets: export and import, CSV or XLSX.

Two tables, one file each; the format follows the file's extension (``.csv`` or ``.xlsx``). Column
headers are stable (English, lower case) and always come in this order on export:

- points: ``code, name, kind, township, address, opening_hours, bank_partner, contact, active``
- services: ``code, name, name_en, category, avg_handling_min, documents, hall_only, offered_at``

Cells:

- ``kind``: ``hall``, ``township`` or ``bank_station`` (the Chinese 办税服务厅 / 丰收微税厅 / 银税e站 are
  accepted on import).
- ``active``, ``hall_only``: ``1`` or ``0`` (also accepted: true/false, yes/no, y/n, 是/否; blank means the
  default: active, not hall-only).
- ``opening_hours``: ``08:30-12:00,13:30-17:00``.
- ``category``: the category's code (``GEN``); its queue prefix (``A``) or name (综合服务) are accepted.
- ``documents``: one document per line *inside the cell* (Alt+Enter in Excel; CSV quotes the cell). On
  import a full-width ``；`` also separates documents, for typing convenience — so a document's own text
  cannot contain ``；``.
- ``offered_at``: the codes of the points offering the service, separated by spaces (commas accepted).

CSV files are written as UTF-8 with a byte-order mark, so Excel opens the Chinese correctly; on import a
file that is not UTF-8 is read as GB18030 (what Excel on a Chinese Windows saves as "CSV"). A text cell
that Excel would run as a formula (beginning with ``=``, ``+``, ``-`` or ``@``) is written with an
apostrophe before it, which the import takes off again (:mod:`taxdesk.core.files`); the XLSX export
stores every text cell as text. Prefer XLSX for editing in Excel: it keeps codes such as ``01`` as text.

Import is atomic: every row is read and checked first (against the database too: categories, points);
the first bad row aborts the import with :class:`~taxdesk.core.errors.InvalidInput` whose params hold the
``row`` (the spreadsheet's row number: the header is row 1) and ``column``, and nothing is written.
Otherwise rows are upserted by code in one transaction: new codes are created, existing ones updated.
Rows absent from the file are left as they are (an import never deletes or deactivates), and so are the
fields of a column absent from the file (only ``code`` and the required columns must be there). Blank
rows are skipped.

Threads: everything here does file and database work: call it on a worker thread.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from taxdesk.core import files, validate
from taxdesk.core.db import Database
from taxdesk.core.errors import InvalidInput, TaxDeskError
from taxdesk.core.network_edit import (
    PointRecord,
    ServiceRecord,
    clean_code,
    clean_point,
    clean_service,
    editing,
    list_all_points,
    list_all_services,
    points_by_code,
    resolve_category,
    save_point_in,
    save_service_in,
)
from taxdesk.core.roles import NETWORK_EDIT, Actor, require

POINT_COLUMNS = (
    "code",
    "name",
    "kind",
    "township",
    "address",
    "opening_hours",
    "bank_partner",
    "contact",
    "active",
)
SERVICE_COLUMNS = (
    "code",
    "name",
    "name_en",
    "category",
    "avg_handling_min",
    "documents",
    "hall_only",
    "offered_at",
)
REQUIRED_COLUMNS = {
    "points": ("code", "name", "kind"),
    "services": ("code", "name", "category", "avg_handling_min"),
}
FORMATS = (".csv", ".xlsx")
DOCUMENT_SEPARATORS = re.compile(r"[\r\n；]+")
POINT_LIST_SEPARATORS = re.compile(r"[\s,，;；、]+")
TRUE_WORDS = {"1", "true", "yes", "y", "是", "t", "√", "✓"}
FALSE_WORDS = {"0", "false", "no", "n", "否", "f", ""}


@dataclass(frozen=True)
class ImportResult:
    """What an import did, by code."""

    table: str  # "points" or "services"
    created: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]

    @property
    def rows(self) -> int:
        return len(self.created) + len(self.updated) + len(self.unchanged)

    def to_json(self) -> dict:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}


# ------------------------------------------------------------------------------------------ files


def file_format(path: str | os.PathLike) -> str:
    """``.csv`` or ``.xlsx`` from the file name, or InvalidInput (key ``file_format``)."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(
            f"{path}: use a .csv or .xlsx file", key="file_format", path=str(path), suffix=suffix
        )
    return suffix


def read_rows(path: str | os.PathLike, table: str) -> list[list[str]]:
    """Every row of the file (row 1 first) as lists of stripped text cells (:mod:`taxdesk.core.files`:
    UTF-8 or GB18030 CSV, a checked workbook); an apostrophe our CSV export put before a formula-like
    cell is taken off again."""
    target = Path(path)
    if file_format(target) == ".csv":
        return [[files.restore(cell) for cell in row] for row in files.read_csv(target)]
    return files.read_xlsx(target, table)


def _write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file in the same folder, so a failed export never leaves half a file."""
    if not path.parent.is_dir():
        raise InvalidInput(
            f"cannot write {path}: folder {path.parent} does not exist",
            key="export_failed",
            path=str(path),
            reason=f"folder {path.parent} does not exist",
        )
    handle, temporary = tempfile.mkstemp(prefix=".taxdesk-", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except OSError as exc:
        raise InvalidInput(
            f"cannot write {path}: {exc.strerror or exc}",
            key="export_failed",
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _write_csv(path: Path, header: tuple[str, ...], rows: list[list]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([files.neutralise(cell) for cell in row] for row in rows)


XLSX_WIDTHS = {
    "code": 8,
    "name": 26,
    "name_en": 34,
    "kind": 13,
    "township": 10,
    "address": 44,
    "opening_hours": 24,
    "bank_partner": 22,
    "contact": 15,
    "active": 7,
    "category": 10,
    "avg_handling_min": 17,
    "documents": 50,
    "hall_only": 10,
    "offered_at": 40,
}


def _write_xlsx(path: Path, title: str, header: tuple[str, ...], rows: list[list]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for values in rows:
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text stays text, even if it starts with "=" (never a formula)
            cell.alignment = wrap if "\n" in str(cell.value or "") else top
    for index, name in enumerate(header, 1):
        sheet.column_dimensions[get_column_letter(index)].width = XLSX_WIDTHS.get(name, 14)
    sheet.freeze_panes = "B2"
    workbook.save(path)


def _write_table(path: str | os.PathLike, table: str, header: tuple[str, ...], rows: list[list]) -> None:
    target = Path(path)
    if file_format(target) == ".csv":
        _write_atomically(target, lambda tmp: _write_csv(tmp, header, rows))
    else:
        _write_atomically(target, lambda tmp: _write_xlsx(tmp, table, header, rows))


# ------------------------------------------------------------------------------------------ export


def point_rows(points: list[PointRecord]) -> list[list]:
    return [
        [
            p.code,
            p.name,
            p.kind,
            p.township or "",
            p.address or "",
            p.opening_hours or "",
            p.bank_partner or "",
            p.contact or "",
            1 if p.active else 0,
        ]
        for p in points
    ]


def service_rows(services: list[ServiceRecord]) -> list[list]:
    return [
        [
            s.code,
            s.name,
            s.name_en,
            s.category,
            int(s.avg_handling_min) if float(s.avg_handling_min).is_integer() else s.avg_handling_min,
            "\n".join(s.documents),
            1 if s.hall_only else 0,
            " ".join(s.offered_at),
        ]
        for s in services
    ]


def export_points(db: Database, path: str | os.PathLike) -> int:
    """Write every point (deactivated ones too, ``active`` 0) to ``path``; returns the number of rows."""
    with db.session() as session:
        points = list_all_points(session)
    _write_table(path, "points", POINT_COLUMNS, point_rows(points))
    return len(points)


def export_services(db: Database, path: str | os.PathLike) -> int:
    """Write the whole catalogue, with where each service is offered, to ``path``; returns the rows."""
    with db.session() as session:
        services = list_all_services(session)
    _write_table(path, "services", SERVICE_COLUMNS, service_rows(services))
    return len(services)


# ------------------------------------------------------------------------------------------ import


def parse_flag(value: str, field: str, default: bool) -> bool:
    text = (value or "").strip().lower()
    if not text:
        return default
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise InvalidInput(
        f"{field} {value!r} must be 1 or 0 (yes or no)", key="bad_flag", field=field, value=value
    )


def _header(
    rows: list[list[str]], table: str, allowed: tuple[str, ...], required: tuple[str, ...] | None = None
) -> dict[str, int]:
    """Column name -> index, from row 1; InvalidInput for an unknown, repeated or missing column
    (``required``: the columns that must be there, by default :data:`REQUIRED_COLUMNS` of ``table``)."""
    if not rows or not any(rows[0]):
        raise InvalidInput(
            f"the file has no header row (expected: {', '.join(allowed)})",
            key="import_empty",
            row=1,
            column="",
            columns=", ".join(allowed),
        )
    columns: dict[str, int] = {}
    for index, raw in enumerate(rows[0]):
        name = raw.strip().lower().lstrip("\ufeff")
        if not name:
            continue
        if name not in allowed:
            raise InvalidInput(
                f"row 1: unknown column {raw!r} (the {table} columns are: {', '.join(allowed)})",
                key="import_unknown_column",
                row=1,
                column=raw,
                columns=", ".join(allowed),
            )
        if name in columns:
            raise InvalidInput(
                f"row 1: column {name!r} appears twice", key="import_repeated_column", row=1, column=name
            )
        columns[name] = index
    missing = [name for name in (required or REQUIRED_COLUMNS[table]) if name not in columns]
    if missing:
        raise InvalidInput(
            f"row 1: the required column {missing[0]!r} is missing",
            key="import_missing_column",
            row=1,
            column=missing[0],
        )
    return columns


def _data_rows(rows: list[list[str]], columns: dict[str, int]):
    """(row number, {column: text}) for every non-blank row after the header."""
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        yield number, {name: (row[index] if index < len(row) else "") for name, index in columns.items()}


def _check_codes(number: int, code: str, seen: dict[str, int]) -> None:
    if code in seen:
        raise InvalidInput(
            f"row {number} (code): code {code} already appears in row {seen[code]}",
            key="duplicate_code",
            row=number,
            column="code",
            code=code,
            first_row=seen[code],
        )
    seen[code] = number


def _point_from_row(cells: dict[str, str], existing: PointRecord | None) -> PointRecord:
    values: dict = {name: cells[name] for name in cells if name != "active"}
    if "active" in cells:
        values["active"] = parse_flag(cells["active"], "active", True)
    base = existing or PointRecord(code=values["code"], name="", kind="")
    record = replace(base, **values)
    return clean_point(record)


def _service_from_row(session: Session, cells: dict[str, str], existing: ServiceRecord | None):
    values: dict = {}
    for name, text in cells.items():
        if name == "documents":
            values[name] = tuple(part for part in DOCUMENT_SEPARATORS.split(text) if part.strip())
        elif name == "hall_only":
            values[name] = parse_flag(text, "hall_only", False)
        elif name == "offered_at":
            values[name] = tuple(part for part in POINT_LIST_SEPARATORS.split(text) if part)
        else:
            values[name] = text
    base = existing or ServiceRecord(
        code=values["code"], name="", name_en="", category="", avg_handling_min=0
    )
    record = clean_service(replace(base, **values))
    return replace(record, category=resolve_category(session, record.category).code)


def _import(db: Database, path: str | os.PathLike, table: str, actor: Actor) -> ImportResult:
    allowed = POINT_COLUMNS if table == "points" else SERVICE_COLUMNS
    rows = read_rows(path, table)
    columns = _header(rows, table, allowed)
    outcomes: dict[str, list[str]] = {"created": [], "updated": [], "unchanged": []}
    with editing(db) as session:
        if table == "points":
            existing: dict = {p.code: p for p in list_all_points(session)}
        else:
            existing = {s.code: s for s in list_all_services(session)}
        records, seen = [], {}
        # First every row is read and checked; only then is anything written.
        for number, cells in _data_rows(rows, columns):
            try:
                code = clean_code(cells["code"], kind="point" if table == "points" else "service")
                _check_codes(number, code, seen)
                cells["code"] = code
                if table == "points":
                    record = _point_from_row(cells, existing.get(code))
                else:
                    record = _service_from_row(session, cells, existing.get(code))
                    points_by_code(session, record.offered_at)
            except TaxDeskError as exc:
                raise validate.at_row(exc, number) from None
            records.append((number, record))
        for number, record in records:
            try:
                if table == "points":
                    outcome = save_point_in(session, record, actor=actor)
                else:
                    outcome = save_service_in(
                        session, record, actor=actor, set_offered="offered_at" in columns
                    )
            except TaxDeskError as exc:
                raise validate.at_row(exc, number) from None
            outcomes[outcome].append(record.code)
    return ImportResult(
        table=table,
        created=tuple(outcomes["created"]),
        updated=tuple(outcomes["updated"]),
        unchanged=tuple(outcomes["unchanged"]),
    )


def import_points(db: Database, path: str | os.PathLike, *, actor: Actor) -> ImportResult:
    """Upsert the points in ``path`` (CSV or XLSX) by code, all or nothing; see the module docstring."""
    require(actor, NETWORK_EDIT)
    return _import(db, path, "points", actor)


def import_services(db: Database, path: str | os.PathLike, *, actor: Actor) -> ImportResult:
    """Upsert the services in ``path`` by code, with where each is offered (if the file has an
    ``offered_at`` column), all or nothing; see the module docstring."""
    require(actor, NETWORK_EDIT)
    return _import(db, path, "services", actor)
