"""The tidal-window advisor (潮汐窗口建议): compares each live queue with the target wait and the next hour's
forecast, suggests opening or closing windows with the reasons, and keeps what the supervisor decided.

The numbers and the rules (expected wait, windows needed, when to open or close) are
:mod:`taxdesk.core.advice_rules`; this module reads the point, keeps the forecast, writes and decides.

**The forecast.** The next hour's arrivals and windows come from the staffing plan of the current ISO week
(:func:`taxdesk.core.plan.staffing_plan`). The plan takes about a second, so an :class:`Advisor` keeps it
per (point, week, day, staffing targets) and makes it again at most every :data:`PLAN_TTL_S`. When there
is no forecast (too little history, no opening hours, no half-hour of today in the plan, a failed fit) the
advice goes on from the live queue alone and its facts say why.

**Persistence.** A suggestion's ``reason`` column holds the facts as JSON (``reason`` key plus the
numbers), so the GUI and the CLI each write their own sentence. A pending suggestion with the same
(point, category, window, action) is updated, not repeated; a pending one no longer warranted becomes
``expired``; outside opening hours or on a day off nothing new is suggested and pending ones expire.
After a decision, the same open suggestion for that category (or close suggestion for that window) is
not raised again for :data:`SNOOZE_MIN` minutes: the supervisor has just said yes or no to it.

Threads: every function opens its own short sessions; any thread may call them, never the GUI thread for
:meth:`Advisor.run` (up to a couple of seconds when it makes the plan). One :class:`Advisor` runs one
advice at a time (a lock), and advisors of one point on different machines are serialised by a lock on
the point's row, so they never suggest the same thing twice.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select

from taxdesk.core import audit, calendar, clock, live, supervision, validate
from taxdesk.core.advice_rules import (
    Proposal,
    QueueFacts,
    next_hour,
    propose,
    rounded,
    window_states,
)
from taxdesk.core.db import Database
from taxdesk.core.db.models import (
    AdvisorSuggestion,
    Category,
    ServicePoint,
    Staff,
    Window,
)
from taxdesk.core.errors import InvalidInput, TaxDeskError
from taxdesk.core.forecast import week_of
from taxdesk.core.handling import HandlingTime, handling_times
from taxdesk.core.network import get_point, opening_periods
from taxdesk.core.plan import Plan, staffing_plan, targets_from_settings
from taxdesk.core.roles import ADVISOR_DECIDE, ADVISOR_RUN, SYSTEM, Actor, require, require_current

log = logging.getLogger(__name__)

PLAN_TTL_S = 30 * 60  # the forecast changes by the week; its plan is made again at most this often
SNOOZE_MIN = 20  # after a decision, the same suggestion keeps quiet this long
NOTE_MAX = 200
STATUSES = ("pending", "accepted", "dismissed", "expired")


# ------------------------------------------------------------------------------------------- results


@dataclass(frozen=True)
class ForecastState:
    """Whether the next hour's forecast was available; ``reason`` is the error key when it was not
    (``forecast_history``, ``forecast_no_hours``, ``forecast_no_day``, ``forecast_failed``…)."""

    available: bool
    week: str | None = None
    reason: str | None = None
    params: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        data: dict = {"available": self.available, "week": self.week}
        if not self.available:
            data["reason"] = self.reason
            data["params"] = {k: v for k, v in self.params.items() if isinstance(v, str | int | float)}
        return data


@dataclass(frozen=True)
class Suggestion:
    """One suggestion as the log shows it: what, why (``facts``, the parsed ``reason`` column), and what
    became of it. ``expected_wait_min`` is None when no window served the queue (an unbounded wait)."""

    id: int
    point: str
    action: str  # open | close
    category: str | None  # category code (an open suggestion's queue)
    category_name: str | None
    category_name_en: str | None
    prefix: str | None
    window: int | None  # window number (the one to open, or to close)
    window_name: str | None
    facts: dict
    waiting: int
    expected_wait_min: float | None
    made_at: datetime
    status: str  # pending | accepted | dismissed | expired
    decided_at: datetime | None  # when it was accepted or dismissed, or expired
    decided_by: str | None  # staff code
    decided_by_name: str | None
    note: str | None

    @property
    def reason(self) -> str:
        return str(self.facts.get("reason", ""))

    @property
    def text(self) -> str:
        return describe(self)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "point": self.point,
            "action": self.action,
            "category": self.category,
            "category_name": self.category_name,
            "prefix": self.prefix,
            "window": self.window,
            "window_name": self.window_name,
            "reason": self.reason,
            "facts": self.facts,
            "waiting": self.waiting,
            "expected_wait_min": rounded(self.expected_wait_min),
            "made_at": clock.iso(self.made_at),
            "status": self.status,
            "decided_at": clock.iso(self.decided_at) if self.decided_at else None,
            "decided_by": self.decided_by,
            "decided_by_name": self.decided_by_name,
            "note": self.note,
            "text": self.text,
        }


@dataclass(frozen=True)
class Advice:
    """The outcome of one run: whether the point is open, the forecast, every queue's numbers, the
    pending suggestions after the run (``new`` those first raised by it) and how many expired."""

    point: str
    at: datetime
    open: bool
    closed_reason: str | None  # not_workday | outside_hours, when not open
    forecast: ForecastState
    queues: list[QueueFacts]
    pending: list[Suggestion]
    new: list[Suggestion]
    expired: int

    def to_json(self) -> dict:
        return {
            "point": self.point,
            "at": clock.iso(self.at),
            "open": self.open,
            "closed_reason": self.closed_reason,
            "forecast": self.forecast.to_json(),
            "queues": [q.to_json() for q in self.queues],
            "pending": [s.to_json() for s in self.pending],
            "new": [s.id for s in self.new],
            "expired": self.expired,
        }


# ------------------------------------------------------------------------------------------- sentences


def describe(s: Suggestion) -> str:
    """The suggestion as one English sentence (the command line's; the GUI writes its own)."""
    f = s.facts
    if s.action == "open":
        where = f" (window {s.window})" if s.window is not None else ""
        if s.expected_wait_min is None:
            wait = "no window open"
        else:
            wait = f"{s.expected_wait_min:.0f} min expected wait"
        text = f"open a tidal window for {s.prefix} {s.category_name}{where}: {s.waiting} waiting, {wait}"
        if f.get("arrivals_next_hour") is not None:
            text += "; " + _forecast_basis(f)
            if (f.get("needed_queue") or 0) > (f.get("needed_forecast") or 0):
                text += f"; the queue alone needs {f['needed_queue']}"
        else:
            text += f"; no forecast, the queue alone needs {f.get('needed')}"
        return text + f"; {f.get('needed')} needed, {f.get('open')} open"
    text = f"window {s.window} can close: free for {f.get('idle_min', 0)} min, "
    text += f"{s.waiting} waiting for it" if s.waiting else "nobody waiting for it"
    if f.get("arrivals_next_hour") is not None:
        text += f"; {_span(f)} {f['arrivals_next_hour']:.0f} forecast"
    return text + f", {f.get('open_after')} still open after it ({f.get('needed')} needed)"


def _span(f: dict) -> str:
    if f.get("forecast_from") and f.get("forecast_to"):
        return f"{f['forecast_from']}–{f['forecast_to']}"
    return "next hour"  # facts written before the basis was stated (version 1)


def _forecast_basis(f: dict) -> str:
    """ "10:00–11:00 34 forecast, 4 windows at 5 min each": the forecast's sum, all from one hour."""
    text = f"{_span(f)} {f['arrivals_next_hour']:.0f} forecast"
    if f.get("needed_forecast") is not None and f.get("aht_min") is not None:
        text += f", {f['needed_forecast']} windows at {f['aht_min']:.0f} min each"
    return text


# ------------------------------------------------------------------------------------------- reading


def _suggestion(row: AdvisorSuggestion, point_code: str, names: dict) -> Suggestion:
    category = names["categories"].get(row.category_id)
    window = names["windows"].get(row.window_id)
    staff = names["staff"].get(row.decided_by)
    try:
        facts = json.loads(row.reason)
    except ValueError:  # written by hand or by something else: show what is there
        facts = {"reason": row.reason}
    wait = row.expected_wait_min
    return Suggestion(
        id=row.id,
        point=point_code,
        action=row.action,
        category=category[0] if category else None,
        category_name=category[1] if category else None,
        category_name_en=category[2] if category else None,
        prefix=category[3] if category else None,
        window=window[0] if window else None,
        window_name=window[1] if window else None,
        facts=facts,
        waiting=row.waiting,
        expected_wait_min=None if wait is None or math.isinf(wait) else float(wait),
        made_at=clock.local(row.made_at),
        status=row.status,
        decided_at=clock.local(row.decided_at) if row.decided_at else None,
        decided_by=staff[0] if staff else None,
        decided_by_name=staff[1] if staff else None,
        note=row.note,
    )


def _views(session, point: ServicePoint, rows: list[AdvisorSuggestion]) -> list[Suggestion]:
    category_ids = {r.category_id for r in rows if r.category_id is not None}
    window_ids = {r.window_id for r in rows if r.window_id is not None}
    staff_ids = {r.decided_by for r in rows if r.decided_by is not None}
    names = {
        "categories": {
            c.id: (c.code, c.name, c.name_en, c.prefix)
            for c in session.scalars(select(Category).where(Category.id.in_(category_ids)))
        },
        "windows": {
            w.id: (w.number, w.name) for w in session.scalars(select(Window).where(Window.id.in_(window_ids)))
        },
        "staff": {
            s.id: (s.code, s.name) for s in session.scalars(select(Staff).where(Staff.id.in_(staff_ids)))
        },
    }
    return [_suggestion(r, point.code, names) for r in rows]


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, datetime.min.time(), tzinfo=clock.LOCAL_TZ)
    return start, start + timedelta(days=1)


def suggestions(db: Database, point_code: str, day: date | None = None) -> list[Suggestion]:
    """The day's log at the point (default today): every suggestion made that day, all statuses, with
    who decided and when, oldest first."""
    day = day or clock.now().date()
    start, end = _day_bounds(day)
    with db.session() as session:
        point = get_point(session, point_code)
        rows = session.scalars(
            select(AdvisorSuggestion)
            .where(
                AdvisorSuggestion.point_id == point.id,
                AdvisorSuggestion.made_at >= start,
                AdvisorSuggestion.made_at < end,
            )
            .order_by(AdvisorSuggestion.made_at, AdvisorSuggestion.id)
        ).all()
        return _views(session, point, list(rows))


def pending(db: Database, point_code: str) -> list[Suggestion]:
    """The point's suggestions waiting for a decision, oldest first."""
    with db.session() as session:
        point = get_point(session, point_code)
        rows = session.scalars(
            select(AdvisorSuggestion)
            .where(AdvisorSuggestion.point_id == point.id, AdvisorSuggestion.status == "pending")
            .order_by(AdvisorSuggestion.made_at, AdvisorSuggestion.id)
        ).all()
        return _views(session, point, list(rows))


# ------------------------------------------------------------------------------------------- deciding


def decide(
    db: Database,
    suggestion_id: int,
    *,
    accept: bool,
    actor: Actor,
    note: str | None = None,
    at: datetime | None = None,
) -> Suggestion:
    """Record the supervisor's decision on a pending suggestion: accepted or dismissed, when, by whom,
    with an optional note. Refuses (:class:`InvalidInput`) an unknown suggestion, a note over
    :data:`NOTE_MAX` characters, and a suggestion already decided or expired; an actor whose roles do not
    allow deciding at the suggestion's point (:data:`~taxdesk.core.roles.ADVISOR_DECIDE`: a supervisor, or
    the point's own agent) is refused with NotAllowed, one who has left with NotSignedIn. Nothing is
    changed by a refusal."""
    moment = clock.local(at) if at is not None else clock.now()
    suggestion_id = validate.record_id(suggestion_id, "suggestion ID")
    note = validate.text(note, "note", limit=NOTE_MAX, multiline=True)
    with db.transaction() as session:
        row = session.scalar(
            select(AdvisorSuggestion).where(AdvisorSuggestion.id == suggestion_id).with_for_update()
        )
        if row is None:
            raise InvalidInput(
                f"no tidal-window suggestion with ID {suggestion_id}", key="advice_unknown", id=suggestion_id
            )
        point = session.get(ServicePoint, row.point_id)
        require_current(session, actor, ADVISOR_DECIDE, point.code)
        if row.status == "accepted":
            raise InvalidInput(f"suggestion {row.id} was accepted already", key="advice_accepted", id=row.id)
        if row.status == "dismissed":
            raise InvalidInput(
                f"suggestion {row.id} was dismissed already", key="advice_dismissed", id=row.id
            )
        if row.status != "pending":
            raise InvalidInput(
                f"suggestion {row.id} has expired: the situation changed", key="advice_expired", id=row.id
            )
        row.status = "accepted" if accept else "dismissed"
        row.decided_at = moment
        row.decided_by = actor.staff_id
        row.note = note
        after = {"status": row.status, "point": point.code, "note": note}
        audit.record(
            session,
            actor.code,
            f"advice.{'accept' if accept else 'dismiss'}",
            f"suggestion {row.id}",
            {"status": "pending"},
            after,
        )
        live.notify(session, point.code)
        session.flush()
        return _views(session, point, [row])[0]


# ------------------------------------------------------------------------------------------- the advisor


@dataclass
class _Cached:
    key: tuple
    made: float  # time.monotonic()
    plan: Plan | None
    failure: ForecastState | None


class Advisor:
    """The advisor of one point, keeping the week's staffing plan between runs (see the module docstring).

    ``planner`` makes the plan (default :func:`~taxdesk.core.plan.staffing_plan`); ``now`` is the clock.
    Any thread but the GUI's; one run at a time.
    """

    def __init__(
        self,
        db: Database,
        point_code: str,
        *,
        plan_ttl_s: float = PLAN_TTL_S,
        planner: Callable[[Database, str, str], Plan] | None = None,
        now: Callable[[], datetime] = clock.now,
    ):
        self.db = db
        self.point_code = point_code
        self.plan_ttl_s = plan_ttl_s
        self.planner = planner or (lambda db, point, week: staffing_plan(db, point, week))
        self.now = now
        self._cached: _Cached | None = None
        self._handling: tuple[float, dict[str, HandlingTime]] | None = None
        self._lock = threading.Lock()

    def forget_plan(self) -> None:
        """Make the plan again at the next run (after importing history, say)."""
        self._cached = None
        self._handling = None

    # -------------------------------------------------------------------------------------- the plan

    def _plan(self, moment: datetime) -> tuple[Plan | None, ForecastState]:
        week = week_of(moment.date())
        try:  # new targets saved on some desk: a new plan (the planner reads them from the settings)
            targets = targets_from_settings(self.db)
        except TaxDeskError:
            targets = None  # a bad setting: the planner says so below
        key = (self.point_code, week, moment.date(), targets)
        cached = self._cached
        if cached is None or cached.key != key or time.monotonic() - cached.made > self.plan_ttl_s:
            plan, failure = None, None
            try:
                plan = self.planner(self.db, self.point_code, week)
            except TaxDeskError as exc:
                failure = ForecastState(False, week, exc.key or "forecast_failed", dict(exc.params))
            except Exception:  # a fit that fails must not stop the live advice
                log.exception("the staffing plan of %s for %s failed", self.point_code, week)
                failure = ForecastState(False, week, "forecast_failed")
            cached = self._cached = _Cached(key, time.monotonic(), plan, failure)
        if cached.plan is None:
            return None, cached.failure
        return cached.plan, ForecastState(True, week)

    def _handling_times(self, plan: Plan | None) -> dict[str, HandlingTime]:
        if plan is not None:
            return plan.handling
        if self._handling is None or time.monotonic() - self._handling[0] > self.plan_ttl_s:
            self._handling = (time.monotonic(), handling_times(self.db, self.point_code))
        return self._handling[1]

    # -------------------------------------------------------------------------------------- a run

    def run(self, at: datetime | None = None, *, actor: Actor = SYSTEM) -> Advice:
        """Compare the queues with the targets and the forecast now (or ``at``), write the suggestions
        and return them (see the module docstring). Worker thread: up to a couple of seconds.

        Scheduled work: it acts as the system account (:data:`~taxdesk.core.roles.SYSTEM`) wherever it
        runs — ``taxdesk advise run``, or a supervisor's view keeping the advice fresh — and only records
        suggestions; deciding on them is a person's (:func:`decide`)."""
        require(actor, ADVISOR_RUN)
        with self._lock:
            return self._run(clock.local(at) if at is not None else self.now())

    def _run(self, moment: datetime) -> Advice:
        closed = self._closed_reason(moment)
        if closed is not None:
            expired, pending_now, _ = _write(self.db, self.point_code, moment, [])
            return Advice(
                self.point_code, moment, False, closed, ForecastState(False), [], pending_now, [], expired
            )
        overview = supervision.overview(self.db, self.point_code, at=moment)
        plan, forecast = self._plan(moment)
        targets = plan.targets if plan is not None else targets_from_settings(self.db)
        handling = self._handling_times(plan)
        windows, category_ids, named = _windows(self.db, self.point_code, overview)
        coming = next_hour(plan, moment) if plan is not None else None
        if plan is not None and coming is None:
            forecast = ForecastState(False, forecast.week, "forecast_no_day", {"day": str(moment.date())})
        queues, proposals = propose(
            overview, windows, handling, targets, coming, category_ids, named, moment, forecast.available
        )
        stamp = {"at": clock.iso(moment), "forecast": forecast.to_json()}
        for proposal in proposals:
            proposal.facts.update(stamp)
        expired, pending_now, new = _write(self.db, self.point_code, moment, proposals)
        return Advice(self.point_code, moment, True, None, forecast, queues, pending_now, new, expired)

    def _closed_reason(self, moment: datetime) -> str | None:
        with self.db.session() as session:
            point = get_point(session, self.point_code)
            hours = point.opening_hours
        if not calendar.for_database(self.db).is_workday(moment.date()):
            return "not_workday"
        try:
            periods = opening_periods(hours or "")
        except InvalidInput:
            periods = []  # unreadable hours: we cannot tell, so we advise
        if periods and not any(opens <= moment.time() < closes for opens, closes in periods):
            return "outside_hours"
        return None


def _windows(db: Database, point_code: str, overview):
    """The point's windows as the rules see them (:func:`~taxdesk.core.advice_rules.window_states`),
    category code → id, and category id → the window its pending open suggestion names."""
    with db.session() as session:
        point = get_point(session, point_code)
        ids = dict(
            session.execute(
                select(Window.number, Window.id).where(Window.point_id == point.id, Window.active)
            ).all()
        )
        category_ids = dict(session.execute(select(Category.code, Category.id)).all())
        named = dict(
            session.execute(
                select(AdvisorSuggestion.category_id, AdvisorSuggestion.window_id).where(
                    AdvisorSuggestion.point_id == point.id,
                    AdvisorSuggestion.status == "pending",
                    AdvisorSuggestion.action == "open",
                    AdvisorSuggestion.window_id.is_not(None),
                )
            ).all()
        )
    return window_states(overview, ids), category_ids, named


# ------------------------------------------------------------------------------------------- writing


def _write(db: Database, point_code: str, moment: datetime, proposals: list[Proposal]):
    """Update, add and expire the point's suggestions in one transaction: (how many expired, the pending
    suggestions after it, the new ones among them)."""
    with db.transaction() as session:
        # One advisor at a time per point, across machines (SQLite's write lock does it there).
        point = session.scalar(
            select(ServicePoint).where(ServicePoint.code == point_code, ServicePoint.active).with_for_update()
        )
        if point is None:
            get_point(session, point_code)  # raises the usual refusal
        waiting_rows = session.scalars(
            select(AdvisorSuggestion)
            .where(AdvisorSuggestion.point_id == point.id, AdvisorSuggestion.status == "pending")
            .order_by(AdvisorSuggestion.id)
            .with_for_update()
        ).all()
        snoozed = set()
        for action, category_id, window_id in session.execute(
            select(
                AdvisorSuggestion.action, AdvisorSuggestion.category_id, AdvisorSuggestion.window_id
            ).where(
                AdvisorSuggestion.point_id == point.id,
                AdvisorSuggestion.status.in_(("accepted", "dismissed")),
                AdvisorSuggestion.decided_at > moment - timedelta(minutes=SNOOZE_MIN),
                AdvisorSuggestion.decided_at <= moment,
            )
        ):
            snoozed.add(("open", category_id) if action == "open" else ("close", window_id))
        existing = {(r.category_id, r.window_id, r.action): r for r in waiting_rows}
        seen: set[int] = set()
        new_rows = []
        changed = False
        for p in proposals:
            if (("open", p.category_id) if p.action == "open" else ("close", p.window_id)) in snoozed:
                continue
            row = existing.get((p.category_id, p.window_id, p.action))
            wait = math.inf if p.expected_wait_min is None else round(p.expected_wait_min, 1)
            if row is None:
                row = AdvisorSuggestion(
                    point_id=point.id,
                    category_id=p.category_id,
                    window_id=p.window_id,
                    action=p.action,
                    reason=json.dumps(p.facts, ensure_ascii=False),
                    waiting=p.waiting,
                    expected_wait_min=wait,
                    made_at=moment,
                    status="pending",
                )
                session.add(row)
                new_rows.append(row)
                changed = True
            else:
                changed |= row.waiting != p.waiting or row.expected_wait_min != wait
                row.reason = json.dumps(p.facts, ensure_ascii=False)
                row.waiting = p.waiting
                row.expected_wait_min = wait
                seen.add(row.id)
        expired = 0
        for row in waiting_rows:
            if row.id not in seen:
                row.status = "expired"
                row.decided_at = moment
                expired += 1
        if expired or changed:
            live.notify(session, point.code)
        session.flush()
        pending_rows = [r for r in waiting_rows if r.status == "pending"] + new_rows
        pending_rows.sort(key=lambda r: (r.made_at, r.id))
        views = _views(session, point, pending_rows)
    new_ids = {r.id for r in new_rows}
    return expired, views, [v for v in views if v.id in new_ids]
