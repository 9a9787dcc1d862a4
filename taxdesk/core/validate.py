"""One rule for every value that comes from a person or a file, whichever way it comes in.

The GUI, the command line and every importer call these before anything is written, so a value one of them
refuses is refused by all, with the same words (an English message for the command line, a ``key`` and
``params`` for the GUI's translated sentence, see :mod:`taxdesk.gui.messages`):

- **Text** is stripped and has no control characters (C0 and C1, DEL), no unpaired surrogates and no
  bidirectional overrides or isolates (they make a name display as something it is not); multi-line text
  (documents, notes) may keep line breaks and tabs. Text longer than its column is refused, never cut.
- **Numbers** are finite (no NaN or infinity, which would be stored and poison every later calculation)
  and within the range the rule gives.
- **Days** lie between :data:`FIRST_DAY` and :data:`LAST_DAY`: earlier or later dates are typing mistakes
  in a tax hall, and far ones overflow date arithmetic (9999-12-31 has no next day) or are stored
  differently by SQLite and PostgreSQL.
- **Record IDs** (tickets, suggestions) and window numbers fit the database's 32-bit integer columns.

Pure functions, no database: any thread.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from taxdesk.core.errors import InvalidInput, TaxDeskError

FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)
FIRST_YEAR, LAST_YEAR = FIRST_DAY.year, LAST_DAY.year
MAX_ID = 2**31 - 1  # INTEGER columns: 32 bits on PostgreSQL
MAX_WINDOW = 999

# C0 controls, DEL, C1 controls, unpaired surrogates, bidirectional embeddings/overrides/isolates, and the
# Unicode line and paragraph separators (which break a CSV cell or a printed line like a newline would).
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u2028\u2029"
_FORBIDDEN_LINE = re.compile(f"[{_CONTROL}\t\n\r]")
_FORBIDDEN_MULTILINE = re.compile(f"[{_CONTROL}]")


def control_character(value: str, *, multiline: bool = False) -> str | None:
    """The first forbidden character of ``value`` as ``U+XXXX``, or None when there is none."""
    found = (_FORBIDDEN_MULTILINE if multiline else _FORBIDDEN_LINE).search(value)
    return None if found is None else f"U+{ord(found.group()):04X}"


def text(
    value: str | None,
    field: str,
    *,
    limit: int,
    required: bool = False,
    multiline: bool = False,
    key: str | None = None,
    too_long_key: str = "text_too_long",
) -> str | None:
    """``value`` stripped, or None when empty and not ``required``.

    Raises :class:`InvalidInput` with key ``text_control`` (params ``field``, ``character``),
    ``too_long_key`` (default ``text_too_long``; params ``field``, ``maximum``, ``length``) or, when required
    and empty, ``key`` (default ``text_required``, param ``field``).
    """
    if value is not None and not isinstance(value, str):
        value = str(value)
    cleaned = (value or "").strip()
    character = control_character(cleaned, multiline=multiline)
    if character is not None:
        raise InvalidInput(
            f"{field} contains the control character {character}: remove it and try again",
            key="text_control",
            field=field,
            character=character,
            value=cleaned[:40],
        )
    if len(cleaned) > limit:
        raise InvalidInput(
            f"{field} is {len(cleaned)} characters long; at most {limit} fit",
            key=too_long_key,
            field=field,
            maximum=limit,
            length=len(cleaned),
            value=cleaned[:40],
        )
    if not cleaned:
        if required:
            raise InvalidInput(f"{field} must not be empty", key=key or "text_required", field=field)
        return None
    return cleaned


def number(
    value,
    field: str,
    *,
    minimum: float,
    maximum: float,
    integer: bool = False,
    unit: str = "",
    key: str = "number_range",
) -> float:
    """``value`` (a number or its text) as a finite float (an int with ``integer``) within
    [``minimum``, ``maximum``]; else :class:`InvalidInput` (``key``, params ``field``, ``value``,
    ``minimum``, ``maximum``)."""
    try:
        parsed = float(str(value).strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError, OverflowError):
        parsed = math.nan
    if integer and math.isfinite(parsed) and not parsed.is_integer():
        parsed = math.nan
    if not (math.isfinite(parsed) and minimum <= parsed <= maximum):
        suffix = f" {unit}" if unit else ""
        kind = "a whole number" if integer else "a number"
        low, high = _figure(minimum), _figure(maximum)
        raise InvalidInput(
            f"{field} must be {kind} from {low} to {high}{suffix}, not {_shown(value)}",
            key=key,
            field=field,
            value=_shown(value),
            minimum=low,
            maximum=high,
        )
    return int(parsed) if integer else parsed


def record_id(value, what: str = "ID") -> int:
    """A database record's ID from a person or a file: a whole number 1 to :data:`MAX_ID`."""
    return number(value, what, minimum=1, maximum=MAX_ID, integer=True, key="id_range")


def window_number(value) -> int:
    """A window's number: a whole number 1 to :data:`MAX_WINDOW`."""
    return number(value, "window number", minimum=1, maximum=MAX_WINDOW, integer=True, key="window_range")


def day(value: date, field: str = "date") -> date:
    """``value`` if it lies between :data:`FIRST_DAY` and :data:`LAST_DAY`, else :class:`InvalidInput`
    (key ``date_range``, params ``field``, ``value``, ``first``, ``last``)."""
    if isinstance(value, datetime):
        value = value.date()
    if not FIRST_DAY <= value <= LAST_DAY:
        raise InvalidInput(
            f"{field} {value.isoformat()} is outside {FIRST_DAY.isoformat()} – {LAST_DAY.isoformat()}",
            key="date_range",
            field=field,
            value=value.isoformat(),
            first=FIRST_DAY.isoformat(),
            last=LAST_DAY.isoformat(),
        )
    return value


def parse_day(value: str | date, field: str = "date") -> date:
    """A ``YYYY-MM-DD`` text (or a date) as a date in range; :class:`InvalidInput` (key ``bad_date``
    for text that is not a real date, e.g. 2026-02-30, or ``date_range``)."""
    if isinstance(value, date):
        return day(value, field)
    cleaned = (value or "").strip()
    try:
        parsed = date.fromisoformat(cleaned)
    except ValueError:
        raise InvalidInput(
            f"{field} {_shown(cleaned)} is not a date (YYYY-MM-DD)",
            key="bad_date",
            field=field,
            value=cleaned,
        ) from None
    return day(parsed, field)


def year(value, field: str = "year") -> int:
    """A year between :data:`FIRST_YEAR` and :data:`LAST_YEAR`."""
    return number(value, field, minimum=FIRST_YEAR, maximum=LAST_YEAR, integer=True, key="year_range")


def at_row(exc: TaxDeskError, row: int, column: str | None = None) -> InvalidInput:
    """The refusal of one cell of a file as the refusal of the whole import: the same key and params,
    plus the file's ``row`` (the header is row 1) and ``column``, and "row N (column): " before the words."""
    params = dict(exc.params)
    column = column or params.get("column") or params.get("field") or ""
    params.pop("row", None)
    params.pop("column", None)
    where = f"row {row}" + (f" ({column})" if column else "")
    return InvalidInput(f"{where}: {exc.message}", key=exc.key, row=row, column=column, **params)


def _figure(value: float) -> str:
    """A bound as people write it: 2147483647, not 2.14748e+09."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _shown(value) -> str:
    """A value for a message: short, and printable even when it is the problem."""
    shown = repr(value) if isinstance(value, str) else str(value)
    return shown if len(shown) <= 40 else shown[:37] + "…"
