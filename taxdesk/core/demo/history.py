"""Two years of demo queue history: one simulated business day of one point at a time.

Arrivals come from :mod:`taxdesk.core.demo.demand`; this module plays them through the point's windows the
way the hall works: green-channel tickets are called first, each window serves its categories oldest
first, tidal windows open when more than a handful wait and close again when the crowd is gone, handling
times are lognormal around the catalogue's averages, and a few people have gone when their number is
called. A point without windows is one counter. The result is plain rows, ready for a bulk insert.

Each (point, day) draws from its own random generator seeded from a fixed seed, the point's code and the
date, so a day comes out the same whenever and in whatever order it is generated.
"""

from __future__ import annotations

import heapq
import math
import random
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate

from sqlalchemy import select
from sqlalchemy.orm import Session

from taxdesk.core.clock import LOCAL_TZ
from taxdesk.core.db.models import Category, PointService, Service, ServicePoint, Window, WindowCategory
from taxdesk.core.demo import demand
from taxdesk.core.demo.network import POINT_BY_CODE

SEED = 20240101
GREEN_SHARE = 0.03  # at the hall: A-credit taxpayers, the elderly, sick, disabled or pregnant
HANDLING_SIGMA = 0.5
POINT_SPEED = {"hall": 1.0, "township": 1.2, "bank_station": 1.1}  # agents take a little longer
BUSY_SPEEDUP = 0.9  # with a long queue, officers hurry
BUSY_QUEUE = 20
TIDAL_OPEN = 15  # waiting in the tidal windows' categories before they open …
TIDAL_CLOSE = 4  # … and at most this many left when they close again
WINDOW_ABSENCE = 0.04  # chance that an ordinary hall window stays shut for the day (leave, training)
NO_SHOW_BASE = 0.02
NO_SHOW_PER_HOUR = 0.05  # people give up as the wait grows
DEFAULT_SIZE = {"hall": 255.0, "township": 10.0, "bank_station": 13.0}


@dataclass(frozen=True)
class ServiceModel:
    id: int
    code: str
    category_id: int
    prefix: str
    log_mean: float  # mu of the lognormal handling time in seconds at this point


@dataclass(frozen=True)
class WindowModel:
    id: int | None  # None: the single counter of a point without windows
    number: int
    categories: tuple[int, ...]
    is_tidal: bool


@dataclass
class PointModel:
    """What the simulation needs to know about a point, read once from the database."""

    id: int
    code: str
    kind: str
    opening_hours: str | None
    daily_tickets: float
    market_digits: tuple[int, ...]
    services: list[ServiceModel]
    windows: list[WindowModel]
    category_minutes: dict[int, float] = field(default_factory=dict)  # for the printed estimate
    windows_serving: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SimTicket:
    """One simulated ticket; times are seconds after local midnight of its day."""

    service_id: int
    category_id: int
    prefix: str
    seq: int
    channel: str
    issued: float
    called: float
    ended: float  # finished, or marked no-show
    no_show: bool
    window_id: int | None
    ahead: int
    estimate_min: int


def load_points(session: Session) -> list[PointModel]:
    """Every active point with its services and active windows, in code order."""
    categories = {c.id: c for c in session.scalars(select(Category))}
    services = {s.id: s for s in session.scalars(select(Service))}
    offered: dict[int, list[int]] = {}
    for point_id, service_id in session.execute(select(PointService.point_id, PointService.service_id)):
        offered.setdefault(point_id, []).append(service_id)
    skills: dict[int, list[int]] = {}
    for window_id, category_id in session.execute(
        select(WindowCategory.window_id, WindowCategory.category_id)
    ):
        skills.setdefault(window_id, []).append(category_id)
    windows: dict[int, list[Window]] = {}
    for window in session.scalars(select(Window).where(Window.active).order_by(Window.number)):
        windows.setdefault(window.point_id, []).append(window)

    models = []
    for point in session.scalars(select(ServicePoint).where(ServicePoint.active).order_by(ServicePoint.code)):
        speed = POINT_SPEED.get(point.kind, 1.0)
        point_services = sorted((services[i] for i in offered.get(point.id, [])), key=lambda s: s.code)
        if not point_services:
            continue
        service_models = [
            ServiceModel(
                s.id,
                s.code,
                s.category_id,
                categories[s.category_id].prefix,
                math.log(max(s.avg_handling_min, 0.5) * 60 * speed) - HANDLING_SIGMA**2 / 2,
            )
            for s in point_services
        ]
        window_models = [
            WindowModel(w.id, w.number, tuple(sorted(skills.get(w.id, []))), w.is_tidal)
            for w in windows.get(point.id, [])
            if skills.get(w.id)
        ]
        if window_models:  # nobody takes a number that no window can call
            served = {c for w in window_models for c in w.categories}
            service_models = [s for s in service_models if s.category_id in served]
            point_services = [s for s in point_services if s.category_id in served]
        if not service_models:
            continue
        demo = POINT_BY_CODE.get(point.code)
        model = PointModel(
            id=point.id,
            code=point.code,
            kind=point.kind,
            opening_hours=point.opening_hours,
            daily_tickets=demo.daily_tickets if demo else DEFAULT_SIZE.get(point.kind, 15.0),
            market_digits=demo.market_digits if demo else (),
            services=service_models,
            windows=window_models,
        )
        for category_id in {s.category_id for s in point_services}:
            minutes = [s.avg_handling_min for s in point_services if s.category_id == category_id]
            model.category_minutes[category_id] = sum(minutes) / len(minutes)
            model.windows_serving[category_id] = sum(1 for w in window_models if category_id in w.categories)
        models.append(model)
    return models


def day_rng(point_code: str, day: date) -> random.Random:
    """The generator of one point's day: the same numbers every time, independent of other days."""
    return random.Random(f"taxdesk-demo:{SEED}:{point_code}:{day.isoformat()}")


def _open_windows(rng: random.Random, point: PointModel) -> list[WindowModel]:
    """The windows staffed today: one counter without windows; at the hall a window may stay shut."""
    if not point.windows:
        categories = tuple(sorted({s.category_id for s in point.services}))
        return [WindowModel(None, 1, categories, False)]
    opened = []
    for window in point.windows:
        shut = len(point.windows) > 2 and window.number != 1 and not window.is_tidal
        if shut and rng.random() < WINDOW_ABSENCE:
            continue
        opened.append(window)
    # Never leave a category without a window: whoever is on leave, the category is covered.
    covered = {c for w in opened for c in w.categories}
    for window in point.windows:
        if window not in opened and not covered.issuperset(window.categories):
            opened.append(window)
            covered.update(window.categories)
    return sorted(opened, key=lambda w: w.number)


def simulate_day(point: PointModel, day: date, green_prefix: str) -> list[SimTicket]:
    """The tickets of one point on one day, in issue order (an empty list on a rest day)."""
    ctx = demand.day_context(day)
    if not ctx.open:
        return []
    rng = day_rng(point.code, day)
    size = point.daily_tickets * demand.market_day(day, point.market_digits)
    rates = demand.service_rates(point.kind, size, [s.code for s in point.services], ctx, rng)
    total = sum(rates)
    if total <= 0:
        return []
    times = demand.arrival_times(rng, point.kind, point.opening_hours, total)
    chosen = rng.choices(point.services, cum_weights=list(accumulate(rates)), k=len(times))
    green_share = GREEN_SHARE if point.kind == "hall" else 0.0
    windows = _open_windows(rng, point)
    return _Queue(rng, point, windows, green_prefix).run(times, chosen, green_share)


class _Queue:
    """The event loop of one day: arrivals and windows becoming free, in time order."""

    def __init__(self, rng: random.Random, point: PointModel, windows: list[WindowModel], green_prefix: str):
        self.rng = rng
        self.point = point
        self.windows = windows
        self.green_prefix = green_prefix
        self.speed_noise = rng.lognormvariate(0.0, 0.05)  # a good or a slow day for the whole team
        categories = {c for w in windows for c in w.categories} | {s.category_id for s in point.services}
        self.walk_in: dict[int, deque[int]] = {c: deque() for c in categories}
        self.green: dict[int, deque[int]] = {c: deque() for c in categories}
        self.idle = [True] * len(windows)
        self.active = [not w.is_tidal for w in windows]
        self.busy: list[tuple[float, int]] = []
        # Which idle window takes a new ticket: specialists first, the green-channel window (the first
        # window) last for walk-ins and first for green tickets, tidal windows only when open.
        self.walk_in_order = {
            c: sorted(
                (i for i, w in enumerate(windows) if c in w.categories),
                key=lambda i: (windows[i].is_tidal, i == 0, len(windows[i].categories), i),
            )
            for c in categories
        }
        self.green_order = {
            c: sorted(
                (i for i, w in enumerate(windows) if c in w.categories),
                key=lambda i: (i != 0, windows[i].is_tidal, len(windows[i].categories), i),
            )
            for c in categories
        }
        self.tidal = [i for i, w in enumerate(windows) if w.is_tidal]

    def _waiting(self, categories) -> int:
        return sum(len(self.walk_in[c]) + len(self.green[c]) for c in categories)

    def _next_for(self, w: int) -> int | None:
        """The ticket window ``w`` calls: the oldest green ticket of its categories, else the oldest one."""
        for queues in (self.green, self.walk_in):
            best = None
            for c in self.windows[w].categories:
                queue = queues[c]
                if queue and (best is None or queue[0] < queues[best][0]):
                    best = c
            if best is not None:
                return queues[best].popleft()
        return None

    def _serve(self, w: int, moment: float, gap: tuple[float, float]) -> None:
        j = self._next_for(w)
        if j is None:
            self.idle[w] = True
            return
        rng = self.rng
        self.idle[w] = False
        called = moment + rng.uniform(*gap)
        wait_hours = (called - self.issued[j]) / 3600
        if rng.random() < NO_SHOW_BASE + NO_SHOW_PER_HOUR * min(wait_hours, 1.5):
            ended = called + rng.uniform(60, 150)  # called three times, then the next number
            self.no_show[j] = True
        else:
            service = self.service[j]
            seconds = rng.lognormvariate(service.log_mean, HANDLING_SIGMA) * self.speed_noise
            if self._waiting(self.windows[w].categories) > BUSY_QUEUE:
                seconds *= BUSY_SPEEDUP
            ended = called + max(30.0, seconds)
        self.called[j] = called
        self.ended[j] = ended
        self.window[j] = self.windows[w].id
        heapq.heappush(self.busy, (ended, w))

    def run(self, times: list[float], chosen: list[ServiceModel], green_share: float) -> list[SimTicket]:
        rng, point = self.rng, self.point
        n = len(times)
        self.issued = times
        self.service = chosen
        self.called = [0.0] * n
        self.ended = [0.0] * n
        self.no_show = [False] * n
        self.window: list[int | None] = [None] * n
        greens = [rng.random() < green_share for _ in range(n)]
        ahead = [0] * n
        i = 0
        while i < n or self.busy:
            if i < n and (not self.busy or times[i] <= self.busy[0][0]):
                c = chosen[i].category_id
                is_green = greens[i]
                ahead[i] = len(self.green[c]) + (0 if is_green else len(self.walk_in[c]))
                (self.green if is_green else self.walk_in)[c].append(i)
                now = times[i]
                i += 1
                for t in self.tidal:
                    if not self.active[t] and self._waiting(self.windows[t].categories) >= TIDAL_OPEN:
                        self.active[t] = True
                        self._serve(t, now, (20.0, 60.0))  # the rotating officer sits down
                for w in (self.green_order if is_green else self.walk_in_order)[c]:
                    if not (self.green[c] or self.walk_in[c]):
                        break
                    if self.idle[w] and self.active[w]:
                        self._serve(w, now, (5.0, 20.0))
            else:
                moment, w = heapq.heappop(self.busy)
                if self.windows[w].is_tidal and self._waiting(self.windows[w].categories) <= TIDAL_CLOSE:
                    self.active[w] = False
                    self.idle[w] = True
                else:
                    self._serve(w, moment, (10.0, 40.0))

        seqs: dict[str, int] = {}
        tickets = []
        for j in range(n):
            service = chosen[j]
            prefix = self.green_prefix if greens[j] else service.prefix
            seqs[prefix] = seqs.get(prefix, 0) + 1
            c = service.category_id
            estimate = math.ceil(
                ahead[j] * point.category_minutes.get(c, 5.0) / max(1, point.windows_serving.get(c, 0))
            )
            tickets.append(
                SimTicket(
                    service_id=service.id,
                    category_id=c,
                    prefix=prefix,
                    seq=seqs[prefix],
                    channel="green" if greens[j] else "walk_in",
                    issued=times[j],
                    called=self.called[j],
                    ended=self.ended[j],
                    no_show=self.no_show[j],
                    window_id=self.window[j],
                    ahead=ahead[j],
                    estimate_min=estimate,
                )
            )
        return tickets


def midnight_utc(day: date) -> datetime:
    """Local midnight of ``day`` as an aware UTC datetime (the base every simulated second is added to)."""
    return datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ).astimezone(UTC)


def at(base: datetime, seconds: float) -> datetime:
    """``base`` plus whole seconds (stored times are kept to the second)."""
    return base + timedelta(seconds=int(seconds))
