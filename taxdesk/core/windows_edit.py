"""A point's windows and shift templates, edited (系统管理 → 人员与窗口).

- **Windows** (:class:`WindowRecord`): the number (1–999, unique at the point, never changed), a name, the
  queue categories served (at least one; code, prefix or name, prefixes may be run together: ``ABCD``),
  tidal or fixed, active. A window is never deleted — tickets, events and rosters name it — it is
  deactivated; an open or paused window (an officer is signed in) cannot be deactivated.
- **Shift templates** (:class:`ShiftRecord`): the code (1–8 characters A–Z and 0–9, unique at the point),
  the name and English name, the clock times ``HH:MM`` (the end up to ``48:00`` for a shift past
  midnight, after the start), the unpaid break in minutes (shorter than the shift), the window it staffs
  (None: any), whether it is a tidal shift, the codes of the shifts that may not follow it the next day
  (templates of the same point, or the code of a template in the same file), and active.

Every write takes the acting :class:`~taxdesk.core.roles.Actor` (keyword ``actor``), needs
:data:`~taxdesk.core.roles.PEOPLE` (administrators), is refused before anything is written otherwise, and
records each change in the audit trail in the same transaction (``people.window``, ``people.shift``: the
changed fields before and after).

Bad input raises :class:`~taxdesk.core.errors.InvalidInput` and writes nothing. Threads: every function
that takes a ``db`` does database work: call it on a worker thread.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from taxdesk.core import audit, live, validate
from taxdesk.core.db import Database
from taxdesk.core.db.models import ServicePoint, ShiftTemplate, Window
from taxdesk.core.errors import InvalidInput, NotFound
from taxdesk.core.network_edit import clean_code
from taxdesk.core.people import one_wins, resolve_categories, split_list
from taxdesk.core.roles import PEOPLE, Actor, require

WINDOW_NAME_LIMIT = 40
SHIFT_NAME_LIMIT = 40
SHIFT_CODE = re.compile(r"[A-Z0-9]{1,8}")
CLOCK = re.compile(r"(\d{1,2})[:：](\d{2})")
MAX_END_MIN = 48 * 60
FORBIDDEN_LIMIT = 120  # shift_templates.forbidden_next


@dataclass(frozen=True)
class WindowRecord:
    point: str
    number: int
    name: str
    categories: tuple[str, ...]  # category codes, in catalogue order
    tidal: bool = False
    active: bool = True

    def to_json(self) -> dict:
        data = asdict(self)
        data["categories"] = list(self.categories)
        return data


@dataclass(frozen=True)
class ShiftRecord:
    point: str
    code: str
    name: str
    start: str  # HH:MM
    end: str  # HH:MM, up to 48:00
    name_en: str = ""
    break_min: int = 0
    window: int | None = None
    tidal: bool = False
    forbidden_next: tuple[str, ...] = ()
    active: bool = True

    def to_json(self) -> dict:
        data = asdict(self)
        data["forbidden_next"] = list(self.forbidden_next)
        return data


def _diff(before, after) -> tuple[dict | None, dict]:
    """The fields that differ, before and after (a new object: None and every field)."""
    new = after.to_json()
    if before is None:
        return None, new
    old = before.to_json()
    changed = [name for name in new if old[name] != new[name]]
    return {name: old[name] for name in changed}, {name: new[name] for name in changed}


def _invalid(message: str, key: str, field: str, value, **params) -> InvalidInput:
    return InvalidInput(message, key=key, field=field, value="" if value is None else str(value), **params)


def find_point(session: Session, code: str) -> ServicePoint:
    code = clean_code(code, "point", kind="point")
    point = session.scalar(select(ServicePoint).where(ServicePoint.code == code))
    if point is None:
        raise NotFound(
            f"unknown service point {code!r} (see `taxdesk points`)", key="unknown_point", point=code
        )
    return point


# ------------------------------------------------------------------------------------------ windows


def clean_window(record: WindowRecord) -> WindowRecord:
    """The record checked without the database (categories are checked on saving)."""
    categories = tuple(split_list(record.categories))
    if not categories:
        raise _invalid(
            "a window serves at least one queue category", "window_categories_required", "categories", ""
        )
    return WindowRecord(
        point=clean_code(record.point, "point", kind="point"),
        number=validate.window_number(record.number),
        name=validate.text(
            record.name, "name", limit=WINDOW_NAME_LIMIT, required=True, key="window_name_required"
        ),
        categories=categories,
        tidal=bool(record.tidal),
        active=bool(record.active),
    )


def _window_record(point_code: str, window: Window) -> WindowRecord:
    ordered = sorted(window.categories, key=lambda c: (c.sort_order, c.code))
    return WindowRecord(
        point_code,
        window.number,
        window.name,
        tuple(c.code for c in ordered),
        bool(window.is_tidal),
        bool(window.active),
    )


def list_windows_in(session: Session, point: str) -> list[WindowRecord]:
    """Every window of the point, the deactivated ones too, by number."""
    found = find_point(session, point)
    windows = session.scalars(select(Window).where(Window.point_id == found.id).order_by(Window.number))
    return [_window_record(found.code, w) for w in windows]


def list_windows(db: Database, point: str) -> list[WindowRecord]:
    with db.session() as session:
        return list_windows_in(session, point)


def save_window_in(
    session: Session, record: WindowRecord, *, actor: Actor, create: bool | None = None
) -> str:
    """Create or update the window; "created", "updated" or "unchanged". ``record`` must be clean;
    ``actor`` (already allowed) is who the audit entry (``people.window``) names."""
    point = find_point(session, record.point)
    window = session.scalar(select(Window).where(Window.point_id == point.id, Window.number == record.number))
    if create is True and window is not None:
        raise _invalid(
            f"{point.code} already has a window {record.number}", "window_exists", "number", record.number
        )
    if create is False and window is None:
        raise NotFound(
            f"{point.code} has no window {record.number}",
            key="unknown_window",
            point=point.code,
            window=record.number,
        )
    categories = resolve_categories(session, record.categories)
    record = replace(record, point=point.code, categories=tuple(c.code for c in categories))
    current = None
    if window is not None:
        current = _window_record(point.code, window)
        if current == record:
            return "unchanged"
        if not record.active and window.active and window.state != "closed":
            raise _invalid(
                f"window {record.number} is {window.state}: close it before deactivating it",
                "window_in_use",
                "active",
                record.number,
                window=record.number,
            )
    outcome = "updated"
    if window is None:
        window = Window(point_id=point.id, number=record.number, state="closed")
        session.add(window)
        outcome = "created"
    window.name = record.name
    window.is_tidal = record.tidal
    window.active = record.active
    window.categories = categories
    live.notify(session, point.code)
    before, after = _diff(current, record)
    audit.record(session, actor.code, "people.window", f"{point.code} {record.number}", before, after)
    return outcome


def add_window(db: Database, record: WindowRecord, *, actor: Actor) -> WindowRecord:
    require(actor, PEOPLE)
    record = clean_window(record)
    exists = f"{record.point} already has a window {record.number}"
    with (
        one_wins("window_exists", exists, field="number", value=str(record.number)),
        db.transaction() as session,
    ):
        save_window_in(session, record, actor=actor, create=True)
        session.flush()
        return next(w for w in list_windows_in(session, record.point) if w.number == record.number)


def edit_window(db: Database, point: str, number, *, actor: Actor, **changes) -> WindowRecord:
    """Change the fields given (``name``, ``categories``, ``tidal``, ``active``) of an existing window."""
    require(actor, PEOPLE)
    unknown = set(changes) - {"name", "categories", "tidal", "active"}
    if unknown:
        raise InvalidInput(
            f"unknown field {sorted(unknown)[0]!r}", key="unknown_field", field=sorted(unknown)[0]
        )
    number = validate.window_number(number)
    with db.transaction() as session:
        current = next((w for w in list_windows_in(session, point) if w.number == number), None)
        if current is None:
            raise NotFound(
                f"{point} has no window {number}", key="unknown_window", point=str(point), window=number
            )
        record = clean_window(replace(current, **changes))
        save_window_in(session, record, actor=actor, create=False)
        session.flush()
        return next(w for w in list_windows_in(session, record.point) if w.number == number)


# ------------------------------------------------------------------------------------------ shift templates


def clock_minutes(value, field: str, *, maximum: int = MAX_END_MIN) -> int:
    """``HH:MM`` as minutes after midnight (up to ``maximum``: 48:00 for a shift's end)."""
    text = str(value if value is not None else "").strip()
    match = CLOCK.fullmatch(text)
    minutes = int(match.group(1)) * 60 + int(match.group(2)) if match and int(match.group(2)) < 60 else -1
    if not 0 <= minutes <= maximum:
        raise _invalid(
            f"{field} {text!r} must be a time HH:MM (00:00–{maximum // 60}:00)", "clock_invalid", field, text
        )
    return minutes


def clock_text(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def clean_shift_code(value, field: str = "code") -> str:
    code = str(value or "").strip().upper()
    if not SHIFT_CODE.fullmatch(code):
        raise _invalid(
            f"shift code {value!r} must be 1–8 characters A–Z or 0–9", "shift_code_invalid", field, value
        )
    return code


def clean_shift(record: ShiftRecord) -> ShiftRecord:
    """The record checked without the database (window and successors are checked on saving)."""
    start = clock_minutes(record.start, "start", maximum=24 * 60 - 1)
    end = clock_minutes(record.end, "end")
    if end <= start:
        raise _invalid(
            f"the shift ends ({record.end}) before it starts ({record.start})",
            "shift_times",
            "end",
            record.end,
        )
    pause = validate.number(
        record.break_min, "break_min", minimum=0, maximum=end - start - 1, integer=True, unit="minutes"
    )
    window = record.window
    if window is not None and str(window).strip():
        window = validate.window_number(window)
    else:
        window = None
    forbidden = tuple(
        sorted({clean_shift_code(c, "forbidden_next") for c in split_list(record.forbidden_next)})
    )
    validate.text(",".join(forbidden), "forbidden_next", limit=FORBIDDEN_LIMIT)
    return ShiftRecord(
        point=clean_code(record.point, "point", kind="point"),
        code=clean_shift_code(record.code),
        name=validate.text(
            record.name, "name", limit=SHIFT_NAME_LIMIT, required=True, key="shift_name_required"
        ),
        name_en=validate.text(record.name_en, "name_en", limit=SHIFT_NAME_LIMIT) or "",
        start=clock_text(start),
        end=clock_text(end),
        break_min=pause,
        window=window,
        tidal=bool(record.tidal),
        forbidden_next=forbidden,
        active=bool(record.active),
    )


def _shift_record(point: ServicePoint, template: ShiftTemplate, numbers: dict[int, int]) -> ShiftRecord:
    return ShiftRecord(
        point=point.code,
        code=template.code,
        name=template.name,
        name_en=template.name_en or "",
        start=clock_text(template.start_min),
        end=clock_text(template.end_min),
        break_min=template.break_min,
        window=numbers.get(template.window_id),
        tidal=bool(template.tidal),
        forbidden_next=tuple(sorted(c for c in (template.forbidden_next or "").split(",") if c.strip())),
        active=bool(template.active),
    )


def list_shifts_in(session: Session, point: str) -> list[ShiftRecord]:
    """Every shift template of the point, the inactive ones too, by start time and code."""
    found = find_point(session, point)
    numbers = dict(session.execute(select(Window.id, Window.number).where(Window.point_id == found.id)).all())
    templates = session.scalars(
        select(ShiftTemplate)
        .where(ShiftTemplate.point_id == found.id)
        .order_by(ShiftTemplate.start_min, ShiftTemplate.code)
    )
    return [_shift_record(found, t, numbers) for t in templates]


def list_shifts(db: Database, point: str) -> list[ShiftRecord]:
    with db.session() as session:
        return list_shifts_in(session, point)


def save_shift_in(
    session: Session, record: ShiftRecord, *, actor: Actor, also_known: set[str] = frozenset()
) -> str:
    """Create or update the template; "created", "updated" or "unchanged". ``record`` must be clean;
    ``also_known``: codes being saved in the same transaction (a file's), valid as successors; ``actor``
    (already allowed) is who the audit entry (``people.shift``) names."""
    point = find_point(session, record.point)
    template = session.scalar(
        select(ShiftTemplate).where(ShiftTemplate.point_id == point.id, ShiftTemplate.code == record.code)
    )
    window_id = None
    if record.window is not None:
        window_id = session.scalar(
            select(Window.id).where(Window.point_id == point.id, Window.number == record.window)
        )
        if window_id is None:
            raise _invalid(
                f"{point.code} has no window {record.window}",
                "unknown_window",
                "window",
                record.window,
                point=point.code,
                window=record.window,
            )
    known = set(session.scalars(select(ShiftTemplate.code).where(ShiftTemplate.point_id == point.id)))
    known |= set(also_known) | {record.code}
    missing = [c for c in record.forbidden_next if c not in known]
    if missing:
        raise _invalid(
            f"{point.code} has no shift template {missing[0]!r}",
            "unknown_shift",
            "forbidden_next",
            missing[0],
            shift=missing[0],
        )
    numbers = {window_id: record.window} if window_id is not None else {}
    current = None
    if template is not None:
        numbers = dict(
            session.execute(select(Window.id, Window.number).where(Window.point_id == point.id)).all()
        )
        current = _shift_record(point, template, numbers)
        if current == record:
            return "unchanged"
    outcome = "updated"
    if template is None:
        template = ShiftTemplate(point_id=point.id, code=record.code)
        session.add(template)
        outcome = "created"
    template.name = record.name
    template.name_en = record.name_en
    template.start_min = clock_minutes(record.start, "start")
    template.end_min = clock_minutes(record.end, "end")
    template.break_min = record.break_min
    template.window_id = window_id
    template.tidal = record.tidal
    template.forbidden_next = ",".join(record.forbidden_next)
    template.active = record.active
    live.notify(session, point.code)
    before, after = _diff(current, record)
    audit.record(session, actor.code, "people.shift", f"{point.code} {record.code}", before, after)
    return outcome


def save_shift(db: Database, record: ShiftRecord, *, actor: Actor) -> ShiftRecord:
    """Create or change one shift template."""
    require(actor, PEOPLE)
    record = clean_shift(record)
    busy = f"another desk saved shift template {record.code} at the same moment: try again"
    with one_wins("concurrent_edit", busy, field="code", value=record.code), db.transaction() as session:
        save_shift_in(session, record, actor=actor)
        session.flush()
        return next(s for s in list_shifts_in(session, record.point) if s.code == record.code)
